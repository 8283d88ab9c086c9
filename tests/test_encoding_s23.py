"""A config file and a document holding the same bytes that are not UTF-8 are told the same thing, at
the same line and column: one implementation writes the message for both (session 23, RT22-7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

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

SAME_BYTES = [
    # Notepad's "ANSI" on a Polish Windows: Windows-1250.
    pytest.param(CONFIG_PL.encode("cp1250"), id="cp1250"),
    # An English Excel's or Notepad's Windows-1252.
    pytest.param(CONFIG_EN.encode("cp1252"), id="cp1252"),
    # CRLF line ends, with the bad byte on the third line.
    pytest.param(CONFIG_PL.replace("\n", "\r\n").replace("szkice", "szkice Paweł").encode("cp1250")
                 .replace("# Ustawienia cxkit dla zespo\xb3u CX (w\xb3a\x9cciciel: Pawe\xb3 \xafak)".encode("latin-1"),
                          b"# Ustawienia"), id="crlf"),
    # UTF-8 with a UTF-8 byte-order mark but for three characters pasted from a Windows-1250 text.
    pytest.param(b"\xef\xbb\xbf" + CONFIG_PL.encode().replace("Żak".encode(), "Żak".encode("cp1250"))
                 .replace("szkice".encode(), "szkice Łódź".encode("cp1250")), id="bom-pasted"),
    # Windows PowerShell 5's `>>` appends UTF-16 (without its mark) to a UTF-8 file: the NULs name it.
    pytest.param(CONFIG_PL.encode() + "# zespół Józka\r\n".encode("utf-16-le"), id="utf16-appended"),
]


@pytest.mark.parametrize("raw", SAME_BYTES)
def test_a_config_and_a_document_with_the_same_bytes_are_told_the_same(raw, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "cxkit.toml").write_bytes(raw)
    monkeypatch.chdir(tmp_path / "cfg")
    config = run_cli("lint", "--no-cache")
    assert config.exception is None and config.exit_code == 2

    (tmp_path / "doc" / "personas").mkdir(parents=True)
    # English, as the config's error is: the point is that both say the same words (a Polish workspace says
    # the document's in Polish since c8c345d4; a config error is English in any workspace).
    (tmp_path / "doc" / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (tmp_path / "doc" / "personas" / "zespol.yaml").write_bytes(raw)
    monkeypatch.chdir(tmp_path / "doc")
    document = run_cli("lint", "--no-cache", "--format", "json", "personas/zespol.yaml")
    assert document.exception is None and document.exit_code == 1
    [finding] = json.loads(document.stdout)
    told = f"cxkit: cxkit.toml:{finding['line']}:{finding['column']}: {finding['message']}\n"
    assert finding["message"].startswith("the file is not valid UTF-8: byte 0x")
    assert config.stderr == told


def test_utf16_appended_by_powershell_to_a_config_is_named_as_utf16(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # The config was told to retype one pasted character (it looked like UTF-8 with a stray byte),
    # where a document with the same bytes was told they look like UTF-16.
    (tmp_path / "cxkit.toml").write_bytes(CONFIG_PL.encode() + "# zespół Józka\r\n".encode("utf-16-le"))
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache")
    assert (result.exit_code, result.stderr) == (
        2, "cxkit: cxkit.toml:5:13: the file is not valid UTF-8: byte 0xF3 cannot be decoded (it looks like UTF-16 "
           "without a byte-order mark); save it as UTF-8\n")
