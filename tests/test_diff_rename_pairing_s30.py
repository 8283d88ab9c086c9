"""`cxkit diff` pairs a moved document in `diff -- FILE`, `diff --cached`, and when its id changed with a rename git finds.

Before: a persona moved with plain `mv` (not `git mv`) was paired by id only in `cxkit diff REV -- FILE`;
`cxkit diff -- FILE` (working tree against the index) told it added (or removed, named by its old name),
and `cxkit diff --cached -- FILE` told a staged move whose file changed too much for git's rename
detection added.  A file git reports renamed whose document also changed its id, and much of its text,
was told removed plus added.  Now all three are one document renamed, the id change a change of `id`.

All tests but test_two_new_files_with_the_id_are_not_paired (a guard) fail before.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from conftest import enter_workspace
from git_helpers import git

KAMIL = """\
kind: persona
id: {id}
name: Kamil Nowak
lang: pl
summary: {summary}
goals:
  - {goal}
  - Nie przepłacić za gwarancję rozszerzoną w sklepie stacjonarnym
pain_points:
  - Ceny w sklepie internetowym zmieniają się kilka razy dziennie
"""
OLD = dict(id="kamil-nowak", summary="Kupuje elektronikę tylko w promocjach, po porównaniu cen w trzech sklepach.",
           goal="Kupić słuchawki za mniej niż 300 zł w Black Friday")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', git_identity=True)
    (tmp_path / "personas" / "biuro").mkdir(parents=True)
    (tmp_path / "personas" / "kamil.yaml").write_text(KAMIL.format(**OLD), encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "persony")
    return tmp_path


def diff(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["diff", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout


RENAMED = "kamil-nowak  personas/kamil.yaml → personas/biuro/kamil.yaml (przeniesiony)\n"


@pytest.mark.parametrize("named", ["personas/biuro/kamil.yaml", "personas/kamil.yaml"])
def test_plain_mv_is_paired_against_the_index(ws: Path, named: str) -> None:
    (ws / "personas/kamil.yaml").rename(ws / "personas/biuro/kamil.yaml")
    code, out = diff("--", named)
    assert code == 1 and out.startswith(RENAMED) and "(1 przeniesiony)" in out, out


def test_a_staged_move_git_does_not_find_is_paired_by_id(ws: Path) -> None:
    git(ws, "mv", "personas/kamil.yaml", "personas/biuro/kamil.yaml")
    (ws / "personas/biuro/kamil.yaml").write_text(
        "kind: persona\nid: kamil-nowak\nname: Kamil Nowak z biura w Gdyni\nlang: pl\n"
        "summary: Zamawia sprzęt dla 12 osób z biura rachunkowego, raz na kwartał, przez platformę B2B.\n"
        "goals:\n  - Dostać fakturę zbiorczą za cały kwartał do 5. dnia miesiąca\n", encoding="utf-8")
    git(ws, "add", "-A")
    staged = subprocess.run(["git", "diff", "--cached", "-M", "--name-status", "HEAD"], capture_output=True,
                            text=True, check=True).stdout
    assert not staged.startswith("R"), staged  # too changed for git to call it a rename
    for named in ("personas/biuro/kamil.yaml", "personas/kamil.yaml"):
        code, out = diff("--cached", "--", named)
        assert code == 1 and out.startswith(RENAMED), out
        assert out.splitlines()[-1].startswith("1 dokument różni się (1 przeniesiony)"), out


def test_a_rename_git_finds_with_the_id_changed_is_one_document(ws: Path) -> None:
    git(ws, "mv", "personas/kamil.yaml", "personas/biuro/kamil.yaml")
    (ws / "personas/biuro/kamil.yaml").write_text(KAMIL.format(
        id="kamil-nowak-2027", summary="Porównuje ceny w Ceneo i Allegro, zanim kupi cokolwiek droższego.",
        goal="Wymienić laptopa przed rozpoczęciem roku akademickiego"), encoding="utf-8")
    git(ws, "add", "-A")
    renamed = subprocess.run(["git", "diff", "--cached", "-M", "--name-status", "HEAD"], capture_output=True,
                             text=True, check=True).stdout
    assert renamed.startswith("R"), renamed  # git finds the rename by its content
    for args in (["HEAD"], ["--cached"], ["HEAD", "--", "personas/biuro/kamil.yaml"]):
        code, out = diff(*args)
        assert code == 1, out
        assert out.startswith("kamil-nowak-2027  personas/kamil.yaml → personas/biuro/kamil.yaml (przeniesiony)\n"), out
        assert "  ~ id: kamil-nowak → kamil-nowak-2027\n" in out
    code, out = diff("HEAD", "--format", "json")
    changes = json.loads(out)
    assert {c["document"] for c in changes} == {"kamil-nowak-2027"}
    assert ["changed", "id", "kamil-nowak", "kamil-nowak-2027"] in [[c["op"], c["path"], c["old"], c["new"]] for c in changes]


def test_two_new_files_with_the_id_are_not_paired(ws: Path) -> None:
    (ws / "personas/kamil.yaml").rename(ws / "personas/biuro/kamil.yaml")
    (ws / "personas/biuro/kamil-kopia.yaml").write_text(KAMIL.format(**OLD), encoding="utf-8")
    code, out = diff("--", "personas/biuro/kamil.yaml")
    assert "(przeniesiony)" not in out and "(renamed)" not in out, out


def test_review_shows_a_rename_git_finds_with_the_id_changed_as_one_document(ws: Path) -> None:
    git(ws, "mv", "personas/kamil.yaml", "personas/biuro/kamil.yaml")
    (ws / "personas/biuro/kamil.yaml").write_text(KAMIL.format(
        id="kamil-nowak-2027", summary="Porównuje ceny w Ceneo i Allegro, zanim kupi cokolwiek droższego.",
        goal="Wymienić laptopa przed rozpoczęciem roku akademickiego"), encoding="utf-8")
    git(ws, "add", "-A")
    result = CliRunner().invoke(app, ["review", "HEAD"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    changes = result.stdout.split("### Zmiany", 1)[1]
    assert "1 dokument różni się (1 przeniesiony)" in changes, changes
    assert "- **zmieniono** `id`: `kamil-nowak` → `kamil-nowak-2027`\n" in changes, changes
