"""The small set of field widgets every form page is built from.

Each is a ``FieldWidget``: it shows one value, reports user edits with ``edited``, and can be
given a new value without reporting it as an edit. The binder connects them to field paths.
"""

from editor.ui.widgets.base import FieldWidget, forward_undo_keys

__all__ = ["FieldWidget", "forward_undo_keys"]
