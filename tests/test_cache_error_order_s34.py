"""With two things wrong, `cxkit lint` names the same one whether the lint cache is used or not (session 34
review of 11d288b, which moved the cache's folder scan before the code fingerprint, whose first step checks
CXKIT_TODAY)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from conftest import enter_workspace
from cxkit.cli import app

PERSONA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
summary: Biegaczka z Krakowa, która co pół roku kupuje nowe buty do biegania po górach.
goals:
  - Przebiec Bieg Rzeźnika w 2027 roku poniżej 14 godzin
"""


@pytest.mark.parametrize("day", ["wczoraj", "2026-02-30"])
@pytest.mark.parametrize("named", ["personas/brak.yaml", "nie-ma-folderu"])
def test_a_bad_cxkit_today_and_a_path_that_is_not_there_give_one_message_cached_or_not(tmp_path, monkeypatch, day, named):
    """Fails before: with the cache the path's error came first (the scan ran before the date was read),
    with --no-cache the date's."""
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-01",
                    files={"personas/ola.yaml": PERSONA})
    monkeypatch.setenv("CXKIT_TODAY", day)
    cold = CliRunner().invoke(app, ["lint", "--no-cache", named])
    warm = CliRunner().invoke(app, ["lint", named])
    assert (warm.exit_code, warm.stderr) == (cold.exit_code, cold.stderr) == (2, cold.stderr)
    assert cold.stderr.startswith(f"cxkit: CXKIT_TODAY={day!r} is not a date")
