"""`cxkit render`: a quote within a quote, and a folder whose documents share an id.

A persona's quote that holds „nowe funkcje” was wrapped in „…” again (`„Nie mam czasu na „nowe
funkcje” — …”`); the inner quotation now takes the inner marks (»…« in Polish, ‘…’ in English).
`cxkit render .` listed both copies of a document when `git mergetool` left a backup beside it
(`*_BACKUP_1234.yaml`), with exit 0 and not a word; it now warns on stderr, in the words of lint's
CX003 duplicate-id, naming both files and the backup as such.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

CONFIG = 'paths = ["personas", "journeys"]\nlang = "pl"\n'

EWA = """\
kind: persona
id: ewa-ksiegowa-biuro
name: Ewa Żółkiewska
lang: pl
summary: Właścicielka biura rachunkowego w Rzeszowie, obsługuje 62 klientów.
quote: "Nie mam czasu na „nowe funkcje” — mam 62 klientów i termin JPK 25. dnia miesiąca."
goals:
  - Zamknąć miesiąc dla wszystkich klientów do 20. dnia
reviewed: 2026-11-20
"""

SARAH = """\
kind: persona
id: sarah-expat-contractor
name: Sarah O'Connor
lang: en
quote: I was told “just use KSeF” as if it were one button.
goals:
  - Invoice her German client in EUR without a second accounting tool
reviewed: 2026-11-15
"""

QUOTED = """\
kind: persona
id: marek-hydraulik-jdg
name: Marek Wójcik
lang: pl
quote: "„Faktura ma wyjść z telefonu, zanim wyjadę od klienta.”"
goals:
  - Wystawić fakturę na miejscu, u klienta
reviewed: 2026-11-02
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    return tmp_path


def _render(*args: str):
    return CliRunner().invoke(app, ["render", *args], env={"COLUMNS": "80", "NO_COLOR": "1"})


def _quote_lines(output: str) -> list[str]:
    return [line.strip("│ ").rstrip() for line in output.splitlines() if "„" in line or "“" in line or "miesiąca" in line]


def test_a_quote_within_the_quote_takes_the_inner_marks(ws: Path) -> None:
    (ws / "personas/ewa-ksiegowa-biuro.yaml").write_text(EWA, encoding="utf-8")
    result = _render("personas/ewa-ksiegowa-biuro.yaml")
    assert result.exit_code == 0, result.output
    assert _quote_lines(result.stdout) == [
        "„Nie mam czasu na »nowe funkcje« — mam 62 klientów i termin JPK 25. dnia",
        "miesiąca.”",
    ]


def test_an_english_quote_within_the_quote_takes_single_marks(ws: Path) -> None:
    (ws / "personas/sarah-expat-contractor.yaml").write_text(SARAH, encoding="utf-8")
    result = _render("personas/sarah-expat-contractor.yaml")
    assert result.exit_code == 0, result.output
    assert "“I was told ‘just use KSeF’ as if it were one button.”" in result.stdout


def test_a_quote_in_its_own_marks_is_not_wrapped_again(ws: Path) -> None:
    (ws / "personas/marek-hydraulik-jdg.yaml").write_text(QUOTED, encoding="utf-8")
    result = _render("personas/marek-hydraulik-jdg.yaml")
    assert result.exit_code == 0, result.output
    assert "„Faktura ma wyjść z telefonu, zanim wyjadę od klienta.”" in result.stdout
    assert "„„" not in result.stdout and "»" not in result.stdout


def test_a_mergetool_backup_in_the_folder_is_warned_of(ws: Path) -> None:
    (ws / "personas/ewa-ksiegowa-biuro.yaml").write_text(EWA, encoding="utf-8")
    (ws / "personas/ewa-ksiegowa-biuro_BACKUP_4312.yaml").write_text(EWA, encoding="utf-8")
    (ws / "personas/sarah-expat-contractor.yaml").write_text(SARAH, encoding="utf-8")
    result = _render(".")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [  # in Polish: the workspace's config says lang = "pl"
        "cxkit: ostrzeżenie: personas/ewa-ksiegowa-biuro.yaml:2:5: id „ewa-ksiegowa-biuro” występuje też w "
        "personas/ewa-ksiegowa-biuro_BACKUP_4312.yaml:2; identyfikatory muszą być niepowtarzalne w całym obszarze "
        "roboczym (CX003 duplicate-id); przegląd pokazuje każdą kopię; personas/ewa-ksiegowa-biuro_BACKUP_4312.yaml "
        "to kopia, którą git mergetool zostawia obok scalonego pliku: usuń ją po zakończeniu scalania",
    ]
    # The same in an export, whose stdout is the file.
    exported = _render(".", "-f", "markdown")
    assert exported.exit_code == 0 and "CX003 duplicate-id" in exported.stderr


def test_a_copy_that_is_no_backup_is_warned_of_without_the_advice(ws: Path) -> None:
    (ws / "personas/ewa-ksiegowa-biuro.yaml").write_text(EWA, encoding="utf-8")
    (ws / "journeys/ewa-kopia.yaml").write_text(EWA, encoding="utf-8")
    result = _render(".")
    assert result.exit_code == 0
    assert result.stderr == (
        "cxkit: ostrzeżenie: journeys/ewa-kopia.yaml:2:5: id „ewa-ksiegowa-biuro” występuje też w "
        "personas/ewa-ksiegowa-biuro.yaml:2; identyfikatory muszą być niepowtarzalne w całym obszarze roboczym "
        "(CX003 duplicate-id); przegląd pokazuje każdą kopię\n")


def test_unique_ids_and_separate_workspaces_say_nothing(ws: Path) -> None:
    (ws / "personas/ewa-ksiegowa-biuro.yaml").write_text(EWA, encoding="utf-8")
    (ws / "personas/sarah-expat-contractor.yaml").write_text(SARAH, encoding="utf-8")
    client = ws / "klient-b"
    (client / "personas").mkdir(parents=True)
    (client / "cxkit.toml").write_text(CONFIG, encoding="utf-8")
    (client / "personas/ewa-ksiegowa-biuro.yaml").write_text(EWA, encoding="utf-8")
    result = _render(".")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
