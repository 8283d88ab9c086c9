"""`cxkit fmt` keeps the comments that open a file at the top, whatever key comes first.

tester39's `personas/pl/ewa.yaml` opened with `# Persona z warsztatu 2026-11 — do weryfikacji`
directly above `name:`; fmt put `kind` and `id` first and took the note along with `name`, below
`id:`.  A comment block that opens the file (nothing above it but `---`) is the file's header: it
stays above `kind`.  Below a blank line under such a header, the lines directly above the first
key are still that key's; a `# cxkit: disable=…` still goes with the key it applies to.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.fmt import format_text
from cxkit.yamlio import load_text

EWA = """\
# Persona z warsztatu 2026-11 — do weryfikacji
name: Ewa Mazur   # imię zmienione
id: ewa-fryzjerka
kind: persona
reviewed: 2026-11-20
goals:   # cele z wywiadów
  - Nie tracić 2 godzin w niedzielę na przepisywanie paragonów
"""
EWA_LAID_OUT = """\
# Persona z warsztatu 2026-11 — do weryfikacji
kind: persona
id: ewa-fryzjerka
name: Ewa Mazur   # imię zmienione
goals:   # cele z wywiadów
  - Nie tracić 2 godzin w niedzielę na przepisywanie paragonów
reviewed: 2026-11-20
"""


def laid_out(text: str) -> str:
    out = format_text(text)
    assert load_text(out).data == load_text(text).data
    assert format_text(out) == out  # a second run changes nothing
    return out


def test_the_testers_one_line_header_stays_at_the_top_s37() -> None:
    assert laid_out(EWA) == EWA_LAID_OUT


def test_a_header_of_several_lines_stays_at_the_top_s37() -> None:
    text = ("# Persona: Dan Okafor, owner of a heating firm in Leeds\n# Workshop of 2026-11-14, to be checked\n"
            "# against the October interviews\nsources:\n  - id: w1\n    type: interview\n"
            "name: Dan Okafor\nkind: persona\nid: dan-heating\nlang: en\n")
    assert laid_out(text) == (
        "# Persona: Dan Okafor, owner of a heating firm in Leeds\n# Workshop of 2026-11-14, to be checked\n"
        "# against the October interviews\nkind: persona\nid: dan-heating\nname: Dan Okafor\nlang: en\n"
        "sources:\n  - id: w1\n    type: interview\n")


def test_a_header_with_a_blank_line_below_stays_and_the_key_keeps_its_own_note_s37() -> None:
    text = ("# Persona z warsztatu 2026-11\n\nname: Ewa Mazur\nid: ewa-fryzjerka\nkind: persona\n")
    assert laid_out(text) == "# Persona z warsztatu 2026-11\n\nkind: persona\nid: ewa-fryzjerka\nname: Ewa Mazur\n"
    # Below the header's blank line, a note directly above the first key is that key's, as before.
    text = ("# Persona z warsztatu 2026-11\n\n# imię zmienione na prośbę klientki\nname: Ewa Mazur\n"
            "id: ewa-fryzjerka\nkind: persona\n")
    assert laid_out(text) == ("# Persona z warsztatu 2026-11\n\nkind: persona\nid: ewa-fryzjerka\n"
                              "# imię zmienione na prośbę klientki\nname: Ewa Mazur\n")


@pytest.mark.parametrize("start", ["---\n", "---\n\n"])
def test_a_header_below_the_document_start_stays_at_the_top_s37(start: str) -> None:
    assert laid_out(start + EWA) == start + EWA_LAID_OUT


def test_a_suppression_in_the_header_still_goes_with_its_key_s37() -> None:
    text = ("# Persona z warsztatu 2026-11\n# cxkit: disable=placeholder\nname: TODO\nid: ewa\nkind: persona\n")
    assert laid_out(text) == "# Persona z warsztatu 2026-11\nkind: persona\nid: ewa\n# cxkit: disable=placeholder\nname: TODO\n"


def test_the_header_above_kind_is_left_as_it_is_s37() -> None:
    text = "# Persona z warsztatu 2026-11\nkind: persona\nid: ewa\nname: Ewa Mazur\n"
    assert laid_out(text) == text


def test_a_comment_above_a_nested_first_key_still_moves_with_it_s37() -> None:
    # Only the file's first key: inside a mapping, a note above its first key is that key's.
    text = ("kind: persona\nid: dan\nname: Dan\ndemographics:\n  # from the CRM\n  occupation: heating engineer\n"
            "  age: 44\n")
    assert laid_out(text) == ("kind: persona\nid: dan\nname: Dan\ndemographics:\n  age: 44\n  # from the CRM\n"
                              "  occupation: heating engineer\n")


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_the_command_keeps_the_header_with_a_bom_and_crlf_and_then_changes_nothing_s37(
        tmp_path: Path, newline: str, bom: str) -> None:
    path = tmp_path / "ewa.yaml"
    path.write_bytes((bom + EWA.replace("\n", newline)).encode("utf-8"))
    result = CliRunner().invoke(app, ["fmt", "--no-cache", "-j", "1", str(path)])
    assert result.exit_code == 0, result.output
    assert path.read_bytes().decode("utf-8") == bom + EWA_LAID_OUT.replace("\n", newline)
    again = CliRunner().invoke(app, ["fmt", "--no-cache", "-j", "1", "--check", str(path)])
    assert again.exit_code == 0, again.output
