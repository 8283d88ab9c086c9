"""Rules about personas and negative personas as a set: is each one a real, distinct person?"""

from __future__ import annotations

import math
import os
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from contextvars import ContextVar
from itertools import chain, compress, repeat
from operator import and_, not_, setitem
from typing import Iterable, Iterator, NamedTuple

from pydantic import Field

from ..finding import Hit, Place, Severity
from ..lazyre import lazy
from ..polish import counted, out_of, plural
from ..polish import q as quote_pl
from ..rule import Rule, RuleOptions, register
from ..simjoin import PackedTexts, by_word_count, dice_matches, jaccard_windows, one_edit_matches, token_rows
from ..textnorm import FOLD_PL, NEGATION_STEMS, normalise, stem, tokens
from ..textnorm import _strip_ending as strip_ending
from ...visible import raw_name
from ...workspace import as_saved
from ...workspace import ABOUT_FIELDS, Document, DocSummary, WorkspaceIndex, is_retired, touches, trait_spill

_BEHAVIOUR_FIELDS = ("goals", "behaviours", "pain_points")
_BEHAVIOUR_SET = frozenset(_BEHAVIOUR_FIELDS)


@register
class DemographicsOnly(Rule):
    """A persona with demographics or a name alone: no goals or behaviours.

    Needs and motivations count as the behavioural side too, and for a
    negative persona so do its reasons, substitutes and triggers.  A persona
    with nothing of that side at all (a name, a photo under an `x-` key,
    sources) is reported too, whether or not it has demographics; a negative
    persona without demographics is left to negative-without-reasons.

    Age, city and income describe a segment on paper; they say nothing about
    what the person is trying to do, how they act or what gets in their way,
    and a name with a photo says still less.

    Why: the method asks for the behavioural side of a persona — needs,
    motivations and buying behaviour — not only the "hard" demographic data a
    spreadsheet already holds.

    Bad:
        kind: persona
        id: marta-mokotow
        name: Marta
        demographics:
          age: 35
          location: Warszawa, Mokotów

    Good:
        kind: persona
        id: marta-mokotow
        name: Marta
        demographics:
          age: 35
        goals:
          - Kupić słuchawki zamknięte do 1500 zł przed wyjazdem w styczniu
        behaviours:
          - Czyta 3–4 recenzje na forum audiofilskim przed każdym zakupem powyżej 500 zł

    Bad (en):
        kind: persona
        id: tom-bristol-renter
        name: Tom
        demographics:
          age: 41
          location: Bristol, Easton

    Good (en):
        kind: persona
        id: tom-bristol-renter
        name: Tom
        demographics:
          age: 41
        goals:
          - Move to a broadband deal without the 12-month price rise before April
        behaviours:
          - Reads the provider's Trustpilot page and the Ofcom complaint figures before any contract over £30 a month
    """

    code = "CX102"
    name = "demographics-only"
    severity = Severity.warning
    kinds = ("persona", "negative-persona")

    def check(self, doc: Document) -> Iterable[Hit]:
        model = doc.model
        demo = getattr(model, "demographics", None)
        has_demo = demo is not None and bool(demo.model_dump(exclude_none=True))
        if not has_demo and doc.kind != "persona":
            return  # a negative persona's missing reasons are negative-without-reasons' to say
        # Needs and motivations are the behavioural side the method asks for, whatever the key.
        fields = _BEHAVIOUR_FIELDS + ("needs", "motivations")
        if doc.kind == "negative-persona":
            fields += ("reasons", "substitutes", "purchase_triggers", "abandon_triggers")
        if any(getattr(model, f) for f in fields):
            return
        if not has_demo:
            yield from self._name_alone(doc)
            return
        # Say what it does have: psychographics, channels or expectations are no goals or pains.
        psycho = getattr(model, "psychographics", None)
        has = ["demographics"]
        if psycho is not None and psycho.model_dump(exclude_none=True, exclude_defaults=True):
            has.append("psychographics")
        has.extend(f for f in ("channels", "expectations") if getattr(model, f, None))
        listed = has[0] if len(has) == 1 else ", ".join(has[:-1]) + " and " + has[-1]
        keys = [f"`{f}`" for f in has]
        wymienione = keys[0] if len(keys) == 1 else ", ".join(keys[:-1]) + " i " + keys[-1]
        yield doc.hit(
            ("demographics",),
            f"the persona has {listed} but no goals, needs, behaviours or pain points; add what they try to do "
            "and what stops them",
            key=True,
            pl=f"persona ma {wymienione}, ale nie ma celów, potrzeb, zachowań ani bolączek; dopisz, co chce "
               "osiągnąć i co jej w tym przeszkadza" if self.polish else None,
        )


    def _name_alone(self, doc: Document) -> Iterable[Hit]:
        """A persona with no demographics and nothing of the behavioural side: a name, maybe a summary,
        a photo (an `x-` key), channels or sources.  The method's persona is what someone wants and does;
        a name with a picture is the very thing it warns against."""
        model = doc.model
        # A summary or a quote that says more than a name is named too: "a name describes no one" would misread it.
        has = [f for f in ("summary", "quote") if len(str(getattr(model, f, None) or "").split()) > 3]
        has += [f for f in ("psychographics", "channels", "expectations")
                if (v := getattr(model, f, None)) and (f != "psychographics" or v.model_dump(exclude_none=True, exclude_defaults=True))]
        if has:
            listed = has[0] if len(has) == 1 else ", ".join(has[:-1]) + " and " + has[-1]
            keys = [f"`{f}`" for f in has]
            wymienione = keys[0] if len(keys) == 1 else ", ".join(keys[:-1]) + " i " + keys[-1]
            en = f"the persona has {listed} but no goals, needs, behaviours or pain points"
            pl = f"persona ma {wymienione}, ale nie ma celów, potrzeb, zachowań ani bolączek"
        else:
            en = "the persona has a name but no goals, needs, behaviours or pain points: a name, even with a photo, describes no one"
            pl = "persona ma imię, ale nie ma celów, potrzeb, zachowań ani bolączek: samo imię, nawet ze zdjęciem, nikogo nie opisuje"
        yield doc.hit(
            ("name",),
            f"{en}; add what they try to do, how they go about it and what stops them, from the research",
            key=True,
            pl=f"{pl}; dopisz z badań, co ta osoba chce osiągnąć, jak to robi i co jej w tym przeszkadza"
            if self.polish else None,
        )


#: When set (`cxkit review` sets it), receives for each persona similar-personas reports on, by the
#: path the finding is on: its id, the id of the earlier persona its message names (the closest) and
#: the ids of *every* earlier persona it is similar to. Review matches the finding on those pairs.
similar_sets: ContextVar[dict[str, tuple[str, str, list[str]]] | None] = ContextVar("similar_sets", default=None)


class SimilarOptions(RuleOptions):
    threshold: float = Field(
        0.6, ge=0.0, le=1.0,
        description="Share of shared goal/behaviour/pain-point stems (Jaccard, 0 to 1) from which two personas count as similar.",
    )


@register
class SimilarPersonas(Rule):
    """Two personas whose goals, behaviours and pain points mostly coincide.

    The content-word stems of each persona's goals, behaviours and pain points
    are compared; above the threshold the pair is reported on the later one,
    once, naming the earlier persona it is most like (and how many more earlier
    ones it is like). Two files with one id are not compared: duplicate-id
    reports them.  It compares words, not meaning: one interview written up
    twice in other words ("Checks fuel card statements every Sunday night" /
    "Goes through every fuel card transaction on Sunday evenings") shares few
    stems and is not reported; read such pairs yourself.  A retired persona
    (`status: retired`) is compared with none: it no longer stands for a segment.

    Info by default, at every share: the threshold is where two personas start to look alike,
    and the rule does not grade its findings (each rule has one severity, set in its table).
    A team that wants a near-copy to fail its gate raises both: `threshold = 0.7` and
    `severity = "warning"` in `[rules.similar-personas]` report only pairs sharing 70% or more, as
    warnings.

    Why: each persona stands for a distinct segment. Two personas that want
    the same things and act the same way are one persona twice — merge them,
    or sharpen what actually sets them apart.

    Bad:
        # personas/ola.yaml and personas/kasia.yaml
        goals: [Przebiec maraton poniżej 4 godzin]
        behaviours: [Biega 4 razy w tygodniu z zegarkiem Garmin]

    Good:
        # personas/kasia.yaml
        goals: [Wrócić do biegania po ciąży bez kontuzji]
        behaviours: [Biega 2 razy w tygodniu z wózkiem biegowym]

    Bad (en):
        # personas/sam.yaml and personas/priya.yaml
        goals: [Pay off the credit card before the 0% deal ends in March]
        behaviours: [Checks the banking app every morning on the bus]

    Good (en):
        # personas/priya.yaml
        goals: [Save a £5,000 deposit for a flat in Leeds by 2028]
        behaviours: [Moves £200 into a Lifetime ISA on payday]
    """

    code = "CX103"
    name = "similar-personas"
    severity = Severity.info
    scope = "workspace"
    Options = SimilarOptions

    def check_workspace(self, index: WorkspaceIndex) -> Iterable[Hit]:
        # A persona whose goals, behaviours or pain points a schema error is about is left out, as one
        # that fits no format is: compared without them, it could look like another it is not like.
        personas = [doc for doc in index.of_kind("persona")
                    if not is_retired(doc) and not incomplete(doc, _BEHAVIOUR_FIELDS)]
        # One split of each persona's joined stems instead of one per trait; the rows of token numbers
        # wait in the run's spill file, and only where each ends and its persona are held (issue #7).
        rows, kept = token_rows((_behaviour_stems(doc) for doc in personas), trait_spill.get(), least=4)
        profile = personas.__getitem__
        threshold = self.options.threshold
        sink = similar_sets.get()
        # Every pair is counted (in bulk): on thousands of templated personas that beats a prefix-filtered join.
        # A window of later personas at a time: all of their pairs come before the next window's, so
        # each window's findings are made as it ends, in the order of the personas they are on.
        for _hi, pairs in jaccard_windows(rows, threshold, trait_spill.get()):
            # One finding on each later persona, naming the one it is most like: a folder of templated
            # personas would otherwise get a finding for every pair, thousands from a few hundred files.
            best: dict[int, tuple[float, int]] = {}
            others: dict[int, int] = {}
            earlier_of: dict[int, list[int]] = {}
            for i, j, score in pairs:
                # One id in two files is duplicate-id's to report (on both); not a persona "similar" to itself.
                if score < threshold or profile(kept[i]).id == profile(kept[j]).id:
                    continue
                later, earlier = max(i, j), min(i, j)
                others[later] = others.get(later, 0) + 1
                if sink is not None:
                    earlier_of.setdefault(later, []).append(earlier)
                held = best.get(later)
                if held is None or (score, -earlier) > (held[0], -held[1]):
                    best[later] = (score, earlier)
            for j in sorted(best):
                score, i = best[j]
                a, b = profile(kept[i]), profile(kept[j])
                more = others[j] - 1
                if sink is not None:
                    sink[b.path] = (b.id, a.id, [profile(kept[k]).id for k in earlier_of[j]])
                also = f", and {threshold:.0%} or more with {more} other earlier persona{'s' if more > 1 else ''}" if more else ""
                tez = (f", a co najmniej {threshold:.0%} {out_of(more)} {plural(more, 'inną wcześniejszą personą', 'innymi wcześniejszymi personami', 'innymi wcześniejszymi personami')}"
                       if more else "")
                yield Hit.naming(
                    *b.id_pos,
                    f"persona '{b.id}' shares {score:.0%} of its goals, behaviours and pain points with '{a.id}' (",
                    Place(a.path, *a.id_pos), f"){also}; merge them or sharpen what sets them apart",
                    path=b.path,
                    pl=(f"persona {quote_pl(b.id)} ma {score:.0%} celów, zachowań i bolączek wspólnych z {quote_pl(a.id)} (",
                        Place(a.path, *a.id_pos), f"){tez}; połącz je albo wyostrz to, co je różni")
                    if self.polish else None,
                )


@register
class MissingNegativePersona(Rule):
    """The workspace has personas but no negative persona.

    Reported once, on the first persona.

    Why: to know who the customer is, know who is not. A negative persona —
    for whom the product is too expensive or too cheap, who uses a substitute,
    who will not understand it — is the reality check that exposes wishful
    thinking and generic traits in the positive personas (Cooper's "negative
    personas").

    Bad:
        # personas/ holds only kind: persona files

    Good:
        kind: negative-persona
        id: okazjonalny-sluchacz
        name: Okazjonalny słuchacz
        reasons:
          - Słucha muzyki tylko z głośnika telefonu; słuchawki za 1500 zł to dla niego absurd

    Bad (en):
        # personas/ holds only kind: persona files

    Good (en):
        kind: negative-persona
        id: cash-only-pensioner
        name: Cash-only pensioner
        reasons:
          - Pays every bill in cash at the Post Office counter; has never used online banking and won't start
    """

    code = "CX201"
    name = "missing-negative-persona"
    severity = Severity.warning
    scope = "workspace"

    def check_workspace(self, index: WorkspaceIndex) -> Iterable[Hit]:
        personas = index.of_kind("persona")
        # A negative persona whose file cannot be read is there: its own finding says what is wrong.
        if personas and not index.of_kind("negative-persona") and not index.unread_of_kind("negative-persona"):
            # First by where the file is, not by how its path is shown: run from personas/, a named
            # `ala.yaml` and the context's `../personas/ola.yaml` would otherwise put ola first.
            # A persona in a folder whose per-file-ignores skip this rule is passed over: the
            # workspace still has no negative persona.
            shown = [d for d in personas if not index.ignored(self.name, d.path)] or personas
            first = min(shown, key=lambda d: os.path.normcase(os.path.abspath(raw_name(as_saved(d.path)))))
            yield Hit(
                *first.id_pos,
                f"the workspace has {len(personas)} persona{'' if len(personas) == 1 else 's'} but no negative persona; "
                "describe whom you do NOT design for and why (`cxkit new negative-persona NAME`)",
                path=first.path,
                pl=f"obszar roboczy ma {counted(len(personas), 'personę', 'persony', 'person')}, ale ani jednej persony "
                   "negatywnej; opisz, dla kogo NIE projektujesz i dlaczego (`cxkit new negative-persona NAZWA`)"
                if self.polish else None,
            )


@register
class NegativeWithoutReasons(Rule):
    """A negative persona with no `reasons`, or none that say why.

    Reasons that only restate that the person is not a customer — "Not our
    target group", "Doesn't fit our ideal customer profile", "Is not
    interested in our product", "Nie jest naszą grupą docelową", "Nie
    interesuje się naszą ofertą", "Brak zainteresowania", "Lack of
    interest" — are no reasons: when every reason is
    such a one (nothing in it but negation and the words target group,
    customer, profile, persona, fit, interested, our product, offer or
    service and the like), or every other reason is one that
    pseudo-profiling calls generic ("Price sensitive", "Nie dba o jakość"),
    the negative persona is reported at its `reasons`.  What pseudo-profiling
    calls generic takes in the `extend` and `allow` of its table, whether or
    not that rule runs: a phrase your team allows there is a reason here too,
    and one it adds there is generic here too.  One reason that says something of its own ("Nie jest naszą
    grupą docelową: na karmę wydaje 60 zł miesięcznie") is enough, and so is
    a substitute or trigger that names something in particular, as
    mirrored-negative-persona counts them ("Ekipa z OLX za 60 zł/m²"; not
    "Inny sklep internetowy"), even where `reasons` is missing: what the
    person uses instead is a reason why they do not buy.  "Wrong fit for
    us", "Nie dla niej" and "Not for her" say nothing more than "Not our
    target group".

    Why: a negative persona earns its place by saying why this person is not
    a customer — too expensive or too cheap for them, a substitute they use,
    they will not understand it, it is too complicated, they buy on impulse
    while the offer needs research, or something stops them.

    Bad:
        kind: negative-persona
        id: student-na-budzecie
        name: Student na budżecie

    Good:
        kind: negative-persona
        id: student-na-budzecie
        name: Student na budżecie
        reasons:
          - Wydaje na słuchawki najwyżej 150 zł; kupuje w promocji na Allegro

    Bad (en):
        kind: negative-persona
        id: diy-landlord
        name: DIY landlord

    Good (en):
        kind: negative-persona
        id: diy-landlord
        name: DIY landlord
        reasons:
          - Fixes his tenants' boilers himself with parts from eBay; £14 a month of cover is more than he spends in a year
    """

    code = "CX202"
    name = "negative-without-reasons"
    severity = Severity.warning
    kinds = ("negative-persona",)

    def check(self, doc: Document) -> Iterable[Hit]:
        reasons = doc.model.reasons  # type: ignore[union-attr]
        if not reasons and not _own_extras(doc):
            where = ("reasons",) if "reasons" in doc.data else ("id",)
            yield doc.hit(
                where,
                "the negative persona has no reasons; say why this person is not one you design for "
                "(price, a substitute, not eligible, too complicated, impulse buying, what stops them)",
                key=True,
                pl="persona negatywna nie ma powodów (`reasons`); napisz, dlaczego nie projektujesz dla tej osoby "
                   "(cena, zamiennik, brak uprawnień, zbyt skomplikowane, zakupy pod wpływem impulsu, co ją "
                   "powstrzymuje)",
            )
        elif ((said := [r.text for r in reasons if _tautology(r.text)])
              and (len(said) == len(reasons) or all(_tautology(r.text) or _generic(doc, r.text) for r in reasons))
              and not _own_extras(doc)):
            # Substitutes or triggers that name something say why, as mirrored-negative-persona counts them.
            # A reason pseudo-profiling calls generic ("Price sensitive") says no more why than none.
            quoted = f"'{said[0].strip()}'" + (" and the like" if len(said) > 1 else "")
            rest = "; the others are generic" if len(said) < len(reasons) else ""
            cytat = quote_pl(said[0].strip()) + (" i podobne" if len(said) > 1 else "")
            reszta = "; pozostałe są ogólnikowe" if len(said) < len(reasons) else ""
            yield doc.hit(
                ("reasons",),
                f"the negative persona's reasons only say this person is not your audience ({quoted}){rest}; "
                "say why from research (price, a substitute, not eligible, too complicated, impulse buying, what "
                "stops them)",
                key=True,
                pl=f"powody persony negatywnej mówią tylko, że ta osoba nie należy do grupy docelowej ({cytat}){reszta}; "
                   "napisz na podstawie badań, dlaczego (cena, zamiennik, brak uprawnień, zbyt skomplikowane, zakupy "
                   "pod wpływem impulsu, co ją powstrzymuje)" if self.polish else None,
            )


#: Words by which a reason says only "not a customer": our target group, segment, ideal customer
#: profile, persona, offer, product; fits, interested, needs, buys.
_TAUTOLOGY_WORDS = """
    target group audience segment market customer client buyer user ideal profile icp persona fit match suit
    interested interest product products offer offering service services brand solution us we right good type kind
    relevant need want buy purchase belong part out outside within
    nasz nasza naszą naszego naszej naszym naszymi nasze naszych nas nami u grupa grupy grupie grupą docelowa
    docelowej docelową docelowy docelowych segmentu segmencie rynek rynku klient klienta klientem klientów klientka
    klientką idealny idealnym idealnego idealna profil profilu persona personą persony pasuje pasować pasują
    interesuje interesują zainteresowany zainteresowana zainteresowanie oferta ofertą oferty ofertę produkt produktu
    produktem produkty produktami usługa usługi usługami usługę marka marki marką rozwiązanie rozwiązania
    potrzebuje potrzebują chce chcą kupi kupuje kupują należy należą poza typ typem typu odbiorca odbiorcą odbiorców
    właściwy właściwym dobry dobrym
    wrong suitable dla
    niej niego nich him them odpowiednia odpowiedni odpowiednie appropriate
"""


_TAUTOLOGY = frozenset(normalise(_TAUTOLOGY_WORDS).split())


def _tautology(text: str) -> bool:
    """Whether a reason says nothing but "not a customer": it has a word of that and, besides
    negation, no other stem ("Not our target group", "Nie interesuje się naszą ofertą")."""
    if len(text) > 80:
        return False
    toks = set(normalise(text).split())
    if toks and toks <= NEGATION_STEMS and _FOR.search(text):
        return True  # "Not for her": "for" and "her" are no stems, only the negation is
    return (not toks.isdisjoint(_TAUTOLOGY)
            and toks <= _TAUTOLOGY | NEGATION_STEMS | _DENIAL_AUX | _BARE_DENIALS | _ABSENCE)


#: Nouns of absence that say "not" as a negation does: "Brak zainteresowania", "Lack of interest".
_ABSENCE = frozenset(normalise("brak braku lack lacks lacking").split())


_FOR = re.compile(r"\b(?:for|dla)\b", re.I)


def _generic(doc: Document, text: str) -> bool:
    """Whether pseudo-profiling calls a reason generic, with the `extend` and `allow` of its table (as its own
    findings use them, whether or not it runs); with the lexicons alone where no config gave this rule's options."""
    if not doc.reads_words:
        return False
    from ..vague import matcher  # only for a negative persona with a "not our audience" reason: rare
    rule = doc.rules_in_force().get("negative-without-reasons") if doc.rules_in_force is not None else None
    opts = (getattr(rule, "options_of", None) or {}).get("pseudo-profiling")
    read = (matcher(tuple(opts.extend), tuple(opts.allow), bool(getattr(rule, "polish", False)))  # type: ignore[attr-defined]
            if opts is not None else matcher())
    return read.analyse(text).vague


#: Denials typed without their apostrophe, as quick notes are ("Doesnt want our services").
_BARE_DENIALS = frozenset(normalise("doesnt dont isnt arent didnt wont cant wasnt werent").split())


class OverlapOptions(RuleOptions):
    similarity: float = Field(
        0.8, ge=0.0, le=1.0,
        description="Share of shared stems (2 x shared / stems of both, 0 to 1) from which two traits count as the same trait.",
    )


def _template_lines() -> frozenset[str]:
    """Every "TODO: …" line the `cxkit new` templates (English and Polish) write, whitespace
    normalised: a trait still equal to one was never filled in."""
    global _TEMPLATE_LINES
    if _TEMPLATE_LINES is None:
        from ...scaffold import templates_en, templates_pl

        lines: set[str] = set()
        for module in (templates_en, templates_pl):
            texts = [value for value in vars(module).values() if isinstance(value, str)]
            texts += list(module.PLACEHOLDERS.values())
            for text in texts:
                # A quoted line of a template, or a whole placeholder value; none with a ${...} slot.
                for line in re.findall(r'"(TODO:[^"$]*)"', text) + [text]:
                    if line.startswith("TODO:") and "$" not in line and "\n" not in line:
                        lines.add(" ".join(line.split()))
        _TEMPLATE_LINES = frozenset(lines)
    return _TEMPLATE_LINES


_TEMPLATE_LINES: frozenset[str] | None = None


def _behaviour_stems(doc: DocSummary) -> list[str]:
    """The stems of a persona's goals, behaviours and pain points, in one list. A trait that is
    still a `cxkit new` template's untouched "TODO: …" line is left out: personas started from the
    template share it, but it is no content of theirs. A trait someone wrote, TODO remark or not,
    counts, whatever the `placeholder` rule is set to."""
    keep = doc.in_fields(_BEHAVIOUR_SET)
    if not keep:
        return []
    norms = doc.trait_norms()
    for i, norm in enumerate(norms):
        # Only a trait whose first stem is TODO's ("tod") can be a template line: read its text.
        if keep[i] and norm.startswith("tod") and " ".join(doc.trait(i, norms).text.split()) in _template_lines():
            keep[i] = False
    # One split of the joined stems instead of one per trait.
    return " ".join(compress(norms, keep)).split()


#: Fields trait-overlap leaves out: customers and non-customers are reached on the same channels.
_NOT_TELLING = frozenset({"channels"})


class _TraitDocs:
    """The document of each trait :func:`_norms_of` reads: where each document's traits start (one
    number a document, not one a trait; a trait's document is found by bisection)."""

    __slots__ = ("docs", "starts", "size")

    def __init__(self) -> None:
        self.docs: list[DocSummary] = []
        #: The index of each document's first trait (a document without traits shares the next one's).
        self.starts = array("I")
        self.size = 0

    def add(self, doc: DocSummary, traits: int) -> None:
        self.starts.append(self.size)
        self.docs.append(doc)
        self.size += traits

    def __getitem__(self, j: int) -> DocSummary:
        if not 0 <= j < self.size:
            raise IndexError(j)
        # The last document starting at or before j: one without traits starts where the next one does.
        return self.docs[bisect_right(self.starts, j) - 1]

    def __len__(self) -> int:
        return self.size


def incomplete(doc: DocSummary, fields: Iterable[str]) -> bool:
    """Whether a schema error of ``doc`` touches one of ``fields``: a half-valid document's summary holds
    none of a touched field's traits (see :func:`cxkit.workspace.summarize`), and a rule that reads a field
    leaves such a document out, as one that fits no format is left out."""
    touched = doc.extra.get("incomplete")
    return bool(touched) and any(touches(field, touched) for field in fields)


def _read_words(docs: list[DocSummary]) -> list[DocSummary]:
    """The documents whose words the rules that read them read: not those in a language other than
    Polish and English (their summary names it, see cxkit.workspace.summarize)."""
    return [d for d in docs if "lang" not in d.extra]


def _norms_of(index: WorkspaceIndex, kind: str) -> tuple[_TraitDocs, array[int], PackedTexts]:
    """The normalised text of every telling trait of the documents of one kind, with its document and index there.

    Packed (one string, offsets and indexes in arrays), or in a lint run kept in its temporary
    file: they are needed while the rules compare them, and a workspace has tens of thousands."""
    docs = _TraitDocs()
    # A trait's index in its document: a byte each while no document has more than 256 traits.
    at = array("B")

    def texts() -> Iterator[list[str]]:
        nonlocal at
        for doc in _read_words(index.of_kind(kind)):
            these = doc.trait_norms()
            left_out = doc.in_fields(_NOT_TELLING)
            if at.typecode == "B" and len(these) > 256:
                at = array("I", at)
            if not any(left_out):
                at.extend(range(len(these)))
            else:
                keep = [i for i, out in enumerate(left_out) if not out]
                these = [these[i] for i in keep]
                at.extend(keep)
            docs.add(doc, len(these))
            yield these

    # In a lint run they wait in its temporary file, by word count, as the rules read them.
    norms = PackedTexts.from_groups(texts(), trait_spill.get())
    return docs, at, norms


def _tells_apart(a: str, b: str) -> bool:
    """Whether two normalised traits differ only where each has a number, or an opposite of the
    other's: "£200 a month" is no "£20 a month", nor "three reviews" "two reviews", nor "w aptece
    internetowej" "w aptece stacjonarnej": that difference tells the two people apart."""
    left, right = set(a.split()), set(b.split())
    only_left, only_right = left - right, right - left
    if not (only_left and only_right):
        return False
    if all(map(_is_number, only_left | only_right)):
        return True
    sides = [_CONTRAST.get(tok) for tok in only_left], [_CONTRAST.get(tok) for tok in only_right]
    if not all(side is not None or _is_number(tok) for tok, side in zip(only_left, sides[0])):
        return False
    if not all(side is not None or _is_number(tok) for tok, side in zip(only_right, sides[1])):
        return False
    # At least one word on each side is the other's opposite (the same contrast, the other end).
    ends = {side for side in sides[1] if side is not None}
    return any(side is not None and (side[0], 1 - side[1]) in ends for side in sides[0])


#: Words whose opposite, as the one difference between two traits, makes them two traits: where or
#: how it is bought, new or second-hand, cheap or dear, weekdays or weekends, mornings or evenings.
_CONTRASTS = (
    ("internetowy internetowa internetowe internetowej internetowym online", "stacjonarny stacjonarna "
     "stacjonarne stacjonarnej stacjonarnym stacjonarnie offline"),
    ("nowy nowa nowe nowych new", "używany używana używane używanych used second-hand refurbished odnowiony"),
    ("tani tania tanie tanio taniej tanich cheap cheaper", "drogi droga drogie drogo drożej drogich expensive dearer"),
    ("weekday weekdays powszedni powszednie", "weekend weekends weekendy weekendowy weekendowe"),
    ("rano poranny porannej morning mornings", "wieczorem wieczór wieczorami wieczorny evening evenings nocą night"),
)


def _contrast_stems() -> dict[str, tuple[int, int]]:
    from ..textnorm import normalise

    out: dict[str, tuple[int, int]] = {}
    for group, pair in enumerate(_CONTRASTS):
        for side, words in enumerate(pair):
            for word in words.split():
                for tok in normalise(word).split():
                    out.setdefault(tok, (group, side))
    return out


_CONTRAST = _contrast_stems()


#: How many persona traits (by place) :func:`_beyond_numbers` gathers the queries of at a time.
_POOL_BLOCK = 4096


def _beyond_numbers(pool: list[str], queries: Iterable[str], threshold: float) -> dict[str, int]:
    """For negative traits whose closest persona trait differs only in a number, the best other one.

    Answers as the matchers do: the highest Dice score at or above the threshold (from 0.8 up, one
    token changed, added or dropped at most), the earliest trait of equal scores, never a trait
    and its negation, and never one that differs only in a number either.  Such queries are rare,
    so the pool is indexed only by the few rare tokens they are looked up by (below 0.8; from 0.8 up
    by the sums of their tokens' hashes, :func:`_one_edit_beyond_numbers`).
    """
    wanted_sets = {query: frozenset(query.split()) for query in queries}
    if not wanted_sets:
        return {}
    search = _one_edit_beyond_numbers if threshold >= 0.8 else _rare_token_beyond_numbers
    return search(pool, wanted_sets, threshold)


def _rare_token_beyond_numbers(pool: list[str], wanted_sets: dict[str, frozenset[str]], t: float) -> dict[str, int]:
    """:func:`_beyond_numbers` at any threshold: each query looked up by its rarest tokens."""
    # The pool is every persona trait of the workspace, the queries a handful: it is split on the
    # fly, never held.  How rare a token is only picks which of a query's tokens to look it up by
    # (any of them would find every candidate), so a sample of the pool tells it well enough.
    vocab = frozenset().union(*wanted_sets.values())
    freq = Counter(filter(vocab.__contains__, chain.from_iterable(map(str.split, pool[::max(1, len(pool) // 2048)]))))
    asked: dict[str, tuple[frozenset[str], int, list[str]]] = {}
    for query, toks in wanted_sets.items():
        n = len(toks)
        # A pool set of m tokens sharing s with the query has Dice 2s / (n + m) and s <= m, so it
        # shares at least t * n / (2 - t) tokens (from 0.8 up, all but one): it misses at most
        # n - that, so it holds at least k - (n - that) of any k of the query's tokens; the k
        # rarest give the fewest candidates.
        least = max(1, math.ceil(t * n / (2 - t) - 1e-9), n - 1 if t >= 0.8 else 0)
        asked[query] = toks, least, sorted(toks, key=lambda tok: (freq[tok], tok))[: min(n, n - least + 3)]
    wanted = frozenset(chain.from_iterable(rarest for _toks, _least, rarest in asked.values()))
    # The pool traits holding each wanted token, as machine words: with common tokens these lists
    # run to a good share of the pool each.
    postings: dict[str, array[int]] = {}
    # How many distinct tokens each pool trait has, to pass over candidates too short or too long.
    sizes = array("H")
    for j, words in enumerate(map(str.split, pool)):
        sizes.append(min(len(set(words)), 65535))
        for tok in wanted.intersection(words):
            posting = postings.get(tok)
            if posting is None:
                postings[tok] = posting = array("I")
            posting.append(j)
    # Each query's candidates, as its sorted pool places (machine words); they are then read a block
    # of pool places at a time, each candidate split once for all the queries that ask for it.
    # Holding every candidate's queries at once (an int, an array and a dict slot each, for tens
    # of thousands of candidates) was the largest memory of a big workspace's run.
    ask = list(asked.items())
    candidates: list[array[int] | None] = []
    for _query, (toks, least, rarest) in ask:
        n = len(toks)
        need = len(rarest) - (n - least)
        # Dice 2s / (n + m) >= t with s <= n: m <= n (2 - t) / t; from 0.8 up, m <= s + 1 <= n + 1.
        longest = n + 1 if t >= 0.8 else (n * (2 - t) / t + 1e-9 if t > 0 else math.inf)
        held = Counter(chain.from_iterable(postings.get(tok, ()) for tok in rarest))
        candidates.append(array("I", sorted(j for j, count in held.items() if count >= need and least <= sizes[j] <= longest)))
        del held
    del postings
    best: list[tuple[float, int] | None] = [None] * len(ask)
    negated = [not NEGATION_STEMS.isdisjoint(toks) for _query, (toks, _least, _rarest) in ask]
    read = [0] * len(ask)  # how many of each query's candidates the blocks before took
    for stop in range(_POOL_BLOCK, len(pool) + _POOL_BLOCK, _POOL_BLOCK):
        waiting: dict[int, array[int]] = {}
        for q, found in enumerate(candidates):
            if found is None:
                continue
            start = read[q]
            end = read[q] = bisect_left(found, stop, start)
            for j in found[start:end]:
                queue = waiting.get(j)
                if queue is None:
                    waiting[j] = queue = array("I")
                queue.append(q)
            if end == len(found):
                candidates[q] = None
        # Candidates in pool order, so that each query keeps the earliest of its equal best scores.
        for j in sorted(waiting):
            item = frozenset(pool[j].split())
            size, plain = len(item), NEGATION_STEMS.isdisjoint(item)
            for q in waiting.pop(j):
                query, (toks, least, _rarest) = ask[q]
                shared = len(toks & item)
                if shared < least or (t >= 0.8 and size - shared > 1):
                    continue
                score = 2 * shared / (len(toks) + size)
                kept = best[q]
                if (
                    score >= t and (kept is None or score > kept[0])
                    and plain != negated[q] and not _tells_apart(query, pool[j])
                ):
                    best[q] = (score, j)
    return {query: found[1] for (query, _asked), found in zip(ask, best) if found is not None}


def _token_code(token: str) -> int:
    """A query token's code in :func:`_one_edit_beyond_numbers`: below 2**25, so that the sum of a
    trait's (a few dozen tokens at most) stays a small int."""
    return hash(token) & 0x1FFFFFF


def _one_edit_beyond_numbers(pool: list[str], wanted_sets: dict[str, frozenset[str]], t: float) -> dict[str, int]:
    """:func:`_beyond_numbers` from 0.8 up, in one pass over the pool whatever the number of queries.

    There a persona trait can only match a query with one token changed, added or dropped at most
    (see :func:`_beyond_numbers`): the query's token set, or it less one token, is the trait's, or the
    trait's less one token.  Each token stands for a number (its code) and a set for the sum of its
    tokens' codes: each query is kept under its sum and under its sum less each of its tokens' codes,
    and each pool trait asks for its own sum and that sum less each of its tokens' codes, so that a
    trait one edit from a query meets it.  A token no query has gets one code for them all (where such
    a token stands, it cancels out of the sums that can meet).  A meeting is then checked on the token
    sets themselves, as the search by rare tokens checked each of its candidates: sets whose sums are
    the same by chance are told apart there.  The search by rare tokens paired each query with every
    trait sharing most of its rarest tokens, hundreds of thousands of pairs in a big templated
    workspace; this is one pass over the pool, plus the pairs that are one edit apart."""
    ask = list(wanted_sets.items())
    codes = {tok: _token_code(tok) for tok in frozenset().union(*wanted_sets.values())}
    other = 0x1FFFFFF + 1  # every other token's
    keys: dict[int, int | list[int]] = {}
    least: list[int] = []
    for q, (_query, toks) in enumerate(ask):
        n = len(toks)
        least.append(max(1, math.ceil(t * n / (2 - t) - 1e-9), n - 1))
        own = [codes[tok] for tok in toks]
        whole = sum(own)
        for key in {whole, *map(whole.__sub__, own)}:
            held = keys.get(key)
            if held is None:
                keys[key] = q
            elif isinstance(held, list):
                held.append(q)
            else:
                keys[key] = [held, q]
    negated = [not NEGATION_STEMS.isdisjoint(toks) for _query, toks in ask]
    best: list[tuple[float, int] | None] = [None] * len(ask)
    code_of, held_keys = codes.get, keys.keys()
    for j, text in enumerate(pool):
        item = frozenset(text.split())
        own = list(map(code_of, item, repeat(other)))
        whole = sum(own)
        if whole not in keys and held_keys.isdisjoint(map(whole.__sub__, own)):
            continue
        met: set[int] = set()
        for key in (whole, *map(whole.__sub__, own)):
            held = keys.get(key)
            if held is not None:
                met.update(held) if isinstance(held, list) else met.add(held)
        size, plain = len(item), NEGATION_STEMS.isdisjoint(item)
        for q in met:
            query, toks = ask[q]
            shared = len(toks & item)
            if shared < least[q] or size - shared > 1:
                continue
            score = 2 * shared / (len(toks) + size)
            kept = best[q]
            if score >= t and (kept is None or score > kept[0]) and plain != negated[q] and not _tells_apart(query, text):
                best[q] = (score, j)
    return {query: found[1] for (query, _toks), found in zip(ask, best) if found is not None}


def _is_number(token: str) -> bool:
    return token in _COUNT_STEMS or any(c.isdigit() for c in token)


def _count_stems() -> frozenset[str]:
    from ..textnorm import stem
    from ..vague import SPELLED_NUMBERS

    return frozenset(map(stem, SPELLED_NUMBERS))


_COUNT_STEMS = _count_stems()


def _first_equal(queries: PackedTexts, pool: PackedTexts) -> array[int]:
    """For each query, one more than the place of the first pool text equal to it (0 for none, and
    for an empty query): a machine word each, not a list of int objects.

    Equal texts have as many words, so the pool's texts are looked up one word count at a
    time: only that count's texts are ever held as strings (all of them at once, with a dict,
    were the largest memory of trait-overlap on big workspaces)."""
    found_at = array("I", [0]) * len(queries)
    pool_by_words = by_word_count(pool, range(len(pool)))
    for words, asking in by_word_count(queries, range(len(queries))).items():
        group = pool_by_words.pop(words, None)
        if group is None:
            continue
        # Backwards, so that each text keeps its first pool place.
        exact = dict(zip(pool.at(group[::-1]), map((1).__add__, group[::-1])))
        exact.pop("", None)
        # Each setitem returns None, so any() runs through them all, in C.
        any(map(setitem, repeat(found_at), asking, map(exact.get, queries.at(asking), repeat(0))))
    return found_at


@register
class TraitOverlap(Rule):
    """The same trait appears in a persona and in a negative persona.

    Traits are compared after normalising case, punctuation, stop words and
    Polish and English inflection (also a plural or a past tense that changes
    a noun and its verb: "Kurierzy zostawiają", "Zamawiała ... płaciła", and an
    acronym's ending, "BLIK-iem" / "BLIKiem"); near-duplicates count too: at the default
    `similarity` (0.8) the same trait with one word changed, added or
    dropped; a lower `similarity` compares traits more loosely.  A trait and its negation ("czyta recenzje" / "nie czyta recenzji",
    "rzadko kupuje", "rarely buys") are opposites, not an overlap, and so are two traits
    that differ only in a number ("£200 a month" / "£20 a month") or in a word and its
    opposite (internetowa / stacjonarna, online / offline, nowe / używane, tanie / drogie,
    weekdays / weekends, rano / wieczorem): that difference tells the two people apart.  Channels are left out: customers and
    non-customers often use the same ones, and a shared channel says nothing
    about who buys.  Reported on the negative persona's trait, naming the
    persona's.

    Why: a trait both your customer and your non-customer have cannot tell
    them apart — it is exactly the kind of empty, generic trait the negative
    persona exists to expose.

    Bad:
        # persona:          - Dba o zdrowie
        # negative persona: - Dbająca o swoje zdrowie

    Good:
        # persona:          - Biega 30 km tygodniowo i mierzy tętno pasem Polar
        # negative persona: - Spaceruje z psem, nie mierzy żadnych wyników

    Bad (en):
        # persona:          - Looks for value for money
        # negative persona: - Always looking for value for money

    Good (en):
        # persona:          - Swims 40 lengths at the leisure centre before work on Tuesdays
        # negative persona: - Walks the dog twice a day, never tracks anything
    """

    code = "CX203"
    name = "trait-overlap"
    reads_words = True
    severity = Severity.warning
    scope = "workspace"
    Options = OverlapOptions

    def check_workspace(self, index: WorkspaceIndex) -> Iterable[Hit]:
        pdocs, pat, pnorms = _norms_of(index, "persona")
        if not pnorms:
            return
        ndocs, nat, nnorms = _norms_of(index, "negative-persona")
        found_at = _first_equal(nnorms, pnorms)
        matches = {q: j - 1 for q, j in enumerate(found_at) if j}
        # One word cannot be a near-duplicate (fewer than two distinct stems are skipped below).
        # (Those with no equal persona trait and a space, picked in C.)
        fuzzy = array("I", compress(range(len(nnorms)), map(and_, map(not_, found_at), map(bool, nnorms.spaces()))))
        del found_at
        threshold = self.options.similarity
        if fuzzy:
            if threshold >= 0.8:
                # From 0.8 up, near-duplicates are one word apart: hash look-ups suffice.
                found = one_edit_matches(nnorms.pick(fuzzy), pnorms, threshold, marked=NEGATION_STEMS, min_tokens=2,
                                         store=trait_spill.get())
            else:
                # Looser settings need the (slower on huge workspaces) similarity join.
                fuzzy = [q for q in fuzzy if len(set(nnorms[q].split())) >= 2]
                found = dice_matches([nnorms[q] for q in fuzzy], pnorms, threshold, marked=NEGATION_STEMS)
            numbered = []
            for i, (j, score) in found.items():
                if score >= threshold:
                    if _tells_apart(nnorms[fuzzy[i]], pnorms[j]):
                        numbered.append(fuzzy[i])
                    else:
                        matches[fuzzy[i]] = j
            if numbered:
                # The closest trait differs only in a number; a real overlap may come next.
                others = _beyond_numbers(pnorms, [nnorms[q] for q in numbered], threshold)
                for q in numbered:
                    if nnorms[q] in others:
                        matches[q] = others[nnorms[q]]
        for q in sorted(matches):
            neg, pdoc = ndocs[q], pdocs[matches[q]]
            _field, text, line, col, _norm = neg.trait(nat[q])
            pfield, ptext, pline, pcol, _pnorm = pdoc.trait(pat[matches[q]])
            yield Hit.naming(
                line, col,
                # A `|` block value ends in a line break, which the message need not show.
                f"'{text.rstrip()}' is also a trait of persona '{pdoc.id}' (", Place(pdoc.path, pline, pcol),
                f":{pline}, {pfield}: '{ptext.rstrip()}'); a trait both have cannot tell them apart",
                path=neg.path,
                # Built only for a Polish run: a workspace's overlaps are many, each twin held till the run ends.
                pl=(f"{quote_pl(text.rstrip())} to także cecha persony {quote_pl(pdoc.id)} (", Place(pdoc.path, pline, pcol),
                    f":{pline}, {pfield}: {quote_pl(ptext.rstrip())}); cecha wspólna obu nie pozwala ich odróżnić")
                if self.polish else None,
            )


#: Fields of a negative persona that say why it does not buy as its reasons do.
_OWN_FIELDS = frozenset({"substitutes", "purchase_triggers", "abandon_triggers"})
_REASONS = frozenset({"reasons"})
#: The fields of a negative persona mirrored-negative-persona reads.
_ASKED_FIELDS = ("reasons", *sorted(_OWN_FIELDS))
#: Stems of words that name no substitute or trigger in particular: "Inny sklep internetowy",
#: "Sklep konkurencji", "Another vendor's tool", "Competitor products".
_GENERIC_STEMS = frozenset(normalise(
    "inny inna inne innego innym another other others competitor competitors konkurencja konkurencji konkurencyjny "
    "konkurencyjne konkurent vendor vendors tool tools product products produkt produkty sklep sklepy sklepu shop "
    "shops store stores app apps aplikacja aplikacje aplikacji internetowy internetowe internetowym online internet "
    "firma firmy company companies brand brands marka marki usługa usługi service services solution solutions "
    "rozwiązanie rozwiązania narzędzie narzędzia strona website something coś some jakiś jakaś cheaper tańszy "
    "tańsze tańsza alternative alternatywa alternatywne zamiennik substitute"
).split())


def _specific(text: str) -> bool:
    """Whether a substitute or trigger names something in particular, as research does: a number, a
    name (a capitalised word after the first: "Chappi", "Excel", "OLX"), or three stems besides the
    generic ones ("Sam kładzie płytki; narzędzia pożycza od szwagra"); not "Inny sklep internetowy",
    "Competitor products"."""
    if any(c.isdigit() for c in text):
        return True
    if any(word[:1].isupper() for word in text.split()[1:]):
        return True
    return len([tok for tok in normalise(text).split() if len(tok) > 1 and tok not in _GENERIC_STEMS]) >= 3


def _own_extras(doc: Document) -> set[str]:
    """The fields among substitutes and triggers where the negative persona names something in particular."""
    model = doc.model
    return {field for field in _OWN_FIELDS
            if any(_specific(getattr(item, "text", item) or "") for item in getattr(model, field, None) or ())}
#: mirrored-negative-persona's advice, each part but those the negative persona already has.
_ADVICE_PL = {"price": "cena", "a substitute": "zamiennik", "too complicated": "zbyt skomplikowane",
              "impulse buying": "zakupy pod wpływem impulsu", "what makes them quit": "co sprawia, że rezygnuje"}
_ADVICE = (("", "price"), ("substitutes", "a substitute"), ("", "too complicated"), ("", "impulse buying"),
           ("abandon_triggers", "what makes them quit"))


#: What is left of a denial besides the negation: "doesn't" is "doe not", "won't" "wo not".
_DENIAL_AUX = frozenset({"doe", "did", "wo", "will", "do", "can", "ca", "would"})


#: A denial of having what using a product needs — a device, an account, a card, internet access —
#: is a barrier, a reason of its own, not a mirror ("Nie ma smartfona" beside "Ma smartfona z
#: Androidem 12" is why an app-only service loses this person).
_HAVE_STEMS = frozenset(normalise("ma mają posiada has have own owns dostępu access").split())
_PRECONDITION_STEMS = frozenset(normalise(
    "smartfona smartphone telefonu komórki phone komputera computer laptopa laptop tabletu tablet internetu "
    "internet konta account karty card"
).split())


def _barrier(toks: frozenset[str]) -> bool:
    """Whether a negated reason's stems deny having a precondition of use ("Nie ma smartfona", "Has no
    bank account", "Nie ma dostępu do internetu")."""
    return not toks.isdisjoint(_HAVE_STEMS) and not toks.isdisjoint(_PRECONDITION_STEMS)


#: Words a denial takes beside its negation that the trait it denies leaves out: "any", "ever", "żadnych",
#: "wcale", "ani" ("Doesn't read any reviews on Trustpilot" denies "Reads reviews on Trustpilot"; "Nie zamawia
#: żadnych próbek" denies "Zamawia próbki"; "Nie czyta opinii ani recenzji" denies "Czyta opinie i recenzje").
_DENIAL_ONLY = frozenset(normalise(
    "any anything ever at all either neither nor żaden żadna żadne żadnego żadnej żadnych żadnym żadnymi żadną "
    "wcale ani"
).split())


def _denied(norm: str) -> frozenset[str] | None:
    """The stems a negated trait denies ("nie czyt dzi sluchaw forum audiost" denies "czyt dzi sluchaw
    forum audiost"), when it holds a negation and at least two stems besides, and denies no
    precondition of use (:func:`_barrier`); else None."""
    toks = frozenset(norm.split())
    if NEGATION_STEMS.isdisjoint(toks) or _barrier(toks):
        return None
    rest = toks - NEGATION_STEMS - _DENIAL_AUX - _DENIAL_ONLY
    return rest if len(rest) >= 2 else None


#: A Polish word whose last syllable holds a fleeting "e" (or "ie"): a genitive plural ("próbek" of
#: "próbki", "okien" of "okna", "krzeseł" of "krzesła") or a masculine nominative ("sweter", "ogródek").
_FLEETING_E = lazy(globals(), "_FLEETING_E", r"(.+?[^aeiouyąęó])i?e([kncłlr])")
_CONSONANTS = frozenset("bcdfghjklmnprstwxzł")
#: The consonants a fleeting "e" stands before ("-ek", "-en", "-ec", "-eł", "-er").
_BEFORE_FLEETING = frozenset("kncłlr")


def _case_forms(text: str, denied: frozenset[str]) -> dict[str, frozenset[str]]:
    """For the stems of a denial (``denied``, of the reason ``text``) that Polish negation may have put in
    another case, the stems of the form a trait would hold: the object of a denial is in the genitive
    ("Nie zamawia próbek tkanin" for "Zamawia próbki tkanin", "Nie ma ogródka" for "Ma ogródek"), whose
    fleeting "e" comes and goes ("próbek" / "próbki", "okien" / "okna", "ogródka" / "ogródek").  Other
    cases meet in one stem already ("opinii" / "opinie", "sofy" / "sofę"); a form made here that is no
    word meets no trait."""
    forms: dict[str, set[str]] = {}
    for word in tokens(text):
        own = stem(word)
        if own not in denied:
            continue
        m = _FLEETING_E.fullmatch(word)
        if m is not None:  # "próbek" -> "próbk", "okien" -> "okn", "krzeseł" -> "krzesł"
            other = stem(m.group(1) + m.group(2))
            if other != own:
                forms.setdefault(own, set()).add(other)
        if 4 <= len(own) < 7 and own[-1] in _BEFORE_FLEETING and own[-2] in _CONSONANTS:
            forms.setdefault(own, set()).add(own[:-1] + "e" + own[-1])  # "ogrodk" -> "ogrodek", "swetr" -> "sweter"
    return {tok: frozenset(other) for tok, other in forms.items()}


#: Verbs that only frame who a person is, which a persona's summary or demographics leave out
#: ("Nie mieszka w Gdańsku" against the location "Gdańsk, Wrzeszcz"; "Does not own a heating firm"
#: against "Owner of a heating firm").
_FRAME_STEMS = frozenset(normalise(
    "mieszka mieszkają live lives living work works pracuje pracują own owns run runs prowadzi prowadzą "
    "jest są być is are be ma mają has have"
).split())
#: A persona's fields besides its traits that a denial is looked up in (the id's words say who the
#: persona is too: "pawel-programista-audiofil"), with how many stems a denial of each needs: the
#: summary is long, so one word of it is no mirror.
_ABOUT_LEAST = {"id": 1, **{name: (2 if name == "summary" else 1) for name in ABOUT_FIELDS}}


#: Where a trait's clauses end: a comma, a semicolon, a colon, a bracket or a dash between spaces.
_CLAUSE_END = re.compile(r"[,;:()\[\]]|\s[-–—]\s")


def _clauses(text: str) -> Iterator[tuple[frozenset[str], str]]:
    """The stems of each clause of a trait that holds no negation, without the verbs that frame who a person
    is ("Meloman, lubi …" gives {meloman} first; "Ma spokojne usposobienie, jest oszczędny" gives {oszczed} last),
    each with the clause as written."""
    for part in _CLAUSE_END.split(text):
        toks = frozenset(normalise(part).split())
        if toks and NEGATION_STEMS.isdisjoint(toks):
            yield toks - _FRAME_STEMS, part


def _whole_words(text: str, short: str) -> frozenset[str]:
    """The words of ``text`` whose stem is ``short``, each without its ending but not cut to a stem's length: a
    stem keeps seven letters, so "oszczędny" and "oszczędności", "analityczny" and "analityka" share one
    ("oszczed", "anality"), but not these ("oszczedn", "oszczednosc"; "analityczn", "analityk")."""
    return frozenset(strip_ending(word.translate(FOLD_PL)) for word in tokens(text) if stem(word) == short)


def _same_word(these: frozenset[str], those: frozenset[str]) -> bool:
    """Whether a word of :func:`_whole_words` ``these`` is one of ``those``, or it with a letter more: a
    woman's noun in "-ka" ("melomank" of "melomanka", "meloman" of "melomanem"; "studentk", "student")."""
    return any(a == b or abs(len(a) - len(b)) == 1 and (a.startswith(b) or b.startswith(a))
               for a in these for b in those)


def _clipped(text: str, width: int = 80) -> str:
    """``text`` on one line, cut at a word with "…" past ``width`` characters (a summary is long)."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + "…"


def _denied_about(norm: str) -> frozenset[str] | None:
    """The stems a negated reason denies of who a person is ("nie program" denies "program", "nie
    mieszk gdansk" "gdansk"), without the verbs that frame it; None without a negation or a stem, or
    for a denied precondition of use (:func:`_barrier`)."""
    toks = frozenset(norm.split())
    if NEGATION_STEMS.isdisjoint(toks) or _barrier(toks):
        return None
    return toks - NEGATION_STEMS - _DENIAL_AUX - _FRAME_STEMS or None


def _about_entries(docs: list[DocSummary], wanted: frozenset[str]) -> tuple[list[_AboutEntry], dict[str, list[int]]]:
    """The summary, demographics and id of each persona (by its place in ``docs``) holding a stem of
    ``wanted``, and the entries each such stem is in.  A field that holds a negation is left out:
    what it denies, a reason denying it too repeats."""
    entries: list[_AboutEntry] = []
    postings: dict[str, list[int]] = {}
    if not wanted:
        return entries, postings
    for k, doc in enumerate(docs):
        # The id last: a field that says so is the one a message names.
        texts = [*(doc.about() or [""] * len(ABOUT_FIELDS)), (doc.id or "").replace("-", " ").replace("_", " ")]
        for name, text in zip((*ABOUT_FIELDS, "id"), texts):
            toks = frozenset(normalise(text).split()) if text else frozenset()
            hit = wanted & toks
            if hit and NEGATION_STEMS.isdisjoint(toks):
                for tok in hit:
                    postings.setdefault(tok, []).append(len(entries))
                entries.append(_AboutEntry(k, name, toks))
    return entries, postings


#: "bez" / "without" before a stem of a persona's trait turns that trait round ("bez subskrypcji").
_WITHOUT = frozenset({"bez", "without"})


def _contrast_ends() -> dict[str, frozenset[str]]:
    """For each word of a contrast, the words of its other end."""
    ends: dict[tuple[int, int], set[str]] = {}
    for tok, side in _CONTRAST.items():
        ends.setdefault(side, set()).add(tok)
    return {tok: frozenset(ends.get((group, 1 - side), ())) for tok, (group, side) in _CONTRAST.items()}


_OTHER_END = _contrast_ends()
#: Stems no reason holds as its own: the words of a contrast, "bez" and "without".
_NOT_OWN = frozenset(_OTHER_END).union(_WITHOUT)


#: Words that name one choice of a kind: a day, a way to pay, where one pays or buys.  A reason's word
#: of one, where the trait names another of the same kind, swaps that word and says nothing of the
#: reason's own ("gotówką przy kasie, zawsze w poniedziałek" for "BLIK-iem w aplikacji sklepu, zawsze w
#: piątek"; "in the shop on Monday" for "in the app on Friday").
_ALTERNATIVES = (
    "poniedziałek poniedziałki wtorek wtorki środa środę środy czwartek czwartki piątek piątki sobota sobotę "
    "soboty niedziela niedzielę niedziele monday mondays tuesday tuesdays wednesday wednesdays thursday "
    "thursdays friday fridays saturday saturdays sunday sundays",
    "gotówka gotówką gotówce blik blik-iem blikiem karta kartą karty kartę przelew przelewem przelewu faktura "
    "fakturą cash card cards transfer paypal invoice cheque",
    "kasa kasie kasy kasą aplikacja aplikacji aplikację aplikacją strona stronie sklep sklepie app apps shop "
    "store counter till website",
)


def _alternative_stems() -> dict[str, int]:
    from ..textnorm import normalise

    return {tok: kind for kind, words in enumerate(_ALTERNATIVES) for word in words.split()
            for tok in normalise(word).split()}


_KIND = _alternative_stems()


class _Turn:
    """A reason that may turn a persona's trait round: its verb (first stem), its stems,
    the stems "bez" / "without" stands before, its contrast words with their other ends, the stems that
    may be its own (no contrast word, not bez / without nor a stem after them) and the stems a trait it
    turns round holds one of (the other ends and the stems after bez / without)."""

    __slots__ = ("verb", "stems", "without", "contrasts", "own", "keys")

    def __init__(self, words: list[str]) -> None:
        self.verb = words[0]
        self.stems = frozenset(words)
        self.without = frozenset(words[k + 1] for k in range(len(words) - 1) if words[k] in _WITHOUT)
        self.contrasts = [(w, _OTHER_END[w]) for w in self.stems if w in _OTHER_END]
        self.own = self.stems.difference(_NOT_OWN, self.without)
        self.keys = self.without.union(*(ends for _w, ends in self.contrasts))

    def opposes(self, trait: frozenset[str], norm: str) -> bool:
        """Whether the reason is ``trait`` (whose normalised text is ``norm``) turned round: the same verb
        and one more stem of it, what it has besides says the other end ("Kupuje karmę Brit Care 12 kg
        stacjonarnie, bez subskrypcji" against "Kupuje karmę Brit Care 12 kg … w subskrypcji"; "Płaci
        gotówką przy kasie, zawsze w poniedziałek rano" against "Płaci BLIK-iem…, zawsze w piątek
        wieczorem"), and at most one stem is its own: a word swapped for another of its kind
        ("poniedziałek" for "piątek") is none, while "Orders dog food offline at the farm co-op, because
        he wants to check the date himself" gives its own reason.  "Bez zbóż" turns
        nothing round where the trait says "bez zbóż" too."""
        if self.verb not in trait or len(self.stems & trait) < 2:
            return False
        if not any(word not in trait and not ends.isdisjoint(trait - self.stems) for word, ends in self.contrasts):
            hit = self.without & trait
            if not hit:
                return False
            words = norm.split()
            if hit <= {words[k + 1] for k in range(len(words) - 1) if words[k] in _WITHOUT}:
                return False
        own = self.own - trait
        if len(own) > 1:
            kinds = {_KIND[tok] for tok in trait - self.stems if tok in _KIND}
            if sum(1 for tok in own if _KIND.get(tok, -1) not in kinds) > 1:
                return False
        return True


def _may_oppose(norm: str) -> _Turn | None:
    """A reason with "bez" / "without" or a word of a contrast ("rano", "stacjonarnie"), which may turn
    a persona's trait round; else None."""
    words = norm.split()
    if len(words) < 3 or _WITHOUT.isdisjoint(words) and _OTHER_END.keys().isdisjoint(words):
        return None
    return _Turn(words)


@register
class MirroredNegativePersona(Rule):
    """A negative persona whose reasons only deny or repeat a persona's traits.

    What is reported: a reason mirrors a persona's trait when, without its negation, every stem of
    it is in that trait ("Nie czyta działu Słuchawki na forum Audiostereo" beside "Czyta dział
    Słuchawki na forum Audiostereo 3-4 razy w tygodniu"; "Doesn't read reviews on Trustpilot" beside
    "Reads reviews on Trustpilot before buying"), or when it is the same trait. When at least two
    reasons deny traits of one persona, more than half of all the reasons deny or repeat that
    persona's traits and fewer than two reasons (of two words or more) say something of their own,
    the negative persona is reported at its id, naming the persona; so is one whose only reason
    denies a trait and that has no substitute or trigger naming something in particular ("Nie czyta
    forum Audiostereo" alone).

    Who the persona is: a reason denies the persona too when, without its negation and the verbs
    that only frame it ("jest", "mieszka", "pracuje", "is", "lives", "owns"), every stem of it is in
    the persona's summary, in one of its `demographics` (occupation, location, education, household)
    or in its id ("Nie jest programistą" against the occupation "Senior programista backendu", "Nie
    mieszka w Gdańsku" against the location "Gdańsk, Wrzeszcz"); the summary is long, so
    one word of it is no mirror, and a field that holds a negation itself ("nie ma samochodu") is
    not read. The message then names and quotes that field. Such a denial of one word ("Nie jest
    melomanem", "Nie jest oszczędny", "Is not thrifty") also denies a trait's clause that is that
    word alone ("Meloman, lubi późnymi wieczorami słuchać jazzu", "Ma spokojne usposobienie, jest
    oszczędny"), not one that says more ("Oszczędny w wydatkach na elektronikę"), nor a word that only
    begins alike ("Oszczędności: 40 tys. zł na lokacie", "Analytics: checks GA4 every Monday").

    What is no mirror: two denials beside two reasons from research ("Codzienny spacer do sklepu
    osiedlowego to dla niego spotkanie z sąsiadami") are findings, not a mirror. A denial that says
    what the person does instead ("Nie czyta recenzji; kupuje to, co poleci sprzedawca w Media
    Markt") holds stems of its own and is no mirror, nor is one that denies having what using the
    product needs, a device, an account, a card or internet access ("Nie ma smartfona", "Has no bank
    account"): that is a barrier.

    Traits turned round: beside a denial, a reason that turns a trait round is one too: the trait's
    verb and one more of its stems, with the other end of a contrast (online / offline,
    stacjonarnie, rano / wieczorem, tanio / drogo, nowe / używane, weekday / weekend) or "bez" /
    "without" before a stem of the trait ("Kupuje karmę Brit Care stacjonarnie, bez subskrypcji"
    against "Kupuje karmę Brit Care … w subskrypcji", "Płaci gotówką przy kasie, zawsze w
    poniedziałek rano" against "Płaci BLIK-iem…, zawsze w piątek wieczorem"), holding at most one
    stem of its own (a day, a way to pay or a place swapped for another is none): "Kupuje karmę
    stacjonarnie w sklepie rolniczym, bo chce obejrzeć worek" gives its own reason, and "bez zbóż"
    turns nothing round where the trait says "bez zbóż" too. A reason so counted is named in the
    message beside the denial.

    Substitutes and triggers: the negative persona's `substitutes`, `purchase_triggers` and
    `abandon_triggers` say something of their own too, unless they deny or repeat that persona's
    traits: two denials beside a price reason, two substitutes and what makes them quit are
    research, not a mirror. Only those that name something in particular count: a number, a name, or
    three words besides generic ones ("Inny sklep internetowy", "Sklep konkurencji", "Competitor
    products" name nothing). The advice leaves out what the negative persona already has (its
    substitutes, what makes them quit).

    Polish negation: the object of "nie" is in the genitive, so a denial is read in the trait's case too:
    "Nie zamawia próbek tkanin" denies "Zamawia próbki tkanin" (the fleeting "e" of "próbek", "okien",
    "ogródka" comes and goes; "Nie czyta opinii" and "Czyta opinie" meet already), and the words a denial
    adds besides its negation, "żadnych", "wcale", "ani", "any", "ever" ("Nie zamawia żadnych próbek",
    "Doesn't read any reviews on Trustpilot"), are no part of what it denies.

    Filler: a reason that only says the person is not a customer ("Brak zainteresowania", "Nie nasz
    target", "Not our target group": what negative-without-reasons calls no reason) is neither counted
    among the reasons nor a reason of its own: two denials beside two such reasons are still a mirror, and
    the message names them ("2 of its 4 reasons deny or repeat its traits, and 2 only say this person is not
    your audience").

    Times and places in other words: they are not read as the same. "Nie zamawia po 22:00" does not
    deny "Zamawia wieczorem", nor "Doesn't order after 10 pm" "Orders in the evening", and "w sobotę
    i niedzielę" is not matched to "w weekendy". Most such pairs are not synonyms (evening is not
    night; a Saturday is not the weekend; "w tygodniu" is also "a week" in "3 razy w tygodniu"), and
    the few exact ones are rare in research notes, so a table of them would mostly add warnings
    where the negative persona draws a real, narrower line ("Nie zamawia po 22:00, bo kurier nie
    dowozi nocą"). A missed mirror costs less than a wrong one here.

    Why: a negative persona describes, from research, who is not a customer
    and why — the product is too dear or too cheap for them, they use a
    substitute, they will not understand it, they buy on impulse where the
    offer needs research, something makes them quit.  The persona's
    opposite, written at a desk, says none of that: it only restates the
    persona.

    Bad:
        # persona:          - Czyta dział Słuchawki na forum Audiostereo 3-4 razy w tygodniu
        #                   - Kupić słuchawki otwarte do 2 500 zł
        # negative persona: reasons:
        #                   - Nie czyta działu Słuchawki na forum Audiostereo
        #                   - Nie kupuje słuchawek otwartych do 2 500 zł

    Good:
        # negative persona: reasons:
        #                   - Słucha tylko z głośnika telefonu; słuchawki za 1 500 zł to dla niego absurd
        #                   - Kupuje to, co poleci sprzedawca w Media Markt, w dniu zakupu

    Bad (en):
        # persona:          - Reads the Money Saving Expert forum 3-4 times a week
        #                   - Switch to a fixed energy tariff under £1,600 a year
        # negative persona: reasons:
        #                   - Does not read the Money Saving Expert forum
        #                   - Does not switch to a fixed energy tariff under £1,600 a year

    Good (en):
        # negative persona: reasons:
        #                   - On a prepayment meter the landlord won't let her change; she cannot switch at all
        #                   - Stays with whatever supplier the letting agent set up and never opens its emails
    """

    code = "CX204"
    name = "mirrored-negative-persona"
    reads_words = True
    severity = Severity.warning
    scope = "workspace"

    def check_workspace(self, index: WorkspaceIndex) -> Iterable[Hit]:
        # Only negative personas with two denials or more can mirror: most workspaces have none,
        # and then no persona trait is read at all.
        # A negative persona whose reasons, substitutes or triggers a schema error is about is left out:
        # without them it could seem to say nothing of its own.
        asked = [neg for doc in _read_words(index.of_kind("negative-persona"))
                 if not incomplete(doc, _ASKED_FIELDS) and (neg := _AskedNegative.of(doc)) is not None]
        if not asked:
            return
        personas = _PersonaLookup(index, asked)
        # The persona traits each reason (by its normalised text) turns round: copies of one negative
        # persona are read once.
        turns_of: dict[str, dict[int, int]] = {}
        for neg in asked:
            mirrors = _Mirrors(neg, personas, turns_of)
            best = mirrors.best()
            if best is not None:
                yield _mirror_hit(neg, personas, mirrors, *best)


class _AboutEntry(NamedTuple):
    """A persona's summary, one of its demographics or its id: the persona's place among the personas
    read, the field's name and its stems."""

    doc: int
    field: str
    stems: frozenset[str]


class _AskedNegative:
    """A negative persona that may mirror a persona, with what its reasons deny, turn round or say of
    who a persona is (by trait index)."""

    __slots__ = ("doc", "reasons", "norms", "denials", "extra", "turned", "denies", "single", "forms", "filler")

    def __init__(self, doc: DocSummary, reasons: list[int], norms: list[str], denials: dict[int, frozenset[str]],
                 turned: dict[int, _Turn], denies: dict[int, frozenset[str]], filler: list[int]) -> None:
        self.doc = doc
        self.reasons = reasons
        # Reasons that only say the person is not a customer ("Brak zainteresowania", "Nie nasz target"),
        # which negative-without-reasons calls no reasons: they are neither counted nor say anything of their own.
        self.filler = filler
        self.norms = norms
        # Substitutes and triggers may say why too: they count as reasons of their own.
        self.extra = [i for i, own in enumerate(doc.in_fields(_OWN_FIELDS)) if own]
        denials.update((i, d) for i in self.extra if (d := _denied(norms[i])) is not None)
        denies.update((i, d) for i in self.extra if (d := _denied_about(norms[i])) is not None)
        self.denials = denials
        # The genitive a denial puts its object in, by the stems of the form a trait holds ("próbek" / "próbki").
        self.forms = {i: f for i, d in denials.items() if (f := _case_forms(doc.trait(i, norms)[1], d))}
        self.turned = turned
        # What its reasons deny of who a persona is (its id, summary, demographics).
        self.denies = denies
        # A denial of one word of who the person is ("Nie jest melomanem", "Is not thrifty"), which too few
        # stems keep from being a denial of a trait: it denies a trait's clause that is that word alone
        # ("Meloman, lubi …", "…, jest oszczędny").
        self.single = {i: next(iter(d)) for i, d in denies.items() if len(d) == 1 and i not in denials}

    @classmethod
    def of(cls, doc: DocSummary) -> _AskedNegative | None:
        """The negative persona to be checked, or None when its reasons deny nothing: two denials or
        turns are needed, or one reason that is a denial."""
        reasons = [i for i, reason in enumerate(doc.in_fields(_REASONS)) if reason]
        if not reasons:
            return None
        norms = doc.trait_norms()
        denials = {i: d for i in reasons if (d := _denied(norms[i])) is not None}
        denies = {i: d for i in reasons if (d := _denied_about(norms[i])) is not None}
        filler: list[int] = []
        if denials or denies:
            # Only read where something is denied: "Brak zainteresowania", "Not our target group".
            filler = [i for i in reasons if _tautology(doc.trait(i, norms)[1])]
            if filler:
                reasons = [i for i in reasons if i not in filler]
                denials = {i: d for i, d in denials.items() if i not in filler}
                denies = {i: d for i, d in denies.items() if i not in filler}
        # Beside a denial, reasons that may turn a trait round count as denials would:
        # without one, no persona trait is read (reasons with "weekend" or "online" are common).
        turned = {i: v for i in reasons if (v := _may_oppose(norms[i])) is not None} if denials else {}
        if len(denials.keys() | turned.keys() | denies.keys()) >= 2 or len(reasons) == 1 and (denials or denies):
            return cls(doc, reasons, norms, denials, turned, denies, filler)
        return None

    def all_reasons(self) -> Iterator[int]:
        """The reasons, then the substitutes and triggers."""
        return chain(self.reasons, self.extra)


class _PersonaLookup:
    """The persona traits and fields the asked negative personas' stems are looked up in.

    The persona traits each denied stem is in, and those a reason repeats word for word: one
    split of every persona trait, as trait-overlap does. A denial is then looked up by its
    rarest stem: a persona trait holding the whole denial holds that one too."""

    def __init__(self, index: WorkspaceIndex, asked: list[_AskedNegative]) -> None:
        wanted = frozenset().union(*(d for neg in asked for d in neg.denials.values()),
                                   *(f for neg in asked for forms in neg.forms.values() for f in forms.values()),
                                   *(neg.single.values() for neg in asked),
                                   *(turn.keys | {turn.verb} for neg in asked for turn in neg.turned.values()))
        copies = frozenset(neg.norms[i] for neg in asked for i in neg.all_reasons())
        self.docs, self.at, self.norms = _norms_of(index, "persona")
        self.entries, self.about_at = _about_entries(
            self.docs.docs, frozenset().union(*chain.from_iterable(neg.denies.values() for neg in asked)))
        self.postings: dict[str, list[int]] = {}
        self.copied_at: dict[str, list[int]] = {}
        for j, norm in enumerate(self.norms):
            for tok in wanted.intersection(norm.split()):
                self.postings.setdefault(tok, []).append(j)
            if norm in copies:
                self.copied_at.setdefault(norm, []).append(j)
        self._split: dict[int, frozenset[str]] = {}

    def stems(self, j: int) -> frozenset[str]:
        """The stems of persona trait ``j``, split once."""
        toks = self._split.get(j)
        if toks is None:
            toks = self._split[j] = frozenset(self.norms[j].split())
        return toks

    def text(self, j: int) -> str:
        """Persona trait ``j`` as written."""
        return self.docs[j].trait(self.at[j])[1]

    def owner(self, j: int) -> int:
        """Who holds persona trait ``j``: the id() of its document."""
        return id(self.docs[j])


class _Mirrors:
    """What one asked negative persona's reasons (and substitutes, triggers) mirror, persona by persona.

    ``denied_by`` holds, for each persona, the reasons that deny or turn round one of its traits (the
    first such trait) or its id, summary or demographics (an :class:`_AboutEntry`); ``copied_by`` the
    reasons that repeat one of its traits word for word; ``turned`` the (persona, reason) pairs counted
    as turned round."""

    def __init__(self, neg: _AskedNegative, personas: _PersonaLookup, turns_of: dict[str, dict[int, int]]) -> None:
        self.neg = neg
        self.personas = personas
        self.denied_by: dict[int, dict[int, int | _AboutEntry]] = {}
        self.copied_by: dict[int, dict[int, int]] = {}
        self.turned: set[tuple[int, int]] = set()
        self._deny_traits()
        self._deny_about()
        self._deny_clauses()
        self._turn_round(turns_of)
        self._copy()

    def _deny_traits(self) -> None:
        p = self.personas
        for i, denied in self.neg.denials.items():
            forms = self.neg.forms.get(i)
            if forms:
                self._deny_in_forms(i, denied, forms)
                continue
            rarest = min(denied, key=lambda tok: (len(p.postings.get(tok, ())), tok))
            for j in p.postings.get(rarest, ()):
                if denied <= p.stems(j):
                    self.denied_by.setdefault(p.owner(j), {}).setdefault(i, j)

    def _deny_in_forms(self, i: int, denied: frozenset[str], forms: dict[str, frozenset[str]]) -> None:
        # A denial whose object may stand in the genitive: each stem, or a form of it, in the trait
        # ("Nie zamawia próbek tkanin" against "Zamawia próbki tkanin").
        p = self.personas

        def holding(tok: str) -> set[int]:
            return set(chain.from_iterable(p.postings.get(t, ()) for t in (tok, *forms.get(tok, ()))))

        rarest = min(denied, key=lambda tok: (len(holding(tok)), tok))
        for j in sorted(holding(rarest)):
            trait = p.stems(j)
            if all(tok in trait or not trait.isdisjoint(forms.get(tok, ())) for tok in denied):
                self.denied_by.setdefault(p.owner(j), {}).setdefault(i, j)

    def _deny_clauses(self) -> None:
        # A one-word denial of who the person is, against a trait's clause that is that word alone:
        # "Nie jest melomanem" against "Meloman, lubi późnymi wieczorami słuchać muzyki klasycznej".
        # The word itself, not one that only begins alike: "Nie jest oszczędny" denies "…, jest oszczędna", not
        # "Oszczędności: 40 tys. zł na lokacie"; "Nie jest analityczny" not "Analityka: raport GA4 co tydzień".
        p = self.personas
        for i, short in self.neg.single.items():
            denied: frozenset[str] | None = None
            for j in p.postings.get(short, ()):
                owner = p.owner(j)
                if i in self.denied_by.get(owner, {}):
                    continue
                for clause, part in _clauses(p.text(j)):
                    if clause != {short}:
                        continue
                    if denied is None:
                        denied = _whole_words(self.neg.doc.trait(i)[1], short)
                    if _same_word(denied, _whole_words(part, short)):
                        self.denied_by.setdefault(owner, {})[i] = j
                        break

    def _deny_about(self) -> None:
        # All its stems in one field: "Nie mieszka w Gdańsku" against "Gdańsk, Wrzeszcz".
        p = self.personas
        for i, denied in self.neg.denies.items():
            rarest = min(denied, key=lambda tok: (len(p.about_at.get(tok, ())), tok))
            for e in p.about_at.get(rarest, ()):
                entry = p.entries[e]
                if len(denied) >= _ABOUT_LEAST[entry.field] and denied <= entry.stems:
                    self.denied_by.setdefault(id(p.docs.docs[entry.doc]), {}).setdefault(i, entry)

    def _turned_traits(self, turn: _Turn) -> dict[int, int]:
        """The first trait of each persona that ``turn`` turns round."""
        p = self.personas
        # A trait it turns round holds its verb and one of its keys: only traits holding both
        # are read (the verb, "kupuj", "buy", is in most traits).
        both = set(p.postings.get(turn.verb, ())).intersection(
            chain.from_iterable(p.postings.get(tok, ()) for tok in turn.keys))
        hits: dict[int, int] = {}
        for j in sorted(both):
            if turn.opposes(p.stems(j), p.norms[j]):
                hits.setdefault(p.owner(j), j)
        return hits

    def _turn_round(self, turns_of: dict[str, dict[int, int]]) -> None:
        neg = self.neg
        turn_hits: list[tuple[int, dict[int, int]]] = []
        for i, turn in neg.turned.items():
            hits = turns_of.get(neg.norms[i])
            if hits is None:
                hits = turns_of[neg.norms[i]] = self._turned_traits(turn)
            if hits:
                turn_hits.append((i, hits))
        if not turn_hits:
            return
        # Only a persona two reasons deny or turn round can be mirrored: the others are counted
        # out at once (a reason turning round many traits, "Buys offline without the app").
        twice = Counter(chain.from_iterable(hits for _i, hits in turn_hits))
        twice.update(owner for owner, mine in self.denied_by.items() for i in mine if i not in neg.extra)
        for i, hits in turn_hits:
            for owner in [owner for owner in hits if twice[owner] > 1]:
                mine = self.denied_by.setdefault(owner, {})
                if i not in mine:
                    mine[i] = hits[owner]
                    self.turned.add((owner, i))

    def _copy(self) -> None:
        neg, p = self.neg, self.personas
        for i in neg.all_reasons():
            if i not in neg.denials and neg.norms[i]:
                for j in p.copied_at.get(neg.norms[i], ()):
                    self.copied_by.setdefault(p.owner(j), {}).setdefault(i, j)

    def best(self) -> tuple[int, dict[int, int | _AboutEntry], dict[int, int | _AboutEntry]] | None:
        """The persona mirrored most, with the reasons mirroring it and those denying it; None when none is."""
        neg = self.neg
        reasons, extra, norms = neg.reasons, neg.extra, neg.norms
        best = None
        for owner, denied_all in self.denied_by.items():
            if len(denied_all) < min(2, len(reasons)):
                # One reason turned round or denied of this persona is no mirror of it, unless it
                # is the only one.
                continue
            denied = {i: j for i, j in denied_all.items() if i not in extra}
            if len(denied) < min(2, len(reasons)):
                continue
            mirrored_all = {**self.copied_by.get(owner, {}), **denied_all}
            mirrored = {i: j for i, j in mirrored_all.items() if i not in extra}
            # More than half mirror, and fewer than two reasons, substitutes or triggers say
            # something of their own: two researched ones already say why this person does not buy.
            # A substitute or trigger counts only where it names something ("Inny sklep internetowy" does not).
            own = sum(1 for i in neg.all_reasons() if i not in mirrored_all and len(norms[i].split()) >= 2
                      and (i not in extra or _specific(neg.doc.trait(i, norms)[1])))
            # A lone reason that denies a trait is a mirror only with nothing of its own beside it.
            if (2 * len(mirrored) > len(reasons) and own < min(2, len(reasons))
                    and (best is None or len(mirrored) > len(best[1]))):
                best = (owner, mirrored, denied)
        return best


def _mirror_hit(neg: _AskedNegative, personas: _PersonaLookup, mirrors: _Mirrors, owner: int,
                mirrored: dict[int, int | _AboutEntry], denied: dict[int, int | _AboutEntry]) -> Hit:
    """The finding at the negative persona's id: the persona it mirrors, the first reason denying it
    against what it denies, a reason counted as turned round, and the advice."""
    doc, norms, reasons = neg.doc, neg.norms, neg.reasons
    has = {doc.trait_fields[i] for i in neg.extra if _specific(doc.trait(i, norms)[1])}
    advice = ", ".join(word for field, word in _ADVICE if field not in has)
    rada = ", ".join(_ADVICE_PL[word] for field, word in _ADVICE if field not in has)
    first = min(denied)
    _field, text, _line, _col, _norm = doc.trait(first, norms)
    lone = len(reasons) == 1
    against = denied[first]
    if isinstance(against, _AboutEntry):
        pdoc = personas.docs.docs[against.doc]
        said = pdoc.id if against.field == "id" else pdoc.about()[ABOUT_FIELDS.index(against.field)]
        what = against.field.rpartition(".")[2]
        # A lone reason's count already names the field: "denies its location ('…' against '…')".
        field = "" if lone else f"its {what} "
        quoted = f"'{text.rstrip()}' against {field}'{_clipped(said)}'"
        pole = "" if lone else f"pola `{what}` "  # "wobec" takes the genitive
        cytaty = f"{quote_pl(text.rstrip())} wobec {pole}{quote_pl(_clipped(said))}"
        czemu = f"polu `{what}`"
    else:
        pdoc = personas.docs[against]
        _pf, ptext, _pline, _pcol, _pn = pdoc.trait(personas.at[against])
        what = "trait"
        quoted = f"'{text.rstrip()}' against '{ptext.rstrip()}'"
        cytaty = f"{quote_pl(text.rstrip())} wobec {quote_pl(ptext.rstrip())}"
        czemu = "cesze persony"
    # A reason counted as turned round is named too: "deny or repeat" does not say it.
    turns = sorted(i for i in denied if (owner, i) in mirrors.turned)
    if turns and first not in turns:
        _field, ttext, _line, _col, _norm = doc.trait(turns[0], norms)
        _pf, tptext, _pline, _pcol, _pn = pdoc.trait(personas.at[denied[turns[0]]])
        quoted += f"; '{ttext.rstrip()}' turns round '{tptext.rstrip()}'"
        cytaty += f"; {quote_pl(ttext.rstrip())} odwraca {quote_pl(tptext.rstrip())}"
    n, filler = len(mirrored), [doc.trait(i, norms)[1].strip() for i in neg.filler]
    k = len(filler)
    counted = (f"its only reason{' that says why' if k else ''} denies its {what}" if lone
               else f"{n} of its {len(reasons) + k} reasons deny or repeat its traits")
    policzone = (f"jej jedyny powód{', który mówi dlaczego,' if k else ''} zaprzecza {czemu}" if lone
                 else f"{n} {out_of(len(reasons) + k)} powodów {plural(n, 'zaprzecza', 'zaprzeczają', 'zaprzecza')} "
                      f"cechom persony lub je {plural(n, 'powtarza', 'powtarzają', 'powtarza')}")
    also = takze = ""
    if k:
        # The reasons that only say "not a customer" are no reasons: said, so that the count adds up.
        also = (f", and {k} only {'says' if k == 1 else 'say'} this person is not your audience ("
                + ", ".join(f"'{t}'" for t in filler) + ")")
        takze = (f", a {k} {plural(k, 'mówi', 'mówią', 'mówi')} tylko, że ta osoba nie należy do grupy docelowej ("
                 + ", ".join(quote_pl(t) for t in filler) + ")")
    return Hit.naming(
        *doc.id_pos,
        f"negative persona '{doc.id}' mirrors persona '{pdoc.id}' (", Place(pdoc.path, *pdoc.id_pos),
        f"): {counted} ({quoted}){also}; "
        f"say from research why this person does not buy or use it: {advice}",
        path=doc.path,
        pl=(f"persona negatywna {quote_pl(doc.id)} jest lustrzanym odbiciem persony {quote_pl(pdoc.id)} (", Place(pdoc.path, *pdoc.id_pos),
            f"): {policzone} ({cytaty}){takze}; napisz na podstawie badań, dlaczego ta osoba nie kupuje ani nie korzysta: {rada}"),
    )
