"""similar-personas (CX103) leaves out only a `cxkit new` template's untouched TODO line. A trait a
person wrote counts, even with a "TODO: confirm…" remark in it and whatever the `placeholder` rule is
set to: leaving such traits out raised what two personas share ("shares 86%") where there was no
finding before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

ANNA = """\
kind: persona
id: anna
name: Anna Remontuje
lang: en
summary: Renovates a 1970s flat in Leeds on weekends.
goals:
  - Finish the kitchen before the baby arrives in March
  - Keep the renovation under the 18,000 pound budget
behaviours:
  - Compares tile prices across three DIY stores every Saturday
  - Watches installer videos on YouTube before buying any tool
{extra}pain_points:
  - Delivery slots for heavy items are two weeks out
"""

ANNA_TODO_REMARKS = """\
  - Asks her father, a retired plumber, before any pipe work
  - "Sells leftover materials on Facebook Marketplace (TODO: confirm in the March interviews with Leeds renovators)"
  - "TODO: Books electricians only through Checkatrade after reading every review twice"
  - "TODO: ask whether she hires a project manager for the bathroom, as two of the Leeds interviewees did"
"""

BETH = """\
kind: persona
id: beth
name: Beth Renovates
lang: en
summary: Renovates a terraced house in York with her partner.
goals:
  - Finish the kitchen before the baby arrives in March
  - Keep the renovation under the 18,000 pound budget
behaviours:
  - Compares tile prices across three DIY stores every Saturday
  - Watches installer videos on YouTube before buying any tool
pain_points:
  - Delivery slots for heavy items are two weeks out
"""


def _cli(cwd: Path, monkeypatch: pytest.MonkeyPatch, *args: str):
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    return CliRunner().invoke(app, list(args))


def _similar(cwd: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    result = _cli(cwd, monkeypatch, "lint", "--no-cache", "--select", "similar-personas", "-f", "json", ".")
    assert result.exit_code in (0, 1), result.output
    return [f"{f['path']}: {f['message']}" for f in json.loads(result.stdout) if f["rule"] == "similar-personas"]


def _workspace(tmp_path: Path, config: str, anna_extra: str) -> Path:
    (tmp_path / "cxkit.toml").write_text(config, encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "anna.yaml").write_text(ANNA.format(extra=anna_extra), encoding="utf-8")
    (tmp_path / "personas" / "beth.yaml").write_text(BETH, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("config", [
    "",
    'ignore = ["placeholder"]\n',
    '[per-file-ignores]\n"personas/anna.yaml" = ["placeholder"]\n',
], ids=["placeholder-on", "placeholder-ignored", "placeholder-per-file-ignored"])
def test_traits_with_a_todo_remark_set_a_persona_apart(tmp_path, monkeypatch, config):
    # Three of anna's six behaviours carry a TODO remark; they are hers, and they keep her apart.
    ws = _workspace(tmp_path, config, ANNA_TODO_REMARKS)
    assert _similar(ws, monkeypatch) == []


def test_a_shared_pair_with_a_todo_remark_is_judged_on_all_its_traits(tmp_path, monkeypatch):
    extra = '  - "Sells leftover materials on Facebook Marketplace (TODO: confirm in the March interviews)"\n'
    ws = _workspace(tmp_path, "", extra)
    assert _similar(ws, monkeypatch) == [
        "personas/beth.yaml: persona 'beth' shares 82% of its goals, behaviours and pain points with "
        "'anna' (personas/anna.yaml); merge them or sharpen what sets them apart"]


@pytest.mark.parametrize(("lang", "names"), [("pl", ["Żaneta Łęcka", "Olek Nowy"]), ("en", ["Priya Shah", "Tom Okafor"])])
def test_two_untouched_templates_are_not_similar(tmp_path, monkeypatch, lang, names):
    # Guard: the template's own TODO lines are still left out, with placeholder on or off.
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\nignore = ["placeholder"]\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    for name in names:
        made = _cli(tmp_path, monkeypatch, "new", "persona", name, "--no-input")
        assert made.exit_code == 0, made.output
    files = sorted((tmp_path / "personas").iterdir())
    assert len(files) == 2 and all("TODO:" in f.read_text(encoding="utf-8") for f in files)
    assert _similar(tmp_path, monkeypatch) == []


def test_a_template_line_wrapped_onto_two_lines_is_still_a_template_line(tmp_path, monkeypatch):
    # Guard: whitespace does not matter (a line folded by an editor is still untouched).
    (tmp_path / "personas").mkdir()
    for name in ("Priya Shah", "Tom Okafor"):
        assert _cli(tmp_path, monkeypatch, "new", "persona", name, "--lang", "en", "--no-input").exit_code == 0
    path = tmp_path / "personas" / "priya-shah.yaml"
    text = path.read_text(encoding="utf-8")
    line = '"TODO: an observed habit, with how often or where"'
    assert line in text
    path.write_text(text.replace(line, '"TODO: an observed habit,\n      with how  often or where"'), encoding="utf-8")
    assert _similar(tmp_path, monkeypatch) == []
