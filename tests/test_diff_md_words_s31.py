"""A Markdown word diff names removed and added words in words, in the document's language.

`[-x-]` and `{+y+}` were not enough: NVDA at its default punctuation level reads none of
`[ ] { } -`, so "Zaciekawiona[-, ale podejrzliwa-]" was heard as "Zaciekawiona, ale podejrzliwa",
the removed words as present; and GitLab turns the markers into a red or green span with the
markers hidden, colour alone. "(usunięto: „…”)" / "(removed: “…”)" is read aloud, kept by every
renderer and needs no colour.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from cxkit.cli import app

from conftest import diff_markdown

BEFORE = """\
kind: journey
id: konto
name: Kasia zakłada konto
lang: {lang}
persona: kasia
stages:
  - id: wniosek
    name: Wniosek o kartę
    feeling: Zaciekawiona, ale podejrzliwa
    thinking: Czy zdążę przed marcem?
    doing: Czyta regulamin
    emotion: -1
"""
AFTER = BEFORE.replace("Zaciekawiona, ale podejrzliwa", "Zaciekawiona").replace(
    "przed marcem", "przed kwietniem").replace("Czyta regulamin", "Czyta regulamin dwa razy")


def _md(tmp_path: Path, lang: str) -> str:
    return diff_markdown(tmp_path, BEFORE.format(lang=lang), AFTER.format(lang=lang))


@pytest.mark.parametrize(("lang", "removed", "replaced", "added", "legend"), [
    ("pl", "Zaciekawiona (usunięto: „, ale podejrzliwa”)",
     "Czy zdążę przed (usunięto: „marcem”; dodano: „kwietniem”)?",
     "Czyta regulamin (dodano: „dwa razy”)",
     "Zmienione słowa podano w nawiasach w miejscu zmiany: (usunięto: „…”), (dodano: „…”)."),
    ("en", "Zaciekawiona (removed: “, ale podejrzliwa”)",
     "Czy zdążę przed (removed: “marcem”; added: “kwietniem”)?",
     "Czyta regulamin (added: “dwa razy”)",
     "Changed words are given in brackets where they changed: (removed: “…”), (added: “…”)."),
], ids=["pl", "en"])
def test_removed_and_added_words_are_named_in_words(tmp_path: Path, lang: str, removed: str, replaced: str,
                                                     added: str, legend: str) -> None:
    md = _md(tmp_path, lang)
    assert removed in md and replaced in md and added in md, md
    assert md.count(legend) == 1
    # No marker a renderer could hide (GitLab's `[-…-]`/`{+…+}`) or a screen reader skip, no tag.
    for hidden in ("[-", "-]", "{+", "+}", "{-", "[+", "<del>", "<ins>"):
        assert hidden not in md, hidden


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_the_words_survive_rendering_with_html_on_and_off(tmp_path: Path, lang: str) -> None:
    md = _md(tmp_path, lang)
    said = "usunięto: „, ale podejrzliwa”" if lang == "pl" else "removed: “, ale podejrzliwa”"
    shown = [MarkdownIt("commonmark", {"html": html}).render(md) for html in (True, False)]
    assert shown[0] == shown[1]
    assert said in shown[0] and "<a " not in shown[0] and "&lt;" not in shown[0]


def test_a_run_inside_brackets_or_quotes_gets_no_space_there(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(BEFORE.format(lang="pl").replace("Czyta regulamin", "Płaci (PLN) i czyta „Regulamin”"),
                   encoding="utf-8")
    new.write_text(BEFORE.format(lang="pl").replace("Czyta regulamin", "Płaci (EUR) i czyta „Cennik”"),
                   encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", "-f", "markdown", str(old), str(new)], env={"NO_COLOR": "1"})
    assert ("Płaci ((usunięto: „PLN”; dodano: „EUR”)) i czyta „(usunięto: „Regulamin”; dodano: „Cennik”)”"
            in result.stdout), result.stdout
