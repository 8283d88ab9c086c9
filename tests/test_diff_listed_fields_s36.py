"""`cxkit diff` text: a removed or added stage's list of several (barriers, touchpoints) is an item a line.

Before (review81, after fixZ36 named the fields by their labels): the text view joined a list's
items with "; " on the label's line, `Bariery: Kosztorys bez wyjaśnienia; Dopłata 1 840 zł;
warsztat nie oddzwania` — a 20-stage map's stage with five barriers was one long line, and a barrier
that itself holds ";" read as two. Before fixZ36 the YAML listed them one a line. Now each item is
a line of its own under the label, as render's terminal view lists them; a field of one item stays
on its label's line, and Markdown is unchanged."""

from __future__ import annotations

import pytest

from conftest import run_cli

OLD = """\
kind: journey
id: szkoda
name: Krystyna zgłasza szkodę z OC sprawcy
persona: krystyna
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    emotion: -1
  - id: kosztorys
    name: Kosztorys naprawy
    touchpoints:
      - channel: e-mail
        description: Kosztorys z warsztatu w PDF
      - infolinia
    emotion: -2
    barriers:
      - "- 35% amortyzacji części bez wyjaśnienia; nikt nie tłumaczy skąd"
      - Dopłata 1 840 zł w warsztacie
    pain_points:
      - Czeka tydzień na oddzwonienie
"""

NEW = OLD[:OLD.index("  - id: kosztorys")]


@pytest.fixture
def files(tmp_path, monkeypatch):
    (tmp_path / "a.yaml").write_text(OLD, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(NEW, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")


def test_a_removed_stages_lists_are_an_item_a_line(files):
    result = run_cli("diff", "a.yaml", "b.yaml")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[1:12] == [
        "  - 2. Kosztorys naprawy (kosztorys):",
        "      Nazwa: Kosztorys naprawy",
        "      Punkty styku:",
        "        • e-mail – Kosztorys z warsztatu w PDF",
        "        • infolinia",
        "      Emocje: -2 (bardzo źle)",
        "      Bariery:",
        "        • - 35% amortyzacji części bez wyjaśnienia; nikt nie tłumaczy skąd",
        "        • Dopłata 1 840 zł w warsztacie",
        "      Problemy: Czeka tydzień na oddzwonienie",  # one item: on its label's line
        "",
    ]


def test_markdown_keeps_its_one_line_per_field(files):
    md = run_cli("diff", "a.yaml", "b.yaml", "-f", "md").stdout
    assert "  - Bariery: - 35% amortyzacji części bez wyjaśnienia; nikt nie tłumaczy skąd; Dopłata 1 840 zł w warsztacie" in md


def test_read_aloud_the_items_have_no_bullet(files, monkeypatch):
    """Under CXKIT_LAYOUT=stacked (a screen reader) the items are lines without the "•" it would name."""
    monkeypatch.setenv("CXKIT_LAYOUT", "stacked")
    lines = run_cli("diff", "a.yaml", "b.yaml").stdout.splitlines()
    at = lines.index("      Bariery:")
    assert lines[at + 1:at + 3] == [
        "        - 35% amortyzacji części bez wyjaśnienia; nikt nie tłumaczy skąd",
        "        Dopłata 1 840 zł w warsztacie",
    ]
    assert not any("•" in line for line in lines)
