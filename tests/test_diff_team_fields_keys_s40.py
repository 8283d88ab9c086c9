"""A team's `x-` field in an added or removed stage keeps every key as written (review of d8340946).

d8340946 shows a stage's nested items by their labels instead of YAML; inside a team's `x-` list of
mappings it still left out the keys a view knows (`owner`, `status`, `channel`: "key: BILL-9 – Jan
Nowak – sms") and put the others into the view's words ("Opiekun: (team: …)"), so a ticket's owner read
as nothing at all. A team's keys are its own: each is written as it is, its value as written, in text,
Markdown and HTML; cxkit's own fields keep their labels.
"""

from __future__ import annotations

import pytest

from diff_helpers import diff_out, plain_terminal

OLD = """\
kind: journey
id: {id}
name: {name}
lang: {lang}
persona: p
stages:
  - id: start
    name: {first}
    emotion: 0
  - id: ticket
    name: {second}
    touchpoints:
      - channel: {channel}
        description: {description}
        x-meta: {{owner: {{team: {team}}}, tags: [web, mobile]}}
    opportunities:
      - action: {action}
        owner: {owner}
        status: planned
    x-tickets:
      - {{key: BILL-9, owner: {ticket_owner}, status: planned, channel: sms}}
      - {{key: BILL-212, team: Billing}}
    emotion: -1
"""

CASES = {
    "pl": dict(id="reklamacja", name="Reklamacja transakcji", lang="pl", first="Zakup", second="Zgłoszenie reklamacji",
               channel="aplikacja mobilna", description="Formularz reklamacji karty", team="Zespół Kart",
               action="Status reklamacji w aplikacji", owner="Departament Kart", ticket_owner="Jan Nowak",
               labels=("Punkty styku", "Usprawnienia", "zaplanowane")),
    "en": dict(id="dispute", name="Card dispute", lang="en", first="Purchase", second="Dispute filed",
               channel="mobile app", description="Card dispute form", team="Cards squad",
               action="Dispute status in the app", owner="Cards department", ticket_owner="Jane Doe",
               labels=("Touchpoints", "Opportunities", "planned")),
}


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_team_field_keys_written_as_they_are_s40(tmp_path, monkeypatch, lang):
    plain_terminal(monkeypatch, 200)
    case = CASES[lang]
    old = OLD.format(**case)
    new = old[:old.index("  - id: ticket")]
    text = diff_out(tmp_path, old, new)
    owner = case["ticket_owner"]
    assert f"        • key: BILL-9 – owner: {owner} – status: planned – channel: sms" in text.splitlines()
    assert f"x-meta: (owner: (team: {case['team']}), tags: web, mobile)" in text
    touchpoints, opportunities, planned = case["labels"]
    # cxkit's own fields keep their labels and words.
    assert f"      {opportunities}: {case['action']} – {case['owner']} – {planned}" in text.splitlines()
    assert f"      {touchpoints}: {case['channel']} – {case['description']} – x-meta:" in text
    markdown = diff_out(tmp_path, old, new, "-f", "markdown")
    assert f"`x-tickets`: `key`: BILL-9 – `owner`: {owner} – `status`: planned – `channel`: sms; `key`: BILL-212" in markdown
    html = diff_out(tmp_path, old, new, "-f", "html")
    assert f"<code>key</code>: BILL-9 – <code>owner</code>: {owner} – <code>status</code>: planned" in html
