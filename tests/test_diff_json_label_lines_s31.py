"""Session 31: `item_labels` in `cxkit diff -f json` gives an item's label whole and on one line,
its lines joined by spaces, as docs/diff.md says: an opportunity whose action is a `|` block
(written over two lines in the YAML) was given as "Pokazać datę dostawy\\nna karcie produktu\\n",
a backslash and an "n" that a script pastes into a comment and a screen reader reads aloud.  The
short label text and Markdown show beside the item's place joins them too."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

JOURNEY = """\
kind: journey
id: zakup-roweru
name: Zakup roweru na raty
lang: pl
stages:
  - id: wybor
    name: Wybór
    emotion: 0
    touchpoints:
      - channel: aplikacja
        description: >
          Karta produktu
          z kalkulatorem rat
        notes: {notes}
    opportunities:
      - action: |
          Pokazać datę dostawy
          na karcie produktu
        owner: {owner}
"""


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")


def _labels(tmp_path, before: dict[str, str], after: dict[str, str]) -> dict[str, str]:
    (tmp_path / "a.yaml").write_text(JOURNEY.format(**before), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(JOURNEY.format(**after), encoding="utf-8")
    result = run_cli("diff", "-f", "json", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))
    assert result.exit_code == 1 and result.exception is None, result.stderr
    labels: dict[str, str] = {}
    for change in json.loads(result.stdout):
        labels.update(change.get("item_labels", {}))
    return labels


def test_a_block_actions_lines_are_joined_by_spaces(tmp_path) -> None:
    labels = _labels(tmp_path, {"notes": "brak", "owner": "TODO"}, {"notes": "brak", "owner": "Ania Kowalska"})
    assert labels == {"stages[wybor].opportunities[0]": "Pokazać datę dostawy na karcie produktu"}


def test_a_folded_descriptions_last_line_break_is_not_written(tmp_path) -> None:
    # A `>` value is read as one line that ends with a line break: that came as "…rat\\n".
    labels = _labels(tmp_path, {"notes": "brak", "owner": "TODO"}, {"notes": "do zbadania", "owner": "TODO"})
    assert labels == {"stages[wybor].touchpoints[0]": "aplikacja: Karta produktu z kalkulatorem rat"}


def test_text_and_markdown_labels_join_the_lines_too(tmp_path) -> None:
    # The short label beside the item's place read "„Pokazać datę dostawy\\nna karcie…”" (Markdown: "\\\\n").
    (tmp_path / "a.yaml").write_text(JOURNEY.format(notes="brak", owner="TODO"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(JOURNEY.format(notes="brak", owner="Ania Kowalska"), encoding="utf-8")
    a, b = str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")
    for args in ((), ("-f", "md")):
        result = run_cli("diff", *args, a, b)
        assert result.exit_code == 1 and result.exception is None, result.stderr
        assert "Usprawnienia" in result.stdout and "„Pokazać datę dostawy na karcie" in result.stdout
        assert "\\n" not in result.stdout
