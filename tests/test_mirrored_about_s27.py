"""mirrored-negative-persona (CX204): a negative persona whose reasons deny who a persona is, as its
summary, demographics or id say it ("Nie jest programistą", "Nie mieszka w Gdańsku", "Does not own a
heating firm"), is the persona's opposite written at a desk, as one denying its traits is.

The method's negative persona says why the person does not buy (price, a substitute, will not
understand it, buys on impulse, what makes them quit); where they do not live or what they do not do
for a living answers none of that.
"""

from __future__ import annotations

import pickle

import pytest

from cxkit.workspace import DocSummary, TraitSpill, trait_spill

PAWEL = """\
kind: persona
id: pawel-audiofil
name: Paweł Czerski
lang: pl
summary: >-
  Programista backendu z Gdańska, który słucha muzyki w słuchawkach po 22:00, gdy córki już śpią,
  i kupuje sprzęt audio wyłącznie przez internet.
demographics:
  age: 38
  location: Gdańsk, Wrzeszcz (kamienica przy ul. Wajdeloty)
  education: mgr inż. informatyki, Politechnika Gdańska (2012)
  occupation: Senior programista backendu (Go, Kotlin) w software housie
  household: Żona pielęgniarka na nocnych dyżurach, córki 7 i 10 lat; nie ma samochodu
behaviours:
  - Czyta dział Słuchawki na forum Audiostereo 3-4 razy w tygodniu
sources:
  - {id: wywiady-2026, type: interview, date: 2026-09-05, n: 12}
"""

DAN = """\
kind: persona
id: dan-okafor
name: Dan Okafor
lang: en
summary: >-
  Owner of a four-van heating and plumbing firm in Bristol who writes invoices on Sunday
  evenings from paper job sheets.
demographics:
  location: Bristol, Bedminster (office above a tile shop on North Street)
  education: NVQ Level 3 in Plumbing and Heating; Gas Safe registered since 2006
  occupation: Owner-director of Okafor Heating Ltd, with 5 engineers
behaviours:
  - Asks in the Plumbers Forum UK Facebook group before paying for any software
sources:
  - {id: interviews, type: interview, date: 2026-10-01, n: 11}
"""


def _negative(lang: str, reasons: list[str], **extra: list[str]) -> str:
    text = f"kind: negative-persona\nid: not-him\nname: Not him\nlang: {lang}\nreasons:\n"
    text += "".join(f"  - '{r}'\n" for r in reasons)
    for key, items in extra.items():
        text += f"{key}:\n" + "".join(f"  - '{i}'\n" for i in items)
    return text + "sources:\n  - {id: lost, type: analytics, date: 2026-10-12, n: 310}\n"


@pytest.mark.parametrize(("persona", "lang", "reasons", "pid", "quoted"), [
    (PAWEL, "pl", ["Nie jest programistą", "Nie mieszka w Gdańsku"], "pawel-audiofil",
     "2 of its 2 reasons deny or repeat its traits ('Nie jest programistą' against its occupation"
     " 'Senior programista backendu (Go, Kotlin) w software housie')"),
    (PAWEL, "pl", ["Nie mieszka w Gdańsku"], "pawel-audiofil",
     "its only reason denies its location ('Nie mieszka w Gdańsku' against"
     " 'Gdańsk, Wrzeszcz (kamienica przy ul. Wajdeloty)')"),
    (DAN, "en", ["Does not own a heating firm", "Is not Gas Safe registered"], "dan-okafor",
     "2 of its 2 reasons deny or repeat its traits ('Does not own a heating firm' against its summary"
     " 'Owner of a four-van heating and plumbing firm in Bristol who writes invoices on…')"),
    # one denial of the summary beside one of a trait
    (DAN, "en", ["Does not ask in the Plumbers Forum UK Facebook group", "Does not write invoices on Sunday evenings"],
     "dan-okafor", "2 of its 2 reasons deny or repeat its traits ('Does not ask in the Plumbers Forum UK Facebook group'"
     " against 'Asks in the Plumbers Forum UK Facebook group before paying for any software')"),
])
def test_denials_of_who_the_persona_is_mirror_it(write, lint_json, persona, lang, reasons, pid, quoted):
    write("personas/p.yaml", persona)
    write("personas/neg.yaml", _negative(lang, reasons))
    result = lint_json(".", select="CX204")
    found = result.findings
    assert [(f["code"], f["path"], f["line"]) for f in found] == [("CX204", "personas/neg.yaml", 2)]
    assert result.exit_code == 1
    assert found[0]["message"].startswith(f"negative persona 'not-him' mirrors persona '{pid}' (")
    assert quoted in found[0]["message"]


def test_a_denial_of_the_id_alone_names_the_id(write, lint_json):
    persona = PAWEL.replace("id: pawel-audiofil", "id: pawel-programista-audiofil").replace(
        "Senior programista backendu", "Senior backend developer").replace("Programista backendu", "Backend developer")
    write("personas/p.yaml", persona)
    write("personas/neg.yaml", _negative("pl", ["Nie jest programistą", "Nie mieszka w Gdańsku"]))
    found = lint_json(".", select="CX204").findings
    assert len(found) == 1
    assert "('Nie jest programistą' against its id 'pawel-programista-audiofil')" in found[0]["message"]


@pytest.mark.parametrize(("persona", "lang", "reasons", "extra"), [
    # a denial that says what the person does instead holds words of its own
    (PAWEL, "pl", ["Nie mieszka w Gdańsku, tylko pod Kartuzami; do najbliższego salonu audio ma 40 km"], {}),
    # a denial beside two reasons from research
    (PAWEL, "pl", ["Nie mieszka w Gdańsku",
                   "Kupuje słuchawki do 150 zł w Media Expert przy okazji zakupu telefonu",
                   "Nie odróżnia słuchawek otwartych od zamkniętych i nie czyta pomiarów"], {}),
    # a lone denial with a substitute that names something
    (DAN, "en", ["Is not Gas Safe registered"], {"substitutes": ["The free invoice feature in his PayPal account"]}),
    # one word of the (long) summary is no mirror: "Bristol" is only in the summary here
    (DAN.replace("  location: Bristol, Bedminster (office above a tile shop on North Street)\n", ""), "en",
     ["Does not live in Bristol"], {}),
    # what the persona's field denies too is repeated, not denied ("nie ma samochodu")
    (PAWEL, "pl", ["Nie ma samochodu"], {}),
])
def test_not_a_mirror_of_who_the_persona_is(write, lint_json, persona, lang, reasons, extra):
    write("personas/p.yaml", persona)
    write("personas/neg.yaml", _negative(lang, reasons, **extra))
    assert lint_json(".", select="CX204").findings == []


def test_a_cached_run_finds_the_same(write, lint_json, monkeypatch, tmp_path):
    # The summary and demographics stems are kept in the per-file cache with the rest of a summary.
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    write("personas/p.yaml", PAWEL)
    write("personas/neg.yaml", _negative("pl", ["Nie jest programistą", "Nie mieszka w Gdańsku"]))
    cold = lint_json(".", select="CX204").findings
    write("personas/neg.yaml", _negative("pl", ["Nie jest programistą", "Nie mieszka w Gdańsku", "Nie ma psa"]))
    warm = lint_json(".", select="CX204").findings  # the persona's summary comes from the cache
    assert len(cold) == 1 and len(warm) == 1
    assert "its occupation" in warm[0]["message"]


def test_summary_and_demographics_are_packed_with_the_traits_and_read_back():
    from cxkit.workspace import ABOUT_FIELDS, SpilledAt

    about = ["Programista backendu z Gdańska,\nktóry słucha muzyki po 22:00", "Senior programista (Go)",
             "Gdańsk, Wrzeszcz", "", "Żona, córki 7 i 10 lat"]
    rows = [("behaviours", "Czyta forum Audiostereo", 12, 5, "czyt forum audiost"),
            ("goals", "Kupić słuchawki", 14, 5, "kupic sluchaw")]
    token = trait_spill.set(TraitSpill())
    try:
        summary = DocSummary("personas/p.yaml", "persona", "p", (2, 5))
        summary.set_traits(rows, about=about)
        bare = DocSummary("personas/q.yaml", "persona", "q", (2, 5))
        bare.set_traits([], about=["", "", "Gdańsk", "", ""])
        assert isinstance(summary._traits, SpilledAt) and isinstance(bare._traits, SpilledAt)  # type: ignore[attr-defined]
        assert summary.trait_norms() == ["czyt forum audiost", "kupic sluchaw"]
        assert summary.about() == about
        assert summary.trait(1).norm == "kupic sluchaw"
        assert bare.trait_norms() == [] and bare.trait_rows() == [] and bare.about() == ["", "", "Gdańsk", "", ""]
        assert [tuple(r) for r in summary.trait_rows()] == rows
        for copy in (pickle.loads(pickle.dumps(summary)), DocSummary.from_json(summary.to_json())):
            assert copy.about() == about and [tuple(r) for r in copy.trait_rows()] == rows
        plain = DocSummary("personas/r.yaml", "persona", "r", (2, 5))
        plain.set_traits(rows, about=[""] * len(ABOUT_FIELDS))
        assert plain.about() == [] and "about" not in plain.to_json()
        with pytest.raises(ValueError):
            DocSummary.from_json({**summary.to_json(), "about": ["Gdańsk"]})
    finally:
        trait_spill.get().close()
        trait_spill.reset(token)
