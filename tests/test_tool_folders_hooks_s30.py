"""`--only-documents` (the pre-commit hooks) leaves out a named file in a tool's folder, as the folder scan does.

Before: the cxkit-fmt hook (`cxkit fmt --only-documents <changed files>`) reformatted a committed
`node_modules/…/persona.yaml` or `.venv/…` file that the whole-workspace lint hook never looks at.
Render's persona lookup, the search for excluded documents and the folder scan each kept their own
list of tools' folders; now they share discovery.SKIPPED_FOLDERS.

test_fmt_hook_* and test_lint_hook_* fail before; the others are guards.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import PERSONA_KAMIL, enter_workspace
from cxkit import discovery, workspace
from cxkit.cli import app
from cxkit.render import load

#: Kamil with his `lang` out of fmt's layout, so that a file fmt rewrites shows.
PERSONA = PERSONA_KAMIL.replace("lang: pl", "lang:   pl")

TOOLS = ["node_modules/cx-lib/examples", ".venv/lib", "env", "bower_components/x"]


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n')
    for n, folder in enumerate(["personas", *TOOLS]):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "p.yaml").write_text(PERSONA.format(id=f"kamil-{n}"), encoding="utf-8")
    (tmp_path / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")  # a virtualenv named env
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def test_fmt_hook_leaves_tool_folders_alone(ws: Path) -> None:
    named = [f"{folder}/p.yaml" for folder in TOOLS]
    before = {name: (ws / name).read_bytes() for name in named}
    code, out, err = run("fmt", "--no-cache", "--only-documents", *named, "personas/p.yaml")
    assert (code, err) == (0, "przeformatowano personas/p.yaml\nPrzeformatowano 1 plik.\n"), err
    assert {name: (ws / name).read_bytes() for name in named} == before
    assert b"lang: pl\n" in (ws / "personas/p.yaml").read_bytes()


def test_fmt_hook_with_only_tool_folders_checks_nothing(ws: Path) -> None:
    code, out, err = run("fmt", "--no-cache", "--check", "--only-documents", "node_modules/cx-lib/examples/p.yaml")
    # The workspace says lang = "pl"; neither a file's line nor the summary says a file is to be reformatted.
    assert code == 0 and "przeformatowania" not in (out + err).lower() and "would reformat" not in out + err


def test_lint_hook_leaves_tool_folders_alone(ws: Path) -> None:
    (ws / "node_modules/cx-lib/examples/p.yaml").write_text("kind: persona\nid: Zły Id\n", encoding="utf-8")
    assert run("lint", "--no-cache", "--only-documents", "node_modules/cx-lib/examples/p.yaml")[0] == 0
    # Named without --only-documents, the file is checked as always.
    assert run("lint", "--no-cache", "node_modules/cx-lib/examples/p.yaml")[0] == 1


def test_fmt_and_lint_scans_agree(ws: Path) -> None:
    code, out, err = run("fmt", "--no-cache", "--check", ".")
    assert (code, out, err) == (1, "", "do przeformatowania: personas/p.yaml\nDo przeformatowania: 1 plik.\n")
    code, out, err = run("lint", "--no-cache", "--format", "json", ".")
    assert "node_modules" not in out and ".venv" not in out and "env/" not in out


def test_one_list_of_tool_folders() -> None:
    assert workspace.ExcludedFiles.NOT_WALKED == frozenset(discovery.SKIPPED_FOLDERS + discovery.BUILD_FOLDERS)
    assert load._LOOKUP_SKIP == frozenset(discovery.SKIPPED_FOLDERS)
