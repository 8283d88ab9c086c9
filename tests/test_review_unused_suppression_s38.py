"""`cxkit review` says whether a suppression comment the change adds (or removes) silences anything (session 38,
tester40's L7): a `disable=` comment that unused-suppression (CX005) reports as silencing nothing was shown as
"(dodano komentarz wyłączający regułę: lint zgłasza mniej)".  Review lints both sides and now tells the two
apart in text, Markdown, HTML and JSON (`silences`); `cxkit diff`, which lints nothing, claims neither."""

from __future__ import annotations

import json
import re

import pytest

from conftest import run_cli
from git_helpers import Repo, committed, needs_git

pytestmark = needs_git

ANIA = """\
kind: persona
id: ania-kredyt
name: Ania Wrona
lang: pl
reviewed: 2026-11-01
sources: [{id: w1, type: interview, date: 2026-10-01, n: 8}]
goals:
  - Podpisać umowę kredytu przed końcem rezerwacji mieszkania u dewelopera
"""

BARRIER = "      - Bank wymaga papierowego wypisu aktu, przez co wypłata opóźnia się o 6 dni\n"
JOURNEY = f"""\
kind: journey
id: ania-bierze-kredyt
name: Ania bierze kredyt hipoteczny
persona: ania-kredyt
lang: pl
reviewed: 2026-11-01
sources: [{{id: w1, type: interview, date: 2026-10-01, n: 8}}]
stages:
  - id: wyplata
    name: Wypłata kredytu
    emotion: -1
    feeling: Złość, że deweloper grozi karą za opóźnioną transzę
    touchpoints: [Bankowość internetowa]
    barriers:
{BARRIER}    opportunities:
      - action: Przyjmować elektroniczny wypis aktu z Centralnego Repozytorium Aktów Notarialnych
        owner: Zespół kredytów hipotecznych
        due: 2027-03-31
"""
UNUSED = BARRIER.rstrip("\n") + "  # cxkit: disable=unaddressed-pain\n"

GOAL = "  - Podpisać umowę kredytu przed końcem rezerwacji mieszkania u dewelopera\n"
VAGUE = "  - Ceni jakość  # cxkit: disable=pseudo-profiling\n"


@pytest.fixture
def bank(tmp_path, monkeypatch) -> Repo:
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    repo = committed(tmp_path / "bank", monkeypatch, {"personas/ania.yaml": ANIA, "journeys/ania.yaml": JOURNEY})
    repo.write("cxkit.toml", 'lang = "pl"\n')
    repo.commit("lang")
    return repo


def _review(fmt: str) -> str:
    result = run_cli("review", "main", "--no-cache", "-j", "1", "-f", fmt)
    assert result.exception is None and result.exit_code in (0, 1), result.stdout + result.stderr
    return result.stdout


def _comments(report: str) -> list[dict]:
    return [c for c in json.loads(report)["changes"] if c.get("suppression_comment")]


def test_a_comment_that_silences_nothing_is_said_unused_in_every_format(bank: Repo) -> None:
    bank.write("journeys/ania.yaml", JOURNEY.replace(BARRIER, UNUSED))
    text = _review("text")
    assert ("  + # cxkit: disable=unaddressed-pain (dodano komentarz wyłączający regułę: niczego nie wycisza; lint "
            "zgłasza go jako unused-suppression)") in text.splitlines()
    assert "zgłasza mniej" not in text
    md = _review("markdown")
    assert ("- **dodano** `# cxkit: disable=unaddressed-pain` (komentarz wyłączający regułę, który niczego nie "
            "wycisza: lint zgłasza go jako unused-suppression)") in md.splitlines()
    assert "zgłasza mniej" not in md
    html = _review("html")
    assert "komentarz wyłączający regułę, który niczego nie wycisza: lint zgłasza go jako unused-suppression" in html
    assert [(c["op"], c["path"], c["silences"]) for c in _comments(_review("json"))] == [
        ("added", "# cxkit: disable=unaddressed-pain", False)]


def test_a_comment_that_silences_a_finding_still_says_lint_reports_less(bank: Repo) -> None:
    bank.write("personas/ania.yaml", ANIA.replace(GOAL, GOAL + VAGUE))
    text = _review("text")
    assert ("  + # cxkit: disable=pseudo-profiling (dodano komentarz wyłączający regułę: lint zgłasza mniej)"
            in text.splitlines())
    assert "niczego nie wycisza" not in text
    assert [(c["op"], c["silences"]) for c in _comments(_review("json"))] == [("added", True)]


def test_a_removed_comment_that_silenced_nothing_in_base_is_said_so(bank: Repo) -> None:
    bank.write("journeys/ania.yaml", JOURNEY.replace(BARRIER, UNUSED))
    bank.write("personas/ania.yaml", ANIA.replace(GOAL, GOAL + VAGUE))
    bank.commit("komentarze")
    bank.write("journeys/ania.yaml", JOURNEY)
    bank.write("personas/ania.yaml", ANIA.replace(GOAL, GOAL + VAGUE.replace("  # cxkit: disable=pseudo-profiling", "")))
    lines = _review("text").splitlines()
    assert ("  - # cxkit: disable=unaddressed-pain (usunięto komentarz wyłączający regułę: niczego nie wyciszał)"
            in lines)
    # The one that silenced pseudo-profiling in BASE: lint reports its finding again.
    assert ("  - # cxkit: disable=pseudo-profiling (usunięto komentarz wyłączający regułę: lint znów zgłasza to, co "
            "wyciszał)" in lines)


def test_an_english_review_says_it_in_english(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    english = {"personas/ania.yaml": ANIA.replace("lang: pl", "lang: en"),
               "journeys/ania.yaml": JOURNEY.replace("lang: pl", "lang: en")}
    repo = committed(tmp_path / "bank", monkeypatch, english)
    repo.write("journeys/ania.yaml", english["journeys/ania.yaml"].replace(BARRIER, UNUSED))
    assert ("  + # cxkit: disable=unaddressed-pain (suppression comment added: it silences nothing; lint reports it "
            "as unused-suppression)") in _review("text").splitlines()


def test_diff_lints_nothing_and_claims_neither(bank: Repo) -> None:
    bank.write("journeys/ania.yaml", JOURNEY.replace(BARRIER, UNUSED))
    result = run_cli("diff", "main")
    assert result.exit_code == 1
    [said] = [line for line in result.stdout.splitlines() if "cxkit: disable" in line]
    assert said == ("  + # cxkit: disable=unaddressed-pain (dodano komentarz wyłączający regułę: lint przestaje "
                    "zgłaszać to, co wycisza)")
    [entry] = [e for e in json.loads(run_cli("diff", "main", "-f", "json").stdout) if e.get("suppression_comment")]
    assert "silences" not in entry
    assert not re.search(r"zgłasza mniej|niczego nie wycisza", run_cli("diff", "main", "-f", "md").stdout)


def test_a_comment_is_judged_by_what_it_silences_not_by_its_own_report(bank: Repo) -> None:
    # One rule silenced, one named for nothing: it silences a finding, lint reports less.
    bank.write("personas/ania.yaml", ANIA.replace(GOAL, GOAL + VAGUE.replace(
        "disable=pseudo-profiling", "disable=pseudo-profiling,unaddressed-pain")))
    # Silencing only the report about itself (`…,CX005` on a line with no finding) is silencing nothing.
    bank.write("journeys/ania.yaml", JOURNEY.replace(BARRIER, BARRIER.rstrip("\n") + "  # cxkit: disable=CX404,CX005\n"))
    said = {c["path"]: c["silences"] for c in _comments(_review("json"))}
    assert said == {"# cxkit: disable=pseudo-profiling,unaddressed-pain": True, "# cxkit: disable=CX404,CX005": False}
