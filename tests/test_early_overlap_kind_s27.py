"""With workers, the cross-file rules on personas start while the journeys are still being checked also
where the persona files live in a folder not named after them (`klienci/`, `wykluczeni/`): a run that
reads the files for the lint cache picks them by their `kind:` line. Whatever the guess, the findings
are those of a run in one process."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint import engine
from cxkit.lint.engine import Selection, lint
from cxkit.lint.rules.personas import TraitOverlap

ROOT = Path(__file__).resolve().parent.parent
FILES = 120


def _generate(out: Path, groups: int) -> int:
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate(out, groups)


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Personas under `klienci/`, negative personas under `wykluczeni/`: no path says persona."""
    ws = tmp_path / "ws"
    assert _generate(ws, 30) == FILES
    for team in sorted(ws.iterdir()):
        (team / "klienci").mkdir()
        (team / "wykluczeni").mkdir()
        for persona in sorted((team / "personas").glob("persona-*.yaml")):
            shutil.move(persona, team / "klienci" / persona.name.replace("persona", "klient"))
        for negative in sorted((team / "personas").glob("negative-*.yaml")):
            shutil.move(negative, team / "wykluczeni" / negative.name.replace("negative", "wykluczony"))
        (team / "personas").rmdir()
    assert not [p for p in ws.rglob("*.yaml") if "person" in str(p.relative_to(ws)).lower()]
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    return ws


def _rows(result) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(f.path, f.line, f.column, f.code, f.message) for f in result.findings]


def _watch(monkeypatch: pytest.MonkeyPatch) -> tuple[list[int], list[int], dict[str, str]]:
    """Files checked so far (the progress line), how many were checked when trait-overlap ran, and what
    became of each rule's early run: 'used', or 'rejected' (it ran again at the end)."""
    checked: list[int] = []
    seen_at: list[int] = []
    fate: dict[str, str] = {}
    real_check = TraitOverlap.check_workspace
    real_result = engine._EarlyRules.result

    def check_workspace(self, index):  # type: ignore[no-untyped-def]
        seen_at.append(checked[-1] if checked else 0)
        return real_check(self, index)

    def result(self, name, *args):  # type: ignore[no-untyped-def]
        taken = real_result(self, name, *args)
        if name in self.found:
            fate[name] = "used" if taken is not None else "rejected"
        return taken

    monkeypatch.setattr(TraitOverlap, "check_workspace", check_workspace)
    monkeypatch.setattr(engine._EarlyRules, "result", result)
    return checked, seen_at, fate


def _lint(workspace: Path, jobs: int, cache: bool, checked: list[int] | None = None):  # type: ignore[no-untyped-def]
    progress = (lambda done, total: checked.append(done)) if checked is not None else None
    return lint([str(workspace)], Config(root=workspace), Selection(), jobs=jobs, cache=cache, progress=progress)


def test_persona_files_are_picked_by_their_kind_line(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    serial = _rows(_lint(workspace, 1, cache=False))
    assert any(row[3] == "CX203" for row in serial)
    checked, seen_at, fate = _watch(monkeypatch)
    result = _lint(workspace, 2, cache=True, checked=checked)  # a first run: nothing cached yet
    assert result.cached_files == 0
    assert _rows(result) == serial
    # Run once, while the journeys were still being checked, and its early result taken.
    assert len(seen_at) == 1 and seen_at[0] < FILES
    assert fate["trait-overlap"] == "used"
    assert fate["mirrored-negative-persona"] == "used"


def test_a_journey_in_a_persona_folder_is_not_taken_for_one(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Its path says persona, its `kind:` line says journey; a persona among the journeys is found by its line.
    team = workspace / "team-00"
    (team / "persona-journeys").mkdir()
    journey = next(iter(sorted((team / "journeys").glob("*.yaml"))))
    shutil.move(journey, team / "persona-journeys" / journey.name)
    persona = next(iter(sorted((team / "klienci").glob("*.yaml"))))
    shutil.move(persona, team / "journeys" / persona.name)
    serial = _rows(_lint(workspace, 1, cache=False))
    checked, seen_at, fate = _watch(monkeypatch)
    assert _rows(_lint(workspace, 2, cache=True, checked=checked)) == serial
    assert len(seen_at) == 1 and seen_at[0] < FILES
    assert fate["trait-overlap"] == "used"


def test_without_the_cache_the_path_still_guides(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The files are not read before they are checked: no path says persona, so the rules run at the end.
    serial = _rows(_lint(workspace, 1, cache=False))
    checked, seen_at, fate = _watch(monkeypatch)
    assert _rows(_lint(workspace, 2, cache=False, checked=checked)) == serial
    assert seen_at == [FILES] and fate == {}


@pytest.mark.parametrize(("head", "said"), [
    (b"kind: persona\nid: ola\n", True),
    (b"\xef\xbb\xbfkind: \"negative-persona\"\r\nid: nie-ola\r\n", True),
    (b"# Persona z wywiadow, kind: journey w komentarzu\nkind: persona  # sprawdzona\n", True),
    (b"id: zakup\n  kind: persona\nkind: journey\n", False),  # only a top-level line counts
    (b"kind: personas\n", False),
    (b"id: x\nname: 'kind: persona'\n", None),
    (b"# " + b"x" * 4100 + b"\nkind: persona\n", None),  # past the first 4 KiB
])
def test_the_kind_line_read_from_a_files_first_bytes(head: bytes, said: bool | None) -> None:
    assert engine._says_persona(head) is said
