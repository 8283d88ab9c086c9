"""A remote's branch not fetched, or a remote misnamed, told in Polish in a Polish workspace (review of e83b40b9).

e83b40b9 put review's and diff's unknown revisions into Polish, but a mistyped remote branch, the most
common slip of a team that works from `origin`, stayed English whole in a `lang = "pl"` workspace:
`cxkit review origin/nonexist` → "unknown revision 'origin/nonexist': origin has no branch 'nonexist'
fetched here; …", `cxkit diff orgin/main` → "this repository has no remote 'orgin' …". Each form is now
Polish, its advice (the fetch, the remote's right name, the local branch to compare with) kept; exit 2.
"""

from __future__ import annotations

import pytest

from conftest import run_cli
from git_helpers import marta_bank, needs_git


def _bank(tmp_path, monkeypatch, lang: str, remote: bool = True):
    repo = marta_bank(tmp_path / "bank", monkeypatch, lang)
    if remote:  # origin's main fetched here, as after a clone
        repo.git("remote", "add", "origin", str(tmp_path / "bank"))
        repo.git("update-ref", "refs/remotes/origin/main", "HEAD")
    return repo


@needs_git
@pytest.mark.parametrize("command", ["review", "diff"])
def test_remote_branch_slips_in_polish_s40(tmp_path, monkeypatch, command):
    _bank(tmp_path, monkeypatch, "pl")
    said = {
        "origin/nonexist": "nieznana rewizja „origin/nonexist”: z origin nie pobrano tu gałęzi „nonexist”; `git fetch "
                           "origin nonexist` ją pobierze, jeśli origin ją ma (`git branch -r` wypisuje pobrane gałęzie)",
        "origin/q3": "nieznana rewizja „origin/q3”: z origin nie pobrano tu gałęzi „q3”; `git fetch origin q3` ją pobierze, "
                     "jeśli origin ją ma (`git branch -r` wypisuje pobrane gałęzie); albo porównaj z lokalną gałęzią „q3”: "
                     "wpisz „q3”",
        "orgin/main": "nieznana rewizja „orgin/main”: to repozytorium nie ma zdalnego repozytorium „orgin” (ma: origin): "
                      "wpisz „origin/main” albo porównaj z lokalną gałęzią „main”: wpisz „main”",
        "orgin/q3": "nieznana rewizja „orgin/q3”: to repozytorium nie ma zdalnego repozytorium „orgin” (ma: origin); "
                    "porównaj z lokalną gałęzią „q3”: wpisz „q3”, albo dodaj zdalne repozytorium i pobierz je (`git remote "
                    "add orgin URL`, potem `git fetch orgin`)",
    }
    for typed, polish in said.items():
        result = run_cli(command, typed)
        assert (result.exit_code, result.stderr) == (2, f"cxkit: {polish}\n"), typed


@needs_git
def test_no_remote_at_all_in_polish_s40(tmp_path, monkeypatch):
    _bank(tmp_path, monkeypatch, "pl", remote=False)
    result = run_cli("review", "upstream/q3")
    assert (result.exit_code, result.stderr) == (2, (
        "cxkit: nieznana rewizja „upstream/q3”: to repozytorium nie ma zdalnego repozytorium „upstream” ani żadnego "
        "innego (`git remote -v` nie wypisuje żadnego); porównaj z lokalną gałęzią „q3”: wpisz „q3”, albo dodaj zdalne "
        "repozytorium i pobierz je (`git remote add upstream URL`, potem `git fetch upstream`)\n"))
    result = run_cli("review", "origin/nic")
    assert result.exit_code == 2 and "to repozytorium nie ma zdalnego repozytorium „origin” ani żadnego innego" in result.stderr


@needs_git
def test_english_workspace_keeps_its_words_s40(tmp_path, monkeypatch):
    _bank(tmp_path, monkeypatch, "en")
    result = run_cli("review", "origin/nonexist")
    assert (result.exit_code, result.stderr) == (2, (
        "cxkit: unknown revision 'origin/nonexist': origin has no branch 'nonexist' fetched here; `git fetch origin "
        "nonexist` fetches it, if origin has one (`git branch -r` lists the branches fetched)\n"))
