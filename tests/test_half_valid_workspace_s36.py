"""A document with a schema error, read by the workspace rules (review72): similar-personas (CX103),
trait-overlap (CX203) and mirrored-negative-persona (CX204) now read what its valid parts say, with the
rule the document rules follow (session 35): a finding stands only where the rule read none of the fields
the errors touch. And a `disable=` comment in it naming a rule that ran on those parts and silenced
nothing is unused, as in a valid document (unused-suppression, CX005); one naming a rule that did not
run is not known to be.

Each case lints a workspace twice, with one document broken and with it fixed: the broken one never gets
a finding the fixed one does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.api import lint
from mirrored_helpers import ANTY_PAWEL, NOT_PRIYA, PAWEL_AUDIOFIL, PRIYA_OPS

#: Each document as mirrored_helpers keeps it, reviewed (so that a bad `reviewed` date touches a field it has);
#: the mirrors' first reason silences pseudo-profiling (a comment unused-suppression can judge), and
#: Anty-Paweł says no age or town.
REVIEWED = "reviewed: 2026-11-01\n"
SILENCED = "  # cxkit: disable=pseudo-profiling\n"

PAWEL = PAWEL_AUDIOFIL + REVIEWED

# A near copy of Paweł: similar-personas reports it (the later of the two).
PAWEL_COPY = PAWEL.replace("id: pawel-audiofil\nname: Paweł Czerski", "id: pawel-kopia\nname: Paweł Nowicki")

# Paweł's opposite: mirrored-negative-persona reports it, and trait-overlap its "Płaci BLIK-iem".
MIRROR = (ANTY_PAWEL.replace('demographics: {age: 38, location: "Gdańsk, Wrzeszcz"}\n', "")
          .replace("  - Nie kupuje słuchawek otwartych do 2 500 zł\n",
                   "  - Nie kupuje słuchawek otwartych do 2 500 zł" + SILENCED) + REVIEWED)

PRIYA = PRIYA_OPS + REVIEWED

MIRROR_EN = NOT_PRIYA.replace("  - Doesn't read reviews on G2 before software purchase\n",
                              "  - Doesn't read reviews on G2 before software purchase" + SILENCED) + REVIEWED

BAD_DATE = ("reviewed: 2026-11-01", "reviewed: 2026-13-05")  # no 13th month: only `reviewed` is touched

WORKSPACES = {
    "pl": {"personas/a-pawel.yaml": PAWEL, "personas/b-pawel-kopia.yaml": PAWEL_COPY, "negative/anty-pawel.yaml": MIRROR},
    "en": {"personas/priya.yaml": PRIYA, "negative/not-priya.yaml": MIRROR_EN},
}

#: (language, file broken, what is replaced, by what): a date no calendar has, or a trait list's item that
#: is a list, not a text (so that the field the workspace rule reads is touched).
CASES = [
    ("pl", "negative/anty-pawel.yaml", *BAD_DATE),
    ("pl", "personas/b-pawel-kopia.yaml", *BAD_DATE),
    ("pl", "personas/a-pawel.yaml", *BAD_DATE),
    ("pl", "negative/anty-pawel.yaml", "  - Zamawia w piątek lub sobotę", "  - [Zamawia w piątek lub sobotę]"),
    ("pl", "negative/anty-pawel.yaml", "  - Płaci BLIK-iem\nsources", "  - [Płaci BLIK-iem]\nsources"),
    ("pl", "personas/b-pawel-kopia.yaml", "  - Płaci BLIK-iem", "  - [Płaci BLIK-iem]"),
    ("pl", "personas/a-pawel.yaml", "  - Płaci BLIK-iem", "  - [Płaci BLIK-iem]"),
    ("en", "negative/not-priya.yaml", *BAD_DATE),
    ("en", "personas/priya.yaml", *BAD_DATE),
    ("en", "negative/not-priya.yaml", "  - Never books a demo with vendors", "  - [Never books a demo with vendors]"),
    ("en", "personas/priya.yaml", "  - Pays by card on the monthly plan", "  - [Pays by card on the monthly plan]"),
]

WORKSPACE_RULES = ("similar-personas", "trait-overlap", "mirrored-negative-persona")


def _findings(root: Path, lang: str, broken: str | None = None, old: str = "", new: str = "") -> set[tuple]:
    for name, text in WORKSPACES[lang].items():
        if name == broken:
            assert old in text
            text = text.replace(old, new, 1)
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    # Paths as the workspace names them, in the messages too ("… persona 'priya-ops' (personas/priya.yaml:8 …").
    return {(f.path.replace(str(root), ""), f.line, f.rule, f.message.replace(str(root), ""))
            for f in lint([str(root)], baseline=False)}


@pytest.mark.parametrize(("lang", "broken", "old", "new"), CASES, ids=[f"{c[1]}:{c[3].strip()[:24]}" for c in CASES])
def test_the_broken_document_gets_no_finding_its_fixed_twin_does_not(tmp_path, lang, broken, old, new):
    fixed = _findings(tmp_path / "fixed", lang)
    found = _findings(tmp_path / "broken", lang, broken, old, new)
    assert any(f[2] == "schema" for f in found)
    # On the broken document itself (a finding on another may name another document, as when the broken
    # one could not be read at all: the persona a negative persona mirrors best is then another).
    extra = {f for f in found - fixed if f[2] != "schema" and f[0].endswith(broken)}
    assert extra == set()


@pytest.mark.parametrize(("lang", "broken", "rules"), [
    ("pl", "negative/anty-pawel.yaml", {"trait-overlap", "mirrored-negative-persona", "unused-suppression"}),
    ("pl", "personas/b-pawel-kopia.yaml", {"similar-personas"}),
    ("en", "negative/not-priya.yaml", {"trait-overlap", "mirrored-negative-persona", "unused-suppression"}),
])
def test_what_the_valid_parts_say_is_read(tmp_path, lang, broken, rules):
    # A bad `reviewed` date touches no trait: the workspace rules and the stale comment's report find what
    # they find in the fixed document (before, the broken one's traits were read by none of them).
    fixed = _findings(tmp_path / "fixed", lang)
    found = _findings(tmp_path / "broken", lang, broken, *BAD_DATE)
    on_it = {(line, rule, message) for path, line, rule, message in found if path.endswith(broken) and rule in rules}
    on_fixed = {(line, rule, message) for path, line, rule, message in fixed if path.endswith(broken) and rule in rules}
    assert {rule for _line, rule, _message in on_fixed} == rules
    assert on_it == on_fixed


@pytest.mark.parametrize(("lang", "broken", "old", "new", "rule"), [
    ("pl", "negative/anty-pawel.yaml", "  - Zamawia w piątek lub sobotę", "  - [Zamawia w piątek lub sobotę]",
     "mirrored-negative-persona"),
    ("pl", "negative/anty-pawel.yaml", "  - Płaci BLIK-iem\nsources", "  - [Płaci BLIK-iem]\nsources",
     "trait-overlap"),
    ("pl", "personas/b-pawel-kopia.yaml", "  - Płaci BLIK-iem", "  - [Płaci BLIK-iem]", "similar-personas"),
])
def test_a_rule_reading_a_broken_field_says_nothing_of_the_document(tmp_path, lang, broken, old, new, rule):
    found = _findings(tmp_path, lang, broken, old, new)
    assert not any(path.endswith(broken) and r == rule for path, _line, r, _message in found)


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_comment_naming_a_rule_that_did_not_run_is_not_called_unused(tmp_path, lang):
    # stale-review reads `reviewed`, which the bad date touches: it did not run, so its comment, and one
    # naming `all`, are not known to be unused; pseudo-profiling ran on the reasons, and its comment is.
    # (`all` on the date's line would silence the schema error too: the document would then be read whole;
    # here it stands on the `name:` line. The fixed twin reports all three comments as unused.)
    name = "negative/anty-pawel.yaml" if lang == "pl" else "negative/not-priya.yaml"
    commented = ("reviewed: 2026-11-01", "reviewed: 2026-13-05  # cxkit: disable=stale-review")
    WORKSPACES_ALL = {k: v.replace("\nlang: ", "  # cxkit: disable=all\nlang: ", 1) if k == name else v
                      for k, v in WORKSPACES[lang].items()}
    saved = WORKSPACES[lang]
    WORKSPACES[lang] = WORKSPACES_ALL
    try:
        found = _findings(tmp_path, lang, name, *commented)
    finally:
        WORKSPACES[lang] = saved
    stale = sorted((line, message.split(" suppresses")[0]) for path, line, rule, message in found
                   if path.endswith(name) and rule == "unused-suppression")
    assert [said for _line, said in stale] == ["'disable=pseudo-profiling'"]
