"""`cxkit fmt` keeps each comment with the key it stands above, the first key of a mapping too.

ruamel.yaml keeps a comment above the first key of a mapping with the mapping, not with
the key: when the key moved down, its comment stayed at the top, above whatever key
came first.  These tests lay out realistic Polish and English personas and journeys
whose first keys are out of order, at the top of the file (with and without a header
comment), in a nested mapping and in a list item, and check that every comment still
stands above its key, that the data is unchanged and that a second run changes nothing.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any

import pytest

from cxkit.fmt import FormatError, format_text
from cxkit.yamlio import load_text

# --- helpers -----------------------------------------------------------------------------------


def _above_keys(text: str) -> list[tuple[str, str]]:
    """(comment, key) for each full-line comment directly above a key line (no blank line between).

    A comment after a list item's dash (`- # note`) counts as one above the item's first key.
    """
    pairs: list[tuple[str, str]] = []
    pending: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        body = line.strip()
        dash = re.match(r"-\s+(#.*)$", body)
        if body.startswith("#"):
            pending.append(body)
        elif dash:
            pending.append(dash.group(1).strip())
        elif not body:
            pending = []
        else:
            key = re.match(r"(?:-\s+)?([^:#\s]+):", body)
            if key:
                pairs.extend((comment, key.group(1)) for comment in pending)
            pending = []
    return sorted(pairs)


def _round_trip(text: str, *, above: bool = True) -> str:
    out = format_text(text)
    assert load_text(out).data == load_text(text).data
    assert format_text(out) == out
    if above:
        assert _above_keys(out) == _above_keys(text)
    return out


# --- the top of the file -----------------------------------------------------------------------

PERSONA_NO_HEADER = """\
# id zgodne z identyfikatorem klienta w CRM
id: ewa-agentka
kind: persona
name: Ewa Zielińska
lang: pl
"""


def test_a_comment_that_opens_the_file_stays_at_the_top() -> None:
    # The block that opens the file is its header (s37, tester39's `# Persona z warsztatu …` above
    # `name:`), even when it speaks of the first key: it stays above `kind`, one line from `id`.
    out = _round_trip(PERSONA_NO_HEADER, above=False)
    assert out == """\
# id zgodne z identyfikatorem klienta w CRM
kind: persona
id: ewa-agentka
name: Ewa Zielińska
lang: pl
"""


PERSONA_WITH_HEADER = """\
# Persona: agentka ubezpieczeniowa z Łodzi
# Źródło: wywiady 2026-03

# id zgodne z identyfikatorem klienta w CRM
id: ewa-agentka
kind: persona
name: Ewa Zielińska
goals:
  - Zamknąć 20 polis miesięcznie
"""


def test_a_header_above_a_blank_line_stays_at_the_top_and_the_key_comment_moves() -> None:
    out = _round_trip(PERSONA_WITH_HEADER)
    assert out == """\
# Persona: agentka ubezpieczeniowa z Łodzi
# Źródło: wywiady 2026-03

kind: persona
# id zgodne z identyfikatorem klienta w CRM
id: ewa-agentka
name: Ewa Zielińska
goals:
  - Zamknąć 20 polis miesięcznie
"""


def test_a_header_with_no_comment_for_the_first_key_stays_at_the_top() -> None:
    text = "# Persona: Dan, the heating firm owner\n\nname: Dan Okafor\nkind: persona\nid: dan\n"
    assert _round_trip(text) == "# Persona: Dan, the heating firm owner\n\nkind: persona\nid: dan\nname: Dan Okafor\n"


def test_a_comment_after_the_document_start_stays_at_the_top() -> None:
    # As without the `---` (s37): the block that opens the document is its header.
    text = "---\n# id from the CRM\nid: dan\nkind: persona\nname: Dan Okafor\n"
    assert _round_trip(text, above=False) == "---\n# id from the CRM\nkind: persona\nid: dan\nname: Dan Okafor\n"


def test_the_testers_header_with_a_modeline_stays_at_the_top() -> None:
    text = ("# yaml-language-server: $schema=../docs/schema/persona.json\n# Persona: Zofia (wywiady 2026-09)\n"
            "id: zofia\nkind: persona\nname: Zofia\n")
    assert _round_trip(text, above=False) == (
        "# yaml-language-server: $schema=../docs/schema/persona.json\n# Persona: Zofia (wywiady 2026-09)\n"
        "kind: persona\nid: zofia\nname: Zofia\n")


PERSONA_SOURCES_FIRST = """\
# yaml-language-server: $schema=../docs/schema/persona.json
# Persona: Zofia (wywiady 2026-09)
sources:
  - id: wywiady-2026-09
    type: interview
kind: persona
id: zofia
name: Zofia
goals:
  - text: Zamówić catering na 40 osób w piątek
    sources: [wywiady-2026-09]
"""


def test_a_header_with_a_modeline_stays_at_the_top_when_the_first_key_moves_to_the_end() -> None:
    out = _round_trip(PERSONA_SOURCES_FIRST, above=False)
    assert out.startswith("# yaml-language-server: $schema=../docs/schema/persona.json\n"
                          "# Persona: Zofia (wywiady 2026-09)\nkind: persona\nid: zofia\n")
    assert out.endswith("    sources: [wywiady-2026-09]\nsources:\n  - id: wywiady-2026-09\n    type: interview\n")


def test_a_header_after_the_document_start_with_a_modeline_stays_at_the_top() -> None:
    text = "---\n# yaml-language-server: $schema=persona.json\nname: Dan Okafor\nkind: persona\nid: dan\n"
    assert _round_trip(text, above=False) == (
        "---\n# yaml-language-server: $schema=persona.json\nkind: persona\nid: dan\nname: Dan Okafor\n")


def test_a_disable_file_comment_at_the_top_is_the_files_header() -> None:
    text = "# cxkit: disable-file=stale-review\nname: Dan Okafor\nkind: persona\nid: dan\n"
    assert _round_trip(text, above=False) == "# cxkit: disable-file=stale-review\nkind: persona\nid: dan\nname: Dan Okafor\n"


def test_a_modeline_above_a_blank_line_leaves_the_first_keys_comment_to_it() -> None:
    text = "# yaml-language-server: $schema=persona.json\n\n# id z CRM\nid: dan\nkind: persona\nname: Dan\n"
    assert _round_trip(text) == "# yaml-language-server: $schema=persona.json\n\nkind: persona\n# id z CRM\nid: dan\nname: Dan\n"


def test_a_suppression_below_a_modeline_header_moves_with_the_first_key() -> None:
    # lint reads it as applying to the next line with content: the key's line, wherever the key goes.
    text = ("# yaml-language-server: $schema=persona.json\n# Persona: Dan\n# cxkit: disable=placeholder\n"
            "# z CRM\nname: TODO\nkind: persona\nid: dan\n")
    assert _round_trip(text, above=False) == (
        "# yaml-language-server: $schema=persona.json\n# Persona: Dan\nkind: persona\nid: dan\n"
        "# cxkit: disable=placeholder\n# z CRM\nname: TODO\n")


# --- a nested mapping ----------------------------------------------------------------------------

PERSONA_DEMOGRAPHICS = """\
kind: persona
id: d
name: D
demographics:
  # miejsce z ankiety 2026
  location: Łódź
  # wiek z CRM
  age: 30
"""


def test_the_testers_case_a_comment_above_the_first_nested_key_moves_with_it() -> None:
    out = _round_trip(PERSONA_DEMOGRAPHICS)
    assert out.endswith("demographics:\n  # wiek z CRM\n  age: 30\n  # miejsce z ankiety 2026\n  location: Łódź\n")


def test_a_nested_mapping_keeps_its_end_of_line_comment_and_its_own_header() -> None:
    text = """\
kind: persona
id: dan
name: Dan Okafor
demographics:   # from the 2026 intake form
  # the whole block is self-reported

  # the town, not the county
  location: Leeds
  occupation: owner of a heating firm
  age: 47
"""
    out = _round_trip(text)
    assert out.endswith("""\
demographics:   # from the 2026 intake form
  # the whole block is self-reported

  age: 47
  # the town, not the county
  location: Leeds
  occupation: owner of a heating firm
""")


# --- a mapping in a list -------------------------------------------------------------------------

JOURNEY_PL = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
stages:
  - # emocja z NPS
    emotion: -1
    id: awareness
    name: Świadomość
  -
    # nazwa z warsztatu
    name: Zakup
    id: purchase
    emotion: 1
  # etap po zakupie: dopisany po wywiadach
  - id: post-purchase
    name: Po zakupie
    touchpoints:
      - # kanał z ankiety
        description: Mail z instrukcją prania
        channel: email
"""


def test_a_comment_after_a_list_items_dash_moves_with_the_items_first_key() -> None:
    out = _round_trip(JOURNEY_PL)
    assert out == """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
stages:
  - id: awareness
    name: Świadomość
    # emocja z NPS
    emotion: -1
  - id: purchase
    # nazwa z warsztatu
    name: Zakup
    emotion: 1
  # etap po zakupie: dopisany po wywiadach
  - id: post-purchase
    name: Po zakupie
    touchpoints:
      - channel: email
        # kanał z ankiety
        description: Mail z instrukcją prania
"""


def test_a_comment_after_the_dash_stays_after_it_when_the_first_key_stays_first() -> None:
    text = "kind: journey\nid: j\nname: J\nstages:\n  - # from the workshop\n    id: awareness\n    name: Awareness\n"
    assert _round_trip(text) == text


JOURNEY_EN = """\
# Journey: Maya replaces her running shoes

# the id the analytics team uses
id: maya-replaces-shoes
kind: journey
name: Maya replaces her running shoes
persona: maya-runner
stages:
  - name: Purchase   # in the app
    # matches the stage list in lint config
    id: purchase
    emotion: 2
  - # one-tap reorder
    touchpoints:
      - channel: app
    id: repeat
"""


def test_an_english_journey_keeps_every_comment_above_its_key() -> None:
    out = _round_trip(JOURNEY_EN)
    assert out == """\
# Journey: Maya replaces her running shoes

kind: journey
# the id the analytics team uses
id: maya-replaces-shoes
name: Maya replaces her running shoes
persona: maya-runner
stages:
  # matches the stage list in lint config
  - id: purchase
    name: Purchase   # in the app
    emotion: 2
  - id: repeat
    # one-tap reorder
    touchpoints:
      - channel: app
"""


def test_a_comment_after_a_list_ending_in_a_flow_list_stays_above_the_next_key() -> None:
    # ruamel keeps it as the list's end comment; it stayed behind when the next key moved.
    text = """\
reviewed: 2026-10-01
pain_points:
  - text: Sklepy nie podają impedancji
    sources: [wywiady-2026-09, ankieta-2026-08]
# segment z CRM
x-segment: audiofile-premium
kind: persona
id: tomek
name: Tomek
"""
    out = _round_trip(text)
    assert "# segment z CRM\nx-segment: audiofile-premium\n" in out
    assert out.startswith("kind: persona\nid: tomek\nname: Tomek\npain_points:\n")


@pytest.mark.parametrize("text", [PERSONA_NO_HEADER, PERSONA_WITH_HEADER, PERSONA_DEMOGRAPHICS, JOURNEY_PL, JOURNEY_EN])
def test_crlf_files_keep_their_comments_above_their_keys(text: str) -> None:
    crlf = text.replace("\n", "\r\n")
    out = _round_trip(crlf, above=text is not PERSONA_NO_HEADER)  # its opening comment is the file's header (s37)
    assert out == format_text(text).replace("\n", "\r\n")


def test_fmt_refuses_a_layout_that_moves_a_comment_off_its_key(monkeypatch: pytest.MonkeyPatch) -> None:
    # The check counts more than comments: each must still stand above the same key.
    import cxkit.fmt as fmt_module

    monkeypatch.setattr(fmt_module, "_pop_start", lambda *_args: [])
    with pytest.raises(FormatError) as caught:
        format_text(PERSONA_DEMOGRAPHICS)
    assert (caught.value.line, caught.value.column) == (5, 3)
    assert "moving this comment away from the key" in caught.value.message


def test_the_command_writes_the_comment_above_its_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from cxkit.cli import app

    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.yaml").write_text(PERSONA_DEMOGRAPHICS, encoding="utf-8")
    result = CliRunner().invoke(app, ["fmt", "d.yaml"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "d.yaml").read_text(encoding="utf-8") == format_text(PERSONA_DEMOGRAPHICS)
    assert "  # miejsce z ankiety 2026\n  location: Łódź\n" in (tmp_path / "d.yaml").read_text(encoding="utf-8")


# --- UTF-16 and UTF-32 files (with a byte-order mark) ---------------------------------------------

_WIDE = {
    "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE,
}
_SCRAMBLED = "name:   Żaneta Łęcka\r\nkind: persona\r\n# id z CRM\r\nid: zaneta\r\ngoals:\r\n- Kupić rower 🚲\r\n"
_LAID_OUT = "kind: persona\r\n# id z CRM\r\nid: zaneta\r\nname: Żaneta Łęcka\r\ngoals:\r\n  - Kupić rower 🚲\r\n"


def _fmt(*args: str) -> Any:
    from typer.testing import CliRunner

    from cxkit.cli import app

    return CliRunner().invoke(app, ["fmt", *args], catch_exceptions=False)


@pytest.mark.parametrize("codec", list(_WIDE))
def test_a_utf16_or_utf32_file_is_formatted_and_written_back_in_its_encoding(
    codec: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "zaneta.yaml"
    path.write_bytes(_WIDE[codec] + _SCRAMBLED.encode(codec))
    checked = _fmt("--check", "zaneta.yaml")
    assert checked.exit_code == 1 and "would reformat zaneta.yaml" in checked.output
    assert path.read_bytes() == _WIDE[codec] + _SCRAMBLED.encode(codec)  # --check writes nothing
    # A patch (stdout not a terminal) cannot carry a UTF-16/32 file: left out, and said so.
    diff = _fmt("--diff", "zaneta.yaml")
    assert diff.exit_code == 1 and diff.stdout == ""
    assert f"zaneta.yaml: not in the patch: it is written in {codec.upper()}, which a text patch cannot carry" in diff.stderr
    # On a terminal the diff is read, not applied: shown.
    monkeypatch.setattr("cxkit.commands_scaffold._stdout_is_terminal", lambda: True)
    shown = _fmt("--diff", "zaneta.yaml")
    assert shown.exit_code == 1 and "+name: Żaneta Łęcka" in shown.stdout
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    done = _fmt("zaneta.yaml")
    assert done.exit_code == 0 and "reformatted zaneta.yaml" in done.output
    assert path.read_bytes() == _WIDE[codec] + _LAID_OUT.encode(codec)  # same mark, encoding, CRLF
    again = _fmt("--check", "zaneta.yaml")
    assert again.exit_code == 0 and "1 file would be left unchanged" in again.output


def test_the_testers_utf16_file_fails_fmt_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "u16.yaml").write_bytes("kind: persona\r\nid: u16\r\nname:   X\r\n".encode("utf-16"))
    result = _fmt("--check")
    assert result.exit_code == 1 and "would reformat u16.yaml" in result.output
    assert _fmt().exit_code == 0
    assert (tmp_path / "u16.yaml").read_bytes() == "kind: persona\r\nid: u16\r\nname: X\r\n".encode("utf-16")


def test_a_laid_out_utf16_file_is_left_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    data = codecs.BOM_UTF16_BE + _LAID_OUT.encode("utf-16-be")
    (tmp_path / "z.yaml").write_bytes(data)
    result = _fmt("z.yaml")
    assert result.exit_code == 0 and "1 file left unchanged" in result.output
    assert (tmp_path / "z.yaml").read_bytes() == data


# --- comments fmt used to refuse as if the YAML were broken ----------------------------------------


def test_a_comment_between_a_key_and_its_value_goes_above_the_key() -> None:
    text = "kind: persona\nid: bartek\nname:\n  # imię z formularza\n  Bartek Nowak\nlang: pl\n"
    out = _round_trip(text, above=False)
    assert out == "kind: persona\nid: bartek\n# imię z formularza\nname: Bartek Nowak\nlang: pl\n"


def test_a_comment_between_a_moving_key_and_its_value_moves_with_the_key() -> None:
    text = 'id:\n  # the CRM id\n  "dan-okafor"\nname: Dan Okafor\nkind: persona\ngoals:\n  - text:\n      # his words\n      Get paid within 21 days\n    sources: [interviews-2026]\n'
    out = _round_trip(text, above=False)
    assert out == ('kind: persona\n# the CRM id\nid: "dan-okafor"\nname: Dan Okafor\ngoals:\n'
                   "  - # his words\n    text: Get paid within 21 days\n    sources: [interviews-2026]\n")


def test_the_command_lays_out_a_comment_between_a_key_and_its_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "b.yaml").write_text("kind: persona\nid: b\nname:\n  # komentarz\n  Bartek\n", encoding="utf-8")
    result = _fmt("b.yaml")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "b.yaml").read_text(encoding="utf-8") == "kind: persona\nid: b\n# komentarz\nname: Bartek\n"


def test_a_comment_in_a_flow_list_is_refused_as_a_layout_problem_not_a_syntax_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    text = 'kind: persona\nid: c\nname: Celina\ngoals: [ "Biegać rano",   # k1\n  "Pływać" ]\n'
    (tmp_path / "c.yaml").write_text(text, encoding="utf-8")
    for args in (["c.yaml"], ["--check", "c.yaml"]):
        result = _fmt(*args)
        assert result.exit_code == 1
        line = next(line for line in result.output.splitlines() if line.startswith("c.yaml:"))
        assert line.startswith("c.yaml:4:27: error CX009 ") and line.endswith("[fmt-layout]")
        assert "yaml-syntax" not in line and "invalid" not in line
        assert "the file is valid" in line and "move it to a line of its own above the key" in line
        assert "- item" in line
    assert (tmp_path / "c.yaml").read_text(encoding="utf-8") == text
    with pytest.raises(FormatError) as caught:
        format_text(text)
    assert caught.value.rule == "fmt-layout"


def test_fmt_only_codes_are_no_lint_rule_codes() -> None:
    from cxkit.commands_scaffold import FMT_CODES
    from cxkit.lint.rule import all_rules

    assert not set(FMT_CODES.values()) & {cls.code for cls in all_rules().values()}
    assert not set(FMT_CODES) & set(all_rules())


def test_a_comment_after_a_block_value_that_ends_a_list_item_stays_at_the_items_end() -> None:
    # ruamel keeps the block's column apart from the comment: it was written at the start of
    # its line, where it spoke of the next item, and fmt refused the layout.
    text = """\
kind: persona
id: tomek
name: Tomek
goals:
  - sources: [wywiady]
    text: |
      Kupić wzmacniacz do HD 600 przed świętami
    # z drugiego wywiadu
  - text: Sprzedać stare słuchawki
"""
    assert _round_trip(text, above=False).endswith("""\
goals:
  - text: |
      Kupić wzmacniacz do HD 600 przed świętami
    sources: [wywiady]
    # z drugiego wywiadu
  - text: Sprzedać stare słuchawki
""")


def test_a_comment_after_a_block_value_keeps_its_column_and_the_next_one_moves_with_its_key() -> None:
    text = "kind: persona\nid: d\nname: D\ndemographics:\n  location: |\n    Łódź\n   # wg ankiety\n  # z CRM\n  age: 30\n"
    assert _round_trip(text, above=False).endswith("demographics:\n  # z CRM\n  age: 30\n  location: |\n    Łódź\n   # wg ankiety\n")


def test_a_comment_going_above_a_dash_after_a_folded_value_is_indented_like_the_dash() -> None:
    # The folded value's lines ended where its next comment started, not at the next item.
    text = """\
kind: journey
id: j
name: J
stages:
  - doing: >-
      Porównuje ceny w trzech sklepach
    id: consideration
  - name: Zakup
    # z warsztatu
    id: purchase
"""
    assert _round_trip(text, above=False).endswith("""\
stages:
  - id: consideration
    doing: >-
      Porównuje ceny w trzech sklepach
  # z warsztatu
  - id: purchase
    name: Zakup
""")


def test_a_note_below_a_list_items_key_moves_with_the_item_when_the_list_is_indented() -> None:
    # At the column of the item's key, which is not its line's (the dash's): fmt once left it at
    # its old column, off the item, and refused the file.
    text = """\
kind: journey
id: j
name: J
stages:
- id: a
  name: A
  touchpoints:
  - channel: web
    # z ankiety
  - channel: kasa
    # na końcu
"""
    out = format_text(text)
    assert out.endswith("""\
    touchpoints:
      - channel: web
        # z ankiety
      - channel: kasa
        # na końcu
""")
    assert format_text(out) == out
