"""`cxkit render`, session 19.

- A Mermaid diagram of a journey none of whose stages (or none of the stages picked with
  `--stage`) has an emotion would draw nothing: a usage error at the first stage, exit code 2,
  and nothing written.
- A journey table's stage heading keeps its number with the first word of the name
  (`4. Przeniesienie numeru`), never a lone `4.` line above it; a column that needs a cell more
  for that gets it from the others.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from snapshot_helpers import check_snapshot, render_cli

PERSONA_PL = """\
kind: persona
id: halina-gdansk
name: Halina Kowalczyk
lang: pl
summary: Księgowa z Gdańska-Przymorza, która po 12 latach zmienia operatora internetu.
goals:
  - Mieć światłowód 1 Gb/s za mniej niż 80 zł miesięcznie bez umowy na 24 miesiące
reviewed: 2026-11-20
"""

PERSONA_EN = """\
kind: persona
id: dan-heating
name: Dan Okafor
lang: en
summary: Runs a four-person heating firm in Leeds and invoices from the van.
goals:
  - Invoice every job on the day it is signed off
reviewed: 2026-11-09
"""

#: Seven stages whose names start with words of every length, as real maps have them.
JOURNEY_PL = """\
kind: journey
id: halina-zmienia-operatora
name: Halina zmienia operatora internetu
lang: pl
persona: halina-gdansk
reviewed: 2026-11-20
stages:
  - id: ulotka
    name: Ulotka w skrzynce pocztowej
    doing: Znajduje ulotkę z ofertą 1 Gb/s za 69 zł w skrzynce na klatce
    emotion: 0
  - id: porownanie
    name: Porównanie ofert trzech operatorów
    doing: Porównuje ceny na stronach operatorów i na forum osiedla
    emotion: 1
  - id: zamowienie
    name: Zamówienie przez infolinię
    doing: Zamawia usługę przez infolinię, bo formularz nie przyjmuje adresu
    emotion: -1
  - id: numer
    name: Przeniesienie numeru od starego operatora
    doing: Czeka 9 dni na przeniesienie numeru i dwa razy dzwoni na infolinię
    emotion: -2
  - id: montaz
    name: Montaż routera w przedpokoju
    doing: Technik montuje router w przedpokoju, a Wi-Fi nie sięga do sypialni
    emotion: -1
  - id: faktura
    name: Pierwsza faktura z błędną kwotą
    doing: Dostaje fakturę na 139 zł zamiast 69 zł i pisze reklamację
    emotion: -2
  - id: polecenie
    name: Polecenie sąsiadce z klatki
    doing: Poleca operatora sąsiadce, gdy reklamację uznano w 3 dni
    emotion: 1
"""

JOURNEY_EN = """\
kind: journey
id: dan-switches-invoicing
name: Dan moves his firm's invoicing to Billrun
lang: en
persona: dan-heating
reviewed: 2026-11-09
stages:
  - id: forum
    name: Forum thread about invoicing apps
    doing: Reads a thread where installers compare invoicing apps
    emotion: 0
  - id: trial
    name: Comparison of three invoicing apps
    doing: Tries three apps on his phone between two jobs
    emotion: 1
  - id: signup
    name: Registration with the company number
    doing: Signs up with the company number and VAT registration
    emotion: 0
  - id: import
    name: Importing 340 customers from a spreadsheet
    doing: The import stops at row 212 with no message
    emotion: -2
  - id: first-invoice
    name: First invoice sent from the van
    doing: Sends an invoice from the van before driving off
    emotion: 1
  - id: payment
    name: Reconciling the first payments
    doing: Matches bank transfers to invoices by hand
    emotion: -1
  - id: advocacy
    name: Recommending Billrun to another installer
    doing: Tells a plumber at the merchant's counter about it
    emotion: 2
"""

#: No stage has an emotion yet: a map straight after the workshop, before the interviews.
JOURNEY_NO_EMOTION = """\
kind: journey
id: halina-reklamacja
name: Halina reklamuje fakturę
lang: pl
persona: halina-gdansk
stages:
  - id: zgloszenie
    name: Zgłoszenie reklamacji
    doing: Wysyła reklamację przez formularz w aplikacji operatora
  - id: rozpatrzenie
    name: Rozpatrzenie
    doing: Czeka 14 dni na odpowiedź i dzwoni na infolinię
  - id: korekta
    name: Faktura korygująca
    touchpoints:
      - channel: e-mail
        description: Faktura korygująca na 70 zł
"""

JOURNEY_EN_ONE_UNSCORED = """\
kind: journey
id: dan-chases-payment
name: Dan chases a late payment
lang: en
persona: dan-heating
stages:
  - id: reminder
    name: Reminder
    doing: Billrun sends the customer a reminder on day 21
    emotion: 1
  - id: call
    name: Phone call
    doing: Rings the customer from the van
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "operator"
    (root / "personas").mkdir(parents=True)
    (root / "journeys").mkdir()
    (root / "cxkit.toml").write_text('paths = ["personas", "journeys"]\n', encoding="utf-8")
    (root / "personas" / "halina-gdansk.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (root / "personas" / "dan-heating.yaml").write_text(PERSONA_EN, encoding="utf-8")
    (root / "journeys" / "halina-zmienia-operatora.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    (root / "journeys" / "dan-switches-invoicing.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    (root / "journeys" / "halina-reklamacja.yaml").write_text(JOURNEY_NO_EMOTION, encoding="utf-8")
    (root / "journeys" / "dan-chases-payment.yaml").write_text(JOURNEY_EN_ONE_UNSCORED, encoding="utf-8")
    return root


# --- Mermaid of a journey with no emotion at all ------------------------------------------------

NOTHING_TO_DRAW = ("so the Mermaid diagram would draw nothing (it shows the emotion curve: every task needs a "
                   "score from 1 to 5); score {them} from -2 to +2 (`emotion:`; cxkit lint reports CX401 "
                   "stage-without-emotion), or export with --format markdown or html, which show every stage\n")


def test_mermaid_of_a_journey_without_emotions_is_a_located_usage_error(workspace: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(workspace, monkeypatch, "journeys/halina-reklamacja.yaml", "-f", "mermaid")
    assert code == 2 and out == ""
    # At the first stage's id (7:9), where `cxkit lint` reports CX401 too.
    assert err == ("cxkit: journeys/halina-reklamacja.yaml:7:9: no stage of the journey has an emotion, "
                   + NOTHING_TO_DRAW.format(them="the stages"))


@pytest.mark.parametrize("args", [("-o", "mapa.mmd"), ("-f", "mmd", "-o", "mapa.txt")])
def test_mermaid_without_emotions_leaves_an_existing_file_as_it_was(workspace: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    args: tuple[str, ...]) -> None:
    target = workspace / args[-1]
    target.write_text("journey\n    title Poprzednia wersja\n", encoding="utf-8")
    code, out, err = render_cli(workspace, monkeypatch, "journeys/halina-reklamacja.yaml", *args)
    assert code == 2 and out == "" and "no stage of the journey has an emotion" in err
    assert target.read_text(encoding="utf-8") == "journey\n    title Poprzednia wersja\n"
    assert sorted(p.name for p in workspace.iterdir()) == ["cxkit.toml", "journeys", args[-1], "personas"]


def test_mermaid_without_emotions_writes_no_new_file(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, _err = render_cli(workspace, monkeypatch, "journeys/halina-reklamacja.yaml", "-o", "nowa.mmd")
    assert code == 2 and not (workspace / "nowa.mmd").exists()


def test_mermaid_of_picked_stages_without_emotion_names_them(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(workspace, monkeypatch, "journeys/dan-chases-payment.yaml", "-f", "mermaid",
                                "--stage", "call")
    assert code == 2 and out == ""
    assert err == ("cxkit: journeys/dan-chases-payment.yaml:11:9: the stage picked with --stage ('call') has no "
                   "emotion, " + NOTHING_TO_DRAW.format(them="the stage"))
    code, out, err = render_cli(workspace, monkeypatch, "journeys/halina-reklamacja.yaml", "-f", "mermaid",
                                "--stage", "korekta,rozpatrzenie")
    assert code == 2 and out == ""
    assert err.startswith("cxkit: journeys/halina-reklamacja.yaml:10:9: none of the stages picked with --stage "
                          "('rozpatrzenie', 'korekta') has an emotion, so the Mermaid diagram would draw nothing")


def test_mermaid_with_one_scored_stage_still_draws_it(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: one stage with an emotion is a diagram; the others are left out with a note, as before."""
    code, out, err = render_cli(workspace, monkeypatch, "journeys/dan-chases-payment.yaml", "-f", "mermaid")
    assert code == 0
    assert "    section Reminder\n      Billrun sends the customer a reminder on day 21: 4: Dan Okafor\n" in out
    assert "    %% Phone call (call): no emotion recorded" in out
    assert "stage 'call' has no emotion, so the Mermaid diagram leaves it out" in err


def test_other_exports_of_a_journey_without_emotions_still_show_its_stages(workspace: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: only Mermaid needs an emotion; the Markdown export shows every stage, with no note."""
    code, out, err = render_cli(workspace, monkeypatch, "journeys/halina-reklamacja.yaml", "-f", "markdown")
    assert code == 0 and err == ""
    assert "1. Zgłoszenie reklamacji" in out and "3. Faktura korygująca" in out


# --- journey table: a stage's number stays with its name -----------------------------------------

#: (journey, columns, --stage): at each width the forced table fits, with columns too narrow for an
#: even share to hold some heading's number and first word ("4. Przeniesienie", "7. Recommending").
TABLES = [
    ("pl", "halina-zmienia-operatora", 60, "numer,montaz,faktura"),
    ("pl", "halina-zmienia-operatora", 80, "porownanie,zamowienie,numer,faktura"),
    ("pl", "halina-zmienia-operatora", 120, None),
    ("en", "dan-switches-invoicing", 60, "trial,signup,import"),
    ("en", "dan-switches-invoicing", 80, "signup,import,payment,advocacy"),
    ("en", "dan-switches-invoicing", 120, None),
]

_LONE_NUMBER = re.compile(r"^[0-9]+\.$")


def _cells(out: str) -> list[str]:
    return [cell.strip() for line in out.splitlines() if line.startswith("│") for cell in line.split("│")[1:-1]]


@pytest.mark.parametrize(("lang", "journey", "columns", "stages"), TABLES,
                         ids=[f"{t[0]}-{t[2]}" for t in TABLES])
def test_table_keeps_each_stage_number_with_its_name(workspace: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                                     journey: str, columns: int, stages: str | None) -> None:
    args = [f"journeys/{journey}.yaml", "--layout", "table"] + (["--stage", stages] if stages else [])
    code, out, err = render_cli(workspace, monkeypatch, *args, columns=columns)
    assert code == 0 and err == ""  # the table, not stacked panels
    assert all(len(line) == columns for line in out.splitlines()), "a line is wider or narrower than the page"
    cells = _cells(out)
    assert not [c for c in cells if _LONE_NUMBER.match(c)], "a stage number on a line of its own"
    text = JOURNEY_PL if lang == "pl" else JOURNEY_EN
    names = re.findall(r"^    name: (.+)$", text, re.MULTILINE)
    ids = re.findall(r"^  - id: (.+)$", text, re.MULTILINE)
    picked = stages.split(",") if stages else ids
    for number, (ident, name) in enumerate(zip(ids, names), start=1):
        if ident in picked:  # numbered by its place in the journey, with --stage too
            first = name.split()[0]
            assert any(c.startswith(f"{number}. {first}") for c in cells), f"{number}. {first} is not one line"
            for word in name.split():  # a name is never cut
                assert any(re.search(rf"(^| ){re.escape(word)}( |$)", c) for c in cells), f"{word} is cut"
    check_snapshot(f"s19-table-{lang}-{columns}", out)


def test_table_of_even_needs_keeps_even_columns(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: stages that need no more than an even share get equal columns (one more at the left)."""
    code, out, _err = render_cli(workspace, monkeypatch, "journeys/halina-zmienia-operatora.yaml", "--layout",
                                 "table", "--stage", "ulotka,montaz", columns=80)
    assert code == 0
    top = next(line for line in out.splitlines()[1:] if line.startswith("╭"))  # the table's, under the header
    assert top.startswith("╭") and [len(part) for part in top[1:-1].split("┬")] == [11, 33, 32]


def test_automatic_table_keeps_a_two_digit_number_with_its_name(workspace: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """`10. Recommending` needs 15 cells, `12. Reconciliation` 18: more than the 16 the automatic
    layout gives a column; the table still shows them whole on their first line."""
    stages = "".join(f"""\
  - id: step-{i}
    name: {name}
    doing: Step {i} of moving the firm's invoicing
    emotion: {(i % 5) - 2}
""" for i, name in enumerate(["Forum thread", "Trial", "Signup", "Import", "First invoice", "Reminder",
                                "Payment", "Quote", "Review", "Recommending Billrun", "Renewal",
                                "Reconciliation of payments"], start=1))
    (workspace / "journeys" / "dlugi.yaml").write_text(
        "kind: journey\nid: dan-long\nname: Dan's first year with Billrun\nlang: en\npersona: dan-heating\n"
        "stages:\n" + stages, encoding="utf-8")
    code, out, err = render_cli(workspace, monkeypatch, "journeys/dlugi.yaml", columns=260)
    assert code == 0 and err == ""
    cells = _cells(out)
    assert "1/12" not in out  # a table, not stacked panels
    assert not [c for c in cells if _LONE_NUMBER.match(c)]
    assert any(c.startswith("10. Recommending") for c in cells)
    assert any(c.startswith("12. Reconciliation") for c in cells)


# --- ids and paths in a header, a footer or a stage panel break at their joints -----------------

def test_journey_header_breaks_a_long_path_after_its_slashes_and_hyphens(workspace: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = workspace / "journeys" / "operatorzy"
    folder.mkdir()
    (folder / "halina-zmienia-operatora-internetu-na-swiatlowod.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    code, out, err = render_cli(workspace, monkeypatch,
                                "journeys/operatorzy/halina-zmienia-operatora-internetu-na-swiatlowod.yaml",
                                "--layout", "panels", columns=40)
    assert code == 0 and err == ""
    # It was cut wherever the line ended: "halina-zmienia-operatora-interne" / "tu-na-swiatlowod.yaml".
    assert out.splitlines()[4:9] == [
        "│ Etapy: 7 · Ostatni przegląd:         │",
        "│ 2026-11-20 · journeys/operatorzy/    │",
        "│ halina-zmienia-operatora-internetu-  │",
        "│ na-swiatlowod.yaml                   │",
        "╰─────────── halina-zmienia-operatora ─╯",
    ]


PERSONA_WITH_SOURCE = """\
kind: persona
id: malgosia
name: Małgorzata Wiśniewska
lang: pl
sources:
  - id: wywiady-poglebione-z-klientkami-cateringu-2026
    type: interview
    date: 2026-10-01
    n: 12
    note: Dwanaście wywiadów pogłębionych z klientkami z Warszawy i Krakowa
goals:
  - text: Jeść 1800 kcal dziennie bez gotowania
    sources: [wywiady-poglebione-z-klientkami-cateringu-2026]
"""


def test_a_long_source_id_breaks_at_its_hyphens_in_a_trait_and_in_the_sources(workspace: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    (workspace / "personas" / "malgosia.yaml").write_text(PERSONA_WITH_SOURCE, encoding="utf-8")
    code, out, err = render_cli(workspace, monkeypatch, "personas/malgosia.yaml", columns=40)
    assert code == 0 and err == ""
    # It was cut where the line ended: "[wywiady-poglebione-z-klientkami-c" / "ateringu-2026]".
    assert out.splitlines()[1:12] == [
        "│ Cele                                 │",
        "│ • Jeść 1800 kcal dziennie bez        │",
        "│   gotowania [wywiady-poglebione-z-   │",
        "│   klientkami-cateringu-2026]         │",
        "│                                      │",
        "│ Źródła                               │",
        "│ • wywiady-poglebione-z-klientkami-   │",
        "│   cateringu-2026 · wywiad ·          │",
        "│   2026-10-01 · n=12 · cytowane 1×    │",
        "│   Dwanaście wywiadów pogłębionych z  │",
        "│   klientkami z Warszawy i Krakowa    │",
    ]


def test_prose_still_wraps_at_spaces_and_keeps_its_styles(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: words that fit move to the next line whole, and the cited sources stay dim on a terminal."""
    from rich.text import Text

    from cxkit.render.terminal import break_text

    text = Text.assemble("Czeka 9 dni na przeniesienie numeru ", ("[wywiady-2026-06]", "dim"))
    lines = break_text(text, 20)
    assert lines.plain.split("\n") == ["Czeka 9 dni na", "przeniesienie numeru", "[wywiady-2026-06]"]
    assert [(lines.plain[s.start:s.end], str(s.style)) for s in lines.spans] == [("[wywiady-2026-06]", "dim")]


# --- -o into a folder that is not there ------------------------------------------------------------

def test_o_into_a_missing_folder_makes_the_folder(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # It said "cannot write: No such file or directory"; then (session 25) named the folder to make;
    # since session 31 it makes it, as pytest's --junitxml does.
    code, out, err = render_cli(workspace, monkeypatch, "journeys/halina-zmienia-operatora.yaml",
                                "-o", "eksport/mapy/halina.md")
    assert (code, out, err) == (0, "", "")
    assert (workspace / "eksport" / "mapy" / "halina.md").read_text(encoding="utf-8").startswith("#")


def test_o_under_a_file_says_that_it_is_a_file(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, err = render_cli(workspace, monkeypatch, "journeys/halina-zmienia-operatora.yaml",
                                 "-o", "cxkit.toml/halina.md")
    assert code == 2
    assert err == "cxkit: cxkit.toml/halina.md: cannot write: cxkit.toml is a file, not a folder\n"


# --- the emotion curve's legend keeps each level with its stage --------------------------------------

def test_curve_legend_never_leaves_a_level_on_a_line_alone(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journey = JOURNEY_PL.replace("name: Ulotka w skrzynce pocztowej",
                                 "name: Ulotka o światłowodzie 1 Gb/s w skrzynce pocztowej na dole")
    (workspace / "journeys" / "halina-zmienia-operatora.yaml").write_text(journey, encoding="utf-8")
    code, out, err = render_cli(workspace, monkeypatch, "journeys/halina-zmienia-operatora.yaml", columns=64)
    assert code == 0 and err == ""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("│ 1 Ulotka"))
    # The first item is 2 cells wider than the line: it wraps inside its name, and "(0)" stays with
    # "dole" (it was a "│ 0 " line of its own, which reads as a stage numbered 0); the wrapped line
    # starts under the name, not where the next stage's number will.
    assert lines[start:start + 3] == [
        "│ 1 Ulotka o światłowodzie 1 Gb/s w skrzynce pocztowej na      │",
        "│   dole (0)                                                   │",
        "│ 2 Porównanie ofert trzech operatorów (+1)                    │",
    ]


def test_curve_with_stage_numbers_the_picked_stages_as_their_panels_do(workspace: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(workspace, monkeypatch, "journeys/halina-zmienia-operatora.yaml", "--stage",
                                "ulotka,numer,faktura", "--layout", "panels", columns=60)
    assert code == 0 and err == ""
    lines = out.splitlines()
    start = lines.index("│  -2 │              ╰──────●─────────────●                │")
    # They were numbered 1, 2, 3 in the chart and its legend, and 1/7, 4/7, 6/7 in the panels below.
    assert lines[start + 1:start + 5] == [
        "│             1             4             6                │",
        "│ 1 Ulotka w skrzynce pocztowej (0)                        │",
        "│ 4 Przeniesienie numeru od starego operatora (-2)         │",
        "│ 6 Pierwsza faktura z błędną kwotą (-2)                   │",
    ]
    assert "╭─ 4/7 · Przeniesienie numeru od starego operatora ─" in out and "╭─ 6/7 · Pierwsza faktura" in out
