"""`--layout` that changes nothing: one function decides when, the English and the Polish note only word it
(session 41). Before, `_unused_layout_note` and `_unused_layout_note_pl` each held the same conditions, so a
change to one could leave the other saying a note the first no longer says. The notes are byte for byte
what they were (checked over every layout, format, kind and subject, against the old functions, when made).
"""

from __future__ import annotations

import itertools
from types import SimpleNamespace

import pytest

from conftest import run_cli
from cxkit.model import JourneyMap
from cxkit.render import run

FORMATS = ["terminal", "markdown", "markdown-plain", "html", "json", "mermaid", "csv"]


def _case(layout: str, from_env: bool, fmt: str, kind: str, is_dir: bool, against: str | None):
    req = SimpleNamespace(layout=layout, layout_from_env=from_env, output_format=fmt)
    model = JourneyMap.model_construct(kind="journey") if kind == "journey" else SimpleNamespace(kind=kind)
    return req, SimpleNamespace(docs=[SimpleNamespace(model=model)], is_dir=is_dir, against=against)


ALL = list(itertools.product(["auto", "table", "stacked"], [False, True], FORMATS,
                             ["journey", "persona", "negative-persona"], [False, True], [None, "kamil"]))


@pytest.mark.parametrize("layout, from_env, fmt, kind, is_dir, against", ALL)
def test_english_and_polish_notes_come_from_one_decision_s41(layout, from_env, fmt, kind, is_dir, against):
    req, subject = _case(layout, from_env, fmt, kind, is_dir, against)
    case = run._layout_unused_for(req, subject)
    english, polish = run._unused_layout_note(req, subject), run._unused_layout_note(req, subject, True)
    assert (english is None, polish is None) == (case is None, case is None)
    if case is not None:
        assert english.startswith(f"--layout {layout}: applies to ") and polish.startswith(f"--layout {layout}: dotyczy ")


@pytest.mark.parametrize("layout, fmt, kind, is_dir, against, case", [
    ("auto", "markdown", "persona", False, None, None),       # auto asks for nothing
    ("table", "terminal", "journey", False, None, None),      # a journey in the terminal: it applies
    ("stacked", "terminal", "persona", True, None, None),     # stacked applies to every terminal view
    ("stacked", "html", "journey", False, None, "export"),
    ("table", "terminal", "journey", True, None, "folder"),
    ("table", "terminal", "persona", False, "kamil", "against"),
    ("table", "terminal", "negative-persona", False, None, "document"),
])
def test_the_decision_s41(layout, fmt, kind, is_dir, against, case):
    assert run._layout_unused_for(*_case(layout, False, fmt, kind, is_dir, against)) == case
    assert run._layout_unused_for(*_case(layout, True, fmt, kind, is_dir, against)) is None  # CXKIT_LAYOUT: never


PERSONA = """\
kind: persona
id: ola
name: Ola Nowak
lang: {lang}
reviewed: 2026-11-01
sources: [{{id: s, type: survey, date: 2026-10-01}}]
goals:
  - {goal}
"""


@pytest.mark.parametrize("lang, said", [
    ("en", "cxkit: --layout table: applies to journeys in the terminal view; ignored for a persona\n"),
    ("pl", "cxkit: --layout table: dotyczy ścieżek w widoku terminala; dla persony nie ma znaczenia\n"),
])
def test_the_note_on_a_persona_is_worded_as_before_s41(tmp_path, monkeypatch, lang, said):
    goal = "Renew the van insurance in ten minutes" if lang == "en" else "Odnowić polisę OC w dziesięć minut"
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (tmp_path / "ola.yaml").write_text(PERSONA.format(lang=lang, goal=goal), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CXKIT_LAYOUT", raising=False)
    result = run_cli("render", "ola.yaml", "--layout", "table", "--width", "100")
    assert result.exit_code == 0, result.stderr
    assert said in result.stderr
