"""A value rewritten (old and new keep less than half their words) is shown whole, old → new, in
`cxkit diff` text and markdown and in `cxkit review`; a small edit keeps its word diff."""

from __future__ import annotations

import io
import re

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

from cxkit.diff.compare import compare_pair
from cxkit.diff.formats import REWRITTEN, render_text, rewritten
from cxkit.diff.model import DiffResult, Doc

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

JOURNEY = """\
kind: journey
id: claim
name: Burst pipe claim
persona: priya
stages:
  - id: repairs
    name: Drying out and repairs
    doing: Lives with 3 dehumidifiers running; electricity bill up £68
    thinking: Dzwoni na infolinię w sprawie szkody
    emotion: -1
"""
REWRITE = JOURNEY.replace("Drying out and repairs", "Repairs by the approved contractor").replace(
    "Lives with 3 dehumidifiers running; electricity bill up £68",
    "Chooses kitchen doors from 3 options; repairs take 11 working days",
)


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(JOURNEY, encoding="utf-8")
    new.write_text(REWRITE, encoding="utf-8")
    return old, new


def test_a_rewritten_value_is_old_then_new_whole_in_text(files):
    result = run_cli("diff", str(files[0]), str(files[1]))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[1:5] == [
        "  ~ 1. Repairs by the approved contractor (repairs) › Name: Drying out and repairs → Repairs by the approved contractor",
        "  ~ 1. Repairs by the approved contractor (repairs) › Doing:",
        "      old: Lives with 3 dehumidifiers running; electricity bill up £68",
        "      new: Chooses kitchen doors from 3 options; repairs take 11 working days",
    ]
    assert "[-" not in result.stdout and "{+" not in result.stdout


def test_a_rewritten_value_is_old_then_new_whole_in_markdown(files):
    result = run_cli("diff", "-f", "markdown", str(files[0]), str(files[1]))
    lines = result.stdout.splitlines()
    assert "- **changed** 1. Repairs by the approved contractor (`repairs`) › Name: Drying out and repairs → Repairs by the approved contractor" in lines
    at = lines.index("- **changed** 1. Repairs by the approved contractor (`repairs`) › Doing:")
    assert lines[at + 1:at + 3] == [
        "  - old: Lives with 3 dehumidifiers running; electricity bill up £68",
        "  - new: Chooses kitchen doors from 3 options; repairs take 11 working days",
    ]
    assert "(removed:" not in result.stdout and "(added:" not in result.stdout


def test_review_shows_a_rewritten_value_whole(tmp_path, monkeypatch):
    r = Repo(tmp_path / "claims")
    r.write("cxkit.toml", "")
    r.write("journeys/claim.yaml", JOURNEY)
    r.commit("base")
    r.write("journeys/claim.yaml", REWRITE)
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    result = run_cli("review", "HEAD")
    assert result.exception is None
    assert "- **changed** 1. Repairs by the approved contractor (`repairs`) › Name: Drying out and repairs → Repairs by the approved contractor" in result.stdout
    assert "(removed:" not in result.stdout


def test_a_small_edit_keeps_its_word_diff(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    (tmp_path / "old.yaml").write_text(JOURNEY, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(JOURNEY.replace("Dzwoni na infolinię", "Pisze na czacie"), encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    assert result.stdout.splitlines()[1] == "  ~ 1. Drying out and repairs (repairs) › Thinking: [-Dzwoni-]{+Pisze+} na [-infolinię-]{+czacie+} w sprawie szkody"
    md = run_cli("diff", "-f", "md", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")).stdout
    assert "(removed: “Dzwoni”; added: “Pisze”) na (removed: “infolinię”; added: “czacie”) w sprawie szkody" in md


def test_half_the_words_kept_is_the_line():
    assert REWRITTEN == 0.5
    # The shorter keeps 16 of its 27 letters (0.59): a word diff.
    assert not rewritten("Dzwoni na infolinię w sprawie szkody", "Pisze na czacie w sprawie szkody")
    # One word fewer kept, 10 of 27 (0.37): shown whole.
    assert rewritten("Dzwoni na infolinię w sprawie zalania", "Pisze na czacie w sprawie szkody")
    assert not rewritten("Drying out and repairs", "Drying out")
    assert rewritten("Drying out and repairs", "Repairs by the approved contractor")
    # Words only added keep their word diff, however many.
    assert not rewritten("Maya Patel", "Maya Patel, runs 30 km a week and trains for the Leeds half marathon")
    # Spacing alone is no rewrite.
    assert not rewritten("Pays  by card", "Pays by card")


def test_whole_values_are_red_and_green_in_a_terminal(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    old = Doc("journeys/claim.yaml", {"id": "claim", "name": "Drying out and repairs"})
    new = Doc("journeys/claim.yaml", {"id": "claim", "name": "Repairs by the approved contractor"})
    out = io.StringIO()
    render_text(DiffResult([compare_pair(old, new)]), out, color=True)
    text = out.getvalue()
    plain = re.sub(r"\x1b\[[0-9;]*m", "", text)
    assert "  ~ Name: Drying out and repairs → Repairs by the approved contractor" in plain
    assert re.search(r"\x1b\[[0-9;]*31m[^\x1b]*Drying out and repairs", text)
    assert re.search(r"\x1b\[[0-9;]*32m[^\x1b]*Repairs by the approved contractor", text)
