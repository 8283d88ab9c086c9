"""CXKIT_CACHE_DIR='~nosuchuser/cache': a `~user` whose user does not exist (a typo, or a CI file written for
another runner).  The home-folder check of 859ff21c (tester37 L2) covered a user whose home is missing, but
for an unknown user `~nosuchuser` was left as it is, and a folder literally named `~nosuchuser` was made in
the current folder (the checkout).  Now it is said once, and the run goes on without the cache."""

from __future__ import annotations

import os

import pytest

from conftest import PERSONA_PL, enter_workspace, run_cli

pytestmark = pytest.mark.skipif(os.name == "nt", reason="~user is not expanded so on Windows")

USER = "cxkit-no-such-user-s35"


def run(*args: str):
    from cxkit.lint import cache

    cache._WARNED.clear()  # said once a process: each run is a process of its own
    return run_cli(*args)


@pytest.mark.parametrize("command", [["lint"], ["fmt", "--check"]])
def test_an_unknown_users_home_makes_no_folder_in_the_checkout(tmp_path, monkeypatch, command):
    """Fails before: a folder `~cxkit-no-such-user-s35/cache` was made in the workspace, without a word."""
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-07",
                    files={"personas/tomek.yaml": PERSONA_PL})
    expected = run(*command, "--no-cache")
    monkeypatch.setenv("CXKIT_CACHE_DIR", f"~{USER}/cache")
    result = run(*command)
    assert (result.exit_code, result.stdout) == (expected.exit_code, expected.stdout)
    assert (f"cxkit: ostrzeżenie: CXKIT_CACHE_DIR wskazuje ~{USER}/cache, ale ~{USER} nie wskazuje tu żadnego folderu "
            "domowego (nie ma takiego użytkownika albo żadnego nie ustawiono); polecenie wykonano bez pamięci "
            "podręcznej\n") in result.stderr  # the workspace is Polish, and so is the cache's warning (s38)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cxkit.toml", "personas"]
