"""Broken files a change did not touch, and a folder moved: said once, not file by file.

A legacy workspace keeps files cxkit cannot read (a tab, a second `---` document). `cxkit diff` and
`cxkit review` named every one of them again on every run, and a `git mv` of a folder showed as one
"renamed" block per document. Now a folder move is one line in the text and Markdown, the broken
files with the same bytes on both sides (kept where they were, or only moved) are one count, and
the broken file the change edited is still listed. The JSON keeps every document and file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import git

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200", "CXKIT_TODAY": "2026-12-01"}

PERSONA = """\
kind: persona
id: {id}
name: {name}
lang: pl
summary: {summary}
goals:
  - Zgłosić szkodę z telefonu w pięć minut
"""
# A tab before `- …`: not YAML, so neither side can read it.
BROKEN = "kind: persona\nid: {id}\nname: {name}\ngoals:\n\t- Odnowić polisę OC bez dzwonienia na infolinię\n"


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`main`: three personas and one broken file in personas/excel/, one broken negative persona.
    `zmiany`: personas/excel moved to personas/arkusze (git mv), nothing else."""
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "cx@example.com")
    git(tmp_path, "config", "user.name", "CX")
    excel = tmp_path / "personas" / "excel"
    excel.mkdir(parents=True)
    for ident, name, summary in (("ola", "Ola", "Kupuje OC przez aplikację"),
                                 ("kasia", "Kasia", "Porównuje oferty w nocy"),
                                 ("jozef", "Józef", "Płaci gotówką w oddziale")):
        (excel / f"{ident}.yaml").write_text(PERSONA.format(id=ident, name=name, summary=summary), encoding="utf-8")
    (excel / "zofia.yaml").write_text(BROKEN.format(id="zofia", name="Zofia"), encoding="utf-8")
    (tmp_path / "negatywne").mkdir()
    (tmp_path / "negatywne" / "lowca.yaml").write_text(
        BROKEN.format(id="lowca", name="Łowca promocji").replace("persona", "negative-persona", 1), encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "import")
    git(tmp_path, "checkout", "-q", "-b", "zmiany")
    git(tmp_path, "mv", "personas/excel", "personas/arkusze")
    git(tmp_path, "commit", "-q", "-m", "arkusze")
    monkeypatch.chdir(tmp_path)
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    return tmp_path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_a_folder_move_is_one_line_and_the_broken_files_one_note(repo: Path) -> None:
    code, out, err = _run("diff", "main", "zmiany")
    assert code == 1, out + err
    assert out.splitlines()[0] == "personas/excel/ → personas/arkusze/ (3 pliki)", out
    assert "ola.yaml" not in out and "Not compared" not in out, out
    assert "3 dokumenty różnią się (3 przeniesione)." in out
    notes = [line for line in err.splitlines() if line.startswith(("cxkit: note:", "cxkit: uwaga:"))]
    assert notes == ["cxkit: uwaga: 2 pliki, których nie można odczytać, są takie same po obu stronach (1 z nich tylko "
                     "przeniesiono), więc nic się w nich nie zmieniło; `cxkit lint --select yaml-syntax` je wymienia"], err


def test_the_markdown_gives_the_folder_move_one_heading_and_the_json_every_document(repo: Path) -> None:
    code, out, _err = _run("diff", "main", "zmiany", "-f", "md")
    assert code == 1
    assert "### `personas/excel/` → `personas/arkusze/` (3 pliki)" in out.splitlines()
    assert "ola.yaml" not in out
    code, out, _err = _run("diff", "main", "zmiany", "-f", "html")
    assert code == 1
    assert "<h2><code>personas/excel/</code> → <code>personas/arkusze/</code> (3 pliki)</h2>" in out
    assert "ola.yaml" not in out
    code, out, _err = _run("diff", "main", "zmiany", "-f", "json")
    renamed = sorted((c["old_file"], c["file"]) for c in json.loads(out) if c.get("op") == "moved")
    assert renamed == [(f"personas/excel/{n}.yaml", f"personas/arkusze/{n}.yaml") for n in ("jozef", "kasia", "ola")]


def test_review_counts_the_broken_files_the_branch_did_not_touch_and_lists_the_one_it_edited(repo: Path) -> None:
    broken = repo / "personas" / "arkusze" / "zofia.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "\t- Dostać zwrot składki\n", encoding="utf-8")
    code, out, _err = _run("review", "main")
    lines = out.splitlines()
    assert "- `personas/arkusze/zofia.yaml:5:1`: invalid YAML: a tab character here; YAML indents with spaces, never tabs" in lines
    assert not any("lowca.yaml" in line for line in lines), out
    # In Polish, as the review is (tests/test_review_polish_words_s34.py).
    assert ("1 plik, którego nie można odczytać, jest taki sam po obu stronach: zmiana go nie dotyczy, więc go nie "
            "wymieniono; `cxkit lint --select yaml-syntax` go wymienia.") in lines, out
    assert "#### `personas/excel/` → `personas/arkusze/` (3 pliki)" in lines
    code, out, _err = _run("review", "main", "-f", "json")
    files = {(f["side"], f["path"]): f["unchanged"] for f in json.loads(out)["not_compared_files"]}
    assert files == {("before", "negatywne/lowca.yaml"): True, ("after", "negatywne/lowca.yaml"): True,
                     ("before", "personas/excel/zofia.yaml"): False, ("after", "personas/arkusze/zofia.yaml"): False}
