"""`cxkit diff` of a file neither side can read (saved in Windows-1250): one file, said once; nothing
differs, exit 0, when its bytes are the same on both sides."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import git

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-01"}

PERSONA = """\
kind: persona
id: {id}
name: {name}
lang: pl
owner: Zespół CX (Anna Kowal)
summary: {summary}
reviewed: 2026-11-20
goals:
  - text: Odebrać zamówienie w paczkomacie przy bloku przed 19:00
    sources: [wywiady]
sources:
  - id: wywiady
    type: interview
    date: 2026-11-12
    note: 12 wywiadów (W01–W12), listopad 2026
"""


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A market folder with two UTF-8 personas and one a Windows author saved in Windows-1250, committed."""
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "cx@example.com")
    git(tmp_path, "config", "user.name", "CX")
    folder = tmp_path / "pl" / "personas"
    folder.mkdir(parents=True)
    (tmp_path / "pl" / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (folder / "ola.yaml").write_text(
        PERSONA.format(id="ola", name="Ola", summary="Kupuje karmę dla psa co dwa tygodnie przez aplikację"), encoding="utf-8")
    (folder / "kasia.yaml").write_text(
        PERSONA.format(id="kasia", name="Kasia", summary="Zamawia pieluchy w nocy, gdy dziecko zaśnie"), encoding="utf-8")
    (folder / "jozef.yaml").write_bytes(PERSONA.format(
        id="jozef", name="Józef Wąsik", summary="Płaci gotówką w sklepie przy ulicy Długiej").encode("cp1250"))
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "base")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env=ENV)
    return result.exit_code, result.stdout, result.stderr


def test_an_unchanged_unreadable_file_is_one_note_and_nothing_differs(repo: Path) -> None:
    """Fails before: "2 files could not be read on one side" (the same file as `:pl/...` and `pl/...`),
    each line again on stderr, and exit 1 although nothing differs."""
    code, out, err = run("diff", "pl")
    assert (code, out) == (0, "No semantic differences.\n")
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("cxkit: note: pl/personas/jozef.yaml:3:8:")
    assert "Windows-1250" in lines[0] and "the same on both sides, so nothing in it changed" in lines[0]
    code, out, _err = run("diff", "pl", "-f", "json")
    assert (code, out) == (0, "[]\n")


def test_an_edited_file_neither_side_can_read_is_one_file_not_compared(repo: Path) -> None:
    """Fails before: counted as 2 files "on one side". Still not compared (exit 1): it did change."""
    path = repo / "pl" / "personas" / "jozef.yaml"
    path.write_bytes(path.read_bytes().replace("gotówką".encode("cp1250"), "kartą".encode("cp1250")))
    code, out, _err = run("diff", "pl")
    assert code == 1
    assert "Not compared: 1 file could not be read on either side, so its changes are not shown:" in out
    assert out.count("jozef.yaml:3:8:") == 2  # each side's copy, located


def test_a_file_readable_on_one_side_only_is_said_as_before(repo: Path) -> None:
    """Guard: a file mended or broken by the change is not compared, on one side, exit 1."""
    path = repo / "pl" / "personas" / "ola.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").replace("Kupuje", "Kupuje często").encode("cp1250"))
    code, out, _err = run("diff", "pl")
    assert code == 1
    assert "Not compared: 1 file could not be read on one side, so its changes are not shown:" in out
    assert "jozef" not in out
