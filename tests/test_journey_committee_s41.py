"""Several personas in one journey: a B2B buying committee (session 41, tester49 M1).

A journey could name one persona only, and the advice for a list led into another error: `persona: [a, b]` was
told to write `persona: a, b`, which is no slug (CX002) and made unknown-persona suggest the SECOND id;
`personas: [a, b]` was told to keep the rest under `x-personas`, which nothing checks.  Now a journey follows one
`persona` and names the others who take part under `other_personas`, each checked by unknown-persona (CX004);
every message about a list of personas says that form, and following it gives a clean document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import lint as lint_files
from cxkit.lint.selection import Selection
from conftest import run_cli
from rule_helpers import pos, write

CLAIRE = """\
kind: persona
id: claire-whitmore
name: Claire Whitmore
lang: en
goals:
  - Close month-end by day 3 without re-keying payroll journals into Sage 200
"""

KASIA = """\
kind: persona
id: katarzyna-wojcik
name: Katarzyna Wójcik
lang: pl
goals:
  - Zamknąć listę płac dla 180 osób do 28. dnia miesiąca bez poprawek w Płatniku
"""

JOURNEY_EN = """\
kind: journey
id: whitfield-moves-payroll
name: Whitfield Logistics moves payroll to Paywise
lang: en
{persona}
stages:
  - id: demo
    name: Demo with the account executive
    emotion: 1
    touchpoints: [Teams call]
"""

JOURNEY_PL = """\
kind: journey
id: wojcik-wdraza-paywise
name: Wójcik Logistyka wdraża Paywise
lang: pl
{persona}
stages:
  - id: prezentacja
    name: Prezentacja produktu
    emotion: 1
    touchpoints: [rozmowa w Teams]
"""

ADVICE = ("a journey follows one persona: keep one id in `persona:` and list the others under `other_personas:` "
          "('persona: claire-whitmore' and 'other_personas: [katarzyna-wojcik]')")
RADA = ("ścieżka prowadzi jedną personę: w `persona:` zostaw jedno id, a pozostałe wpisz pod `other_personas:` "
        "(„persona: claire-whitmore” i „other_personas: [katarzyna-wojcik]”)")
RULES = ("schema", "unknown-persona")


def lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, journey: str, lang: str = "en") -> list[tuple[str, int, int, str]]:
    write(tmp_path, {"personas/claire-whitmore.yaml": CLAIRE, "personas/katarzyna-wojcik.yaml": KASIA,
                     "journeys/j.yaml": journey})
    monkeypatch.chdir(tmp_path)
    found = lint_files(["."], Config(root=tmp_path, lang=lang), Selection(select=RULES)).findings
    return [(f.code, f.line, f.column, f.message) for f in found if f.path == "journeys/j.yaml"]


@pytest.mark.parametrize("template", [JOURNEY_EN, JOURNEY_PL])
def test_a_list_in_persona_is_told_to_keep_one_id_and_list_the_others_s41(tmp_path, monkeypatch, template):
    text = template.format(persona="persona: [claire-whitmore, katarzyna-wojcik]")
    line, column = pos(text, "[claire-whitmore")
    assert lint(tmp_path, monkeypatch, text) == [
        ("CX002", line, column, f"'persona' must be one persona's id, not a list; {ADVICE}")]


def test_a_list_of_dash_lines_in_persona_is_told_the_same_s41(tmp_path, monkeypatch):
    text = JOURNEY_EN.format(persona="persona:\n  - claire-whitmore\n  - katarzyna-wojcik")
    found = lint(tmp_path, monkeypatch, text)
    assert [(rule, message) for rule, _line, _column, message in found] == [
        ("CX002", f"'persona' must be one persona's id, not a list; {ADVICE}")]


def test_the_polish_workspace_says_it_in_polish_s41(tmp_path, monkeypatch):
    text = JOURNEY_PL.format(persona="persona: [claire-whitmore, katarzyna-wojcik]")
    assert [m for *_at, m in lint(tmp_path, monkeypatch, text, lang="pl")] == [
        f"`persona` musi być identyfikatorem jednej persony, a nie listą; {RADA}"]


def test_ids_joined_by_a_comma_suggest_the_first_id_not_the_closest_s41(tmp_path, monkeypatch):
    text = JOURNEY_EN.format(persona="persona: claire-whitmore, katarzyna-wojcik")
    line, column = pos(text, "claire-whitmore, ")
    assert lint(tmp_path, monkeypatch, text) == [
        ("CX002", line, column, "'persona' must be a slug (lowercase letters and digits joined by hyphens or underscores, "
                                f"e.g. 'ola-runner'), not 'claire-whitmore, katarzyna-wojcik'; {ADVICE}"),
        ("CX004", line, column, "persona 'claire-whitmore, katarzyna-wojcik' does not exist in the workspace; did you mean "
                                "'claire-whitmore' (Claire Whitmore)? List the others who take part under "
                                "`other_personas: [katarzyna-wojcik]`"),
    ]


def test_ids_joined_by_a_comma_in_polish_s41(tmp_path, monkeypatch):
    text = JOURNEY_PL.format(persona="persona: claire-whitmore, katarzyna-wojcik")
    found = [m for *_at, m in lint(tmp_path, monkeypatch, text, lang="pl")]
    assert found[0].endswith(f"„claire-whitmore, katarzyna-wojcik”; {RADA}")
    assert found[1] == ("persona „claire-whitmore, katarzyna-wojcik” nie istnieje w obszarze roboczym; czy chodziło o "
                        "„claire-whitmore” (Claire Whitmore)? Pozostałe persony, które biorą udział, wpisz pod "
                        "`other_personas: [katarzyna-wojcik]`")


@pytest.mark.parametrize(("lang", "said"), [
    ("en", f"unknown field 'personas'; did you mean 'persona'? ({ADVICE})"),
    ("pl", f"nieznane pole `personas`; czy chodziło o `persona`? ({RADA})"),
])
def test_a_personas_key_with_a_list_is_told_the_checked_key_not_an_x_key_s41(tmp_path, monkeypatch, lang, said):
    text = JOURNEY_EN.format(persona="personas: [claire-whitmore, katarzyna-wojcik]")
    messages = [m for *_at, m in lint(tmp_path, monkeypatch, text, lang=lang)]
    assert said in messages
    assert not any("x-personas" in m for m in messages)


@pytest.mark.parametrize("template", [JOURNEY_EN, JOURNEY_PL])
def test_following_the_advice_gives_a_clean_journey_s41(tmp_path, monkeypatch, template):
    text = template.format(persona="persona: claire-whitmore\nother_personas: [katarzyna-wojcik]")
    assert lint(tmp_path, monkeypatch, text) == []


@pytest.mark.parametrize(("template", "lang", "said"), [
    (JOURNEY_EN, "en", "persona 'katarzyna-wojcikk' does not exist in the workspace; did you mean 'katarzyna-wojcik' "
                       "(Katarzyna Wójcik)?"),
    (JOURNEY_PL, "pl", "persona „katarzyna-wojcikk” nie istnieje w obszarze roboczym; czy chodziło o „katarzyna-wojcik” "
                       "(Katarzyna Wójcik)?"),
])
def test_each_other_persona_is_checked_where_it_is_written_s41(tmp_path, monkeypatch, template, lang, said):
    text = template.format(persona="persona: claire-whitmore\nother_personas:\n  - claire-whitmore\n  - katarzyna-wojcikk")
    line, column = pos(text, "- katarzyna-wojcikk")
    assert lint(tmp_path, monkeypatch, text, lang=lang) == [("CX004", line, column + 2, said)]


def test_a_missing_other_persona_is_found_from_the_cache_too_s41(tmp_path, monkeypatch):
    text = JOURNEY_EN.format(persona="persona: claire-whitmore\nother_personas: [tom-it-security]")
    write(tmp_path, {"personas/claire-whitmore.yaml": CLAIRE, "journeys/j.yaml": text})
    monkeypatch.chdir(tmp_path)
    for _ in range(2):  # the second run reads the journey's summary from the cache
        result = run_cli("lint", "--select", "unknown-persona", ".")
        assert result.exit_code == 1
        assert "journeys/j.yaml:6:18: error CX004 persona 'tom-it-security' does not exist in the workspace" in result.stdout


def test_one_persona_and_a_one_item_list_are_told_as_before_s41(tmp_path, monkeypatch):
    assert lint(tmp_path, monkeypatch, JOURNEY_EN.format(persona="persona: claire-whitmore")) == []
    text = JOURNEY_EN.format(persona="persona: [claire-whitmore]")
    assert [m for *_at, m in lint(tmp_path, monkeypatch, text)] == [
        "'persona' must be text, not a list: the brackets of '[claire-whitmore]' make it a YAML list; write the text "
        "without them ('persona: claire-whitmore')"]


def test_fmt_puts_other_personas_after_persona_and_keeps_it_s41(tmp_path, monkeypatch):
    text = ("kind: journey\nid: j\nother_personas: [katarzyna-wojcik]\nname: Whitfield moves payroll\n"
            "persona: claire-whitmore\nstages:\n  - id: demo\n    name: Demo\n")
    write(tmp_path, {"journeys/j.yaml": text})
    monkeypatch.chdir(tmp_path)
    assert run_cli("fmt", "journeys/j.yaml").exit_code == 0
    written = (tmp_path / "journeys/j.yaml").read_text(encoding="utf-8")
    assert written == ("kind: journey\nid: j\nname: Whitfield moves payroll\npersona: claire-whitmore\n"
                       "other_personas: [katarzyna-wojcik]\nstages:\n  - id: demo\n    name: Demo\n")
    assert run_cli("fmt", "--check", "journeys/j.yaml").exit_code == 0


@pytest.mark.parametrize(("lang", "said"), [("en", "Also taking part: `katarzyna-wojcik`"),
                                            ("pl", "Biorą też udział: `katarzyna-wojcik`")])
def test_render_names_the_others_who_take_part_s41(tmp_path, monkeypatch, lang, said):
    template = JOURNEY_EN if lang == "en" else JOURNEY_PL
    write(tmp_path, {"cxkit.toml": f'lang = "{lang}"\n', "personas/claire-whitmore.yaml": CLAIRE,
                     "personas/katarzyna-wojcik.yaml": KASIA,
                     "journeys/j.yaml": template.format(persona="persona: claire-whitmore\nother_personas: [katarzyna-wojcik]"),
                     "journeys/solo.yaml": template.format(persona="persona: claire-whitmore").replace("id: w", "id: solo-w", 1)})
    monkeypatch.chdir(tmp_path)
    result = run_cli("render", "journeys/j.yaml", "-f", "markdown")
    assert result.exit_code == 0, result.stderr
    assert said in result.stdout
    html = run_cli("render", "journeys/j.yaml", "-f", "html").stdout
    assert said.replace("`", "") in html
    alone = run_cli("render", "journeys/solo.yaml", "-f", "markdown").stdout
    assert said.split(":")[0] not in alone  # one persona: the header is as it was
