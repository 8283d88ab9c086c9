"""After `cxkit new`, one line says how many TODO placeholders the template left, so the warnings
`cxkit lint` gives right after (67 for a journey) read as the list of what is left to fill in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app


@pytest.mark.parametrize(("kind", "name", "lang"), [
    ("journey", "Kasia zakłada konto", "pl"),
    ("persona", "Katarzyna Wójcik", "pl"),
    ("negative-persona", "Henryk Gotówka", "pl"),
    ("journey", "Opening an account", "en"),
])
def test_the_note_counts_what_lint_reports(kind: str, name: str, lang: str, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    made = CliRunner().invoke(app, ["new", kind, name, "--no-input", "--lang", lang, "--dir", "."])
    assert made.exit_code == 0, made.output
    path = made.stdout.strip()
    found = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", "--select", "placeholder", path])
    count = len(json.loads(found.stdout))
    assert count > 5
    # In the workspace's language (`lang = "pl"`: Polish, with the count's Polish form: 66, 16, 11 miejsc).
    assert made.stderr.splitlines()[-1] == (
        f"cxkit: uwaga: {count} miejsc TODO do wypełnienia na podstawie badań; do tego czasu `cxkit lint` "
        "zgłasza każde (CX501 placeholder), a `cxkit lint --statistics` liczy, ile zostało" if lang == "pl" else
        f"cxkit: note: {count} TODO placeholders to fill in from your research; until then `cxkit lint` "
        "reports each (CX501 placeholder), so `cxkit lint --statistics` counts what is left")


def test_no_note_when_nothing_is_left() -> None:
    """Guard: a document with no TODO (answers given for every value) gets no note."""
    from cxkit.scaffold.new import placeholders_note

    assert placeholders_note("kind: persona\nid: ola\nname: Ola\n# Zastąp każde TODO\n") is None
    assert placeholders_note('owner: TODO  # TODO: who\n').startswith("cxkit: note: 1 TODO placeholder to fill in")
