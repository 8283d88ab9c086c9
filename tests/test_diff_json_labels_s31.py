"""Session 31: `cxkit diff -f json` and `cxkit review -f json` name an item without an id by its
whole label in `item_labels`; text and Markdown keep the short label (about 40 characters) they
show beside the item's place.  A script, or a screen reader's user, never gets "…" for a name."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo

ACTION = "Zastąpić suwaki polami liczbowymi z etykietami, czytanymi przez NVDA"
TOUCHPOINT = "Replace the image CAPTCHA with an audio or e-mail code"

JOURNEY = """\
kind: journey
id: wniosek-kredytowy
name: Żaneta składa wniosek o kredyt
persona: zaneta-lecka
lang: pl
stages:
  - id: wniosek
    name: Wniosek
    emotion: -2
    touchpoints:
      - channel: web
        description: {touchpoint}
    opportunities:
      - action: {action}
        owner: {owner}
"""


def _journey(owner: str) -> str:
    return JOURNEY.format(action=ACTION, touchpoint=TOUCHPOINT, owner=owner)


@pytest.fixture(autouse=True)
def _plain(monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")


def test_diff_json_gives_the_whole_label_text_keeps_the_short_one(tmp_path):
    (tmp_path / "a.yaml").write_text(_journey("Zespół web"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(_journey("Zespół dostępności"), encoding="utf-8")
    a, b = str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")
    result = run_cli("diff", "-f", "json", a, b)
    assert result.exit_code == 1, result.stderr
    [change] = json.loads(result.stdout)
    assert change["path"] == "stages[wniosek].opportunities[0].owner"
    assert change["item_labels"] == {"stages[wniosek].opportunities[0]": ACTION}
    assert "…" not in result.stdout
    # The text and Markdown lines stay short: the label is cut at a word, with an ellipsis.
    text = run_cli("diff", a, b).stdout
    assert "Usprawnienia #1 „Zastąpić suwaki polami liczbowymi z…” › Właściciel" in text
    md = run_cli("diff", "-f", "md", a, b).stdout
    assert "„Zastąpić suwaki polami liczbowymi z…”" in md


def test_review_json_gives_the_whole_touchpoint_label(tmp_path, monkeypatch):
    repo = Repo(tmp_path / "kredyty")
    repo.write("cxkit.toml", "")
    repo.write("journeys/wniosek.yaml", _journey("Zespół web"))
    repo.commit("base")
    repo.write("journeys/wniosek.yaml", _journey("Zespół web").replace("channel: web", "channel: app"))
    monkeypatch.chdir(repo.root)
    result = run_cli("review", "--format", "json", "HEAD")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    [change] = json.loads(result.stdout)["changes"]
    assert change["item_labels"] == {"stages[wniosek].touchpoints[0]": f"app: {TOUCHPOINT}"}
