"""Polish file names where Python's file system encoding is not UTF-8 (session 27).

In a C locale without Python's UTF-8 mode (`LC_ALL=C PYTHONUTF8=0`, an old CI image) Python holds
`zespół` as `zesp\\udcc3\\udcb3...`. `cxkit review` decoded git's names as UTF-8 instead, so the
persona in `zespół sprzedaży/` was silently left out of the working tree's side (and a journey
naming it got an invented unknown-persona), while `lint` checked it. The machine formats wrote the
name as surrogate escapes (`file=personas/zesp\\udcc3\\udcb3...`: no annotation attaches), and
letters outside ASCII as Python escapes (`\\xf3` in SARIF: no JSON). Now review reads git's names as
the file system does, and every machine format is UTF-8 with the name's letters.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cxkit
from conftest import PERSONA_PL
from git_helpers import Repo



def _c_locale_is_ascii() -> bool:
    if os.name == "nt":
        return False
    probe = subprocess.run([sys.executable, "-c", "import sys; print(sys.getfilesystemencoding())"],
                           env={"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", "PATH": os.environ["PATH"]},
                           capture_output=True, text=True)
    return probe.stdout.strip().lower() not in ("utf-8", "utf8")


pytestmark = pytest.mark.skipif(not _c_locale_is_ascii(), reason="needs a C locale whose file system encoding is not UTF-8")

SRC = os.path.dirname(os.path.dirname(os.path.abspath(cxkit.__file__)))  # the cxkit under test
FOLDER = "personas/zespół sprzedaży"
NAME = f"{FOLDER}/łucja ćwiczy.yaml"
LUCJA = PERSONA_PL.replace("id: tomek", "id: lucja-biegaczka").replace("Tomek", "Łucja", 1)


def cxkit_c(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """cxkit in a C locale without UTF-8 mode: Python's file system encoding is ASCII."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "PYTHONUTF8": "0",
           "PYTHONCOERCECLOCALE": "0", "PYTHONPATH": SRC, "CXKIT_TODAY": "2026-12-05", "HOME": str(cwd.parent)}
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, env=env, capture_output=True, timeout=120)


@pytest.fixture
def team(tmp_path) -> Repo:
    r = Repo(tmp_path / "zespol")
    r.write("cxkit.toml", 'lang = "pl"\n')
    r.write("personas/tomek.yaml", PERSONA_PL)
    r.commit("Tomek")
    r.git("branch", "main-base")
    r.write(NAME, LUCJA + "pain_ponts: []\n")
    r.commit("Łucja")
    return r


def test_review_sees_the_file_lint_sees(team):
    done = cxkit_c(team.root, "review", "main-base", "-f", "json")
    assert done.returncode == 1, done.stderr.decode("utf-8", "replace")
    report = json.loads(done.stdout.decode("utf-8"))
    introduced = {(f["path"], f["code"]) for f in report["introduced"]}
    assert (NAME, "CX002") in introduced, introduced
    assert NAME in done.stdout.decode("utf-8")
    markdown = cxkit_c(team.root, "review", "main-base").stdout.decode("utf-8")
    assert f"`{NAME}:" in markdown and "udc" not in markdown


@pytest.mark.parametrize("fmt", ["json", "gitlab", "sarif"])
def test_json_formats_are_utf8_json_with_the_name(team, fmt):
    done = cxkit_c(team.root, "lint", "--no-cache", "-f", fmt)
    assert done.returncode == 1, done.stderr.decode("utf-8", "replace")
    text = done.stdout.decode("utf-8")  # strict: no byte that is not UTF-8
    log = json.loads(text)
    assert "\\udc" not in text and "\\xf3" not in text
    if fmt == "json":
        assert NAME in {f["path"] for f in log}
    elif fmt == "gitlab":
        assert NAME in {e["location"]["path"] for e in log}
    else:
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
        assert "personas/zesp%C3%B3%C5%82%20sprzeda%C5%BCy/%C5%82ucja%20%C4%87wiczy.yaml" in uris


def test_github_annotations_and_junit_name_the_file_in_letters(team):
    annotations = cxkit_c(team.root, "lint", "--no-cache", "-f", "github").stdout.decode("utf-8")
    assert f"file={NAME},line=" in annotations
    junit = cxkit_c(team.root, "lint", "--no-cache", "-f", "junit").stdout.decode("utf-8")
    assert f'name="{NAME}"' in junit and "udc" not in junit
