"""Rules about journey maps: every stage felt, reached, and every pain owned."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import permutations
from typing import Annotated, Any, Iterable

from pydantic import AfterValidator, Field

from ..finding import Hit, Place, Severity
from ..lazyre import lazy
from ..rule import NonBlank, OptionValueError, Rule, RuleOptions, register, toml_brief
from ...clock import holds, peek, shifted, steady, today
from ...model.common import SLUG_PATTERN
from .evidence import ago, ago_pl
from ..polish import counted, out_of
from ..polish import q as quote_pl
from .hygiene import placeholder_at
from ..textnorm import FOLD_PL, phrase_key, tokens
from ...workspace import DocSummary, Document, WorkspaceIndex, is_retired


@register
class StageWithoutEmotion(Rule):
    """A journey stage without an `emotion` score.

    Why: a journey map shows what the customer feels at each stage; the
    emotion curve is what shows where the experience breaks.

    Bad:
        stages:
          - id: purchase
            name: Zakup

    Good:
        stages:
          - id: purchase
            name: Zakup
            emotion: -1
            feeling: Niepewność, czy kurier zdąży przed weekendem

    Bad (en):
        stages:
          - id: installation
            name: Engineer visit

    Good (en):
        stages:
          - id: installation
            name: Engineer visit
            emotion: -1
            feeling: Annoyed at taking a day's leave for an 8am-6pm slot
    """

    code = "CX401"
    name = "stage-without-emotion"
    severity = Severity.warning
    kinds = ("journey",)

    def check(self, doc: Document) -> Iterable[Hit]:
        for i, stage in enumerate(doc.model.stages):  # type: ignore[union-attr]
            if stage.emotion is None:
                yield doc.hit(("stages", i, "id"),
                              f"stage '{stage.id}' has no emotion; score it from -2 (very negative) to +2 (very positive)",
                              pl=f"etap {quote_pl(stage.id)} nie ma emocji (`emotion`); oceń ją w skali od -2 (bardzo "
                                 "negatywne) do +2 (bardzo pozytywne)" if self.polish else None)


@register
class StageWithoutTouchpoints(Rule):
    """A journey stage without `touchpoints`.

    A stage whose touchpoints all say there is none counts as without:
    `brak`, `n/a`, `nie dotyczy`, `do ustalenia`, `none`, `TBD`, or
    punctuation only (`?`, `—`).

    Why: a touchpoint is where the customer meets the brand — a website, an
    app, a shop, a call centre. A stage with none cannot be owned or fixed by
    anyone.

    Bad:
        stages:
          - id: awareness
            name: Awareness

    Good:
        stages:
          - id: awareness
            name: Awareness
            touchpoints:
              - channel: youtube
                description: Review of the X3 headphones on a hi-fi channel

    Bad (pl):
        stages:
          - id: reklamacja
            name: Reklamacja pękniętego pałąka
            doing: Szuka na stronie sklepu, jak zgłosić wadę słuchawek po trzech tygodniach
            touchpoints:
              - channel: brak

    Good (pl):
        stages:
          - id: reklamacja
            name: Reklamacja pękniętego pałąka
            doing: Szuka na stronie sklepu, jak zgłosić wadę słuchawek po trzech tygodniach
            touchpoints:
              - channel: web
                description: Formularz reklamacji w zakładce „Moje zamówienia”, ze zdjęciem wady
              - channel: email
                description: Potwierdzenie przyjęcia reklamacji z numerem zgłoszenia i terminem odpowiedzi
    """

    code = "CX402"
    name = "stage-without-touchpoints"
    severity = Severity.warning
    kinds = ("journey",)

    def check(self, doc: Document) -> Iterable[Hit]:
        for i, stage in enumerate(doc.model.stages):  # type: ignore[union-attr]
            if not stage.touchpoints:
                yield doc.hit(("stages", i, "id"),
                              f"stage '{stage.id}' has no touchpoints; name where the persona meets you at this stage",
                              pl=f"etap {quote_pl(stage.id)} nie ma punktów styku (`touchpoints`); napisz, gdzie persona "
                                 "styka się z wami na tym etapie" if self.polish else None)
            elif all(_names_no_touchpoint(t.channel, t.description) for t in stage.touchpoints):
                said = ", ".join(f"'{' '.join((t.channel or t.description or '').split())}'" for t in stage.touchpoints[:3])
                shown = stage.touchpoints[:3]
                wpisane = ", ".join(quote_pl(" ".join((t.channel or t.description or "").split())) for t in shown)
                yield doc.hit(("stages", i, "id"), f"stage '{stage.id}' has no touchpoints ({said} names none); "
                                                   "name where the persona meets you at this stage",
                              pl=f"etap {quote_pl(stage.id)} nie ma punktów styku ({wpisane} "
                                 f"{'nie wskazuje' if len(shown) == 1 else 'nie wskazują'} żadnego); napisz, gdzie "
                                 "persona styka się z wami na tym etapie" if self.polish else None)


@register
class StageWithoutDoingThinking(Rule):
    """A journey stage that does not say what the customer does and thinks there.

    Reports each stage with no `doing` or no `thinking` (or one only blank), once, naming what
    is missing.  What the customer feels is stage-without-emotion's (CX401) and vague-feeling's
    (CX412); a placeholder (`TODO`, `uzupełnij`) is the placeholder rule's (CX501).

    Opt-in: it runs only where a team asks for it, by name or code (`--select CX414`,
    `extend-select = ["stage-without-doing-thinking"]`) or with `enabled = true` in
    `[rules.stage-without-doing-thinking]`; a prefix (`CX4`) or `ALL` leaves it out.  Many maps are
    drawn from the emotion curve first, and the scenario comes as the research does.  Its findings
    are info; a team whose maps must hold the whole scenario adds `severity = "warning"` to that
    table to make them fail a gate.

    Why: a journey map's scenario says, for each stage, what the customer does, thinks and
    feels.  The feeling alone shows where the experience breaks; what they do and think there
    shows why, and what a fix has to change.

    Bad:
        stages:
          - id: zakup
            name: Zakup
            emotion: -1
            feeling: Niepewność, czy kurier zdąży przed weekendem

    Good:
        stages:
          - id: zakup
            name: Zakup
            emotion: -1
            doing: Płaci BLIKiem w aplikacji w tramwaju i od razu sprawdza termin dostawy
            thinking: „Jak nie przyjdzie do piątku, to zostanę bez butów na zawody”
            feeling: Niepewność, czy kurier zdąży przed weekendem

    Bad (en):
        stages:
          - id: booking
            name: Books a boiler repair
            emotion: -1
            feeling: Worried nobody can come before the weekend

    Good (en):
        stages:
          - id: booking
            name: Books a boiler repair
            emotion: -1
            doing: Rings three Gas Safe engineers from the car park on her lunch break
            thinking: "If nobody comes by Friday, the kids have cold showers all weekend"
            feeling: Worried nobody can come before the weekend
    """

    code = "CX414"
    name = "stage-without-doing-thinking"
    severity = Severity.info
    kinds = ("journey",)
    opt_in = True

    def check(self, doc: Document) -> Iterable[Hit]:
        polish = None
        for i, stage in enumerate(doc.model.stages):  # type: ignore[union-attr]
            doing = bool(stage.doing and stage.doing.strip())
            thinking = bool(stage.thinking and stage.thinking.strip())
            if doing and thinking:
                continue
            if polish is None:
                polish = doc.lang == "pl"
            name = " ".join((stage.name or "").split())
            named = f"stage '{stage.id}'" + (f" ({name})" if name and name.casefold() != stage.id.casefold() else "")
            nazwany = f"etap {quote_pl(stage.id)}" + (f" ({name})" if name and name.casefold() != stage.id.casefold() else "")
            if not doing and not thinking:
                said = "what the customer does and thinks there"
                add = "`doing` and `thinking`"
                example = _SCENARIO_EXAMPLE["pl" if polish else "en"]
                mowi, dodaj = "co klient tam robi i myśli", "`doing` i `thinking`"
            elif not doing:
                said, add = "what the customer does there", "`doing`"
                example = _SCENARIO_EXAMPLE["pl" if polish else "en"][:1]
                mowi, dodaj = "co klient tam robi", "`doing`"
            else:
                said, add = "what the customer thinks there", "`thinking`"
                example = _SCENARIO_EXAMPLE["pl" if polish else "en"][1:]
                mowi, dodaj = "co klient tam myśli", "`thinking`"
            shown = "; ".join(example)
            yield doc.hit(("stages", i, "id"), f"{named} does not say {said}; add {add} (e.g. {shown})",
                          pl=f"{nazwany} nie mówi, {mowi}; dodaj {dodaj} (np. {shown})" if self.polish else None)


#: The examples a stage-without-doing-thinking message gives, in the document's language: `doing`, `thinking`.
_SCENARIO_EXAMPLE = {
    "pl": ('doing: "Porównuje ceny trzech modeli na telefonie w tramwaju"',
           'thinking: "Czy zdążą z dostawą przed piątkiem?"'),
    "en": ('doing: "Compares three quotes on his phone in the van at lunch"',
           'thinking: "Will this still work with no signal in a loft?"'),
}


@register
class UnmeasuredOpportunity(Rule):
    """A journey stage whose planned fixes have no `metrics` to judge them by.

    What is reported: a stage with one or more owned opportunities (an `owner` that names
    someone; not `status: idea`, which is not decided yet) and no `metrics`, or only metrics that
    name none (`brak`, `nie mierzymy`, `brak mierników`, `nie wiemy`, `do ustalenia`, `n/a`, `none`,
    `not measured`, `none yet`, `we don't track it`, `TBD with analytics`, with a "yet" or "na razie"
    beside them too; not a metric that says what is counted, "NPS po wdrożeniu", "czas odpowiedzi <
    2 h", "Brak reklamacji w 30 dni").  After such words and a comma, a semicolon, a colon, a slash or
    a dash between spaces, words of their own name a metric ("Do ustalenia z BI, NPS po wdrożeniu",
    "TBD with analytics / churn"); when, with whom or how it will be decided, who is still to decide
    it, or more words that name none, do not ("Do ustalenia z BI, po pilotażu", "TBD, Q3", "Nie wiemy,
    jak to mierzyć", "TBD, ask Kasia in BI", "Brak, nikt nie mierzy", "Brak, do ustalenia").  Once a stage, at the first
    such opportunity's `action`: the fix whose effect goes unwatched; the message counts the
    stage's fixes and gives a metric to start from, in the document's language.

    What it leaves to other rules: an opportunity with no owner is unowned-opportunity's (CX403),
    a pain with no opportunity is unaddressed-pain's (CX404), and a placeholder metric (`TODO`,
    `TBD`) is the placeholder rule's (CX501) where that rule is in force on its line (it names none
    here where the placeholder rule is turned off or silenced there).  A retired journey (`status:
    retired`) is not checked: it is kept for the record.  A metric is read as written: whether it names a number
    to watch is for the team to judge.

    Opt-in: it runs only where a team asks for it, by name or code (`--select CX415`,
    `extend-select = ["unmeasured-opportunity"]`) or with `enabled = true` in
    `[rules.unmeasured-opportunity]`; a prefix (`CX4`) or `ALL` leaves it out.  Many maps plan
    their fixes before anyone knows what to count.  Its findings are info; a team whose maps must
    say how each fix is judged adds `severity = "warning"` to that table to make them fail a gate.

    Why: the method's last step is to make the changes and then monitor how they change the
    customer's experience.  A fix with no measure named cannot be told from one that did
    nothing, and the map never learns whether the pain it was for is gone.

    Bad:
        stages:
          - id: platnosc
            name: Płatność
            emotion: -2
            barriers: [Brak płatności BLIK]
            opportunities:
              - action: Włączyć BLIK w bramce płatniczej
                owner: Zespół płatności

    Good:
        stages:
          - id: platnosc
            name: Płatność
            emotion: -2
            barriers: [Brak płatności BLIK]
            metrics:
              - Odsetek koszyków porzuconych na etapie płatności (dziś 31%)
            opportunities:
              - action: Włączyć BLIK w bramce płatniczej
                owner: Zespół płatności

    Bad (en):
        stages:
          - id: payment
            name: Payment
            emotion: -2
            barriers: [The bank's 3-D Secure check times out on the phone]
            opportunities:
              - action: Offer PayPal at checkout
                owner: Payments team

    Good (en):
        stages:
          - id: payment
            name: Payment
            emotion: -2
            barriers: [The bank's 3-D Secure check times out on the phone]
            metrics:
              - Payments that fail at 3-D Secure (12% of attempts today)
            opportunities:
              - action: Offer PayPal at checkout
                owner: Payments team
    """

    code = "CX415"
    name = "unmeasured-opportunity"
    severity = Severity.info
    kinds = ("journey",)
    opt_in = True

    def check(self, doc: Document) -> Iterable[Hit]:
        model = doc.model
        if model.status == "retired":  # type: ignore[union-attr]
            return  # kept for the record: nobody measures its fixes any more
        for i, stage in enumerate(model.stages):  # type: ignore[union-attr]
            if not stage.opportunities:
                continue
            fixes = [j for j, opp in enumerate(stage.opportunities)
                     if opp.status != "idea" and opp.owner and opp.owner.strip() and not _names_nobody(opp.owner)]
            if not fixes or any(not _no_measure(doc, i, k, m.text) for k, m in enumerate(stage.metrics)):
                continue
            name = " ".join((stage.name or "").split())
            named = f"stage '{stage.id}'" + (f" ({name})" if name and name.casefold() != stage.id.casefold() else "")
            plans = f"{len(fixes)} fix" + ("es" if len(fixes) > 1 else "")
            said = ("no `metrics`" if not stage.metrics else
                    "no metric (" + ", ".join(f"'{' '.join(m.text.split())}'" for m in stage.metrics[:3]) + " names none)")
            example = _MEASURE_EXAMPLE["pl" if doc.lang == "pl" else "en"]
            nazwany = f"etap {quote_pl(stage.id)}" + (f" ({name})" if name and name.casefold() != stage.id.casefold() else "")
            wpisane = stage.metrics[:3]
            brak = ("nie ma `metrics`" if not stage.metrics else
                    "nie ma wskaźnika (" + ", ".join(quote_pl(" ".join(m.text.split())) for m in wpisane)
                    + f" {'żadnego nie podaje' if len(wpisane) == 1 else 'żadnego nie podają'})")
            yield doc.hit(("stages", i, "opportunities", fixes[0], "action"),
                          f"{named} plans {plans} but has {said} to show whether {'they work' if len(fixes) > 1 else 'it works'}; "
                          f"add `metrics` with "
                          f"a number to watch (e.g. metrics: [\"{example}\"])",
                          pl=f"{nazwany} planuje {counted(len(fixes), 'usprawnienie', 'usprawnienia', 'usprawnień')}, ale {brak}, "
                             f"więc nie wiadomo, czy {'działają' if len(fixes) > 1 else 'działa'}; dodaj `metrics` z "
                             f"liczbą, którą będziecie śledzić (np. metrics: [\"{example}\"])" if self.polish else None)


#: The metric an unmeasured-opportunity message offers, in the document's language.
_MEASURE_EXAMPLE = {
    "pl": "Odsetek klientów, którzy przechodzą do następnego etapu (dziś 31%)",
    "en": "Share of customers who go on to the next stage (now 31%)",
}

#: Metrics that name none, as written in either language (case, outer punctuation and a "yet" / "na
#: razie" aside), besides the touchpoints' "brak", "n/a", "none".  A template leftover (`TODO`, `TBD`)
#: is left to the placeholder rule.
_NO_MEASURE = frozenset((
    "nie mierzymy", "nie mierzone", "niemierzone", "bez pomiaru", "brak pomiaru", "brak metryk", "brak metryki",
    "brak wskaźnika", "brak wskaźników", "brak wskaznika", "brak wskaznikow", "brak kpi", "not measured",
    "unmeasured", "no metric", "no metrics", "no kpi", "no kpis", "no measure", "no measurement", "we don't measure",
    "we do not measure", "not tracked",
))


#: Metrics that name none in more words, as written in either language (in lower case, outer punctuation
#: and a "yet" / "na razie" aside): no measures ("brak mierników", "brak pomiarów"), nobody measuring or
#: knowing ("nie wiemy", "Nie wiemy, jak to mierzyć", "jeszcze tego nie śledzimy", "we don't track it",
#: "we do not measure this", "not tracked yet", "no idea"), a decision still to come ("do ustalenia z BI",
#: "TBD with analytics", "to be defined after launch"). A real metric says what is counted: "NPS po
#: wdrożeniu", "czas odpowiedzi < 2 h", "Brak reklamacji w 30 dni (dziś 4%)", also after such words and a
#: colon or a dash ("Do ustalenia po pilotażu: czas obsługi zgłoszenia", "TBD with analytics – churn").
_NO_MEASURE_PHRASE = re.compile(
    r"brak\s+(?:jakichkolwiek\s+|żadnych\s+|zadnych\s+)?(?:miernik\w*|miar[ya]?|pomiar\w*|metryk\w*|wskaźnik\w*"
    r"|wskaznik\w*|kpi|danych|sposobu\s+pomiaru|pomysłu\s+na\s+\w+|pomyslu\s+na\s+\w+)"
    r"|(?:(?:tego|go|ich|jej)\s+)?nie\s+(?:mierzymy|śledzimy|sledzimy|monitorujemy|liczymy|badamy|wiemy|wiadomo"
    r"|zbieramy\s+danych|mamy\s+(?:\w+\s+)?(?:miernik\w*|metryk\w*|wskaźnik\w*|wskaznik\w*|kpi|danych|pomiaru|pomysłu|pomyslu))"
    r"(?:\s+(?:tego|go|ich|jej))?(?:[,\s]+(?:jak|co|czym|czy|kiedy)\b[^:;–—]*)?"
    r"|do\s+(?:ustalenia|określenia|okreslenia|zdefiniowania|uzupełnienia|uzupelnienia|decyzji|uzgodnienia|wymyślenia"
    r"|wymyslenia)(?:\s+(?:z|ze|przez|w|we|po|na|przy|od)\s[^:;–—]+)?"
    r"|(?:we\s+|i\s+)?(?:don't|dont|do\s+not|aren't|are\s+not|am\s+not|haven't|have\s+not)\s+"
    r"(?:track|measure|monitor|know|tracking|measuring|monitoring|count|counting|got\s+one|got\s+any|decided)"
    r"(?:\s+(?:it|this|that|them|anything|one|any))?(?:[,\s]+(?:how|what|which)\b[^:;–—]*)?"
    r"|(?:it's\s+|it\s+is\s+)?not\s+(?:tracked|measured|monitored|known|defined|decided|counted)"
    r"|no\s+(?:idea|data|measures?|metrics?|kpis?|tracking|measurement)"
    r"|(?:tbd|tbc|tba|to\s+be\s+(?:decided|confirmed|defined|determined|agreed))(?:\s+(?:by|with|at|in|after|once|when)\s[^:;–—]+)?"
)


#: Where a metric written after words that name none goes on: a comma, a semicolon, a colon, a slash or a
#: dash between spaces ("Do ustalenia z BI, NPS po wdrożeniu", "TBD with analytics / churn").  A slash or a
#: hyphen inside a word joins ("n/a", "BI/CX", "e-commerce").
_METRIC_PARTS = re.compile(r"\s*[,;:]\s*|\s+[/\-–—]\s+|\s*[–—]\s*")
#: What a part after such words may open with and still name no metric, only when, with whom, how or why
#: it will be decided ("Do ustalenia z BI, po pilotażu", "TBD, with analytics", "Nie wiemy, jak to mierzyć"),
#: or who is still to decide it ("zapytać BI", "ask Kasia", "nikt"); a guess names its metric ("może NPS po
#: dostawie", "maybe NPS after delivery": test_unmeasured_named_after_s36).
_ASIDE_OPENERS = frozenset((
    "z ze w we po przed przez na do od przy u dla za o bo ponieważ poniewaz gdy kiedy jak co czym czy który która "
    "które ktory ktora ktore i oraz a ale lub albo jeszcze najpierw potem później pozniej wkrótce wkrotce razie "
    "with by at in after before once when on for from to and or but because how what which who yet later soon "
    "first then still until till "
    # who or what is still to decide it: "TBD, ask Kasia in BI", "Brak, trzeba ustalić", "Brak, nikt nie mierzy"
    "zapytać zapytac zapytamy spytać spytac trzeba należy nalezy musimy musi czekamy czeka nikt "
    "ktoś ktos ask asking need needs pending waiting nobody someone"
).split())
#: A time a decision is put off to: "Q3", "H2", "2027", "IV kw.", "03/2027".
_WHEN = re.compile(r"(?:q[1-4]|h[12]|\d{4}|\d{1,2}[./]\d{2,4}|[ivx]+\s+kw\.?|kw\.?\s+[ivx1-4]+)\b.*")


def _no_measure_words(words: str) -> bool:
    """Whether ``words`` (in lower case, stripped) are one of the ways of saying there is no metric."""
    return words in _NO_MEASURE or words in _NO_TOUCHPOINT or _NO_MEASURE_PHRASE.fullmatch(words) is not None


def _names_a_metric(part: str) -> bool:
    """Whether ``part``, written after words that name no metric and a separator, names one ("NPS po
    wdrożeniu", "churn", "czas obsługi zgłoszenia"): words of its own, not an aside of when, with whom or how
    it will be decided ("po pilotażu", "with analytics", "jak to mierzyć", "Q3"), nor more words naming none."""
    part = _FOR_NOW.sub("", part.strip(_OUTER)).strip(_OUTER)
    if not part or _no_measure_words(part) or _WHEN.fullmatch(part):
        return False
    return part.split()[0] not in _ASIDE_OPENERS


def _names_no_measure(text: str) -> bool:
    """Whether a written metric says there is none ("brak", "nie mierzymy", "brak mierników", "we don't track
    it", "TBD", "n/a", "?"); a template leftover among them ("TBD", "TODO") is the placeholder rule's too
    (see :func:`_no_measure`).  Words that name none, then a separator and a metric, name that metric
    ("Do ustalenia z BI, NPS po wdrożeniu", "TBD with analytics / churn"); then only asides or more words
    that name none, none ("Do ustalenia z BI, po pilotażu", "Brak, do ustalenia")."""
    if len(text) > 60:
        return False
    said = " ".join(text.replace("\u2019", "'").split()).casefold().strip(_OUTER)
    if not said:
        return True
    bare = _FOR_NOW.sub("", said).strip(_OUTER)
    parts = _METRIC_PARTS.split(bare)
    if len(parts) > 1 and _no_measure_words(_FOR_NOW.sub("", parts[0].strip(_OUTER)).strip(_OUTER)):
        # "Do ustalenia z BI, NPS po wdrożeniu" names NPS; "Do ustalenia z BI, po pilotażu" and "Brak, do
        # ustalenia" name nothing.
        return not any(map(_names_a_metric, parts[1:]))
    return any(_no_measure_words(words) for words in (said, bare))


def _no_measure(doc: Document, stage: int, k: int, text: str) -> bool:
    """Whether metric ``k`` of stage ``stage`` names none (:func:`_names_no_measure`) for this rule: a template
    leftover ("TBD", "TODO") is left to the placeholder rule where that rule is in force on its line (one
    problem, told once), and names none here where it is not (turned off, or silenced there)."""
    if not _names_no_measure(text):
        return False
    if placeholder_at(text) is None:
        return True
    path: tuple[Any, ...] = ("stages", stage, "metrics", k)
    try:
        if isinstance(doc.data["stages"][stage]["metrics"][k], dict):
            path += ("text",)
    except (KeyError, IndexError, TypeError):
        pass
    return doc.in_force("placeholder", doc.loaded.locate(path, key=False)[0]) is None


#: Touchpoints that name none, as written in either language (case, outer punctuation and a "yet" /
#: "na razie" aside): "brak", "n/a", "do ustalenia", "none", "tbd", or punctuation only.
_NO_TOUCHPOINT = frozenset((
    "brak", "nic", "żaden", "zaden", "żadne", "zadne", "nie ma", "nie dotyczy", "n/a", "n/d", "b/d", "brak danych",
    "brak kontaktu", "brak punktu styku", "brak punktów styku", "brak punktow styku", "none", "nothing", "no touchpoint",
    "no touchpoints", "no contact", "not applicable", "unknown", "nieznany", "nieznane", "nie wiadomo", "nie wiem",
    "tbd", "tbc", "tba", "todo", "to do", "xxx", "to be decided", "to be confirmed", "to be defined", "do ustalenia",
    "do uzupełnienia", "do uzupelnienia", "do określenia", "do okreslenia", "do zrobienia", "do zdefiniowania",
))


def _names_no_touchpoint(channel: str | None, description: str | None) -> bool:
    """Whether a touchpoint's written channel and description both name none ("brak", "n/a", "?")."""
    for value in (channel, description):
        if value is None or not value.strip():
            continue
        if len(value) > 40:
            return False
        said = " ".join(value.split()).casefold().strip(_OUTER)
        if said and said not in _NO_TOUCHPOINT and _FOR_NOW.sub("", said).strip(_OUTER) not in _NO_TOUCHPOINT:
            return False
    return True


#: Owners that name nobody, as written in either language (case, outer punctuation and a
#: "yet" / "na razie" aside): no one, someone, everyone, not known, still to be decided.
_NOBODY = frozenset((
    "none", "nobody", "no one", "no-one", "noone", "no owner", "unknown", "unassigned", "not assigned", "unclear",
    "someone", "somebody", "anyone", "anybody", "whoever", "everyone", "everybody", "who", "owner", "the owner",
    "tbc", "tba", "tbd", "todo", "to do", "xxx", "to be confirmed", "to be decided", "to be determined",
    "to be assigned", "to be agreed", "n/a", "not applicable", "don't know", "dont know", "not sure",
    "brak", "nikt", "ktoś", "ktos", "ktokolwiek", "kto", "wszyscy", "każdy", "kazdy", "nieznany", "nieznana",
    "nieznane", "nie wiadomo", "nie wiem", "niejasne", "nieprzypisane", "nieprzypisany", "nieprzypisana",
    "nie przypisano", "nie dotyczy", "n/d", "b/d", "brak danych", "brak właściciela", "brak wlasciciela",
    "brak ownera", "bez właściciela", "bez wlasciciela", "właściciel", "wlasciciel", "do ustalenia",
    "do decyzji", "do wyznaczenia", "do przypisania", "do potwierdzenia", "do uzgodnienia", "do określenia",
    "do okreslenia", "do wskazania", "do zrobienia",
))
# "nobody yet", "na razie brak", "TBD later": the same as without the word of time.
_FOR_NOW = re.compile(r"^(?:na razie|jeszcze|still|currently|obecnie)\s+|\s+(?:yet|jeszcze|na razie|later|później|pozniej"
                      r"|for now|na teraz)$")
# What is left of an owner written with punctuation only ("?", "—", "[ ]") is no name either.
_OUTER = " .!?-–—()[]{}<>\"'…:;,*_/\\|"


_NOBODY_LONGEST = max(map(len, _NOBODY))

#: How many answers each reading of a text below keeps (owners, feelings, actions, stage names).
#: A workspace repeats few of these texts, mostly close together (the teams that own its
#: opportunities, its stage names); each kept answer also keeps its text alive (about 200 bytes),
#: so a larger bound held thousands of a large workspace's texts for hits it rarely had.
_REMEMBERED = 256


#: Owners that name nobody in more words: someone from a team ("Ktoś z marketingu", "Someone in
#: sales"), whoever has time ("Whoever is free", "Kto będzie miał czas"), a decision still to come
#: ("Do decyzji zarządu", "To be decided by the board", "TBD with Legal").
_NOBODY_PHRASE = re.compile(
    r"(?:ktoś|ktos|someone|somebody)\s+(?:z|ze|w|we|od|from|in|on|at|of)\s.+"
    r"|(?:whoever|ktokolwiek)\s.+|(?:anyone|anybody)\s+(?:on|in|from|at|who|available|free)(?:\s.+)?"
    r"|kto\s+(?:ma|będzie|bedzie|jest|znajdzie|zdąży|zdazy|może|moze|akurat|pierwszy)(?:\s.+)?"
    r"|do\s+(?:decyzji|ustalenia|uzgodnienia|potwierdzenia|wyznaczenia|przypisania|określenia|okreslenia"
    r"|wskazania)\s.+"
    r"|(?:tbd|tbc|tba|to\s+be\s+(?:decided|confirmed|determined|assigned|agreed))\s+(?:by|with|at|in|przez|z)\s.+"
)


@lru_cache(maxsize=_REMEMBERED)
def _names_nobody(owner: str) -> bool:
    """Whether a written, non-blank ``owner`` names nobody: "brak", "Ktoś?", "someone", "?", "—",
    "Ktoś z marketingu", "Whoever is free", "Do decyzji zarządu".

    Remembered for the run: a workspace's opportunities name the same few teams again and again.
    """
    if len(owner) > 2 * _NOBODY_LONGEST:
        if len(owner) > 120 or owner.lstrip()[:1].casefold() not in "kswatd":
            return False  # a real owner, mostly ("Zespół e-commerce (Marta Kowalska)"): no folding needed
        return bool(_NOBODY_PHRASE.fullmatch(" ".join(owner.split()).casefold().strip(_OUTER)))
    said = " ".join(owner.split()).casefold().strip(_OUTER)
    if not said:
        return bool(owner.strip())
    return said in _NOBODY or _FOR_NOW.sub("", said).strip(_OUTER) in _NOBODY or bool(_NOBODY_PHRASE.fullmatch(said))


#: Owners that are the customer the map is about ("The customer", "Klient", "Użytkownicy"): the person who lives
#: the journey cannot own a change to it.
_CUSTOMER_OWNERS = frozenset((
    "customer", "customers", "client", "clients", "user", "users", "end user", "end users", "end-user", "end-users",
    "buyer", "buyers", "consumer", "consumers", "the persona", "persona",
    "klient", "klientka", "klienci", "klientki", "użytkownik", "uzytkownik", "użytkowniczka", "uzytkowniczka",
    "użytkownicy", "uzytkownicy", "kupujący", "kupujacy", "kupująca", "kupujaca", "konsument", "konsumenci",
))


def _names_customer(owner: str) -> bool:
    """Whether an ``owner`` is the customer ("The customer", "our clients", "Klient", "sam klient")."""
    if len(owner) > 40:
        return False
    said = " ".join(owner.split()).casefold().strip(_OUTER)
    for lead in ("the ", "our ", "nasz ", "nasi ", "sam ", "sama "):
        if said.startswith(lead):
            said = said[len(lead):]
            break
    return said in _CUSTOMER_OWNERS


# Owners that are everyone at once: the whole team or company, all teams, each employee, "we",
# or two teams "together". None of them is the one accountable team or person the plan needs.
_WHOLE = (r"(?:the\s+)?(?:whole|entire)\s+(?:team|company|organi[sz]ation|org|firm|business|department|staff|crew"
          r"|council|authority|office|directorate|service|ministry|agency)")
_ALL = (r"all\s+(?:the\s+|our\s+)?(?:teams|departments|depts|units|functions|employees|staff|hands|managers"
        r"|stakeholders|of\s+us|together|hands\s+on\s+deck|directorates|services|offices|officers|officials"
        r"|civil\s+servants|councillors|agencies)")
# "Every agent", "Każdy konsultant": each of a role, in a word or three (not "Każdy kierownik apteki
# (we własnej aptece)", each in their own place: an owner for each).
_EACH = r"(?:every|each)\s+(?!(?:\S+\s+){0,2}(?:own|their)\b)\S+(?:\s+\S+){0,2}"
_CAL = (r"ca(?:ły|ly|ła|la|łe|le)\s+(?:zespół|zespol|team|firma|dział|dzial|organizacja|przedsiębiorstwo"
        r"|przedsiebiorstwo|załoga|zaloga|departament|biuro|sklep|wydział|wydzial|urząd|urzad|referat|magistrat"
        r"|ratusz|gmina|starostwo|ministerstwo|instytucja|jednostka)")
_WSZ = (r"wszystk(?:ie|ich)\s+(?:działy|dzialy|zespoły|zespoly|departamenty|piony|jednostki|teamy|wydziały|wydzialy"
        r"|referaty|biura|urzędy|urzedy|komórki|komorki)"
        r"|wszyscy\s+(?:pracownicy|w\s+firmie|w\s+zespole|razem|my|z\s+nas|członkowie\s+zespołu|urzędnicy|urzednicy"
        r"|w\s+urzędzie|w\s+urzedzie|w\s+wydziale|naczelnicy|kierownicy)")
_KAZ = r"ka(?:ż|z)d(?:y|a|e)\s+(?!(?:\S+\s+){0,2}(?:własn|wlasn|swo))\S+(?:\s+\S+){0,2}"
_US = (r"we|us|our\s+team|our\s+company|ourselves|the\s+team|the\s+company|the\s+business|company|team"
       r"|my|nas|my\s+wszyscy|nasz\s+zespół|nasz\s+zespol|nasza\s+firma|zespół|zespol|firma|organizacja"
       # The whole office or council, unnamed ("Urząd", "Urząd Miasta", "The council"), like "Firma".
       r"|urząd|urzad|urząd\s+miasta|urzad\s+miasta|urząd\s+gminy|urzad\s+gminy|urząd\s+miejski|urzad\s+miejski"
       r"|magistrat|ratusz|gmina|starostwo|the\s+council|council|the\s+city\s+council|city\s+council"
       r"|the\s+authority|the\s+local\s+authority|local\s+authority|"
       # A unit not named ("Wydział", "Referat", "The department"): which one?
       r"wydział|wydzial|referat|dział|dzial|biuro|departament|jednostka|komórka|komorka|the\s+department"
       r"|department|the\s+directorate|directorate|the\s+unit|unit|the\s+office|office")
#: Of them, a team or unit not named: "Zespół", "The team", "Wydział" is not everyone but some team, and which
#: one is the question.
_BARE_TEAM = frozenset((
    "team", "the team", "our team", "zespół", "zespol", "nasz zespół", "nasz zespol", "wydział", "wydzial",
    "referat", "dział", "dzial", "biuro", "departament", "jednostka", "komórka", "komorka", "the department",
    "department", "the directorate", "directorate", "the unit", "unit", "the office", "office",
))
_COLLECTIVE = re.compile(rf"(?:{_WHOLE}|{_ALL}|{_EACH}|{_CAL}|{_WSZ}|{_KAZ}|{_US})")
# "Marketing & Sales together", "Marketing i sprzedaż razem", "wspólnie: IT i marketing": shared by
# several teams, owned by none of them ("Zespół CX razem z IT" leads with one team: an owner, and so
# does one team that says it works together: "Growth team, working together").
_TOGETHER = re.compile(r"(?:(?:together|jointly|razem|wspólnie"
                       r"|wspolnie)\s*:?\s+.+\s(?:and|&|\+|i|oraz|,)\s.+|.+\s(?:and|&|\+|i|oraz)\s+.+\s+"
                       r"(?:together|jointly|razem|wspólnie|wspolnie)\s*)")


@lru_cache(maxsize=_REMEMBERED)
def _names_everyone(owner: str) -> bool:
    """Whether an ``owner`` names everyone at once, so no one accountable: "All teams", "The whole
    company", "Cały zespół", "Każdy pracownik", "We", "Firma", "Marketing i sprzedaż razem"."""
    if len(owner) > 80 or owner.lstrip()[:1] in ("[", "<", "{"):
        return False  # "[zespół]", "<team>": a template leftover, for the placeholder rule
    if owner.strip(_OUTER) == "US":
        return False  # the US team or office, not "us"
    said = " ".join(owner.split()).casefold().strip(_OUTER)
    if not said:
        return False
    said = _FOR_NOW.sub("", said).strip(_OUTER) or said
    return bool(_COLLECTIVE.fullmatch(said) or _TOGETHER.fullmatch(said))


#: Words of a team or function (openings of words; the short ones whole): "Product/Engineering" is two
#: teams, "Zespół e-commerce / Marta Kowalska" a team and the person in it.
_TEAM_OPENINGS = tuple((
    "product produkt market sales sprzeda support wsparci obsług obslug finan legal prawn operat operac logist "
    "design projekt develop rozw analit analyt growth e-commerce ecommerce engineer inżynier inzynier tech team "
    "zespół zespol zespoł dział dzial depart squad agenc biuro office infolini helpdesk service serwis customer "
    "payment płatnoś platnos billing księgow ksiegow account magazyn warehouse content brand komunik communic "
    "mobile mobil securit bezpiecz complian zarząd zarzad board manage procure zakup retail sklep store partner "
    "kadr admin research badań badan insight social frontend backend platform data danych dostaw deliver "
    "reklamac compla fulfil wydzia referat urzęd urzed urząd urzad council directorat ministerst starost "
    "naczelni kierowni sekretaria gabinet"
).split())
_TEAM_WORDS = frozenset("it hr cx ux pr qa ops dev devops crm seo bi web app cs r&d".split())
#: "Shared:", "Shared between", "Współdzielone:": what follows is the teams it is shared by.
_SHARED = re.compile(r"(?:shared|współdzielon[ey]|wspoldzielon[ey]|wspólne|wspolne)\s*(?::|between|by|przez"
                     r"|między|miedzy)?\s+(.+)")
_EITHER = re.compile(r"\s+(?:or|albo|lub|bądź|badz|czy)\s+")
_JOINED = re.compile(r"\s*/\s*|\s+\+\s+|\s+(?:and|i|oraz|&)\s+|\s*,\s*")


def _team_like(part: str) -> bool:
    return any(w in _TEAM_WORDS or w.startswith(_TEAM_OPENINGS) for w in part.split())


@lru_cache(maxsize=_REMEMBERED)
def _names_teams(owner: str) -> bool:
    """Whether an ``owner`` leaves the fix to several teams or people, so to none of them: "Product/
    Engineering", "Sales or Support", "IT albo marketing", "Anna lub Tomek", "Product + CX", "Shared:
    Product and CX". Not one team and the person in it ("Zespół e-commerce / Marta Kowalska"), nor one
    discipline of two names ("UX/UI team", "Product/Engineering team"), nor what brackets say ("Zespół
    płatności (Anna or Tomek)")."""
    if len(owner) > 120 or owner.lstrip()[:1] in ("[", "<", "{") or placeholder_at(owner) is not None:
        return False  # "TODO: the team or person who does it": a template leftover, for the placeholder rule
    said = " ".join(re.sub(r"\([^()]*\)", " ", owner).split()).casefold().strip(_OUTER)
    if not said:
        return False
    shared = _SHARED.fullmatch(said)
    if shared:
        return len([p for p in _JOINED.split(shared.group(1)) if p.strip(_OUTER)]) >= 2
    either = [p for p in _EITHER.split(said) if p.strip(_OUTER)]
    if len(either) >= 2 and all(len(p.split()) <= 4 for p in either):
        return True  # not a sentence: "Care team, escalations go to L2 or L3"
    if "/" in said and not re.search(r"\S/\S+\s", said):  # "UX/UI team": one team of two names
        parts = [p.strip(_OUTER) for p in said.split("/")]
        return len(parts) >= 2 and all(p and _team_like(p) for p in parts)
    parts = [p.strip(_OUTER) for p in re.split(r"\s+\+\s+", said)]
    if len(parts) >= 2 and all(parts):
        return True
    # Two named units joined by "i" / "and": "Biuro Cyfryzacji i Wydział Spraw Obywatelskich", "Team Growth and
    # Team Retention" (not one team of two names, "Sales & Marketing", nor "Zespół płatności i zwrotów").
    units = [p.strip(_OUTER) for p in _AND.split(said)]
    return len(units) >= 2 and all(len(p.split()) >= 2 and p.startswith(_UNIT_OPENINGS) for p in units)


_AND = re.compile(r"\s+(?:i|oraz|and|&)\s+")
#: Openings of the word that makes a unit of the name after it ("Wydział Spraw Obywatelskich", "Team Growth").
_UNIT_OPENINGS = ("wydzia", "biur", "referat", "departament", "dział", "dzial", "zespół", "zespol", "team ",
                  "directorate", "department", "office of", "unit ")


#: A due date further ahead than this many years is no plan: a typo ("2207" for "2027").
_FAR_YEARS = 10


def _far_off(due: date, now: date | None = None) -> str | None:
    """What to say of a ``due`` more than _FAR_YEARS years from today (``now``, else asked of the
    clock), with the year its digits likely meant when one order of them is within that span; None
    for a nearer date."""
    if now is None:
        now = today()
    if due.year - now.year < _FAR_YEARS or (due.year - now.year == _FAR_YEARS and (due.month, due.day) <= (now.month, now.day)):
        return None
    told = f"{due.year - now.year} years from now"
    meant = set()
    for digits in permutations(f"{due.year:04d}"):
        year = int("".join(digits))
        try:
            guess = due.replace(year=year)
        except ValueError:
            continue  # 29 February in another year
        if now <= guess and (year - now.year < _FAR_YEARS):
            meant.add(guess)
    if len(meant) == 1:
        return f"{told} (a typo for {meant.pop().isoformat()}?)"
    return f"{told} (a typo?)"


_FAR_SAID = re.compile(r"(\d+) years from now \((?:a typo for (\S+)\?|a typo\?)\)")


def _far_off_pl(far: str) -> str:
    """:func:`_far_off`'s answer in Polish: "za 7 lat (literówka zamiast 2027-05-01?)"."""
    m = _FAR_SAID.fullmatch(far)
    if m is None:
        return far
    years = counted(int(m.group(1)), "rok", "lata", "lat")
    return f"za {years} (literówka zamiast {m.group(2)}?)" if m.group(2) else f"za {years} (literówka?)"


def _near_from(due: date) -> date | None:
    """The first day on which :func:`_far_off` says nothing of ``due`` (None: every day)."""
    if due.year - _FAR_YEARS < 1:
        return None
    try:
        return due.replace(year=due.year - _FAR_YEARS)
    except ValueError:  # 29 February, in a year that has none
        return date(due.year - _FAR_YEARS, 3, 1)


def _has_key(data: Any, stage: int, opportunity: int, key: str) -> bool:
    """Whether the journey's ``stages[stage].opportunities[opportunity]`` has ``key`` written, empty or not."""
    try:
        item = data["stages"][stage]["opportunities"][opportunity]
    except (KeyError, IndexError, TypeError):
        return False
    return isinstance(item, dict) and key in item


class UnownedOptions(RuleOptions):
    require_due: bool = Field(False, alias="require-due", description="Also report opportunities without a due date.")
    extend: list[NonBlank] = Field(
        default_factory=list,
        description="More owners that name no one accountable, as written (any case, outer punctuation aside; "
                    'e.g. ["Cała gmina", "Sekretariat"]).',
    )
    allow: list[NonBlank] = Field(
        default_factory=list,
        description='Owners never reported as naming no one, as written (any case; e.g. ["Zespół"] where that '
                    "is a team's name).",
    )


def _owner_key(owner: str) -> str:
    """An owner as the `extend` and `allow` options of unowned-opportunity match it."""
    return " ".join(owner.split()).casefold().strip(_OUTER)


@register
class UnownedOpportunity(Rule):
    """An opportunity with no `owner` (optionally: no `due` date).

    What is reported: an opportunity with no `owner`, at its action; an `owner:` left empty, or an
    owner that names nobody (below), at the owner, the value to change.  A `due` more than 10 years
    from today is reported at it as no real date (a typo such as `2207-03-31`; the year it likely
    meant is offered).  An owned opportunity without a `due` date passes unless `require-due =
    true`: off by default, since a draft map plans who before it knows when; a team whose gate must
    hold each fix to a date (who, when and how) turns it on.

    Owners that name nobody: in any case and with a "yet" or "na razie" beside it, `brak`, `nikt`,
    `ktoś`, `wszyscy`, `do ustalenia`, `nie wiadomo`, `none`, `someone`, `anyone`, `unknown`, `TBC`,
    `tbd`, `to be decided`, `n/a`, or punctuation only (`?`, `—`); and so do someone from a team,
    whoever has time and a decision still to come (`Ktoś z marketingu`, `Someone in sales`,
    `Whoever is free`, `Kto ma czas`, `Do decyzji zarządu`, `To be decided by the board`).  A name
    with a question beside it names someone ("Kto? Marketing" passes).

    Owners that are everyone: the whole team or company (`Cały zespół`, `Firma`, `The whole
    company`; and a public office's: `Cały wydział`, `Cały urząd`, `Urząd Miasta`, `The whole
    council`), all teams, each employee or each of a role (`Wszystkie działy`, `Wszystkie
    wydziały`, `Wszyscy urzędnicy`, `Każdy pracownik`, `Każdy konsultant`, `All departments`, `All
    directorates`, `Every agent`; not each in their own place: `Każdy kierownik apteki (we
    własnej aptece)`), `we` / `us` / `my`, a team or unit not named (`Zespół`, `The team`,
    `Wydział`, `Referat`, `The department`: which one?), two named units (`Biuro Cyfryzacji /
    Wydział Spraw Obywatelskich`, `Biuro Cyfryzacji i Wydział Spraw Obywatelskich`, `Team Growth and
    Team Retention`), or teams sharing it (`Marketing i sprzedaż razem`, `Marketing & Sales
    together`, `Product/Engineering`, `Marketing/Sprzedaż`, `Sales or Support`, `IT albo
    marketing`, `Anna lub Tomek`, `Product + CX`, `Shared: Product and CX`).

    Owners that pass: one named team (`Zespół płatności`, `Team Growth`, `Cały zespół płatności`,
    `Zespół CX razem z IT`, `Sales & Marketing`, `Zarząd`, `Wydział Spraw Obywatelskich`,
    `Naczelnik Wydziału`, `Urząd Miasta Poznania`, `Leeds City Council`), also when it says it works
    together (`Growth team, working together`, `Zespół płatności (pracujemy razem)`); a team and
    the person in it (`Zespół e-commerce / Marta Kowalska`), one team of two names (`UX/UI team`)
    and `US` in capitals (a US team or office).

    Template leftovers: an owner left from a template that names nobody (`TBD`, `???`, `[owner]`,
    `DO ZROBIENIA`) is one problem told once, by this rule: the `placeholder` rule leaves such an
    owner alone while this rule is in force for it, and reports it when this rule is off (not
    selected, in `per-file-ignores`, or silenced by a `# cxkit: disable` comment).

    Your own words: add owners of your own that name no one accountable with `extend` ("Cała
    gmina"), and exempt a team's own name with `allow` ("Zespół", where a team is called so); both
    as written, in any case.

    Why: the method closes each barrier with a plan — who fixes it, when and
    how. An improvement nobody owns does not happen, nor one everyone owns.

    Bad:
        opportunities:
          - action: Dodać kalkulator rozmiaru

    Good:
        opportunities:
          - action: Dodać kalkulator rozmiaru
            owner: Zespół e-commerce
            due: 2030-06-30

    Bad (en):
        opportunities:
          - action: Add a meter-reading reminder to the app

    Good (en):
        opportunities:
          - action: Add a meter-reading reminder to the app
            owner: App team
            due: 2030-06-30
    """

    code = "CX403"
    name = "unowned-opportunity"
    severity = Severity.warning
    kinds = ("journey",)
    Options = UnownedOptions

    _owners: tuple[frozenset[str], frozenset[str]] | None = None

    def _owner_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The owners of `extend` and of `allow`, as :func:`_owner_key` writes them."""
        if self._owners is None:
            self._owners = (frozenset(map(_owner_key, self.options.extend)),  # type: ignore[attr-defined]
                            frozenset(map(_owner_key, self.options.allow)))  # type: ignore[attr-defined]
        return self._owners

    def names_nobody(self, owner: str) -> bool:
        """Whether this rule reports an opportunity's written ``owner`` as one that names nobody (`???`,
        `TBD`, `brak`): the placeholder rule leaves such an owner to this one while it is in force."""
        extra, allowed = self._owner_words()
        key = _owner_key(owner) if owner.strip() and (extra or allowed) else ""
        if key and (key in allowed or key in extra):
            return False
        return bool(owner.strip()) and _names_nobody(owner)

    def check(self, doc: Document) -> Iterable[Hit]:
        extra, allowed = self._owner_words()
        now: date | None = None  # today, asked of the clock once a document (its first due date), not once a date
        for i, stage in enumerate(doc.model.stages):  # type: ignore[union-attr]
            for j, opp in enumerate(stage.opportunities):
                at = ("stages", i, "opportunities", j, "action")
                action = opp.action.rstrip()
                undated = self.options.require_due and opp.due is None  # type: ignore[attr-defined]
                written = bool(opp.owner and opp.owner.strip())
                key = _owner_key(opp.owner) if written and (extra or allowed) else ""  # type: ignore[arg-type]
                named = bool(key) and key in allowed  # a team's own name ("Zespół"): owned
                if named:
                    unowned = everyone = False
                elif key and key in extra:
                    unowned, everyone = False, True
                else:
                    unowned = (not written or _names_nobody(opp.owner)  # type: ignore[arg-type]
                               or _names_customer(opp.owner))  # type: ignore[arg-type]
                    everyone = not unowned and _names_everyone(opp.owner)  # type: ignore[arg-type]
                if not named and not unowned and not everyone and _names_teams(opp.owner):  # type: ignore[arg-type]
                    also = " and no due date" if undated else ""
                    owner = opp.owner.strip()  # type: ignore[union-attr]
                    yield doc.hit(("stages", i, "opportunities", j, "owner"),
                                  f"opportunity '{action}' has no single owner ('{owner}' leaves it to several, "
                                  f"so to no one){also}; name the one team or person accountable for the fix"
                                  f"{' and by when' if undated else ''}",
                                  pl=f"usprawnienie {quote_pl(action)} nie ma jednego właściciela "
                                     f"({quote_pl(owner)} zostawia je kilku osobom, czyli nikomu)"
                                     f"{' ani terminu' if undated else ''}; wskaż jeden zespół lub jedną osobę odpowiedzialną "
                                     f"za usprawnienie{' i termin' if undated else ''}" if self.polish else None)
                elif everyone:
                    also = " and no due date" if undated else ""
                    said = opp.owner.strip()  # type: ignore[union-attr]
                    what = ("does not say which team" if _owner_key(said) in _BARE_TEAM
                            else "names no one accountable" if key and key in extra else "is everyone, so no one")
                    # An owner is written: "no owner" read as if the field were missing; a team or a
                    # crowd is no *single* owner (one your own `extend` lists names no one at all).
                    single = "" if key and key in extra else " single"
                    co = ("nie mówi, który zespół" if _owner_key(said) in _BARE_TEAM
                          else "nie wskazuje nikogo odpowiedzialnego" if key and key in extra else "to wszyscy, czyli nikt")
                    yield doc.hit(("stages", i, "opportunities", j, "owner"),
                                  f"opportunity '{action}' has no{single} owner ('{said}' {what})"
                                  f"{also}; name the one team or person accountable for the fix"
                                  f"{' and by when' if undated else ''}",
                                  pl=f"usprawnienie {quote_pl(action)} nie ma{'' if key and key in extra else ' jednego'} "
                                     f"właściciela ({quote_pl(said)} {co}){' ani terminu' if undated else ''}; wskaż jeden "
                                     f"zespół lub jedną osobę odpowiedzialną za usprawnienie{' i termin' if undated else ''}"
                                  if self.polish else None)
                elif unowned:
                    # An `owner:` written with nothing after it (or "", or blanks) is the line to fill in, as is
                    # an owner that names nobody; only a missing key goes below the action.
                    empty = not written and _has_key(doc.data, i, j, "owner")
                    customer = written and _names_customer(opp.owner)  # type: ignore[arg-type]
                    said = (f" ('{opp.owner.strip()}' is whom the map is about, not a team that can make the change)"  # type: ignore[union-attr]
                            if customer else f" ('{opp.owner.strip()}' names nobody)" if written  # type: ignore[union-attr]
                            else " (`owner` is empty)" if empty else "")
                    # Both at once when both are missing: one round of review, not two.
                    also = " and no due date" if undated else ""
                    where = ("stages", i, "opportunities", j, "owner") if written or empty else at
                    czemu = (f" ({quote_pl(opp.owner.strip())} to ten, o kim jest mapa, a nie zespół, który może wprowadzić "  # type: ignore[union-attr]
                             "zmianę)" if customer else
                             f" ({quote_pl(opp.owner.strip())} nie wskazuje nikogo)" if written  # type: ignore[union-attr]
                             else " (`owner` jest puste)" if empty else "")
                    yield doc.hit(where, f"opportunity '{action}' has no owner{said}{also}; name the team or person who "
                                         f"will fix it{' and by when' if undated else ''}",
                                  pl=f"usprawnienie {quote_pl(action)} nie ma właściciela{czemu}"
                                     f"{' ani terminu' if undated else ''}; "
                                     f"wskaż zespół lub osobę, która je wdroży{' i do kiedy' if undated else ''}"
                                  if self.polish else None)
                elif undated:
                    yield doc.hit(at, f"opportunity '{action}' has no due date",
                                  pl=f"usprawnienie {quote_pl(action)} nie ma terminu (`due`)" if self.polish else None)
                if opp.due is not None:
                    now = now or peek()
                    due = opp.due
                    far = _far_off(due, now)
                    if far is None:
                        holds(_near_from(due), None)  # no more than _FAR_YEARS ahead from then on
                    else:
                        steady(now, lambda day: _far_off(due, day))  # the message counts the years from today
                        yield doc.hit(("stages", i, "opportunities", j, "due"), f"opportunity '{action}' is due "
                                      f"{due.isoformat()}, {far}; give the date the fix is planned for",
                                      pl=f"usprawnienie {quote_pl(action)} ma termin {due.isoformat()}, {_far_off_pl(far)}; "
                                         "wpisz datę, na którą zaplanowano usprawnienie" if self.polish else None)


def _overdue_by(due: date, now: date) -> str:
    """How long ago an overdue opportunity was due, as overdue-opportunity says it."""
    return ago(due, now, days_under=2)


#: An opportunity's status said in Polish, after "nadal": "nadal jest zaplanowane (`status: planned`)", not the
#: English word in quotes.
_STATUS_PL = {"idea": "jest tylko pomysłem", "planned": "jest zaplanowane", "in-progress": "jest w trakcie"}


@register
class OverdueOpportunity(Rule):
    """An opportunity whose `due` date has passed and that is not `done`.

    Reported at the `due` date when it is before today and the status is
    anything but `done`: `idea`, `planned`, `in-progress`, or no status at all.
    Due today is not overdue yet.  Set CXKIT_TODAY=YYYY-MM-DD to pin "today" in
    reproducible runs.  An info finding: the date passes with no change to the
    file, so it reminds you without failing a run at the default fail level
    (set `severity = "warning"` in the rule's config table to make it count).
    A retired journey (`status: retired`) is not checked: it is kept for the
    record, and nobody works on its opportunities.

    Why: each barrier closes with a plan of who fixes it and by when.  A plan
    past its date that nobody marked done is either finished and not
    recorded, or slipped and not replanned; either way the map no longer
    says what is really happening to that pain.

    Bad:
        opportunities:
          - action: Naprawić wyszukiwarkę leków po substancji czynnej
            owner: Zespół wyszukiwarki
            due: 2024-03-31
            status: planned

    Good:
        opportunities:
          - action: Naprawić wyszukiwarkę leków po substancji czynnej
            owner: Zespół wyszukiwarki
            due: 2024-03-31
            status: done

    Bad (en):
        opportunities:
          - action: Fix the postcode lookup for new-build addresses
            owner: Web team
            due: 2024-03-31
            status: planned

    Good (en):
        opportunities:
          - action: Fix the postcode lookup for new-build addresses
            owner: Web team
            due: 2024-03-31
            status: done
    """

    code = "CX408"
    name = "overdue-opportunity"
    severity = Severity.info
    kinds = ("journey",)

    def check(self, doc: Document) -> Iterable[Hit]:
        if doc.model.status == "retired":  # type: ignore[union-attr]
            return  # kept for the record: nobody works on its opportunities
        now = peek()  # each answer says the days it holds on (clock.holds), for the lint cache
        for i, stage in enumerate(doc.model.stages):  # type: ignore[union-attr]
            for j, opp in enumerate(stage.opportunities):
                if opp.due is None or opp.status == "done":
                    continue
                due = opp.due
                if due >= now:
                    holds(None, due)  # not overdue until the day after
                    continue
                steady(now, lambda day: _overdue_by(due, day), first=shifted(due, 1))
                state = f"is still '{opp.status}'" if opp.status else "is not marked done"
                stan = (f"nadal {_STATUS_PL.get(opp.status, 'nie jest zrobione')} (`status: {opp.status}`)" if opp.status
                        else "nie jest oznaczone jako zrobione")
                yield doc.hit(
                    ("stages", i, "opportunities", j, "due"),
                    f"opportunity '{opp.action.rstrip()}' was due {due.isoformat()} ({_overdue_by(due, now)}) and {state}; "
                    "set `status: done` if it is done, else give it a new due date",
                    pl=f"usprawnienie {quote_pl(opp.action.rstrip())} miało termin {due.isoformat()} "
                       f"({ago_pl(due, now, days_under=2)}) i {stan}; ustaw `status: done`, jeśli jest zrobione, "
                       "albo wyznacz nowy termin" if self.polish else None,
                )


class PainOptions(RuleOptions):
    emotion_threshold: int = Field(
        -1, ge=-2, le=2, alias="emotion-threshold",
        description="A stage with an emotion at or below this (-2 to 2) needs an opportunity.",
    )


@register
class UnaddressedPain(Rule):
    """A painful stage with no opportunity to fix it.

    A stage counts as painful when its emotion is at or below the threshold
    (default -1) or when it lists barriers or pain points.  A painful stage
    that names no barrier or pain point is told to name one first: the
    method asks for each stage's emotions and its barriers, and a dip with no
    barrier named leaves nothing to plan a fix for.  (Only the score is read;
    a score that contradicts the `feeling` is feeling-contradicts-emotion's.)

    Why: the point of a journey map is to find where the experience hurts and
    decide what to do about it; a pain with no planned fix is a finding left
    on the table.

    Bad:
        - id: purchase
          name: Zakup
          emotion: -2
          barriers: [Brak płatności BLIK]

    Good:
        - id: purchase
          name: Zakup
          emotion: -2
          barriers: [Brak płatności BLIK]
          opportunities:
            - action: Włączyć BLIK w bramce płatniczej
              owner: Zespół płatności

    Bad (en):
        - id: installation
          name: Engineer visit
          emotion: -2
          barriers: [Only an 8am-6pm slot, no evening visits]

    Good (en):
        - id: installation
          name: Engineer visit
          emotion: -2
          barriers: [Only an 8am-6pm slot, no evening visits]
          opportunities:
            - action: Offer 2-hour slots and text the customer 30 minutes before arrival
              owner: Field operations team
    """

    code = "CX404"
    name = "unaddressed-pain"
    severity = Severity.warning
    kinds = ("journey",)
    Options = PainOptions

    def check(self, doc: Document) -> Iterable[Hit]:
        for i, stage in enumerate(doc.model.stages):  # type: ignore[union-attr]
            if stage.opportunities:
                continue
            reasons = []
            powody = []
            if stage.emotion is not None and stage.emotion <= self.options.emotion_threshold:
                reasons.append(f"emotion {stage.emotion:+d}" if stage.emotion else "emotion 0")  # 0 has no sign
                powody.append(f"emocja {stage.emotion:+d}" if stage.emotion else "emocja 0")
            if stage.barriers:
                n = len(stage.barriers)
                reasons.append(f"{n} barrier" if n == 1 else f"{n} barriers")
                powody.append(counted(n, "bariera", "bariery", "barier"))
            if stage.pain_points:
                n = len(stage.pain_points)
                reasons.append(f"{n} pain point" if n == 1 else f"{n} pain points")
                powody.append(counted(n, "bolączka", "bolączki", "bolączek"))
            if reasons and not (stage.barriers or stage.pain_points):
                # The method asks for each stage's emotions *and* barriers: a dip with no barrier named
                # says something hurts but not what, and there is nothing to plan a fix for yet.
                yield doc.hit(
                    ("stages", i, "id"),
                    f"stage '{stage.id}' hurts ({', '.join(reasons)}) but names no barrier or pain point and has no "
                    "opportunities; say what gets in the persona's way, then plan who fixes it, by when",
                    pl=f"etap {quote_pl(stage.id)} jest bolesny ({', '.join(powody)}), ale nie wskazuje żadnej bariery "
                       "ani bolączki i nie ma żadnego usprawnienia (`opportunities`); napisz, co przeszkadza "
                       "personie, a potem zaplanuj, kto to naprawi i do kiedy" if self.polish else None,
                )
            elif reasons:
                yield doc.hit(
                    ("stages", i, "id"),
                    f"stage '{stage.id}' hurts ({', '.join(reasons)}) but has no opportunities; plan who fixes what, by when",
                    pl=f"etap {quote_pl(stage.id)} jest bolesny ({', '.join(powody)}), ale nie ma żadnego "
                       "usprawnienia (`opportunities`); zaplanuj, kto co naprawi i do kiedy" if self.polish else None,
                )


def _words(listed: str) -> tuple[str, ...]:
    """The words of a list written one after another: whole words or openings of words, as each list says."""
    return tuple(listed.split())


#: Words a feeling may open with before the feeling itself: "Feels", "Czuje się", "Bardzo", "Really".
_LEAD = frozenset(_words(
    "feels feel feeling felt is was gets getting got becomes he she they he's she's they're customer klient klientka "
    "czuje czuję się sie jest był była byli staje very really so totally completely deeply extremely utterly "
    "increasingly bardzo mocno totalnie kompletnie naprawdę naprawde strasznie coraz bardziej wręcz wrecz"
))
#: Openings of words of a clearly negative feeling (lower case; with and without Polish diacritics).
_SORE = _words(
    "wściek wsciek złość zlosc złości zlosci sfrustr frustr irytac zirytow poirytow rozdrażn "
    "rozdrazn rozczarow zawiedz zawód zawod zniechęc zniechec zdenerw wkurz gniew oburz bezradn bezsil zagubi "
    "zdezorient dezorient przestrasz przeraż przeraz strach lęk niepokój niepokoj zaniepok obaw zmartw smut "
    "zniecierpl niecierpl upokorz oszuka stres zestres panik rozgorycz niezadow zmęcz zmecz znudz nieufn zażenow "
    "zazenow wstyd rozpacz przytłocz przytlocz hopeless "
    "angry anger furious fury livid frustrat annoy irritat disappoint upset anxious anxiety worried worry afraid "
    "scared fear frighten confus stress panic helpless powerless impatient cheated distrust mistrust nervous dread "
    "sad unhappy dissatisf hate hating overwhelm exasperat outrag humiliat embarrass ashamed resent bitter desperat "
    "despair disgust exhaust bored uneasy uncomfortable insecure fed-up "
    "załam zalam wkurw rozwściecz rozwsciecz pissed gutted dissapoint cheesed devastat heartbroken miserable distress"
)
#: Negative feelings of two words, the first word and the second: "Let down", "Fed up" ("Let" alone,
#: "Fed" alone are no feeling).
_SORE_PAIRS = frozenset((("let", "down"), ("fed", "up")))
#: Where a sore word is the customer's day, brought along, not the experience ("Stres w pracy sprawia,
#: że zamawia nocą", "Stressed at work, the app helps"): like tiredness after work, a state.
_BROUGHT = frozenset((("w", "pracy"), ("po", "pracy"), ("z", "pracy"), ("at", "work"), ("from", "work"),
                      ("after", "work")))
#: Openings of words of a good feeling, or a turn: with one of them the feeling is mixed, not clearly negative.
_MIXED = _words(
    "ciekaw zadowol radoś rados ulg zachwy spokoj spokó uspok ufn zaufan dum wdzięcz wdziecz entuzjazm podekscyt "
    "szczęśl szczesl nadziej pewn zainteres optymi zrelaks komfort przyjemn satysfak usatysf ekscyt ucieszon ciesz "
    "mieszan "
    "curious happy pleased relie delight excit hope calm confiden trust proud pride grateful thankful satisf "
    "content interested interesting glad enjoy optimis reassur comfort relax eager love joy thrill intrigu impress "
    "mixed"
)
#: Words of a turn, whole: "ale", "but" ("Zły, ale spokojny"), never an opening of another word
#: ("alergia", "leczenia", "button").
_TURNS = frozenset(_words(
    "ale lecz jednak choć choc chociaż chociaz mimo aczkolwiek but though although however despite whereas"
))
#: Short words of a negative feeling, whole: "Zła na siebie" is angry, "Złamana obietnica" is no feeling.
_SORE_WORDS = frozenset(_words("zły zly zła zla źli zli zła żal zal sad mad cross"))
#: Of those, the Polish adjectives, angry only as what the customer is ("Zła, że…", "Zły na kuriera"),
#: not before the noun they describe ("Zła pogoda nie przeszkadza" is bad weather).
_SORE_ADJECTIVES = frozenset(_words("zły zly zła zla źli zli"))
_AFTER_ANGRY = frozenset(_words("na że ze bo o z i a ale ponieważ poniewaz gdy kiedy jak bardzo"))
#: States, not reactions to the experience ("Zmęczony po pracy, przegląda sklep z kanapy"): sore only
#: after "Czuje się", "Feels" ("Czuje się zmęczona ciągłym dzwonieniem").
_STATES = _words("zmęcz zmecz znudz exhaust bored tired")
_FEELS = frozenset(_words("czuje czuję feels feel feeling felt"))
#: Words by which the sore feeling goes away ("Stres znika po SMS-ie", "Anxiety gone", "Confusion
#: resolved"): a relief, so the feeling is not clearly negative.
_GONE = _words(
    "znika znikn znikaj mija mijaj minął minal minęł minel ustępuj ustepuj ustąpi ustapi ustęp przeszł przeszl "
    "rozwiał rozwial rozwian opada opadł opadl "
    "śladu sladu "  # "Po stresie ani śladu"
    "gone fade fades faded fading vanish resolved resolves eased eases disappear lifted"
)
#: Words between a sore word and its going away that make the going away another thing's ("Wściekły,
#: bo paczka zniknęła", "Angry that the parcel disappeared").
_BECAUSE = frozenset(_words("bo że ze ponieważ poniewaz gdyż gdyz because that as since when gdy kiedy"))
#: A word of a feeling: letters, with the apostrophes and hyphens inside it ("stress-free" is one word,
#: which "-free" makes no sore feeling; a number is no word). Not _ACTION_WORD: that one would read
#: "Stress-free checkout" as "Stress".
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


#: Words after which "brak" still ends what is said of the feeling ("Stresu brak dzięki SMS-om").
_AFTER_NONE = frozenset(_words("dzięki dzieki po od już juz teraz odkąd odkad zupełnie zupelnie całkiem calkiem"))


def _says_none(text: str, found: list[re.Match[str]], lowered: list[str], at: int) -> bool:
    """Whether "brak", the word ``lowered[at]`` right after the sore word, says there is none of it
    ("Stresu brak", "Stresu brak, wszystko jasne"), not what is lacking ("Frustracja: brak
    informacji", "Frustracja brak SMS-a"): it ends the clause, or a word of when or why follows."""
    if at + 1 >= len(lowered):
        return True
    between = text[found[at].end():found[at + 1].start()]
    return any(c in ",;.!?()" for c in between) or lowered[at + 1] in _AFTER_NONE


#: What goes on with the sore word's own clause across a comma ("Stres, który znika po rozmowie", "Stress,
#: which fades after the call"), and the pauses that do not end it ("Stres… znika", "Stres... znika").
_WHICH = frozenset(_words("który która które którego której ktory ktora ktore ktorego ktorej which"))
_PAUSES = frozenset(("…", "...", "…,", "..", "...,"))
#: A denial right before a word of going away, which says the feeling stays ("Stres, który nie znika",
#: "Niepokój nie mija", "Stress that never fades").  Not "ani": "Po stresie ani śladu" says it is gone.
_NOT_GONE = frozenset(_words("nie nigdy not never doesn't don't didn't won't isn't hasn't doesn’t don’t won’t"))
#: What passes when one of them goes on so, not the feeling ("Zdenerwowana... mija kolejny dzień bez
#: decyzji", "Stres… minął tydzień"), as a comma before it says ("Zdenerwowany, mija kolejny dzień").
_TIME_PASSING = frozenset(_words(
    "kolejny kolejna kolejne kolejnych następny następna następne nastepny nastepna nastepne drugi druga drugie "
    "dzień dzien dni tydzień tydzien tygodnie tygodni miesiąc miesiac miesiące miesiace godzina godziny godzin "
    "czas termin rok lata"
))


def _time_passes(lowered: list[str], at: int) -> bool:
    """Whether ``lowered[at]``, right after a word of going away, is a time that passes ("mija kolejny dzień",
    "mija tydzień bez decyzji"), not when the feeling goes ("mija dzień po podpisaniu umowy")."""
    return (at < len(lowered) and lowered[at] in _TIME_PASSING
            and lowered[at + 1:at + 2] not in (["po"], ["przed"], ["od"], ["after"]))


#: What may stand between a denial and the sore word it denies besides :data:`_BETWEEN_DENIAL`: "of", an
#: article, a pronoun, "the usual" ("None of the usual stress", "Nie ma już tego stresu", "Zero tej
#: zwykłej nerwówki"); passed over only right before the sore word.
_DENIED_OF = frozenset(_words(
    "of the a an usual typical old any that this those these her his their its my your our "
    "tego tej tych zwykłego zwykłej zwyklego zwyklej zwykłych zwyklych typowego typowej dawnego dawnej dawnych "
    "jej jego ich"
))


def _gone(text: str, found: list[re.Match[str]], lowered: list[str], k: int) -> bool:
    """Whether the sore word ``lowered[k]`` is said to go away within three words after it, in the
    same clause ("Niepokój mija, gdy…"; not "Zdenerwowany, mija kolejny dzień"), or is no more
    ("Stressed no more", "no longer anxious"), or none of it is there ("Stresu brak", "Stres? Brak.";
    not "Frustracja: brak informacji", a lack that is its cause)."""
    if lowered[k + 1:k + 2] == ["brak"] and _says_none(text, found, lowered, k + 1):
        return True
    for m, w in enumerate(lowered[k + 1:k + 4]):
        between = text[found[k + m].end():found[k + m + 1].start()].strip()
        # "Stres… znika po rozmowie", "Stres, który znika po rozmowie": the same clause goes on
        if w in _BECAUSE or (any(c in ",;.!?()" for c in between) and between not in _PAUSES
                             and not (between == "," and w in _WHICH)):
            break
        if w.startswith(_GONE) and (lowered[k + m] in _NOT_GONE or _time_passes(lowered, k + m + 2)):
            break  # "Stres, który nie znika", "Niepokój nie mija": it stays; "Zdenerwowana... mija kolejny dzień"
        if w.startswith(_GONE) or (w in ("more", "longer") and lowered[k + m] in ("no", "not")):
            return True
    return k >= 2 and lowered[k - 1] == "longer" and lowered[k - 2] == "no"


_CAUSE = frozenset(_words("bo ponieważ poniewaz gdyż gdyz przez because since as"))


def _brought(text: str, found: list[re.Match[str]], lowered: list[str], k: int) -> bool:
    """Whether the sore word ``lowered[k]`` is of the customer's day ("Stres w pracy sprawia, że…",
    "Stressed at work, the app helps"), not caused by what happens in the rest of its clause
    ("Frustrated at work because the export fails again")."""
    if tuple(lowered[k + 1:k + 3]) not in _BROUGHT:
        return False
    for m in range(k + 3, len(lowered)):
        if any(c in ";.!?()" for c in text[found[m - 1].end():found[m].start()]):
            break
        if lowered[m] in _CAUSE:
            return False
    return True


#: Words that, one or two before a sore word past the first, say there is none of it or little ("Pośpiech,
#: ale bez stresu" aside, "Spokojnie, bez stresu", "Calm, no stress", "Skupiona, trochę zniecierpliwiona",
#: "Uniknęła stresu"): such a word is not clearly felt, as "Trochę zniecierpliwiony" at the start is not.
_NONE_OF_IT = frozenset(_words(
    "nie bez brak braku zero mniej trochę troche lekko lekki lekka nieco odrobinę odrobine ciut nigdy unika "
    "uniknął uniknal uniknęła uniknela uniknąć uniknac "
    "no not without less little bit slightly somewhat mildly never avoid avoids avoided avoiding free "
    # a denial with its verb between ("Nie jest już sfrustrowany"), none of it ("Nothing to worry about",
    # "Koniec stresu z papierami", "Wszystko jasne, żadnego stresu"), a denying verb ("Doesn't worry about
    # the payment anymore") and the stopping of it ("Przestała się stresować", "Stopped worrying")
    "nic nothing koniec doesn't doesnt don't dont didn't didnt isn't isnt wasn't wasnt aren't arent "
    "żaden żadna żadnego żadnej żadnych zaden zadna zadnego zadnej zadnych none przestał przestala przestała "
    "przestali przestaje przestal stopped stops stop quit"
))
#: Of them, those that deny a second sore word joined to the first by "i", "and" ("Żadnych nerwów i obaw",
#: "No stress and no worry" aside, "Without stress or worry"); not "nie", whose verb may be of the first only.
_NONE_OF_BOTH = frozenset(_words(
    "bez brak braku zero żadnych zadnych żadnego zadnego żadnej zadnej ani no without nor none"
))
_AND_OR = frozenset(_words("i oraz ani lub czy and or nor"))
#: Right before a sore word past the first, what it is spoken of, not felt ("Myśli o stresie z poprzednim
#: kredytem", "Reads about frustrating delays"); further back a preposition is of something else ("Czeka na
#: decyzję o kredycie, zestresowana").
_SPOKEN_OF = frozenset(_words("o about"))
#: Words that stand between a denial and the sore word it denies ("Nie jest już sfrustrowany", "Nie czuje
#: się już zestresowana"): passed over when the two words before the sore word are read.
_BETWEEN_DENIAL = frozenset(_words("już juz wcale anymore longer")) | _LEAD


def _not_felt(before: list[str], within: frozenset[str], right_before: frozenset[str],
              of_both: frozenset[str] = frozenset()) -> bool:
    """Whether the words ``before`` a feeling's word past its first (lower case, lead words left out) say it
    is not felt: one of ``within`` among the two right before it, one of ``right_before`` just before it,
    or one of ``of_both`` before the word it is joined to by "i", "and" ("żadnych nerwów i obaw")."""
    if before[-1:] and before[-1] in right_before:
        return True
    if not within.isdisjoint(before[-2:]):
        return True
    return len(before) >= 3 and before[-1] in _AND_OR and not of_both.isdisjoint(before[-4:-2])
def _before_denied(before: list[str]) -> list[str]:
    """The words ``before`` a sore word as a denial of it is read from: those of :data:`_BETWEEN_DENIAL` left
    out, and of :data:`_DENIED_OF` right before it when a denial stands before them ("None of the usual")."""
    kept = [w for w in before if w not in _BETWEEN_DENIAL]
    end = len(kept)
    while end and kept[end - 1] in _DENIED_OF:
        end -= 1
    if end < len(kept) and end and kept[end - 1] in _NONE_OF_IT:
        return kept[:end]
    return kept


#: Openings of sore words that begin other words too ("zawodowy", "zawodnik": a profession, a player; "sadu":
#: an orchard), sore only as the feeling's first word ("Zawód, że…"): past it they are read as those others,
#: but for the English words of :data:`_SAD`.
_SORE_FIRST_ONLY = ("zawód", "zawod", "sad")
_SAD = frozenset(_words("sad sadness saddened sadly"))


#: Openings of words of doubt (lower case; with and without Polish letters): a feeling that a score of 0 may
#: hold, which +1 or +2 contradicts ("Niepewność, czy sofa wejdzie do windy" scored +2).
_UNSURE = _words("niepewn uncertain unsure")


@lru_cache(maxsize=_REMEMBERED)
def _sore_feeling(feeling: str, sore: tuple[str, ...] = _SORE) -> str | None:
    """The word of a clearly negative ``feeling`` ("Wściekły, że…", "Frustrated", "Czuje się zagubiona",
    "Pośpiech i frustracja"), or None: a feeling with no sore word, or whose sore words are all mild or
    denied ("Trochę zniecierpliwiony", "Nie czuje złości", "Spokojnie, bez stresu"), is mixed ("Ulga, z
    lekkim niepokojem", "Curious but wary") or says the bad feeling went away ("Stres znika po SMS-ie",
    "Stress-free checkout") is not clearly negative."""
    text = feeling[:300]
    found = list(_WORD.finditer(text))
    words = [m.group() for m in found]
    lowered = [w.lower().replace("’", "'") for w in words]
    if any(w in _TURNS or (w.startswith(_MIXED) and not w.startswith(_SORE) and w != "pewno") for w in lowered):
        return None
    opening = True
    for k, word in enumerate(lowered):
        if word in _LEAD:
            continue
        first, opening = opening, False
        if word.endswith(("-free", "-less")) or (word == "anxious" and lowered[k + 1:k + 2] == ["to"]):
            continue  # "Stress-free checkout", "Anxious to start using it" (eager)
        pair = sore is _SORE and tuple(lowered[k:k + 2]) in _SORE_PAIRS
        if not ((sore is _SORE and word in _SORE_WORDS) or word.startswith(sore) or pair):
            continue
        if not first and ((word.startswith(_SORE_FIRST_ONLY) and word not in _SAD)
                          or _not_felt(_before_denied(lowered[:k]), _NONE_OF_IT, _SPOKEN_OF, _NONE_OF_BOTH)):
            continue  # "Spokojna, bez stresu", "Skupiony, trochę zniecierpliwiony", "sprawy zawodowe"
        if word in _SORE_ADJECTIVES:
            rest = text[found[k].end():].lstrip()
            after = lowered[k + 1] if k + 1 < len(lowered) else None
            if rest and rest[0].isalpha() and after not in _AFTER_ANGRY:
                continue  # "Zła pogoda", "Zły kurier": what was bad, not an angry customer
        if word.startswith(_STATES) and not any(w in _FEELS for w in lowered[:k]):
            continue  # "Zmęczony po pracy", "Zmęczenie i frustracja": the frustration is the feeling
        if _gone(text, found, lowered, k):
            return None
        if _brought(text, found, lowered, k):
            continue
        return f"{words[k]} {words[k + 1]}" if pair else words[k]
    return None


#: Openings of words of a clearly glad feeling (lower case; with and without Polish diacritics).
_GLAD = _words(
    "zadowol zachwy ulg uradow szczęśl szczesl ucieszon usatysf podekscyt "
    "delight reliev relief happy pleased thrill overjoy glad satisfied excited"
)
#: Openings of words that begin as a glad word does but are none: a discounted fare ("bilet ulgowy"),
#: "luckily" ("szczęśliwie dotarła"), a thriller.
_NOT_GLAD = _words("ulgow szczęśliwie szczesliwie thriller")
#: Words that, one or two before a glad word past the feeling's first, say it is missing, little or only
#: hoped for ("Brak zadowolenia", "Mało zadowolona", "Niezbyt zadowolona", "Far from happy", "Barely
#: satisfied", "Czeka na ulgę", "Pyta o ulgę podatkową", "Hopes for relief"): not clearly glad, as such an
#: opening was not.  "Z ulgą", "with relief", "Poczucie ulgi" stay glad.
_NOT_FELT = frozenset(_words(
    "brak braku zero mało malo średnio srednio niezbyt niespecjalnie słabo slabo trudno daleko trochę troche "
    "lekko nieco odrobinę odrobine oczekuje czeka czekanie oczekiwanie nadzieja liczy "
    "lack lacking hardly barely scarcely far somewhat slightly mildly little bit hope hopes hoping waiting awaiting"
))
#: Right before a glad word past the first, what it is asked or waited for ("Pyta o ulgę", "Liczy na ulgę",
#: "Daleko mu do zadowolenia", "Hopes for relief", "Asks about tax relief"); further back a preposition is of
#: something else ("Pieniądze na koncie, zadowolona").
_ASKED_FOR = frozenset(_words("na o do for about tax"))
_ARTICLES = frozenset(_words("the a an"))  # "Waiting for the relief of a decision"
#: Words by which a glad opening gives way to something else ("Zadowolony na początku, potem…",
#: "Happy at first, then…"), besides the turns.
_GLAD_TURNS = frozenset(_words(
    "potem później pozniej początku poczatku dopóki dopoki mniej oprócz oprocz then first initially until less except "
    "nie not no never nigdy bez without yet still nadal wciąż wciaz"
))
#: Openings of words of a feeling that is neither glad nor clearly negative, which make a glad opening
#: mixed: unsure, doubtful, wary, in discomfort ("Zachwyt dźwiękiem, niepewność co do wygody noszenia"),
#: shocked, terrified, guilty, sorry ("Happy with the discount, terrified of the deadline").
_UNSURE = _words(
    "niepewn wątpl watpl wahan waha sceptyc ostrożn ostrozn ból bol uciska uwiera dyskomfort obaw "
    "uncertain unsure doubt hesit sceptic skeptic wary cautious pain discomfort concern "
    "szok wstrząś wstrzas przykro rozżal rozzal żałuj zaluj shock terrifie terrify horrif guilt regret"
)


#: Words of leaving the company or of an end, whole ("Glad it's over", "Ulga, że to koniec współpracy"),
#: and openings of such words ("Zadowolona, że wreszcie może zrezygnować", "Relieved to cancel",
#: "Zachwycona konkurencją"): relief at leaving is the company's loss, so a low score is no contradiction.
_LEAVING_WORDS = frozenset(_words("koniec over quit quits quitting leave leaves leaving"))
_LEAVING = _words(
    "rezygn zrezygn odejś odejsc odchodz rozsta wypowiedzen anulow konkurencj "
    "cancel unsubscrib competitor churn"
)


@lru_cache(maxsize=_REMEMBERED)
def _glad_feeling(feeling: str) -> str | None:
    """The word of a clearly glad ``feeling`` ("Zachwycony, że…", "Delighted and relieved", "Czuje
    ulgę"), or None: one that opens otherwise ("Nie jest zadowolony", "Not happy"), or holds a turn
    ("ale", "but", "potem", "at first"), a negation, a sore word or an unsure one anywhere, is not
    clearly glad; nor is relief at leaving or at an end ("Ulga, że to koniec współpracy", "Glad it's
    over", "Relieved to cancel")."""
    if ";" in feeling[:300]:
        return None  # a second clause of its own: "Pleased with the demo; the price shocks him"
    lowered = [w.lower().replace("’", "'") for w in _WORD.findall(feeling[:300])]
    if any(w in _TURNS or w in _GLAD_TURNS or w in _SORE_WORDS or w.startswith(_SORE) or w.startswith(_UNSURE)
           or w in _LEAVING_WORDS or w.startswith(_LEAVING) for w in lowered):
        return None
    if any(pair in _SORE_PAIRS for pair in zip(lowered, lowered[1:])):
        return None  # "Let down" further on
    for k, word in enumerate(lowered):
        if not word.startswith(_GLAD) or word.startswith(_NOT_GLAD):
            continue  # "Spokój i zadowolenie" is glad at its second word; "bilet ulgowy" is a discount
        if _not_felt([w for w in lowered[:k] if w not in _LEAD and w not in _ARTICLES], _NOT_FELT, _ASKED_FOR):
            return None  # "Brak zadowolenia", "Mało zadowolona", "Czeka na ulgę", "Far from happy"
        if lowered[k + 1:k + 2] == ["to"]:
            return None  # "Happy to wait a day" is willing, not glad
        return _WORD.findall(feeling[:300])[k]
    return None


#: Where a feeling breaks into clauses: "Zachwycony… akurat", "Happy, yeah right", "Delighted (sure)".
_CLAUSES = re.compile(r"[,;:.!?…()\[\]—–]+|\s-\s")
#: Clauses that say the glad word before them is meant the other way round, wherever they stand
#: ("Zachwycony… akurat", "Happy, yeah right", "Zadowolona, też mi coś"), folded and lower case.
_SARCASM_CLAUSES = frozenset((
    "akurat", "taa", "taaa", "tja", "tia", "tez mi cos", "tez mi", "juz to widze", "no akurat",
    "yeah right", "yeah yeah", "as if", "oh sure", "yeah sure", "right sure",
))
#: Clauses that say so only at the end of the feeling ("Zadowolona… jasne", "Delighted, sure"): inside
#: it, they may answer something ("Zadowolony, jasne, że wróci").
_SARCASM_LAST = frozenset(("jasne", "no jasne", "no pewnie", "pewnie pewnie", "sure", "sure thing", "of course"))
#: Words that say it outright ("(sarkazm)", "ironicznie", "sarcastic"), whole or by their opening.
_SARCASM_WORDS = ("sarkazm", "sarkasty", "sarcas", "ironicz", "ironia", "ironii", "ironią", "ironic", "irony")
#: Faces that roll their eyes at what they follow.
_SARCASM_FACES = ("\N{FACE WITH ROLLING EYES}", "\N{UPSIDE-DOWN FACE}")
_QUOTES_OPEN = "\"„“‘'«"
_QUOTES_CLOSE = "\"”’'»"


def _sarcastic(feeling: str, word: str) -> bool:
    """Whether a feeling that opens with the glad ``word`` says it with sarcasm, so that a negative score
    is what it means: a clause of sarcasm after it ("Zachwycony… akurat", "Happy, yeah right", "Zadowolona,
    jasne" at the end), a word that says so ("(sarkazm)", "ironicznie"), an eye roll, "/s" at the end, or
    the glad word alone in quotes ("„Zadowolony” z trzeciego formularza").  "Zachwycona, że kurier
    przyszedł akurat o 8" is glad: "akurat" there is no clause of its own."""
    text = feeling[:300]
    if any(face in text for face in _SARCASM_FACES) or text.rstrip().endswith(" /s"):
        return True
    lowered = text.lower()
    if any(w.startswith(_SARCASM_WORDS) for w in _WORD.findall(lowered)):
        return True
    at = text.find(word)
    if at > 0 and text[at - 1] in _QUOTES_OPEN and text[at + len(word):at + len(word) + 1] in _QUOTES_CLOSE:
        return True
    clauses = [" ".join(_WORD.findall(c.translate(FOLD_PL))) for c in _CLAUSES.split(lowered)]
    clauses = [c for c in clauses if c]
    if len(clauses) < 2:
        return False
    rest = clauses[1:]
    pairs = [f"{a} {b}" for a, b in zip(rest, rest[1:])]
    return (any(c in _SARCASM_CLAUSES for c in rest + pairs)
            or rest[-1] in _SARCASM_LAST or (len(pairs) > 0 and pairs[-1] in _SARCASM_LAST))


@register
class FeelingContradictsEmotion(Rule):
    """A stage whose `feeling` contradicts its `emotion` score.

    That is a clearly negative feeling scored 0 or more, or a clearly glad
    one scored -1 or -2.  The feeling is clearly negative when it names,
    wherever it stands, a word of anger, frustration, disappointment, fear,
    confusion or stress (`Wściekły`, `Sfrustrowana`, `Zniechęcony`,
    `Zagubiona`, `Angry`, `Frustrated`, `Anxious`; "Pośpiech i frustracja",
    "Presja czasu i złość", "Rushed and frustrated") and holds no good feeling
    or turn beside it (`ciekawość`, `ulga`, `ale`, `relieved`, `but`: "Ulga,
    ale i niepokój" is mixed).  A sore word said mildly or denied ("Trochę
    zniecierpliwiony", "Slightly annoyed", "Nie czuje złości", "Spokojnie, bez
    stresu", "Calm, no stress", "Nie jest już sfrustrowany", "Nothing to
    worry about") or only spoken of ("Myśli o stresie z poprzednim
    kredytem") is not clearly negative, nor is a bad feeling
    that goes away ("Stres znika po SMS-ie z kodem", "Frustracja zniknęła po
    czacie", "Anxiety gone", "Confusion resolved", "Stressed no more",
    "Stresu brak"; but a lack that causes it is sore: "Frustracja przez brak
    informacji", "Frustracja: brak SMS-a"), a
    compound of its absence ("Stress-free checkout"), eagerness ("Anxious to
    start using it"), "zły"/"zła" before what was bad ("Zła pogoda nie
    przeszkadza"), or tiredness and boredom the customer brings along
    ("Zmęczony po pracy, przegląda sklep z kanapy"; after "Czuje się" or
    "Feels" they are sore), nor any of them from the customer's day ("Stres
    w pracy sprawia, że zamawia nocą", "Stressed at work, the app helps").
    "Let down" and "Fed up" are words of disappointment too.  The other way
    round, a feeling that names a glad word wherever it stands (`Zadowolona`,
    `Zachwycony`, `Ulga`, `Delighted`, `Relieved`, `Happy`; "Spokój i
    zadowolenie", "Calm and relieved") and holds no
    turn ("ale", "but", "potem", "at first"), no negation and no other
    feeling that is not glad ("Zachwyt dźwiękiem, niepewność co do wygody")
    is clearly glad; a glad word said to be missing, little or only hoped
    for is not ("Brak zadowolenia", "Mało zadowolona", "Czeka na ulgę",
    "Pyta o ulgę podatkową", "Far from happy", "Hopes for relief").
    Relief or gladness at leaving or at an end ("Ulga, że to koniec
    współpracy z tym bankiem", "Relieved to cancel the
    subscription at last", "Glad it's over", "Zachwycona konkurencją") is
    not: the customer is lost, and a low score shows it.  Nor is a glad
    word said with sarcasm, which a low score reads right: a clause of its
    own that turns it round ("Zachwycony… akurat", "Happy, yeah right",
    "Zadowolona, też mi coś"; "jasne", "sure" at the end), a word that
    says so ("(sarkazm)", "ironicznie", "sarcastic"), an eye-rolling face,
    "/s" at the end, or the glad word alone in quotes ("„Zadowolony” z
    trzeciego formularza").  "Zachwycona, że kurier przyszedł akurat o 8"
    is glad all the same.  Doubt scored glad is reported too: a feeling that
    names uncertainty (`Niepewność`, `niepewnosc`, "Niepewna, czy sofa wejdzie
    do windy", `Uncertainty`, "Unsure whether…") scored +1 or +2, with no good
    feeling, turn or denial beside it ("Ciekawość i niepewność", "Brak
    niepewności"); at 0 it is no contradiction, and the advice is 0 or -1.
    Reported at the emotion score.

    Why: the emotion curve is the research finding that shows where the
    experience breaks, and unaddressed-pain trusts the score. A furious
    customer scored 0 hides the pain from the map and from every rule that
    reads it.

    Bad:
        - id: awareness
          name: Świadomość
          feeling: Wściekły, że nikt w sklepie nie słuchał tego modelu
          emotion: 0

    Good:
        - id: awareness
          name: Świadomość
          feeling: Wściekły, że nikt w sklepie nie słuchał tego modelu
          emotion: -2

    Bad (en):
        - id: first-bill
          name: First bill
          feeling: Furious that the first bill is twice the quote
          emotion: 0

    Good (en):
        - id: first-bill
          name: First bill
          feeling: Furious that the first bill is twice the quote
          emotion: -2
    """

    code = "CX409"
    name = "feeling-contradicts-emotion"
    reads_words = True
    severity = Severity.warning
    kinds = ("journey",)

    def check(self, doc: Document) -> Iterable[Hit]:
        for i, stage in enumerate(doc.model.stages):  # type: ignore[union-attr]
            if stage.emotion is None or not stage.feeling:
                continue
            if stage.emotion >= 0:
                word = _sore_feeling(stage.feeling)
                low = "-1 or -2"
                if word is None and stage.emotion > 0:
                    word = _sore_feeling(stage.feeling, _UNSURE)  # doubt scored glad: "Niepewność" at +2
                    low = "0 or -1"
                if word is not None:
                    score = f"{stage.emotion:+d}" if stage.emotion else "0"
                    yield doc.hit(("stages", i, "emotion"),
                                  f"stage '{stage.id}' feels '{word}' but its emotion is {score}; "
                                  f"score what the persona felt ({low}) so that the pain shows on the curve",
                                  pl=f"na etapie {quote_pl(stage.id)} uczucie {quote_pl(word)} nie pasuje do emocji "
                                     f"{score}; oceń to, co persona czuła ({low.replace('or', 'lub')}), żeby ból było "
                                     "widać na krzywej" if self.polish else None)
            else:
                word = _glad_feeling(stage.feeling)
                if word is not None and not _sarcastic(stage.feeling, word):
                    yield doc.hit(("stages", i, "emotion"),
                                  f"stage '{stage.id}' feels '{word}' but its emotion is {stage.emotion}; "
                                  "score what the persona felt (+1 or +2), or say in the feeling what hurt",
                                  pl=f"na etapie {quote_pl(stage.id)} uczucie {quote_pl(word)} nie pasuje do emocji "
                                     f"{stage.emotion}; oceń to, co persona czuła (+1 lub +2), albo napisz w `feeling`, "
                                     "co bolało" if self.polish else None)


#: A feeling that names no emotion, when it is all the feeling says (lower case, Polish letters
#: folded, punctuation dropped): "neutral", "OK", "Obojętny", "Meh", "bez emocji".
_VAGUE_FEELINGS = frozenset((
    "neutral neutralny neutralna neutralne neutralnie obojetny obojetna obojetne obojetnie ok okay okej oki "
    "spoko fine meh normal normalny normalna normalnie normally nothing none brak nic n a na whatever "
    "average przecietnie sredni srednia srednio indifferent normalka "
    # and their nouns: "Obojętność", "Neutralność", "Indifference".
    "obojetnosc neutralnosc przecietnosc indifference neutrality"
).split()) | {"bez szalu", "jak zwykle", "tak jak zwykle", "as usual", "same as usual", "same as always",
              "nothing to write home about", "so so", "bez emocji", "brak emocji", "no emotion", "no emotions", "nothing special", "nic szczegolnego",
              "nic specjalnego", "all right", "alright", "not bad", "nie najgorzej", "tak sobie", "jako tako",
              "all good", "all fine", "all ok", "porzadku"}  # "W porządku": "w" is a lead word
#: Words before or beside such a feeling that add none: "Czuje się OK", "Feels fine", "Raczej neutralnie".
_VAGUE_LEAD = frozenset((
    "feels feel feeling felt is was czuje czuje sie jest byl byla raczej dosc dosyc w sumie zasadniczo pretty "
    "quite rather mostly just generally overall basically fairly ogolnie calkiem "
    # "Wszystko OK", "It's fine", "Emocje neutralne": the subject adds no emotion either.
    "wszystko it its s emocje emotions emotionally emocjonalnie "
    # Hedges: "It's okay I guess", "No w sumie spoko".
    "i guess suppose "
    # Intensifiers, which make no emotion of none: "Totalna obojętność", "Zupełnie neutralnie", "Completely
    # indifferent", "Totally fine".
    "totalna totalny totalne totalnie kompletna kompletny kompletne kompletnie zupelna zupelny zupelne zupelnie "
    "calkowita calkowity calkowite calkowicie absolutna absolutny absolutne absolutnie kompletnym totalnym "
    "totally completely utterly entirely absolutely total complete utter sheer"
).split())
_NOT_LETTERS = re.compile(r"[^\w]+")


def _vague_feeling(feeling: str) -> bool:
    """Whether ``feeling`` names no emotion: all it says, after "Czuje się" / "Feels" and the like,
    is "neutral", "OK", "Obojętny", "Meh", "bez emocji" ("Neutralnie, porównuje ceny" says more)."""
    if len(feeling) > 40:
        return False
    words = [w for w in _NOT_LETTERS.sub(" ", feeling.lower().translate(FOLD_PL)).split() if w not in _VAGUE_LEAD]
    return bool(words) and (" ".join(words) in _VAGUE_FEELINGS or all(w in _VAGUE_FEELINGS for w in words))


@register
class VagueFeeling(Rule):
    """A stage whose `feeling` names no emotion: "neutral", "OK", "Obojętny".

    Reported when the feeling says nothing else, after words such as
    "Czuje się" or "Feels": `neutral`, `neutralny`, `neutralnie`, `obojętny`,
    `OK`, `okej`, `spoko`, `fine`, `meh`, `normalnie`, `so-so`, `tak sobie`,
    `bez emocji`, `nothing special`, `brak`, `indifferent`, `all good`,
    `bez szału`, `normalka`, `jak zwykle`, `as usual`, `okay I guess`, and
    the nouns `obojętność`, `neutralność`, `indifference` (with or without
    Polish letters; "Wszystko OK", "It's fine" and "Emocje neutralne" too,
    and so with an intensifier: "Totalna obojętność", "Completely
    indifferent").  A feeling that goes on to say what the persona does or why
    ("Neutralnie, porównuje ceny w trzech sklepach") is not.  Reported at the
    feeling, whatever the emotion score; an info finding, as it does not fail
    a run at the default fail level.

    Why: the map should say which emotions go with the customer at each
    stage; "OK" or "neutral" only repeats a score of 0 and hides what the
    research heard (bored, unsure, curious, relieved), and with it where the
    stage could be better.

    Bad:
        - id: consideration
          name: Rozważanie
          emotion: 0
          feeling: Neutralnie

    Good:
        - id: consideration
          name: Rozważanie
          emotion: 0
          feeling: Niepewny, czy słuchawki otwarte nie będą za głośne w bloku

    Bad (en):
        - id: consideration
          name: Compares gyms
          emotion: 0
          feeling: Fine

    Good (en):
        - id: consideration
          name: Compares gyms
          emotion: 0
          feeling: Unsure whether she can cancel in January without a fee
    """

    code = "CX412"
    name = "vague-feeling"
    reads_words = True
    severity = Severity.info
    kinds = ("journey",)

    def check(self, doc: Document) -> Iterable[Hit]:
        for i, stage in enumerate(doc.model.stages):  # type: ignore[union-attr]
            if stage.feeling and _vague_feeling(stage.feeling):
                yield doc.hit(("stages", i, "feeling"),
                              f"stage '{stage.id}': feeling '{stage.feeling.strip()}' names no emotion; "
                              "write what the persona felt there and why, as research heard it "
                              "(unsure, impatient, relieved)",
                              pl=f"etap {quote_pl(stage.id)}: uczucie {quote_pl(stage.feeling.strip())} nie nazywa żadnej "
                                 "emocji; napisz, co persona tam czuła i dlaczego, tak jak usłyszeliście to w badaniach "
                                 "(niepewność, zniecierpliwienie, ulga)" if self.polish else None)


#: Verbs of an opportunity that says a wish, not a change: improve, review, optimise (any form).
_WISH_VERBS = frozenset(_words(
    "poprawić poprawic poprawa poprawienie ulepszyć ulepszyc ulepszenie usprawnić usprawnic usprawnienie "
    "zoptymalizować zoptymalizowac optymalizować optymalizowac optymalizacja zwiększyć zwiekszyc zwiększenie "
    "podnieść podniesc podniesienie przeanalizować przeanalizowac analiza przejrzeć przejrzec przegląd przeglad "
    "zweryfikować zweryfikowac weryfikacja rozważyć rozwazyc zbadać zbadac zadbać zadbac dbać dbac pracować pracowac "
    "popracować popracowac wzmocnić wzmocnic rozwinąć rozwinac rozwijać rozwijac uprościć uproscic uproszczenie "
    "naprawić naprawic "
    # Watching is no change either: "Monitorować opinie klientów", "Track satisfaction".
    "monitorować monitorowac monitoruj monitoring śledzić sledzic śledź sledz monitor track tracking "
    # and the nouns of those verbs: "Monitorowanie satysfakcji klientów", "Śledzenie opinii".
    "monitorowanie śledzenie sledzenie zbadanie przeanalizowanie przejrzenie zweryfikowanie rozważenie "
    "rozwazenie dbanie zadbanie wzmocnienie rozwijanie rozwinięcie rozwiniecie "
    "popraw ulepsz usprawnij zoptymalizuj optymalizuj przeanalizuj przejrzyj zweryfikuj rozważ rozwaz zbadaj "
    "popracuj wzmocnij rozwiń rozwin uprość uprosc napraw "
    # Fitting or personalising what is not named, and delighting: "Spersonalizować komunikację", "Lepiej
    # dopasować ofertę do klienta", "Personalise the offer", "Delight customers".
    "spersonalizować spersonalizowac personalizować personalizowac personalizacja personalizację personalizacje "
    "dopasować dopasowac dostosować dostosowac zachwycić zachwycic "
    "personalise personalize personalising personalizing personalisation personalization tailor adapt delight "
    "delighting wow "
    "improve improving improvement enhance enhancing optimise optimize optimising optimizing optimisation "
    "optimization review reviewing revisit reconsider rethink analyse analyze look work streamline boost increase "
    "raise better fix simplify address strengthen develop assess evaluate check explore "
    "lepiej lepszy lepsza lepsze lepszą ułatwić ulatwic ułatw ulatw"
))
#: Verbs that shorten, speed up or reduce: a wish only when what they act on is a time, a wait or a
#: speed said in general ("Skrócić termin wydania decyzji", "Reduce waiting times", "Ograniczyć czas
#: oczekiwania"; not "Skrócić termin wydania dowodu z 30 do 14 dni", nor "Reduce returns", "Shorten the
#: form", "Obniżyć ceny": what is cut is named, and a cut of it is decided).
_SHORTEN_VERBS = frozenset(_words(
    "skrócić skrocic skróć skroc skrócenie skrocenie przyspieszyć przyspieszyc przyspiesz przyspieszenie "
    "zmniejszyć zmniejszyc zmniejsz zmniejszenie ograniczyć ograniczyc ogranicz ograniczenie obniżyć obnizyc "
    "obniż obniz obniżenie obnizenie "
    "shorten speed reduce lower cut decrease"
))
#: Friction said in general is cut as a wait is: "Reduce friction", "Zmniejszyć tarcie".
#: A time, a wait or a speed said in general: what a verb of _SHORTEN_VERBS must act on to be a wish.
#: "Speed" and "szybkość" are nouns too: "Improve checkout speed" wishes as "Improve checkout" does.
_MEASURES = frozenset(_words(
    "czas czasu termin terminu terminy oczekiwania czekania szybkość szybkosc szybkości szybkosci "
    "time times waiting wait turnaround speed friction tarcie tarcia"
))
#: Verbs that bring something in, and the comparatives that make a wish of it: "Wdrożyć lepszą
#: komunikację", "Ensure better communication", "Make it easier to pay".
_BRING_VERBS = frozenset(_words(
    "wdrożyć wdrozyc wdrożenie wdrozenie zapewnić zapewnic zapewnienie wprowadzić wprowadzic stworzyć stworzyc "
    "zbudować zbudowac zrobić zrobic implement provide ensure create build introduce deliver offer make"
))
#: What a verb of _BRING_VERBS brings in that names no how: a buzzword, or changes with nothing said of
#: them ("Wdrożyć omnichannel", "Implement omnichannel", "Wprowadzić zmiany w procesie", "Introduce changes").
_BUZZWORDS = frozenset(_words(
    "omnichannel omnichannelowy omnichannelowe omnichannelową omnichannelowa omnikanałowość omnikanalowosc "
    "personalizację personalizacje personalizacja personalizacji hiperpersonalizację hiperpersonalizacje "
    "zmiany zmian zmianę zmiane usprawnienia usprawnień usprawnien ulepszenia ulepszeń ulepszen "
    "personalisation personalization hyper-personalisation changes improvements enhancements"
))
_BETTER = frozenset(_words(
    "lepszy lepsza lepsze lepszą lepszej lepszego lepszych lepiej łatwiejszy łatwiejsza łatwiejsze łatwiejszą "
    "prostszy prostsza prostsze prostszą sprawniejszy sprawniejszą sprawniejsze szybszy szybszą szybsze "
    "better improved easier simpler smoother clearer faster nicer it this things everything a an the"
))
#: Comparatives after what they are of, and the words between them: "Make checkout better and faster".
_BETTER_AFTER = frozenset(_words(
    "better easier simpler smoother clearer faster nicer quicker lepszy lepsza lepsze lepszą lepszym lepszymi "
    "łatwiejszy łatwiejszym prostszy prostszym szybszy szybszym szybsza szybszą szybsze and i oraz"
))
_FASTER = frozenset(_words("faster quicker szybszy szybszym szybsza szybszą szybsze and i oraz"))
_REPAIR = frozenset(_words("fix naprawić naprawic napraw"))
#: Being more of something: "Be more customer-centric", "Być bardziej proaktywnym".
_BE = frozenset(_words("be become stay być byc stać stac"))
_MORE = frozenset(_words("more bardziej"))
_NO_BETTER = frozenset(_words("it this things everything a an the"))
#: Where a wish is made, or for whom, when that is all it says: a process, stage or channel named by
#: its usual name, the app, a customer group ("Poprawić proces zwrotów", "Zoptymalizować koszyk",
#: "Improve checkout", "Better communication with drivers"). Where alone says no how.
_WISH_PLACES = frozenset(_words(
    "zwrot zwroty zwrotu zwrotów zwrotow reklamacji reklamacje reklamacja dostawy dostawę dostawe dostawa "
    "płatności platnosci płatność platnosc rejestracji rejestrację rejestracje rejestracja logowania logowanie "
    "zamówienia zamowienia zamówień zamowien zamawiania koszyk koszyka koszyku kasy kasie onboarding onboardingu "
    "wdrożenia wdrozenia mobilnej mobilną mobilna mobilnym mobilnego mobilnych wszystkich wszystkie wszystkim "
    "etapach etapy etapów etapow etapie kanałach kanałów kanalow kanały kanaly infolinii infolinia użytkowników "
    "uzytkownikow użytkownika uzytkownika użytkownicy kierowców kierowcow pacjentów pacjentow zmiany zmian "
    "komunikować komunikowac informować informowac płacić placic zapłacić zaplacic kupić kupic zamówić zamowic "
    "checkout returns return refunds refund delivery shipping payment payments registration signup sign-up login "
    "ordering orders order cart basket purchase purchasing onboarding approval approvals billing invoicing "
    "mobile desktop all across every stages steps channels users user drivers managers finance members clients "
    "patients staff teams changes pay buy use find "
    # A public service's forms, applications and counters ("Uprościć formularz wniosku", "Improve the
    # application form"), and whom it serves ("Usprawnić obsługę mieszkańców", "Improve the citizen experience").
    "formularz formularza formularzu formularze formularzy wniosek wniosku wnioski wniosków wnioskow wnioskach "
    "okienko okienka okienku okienkach e-usługi e-uslugi e-usług e-uslug "
    "wnioskodawca wnioskodawcy wnioskodawców wnioskodawcow wnioskodawcom wnioskodawcami wnioskodawcę wnioskodawce "
    "mieszkaniec mieszkańca mieszkanca mieszkańcy mieszkancy mieszkańców mieszkancow mieszkańcom mieszkancom "
    "mieszkańcami mieszkancami obywatel obywatela obywatele obywateli obywatelom obywatelami obywatelem "
    "interesant interesanta interesanci interesantów interesantow interesantom interesantami "
    "petent petenta petenci petentów petentow petentom petentami "
    "form forms application applications counter counters citizen citizens citizen's resident residents "
    "resident's applicant applicants applicant's claimant claimants claimant's taxpayers public "
    # A bank's or an insurer's services ("Usprawnić wypłatę", "Improve the valuation"), as "zwroty" are a shop's.
    "wypłata wypłatę wypłaty wypłacie wypłatą wypłat wyplata wyplate wyplaty wyplacie "
    "wycena wycenę wyceny wycenie wyceną wycen wycene payout payouts valuation valuations disbursement"
))
#: What such a wish is about when it names nothing in particular, and the small words around it.
_WISH_OBJECTS = frozenset(_words(
    "doświadczenie doświadczenia doświadczeń doswiadczenie doswiadczenia klienta klientów klientow klienci klient "
    "klientami klientom klientem komunikacją procesem obsługą ofertą stroną aplikacją "
    "klientki komunikację komunikacje komunikacja komunikacji proces procesy procesu procesów procesow obsługę "
    "obsluge obsługa obsluga obsługi obslugi ofertę oferte oferta oferty ceny cen cennik cennika ux ui cx stronę "
    "strone strona strony aplikację aplikacje aplikacja aplikacji portal portalu portalem portale portali satysfakcję satysfakcje satysfakcja satysfakcji "
    "zadowolenie zadowolenia jakość jakosc jakości jakosci nps konwersję konwersje konwersja konwersji sprzedaż "
    "sprzedaz sprzedaży sprzedazy zaangażowanie zaangazowanie zaangażowania lojalność lojalnosc lojalności wizerunek "
    "wizerunku marki marka relacje relacji kontakt kontaktu ścieżkę sciezke ścieżka ścieżki zakupową zakupowa "
    "zakupowej zakupowy zakupowego zakupowym stronie procesie cała całą cały całego całej ogólną ogólny ogólnie "
    "wszystko rzeczy sytuację sytuacje działania opinie opinii opinię opinia świadomość swiadomosc świadomości "
    "swiadomosci zorientowany zorientowana zorientowanym zorientowaną zorientowani nastawiony nastawionym "
    "działań komunikaty informacje informacji flow etap etapu tego to ten ta tej "
    "i oraz w we z na do o nad pod dla lepiej lepszy lepszą lepsze bardziej "
    "customer customers customer's experience experiences communication communications process processes service "
    "services support offer offering offers pricing price prices website site web app portal portals satisfaction quality "
    "conversion conversions sales engagement loyalty brand image relationship relationships contact journey "
    "touchpoint touchpoints messaging information info things everything situation it this stage step overall "
    "awareness feedback centric centricity focused oriented care "
    "general the a an of our and for with to in on into at up "
    # The public sector's words of the same: the office, the procedure, the case, the service, digital
    # accessibility ("Przeanalizować procedurę", "Poprawić obsługę w urzędzie", "Review the procedure").
    "urząd urzad urzędu urzedu urzędzie urzedzie urzędem urzedem urzędy urzedy urzędów urzedow "
    "procedura procedurę procedure procedury procedur procedurą procedurze procedurach "
    "sprawa sprawy spraw sprawę sprawe sprawą sprawie sprawach usługa usluga usługi uslugi usług uslug usługę "
    "usluge usługą uslugą dostępność dostepnosc dostępności dostepnosci cyfrowa cyfrową cyfrowej cyfrowe "
    "procedures council council's accessibility digital "
    # What is shortened or sped up, said in general: the time, the wait, the decision.
    "czas czasu termin terminu terminy oczekiwania czekania wydania wydawania decyzji decyzja decyzje decyzję "
    "time times waiting wait decision decisions processing turnaround"
))
#: Verbs that move a price, and the words of prices: "Raise prices", "Podnieść ceny" is a decided
#: change of the price, not a wish for better.
_PRICE_MOVES = frozenset(_words(
    "podnieść podniesc zwiększyć zwiekszyc obniżyć obnizyc obniż obniz obniżenie obnizenie "
    "zmniejszyć zmniejszyc raise increase reduce lower cut decrease"
))
_PRICES = frozenset(_words("ceny cen cennik cennika price prices pricing the our"))
#: Verbs of gathering: a wish when what is gathered is feedback said in general ("Collect feedback",
#: "Zbierać opinie klientów"; not "Collect payment at delivery", which names what is collected, nor
#: "Zbierać opinie po dostawie SMS-em z linkiem do ankiety", which says when and how).
_GATHER_VERBS = frozenset(_words(
    "zbierać zbierac zbieraj zebrać zebrac zbierz zbieranie zebranie pozyskiwać pozyskiwac pozyskać pozyskac "
    "pozyskiwanie pozyskanie collect collecting gather gathering get getting"
))
_FEEDBACK = frozenset(_words(
    "feedback feedbacku feedbackiem opinie opinii opinię opinia opinion opinions uwagi uwag insights insight głos glos "
    "voice"
))
#: What feedback is gathered from or about, said in general ("Collect more feedback from customers",
#: "Zbierać więcej opinii od klientów").
_GATHER_SMALL = frozenset(_words("from od more więcej wiecej regular regularly regularnie stale"))
#: Verbs of building or spreading awareness: a wish when awareness is all that follows ("Budować
#: świadomość marki", "Build brand awareness"; not "Build brand awareness among parents in Kraków with
#: a 6-week Instagram campaign").
_AWARE_VERBS = frozenset(_words(
    "budować budowac buduj budowanie zbudować zbudowac zbuduj zbudowanie zwiększać zwiekszac zwiększanie "
    "zwiekszanie podnosić podnosic podnoszenie szerzyć szerzyc wzmacniać wzmacniac "
    "build building grow growing raise raising increase increasing spread drive boost"
))
_AWARENESS = frozenset(_words(
    "świadomość swiadomosc świadomości swiadomosci rozpoznawalność rozpoznawalnosc rozpoznawalności "
    "rozpoznawalnosci awareness recognition visibility widoczność widocznosc widoczności widocznosci"
))
#: Being near the customer or of a stance toward them ("Być bliżej klienta", "Stay close to customers",
#: "Stay customer-oriented", "Be customer-centric"): a wish when nothing else follows; "Be closer to
#: customers in the Gdańsk showroom on Saturdays" says where and when.
_CLOSER = frozenset(_words("bliżej blizej blisko closer close near nearer"))
_STANCE = frozenset(_words(
    "zorientowany zorientowana zorientowanym zorientowaną zorientowani nastawiony nastawiona nastawionym "
    "nastawioną nastawieni centric centred centered focused oriented orientated first obsessed"
))
#: A process, a journey or an experience by its usual word, whose name beside it says which one and no
#: more: after it in Polish ("proces likwidacji szkód", "obsługę zgłoszeń", "procesu zakupu"), before
#: it in English ("the claims process", "the online quote experience", "claims handling") or after
#: "of" ("the process of reporting a claim").  Naming the process is not naming the change:
#: "Usprawnić proces likwidacji szkód" wishes as "Usprawnić proces" does.
_PROCESS_HEADS = frozenset(_words(
    "proces procesu procesie procesem procesy procesów procesow procesach ścieżka ścieżkę ścieżki ścieżce "
    "sciezka sciezke sciezki sciezce obsługa obsługę obsługi obsluga obsluge obslugi doświadczenie "
    "doświadczenia doswiadczenie doswiadczenia etap etapu etapie "
    "process processes experience experiences journey journeys flow flows procedure procedures handling "
    # The goals a wish names, whose object beside them says of what or with whom and no more: "Zwiększyć
    # dostępność doradców", "Improve broker communication", "Zwiększyć satysfakcję klientów z wyceny".
    "communication communications satisfaction availability contact relationship relationships cooperation "
    "collaboration "
    # A bank's or an insurer's services by their usual names: "Usprawnić wypłatę kredytu", "Improve the
    # mortgage valuation", as "proces likwidacji szkód" is a claims department's.
    "payout payouts valuation valuations disbursement underwriting "
    # A screen's or a product's usability by its jargon, whose name beside it says which screen and no more:
    # "Poprawić UX konfiguratora", "Improve the configurator UX", "Improve the UX of the configurator", as
    # "Improve the checkout UX" is (naming the screen makes the wish look concrete, not a change).
    "ux ui cx usability użyteczność uzytecznosc użyteczności uzytecznosci"
)) | frozenset(_words(
    "komunikacja komunikację komunikacje komunikacji komunikacją satysfakcja satysfakcję "
    "satysfakcje satysfakcji satysfakcją zadowolenie zadowolenia zadowoleniem dostępność dostepnosc dostępności "
    "dostepnosci dostępnością kontakt kontaktu kontakcie kontaktem kontakty relacje relacji relacjach "
    "współpraca współpracę współpracy wspolpraca wspolprace wspolpracy"
)) | frozenset(_words(
    "wypłata wypłatę wypłaty wypłacie wypłatą wypłat wyplata wyplate wyplaty wyplacie "
    "wycena wycenę wyceny wycenie wyceną wycen wycene likwidacja likwidację likwidacji likwidacją likwidacje"
))
#: Of them, the Polish goals, which take their object after them only ("dostępność doradców"): a word
#: before one is the change's own ("Uprościć język komunikacji").
_GOAL_HEADS_PL = frozenset(_words(
    "komunikacja komunikację komunikacje komunikacji komunikacją satysfakcja satysfakcję satysfakcje satysfakcji "
    "satysfakcją zadowolenie zadowolenia zadowoleniem dostępność dostepnosc dostępności dostepnosci dostępnością "
    "kontakt kontaktu kontakcie kontaktem kontakty relacje relacji relacjach współpraca współpracę współpracy "
    "wspolpraca wspolprace wspolpracy"
))
#: Goals whose object follows "z", "ze" or "with": satisfaction with what ("Zwiększyć satysfakcję klientów
#: z wyceny", "Increase satisfaction with the valuation"), which says of what, never how.
_SATISFIED = frozenset(_words(
    "satysfakcja satysfakcję satysfakcje satysfakcji satysfakcją zadowolenie zadowolenia zadowoleniem satisfaction"
))
#: Goals with someone ("Poprawić komunikację z pośrednikami kredytowymi", "Poprawić współpracę z
#: deweloperami", "Improve communication with mortgage brokers"): :func:`_with_whom` tells whom from a tool.
_WITH_WHOM = frozenset(_words(
    "komunikacja komunikację komunikacje komunikacji komunikacją kontakt kontaktu kontakcie kontaktem kontakty "
    "relacje relacji relacjach współpraca współpracę współpracy wspolpraca wspolprace wspolpracy "
    "communication communications contact relationship relationships cooperation collaboration"
))
_WITH = frozenset(_words("z ze with"))
#: What communication or contact is about ("Poprawić komunikację z pośrednikami o statusie wniosku",
#: "Improve communication with brokers about claim status"): of what, as satisfaction "z wyceny" is, never
#: how; "odnośnie do" and "w sprawie" are read as one word.
_ABOUT = frozenset(_words(
    "o dotyczącą dotycząca dotyczące dotyczący dotyczacą dotyczaca dotyczace dotyczacy nt odnośnie odnosnie ws "
    "about regarding concerning re"
))
#: Of them, the English nouns, which as a head stand after what they are of ("broker communication",
#: "advisor availability", "mortgage valuation"): a word after one is of something else, whose head
#: it is not ("contact form validation", "payout notifications", "relationship manager onboarding"),
#: but after "of" or "with" ("communication of price changes", "communication with brokers").
_GOAL_HEADS_EN = frozenset(_words(
    "communication communications satisfaction availability contact relationship relationships cooperation "
    "collaboration payout payouts valuation valuations disbursement underwriting"
))
_OF_WITH = frozenset(_words("of with"))
#: Whom a business serves or works through, and its sites, by the openings of their words (lower case, with
#: and without Polish letters): an intermediary, an advisor, an agent, staff, a branch ("Poprawić komunikację
#: z pośrednikami", "Poprawić obsługę klienta w oddziale", "Improve communication with brokers"). Like a
#: customer group, they say for whom or where a wish is made, not how.
_PARTIES = _words(
    "pośrednik pośrednic posrednik posrednic doradc agent broker partner konsultant przedstawiciel handlowc "
    "handlowiec sprzedawc dystrybutor dealer diler kurier dostawc przewoźnik przewoznik pracownik pracownic "
    "personel kasjer opiekun rzeczoznawc likwidator kredytobiorc pożyczkobiorc pozyczkobiorc "
    "oddział oddzial placówk placowk salon sklep "
    "intermediar advis consultant representative reseller distributor supplier courier employee appraiser valuer "
    "underwriter officer"
)
#: Of them, whole words only (their openings begin other words: "filiżanka", "biurokracja", "shopping").
_PARTY_WORDS = frozenset(_words(
    "filia filii filie filią filiach biuro biura biurze biurach biur reps "
    "branch branches office offices store stores shop shops showroom showrooms outlet outlets"
))


def _with_whom(words: list[str], at: int) -> bool:
    """Whether the words from ``at`` on, after "z", "ze" or "with" beside a goal of :data:`_WITH_WHOM`, up to
    a word of :data:`_NAME_STOP`, name whom: one of :data:`_PARTIES`, or in Polish a plural that is
    no verb's noun ("z pośrednikami kredytowymi", "z deweloperami"; not "z automatycznymi przypomnieniami",
    "with a weekly status email": a tool, the change's own)."""
    whom = False
    for w in words[at:at + _NAME_WORDS]:
        if w in _NAME_STOP or w in _CHANNELS or w.endswith(("niami", "ciami")):
            break
        whom = whom or _party(w) or w.endswith("ami") or w in _CUSTOMERS_EN
    return whom


#: The customers a goal with someone may be with in English ("Improve communication with customers about
#: claim status"), as "z klientami" is in Polish: whom, not how.
_CUSTOMERS_EN = frozenset(_words("customer customers client clients user users"))


def _party(word: str) -> bool:
    """Whether ``word`` (lower case) names whom a business serves or works through, or one of its sites
    (:data:`_PARTIES`, :data:`_PARTY_WORDS`)."""
    return word in _PARTY_WORDS or word.startswith(_PARTIES)
#: The words a process's name stops at: what follows them says how, where or with what ("przez SMS",
#: "by adding an SMS", "w aplikacji", "z 14 do 6 pól"), and is read as the rest of the action is.
_NAME_STOP = frozenset(_words(
    "w we z ze na do o od dla przez poprzez po i oraz lub albo nad pod u za przy aby żeby zeby by dzięki "
    "dzieki bez jako tak żeby "
    "in on at for with by via using through to from into and or so as than then while when "
    # what it is about, as "o" is ("Poprawić komunikację z pośrednikami dotyczącą statusu wniosku",
    # "Improve communication with brokers about application status")
    "dotyczącą dotycząca dotyczące dotyczący dotyczacą dotyczaca dotyczace dotyczacy nt odnośnie odnosnie ws "
    "about regarding concerning "
    # and when, as "po" is ("Poprawić kontakt z agentem po szkodzie", "Improve contact with the agent after
    # a claim")
    "przed podczas after before during"
))
_NAME_BREAK = re.compile(r"[:;,(\[–—]|\s-\s")
#: Channels and tools a change is made with, by their usual names in either language: after a process's
#: name they say how it changes ("Usprawnić proces likwidacji szkód SMS", "… chatbotem", "… telefonicznie"),
#: and end the name.  Only the forms that say "with" or "by" (the instrumental, an adverb, an abbreviation
#: that is not declined): a genitive is a word of the name ("proces wysyłki powiadomień", "obsługa czatu",
#: "proces obsługi newslettera"), and so is any channel before an English head ("the SMS claims process",
#: "the push notification process"), as "the online quote experience" is.  The app, the website, a form or
#: the hotline are not among them: they are where a wish is made ("Usprawnić proces likwidacji szkód w
#: aplikacji", "Improve the app"), as the lists above have them.
_CHANNELS = frozenset(_words(
    "sms smsem mms e-mail email emailem mailem mailowo chatbot chatbotem czatem chat push pushem "
    "powiadomieniem powiadomieniami whatsapp whatsappem messenger messengerem telefonem telefonicznie "
    "wideorozmową wideorozmowa qr blik blikiem ivr newsletterem "
    "texts texting chatbots livechat webchat videocall callback "
    # a bank's and an insurer's ways of paying out and valuing ("Usprawnić wypłatę odszkodowania przelewem
    # natychmiastowym", "Usprawnić wycenę nieruchomości operatem online")
    "przelewem operatem kurierem listem pocztą poczta podpisem kodem linkiem"
))
#: At most this many words of a process's name that name nothing else the rule knows: a longer tail
#: is more likely the change itself.
_NAME_WORDS = 3


def _process_names(words: list[str]) -> frozenset[str]:
    """The words of ``words`` (an action's, lower case) that only name which process, journey or
    experience it is about (:data:`_PROCESS_HEADS`): beside the head, up to a word of
    :data:`_NAME_STOP`, a number or another head, the words the rule does not know already, when
    they are no more than :data:`_NAME_WORDS`."""
    named: set[str] = set()
    for h in range(1, len(words)):
        head = words[h]
        if head not in _PROCESS_HEADS:
            continue
        after = h + 1
        if after < len(words) and words[after] == "of":
            after += 1
        if head in _GOAL_HEADS_PL:
            runs: tuple[range, ...] = (range(after, len(words)),)
        elif head in _GOAL_HEADS_EN and words[h + 1:h + 2] and words[h + 1] not in _OF_WITH and not (
                head in _WITH_WHOM and words[h + 1] in _ABOUT):
            runs = (range(h - 1, 0, -1),)  # "contact form validation": "contact" is no head of "validation"
        else:
            runs = (range(after, len(words)), range(h - 1, 0, -1))
        for run in runs:
            found = []
            small: list[str] = []
            crossed = False
            about = -1
            for k in run:
                w = words[k]
                if not crossed and k > h and w in _WITH and k + 1 < len(words) and (
                        head in _SATISFIED or (head in _WITH_WHOM and _with_whom(words, k + 1))):
                    crossed = True  # "satysfakcję klientów z wyceny", "komunikację z pośrednikami kredytowymi"
                    continue
                if about < 0 and k > h and head in _WITH_WHOM and k + 1 < len(words) and (
                        w in _ABOUT or (w == "w" and words[k + 1] == "sprawie")):
                    about = k  # "komunikację z pośrednikami o statusie wniosku": of what, not how
                    small.append(w)
                    continue
                if about == k - 1 and w in ("do", "sprawie"):
                    small.append(w)
                    continue  # "odnośnie do statusu", "w sprawie statusu"
                if (w in _NAME_STOP or (w in _PROCESS_HEADS and about < 0) or any(c.isdigit() for c in w)
                        or (w in _CHANNELS and k > h)
                        # a tool in the instrumental plural ("Usprawnić wycenę szkód zdjęciami z aplikacji"),
                        # as a channel is; whom, after "z", was crossed above
                        or (k > h and not crossed and w.endswith("ami") and not _party(w)
                            and w not in _WISH_OBJECTS and w not in _WISH_PLACES)):
                    break  # what follows a channel ("SMS z numerem szkody") is read as the rest of the action
                if w not in _WISH_OBJECTS and w not in _WISH_PLACES and not _party(w):
                    found.append(w)
            if len(found) <= _NAME_WORDS:
                named.update(found)
                named.update(small)  # "about" of a topic named, or one that is a head itself ("regarding valuation")
                if found and head not in _WISH_OBJECTS:
                    named.add(head)  # "claims handling": the head is a word of nothing in particular too
    return frozenset(named)


#: A word of an action: letters or digits (a number makes it a change: "Improve the app 2", "Poprawić
#: UX w 2027"), an apostrophe inside ("customer's"), a hyphen between two ("customer-experience" is
#: two words of nothing in particular). Not _WORD, which would make those two wishes and this one a change.
_ACTION_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@lru_cache(maxsize=_REMEMBERED)
def _wish(action: str, extra: frozenset[str] = frozenset(), allowed: frozenset[str] = frozenset()) -> bool:
    """Whether an opportunity's ``action`` only wishes for better ("Poprawić doświadczenie klienta",
    "Improve communication", "Review pricing"): a verb of improving or reviewing, and after it only
    words that name nothing in particular. Any other word, a name or a number, makes it a change.
    ``extra`` are more words of nothing in particular (the rule's `extend`), ``allowed`` words that
    are a change's own even though the lists hold them (its `allow`); both lower case."""
    first = _ACTION_WORD.search(action)
    if first is None:
        return False
    opening = first.group().lower().replace("’", "'")
    if opening == "take" and action[first.end():first.end() + 6].lower() == " care ":
        opening = "improve"  # "Take care of the customer", as "Zadbać o klienta"
    if (opening not in _WISH_VERBS and opening not in _BRING_VERBS and opening not in _SHORTEN_VERBS
            and opening not in _BE and opening not in _GATHER_VERBS and opening not in _AWARE_VERBS):
        return False  # most actions: a verb of a change ("Dodać", "Show") or a noun
    if opening in allowed:
        return False  # the rule's `allow` names the verb: "Speed up refunds" with allow = ["speed"]
    words = [w.lower().replace("’", "'") for w in _ACTION_WORD.findall(action[:200])]
    if len(words) > 10:
        return False
    if opening == "improve" and words[0] == "take":
        words = ["improve"] + words[2:]
    if opening not in _REPAIR and not _PROCESS_HEADS.isdisjoint(words):
        # "Usprawnić proces likwidacji szkód", "Streamline the claims process": which process is no how.
        # A repair names what is broken ("Naprawić proces zgłaszania szkody" is as "Fix checkout").
        # Which process is said before any break: after a colon, a dash or a comma the author says what
        # ("Poprawić proces zwrotów: etykieta zwrotna", "Usprawnić proces likwidacji szkód, wysyłając SMS").
        head = _NAME_BREAK.split(action[:200], 1)[0]
        named = _process_names([w.lower().replace("’", "'") for w in _ACTION_WORD.findall(head)]) - allowed
        if named:
            extra = extra | named
    if opening in _GATHER_VERBS or opening in _AWARE_VERBS:
        said = _gathered(words[1:], extra, allowed)
        if said is not None:
            return said
        if opening not in _WISH_VERBS and opening not in _BRING_VERBS:
            return False  # "Collect payment at delivery", "Zbierać płatności": what is gathered is named
    if opening in _BE:
        # "Be more customer-centric", "Być bardziej proaktywnym": a wish when "more" follows
        # ("Stać się" may stand between) and then one word, a quality, or words naming nothing in
        # particular; "Be more open about delivery costs at checkout" says where.
        rest = words[2:] if len(words) > 1 and words[1] in ("się", "sie") else words[1:]
        if rest and rest[0] not in _MORE and (rest[0] in _CLOSER or any(w in _STANCE for w in rest)):
            # "Być bliżej klienta", "Stay customer-oriented": only words of nothing in particular follow.
            return all((w in _CLOSER or w in _STANCE or w in _WISH_OBJECTS or w in extra) and w not in allowed
                       for w in rest)
        if not rest or rest[0] not in _MORE:
            return False
        if len(rest) == 2 and not rest[1].isdigit():
            return True
        words = words[:1] + rest[1:]
    if opening in _BRING_VERBS:
        # "Wdrożyć lepszą komunikację", "Make it easier to pay": a wish when a comparative follows
        rest = words[1:]
        while rest and rest[0] in _BETTER:
            rest.pop(0)
        if not set(words[1:len(words) - len(rest)]) - _NO_BETTER:
            said = [w for w in rest if w in _BUZZWORDS or (w not in _WISH_OBJECTS and w not in _WISH_PLACES
                                                            and w not in extra)]
            if said and all(w in _BUZZWORDS and w not in allowed for w in said):
                return True  # "Wdrożyć omnichannel", "Wprowadzić zmiany w procesie"
            after = len(rest)
            while rest and rest[-1] in _BETTER_AFTER:
                rest.pop()  # "Make checkout better and faster": the comparative after what it is of
            # The comparatives just cut off the end ("faster", not "the" of "Make the app faster").
            if not rest or all(w in _FASTER for w in words[len(words) - after + len(rest):]):
                # "Wdrożyć BLIK", "Make it 3 steps": no comparative; "Make delivery faster" names what
                # is sped up, as "Przyspieszyć dostawę" does.
                return False
        words = words[:1] + rest
    if words[0] in _PRICE_MOVES and len(words) > 1 and all(w in _PRICES for w in words[1:]):
        return False
    if words[0] in _SHORTEN_VERBS and not any(w in _MEASURES for w in words[1:]):
        # "Reduce returns", "Shorten the form", "Przyspieszyć dostawę": what is cut is named. Alone
        # ("Speed up", "Reduce"), with nothing but small words after it, it names nothing: a wish.
        return all(w in _NO_BETTER or w == "up" for w in words[1:])
    # A repair names what is broken: "Fix checkout" is a change, "Improve checkout" a wish.
    places = frozenset() if words[0] in _REPAIR else _WISH_PLACES
    return all((w in _WISH_VERBS or w in _SHORTEN_VERBS or w in _MEASURES or w in _WISH_OBJECTS or w in places
                or w in extra or (bool(places) and _party(w))) and w not in allowed
               for w in words[1:])


def _gathered(rest: list[str], extra: frozenset[str], allowed: frozenset[str]) -> bool | None:
    """Whether feedback gathered or awareness built, the words ``rest`` after the verb, is all an
    action says ("Collect feedback", "Zbierać opinie klientów", "Budować świadomość marki", "Raise
    awareness"), or None when they name neither (the verb is then read as any other)."""
    if any(w in _FEEDBACK for w in rest):
        kind = _FEEDBACK
    elif any(w in _AWARENESS for w in rest):
        kind = _AWARENESS
    else:
        return None
    return all((w in kind or w in _GATHER_SMALL or w in _WISH_OBJECTS or w in _WISH_PLACES or w in extra or _party(w))
               and w not in allowed for w in rest)


def _one_word(value: str) -> str:
    if len(value.split()) != 1:
        raise OptionValueError(f"{toml_brief(value)} is not one word; list each word on its own",
                               f"{toml_brief(value)} to więcej niż jedno słowo; wpisz każde słowo osobno")
    return value


def _word_set(words: list[str]) -> frozenset[str]:
    """Option words as _wish reads them: lower case, the typographic apostrophe as "'"."""
    return frozenset(w.strip().lower().replace("’", "'") for w in words)


class VagueActionOptions(RuleOptions):
    extend: list[Annotated[NonBlank, AfterValidator(_one_word)]] = Field(
        default_factory=list,
        description="More words that name nothing in particular after a verb of improving or reviewing (whom "
                    'you serve, a process, a place), one word each, every form you write (e.g. ["pacjentów", '
                    '"pacjentami", "patients"]).',
    )
    allow: list[Annotated[NonBlank, AfterValidator(_one_word)]] = Field(
        default_factory=list,
        description="Words that make an action a change even though cxkit counts them as naming nothing in "
                    "particular, or a verb it counts as a wish where the action opens with it, one word each "
                    '(e.g. ["onboarding"] where that is one page of yours, ["speed"] for "Speed up …").',
    )


@register
class VagueOpportunity(Rule):
    """An opportunity whose `action` wishes for better instead of naming a change.

    Reported at the action when it is a verb of improving or reviewing
    (poprawić, usprawnić, zoptymalizować, przeanalizować, improve, optimise,
    review, work on) followed only by words that name nothing in particular:
    the customer experience, the process, communication, pricing, the
    website ("Poprawić doświadczenie klienta", "Usprawnić proces", "Improve
    communication", "Review pricing").  One word of its own, a name or a
    number makes it a change ("Poprawić opisy rozmiarów w karcie produktu",
    "Review pricing for 40+ seats").  Where alone is no how: a process,
    stage or channel by its usual name, the app, a customer group do not
    make it a change ("Poprawić proces zwrotów", "Zoptymalizować koszyk",
    "Improve checkout", "Improve the overall experience for finance
    managers", "Better communication with drivers"), except after a repair,
    which names what is broken ("Fix checkout").  Nor does naming which
    process, journey or experience it is, beside that word, up to three
    words of its name ("Usprawnić proces likwidacji szkód", "Zoptymalizować
    proces zgłaszania szkody", "Zwiększyć satysfakcję klientów z procesu
    zakupu", "Improve the claims experience", "Streamline the claims
    process", "Improve the online quote experience"): naming the process is
    not naming the change.  So is naming which screen's UX, UI or usability
    ("Poprawić UX konfiguratora", "Improve the configurator UX", "Improve
    the UX of the configurator", "Ulepszyć UX aplikacji"; not "Dodać podgląd
    tkaniny 3D w konfiguratorze").  What follows a colon, a dash or a comma, or a
    word that says how ("przez", "by", "with"), is read as the rest of the
    action is: "Usprawnić proces likwidacji szkód: SMS z numerem szkody po
    zgłoszeniu" and "Improve the claims process by sending an SMS with the
    claim number" are changes.  So is a channel or a tool named after the
    process's name, which says how it changes ("Usprawnić proces likwidacji
    szkód SMS", "… chatbotem", "… telefonicznie": SMS, e-mail, a chatbot or
    chat, push notifications, WhatsApp, a phone call, a QR code, BLIK, a
    newsletter, in a form that says "with" or "by"); a channel that is a
    word of the name is not ("Usprawnić proces wysyłki powiadomień",
    "Usprawnić proces obsługi czatu", "Improve the SMS claims process",
    "Improve the push notification process": which process, as "the
    online quote experience" is); the app, the website, a form or the hotline
    are where a wish is made, and do not make one a change ("Usprawnić proces
    likwidacji szkód w aplikacji", "Improve the app").  A public service's words
    count the same: whom it serves, its office, procedure, forms and
    applications ("Poprawić komunikację z wnioskodawcami", "Usprawnić
    obsługę mieszkańców", "Przeanalizować procedurę", "Uprościć formularz
    wniosku", "Improve the citizen experience", "Review the procedure").
    So do whom a business works through and its sites: intermediaries,
    advisors, agents, staff, a branch ("Poprawić komunikację z
    pośrednikami", "Poprawić obsługę klienta w oddziale", "Lepsza obsługa w
    oddziałach", "Improve communication with brokers"), and a bank's or an
    insurer's services by their usual names ("Usprawnić wypłatę kredytu",
    "Usprawnić likwidację szkód").  The goals a wish names are read as a
    process is, with what they are of beside them: communication,
    satisfaction, availability, contact, cooperation ("Zwiększyć dostępność
    doradców", "Improve broker communication"), satisfaction with anything
    ("Zwiększyć satysfakcję klientów z wyceny"), and communication,
    contact or cooperation with a group ("Poprawić komunikację z
    pośrednikami kredytowymi", "Improve communication with mortgage
    brokers"; not "Poprawić komunikację z automatycznymi przypomnieniami",
    "Improve communication with a weekly status email": a tool, the
    change's own).  What it is about ("o statusie wniosku", "dotyczącą
    statusu", "about claim status", "regarding valuation delays") and a tool
    after a service's name ("Usprawnić wycenę szkód zdjęciami z aplikacji")
    make a change, and an English goal or service word is the head only of
    the words before it ("broker communication", "mortgage valuation"; not
    "contact form validation", "payout notifications").
    Shortening, speeding up or reducing a time or a wait said in general,
    with nothing said of how or by how much, is a wish too ("Skrócić termin
    wydania decyzji", "Ograniczyć czas oczekiwania", "Reduce waiting times",
    "Speed up"; not "Skrócić termin wydania dowodu z 30 do 14 dni"); where
    they name what is cut, they are a change ("Reduce returns", "Przyspieszyć
    dostawę", "Shorten the form").  "Speed" and "szybkość" are measures
    like time: "Improve checkout speed" is a wish as "Improve checkout" is.  Bringing in something
    better is a wish too ("Wdrożyć lepszą komunikację", "Lepiej komunikować
    zmiany", "Make it easier to pay", "Ensure better communication",
    "Make checkout better and faster"; not "Wdrożyć BLIK", "Make the return
    label printable at home", "Make delivery faster"), and so is bringing in a
    buzzword or changes with nothing said of them ("Wdrożyć omnichannel",
    "Implement omnichannel", "Wprowadzić zmiany w procesie"), personalising,
    fitting or delighting with nothing named ("Spersonalizować komunikację",
    "Personalise the offer", "Lepiej dopasować ofertę do klienta", "Delight
    customers", "Take care of the customer"), and cutting friction said in
    general ("Reduce friction"; not "Reduce friction at checkout by removing
    the account step").
    Watching is no change either ("Monitorować opinie klientów", "Track
    satisfaction", "Raise awareness"; not "Monitor NPS weekly after the
    checkout change"), nor is being more of something ("Be more
    customer-centric", "Być bardziej proaktywnym"; not "Be more open about
    delivery costs at checkout").  Gathering feedback, building awareness
    and being close to the customer or of their side are wishes too when
    nothing else is said ("Collect feedback", "Zbierać opinie klientów",
    "Budować świadomość marki", "Build brand awareness", "Być bliżej
    klienta", "Stay customer-oriented"); saying where, when or how makes
    them a change ("Collect feedback in the checkout with a 1-question
    survey by Q2", "Zbierać opinie po dostawie SMS-em z linkiem do
    ankiety"), and gathering anything but feedback is one ("Collect payment
    at delivery").  Imperatives count as the infinitive ("Popraw doświadczenie klienta",
    "Usprawnij proces"), and so do the verbs' nouns ("Monitorowanie
    satysfakcji klientów", "Śledzenie opinii").  A price raised or cut is a decided change, not a
    wish ("Raise prices", "Podnieść ceny", "Reduce prices", "Lower the
    price", "Obniżyć ceny").  Add your own words of nothing in particular
    with `extend` (whom you serve: "podatników", "patients"), and make a
    listed word a change's own with `allow`, the opening verb too (allow
    "speed" and "Speed up" is a change); one word each, in any case.

    Why: the method closes each barrier with a plan — who fixes it, when
    and how. "Improve the experience" is the goal of every opportunity, so
    it says no how: nobody can start it, and nobody can tell when it is done.

    Bad:
        opportunities:
          - action: Poprawić doświadczenie klienta
            owner: Zespół e-commerce

    Good:
        opportunities:
          - action: Pokazać termin zwrotu pieniędzy (5 dni roboczych) na karcie produktu
            owner: Zespół e-commerce

    Bad (en):
        opportunities:
          - action: Improve the customer experience
            owner: Field operations team

    Good (en):
        opportunities:
          - action: Text the engineer's name and photo the evening before the visit
            owner: Field operations team
    """

    code = "CX410"
    name = "vague-action"
    reads_words = True
    severity = Severity.warning
    kinds = ("journey",)
    Options = VagueActionOptions
    _words: tuple[frozenset[str], frozenset[str]] | None = None

    def check(self, doc: Document) -> Iterable[Hit]:
        if self._words is None:
            self._words = (_word_set(self.options.extend), _word_set(self.options.allow))  # type: ignore[attr-defined]
        extra, allowed = self._words
        for i, stage in enumerate(doc.model.stages):  # type: ignore[union-attr]
            for j, opp in enumerate(stage.opportunities):
                if _wish(opp.action, extra, allowed):
                    # A time shortened or a wait cut may say by how much instead ("z 30 do 14 dni").
                    first = _ACTION_WORD.search(opp.action)
                    much = ", or by how much" if first and first.group().lower() in _SHORTEN_VERBS else ""
                    yield doc.hit(("stages", i, "opportunities", j, "action"),
                                  f"opportunity '{' '.join(opp.action.split())}' names a wish, not a change; "
                                  f"say what will change and where (a page, a message, a step){much}",
                                  pl=f"usprawnienie {quote_pl(' '.join(opp.action.split()))} wyraża życzenie, a nie zmianę; "
                                     "napisz, co się zmieni i gdzie (strona, komunikat, krok procesu)"
                                     f"{' albo o ile' if much else ''}" if self.polish else None)


_PURCHASE = (
    "purchase", "zakup", "checkout", "buy", "kupno", "platnosc", "płatność", "zamowienie", "zamówienie", "order",
    "transakcja", "transaction", "signup", "sign-up", "subscription", "subskrypcja", "kupuje",
    "payment", "pay", "kasa", "finalizacja", "finalisation", "finalization",
    # B2B and subscriptions: the contract or order form signed, the deal won, the PO raised, the
    # trial turned into a paid plan ("Contract signed", "Closed won", "Podpisanie umowy").
    "contract", "kontrakt", "umowa", "agreement", "order form", "purchase order", "procurement", "deal", "won", "closed-won",
    "conversion", "konwersja", "trial to paid", "upgrade to", "przejście na płatny", "przejście na plan",
    # The basket the purchase is made from ("Koszyk i kasa", "Cart and checkout").
    "koszyk", "cart", "basket",
    # Paying, named by a verb or its noun ("Płaci za abonament", "Opłacenie zamówienia", "Zapłata").
    "płaci za", "opłaca", "opłacenie", "zapłata", "zapłaci",
    # Buying out a policy or a leased car ("Wykupienie polisy", "Wykup samochodu z leasingu").
    "wykupienie", "wykup",
    # A sign-up's Polish twins: the account opened ("Rejestracja konta", "Założenie konta"), not a
    # registration alone ("Rejestracja", "Registration": a public service's outcome).
    "rejestracja konta", "założenie konta", "zakładanie konta",
    # A bank's sale: the account or deposit opened ("Otwarcie konta", "Założenie rachunku", "Account opening",
    # "Opening the account", "Account opened", "Konto otwarte"), as the contract signed is an insurer's.
    "otwarcie konta", "otwieranie konta", "otwarcie rachunku", "założenie rachunku", "zakładanie rachunku",
    "otwarcie lokaty", "założenie lokaty", "konto otwarte", "konto założone", "rachunek otwarty",
    "account opening", "open an account", "open the account", "open account", "open a bank account",
    # and of a kind ("Open a savings account", "Business account opening"; a Polish kind follows as a place does)
    "open a savings account", "open a business account", "open a current account", "open a checking account",
    "open a personal account", "open a joint account", "savings account opening", "business account opening",
    "current account opening",
    # A lender's sale: the loan drawn down, its money paid out ("Uruchomienie kredytu", "Wypłata środków", "Loan
    # drawdown", "Funds released"), as the account opened is a bank's; not an app started ("Uruchomienie
    # aplikacji"), nor "Release notes".
    "uruchomienie kredytu", "uruchomienie pożyczki", "uruchomienie środków", "kredyt uruchomiony",
    "wypłata środków", "wypłata kredytu", "wypłata pożyczki", "środki wypłacone",
    "loan drawdown", "mortgage drawdown", "funds released", "loan disbursement", "loan disbursed", "funds disbursed",
)
#: Of them, a loan drawn down, and the words that may follow it still at the drawdown: the old loan paid off
#: with it, as a mortgage moved from another bank is ("Uruchomienie kredytu i spłata starego banku").
_DRAWDOWN = frozenset(phrase_key(w) for w in (
    "uruchomienie kredytu", "uruchomienie pożyczki", "uruchomienie środków", "wypłata środków", "wypłata kredytu",
    "wypłata pożyczki", "loan drawdown", "mortgage drawdown",
))
_OLD_LOAN_REPAID = frozenset(phrase_key(w) for w in (
    "spłata", "spłacenie", "kredytu", "pożyczki", "banku", "repaying", "paying", "off", "loan", "mortgage", "lender",
))
#: Of those words, the ones that say the loan paid off is the old one (not "Loan drawdown and repayment": the first
#: instalment of the new loan, past the drawdown).
_OLD = frozenset(phrase_key(w) for w in ("starego", "poprzedniego", "dotychczasowego", "old", "previous"))
#: Of the drawdown phrases, those that name no loan: money paid out is a lender's sale only in a journey about a
#: loan.  A marketplace seller's journey ending at "Wypłata środków" (the seller's earnings paid out) has its
#: purchase, the sign-up, behind it: the payout is the service used, as the method's stages put use after purchase.
_PAID_OUT = tuple(phrase_key(w) for w in ("uruchomienie środków", "wypłata środków", "środki wypłacone",
                                          "funds released", "funds disbursed"))
#: Word starts that say a journey is about a loan ("Porównanie ofert kredytu", "Moving the mortgage").
_LOAN_STARTS = ("kredyt", "pożycz", "pozycz", "hipote", "refinans", "refinanc", "loan", "mortgage", "lender",
                "lending")
#: ... and whole words: "Credit decision", not "Funds credited to the seller's account".
_LOAN_WORDS = frozenset(("credit", "credits"))
#: Words that may follow a purchase word in a stage still at the purchase: where and how it is
#: paid ("Zakup online", "Zakup w promocji", "Checkout & payment", "Purchase in store"). Anything
#: else ("Zakup i dostawa", "Buy again", "Order history") may be past it: not the purchase.
_AT_PURCHASE = frozenset(phrase_key(w) for w in (
    "online", "internet", "internecie", "w", "we", "na", "przez", "z", "in", "at", "via", "on", "the", "a",
    "promocji", "promocja", "sklep", "sklepie", "stacjonarnie", "stacjonarny", "store", "shop", "app",
    "aplikacji", "aplikacja", "strona", "stronie", "website", "web", "i", "and", "payment", "pay",
    # How it is paid ("Zakup na raty", "Purchase with Klarna", "Pay at the till").
    "with", "by", "of", "lub", "or", "raty", "ratach", "kartą", "karta", "kartę", "gotówką", "gotówka", "przelew",
    "przelewem", "blik", "blikiem", "iem", "klarna", "paypal", "card", "cash", "credit", "debit", "instalments",
    "finance", "till", "counter", "kasie", "kasa",
    # Where a bank sells ("Otwarcie konta w oddziale", "Account opening in branch").
    "oddziale", "placówce", "banku", "branch", "bank",
    # The kind of account opened ("Otwarcie konta firmowego", "Założenie rachunku oszczędnościowego").
    "osobistego", "oszczędnościowego", "firmowego", "maklerskiego", "walutowego",
    # What is bought when it is one thing a journey is about ("Zakup biletu", "Purchase of tickets").
    "bilet", "biletu", "biletów", "ticket", "tickets", "abonament", "abonamentu", "plan", "polisy", "policy",
    "licence", "license", "licencji", "licencja", "form",
    # An insurer's: the insurance a contract is of ("Zawarcie umowy ubezpieczenia", "Umowa ubezpieczenia").
    "ubezpieczenia", "ubezpieczenie", "insurance",
    # The B2B moment itself ("Contract signed", "Umowa podpisana", "Deal closed", "Procurement and PO",
    # "Upgrade to the annual plan", "Przejście na płatną wersję").
    "signed", "signing", "signature", "podpisana", "podpisanie", "closed", "won", "placed", "issued", "po", "to",
    "zawarta", "zawarte", "zawarcie",
    "paid", "annual", "yearly", "monthly", "pro", "premium", "business", "enterprise",
    "płatny", "płatną", "płatnej", "wersję", "wersji", "roczny", "roczną", "miesięczny",
))
#: Verbs that make a purchase of the purchase word after them ("Signs the order form",
#: "Podpisanie umowy", "Złożenie zamówienia", "Closes the deal"), and the words that may come
#: between. Alone, or before anything else ("Sign in", "Closed lost"), they are no purchase.
_CLOSING = frozenset(phrase_key(w) for w in (
    "sign", "signs", "signing", "signed", "place", "places", "placing", "close", "closes", "closing", "closed",
    "podpisanie", "podpisuje", "podpisują", "podpisać", "złożenie", "składa", "składają", "zamknięcie",
    # Concluding a contract, the Polish legal word for it ("Zawarcie umowy", "Zawiera umowę").
    "zawarcie", "zawiera", "zawierają", "zawrzeć", "zawarł", "zawarła",
))
_BETWEEN = frozenset(phrase_key(w) for w in ("the", "a", "an", "of", "our", "their"))
#: Polish nouns of buying whose next word is what is bought ("Kupno karmy", "Zakup butów
#: biegowych online"), unless it says the purchase is a later one ("Zakup kolejnego worka").
_BUYING = frozenset(phrase_key(w) for w in ("zakup", "zakupy", "kupno"))
#: Verbs of buying and paying, whose thing bought may follow after "for" / "za" and "the" ("Pays for
#: the Team plan", "Buys the Team plan", "Kupuje karmę", "Opłaca zamówienie"), unless it says the
#: purchase is a later one ("Buy again", "Pays later").
_BUYING_VERBS = frozenset(phrase_key(w) for w in (
    "buy", "buys", "buying", "pay", "pays", "paying", "kupuje", "płaci za", "opłaca", "opłacenie", "zapłata",
    "zapłaci",
    # Buying out a policy ("Wykupienie polisy"), a payment of something ("Płatność składki"), the English
    # noun with what is bought after "of" ("Purchase of the car policy").
    "wykupienie", "wykupuje", "wykupić", "wykup", "płatność", "purchase", "purchasing",
))
_FOR = frozenset(phrase_key(w) for w in ("for", "za", "the", "a", "an", "our", "their", "his", "her", "of"))
#: What is paid but never bought: a fine, a tax, a fee or a charge ("Zapłata mandatu", "Opłacenie podatku",
#: "Pays the fine"): nothing is used, renewed or recommended after it.
_NOT_BOUGHT = frozenset(phrase_key(w) for w in (
    "mandat", "mandatu", "mandaty", "mandatów", "grzywna", "grzywny", "grzywnę", "kara", "kary", "karę", "podatek",
    "podatku", "podatki", "podatków", "opłata", "opłaty", "opłatę", "opłat", "składka", "składki", "składkę",
    "zaległość", "zaległości", "należność", "należności", "fine", "fines", "penalty", "penalties", "tax", "taxes",
    "fee", "fees", "charge", "charges", "levy", "duty", "arrears",
))
#: Of them, the English ones, which are nouns too: what is bought only after "for" or "the" ("Pays for
#: the plan", "Buys the Team plan"; not "Buying decision", "Pay rise").
_NOUN_TOO = frozenset(phrase_key(w) for w in ("buy", "pay", "purchase"))
_PAY = phrase_key("pay")
#: A plan right after one of them with no "the" is a plan of buying or of pay ("Buying plan", "Purchase plan",
#: "Pay plan"), not a plan bought ("Buy the Team plan", "Buy annual plan", "Upgrade to annual plan").
_PLAN = frozenset(phrase_key(w) for w in ("plan", "plans"))
#: Of those words, the ones written only as a verb: "Buy plan", "Buys plan" are the plan bought, as "Buy a plan".
_BUY_VERB = frozenset(("buy", "buys"))
#: What "pay" names as a noun right before them: an employee's pay, not a payment ("Pay rise and travel
#: insurance", "Pay review and bonus"), which no "and insurance" after makes the purchase of a policy.
_PAY_NOUN = frozenset(phrase_key(w) for w in (
    "rise", "rises", "raise", "raises", "increase", "cut", "cuts", "freeze", "review", "slip", "slips", "day",
    "check", "cheque", "gap", "grade", "scale", "band", "bands", "award", "talks", "packet", "structure", "equity",
))


def _written(raw: tuple[str, ...], key: str) -> str:
    """The first word of ``key``, a stage name's phrase key or its last words, as written in ``raw`` (the
    name's words), or "" where ``raw`` is not known."""
    at = len(raw) - key.count(" ") - 1
    return raw[at].casefold() if raw and at >= 0 else ""


_LATER = frozenset(phrase_key(w) for w in (
    "ponowny", "ponowne", "ponowna", "kolejny", "kolejne", "kolejna", "kolejnego", "kolejnej", "kolejnych",
    "powtórny", "powtórne", "powtórna", "następny", "następne", "następnego", "następnej", "dodatkowy",
    "dodatkowe", "dodatkowych", "cykliczny", "cykliczne", "regularny", "regularne", "uzupełniający",
    "uzupełniające", "po", "przed", "i",
    "again", "another", "next", "more", "repeat", "extra", "additional", "later", "back", "off", "up", "renewal",
    "refill", "top", "second", "subsequent", "after", "before", "and", "regularly", "ponownie", "znowu", "znów",
    "regularnie", "cyklicznie", "stale", "często", "więcej",
))
#: What a thing bought of several words may hold ("Zakup polisy OC", "Zakup roweru cargo", "Kupno karmy
#: dla psa", "Buys a cargo bike"): this many words more than the first, beside where and how it is paid.
_OBJECT_WORDS = 3
#: Words in such a name that say it is past the purchase, or a later one: the thing delivered, used,
#: returned or claimed ("Zakup roweru cargo odbiór w sklepie"), a second one ("Zakup polisy AC dla
#: drugiego auta": a loyalty stage, as "Zakup kolejnej polisy po roku" is), a round of it ("co roku").
_PAST = frozenset(phrase_key(w) for w in (
    "dostawa", "dostawy", "dostawą", "odbiór", "odbioru", "użytkowanie", "korzystanie", "montaż", "instalacja",
    "zwrot", "zwrotu", "reklamacja", "reklamacji", "serwis", "serwisu", "naprawa", "szkoda", "szkody", "szkodzie", "odnowienie",
    "przedłużenie", "drugi", "drugiego", "drugiej", "drugą", "drugie", "trzeci", "trzeciego", "trzeciej", "co",
    "delivery", "unboxing", "use", "using", "return", "returns", "refund", "claim", "claims", "support", "onboarding",
    "renewed", "third", "every", "each", "post", "pre",
))
#: The words that join a second thing to a name: after them only where and how it is paid may follow
#: ("Zakup roweru cargo i płatność BLIK"; not "Zakup polisy OC i pierwsza szkoda").
_JOIN = frozenset(phrase_key(w) for w in ("i", "oraz", "and", "&"))
#: A premium ("składka") is what an insurer's customer pays for the policy ("Opłacenie składki", "Płatność
#: składki", "Zapłata składki", as "Pay the premium"); a social-security or membership contribution is not
#: bought ("Opłacenie składki ZUS", "Zapłata składki zdrowotnej", "Składka członkowska").
_PREMIUM = frozenset(phrase_key(w) for w in ("składka", "składki", "składkę", "składką"))
_LEVY = frozenset(phrase_key(w) for w in (
    "zus", "krus", "zdrowotna", "zdrowotnej", "zdrowotną", "emerytalna", "emerytalnej", "rentowa", "rentowej",
    "wypadkowa", "wypadkowej", "chorobowa", "chorobowej", "społeczna", "społecznej", "społeczne", "członkowska",
    "członkowskiej", "członkowską", "związkowa", "związkowej", "fp", "fgśp", "pracownika", "pracownicza",
))
#: What a policy is called, bought by signing, concluding, issuing or buying it out ("Podpisanie polisy",
#: "Zawarcie polisy", "Wystawienie polisy", "Wykupienie ubezpieczenia OC", "Issue the policy"); not by
#: closing it ("Zamknięcie polisy" ends it).  A contract is a purchase word of its own ("Zawarcie umowy
#: ubezpieczenia", "Umowa zawarta"), whose object is not free: "Podpisanie umowy o pracę" is no purchase.
_POLICY = frozenset(phrase_key(w) for w in (
    "polisa", "polisy", "polisę", "polisą", "ubezpieczenie", "ubezpieczenia", "policy", "policies", "insurance",
))
_POLICY_VERBS = frozenset(phrase_key(w) for w in (
    "podpisanie", "podpisuje", "podpisać", "zawarcie", "zawiera", "zawrzeć", "wystawienie", "wystawia", "wystawić",
    "sign", "signs", "signing", "issue", "issues", "issuing", "conclude", "concludes", "concluding",
))
#: A name that says the purchase is done, after what was bought: anything bought ("Policy bought",
#: "Rower kupiony", "Car policy purchased"), and a policy or its premium issued, concluded or paid
#: ("Policy issued", "Polisa wystawiona", "Umowa zawarta", "Składka opłacona"); not a refund issued
#: nor a claim paid, which end other journeys.
_BOUGHT = frozenset(phrase_key(w) for w in (
    "bought", "purchased", "kupiona", "kupiony", "kupione", "zakupiona", "zakupiony", "zakupione", "wykupiona",
    "wykupiony", "wykupione",
))
_ISSUED = frozenset(phrase_key(w) for w in (
    "issued", "signed", "concluded", "paid", "wystawiona", "wystawiony", "wystawione", "zawarta", "zawarty",
    "zawarte", "podpisana", "podpisany", "podpisane", "opłacona", "opłacony", "opłacone", "zapłacona", "zapłacony",
))
#: A break between two parts of a stage name ("Zakup roweru – odbiór w sklepie", "Zakup polisy, pierwsza
#: szkoda"): a thing bought of several words is read before none.
#: Words before "purchase" that make it no purchase done ("Reasons for purchase", "Decision to purchase").
_FOR_WHAT = frozenset(phrase_key(w) for w in ("for", "to", "do", "dla"))
_CLAUSE_BREAK = re.compile(r"\s[-–—]\s|[,;:.!?]|\s\+\s")


def _not_bought(rest: list[str]) -> bool:
    """Whether what is paid, ``rest`` (phrase-key words), is never bought: a fine, a tax, a fee, or a
    contribution that is no insurer's premium ("Opłacenie podatku", "Zapłata składki ZUS")."""
    if rest[0] in _PREMIUM:
        return any(w in _LEVY for w in rest[1:])
    return rest[0] in _NOT_BOUGHT


#: The words that open what is said of a purchase after the thing bought: when, where, through whom or why
#: ("Zakup polisy turystycznej przed wyjazdem", "Zakup polisy OC po kolizji", "Zakup polisy przez agenta w
#: salonie", "Buying travel insurance before the trip", "Policy bought through an agent in the branch").
_CIRCUMSTANCE = frozenset(phrase_key(w) for w in (
    "przed", "po", "przez", "poprzez", "podczas", "przy", "u", "w", "we", "na", "z", "ze", "od",
    "before", "after", "through", "via", "during", "ahead", "in", "at", "on", "from", "with", "by",
))
#: Of them, those after which a time that has passed makes the purchase a later one ("Zakup polisy po roku",
#: "Buying a policy after a year"); an event does not ("Zakup polisy OC po kolizji").
_AFTER = frozenset(phrase_key(w) for w in ("po", "after"))
#: At most this many words of a circumstance besides its prepositions and articles.
_CIRCUMSTANCE_WORDS = 4
#: A time after which a purchase is a repeat one, or an old policy's end: "po roku", "po 12 miesiącach",
#: "po wygaśnięciu poprzedniej", "after a year", "after the old one expires".
_ELAPSED = frozenset(phrase_key(w) for w in (
    "rok", "roku", "lata", "lat", "latach", "miesiąc", "miesiąca", "miesiącu", "miesiącach", "tydzień", "tygodniu",
    "tygodniach", "dni", "dniach", "wygaśnięciu", "wygaśnięcie", "końcu", "upływie", "year", "years", "month",
    "months", "week", "weeks", "day", "days", "expiry", "expiring", "expired", "end",
    "poprzedniej", "poprzedniego", "poprzedni", "starej", "starego", "ostatniej", "old", "previous", "prior", "last",
))
#: After "i", "and", what says the next step rather than a second thing bought: "Zakup roweru i pierwsza jazda",
#: "Buying the bike and first ride", "Zakup i pierwsze użycie", "Purchase and setup".
_NEXT_STEP = frozenset(phrase_key(w) for w in (
    "pierwszy", "pierwsza", "pierwsze", "first", "użycie", "użycia", "aktywacja", "aktywacji", "konfiguracja",
    "uruchomienie", "rejestracja", "activation", "setup", "set-up", "registration",
))
#: What a verb of buying that is a noun too ("buy", "pay", "purchase") names when it is bought with no "the"
#: between: a policy, a ticket, a subscription ("Buying travel insurance", "Buy tickets"; not "Buying
#: decision").  Not a plan: "Pay plan review" is a plan of pay; "Buy the Team plan" says "the".
_GOODS = _POLICY | frozenset(phrase_key(w) for w in (
    "ticket", "tickets", "licence", "license", "licences", "subscription", "bilet", "biletu",
    "abonament", "abonamentu",
))
#: A second thing bought after "i" / "and" is one of these: goods a journey sells as such (a policy, a ticket,
#: a subscription, an insurer's kinds of cover: "Zakup OC i AC", "Zakup OC i NNW", "Buying car and home
#: insurance") or anything said to be bought with the first ("w pakiecie", "razem", "in a bundle").  Any other
#: word after "i" is more likely the next step ("Zakup biletu i podróż", "Zakup polisy i pakiet powitalny",
#: "Buying the policy and the welcome call").
_SECOND_GOODS = _GOODS | frozenset(phrase_key(w) for w in (
    "oc", "ac", "nnw", "gap", "assistance", "autocasco", "karnet", "karnetu", "licencji", "licencja",
    "pass", "passes", "cover",
))
_BOUGHT_TOGETHER = frozenset(phrase_key(w) for w in (
    "pakiecie", "zestawie", "komplecie", "razem", "łącznie", "jednocześnie", "bundle", "together",
))


def _second_thing(after: list[str]) -> bool:
    """Whether ``after``, the words after "i" / "and" in a thing bought, is a second thing bought
    (:data:`_SECOND_GOODS`, :data:`_BOUGHT_TOGETHER`) rather than the step after the purchase."""
    return any(w in _BOUGHT_TOGETHER for w in after) or any(w in _SECOND_GOODS for w in after[:_OBJECT_WORDS + 2])


#: Endings of a Polish genitive, the case of what "zakup" or "kupno" is of: "roweru", "karmy", "butów",
#: "nowego", "używanej", "biegowych" (also typed without Polish letters: "butow").
_GENITIVE = ("u", "a", "y", "i", "ów", "ow", "ego", "ej", "ych", "ich")
#: Of them, those no nominative has in a next step's name: "kasku", "akcesoriów" are bought as "roweru" is,
#: "podróż", "pakiet", "jazda" are done after it.  A plural in "-y" or "-i" ("zabawki", "treningi") is one
#: only beside a first thing in "-y" or "-i" ("Zakup karmy i zabawki"; not "Zakup karnetu i treningi").
_ONLY_GENITIVE = ("u", "ów", "ow")
_GENITIVE_OR_PLURAL = ("y", "i")
_AND_PL = frozenset(("i", "oraz"))
#: The endings of a masculine genitive in "-a" of a thing ("plecaka", "fotelika", "czajnika", "monitora",
#: "routera", "laptopa", "fotela": plecak, fotelik, monitor, router, laptop, fotel), which few feminine
#: nouns in the nominative, the next step, end with; "-ka", "-wa", "-ga", "-ca" more often end one
#: ("wprowadzka", "parapetówka", "budowa", "droga do domu", "nowa praca", "księga wieczysta").
_MASCULINE_GENITIVE_A = ("aka", "ika", "yka", "ora", "era", "opa", "ela")
#: A word in "-a" after "i" is a masculine or neuter genitive, a second thing bought, only beside a first
#: thing in "-a" ("Zakup laptopa i plecaka", "Zakup auta i fotelika"), with an ending of
#: :data:`_MASCULINE_GENITIVE_A`, and only when it is none of the
#: feminine nouns in the nominative a next step is named with ("Zakup mieszkania i przeprowadzka", "Zakup
#: laptopa i ankieta NPS"), nor one in "-ja"/"-ia" ("Zakup auta i rejestracja", "i opinia"): those are
#: almost all feminine.
_NEXT_STEP_A = frozenset((
    "jazda", "przejażdżka", "przejazdzka", "dostawa", "wysyłka", "wysylka", "przesyłka", "przesylka", "paczka",
    "rozmowa", "wizyta", "ankieta", "przeprowadzka", "wymiana", "naprawa", "faktura", "ocena", "wycieczka",
    "podróż", "nauka", "obsługa", "obsluga", "pomoc", "spłata", "splata", "rata", "wpłata", "wplata", "dopłata",
    "doplata", "zapłata", "zaplata", "gwarancja", "wyprawa", "próba", "proba", "kontrola", "praca", "zabawa",
    "rezygnacja", "opinia", "recenzja", "reklamacja", "usterka", "awaria", "szkoda", "umowa", "karta", "wiadomość",
))


def _genitive_pair(first: str, second: str) -> bool:
    """Whether ``second``, the word after "i" / "oraz" in a Polish thing bought, is in the genitive as
    ``first``, the thing bought's first word, is: a second thing bought ("Zakup roweru i kasku"), not the
    next step in the nominative ("Zakup biletu i podróż", "Zakup polisy i ankieta NPS")."""
    if len(second) < 3 or not first.endswith(_GENITIVE):
        return False
    if second.endswith(_ONLY_GENITIVE):
        return True
    if second.endswith("a"):
        return (first.endswith("a") and second.endswith(_MASCULINE_GENITIVE_A)
                and second not in _NEXT_STEP_A)
    return second.endswith(_GENITIVE_OR_PLURAL) and first.endswith(_GENITIVE_OR_PLURAL)


def _circumstance(tail: list[str], words: _Words) -> bool:
    """Whether ``tail``, opening with a word of :data:`_CIRCUMSTANCE`, says only when, where, through whom or
    why the purchase is made ("przed wyjazdem", "po kolizji", "przez agenta w salonie", "w pakiecie", "before
    the trip"): up to :data:`_CIRCUMSTANCE_WORDS` words of its own, none past the purchase, a later one or a
    second thing ("po zakupie", "po roku", "after delivery", "w salonie i odbiór"), nor another purchase word."""
    if tail[0] in _AFTER and (len(tail) < 2 or tail[1] in _ELAPSED or tail[1].isdigit()):
        return False
    own = 0
    for w in tail[1:]:
        if w in _CIRCUMSTANCE or w in _BETWEEN:
            continue
        if w in _JOIN:
            return False  # "przed wyjazdem i zgłoszenie szkody": a second step
        if w in _AT_PURCHASE:
            own += 1  # how it is paid: "na raty w kasie"
            continue
        if (w in _PAST or w in _LATER or w in _JOIN or w in _ELAPSED or w in words or w in _BUYING
                or w in _BUYING_VERBS or w in _NOT_BOUGHT):
            return False
        own += 1
    return 0 < own <= _CIRCUMSTANCE_WORDS


def _bought_object(rest: list[str], words: _Words, joined: bool = False, raw: tuple[str, ...] = ()) -> bool:
    """Whether ``rest``, the words after a noun or verb of buying, is a thing bought of up to
    :data:`_OBJECT_WORDS` more words, then only where and how it is paid ("polisy OC", "roweru cargo
    online", "karmy dla psa", "ubezpieczenia OC w aplikacji") or when, where, through whom or why it is
    bought (:func:`_circumstance`: "polisy turystycznej przed wyjazdem", "polisy OC po kolizji"), or a
    second thing so ("OC i AC w pakiecie", "roweru i kasku": :func:`_genitive_pair`): not a later purchase,
    nothing past it, no fine or tax.  ``joined``: ``rest`` is the second thing, after "i" or "and"; ``raw``:
    the words of the whole name as written, of which ``rest`` stems the last ones."""
    if not rest or rest[0] in _LATER or rest[0] in _PAST or _not_bought(rest):
        return False
    if joined and rest[0] in _NEXT_STEP:
        return False  # "Zakup roweru i pierwsza jazda": the next step, not a second thing
    more = 0
    for k, w in enumerate(rest[1:], 1):
        if w in _JOIN:
            after = rest[k + 1:]
            if bool(after) and all(x in _AT_PURCHASE or x in words for x in after):
                return True  # "Zakup roweru cargo i płatność BLIK"
            # "Zakup OC i AC w pakiecie", "Zakup roweru i kasku"; not "Zakup biletu i podróż", the next step
            if joined or not after:
                return False
            at = len(raw) - len(rest)
            second = (_second_thing(after) or w in _AND_PL and at >= 0 and len(raw) == at + len(rest)
                      and _genitive_pair(raw[at], raw[at + k + 1]))
            return second and _bought_object(after, words, joined=True)
        if w in _CIRCUMSTANCE and (w in _LATER or w not in _AT_PURCHASE):
            return _circumstance(rest[k:], words)  # "przed wyjazdem", "po kolizji", "before the trip"
        if w in _LATER or w in _PAST or (w in _NOT_BOUGHT and w not in _PREMIUM):
            return False
        if w in _AT_PURCHASE or w in words:
            continue
        more += 1
        if more > _OBJECT_WORDS:
            return False
    return True


def _done(key: str, words: _Words) -> bool:
    """Whether a stage name says the purchase is done ("Policy bought", "Polisa wystawiona", "Car
    policy issued", "Składka opłacona"): see :data:`_BOUGHT` and :data:`_ISSUED`."""
    parts = key.split()
    at = next((i for i, w in enumerate(parts[1:_OBJECT_WORDS + 2], 1) if w in _BOUGHT or w in _ISSUED), None)
    if at is not None and at < len(parts) - 1:
        # After it, when, where or through whom ("Policy bought through an agent in the branch").
        if parts[at + 1] not in _CIRCUMSTANCE or not _circumstance(parts[at + 1:], words):
            return False
        parts = parts[:at + 1]
    if len(parts) < 2 or len(parts) > _OBJECT_WORDS + 2:
        return False
    *what, last = parts
    if any(w in _LATER or w in _PAST or w in _JOIN or w in _FOR_WHAT for w in what):
        return False
    if last in _BOUGHT:
        return not _not_bought(what)
    return last in _ISSUED and any(w in _POLICY or w in _PREMIUM for w in what) and not _not_bought(what)


class EndsOptions(RuleOptions):
    purchase_stages: list[NonBlank] = Field(
        default_factory=lambda: list(_PURCHASE), alias="purchase-stages",
        description="Stage ids or names (any language) that mean the purchase itself. Setting it replaces "
                    "the default list; to keep the defaults and add your own, use `extend-purchase-stages`.",
    )
    extend_purchase_stages: list[NonBlank] = Field(
        default_factory=list, alias="extend-purchase-stages",
        description="More stage ids or names that mean the purchase, added to `purchase-stages` "
                    '(e.g. ["rezerwacja", "booking"]).',
    )


@register
class JourneyEndsAtPurchase(Rule):
    """The journey stops at the purchase: no stage after it.

    The purchase stage is recognised by an id or a name that is one of the
    purchase words, in any inflection (purchase, zakup, zakupy, checkout,
    order, subscription, payment, kasa, and for B2B contract, umowa, closed-won,
    order form, procurement, trial to paid, the basket: koszyk, cart…;
    configurable), or opens with one ("Zakup w promocji", "Zakup na raty",
    "Zakup biletu", "Kupno karmy", "Koszyk i kasa", "Zamówienie i płatność",
    "Purchase with Klarna", "Pay at the till", "Contract signed", "Procurement and PO", "Upgrade to annual plan", "Przejście na płatny plan":
    only where and how it is paid, or a ticket, plan or policy bought, may
    follow), or signs, places or closes one ("Signs the order form", "Podpisanie
    umowy", "Złożenie zamówienia"); after "zakup" or "kupno" the thing bought
    may follow, unless it says the purchase is a later one, and so may it
    after a verb of buying or paying ("Pays for the Team plan", "Buys the
    Team plan", "Płaci za abonament", "Kupuje karmę", "Opłacenie
    zamówienia", "Zapłata"; not "Buy again", "Pay later", "Buying decision",
    "Kupuje ponownie").  The thing bought may be of several words ("Zakup
    polisy OC", "Zakup roweru cargo", "Kupno ubezpieczenia OC", "Kupno karmy
    dla psa", "Kupuje buty biegowe", "Purchase of the car policy"), unless a
    word in it says the purchase is past or a later one ("Zakup polisy AC
    dla drugiego auta", "Zakup roweru cargo i odbiór w sklepie") or the
    name has two parts ("Zakup roweru – odbiór w sklepie").  After the thing
    bought, when, where, through whom or why it is bought may follow, in
    up to four words of its own after a preposition ("Zakup polisy
    turystycznej przed wyjazdem", "Zakup polisy OC po kolizji", "Zakup
    polisy przez agenta w salonie", "Buying travel insurance before the
    trip", "Policy bought through an agent in the branch"), and so may a
    second thing bought after "i" or "and" when it is a policy, a kind of
    cover, a ticket or a subscription, or is said to be bought with the
    first, or in Polish stands in the genitive as the first does ("Zakup OC
    i AC w pakiecie", "Zakup OC i NNW", "Zakup roweru i kasku", "Zakup
    laptopa i plecaka", "Buying car
    and home insurance"; not "Zakup biletu i podróż", "Buying the policy and
    the welcome call": the next step);
    not a time that makes it a later purchase ("Zakup polisy po roku", "po wygaśnięciu
    poprzedniej", "Buying a policy after a year"), nor a step past it ("po
    zakupie auta", "przed zgłoszeniem szkody", "Zakup roweru i pierwsza
    jazda"), nor a claim ("Zakup polisy po szkodzie", "Buying insurance
    after a claim": a claim is made on a policy already held).  "Buy", "pay" and "purchase", nouns too, name a purchase
    before a thing with no "the" when that thing is a policy, insurance,
    a ticket, a licence or a subscription ("Buying travel
    insurance", "Buy tickets"; not "Buying decision", nor "Buying plan" or
    "Purchase plan", a plan of buying, nor "Pay rise and travel insurance",
    an employee's pay).  An insurer's
    words count the same: concluding a contract ("Zawarcie umowy
    ubezpieczenia"), signing, concluding, issuing or buying out a policy
    ("Podpisanie polisy", "Zawarcie polisy", "Wystawienie polisy",
    "Wykupienie polisy"; not "Zamknięcie polisy"), paying the premium
    ("Opłacenie składki", "Płatność składki", "Zapłata składki", as "Pay the
    premium"; not "Opłacenie składki ZUS" nor "Zapłata składki
    zdrowotnej"), and a name that says it is done ("Policy bought", "Policy
    issued", "Polisa wystawiona", "Składka opłacona"; not "Refund issued",
    "Claim paid").  A repeat purchase is loyalty, as the method's stages
    have it: "Zakup kolejnej polisy po roku" goes on past the first one.  "Po zakupie",
    "post-purchase", "Zakup i dostawa", "Zakup kolejnego worka", "Porzucony
    koszyk", "Buy again", "Order history", "Onboarding after contract" and
    "Contract renewal" are not the purchase: like a stage of delivery after
    the purchase, "Zakup i dostawa" goes on past it.

    A journey that goes on from the purchase to paying for it again and
    again ends past the purchase: a last stage that says a payment recurs
    ("Pays weekly", "Monthly payments", "Płaci co miesiąc") after an earlier
    stage that names the purchase is what follows it, whatever its id.  Where
    only the id names the purchase and the name, in the team's own words, does
    not ("id: purchase", "Agrees the arrangement"), the advice takes no shop's
    words.

    Paying what is never bought is no purchase: a fine, a tax, a fee
    ("Zapłata mandatu", "Opłacenie podatku", "Pays the fine"), and neither is
    a registration ("Rejestracja", "Registration": a public service's outcome;
    add "rejestracja" with `extend-purchase-stages` where it is a sign-up
    that is your sale).  A sign-up is, in both languages: "Sign-up",
    "Signup", "Rejestracja konta", "Założenie konta"; and so is a bank's
    account or deposit opened, where or how ever ("Otwarcie konta",
    "Otwarcie konta w oddziale", "Otwarcie rachunku", "Otwarcie lokaty",
    "Konto otwarte", "Account opening", "Opening the account", "Account
    opened", and of a kind: "Otwarcie konta firmowego", "Open a savings
    account", "Business account opening"; not "Zamknięcie konta",
    "Ponowne otwarcie konta", "Otwarcie konta i pierwszy przelew").  So is a
    lender's loan drawn down ("Uruchomienie kredytu", "Wypłata środków",
    "Loan drawdown", "Funds released", "Uruchomienie kredytu i spłata
    starego banku"; not "Uruchomienie aplikacji", "Uruchomienie konta w
    aplikacji", "Release notes"); where the words name no loan ("Wypłata
    środków", "Środki wypłacone", "Funds released", "Funds disbursed"), only
    in a journey whose name, goal or stages speak of a loan: a marketplace
    seller's earnings paid out are no purchase.  The finding names the stage by its id, and by its
    name too where that says more.

    `purchase-stages` replaces the default words; `extend-purchase-stages`
    adds yours to them.

    Why: the experience does not end at the till, nor at the signature. What
    follows — use and service, loyalty, recommendation; in B2B onboarding,
    adoption and renewal — decides whether the people you serve come back
    and bring others.

    Bad:
        stages:
          - id: rozwazanie
            name: Rozważanie
          - id: zakup
            name: Zakup

    Good:
        stages:
          - id: rozwazanie
            name: Rozważanie
          - id: zakup
            name: Zakup
          - id: po-zakupie
            name: Po zakupie
          - id: lojalnosc
            name: Lojalność

    Bad (en):
        stages:
          - id: comparing
            name: Compares tariffs
          - id: contract
            name: Signs the contract

    Good (en):
        stages:
          - id: comparing
            name: Compares tariffs
          - id: contract
            name: Signs the contract
          - id: first-bill
            name: Reads the first bill
          - id: staying
            name: Renews or leaves at the end of the fixed term
    """

    code = "CX405"
    name = "journey-ends-at-purchase"
    severity = Severity.warning
    kinds = ("journey",)
    Options = EndsOptions
    _vocab: _Words | None = None
    #: Whether a stage id or name names the purchase, by its text: journeys repeat their stages.
    _named: dict[str, bool] | None = None

    def _vocabulary(self) -> _Words:
        """The configured purchase words as phrase keys, worked out once for the run, not per journey."""
        if self._vocab is None:
            self._vocab = _purchase_words([*self.options.purchase_stages, *self.options.extend_purchase_stages])
        return self._vocab

    def _names_purchase(self, text: str) -> bool:
        """Whether a stage's id or name names the purchase; each text worked out once a run."""
        named = self._named
        if named is None:
            named = self._named = {}
        found = named.get(text)
        if found is None:
            if len(named) >= 4096:
                named.clear()
            # Every word kept: "po-zakupie" (post-purchase) is not "zakup". A name in two parts ("Zakup
            # roweru – odbiór") is not read as one thing bought of several words.
            key, raw = phrase_key(text), tuple(tokens(text))
            found = named[text] = _means(key, self._vocabulary(), _CLAUSE_BREAK.search(text) is None,
                                         raw if len(raw) == key.count(" ") + 1 else ())
        return found

    def _paid_out_only(self, stage_id: str, name: str | None) -> bool:
        """Whether a stage names the purchase only by money paid out that names no loan ("Wypłata środków", "Funds
        released"), of the default words: what a team lists itself (`purchase-stages`, `extend-purchase-stages`)
        is its purchase wherever it stands."""
        if (self.options.purchase_stages != list(_PURCHASE)
                or any(phrase_key(w).startswith(_PAID_OUT) for w in self.options.extend_purchase_stages)):
            return False
        return all(not self._names_purchase(text) or phrase_key(text).startswith(_PAID_OUT)
                   for text in (stage_id.replace("-", " "), name or "") if text)

    def check(self, doc: Document) -> Iterable[Hit]:
        stages = doc.model.stages  # type: ignore[union-attr]
        last_purchase = None
        earlier = False  # whether a stage before the last one named the purchase
        loan: bool | None = None  # whether the journey speaks of a loan: worked out only for money paid out
        for i, stage in enumerate(stages):
            if self._names_purchase(stage.id) or self._names_purchase(stage.name):
                if self._paid_out_only(stage.id, stage.name):
                    if loan is None:
                        loan = _about_a_loan(doc.model)
                    if not loan:
                        continue  # a seller's "Wypłata środków", "Funds released": earnings paid out, no purchase
                earlier = last_purchase is not None
                last_purchase = i
        if last_purchase is not None and last_purchase == len(stages) - 1:
            stage = stages[last_purchase]
            if earlier and _pays_regularly(stage.id, stage.name):
                return  # "Pays weekly" after the arrangement agreed: the payments that follow it, not the purchase
            name = " ".join((stage.name or "").split())
            # The name is said beside the id when it says more than the id ("stage 'b' (Zakup)").
            named = f" ({name})" if name and name.casefold() != stage.id.replace("-", " ").casefold() else ""
            if _signs_contract(stage.id, stage.name) and _for_a_company(doc.model):
                # B2B: the "purchase" is a signed contract, and the value comes after it.
                advice = ("add what happens after the contract (onboarding and data migration, the first real use, "
                          "getting help, renewal)")
                rada = ("dodaj, co dzieje się po zawarciu umowy (wdrożenie i migracja danych, pierwsze użycie w pracy, "
                        "szukanie pomocy, odnowienie umowy)")
            elif _signs_contract(stage.id, stage.name):
                # A person's own contract (a flat let, a phone plan): no data to migrate, no work to use it at.
                advice = ("add what happens after the contract (getting started, the first real use, getting help, "
                          "renewing or ending it)")
                rada = ("dodaj, co dzieje się po zawarciu umowy (pierwsze kroki, pierwsze użycie, szukanie pomocy, "
                        "przedłużenie albo wypowiedzenie umowy)")
            elif not named or self._names_purchase(stage.name) or _says_checkout(stage.name):
                advice = "add what happens after the purchase (using what was bought, getting help, coming back, recommending it)"
                rada = "dodaj, co dzieje się po zakupie (korzystanie z zakupu, szukanie pomocy, powrót, polecanie)"
            else:  # only the id says purchase; the name, the team's own words, does not ("Agrees the arrangement")
                advice = ("add what happens after it (using what was arranged or paid for, the payments that follow, "
                          "getting help, a change of circumstances, coming back)")
                rada = ("dodaj, co dzieje się potem (korzystanie z tego, co załatwione lub opłacone, kolejne płatności, "
                        "szukanie pomocy, zmiana sytuacji, powrót)")
            yield doc.hit(
                ("stages", last_purchase, "id"),
                f"the journey ends at '{stage.id}'{named}; {advice}",
                pl=f"ścieżka kończy się na etapie {quote_pl(stage.id)}{named}; {rada}" if self.polish else None,
            )


#: Word starts that make a journey a company's purchase (:func:`_for_a_company`): its sales cycle's stages, the
#: company and its staff, a supplier.
_COMPANY_STARTS = ("demo", "pilot", "procurement", "vendor", "supplier", "rfp", "shortlist", "b2b", "saas", "dostawc",
                   "przetarg", "spółk", "spolk", "licencj", "wdroż", "wdroz", "onboard")
#: Whole words of the same: a department or the board ("działa", "zarządzanie" are no company).
_COMPANY_WORDS = frozenset(("dział", "działu", "dziale", "działem", "działy", "dzial", "dzialu", "zarząd", "zarządu",
                            "zarządem", "zarzad", "zarzadu", "board", "department", "departments"))
_COMPANY_PAIRS = frozenset({("order", "form"), ("closed", "won"), ("security", "questionnaire"), ("it", "team"),
                            ("legal", "team"), ("finance", "team")})


def _for_a_company(journey: Any) -> bool:
    """Whether a journey ending at a contract is a company's purchase (a B2B sales cycle): its name, goal,
    summary or a stage's name names its cycle ("Demo", "Procurement and legal", "Pilotaż"), the company, its
    staff or a supplier.  A flat let or a phone plan signed by a person is none."""
    texts = [journey.name, journey.goal or "", journey.summary or "", *(s.name or "" for s in journey.stages)]
    for text in texts:
        words = tokens(str(text).replace("-", " "))
        if (any(w.startswith(_COMPANY_STARTS) or w in _COMPANY_WORDS for w in words)
                or not _COMPANY_PAIRS.isdisjoint(zip(words, words[1:]))):
            return True
    return False


def _about_a_loan(journey) -> bool:
    """Whether a journey's name, goal or stages' names speak of a loan (see :data:`_LOAN_STARTS`)."""
    texts = [journey.name, journey.goal or "", *(s.name or "" for s in journey.stages)]
    return any(w.startswith(_LOAN_STARTS) or w in _LOAN_WORDS for text in texts for w in tokens(text.replace("-", " ")))


#: Word starts of paying, and the words that say it recurs ("Pays weekly", "Płaci co miesiąc").
_PAYING = ("pay", "paid", "płac", "plac", "płat", "plat", "opłac", "oplac", "zapłac", "zaplac", "spłac", "splac",
           "instalment", "installment", "debit")
#: Instalments in Polish, as whole words ("rating", "ratunek" are none).
_RATY = frozenset(("rata", "raty", "rat", "ratę", "rate", "ratach", "ratami"))
_EVERY = frozenset(("weekly", "monthly", "fortnightly", "quarterly", "yearly", "annually", "daily", "regularly",
                    "recurring", "tygodniowo", "miesięcznie", "miesiecznie", "kwartalnie", "rocznie", "regularnie"))
_EVERY_STARTS = ("comiesięczn", "comiesieczn", "cotygodniow", "cykliczn", "miesięczn", "miesieczn", "tygodniow")
#: "every", "each", "co" say it recurs only before a time: "every Friday", "co miesiąc" (not "Płaci, co zamówiła").
_EACH = frozenset(("every", "each", "co"))
_TIMES = ("week", "month", "fortnight", "quarter", "year", "day", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday", "tydzień", "tydzien", "tygodni", "miesiąc", "miesiac", "miesięc", "miesiec", "kwartał",
          "kwartal", "rok", "dzień", "dzien", "dni", "poniedział", "poniedzial", "wtor", "środ", "srod", "czwart",
          "piąt", "piat", "sobot", "niedziel")


#: Word starts that say a shop's checkout in a stage's name ("Płaci BLIK-iem", "Dodaje do koszyka i płaci", "Pays with
#: Apple Pay"): a payment method or the basket.
_CHECKOUT = ("blik", "kartą", "karta", "card", "apple", "paypal", "gpay", "przelew", "pobrani", "koszyk", "basket",
             "cart", "checkout", "kasa", "kasie", "zamówieni", "zamawia", "order")
#: What is paid and never bought ("Pays the fine by card", "Płaci mandat kartą"): no shop's checkout, whatever the method.
_NEVER_BOUGHT = ("fine", "fines", "fee", "fees", "rent")
_NEVER_BOUGHT_STARTS = ("penalt", "tax", "arrear", "council", "mandat", "podat", "grzywn", "zaległ", "czynsz", "opłat")


def _says_checkout(name: str | None) -> bool:
    """Whether a stage's name says a shop's checkout (a payment method, the basket, the order): see :data:`_CHECKOUT`."""
    words = tokens((name or "").replace("-", " "))
    if any(w in _NEVER_BOUGHT or w.startswith(_NEVER_BOUGHT_STARTS) for w in words):
        return False
    return any(w.startswith(_CHECKOUT) for w in words)


#: Word starts of a contract (B2B's purchase: "Contract signed", "Podpisanie umowy", "Closed-won", "Procurement").
_CONTRACT_STARTS = ("contract", "umow", "umów", "procurement")
#: Word starts of an insurer's contract, which is a policy bought: its advice stays the purchase's.
_INSURED_STARTS = ("ubezpiecz", "polis", "insur", "policy", "policies", "składk", "skladk", "premium")


def _signs_contract(stage_id: str, name: str | None) -> bool:
    """Whether the purchase stage is a contract signed ("Contract signed", "Podpisanie umowy", "Closed-won",
    "Signs the order form"), not an insurance policy ("Zawarcie umowy ubezpieczenia"): in its name, or its id."""
    words = tokens((name or stage_id).replace("-", " "))
    if any(w.startswith(_INSURED_STARTS) or w in ("oc", "ac", "nnw") for w in words):
        return False
    pairs = set(zip(words, words[1:]))
    return (any(w.startswith(_CONTRACT_STARTS) for w in words) or ("closed", "won") in pairs
            or ("order", "form") in pairs)


def _pays_regularly(stage_id: str, name: str | None) -> bool:
    """Whether a stage says paying that recurs ("Pays weekly", "Monthly payments", "Płaci co miesiąc", "Spłaca
    raty co tydzień"): in its name, or in its id when it has no name."""
    words = tokens((name or stage_id).replace("-", " "))
    if not any(w.startswith(_PAYING) or w in _RATY for w in words):
        return False
    return any(w in _EVERY or w.startswith(_EVERY_STARTS)
               or (w in _EACH and i + 1 < len(words) and words[i + 1].startswith(_TIMES)) for i, w in enumerate(words))


class _Words(frozenset):  # type: ignore[type-arg]
    """The purchase words (phrase keys), with those of several words found by their first one."""

    by_first: dict[str, list[str]]


def _purchase_words(phrases: list[str]) -> _Words:
    words = _Words(k for k in (phrase_key(w) for w in phrases) if k)
    words.by_first = {}
    for word in words:
        if " " in word:
            words.by_first.setdefault(word.split(" ", 1)[0], []).append(word)
    return words


def _means(key: str, words: _Words, free: bool = True, raw: tuple[str, ...] = ()) -> bool:
    """Whether a stage's id or name (its phrase key) names the purchase: one of ``words``, or one
    opening it followed only by where and how it is paid, or by another purchase word ("Zakup w
    promocji", "Zamówienie i płatność", "Checkout & payment"); or such a phrase after a verb that
    signs, places, closes or concludes it ("Signs the order form", "Podpisanie umowy", "Zawarcie umowy");
    or a policy signed, concluded or issued ("Podpisanie polisy", "Wystawienie polisy"); or a name that
    says it is done ("Policy bought", "Polisa wystawiona").  ``free``: whether the thing bought may be
    of several words (:func:`_bought_object`), which a name in two parts is not read as; ``raw``: the words
    of the name as written, one for each word of ``key``."""
    if _opens_with_purchase(key, words, free, raw):
        return True
    first, _, rest = key.partition(" ")
    if rest and first in _POLICY_VERBS:
        parts = rest.split()
        while parts and parts[0] in _BETWEEN:
            parts.pop(0)
        if parts and parts[0] in _POLICY and (not parts[1:] or (free and _bought_object(parts, words, raw=raw))
                                              or all(w in _AT_PURCHASE for w in parts[1:])):
            return True  # "Podpisanie polisy", "Zawarcie polisy OC", "Issue the policy"
    if free and _done(key, words):
        return True
    if first not in _CLOSING or not rest:
        return False
    parts = rest.split()
    while parts and parts[0] in _BETWEEN:
        parts.pop(0)
    return bool(parts) and _opens_with_purchase(" ".join(parts), words, free, raw)


def _opens_with_purchase(key: str, words: _Words, free: bool = True, raw: tuple[str, ...] = ()) -> bool:
    if key in words:
        return True
    first = key.split(" ", 1)[0]
    # A word that opens the key is its first word, or one of several words beginning with it.
    for word in ([first] if first in words else []) + words.by_first.get(first, []):
        if key.startswith(word + " "):
            rest = key[len(word) + 1:].split()
            if all(w in _AT_PURCHASE or w in words for w in rest) and not (
                    word in _NOUN_TOO and rest[0] in _PLAN and _written(raw, key) not in _BUY_VERB):
                return True  # not "Buying plan", "Purchase plan": a plan of buying, as "Pay plan review"
            if word in _DRAWDOWN and all(w in _AT_PURCHASE or w in _OLD_LOAN_REPAID or w in _OLD for w in rest) and (
                    not _OLD.isdisjoint(rest) or all(w in _AT_PURCHASE for w in rest)):
                return True  # the old loan paid off with it: "Uruchomienie kredytu i spłata starego banku"
            if word in _BUYING and rest[0] not in _LATER and all(w in _AT_PURCHASE or w in words for w in rest[1:]):
                return True  # what is bought: "Kupno karmy", "Zakup butów online"
            if word in _BUYING_VERBS:
                skipped = 0
                while rest and rest[0] in _FOR:
                    rest.pop(0)
                    skipped += 1
                # "Buying decision" is no purchase; "Buying travel insurance" names what is bought; "Pay
                # rise and travel insurance" is an employee's pay.
                named = skipped or word not in _NOUN_TOO or (_names_goods(rest) and not (
                    word == _PAY and rest and rest[0] in _PAY_NOUN))
                if (named and rest and rest[0] not in _LATER
                        and not _not_bought(rest) and all(w in _AT_PURCHASE or w in words for w in rest[1:])):
                    return True  # what is bought or paid for: "Pays for the Team plan", "Płaci za abonament"
                if free and named and _bought_object(rest, words, raw=raw):
                    return True  # of several words: "Kupuje buty biegowe", "Purchase of the car policy"
            elif free and word in _BUYING and _bought_object(rest, words, raw=raw):
                return True  # of several words: "Zakup polisy OC", "Zakup roweru cargo", "Kupno karmy dla psa"
    return False


def _names_goods(rest: list[str]) -> bool:
    """Whether the thing bought, the words of ``rest`` before where, when or how, names goods a verb of buying
    that is a noun too may take with no "the" (:data:`_GOODS`): "travel insurance", "tickets"."""
    joined = False
    for k, w in enumerate(rest[:_OBJECT_WORDS + 1]):
        if w in _CIRCUMSTANCE:
            return False
        if w in _GOODS:
            # After "and" only where the thing bought ends with them: "Buying car and home insurance (online)";
            # not "Purchase intent and policy quote", "Buying criteria and insurance options", a stage of its own.
            tail = rest[k + 1:]
            return not joined or not tail or tail[0] in _CIRCUMSTANCE or all(x in _AT_PURCHASE for x in tail)
        joined = joined or w in _JOIN
    return False


def _stage_id(value: str) -> str:
    # Stage ids are slugs: "Awareness" or "po zakupie" could never be found, and every journey would miss it.
    if not re.fullmatch(SLUG_PATTERN, value):
        raise OptionValueError(f"{toml_brief(value)} is not a stage id (a slug such as \"post-purchase\")",
                               f"{toml_brief(value)} to nie id etapu (małe litery i cyfry połączone łącznikami, "
                               "jak \"po-zakupie\")")
    return value


class MissingStageOptions(RuleOptions):
    required: list[Annotated[NonBlank, AfterValidator(_stage_id)]] = Field(
        default_factory=list, description="Stage ids every journey must have.",
    )


@register
class MissingStage(Rule):
    """A journey lacks a stage your team requires.

    Nothing is required by default; set the list in config, e.g.
    `[tool.cxkit.rules.missing-stage] required = ["awareness", "consideration",
    "decision", "purchase", "post-purchase", "loyalty", "advocacy"]`.

    Why: a shared stage vocabulary lets teams compare journeys and see gaps
    at a glance.

    Bad:
        # required = ["awareness", "purchase", "loyalty"]
        stages:
          - id: awareness
            name: Awareness
          - id: purchase
            name: Purchase

    Good:
        stages:
          - id: awareness
            name: Awareness
          - id: purchase
            name: Purchase
          - id: loyalty
            name: Loyalty

    Bad (pl):
        # required = ["swiadomosc", "zakup", "po-zakupie"]
        stages:
          - id: swiadomosc
            name: Świadomość
          - id: zakup
            name: Zakup w sklepie internetowym

    Good (pl):
        stages:
          - id: swiadomosc
            name: Świadomość
          - id: zakup
            name: Zakup w sklepie internetowym
          - id: po-zakupie
            name: Pierwsze tygodnie z produktem
    """

    code = "CX406"
    name = "missing-stage"
    severity = Severity.warning
    kinds = ("journey",)
    Options = MissingStageOptions

    def check(self, doc: Document) -> Iterable[Hit]:
        have = {s.id for s in doc.model.stages}  # type: ignore[union-attr]
        missing = [r for r in self.options.required if r not in have]
        if missing:
            plural = "" if len(missing) == 1 else "s"
            brak = "wymaganego etapu" if len(missing) == 1 else "wymaganych etapów"
            yield doc.hit(("stages",), f"missing required stage{plural}: {', '.join(missing)}", key=True,
                          pl=f"brakuje {brak}: {', '.join(missing)}" if self.polish else None)


@register
class JourneyForNegativePersona(Rule):
    """A journey whose `persona` is a negative persona.

    Why: a negative persona describes someone you do not design for; mapping
    their journey invests in the wrong customer. Map the journey of a persona,
    and use the negative persona to check it.

    Bad:
        kind: journey
        id: student-kupuje-sluchawki
        name: Student kupuje słuchawki
        persona: student-na-budzecie   # kind: negative-persona
        stages:
          - id: zakup
            name: Zakup w promocji

    Good:
        kind: journey
        id: pawel-kupuje-sluchawki
        name: Paweł kupuje słuchawki
        persona: pawel-audiofil        # kind: persona
        stages:
          - id: zakup
            name: Zakup po odsłuchu w salonie

    Bad (en):
        kind: journey
        id: cash-pensioner-opens-account
        name: Cash-only pensioner opens an account
        persona: cash-only-pensioner   # kind: negative-persona
        stages:
          - id: branch
            name: Opens an account at the branch

    Good (en):
        kind: journey
        id: maureen-opens-account
        name: Maureen opens a basic account
        persona: maureen-widowed-saver # kind: persona
        stages:
          - id: branch
            name: Opens an account at the branch with her grandson
    """

    code = "CX407"
    name = "journey-for-negative-persona"
    severity = Severity.warning
    scope = "workspace"

    def check_workspace(self, index: WorkspaceIndex) -> Iterable[Hit]:
        for journey in index.of_kind("journey"):
            for ref, pos, other in _taking_part(journey):
                targets = index.by_id.get(ref, [])
                if targets and all(t.kind == "negative-persona" for t in targets):
                    where, gdzie = (" in `other_personas`", " w `other_personas`") if other else ("", "")
                    yield Hit.naming(
                        *pos,
                        f"persona '{ref}'{where} is a negative persona (", Place(targets[0].path, *targets[0].id_pos),
                        "); map journeys of the people you design for",
                        path=journey.path,
                        pl=(f"persona {quote_pl(ref)}{gdzie} to persona negatywna (",
                            Place(targets[0].path, *targets[0].id_pos),
                            "); mapuj ścieżki ludzi, dla których projektujesz") if self.polish else None,
                    )


def _taking_part(journey: DocSummary) -> Iterable[tuple[str, tuple[int, int], bool]]:
    """A journey's `persona`, then each id of its `other_personas` (the rest of a buying committee, carried in
    the summary's ``extra``), with where each is written and whether it is one of the others."""
    if journey.persona:
        yield journey.persona, journey.persona_pos, False
    for row in journey.extra.get("other_personas", ()):
        if isinstance(row, (list, tuple)) and len(row) == 3 and isinstance(row[0], str):
            yield row[0], (int(row[1]), int(row[2])), True


@register
class JourneyForRetiredPersona(Rule):
    """A journey in use whose `persona` is retired (`status: retired`).

    A retired persona is kept for the record: it no longer stands for a
    segment you design for, so a journey built on it maps nobody's path.
    Reported at the journey's `persona`, naming the persona's file.  A
    journey that is retired itself (`status: retired`) is not reported: it is
    kept for the record with its persona.  Not reported when the same id also
    names a persona in use (duplicate-id reports the pair).  An id of
    `other_personas` that is retired is reported at that id, to be replaced
    or dropped.

    Why: personas and journey maps are living documents; a journey whose
    persona has been retired (its segment closed, or merged into another)
    keeps steering decisions by a customer who is no longer there. Base the
    journey on a persona in use, or retire it too.

    Bad:
        # persony/p11.yaml: status: retired (wycofana)
        persona: p11-klient

    Good:
        # retired with its persona (wycofana razem z personą)
        status: retired
        persona: p11-klient

    Bad (en):
        # personas/p11.yaml: status: retired
        persona: p11-customer

    Good (en):
        # retired with its persona
        status: retired
        persona: p11-customer
    """

    code = "CX413"
    name = "journey-for-retired-persona"
    severity = Severity.warning
    scope = "workspace"

    def check_workspace(self, index: WorkspaceIndex) -> Iterable[Hit]:
        for journey in index.of_kind("journey"):
            if is_retired(journey):
                continue
            for ref, pos, other in _taking_part(journey):
                targets = [t for t in index.by_id.get(ref, []) if t.kind == "persona"]
                if not (targets and all(is_retired(t) for t in targets)):
                    continue
                if other:
                    # One of the others taking part: the journey stands; the id is the one to drop or replace.
                    yield Hit.naming(
                        *pos,
                        f"persona '{ref}' in `other_personas` is retired (", Place(targets[0].path, *targets[0].id_pos),
                        "); name a persona in use, or drop the id",
                        path=journey.path,
                        pl=(f"persona {quote_pl(ref)} w `other_personas` jest wycofana (",
                            Place(targets[0].path, *targets[0].id_pos),
                            "); wpisz personę w użyciu albo usuń ten identyfikator") if self.polish else None,
                    )
                    continue
                yield Hit.naming(
                    *pos,
                    f"persona '{ref}' is retired (", Place(targets[0].path, *targets[0].id_pos),
                    "); base the journey on a persona in use, or retire the journey too (status: retired)",
                    path=journey.path,
                    pl=(f"persona {quote_pl(ref)} jest wycofana (", Place(targets[0].path, *targets[0].id_pos),
                        "); oprzyj ścieżkę na personie w użyciu albo wycofaj także ścieżkę (status: retired)")
                    if self.polish else None,
                )


#: Stage ids and names of the phase a journey opens with: the customer first learns of a need or of you.
_EARLY_PHASES = frozenset(phrase_key(w) for w in (
    "awareness", "discovery", "need recognition", "problem recognition", "first contact",
    "świadomość", "uświadomienie", "świadomość potrzeby", "uświadomienie potrzeby", "rozpoznanie potrzeby",
    "odkrycie", "odkrywanie", "pierwszy kontakt",
))
#: Those of the phase it closes with: the customer stays, and recommends you.
_LATE_PHASES = frozenset(phrase_key(w) for w in (
    "loyalty", "advocacy", "loyalty and advocacy", "loyalty & advocacy", "recommendation", "referral", "referrals",
    "word of mouth", "lojalność", "polecanie", "polecenie", "polecenia", "rekomendacja", "rekomendacje",
    "lojalność i polecanie", "lojalność i rekomendacja", "rzecznictwo",
))
#: Those of them that also open a journey: a referred customer's, patient's or lead's journey starts with
#: the referral ("Referral" then "Discovery call", "Polecenie" then "Odkrywanie"). Not "polecanie" (the
#: customer recommends you: advocacy, as cxkit's Polish template names that stage), nor "advocacy" and
#: "rzecznictwo": late wherever they stand. Late only after a stage
#: that is neither early nor one of these (a purchase, onboarding, use).
_OPENING_TOO = frozenset(phrase_key(w) for w in (
    "recommendation", "referral", "referrals", "word of mouth", "polecenie", "polecenia", "rekomendacja",
    "rekomendacje",
))
#: Words (stems) of a stage that starts the journey over: after it an early stage is a new round.
_NEW_ROUND = frozenset(phrase_key(w) for w in (
    "re", "again", "repeat", "return", "returning", "loop", "cycle", "renewal", "renew", "next", "another", "new",
    "ponowny", "ponownie", "powrót", "wraca", "kolejny", "pętla", "cykl", "odnowienie", "nowy",
))


#: "Recommendation" and "recommending" stem alike ("recomme"), as "Rekomendacja" and "Rekomendowanie" do
#: ("rekomen"): the noun, or "Recommended" (the customer was recommended to you), may be the referral a journey
#: opens with; the verb ("Recommending", "Recommends us", "Rekomendowanie") is the customer recommending you,
#: advocacy, as "Polecanie".
_RECOMMEND = frozenset(phrase_key(w) for w in ("recommendation", "rekomendacja"))
_RECOMMEND_NOUN = re.compile(r"recommend(?:ations?|ed)\b|rekomendacj")


@lru_cache(maxsize=_REMEMBERED)
def _phase(text: str) -> tuple[str | None, bool, bool]:
    """The phase a stage id or name names as a whole ('early', 'late' or None), whether a word of it
    starts a new round ("Re-awareness", "Ponowny zakup", "Powrót"), and whether, late, it may also open a
    journey (:data:`_OPENING_TOO`: "Referral", "Polecenie", "Recommendation"; not "Recommending",
    "Rekomendowanie")."""
    key = phrase_key(text)
    phase = "early" if key in _EARLY_PHASES else "late" if key in _LATE_PHASES else None
    opens = key in _OPENING_TOO and (_RECOMMEND.isdisjoint(key.split()) or _RECOMMEND_NOUN.search(text.lower()) is not None)
    return phase, not _NEW_ROUND.isdisjoint(key.split()), opens


@register
class StageOutOfOrder(Rule):
    """An early stage (awareness, discovery) after a late one (loyalty, advocacy).

    A stage whose id or name is, as a whole, one of awareness, discovery,
    first contact, świadomość, odkrycie, pierwszy kontakt (any inflection,
    with or without Polish letters), placed after a stage that is loyalty,
    advocacy, recommendation, referral, lojalność, polecanie, polecenie or
    rekomendacja. Reported at the early stage. A referral, a recommendation,
    polecenie or rekomendacja (someone referred the customer) before any
    stage but early ones is where a referred customer's journey opens: it
    is late only after a purchase or use. Advocacy, recommending,
    rekomendowanie and polecanie (the customer recommends you: the advocacy
    stage of cxkit's Polish template is "Polecanie") are late wherever they
    stand.
    A new round is no mistake: a stage between
    them, or the early stage itself, that says the journey starts over
    ("Powrót", "Ponowny zakup", "Next cycle", "Re-awareness", "Ponowna
    świadomość") ends the check, and a name that only begins with the word
    ("Awareness of the new tariff") is left alone.

    Why: a journey map runs from the moment the customer learns of you to
    the moment they recommend you, and the emotion curve is read in that
    order. Stages copied from another team's journey after a workshop are
    usually appended at the end: the map then tells a customer who hears of
    you after recommending you, and the curve breaks where nothing happened.

    Bad:
        stages:
          - id: lojalnosc
            name: Lojalność
          - id: polecanie
            name: Polecanie
          - id: swiadomosc
            name: Świadomość

    Good:
        stages:
          - id: swiadomosc
            name: Świadomość
          - id: lojalnosc
            name: Lojalność
          - id: polecanie
            name: Polecanie

    Bad (en):
        stages:
          - id: loyalty
            name: Renews the annual membership
          - id: advocacy
            name: Brings a friend on a guest pass
          - id: awareness
            name: Sees the gym's flyer at work

    Good (en):
        stages:
          - id: awareness
            name: Sees the gym's flyer at work
          - id: loyalty
            name: Renews the annual membership
          - id: advocacy
            name: Brings a friend on a guest pass
    """

    code = "CX411"
    name = "stage-out-of-order"
    severity = Severity.warning
    kinds = ("journey",)

    def check(self, doc: Document) -> Iterable[Hit]:
        late = None  # the last late stage not followed by a new round
        opening = True  # no stage yet but early ones and referrals: a referral here opens the journey
        for i, stage in enumerate(doc.model.stages):  # type: ignore[union-attr]
            by_id, by_name = _phase(stage.id), _phase(stage.name)
            if by_id[1] or by_name[1]:
                late, opening = None, False
                continue
            phases = {by_id[0], by_name[0]} - {None}
            if phases == {"late"}:
                if opening and all(p[2] for p in (by_id, by_name) if p[0] == "late"):
                    continue  # "Referral" first: how a referred customer's journey begins
                late, opening = stage, False
            elif phases != {"early"}:
                opening = False
            elif phases == {"early"} and late is not None:
                yield doc.hit(
                    ("stages", i, "id"),
                    f"stage '{stage.id}' is an early stage (awareness, discovery) after '{late.id}', a late one "
                    "(loyalty, advocacy); move it up among the early stages, or, if the customer starts over here, "
                    "say so in its name ('re-awareness', 'ponowna świadomość')",
                    pl=f"etap {quote_pl(stage.id)} jest etapem wczesnym (świadomość, odkrywanie), a stoi po "
                       f"{quote_pl(late.id)}, etapie późnym (lojalność, polecanie); przesuń go wyżej, między wczesne "
                       "etapy, a jeśli klient zaczyna tu od nowa, powiedz to w nazwie („re-awareness”, „ponowna "
                       "świadomość”)" if self.polish else None,
                )


class DipOptions(RuleOptions):
    min_stages: int = Field(
        3, ge=2, le=100, alias="min-stages",
        description="A journey with fewer stages scored (`emotion`) than this (2 to 100) is not judged: a sketch "
                    "of one or two stages says too little of the whole.",
    )


def _score(value: int) -> str:
    """An emotion as the journey rules write it: +2, +1, 0, -1."""
    return f"{value:+d}" if value else "0"


@register
class JourneyWithoutDip(Rule):
    """A journey where nothing hurts: no score below 0, no barrier, no pain point.

    What is reported: a journey with at least `min-stages` stages scored (default 3) in which
    no `emotion` is below 0 and no stage lists `barriers` or `pain_points`; once, at its
    `stages`.  The message gives how many stages are scored and their range ("6 stages, all
    +2").  `love_points` do not count either way: a map may say what delights and still
    say where it hurts.  A retired journey (`status: retired`) is not checked: it is kept for
    the record.

    What it leaves to other rules: a stage with no score is stage-without-emotion's
    (CX401), a low score with no opportunity unaddressed-pain's (CX404), a glad feeling
    scored low feeling-contradicts-emotion's (CX409).

    An info finding, on by default: such a map is rarely wrong on purpose, but "All
    checks passed" under it reads as approval.  A team whose maps are long-hand drafts
    raises `min-stages`; `[rules.journey-without-dip] enabled = false` turns it off.

    Why: the method maps each stage's emotions and the barriers met there, from research
    with customers, not from what the company assumes; then it looks for what needs
    fixing.  A journey with no dip and no barrier anywhere is the sign of a map written
    from the company's side: it gives the team nothing to fix, and research seldom shows
    it.

    Bad:
        stages:
          - id: porownanie
            name: Porównanie ofert
            emotion: 2
          - id: zakup
            name: Zakup polisy OC
            emotion: 2
          - id: odnowienie
            name: Odnowienie
            emotion: 2

    Good:
        stages:
          - id: porownanie
            name: Porównanie ofert
            emotion: -1
            barriers:
              - Kalkulator pyta o numer VIN, którego nie ma pod ręką
          - id: zakup
            name: Zakup polisy OC
            emotion: 1
          - id: odnowienie
            name: Odnowienie
            emotion: 2

    Bad (en):
        stages:
          - id: comparing
            name: Compares broadband deals
            emotion: 2
          - id: signing-up
            name: Signs up online
            emotion: 2
          - id: renewal
            name: Renewal at 18 months
            emotion: 2

    Good (en):
        stages:
          - id: comparing
            name: Compares broadband deals
            emotion: -1
            barriers:
              - The checker won't say which speed her flat really gets
          - id: signing-up
            name: Signs up online
            emotion: 1
          - id: renewal
            name: Renewal at 18 months
            emotion: 2
    """

    code = "CX416"
    name = "journey-without-dip"
    severity = Severity.info
    kinds = ("journey",)
    Options = DipOptions

    def check(self, doc: Document) -> Iterable[Hit]:
        model = doc.model
        if model.status == "retired":  # type: ignore[union-attr]
            return  # kept for the record
        stages = model.stages  # type: ignore[union-attr]
        scores = [s.emotion for s in stages if s.emotion is not None]
        if len(scores) < self.options.min_stages or min(scores) < 0:  # type: ignore[attr-defined]
            return
        if any(s.barriers or s.pain_points for s in stages):
            return
        low, high = min(scores), max(scores)
        n, total = len(scores), len(stages)
        said = f"all {_score(low)}" if low == high else f"emotions {_score(low)} to {_score(high)}"
        powiedziane = f"wszystkie {_score(low)}" if low == high else f"emocje od {_score(low)} do {_score(high)}"
        scored = f"{n} stages" if n == total else f"{n} of {total} stages scored"
        ocenione = counted(n, "etap", "etapy", "etapów") if n == total else f"{n} {out_of(total)} etapów z oceną"
        yield doc.hit(
            ("stages",),
            f"no stage scores below 0 and none names a barrier or pain point ({scored}, {said}); a journey with no "
            "dip is rarely what research shows: add where the persona hesitated, waited or got stuck, as the "
            "interviews tell it",
            key=True,
            pl=f"żaden etap nie ma emocji poniżej 0 ani nie wskazuje bariery czy bolączki ({ocenione}, {powiedziane}); "
               "ścieżka bez żadnego spadku rzadko jest tym, co pokazują badania: dopisz, gdzie persona się wahała, "
               "czekała albo utknęła, tak jak wynika to z wywiadów" if self.polish else None,
        )


#: Words that open a wish, not a measure ("Improve conversion", "Poprawić konwersję", "Wyższa konwersja").
_WISH_WORDS = frozenset((
    "improve", "improved", "improving", "increase", "increased", "increasing", "reduce", "reduced", "reducing", "boost",
    "grow", "raise", "decrease", "lower", "maximise", "maximize", "minimise", "minimize", "optimise", "optimize",
    "better", "higher", "more", "fewer", "less", "enhance", "drive",
    "poprawić", "poprawic", "poprawa", "poprawienie", "zwiększyć", "zwiekszyc", "zwiększenie", "zwiekszenie",
    "zmniejszyć", "zmniejszyc", "zmniejszenie", "podnieść", "podniesc", "podniesienie", "obniżyć", "obnizyc",
    "obniżenie", "obnizenie", "ograniczyć", "ograniczyc", "ulepszyć", "ulepszyc", "wzrost", "spadek", "lepsza",
    "lepszy", "lepsze", "wyższa", "wyzsza", "wyższy", "wyzszy", "niższa", "nizsza", "niższy", "nizszy", "więcej",
    "wiecej", "mniej", "optymalizacja", "maksymalizacja", "minimalizacja",
))
#: Numbers written as words: a metric that says one has a number ("Zero failed payroll runs", "połowa").
_NUMBER_WORDS = frozenset((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "twice", "double",
    "jeden", "jedna", "jedno", "dwa", "dwie", "trzy", "cztery", "pięć", "piec", "połowa", "polowa", "połowę", "polowe",
    "dwukrotnie", "zera",
))


#: Numbers in words beyond :data:`_NUMBER_WORDS`: the teens and tens, hundreds, thirds, and the
#: Polish numerals in their cases ("z trzydziestu do czterdziestu", "o jedną trzecią", "dwunastu").
_NUMBER_WORD = lazy(globals(), "_NUMBER_WORD",
    r"\b(?:eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty"
    r"|hundreds?|thousands?|millions?|dozens?|thirds?"
    r"|jed(?:en|na|no|nej|nego|nemu|nym|nych|ną|enast\w*|enaści\w*)|dw(?:a|ie|óch|oje|u|oma)\w*|trzy|trzydzie\w*|trzyst\w*|trzema|trze(?:ch|j|ci\w*)"
    r"|czter\w*|pię[ćc]\w*|pięci\w*|sześ[ćc]\w*|sześci\w*|siedem\w*|siedmi\w*|osiem\w*|ośmi\w*|dziewię[ćc]\w*"
    r"|dziewięci\w*|dziesię[ćc]\w*|dziesięci\w*|\w+naście|\w+nastu|sto|stu|tysi[ąę]c\w*|milion\w*"
    r"|poł(?:owa|owę|owy|owie|ową)|ćwier[ćc]\w*)\b", re.IGNORECASE)


def _metric_has_number(text: str) -> bool:
    """Whether a metric says a number: a digit, a per cent sign or a number in words."""
    if "%" in text or _DIGITS.search(text) is not None:
        return True
    return any(w in _NUMBER_WORDS for w in tokens(text)) or _NUMBER_WORD.search(text) is not None


@register
class VagueMetric(Rule):
    """A stage metric with no number: a name or a wish, no baseline, no target.

    What is reported: each item of a stage's `metrics` with no digit, no per cent sign and no
    number in words ("NPS", "Customer satisfaction", "Improve conversion", "Zadowolenie klientów",
    "Poprawić konwersję"); a metric that opens with a wish ("Improve", "Increase", "Poprawić",
    "Zwiększyć", "Wyższa") is told it is a wish.  "Trial-to-paid conversion within 14 days (today
    9%)", "NPS z 12 do 30 do 2027-06-30" and "Zero failed payroll runs" pass.  At the metric; the
    advice is "from X to Y by date", in the document's language.

    What it leaves to other rules: a metric that says there is none ("brak", "nie mierzymy", "n/a",
    "TBD") is unmeasured-opportunity's (CX415) and the placeholder rule's (CX501).  A retired
    journey (`status: retired`) is not checked.  An info finding, on by default;
    `[rules.vague-metric] enabled = false` turns it off.

    Why: the method ends in changes whose effect is watched.  A KPI without where it stands
    today and where it should be by when cannot say whether a fix worked; "NPS" on a stage is a
    topic, not a measure.

    Bad:
        stages:
          - id: wdrozenie
            name: Wdrożenie i migracja danych
            metrics:
              - Zadowolenie klientów

    Good:
        stages:
          - id: wdrozenie
            name: Wdrożenie i migracja danych
            metrics:
              - Dni od podpisania umowy do pierwszej listy płac (dziś 41, cel 30 do 2027-06-30)

    Bad (en):
        stages:
          - id: shortlist
            name: Shortlist
            metrics:
              - Improve conversion

    Good (en):
        stages:
          - id: shortlist
            name: Shortlist
            metrics:
              - Demo-to-pilot conversion from 18% to 25% by 2027-06-30
    """

    code = "CX417"
    name = "vague-metric"
    severity = Severity.info
    kinds = ("journey",)
    reads_words = True

    def check(self, doc: Document) -> Iterable[Hit]:
        model = doc.model
        if model.status == "retired":  # type: ignore[union-attr]
            return  # kept for the record
        for i, stage in enumerate(model.stages):  # type: ignore[union-attr]
            for k, metric in enumerate(stage.metrics):
                text = " ".join(metric.text.split())
                # A template's "TODO", "<metric>" is the placeholder rule's (CX501): one problem, told once.
                if _metric_has_number(text) or _names_no_measure(text) or placeholder_at(text) is not None:
                    continue
                words = tokens(text)
                wish = bool(words) and words[0] in _WISH_WORDS
                what = " ".join(text.split()[1:]) if wish and len(words) > 1 else text
                if doc.lang == "pl":  # asked only here: guessing a language is dear
                    if wish and what.split()[0].endswith("ę"):
                        # The object of "Poprawić konwersję" named as a measure: "Konwersja", "Liczba demo".
                        what = what.split()[0][:-1] + "a" + what[len(what.split()[0]):]
                    example = f"„{what[:1].upper()}{what[1:]}: z X do Y do dnia RRRR-MM-DD”"
                else:
                    example = f"'{what[:1].upper()}{what[1:]}: from X to Y by YYYY-MM-DD'"
                said = ("is a wish, not a measure" if wish else "has no number")
                powiedziane = ("to życzenie, a nie miara" if wish else "nie ma liczby")
                yield doc.hit(
                    ("stages", i, "metrics", k),
                    f"metric '{text}' of stage '{stage.id}' {said}: no baseline and no target; write where it "
                    f"stands and where it should be by when, e.g. {example}",
                    pl=f"wskaźnik {quote_pl(text)} etapu {quote_pl(stage.id)} {powiedziane}: nie ma punktu wyjścia ani "
                       f"celu; zapisz, ile wynosi dziś, ile ma wynosić i do kiedy, np. {example}"
                    if self.polish else None,
                )


#: The stage fields whose copies repeated-stage-text compares: one text each, then lists of traits.
_STAGE_TEXTS = ("goal", "doing", "thinking", "feeling")
_STAGE_LISTS = ("barriers", "pain_points", "love_points", "metrics")
_NOT_WORD = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")


def _bucket(text: str) -> str:
    """A cheap first grouping of texts that may be copies: their first four characters, in lower case (copies
    differ, if at all, in case, spacing, punctuation or numbers further on: "Step 1 …", "Step 2 …")."""
    return text.lstrip(_LEADING)[:4].casefold()


def _list_texts(stage: Any, field: str) -> list[str]:
    """The texts of a stage's list ``field`` (its opportunities' actions for "opportunities")."""
    if field == "opportunities":
        return [opp.action for opp in stage.opportunities if isinstance(opp.action, str)]
    return [item.text for item in getattr(stage, field)]


def _all_copied(stages: list[Any], field: str, i: int) -> bool:
    """Whether every item of stage ``i``'s list ``field`` is found (:func:`_copy_key`) in three stages or more:
    the stage's list says nothing of its own. Read only for a text already found in three stages."""
    numbers = field == "metrics"
    keys: dict[int, set[str | None]] = {}
    for text in _list_texts(stages[i], field):
        key = _copy_key(text, numbers)
        if key is None:
            return False  # a short item of its own ("Price") still tells the stage apart
        found = 0
        for j, stage in enumerate(stages):
            if j not in keys:
                keys[j] = {_copy_key(t, numbers) for t in _list_texts(stage, field)}
            found += key in keys[j]
        if found < 3:
            return False
    return True


#: What a text may open with that its copies may write otherwise: blanks, numbers, punctuation, quotes.
_LEADING = " \t\n0123456789.,;:!?-–—*#/()[]\"'„“”‘’«»…"


def _copy_key(text: str, numbers: bool) -> str | None:
    """The text as copies of it compare (case, punctuation and spacing aside; its numbers too unless
    ``numbers``: "work through step 1" and "step 2" are one template), or None under three words."""
    key = _NOT_WORD.sub(" ", text.casefold())
    if not numbers:
        key = _DIGITS.sub("#", key)
    words = key.split()
    return " ".join(words) if len(words) >= 3 else None


@register
class RepeatedStageText(Rule):
    """Three or more stages with the same text in a field: copied, not researched.

    What is reported: a text of three words or more written in the same field of three or more
    stages: `goal`, `doing`, `thinking`, `feeling`, an item of `barriers`, `pain_points`,
    `love_points` or `metrics`, or an opportunity's `action`.  Case, punctuation and spacing
    do not count, and outside `metrics` neither do numbers ("Works through step 1", "…step 2":
    one template).  A list's item counts only in the stages whose list in that field is all such
    copies: a barrier that lasts through several stages, each with barriers of its own, is no copy.
    A template's "TODO: …" is the placeholder rule's (CX501).  Once for each such text, at its
    first stage; the message names the stages.  A retired journey (`status: retired`) is not checked.  An info finding, on by default;
    `[rules.repeated-stage-text] enabled = false` turns it off.

    Why: a journey map records what research found at each stage: what the customer does,
    thinks and feels there, and what stops them.  The same sentence in every stage says nothing
    about any of them; it is a template left unfilled, and the emotion curve beside it is a guess.

    Bad:
        stages:
          - id: prezentacja
            name: Prezentacja
            thinking: Czy to zadziała przy zamknięciu miesiąca?
          - id: pilotaz
            name: Pilotaż
            thinking: Czy to zadziała przy zamknięciu miesiąca?
          - id: umowa
            name: Podpisanie umowy
            thinking: Czy to zadziała przy zamknięciu miesiąca?

    Good:
        stages:
          - id: prezentacja
            name: Prezentacja
            thinking: Czy eksport do Symfonii obsłuży nasze 3 oddziały?
          - id: pilotaz
            name: Pilotaż
            thinking: Jeśli pierwsza lista płac z Paywise się nie zgodzi, wracamy do Excela
          - id: umowa
            name: Podpisanie umowy
            thinking: Dział prawny znów dopisze poprawki do umowy powierzenia danych

    Bad (en):
        stages:
          - id: demo
            name: Demo
            doing: Claire and her HR manager work through step 4
          - id: pilot
            name: Pilot
            doing: Claire and her HR manager work through step 6
          - id: contract
            name: Contract signed
            doing: Claire and her HR manager work through step 8

    Good (en):
        stages:
          - id: demo
            name: Demo
            doing: Asks the account executive to show the Sage 200 journal export
          - id: pilot
            name: Pilot
            doing: Runs the Leeds depot's October payroll in parallel with Excel
          - id: contract
            name: Contract signed
            doing: Chases procurement for the DPA redlines for six weeks
    """

    code = "CX418"
    name = "repeated-stage-text"
    severity = Severity.info
    kinds = ("journey",)

    def check(self, doc: Document) -> Iterable[Hit]:
        model = doc.model
        if model.status == "retired":  # type: ignore[union-attr]
            return  # kept for the record
        stages = model.stages  # type: ignore[union-attr]
        if len(stages) < 3:
            return
        # First by a cheap bucket (the first four characters, case aside): most
        # texts are alone in theirs, and only a bucket of three stages or more is compared word by word.
        buckets: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
        for i, stage in enumerate(stages):
            for field in _STAGE_TEXTS:
                text = getattr(stage, field)
                if text:
                    buckets.setdefault((field, _bucket(text)), []).append((i, -1, text))
            for field in _STAGE_LISTS:
                for k, item in enumerate(getattr(stage, field)):
                    buckets.setdefault((field, _bucket(item.text)), []).append((i, k, item.text))
            for k, opp in enumerate(stage.opportunities):
                buckets.setdefault(("opportunities", _bucket(opp.action)), []).append(
                    (i, k, opp.action))
        for (field, _letters), rows in buckets.items():
            if len(rows) >= 3 and len({row[0] for row in rows}) >= 3:
                yield from self._copies(doc, field, rows)

    def _copies(self, doc: Document, field: str, rows: list[tuple[int, int, str]]) -> Iterable[Hit]:
        """The findings of one bucket's rows (stage index, item index, text): one for each text in 3+ stages."""
        stages = doc.model.stages  # type: ignore[union-attr]
        groups: dict[str, list[tuple[int, int, str]]] = {}
        for row in rows:
            key = _copy_key(row[2], field == "metrics")
            # A template's "TODO: …" is the placeholder rule's (CX501), in every stage of a fresh `cxkit new`.
            if key is not None and placeholder_at(row[2]) is None:
                where = groups.setdefault(key, [])
                if not where or where[-1][0] != row[0]:
                    where.append(row)
        for where in groups.values():
            if len(where) >= 3 and where[0][1] >= 0:
                # A barrier, pain or fix that lasts through several stages is real ("IT security sign-off
                # pending" from the demo to the contract): a list's item is a copy only in the stages whose
                # list in that field says nothing of their own, every item of it found in three stages or more.
                where = [row for row in where if _all_copied(stages, field, row[0])]
            if len(where) < 3:
                continue
            i, k = where[0][0], where[0][1]
            at = (("stages", i, field) if k < 0 else ("stages", i, "opportunities", k, "action")
                  if field == "opportunities" else ("stages", i, field, k))
            ids = [stages[row[0]].id for row in where]
            shown = ", ".join(f"'{s}'" for s in ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
            pokazane = (", ".join(quote_pl(s) for s in ids[:5])
                        + (f" i jeszcze {len(ids) - 5}" if len(ids) > 5 else ""))
            text = " ".join(where[0][2].split())
            same = len({_copy_key(row[2], True) for row in where}) == 1  # or alike but for their numbers
            label = "an opportunity's `action`" if field == "opportunities" else f"`{field}`"
            etykieta = "`action` usprawnienia" if field == "opportunities" else f"`{field}`"
            but = "" if same else " (but for its numbers)"
            poza = "" if same else " (poza liczbami)"
            n = len(ids)
            maja = "mają" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "ma"
            yield doc.hit(
                at,
                f"{n} stages ({shown}) have the same text in {label}{but}: '{text}'; write what research found at each "
                "stage: a text copied into every stage tells them apart no more than an empty one",
                pl=f"{counted(n, 'etap', 'etapy', 'etapów')} ({pokazane}) {maja} ten sam tekst w {etykieta}{poza}: "
                   f"{quote_pl(text)}; wpisz, co badania "
                   "pokazały na każdym etapie: tekst skopiowany do wszystkich etapów nie odróżnia ich bardziej niż puste "
                   "pole" if self.polish else None,
            )
