"""`cxkit fmt` and the header at the top of a file with no blank line below it.

The header `cxkit new` writes (a title, an empty `#` line, how to fill the document in) stands
directly above `kind:`.  While `kind` is the first key nothing moves; but once the author put
another key first (`name:` above `kind:`, as documents copied from elsewhere often have), fmt took
the whole header for that key's comment and wrote `kind:` and `id:` above it.  A block at the top
written in paragraphs (an empty comment line between them) is the file's header, as one with a
modeline is; so, since s37, is any block that opens the file (a one-paragraph note directly above
the first key too: tests/test_fmt_file_header_s37.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.fmt import format_text
from cxkit.yamlio import load_text


def laid_out(text: str) -> str:
    out = format_text(text)
    assert load_text(out).data == load_text(text).data
    assert format_text(out) == out  # a second run changes nothing
    return out


# --- the header directly above `kind:` (the case as reported): nothing moves -------------------

@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_a_header_directly_above_kind_stays_above_it(tmp_path: Path, newline: str, bom: str) -> None:
    text = (
        "# Persona: Marta, biegaczka z Krakowa (wywiady 2026-09)\n"
        "kind: persona\nname: Marta Kowalska\nid: marta-biegaczka\nlang: pl\n"
    ).replace("\n", newline)
    path = tmp_path / "marta.yaml"
    path.write_bytes((bom + text).encode("utf-8"))
    result = CliRunner().invoke(app, ["fmt", "--no-cache", "-j", "1", str(path)])
    assert result.exit_code == 0, result.output
    assert path.read_bytes().decode("utf-8") == bom + (
        "# Persona: Marta, biegaczka z Krakowa (wywiady 2026-09)\n"
        "kind: persona\nid: marta-biegaczka\nname: Marta Kowalska\nlang: pl\n"
    ).replace("\n", newline)
    again = CliRunner().invoke(app, ["fmt", "--no-cache", "-j", "1", "--check", str(path)])
    assert again.exit_code == 0, again.output


# --- a header in paragraphs stays at the top when the first key moves ---------------------------

def test_a_header_in_paragraphs_stays_at_the_top() -> None:
    text = (
        "# Persona: Dan Okafor, owner of a heating firm in Leeds\n"
        "#\n"
        "# Source: eight interviews with heating engineers, October 2026.\n"
        "name: Dan Okafor\nkind: persona\nid: dan-heating\nlang: en\n"
    )
    assert laid_out(text) == (
        "# Persona: Dan Okafor, owner of a heating firm in Leeds\n"
        "#\n"
        "# Source: eight interviews with heating engineers, October 2026.\n"
        "kind: persona\nid: dan-heating\nname: Dan Okafor\nlang: en\n"
    )


def test_a_one_paragraph_note_that_opens_the_file_stays_at_the_top() -> None:
    # Since s37 the block that opens the file is its header whatever it says (tester39's one-line
    # `# Persona z warsztatu …` moved below `id:`): it stays above `kind`.
    text = "# id zgodne z identyfikatorem klienta w CRM\n# (zmienione w 2026)\nid: ewa-agentka\nkind: persona\nname: Ewa\n"
    assert laid_out(text) == (
        "# id zgodne z identyfikatorem klienta w CRM\n# (zmienione w 2026)\nkind: persona\nid: ewa-agentka\nname: Ewa\n"
    )


def test_a_suppression_in_a_header_in_paragraphs_still_goes_with_the_key() -> None:
    text = (
        "# Persona: Dan Okafor\n#\n# Source: interviews 2026-10\n# cxkit: disable=placeholder\n"
        "name: TODO\nkind: persona\nid: dan\n"
    )
    assert laid_out(text) == (
        "# Persona: Dan Okafor\n#\n# Source: interviews 2026-10\n"
        "kind: persona\nid: dan\n# cxkit: disable=placeholder\nname: TODO\n"
    )


@pytest.mark.parametrize("lang", ["pl", "en"])
@pytest.mark.parametrize("kind", ["persona", "negative-persona", "journey"])
def test_the_header_cxkit_new_writes_stays_at_the_top_when_another_key_comes_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, lang: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["new", kind, "Marta Kowalska", "--lang", lang])
    assert result.exit_code == 0, result.output
    path = next(tmp_path.rglob("*.yaml"))
    written = path.read_text(encoding="utf-8")
    lines = written.split("\n")
    header = lines[: next(i for i, line in enumerate(lines) if line.startswith("kind:"))]
    assert header and "#" in header  # the header, in paragraphs, directly above `kind:`
    # The author moves `name:` to the top, above `kind:` and `id:`.
    name = next(line for line in lines if line.startswith("name:"))
    rest = [line for line in lines[len(header):] if line != name]
    moved = "\n".join(header + [name] + rest)
    out = laid_out(moved)
    assert out == written  # the header stays where `cxkit new` wrote it, and the keys go back
