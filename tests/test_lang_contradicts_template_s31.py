"""lang-contradicts-text (CX602) reads the text a team wrote, not the template's placeholders.

`cxkit new --lang de` (or a config's `lang = "de"`) writes the English template marked `lang: de`: every
value a "TODO: ..." to fill in. Such a fresh document got "`lang: de` means German; this text reads as
English: use `lang: en`", advice that is wrong, on the first lint a German, Czech or Ukrainian team ran.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli


def _cx602(root: Path) -> list[tuple[str, str]]:
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "CX602", str(root))
    assert result.exception is None, repr(result.exception)
    return [(Path(f["path"]).name, f["message"]) for f in json.loads(result.stdout)]


def test_a_template_fresh_from_cxkit_new_in_another_language_gets_no_finding(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for lang in ("de", "cs", "uk"):
        for kind in ("persona", "negative-persona", "journey"):
            made = run_cli("new", kind, f"Test {lang} {kind}", "--lang", lang, "--no-input", "--dir", lang)
            assert made.exit_code == 0, made.stderr
    assert len(list(tmp_path.rglob("*.yaml"))) == 9
    assert _cx602(tmp_path) == []


def test_the_template_filled_in_english_under_lang_de_is_still_a_finding(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run_cli("new", "persona", "Dan Okafor", "--lang", "de", "--no-input", "--dir", "p").exit_code == 0
    path = tmp_path / "p" / "dan-okafor.yaml"
    filled = {
        "TODO: who this is and what they are trying to get done, in two sentences":
            "Owner of a heating firm in Bristol who writes the invoices on Sunday evenings",
        "TODO: a goal in their words, with a measure where you have one":
            "Send each invoice on the day the job is signed off by the customer",
        "TODO: what they need from you to get there": "Parts bought on the trade account appear on the invoice",
        "TODO: a moment that costs them time, money or nerves":
            "Spends two afternoons a month phoning about the overdue invoices",
        "TODO: an observed habit, with how often or where":
            "Asks in the plumbers' group on Facebook before paying for any software",
    }
    text = path.read_text(encoding="utf-8")
    for todo, value in filled.items():
        assert todo in text
        text = text.replace(todo, value)
    path.write_text(text, encoding="utf-8")
    found = _cx602(tmp_path)
    assert len(found) == 1 and found[0][0] == "dan-okafor.yaml"
    assert found[0][1].startswith("`lang: de` means German; this text reads as English"), found
