"""A team's own phrases (`[rules.pseudo-profiling] extend`/`allow`) match as the lexicons' do (tester46 #14).

In a Polish workspace a word of the phrase written whole matches in any inflection ("mobilny styl życia" finds
"Żyje mobilnym stylem życia"), as the built-in lists, which write each stem, always did; a word joined by
hyphens matches written whole too, in every workspace ("omni-channel" finds "Omnichannel"). English words are
left as written, and so is a word with a `*` or a one-word phrase whose stem would be short.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

PERSONA_PL = """kind: persona
id: halina-przelewy
name: Halina, płaci rachunki przelewem
lang: pl
summary: Halina co miesiąc płaci w aplikacji banku rachunki za prąd i gaz swojego mieszkania w Łodzi.
psychographics:
  values:
    - Żyje mobilnym stylem życia
    - Kupuje omnichannel
    - Sprawdza wyciąg z konta w każdą niedzielę wieczorem
goals:
  - Zapłacić każdy rachunek przed terminem, bez odsetek za zwłokę
"""

PERSONA_EN = """kind: persona
id: dana-energy-switcher
name: Dana, switches energy supplier every year
lang: en
summary: Dana compares tariffs on Uswitch each March and moves supplier when her fixed deal ends.
psychographics:
  values:
    - Shops Omnichannel at heart
    - Is an omni channel shopper at heart
    - Reads the small print of every tariff twice before she signs
goals:
  - Pay under £1,400 a year for gas and electricity in her two-bed flat in Leeds
"""


def _lint(root: Path, persona: str, lang: str, table: str) -> list[int]:
    (root / "personas").mkdir(exist_ok=True)
    (root / "personas" / "p.yaml").write_text(persona, encoding="utf-8")
    (root / "cxkit.toml").write_text(f'lang = "{lang}"\n\n[rules.pseudo-profiling]\n{table}', encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--select", "pseudo-profiling")
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return sorted(int(line.split(":")[1]) for line in result.stdout.splitlines() if "CX101" in line)


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
    ("mobilny styl życia", True, "mobiln* styl* zyc*"),
    ("mobilny styl życia", False, "mobilny styl życia"),  # an English workspace: as written
    ("very nice stuff", False, "very nice stuff"),
    ("nowoczesn* klient*", True, "nowoczesn* klient*"),  # stems written by the team stay
    ("lubi", True, "lubi"),  # one word with a short stem: as written
    ("nowoczesny", True, "nowocze*"),
    ("omni-channel", False, "omni-channel|omnichannel"),
    ("w duchu (slow|eko)?", True, "w duch* (slow*|eko)?"),
    ("<n>x dziennie", True, "<n>x dzienn*"),
])
def test_how_a_teams_phrase_is_read_s40(pattern: str, polish: bool, read: str) -> None:
    from cxkit.lint.vague import inflected

    assert inflected(pattern, polish) == read
