"""With `schema` ignored, a `reviewed` written as YYYY-MM-DD but naming no day (`2023-02-30`) is not told
to be written as YYYY-MM-DD, which it already is: the finding says the day is not in the calendar."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

PERSONA = """\
kind: persona
id: ola-klientka
name: Ola Klientka
reviewed: {reviewed}
summary: Odnawia polisę OC co roku w marcu, porównując oferty w internecie.
goals:
  - Odnowić polisę OC w pięć minut, bez dzwonienia na infolinię
"""


def _cx304(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reviewed: str) -> list[str]:
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n',
                    files={"personas/ola.yaml": PERSONA.format(reviewed=reviewed)})
    result = run_cli("lint", "--no-cache", "--ignore", "schema", ".")
    assert result.exception is None and result.exit_code == 1, result.stdout + result.stderr
    return [line for line in result.stdout.splitlines() if "CX304" in line]


@pytest.mark.parametrize("reviewed", ["2023-02-30", "2024-13-01"])
def test_a_date_that_names_no_day_is_said_to_be_no_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        reviewed: str) -> None:
    assert _cx304(tmp_path, monkeypatch, reviewed) == [  # the workspace's `lang` is "pl": in Polish
        f"personas/ola.yaml:4:11: info CX304 `reviewed` nie jest dniem z kalendarza ('{reviewed}'); wpisz dzień, "
        "w którym ostatnio zweryfikowano ten dokument z wynikami badań [missing-review-date]"]


def test_a_date_in_another_form_is_still_asked_for_as_yyyy_mm_dd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _cx304(tmp_path, monkeypatch, "14.03.2024") == [
        "personas/ola.yaml:4:11: info CX304 nie da się odczytać `reviewed` ('14.03.2024'); wpisz datę jako RRRR-MM-DD: "
        "dzień, w którym ostatnio zweryfikowano ten dokument z wynikami badań [missing-review-date]"]
