"""`cxkit init` reads the CI and pre-commit files of the repository it sets up (does a job already run
`cxkit lint`? are cxkit's hooks there?): a pull request may commit any of them as a named pipe or a link to
/dev/zero. Such a file is passed over as one that cannot be read, at once, never waited on nor read to the
end (a .pre-commit-config.yaml linked to /dev/zero made init take 23 GB and ignore Ctrl-C, session 41)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")

CI_FILES = [".pre-commit-config.yaml", ".gitlab-ci.yml", ".github/workflows/lint.yml", "pyproject.toml"]


def _init(root: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CXKIT_", "GITHUB_", "GITLAB_"))}
    env["NO_COLOR"] = "1"
    return subprocess.run([sys.executable, "-m", "cxkit", "init", ".", "--lang", "pl"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=30, check=False)


@pytest.mark.parametrize("name", CI_FILES)
def test_init_passes_over_a_ci_file_that_is_a_named_pipe_s41(tmp_path: Path, name: str) -> None:
    root = tmp_path / "sklep"
    (root / ".github" / "workflows").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    os.mkfifo(root / name)
    try:
        run = _init(root)  # before: waited for a writer until the timeout
    except subprocess.TimeoutExpired:
        pytest.fail(f"cxkit init waited on the named pipe {name}")
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert (root / "cxkit.toml").is_file() and 'lang = "pl"' in (root / "cxkit.toml").read_text(encoding="utf-8")
    assert (root / "personas").is_dir()


def test_init_still_sees_the_cxkit_hooks_of_a_real_pre_commit_config_s41(tmp_path: Path) -> None:
    root = tmp_path / "sklep"
    root.mkdir()
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    hooks = ("repos:\n  - repo: local\n    hooks:\n      - id: cxkit-lint\n        name: cxkit lint\n        entry: cxkit lint\n"
             "        language: system\n        files: \\.ya?ml$\n      - id: cxkit-fmt\n        name: cxkit fmt\n"
             "        entry: cxkit fmt --check\n        language: system\n        files: \\.ya?ml$\n")
    (root / ".pre-commit-config.yaml").write_text(hooks, encoding="utf-8")
    run = _init(root)
    assert run.returncode == 0, run.stderr
    assert (root / ".pre-commit-config.yaml").read_text(encoding="utf-8") == hooks
    assert "pominięto  .pre-commit-config.yaml (już uruchamia cxkit lint i cxkit fmt)" in run.stdout, run.stdout
