"""Session 22, tester 6 (F4): a persona Notepad saved as `ola.yaml.txt` was skipped by a folder scan
without a word, and the run said "All checks passed".  A scan that passes over `*.yaml.txt` /
`*.yml.txt` files now says so once on stderr, with the name to give them; nothing is read, and the
exit code and stdout stay as they were."""

from __future__ import annotations

import os

from conftest import run_cli

OLA = (
    "\ufeffkind: persona\r\nid: ola\r\nname: Ola\r\ngoals:\r\n"
    "  - Kupić sukienkę na wesele siostry w czerwcu 2027\r\n"
)
EWA = """\
kind: persona
id: ewa
name: Ewa Nowak
lang: pl
goals:
  - Oddać za duże buty bez drukowania etykiety
"""

NOTE = ("cxkit: uwaga: nie sprawdzono personas/ola.yaml.txt: cxkit czyta tylko pliki .yaml i .yml, a Notatnik dodaje do "
        "nazwy .txt, jeśli nie wybierzesz „Wszystkie pliki”; usuń .txt z nazwy "
        "(mv personas/ola.yaml.txt personas/ola.yaml)\n")  # in Polish: the workspaces here say lang = "pl" (s39)


def _workspace(tmp_path, monkeypatch, config: str = 'lang = "pl"\n') -> None:
    (tmp_path / "cxkit.toml").write_text(config, encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml.txt").write_bytes(OLA.encode("utf-8"))
    monkeypatch.chdir(tmp_path)


def test_a_folder_scan_names_the_txt_file_once_and_keeps_its_exit_code(tmp_path, monkeypatch):
    _workspace(tmp_path, monkeypatch)
    for _run in ("cold", "from the cache"):
        result = run_cli("lint")
        assert result.exception is None and result.exit_code == 0
        assert result.stdout == "Nie ma czego sprawdzać: nie znaleziono dokumentów cxkit.\n"
        assert result.stderr.count("ola.yaml.txt") == 2  # one note: the path, and the mv line
        assert result.stderr.endswith(NOTE)


def test_beside_documents_with_findings_the_note_is_given_and_the_exit_stays_1(tmp_path, monkeypatch):
    _workspace(tmp_path, monkeypatch)
    (tmp_path / "personas" / "ewa.yaml").write_text(EWA, encoding="utf-8")
    (tmp_path / "personas" / "zwrot – Ola.yml.txt").write_text(EWA.replace("ewa", "ola"), encoding="utf-8")
    result = run_cli("lint", "--no-cache", "personas")
    assert result.exception is None and result.exit_code == 1
    assert "sprawdzono 1 dokument" in result.stdout
    assert result.stderr == (
        "cxkit: uwaga: nie sprawdzono 2 plików o nazwach *.yaml.txt lub *.yml.txt (personas/ola.yaml.txt, ...): cxkit "
        "czyta tylko pliki .yaml i .yml, a Notatnik dodaje do nazwy .txt, jeśli nie wybierzesz „Wszystkie pliki”; "
        "usuń .txt z nazwy każdego (mv personas/ola.yaml.txt personas/ola.yaml)\n"
    )


def test_guard_a_txt_file_named_is_checked_and_not_noted(tmp_path, monkeypatch):
    _workspace(tmp_path, monkeypatch)
    result = run_cli("lint", "--no-cache", os.path.join("personas", "ola.yaml.txt"))
    assert result.exception is None and result.exit_code == 1
    assert "sprawdzono 1 dokument" in result.stdout
    assert "Notatnik" not in result.stderr and "Notepad" not in result.stderr  # no .yaml.txt note, in either language


def test_guard_files_named_by_a_hook_and_excluded_files_get_no_note(tmp_path, monkeypatch):
    _workspace(tmp_path, monkeypatch)
    (tmp_path / "personas" / "ewa.yaml").write_text(EWA, encoding="utf-8")
    result = run_cli("lint", "--no-cache", "personas/ewa.yaml")
    assert result.exception is None and "Notatnik" not in result.stderr and "Notepad" not in result.stderr
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = ["*.txt"]\n', encoding="utf-8")
    result = run_cli("lint", "--no-cache")
    assert result.exception is None and "ola.yaml.txt" not in result.stderr


def test_lint_of_one_folder_is_not_told_of_a_txt_file_in_another(tmp_path, monkeypatch):
    # Read-through 22 (RT22-1): `cxkit lint personas/` reads the rest of the workspace for the cross-file
    # rules; that read met notes/ola.yaml.txt, and the note named it, though only personas/ was asked.
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ewa.yaml").write_text(EWA, encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "ola.yaml.txt").write_bytes(OLA.encode("utf-8"))
    monkeypatch.chdir(tmp_path)
    for asked in ("personas", "personas/", os.path.join(".", "personas")):
        result = run_cli("lint", "--no-cache", asked)
        assert result.exception is None and result.exit_code == 1  # ewa's findings, no note
        assert "sprawdzono 1 dokument" in result.stdout
        assert result.stderr == ""
    result = run_cli("lint", "--no-cache", ".")
    assert result.exception is None and result.exit_code == 1
    assert result.stderr == NOTE.replace("personas/", "notes/")
