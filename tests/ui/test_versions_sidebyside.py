"""Side by side: which parts of two policies differ, and which of their lines are shaded."""

from __future__ import annotations

from editor.ui.sidebyside import NEW_SHADE, OLD_SHADE, Line, Part, differing_parts, shaded_pair


def part(key: str, *texts: str, group: str = "ul") -> Part:
    return Part(key, key.title(), tuple(Line(group, t) for t in texts))


def test_only_parts_that_differ_are_paired_in_the_newer_order() -> None:
    old = [part("who", "a"), part("cookies", "x"), part("gone", "g"), part("contact", "c")]
    new = [part("who", "a"), part("cookies", "y"), part("new", "n"), part("contact", "c")]
    pairs = differing_parts(old, new)
    assert [(o.key if o else None, n.key if n else None) for o, n in pairs] == [
        ("cookies", "cookies"),
        ("gone", None),  # where it stood: before the next part both versions have
        (None, "new"),
    ]


def test_identical_policies_have_no_differing_parts() -> None:
    parts = [part("who", "a", "b")]
    assert differing_parts(parts, list(parts)) == []


def test_changed_lines_are_shaded_on_each_side_and_the_rest_left_plain() -> None:
    left, right = shaded_pair(part("s", "same", "13 months"), part("s", "same", "2 years", "new"))
    shaded = f'<li style="background-color: {OLD_SHADE}; color: #1d2a2e;">13 months</li>'
    assert left == f"<ul><li>same</li>{shaded}</ul>"
    assert right.startswith("<ul><li>same</li>")
    assert right.count(NEW_SHADE) == 2


def test_paragraphs_keep_their_tags_and_table_rows_their_table() -> None:
    old = Part(
        "s",
        "S",
        (Line("", "<p>Old words</p>"), Line("table\x00Cookies\x00<th>Name</th>", "<td>_ga</td>")),
    )
    new = Part(
        "s",
        "S",
        (Line("", "<p>New words</p>"), Line("table\x00Cookies\x00<th>Name</th>", "<td>_ga</td>")),
    )
    left, right = shaded_pair(old, new)
    assert left.startswith(f'<p style="background-color: {OLD_SHADE};')
    assert "<p><b>Cookies</b></p><table" in right and "<tr><td>_ga</td></tr></table>" in right


def test_a_part_missing_on_one_side_is_all_new() -> None:
    left, right = shaded_pair(None, part("s", "only here"))
    assert left == ""
    assert NEW_SHADE in right
