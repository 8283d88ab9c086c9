"""`cxkit fmt --fix` and a file it cannot read that lint's baseline records (review of aa5e0150).

aa5e0150 leaves such a file to lint: a note, no failure.  But it left it before fmt counted it as unread,
so `fmt --fix` ended "0 fixes made; no schema finding left" about a file it never read (07871027 had made it
say "1 file could not be read"), and a file saved in Windows-1250 lost the `iconv` command that says how to
mend it.  Now both are said as for a broken file the baseline does not record; the exit stays 0.
"""

from __future__ import annotations

from pathlib import Path

from baseline_helpers import LEGACY_OLA
from conftest import enter_workspace, run_cli

#: A legacy file with a tab where YAML wants spaces: lint's yaml-syntax (CX001), and fmt cannot read it.
TABBED = "kind: persona\nid: tab-legacy\nname: Old Tab\n\tsummary: copied from a wiki page with a tab\n"
#: A Polish legacy persona saved in Windows-1250 (ó, ł, ś, ć as single bytes): not UTF-8, CX001.
CP1250 = "kind: persona\nid: zosia-krol\nname: Zosia Król\nsummary: Właścicielka kwiaciarni w Łodzi.\n".encode("cp1250")


def _adopt(tmp_path, monkeypatch, lang: str, files: dict[str, str], raw: dict[str, bytes]) -> None:
    enter_workspace(tmp_path, monkeypatch, config=f'lang = "{lang}"\n', today="2026-12-01", files=files)
    for path, data in raw.items():
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_bytes(data)
    assert run_cli("lint", "--write-baseline").exit_code == 0
    Path("cxkit.toml").write_text(f'lang = "{lang}"\nbaseline = ".cxkit-baseline.json"\n', encoding="utf-8")
    assert run_cli("lint").exit_code == 0


def test_fmt_fix_says_a_recorded_unreadable_file_was_not_read_s38(tmp_path, monkeypatch):
    """Fails before: "0 fixes made; no schema finding left." about the tabbed file it never read."""
    _adopt(tmp_path, monkeypatch, "en", {"personas/legacy/tab.yaml": TABBED}, {})
    fixed = run_cli("fmt", "--fix")
    assert fixed.exit_code == 0, fixed.stdout + fixed.stderr
    assert ("1 file left to `cxkit lint` (unreadable, recorded in its baseline). 0 fixes made; 1 file could not be "
            "read, so nothing in it was fixed") in fixed.stderr
    assert "no schema finding left" not in fixed.stderr
    assert Path("personas/legacy/tab.yaml").read_text(encoding="utf-8") == TABBED


def test_fmt_fix_tells_how_to_convert_a_recorded_file_not_in_utf8_s38(tmp_path, monkeypatch):
    """Fails before: no `iconv` line for the Windows-1250 file the baseline records, and "no schema finding left"."""
    _adopt(tmp_path, monkeypatch, "pl", {"personas/ola.yaml": LEGACY_OLA}, {"personas/stare/zosia.yaml": CP1250})
    fixed = run_cli("fmt", "--fix")
    assert fixed.exit_code == 0, fixed.stdout + fixed.stderr
    assert "iconv -f WINDOWS-1250 -t UTF-8 personas/stare/zosia.yaml" in fixed.stderr, fixed.stderr
    assert "1 pliku nie dało się odczytać, więc go nie poprawiono" in fixed.stderr
    assert "nie zostało żadnego zgłoszenia schematu" not in fixed.stderr
    assert Path("personas/stare/zosia.yaml").read_bytes() == CP1250


def test_fmt_check_without_fix_is_unchanged_s38(tmp_path, monkeypatch):
    """The negative case: without --fix the summary has no fix sentence, and the exit is still 0."""
    _adopt(tmp_path, monkeypatch, "en", {"personas/legacy/tab.yaml": TABBED}, {})
    check = run_cli("fmt", "--check")
    assert check.exit_code == 0
    assert check.stderr.endswith("1 file left to `cxkit lint` (unreadable, recorded in its baseline).\n"), check.stderr
