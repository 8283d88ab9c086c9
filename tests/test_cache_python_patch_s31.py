"""The lint cache key holds Python's release, not only its minor version (session 31 review).

A patch release may change what a check answers (`re`, `difflib`'s did-you-means, `tomllib`), and a
CI image bumped from 3.11.7 to 3.11.9 that restores the cache must not reuse results of the old one.
Only the build (compiler, date in `sys.version`) is left out of the key. A change of cxkit's version,
of the configuration or of a shipped lexicon still gives another key.
"""

from __future__ import annotations

import shutil
import sys

import pytest

import cxkit
from cxkit.lint import cache


@pytest.fixture(autouse=True)
def _fresh(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # the code memo goes to the current folder's .cxkit_cache
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    monkeypatch.setattr(cache, "_DEPENDENCY_FINGERPRINT", None)
    monkeypatch.setattr(cache, "_CODE_FINGERPRINT", None)
    monkeypatch.setattr(cache, "_LEXICON_FINGERPRINT", None)


def run_key(config: bytes = b'[tool.cxkit]\nlang = "pl"\n') -> str:
    cache._DEPENDENCY_FINGERPRINT = cache._CODE_FINGERPRINT = cache._LEXICON_FINGERPRINT = None
    return cache.run_fingerprint(None, ((), (), ()), "pl", config_bytes=config)


def test_another_patch_release_is_another_key(monkeypatch):
    """Before: 3.11.7 and 3.11.8 shared the key (major.minor only)."""
    before = run_key()
    major, minor, micro, *rest = sys.version_info
    monkeypatch.setattr(sys, "version_info", (major, minor, micro + 1, *rest))
    assert f"-{major}.{minor}.{micro + 1}" in cache.python_fingerprint()
    assert run_key() != before


def test_a_pre_release_is_not_the_final_release(monkeypatch):
    major, minor, micro, *_ = sys.version_info
    monkeypatch.setattr(sys, "version_info", (major, minor, micro, "final", 0))
    final = run_key()
    monkeypatch.setattr(sys, "version_info", (major, minor, micro, "candidate", 1))
    assert cache.python_fingerprint().endswith(f"-{major}.{minor}.{micro}candidate1 unicode-"
                                               f"{__import__('unicodedata').unidata_version}")
    assert run_key() != final


def test_the_build_string_alone_shares_the_key(monkeypatch):
    """Guard: the compiler and build date of the same release do not matter."""
    before = run_key()
    monkeypatch.setattr(sys, "version", sys.version.split(" ")[0] + " (main, Jan  1 2030, 00:00:00) [Clang 99.0]")
    assert run_key() == before


def test_cxkit_s_version_the_config_and_a_lexicon_still_change_the_key(monkeypatch, tmp_path):
    """Guards: a release of cxkit, another setting and an edited lexicon are never served old results."""
    package = tmp_path / "cxkit"
    shutil.copytree(cache._PACKAGE / "lint" / "lexicons", package / "lint" / "lexicons")
    (package / "lint" / "x.py").write_text("X = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache, "_PACKAGE", package)
    before = run_key()
    assert run_key() == before
    assert run_key(b'[tool.cxkit]\nlang = "en"\n') != before
    monkeypatch.setattr(cxkit, "__version__", cxkit.__version__ + ".post1")
    assert run_key() != before
    monkeypatch.undo()
    monkeypatch.setattr(cache, "_PACKAGE", package)
    lexicon = package / "lint" / "lexicons" / "pl.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# nowe słowo\n", encoding="utf-8")
    assert run_key() != before
