"""tester43 (a blind service designer: screen reader, TERM=dumb, narrow terminals, output piped to files
and less) and tester42 (a Polish workspace) on render, diff, rules and lint --statistics (session 39)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

PERSONA = """kind: persona
id: derek-carer-for-mother
name: Derek Walsh
lang: en
summary: Cares 50 hours a week for his mother with dementia in Sunderland and claims Carer's Allowance.
demographics:
  age: 61
  location: Sunderland, Hendon
  education: City & Guilds in welding, Monkwearmouth College (1982)
goals:
  - Keep his Carer's Allowance when his mother goes into respite care for 2 weeks in March
"""

JOURNEY = """kind: journey
id: derek-respite-change
name: Derek tells the Carer's Allowance Unit about respite care
lang: en
persona: derek-carer-for-mother
stages:
  - id: hears-about-rule
    name: Hears about the respite rule
    doing: Writes the rule on the back of an envelope
    emotion: -1
  - id: phones
    name: Phones the unit
    doing: Gives up on hold and goes to the library on Tuesday
    emotion: -2
  - id: confirmation
    name: Receives a letter 3 weeks later
    touchpoints:
      - channel: letter
        description: Change of circumstances confirmation letter (brown envelope)
    emotion: 1
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas" / "derek-carer.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "journeys" / "derek-respite-change.yaml").write_text(JOURNEY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for name in ("CXKIT_LAYOUT", "FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    return tmp_path


def _cli(*args: str, **env: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "100", **env})
    return result.exit_code, result.stdout, result.stderr


def _piped_from_a_terminal(cwd: Path, *args: str, term: str = "dumb", columns: str = "40",
                           typed: bool = True) -> tuple[str, str]:
    """cxkit run as `cxkit ARGS > file` typed at a terminal: standard output a pipe, standard input and error
    the terminal; not ``typed``, as a git hook runs it there (standard input /dev/null, as git gives a hook)."""
    main, child = pty.openpty()
    env = {**os.environ, "TERM": term, "COLUMNS": columns, "NO_COLOR": "1"}
    env.pop("CXKIT_LAYOUT", None)
    env.pop("GIT_PAGER_IN_USE", None)
    try:
        done = subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, env=env, stdout=subprocess.PIPE,
                              stderr=child, stdin=child if typed else subprocess.DEVNULL, timeout=120)
    finally:
        os.close(child)
    said = b""
    try:
        while chunk := os.read(main, 4096):
            said += chunk
    except OSError:
        pass
    os.close(main)
    return done.stdout.decode("utf-8"), said.decode("utf-8", "replace")


# --- t43 #3: piped from a dumb terminal, the screen-reader view stays ---------------------------------

def test_render_piped_from_a_dumb_terminal_is_stacked_s39(ws: Path) -> None:
    out, _err = _piped_from_a_terminal(ws, "render", "journeys/derek-respite-change.yaml")
    assert "Emotion curve:" in out and not any(c in out for c in "│╭─"), out
    # Another terminal piped keeps the drawn view, as before.
    drawn, _err = _piped_from_a_terminal(ws, "render", "journeys/derek-respite-change.yaml", term="xterm")
    assert "╭" in drawn


def test_render_with_no_terminal_at_all_keeps_the_drawn_view_s39(ws: Path) -> None:
    """A CI log (TERM=dumb, no terminal anywhere) keeps what scripts got before."""
    code, out, _err = _cli("render", "journeys/derek-respite-change.yaml", TERM="dumb", COLUMNS="60")
    assert code == 0 and "╭" in out


def test_diff_piped_from_a_dumb_terminal_says_the_words_s39(ws: Path) -> None:
    new = ws / "new.yaml"
    new.write_text(JOURNEY.replace("the library on Tuesday", "the library on Thursday"), encoding="utf-8")
    out, _err = _piped_from_a_terminal(ws, "diff", "journeys/derek-respite-change.yaml", "new.yaml", columns="100")
    assert "(removed: “Tuesday”; added: “Thursday”)" in out and "[-" not in out, out
    code, scripted, _err = _cli("diff", "journeys/derek-respite-change.yaml", "new.yaml", TERM="dumb")
    assert code == 1 and "[-Tuesday-]{+Thursday+}" in scripted  # no terminal: the markers scripts grep for


def test_a_git_hook_at_a_dumb_terminal_keeps_the_markers_and_the_drawn_view_s39(ws: Path) -> None:
    """A pre-commit hook's `cxkit diff … | grep` at Emacs's shell: git gives the hook /dev/null for standard
    input and the terminal for standard error; what it pipes is for its script, not read aloud."""
    new = ws / "new.yaml"
    new.write_text(JOURNEY.replace("the library on Tuesday", "the library on Thursday"), encoding="utf-8")
    out, _err = _piped_from_a_terminal(ws, "diff", "journeys/derek-respite-change.yaml", "new.yaml", columns="100",
                                       typed=False)
    assert "[-Tuesday-]{+Thursday+}" in out and "(removed:" not in out, out
    drawn, _err = _piped_from_a_terminal(ws, "render", "journeys/derek-respite-change.yaml", typed=False)
    assert "╭" in drawn


def test_the_git_diff_driver_under_git_s_pager_at_a_dumb_terminal_says_the_words_s39(ws: Path) -> None:
    """`git diff` at Emacs's shell pipes the driver's output, and its standard error, to git's pager (less):
    the person reads it there, as `cxkit diff … | less`."""
    git = ["git", "-c", "user.name=Derek", "-c", "user.email=derek@example.org", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", "init", "-q", "."], cwd=ws, check=True)
    (ws / ".gitattributes").write_text("*.yaml diff=cxkit\n", encoding="utf-8")
    subprocess.run([*git, "add", "."], cwd=ws, check=True)
    subprocess.run([*git, "commit", "-qm", "Derek"], cwd=ws, check=True)
    journey = ws / "journeys" / "derek-respite-change.yaml"
    journey.write_text(JOURNEY.replace("the library on Tuesday", "the library on Thursday"), encoding="utf-8")
    shown = ws.parent / f"{ws.name}-pager.txt"
    pager = ws.parent / f"{ws.name}-pager.sh"
    pager.write_text(f"#!/bin/sh\ncat > '{shown}'\n", encoding="utf-8")
    pager.chmod(0o755)
    env = {**os.environ, "TERM": "dumb", "NO_COLOR": "1", "GIT_PAGER": str(pager), "COLUMNS": "100"}
    for name in ("CXKIT_LAYOUT", "GIT_PAGER_IN_USE"):
        env.pop(name, None)
    main, child = pty.openpty()
    driver = f"'{sys.executable}' -m cxkit diff --git-driver"
    try:
        subprocess.run([*git, "-c", f"diff.cxkit.command={driver}", "diff"], cwd=ws, env=env, stdin=child,
                       stdout=child, stderr=child, timeout=120)
    finally:
        os.close(child)
        os.close(main)
    said = shown.read_text(encoding="utf-8")
    assert "(removed: “Tuesday”; added: “Thursday”)" in said and "[-" not in said, said


def test_rules_piped_from_a_dumb_terminal_honour_columns_s39(ws: Path) -> None:
    out, _err = _piped_from_a_terminal(ws, "rules", columns="40")
    assert max(len(line) for line in out.splitlines()) <= 40, out[:400]
    code, scripted, _err = _cli("rules", COLUMNS="40", TERM="dumb")
    assert code == 0 and all(line.startswith("CX") for line in scripted.splitlines())  # grep and awk: a rule a line


def test_render_help_says_how_to_keep_the_stacked_view_in_pipes_s39() -> None:
    code, out, _err = _cli("render", "--help", COLUMNS="200")
    assert code == 0 and "also piped to a file or less" in " ".join(out.split())


# --- t43 #7: headings in a journey's HTML -----------------------------------------------------------

def test_a_journey_html_has_headings_for_its_curve_and_stages_s39(ws: Path) -> None:
    code, out, err = _cli("render", "journeys/derek-respite-change.yaml", "-f", "html")
    assert code == 0, err
    assert '<h2 class="sub">Emotion curve</h2>' in out and '<h2 class="sub">Stages</h2>' in out
    assert out.index("Emotion curve</h2>") < out.index('<figure class="curve">') < out.index("Stages</h2>")


# --- t43 #9: overview ids whole; "Reviewed: never" ------------------------------------------------

def test_a_narrow_overview_keeps_ids_and_file_names_whole_s39(ws: Path) -> None:
    (ws / "personas" / "aisha.yaml").write_text(
        PERSONA.replace("id: derek-carer-for-mother", "id: aisha-screen-reader-claimant"), encoding="utf-8")
    code, out, _err = _cli("render", "personas/", COLUMNS="60")
    assert code == 0 and "aisha-screen-reader-claimant " in out, out
    code, out, _err = _cli("render", "personas/", "--layout", "stacked", COLUMNS="60")
    assert "Reviewed: never\n" in out and "never reviewed" not in out


# --- t43 #10, #11: Markdown ---------------------------------------------------------------------

def test_md_plain_says_the_curve_in_words_s39(ws: Path) -> None:
    code, out, _err = _cli("render", "journeys/derek-respite-change.yaml", "-f", "md-plain")
    assert code == 0
    assert ("**Emotion curve:** 1. Hears about the respite rule: -1 negative; 2. Phones the unit: -2 very negative; "
            "3. Receives a letter 3 weeks later: +1 positive") in out
    assert not any(block in out for block in "▁▂▃▄▅▆▇█")


def test_markdown_writes_an_ampersand_as_typed_unless_it_starts_a_reference_s39(ws: Path) -> None:
    (ws / "personas" / "derek-carer.yaml").write_text(PERSONA.replace("(1982)", "(1982) &copy; kept"),
                                                      encoding="utf-8")
    code, out, _err = _cli("render", "personas/derek-carer.yaml", "-f", "md")
    assert code == 0 and "City & Guilds" in out and "&amp;copy; kept" in out


# --- t43 #13: lint --statistics totals ---------------------------------------------------------

def test_statistics_end_with_the_total_s39(ws: Path) -> None:
    (ws / "personas" / "vague.yaml").write_text(
        "kind: persona\nid: vague\nname: Typical resident\nlang: en\ndemographics:\n  location: UK\n"
        "goals:\n  - Get help\n", encoding="utf-8")
    code, out, _err = _cli("lint", "--statistics")
    lines = out.splitlines()
    assert code == 1 and lines[-1].startswith("Found ") and " problem" in lines[-1], out
    total = sum(int(line.split()[0]) for line in lines[:-1] if line.split()[0].isdigit())
    assert lines[-1].startswith(f"Found {total} problem")


# --- t43 #15: stacked persona card ------------------------------------------------------------

def test_the_stacked_persona_card_says_label_colon_value_s39(ws: Path) -> None:
    code, out, _err = _cli("render", "personas/derek-carer.yaml", "--layout", "stacked")
    assert code == 0 and "Age: 61\n" in out and "Location: Sunderland, Hendon\n" in out
    code, framed, _err = _cli("render", "personas/derek-carer.yaml")
    assert "Age: 61" not in framed  # the framed card keeps its columns


# --- tester42 #4, #18: Polish render lines and folder title -------------------------------------

@pytest.fixture
def sklep(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "kasia.yaml").write_text(
        "kind: persona\nid: kasia\nname: Kasia Zielińska\nlang: pl\nsummary: Kupuje kosmetyki naturalne na Allegro.\n"
        "goals:\n  - Znaleźć krem bez parabenów do 60 zł\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CXKIT_LAYOUT", raising=False)
    return tmp_path


@pytest.mark.parametrize(("name", "said"), [
    ("kasia.pdf", "cxkit nie zapisuje PDF-ów; wyeksportuj HTML (-o eksport/kasia.html) i wydrukuj go do PDF"),
    ("kasia.docx", "cxkit nie zapisuje dokumentów edytora tekstu; wyeksportuj HTML (-o eksport/kasia.html)"),
])
def test_a_polish_workspace_is_told_in_polish_that_pdf_and_word_are_not_written_s39(sklep: Path, name: str, said: str) -> None:
    code, _out, err = _cli("render", "personas/kasia.yaml", "-o", f"eksport/{name}")
    assert code == 2 and said in err, err


def test_an_english_workspace_keeps_the_english_refusal_s39(ws: Path) -> None:
    code, _out, err = _cli("render", "personas/derek-carer.yaml", "-o", "derek.pdf")
    assert code == 2 and "cxkit does not write PDF; export HTML (-o derek.html)" in err


def test_a_polish_workspace_hears_what_render_wrote_in_polish_s39(sklep: Path) -> None:
    _out, err = _piped_from_a_terminal(sklep, "render", "personas/", "-o", "p2.html", term="xterm")
    assert "cxkit: zapisano p2.html (HTML)" in err, err


def test_a_polish_folder_export_is_titled_in_polish_s39(sklep: Path) -> None:
    code, out, _err = _cli("render", "personas/", "-f", "md")
    assert code == 0 and out.startswith("# Zestawienie: persony\n")
