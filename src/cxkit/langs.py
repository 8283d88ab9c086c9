"""Language codes: which a document or config may name, and which cxkit reads the words of.

Without pydantic: the config and the lint cache's fast path read it too (the model's type is
:data:`cxkit.model.langs.LangCode`)."""

from __future__ import annotations

import re
from typing import Any

#: The languages whose words cxkit reads (lexicons, function words, negations): Polish and English.
WORD_LANGS = ("pl", "en")

#: ISO 639-1: every two-letter language code a document's or config's `lang` may name.
ISO_639_1 = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de
dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id
ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu
lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu
rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr
ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
""".split())

#: A JSON Schema pattern that takes exactly the codes of :data:`ISO_639_1`, in any case.
ISO_639_1_PATTERN = "^(?:" + "|".join(f"[{a}{a.upper()}][{b}{b.upper()}]" for a, b in sorted(ISO_639_1)) + ")$"


def lang_code(value: Any) -> str | None:
    """``value`` as a language code in lower case ("DE" is "de"), or None when it is no ISO 639-1 code."""
    if isinstance(value, str) and value.lower() in ISO_639_1:
        return value.lower()
    return None


#: What people write for a language instead of its code, by the start of the word (any case): a country's
#: code ("cz", "ua", "gb"), the language's name in English or in Polish.
_MEANT = (("cz", "cs"), ("czech", "cs"), ("ces", "cs"), ("czes", "cs"), ("ua", "uk"), ("ukr", "uk"),
          ("gb", "en"), ("ang", "en"), ("brit", "en"), ("ameri", "en"), ("eng", "en"), ("pol", "pl"),
          ("ger", "de"), ("deu", "de"), ("niem", "de"), ("slovak", "sk"), ("słowac", "sk"), ("lit", "lt"),
          ("łot", "lv"), ("latv", "lv"), ("eston", "et"), ("est", "et"), ("rus", "ru"), ("ros", "ru"))


def meant_lang(value: str) -> str | None:
    """The language code ``value`` (no code itself) most likely stands for ("cz" is "cs"), or None.

    A locale or language tag ("pl-PL", "en_GB", "de-AT") stands for its language: `lang` names a
    language, not a country."""
    said = value.strip().lower()
    tag = _TAG.fullmatch(said)
    if tag is not None and tag.group(1) in ISO_639_1:
        return tag.group(1)
    return next((code for start, code in _MEANT if said.startswith(start)), None)


#: A language tag (BCP 47) or a locale's name: a language code, then a region or script after - or _.
_TAG = re.compile(r"([a-z]{2})(?:[-_][a-z0-9]{2,8})+(?:\.[\w-]+)?")


#: Said beside `uk`, which a British team may write for English.
UK_IS_UKRAINIAN = " ('uk' is Ukrainian; English, British or not, is 'en')"


def uk_remark(code: str) -> str:
    """:data:`UK_IS_UKRAINIAN` for the code ``uk``, else nothing."""
    return UK_IS_UKRAINIAN if code == "uk" else ""


#: How a message names what `lang` takes.
TAKES = "a two-letter ISO 639-1 language code such as 'pl', 'en', 'de', 'cs' or 'uk'"


def check_lang(value: Any) -> Any:
    """A pydantic before-validator: an ISO 639-1 code in any case, kept in lower case."""
    code = lang_code(value)
    if code is not None:
        return code
    if isinstance(value, str):
        guess = meant_lang(value)
        hint = f"; did you mean '{guess}'?" if guess else ""
        raise ValueError(f"{value!r} is no language code: write {TAKES}{hint}")
    raise ValueError(f"write {TAKES}, not {_in_words(value)}")


def _in_words(value: Any) -> str:
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "nothing" if value is None else "a date"


#: The checks that read words through the Polish and English word lists (docs/rules.md lists them too).
WORD_RULES = ("pseudo-profiling's word lists", "trait-overlap", "mirrored-negative-persona", "feeling-contradicts-emotion",
              "vague-feeling", "vague-action", "vague-metric", "language-mismatch")


def unread_languages_note(counts: dict[str, int], pl: bool = False) -> str | None:
    """The note a run gives when some of its documents are in a language whose words cxkit does not read:
    how many, in which languages, and which checks leave them alone; None when there are none.  ``pl``: in Polish."""
    total = sum(counts.values())
    if not total:
        return None
    langs = ", ".join(sorted(counts, key=lambda code: (-counts[code], code)))
    if pl:
        from .lint.polish import counted

        rules = ", ".join(("listy słów pseudo-profiling", *WORD_RULES[1:]))
        uk = " („uk” to ukraiński; angielski, brytyjski czy nie, to „en”)" if "uk" in counts else ""
        where = f"w języku {langs}" if len(counts) == 1 else f"w językach {langs}"  # "w de" would be no Polish
        return (f"{counted(total, 'dokument', 'dokumenty', 'dokumentów')} {where}{uk} sprawdzono bez reguł czytających "
                f"słowa ({rules}): cxkit czyta słowa po polsku i po angielsku; pozostałe reguły sprawdzają "
                f"{'go' if total == 1 else 'je'} jak każdy dokument (zob. docs/rules.md)")
    documents = "1 document" if total == 1 else f"{total} documents"
    verb = "is" if total == 1 else "are"
    ukrainian = UK_IS_UKRAINIAN if "uk" in counts else ""
    return (f"{documents} in {langs}{ukrainian} {verb} checked without the word rules ({', '.join(WORD_RULES)}): "
            "cxkit reads words in Polish and English; the other rules check them as any document (see docs/rules.md)")
