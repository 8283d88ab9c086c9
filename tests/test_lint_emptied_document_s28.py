"""A document emptied in the persona or journey folder is CX001 in a folder scan too (session 28).

Before: `: > personas/janusz-tylko-excel.yaml` (an editor that crashed, a bad merge) made `cxkit lint`
say nothing of it (a folder scan passes over YAML that names no `kind`), while `cxkit lint
personas/janusz-tylko-excel.yaml` said "error CX001 the file is empty". docs/format.md calls an
empty file a finding. An empty YAML file elsewhere (an `mkdocs.yml` not filled in) is still passed over.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

JANUSZ = """\
kind: negative-persona
id: janusz-tylko-excel
name: Janusz Kowalczyk
lang: pl
reviewed: 2026-11-20
reasons:
  - Prowadzi faktury w Excelu od 2009 roku i nie zamierza płacić abonamentu
"""
EMPTY = "the file is empty; expected a YAML mapping with a `kind` key"
COMMENTS_ONLY = "the file holds only comments and no document; expected a YAML mapping with a `kind` key"
# the same in the (Polish) workspace fixture, whose cxkit.toml says `lang = "pl"`
EMPTY_PL = "plik jest pusty; oczekiwano mapowania YAML z kluczem `kind`"
COMMENTS_ONLY_PL = "plik zawiera tylko komentarze i żadnego dokumentu; oczekiwano mapowania YAML z kluczem `kind`"


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    (tmp_path / "cxkit.toml").write_text('paths = ["."]\nlang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas" / "janusz-tylko-excel.yaml").write_text(JANUSZ, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    return tmp_path


def findings(*args: str) -> tuple[int, list[tuple[str, str, int, int, str]]]:
    result = run_cli("lint", "-f", "json", "--select", "yaml-syntax", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result.exit_code, [(f["path"], f["code"], f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)]


@pytest.mark.parametrize("text", ["", "\n  \n", "# Janusz: do uzupełnienia po wywiadach\n"])
def test_an_emptied_persona_is_reported_by_the_folder_scan(workspace, text):
    (workspace / "personas" / "janusz-tylko-excel.yaml").write_text(text, encoding="utf-8")
    said = EMPTY_PL if "#" not in text else COMMENTS_ONLY_PL  # session 33: comments are not called empty
    assert findings() == (1, [("personas/janusz-tylko-excel.yaml", "CX001", 1, 1, said)])
    assert findings("personas") == findings("personas/janusz-tylko-excel.yaml")


def test_an_emptied_journey_in_a_folder_below_is_reported(workspace):
    (workspace / "journeys" / "2026").mkdir()
    (workspace / "journeys" / "2026" / "ewa-wdraza-ksef.yml").write_text("", encoding="utf-8")
    assert findings() == (1, [("journeys/2026/ewa-wdraza-ksef.yml", "CX001", 1, 1, EMPTY_PL)])


def test_the_configured_folders_decide(workspace):
    (workspace / "cxkit.toml").write_text('paths = ["."]\npersona-dir = "persony"\n', encoding="utf-8")
    (workspace / "persony").mkdir()
    (workspace / "persony" / "ola.yaml").write_text("", encoding="utf-8")
    (workspace / "personas" / "pusta.yaml").write_text("", encoding="utf-8")
    assert findings() == (1, [("persony/ola.yaml", "CX001", 1, 1, EMPTY)])


def test_guard_an_empty_yaml_elsewhere_is_passed_over(workspace):
    (workspace / "mkdocs.yml").write_text("", encoding="utf-8")
    (workspace / "dane").mkdir()
    (workspace / "dane" / "pusty.yaml").write_text("# nic\n", encoding="utf-8")
    assert findings() == (0, [])


def test_guard_a_file_that_is_not_text_is_no_empty_one(workspace):
    (workspace / "personas" / "zdjecie.yaml").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    # Reported as when it is named (session 41: a pull request must not hide a document by replacing its bytes),
    # and never as an empty file.
    code, found = findings()
    assert code == 1 and [(p, c) for p, c, *_ in found] == [("personas/zdjecie.yaml", "CX001")]
    assert found[0][4] != EMPTY and found == findings("personas/zdjecie.yaml")[1]
