"""A folder overview export is the same in every checkout of the workspace (tester 7, F5).

The workspace's overview was titled with its folder's name ("Overview: cx-personas"), which is
where one checkout sits: a git worktree (`pr-42-worktree`) or CI (`/builds/group/project`) wrote
another title, so exports that CI regenerates and commits changed back and forth.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PERSONA = """\
kind: persona
id: marta-biuro-rachunkowe
name: Marta Kowalczyk
lang: pl
summary: Właścicielka biura rachunkowego w Łodzi, obsługuje 46 firm.
goals:
  - Wystawić 300 faktur w KSeF do 10. dnia miesiąca
"""

JOURNEY = """\
kind: journey
id: invoice-onboarding
name: First invoice in KSeF
lang: en
persona: marta-biuro-rachunkowe
stages:
  - id: sign-up
    name: Sign-up
    doing: Creates an account with her NIP 727-274-84-90
    emotion: 0
  - id: ksef-connection
    name: KSeF connection
    doing: Pastes the KSeF token; the test invoice is rejected twice
    emotion: -2
"""


def checkout(base: Path, name: str, lang: str = "en") -> Path:
    folder = base / name
    (folder / "personas").mkdir(parents=True)
    (folder / "journeys").mkdir()
    (folder / "cxkit.toml").write_text(f'paths = ["personas", "journeys"]\nlang = "{lang}"\n', encoding="utf-8")
    (folder / "personas" / "marta.yaml").write_text(PERSONA, encoding="utf-8")
    (folder / "journeys" / "onboarding.yaml").write_text(JOURNEY, encoding="utf-8")
    return folder


def cxkit(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "PYTHONIOENCODING": "utf-8"}
    env.pop("CXKIT_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "cxkit", "render", *args], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120, check=False)


@pytest.mark.parametrize("ext", ["html", "md", "json"])
def test_two_checkouts_of_one_workspace_export_the_same_bytes(tmp_path: Path, ext: str) -> None:
    outputs = []
    for name in ("cx-personas", "pr-42-worktree"):
        folder = checkout(tmp_path, name)
        done = cxkit(folder, ".", "-o", f"overview.{ext}")
        assert done.returncode == 0, done.stderr
        outputs.append((folder / f"overview.{ext}").read_bytes())
    assert outputs[0] == outputs[1]
    assert b"cx-personas" not in outputs[0]


def test_a_workspace_overview_is_titled_overview(tmp_path: Path) -> None:
    folder = checkout(tmp_path, "cx-personas")
    html = cxkit(folder, ".", "-f", "html").stdout
    assert "<title>Overview</title>" in html and "<h1>Overview</h1>" in html
    md = cxkit(folder, ".", "-f", "md").stdout
    assert md.startswith("# Overview\n\n| Document |")


def test_from_outside_by_its_path_too(tmp_path: Path) -> None:
    folder = checkout(tmp_path, "builds-group-project")
    md = cxkit(tmp_path, str(folder), "-f", "md").stdout
    assert md.startswith("# Overview\n")


def test_a_polish_workspace_is_titled_zestawienie(tmp_path: Path) -> None:
    folder = checkout(tmp_path, "cx-persony", lang="pl")
    assert cxkit(folder, ".", "-f", "md").stdout.startswith("# Zestawienie\n")


def test_a_subfolder_keeps_its_path_from_the_workspace(tmp_path: Path) -> None:
    """Guard: a folder inside the workspace is titled with its path, the same in every checkout."""
    folder = checkout(tmp_path, "cx-personas")
    assert cxkit(folder, "personas", "-f", "md").stdout.startswith("# Overview: personas\n")


def test_a_previous_overview_is_replaced_without_force(tmp_path: Path) -> None:
    """`-o` replaces a previous Markdown overview, now titled `# Overview` alone, as an export."""
    folder = checkout(tmp_path, "cx-personas")
    assert cxkit(folder, ".", "-o", "overview.md").returncode == 0
    (folder / "journeys" / "onboarding.yaml").write_text(JOURNEY.replace("rejected twice", "rejected"), encoding="utf-8")
    again = cxkit(folder, ".", "-o", "overview.md")
    assert again.returncode == 0, again.stderr
    assert "rejected twice" not in (folder / "overview.md").read_text(encoding="utf-8")
