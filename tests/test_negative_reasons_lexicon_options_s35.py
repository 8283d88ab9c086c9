"""negative-without-reasons (CX202) calls a reason generic as pseudo-profiling (CX101) does with the team's
own `[rules.pseudo-profiling]` table: a phrase it allows is a reason, a phrase it adds is generic, whether
or not pseudo-profiling runs; with no such table it reads the shipped lexicons, as before."""

from __future__ import annotations

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint

NEGATIVES = {
    "en": """kind: negative-persona
id: nick
name: Nick Neg
lang: en
reasons:
  - Not interested in our products
  - {reason}
sources: [{{id: s, type: interview, date: 2026-09-01, n: 12}}]
reviewed: 2026-11-01
""",
    "pl": """kind: negative-persona
id: nina
name: Nina Neg
lang: pl
reasons:
  - Nie jest naszą grupą docelową
  - {reason}
sources: [{{id: s, type: interview, date: 2026-09-01, n: 12}}]
reviewed: 2026-11-01
""",
}
GENERIC = {"en": "Price sensitive", "pl": "Wrażliwa na cenę"}
PLAIN = {"en": "Wants more features", "pl": "Chce więcej funkcji"}
ALLOW = ["price sensitive", "wrażliw* na cen*"]
EXTEND = ["wants more features", "chce więcej funkcji"]


def _cx202(tmp_path, monkeypatch, lang: str, reason: str, table: dict | None, select=("negative-without-reasons",)):
    (tmp_path / "n.yaml").write_text(NEGATIVES[lang].format(reason=reason), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config = Config(root=tmp_path, rules={"pseudo-profiling": table} if table is not None else {})
    return [f.message for f in lint(["."], config, Selection(select=select)).findings if f.code == "CX202"]


@pytest.mark.parametrize("lang", ["en", "pl"])
@pytest.mark.parametrize("table", [
    {"allow": ALLOW},
    {"allow": ALLOW, "enabled": False},
], ids=["allow", "allow-rule-off"])
def test_a_reason_the_team_allows_is_a_reason(tmp_path, monkeypatch, lang, table):
    assert _cx202(tmp_path, monkeypatch, lang, GENERIC[lang], table) == []


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_reason_the_team_allows_is_a_reason_in_a_run_of_both_rules(tmp_path, monkeypatch, lang):
    assert _cx202(tmp_path, monkeypatch, lang, GENERIC[lang], {"allow": ALLOW},
                  select=("negative-without-reasons", "pseudo-profiling")) == []


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_phrase_the_team_adds_is_generic_here_too(tmp_path, monkeypatch, lang):
    messages = _cx202(tmp_path, monkeypatch, lang, PLAIN[lang], {"extend": EXTEND})
    assert len(messages) == 1 and messages[0].endswith(
        "; the others are generic; say why from research (price, a substitute, not eligible, too complicated, "
        "impulse buying, what stops them)")


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_without_the_teams_table_the_shipped_lexicons_decide(tmp_path, monkeypatch, lang):
    assert len(_cx202(tmp_path, monkeypatch, lang, GENERIC[lang], None)) == 1
    assert _cx202(tmp_path, monkeypatch, lang, PLAIN[lang], None) == []
    assert len(_cx202(tmp_path, monkeypatch, lang, GENERIC[lang], {"allow": ["cheap*"]})) == 1
