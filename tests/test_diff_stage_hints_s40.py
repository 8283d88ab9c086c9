"""A stage merged into another or split from one is said so beside its removal or addition (tester45 #4).

Merging `weryfikacja-bik` into `decyzja` read as a whole stage deleted and another renamed; splitting
`umowa` into `umowa` + `akt-notarialny` as a stage added, its touchpoints copied from `umowa` and nothing
linking them. Now the removal says "włączony do etapu decyzja" ("merged into stage decyzja") and the
addition "wydzielony z etapu umowa" ("split from stage umowa"), in text, Markdown and HTML, and JSON has
`merged_into` / `split_from`; a stage that shares nothing with another gets no hint.
"""

from __future__ import annotations

import json

from diff_helpers import DAN_SWITCHES, diff_out, plain_terminal

#: The head of Marta's mortgage journey down to `stages:`.
MARTA_LOAN = """\
kind: journey
id: kredyt-hipoteczny-marty
name: Marta bierze kredyt hipoteczny
lang: pl
persona: marta-zielinska
stages:
"""

HIPOTEKA = MARTA_LOAN + """\
  - id: weryfikacja-bik
    name: Weryfikacja zdolności kredytowej i historii w BIK
    doing: Zgoda na zapytanie do BIK; czeka na SMS
    emotion: 0
  - id: decyzja
    name: Decyzja kredytowa
    doing: Decyzja pozytywna w aplikacji; marża 2,1 p.p. ponad WIRON 1M
    emotion: 1
  - id: umowa
    name: Podpisanie umowy kredytowej w oddziale u notariusza
    touchpoints:
      - channel: oddział
        description: Podpisanie umowy z doradcą, 46 stron
      - channel: kancelaria notarialna
        description: Akt notarialny i wniosek o wpis hipoteki do KW
    doing: Umowa 46 stron; notariusz czyta akt na głos
    barriers:
      - Taksa notarialna 1 840 zł poznana dopiero u notariusza
    emotion: -1
"""

#: BIK folded into the decision (its name says so), the notary's part of `umowa` made a stage of its own.
Q3 = MARTA_LOAN + """\
  - id: decyzja
    name: Weryfikacja BIK i decyzja kredytowa
    doing: Decyzja pozytywna w aplikacji; marża 2,1 p.p. ponad WIRON 1M
    emotion: 1
  - id: umowa
    name: Podpisanie umowy kredytowej w oddziale
    touchpoints:
      - channel: oddział
        description: Podpisanie umowy z doradcą, 46 stron
    doing: Umowa 46 stron; notariusz czyta akt na głos
    emotion: -1
  - id: akt-notarialny
    name: Akt notarialny i wpis hipoteki
    touchpoints:
      - channel: kancelaria notarialna
        description: Akt notarialny i wniosek o wpis hipoteki do KW
    barriers:
      - Taksa notarialna 1 840 zł poznana dopiero u notariusza
    emotion: -1
"""

SWITCH = DAN_SWITCHES + """\
  - id: trial
    name: Free trial
    touchpoints: [pricing page, sign-up form, welcome e-mail]
    doing: Sends three test invoices to his own address
    feeling: Curious, a bit wary of another subscription
    emotion: 1
  - id: import
    name: Customer import
    touchpoints:
      - channel: web app
        description: CSV import wizard
    barriers:
      - The import stops at the first row with a comma in the address
    emotion: -2
  - id: first-invoice
    name: First invoice
    touchpoints: [mobile app]
    emotion: 1
"""

#: The import's touchpoint and barrier moved into the trial: a merge, said by content alone.
SWITCH_MERGED = DAN_SWITCHES + """\
  - id: trial
    name: Free trial
    touchpoints:
      - pricing page
      - sign-up form
      - welcome e-mail
      - channel: web app
        description: CSV import wizard
    doing: Sends three test invoices to his own address
    feeling: Curious, a bit wary of another subscription
    barriers:
      - The import stops at the first row with a comma in the address
    emotion: 1
  - id: first-invoice
    name: First invoice
    touchpoints: [mobile app]
    emotion: 1
"""

#: The import deleted and an unrelated stage added: no hint on either.
SWITCH_UNRELATED = SWITCH_MERGED.replace(
    "      - channel: web app\n        description: CSV import wizard\n", "").replace(
    "    barriers:\n      - The import stops at the first row with a comma in the address\n", "") + """\
  - id: referral
    name: Recommends Billrun
    touchpoints: [installers' forum]
    doing: Posts a screenshot of the paid invoice
    emotion: 2
"""


def test_polish_merge_and_split_are_said_beside_the_change_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch, 160)
    text = diff_out(tmp_path, HIPOTEKA, Q3).splitlines()
    assert "  - 1. Weryfikacja zdolności kredytowej i historii w BIK (weryfikacja-bik) (włączony do etapu decyzja):" in text
    assert "  + 3. Akt notarialny i wpis hipoteki (akt-notarialny) (wydzielony z etapu umowa):" in text
    markdown = diff_out(tmp_path, HIPOTEKA, Q3, "-f", "markdown")
    assert "(`weryfikacja-bik`) (włączony do etapu `decyzja`):\n" in markdown
    assert "(`akt-notarialny`) (wydzielony z etapu `umowa`):\n" in markdown
    html = diff_out(tmp_path, HIPOTEKA, Q3, "-f", "html")
    assert "(<code>akt-notarialny</code>) (wydzielony z etapu <code>umowa</code>)" in html
    changes = json.loads(diff_out(tmp_path, HIPOTEKA, Q3, "-f", "json"))
    hinted = {c["path"]: (c.get("merged_into"), c.get("split_from")) for c in changes
              if c["op"] in ("added", "removed") and "." not in c["path"]}
    assert hinted == {"stages[weryfikacja-bik]": ("decyzja", None), "stages[akt-notarialny]": (None, "umowa")}


def test_english_merge_by_content_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch, 120)
    text = diff_out(tmp_path, SWITCH, SWITCH_MERGED).splitlines()
    assert "  - 2. Customer import (import) (merged into stage trial):" in text


def test_no_hint_for_unrelated_stages_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch, 120)
    out = diff_out(tmp_path, SWITCH, SWITCH_UNRELATED)
    assert "  - 2. Customer import (import):" in out.splitlines()
    assert "  + 3. Recommends Billrun (referral):" in out.splitlines()
    assert "merged" not in out and "split" not in out
    changes = json.loads(diff_out(tmp_path, SWITCH, SWITCH_UNRELATED, "-f", "json"))
    assert not any("merged_into" in c or "split_from" in c for c in changes)
    # A stage deleted whose texts other stages already held is no merge either.
    polish = HIPOTEKA.replace("  - id: weryfikacja-bik\n    name: Weryfikacja zdolności kredytowej i historii w BIK\n"
                              "    doing: Zgoda na zapytanie do BIK; czeka na SMS\n    emotion: 0\n", "")
    assert "włączony" not in diff_out(tmp_path, HIPOTEKA, polish)
