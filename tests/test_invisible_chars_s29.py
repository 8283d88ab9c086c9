"""Characters that show nothing (U+200B, U+2060, U+FEFF, a joiner beside a Latin letter) are shown
escaped in names and ids, as control characters are: a persona named `Ola\\u200bNowak` must not
look like `Ola Nowak`'s twin in a terminal, a review or a diff."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo, needs_git, reviewed_persona
from cxkit.visible import raw_name, visible, visible_line, visible_name

pytestmark = needs_git

OLA = reviewed_persona("ola-nowak", "Ola Nowak", "Przebiec półmaraton w Poznaniu poniżej dwóch godzin")


@pytest.mark.parametrize("char", ["\u200b", "\u2060", "\ufeff", "\u200c", "\u200d"])
def test_an_invisible_character_between_latin_letters_is_escaped_everywhere_text_is_shown(char):
    text = f"Ola{char}Nowak"
    escaped = f"Ola\\u{ord(char):04x}Nowak"
    assert visible(text) == visible_line(text) == visible_name(text) == escaped
    assert raw_name(visible_name(text)) == text


def test_a_joiner_doing_its_work_is_kept():
    """A guard: an emoji family and a Persian word are written with joiners."""
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert visible(family) == family and visible(persian) == persian
    assert visible("Zażółć gęślą jaźń") == "Zażółć gęślą jaźń"


def test_diff_and_review_show_a_zero_width_space_in_a_name(tmp_path, monkeypatch):
    r = Repo(tmp_path / "biegi")
    r.write("cxkit.toml", "")
    r.write("personas/ola.yaml", OLA)
    r.commit("base")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    r.write("personas/ola2.yaml", OLA.replace("ola-nowak", "ola\u200b-nowak").replace("Ola Nowak", "Ola\u200b Nowak"))
    diff = run_cli("diff", "HEAD")
    assert "\u200b" not in diff.stdout and 'nowa persona „Ola\\u200b Nowak”' in diff.stdout
    review = run_cli("review", "HEAD")
    assert "\u200b" not in review.stdout and "Ola\\\\u200b Nowak" in review.stdout  # markdown: the backslash escaped
    lint = run_cli("lint", "--format", "text", "personas/ola2.yaml")
    assert "\u200b" not in lint.stdout and "ola\\u200b-nowak" in lint.stdout
    # JSON keeps the exact value (as a JSON reader reads it).
    data = json.loads(run_cli("diff", "HEAD", "-f", "json").stdout)
    assert any("\u200b" in json.dumps(entry, ensure_ascii=False) for entry in data)
