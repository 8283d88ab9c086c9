"""Set-ups of the rule plugin tests: a persona to lint, an installed plugin's dist-info, a fresh registry (session 32),
and an owner-required rule to register or install."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cxkit.lint import plugins
from cxkit.lint import rule as rule_module

PERSONA_PL = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
owner: Zespół CX (Anna Żak)
summary: Biegaczka z Krakowa, która co pół roku kupuje nowe buty do biegania po górach.
goals:
  - Przebiec Bieg Rzeźnika w 2027 roku poniżej 14 godzin
"""
#: Mark, an English persona with an owner, beside Ola in the workspaces of the plugin tests (sessions 32 and 40).
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


def dist_info(folder: Path, dist: str, version: str, entry_point: str) -> Path:
    """The dist-info pip leaves in ``folder`` for ``dist`` ``version``: METADATA, and entry_points.txt
    declaring ``entry_point`` (``name = module:Class``) in the `cxkit.rules` group. Returns its folder."""
    info = folder / f"{dist.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[cxkit.rules]\n{entry_point}\n", encoding="utf-8")
    return info


def forget_plugins(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    """The rule registry as a new process starts with it: cxkit's own rules only, no plugin found yet,
    the plugin's ``module`` not imported."""
    monkeypatch.setattr(rule_module, "_REGISTRY", {n: c for n, c in rule_module._REGISTRY.items() if rule_module._is_own(c)})
    monkeypatch.setattr(rule_module, "_PLUGIN_RULES", None)
    monkeypatch.setattr(plugins, "_FOUND", None)
    monkeypatch.setattr(plugins, "_GIVEN", [], raising=False)  # the paths earlier commands were given
    monkeypatch.delenv("_CXKIT_GIVEN_FOLDERS", raising=False)
    monkeypatch.delitem(sys.modules, module, raising=False)


def plugin_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str) -> Path:
    """A workspace in ``tmp_path``/ws holding PERSONA_PL, the current folder, on a fixed day; an empty
    ``tmp_path``/site-packages first on sys.path, where the test installs the plugin ``module``; the rule
    registry as a new process has it. Returns the site-packages folder."""
    ws = tmp_path / "ws"
    (ws / "personas").mkdir(parents=True)
    (ws / "cxkit.toml").write_text("", encoding="utf-8")
    (ws / "personas" / "ola-biegaczka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    site = tmp_path / "site-packages"
    site.mkdir()
    rule_module.all_rules()
    forget_plugins(monkeypatch, module)
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.chdir(ws)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    return site


def owner_rule_source(code: str, on_check: str = "") -> str:
    """The source of a module whose rule ``OwnerRequired`` (owner-required, ``code``) finds a document with no
    `owner` at 1:1; ``on_check``, lines indented for the body of its ``check``, run first on every check (a
    plugin's lazy import)."""
    return f'''\
from typing import ClassVar

from cxkit.lint.finding import Hit, Severity
from cxkit.lint.rule import Rule


class OwnerRequired(Rule):
    """Every document names an owner.

    The dashboard groups documents by owner.

    Why: a document nobody owns goes stale.

    Bad:
        kind: persona

    Good:
        owner: Zespół CX
    """

    code: ClassVar[str] = "{code}"
    name: ClassVar[str] = "owner-required"
    severity: ClassVar[Severity] = Severity.warning

    def check(self, doc):
{on_check}        model = getattr(doc, "model", None)
        if model is not None and not getattr(model, "owner", None):
            yield Hit(1, 1, "no owner")
'''


def owner_rule(code: str) -> type[rule_module.Rule]:
    """The class of :func:`owner_rule_source`, defined in this module (so the lint cache's key hashes this
    file as that of a rule a script registers), not registered."""
    namespace: dict[str, object] = {"__name__": __name__}
    exec(owner_rule_source(code), namespace)
    return namespace["OwnerRequired"]  # type: ignore[return-value]
