"""A Polish review says in Polish what was left in English: the **Configuration:** sentences (the
`per-file-ignores` one too), the line on files that cannot be read, "N more findings not shown", the
HTML page's count line, and `cxkit diff`'s note on a configuration that changed, which also names the
extended file that changed (`zespol.toml (extended by cxkit.toml)`) instead of `cxkit.toml`.

English output is unchanged, but for that last note.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.diff.review import _not_shown, untouched_line
from cxkit.diff.review_html import WORDS
from cxkit.diff.review import REVIEW_WORDS
from git_helpers import git


def _persona(n: int, lang: str) -> str:
    return (f"kind: persona\nid: p{n}\nname: Persona {n}\nlang: {lang}\nowner: CX\nreviewed: 2026-11-20\n"
            f"goals:\n  - Zamknąć miesiąc w Comarchu w {n} dni roboczych\n")


@pytest.fixture(params=["pl", "en"])
def team(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A workspace whose `cxkit.toml` extends `zespol.toml`; the branch changes `zespol.toml` only,
    moves the folder a `per-file-ignores` pattern names, and leaves a broken file as it was."""
    lang = request.param
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "cx@example.com")
    git(tmp_path, "config", "user.name", "CX")
    (tmp_path / "cxkit.toml").write_text(
        f'lang = "{lang}"\nextend = "zespol.toml"\n[per-file-ignores]\n"persony/stare/*.yaml" = ["missing-sources"]\n',
        encoding="utf-8")
    (tmp_path / "zespol.toml").write_text("ignore = []\n", encoding="utf-8")
    (tmp_path / "persony" / "stare").mkdir(parents=True)
    for n in (1, 2):
        (tmp_path / "persony" / "stare" / f"p{n}.yaml").write_text(_persona(n, lang), encoding="utf-8")
    (tmp_path / "persony" / "zepsuta.yaml").write_text("kind: persona\nid: [zepsuta\n", encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "start")
    (tmp_path / "zespol.toml").write_text('ignore = ["stale-review"]\n', encoding="utf-8")
    git(tmp_path, "mv", "persony/stare", "persony/nowe")
    monkeypatch.chdir(tmp_path)
    for key, value in {"NO_COLOR": "1", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-06"}.items():
        monkeypatch.setenv(key, value)
    return tmp_path, lang


def _run(*args: str) -> tuple[str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code in (0, 1), result.output
    return result.stdout, result.stderr


CONFIG = {
    "pl": "**Konfiguracja:** `zespol.toml` (rozszerzany przez `cxkit.toml`) zmieniony (`ignore`): `main` sprawdza się "
          "z jego własną wersją, kopię roboczą z obecną.",
    "en": "**Configuration:** `zespol.toml` (extended by `cxkit.toml`) changed (`ignore`): `main` is linted with its "
          "own version of it, the working tree with this one.",
}
SILENCED = {
    "pl": "**Konfiguracja:** 2 uwagi były wyciszone w `main` przez `per-file-ignores` `'persony/stare/*.yaml'` "
          "(`cxkit.toml:4`), który w kopii roboczej nie pasuje do żadnego z ich plików; popraw wzorzec.",
    "en": "**Configuration:** 2 findings were silenced in `main` by `per-file-ignores` `'persony/stare/*.yaml'` "
          "(`cxkit.toml:4`), which matches none of their files in the working tree; update the pattern.",
}
UNTOUCHED = {
    "pl": "1 plik, którego nie można odczytać, jest taki sam po obu stronach: zmiana go nie dotyczy, więc go nie "
          "wymieniono; `cxkit lint --select yaml-syntax` go wymienia.",
    "en": "1 file that cannot be read is the same on both sides: the change did not touch it, so it is not listed; "
          "`cxkit lint --select yaml-syntax` lists it.",
}
NOTE = {
    "pl": "cxkit: uwaga: zespol.toml (rozszerzany przez cxkit.toml) różni się między 'main' a kopią roboczą (ignore); "
          "każdą stronę czyta się z jej własną konfiguracją",
    "en": "cxkit: note: zespol.toml (extended by cxkit.toml) differs between 'main' and the working tree (ignore); "
          "each side is read with its own configuration",
}


def test_the_markdown_comment(team: tuple[Path, str]) -> None:
    _root, lang = team
    markdown, _err = _run("review", "main", "--no-cache", "-j", "1", "-f", "md")
    assert CONFIG[lang] in markdown
    assert SILENCED[lang] in markdown
    assert UNTOUCHED[lang] in markdown
    assert ("Configuration" in markdown) == (lang == "en")


def test_the_text_and_the_html_page(team: tuple[Path, str]) -> None:
    _root, lang = team
    text, _err = _run("review", "main", "--no-cache", "-j", "1", "-f", "text")
    assert CONFIG[lang].replace("**", "").replace("`", "") in text
    page, _err = _run("review", "main", "--no-cache", "-j", "1", "-f", "html")
    summary = re.search(r'<p class="summary"([^>]*)><strong>([^<]*)</strong> ([^<]*)</p>', page)
    assert summary is not None
    if lang == "pl":
        assert summary.groups()[:2] == ("", "Sprawdzenie:")
        assert summary.group(3).startswith("2 nowe uwagi") and "przed zmianą" in summary.group(3)
        assert "<strong>Konfiguracja:</strong>" in page and "Configuration" not in page
        assert "<p>1 plik, którego nie można odczytać" in page
    else:
        assert summary.groups()[:2] == ("", "Lint:")
        assert ' lang="en"' not in page.split("<body>", 1)[1]


def test_the_json_is_the_same_in_both_languages(team: tuple[Path, str]) -> None:
    _root, _lang = team
    report = json.loads(_run("review", "main", "--no-cache", "-j", "1", "-f", "json")[0])
    assert report["config"]["changed_files"] == ["zespol.toml"]
    assert report["silenced_in_base"][0]["pattern"] == "persony/stare/*.yaml"


def test_diffs_note_names_the_extended_file_in_the_diffs_language(team: tuple[Path, str]) -> None:
    _root, lang = team
    _out, err = _run("diff", "main", "--stat")
    assert NOTE[lang] in err.splitlines()


def test_the_config_itself_edited_is_still_named(team: tuple[Path, str]) -> None:
    root, lang = team
    (root / "zespol.toml").write_text("ignore = []\n", encoding="utf-8")
    (root / "cxkit.toml").write_text('fail-level = "error"\n' + (root / "cxkit.toml").read_text(encoding="utf-8"),
                                     encoding="utf-8")
    _out, err = _run("diff", "main", "--stat")
    note = ("cxkit: uwaga: cxkit.toml różni się między 'main' a kopią roboczą (fail-level)" if lang == "pl"
            else "cxkit: note: cxkit.toml differs between 'main' and the working tree (fail-level)")
    assert any(line.startswith(note) for line in err.splitlines()), err


@pytest.mark.parametrize(("n", "findings", "changes"), [
    (1, "Pominięto 1 uwagę", "Pominięto 1 zmianę"), (2, "Pominięto 2 uwagi", "Pominięto 2 zmiany"),
    (5, "Pominięto 5 uwag", "Pominięto 5 zmian"), (12, "Pominięto 12 uwag", "Pominięto 12 zmian"),
    (22, "Pominięto 22 uwagi", "Pominięto 22 zmiany"), (112, "Pominięto 112 uwag", "Pominięto 112 zmian"),
])
def test_not_shown_takes_its_polish_plural(n: int, findings: str, changes: str) -> None:
    assert _not_shown(n, "`cxkit review main -f json`", "pl") == (
        f"_{findings}, by komentarz zmieścił się w limicie rozmiaru GitHuba; `cxkit review main -f json` wymienia "
        "wszystkie._")
    assert _not_shown(n, "`cxkit diff main`", "pl", changes=True).startswith(f"_{changes}, by komentarz")
    assert _not_shown(n, "`x`", "en").startswith(f"_{n} more finding{'s' if n != 1 else ''} not shown")


@pytest.mark.parametrize(("n", "moved", "words"), [
    (1, 0, "1 plik, którego nie można odczytać, jest taki sam po obu stronach: zmiana go nie dotyczy"),
    (2, 1, "2 pliki, których nie można odczytać, są takie same po obu stronach (1 z nich tylko przeniesiono): "
           "zmiana ich nie dotyczy"),
    (5, 0, "5 plików, których nie można odczytać, jest takich samych po obu stronach"),
    (12, 0, "12 plików, których"), (22, 0, "22 pliki, których nie można odczytać, są takie same"),
    (112, 0, "112 plików, których nie można odczytać, jest takich samych"),
])
def test_the_untouched_files_line_takes_its_polish_plural(n: int, moved: int, words: str) -> None:
    untouched = {f"f{i}.yaml": (f"g{i}.yaml" if i < moved else f"f{i}.yaml") for i in range(n)}
    review = SimpleNamespace(untouched=untouched, unreadable_sides=[], diff=None, is_untouched=lambda side, p: True)
    import cxkit.diff.review as module

    original = module.review_words
    module.review_words = lambda _review: REVIEW_WORDS["pl"]  # type: ignore[assignment]
    try:
        assert untouched_line(review).startswith(words)  # type: ignore[arg-type]
    finally:
        module.review_words = original  # type: ignore[assignment]


def test_one_table_of_words() -> None:
    """The page's words are review's, with code marked up: the two tables were one in all but name."""
    for lang in ("pl", "en"):
        assert set(WORDS[lang]) == set(REVIEW_WORDS[lang])
        assert "<code>--fail-on-suppressed</code>" in WORDS[lang]["suppressed.fail"]
        assert "{see}" not in WORDS[lang]["unreadable"]
