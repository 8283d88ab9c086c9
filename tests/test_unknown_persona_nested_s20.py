"""unknown-persona (CX004) names a persona that sits in a workspace of its own below (review2 R2-9).

A team that puts a `cxkit.toml` in `personas/legacy/` to tune a rule there makes that folder
another workspace: a journey about a legacy persona is reported.  The finding says where the
persona is and why it does not count, instead of "no personas were found in the workspace".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

ANNA = """\
kind: persona
id: anna
name: Anna Kowalska
lang: pl
demographics:
  age: 41
  location: Poznań, Winogrady
behaviours:
  - Co drugi piątek zamawia 2 worki żwirku Benek przez aplikację, płaci BLIK-iem
reviewed: 2026-11-20
"""

JOURNEY = """\
kind: journey
id: anna-zamawia-zwirek
name: Anna zamawia żwirek
lang: pl
persona: {persona}
reviewed: 2026-11-20
stages:
  - id: purchase
    name: Zamówienie
    touchpoints:
      - channel: app
        description: Koszyk w aplikacji; płatność BLIK
    emotion: 1
  - id: loyalty
    name: Lojalność
    touchpoints:
      - channel: email
        description: Przypomnienie „Kończy się żwirek?” po 2 tygodniach
    emotion: 2
"""

MESSAGE = (
    "persona „anna” nie istnieje w obszarze roboczym; „anna” jest w pliku {at}personas/legacy/anna.yaml, który "
    "należy do innego obszaru roboczego ({at}personas/legacy/cxkit.toml): ścieżka widzi tylko persony własnego obszaru "
    "roboczego; przenieś plik do tego obszaru albo usuń {at}personas/legacy/cxkit.toml, jeśli jego folder należy do "
    "tego obszaru"
)


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def zoo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "up" / "zoo"
    _write(root, "cxkit.toml", 'lang = "pl"\n')
    _write(root, "personas/legacy/cxkit.toml", 'lang = "pl"\n[rules.stale-review]\nmax-age-months = 60\n')
    _write(root, "personas/legacy/anna.yaml", ANNA)
    _write(root, "journeys/anna-zamawia.yaml", JOURNEY.format(persona="anna"))
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.chdir(root)
    return root


def cx004(*args: str) -> list[dict]:
    result = run_cli("lint", "--select", "unknown-persona", "-f", "json", *args)
    assert result.exception is None, repr(result.exception)
    assert result.exit_code in (0, 1), result.stderr
    return [f for f in json.loads(result.stdout) if f["code"] == "CX004"]


@pytest.mark.parametrize("cache", [(), ("--no-cache",)], ids=["cache", "no-cache"])
def test_the_persona_in_a_nested_workspace_is_named_with_its_config(zoo, cache):
    for _ in range(2):  # cold, then warm
        found = cx004(*cache)
        assert [(f["path"], f["line"], f["column"], f["message"]) for f in found] == [
            ("journeys/anna-zamawia.yaml", 5, 10, MESSAGE.format(at=""))]


def test_named_from_a_subfolder_and_from_the_top(zoo, monkeypatch):
    monkeypatch.chdir(zoo / "journeys")
    assert [f["message"] for f in cx004("anna-zamawia.yaml")] == [MESSAGE.format(at="../")]
    monkeypatch.chdir(zoo.parent)
    assert [(f["path"], f["message"]) for f in cx004()] == [("zoo/journeys/anna-zamawia.yaml", MESSAGE.format(at="zoo/"))]


def test_a_warm_run_follows_the_persona_leaving_the_nested_workspace(zoo):
    assert cx004()[0]["message"] == MESSAGE.format(at="")
    (zoo / "personas" / "legacy" / "anna.yaml").rename(zoo / "anna.bak")
    assert cx004()[0]["message"] == (
        "persona „anna” nie istnieje w obszarze roboczym; w obszarze roboczym nie znaleziono żadnej persony")
    (zoo / "anna.bak").rename(zoo / "personas" / "legacy" / "anna.yaml")
    assert cx004()[0]["message"] == MESSAGE.format(at="")


def test_a_persona_in_another_client_is_named_from_the_agency_top(tmp_path, monkeypatch):
    root = tmp_path / "agencja"
    _write(root, "zoo/cxkit.toml", 'lang = "pl"\n')
    _write(root, "zoo/personas/anna.yaml", ANNA)
    _write(root, "browar/pyproject.toml", '[project]\nname = "browar"\n\n[tool.cxkit]\nlang = "pl"\n')
    _write(root, "browar/personas/anna.yaml", ANNA)
    _write(root, "journeys/anna-zamawia.yaml", JOURNEY.format(persona="anna"))
    monkeypatch.chdir(root)
    assert [f["message"] for f in cx004()] == [
        "persona 'anna' does not exist in the workspace; 'anna' is in browar/personas/anna.yaml (and 1 more file), which "
        "belongs to another workspace (browar/pyproject.toml): a journey sees only its own workspace's personas; move "
        "the file into this workspace, or remove browar/pyproject.toml if its folder belongs to this one"]


def test_without_a_nested_workspace_the_message_is_as_before(zoo):
    (zoo / "personas" / "legacy" / "cxkit.toml").unlink()
    (zoo / "journeys" / "anna-zamawia.yaml").write_text(JOURNEY.format(persona="ania"), encoding="utf-8")
    assert [f["message"] for f in cx004("--no-cache")] == [
        "persona „ania” nie istnieje w obszarze roboczym; czy chodziło o „anna” (Anna Kowalska)?"]


def test_with_one_config_named_the_nested_folder_is_part_of_the_run(zoo):
    assert cx004("--no-cache", "--config", "cxkit.toml") == []


def test_nothing_is_walked_when_no_persona_is_missing(zoo, monkeypatch):
    from cxkit.workspace import ExcludedFiles

    def refuse(self):  # the lookup costs a walk: only a CX004 about to be reported may ask for it
        raise AssertionError("walked the other workspaces without a missing persona")

    monkeypatch.setattr(ExcludedFiles, "_walk_others", refuse)
    _write(zoo, "personas/anna.yaml", ANNA.replace("Winogrady", "Rataje"))
    (zoo / "personas" / "legacy" / "anna.yaml").unlink()
    assert cx004("--no-cache") == []
