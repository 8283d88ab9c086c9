"""A Polish diff says in Polish that a removed or inserted stage's id passed to its neighbour.

Before (review81, after fixZ36): the note after a stage removed while the later ones were renumbered
was English in a Polish diff: `- 2. Oględziny (etap-2) (etap-2 now names the stage that was etap-3):`
under `usunięto`, `Nazwa:` and `Emocje:`, in text, Markdown and HTML alike. An English journey keeps
its English note."""

from __future__ import annotations

import pytest

from conftest import run_cli

CLAIM = [("Zgłoszenie szkody", -1), ("Oględziny pojazdu", -2), ("Kosztorys naprawy", -1), ("Wypłata odszkodowania", 1)]
CLAIM_EN = [("Reporting the claim", -1), ("Vehicle inspection", -2), ("Repair estimate", -1), ("Payout", 1)]


def journey(stages: list[tuple[str, int]], name: str) -> str:
    body = "".join(f"  - id: etap-{n}\n    name: {title}\n    emotion: {emotion}\n"
                   for n, (title, emotion) in enumerate(stages, 1))
    return f"kind: journey\nid: szkoda-oc\nname: {name}\npersona: krystyna\nstages:\n{body}"


@pytest.fixture
def files(tmp_path, monkeypatch):
    def write(stages, name):
        (tmp_path / "a.yaml").write_text(journey(stages, name), encoding="utf-8")
        (tmp_path / "b.yaml").write_text(journey(stages[:1] + stages[2:], name), encoding="utf-8")  # stage 2 gone
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    return write


def test_polish_note_in_text_markdown_and_html(files):
    files(CLAIM, "Krystyna zgłasza szkodę z OC")
    text = run_cli("diff", "a.yaml", "b.yaml")
    assert text.exit_code == 1
    assert "  - 2. Oględziny pojazdu (etap-2) (teraz etap-2 to dawny etap-3):" in text.stdout.splitlines()
    md = run_cli("diff", "a.yaml", "b.yaml", "-f", "md").stdout
    assert "- **usunięto** 2. Oględziny pojazdu (`etap-2`) (teraz `etap-2` to dawny `etap-3`):\n" in md
    html = run_cli("diff", "a.yaml", "b.yaml", "-f", "html").stdout
    assert "(teraz <code>etap-2</code> to dawny <code>etap-3</code>)" in html
    for out in (text.stdout, md, html):
        assert "now names" not in out and "that was" not in out
    # The stage inserted: whose id it took.
    inserted = run_cli("diff", "b.yaml", "a.yaml").stdout.splitlines()
    assert "  + 2. Oględziny pojazdu (etap-2) (dawny etap-2 to teraz etap-3):" in inserted


def test_english_note_unchanged(files):
    files(CLAIM_EN, "Krystyna reports a car claim")
    out = run_cli("diff", "a.yaml", "b.yaml").stdout.splitlines()
    assert "  - 2. Vehicle inspection (etap-2) (etap-2 now names the stage that was etap-3):" in out
    inserted = run_cli("diff", "b.yaml", "a.yaml").stdout.splitlines()
    assert "  + 2. Vehicle inspection (etap-2) (the stage that was etap-2 is etap-3 now):" in inserted
