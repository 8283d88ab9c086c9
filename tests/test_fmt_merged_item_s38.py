"""fmt leaves alone a file in which YAML read a list item as more text of the value above it (tester41
L11): laid out, `    - Wants…` under `reviewed:` became `  - Wants…`, looking even more like a list item,
while lint reported CX006.  fmt now says what lint says, at the same place, and changes nothing."""

from __future__ import annotations

from conftest import enter_workspace, run_cli

MERGED = """kind: persona
id: ann-carer
name: Ann Carter
lang: en
demographics:
    age: 52
    location: Hull, Bransholme
goals:
    - Refill her mother's inhaler every 28 days without a pharmacy visit
reviewed: 2025-11-20
    - Wants a better experience
"""

MERGED_PL = """kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
demographics:
    age: 34
    location: Warszawa, Mokotów
goals:
    - Przebiec półmaraton w Poznaniu w październiku
reviewed: 2026-10-01
    - Płaci BLIK-iem za zakupy w Żabce
"""


def test_fmt_leaves_a_merged_list_item_alone_and_says_what_lint_says_s38(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "en"\n', files={"personas/ann.yaml": MERGED})
    lint = run_cli("lint", "--no-cache", "--select", "merged-list-item", "personas/ann.yaml")
    assert "personas/ann.yaml:11:5: warning CX006" in lint.stdout
    check = run_cli("fmt", "--check", "personas/ann.yaml")
    assert check.exit_code == 1
    said = check.stdout + check.stderr
    assert "personas/ann.yaml:11:5: error CX006 `- Wants a better experience` is read as more text of `reviewed:` (line 10)" in said
    assert "fmt leaves the file as it is until then [merged-list-item]" in said
    assert "would reformat" not in said
    fixed = run_cli("fmt", "--fix", "personas/ann.yaml")
    assert fixed.exit_code == 1
    assert (tmp_path / "personas/ann.yaml").read_text(encoding="utf-8") == MERGED  # not one line moved
    diff = run_cli("fmt", "--diff", "personas/ann.yaml")
    assert "+  - Wants" not in diff.stdout


def test_fmt_in_a_polish_workspace_says_it_in_polish_s38(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', files={"personas/ola.yaml": MERGED_PL})
    check = run_cli("fmt", "--check", "personas/ola.yaml")
    assert check.exit_code == 1
    said = check.stdout + check.stderr
    assert ("personas/ola.yaml:11:5: error CX006 YAML czyta `- Płaci BLIK-iem za zakupy w Żabce` jako dalszy "
            "ciąg `reviewed:` (wiersz 10)") in said, said
    assert "fmt zostawia plik bez zmian do tego czasu" in said


def test_a_plain_value_over_lines_without_a_dash_is_still_laid_out_s38(tmp_path, monkeypatch):
    wrapped = MERGED.replace("reviewed: 2025-11-20\n    - Wants a better experience\n",
                             "summary: Carer for her mother,\n    lives in Hull\n")
    enter_workspace(tmp_path, monkeypatch, config='lang = "en"\n', files={"personas/ann.yaml": wrapped})
    fixed = run_cli("fmt", "--fix", "personas/ann.yaml")
    assert fixed.exit_code == 0, fixed.stdout + fixed.stderr
    text = (tmp_path / "personas/ann.yaml").read_text(encoding="utf-8")
    assert "\n  - Refill her mother's inhaler" in text and "CX006" not in fixed.stdout + fixed.stderr
