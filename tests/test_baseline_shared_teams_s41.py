"""A baseline shared by three teams' workspaces: no team's finding is matched with another team's entry (session 41).

`shared.toml` at a repository's top names `baselines/cx.json`; three teams' cxkit.toml extend it.  Each team's
personas were made from the same template, so their findings look alike: every team has a missing-negative-persona
finding (matched on any document, as it moves between a workspace's personas), and two teams have a persona of
the same id (matched by id, as a file renamed).  A team's `--write-baseline` took the entry another team had
recorded for such a finding as its own and dropped it, so that team's next run failed on what it had recorded;
a team's plain run hid its own new finding behind the other team's entry.  An entry is now matched only with a
finding in the same workspace.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

TEMPLATE = {
    "pl": "kind: persona\nid: {id}\nname: {name}\nlang: pl\ngoals:\n  - text: Chce czegoś lepszego\n",
    "en": "kind: persona\nid: {id}\nname: {name}\nlang: en\ngoals:\n  - text: Wants something better\n",
}
#: (folder, language, persona id): the last two teams' personas share their id.
TEAMS = (("marketing/cx", "en", "dan-owner"), ("sales/pl", "pl", "ola-biegaczka"), ("serwis/pl", "pl", "ola-biegaczka"))


@pytest.fixture
def repo(tmp_path, monkeypatch):
    files = {"shared.toml": 'baseline = "baselines/cx.json"\n'}
    for folder, lang, ident in TEAMS:
        files[f"{folder}/cxkit.toml"] = f'extend = "../../shared.toml"\nlang = "{lang}"\n'
        files[f"{folder}/personas/p.yaml"] = TEMPLATE[lang].format(id=ident, name=ident.split("-")[0].title())
    enter_workspace(tmp_path, monkeypatch, today="2026-12-01", files=files)
    (tmp_path / "baselines").mkdir()
    return tmp_path


def _rules_by_team(top: Path) -> dict[str, list[str]]:
    rows = json.loads((top / "baselines" / "cx.json").read_text(encoding="utf-8"))["findings"]
    out: dict[str, list[str]] = {}
    for row in rows:
        out.setdefault(row["path"].rsplit("/personas/", 1)[0], []).append(row["rule"])
    return {team: sorted(rules) for team, rules in sorted(out.items())}


def _lint(top: Path, folder: str, monkeypatch, *args: str):
    monkeypatch.chdir(top / folder)
    result = run_cli("lint", *args)
    monkeypatch.chdir(top)
    return result


def test_a_team_writing_after_another_keeps_the_other_teams_entries_s41(repo, monkeypatch):
    assert _lint(repo, "marketing/cx", monkeypatch, "--write-baseline").exit_code == 0
    first = _rules_by_team(repo)
    assert "missing-negative-persona" in first["marketing/cx"]
    # The Polish teams have never recorded theirs: a shrinking write adds none of them, and takes none of Dan's.
    for folder in ("sales/pl", "serwis/pl"):
        result = _lint(repo, folder, monkeypatch, "--write-baseline")
        assert result.exit_code == 0, result.stderr
        assert "nie zapisano 4 nowych zgłoszeń" in result.stderr
    assert _rules_by_team(repo) == first
    assert _lint(repo, "marketing/cx", monkeypatch).exit_code == 0


def test_each_team_records_its_own_and_all_three_stay_clean_s41(repo, monkeypatch):
    for folder, _lang, _id in TEAMS:
        assert _lint(repo, folder, monkeypatch, "--write-baseline", "--no-baseline").exit_code == 0
    entries = _rules_by_team(repo)
    assert list(entries) == ["marketing/cx", "sales/pl", "serwis/pl"]
    assert entries["sales/pl"] == entries["serwis/pl"] and "missing-negative-persona" in entries["sales/pl"]
    # A shrinking write by each team in turn keeps every team's entries.
    for folder, _lang, _id in TEAMS:
        assert _lint(repo, folder, monkeypatch, "--write-baseline").exit_code == 0
    assert _rules_by_team(repo) == entries
    for folder, _lang, _id in TEAMS:
        assert _lint(repo, folder, monkeypatch).exit_code == 0, folder


@pytest.mark.parametrize(("folder", "said"), [
    ("serwis/pl", "CX201 obszar roboczy ma 1 personę, ale ani jednej persony negatywnej"),
    ("marketing/cx", "CX201 the workspace has 1 persona but no negative persona"),
])
def test_a_team_that_recorded_nothing_is_not_hidden_by_another_teams_entries_s41(repo, monkeypatch, folder, said):
    other = "sales/pl" if folder != "sales/pl" else "marketing/cx"
    assert _lint(repo, other, monkeypatch, "--write-baseline", "--no-baseline").exit_code == 0
    result = _lint(repo, folder, monkeypatch)
    assert result.exit_code == 1
    assert said in result.stdout
    assert "CX304" in result.stdout  # the same-id persona's own findings are shown too, not matched by its id
