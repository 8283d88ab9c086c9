"""mirrored-negative-persona (CX204): a mirror built from opposites instead of "nie" (tester13 M7).

A negative persona whose reasons turn the persona's traits round ("stacjonarnie, bez subskrypcji"
against "w subskrypcji", "w poniedziałek rano" against "w piątek wieczorem", "rzadko czyta" against
"czyta") was passed: only reasons with a negation counted as mirrors.  A reason with the trait's verb,
one more of its stems and the other end of a contrast (online / offline, morning / evening, cheap /
dear, new / used, weekday / weekend) or "bez" / "without" before a stem of the trait now counts as
one; the rule's other conditions are unchanged (more than half of the reasons, fewer than two of the
person's own).
"""

from __future__ import annotations

from rule_helpers import pos, run, where

MARTA = """\
kind: persona
id: marta-karma
name: Marta Lis
lang: pl
summary: Księgowa z Wrocławia z dwoma labradorami, która zamawia karmę w subskrypcji co 4 tygodnie.
behaviours:
  - Kupuje karmę Brit Care 12 kg co 4 tygodnie w subskrypcji sklepu Psiarnia
  - Płaci BLIK-iem w aplikacji sklepu, zawsze w piątek wieczorem
  - Czyta skład karmy na forum Labradory.pl przed każdą zmianą smaku
  - Zamawia przed 14:00, żeby paczka przyszła przed weekendem
goals:
  - Kupić karmę hipoalergiczną dla starszego psa z alergią na kurczaka
sources:
  - {id: wyw-psy, type: interview, date: 2026-09-05, n: 6}
"""

# tester13's file, as she wrote it.
ANTONYM_PL = """\
kind: negative-persona
id: neg-mirror-antonym
name: Klient stacjonarny
lang: pl
reasons:
  - Kupuje karmę Brit Care 12 kg stacjonarnie, bez subskrypcji
  - Płaci gotówką przy kasie, zawsze w poniedziałek rano
  - Zamawia po 14:00, więc paczka przychodzi po weekendzie
  - Rzadko czyta skład karmy na forum Labradory.pl
sources:
  - {id: ank-anto, type: survey, date: 2026-09-10, n: 88}
"""

# One reason turned round beside reasons from research: no mirror.
RESEARCHED_PL = """\
kind: negative-persona
id: emeryt-z-psem
name: Emeryt z psem na wsi
lang: pl
reasons:
  - Kupuje karmę stacjonarnie, bez subskrypcji, w sklepie rolniczym w Oleśnicy
  - Worek 12 kg za 180 zł to dla niego dwa tygodnie emerytury
  - Karmi psa resztkami z obiadu i kośćmi od rzeźnika z targu
sources:
  - {id: ank-wies, type: survey, date: 2026-09-10, n: 88}
"""

# Two reasons turned round, two of the person's own: half is no mirror.
HALF_PL = """\
kind: negative-persona
id: pol-na-pol
name: Klient z targu
lang: pl
reasons:
  - Kupuje karmę Brit Care 12 kg stacjonarnie, bez subskrypcji
  - Płaci gotówką przy kasie, zawsze w poniedziałek rano
  - Worek 12 kg za 180 zł to dla niego dwa tygodnie emerytury
  - Karmi psa resztkami z obiadu i kośćmi od rzeźnika z targu
sources:
  - {id: ank-targ, type: survey, date: 2026-09-10, n: 88}
"""

TOM = """\
kind: persona
id: tom-dogs
name: Tom Hughes
lang: en
behaviours:
  - Orders dog food online every 4 weeks with a subscription from Pets at Home
  - Pays by card in the app on Friday evenings
  - Reads the ingredients on the Labrador forum before each new flavour
goals:
  - Find a grain-free food his older dog tolerates
sources:
  - {id: interviews, type: interview, date: 2026-09-05, n: 7}
"""

ANTONYM_EN = """\
kind: negative-persona
id: not-tom
name: In-store buyer
lang: en
reasons:
  - Orders dog food offline, without a subscription
  - Pays by card in the shop on Monday mornings
  - Rarely reads the ingredients on the Labrador forum
sources:
  - {id: guess, type: other, note: "Opposite of the Tom persona"}
"""

# The same verbs, something else: no trait turned round.
OTHER_EN = """\
kind: negative-persona
id: farm-dog-owner
name: Farm dog owner
lang: en
reasons:
  - Orders dog food from the farm co-op in 20 kg sacks, without asking about ingredients
  - Pays cash at the co-op counter in the mornings
  - Reads nothing about dog food; the vet decides
sources:
  - {id: survey, type: survey, date: 2026-09-10, n: 54}
"""


def test_tester13s_mirror_built_from_opposites_is_reported(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/marta.yaml": MARTA, "personas/neg.yaml": ANTONYM_PL},
                "mirrored-negative-persona")
    assert [where(f) for f in found] == [("personas/neg.yaml", *pos(ANTONYM_PL, "neg-mirror-antonym"))]
    assert found[0].message == (
        "negative persona 'neg-mirror-antonym' mirrors persona 'marta-karma' (personas/marta.yaml): 3 of its 4 "
        "reasons deny or repeat its traits ('Kupuje karmę Brit Care 12 kg stacjonarnie, bez subskrypcji' against "
        "'Kupuje karmę Brit Care 12 kg co 4 tygodnie w subskrypcji sklepu Psiarnia'); say from research why this "
        "person does not buy or use it: price, a substitute, too complicated, impulse buying, what makes them quit"
    )


def test_an_english_mirror_built_from_opposites_is_reported(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/tom.yaml": TOM, "personas/neg.yaml": ANTONYM_EN},
                "mirrored-negative-persona")
    assert [where(f) for f in found] == [("personas/neg.yaml", *pos(ANTONYM_EN, "not-tom"))]
    assert "3 of its 3 reasons deny or repeat its traits ('Orders dog food offline, without a subscription'" in (
        found[0].message)


def test_one_trait_turned_round_beside_research_is_no_mirror(tmp_path, monkeypatch):
    assert run(tmp_path, monkeypatch, {"personas/marta.yaml": MARTA, "personas/neg.yaml": RESEARCHED_PL},
               "mirrored-negative-persona") == []


def test_half_turned_round_and_two_reasons_of_their_own_is_no_mirror(tmp_path, monkeypatch):
    assert run(tmp_path, monkeypatch, {"personas/marta.yaml": MARTA, "personas/neg.yaml": HALF_PL},
               "mirrored-negative-persona") == []


def test_the_same_verbs_saying_something_else_are_no_mirror(tmp_path, monkeypatch):
    assert run(tmp_path, monkeypatch, {"personas/tom.yaml": TOM, "personas/neg.yaml": OTHER_EN},
               "mirrored-negative-persona") == []
