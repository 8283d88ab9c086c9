"""A Polish workspace's findings carry their English twin (`Finding.english`): the lint cache must take
them back, or every run of a `lang = "pl"` workspace is a cold one (the file entries and the stored
run were written, then refused as damaged on the next run)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_cli
from cxkit.lint.cache import LintCache, _finding_row
from cxkit.lint.finding import Finding, Related, Severity

_ANNA = """kind: persona
id: anna-ksiegowa
name: Anna Kowalska
lang: pl
summary: Mieszka w dużym mieście i dba o zdrowie.
goals:
  - Zamknąć miesiąc bez nadgodzin
"""

_ANNA_2 = _ANNA.replace("anna-ksiegowa", "anna-ksiegowa-2").replace("Anna Kowalska", "Anna Nowak")


def _workspace(root: Path, lang: str = "pl") -> Path:
    (root / "personas").mkdir(parents=True)
    (root / "cxkit.toml").write_text(f'paths = ["."]\nlang = "{lang}"\npersona-dir = "personas"\n', encoding="utf-8")
    (root / "personas" / "anna.yaml").write_text(_ANNA, encoding="utf-8")
    (root / "personas" / "anna-2.yaml").write_text(_ANNA_2, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "finding",
    [
        Finding("p.yaml", 2, 1, "CX301", "missing-sources", Severity.warning, "brak źródeł", english=("no sources", ())),
        Finding("p.yaml", 2, 1, "CX301", "missing-sources", Severity.warning, "brak źródeł",
                at=("anna", "sources", 2, 9), english=("no sources", ())),
        Finding("a.yaml", 2, 5, "CX103", "similar-personas", Severity.info, "podobna do b.yaml",
                related=(Related("b.yaml", 2, 5, 11, 17),), english=("similar to b.yaml", (Related("b.yaml", 2, 5, 11, 17),))),
    ],
    ids=["plain", "placed", "related"],
)
def test_a_polish_findings_row_is_one_the_cache_takes_back(finding: Finding):
    row = json.loads(json.dumps(finding.as_row()))
    assert len(row) == 10 and _finding_row(row)
    back = Finding.from_row(row)
    assert back == finding and back.english == finding.english and back.at == finding.at


def test_a_damaged_english_twin_is_still_refused():
    row = Finding("a.yaml", 2, 5, "CX103", "similar-personas", Severity.info, "podobna do b.yaml",
                  english=("similar", (Related("b.yaml", 2, 5, 11, 17),))).as_row()
    assert not _finding_row(json.loads(json.dumps(row)))  # the related span lies past the English message's end
    assert not _finding_row(row[:9] + [["only the message"]])


def test_every_file_a_polish_workspace_stored_is_served_again(tmp_path: Path, monkeypatch):
    root = _workspace(tmp_path / "ws")
    monkeypatch.chdir(root)
    first = run_cli("lint", ".", "--jobs", "1")
    assert first.exit_code == 1 and "brak źródeł" in first.stdout
    stored = json.loads((root / ".cxkit_cache" / "files-v1.json").read_text(encoding="utf-8"))
    assert len(stored) == 2
    cache = LintCache(root / ".cxkit_cache")
    assert all(cache.get_file(key) == value for key, value in stored.items())


def test_a_warm_run_of_a_polish_workspace_is_answered_by_the_cache(tmp_path: Path):
    root = _workspace(tmp_path / "ws")
    probe = (
        "import sys\nsys.argv = ['cxkit', 'lint']\nfrom cxkit.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write('\\nENGINE ' + str('cxkit.lint.engine' in sys.modules))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CXKIT_DEBUG", "CXKIT_CACHE_DIR")}
    env.update(NO_COLOR="1", CXKIT_TODAY="2026-11-23", CXKIT_SETTLE_SECONDS="0")
    runs = [subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, env=env, timeout=60)
            for _ in range(2)]
    assert runs[0].stdout == runs[1].stdout and "brak źródeł" in runs[1].stdout
    assert runs[0].stderr.endswith("ENGINE True")
    assert runs[1].stderr.endswith("ENGINE False"), runs[1].stderr[-300:]
