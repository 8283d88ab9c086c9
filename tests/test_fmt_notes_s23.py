"""`cxkit fmt` of a folder names the `*.yaml.txt` files it passed over, as `cxkit lint` does (session 23).

Notepad adds `.txt` unless "All files" is chosen: `cxkit fmt .` said "1 file left unchanged" and
never mentioned `ola.yaml.txt`.  The note is on stderr; the exit code and what fmt writes stay as
they are.  Files named (a pre-commit hook's) get no note.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

EWA = """\
kind: persona
id: ewa-farmaceutka
name: Ewa Zielińska
lang: pl
goals:
  - text: Odebrać leki na receptę w aptece przy pracy w ciągu 2 godzin od zamówienia
"""
OLA = EWA.replace("ewa-farmaceutka", "ola-biegaczka").replace("Ewa Zielińska", "Ola Kowalska")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas/ewa-farmaceutka.yaml").write_text(EWA, encoding="utf-8")
    (tmp_path / "personas/ola-biegaczka.yaml.txt").write_text(OLA, encoding="utf-8")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.chdir(tmp_path)
    return tmp_path


NOTE = (  # in Polish, as the workspace's config says lang = "pl" (s39)
    "cxkit: uwaga: nie sformatowano personas/ola-biegaczka.yaml.txt: cxkit czyta tylko pliki .yaml i .yml, a Notatnik "
    "dodaje do nazwy .txt, jeśli nie wybierzesz „Wszystkie pliki”; usuń .txt z nazwy "
    "(mv personas/ola-biegaczka.yaml.txt personas/ola-biegaczka.yaml)\n"
)


@pytest.mark.parametrize("args", [(), (".",), ("personas",), ("--check", "."), ("--no-cache", "personas/")])
def test_fmt_of_a_folder_names_the_yaml_txt_file_it_passed_over(workspace: Path, args: tuple[str, ...]) -> None:
    result = run_cli("fmt", *args)
    assert result.exception is None
    assert result.exit_code == 0
    assert result.stderr.endswith(NOTE), result.stderr
    assert result.stderr.count("cxkit: uwaga:") == 1
    assert (workspace / "personas/ola-biegaczka.yaml.txt").read_text(encoding="utf-8") == OLA


def test_fmt_of_named_files_gives_no_note(workspace: Path) -> None:
    result = run_cli("fmt", "--check", "personas/ewa-farmaceutka.yaml")
    assert (result.exit_code, "uwaga:" in result.stderr) == (0, False)


def test_lint_says_checked_as_before(workspace: Path) -> None:
    result = run_cli("lint", "--no-cache", "--select", "schema", ".")
    assert result.stderr == "cxkit: uwaga: nie sprawdzono personas/ola-biegaczka.yaml.txt" + NOTE.split(".yaml.txt", 1)[1]
