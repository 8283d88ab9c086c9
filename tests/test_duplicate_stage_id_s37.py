"""A stage id written twice is reported in the same round as the journey's other schema errors (session 37,
tester39's L3): the model checks the ids only once every stage is valid, so `awareness` twice showed only
after a bad emotion elsewhere was fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)

JOURNEY = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
stages:
  - id: awareness
    name: Świadomość
    emotion: 5
  - id: consideration
    name: Rozważanie
    emotion: 0
  - id: awareness
    name: Zakup
    emotion: 1
"""


@pytest.mark.parametrize(("lang", "dup"), [
    ("en", "'stages[3rd].id': two stages share the id 'awareness'; ids must be unique within the document"),
    ("pl", "`stages[nr 3].id`: dwa etapy mają to samo id „awareness”; identyfikatory muszą być niepowtarzalne w "
           "dokumencie"),
])
def test_a_duplicate_stage_id_is_told_beside_a_bad_emotion_s37(ws: Path, lang: str, dup: str) -> None:
    (ws / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (ws / "j.yaml").write_text(JOURNEY, encoding="utf-8")
    found = lint("--select", "CX002", "j.yaml")[1]
    assert [(f["line"], f["column"]) for f in found] == [(8, 14), (12, 9)]
    assert found[1]["message"] == dup
    # Fixed, the emotion leaves the same finding, told by the model itself.
    (ws / "j.yaml").write_text(JOURNEY.replace("emotion: 5", "emotion: 1"), encoding="utf-8")
    assert [(f["line"], f["column"], f["message"]) for f in lint("--select", "CX002", "j.yaml")[1]] == [(12, 9, dup)]


def test_a_duplicate_the_model_tells_beside_another_error_is_told_once_s37(ws: Path) -> None:
    # The sources are valid items, so the model tells their duplicate beside the bad date: not told twice.
    text = ("kind: persona\nid: tom\nname: Tom\nreviewed: 2026-13-01\nsources:\n  - id: interviews\n    type: interview\n"
            "  - id: interviews\n    type: survey\n")
    (ws / "p.yaml").write_text(text, encoding="utf-8")
    found = lint("--select", "CX002", "p.yaml")[1]
    assert [(f["line"], f["column"]) for f in found] == [(4, 11), (8, 9)]
    assert found[1]["message"] == ("'sources[2nd].id': two sources share the id 'interviews'; ids must be unique "
                                   "within the document")


def test_distinct_ids_beside_a_bad_emotion_give_no_duplicate_s37(ws: Path) -> None:
    (ws / "j.yaml").write_text(JOURNEY.replace("  - id: awareness\n    name: Zakup", "  - id: purchase\n    name: Zakup"),
                               encoding="utf-8")
    assert [(f["line"], f["column"]) for f in lint("--select", "CX002", "j.yaml")[1]] == [(8, 14)]
