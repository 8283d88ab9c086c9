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
