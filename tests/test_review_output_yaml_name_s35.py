"""`cxkit review -o` refuses a YAML or TOML name even when no such file is there yet (review75 of b37bd1fa).
docs/diff.md and the CHANGELOG say `-o` refuses "a .yaml, .yml or .toml file"; the shared check refused only
one that existed, so `cxkit review main -o cxkit.toml` wrote the Markdown comment as the workspace's config
(every later run: exit 2, `cxkit.toml:1:1: invalid TOML`), and `-o personas/new.yaml` a "document"."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PERSONA_PL, run_cli
from git_helpers import committed


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A Polish workspace, Tomek's age turned into a range (a finding introduced); `klient/` has no config yet."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    r = committed(tmp_path / "zespol", monkeypatch, {"personas/tomek.yaml": PERSONA_PL})
    r.write("personas/tomek.yaml", PERSONA_PL.replace("  age: 34\n", "  age: 30-45\n"))
    return r


@pytest.mark.parametrize("name", ["klient/cxkit.toml", "personas/nowa.yaml", "RAPORT.YML"])
@pytest.mark.parametrize("extra", [[], ["--force"], ["-f", "json"]])
def test_a_new_yaml_or_toml_name_is_refused_and_nothing_written(repo, name, extra):
    """Fails before: exit 1 and the report written under that name."""
    result = run_cli("review", "HEAD", "-o", name, *extra)
    assert result.exit_code == 2, result.stdout + result.stderr
    assert result.stderr == (f"cxkit: --output-file {name}: cannot write the report: a YAML or TOML name (a document "
                             "or a config?); review writes Markdown, JSON, HTML or text: give another file name\n")
    assert not Path(name).exists()
    assert run_cli("lint", "--no-cache").exit_code == 1  # the workspace still lints (no config nor document made)


def test_an_existing_document_keeps_its_own_message(repo):
    """A guard: one there is refused as before, by the check lint's -o shares."""
    result = run_cli("review", "HEAD", "-o", "personas/tomek.yaml")
    assert result.exit_code == 2 and "the file is YAML or TOML (a document or a config?)" in result.stderr


def test_a_markdown_name_is_written(repo):
    assert run_cli("review", "HEAD", "-o", "raport.md").exit_code == 1
    assert Path("raport.md").read_text(encoding="utf-8").startswith("<!-- cxkit-review -->")
