"""Alt+letter mnemonics for a page's questions, chosen against the letters the whole window uses.

Every question gets a letter that puts the cursor in its answer. Letters are chosen when the page
is built (and again for follow-up questions built later), so that on one page no two questions,
and no question and a button or a menu, share a letter. The page marks itself with the ``PAGE``
property; the letters of other pages do not count, since only one page shows at a time.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QAbstractButton, QDockWidget, QLabel, QMainWindow, QWidget

PAGE = "mnemonicPage"  # property: this widget is a page (its letters are its own)
QUESTION_TEXT = "questionText"  # property: the plain question on a widget that takes a mnemonic
MNEMONIC_DONE = "mnemonicDone"  # property: the widget's mnemonic has been settled


def mnemonic_of(text: str) -> str:
    """The lower-case letter after a single "&" in ``text`` ("" if none; "&&" is a plain &)."""
    i = 0
    while (i := text.find("&", i)) != -1 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].lower()
        i += 2
    return ""


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with its "&"s doubled and a mnemonic on a free letter, which joins ``taken``.

    The first letter of the text or of a word that carries meaning is preferred ("What is your
    &legal name?" if "w" is taken), then of any word, then any letter; without a free letter
    the text only has its "&"s doubled.
    """
    escaped = text.replace("&", "&&")
    starts = [
        i for i, c in enumerate(escaped) if c.isalnum() and (i == 0 or not escaped[i - 1].isalnum())
    ]
    meaningful = [i for i in starts if i == 0 or _word_at(escaped, i).lower() not in _SMALL_WORDS]
    rest = [i for i in range(len(escaped)) if i not in starts]
    for i in meaningful + starts + rest:
        letter = escaped[i].lower()
        if "a" <= letter <= "z" and letter not in taken:
            taken.add(letter)
            return escaped[:i] + "&" + escaped[i:]
    return escaped


# Words whose first letter says little about the question.
_SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "how",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "we",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "with",
        "you",
        "your",
    }
)


def _word_at(text: str, start: int) -> str:
    end = start
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end]


def _strip_mnemonic(text: str) -> str:
    letter = mnemonic_of(text)
    i = 0
    while letter and (i := text.find("&", i)) != -1:
        if text[i + 1 : i + 2] == "&":
            i += 2
            continue
        return text[:i] + text[i + 1 :]
    return text


def _window_mnemonics(page: QWidget) -> set[str]:
    """Letters the window uses outside its pages: the menu bar, other buttons and labels.

    Other pages do not count: only one page shows at a time. Docks count even while hidden:
    the user can open the problems panel beside any page, and its letters must still work.
    """
    window = page.window()
    taken: set[str] = set()
    if window is page:
        return taken
    if isinstance(window, QMainWindow):
        taken |= {mnemonic_of(a.text()) for a in window.menuBar().actions()}
    for widget in _outside_pages(window, page):
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        if isinstance(widget, QAbstractButton | QLabel) and (
            widget.isVisibleTo(window) or _in_dock(widget)
        ):
            taken.add(mnemonic_of(widget.text()))
    taken.discard("")
    return taken


def _in_dock(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent is not None


def _outside_pages(node: QWidget, page: QWidget) -> Iterator[QWidget]:
    """The widgets below ``node`` that are in no page, without walking through the pages."""
    # children(), not findChildren(QWidget, "", direct): PySide6 takes "" as a name to match,
    # which skipped every dock (they have object names) and so the problems panel's letters.
    for child in node.children():
        if not isinstance(child, QWidget) or child.property(PAGE) is True:
            continue
        if child.isAncestorOf(page):
            yield from _outside_pages(child, page)
        else:
            yield child
            yield from child.findChildren(QAbstractButton)
            yield from child.findChildren(QLabel)


def assign_mnemonics(page: QWidget) -> None:
    """Give each question on ``page`` that has none yet a letter no other mnemonic there uses.

    Buttons keep theirs, except a second button with the same letter (two list editors on one
    page), which loses it; its keyboard shortcut in the table still works.
    """
    taken = _window_mnemonics(page)
    fresh: list[QLabel | QAbstractButton] = []
    buttons = page.findChildren(QAbstractButton)
    labels = [w for w in page.findChildren(QLabel) if w.property(QUESTION_TEXT) is not None]
    for widget in labels + buttons:
        question = widget.property(QUESTION_TEXT)
        if question is not None and not widget.property(MNEMONIC_DONE):
            fresh.append(widget)
            continue
        letter = mnemonic_of(widget.text())
        if not letter:
            continue
        if letter in taken and not widget.property(MNEMONIC_DONE):
            widget.setText(_strip_mnemonic(widget.text()))
        else:
            taken.add(letter)
        widget.setProperty(MNEMONIC_DONE, True)
    for widget in fresh:
        widget.setText(with_mnemonic(str(widget.property(QUESTION_TEXT)), taken))
        widget.setProperty(MNEMONIC_DONE, True)


def assign_new_mnemonics(widget: QWidget) -> None:
    """Letters for questions built under ``widget`` after its page (follow-up questions)."""
    page = widget.parentWidget()
    while page is not None and page.property(PAGE) is not True:
        page = page.parentWidget()
    if page is not None:
        assign_mnemonics(page)
