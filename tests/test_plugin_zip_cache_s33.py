"""A rule plugin in a zip on sys.path, rebuilt with other code under the same version, is checked again.

The lint cache's key names each plugin by version and a digest of its RECORD. A zip built by hand
(`python -m zipfile -c`, a zipapp-style bundle) has no RECORD, so a rebuild with a changed rule under
the same version kept the key, and a warm run answered with the old rule's findings. The zip file's
size and time of change are part of the key now.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from cxkit.lint import plugins
from plugin_helpers import plugin_workspace

EXAMPLE = Path(__file__).parent / "data" / "plugins" / "acme-cx-rules"


def build_zip(path: Path, message: str) -> Path:
    """acme-cx-rules 1.2.0 in a zip with no RECORD, its finding's message changed to ``message``."""
    code = (EXAMPLE / "acme_cx_rules.py").read_text(encoding="utf-8").replace("the document names no owner", message)
    info = "acme_cx_rules-1.2.0.dist-info"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("acme_cx_rules.py", code)
        archive.writestr(f"{info}/METADATA", "Metadata-Version: 2.1\nName: acme-cx-rules\nVersion: 1.2.0\n")
        archive.writestr(f"{info}/entry_points.txt", "[cxkit.rules]\nowner-required = acme_cx_rules:OwnerRequired\n")
    return path


def test_a_zip_rebuilt_under_the_same_version_changes_the_cache_key(tmp_path, monkeypatch):
    """Fails before: both builds gave the same fingerprint (version 1.2.0, no RECORD)."""
    plugin_workspace(tmp_path, monkeypatch, "acme_cx_rules")
    bundle = build_zip(tmp_path / "acme-rules.zip", "brak właściciela")
    os.utime(bundle, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    monkeypatch.syspath_prepend(str(bundle))
    first = plugins.fingerprint()
    assert "acme-cx-rules==1.2.0" in first
    build_zip(bundle, "brak wlasciciela")  # the same size: only the time of change tells them apart
    os.utime(bundle, ns=(1_700_000_001_000_000_000, 1_700_000_001_000_000_000))
    monkeypatch.setattr(plugins, "_FOUND", None)
    assert plugins.fingerprint() != first


def test_an_unchanged_zip_keeps_its_key(tmp_path, monkeypatch):
    """Guard: the key does not change from one run to the next while the zip stays as it is."""
    plugin_workspace(tmp_path, monkeypatch, "acme_cx_rules")
    bundle = build_zip(tmp_path / "acme-rules.zip", "brak właściciela")
    monkeypatch.syspath_prepend(str(bundle))
    first = plugins.fingerprint()
    monkeypatch.setattr(plugins, "_FOUND", None)
    assert plugins.fingerprint() == first
