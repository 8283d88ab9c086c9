"""`cxkit diff`'s lines for a file it cannot read speak the workspace's language, as `cxkit lint` there does.

They are lint's located lines (`path:line:col: error CX001 …`), on stderr and in the text, Markdown and HTML
outputs; their words follow the workspace's `lang` (cxkit.toml), not the documents' language, which the diff's
own sentences (its headings) follow. So an English workspace keeps English lines beside Polish documents, as
before session 37, and a Polish workspace gets Polish ones beside English documents. `-f json` keeps English.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: {lang}
summary: Biega trzy razy w tygodniu po Parku Skaryszewskim i kupuje buty co pół roku.
goals:
  - Kupić buty do biegania po asfalcie do 600 zł
"""
TOMEK = """\
kind: persona
id: tomek-serwis
name: Tomek Wiśniewski
lang: pl
summary: Prowadzi serwis rowerowy na Zabłociu i zamawia części u dwóch hurtowni.
goals:
  - Dostać części do hamulców w 2 dni robocze
"""
EN_LINE = ("b/personas/tomek.yaml:6:1: error CX001 invalid YAML: a tab character here; YAML indents with spaces, "
           "never tabs [yaml-syntax]")
PL_LINE = ("b/personas/tomek.yaml:6:1: error CX001 nieprawidłowy YAML: tu jest znak tabulacji; YAML wcina tylko "
           "spacjami, nigdy tabulatorami [yaml-syntax]")


def _sides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workspace: str, documents: str) -> None:
    """A workspace of ``workspace``'s lang holding a/ and b/: Ola (written in ``documents``) gets a new goal, and
    b's Tomek has a tab where an indent is."""
    (tmp_path / "cxkit.toml").write_text(f'lang = "{workspace}"\n', encoding="utf-8")
    for side in ("a", "b"):
        (tmp_path / side / "personas").mkdir(parents=True)
    ola = OLA.format(lang=documents)
    (tmp_path / "a" / "personas" / "ola.yaml").write_text(ola, encoding="utf-8")
    (tmp_path / "b" / "personas" / "ola.yaml").write_text(ola + "  - Zwrócić buty bez paragonu\n", encoding="utf-8")
    (tmp_path / "a" / "personas" / "tomek.yaml").write_text(TOMEK, encoding="utf-8")
    (tmp_path / "b" / "personas" / "tomek.yaml").write_text(TOMEK.replace("goals:\n", "\tgoals:\n"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "250")
    monkeypatch.delenv("CXKIT_LAYOUT", raising=False)


def _diff(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["diff", *args, "a", "b"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _md_message(line: str) -> str:
    """The message of ``line`` as the Markdown output escapes it."""
    return line.split("error ", 1)[1].rsplit(" [", 1)[0].replace("`", "\\`")


def test_an_english_workspace_keeps_english_lines_beside_polish_documents_s37(tmp_path, monkeypatch) -> None:
    _sides(tmp_path, monkeypatch, "en", "pl")
    code, out, err = _diff()
    assert (code, err) == (1, EN_LINE + "\n")  # as `cxkit lint b` says it here
    assert "Nie porównano 1 pliku" in out  # the diff's own heading: its documents' language
    assert f"  {EN_LINE}\n" in out
    _code, out, err = _diff("-f", "markdown")
    assert err == EN_LINE + "\n"
    assert f"(po): {_md_message(EN_LINE)}\n" in out
    _code, out, _err = _diff("-f", "html")
    assert "a tab character here; YAML indents with spaces" in out
    assert "znak tabulacji" not in out


def test_a_polish_workspace_says_them_in_polish_beside_english_documents_s37(tmp_path, monkeypatch) -> None:
    _sides(tmp_path, monkeypatch, "pl", "en")
    code, out, err = _diff()
    assert (code, err) == (1, PL_LINE + "\n")
    assert "Not compared: 1 file could not be read" in out  # the heading: the documents' language
    assert f"  {PL_LINE}\n" in out
    _code, out, err = _diff("-f", "markdown")
    assert err == PL_LINE + "\n"
    assert f"(after): {_md_message(PL_LINE)}\n" in out
    _code, out, _err = _diff("-f", "json")
    assert "invalid YAML: a tab character here" in out and "tabulacji" not in out  # the machine format: English


def test_the_html_page_of_a_polish_workspace_says_them_in_polish_s37(tmp_path, monkeypatch) -> None:
    _sides(tmp_path, monkeypatch, "pl", "pl")
    code, out, err = _diff("-f", "html")
    assert (code, err) == (1, PL_LINE + "\n")
    assert html.escape("nieprawidłowy YAML: tu jest znak tabulacji; YAML wcina tylko spacjami", quote=False) in out
    assert "a tab character here" not in out
