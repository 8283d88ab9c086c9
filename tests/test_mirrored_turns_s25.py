"""mirrored-negative-persona (CX204): what a reason "turned round" is (review19 R19-1, R19-2, R19-8).

A reason with a persona trait's verb, one more of its stems and the other end of a contrast (or
"bez" / "without" before a stem of the trait) counted as a mirror even when it went on to give a
reason of its own ("… offline at the farm co-op, because he wants to lift the sack and check the date
himself"), and "bez zbóż" counted as turning round a trait that says "bez zbóż" too.  A turned reason
may now hold at most one stem of its own (a day, a way to pay or a place swapped for another of its
kind is none), a "bez X" the trait shares turns nothing round, and a turned reason that was counted
is named in the message.
"""

from __future__ import annotations

from rule_helpers import pos, run, where

from cxkit.lint.rules import personas

RULE = "mirrored-negative-persona"

# review19's repro (/tmp/review19/ws204), as he wrote it.
MARTA = """\
kind: persona
id: marta-karma
name: Marta Lis
lang: pl
behaviours:
  - Kupuje karmę Brit Care online co 4 tygodnie w subskrypcji sklepu Psiarnia
  - Płaci BLIK-iem w aplikacji sklepu, zawsze w piątek wieczorem
  - Czyta skład karmy na forum Labradory.pl przed każdą zmianą smaku
goals:
  - Kupić karmę hipoalergiczną dla starszego psa z alergią na kurczaka
sources:
  - {id: wyw-psy, type: interview, date: 2026-09-05, n: 6}
"""

ROLNIK = """\
kind: negative-persona
id: rolnik-z-psem
name: Rolnik z psem podwórkowym
lang: pl
reasons:
  - Nie czyta składu karmy na forum Labradory.pl
  - Kupuje karmę stacjonarnie w sklepie rolniczym w Oleśnicy, bo chce obejrzeć worek i datę ważności na miejscu
  - Worek 12 kg za 180 zł to dla niego połowa tygodniowej emerytury
sources:
  - {id: ank-wies, type: survey, date: 2026-09-10, n: 88}
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

FARMER = """\
kind: negative-persona
id: farm-dog-owner
name: Farm dog owner
lang: en
reasons:
  - Does not read the ingredients on the Labrador forum
  - Orders dog food offline at the farm co-op, because he wants to lift the sack and check the date himself
  - A 12 kg sack at 180 pounds is half his weekly pension
sources:
  - {id: survey, type: survey, date: 2026-09-10, n: 54}
"""

# review19's second repro (/tmp/review19/ws204b): both say grain-free.
MARTA_BEZ = """\
kind: persona
id: marta-karma
name: Marta Lis
lang: pl
behaviours:
  - Kupuje karmę bez zbóż w subskrypcji sklepu Psiarnia co 4 tygodnie
  - Czyta skład karmy na forum Labradory.pl przed każdą zmianą smaku
  - Płaci BLIK-iem w aplikacji sklepu
sources:
  - {id: wyw-psy, type: interview, date: 2026-09-05, n: 6}
"""

HODOWCA = """\
kind: negative-persona
id: hodowca
name: Hodowca z Podhala
lang: pl
reasons:
  - Nie czyta składu karmy na forum Labradory.pl
  - Kupuje karmę bez zbóż hurtem w workach po 20 kg prosto od producenta z Nowego Targu
  - Za 12 psów w hodowli płaci fakturą z 30-dniowym terminem
sources:
  - {id: ank, type: survey, date: 2026-09-10, n: 40}
"""

# The same denial beside two reasons that only turn Tom's traits round.
NOT_TOM = """\
kind: negative-persona
id: not-tom
name: In-store buyer
lang: en
reasons:
  - Does not read the ingredients on the Labrador forum
  - Orders dog food offline every 6 weeks, without a subscription
  - Pays by card in the shop on Monday mornings
sources:
  - {id: guess, type: other, note: "Opposite of the Tom persona"}
"""


def test_a_turned_reason_giving_its_own_reason_is_no_mirror_en(tmp_path, monkeypatch):
    assert run(tmp_path, monkeypatch, {"personas/tom.yaml": TOM, "personas/farmer.yaml": FARMER}, RULE) == []


def test_a_turned_reason_giving_its_own_reason_is_no_mirror_pl(tmp_path, monkeypatch):
    assert run(tmp_path, monkeypatch, {"personas/marta.yaml": MARTA, "personas/rolnik.yaml": ROLNIK}, RULE) == []


def test_bez_what_the_trait_is_without_too_turns_nothing_round(tmp_path, monkeypatch):
    assert run(tmp_path, monkeypatch, {"personas/marta.yaml": MARTA_BEZ, "personas/neg.yaml": HODOWCA}, RULE) == []


def test_a_counted_turned_reason_is_named_in_the_message(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/tom.yaml": TOM, "personas/neg.yaml": NOT_TOM}, RULE)
    assert [where(f) for f in found] == [("personas/neg.yaml", *pos(NOT_TOM, "not-tom"))]
    assert found[0].message == (
        "negative persona 'not-tom' mirrors persona 'tom-dogs' (personas/tom.yaml): 3 of its 3 reasons deny or "
        "repeat its traits ('Does not read the ingredients on the Labrador forum' against 'Reads the ingredients "
        "on the Labrador forum before each new flavour'; 'Orders dog food offline every 6 weeks, without a "
        "subscription' turns round 'Orders dog food online every 4 weeks with a subscription from Pets at Home'); "
        "say from research why this person does not buy or use it: price, a substitute, too complicated, impulse buying, "
        "what makes them quit"
    )


# Guard: "bez zbóż" on both sides says nothing, but "stacjonarnie" against "online" still turns it round.
STACJONARNIE = """\
kind: negative-persona
id: stacjonarny
name: Klient stacjonarny
lang: pl
reasons:
  - Nie czyta składu karmy na forum Labradory.pl
  - Kupuje karmę bez zbóż stacjonarnie
  - Płaci gotówką przy kasie
sources:
  - {id: ank, type: survey, date: 2026-09-10, n: 40}
"""

MARTA_BEZ_ONLINE = MARTA_BEZ.replace("Kupuje karmę bez zbóż w", "Kupuje karmę bez zbóż online w")


def test_a_contrast_beside_a_shared_bez_still_turns_the_trait_round(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/marta.yaml": MARTA_BEZ_ONLINE, "personas/neg.yaml": STACJONARNIE},
                RULE)
    assert [where(f) for f in found] == [("personas/neg.yaml", *pos(STACJONARNIE, "stacjonarny"))]
    assert ("; 'Kupuje karmę bez zbóż stacjonarnie' turns round 'Kupuje karmę bez zbóż online w subskrypcji "
            "sklepu Psiarnia co 4 tygodnie')") in found[0].message


def test_a_turned_reason_is_looked_up_by_its_rarer_stems(tmp_path, monkeypatch):
    # Forty traits share the verb "orders" and none says "offline"'s other end: no trait is compared.
    many = TOM.replace("behaviours:\n", "behaviours:\n" + "".join(
        f"  - Orders {n} bags of litter from the pet shop on Saturday\n" for n in range(2, 42)))
    calls = []
    real = personas._Turn.opposes

    def counting(self, *args):
        calls.append(args)
        return real(self, *args)

    monkeypatch.setattr(personas._Turn, "opposes", counting)
    neg = NOT_TOM.replace("Orders dog food offline every 6 weeks, without a subscription",
                          "Orders cat food offline at weekends")
    run(tmp_path, monkeypatch, {"personas/tom.yaml": many, "personas/neg.yaml": neg}, RULE)
    assert len(calls) <= 2
