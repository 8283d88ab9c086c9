"""`cxkit diff --git-driver` says when a file is new, deleted or had its mode changed, as git's header does.

Without it a mode change alone showed as "No semantic differences." with nothing else, and a
new file that is not valid YAML looked like an edit.  Run through a real `git diff`.
"""

from __future__ import annotations

import json
import os
import shlex
import sys
from pathlib import Path

import pytest
from conftest import PERSONA_EN, PERSONA_PL
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(
    not HAS_GIT, reason="git missing"
)
executable_bit = pytest.mark.skipif(os.name == "nt", reason="file modes")

NEGATIVE_PL = """\
kind: negative-persona
id: kamil-kupuje-pod-promocje
name: Kamil Rudnik
lang: pl
reviewed: 2026-11-12
reasons:
  - Na słuchawki wydaje najwyżej 300 zł, a najtańszy model otwarty kosztuje 749 zł
sources: [{id: ankieta-porzucenia-2026-10, type: survey, date: 2026-10-14}]
"""


def driver_repo(root: Path, fmt: str = "text") -> Repo:
    """Tomek and Maya committed; the working tree then loses Maya, gains Kamil and makes Tomek executable."""
    repo = Repo(root)
    repo.git("config", "diff.cxkit.command", f"{shlex.quote(sys.executable)} -m cxkit diff --git-driver -f {fmt}")
    repo.git("config", "core.fileMode", "true")
    repo.write(".gitattributes", "personas/*.yaml diff=cxkit\n")
    repo.write("personas/tomek.yaml", PERSONA_PL)
    repo.write("personas/maya.yaml", PERSONA_EN)
    repo.commit("Persony")
    repo.git("rm", "-q", "personas/maya.yaml")
    repo.stage("personas/kamil.yaml", NEGATIVE_PL)
    (root / "personas/tomek.yaml").chmod(0o755)
    repo.git("add", "personas/tomek.yaml")
    return repo


def sections(out: str) -> dict[str, list[str]]:
    """The driver's output per file: the lines after each `cxkit diff a/… b/…` header."""
    found: dict[str, list[str]] = {}
    current: list[str] = []
    for line in out.splitlines():
        if line.startswith("cxkit diff a/"):
            current = found.setdefault(line.split(" b/", 1)[1], [])
        else:
            current.append(line)
    return found


@executable_bit
def test_text_says_new_file_deleted_file_and_mode_change_in_git_s_words(tmp_path):
    repo = driver_repo(tmp_path / "persony")
    proc = repo.git("diff", "--cached")
    by_file = sections(proc.stdout)
    assert by_file["personas/kamil.yaml"][0] == "new file mode 100644"
    assert by_file["personas/kamil.yaml"][1].startswith("+ kamil-kupuje-pod-promocje  personas/kamil.yaml  nowa persona negatywna „")
    assert by_file["personas/maya.yaml"][0] == "deleted file mode 100644"
    assert by_file["personas/maya.yaml"][1].startswith("- maya-runner  personas/maya.yaml  removed persona")
    assert by_file["personas/tomek.yaml"] == ["old mode 100644", "new mode 100755", "No semantic differences."]


def test_an_edit_in_place_gets_no_status_line(tmp_path):
    repo = Repo(tmp_path / "persony")
    repo.git("config", "diff.cxkit.command", f"{shlex.quote(sys.executable)} -m cxkit diff --git-driver")
    repo.write(".gitattributes", "personas/*.yaml diff=cxkit\n")
    repo.write("personas/maya.yaml", PERSONA_EN)
    repo.commit("Maya")
    repo.write("personas/maya.yaml", PERSONA_EN.replace("Leeds", "York"))
    lines = repo.git("diff").stdout.splitlines()
    assert lines[0] == "cxkit diff a/personas/maya.yaml b/personas/maya.yaml"
    assert not any("mode" in line for line in lines)
    assert lines[1].startswith("maya-runner")


def test_a_new_file_that_is_not_valid_yaml_says_it_is_new_above_the_line_diff(tmp_path):
    repo = driver_repo(tmp_path / "persony")
    repo.stage("personas/zosia.yaml", "kind: persona\nid: zosia\nname: [Zosia Wójcik\n")
    out = sections(repo.git("diff", "--cached", "--", "personas/zosia.yaml").stdout)
    lines = out["personas/zosia.yaml"]
    assert lines[0] == "new file mode 100644"
    assert lines[1].startswith("cxkit: cannot compare semantically: personas/zosia.yaml:")
    assert "+name: [Zosia Wójcik" in lines


@executable_bit
def test_markdown_says_it_under_each_heading(tmp_path):
    repo = driver_repo(tmp_path / "persony", "markdown")
    out = repo.git("diff", "--cached").stdout
    assert "## cxkit diff: `a/personas/kamil.yaml` → `b/personas/kamil.yaml`\n\nNew file, mode `100644`.\n\n1 dokument różni się (1 dodany)." in out
    assert "## cxkit diff: `a/personas/maya.yaml` → `b/personas/maya.yaml`\n\nDeleted file, mode `100644`.\n\n1 document differs (1 removed)." in out
    assert "## cxkit diff: `a/personas/tomek.yaml` → `b/personas/tomek.yaml`\n\nMode changed: `100644` → `100755`.\n\nNo semantic differences." in out


def test_a_json_note_has_the_modes_and_a_diff_stays_an_array(tmp_path):
    repo = driver_repo(tmp_path / "persony", "json")
    repo.stage("personas/zosia.yaml", "kind: persona\nid: zosia\nname: [Zosia Wójcik\n")
    text = repo.git("diff", "--cached", "--", "personas/kamil.yaml", "personas/zosia.yaml").stdout
    decoder, values, at = json.JSONDecoder(), [], 0
    while at < len(text):
        if text[at].isspace():
            at += 1
            continue
        value, at = decoder.raw_decode(text, at)
        values.append(value)
    diff, note = values
    assert isinstance(diff, list) and [c["op"] for c in diff] == ["added"]
    assert note["status"] == "not-compared" and (note["old_mode"], note["new_mode"]) == (None, "100644")
