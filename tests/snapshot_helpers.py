"""Output snapshots: compare rendered text with a reviewed file under tests/snapshots/."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

RENDER_SNAPSHOTS = Path(__file__).parent / "snapshots" / "render"


def check_snapshot(name: str, text: str, folder: Path = RENDER_SNAPSHOTS) -> None:
    """``text`` must equal the snapshot ``name``; CXKIT_UPDATE_SNAPSHOTS=1 writes it instead (review it before committing)."""
    path = folder / f"{name}.txt"
    if os.environ.get("CXKIT_UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(
            f"snapshot {path.relative_to(Path(__file__).parent.parent)} does not exist; create it with "
            "CXKIT_UPDATE_SNAPSHOTS=1 and review it before committing"
        )
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "snapshot", "rendered"))
        pytest.fail(f"{name} differs from its snapshot (CXKIT_UPDATE_SNAPSHOTS=1 regenerates it):\n{diff}")


def render_cli(cwd: Path, monkeypatch: pytest.MonkeyPatch, *args: str, columns: int = 100) -> tuple[int, str, str]:
    """`cxkit render ARGS` from ``cwd`` at a fixed width without colour: (exit code, stdout, stderr)."""
    from typer.testing import CliRunner

    from cxkit.cli import app

    monkeypatch.chdir(cwd)
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(app, ["render", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr
