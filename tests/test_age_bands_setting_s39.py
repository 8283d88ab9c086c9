"""tester43, finding 4: `age: "25-34"` (a band as anonymised research and the ONS report ages) was reported
with no word of how a team that reports such bands keeps them, and docs/format.md gave "35-44" as a valid
age.  The default stays 5 years (a persona is one person; "30-40" is the method's own example of
pseudo-profiling); the finding now names the setting and the value its range needs, and the docs agree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli
from rule_helpers import pos, run, where

RULE = "pseudo-profiling"


def _persona(lang: str, age: str) -> str:
    trait = ("Płaci podatek od nieruchomości gotówką w kasie urzędu w każdy piątek" if lang == "pl"
             else "Pays council tax in cash at the PayPoint in the Co-op every Friday")
    return (f"kind: persona\nid: k\nname: Kelly Brooks\nlang: {lang}\ndemographics:\n  age: {json.dumps(age)}\n"
            f"behaviours:\n  - {trait}\n")


def test_a_band_is_told_the_setting_that_keeps_it(tmp_path, monkeypatch):
    text = _persona("en", "25-34")
    found = run(tmp_path, monkeypatch, {"personas/k.yaml": text}, RULE)
    assert [where(f) for f in found] == [("personas/k.yaml", *pos(text, '"25-34"'))]
    assert found[0].message == (  # fails before: it ended at "at most 5 years"
        'age "25-34" spans 9 years, more than max-age-span 5: a persona is one person; give one age, or a range of '
        "at most 5 years; a team whose research reports ages in bands keeps them with max-age-span = 9 under "
        "[rules.pseudo-profiling] in cxkit.toml")


def test_the_setting_it_names_keeps_the_band(tmp_path, monkeypatch):
    assert run(tmp_path, monkeypatch, {"personas/k.yaml": _persona("en", "25-34")}, RULE, max_age_span=9) == []
    found = run(tmp_path, monkeypatch, {"personas/k.yaml": _persona("en", "30-45")}, RULE, max_age_span=9)
    assert len(found) == 1 and "keeps them with max-age-span = 15" in found[0].message  # guard: wider still


def test_an_open_range_is_not_told_to_widen_the_limit(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/k.yaml": _persona("en", "65+")}, RULE)
    assert [f.message for f in found] == [  # guard: no band to keep
        'age "65+" is open-ended (65 and over), more than max-age-span 5: a persona is one person; give one age, '
        "or a range of at most 5 years"]


def test_a_polish_workspace_names_it_in_polish(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', files={"personas/k.yaml": _persona("pl", "35-44")})
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json", "--select", RULE).stdout)
    assert [f["message"] for f in found] == [  # fails before
        "`age` „35-44” obejmuje 9 lat, więcej niż max-age-span 5: persona to jedna osoba; podaj jeden wiek albo "
        "przedział najwyżej 5 lat; zespół, którego badania podają wiek w przedziałach, zachowa je, wpisując "
        "max-age-span = 9 w [rules.pseudo-profiling] w cxkit.toml"]


@pytest.mark.parametrize("age", ["38", "32-36"])
def test_the_ages_the_format_docs_give_pass_the_default(tmp_path, monkeypatch, age):
    docs = (Path(__file__).resolve().parent.parent / "docs" / "format.md").read_text(encoding="utf-8")
    row = next(line for line in docs.splitlines() if line.startswith("| `age`"))
    assert f"`{age}`" in row.replace('"', "")  # fails before: the row gave "35-44" as an example
    assert run(tmp_path, monkeypatch, {"personas/k.yaml": _persona("en", age)}, RULE) == []
