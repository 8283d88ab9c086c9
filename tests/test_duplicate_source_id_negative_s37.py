"""A negative persona's source id written twice is reported in the same round as its other schema errors, as a
persona's and a journey's are since c2053ac3 (s37, review of c2053ac3: the list of kinds left out the
negative persona, so `i1` twice showed only after a bad `type` elsewhere was fixed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_cli_helpers import lint, ws  # noqa: F401  (the fixture)

NEGATIVE = """\
kind: {kind}
id: student-na-budzecie
name: Student na budżecie
{field}:
  - Nie kupuje słuchawek droższych niż 200 zł
sources:
  - {{id: wywiady-2026, type: interview, date: 2026-10-01, n: 12}}
  - {{id: wywiady-2026, type: {type}, date: 2026-10-02, n: 400}}
"""


@pytest.mark.parametrize(("lang", "dup"), [
    ("en", "'sources[2nd].id': two sources share the id 'wywiady-2026'; ids must be unique within the document"),
    ("pl", "`sources[nr 2].id`: dwa źródła mają to samo id „wywiady-2026”; identyfikatory muszą być niepowtarzalne "
           "w dokumencie"),
])
@pytest.mark.parametrize(("kind", "field"), [("negative-persona", "reasons"), ("persona", "goals")])
def test_a_duplicate_source_id_is_told_beside_a_bad_type_s37(ws: Path, lang: str, dup: str, kind: str,
                                                              field: str) -> None:
    (ws / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (ws / "n.yaml").write_text(NEGATIVE.format(kind=kind, field=field, type="ankieta-online"), encoding="utf-8")
    found = lint("--select", "CX002", "n.yaml")[1]
    assert [(f["line"], f["column"]) for f in found] == [(8, 10), (8, 30)]
    assert found[0]["message"] == dup
    # The same finding once the type is fixed, where the model itself tells it.
    (ws / "n.yaml").write_text(NEGATIVE.format(kind=kind, field=field, type="survey"), encoding="utf-8")
    assert [(f["line"], f["column"], f["message"]) for f in lint("--select", "CX002", "n.yaml")[1]] == [(8, 10, dup)]
