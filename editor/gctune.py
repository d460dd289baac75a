"""Keeping Python's garbage collector and worker thread from pausing the window.

A large project is hundreds of thousands of objects; a full collection walks them all and holds
the interpreter for 50–100 ms, a visible stall while typing. The project, the widgets and the
loaded libraries live as long as the window, so once they exist they are moved out of the
collector's sight (``gc.freeze``); the collector then only walks what the latest edits made.

Composing a policy is the same on a smaller scale: it builds a document of hundreds of
thousands of nodes that all stay alive until it is exported or shown, so the collections their
allocation sets off walk an ever larger heap for nothing, and composing grows faster than the
project. ``collection_paused`` is for such a burst (export command, preview job). No Qt here:
the headless command line uses it too.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager

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


@contextmanager
def collection_paused() -> Iterator[None]:
    """No collections while the block runs; collection is left as it was found.

    For work that allocates a great deal and keeps it (composing, exporting). When two threads
    overlap, the first one out turns collection back on early, which only costs speed.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
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
