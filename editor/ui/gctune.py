"""Keeping Python's garbage collector and worker thread from pausing the window.

A large project is hundreds of thousands of objects; a full collection walks them all and holds
the interpreter for 50–100 ms, a visible stall while typing. The project, the widgets and the
loaded libraries live as long as the window, so once they exist they are moved out of the
collector's sight (``gc.freeze``); the collector then only walks what the latest edits made.
"""

from __future__ import annotations

import gc
import sys

# The preview's worker thread holds the interpreter lock while it composes; a keystroke waits at
# most this long for it (Python's default, 5 ms, adds up to visible stalls over a few events).
SWITCH_INTERVAL_S = 0.001


def pause_collection() -> None:
    """No collections until ``resume_collection``: for the start-up, until the window shows.

    Importing the editor and building its window allocate a great deal and free almost
    nothing, so the collections that the allocations set off find nothing to free.
    """
    gc.disable()


def resume_collection() -> None:
    gc.enable()


def share_interpreter_with_typing() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def freeze_long_lived(*, collect_first: bool = False) -> None:
    """Exempt everything alive now from collection (after start-up, or after opening a file).

    ``collect_first`` frees what the previous project left behind before freezing, so frozen
    garbage does not accumulate over many opens; it costs one collection, at open time.
    """
    if collect_first:
        gc.unfreeze()
        gc.collect()
    gc.freeze()
