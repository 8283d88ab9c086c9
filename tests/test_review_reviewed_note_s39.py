"""`cxkit review` notes a persona's traits or a journey's emotions changed while `reviewed` did not (session 39).

tester42 (#20): nothing nudged updating `reviewed` when a change edited an emotion or a persona's trait.  Lint
sees one version and cannot tell; the review sees both.  It says so in a note beside its findings (text,
Markdown, HTML), not as a finding: the exit code stays as it is (a typo fixed is no new research, and only the
team knows whether the change was checked).  A `reviewed` set again, or none at all (CX304's), gets no note.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git missing")

KASIA = """\
kind: persona
id: kasia-zielinska
name: Kasia Zielińska
lang: pl
goals:
  - text: Znaleźć krem SPF 50, który nie bieli skóry i nie szczypie w oczy podczas biegania
    sources: [wywiady]
behaviours:
  - text: Trzy razy w tygodniu biega nad Wartą, latem po 18:00
    sources: [wywiady]
sources:
  - id: wywiady
    type: interview
    date: 2026-11-20
    n: 6
reviewed: 2026-12-01
"""

SCIEZKA = """\
kind: journey
id: kasia-kupuje-krem
name: Kasia kupuje krem z filtrem
persona: kasia-zielinska
lang: pl
reviewed: 2026-12-01
stages:
  - id: sklep
    name: Porównuje kremy w sklepie
    touchpoints: [karta produktu, INCI]
    feeling: Zirytowana brakiem pełnego składu
    emotion: -1
  - id: dostawa
    name: Czeka na paczkę
    touchpoints: [InPost]
    emotion: 0
"""

MAYA = """\
kind: persona
id: maya-commuter
name: Maya Patel
lang: en
goals:
  - Book a bike service on a Saturday morning without losing the whole weekend
reviewed: 2026-11-28
"""


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas" / "kasia-zielinska.yaml").write_text(KASIA, encoding="utf-8")
    (tmp_path / "journeys" / "kasia-kupuje-krem.yaml").write_text(SCIEZKA, encoding="utf-8")
    (tmp_path / "personas" / "maya-commuter.yaml").write_text(MAYA, encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "-c", "user.email=t@example.com", "-c", "user.name=t", "add", "-A")
    _git(tmp_path, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "base")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "300")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    return tmp_path


def edit(repo: Path, rel: str, old: str, new: str) -> None:
    path = repo / rel
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


def notes(*args: str) -> list[str]:
    result = run_cli("review", "main", "--no-cache", *args)
    assert result.exception is None, repr(result.exception)
    return [line for line in result.stdout.splitlines() if "reviewed" in line and ("Data przeglądu" in line
                                                                                  or "Reviewed date" in line)]


def test_a_trait_and_an_emotion_changed_without_reviewed_are_noted_in_polish_s39(repo: Path) -> None:
    edit(repo, "personas/kasia-zielinska.yaml", "Trzy razy w tygodniu", "Dwa razy w tygodniu")
    edit(repo, "journeys/kasia-kupuje-krem.yaml", "emotion: -1", "emotion: -2")
    assert notes("-f", "text") == [
        "Data przeglądu: journeys/kasia-kupuje-krem.yaml: emocje ścieżki się zmieniły (etap „sklep”), a `reviewed` "
        "nadal ma datę 2026-12-01; gdy zespół porówna zmianę z wynikami badań, wpisz w `reviewed` datę tego "
        "porównania",
        "Data przeglądu: personas/kasia-zielinska.yaml: cechy persony się zmieniły, a `reviewed` nadal ma datę "
        "2026-12-01; gdy zespół porówna zmianę z wynikami badań, wpisz w `reviewed` datę tego porównania",
    ]
    assert len(notes("-f", "markdown")) == 2
    assert run_cli("review", "main", "--no-cache", "-f", "text").exit_code == 0  # a note, no finding


def test_an_english_persona_is_noted_in_english_s39(repo: Path) -> None:
    (repo / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    _git(repo, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qam", "en")
    edit(repo, "personas/maya-commuter.yaml", "Saturday morning", "Saturday before 10:00")
    assert notes("-f", "text") == [
        "Reviewed date: personas/maya-commuter.yaml: the persona's traits changed, and `reviewed` still says "
        "2026-11-28; when the team has checked the change against the research, set it to that day"]


def test_a_feeling_changed_names_its_stage_and_html_says_it_s39(repo: Path, tmp_path: Path) -> None:
    edit(repo, "journeys/kasia-kupuje-krem.yaml", "Zirytowana brakiem pełnego składu", "Zła, bo nie ma składu INCI")
    assert [n.split(" (")[1].split(")")[0] for n in notes("-f", "text")] == ["etap „sklep”"]
    result = run_cli("review", "main", "--no-cache", "-f", "html", "-o", str(tmp_path / "r.html"))
    assert result.exception is None
    assert "Data przeglądu:" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_guard_reviewed_set_again_gets_no_note_s39(repo: Path) -> None:
    edit(repo, "personas/kasia-zielinska.yaml", "Trzy razy w tygodniu", "Dwa razy w tygodniu")
    edit(repo, "personas/kasia-zielinska.yaml", "reviewed: 2026-12-01", "reviewed: 2026-12-07")
    assert notes("-f", "text") == []


def test_guard_a_stage_renamed_or_touchpoints_changed_get_no_note_s39(repo: Path) -> None:
    edit(repo, "journeys/kasia-kupuje-krem.yaml", "touchpoints: [InPost]", "touchpoints: [InPost, paczkomat]")
    edit(repo, "journeys/kasia-kupuje-krem.yaml", "Czeka na paczkę", "Czeka na paczkę z InPostu")
    assert notes("-f", "text") == []
