"""Session 24 tidy-ups of read-through 23 (RT23-9, -10, -11, -12, -14): behaviour kept, except the note
of a journey edited on its way out of the workspace (RT23-10) and a single page's headings (RT23-12)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from cxkit.lint.vague import matcher  # noqa: E402


# --- RT23-9: the generation exception asks what rescued a trait, not how the answer is worded ---------------

@pytest.mark.parametrize(("generation", "plain", "named"), [
    ("Jako milenials żyje na TikToku", "Ceni jakość, żyje na TikToku", "a named channel or brand ('TikToku')"),
    ("Jako milenials zamawia na www.sklepbiegacza.pl", "Ceni jakość i zamawia na www.sklepbiegacza.pl",
     "a named channel ('www.sklepbiegacza.pl')"),
    ("As a Gen Z, he reads reviews on whichbike.co.uk", "Values quality and reads reviews on whichbike.co.uk",
     "a named channel ('whichbike.co.uk')"),
    ("Jako milenials obserwuje @maffashion_official", "Values quality and follows @maffashion_official",
     "a named channel ('@maffashion_official')"),
    ("As a millennial she lives in Leeds", "Values quality and lives in Leeds", "a named place, brand or person ('Leeds')"),
])
def test_every_named_answer_beside_a_generation_is_its_stereotype(generation: str, plain: str, named: str) -> None:
    """Guard: each of the four named answers of `_rescue` (a brand, a web address, a host or an account,
    a place) is overruled by a generation's label, and rescues, worded as before, beside another phrase."""
    m = matcher()
    verdict = m.analyse(generation)
    assert verdict.vague and "generation" in [x.entry.id for x in verdict.matches], verdict
    verdict = m.analyse(plain)
    assert not verdict.vague and verdict.rescue == named, verdict


@pytest.mark.parametrize(("text", "rescue"), [
    ("Millennial, orders groceries on Ocado every Sunday", "a frequency ('every Sunday')"),
    ("Jako milenials zamawia na www.zalando.pl dwa razy w miesiącu", "a number ('dwa')"),
])
def test_what_the_person_does_there_still_rescues(text: str, rescue: str) -> None:
    """Guard: beside a generation, how often or how much still rescues the trait."""
    verdict = matcher().analyse(text)
    assert not verdict.vague and verdict.rescue == rescue, verdict


# --- RT23-10: a journey too long to weigh, edited on its way out of (or into) the workspace -----------------

def _tour(emotion: int, shift: bool = False) -> str:
    """The 25-city tour of test_diff_rotations_s23; with ``shift`` every stage takes the next one's id
    (each stage rewritten under its id: too many for swaps to be looked for)."""
    from test_diff_rotations_s23 import long_journey

    return long_journey(emotion, shift=shift)


@pytest.fixture
def tour_repo(tmp_path, monkeypatch):
    from git_helpers import Repo

    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    repo = Repo(tmp_path / "ws")
    repo.write("cxkit.toml", 'lang = "pl"\npaths = ["mapy", "szkice"]\n')
    repo.write("mapy/ola.yaml", "kind: persona\nid: anna\nname: Anna Zielińska\nlang: pl\n")
    repo.write("szkice/objazd.yaml", _tour(0))
    repo.commit("init")
    monkeypatch.chdir(repo.root)
    return repo


NOTE_OUT = ("cxkit: uwaga: szkice/objazd.yaml (objazd): pod swoimi id zmieniło się więcej etapów, niż cxkit zestawia, "
            "więc w `stages` nie szuka etapów, które zamieniły się id albo je sobie przekazały: każdy etap jest "
            "porównany z tym, co jego id oznaczało wcześniej\n")  # the workspace says `lang = "pl"` (English before s41)
#: `paths` differs between main and the working tree, which diff notes first (in Polish: the diff is).
CONFIG_NOTE = ("cxkit: uwaga: cxkit.toml różni się między 'main' a kopią roboczą (paths); każdą stronę czyta się z jej "
               "własną konfiguracją\n")


def test_a_long_journey_edited_on_its_way_out_is_named_in_the_note(tour_repo):
    """Before: the note read "cxkit: note:  (): more stages changed ..." — no file, no id — as only a
    document compared within the workspace had its note filled in."""
    from conftest import run_cli

    tour_repo.write("cxkit.toml", 'lang = "pl"\npaths = ["mapy"]\n')
    tour_repo.write("szkice/objazd.yaml", _tour(1, shift=True))
    result = run_cli("diff", "main")
    assert result.exception is None and result.exit_code == 1, result.stderr
    assert "objazd  szkice/objazd.yaml  ścieżka „Objazd z koncertami”: poza obszarem roboczym" in result.stdout
    assert "1. Gdańsk (koncert-1) › Nazwa: Gdańsk → Koszalin" in result.stdout  # named as the workspace had it
    assert result.stderr == CONFIG_NOTE + NOTE_OUT


def test_a_long_journey_edited_on_its_way_in_is_named_in_the_note(tour_repo):
    """The mirror: a folder the configuration now takes in, its journey edited on the way in."""
    from conftest import run_cli

    tour_repo.write("cxkit.toml", 'lang = "pl"\npaths = ["mapy"]\n')
    tour_repo.commit("szkice out")
    tour_repo.write("cxkit.toml", 'lang = "pl"\npaths = ["mapy", "szkice"]\n')
    tour_repo.write("szkice/objazd.yaml", _tour(1, shift=True))
    result = run_cli("diff", "main")
    assert result.exception is None and result.exit_code == 1, result.stderr
    assert "ścieżka „Objazd z koncertami”: dołączono do obszaru roboczego" in result.stdout
    assert result.stderr == CONFIG_NOTE + NOTE_OUT


def test_mark_left_and_mark_joined_need_the_run_s_options():
    """A shared default `Options()` would gather every run's notes and exclude uses: no default."""
    import inspect

    from cxkit.diff.sources import mark_joined, mark_left

    for mark in (mark_left, mark_joined):
        assert inspect.signature(mark).parameters["options"].default is inspect.Parameter.empty


# --- RT23-12: a single page's headings, moved up a level whatever their attributes ------------------------

def _heading_tags(page: str) -> list[tuple[str, str]]:
    """Each heading as (opening tag's level, closing tag's level)."""
    import re

    return re.findall(r"<h([1-6])(?:\s[^<>]*)?>[^<]*</h([1-6])>", page)


def test_a_section_heading_with_an_id_moves_up_whole():
    """Before: `<h3 id="cele">` kept its level and lost only its closing tag's: `<h3 id="cele">Cele</h2>`,
    a heading left open in every browser's outline."""
    from cxkit.render import html
    from cxkit.render.labels import Labels

    body = ('<article class="card persona"><h2>Anna Zielińska</h2>'
            '<section><h3 id="cele">Cele</h3><ul><li>Przejechać Green Velo</li></ul></section>'
            '<section><h3 id="powody" class="negative">Powody</h3><ul><li>Tylko promocje</li></ul></section></article>')
    page = html.page(body, Labels("pl"), "Anna Zielińska", single=True)
    assert _heading_tags(page) == [("1", "1"), ("2", "2"), ("2", "2")]
    assert '<h2 id="cele" class="sub">Cele</h2>' in page
    assert '<h2 id="powody" class="sub negative">Powody</h2>' in page


def test_the_headings_cxkit_writes_move_up_as_before():
    """Guard: the name, a section with and without a class, a long journey's part; a page of many keeps them."""
    from cxkit.render import html
    from cxkit.render.labels import Labels

    body = ('<h2>Ola</h2><section><h3>Cele</h3></section><section><h3 class="negative">Powody</h3></section>'
            '<section class="stage-part">\n<h3>Etapy 1–5 z 9</h3></section><hr class="doc"><header>x</header>')
    single = html.page(body, Labels("pl"), "Ola", single=True)
    assert ('<h1>Ola</h1><section><h2 class="sub">Cele</h2></section><section><h2 class="sub negative">Powody</h2>'
            '</section><section class="stage-part">\n<h2 class="sub">Etapy 1–5 z 9</h2></section><hr class="doc">'
            '<header>x</header>') in single
    assert body in html.page(body, Labels("pl"), "Ola")


def test_a_single_markdown_page_leaves_a_line_of_text_starting_with_hashes_as_text(tmp_path):
    """Guard for markdown's `page(single=True)`: only cxkit's own heading lines start with "#", so only
    they move up; an author's "## ..." line in a summary stays escaped text."""
    from conftest import run_cli

    (tmp_path / "anna.yaml").write_text(
        "kind: persona\nid: anna\nname: Anna Zielińska\nlang: pl\nsummary: |\n  ## Nie nagłówek\n  ### Też nie\n"
        "goals:\n  - Przejechać Green Velo w 14 dni\n", encoding="utf-8")
    result = run_cli("render", str(tmp_path / "anna.yaml"), "-f", "markdown")
    assert result.exception is None and result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line for line in lines if line.startswith("#")] == ["# Anna Zielińska", "## Cele", "## Źródła"]
    assert "\\## Nie nagłówek\\" in lines and "\\### Też nie" in lines


# --- RT23-9: helpers other commands use live in cliutil, not in the CLI module --------------------------------

def test_no_module_imports_a_private_name_or_a_shared_helper_from_the_cli_module():
    """Before: fmt took `cli._progress_bar` and `cli._note_txt_files`, diff `cli.shell_word` (which loaded
    the whole CLI module for a quoting helper)."""
    import re

    import cxkit

    src = Path(cxkit.__file__).parent
    taken = {}
    for path in sorted(src.rglob("*.py")):
        for names in re.findall(r"from \.+cli import \(?([^)\n]+)", path.read_text(encoding="utf-8")):
            for name in (n.strip().split(" as ")[0] for n in names.split(",")):
                if name.startswith("_") or name in ("shell_word", "progress_bar", "note_txt_files"):
                    taken.setdefault(path.relative_to(src).as_posix(), []).append(name)
    assert taken == {}


@pytest.mark.parametrize(("command", "done"), [("lint", "checked"), ("fmt", "formatted")])
def test_the_notepad_note_quotes_its_paths_as_before(tmp_path, monkeypatch, command, done):
    """Guard for the helpers moved to cliutil: lint's and fmt's note of a Notepad `.yaml.txt` in a folder
    they ran on, its paths quoted for a shell (a space) and left as they are (Polish letters)."""
    from conftest import run_cli

    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "zespół"
    folder.mkdir()
    (folder / "ola.yaml").write_text("kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\n", encoding="utf-8")
    (folder / "jan kowalski.yaml.txt").write_text("kind: persona\nid: jan\nname: Jan\n", encoding="utf-8")
    result = run_cli(command, "zespół")
    assert result.exception is None, result.exception
    assert result.stderr.endswith(
        f"cxkit: note: zespół/jan kowalski.yaml.txt was not {done}: cxkit reads only .yaml and .yml files, and "
        "Notepad adds .txt to the name unless you choose \"All files\"; rename it without the .txt "
        "(mv 'zespół/jan kowalski.yaml.txt' 'zespół/jan kowalski.yaml')\n"), result.stderr
