"""The workspace of the folder-scan tests (sessions 39 and 40): notes, a misspelt `kind` key or another tool's YAML
saved in the persona or journey folder, and `cxkit lint` run over the folders with the structural rules alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

#: Kasia (Polish) and Maya (English): one valid persona each, what a workspace holds beside the file a test adds.
KASIA = """\
kind: persona
id: kasia-zielinska
name: Kasia Zielińska
lang: pl
owner: Marketing (Ania Nowak)
summary: Fizjoterapeutka z Poznania, która od dwóch lat kupuje u nas krem z filtrem i serum.
demographics:
  age: 32
  location: Poznań, Jeżyce
goals:
  - text: Znaleźć krem SPF 50, który nie bieli skóry i nie szczypie w oczy podczas biegania
    sources: [wywiady]
behaviours:
  - text: Zamawia z telefonu wieczorem, ok. 2 razy w miesiącu, płaci BLIK-iem
    sources: [wywiady]
pain_points:
  - text: Koszt wysyłki 14,99 zł przy zamówieniu poniżej 99 zł
    sources: [wywiady]
sources:
  - id: wywiady
    type: interview
    date: 2026-11-20
    n: 6
reviewed: 2026-12-01
"""

MAYA = """\
kind: persona
id: maya-commuter
name: Maya Patel
lang: en
goals:
  - text: Get her bike serviced on a Saturday morning without losing the whole weekend
    sources: [calls]
behaviours:
  - text: Books the service from her phone on the train home, around 18:30
    sources: [calls]
pain_points:
  - text: The booking form asks for the frame number, which she cannot find
    sources: [calls]
sources:
  - id: calls
    type: interview
    date: 2026-11-10
    n: 8
reviewed: 2026-12-01
"""

NOTES_PL = "Persona: Kasia, 30 lat, lubi kosmetyki naturalne…\nMieszka w Poznaniu.\n"
NOTES_EN = "Persona: Maya, 34, cycles to work\nLives in Leeds.\n"



@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path with empty personas/ and journeys/, the current folder, on 2026-12-07 at 200 columns."""
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def workspace(ws: Path, lang: str, *, docs: bool = False) -> None:
    """A ``lang`` cxkit.toml reading personas/ and journeys/, and Kasia (pl) or Maya (en) in personas/.  ``docs``:
    docs/ too, read as well, with `persona-dir` and `journey-dir` written out (the folders stay the scanned ones)."""
    if docs:
        (ws / "docs").mkdir(exist_ok=True)
        config = (f'paths = ["personas", "journeys", "docs"]\nlang = "{lang}"\n'
                  'persona-dir = "personas"\njourney-dir = "journeys"\n')
    else:
        config = f'paths = ["personas", "journeys"]\nlang = "{lang}"\n'
    (ws / "cxkit.toml").write_text(config, encoding="utf-8")
    if lang == "pl":
        (ws / "personas" / "kasia-zielinska.yaml").write_text(KASIA, encoding="utf-8")
    else:
        (ws / "personas" / "maya-commuter.yaml").write_text(MAYA, encoding="utf-8")


def lint(*args: str) -> tuple[int, list[tuple[str, str, int, int, str]]]:
    """`cxkit lint --no-cache -f json --select yaml-syntax,schema ARGS`: its exit code and each finding as
    (path, code, line, column, message)."""
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "yaml-syntax,schema", *args)
    assert result.exception is None, repr(result.exception)
    return result.exit_code, [(f["path"], f["code"], f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)]
