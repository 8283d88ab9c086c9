"""pseudo-profiling (CX101): what a generic phrase is about rescues it; findings sit on the phrase."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import THOROUGH
from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from cxkit.lint.finding import Finding
from cxkit.lint.vague import matcher
from cxkit.yamlio import load_text

RULE = "pseudo-profiling"


def run(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> list[Finding]:
    """Lint files written into ``root`` (as given, byte for byte) with only this rule selected."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    monkeypatch.chdir(root)
    return lint(["."], Config(root=root), Selection(select=(RULE,))).findings


# --- what the phrase is about ---------------------------------------------------------------------

# A plumber's trait (the first, a day-one report) named the goods whose prices he watches: a category of
# goods tells a plumber from a parent doing the weekly shop, as a count or a supplier already did.
NAMED_OBJECT = [
    "Pays attention to prices of copper fittings",
    "Pays attention to the prices of copper fittings from the wholesaler",
    "Pays attention to prices of new copper fittings",
    "Compares prices of copper fittings",
    "Values quality of copper fittings",
    "Zwraca uwagę na ceny kształtek miedzianych",
    "Zwraca uwagę na ceny kształtek miedzianych w hurtowni",
    "Zwraca uwage na ceny ksztaltek miedzianych",  # typed without Polish letters
    "Ceni jakość kształtek miedzianych",
    "Zwraca uwagę na ceny lokalnych warzyw sezonowych",
]
#: Counts and named suppliers rescued these before; they still do.
COUNTS_AND_SUPPLIERS = [
    "Pays attention to prices of copper fittings from two wholesalers",
    "Zwraca uwagę na ceny kształtek miedzianych u dwóch hurtowni",
    "Pays attention to prices of copper fittings at Wolseley",
    "Zwraca uwagę na ceny kształtek miedzianych w Castoramie",
]
#: The generic versions, and words after a phrase that name no goods: a single word, generic words,
#: a frequency, a pronoun's predicate, a comparison, a coordination, a preposition or clause word.
STILL_VAGUE = [
    "Pays attention to price",
    "Pays attention to prices",
    "Zwraca uwagę na cenę",
    "Zwraca uwagę na ceny",
    "Is price-conscious",
    "Pays attention to prices of products",
    "Pays attention to the price of things he buys",
    "Zwraca uwagę na ceny produktów",
    "Zwraca uwagę na ceny paliwa",
    "Values the quality of customer service",
    "Ceni jakość obsługi klienta",
    "Dba o zdrowie swoich dzieci",
    "Dba o zdrowie psychiczne i fizyczne",
    "Pays attention to prices of copper and brass",
    "Korzysta z internetu raz dziennie",
    "Social media to jej główne źródło informacji",
    "Woli sprawdzone rozwiązania niż eksperymenty",
    "Czyta recenzje przed każdym zakupem",
    "Pays attention to the price of fuel when travelling",
    "Zwraca uwagę na cenę paliwa przed wyjazdem",
]


@pytest.mark.parametrize("trait", NAMED_OBJECT)
def test_a_phrase_followed_by_the_goods_it_is_about_is_specific(trait):
    verdict = matcher().analyse(trait)
    assert verdict.matches, "the phrase is still found"
    assert not verdict.vague and verdict.rescue.startswith("what it is about"), verdict


@pytest.mark.parametrize("trait", COUNTS_AND_SUPPLIERS)
def test_counts_and_named_suppliers_still_rescue(trait):
    assert not matcher().analyse(trait).vague, matcher().analyse(trait)


@pytest.mark.parametrize("trait", STILL_VAGUE)
def test_words_after_a_phrase_that_name_no_goods_rescue_nothing(trait):
    verdict = matcher().analyse(trait)
    assert verdict.vague, verdict


def test_the_rescue_quotes_the_goods_as_written():
    assert matcher().analyse("Zwraca uwagę na ceny kształtek miedzianych").rescue == (
        "what it is about ('kształtek miedzianych')"
    )
    assert matcher().analyse("Pays attention to the prices of copper fittings").rescue == (
        "what it is about ('copper fittings')"
    )


def test_a_plumber_persona_keeps_only_its_generic_traits(tmp_path, monkeypatch):
    doc = textwrap.dedent("""\
        kind: persona
        id: dan-plumber
        name: Dan Okafor
        lang: en
        behaviours:
          - Pays attention to prices of copper fittings
          - Pays attention to prices of copper fittings from two wholesalers
          - Zwraca uwagę na ceny kształtek miedzianych
          - Pays attention to price
          - Is price-conscious
          - Zwraca uwagę na cenę
        """)
    found = run(tmp_path, monkeypatch, {"personas/dan.yaml": doc})
    assert [(f.line, f.column) for f in found] == [(9, 5), (10, 5), (11, 5)]
    assert ['"Pays attention to price"', '"price-conscious"', '"Zwraca uwagę na cenę"'] == [
        f.message.split(" describes")[0] for f in found
    ]


# --- a trait written over several lines is reported at its phrase ----------------------------------

def _persona(traits: str, nl: str = "\n") -> str:
    head = "kind: persona\nid: ola-nowak\nname: Ola Nowak\nlang: pl\ngoals:\n"
    return (head + textwrap.dedent(traits)).replace("\n", nl)


def _at(text: str, found: list[Finding]) -> list[str]:
    """The source from each finding's line:col on (columns count characters, as cxkit's do)."""
    lines = text.replace("\r\n", "\n").split("\n")
    return [lines[f.line - 1][f.column - 1:] for f in found]


MULTI_LINE = {
    "plain, third line": """\
          - Lubi ładne rzeczy,
            a przede wszystkim
            dba o zdrowie
        """,
    "plain, after a blank line and Polish letters": """\
          - Żółta, łagodna

            i ceni wysoką jakość
        """,
    "plain, English": """\
          - Likes nice things
            and values quality
        """,
    "single-quoted, a doubled quote and a folded break": """\
          - 'Mówi ''tak'' i
               ceni wysoką jakość'
        """,
    "double-quoted, escapes and an escaped line break": r"""
          - "Ma \u0142adne\t\"rzeczy\" \
             i dba o zdrowie"
        """[1:],
    "double-quoted, a break folded to a space": """\
          - "Jest bardzo 	
             tech-savvy"
        """,
    "literal block with more-indented lines": """\
          - |
            Lubi ładne rzeczy,
              naprawdę,
            dba o zdrowie
        """,
    "folded block with an indentation indicator": """\
          - >2-
               Lubi ładne rzeczy.
              Nowoczesna
        """,
    "a trait written as a mapping": """\
          - sources: []
            text: Lubi ładne rzeczy
              i dba o swoje zdrowie
        """,
}
PHRASES = {
    "plain, third line": "dba o zdrowie",
    "plain, after a blank line and Polish letters": "ceni wysoką jakość",
    "plain, English": "values quality",
    "single-quoted, a doubled quote and a folded break": "ceni wysoką jakość",
    "double-quoted, escapes and an escaped line break": "dba o zdrowie",
    "double-quoted, a break folded to a space": "tech-savvy",
    "literal block with more-indented lines": "dba o zdrowie",
    "folded block with an indentation indicator": "Nowoczesna",
    "a trait written as a mapping": "dba o swoje zdrowie",
}


@pytest.mark.parametrize("nl", ["\n", "\r\n"], ids=["LF", "CRLF"])
@pytest.mark.parametrize("case", list(MULTI_LINE))
def test_a_phrase_in_a_value_written_over_several_lines_is_reported_where_it_is_written(
    tmp_path, monkeypatch, case, nl
):
    text = _persona(MULTI_LINE[case], nl)
    found = [f for f in run(tmp_path, monkeypatch, {"personas/ola.yaml": text}) if "describe" in f.message]
    assert len(found) == 1, found
    phrase = PHRASES[case]
    assert f'"{phrase}"' in found[0].message or phrase in found[0].message
    assert _at(text, found)[0].startswith(phrase), (found[0].line, found[0].column)


def test_columns_count_characters_before_the_phrase(tmp_path, monkeypatch):
    text = _persona("""\
          - Lubi ładne rzeczy 🙂,
            żółte, łagodne 🙂 dba o zdrowie
        """)
    [f] = run(tmp_path, monkeypatch, {"personas/ola.yaml": text})
    assert (f.line, f.column) == (7, 20)  # "  żółte, łagodne 🙂 " is 19 characters (26 bytes)
    assert _at(text, [f])[0].startswith("dba o zdrowie")


def test_a_value_on_one_line_is_still_reported_at_its_start(tmp_path, monkeypatch):
    text = _persona("""\
          - Lubi ładne rzeczy i dba o zdrowie
          - "Lubi ładne rzeczy i ceni jakość"
        """)
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": text})
    assert [(f.line, f.column) for f in found] == [(6, 3), (7, 3)]


def test_a_comment_above_a_folded_value_still_silences_its_phrase_on_a_later_line(tmp_path, monkeypatch):
    text = _persona("""\
          # cxkit: disable=pseudo-profiling
          - Lubi ładne rzeczy,
            a przede wszystkim
            dba o zdrowie
          - "Lubi ładne rzeczy
            i dba o zdrowie"  # cxkit: disable=pseudo-profiling
        """)
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_bytes(text.encode("utf-8"))
    monkeypatch.chdir(tmp_path)
    result = lint(["."], Config(root=tmp_path), Selection(select=(RULE, "unused-suppression")))
    assert [(f.rule, f.line) for f in result.findings] == []


def test_a_placeholder_in_a_folded_quoted_value_is_reported_on_its_line(tmp_path, monkeypatch):
    text = _persona("""\
          - "Kupuje słuchawki w Media Expert,
             a potem TODO"
        """)
    (tmp_path / "ola.yaml").write_bytes(text.encode("utf-8"))
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path), Selection(select=("placeholder",))).findings
    assert _at(text, found) == ['TODO"']


_WORDS = ["dba", "ąę", "Żółć", "x:y", "a#b", "it''s", r"\t", r"\u0105", r"\\", r"\"", "🙂"]
_SEPARATORS = [" ", "  ", "\t", "\n    ", " \n   ", "\t\n     ", "\n\n    ", "\n  \n     ", "\\\n   ", "\\\n\n  "]


#: The folded-value property's examples: 300 in CI (hypothesis' `ci` profile, the same 300 on every run) and
#: with CXKIT_TEST_THOROUGH=1; 60 in an ordinary local run, which draws new ones each time. Its 300 took
#: about 1.4 of the file's 2 CPU-seconds.
FOLDED_EXAMPLES = 300 if THOROUGH or settings.default.derandomize else 60


@settings(max_examples=FOLDED_EXAMPLES, deadline=None)
@given(
    style=st.sampled_from(["", "'", '"']),
    nl=st.sampled_from(["\n", "\r\n", "\r"]),
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8),
    seps=st.lists(st.sampled_from(_SEPARATORS), min_size=8, max_size=8),
    at=st.integers(0, 8),
)
def test_a_word_of_a_folded_value_is_located_exactly_or_at_the_value_start(style, nl, words, seps, at):
    """Whatever the escapes, quotes, blanks and line breaks, a located character is the one written
    there; what cannot be retraced is placed at the value's start, never elsewhere."""
    def fits(piece: str) -> bool:
        if style != '"' and "\\" in piece:
            return False
        if style != "'" and "''" in piece:
            return False
        return not (style == "" and (piece.startswith(("#", ":", "'", '"')) or "\t" in piece or '"' in piece))

    words = [w for w in words if fits(w)]
    seps = [s for s in seps if fits(s)]
    if not words or not seps:
        return
    body = "".join(w + seps[i % len(seps)] for i, w in enumerate(words)) + "MARK"
    text = f"kind: persona{nl}x-ąę: Żółć{nl}goals:{nl}  - {style}{body}{style}{nl}".replace("\n", nl)
    loaded = load_text(text)
    if loaded.problems or not isinstance(loaded.data.get("goals"), list) or not isinstance(loaded.data["goals"][0], str):
        return
    value = loaded.data["goals"][0]
    lines = re.split("\r\n|\r|\n", text)
    start = loaded.locate(("goals", 0), key=False)
    for offset in [value.index("MARK")] + [m.start() for m in re.finditer("dba|ąę|Żółć", value)][at:at + 1]:
        line, col = loaded.locate_in(("goals", 0), offset)
        word = re.match("MARK|dba|ąę|Żółć", value[offset:]).group()
        assert lines[line - 1][col - 1:].startswith(word) or (line, col) == start
        if start[0] != line or "\n" in body:
            assert lines[line - 1][col - 1:].startswith(word)  # a value over several lines: always exact
