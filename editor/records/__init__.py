"""What else the policy's answers fill in: the record of processing activities (GDPR Art. 30),
the app stores' privacy forms and the cookie banner's configuration.

Each output is built from the project alone, holds only what an answer makes true, and lists
the questions it needed and found unanswered (``Unanswered``) instead of guessing. No Qt.
"""

from __future__ import annotations

from editor.records.outputs import OUTPUTS, Output
from editor.records.unanswered import Unanswered

__all__ = ["OUTPUTS", "Output", "Unanswered"]
