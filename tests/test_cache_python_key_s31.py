"""The lint cache is keyed by the Python that can change a finding, not by its build (session 31).

`sys.version` (patch release, build date, compiler) was part of every key, so a workspace linted
by a distribution's Python 3.11.2 and a venv's 3.11.7 in turn checked every file again at each
switch. The key now holds the implementation, the minor version and the Unicode data version.
"""

from __future__ import annotations

import sys
import unicodedata

import pytest

from cxkit.lint import cache


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    monkeypatch.setattr(cache, "_DEPENDENCY_FINGERPRINT", None)


def run_key() -> str:
    cache._DEPENDENCY_FINGERPRINT = None
    return cache.run_fingerprint(None, ((), (), ()), "pl")


def test_another_build_of_the_same_python_shares_the_key(monkeypatch):
    """Before: a different sys.version (3.11.2 from Debian, 3.11.7 in a venv) gave other keys."""
    before = run_key()
    monkeypatch.setattr(sys, "version", "3.11.2 (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]")
    assert run_key() == before


def test_other_unicode_data_is_another_key(monkeypatch):
    """Guard: a Python with other Unicode data may read letters and invisible characters otherwise."""
    before = run_key()
    monkeypatch.setattr(unicodedata, "unidata_version", "99.0.0")
    assert run_key() != before


def test_another_minor_version_is_another_key(monkeypatch):
    before = run_key()
    major, minor, *rest = sys.version_info
    monkeypatch.setattr(sys, "version_info", (major, minor + 1, *rest))
    assert f"-{major}.{minor + 1}." in cache.python_fingerprint()
    assert run_key() != before
