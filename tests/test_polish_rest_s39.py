"""The last of cxkit's own lines said in Polish in a `lang = "pl"` workspace (session 39), each beside its English
twin, which stays as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Biegaczka
lang: pl
summary: Biega trzy razy w tygodniu po Parku Skaryszewskim i co pół roku kupuje nowe buty.
goals:
  - Kupić buty do biegania poniżej 400 zł
"""


def _ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, config: str = "") -> Path:
    (tmp_path / "personas").mkdir(exist_ok=True)
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n{config}', encoding="utf-8")
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def _run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


# --- the note on files git ignores: "at least 1 more file", not "files" -----------------------------------------------

@pytest.mark.skipif(__import__("shutil").which("git") is None, reason="git missing")
@pytest.mark.parametrize("drafts, stopped, said", [
    (1, True, "cxkit: note: git ignores at least 1 more file here that looks like a cxkit document, so it was not "
              "checked (szkice/ola-0.yaml, ...); name it (cxkit lint szkice/ola-0.yaml), or set respect-gitignore = "
              'false in cxkit.toml; to keep it unchecked without this note, add "szkice" to exclude there'),
    (1, False, "cxkit: note: git ignores 1 more file here that looks like a cxkit document, so it was not checked "
               "(szkice/ola-0.yaml); name it"),
    (2, True, "cxkit: note: git ignores at least 2 more files here that look like cxkit documents, so they were not "
              "checked (szkice/ola-0.yaml, ...); name them"),
])
def test_at_least_one_file_git_ignores_is_one_file_in_english_s39(tmp_path, monkeypatch, drafts, stopped, said) -> None:
    from test_polish_wording_s38 import _lookalikes_note

    assert _lookalikes_note(tmp_path, monkeypatch, "en", drafts, stopped).startswith(said)
