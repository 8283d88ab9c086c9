"""Render items left from session 21: a `·` separator never heads a wrapped line (it stays at the end
of the line, or is dropped at the break); a web address with
percent-escapes (`%C5%BC`) folds between its characters, never inside an escape, in the terminal
and in Markdown (and HTML); `-o mapa.yaml` is refused rather than filled with the terminal view.

The phone layout's table semantics are in tests/test_render_s22_phone_a11y.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from snapshot_helpers import check_snapshot, render_cli

# --- 1. a "·" separator stays with the item before it ---------------------------------------------

JOURNEY_PL = """\
kind: journey
id: pawel-zwraca-sluchawki
name: Paweł zwraca słuchawki
persona: pawel-programista-audiofil
lang: pl
stages:
  - id: zwrot
    name: Zwrot w Paczkomacie
    emotion: -1
    doing: Drukuje etykietę zwrotną, choć sklep obiecywał zwrot bez drukowania
    opportunities:
      - action: Wysyłać kod QR do zwrotu bez etykiety razem z potwierdzeniem zamówienia
        owner: Specjalista CRM i marketing automation
        due: 2028-12-15
        status: in-progress
  - id: zwrot-pieniedzy
    name: Zwrot pieniędzy
    emotion: 0
    doing: Czeka trzy dni robocze na przelew i sprawdza konto w aplikacji banku
  - id: opinia
    name: Opinia o sklepie
    emotion: 1
    feeling: Ulga, że poszło szybciej niż w salonie
"""

JOURNEY_EN = """\
kind: journey
id: dan-switches-invoicing
name: Dan switches his invoicing app
persona: dan-plumber
lang: en
stages:
  - id: invite
    name: Invite the engineers
    emotion: 1
    opportunities:
      - action: Let an owner invite engineers by text message with a one-tap sign-in link
        owner: Growth product team
        due: 2029-03-15
        status: planned
"""

# A line of the view whose first visible character, after the frame and the indent, is a "·".
_SEPARATOR_FIRST = re.compile(r"^[│┃║|]?\s*·", re.M)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "zwrot.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    (tmp_path / "journeys" / "dan.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    return tmp_path


def test_an_opportunitys_separator_never_starts_a_line_pl(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(workspace, monkeypatch, "journeys/zwrot.yaml", columns=60)
    assert code == 0, err
    # It was "→ Specjalista CRM i marketing automation" over "· do 2028-12-15 · w toku".
    assert _SEPARATOR_FIRST.findall(out) == []
    assert re.search(r"→ Specjalista CRM i marketing automation +│\n│ +do 2028-12-15 · w toku ", out), out
    check_snapshot("s22-separator-opportunity-pl-60", out)


def test_an_opportunitys_separator_never_starts_a_line_en(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(workspace, monkeypatch, "journeys/dan.yaml", columns=60)
    assert code == 0, err
    assert _SEPARATOR_FIRST.findall(out) == []  # was "→ Growth product team · due 2029-03-15" over "· planned"
    check_snapshot("s22-separator-opportunity-en-60", out)


@pytest.mark.parametrize("width", range(20, 70))
def test_no_separator_heads_a_line_at_any_width(width: int) -> None:
    from cxkit.render.terminal import break_token

    meta = "→ Specjalista CRM i marketing automation · do 2028-12-15 · w toku"
    lines = break_token(meta, width)
    assert not any(line.startswith("·") for line in lines), lines
    # Every word kept, in order; a "·" is only ever dropped where the line breaks.
    assert [w for w in " ".join(lines).split() if w != "·"] == [w for w in meta.split() if w != "·"]
    dropped = 2 - " ".join(lines).count("·")
    assert 0 <= dropped <= len(lines) - 1
    if width >= len(meta):
        assert lines == [meta]


def test_a_separator_is_no_glue_for_a_dot_inside_words() -> None:
    """Guard: only a "·" standing between spaces is a separator; text around a "·" in a word breaks as before."""
    from cxkit.render.terminal import break_token

    assert break_token("Kawiarnia Ola·Kraków na Kazimierzu", 13) == ["Kawiarnia", "Ola·Kraków na", "Kazimierzu"]


def test_the_folder_overviews_counts_keep_their_separators(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard (the totals under a folder's overview were wrapped by rich, at spaces only)."""
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "zwrot.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    for width in range(40, 61):
        code, out, err = render_cli(tmp_path, monkeypatch, ".", "--width", str(width))
        assert code == 0, err
        assert _SEPARATOR_FIRST.findall(out) == [], out


# --- 2. percent-escapes stay whole --------------------------------------------------------------

WIKI = "https://pl.wikipedia.org/wiki/Wojew%C3%B3dztwo_%C5%82%C3%B3dzkie"
MAPA = "https://www.google.com/maps/place/Pla%C5%BCa+Miejska+%C5%BBabka%C5%BC%C3%B3%C5%82%C4%87?hl=pl&entry=ttu"
DRIVE = "https://drive.google.com/drive/folders/%C5%BC%C3%B3%C5%82ta-%C5%82%C3%B3d%C5%BA?usp=sharing"

PERSONA_URLS = f"""\
kind: persona
id: zofia-rower-lodz
name: Zofia Żabka
lang: pl
summary: Dojeżdża rowerem do pracy w Łodzi i szuka serwisu, który naprawi go w jeden dzień
demographics:
  location: {MAPA}
goals:
  - text: Znaleźć serwis w województwie, o którym czytała na {WIKI}
    sources: [wywiady-2026-10]
sources:
  - id: wywiady-2026-10
    type: interview
    date: 2026-10-14
    n: 9
    note: Nagrania i notatki
    link: {DRIVE}
"""

# A line cut inside an escape: it ends in "%" or "%X", or the next one starts with the escape's rest.
_CUT_ESCAPE = re.compile(r"%[0-9A-Fa-f]?\s*[│┃|]?\s*$", re.M)


def _urls_whole_escapes(out: str) -> list[str]:
    """The lines that end inside a percent-escape."""
    return [line for line in out.splitlines() if _CUT_ESCAPE.search(line)]


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_a_percent_encoded_address_never_breaks_inside_an_escape(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "zofia.yaml").write_text(PERSONA_URLS, encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "zofia.yaml", "--width", str(columns))
    assert code == 0, err
    assert _urls_whole_escapes(out) == []
    # The address is all there, in order, once its lines are joined.
    joined = "".join(re.sub(r"^[│ ]+|[│ ]+$", "", line) for line in out.splitlines())
    for url in (WIKI, DRIVE):
        assert url in joined
    if columns == 40:
        check_snapshot("s22-percent-escapes-persona-40", out)


JOURNEY_URLS = f"""\
kind: journey
id: zofia-szuka-serwisu
name: Zofia szuka serwisu rowerowego
persona: zofia-rower-lodz
lang: pl
stages:
  - id: szukanie
    name: Szukanie
    emotion: 0
    touchpoints:
      - channel: mapy
        description: Wizytówka serwisu {MAPA}
  - id: umowienie
    name: Umówienie wizyty
    emotion: -1
    doing: Dzwoni dwa razy, bo formularz nie działa na telefonie
  - id: odbior
    name: Odbiór roweru
    emotion: 1
    metrics:
      - "Opinie po odbiorze: {DRIVE}"
"""


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_a_percent_encoded_address_in_a_journeys_cells_never_breaks_inside_an_escape(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "zofia.yaml").write_text(JOURNEY_URLS, encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "zofia.yaml", "--layout", "table", columns=columns)
    assert code == 0, err
    # At 80 columns the cells are 16 wide: the address was cut as "…/place/Pla%C5%BCa+Miejska+%" over "C5%BBabka…".
    assert _urls_whole_escapes(out) == []
    if columns == 80:
        check_snapshot("s22-percent-escapes-journey-table-80", out)


@pytest.mark.parametrize("width", range(4, 40))
def test_break_token_cuts_between_escaped_characters(width: int) -> None:
    from cxkit.render.terminal import break_token

    lines = break_token(DRIVE, width)
    assert "".join(lines) == DRIVE
    for line in lines:
        assert not re.search(r"%[0-9A-Fa-f]?$", line), (width, lines)  # never "…%C" over "5%BC…"
    # From six cells up (one escaped Polish letter) no letter's two escapes are split either.
    if width >= 6:
        rest = "".join(lines)
        starts = {sum(len(x) for x in lines[:i]) for i in range(1, len(lines))}
        for match in re.finditer(r"%[CD][0-9A-F]%[89AB][0-9A-F]", rest):
            assert not any(match.start() < s < match.end() for s in starts), (width, lines)


def test_an_address_without_escapes_folds_as_before() -> None:
    """Guard: the joints of an address keep their order of preference."""
    from cxkit.render.terminal import break_token

    assert break_token("https://lookerstudio.google.com/reporting/5f1c2e3d-aaaa/page/p_checkout", 30) == [
        "https://lookerstudio.google.", "com/reporting/5f1c2e3d-aaaa/", "page/p_checkout"]


def test_markdown_marks_where_a_percent_encoded_address_may_fold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "zofia.yaml").write_text(PERSONA_URLS, encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "zofia.yaml", "-f", "md")
    assert code == 0, err
    # GitHub cuts a long word anywhere; a <wbr> (which shows nothing) offers the joints and the
    # places between escaped letters first, so "%C5%82" is never "%C" over "5%82".
    assert ("https\\://pl.wikipedia.org/<wbr>wiki/<wbr>Wojew<wbr>%C3%B3<wbr>dztwo\\_<wbr>%C5%82<wbr>%C3%B3"
            "<wbr>dzkie") in out
    assert "%C5%BC<wbr>%C3%B3<wbr>%C5%82<wbr>ta-<wbr>%C5%82<wbr>%C3%B3<wbr>d<wbr>%C5%BA<wbr>?<wbr>usp=<wbr>sharing" in out
    for chunk in re.split(r"<wbr>", out):
        assert not re.search(r"%[0-9A-Fa-f]?$", chunk)
    # Rendered, the address reads as written: markdown-it shows the <wbr> as raw HTML, no character.
    markdown_it = pytest.importorskip("markdown_it")
    rendered = markdown_it.MarkdownIt("commonmark", {"html": True}).enable("table").render(out)
    assert WIKI in re.sub(r"<wbr>", "", rendered)
    assert "<a " not in rendered  # still no link


def test_markdown_leaves_an_address_without_escapes_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: a plain address gets no <wbr>."""
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "zofia.yaml").write_text(PERSONA_URLS.replace(WIKI, "https://www.rowerowalodz.pl/serwis-24h"),
                                         encoding="utf-8")
    code, out, _err = render_cli(tmp_path, monkeypatch, "zofia.yaml", "-f", "md")
    assert code == 0
    assert "https\\://www\\.rowerowalodz.pl/serwis-24h <sub>" in out


def test_html_marks_the_places_between_escaped_characters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "zofia.yaml").write_text(PERSONA_URLS, encoding="utf-8")
    code, out, err = render_cli(tmp_path, monkeypatch, "zofia.yaml", "-f", "html")
    assert code == 0, err
    assert "wiki/<wbr>Wojew<wbr>%C3%B3<wbr>dztwo_<wbr>%C5%82<wbr>%C3%B3<wbr>dzkie" in out


# --- 4. -o with a YAML name ---------------------------------------------------------------------

@pytest.mark.parametrize("name", ["mapa.yaml", "eksport/mapa.YML", ".yaml"])
def test_o_with_a_yaml_name_is_a_usage_error(workspace: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    (workspace / "eksport").mkdir()
    code, out, err = render_cli(workspace, monkeypatch, "journeys/zwrot.yaml", "-o", name)
    assert code == 2
    assert not (workspace / name).exists()  # nothing written (it held the terminal view, exit 0)
    base = {"mapa.yaml": "mapa", "eksport/mapa.YML": "eksport/mapa", ".yaml": "zwrot"}[name]
    assert err == (
        f"cxkit: -o {name}: cxkit does not write YAML, and a {Path(name).suffix.lower() or '.yaml'} file is where "
        f"documents are kept, not an export; name the file after the export: -o {base}.html (HTML), -o {base}.md "
        f"(Markdown), -o {base}.mmd (Mermaid), -o {base}.json (JSON), or -o {base}.txt for the terminal view\n")
    assert out == ""


def test_o_onto_an_existing_yaml_document_is_refused_and_left_alone(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = (workspace / "journeys" / "dan.yaml").read_bytes()
    for extra in ([], ["--force"]):
        code, _out, err = render_cli(workspace, monkeypatch, "journeys/zwrot.yaml", "-o", "journeys/dan.yaml", *extra)
        assert code == 2 and "cxkit does not write YAML" in err
    assert (workspace / "journeys" / "dan.yaml").read_bytes() == before


def test_o_onto_the_rendered_file_still_says_it_is_the_input(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the refusal that says more comes first."""
    code, _out, err = render_cli(workspace, monkeypatch, "journeys/zwrot.yaml", "-o", "journeys/zwrot.yaml")
    assert code == 2 and "is an input of this render" in err


def test_an_explicit_format_still_writes_into_a_yaml_name_with_a_note(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As `-f html -o mapa.pdf` does: the format asked for by name is written, and stderr says why it is odd."""
    code, _out, err = render_cli(workspace, monkeypatch, "journeys/zwrot.yaml", "-f", "json", "-o", "mapa.yaml")
    assert code == 0
    assert err == ("cxkit: -o mapa.yaml: writing the JSON export, as --format json asks, though a .yaml file is "
                   "where documents are kept, and cxkit lint reads it as a document, whose id then clashes with "
                   "the one rendered\n")
    assert (workspace / "mapa.yaml").read_text(encoding="utf-8").startswith('{\n  "kind": "journey"')
    # What the note says: JSON is YAML, so lint reads the export as a second pawel-zwraca-sluchawki.
    code, out = _lint(workspace)
    assert code == 1 and "3 documents checked" in out
    assert re.search(r"^mapa\.yaml:\d+:\d+: error CX003 id 'pawel-zwraca-sluchawki' is also used by journeys/zwrot\.yaml", out, re.M), out


@pytest.mark.parametrize(("fmt", "what"), [("markdown", "the Markdown export"), ("html", "the HTML export"),
                                           ("terminal", "the terminal view"), ("mermaid", "the Mermaid export")])
def test_the_yaml_name_note_speaks_of_lint_for_json_only(workspace: Path, monkeypatch: pytest.MonkeyPatch,
                                                         fmt: str, what: str) -> None:
    """Lint passes over a Markdown, HTML, Mermaid or terminal file named .yaml: the note said it read it as a document."""
    # Paweł's persona, which these views name: without it a render says on stderr that it is missing.
    (workspace / "personas").mkdir()
    (workspace / "personas" / "pawel.yaml").write_text(
        "kind: persona\nid: pawel-programista-audiofil\nname: Paweł Wójcik\nlang: pl\n", encoding="utf-8")
    code, _out, err = render_cli(workspace, monkeypatch, "journeys/zwrot.yaml", "-f", fmt, "-o", "mapa.yaml")
    assert code == 0
    assert err == (f"cxkit: -o mapa.yaml: writing {what}, as --format {fmt} asks, though a .yaml file is "
                   "where documents are kept\n")
    _code, out = _lint(workspace)
    assert "mapa.yaml" not in out and "3 documents checked" in out, out  # zwrot, dan, Paweł; the export is no document


def _lint(workspace: Path) -> tuple[int, str]:
    """`cxkit lint . --no-cache` in ``workspace`` (already the working folder): (exit code, stdout)."""
    from typer.testing import CliRunner

    from cxkit.cli import app

    result = CliRunner().invoke(app, ["lint", ".", "--no-cache"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


@pytest.mark.parametrize("name", ["mapa.txt", "mapa", "mapa.yaml.txt"])
def test_other_names_still_get_the_terminal_view(workspace: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Guard."""
    code, _out, err = render_cli(workspace, monkeypatch, "journeys/zwrot.yaml", "-o", name)
    assert code == 0, err
    assert (workspace / name).read_text(encoding="utf-8").startswith("╭─ Paweł zwraca słuchawki")
