"""Keeping Python's garbage collector from pausing the window.

A large project is hundreds of thousands of objects; a full collection walks them all and holds
the interpreter for 50–100 ms, a visible stall while typing. The project, the widgets and the
loaded libraries live as long as the window, so once they exist they are moved out of the
collector's sight (``gc.freeze``); the collector then only walks what the latest edits made.
"""

from __future__ import annotations

import gc


def freeze_long_lived(*, collect_first: bool = False) -> None:
    """Exempt everything alive now from collection (after start-up, or after opening a file).

    ``collect_first`` frees what the previous project left behind before freezing, so frozen
    garbage does not accumulate over many opens; it costs one collection, at open time.
    """
    if collect_first:
        gc.unfreeze()
        gc.collect()
    gc.freeze()
