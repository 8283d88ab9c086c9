"""README's configuration table keeps `exclude` to a short cell; how its patterns match is a section
below the table, with every rule the cell held (session 27)."""

from __future__ import annotations

from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _row(key: str) -> str:
    return next(line for line in README.splitlines() if line.startswith(f"| `{key}` |"))


def _section() -> str:
    return README.split("\n### How `exclude` patterns match\n", 1)[1].split("\n#", 1)[0]


def test_the_exclude_row_is_short_and_links_to_the_section() -> None:
    row = _row("exclude")
    assert len(row) < 600, len(row)
    assert "(#how-exclude-patterns-match)" in row
    assert "a file named there is always checked" in row


def test_per_file_ignores_points_to_the_same_section() -> None:
    assert "read as in `exclude` ([how patterns match](#how-exclude-patterns-match), below)" in _row("per-file-ignores")


def test_the_section_follows_the_table_and_keeps_each_rule() -> None:
    table_end = README.index("| `rules.<rule>.enabled` |")
    assert README.index("### How `exclude` patterns match") > table_end
    text = " ".join(_section().split())
    for kept in ('a file reached through `paths = ["../shared"]` is `../shared/...`',
                 "`personas/**/*.yaml` takes `personas/a.yaml` and `personas/legacy/2024/b.yaml`",
                 "`/archive/*` is the config file's folder's `archive` only",
                 '`"/home/ola/cx/drafts"` is `/drafts`',
                 '`"**/!stare"` is a folder really named `!stare`',
                 '`"stare_źródła"` you typed',
                 "a backwards range (`[z-a]`)",
                 "The same holds for `per-file-ignores`."):
        assert kept in text, kept

