"""Left after the session-20 pseudo-profiling work: what medicines are for, and bare job titles.

Making "tanie leki" / "naturalne leki" a generic phrase also called "Kupuje tanie leki na
nadciśnienie" vague: what the goods are for, named right after them, says something even in one
word ("na alergię", "od kaszlu", "przeciw bólowi głowy"), while "na co dzień", "na zdrowie" or
"na zapas" do not.  And a `demographics.occupation` that is only a job title naming no trade
("Manager", "Kierownik", "Specjalista w firmie", "Employee") passed; "Marketing manager",
"Kierowniczka sklepu" or "Product manager w Allegro" name a trade or an employer and stay quiet.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import textwrap
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from cxkit.lint.vague import matcher

RULE = "pseudo-profiling"


def run(root: Path, monkeypatch: pytest.MonkeyPatch) -> list:
    monkeypatch.chdir(root)
    return lint(["."], Config(root=root), Selection(select=(RULE,))).findings


# --- 1. what the medicines are for ---------------------------------------------------------------

MEDICINES_FOR_SOMETHING = [
    ("Kupuje tanie leki na nadciśnienie", "nadciśnienie"),
    ("Szuka tanich leków na alergię dla syna", "alergię"),
    ("Kupuje tanie leki przeciw bólowi głowy", "bólowi"),
    ("Wybiera naturalne leki od kaszlu", "kaszlu"),
    ("Szuka tańszych leków na migrenę", "migrenę"),
    ("Kupuje ziołowe leki na przeziębienie dla dzieci", "przeziębienie"),
    ("Zamawia leki tańsze na cukrzycę", "cukrzycę"),
]

MEDICINES_FOR_NOTHING = [
    "Kupuje tanie leki",
    "Kupuje tanie leki na co dzień",
    "Kupuje tanie leki na zdrowie",
    "Kupuje tanie leki na zapas",
    "Szuka tanich leków na receptę",
    "Wybiera naturalne leki od lat",
    "Kupuje naturalne leki na każdy dzień",
    "Szuka tanich leków na wszelki wypadek",
    "Kupuje tanie leki dla całej rodziny",
    "Kupuje tanie leki na zimę",
]

# English says it with generic words ("cheap medicines"), not a phrase: a purpose is a word of its own.
ENGLISH_FOR_SOMETHING = [
    "Buys cheap medicines for hypertension",
    "Prefers natural remedies for her son's eczema",
    "Buys cheap medicines against headaches",
]

ENGLISH_FOR_NOTHING = [
    "Buys cheap medicines",
    "Buys cheap medicines for everyday use",
    "Buys cheap medicines for the whole family",
    "Prefers natural remedies for health",
]


@pytest.mark.parametrize(("text", "purpose"), MEDICINES_FOR_SOMETHING)
def test_what_the_medicines_are_for_is_detail(text, purpose):
    verdict = matcher().analyse(text)
    assert not verdict.vague
    assert verdict.rescue == f"what it is for ('{purpose}')"


@pytest.mark.parametrize("text", MEDICINES_FOR_NOTHING)
def test_when_how_or_for_whom_is_no_purpose(text):
    verdict = matcher().analyse(text)
    assert verdict.vague, verdict
    assert [m.entry.id for m in verdict.matches] == ["remedies"]


@pytest.mark.parametrize("text", ENGLISH_FOR_SOMETHING)
def test_english_medicines_for_something_stay_quiet(text):
    assert not matcher().analyse(text).vague


@pytest.mark.parametrize("text", ENGLISH_FOR_NOTHING)
def test_english_medicines_for_nothing_are_found(text):
    assert matcher().analyse(text).vague


# A purpose after a comma ("Kupuje tanie leki, na nadciśnienie") is the purpose still, since session 21:
# tests/test_profiling_gaps_s21.py.


def test_a_purpose_rescues_only_goods_phrases():
    # "na" after another phrase is no purpose of goods: "Dba o zdrowie na co dzień", "Ceni jakość na rynku".
    assert matcher().analyse("Dba o zdrowie na siłowni").vague is True
    assert matcher().analyse("Ceni jakość na rynku").vague is True


def test_a_pharmacy_persona_keeps_the_purpose_and_loses_the_bare_phrase(tmp_path, monkeypatch):
    (tmp_path / "p.yaml").write_text(textwrap.dedent("""\
        kind: persona
        id: halina-w
        name: Halina Wróblewska
        lang: pl
        goals:
          - Szuka tanich leków na alergię dla syna
          - Kupuje tanie leki na nadciśnienie
        behaviours:
          - Kupuje tanie leki na co dzień
          - Zamawia co 28 dni metforminę 1000 mg w aplikacji Zdrowik
        """), encoding="utf-8")
    found = run(tmp_path, monkeypatch)
    assert [(f.line, f.column) for f in found] == [(9, 5)]
    assert found[0].message.startswith('"tanie leki" describes almost anyone; make it specific: name the product')


# --- 2. bare job titles in demographics.occupation ---------------------------------------------

def persona_with(occupation: str) -> str:
    value = json.dumps(occupation, ensure_ascii=False)
    return (f"kind: persona\nid: l\nname: L\nlang: pl\ndemographics:\n  occupation: {value}\n"
            "goals:\n  - Zamawia co 28 dni metforminę 1000 mg w aplikacji Zdrowik\n")


BARE_TITLES = [
    "Manager", "Menedżer", "Menadżer", "Kierownik", "Kierowniczka", "Specjalista", "Specjalistka", "Specialist",
    "Pracownik", "Pracownica", "Employee", "Freelancer", "Kierownik w firmie", "Specjalista w korporacji",
    "Menedżer w firmie", "Manager in a company", "Specialist at a company",
    "Senior specialist", "Pracownik firmy", "Pracownica korporacji", "  manager  ",
]

TITLES_WITH_A_TRADE = [
    "Marketing manager", "Kierowniczka sklepu", "Specjalistka ds. zakupów", "Menedżerka produktu",
    "Kierownik apteki w Lublinie", "Product manager w Allegro", "Office manager", "Kierownik zmiany",
    "Freelancer (grafik)", "Freelance copywriter", "Specjalista IT w banku", "Pracownik magazynu w Strykowie",
    "Manager at Tesco", "Kierownik w firmie Budimex", "Social media manager w małej agencji",
    "Specjalistka 2. linii wsparcia",
]


@pytest.mark.parametrize("occupation", BARE_TITLES)
def test_a_bare_job_title_is_reported(tmp_path, monkeypatch, occupation):
    (tmp_path / "p.yaml").write_text(persona_with(occupation), encoding="utf-8")
    found = run(tmp_path, monkeypatch)
    assert [(f.line, f.column) for f in found] == [(6, 15)]
    assert found[0].message == (
        f'occupation "{occupation.strip()}" is a job title that names no trade: say of what and where '
        '(e.g. "Kierowniczka apteki w Lublinie")'
    )


@pytest.mark.parametrize("occupation", ["Manager", "Employee", "Specialist at a company"])
def test_an_english_persona_gets_an_english_example(tmp_path, monkeypatch, occupation):
    (tmp_path / "p.yaml").write_text(persona_with(occupation).replace("lang: pl", "lang: en"), encoding="utf-8")
    found = run(tmp_path, monkeypatch)
    assert [f.message for f in found] == [
        f'occupation "{occupation}" is a job title that names no trade: say of what and where '
        '(e.g. "Marketing manager at a Leeds builders\' merchant")'
    ]


@pytest.mark.parametrize("occupation", TITLES_WITH_A_TRADE)
def test_a_title_with_its_trade_or_employer_stays_quiet(tmp_path, monkeypatch, occupation):
    (tmp_path / "p.yaml").write_text(persona_with(occupation), encoding="utf-8")
    assert run(tmp_path, monkeypatch) == []


@pytest.mark.parametrize("occupation", [
    "Pracownik w dużej firmie", "Menedżer w dużej firmie", "Specialist at a large company",
    "Pracownica międzynarodowej korporacji",
    # A company's size with no number is a phrase of its own since session 41 (company-size), as "dużej
    # firmie" was already: the finding names it (it was a bare title's finding before).
    "Kierownik w średniej firmie", "Manager at a mid-size company",
])
def test_a_generic_occupation_phrase_is_reported_once(tmp_path, monkeypatch, occupation):
    # A phrase ("w dużej firmie", "large company") and a bare title: one finding, the phrase's.
    (tmp_path / "p.yaml").write_text(persona_with(occupation), encoding="utf-8")
    found = run(tmp_path, monkeypatch)
    assert len(found) == 1 and found[0].message.startswith("occupation ")
    assert "names no trade" not in found[0].message


@pytest.mark.parametrize("text", ["Manager", "Kierownik", "Specjalista w firmie", "Employee"])
def test_a_bare_title_as_a_trait_is_not_read_as_an_occupation(text):
    # Read only for the occupation: in a trait, a title may be whom the persona phones or asks.
    assert not matcher().analyse(text).vague


def test_allow_exempts_a_bare_title(tmp_path, monkeypatch):
    (tmp_path / "p.yaml").write_text(persona_with("Kierownik"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config = Config(root=tmp_path, rules={RULE: {"allow": ["kierownik"]}})
    assert lint(["."], config, Selection(select=(RULE,))).findings == []


# --- 3. the README's figures for the labelled set -----------------------------------------------

def test_the_readme_states_the_labelled_set_as_it_is():
    """README.md gives the size of tests/data/labeled_traits.yaml and the overall precision and recall
    bench/eval_pseudo_profiling.py prints for it (to two places): kept in step with the set."""
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("eval_pseudo_profiling", root / "bench" / "eval_pseudo_profiling.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, bench)  # dataclasses look their module up while the file runs
    spec.loader.exec_module(bench)
    traits = [t for section in bench.load_sections().values() for t in section]
    scores = bench.evaluate(traits)[0]["all"]
    readme = (root / "README.md").read_text(encoding="utf-8")
    said = re.search(
        r"detector on ([\d,]+) labeled traits: precision ([\d.]+) on every set \(recall ([\d.]+) over all of them",
        readme,
    )
    assert said is not None, "README.md no longer states the labelled set's size, precision and recall"
    assert int(said.group(1).replace(",", "")) == len(traits)
    assert said.group(2) == f"{scores.precision:.2f}"
    assert said.group(3) == f"{scores.recall:.2f}"
