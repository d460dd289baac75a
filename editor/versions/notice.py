"""The notice a business sends its customers when the policy changes: what changed, plainly.

``build_notice`` decides the content as a small structure (title, paragraphs, lists);
``notice_markdown`` and ``notice_text`` write it out for an email. ``notice_document`` lays it
out as a Document through the policy's templates (``templates/<language>/notice.md.j2``), so it
exports to HTML, Markdown, DOCX, PDF and text exactly as the policy does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from editor.document.nodes import Document
from editor.model import Project, PublishedVersion
from editor.model.validation import is_valid_email, is_valid_url
from editor.versions.compare import compare
from editor.versions.errors import NoPublishedVersionsError
from editor.versions.report import markdown_escape
from editor.versions.snapshots import DRAFT, find_version, latest, snapshot
from editor.versions.words import day

# Smaller changes named in a notice before the rest are only counted: a notice stays short.
MINOR_LISTED = 5


@dataclass(frozen=True)
class NoticeList:
    heading: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Notice:
    """An update notice: a title, opening paragraphs, lists of changes, closing paragraphs."""

    title: str
    opening: tuple[str, ...]
    lists: tuple[NoticeList, ...]
    closing: tuple[str, ...]
    signature: str


def update_notice(
    project: Project, from_label: str | None = None, to_label: str | None = None
) -> str:
    """The notice as Markdown: by default for the latest version against the one before it."""
    return notice_markdown(build_notice(project, from_label, to_label))


def build_notice(
    project: Project, from_label: str | None = None, to_label: str | None = None
) -> Notice:
    """The notice for version ``to_label`` (or ``DRAFT``) against ``from_label``.

    ``to_label`` defaults to the latest published version and ``from_label`` to the version
    before it. Raises NoPublishedVersionsError or UnknownVersionError.
    """
    newest = latest(project)
    if newest is None:
        raise NoPublishedVersionsError()
    to_draft = (to_label or "").strip().casefold() == DRAFT
    target = None if to_draft else find_version(project, to_label or newest.label)
    base: PublishedVersion | None
    if from_label:
        base = find_version(project, from_label)
    elif target is None:
        base = newest
    else:
        index = next(n for n, v in enumerate(project.published) if v is target)
        base = project.published[index - 1] if index > 0 else None

    # The notice speaks for the version it announces: its name, website and contact details.
    after = project if target is None else snapshot(project, target.label)
    opening = [_opening(after, target, first=base is None)]
    if target is not None and target.note:
        opening.append(target.note)
    if base is None:
        return Notice("Our privacy policy", tuple(opening), (), _closing(after), _signature(after))

    comparison = compare(snapshot(project, base.label), after)
    lists: list[NoticeList] = []
    material = [c.text for c in comparison.material]
    minor = [c.text for c in comparison.minor if not c.wording]
    if len(minor) > MINOR_LISTED:
        rest = len(minor) - MINOR_LISTED + 1
        minor = [*minor[: MINOR_LISTED - 1], f"{rest} more small changes to details"]
    if any(c.wording for c in comparison.minor):
        minor.append("We reworded some passages to make them clearer")
    if comparison.is_empty:
        opening.append(
            "We reviewed the policy and nothing has changed in how we collect, use or share "
            "your personal data."
        )
    elif material:
        lists.append(NoticeList("What changed", tuple(material)))
        if minor:
            lists.append(NoticeList("Smaller changes", tuple(minor)))
    else:
        opening.append(
            "These are small changes to wording and details; nothing changes in how we "
            "collect, use or share your personal data."
        )
        lists.append(NoticeList("What changed", tuple(minor)))
    title = (
        "We are updating our privacy policy"
        if target is None
        else "We have updated our privacy policy"
    )
    return Notice(title, tuple(opening), tuple(lists), _closing(after), _signature(after))


def notice_document(project: Project, notice: Notice, *, today: dt.date | None = None) -> Document:
    """The notice as a Document in the project's language, ready for any exporter."""
    from editor.compose import compose_standalone

    return compose_standalone(
        project, "notice.md.j2", {"notice": notice}, key="notice", today=today
    )


def notice_markdown(notice: Notice) -> str:
    lines = [f"# {markdown_escape(notice.title)}", ""]
    for paragraph in notice.opening:
        lines += [markdown_escape(paragraph), ""]
    for group in notice.lists:
        lines += [f"## {markdown_escape(group.heading)}", ""]
        lines += [f"- {markdown_escape(_full_stop(item))}" for item in group.items]
        lines.append("")
    for paragraph in notice.closing:
        lines += [markdown_escape(paragraph), ""]
    if notice.signature:
        lines.append(markdown_escape(notice.signature))
    return "\n".join(lines).rstrip("\n") + "\n"


def notice_text(notice: Notice) -> str:
    """The notice as plain text, for an email client that does not read Markdown."""
    lines = [notice.title, ""]
    for paragraph in notice.opening:
        lines += [paragraph, ""]
    for group in notice.lists:
        lines += [f"{group.heading}:", ""]
        lines += [f"- {_full_stop(item)}" for item in group.items]
        lines.append("")
    lines += [line for paragraph in notice.closing for line in (paragraph, "")]
    if notice.signature:
        lines.append(notice.signature)
    return "\n".join(lines).rstrip("\n") + "\n"


def _opening(project: Project, target: PublishedVersion | None, *, first: bool) -> str:
    if target is None:
        return "We are updating our privacy policy."  # a draft has no dates yet
    published, applies = day(target.published_on, project), day(target.effective_date, project)
    if first:
        return f"We published our privacy policy on {published}. It applies from {applies}."
    return (
        f"We updated our privacy policy on {published}. "
        f"The new version ({target.label}) applies from {applies}."
    )


def _closing(project: Project) -> tuple[str, ...]:
    paragraphs = []
    website = project.organisation.website.strip()
    if is_valid_url(website):
        paragraphs.append(f"You can read the full policy on our website, {website}.")
    contact = project.contact
    if is_valid_email(contact.email):
        paragraphs.append(f"If you have any questions, write to us at {contact.email.strip()}.")
    elif contact.web_form_url.strip():
        paragraphs.append(f"If you have any questions, contact us at {contact.web_form_url}.")
    elif contact.phone.strip():
        paragraphs.append(f"If you have any questions, call us on {contact.phone.strip()}.")
    return tuple(paragraphs)


def _signature(project: Project) -> str:
    return project.organisation.display_name


def _full_stop(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."
