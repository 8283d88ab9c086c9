"""`cxkit lint -f sarif`: the report is made whole and written once, with the same bytes.

json.dump hands its stream each JSON token on its own (about 60 a finding), and the report stream
on stdout encodes each write to UTF-8 on its own: on a 3,000-file workspace with 2,000 findings
that was about 0.4 s of CPU more than making the text and writing it once.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from conftest import JOURNEY_PL, NEGATIVE_PL, PERSONA_PL, run_cli

# A persona with Tomek's id in a folder with a Polish name: a duplicate-id that names the other file.
KOPIA = PERSONA_PL.replace("name: Tomek Wiśniewski", "name: Tomasz Kopia").replace(
    "  - Kupić otwarte słuchawki do 1500 zł na najbliższe 5 lat\n", "  - Dba o zdrowie\n  - Ceni jakość\n")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    top = tmp_path / "repo"
    for folder in ("personas", "zespół sprzedaży", "journeys", "negatives"):
        (top / folder).mkdir(parents=True)
    (top / ".git").mkdir()  # the SARIF root, as a repository's top
    (top / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (top / "personas/tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (top / "zespół sprzedaży/tomek-kopia.yaml").write_text(KOPIA, encoding="utf-8")
    (top / "journeys/zakup.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    (top / "negatives/janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    monkeypatch.chdir(top)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    for name in ("GITHUB_ACTIONS", "CI_PROJECT_DIR", "GITHUB_WORKSPACE"):
        monkeypatch.delenv(name, raising=False)
    return top


class _Counting(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def write(self, text: str) -> int:
        self.calls += 1
        return super().write(text)


def _findings(ws: Path) -> list:
    from cxkit.config import load_config
    from cxkit.lint.engine import lint

    config = load_config(None, check_rules=False, near=["."])
    config.nested = []
    found = lint(["."], config).findings
    assert any(f.related for f in found) and len(found) >= 5
    return found


def test_the_report_is_written_once_with_the_bytes_json_dump_gave(ws):
    from cxkit import __version__
    from cxkit.lint.formats.sarif import render_sarif, sarif_log
    from cxkit.lint.rule import all_rules

    findings = _findings(ws)
    stream = _Counting()
    render_sarif(findings, all_rules(), __version__, stream, str(ws))
    assert stream.calls == 1  # json.dump: one write per JSON token, over 1,000 here
    dumped = io.StringIO()
    json.dump(sarif_log(findings, all_rules(), __version__, str(ws)), dumped, ensure_ascii=False, indent=2)
    assert stream.getvalue() == dumped.getvalue() + "\n"
    assert "zespół sprzedaży" in stream.getvalue() or "zesp%C3%B3%C5%82" in stream.getvalue()


def test_stdout_and_a_report_file_hold_the_same_bytes(ws):
    # Guard: the report on stdout (UTF-8 through the report stream) is the file -o writes.
    result = run_cli("lint", "--no-cache", "-f", "sarif")
    assert result.exit_code == 1 and result.exception is None
    assert run_cli("lint", "--no-cache", "-f", "sarif", "-o", "cxkit.sarif").exit_code == 1
    written = (ws / "cxkit.sarif").read_bytes()
    assert result.stdout.encode("utf-8") == written
    assert written.endswith(b"}\n") and json.loads(written)["runs"][0]["results"]
