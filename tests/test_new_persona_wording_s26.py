"""The persona templates of `cxkit new` speak of the people a team serves, not only of customers (session 26).

A city hall's service designer ran `cxkit new persona` beside `cxkit new journey --stages service`: the
persona began "one segment of your real customers", its behaviours asked how they "compare and buy",
the negative persona's every question was about buying a product. The two persona templates now fit a
shop and a public service alike (customers, users, residents, applicants; buy, sign up or apply; a
brand or an office), in Polish and English. The negative persona keeps its `purchase_triggers` field
(documented; rendered "Kupi, jeśli" / "Would buy if"), its guidance saying "buy or take it up". A new
file lints to exactly the findings it got before: its TODOs and the missing `reviewed` date.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    return tmp_path


def invoke(*args: str):
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert not (result.exception and not isinstance(result.exception, SystemExit)), repr(result.exception)
    return result


def new(ws: Path, kind: str, name: str, lang: str) -> str:
    result = invoke("new", kind, name, "--lang", lang, "--no-input", "--dir", "personas")
    assert result.exit_code == 0, result.stderr
    return (ws / result.stdout.strip()).read_text(encoding="utf-8")


def test_the_polish_persona_speaks_of_residents_and_applicants_too(ws):
    text = new(ws, "persona", "Halina Wróbel", "pl")  # fails before (all of these)
    assert text.startswith("# Persona: jedna osoba, która reprezentuje jeden segment prawdziwych ludzi, dla których "
                           "pracujesz:\n# klientów, użytkowników albo mieszkańców i wnioskodawców usługi publicznej.\n")
    assert "porównuje i decyduje, czy kupić, zapisać się albo\n# złożyć wniosek" in text
    assert "sklepy, urzędy, aplikacje" in text
    assert "# Czego oczekuje od organizacji takiej jak Twoja (marki, urzędu)" in text
    assert "Twoich prawdziwych klientów" not in text


def test_the_english_persona_speaks_of_residents_and_applicants_too(ws):
    text = new(ws, "persona", "Halina Wrobel", "en")  # fails before (all of these)
    assert text.startswith("# Persona: one person who stands for one segment of the real people you serve: "
                           "customers,\n# users, or the residents and applicants of a public service.\n")
    assert "compare and decide to buy, sign up or\n# apply" in text
    assert "shops, offices, apps" in text
    assert "# What they expect from an organisation like yours (a brand, an office)" in text
    assert "your real customers" not in text


@pytest.mark.parametrize(("lang", "header", "trigger_comment", "trigger_todo"), [
    ("pl", "# Persona negatywna: ktoś, kto NIE jest Twoim klientem ani odbiorcą Twojej usługi, i dlaczego.\n",
     "# Co mimo wszystko skłoniłoby ją do zakupu albo skorzystania z usługi (i czy Ci się to opłaca?).\n",
     '  - text: "TODO: wydarzenie, które skłoniłoby ją do zakupu albo skorzystania"\n'),
    ("en", "# Negative persona: someone who is NOT your customer or user, and why.\n",
     "# What would make them buy or take it up after all (and is it worth it for you?).\n",
     '  - text: "TODO: the event that would make them buy or take it up"\n'),
])
def test_the_negative_persona_keeps_its_trigger_field_with_sector_neutral_guidance(ws, lang, header, trigger_comment,
                                                                                   trigger_todo):
    text = new(ws, "negative-persona", "Janusz Okazja", lang)
    assert text.startswith(header)  # fails before
    assert f"{trigger_comment}purchase_triggers:\n{trigger_todo}" in text  # fails before; the field's name kept
    assert "reasons:" in text and "abandon_triggers:" in text


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_new_persona_lints_to_its_todos_and_the_missing_review_date_only(ws, lang):
    """Guard: the wording changed, the findings of a new file did not."""
    new(ws, "persona", "Halina Wróbel" if lang == "pl" else "Helen Carter", lang)
    new(ws, "negative-persona", "Janusz Okazja", lang)
    result = invoke("lint", "--no-cache", "--format", "json", "personas")
    assert result.exit_code == 1, result.stderr
    findings = json.loads(result.stdout)
    counts = Counter((Path(f["path"]).name.split("-")[0], f["rule"]) for f in findings)
    first = "halina" if lang == "pl" else "helen"
    # No date at all (its source is undated): stale-review's since session 34, missing-review-date's before.
    assert counts == {(first, "placeholder"): 16, (first, "stale-review"): 1,
                      ("janusz", "placeholder"): 11, ("janusz", "stale-review"): 1}
    assert all(f["message"].startswith("unfilled placeholder") or "TODO" in f["message"]
               for f in findings if f["rule"] == "placeholder")
    assert invoke("fmt", "--check", "personas").exit_code == 0
