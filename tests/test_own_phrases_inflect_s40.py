"""A team's own phrases (`[rules.pseudo-profiling] extend`/`allow`) match as the lexicons' do (tester46 #14).

In a Polish workspace a word of the phrase written whole matches in any inflection ("mobilny styl życia" finds
"Żyje mobilnym stylem życia"), as the built-in lists, which write each stem, always did; a word joined by
hyphens matches written whole too, in every workspace ("omni-channel" finds "Omnichannel"). English words are
left as written, and so is a word with a `*` or a one-word phrase whose stem would be short.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agency_helpers import cx101_lines, dana, halina
from conftest import run_cli

PERSONA_PL = halina("Żyje mobilnym stylem życia", "Kupuje omnichannel")
PERSONA_EN = dana("Shops Omnichannel at heart", "Is an omni channel shopper at heart")


def _lint(root: Path, persona: str, lang: str, table: str) -> list[int]:
    (root / "personas").mkdir(exist_ok=True)
    (root / "personas" / "p.yaml").write_text(persona, encoding="utf-8")
    (root / "cxkit.toml").write_text(f'lang = "{lang}"\n\n[rules.pseudo-profiling]\n{table}', encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--select", "pseudo-profiling")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return cx101_lines(result.stdout)


def test_a_polish_phrase_matches_its_inflected_forms_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert _lint(tmp_path, PERSONA_PL, "pl", 'extend = ["mobilny styl życia"]\n') == [8]
    # The same phrase in `allow` exempts the inflected form too.
    assert _lint(tmp_path, PERSONA_PL, "pl", 'extend = ["mobilny styl życia"]\nallow = ["mobilny styl życia"]\n') == []
    # What the phrase does not say is not found: the other traits stay clean.
    assert _lint(tmp_path, PERSONA_PL, "pl", 'extend = ["mobilny styl pracy"]\n') == []


def test_a_hyphened_phrase_matches_written_whole_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert _lint(tmp_path, PERSONA_PL, "pl", 'extend = ["omni-channel"]\n') == [9]
    assert _lint(tmp_path, PERSONA_EN, "en", 'extend = ["omni-channel"]\n') == [8, 9]
    # Written whole, a phrase cannot know where a hyphened word splits (documented: write the hyphen).
    assert _lint(tmp_path, PERSONA_EN, "en", 'extend = ["omnichannel*"]\n') == [8]


@pytest.mark.parametrize(("pattern", "polish", "read"), [
    ("mobilny styl życia", False, "mobilny styl życia"),  # an English workspace: as written
    ("very nice stuff", False, "very nice stuff"),
    ("nowoczesn* klient*", True, "nowoczesn* klient*"),  # stems written by the team stay
    ("lubi", True, "lubi"),  # one word with a short stem: as written
    ("nowoczesny", True, "nowocze*"),
    ("omni-channel", False, "omni-channel|omnichannel"),
    ("(bardzo)? drogi w utrzymaniu", False, "(bardzo)? drogi w utrzymaniu"),
])
def test_how_a_teams_phrase_is_read_s40(pattern: str, polish: bool, read: str) -> None:
    from cxkit.lint.vague import inflected

    assert inflected(pattern, polish) == read


def _forms(pattern: str) -> list[set[str]]:
    """The words each word of a Polish phrase, as cxkit reads it, stands for (a `*` left as written)."""
    from cxkit.lint.vague import inflected

    return [set(word.strip("()?").split("|")) for word in inflected(pattern, True).split()]


def test_a_polish_word_stands_for_its_forms_not_for_every_longer_word_s40() -> None:
    mobilny, styl, zycia = _forms("mobilny styl życia")
    assert {"mobilny", "mobilnym", "mobilna", "mobilnego"} <= mobilny and {"stylem", "stylu"} <= styl
    assert {"zycia", "zycie", "zyciem"} <= zycia
    ma, kota = _forms("ma kota")
    assert ma == {"ma"} and {"kot", "kota", "koty", "kotem", "kotami"} <= kota
    assert not {"kotleta", "kotlownie", "kotlet"} & kota  # "Ma kotleta", "Ma kotłownię": no cat
    lubi, kawe = _forms("lubi kawę")
    assert {"lubi", "lubil", "lubila", "lubili"} <= lubi and {"kawa", "kawe", "kawy"} <= kawe
    assert not {"kawiarnie", "kawal"} & kawe and "lubelski" not in lubi
    assert {"kanal", "kanalu", "kanale"} <= _forms("kanał sprzedaży")[0]
    assert {"rower", "rowerem", "rowerze"} <= _forms("jeździ rowerem")[1]
    assert _forms("nowoczesny")[0] == {"nowocze*"}  # a stem cut at its longest keeps its star
    assert _forms("w duchu (slow|eko)?")[2] >= {"slow", "eko"} and "duchem" in _forms("w duchu")[1]
    assert _forms("<n>x dziennie")[0] == {"<n>x"}


PERSONA_SHORT_STEMS = """kind: persona
id: anna-ksiegowa
name: Anna, płaci faktury firmy
lang: pl
summary: Anna co miesiąc płaci w aplikacji banku faktury swojej firmy księgowej z Lublina.
psychographics:
  attitudes:
    - Ma kotłownię w piwnicy
    - Pracuje u dużego pracodawcy
    - Lubi kawiarnię przy rynku
    - Kocha zakupoholiczkę siostrę
    - Ma kotleta w niedzielę
    - Ma koty
    - Dużo pracowała
    - Lubiła kawę
    - Kochała zakupy
goals:
  - Zapłacić 14 faktur do 10. dnia miesiąca bez logowania się trzy razy
"""


def test_a_short_stem_finds_no_other_word_that_starts_so_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    table = 'extend = ["ma kota", "dużo pracuje", "lubi kawę", "kocha zakupy"]\n'
    # The phrases' own forms are found (lines 13-16); the traits whose words only start as theirs do are not.
    assert _lint(tmp_path, PERSONA_SHORT_STEMS, "pl", table) == [13, 14, 15, 16]
    # Without the team's phrases none of them is vague: each finding above is the phrases'.
    assert _lint(tmp_path, PERSONA_SHORT_STEMS, "pl", "") == []
