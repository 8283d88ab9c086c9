"""`cxkit fmt --check` and a merged list item (CX006) that lint's baseline records (review of 597818bd).

597818bd made fmt leave a file with a `- item` line YAML merged into the value above untouched, failing
with lint's CX006 (exit 1).  A legacy repository that records the finding in lint's baseline (tester41's
H1 path: `cxkit lint --write-baseline`, then `cxkit lint` and `cxkit fmt --check` in CI) had lint green and
`fmt --check` red on the same file for good, as for an unreadable one before aa5e0150.  fmt now leaves it
to lint with a note, EN and PL; one the baseline does not record still fails."""

from __future__ import annotations

from pathlib import Path

from conftest import enter_workspace, run_cli

ANN = """kind: persona
id: ann-carer
name: Ann Carter
lang: en
goals:
  - Refill her mother's inhaler every 28 days without a pharmacy visit
reviewed: 2025-11-20
  - Wants a better experience
"""

OLA = """kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
goals:
  - Przebiec półmaraton w Poznaniu w październiku
reviewed: 2026-10-01
  - Płaci BLIK-iem za zakupy w Żabce
"""


def _adopt(tmp_path, monkeypatch, lang: str, files: dict[str, str]) -> None:
    config = f'lang = "{lang}"\n'
    enter_workspace(tmp_path, monkeypatch, config=config, today="2026-12-01", files=files)
    assert run_cli("lint", "--write-baseline").exit_code == 0
    Path("cxkit.toml").write_text(config + 'baseline = ".cxkit-baseline.json"\n', encoding="utf-8")
    assert run_cli("lint").exit_code == 0


def test_fmt_check_leaves_a_recorded_merged_item_to_lint_s38(tmp_path, monkeypatch):
    _adopt(tmp_path, monkeypatch, "en", {"personas/legacy/ann.yaml": ANN})
    check = run_cli("fmt", "--check")
    assert check.exit_code == 0, check.stdout + check.stderr
    assert "error CX006" not in check.stdout + check.stderr
    assert ("cxkit: note: personas/legacy/ann.yaml:8:3: a list item YAML reads as more text of the value above (CX006), "
            "which .cxkit-baseline.json (baseline in cxkit.toml:2:1) records for `cxkit lint`; fmt leaves the file as it "
            "is") in check.stderr, check.stderr
    assert "1 file left to `cxkit lint` (a merged list item, recorded in its baseline)." in check.stderr
    fixed = run_cli("fmt", "--fix")
    assert fixed.exit_code == 0, fixed.stdout + fixed.stderr
    assert (tmp_path / "personas/legacy/ann.yaml").read_text(encoding="utf-8") == ANN  # not one line moved


def test_in_polish_and_a_new_merged_item_still_fails_s38(tmp_path, monkeypatch):
    _adopt(tmp_path, monkeypatch, "pl", {"personas/stare/ola.yaml": OLA})
    check = run_cli("fmt", "--check")
    assert check.exit_code == 0, check.stdout + check.stderr
    assert ("cxkit: uwaga: personas/stare/ola.yaml:8:3: YAML czyta element listy jako dalszy ciąg wartości wyżej "
            "(CX006)") in check.stderr, check.stderr
    assert "Zostawione dla `cxkit lint`: 1 plik (element listy sklejony z wartością wyżej, zapisane w jego pliku" in check.stderr
    # A merged item the baseline does not record (written after it) fails fmt --check, as lint.
    Path("personas/nowa.yaml").write_text(OLA.replace("ola-biegaczka", "ola-druga"), encoding="utf-8")
    again = run_cli("fmt", "--check")
    assert again.exit_code == 1
    assert "personas/nowa.yaml:8:3: error CX006 YAML czyta" in again.stdout + again.stderr
