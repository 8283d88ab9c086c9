"""docs/adopting.md: every cxkit command of the adoption guide runs, in the page's order (session 32).

The guide is a sequence (record a baseline, name it in the config, lint with it, shrink it, add
`per-file-ignores`), so its commands run one after another in one git repository: examples/pl with
a legacy persona. A ```toml block is written as the workspace's cxkit.toml where it stands; each
`$ cxkit …` line of a ```console block runs in-process and must exit 0 or 1, and the lines the page
shows after it must be in what it printed.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from cxkit.cli import app

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "adopting.md"

#: A persona imported from a wiki: two vague goals, no sources, an old review.
LEGACY = """\
kind: persona
id: stara-ania
name: Ania Kowalczyk
lang: pl
summary: Klientka banku, która raz w miesiącu płaci rachunki przelewem z aplikacji na telefonie.
goals:
  - Ceni jakość
  - Ceni jakość
pain_points:
  - Aplikacja wylogowuje ją w trakcie wpisywania numeru konta odbiorcy przelewu
reviewed: 2024-05-10
"""


def steps(page: Path) -> list[tuple[int, str, str, list[str]]]:
    """The page's steps in order: ("toml", its text) for a ```toml block, ("cxkit", the command, the
    lines shown after it) for each `$ cxkit` line of a ```console block; with their line numbers."""
    out: list[tuple[int, str, str, list[str]]] = []
    lines = page.read_text(encoding="utf-8").splitlines()
    fence, start = None, 0
    for n, line in enumerate(lines, 1):
        if line.startswith("```"):
            if fence is None:
                fence, start = line.strip()[3:], n
            else:
                if fence == "toml":
                    out.append((start, "toml", "\n".join(lines[start:n - 1]) + "\n", []))
                fence = None
            continue
        if fence == "console" and line.startswith("$ cxkit "):
            shown = []
            for after in lines[n:]:
                if after.startswith(("$ ", "```")):
                    break
                shown.append(after)
            out.append((n, "cxkit", line[2:], shown))
    return out


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Łucja", "-c", "user.email=l@example.pl", *args], cwd=repo, check=True,
                   capture_output=True)


def test_the_guide_covers_the_adoption_path() -> None:
    text = PAGE.read_text(encoding="utf-8")
    commands = [c for _n, kind, c, _s in steps(PAGE) if kind == "cxkit"]
    for needed in ("cxkit lint --statistics", "cxkit lint --write-baseline", "cxkit review origin/main",
                   "cxkit lint --exit-zero --format sarif -o cxkit.sarif", "cxkit lint --write-baseline --no-baseline"):
        assert needed in commands, needed
    assert "[per-file-ignores]" in text
    assert "(docs/adopting.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_of_the_guide_runs_in_order(tmp_path, monkeypatch) -> None:
    """Fails before: --write-baseline, `baseline` and the unused per-file-ignores findings did not exist."""
    work = tmp_path / "repo"
    shutil.copytree(ROOT / "examples" / "pl", work)
    (work / "personas" / "stare").mkdir()
    (work / "personas" / "stare" / "ania.yaml").write_text(LEGACY, encoding="utf-8")
    (work / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    _git(work, "init", "-q", "-b", "main")
    _git(work, "add", "-A")
    _git(work, "commit", "-qm", "import z Confluence")
    monkeypatch.chdir(work)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    ran = 0
    for line, kind, text, shown in steps(PAGE):
        if kind == "toml":
            (work / "cxkit.toml").write_text(text, encoding="utf-8")
            continue
        argv = shlex.split(text.replace("origin/main", "main"))[1:]
        result = CliRunner().invoke(app, argv)
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
        assert result.exit_code in (0, 1), f"adopting.md:{line}: {text}\n{result.output}"
        printed = result.stdout + result.stderr
        for expected in shown:
            assert expected in printed, f"adopting.md:{line}: {text}: not printed: {expected}\n{printed}"
        ran += 1
    assert ran >= 8
    assert re.search(r'"format": "cxkit-baseline/1"', (work / ".cxkit-baseline.json").read_text(encoding="utf-8"))
