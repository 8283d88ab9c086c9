"""The words `cxkit diff` names fields with (tester38 L2, L3).

L2: a stage, touchpoint or opportunity added or removed whole is listed in the text view by the labels
Markdown and render use (`Nazwa:`, `Emocje: 0 (neutralnie)`, `Kanał:`, `Opis:`), in the document's
language; before, the text view wrote its YAML keys (`id:`, `name:`, `emotion: 0`) in a Polish
workspace too. L3: an opportunity's `owner` is its "Właściciel" (lint's word), not "Opiekun", which
heads the owner of the whole map."""

from __future__ import annotations

from pathlib import Path

from diff_helpers import diff_out, plain_terminal, review_markdown
from git_helpers import needs_git

SZKODA = """\
kind: journey
id: szkoda
name: Krystyna zgłasza szkodę z OC sprawcy
lang: pl
owner: Anna Wiśniewska (zespół CX)
persona: krystyna
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    touchpoints: [infolinia]
    emotion: -2
  - id: ankieta
    name: Ankieta NPS
    touchpoints: [sms]
    emotion: 0
  - id: decyzja
    name: Decyzja o wypłacie
    touchpoints: [list polecony]
    emotion: -1
    barriers:
      - Decyzja nie wyjaśnia potrącenia amortyzacji części
    opportunities:
      - action: Dodać do decyzji tabelę potrąceń z wyjaśnieniem
        owner: do ustalenia
        due: 2027-03-31
"""

#: The survey removed, an SMS touchpoint added to the first stage, a stage added with a two-line
#: `doing`, the opportunity given an owner, the map another owner.
SZKODA_2 = (SZKODA
            .replace("  - id: ankieta\n    name: Ankieta NPS\n    touchpoints: [sms]\n    emotion: 0\n", "")
            .replace("    touchpoints: [infolinia]\n",
                     "    touchpoints:\n      - infolinia\n      - channel: sms\n"
                     "        description: Potwierdzenie numeru szkody\n")
            .replace("        owner: do ustalenia\n", "        owner: Dział likwidacji szkód (Jan Kowalczyk)\n")
            .replace("owner: Anna Wiśniewska (zespół CX)", "owner: Marek Zieliński (zespół CX)")
            + "  - id: kosztorys\n    name: Kosztorys naprawy\n    touchpoints: [e-mail]\n"
              "    doing: |-\n      Czyta kosztorys z warsztatu.\n      Dzwoni na infolinię z pytaniem o dopłatę.\n"
              "    emotion: -2\n")

CLAIM = """\
kind: journey
id: lena-water-claim
name: Lena claims for a burst pipe
lang: en
owner: Clara Huber (CX team)
persona: lena
stages:
  - id: report
    name: Report the damage
    touchpoints: [hotline]
    emotion: -2
  - id: survey
    name: Satisfaction survey
    touchpoints: [email]
    emotion: 0
  - id: payout
    name: Payout
    touchpoints: [bank transfer]
    emotion: 1
    opportunities:
      - action: Show the payout date in the app
        owner: TBD
"""

CLAIM_2 = (CLAIM
           .replace("  - id: survey\n    name: Satisfaction survey\n    touchpoints: [email]\n    emotion: 0\n", "")
           .replace("    touchpoints: [hotline]\n",
                    "    touchpoints:\n      - hotline\n      - channel: sms\n        description: Claim number confirmed\n")
           .replace("        owner: TBD\n", "        owner: Digital claims team\n"))


def _diff(tmp_path: Path, old: str, new: str, *args: str) -> list[str]:
    return diff_out(tmp_path, old, new, *args).splitlines()


def test_polish_text_names_the_fields_of_what_was_added_or_removed(tmp_path, monkeypatch):
    plain_terminal(monkeypatch)
    assert _diff(tmp_path, SZKODA, SZKODA_2)[1:] == [
        "  ~ Opiekun: Anna Wiśniewska (zespół CX) → Marek Zieliński (zespół CX)",
        "  + 1. Zgłoszenie szkody (zgloszenie) › Punkty styku #2:",
        "      Kanał: sms",
        "      Opis: Potwierdzenie numeru szkody",
        "  - 2. Ankieta NPS (ankieta):",
        "      Nazwa: Ankieta NPS",
        "      Punkty styku: sms",
        "      Emocje: 0 (neutralnie)",
        "  ~ 2. Decyzja o wypłacie (decyzja) › Usprawnienia #1 „Dodać do decyzji tabelę potrąceń z…” › Właściciel: "
        "do ustalenia → Dział likwidacji szkód (Jan Kowalczyk)",
        "  + 3. Kosztorys naprawy (kosztorys):",
        "      Nazwa: Kosztorys naprawy",
        "      Punkty styku: e-mail",
        "      Działania:",
        "        Czyta kosztorys z warsztatu.",
        "        Dzwoni na infolinię z pytaniem o dopłatę.",
        "      Emocje: -2 (bardzo źle)",
        "",
        "1 dokument różni się (1 zmieniony); 5 zmian w dokumencie.",
    ]


def test_english_text_names_them_in_english(tmp_path, monkeypatch):
    plain_terminal(monkeypatch)
    assert _diff(tmp_path, CLAIM, CLAIM_2)[1:9] == [
        "  + 1. Report the damage (report) › Touchpoints #2:",
        "      Channel: sms",
        "      Description: Claim number confirmed",
        "  - 2. Satisfaction survey (survey):",
        "      Name: Satisfaction survey",
        "      Touchpoints: email",
        "      Emotion: 0 (neutral)",
        "  ~ 2. Payout › Opportunities #1 “Show the payout date in the app” › Owner: TBD → Digital claims team",
    ]


def test_text_and_markdown_use_the_same_labels(tmp_path, monkeypatch):
    plain_terminal(monkeypatch)
    text = _diff(tmp_path, SZKODA, SZKODA_2)
    markdown = _diff(tmp_path, SZKODA, SZKODA_2, "-f", "markdown")
    for label in ("Kanał: sms", "Opis: Potwierdzenie numeru szkody", "Nazwa: Ankieta NPS", "Emocje: 0 (neutralnie)"):
        assert f"      {label}" in text
        assert f"  - {label}" in markdown
    assert not any(line.lstrip().startswith(("id:", "name:", "emotion:", "channel:", "description:")) for line in text)


def test_an_opportunity_added_names_its_owner_wlasciciel(tmp_path, monkeypatch):
    plain_terminal(monkeypatch)
    added = SZKODA.replace("        due: 2027-03-31\n", "        due: 2027-03-31\n"
                           "      - action: SMS z kwotą wypłaty i datą przelewu\n"
                           "        owner: Zespół komunikacji z klientem\n        status: planned\n")
    text = _diff(tmp_path, SZKODA, added)
    assert text[1:5] == [
        "  + 3. Decyzja o wypłacie (decyzja) › Usprawnienia #2:",
        "      Działanie: SMS z kwotą wypłaty i datą przelewu",
        "      Właściciel: Zespół komunikacji z klientem",
        "      Status: zaplanowane",
    ]
    markdown = _diff(tmp_path, SZKODA, added, "-f", "markdown")
    assert "  - Właściciel: Zespół komunikacji z klientem" in markdown
    html = "\n".join(_diff(tmp_path, SZKODA, added, "-f", "html"))
    assert "<li>Właściciel: Zespół komunikacji z klientem</li>" in html
    assert "Opiekun" not in html


def test_the_maps_own_owner_stays_opiekun(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    markdown = _diff(tmp_path, SZKODA, SZKODA_2, "-f", "markdown")
    assert "- **zmieniono** Opiekun: Anna Wiśniewska (zespół CX) → Marek Zieliński (zespół CX)" in markdown
    assert any("› Właściciel: do ustalenia → Dział likwidacji szkód (Jan Kowalczyk)" in line for line in markdown)
    assert not any("› Opiekun" in line for line in markdown)


def test_guard_a_field_holding_a_mapping_keeps_its_keys(tmp_path, monkeypatch):
    # What no label list can show (a team's own mapping) keeps its keys, as in Markdown; since s40 on
    # the line of its field, the stage's other fields still by their labels, not as YAML.
    plain_terminal(monkeypatch)
    added = SZKODA + "  - id: warsztat\n    name: Warsztat\n    x-koszty:\n      robocizna: 1200 zł\n"
    text = _diff(tmp_path, SZKODA, added)
    assert text[1:4] == [
        "  + 4. Warsztat:",
        "      Nazwa: Warsztat",
        "      x-koszty: robocizna: 1200 zł",
    ]


@needs_git
def test_review_names_the_owner_wlasciciel(tmp_path, monkeypatch):
    owned = SZKODA.replace("        owner: do ustalenia\n", "        owner: Dział likwidacji szkód (Jan Kowalczyk)\n")
    assert ("- **zmieniono** 3. Decyzja o wypłacie (`decyzja`) › Usprawnienia `#1` „Dodać do decyzji tabelę "
            "potrąceń z…” › Właściciel: do ustalenia → Dział likwidacji szkód (Jan Kowalczyk)"
            ) in review_markdown(tmp_path / "repo", monkeypatch, SZKODA, owned)
