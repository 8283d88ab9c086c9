"""Review of session 29's YAML messages and comment-in-value (CX007) on realistic documents (session 29).

- CX007 inside a flow list (`channels: [Facebook, Slack #sprzęt` over lines): the line offered to copy
  was the start of the line up to the item, an open bracket and no end (`channels: [Facebook, "Slack
  #sprzęt"`), invalid YAML if pasted; now only the item is rewritten.
- A quoted value written over several lines and never closed, that YAML reads on up to the quote that
  opens a later key's value (`summary: "Tekst"`): told "did not find expected key" two lines below, at
  the later key; now told at the opening quote, with the line to close it on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.yamlio import load_text

HEAD = """\
# Persona z badania "Zakup mebli tapicerowanych online", listopad 2026.
kind: persona
id: kasia-urzadza-mieszkanie
name: "Kasia Wrona"
lang: pl
owner: "Zespół UX Research (Agnieszka Kowalczyk)"
"""


def _lint(tmp_path: Path, text: str, newline: str = "\n") -> tuple[int, list[dict]]:
    path = tmp_path / "kasia.yaml"
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    result = CliRunner().invoke(app, ["lint", "--format", "json", "--no-cache", str(path)], env={"COLUMNS": "200"})
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.stdout)


def _comment_in_value(findings: list[dict]) -> list[dict]:
    return [f for f in findings if f["rule"] == "comment-in-value"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_hashtag_in_a_flow_list_over_lines_is_rewritten_as_the_item_alone(tmp_path: Path, newline: str) -> None:
    code, findings = _lint(tmp_path, HEAD + "channels: [Facebook, Slack #sprzęt\n  , e-mail od opiekuna]\n", newline)
    hits = _comment_in_value(findings)
    assert code == 1 and [(h["line"], h["column"]) for h in hits] == [(7, 28)]
    message = hits[0]["message"]
    assert message.endswith('put the whole value in quotes: "Slack #sprzęt" (the item, in the brackets)')
    assert "channels: [" not in message


def test_a_hashtag_in_a_flow_list_item_on_its_own_line(tmp_path: Path) -> None:
    text = HEAD + "channels: [\n  Facebook,\n  Slack #sprzęt\n  ]\n"
    _, findings = _lint(tmp_path, text)
    hits = _comment_in_value(findings)
    assert [(h["line"], h["column"]) for h in hits] == [(9, 9)]
    assert hits[0]["message"].endswith('quotes: "Slack #sprzęt" (the item, in the brackets)')


def test_block_values_keep_their_key_in_the_line_to_write(tmp_path: Path) -> None:
    # Guard: outside brackets the key (or the dash) stays in the line to copy.
    text = HEAD + "quote: Zamówiłam sofę #2 bo pierwsza nie weszła\nchannels:\n  - Slack #sprzęt\n"
    _, findings = _lint(tmp_path, text)
    messages = [h["message"] for h in _comment_in_value(findings)]
    assert messages[0].endswith('quote: "Zamówiłam sofę #2 bo pierwsza nie weszła"')
    assert messages[1].endswith('- "Slack #sprzęt"')


OPEN_OVER_LINES = [
    # (what follows the head, the line of the quote, its column, the line to close, what it ends with)
    ('quote: "Zamówiłam sofę, bo pierwsza nie weszła\n  na klatkę schodową\nsummary: "Kasia urządza mieszkanie"\n',
     7, 8, 8, 'at the end of line 8: na klatkę schodową"'),
    ('goals:\n  - text: "Mieć skończony salon,\n      zanim przyjadą teściowie\n\n  - text: "Mieć biurko"\n',
     8, 11, 9, 'at the end of line 9: zanim przyjadą teściowie"'),
    ('demographics:\n  location: "Kraków, Ruczaj,\n    blok z 2023 r.\n  household: "Z partnerem i kotem"\n',
     8, 13, 9, 'at the end of line 9: blok z 2023 r."'),
]


@pytest.mark.parametrize(("body", "line", "column", "close", "ends"), OPEN_OVER_LINES)
def test_a_quote_left_open_over_several_lines_is_told_at_the_quote(
    body: str, line: int, column: int, close: int, ends: str,
) -> None:
    problems = load_text(HEAD + body).problems
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.line, problem.column) == (line, column)
    assert f"the value on line {line} opens a quote" in problem.message
    assert problem.message.endswith(f"close it where the value ends, {ends}")


def test_the_same_through_lint_with_crlf(tmp_path: Path) -> None:
    body, line, column, _, ends = OPEN_OVER_LINES[0]
    code, findings = _lint(tmp_path, HEAD + body, "\r\n")
    assert code == 1
    assert [(f["line"], f["column"]) for f in findings] == [(line, column)]
    assert findings[0]["message"].endswith(ends)


@pytest.mark.parametrize(("body", "line"), [
    # A quoted value over several lines, closed, then a real error: told where it is, not at the quote.
    ('quote: "Zamówiłam sofę,\n  bo pierwsza nie weszła"\nsummary: "Kasia" urządza mieszkanie\n', 9),
    # The closing quote is inside the text of a line indented under the value: no later key's quote.
    ('quote: "Zamówiłam sofę,\n  bo pierwsza: "nie" weszła"\n', 8),
])
def test_a_real_error_after_a_closed_value_is_not_blamed_on_the_quote(body: str, line: int) -> None:
    problems = load_text(HEAD + body).problems
    assert len(problems) == 1 and problems[0].line == line
    assert "opens a quote" not in problems[0].message


def test_a_legal_value_over_several_lines_reads() -> None:
    text = HEAD + 'quote: "Zamówiłam sofę,\n  bo pierwsza nie weszła"\nsummary: "Kasia urządza mieszkanie"\n'
    assert load_text(text).problems == []


@pytest.mark.parametrize(("body", "line", "column", "word", "fixed"), [
    ("quote: 'Don't worry, the sofa fits through the door\nsummary: \"Kasia urządza mieszkanie\"\n",
     7, 8, "Don't", '"Don\'t worry, the sofa fits through the door"'),
    ("goals:\n  - 'McDonald's na rogu, codziennie o 8:00\n  - \"Mieć biurko\"\n",
     8, 5, "McDonald's", '"McDonald\'s na rogu, codziennie o 8:00"'),
    ("quote: 'Don't \"worry\"\n", 7, 8, "Don't", "'Don''t \"worry\"'"),
])
def test_an_apostrophe_that_ends_a_single_quoted_value_early(body: str, line: int, column: int, word: str,
                                                             fixed: str) -> None:
    # Before: "put the whole value in single quotes: '''Don''t worry, ...'", a value starting with a quote.
    problems = load_text(HEAD + body).problems
    assert [(p.line, p.column) for p in problems] == [(line, column)]
    assert problems[0].message == (f"invalid YAML: the apostrophe in `{word}` ends this single-quoted value early; "
                                   f"write the value as {fixed}")


def test_a_quoted_word_then_text_keeps_its_advice() -> None:
    # Guard: `'Ala' ma kota` is a quoted word and more text, not an apostrophe inside a word.
    problems = load_text(HEAD + "quote: 'Ala' ma kota\n").problems
    assert len(problems) == 1 and problems[0].message.endswith("single quotes: '''Ala'' ma kota'")


@pytest.mark.parametrize(("body", "fixed"), [
    ('goals:\n  - text "Mieć 4 pary słuchawek dla gości"\n    sources: [wywiady]\n',
     '`text: "Mieć 4 pary słuchawek dla gości"`'),
    ('goals:\n  - text:"Mieć 4 pary słuchawek dla gości"\n    sources: [wywiady]\n',
     '`text: "Mieć 4 pary słuchawek dla gości"`'),
    ("opportunities:\n  - action 'Zadzwonić do klientki po dostawie'\n    owner: Zespół obsługi\n    due: 2026-12-20\n",
     "`action: 'Zadzwonić do klientki po dostawie'`"),
])
def test_a_list_items_key_without_its_colon_is_told_at_the_key(body: str, fixed: str) -> None:
    # Before: "this line is indented under the list item on line 7 ... give its text a key too (`- text: ...`)",
    # on the next line, to an author who had written `text`.
    problems = load_text(HEAD + body).problems
    key = "text" if "text" in fixed else "action"
    assert [(p.line, p.column) for p in problems] == [(8, 5 + len(key))]
    assert problems[0].message == (f"invalid YAML: `{key}` needs a colon and a space after it, so YAML cannot read "
                                   f"it as a key; write {fixed}")


@pytest.mark.parametrize(("body", "line", "column", "written"), [
    ("demographics:\n  age 32\n  location: \"Kraków, Ruczaj\"\n", 8, 6, "`age: 32`"),
    ("demographics:\n  age: 32\n  x-adres:\n    location Kraków, Ruczaj\n    x-piętro: 4\n", 10, 13,
     "`location: Kraków, Ruczaj`"),
    ("goals:\n  - text Mieć skończony salon przed świętami\n    sources: [wywiady]\n", 8, 9,
     "`text: Mieć skończony salon przed świętami`"),
])
def test_a_nested_key_without_its_colon_is_told_at_the_key(body: str, line: int, column: int, written: str) -> None:
    # Before: "this line is indented more than `demographics:` above it ... align `location:` with
    # `demographics:`", on the next line, advice that breaks the file further.
    problems = load_text(HEAD + body).problems
    assert [(p.line, p.column) for p in problems] == [(line, column)]
    assert problems[0].message.endswith(f"so YAML cannot read it as a key; write {written}")


def test_a_line_of_a_plain_value_is_no_key_without_its_colon() -> None:
    # Guard: `  name Etap zakupu` under `summary: Kasia lubi` is more of the summary's text.
    problems = load_text(HEAD + "summary: Kasia lubi\n  name Etap zakupu\n  gender: kobieta\n").problems
    assert len(problems) == 1 and problems[0].line == 9 and "no colon" not in problems[0].message
