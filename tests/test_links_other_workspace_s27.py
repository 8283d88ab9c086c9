"""A link into a folder that ANOTHER workspace's `exclude` leaves out is that workspace's draft.

`zespol-a/personas/inny.yaml -> ../../zespol-b/szkice/x.yaml`, where zespol-b's cxkit.toml says
`exclude = ["szkice/"]`: zespol-a's scan linted the draft, `--only-documents` let it through and
`cxkit fmt` (a scan, or the link named) rewrote zespol-b's draft through the link.  Only zespol-a's own
`exclude` was asked.  The file a link leads to is now also matched by the `exclude` of the workspace it
lies in: scans and hooks leave it out, and fmt does not write through the link.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links")

SZKIC_PL = """\
name: Jadwiga Nowicka
kind: persona
id: jadwiga-szkic
lang: pl
goals:
    - Chce złożyć wniosek o dofinansowanie bez wizyty w urzędzie
"""

TIDY_EN = """\
kind: persona
id: mark-hughes
name: Mark Hughes
lang: en
goals:
  - Send a quote from the van within 10 minutes of leaving the site
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    a, b = tmp_path / "zespol-a", tmp_path / "zespol-b"
    (a / "personas").mkdir(parents=True)
    (b / "szkice").mkdir(parents=True)
    (a / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (b / "cxkit.toml").write_text('exclude = ["szkice/"]\n', encoding="utf-8")
    (b / "szkice" / "x.yaml").write_text(SZKIC_PL, encoding="utf-8")
    (a / "personas" / "mark.yaml").write_text(TIDY_EN, encoding="utf-8")
    (a / "personas" / "inny.yaml").symlink_to("../../zespol-b/szkice/x.yaml")
    monkeypatch.chdir(a)
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def draft(ws: Path) -> str:
    return (ws / "zespol-b" / "szkice" / "x.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [(), ("personas",)])
def test_a_scan_leaves_the_link_out(ws: Path, args: tuple[str, ...]) -> None:
    code, out, _ = run("lint", "--no-cache", "--format", "json", *args)
    assert "personas/inny.yaml" not in {f["path"] for f in json.loads(out)}
    assert run("fmt", "--check", "--no-cache", *args)[0] == 0
    run("fmt", "--no-cache", *args)
    assert draft(ws) == SZKIC_PL


def test_naming_the_link_alone_to_fmt_is_a_usage_error(ws: Path) -> None:
    code, _, err = run("fmt", "--check", "personas/inny.yaml")
    assert code == 2
    assert err.startswith("cxkit: nothing to check: personas/inny.yaml, the only file named, is a link to "
                          "../zespol-b/szkice/x.yaml, which `exclude` leaves out (in ")
    assert err.endswith("zespol-b/cxkit.toml); name that file itself to check it "
                        "(cxkit fmt --check ../zespol-b/szkice/x.yaml)\n")


def test_fmt_does_not_write_through_the_link_named_beside_another_file(ws: Path) -> None:
    code, _, err = run("fmt", "personas/inny.yaml", "personas/mark.yaml")
    assert code == 0
    assert "cxkit: warning: personas/inny.yaml leads to ../zespol-b/szkice/x.yaml, which `exclude` leaves out" in err
    assert draft(ws) == SZKIC_PL


def test_a_hook_skips_the_link(ws: Path) -> None:
    assert run("lint", "--only-documents", "-q", "personas/inny.yaml") == (0, "", "")
    assert run("fmt", "--only-documents", "-q", "personas/inny.yaml") == (0, "", "")
    assert draft(ws) == SZKIC_PL


def test_guard_the_link_named_to_lint_is_checked(ws: Path) -> None:
    code, out, _ = run("lint", "--format", "json", "personas/inny.yaml")
    assert "personas/inny.yaml" in {f["path"] for f in json.loads(out)}


def test_guard_a_link_to_a_file_the_other_workspace_keeps_is_scanned(ws: Path) -> None:
    (ws / "zespol-b" / "cxkit.toml").write_text('exclude = ["archiwum/"]\n', encoding="utf-8")
    code, out, _ = run("lint", "--no-cache", "--format", "json")
    assert "personas/inny.yaml" in {f["path"] for f in json.loads(out)}


def test_guard_an_unreadable_config_there_decides_nothing(ws: Path) -> None:
    (ws / "zespol-b" / "cxkit.toml").write_text('exclude = ["szkice/"\n', encoding="utf-8")  # no ]
    code, out, err = run("lint", "--no-cache", "--format", "json", "personas")
    assert code in (0, 1) and "Traceback" not in err
    assert "personas/inny.yaml" in {f["path"] for f in json.loads(out)}
