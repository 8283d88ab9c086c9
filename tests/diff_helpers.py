"""`cxkit diff` of two texts, as the tests of its views (text, Markdown, HTML, JSON) run it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CliResult, run_cli
from git_helpers import committed

#: Anna's mortgage journey in Polish, its first stage alone (the application): the old side of the diffs that
#: add a stage's lists or change its emotion.
ANNA_APPLIES = """\
kind: journey
id: anna-hipoteka
name: Anna bierze kredyt hipoteczny
persona: anna-kowalska
lang: pl
stages:
  - id: wniosek
    name: Wniosek kredytowy
    emotion: -1
"""

#: The head of Dan's invoicing journey (English, persona `dan`) down to `stages:`, which the stage tests of diff and
#: render follow with stages of their own: `DAN_SWITCHES + """  - id: trial ..."""`.
DAN_SWITCHES = """\
kind: journey
id: dan-switches-invoicing
name: Dan moves his firm's invoicing to Billrun
lang: en
persona: dan
stages:
"""

def plain_terminal(monkeypatch: pytest.MonkeyPatch, columns: int = 100) -> None:
    """The test's terminal is ``columns`` wide and shows no colour."""
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setenv("NO_COLOR", "1")


def diff_run(folder: Path, old: str, new: str, *args: str, names: tuple[str, str] = ("v1.yaml", "v2.yaml")) -> CliResult:
    """`cxkit diff ARGS OLD NEW` of ``old`` and ``new`` written in ``folder`` as ``names``, in-process: its result.
    The diff must find differences (exit 1) and raise nothing."""
    paths = [folder / name for name in names]
    for path, text in zip(paths, (old, new)):
        path.write_text(text, encoding="utf-8")
    result = run_cli("diff", *args, *map(str, paths))
    assert result.exception is None and result.exit_code == 1, result.stderr
    return result


def diff_out(folder: Path, old: str, new: str, *args: str) -> str:
    """:func:`diff_run` of ``old`` and ``new`` as v1.yaml and v2.yaml: its stdout."""
    return diff_run(folder, old, new, *args).stdout


def review_markdown(root: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str) -> str:
    """`cxkit review HEAD -f markdown` of a claim journey (journeys/szkoda.yaml) in a Polish workspace at ``root``,
    committed as ``old`` and changed to ``new`` in the working tree: its stdout; review must raise nothing."""
    repo = committed(root, monkeypatch, {"cxkit.toml": 'lang = "pl"\n', "journeys/szkoda.yaml": old})
    repo.write("journeys/szkoda.yaml", new)
    result = run_cli("review", "HEAD", "-f", "markdown")
    assert result.exception is None, result.stderr
    return result.stdout
