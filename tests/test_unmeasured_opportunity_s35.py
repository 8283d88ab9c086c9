"""unmeasured-opportunity (CX415, info, opt-in): the method's last step is to make the changes and
monitor their effect (seed 004, step 9).  A stage whose fixes are owned and planned but which names no
`metrics` was never reported: nothing in the map said how anyone would know a fix worked (session 35).
That it is opt-in, and how a team raises or silences it: test_opt_in_rules_s36.py."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cxkit.cli import app
from lint_cli_helpers import lint, ws  # noqa: F401  (ws: the fixture)

JOURNEY_PL = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
lang: pl
reviewed: 2026-10-05
stages:
  - id: platnosc
    name: Płatność
    emotion: -2
    barriers: [Brak płatności BLIK]
    opportunities:
      - action: Włączyć BLIK w bramce płatniczej
        owner: Zespół płatności
        due: 2027-03-31
      - action: Pokazać koszt dostawy przed logowaniem
        owner: Zespół e-commerce
        status: done
  - id: dostawa
    name: Dostawa
    emotion: -1
    pain_points: [Kurier nie dzwoni przed przyjazdem]
    metrics: [Brak]
    opportunities:
      - action: SMS z godziną doręczenia
        owner: Zespół logistyki
  - id: zwrot
    name: Zwrot
    emotion: -1
    pain_points: [Zwrot tylko pocztą]
    opportunities:
      - action: Zwrot w paczkomacie
        owner: Do ustalenia
      - action: Kurier po odbiór zwrotu
        owner: Zespół logistyki
        status: idea
  - id: polecenie
    name: Polecenie
    emotion: 1
    metrics:
      - Odsetek klientów, którzy polecają sklep w ankiecie po 30 dniach (dziś 12%)
    opportunities:
      - action: Kod rabatowy dla polecającego
        owner: Zespół CRM
"""

JOURNEY_EN = """\
kind: journey
id: priya-renews
name: Priya renews her home insurance
persona: priya
lang: en
reviewed: 2026-10-05
stages:
  - id: renewal
    name: Renewal notice
    emotion: -1
    barriers: ["The price rise comes with no reason given"]
    metrics: ["n/a", "Not measured yet"]
    opportunities:
      - action: Explain each line of the new premium in the renewal letter
        owner: Pricing team
  - id: comparison
    name: Comparison
    emotion: 0
    metrics: ["TODO"]
    opportunities:
      - action: Send a like-for-like comparison with last year's cover
        owner: Retention team
"""


def test_polish_stages_with_owned_fixes_and_no_measure(ws: Path) -> None:
    (ws / "j.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    code, findings = lint("--select", "unmeasured-opportunity", "j.yaml")
    assert code == 0, "info by default: it does not fail a gate"
    example = '(e.g. metrics: ["Odsetek klientów, którzy przechodzą do następnego etapu (dziś 31%)"])'
    assert [(f["line"], f["column"], f["code"], f["severity"], f["message"]) for f in findings] == [
        (13, 17, "CX415", "info",  # at the first fix's action, once for the stage
         "stage 'platnosc' (Płatność) plans 2 fixes but has no `metrics` to show whether they work; "
         f"add `metrics` with a number to watch {example}"),
        (25, 17, "CX415", "info",
         "stage 'dostawa' plans 1 fix but has no metric ('Brak' names none) to show whether it works; "
         f"add `metrics` with a number to watch {example}"),
    ]
    # Not reported: `zwrot`, whose fixes are unowned (CX403's) or only an idea; `polecenie`, which is measured.


def test_english_metrics_that_name_none_and_a_placeholder(ws: Path) -> None:
    (ws / "j.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    code, findings = lint("--select", "CX415,CX501", "j.yaml")
    assert [(f["line"], f["code"], f["message"]) for f in findings] == [
        (14, "CX415", "stage 'renewal' (Renewal notice) plans 1 fix but has no metric ('n/a', 'Not measured yet' "
                      "names none) to show whether it works; add `metrics` with a number to watch "
                      '(e.g. metrics: ["Share of customers who go on to the next stage (now 31%)"])'),
        (19, "CX501", findings[1]["message"]),  # the template leftover is the placeholder rule's, told once
    ]
    assert "TODO" in findings[1]["message"]


def test_a_measured_or_retired_map_is_quiet_and_the_examples_stay_clean(ws: Path) -> None:
    measured = JOURNEY_PL.replace("    barriers: [Brak płatności BLIK]\n",
                                  "    barriers: [Brak płatności BLIK]\n"
                                  "    metrics: [Porzucone koszyki na płatności (dziś 31%)]\n"
                                  ).replace("metrics: [Brak]", "metrics: [Skargi na kuriera na 100 zamówień]")
    (ws / "j.yaml").write_text(measured, encoding="utf-8")
    assert lint("--select", "CX415", "j.yaml") == (0, [])
    (ws / "j.yaml").write_text(JOURNEY_PL.replace("lang: pl\n", "lang: pl\nstatus: retired\n"), encoding="utf-8")
    assert lint("--select", "CX415", "j.yaml") == (0, [])
    examples = Path(__file__).resolve().parents[1] / "examples"
    assert lint("--select", "CX415", str(examples)) == (0, [])


def test_cxkit_rule_documents_it_as_opt_in() -> None:
    result = CliRunner().invoke(app, ["rule", "CX415"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    assert result.stdout.startswith("unmeasured-opportunity (CX415), default severity: info (opt-in)\n")
    details = result.stdout.split("Details:\n", 1)[1]
    assert [p.split(":")[0].strip() for p in details.split("\n\n")[:3]] == [
        "What is reported", "What it leaves to other rules", "Opt-in"]
