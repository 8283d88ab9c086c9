"""Rules beyond cxkit's own: the lint cache's key covers them, and installed plugins (`cxkit.rules`).

A rule a script registers itself, or one an installed package declares under the `cxkit.rules`
entry-point group, is part of the key of every cached result: adding, changing or removing one makes
the next run check the files again instead of answering from results computed without it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint import rule as rule_module

from plugin_helpers import PERSONA_EN, owner_rule
from plugin_helpers import PERSONA_PL as OLA

#: Ola without an owner: what the owner-required rule reports.
PERSONA_PL = OLA.replace("owner: Zespół CX (Anna Żak)\n", "")
assert PERSONA_PL != OLA

#: A rule a script registers itself (plugin_helpers.py is the module the cache's key hashes).
OwnerRequired = owner_rule("ACME901")


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


# --- installed plugins: the `cxkit.rules` entry-point group ---------------------------------------------

EXAMPLE = Path(__file__).parent / "data" / "plugins" / "acme-cx-rules"


def install(site: Path, dist: str, version: str, entry_points: str, modules: dict[str, str]) -> None:
    """Install a distribution as pip would leave it in site-packages: its modules and a dist-info."""
    info = site / f"{dist.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")
    for name, text in modules.items():
        (site / f"{name}.py").write_text(text, encoding="utf-8")


def example_entry_points() -> str:
    """The `[project.entry-points."cxkit.rules"]` table of the example's pyproject.toml, as pip writes it."""
    text = (EXAMPLE / "pyproject.toml").read_text(encoding="utf-8")
    table = text.split('[project.entry-points."cxkit.rules"]', 1)[1].strip().splitlines()
    return "[cxkit.rules]\n" + "\n".join(line.replace('"', "") for line in table) + "\n"


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A site-packages folder on sys.path, and cxkit's registry and plugin scan as if the process had just started."""
    from cxkit.lint import plugins

    rule_module.all_rules()  # cxkit's own rules registered before the registry is copied
    monkeypatch.setattr(rule_module, "_REGISTRY", {n: c for n, c in rule_module._REGISTRY.items() if rule_module._is_own(c)})
    monkeypatch.setattr(rule_module, "_PLUGIN_RULES", None)
    monkeypatch.setattr(plugins, "_FOUND", None)
    where = tmp_path / "site-packages"
    where.mkdir()
    monkeypatch.syspath_prepend(str(where))
    for name in ("acme_cx_rules", "broken_cx_rules", "clashing_cx_rules"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    return where


def install_example(site: Path, version: str = "1.2.0") -> None:
    install(site, "acme-cx-rules", version, example_entry_points(),
            {"acme_cx_rules": (EXAMPLE / "acme_cx_rules.py").read_text(encoding="utf-8")})


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_an_installed_plugin_s_rule_is_linted_listed_and_explained(workspace, site):
    """Fails before: an entry point in `cxkit.rules` was never read (no ACME101 finding, not listed)."""
    install_example(site)
    result = invoke("lint", "-f", "json", ".")
    found = [f for f in json.loads(result.stdout) if f["code"] == "ACME101"]
    assert [(f["path"], f["line"], f["column"]) for f in found] == [("personas/ola-biegaczka.yaml", 1, 1)]
    assert found[0]["message"].startswith("the document names no owner")
    listed = invoke("rules").stdout.splitlines()
    assert [line.split()[:3] for line in listed if "ACME101" in line] == [["ACME101", "owner-required", "warning"]]
    assert "acme-cx-rules 1.2.0" in next(line for line in listed if "ACME101" in line)
    explained = invoke("rule", "ACME101")
    assert explained.exit_code == 0 and "A document nobody owns is never reviewed" in explained.stdout
    # configured like any rule, by its name
    (workspace / "cxkit.toml").write_text('ignore = ["owner-required"]\n', encoding="utf-8")
    assert "ACME101" not in codes()


def test_installing_upgrading_and_removing_a_plugin_reaches_a_warm_cache(workspace, site):
    """Fails before: the plugin was never loaded; with it loaded but unkeyed, the cache kept serving the old run."""
    assert "ACME101" not in codes()  # stored without any plugin
    install_example(site)
    from cxkit.lint import plugins

    plugins._FOUND, rule_module._PLUGIN_RULES = None, None  # as in a new process
    assert codes().count("ACME101") == 1
    before = plugins.fingerprint()
    info = site / "acme_cx_rules-1.2.0.dist-info"
    info.rename(site / "acme_cx_rules-1.3.0.dist-info")
    plugins._FOUND, rule_module._PLUGIN_RULES = None, None  # a new process (this one runs 1.2.0's code)
    assert plugins.fingerprint() != before and "acme-cx-rules==1.3.0" in plugins.fingerprint()
    import shutil

    shutil.rmtree(site / "acme_cx_rules-1.3.0.dist-info")
    plugins._FOUND = None
    rule_module._REGISTRY.pop("owner-required")
    rule_module._PLUGIN_RULES = None
    assert "ACME101" not in codes()


def test_a_broken_plugin_stops_lint_with_exit_2_and_its_name(workspace, site):
    """Fails before: the plugin was ignored; a traceback or a silent run would both be wrong."""
    install(site, "broken-cx-rules", "0.3.1", "[cxkit.rules]\nfresh = broken_cx_rules:Fresh\n",
            {"broken_cx_rules": "import nie_ma_takiego_modulu\n"})
    result = invoke("lint", ".")
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: the rule plugin broken-cx-rules 0.3.1 (entry point fresh = broken_cx_rules:Fresh) "
                                    "could not be loaded: ModuleNotFoundError: No module named 'nie_ma_takiego_modulu'")
    assert "Traceback" not in result.output
    assert invoke("rules").exit_code == 2


@pytest.mark.parametrize(
    ("code", "name", "why"),
    [
        ("CX101", "acme-vague", "its code CX101 starts with CX, which cxkit keeps for its own rules"),
        ("ACME1", "pseudo-profiling", "its name pseudo-profiling is already used by cxkit's rule pseudo-profiling"),
        ("acme 1", "acme-one", "its rule's code 'acme 1' is not letters and digits"),
    ],
)
def test_a_plugin_rule_that_clashes_with_cxkit_is_refused(workspace, site, code, name, why):
    """Fails before: nothing was read; registering by hand a clashing code raised a bare RuntimeError."""
    source = (
        "from typing import ClassVar\nfrom cxkit.lint.rule import Rule\n\n"
        f"class Clash(Rule):\n    \"\"\"Clashes.\"\"\"\n    code: ClassVar[str] = {code!r}\n    name: ClassVar[str] = {name!r}\n"
    )
    install(site, "clashing-cx-rules", "2.0", "[cxkit.rules]\nclash = clashing_cx_rules:Clash\n", {"clashing_cx_rules": source})
    result = invoke("lint", ".")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("cxkit: the rule plugin clashing-cx-rules 2.0 (entry point clash = clashing_cx_rules:Clash): " + why)


def test_a_plugin_in_the_current_folder_is_never_loaded(workspace, site, monkeypatch):
    """Guard: a dist-info a repository commits is not installed code; `python -m cxkit` puts the current folder on sys.path."""
    install_example(workspace)
    (workspace / "acme_cx_rules.py").write_text("raise SystemExit('ran code from the checkout')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(workspace))
    assert "ACME101" not in codes()


def test_the_plugin_docs_show_the_example_that_is_tested():
    """Guard: docs/plugins.md's rule module and pyproject table are the files these tests install."""
    docs = (Path(__file__).parent.parent / "docs" / "plugins.md").read_text(encoding="utf-8")
    for name in ("acme_cx_rules.py", "pyproject.toml"):
        assert (EXAMPLE / name).read_text(encoding="utf-8").strip() in docs, name
