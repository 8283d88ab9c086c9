"""`cxkit fmt`: canonical key order and layout, every comment and value kept, idempotent."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import examples
from cxkit.cli import app
from cxkit.fmt import (
    JOURNEY_KEYS,
    OPPORTUNITY_KEYS,
    PERSONA_KEYS,
    SOURCE_KEYS,
    STAGE_KEYS,
    FormatError,
    format_text,
)
from cxkit.model.validate import validate
from cxkit.yamlio import load_text


def comments(text: str) -> list[str]:
    """Comment lines and end-of-line comments, as written (these test documents put no # in values)."""
    out = []
    for line in text.splitlines():
        if "#" in line:
            out.append(line[line.index("#"):].rstrip())
    return sorted(out)


def top_keys(text: str) -> list[str]:
    return re.findall(r"^([A-Za-z_][\w-]*):", text, flags=re.MULTILINE)


def data_of(text: str):
    loaded = load_text(text)
    assert not loaded.problems, loaded.problems
    return loaded.data


# --- key order -------------------------------------------------------------------------------

SCRAMBLED_PERSONA_PL = """\
sources:
  - note: Wywiady w salonie przy Floriańskiej
    type: interview
    id: wywiady-2026
    date: 2026-03-02
reviewed: 2026-05-01
x-segment: premium
goals:
  - sources: [wywiady-2026]
    text: Kupić słuchawki otwarte do 1500 zł przed urlopem w lipcu
name: Tomek Wiśniewski
id: tomek-audiofil
demographics:
  location: Kraków, Podgórze
  age: 34
x-notes: do sprawdzenia w Q3
kind: persona
lang: pl
"""


def test_persona_keys_follow_the_documented_order_and_own_keys_come_last() -> None:
    out = format_text(SCRAMBLED_PERSONA_PL)
    assert top_keys(out) == [
        "kind", "id", "name", "lang", "demographics", "goals", "sources", "reviewed", "x-segment", "x-notes",
    ]
    assert "  age: 34\n  location: Kraków, Podgórze\n" in out
    assert "  - text: Kupić słuchawki otwarte do 1500 zł przed urlopem w lipcu\n    sources: [wywiady-2026]\n" in out
    assert "  - id: wywiady-2026\n    type: interview\n    date: 2026-03-02\n    note: Wywiady w salonie przy Floriańskiej\n" in out
    assert data_of(out) == data_of(SCRAMBLED_PERSONA_PL)


def test_negative_persona_fields_sit_between_quote_and_sources() -> None:
    text = """\
kind: negative-persona
sources:
  - id: lost-deals
    type: sales-data
abandon_triggers: [A card number asked for before the trial]
reasons: [At 14 pounds a month it costs more than her Word template]
quote: I only send three invoices a month.
substitutes: [A Word template]
name: Rosa Lindqvist
id: rosa-freelancer
purchase_triggers: [Her accountant asking for a connected ledger]
"""
    assert top_keys(format_text(text)) == [
        "kind", "id", "name", "quote", "reasons", "substitutes", "purchase_triggers", "abandon_triggers", "sources",
    ]


def test_journey_stage_opportunity_and_touchpoint_keys_are_ordered() -> None:
    text = """\
stages:
  - emotion: -1
    opportunities:
      - due: 2026-09-30
        status: planned
        owner: Team Checkout
        action: Show delivery cost on the product page
    name: Purchase
    touchpoints:
      - description: Pays by card
        channel: web
    id: purchase
persona: dan-heating-firm-owner
name: Dan pays
id: dan-pays
kind: journey
"""
    out = format_text(text)
    assert top_keys(out) == ["kind", "id", "name", "persona", "stages"]
    assert out.endswith(
        "stages:\n"
        "  - id: purchase\n"
        "    name: Purchase\n"
        "    touchpoints:\n"
        "      - channel: web\n"
        "        description: Pays by card\n"
        "    emotion: -1\n"
        "    opportunities:\n"
        "      - action: Show delivery cost on the product page\n"
        "        owner: Team Checkout\n"
        "        due: 2026-09-30\n"
        "        status: planned\n"
    )


def test_key_orders_match_the_format_docs() -> None:
    assert PERSONA_KEYS[:7] == ("kind", "id", "name", "lang", "owner", "status", "summary")
    assert PERSONA_KEYS[-2:] == ("sources", "reviewed")
    assert JOURNEY_KEYS == (
        "kind", "id", "name", "lang", "owner", "status", "persona", "other_personas", "goal", "summary", "reviewed",
        "sources", "stages",
    )
    assert STAGE_KEYS[:3] == ("id", "name", "goal") and STAGE_KEYS[-1] == "opportunities"
    assert SOURCE_KEYS == ("id", "type", "date", "n", "link", "note")
    assert OPPORTUNITY_KEYS == ("action", "owner", "due", "status")


# --- comments ----------------------------------------------------------------------------------

COMMENTED = """\
# Persona: Ola, biegaczka z Mokotowa.
# Plik utrzymuje zespół badań.

name: Ola Nowak   # imię i nazwisko jak w wywiadzie
# Identyfikator nadany w 2025 r.
id: ola-biegaczka
goals:   # cele z wywiadów
  # najważniejszy cel na górze
  - Przebiec maraton w Berlinie poniżej 4 godzin
  - text: Trenować 4 razy w tygodniu przed pracą
    sources: [wywiady]  # potwierdzone w 5 z 8 wywiadów
  # - Schudnąć 5 kg (do potwierdzenia)

# Rodzaj dokumentu
kind: persona
sources:
  - id: wywiady
    type: interview
# koniec pliku
"""

COMMENTED_EXPECTED = """\
# Persona: Ola, biegaczka z Mokotowa.
# Plik utrzymuje zespół badań.


# Rodzaj dokumentu
kind: persona
# Identyfikator nadany w 2025 r.
id: ola-biegaczka
name: Ola Nowak   # imię i nazwisko jak w wywiadzie
goals:   # cele z wywiadów
  # najważniejszy cel na górze
  - Przebiec maraton w Berlinie poniżej 4 godzin
  - text: Trenować 4 razy w tygodniu przed pracą
    sources: [wywiady]  # potwierdzone w 5 z 8 wywiadów
  # - Schudnąć 5 kg (do potwierdzenia)
sources:
  - id: wywiady
    type: interview
# koniec pliku
"""


def test_comments_travel_with_the_keys_they_stand_above() -> None:
    out = format_text(COMMENTED)
    assert out == COMMENTED_EXPECTED
    assert comments(out) == comments(COMMENTED)


def test_comment_above_a_key_that_moves_to_the_end_and_the_file_tail_stay_in_place() -> None:
    text = """\
kind: journey
# Etapy w kolejności przeżywania
stages:
  - id: awareness
    name: Świadomość
    emotion: 0   # neutralnie
# persona z pliku personas/ola.yaml
persona: ola-biegaczka
id: ola-kupuje
name: Ola kupuje buty
# ostatnia linia
"""
    out = format_text(text)
    assert out == """\
kind: journey
id: ola-kupuje
name: Ola kupuje buty
# persona z pliku personas/ola.yaml
persona: ola-biegaczka
# Etapy w kolejności przeżywania
stages:
  - id: awareness
    name: Świadomość
    emotion: 0   # neutralnie
# ostatnia linia
"""


def test_comment_above_the_first_key_of_a_stage_moves_with_it() -> None:
    text = """\
kind: journey
id: ola-kupuje
name: Ola kupuje buty
persona: ola-biegaczka
stages:
  - name: Zakup   # w sklepie przy Puławskiej
    # id zgodny z listą wymaganych etapów
    id: purchase
    emotion: 1
  - id: post-purchase
    name: Po zakupie
"""
    out = format_text(text)
    assert out == """\
kind: journey
id: ola-kupuje
name: Ola kupuje buty
persona: ola-biegaczka
stages:
  # id zgodny z listą wymaganych etapów
  - id: purchase
    name: Zakup   # w sklepie przy Puławskiej
    emotion: 1
  - id: post-purchase
    name: Po zakupie
"""
    assert format_text(out) == out


def test_comments_after_flow_collections_and_block_scalars_move_with_their_key() -> None:
    text = """\
kind: persona
quote: |
  Nie kupię niczego,
  czego nie mogę przymierzyć.
# źródła z wywiadów
sources: [{id: wywiady, type: interview}]
# cele
goals: [Przebiec maraton]
id: ola
name: Ola
"""
    out = format_text(text)
    assert top_keys(out) == ["kind", "id", "name", "goals", "quote", "sources"]
    assert "# cele\ngoals: [Przebiec maraton]\n" in out
    assert "# źródła z wywiadów\nsources: [{id: wywiady, type: interview}]\n" in out
    assert comments(out) == comments(text)
    assert format_text(out) == out


# --- layout ----------------------------------------------------------------------------------

def test_indentation_becomes_two_spaces_with_sequences_indented_under_their_key() -> None:
    text = """\
kind: persona
id: dan
name: Dan Okafor
demographics:
    age: 44
    location: Bristol, Bedminster
goals:
- Send each invoice the day the job is signed off
- text: Cut debtor days from 41 to 21
  sources:
  - interviews
"""
    out = format_text(text)
    assert out == """\
kind: persona
id: dan
name: Dan Okafor
demographics:
  age: 44
  location: Bristol, Bedminster
goals:
  - Send each invoice the day the job is signed off
  - text: Cut debtor days from 41 to 21
    sources:
      - interviews
"""


def test_comments_follow_the_lines_they_were_written_against_when_indentation_changes() -> None:
    text = """\
kind: persona
id: dan
name: Dan Okafor
goals:
# the one he repeats in every interview
- Send each invoice the day the job is signed off
- text: Cut debtor days from 41 to 21
  # from the accountant's report
  sources: [accounts-2026]
# - Hire a second office manager (not confirmed)
needs:
    # first need
    - Parts from trade accounts on the invoice
    # a need we still have to check
quote: |
  # this line is part of the quote
  Sue can't chase a late payer in two taps.
# last line of the file
"""
    out = format_text(text)
    assert out == """\
kind: persona
id: dan
name: Dan Okafor
goals:
  # the one he repeats in every interview
  - Send each invoice the day the job is signed off
  - text: Cut debtor days from 41 to 21
    # from the accountant's report
    sources: [accounts-2026]
# - Hire a second office manager (not confirmed)
needs:
  # first need
  - Parts from trade accounts on the invoice
  # a need we still have to check
quote: |
  # this line is part of the quote
  Sue can't chase a late payer in two taps.
# last line of the file
"""
    assert data_of(out)["quote"].startswith("# this line is part of the quote")
    assert format_text(out) == out


def test_quotes_are_kept_and_long_lines_are_not_wrapped() -> None:
    long = "Kupuje " + "bardzo " * 40 + "dużo"
    text = f"kind: persona\nid: 'ola'\nname: \"Ola Nowak\"\nsummary: {long}\nquote: 'Nie, dziękuję: mam swoje.'\n"
    assert format_text(text) == text


def test_dates_are_written_as_dates_where_the_format_has_dates() -> None:
    text = """\
kind: journey
id: j
name: J
persona: p
reviewed: "2026-05-01"
stages:
  - id: purchase
    name: Purchase
    doing: "2026-05-01"
    opportunities:
      - action: Fix checkout
        due: '2026-07-31'
"""
    out = format_text(text)
    assert "reviewed: 2026-05-01\n" in out
    assert "due: 2026-07-31\n" in out
    assert 'doing: "2026-05-01"\n' in out  # not a date field: text stays text


def test_an_impossible_date_keeps_its_text_for_the_schema_check_to_report() -> None:
    text = 'kind: persona\nid: ola\nname: Ola\nreviewed: "2026-02-30"\n'
    assert format_text(text) == text


def test_crlf_line_endings_are_kept() -> None:
    text = "kind: persona\r\nname: Ola\r\nid: ola\r\n"
    assert format_text(text) == "kind: persona\r\nid: ola\r\nname: Ola\r\n"


def test_explicit_document_start_is_kept() -> None:
    text = "---\nname: Ola\nkind: persona\nid: ola\n"
    assert format_text(text) == "---\nkind: persona\nid: ola\nname: Ola\n"


def test_document_end_and_the_comments_after_it_are_kept() -> None:
    # The loader keeps no node for what follows `...`; fmt used to drop the author's notes there.
    text = "name: Ola\nkind: persona\nid: ola\n... # koniec\n\n# notatki po wywiadzie\n#   - dopisać cele\n"
    expected = "kind: persona\nid: ola\nname: Ola\n... # koniec\n\n# notatki po wywiadzie\n#   - dopisać cele\n"
    assert format_text(text) == expected
    assert format_text(expected) == expected
    crlf = text.replace("\n", "\r\n")
    assert format_text(crlf) == expected.replace("\n", "\r\n")
    no_break = "kind: persona\nid: ola\nname: Ola\n...\n# notes"  # the last line without a line break
    assert format_text(no_break) == no_break


def test_a_kept_last_value_before_the_document_end_gets_one_marker() -> None:
    # ruamel ends the document itself after a `|+` value that closes it; the author's `...` is that end.
    text = "kind: persona\nid: ola\nname: Ola Nowak\nquote: |+\n  Biegam, bo lubię.\n\n...\n# notatka\n"
    assert format_text(text) == text
    unordered = text.replace("id: ola\nname: Ola Nowak\n", "name: Ola Nowak\nid: ola\n")
    assert format_text(unordered) == text
    without = "kind: persona\nid: ola\nname: Ola Nowak\nquote: |+\n  Biegam.\n\n"
    once = format_text(without)
    assert format_text(once) == once and load_text(once).data == load_text(without).data


@pytest.mark.parametrize("tail", [
    "quote: |+\n  Biegam, bo lubię.\n\n",
    "quote: |+\n  Biegam, bo lubię.\n\n\n\n",
    "quote: >+\n  Biegam,\n  bo lubię.\n\n",
    "quote: |+  # dosłownie\n  Biegam.\n\n# notatka po wywiadzie\n",
    "goals:\n  - &cel |+\n    Przebiec maraton.\n\n",
    "x-notes:\n  wywiad: !!str |+\n    Trzy puste linie po odpowiedzi.\n\n\n",
])
def test_a_kept_last_value_gets_no_document_end_marker_it_does_not_need(tail: str) -> None:
    # ruamel ends a document with `...` after a `|+` value that closes it (so a next document in
    # the stream could follow); in a one-document file the blank lines at the end of the file
    # are the value's either way. fmt added `...` to the file on its first run.
    text = "name: Ola Nowak\nkind: persona\nid: ola\n" + tail
    expected = "kind: persona\nid: ola\nname: Ola Nowak\n" + tail
    out = format_text(text)
    assert out == expected
    assert data_of(out) == data_of(text)
    assert format_text(out) == out
    assert format_text(out.replace("\n", "\r\n")) == out.replace("\n", "\r\n")


def test_old_mac_line_ends_are_kept_and_so_is_what_follows_the_document_end() -> None:
    text = "name: Ola\rkind: persona\rid: ola\r# uwaga\r...\r# notatka po wywiadzie\r"
    assert format_text(text) == "kind: persona\rid: ola\rname: Ola\r# uwaga\r...\r# notatka po wywiadzie\r"
    assert format_text("kind: persona\rid: ola\rname: Ola\r") == "kind: persona\rid: ola\rname: Ola\r"


@pytest.mark.parametrize(("text", "expected"), [
    ("name: Ola\rkind: persona\rid: ola\r...\r# notatka po wywiadzie\r# dopisane\n",
     "kind: persona\rid: ola\rname: Ola\r...\r# notatka po wywiadzie\r# dopisane\r"),
    ("name: Ola\nkind: persona\nid: ola\r...\n# notatka\n", "kind: persona\nid: ola\nname: Ola\n...\n# notatka\n"),
    ("name: Ola\nkind: persona\nid: ola\n...\r# notatka\n", "kind: persona\nid: ola\nname: Ola\n...\n# notatka\n"),
    ("name: Ola\r\nkind: persona\r\nid: ola\n# uwaga\r\n", "kind: persona\r\nid: ola\r\nname: Ola\r\n# uwaga\r\n"),
])
def test_mixed_line_ends_lose_nothing_and_become_the_most_common_one(text: str, expected: str) -> None:
    # A lone CR beside the `...` hid it from a search for LF line starts: the marker and the notes were lost.
    assert format_text(text) == expected
    assert format_text(expected) == expected


def test_a_document_end_inside_a_value_is_not_taken_for_one() -> None:
    text = "name: Ola\nkind: persona\nid: ola\nsummary: |\n  Biega rano.\n  ...\n  i wieczorem\n"
    assert format_text(text) == "kind: persona\nid: ola\nname: Ola\nsummary: |\n  Biega rano.\n  ...\n  i wieczorem\n"


def test_a_canonical_file_is_left_byte_for_byte() -> None:
    assert format_text(COMMENTED_EXPECTED) == COMMENTED_EXPECTED


def test_a_canonical_file_skips_the_second_reading_that_checks_a_new_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    # `fmt --check` in CI mostly sees tidy files; re-reading each one to verify nothing changed doubles its time.
    import cxkit.fmt as fmt_module

    def no_second_reading(*_args: object) -> None:
        raise AssertionError("a file already in canonical layout was verified again")

    monkeypatch.setattr(fmt_module, "_verify", no_second_reading)
    assert format_text(COMMENTED_EXPECTED) == COMMENTED_EXPECTED
    assert format_text(COMMENTED_EXPECTED.replace("\n", "\r\n")) == COMMENTED_EXPECTED.replace("\n", "\r\n")
    with pytest.raises(AssertionError, match="verified again"):
        format_text(SCRAMBLED_PERSONA_PL)


def test_non_cxkit_yaml_is_refused() -> None:
    with pytest.raises(FormatError):
        format_text("services:\n  web:\n    image: nginx\n")


# --- the command ------------------------------------------------------------------------------

@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def put(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def test_fmt_rewrites_changed_files_and_leaves_tidy_ones_alone(in_tmp: Path, cli) -> None:
    messy = put(in_tmp / "personas/tomek.yaml", SCRAMBLED_PERSONA_PL)
    tidy = put(in_tmp / "personas/ola.yaml", COMMENTED_EXPECTED)
    before = tidy.stat().st_mtime_ns
    result = cli("fmt")
    assert result.exception is None
    assert result.exit_code == 0
    assert "reformatted personas/tomek.yaml" in result.stderr
    assert "ola.yaml" not in result.stderr
    assert "1 file reformatted, 1 file left unchanged." in result.stderr
    assert messy.read_text(encoding="utf-8") == format_text(SCRAMBLED_PERSONA_PL)
    assert tidy.stat().st_mtime_ns == before
    again = cli("fmt")
    assert again.exit_code == 0 and "2 files left unchanged." in again.stderr


def test_check_exits_1_and_names_the_file_without_touching_it(in_tmp: Path, cli) -> None:
    messy = put(in_tmp / "personas/tomek.yaml", SCRAMBLED_PERSONA_PL)
    result = cli("fmt", "--check")
    assert result.exit_code == 1
    assert "would reformat personas/tomek.yaml" in result.stderr
    assert messy.read_text(encoding="utf-8") == SCRAMBLED_PERSONA_PL
    cli("fmt")
    clean = cli("fmt", "--check")
    assert clean.exit_code == 0
    assert "1 file would be left unchanged." in clean.stderr


def test_diff_shows_a_unified_diff_and_exits_1(in_tmp: Path, cli) -> None:
    messy = put(in_tmp / "journeys/j.yaml", "name: Ola kupuje\nkind: journey\nid: ola-kupuje\npersona: ola\nstages:\n  - id: a\n    name: A\n")
    result = cli("fmt", "--diff", "journeys/j.yaml")
    assert result.exit_code == 1
    assert result.stdout.startswith("--- a/journeys/j.yaml\n+++ b/journeys/j.yaml\n")
    assert "-name: Ola kupuje\n" in result.stdout
    assert "+name: Ola kupuje\n" in result.stdout
    assert messy.read_text(encoding="utf-8").startswith("name: Ola kupuje\n")
    cli("fmt", "journeys/j.yaml")
    clean = cli("fmt", "--diff", "journeys/j.yaml")
    assert clean.exit_code == 0 and clean.stdout == ""


def test_diff_shows_a_bidirectional_override_as_an_escape_on_a_terminal(
    in_tmp: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    # YAML allows U+202E raw in a value; printed, it would reverse what a reviewer reads after it.
    put(in_tmp / "ola.yaml", "name: Ola \u202eNowak\nkind: persona\nid: ola-nowak\n")
    monkeypatch.setattr("cxkit.commands_scaffold._stdout_is_terminal", lambda: True)
    result = cli("fmt", "--diff", "ola.yaml")
    assert result.exit_code == 1
    assert "-name: Ola \\u202eNowak\n" in result.stdout and "\u202e" not in result.stdout
    # A name with a line separator or a next-line character: shown escaped, on one header line.
    if sys.platform != "win32":
        put(in_tmp / "ola\u2028nowak\x85.yaml", "name: Ola\nkind: persona\nid: ola-nowak-2\n")
        result = cli("fmt", "--diff", "ola\u2028nowak\x85.yaml")
        assert result.stdout.startswith("--- a/ola\\u2028nowak\\x85.yaml\n+++ b/ola\\u2028nowak\\x85.yaml\n")


@pytest.mark.skipif(sys.platform == "win32", reason="control characters and backslashes in file names")
@pytest.mark.parametrize("name", ["ola.yaml", "o\x1bla.yaml", "o\\la \"x\".yaml", "o\tla.yaml", "o\u202ela.yaml"])
def test_a_diff_written_to_a_file_applies_with_git(in_tmp: Path, cli, name: str) -> None:
    import subprocess

    # Text and names as they are: a bidirectional override in a value, odd characters in the name.
    text = "name: Ola \u202eNowak\nkind: persona\nid: ola-nowak\ngoals: [\"Biega\\e[31m\"]\n"
    path = put(in_tmp / "persony" / name, text)
    subprocess.run(["git", "init", "-q"], cwd=in_tmp, check=True)
    result = cli("fmt", "--diff", "persony")
    assert result.exit_code == 1 and "\u202e" in result.stdout
    (in_tmp / "fmt.patch").write_bytes(result.stdout.encode("utf-8", "surrogateescape"))
    applied = subprocess.run(["git", "apply", "fmt.patch"], cwd=in_tmp, capture_output=True, text=True)
    assert applied.returncode == 0, applied.stderr
    assert path.read_text(encoding="utf-8") == format_text(text)


def test_diff_keeps_what_it_cannot_format_off_the_patch(in_tmp: Path, cli) -> None:
    import subprocess

    # `cxkit fmt --diff > fmt.patch`: a broken file is reported beside the patch, never inside it.
    messy = put(in_tmp / "persony/ola.yaml", "name: Ola Nowak\nkind: persona\nid: ola-nowak\n")
    put(in_tmp / "persony/zla.yaml", "kind: persona\nid: zla\nsources: [https://ankieta.pl/x]\n")
    subprocess.run(["git", "init", "-q"], cwd=in_tmp, check=True)
    result = cli("fmt", "--diff", "persony")
    assert result.exit_code == 1
    assert result.stdout.startswith("--- a/persony/ola.yaml\n+++ b/persony/ola.yaml\n")
    assert "zla.yaml" not in result.stdout
    assert "persony/zla.yaml:3:11: error CX001 invalid YAML: the unquoted value https://ankieta.pl/x" in result.stderr
    (in_tmp / "fmt.patch").write_text(result.stdout, encoding="utf-8")
    applied = subprocess.run(["git", "apply", "--check", "-v", "fmt.patch"], cwd=in_tmp, capture_output=True, text=True)
    assert applied.returncode == 0 and "Skipped" not in applied.stderr, applied.stderr
    assert messy.read_text(encoding="utf-8").startswith("name: Ola")
    # Without --diff the finding lines are the report, on standard output as lint's are.
    plain = cli("fmt", "--check", "persony")
    assert "persony/zla.yaml:3:11: error CX001" in plain.stdout


@pytest.mark.skipif(shutil.which("patch") is None, reason="GNU patch is not installed")
@pytest.mark.parametrize("name", ["Ola Nowak.yaml", "o\x1bla nowak.yaml", "ola.yaml"])
def test_a_diff_written_to_a_file_applies_with_patch(in_tmp: Path, cli, name: str) -> None:
    import subprocess

    # docs/scaffolding.md: `patch -p1` takes it too; a name with a space ends in a tab, as git writes it.
    text = "name: Ola Nowak\nkind: persona\nid: ola-nowak\n"
    path = put(in_tmp / "persony" / name, text)
    result = cli("fmt", "--diff", "persony")
    assert result.exit_code == 1
    (in_tmp / "fmt.patch").write_bytes(result.stdout.encode("utf-8", "surrogateescape"))
    applied = subprocess.run(["patch", "-p1", "-i", "fmt.patch"], cwd=in_tmp, capture_output=True, text=True)
    assert applied.returncode == 0, applied.stdout + applied.stderr
    assert path.read_text(encoding="utf-8") == format_text(text)


def test_diff_applies_with_git_when_the_last_line_has_no_line_break(in_tmp: Path, cli) -> None:
    import subprocess

    # A comment in the last line without "\n", and a value holding U+2028 (not a line break for fmt).
    text = "name: Ola Nowak\nkind: persona\nid: ola-nowak\nquote: \"Biegam\u2028rano\"\n# bez końca linii"
    path = put(in_tmp / "ola.yaml", text)
    result = cli("fmt", "--diff", "ola.yaml")
    assert result.exit_code == 1
    assert "\n\\ No newline at end of file\n" in result.stdout
    (in_tmp / "fmt.patch").write_text(result.stdout, encoding="utf-8")
    applied = subprocess.run(["git", "apply", "fmt.patch"], cwd=in_tmp, capture_output=True, text=True)
    assert applied.returncode == 0, applied.stderr
    assert path.read_text(encoding="utf-8") == format_text(text)


def test_broken_files_are_reported_like_lint_and_left_untouched(in_tmp: Path, cli) -> None:
    broken_text = "kind: persona\nid: ola\nname: Ola\n  goals: [a\n"
    broken = put(in_tmp / "personas/broken.yaml", broken_text)
    messy = put(in_tmp / "personas/tomek.yaml", SCRAMBLED_PERSONA_PL)
    result = cli("fmt")
    assert result.exit_code == 1
    assert re.search(r"^personas/broken\.yaml:\d+:\d+: error CX001 .+ \[yaml-syntax\]$", result.stdout, re.MULTILINE)
    assert broken.read_text(encoding="utf-8") == broken_text
    assert messy.read_text(encoding="utf-8") == format_text(SCRAMBLED_PERSONA_PL)  # the rest still formatted
    assert "could not be formatted" in result.stderr


def test_duplicate_keys_are_refused(in_tmp: Path, cli) -> None:
    text = "kind: persona\nid: ola\nname: Ola\nid: ola-2\n"
    path = put(in_tmp / "personas/ola.yaml", text)
    result = cli("fmt", "--check")
    assert result.exit_code == 1
    assert "personas/ola.yaml:4:1: error CX001" in result.stdout and "duplicate key" in result.stdout
    assert path.read_text(encoding="utf-8") == text


def test_other_yaml_is_left_alone_in_a_scan_and_when_named(in_tmp: Path, cli) -> None:
    compose = "services:\n    web:\n        image: nginx\nversion: '3'\n"
    workflow = put(in_tmp / ".github/workflows/ci.yml", "on: push\njobs: {}\n")
    other = put(in_tmp / "docker-compose.yaml", compose)
    assert cli("fmt").exit_code == 0
    assert cli("fmt", "docker-compose.yaml", ".github/workflows/ci.yml").exit_code == 0
    assert other.read_text(encoding="utf-8") == compose
    assert workflow.read_text(encoding="utf-8") == "on: push\njobs: {}\n"


def test_a_misspelt_kind_is_reported_like_lint_not_skipped(in_tmp: Path, cli) -> None:
    text = "kind: persna\nname: Ola Nowak\nid: ola-nowak\n"
    typo = put(in_tmp / "personas/ola.yaml", text)
    for args in (("fmt",), ("fmt", "personas/ola.yaml"), ("fmt", "--check")):
        result = cli(*args)
        assert result.exception is None
        assert result.exit_code == 1, args
        assert "personas/ola.yaml:1:7: error CX002 unknown kind 'persna'; did you mean 'persona'? [schema]" in result.stdout
        assert "1 file could not be formatted" in result.stderr
    assert typo.read_text(encoding="utf-8") == text


def test_without_paths_fmt_uses_the_configured_paths(in_tmp: Path, cli) -> None:
    (in_tmp / "cxkit.toml").write_text('paths = ["docs/personas"]\n', encoding="utf-8")
    inside = put(in_tmp / "docs/personas/tomek.yaml", SCRAMBLED_PERSONA_PL)
    outside = put(in_tmp / "drafts/tomek.yaml", SCRAMBLED_PERSONA_PL)
    result = cli("fmt")
    assert result.exit_code == 0
    assert inside.read_text(encoding="utf-8") != SCRAMBLED_PERSONA_PL
    assert outside.read_text(encoding="utf-8") == SCRAMBLED_PERSONA_PL


def test_byte_order_mark_and_permissions_are_kept(in_tmp: Path, cli) -> None:
    path = in_tmp / "personas/ola.yaml"
    path.parent.mkdir()
    path.write_bytes(b"\xef\xbb\xbfname: Ola\nkind: persona\nid: ola\n")
    os.chmod(path, 0o640)
    assert cli("fmt").exit_code == 0
    assert path.read_bytes() == b"\xef\xbb\xbfkind: persona\nid: ola\nname: Ola\n"
    assert path.stat().st_mode & 0o777 == 0o640


def test_missing_path_is_a_usage_error(in_tmp: Path, cli) -> None:
    result = cli("fmt", "nowhere.yaml")
    assert result.exit_code == 2
    assert "nowhere.yaml: no such file or directory" in result.stderr


# --- property: idempotent, lossless ------------------------------------------------------------

_WORDS = [
    "Kraków", "Podgórze", "słuchawki", "żółć", "gęślą", "jaźń", "maraton", "Berlin", "rower", "faktura",
    "invoice", "van", "boiler", "Sunday", "Bristol", "coffee", "1500 zł", "£68,000", "07:15", "4x",
]
_COMMENT_WORDS = ["uwaga", "sprawdzić", "źródło", "note", "check", "from", "interviews", "TODO", "ważne", "Q3"]

words = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5).map(" ".join)
comment_text = st.lists(st.sampled_from(_COMMENT_WORDS), min_size=1, max_size=4).map(lambda ws: "# " + " ".join(ws))
dates = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))
slugs = st.from_regex(r"[a-z]{2,8}(-[a-z0-9]{1,5}){0,2}", fullmatch=True)


def shuffled(mapping: dict) -> st.SearchStrategy[dict]:
    return st.permutations(list(mapping.items())).map(dict)


def partial(required: dict, optional: dict) -> st.SearchStrategy[dict]:
    keys = list(optional)
    return st.lists(st.sampled_from(keys), unique=True, max_size=len(keys)).flatmap(
        lambda chosen: shuffled({**required, **{k: optional[k] for k in chosen}})
    )


traits = st.lists(
    st.one_of(words, st.builds(lambda t, s: {"text": t, "sources": [s]}, words, slugs).flatmap(shuffled)),
    min_size=1, max_size=3,
)


@st.composite
def personas(draw: st.DrawFn) -> dict:
    kind = draw(st.sampled_from(["persona", "negative-persona"]))
    optional = {
        "lang": draw(st.sampled_from(["pl", "en"])),
        "owner": draw(words),
        "summary": draw(words),
        "demographics": draw(partial({}, {"age": draw(st.integers(18, 80)), "location": draw(words), "income": draw(words)})),
        "goals": draw(traits),
        "pain_points": draw(traits),
        "behaviours": draw(traits),
        "quote": draw(words),
        "sources": draw(st.lists(partial({"id": draw(slugs), "type": "interview"}, {"date": draw(dates), "n": 8, "note": draw(words)}), min_size=1, max_size=2)),
        "reviewed": draw(dates),
        "x-team": draw(words),
    }
    if kind == "negative-persona":
        optional.update(reasons=draw(traits), substitutes=draw(traits))
    return draw(partial({"kind": kind, "id": draw(slugs), "name": draw(words)}, optional))


@st.composite
def journeys(draw: st.DrawFn) -> dict:
    stage = partial(
        {"id": draw(slugs), "name": draw(words)},
        {
            "goal": draw(words),
            "touchpoints": draw(st.lists(partial({"channel": "web"}, {"description": draw(words)}), min_size=1, max_size=2)),
            "doing": draw(words),
            "emotion": draw(st.integers(-2, 2)),
            "barriers": draw(traits),
            "opportunities": draw(st.lists(partial({"action": draw(words)}, {"owner": draw(words), "due": draw(dates), "status": "idea"}), min_size=1, max_size=2)),
            "x-note": draw(words),
        },
    )
    optional = {
        "lang": "pl", "owner": draw(words), "goal": draw(words), "reviewed": draw(dates),
        "sources": draw(st.lists(partial({"id": draw(slugs), "type": "support"}, {"date": draw(dates), "note": draw(words)}), min_size=1, max_size=2)),
    }
    return draw(partial({"kind": "journey", "id": draw(slugs), "name": draw(words), "persona": draw(slugs), "stages": draw(st.lists(stage, min_size=1, max_size=3))}, optional))


def scalar(value: object, draw: st.DrawFn) -> str:
    if isinstance(value, dt.date):
        return draw(st.sampled_from([value.isoformat(), json.dumps(value.isoformat())]))
    if isinstance(value, str):
        plain = re.fullmatch(r"[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż][\w ,.£-]*", value) is not None and ": " not in value
        return value if plain and draw(st.booleans()) else json.dumps(value, ensure_ascii=False)
    return json.dumps(value)


def emit(value: object, indent: int, step: int, seq_offset: int, draw: st.DrawFn, lines: list[str], first_prefix: str | None = None,
         more: bool = False) -> None:
    """Write ``value`` as block YAML with random comments; ``first_prefix`` starts the first line ("- ").

    ``more``: also notes after a list item at its keys' column, and `- |  # note` items."""
    pad = " " * indent
    if isinstance(value, dict):
        for i, (key, item) in enumerate(value.items()):
            lead = first_prefix if (i == 0 and first_prefix is not None) else pad
            if not (i == 0 and first_prefix is not None):
                if draw(st.integers(0, 6)) == 0:
                    lines.append("")
                if draw(st.integers(0, 3)) == 0:
                    lines.append(pad + draw(comment_text))
            eol = "   " + draw(comment_text) if draw(st.integers(0, 4)) == 0 else ""
            if key in ("summary", "quote") and draw(st.booleans()):
                lines.append(f"{lead}{key}: |-{eol}")
                lines.append(" " * (indent + step) + str(item))
            elif more and isinstance(item, list) and item and not any(isinstance(x, (dict, list)) for x in item) and draw(st.booleans()):
                lines.append(f"{lead}{key}: [{', '.join(json.dumps(x, ensure_ascii=False, default=str) for x in item)}]{eol}")
            elif isinstance(item, (dict, list)) and item:
                lines.append(f"{lead}{key}:{eol}")
                child = indent + step if isinstance(item, dict) else indent + seq_offset
                emit(item, child, step, seq_offset, draw, lines, more=more)
            else:
                lines.append(f"{lead}{key}: {scalar(item, draw) if not isinstance(item, list) else '[]'}{eol}")
    else:
        assert isinstance(value, list)
        for item in value:
            if draw(st.integers(0, 4)) == 0:
                lines.append(pad + draw(comment_text))
            if isinstance(item, dict):
                emit(item, indent + 2, step, seq_offset, draw, lines, first_prefix=pad + "- ", more=more)
                flat = all(not isinstance(v, (dict, list)) or isinstance(v, list) and not any(isinstance(x, dict) for x in v)
                           for v in item.values())
                if more and flat and draw(st.booleans()):
                    # A note on a line of its own after the item, at its keys' column (it ends the item).
                    lines.append(" " * (indent + 2) + draw(comment_text))
            elif more and isinstance(item, str) and draw(st.booleans()):
                # A block value as the item (`- |  # note`).
                eol = "  " + draw(comment_text) if draw(st.integers(0, 2)) else ""
                lines += [f"{pad}- {draw(st.sampled_from(['|', '>-']))}{eol}", f"{pad}  {item}"]
            else:
                lines.append(f"{pad}- {scalar(item, draw)}")


@st.composite
def documents(draw: st.DrawFn, more: bool = False) -> tuple[str, dict]:
    data = draw(st.one_of(personas(), journeys()))
    step = draw(st.sampled_from([2, 4]))
    seq_offset = draw(st.sampled_from([0, 2]))
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(draw(comment_text))
    emit(data, 0, step, seq_offset, draw, lines, more=more)
    if draw(st.booleans()):
        lines.append(draw(comment_text))
    return "\n".join(lines) + "\n", data


@settings(max_examples=examples(50, 120), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents())
def test_fmt_is_idempotent_and_keeps_every_value_and_comment(doc: tuple[str, dict]) -> None:
    text, _data = doc
    original = data_of(text)
    once = format_text(text)
    twice = format_text(once)
    assert twice == once
    assert data_of(once) == original
    assert comments(once) == comments(text)
    _model, issues = validate(data_of(once))
    _model0, issues0 = validate(original)
    assert [i.message for i in issues] == [i.message for i in issues0]
    keys = top_keys(once)
    known = [k for k in keys if k in PERSONA_KEYS + JOURNEY_KEYS]
    order = JOURNEY_KEYS if original["kind"] == "journey" else PERSONA_KEYS
    assert known == sorted(known, key=order.index)
    assert keys[len(known):] == [k for k in original if k not in order]


_BLOCK_HEADER = re.compile(r"(^|: |- )[|>][-+0-9]*$")


def without_comments(text: str) -> str:
    """``text`` without its comment lines and end-of-line comments (these test documents put no # in values)."""
    lines = [line for line in text.split("\n") if not line.lstrip().startswith("#")]
    return "\n".join(line[:line.index(" #")].rstrip() if " #" in line else line for line in lines)


def with_notes(text: str, rnd: random.Random) -> str:
    """``text``, which fmt lays out as it is, with notes added as an author adds them: on lines of their
    own at the indentation of the line below, and at the ends of lines (not inside block values)."""
    out: list[str] = []
    block_at: int | None = None  # the indentation of the block value's header while in its text
    for line in text.split("\n")[:-1]:
        indent = len(line) - len(line.lstrip(" "))
        if block_at is not None and (indent > block_at or not line.strip()):
            out.append(line)
            continue
        block_at = None
        if rnd.random() < 0.2:
            out.append(" " * indent + "# notatka z wywiadu")
        if "#" not in line and rnd.random() < 0.2:
            line += "  # sprawdzić w Q3"
        out.append(line)
        if _BLOCK_HEADER.search(line.split(" #")[0].rstrip()):
            block_at = indent
    return "\n".join(out) + "\n"


def assert_fmt_accepts_its_layout(text: str, rnd: random.Random) -> None:
    """fmt refuses no file in its own layout: not one it wrote, not one an author then added notes to.
    A refusal of such a file is a regression a property that skips refusals would never see."""
    laid = format_text(without_comments(text))  # nothing to lose: refused, it fails the test
    assert format_text(laid) == laid
    noted = with_notes(laid, rnd)
    assert format_text(noted) == noted


@settings(max_examples=examples(60, 150), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents(more=True), st.randoms(use_true_random=False))
def test_fmt_of_fmt_is_fmt(doc: tuple[str, dict], rnd: random.Random) -> None:
    from cxkit.fmt import _format_once  # fmt's layout, without its last check

    # The layout itself, without fmt's last check that refuses an output it would lay out another
    # way (a trailing note of a trait above a `- |  # note` item once lost the note the second time).
    text, _data = doc
    try:
        once = _format_once(text)
    except FormatError:
        # Refused for where its notes stand; the same document in fmt's layout is not refused.
        assert without_comments(text) != format_text(without_comments(text)), "refused a file in fmt's layout"
        assert_fmt_accepts_its_layout(text, rnd)
        return
    assert _format_once(once) == once
    assert format_text(text) == once
    assert format_text(once) == once  # fmt's own output passes fmt's last check too
    noted = with_notes(once, rnd)
    assert format_text(noted) == noted


def test_a_note_after_a_trait_above_a_block_item_with_a_header_comment_stays() -> None:
    # Canonical already: `fmt --check` refused it (the header's `# note` went missing in the layout).
    text = ("kind: persona\nid: b1\nname: B\ngoals:\n  - text: plain\n    sources: [s1]\n    # trailing note\n"
            "  - |  # note\n    TODO another\n")
    assert format_text(text) == text


def test_the_reviewers_trait_formats_to_a_file_fmt_leaves_as_it_is() -> None:
    text = """\
kind: persona
id: b1
name: B
goals:
  - sources: [s1]
    # cxkit: disable=placeholder
    text: |
      TODO write the goal
      second line
    # trailing note about the goal
  - |  # cxkit: disable=placeholder
    TODO another
"""
    out = format_text(text)
    assert out == """\
kind: persona
id: b1
name: B
goals:
  - text: |  # cxkit: disable=placeholder
      TODO write the goal
      second line
    sources: [s1]
    # trailing note about the goal
  - |  # cxkit: disable=placeholder
    TODO another
"""
    assert format_text(out) == out


def test_fmt_refuses_an_output_it_would_lay_out_another_way(monkeypatch: pytest.MonkeyPatch) -> None:
    import cxkit.fmt as fmt_module

    real = fmt_module._format_text
    monkeypatch.setattr(fmt_module, "_format_text", lambda text, *mode: real(text, *mode) + "# once more\n")
    # An output the proof of laid_out_already does not cover is laid out a second time, which adds a line
    # again here. (One it covers is taken as it is: `fmt --check` of it takes the same proof, so it passes.)
    monkeypatch.setattr(fmt_module, "laid_out_already", lambda text, root: False)
    with pytest.raises(FormatError) as caught:
        format_text("id: ola\nkind: persona\nname: Ola\n")
    assert (caught.value.line, caught.value.column, caught.value.rule) == (1, 1, "fmt-layout")
    assert "would lay out another way the next time" in caught.value.message


def test_journey_sources_come_before_the_stages_in_source_key_order() -> None:
    text = """\
kind: journey
id: dan-pays
name: Dan pays
persona: dan
stages:
  - id: purchase
    name: Purchase
sources:
  - type: support
    id: tickets-2026
    date: "2026-10-01"
"""
    out = format_text(text)
    assert top_keys(out) == ["kind", "id", "name", "persona", "sources", "stages"]
    assert "sources:\n  - id: tickets-2026\n    type: support\n    date: 2026-10-01\n" in out


def test_a_line_separator_pasted_into_a_comment_or_value_is_kept_where_it_is() -> None:
    text = (
        "name: Ola Nowak\nkind: persona\nid: ola-nowak\n"
        "# z wywiadu:\u2028wklejone\ngoals: [\"Biega\u2028rano\", Pływa\x85w soboty]\n"
    )
    out = format_text(text)
    assert out == (
        "kind: persona\nid: ola-nowak\nname: Ola Nowak\n"
        "# z wywiadu:\u2028wklejone\ngoals: [\"Biega\u2028rano\", Pływa\x85w soboty]\n"
    )
    assert format_text(out) == out


def test_fmt_keeps_a_private_use_escape_beside_a_pasted_separator() -> None:
    text = 'kind: persona\nid: ola\nname: Ola\nx-icon: "\\uE000"\n# wklejone:\u2028z edytora\n'
    out = format_text(text)
    assert load_text(out).data == load_text(text).data
    assert "\x85" not in out and "\u2028z edytora" in out


# --- what a fuzz campaign found: fmt never loses a comment, never crashes ---------------------

@pytest.mark.parametrize("start", ["--- # top", "--- ", "---\t"])
def test_a_document_start_with_a_comment_or_a_space_after_it_is_laid_out(start: str) -> None:
    text = f"{start}\nid: ola\nkind: persona\nname: Ola\n"
    out = format_text(text)
    assert out.startswith("---") and "kind: persona\nid: ola\nname: Ola\n" in out
    assert ("# top" in out) == ("# top" in start) and format_text(out) == out


def test_a_comment_above_the_document_start_stays() -> None:
    # Where a yaml-language-server schema line goes; ruamel keeps it in no node.
    text = "# yaml-language-server: $schema=../docs/schema/persona.json\n---\nid: ola\nkind: persona\nname: Ola\n"
    expected = "# yaml-language-server: $schema=../docs/schema/persona.json\n---\nkind: persona\nid: ola\nname: Ola\n"
    assert format_text(text) == expected
    assert format_text(expected) == expected


@pytest.mark.parametrize(("text", "where"), [
    ("id: ola\nkind: persona\nname: Ola\nx-f: {a: 1,  # keep me\n      b: 2}\n", (4, 14)),
    ("{id: ola, kind: persona, name: Ola}\n# cxkit: disable-file=missing-sources\n", (2, 1)),
])
def test_a_comment_the_layout_would_lose_makes_fmt_refuse_and_point_at_it(text: str, where: tuple[int, int]) -> None:
    # Comments inside or after a flow collection belong to no node: the check reads them from the text.
    with pytest.raises(FormatError) as caught:
        format_text(text)
    assert (caught.value.line, caught.value.column) == where
    assert "losing this comment" in caught.value.message


@pytest.mark.parametrize("value", [
    "!!null abc", "!!null", "!!null ~", "!!null NULL", "!<tag:yaml.org,2002:null> abc", "!!null |\n  abc",
    "!!bool Ola", "!!bool true", '!!int ""', "!!int 3", "!!float 1", "!!int 0x", "! 12",
    "!!timestamp 2026-01-01", "!!str >-\n  Zażółć\n  gęślą jaźń",  # (!!binary: refused as !!set is, session 41)
])
def test_a_value_with_an_explicit_tag_is_kept_as_written(value: str) -> None:
    # ruamel builds its own value for a tag and writes that back without the tag: `!!null abc`
    # became an empty value, the author's "abc" gone; `!!float 1` and `!!bool Ola` were refused.
    text = f"name: Ola\nkind: persona\nid: ola\nx-v: {value}\nx-l:\n  - {value.replace(chr(10), chr(10) + '  ')}\n"
    out = format_text(text)
    assert out == "kind: persona\nid: ola\nname: Ola\n" + text[len("name: Ola\nkind: persona\nid: ola\n"):]
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_a_tagged_value_keeps_its_anchor_and_its_aliases() -> None:
    # The tag may stand before or after the anchor; ruamel's node then starts at the anchor.
    text = ("name: Ola\nkind: persona\nid: ola\n"
            "x-a: !!null &pusty brak danych\nx-b: [&liczba !!int 7, *pusty]\nx-c: *liczba\n")
    out = format_text(text)
    assert out == ("kind: persona\nid: ola\nname: Ola\n"
                   "x-a: &pusty !!null brak danych\nx-b: [&liczba !!int 7, *pusty]\nx-c: *liczba\n")
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


@pytest.mark.parametrize(("text", "expected"), [
    ("name: Ola\t\nkind: persona\nid: ola\n", "kind: persona\nid: ola\nname: Ola\n"),
    ("name:\tOla\nkind: persona\nid: ola\n", "kind: persona\nid: ola\nname: Ola\n"),
    ("name: Ola\t# note\nkind: persona\nid: ola\n", "kind: persona\nid: ola\nname: Ola # note\n"),
])
def test_tabs_between_tokens_are_laid_out_as_spaces(text: str, expected: str) -> None:
    # Valid YAML 1.2 that lint reads; ruamel's scanner alone refuses these tabs.
    assert format_text(text) == expected


def test_a_tab_inside_a_block_value_is_never_changed() -> None:
    # The trailing tab after `Ola` goes; the one in the block value is data and stays.
    text = "id: ola\nkind: persona\nname: Ola\t\nsummary: |\n  tab at the end\t\n"
    out = format_text(text)
    assert out == "kind: persona\nid: ola\nname: Ola\nsummary: |\n  tab at the end\t\n"
    assert load_text(out).data == load_text(text).data


def test_an_unquoted_value_with_a_tab_is_kept_as_written_on_one_line_and_in_double_quotes_on_several() -> None:
    # A row pasted from a spreadsheet: valid YAML 1.2 that lint reads, which ruamel's scanner refuses.
    # On one line it stays as the author wrote it (session 23, tester6 F8: it became "Mam\\tdość").
    text = (
        "kind: persona\nid: ola\nname: Ola\n"
        "quote: Mam\tdość  # z arkusza:\tB2\n"  # the tab in the comment is the author's
        "x-flow: [Kraków\tWarszawa, Gdańsk]\n"
        "x-two-lines: pierwsza\tlinia\n  druga \"linia\"\\\n"
        "x-quoted: 'zostaje\tjak jest'\n"
    )
    out = format_text(text)
    assert out == (
        "kind: persona\nid: ola\nname: Ola\n"
        "quote: Mam\tdość  # z arkusza:\tB2\n"
        "x-flow: [Kraków\tWarszawa, Gdańsk]\n"
        'x-two-lines: "pierwsza\\tlinia druga \\"linia\\"\\\\"\n'  # its lines joined: in quotes
        "x-quoted: 'zostaje\tjak jest'\n"  # quoted: kept as written, the tab too
    )
    assert load_text(out).data == load_text(text).data
    assert format_text(out) == out


def test_a_tagged_or_anchored_value_with_a_tab_keeps_its_tag_and_anchor_before_the_quotes() -> None:
    # ruamel's scanner refuses these tabs; fmt refused the file, as it could not put the quotes
    # after a tag or an anchor.
    text = (
        "name: Ola\nkind: persona\nid: ola\n"
        "quote: &cytat Mam\tdość  # z arkusza:\tB2\n"
        "x-note: !!str Mam\tdość\n"
        "x-kopia: *cytat\n"
        "x-wiersz: &wiersz\tKraków\n"
        "x-flow: [!!str Kraków\tWarszawa, *wiersz]\n"
    )
    out = format_text(text)
    assert out == (
        "kind: persona\nid: ola\nname: Ola\n"
        'quote: &cytat "Mam\\tdość"  # z arkusza:\tB2\n'
        'x-note: !!str "Mam\\tdość"\n'
        "x-kopia: *cytat\n"
        "x-wiersz: &wiersz Kraków\n"
        'x-flow: [!!str "Kraków\\tWarszawa", *wiersz]\n'
    )
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_a_tab_fmt_cannot_lay_out_is_refused_at_the_tab() -> None:
    # A comment between the anchor and its value: the quotes would have to go around the comment.
    with pytest.raises(FormatError) as caught:
        format_text("kind: persona\nid: ola\nname: Ola\nx-note: &kotwica  # z arkusza\n  Mam\tdość\n")
    assert (caught.value.line, caught.value.column) == (5, 6)
    assert "cannot lay out the tab" in caught.value.message
    assert caught.value.rule == "fmt-layout"  # valid YAML: not a syntax error


def test_a_stray_cr_in_a_crlf_file_keeps_its_line_break() -> None:
    # CR CR LF is two line breaks to YAML; turning CR LF into LF first made it one and changed the value.
    text = "id: ola\r\nkind: persona\r\nname: Ola\r\nsummary: >-\r\n  one\r\r\n  two\r\n"
    out = format_text(text)
    assert load_text(out).data["summary"] == load_text(text).data["summary"] == "one\ntwo"


@pytest.mark.parametrize("head", ["", "# yaml-language-server: $schema=persona.json\n---\n"])
def test_a_value_fmt_would_change_is_refused_where_the_value_is(head: str) -> None:
    # ruamel writes a folded value whose line starts with a tab so that it reads back with
    # one more line break: the check catches it and names the value, not the file's 1:1,
    # and says what to do.
    text = f"{head}kind: persona\nid: ola\nname: Ola\nsummary: >-\n  Pierwsza linia\n  \t druga linia\n"
    with pytest.raises(FormatError) as caught:
        format_text(text)
    assert (caught.value.line, caught.value.column) == (4 + head.count("\n"), 10)
    assert caught.value.message == (
        "cxkit cannot lay out this folded (>) value: a line of it starts with a tab, and the YAML writer it "
        "uses would add line breaks around that line; left untouched — write the value as a literal block (|) "
        "or in double quotes with \\t for the tab"
    )


def test_a_value_that_would_change_is_not_blamed_on_an_unrelated_tag() -> None:
    # The check used to name the first tag anywhere in the file, here the `!!str` on line 3.
    text = "kind: persona\nid: ola\nname: !!str Ola\nsummary: >-\n  Pierwsza linia\n  \t druga linia\nlang: pl\n"
    with pytest.raises(FormatError) as caught:
        format_text(text)
    assert (caught.value.line, caught.value.column) == (4, 10)
    assert "folded (>) value" in caught.value.message


def test_numbers_keep_their_spelling_where_ruamel_would_change_it() -> None:
    # A trait `+5` is the text "+5" to cxkit; ruamel writes the number 5 back as "5".
    text = ("name: Piotr\nkind: persona\nid: piotr\ngoals:\n  - +5\n  - -007\n  - 1e400\n  - -0\n"
            "  - 0x10  # szesnastkowo\n  - 3.500\nx-ocena: +0\n")
    out = format_text(text)
    assert out == ("kind: persona\nid: piotr\nname: Piotr\ngoals:\n  - +5\n  - -007\n  - 1e400\n  - -0\n"
                   "  - 0x10  # szesnastkowo\n  - 3.500\nx-ocena: +0\n")
    assert format_text(out) == out


@pytest.mark.parametrize(("written", "after"), [("+5", ""), (".Inf", "lang: pl\n")])
def test_the_check_sees_a_number_written_another_way(monkeypatch: pytest.MonkeyPatch, written: str, after: str) -> None:
    # Equal numbers, different text (`+5` and `5`, `.Inf` and `.inf`): without the spelling kept,
    # fmt must refuse, not rewrite; the check compares how each is written.
    import cxkit.fmt as fmt

    monkeypatch.setattr(fmt, "_keep_written", lambda *args: None)
    with pytest.raises(FormatError) as caught:
        format_text(f"kind: persona\nid: piotr\nname: Piotr\ngoals:\n  - Zaoszczędzić 300 zł\n  - {written}\n{after}")
    assert (caught.value.line, caught.value.column) == (6, 5)
    assert "without changing this value" in caught.value.message


@pytest.mark.parametrize("text", [
    "kind: persona\nid: piotr\nname: Piotr\nx-oceny:\n  !!float -0e0: zero\n",
    "kind: persona\nid: piotr\nname: Piotr\nx-oceny: {!!float -1e-400: mniej niż zero}\n",
])
def test_a_float_key_ruamels_writer_cannot_write_is_kept_with_its_tag(text: str) -> None:
    # ruamel fails on a float with an exponent and no dot that is zero or underflows; a key
    # with a tag was left to it, and refused. Tagged keys are now kept as written.
    assert format_text(text) == text
    assert format_text(text.replace("id: piotr\nname: Piotr\n", "name: Piotr\nid: piotr\n")) == text


def test_keys_that_look_like_numbers_or_bools_are_kept_as_written() -> None:
    # cxkit reads every key as text; ruamel read `+0` and `-0e0` as one number (a "duplicate
    # key"), wrote `True` as `true` and failed to write `-1e-400` at all.
    text = (
        "name: Piotr\nkind: persona\nid: piotr\n"
        "x-oceny:\n  +0: bez zmian\n  -0e0: minimalnie gorzej  # z ankiety\n  0x1F: kod\n"
        "  True: tak\n  &pierwsza .NaN: brak danych\n"
        "x-skala: {-1e-400: mniej niż zero, 1e400: nieskończenie dużo}\nx-ta-sama: *pierwsza\n"
    )
    out = format_text(text)
    assert out == (
        "kind: persona\nid: piotr\nname: Piotr\n"
        "x-oceny:\n  +0: bez zmian\n  -0e0: minimalnie gorzej  # z ankiety\n  0x1F: kod\n"
        "  True: tak\n  &pierwsza .NaN: brak danych\n"
        "x-skala: {-1e-400: mniej niż zero, 1e400: nieskończenie dużo}\nx-ta-sama: *pierwsza\n"
    )
    # As JSON text: a NaN equals no other NaN, but both are written NaN.
    assert json.dumps(data_of(out), sort_keys=True) == json.dumps(data_of(text), sort_keys=True)
    assert format_text(out) == out


def test_yaml_12_infinities_and_nans_keep_their_spelling() -> None:
    # `.NAN`, `.Inf`, `-.inf` are floats to both readers; ruamel wrote them all as `.nan`/`.inf`
    # (a silent respelling), and a NaN, equal to nothing, made the check refuse the file.
    text = (
        "name: Marta Zielińska\nkind: persona\nid: marta-analityczka\nlang: pl\n"
        "goals:\n  - text: Policzyć marżę na każdym zleceniu\n  - .NAN\n"
        "x-zakres: [-.inf, .Inf]  # bez limitu\nx-wynik: .NaN\nx-sufit: &max .INF\nx-limit: *max\n"
    )
    out = format_text(text)
    assert out == (
        "kind: persona\nid: marta-analityczka\nname: Marta Zielińska\nlang: pl\n"
        "goals:\n  - text: Policzyć marżę na każdym zleceniu\n  - .NAN\n"
        "x-zakres: [-.inf, .Inf]  # bez limitu\nx-wynik: .NaN\nx-sufit: &max .INF\nx-limit: *max\n"
    )
    assert format_text(out) == out


@pytest.mark.parametrize("value", ["+0x1F", "-0x1F", "+0o17", "-0b101"])
def test_a_number_ruamel_reads_where_cxkit_reads_text_is_kept_as_written(value: str) -> None:
    # cxkit reads `+0x1F` as text, ruamel as the number 31: it was written back as `0x1F`, or `0x-1F`.
    text = f"name: Piotr\nkind: persona\nid: piotr\nx-kod-rabatu: {value}\n"
    out = format_text(text)
    assert out == f"kind: persona\nid: piotr\nname: Piotr\nx-kod-rabatu: {value}\n"
    assert format_text(out) == out


def test_a_respelled_number_with_an_anchor_keeps_its_spelling_and_its_aliases() -> None:
    text = (
        "name: Piotr\nkind: persona\nid: piotr\n"
        "x-start: &zero +0\nx-koniec: *zero\n"
        "goals:\n  - &minus -0e0\n  - *minus\n  - &hex +0x1F  # kod\n  - *hex\n"
    )
    out = format_text(text)
    assert out == (
        "kind: persona\nid: piotr\nname: Piotr\n"
        "goals:\n  - &minus -0e0\n  - *minus\n  - &hex +0x1F  # kod\n  - *hex\n"
        "x-start: &zero +0\nx-koniec: *zero\n"
    )
    assert format_text(out) == out


def test_an_integer_too_long_for_python_is_kept_as_the_text_cxkit_reads() -> None:
    # Python reads no int of over 4,300 digits; cxkit reads such a plain value as text. fmt
    # failed at 1:1 (or at the first tag anywhere in the file) instead of laying the file out.
    digits = "7" * 4400
    text = (
        "name: Piotr\nkind: persona\nid: piotr\nx-typ: !!str klient\n"
        f"goals:\n  - Spłacić kredyt\n  - {digits}  # wklejone z arkusza\nx-suma: &suma -{digits}\nx-kopia: *suma\n"
    )
    out = format_text(text)
    assert out == (
        "kind: persona\nid: piotr\nname: Piotr\n"
        f"goals:\n  - Spłacić kredyt\n  - {digits}  # wklejone z arkusza\n"
        f"x-typ: !!str klient\nx-suma: &suma -{digits}\nx-kopia: *suma\n"
    )
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


@pytest.mark.parametrize("head", ["", "# yaml-language-server: $schema=persona.json\n---\n"])
def test_an_anchor_defined_twice_is_refused_where_it_is_reused(head: str) -> None:
    # ruamel's reader takes it (with a warning); lint's does not. fmt refused at 1:1, as a layout
    # that "would change its data", or left a canonical file as it was.
    text = (f"{head}kind: persona\nid: ola\nname: Ola\n"
            "x-miasto: &miejsce Kraków\nx-biuro: &miejsce Poznań\nx-dom: *miejsce\n")
    for layout in (text, text.replace("kind: persona\nid: ola\n", "id: ola\nkind: persona\n")):
        with pytest.raises(FormatError) as caught:
            format_text(layout)
        assert (caught.value.line, caught.value.column) == (5 + head.count("\n"), 10)
        assert caught.value.message == (
            f"the anchor &miejsce is defined a second time here (first on line {4 + head.count(chr(10))}); "
            "cxkit accepts each anchor name once: rename one of them (and the aliases that mean it)"
        )


def test_fmt_leaves_ruamels_own_classes_as_they_were_for_the_rest_of_the_process() -> None:
    # fmt registered its writers for `+5`, `1e400` and number-like keys on ruamel's shared
    # round-trip classes, so every other user of ruamel in the same process got them too.
    # Run in a fresh interpreter: other tests may already have run fmt in this one.
    import subprocess

    script = r'''
import io
import ruamel.yaml
from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.emitter import RoundTripEmitter
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.resolver import VersionedResolver

def tables():
    out = {}
    for cls in (RoundTripRepresenter, RoundTripConstructor, RoundTripEmitter, VersionedResolver):
        for name in ("yaml_representers", "yaml_multi_representers", "yaml_constructors",
                     "yaml_multi_constructors", "yaml_implicit_resolvers"):
            table = getattr(cls, name, None)
            if table is not None:
                out[cls.__name__ + "." + name] = {k: (repr(v) if isinstance(v, list) else id(v)) for k, v in table.items()}
    return out

TEXT = "a: +5\nb: &n 1e400\n+0: zero\nc: !!null\nd: [1, 2]  # note\ne: *n\n"

def round_trip():
    yaml = YAML()
    out = io.StringIO()
    yaml.dump(yaml.load(TEXT), out)
    return out.getvalue()

before, text_before = tables(), round_trip()
from cxkit.fmt import format_text
format_text("name: Ola\nkind: persona\nid: ola\nx-a: +5\nx-b: &n 1e400\nx-c:\n  +0: zero\nx-d: *n\n")
assert tables() == before, "fmt changed ruamel's shared tables"
assert round_trip() == text_before
print("ok")
'''
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "ok\n"


def test_nulls_and_bools_keep_their_spelling() -> None:
    # ruamel writes every null as an empty value and every bool as true/false: the author's
    # `~`, `null`, `NULL` and `True` were lost on a layout change.
    text = (
        "name: Ola\nkind: persona\nid: ola\n"
        "demographics:\n  location: ~\n  age: null\n"
        "quote: NULL\n"
        "x-flagi: {aktywna: True, stała: FALSE, nic: ~}\n"
        "x-lista:\n  - Null\n  - &tak TRUE\n  - *tak\n  - &nic ~\n  - *nic\n  - true\n"
    )
    expected = (
        "kind: persona\nid: ola\nname: Ola\n"
        "demographics:\n  age: null\n  location: ~\n"
        "quote: NULL\n"
        "x-flagi: {aktywna: True, stała: FALSE, nic: ~}\n"
        "x-lista:\n  - Null\n  - &tak TRUE\n  - *tak\n  - &nic ~\n  - *nic\n  - true\n"
    )
    out = format_text(text)
    assert out == expected
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_escapes_in_a_double_quoted_value_are_kept_as_written() -> None:
    # ruamel wrote the characters themselves: a zero-width or no-break space the author had
    # written as an escape, so that a reader sees it, became invisible.
    text = (
        "name: Ola\nkind: persona\nid: ola\n"
        'quote: "Cena\\_1500 zł,\\u200bbez rabatu \\U0001F422 \\x41\\/ \\"tak\\""  # escapes celowo\n'
        'x-kotwica: &e "\\u00e9"\nx-alias: *e\n'
        'x-lista: ["\\t", !!str "\\u00e9"]\n'
    )
    out = format_text(text)
    assert out == "kind: persona\nid: ola\nname: Ola\n" + text[len("name: Ola\nkind: persona\nid: ola\n"):]
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


@pytest.mark.parametrize("head", ["--- # persona z wywiadów\n", "# yaml-language-server: $schema=persona.json\n---   # start\n\n"])
def test_a_comment_on_the_document_start_line_stays_on_it(head: str) -> None:
    # ruamel moved it to a line of its own under the `---`, indented by four spaces.
    text = head + "name: Ola\nkind: persona\nid: ola\n"
    out = format_text(text)
    assert out == head + "kind: persona\nid: ola\nname: Ola\n"
    assert format_text(out) == out
    assert format_text(text.replace("\n", "\r\n")) == out.replace("\n", "\r\n")
    with pytest.raises(FormatError) as caught:
        format_text(head + "name: Ola\nkind: persona\nid: [ola\n")
    # Lines counted as the file has them; the end of the file is at the end of its last line (tester16 F10).
    assert (caught.value.line, caught.value.column) == (head.count("\n") + 3, len("id: [ola") + 1)


def test_an_empty_value_keeps_its_anchor_and_its_aliases() -> None:
    # ruamel dropped the anchor of an empty value, and every alias of it became an empty value.
    text = ("name: Ola\nkind: persona\nid: ola\n"
            "x-do-uzupełnienia: &brak\nx-miasto: *brak\nx-lista:\n  - &pusty\n  - *pusty\n  - *brak\n")
    out = format_text(text)
    assert out == "kind: persona\nid: ola\nname: Ola\n" + text[len("name: Ola\nkind: persona\nid: ola\n"):]
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_an_empty_list_item_gets_no_trailing_space() -> None:
    # ruamel wrote `- ` for an empty item: a trailing blank that an editor or a pre-commit
    # trailing-whitespace hook strips again, so the two kept rewriting the file.
    text = ("name: Ola\nkind: persona\nid: ola\ngoals:\n  -\n  - Biegać\n"
            "x-lista:\n  - # do uzupełnienia\n  - - \n    -\n  - |\n    linia z myślnikiem:\n    - \n")
    out = format_text(text)
    assert out == ("kind: persona\nid: ola\nname: Ola\ngoals:\n  -\n  - Biegać\n"
                   "x-lista:\n  -\n    # do uzupełnienia\n  -   -\n      -\n  - |\n    linia z myślnikiem:\n    - \n")
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_an_anchor_no_alias_uses_yet_is_kept_on_lists_and_mappings() -> None:
    # ruamel wrote the anchor of a list or mapping only when an alias used it: `&szablon` went.
    text = ("name: Ola\nkind: persona\nid: ola\n"
            "x-szablon-źródła: &szablon\n  type: interview\n  date: 2026-03-02\n"
            "x-puste: &puste {}\nx-lista: &lista [a, b]\nx-blok: &blok\n  - a\n"
            "x-scalone:\n  <<: &baza {a: 1}\n  b: 2\n")
    out = format_text(text)
    assert out == "kind: persona\nid: ola\nname: Ola\n" + text[len("name: Ola\nkind: persona\nid: ola\n"):]
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_a_one_pair_mapping_in_a_flow_list_keeps_its_braces() -> None:
    # ruamel wrote `[{channel: web}]` as `[channel: web]`; with an anchor (`[&a {k: v}]`) the
    # anchor then stood on the key, and fmt refused the file ("please report it").
    text = ("name: Ola\nkind: journey\nid: j\npersona: ola\n"
            "stages:\n  - name: Ś\n    id: awareness\n    touchpoints: [{channel: web}, {description: Sklep}]\n"
            "x-szablony: [&web {channel: web}]\nx-kopia: *web\n")
    out = format_text(text)
    assert out == ("kind: journey\nid: j\nname: Ola\npersona: ola\n"
                   "stages:\n  - id: awareness\n    name: Ś\n    touchpoints: [{channel: web}, {description: Sklep}]\n"
                   "x-szablony: [&web {channel: web}]\nx-kopia: *web\n")
    assert data_of(out) == data_of(text)
    assert format_text(out) == out
    compact = "kind: persona\nid: ola\nname: Ola\nx-pary: [a: 1, b: 2]\n"  # written without braces: kept so
    assert format_text(compact.replace("id: ola\nname: Ola\n", "name: Ola\nid: ola\n")) == compact


def test_escapes_in_a_double_quoted_key_are_kept_as_written() -> None:
    # A file exported as JSON writes Polish letters as escapes, keys included.
    text = ('{"name": "Ola", "kind": "persona", "id": "ola", "x-miasto-\\u0142\\u00f3d\\u017a": "\\u0141\\u00f3d\\u017a",'
            ' "x-m": {"\\u0105\\t": 1}}\n')
    out = format_text(text)
    assert out == ('{"kind": "persona", "id": "ola", "name": "Ola", "x-miasto-\\u0142\\u00f3d\\u017a": "\\u0141\\u00f3d\\u017a",'
                   ' "x-m": {"\\u0105\\t": 1}}\n')
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_a_multi_line_double_quoted_value_with_escapes_keeps_its_lines_and_escapes() -> None:
    # ruamel joined the lines and wrote the escaped characters themselves; the continuation
    # lines are re-indented with the value (their leading blanks are not part of it).
    text = ('name: Ola\nid: ola\nkind: persona\n'
            'quote: "Pierwsza \\u0105 linia\n  druga\\\n   trzecia\n\n  po pustej"  # z wywiadu\n'
            'x-l:\n    -   k: "c\\\n          \\ d"\n')
    out = format_text(text)
    assert out == ('kind: persona\nid: ola\nname: Ola\n'
                   'quote: "Pierwsza \\u0105 linia\n  druga\\\n  trzecia\n\n  po pustej"  # z wywiadu\n'
                   'x-l:\n  - k: "c\\\n      \\ d"\n')
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


@pytest.mark.parametrize("kind", ["!!str persona", '!!str "persona"', "! persona", "!<tag:yaml.org,2002:str> persona"])
def test_a_kind_written_with_a_tag_is_the_kind_lint_reads(kind: str) -> None:
    # lint reads `kind: !!str persona` as a persona; fmt refused it as "not a cxkit document".
    text = f"name: Ola\nid: ola\nkind: {kind}\n"
    out = format_text(text)
    assert out == f"kind: {kind}\nid: ola\nname: Ola\n"
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_a_key_written_with_a_tag_keeps_it() -> None:
    # ruamel wrote `!!int 12:` as `12:`, and refused `!!null abc:` as a change of the data.
    text = ("!!str name: Ola\nkind: persona\nid: ola\n"
            "x-oceny:\n  !!int 12: dwanaście\n  !!null brak: nic\n  &klucz !!str 7: siedem\nx-kopia: *klucz\n")
    out = format_text(text)
    assert out == ("kind: persona\nid: ola\n!!str name: Ola\n"
                   "x-oceny:\n  !!int 12: dwanaście\n  !!null brak: nic\n  &klucz !!str 7: siedem\nx-kopia: *klucz\n")
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_a_quoted_value_with_a_tab_keeps_its_quotes_and_its_tab() -> None:
    # ruamel wrote a literal tab in quotes as `\t` and turned single quotes into double ones;
    # the format docs promise that tabs in quoted values stay as they are.
    text = ("name: Ola\nkind: persona\nid: ola\n"
            "quote: 'Kolumna B:\tcena, kolumna C:\tdostawa'\n"
            'x-wiersz: "Kraków\t1500 zł"\nx-lista: [\'a\tb\', "c\td"]\n'
            "x-dwie-linie: 'pierwsza\tlinia\n  druga'\n")
    out = format_text(text)
    assert out == "kind: persona\nid: ola\nname: Ola\n" + text[len("name: Ola\nkind: persona\nid: ola\n"):]
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_a_comment_after_a_flow_list_keeps_its_indentation_when_keys_move() -> None:
    # ruamel keeps a comment that follows a flow collection in front of the next key, without
    # its indentation: fmt wrote it at column 0, in the middle of a stage or a list.
    text = (
        "kind: journey\nid: ola-kupuje\nname: Ola kupuje\npersona: ola\nstages:\n"
        "  - touchpoints: [web]\n    # cxkit: disable=stage-without-emotion\n    name: Dostawa\n    id: delivery\n"
        "x-cele:\n  - sources: [a]\n    # z wywiadu\n    text: Lubi podróże\n"
    )
    out = format_text(text)
    assert out == (
        "kind: journey\nid: ola-kupuje\nname: Ola kupuje\npersona: ola\nstages:\n"
        "  - id: delivery\n    # cxkit: disable=stage-without-emotion\n    name: Dostawa\n    touchpoints: [web]\n"
        "x-cele:\n  - sources: [a]\n    # z wywiadu\n    text: Lubi podróże\n"
    )
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_a_long_key_stays_a_plain_key() -> None:
    # ruamel wrote a key of 128 characters or more as `? key` with `: value` on the next line.
    key = "x-" + "notatka-z-warsztatu-" * 12
    text = f"name: Ola\nkind: persona\nid: ola\n{key}: 1\nx-m:\n  {key}: 2\nx-f: {{{key}: 3}}\n"
    out = format_text(text)
    assert out == f"kind: persona\nid: ola\nname: Ola\n{key}: 1\nx-m:\n  {key}: 2\nx-f: {{{key}: 3}}\n"
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_a_plain_value_on_several_lines_keeps_its_lines() -> None:
    # ruamel joined the lines of a plain value into one long line: every such summary and trait
    # showed up as a changed line in the diff of the first fmt.
    text = (
        "name: Paweł\nid: pawel\nkind: persona\n"
        "summary: Backend developer z Gdańska, który słucha\n  muzyki po 22:00\n\n  i kupuje przez internet\n"
        "goals:\n    -   Kupić słuchawki otwarte\n        do 2 500 zł\n"
        "    - text: Odsłuch w domu\n        przed zakupem  # z wywiadu\n      sources: [a]\n"
        "x-kotwica: &k jeden\n  dwa\nx-alias: *k\n"
    )
    out = format_text(text)
    assert out == (
        "kind: persona\nid: pawel\nname: Paweł\n"
        "summary: Backend developer z Gdańska, który słucha\n  muzyki po 22:00\n\n  i kupuje przez internet\n"
        "goals:\n  - Kupić słuchawki otwarte\n    do 2 500 zł\n"
        "  - text: Odsłuch w domu\n      przed zakupem    # z wywiadu\n    sources: [a]\n"
        "x-kotwica: &k jeden\n  dwa\nx-alias: *k\n"
    )
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_a_quoted_value_on_several_lines_keeps_its_lines() -> None:
    # ruamel joined the lines of a quoted value as it did a plain one's.
    text = ("name: Ola\nid: ola\nkind: persona\n"
            "quote: 'Nie kupię słuchawek, których\n  nikt w sklepie nie miał na głowie.'\n"
            'x-notatka: "pierwsza linia\n  druga linia"\n')
    out = format_text(text)
    assert out == "kind: persona\nid: ola\nname: Ola\n" + text[len("name: Ola\nid: ola\nkind: persona\n"):]
    assert data_of(out) == data_of(text)
    assert format_text(out) == out


def test_a_list_or_mapping_written_with_a_tag_keeps_it() -> None:
    # ruamel dropped `!!map` and `!!seq` (a file written by a YAML dumper in canonical form).
    text = ("name: Ola\nid: ola\nkind: persona\ngoals: !!seq\n  - Biegać\n"
            "x-m: !!map {a: 1}\nx-s: !!seq [a]\nx-d: &d !!map\n  q: 1\nx-e: *d\n")
    out = format_text(text)
    assert out == "kind: persona\nid: ola\nname: Ola\n" + text[len("name: Ola\nid: ola\nkind: persona\n"):]
    assert data_of(out) == data_of(text)
    assert format_text(out) == out
    whole = "--- !!map\nname: Ola\nid: ola\nkind: persona\n"
    assert format_text(whole) == "--- !!map\nkind: persona\nid: ola\nname: Ola\n"


def test_a_comment_at_the_start_of_the_last_line_stays_there() -> None:
    # A note at column 0 at the end of the file was indented into the last stage (or the last
    # list written without indentation) once fmt indented that list.
    text = ("kind: journey\nid: j\nname: J\npersona: ola\nstages:\n- id: awareness\n  name: Świadomość\n"
            "lang: pl\n# do omówienia na warsztacie\n")
    out = format_text(text)
    assert out == ("kind: journey\nid: j\nname: J\nlang: pl\npersona: ola\nstages:\n  - id: awareness\n"
                   "    name: Świadomość\n# do omówienia na warsztacie\n")
    assert format_text(out) == out
    listed = "kind: persona\nid: ola\nname: Ola\nsources:\n- id: a\n  type: interview\n# koniec pliku\n"
    assert format_text(listed) == listed.replace("- id: a\n  type", "  - id: a\n    type")


@pytest.mark.parametrize(
    ("value", "laid_out"),
    [
        ("x-a: [!!str , b]\n", "x-a: [!!str '', b]\n"),  # ruamel would write `!!str,`, which reads back otherwise
        ("x-a: {k: !!str , j: 1}\n", "x-a: {k: !!str '', j: 1}\n"),
        ("x-a: [!!null , b]\n", "x-a: [null, b]\n"),
        ("x-m:\n  k0: !!str\n  ! a: 1\n", "x-m:\n  k0: !!str\n  ! a: 1\n"),  # the next key's tag is not this value's
        ("x-v: !!null\nx-l:\n  - !!null\n", "x-v: !!null\nx-l:\n  - !!null\n"),
    ],
)
def test_an_empty_tagged_value_is_laid_out_as_the_same_data(value: str, laid_out: str) -> None:
    text = "kind: persona\nid: ola\nname: Ola\n" + value
    out = format_text(text)
    assert out == "kind: persona\nid: ola\nname: Ola\n" + laid_out
    assert data_of(out) == data_of(text) and format_text(out) == out


def test_an_empty_tagged_key_is_refused_with_what_to_do() -> None:
    with pytest.raises(FormatError) as refused:
        format_text("kind: persona\nid: ola\nname: Ola\nx-m:\n  !!null : b\n")
    assert (refused.value.line, refused.value.column) == (5, 3)
    assert "write the value without the tag" in refused.value.message and "please report" not in refused.value.message
    assert refused.value.rule == "fmt-layout"  # valid YAML: not a syntax error


def test_a_valid_file_fmt_cannot_lay_out_says_so_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # lint reads the file; fmt leaves it as it is and says so with its own code, not yaml-syntax's CX001.
    monkeypatch.chdir(tmp_path)
    text = "kind: persona\nid: ola\nname: Ola\nx-m:\n  !!null : b\n"
    (tmp_path / "ola.yaml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["fmt", "ola.yaml"])
    assert result.exit_code == 1
    assert "ola.yaml:5:3: error CX009 cxkit cannot lay out a value with an explicit tag" in result.output
    assert result.output.splitlines()[0].endswith("[fmt-layout]")
    assert (tmp_path / "ola.yaml").read_text(encoding="utf-8") == text
