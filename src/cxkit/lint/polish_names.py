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
    "stage-without-emotion": ("etap bez emocji", "krzywa emocji"),
    "stage-without-touchpoints": ("etap bez punktów styku", "punkty styku"),
    "unowned-opportunity": ("szansa bez właściciela", "poprawa bez właściciela", "kto kiedy"),
    "unaddressed-pain": ("nierozwiązana bolączka", "ból bez poprawy", "bariera bez poprawy"),
    "journey-ends-at-purchase": ("mapa kończy się na zakupie", "etap po zakupie"),
    "missing-stage": ("brakujący etap", "wymagany etap"),
    "journey-for-negative-persona": ("mapa dla persony negatywnej",),
    "overdue-opportunity": ("przeterminowana poprawa", "minął termin poprawy"),
    "feeling-contradicts-emotion": ("uczucie sprzeczne z emocją",),
    "vague-action": ("ogólnikowe działanie", "mglista poprawa", "życzenie zamiast działania"),
    "stage-out-of-order": ("etapy w złej kolejności", "kolejność etapów"),
    "vague-feeling": ("ogólnikowe uczucie", "mgliste uczucie"),
    "journey-for-retired-persona": ("mapa dla wycofanej persony",),
    "stage-without-doing-thinking": ("etap bez scenariusza", "co klient robi i myśli", "robi myśli czuje"),
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
