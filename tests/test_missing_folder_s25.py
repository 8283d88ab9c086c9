"""`lint -o` and `render -o` into a folder that is not there say the same (readthrough25 RT25-7).

Both name the missing folder and the `mkdir -p` that makes it, quoted as the other hints quote paths
(cliutil.shell_word): a Polish folder name is a word the shell reads back as it is, a name with a
space is quoted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

from conftest import enter_workspace

OLA = """kind: persona
id: ola-nowak
name: Ola Nowak
lang: pl
goals:
  - Przenieść numer do nowej sieci bez utraty ciągłości usług
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return enter_workspace(tmp_path, monkeypatch, 'lang = "pl"\n', today="2026-12-06",
                           files={"personas/ola.yaml": OLA})


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("folder", "mkdir"), [("raporty/łódź", "raporty/łódź"), ("raporty/dział sprzedaży", "'raporty/dział sprzedaży'")])
def test_lint_and_render_make_the_missing_folder_alike(ws: Path, folder: str, mkdir: str) -> None:
    """Session 31: the folder is made (it was named, with the `mkdir -p` that makes it, quoted as ``mkdir``)."""
    code, out, err = run("lint", "--no-cache", "-o", f"{folder}/lint.txt")
    assert (code, out, err) == (1, "", "")
    assert "ola.yaml" in (ws / folder / "lint.txt").read_text(encoding="utf-8")
    code, out, err = run("render", "personas/ola.yaml", "-o", f"{folder}/ola.md")
    assert (code, out, err) == (0, "", "")
    assert "Ola Nowak" in (ws / folder / "ola.md").read_text(encoding="utf-8")


def test_a_file_on_the_way_is_named_as_a_file(ws: Path) -> None:
    (ws / "raporty").write_text("nie folder\n", encoding="utf-8")
    assert run("lint", "--no-cache", "-o", "raporty/lint.txt")[2].endswith(": raporty is a file, not a folder\n")
    assert run("render", "personas/ola.yaml", "-o", "raporty/ola.md")[2].endswith(": raporty is a file, not a folder\n")
