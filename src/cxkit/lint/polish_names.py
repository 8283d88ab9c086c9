"""Polish titles of cxkit's own rules, for a hint only: rule names are English, and `cxkit rule
pozorne-profilowanie` or `--select pozorne-profilowanie` names no rule.  An unknown selector whose
words are those of a rule's Polish title or a keyword of it ("pozorne profilowanie", "punkty styku",
"brak źródeł") gets "did you mean 'pseudo-profiling' (CX101)?".  Read only when a selector names no
rule: nothing here runs on a lint run that names rules rightly.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Mapping

#: Each rule's Polish title first, then other words a Polish team would look it up by.
TITLES: dict[str, tuple[str, ...]] = {
    "read-error": ("błąd odczytu", "nie da się otworzyć pliku"),
    "yaml-syntax": ("składnia yaml", "błąd składni"),
    "schema": ("schemat", "niezgodność ze schematem", "format pliku"),
    "duplicate-id": ("powtórzony identyfikator", "zdublowane id"),
    "unknown-persona": ("nieznana persona",),
    "unused-suppression": ("zbędne wyciszenie", "niepotrzebne wyłączenie"),
    "merged-list-item": ("sklejony element listy",),
    "comment-in-value": ("komentarz w wartości",),
    "init-example": ("przykład z init", "przykładowy plik"),
    "pseudo-profiling": ("pozorne profilowanie", "ogólniki", "ogólnikowa cecha", "pseudoprofilowanie"),
    "demographics-only": ("tylko demografia", "sama demografia"),
    "similar-personas": ("podobne persony", "kopia persony"),
    "missing-negative-persona": ("brak persony negatywnej", "brak nie-klienta"),
    "negative-without-reasons": ("persona negatywna bez powodów", "powody wykluczenia"),
    "trait-overlap": ("wspólna cecha persony i persony negatywnej", "nakładające się cechy"),
    "mirrored-negative-persona": ("lustrzana persona negatywna", "odwrotność persony", "przeciwieństwo persony"),
    "missing-sources": ("brak źródeł", "źródła badań", "założenia zamiast badań"),
    "unknown-source": ("nieznane źródło",),
    "stale-review": ("nieaktualny przegląd", "przeterminowany przegląd", "aktualizacja mapy"),
    "missing-review-date": ("brak daty przeglądu", "data przeglądu"),
    "journey-without-sources": ("ścieżka bez źródeł", "mapa bez badań", "źródła ścieżki"),
    "stage-without-emotion": ("etap bez emocji", "krzywa emocji"),
    "stage-without-touchpoints": ("etap bez punktów styku", "punkty styku"),
    "unowned-opportunity": ("usprawnienie bez właściciela", "szansa bez właściciela", "poprawa bez właściciela", "kto kiedy"),
    "unaddressed-pain": ("nierozwiązana bolączka", "ból bez poprawy", "bariera bez poprawy", "etap bez usprawnienia"),
    "journey-ends-at-purchase": ("mapa kończy się na zakupie", "etap po zakupie"),
    "missing-stage": ("brakujący etap", "wymagany etap"),
    "journey-for-negative-persona": ("mapa dla persony negatywnej",),
    "overdue-opportunity": ("przeterminowane usprawnienie", "przeterminowana poprawa", "minął termin poprawy"),
    "feeling-contradicts-emotion": ("uczucie sprzeczne z emocją",),
    "vague-action": ("ogólnikowe działanie", "mglista poprawa", "życzenie zamiast działania"),
    "stage-out-of-order": ("etapy w złej kolejności", "kolejność etapów"),
    "vague-feeling": ("ogólnikowe uczucie", "mgliste uczucie"),
    "journey-for-retired-persona": ("mapa dla wycofanej persony",),
    "stage-without-doing-thinking": ("etap bez scenariusza", "co klient robi i myśli", "robi myśli czuje"),
    "unmeasured-opportunity": ("usprawnienie bez miernika", "szansa bez miernika", "poprawa bez pomiaru", "monitorowanie efektów", "wskaźniki"),
    "journey-without-dip": ("ścieżka bez spadku", "różowa ścieżka", "mapa bez barier", "nic nie boli"),
    "vague-metric": ("ogólnikowy wskaźnik", "wskaźnik bez liczby", "kpi bez celu"),
    "repeated-stage-text": ("skopiowany tekst etapu", "powtórzony tekst", "kopiuj wklej"),
    "placeholder": ("niewypełniony szablon", "do uzupełnienia"),
    "language-mismatch": ("etap w innym języku",),
    "lang-contradicts-text": ("język niezgodny z tekstem", "zły język dokumentu"),
}

_FOLD = str.maketrans({"ł": "l", "Ł": "l"})
#: Words of a title no lookup is made by: they start too many.
_SMALL = frozenset(("bez", "dla", "na", "po", "w", "z", "i", "za", "co", "do", "ze"))


def _words(text: str) -> list[str]:
    """``text``'s words, in lower case without diacritics (`źródeł` → `zrodel`), hyphens and underscores as spaces."""
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD).casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return [w for w in re.split(r"[^a-z0-9]+", plain) if w and w not in _SMALL]


def _same_stem(word: str, other: str) -> bool:
    """Whether two folded words are one word inflected: `profilowania`/`profilowanie`, `zrodel`/`zrodla`."""
    if word == other:
        return True
    common = 0
    for a, b in zip(word, other):
        if a != b:
            break
        common += 1
    return common >= 4 and common >= min(len(word), len(other)) - 3


def polish_matches(selector: str, rules: Mapping[str, Any]) -> list[str]:
    """The rules (by name, in ``rules``' order) one of whose Polish titles holds every word of ``selector``."""
    wanted = _words(selector)
    if not wanted:
        return []
    found = []
    for name in rules:
        for title in TITLES.get(name, ()):
            words = _words(title)
            if all(any(_same_stem(w, t) for t in words) for w in wanted):
                found.append(name)
                break
    return found


#: Each rule's one-line summary in Polish, which `cxkit rule NAME` prints in a Polish workspace (`lang = "pl"`)
#: in place of the docstring's first line; the rest of its help (why, examples, details) is English.
SUMMARIES: dict[str, str] = {
    "read-error": "Plik, którego cxkit nie mógł otworzyć.",
    "yaml-syntax": "Plik nie jest jednym poprawnym i bezpiecznym dokumentem YAML.",
    "schema": "Dokument nie pasuje do formatu plików cxkit.",
    "duplicate-id": "Dwa dokumenty w obszarze roboczym mają to samo `id`.",
    "unknown-persona": "Pole `persona` ścieżki nie wskazuje żadnej persony z obszaru roboczego.",
    "unused-suppression": "Komentarz `# cxkit: disable=...`, który niczego nie wycisza.",
    "merged-list-item": "Wiersz `- element`, który YAML przeczytał jako dalszy ciąg wartości nad nim.",
    "comment-in-value": "Tekst po ` #` w wartości bez cudzysłowu, który YAML czyta jako komentarz i pomija.",
    "init-example": "Przykład zapisany przez `cxkit init`, leżący obok waszych własnych dokumentów.",
    "pseudo-profiling": "Cecha persony tak ogólna, że nie odróżnia od siebie żadnych dwóch osób.",
    "demographics-only": "Persona z danymi demograficznymi, ale bez celów, zachowań i bolączek.",
    "similar-personas": "Dwie persony, których cele, zachowania i bolączki w większości się pokrywają.",
    "missing-negative-persona": "Obszar roboczy ma persony, ale żadnej persony negatywnej.",
    "negative-without-reasons": "Persona negatywna bez `reasons` albo z powodami, które nie mówią dlaczego.",
    "trait-overlap": "Ta sama cecha występuje w personie i w personie negatywnej.",
    "mirrored-negative-persona": "Persona negatywna, której powody tylko zaprzeczają cechom persony albo je powtarzają.",
    "missing-sources": "Persona bez `sources` albo ze źródłem, które samo mówi, że jest założeniem.",
    "unknown-source": "Cecha powołuje się na źródło, którego dokument nie definiuje.",
    "stale-review": "Dokument ostatnio przejrzano (albo przeprowadzono jego najnowsze badania) zbyt dawno.",
    "missing-review-date": "Dokument nie ma daty przeglądu `reviewed`.",
    "journey-without-sources": "Ścieżka bez `sources`: nie wskazuje badań, na których się opiera.",
    "stage-without-emotion": "Etap ścieżki bez oceny emocji (`emotion`).",
    "stage-without-touchpoints": "Etap ścieżki bez punktów styku (`touchpoints`).",
    "unowned-opportunity": "Usprawnienie bez właściciela (`owner`), opcjonalnie także bez terminu (`due`).",
    "unaddressed-pain": "Bolesny etap bez żadnego usprawnienia, które by go naprawiło.",
    "journey-ends-at-purchase": "Ścieżka kończy się na zakupie: po nim nie ma żadnego etapu.",
    "missing-stage": "Ścieżce brakuje etapu, którego wymaga wasz zespół.",
    "journey-for-negative-persona": "Ścieżka, której `persona` jest personą negatywną.",
    "overdue-opportunity": "Usprawnienie, którego termin (`due`) minął, a nie jest oznaczone jako zrobione.",
    "feeling-contradicts-emotion": "Etap, którego uczucie (`feeling`) przeczy ocenie emocji (`emotion`).",
    "vague-action": "Usprawnienie, którego `action` wyraża życzenie poprawy zamiast nazwać zmianę.",
    "stage-out-of-order": "Wczesny etap (świadomość, odkrywanie) po późnym (lojalność, polecanie).",
    "vague-feeling": "Etap, którego uczucie nie nazywa żadnej emocji: „neutralnie”, „OK”, „Obojętny”.",
    "journey-for-retired-persona": "Używana ścieżka, której persona jest wycofana (`status: retired`).",
    "stage-without-doing-thinking": "Etap ścieżki, który nie mówi, co klient na nim robi i myśli.",
    "unmeasured-opportunity": "Etap ścieżki, którego zaplanowane usprawnienia nie mają `metrics`, by je ocenić.",
    "journey-without-dip": "Ścieżka, na której nic nie boli: żaden etap nie ma emocji poniżej 0, bariery ani bolączki.",
    "vague-metric": "Wskaźnik etapu bez liczby: nazwa albo życzenie, bez punktu wyjścia i celu.",
    "repeated-stage-text": "Trzy lub więcej etapów z tym samym tekstem w jednym polu: skopiowany, a nie zbadany.",
    "placeholder": "Niewypełniona wartość z szablonu pozostawiona w dokumencie.",
    "language-mismatch": "Etap ścieżki napisany w innym języku niż cała ścieżka.",
    "lang-contradicts-text": "Dokument, którego `lang` wskazuje inny język niż ten, w którym napisano tekst.",
}
