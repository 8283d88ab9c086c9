"""`cxkit review` matches similar-personas (CX103) findings on their pairs of similar personas.

The rule reports each persona once, on the later one of its pairs, naming the closest earlier
persona.  An edit to one persona, or a file renamed, changes which persona a finding is on and
which one its message names, without changing any pair: that is neither introduced nor fixed
(tester_ops F1).  A finding is introduced when the pair its message names was not similar in
BASE, fixed when the pair it named is no longer similar on the branch.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo

CONFIG = 'paths = ["personas"]\nselect = ["similar-personas"]\n[rules.similar-personas]\nseverity = "warning"\n'

XERO = ("Close the month in Xero within 5 working days", "Exports Stripe payouts to Excel every Monday")


def persona(ident: str, name: str, goal: str, behaviour: str, pain: str) -> str:
    return (
        f"kind: persona\nid: {ident}\nname: {name}\nlang: en\n"
        f"goals:\n  - {goal}\nbehaviours:\n  - {behaviour}\npain_points:\n  - {pain}\n"
    )


ANNA = persona("a-anna", "Anna Berg", *XERO, "Chases receipts from 12 field engineers by WhatsApp")
BEN = persona("b-ben", "Ben Cole", *XERO, "Chases receipts from 12 field engineers by e-mail")
CARL = persona("c-carl", "Carl Dunn", *XERO, "Chases receipts from 30 drivers by WhatsApp")
ANNA_SHARPENED = persona(
    "a-anna", "Anna Berg", "Get the Companies House filing done without paying her accountant £400",
    "Books her own VAT return every quarter in FreeAgent", "Loses a day each quarter matching PayPal fees to invoices",
)
SOLO = "kind: negative-persona\nid: n-solo\nname: Solo freelancer\nreasons:\n  - Invoices 3 clients a month from a Google Docs template\n"


@pytest.fixture
def sim(tmp_path, monkeypatch) -> Repo:
    """The tester's workspace: a-anna, b-ben and c-carl all alike (three pairs), on `main`."""
    r = Repo(tmp_path / "sim")
    r.write("cxkit.toml", CONFIG)
    r.write("personas/a-anna.yaml", ANNA)
    r.write("personas/b-ben.yaml", BEN)
    r.write("personas/c-carl.yaml", CARL)
    r.write("personas/n.yaml", SOLO)
    r.commit("base")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def review(*args: str) -> tuple[int, dict]:
    result = run_cli("review", "main", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def similar(findings: list[dict]) -> list[str]:
    return sorted(f["path"] for f in findings if f["rule"] == "similar-personas")


def test_base_has_the_three_pairs(sim):
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json").stdout)
    messages = {f["path"]: f["message"] for f in found}
    assert sorted(messages) == ["personas/b-ben.yaml", "personas/c-carl.yaml"]
    # c-carl's message names only the closest earlier persona; its pair with b-ben is there too.
    assert "with 'a-anna'" in messages["personas/c-carl.yaml"]
    assert "with 1 other earlier persona" in messages["personas/c-carl.yaml"]


def test_sharpening_one_persona_fixes_its_pairs_and_introduces_nothing(sim):
    sim.git("checkout", "-q", "-b", "sharpen-anna")
    sim.write("personas/a-anna.yaml", ANNA_SHARPENED)
    code, report = review()
    # c-carl ~ b-ben was similar in BASE too: the finding now naming b-ben is not new.
    assert similar(report["introduced"]) == []
    assert similar(report["fixed"]) == ["personas/b-ben.yaml", "personas/c-carl.yaml"]
    assert (code, report["failed"]) == (0, False)
    markdown = run_cli("review", "main")
    assert markdown.exit_code == 0 and "0 findings introduced, 2 fixed" in markdown.stdout


def test_a_rename_alone_introduces_and_fixes_nothing(sim):
    sim.git("checkout", "-q", "-b", "move-anna")
    sim.git("mv", "personas/a-anna.yaml", "personas/z-anna.yaml")
    sim.commit("move anna")
    # Anna now sorts last: the pairs are reported on other files and name other personas.
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json").stdout)
    assert sorted(f["path"] for f in found) == ["personas/c-carl.yaml", "personas/z-anna.yaml"]
    code, report = review("--fail-level", "info")
    assert (code, report["introduced"], report["fixed"]) == (0, [], [])


def test_a_persona_made_like_the_others_is_introduced_and_the_old_pairs_stay(sim):
    # d-dora is unlike the others in BASE; the branch makes her like them: her pairs are new,
    # and the three pairs of BASE are neither fixed nor introduced again.
    sim.write("personas/d-dora.yaml", persona(
        "d-dora", "Dora Ek", "Open a second bakery in Leeds by spring", "Bakes from 4 a.m. six days a week",
        "Flour prices doubled since 2022",
    ))
    sim.commit("dora")
    sim.git("checkout", "-q", "-b", "dora-like-carl")
    sim.write("personas/d-dora.yaml", CARL.replace("c-carl", "d-dora").replace("Carl Dunn", "Dora Ek"))
    code, report = review()
    assert similar(report["introduced"]) == ["personas/d-dora.yaml"]
    assert similar(report["fixed"]) == []
    assert code == 1


def test_a_persona_made_like_a_flagged_pair_is_introduced_on_its_own_finding(tmp_path, monkeypatch):
    # a-anna and c-carl alike; b-ben different. The branch makes b-ben like them: b-ben's finding
    # (naming a-anna) is new. c-carl gains the pair with b-ben too, but its finding still names
    # a-anna, its closest, as in BASE: one introduced finding says what the change did.
    r = Repo(tmp_path / "gain")
    r.write("cxkit.toml", CONFIG)
    r.write("personas/a-anna.yaml", ANNA)
    r.write("personas/b-ben.yaml", ANNA_SHARPENED.replace("a-anna", "b-ben").replace("Anna Berg", "Ben Cole"))
    r.write("personas/c-carl.yaml", CARL)
    r.commit("base")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    r.write("personas/b-ben.yaml", BEN)
    code, report = review()
    assert similar(report["introduced"]) == ["personas/b-ben.yaml"]
    assert "with 'a-anna'" in report["introduced"][0]["message"]
    assert similar(report["fixed"]) == []
    assert code == 1


# --- a larger workspace: three edits, many unchanged pairs --------------------------------

PL_GROUP = (
    "Zamknąć miesiąc w Comarchu w 5 dni roboczych",
    "Co poniedziałek eksportuje wypłaty z Przelewy24 do Excela",
    "Zbiera paragony od {} serwisantów przez WhatsAppa",
)
EN_GROUP = (
    "Ship the weekly release without a hotfix on Friday",
    "Reviews every pull request in GitHub before standup",
    "Loses {} hours a week to flaky end-to-end tests",
)


def _workspace(r: Repo) -> None:
    for n in range(1, 13):
        goal, behaviour, pain = PL_GROUP if n % 2 else EN_GROUP
        text = persona(f"p{n:02}", f"Persona {n}", goal, behaviour, pain.format(n))
        if n in (3, 5):
            # p05 is closest to p03, not to p01: its finding names p03.
            text = text.replace("behaviours:\n", "  - Porównuje ceny hurtowni na Allegro przed każdym zamówieniem\nbehaviours:\n")
        r.write(f"personas/p{n:02}.yaml", text)
    r.write("personas/n.yaml", SOLO)


def test_three_edits_in_a_larger_workspace_report_only_the_pairs_they_change(tmp_path, monkeypatch):
    r = Repo(tmp_path / "big")
    r.write("cxkit.toml", CONFIG)
    _workspace(r)
    r.commit("base")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    base = json.loads(run_cli("lint", "--no-cache", "-f", "json").stdout)
    # Every persona but the first of each group pairs with all the earlier ones of its group.
    assert len(base) == 10
    named = {f["path"]: f["message"].split(" with ")[1].split(" ")[0] for f in base}
    assert named["personas/p05.yaml"] == "'p03'" and named["personas/p07.yaml"] == "'p01'"
    r.git("checkout", "-q", "-b", "three-edits")
    # 1. p03 sharpened: its pairs with p01, p05, p07, p09, p11 are gone.
    r.write("personas/p03.yaml", persona(
        "p03", "Persona 3", "Przejść audyt ISO 27001 bez konsultanta za 40 tys. zł",
        "Prowadzi rejestr ryzyk w Notion od 2023 roku", "Traci dwa dni na zbieranie dowodów do audytu",
    ))
    # 2. p02 renamed to sort last: the English group's findings move, its pairs stay.
    r.git("mv", "personas/p02.yaml", "personas/p99.yaml")
    # 3. p06 reworded in its name only.
    text = (r.root / "personas/p06.yaml").read_text(encoding="utf-8")
    r.write("personas/p06.yaml", text.replace("name: Persona 6", "name: Persona szósta"))
    code, report = review()
    assert similar(report["introduced"]) == []
    # The BASE findings that named a pair with p03: p03's own (with p01) and p05's. p05 now names
    # p01, a pair BASE had: not introduced. p07, p09 and p11 lost their pair with p03 too, but
    # their findings named p01 and still do.
    assert similar(report["fixed"]) == ["personas/p03.yaml", "personas/p05.yaml"]
    assert code == 0
