"""`cxkit diff` and `cxkit review` name places as `cxkit render` does, and fit a terminal (session 28).

Before: the human formats spoke YAML paths in English (`stages[wdrozenie].barriers[1]`,
`love_points`) and bare emotion numbers (`-2 → -1`) while `cxkit render` of the same Polish
workspace showed *Wdrożenie*, *Bariery*, *Zachwyty* and `-1 źle`; and on a terminal a long
`~ summary:` line ran past the screen's width (the terminal wrapped it to the left margin), a
one-word change in a long paragraph printing the whole paragraph.
Now text and markdown name a stage by number, name and id, a field by its heading in the
document's language, an emotion with its words; JSON keeps its paths.  On a terminal, text is
wrapped under its indent and a long paragraph shows the words around its changes.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import run_cli
from git_helpers import Repo
from terminal_helpers import cxkit_on_a_terminal

JOURNEY_PL = """\
kind: journey
id: ewa-wdraza-ksef
name: Ewa przenosi biuro rachunkowe na KSeF w Faktura24
lang: pl
owner: Zespół CX Faktura24 (Łucja Kępińska)
persona: ewa-ksiegowa-biuro
stages:
  - id: swiadomosc
    name: Świadomość
    doing: Czyta komentarze w grupie „Księgowe w sieci” i zapisuje nazwy trzech programów
    feeling: Niepokój i zmęczenie kolejną zmianą przepisów
    emotion: -1
    barriers:
      - Sprzeczne informacje o terminie wejścia KSeF w grupie
      - Nikt w grupie nie wie, czy faktury zaliczkowe też idą przez KSeF
  - id: porownanie
    name: Porównanie
    doing: Porównuje trzy programy w tabeli w Excelu
    feeling: Ostrożna ciekawość
    emotion: 0
  - id: wdrozenie
    name: Wdrożenie
    doing: Wkleja tokeny jeden po drugim
    feeling: Frustracja, bo kreator przyjmuje jeden token naraz
    emotion: -2
    barriers:
      - Brak importu tokenów z pliku CSV
    love_points:
      - Kreator pokazuje, ilu klientów już podłączono
    opportunities:
      - action: Import tokenów KSeF z pliku CSV dla wielu NIP-ów
        owner: Zespół produktu (integracje)
        status: planned
"""


def _edited_pl(text: str) -> str:
    return (text
            .replace("    emotion: -2\n", "    emotion: -1\n")
            .replace("      - Brak importu tokenów z pliku CSV\n",
                     "      - Brak importu tokenów z pliku CSV\n      - Infolinia czynna tylko do 16:00\n")
            .replace("owner: Zespół produktu (integracje)", "owner: Zespół integracji"))


JOURNEY_EN = """\
kind: journey
id: sarah-first-invoice
name: Sarah sends her first invoice from Poland
lang: en
persona: sarah-expat-contractor
stages:
  - id: signup
    name: Sign-up
    doing: Creates an account in English and enters her NIP
    feeling: Relieved the app has an English version
    emotion: 1
  - id: currency
    name: Currency and exchange rate
    doing: Issues an invoice in EUR for a client in Berlin
    feeling: Confused about which exchange rate the tax office expects
    emotion: -2
    pain_points:
      - The NBP rate is from the wrong day
"""

PERSONA_PL = """\
kind: persona
id: marek-hydraulik-jdg
name: Marek Wiśniewski
lang: pl
summary: >-
  Hydraulik z Gdańska na jednoosobowej działalności; wystawia 25–30 faktur miesięcznie, najczęściej
  z telefonu, w samochodzie między zleceniami, i nie ma czasu na nic, co wymaga laptopa, bo laptop
  zostaje w domu, a faktury trzeba wystawić zaraz po robocie, zanim klient zapomni, że w ogóle
  dzwonił, i zanim przyjdzie następne zlecenie z drugiego końca miasta, gdzie znowu nie ma zasięgu.
demographics:
  age: 38
  location: Gdańsk, Orunia
psychographics:
  values:
    - Niezależność
    - Święty spokój z urzędem skarbowym
goals:
  - Wystawić fakturę w dwie minuty, stojąc przy aucie
"""


def _files(tmp_path: Path, name: str, old: str, new: str) -> tuple[str, str]:
    (tmp_path / "old").mkdir(exist_ok=True)
    (tmp_path / "new").mkdir(exist_ok=True)
    (tmp_path / "old" / name).write_text(old, encoding="utf-8")
    (tmp_path / "new" / name).write_text(new, encoding="utf-8")
    return str(tmp_path / "old" / name), str(tmp_path / "new" / name)


def _cli(*args: str, columns: int = 120) -> str:
    env = {"COLUMNS": str(columns), "NO_COLOR": "1"}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        result = run_cli(*args)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 1, result.stdout + result.stderr
    return result.stdout


def test_polish_journey_text_names_stages_fields_and_emotions(tmp_path: Path) -> None:
    old, new = _files(tmp_path, "j.yaml", JOURNEY_PL, _edited_pl(JOURNEY_PL))
    out = _cli("diff", old, new)
    assert out.splitlines()[1:4] == [
        "  ~ 3. Wdrożenie (wdrozenie) › Emocje: -2 (bardzo źle) → -1 (źle)",
        "  + 3. Wdrożenie (wdrozenie) › Bariery #2: Infolinia czynna tylko do 16:00",
        '  ~ 3. Wdrożenie (wdrozenie) › Usprawnienia #1 „Import tokenów KSeF z pliku CSV dla…” › Właściciel: '
        "Zespół produktu (integracje) → Zespół integracji",
    ], out


def test_polish_journey_markdown(tmp_path: Path) -> None:
    old, new = _files(tmp_path, "j.yaml", JOURNEY_PL, _edited_pl(JOURNEY_PL))
    out = _cli("diff", "-f", "markdown", old, new)
    assert "- **zmieniono** 3. Wdrożenie (`wdrozenie`) › Emocje: `-2` (bardzo źle) → `-1` (źle)" in out
    assert "- **dodano** 3. Wdrożenie (`wdrozenie`) › Bariery `#2`: Infolinia czynna tylko do 16:00" in out


def test_json_keeps_its_paths(tmp_path: Path) -> None:
    old, new = _files(tmp_path, "j.yaml", JOURNEY_PL, _edited_pl(JOURNEY_PL))
    changes = json.loads(_cli("diff", "-f", "json", old, new))
    assert [c["path"] for c in changes] == [
        "stages[wdrozenie].emotion", "stages[wdrozenie].barriers[1]", "stages[wdrozenie].opportunities[0].owner",
    ]
    assert changes[0]["old"] == -2 and changes[0]["new"] == -1


def test_moved_item_names_both_places(tmp_path: Path) -> None:
    moved = JOURNEY_PL.replace("      - Nikt w grupie nie wie, czy faktury zaliczkowe też idą przez KSeF\n", "").replace(
        "    love_points:\n", "    love_points:\n      - Nikt w grupie nie wie, czy faktury zaliczkowe też idą przez KSeF\n")
    old, new = _files(tmp_path, "j.yaml", JOURNEY_PL, moved)
    out = _cli("diff", old, new)
    assert ("  ↕ 3. Wdrożenie (wdrozenie) › Zachwyty #1: poprzednio 1. Świadomość (swiadomosc) › Bariery #2: "
            "Nikt w grupie nie wie, czy faktury zaliczkowe też idą przez KSeF") in out, out


def test_english_journey_reads_english(tmp_path: Path) -> None:
    new_text = JOURNEY_EN.replace("    emotion: -2\n", "    emotion: -1\n").replace(
        "      - The NBP rate is from the wrong day\n",
        "      - The NBP rate is from the wrong day\n      - No way to save the client's EUR bank details\n")
    old, new = _files(tmp_path, "j.yaml", JOURNEY_EN, new_text)
    out = _cli("diff", old, new)
    assert "  ~ 2. Currency and exchange rate (currency) › Emotion: -2 (very negative) → -1 (negative)" in out
    assert ("  + 2. Currency and exchange rate (currency) › Pain points #2: "
            "No way to save the client's EUR bank details") in out


def test_polish_persona_fields(tmp_path: Path) -> None:
    new_text = PERSONA_PL.replace("  age: 38", "  age: 39").replace(
        "    - Święty spokój z urzędem skarbowym\n", "    - Święty spokój z urzędem skarbowym\n    - Rodzina\n")
    old, new = _files(tmp_path, "p.yaml", PERSONA_PL, new_text)
    out = _cli("diff", old, new)
    assert "  ~ Demografia › Wiek: 38 → 39" in out
    assert "  + Psychografia › Wartości #3: Rodzina" in out


def test_review_markdown_speaks_the_documents_language(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("journeys/ewa-wdraza-ksef.yaml", JOURNEY_PL)
    repo.git("add", "-A")
    repo.git("commit", "-qm", "start")
    repo.write("journeys/ewa-wdraza-ksef.yaml", _edited_pl(JOURNEY_PL))
    proc = subprocess.run([sys.executable, "-m", "cxkit", "review", "main"], cwd=repo.root,
                          env={**repo.env, "COLUMNS": "120"}, capture_output=True, text=True, check=False)
    assert proc.returncode in (0, 1), proc.stderr
    assert "- **zmieniono** 3. Wdrożenie (`wdrozenie`) › Emocje: `-2` (bardzo źle) → `-1` (źle)" in proc.stdout


# --- on a terminal -------------------------------------------------------------

def _on_terminal(args: list[str], columns: int) -> str:
    """Run cxkit with its stdout on a pseudo-terminal of ``columns`` columns; what it printed."""
    env = {"COLUMNS": str(columns), "LINES": "50", "NO_COLOR": "1", "TERM": "xterm"}
    text = cxkit_on_a_terminal(None, args, env, check=False).decode("utf-8").replace("\r\n", "\n")
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)


def _long_pair(tmp_path: Path) -> tuple[str, str]:
    return _files(tmp_path, "p.yaml", PERSONA_PL, PERSONA_PL.replace("Hydraulik z Gdańska", "Instalator z Gdańska")
                  .replace("następne zlecenie", "kolejne zlecenie"))


def test_terminal_lines_fit_and_hang_under_their_indent(tmp_path: Path) -> None:
    old, new = _files(tmp_path, "j.yaml", JOURNEY_PL, _edited_pl(JOURNEY_PL))
    for columns in (80, 120):
        out = _on_terminal(["diff", old, new], columns)
        lines = out.splitlines()
        assert lines and max(len(line) for line in lines) <= columns, out
        if columns == 80:
            at = lines.index("  ~ 3. Wdrożenie (wdrozenie) › Usprawnienia #1 „Import tokenów KSeF z pliku CSV")
            assert lines[at + 1] == "      dla…” › Właściciel: Zespół produktu (integracje) → Zespół integracji", out


def _from_change(out: str, rows: int) -> list[str]:
    """``rows`` lines from the change's own: the document's heading above it names the files, whose
    length (the test's temporary folder) decides how many lines the heading wraps to."""
    lines = out.splitlines()
    at = next((i for i, line in enumerate(lines) if line.startswith("  ~ Opis:")), len(lines))
    return lines[at:at + rows]


def test_terminal_long_paragraph_shows_the_words_around_its_changes(tmp_path: Path) -> None:
    old, new = _long_pair(tmp_path)
    out = _on_terminal(["diff", old, new], 80)
    assert _from_change(out, 3) == [
        "  ~ Opis: [-Hydraulik-]{+Instalator+} z Gdańska na jednoosobowej działalności;",
        "      wystawia … w ogóle dzwonił, i zanim przyjdzie [-następne-]{+kolejne+}",
        "      zlecenie z drugiego końca miasta, gdzie …",
    ], out
    out = _on_terminal(["diff", old, new], 120)
    assert _from_change(out, 2) == [
        "  ~ Opis: [-Hydraulik-]{+Instalator+} z Gdańska na jednoosobowej działalności; wystawia … w ogóle dzwonił, i zanim",
        "      przyjdzie [-następne-]{+kolejne+} zlecenie z drugiego końca miasta, gdzie …",
    ], out


def test_piped_output_keeps_each_change_whole(tmp_path: Path) -> None:
    old, new = _long_pair(tmp_path)
    out = _cli("diff", old, new, columns=80)
    summary = next(line for line in out.splitlines() if "Instalator+}" in line)
    assert len(summary) > 300 and "laptop zostaje w domu" in summary
