"""The bundled example workspaces lint clean and show what good looks like."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.model import JourneyMap, NegativePersona, Persona
from cxkit.model.validate import validate
from cxkit.yamlio import load_bytes

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
# Pinned so the suite does not start failing by the calendar; the examples were reviewed in autumn 2026.
TODAY = "2026-11-23"

EXPECTED = {
    "pl/personas/pawel-programista-audiofil.yaml": Persona,
    "pl/personas/agnieszka-studio-podcastow.yaml": Persona,
    "pl/personas/kamil-kupuje-pod-promocje.yaml": NegativePersona,
    "pl/journeys/pawel-kupuje-sluchawki-otwarte.yaml": JourneyMap,
    "en/personas/dan-heating-firm-owner.yaml": Persona,
    "en/personas/rosa-occasional-freelancer.yaml": NegativePersona,
    "en/journeys/dan-switches-invoicing.yaml": JourneyMap,
}
SEVEN_STAGES = ["awareness", "consideration", "decision", "purchase", "post-purchase", "loyalty", "advocacy"]
PL_STAGE_NAMES = [
    "Świadomość", "Rozważanie", "Decyzja", "Zakup", "Doświadczenie po zakupie", "Lojalność", "Polecanie",
]
EN_STAGE_NAMES = ["Awareness", "Consideration", "Decision", "Purchase", "Post-purchase", "Loyalty", "Advocacy"]


def load(rel: str):
    loaded = load_bytes((EXAMPLES / rel).read_bytes())
    assert loaded.problems == [], f"{rel}: {loaded.problems}"
    model, issues = validate(loaded.data)
    assert issues == [], f"{rel}: {issues}"
    return model


@pytest.fixture(autouse=True)
def _cache_outside_the_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The runs here lint the checkout: their cache goes to the test's own folder, not the checkout's
    .cxkit_cache, which parallel workers (and the people working in the checkout) would share."""
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))


def lint_json(monkeypatch: pytest.MonkeyPatch, *paths: str) -> tuple[int, list[dict]]:
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("CXKIT_TODAY", TODAY)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    result = CliRunner().invoke(app, ["lint", "--format", "json", *paths])
    return result.exit_code, json.loads(result.stdout)


def test_examples_lint_clean_with_every_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    code, findings = lint_json(monkeypatch, "examples/")
    assert findings == []
    assert code == 0


@pytest.mark.parametrize("workspace", ["examples/pl", "examples/en"])
def test_each_workspace_lints_clean_on_its_own(monkeypatch: pytest.MonkeyPatch, workspace: str) -> None:
    code, findings = lint_json(monkeypatch, workspace)
    assert findings == []
    assert code == 0


def test_every_example_file_is_listed_here() -> None:
    found = {p.relative_to(EXAMPLES).as_posix() for p in EXAMPLES.rglob("*.y*ml")}
    assert found == set(EXPECTED)


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_example_is_a_valid_model_of_its_kind(rel: str) -> None:
    model = load(rel)
    assert type(model) is EXPECTED[rel]
    assert model.id == Path(rel).stem
    assert model.lang == rel.split("/")[0]


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_example_opens_with_a_comment_and_its_schema(rel: str) -> None:
    lines = (EXAMPLES / rel).read_text(encoding="utf-8").splitlines()
    prefix = "# yaml-language-server: $schema="
    assert lines[0].startswith(prefix)
    kind = {Persona: "persona", NegativePersona: "negative-persona", JourneyMap: "journey"}[EXPECTED[rel]]
    target = ((EXAMPLES / rel).parent / lines[0][len(prefix):]).resolve()
    assert target == REPO / "docs" / "schema" / f"{kind}.json"
    explanation = [line for line in lines[1:8] if line.startswith("# ")]
    assert len(explanation) >= 3, "explain what good looks like in a few comment lines"


def test_ids_are_unique_across_both_workspaces() -> None:
    ids = [load(rel).id for rel in EXPECTED]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rel", sorted(r for r, m in EXPECTED.items() if m is not JourneyMap))
def test_personas_rest_on_recent_dated_research(rel: str) -> None:
    model = load(rel)
    assert len(model.sources) >= 2
    assert all(s.date is not None for s in model.sources)
    assert len({s.id for s in model.sources}) == len(model.sources)
    today = dt.date.fromisoformat(TODAY)
    assert model.reviewed is not None and (today - model.reviewed).days <= 92


@pytest.mark.parametrize("rel", sorted(r for r, m in EXPECTED.items() if m is not JourneyMap))
def test_personas_cite_their_sources_from_traits(rel: str) -> None:
    model = load(rel)
    lists = [getattr(model, f) for f in ("goals", "needs", "pain_points", "motivations", "behaviours",
                                         "channels", "expectations")]
    if isinstance(model, NegativePersona):
        lists += [model.reasons, model.substitutes, model.purchase_triggers, model.abandon_triggers]
    if model.psychographics is not None:
        p = model.psychographics
        lists += [p.values, p.interests, p.personality, p.lifestyle, p.attitudes]
    cited = [t for traits in lists for t in traits if t.sources]
    assert len(cited) >= 2
    defined = {s.id for s in model.sources}
    assert all(set(t.sources) <= defined for t in cited)


def test_polish_journey_walks_the_seven_stages_in_order() -> None:
    journey = load("pl/journeys/pawel-kupuje-sluchawki-otwarte.yaml")
    assert [s.id for s in journey.stages] == SEVEN_STAGES
    assert [s.name for s in journey.stages] == PL_STAGE_NAMES
    assert journey.persona == "pawel-programista-audiofil"


def test_english_journey_walks_the_seven_stages_in_order() -> None:
    journey = load("en/journeys/dan-switches-invoicing.yaml")
    assert [s.id for s in journey.stages] == SEVEN_STAGES
    assert [s.name for s in journey.stages] == EN_STAGE_NAMES
    assert journey.persona == "dan-heating-firm-owner"


@pytest.mark.parametrize("rel", sorted(r for r, m in EXPECTED.items() if m is JourneyMap))
def test_journey_stages_are_complete_and_every_pain_has_an_owned_fix(rel: str) -> None:
    journey = load(rel)
    for stage in journey.stages:
        assert stage.goal and stage.doing and stage.thinking and stage.feeling, stage.id
        assert stage.touchpoints and all(t.channel and t.description for t in stage.touchpoints), stage.id
        assert stage.emotion is not None, stage.id
        assert stage.barriers or stage.pain_points, stage.id
        assert stage.love_points and stage.metrics, stage.id
        assert stage.opportunities, stage.id
        for opp in stage.opportunities:
            assert opp.owner and opp.due is not None, (stage.id, opp.action)
            assert opp.due > dt.date.fromisoformat(TODAY), (stage.id, opp.action)
    emotions = [s.emotion for s in journey.stages]
    assert min(emotions) <= -1 and max(emotions) >= 1, "an honest journey has dips and highs"


def test_examples_are_in_canonical_layout():
    """`cxkit fmt --check` passes on the examples: they show the layout fmt produces."""
    from typer.testing import CliRunner

    from cxkit.cli import app

    result = CliRunner().invoke(app, ["fmt", "--check", str(Path(__file__).resolve().parent.parent / "examples")])
    assert result.exit_code == 0, result.output
