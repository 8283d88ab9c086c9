"""The fmt cache's two verdicts are keys in one list (session 39): a "would change" key can never be
the key of some file's bytes, so no file is answered by the verdict on another one."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.lint.cache import FmtCache
from fmt_cache_helpers import enter
from fmt_cache_helpers import fmt as fmt_j1

MESSY_PL = """\
id: anna-kwiaty
kind: persona
name: Anna
goals:
    - Zamówić kwiaty na imieniny teściowej z telefonu, w drodze z pracy
"""


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    return enter(tmp_path, monkeypatch, {"personas/anna.yaml": MESSY_PL})


def fmt(*args: str):
    return fmt_j1("--check", *args)


def test_a_file_whose_bytes_spell_another_files_would_change_key_is_judged_by_its_own_s39(workspace):
    assert "would reformat personas/anna.yaml" in fmt().output  # the cache now says anna.yaml would change
    cache = FmtCache((workspace / ".cxkit_cache").resolve(), None, None)
    key = cache.key((workspace / "personas" / "anna.yaml").read_bytes())
    assert cache.would_change(key)
    # A file in the persona folder made of the bytes the "would change" key used to hash (a pull request can
    # write any bytes): fmt cannot read it, and must say so warm as it does cold.
    (workspace / "personas" / "zz.yaml").write_bytes(b"would change\0" + key.encode("ascii"))
    cold = fmt("--no-cache")
    assert "personas/zz.yaml:1:13: error CX001 the file contains a NUL byte" in cold.output
    warm = fmt()
    assert (warm.exit_code, warm.output) == (1, cold.output)


def test_the_two_verdicts_of_one_content_are_told_apart_and_kept_s39(workspace):
    cache = FmtCache((workspace / ".cxkit_cache").resolve(), None, None)
    key = cache.key(b"kind: persona\nid: ola\nname: Ola\n")
    assert cache.changed_key(key) != key and len(cache.changed_key(key)) == 32
    assert not cache.is_canonical(key) and not cache.would_change(key)
    cache.add_changed(key)
    cache.save()
    again = FmtCache(Path(workspace / ".cxkit_cache").resolve(), None, None)
    assert again.would_change(key) and not again.is_canonical(key)
