"""A Polish diff says in Polish what it used to say in English (session 35): a document that left or
joined the workspace (a new `exclude`), a binary `.yaml` it does not compare, and a glob that matches
no file. The words come from the diff's one phrase table; an English diff is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import git

PERSONA = {
    "pl": """\
kind: persona
id: {id}
name: {name}
lang: pl
summary: Właścicielka kwiaciarni w Łodzi, zamawia żółte róże co poniedziałek przez aplikację hurtowni.
goals:
  - Szybciej zamawiać kwiaty na weekend
""",
    "en": """\
kind: persona
id: {id}
name: {name}
lang: en
summary: Runs a flower shop in Leeds and orders roses every Monday through the wholesaler's app.
goals:
  - Order flowers for the weekend faster
""",
}
PNG = b"\x89PNG\r\n\x1a\n\0\0\0"


def _repo(top: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    git(top, "init", "-q", "-b", "main")
    git(top, "config", "user.email", "cx@example.com")
    git(top, "config", "user.name", "CX")
    (top / "personas").mkdir()
    (top / "archiwum").mkdir()
    (top / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (top / "personas" / "ola.yaml").write_text(PERSONA[lang].format(id="ola", name="Ola Żak"), encoding="utf-8")
    (top / "archiwum" / "ewa.yaml").write_text(PERSONA[lang].format(id="ewa", name="Ewa Kowal"), encoding="utf-8")
    (top / "personas" / "zdjecie.yaml").write_bytes(PNG)
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "start")
    (top / "cxkit.toml").write_text(f'lang = "{lang}"\nexclude = ["archiwum/"]\n', encoding="utf-8")
    (top / "personas" / "nowe.yaml").write_bytes(PNG + b"\1")
    monkeypatch.chdir(top)
    for key, value in {"NO_COLOR": "1", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-01"}.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("CXKIT_LAYOUT", raising=False)


def _diff(*args: str):
    result = CliRunner().invoke(app, ["diff", *args])
    assert result.exit_code == 1, result.output
    return result


def test_a_polish_diff_says_a_document_left_the_workspace_in_polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails before: `persona "Ewa Kowal" left the workspace: still in the working tree, outside what …`."""
    _repo(tmp_path, monkeypatch, "pl")
    line = _diff("main").stdout.splitlines()[0]
    assert line == ("- ewa  archiwum/ewa.yaml  persona „Ewa Kowal”: poza obszarem roboczym; nadal w kopii roboczej, "
                    "poza tym, co porównuje konfiguracja (`paths`, `exclude`)"), line
    md = _diff("main", "-f", "markdown").stdout
    assert "Persona „Ewa Kowal”: poza obszarem roboczym; nadal w kopii roboczej, poza tym" in md
    assert "left the workspace" not in md


def test_a_polish_diff_says_a_document_joined_the_workspace_in_polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The other way round (BASE excluded it, the working tree compares it). Fails before: `joined the workspace`."""
    _repo(tmp_path, monkeypatch, "pl")
    git(tmp_path, "add", "cxkit.toml")
    git(tmp_path, "commit", "-q", "-m", "exclude")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    out = _diff("HEAD").stdout
    assert ("+ ewa  archiwum/ewa.yaml  persona „Ewa Kowal”: dołączono do obszaru roboczego; już w 'HEAD', poza "
            "tym, co porównywała tam konfiguracja (`paths`, `exclude`)") in out.splitlines(), out


def test_a_polish_diff_notes_binary_files_and_unmatched_globs_in_polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails before: `binary file, not compared`, `(in the working tree)`, `matches no file on either side`."""
    _repo(tmp_path, monkeypatch, "pl")
    err = _diff("main", "--", "personas/*.yml", ".").stderr.splitlines()
    assert "cxkit: uwaga: personas/zdjecie.yaml: plik binarny, nie porównano" in err, err
    assert "cxkit: uwaga: personas/nowe.yaml (w kopii roboczej): plik binarny, nie porównano" in err, err
    assert "cxkit: uwaga: 'personas/*.yml' nie pasuje do żadnego pliku po żadnej ze stron" in err, err


def test_an_english_diff_keeps_its_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A guard: the English sentences and notes, as they were."""
    _repo(tmp_path, monkeypatch, "en")
    result = _diff("main", "--", "personas/*.yml", ".")
    assert result.stdout.splitlines()[0] == (
        '- ewa  archiwum/ewa.yaml  persona "Ewa Kowal" left the workspace: still in the working tree, outside what '
        "the configuration compares (`paths`, `exclude`)")
    err = result.stderr.splitlines()
    assert "cxkit: note: personas/zdjecie.yaml: binary file, not compared" in err, err
    assert "cxkit: note: personas/nowe.yaml (in the working tree): binary file, not compared" in err, err
    assert "cxkit: note: 'personas/*.yml' matches no file on either side" in err, err
