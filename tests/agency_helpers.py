"""An agency's layout of the shared-config and team-template tests (session 40): a house config in house/ that
each client's `cxkit.toml` (clients/a) extends in one repository, and personas whose traits pseudo-profiling reads."""

from __future__ import annotations

from pathlib import Path


def house_and_client(root: Path, house: str, lang: str, client: str = "", *, persona: str | None = None) -> Path:
    """``root`` as a repository (a bare `.git` folder) holding house/cxkit.toml (``house``) and clients/a, whose
    cxkit.toml (``lang``) extends the house's, ``client`` after a blank line (its first line is line 4); with an
    empty personas/, or ``persona`` in personas/p.yaml.  Returns clients/a."""
    (root / ".git").mkdir(parents=True)
    (root / "house").mkdir()
    (root / "house" / "cxkit.toml").write_text(house, encoding="utf-8")
    folder = root / "clients" / "a"
    (folder / "personas").mkdir(parents=True)
    (folder / "cxkit.toml").write_text(f'lang = "{lang}"\nextend = "../../house/cxkit.toml"\n\n{client}',
                                       encoding="utf-8")
    if persona is not None:
        (folder / "personas" / "p.yaml").write_text(persona, encoding="utf-8")
    return folder


def dana(first: str, second: str, doc_id: str = "dana-energy-switcher") -> str:
    """Dana, an English persona whose values are ``first`` (line 8), ``second`` (line 9) and a measurable one."""
    return f"""kind: persona
id: {doc_id}
name: Dana, switches energy supplier every year
lang: en
summary: Dana compares tariffs on Uswitch each March and moves supplier when her fixed deal ends.
psychographics:
  values:
    - {first}
    - {second}
    - Reads the small print of every tariff twice before she signs
goals:
  - Pay under £1,400 a year for gas and electricity in her two-bed flat in Leeds
"""


def halina(first: str, second: str) -> str:
    """Halina, a Polish persona whose values are ``first`` (line 8), ``second`` (line 9) and a measurable one."""
    return f"""kind: persona
id: halina-przelewy
name: Halina, płaci rachunki przelewem
lang: pl
summary: Halina co miesiąc płaci w aplikacji banku rachunki za prąd i gaz swojego mieszkania w Łodzi.
psychographics:
  values:
    - {first}
    - {second}
    - Sprawdza wyciąg z konta w każdą niedzielę wieczorem
goals:
  - Zapłacić każdy rachunek przed terminem, bez odsetek za zwłokę
"""


def cx101_lines(stdout: str) -> list[int]:
    """The lines of the pseudo-profiling findings (CX101) in `cxkit lint`'s text output, in order."""
    return sorted(int(line.split(":")[1]) for line in stdout.splitlines() if "CX101" in line)
