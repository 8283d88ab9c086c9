"""A folder named inside a workspace is checked against the whole workspace, as a named file is.

`cxkit lint journeys/` (or `cxkit lint .` in `journeys/`) must know the personas in
`personas/`: the workspace's other documents inform the cross-file rules, and only
findings in the named paths are reported. Also: unknown-persona's "no personas were
found" advice says only what is true of the run, the lint cache keeps runs of a folder
and of the workspace apart, and a named folder that `exclude` matches is said to be
excluded rather than empty.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PL_JOURNEY = "journeys/pawel-kupuje-sluchawki-otwarte.yaml"
PL_PERSONA = "personas/pawel-programista-audiofil.yaml"
EN_JOURNEY = "journeys/dan-switches-invoicing.yaml"
EN_PERSONA = "personas/dan-heating-firm-owner.yaml"

OLD_HINT = (
    "; no personas were found in the checked paths (lint the whole folder, or add a cxkit.toml"
    " so that named files are checked against their workspace)"
)


def copy_examples(tmp_path: Path, lang: str, config: str | None = 'paths = ["personas", "journeys"]\n') -> Path:
    root = tmp_path / f"cx-{lang}"
    shutil.copytree(EXAMPLES / lang, root)
    if config is not None:
        (root / "cxkit.toml").write_text(config, encoding="utf-8")
    return root


def lint(where: Path, monkeypatch: pytest.MonkeyPatch, *args: str):
    monkeypatch.chdir(where)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    # The examples' review and due dates are written for this day (as in test_examples.py).
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    return CliRunner().invoke(app, ["lint", *args], env={"NO_COLOR": "1", "CI": "1"})


def as_json(result) -> list[tuple[str, int, int, str]]:
    return [(f["path"], f["line"], f["column"], f["code"]) for f in json.loads(result.stdout)]


# --- the named folder gets the workspace as context -------------------------------------------


@pytest.mark.parametrize("lang, journey", [("pl", PL_JOURNEY), ("en", EN_JOURNEY)])
def test_a_named_folder_knows_the_personas_of_its_workspace(tmp_path, monkeypatch, lang, journey):
    root = copy_examples(tmp_path, lang)
    result = lint(root, monkeypatch, "--no-cache", "journeys/")
    assert result.exit_code == 0, result.output
    assert result.stdout == "All checks passed (1 document in 1 file).\n"
    # The same as naming the file itself.
    named = lint(root, monkeypatch, "--no-cache", journey)
    assert named.exit_code == 0 and named.stdout == result.stdout


def test_the_current_folder_inside_a_workspace_gets_the_same_context(tmp_path, monkeypatch):
    root = copy_examples(tmp_path, "pl")
    result = lint(root / "journeys", monkeypatch, "--no-cache", ".")
    assert result.exit_code == 0, result.output
    assert result.stdout == "All checks passed (1 document in 1 file).\n"
    no_args = lint(root / "journeys", monkeypatch, "--no-cache")  # the configured paths, from below
    assert no_args.exit_code == 0 and no_args.stdout == "All checks passed (4 documents in 4 files).\n"


def test_a_workspace_without_paths_is_the_config_folder(tmp_path, monkeypatch):
    root = copy_examples(tmp_path, "en", config='lang = "en"\n')
    result = lint(root, monkeypatch, "--no-cache", "journeys")
    assert result.exit_code == 0, result.output
    assert result.stdout == "All checks passed (1 document in 1 file).\n"


def test_only_findings_in_the_named_folder_are_reported(tmp_path, monkeypatch):
    root = copy_examples(tmp_path, "pl")
    persona = root / PL_PERSONA
    text = persona.read_text(encoding="utf-8")
    # A placeholder in the persona: a finding of the persona's, not of the journeys folder.
    persona.write_text(text.replace("name: Paweł", "name: Paweł TODO", 1), encoding="utf-8")
    assert "name: Paweł TODO" in persona.read_text(encoding="utf-8")
    # And a journey that names a persona nobody wrote, beside the good one.
    journey = (root / PL_JOURNEY).read_text(encoding="utf-8")
    (root / "journeys/ola-kupuje-glosniki.yaml").write_text(
        journey.replace("id: pawel-kupuje-sluchawki-otwarte", "id: ola-kupuje-glosniki", 1)
        .replace("persona: pawel-programista-audiofil", "persona: pawel-programista-audiofill", 1),
        encoding="utf-8",
    )
    in_journeys = lint(root, monkeypatch, "--no-cache", "-f", "json", "--select", "CX004,placeholder", "journeys/")
    assert as_json(in_journeys) == [("journeys/ola-kupuje-glosniki.yaml", 13, 10, "CX004")]
    (finding,) = json.loads(in_journeys.stdout)
    assert finding["message"] == (
        "persona 'pawel-programista-audiofill' does not exist in the workspace; did you mean "
        "'pawel-programista-audiofil' (Paweł TODO Czerski)?"
    )
    everything = lint(root, monkeypatch, "--no-cache", "-f", "json", "--select", "CX004,placeholder", ".")
    assert [f[0] for f in as_json(everything)] == ["journeys/ola-kupuje-glosniki.yaml", PL_PERSONA]
    text_run = lint(root, monkeypatch, "--no-cache", "--select", "CX004,placeholder", "journeys/")
    assert text_run.stdout.endswith("Found 1 problem (1 error) in 1 file; 2 documents checked.\n")


def test_an_unreadable_folder_under_the_named_one_is_still_reported(tmp_path, monkeypatch):
    root = copy_examples(tmp_path, "pl")
    (root / "journeys/archiwum").mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if str(path).replace(os.sep, "/").endswith("journeys/archiwum"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = lint(root, monkeypatch, "--no-cache", "-f", "json", "journeys")
    assert as_json(result) == [("journeys/archiwum", 1, 1, "CX000")]


# --- the lint cache keeps a folder's run and the workspace's apart ----------------------------


def test_the_cache_follows_a_context_document_that_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # let the stat-only path answer at once
    root = copy_examples(tmp_path, "pl")
    first = lint(root, monkeypatch, "journeys/")
    assert first.exit_code == 0 and first.stdout == "All checks passed (1 document in 1 file).\n"
    again = lint(root, monkeypatch, "journeys/")
    assert again.stdout == first.stdout  # answered from the cache
    # The persona, outside the named folder, takes another id: the journey now names no one.
    persona = root / PL_PERSONA
    persona.write_text(
        persona.read_text(encoding="utf-8").replace("id: pawel-programista-audiofil", "id: pawel-audiofil", 1),
        encoding="utf-8",
    )
    changed = lint(root, monkeypatch, "-f", "json", "journeys/")
    assert changed.exit_code == 1
    assert as_json(changed) == [(PL_JOURNEY, 13, 10, "CX004")]
    # The workspace's own run reports the persona side too, and the folder's run still does not.
    whole = lint(root, monkeypatch, "-f", "json", "--select", "CX004", ".")
    assert as_json(whole) == [(PL_JOURNEY, 13, 10, "CX004")]
    assert as_json(lint(root, monkeypatch, "-f", "json", "journeys/")) == [(PL_JOURNEY, 13, 10, "CX004")]
    assert lint(root, monkeypatch, "--select", "CX004", "personas/").stdout == "All checks passed (3 documents in 3 files).\n"


# --- unknown-persona's advice fits the run ----------------------------------------------------


def only_journey(tmp_path: Path, config: str | None) -> Path:
    root = copy_examples(tmp_path, "pl", config)
    shutil.rmtree(root / "personas")
    return root


def cx004_message(result) -> str:
    (finding,) = json.loads(result.stdout)
    assert finding["code"] == "CX004", finding
    return finding["message"]


def test_a_named_file_without_a_config_keeps_the_advice(tmp_path, monkeypatch):
    root = only_journey(tmp_path, None)
    result = lint(root, monkeypatch, "--no-cache", "-f", "json", "--select", "CX004", PL_JOURNEY)
    assert cx004_message(result) == "persona 'pawel-programista-audiofil' does not exist in the workspace" + OLD_HINT


def test_a_whole_folder_without_a_config_is_not_told_to_lint_the_whole_folder(tmp_path, monkeypatch):
    root = only_journey(tmp_path, None)
    result = lint(root, monkeypatch, "--no-cache", "-f", "json", "--select", "CX004", ".")
    assert cx004_message(result) == (
        "persona 'pawel-programista-audiofil' does not exist in the workspace; no personas were found in the checked"
        " paths (if they are elsewhere, lint their folder too, or add a cxkit.toml at the top of the workspace so that"
        " what you name is checked against all of it)"
    )


def test_a_configured_workspace_without_personas_is_not_told_to_add_a_config(tmp_path, monkeypatch):
    root = only_journey(tmp_path, 'lang = "pl"\n')
    for args in (["journeys"], ["."], [PL_JOURNEY]):
        result = lint(root, monkeypatch, "--no-cache", "-f", "json", "--select", "CX004", *args)
        # A Polish workspace: the engine's advice has its Polish twin (session 36), so the whole message is Polish.
        assert cx004_message(result) == (
            "persona „pawel-programista-audiofil” nie istnieje w obszarze roboczym; w obszarze roboczym nie znaleziono "
            "żadnej persony"
        ), args


def test_a_persona_in_an_excluded_folder_is_named_as_the_likely_cause(tmp_path, monkeypatch):
    # The tester's `cxkit lint .`: the personas are in drafts/, which the configuration excludes.
    root = copy_examples(tmp_path, "pl", 'exclude = ["drafts"]\n')
    (root / "drafts").mkdir()
    shutil.move(root / "personas", root / "drafts/personas")
    for args in (["."], ["journeys/"], [PL_JOURNEY]):
        result = lint(root, monkeypatch, "--no-cache", "-f", "json", "--select", "CX004", *args)
        # The file itself is named now, with the pattern and the fix (tester's L6).
        assert cx004_message(result) == (
            "persona 'pawel-programista-audiofil' is only in drafts/personas/pawel-programista-audiofil.yaml, which"
            " `exclude` leaves out of the workspace ('drafts' in cxkit.toml), so it is never checked; move it out of"
            " drafts/, or remove 'drafts' from `exclude`"
        ), args


# --- a named folder that `exclude` matches ----------------------------------------------------


def drafts_workspace(tmp_path: Path) -> Path:
    root = copy_examples(tmp_path, "en", 'exclude = ["drafts"]\n')
    (root / "drafts").mkdir()
    rosa = (root / "personas/rosa-occasional-freelancer.yaml").read_text(encoding="utf-8")
    (root / "drafts/rosa-v2.yaml").write_text(rosa.replace("id: rosa-occasional-freelancer", "id: rosa-v2", 1), encoding="utf-8")
    return root


EXCLUDED = (
    "cxkit: warning: drafts is excluded by the configuration (`exclude` in cxkit.toml), so it was not checked;"
    " to check its files anyway, name them (cxkit lint drafts/*.yaml)\n"
)


@pytest.mark.parametrize("cache", [["--no-cache"], []])
def test_a_named_excluded_folder_is_said_to_be_excluded(tmp_path, monkeypatch, cache):
    # Named alone, it leaves nothing to check: a usage error, not a pass (tester16 F4).
    root = drafts_workspace(tmp_path)
    for _ in range(2):  # the second run may be answered from the cache: the same words
        result = lint(root, monkeypatch, *cache, "drafts")
        assert result.exit_code == 2
        assert result.stderr == (
            "cxkit: nothing to check: drafts, the only folder named, is excluded by the configuration (`exclude` in "
            "cxkit.toml); to check its files anyway, name them (cxkit lint drafts/*.yaml)\n"
        )
        assert result.stdout == ""
    # With --only-documents, what a folder scan would check is checked: nothing, which is no error.
    result = lint(root, monkeypatch, *cache, "--only-documents", "drafts")
    assert (result.exit_code, result.stderr) == (0, EXCLUDED)


def test_run_inside_the_excluded_folder(tmp_path, monkeypatch):
    root = drafts_workspace(tmp_path)
    result = lint(root / "drafts", monkeypatch, "--no-cache", ".")
    assert result.exit_code == 2
    assert result.stderr == (
        "cxkit: nothing to check: ., the only folder named, is excluded by the configuration (`exclude` in "
        "../cxkit.toml); to check its files anyway, name them (cxkit lint *.yaml)\n"
    )
    named = lint(root / "drafts", monkeypatch, "--no-cache", "rosa-v2.yaml")
    assert named.exit_code == 0 and named.stderr == ""
    assert named.stdout == "All checks passed (1 document in 1 file).\n"


def test_its_files_named_one_by_one_are_checked(tmp_path, monkeypatch):
    root = drafts_workspace(tmp_path)
    result = lint(root, monkeypatch, "--no-cache", "-f", "json", "--select", "CX003", "drafts/rosa-v2.yaml")
    assert result.exit_code == 0 and result.stderr == ""
    assert json.loads(result.stdout) == []
    assert lint(root, monkeypatch, "--no-cache", "drafts/rosa-v2.yaml").stdout.endswith("(1 document in 1 file).\n")


def test_an_excluded_folder_beside_others_is_named_and_the_rest_is_checked(tmp_path, monkeypatch):
    root = drafts_workspace(tmp_path)
    result = lint(root, monkeypatch, "--no-cache", "drafts", "journeys")
    assert result.exit_code == 0
    assert result.stderr == EXCLUDED
    assert result.stdout == "All checks passed (1 document in 1 file).\n"
    # Not named, not mentioned: `cxkit lint .` leaves drafts/ out without a word, as configured.
    whole = lint(root, monkeypatch, "--no-cache", ".")
    assert whole.exit_code == 0 and whole.stderr == ""
    assert whole.stdout == "All checks passed (3 documents in 3 files).\n"


def test_an_empty_folder_that_is_not_excluded_is_still_said_to_be_empty(tmp_path, monkeypatch):
    root = drafts_workspace(tmp_path)
    (root / "notes").mkdir()
    result = lint(root, monkeypatch, "--no-cache", "notes", "drafts")
    assert result.stderr == EXCLUDED + (
        "cxkit: warning: no cxkit documents found in notes (looked for *.yaml / *.yml files with kind: persona,"
        " negative-persona or journey)\n"
    )


@pytest.mark.parametrize("pattern", [".*", "*~", "/.*"])
def test_a_pattern_for_hidden_folders_does_not_call_the_current_folder_excluded(tmp_path, monkeypatch, pattern):
    # `exclude = [".*"]` skips hidden folders; `.` matched it by name, and `cxkit lint .` said "`.` is
    # excluded, so it was not checked" after checking every document in it.
    root = copy_examples(tmp_path, "pl", f'exclude = ["{pattern}"]\n')
    (root / ".archiwum").mkdir()
    (root / ".archiwum" / "stara.yaml").write_text("kind: persona\nid: stara\n", encoding="utf-8")
    result = lint(root, monkeypatch, "--no-cache", ".")
    assert "excluded" not in result.stderr and "no cxkit documents" not in result.stderr
    assert "documents in" in result.stdout and "(0 documents" not in result.stdout


def test_the_documents_around_a_named_folder_are_read_for_the_cross_file_rules_only(tmp_path, monkeypatch):
    # Context documents went through every per-file rule only to have those findings dropped: naming one
    # folder of a 3,200-file workspace cost as much as linting all of it (0.44 s -> 2.71 s).
    from cxkit.lint.rules.hygiene import Placeholder

    checked: list[str] = []
    original = Placeholder.check

    def recording(self, doc):  # noqa: ANN001, ANN202
        checked.append(doc.path)
        return original(self, doc)

    monkeypatch.setattr(Placeholder, "check", recording)
    root = copy_examples(tmp_path, "pl")
    for cache in (["--no-cache"], [], []):  # cold, then from the cache: the same findings
        result = lint(root, monkeypatch, *cache, "journeys")
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("All checks passed")
    assert checked and all(p.startswith("journeys/") for p in checked)
    # The whole workspace after that still checks the personas themselves (not served from context results).
    checked.clear()
    assert lint(root, monkeypatch, ".").exit_code in (0, 1)
    assert any(p.startswith("personas/") for p in checked)
