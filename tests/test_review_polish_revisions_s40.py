"""`cxkit review` and `cxkit diff` say a revision git does not know in Polish in a Polish workspace (tester45 #2).

`cxkit review master..q3` (a range that does not end at HEAD) and `cxkit review nonexist` answered in English
in a `lang = "pl"` workspace, while diff's other usage errors were Polish: "cxkit review compares BASE with the
working tree, so a range must end at HEAD: …", "unknown revision 'nonexist'". Both now follow the config's
language, with the same exit code 2; an English workspace reads as before.
"""

from __future__ import annotations

from conftest import run_cli
from git_helpers import MARTA_RATE, marta_bank, needs_git


def _bank(tmp_path, monkeypatch, lang: str):
    """Marta's bank with main one commit ahead of q3 (Q2: her deposit down to 10%)."""
    repo = marta_bank(tmp_path / "bank", monkeypatch, lang)
    repo.write("personas/marta.yaml", MARTA_RATE.replace("20%", "10%"))
    repo.commit("Q2")
    return repo


@needs_git
def test_a_range_not_ending_at_head_in_polish_and_english_s40(tmp_path, monkeypatch):
    _bank(tmp_path, monkeypatch, "pl")
    result = run_cli("review", "main..q3")
    assert result.exit_code == 2 and result.exception is None
    assert result.stderr == (
        "cxkit: cxkit review porównuje BASE z kopią roboczą, więc zakres musi kończyć się na HEAD, a „main..q3” kończy "
        "się na „q3”: najpierw przełącz się na „q3” (git switch) albo podaj samo BASE („main” albo „main...”)\n")
    (tmp_path / "bank" / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    result = run_cli("review", "main..q3")
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: cxkit review compares BASE with the working tree, so a range must end at HEAD: "
                                    "'main..q3' ends at 'q3'; check out 'q3' first")


@needs_git
def test_an_unknown_revision_in_polish_s40(tmp_path, monkeypatch):
    _bank(tmp_path, monkeypatch, "pl")
    result = run_cli("review", "nonexist")
    assert (result.exit_code, result.stderr) == (
        2, "cxkit: nieznana rewizja „nonexist”: git nie zna takiej gałęzi, tagu ani commitu\n")
    result = run_cli("review", "HEAD~5")
    assert result.exit_code == 2
    assert result.stderr == ("cxkit: nieznana rewizja „HEAD~5”: przed „HEAD” jest w tym repozytorium commitów: 2 "
                             "(licząc po pierwszych rodzicach), a nie 5; pierwszy commit to „HEAD~2”\n")
    # diff's own words for a name that is neither a file nor a revision stay as they were.
    assert run_cli("diff", "nonexist").stderr.startswith("cxkit: nie ma takiego pliku ani rewizji: nonexist")


@needs_git
def test_english_workspace_unchanged_s40(tmp_path, monkeypatch):
    _bank(tmp_path, monkeypatch, "en")
    assert run_cli("review", "nonexist").stderr == "cxkit: unknown revision 'nonexist'\n"
