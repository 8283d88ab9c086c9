"""`cxkit.api.lint_text(text)` with no path is linted under the current folder's config, so the current folder's
checkout is the one it lints: a plugin the program loaded from that checkout earlier (while it stood elsewhere)
refuses the call, as `lint(["personas"])` from the same folder is refused (session 34 review)."""

from __future__ import annotations

from pathlib import Path

import pytest

import cxkit
from cxkit import api
from cxkit.lint import rule as rule_module
from plugin_helpers import PERSONA_PL, dist_info, forget_plugins

PLUGIN = """\
from typing import ClassVar
from cxkit.lint.finding import Hit, Severity
from cxkit.lint.rule import Rule


class Brief(Rule):
    \"\"\"Every persona links the agency's brief.\"\"\"

    code: ClassVar[str] = "BRIEF2"
    name: ClassVar[str] = "agency-brief"
    severity: ClassVar[Severity] = Severity.info

    def check(self, doc):
        yield Hit(1, 1, "no brief linked")
"""


def workspace(folder: Path) -> Path:
    (folder / "personas").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (folder / "personas" / "ola-biegaczka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    return folder


@pytest.fixture
def setup(tmp_path, monkeypatch):
    """Checkout A, whose src/ (on the program's sys.path) holds a plugin; workspace B; the program in a third folder."""
    a = workspace(tmp_path / "agencja")
    b = workspace(tmp_path / "team")
    dist_info(a / "src", "agency-brief-rules", "0.4", "brief = agency_brief_rules:Brief")
    (a / "src" / "agency_brief_rules.py").write_text(PLUGIN, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    rule_module.all_rules()
    forget_plugins(monkeypatch, "agency_brief_rules")
    monkeypatch.setattr(cxkit, "_START_FOLDER", str(home), raising=False)
    monkeypatch.setattr(cxkit, "_FIRST_FOLDER", str(home), raising=False)
    monkeypatch.chdir(home)
    monkeypatch.syspath_prepend(str(a / "src"))
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    return a, b


def codes(findings) -> set[str]:
    return {f.code for f in findings}


def test_a_text_with_no_path_in_the_plugin_s_checkout_is_refused(setup, monkeypatch):
    """Fails before: the text was linted under A's config with A's plugin (BRIEF2 in the findings)."""
    a, b = setup
    assert "BRIEF2" in codes(api.lint([str(b)]))
    monkeypatch.chdir(a)
    with pytest.raises(api.CxkitError, match=r"agency-brief-rules 0\.4 was loaded from .*agencja.src"):
        api.lint(["personas"])
    with pytest.raises(api.CxkitError, match=r"agency-brief-rules 0\.4 was loaded from .*agencja.src"):
        api.lint_text(PERSONA_PL)


def test_a_text_with_no_path_elsewhere_goes_on_with_the_plugin(setup, monkeypatch):
    """Guard: in B (or with a config given), a text with no path is linted with the plugin, as before."""
    a, b = setup
    assert "BRIEF2" in codes(api.lint([str(b)]))
    monkeypatch.chdir(b)
    assert "BRIEF2" in codes(api.lint_text(PERSONA_PL))
    monkeypatch.chdir(a)
    assert "BRIEF2" in codes(api.lint_text(PERSONA_PL, config=str(b / "cxkit.toml")))
