"""The `git mv` of the Unicode-form hint works from where the user is: run from outside the checkout
that tracks the decomposed (NFD) name, a plain `git mv PATH NEW` stops with "not a git repository"
(or, from a superproject, refuses a path inside a submodule). The command then names the checkout
(`git -C TOP mv …`); run inside it, it is the plain `git mv` it was."""

from __future__ import annotations

import subprocess
import unicodedata

import pytest
from typer.testing import CliRunner

from conftest import enter_workspace
from cxkit.cli import app

OLA = "kind: persona\nid: ola\nname: Ola Żółć\nlang: pl\ngoals:\n  - Szybciej zamawiać kwiaty\n"
NFD_FOLDER = unicodedata.normalize("NFD", "-z spacją 'ł'")  # a leading dash and a quote: still one word, no option


def _git(cwd, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def shop(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, git_identity=True)
    repo = tmp_path / "sklep"
    (repo / NFD_FOLDER).mkdir(parents=True)
    (repo / NFD_FOLDER / "ola.yaml").write_text(OLA, encoding="utf-8")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "z macOS")
    (tmp_path / "gdzie-indziej").mkdir()
    return repo


def _hint(target: str) -> str:
    result = CliRunner().invoke(app, ["lint", "--", target])
    assert result.exit_code == 2, result.output
    said = result.stderr
    assert "rename it to the composed form with git, which tracks it (" in said, said
    return said.rsplit("which tracks it (", 1)[1].rstrip().removesuffix(")")


def test_from_outside_the_checkout_the_git_mv_names_it_and_renames_in_git(shop, monkeypatch):
    """Fails before: `(git mv '/…/sklep/-z spacją …' '/…/sklep/-z spacją …')`, which git refuses from here."""
    monkeypatch.chdir(shop.parent / "gdzie-indziej")
    command = _hint(f"{shop}/-z spacją 'ł'/ola.yaml")
    assert command.startswith(f"git -C {shop} mv './-z spacj"), command
    subprocess.run(["sh", "-c", command], check=True, capture_output=True)
    assert _git(shop, "ls-files", "-z") == "-z spacją 'ł'/ola.yaml\0"  # composed, and only so, in git's index


def test_inside_the_checkout_it_is_the_plain_git_mv(shop, monkeypatch):
    monkeypatch.chdir(shop)
    command = _hint("-z spacją 'ł'/ola.yaml")
    assert command.startswith("git mv './-z spacj"), command
    subprocess.run(["sh", "-c", command], check=True, capture_output=True)
    assert _git(shop, "ls-files", "-z") == "-z spacją 'ł'/ola.yaml\0"
