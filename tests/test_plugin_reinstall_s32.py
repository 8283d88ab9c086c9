"""A rule plugin reinstalled with other code under the same version reaches a warm lint cache.

pip writes each installed file's hash into the dist-info's RECORD: a wheel of the same version with a
changed rule, installed over the old one (a team's own plugin built from its main branch), changes
RECORD, and the lint cache's key with it.
"""

from __future__ import annotations

import hashlib
import json
from base64 import urlsafe_b64encode
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint import plugins
from plugin_helpers import dist_info, forget_plugins, plugin_workspace

RULE = """\
from typing import ClassVar
from cxkit.lint.finding import Hit
from cxkit.lint.rule import Rule


class ShoeBrand(Rule):
    \"\"\"Every persona says which shoes they run in.\"\"\"

    code: ClassVar[str] = "ACME301"
    name: ClassVar[str] = "shoe-brand"

    def check(self, doc):
        yield Hit(1, 1, {message!r})
"""


def install(site: Path, message: str) -> None:
    """As pip installs a wheel of acme-shoes 1.0: the module, and a dist-info whose RECORD holds its hash."""
    module = RULE.format(message=message).encode("utf-8")
    (site / "acme_shoes.py").write_bytes(module)
    info = dist_info(site, "acme-shoes", "1.0", "shoe-brand = acme_shoes:ShoeBrand")
    digest = urlsafe_b64encode(hashlib.sha256(module).digest()).rstrip(b"=").decode()
    (info / "RECORD").write_text(f"acme_shoes.py,sha256={digest},{len(module)}\nacme_shoes-1.0.dist-info/RECORD,,\n",
                                 encoding="utf-8")


def new_process(monkeypatch) -> None:
    forget_plugins(monkeypatch, "acme_shoes")


@pytest.fixture
def site(tmp_path, monkeypatch):
    where = plugin_workspace(tmp_path, monkeypatch, "acme_shoes")
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    return where


def messages() -> list[str]:
    result = CliRunner().invoke(app, ["lint", "-f", "json", "."])
    assert result.exit_code in (0, 1), result.output
    return [f["message"] for f in json.loads(result.stdout) if f["code"] == "ACME301"]


def test_the_same_version_reinstalled_with_other_code_is_checked_again(site, monkeypatch):
    """Fails before: the key named only acme-shoes==1.0, so the second run answered from the first."""
    install(site, "no shoe brand")
    assert messages() == ["no shoe brand"]
    install(site, "name the shoe brand the persona runs in")
    new_process(monkeypatch)
    assert messages() == ["name the shoe brand the persona runs in"]
    new_process(monkeypatch)  # guard: nothing changed, the same key
    before = plugins.fingerprint()
    plugins._FOUND = None
    assert plugins.fingerprint() == before
