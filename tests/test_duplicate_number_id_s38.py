"""A number written twice as an id (`id: 1`) is reported beside the document's other schema errors, as a text id is
(session 38): the early duplicate-id check took only text ids, while the model reads `1` as the text '1', so
two stages `id: 1` showed as duplicates only once a bad emotion elsewhere was fixed."""

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
  - id: {first}
    name: Świadomość
    emotion: 5
  - id: {second}
    name: Zakup
    emotion: 1
sources:
  - id: {source}
    type: interview
  - id: 7
    type: survey
"""


@pytest.mark.parametrize(("first", "second"), [("1", "1"), ("1", '"1"'), ('"1"', "1"), ("2026", "2026")])
@pytest.mark.parametrize(("lang", "dup"), [
    ("en", "'stages[2nd].id': two stages share the id '{id}'; ids must be unique within the document"),
    ("pl", "`stages[nr 2].id`: dwa etapy mają to samo id „{id}”; identyfikatory muszą być niepowtarzalne w dokumencie"),
])
def test_a_number_id_twice_is_told_beside_a_bad_emotion_s38(ws: Path, lang, dup, first, second) -> None:
    (ws / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (ws / "j.yaml").write_text(JOURNEY.format(first=first, second=second, source="s1"), encoding="utf-8")
    found = lint("--select", "CX002", "j.yaml")[1]
    assert [(f["line"], f["column"]) for f in found] == [(8, 14), (9, 9)]
    assert found[1]["message"] == dup.format(id=first.strip('"'))


def test_a_number_source_id_twice_is_told_and_different_numbers_are_not_s38(ws: Path) -> None:
    (ws / "j.yaml").write_text(JOURNEY.format(first="1", second="2", source="7"), encoding="utf-8")
    found = lint("--select", "CX002", "j.yaml")[1]
    assert [(f["line"], f["column"], f["message"]) for f in found] == [
        (8, 14, found[0]["message"]),
        (15, 9, "'sources[2nd].id': two sources share the id '7'; ids must be unique within the document")]
    (ws / "j.yaml").write_text(JOURNEY.format(first="1", second="2", source="8"), encoding="utf-8")
    assert [(f["line"], f["column"]) for f in lint("--select", "CX002", "j.yaml")[1]] == [(8, 14)]
