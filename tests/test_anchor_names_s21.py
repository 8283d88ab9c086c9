"""Anchor and alias names beyond ASCII letters and digits (`&ból`, `*źródła`, `&klient.b2b`).

YAML takes any run of characters but blanks and `,[]{}` for an anchor's name; the C parser cxkit
reads with takes only ASCII letters, digits, `-` and `_`, so lint and fmt refused a valid file with
"did not find expected alphabetic or numeric character (while scanning an anchor)".  The names are
swapped for ASCII ones of the same length before the parser sees them: every position stays, and a
`*ból` inside a quoted or block value, or in a comment, stays text.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.fmt import format_text
from cxkit.yamlio import load_text, readable_anchor_names

SHARED_PAIN_PL = """\
kind: persona
id: marta-biegaczka
name: Marta Kowalska
lang: pl
goals:
  - text: &ból Wrócić do biegania po kontuzji kolana przed maratonem w Krakowie w kwietniu 2027
    sources: &źródła [wywiady-2026-09]
pain_points:
  - text: *ból
    sources: *źródła
quote: "Trener powiedział: *ból to nie powód, żeby przestać."
sources:
  - id: wywiady-2026-09
    type: interview
    date: 2026-09-18
    n: 9
reviewed: 2026-11-12
"""


def data_of(text: str):
    loaded = load_text(text)
    assert not loaded.problems, [(p.line, p.column, p.message) for p in loaded.problems]
    return loaded.data


def test_polish_anchor_names_are_read_as_yaml_reads_them():
    data = data_of(SHARED_PAIN_PL)
    goal = data["goals"][0]
    assert data["pain_points"] == [goal]
    assert goal["sources"] == ["wywiady-2026-09"]
    # The same characters inside a quoted value are text, not an alias.
    assert data["quote"] == "Trener powiedział: *ból to nie powód, żeby przestać."


def test_names_with_a_dot_or_an_emoji_and_one_letter_names():
    data = data_of(
        "kind: persona\nid: ola\nname: Ola\n"
        "x-b2b: &klient.b2b {kanał: sklep, kraj: PL}\n"
        "x-kopia: {<<: *klient.b2b, kraj: CZ}\n"
        "x-słuchawki: [&🎧 HD 560S, *🎧, &ł Kraków, *ł]\n"
        "x-blok: |\n  *ł w bloku zostaje tekstem\n"
        "# &ł w komentarzu\n"
    )
    assert data["x-b2b"] == {"kanał": "sklep", "kraj": "PL"}
    assert data["x-kopia"] == {"kanał": "sklep", "kraj": "CZ"}
    assert data["x-słuchawki"] == ["HD 560S", "HD 560S", "Kraków", "Kraków"]
    assert data["x-blok"] == "*ł w bloku zostaje tekstem\n"


def test_the_swapped_text_keeps_every_position():
    readable = readable_anchor_names(SHARED_PAIN_PL)
    assert len(readable) == len(SHARED_PAIN_PL)
    assert "&ból" not in readable and "*źródła" not in readable
    assert "*ból to nie powód" in readable  # in a quoted value: left as written


def test_problems_with_such_names_are_told_where_they_are():
    undefined = load_text("kind: persona\nid: ola\nname: Ola\nx-a: &ból tak\nx-b: *bol\n")
    assert [(p.line, p.column) for p in undefined.problems] == [(5, 6)]
    assert undefined.problems[0].message == "invalid YAML: the alias *bol names no anchor; did you mean *ból?"
    twice = load_text("kind: persona\nid: ola\nname: Ola\nx-a: &ból tak\nx-b: &ból nie\n")
    assert [(p.line, p.column, p.message) for p in twice.problems] == [(
        5, 6, "the anchor &ból is defined a second time here (first on line 4); cxkit accepts each anchor "
        "name once: rename one of them (and the aliases that mean it)",
    )]


def test_a_bare_ampersand_is_still_refused_where_it_stands():
    loaded = load_text("kind: persona\nid: ola\nname: & Ola\n")
    assert [(p.line, p.column) for p in loaded.problems] == [(3, 8)]


def test_lint_reads_the_file(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    (tmp_path / "marta.yaml").write_text(SHARED_PAIN_PL, encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--select", "yaml-syntax", str(tmp_path / "marta.yaml")])
    assert result.exit_code == 0, result.output
    assert "CX001" not in result.output


def test_fmt_keeps_the_names_and_lays_the_file_out():
    text = (
        "name: Marta Kowalska\nkind: persona\nid: marta-biegaczka\n"
        "goals:\n  - sources: &źródła [wywiady-2026-09]\n    text: &ból Wrócić do biegania po kontuzji kolana\n"
        "pain_points:\n  - text: *ból\n    sources: *źródła\n"
    )
    out = format_text(text)
    assert out == (
        "kind: persona\nid: marta-biegaczka\nname: Marta Kowalska\n"
        "goals:\n  - text: &ból Wrócić do biegania po kontuzji kolana\n    sources: &źródła [wywiady-2026-09]\n"
        "pain_points:\n  - text: *ból\n    sources: *źródła\n"
    )
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_fmt_lays_out_tabs_in_a_file_with_such_names():
    # The tabs ruamel's reader refuses are laid out from the C parser's reading, which needed the names too.
    text = (
        "kind: persona\nid: marta-biegaczka\nname:\tMarta Kowalska\t\n"
        "goals:\n  - &ból Wrócić do biegania po kontuzji kolana\t# z wywiadu\n"
        "pain_points:\n  - *ból\n"
    )
    out = format_text(text)
    assert out == (
        "kind: persona\nid: marta-biegaczka\nname: Marta Kowalska\n"
        "goals:\n  - &ból Wrócić do biegania po kontuzji kolana # z wywiadu\n"
        "pain_points:\n  - *ból\n"
    )
    assert data_of(out) == data_of(text)


def test_fmt_check_passes_on_a_laid_out_file(tmp_path: Path):
    path = tmp_path / "marta.yaml"
    path.write_text(SHARED_PAIN_PL, encoding="utf-8")
    result = CliRunner().invoke(app, ["fmt", "--no-cache", "-j", "1", "--check", str(path)])
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == SHARED_PAIN_PL


def test_many_such_names_are_swapped_in_linear_time():
    # Each ASCII name is tried once: looking for a free one from the start for every anchor took
    # 107 s for 20,000 names of one length (a hostile or generated file).
    import time

    n = 12_000
    lines = ["kind: persona", "id: ola", "name: Ola", "x-a:", *(f"  - &ą{i:05d} v{i}" for i in range(n)),
             "x-b:", *(f"  - *ą{i:05d}" for i in range(n))]
    start = time.process_time()
    data = data_of("\n".join(lines) + "\n")
    assert time.process_time() - start < 10
    assert data["x-b"][-1] == f"v{n - 1}"
