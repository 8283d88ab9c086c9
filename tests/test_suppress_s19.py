"""An unused `# cxkit: disable=RULE` says where the finding it was probably meant for is.

A comment reaches its own line, or, on a line of its own, the next line with content. Above a
parent key (`lifestyle:`, a `location:` whose value is written on the line below) or one line off a
finding reported at a stage's `- id:`, it silenced nothing: it was reported as unused ("remove
it") while the finding it was written for stayed. Now, when a finding of that rule stands within
NEAR_LINES lines of the line it reaches, the report names that line.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.config import Config
from cxkit.lint.engine import NEAR_LINES, Selection, lint
from cxkit.lint.finding import Finding

ADVICE = ": put the comment at the end of that line, or on its own line just above it"

PERSONA_PL = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
demographics:
  age: 29
  # cxkit: disable=pseudo-profiling
  location:
    duże miasto
psychographics:
  # cxkit: disable=pseudo-profiling
  lifestyle:
    - Biega w każdą sobotę w parku Cytadela
    - Dba o zdrowie
goals:
  - Przebiec półmaraton poniżej 2 godzin w kwietniu 2027
"""

JOURNEY_EN = """\
kind: journey
id: maya-replaces-shoes
name: Maya replaces her running shoes
lang: en
persona: maya-runner
stages:
  - id: awareness
    name: Awareness
    touchpoints:
      - Strava club feed
    emotion: 0
  - id: purchase
    # cxkit: disable=stage-without-touchpoints
    name: Purchase
    emotion: 1
  - id: loyalty
    name: Loyalty
    touchpoints:
      - Reorder reminder e-mail after 600 km
    emotion: 1
"""


def run(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], *rules: str) -> list[Finding]:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    monkeypatch.chdir(root)
    return lint(["."], Config(root=root), Selection(select=rules)).findings


def line_of(text: str, needle: str, after: int = 0) -> int:
    return text[: text.index(needle, after)].count("\n") + 1


def unused(found: list[Finding]) -> list[tuple[int, str]]:
    return [(f.line, f.message) for f in found if f.rule == "unused-suppression"]


def test_polish_comments_above_a_parent_key_name_the_line_of_the_trait(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": PERSONA_PL}, "pseudo-profiling", "unused-suppression")
    city, health = line_of(PERSONA_PL, "duże miasto"), line_of(PERSONA_PL, "Dba o zdrowie")
    first, second = line_of(PERSONA_PL, "# cxkit"), line_of(PERSONA_PL, "# cxkit", PERSONA_PL.index("psychographics"))
    # The findings stay where they are; each comment says where its finding is.
    assert [(f.rule, f.line) for f in found if f.rule == "pseudo-profiling"] == [("pseudo-profiling", city),
                                                                                ("pseudo-profiling", health)]
    assert unused(found) == [
        (first, f"'disable=pseudo-profiling' suppresses nothing on line {first + 1}; "
                f"the pseudo-profiling finding is on line {city}{ADVICE}"),
        (second, f"'disable=pseudo-profiling' suppresses nothing on line {second + 1}; "
                 f"the pseudo-profiling finding is on line {health}{ADVICE}"),
    ]


def test_following_the_advice_silences_the_finding_and_leaves_no_unused_comment(tmp_path, monkeypatch):
    moved = (PERSONA_PL.replace("  # cxkit: disable=pseudo-profiling\n", "")
             .replace("    duże miasto\n", "    duże miasto  # cxkit: disable=pseudo-profiling\n")
             .replace("    - Dba o zdrowie\n", "    # cxkit: disable=pseudo-profiling\n    - Dba o zdrowie\n"))
    assert run(tmp_path, monkeypatch, {"personas/ola.yaml": moved}, "pseudo-profiling", "unused-suppression") == []


def test_english_comment_below_a_stage_names_the_stage_line_it_is_reported_on(tmp_path, monkeypatch):
    # stage-without-touchpoints is reported at the stage's `- id:`, one line above what the comment reaches.
    found = run(tmp_path, monkeypatch, {"journeys/maya.yaml": JOURNEY_EN}, "stage-without-touchpoints", "unused-suppression")
    stage, comment = line_of(JOURNEY_EN, "- id: purchase"), line_of(JOURNEY_EN, "# cxkit")
    assert [(f.rule, f.line) for f in found] == [("stage-without-touchpoints", stage), ("unused-suppression", comment)]
    assert found[1].message == (f"'disable=stage-without-touchpoints' suppresses nothing on line {comment + 1}; "
                                f"the stage-without-touchpoints finding is on line {stage}{ADVICE}")


def test_disable_all_names_the_nearest_finding_and_its_rule(tmp_path, monkeypatch):
    text = JOURNEY_EN.replace("disable=stage-without-touchpoints", "disable=all")
    found = run(tmp_path, monkeypatch, {"journeys/maya.yaml": text}, "stage-without-touchpoints", "unused-suppression")
    stage = line_of(text, "- id: purchase")
    assert unused(found)[0][1].endswith(f"; the nearest finding (stage-without-touchpoints) is on line {stage}{ADVICE}")


def test_with_no_finding_of_its_rule_near_it_says_remove_it(tmp_path, monkeypatch):
    # Another rule's finding nearby is not named; nor is one of its rule farther than NEAR_LINES lines.
    other = PERSONA_PL.replace("disable=pseudo-profiling\n  location", "disable=placeholder\n  location")
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": other}, "pseudo-profiling", "placeholder", "unused-suppression")
    comment = line_of(other, "# cxkit")
    assert (comment, f"'disable=placeholder' suppresses nothing on line {comment + 1}; remove it") in unused(found)
    # The vague trait is pushed past NEAR_LINES; the location three lines above is the first comment's.
    far = PERSONA_PL.replace("  lifestyle:\n", "  lifestyle:\n" + "    - Biega w każdą sobotę w parku Cytadela\n" * NEAR_LINES)
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": far}, "pseudo-profiling", "unused-suppression")
    second = line_of(far, "# cxkit", far.index("psychographics"))
    assert (second, f"'disable=pseudo-profiling' suppresses nothing on line {second + 1}; remove it") in unused(found)


def test_two_comments_off_by_a_line_are_not_both_sent_to_one_finding(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("    - Dba o zdrowie\n", "")  # the location is the one pseudo-profiling finding left
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "pseudo-profiling", "unused-suppression")
    city = line_of(text, "duże miasto")
    messages = [message for _line, message in unused(found)]
    assert [m.split("; ", 1)[1] for m in messages] == [f"the pseudo-profiling finding is on line {city}{ADVICE}",
                                                       "remove it"]


def test_a_finding_another_comment_silences_is_not_named(tmp_path, monkeypatch):
    text = PERSONA_PL.replace("    duże miasto\n", "    duże miasto  # cxkit: disable=pseudo-profiling\n").replace(
        "    - Dba o zdrowie\n", "    - Dba o zdrowie  # cxkit: disable=pseudo-profiling\n")
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": text}, "pseudo-profiling", "unused-suppression")
    assert [f.rule for f in found] == ["unused-suppression", "unused-suppression"]
    assert all(message.endswith("; remove it") for _line, message in unused(found))


def test_the_cli_prints_the_advice_at_the_comment(tmp_path, monkeypatch):
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(PERSONA_PL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--select", "pseudo-profiling,unused-suppression", "."])
    assert result.exit_code == 1
    assert ("personas/ola.yaml:11:3: info CX005 'disable=pseudo-profiling' suppresses nothing on line 12; "
            f"the pseudo-profiling finding is on line 14{ADVICE} [unused-suppression]") in result.stdout
    assert "personas/ola.yaml:14:7: warning CX101 " in result.stdout


def test_the_rule_docs_say_how_far_the_advice_looks():
    docs = (Path(__file__).resolve().parents[1] / "docs" / "rules.md").read_text(encoding="utf-8")
    section = docs[docs.index("## unused-suppression"):docs.index("## pseudo-profiling")]
    assert f"within {NEAR_LINES} lines of the line it reaches" in section


# --- a comment in another linter's form ---------------------------------------------------------

OTHER_FORMS_PL = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
demographics:
  age: 29
  location: Poznań, Rataje
psychographics:
  lifestyle:
    # cxkit: disable-next-line=pseudo-profiling
    - Dba o zdrowie
    - Ceni jakość  # cxkit: ignore=CX101
    - Szuka okazji  # cxkit: disable pseudo-profiling
    - Lubi ładne rzeczy  # cxkit: ignore this line please
goals:
  - Przebiec półmaraton poniżej 2 godzin w kwietniu 2027
"""


def test_another_linters_form_is_told_the_cxkit_comment_that_does_the_same(tmp_path, monkeypatch):
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": OTHER_FORMS_PL}, "pseudo-profiling", "unused-suppression")
    advice = {line: message.split("; it suppresses nothing ", 1)[1] for line, message in unused(found)}
    assert advice == {
        10: "(write '# cxkit: disable=pseudo-profiling': on a line of its own, it applies to the next line with content)",
        12: "(write '# cxkit: disable=CX101' at the end of the line it is meant for)",
        13: "(write '# cxkit: disable=pseudo-profiling' at the end of the line it is meant for)",
        # Not rules cxkit has: the two forms there are.
        14: "(write '# cxkit: disable=RULE' or '# cxkit: disable-file=RULE')",
    }
    # Written as it says, each silences its trait.
    fixed = (OTHER_FORMS_PL.replace("disable-next-line=", "disable=").replace("ignore=CX101", "disable=CX101")
             .replace("disable pseudo-profiling", "disable=pseudo-profiling")
             .replace("ignore this line please", "disable=pseudo-profiling"))
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": fixed}, "pseudo-profiling", "unused-suppression")
    assert found == []


def test_an_english_disable_file_without_its_equals_sign_is_told_the_form(tmp_path, monkeypatch):
    text = JOURNEY_EN.replace("    # cxkit: disable=stage-without-touchpoints\n", "").replace(
        "kind: journey\n", "kind: journey\n# cxkit: disable-file stage-without-touchpoints, CX403 (draft)\n")
    found = run(tmp_path, monkeypatch, {"journeys/maya.yaml": text}, "stage-without-touchpoints", "unused-suppression")
    assert unused(found) == [(2, "cxkit does not understand '# cxkit: disable-file stage-without-touchpoints, CX403 (draft)'; "
                                 "it suppresses nothing (write '# cxkit: disable-file=stage-without-touchpoints,CX403')")]


STALE_PL = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
summary: Księgowa z Krakowa, biega od 2019 roku
behaviours:
  # cxkit: disable=pseudo-profiling (stary opis z warsztatu, do przepisania)
  - Biega we wtorki i czwartki o 6:00 wokół Błoń, 8 km w 48 minut
  - Zapisuje każdy trening w Garmin Connect i porównuje tempo z zeszłym rokiem
  - Jest aktywna i lubi sport
goals:
  - Przebiec półmaraton poniżej 2 godzin w kwietniu 2027  # cxkit: disable=pseudo-profiling
motivations:
  - Chce być zdrowa
"""


def test_a_stale_comment_is_told_to_go_not_sent_to_another_items_finding(tmp_path, monkeypatch):
    # The trait the comment was written for was rewritten; the vague trait two items below, and the
    # one in `motivations`, are findings of their own, which the comment's reason does not speak for.
    found = run(tmp_path, monkeypatch, {"personas/ola.yaml": STALE_PL}, "pseudo-profiling", "unused-suppression")
    stale = [f.message for f in found if f.rule == "unused-suppression"]
    assert stale == [
        "'disable=pseudo-profiling' suppresses nothing on line 8; remove it",
        "'disable=pseudo-profiling' suppresses nothing on this line; remove it",
    ]
    assert sorted(f.line for f in found if f.rule == "pseudo-profiling") == [10, 14]


def test_the_advice_survives_the_cache(tmp_path, monkeypatch):
    # The places a comment may have been meant for are kept with its file's cached results.
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    files = {"personas/ola.yaml": PERSONA_PL}
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config = Config(root=tmp_path)
    cold = lint(["."], config, Selection(select=("pseudo-profiling", "unused-suppression")), cache=True, jobs=1)
    (tmp_path / "personas" / "other.yaml").write_text(PERSONA_PL.replace("ola-biegaczka", "ewa-biegaczka"), encoding="utf-8")
    warm = lint(["."], config, Selection(select=("pseudo-profiling", "unused-suppression")), cache=True, jobs=1)
    assert warm.cached_files == 1
    advice = [f.message for f in cold.findings if f.rule == "unused-suppression"]
    assert advice and all(ADVICE in m for m in advice)
    assert [f.message for f in warm.findings if f.rule == "unused-suppression" and f.path.endswith("ola.yaml")] == advice
