"""`cxkit fmt`'s cache also remembers the contents fmt would change, so a warm `fmt --check` of an
unchanged workspace whose files are not laid out lays nothing out, and says what a cold run says."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from typer.testing import CliRunner

from cxkit import fmt as fmt_module
from cxkit.cli import app
from fmt_cache_helpers import TIDY_PL, enter, fmt, record_laid_out

# Keys out of the documented order and lists indented by four: what a hand-edited file looks like.
MESSY_PL = """\
id: {id}
kind: persona
name: {name}
goals:
    - Zamówić kwiaty na imieniny teściowej z telefonu, w drodze z pracy
    - Porównać ceny dostawy w dwóch kwiaciarniach na Mokotowie
reviewed: 2026-10-01
"""

MESSY_EN = """\
name: Dan
kind: persona
id: dan-heating
goals:
    - Send a quote from the van within 10 minutes of leaving the site
"""

MESSY_JOURNEY_PL = """\
id: odbior-recepty
name: Odbiór recepty
kind: journey
persona: osoba-0
stages:
    -   id: szukanie
        name: Szukanie apteki
        doing: Sprawdza w aplikacji, która apteka przy biurze ma lek na stanie
"""

# A key kept above the documented order for its anchor: fmt says a note of it on every run.
ANCHORED = ("kind: persona\nid: kotwica\nname: Kasia\nchannels: &ch\n  - Forum Audiostereo 3 razy w tygodniu\n"
            "behaviours: *ch\nreviewed: 2026-11-01\n")


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """Two tidy Polish personas, three files fmt would change (Polish and English), in that order on disk."""
    return enter(tmp_path, monkeypatch, {
        "personas/osoba-0.yaml": TIDY_PL.format(id="osoba-0", name="Osoba 0"),
        "personas/osoba-1.yaml": TIDY_PL.format(id="osoba-1", name="Osoba 1"),
        "personas/anna.yaml": MESSY_PL.format(id="anna-kwiaty", name="Anna"),
        "personas/dan.yaml": MESSY_EN,
        "journeys/recepta.yaml": MESSY_JOURNEY_PL,
    })


@pytest.fixture
def laid_out(monkeypatch):
    """The ids of the documents fmt lays out, run by run, each time it does."""
    return record_laid_out(monkeypatch)


WOULD = ["would reformat journeys/recepta.yaml", "would reformat personas/anna.yaml", "would reformat personas/dan.yaml"]


def test_a_warm_check_of_files_fmt_would_change_lays_nothing_out_and_says_the_same_s39(workspace, laid_out):
    cold = fmt("--check")
    assert cold.exit_code == 1
    assert [line for line in cold.output.splitlines() if line.startswith("would")] == WOULD
    assert sorted(laid_out) == ["anna-kwiaty", "dan-heating", "odbior-recepty", "osoba-0", "osoba-1"]
    laid_out.clear()
    warm = fmt("--check")
    assert (warm.exit_code, warm.output) == (1, cold.output)  # the same lines, in the same order
    assert laid_out == []
    assert "3 files would be reformatted, 2 files would be left unchanged." in warm.output
    # Both verdicts are keys in the one list fmt-v1.json has always been.
    keys = json.loads((workspace / ".cxkit_cache" / "fmt-v1.json").read_text())
    assert len(keys) == 5 and all(isinstance(k, str) and len(k) == 32 for k in keys)


def test_a_polish_workspace_says_the_same_warm_as_cold_s39(workspace, laid_out):
    (workspace / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    cold = fmt("--check")
    assert cold.exit_code == 1 and "Do przeformatowania: 3 pliki" in cold.output
    named = [line for line in cold.output.splitlines() if re.search(r"(recepta|anna|dan)\.yaml$", line)]
    assert [line.split()[-1] for line in named] == [line.split()[-1] for line in WOULD]
    laid_out.clear()
    warm = fmt("--check")
    assert (warm.exit_code, warm.output) == (1, cold.output)
    assert laid_out == []
    uncached = fmt("--check", "--no-cache")
    assert (uncached.exit_code, uncached.output) == (1, cold.output)
    assert sorted(laid_out) == ["anna-kwiaty", "dan-heating", "odbior-recepty", "osoba-0", "osoba-1"]


def test_an_edited_file_is_judged_again_by_its_new_bytes_s39(workspace, laid_out):
    fmt("--check")
    anna = workspace / "personas" / "anna.yaml"
    anna.write_text(MESSY_PL.format(id="anna-kwiaty", name="Anna Nowak"), encoding="utf-8")  # still not laid out
    (workspace / "personas" / "dan.yaml").write_text(
        "kind: persona\nid: dan-heating\nname: Dan\ngoals:\n  - Send a quote from the van within 10 minutes of leaving the site\n",
        encoding="utf-8")  # laid out by hand
    laid_out.clear()
    result = fmt("--check")
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if line.startswith("would")] == WOULD[:2]
    assert sorted(laid_out) == ["anna-kwiaty", "dan-heating"]
    anna.write_text(fmt_module.format_text(anna.read_text(encoding="utf-8")), encoding="utf-8")
    laid_out.clear()
    tidy = fmt("--check", "personas")
    assert tidy.exit_code == 0 and "would reformat" not in tidy.output and laid_out == ["anna-kwiaty"]


@pytest.mark.parametrize("before", [None, 'lang = "pl"\n'])
def test_a_config_change_judges_every_file_again_s39(workspace, laid_out, before):
    config = workspace / "cxkit.toml"
    if before is not None:
        config.write_text(before, encoding="utf-8")
    fmt("--check")
    laid_out.clear()
    assert fmt("--check").exit_code == 1 and laid_out == []
    config.write_text('lang = "en"\n', encoding="utf-8")  # a config made, or its bytes changed
    assert fmt("--check").exit_code == 1
    assert len(laid_out) == 5


def test_another_cxkit_judges_every_file_again_s39(workspace, laid_out, monkeypatch):
    import cxkit.lint.cache as cache_module

    fmt("--check")
    laid_out.clear()
    assert fmt("--check").exit_code == 1 and laid_out == []
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda folder=None: "cxkit 99.0 with other source files")
    assert fmt("--check").exit_code == 1
    assert len(laid_out) == 5


def test_a_run_that_writes_lays_out_what_the_cache_knows_it_would_change_s39(workspace, laid_out, tmp_path_factory):
    pristine = tmp_path_factory.mktemp("pristine")
    shutil.copytree(workspace, pristine, dirs_exist_ok=True)
    fmt("--check")
    laid_out.clear()
    result = fmt()
    assert result.exit_code == 0 and "reformatted personas/dan.yaml" in result.output
    assert sorted(set(laid_out)) == ["anna-kwiaty", "dan-heating", "odbior-recepty"]
    # What it wrote is what a run that reads no cache writes.
    other = CliRunner().invoke(app, ["fmt", "-j", "1", "--no-cache", str(pristine)])
    assert other.exit_code == 0
    for name in ("personas/anna.yaml", "personas/dan.yaml", "journeys/recepta.yaml"):
        assert (workspace / name).read_bytes() == (pristine / name).read_bytes()
    assert fmt("--check").exit_code == 0


def test_the_diff_is_worked_out_again_after_a_warm_check_s39(workspace, laid_out):
    cold = fmt("--diff", "--no-cache")
    fmt("--check")
    laid_out.clear()
    warm = fmt("--diff")
    assert (warm.exit_code, warm.output) == (1, cold.output)
    assert "+kind: persona" in warm.output and "-    - Send a quote" in warm.output
    assert sorted(laid_out) == ["anna-kwiaty", "dan-heating", "odbior-recepty"]  # the tidy ones from the cache


def test_fix_takes_nothing_from_the_cache_s39(workspace, laid_out):
    dan = workspace / "personas" / "dan.yaml"
    dan.write_text(MESSY_EN.replace("goals:", "cele:"), encoding="utf-8")
    assert fmt("--check").exit_code == 1
    laid_out.clear()
    result = fmt("--fix")
    assert result.exit_code == 0 and "reformatted personas/dan.yaml (1 fix)" in result.output
    assert "goals:\n  - Send a quote" in dan.read_text(encoding="utf-8")
    assert "dan-heating" in laid_out


def test_a_file_with_a_note_is_laid_out_and_the_note_said_every_run_s39(workspace, laid_out):
    (workspace / "personas" / "kotwica.yaml").write_text(ANCHORED, encoding="utf-8")
    cold = fmt("--check")
    assert "holds the anchor &ch" in cold.output
    laid_out.clear()
    warm = fmt("--check")
    assert warm.output == cold.output and laid_out == ["kotwica"]


def test_a_file_changed_while_it_is_checked_is_not_remembered_by_its_old_bytes_s39(workspace, monkeypatch):
    target = workspace / "personas" / "osoba-0.yaml"
    tidy = target.read_bytes()
    real = fmt_module.format_file

    def edited_meanwhile(t, config):
        if t.display.endswith("osoba-0.yaml"):
            target.write_text(MESSY_PL.format(id="osoba-0", name="Osoba 0"), encoding="utf-8")  # saved right now
        return real(t, config)

    monkeypatch.setattr(fmt_module, "format_file", edited_meanwhile)
    assert "would reformat personas/osoba-0.yaml" in fmt("--check").output  # it judged the new bytes
    monkeypatch.setattr(fmt_module, "format_file", real)
    target.write_bytes(tidy)  # the bytes the key was made of: never taken for a file fmt would change
    result = fmt("--check")
    assert "osoba-0" not in result.output


def test_a_layout_in_the_plain_subset_is_proven_canonical_without_a_second_round_trip_s39(monkeypatch):
    calls: list[str] = []
    real = fmt_module._format_merged

    def counting(text, *mode):
        calls.append(text)
        return real(text, *mode)

    monkeypatch.setattr(fmt_module, "_format_merged", counting)
    out = fmt_module.format_text(MESSY_PL.format(id="anna-kwiaty", name="Anna"))
    assert out.startswith("kind: persona\nid: anna-kwiaty\nname: Anna\ngoals:\n  - Zamówić kwiaty")
    assert len(calls) == 1  # its output proven laid out by the tree lint's parser builds
    calls.clear()
    # An anchor is outside what the proof covers: the output is laid out once more, as before.
    anchored = fmt_module.format_text(ANCHORED.replace("\n  - Forum", "\n    - Forum"))
    assert "channels: &ch\n  - Forum Audiostereo" in anchored and len(calls) == 2
    assert fmt_module.format_text(anchored) == anchored


def test_fmt_options_convert_exactly_as_typers_own_validator_s39(tmp_path, monkeypatch):
    # fmt takes lint's light coercion (no pydantic validator for a plain value): the same values and errors.
    from test_startup import coerced_as_typer_does

    monkeypatch.chdir(tmp_path)
    cases = {
        "paths": [("personas", "journeys/odbiór.yaml"), (), ("a\udcffb.yaml",)],
        "config_text": ["cxkit.toml", "", "./nie/ma/"],
        "jobs": ["1", "4", "0", "-1", "+3", "2.0", "٣", " 2", "abc", "1" * 30],
        "stdin_filename": ["personas/ola.yaml", ""],
        "files_from": ["-", "zmienione.txt"],
        "check": [True, False],
    }
    assert coerced_as_typer_does("fmt", cases) == sum(map(len, cases.values()))


def test_a_warm_check_of_files_fmt_would_change_loads_no_layout_and_no_models_s39(workspace):
    import os

    from test_startup import warm_runs  # cxkit run in fresh interpreters: its exit code and sys.modules

    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CXKIT_DEBUG", "CXKIT_CACHE_DIR")}
    env["NO_COLOR"] = "1"
    (_, cold, first), (_, warm, second) = warm_runs(workspace, ("fmt", "--check"), 2, env)
    assert warm == cold and "would reformat personas/dan.yaml" in warm and first["code"] == second["code"] == 1
    assert "cxkit.fmt" in first["modules"]
    loaded = set(second["modules"])
    assert not {"cxkit.fmt", "cxkit.lint.engine", "cxkit.workspace", "typer._adapters"} & loaded
    assert not {m.split(".")[0] for m in loaded} & {"ruamel", "pydantic", "pydantic_core"}
