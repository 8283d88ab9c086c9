"""A Windows path typed into a TOML "..." string: its backslash starts an escape.

`exclude = ["szkice\\*"]` gave `cxkit.toml:1:21: invalid TOML: Unescaped '\\' in a string`: the column
two past the backslash, and no hint.  Now the error points at the backslash and gives the spellings
that work.  `"szkice\\nowe"` parsed (as a line break) and matched nothing, silently: now an error too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def lint(ws: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT / "src")), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "cxkit", "lint", "--no-cache"], cwd=ws, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("line, col, ways", [
    ('exclude = ["szkice\\*"]', 19, "'szkice\\*', \"szkice/*\" or \"szkice\\\\*\""),
    ('exclude = ["dermo-lab\\personas\\*.yml"]', 22,
     "'dermo-lab\\personas\\*.yml', \"dermo-lab/personas/*.yml\" or \"dermo-lab\\\\personas\\\\*.yml\""),
    ('lang = "pl"\npaths = ["C:\\Users\\ola"]', 13, "'C:\\Users\\ola', \"C:/Users/ola\" or \"C:\\\\Users\\\\ola\""),
])
def test_an_unescaped_backslash_is_pointed_at_with_the_spellings_that_work(tmp_path: Path, line: str, col: int,
                                                                             ways: str) -> None:
    (tmp_path / "cxkit.toml").write_text(line + "\n", encoding="utf-8")
    proc = lint(tmp_path)
    row = line.count("\n") + 1
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
    assert proc.stderr.startswith(f"cxkit: cxkit.toml:{row}:{col}: invalid TOML: in a \"...\" string a backslash "
                                  "starts an escape"), proc.stderr
    assert f"for a Windows path write {ways} (single quotes keep" in proc.stderr, proc.stderr
    assert line.split("\n")[-1][col - 1] == "\\"


@pytest.mark.parametrize("text, key, what, ways", [
    ('exclude = ["szkice\\nowe"]\n', "exclude", "a line break", "'szkice\\nowe' or \"szkice/nowe\""),
    ('persona-dir = "piwo\\trzeczy"\n', "persona-dir", "a tab", "'piwo\\trzeczy' or \"piwo/trzeczy\""),
])
def test_an_escape_that_parsed_is_refused(tmp_path: Path, text: str, key: str, what: str, ways: str) -> None:
    (tmp_path / "cxkit.toml").write_text(text, encoding="utf-8")
    proc = lint(tmp_path)
    assert proc.returncode == 2 and proc.stderr.startswith(f"cxkit: cxkit.toml:1:"), proc.stderr
    assert f"bad value for '{key}'" in proc.stderr and f"it holds {what}" in proc.stderr
    assert proc.stderr.rstrip().endswith(f"for a Windows path write {ways}"), proc.stderr
    assert not [p for p in os.listdir(tmp_path) if p != "cxkit.toml"]


def test_other_toml_errors_keep_their_words(tmp_path: Path) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "pl\n', encoding="utf-8")
    proc = lint(tmp_path)
    assert proc.returncode == 2 and "invalid TOML" in proc.stderr and "backslash" not in proc.stderr
    (tmp_path / "cxkit.toml").write_text("exclude = ['szkice\\*', \"archiwum\\\\stare\"]\n", encoding="utf-8")
    assert lint(tmp_path).returncode == 0
