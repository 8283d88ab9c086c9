"""A buffer on stdin to be saved in a folder not made yet takes the config of the workspace it will be in.

`cxkit lint - --stdin-filename klient/archiwum/basia.yaml` (and `cxkit fmt -`), where `klient/` has its
own cxkit.toml but `klient/archiwum/` does not exist yet: the lookup gave up at the missing folder and
the current folder's config was used (the repository's top), so klient's `per-file-ignores` and
`exclude` did not hold.  The config is now looked up from the nearest folder on the path that exists.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

BASIA = """\
kind: persona
id: basia-kwiaciarnia
name: Basia, kwiaciarnia osiedlowa
lang: pl
goals:
  - Chce przyjmować zamówienia na wieńce przez telefon i od razu wystawiać paragon
"""

SZKIC = """\
name: Basia
kind: persona
id: basia-szkic
lang: pl
goals:
    - Chce mniej papierów
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "klient" / "personas").mkdir(parents=True)
    (tmp_path / "klient" / "cxkit.toml").write_text(
        'lang = "pl"\nexclude = ["szkice/"]\n\n[per-file-ignores]\n"**" = ["missing-sources"]\n', encoding="utf-8")
    return tmp_path


def run(*args: str, stdin: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def rules(out: str) -> set[str]:
    return {f["rule"] for f in json.loads(out)}


@pytest.mark.parametrize("where", ["klient/archiwum/basia.yaml", "klient/archiwum/2025/basia.yaml"])
def test_lint_takes_the_config_of_the_workspace_it_will_be_in(repo: Path, where: str) -> None:
    _code, out, _ = run("lint", "-f", "json", "-", "--stdin-filename", where, stdin=BASIA)
    assert "missing-sources" not in rules(out)
    assert not (repo / "klient" / "archiwum").exists()


def test_fmt_takes_its_exclude(repo: Path) -> None:
    assert run("fmt", "--check", "-q", "--only-documents", "-", "--stdin-filename", "klient/szkice/nowe/basia.yaml",
               stdin=SZKIC) == (0, "", "")


def test_guard_an_existing_folder_as_before(repo: Path) -> None:
    _code, out, _ = run("lint", "-f", "json", "-", "--stdin-filename", "klient/personas/basia.yaml", stdin=BASIA)
    assert "missing-sources" not in rules(out)
    _code, out, _ = run("lint", "-f", "json", "-", "--stdin-filename", "inne/basia.yaml", stdin=BASIA)
    assert "missing-sources" in rules(out)  # the top's config, which skips nothing
