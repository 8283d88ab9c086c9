"""A workspace in one language, as the tests of Polish notes and messages write it (session 37's `lang = "pl"` tests).

`lang_workspace` writes a cxkit.toml that says the workspace's language and its documents in personas/;
OLA (Polish) and SARAH (English) are the personas those tests lint, format, create beside and render.
The tests still choose their own current folder and environment (NO_COLOR, COLUMNS).

The fixtures `pl_ws` and `en_ws` are the bare workspaces of the tests that write their own documents into
them (import them with `# noqa: F401`): tmp_path as the current folder, Polish by its cxkit.toml or English
by having none.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

#: A Polish runner's persona: valid, short; the Polish-notes and fmt tests break copies of it.
OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
summary: Biega trzy razy w tygodniu po Parku Skaryszewskim i kupuje buty co pół roku.
goals:
  - Kupić buty do biegania po asfalcie do 600 zł
"""

#: An English bookkeeper, the persona of an English workspace beside a Polish one.
SARAH = """\
kind: persona
id: sarah-bookkeeper
name: Sarah Bookkeeper
lang: en
summary: Keeps the books of four small shops in Leeds and closes each month in two evenings
behaviours:
  - Exports bank statements to CSV every Friday
reviewed: 2026-11-20
"""

#: The head of tester40's Polish journey (Tomasz disputes a card payment taken twice), the stages to follow:
#: the journey the fmt, init and placeholder tests of a Polish bank's workshop write their stages after.
TOMASZ_JOURNEY_HEAD = """\
kind: journey
id: tomasz-reklamacja
name: Tomasz reklamuje podwójną płatność kartą
persona: tomasz-senior-reklamacja
lang: pl
stages:
"""


def lang_workspace(root: Path, lang: str, personas: dict[str, str], config: str = "") -> Path:
    """A workspace in ``root`` (made with its parents): cxkit.toml saying `lang = "<lang>"`, then ``config``;
    ``personas`` (file name: text) in personas/. Returns ``root``."""
    (root / "personas").mkdir(parents=True)
    (root / "cxkit.toml").write_text(f'lang = "{lang}"\n{config}', encoding="utf-8")
    for name, text in personas.items():
        (root / "personas" / name).write_text(text, encoding="utf-8")
    return root


def enter_in_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                      folders: tuple[str, ...] = ("personas",)) -> str:
    """tmp_path as the current folder of a CLI test (conftest's enter_workspace) on 2026-12-07, a workspace
    whose cxkit.toml says `lang = "<lang>"` and `paths` = ``folders``, each folder made.  Returns ``lang``:
    the body of the `lang` fixture (params "pl", "en") of the schema and fmt tests that lint or lay out one
    document in each language."""
    from conftest import enter_workspace

    paths = ", ".join(f'"{folder}"' for folder in folders)
    enter_workspace(tmp_path, monkeypatch, config=f'lang = "{lang}"\npaths = [{paths}]\n', today="2026-12-07")
    for folder in folders:
        (tmp_path / folder).mkdir()
    return lang


def run_cxkit(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    """`cxkit ARGS` in-process: its exit code, stdout and stderr; a traceback fails the test."""
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def pl_ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path as the current folder of a Polish workspace: a cxkit.toml that says only `lang = "pl"`."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    return tmp_path


@pytest.fixture
def en_ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path as the current folder of an English workspace: no cxkit.toml, so cxkit's default language."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
