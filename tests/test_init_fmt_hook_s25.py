"""The fmt hook `cxkit init` writes leaves alone a changed file that `exclude` matches (tester14 F2).

pre-commit hands the fmt hook each changed file by name. The hook init wrote was plain `cxkit fmt`,
which lays out every file named, so a draft or an archive the workspace's `exclude` keeps as written
was rewritten on its next commit; the published hook (.pre-commit-hooks.yaml) already passed
--only-documents. The hook's entry is run here as pre-commit runs it: the entry, then the files.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML
from typer.testing import CliRunner

from cxkit.cli import app

DRAFT = """id: ola-szkic
kind: persona
name: Ola (szkic z warsztatu)
goals:
  - Zamawia karmę dla psa co dwa tygodnie
"""


def test_the_fmt_hook_init_writes_leaves_an_excluded_draft_as_written(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["init", ".", "--lang", "pl"])
    assert result.exit_code == 0, result.output
    config = tmp_path / "cxkit.toml"
    config.write_text(config.read_text(encoding="utf-8") + '\nexclude = ["personas/szkice/"]\n', encoding="utf-8")
    draft = tmp_path / "personas" / "szkice" / "ola.yaml"
    draft.parent.mkdir()
    draft.write_text(DRAFT, encoding="utf-8")  # keys out of cxkit's order: fmt would move `kind` first
    hooks = YAML(typ="safe").load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))["repos"][0]["hooks"]
    fmt = next(h for h in hooks if h["id"] == "cxkit-fmt")
    argv = shlex.split(fmt["entry"])
    assert argv[:2] == ["cxkit", "fmt"]
    done = subprocess.run([sys.executable, "-m", "cxkit", *argv[1:], "personas/szkice/ola.yaml"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60, env=dict(os.environ, NO_COLOR="1"))
    assert done.returncode == 0, done.stderr
    assert draft.read_text(encoding="utf-8") == DRAFT
