"""The Vim function docs/scaffolding.md gives for `cxkit fmt -` keeps a buffer cxkit cannot format
and lays out one it can (session 26): an editor's plain filter (`:%!cxkit fmt -`) replaces the
buffer with the error message, so the docs show a function that looks at the exit code.

Runs the function as written in the docs, in Vim's silent Ex mode, where a `vim` is installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs" / "scaffolding.md"
VIM = shutil.which("vim")

pytestmark = pytest.mark.skipif(VIM is None, reason="vim is not installed")


def recipe() -> str:
    blocks = re.findall(r"```vim\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1, "docs/scaffolding.md shows one Vim function"
    return blocks[0]


def run_vim(tmp_path: Path, name: str, text: str) -> str:
    (tmp_path / "personas").mkdir(exist_ok=True)
    path = tmp_path / "personas" / name
    path.write_text(text, encoding="utf-8")
    (tmp_path / "cxkit.vim").write_text(recipe(), encoding="utf-8")
    # `cxkit` on PATH is this checkout's: the one the test session imports
    bindir = tmp_path / "bin"
    bindir.mkdir(exist_ok=True)
    shim = bindir / "cxkit"
    shim.write_text(f"#!/bin/sh\nexec {sys.executable} -m cxkit \"$@\"\n", encoding="utf-8")
    shim.chmod(0o755)
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}", "HOME": str(tmp_path)}
    env.pop("VIMINIT", None)
    done = subprocess.run([VIM, "-Es", "-u", "NONE", "-N", "-c", "source cxkit.vim", "-c", "call CxkitFmt()",
                           "-c", "wq", f"personas/{name}"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    return path.read_text(encoding="utf-8")


def test_the_recipe_lays_out_a_document(tmp_path: Path) -> None:
    text = "name: Ola Nowak\nkind: persona\nid: ola\nlang: pl\n"
    assert run_vim(tmp_path, "ola.yaml", text) == "kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\n"


def test_the_recipe_keeps_a_buffer_with_broken_yaml(tmp_path: Path) -> None:
    text = "kind: persona\nid: ola\nname: [Ola Nowak\ngoals:\n  - Zapłacić rachunki bez wychodzenia z domu\n"
    assert run_vim(tmp_path, "ola.yaml", text) == text


def test_the_recipe_keeps_a_longer_buffer_whole(tmp_path: Path) -> None:
    """A buffer that shrinks (a blank line dropped) loses only what fmt drops, nothing after it."""
    text = "kind: persona\nid: anna\nname: Anna Smith\nlang: en\n\n\ngoals:\n  - Pay the bills from home\n"
    out = run_vim(tmp_path, "anna.yaml", text)
    assert out.startswith("kind: persona\nid: anna\nname: Anna Smith\nlang: en\n")
    assert out.rstrip().endswith("- Pay the bills from home")
