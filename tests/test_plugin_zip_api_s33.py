"""A program that uses cxkit.api keeps linting after a rule plugin's zip on sys.path is rebuilt.

The lint cache's key takes a zip's size and time of change. The check that an already loaded plugin
did not come from a checkout given now compared whole plugin records, so a touched zip read as a
plugin from the checkout: `cxkit.api.lint` of another folder raised CxkitError naming the zip.
It compares the plugin's name and place now.
"""

from __future__ import annotations

import os
import shutil

from cxkit import api
from plugin_helpers import PERSONA_PL, plugin_workspace
from test_plugin_zip_cache_s33 import build_zip


def test_a_touched_zip_is_no_plugin_from_the_checkout(tmp_path, monkeypatch):
    """Fails before: the second call raised CxkitError ("was loaded from .../acme-rules.zip")."""
    plugin_workspace(tmp_path, monkeypatch, "acme_cx_rules")
    bundle = build_zip(tmp_path / "acme-rules.zip", "brak właściciela")
    monkeypatch.syspath_prepend(str(bundle))
    other = tmp_path / "drugi" / "personas"
    other.mkdir(parents=True)
    (other / "ola-biegaczka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    shutil.copy(tmp_path / "ws" / "cxkit.toml", other.parent)
    assert api.lint([tmp_path / "ws" / "personas"], cache=False) is not None
    os.utime(bundle, ns=(1_800_000_000_000_000_000, 1_800_000_000_000_000_000))
    found = api.lint([other], cache=False)
    assert [f.code for f in found if f.code == "ACME101"] == []  # it names an owner: the rule ran, no finding
