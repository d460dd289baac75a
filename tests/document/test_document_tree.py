"""The document tree: its text, words, outline and invariants, on hand-built documents."""

from __future__ import annotations

from editor.document import (
    BulletList,
    Document,
    Emphasis,
    Link,
    ListItem,
    NumberedList,
    Paragraph,
    Section,
    Strong,
    Table,
    Text,
    find_section,
    outline,
    plain_text,
    section_text,
    word_count,
    words,
)
from editor.document.validate import is_safe_url, problems


def _doc() -> Document:
    sub = Section("Details", "details", 2, "cookies", (Paragraph((Text("Small print."),)),))
    cookies = Section(
        "Cookies",
        "cookies",
        1,
        "cookies",
        (
            Paragraph((Text("We use "), Strong((Text("two"),)), Text(" cookies."))),
            BulletList((ListItem((Paragraph((Emphasis((Text("Session"),)),)),)),)),
            NumberedList((ListItem((Paragraph((Text("First"),)),)),), start=3),
            Table(
                header=((Text("Name"),), (Text("Lasts"),)),
                rows=(((Text("sid"),), (Text("1 day"),)),),
                caption=(Text("Our cookies"),),
            ),
            sub,
        ),
    )
    contact = Section(
        "Contact",
        "contact",
        1,
        "contact",
        (Paragraph((Link("mailto:a@example.com", (Text("a@example.com"),)),)),),
    )
    return Document("Privacy Policy", "en", sections=(cookies, contact))


def test_plain_text_reads_in_order_with_list_markers_and_table_cells() -> None:
    text = plain_text(_doc())
    assert text.index("Privacy Policy") < text.index("We use two cookies.")
    assert "- Session" in text
    assert "3. First" in text
    assert "Our cookies\nName | Lasts\nsid | 1 day" in text
    assert text.index("Small print.") < text.index("Contact")


def test_words_ignore_punctuation_and_keep_addresses_whole() -> None:
    assert words("Don't e-mail a@example.com | now.") == ["Don't", "e-mail", "a@example.com", "now"]
    assert word_count(_doc()) == len(words(plain_text(_doc())))


def test_outline_and_section_lookup_follow_the_tree() -> None:
    doc = _doc()
    assert [(e.level, e.anchor, e.key) for e in outline(doc)] == [
        (1, "cookies", "cookies"),
        (2, "details", "cookies"),
        (1, "contact", "contact"),
    ]
    found = find_section(doc, "cookies")
    assert found is not None and "Small print." in section_text(found)
    assert find_section(doc, "rights") is None


def test_a_well_formed_document_has_no_problems() -> None:
    assert problems(_doc()) == []


def test_problems_catch_skipped_levels_duplicate_anchors_bad_links_and_ragged_tables() -> None:
    bad = Document(
        "T",
        "en",
        sections=(
            Section("A", "a", 1, "x", (Section("Deep", "deep", 3, "x", ()),)),
            Section("B", "a", 1, "x", (Paragraph((Link("javascript:alert(1)", ()),)),)),
            Section(
                "C",
                "c",
                1,
                "x",
                (Table(((Text("one"),), (Text("two"),)), (((Text("only"),),),)),),
            ),
        ),
    )
    found = " ".join(problems(bad))
    assert "level 3, expected 2" in found
    assert "anchor used twice" in found
    assert "unsafe link" in found
    assert "1 cells, expected 2" in found


def test_safe_urls_are_web_and_mail_only() -> None:
    assert is_safe_url("https://example.com/a?b=c")
    assert is_safe_url("mailto:someone@example.com")
    for url in (
        "javascript:alert(1)",
        "JAVASCRIPT:x",
        "data:text/html,x",
        "https://a b",
        "mailto:",
    ):
        assert not is_safe_url(url), url
