"""`cxkit fmt` orders a mapping that merges another (`<<: *etap`) when the `<<:` comes first.

Before, such a mapping kept the author's key order while every other mapping was laid out in the
canonical one, so two stages of one journey could read `id, name` and `name, goal, id`.  A merged
key is overridden by the mapping's own key wherever the `<<:` stands (YAML's merge, and cxkit's
reader), so the own keys can be ordered; the `<<:` stays the first line, with the comments above
it.  A `<<:` written below a key keeps the mapping as written, and a layout that fails fmt's
checks falls back to the mapping as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.fmt import FormatError, format_text
from cxkit.yamlio import load_text

JOURNEY_PL = """\
kind: journey
id: marta-kupuje-buty
name: Marta kupuje buty do biegania
persona: marta-biegaczka
x-etap: &etap  # wspólne pola etapu
  emotion: -1
  touchpoints: [sklep Biegam.pl]
stages:
  # pierwszy etap
  - <<: *etap
    # z warsztatu 2026-10
    name: Wybór butów
    goal: Znaleźć buty z dropem 8 mm w rozmiarze 39
    id: wybor
    emotion: 1  # ulga po przymiarce
  - <<: *etap
    name: Odbiór
    id: odbior
  - id: zwrot
    name: Zwrot
    <<: *etap
"""

JOURNEY_PL_LAID_OUT = """\
kind: journey
id: marta-kupuje-buty
name: Marta kupuje buty do biegania
persona: marta-biegaczka
x-etap: &etap  # wspólne pola etapu
  emotion: -1
  touchpoints: [sklep Biegam.pl]
stages:
  # pierwszy etap
  - <<: *etap
    id: wybor
    # z warsztatu 2026-10
    name: Wybór butów
    goal: Znaleźć buty z dropem 8 mm w rozmiarze 39
    emotion: 1  # ulga po przymiarce
  - <<: *etap
    id: odbior
    name: Odbiór
  - id: zwrot
    name: Zwrot
    <<: *etap
"""


def data_of(text: str):
    loaded = load_text(text)
    assert not loaded.problems, loaded.problems
    return loaded.data


def laid_out(text: str) -> str:
    out = format_text(text)
    assert data_of(out) == data_of(text)
    assert format_text(out) == out
    return out


def test_a_stage_that_merges_first_is_laid_out_in_canonical_order() -> None:
    assert laid_out(JOURNEY_PL) == JOURNEY_PL_LAID_OUT


def test_the_own_key_still_overrides_the_merged_one() -> None:
    stage = data_of(laid_out(JOURNEY_PL))["stages"][0]
    assert stage["emotion"] == 1  # its own, not the -1 of x-etap
    assert stage["touchpoints"] == ["sklep Biegam.pl"]


def test_a_merge_key_below_a_key_keeps_the_mapping_as_written() -> None:
    out = laid_out(JOURNEY_PL)
    assert out.endswith("  - id: zwrot\n    name: Zwrot\n    <<: *etap\n")


def test_a_list_of_merged_blocks_and_a_comment_above_the_merge() -> None:
    text = """\
kind: journey
id: halina-zamawia
name: Halina zamawia leki
persona: halina-w
x-etap: &etap
  touchpoints: [app]
x-kolejka: &kolejka
  pain_points: [Kolejka do okienka]
stages:
  -
    # wspólne pola
    <<: [*etap, *kolejka]
    emotion: -1
    name: Odbiór recepty
    id: odbior
"""
    assert laid_out(text) == text.replace(
        "    emotion: -1\n    name: Odbiór recepty\n    id: odbior\n",
        "    id: odbior\n    name: Odbiór recepty\n    emotion: -1\n",
    )


def test_a_document_that_merges_an_inline_mapping() -> None:
    text = "<<: {lang: en, owner: CX team at Billrun}\nname: Dan Okafor\nkind: persona\nid: dan-heating\n"
    assert laid_out(text) == "<<: {lang: en, owner: CX team at Billrun}\nkind: persona\nid: dan-heating\nname: Dan Okafor\n"


def test_nested_demographics_merged_from_a_shared_block() -> None:
    text = """\
kind: persona
id: marta-biegaczka
name: Marta Kowalska
x-krakow: &krakow
  location: Kraków, Podgórze
demographics:
  <<: *krakow
  occupation: Pielęgniarka na SOR-ze w szpitalu im. Rydygiera
  age: 41
"""
    # The anchored block stays above its alias, and the merging mapping's own keys are ordered.
    assert laid_out(text) == text.replace(
        "  occupation: Pielęgniarka na SOR-ze w szpitalu im. Rydygiera\n  age: 41\n",
        "  age: 41\n  occupation: Pielęgniarka na SOR-ze w szpitalu im. Rydygiera\n",
    )


def test_when_the_ordered_layout_fails_its_checks_the_merging_mapping_stays_as_written(monkeypatch) -> None:
    import cxkit.fmt as fmt_module

    real = fmt_module._format_text

    def refusing(text: str, merges: bool = False) -> str:
        if merges:
            raise FormatError(9, 5, "a layout that fails the checks", "fmt-layout")
        return real(text, merges)

    monkeypatch.setattr(fmt_module, "_format_text", refusing)
    out = format_text(JOURNEY_PL.replace("kind: journey\nid: marta-kupuje-buty\n", "id: marta-kupuje-buty\nkind: journey\n"))
    assert out == JOURNEY_PL  # the keys of the document laid out, the stages as written


def test_fmt_check_and_fmt_on_the_file(tmp_path: Path) -> None:
    path = tmp_path / "marta-kupuje-buty.yaml"
    path.write_text(JOURNEY_PL, encoding="utf-8")
    run = CliRunner().invoke
    assert run(app, ["fmt", "--no-cache", "-j", "1", "--check", str(path)]).exit_code == 1
    assert run(app, ["fmt", "--no-cache", "-j", "1", str(path)]).exit_code == 0
    assert path.read_text(encoding="utf-8") == JOURNEY_PL_LAID_OUT
    assert run(app, ["fmt", "--no-cache", "-j", "1", "--check", str(path)]).exit_code == 0


@pytest.mark.parametrize("anchor", ["etap", "étap-wspólny"])
def test_lint_reads_the_same_data_before_and_after(anchor: str) -> None:
    text = JOURNEY_PL.replace("&etap", f"&{anchor}").replace("*etap", f"*{anchor}")
    out = laid_out(text)
    assert out == JOURNEY_PL_LAID_OUT.replace("&etap", f"&{anchor}").replace("*etap", f"*{anchor}")
