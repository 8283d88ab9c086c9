"""Syntax errors that quoting mends say so, with the quoted value to write (exploratory tester, L1)."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

HEAD = "kind: persona\nid: ola\nname: Ola Nowak\n"


@pytest.mark.parametrize(("body", "position", "message"), [
    ('summary: Mówi, że "nie ufa" aptekom online: woli dzwonić\n', (4, 43),
     "the ': ' here, inside an unquoted value, starts a key where none can stand; put the whole value in quotes: "
     "'Mówi, że \"nie ufa\" aptekom online: woli dzwonić'"),
    ("goals:\n  - Kupuje: leki: tanio  # z wywiadu\n", (5, 17),
     "the ': ' here, inside an unquoted value, starts a key where none can stand; put the whole value in quotes: "
     "'Kupuje: leki: tanio'"),
    ('goals:\n  - "Dostawa" w 24 h do Paczkomatu\n', (5, 5),
     "this value starts with a quote, so it ends at the closing quote and the text after it cannot follow; to keep "
     "the quotes in the text, put the whole value in single quotes: '\"Dostawa\" w 24 h do Paczkomatu'"),
    ('channels: [Reddit r/poland, "Expats in Warsaw" Facebook group]\n', (4, 29),
     "this value starts with a quote, so it ends at the closing quote and the text after it cannot follow; to keep "
     "the quotes in the text, put the whole value in single quotes: '\"Expats in Warsaw\" Facebook group'"),
    ("goals:\n  - 'Ola's shop near the station'\n", (5, 5),
     "a single quote inside this quoted value ends it early; write the value as \"Ola's shop near the station\""),
    ('goals:\n  - "Kupuje "tanio" i szybko"\n', (5, 5),
     "a double quote inside this quoted value ends it early; write the value as 'Kupuje \"tanio\" i szybko'"),
    # The final reviewer's cases: a field's value is quoted, not the field; a nested item; a flow
    # mapping keeps its brace; a comment after a tab is no part of the value.
    ("goals:\n  - text: Cel: odebrać leki\n", (5, 14),
     "the ': ' here, inside an unquoted value, starts a key where none can stand; put the whole value in quotes: "
     "'Cel: odebrać leki'"),
    ("goals:\n  - - a: b: c\n", (5, 11),
     "the ': ' here, inside an unquoted value, starts a key where none can stand; put the whole value in quotes: "
     "'b: c'"),
    ('demographics: {age: 33, location: "Gdynia" Orłowo}\n', (4, 35),
     "this value starts with a quote, so it ends at the closing quote and the text after it cannot follow; to keep "
     "the quotes in the text, put the whole value in single quotes: '\"Gdynia\" Orłowo'"),
    ("summary: Mówi: woli dzwonić\t# z wywiadu\n", (4, 14),
     "the ': ' here, inside an unquoted value, starts a key where none can stand; put the whole value in quotes: "
     "'Mówi: woli dzwonić'"),
])
def test_a_quoting_mistake_is_told_with_the_value_to_write(tmp_path, monkeypatch, body, position, message):
    (tmp_path / "p.yaml").write_text(HEAD + body, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "p.yaml")
    assert result.exception is None and result.exit_code == 1, result.stderr
    [finding] = [f for f in json.loads(result.stdout) if f["rule"] == "yaml-syntax"]
    assert (finding["line"], finding["column"]) == position
    assert finding["message"] == f"invalid YAML: {message}"


def test_the_value_suggested_reads_back_as_the_text_meant(tmp_path):
    from cxkit.yamlio import load_text

    for written, meant in [
        ("'Mówi, że \"nie ufa\" aptekom online: woli dzwonić'", 'Mówi, że "nie ufa" aptekom online: woli dzwonić'),
        ("'\"Dostawa\" w 24 h do Paczkomatu'", '"Dostawa" w 24 h do Paczkomatu'),
        ("\"Ola's shop near the station\"", "Ola's shop near the station"),
        ("'Kupuje \"tanio\" i szybko'", 'Kupuje "tanio" i szybko'),
    ]:
        loaded = load_text(f"summary: {written}\n")
        assert not loaded.problems and loaded.data["summary"] == meant


@pytest.mark.parametrize(("body", "words"), [
    ("goals:\n  - Kupuje: leki\n    - inne\n", "did not find expected key (while parsing a block mapping)"),
    # Escapes inside the quotes: the text meant is not the text written, so no value is offered.
    ("goals:\n  - 'It''s \"cheap\"' and fast\n", "did not find expected '-' indicator"),
    ('goals:\n  - "Kupuje \\"tanio\\" i" szybko\n', "did not find expected '-' indicator"),
    # A quoted key holding ': ', and a `#` that began a comment: quoting would misplace or drop text.
    ('"x-a: b": c: d\n', "mapping values are not allowed"),
    ("summary: Tag: #ważne\n", "mapping values are not allowed"),
])
def test_other_syntax_errors_keep_the_parser_words(tmp_path, monkeypatch, body, words):
    (tmp_path / "p.yaml").write_text(HEAD + body, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--format", "json", "p.yaml")
    [finding] = [f for f in json.loads(result.stdout) if f["rule"] == "yaml-syntax"]
    assert finding["message"].startswith(f"invalid YAML: {words}"), finding["message"]
