"""`cxkit fmt` reads a `#` inside a comment as part of that comment (tester14 F1).

A full-line comment naming a Slack channel (`# kanał #sprzęt`) or a number (`# nr #3`) above a key
fmt moves made fmt refuse the file with CX009 "please report it": the `#` inside the comment was
read as a second comment, at the end of the line of the entry before it, and that entry changed
when the keys moved.  A `#` inside a comment, inside a quoted value or after an end-of-line comment
must change nothing in the layout: the file comes out exactly as the same file with another
character in place of that `#`.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples
from cxkit.fmt import FormatError, format_text
from cxkit.yamlio import load_text

# --- the tester's files ------------------------------------------------------------------------

_A = "name: Ola\nkind: persona\nid: ola\n# kanał #sprzęt na Slacku\nlang: pl\n"
_B = "kind: persona\nid: ola\nname: Ola\ngoals:\n  - sources: [x]\n    # zob. #kanał\n    text: a\n"
_C = "name: Ola\nkind: persona\nid: ola\n#   #\nlang: pl\n"


def _same_as_without_hash(text: str, stand_in: str = "¤") -> str:
    """fmt's output for ``text``, checked against the same text with ``§`` (the `#` inside
    comments) written as another character, and returned with `§` as `#`."""
    with_hash = text.replace("§", "#")
    neutral = text.replace("§", stand_in)
    expected = format_text(neutral).replace(stand_in, "#")
    out = format_text(with_hash)
    assert out == expected
    assert format_text(out) == out
    assert load_text(out).data == load_text(with_hash).data
    return out


def test_the_testers_three_files_are_formatted() -> None:
    assert format_text(_A) == "kind: persona\nid: ola\nname: Ola\n# kanał #sprzęt na Slacku\nlang: pl\n"
    assert format_text(_B) == ("kind: persona\nid: ola\nname: Ola\ngoals:\n  # zob. #kanał\n  - text: a\n"
                               "    sources: [x]\n")
    assert format_text(_C) == "kind: persona\nid: ola\nname: Ola\n#   #\nlang: pl\n"


@pytest.mark.parametrize("text", [
    # a full-line comment above a key that moves, directly or after another comment
    "name: Ola\nkind: persona\nid: ola\n# kanał §sprzęt na Slacku\nlang: pl\n",
    "name: Ola\nkind: persona\nid: ola\n# uwaga\n# nr §3 z badań §q3\nlang: pl\n",
    "lang: pl\n# kanał §sprzęt\nname: Ola\nkind: persona\nid: ola\n",
    # the file's header and its last line
    "# yaml-language-server: $schema=persona.json §x\n\nname: Ola\nkind: persona\nid: ola\n# koniec §fin\n",
    # an end-of-line comment holding a `#`, after a key that moves and after a list item
    "name: Ola  # imię §1 §2\nkind: persona\nid: ola\ngoals:\n  - Kupić rower  # zob. §kanał\n",
    # a `#` in a quoted value on the line of an end-of-line comment with a `#` in it
    'name: "Ola #1"  # nr §3\nkind: persona\nid: ola\nquote: \'Tag #rower\'  # zob. §x\n',
    # in a list item: after the dash, above the item's keys, at the end of its key's line
    "kind: persona\nid: ola\nname: Ola\ngoals:\n  - # zob. §kanał\n    sources: [wywiady]\n    text: Rower\n",
    "kind: persona\nid: ola\nname: Ola\ngoals:\n  - sources: [wywiady]  # nr §3\n    # zob. §kanał\n"
    "    text: Rower\n",
    # a block value's header line, then a comment at the end of the mapping
    "summary: |-  # opis §1\n  Kolarka z Krakowa\nname: Ola\nkind: persona\nid: ola\ndemographics:\n"
    "  location: Kraków\n  age: 31\n  # koniec §demo\n",
    # a nested mapping whose keys move
    "kind: persona\nid: ola\nname: Ola\ndemographics:\n  # miasto §krk\n  location: Kraków\n  age: 31  # §wiek\n",
    # only `#` characters
    "name: Ola\nkind: persona\nid: ola\n# §§ §\nlang: pl  # §\n",
])
def test_a_hash_inside_a_comment_changes_nothing_in_the_layout(text: str) -> None:
    _same_as_without_hash(text)


def test_crlf_and_a_suppression_with_a_hash_after_it() -> None:
    text = ("name: Ola\r\nkind: persona\r\nid: ola\r\n# kanał §sprzęt\r\n"
            "# cxkit: disable=placeholder  -- zob. §42\r\nsummary: TODO\r\n")
    out = _same_as_without_hash(text)
    assert out.startswith("kind: persona\r\n")
    assert "# kanał #sprzęt\r\n# cxkit: disable=placeholder  -- zob. #42\r\nsummary: TODO\r\n" in out


# --- every position, at random -------------------------------------------------------------------

_COMMENTS = ["kanał §sprzęt", "nr §3", "§", "§§", "zob. §kanał na Slacku", "ząb §x", "Q3 §todo §2", "uwaga"]
_VALUES = ['"nr #3"', "'#rower'", "C#", "Kraków", '"Ola # Nowak"', "rower  # nie wartość"]


def _comment(rng: random.Random) -> str:
    return "# " + rng.choice(_COMMENTS)


def _persona(rng: random.Random) -> str:
    """A persona with shuffled keys and comments with a `§` (a `#`) in every position fmt knows."""
    lines: list[str] = []

    def above(pad: str) -> None:
        if rng.random() < 0.35:
            lines.append(pad + _comment(rng))

    def eol() -> str:
        return "  " + _comment(rng) if rng.random() < 0.3 else ""

    def item(pad: str, keys: list[tuple[str, str]]) -> None:
        rng.shuffle(keys)
        dash = pad + "- "
        if rng.random() < 0.2:
            lines.append(dash + _comment(rng))
            dash = pad + "  "
        for i, (key, value) in enumerate(keys):
            if i:
                above(pad + "  ")
            lines.append(f"{dash if i == 0 else pad + '  '}{key}: {value}{eol()}")

    top: list[tuple[str, Any]] = [
        ("kind", "persona"), ("id", "ola-rowerzystka"), ("name", rng.choice(_VALUES)), ("lang", "pl"),
        ("quote", rng.choice(_VALUES)), ("x-kanal", '"#sprzęt"'),
        ("demographics", [("location", rng.choice(_VALUES)), ("age", "31"), ("occupation", "kurierka")]),
        ("goals", [[("text", "Dojechać w 20 minut"), ("sources", "[wywiady]")], "Kupić rower"]),
        ("sources", [[("id", "wywiady"), ("type", "interview"), ("n", "8")]]),
    ]
    rng.shuffle(top)
    if rng.random() < 0.3:
        lines += [_comment(rng), ""]
    for key, value in top:
        above("")
        if isinstance(value, str):
            lines.append(f"{key}: {value}{eol()}")
        elif key == "demographics":
            lines.append(f"{key}:{eol()}")
            pairs = list(value)
            rng.shuffle(pairs)
            for sub, v in pairs:
                above("  ")
                lines.append(f"  {sub}: {v}{eol()}")
        else:
            lines.append(f"{key}:{eol()}")
            for entry in value:
                above("  ")
                if isinstance(entry, str):
                    lines.append(f"  - {entry}{eol()}")
                else:
                    item("  ", list(entry))
    if rng.random() < 0.3:
        lines.append(_comment(rng))
    return "\n".join(lines) + "\n"


@settings(max_examples=examples(60, 150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1), st.booleans())
def test_a_hash_in_a_comment_anywhere_formats_like_any_other_character(seed: int, crlf: bool) -> None:
    text = _persona(random.Random(seed))
    if crlf:
        text = text.replace("\n", "\r\n")
    neutral = text.replace("§", "¤")
    try:
        expected = format_text(neutral).replace("¤", "#")
    except FormatError as exc:
        # A layout fmt refuses anyway: refused for the same place and reason with the `#`.
        with pytest.raises(FormatError) as refused:
            format_text(text.replace("§", "#"))
        assert (refused.value.line, refused.value.column, refused.value.message) == (exc.line, exc.column, exc.message)
        return
    out = format_text(text.replace("§", "#"))
    assert out == expected
    assert format_text(out) == out


def test_the_cli_formats_the_testers_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('paths = ["."]\n', encoding="utf-8")
    for name, text in (("a.yaml", _A), ("b.yaml", _B), ("c.yaml", _C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = cli("fmt", "--no-cache", "a.yaml", "b.yaml", "c.yaml")
    assert result.exit_code == 0, result.stderr
    assert "CX009" not in result.stderr
    assert cli("fmt", "--check", "--no-cache", "a.yaml", "b.yaml", "c.yaml").exit_code == 0
    assert (tmp_path / "a.yaml").read_text(encoding="utf-8").startswith("kind: persona\nid: ola\nname: Ola\n")
