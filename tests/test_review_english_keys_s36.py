"""`cxkit review` matches a Polish workspace's findings by their English twins (session 36).

A Polish message's words follow its numbers ("14 miesięcy temu", "22 miesiące temu") where the
English one only changes digits ("14 months ago", "22 months ago"), which review masks; and a
workspace that changes its `lang` keeps every finding, as baselines and fingerprints already do.
Review keyed findings on the message shown, so a Polish run called a finding fixed and introduced
again where the same review of an English workspace called it unchanged.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo
from test_diff_workspaces_s20 import JAN, MARTA


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-06-15")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


def review_json(*args: str) -> tuple[int, dict]:
    result = run_cli("review", "main", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def listed(items: list[dict]) -> list[tuple[str, str]]:
    return sorted((f["rule"], f["path"]) for f in items)


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_review_date_moved_back_keeps_the_same_stale_review_finding_in_either_language(tmp_path, monkeypatch, lang):
    """Reviewed 14 months ago on main, 22 on the branch: in Polish "14 miesięcy" and "22 miesiące"."""
    r = Repo(tmp_path / "zoo")
    r.write("cxkit.toml", f'lang = "{lang}"\nselect = ["stale-review"]\n')
    r.write("personas/marta.yaml", MARTA.replace("reviewed: 2026-11-20", "reviewed: 2025-04-10"))
    r.commit("Marta")
    r.git("checkout", "-q", "-b", "zmiana")
    r.write("personas/marta.yaml", MARTA.replace("reviewed: 2026-11-20", "reviewed: 2024-08-10"))
    r.commit("Marta: data przeglądu z notatek")
    monkeypatch.chdir(r.root)
    lint = run_cli("lint", "personas/marta.yaml")
    said = "22 miesiące temu" if lang == "pl" else "22 months ago"
    assert said in lint.stdout, lint.stdout  # what the branch says, in the workspace's language
    code, report = review_json()
    assert (code, report["introduced"], report["fixed"]) == (0, [], [])


@pytest.fixture
def agency(tmp_path, monkeypatch) -> Repo:
    """main: two Polish clients with a config each; the branch `zmiana` checked out."""
    r = Repo(tmp_path / "agencja")
    r.write("zoo/cxkit.toml", 'lang = "pl"\n')
    r.write("biblioteka/cxkit.toml", 'lang = "pl"\n[rules.stale-review]\nmax-age-months = 2\n')
    r.write("zoo/personas/marta-karma.yaml", MARTA)
    r.write("biblioteka/personas/jan.yaml", JAN)
    r.commit("init")
    r.git("checkout", "-q", "-b", "zmiana")
    monkeypatch.chdir(r.root)
    return r


def test_a_client_out_of_the_new_top_paths_that_turns_english_is_suppressed_not_fixed(agency):
    """The branch adds a top config whose `paths` leave the library out and turns the library's findings to
    English: each of Jan's findings is the one BASE reported, silenced now (by the top's `paths`), never fixed."""
    agency.write("cxkit.toml", 'lang = "pl"\npaths = ["zoo"]\n')
    agency.write("biblioteka/cxkit.toml", 'lang = "en"\n[rules.stale-review]\nmax-age-months = 2\n')
    agency.commit("tylko zoo; biblioteka po angielsku")
    _code, report = review_json()
    assert report["fixed"] == []
    suppressed = [s for s in report["suppressed"] if s["path"] == "biblioteka/personas/jan.yaml"]
    assert suppressed and all(s["reported_in_base"] for s in suppressed), suppressed
    assert {s["rule"] for s in suppressed} >= {"stale-review", "missing-sources"}


def _stale_key(folder, reviewed: str, lang: str) -> tuple:
    """The key review matches Marta's stale-review finding on (see `_placed`), Marta last reviewed on ``reviewed``."""
    import cxkit.api
    from cxkit.diff.review import _placed

    (folder / "personas").mkdir(parents=True, exist_ok=True)
    (folder / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (folder / "personas" / "marta.yaml").write_text(MARTA.replace("reviewed: 2026-11-20", f"reviewed: {reviewed}"),
                                                    encoding="utf-8")
    found = [f for f in cxkit.api.lint(folder / "personas", select="stale-review")
             if f.english_message.startswith("last reviewed")]  # not the one of the research dated later
    assert len(found) == 1, found
    assert (found[0].english is not None) == (lang == "pl")
    return _placed(found, {})[0].key


def test_the_whole_key_is_the_english_message_s_so_the_first_pass_pairs_the_polish_findings(tmp_path):
    """Review pairs findings first on their whole key, message too, and only then on the rule and place alone,
    where two findings of one rule at one place may pair the other way round: so the key is the English one's."""
    fourteen_pl, twenty_two_pl = _stale_key(tmp_path, "2025-04-10", "pl"), _stale_key(tmp_path, "2024-08-10", "pl")
    fourteen_en, twenty_two_en = _stale_key(tmp_path, "2025-04-10", "en"), _stale_key(tmp_path, "2024-08-10", "en")
    assert fourteen_en == twenty_two_en  # "# months ago" both
    assert fourteen_pl == twenty_two_pl  # "# miesięcy temu" and "# miesiące temu" were two keys
    assert fourteen_pl[3] == fourteen_en[3] and "months ago" in fourteen_pl[3]


def test_a_duplicate_id_s_subject_is_the_id_its_english_message_quotes(tmp_path):
    """`_subject`: what a `duplicate-id` finding is about is the id its message quotes, 'marta-karma', which
    the Polish twin quotes as „marta-karma”; read from the Polish message it would be nothing ("[]") for every
    copy, and an id the branch renamed would not be taken back to BASE's."""
    import json as _json

    import cxkit.api
    from cxkit.diff.review import _placed, _subject, _scopes

    (tmp_path / "personas").mkdir()
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    for name in ("marta.yaml", "marta-kopia.yaml"):
        (tmp_path / "personas" / name).write_text(MARTA, encoding="utf-8")
    found = cxkit.api.lint(tmp_path / "personas", select="duplicate-id")
    assert len(found) == 2 and all("„marta-karma”" in f.message for f in found), found
    assert [_json.loads(p.key[2]) for p in _placed(found, {})] == [["marta-karma"], ["marta-karma"]]
    assert _subject(found[0], _scopes(), {"marta-karma": "marta"}) == '["marta"]'
