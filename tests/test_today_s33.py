"""`--today YYYY-MM-DD` and SOURCE_DATE_EPOCH pin the date the date rules compare with (session 33).

A research-ops lead reran a pipeline a month later on the same commit and got six more findings:
documents age.  The only pin was the CXKIT_TODAY variable, documented on rule pages only, and the
reproducible-builds convention (SOURCE_DATE_EPOCH) was silently ignored.  Precedence: the option,
then CXKIT_TODAY, then SOURCE_DATE_EPOCH (its UTC date), then the system clock; --show-settings
says which is in force.
"""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from conftest import enter_workspace, run_cli

#: Reviewed 2025-03-01: fresh in June 2025, stale (over 12 months) in June 2026.
OLA = """\
kind: persona
id: ola-klientka
name: Ola Nowak
lang: pl
summary: Klientka, która co roku w marcu odnawia polisę OC samochodu przez aplikację ubezpieczyciela.
goals:
  - Odnowić polisę w pięć minut, bez dzwonienia na infolinię
pain_points:
  - Formularz w aplikacji gubi dane pojazdu po powrocie z ekranu płatności
reviewed: 2025-03-01
"""

FRESH, STALE = "2025-06-01", "2026-06-01"


def epoch(day: str) -> str:
    """SOURCE_DATE_EPOCH for noon UTC of ``day``."""
    moment = dt.datetime.fromisoformat(day).replace(hour=12, tzinfo=dt.timezone.utc)
    return str(int(moment.timestamp()))


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    root = tmp_path / "ws"
    root.mkdir()
    enter_workspace(root, monkeypatch, config='lang = "pl"\n', files={"persona.yaml": OLA})
    monkeypatch.delenv("CXKIT_TODAY", raising=False)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return root


def stale(*args: str) -> bool:
    result = run_cli("lint", "-f", "json", *args)
    assert result.exception is None and result.exit_code == 1, result.stdout + result.stderr
    return any(f["rule"] == "stale-review" for f in json.loads(result.stdout))


def test_the_option_pins_today_and_wins_over_the_variables(workspace, monkeypatch):
    assert not stale("--no-cache", "--today", FRESH)
    assert stale("--no-cache", "--today", STALE)
    monkeypatch.setenv("CXKIT_TODAY", STALE)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch(STALE))
    assert not stale("--no-cache", "--today", FRESH)
    assert "_CXKIT_TODAY_OPTION" not in os.environ  # the option's pin ends with the command


def test_source_date_epoch_pins_today_when_nothing_stronger_does(workspace, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch(STALE))
    assert stale("--no-cache")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch(FRESH))
    assert not stale("--no-cache")
    monkeypatch.setenv("CXKIT_TODAY", STALE)  # the variable cxkit names wins over the general one
    assert stale("--no-cache")


def test_the_cached_results_follow_the_pinned_day(workspace):
    assert not stale("--today", FRESH)
    assert stale("--today", STALE)  # a warm cache must not serve June 2025's answer
    assert not stale("--today", FRESH)
    assert stale("--today", STALE)


@pytest.mark.parametrize(("option", "variable", "named"), [
    (["--today", "2026-02-30"], None, "--today: '2026-02-30' is not a date"),
    (["--today", "20260201"], None, "--today: '20260201' is not a date"),
    ([], ("SOURCE_DATE_EPOCH", "yesterday"), "SOURCE_DATE_EPOCH='yesterday' is not a number of seconds"),
    ([], ("SOURCE_DATE_EPOCH", "-5"), "SOURCE_DATE_EPOCH='-5' is not a number of seconds"),
])
def test_a_bad_pin_is_a_usage_error_that_names_it(workspace, monkeypatch, option, variable, named):
    if variable:
        monkeypatch.setenv(*variable)
    result = run_cli("lint", *option)
    assert result.exception is None
    assert result.exit_code == 2
    assert named in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize(("option", "env", "line", "source"), [
    (["--today", "2026-01-15"], {"CXKIT_TODAY": "2026-12-06"}, "today: 2026-01-15 (from --today)", "--today"),
    ([], {"CXKIT_TODAY": "2026-12-06", "SOURCE_DATE_EPOCH": epoch("2025-07-10")},
     "today: 2026-12-06 (from CXKIT_TODAY)", "CXKIT_TODAY"),
    ([], {"SOURCE_DATE_EPOCH": epoch("2025-07-10")}, "today: 2025-07-10 (from SOURCE_DATE_EPOCH)", "SOURCE_DATE_EPOCH"),
])
def test_show_settings_says_which_pin_is_in_force(workspace, monkeypatch, option, env, line, source):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    text = run_cli("lint", "--show-settings", *option)
    assert text.exit_code == 0 and f"\n  {line}\n" in text.stdout
    data = run_cli("lint", "--show-settings", "-f", "json", *option)
    entry = json.loads(data.stdout)[0]
    assert (entry["today"], entry["today-from"]) == (line.split()[1], source)


def test_show_settings_without_a_pin_names_the_system_clock(workspace):
    entry = json.loads(run_cli("lint", "--show-settings", "-f", "json").stdout)[0]
    assert entry["today-from"] is None and entry["today"] == dt.date.today().isoformat()
    assert f"  today: {entry['today']} (the system clock)" in run_cli("lint", "--show-settings").stdout


def test_review_and_init_take_the_option(workspace):
    for command in (["review", "--help"], ["init", "--help"]):
        assert "--today" in run_cli(*command).stdout
    result = run_cli("review", "--today", "2026-02-30", "HEAD")
    assert result.exit_code == 2 and "--today: '2026-02-30' is not a date" in result.stderr
