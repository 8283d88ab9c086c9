"""The render hint passes over a file that a nested repository's own `.gitignore` leaves out, as lint's scan does.

Lint's scan asks the git of a nested repository (a folder below the workspace's with its own `.git`, a
client's checkout kept inside the team's) what it ignores there; the hint asked only the outer git,
which says nothing inside a nested repository. A negative persona in the nested repository's ignored
`szkice/` made the hint name CX407 where lint reports CX004.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import run_cli
from test_render_persona_hint_scan_s35 import MISSING, NEGATIVE, NEGATIVE_HINT, _lint_codes, ws  # noqa: F401


def _nested(ws: Path, ignore: str) -> Path:
    """A nested repository `persony/klient/` whose `.gitignore` says ``ignore``, holding the negative persona
    in `szkice/lowca.yaml`."""
    nested = ws / "persony" / "klient"
    (nested / "szkice").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", "."], cwd=nested, check=True, capture_output=True)
    (nested / ".gitignore").write_text(ignore, encoding="utf-8")
    (nested / "szkice" / "lowca.yaml").write_text(NEGATIVE, encoding="utf-8")
    return nested


def test_a_negative_persona_a_nested_repository_ignores_is_unknown_to_lint_and_to_the_hint(ws: Path) -> None:
    _nested(ws, "szkice/\n")
    assert _lint_codes() == {"CX004"}
    result = run_cli("render", "podroze/odnowienie.yaml")
    assert (result.exit_code, result.stderr) == (0, MISSING)


def test_a_negative_persona_the_nested_repository_keeps_is_named(ws: Path) -> None:
    _nested(ws, "build/\n")
    assert _lint_codes() == {"CX407"}
    result = run_cli("render", "podroze/odnowienie.yaml")
    assert (result.exit_code, result.stderr) == (0, NEGATIVE_HINT.format(file="persony/klient/szkice/lowca.yaml"))


def test_the_outer_gitignore_still_leaves_out_a_whole_nested_repository(ws: Path) -> None:
    (ws / ".gitignore").write_text("persony/klient/\n", encoding="utf-8")
    _nested(ws, "build/\n")
    assert _lint_codes() == {"CX004"}
    assert run_cli("render", "podroze/odnowienie.yaml").stderr == MISSING
