"""Session 23 (review13 L3): `cxkit render zwrot.yaml -o ...` wrote a hidden file named `...` with
the terminal view, exit 0: a name of dots alone, with nothing left to mean once the dots that end
it are dropped, slipped past the refusal of names that end in a dot.  It is now a usage error
(exit 2) that names a file to write instead, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from snapshot_helpers import render_cli
from test_render_output_name_s23 import JOURNEY


@pytest.fixture()
def ws(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "zwrot.yaml").write_text(JOURNEY, encoding="utf-8")
    (tmp_path / "eksport").mkdir()
    return tmp_path


def _files(ws: Path) -> list[str]:
    return sorted(str(p.relative_to(ws)) for p in ws.rglob("*"))


@pytest.mark.parametrize(("args", "message"), [
    (["-o", "..."], "-o ...: that name is only dots, which would write a hidden file named ...; "
                    "name the file, as in -o zwrot.txt"),
    (["-o", "eksport/...."], "-o eksport/....: that name is only dots, which would write a hidden file named ....; "
                             "name the file, as in -o eksport/zwrot.txt"),
    (["-f", "html", "-o", "..."], "-o ...: that name is only dots, which would write a hidden file named ...; "
                                  "name the file, as in -o zwrot.html"),
    (["-o", ". ."], "-o '. .': that name is only dots and spaces, which would write a hidden file named '. .'; "
                    "name the file, as in -o zwrot.txt"),
])
def test_a_name_of_dots_alone_is_refused(ws: Path, monkeypatch: pytest.MonkeyPatch, args: list[str],
                                         message: str) -> None:
    """Before: exit 0 and a hidden file `...` (or `....`, `. .`) holding the terminal view."""
    code, out, err = render_cli(ws, monkeypatch, "zwrot.yaml", *args)
    assert (code, out, err) == (2, "", f"cxkit: {message}\n")
    assert _files(ws) == ["cxkit.toml", "eksport", "zwrot.yaml"]


@pytest.mark.parametrize("name", [".", "..", "eksport/."])
def test_a_folder_keeps_its_own_message(ws: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Guard: `.` and `..` are folders, refused as such, not as a name of dots."""
    code, _out, err = render_cli(ws, monkeypatch, "zwrot.yaml", "-o", name)
    assert code == 2 and "is a folder" in err and "only dots" not in err
