"""A pattern starting with `/` means the same on every machine.

The config check took `/data/raw` for the workspace's `data/raw` on a laptop and refused it as "an
absolute path outside the config file's folder" (exit 2) in a container that has a `/data`: what lay at
the top of the machine's file system decided.  A wildcard in that first part (`/data/*/raw`) was refused
the same way.  Now a leading `/` anchors a pattern at the config file's folder on every machine, as in
`.gitignore`; only the absolute path of the config file's folder itself (`/home/ola/cx/drafts`) is read
as that place, as before.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = """kind: persona
id: {id}
name: {name}
lang: {lang}
goals:
  - {goal}
"""


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    top = tmp_path / "ws"
    _write(top / "personas/kamil.yaml", PERSONA.format(
        id="kamil", name="Kamil Nowak", lang="pl", goal="Kupuje kawę ziarnistą raz w miesiącu w palarni na Mokotowie"))
    monkeypatch.chdir(top)
    return top


#: A folder at the top of this machine's file system (the tests' own temporary folder lies in it), and one
#: that is at the top of none: a pattern must mean the same with either.
HERE = Path(__file__).resolve().parts[1]
NOWHERE = f"nie-ma-{uuid.uuid4().hex[:8]}"


def _lint(*args: str):
    result = run_cli("lint", "-f", "json", "--no-cache", "--select", "missing-sources", *args)
    assert result.exception is None, result.exception
    return result


def _paths(result) -> set[str]:
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr)
    return {f["path"] for f in json.loads(result.stdout)}


@pytest.mark.parametrize("top", [HERE, NOWHERE], ids=["machine-top", "no-such-top"])
@pytest.mark.parametrize("key", ["exclude", "per-file-ignores"])
def test_a_leading_slash_anchors_at_the_config_folder_whatever_the_machine_has_at_its_top(ws: Path, top: str, key: str):
    assert Path("/" + HERE).is_dir() and not (ws / HERE).exists()
    pattern = f"/{top}/eksport"
    if key == "exclude":
        _write(ws / "cxkit.toml", f'exclude = ["{pattern}"]\n')
    else:
        _write(ws / "cxkit.toml", f'[per-file-ignores]\n"{pattern}" = ["missing-sources"]\n')
    # Accepted while the folder does not exist yet (a fresh clone, before the export step runs) ...
    assert _paths(_lint()) == {"personas/kamil.yaml"}
    # ... and it is the workspace's own folder once it does.
    _write(ws / top / "eksport/margaret.yaml", PERSONA.format(
        id="margaret", name="Margaret Hughes", lang="en", goal="Renews the broadband contract every two years"))
    assert _paths(_lint()) == {"personas/kamil.yaml"}
    _write(ws / "cxkit.toml", 'exclude = ["/elsewhere/eksport"]\n')  # the pattern was what left it out
    assert _paths(_lint()) == {"personas/kamil.yaml", f"{top}/eksport/margaret.yaml"}


@pytest.mark.parametrize("top", [HERE, NOWHERE], ids=["machine-top", "no-such-top"])
def test_a_wildcard_after_the_first_name_is_an_anchored_pattern_too(ws: Path, top: str):
    _write(ws / "cxkit.toml", f'exclude = ["/{top}/*/szkice"]\n')
    assert _paths(_lint()) == {"personas/kamil.yaml"}
    _write(ws / top / "zespol-b2b/szkice/ola.yaml", PERSONA.format(
        id="ola", name="Ola Wiśniewska", lang="pl", goal="Chce porównać słuchawki w jednym miejscu"))
    assert _paths(_lint()) == {"personas/kamil.yaml"}


def test_the_config_folders_own_absolute_path_is_still_that_place(ws: Path):
    # Guard: the path of the config file's folder on this machine, then the folder meant.
    _write(ws / "szkice/ola.yaml", PERSONA.format(
        id="ola", name="Ola Wiśniewska", lang="pl", goal="Chce porównać słuchawki w jednym miejscu"))
    _write(ws / "cxkit.toml", f'exclude = ["{(ws / "szkice").as_posix()}"]\n')
    assert _paths(_lint()) == {"personas/kamil.yaml"}


def test_a_pattern_naming_no_file_is_still_an_error(ws: Path):
    # Guard: the check that stays, on every machine alike.
    _write(ws / "cxkit.toml", 'exclude = ["/"]\n')
    result = _lint()
    assert result.exit_code == 2 and "cxkit.toml:1:12: exclude: the pattern '/' names no file" in result.stderr
