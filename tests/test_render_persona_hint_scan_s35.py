"""The render hint's persona lookup passes over what lint's scan passes over: hidden files and files git ignores.

A negative persona in a git-ignored `szkice/` (or in a hidden `.lowca.yaml`) that shares its id with the
journey's persona is no document of the workspace for `cxkit lint`, which reports CX004 unknown-persona;
the hint named CX407 journey-for-negative-persona from it. Now the hint names what lint reports. A journey
whose persona is found in use asks git nothing (the usual heading costs no `git ls-files`).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli
from render_hint_helpers import NEGATIVE_PL as NEGATIVE, PERSONA_PL

JOURNEY = """\
kind: journey
id: odnowienie-polisy
name: Ola odnawia polisę OC
persona: {persona}
lang: pl
reviewed: 2026-11-02
stages:
  - id: przypomnienie
    name: Przypomnienie o końcu polisy
    touchpoints: [SMS od ubezpieczyciela]
    doing: Dostaje SMS 30 dni przed końcem polisy i otwiera link
    emotion: 1
"""

PERSONA = PERSONA_PL.format(extra="")

MISSING = ("podroze/odnowienie.yaml:4:10: ostrzeżenie: persony „lowca-najnizszej-skladki” nie ma w obszarze "
           "roboczym, więc nagłówek podaje sam jej identyfikator; popraw identyfikator albo dodaj plik persony "
           "(cxkit lint zgłasza to jako CX004 unknown-persona)\n")
NEGATIVE_HINT = ("podroze/odnowienie.yaml:4:10: ostrzeżenie: „lowca-najnizszej-skladki” to persona negatywna "
                 "({file}), czyli ktoś, dla kogo nie projektujesz; mapuj ścieżkę persony, a personą negatywną ją "
                 "sprawdzaj (cxkit lint zgłasza to jako CX407 journey-for-negative-persona)\n")


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Polish workspace in a git repository whose `.gitignore` leaves out `persony/szkice/`; the journey
    names the negative persona's id, which no tracked file holds."""
    root = tmp_path / "ubezpieczenia"
    root.mkdir()
    enter_workspace(root, monkeypatch, config='lang = "pl"\n', git_identity=True, today="2026-12-06", files={
        ".gitignore": "persony/szkice/\n",
        "persony/ola.yaml": PERSONA,
        "podroze/odnowienie.yaml": JOURNEY.format(persona="lowca-najnizszej-skladki"),
    })
    _git(root, "init", "-q", ".")
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "start")
    return root


def _lint_codes(path: str = "podroze/odnowienie.yaml") -> set[str]:
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "CX004,CX407")
    return {f["code"] for f in json.loads(result.stdout) if f["path"] == path}


def test_a_negative_persona_git_ignores_is_unknown_to_lint_and_to_the_hint(ws: Path) -> None:
    (ws / "persony" / "szkice").mkdir()
    (ws / "persony" / "szkice" / "lowca.yaml").write_text(NEGATIVE, encoding="utf-8")
    assert _lint_codes() == {"CX004"}
    result = run_cli("render", "podroze/odnowienie.yaml")
    assert (result.exit_code, result.stderr) == (0, MISSING)


def test_a_file_git_ignores_by_name_is_passed_over_too(ws: Path) -> None:
    (ws / ".gitignore").write_text("persony/*-kopia.yaml\n", encoding="utf-8")
    (ws / "persony" / "lowca-kopia.yaml").write_text(NEGATIVE, encoding="utf-8")
    assert _lint_codes() == {"CX004"}
    assert run_cli("render", "podroze/odnowienie.yaml").stderr == MISSING


def test_a_hidden_negative_persona_is_passed_over(ws: Path) -> None:
    (ws / "persony" / ".lowca.yaml").write_text(NEGATIVE, encoding="utf-8")
    assert _lint_codes() == {"CX004"}
    assert run_cli("render", "podroze/odnowienie.yaml").stderr == MISSING


def test_a_hidden_persona_in_use_is_no_persona_of_the_workspace(ws: Path) -> None:
    """Before, the lookup found it and said nothing, while lint reported CX004."""
    (ws / "persony" / ".ola-kopia.yaml").write_text(PERSONA.replace("ola-kierowczyni", "lowca-najnizszej-skladki"),
                                                    encoding="utf-8")
    assert _lint_codes() == {"CX004"}
    result = run_cli("render", "podroze/odnowienie.yaml")
    assert result.stderr == MISSING and "Persona: lowca-najnizszej-skladki" in result.stdout


def test_the_negative_persona_lint_reads_is_named_beside_an_ignored_one(ws: Path) -> None:
    """An ignored persona in use of the same id no longer hides the tracked negative one: the hint was left out,
    as for a negative persona sharing its id with a persona (which lint reports as duplicate-id)."""
    (ws / "persony" / "szkice").mkdir()
    (ws / "persony" / "szkice" / "lowca.yaml").write_text(
        PERSONA.replace("ola-kierowczyni", "lowca-najnizszej-skladki"), encoding="utf-8")
    (ws / "persony" / "zz-lowca.yaml").write_text(NEGATIVE, encoding="utf-8")
    assert _lint_codes() == {"CX407"}
    assert run_cli("render", "podroze/odnowienie.yaml").stderr == NEGATIVE_HINT.format(file="persony/zz-lowca.yaml")


def test_respect_gitignore_off_reads_the_ignored_file_in_both(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('lang = "pl"\nrespect-gitignore = false\n', encoding="utf-8")
    (ws / "persony" / "szkice").mkdir()
    (ws / "persony" / "szkice" / "lowca.yaml").write_text(NEGATIVE, encoding="utf-8")
    assert _lint_codes() == {"CX407"}
    assert run_cli("render", "podroze/odnowienie.yaml").stderr == NEGATIVE_HINT.format(file="persony/szkice/lowca.yaml")


def test_a_tracked_negative_persona_still_gets_its_hint(ws: Path) -> None:
    (ws / "persony" / "lowca.yaml").write_text(NEGATIVE, encoding="utf-8")
    assert _lint_codes() == {"CX407"}
    assert run_cli("render", "podroze/odnowienie.yaml").stderr == NEGATIVE_HINT.format(file="persony/lowca.yaml")


def test_a_persona_found_in_use_asks_git_nothing(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cxkit.discovery

    (ws / "podroze" / "odnowienie.yaml").write_text(JOURNEY.format(persona="ola-kierowczyni"), encoding="utf-8")
    asked: list[list[str]] = []
    real = cxkit.discovery.run_git
    monkeypatch.setattr(cxkit.discovery, "run_git", lambda args, *a, **k: asked.append(args) or real(args, *a, **k))
    result = run_cli("render", "podroze/odnowienie.yaml")
    assert (result.exit_code, result.stderr) == (0, "") and "Persona: Ola Nowak (ola-kierowczyni)" in result.stdout
    assert asked == []
    # A hint's lookup asks once.
    (ws / "podroze" / "odnowienie.yaml").write_text(JOURNEY.format(persona="lowca-najnizszej-skladki"),
                                                    encoding="utf-8")
    (ws / "persony" / "lowca.yaml").write_text(NEGATIVE, encoding="utf-8")
    assert "CX407" in run_cli("render", "podroze/odnowienie.yaml").stderr
    assert [args[:2] for args in asked] == [["ls-files", "-z"]]
