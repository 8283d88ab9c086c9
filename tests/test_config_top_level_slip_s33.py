"""A top-level key appended at the end of a config lands in its last [table] (TOML puts every key after
a table header into that table): `baseline = ...` below `[labels.pl]` read "unknown key
'labels.pl.baseline'; a label heads one of a document's fields: …", which sends the reader to the
labels. Every table now says the key is a top-level one and where it goes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

MOVE = "is a top-level key: move it above the first [table]"
#: In a Polish workspace (`lang = "pl"`), since session 40.
MOVE_PL = "to klucz najwyższego poziomu: przenieś go nad pierwszą [tabelę]"


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str):
    root = tmp_path / "zespol"
    (root / "personas").mkdir(parents=True)
    (root / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(root)
    return CliRunner().invoke(app, ["lint", "--no-cache", "."])


@pytest.mark.parametrize(("table", "key", "value", "said", "said_pl"), [
    ("labels.pl", "baseline", '".cxkit-baseline.json"', "cxkit.toml:6:1: unknown key 'labels.pl.baseline'; ",
     "cxkit.toml:6:1: nieznany klucz `labels.pl.baseline`; "),
    ("labels.pl", "lang", '"pl"', "cxkit.toml:6:1: unknown key 'labels.pl.lang'; ",
     "cxkit.toml:6:1: nieznany klucz `labels.pl.lang`; "),
    ("labels", "exclude", '["szkice"]', "cxkit.toml:6:1: unknown key 'labels.exclude'; ",
     "cxkit.toml:6:1: nieznany klucz `labels.exclude`; "),
    ("rules.stale-review", "fail-level", '"error"', "cxkit.toml:6:1: rule 'stale-review' has no option 'fail-level'",
     "cxkit.toml:6:1: reguła „stale-review” nie ma opcji `fail-level`"),
    ("rules", "baseline", '".cxkit-baseline.json"', "bad value for 'rules': 'baseline' is no rule: ",
     "zła wartość `rules`: „baseline” to nie reguła: "),
    ("per-file-ignores", "baseline", '".cxkit-baseline.json"',
     "bad value for 'per-file-ignores': \"baseline\" is no file pattern: ",
     "zła wartość `per-file-ignores`: „baseline” to nie wzorzec plików: "),
])
@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_top_level_key_under_a_table_is_told_where_it_goes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                                             table: str, key: str, value: str, said: str, said_pl: str) -> None:
    first = 'purchase_triggers = "Skorzystałby, gdyby"\n' if table == "labels.pl" else \
        "max-age-months = 6\n" if table.startswith("rules.") else ""
    text = f'lang = "{lang}"\n\n[{table}]\n{first or chr(10)}\n{key} = {value}\n'
    result = lint(tmp_path, monkeypatch, "cxkit.toml", text)
    assert result.exit_code == 2
    assert (said_pl if lang == "pl" else said) in result.stderr, result.stderr
    assert f"`{key}` {MOVE_PL if lang == 'pl' else MOVE}" in result.stderr, result.stderr
    assert "a label heads one of a document's fields" not in result.stderr
    assert "nagłówek stoi nad jednym z pól" not in result.stderr


def test_in_pyproject_it_goes_under_tool_cxkit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = '[tool.cxkit]\nlang = "pl"\n\n[tool.cxkit.labels.pl]\npurchase_triggers = "Skorzystałby, gdyby"\nbaseline = "b.json"\n'
    result = lint(tmp_path, monkeypatch, "pyproject.toml", text)
    assert result.exit_code == 2
    assert ("pyproject.toml:6:1: nieznany klucz `[tool.cxkit].labels.pl.baseline`; `baseline` to klucz tabeli "
            "[tool.cxkit]: przenieś go pod [tool.cxkit], nad jej pierwszą podtabelę") in result.stderr, result.stderr
    english = lint(tmp_path / "en", monkeypatch, "pyproject.toml", text.replace('"pl"', '"en"', 1))
    assert ("pyproject.toml:6:1: unknown key '[tool.cxkit].labels.pl.baseline'; `baseline` is a key of [tool.cxkit]: "
            "move it under [tool.cxkit], above its first sub-table") in english.stderr, english.stderr


def test_another_unknown_label_keeps_its_advice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: a label key that is no top-level key is still matched with the fields."""
    text = 'lang = "pl"\n\n[labels.pl]\npurchase_trigers = "Skorzystałby, gdyby"\n'
    result = lint(tmp_path, monkeypatch, "cxkit.toml", text)
    assert "nieznany klucz `labels.pl.purchase_trigers`; czy chodziło o `purchase_triggers`?" in result.stderr
