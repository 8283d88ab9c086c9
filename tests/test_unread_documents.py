"""A document that cannot be read gets its own finding, and no misleading ones in the files around it.

A persona with a YAML error made its journey say "persona does not exist ... no personas were
found", and a broken negative persona made the workspace "have no negative persona".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint

RULES = ("yaml-syntax", "unknown-persona", "missing-negative-persona")

BROKEN_PERSONA = "kind: persona\nid: zla-persona\nname: Zła\ngoals: [Kupić rower Kross do 3000 zł\n"
BROKEN_NO_ID = "kind: persona\nname: Zła\n  id: zla-persona\ngoals: [Kupić rower\n"
BROKEN_NEGATIVE = "kind: negative-persona\nid: nie-klient\nname: Nie\nreasons: *nie-ma-takiej-kotwicy\n"
PERSONA = "kind: persona\nid: ola\nname: Ola\ngoals: [Kupić rower Kross do 3000 zł przed majówką]\n"
NEGATIVE = "kind: negative-persona\nid: janusz\nname: Janusz\nreasons: [Kupuje tylko używane rowery na OLX]\n"
JOURNEY = ("kind: journey\nid: j\nname: J\npersona: {ref}\nstages:\n  - id: zakup\n    name: Zakup\n"
           "  - id: po-zakupie\n    name: Po zakupie\n")


def _lint(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], *, cache: bool = False) -> list[tuple[str, str, str]]:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(root)
    found = lint(["."], Config(root=root, source=root / "cxkit.toml"), Selection(select=RULES), jobs=1, cache=cache).findings
    return [(f.path, f.rule, f.message) for f in found]


def test_a_journey_of_a_persona_whose_file_is_broken_gets_no_unknown_persona(tmp_path, monkeypatch):
    files = {"personas/zla.yaml": BROKEN_PERSONA, "personas/janusz.yaml": NEGATIVE,
             "journeys/j.yaml": JOURNEY.format(ref="zla-persona")}
    found = _lint(tmp_path, monkeypatch, files)
    assert [(path, rule) for path, rule, _ in found] == [("personas/zla.yaml", "yaml-syntax")]


def test_the_cache_keeps_what_a_broken_file_said_it_was(tmp_path, monkeypatch):
    files = {"personas/zla.yaml": BROKEN_PERSONA, "personas/janusz.yaml": NEGATIVE,
             "journeys/j.yaml": JOURNEY.format(ref="zla-persona")}
    first = _lint(tmp_path, monkeypatch, files, cache=True)
    (tmp_path / "journeys/j.yaml").write_text(JOURNEY.format(ref="zla-persona") + "# zmiana\n", encoding="utf-8")
    assert _lint(tmp_path, monkeypatch, {}, cache=True) == first  # the broken persona's result comes from the cache


def test_a_persona_that_is_really_missing_is_still_reported(tmp_path, monkeypatch):
    files = {"personas/zla.yaml": BROKEN_PERSONA, "personas/ola.yaml": PERSONA, "personas/janusz.yaml": NEGATIVE,
             "journeys/j.yaml": JOURNEY.format(ref="kasia-nie-istnieje")}
    found = _lint(tmp_path, monkeypatch, files)
    assert ("journeys/j.yaml", "unknown-persona",
            "persona 'kasia-nie-istnieje' does not exist in the workspace") in found


def test_a_broken_file_whose_id_cannot_be_told_is_named_as_where_the_persona_may_be(tmp_path, monkeypatch):
    files = {"personas/zla.yaml": BROKEN_NO_ID, "personas/janusz.yaml": NEGATIVE,
             "journeys/j.yaml": JOURNEY.format(ref="zla-persona")}
    found = _lint(tmp_path, monkeypatch, files)
    assert ("journeys/j.yaml", "unknown-persona",
            "persona 'zla-persona' does not exist in the workspace; it may be in a file that could not be read "
            "(personas/zla.yaml)") in found


def test_a_broken_negative_persona_is_no_missing_negative_persona(tmp_path, monkeypatch):
    files = {"personas/ola.yaml": PERSONA, "personas/nie.yaml": BROKEN_NEGATIVE}
    found = _lint(tmp_path, monkeypatch, files)
    assert [(path, rule) for path, rule, _ in found] == [("personas/nie.yaml", "yaml-syntax")]


def test_without_any_negative_persona_the_finding_stays(tmp_path, monkeypatch):
    files = {"personas/ola.yaml": PERSONA, "personas/zla.yaml": BROKEN_PERSONA}
    found = _lint(tmp_path, monkeypatch, files)
    assert [rule for _path, rule, _ in found] == ["missing-negative-persona", "yaml-syntax"]


def test_a_broken_persona_whose_error_is_ignored_does_not_vouch_for_a_reference(tmp_path, monkeypatch):
    # With yaml-syntax ignored, nothing would report the broken file, nor the reference to it.
    files = {"personas/zla.yaml": BROKEN_PERSONA, "personas/janusz.yaml": NEGATIVE,
             "journeys/j.yaml": JOURNEY.format(ref="zla-persona")}
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path), Selection(select=RULES, ignore=("yaml-syntax",)), jobs=1).findings
    assert [(f.path, f.rule) for f in found] == [("journeys/j.yaml", "unknown-persona")]


@pytest.mark.parametrize(("raw", "expected"), [
    (b"\xef\xbb\xbfkind: negative-persona\nid: jan\nname: Jan\nreasons: [x\n", ("negative-persona", "jan")),
    (b"kind: persona\r\nid: ola\r\nname: Ola\r\ngoals: [x\r\n", ("persona", "ola")),
    (b"kind: persona\r\nid: 'ola'  # z wywiadu\r\ngoals: [x\r\n", ("persona", "ola")),
    ("kind: persona\nid: ola\n".encode("utf-16"), ("persona", "ola")),
])
def test_a_broken_files_kind_and_id_are_read_with_a_bom_crlf_or_in_utf16(raw, expected):
    from cxkit.workspace import unread_identity

    assert unread_identity(raw) == expected


def test_a_broken_journey_does_not_stand_for_a_persona_of_its_id(tmp_path, monkeypatch):
    broken_journey = "kind: journey\nid: olka\nname: [Zła\n"
    files = {"personas/janusz.yaml": NEGATIVE, "personas/ola.yaml": PERSONA, "journeys/zla.yaml": broken_journey,
             "journeys/j.yaml": JOURNEY.format(ref="olka")}
    found = _lint(tmp_path, monkeypatch, files)
    assert ("journeys/j.yaml", "unknown-persona") in [(path, rule) for path, rule, _ in found]
