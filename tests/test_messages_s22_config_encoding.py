"""A config that is not UTF-8 is a config error (exit 2) at `path:line:col` of its first bad byte, with
the encoding it most likely is, as a document's error has it: Windows-1250 from a Polish Windows
editor, UTF-16 from Windows PowerShell's `>` or Out-File (session 22)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PERSONA_PL, run_cli

CONFIG_PL = """\
# Ustawienia cxkit dla zespołu CX (właściciel: Paweł Żak)
paths = ["personas"]
exclude = ["szkice"]
lang = "pl"
"""

CONFIG_EN = """\
# Claims CX team (budget owner: Priya Shah, £350 a month for research)
paths = ["personas"]
lang = "en"
"""


@pytest.fixture
def workspace(write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write("personas/tomek.yaml", PERSONA_PL)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _lint() -> tuple[int, str]:
    result = run_cli("lint", "--no-cache")
    assert result.exception is None, repr(result.exception)
    return result.exit_code, result.stderr


@pytest.mark.parametrize(("name", "content", "told"), [
    # Saved from Notepad on a Polish Windows ("ANSI"): 0xB3 is `ł` there.
    ("cxkit.toml", CONFIG_PL.encode("cp1250"),
     "cxkit: cxkit.toml:1:29: the file is not valid UTF-8: byte 0xB3 cannot be decoded (it looks like Windows-1250, "
     "Central European, where 0xB3 is 'ł'); save it as UTF-8\n"),
    # An English Excel's or Notepad's Windows-1252: 0xA3 is `£`, not `Ł`.
    ("cxkit.toml", CONFIG_EN.encode("cp1252"),
     "cxkit: cxkit.toml:1:45: the file is not valid UTF-8: byte 0xA3 cannot be decoded (it looks like Windows-1252, "
     "Western European, where 0xA3 is '£'); save it as UTF-8\n"),
    # The same in pyproject.toml's [tool.cxkit].
    ("pyproject.toml", ('[project]\nname = "sklep"\n\n[tool.cxkit]\n# właściciel: Paweł\npaths = ["personas"]\n').encode("cp1250"),
     "cxkit: pyproject.toml:5:4: the file is not valid UTF-8: byte 0xB3 cannot be decoded (it looks like "
     "Windows-1250, Central European, where 0xB3 is 'ł'); save it as UTF-8\n"),
    # UTF-8 but for one character pasted from a Windows-1250 text: retype it, do not convert the file.
    ("cxkit.toml", CONFIG_PL.encode("utf-8").replace("Żak".encode("utf-8"), "Żak".encode("cp1250")),
     "cxkit: cxkit.toml:1:54: the file is not valid UTF-8: byte 0xAF cannot be decoded (the rest of the file is "
     "UTF-8, so this byte was pasted from text in another encoding, most likely ISO-8859-2 or Windows-1250, Central "
     "European, where 0xAF is 'Ż'); retype that character in UTF-8 rather than converting the whole file, which "
     "would garble its UTF-8 letters\n"),
    # Windows PowerShell 5's `>` and Out-File: UTF-16 with a byte-order mark, CRLF.
    ("cxkit.toml", CONFIG_PL.replace("\n", "\r\n").encode("utf-16"),
     "cxkit: cxkit.toml:1:1: the file is UTF-16 (as Windows PowerShell's `>` and Out-File write text); save it as "
     "UTF-8 (in PowerShell: `Out-File -Encoding utf8`)\n"),
    # UTF-16 without its mark: TOML told of a NUL character at 1:2 before.
    ("cxkit.toml", 'paths = ["personas"]\r\nlang = "pl"\r\n'.encode("utf-16-le"),
     "cxkit: cxkit.toml:1:1: the file looks like UTF-16 without a byte-order mark; save it as UTF-8\n"),
])
def test_a_config_that_is_not_utf8_is_told_where_and_what_it_likely_is(workspace, write, name, content, told):
    write(name, content)
    assert _lint() == (2, told)


def test_a_utf8_config_with_a_byte_order_mark_is_read(workspace, write):
    # Notepad's "UTF-8 with BOM", Windows PowerShell's `Out-File -Encoding utf8`.
    write("cxkit.toml", b"\xef\xbb\xbf" + 'paths = ["personas"]\nlang = "pl"\nexclude = ["szkice"]  # źródła robocze\n'.encode())
    code, stderr = _lint()
    assert code in (0, 1) and stderr == ""


def test_the_config_named_with_config_is_told_the_same(workspace, write):
    write("ustawienia/cx.toml", CONFIG_PL.encode("cp1250"))
    result = run_cli("lint", "--no-cache", "--config", "ustawienia/cx.toml", "personas")
    assert result.exception is None and result.exit_code == 2
    assert result.stderr.startswith("cxkit: ustawienia/cx.toml:1:29: the file is not valid UTF-8: byte 0xB3 ")


@pytest.mark.parametrize(("name", "content", "told"), [
    # Review 8 (R8-10): UTF-32 (its mark starts as UTF-16's does) is named as what it is.
    ("cxkit.toml", CONFIG_PL.encode("utf-32"), "cxkit: cxkit.toml:1:1: the file is UTF-32; save it as UTF-8\n"),
    # A [tool.cxkit] in a pyproject.toml saved as UTF-16 without its mark was passed over in silence
    # (the bytes hold no b"cxkit"), and the defaults applied.
    ("pyproject.toml", '[project]\r\nname = "sklep"\r\n\r\n[tool.cxkit]\r\nlang = "pl"\r\n'.encode("utf-16-le"),
     "cxkit: pyproject.toml:1:1: the file looks like UTF-16 without a byte-order mark; save it as UTF-8\n"),
])
def test_utf32_and_a_utf16_pyproject_without_its_mark_are_told(workspace, write, name, content, told):
    write(name, content)
    assert _lint() == (2, told)


def test_a_utf16_pyproject_of_another_tool_is_still_passed_over(workspace, write):
    write("pyproject.toml", '[project]\r\nname = "sklep"\r\n'.encode("utf-16-le"))
    code, stderr = _lint()
    assert code in (0, 1) and stderr == ""
