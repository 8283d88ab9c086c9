"""`cxkit fmt -` never hands back a buffer cut short at the 4 MiB read cap.

Standard input is read up to the 4 MiB a document may have, and one byte more. A buffer over that
which is no cxkit document (a long YAML export, a log pasted into an editor), or one
--only-documents skips, used to be given back "as it came": only its first 4 MiB and a byte, exit 0,
so an editor that replaces its buffer with stdout lost the rest. It is now reported as a document
over the limit is, with nothing on stdout, exit 1; --check and --diff still pass it over, as they
pass over such a file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.limits import MAX_FILE_BYTES

# A YAML export of order lines, no cxkit document, just over the cap.
LINE = "  - {sku: KUBEK-330-ZIEL, ilosc: 2, cena: 39.90, klient: \"Zofia Żak\"}\n"
EXPORT = "zamowienia:\n" + LINE * (MAX_FILE_BYTES // len(LINE.encode("utf-8")) + 50)


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = ["szkice"]\n', encoding="utf-8")
    (tmp_path / "eksport").mkdir()
    (tmp_path / "szkice").mkdir()
    return tmp_path


def fmt(*args: str) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(app, ["fmt", *args], input=EXPORT.encode("utf-8"))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout_bytes, result.stderr


def test_the_export_is_over_the_cap():
    assert len(EXPORT.encode("utf-8")) > MAX_FILE_BYTES + 1


@pytest.mark.parametrize("args", [
    ("-",),  # fails before (these three): the first 4 MiB on stdout, exit 0
    ("--stdin-filename", "eksport/zamowienia.yaml", "-"),
    ("--only-documents", "--stdin-filename", "szkice/zamowienia.yaml", "-"),
])
def test_a_buffer_over_the_cap_is_refused_not_cut_short(ws, args):
    code, out, err = fmt(*args)
    shown = args[-2] if len(args) > 1 else "-"
    assert (code, out) == (1, b"")
    # The workspace is Polish: the line is lint's Polish one, said of the input (session 37).
    assert err == f"{shown}:1:1: error CX001 wejście przekracza limit cxkit 4 MiB na jeden dokument; podziel je [yaml-syntax]\n"


@pytest.mark.parametrize("flag", ["--check", "--diff"])
def test_check_and_diff_pass_it_over_as_a_file(ws, flag):
    """Guard: nothing is given back there, so nothing is cut short."""
    code, out, err = fmt(flag, "--stdin-filename", "eksport/zamowienia.yaml", "-")
    assert (code, out) == (0, b"")
    assert "error" not in err


def test_a_small_buffer_still_comes_back_whole(ws):
    """Guard: under the cap, YAML that is no cxkit document comes back byte for byte."""
    result = CliRunner().invoke(app, ["fmt", "-"], input="zamowienia:\n" + LINE * 3)
    assert (result.exit_code, result.stdout) == (0, "zamowienia:\n" + LINE * 3)
