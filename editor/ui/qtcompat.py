"""A guard against a PySide6 bug that crashes the editor on Python 3.11, and a start-up cost
of PySide6 the editor does without.

PySide6 6.12.0 returns ``None`` from every void method (``QTimer.start``, ``QTextCursor.
setPosition`` ...) without taking a reference to it. On Python 3.12 and later ``None`` is
immortal and nothing happens; on 3.11 each call lowers ``None``'s reference count by one until
the interpreter aborts with "Fatal Python error: none_dealloc" — after a few thousand calls, i.e.
within minutes of editing. PySide6 6.11 does not have the bug.

The real fix is to install an unaffected PySide6 (or run on Python 3.12+). Until then, when the
bug is detected, ``None`` is given a reference count so large that it cannot reach zero, which
is exactly what Python 3.12 does by design.

PySide6 also replaces ``__import__``: after every import statement naming a module it has not
seen, it reads that module's whole source (``inspect.getsource``) to see whether it mentions
PySide6, for the sake of ``from __feature__ import snake_case, true_property``. Policywright uses
no such feature, and the reading costs the window's start-up about 80 modules and 34,000 lines
(some 30 M instructions, a fifteenth of what the editor adds to a bare window).
``skip_feature_scan`` takes every module as using none, without reading it.
"""

from __future__ import annotations

import sys

_HEADROOM = 1 << 40  # a trillion void calls


def none_refcount_leaks() -> bool:
    """True if calling a void Qt method takes a reference away from ``None``."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal: the bug cannot hurt
    from PySide6.QtCore import QTimer

    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(50):
        timer.stop()
    return sys.getrefcount(None) < before - 25


def protect_none_refcount() -> bool:
    """Apply the guard if this PySide6 needs it; True when it was applied."""
    if not none_refcount_leaks():
        return False
    import ctypes  # only where the guard is needed: it is slow to import

    # CPython (non-debug) keeps the reference count in the first word of every object.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += _HEADROOM
    return True


def _uses_no_features(_module: object) -> bool:
    return False


def skip_feature_scan() -> bool:
    """Stop PySide6 reading each imported module's source; True when it was stopped.

    The modules are then "ignored in feature switching", which changes nothing while no module
    turns a ``__feature__`` on. Without the hook (another PySide6), nothing is changed.
    """
    try:
        from PySide6.support import feature
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_features
    return True
