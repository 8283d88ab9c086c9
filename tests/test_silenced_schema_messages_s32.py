"""With `schema` ignored (a team adopting cxkit on legacy documents), the findings that remain say
what is really wrong: a `reviewed` date the schema could not read is no missing date (CX304), and the
note that the other rules did not run (CX005) names the error that blocks them, such as `etapy:`
standing for the required `stages`, not the first error of the file (a bad date, which can be left out).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

JOURNEY = """\
kind: journey
id: odnowienie-oc
name: Odnowienie polisy OC
persona: ola-klientka
reviewed: 2023-10
etapy:
  - id: przypomnienie
    name: Przypomnienie o końcu polisy
"""

PERSONA = """\
kind: persona
id: ola-klientka
name: Ola Klientka
reviewed: 14.03.2024
summary: Odnawia polisę OC co roku w marcu, porównując oferty w internecie.
goals:
  - Odnowić polisę OC w pięć minut, bez dzwonienia na infolinię
"""


def _findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> dict[str, str]:
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', files=files)
    result = run_cli("lint", "--no-cache", "--ignore", "schema", "--format", "json", ".")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return {f"{f['path']}:{f['line']}:{f['code']}": f["message"] for f in result.findings}


def test_a_date_the_schema_could_not_read_is_shown_not_called_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _findings(tmp_path, monkeypatch, {"personas/ola.yaml": PERSONA})
    # The workspace's `lang` is "pl": the finding is in Polish.
    assert found["personas/ola.yaml:4:CX304"] == ("nie da się odczytać `reviewed` ('14.03.2024'); wpisz datę jako "
                                                  "RRRR-MM-DD: dzień, w którym ostatnio zweryfikowano ten dokument z "
                                                  "wynikami badań")


def test_the_note_names_the_key_that_stands_for_a_required_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _findings(tmp_path, monkeypatch, {"journeys/odnowienie.yaml": JOURNEY, "personas/ola.yaml": PERSONA})
    note = found["journeys/odnowienie.yaml:6:CX005"]
    # A Polish workspace: the note (a CX005 finding) is Polish too (session 36).
    assert note.startswith("`schema` jest wyłączona w tym uruchomieniu (`ignore`, `--ignore` albo `enabled = false`), ale "
                           "przez ten błąd schematu (nieznane pole `etapy`; czy chodziło o `stages`?")
    assert "zastępuje `stages`, które musi mieć ścieżka) pozostałe reguły nie mają poprawnego dokumentu" in note
    assert "x-" not in note  # `etapy` is to be renamed, not kept as the team's own data
    assert not any(k.startswith("journeys/odnowienie.yaml:5:") for k in found)  # not the date, which can be left out


def test_guard_no_reviewed_key_is_still_a_missing_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _findings(tmp_path, monkeypatch, {"personas/ola.yaml": PERSONA.replace("reviewed: 14.03.2024\n", "")})
    assert found["personas/ola.yaml:2:CX304"] == ("brak daty `reviewed`; dodaj datę, kiedy ostatnio zweryfikowano ten "
                                                  "dokument z wynikami badań")


def test_guard_an_own_key_beside_a_missing_name_keeps_the_x_advice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = PERSONA.replace("name: Ola Klientka\n", "").replace("reviewed: 14.03.2024\n", "segment_crm: B2C-12\n")
    found = _findings(tmp_path, monkeypatch, {"personas/ola.yaml": text})
    note = next(m for k, m in found.items() if k.endswith(":CX005"))
    assert "`name`" in note and note.endswith("(własne dane trzymaj pod kluczami zaczynającymi się od `x-`)")
