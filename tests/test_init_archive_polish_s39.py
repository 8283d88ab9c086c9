"""`cxkit init --lang pl` over a legacy repository with an archive folder (`archiwum/`, `stare/`) said its whole
account in English (`created  cxkit.toml …`, `skipped  personas/ …`), because the line offering to `exclude` the
archive had no Polish form, and init says an account whole in one language, never half translated (session 39,
review101). The offer is now Polish too, in each of its forms; English stays as it was.
"""

from __future__ import annotations

import pytest

from baseline_helpers import LEGACY_DAN as DAN
from baseline_helpers import LEGACY_OLA as OLA
from conftest import enter_workspace, run_cli

JOURNEY_PL = """\
kind: journey
id: ola-odnawia-polise
name: Ola odnawia polisę
lang: pl
persona: ola-stara
stages:
  - id: przypomnienie
    name: Przypomnienie
    actions:
      - Czyta w aplikacji przypomnienie o końcu polisy, gdy czeka na autobus do pracy
"""


def _init(tmp_path, monkeypatch, files: dict[str, str], *args: str) -> str:
    enter_workspace(tmp_path, monkeypatch, today="2026-12-01", files=files)
    result = run_cli("init", ".", "--no-examples", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout.split("\n\n", 1)[0]  # the account of the steps


def test_two_archives_and_a_journey_naming_a_persona_in_them_in_polish_s39(tmp_path, monkeypatch) -> None:
    account = _init(tmp_path, monkeypatch, {"personas/archiwum/ola.yaml": OLA,
                                            "personas/stare/ewa.yaml": OLA.replace("ola-stara", "ewa"),
                                            "personas/jan.yaml": OLA.replace("ola-stara", "jan"),
                                            "podroze/ola.yaml": JOURNEY_PL}, "--lang", "pl")
    assert ("zaproponowano  personas/archiwum/, personas/stare/ (wyglądają na archiwa starych dokumentów, a `cxkit lint` "
            "tu je sprawdza; w cxkit.toml jest zakomentowane `exclude = [\"personas/archiwum\", \"personas/stare\"]`: "
            "odkomentuj je, by ich nie sprawdzać; "
            "ale podroze/ola.yaml wskazuje personę „ola-stara” z tych folderów: po wyłączeniu ich ze sprawdzania "
            "byłaby to brakująca persona (CX004); nie wyłączaj ich więc, a ich zgłoszenia zapisz poleceniem "
            "`cxkit lint --write-baseline`)\n") in account, account
    # The whole account in Polish: no English action word is left.
    actions = [line.split()[0] for line in account.splitlines()]
    assert set(actions) <= {"utworzono", "pominięto", "zaproponowano"}, account
    assert "utworzono" in actions, account


def test_an_archive_beside_a_pyproject_in_polish_s39(tmp_path, monkeypatch) -> None:
    account = _init(tmp_path, monkeypatch, {"pyproject.toml": "[project]\nname = \"polisy\"\n",
                                            "personas/archiwum/ola.yaml": OLA}, "--lang", "pl")
    assert ("zaproponowano  personas/archiwum/ (wygląda na archiwum starych dokumentów, a `cxkit lint` tu go sprawdza; "
            "w pyproject.toml jest zakomentowane `exclude = [\"personas/archiwum\"]`: odkomentuj je, by go nie "
            "sprawdzać)\n") in account, account
    assert account.startswith("dopisano  "), account


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_the_english_offer_is_unchanged_s39(tmp_path, monkeypatch, lang: str) -> None:
    """The English twin, byte for byte as before; the config already there says which language the account takes."""
    account = _init(tmp_path, monkeypatch, {"cxkit.toml": f'lang = "{lang}"\n', "archive/dan.yaml": DAN,
                                            "old/rosa.yaml": DAN.replace("dan-legacy", "rosa-old"),
                                            "personas/sam.yaml": DAN.replace("dan-legacy", "sam-now")})
    if lang == "en":
        assert ("offered  archive/, old/ (look like an archive of old documents, and `cxkit lint` here checks them; to "
                "leave them unchecked, add \"archive\", \"old\" to `exclude` in cxkit.toml (init never rewrites a "
                "config))\n") in account, account
    else:
        assert ("zaproponowano  archive/, old/ (wyglądają na archiwa starych dokumentów, a `cxkit lint` tu je "
                "sprawdza; by ich nie sprawdzać, dodaj \"archive\", \"old\" do `exclude` w cxkit.toml (init nigdy nie "
                "zmienia istniejącej konfiguracji))\n") in account, account
