"""`cxkit diff` read aloud (CXKIT_LAYOUT=stacked, or TERM=dumb on a terminal) names each change in
words, as the Markdown does ("zmieniono: Cele nr 1: …", "changed: Goals #1: …"), not with a symbol a
screen reader says as "tilde" or skips; an added document has no "+" (its line says "nowa persona").
NO_COLOR alone changes no marker: it is about colour, and sighted users set it too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import git

OLA = """\
kind: persona
id: ola
name: Ola
lang: {lang}
summary: {summary}
goals:
  - {goal}
"""
PL = {"lang": "pl", "summary": "Kupuje OC przez aplikację", "goal": "Zgłosić szkodę z telefonu w pięć minut"}
EN = {"lang": "en", "summary": "Buys car insurance in the app", "goal": "Report a claim from the phone in five minutes"}


def _diff(top: Path, monkeypatch: pytest.MonkeyPatch, words: dict[str, str], layout: str | None) -> str:
    git(top, "init", "-q", "-b", "main")
    git(top, "config", "user.email", "cx@example.com")
    git(top, "config", "user.name", "CX")
    (top / "cxkit.toml").write_text(f'lang = "{words["lang"]}"\n', encoding="utf-8")
    (top / "personas").mkdir()
    (top / "personas" / "ola.yaml").write_text(OLA.format(**words), encoding="utf-8")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "start")
    (top / "personas" / "ola.yaml").write_text(
        OLA.format(**words).replace("pięć", "dziesięć").replace("five", "ten"), encoding="utf-8")
    monkeypatch.chdir(top)
    for key, value in {"NO_COLOR": "1", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-01"}.items():
        monkeypatch.setenv(key, value)
    if layout is None:
        monkeypatch.delenv("CXKIT_LAYOUT", raising=False)
    else:
        monkeypatch.setenv("CXKIT_LAYOUT", layout)
    result = CliRunner().invoke(app, ["diff", "HEAD"])
    assert result.exit_code == 1, result.output
    return result.stdout


def test_polish_read_aloud_says_zmieniono(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _diff(tmp_path, monkeypatch, PL, "stacked")
    assert out.splitlines()[1] == "  zmieniono: Cele nr 1: Zgłosić szkodę z telefonu w (usunięto: „pięć”; dodano: „dziesięć”) minut"


def test_english_read_aloud_says_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _diff(tmp_path, monkeypatch, EN, "stacked")
    assert out.splitlines()[1] == "  changed: Goals #1: Report a claim from the phone in (removed: “five”; added: “ten”) minutes"


@pytest.mark.parametrize("layout", [None, "wide"])
def test_otherwise_the_symbols_stay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, layout: str | None) -> None:
    out = _diff(tmp_path, monkeypatch, PL, layout)
    assert out.splitlines()[1] == "  ~ Cele #1: Zgłosić szkodę z telefonu w [-pięć-]{+dziesięć+} minut"


def test_an_added_document_read_aloud_has_no_plus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _diff(tmp_path, monkeypatch, PL, "stacked")
    (tmp_path / "personas" / "ewa.yaml").write_text(
        "kind: persona\nid: ewa\nname: Ewa\nlang: pl\nsummary: Prowadzi kwiaciarnię w Poznaniu\n", encoding="utf-8")
    git(tmp_path, "add", "personas/ewa.yaml")
    spoken = CliRunner().invoke(app, ["diff", "HEAD"]).stdout
    monkeypatch.delenv("CXKIT_LAYOUT")
    marked = CliRunner().invoke(app, ["diff", "HEAD"]).stdout
    assert "+ ewa  personas/ewa.yaml  nowa persona „Ewa”" in marked.splitlines(), marked
    assert "ewa  personas/ewa.yaml  nowa persona „Ewa”" in spoken.splitlines(), spoken
