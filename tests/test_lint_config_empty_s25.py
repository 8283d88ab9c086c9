"""`--config=` (an empty value) is a usage error that names the option (tester11 L5).

As a path, "" is "." (the current folder), so lint said `cxkit: .: not a file; --config takes a
cxkit.toml or pyproject.toml`: true of `--config .`, a puzzle for an empty value (a CI variable
that was not set: `--config="$CXKIT_CONFIG"`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

EMPTY = "cxkit: --config: the value is empty; give a cxkit.toml or pyproject.toml, or leave --config out to look for one\n"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(
        "kind: persona\nid: ola-nowak\nname: Ola Nowak\nlang: pl\ngoals:\n  - Ceni jakość\n", encoding="utf-8"
    )
    return tmp_path


@pytest.mark.parametrize("args", [("--config=",), ("--config", ""), ("--config", "  "), ("--exit-zero", "--config=")])
def test_lint_with_an_empty_config_value_names_the_option(ws: Path, args: tuple[str, ...]) -> None:
    result = run_cli("lint", *args)
    assert result.exception is None
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", EMPTY)


def test_cache_clear_with_an_empty_config_value_names_the_option(ws: Path) -> None:
    result = run_cli("cache", "clear", "--config=")
    assert (result.exit_code, result.stderr) == (2, EMPTY)


def test_a_config_named_still_works_and_a_folder_is_still_not_a_file(ws: Path) -> None:
    assert run_cli("lint", "--no-cache", "--config", "cxkit.toml").exit_code == 1
    folder = run_cli("lint", "--config", ".")
    assert (folder.exit_code, folder.stderr) == (2, "cxkit: .: not a file; --config takes a cxkit.toml or pyproject.toml\n")
