"""Rules about the language a document is written in."""

from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

from ..finding import Hit, Severity
from ..rule import Rule, register
from ...workspace import Document

_PL_LETTERS = frozenset("ąćęłńśźż")
#: Polish words that are no English word (nor a common abbreviation: "do", "po", "od" are left out).
_PL_WORDS = frozenset((
    "się", "nie", "jest", "są", "oraz", "że", "żeby", "aby", "dla", "przez", "jak", "ale", "lub", "czy",
    "gdy", "kiedy", "bo", "już", "też", "tylko", "który", "która", "które", "których", "jego", "jej",
    "ich", "na", "ze", "przed", "bez", "pod", "nad", "jeszcze", "bardzo", "można", "w", "z",
))
#: English words that are no Polish word ("to", "on", "a", "by", "was", "but" are Polish too).
_EN_WORDS = frozenset((
    "the", "and", "of", "with", "for", "is", "are", "were", "when", "before", "after", "their",
    "his", "from", "that", "this", "which", "what", "have", "has", "will", "would", "into", "about",
    "they", "them", "it", "its", "in", "at", "an", "or", "not", "how", "why", "where", "there",
))
#: Those of them that no Polish word is (nor a common brand): an English stage has one of them
#: standing between blanks, in lower case or capitalised, and a Polish file without any is passed
#: over at once.
_STRONG_EN = frozenset(
    word
    for lower in ("the", "with", "when", "from", "that", "this", "which", "what", "have", "will", "would",
                  "into", "they", "them", "where", "there", "their", "before", "after", "about")
    for word in (lower, lower.capitalize())
)
#: How much of a stage must read as the other language: words of it, and times the document's own.
#: Polish needs more (names bring Polish letters along); English function words come with no name.
_MIN_PL_WORDS = 5
_MIN_LETTERED = 2
_MIN_EN_WORDS = 3
_RATIO = 2
_NAMES = {"pl": "Polish", "en": "English"}


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and (key == "id" or key.startswith("x-")):
                continue
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


_LOWER_PL = "a-ząćęłńóśźż"
_PL_MARKS = "ąćęłńśźż"
#: A word with a Polish letter: anywhere when it starts in lower case, at a value's start in any case.
_LETTERED = re.compile(
    rf"(?m)^[^\W\d_]*?[{_PL_MARKS}{_PL_MARKS.upper()}][^\W\d_]*|(?<![^\W\d_])[{_LOWER_PL}][^\W\d_]*?[{_PL_MARKS}][^\W\d_]*"
)
#: The ASCII ones (a word with a Polish letter is counted by _LETTERED).
_PL_FUNCTION = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(sorted((w for w in _PL_WORDS if w.isascii()), key=len, reverse=True))})(?![^\W\d_])"
)
_EN_FUNCTION = re.compile(
    rf"(?m)^(?:{'|'.join(w.capitalize() for w in sorted(_EN_WORDS, key=len, reverse=True))})(?![^\W\d_])"
    rf"|(?<![^\W\d_])(?:{'|'.join(sorted(_EN_WORDS, key=len, reverse=True))})(?![^\W\d_])"
)
#: A looser net over the whole file, to pass over an English document that cannot have such a stage.
_PL_MARK_CHARS = tuple(_PL_MARKS + _PL_MARKS.upper())



def _counts(joined: str) -> tuple[list[str], int, list[str]]:
    """The Polish words of ``joined``, values one a line (those with a Polish letter, then Polish function words), how many
    of them hold a Polish letter, and the English function words they have.

    A capitalised word counts only as a value's first word ("Długi formularz"): elsewhere a capital
    opens a name, and names travel ("Żabka", "Łódź", "Allegro" in an English stage).
    """
    lettered = _LETTERED.findall(joined)
    plain = _PL_FUNCTION.findall(joined)
    english = [w.lower() for w in _EN_FUNCTION.findall(joined)]
    return lettered + plain, len(lettered), english


@register
class LanguageMismatch(Rule):
    """A journey stage written in another language than the journey.

    A stage in a `lang: en` journey whose text is mostly Polish (five or more
    Polish words, two with Polish letters, at least twice as many as its
    English function words), or a stage in a `lang: pl` journey with three or
    more English function words ("the", "with", "from" or the like among
    them), twice as many as its Polish words. A word
    with a capital counts only where it opens a value; names are left alone:
    "Żabka", "Łódź" or "Allegro" in an English stage are no Polish text, nor
    "The North Face" in a Polish one, and a short quote in the other language
    among the stage's own text does not count. Only a journey that states its `lang` is checked.

    Why: stages copied from another team's journey after a workshop keep
    their language; the map then speaks two languages to one reader, its
    words are checked against the wrong lexicon, and the copy usually still
    describes the other journey. Translate the stage and check it fits.

    Bad:
        lang: en
        stages:
          - id: swiadomosc
            name: Świadomość
            doing: Widzi reklamę światłowodu na przystanku i sprawdza ceny w aplikacji

    Good:
        lang: en
        stages:
          - id: awareness
            name: Awareness
            doing: Sees a fibre ad at the bus stop and checks the prices in the app
    """

    code = "CX601"
    name = "language-mismatch"
    severity = Severity.warning
    kinds = ("journey",)

    def check(self, doc: Document) -> Iterable[Hit]:
        data = doc.data
        lang = data.get("lang") if isinstance(data, dict) else None
        if lang not in _NAMES:
            return  # only a language the journey states: a guess from its words would follow the pasted text
        text = doc.loaded.text
        if lang == "en":
            # Polish words without a Polish letter are too few and too short to tell
            if text.isascii() or sum(map(text.count, _PL_MARK_CHARS)) < _MIN_LETTERED:
                return
        elif _STRONG_EN.isdisjoint(text.split()):
            return
        stages = data.get("stages")
        if not isinstance(stages, list):
            return
        for i, stage in enumerate(stages):
            if not isinstance(stage, dict):
                continue
            joined = "\n".join(_texts(stage))
            polish, lettered, english = _counts(joined)
            if lang == "en":
                wrong = (len(polish) >= _MIN_PL_WORDS and lettered >= _MIN_LETTERED
                         and len(polish) >= _RATIO * max(len(english), 1))
                shown, other = polish, "pl"
            else:
                wrong = (len(english) >= _MIN_EN_WORDS and len(english) >= _RATIO * max(len(polish), 1)
                         and not _STRONG_EN.isdisjoint(joined.split()))
                shown, other = english, "en"
            if not wrong:
                continue
            ident = stage.get("id")
            what = f"stage '{ident}'" if isinstance(ident, str) and ident else f"stage {i + 1}"
            words = ", ".join(repr(w) for w in list(dict.fromkeys(shown))[:3])
            where = ("stages", i, "id") if "id" in stage else ("stages", i)
            yield doc.hit(
                where,
                f"{what} is written in {_NAMES[other]} ({words}, …) while the journey is in {_NAMES[lang]} (`lang: {lang}`); translate it, "
                "or move it to a journey in that language",
            )
