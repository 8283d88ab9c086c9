"""The Markdown export of a long journey comes in parts of 7 stages, as the HTML export (session 36, fixAA36).

A 20-stage claim journey was one table of 21 columns with lines of 3,069 characters, which a
pull request or a wiki scrolls sideways through, while the HTML export splits the same map into
parts of at most 7 stages ("Etapy 1–7 z 20"). The Markdown export now splits alike: the same
parts, the same titles, each over its own sparkline and a table with every row of the journey.
The exports are parsed back with markdown-it (CommonMark with GFM tables).
"""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt
from typer.testing import CliRunner

from cxkit.cli import app

CLAIM_STAGES = [
    ("stluczka", "Stłuczka na rondzie", -2), ("telefon-agentka", "Telefon do agentki Haliny", -1),
    ("infolinia", "Zgłoszenie szkody na infolinii", -2), ("aplikacja", "Logowanie do aplikacji", -1),
    ("sms", "SMS z numerem szkody", 0), ("zdjecia", "Wysłanie zdjęć uszkodzeń", -1),
    ("ogledziny", "Oględziny u rzeczoznawcy", 0), ("warsztat", "Wybór warsztatu partnerskiego", 1),
    ("auto-zastepcze", "Samochód zastępczy", 1), ("kosztorys", "Kosztorys i akceptacja naprawy", -2),
    ("czesci", "Oczekiwanie na części", -2), ("doplata", "Dopłata za amortyzację", -2),
    ("reklamacja", "Reklamacja decyzji", -2), ("list", "List z decyzją po reklamacji", -1),
    ("zwrot", "Wypłata zwrotu dopłaty", 1), ("odbior", "Odbiór auta z warsztatu", 1),
    ("odnowienie", "Odnowienie polisy OC/AC", 0), ("znizki", "Pytanie o zniżki", -1),
    ("polecenie", "Polecenie agentki znajomym", 2), ("nps", "Ankieta NPS po szkodzie", 0),
]


def _journey(stages: list[tuple[str, str, int]], *, lang: str, ident: str, name: str, persona: str) -> str:
    out = [f"kind: journey\nid: {ident}\nname: {name}\npersona: {persona}\nlang: {lang}\nstages:"]
    for i, (sid, sname, emotion) in enumerate(stages):
        out.append(f"  - id: {sid}\n    name: {sname}\n    touchpoints: [{'aplikacja' if lang == 'pl' else 'app'}]\n"
                   f"    emotion: {emotion}")
        if i == 11:  # one stage with a barrier: its row is in every part's table
            out.append("    barriers:\n      - " + ('"- 35% amortyzacji bez wyjaśnienia"' if lang == "pl"
                                                   else '"Excess taken twice"'))
    return "\n".join(out) + "\n"


def _markdown(folder: Path, text: str, lang: str, *more: str) -> str:
    (folder / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (folder / "j.yaml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(folder / "j.yaml"), "-f", "md", *more],
                                env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stdout


def _tables(page: str) -> list[tuple[list[str], list[str]]]:
    """Each table of the page, as GFM reads it: its header cells and its first column (the row names)."""
    tokens = MarkdownIt("commonmark").enable("table").parse(page)
    out: list[tuple[list[str], list[str]]] = []
    header: list[str] = []
    rows: list[str] = []
    in_head = False
    first_cell = False
    for i, tok in enumerate(tokens):
        if tok.type == "table_open":
            header, rows = [], []
        elif tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open":
            first_cell = True
        elif tok.type == "inline" and tokens[i - 1].type in ("th_open", "td_open"):
            if in_head:
                header.append(tok.content)
            elif first_cell:
                rows.append(tok.content)
            first_cell = False
        elif tok.type == "table_close":
            out.append((header, rows))
    return out


def _headings(page: str, tag: str) -> list[str]:
    tokens = MarkdownIt("commonmark").enable("table").parse(page)
    return [tokens[i + 1].content for i, tok in enumerate(tokens) if tok.type == "heading_open" and tok.tag == tag]


def test_a_twenty_stage_polish_journey_is_three_tables_of_at_most_seven_stages(tmp_path: Path) -> None:
    page = _markdown(tmp_path, _journey(CLAIM_STAGES, lang="pl", ident="krystyna-szkoda-oc",
                                        name="Krystyna zgłasza szkodę z OC sprawcy", persona="krystyna-zolkiewska"), "pl")
    tables = _tables(page)
    assert [len(header) - 1 for header, _ in tables] == [7, 7, 6]  # as HTML's parts: 7, 7 and 6
    assert _headings(page, "h2") == ["Etapy 1–7 z 20", "Etapy 8–14 z 20", "Etapy 15–20 z 20"]
    # Every stage once, numbered by its place in the journey, in order across the parts.
    numbers = [cell.split(".", 1)[0] for header, _ in tables for cell in header[1:]]
    assert numbers == [str(n) for n in range(1, 21)]
    # Each part has every row of the journey (Bariery too, though one stage of the second part has one).
    assert all(rows == ["**Punkty styku**", "**Emocje**", "**Bariery**"] for _, rows in tables), tables
    # The whole curve first, then each part's own under its title.
    assert page.count("**Krzywa emocji:**") == 4
    part2 = page[page.index("## Etapy 8–14 z 20"):page.index("## Etapy 15–20 z 20")]
    assert "**Krzywa emocji:** `▆ ▆ ▁ ▁ ▁ ▁ ▃` (+1 → +1 → -2 → -2 → -2 → -2 → -1)" in part2
    assert max(len(line) for line in page.splitlines()) < 1000

    # A journey of 7 stages is still one table, without a part's title.
    short = _markdown(tmp_path, _journey(CLAIM_STAGES[:7], lang="pl", ident="krotka", name="Zgłoszenie szkody",
                                         persona="krystyna-zolkiewska"), "pl")
    assert [len(header) - 1 for header, _ in _tables(short)] == [7] and "Etapy" not in short


ENGLISH_EXPECTED = """\
# Dan claims for an escape of water

_journey_ · `dan-escape-of-water` · Persona: `dan-plumber` · Reviewed: never

**Emotion curve:** `▄ ▃ ▁ ▃ ▆ ▆ ▄ ▃ █` (0 → -1 → -2 → -1 → +1 → +1 → 0 → -1 → +2)

## Stages 1–5 of 9

**Emotion curve:** `▄ ▃ ▁ ▃ ▆` (0 → -1 → -2 → -1 → +1)

| Stage | 1. Burst pipe<br><sub>`burst`</sub> | 2. First call<br><sub>`fnol`</sub> | 3. Loss adjuster<br><sub>`adjuster`</sub> | 4. Drying out<br><sub>`drying`</sub> | 5. Repairs<br><sub>`repairs`</sub> |
|---|---|---|---|---|---|
| **Touchpoints** | • app | • app | • app | • app | • app |
| **Emotion** | 0 neutral | -1 negative | -2 very negative | -1 negative | +1 positive |

## Stages 6–9 of 9

**Emotion curve:** `▆ ▄ ▃ █` (+1 → 0 → -1 → +2)

| Stage | 6. Settlement<br><sub>`settlement`</sub> | 7. Excess paid<br><sub>`excess`</sub> | 8. Renewal quote<br><sub>`renewal`</sub> | 9. Recommends the insurer<br><sub>`recommend`</sub> |
|---|---|---|---|---|
| **Touchpoints** | • app | • app | • app | • app |
| **Emotion** | +1 positive | 0 neutral | -1 negative | +2 very positive |

<sub>j.yaml</sub>
"""


def test_a_nine_stage_english_journey_is_two_parts_as_in_html(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stages = [("burst", "Burst pipe", 0), ("fnol", "First call", -1), ("adjuster", "Loss adjuster", -2),
              ("drying", "Drying out", -1), ("repairs", "Repairs", 1), ("settlement", "Settlement", 1),
              ("excess", "Excess paid", 0), ("renewal", "Renewal quote", -1), ("recommend", "Recommends the insurer", 2)]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (tmp_path / "j.yaml").write_text(_journey(stages, lang="en", ident="dan-escape-of-water",
                                              name="Dan claims for an escape of water", persona="dan-plumber"),
                                     encoding="utf-8")
    result = CliRunner().invoke(app, ["render", "j.yaml", "-f", "md"], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert result.stdout == ENGLISH_EXPECTED
    # The HTML export titles its parts the same way, at the same level (a page's sections are h2).
    html = CliRunner().invoke(app, ["render", "j.yaml", "-f", "html"], env={"COLUMNS": "100", "NO_COLOR": "1"}).stdout
    assert '<h2 class="sub">Stages 1–5 of 9</h2>' in html and '<h2 class="sub">Stages 6–9 of 9</h2>' in html
