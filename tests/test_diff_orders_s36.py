"""A journey's stages reordered: `było:`/`old:` lists the stages as the old side had them (its names,
its places, a stage the change removes or renames included) and `jest:`/`new:` as the new side has
them, in text, markdown, HTML and `cxkit review`, in Polish and English (tester38 M1); an id renamed
on the way keeps the numbered "N. Name (id)" form (tester38 L1).

Before: `było:` named the stages by their *new* names and numbered them after dropping the removed
one (`3. Ankieta NPS` for a survey that was 4th), and a stage whose id changed made both orders bare
ids (`było: [zgloszenie, auto-zastepcze, zdjecia, ankieta, polecenie]`)."""

from __future__ import annotations

import json

import pytest

from diff_helpers import diff_out as _diff, plain_terminal, review_markdown
from git_helpers import needs_git

#: Krystyna's motor-claim journey (a Polish insurer), five stages.
SZKODA_V1 = """\
kind: journey
id: szkoda
name: Krystyna zgłasza szkodę z OC sprawcy
lang: pl
persona: krystyna
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    touchpoints: [infolinia]
    emotion: -2
  - id: auto-zastepcze
    name: Auto zastępcze
    touchpoints: [warsztat]
    emotion: 1
  - id: zdjecia
    name: Przesłanie zdjęć
    touchpoints:
      - channel: aplikacja
        description: Moduł „Dodaj zdjęcia” w aplikacji
    doing: Próbuje wysłać 6 zdjęć; aplikacja odrzuca pliki większe niż 5 MB
    feeling: Frustracja
    emotion: -1
  - id: ankieta
    name: Ankieta NPS
    touchpoints: [sms]
    emotion: 0
  - id: polecenie
    name: Polecenie agentki
    touchpoints: [rozmowa]
    emotion: 2
"""

#: Stage 2 renamed, stage 3 replaced by a new one (another id and name), the survey moved to the end.
SZKODA_V3 = (SZKODA_V1
             .replace("name: Auto zastępcze", "name: Samochód zastępczy")
             .replace("  - id: zdjecia\n    name: Przesłanie zdjęć\n    touchpoints:\n      - channel: aplikacja\n"
                      "        description: Moduł „Dodaj zdjęcia” w aplikacji\n"
                      "    doing: Próbuje wysłać 6 zdjęć; aplikacja odrzuca pliki większe niż 5 MB\n"
                      "    feeling: Frustracja\n",
                      "  - id: przeslanie-zdjec\n    name: Wysłanie zdjęć uszkodzeń\n    touchpoints: [e-mail]\n")
             .replace("  - id: ankieta\n    name: Ankieta NPS\n    touchpoints: [sms]\n    emotion: 0\n", "")
             + "  - id: ankieta\n    name: Ankieta NPS\n    touchpoints: [sms]\n    emotion: 0\n")

#: The same stage 3 kept, its id and name changed only (the diff pairs it: an `id` change).
SZKODA_W3 = (SZKODA_V1
             .replace("name: Auto zastępcze", "name: Samochód zastępczy")
             .replace("id: zdjecia\n    name: Przesłanie zdjęć", "id: przeslanie-zdjec\n    name: Wysłanie zdjęć uszkodzeń")
             .replace("  - id: ankieta\n    name: Ankieta NPS\n    touchpoints: [sms]\n    emotion: 0\n", "")
             + "  - id: ankieta\n    name: Ankieta NPS\n    touchpoints: [sms]\n    emotion: 0\n")

#: The text view's lines of the order changed from SZKODA_V1 to SZKODA_V3 or SZKODA_W3: the old side's
#: stages under `było:` (their old names, the removed or renamed one where it was), the new side's under `jest:`.
ORDER_PL = [
    "  ↕ Etapy: zmieniono kolejność (przeniesiono: 5. Ankieta NPS (ankieta))",
    "      było:",
    "        1. Zgłoszenie szkody (zgloszenie)",
    "        2. Auto zastępcze (auto-zastepcze)",
    "        3. Przesłanie zdjęć (zdjecia)",
    "        4. Ankieta NPS (ankieta)",
    "        5. Polecenie agentki (polecenie)",
    "      jest:",
    "        1. Zgłoszenie szkody (zgloszenie)",
    "        2. Samochód zastępczy (auto-zastepcze)",
    "        3. Wysłanie zdjęć uszkodzeń (przeslanie-zdjec)",
    "        4. Polecenie agentki (polecenie)",
    "        5. Ankieta NPS (ankieta)",
]

#: Lena's Vienna home-insurance claim, in English.
CLAIM_EN = """\
kind: journey
id: lena-water-claim
name: Lena claims for a burst pipe
lang: en
persona: lena
stages:
  - id: report
    name: Report the damage
    touchpoints: [hotline]
    emotion: -2
  - id: visit
    name: Loss adjuster visit
    touchpoints: [visit]
    emotion: -1
  - id: survey
    name: Satisfaction survey
    touchpoints: [email]
    emotion: 0
  - id: payout
    name: Payout
    touchpoints: [bank transfer]
    emotion: 1
"""

#: The adjuster's visit removed, the survey moved last, the payout renamed.
CLAIM_EN_2 = (CLAIM_EN
              .replace("  - id: visit\n    name: Loss adjuster visit\n    touchpoints: [visit]\n    emotion: -1\n", "")
              .replace("  - id: survey\n    name: Satisfaction survey\n    touchpoints: [email]\n    emotion: 0\n", "")
              .replace("name: Payout", "name: Payout to the bank account")
              + "  - id: survey\n    name: Satisfaction survey\n    touchpoints: [email]\n    emotion: 0\n")


def test_polish_text_lists_the_old_stages_where_they_were(tmp_path, monkeypatch):
    plain_terminal(monkeypatch)
    out = _diff(tmp_path, SZKODA_V1, SZKODA_V3)
    assert out.splitlines()[1:14] == ORDER_PL


def test_an_id_renamed_on_the_way_keeps_the_numbered_names(tmp_path, monkeypatch):
    # Before: `było: [zgloszenie, auto-zastepcze, zdjecia, ankieta, polecenie]`, ids only.
    plain_terminal(monkeypatch)
    out = _diff(tmp_path, SZKODA_V1, SZKODA_W3)
    assert "~ 3. Wysłanie zdjęć uszkodzeń (przeslanie-zdjec) › id: zdjecia → przeslanie-zdjec" in out
    assert out.splitlines()[1:14] == ORDER_PL
    assert "[zgloszenie" not in out


def test_polish_markdown_lists_both_sides_as_they_stand(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    out = _diff(tmp_path, SZKODA_V1, SZKODA_V3, "-f", "markdown")
    # Longer than a comment's line: a stage a line (session 41), each side as it stands.
    assert ("  - było:\n    - 1\\. Zgłoszenie szkody (`zgloszenie`)\n    - 2\\. Auto zastępcze (`auto-zastepcze`)\n"
            "    - 3\\. Przesłanie zdjęć (`zdjecia`)\n    - 4\\. Ankieta NPS (`ankieta`)\n"
            "    - 5\\. Polecenie agentki (`polecenie`)\n") in out
    assert ("  - jest:\n    - 1\\. Zgłoszenie szkody (`zgloszenie`)\n    - 2\\. Samochód zastępczy (`auto-zastepcze`)\n"
            "    - 3\\. Wysłanie zdjęć uszkodzeń (`przeslanie-zdjec`)\n    - 4\\. Polecenie agentki (`polecenie`)\n"
            "    - 5\\. Ankieta NPS (`ankieta`)\n") in out


def test_html_lists_both_sides_as_they_stand(tmp_path, monkeypatch):
    out = _diff(tmp_path, SZKODA_V1, SZKODA_W3, "-f", "html")
    assert "Auto zastępcze" in out and "Przesłanie zdjęć" in out  # the old names, in the old order's cell
    before = out.index("Auto zastępcze")
    assert out.index("4. Ankieta NPS") < out.index("5. Polecenie agentki") < out.index("Samochód zastępczy", before)


def test_english_text_lists_the_removed_stage_and_the_old_name(tmp_path, monkeypatch):
    plain_terminal(monkeypatch, 200)
    out = _diff(tmp_path, CLAIM_EN, CLAIM_EN_2)
    assert out.splitlines()[1:4] == [
        "  ↕ Stages: order changed (3. Satisfaction survey (survey) moved)",
        "      old: 1. Report the damage (report), 2. Loss adjuster visit (visit), 3. Satisfaction survey (survey), "
        "4. Payout",
        "      new: 1. Report the damage (report), 2. Payout to the bank account (payout), "
        "3. Satisfaction survey (survey)",
    ]


def test_json_keeps_its_orders_of_ids(tmp_path):
    out = json.loads(_diff(tmp_path, SZKODA_V1, SZKODA_W3, "-f", "json"))
    order = next(c for c in out if c["path"] == "stages")
    assert order["old_order"] == ["zgloszenie", "auto-zastepcze", "zdjecia", "ankieta", "polecenie"]
    assert order["new_order"] == ["zgloszenie", "auto-zastepcze", "przeslanie-zdjec", "polecenie", "ankieta"]
    assert order["moved_items"] == ["ankieta"]
    assert "order_pairs" not in order


@needs_git
def test_review_comment_lists_the_old_stages_where_they_were(tmp_path, monkeypatch):
    assert ("  - było:\n    - 1\\. Zgłoszenie szkody (`zgloszenie`)\n    - 2\\. Auto zastępcze (`auto-zastepcze`)\n"
            "    - 3\\. Przesłanie zdjęć (`zdjecia`)\n    - 4\\. Ankieta NPS (`ankieta`)\n"
            "    - 5\\. Polecenie agentki (`polecenie`)\n"
            ) in review_markdown(tmp_path / "repo", monkeypatch, SZKODA_V1, SZKODA_V3)


@pytest.mark.parametrize("old, new", [(SZKODA_V1, SZKODA_V3), (CLAIM_EN, CLAIM_EN_2)])
def test_every_stage_of_each_side_is_listed_once(tmp_path, monkeypatch, old, new):
    plain_terminal(monkeypatch, 400)
    lines = _diff(tmp_path, old, new).splitlines()
    before = next(line for line in lines if line.lstrip().startswith(("było:", "old:")))
    after = next(line for line in lines if line.lstrip().startswith(("jest:", "new:")))
    assert before.count(", ") + 1 == old.count("  - id: ")
    assert after.count(", ") + 1 == new.count("  - id: ")
