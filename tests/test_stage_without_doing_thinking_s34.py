"""stage-without-doing-thinking (CX414, info, opt-in): each stage of a journey map says what the customer does,
thinks and feels (session 34, tester35's M-3).  A stage with only a `feeling` and an `emotion`
was never reported.  That it is opt-in, and how a team raises or silences it: test_opt_in_rules_s36.py."""

from __future__ import annotations

from pathlib import Path

from lint_cli_helpers import lint, ws  # noqa: F401  (ws: the fixture)

JOURNEY_PL = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
lang: pl
reviewed: 2026-10-05
stages:
  - id: rozwazanie
    name: Rozważanie
    emotion: 0
    doing: Porównuje trzy modele Asicsa na telefonie w tramwaju
    thinking: „Czy te z wyprzedaży wytrzymają 600 km?”
    feeling: Ciekawość, bo pierwszy raz kupuje buty z karbonową płytką
  - id: zakup
    name: Zakup
    emotion: -1
    feeling: Niepewność, czy kurier zdąży przed weekendem
  - id: dostawa
    name: Dostawa
    emotion: 1
    doing: Odbiera paczkę z paczkomatu pod blokiem w czwartek wieczorem
    feeling: Ulga, zdąży przetestować je przed zawodami
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
    thinking: "Why is it £86 more when I made no claim?"
    feeling: Annoyed at a price rise with no reason given
  - id: comparison
    name: Comparison
    emotion: 0
    doing: "   "
    thinking: ""
    feeling: Wary of switching after a bad claim with her last insurer
"""


def test_polish_stages_missing_doing_or_thinking(ws: Path) -> None:
    (ws / "j.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    code, findings = lint("--select", "stage-without-doing-thinking", "j.yaml")
    assert code == 0, "info by default: it does not fail a gate"
    assert [(f["line"], f["column"], f["code"], f["severity"], f["message"]) for f in findings] == [
        (14, 9, "CX414", "info",
         "stage 'zakup' does not say what the customer does and thinks there; add `doing` and `thinking` "
         '(e.g. doing: "Porównuje ceny trzech modeli na telefonie w tramwaju"; '
         'thinking: "Czy zdążą z dostawą przed piątkiem?")'),
        (18, 9, "CX414", "info",
         "stage 'dostawa' does not say what the customer thinks there; add `thinking` "
         '(e.g. thinking: "Czy zdążą z dostawą przed piątkiem?")'),
    ]


def test_english_stages_and_blank_values(ws: Path) -> None:
    (ws / "j.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    code, findings = lint("--select", "CX414", "j.yaml")
    assert [(f["line"], f["message"]) for f in findings] == [
        (8, "stage 'renewal' (Renewal notice) does not say what the customer does there; add `doing` "
            '(e.g. doing: "Compares three quotes on his phone in the van at lunch")'),
        (13, "stage 'comparison' does not say what the customer does and thinks there; add `doing` and `thinking` "
             '(e.g. doing: "Compares three quotes on his phone in the van at lunch"; '
             'thinking: "Will this still work with no signal in a loft?")'),
    ]


def test_a_complete_stage_is_quiet_and_the_examples_stay_clean(ws: Path) -> None:
    text = JOURNEY_PL.split("  - id: zakup")[0]
    (ws / "j.yaml").write_text(text, encoding="utf-8")
    assert lint("--select", "CX414", "j.yaml") == (0, [])
    examples = Path(__file__).resolve().parents[1] / "examples"
    assert lint("--select", "CX414", str(examples)) == (0, [])
