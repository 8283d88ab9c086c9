"""`exclude` and `per-file-ignores` match the path from the config's folder only (readthrough24 RT24-2).

`per-file-ignores` also matched a pattern against the path as shown from the current folder, so the
same file under the same config gave findings (exit 1) from the workspace and none (exit 0) from the
folder above it. `exclude` did the same for files outside the config's folder, and took no absolute
path, which `per-file-ignores` did (both now take one into the config's folder).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = """kind: persona
id: {id}
name: Anna Kowalska
lang: pl
goals:
  - Ceni jakość
"""


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _reported(*args: str) -> tuple[int, set[str]]:
    result = run_cli("lint", "-f", "json", "--no-cache", "--select", "CX101", *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return result.exit_code, {f["path"] for f in json.loads(result.stdout)}


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    top = tmp_path / "ws"
    for rel in ("personas/anna.yaml", "personas/legacy/stara.yaml"):
        _write(top / rel, PERSONA.format(id="p-" + Path(rel).stem))
    return top


def test_a_pattern_naming_the_workspace_folder_matches_from_no_folder(ws: Path, monkeypatch: pytest.MonkeyPatch):
    # "ws/personas/*" names no path under ws/ (the config's folder): it skips nothing, from ws/ or from above.
    _write(ws / "cxkit.toml", '[per-file-ignores]\n"ws/personas/*" = ["ALL"]\n')
    monkeypatch.chdir(ws)
    assert _reported("personas/anna.yaml") == (1, {"personas/anna.yaml"})
    monkeypatch.chdir(ws.parent)
    assert _reported("ws/personas/anna.yaml") == (1, {"ws/personas/anna.yaml"})


@pytest.mark.parametrize("pattern", ["personas/*", "/personas/*.yaml", "anna.yaml"])
def test_a_pattern_from_the_config_folder_matches_from_every_folder(ws: Path, monkeypatch: pytest.MonkeyPatch, pattern: str):
    _write(ws / "cxkit.toml", f'[per-file-ignores]\n"{pattern}" = ["pseudo-profiling"]\n')
    for cwd, named in ((ws, "personas/anna.yaml"), (ws.parent, "ws/personas/anna.yaml"), (ws / "personas", "anna.yaml")):
        monkeypatch.chdir(cwd)
        assert _reported(named) == (0, set())


def test_a_file_reached_through_a_link_is_matched_as_the_file_it_is(ws: Path, monkeypatch: pytest.MonkeyPatch):
    # An anchored pattern matches the file named by an absolute path that leads into the workspace via a link.
    _write(ws / "cxkit.toml", '[per-file-ignores]\n"/personas/legacy/*" = ["pseudo-profiling"]\n')
    link = ws.parent / "link"
    link.symlink_to(ws, target_is_directory=True)
    monkeypatch.chdir(ws.parent)
    assert _reported(str(link / "personas")) == (1, {(link / "personas/anna.yaml").as_posix()})


def test_exclude_outside_the_config_folder_does_not_depend_on_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # paths = ["../wspolne"]: a folder the workspace shares. "/wspolne/legacy" is anchored at ws/, where
    # there is no wspolne/: it left ../wspolne/legacy out only when lint ran in the folder above ws/.
    ws = tmp_path / "ws"
    _write(ws / "cxkit.toml", 'paths = ["../wspolne"]\nexclude = ["/wspolne/legacy"]\n')
    for rel in ("wspolne/anna.yaml", "wspolne/legacy/stara.yaml"):
        _write(tmp_path / rel, PERSONA.format(id="p-" + Path(rel).stem))
    monkeypatch.chdir(ws)
    assert _reported() == (1, {"../wspolne/anna.yaml", "../wspolne/legacy/stara.yaml"})
    monkeypatch.chdir(tmp_path)
    assert _reported("--config", "ws/cxkit.toml") == (1, {"wspolne/anna.yaml", "wspolne/legacy/stara.yaml"})
    # Written from the config's folder, it leaves the folder out from both.
    _write(ws / "cxkit.toml", 'paths = ["../wspolne"]\nexclude = ["../wspolne/legacy"]\n')
    assert _reported("--config", "ws/cxkit.toml") == (1, {"wspolne/anna.yaml"})
    monkeypatch.chdir(ws)
    assert _reported() == (1, {"../wspolne/anna.yaml"})


@pytest.mark.parametrize("pattern", ["{root}/personas/legacy", "{root}/personas/legacy/", "{root}/personas/legacy/*.yaml",
                                     "{root}/./personas/legacy"])
@pytest.mark.parametrize("cwd", [".", "personas"])
def test_exclude_takes_an_absolute_path_into_the_config_folder(ws: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, cwd: str):
    _write(ws / "cxkit.toml", f"exclude = [{json.dumps(pattern.format(root=ws.as_posix()))}]\n")
    monkeypatch.chdir(ws / cwd)
    assert _reported() == (1, {"personas/anna.yaml" if cwd == "." else "anna.yaml"})


def test_an_absolute_exclude_is_that_one_place(ws: Path, monkeypatch: pytest.MonkeyPatch):
    # Anchored, as per-file-ignores reads an absolute path: not every legacy/ folder below.
    _write(ws / "archiwum/legacy/x.yaml", PERSONA.format(id="p-x"))
    _write(ws / "cxkit.toml", f'exclude = ["{ws.as_posix()}/personas/legacy"]\n')
    monkeypatch.chdir(ws)
    assert _reported() == (1, {"personas/anna.yaml", "archiwum/legacy/x.yaml"})


def test_an_absolute_exclude_is_quoted_as_the_config_anchors_it(ws: Path):
    from cxkit.config import load_config

    _write(ws / "cxkit.toml", f'exclude = ["drafts", "./szkice", "{ws.as_posix()}/personas/legacy"]\n')
    assert load_config(cwd=ws).exclude == ["drafts", "./szkice", "/personas/legacy"]


@pytest.mark.parametrize("pattern", ["", ".", "./", "{root}", "{root}/"])
@pytest.mark.parametrize("setting", ["exclude", "per-file-ignores"])
def test_a_pattern_naming_no_file_is_exit_2_in_both_settings(ws: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, setting: str):
    pattern = json.dumps(pattern.format(root=ws.as_posix()))
    text = f"exclude = [{pattern}]\n" if setting == "exclude" else f'[per-file-ignores]\n{pattern} = ["CX101"]\n'
    _write(ws / "cxkit.toml", text)
    monkeypatch.chdir(ws)
    result = run_cli("lint", "--no-cache")
    assert result.exception is None and result.exit_code == 2
    # At the pattern: the item of the list (review17 R17-9a: it was the list's key), or its own key in the table.
    at = "cxkit.toml:1:12" if setting == "exclude" else "cxkit.toml:2:1"
    assert result.stderr.startswith(f"cxkit: {at}: {setting}: the pattern ") and "names no file" in result.stderr


def test_pyproject_names_the_table_of_an_exclude_naming_no_file(ws: Path, monkeypatch: pytest.MonkeyPatch):
    _write(ws / "pyproject.toml", '[tool.cxkit]\nexclude = ["./"]\n')
    monkeypatch.chdir(ws)
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 2 and "pyproject.toml:2:12: [tool.cxkit].exclude: the pattern './' names no file" in result.stderr


def test_the_matched_path_is_the_same_from_any_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from cxkit import globs

    root = tmp_path / "ws"
    (root / "personas").mkdir(parents=True)
    (tmp_path / "wspolne").mkdir()
    answers = set()
    for cwd in (root, tmp_path, root / "personas"):
        monkeypatch.chdir(cwd)
        answers.add((globs.config_rel(os.path.relpath(root / "personas/a.yaml"), str(root)),
                     globs.config_rel(os.path.relpath(tmp_path / "wspolne/b.yaml"), str(root))))
    assert answers == {("personas/a.yaml", "../wspolne/b.yaml")}
