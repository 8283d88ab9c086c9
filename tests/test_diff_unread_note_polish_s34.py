"""`cxkit diff`: the stderr note on a file that cannot be read and that the change did not touch is
Polish in a Polish diff ("plik jest taki sam po obu stronach, więc nic się w nim nie zmieniło").

The note was English whatever the diff's language; lint's own message in it stays English, as lint's
messages do everywhere. English diffs keep the note word for word.
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
#: A tab before `- …`: not YAML, so neither side can read it.
BROKEN = "kind: persona\nid: {id}\nname: Zofia\ngoals:\n\t- Odnowić polisę OC bez dzwonienia\n"
PROBLEM = ("personas/{name}:5:1: error CX001 invalid YAML: a tab character here; YAML indents with spaces, "
           "never tabs [yaml-syntax]")


def _repo(top: Path, monkeypatch: pytest.MonkeyPatch, words: dict[str, str], broken: list[str]) -> None:
    git(top, "init", "-q", "-b", "main")
    git(top, "config", "user.email", "cx@example.com")
    git(top, "config", "user.name", "CX")
    (top / "cxkit.toml").write_text(f'lang = "{words["lang"]}"\n', encoding="utf-8")
    (top / "personas").mkdir()
    (top / "personas" / "ola.yaml").write_text(OLA.format(**words), encoding="utf-8")
    for name in broken:
        (top / "personas" / name).write_text(BROKEN.format(id=name[:-5]), encoding="utf-8")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "start")
    (top / "personas" / "ola.yaml").write_text(
        OLA.format(**words).replace("pięć", "dziesięć").replace("five", "ten"), encoding="utf-8")
    monkeypatch.chdir(top)
    for key, value in {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-01"}.items():
        monkeypatch.setenv(key, value)


def _notes() -> list[str]:
    result = CliRunner().invoke(app, ["diff", "HEAD"])
    assert result.exit_code == 1, result.output
    # a Polish diff's notes say "uwaga:" (8f6d4674), an English one's "note:"
    return [line for line in result.stderr.splitlines() if line.startswith(("cxkit: note:", "cxkit: uwaga:"))]


def test_one_untouched_file_polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path, monkeypatch, PL, ["zofia.yaml"])
    assert _notes() == ["cxkit: uwaga: " + PROBLEM.format(name="zofia.yaml")
                        + "; plik jest taki sam po obu stronach, więc nic się w nim nie zmieniło"]


def test_one_untouched_file_only_moved_polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path, monkeypatch, PL, ["zofia.yaml"])
    git(tmp_path, "mv", "personas/zofia.yaml", "personas/zofia-stara.yaml")
    assert _notes() == ["cxkit: uwaga: " + PROBLEM.format(name="zofia-stara.yaml")
                        + "; plik tylko przeniesiono tu z personas/zofia.yaml, więc nic się w nim nie zmieniło"]


@pytest.mark.parametrize(("count", "files"), [
    (2, "2 pliki, których nie można odczytać, są takie same"),
    (5, "5 plików, których nie można odczytać, jest takich samych"),
])
def test_several_untouched_files_polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int, files: str) -> None:
    _repo(tmp_path, monkeypatch, PL, [f"z{i}.yaml" for i in range(count)])
    git(tmp_path, "mv", "personas/z0.yaml", "personas/z0-stara.yaml")
    assert _notes() == [f"cxkit: uwaga: {files} po obu stronach (1 z nich tylko przeniesiono), więc nic się w nich "
                        "nie zmieniło; `cxkit lint --select yaml-syntax` je wymienia"]


def test_english_notes_are_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path, monkeypatch, EN, ["zofia.yaml"])
    assert _notes() == ["cxkit: note: " + PROBLEM.format(name="zofia.yaml")
                        + "; the file is the same on both sides, so nothing in it changed"]
    (tmp_path / "personas" / "z2.yaml").write_text(BROKEN.format(id="z2"), encoding="utf-8")
    git(tmp_path, "add", "personas/z2.yaml")
    git(tmp_path, "commit", "-q", "-m", "another broken file")
    git(tmp_path, "mv", "personas/z2.yaml", "personas/z2-old.yaml")
    assert _notes() == ["cxkit: note: 2 files that cannot be read are the same on both sides (1 of them only moved), "
                        "so nothing in them changed; `cxkit lint --select yaml-syntax` lists them"]
