"""The fmt cache's "would change" verdict (session 39) for files saved on Windows or by Excel-era
tools: CRLF line ends, a UTF-8 byte-order mark, UTF-16. A warm `fmt --check` answers them from the
cache and says what the cold run said; a write after it writes what a run without the cache writes."""

from __future__ import annotations

import re
import shutil

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from fmt_cache_helpers import enter, fmt, record_laid_out

# Keys out of the documented order, a list indented by four: each file below would change.
MESSY = {
    "crlf.yaml": ("id: ola-rower\nkind: persona\nname: Ola\ngoals:\n    - Dojechać rowerem do pracy w 20 minut\n"
                  .replace("\n", "\r\n").encode("utf-8")),
    "bom.yaml": ("\ufeffid: jan-prad\nkind: persona\nname: Jan\ngoals:\n    - Zapłacić rachunek za prąd w aplikacji banku\n"
                 .encode("utf-8")),
    "utf16.yaml": ("\ufeffname: Ewa\nkind: persona\nid: ewa-wizyta\ngoals:\n    - Book a GP appointment by phone before 8 am\n"
                   .encode("utf-16-le")),
}


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    return enter(tmp_path, monkeypatch, {f"personas/{name}": data for name, data in MESSY.items()})


@pytest.fixture
def laid_out(monkeypatch):
    return record_laid_out(monkeypatch)


@pytest.mark.parametrize("lang", [None, "pl"])
def test_crlf_bom_and_utf16_files_are_answered_warm_as_cold_s39(workspace, laid_out, lang):
    assert (workspace / "personas" / "utf16.yaml").read_bytes()[:2] == b"\xff\xfe"
    if lang:
        (workspace / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    cold = fmt("--check")
    assert cold.exit_code == 1 and sorted(laid_out) == ["ewa-wizyta", "jan-prad", "ola-rower"]
    assert len(re.findall(r"^(?:would reformat|do przeformatowania:) personas/\S+\.yaml$", cold.output, re.M)) == 3
    laid_out.clear()
    warm = fmt("--check")
    assert (warm.exit_code, warm.output) == (1, cold.output)
    assert laid_out == []  # each one's bytes, mark and line ends as read, are the key it was remembered by


def test_a_write_after_a_warm_check_keeps_each_files_encoding_s39(workspace, laid_out, tmp_path_factory):
    pristine = tmp_path_factory.mktemp("pristine")
    shutil.copytree(workspace, pristine, dirs_exist_ok=True)
    fmt("--check")
    fmt("--check")
    assert fmt().exit_code == 0
    assert CliRunner().invoke(app, ["fmt", "-j", "1", "--no-cache", str(pristine)]).exit_code == 0
    for name in MESSY:
        assert (workspace / "personas" / name).read_bytes() == (pristine / "personas" / name).read_bytes()
    written = workspace / "personas"
    assert written.joinpath("crlf.yaml").read_bytes().startswith(b"kind: persona\r\nid: ola-rower\r\n")
    assert written.joinpath("bom.yaml").read_bytes().startswith(b"\xef\xbb\xbfkind: persona\nid: jan-prad\n")
    assert written.joinpath("utf16.yaml").read_bytes().decode("utf-16").startswith("kind: persona\nid: ewa-wizyta\n")
    laid_out.clear()
    again = fmt("--check")
    assert again.exit_code == 0 and "3 files would be left unchanged." in again.output
