"""The persona hint of `cxkit render JOURNEY` agrees with `cxkit lint` (session 34, review).

The hint ends "(cxkit lint reports it as CX004 unknown-persona)": it must never say so where lint
does not. A persona whose own id is no valid id (`id: Paweł Wójcik`) whose valid form is the id the
journey names (`pawel-wojcik`) gets a schema finding telling its author to write that id, and lint
reports no unknown-persona for the journey: the render says nothing either. A persona whose id made
valid is another id is no such persona: there both lint and the render say the persona is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

JOURNEY = """\
kind: journey
id: pawel-kupuje-sluchawki
name: Paweł kupuje słuchawki po odsłuchu
persona: pawel-wojcik
lang: pl
reviewed: 2026-11-20
stages:
  - id: odsluch
    name: Odsłuch w salonie
    touchpoints: [salon Pasmo]
    doing: Słucha trzech par słuchawek na własnym odtwarzaczu
    emotion: 1
"""

PERSONA = """\
kind: persona
id: {id}
name: Paweł Wójcik
lang: pl
summary: Programista, kupuje słuchawki dopiero po odsłuchu w salonie.
reviewed: 2026-10-05
"""

HINT = ("podroze/sluchawki.yaml:4:10: ostrzeżenie: persony „pawel-wojcik” nie ma w obszarze roboczym, więc "
        "nagłówek podaje sam jej identyfikator; popraw identyfikator albo dodaj plik persony (cxkit lint "
        "zgłasza to jako CX004 unknown-persona)\n")


def _workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, persona_id: str) -> None:
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', files={
        "persony/pawel.yaml": PERSONA.format(id=persona_id),
        "podroze/sluchawki.yaml": JOURNEY,
    })


def _lint_codes(path: str) -> list[str]:
    result = run_cli("lint", "--no-cache", "--format", "json")
    assert result.exception is None
    import json

    return sorted(f["code"] for f in json.loads(result.stdout) if f["path"] == path)


@pytest.mark.parametrize("persona_id", ["Paweł Wójcik", "'Pawel Wojcik'", "Pawel-Wojcik"])
def test_a_persona_whose_id_made_valid_is_the_journeys_gets_no_hint_as_lint_reports_none(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, persona_id: str) -> None:
    _workspace(tmp_path, monkeypatch, persona_id)
    assert "CX004" not in _lint_codes("podroze/sluchawki.yaml")  # lint: the persona's schema finding says it all
    assert "CX002" in _lint_codes("persony/pawel.yaml")
    for args in ([], ["-f", "markdown"], ["-f", "html"]):
        result = run_cli("render", "podroze/sluchawki.yaml", *args)
        assert result.exception is None
        assert (result.exit_code, result.stderr) == (0, ""), args


def test_a_persona_whose_id_made_valid_is_another_id_leaves_the_hint(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _workspace(tmp_path, monkeypatch, "Paweł Nowak")
    assert "CX004" in _lint_codes("podroze/sluchawki.yaml")
    result = run_cli("render", "podroze/sluchawki.yaml", "-f", "markdown")
    assert (result.exit_code, result.stderr) == (0, HINT)


def test_a_workspace_in_the_home_folder_gets_no_hint_from_a_lookup_kept_to_the_journeys_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The heading's lookup never walks a whole home folder: with the config there (a container whose HOME is
    the checkout) it reads the journey's folder alone, which does not tell that the persona is missing."""
    _workspace(tmp_path, monkeypatch, "pawel-wojcik")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    assert "CX004" not in _lint_codes("podroze/sluchawki.yaml")  # lint reads the whole workspace: Paweł is there
    result = run_cli("render", "podroze/sluchawki.yaml", "-f", "markdown")
    assert (result.exit_code, result.stderr) == (0, "")
    assert "Persona: `pawel-wojcik`" in result.stdout  # the heading's lookup did not reach persony/
