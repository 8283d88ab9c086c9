"""`cxkit render`, from an exploratory test of day 1 (items M2, L2, F4 and `-f mmd`).

- A journey stage with no emotion is left out of the Mermaid diagram, which would draw it as a
  measured neutral face (score 3); a comment in the diagram and a note on stderr say so.
- `--against` takes the id of a negative persona in the workspace, as a journey names its persona.
- A narrow journey table never cuts a date or an id mid-word, and the folder overview breaks
  ids and file paths at their joints (`/`, `-`) and wraps a two-word kind before it cuts a path.
- `-f mmd` is the Mermaid export, as `-o mapa.mmd` is.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from snapshot_helpers import check_snapshot, render_cli as run
from typer.testing import CliRunner

from cxkit.cli import app

PERSONA_PL = """\
kind: persona
id: grazyna-zolkiewska
name: Grażyna Żółkiewska
lang: pl
summary: Emerytowana nauczycielka z Radomia, która co miesiąc realizuje e-receptę na leki na nadciśnienie.
goals:
  - Odebrać leki w 24 h w Paczkomacie przy swoim bloku
pain_points:
  - Nie wie, czy lek na receptę jest na stanie, dopóki nie zapłaci
reviewed: 2026-11-20
"""

NEGATIVE_PL = """\
kind: negative-persona
id: lowca-promocji
name: Łowca Promocji
lang: pl
reasons:
  - Kupuje tylko suplementy w promocji -50% z newslettera i zwraca połowę zamówień
reviewed: 2026-11-25
"""

NEGATIVE_EN = """\
kind: negative-persona
id: coupon-collector
name: Gary the Coupon Collector
lang: en
reasons:
  - Orders vitamins only with a first-order code and never comes back
"""

JOURNEY_PL = """\
kind: journey
id: grazyna-zamawia-leki-na-recepte
name: Grażyna zamawia leki na receptę
lang: pl
persona: grazyna-zolkiewska
reviewed: 2026-11-20
stages:
  - id: wyszukanie
    name: Wyszukanie
    doing: Wpisuje kod e-recepty i szuka leku w wyszukiwarce apteki
    emotion: -1
    opportunities:
      - action: Pokazywać dostępność leku na receptę przed płatnością
        owner: Zespół e-commerce
        due: 2027-01-15
        status: planned
  - id: platnosc
    name: Płatność
    doing: "Płaci BLIK-iem: 38,50 zł"
  - id: odbior-w-paczkomacie
    name: Odbiór
    doing: Odbiera leki w Paczkomacie przy Żabce
    emotion: 1
  - id: polecanie
    name: Polecanie
    doing: Poleca aptekę sąsiadce z klatki
"""

JOURNEY_EN = """\
kind: journey
id: tom-reorders-inhaler
name: Tom reorders his inhaler
lang: en
persona: tom-baker-uk
stages:
  - id: reminder
    name: Reminder
    doing: Gets a text that his repeat prescription is due
    emotion: 1
  - id: checkout
    name: Checkout
    doing: Pays with Apple Pay
"""

#: A seven-stage journey with long ids and one-word names, as real maps have them.
JOURNEY_SEVEN = """\
kind: journey
id: marta-umawia-serwis
name: Marta umawia serwis roweru
lang: pl
persona: marta-dojezdza-rowerem
reviewed: 2026-12-05
stages:
  - id: awareness
    name: Świadomość
    doing: Słyszy od kolegi o serwisie z odbiorem spod pracy
    emotion: 0
  - id: consideration
    name: Rozważanie
    doing: Porównuje cenniki trzech serwisów
    emotion: -1
    opportunities:
      - action: Cennik przeglądów na stronie głównej
        owner: Marketing
        due: 2027-01-15
        status: planned
  - id: booking
    name: Rezerwacja
    doing: Rezerwuje termin przez formularz
    emotion: 1
  - id: handover
    name: Przekazanie
    doing: Zostawia rower kurierowi pod biurem
    emotion: 0
  - id: repair
    name: Naprawa
    doing: Dostaje SMS z wyceną dodatkowej naprawy
    emotion: -2
  - id: return
    name: Zwrot
    doing: Odbiera rower następnego dnia
    emotion: 1
  - id: advocacy
    name: Polecanie
    doing: Wystawia opinię 5/5 w Google
    emotion: 2
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    tmp_path = tmp_path / "apteka"  # the overview's title names the folder: the same in every run
    tmp_path.mkdir()
    (tmp_path / "cxkit.toml").write_text('paths = ["personas", "journeys"]\nlang = "pl"\n', encoding="utf-8")
    personas, journeys = tmp_path / "personas", tmp_path / "journeys"
    personas.mkdir()
    journeys.mkdir()
    (personas / "grazyna-zolkiewska.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (personas / "lowca-promocji.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    (personas / "coupon-collector.yaml").write_text(NEGATIVE_EN, encoding="utf-8")
    (journeys / "grazyna-zamawia-leki-na-recepte.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    (journeys / "tom-reorders-inhaler.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    (journeys / "marta-umawia-serwis.yaml").write_text(JOURNEY_SEVEN, encoding="utf-8")
    return tmp_path


#: Marta's persona, for the tests that render her journey and are not about a persona that is missing
#: (under a cxkit.toml a render says on stderr when a journey's persona is not in the workspace).
PERSONA_MARTA = """\
kind: persona
id: marta-dojezdza-rowerem
name: Marta Zielińska
lang: pl
summary: Księgowa z Poznania, codziennie dojeżdża rowerem 9 km do biura na Jeżycach.
reviewed: 2026-11-28
"""


def _with_marta(workspace: Path) -> Path:
    (workspace / "personas" / "marta-dojezdza-rowerem.yaml").write_text(PERSONA_MARTA, encoding="utf-8")
    return workspace


# --- M2: a stage with no emotion in the Mermaid diagram -----------------------------------------

_TASK = re.compile(r"^      ([^#:\n;]+): ([1-5]): ([^#:\n;]+)$")


def test_mermaid_leaves_out_a_stage_with_no_emotion_and_says_so(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(workspace, monkeypatch, "journeys/grazyna-zamawia-leki-na-recepte.yaml", "-f", "mermaid")
    assert code == 0
    lines = out.rstrip("\n").split("\n")
    # Only the stages with an emotion are drawn, each at its own score; no stage sits at a made-up 3.
    assert [line.strip() for line in lines if line.strip().startswith("section ")] == ["section Wyszukanie", "section Odbiór"]
    tasks = [_TASK.match(line) for line in lines if line.startswith("      ")]
    assert all(tasks) and [(t.group(1), int(t.group(2))) for t in tasks] == [
        ("Wpisuje kod e-recepty i szuka leku w…", 2),  # as much as the box shows (s40)
        ("Odbiera leki w Paczkomacie przy Żabce", 4),
    ]
    assert not any("Płaci" in line or "Poleca" in line for line in lines if not line.lstrip().startswith(("%%", "acc")))
    # The accessible description says so in words (test_render_mermaid_acc_s30.py).
    assert "4. Polecanie: emocji nie zapisano" in lines[-1] and lines[-1].startswith("    accDescr: ")
    # A Mermaid comment where each left-out stage would be: in its place, never a "%%{" directive.
    comments = [line for line in lines if line.lstrip().startswith("%%")]
    assert comments == [
        "    %% Płatność (platnosc): no emotion recorded, so not drawn (a Mermaid score must be 1-5)",
        "    %% Polecanie (polecanie): no emotion recorded, so not drawn (a Mermaid score must be 1-5)",
    ]
    assert lines.index(comments[0]) < lines.index("    section Odbiór") < lines.index(comments[1])
    # In Polish: the workspace says `lang = "pl"` (English before session 41).
    assert err == ("cxkit: journeys/grazyna-zamawia-leki-na-recepte.yaml: etapy „platnosc”, „polecanie” nie mają "
                   "emocji, więc diagram Mermaid je pomija (ocena musi wynosić od 1 do 5); eksporty Markdown i HTML "
                   "pokazują każdy etap\n")


def test_mermaid_of_an_english_journey_names_the_one_stage_left_out(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(workspace, monkeypatch, "journeys/tom-reorders-inhaler.yaml", "-o", "tom.mmd")
    assert code == 0 and out == ""
    written = (workspace / "tom.mmd").read_text(encoding="utf-8")
    assert "Gets a text that his repeat prescription is due: 4: tom-baker-uk" in written
    assert "Pays with Apple Pay" not in written and "section Checkout" not in written
    assert "    %% Checkout (checkout): no emotion recorded" in written
    # The workspace's language, not the journey's, says the note: its config says `lang = "pl"`.
    assert "etap „checkout” nie ma emocji, więc diagram Mermaid go pomija" in err


def test_mermaid_with_every_emotion_recorded_has_no_comment_and_no_note(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_marta(workspace)
    code, out, err = run(workspace, monkeypatch, "journeys/marta-umawia-serwis.yaml", "-f", "mermaid")
    assert code == 0 and err == ""
    assert "%%" not in out
    assert [int(m.group(2)) for m in map(_TASK.match, out.splitlines()) if m] == [3, 2, 4, 3, 1, 4, 5]


def test_mermaid_with_stage_picks_only_notes_the_stages_shown(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(workspace, monkeypatch, "journeys/grazyna-zamawia-leki-na-recepte.yaml", "-f", "mermaid",
                         "--stage", "wyszukanie,platnosc")
    assert code == 0
    assert "etap „platnosc” nie ma emocji" in err and "polecanie" not in err + out


# --- -f mmd -------------------------------------------------------------------------------------

def test_format_mmd_is_the_mermaid_export(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_marta(workspace)
    path = "journeys/marta-umawia-serwis.yaml"
    code, mmd, err = run(workspace, monkeypatch, path, "-f", "mmd")
    assert code == 0 and err == ""
    _code, mermaid, _err = run(workspace, monkeypatch, path, "--format", "mermaid")
    assert mmd == mermaid and mmd.startswith("journey\n    title Marta umawia serwis roweru\n")
    # No note about the extension: .mmd is what -f mmd asks for.
    code, _out, err = run(workspace, monkeypatch, path, "-f", "mmd", "-o", "serwis.mmd")
    assert code == 0 and err == "" and (workspace / "serwis.mmd").read_text(encoding="utf-8") == mermaid


def test_format_mmd_keeps_mermaids_rules(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, err = run(workspace, monkeypatch, "personas/grazyna-zolkiewska.yaml", "-f", "mmd")
    assert code == 2 and "mermaid rysuje ścieżki; personas/grazyna-zolkiewska.yaml to persona" in err  # Polish (s38)
    code, _out, err = run(workspace, monkeypatch, "journeys/marta-umawia-serwis.yaml", "-f", "mmd", "-o", "mapa.html")
    assert code == 0 and "cxkit zapisze eksport Mermaid, o który prosi --format mermaid" in err


def test_help_names_mmd(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    result = CliRunner().invoke(app, ["render", "--help"])
    assert "mermaid|mmd|json" in result.stdout and "mermaid (or mmd" in result.stdout


# --- L2: --against by id -------------------------------------------------------------------------

def test_against_takes_the_id_of_a_negative_persona(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, by_id, err = run(workspace, monkeypatch, "personas/grazyna-zolkiewska.yaml", "--against", "lowca-promocji")
    assert code == 0 and err == ""
    _code, by_path, _err = run(workspace, monkeypatch, "personas/grazyna-zolkiewska.yaml", "--against",
                               "personas/lowca-promocji.yaml")
    assert by_id == by_path and "Łowca Promocji" in by_id and "Grażyna Żółkiewska" in by_id


def test_against_by_id_works_from_a_subfolder_of_the_workspace(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(workspace / "journeys", monkeypatch, "../personas/grazyna-zolkiewska.yaml",
                         "--against", "coupon-collector", "-f", "json")
    assert code == 0 and err == ""
    assert '"id": "coupon-collector"' in out


def test_against_an_unknown_id_suggests_the_closest_negative_persona(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(workspace, monkeypatch, "personas/grazyna-zolkiewska.yaml", "--against", "lowca-promocj")
    assert code == 2 and out == ""
    # The workspace says `lang = "pl"`: in Polish (English before session 41).
    assert err == ("cxkit: lowca-promocj: nie ma takiego pliku, a w obszarze roboczym nie ma persony negatywnej o tym "
                   "id; czy chodziło o „lowca-promocji” (personas/lowca-promocji.yaml)?\n")


def test_against_an_id_nothing_is_near_lists_the_negative_personas(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, err = run(workspace, monkeypatch, "personas/grazyna-zolkiewska.yaml", "--against", "zbigniew")
    assert code == 2
    assert "persony negatywne obszaru roboczego: coupon-collector, lowca-promocji" in err
    assert "Traceback" not in err


def test_against_the_id_of_a_persona_says_what_it_is(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (workspace / "personas" / "tom.yaml").write_text(
        "kind: persona\nid: tom-baker-uk\nname: Tom Baker\nlang: en\n", encoding="utf-8")
    code, _out, err = run(workspace, monkeypatch, "personas/grazyna-zolkiewska.yaml", "--against", "tom-baker-uk")
    assert code == 2
    assert err == "cxkit: --against przyjmuje personę negatywną; personas/tom.yaml to persona\n"  # `lang = "pl"` (s41)


def test_against_a_missing_path_is_still_no_such_file(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, err = run(workspace, monkeypatch, "personas/grazyna-zolkiewska.yaml", "--against",
                          "personas/lowca.yaml")
    # s39: in this Polish workspace, in Polish, and the one file whose name starts so offered
    assert code == 2 and err == ("cxkit: personas/lowca.yaml: nie ma takiego pliku ani folderu; czy chodziło o "
                                 "personas/lowca-promocji.yaml?\n")


def test_against_an_id_outside_the_configured_paths_is_not_found(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (workspace / "szkice").mkdir()
    (workspace / "szkice" / "szkic.yaml").write_text(NEGATIVE_PL.replace("lowca-promocji", "szkic-lowcy"),
                                                     encoding="utf-8")
    code, _out, err = run(workspace, monkeypatch, "personas/grazyna-zolkiewska.yaml", "--against", "szkic-lowcy")
    assert code == 2 and "w obszarze roboczym nie ma persony negatywnej o tym id" in err


def test_against_by_id_never_lets_o_overwrite_the_negative_persona(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = (workspace / "personas" / "lowca-promocji.yaml").read_text(encoding="utf-8")
    code, _out, err = run(workspace, monkeypatch, "personas/grazyna-zolkiewska.yaml", "--against", "lowca-promocji",
                          "-o", "personas/lowca-promocji.yaml")
    assert code == 2 and "plik wejściowy tego renderowania" in err
    assert (workspace / "personas" / "lowca-promocji.yaml").read_text(encoding="utf-8") == before


# --- F4: narrow tables break at spaces and joints, never inside a date or an id ----------------------

@pytest.mark.parametrize(("text", "width", "lines"), [
    ("grazyna-zamawia-leki-na-recepte", 24, ["grazyna-zamawia-leki-na-", "recepte"]),
    ("journeys/grazyna-zamawia-leki-na-recepte.yaml", 40, ["journeys/", "grazyna-zamawia-leki-na-recepte.yaml"]),
    ("pl/personas/lowca-promocji.yaml", 20, ["pl/personas/", "lowca-promocji.yaml"]),
    ("post-purchase", 9, ["post-", "purchase"]),
    ("consideration", 9, ["considera", "tion"]),  # no joint at all: cut, as rich would
    ("personas/tom.yaml", 40, ["personas/tom.yaml"]),
])
def test_break_token_breaks_at_slashes_then_hyphens(text: str, width: int, lines: list[str]) -> None:
    from cxkit.render.terminal import break_token

    assert break_token(text, width) == lines


def _dates_and_ids_whole(out: str, dates: list[str], ids: list[str]) -> None:
    flat = [line for line in out.splitlines()]
    for token in dates + ids:
        assert any(token in line for line in flat), f"{token} is split across lines"


@pytest.mark.parametrize("columns", [100, 128])
def test_forced_table_of_seven_stages_keeps_dates_and_ids_whole(workspace: Path, monkeypatch: pytest.MonkeyPatch,
                                                               columns: int) -> None:
    _with_marta(workspace)
    code, out, err = run(workspace, monkeypatch, "journeys/marta-umawia-serwis.yaml", "--layout", "table",
                         columns=columns)
    assert code == 0
    _dates_and_ids_whole(out, ["2027-01-15"], ["awareness", "consideration", "booking", "handover", "advocacy"])
    check_snapshot(f"session18b-forced-table-seven-stages-{columns}", out)
    if columns == 100:  # 7 columns of 13 ("consideration") do not fit: stacked, and the note names the width
        assert "1/7 · Świadomość" in out
        # The workspace says lang = "pl": the note is Polish (session 40, tester45 #2).
        assert err.startswith("cxkit: --layout table: etapy (7) nie mieszczą się obok siebie w 100 kolumnach (tabela "
                              "potrzebuje ")
        needed = int(err.split("tabela potrzebuje ")[1].split(")")[0])
        assert needed > 100
    else:
        assert err == "" and "1/7 ·" not in out


def test_forced_table_width_in_the_note_shows_the_table(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_marta(workspace)
    _code, _out, err = run(workspace, monkeypatch, "journeys/marta-umawia-serwis.yaml", "--layout", "table", columns=100)
    needed = int(err.split("tabela potrzebuje ")[1].split(")")[0])  # a Polish workspace's note
    code, out, err = run(workspace, monkeypatch, "journeys/marta-umawia-serwis.yaml", "--layout", "table",
                         "--width", str(needed))
    assert code == 0 and err == "" and "1/7 ·" not in out
    assert all(len(line) == needed for line in out.splitlines() if line.startswith(("│", "├", "╭", "╰")))


@pytest.mark.parametrize("columns", [60, 100])
def test_overview_breaks_paths_at_their_joints_and_keeps_the_kind_whole(workspace: Path, monkeypatch: pytest.MonkeyPatch,
                                                                         columns: int) -> None:
    code, out, err = run(workspace, monkeypatch, ".", columns=columns)
    assert code == 0 and err == ""
    check_snapshot(f"session18b-overview-{columns}", out)
    cells = [line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│")]
    for line in cells:
        # A path or an id is only ever broken just after a '/' or a '-'.
        if line.startswith(("personas/", "journeys/")) and not line.endswith((".yaml", "/", "-")):
            pytest.fail(f"a path broken mid-word: {line!r}")
    if columns == 100:
        # The whole kind takes its room from the paths, which then break at their "/" only.
        assert "grazyna-zolkiewska.yaml" in cells and "marta-umawia-serwis.yaml" in cells
        assert any(line.startswith("│") and "│ persona   " in line for line in out.splitlines())
    # "persona negatywna" never on two lines: read line by line, "persona" alone means the opposite.
    assert any("│ persona negatywna │" in line for line in out.splitlines())
    assert not any("│ negatywna " in line for line in out.splitlines())


def test_against_by_id_without_a_config_looks_in_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "persony"
    folder.mkdir()
    (folder / "grazyna.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (folder / "lowca.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    code, out, err = run(folder, monkeypatch, "grazyna.yaml", "--against", "lowca-promocji", "-f", "markdown")
    assert code == 0 and err == "" and "Łowca Promocji" in out and "<sub>lowca.yaml</sub>" in out


def test_against_by_id_never_scans_a_home_folder_without_a_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "grazyna.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (tmp_path / "lowca.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    code, _out, err = run(tmp_path, monkeypatch, "grazyna.yaml", "--against", "lowca-promocji")
    assert code == 2 and err == "cxkit: lowca-promocji: no such file or directory\n"
