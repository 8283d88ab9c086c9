"""`cxkit.api` refuses what its command-line twin refuses, in the same words (tester39's report): a folder as
`lint_text`'s path, an empty `select`, a negative `jobs`, an empty `config`; `load` says what `cxkit lint` says
of a path that names nothing, and that a folder is one; `Document.position` takes the places findings name and
tells a place that is not there; `Finding.as_dict()` is the `-f json` object."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from api_helpers import OLA, ws  # noqa: F401  (the fixture)
from cxkit import api
from cxkit.cli import app
from typer.testing import CliRunner

#: A Polish journey past the purchase, with an opportunity nobody owns (CX403) in `post-purchase`.
JOURNEY = """kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola
stages:
  - id: consideration
    name: Rozważanie
    touchpoints:
      - channel: web
        description: Filtr butów po dropie i amortyzacji
    emotion: -1
  - id: post-purchase
    name: Po zakupie
    touchpoints:
      - channel: e-mail
        description: Ankieta po 14 dniach biegania w nowych butach
    emotion: -2
    opportunities:
      - action: Dodać tabelę szerokości (D, 2E, 4E) do kart butów
"""


def _cli_error(*args: str, input: str | None = None) -> str:
    result = CliRunner().invoke(app, list(args), input=input)
    assert result.exit_code == 2, result.output
    return result.stderr.strip().removeprefix("cxkit: ")


# -- M6: the same refusals as the command line ----------------------------------------------------------------


@pytest.mark.parametrize("folder", ["personas", "personas/", "personas/.."])
def test_lint_text_refuses_a_folder_as_its_path_as_stdin_filename_does_s37(ws: Path, folder: str) -> None:
    """Fails before: the text was linted and its findings came back under the path "personas"."""
    said = _cli_error("lint", "-", "--stdin-filename", folder, input=OLA)
    with pytest.raises(api.CxkitError) as caught:
        api.lint_text(OLA, folder)
    assert str(caught.value) == said.replace("--stdin-filename ", "path ", 1)
    assert str(caught.value).endswith("names a folder; give the document's file name (personas/ola.yaml)")


def test_lint_text_still_takes_a_file_not_yet_saved_s37(ws: Path) -> None:
    """Guard: a new file's path (its folder not made yet either) is no folder."""
    found = api.lint_text(OLA, "personas/nowa/ewa.yaml", baseline=False)
    assert found and {f.path for f in found} == {"personas/nowa/ewa.yaml"}  # linted, shown under it


@pytest.mark.parametrize("select", [[], "", [","], [" ", ""]])
def test_an_empty_select_is_refused_as_select_empty_is_s37(ws: Path, select: object) -> None:
    """Fails before: `select=[]` ran every rule, `select=""` said "unknown rule ''"."""
    said = _cli_error("lint", "--select", "", "personas")
    assert said.startswith("--select is empty;")
    for call in (lambda: api.lint("personas", select=select), lambda: api.lint_text(OLA, "personas/ola.yaml",
                                                                                     select=select)):
        with pytest.raises(api.CxkitError) as caught:
            call()
        assert str(caught.value) == said.replace("--select", "select")


def test_select_splits_at_commas_as_the_option_does_s37(ws: Path) -> None:
    """Fails before: "schema,CX3" was one unknown rule."""
    (ws / "personas" / "ola.yaml").write_text(OLA + "pain_ponts:\n  - Za drogie buty\n", encoding="utf-8")
    one = api.lint("personas", select="schema,CX3")
    assert sorted({f.code for f in one}) == ["CX002", "CX301", "CX304"]
    assert api.lint("personas", select=["schema", "CX3"]) == one == api.lint("personas", select=[" schema , CX3"])


def test_a_negative_jobs_is_refused_and_0_is_every_core_as_on_the_command_line_s37(ws: Path) -> None:
    """Fails before: jobs=-1 was taken (as 1)."""
    said = _cli_error("lint", "-j", "-1", "personas")
    # The workspace is Polish: the command line's usage error is Polish since session 40 (usage_pl).
    assert "'--jobs' / '-j': ma być co najmniej 0, a nie -1" in said
    with pytest.raises(api.CxkitError, match=r"^jobs: must be 0 or more, not -1$"):
        api.lint("personas", jobs=-1)
    from cxkit.api import _jobs_arg

    assert (_jobs_arg(0), _jobs_arg(1), _jobs_arg(3), _jobs_arg(None)) == (None, 1, 3, None)  # -j 0: every core


def test_an_empty_config_is_refused_in_the_options_words_s37(ws: Path) -> None:
    """Fails before: "" was the current folder, refused as ".: not a file; --config takes ..."."""
    said = _cli_error("lint", "--config", "", "personas")
    for call in (lambda: api.lint("personas", config=""), lambda: api.lint_text(OLA, config=" "),
                 lambda: api.load("personas/ola.yaml", config="")):
        with pytest.raises(api.CxkitError) as caught:
            call()
        assert str(caught.value) == said.replace("--config", "config")


# -- L2: load's messages ------------------------------------------------------------------------------------


def test_load_says_a_folder_is_one_s37(ws: Path) -> None:
    """Fails before: "personas: no such file"."""
    with pytest.raises(api.CxkitError, match=r"^personas: is a folder; load reads one document: name a file in it"):
        api.load("personas")


@pytest.mark.parametrize("typo", ["persona/ola.yaml", "personas/ola.yml"])
def test_load_of_a_path_that_names_nothing_says_what_lint_says_s37(ws: Path, typo: str) -> None:
    """Fails before: "persona/ola.yaml: no such file", without the "did you mean" lint gives."""
    with pytest.raises(api.CxkitError) as from_lint:
        api.lint(typo)
    with pytest.raises(api.CxkitError) as from_load:
        api.load(typo)
    assert str(from_load.value) == str(from_lint.value) == f"{typo}: no such file or directory; did you mean personas/ola.yaml?"


def test_load_of_an_empty_path_says_it_is_empty_s37(ws: Path) -> None:
    with pytest.raises(api.CxkitError, match=re.escape('a path given is empty ("")')):
        api.load("")


@pytest.mark.parametrize("written", ["ConfigMap", "cjm", "Persona"])
def test_kind_is_one_cxkit_knows_or_none_as_the_docs_say_s37(ws: Path, written: str) -> None:
    """docs/python-api.md said "as written"; `kind` is the kind cxkit reads the file as, and data holds the rest."""
    (ws / "personas" / "inne.yaml").write_text(f"kind: {written}\nid: inne\nname: Inny plik\n", encoding="utf-8")
    doc = api.load("personas/inne.yaml")
    assert doc.kind is None and doc.data["kind"] == written and doc.id == "inne" and not doc.ok
    assert api.load("personas/ola.yaml").kind == "persona"


# -- L1: Document.position ------------------------------------------------------------------------------------


@pytest.fixture
def journey(ws: Path) -> api.Document:
    (ws / "journeys").mkdir()
    (ws / "journeys" / "ola-kupuje-buty.yaml").write_text(JOURNEY, encoding="utf-8")
    return api.load("journeys/ola-kupuje-buty.yaml")


def test_position_takes_a_stage_by_its_id_s37(journey: api.Document) -> None:
    """Fails before: "post-purchase" was not found, and the place of `stages:` came back."""
    assert journey.position("stages", 1, "emotion") == (17, 5)
    assert journey.position("stages", "post-purchase", "emotion") == (17, 5)
    assert journey.position("stages[post-purchase].emotion") == (17, 5)
    assert journey.position('stages["post-purchase"].opportunities[0].action') == (19, 9)
    assert journey.position() == (1, 1) and journey.position("persona") == (4, 1)


def test_position_takes_every_finding_s_data_path_s37(journey: api.Document) -> None:
    findings = [f for f in api.lint("journeys") if f.data_path]
    assert any("[post-purchase]" in f.data_path for f in findings)
    for f in findings:
        line, _column = journey.position(f.data_path)
        assert line == f.line, f  # the key's line, where the finding's value starts


@pytest.mark.parametrize("path, said", [
    (("stages", 99, "emotion"), "journeys/ola-kupuje-buty.yaml has no stages[99] (the list has 2 items)"),
    (("stages", "support"), "journeys/ola-kupuje-buty.yaml has no stages[support]"),
    (("stages[support].emotion",), "journeys/ola-kupuje-buty.yaml has no stages[support]"),
    (("stages", 0, "barriers"), "journeys/ola-kupuje-buty.yaml has no stages[consideration].barriers"),
    (("goals",), "journeys/ola-kupuje-buty.yaml has no goals"),
])
def test_position_of_a_place_that_is_not_there_raises_key_error_s37(journey: api.Document, path: tuple,
                                                                     said: str) -> None:
    """Fails before: (1, 1) or the deepest part there (`stages:`'s line) came back, as if it were the place."""
    with pytest.raises(KeyError) as caught:
        journey.position(*path)
    assert caught.value.args[0] == said


def test_position_in_a_file_whose_yaml_cannot_be_read_s37(ws: Path) -> None:
    (ws / "personas" / "zla.yaml").write_text("kind: persona\nid: [zla\n", encoding="utf-8")
    doc = api.load("personas/zla.yaml")
    assert doc.position() == (1, 1)
    with pytest.raises(KeyError, match="its YAML cannot be read"):
        doc.position("id")


# -- L6: Finding.as_dict() ------------------------------------------------------------------------------------


def test_as_dict_is_the_json_format_s_object_but_fixable_s37(journey: api.Document) -> None:
    """Fails before: as_dict() had seven keys, without end_line, end_column, document and data_path."""
    Path("personas/ola.yaml").write_text(OLA + "pain_ponts:\n  - Obtarte pięty\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "-f", "json", "personas", "journeys"])
    written = json.loads(result.stdout)
    findings = api.lint(["personas", "journeys"])
    assert len(findings) == len(written) >= 3
    assert [f.as_dict() for f in findings] == [{k: v for k, v in w.items() if k != "fixable"} for w in written]
    assert list(findings[0].as_dict()) == [k for k in written[0] if k != "fixable"]  # in the same order
    assert any(f.as_dict()["data_path"] == "stages[post-purchase].opportunities[0].action" for f in findings)
