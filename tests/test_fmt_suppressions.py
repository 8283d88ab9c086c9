"""`cxkit fmt` never changes what `cxkit lint` reports: every `# cxkit: disable=…` keeps its reach.

A suppression comment on a line of its own applies to the next line with content (above a
list item written as a mapping: to the item's own keys), one at the end of a line to that
line, one on a `|` or `>` header to the whole block.  fmt moves keys, and the comments with
them; these tests lint each file before and after fmt and compare the findings, for the
layouts an exploratory tester found broken, for the bundled examples, and for generated
personas and journeys with suppressions in every place a comment can stand.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cxkit.config import Config
from cxkit.fmt import FormatError, format_text
from cxkit.lint.engine import Selection, lint
from cxkit.yamlio import load_text
from test_fmt import assert_fmt_accepts_its_layout, with_notes, without_comments

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((REPO / "examples").rglob("*.yaml"))


def _findings(root: Path, name: str, text: str) -> Counter[tuple[str, str]]:
    """What lint reports for ``text`` as the only file of a workspace: (code, message) of each finding.

    Lines are left out: fmt moves keys, and with them the lines their findings are on (an
    unused suppression's message names the line it reaches, or says "on this line", and the
    line of a finding of its rule near it, which moving keys brings nearer or farther; the note
    that a silenced schema error kept the rules from running quotes that error's line:column).
    """
    root.mkdir(parents=True, exist_ok=True)
    (root / name).write_text(text, encoding="utf-8")
    result = lint([str(root)], Config(root=root), Selection(), jobs=1)
    near = re.compile(r"; the (?:[\w-]+ finding|nearest finding \([\w-]+\)) is on line \d+: put the comment .*$")
    at = re.compile(r"on this line|on line \d+|(?<=\()\d+:\d+(?=: )")
    return Counter(
        (f.code, at.sub("on its line", near.sub("; remove it", f.message.replace(str(root), ""))))
        for f in result.findings
    )


def _same_findings(root: Path, text: str, name: str = "doc.yaml") -> str:
    """Format ``text``; assert the data and lint's findings are unchanged; return the new text."""
    out = format_text(text)
    assert load_text(out).data == load_text(text).data
    assert format_text(out) == out
    before = _findings(root / "before", name, text)
    after = _findings(root / "after", name, out)
    assert after == before, f"fmt changed lint's findings:\n--- before\n{text}\n--- after\n{out}"
    return out


@pytest.fixture(autouse=True)
def _pinned_today(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    monkeypatch.chdir(tmp_path)


# --- the tester's files --------------------------------------------------------------------------

TRAIT = """\
kind: persona
id: basia-2
name: Basia
goals:
  - sources: [s]
    # cxkit: disable=pseudo-profiling
    text: Ceni jakość
sources: [{id: s, type: survey}]
reviewed: 2026-11-01
"""

STAGE = """\
kind: journey
id: basia-kupuje
name: Basia kupuje
persona: basia-2
stages:
  - name: Zakup
    # cxkit: disable=CX402
    id: zakup
    emotion: 1
"""


def test_the_testers_trait_keeps_its_suppression_on_the_line_of_its_text(tmp_path: Path) -> None:
    # Above the dash it would reach the item's `sources:` line too: at the end of the line of
    # `text:` it reaches that line alone, as it did above the key.
    out = _same_findings(tmp_path, TRAIT)
    assert "goals:\n  - text: Ceni jakość  # cxkit: disable=pseudo-profiling\n    sources: [s]\n" in out


def test_the_testers_stage_keeps_its_suppression_on_the_line_of_its_id(tmp_path: Path) -> None:
    out = _same_findings(tmp_path, STAGE)
    assert "stages:\n  - id: zakup  # cxkit: disable=CX402\n    name: Zakup\n" in out


def test_a_suppression_reaches_no_other_key_of_the_item_once_its_key_is_first(tmp_path: Path) -> None:
    # Above the dash, `disable=all` would silence the unknown source on the `sources:` line.
    text = TRAIT.replace("sources: [s]\n    # cxkit: disable=pseudo-profiling", "sources: [nieznane]\n    # cxkit: disable=all")
    unknown = ("CX302", "source 'nieznane' is not defined in this file's sources (s); add it to `sources` (its id, "
                        "type and date), or cite one of those")
    assert _findings(tmp_path / "lint", "doc.yaml", text)[unknown] == 1
    out = _same_findings(tmp_path, text)
    assert "  - text: Ceni jakość  # cxkit: disable=all\n    sources: [nieznane]\n" in out


def test_the_other_comments_above_the_key_go_above_the_dash(tmp_path: Path) -> None:
    text = STAGE.replace("    # cxkit: disable=CX402\n", "    # z warsztatu\n    # cxkit: disable=CX402\n    # etap 4\n")
    out = _same_findings(tmp_path, text)
    assert "stages:\n  # z warsztatu\n  # etap 4\n  - id: zakup  # cxkit: disable=CX402\n    name: Zakup\n" in out


@pytest.mark.parametrize("change", [
    ("    # cxkit: disable=CX402\n", "    # cxkit: disable=CX402\n    # cxkit: disable=stage-without-emotion\n"),
    ("    id: zakup\n", "    id: zakup  # z warsztatu\n"),
])
def test_fmt_refuses_a_suppression_it_has_no_place_for(tmp_path: Path, change: tuple[str, str]) -> None:
    # Above the dash it would reach every key of the stage; the end of the line is taken.
    text = STAGE.replace(*change)
    with pytest.raises(FormatError) as caught:
        format_text(text)
    assert caught.value.rule == "fmt-layout"
    assert (caught.value.line, caught.value.column) == (8 if "stage-without" in change[1] else 7, 5)
    assert "write one suppression, at the end of the key's line" in caught.value.message


def test_a_suppression_above_a_later_item_goes_above_its_dash(tmp_path: Path) -> None:
    text = TRAIT.replace(
        "sources: [{id", "  - sources: [s]\n    # cxkit: disable=CX101 - z ankiety\n    text: Dba o zdrowie\nsources: [{id"
    )
    out = _same_findings(tmp_path, text)
    assert "    sources: [s]\n  - text: Dba o zdrowie  # cxkit: disable=CX101 - z ankiety\n    sources: [s]\n" in out


def test_a_suppression_after_the_dash_stays_there_when_its_key_stays_first(tmp_path: Path) -> None:
    # Nothing moves: the file is left as it is (lint reads the comment on the dash's line).
    text = TRAIT.replace("  - sources: [s]\n    # cxkit: disable=pseudo-profiling\n    text: Ceni jakość\n",
                         "  - # cxkit: disable=pseudo-profiling\n    text: Ceni jakość\n    sources: [s]\n")
    assert _same_findings(tmp_path, text) == text


@pytest.mark.parametrize("text", [
    # Between a list item's first key and its value: it reaches the value's line alone.
    TRAIT.replace("  - sources: [s]\n    # cxkit: disable=pseudo-profiling\n    text: Ceni jakość\n",
                  "  - text:\n      # cxkit: disable=pseudo-profiling\n      Ceni jakość\n    sources: [s]\n"),
    # Above a key whose value is on the next line: it reaches the key's line alone, and lint
    # reports the placeholder on the value's line; written `name: TODO`, it would silence it.
    "kind: persona\nid: ola\n# cxkit: disable=placeholder\nname:\n  TODO\n",
])
def test_fmt_refuses_to_join_a_key_and_value_a_suppression_tells_apart(tmp_path: Path, text: str) -> None:
    with pytest.raises(FormatError) as caught:
        format_text(text)
    assert caught.value.rule == "fmt-layout"
    assert "without changing what this suppression applies to" in caught.value.message
    line = next(i for i, row in enumerate(text.split("\n"), 1) if "# cxkit" in row)
    assert (caught.value.line, caught.value.column) == (line, text.split("\n")[line - 1].index("#") + 1)


def test_fmt_checks_each_suppression_still_reaches_what_it_did(monkeypatch: pytest.MonkeyPatch) -> None:
    # Were fmt to take suppressions for notes, the trait's would go above the dash, where it
    # reaches the item's `sources:` line too: the last check refuses that layout.
    import cxkit.fmt as fmt_module

    monkeypatch.setattr(fmt_module, "_OWN_LINE_DIRECTIVE", re.compile(r"(?!)"))
    with pytest.raises(FormatError) as caught:
        format_text(TRAIT)
    assert (caught.value.line, caught.value.column, caught.value.rule) == (6, 5, "fmt-layout")
    assert "without changing what this suppression applies to" in caught.value.message


def test_a_note_between_a_key_and_its_value_is_laid_out_as_before(tmp_path: Path) -> None:
    text = "id: ola\nkind: persona\nname:\n  # z CRM\n  Ola\nsummary: TODO  # cxkit: disable=placeholder\n"
    assert _same_findings(tmp_path, text) == (
        "kind: persona\nid: ola\n# z CRM\nname: Ola\nsummary: TODO  # cxkit: disable=placeholder\n")


@pytest.mark.parametrize("header", ["|", "|-", ">", ">-"])
def test_a_list_items_block_header_keeps_its_suppression(tmp_path: Path, header: str) -> None:
    text = f"kind: persona\nid: s2\nname: S\ngoals:\n  - {header}  # cxkit: disable=pseudo-profiling\n    Dba o zdrowie\n"
    assert _same_findings(tmp_path, text) == text


def test_a_list_items_block_header_comment_survives_when_keys_move(tmp_path: Path) -> None:
    text = """\
# cxkit: disable-file=missing-sources
name: S
id: s2
kind: persona
goals:
  # pierwszy cel
  - |  # cxkit: disable=pseudo-profiling
    Dba o zdrowie
  # drugi cel
  - >-   # ze wstępnej ankiety
    Ceni jakość
  - Szuka promocji  # cxkit: disable=CX101
reviewed: 2026-11-01
"""
    out = _same_findings(tmp_path, text)
    assert out == """\
# cxkit: disable-file=missing-sources
kind: persona
id: s2
name: S
goals:
  # pierwszy cel
  - |  # cxkit: disable=pseudo-profiling
    Dba o zdrowie
  # drugi cel
  - >-   # ze wstępnej ankiety
    Ceni jakość
  - Szuka promocji  # cxkit: disable=CX101
reviewed: 2026-11-01
"""


def test_a_block_header_suppression_on_a_key_still_formats(tmp_path: Path) -> None:
    text = STAGE.replace("    emotion: 1\n", "    emotion: 1\n    doing: |  # cxkit: disable=placeholder\n      TODO\n")
    _same_findings(tmp_path, text)


@pytest.mark.parametrize("dash", ["-   # kasa", "-      # kasa", "-  # kasa"])
def test_a_comment_after_a_dash_with_more_blanks_is_laid_out(tmp_path: Path, dash: str) -> None:
    text = f"""\
kind: journey
id: j
name: J
persona: p
stages:
  - id: a
    touchpoints:
      {dash}
        channel: kasa
"""
    out = _same_findings(tmp_path, text)
    assert "    touchpoints:\n      - # kasa\n        channel: kasa\n" in out


@pytest.mark.parametrize(("after_dash", "laid_out"), [
    # A note after the dash belongs to the item's first key, and moves with it.
    ("-   # kasa", "      - channel: kasa\n        # kasa\n        description: TODO\n"),
    # A suppression there applies to the dash's line alone (lint reports it unused): it stays there.
    ("-   # cxkit: disable=CX501",
     "      - # cxkit: disable=CX501\n        channel: kasa\n        # uwaga\n        description: TODO\n"),
])
def test_a_comment_after_a_dash_when_the_first_key_moves(tmp_path: Path, after_dash: str, laid_out: str) -> None:
    note = "        # uwaga\n" if "cxkit" in after_dash else ""
    text = f"""\
kind: journey
id: j
name: J
persona: p
stages:
  - id: a
    touchpoints:
      {after_dash}
{note}        description: TODO
        channel: kasa
"""
    out = _same_findings(tmp_path, text)
    assert out.endswith("    touchpoints:\n" + laid_out)


def test_a_key_coming_first_below_a_suppression_on_the_dash_keeps_its_comments_below_it(tmp_path: Path) -> None:
    text = """\
kind: journey
id: j
name: J
persona: p
stages:
  - # cxkit: disable=unknown-source
    name: Zakup
    # z warsztatu
    # cxkit: disable=stage-without-emotion
    id: zakup
"""
    out = _same_findings(tmp_path, text)
    assert out.endswith("""\
stages:
  - # cxkit: disable=unknown-source
    # z warsztatu
    id: zakup  # cxkit: disable=stage-without-emotion
    name: Zakup
""")


# --- what lint says of a whole list item ---------------------------------------------------------

OPPORTUNITY = """\
kind: journey
id: j1
name: Journey one
persona: p1
stages:
  - id: after
    name: After purchase
    emotion: 1
    opportunities:
      - status: idea{status}
        owner: Ann{owner}
"""


@pytest.mark.parametrize("on", ["status", "owner"])
def test_fmt_refuses_to_move_an_items_missing_field_into_or_out_of_a_suppressions_reach(tmp_path: Path, on: str) -> None:
    # lint reports the missing `action` on the item's first line, `status:`; fmt puts `owner:`
    # first, which would silence it (suppression on `owner`) or bring it back (on `status`).
    marks = {"status": "", "owner": ""}
    marks[on] = "  # cxkit: disable=schema"
    text = OPPORTUNITY.format(**marks)
    missing = ("CX002", "missing required field 'action' in 'stages[after].opportunities[1st]'")
    assert _findings(tmp_path / "lint", "doc.yaml", text)[missing] == (0 if on == "status" else 1)
    with pytest.raises(FormatError) as caught:
        format_text(text)
    assert caught.value.rule == "fmt-layout"
    line = 10 if on == "status" else 11
    assert (caught.value.line, caught.value.column) == (line, text.split("\n")[line - 1].index("#") + 1)
    assert "on its first line, line 10 (`status:`), and fmt would put `owner:` first" in caught.value.message
    assert "write `owner:` first yourself" in caught.value.message
    # Written as the message says, fmt leaves it as it is.
    fixed = text.replace("      - status: idea" + marks["status"] + "\n        owner: Ann" + marks["owner"],
                         "      - owner: Ann" + marks["owner"] + "\n        status: idea" + marks["status"])
    assert _same_findings(tmp_path, fixed) == fixed


def test_an_item_missing_a_field_with_no_suppression_on_its_first_lines_is_laid_out(tmp_path: Path) -> None:
    # Above the dash a suppression reaches the whole item, whichever key comes first.
    text = OPPORTUNITY.format(status="", owner="").replace(
        "      - status", "      # cxkit: disable=schema\n      - status")
    out = _same_findings(tmp_path, text)
    assert out.endswith("      # cxkit: disable=schema\n      - owner: Ann\n        status: idea\n")
    plain = OPPORTUNITY.format(status="", owner="  # cxkit: disable=placeholder").replace("status: idea", "status: idea\n        due: 2026-12-01")
    with pytest.raises(FormatError):  # the suppression would reach the first line, where the missing action is
        format_text(plain)
    _same_findings(tmp_path / "kept", OPPORTUNITY.format(status="", owner="").replace("owner: Ann", "owner: Ann  # uwaga"))


def test_fmt_refuses_to_move_what_lint_says_of_the_document_out_of_a_suppressions_reach(tmp_path: Path) -> None:
    # No `id`: lint reports it on the document's first line.
    text = "name: Ola  # cxkit: disable=schema\nkind: persona\n"
    with pytest.raises(FormatError) as caught:
        format_text(text)
    assert (caught.value.line, caught.value.column) == (1, 12)
    assert "write `kind:` first yourself" in caught.value.message
    assert "what is wrong with the document itself" in caught.value.message


# --- the top of the file -------------------------------------------------------------------------


def test_a_suppression_at_the_top_of_the_file_moves_with_the_first_key(tmp_path: Path) -> None:
    text = ("# yaml-language-server: $schema=../docs/schema/persona.json\n# Persona: Zofia\n"
            "# cxkit: disable=all\nname: TODO\nkind: persona\nid: zofia\n")
    out = _same_findings(tmp_path, text)
    assert out == ("# yaml-language-server: $schema=../docs/schema/persona.json\n# Persona: Zofia\n"
                   "kind: persona\nid: zofia\n# cxkit: disable=all\nname: TODO\n")


def test_a_suppression_above_a_blank_line_moves_with_the_key_it_applies_to(tmp_path: Path) -> None:
    text = "# Persona: Zofia\n# cxkit: disable=placeholder\n\nname: TODO\nkind: persona\nid: zofia\n"
    out = _same_findings(tmp_path, text)
    assert out == "# Persona: Zofia\n\nkind: persona\nid: zofia\n# cxkit: disable=placeholder\nname: TODO\n"


def test_a_suppression_at_the_start_of_a_nested_mapping_moves_with_its_key(tmp_path: Path) -> None:
    text = """\
kind: persona
id: d
name: D
demographics:
  # cxkit: disable=placeholder

  location: TODO
  age: 30
"""
    out = _same_findings(tmp_path, text)
    assert out.endswith("demographics:\n  age: 30\n  # cxkit: disable=placeholder\n  location: TODO\n")


# --- the bundled examples ------------------------------------------------------------------------


def _scrambled(text: str, seed: int) -> str:
    """``text`` with the top-level keys in another order (each key with its lines), for fmt to put back."""
    lines = text.split("\n")
    blocks: list[list[str]] = []
    head: list[str] = []
    for line in lines:
        if re.match(r"[A-Za-z_][\w-]*:", line):
            blocks.append(head + [line])
            head = []
        elif blocks and (line.startswith((" ", "-")) or not line.strip()):
            blocks[-1].append(line)
        else:
            head.append(line)
    random.Random(seed).shuffle(blocks)
    return "\n".join(line for block in blocks for line in block) + "\n" + "\n".join(head)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: str(p.relative_to(REPO / "examples")))
def test_an_example_formats_with_the_same_findings(tmp_path: Path, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _same_findings(tmp_path / "as-is", text, path.name) == text
    # Suppressions above some keys and list items, keys out of order: still the same findings.
    marked = re.sub(r"(?m)^(\s*)(- )?(text|id|name|doing|channel|action): ",
                    lambda m: f"{m.group(1)}# cxkit: disable=all\n{m.group(0)}" if len(m.group(0)) % 3 == 0
                    else m.group(0), text)
    for seed in range(2):
        _same_findings(tmp_path / f"seed{seed}", _scrambled(marked, seed), path.name)


# --- generated files -----------------------------------------------------------------------------

RULES = ["pseudo-profiling", "unknown-source", "placeholder", "CX402", "all", "CX101,CX302", "stage-without-emotion",
         "schema"]
TEXTS = ["Ceni jakość", "Dba o zdrowie", "TODO", "Kupuje słuchawki Sennheiser HD 600 po testach w sklepie"]


@st.composite
def _documents(draw: st.DrawFn) -> str:
    """A persona or a journey with keys in any order and suppressions above keys, after dashes,
    at the ends of lines and on block headers."""

    def directive() -> str:
        return f"# cxkit: disable={draw(st.sampled_from(RULES))}"

    def above(indent: str) -> list[str]:
        if draw(st.integers(0, 3)):
            return []
        return draw(st.sampled_from([
            [indent + directive()],
            [indent + "# z wywiadu", indent + directive()],
            [indent + directive(), indent + "# z wywiadu"],
            [indent + directive(), ""],  # a blank line between it and the key
        ]))

    def eol() -> str:
        return "  " + directive() if draw(st.integers(0, 4)) == 0 else ""

    def scalar(key: str, value: str, indent: str) -> list[str]:
        if draw(st.integers(0, 5)) == 0:  # a comment between the key and its value
            return [f"{indent}{key}:", f"{indent}  {directive()}", f"{indent}  {value}"]
        if draw(st.integers(0, 3)) == 0:
            style = draw(st.sampled_from(["|", ">-"]))
            return [f"{indent}{key}: {style}{eol()}", f"{indent}  {value}"]
        return [f"{indent}{key}: {value}{eol()}"]

    def above_key(indent: str, lines: list[str]) -> list[str]:
        # Not above a key with one between it and its value: fmt writes the value on the key's
        # line, where both would reach it (lint read them as reaching one line each).
        return [] if len(lines) > 2 and "# cxkit" in lines[1] else above(indent)

    def item(pairs: list[tuple[str, list[str]]], indent: str) -> list[str]:
        """A list item written as a mapping: ``pairs`` are (key, its lines at ``indent`` + 2)."""
        order = draw(st.permutations(pairs))
        out: list[str] = []
        for i, (_key, lines) in enumerate(order):
            comments = above_key(indent + "  ", lines)
            if i == 0:
                if draw(st.integers(0, 3)) == 0:
                    # A note or a suppression after the dash (a suppression there reaches the dash's
                    # line alone, which holds nothing: lint reports it unused, and fmt keeps it there).
                    out += [indent + "- " + draw(st.sampled_from(["# uwaga", directive()])), *lines]
                else:
                    out += [line[2:] for line in comments]  # above the dash
                    out += [indent + "- " + lines[0][len(indent) + 2:], *lines[1:]]
            else:
                out += comments + lines
        return out

    kind = draw(st.sampled_from(["persona", "journey"]))
    top: list[tuple[str, list[str]]] = [
        ("kind", [f"kind: {kind}"]), ("id", ["id: basia"]), ("name", scalar("name", draw(st.sampled_from(TEXTS)), "")),
    ]
    if kind == "persona":
        traits: list[str] = []
        for _ in range(draw(st.integers(1, 3))):
            text = draw(st.sampled_from(TEXTS))
            if draw(st.booleans()):
                traits += above("  ") + [f"  - {text}{eol()}"]
            else:
                cited = draw(st.sampled_from(["[s]", "[nieznane]"]))
                traits += item([("text", scalar("text", text, "    ")), ("sources", [f"    sources: {cited}{eol()}"])], "  ")
        top += [("goals", ["goals:", *traits]), ("sources", ["sources: [{id: s, type: survey}]"])]
        if draw(st.booleans()):
            fields = [("location", scalar("location", draw(st.sampled_from(["Łódź", "TODO"])), "  ")),
                      ("age", [f"  age: 30{eol()}"]), ("occupation", scalar("occupation", "TODO", "  "))]
            demographics = ["demographics:"]
            for _key, field_lines in draw(st.permutations(fields)):
                demographics += above_key("  ", field_lines) + field_lines
            top.append(("demographics", demographics))
    else:
        stages: list[str] = []
        for n in range(draw(st.integers(1, 2))):
            pairs = [("id", [f"    id: etap-{n}{eol()}"]), ("name", scalar("name", draw(st.sampled_from(TEXTS)), "    "))]
            if draw(st.booleans()):
                pairs.append(("emotion", [f"    emotion: 1{eol()}"]))
            if draw(st.booleans()):
                pairs.append(("doing", scalar("doing", draw(st.sampled_from(TEXTS)), "    ")))
            if draw(st.booleans()):
                # Opportunities, some missing the required `action` (lint reports that on the item's
                # first line), with suppressions on any of their keys.
                def mark() -> str:
                    if draw(st.booleans()):
                        return ""
                    return f"  # cxkit: disable={draw(st.sampled_from(['schema', 'all', 'placeholder']))}"

                opportunities: list[str] = []
                for _ in range(draw(st.integers(1, 2))):
                    fields = [("owner", [f"        owner: {draw(st.sampled_from(['Ann', 'TODO']))}{mark()}"]),
                              ("status", [f"        status: idea{mark()}"])]
                    if draw(st.booleans()):
                        fields.append(("action", scalar("action", draw(st.sampled_from(TEXTS)), "        ")))
                    if draw(st.booleans()):
                        fields.append(("due", [f"        due: 2026-12-01{mark()}"]))
                    opportunities += item(fields, "      ")
                pairs.append(("opportunities", ["    opportunities:", *opportunities]))
            if draw(st.booleans()):
                touchpoint = item([("channel", scalar("channel", "kasa", "        ")),
                                   ("description", scalar("description", draw(st.sampled_from(TEXTS)), "        "))],
                                  "      ")
                pairs.append(("touchpoints", ["    touchpoints:", *touchpoint]))
            stages += item(pairs, "  ")
        top += [("persona", ["persona: basia"]), ("stages", ["stages:", *stages])]
    if draw(st.booleans()):
        top.append(("reviewed", ["reviewed: 2026-11-01"]))
    lines: list[str] = []
    if draw(st.booleans()):
        lines += draw(st.sampled_from([
            ["# yaml-language-server: $schema=x.json"], ["# Persona: Basia", ""],
            ["# yaml-language-server: $schema=x.json", "# Persona: Basia"],
            ["# cxkit: disable-file=CX501"],
        ]))
    for _key, key_lines in draw(st.permutations(top)):
        lines += above_key("", key_lines) + key_lines
    return "\n".join(lines) + "\n"


# An item missing `action` under a `disable=schema`: the note that the rules did not run quotes the
# error's line, which moves when fmt puts `name` before `opportunities` (found by a run with more examples).
SILENCED_MISSING_ACTION = """\
kind: journey
id: basia
name: Basia kupuje
persona: basia
stages:
  - id: etap-0
    opportunities:
      - owner: Ann  # cxkit: disable=schema
        status: idea
      - owner: Ann
        action: Ceni jakość
    name: Zakup
"""

# A stale comment on a line of its own inside an item a `disable=all` above the dash covers: fmt
# writes it at the end of the `id` line, which the `all` covers; its report is silenced either way.
STALE_UNDER_ALL = """\
kind: journey
id: basia
name: Basia kupuje
persona: basia
stages:
  # cxkit: disable=all
  - emotion: 1
    name: Zakup
    # cxkit: disable=pseudo-profiling
    id: etap-0
"""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_documents())
@example(text=SILENCED_MISSING_ACTION)
@example(text=STALE_UNDER_ALL)
def test_fmt_keeps_lint_findings_of_generated_files(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    root = tmp_path_factory.mktemp("generated")
    try:
        _same_findings(root, text)
    except FormatError as exc:
        # A refusal changes no file; the ones allowed here are for a suppression fmt has no place
        # for (two on one key, or one above a key whose line holds a comment already), and for
        # a key and its value on two lines that a suppression tells apart.
        if not any(allowed in exc.message for allowed in (
                "write one suppression, at the end of the key's line",
                "a key and a value on two lines are written on one",
                "first yourself, with the suppression at the end of the line it is for")):
            pytest.fail(f"fmt refused {exc.line}:{exc.column} {exc.message}\n{text}")


@settings(max_examples=100, deadline=None)
@given(text=_documents(), rnd=st.randoms(use_true_random=False))
def test_fmt_of_fmt_is_fmt_for_generated_files(text: str, rnd: random.Random) -> None:
    from cxkit.fmt import _format_once  # fmt's layout, without its last check

    # The layout itself, without fmt's last check that refuses an output it would lay out another way.
    try:
        once = _format_once(text)
    except FormatError:
        # Refused for where its suppressions stand; the same document in fmt's layout is not refused.
        assert without_comments(text) != format_text(without_comments(text)), "refused a file in fmt's layout"
        assert_fmt_accepts_its_layout(text, rnd)
        return
    assert _format_once(once) == once
    assert format_text(once) == once  # fmt's own output passes fmt's last check too
    noted = with_notes(once, rnd)
    assert format_text(noted) == noted


def test_the_docs_example_is_what_fmt_writes() -> None:
    docs = (REPO / "docs" / "scaffolding.md").read_text(encoding="utf-8")
    start = docs.index("This trait\n")
    before, after = re.findall(r"```yaml\n(.*?)```", docs[start:], re.DOTALL)[:2]
    head = "kind: persona\nid: ola\nname: Ola\n"
    tail = "sources:\n  - id: wywiady\n    type: interview\n"

    def dedent(block: str) -> str:
        return "".join(line[2:] + "\n" for line in block.rstrip("\n").split("\n"))

    assert format_text(head + dedent(before) + tail) == head + dedent(after) + tail
