"""`cxkit new` in a Polish workspace: the id it cannot make or is given wrong, and a blank name, in Polish
(review of 2bb35a88 and 9c572ff6, tester40 M4/L15): its other usage errors, notes and refusals were Polish
there, with ids in „…”, but `--id 'Ola Nowak'` said "is not a valid id (…, e.g. 'ola-nowak')", a name with no
letter to make an id from "cannot make an id from the name '!!!'; give one with --id", and an empty name
"the name is empty; give the persona's name".  Each beside its English neighbour, which says what it said."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app


def _ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr


@pytest.mark.parametrize("lang, args, said", [
    ("pl", ("persona", "Ola Nowak", "--id", "Ola Nowak"),
     "cxkit: --id „Ola Nowak” nie jest poprawnym id (małe litery i cyfry połączone łącznikami lub podkreślnikami, "
     "np. „ola-nowak”); czy chodziło o „ola-nowak”?"),
    ("en", ("persona", "Ola Nowak", "--id", "Ola Nowak"),
     "cxkit: --id 'Ola Nowak' is not a valid id (lowercase letters and digits joined by hyphens or underscores, "
     "e.g. 'ola-nowak'); did you mean 'ola-nowak'?"),
    ("pl", ("persona", "!!!"), "cxkit: z nazwy „!!!” nie da się utworzyć id; podaj je w --id"),
    ("en", ("persona", "!!!"), "cxkit: cannot make an id from the name '!!!'; give one with --id"),
    ("pl", ("journey", ""), "cxkit: nazwa jest pusta; podaj nazwę ścieżki, np. cxkit new journey \"Zakup karty\""),
    ("pl", ("negative-persona", "   "),
     "cxkit: nazwa jest pusta (same spacje); podaj nazwę persony negatywnej, np. cxkit new negative-persona "
     "\"Ola Nowak\""),
    ("pl", ("persona", ""), "cxkit: nazwa jest pusta; podaj nazwę persony, np. cxkit new persona \"Ola Nowak\""),
    ("en", ("persona", "  "), "cxkit: the name is blank; give the persona's name, e.g. cxkit new persona \"Ola Nowak\""),
])
def test_new_says_what_id_or_name_it_cannot_use_in_the_workspace_s_language_s38(tmp_path, monkeypatch, lang, args,
                                                                                 said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    code, err = _run("new", *args)
    assert (code, err) == (2, said + "\n")
    assert not list(tmp_path.rglob("*.yaml"))
