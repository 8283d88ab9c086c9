"""`-o FILE` never replaces a hand-written page titled like an overview (review10 R10-2).

Since the workspace's overview is titled `# Overview` alone (tester 7, F5), any Markdown file that
began `# Overview` and a blank line was taken for a previous export: `cxkit render . -o
docs/overview.md` replaced the team's own page, without --force, exit 0. What follows the title
must now be the overview's own: its table's head, its unreadable files' heading or its "nothing
found" line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapshot_helpers import render_cli

PERSONA = """\
kind: persona
id: marta-biuro-rachunkowe
name: Marta Kowalczyk
lang: pl
summary: Właścicielka biura rachunkowego w Łodzi, obsługuje 46 firm.
goals:
  - Wystawić 300 faktur w KSeF do 10. dnia miesiąca
"""


def workspace(tmp_path: Path, lang: str) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "cxkit.toml").write_text(f'paths = ["personas"]\nlang = "{lang}"\n', encoding="utf-8")
    (tmp_path / "personas" / "marta.yaml").write_text(PERSONA, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("lang,page", [
    ("en", "# Overview\n\nOur CX documentation: personas/ and journeys/, owned by Marta.\n"),
    ("pl", "# Zestawienie\n\nNotatki z warsztatu 12.11.2026 — nie nadpisywać.\n"),
    ("en", "# Overview\n\n## Personas\n\nWho we design for.\n"),
])
def test_a_hand_written_page_is_not_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, page: str) -> None:
    ws = workspace(tmp_path, lang)
    (ws / "overview.md").write_text(page, encoding="utf-8")
    code, out, err = render_cli(ws, monkeypatch, ".", "-o", "overview.md")
    assert code == 2, (out, err)
    said = "nie jest wcześniejszym eksportem cxkit" if lang == "pl" else "is not a previous cxkit export"  # s38
    assert f"overview.md: {said}" in err and "--force" in err
    assert (ws / "overview.md").read_text(encoding="utf-8") == page


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_previous_overview_is_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """Guard: the overview cxkit wrote is replaced without --force, in either language."""
    ws = workspace(tmp_path, lang)
    assert render_cli(ws, monkeypatch, ".", "-o", "overview.md")[0] == 0
    (ws / "personas" / "marta.yaml").write_text(PERSONA.replace("46 firm", "52 firmy"), encoding="utf-8")
    code, _out, err = render_cli(ws, monkeypatch, ".", "-o", "overview.md")
    assert code == 0, err
    assert "52 firmy" in (ws / "overview.md").read_text(encoding="utf-8")


def test_an_empty_workspace_overview_is_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: an overview that found nothing is an export too."""
    (tmp_path / "personas").mkdir()
    (tmp_path / "cxkit.toml").write_text('paths = ["personas"]\n', encoding="utf-8")
    assert render_cli(tmp_path, monkeypatch, ".", "-o", "overview.md")[0] == 0
    assert (tmp_path / "overview.md").read_text(encoding="utf-8").startswith("# Overview\n\nNo personas")
    code, _out, err = render_cli(tmp_path, monkeypatch, ".", "-o", "overview.md")
    assert code == 0, err


def test_a_broken_only_overview_is_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: an overview of files that could not be read starts with their heading."""
    (tmp_path / "personas").mkdir()
    (tmp_path / "cxkit.toml").write_text('paths = ["personas"]\n', encoding="utf-8")
    (tmp_path / "personas" / "marta.yaml").write_text("kind: persona\nid: [marta\n", encoding="utf-8")
    render_cli(tmp_path, monkeypatch, ".", "-o", "overview.md")
    assert (tmp_path / "overview.md").read_text(encoding="utf-8").startswith("# Overview\n\n## Could not be read (1)")
    code, _out, err = render_cli(tmp_path, monkeypatch, ".", "-o", "overview.md")
    assert code in (0, 1) and "not a previous cxkit export" not in err
