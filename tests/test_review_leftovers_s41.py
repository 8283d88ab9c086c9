"""Left-overs of review's and diff's reports (session 41), each in English and Polish.

1. `cxkit review -f html` wrote a finding's code spans as their backticks (`` `reviewed` ``); the
   Markdown comment shows them as code. Now the page does too (``<code>``), the user's text quoted
   in a message still escaped.
2. A journey's stages reordered were two lines of a dozen stages each in Markdown; a side longer
   than a comment's line is listed a stage a line (the text already did so in a terminal).
3. Render shows a stage's metrics before its opportunities (session 40); the diff followed the
   document's order. Its text, Markdown and HTML show them as render does; JSON keeps the document's.
4. Review's JSON said the level that judged it (`fail_level`) but not that it was BASE's, stricter
   than the branch's own: `branch_fail_level` says the branch's.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo, settle_review

OLA = """\
kind: persona
id: ola
name: Ola Nowak
lang: pl
reviewed: 2026-11-01
sources: [{id: s, type: survey, date: 2026-10-01}]
goals:
  - Odnowić polisę OC w dziesięć minut, bez dzwonienia na infolinię
"""
#: A persona the branch adds: no `reviewed` date (a message with a code span) and a key of its own that
#: is no field, written as HTML (quoted in the schema finding's message).
EWA = """\
kind: persona
id: ewa
name: Ewa Kowal
lang: pl
"<i>cele</i>": Szybko
goals:
  - Zamówić sofę z dostawą w sobotę, zanim przyjadą teściowie
"""
DAN = OLA.replace("id: ola", "id: dan").replace("Ola Nowak", "Dan Hughes").replace("lang: pl", "lang: en").replace(
    "Odnowić polisę OC w dziesięć minut, bez dzwonienia na infolinię",
    "Renew his van insurance in ten minutes without calling the helpline")
EVE = EWA.replace("id: ewa", "id: eve").replace("Ewa Kowal", "Eve Kent").replace("lang: pl", "lang: en").replace(
    "Zamówić sofę z dostawą w sobotę, zanim przyjadą teściowie", "Order a sofa delivered on Saturday before the in-laws come")


def _workspace(tmp_path, monkeypatch, lang: str, base: dict[str, str], config: str = "") -> Repo:
    settle_review(monkeypatch)
    r = Repo(tmp_path / "ws")
    r.write("cxkit.toml", f'lang = "{lang}"\n{config}')
    for name, text in base.items():
        r.write(name, text)
    r.commit("base")
    monkeypatch.chdir(r.root)
    return r


# --- 1. code spans of messages on the HTML page ---------------------------------------------------------


@pytest.mark.parametrize("lang, base, added, said", [
    ("pl", {"ola.yaml": OLA}, ("ewa.yaml", EWA), "brak daty <code>reviewed</code>; dodaj datę"),
    ("en", {"dan.yaml": DAN}, ("eve.yaml", EVE), "no <code>reviewed</code> date"),
])
def test_a_finding_s_code_spans_are_code_on_the_page_s41(tmp_path, monkeypatch, lang, base, added, said):
    """Fails before: the cell read "no `reviewed` date", backticks and all."""
    r = _workspace(tmp_path, monkeypatch, lang, base)
    r.write(*added)
    page = run_cli("review", "main", "-f", "html").stdout
    assert said in page
    assert "`reviewed`" not in page
    # The user's key quoted in the schema finding's message stays escaped, inside the code span or not.
    assert "&lt;i&gt;cele&lt;/i&gt;" in page and "<i>cele</i>" not in page
    comment = run_cli("review", "main", "-f", "markdown").stdout
    assert "`reviewed`" in comment  # the comment's own code span: what the page now agrees with


@pytest.mark.parametrize("lang, name, persona, fixed", [
    ("pl", "ola.yaml", OLA, "brak daty <code>reviewed</code>"),
    ("en", "dan.yaml", DAN, "no <code>reviewed</code> date"),
])
def test_a_fixed_finding_s_code_spans_are_code_too_s41(tmp_path, monkeypatch, lang, name, persona, fixed):
    """The table of findings fixed: BASE's persona had no `reviewed` date, the branch gives it one."""
    r = _workspace(tmp_path, monkeypatch, lang, {name: persona.replace("reviewed: 2026-11-01\n", "")})
    r.write(name, persona)
    page = run_cli("review", "main", "-f", "html").stdout
    assert fixed in page.split("<h2>Naprawione uwagi</h2>" if lang == "pl" else "<h2>Findings fixed</h2>")[1]
    assert "`" not in page


# --- 2. a long reorder in Markdown, a stage a line ------------------------------------------------------

STAGES_PL = ["Świadomość", "Rozważanie", "Porównanie ofert", "Decyzja", "Zakup", "Dostawa", "Montaż",
             "Pierwsze użycie", "Serwis", "Reklamacja", "Polecenie", "Ponowny zakup"]
STAGES_EN = ["Awareness", "Consideration", "Comparing offers", "Decision", "Purchase", "Delivery", "Assembly",
             "First use", "Service", "Complaint", "Referral", "Repeat purchase"]


def journey(names: list[str], lang: str, order: list[int] | None = None) -> str:
    ids = [f"etap-{n + 1:02d}" for n in range(len(names))]
    body = "".join(f"  - id: {ids[i]}\n    name: {names[i]}\n    goal: Klient przechodzi etap {i + 1}\n    emotion: 0\n"
                   for i in (order or range(len(names))))
    return f"kind: journey\nid: kupno-sofy\nname: Kupno sofy\nlang: {lang}\npersona: ola\nstages:\n{body}"


@pytest.mark.parametrize("lang, names, old, new", [("pl", STAGES_PL, "  - było:", "  - jest:"),
                                                   ("en", STAGES_EN, "  - old:", "  - new:")])
def test_twelve_stages_reordered_are_listed_a_stage_a_line_in_the_comment_s41(tmp_path, monkeypatch, lang, names,
                                                                              old, new):
    """Fails before: `  - było: 1. Świadomość (`etap-01`), 2. …` on one line of some 400 characters, twice."""
    r = _workspace(tmp_path, monkeypatch, lang, {"journeys/sofa.yaml": journey(names, lang)})
    r.write("journeys/sofa.yaml", journey(names, lang, list(range(11, -1, -1))))
    lines = run_cli("review", "main", "-f", "markdown").stdout.splitlines()
    at = lines.index(old)
    assert lines[at + 1] == f"    - 1\\. {names[0]} (`etap-01`)"  # escaped: no numbered list of its own
    assert lines[at + 12] == f"    - 12\\. {names[11]} (`etap-12`)"
    assert lines[at + 13] == new
    assert lines[at + 14] == f"    - 1\\. {names[11]} (`etap-12`)"
    head = lines[at - 1]
    assert len(head) <= 110 and head.endswith(("… i jeszcze 10)", "… and 10 more moved)")), head
    assert max(len(line) for line in lines[at:at + 26]) < 60


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_short_reorder_stays_on_its_line_s41(tmp_path, monkeypatch, lang):
    """A guard: three stages fit on a line, and stay there."""
    names = (STAGES_PL if lang == "pl" else STAGES_EN)[:3]
    (tmp_path / "a.yaml").write_text(journey(names, lang), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(journey(names, lang, [1, 0, 2]), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = run_cli("diff", "a.yaml", "b.yaml", "-f", "markdown").stdout
    label = "było:" if lang == "pl" else "old:"
    assert f"  - {label} 1. {names[0]} (`etap-01`), 2. {names[1]} (`etap-02`), 3. {names[2]} (`etap-03`)\n" in out


# --- 3. a stage's metrics before its opportunities ------------------------------------------------------

STAGE_OPP_FIRST = """\
kind: journey
id: reklamacja
name: {name}
lang: {lang}
persona: ola
stages:
  - id: zgloszenie
    name: {stage}
    goal: {goal}
    emotion: -1
{more}"""
PL = {"name": "Reklamacja pralki", "stage": "Zgłoszenie", "goal": "Klient zgłasza usterkę przez formularz"}
EN = {"name": "Washing machine claim", "stage": "Report", "goal": "The customer reports the fault on a form"}
ADDED_OPP_FIRST = """\
    opportunities:
      - action: {action}
    metrics:
      - {metric}
"""
PL_ADDED = {"action": "Formularz z numerem seryjnym", "metric": "Odsetek zgłoszeń bez numeru"}
EN_ADDED = {"action": "A form that asks for the serial number", "metric": "Share of claims without a number"}


def _opp_first(tmp_path, lang: str, *, stage_added: bool = False) -> None:
    words, added = (PL, PL_ADDED) if lang == "pl" else (EN, EN_ADDED)
    more = ADDED_OPP_FIRST.format(**added)
    old = STAGE_OPP_FIRST.format(lang=lang, more="", **words)
    new = STAGE_OPP_FIRST.format(lang=lang, more=more, **words)
    if stage_added:  # a second stage added whole, its opportunities written above its metrics
        new += "  - id: naprawa\n    name: Naprawa\n    goal: Pralka działa\n" + more
    (tmp_path / "a.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(new, encoding="utf-8")


@pytest.mark.parametrize("lang, metrics, opportunities", [("pl", "Mierniki", "Usprawnienia"),
                                                          ("en", "Metrics", "Opportunities")])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_stage_s_metrics_come_before_its_opportunities_s41(tmp_path, monkeypatch, lang, metrics, opportunities, fmt):
    """Fails before: "Usprawnienia" above "Mierniki", as the YAML has them, where render shows them the other way."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    _opp_first(tmp_path, lang, stage_added=True)
    out = run_cli("diff", "a.yaml", "b.yaml", "-f", fmt).stdout
    first = out.index(metrics)
    assert first < out.index(opportunities)
    # The stage added whole lists its rows so too.
    second = out.index(metrics, first + 1)
    assert out.index(opportunities, out.index(opportunities) + 1) > second


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_json_keeps_the_document_s_order_s41(tmp_path, monkeypatch, lang):
    monkeypatch.chdir(tmp_path)
    _opp_first(tmp_path, lang)
    paths = [c["path"] for c in json.loads(run_cli("diff", "a.yaml", "b.yaml", "-f", "json").stdout)]
    assert paths == ["stages[zgloszenie].opportunities", "stages[zgloszenie].metrics"]


def test_the_other_fields_keep_the_document_s_order_s41(tmp_path, monkeypatch):
    """A guard: only metrics and opportunities change places; a stage's emotion written above its
    touchpoints is shown so, as before."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    old = STAGE_OPP_FIRST.format(lang="pl", more="", **PL)
    new = STAGE_OPP_FIRST.format(lang="pl", more="    touchpoints: [formularz]\n", **PL).replace("emotion: -1", "emotion: -2")
    (tmp_path / "a.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(new, encoding="utf-8")
    out = run_cli("diff", "a.yaml", "b.yaml").stdout
    assert out.index("Emocje") < out.index("Punkty styku")


# --- 4. the branch's own fail level in JSON -------------------------------------------------------------


@pytest.mark.parametrize("lang, base, vague", [
    ("pl", {"ola.yaml": OLA}, ("ola.yaml", OLA.replace("goals:\n", "goals:\n  - Lubi podróże i dba o zdrowie\n"))),
    ("en", {"dan.yaml": DAN}, ("dan.yaml", DAN.replace("goals:\n", "goals:\n  - Values quality\n"))),
])
def test_json_says_the_branch_s_own_level_when_base_s_judged_s41(tmp_path, monkeypatch, lang, base, vague):
    """Fails before: no `branch_fail_level`; `fail_level` "warning" alone did not say it was BASE's."""
    r = _workspace(tmp_path, monkeypatch, lang, base, 'fail-level = "warning"\n')
    r.write("cxkit.toml", f'lang = "{lang}"\nfail-level = "never"\n')
    r.write(*vague)
    result = run_cli("review", "main", "-f", "json")
    assert result.exit_code == 1, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert (report["fail_level"], report["branch_fail_level"], report["failed"]) == ("warning", "never", True)
    # Its own level, or the option, judged: no level of the branch's to tell apart (null).
    assert json.loads(run_cli("review", "main", "-f", "json", "--fail-level", "warning").stdout)["branch_fail_level"] is None
    r.write("cxkit.toml", f'lang = "{lang}"\nfail-level = "warning"\n')
    same = json.loads(run_cli("review", "main", "-f", "json").stdout)
    assert (same["fail_level"], same["branch_fail_level"]) == ("warning", None)
