"""git's diff driver starts once per changed file (tester41 M6: 94 files, ~0.38 s CPU each): what one
call does besides comparing two files is start-up, so it builds no pydantic validator for diff's
options; and docs/diff.md says up front that the log family needs --ext-diff and that a big commit
is compared faster in one `cxkit diff` run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from test_startup import coerced_as_typer_does, run_cxkit

ROOT = Path(__file__).resolve().parent.parent

OLD = """kind: persona
id: priya-shah
name: Priya Shah
demographics:
  age: 41
  location: Leeds, Headingley
goals:
  - Send every invoice from the van the day the job is done
"""


def _driver_args(tmp_path: Path) -> list[str]:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(OLD.replace("age: 41", "age: 42"), encoding="utf-8")
    return ["personas/priya.yaml", str(old), "1" * 40, "100644", str(new), "2" * 40, "100644"]


@pytest.mark.parametrize("extra", [(), ("--format", "json"), ("-f", "MD", "--ignore-order", "-x", "reviewed")])
def test_a_driver_call_builds_no_pydantic_validator_for_its_options_s38(tmp_path, monkeypatch, extra) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, modules = run_cxkit("diff", "--git-driver", *extra, *_driver_args(tmp_path))
    assert code == 0
    assert "41" in out and "42" in out, out
    assert "typer._adapters" not in modules, extra


def test_diff_options_convert_exactly_as_typers_own_validator_s38(tmp_path, monkeypatch) -> None:
    from cxkit.diff.command import DiffFormat

    monkeypatch.chdir(tmp_path)
    coerced_as_typer_does("diff", {
        "output_format": [DiffFormat.text, DiffFormat.md, "json", "MD", "Html", "xml", ""],
        "args": [("HEAD~1", "HEAD"), (), ("zażółć.yaml",)],
        "exclude": [("reviewed", "stages[*].metrics")],
        "config_text": ["cxkit.toml", ""],
    })


def test_the_driver_section_names_ext_diff_and_the_one_run_for_a_big_commit_s38() -> None:
    text = (ROOT / "docs" / "diff.md").read_text(encoding="utf-8")
    section = text.split("### cxkit as git's diff driver", 1)[1]
    opening = section.split("```", 1)[0]  # the words before the first example
    assert "git log -p --ext-diff" in opening and "git show --ext-diff" in opening, opening
    assert re.search(r"`cxkit diff COMMIT\^!`", opening), opening
