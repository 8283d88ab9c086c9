"""Rules beyond cxkit's own: the lint cache's key covers them, and installed plugins (`cxkit.rules`).

A rule a script registers itself, or one an installed package declares under the `cxkit.rules`
entry-point group, is part of the key of every cached result: adding, changing or removing one makes
the next run check the files again instead of answering from results computed without it.
"""

from __future__ import annotations

import json
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint import rule as rule_module
from cxkit.lint.finding import Hit, Severity
from cxkit.lint.rule import Rule

PERSONA_PL = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
summary: Biegaczka z Krakowa, która co pół roku kupuje nowe buty do biegania po górach.
goals:
  - Przebiec Bieg Rzeźnika w 2027 roku poniżej 14 godzin
"""
PERSONA_EN = """\
kind: persona
id: mark-commuter
name: Mark Evans
lang: en
owner: Growth team (Priya Shah)
summary: A Leeds commuter who buys a folding bike after two months of late trains.
goals:
  - Get to the office in under 35 minutes door to door
"""


class OwnerRequired(Rule):
    """Every document names an owner.

    The dashboard groups documents by owner.

    Why: a document nobody owns goes stale.

    Bad:
        kind: persona

    Good:
        owner: Zespół CX
    """

    code: ClassVar[str] = "ACME901"
    name: ClassVar[str] = "owner-required"
    severity: ClassVar[Severity] = Severity.warning

    def check(self, doc):
        model = getattr(doc, "model", None)
        if model is not None and not getattr(model, "owner", None):
            yield Hit(1, 1, "no owner")


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    ws = tmp_path / "ws"
    (ws / "personas").mkdir(parents=True)
    (ws / "cxkit.toml").write_text("", encoding="utf-8")
    (ws / "personas" / "ola-biegaczka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (ws / "personas" / "mark-commuter.yaml").write_text(PERSONA_EN, encoding="utf-8")
    monkeypatch.chdir(ws)
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # trust the times of files just written
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    monkeypatch.setenv("COLUMNS", "120")
    return ws


def codes(*args: str) -> list[str]:
    result = CliRunner().invoke(app, ["lint", "-f", "json", *args, "."])
    assert result.exit_code in (0, 1), result.output
    return sorted(f["code"] for f in json.loads(result.stdout))


def test_a_rule_registered_after_a_cached_run_is_not_answered_from_the_cache(workspace, monkeypatch):
    """Fails before: the warm run answered from the whole-run entry stored without the rule (0 findings, not 1)."""
    assert "ACME901" not in codes()  # stores the run in the cache
    monkeypatch.setitem(rule_module._REGISTRY, OwnerRequired.name, OwnerRequired)
    assert codes().count("ACME901") == 1
    assert codes("--no-cache").count("ACME901") == 1


def test_a_rule_removed_after_a_cached_run_is_no_longer_reported(workspace, monkeypatch):
    """Fails before: the run stored with the rule was served after it was gone."""
    with monkeypatch.context() as patch:
        patch.setitem(rule_module._REGISTRY, OwnerRequired.name, OwnerRequired)
        assert codes().count("ACME901") == 1
    assert "ACME901" not in codes()


def test_the_same_rules_keep_the_cache_warm(workspace, monkeypatch):
    """Guard: the key is stable, so a second identical run is answered from the cache."""
    monkeypatch.setitem(rule_module._REGISTRY, OwnerRequired.name, OwnerRequired)
    first = codes()
    from cxkit.lint import cache

    calls = []
    real = cache.CachedRun.findings
    monkeypatch.setattr(cache.CachedRun, "findings", lambda self: calls.append(1) or real(self))
    monkeypatch.setattr(cache.CachedRun, "output", lambda self, *a, **k: calls.append(1) or None)
    assert codes() == first
    assert calls, "the second run did not come from the cache"
