"""Rules about the language a document is written in."""

from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

from ..finding import Hit, Severity
from ..lazyre import lazy
from ..polish import out_of, q, quoted
from ..rule import Rule, register
from ...langs import lang_code
from ...workspace import _PL_LETTERS as _GUESS_PL_LETTERS, Document, other_lang

_PL_LETTERS = frozenset("ąćęłńóśźż")
#: Polish words that are no English word (nor a common abbreviation: "do", "po", "od" are left out).
_PL_WORDS = frozenset((
    "się", "nie", "jest", "są", "oraz", "że", "żeby", "aby", "dla", "przez", "jak", "ale", "lub", "czy",
    "gdy", "kiedy", "bo", "już", "też", "tylko", "który", "która", "które", "których", "jego", "jej",
    "ich", "na", "ze", "przed", "bez", "pod", "nad", "jeszcze", "bardzo", "można", "w", "z", "i",
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
_PL_MARKS = "ąćęłńóśźż"
#: A word with a Polish letter, the first one too ("że", "łatwo"): anywhere when it starts in lower
#: case, at a value's start in any case.
_LETTERED = lazy(globals(), "_LETTERED",
    rf"(?m)^[^\W\d_]*?[{_PL_MARKS}{_PL_MARKS.upper()}][^\W\d_]*"
    rf"|(?<![^\W\d_])(?:[{_PL_MARKS}]|[{_LOWER_PL}][^\W\d_]*?[{_PL_MARKS}])[^\W\d_]*"
)
#: The ASCII ones (a word with a Polish letter is counted by _LETTERED); "i" not in "i.e.", nor "w" in
#: "w/" (English shorthand for "with": "barszcz w/ uszka").
_PL_FUNCTION = lazy(globals(), "_PL_FUNCTION",
    rf"(?<![^\W\d_])(?:{'|'.join(sorted((w for w in _PL_WORDS if w.isascii() and w != 'i'), key=len, reverse=True))}"
    rf"|i(?!\.\w))(?![^\W\d_]|/)"
)
_EN_FUNCTION = lazy(globals(), "_EN_FUNCTION",
    rf"(?m)^(?:{'|'.join(w.capitalize() for w in sorted(_EN_WORDS, key=len, reverse=True))})(?![^\W\d_])"
    rf"|(?<![^\W\d_])(?:{'|'.join(sorted(_EN_WORDS, key=len, reverse=True))})(?![^\W\d_])"
)
#: A looser net over the whole file, to pass over an English document that cannot have such a stage.
_PL_MARK_CHARS = tuple(_PL_MARKS + _PL_MARKS.upper())

#: Polish written without its letters ("Swiadomosc", "Klient dzwoni na infolinie i czeka"): a word
#: of ASCII letters that only Polish spells so. The folded forms of Polish words that carry a mark and
#: are no English word (się, już, można, który…), and words with Polish spelling: "rz", "sz", "cz",
#: "dz" anywhere, "roz"/"naj" opening, or a Polish ending (-ość, -anie, -enie, -owa, -ych,
#: -uje…). English has next to none of them; Polish names that have them ("Szczecin", "Wrzeszcz",
#: "Grzegorz") are capitalised, and a capitalised word counts only where it opens a value.
_FOLDED_WORDS = (
    "sie|juz|tez|mozna|zeby|ktor(?:y|a|e|ych|ej|ym|ymi)|wiec|moze|takze|rowniez|jesli|jezeli|bedzie|gdzie|wlasnie|poniewaz"
)
_FOLDED_BODY = (
    rf"(?:{_FOLDED_WORDS}"
    r"|[a-z]*(?:rz|sz|cz|dz)[a-z]*"
    r"|(?:roz|naj)[a-z]{2,}"
    r"|[a-z]{3,}(?:osc|anie|enie|owac|ywac|owa|owe|owej|owego|owych|ych|ymi|uje|uja|ujesz))"
)
#: Candidates: words of ASCII letters only, lower case anywhere or capitalised opening a value, not
#: joined to a digit or another letter ("przelewy24", "Szczecin" in the middle of a sentence).
_ASCII_WORD = lazy(globals(), "_ASCII_WORD", r"(?m)^[A-Z][a-z]+(?!\w)|(?<!\w)[a-z]+(?!\w)")
_FOLDED = lazy(globals(), "_FOLDED", _FOLDED_BODY)
#: Folded words of Polish grammar, not names: the function words above and the endings of verbs and
#: of abstract nouns ("loguje", "sie", "Niepewnosc", "Zgloszenie"). Folded words that are only spelt as
#: Polish spells ("barszcz", "szarlotka", "Wrzeszcz") are also how dishes and places are named in English.
_FOLDED_GRAMMAR = lazy(globals(), "_FOLDED_GRAMMAR", rf"{_FOLDED_WORDS}|[a-z]{{3,}}(?:osc|anie|enie|owac|ywac|uje|uja|ujesz)")
#: A stage with this many Polish function words ("i", "na", "oraz", "nie") is read for folded words even
#: with no "rz", "sz", "cz" or "dz" in it ("Klient loguje sie do aplikacji i ustawia kod PIN oraz…").
_MIN_FUNCTION_TO_FOLD = 3
#: A file has one of these (lower-cased, as words) when it may hold such a stage.
_FOLDED_FUNCTION = lazy(globals(), "_FOLDED_FUNCTION", r"(?<![a-z])(?:sie|nie|oraz|jest|juz|tez)(?![a-z])")
#: Addresses, whose words are no text of the stage ("allegro.pl/oferta/szybka-dostawa"): a run of
#: non-blanks with one of these marks in it. The runs are cut first and the mark looked for in each, so
#: a long run without a mark (a base64 image) is read once, not once from each of its characters.
_NON_BLANKS = lazy(globals(), "_NON_BLANKS", r"\S+")
_ADDRESS_MARK = lazy(globals(), "_ADDRESS_MARK", r"://|@|www\.|\.(?:pl|com|eu|net|org)\b")


def _drop_addresses(joined: str) -> str:
    """``joined`` with each run of non-blanks that holds an address mark put as one blank."""
    return _NON_BLANKS.sub(lambda run: " " if _ADDRESS_MARK.search(run.group()) else run.group(), joined)


def _folded(joined: str) -> list[str]:
    """The words of ``joined`` that are Polish written without Polish letters (a Polish function word
    without a mark, "przed", "jeszcze", is counted with the others)."""
    if any(mark in joined for mark in ("://", "@", "www.", ".pl", ".com", ".eu", ".net", ".org")):
        joined = _drop_addresses(joined)
    return [w for w in _ASCII_WORD.findall(joined) if _FOLDED.fullmatch(w.lower()) and w not in _PL_WORDS]


def spelt_polish(word: str) -> bool:
    """Whether one word of ASCII letters is spelt as only Polish spells it, as language-mismatch reads a
    word typed without Polish letters ("szkody", "Swiadomosc", "rozwazanie"; not "pizza", nor "przez",
    a function word, counted as such); `cxkit new` reads a name's words by it."""
    return _FOLDED.fullmatch(word.lower()) is not None and word.lower() not in _PL_WORDS


def _has_digraph(text: str, values: bool = False) -> bool:
    """Whether ``text`` has "rz", "sz", "cz" or "dz" (any case), as Polish text of a few words has, typed
    with or without its letters, and English next to never: where none is, no word is looked at (a
    'z' is rare in English, so this is some hundred times quicker than reading the words). With
    ``values`` (values one a line), one in a name does not count: a capitalised word not opening a
    value ("Gdańsk Wrzeszcz")."""
    at = text.find("z")
    while at != -1:
        if at and text[at - 1] in "rscdRSCD":
            if not values:
                return True
            start = at - 1
            while start and text[start - 1].isalpha():
                start -= 1
            if not text[start].isupper() or start == 0 or text[start - 1] == "\n":
                return True
        at = text.find("z", at + 1)
    return False


def _file_has_digraph(text: str) -> bool:
    """:func:`_has_digraph` with ``values`` over a whole YAML file: a capitalised word counts only where
    it may open a value (after "key: ", "- ", a quote, at a line's start), so an English journey that
    spells Polish places and people without their letters ("near Gdansk Wrzeszcz, with Grzegorz from
    Rzeszow") is passed over at once, while any stage :func:`_counts_folded` would read is not."""
    at = text.find("z")
    while at != -1:
        if at and text[at - 1] in "rscdRSCD":
            start = at - 1
            while start and text[start - 1].isalpha():
                start -= 1
            if not text[start].isupper():
                return True
            before = text[text.rfind("\n", 0, start) + 1:start].rstrip(" \t\"'").split()
            # a line's start, "key: ", "- ", a quote, a list written inline, an escaped new line, an anchor or tag
            if not before or before[-1] == "-" or before[-1].endswith((":", "[", "{", ",", "\\n")) or before[-1][0] in "&!":
                return True
        at = text.find("z", at + 1)
    return False


def _file_has_folded_function(text: str) -> bool:
    """Whether ``text`` has a Polish function word typed without its letters ("sie", "juz") or one
    that needs none ("nie", "oraz", "jest"), so that a stage :func:`_counts_folded` reads for its
    function words alone may be in it (a quick look for the letters first: English has them seldom)."""
    low = text.lower()
    if not any(word in low for word in ("sie", "nie", "oraz", "jest", "juz", "tez")):
        return False
    return _FOLDED_FUNCTION.search(low) is not None


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


def _counts_folded(joined: str) -> tuple[list[str], int, list[str]]:
    """:func:`_counts` with Polish written without its letters counted as words with a Polish letter
    are (after them, so that a stage with Polish letters is named by the same words as before)."""
    polish, lettered, english = _counts(joined)
    plain = len(polish) - lettered  # the Polish function words
    folded = _folded(joined) if plain >= _MIN_FUNCTION_TO_FOLD or _has_digraph(joined, values=True) else None
    if not folded:
        return polish, lettered, english
    if not polish and not any(_FOLDED_GRAMMAR.fullmatch(w.lower()) for w in folded):
        # nouns alone, with no Polish word beside them: names of dishes or places ("Orders barszcz,
        # pierogi ruskie and szarlotka for six people")
        return polish, lettered, english
    return (polish + folded if lettered else folded + polish), lettered + len(folded), english


@register
class LanguageMismatch(Rule):
    """A journey stage written in another language than the journey.

    A stage in a `lang: en` journey whose text is mostly Polish (five or more
    Polish words, two with Polish letters, at least twice as many as its
    English function words), or a stage in a `lang: pl` journey with three or
    more English function words ("the", "with", "from" or the like among
    them), twice as many as its Polish words. A Polish word is one with a
    Polish letter anywhere in it, "ó" and an opening one too ("który",
    "kierowców", "że", "łatwo"), or a function word ("w", "z", "i", "nie";
    not "i" in "i.e."). A word
    with a capital counts only where it opens a value; names are left alone:
    "Żabka", "Łódź" or "Allegro" in an English stage are no Polish text, nor
    "The North Face" in a Polish one, and a short quote in the other language
    among the stage's own text does not count. Polish typed without its
    letters is Polish too: a word only Polish spells so ("Swiadomosc",
    "Rozwazanie", "dzwoni", "czeka", "sie", "ktora") counts as one with a
    Polish letter, and a name so spelt ("Szczecin", "Grzegorz") is a name;
    so are such words with no Polish word beside them (the dishes of
    "Orders barszcz, kaszanka and szarlotka"), and "w/" is English
    shorthand for "with". Only a journey whose language is stated is
    checked: by its `lang`, or, when it has none, by the config's `lang`
    when the journey's words read as that language too. A journey wholly
    in the other language gets one lang-contradicts-text finding on its
    `lang` instead, when that rule is reported at this one's severity or
    above.

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
        written = data.get("lang") if isinstance(data, dict) else None
        lang = lang_code(written)
        stated = f"`lang: {written}`"
        # A journey that states no language, in a workspace whose config does (an agency's client), and
        # whose words read as that language too: the stages pasted in another language are the mismatch.
        # One whose words read as the other language is left alone: the config's `lang` only settles what
        # the words do not.  Whose words read so is asked last: guessing it reads every word of the file,
        # and the quick looks below settle most journeys without it.
        by_config = lang is None and doc.default_lang in _NAMES
        if by_config:
            lang = doc.default_lang
        if lang not in _NAMES:
            return  # only a language stated: a guess from its words would follow the pasted text
        text = doc.loaded.text
        if lang == "en":
            # Polish function words alone are too few and too short to tell: a Polish letter, or a
            # word only Polish spells so ("Swiadomosc", "dzwoni"), must be there too
            lettered_text = not text.isascii() and sum(map(text.count, _PL_MARK_CHARS)) >= _MIN_LETTERED
            if not lettered_text and not _file_has_digraph(text) and not _file_has_folded_function(text):
                return
        elif _STRONG_EN.isdisjoint(text.split()):
            return
        if by_config:
            if doc.lang != lang:
                return
            stated = f"the config's `lang = \"{lang}\"`"
        stages = data.get("stages")
        if not isinstance(stages, list):
            return
        left = None  # whether the whole journey is left to lang-contradicts-text, asked at the first stage found
        for i, stage in enumerate(stages):
            if not isinstance(stage, dict):
                continue
            joined = "\n".join(_texts(stage))
            polish, lettered, english = _counts_folded(joined) if lang == "en" else _counts(joined)
            if lang == "en":
                wrong = (len(polish) >= _MIN_PL_WORDS and lettered >= _MIN_LETTERED
                         and len(polish) >= _RATIO * max(len(english), 1))
                shown, other = polish, "pl"
            else:
                wrong = (len(english) >= _MIN_EN_WORDS and len(english) >= _RATIO * max(len(polish), 1)
                         and not _STRONG_EN.isdisjoint(joined.split()))
                shown, other = english, "en"
            if not wrong or (other == "pl" and other_lang(joined) is not None):
                continue  # a Czech or Slovak stage is no Polish one: its language is not told, rather than told wrong
            where = ("stages", i, "id") if "id" in stage else ("stages", i)
            if left is None:
                left = written is not None and _contradicted(doc, lang, _severity(self))
            if left and not _comment_silences(doc, self.name, where):
                continue  # the whole journey reads as the other language: its `lang` is wrong, as that finding says
            what = _stage_name(stages, i)
            # "i" counts, but tells the reader little: the words shown are the others, as before it counted
            chosen = list(dict.fromkeys(w for w in shown if w != "i"))[:3]
            words = ", ".join(repr(w) for w in chosen)
            pl = None
            if self.polish:  # built for a Polish workspace only
                said = stated if stated.startswith("`lang:") else f"`lang = \"{lang}\"` z konfiguracji"
                pl = (f"{_stage_name_pl(stages, i)} jest napisany {_PL_ADVERBS[other]} ({quoted(chosen)}, …), a ścieżka "
                      f"jest {_PL_ADVERBS[lang]} ({said}); przetłumacz go albo przenieś do ścieżki w tym języku")
            yield doc.hit(
                where,
                f"{what} is written in {_NAMES[other]} ({words}, …) while the journey is in {_NAMES[lang]} "
                f"({stated}); translate it, or move it to a journey in that language",
                pl=pl,
            )


def _comment_silences(doc: Document, rule: str, where: tuple[Any, ...]) -> bool:
    """Whether a `# cxkit: disable` comment naming ``rule`` silences its finding at ``where`` (one on the
    line, or `disable-file`): a stage left to lang-contradicts-text keeps such a finding, silenced, so that
    the comment written for it is no stale one ("suppresses nothing; remove it"), which it would be as soon
    as lang-contradicts-text is turned off."""
    if doc.suppressions is None:
        return False
    return doc.silenced(rule, doc.loaded.locate(where)[0]) is not None or rule in doc.suppressions.file


def _stage_name(stages: list[Any], index: int) -> str:
    """A stage as the other messages name it: by its id (`stage 'consideration'`), else by its place
    counted from 1, as schema messages name an item (`the 2nd stage`), with its name when it has one."""
    from ...model.validate import _item_name, _ordinal

    named = _item_name(stages, index)
    if named != _ordinal(index + 1):
        return f"stage '{stages[index].get('id')}'"
    title = stages[index].get("name")
    if isinstance(title, str) and title.strip():
        return f"the {named} stage ('{' '.join(title.split())}')"
    return f"the {named} stage"


def _stage_name_pl(stages: list[Any], index: int) -> str:
    """:func:`_stage_name` in Polish: etap „consideration”, 2. etap („Zakup”), 2. etap."""
    from ...model.validate import _item_name, _ordinal

    if _item_name(stages, index) != _ordinal(index + 1):
        return f"etap {q(str(stages[index].get('id')))}"
    title = stages[index].get("name")
    if isinstance(title, str) and title.strip():
        return f"{index + 1}. etap ({q(' '.join(title.split()))})"
    return f"{index + 1}. etap"


#: The languages' names as the Polish twins need them: "po polsku", "język polski", "polskie (słowa)".
_PL_ADVERBS = {"pl": "po polsku", "en": "po angielsku", "cs": "po czesku", "sk": "po słowacku", "de": "po niemiecku",
               "uk": "po ukraińsku", "ru": "po rosyjsku", "be": "po białorusku", "bg": "po bułgarsku",
               "mk": "po macedońsku"}
_PL_ADJECTIVES = {"pl": "polski", "en": "angielski", "cs": "czeski", "sk": "słowacki", "de": "niemiecki",
                  "uk": "ukraiński", "ru": "rosyjski", "be": "białoruski", "bg": "bułgarski", "mk": "macedoński"}


#: The languages a document may state whose text the language guess tells apart (see
#: :func:`cxkit.workspace.guess_lang`), by the family the guess reads them as; any other `lang` (`fr`, `pt`)
#: is left alone: its words could read as English or Polish function words ("do", "o", "na" in Portuguese).
_FAMILY = {"pl": "pl", "en": "en", "cs": "cs", "sk": "cs", "de": "de", "uk": "cyr", "ru": "cyr", "be": "cyr",
           "bg": "cyr", "mk": "cyr"}
_LANG_NAMES = {"pl": "Polish", "en": "English", "cs": "Czech", "sk": "Slovak", "de": "German", "uk": "Ukrainian",
               "ru": "Russian", "be": "Belarusian", "bg": "Bulgarian", "mk": "Macedonian"}
#: Keys whose values are no text of the document's language: ids, references, sources, extensions.
_NOT_TEXT = frozenset(("id", "kind", "lang", "sources", "source", "persona", "personas", "owner", "reviewed", "due"))
#: How clearly a text must read as another language: words of it over the whole document, at least, and
#: times those of any other language; values that read as it, at least, and their share of the values
#: that read as any language.
_MIN_READ_WORDS = 12
_READ_RATIO = 3
_MIN_READ_VALUES = 4
_READ_SHARE = 0.8


def _values(value: Any) -> Iterator[str]:
    """The text values of a document, less those of :data:`_NOT_TEXT` and `x-` keys."""
    if isinstance(value, str):
        if value.strip():
            yield value
    elif isinstance(value, dict):
        for name, item in value.items():
            if isinstance(name, str) and (name in _NOT_TEXT or name.startswith("x-")):
                continue
            yield from _values(item)
    elif isinstance(value, list):
        for item in value:
            yield from _values(item)


def _scores(text: str, czech: bool) -> dict[str, int]:
    """How many words of ``text`` read as each family the guess tells (Polish without the function words
    Czech shares, when the document has a Czech letter); Cyrillic words count each, not only function words.
    A word with a Polish, Czech or Cyrillic letter that starts with a capital is a name, not evidence."""
    from ...workspace import _all_counts

    counts = _all_counts(text, other=True, czech=czech)
    polish = counts["pl_own"] if czech else counts["pl"]
    if not text.isascii():
        polish -= _named_polish(text)
    # Czech and Cyrillic words count in lower case only, as the guess asks (see _MIN_OTHER_WORDS): "Tomáš
    # Dvořák", "Česká spořitelna", "Харків" are names an English persona has too. German keeps its nouns.
    return {"pl": polish, "en": counts["en"], "cs": counts["cs_lower"], "de": counts["de"],
            "cyr": counts["cyr_lower"]}


#: A word that starts with a capital a Polish word can start with; each is matched once, from its start
#: (a pattern that looks for the Polish letter inside a word from every position of a long word without one,
#: a pasted base64 blob, takes time growing with the square of its length).
_CAPITALISED = lazy(globals(), "_CAPITALISED", r"\b[A-ZĄĆĘŁŃÓŚŹŻ]\w*")


def _named_polish(text: str) -> int:
    """How many words of ``text`` with a Polish letter start with a capital: a name, a place or a brand
    ("Łódź", "Żabka", "Małgosia") that an English persona of a Polish customer is full of, and no
    evidence of Polish text (in a Polish sentence most such words are in lower case). A Polish letter is
    one the language guess counts a word as Polish by, so only words it counted are taken back."""
    return sum(1 for word in _CAPITALISED.findall(text) if not _GUESS_PL_LETTERS.isdisjoint(word))


#: A few of the commonest function words of English and of Polish (with blanks around, in lower case), and
#: the Polish letters: a text with fewer than :data:`_MIN_HINTS` of a language's has not the words of it
#: that :func:`text_reads_as` asks for (a look with ``str.count`` first, four times quicker on a document
#: in its own language).
_EN_HINTS = (" the ", " and ", " of ", " with ", " for ", " is ", " are ")
_PL_HINTS = (" nie ", " się ", " w ", " z ", " na ", " jest ", " i ", *"ąćęłńśźż")
_MIN_HINTS = 4


def _may_read_otherwise(body: str, own: str) -> bool:
    """Whether ``body`` may read as another family than ``own``: it has a letter of Czech, Slovak, German or
    Cyrillic, or enough of the hints of English or Polish where the document is in neither."""
    from ...workspace import _OTHER_LETTERS

    if not body.isascii() and _OTHER_LETTERS.search(body) is not None:
        return True
    low = body.lower()
    return ((own != "en" and sum(map(low.count, _EN_HINTS)) >= _MIN_HINTS)
            or (own != "pl" and sum(map(low.count, _PL_HINTS)) >= _MIN_HINTS))


def text_reads_as(data: Any, declared: str) -> tuple[str, int, int] | None:
    """The language a document's text clearly reads as when it is not the family of ``declared`` (a code
    of :data:`_FAMILY`), with how many of its values read so and how many read as any language; else None.

    Clearly: :data:`_MIN_READ_WORDS` words of that language or more over the whole text, :data:`_READ_RATIO`
    times those of any other, and :data:`_MIN_READ_VALUES` values or more that read as it, four in five of
    those that read as any language. A short document, a mixed one (a German persona with English quotes),
    names and loanwords ("Łódź", "Café Nero") do not come near it. Czech, Slovak, German, Ukrainian and
    Russian are named only as the document guess names them (see :func:`cxkit.workspace.other_lang`)."""
    from ...workspace import _CS_OWN_LETTERS, other_lang

    values = list(_values(data))
    body = "\n".join(values)
    if not _may_read_otherwise(body, _FAMILY[declared]):
        return None
    # A value still to be filled in ("TODO: what they do") is the template's text, not the document's:
    # `cxkit new --lang de` writes the English template marked `lang: de`.
    from .hygiene import placeholder_at

    values = [value for value in values if placeholder_at(value) is None]
    body = "\n".join(values)
    czech = declared in ("cs", "sk") or not _CS_OWN_LETTERS.isdisjoint(body)
    totals = _scores(body, czech)
    own = _FAMILY[declared]
    family, most = max(((f, n) for f, n in totals.items() if f != own), key=lambda item: item[1])
    if most < _MIN_READ_WORDS or most < _READ_RATIO * max(n for f, n in totals.items() if f != family):
        return None
    won = 0
    told = 0
    for value in values:
        scores = _scores(value, czech)
        best = max(scores.values())
        if not best or list(scores.values()).count(best) > 1:
            continue
        told += 1
        won += scores[family] == best
    if won < _MIN_READ_VALUES or won < _READ_SHARE * told:
        return None
    if family in ("pl", "en"):
        return family, won, told
    guessed = other_lang(body)
    if guessed is None or _FAMILY.get(guessed) != family:
        return None
    return guessed, won, told


def _severity(rule: Rule) -> Severity:
    """The severity ``rule`` is reported at in this run: its configured one (set when the run's rules are
    built), else its default."""
    return getattr(rule, "configured_severity", None) or rule.severity


def _contradicted(doc: Document, lang: str, severity: Severity) -> bool:
    """Whether lang-contradicts-text, in force for ``doc`` at ``severity`` or above (the severity of the
    stage findings it would stand for), finds its `lang` (``lang``) wrong.  Set to `info`, or off, it
    stands for nothing: a team that quiets it does not quiet the stage warnings with it."""
    line, _ = doc.at("lang", key=False)
    whole = doc.in_force("lang-contradicts-text", line)
    return whole is not None and _severity(whole) >= severity and text_reads_as(doc.data, lang) is not None


@register
class LangContradictsText(Rule):
    """A document whose `lang` names another language than its text is written in.

    A document stating `lang: pl`, `en`, `cs`, `sk`, `de`, `uk` or `ru` (or
    `be`, `bg`, `mk`) whose text clearly reads as another language: English
    marked `uk` (which is Ukrainian, not the United Kingdom), `pl` or `de`;
    Polish marked `en` or `uk`; Ukrainian marked `pl`; German marked `en`.
    Clearly means twelve words or more of that language over the document,
    three times as many as of any other, and four values or more that read
    as it, four in five of those that read as any language: a short
    document, a mixed one (a German persona with a few English lines, a
    Polish one quoting an English customer), names and loanwords ("Łódź",
    "Café Nero", "Müller") are left alone, and so are the values still to
    be filled in ("TODO: ..."): `cxkit new --lang de` writes the English
    template marked `lang: de`. Czech, Slovak, German, Ukrainian
    and Russian text is named only as cxkit's language guess names it;
    another `lang` (`fr`, `pt`, `hu`) is not checked, since cxkit cannot
    tell its text from English or Polish. The finding is on the `lang`
    value; a journey so written gets it instead of a language-mismatch
    finding on each of its stages, when it is reported at their severity or
    above: set to `info` (while language-mismatch is a warning), or turned
    off, it stands for none of them, and the stage findings are reported
    beside it.

    Why: `lang` decides which word lists read the text. English marked `uk`
    is checked by none of the word rules (cxkit reads no Ukrainian), and
    Polish marked `en` is read by the English ones, which find nothing in
    it: the document passes lint unread. Write the code of the language the
    text is in.

    Bad:
        lang: uk
        stages:
          - id: booking
            name: Booking
            doing: Compares the offers of three agencies on the same evening
            thinking: Wants to see the total price before paying the deposit
          - id: trip
            name: Trip
            doing: Checks in at the airport with the boarding pass on the phone
            feeling: Relieved when the transfer is waiting at the hotel

    Good:
        lang: en
        stages:
          - id: booking
            name: Booking
            doing: Compares the offers of three agencies on the same evening
            thinking: Wants to see the total price before paying the deposit
          - id: trip
            name: Trip
            doing: Checks in at the airport with the boarding pass on the phone
            feeling: Relieved when the transfer is waiting at the hotel

    Bad (pl):
        lang: en
        stages:
          - id: rezerwacja
            name: Rezerwacja
            doing: Porównuje oferty trzech biur podróży jednego wieczoru
            thinking: Chce zobaczyć cenę całkowitą, zanim wpłaci zaliczkę
          - id: wyjazd
            name: Wyjazd
            doing: Odprawia się na lotnisku z kartą pokładową w telefonie
            feeling: Ulga, kiedy transfer czeka już pod hotelem

    Good (pl):
        lang: pl
        stages:
          - id: rezerwacja
            name: Rezerwacja
            doing: Porównuje oferty trzech biur podróży jednego wieczoru
            thinking: Chce zobaczyć cenę całkowitą, zanim wpłaci zaliczkę
          - id: wyjazd
            name: Wyjazd
            doing: Odprawia się na lotnisku z kartą pokładową w telefonie
            feeling: Ulga, kiedy transfer czeka już pod hotelem
    """

    code = "CX602"
    name = "lang-contradicts-text"
    severity = Severity.warning

    def check(self, doc: Document) -> Iterable[Hit]:
        data = doc.data
        written = data.get("lang") if isinstance(data, dict) else None
        declared = lang_code(written)
        if declared not in _FAMILY:
            return
        read = text_reads_as(data, declared)
        if read is None:
            return
        lang, won, told = read
        name = _LANG_NAMES[lang]
        pl = None
        if self.polish:  # built for a Polish workspace only
            pl = (f"`lang: {written}` oznacza język {_PL_ADJECTIVES[declared]}; ten tekst jest {_PL_ADVERBS[lang]} "
                  f"({_PL_ADJECTIVES[lang][:-1]}ie słowa przeważają w {won} {out_of(told)} wartości): wpisz `lang: {lang}`")
        yield doc.hit(("lang",), f"`lang: {written}` means {_LANG_NAMES[declared]}; this text reads as {name} "
                                 f"({name} words lead in {won} of {told} values): use `lang: {lang}`", pl=pl)
