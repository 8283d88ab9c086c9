"""A rule plugin in a zip file on sys.path is found, as Python imports its module from there.

A team that ships its rules as one zip on `PYTHONPATH` (or a zipapp-style bundle) got no rules: the
look for plugins listed folders only. The zip's own `*.dist-info` is read now; a zip inside the
checkout being linted is skipped as a folder there is, and a broken zip names no plugin.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint import plugins
from plugin_helpers import plugin_workspace

EXAMPLE = Path(__file__).parent / "data" / "plugins" / "acme-cx-rules"
MODULE = "acme_cx_rules"


def build_zip(path: Path, version: str = "1.2.0") -> Path:
    info = f"acme_cx_rules-{version}.dist-info"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("acme_cx_rules.py", (EXAMPLE / "acme_cx_rules.py").read_text(encoding="utf-8"))
        archive.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\nName: acme-cx-rules\nVersion: {version}\n")
        archive.writestr(f"{info}/entry_points.txt", "[cxkit.rules]\nowner-required = acme_cx_rules:OwnerRequired\n")
        archive.writestr(f"{info}/RECORD", f"acme_cx_rules.py,sha256=abc,1\n{info}/RECORD,,\n")
    return path


def lint_codes(select: str = "owner-required,CX102") -> list[str]:
    result = CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "--select", select, "personas"])
    assert result.exit_code in (0, 1), result.output
    return [line.split('"code": "')[1].split('"')[0] for line in result.stdout.splitlines() if '"code": "' in line]


def test_a_plugin_in_a_zip_on_sys_path_is_found_and_linted(tmp_path, monkeypatch):
    """Fails before: a zip on sys.path was passed over."""
    plugin_workspace(tmp_path, monkeypatch, MODULE)
    bundle = build_zip(tmp_path / "acme-rules.zip")
    monkeypatch.syspath_prepend(str(bundle))
    found = plugins.installed()
    assert [(p.dist, p.version, p.where) for p in found] == [("acme-cx-rules", "1.2.0", str(bundle))]
    assert found[0].record  # its RECORD keys the lint cache, as an installed wheel's does
    assert lint_codes() == []  # the persona names an owner: the rule ran and found nothing
    (tmp_path / "ws" / "personas" / "bez-wlasciciela.yaml").write_text(
        "kind: persona\nid: bez-wlasciciela\nname: Jan Kowalski\nlang: pl\n"
        # a goal, so that demographics-only (CX102, selected too) has nothing to say of a name alone (session 39)
        "goals:\n  - Zamówić karmę dla psa w piątek, zanim skończy się worek\n", encoding="utf-8")
    assert lint_codes() == ["ACME101"]


def test_a_zip_inside_the_checkout_and_a_broken_zip_bring_no_plugin(tmp_path, monkeypatch):
    """Guard: the zip in the current folder is skipped as a folder there is; a file that is no zip
    (or a damaged one) on sys.path is passed over without an error."""
    plugin_workspace(tmp_path, monkeypatch, MODULE)
    inside = build_zip(tmp_path / "ws" / "acme-rules.zip")
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(build_zip(tmp_path / "ok.zip").read_bytes()[:200])
    not_a_zip = tmp_path / "notatki.txt"
    not_a_zip.write_text("to nie jest zip\n", encoding="utf-8")
    for entry in (inside, damaged, not_a_zip):
        monkeypatch.syspath_prepend(str(entry))
    assert plugins.installed() == ()
    assert lint_codes("CX102") == []
