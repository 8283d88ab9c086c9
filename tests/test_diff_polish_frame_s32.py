"""`cxkit diff` and `cxkit review` frame Polish documents in Polish: the summary with Polish plurals
(1 zmiana, 2 zmiany, 5 zmian, 12 zmian, 22 zmiany), the Markdown bullets (**zmieniono**), an added
document ("Nowa ścieżka „…”"), the side ("kopia robocza") and review's verdict ("Wynik: …").
English documents keep the English frame, and a diff of a Polish and an English document is framed
in the configuration's `lang`, else in English, each document's own bullets in its language."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import committed, needs_git

ENV = {"NO_COLOR": "1", "COLUMNS": "100"}


def _persona(doc_id: str, goals: list[str], lang: str = "pl") -> str:
    return f"kind: persona\nid: {doc_id}\nname: Ania Nowak\nlang: {lang}\ngoals:\n" + "".join(f"  - {g}\n" for g in goals)


def _diff(old: Path, new: Path, fmt: str = "text", cwd: Path | None = None) -> str:
    result = CliRunner().invoke(app, ["diff", "-f", fmt, str(old), str(new)], env=ENV)
    assert result.exit_code == 1, result.output
    return result.stdout


def _goals(n: int, when: str) -> list[str]:
    return [f"Kupić bilet numer {i + 1} {when} bez kolejki" for i in range(n)]


@pytest.mark.parametrize(("n", "said"), [(1, "1 zmiana"), (2, "2 zmiany"), (5, "5 zmian"), (12, "12 zmian"),
                                         (22, "22 zmiany")])
def test_the_summary_counts_changes_with_polish_plurals(tmp_path: Path, n: int, said: str) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(_persona("ania", _goals(n, "dziś")), encoding="utf-8")
    new.write_text(_persona("ania", _goals(n, "jutro")), encoding="utf-8")
    text = _diff(old, new)
    assert text.splitlines()[-1] == f"1 dokument różni się (1 zmieniony); {said} w dokumencie."
    md = _diff(old, new, "markdown")
    assert f"\n1 dokument różni się (1 zmieniony); {said} w dokumencie.\n" in md
    assert md.count("- **zmieniono** Cele `#") == n and "**changed**" not in md


@pytest.mark.parametrize(("n", "said"), [(2, "2 dokumenty różnią się (2 zmienione); 2 zmiany w dokumentach."),
                                         (5, "5 dokumentów różni się (5 zmienionych); 5 zmian w dokumentach."),
                                         (12, "12 dokumentów różni się (12 zmienionych); 12 zmian w dokumentach.")])
def test_documents_are_counted_and_the_verb_agrees(tmp_path: Path, n: int, said: str) -> None:
    for side, when in (("old", "dziś"), ("new", "jutro")):
        (tmp_path / side).mkdir()
        for i in range(n):
            (tmp_path / side / f"osoba-{i}.yaml").write_text(_persona(f"osoba-{i}", _goals(1, when)), encoding="utf-8")
    assert _diff(tmp_path / "old", tmp_path / "new").splitlines()[-1] == said


JOURNEY = """\
kind: journey
id: konto
name: Kasia zakłada konto
lang: pl
persona: ania
stages:
  - id: pobranie
    name: Pobranie aplikacji
    emotion: -1
"""


def test_an_added_document_is_named_in_polish_in_text_and_markdown(tmp_path: Path) -> None:
    for side in ("old", "new"):
        (tmp_path / side).mkdir()
        (tmp_path / side / "ania.yaml").write_text(_persona("ania", _goals(1, "dziś")), encoding="utf-8")
    (tmp_path / "new" / "konto.yaml").write_text(JOURNEY, encoding="utf-8")
    text = _diff(tmp_path / "old", tmp_path / "new")
    assert text.splitlines() == ["+ konto  konto.yaml  nowa ścieżka „Kasia zakłada konto”", "",
                                 "1 dokument różni się (1 dodany)."]
    md = _diff(tmp_path / "old", tmp_path / "new", "markdown")
    assert "\n### `konto` · `konto.yaml` (dodany)\n\nNowa ścieżka „Kasia zakłada konto”.\n" in md
    gone = _diff(tmp_path / "new", tmp_path / "old", "markdown")
    assert "\n### `konto` · `konto.yaml` (usunięty)\n\nUsunięta ścieżka „Kasia zakłada konto”.\n" in gone
    assert "\n1 dokument różni się (1 usunięty).\n" in gone


def test_english_documents_keep_the_english_frame(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(_persona("sam", ["Buy a ticket today", "Skip the queue today"], "en"), encoding="utf-8")
    new.write_text(_persona("sam", ["Buy a ticket tomorrow", "Skip the queue tomorrow"], "en"), encoding="utf-8")
    assert _diff(old, new).splitlines()[-1] == "1 document differs (1 changed); 2 changes inside documents."
    md = _diff(old, new, "markdown")
    assert md.splitlines()[:3] == [f"## cxkit diff: `{old}` → `{new}`", "", "1 document differs (1 changed); 2 changes inside documents."]
    assert md.count("- **changed** Goals `#") == 2


def _mixed(tmp_path: Path) -> tuple[Path, Path]:
    for side, pl, en in (("old", "Kupić bilet dziś", "Buy a ticket today"), ("new", "Kupić bilet jutro", "Buy a ticket tomorrow")):
        (tmp_path / side).mkdir()
        (tmp_path / side / "ania.yaml").write_text(_persona("ania", [pl]), encoding="utf-8")
        (tmp_path / side / "sam.yaml").write_text(_persona("sam", [en], "en"), encoding="utf-8")
    return tmp_path / "old", tmp_path / "new"


def test_a_polish_and_an_english_document_are_framed_in_english_without_a_config(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    md = _diff(*_mixed(tmp_path), "markdown")
    assert "\n2 documents differ (2 changed); 2 changes inside documents.\n" in md
    # Each document's bullets are in its own language, as its field names are.
    assert "- **zmieniono** Cele `#1`: Kupić bilet (usunięto: „dziś”; dodano: „jutro”)" in md
    assert "- **changed** Goals `#1`: Buy a ticket (removed: “today”; added: “tomorrow”)" in md


def test_a_polish_and_an_english_document_are_framed_in_the_configs_lang(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    old, new = _mixed(tmp_path)
    assert _diff(old, new).splitlines()[-1] == "2 dokumenty różnią się (2 zmienione); 2 zmiany w dokumentach."
    md = _diff(old, new, "markdown")
    assert "- **changed** Goals `#1`" in md and "- **zmieniono** Cele `#1`" in md


PERSONA = ("kind: persona\nid: pawel\nname: Paweł Czerski\nlang: pl\nreviewed: 2026-11-01\n"
           "sources: [{id: w1, type: interview, date: 2026-10-01}]\ngoals:\n  - Kupić słuchawki, które zagrają z FiiO K7\n")


def _review(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["review", "HEAD", *args], env=ENV)
    return result.exit_code, result.stdout


@needs_git
def test_reviews_verdict_on_polish_documents_is_polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = committed(tmp_path / "repo", monkeypatch, {"personas/pawel.yaml": PERSONA})
    repo.write("personas/pawel.yaml", PERSONA.replace("zagrają", "dobrze zagrają"))
    code, text = _review("-f", "text")
    assert code == 0
    # A goal changed while `reviewed` did not: review notes it (in Polish) after its verdict (s40).
    assert text.splitlines()[2] == "Wynik: zaliczony: brak nowych uwag na poziomie warning lub wyższym."
    assert text.splitlines()[3].startswith("Data przeglądu: personas/pawel.yaml: cechy persony się zmieniły")
    assert text.splitlines()[-1] == "1 dokument różni się (1 zmieniony); 1 zmiana w dokumencie."
    repo.write("personas/pawel.yaml", PERSONA.replace("sources: [{id: w1, type: interview, date: 2026-10-01}]\n", ""))
    code, md = _review()
    assert code == 1
    assert "\n**Wynik:** niezaliczony: 1 nowa uwaga na poziomie `warning` lub wyższym.\n" in md
    assert "- **usunięto** Źródła" in md
    code, md = _review("--fail-level", "never")
    assert code == 0 and "\n**Wynik:** zaliczony (próg `fail-level` to `never`).\n" in md


@needs_git
def test_reviews_verdict_on_english_documents_is_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    english = PERSONA.replace("lang: pl", "lang: en").replace("Kupić słuchawki, które zagrają z FiiO K7",
                                                              "Buy headphones that suit the FiiO K7")
    repo = committed(tmp_path / "repo", monkeypatch, {"personas/pawel.yaml": english})
    repo.write("personas/pawel.yaml", english.replace("sources: [{id: w1, type: interview, date: 2026-10-01}]\n", ""))
    code, text = _review("-f", "text")
    assert code == 1
    assert text.splitlines()[2] == "Result: fails: 1 finding at warning level or above introduced."
    code, md = _review()
    assert "\n**Result:** fails: 1 finding at `warning` level or above introduced.\n" in md


def test_the_git_driver_frames_a_polish_document_in_polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As git calls it: path, old file, old hash, old mode, new file, new hash, new mode.
    monkeypatch.chdir(tmp_path)
    old, new = tmp_path / "stary.yaml", tmp_path / "nowy.yaml"
    old.write_text(_persona("ania", _goals(2, "dziś")), encoding="utf-8")
    new.write_text(_persona("ania", _goals(2, "jutro")), encoding="utf-8")
    args = ["personas/ania.yaml", str(old), "1" * 40, "100644", str(new), "2" * 40, "100644"]
    result = CliRunner().invoke(app, ["diff", "--git-driver", "-f", "markdown", *args], env=ENV)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:3] == [
        "## cxkit diff: `a/personas/ania.yaml` → `b/personas/ania.yaml`", "",
        "1 dokument różni się (1 zmieniony); 2 zmiany w dokumencie."]
    text = CliRunner().invoke(app, ["diff", "--git-driver", *args], env=ENV).stdout
    assert text.splitlines()[0] == "cxkit diff a/personas/ania.yaml b/personas/ania.yaml"
    assert "  ~ Cele #1: Kupić bilet numer 1 [-dziś-]{+jutro+} bez kolejki" in text
