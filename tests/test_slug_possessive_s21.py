"""`cxkit new`: an English possessive keeps its "s" in the id (tester4 F12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.scaffold.slug import slugify
from cxkit.yamlio import load_text


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("name", "slug"), [
    ("Priya's flood claim", "priyas-flood-claim"),
    ("Priya\u2019s flood claim", "priyas-flood-claim"),  # typographic apostrophe, as Word types it
    ("Tom's escape-of-water claim", "toms-escape-of-water-claim"),
    ("Żaneta's claim", "zanetas-claim"),
    ("JAMES'S BOILER", "jamess-boiler"),
    ("Priya's", "priyas"),
])
def test_a_possessive_keeps_its_s(name: str, slug: str) -> None:
    assert slugify(name) == slug


@pytest.mark.parametrize(("name", "slug"), [
    ("Dan O'Connor, Jr.", "dan-o-connor-jr"),  # an apostrophe before another letter separates words
    ("Dan O\u2019Sullivan", "dan-o-sullivan"),
    ("Priya'sa", "priya-sa"),  # not a final "s"
    ("Chris' claim", "chris-claim"),
    ("the 2020's backlog", "the-2020-s-backlog"),  # only after a letter
    ("Мар'яна Коваль", "mariana-koval"),
])
def test_other_apostrophes_still_separate_words(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_new_journey_with_a_possessive_name(ws: Path) -> None:
    from cxkit.cli import app

    result = CliRunner().invoke(app, ["new", "journey", "Priya\u2019s flood claim", "--no-input",
                                      "--persona", "priya"])
    assert (result.exit_code, result.stdout) == (0, "journeys/priyas-flood-claim.yaml\n"), result.output
    data = load_text((ws / "journeys/priyas-flood-claim.yaml").read_text(encoding="utf-8")).data
    assert (data["id"], data["name"]) == ("priyas-flood-claim", "Priya\u2019s flood claim")
