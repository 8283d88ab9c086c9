"""Globs of `exclude` / `per-file-ignores` (tester11 F2) and lint's GitLab Code Quality format (F4).

F2: `**/` needed one folder at least (`personas/**/*.yaml` missed `personas/a.yaml`), `*` crossed `/`
(fnmatch), and `legacy/**` matched at any depth in `per-file-ignores` but nothing in `exclude`. Both
settings now read their patterns with one gitignore-like matcher and one anchoring rule.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = """kind: persona
id: {id}
name: Osoba {id}
lang: pl
goals:
  - Ceni jakość
"""

FILES = ["personas/a.yaml", "personas/legacy/b.yaml", "personas/legacy/2024/old.yaml", "legacy/c.yaml",
         "zespoly/personas/d.yaml"]


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for rel in FILES:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(PERSONA.format(id="p-" + path.stem), encoding="utf-8")
    return tmp_path


def reported(*args: str) -> set[str]:
    result = run_cli("lint", "-f", "json", "--no-cache", "--select", "CX101", *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return {f["path"] for f in json.loads(result.stdout)}


@pytest.mark.parametrize(("pattern", "matched"), [
    # `**/` is zero or more folders: the top-level persona too.
    ("personas/**/*.yaml", {"personas/a.yaml", "personas/legacy/b.yaml", "personas/legacy/2024/old.yaml",
                            "zespoly/personas/d.yaml"}),
    ("/personas/**/*.yaml", {"personas/a.yaml", "personas/legacy/b.yaml", "personas/legacy/2024/old.yaml"}),
    # `*` stays within one folder.
    ("personas/*.yaml", {"personas/a.yaml", "zespoly/personas/d.yaml"}),
    ("/personas/*.yaml", {"personas/a.yaml"}),
    ("./personas/*.yaml", {"personas/a.yaml"}),
    # A trailing `/**` is everything below; the same at any depth in both settings.
    ("legacy/**", {"personas/legacy/b.yaml", "personas/legacy/2024/old.yaml", "legacy/c.yaml"}),
    ("/legacy/**", {"legacy/c.yaml"}),
    ("legacy", {"personas/legacy/b.yaml", "personas/legacy/2024/old.yaml", "legacy/c.yaml"}),
    ("personas/legacy/", {"personas/legacy/b.yaml", "personas/legacy/2024/old.yaml"}),
    ("**/2024/*.yaml", {"personas/legacy/2024/old.yaml"}),
    ("personas/*/b.yaml", {"personas/legacy/b.yaml"}),
    ("p?rsonas/[!l]*.yaml", {"personas/a.yaml", "zespoly/personas/d.yaml"}),
])
@pytest.mark.parametrize("setting", ["exclude", "per-file-ignores"])
def test_exclude_and_per_file_ignores_match_the_same_files(ws: Path, setting: str, pattern: str, matched: set[str]):
    everything = reported()
    assert everything == set(FILES)
    if setting == "exclude":
        text = f"exclude = [{json.dumps(pattern)}]\n"
    else:
        text = f"[per-file-ignores]\n{json.dumps(pattern)} = [\"pseudo-profiling\"]\n"
    (ws / "cxkit.toml").write_text(text, encoding="utf-8")
    assert reported() == everything - matched


def test_per_file_ignores_from_a_subfolder_and_with_paths_named(ws: Path, monkeypatch: pytest.MonkeyPatch):
    # Patterns are relative to the config's folder, whatever folder lint runs in or the paths it is given.
    (ws / "cxkit.toml").write_text('[per-file-ignores]\n"/personas/**/*.yaml" = ["CX101"]\n', encoding="utf-8")
    monkeypatch.chdir(ws / "personas")
    assert reported("..") == {"../legacy/c.yaml", "../zespoly/personas/d.yaml"}
    assert reported("a.yaml", "legacy/b.yaml", "../legacy/c.yaml") == {"../legacy/c.yaml"}


def test_a_folder_named_on_the_command_line_that_exclude_matches_is_skipped(ws: Path):
    (ws / "cxkit.toml").write_text('exclude = ["personas/**/2024"]\n', encoding="utf-8")
    result = run_cli("lint", "-f", "json", "--no-cache", "--select", "CX101", "personas/legacy/2024")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert "personas/legacy/2024 is excluded" in result.stderr


def test_the_matcher_compiles_each_set_of_patterns_once():
    from cxkit import globs

    globs.compile_globs.cache_clear()
    patterns = ("drafts", "personas/**/*.yaml", "/archiwum/*")
    for rel in ("personas/a.yaml", "x/drafts/b.yaml", "archiwum/c.yaml", "journeys/j.yaml") * 50:
        globs.matches(rel, patterns)
    assert globs.compile_globs.cache_info().misses == 1
    assert [globs.matches(r, patterns) for r in ("personas/a.yaml", "x/drafts/b.yaml", "a/archiwum/c.yaml")] == [
        True, True, False]


@pytest.mark.parametrize(("pattern", "rel", "expected"), [
    ("[[]x.yaml", "[x.yaml", True),  # `[[]` is a `[` itself, as the config's error message says
    ("[]a]*.yaml", "].yaml", True),
    ("[!]a]*.yaml", "].yaml", False),
    ("a**b.yaml", "axyb.yaml", True),  # `**` inside a name is a plain `*`
    ("a**b.yaml", "ax/yb.yaml", False),
    ("**", "a/b/c.yaml", True),
    (".*", "a/.szkice/b.yaml", True),  # a hidden folder at any depth
    ("drafts\\*.yaml", "drafts/a.yaml", True),  # a Windows backslash is a folder separator
    ("/", "a.yaml", False),
])
def test_glob_details(pattern: str, rel: str, expected: bool):
    from cxkit import globs

    assert globs.matches(rel, (pattern,)) is expected
