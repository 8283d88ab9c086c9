"""`cxkit init` on a legacy repository: its adoption advice names the baseline, and its offer to `exclude` an
archive folder says when that would turn a journey's persona into a CX004 error (tester41's L8, session 38).

The advice listed `cxkit review`, `--exit-zero` and `--statistics`, not `--write-baseline`, the path
docs/adopting.md recommends; the offered `exclude = ["personas/legacy"]`, uncommented, gave 18 CX004
errors because journeys elsewhere named the personas in that folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from baseline_helpers import LEGACY_DAN as DAN
from baseline_helpers import LEGACY_OLA as OLA
from conftest import enter_workspace, run_cli

JOURNEY = """\
kind: journey
id: dan-renews-insurance
name: Dan renews his van insurance
lang: en
persona: {persona}
stages:
  - id: awareness
    name: Reminder
    actions:
      - Reads the renewal e-mail from the insurer on his phone between two jobs
"""

JOURNEY_PL = """\
kind: journey
id: ola-odnawia-polise
name: Ola odnawia polisę
lang: pl
persona: ola-stara
stages:
  - id: awareness
    name: Przypomnienie
    actions:
      - Czyta w aplikacji przypomnienie o końcu polisy, gdy czeka na autobus do pracy
"""


@pytest.fixture
def repo(tmp_path, monkeypatch):
    def make(files: dict[str, str]) -> Path:
        enter_workspace(tmp_path, monkeypatch, today="2026-12-01", files=files)
        Path("cxkit.toml").unlink(missing_ok=True)
        return tmp_path
    return make


@pytest.mark.parametrize(("lang", "files", "heading", "first", "without"), [
    ("en", {"personas/legacy/dan.yaml": DAN, "journeys/dan.yaml": JOURNEY.format(persona="dan-legacy")},
     "To adopt cxkit step by step:\n",
     "  - record today's findings in a baseline on the default branch: `cxkit lint --write-baseline`, "
     "commit .cxkit-baseline.json and set baseline = \".cxkit-baseline.json\" in the config; "
     "`cxkit lint` then fails only on new findings (docs/adopting.md);",
     "  - or, without a baseline, run `cxkit lint --exit-zero` on the default branch"),
    ("pl", {"personas/ola.yaml": OLA, "journeys/ola.yaml": JOURNEY_PL},
     "Jak wdrażać cxkit krok po kroku:\n",
     "  - zapisz dzisiejsze zgłoszenia w pliku bazowym na gałęzi domyślnej: `cxkit lint --write-baseline`, dodaj "
     ".cxkit-baseline.json do repozytorium i ustaw baseline = \".cxkit-baseline.json\" w konfiguracji; wtedy "
     "`cxkit lint` kończy się błędem tylko przy nowych zgłoszeniach (docs/adopting.md);",
     "  - albo, bez pliku bazowego, uruchamiaj na gałęzi domyślnej `cxkit lint --exit-zero`"),
], ids=["english", "polish"])
def test_the_adoption_advice_names_the_baseline_first_s38(repo, lang, files, heading, first, without):
    """Fails before: no step named `--write-baseline`. The Polish advice (590ab4fc) is as the English one: the
    baseline first, --exit-zero the way without one."""
    repo(files)
    result = run_cli("init", ".", "--no-examples", "--lang", lang)
    assert result.exit_code == 0, result.stderr
    tail = result.stdout.split(heading, 1)[1]
    assert tail.splitlines()[0] == first
    assert without in tail
    # What it says works, in either language: the baseline written and named, lint passes.
    assert run_cli("lint", "--write-baseline").exit_code == 0
    Path("cxkit.toml").write_text(Path("cxkit.toml").read_text(encoding="utf-8")
                                  + 'baseline = ".cxkit-baseline.json"\n', encoding="utf-8")
    assert run_cli("lint").exit_code == 0


def test_the_exclude_offer_warns_of_journeys_naming_its_personas_s38(repo):
    """Fails before: the offer said only "uncomment it to leave it unchecked", and uncommented, lint gave CX004."""
    repo({"personas/legacy/dan.yaml": DAN, "journeys/dan.yaml": JOURNEY.format(persona="dan-legacy")})
    result = run_cli("init", ".", "--no-examples", "--lang", "en")
    assert ("uncomment it to leave it unchecked; but journeys/dan.yaml names the persona 'dan-legacy' in it, and left "
            "out it would be a missing persona there (CX004): keep it checked and record its findings with "
            "`cxkit lint --write-baseline` instead)") in result.stdout, result.stdout
    config = Path("cxkit.toml").read_text(encoding="utf-8")
    assert ("# A journey outside it that names a persona in it then gets CX004 (no such persona is checked): keep such\n"
            "# a folder checked and record its findings with `cxkit lint --write-baseline` instead") in config
    # The warning is true: uncommented, the exclude turns the journey's persona into CX004.
    Path("cxkit.toml").write_text(config.replace('# exclude = ["personas/legacy"]', 'exclude = ["personas/legacy"]'),
                                  encoding="utf-8")
    assert "CX004" in run_cli("lint").stdout


def test_no_warning_when_no_journey_names_the_archives_personas_s38(repo):
    """The negative case: the journey names a persona outside the archive."""
    repo({"personas/legacy/dan.yaml": DAN, "personas/rosa.yaml": DAN.replace("dan-legacy", "rosa-now"),
          "journeys/rosa.yaml": JOURNEY.format(persona="rosa-now")})
    result = run_cli("init", ".", "--no-examples", "--lang", "en")
    assert "uncomment it to leave it unchecked)" in result.stdout, result.stdout
    assert "missing persona" not in result.stdout


def test_the_exclude_offer_reads_polish_documents_s38(repo):
    repo({"personas/archiwum/ola.yaml": OLA, "podroze/ola.yaml": JOURNEY_PL})
    result = run_cli("init", ".", "--no-examples", "--lang", "pl")
    assert result.exit_code == 0, result.stderr
    # s39: said in Polish, as the rest of a Polish workspace's account (it was English whole before).
    assert ("; ale podroze/ola.yaml wskazuje personę „ola-stara” z tego folderu: po wyłączeniu go ze sprawdzania byłaby "
            "to brakująca persona (CX004); nie wyłączaj go więc, a jego zgłoszenia zapisz poleceniem "
            "`cxkit lint --write-baseline`)") in result.stdout, result.stdout
