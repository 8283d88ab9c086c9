"""A rule plugin's rule is selected and ignored by its code, as cxkit's own are.

`cxkit lint --select ACME101` (the code docs/plugins.md gives the worked example) stopped with
"unknown rule 'ACME101'; did you mean 'ACME101'?": a code was accepted only when it started with CX.
A whole code of any rule, and a code prefix that keeps its letters whole (`ACME`, `ACME1`, `CX4`),
select now; a lone letter is still no rule, not a prefix of every plugin code starting with it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from cxkit.cli import app
from plugin_helpers import dist_info, plugin_workspace

EXAMPLE = Path(__file__).parent / "data" / "plugins" / "acme-cx-rules"
UNOWNED = "kind: persona\nid: bez-wlasciciela\nname: Jan Kowalski\nlang: pl\n"


def install_acme(tmp_path, monkeypatch) -> None:
    site = plugin_workspace(tmp_path, monkeypatch, "acme_cx_rules")
    shutil.copy(EXAMPLE / "acme_cx_rules.py", site)
    dist_info(site, "acme-cx-rules", "1.2.0", "owner-required = acme_cx_rules:OwnerRequired")
    (tmp_path / "ws" / "personas" / "bez-wlasciciela.yaml").write_text(UNOWNED, encoding="utf-8")


def lint(*args: str):
    return CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", *args, "personas"])


def codes(result) -> set[str]:
    assert result.exit_code in (0, 1), result.output
    return {line.split('"code": "')[1].split('"')[0] for line in result.stdout.splitlines() if '"code": "' in line}


def test_a_plugin_rule_is_selected_and_ignored_by_its_code(tmp_path, monkeypatch):
    """Fails before: each of these stopped with exit 2, "unknown rule 'ACME101'; did you mean 'ACME101'?"."""
    install_acme(tmp_path, monkeypatch)
    for selector in ("ACME101", "acme101", "ACME", "ACME1"):
        assert codes(lint("--select", selector)) == {"ACME101"}, selector
    assert "ACME101" in codes(lint())
    assert "ACME101" not in codes(lint("--ignore", "ACME101"))
    (tmp_path / "ws" / "cxkit.toml").write_text('select = ["ACME101"]\n', encoding="utf-8")
    assert codes(lint()) == {"ACME101"}


def test_a_lone_letter_and_a_cut_code_are_still_unknown(tmp_path, monkeypatch):
    """Guard: `A` or `ACM` is no prefix of ACME101 (a misspelt name, not every rule of a plugin), and
    cxkit's own code prefixes select as before."""
    install_acme(tmp_path, monkeypatch)
    for selector in ("A", "ACM", "ACME101X"):
        result = lint("--select", selector)
        assert result.exit_code == 2, (selector, result.output)
        assert f"unknown rule '{selector}'" in result.output
    assert codes(lint("--select", "CX")) and "ACME101" not in codes(lint("--select", "CX"))
    assert codes(lint("--select", "owner-required")) == {"ACME101"}
