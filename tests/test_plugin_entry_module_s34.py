"""A plugin whose entry point's module is in a checkout refuses a later `cxkit.api` call on that checkout even when
its rule class is defined elsewhere (session 34 review): the refusal checks what the look before the import
checks, the module the entry point names, not only the module the class says it is from."""

from __future__ import annotations

import pytest

import cxkit
from cxkit import api
from cxkit.lint import rule as rule_module
from plugin_helpers import PERSONA_PL, dist_info, forget_plugins

#: Installed normally (site-packages): the rule itself.
CORE = """\
from typing import ClassVar
from cxkit.lint.finding import Hit, Severity
from cxkit.lint.rule import Rule


class Planted(Rule):
    \"\"\"A rule a shim in the checkout re-exports.\"\"\"

    code: ClassVar[str] = "SHIM3"
    name: ClassVar[str] = "shim-planted"
    severity: ClassVar[Severity] = Severity.info

    def check(self, doc):
        yield Hit(1, 1, "from the shim")
"""


def workspace(folder):
    (folder / "personas").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (folder / "personas" / "ola-biegaczka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    return folder


@pytest.fixture
def setup(tmp_path, monkeypatch):
    """The plugin's metadata and the class's module in site-packages; the entry point's module, a shim, in
    checkout A's src/ (on sys.path, as an editable install's finder reaches it)."""
    a = workspace(tmp_path / "agencja")
    b = workspace(tmp_path / "zespol")
    site = tmp_path / "site-packages"
    dist_info(site, "shim-rules", "3.0", "planted = shim_entry:Planted")
    (site / "shim_core.py").write_text(CORE, encoding="utf-8")
    (a / "src").mkdir()
    (a / "src" / "shim_entry.py").write_text("from shim_core import Planted  # noqa: F401\n", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    rule_module.all_rules()
    forget_plugins(monkeypatch, "shim_entry")
    monkeypatch.delitem(__import__("sys").modules, "shim_core", raising=False)
    monkeypatch.setattr(cxkit, "_START_FOLDER", str(home), raising=False)
    monkeypatch.setattr(cxkit, "_FIRST_FOLDER", str(home), raising=False)
    monkeypatch.chdir(home)
    monkeypatch.syspath_prepend(str(a / "src"))
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    return a, b


def test_a_call_on_the_checkout_of_the_entry_point_s_module_is_refused(setup):
    """Fails before: the class's module (site-packages) and the metadata's place were checked, not the entry
    point's module, so checkout A, whose shim_entry.py ran at the import, was linted with the plugin."""
    a, b = setup
    assert "SHIM3" in {f.code for f in api.lint([str(b)])}
    with pytest.raises(api.CxkitError, match=r"shim-rules 3\.0 was loaded from .*agencja.src.shim_entry\.py"):
        api.lint([str(a)])
    assert "SHIM3" in {f.code for f in api.lint([str(b)])}  # B goes on with it
