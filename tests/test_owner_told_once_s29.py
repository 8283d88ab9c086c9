"""One problem, one finding; one way to name a place (session 29).

- An opportunity's owner that names nobody (`???`, `TBD`, `DO ZROBIENIA`) is told by unowned-opportunity
  (CX403) alone while that rule is in force for the owner; the placeholder rule (CX501) reports it when
  CX403 is off there: not selected, in per-file-ignores, silenced by a `# cxkit: disable` comment.
  Cached runs and worker processes give the same answer.
- The placeholder rule names a list item as schema messages do: by its id, else counted from 1
  (`opportunities[1st]`), never from 0.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_cli

JOURNEY = """\
kind: journey
id: kasia-kupuje-sofe
name: Kasia kupuje sofę
persona: kasia-urzadza-mieszkanie
lang: pl
stages:
  - id: rozwazanie
    name: Rozważanie
    touchpoints: [sklep internetowy]
    emotion: -1
    doing: Mierzy klatkę schodową i porównuje wymiary sof
    opportunities:
      - action: Dodać kalkulator wymiarów klatki schodowej do karty produktu
        owner: {owner}
        due: 2030-06-30
      - action: TODO opisać zmianę po warsztacie
        owner: Zespół e-commerce
        due: 2030-06-30
"""

OWNER_LINE = 14
OWNER_COLUMN = 16
ACTION_2 = (16, 17)


def write(root: Path, files: dict[str, str], config: str = 'lang = "pl"\n') -> None:
    (root / "cxkit.toml").write_text(config, encoding="utf-8")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def lint(*args: str, select: str = "CX403,CX501,unused-suppression") -> list[tuple[str, int, int, str]]:
    result = run_cli("lint", "--format", "json", "--select", select, *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return [(f["code"], f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)]


def places(found: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int]]:
    return [(code, line, column) for code, line, column, _ in found]


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- the pair told once -----------------------------------------------------------------------

@pytest.mark.parametrize("owner", ['"???"', "TBD", '"DO ZROBIENIA"', '"-"'])
def test_an_owner_naming_nobody_is_told_once_by_unowned_opportunity(workspace, owner):
    """Fails before: CX403 and CX501 both at 14:16."""
    write(workspace, {"journeys/sofa.yaml": JOURNEY.format(owner=owner)})
    found = lint("--no-cache")
    assert places(found) == [("CX403", OWNER_LINE, OWNER_COLUMN), ("CX501", *ACTION_2)]
    assert "nie wskazuje nikogo" in found[0][3]  # "names nobody": the workspace's `lang` is "pl"


def test_a_placeholder_owner_that_names_somebody_is_still_the_placeholders(workspace):
    """Guard: "[zespół]" is no owner naming nobody to CX403, so CX501 reports it."""
    write(workspace, {"journeys/sofa.yaml": JOURNEY.format(owner='"[zespół]"')})
    assert places(lint("--no-cache")) == [("CX501", OWNER_LINE, OWNER_COLUMN), ("CX501", *ACTION_2)]


# --- CX403 off for the owner: CX501 reports it -------------------------------------------------

PLACEHOLDER_AT_OWNER = ("CX501", OWNER_LINE, OWNER_COLUMN)


def test_with_unowned_opportunity_ignored_the_placeholder_reports_the_owner(workspace):
    """Fails before only by the name of the place ('opportunities[0]'); the owner is reported when CX403
    is off for the run, as it was."""
    write(workspace, {"journeys/sofa.yaml": JOURNEY.format(owner='"???"')})
    found = lint("--no-cache", "--ignore", "CX403")
    assert places(found) == [PLACEHOLDER_AT_OWNER, ("CX501", *ACTION_2)]
    # The workspace's `lang` is "pl": the finding is in Polish.
    assert found[0][3] == ("niewypełniony szablon „???” w `stages[rozwazanie].opportunities[nr 1].owner`; "
                           "uzupełnij go na podstawie badań albo usuń")


def test_with_unowned_opportunity_in_per_file_ignores_the_placeholder_reports_the_owner(workspace):
    config = 'lang = "pl"\n[per-file-ignores]\n"journeys/szkice/*" = ["unowned-opportunity"]\n'
    write(workspace, {"journeys/szkice/sofa.yaml": JOURNEY.format(owner='"???"'),
                      "journeys/sofa.yaml": JOURNEY.format(owner='"???"')}, config)
    found = [f[:4] for f in _with_paths(lint_paths("--no-cache"))]
    assert found == [
        ("journeys/sofa.yaml", "CX403", OWNER_LINE, OWNER_COLUMN),
        ("journeys/sofa.yaml", "CX501", *ACTION_2),
        ("journeys/szkice/sofa.yaml", "CX501", OWNER_LINE, OWNER_COLUMN),
        ("journeys/szkice/sofa.yaml", "CX501", *ACTION_2),
    ]


@pytest.mark.parametrize("comment", ["  # cxkit: disable=CX403", "  # cxkit: disable=unowned-opportunity,CX007",
                                     "  # cxkit: disable=all"])
def test_with_unowned_opportunity_silenced_on_the_line_the_placeholder_reports_the_owner(workspace, comment):
    """Guard (passes before too): CX403's finding is silenced and CX501 stands at the owner; with
    `all` both are silenced, and the comment is used (no stale-comment report)."""
    text = JOURNEY.format(owner='"???"' + comment)
    write(workspace, {"journeys/sofa.yaml": text})
    expected = [("CX501", *ACTION_2)] if "all" in comment else [PLACEHOLDER_AT_OWNER, ("CX501", *ACTION_2)]
    assert places(lint("--no-cache")) == expected


def test_with_unowned_opportunity_disabled_for_the_file_the_placeholder_reports_the_owner(workspace):
    """Guard (passes before too)."""
    text = "# cxkit: disable-file=unowned-opportunity -- właściciele po warsztacie\n" + JOURNEY.format(owner='"???"')
    write(workspace, {"journeys/sofa.yaml": text})
    assert places(lint("--no-cache")) == [("CX501", OWNER_LINE + 1, OWNER_COLUMN), ("CX501", ACTION_2[0] + 1, ACTION_2[1])]


def test_a_comment_silencing_the_placeholder_on_the_owner_is_not_made_stale(workspace):
    """Guard: `disable=placeholder` written to keep CX403 alone still silences CX501 there and is
    not reported as unused."""
    text = JOURNEY.format(owner='"???"  # cxkit: disable=placeholder -- ustalimy po warsztacie')
    write(workspace, {"journeys/sofa.yaml": text})
    assert places(lint("--no-cache")) == [("CX403", OWNER_LINE, OWNER_COLUMN), ("CX501", *ACTION_2)]


# --- the cache and worker processes give the same answer -----------------------------------------

def test_the_cache_answers_as_a_fresh_run_when_unowned_opportunity_is_turned_off_and_on(workspace):
    """Fails before: the first answer is (CX403, CX501) at the owner."""
    write(workspace, {"journeys/sofa.yaml": JOURNEY.format(owner='"???"')})
    on = [("CX403", OWNER_LINE, OWNER_COLUMN), ("CX501", *ACTION_2)]
    off = [PLACEHOLDER_AT_OWNER, ("CX501", *ACTION_2)]
    assert places(lint()) == on
    assert places(lint()) == on  # from the cache
    (workspace / "cxkit.toml").write_text('lang = "pl"\n[per-file-ignores]\n"journeys/*" = ["CX403"]\n', encoding="utf-8")
    assert places(lint()) == off
    assert places(lint()) == off  # from the cache
    (workspace / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    assert places(lint()) == on
    assert places(lint("--ignore", "CX403")) == off
    assert places(lint()) == on


def test_worker_processes_give_the_same_answer(workspace):
    """Fails before: every `???` owner had both findings. 60 journeys, so that lint does start workers."""
    files = {}
    for n in range(60):
        folder = "szkice" if n % 3 == 0 else "gotowe"
        files[f"journeys/{folder}/sofa-{n:02}.yaml"] = JOURNEY.format(owner='"???"').replace(
            "id: kasia-kupuje-sofe", f"id: kasia-kupuje-sofe-{n:02}")
    config = 'lang = "pl"\n[per-file-ignores]\n"journeys/szkice/*" = ["unowned-opportunity"]\n'
    write(workspace, files, config)
    cmd = [sys.executable, "-m", "cxkit", "lint", "--no-cache", "--format", "json", "--select", "CX403,CX501"]
    runs = []
    for jobs in ("1", "2"):
        done = subprocess.run([*cmd, "--jobs", jobs], capture_output=True, text=True, cwd=workspace, timeout=300)
        assert done.returncode == 1, done.stderr
        runs.append(json.loads(done.stdout))
    assert runs[0] == runs[1]
    at_owner = {(f["path"].split("/")[1], f["code"]) for f in runs[0] if f["line"] == OWNER_LINE}
    assert at_owner == {("szkice", "CX501"), ("gotowe", "CX403")}
    assert len([f for f in runs[0] if f["line"] == OWNER_LINE]) == 60


# --- CX501 names places as schema messages do -----------------------------------------------------

def test_one_run_names_list_items_one_way(workspace):
    """Fails before: CX501 wrote 'stages[rozwazanie].opportunities[1].action' (from 0) beside the
    schema's 'stages[rozwazanie].opportunities[1st].due'. Line:col are what they were."""
    broken = JOURNEY.format(owner="Zespół e-commerce").replace("due: 2030-06-30\n      - action: TODO",
                                                             "due: Q1 2031\n      - action: TODO")
    write(workspace, {"journeys/sofa.yaml": JOURNEY.format(owner="Zespół e-commerce"),
                      "journeys/zepsuta.yaml": broken.replace("id: kasia-kupuje-sofe", "id: kasia-zepsuta")})
    found = _with_paths(lint_paths("--no-cache", select="CX002,CX501"))
    assert [f[:4] for f in found] == [("journeys/sofa.yaml", "CX501", *ACTION_2),
                                      ("journeys/zepsuta.yaml", "CX002", 15, 14),
                                      # the rest of a document with a schema error is read too (session 35)
                                      ("journeys/zepsuta.yaml", "CX501", *ACTION_2)]
    assert "w `stages[rozwazanie].opportunities[nr 2].action`" in found[0][4]  # in Polish: `lang = "pl"`
    # The schema's Polish twin (session 36) names the key in backquotes, counted from one as CX501 counts.
    assert found[1][4].startswith("`stages[rozwazanie].opportunities[nr 1].due`: oczekiwano daty")


def test_a_persona_list_item_is_counted_from_one(workspace):
    """Fails before: 'goals[1]' for the second goal."""
    persona = """\
kind: persona
id: kasia-urzadza-mieszkanie
name: Kasia Wrona
lang: pl
summary: Urządza pierwsze mieszkanie w Krakowie i kupuje meble przez internet po długim porównywaniu.
goals:
  - Kupić sofę, która zmieści się na klatce schodowej
  - Do uzupełnienia po wywiadach
"""
    write(workspace, {"personas/kasia.yaml": persona})
    found = lint("--no-cache", select="CX501")
    assert places(found) == [("CX501", 8, 5)]
    assert found[0][3] == ("niewypełniony szablon „Do uzupełnienia” w `goals[nr 2]`; "
                           "uzupełnij go na podstawie badań albo usuń")  # in a Polish workspace


def lint_paths(*args: str, select: str = "CX403,CX501,unused-suppression") -> list[dict]:
    result = run_cli("lint", "--format", "json", "--select", select, *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def _with_paths(found: list[dict]) -> list[tuple[str, str, int, int, str]]:
    return [(f["path"], f["code"], f["line"], f["column"], f["message"]) for f in found]
