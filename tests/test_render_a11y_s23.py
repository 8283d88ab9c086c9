"""Render views a screen reader or a low-vision reader can use (tester9, session 23).

A2: ``--layout stacked`` (and ``CXKIT_LAYOUT=stacked``) gives every terminal view in one column:
persona cards, ``--against``, the folder overview, journeys. A7/A8: nothing faint under stacked or
NO_COLOR. A1: every text colour of the HTML export has a contrast of at least 4.5:1. A5: a single
document's export has one h1, its name, and no skipped heading level. D1: seven stages fit a
1280-pixel window.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from snapshot_helpers import check_snapshot

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "render"
JOURNEY_PL = "pl/journeys/zakup-roweru-cargo.yaml"
JOURNEY_EN = "en/journeys/first-vet-visit.yaml"
PERSONA_PL = "pl/personas/joanna-rower-cargo.yaml"
PERSONA_EN = "en/personas/priya-first-dog.yaml"
NEGATIVE_PL = "pl/personas/lowca-najtanszego-e-roweru.yaml"


@pytest.fixture(autouse=True)
def _in_fixtures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    monkeypatch.delenv("CXKIT_LAYOUT", raising=False)


def render(*args: str, columns: int = 100, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    environment = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": str(columns), "CXKIT_LAYOUT": ""}
    environment.update(env or {})
    result = runner.invoke(app, ["render", *args], env=environment)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _starts_line(out: str, heading: str) -> bool:
    """Whether ``heading`` opens a line of a card (right after its left frame), with nothing beside it."""
    return any(re.fullmatch(rf"[│┃] {re.escape(heading)} *[│┃]", line) for line in out.splitlines())


# --- A2: one column everywhere ----------------------------------------------------------------

@pytest.mark.parametrize("columns", [100, 160])
def test_stacked_persona_card_is_one_column(columns: int) -> None:
    code, two, _err = render(PERSONA_PL, columns=columns)
    assert code == 0
    # The default card splits into two columns from 100 columns: a section heading shares its line.
    assert not all(_starts_line(two, h) for h in ("Demografia", "Cele", "Problemy"))
    code, out, err = render(PERSONA_PL, "--layout", "stacked", columns=columns)
    assert (code, err) == (0, "")
    lines = [line.rstrip() for line in out.splitlines()]
    for heading in ("Demografia", "Cele", "Potrzeby", "Problemy", "Źródła"):  # each alone on its line, no frame
        assert heading in lines, heading
    assert out.index("Demografia") < out.index("Cele") < out.index("Problemy")
    assert max(len(line) for line in lines) <= columns and not re.search(r"[│┃╭╰┏┗]", out)


def test_stacked_persona_snapshot() -> None:
    code, out, err = render(PERSONA_EN, "--layout", "stacked", columns=120)
    assert (code, err) == (0, "")
    check_snapshot("s23-a11y-stacked-persona-en-120", out)


def test_stacked_against_puts_the_cards_one_after_the_other() -> None:
    code, side, _err = render(PERSONA_PL, "--against", NEGATIVE_PL, columns=160)
    assert code == 0
    assert any("│" in line and "┃" in line for line in side.splitlines())  # the default: side by side
    code, out, err = render(PERSONA_PL, "--against", NEGATIVE_PL, "--layout", "stacked", columns=160)
    assert (code, err) == (0, "")
    lines = [line.rstrip() for line in out.splitlines()]
    assert not re.search(r"[│┃╭╰┏┗]", out)  # no frames (test_render_stacked_linear_s30.py)
    persona_end = lines.index("Źródła")  # the persona's card ends with its sources…
    negative_start = lines.index("persona negatywna, lowca-najtanszego-e-roweru")  # …before the negative one starts
    assert persona_end < negative_start
    assert "Cele" in lines  # and each card in one column
    check_snapshot("s23-a11y-stacked-against-pl-160", out)


def test_stacked_overview_is_a_list_one_thing_a_line() -> None:
    code, table, _err = render(".", columns=100)
    assert code == 0 and "│" in table
    code, out, err = render(".", "--layout", "stacked", columns=100)
    assert (code, err) == (0, "")
    assert not re.search(r"[│┃╭╰]", out)
    blocks = out.strip().split("\n\n")
    assert blocks[0] == "Zestawienie: render"
    assert blocks[5].splitlines() == [
        "Zakup elektrycznego roweru cargo",
        "ścieżka, zakup-roweru-cargo",
        "Persona: Joanna Wilk",
        "Źródła: 2, Etapy: 7, Usprawnienia: 7",
        "Ostatni przegląd: 2026-10-10",
        "pl/journeys/zakup-roweru-cargo.yaml",
    ]
    assert blocks[-1] == "persony: 2, persony negatywne: 1, ścieżki: 2"
    check_snapshot("s23-a11y-stacked-overview-100", out)


def test_stacked_journey_at_a_width_where_auto_takes_the_table() -> None:
    code, table, _err = render(JOURNEY_EN, columns=160)
    assert "1/4 ·" not in table  # a column table
    code, out, err = render(JOURNEY_EN, "--layout", "stacked", columns=160)
    assert (code, err) == (0, "") and "Stage 1 of 4: " in out


# --- A2: CXKIT_LAYOUT, a default without typing it every time ------------------------------------

@pytest.mark.parametrize("value", ["stacked", "Stacked", " stacked "])
def test_cxkit_layout_stacked_is_the_default_for_every_view(value: str) -> None:
    env = {"CXKIT_LAYOUT": value}
    for args in ([PERSONA_PL], [PERSONA_PL, "--against", NEGATIVE_PL], ["."], [JOURNEY_EN]):
        code, out, err = render(*args, columns=160, env=env)
        assert (code, err) == (0, ""), args
        assert out == render(*args, "--layout", "stacked", columns=160)[1], args


def test_cxkit_layout_is_never_reported_as_ignored() -> None:
    """A standing choice for every render: an export, which has no layout, takes it without a word."""
    plain = render(JOURNEY_PL, "-f", "markdown")[1]
    code, out, err = render(JOURNEY_PL, "-f", "markdown", env={"CXKIT_LAYOUT": "stacked"})
    assert (code, out, err) == (0, plain, "")
    code, out, err = render(PERSONA_PL, env={"CXKIT_LAYOUT": "table"})
    assert (code, err) == (0, "") and out == render(PERSONA_PL)[1]


def test_layout_option_wins_over_cxkit_layout() -> None:
    table = render(JOURNEY_EN, columns=160)[1]
    assert render(JOURNEY_EN, "--layout", "auto", columns=160, env={"CXKIT_LAYOUT": "stacked"})[1] == table


def test_a_wrong_cxkit_layout_is_a_usage_error() -> None:
    code, out, err = render(PERSONA_PL, env={"CXKIT_LAYOUT": "linear"})
    assert (code, out) == (2, "")
    assert err == ("cxkit: CXKIT_LAYOUT='linear': takes auto, table, stacked or panels (or unset it); "
                   "--layout on the command line wins over it\n")


def test_an_empty_cxkit_layout_is_unset() -> None:
    assert render(PERSONA_PL, env={"CXKIT_LAYOUT": ""}) == render(PERSONA_PL)


# --- A7/A8: nothing faint under stacked or NO_COLOR --------------------------------------------

_SGR = re.compile(r"\x1b\[([0-9;]*)m")


def _faint(out: str) -> bool:
    """Whether any escape sequence in ``out`` turns faint (SGR 2) on, colour parameters skipped."""
    for match in _SGR.finditer(out):
        params = [p for p in match.group(1).split(";")]
        i = 0
        while i < len(params):
            if params[i] in ("38", "48"):  # 38;5;n or 38;2;r;g;b: a colour, not attributes
                i += 3 if params[i + 1:i + 2] == ["5"] else 5
                continue
            if params[i] == "2":
                return True
            i += 1
    return False


def _coloured(*args: str, no_color: bool) -> str:
    env = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "COLUMNS": "100", "CXKIT_LAYOUT": "",
           "NO_COLOR": "1" if no_color else ""}
    result = runner.invoke(app, ["render", *args], env=env)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("args", [[JOURNEY_EN], [PERSONA_PL], ["."]])
def test_no_color_keeps_bold_but_drops_faint(args: list[str]) -> None:
    out = _coloured(*args, no_color=True)
    assert "\x1b[1m" in out  # bold stays: NO_COLOR is about colour
    assert not _faint(out)


@pytest.mark.parametrize("args", [[JOURNEY_EN], [PERSONA_PL], ["."]])
def test_stacked_drops_faint_and_the_default_keeps_it(args: list[str]) -> None:
    assert _faint(_coloured(*args, no_color=False))  # guard: the default view still has faint ids and dates
    out = _coloured(*args, "--layout", "stacked", no_color=False)
    assert not _faint(out)
    assert "\x1b[" in out


# --- A1: contrast of the HTML export ------------------------------------------------------------

def _luminance(colour: str) -> float:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(digits[i:i + 2], 16) / 255) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula() -> None:
    assert round(contrast("#fff", "#000"), 2) == 21.0
    assert round(contrast("#ffffff", "#ef6c00"), 2) == 3.08  # tester9's figure for the old -1 badge


def _text_pairs(css: str) -> list[tuple[str, str, str]]:
    """(rule, text colour, background) for every CSS rule that sets a text colour, with its own
    background or else the page's white; ``var(--x)`` resolved from ``:root``."""
    variables = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})", css.split("}", 1)[0]))

    def value(text: str) -> str | None:
        text = text.strip()
        m = re.fullmatch(r"var\(--([a-z-]+)\)", text)
        if m:
            return variables[m.group(1)]
        return text if re.fullmatch(r"#[0-9a-fA-F]{3,6}", text) else None

    pairs = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        color = re.search(r"(?<![-\w])color:\s*([^;}]+)", body)
        if color is None or value(color.group(1)) is None:
            continue  # no text colour, or `inherit`
        if selector.strip() == ".emo":
            continue  # white on the level's colour, set by .emo-m2 ... .emo-p2: paired below
        background = re.search(r"background:\s*([^;}]+)", body)
        back = value(background.group(1)) if background else None
        pairs.append((" ".join(selector.split()), value(color.group(1)), back or "#fff"))
    return pairs


def test_every_text_colour_of_the_html_export_has_aa_contrast() -> None:
    from cxkit.render.html import CSS, EMOTION_COLOR

    pairs = _text_pairs(CSS)
    variables = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})", CSS))
    assert len(pairs) >= 10  # the parse found the rules
    # Text on a background set by another rule: body ink in a quote and in the grid's head cells
    # (--soft), the muted row names and ids there, the white emotion badges on their level's colour.
    pairs += [("blockquote", variables["ink"], variables["soft"]), ("thead th", variables["ink"], variables["soft"]),
              ("thead .id", variables["muted"], variables["soft"])]
    badge_text = re.search(r"\.emo \{[^}]*?(?<![-\w])color:\s*(#[0-9a-fA-F]+)", CSS).group(1)
    for cls, background in re.findall(r"\.(emo-[mp0-9]+) \{ background: (#[0-9a-fA-F]+); \}", CSS):
        pairs.append((cls, badge_text, background))
    assert sum(1 for p in pairs if p[0].startswith("emo-")) == 5
    # The SVG curve's labels: each level's colour on white.
    pairs += [(f"curve label {level}", colour, "#fff") for level, colour in EMOTION_COLOR.items()]
    low = [(rule, fg, bg, round(contrast(fg, bg), 2)) for rule, fg, bg in pairs if contrast(fg, bg) < 4.5]
    assert low == []


def test_the_badges_use_the_curve_colours() -> None:
    from cxkit.render.html import CSS, EMOTION_COLOR

    names = {-2: "m2", -1: "m1", 0: "0", 1: "p1", 2: "p2"}
    for level, colour in EMOTION_COLOR.items():
        assert f".emo-{names[level]} {{ background: {colour}; }}" in CSS


def test_svg_text_fills_have_aa_contrast_on_white() -> None:
    code, page, _err = render(JOURNEY_PL, "-f", "html")
    assert code == 0
    fills = set(re.findall(r'<text [^>]*fill="(#[0-9a-fA-F]+)"', page))
    assert len(fills) >= 4
    assert [f for f in fills if contrast(f, "#fff") < 4.5] == []


# --- A5: one h1, no skipped level -------------------------------------------------------------

def _html_headings(page: str) -> list[tuple[int, str]]:
    return [(int(level), re.sub(r"<[^>]+>", "", text)) for level, text in re.findall(r"<h([1-6])[^>]*>(.*?)</h\1>", page, re.S)]


def _no_skipped_level(levels: list[int]) -> bool:
    return levels[0] == 1 and all(b <= a + 1 for a, b in zip(levels, levels[1:]))


@pytest.mark.parametrize(("path", "name"), [
    (PERSONA_PL, "Joanna Wilk"), (NEGATIVE_PL, None), (JOURNEY_PL, None), (JOURNEY_EN, None)])
def test_a_single_html_export_has_one_h1_its_name(path: str, name: str | None) -> None:
    code, page, _err = render(path, "-f", "html")
    assert code == 0
    headings = _html_headings(page)
    title = re.search(r"<title>(.*?)</title>", page).group(1)
    assert [text for level, text in headings if level == 1] == [title]
    if name is not None:
        assert title == name
    assert _no_skipped_level([level for level, _text in headings])


def test_a_long_journey_s_parts_are_h2_under_its_h1(tmp_path: Path) -> None:
    stages = "\n".join(f"  - id: s{i}\n    name: Etap {i}\n    emotion: 0" for i in range(1, 10))
    (tmp_path / "dlugi.yaml").write_text(f"kind: journey\nid: dlugi\nname: Długa ścieżka\npersona: joanna\n"
                                         f"stages:\n{stages}\n", encoding="utf-8")
    code, page, err = render(str(tmp_path / "dlugi.yaml"), "-f", "html")
    assert code == 0, err
    headings = _html_headings(page)
    assert headings[0] == (1, "Długa ścieżka")
    assert [text for level, text in headings if level == 2] == ["Krzywa emocji", "Etapy 1–5 z 9", "Etapy 6–9 z 9"]
    assert '<section class="stage-part">\n<h2 class="sub">' in page


def test_pages_of_many_keep_their_levels() -> None:
    """Guard: the overview and --against pages had their h1 already; each document is an h2 there."""
    for args in (["."], [PERSONA_PL, "--against", NEGATIVE_PL]):
        page = render(*args, "-f", "html")[1]
        levels = [level for level, _text in _html_headings(page)]
        assert levels.count(1) == 1 and _no_skipped_level(levels)
        assert "<h2>" in page and 'class="sub"' not in page


def test_the_single_page_headings_look_as_before() -> None:
    from cxkit.render.html import CSS

    assert "article > h1 { font-size: 1.35rem; margin: .1rem 0 .3rem; }" in CSS
    assert "h3, h2.sub { font-size: .82rem; text-transform: uppercase;" in CSS
    assert ".card.negative h3.negative, .card.negative h2.negative { color: var(--neg); }" in CSS
    page = render(NEGATIVE_PL, "-f", "html")[1]
    assert '<h2 class="sub negative">' in page


def _md_headings(text: str) -> list[tuple[int, str]]:
    return [(len(m.group(1)), m.group(2)) for m in re.finditer(r"^(#{1,6}) (.*)$", text, re.M)]


@pytest.mark.parametrize("path", [PERSONA_PL, NEGATIVE_PL, PERSONA_EN, JOURNEY_PL])
def test_a_single_markdown_export_has_one_h1_and_no_skipped_level(path: str) -> None:
    code, text, _err = render(path, "-f", "markdown")
    assert code == 0
    headings = _md_headings(text)
    assert [level for level, _t in headings].count(1) == 1 and headings[0][0] == 1
    assert _no_skipped_level([level for level, _t in headings])


def test_markdown_demographics_is_a_heading_with_a_field_a_line() -> None:
    text = render(PERSONA_PL, "-f", "markdown")[1]
    assert "\n## Demografia\n\n- **Wiek:** " in text
    assert "**Demografia**" not in text and "| |" not in text.split("## Demografia")[1].split("\n## ")[0]


def test_pages_of_many_in_markdown_put_documents_at_h2() -> None:
    text = render(PERSONA_PL, "--against", NEGATIVE_PL, "-f", "markdown")[1]
    headings = _md_headings(text)
    assert [level for level, _t in headings].count(1) == 1
    assert (2, "Demografia") not in headings and (3, "Demografia") in headings
    assert _no_skipped_level([level for level, _t in headings])


def test_an_earlier_markdown_export_is_still_replaced_without_force(tmp_path: Path) -> None:
    """An export written before the name was its h1 starts with ``## ``: still recognised as cxkit's."""
    code, text, _err = render(JOURNEY_PL, "-f", "markdown")
    target = tmp_path / "mapa.md"
    target.write_text("#" + text, encoding="utf-8")  # as it was: "## Zakup roweru cargo"
    assert target.read_text(encoding="utf-8").startswith("## ")
    code, out, err = render(JOURNEY_PL, "-o", str(target))
    assert (code, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == text


# --- D1: seven stages fit a 1280-pixel window --------------------------------------------------

def test_seven_stages_fit_a_1280_pixel_window() -> None:
    from cxkit.render.html import CSS, PART_STAGES

    least = re.search(r"table\.journey \{[^}]*min-width: calc\(([\d.]+)rem \+ var\(--stages, 1\) \* ([\d.]+)rem\)", CSS)
    labels, stage = float(least.group(1)), float(least.group(2))
    padding = float(re.search(r"main \{[^}]*padding: \d+px (\d+)px", CSS).group(1))
    room = 1280 - 2 * padding - 17  # the page's side padding and a vertical scroll bar
    assert (labels + PART_STAGES * stage) * 16 <= room
    assert stage >= 9  # a column still holds a few words a line


# --- A6: no symbol read aloud for nothing in the stacked view ------------------------------------

def test_stacked_stage_panels_write_the_emotion_and_an_opportunity_without_symbols() -> None:
    code, out, err = render(JOURNEY_PL, "--layout", "stacked", columns=80)
    assert (code, err) == (0, "")
    assert "Emocje: +1 dobrze" in out and "●" not in out
    assert "→" not in out
    assert re.search(r"^ +Marketing \(Kuba Lis\), do 2027-03-01, zaplanowane *$", out, re.M)


def test_the_automatic_stacked_layout_keeps_its_symbols() -> None:
    """Guard: a narrow terminal stacks the stages too; only --layout stacked (or CXKIT_LAYOUT) drops the symbols."""
    code, out, err = render(JOURNEY_PL, columns=80)
    assert (code, err) == (0, "")
    assert "│ Emocje        ● +1 dobrze" in out
    assert re.search(r"│ +→ Marketing \(Kuba Lis\) · do 2027-03-01 · zaplanowane +│", out)
    out = render(JOURNEY_PL, columns=80, env={"CXKIT_LAYOUT": "stacked"})[1]
    assert "●" not in out and "→" not in out
