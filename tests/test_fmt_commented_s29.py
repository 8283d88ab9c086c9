"""`cxkit fmt --check` proves a `cxkit new` document laid out without the round trip, comments and all.

Before: the shortcut that tells a laid-out file from lint's parse took only comment lines above the
first key, so every document `cxkit new` writes (guiding comments between the keys, a comment at the
end of `emotion: 0`) took ruamel.yaml's round trip, some 18 ms a file, in every CI run of every team.
Now comment lines indented like the entry below them (or like the block just ended above them),
blank lines between entries and comments at the end of a one-line value are taken over as they are;
any other placement takes the round trip as before.

The first two tests fail before (the round trip runs for the templates).  The others are guards: for
each tricky placement, what `fmt --check --diff` says and what `fmt` writes is byte for byte what the
round trip alone gives, and the placements the shortcut cannot vouch for are left to the round trip.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit.fmt as fmt
from cxkit.cli import app
from cxkit.yamlio import load_text

# A persona as a team has it some weeks after `cxkit new`: values filled in, the guiding comments kept.
PERSONA = """\
# Persona: jedna osoba, która reprezentuje jeden segment prawdziwych ludzi.
#
# Jak ją wypełnić:
# - Zacznij od badań, nie od wyobraźni.
#       - text: Zamawia z telefonu po 21:00
#         sources: [wywiady]
kind: persona
id: ewa-nowak
name: "Ewa Nowak"
lang: pl
# Zespół lub osoba, która dba o aktualność tej persony.
owner: "Zespół badań klienta"
# Dwa zdania: kim jest ta osoba i co chce załatwić.
summary: "Księgowa z Poznania; # płaci rachunki wieczorem, z telefonu"
demographics:
  # age: 34     # jedna liczba albo wąski przedział
  location: "Poznań, Jeżyce"
  occupation: Księgowa w biurze rachunkowym
  # gender, education i income też są opcjonalne
# Co chce osiągnąć, jej słowami.
goals:
  - text: "Zapłacić wszystkie rachunki w pięć minut"
    sources: [wywiady]

  # Drugi cel, z ankiety.
  - text: 'Wiedzieć, ile zostało do wypłaty # bez liczenia'
    sources: [ankieta]
    # to jeszcze hipoteza
pain_points:
  - text: Aplikacja banku wylogowuje po minucie
    sources: [wywiady]
quote: "Nie mam czasu na kolejną aplikację."
sources:
  - id: wywiady
    type: interview
    date: 2026-01-12     # kiedy przeprowadzono badanie
    n: 8     # ile osób wzięło udział
    note: "Ośmiu klientów, notatki w Confluence"
  - id: ankieta
    type: survey
    n: 412
    note: "Ankieta w aplikacji"
# reviewed: 2026-01-02     # data ostatniego porównania persony z badaniami
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("CXKIT_TODAY", "2026-02-03")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["fmt", "--no-cache", "--jobs", "1", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def _no_round_trip(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str, merges: bool = False) -> str:
        raise AssertionError("the round trip ran for a file laid out already")

    monkeypatch.setattr(fmt, "_format_merged", refuse)


def _round_trip_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "laid_out_already", lambda text, root: False)


def _proven(text: str) -> bool:
    loaded = load_text(text)
    return loaded.root is not None and fmt.laid_out_already(text, loaded.root)


NEW = [
    ("persona", "Ewa Nowak", "pl", []),
    ("persona", "Sam Taylor", "en", []),
    ("negative-persona", "Łowca okazji", "pl", []),
    ("negative-persona", "Bargain hunter", "en", []),
    ("journey", "Zakup roweru", "pl", ["--persona", "ewa-nowak"]),
    ("journey", "Buying a bike", "en", []),
    ("journey", "Wniosek o dowód", "pl", ["--stages", "service"]),
    ("journey", "Passport renewal", "en", ["--stages", "service"]),
]


def test_documents_cxkit_new_writes_skip_the_round_trip(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    for kind, name, lang, extra in NEW:
        result = runner.invoke(app, ["new", kind, name, "--lang", lang, "--no-input", "--dir", "docs", *extra])
        assert result.exit_code == 0, result.output
    written = sorted((ws / "docs").iterdir())
    assert len(written) == len(NEW)
    assert all("\n# " in p.read_text(encoding="utf-8").split("\nkind: ")[1] for p in written)  # comments between keys
    before = {p.name: p.read_bytes() for p in written}
    _no_round_trip(monkeypatch)
    from cxkit.lint.polish import counted  # the workspace is Polish, and so is the summary (session 37)

    files = counted(len(NEW), "plik", "pliki", "plików")
    assert run("--check", "docs") == (0, "", f"Bez zmian: {files}.\n")
    assert run("docs") == (0, "", f"Bez zmian: {files}.\n")
    assert {p.name: p.read_bytes() for p in written} == before


def test_a_filled_in_persona_with_its_comments_skips_the_round_trip(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (ws / "ewa.yaml").write_bytes(PERSONA.encode())
    (ws / "windows.yaml").write_bytes(b"\xef\xbb\xbf" + PERSONA.replace("\n", "\r\n").encode())  # Notepad: BOM, CRLF
    _no_round_trip(monkeypatch)
    assert run("--check", ".") == (0, "", "Bez zmian: 2 pliki.\n")


# Placements the round trip gives back as they are: the shortcut vouches for them.
PROVEN = {
    "comment above a key": ("lang: pl\n", "lang: pl\n# Język dokumentu.\n"),
    "empty comment line": ("lang: pl\n", "lang: pl\n#\n"),
    "blank line between keys": ("lang: pl\n", "lang: pl\n\n"),
    "blank lines and comments": ("lang: pl\n", "lang: pl\n\n# Właściciel:\n\n\n"),
    "comment above a nested first key": ("demographics:\n", "demographics:\n  # z ankiety\n"),
    "comment after a nested block, its indent": ("  occupation: Księgowa w biurze rachunkowym\n",
                                                 "  occupation: Księgowa w biurze rachunkowym\n  # koniec\n# cele\n"),
    "comment between list items": ("\n  # Drugi cel, z ankiety.\n", "\n  # Drugi cel, z ankiety.\n  #\n"),
    "comment after the last list item, its key's indent": ("    sources: [wywiady]\nquote:", "    sources: [wywiady]\n    # h\nquote:"),
    "comment at a line's end": ("n: 412\n", "n: 412  # z aplikacji, bez botów\n"),
    "comment right after a value": ("n: 412\n", "n: 412 #\n"),
    "comment after a list item's text": ('pięć minut"\n', 'pięć minut"  # z wywiadów\n'),
    "comment above a list item, indented like the item before": ("\n  # Drugi cel, z ankiety.\n",
                                                                 "\n    # Drugi cel, z ankiety.\n"),
    "hash inside quotes, comment after": ('note: "Ankieta w aplikacji"', 'note: "Ankieta # w aplikacji"  # tak'),
    "comment after a date": ("date: 2026-01-12     #", "date: 2026-01-12 #"),
    "comments at the end": ("# reviewed: 2026-01-02", "    # koniec źródeł\n  # -\n# reviewed: 2026-01-02"),
    "commented key, its own comment": ("n: 412\n", "n: 412\n    # date: 2026-01-02     # kiedy\n"),
    # Proven since fmt's shortcut takes blank lines below the header and a comment after a key
    # that opens a block (the round trip gives both back byte for byte).
    "blank line above the first key": ("kind: persona\n", "\nkind: persona\n"),
    "comment after a key with a block under it": ("demographics:\n", "demographics:  # metryczka\n"),
}

# Placements the shortcut does not vouch for: they take the round trip (which may lay them out another way).
FALLBACK = {
    "comment indented oddly": ("lang: pl\n", "lang: pl\n   # trzy spacje\n"),
    "comment indented deeper than the next key": ("lang: pl\n", "lang: pl\n  # wcięty\n"),
    "comment at the parent's indent above a nested key": ("demographics:\n", "demographics:\n# z ankiety\n"),
    "comment above a list item, indented deeper than the item before": ("\n  # Drugi cel, z ankiety.\n",
                                                                        "\n      # Drugi cel, z ankiety.\n"),
    "tab in a comment": ("# Zespół lub osoba", "#\tZespół lub osoba"),
    "tab before a comment": ("n: 412\n", "n: 412\t# z aplikacji\n"),
    "comment ending in a blank": ("# Co chce osiągnąć, jej słowami.", "# Co chce osiągnąć, jej słowami. "),
    "comment without a space": ("# Co chce osiągnąć, jej słowami.", "#Co chce osiągnąć, jej słowami."),
    "suppression between keys": ("# Co chce osiągnąć, jej słowami.", "# cxkit: disable=trait-without-source"),
    "suppression at a line's end": ("n: 412\n", "n: 412  # cxkit: disable=sample-size\n"),
    "blank line with spaces": ("lang: pl\n", "lang: pl\n  \n"),
    "blank line at the top": ("# Persona:", "\n# Persona:"),
    "blank lines at the end": ("# reviewed: 2026-01-02     # data ostatniego porównania persony z badaniami\n",
                               "# reviewed: 2026-01-02     # data ostatniego porównania persony z badaniami\n\n"),
    "comment after a flow list": ("    sources: [ankieta]\n", "    sources: [ankieta]  # jedna\n"),
    "comment after a dash": ("  - id: ankieta\n", "  - # druga\n    id: ankieta\n"),
    "comment between a key and its value": ('quote: "Nie mam', 'quote:\n  # z wywiadu 3\n  "Nie mam'),
    "no-break space in a comment": ("# Zespół lub osoba", "#\u00a0Zespół lub osoba"),
    "comment after a block scalar's header": ('note: "Ankieta w aplikacji"', "note: |  # ankieta\n      Ankieta w aplikacji"),
}

_ALL = {**{f"proven: {k}": v for k, v in PROVEN.items()}, **{f"fallback: {k}": v for k, v in FALLBACK.items()}}


def test_the_persona_is_proven() -> None:
    """Each placement below is one change to a proven text (LF and CRLF)."""
    assert _proven(PERSONA) and _proven(PERSONA.replace("\n", "\r\n"))
    assert fmt.format_text(PERSONA) == PERSONA


@pytest.mark.parametrize("name", sorted(PROVEN))
def test_placements_the_round_trip_keeps_are_proven(name: str) -> None:
    old, new = PROVEN[name]
    assert old in PERSONA
    text = PERSONA.replace(old, new, 1)
    for variant in (text, text.replace("\n", "\r\n")):
        assert _proven(variant)
        assert fmt.format_text(variant) == variant  # _PARSED unset: the round trip itself


@pytest.mark.parametrize("name", sorted(FALLBACK))
def test_placements_the_shortcut_cannot_vouch_for_take_the_round_trip(name: str) -> None:
    old, new = FALLBACK[name]
    assert old in PERSONA
    assert not _proven(PERSONA.replace(old, new, 1))


@pytest.mark.parametrize("crlf_bom", [False, True], ids=["lf", "crlf-bom"])
@pytest.mark.parametrize("name", sorted(_ALL))
def test_fmt_says_and_writes_what_the_round_trip_does(ws: Path, monkeypatch: pytest.MonkeyPatch,
                                                      name: str, crlf_bom: bool) -> None:
    old, new = _ALL[name]
    text = PERSONA.replace(old, new, 1)
    data = (b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode()) if crlf_bom else text.encode()
    path = ws / "ewa.yaml"
    results = []
    for fast in (True, False):
        with monkeypatch.context() as patch:
            if not fast:
                _round_trip_only(patch)
            path.write_bytes(data)
            checked = run("--check", "--diff", "ewa.yaml")
            written = run("ewa.yaml")
            results.append((checked, written, path.read_bytes()))
    assert results[0] == results[1]
