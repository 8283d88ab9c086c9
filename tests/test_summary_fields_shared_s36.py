"""Summaries of documents that list their traits field by field alike share one bytes object for
those fields, session 36 (issue #7, memory).

Every document's summary is held until the cross-file rules have run; a summary keeps the field of
each trait as one byte.  Personas written from one template (a team's, `cxkit new`'s) have the same
run of fields, and each summary held a copy of it (about 50 bytes).  Now they share one, both when
this process summarised the documents and when a worker process sent the summaries back (pickled:
each arrived with a copy of its own).
"""

from __future__ import annotations

import pickle

from cxkit.config import load_config
from cxkit.discovery import Target
from cxkit.workspace import TraitSpill, load_document, spill_all, summarize, trait_spill

PERSONA_PL = """\
kind: persona
id: {ident}
name: {name}
lang: pl
psychographics:
  values:
    - Ceni ciszę po pracy, wyłącza powiadomienia o 20:00
goals:
  - Przebiec półmaraton w Poznaniu poniżej 2 godzin w kwietniu 2027
  - Zrzucić 4 kg przed wyjazdem w Tatry w lipcu
pain_points:
  - Nie może znaleźć butów w rozmiarze 46 w sklepach stacjonarnych
behaviours:
  - Biega 3 razy w tygodniu, zawsze o 6:00 wzdłuż Warty
  - Czyta recenzje butów na forum Bieganie.pl przed każdym zakupem
reviewed: 2026-10-01
"""

PERSONA_EN = """\
kind: persona
id: tom-commuter
name: Tom Walker
lang: en
psychographics:
  values:
    - Keeps his evenings for his two kids, no calls after 6 pm
goals:
  - Cycle to the office in Leeds four days a week by March
  - Cut his train spending below £60 a month
pain_points:
  - Finds no secure bike parking near the Headingley office
behaviours:
  - Rides 9 km each way on the A660, in all weathers
  - Checks the Met Office app at 7:10 before leaving
reviewed: 2026-10-03
"""


def _summary(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc, hits, _ = load_document(Target(path, name, True), load_config(None, tmp_path))
    assert doc is not None and not hits and not doc.issues
    return summarize(doc)


def test_documents_with_the_same_fields_share_them(tmp_path):
    ola = _summary(tmp_path, "ola.yaml", PERSONA_PL.format(ident="ola-biegaczka", name="Ola Nowak"))
    ewa = _summary(tmp_path, "ewa.yaml", PERSONA_PL.format(ident="ewa-biegaczka", name="Ewa Kowalska"))
    tom = _summary(tmp_path, "tom.yaml", PERSONA_EN)
    fields = ("psychographics.values", "goals", "goals", "pain_points", "behaviours", "behaviours")
    assert ola.trait_fields == ewa.trait_fields == tom.trait_fields == fields
    assert ola._fields is ewa._fields is tom._fields
    # What they share is only the fields: each keeps its own traits.
    assert [r.text for r in tom.trait_rows()][-1] == "Checks the Met Office app at 7:10 before leaving"
    assert [r.line for r in ola.trait_rows()] == [7, 9, 10, 12, 14, 15]


def test_summaries_sent_by_a_worker_share_them_once_in_the_spill_file(tmp_path):
    here = _summary(tmp_path, "ola.yaml", PERSONA_PL.format(ident="ola-biegaczka", name="Ola Nowak"))
    # As a worker process sends them: pickled, each with a bytes object of its own.
    sent = [pickle.loads(pickle.dumps(_summary(tmp_path, f"p{k}.yaml", PERSONA_PL.format(ident=f"p-{k}", name=f"Osoba {k}"))))
            for k in range(3)]
    assert len({id(s._fields) for s in sent}) == 3
    spill = TraitSpill()
    token = trait_spill.set(spill)
    try:
        spill_all(sent)
        assert all(s._fields is here._fields for s in sent)
        assert [s.id for s in sent] == ["p-0", "p-1", "p-2"]
        assert sent[2].trait_rows()[0].text == "Ceni ciszę po pracy, wyłącza powiadomienia o 20:00"
    finally:
        trait_spill.reset(token)
        spill.close()
