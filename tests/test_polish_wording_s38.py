"""Polish notes read as Polish (session 38, review of fixKK38's notes).

- Documents in languages cxkit does not read are "w języku de" / "w językach de, cs", never "w de" (a code
  with a bare preposition is no Polish), their number in its form: 1 dokument, 2 dokumenty, 5 dokumentów.
- A configured folder out of the repository: `cxkit new` writes there "tylko wtedy, gdy wskażesz to miejsce
  wprost", not "gdy wskażesz to miejsce sam", which speaks to a man only.
English workspaces say both as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

JONAS = """\
kind: persona
id: {id}
name: Jonas Becker
lang: {lang}
summary: {summary}
goals:
  - {goal}
"""
GERMAN = ("Läuft dreimal pro Woche im Englischen Garten und kauft alle sechs Monate neue Schuhe.",
          "Laufschuhe unter 150 Euro kaufen")
CZECH = ("Běhá třikrát týdně ve Stromovce a každého půl roku kupuje nové boty.", "Koupit běžecké boty do 3000 Kč")


def _ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, docs: list[tuple[str, str, tuple[str, str]]]) -> None:
    (tmp_path / "personas").mkdir()
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    for doc_id, doc_lang, (summary, goal) in docs:
        (tmp_path / "personas" / f"{doc_id}.yaml").write_text(
            JONAS.format(id=doc_id, lang=doc_lang, summary=summary, goal=goal), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


def _note(*args: str) -> str:
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return next((line for line in result.stderr.splitlines() if "rules" in line or "reguł" in line), result.stderr)


@pytest.mark.parametrize("docs, said", [
    ([("jonas", "de", GERMAN)], "cxkit: uwaga: 1 dokument w języku de sprawdzono bez reguł czytających słowa ("),
    ([("jonas", "de", GERMAN), ("jana", "cs", CZECH)],
     "cxkit: uwaga: 2 dokumenty w językach cs, de sprawdzono bez reguł czytających słowa ("),
    ([(f"jonas-{n}", "de", GERMAN) for n in range(5)],
     "cxkit: uwaga: 5 dokumentów w języku de sprawdzono bez reguł czytających słowa ("),
])
def test_documents_in_languages_cxkit_does_not_read_in_polish_s38(tmp_path, monkeypatch, docs, said) -> None:
    _ws(tmp_path, monkeypatch, "pl", docs)
    assert _note().startswith(said), _note()


def test_documents_in_languages_cxkit_does_not_read_in_english_s38(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "en", [("jonas", "de", GERMAN), ("jana", "cs", CZECH)])
    assert _note().startswith("cxkit: note: 2 documents in cs, de are checked without the word rules (")


@pytest.mark.parametrize("lang, said", [
    ("pl", "`cxkit new` zapisuje tam tylko wtedy, gdy wskażesz to miejsce wprost: --dir "),
    ("en", "`cxkit new` writes there only when you name it: --dir "),
])
def test_a_folder_out_of_the_workspace_is_named_plainly_s38(tmp_path, monkeypatch, lang, said) -> None:
    (tmp_path / "sklep").mkdir()
    _ws(tmp_path / "sklep", monkeypatch, lang, [])
    (tmp_path / "sklep" / "cxkit.toml").write_text(f'lang = "{lang}"\npersona-dir = "../poza"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["new", "persona", "Halina Nowak", "--no-input"])
    assert result.exit_code == 2 and said in result.stderr, result.stderr
    assert "sam:" not in result.stderr


@pytest.mark.parametrize("setting, said", [
    ('exlude = ["szkice"]\n', "cxkit: cxkit.toml:2:1: nieznany klucz `exlude`; czy chodziło o `exclude`?\n"),
    ('paths = "personas"\n', 'cxkit: cxkit.toml:2:1: zła wartość `paths`: to ma być lista, nawet jednego elementu: '
                             'zapisz paths = ["personas"]\n'),
    ("csv-separator = ';'\n", "cxkit: cxkit.toml:2:1: nieznany klucz `csv-separator`; to ustawienie polecenia render: "
                              "zapisz go w [render], np. [render] z csv-separator = ';'\n"),
])
def test_a_config_saying_lang_pl_in_capitals_says_its_errors_in_polish_s38(tmp_path, monkeypatch, setting, said) -> None:
    # `lang = "PL"` is a Polish workspace (its findings and notes are Polish): so are its config's errors.
    _ws(tmp_path, monkeypatch, "PL", [])
    (tmp_path / "cxkit.toml").write_text(f'lang = "PL"\n{setting}', encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache"])
    assert (result.exit_code, result.stderr) == (2, said)
    (tmp_path / "cxkit.toml").write_text(f'lang = "EN"\n{setting}', encoding="utf-8")
    english = CliRunner().invoke(app, ["lint", "--no-cache"]).stderr
    assert english.startswith("cxkit: cxkit.toml:2:1: ") and "klucz" not in english and "wartość" not in english


def _lookalikes_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, drafts: int, stopped: bool) -> str:
    """The note on git-ignored files that look like documents, in a workspace with ``drafts`` of them in
    `szkice/`; ``stopped``: the look at them stopped early (a large ignored folder), so it says "at least"."""
    import subprocess

    import cxkit.discovery as discovery

    _ws(tmp_path, monkeypatch, lang, [("jonas", "de", GERMAN)])
    env = {"GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    subprocess.run(["git", "init", "-q", "."], check=True)
    (tmp_path / ".gitignore").write_text("szkice/\n", encoding="utf-8")
    (tmp_path / "szkice").mkdir()
    for n in range(drafts):
        (tmp_path / "szkice" / f"ola-{n}.yaml").write_text(
            JONAS.format(id=f"ola-{n}", lang="de", summary=GERMAN[0], goal=GERMAN[1]), encoding="utf-8")
    looked = discovery.ignored_lookalikes
    monkeypatch.setattr(discovery, "ignored_lookalikes",
                        lambda *a, **k: (looked(*a, **k)[0], stopped))
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json"])
    return next(line for line in result.stderr.splitlines() if "szkice" in line)


@pytest.mark.skipif(__import__("shutil").which("git") is None, reason="git missing")
@pytest.mark.parametrize("drafts, stopped, said", [
    (1, True, "cxkit: uwaga: git ignoruje tu jeszcze co najmniej 1 plik, który wygląda jak dokument cxkit, więc go nie "
              "sprawdzono (szkice/ola-0.yaml, ...); wskaż go (cxkit lint szkice/ola-0.yaml) albo ustaw respect-gitignore = "
              'false w cxkit.toml; by go nie sprawdzać i nie widzieć tej uwagi, dodaj "szkice" do exclude w tej samej konfiguracji'),
    (1, False, "cxkit: uwaga: git ignoruje tu jeszcze 1 plik, który wygląda jak dokument cxkit, więc go nie sprawdzono "
               "(szkice/ola-0.yaml); wskaż go"),
    (2, True, "cxkit: uwaga: git ignoruje tu jeszcze co najmniej 2 pliki, które wyglądają jak dokumenty cxkit, więc ich "
              "nie sprawdzono (szkice/ola-0.yaml, ...); wskaż je"),
])
def test_at_least_one_file_git_ignores_is_one_file_in_polish_s38(tmp_path, monkeypatch, drafts, stopped, said) -> None:
    assert _lookalikes_note(tmp_path, monkeypatch, "pl", drafts, stopped).startswith(said)
