"""Rules about evidence: personas rest on research, and research ages."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cached_property
from typing import Any, Iterable

from pydantic import Field

from ..finding import Hit, Place, Severity
from ..polish import counted, plural
from ..polish import q as quote_pl
from ..lazyre import lazy
from ..rule import Rule, RuleOptions, register
from ..textnorm import FOLD_PL
from ...clock import today  # noqa: F401  (rules and tests refer to evidence.today)
from ...clock import holds, peek, shifted, steady
from ...model.validate import closest
from ...workspace import Document, WorkspaceIndex, as_text, source_line


#: Words by which a source says it is no research: assumptions, hypotheses, a brainstorm, a guess,
#: the opposite of another persona. Matched at the start of a word of the folded note or id, and
#: only as whole word forms: "domysł", not "domyślny" (default); what a source leaves out ("bez
#: danych osobowych", "no interviews needed", "without customers' personal data", "bez danych klientów
#: indywidualnych") says nothing of whether it is research.
_ASSUMED = lazy(globals(), "_ASSUMED",
    r"(?<![a-z])(?:zalozen(?!i[aeu]? (?:kont|firm|sklep|profil|rachunk|lokat|dzialalnos))"
    r"|przypuszcz|hipotez|domysl(?!n)|domniema|intuicj|zgadu|burz[aye]? mozgow"
    r"|brainstorm|assum|hypothes|guess|gut feel|intuition|made up|wishful|proto-?persona|protopersona"
    r"|odwrotnosc persony|przeciwienstwo persony|lustrzane odbicie|opposite of (?:the )?persona|inverse of (?:the )?persona"
    r"|mirror of (?:the )?persona|bez (?:badan|rozmow|wywiadow)\b|without (?:research|talking|interviews)\b"
    r"|no research\b|not validated|unvalidated|niezweryfikowan"
    # The team's own experience or common sense: "Nasze doświadczenie z rynku", "Zdrowy rozsądek i obserwacje"
    r"|nasz\w* (?:wlasn\w* )?doswiadczen|our (?:own )?experience|zdrow\w* rozsad|common sense|przeczuci|hunch\b"
    r"|(?:no (?:real )?(?:customer|user|client) (?:data|input)\b|no customers? (?:involved|present)\b"
    r"|without (?:any )?(?:customers|customer data|users|user data)\b"
    r"|bez (?:zadnych )?danych (?:od |o |z )?klient|bez udzial\w* klient|bez klient(?:ow|ek)\b)"
    # ... unless it goes on to say which of their data, or which customers, it leaves out
    r"(?!\w*(?:'s?|s')?,? (?:personal|identif|names?\b|beyond|other than|except|apart from|of ours|"
    r"osobow|indywidualn|identyfik|poza |oprocz|procz|nazwisk))"
    r"|wyobrazen|wyobraza|wyobrazil|imagin(?:ed|es|e|ation|ing)\b)"
)
#: Words that make research of an assumption: it is tested, checked, disproved, or a method's own
#: ("Testing the assumption that…", "weryfikacja założeń z warsztatu", "założenia metodologiczne",
#: "assumptions about Gen Z disproved", "Hypothesis-driven analysis of 12 000 orders").
_TESTED_BEFORE = lazy(globals(), "_TESTED_BEFORE",
    r"(?<![a-z])(?:test|verif|weryfik|sprawdz|validat|disprov|obal|falsyf|check|confirm|potwierdz|pod katem)"
)
_TESTED_AFTER = lazy(globals(), "_TESTED_AFTER",
    r"(?<![a-z])(?:disprov|obalon|obal|refut|rejected|odrzucon|confirm|potwierdz|zweryfikowan|verified|tested|przetestowan"
    r"|sprawdzon|validated|metodolog|methodolog)"
)
_WORDS_AROUND = 3
_NOT = frozenset({"not", "nie", "never", "nigdy", "yet", "jeszcze", "be", "byc"})
_CLAUSE_END = lazy(globals(), "_CLAUSE_END", r"[;,.:!?()\[\]]")
_DRIVEN = lazy(globals(), "_DRIVEN", r"-(?:driven|led|testing|tested)\b")
#: The rest of an assumption's clause up to a comma, and the first word after it: what is said of it there.
_APPOSITION = lazy(globals(), "_APPOSITION", r"[^;,.:!?()\[\]]*,[ \t]*(\w+)")


def _tested(folded: str, start: int, end: int) -> bool:
    """Whether the words of an assumption at ``folded[start:end]`` are governed by research in their
    own clause: a verb of testing within three words before them, a result or a method after them
    (not denied: "not validated" is no result), or a compound of method ("hypothesis-driven analysis")."""
    while end < len(folded) and folded[end].isalnum():
        end += 1
    if _DRIVEN.match(folded, end):
        return True
    before = _CLAUSE_END.split(folded[:start])[-1].split()[-_WORDS_AROUND:]
    after = _CLAUSE_END.split(folded[end:])[0].split()
    if _TESTED_BEFORE.search(" ".join(before)):
        return True
    # A result anywhere in the clause ("assumptions about Gen Z disproved"), unless denied ("not validated").
    if any(_TESTED_AFTER.match(word) and (k == 0 or after[k - 1] not in _NOT) for k, word in enumerate(after)):
        return True
    # Or said of them right after a comma ("Założenia zespołu, zweryfikowane w 12 wywiadach", "Team
    # assumptions, tested in 10 interviews"; not "…, nie zweryfikowane", "…, not yet tested").
    apposition = _APPOSITION.match(folded, end)
    return apposition is not None and _TESTED_AFTER.match(apposition.group(1)) is not None


#: Kinds of source that may be no research at all; interviews, surveys and data are research even
#: when their note says they tested assumptions ("Wywiady weryfikujące hipotezy").
_MAYBE_ASSUMED = frozenset({"other", "desk-research"})
#: Words of assumption that a report may use of its own content ("Raport PIE, założenia
#: makroekonomiczne na s. 4", "the forecast's assumptions"): in desk research they say the source is
#: assumed only when the team owns them in the same clause ("założenia zespołu", "our assumptions").
_REPORT_WORDS = lazy(globals(), "_REPORT_WORDS", r"(?:zalozen|przypuszcz|hipotez|domniema|intuicj|assum|hypothes|intuition|wyobraz|imagin)")
_OWNED = lazy(globals(), "_OWNED",
    r"(?<![a-z])(?:zespol|nasz|wlasn|dzial|warsztat|our|ours|we|team|teams|workshop|kick-?off|in-house"
    r"|zarzad|board|prezes|ceo|founders?|zalozyciel|management|kierownictw)"
)

#: A source a language model wrote: a word of making and a model's name within three words, in
#: either order ("Persona generated with ChatGPT", "wygenerowana przez AI", "GPT-4-generated").
_MADE = (r"(?:generated|wygenerowan\w*|wygenerowal\w*|generowan[ay]|created|stworzon\w*|stworzyl\w*|utworzon\w*"
         r"|napisan\w*|napisal\w*|written|wrote|prompt\w*)")
_MODEL = (r"(?:chat ?gpt|gpt(?:-?\d[\w.]*)?|llms?|large language models?|modelu? jezykow\w*|sztuczn\w* inteligencj\w*"
          r"|ai|claude|gemini|copilot|perplexity)")
_GAP = r"[^a-z0-9;,.:!?()]+(?:[a-z0-9'-]+[^a-z0-9;,.:!?()]+){0,3}?"
_MODEL_MADE = lazy(globals(), "_MODEL_MADE",
    rf"(?<![a-z]){_MADE}{_GAP}{_MODEL}(?![a-z0-9])|(?<![a-z]){_MODEL}(?:-generated|{_GAP}{_MADE})(?![a-z])"
)
_MADE_START = lazy(globals(), "_MADE_START", _MADE)
#: Words by which a model only worked on research: transcribed, summarised, translated, analysed or
#: coded what customers said ("Transkrypcje 12 wywiadów wygenerowane przez AI").
_WORKED_ON = lazy(globals(), "_WORKED_ON",
    r"(?<![a-z])(?:transcri|transkryp|summar|podsumow|streszcz|translat|tlumacz|przetlumacz|analy|analiz|coded|kodowan"
    r"|tagged|otagowan|pivot|tabel|table|wykres|chart|graph|count|policz|zlicz|visuali|wizualiz)"
)
#: Words by which a model is the one that made it, between a word of making and the model's name
#: ("generated with ChatGPT", "wygenerowana przez AI", "created using GPT-4", "stworzona za pomocą AI");
#: without one the model is what was written about, or to ("written about AI", "wrote to an AI
#: chatbot", "stworzyli własne narzędzia AI").
_BY_MODEL = frozenset({"by", "with", "using", "via", "through", "in", "przez", "w", "z", "ze", "pomoca", "pomocy",
                       "uzyciu", "uzywajac", "wykorzystaniem", "wykorzystujac"})
#: Words by which a model is the subject of a report, not its author: before its name ("about AI",
#: "o AI", "na temat ChatGPT") or after it ("an AI chatbot", "narzędzia AI", "AI tools").
_ABOUT_MODEL = frozenset({"about", "on", "regarding", "o", "temat", "dotyczacy", "dotyczacej", "narzedzia", "narzedzi",
                          "tools", "chatbot", "chatbots", "chatbota", "asystent", "assistant", "features", "funkcje"})
#: An interview with the team's own executives ("Rozmowa z naszym prezesem", "Interview with our CEO"),
#: unless customers are asked too, named anywhere in the note but in what it is about ("z naszym
#: zarządem i 6 klientami", "Interviews with 12 customers, run together with our CEO", "Sales calls
#: with our founders; 6 buyers asked"; not "Interview with our CEO about the ideal buyer"). A
#: compound is no executive: "our board-level buyers".
_OWN_PEOPLE = lazy(globals(), "_OWN_PEOPLE",
    r"(?<![a-z])(?:z|ze|with) (?:our|nasz\w*|wlasn\w*)(?: own)? (?:ceo|prezes\w*|zarzad\w*|board|founders?|co-?founders?"
    r"|zalozyciel\w*|wspolzalozyciel\w*|management|kierownictw\w*|head of sales|sales (?:team|director|manager)s?"
    r"|salespeople|account managers?|(?:dyrektor|kierowni|szef)\w* (?:sprzedazy|handlow\w*)|handlowc\w*|sprzedawc\w*"
    r"|(?:dzial\w*|zespol\w*) (?:sprzedazy|handlow\w*))(?![a-z'-])"
)
#: An interview with one of a public office's heads, with or without "our" ("Rozmowa z naczelnikiem Wydziału
#: Działalności Gospodarczej", "z Prezydentem Miasta", "z dyrektorem wydziału", "with the council's chief
#: executive", "with the head of the council's housing department"; not "z 5 burmistrzami", "with three heads
#: of service": many of them asked is research): the office's own view, unless the persona is one of the
#: office's people (see _OFFICIAL_ROLE), whom a company selling to offices serves.
_OFFICE_HEAD = lazy(globals(), "_OFFICE_HEAD",
    r"(?<![a-z])(?:z|ze) (?:nasz\w* |panem |pania )?(?:naczelnikiem|naczelniczka|burmistrzem|burmistrzynia|wojtem"
    r"|starosta|marszalkiem|prezydentem miasta|prezydent miasta|(?:zastepca )?(?:dyrektorem|dyrektorka|kierownikiem"
    r"|kierowniczka) (?:naszego |tego )?(?:wydzialu|departamentu|referatu|biura|urzedu)|sekretarzem (?:miasta|gminy"
    r"|powiatu|urzedu))(?![a-z])"
    r"|(?<![a-z])with (?:our|the (?:council|city|town|borough)'?s?) (?:chief executive|mayor|head of (?:service"
    r"|department|directorate|[a-z]+(?= department| services?\b))|director(?: of (?:services|[a-z]+ services))?"
    r"|service director)(?![a-z'-])"
    r"|(?<![a-z])with (?:our |the )?head of (?:our|the (?:council|city|town|borough)'?s?) (?:[a-z]+ )?(?:department"
    r"|service|directorate)(?![a-z'-])"
    r"|(?<![a-z])with (?:the )?(?:council leader|leader of the council|town clerk|mayor)(?![a-z'-])"
)
_OURS = lazy(globals(), "_OURS", r"(?<![a-z])(?:our|nasz\w*|nasi)(?![a-z])")
#: Sellers ("sprzedawcy"): a shop's staff, but a marketplace's customers. They are the people a persona
#: describes when the persona is a seller, a merchant, a shop's owner or a sales partner (in its name, id,
#: occupation or its summary's first sentence: "Sprzedawca na Allegro", "właściciel sklepu internetowego",
#: "Prowadzi sklep z częściami rowerowymi na naszej platformie"), or the persona's summary describes a
#: marketplace ("sprzedaje przez naszą platformę sprzedażową", "a seller on our marketplace").
_SELLERS = lazy(globals(), "_SELLERS", r"(?<![a-z])sprzedawc\w*")
_SELLER_ROLE = lazy(globals(), "_SELLER_ROLE",
    r"(?<![a-z])(?:sprzedawc\w*|sprzedajac\w*|sellers?|merchants?|resellers?|wlasciciel\w* (?:\w+ )?(?:sklep|butik)\w*"
    r"|prowadz\w* (?:\w+ )?(?:sklep|butik)\w*|(?:shop|store|boutique) owners?|runs (?:an? |her |his |their )?(?:\w+ )?"
    r"(?:shop|store|boutique)|partner\w* (?:handlow|sprzedaz)\w*|(?:sales|channel|reseller) partners?)(?![a-z])"
)
_MARKETPLACE = lazy(globals(), "_MARKETPLACE",
    r"(?<![a-z])(?:marketplace\w*|platform\w* (?:sprzedazow|handlow|aukcyjn|ogloszeniow|e-?commerce)\w*"
    r"|(?:selling|sells|sprzedaj\w*) (?:\w+ ){0,3}?(?:na|przez|on|via|through) (?:nasz\w* |our |the )?platform\w*)"
    r"(?![a-z])"
)
#: Sales people ("handlowcy", "sales reps"): named without "our", they are the people the persona describes
#: when it is one of them ("Handlowiec B2B w hurtowni", "Sales rep at a software reseller").
_SALES_OWNER = lazy(globals(), "_SALES_OWNER",
    r"(?<![a-z])(?:handlowc\w*|salespeople|(?:sales )?reps|account (?:managers|executives))(?![a-z])")
_SALES_ROLE = lazy(globals(), "_SALES_ROLE",
    r"(?<![a-z])(?:handlow(?:iec|ca|cy|czyni)\w*|przedstawiciel\w* handlow\w*|sales ?(?:reps?|representatives?|people"
    r"|person|managers?|executives?)|salespeople|salesperson|account (?:managers?|executives?))(?![a-z])"
)
#: Words by which a persona is one of a public office's people, in its name, id, occupation or its
#: summary's first sentence: a head, an official, a councillor ("Naczelniczka Wydziału Lokalowego",
#: "urzędniczka w referacie podatków", "Mayor of a market town"). Interviews with an office's heads are
#: then research with the people the persona describes, as those with customers are.
_OFFICIAL_ROLE = (
    r"naczelni(?:k|cz)\w*|burmistrz\w*|wojt\w*|starost(?:a|y|e|owie|ow)\b|marszal(?:ek|k\w+)|prezydent\w* miasta"
    r"|sekretarz\w* (?:miasta|gminy|powiatu|urzedu)|skarbni(?:k|cz)\w*|urzedni(?:k|cz)\w*|radn(?:y|a|ego|ej)\b"
    r"|(?:dyrektor|kierowni(?:k|cz))\w* (?:\w+ )?(?:wydzialu|departamentu|referatu|biura|urzedu)"
    r"|pracowni(?:k|cz)\w* (?:urzedu|starostwa|gminy|samorzadu|ratusza|magistratu|ministerstwa)|samorzadowiec"
    r"|mayor|councillor|council leader|leader of the council|town clerk|civil servant|public servant|council officer"
)
#: Words of a public office as an employer, read in the occupation only ("Head of Housing, district
#: council", "informatyk w urzędzie gminy"): a resident's summary may name the council they write to.
#: Councils and self-governments of students, pupils, parents or tenants are no office ("student council
#: rep", "samorząd studencki"), nor is a municipal company ("bus driver, municipal transport company").
_OFFICE_EMPLOYER = (
    r"w (?:urzedzie|starostwie|ratuszu|magistracie|ministerstwie)"
    r"|samorzad\w*(?! (?:studenc|uczniow|doktoranc|mieszkanc|osiedl|zawodow|akademick|szkoln)\w*)"
    r"|(?:city|county|district|borough|town|parish|metropolitan|local) council"
    r"|(?<!student )(?<!students' )(?<!school )(?<!youth )(?<!pupil )(?<!parents' )(?<!works )(?<!union )"
    r"(?<!tenants' )(?<!residents' )council"
    r"(?!'?s? (?:rep|representative|member|flat|house|home|estate|tenant|tax ?payer)s?\b)'?s?"
    r"|local authority|local government|municipality|municipalities|municipal (?:office|government|council|authority"
    r"|administration|department|services department|official|employee|clerk)s?|government department"
)
#: Words by which a persona deals with a public office as one of the people it serves (anywhere in its name, id,
#: occupation or summary): a resident, a tenant, an applicant, a taxpayer, a business in a public register
#: ("składa w urzędzie wniosek o dodatek", "reports bins through the council's website", "przedsiebiorca-ceidg").
#: An office's heads are then the organisation the persona's research should look past; for anyone else (a school
#: head, a care home's manager) they are neither the persona's people nor the author's organisation, and asking
#: them is not reported.
_DEALS_WITH_OFFICE = lazy(globals(), "_DEALS_WITH_OFFICE",
    r"(?<![a-z])(?:urzed\w*|urzad\w*|gmin\w*|mieszkan\w*|wnios\w*|petent\w*|obywatel\w*|interesan\w*|epuap|ceidg|krs"
    r"|zus|krus"
    r"|e-?uslug\w*|meldun\w*|ratusz\w*|magistrat\w*|starostw\w*|podat\w*|council\w*|residents?|citizens?"
    r"|tenants?|applicants?|claimants?|benefits?|local authority|municipal\w*|town hall|city hall)(?![a-z])"
)
_OFFICIAL = lazy(globals(), "_OFFICIAL", rf"(?<![a-z])(?:{_OFFICIAL_ROLE})(?![a-z])")
_OFFICIAL_WORK = lazy(globals(), "_OFFICIAL_WORK", rf"(?<![a-z])(?:{_OFFICIAL_ROLE}|{_OFFICE_EMPLOYER})(?![a-z])")
#: The team's own opinion given as a source ("Opinie naszego zespołu sprzedaży", "Zdaniem zarządu…", "Nasz
#: zespół uważa…", "Our CEO thinks…", "the sales team's view"): what the team believes, not what it found.
_VIEW_OWNER_PL = (r"(?:nas[zi]\w* |calego )?(?:zespol\w*|dzial\w* (?:sprzedazy|handlow\w*|marketingu|obslugi)"
                  r"|zarzad\w*|prezes\w*|handlowc\w*|sprzedawc\w*|kierownictw\w*|zalozyciel\w*|szef\w*|dyrekcj\w*"
                  r"|doradc\w*|przedstawiciel\w*|opiekun\w*|konsultant\w*)")
_VIEW_OWNER_EN = (r"(?:(?:our|the|my) (?:own )?(?:[a-z]+(?:-[a-z]+)? ){0,2}?(?:team|ceo|management|board|founders?|leadership|boss"
                  r"|sales|marketing|directors?|head of sales|managers?|salespeople|reps|account executives?)"
                  r"|management|leadership)")
_TEAM_VIEW = lazy(globals(), "_TEAM_VIEW",
    rf"(?<![a-z])(?:opini\w*|zdaniem|wedlug|przekonani\w*|odczuci\w*|przeczuci\w*|poglad\w*) {_VIEW_OWNER_PL}(?![a-z])"
    rf"|(?<![a-z]){_VIEW_OWNER_PL} (?:[a-z]+ )?(?:uwaza|sadz|mysl|wierz|twierdz|czuj|mowi|mowil|powiedz)\w*(?![a-z])"
    rf"|(?<![a-z]){_VIEW_OWNER_EN}(?: team)?(?:'s?)? (?:thinks?|believes?|feels?|reckons?|says|say|said|hears?|heard|opinions?|views?|beliefs?"
    rf"|hunch\w*|impressions?|take on)(?![a-z])"
    rf"|(?<![a-z])(?:(?:opinions?|views?|beliefs?|hunch\w*|impressions?) (?:of|from)|according to) {_VIEW_OWNER_EN}(?![a-z])"
)
#: What the team knows or passes on, given as a source: the team's only when it says "our"/"nasz" ("Wiedza
#: naszych handlowców o klientach", "Feedback from our account managers"); "feedback from the board of Acme"
#: and "wiedza zespołu badawczego" may be anyone's.
_TEAM_KNOWS = lazy(globals(), "_TEAM_KNOWS",
    rf"(?<![a-z])(?:wiedz[aey]|wiedze|doswiadczeni[ae]|feedback|uwagi|sygnaly od) (?:nas[zi]\w*) {_VIEW_OWNER_PL}(?![a-z])"
    rf"|(?<![a-z])(?:feedback|input|knowledge|experience|insights?) (?:of|from) our (?:own )?(?:[a-z]+ )?(?:team|ceo"
    rf"|management|board|founders?|leadership|sales|marketing|directors?|head of sales|managers?|salespeople|reps"
    rf"|account executives?)(?![a-z'-])"
)
#: What the team says ("Handlowcy mówią…", "Zespół powiedział…") and knows is its opinion only where the
#: note counts no sample: "Feedback from our support team: 1,200 tickets tagged by topic" and "Uwagi naszych
#: handlowców z 40 rozmów z klientami" pass on records and conversations. A sample is "n=…" or a number
#: with what was counted within three words; a share, a year, a price or an age is none ("raty 0%", "80%
#: klientek", "z 2025 r.", "15 lat doświadczenia").
_SAYS = lazy(globals(), "_SAYS", r"(?:mowi\w*|mowil\w*|powiedz\w*|say|said|hears?|heard)$")
_SAMPLE = (r"(?:rozm[oa]w|wywiad|zgloszen|ankiet|notat|nagran|spotkan|wizyt|dem[oa]?\b|demos|rekord|transkrypc|zamowien"
           r"|transakcj|opini|recenzj|czat|mail|call|ticket|interview|note|response|conversation|thread|chat|transcript"
           r"|survey|meeting|visit|record|review|order|email|deal|session)\w*")
#: (A year counts only right before what was counted: "2026 pipeline review" is no sample, "2000 zgłoszeń" is.)
_COUNTED = lazy(globals(), "_COUNTED",
    rf"(?<![a-z0-9])n ?= ?\d"
    rf"|(?<![\d,.])(?!(?:19|20)\d\d (?!{_SAMPLE}))\d+(?:[ ,.]\d{{3}})* (?:[a-z-]+ ){{0,3}}?{_SAMPLE}"
)
#: Owners that are the team's own organisation without "our": a board, a management, a team, a sales
#: department ("Zdaniem zarządu…", "Management thinks…", "the sales team's view"). A person's title alone
#: ("prezes", "szef", "sprzedawca", "the CEO") is as often the customer's ("Zdaniem prezesa firmy klienta",
#: "Opinie szefów kuchni", "the client CEO says"), so it is the team's only with "our"/"nasz".
_IN_HOUSE = lazy(globals(), "_IN_HOUSE", r"(?<![a-z])(?:zespol\w*|dzial\w*|zarzad\w*|kierownictw\w*|handlowc\w*|team|management|board"
                       r"|founders?|leadership)(?![a-z])")
#: Words that make a bare owner someone else's, said right before it ("their management", "the buyer's
#: leadership") or right after it ("zarządu klienta", "kierownictwa 6 firm", "the board of Acme").
_OTHERS_BEFORE = lazy(globals(), "_OTHERS_BEFORE", r"(?:their|its|[a-z]+'s?) $")
_OTHERS_AFTER = lazy(globals(), "_OTHERS_AFTER", r"^ (?:klienta|klientow|firm\w*|spol(?:ka|ki|ek)|partner\w*|dostawc\w*|urzed\w*|gmin\w*"
                           r"|miasta|of|at|from|\d)(?![a-z])")
#: A board, a management or a team; in the plural ("zespołów", "zarządy", "teams") they are others'.
_BODY = lazy(globals(), "_BODY", r"zespol\w*|dzial\w*|zarzad\w*|kierownictw\w*|team|management|board|leadership")
_BODY_PLURAL = lazy(globals(), "_BODY_PLURAL", r"zespol(?:y|ow|om|ami|ach)|dzial(?:y|ow|om|ami|ach)|zarzad(?:y|ow|om|ami|ach)")
#: Our own departments, which may follow a body ("zespołu sprzedaży", "działu obsługi klienta", "leadership team"),
#: and what may follow them for the body to be ours: the end of its clause, "że"/"that", a word of "our", a verb of
#: saying or thinking ("Zespół uważa", "Management thinks"), a topic ("Opinie zarządu o…"), a share ("80% klientek"), or the start of the opinion's verbless form ("'s").
_OUR_DEPARTMENTS = lazy(globals(), "_OUR_DEPARTMENTS",
    r"(?: (?:sprzedazy|handlow\w*|marketingu|marketingow\w*|obslugi(?: klient(?:a|ow))?|produktu|produktow\w*|it|cx|ux"
    r"|badawcz\w*|wsparcia|team|teams|fundacji|organizacji))*"
)
#: People named in the nominative plural right after the owner start the opinion itself ("Zdaniem zarządu prezesi
#: kupują po poleceniu", "…klientki wolą raty"), where a qualifier is in the genitive ("zarządu wspólnoty").
_OPINION_SUBJECT = lazy(globals(), "_OPINION_SUBJECT", r" [a-z]+(?:cy|ci|si|owie|rzy|rze|ki|ice)(?![a-z])")
_UNQUALIFIED = lazy(globals(), "_UNQUALIFIED",
    r"\s*(?:$|[;,.:!?()\[\]\u2013\u2014-]|'s?(?![a-z])|\d+(?:[,.]\d+)? ?%|(?:ze|that|o|about|on|na temat|w sprawie|nasz\w*|nasi|our|we|my|uwaza\w*|sadz\w*|mysl\w*|wierz\w*"
    r"|twierdz\w*|czuj\w*|mowi\w*|powiedz\w*|thinks?|believes?|feels?|reckons?|says?|said)(?![a-z]))"
)
#: People a persona may describe, asked in research (a word's start): customers, clients, users,
#: buyers, prospects, patients, respondents, participants, shoppers, consumers.
_CUSTOMER_WORDS = (
    r"(?<![a-z])(?:klient|customer|client|user|uzytkownik|pacjent|patient|buyer|kupuj|nabywc|prospect|respondent"
    r"|uczestni|participant|shopper|consumer|konsument|mieszkan|wnioskodaw|obywatel|interesan|petent|citizen|resident"
    r"|applicant|claimant|service user)"
)
_CUSTOMER_WORD = lazy(globals(), "_CUSTOMER_WORD", _CUSTOMER_WORDS)
#: Where a note starts to say what it is about: customers named after it are its topic.
_TOPIC = lazy(globals(), "_TOPIC", r"(?<![a-z])(?:about|regarding|concerning|o|na temat|w sprawie|dotycz\w*)(?![a-z])")
#: Words of imagination, and people of the company who may own it ("Wyobrażenie zarządu", "how the
#: founders imagine our buyer"); customers named before the words imagine themselves ("Co-design
#: session in which 9 customers imagined their ideal claim form"), which is research.
_IMAGINED = lazy(globals(), "_IMAGINED", r"wyobraz|imagin")
_OWNERS = lazy(globals(), "_OWNERS",
    r"(?<![a-z])(?:zespol\w*|dzial\w*|team|teams|we|zarzad\w*|board|prezes\w*|ceo|founders?|zalozyciel\w*|management"
    r"|kierownictw\w*|marketing\w*|sales|sprzedaz\w*)(?![a-z])"
)


class _FoldTable(dict):
    """``str.translate``'s table for :func:`_fold`, filled as characters come: each folds alone, to
    the first letter of its lower case without accents, or stays as it is (a letter whose lower case
    is longer, "İ"; a mark with nothing left, punctuation as „ – ”)."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        low = c.lower().translate(FOLD_PL)
        base = "".join(b for b in unicodedata.normalize("NFKD", low) if not unicodedata.combining(b))
        self[code] = folded = base[:1] if base and len(low) == 1 else c
        return folded


_FOLD_TABLE = _FoldTable()


def _fold(text: str) -> str:
    """Lower case without Polish diacritics, one character for each of ``text``: what _ASSUMED reads."""
    folded = text.lower().translate(FOLD_PL)
    if folded.isascii() and len(folded) == len(text):
        return folded
    # other letters with accents, typographic quotes and dashes, or a letter whose lower case is longer
    return text.translate(_FOLD_TABLE)


#: What a source that is no research is, by what its note says.
_ASSUMPTION = "is an assumption, not research"
_TEAM_OPINION = "is our own team's opinion, not research"


def _whose_hunch(folded: str, m: "re.Match[str]") -> bool:
    """Whether ``m``, an assumption word, is a hunch someone of the team owns ("Przeczucie naszego prezesa",
    "the CEO's hunch"): that note is the team's opinion, and says so in those words (its own check)."""
    if not m.group().startswith(("przeczuci", "hunch")):
        return False
    return any(v.start() <= m.start() < v.end() for v in _TEAM_VIEW.finditer(folded))
_MODEL_WROTE = "was written by a language model, not drawn from research"
_OWN_VIEW = "asks our own organisation, not the people it serves"
#: What a source that is no research is, in Polish (the twins of the four above).
_WHAT_PL = {
    _ASSUMPTION: "to założenie, a nie badanie",
    _TEAM_OPINION: "to opinia naszego zespołu, a nie badanie",
    _MODEL_WROTE: "zostało napisane przez model językowy, a nie wynika z badań",
    _OWN_VIEW: "pyta naszą własną organizację, a nie ludzi, którym ona służy",
}


def _assumed(source: object, persona: _Persona) -> tuple[str, str, str] | None:
    """Where a source says it is no research ("note" or "id"), the words that say it and what it is.

    Who the ``persona`` is matters, read only when the words ask: one of a public office's people
    (``official``) has the office's heads as the people it describes (unless the note calls them
    "our"); a seller, or a persona of a marketplace (``sellers``), serves sellers ("z naszymi
    sprzedawcami"); a sales person (``sales``) has sales people named without "our" as its kind; one
    who deals with a public office as a resident or applicant (``residents``) has the office's heads
    (named without "our") as the organisation, not its people; for other personas they are neither."""
    note = getattr(source, "note", None)
    if note:
        folded = _fold(note)
        found = next((m for m in _OWN_PEOPLE.finditer(folded) if not (_SELLERS.search(m.group()) and persona.sellers)),
                     None) or next(
            (m for m in _OFFICE_HEAD.finditer(folded)
             if _OURS.search(m.group()) or (persona.residents and not persona.official)), None)
        if found and not _asks_customers(folded, found if persona.official else None) and not _tested(folded, *found.span()):
            return "note", note[found.start():found.end()], _OWN_VIEW
    if getattr(source, "n", None) is not None or getattr(getattr(source, "type", None), "value", None) not in _MAYBE_ASSUMED:
        return None
    for key in ("note", "id"):
        value = getattr(source, key, None)
        if not value:
            continue
        if key == "id":
            value = value.replace("-", " ").replace("_", " ")
        folded = _fold(value)
        desk = source.type.value == "desk-research"  # type: ignore[attr-defined]
        found = next((m for m in _ASSUMED.finditer(folded)
                      if not _tested(folded, *m.span()) and not (desk and _report_words(folded, m))
                      and not (desk and _cited_or_denied(folded, m))
                      and not _customers_imagined(folded, m) and not _whose_hunch(folded, m)), None)
        what = _ASSUMPTION
        if found is None:
            # A report's own words of opinion ("zdaniem zarządów firm"): the team's only when it says "our".
            views = sorted([*_TEAM_VIEW.finditer(folded), *_TEAM_KNOWS.finditer(folded)], key=lambda m: m.start())
            counted = _COUNTED.search(folded) is not None
            found = next((m for m in views if not _tested(folded, *m.span())
                          and not (counted and (m.re is _TEAM_KNOWS or _SAYS.search(m.group())))
                          and not (desk and _OURS.search(m.group()) is None) and _team_owns(folded, m)
                          and not _customers_elsewhere(folded, m) and not (_SELLERS.search(m.group()) and persona.sellers)
                          and not (_OURS.search(m.group()) is None and _SALES_OWNER.search(m.group()) and persona.sales)),
                         None)
            what = _TEAM_OPINION
        if found is None:
            found = next((m for m in _MODEL_MADE.finditer(folded)
                          if not _tested(folded, *m.span()) and not _worked_on(folded, m) and _model_made(m)), None)
            what = _MODEL_WROTE
        if found:
            # The words that say it, whole: "założenia", "Burza mózgów", "Odwrotność persony".
            start, end = found.span()
            while start and value[start - 1].isalnum():
                start -= 1
            while end < len(value) and (value[end].isalnum() or value[end] == "-"):
                end += 1
            return key, value[start:end], what
    return None


class _Persona:
    """What CX301 reads of who a persona is, worked out once and only when a source's words ask
    (most sources name no role, and a workspace of thousands of personas should not fold every
    summary): its name, id, occupation and the first sentence of its summary, folded."""

    def __init__(self, persona: object) -> None:
        self._persona = persona

    @cached_property
    def said(self) -> list[str]:
        """What it says of who it is, folded: its name, id, occupation and the first sentence of its summary."""
        persona = self._persona
        summary = getattr(persona, "summary", None) or ""
        said = (getattr(persona, "name", None), getattr(persona, "id", "").replace("-", " ").replace("_", " "),
                self.occupation, re.split(r"[.;!?](?:\s|$)", summary, maxsplit=1)[0])
        return [_fold(text) for text in said if text]

    @cached_property
    def occupation(self) -> str | None:
        return getattr(getattr(self._persona, "demographics", None), "occupation", None)

    @cached_property
    def summary(self) -> str:
        return _fold(getattr(self._persona, "summary", None) or "")

    @cached_property
    def official(self) -> bool:
        """One of a public office's people, by its name, id, occupation and the first sentence of its
        summary: a company selling to offices describes them, and interviews them."""
        if self.occupation and _OFFICIAL_WORK.search(_fold(self.occupation)):
            return True
        return any(_OFFICIAL.search(text) for text in self.said)

    @cached_property
    def residents(self) -> bool:
        """It deals with a public office as a resident or applicant, by its name, id, occupation or
        summary ("składa w urzędzie wniosek", "Private tenant … through the council's website")."""
        return any(_DEALS_WITH_OFFICE.search(text) for text in [*self.said, self.summary])

    @cached_property
    def sellers(self) -> bool:
        """Its sellers are the people it serves: it is a seller, a merchant, a shop's owner or a sales
        partner, or its summary describes a marketplace."""
        return any(_SELLER_ROLE.search(text) for text in self.said) or _MARKETPLACE.search(self.summary) is not None

    @cached_property
    def sales(self) -> bool:
        """It is a sales person, so sales people named without "our" are its kind."""
        return any(_SALES_ROLE.search(text) for text in self.said)


def _asks_customers(folded: str, ours: re.Match[str] | None = None) -> bool:
    """Whether a note names customers (clients, users, buyers, prospects…) outside what it is about;
    for a persona of a public office, the office's people too, besides ``ours``, the team's own
    people the note names ("z naszym prezesem i 5 naczelnikami"): by their roles, since an office
    named as a sector or a past employer asks no one ("z naszym dyrektorem sprzedaży samorządowej")."""
    topic = _TOPIC.search(folded)
    asked = folded[:topic.start()] if topic else folded
    if _CUSTOMER_WORD.search(asked) is not None:
        return True
    if ours is None:
        return False
    start, end = ours.span()
    return _OFFICIAL.search(asked[:start] + " " * (end - start) + asked[end:]) is not None


def _team_owns(folded: str, found: re.Match[str]) -> bool:
    """Whether the opinion ``found`` is the team's own: it says "our"/"nasz", or its owner is a board, a
    management or a team named by itself, not a customer's ("Opinie zarządu klienta", "their management
    thinks", "the customer team believes") nor a person's title ("Zdaniem prezesa firmy klienta")."""
    said = found.group()
    if _OURS.search(said):
        return True
    owner = _IN_HOUSE.search(said)
    if owner is None or _CUSTOMER_WORD.search(said):
        return False
    before = folded[max(0, found.start() + owner.start() - 40):found.start() + owner.start()]
    after = folded[found.start() + owner.end():]
    if _OTHERS_BEFORE.search(before) or _OTHERS_AFTER.match(after):
        return False
    if not _BODY.fullmatch(owner.group()):
        return True
    # A board, a management or a team: ours only in the singular and unqualified ("Zdaniem zarządu…", "Zespół
    # sprzedaży uważa…"), not "zespołów IT w szkołach-klientach" nor "zarządu wspólnoty".
    if _BODY_PLURAL.fullmatch(owner.group()):
        return False
    rest = _OUR_DEPARTMENTS.match(after).end()
    return _UNQUALIFIED.match(after, rest) is not None or _OPINION_SUBJECT.match(after, rest) is not None


_SENTENCE_END = lazy(globals(), "_SENTENCE_END", r"[;.!?()\[\]]")
_CUSTOMER = rf"(?:{_CUSTOMER_WORDS})\w*"
_RESEARCH = (r"(?:wywiad|rozmow|ankiet|badani|obserwac|warsztat|zgloszen|nagran|interview|survey|calls?\b|conversation"
             r"|focus group|usability|tickets?\b|grup\w* fokusow)\w*")
#: Customers named with research or a count ("po wywiadach z klientkami", "based on 14 customer interviews",
#: "ankiety 300 klientów"); a share is no count ("80% klientek").
_CUSTOMER_RESEARCH = lazy(globals(), "_CUSTOMER_RESEARCH",
    rf"(?<![a-z]){_RESEARCH}(?: (?:[a-z0-9]+ ){{0,2}}?| ){_CUSTOMER}"
    rf"|(?<![a-z]){_CUSTOMER} {_RESEARCH}"
    rf"|(?<![\d,.])\d+(?:[ ,.]\d{{3}})* (?:[a-z]+ )?{_CUSTOMER}"
)


def _customers_elsewhere(folded: str, found: re.Match[str]) -> bool:
    """Whether the team's opinion rests on research with customers: customers named outside its sentence
    ("Zespół uważa wyniki za wstępne; 12 wywiadów z klientami"), or anywhere in the note with research or a
    count, whatever the punctuation ("Według naszego zespołu, po wywiadach z klientkami, …")."""
    start, end = found.span()
    before, after = _SENTENCE_END.split(folded[:start]), _SENTENCE_END.split(folded[end:])
    outside = " ".join(before[:-1] + after[1:])
    if _CUSTOMER_WORD.search(outside) is not None:
        return True
    return _CUSTOMER_RESEARCH.search(folded[:start] + " " * (end - start) + folded[end:]) is not None


def _customers_imagined(folded: str, found: re.Match[str]) -> bool:
    """Whether words of imagination are customers' own: customers named before them in the note, and
    no one of the company in their clause ("9 klientek opisało, jak wyobrażają sobie zgłoszenie szkody")."""
    if not _IMAGINED.match(found.group()):
        return False
    start, end = found.span()
    clause = _CLAUSE_END.split(folded[:start])[-1] + folded[start:end] + _CLAUSE_END.split(folded[end:])[0]
    return _CUSTOMER_WORD.search(folded[:start]) is not None and _OWNERS.search(clause) is None


def _model_made(found: re.Match[str]) -> bool:
    """Whether a word of making beside a model's name says the model made it: by, with, przez… the
    model ("generated with ChatGPT"), or the model before the word ("GPT-4-generated", "Copilot
    created"); not a model written about or to ("written about AI", "wrote to an AI chatbot"), nor
    one a report is about ("narzędzia AI", "AI tools", "o AI")."""
    words = re.findall(r"[a-z0-9'-]+", found.group())
    before, after = found.string[:found.start()].split()[-1:], found.string[found.end():].split()[:1]
    if any(word.strip(";,.:!?()") in _ABOUT_MODEL for word in before + after):
        return False
    if not _MADE_START.match(found.group()):
        return not _ABOUT_MODEL.intersection(words)  # the model first: "ChatGPT wrote", "AI-generated"
    return bool(_BY_MODEL.intersection(words[1:-1])) and not _ABOUT_MODEL.intersection(words)


def _worked_on(folded: str, found: re.Match[str]) -> bool:
    """Whether a model only transcribed, summarised, translated or analysed research, in the clause
    of its name ("Podsumowanie 12 wywiadów wygenerowane przez ChatGPT")."""
    start, end = found.span()
    clause = _CLAUSE_END.split(folded[:start])[-1] + folded[start:end] + _CLAUSE_END.split(folded[end:])[0]
    return _WORKED_ON.search(clause) is not None


#: The words of the team's experience or common sense (of :data:`_ASSUMED`), which a note may name to cite
#: or deny them, not to rest on them.
_SENSE = lazy(globals(), "_SENSE", r"(?:nasz|our|zdrow|common)")
#: Before them in their clause: a study's word that denies or questions them, "so-called", or a quote mark
#: ("Badanie podważa tzw. zdrowy rozsądek", "contrary to common sense", "article 'Common sense is…'").
_DENIED_BEFORE = lazy(globals(), "_DENIED_BEFORE",
    r"(?:(?<![a-z])(?:tzw\.?|tak zwan\w*|so[- ]called|wbrew|contrary to|against|przeciw\w*|podwaz\w*|obal\w*"
    r"|kwestionuj\w*|zaprzecz\w*|question\w*|challeng\w*|debunk\w*|contradict\w*|refut\w*|myths?|mit\w*"
    r"|zamiast|instead of|rather than|beyond)\s+(?:\w+\s+){0,2}|[\"'\u201e\u201c\u2018\u00ab]\s*)$")
_WORD_END = lazy(globals(), "_WORD_END", r"\w*")
#: The quote marks :data:`_DENIED_BEFORE` takes, opening or closing.
_QUOTE_MARKS = frozenset("\"'\u201e\u201c\u201d\u2018\u2019\u00ab\u00bb")
#: After them: a denial ("Common sense is not a research method", "zdrowy rozsądek to nie badanie",
#: "…nie wystarcza", "…fails").
#: Where a clause of a note begins, for the words before them ("tzw." holds a full stop that does not end one).
_CLAUSE_BREAK = lazy(globals(), "_CLAUSE_BREAK", r"[;,:!?()\[\]]")
_DENIED_AFTER = lazy(globals(), "_DENIED_AFTER",
    r"\W*(?:\w+\s+){0,2}?(?:is not|isn't|is no|are not|aren't|to nie|nie jest|nie s[aą]|nie wystarcz\w*|zawodz\w*"
    r"|fails?|misleads?|myli\w*|is wrong|is a myth|to mit)(?![a-z])")
#: A denial that turns back on itself, so the note rests on them after all: a negation right before a word of
#: failing ("zdrowy rozsądek nie zawodzi", "common sense never fails"), or a word after "is not" that admits
#: or defends ("Nasze doświadczenie nie jest poparte danymi", "Common sense isn't wrong here").
_DENIAL_UNDONE = lazy(globals(), "_DENIAL_UNDONE",
    r"(?:(?<![a-z])(?:nie|not|never|doesn't|does not|nigdy)\s+(?:\w+\s+)?(?:zawodz\w*|fails?|misleads?|myli\w*)"
    r"|(?:is not|isn't|is no|are not|aren't|to nie|nie jest|nie s[aą])\s+(?:\w+\s+)?(?:backed|supported|based"
    r"|something|wrong|mistaken|in doubt|doubted|poparte?\w*|potwierdzon\w*|opart\w*|błędn\w*|bledn\w*|zł[eya]"
    r"|zl[eya]|zawodn\w*))(?![a-z])")


def _cited_or_denied(folded: str, found: re.Match[str]) -> bool:
    """Whether the team's experience or common sense is only named, in its clause, as what a study cites or
    denies ("Badanie podważa tzw. zdrowy rozsądek", "contrary to common sense, …", "NN/g: 'Common sense is not
    a research method'"), not given as where the persona comes from ("Zdrowy rozsądek i obserwacje")."""
    if not _SENSE.match(found.group()):
        return False
    start, end = found.span()
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(folded, 0, start)), default=0)
    denied = _DENIED_BEFORE.search(folded, max(clause_start, start - 40), start)
    closed = _WORD_END.match(folded, end).end()  # the words' end: "zdrowego rozsad|ku”"
    if denied is not None and denied.group().strip() in _QUOTE_MARKS and folded[closed:closed + 1] in _QUOTE_MARKS:
        # A quote mark counts when it opens a title or a sentence quoted ("NN/g: 'Common sense is not…'"),
        # not one closed right after the words ("Based on 'common sense' and…" rests on them) unless a
        # denying word stands before it ("podważa tzw. „zdrowy rozsądek”").
        denied = _DENIED_BEFORE.search(folded, max(clause_start, denied.start() - 40), denied.start())
        denied = denied if denied is not None and denied.group().strip() not in _QUOTE_MARKS else None
    if denied is not None:
        return True
    clause = _CLAUSE_END.search(folded, end)
    text = folded[:clause.start() if clause else len(folded)]
    after = _DENIED_AFTER.match(text, end)
    return after is not None and _DENIAL_UNDONE.search(text, end, min(len(text), after.end() + 25)) is None


def _report_words(folded: str, found: re.Match[str]) -> bool:
    """Whether desk research's words of assumption may be the report's own: a word a report uses of its
    content, with no team owning it in the same clause."""
    if not _REPORT_WORDS.match(found.group()):
        return False
    start, end = found.span()
    clause = _CLAUSE_END.split(folded[:start])[-1] + folded[start:end] + _CLAUSE_END.split(folded[end:])[0]
    return _OWNED.search(clause) is None


@register
class MissingSources(Rule):
    """A persona with no `sources`, or a source that says it is an assumption.

    Reported for personas and negative personas, at `sources` when there
    are none, else at the note or id of a source that is no research.  A
    finding says which of these it is:

    - No sources.  Reported: a persona without `sources`.  Not
    reported: any source of research, whatever its kind.

    - An assumption.  A source of type `other` or `desk-research` with
    no `n` whose note or id says its content is assumed: assumptions,
    hypotheses, a brainstorm, a guess, a proto-persona, the opposite of
    another persona, the board's or the team's imagination, the team's own
    experience, common sense or a hunch ("Nasze doświadczenie z rynku",
    "Zdrowy rozsądek i obserwacje", "Common sense"), or no customer
    in it at all.  Reported: "założenia zespołu", "burza mózgów", "our
    assumptions", "Odwrotność persony Pawła", "Wyobrażenie zarządu o
    idealnym kliencie", "Team workshop on sticky notes, no customer data",
    "Warsztat zespołu bez udziału klientów".  Not
    reported: an assumption tested, or with its result or method
    ("Testing the assumption that…", "weryfikacja założeń z warsztatu",
    "assumptions about Gen Z disproved", "Hypothesis-driven analysis");
    words that merely begin alike ("domyślny") or say what an export
    leaves out ("bez danych osobowych"); in desk research, a report's own
    words ("założenia makroekonomiczne na s. 4") unless the team owns them
    in the clause, and common sense or our experience named only to cite
    or deny it ("Badanie podważa tzw. zdrowy rozsądek", "Contrary to
    common sense, …", "'Common sense is not a research method'");
    customers' own imagination ("Co-design session in
    which 9 customers imagined their ideal claim form").  Interviews,
    surveys and data are research even when they tested hypotheses.

    - Our own team's opinion.  A source of the same kinds that gives
    what the team believes, says, hears or knows.  Reported: "Zdaniem
    zarządu…", "Nasz zespół uważa…", "Zespół sprzedaży uważa…",
    "Handlowcy mówią…", "Opinie naszych doradców", "Wiedza naszych
    handlowców", "Management thinks…", "the sales team's view", "Our
    sales team say…", "Feedback from our account managers".  The owner
    is the team's when the note says "our"/"nasz"; a board, a management
    or a team also without it, when named alone in the singular (followed
    by a verb, "że", a topic, the end of its clause or one of our
    departments); a person's title ("prezes", "szef", "the CEO") only
    with "our".  Not reported: someone else's people ("Opinie zarządu
    klienta", "Zdaniem zespołów IT w szkołach-klientach", "Zdaniem zarządu
    wspólnoty", "their management thinks", "Opinie szefów kuchni"); an
    opinion that rests on research with customers, named in another
    sentence or anywhere with a word of research or a count ("Zespół
    uważa wyniki za wstępne; 12 wywiadów z klientami", "Zdaniem zespołu,
    po 12 wywiadach z klientkami, …"); in desk research, one without
    "our" ("zdaniem zarządów firm"); sales people without "our" where the
    persona is one of them; what the team says, hears or knows where the
    note counts a sample ("Feedback from our support team: 1,200
    tickets", "Uwagi naszych handlowców z 40 rozmów").  A sample is "n=…"
    or a number with what was counted within three words: conversations,
    interviews, tickets, notes, calls, chats, orders, reviews (rozmów,
    wywiadów, zgłoszeń, notatek, ankiet…).  A share, a year, a price or
    an age is no sample: "Handlowcy mówią, że klientki pytają o raty 0%"
    is reported.

    - Our own organisation.  Any source, an interview included, that
    asked the company's own executives or sales people, or one of a
    public office's heads.  Reported: "Rozmowa z naszym prezesem", "z
    naszymi handlowcami", "Interview with our CEO", "with our head of
    sales", "Interview with our CEO about the ideal buyer"; for a resident
    or applicant "Wywiad z burmistrzem", "Rozmowa z naczelnikiem
    wydziału", "with the council's chief executive".  Not reported:
    customers asked with them, named anywhere in the note but in what it
    is about ("z naszym zarządem i 6 klientami", "Wywiad z naczelnikiem i
    8 wnioskodawcami"); many heads ("Wywiady z 5 burmistrzami").  An
    office's heads named without "our" are not reported for a persona who
    is one of an office's people (a head of department, a mayor, an
    official, by its name, id, occupation or the first sentence of its
    summary, or whose occupation names an office as the employer: "Head
    of Housing, district council", "informatyk w urzędzie gminy"; not a
    student council or a municipal company), nor for one who does not
    deal with an office as a resident or applicant (its name, id,
    occupation and summary name no office, council, application, tax,
    residents or tenants: a school head's "Rozmowa z burmistrzem, organem
    prowadzącym szkołę").  Sellers ("z naszymi sprzedawcami") are a
    shop's staff, but a marketplace's customers: not reported where the
    persona is a seller, a merchant, a shop's owner or a sales partner, or
    its summary describes a marketplace.

    - Written by a language model.  A source of type `other` or
    `desk-research` with no `n` whose note says a model generated,
    created or wrote it.  Reported: "Persona generated with ChatGPT from
    the prompt…", "wygenerowana przez AI", "GPT-4-generated", "Copilot
    wrote the persona".  Not reported: research about models ("report
    written about AI", "wrote to an AI chatbot", "stworzyli własne
    narzędzia AI"); a model that only transcribed, summarised, translated,
    analysed or charted research in the same clause ("Podsumowanie 12
    wywiadów wygenerowane przez ChatGPT"); what it wrote was tested.

    - A trait that cites no source, only with `trait-sources = true`
    (off by default).  Reported: each trait with no `sources` of its own
    in a persona that has sources (one without any gets the finding above
    alone).  Off by default because early drafts and every fresh workspace
    would get one finding per trait: a team that has its research listed
    turns it on to find what is still an assumption.

    Why: a persona must rest on what you gathered — interviews, surveys,
    analytics, sales and support data — not on assumptions and gut feeling.
    Without sources nobody can tell research from wishful thinking, and a
    source that is an assumption is wishful thinking with a label.

    Bad:
        kind: persona
        id: ola-runner
        name: Ola Nowak

    Good:
        kind: persona
        id: ola-runner
        name: Ola Nowak
        sources:
          - id: wywiady-2026-09
            type: interview
            date: 2026-09-14
            n: 9

    Bad (pl):
        kind: persona
        id: pawel-audiofil
        name: Paweł, programista i audiofil
        goals:
          - Kupić otwarte słuchawki do 2 500 zł, które zagrają z jego wzmacniaczem

    Good (pl):
        kind: persona
        id: pawel-audiofil
        name: Paweł, programista i audiofil
        goals:
          - Kupić otwarte słuchawki do 2 500 zł, które zagrają z jego wzmacniaczem
        sources:
          - id: wywiady-2026-09
            type: interview
            date: 2026-09-18
            n: 9
            note: Wywiady pogłębione z klientami, którzy kupili słuchawki otwarte za ponad 1 500 zł
    """

    code = "CX301"
    name = "missing-sources"
    severity = Severity.warning
    kinds = ("persona", "negative-persona")

    class Options(RuleOptions):
        trait_sources: bool = Field(
            False, alias="trait-sources",
            description="Also report each trait that cites no source, in a persona that lists its sources.",
        )

    def check(self, doc: Document) -> Iterable[Hit]:
        sources = doc.model.sources  # type: ignore[union-attr]
        if not sources:
            where = ("sources",) if "sources" in doc.data else ("id",)
            yield doc.hit(
                where,
                "no sources: this persona rests on assumptions; list the interviews, surveys or data it comes from",
                key=True,
                pl="brak źródeł: ta persona opiera się na założeniach; wypisz wywiady, ankiety lub dane, z których "
                   "pochodzi",
            )
            return
        if self.options.trait_sources:  # type: ignore[attr-defined]
            yield from _unsourced_traits(doc, sources[0].id, self.polish)
        yield from _assumed_source_hits(
            doc, sources, True,
            "and this persona has no other source; list the interviews, surveys or data it comes from",
            "a ta persona nie ma innego źródła; wypisz wywiady, ankiety lub dane, z których pochodzi")


def _assumed_source_hits(doc: Document, sources: list[Any], polish: bool, alone: str, alone_pl: str) -> Iterable[Hit]:
    """A finding on each of ``sources`` that says it is no research (see :func:`_assumed`; who the people
    described are is read from ``doc``'s name, id and summary): missing-sources (CX301) for a persona,
    journey-without-sources (CX305) for a map. When every source is such, the finding ends with ``alone``
    (``alone_pl`` in Polish: what to list instead); ``polish``: with the Polish twin."""
    persona = _Persona(doc.model)
    assumed = [(i, found) for i, found in enumerate(_assumed(s, persona) for s in sources) if found is not None]
    every = len(assumed) == len(sources)
    for i, (key, words, what) in assumed:
        told = f"source '{sources[i].id}' {what} (its {key} says '{words}')"
        mowi = f"źródło {quote_pl(sources[i].id)} {_WHAT_PL.get(what, what)} (jego `{key}` mówi {quote_pl(words)})"
        yield doc.hit(
            ("sources", i, key),
            f"{told}, {alone}" if every else
            f"{told}; leave it out of `sources`, or test it in interviews or data and cite those",
            pl=(f"{mowi}, {alone_pl}" if every else
                f"{mowi}; usuń je z `sources` albo sprawdź to w wywiadach lub danych i powołaj się na nie")
            if polish else None,
        )


def _unsourced_traits(doc: Document, example: str, polish: bool) -> Iterable[Hit]:
    """A finding on each trait of ``doc`` that cites no source (``example``: a source id to suggest; ``polish``:
    with the Polish twin, for a Polish run)."""
    for path, _text, cited in doc.traits():
        if not cited:
            node = doc.data
            for part in path:
                try:
                    node = node[part]
                except (KeyError, IndexError, TypeError):
                    node = None
                    break
            at = path + ("text",) if isinstance(node, dict) else path  # on the text's line
            yield doc.hit(
                at,
                "this trait cites no source, so it is an assumption until checked: cite the research it comes "
                f"from (e.g. `sources: [{example}]`), or check it in the next interviews",
                pl="ta cecha nie powołuje się na żadne źródło, więc dopóki jej nie sprawdzisz, jest założeniem: podaj "
                   f"badanie, z którego pochodzi (np. `sources: [{example}]`), albo sprawdź ją w kolejnych wywiadach"
                if polish else None,
            )


@register
class UnknownSource(Rule):
    """A trait cites a source id that the document does not define.

    Persona traits and journey stage barriers, pain points, love points and
    metrics may cite the ids of the document's own `sources`.  The message
    names the source the citation probably means, or asks to add it to
    `sources` or cite one that is there.  A journey that cites its persona's
    research is told to copy that source's entry into its own `sources`: a
    journey's age and evidence are read from the sources it lists.  Where the
    persona defines that source, the message names the line of its entry
    (`personas/ola.yaml:12`); that part is worked out with the cross-file
    rules, so it follows the persona's file when only that file changes.

    Why: a citation that points nowhere is worse than none — it looks like
    evidence but cannot be checked.

    Bad:
        goals:
          - text: Kupuje wyłącznie przez internet
            sources: [ankieta-2025]
        sources:
          - id: wywiady-2026-09
            type: interview

    Good:
        goals:
          - text: Kupuje wyłącznie przez internet
            sources: [wywiady-2026-09]
        sources:
          - id: wywiady-2026-09
            type: interview

    Bad (en):
        goals:
          - text: Books every GP appointment through the NHS App
            sources: [survey-2025]
        sources:
          - id: interviews-2026-09
            type: interview

    Good (en):
        goals:
          - text: Books every GP appointment through the NHS App
            sources: [interviews-2026-09]
        sources:
          - id: interviews-2026-09
            type: interview
    """

    code = "CX302"
    name = "unknown-source"
    severity = Severity.error
    kinds = ("persona", "negative-persona", "journey")
    cross_file = True

    def check(self, doc: Document) -> Iterable[Hit]:
        defined = {s.id for s in doc.model.sources}  # type: ignore[union-attr]
        for path, _text, cited in doc.traits():
            for j, ref in enumerate(cited):
                if ref not in defined:
                    known = ", ".join(sorted(defined)) or "none are defined"
                    guess = closest(ref, sorted(defined)) if defined else None
                    if guess:
                        hint = f"; did you mean '{guess}'?"
                        rada = f"; czy chodziło o {quote_pl(guess)}?"
                    elif doc.kind == "journey" and as_text(doc.data.get("persona")) is not None:
                        # The persona's research cited from its journey: told across files (check_workspace), where
                        # the persona's entry is named, right whichever of the two files changed.
                        continue
                    elif defined:
                        hint = "; add it to `sources` (its id, type and date), or cite one of those"
                        rada = "; dodaj je do `sources` (identyfikator, typ i datę) albo powołaj się na jedno z nich"
                    else:
                        hint = "; add it to `sources` (its id, type and date)"
                        rada = "; dodaj je do `sources` (identyfikator, typ i datę)"
                    znane = ", ".join(sorted(defined)) or "nie zdefiniowano żadnego"
                    yield doc.hit((*path, "sources", j), f"source '{ref}' is not defined in this file's sources ({known}){hint}",
                                  pl=f"źródło {quote_pl(ref)} nie jest zdefiniowane w `sources` tego pliku ({znane}){rada}"
                                  if self.polish else None)

    def check_workspace(self, index: WorkspaceIndex) -> Iterable[Hit]:
        """A journey's citations of a source it does not define and that is like none of its own
        (:func:`cxkit.workspace.unsourced_citations`): the persona's research, whose entry is named
        (`personas/ola.yaml:12`) when the journey's persona defines that source."""
        for journey in index.of_kind("journey"):
            left = journey.extra.get("unsourced")
            if not left:
                continue
            defined, cites = left[0], left[1:]
            persona = journey.persona or ""
            targets = [t for t in index.by_id.get(persona, []) if t.kind in ("persona", "negative-persona")]
            known = ", ".join(defined) or "none are defined"
            znane = ", ".join(defined) or "nie zdefiniowano żadnego"
            for ref, line, column in cites:
                head = f"source '{ref}' is not defined in this file's sources ({known}); a journey cites the sources it lists itself: "
                glowa = (f"źródło {quote_pl(ref)} nie jest zdefiniowane w `sources` tego pliku ({znane}); ścieżka "
                         "powołuje się na źródła, które sama wymienia: ")
                at = next(((t, n) for t in targets if (n := source_line(t, ref)) is not None), None)
                if at is None:  # the persona is not read, or does not define it: the entry to copy is not known
                    yield Hit(line, column, f"{head}if it is research of the persona '{persona}', copy its entry (id, "
                                            "type and date) from that persona's `sources` into this journey's `sources`",
                              path=journey.path,
                              pl=f"{glowa}jeśli to badanie persony {quote_pl(persona)}, skopiuj jego wpis (identyfikator, "
                                 "typ i datę) z `sources` tej persony do `sources` tej ścieżki" if self.polish else None)
                    continue
                target, entry = at
                # The same quoted parts as the message above: the finding's fingerprint and baseline key stay.
                yield Hit.naming(
                    line, column, f"{head}persona '{persona}' defines it at ", Place(target.path, entry, 1),
                    f":{entry}; copy that entry (id, type and date) from that persona's `sources` into this journey's "
                    "`sources`",
                    path=journey.path,
                    pl=(f"{glowa}persona {quote_pl(persona)} definiuje je w ", Place(target.path, entry, 1),
                        f":{entry}; skopiuj ten wpis (identyfikator, typ i datę) z `sources` tej persony do `sources` "
                        "tej ścieżki") if self.polish else None,
                )


class StaleOptions(RuleOptions):
    max_age_months: int = Field(
        12, ge=1, le=1200, alias="max-age-months", description="How old a review may be, in months (1 to 1200).",
    )
    undated: bool = Field(
        True, description="Report a document with no `reviewed` date and no dated source as stale: its age cannot "
        "be told, and a missing date must not pass where an old one fails. false leaves it to "
        "missing-review-date (info).",
    )


#: What a finding calls a document of each kind.
_KIND_WORD = {"persona": "persona", "negative-persona": "negative persona", "journey": "journey map"}
#: The same in Polish: the kind in the genitive ("wieku tej persony"), the pronoun and the adjective for it.
_KIND_WORD_PL = {"persona": ("tej persony", "ją", "nieaktualną"),
                 "negative-persona": ("tej persony negatywnej", "ją", "nieaktualną"),
                 "journey": ("tej mapy podróży", "ją", "nieaktualną")}


def _undated(doc: Document) -> bool:
    """Whether ``doc`` has no date its age can be read from: no `reviewed` (not even one written in a form
    the schema could not read, which missing-review-date asks to fix) and no source with a `date`; a persona
    with no sources at all is missing-sources' (a warning: what is missing is the research, not its date)."""
    if getattr(doc.model, "reviewed", None) is not None:
        return False
    written = doc.data.get("reviewed") if isinstance(doc.data, dict) else None
    if written is not None and str(written).strip():
        return False
    sources = getattr(doc.model, "sources", None) or []
    if not sources and doc.kind != "journey":
        return False
    return not any(s.date for s in sources)


def _undated_at(doc: Document) -> tuple[Any, ...]:
    """Where a finding on a missing `reviewed` sits: on `reviewed:` written empty (where the date goes), else on `id`."""
    return ("reviewed",) if isinstance(doc.data, dict) and "reviewed" in doc.data else ("id",)


#: A top-level comment that is a `reviewed:` line waiting for its date, as `cxkit new` writes it at the end of a template.
_COMMENTED_REVIEWED = lazy(globals(), "_COMMENTED_REVIEWED", r"^#[ \t]*reviewed[ \t]*:", re.MULTILINE)


def _commented_reviewed(doc: Document, where: tuple[Any, ...]) -> tuple[str, str]:
    """The words that send the author of a document with no `reviewed` key to the template's `# reviewed:`
    comment, where the date goes (English, Polish); empty without one.  The finding stays on ``where`` (`id`):
    a comment is no place in the data, which baselines, `data_path` and `# cxkit: disable=` comments go by."""
    text = doc.loaded.text
    if where != ("id",) or "reviewed" not in text:
        return "", ""
    found = _COMMENTED_REVIEWED.search(text)
    if found is None:
        return "", ""
    line = text.count("\n", 0, found.start()) + 1
    return (f"; the template's `# reviewed:` comment at line {line} is where it goes (delete the `# `)",
            f"; miejsce na nią to komentarz `# reviewed:` z szablonu w wierszu {line} (usuń `# `)")


def _months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole months from ``earlier`` to ``later``."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` ahead; the 31st becomes the last day of a shorter month."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    if year > dt.MAXYEAR or (year == dt.MAXYEAR and month == 12):
        return dt.date.max  # `reviewed: 9999-06-01`: stale never, not a crash
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def ago(earlier: dt.date, later: dt.date, *, days_under: int = 0, over: int = 0) -> str:
    """How long before ``later`` ``earlier`` was, as lint's messages say it (the one place the
    wording is written): ``5 days ago`` while fewer than ``days_under`` whole months have passed,
    else ``14 months ago``; no more than ``over`` whole months is ``over 12 months ago`` (a
    review is stale the day after its twelfth month, while the whole months still say 12), or
    ``over 1 month ago``."""
    months = _months_between(earlier, later)
    if months < days_under:
        days = (later - earlier).days
        return f"{days} day{'s' if days != 1 else ''} ago"
    return f"{_months(months)} ago" if months > over else f"over {_months(over)} ago"


def _months(n: int) -> str:
    """``n`` months as English says it: ``1 month``, ``14 months``."""
    return f"{n} month{'s' if n != 1 else ''}"


def ago_pl(earlier: dt.date, later: dt.date, *, days_under: int = 0, over: int = 0) -> str:
    """:func:`ago` in Polish: ``5 dni temu``, ``14 miesięcy temu``, ``ponad 12 miesięcy temu``, ``ponad miesiąc
    temu`` (not "ponad 1 miesiąc")."""
    months = _months_between(earlier, later)
    if months < days_under:
        days = (later - earlier).days
        return f"{counted(days, 'dzień', 'dni', 'dni')} temu"
    if months > over:
        return f"{counted(months, 'miesiąc', 'miesiące', 'miesięcy')} temu"
    return "ponad miesiąc temu" if over == 1 else f"ponad {counted(over, 'miesiąc', 'miesiące', 'miesięcy')} temu"


def _age_said(reviewed: dt.date, now: dt.date, limit: int) -> str:
    """How long ago a stale review was, as stale-review says it."""
    return ago(reviewed, now, over=limit)


@register
class StaleReview(Rule):
    """The document was last reviewed (or its newest research done) too long ago.

    Uses `reviewed`, or when it is absent the newest source date.  The age
    limit is an option (default 12 months).  A date in the future (a typo such
    as 2062 for 2026) is reported too: it would keep the rule quiet for years.
    So is the `date` of any source that lies in the future, `reviewed` or not:
    research cannot have been done yet, and the date is at best a typo.
    Set CXKIT_TODAY=YYYY-MM-DD to pin "today" in reproducible runs; a value that
    is not a date stops the run (exit 2).  A retired document (`status:
    retired`) is kept for the record: no review is due, so its age is not
    reported (its dates in the future still are).

    A document with no date at all, neither `reviewed` nor a source's `date`, is reported too, as
    stale: its age cannot be told, and deleting an old date must not turn a failing check into a
    passing one (a journey map most often has no sources to fall back on).  A persona or negative
    persona with no sources at all is left to missing-sources (CX301, warning), which names what
    is missing: the research, not only its date.  Of the ways to judge
    such a document, this one needs nothing but the file: a file's age in git would cost a git
    call per file on every run, and says when the file was last touched, not when it was last
    checked against research.  missing-review-date (CX304, info) then says nothing of that
    document while this rule is in force for it, so the problem is told once; with `undated =
    false` it is left to that rule alone, as before.

    Why: personas and journey maps are living documents: markets and
    customers change, and a map nobody revisits drifts into fiction.

    Bad:
        reviewed: 2024-03-01

    Good:
        reviewed: 2026-10-01

    Bad (pl):
        sources:
          - id: ankieta-2023
            type: survey
            date: 2023-11-20
            n: 412
            note: Ankieta po zakupie w sklepie internetowym, jeszcze przed zmianą cennika dostaw

    Good (pl):
        reviewed: 2026-10-01
        sources:
          - id: ankieta-2023
            type: survey
            date: 2023-11-20
            n: 412
            note: Ankieta po zakupie w sklepie internetowym, jeszcze przed zmianą cennika dostaw
          - id: wywiady-2026-09
            type: interview
            date: 2026-09-18
            n: 8
            note: Wywiady z klientami po nowym cenniku; potwierdziły cele i bariery z ankiety
    """

    code = "CX303"
    name = "stale-review"
    severity = Severity.warning
    Options = StaleOptions

    def check(self, doc: Document) -> Iterable[Hit]:
        model = doc.model
        sources = getattr(model, "sources", []) or []
        reviewed = getattr(model, "reviewed", None)
        where: tuple = ("reviewed",)
        if reviewed is None:
            dated = [(s.date, i) for i, s in enumerate(sources) if s.date]
            if dated:
                reviewed, idx = max(dated)
                where = ("sources", idx, "date")
        # Each answer below says the days it holds on (clock.holds), so the lint cache can keep it across days.
        now = peek()
        # A day of slack: east of the run's clock it may already be tomorrow.
        horizon = shifted(now, 1)
        for i, source in enumerate(sources):
            # The newest source standing in for `reviewed` gets the message below, once.
            if source.date is None or where == ("sources", i, "date"):
                continue
            if source.date > horizon:
                holds(now, now)  # the message names today
                yield doc.hit(("sources", i, "date"), f"source '{source.id}' is dated {source.date.isoformat()}, a date "
                                                      f"in the future (today is {now.isoformat()}): research cannot "
                                                      f"have been done yet; write the date it was done",
                              pl=f"źródło {quote_pl(source.id)} ma datę {source.date.isoformat()}, która jeszcze nie "
                                 f"nadeszła (dziś jest {now.isoformat()}): badania nie mogły się jeszcze odbyć; wpisz "
                                 "datę, kiedy je przeprowadzono" if self.polish else None)
            else:
                holds(shifted(source.date, -1), None)  # past the horizon on no later day
        if reviewed is None:
            if self.options.undated and getattr(model, "status", None) != "retired" and _undated(doc):  # type: ignore[attr-defined]
                what = _KIND_WORD.get(doc.kind or "", "document")
                czego, ja, jaka = _KIND_WORD_PL.get(doc.kind or "", ("tego dokumentu", "go", "nieaktualny"))
                at = _undated_at(doc)
                there, tam = _commented_reviewed(doc, at)
                yield doc.hit(at, f"no `reviewed` date and no dated source, so how old this {what} is "
                                  "cannot be told: it counts as stale; add the date it was last "
                                  f"checked against research (reviewed: YYYY-MM-DD){there}", key=True,
                              pl=f"brak daty `reviewed` i żadnego datowanego źródła, więc wieku {czego} nie da się "
                                 f"ustalić: uznaje się {ja} za {jaka}; dodaj datę, kiedy ostatnio {ja} zweryfikowano "
                                 f"z wynikami badań (reviewed: RRRR-MM-DD){tam}" if self.polish else None)
            return
        limit = self.options.max_age_months
        what = "last reviewed" if where[0] == "reviewed" else "newest source is from"
        co = "data ostatniego przeglądu to" if where[0] == "reviewed" else "najnowsze źródło ma datę"
        if reviewed > horizon:
            holds(now, now)
            fix = "the date of the last review" if where[0] == "reviewed" else "the date the research was done"
            popraw = "datę ostatniego przeglądu" if where[0] == "reviewed" else "datę przeprowadzenia badań"
            yield doc.hit(where, f"{what} {reviewed.isoformat()}, a date in the future (today is {now.isoformat()}); "
                                 f"a typo here keeps this rule quiet for years: write {fix}",
                          pl=f"{co} {reviewed.isoformat()}, a to data z przyszłości (dziś jest {now.isoformat()}); "
                             f"przez taką literówkę ta reguła milczałaby latami: wpisz {popraw}"
                          if self.polish else None)
            return
        if getattr(model, "status", None) == "retired":
            return  # kept for the record: no review is due
        # Stale once strictly older than the limit: on the anniversary itself it is still fresh.
        fresh_until = _add_months(reviewed, limit)
        if now > fresh_until:
            # The same message while the age in months says the same.
            steady(now, lambda day: _age_said(reviewed, day, limit), first=shifted(fresh_until, 1))
            yield doc.hit(where, f"{what} {reviewed.isoformat()}, {_age_said(reviewed, now, limit)} (limit {_months(limit)}); "
                                 "review it against fresh research",
                          pl=f"{co} {reviewed.isoformat()}, {ago_pl(reviewed, now, over=limit)} (limit: "
                             f"{counted(limit, 'miesiąc', 'miesiące', 'miesięcy')}); zweryfikuj dokument z wynikami "
                             "świeżych badań" if self.polish else None)
        else:
            holds(shifted(reviewed, -1), fresh_until)


def _no_such_day(written: object) -> bool:
    """Whether ``written`` is a date in the form YYYY-MM-DD that names no day (`2023-02-30`, `2024-13-01`)."""
    text = str(written).strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return True
    return False


@register
class MissingReviewDate(Rule):
    """The document has no `reviewed` date.

    With `schema` silenced (a comment, `ignore`, `per-file-ignores`), a `reviewed` value the schema
    cannot read (`2023-10`, `14.03.2024`) is no missing date: the finding says it could not be read,
    shows it and asks for YYYY-MM-DD.

    A document with no date at all (no source has a `date` either; for a persona, it has sources) is
    stale-review's (CX303, warning) while that rule is in force for it at this rule's severity or above: a missing date
    fails a gate as an old one does, and is told once.  This rule reports it when stale-review is
    off for it or set with `undated = false`, and reports a document whose sources' dates stand in
    for `reviewed` (stale-review judges it by them).

    Why: without a review date nobody can tell a living document from an
    abandoned one.

    Bad:
        kind: journey
        id: ola-kupuje-buty
        name: Ola kupuje buty do biegania
        persona: ola-biegaczka
        stages:
          - id: zakup
            name: Zakup

    Good:
        kind: journey
        id: ola-kupuje-buty
        name: Ola kupuje buty do biegania
        persona: ola-biegaczka
        reviewed: 2026-10-05
        stages:
          - id: zakup
            name: Zakup

    Bad (en):
        kind: journey
        id: sam-switches-broadband
        name: Sam switches broadband
        persona: sam-renter
        stages:
          - id: switching
            name: Switches provider

    Good (en):
        kind: journey
        id: sam-switches-broadband
        name: Sam switches broadband
        persona: sam-renter
        reviewed: 2026-10-05
        stages:
          - id: switching
            name: Switches provider
    """

    code = "CX304"
    name = "missing-review-date"
    severity = Severity.info

    def check(self, doc: Document) -> Iterable[Hit]:
        if getattr(doc.model, "reviewed", None) is None:
            written = doc.data.get("reviewed") if isinstance(doc.data, dict) else None
            if written is not None and str(written).strip():
                # A date the schema could not read (`2023-10`, `14.03.2024`), left out because `schema` is
                # silenced: the document has one, in a form to fix, not none to add.
                from ...model.common import brief

                if _no_such_day(written):
                    # `2023-02-30` is written as asked: what is wrong is the day, which no calendar has.
                    yield doc.hit(("reviewed",), f"`reviewed` is no day of the calendar ({brief(written)}); write "
                                                 "the day this document was last checked against research",
                                  key=False,
                                  pl=f"`reviewed` nie jest dniem z kalendarza ({brief(written)}); wpisz dzień, w którym "
                                     "ostatnio zweryfikowano ten dokument z wynikami badań" if self.polish else None)
                    return
                yield doc.hit(("reviewed",), f"`reviewed` could not be read ({brief(written)}); write it as "
                                             "YYYY-MM-DD, the day this document was last checked against research",
                              key=False,
                              pl=f"nie da się odczytać `reviewed` ({brief(written)}); wpisz datę jako RRRR-MM-DD: dzień, "
                                 "w którym ostatnio zweryfikowano ten dokument z wynikami badań"
                              if self.polish else None)
                return
            # `reviewed:` written empty is where the date goes, as for missing-sources' `sources: []`.
            where = _undated_at(doc)
            if _undated(doc) and _told_as_stale(doc, where, self):
                return  # one problem, told once: by stale-review, which fails a gate as an old date does
            there, tam = _commented_reviewed(doc, where)
            yield doc.hit(where, f"no `reviewed` date; add the date this document was last checked against research{there}",
                          key=True,
                          pl=f"brak daty `reviewed`; dodaj datę, kiedy ostatnio zweryfikowano ten dokument z wynikami badań{tam}"
                          if self.polish else None)


@register
class JourneyWithoutSources(Rule):
    """A journey map with no `sources`: no research named behind it.

    Reported once, at `sources` when it is written empty, else at `id`.  A source that says it
    is no research is reported as missing-sources (CX301) reports a persona's: the team's
    assumptions or opinion, a text a language model wrote, the company asking itself ("Założenia
    z warsztatu zespołu", "Our sales team say…", "Generated with ChatGPT"), at its `note` or
    `id`.  Not reported: a map with one source or more that is research; one whose barriers, pain points, love points or
    metrics cite a source id (unknown-source, CX302, asks to define it); a retired map (`status:
    retired`), kept for the record.  A persona's sources are its own: a map lists the research
    it rests on, which its traits may then cite.

    Opt-in: it runs only where a team asks for it, by name or code (`--select CX305`,
    `extend-select = ["journey-without-sources"]`) or with `enabled = true` in
    `[rules.journey-without-sources]`; a prefix (`CX3`) or `ALL` leaves it out.  Many maps are
    first drawn in a workshop.  Its findings are info; a team whose maps must rest on research
    adds `severity = "warning"` to that table to make them fail a gate.

    Why: a journey map shows what customers do, think and feel at each stage, and it is built
    from what was gathered (interviews, support tickets, analytics, sales data), not from the
    team's guesses.  A map that names no research cannot be told from a workshop's assumptions.

    Bad:
        kind: journey
        id: ola-kupuje-buty
        name: Ola kupuje buty do biegania
        persona: ola-biegaczka
        stages:
          - id: zakup
            name: Zakup
            barriers: [Brak płatności BLIK]

    Good:
        kind: journey
        id: ola-kupuje-buty
        name: Ola kupuje buty do biegania
        persona: ola-biegaczka
        sources:
          - id: wywiady-2026-09
            type: interview
            date: 2026-09-14
            n: 9
        stages:
          - id: zakup
            name: Zakup
            barriers:
              - text: Brak płatności BLIK
                sources: [wywiady-2026-09]

    Bad (en):
        kind: journey
        id: sam-gets-fibre
        name: Sam gets fibre broadband
        persona: sam-renter
        stages:
          - id: installation
            name: Engineer visit
            barriers: [The only slot is a whole weekday, 8am to 6pm]

    Good (en):
        kind: journey
        id: sam-gets-fibre
        name: Sam gets fibre broadband
        persona: sam-renter
        sources:
          - id: interviews-2026-09
            type: interview
            date: 2026-09-14
            n: 9
        stages:
          - id: installation
            name: Engineer visit
            barriers:
              - text: The only slot is a whole weekday, 8am to 6pm
                sources: [interviews-2026-09]
    """

    code = "CX305"
    name = "journey-without-sources"
    severity = Severity.info
    kinds = ("journey",)
    opt_in = True

    def check(self, doc: Document) -> Iterable[Hit]:
        model = doc.model
        if model.status == "retired":  # type: ignore[union-attr]
            return
        if model.sources:  # type: ignore[union-attr]
            yield from self._assumed_sources(doc)
            return
        if any(cited for _path, _text, cited in doc.traits()):
            return  # unknown-source's: the citations name research this map has still to define
        where = ("sources",) if isinstance(doc.data, dict) and "sources" in doc.data else ("id",)
        yield doc.hit(
            where,
            "no sources: this journey map rests on assumptions; list in `sources` the research its stages come from "
            "(interviews, support tickets, analytics), and cite it from the barriers and pain points",
            key=True,
            pl="brak źródeł: ta mapa podróży opiera się na założeniach; wypisz w `sources` badania, z których pochodzą "
               "jej etapy (wywiady, zgłoszenia do obsługi, dane analityczne), i powołaj się na nie w barierach i "
               "bolączkach" if self.polish else None,
        )


    def _assumed_sources(self, doc: Document) -> Iterable[Hit]:
        """The sources of a map that say they are no research (the team's assumptions or opinion, a language
        model's text, the company asking itself), as missing-sources (CX301) reads a persona's: who the
        people described are is read from the map's own name, id and summary."""
        yield from _assumed_source_hits(
            doc, doc.model.sources, self.polish,  # type: ignore[union-attr]
            "and this journey map has no other source; list in `sources` the research its stages come from "
            "(interviews, support tickets, analytics)",
            "a ta mapa podróży nie ma innego źródła; wypisz w `sources` badania, z których pochodzą jej etapy "
            "(wywiady, zgłoszenia do obsługi, dane analityczne)")


def _told_as_stale(doc: Document, where: tuple[Any, ...], rule: Rule) -> bool:
    """Whether stale-review reports ``doc`` (no date at all) as stale, in force for it at the place both findings
    sit and at ``rule``'s severity or above: then missing-review-date leaves the document to it."""
    line = doc.loaded.locate(where, key=True)[0]
    stale = doc.in_force("stale-review", line)
    if stale is None or not stale.options.undated or getattr(doc.model, "status", None) == "retired":
        return False
    mine = getattr(rule, "configured_severity", None) or rule.severity
    return (getattr(stale, "configured_severity", None) or stale.severity) >= mine
