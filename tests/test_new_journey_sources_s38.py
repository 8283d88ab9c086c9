"""`cxkit new journey` gives the map a `sources:` slot, as the persona templates give theirs (session 38).

journey-without-sources (CX305, opt-in) asks a map to name the research it rests on; the journey templates
told the author to base the map on research but had no place for it, so every new map was reported the
moment a team turned CX305 on.  The slot is the persona's: one `interview` source whose `note` is a TODO
(the placeholder rule, CX501, asks for it like any other), its date and size commented out, after the
`# reviewed:` line (fmt's order for a journey: `reviewed`, then `sources`), with a comment on how a barrier
cites it.  A fresh scaffold gains that one placeholder and nothing else: no error, no CX302, fmt-clean.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

CASES = [  # (lang, stages, the slot's source id, the note's placeholder)
    ("pl", "funnel", "wywiady", "TODO: co zrobiono, z kim i gdzie leżą notatki"),
    ("pl", "service", "wywiady", "TODO: co zrobiono, z kim i gdzie leżą notatki"),
    ("en", "funnel", "interviews", "TODO: what was done, with whom, and where the notes are"),
    ("en", "service", "interviews", "TODO: what was done, with whom, and where the notes are"),
]


def _new_journey(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, stages: str) -> Path:
    enter_workspace(tmp_path, monkeypatch, config=f'lang = "{lang}"\n', today="2026-12-07")
    name = "Kasia zakłada konto firmowe" if lang == "pl" else "Dan opens a business account"
    persona = "Kasia Nowak" if lang == "pl" else "Dan Reed"
    assert run_cli("new", "persona", persona, "--no-input", "--dir", ".").exit_code == 0
    made = run_cli("new", "journey", name, "--persona", "kasia-nowak" if lang == "pl" else "dan-reed",
                   "--stages", stages, "--no-input", "--dir", ".")
    assert made.exit_code == 0, made.stderr
    return tmp_path / made.stdout.strip()


def _lint(*args: str) -> list[dict]:
    result = run_cli("lint", "--no-cache", "-f", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(("lang", "stages", "source", "note"), CASES)
def test_a_new_journey_has_a_sources_slot_that_cx305_accepts_s38(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  lang: str, stages: str, source: str,
                                                                  note: str) -> None:
    path = _new_journey(tmp_path, monkeypatch, lang, stages)
    text = path.read_text(encoding="utf-8")
    # The slot, where fmt keeps it (after `reviewed`, before `stages`), with its guidance.
    assert text.index("# reviewed: 2026-12-07") < text.index("\nsources:\n") < text.index("\nstages:\n")
    assert f"sources:\n  - id: {source}\n    type: interview\n" in text and f'note: "{note}"' in text
    assert f"`sources: [{source}]`" in text, "the comment shows how a barrier cites the slot's id"
    # Turned on, CX305 has nothing to say of a fresh map; its rule runs (the same map without the slot is told).
    assert [f["code"] for f in _lint("--select", "journey-without-sources", path.name)] == []
    start = text.index("\nsources:\n") + 1
    end = text.index("\n# ", start) + 1
    bare = path.with_name("bare.yaml")
    bare.write_text(text[:start] + text[end:], encoding="utf-8")
    assert [f["code"] for f in _lint("--select", "journey-without-sources", bare.name)] == ["CX305"]


@pytest.mark.parametrize(("lang", "stages", "source", "note"), CASES)
def test_the_slot_adds_one_placeholder_and_nothing_else_s38(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            lang: str, stages: str, source: str, note: str) -> None:
    path = _new_journey(tmp_path, monkeypatch, lang, stages)
    findings = _lint(path.name)
    assert {f["severity"] for f in findings} == {"warning"}, "no error: a fresh scaffold fails on nothing new"
    assert {f["code"] for f in findings} == {"CX501", "CX303"}, "the TODOs and the undated review, as before"
    told = [f for f in findings if f["data_path"].startswith("sources")]
    assert [(f["code"], f["data_path"]) for f in told] == [("CX501", f"sources[{source}].note")]
    # fmt keeps the template as it is, and so once `reviewed` is uncommented (its place is before `sources`).
    assert run_cli("fmt", "--check", path.name).exit_code == 0
    text = path.read_text(encoding="utf-8").replace("# reviewed: 2026-12-07", "reviewed: 2026-12-07", 1)
    path.write_text(text, encoding="utf-8")
    assert run_cli("fmt", "--check", path.name).exit_code == 0
    # A barrier that cites the slot's id, as its comment shows, is no unknown source.
    cited = text.replace('      - "TODO: ', f'      - sources: [{source}]\n        text: "TODO: ', 1)
    assert cited != text
    path.write_text(cited, encoding="utf-8")
    assert [f for f in _lint("--select", "unknown-source", path.name)] == []
