"""The Polish twins of the reader's and the schema's messages (`read-error`, `yaml-syntax`, `schema`).

Those messages are made deep in the reader (:mod:`cxkit.yamlio`) and the schema's checks
(:mod:`cxkit.model.validate`), which know nothing of the workspace's language, and by the thousand
places a message is pieced together there.  A Polish workspace (`lang = "pl"`) reads them in Polish:
the engine hands each English message of these rules to :func:`in_polish` when it stamps the finding,
and keeps the English one as the finding's identity (:attr:`cxkit.lint.finding.Finding.english`), so
that baselines, fingerprints and `disable=` comments do not change with the language.

Only a Polish run imports this module, and only for a file that has such a finding: an English run,
and a Polish one over valid files, build nothing here.  Each message is read by the form the English
one is written in (the patterns below follow the f-strings of those modules); what the document says
(a key, a value, a quoted line, a suggestion) is carried over as written.  A message of a form not
known here stays English (``None``): `tests/test_polish_reader_s36.py` lints a corpus of broken files
and fails on any such message, so that a new English form gets its twin.
"""

from __future__ import annotations

import re
from typing import Callable

from ..gitutil import LFS_POINTER_READ, LFS_POINTER_SCANNED
from .polish import decimal, places, plural

#: The rules whose messages are read here.
RULES = frozenset(("read-error", "yaml-syntax", "schema"))

_PASTED = "(pasted from a word processor?)"
_PASTED_PL = "(wklejone z edytora tekstu?)"


def in_polish(rule: str, message: str) -> str | None:
    """The Polish twin of ``message``, an English message of ``rule``; None when its form is not known here."""
    if rule not in RULES:
        return None
    try:
        if rule == "read-error":
            said = _read_error(message)
        elif rule == "schema":
            said = _schema(message)
        else:
            said = _syntax(message)
        return places(said) if said is not None else None  # `stages[nr 2]`, not `stages[2nd]`
    except Exception:  # noqa: BLE001 - a twin that cannot be made leaves the English message, never a failed run
        return None


# -- pieces ---------------------------------------------------------------------------------------------------------

def _q(token: str) -> str:
    """A value quoted as the English message quotes it (``'Ola'``, ``"Ola's"``), in Polish quotation marks; a
    token with escapes in it (a repr of odd text) stays as written, so that what it shows is unchanged."""
    if len(token) >= 2 and token[0] == token[-1] and token[0] in "'\"" and "\\" not in token:
        inner = token[1:-1]
        if token[0] not in inner and not any(mark in inner for mark in "„”“"):
            inner = inner.replace('"', "»", 1).replace('"', "«", 1) if inner.count('"') == 2 else inner
            return f"„{inner}”"
    return token


def _k(token: str) -> str:
    """A field or place the English message names in single quotes (``'stages[awareness].emotion'``), written
    as the Polish twins write keys: in backquotes."""
    if len(token) >= 2 and token[0] == token[-1] and token[0] in "'\"" and "`" not in token and "\\" not in token \
            and token[0] not in token[1:-1]:
        return f"`{token[1:-1]}`"
    return token


def _spaces(n: int) -> str:
    """"1 spację", "2 spacje", "5 spacji": a count of spaces as the object of a verb (accusative)."""
    return f"{n} {plural(n, 'spację', 'spacje', 'spacji')}" if n != 1 else "jedną spację"


def _spaces_word(english: str) -> str:
    """"one space" / "3 spaces" (yamlio's ``_spaces_word``) in Polish, as a measure: "o jedną spację", "o 3 spacje"."""
    if english == "one space":
        return "jedną spację"
    return _spaces(int(english.split()[0]))


#: Look-alike spaces by code point: (one, 2-4, 5 and more), as a subject ("jest twarda spacja").
_SPACE_NAMES = {
    0x00A0: ("twarda spacja", "twarde spacje", "twardych spacji"),
    0x202F: ("wąska twarda spacja", "wąskie twarde spacje", "wąskich twardych spacji"),
    0x2007: ("spacja cyfrowa", "spacje cyfrowe", "spacji cyfrowych"),
    0x3000: ("spacja ideograficzna", "spacje ideograficzne", "spacji ideograficznych"),
}
_TYPOGRAPHIC_SPACE = ("spacja typograficzna", "spacje typograficzne", "spacji typograficznych")
_LOOKALIKE = ("znak podobny do spacji", "znaki podobne do spacji", "znaków podobnych do spacji")

#: yamlio's ``spaces_named``: "a no-break space (U+00A0)", "2 no-break spaces (U+00A0)", "3 look-alike spaces (U+00A0, U+3000)".
_SPACES_NAMED = r"(?:an? [a-z -]+?|\d+ [a-z -]+?s) \(U\+[0-9A-F]{4}(?:, U\+[0-9A-F]{4})*\)"
_NAMED_PARTS = re.compile(r"(?:an? (?P<one>[a-z -]+?)|(?P<n>\d+) (?P<many>[a-z -]+?)s) \((?P<codes>U\+[0-9A-F]{4}(?:, U\+[0-9A-F]{4})*)\)")


def _named(english: str) -> tuple[str, int]:
    """A :data:`_SPACES_NAMED` phrase in Polish ("2 twarde spacje (U+00A0)"), with how many characters it names."""
    m = _NAMED_PARTS.fullmatch(english)
    if m is None:
        raise ValueError(english)
    codes = m.group("codes")
    n = int(m.group("n") or 1)
    kinds = codes.split(", ")
    if len(kinds) > 1:
        forms = _LOOKALIKE
    else:
        forms = _SPACE_NAMES.get(int(kinds[0][2:], 16), _TYPOGRAPHIC_SPACE)
    said = forms[0] if n == 1 else f"{n} {plural(n, *forms)}"
    return f"{said} ({codes})", n


def _is(n: int) -> str:
    """The verb for ``n`` things: "jest" (1, 5 and more), "są" (2-4, 22-24...)."""
    return plural(n, "jest", "są", "jest")


def _lines_said(english: str) -> str:
    """"line 6" / "lines 7-9" in Polish."""
    if english.startswith("lines "):
        return "wiersze " + english[6:]
    return "wiersz " + english[5:]


def _sub(rules: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]], text: str) -> str | None:
    for pattern, make in rules:
        m = pattern.fullmatch(text)
        if m is not None:
            return make(m)
    return None


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.DOTALL)


# -- read-error -----------------------------------------------------------------------------------------------------

_OS_ERRORS = {
    "Permission denied": "brak uprawnień",
    "No such file or directory": "nie ma takiego pliku ani folderu",
    "Is a directory": "to folder",
    "Input/output error": "błąd wejścia-wyjścia",
    "Too many levels of symbolic links": "zbyt wiele poziomów dowiązań symbolicznych",
}


#: The message of a Git LFS pointer (:data:`cxkit.gitutil.LFS_POINTER_READ`) after "cannot read the file: ",
#: and what a folder scan adds to it.
_LFS_POINTER = LFS_POINTER_READ.partition(": ")[2]
_LFS_SCANNED = LFS_POINTER_SCANNED


def _read_error(message: str) -> str | None:
    if not message.startswith("cannot read the file: "):
        return None
    why = message[len("cannot read the file: "):]
    said = _OS_ERRORS.get(why)
    if said is None and why.startswith(_LFS_POINTER):
        scanned = why[len(_LFS_POINTER):]
        if scanned not in ("", _LFS_SCANNED):
            return None
        said = ("to wskaźnik Git LFS, a nie dokument, który zastępuje (repozytorium pobrano bez Git LFS); pobierz pliki "
                "poleceniem `git lfs pull` i uruchom ponownie (w CI: `lfs: true` w actions/checkout)"
                + ("; jeśli to nie jest dokument cxkit, pomiń go przez `exclude` w cxkit.toml" if scanned else ""))
    if said is None:
        link = re.fullmatch(r"it is a link to (.+), which does not exist", why, re.DOTALL)
        if link is not None:
            said = f"to dowiązanie do {link.group(1)}, a takiego pliku nie ma"
        elif why == "not a regular file (a pipe, socket or device)":
            said = "to nie jest zwykły plik (to potok, gniazdo albo urządzenie)"
        else:
            return None  # the system's own words, in whatever language it speaks: the message stays as it is
    return f"nie da się odczytać pliku: {said}"


# -- yaml-syntax ----------------------------------------------------------------------------------------------------

#: The parser's own words (ruamel.yaml's), which some messages quote: the common ones in Polish.
_PARSER = {
    "did not find expected key": "nie znalazł oczekiwanego klucza",
    "did not find expected node content": "nie znalazł oczekiwanej wartości",
    "did not find expected '-' indicator": "nie znalazł oczekiwanego znacznika „-”",
    "could not find expected ':'": "nie znalazł oczekiwanego „:”",
    "mapping values are not allowed here": "nie dopuszcza tu pary „klucz: wartość”",
    "mapping values are not allowed in this context": "nie dopuszcza w tym miejscu pary „klucz: wartość”",
    "block sequence entries are not allowed in this context": "nie dopuszcza w tym miejscu elementów listy",
    "did not find expected ',' or ']'": "nie znalazł oczekiwanego „,” ani „]”",
    "did not find expected ',' or '}'": "nie znalazł oczekiwanego „,” ani „}”",
    "expected ',' or ']', but got '<stream end>'": "oczekiwał „,” lub „]”, a plik się skończył",
    "expected ',' or '}', but got '<stream end>'": "oczekiwał „,” lub „}”, a plik się skończył",
    "found unexpected end of stream": "znalazł niespodziewany koniec pliku",
    "found undefined alias": "znalazł alias bez kotwicy",
    "found character '\\t' that cannot start any token": "znalazł znak tabulacji, od którego nic nie może się zaczynać",
    "found character '@' that cannot start any token": "znalazł znak „@”, od którego nic nie może się zaczynać",
    "found character '`' that cannot start any token": "znalazł znak „`”, od którego nic nie może się zaczynać",
    "found character '%' that cannot start any token": "znalazł znak „%”, od którego nic nie może się zaczynać",
    "found unexpected ':'": "znalazł niespodziewany „:”",
    "found unknown escape character": "znalazł nieznany znak ucieczki",
    "did not find expected hexdecimal number": "nie znalazł oczekiwanej liczby szesnastkowej",
    "did not find expected comment or line break": "nie znalazł oczekiwanego komentarza ani końca wiersza",
    "did not find expected alphabetic or numeric character": "nie znalazł oczekiwanej litery ani cyfry",
    "found a tab character where an indentation space is expected": "znalazł tabulator tam, gdzie powinno być wcięcie spacjami",
    "found a tab character that violates indentation": "znalazł tabulator, który psuje wcięcie",
    "expected <block end>, but found '<block mapping start>'": "oczekiwał końca bloku, a znalazł początek mapowania",
    "expected <block end>, but found '<scalar>'": "oczekiwał końca bloku, a znalazł wartość",
    "expected <block end>, but found '-'": "oczekiwał końca bloku, a znalazł „-”",
    "expected <block end>, but found '?'": "oczekiwał końca bloku, a znalazł „?”",
    "expected <block end>, but found '<block sequence start>'": "oczekiwał końca bloku, a znalazł początek listy",
    "expected <document start>, but found '<block mapping start>'": "oczekiwał początku dokumentu, a znalazł mapowanie",
    "expected <document start>, but found '<scalar>'": "oczekiwał początku dokumentu, a znalazł wartość",
    "expected alphabetic or numeric character, but found ' '": "oczekiwał litery lub cyfry, a znalazł spację",
}
_CONTEXTS = {
    "while parsing a block mapping": "podczas czytania mapowania",
    "while parsing a block collection": "podczas czytania listy",
    "while parsing a flow sequence": "podczas czytania listy w nawiasach [ ]",
    "while parsing a flow mapping": "podczas czytania mapowania w nawiasach { }",
    "while scanning a simple key": "podczas czytania klucza",
    "while scanning a quoted scalar": "podczas czytania wartości w cudzysłowie",
    "while scanning a double-quoted scalar": "podczas czytania wartości w podwójnym cudzysłowie",
    "while scanning a plain scalar": "podczas czytania wartości",
    "while scanning an alias": "podczas czytania aliasu",
    "while scanning an anchor": "podczas czytania kotwicy",
    "while scanning a block scalar": "podczas czytania tekstu blokowego",
    "while scanning a directive": "podczas czytania dyrektywy",
    "while scanning a tag": "podczas czytania tagu",
    "while parsing a block node": "podczas czytania węzła",
    "while parsing a flow node": "podczas czytania węzła w nawiasach",
}


def _parser(problem: str) -> str:
    """The parser's words in Polish, or, when not known, quoted as it wrote them."""
    said = _PARSER.get(problem)
    if said is not None:
        return f"parser {said}"
    return f"parser zgłasza: „{problem}”"


def _syntax(message: str) -> str | None:
    if message.startswith("invalid YAML: "):
        told = _invalid(message[len("invalid YAML: "):])
        return None if told is None else f"nieprawidłowy YAML: {told}"
    said = _sub(_SYNTAX, message)
    if said is None and message.startswith("the anchor "):
        # a second definition of an anchor is told without "invalid YAML: " before it (yamlio's own message)
        said = _invalid(message)
    return said


def _merge_lines(listed: str) -> str:
    """"5 `<<<<<<<`, 7 `=======`" and ", and N more" in Polish."""
    more = re.search(r", and (\d+) more$", listed)
    if more is not None:
        listed = listed[: more.start()] + f" i jeszcze {more.group(1)}"
    return listed


_SYNTAX: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (_p(r"a merge conflict marker is left in the file \(line (?P<l>.+?)\): delete the marker line, and check that what is "
        r"left around it is what you meant to keep"),
     lambda m: f"w pliku został znacznik konfliktu scalania (wiersz {m['l']}): usuń ten wiersz i sprawdź, czy to, co "
               "zostało wokół niego, jest tym, co chcesz zachować"),
    (_p(r"unresolved merge conflict markers \(line (?P<l>.+?)\): keep one side \(or both items\) and delete the marker "
        r"lines(?P<base> \(and the common ancestor's lines from `\|\|\|\|\|\|\|` to `=======`\))?"),
     lambda m: f"nierozwiązany konflikt scalania (wiersze {_merge_lines(m['l'])}): zostaw jedną stronę (albo elementy z "
               "obu) i usuń wiersze ze znacznikami" + (" (oraz wiersze wspólnego przodka od `|||||||` do `=======`)"
                                                         if m["base"] else "")),
    (_p(r"duplicate key (?P<k>'.*') \(first defined on line (?P<l>\d+)\); YAML tools disagree on which value counts, so keep one"),
     lambda m: f"powtórzony klucz {_k(m['k'])} (pierwszy raz w wierszu {m['l']}); narzędzia YAML różnią się w tym, która "
               "wartość się liczy, więc zostaw jedną"),
    (_p(r"the YAML tag (?P<t>.+) is not allowed; cxkit never constructs tagged objects"),
     lambda m: f"tag YAML {m['t']} jest niedozwolony; cxkit nigdy nie tworzy obiektów z tagów"),
    (_p(r"the file is empty; expected a YAML mapping with a `kind` key"),
     lambda m: "plik jest pusty; oczekiwano mapowania YAML z kluczem `kind`"),
    (_p(r"the document is empty; expected a YAML mapping with a `kind` key"),
     lambda m: "dokument jest pusty; oczekiwano mapowania YAML z kluczem `kind`"),
    (_p(r"the file holds only comments and no document; expected a YAML mapping with a `kind` key"),
     lambda m: "plik zawiera tylko komentarze i żadnego dokumentu; oczekiwano mapowania YAML z kluczem `kind`"),
    (_p(r"the file is not valid UTF-8: byte (?P<b>0x[0-9A-F]{2}) cannot be decoded \(it looks like (?P<enc>.+?), where "
        r"(?P=b) is (?P<c>'.*')\); save it as UTF-8"),
     lambda m: f"plik nie jest poprawnym UTF-8: bajtu {m['b']} nie da się odczytać (wygląda na {_encoding(m['enc'])}, w którym "
               f"{m['b']} to {_q(m['c'])}); zapisz go jako UTF-8"),
    (_p(r"the file is not valid UTF-8: (?P<rest>.+?); save it as UTF-8(?P<tail>.*)"),
     lambda m: f"plik nie jest poprawnym UTF-8: {_utf8_detail(m['rest'])}; zapisz go jako UTF-8{m['tail']}"),
    (_p(r"the file starts with a UTF-(?P<n>16|32) byte-order mark but is not valid UTF-(?P=n)"),
     lambda m: f"plik zaczyna się znacznikiem kolejności bajtów UTF-{m['n']}, ale nie jest poprawnym UTF-{m['n']}"),
    (_p(r"the file looks like UTF-16 without a byte-order mark; save it as UTF-8 \(or UTF-16 with a BOM\)"),
     lambda m: "plik wygląda na UTF-16 bez znacznika kolejności bajtów; zapisz go jako UTF-8 (albo UTF-16 ze znacznikiem BOM)"),
    (_p(r"the file contains a NUL byte; it is not a text file"),
     lambda m: "plik zawiera bajt NUL; to nie jest plik tekstowy"),
    (_p(r"the file (?:is (?P<size>[\d.]+) MiB,|is) over cxkit's (?P<lim>\d+) MiB limit for one document; split it"),
     lambda m: (f"plik ma {decimal(m['size'])} MiB, ponad" if m["size"] else "plik przekracza") +
               f" limit cxkit {m['lim']} MiB na jeden dokument; podziel go"),
    (_p(r"the YAML is nested more than (?P<n>\d+) levels deep"),
     lambda m: f"YAML jest zagnieżdżony głębiej niż na {m['n']} poziomów"),
    (_p(r"the YAML is nested too deeply to read"),
     lambda m: "YAML jest zagnieżdżony zbyt głęboko, żeby go odczytać"),
    (_p(r"an alias refers to a collection that contains it \(a recursive alias\)"),
     lambda m: "alias wskazuje kolekcję, która go zawiera (alias rekurencyjny)"),
    (_p(r"a mapping key must be a plain value, not a list or mapping"),
     lambda m: "klucz mapowania musi być zwykłą wartością, a nie listą ani mapowaniem"),
    (_p(r"a merge key \(<<\) needs a mapping or a list of mappings"),
     lambda m: "klucz scalania (<<) wymaga mapowania albo listy mapowań"),
    (_p(r"the document expands to more than (?P<n>[\d,]+) values \(aliases that multiply, as in a 'billion laughs' "
        r"file\); cxkit stopped reading it"),
     lambda m: f"dokument rozrasta się do ponad {m['n'].replace(',', ' ')} wartości (aliasy, które się mnożą, jak w "
               "pliku „billion laughs”); cxkit przestał go czytać"),
]


def _utf8_detail(english: str) -> str:
    m = re.fullmatch(r"byte (0x[0-9A-F]{2}) cannot be decoded(.*)", english, re.DOTALL)
    if m is not None:
        return f"bajtu {m.group(1)} nie da się odczytać{_encodings_said(m.group(2))}"
    return english


#: The families of 8-bit encodings as :mod:`cxkit.legacy_encoding` names them (`Windows-1250, Central European`).
_FAMILIES_PL = {"Central European": "Europa Środkowa", "Western European": "Europa Zachodnia", "Cyrillic": "cyrylica"}


def _encoding(english: str) -> str:
    """An encoding named with its family (`ISO-8859-2 or Windows-1250, Central European`) in Polish:
    `ISO-8859-2 lub Windows-1250, Europa Środkowa`."""
    names, _, family = english.rpartition(", ")
    if names and family in _FAMILIES_PL:
        return f"{names.replace(' or ', ' lub ')}, {_FAMILIES_PL[family]}"
    return english.replace(" or ", " lub ")


def _looks_pl(english: str) -> str:
    """What a byte reads as (`'Ł'`, `a control character`), in Polish: „Ł”, znak sterujący."""
    return "znak sterujący" if english == "a control character" else _q(english)


_LOOKS = r"'.*?'|a control character"


def _encodings_said(english: str) -> str:
    """The guess of the encoding after "cannot be decoded" (:func:`cxkit.legacy_encoding._guess`) in Polish, when
    it names two families or several encodings alike; "" stays ""; another form stays English, as it was."""
    m = re.fullmatch(rf" \((?P<parts>in .+?, 0x[0-9A-F]{{2}} is (?:{_LOOKS})(?:; in .+?, 0x[0-9A-F]{{2}} is (?:{_LOOKS}))+)"
                     r": convert the file from the one that gives the right text\)", english, re.DOTALL)
    if m is not None:
        parts = [re.fullmatch(rf"in (.+?), (0x[0-9A-F]{{2}}) is ({_LOOKS})", part, re.DOTALL)
                 for part in m["parts"].split("; ")]
        if all(parts):
            said = "; ".join(f"w {_encoding(p.group(1))}, {p.group(2)} to {_looks_pl(p.group(3))}" for p in parts if p)
            return f" ({said}: przekonwertuj plik z tego, które daje właściwy tekst)"
    m = re.fullmatch(rf" \((?P<b>0x[0-9A-F]{{2}}) is (?P<c>{_LOOKS}) in (?P<names>.+?) and (?P<last>[\w-]+) alike"
                     r"(?P<every>, as is every other byte of the file that is not UTF-8)?: convert the file from any of them\)",
                     english, re.DOTALL)
    if m is not None:
        every = ", tak jak każdy inny bajt pliku, który nie jest UTF-8" if m["every"] else ""
        return (f" ({m['b']} to {_looks_pl(m['c'])} tak samo w {m['names']} i {m['last']}{every}, więc przekonwertuj "
                "plik z któregokolwiek z nich)")
    return english


_INDENT_OR_TEXT = r"(?P<what>`.+?:`)"
_INVALID: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (_p(r"a tab character here; YAML indents with spaces, never tabs; this file's indentation mixes tabs and spaces, "
        r"so `cxkit fmt` cannot tell which lines are nested in which: indent every line with spaces, 2 a level"),
     lambda m: "tu jest znak tabulacji; YAML wcina tylko spacjami, nigdy tabulatorami; wcięcia w tym pliku mieszają "
               "tabulatory ze spacjami, więc `cxkit fmt` nie wie, który wiersz jest zagnieżdżony w którym: wetnij "
               "każdy wiersz spacjami, po 2 na poziom"),
    (_p(r"a tab character here; YAML indents with spaces, never tabs"),
     lambda m: "tu jest znak tabulacji; YAML wcina tylko spacjami, nigdy tabulatorami"),
    (_p(r"the file holds more than one YAML document; cxkit expects one document per file"),
     lambda m: "plik zawiera więcej niż jeden dokument YAML; cxkit oczekuje jednego dokumentu w pliku"),
    (_p(r"this quoted value is never closed; add the closing quote"),
     lambda m: "ta wartość w cudzysłowie nie jest nigdzie zamknięta; dopisz cudzysłów zamykający"),
    (_p(r"(?P<p>.+) in a double-quoted value; write a backslash as \\\\ or use single quotes"),
     lambda m: f"{_parser(m['p'])} w wartości w podwójnym cudzysłowie; zapisz ukośnik wsteczny jako \\\\ albo użyj "
               "pojedynczych cudzysłowów"),
    (_p(r"the unquoted value (?P<v>.+) holds a ':' inside \[ \] or \{ \}, where cxkit's YAML reader takes it for a key; "
        r"put it in quotes: (?P<fix>.+)"),
     lambda m: f"wartość bez cudzysłowu {m['v']} zawiera „:” w nawiasach [ ] lub {{ }}, gdzie czytnik YAML w cxkit bierze "
               f"ją za klucz; ujmij ją w cudzysłów: {m['fix']}"),
    # look-alike spaces
    (_p(rf"(?P<sp>{_SPACES_NAMED}) after (?P<key>`.+:`) \(pasted from a word processor\?\); YAML needs an ordinary space "
        r"after a key's colon: replace it with a space"),
     lambda m: _after_key(m['sp'], m['key'])),
    (_p(rf"(?P<sp>{_SPACES_NAMED}) in the indentation \(pasted from a word processor\?\); YAML indents with ordinary "
        r"spaces: replace it with (?P<with>two spaces|a space)"),
     lambda m: _in_indent(m['sp'], m['with'])),
    (_p(rf"(?P<where>this line starts with|the indentation of this line holds) (?P<sp>{_SPACES_NAMED}) \(pasted from a "
        r"word processor\?\), which YAML does not read as indentation; replace them with ordinary spaces"
        r"(?P<wide> \(two for each full-width one\))?"),
     lambda m: _line_lead(m['where'], m['sp'], bool(m['wide']))),
    (_p(r"lines (?P<shown>[\d, ]+) (?:and (?P<last>\d+)|and (?P<more>\d+) more) are indented with (?P<name>[a-z -]+) "
        r"\((?P<codes>U\+[0-9A-F]{4}(?:, U\+[0-9A-F]{4})*)\) \(pasted from a word processor\?\), which YAML does not "
        r"read as indentation; replace them with ordinary spaces"),
     lambda m: _lines_indented(m)),
    # indentation
    (_p(r"this `- ` line is indented under (?P<owner>`.+?:`) \(line (?P<l>\d+)\), which already has a value, so YAML reads "
        r"the line as more of that value, where (?P<what>`.+?:`) cannot start a key; move the item under the list it "
        r"belongs to, indented like that list's items"),
     lambda m: f"ten wiersz `- ` jest wcięty pod {m['owner']} (wiersz {m['l']}), który ma już wartość, więc YAML czyta "
               f"go jako dalszy ciąg tej wartości, w którym {m['what']} nie może zaczynać klucza; przenieś element pod "
               "listę, do której należy, z wcięciem jak jej pozostałe elementy"),
    (_p(r"this line is read as more of the unquoted value of (?P<owner>`.+?:`) \(line (?P<l>\d+)\), where the ': ' starts "
        r"a key none can stand; put the whole value in quotes"),
     lambda m: f"ten wiersz jest czytany jako dalszy ciąg wartości bez cudzysłowu {m['owner']} (wiersz {m['l']}), w "
               "której „: ” zaczyna klucz, a klucz nie może tam stać; ujmij całą wartość w cudzysłów"),
    (_p(r"this line is indented more than (?P<owner>`.+?:`) above it \(line (?P<l>\d+)\), so YAML reads it as more of "
        r"that key's value, where (?P<what>`.+?:`) cannot start a key; align (?P=what) with (?P=owner) \(column "
        r"(?P<c>\d+)\)(?P<text>, or, if the line is text, put the whole value of (?P=owner) in quotes)?"),
     lambda m: f"ten wiersz jest wcięty bardziej niż {m['owner']} nad nim (wiersz {m['l']}), więc YAML czyta go jako "
               f"dalszy ciąg wartości tego klucza, w którym {m['what']} nie może zaczynać klucza; wyrównaj "
               f"{m['what']} do {m['owner']} (kolumna {m['c']})"
               + (f" albo, jeśli ten wiersz to tekst, ujmij całą wartość {m['owner']} w cudzysłów" if m["text"] else "")),
    (_p(r"this `- ` line is indented more than the item above \(line (?P<l>\d+)\), so YAML reads it as more of that "
        r"item's text, where (?P<what>`.+?:`) cannot start a key; indent it like the item above \(its dash in column "
        r"(?P<c>\d+)\)"),
     lambda m: f"ten wiersz `- ` jest wcięty bardziej niż element nad nim (wiersz {m['l']}), więc YAML czyta go jako "
               f"dalszy ciąg tekstu tego elementu, w którym {m['what']} nie może zaczynać klucza; wetnij go jak element "
               f"nad nim (myślnik w kolumnie {m['c']})"),
    (_p(r"this line is read as more text of the list item on line (?P<l>\d+), where the ': ' starts a key none can "
        r"stand; put the whole item in quotes"),
     lambda m: f"ten wiersz jest czytany jako dalszy ciąg tekstu elementu listy z wiersza {m['l']}, w którym „: ” "
               "zaczyna klucz, a klucz nie może tam stać; ujmij cały element w cudzysłów"),
    (_p(r"(?P<what>`.+?:`) is indented (?P<n>one space|\d+ spaces) more than (?P<owner>`.+?:`) above it \(line "
        r"(?P<l>\d+)\), so YAML reads it as more text of the list item on line (?P<i>\d+), where it cannot start a key; "
        r"align (?P=what) with (?P=owner) \(column (?P<c>\d+)\)"),
     lambda m: f"{m['what']} jest wcięty o {_spaces_word(m['n'])} bardziej niż {m['owner']} nad nim (wiersz {m['l']}), "
               f"więc YAML czyta go jako dalszy ciąg tekstu elementu listy z wiersza {m['i']}, w którym nie może "
               f"zaczynać klucza; wyrównaj {m['what']} do {m['owner']} (kolumna {m['c']})"),
    (_p(r"this line is indented under the list item on line (?P<i>\d+), so YAML reads it as more of that item's text, "
        r"where (?P<what>`.+?:`) cannot start a key; if the item has keys, give its text a key too \(`- text: \.\.\.` "
        r"for a trait, `- action: \.\.\.` for an opportunity\) and align (?P=what) with it; if the line is text, put "
        r"the whole item in quotes"),
     lambda m: f"ten wiersz jest wcięty pod elementem listy z wiersza {m['i']}, więc YAML czyta go jako dalszy ciąg "
               f"tekstu tego elementu, w którym {m['what']} nie może zaczynać klucza; jeśli element ma klucze, daj klucz "
               "także jego tekstowi (`- text: ...` dla cechy, `- action: ...` dla usprawnienia) i wyrównaj do niego "
               f"{m['what']}; jeśli ten wiersz to tekst, ujmij cały element w cudzysłów"),
    (_p(r"(?P<what>`.+?:`) is indented more than (?P<owner>`.+?:`) above it \(line (?P<l>\d+)\), so it cannot start a "
        r"key of that mapping; align (?P=what) with (?P=owner) \(column (?P<c>\d+)\)"),
     lambda m: f"{m['what']} jest wcięty bardziej niż {m['owner']} nad nim (wiersz {m['l']}), więc nie może zaczynać "
               f"klucza tego mapowania; wyrównaj {m['what']} do {m['owner']} (kolumna {m['c']})"),
    (_p(r"this `- ` item is indented (?P<n>one space|\d+ spaces) (?P<dir>more|less) than the item above it \(line "
        r"(?P<l>\d+)\), so it belongs to no list; align its dash with that item's \(column (?P<c>\d+)\)"
        r"(?:, or with the item on line (?P<l2>\d+) \(column (?P<c2>\d+)\) if it belongs there)?"),
     lambda m: f"ten element `- ` jest wcięty o {_spaces_word(m['n'])} {_more(m['dir'])} niż element nad nim (wiersz "
               f"{m['l']}), więc nie należy do żadnej listy; wyrównaj jego myślnik do myślnika tamtego elementu "
               f"(kolumna {m['c']})"
               + (f" albo do elementu z wiersza {m['l2']} (kolumna {m['c2']}), jeśli tam należy" if m["l2"] else "")),
    (_p(r"(?P<what>`.+?:`) is indented (?P<n>one space|\d+ spaces) (?P<dir>more|less) than (?P<owner>`.+?:`) above it "
        r"\(line (?P<l>\d+)\), so it cannot start a key of that mapping; align (?P=what) with (?P=owner) \(column "
        r"(?P<c>\d+)\)(?:, or with (?P<o2>`.+?:`) \(line (?P<l2>\d+), column (?P<c2>\d+)\) if it belongs there)?"),
     lambda m: f"{m['what']} jest wcięty o {_spaces_word(m['n'])} {_more(m['dir'])} niż {m['owner']} nad nim (wiersz "
               f"{m['l']}), więc nie może zaczynać klucza tego mapowania; wyrównaj {m['what']} do {m['owner']} "
               f"(kolumna {m['c']})"
               + (f" albo do {m['o2']} (wiersz {m['l2']}, kolumna {m['c2']}), jeśli tam należy" if m["o2"] else "")),
    (_p(r"the first line of (?P<what>.+?) is indented (?P<n>one space|\d+ spaces) more than (?P<after>lines? [\d-]+) "
        r"after it, and YAML takes the first line's indentation for the whole text, so the text ends at line (?P<s>\d+); "
        r"indent this line with (?P<k>one space|\d+ spaces), as the others are \(its text in column (?P<c>\d+)\)"),
     lambda m: f"pierwszy wiersz {_block_text(m['what'])} jest wcięty o {_spaces_word(m['n'])} bardziej niż "
               f"{_lines_said(m['after'])} pod nim, a YAML bierze wcięcie pierwszego wiersza za wcięcie całego tekstu, "
               f"więc tekst kończy się w wierszu {m['s']}; wetnij ten wiersz na {_spaces_word(m['k'])}, jak pozostałe "
               f"(tekst w kolumnie {m['c']})"),
    (_p(r"(?P<these>this line is|lines [\d-]+ are) indented (?P<n>one space|\d+ spaces) less than the other lines of "
        r"(?P<what>.+?), so YAML ends the text above (?:it|them) and cannot read (?:it|them); indent (?:it|them) with "
        r"(?P<k>one space|\d+ spaces), as every line of that text must be \((?:its|their) text in column (?P<c>\d+)\)"),
     lambda m: _block_short(m)),
    # quotes
    (_p(r"the ': ' here starts a key where none can stand: (?P<mark>.) is a typographic quote, which YAML reads as text, "
        r"not as a quote; use straight quotes: (?:(?P<plain>.+?), or )?(?P<kept>.+) to keep the typographic ones in the text"),
     lambda m: f"„: ” zaczyna tu klucz, a klucz nie może tu stać: {m['mark']} to cudzysłów drukarski, który YAML czyta "
               f"jako tekst, a nie jako cudzysłów; użyj prostych cudzysłowów: "
               + (f"{m['plain']} albo " if m["plain"] else "") + f"{m['kept']}, żeby zachować drukarskie w tekście"),
    (_p(r"the ': ' here, inside an unquoted value, starts a key where none can stand; put the whole value in quotes: (?P<v>.+)"),
     lambda m: f"„: ” wewnątrz wartości bez cudzysłowu zaczyna tu klucz, a klucz nie może tu stać; ujmij całą wartość "
               f"w cudzysłów: {m['v']}"),
    (_p(r"a (?P<kind>single|double) quote inside this quoted value ends it early; write the value as (?P<v>.+)"),
     lambda m: f"{'apostrof' if m['kind'] == 'single' else 'cudzysłów'} wewnątrz tej wartości w cudzysłowie kończy ją "
               f"za wcześnie; zapisz wartość jako {m['v']}"),
    (_p(r"the apostrophe in (?P<w>`.+?`) ends this single-quoted value early; write the value as (?P<v>.+)"),
     lambda m: f"apostrof w {m['w']} kończy za wcześnie tę wartość w pojedynczym cudzysłowie; zapisz wartość jako {m['v']}"),
    (_p(r"this value starts with a quote, so it ends at the closing quote and the text after it cannot follow; to keep "
        r"the quotes in the text, put the whole value in single quotes: (?P<v>.+)"),
     lambda m: "ta wartość zaczyna się cudzysłowem, więc kończy się na cudzysłowie zamykającym, a tekst za nim nie może "
               f"już stać; żeby zachować cudzysłowy w tekście, ujmij całą wartość w pojedyncze cudzysłowy: {m['v']}"),
    (_p(r"the value on line (?P<l>\d+) opens a quote \((?P<q>.)\) that is never closed, so YAML reads the lines below it "
        r"as part of the value, up to the quote that opens the value on line (?P<c>\d+); close it where the value ends, "
        r"at the end of line (?P<last>\d+): (?P<v>.+)"),
     lambda m: f"wartość w wierszu {m['l']} otwiera cudzysłów ({m['q']}), którego nic nie zamyka, więc YAML czyta "
               f"wiersze pod nią jako część tej wartości, aż do cudzysłowu, który otwiera wartość w wierszu {m['c']}; "
               f"zamknij go tam, gdzie wartość się kończy, na końcu wiersza {m['last']}: {m['v']}"),
    (_p(r"the value on line (?P<l>\d+) opens a quote \((?P<q>.)\) that is never closed, so YAML reads the lines below it "
        r"as part of the value; close it at the end of the line: (?P<v>.+)"),
     lambda m: f"wartość w wierszu {m['l']} otwiera cudzysłów ({m['q']}), którego nic nie zamyka, więc YAML czyta "
               f"wiersze pod nią jako część tej wartości; zamknij go na końcu wiersza: {m['v']}"),
    # keys and items
    (_p(r"(?P<k>`.+?`) needs a colon after it, so YAML cannot read it as a key; write (?P<w>`.+?:`) \(its items or "
        r"fields go on the lines below it, indented\)"),
     lambda m: f"po {m['k']} brakuje dwukropka, więc YAML nie może go odczytać jako klucza; napisz {m['w']} (jego "
               "elementy lub pola idą w wierszach poniżej, z wcięciem)"),
    (_p(r"(?P<k>`.+?`) needs a colon and a space after it, so YAML cannot read it as a key; write (?P<w>`.+`)"),
     lambda m: f"po {m['k']} brakuje dwukropka i spacji, więc YAML nie może go odczytać jako klucza; napisz {m['w']}"),
    (_p(r"the space after the minus makes (?P<item>`- [\d.]+`) a list item, which cannot stand here; for a negative "
        r"number write (?P<w>`-[\d.]+`)"),
     lambda m: f"spacja po minusie sprawia, że {m['item']} to element listy, który nie może tu stać; jeśli to liczba "
               f"ujemna, napisz {m['w']}"),
    (_p(r"a list item needs a space after its dash: write (?P<w>`- .*`)"),
     lambda m: f"po myślniku elementu listy musi być spacja: napisz {m['w']}"),
    (_p(r"(?P<b>`.`) is not a list marker in YAML \(pasted from a word processor\?\); start the item with `- ` \(a hyphen "
        r"and a space\): (?P<v>.+)"),
     lambda m: f"{m['b']} nie oznacza w YAML elementu listy {_PASTED_PL}; zacznij element od `- ` (łącznika i spacji): "
               f"{m['v']}"),
    # anchors and aliases
    (_p(r"the alias (?P<a>\*.+?) names no anchor above it: its anchor (?P<an>&.+?) comes later, and an alias must follow "
        r"its anchor; move the anchored value up"),
     lambda m: f"alias {m['a']} nie wskazuje żadnej kotwicy nad nim: jego kotwica {m['an']} jest dalej, a alias musi "
               "stać po swojej kotwicy; przenieś wartość z kotwicą wyżej"),
    (_p(r"the alias (?P<a>\*.+?) names no anchor: the file defines none before it \(an anchor is written &name before a "
        r"value\)"),
     lambda m: f"alias {m['a']} nie wskazuje żadnej kotwicy: plik nie definiuje przed nim żadnej (kotwicę zapisuje się "
               "jako &nazwa przed wartością)"),
    (_p(r"the alias (?P<a>\*.+?) names no anchor; did you mean (?P<b>\*.+)\?"),
     lambda m: f"alias {m['a']} nie wskazuje żadnej kotwicy; czy chodziło o {m['b']}?"),
    (_p(r"the alias (?P<a>\*.+?) names no anchor; the anchors above it are (?P<list>.+)"),
     lambda m: f"alias {m['a']} nie wskazuje żadnej kotwicy; kotwice nad nim to {m['list']}"),
    (_p(r"found undefined alias"), lambda m: "alias bez kotwicy"),
    (_p(r"the anchor (?P<a>&.+? )?is defined a second time here \(first on line (?P<l>\d+)\); cxkit accepts each anchor "
        r"name once: rename one of them \(and the aliases that mean it\)"),
     lambda m: f"kotwica {m['a'] or ''}jest tu zdefiniowana drugi raz (pierwszy raz w wierszu {m['l']}); cxkit przyjmuje "
               "każdą nazwę kotwicy raz: zmień nazwę jednej z nich (i aliasów, które ją wskazują)"),
    # the parser's own words
    (_p(r"(?P<p>[^;()]+) \((?P<c>while [^()]+)\)(?:; it started on line (?P<l>\d+), column (?P<col>\d+))?"),
     lambda m: f"{_parser(m['p'])} ({_CONTEXTS.get(m['c'], m['c'])})"
               + (f"; zaczęło się w wierszu {m['l']}, w kolumnie {m['col']}" if m["l"] else "")),
    (_p(r"(?P<p>[^;()]+)"), lambda m: _parser(m["p"])),
]


def _invalid(told: str) -> str | None:
    return _sub(_INVALID, told)


def _more(direction: str) -> str:
    return "bardziej" if direction == "more" else "mniej"


def _after_key(spaces: str, key: str) -> str:
    said, n = _named(spaces)
    return (f"po {key} {_is(n)} {said} {_PASTED_PL}; po dwukropku klucza YAML wymaga zwykłej spacji: zamień ten znak "
            "na spację")


def _in_indent(spaces: str, with_: str) -> str:
    said, n = _named(spaces)
    return (f"we wcięciu {_is(n)} {said} {_PASTED_PL}; YAML wcina zwykłymi spacjami: zamień ten znak na "
            + ("dwie spacje" if with_ == "two spaces" else "spację"))


def _line_lead(where: str, spaces: str, wide: bool) -> str:
    said, n = _named(spaces)
    place = "na początku tego wiersza" if where == "this line starts with" else "we wcięciu tego wiersza"
    return (f"{place} {_is(n)} {said} {_PASTED_PL}, których YAML nie czyta jako wcięcia; zamień je na zwykłe spacje"
            + (" (po dwie za każdą pełnej szerokości)" if wide else "")) if n > 1 else (
            f"{place} {_is(n)} {said} {_PASTED_PL}, której YAML nie czyta jako wcięcia; zamień ją na zwykłą spację"
            + (" (dwie, jeśli ma pełną szerokość)" if wide else ""))


def _lines_indented(m: re.Match[str]) -> str:
    codes = m["codes"]
    kinds = codes.split(", ")
    forms = _LOOKALIKE if len(kinds) > 1 else _SPACE_NAMES.get(int(kinds[0][2:], 16), _TYPOGRAPHIC_SPACE)
    # "wcięte twardymi spacjami": the instrumental plural, from the genitive plural's stem
    instrumental = {
        _LOOKALIKE: "znakami podobnymi do spacji",
        _TYPOGRAPHIC_SPACE: "spacjami typograficznymi",
        _SPACE_NAMES[0x00A0]: "twardymi spacjami",
        _SPACE_NAMES[0x202F]: "wąskimi twardymi spacjami",
        _SPACE_NAMES[0x2007]: "spacjami cyfrowymi",
        _SPACE_NAMES[0x3000]: "spacjami ideograficznymi",
    }[forms]
    last = f"i {m['last']}" if m["last"] else f"i jeszcze {m['more']}"
    return (f"wiersze {m['shown']} {last} są wcięte {instrumental} ({codes}) {_PASTED_PL}, których YAML nie czyta jako "
            "wcięcia; zamień je na zwykłe spacje")


def _block_text(what: str) -> str:
    """"the `- header` text of the list item on line N" / "the `key: |` text (line N)" in the genitive."""
    m = re.fullmatch(r"the (`- .+`) text of the list item on line (\d+)", what, re.DOTALL)
    if m is not None:
        return f"tekstu {m.group(1)} elementu listy z wiersza {m.group(2)}"
    m = re.fullmatch(r"the (`.+`) text \(line (\d+)\)", what, re.DOTALL)
    if m is not None:
        return f"tekstu {m.group(1)} (wiersz {m.group(2)})"
    raise ValueError(what)


def _block_short(m: re.Match[str]) -> str:
    one = m["these"] == "this line is"
    these = "ten wiersz jest wcięty" if one else f"wiersze {m['these'][6:-4]} są wcięte"
    them = "go" if one else "je"
    return (f"{these} o {_spaces_word(m['n'])} mniej niż pozostałe wiersze {_block_text(m['what'])}, więc YAML kończy "
            f"tekst nad {'nim' if one else 'nimi'} i nie może {them} odczytać; wetnij {them} na {_spaces_word(m['k'])}, "
            f"bo tak musi być wcięty każdy wiersz tego tekstu (tekst w kolumnie {m['c']})")


# -- schema ---------------------------------------------------------------------------------------------------------

_VALUE = r"(?P<v>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")"


def _described(english: str) -> str:
    """A value as :func:`cxkit.model.validate._describe` or ``brief`` names it, in Polish (nominative): "tekst „x”"."""
    m = re.fullmatch(r"the text (.+)", english, re.DOTALL)
    if m is not None:
        return f"tekst {_q(m.group(1))}"
    m = re.fullmatch(r"the number (.+)", english, re.DOTALL)
    if m is not None:
        return f"liczba {m.group(1)}"
    m = re.fullmatch(r"the boolean (true|false)", english)
    if m is not None:
        return f"wartość logiczna {m.group(1)}"
    words = {"a list": "lista", "a mapping": "mapowanie", "nothing (an empty value)": "nic (pusta wartość)",
             "a date": "data"}
    if english in words:
        return words[english]
    if english[:1] in "'\"":
        return _q(english)
    return english  # a number or a date as written


def _shape(english: str) -> str:
    """What a value must be ("text", "a list", "a mapping of fields"), in the instrumental: "tekstem", "listą"."""
    shapes = {
        "text": "tekstem", "a list": "listą", "a mapping of fields": "mapowaniem pól",
        "a whole number": "liczbą całkowitą", "a number": "liczbą", "a date": "datą", "true or false": "wartością true albo false",
        "text, or a mapping with 'text' and 'sources'": "tekstem albo mapowaniem z `text` i `sources`",
        "text, or a mapping with 'channel' and 'description'": "tekstem albo mapowaniem z `channel` i `description`",
    }
    return shapes[english]


def _in(english: str | None) -> str:
    """" in 'stages[awareness]'" in Polish: " w `stages[awareness]`"."""
    return f" w {_k(english)}" if english else ""


def _schema(message: str) -> str | None:
    return _sub(_SCHEMA, message)


def _tail(english: str) -> str:
    """The hints the schema's messages end with, in Polish; raises for one not known (the message then stays English)."""
    if not english:
        return ""
    out = _sub(_TAILS, english)
    if out is None:
        raise ValueError(english)
    return out


_TAILS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (_p(r"; did you mean (?P<v>'[^']*')\?(?P<rest>.*)"),
     lambda m: f"; czy chodziło o {_q(m['v'])}?{_tail(m['rest'])}"),
    (_p(r"; did you mean (?P<d>\d{4}-\d{2}-\d{2})\?"), lambda m: f"; czy chodziło o {m['d']}?"),
    (_p(r"; an assumption is not a source \(sources are research\): take it out of `sources`, leave the traits it "
        r"stands for without `sources` and mark each with a comment after it \(`# hypothesis: check in the interviews`\)"),
     lambda m: "; założenie nie jest źródłem (źródła to badania): usuń je z `sources`, cechy, które na nim stoją, zostaw bez "
               "`sources` i oznacz każdą komentarzem po niej (`# hipoteza: sprawdzić w wywiadach`)"),
    (_p(r"; for research of another kind write `type: other` and name the method in `note:`(?: \(`note: (?P<v>[^`]*)`\))?"),
     lambda m: "; badanie innego rodzaju zapisz jako `type: other`, a metodę nazwij w `note:`"
               + (f" (`note: {m['v']}`)" if m["v"] is not None else "")),
    (_p(r"; did you mean `n: (?P<n>\d+)`\? \(the people or answers behind the source, a number alone\)"),
     lambda m: f"; czy chodziło o `n: {m['n']}`? (liczba osób lub odpowiedzi, na których opiera się źródło; sama liczba)"),
    (_p(r"; (?P<c>a journey follows one persona: .+)"), lambda m: f"; {_committee_pl(m['c'])}"),
    (_p(r" \((?P<c>a journey follows one persona: .+)\)"), lambda m: f" ({_committee_pl(m['c'])})"),
    (_p(r"; a journey names its persona by the `id:` written in the persona's file, not by its name"),
     lambda m: "; ścieżka wskazuje personę przez `id:` zapisane w pliku persony, a nie przez jej imię"),
    (_p(r" \(put your own data under a key that starts with 'x-'\)"),
     lambda m: " (własne dane trzymaj pod kluczem zaczynającym się od `x-`)"),
    (_p(r" \(field names are in English, whatever the language of the text\)"),
     lambda m: " (nazwy pól są po angielsku, w jakimkolwiek języku jest tekst)"),
    (_p(r" \(keys are lower case\)"), lambda m: " (klucze pisze się małymi literami)"),
    (_p(r" \(one text, not a list: write it as one sentence, and keep the rest under '(?P<x>x-[^']*)'\)"),
     lambda m: f" (to jeden tekst, nie lista: zapisz go jednym zdaniem, a resztę zostaw pod `{m['x']}`)"),
    (_p(r" \(one text, not a list: write its one item as the value of '(?P<f>[^']*)'\)"),
     lambda m: f" (to jeden tekst, nie lista: wpisz ten jeden element jako wartość `{m['f']}`)"),
    (_p(r"; write each item on its own line starting with '- '"),
     lambda m: "; każdy element napisz w osobnym wierszu zaczynającym się od `- `"),
    (_p(r"; write it in brackets, (?P<w>`.+`), or each item on its own line starting with '- '"),
     lambda m: f"; zapisz to w nawiasach, {m['w']}, albo każdy element w osobnym wierszu zaczynającym się od `- `"),
    (_p(r"; (?P<b>`.`) is not a list marker in YAML \(pasted from a word processor\?\): start each item on its own line "
        r"with `- ` \(a hyphen and a space\)"),
     lambda m: f"; {m['b']} nie oznacza w YAML elementu listy {_PASTED_PL}: zacznij każdy element w osobnym wierszu od "
               "`- ` (łącznika i spacji)"),
    (_p(r"; it reads as one item without its dash: write (?P<w>`- .+?`), with its other keys indented to line up with "
        r"(?P<f>`.+`)"),
     lambda m: f"; czyta się to jako jeden element bez myślnika: napisz {m['w']}, a pozostałe klucze wetnij tak, by "
               f"zaczynały się równo z {m['f']}"),
    (_p(r"; write each item as a list item with its (?P<f>\w+): (?P<w>`- .+?`)(?: with (?P<n>`name: .+?`))?, its other "
        r"fields indented below it"),
     lambda m: f"; każdy element zapisz jako element listy z jego `{m['f']}`: {m['w']}"
               + (f" i {m['n']}" if m["n"] else "") + ", a pozostałe pola z wcięciem pod nim"),
    (_p(r"; write it as (?P<w>`- action: .+?`) with `owner:` \(the team or person who does it\) and `due:` "
        r"\(YYYY-MM-DD\) below it"),
     lambda m: f"; zapisz to jako {m['w']} z `owner:` (zespół lub osoba, która to zrobi) i `due:` (RRRR-MM-DD) pod spodem"),
    (_p(r"; write it as (?P<w>`- id: .+?`) with (?P<n>`name: .+?`) and the stage's other fields below it"),
     lambda m: f"; zapisz to jako {m['w']} z {m['n']} i pozostałymi polami etapu pod spodem"),
    (_p(r"; write it as (?P<w>`- id: .+?`) with `type:` \(interview, survey, analytics\.\.\.\) below it"),
     lambda m: f"; zapisz to jako {m['w']} z `type:` (interview, survey, analytics...) pod spodem"),
    (_p(r"; write it as (?P<w>`.+`)"), lambda m: f"; zapisz to jako {m['w']}"),
    (_p(r"; an emotion is a whole number from -2 to \+2: write (?P<a>-?\d+) or (?P<b>-?\d+), whichever the research supports"),
     lambda m: f"; emocja to liczba całkowita od -2 do +2: wpisz {m['a']} albo {m['b']}, zależnie od tego, co mówią badania"),
    (_p(r"; an emotion is a whole number from -2 to \+2: for (?P<v>.+) write (?P<w>\w+: -?\d+)"),
     lambda m: f"; emocja to liczba całkowita od -2 do +2: zamiast {_q(m['v'])} wpisz {m['w']}"),
    (_p(r"; an emotion is a whole number from -2 to \+2: write (?P<a>-?\d+)"),
     lambda m: f"; emocja to liczba całkowita od -2 do +2: wpisz {m['a']}"),
    (_p(r"; an emotion is a whole number from -2 \(very negative\) to \+2 \(very positive\)"),
     lambda m: "; emocja to liczba całkowita od -2 (bardzo negatywna) do +2 (bardzo pozytywna)"),
    (_p(r"; a date is one day: write (?P<last>[\d-]+) for the end of Q(?P<n>\d) (?P<y>\d{4}) \(or (?P<first>[\d-]+) "
        r"for its start\)"),
     lambda m: f"; data to jeden dzień: wpisz {m['last']} jako koniec {m['n']}. kwartału {m['y']} (albo {m['first']} "
               "jako jego początek)"),
    (_p(r"; a date needs its year, month and day: did you mean (?P<d>[\d-]+)\?(?P<guess> \(the year is a guess: write "
        r"the one you mean\))?"),
     lambda m: f"; data musi mieć rok, miesiąc i dzień: czy chodziło o {m['d']}?"
               + (" (rok jest tu zgadnięty: wpisz ten, o który chodzi)" if m["guess"] else "")),
    (_p(r"; did you mean (?P<a>\d{4}-\d{2}-\d{2}) \(day first, as in the UK and Poland\) or (?P<b>\d{4}-\d{2}-\d{2}) "
        r"\(month first, as in the US\)\?"),
     lambda m: f"; czy chodziło o {m['a']} (najpierw dzień, jak w Polsce i Wielkiej Brytanii), czy o {m['b']} (najpierw "
               "miesiąc, jak w USA)?"),
    (_p(r"; a date needs its day too: write (?P<ym>\d{4}-\d{2})-DD with the day \((?P<d>\d{4}-\d{2}-\d{2}) for the "
        r"month as a whole\)"),
     lambda m: f"; data potrzebuje też dnia: wpisz {m['ym']}-DD, gdzie DD to dzień ({m['d']}, jeśli chodzi o cały "
               "miesiąc)"),
    (_p(r"; remove the quotes: (?P<w>.+)"), lambda m: f"; usuń cudzysłowy: {m['w']}"),
    (_p(r"; write the number without a thousands separator: (?P<w>.+)"),
     lambda m: f"; zapisz liczbę bez separatora tysięcy: {m['w']}"),
    (_p(r"; YAML takes only the hyphen-minus '-' as a sign, not (?P<s>'.'): write (?P<w>.+)"),
     lambda m: f"; YAML przyjmuje jako znak minus tylko łącznik „-”, a nie {_q(m['s'])}: napisz {m['w']}"),
    (_p(r": the brackets of (?P<v>.+?) make it a YAML list; write the text without them \((?P<w>.+)\)"),
     lambda m: f": nawiasy w {_q(m['v'])} robią z tego listę YAML; napisz tekst bez nich ({_q(m['w'])})"),
    (_p(r": the brackets of (?P<v>.+?) make it a YAML list; (?P<rest>.+)"),
     lambda m: f": nawiasy w {_q(m['v'])} robią z tego listę YAML; {m['rest']}"),
    (_p(r"; the dash needs a space after it, or YAML reads no list item: write (?P<w>`- .+`), each item on its own line"),
     lambda m: f"; po myślniku brakuje spacji, więc YAML nie widzi elementu listy: napisz {m['w']} (myślnik, spacja, "
               "tekst), każdy element w osobnym wierszu"),
    (_p(r"; the dash is followed by (?P<sp>.+?), so YAML reads no list item \(pasted from a word processor\?\): "
        r"replace (?:it|them) with (?:an ordinary space|ordinary spaces)"),
     lambda m: _dash_followed(m['sp'])),
]


_COMMITTEE = _p(r"a journey follows one persona: keep one id in `persona:` and list the others under `other_personas:` "
                r"\('(?P<a>[^']*)' and '(?P<b>[^']*)'\)")


def _committee_pl(english: str) -> str:
    """validate.committee_advice in Polish; raises for any other text (the message then stays English)."""
    m = _COMMITTEE.fullmatch(english)
    if m is None:
        raise ValueError(english)
    return (f"ścieżka prowadzi jedną personę: w `persona:` zostaw jedno id, a pozostałe wpisz pod `other_personas:` "
            f"(„{m['a']}” i „{m['b']}”)")


def _dash_followed(spaces: str) -> str:
    said, n = _named(spaces)
    return (f"; po myślniku {_is(n)} {said}, więc YAML nie widzi elementu listy {_PASTED_PL}: zamień "
            + ("ją na zwykłą spację" if n == 1 else "je na zwykłe spacje"))


def _validator(english: str) -> str:
    """What a model's own check says (``'where': message``), in Polish."""
    m = re.fullmatch(r"'(?P<d>[^']*)' is not a real date(?P<why>.*)", english, re.DOTALL)
    if m is not None:
        return f"„{m['d']}” to nie jest prawdziwa data{_no_date(m['why'])}"
    m = re.fullmatch(r"expected a date written as YYYY-MM-DD without spaces around it, got (?P<v>.+)", english, re.DOTALL)
    if m is not None:
        return f"oczekiwano daty zapisanej jako RRRR-MM-DD, bez spacji wokół, a podano {_described(m['v'])}"
    m = re.fullmatch(r"expected a date written as YYYY-MM-DD, got (?P<v>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[^;]+?)"
                     r"(?P<rest>;.*)?", english, re.DOTALL)
    if m is not None:
        return f"oczekiwano daty zapisanej jako RRRR-MM-DD, a podano {_described(m['v'])}{_date_tail(m['rest'] or '')}"
    m = re.fullmatch(r'age must be a number like 29 or a narrow range like "32-36", got (?P<v>.+?)(?P<rest>; (?:write it '
                     r"without|leave out|'[^']*' counts the year of life,) .*)?", english, re.DOTALL)
    if m is not None:
        return (f"wiek to liczba, np. 29, albo wąski przedział, np. „32-36”, a podano {_described(m['v'])}"
                f"{_age_words(m['rest'] or '')}")
    m = re.fullmatch(r"age (?P<v>.+) is not a plausible age or range \(low ≤ high, 0–120\)", english, re.DOTALL)
    if m is not None:
        return f"wiek {_described(m['v'])} to nie jest wiarygodny wiek ani przedział (od ≤ do, 0–120)"
    m = re.fullmatch(r"two (?P<what>\w+) share the id '(?P<i>[^']*)'; ids must be unique within the document", english)
    if m is not None:
        what = {"stages": "etapy", "sources": "źródła"}.get(m["what"], m["what"])
        return (f"dwa {what} mają to samo id „{m['i']}”; identyfikatory muszą być niepowtarzalne w dokumencie"
                if what != m["what"] else
                f"dwa elementy `{m['what']}` mają to samo id „{m['i']}”; identyfikatory muszą być niepowtarzalne w dokumencie")
    m = re.fullmatch(r"(?P<v>.+?) is no language code: write a two-letter ISO 639-1 language code such as 'pl', 'en', "
                     r"'de', 'cs' or 'uk'(?P<rest>.*)", english, re.DOTALL)
    if m is not None:
        return (f"{_q(m['v'])} to nie kod języka: wpisz dwuliterowy kod ISO 639-1, np. „pl”, „en”, „de”, „cs” lub „uk”"
                f"{_tail(m['rest'])}")
    m = re.fullmatch(r"write a two-letter ISO 639-1 language code such as 'pl', 'en', 'de', 'cs' or 'uk', not (?P<v>.+)",
                     english, re.DOTALL)
    if m is not None:  # `lang:` that is no text (langs.check_lang: a number, a list, true)
        told = "pole jest puste" if m["v"] == "nothing" else f"jest tu {_described(m['v'])}"
        return f"wpisz dwuliterowy kod ISO 639-1, np. „pl”, „en”, „de”, „cs” lub „uk”, a {told}"
    m = re.fullmatch(r"a touchpoint needs a channel or a description", english)
    if m is not None:
        return "punkt styku potrzebuje kanału (`channel`) albo opisu (`description`)"
    raise ValueError(english)


def _age_words(rest: str) -> str:
    """persona._age_words_hint in Polish: which words to leave out of an age (`32-36 lat`, `ok. 35 lat`)."""
    if not rest:
        return ""
    words = r"(?P<w>'[^']*'(?: and '[^']*')?)"
    m = re.fullmatch(rf"; write it without {words}: (?P<a>age: .+)", rest)
    if m is not None:
        return f"; usuń {_words(m['w'])}, zostaw sam wiek: {m['a']}"
    m = re.fullmatch(r"; (?P<w>'[^']*') counts the year of life, not the years lived: write the age the research found "
                     r"\(year of life (?P<n>\d+) is age (?P<a>\d+)\)", rest)
    if m is not None:
        return (f"; {_words(m['w'])} liczy rok życia, nie ukończone lata: wpisz wiek, który podały badania "
                f"({m['n']}. rok życia to wiek {m['a']})")
    m = re.fullmatch(rf"; leave out {words}: a range says about already: (?P<a>age: .+)", rest)
    if m is not None:
        return f"; usuń {_words(m['w'])}, przedział sam mówi, że to „około”: {m['a']}"
    m = re.fullmatch(rf"; leave out {words}: write the age the research found \((?P<n>\d+)\), or a narrow range such "
                     r'as "(?P<r>[\d-]+)"', rest)
    if m is not None:
        return (f"; usuń {_words(m['w'])}: wpisz wiek, który podały badania ({m['n']}), albo wąski przedział, np. "
                f"„{m['r']}”")
    raise ValueError(rest)


def _words(english: str) -> str:
    """"'ok.' and 'lat'" in Polish quotation marks: "„ok.” i „lat”"."""
    return " i ".join(_q(w) for w in english.split(" and "))


def _no_date(why: str) -> str:
    """_why_no_date's explanation in Polish."""
    if not why:
        return ""
    m = re.fullmatch(r" \(dates are YYYY-MM-DD, and there is no month (?P<mo>\d+)\)(?:; did you mean (?P<d>[\d-]+)\?)?", why)
    if m is not None:
        return (f" (daty zapisuje się jako RRRR-MM-DD, a miesiąca {m['mo']} nie ma)"
                + (f"; czy chodziło o {m['d']}?" if m["d"] else ""))
    if why == " (there is no year 0)":
        return " (nie ma roku 0)"
    if why == " (days start at 1)":
        return " (dni liczy się od 1)"
    m = re.fullmatch(r" \((?P<ym>\d{4}-\d{2}) has (?P<n>\d+) days\)", why)
    if m is not None:
        return f" ({m['ym']} ma {m['n']} dni)"
    raise ValueError(why)


def _date_tail(rest: str) -> str:
    m = re.fullmatch(r"; it is a period, and the field holds one date: write its first day \((?P<a>[\d-]+)\) or its last "
                     r"\((?P<b>[\d-]+)\)(?P<note>, and the period in `note`)?", rest)
    if m is not None:
        return (f"; to okres, a pole mieści jedną datę: wpisz jego pierwszy dzień ({m['a']}) albo ostatni ({m['b']})"
                + (", a okres opisz w `note`" if m["note"] else ""))
    return _tail(rest)


def _kinds(english: str) -> str:
    return english  # the kinds are values to write: persona, negative-persona, journey


#: What a file of notes in the persona or journey folder holds (workspace._HOLDS), by its first words.
_NOTES_PL = {
    "a sing": "pojedynczą wartość (tekst, np. notatki), nie mapowanie",
    "a list": "listę wierszy tekstu (np. notatki), nie mapowanie",
    "lines ": "wiersze tekstu pod własnymi etykietami (np. notatki), bez `kind` i bez żadnego z pól cxkit",
}

_SCHEMA: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (_p(r"this file says (?P<k>`kind: .+?`), yet every value in it is a single text and none is a list \((?P<f>`[^`]+`) is "
        r"(?P<v>.+?)\): if it is not a cxkit document \(a translation file, another tool's settings\), leave it out with "
        r"`exclude` in cxkit.toml; if it is, write (?P=f) as a list"),
     lambda m: f"ten plik ma {m['k']}, a każda wartość w nim to pojedynczy tekst i żadna nie jest listą ({m['f']} to "
               f"{_described(m['v'])}): jeśli to nie dokument cxkit (plik tłumaczeń, ustawienia innego narzędzia), pomiń "
               f"go przez `exclude` w cxkit.toml; jeśli jest, zapisz {m['f']} jako listę"),
    (_p(r"missing required field '(?P<f>[^']*)'(?: in (?P<in>'.*'))?"),
     lambda m: f"brakuje wymaganego pola `{m['f']}`{_in(m['in'])}"),
    (_p(r"unknown field (?P<k>.+?)(?: in (?P<in>'[^']*'))?, beside '(?P<g>[^']*)', which is already there: merge the two "
        r"into '(?P=g)', or keep yours under '(?P<x>x-[^']*)'"),
     lambda m: f"nieznane pole {_k(m['k'])}{_in(m['in'])} obok `{m['g']}`, które już tu jest: połącz oba w `{m['g']}` albo "
               f"zostaw swoje pod `{m['x']}`"),
    (_p(r"unknown field (?P<k>.+?)(?: in (?P<in>'[^']*'))?: it starts with (?P<sp>.+?), which YAML reads as part of the "
        r"key, not as indentation \(pasted from a word processor\?\); replace (?:it|them) with (?:an ordinary space|"
        r"ordinary spaces)"),
     lambda m: _pasted_key(m)),
    (_p(r"unknown field (?P<k>.+?)(?: in (?P<in>'[^']*'))?: (?P<m>.(?: and .)?) (?:is a typographic quote|are typographic "
        r"quotes), which YAML reads as part of the key \(pasted from a word processor\?\): write the key without quotes, "
        r"(?P<a>`[^`]+`), or in straight ones, (?P<b>`[^`]+`)"),
     lambda m: f"nieznane pole {_k(m['k'])}{_in(m['in'])}: {m['m'].replace(' and ', ' i ')} to "
               + ("cudzysłów drukarski, który" if len(m["m"]) == 1 else "cudzysłowy drukarskie, które")
               + f" YAML czyta jako część klucza {_PASTED_PL}: napisz klucz bez cudzysłowów, {m['a']}, albo w prostych, "
               f"{m['b']}"),
    (_p(r"unknown field (?P<k>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")(?: in (?P<in>'[^']*'))?(?P<rest>(?:;| \().*)?"),
     lambda m: f"nieznane pole {_k(m['k'])}{_in(m['in'])}{_field_tail(m['rest'] or '')}"),
    (_p(r"(?P<n>[\d,]+) more unknown fields (?:in (?P<in>'[^']*')|at the top level), from (?P<k>.+?) on, are not listed "
        r"one by one \(only the first (?P<f>\d+) of a mapping are\); rename those meant as cxkit fields and put your own "
        r"data under keys that start with 'x-'"),
     lambda m: _more_unknown(m)),
    (_p(r"unknown key (?P<k>'[^']*'|\"[^\"]*\"); did you mean 'kind'\? \(keys are lower case\)"),
     lambda m: f"nieznany klucz {_k(m['k'])}; czy chodziło o `kind`? (klucze pisze się małymi literami)"),
    (_p(r"unknown key (?P<k>'[^']*'|\"[^\"]*\"); did you mean 'kind'\? \(the key that says what the file is: write "
        r"(?P<w>`kind: [^`]+`(?: or `kind: [^`]+`)?)(?P<ren>.*)\)"),
     lambda m: f"nieznany klucz {_k(m['k'])}; czy chodziło o `kind`? (klucz, który mówi, czym jest plik: napisz "
               f"{m['w'].replace('` or `', '` albo `')}{_renames(m['ren'], ', and ')})"),
    (_p(r"missing `kind`; its keys say it is a (?P<k>[\w-]+): add `kind: (?P=k)` as its first line(?P<ren>.*)"),
     lambda m: f"brakuje `kind`; klucze mówią, że to {_kind_pl(m['k'])}: dopisz `kind: {m['k']}` jako pierwszy "
               f"wiersz{_renames(m['ren'], ', and write ')}"),
    (_p(r"this file is in (?P<d>.+?)/ \(`(?P<s>persona-dir|journey-dir)`\), where every YAML file is read as a cxkit "
        r"document, yet it holds (?P<w>a single value \(text, such as notes\), not a mapping|a list of text \(such as "
        r"notes\), not a mapping|lines of text under labels of its own \(such as notes\), no `kind` and none of cxkit's "
        r"fields); write it as a document \(a mapping whose first line is `kind: persona`, `kind: negative-persona` or "
        r"`kind: journey`; `cxkit new` starts one\), or, if it belongs there as it is, leave it out with `exclude` in "
        r"cxkit.toml"),
     lambda m: f"ten plik leży w {m['d']}/ (`{m['s']}`), gdzie każdy plik YAML jest czytany jako dokument cxkit, a zawiera "
               f"{_NOTES_PL[m['w'][:6]]}; zapisz go jako dokument (mapowanie, którego "
               "pierwszy wiersz to `kind: persona`, `kind: negative-persona` albo `kind: journey`; zaczyna go `cxkit new`) "
               "albo, jeśli ma tam zostać taki, jaki jest, pomiń go przez `exclude` w cxkit.toml"),
    (_p(r"missing `kind`; expected one of: (?P<ks>.+)"),
     lambda m: f"brakuje `kind`; oczekiwano jednego z: {_kinds(m['ks'])}"),
    (_p(r"`kind` is empty; expected one of: (?P<ks>.+)"),
     lambda m: f"`kind` jest pusty; oczekiwano jednego z: {_kinds(m['ks'])}"),
    (_p(r"`kind` must be text, not (?P<d>.+?); expected one of: (?P<ks>.+)"),
     lambda m: f"`kind` musi być tekstem, a jest tu {_described(m['d'])}; oczekiwano jednego z: {_kinds(m['ks'])}"),
    (_p(r"unknown kind (?P<k>.+?); its keys say it is a (?P<l>[\w-]+): did you mean '(?P=l)'\?(?: \(then write(?P<ren>.*)\))?"),
     lambda m: f"nieznany rodzaj {_q(m['k'])}; klucze mówią, że to {_kind_pl(m['l'])}: czy chodziło o „{m['l']}”?"
               + (f" (wtedy napisz{_renames(m['ren'], ' ')})" if m["ren"] else "")),
    (_p(r"unknown kind (?P<k>.+?); is it a persona or a negative persona \(whom you do not design for\)\? write "
        r"`kind: persona` or `kind: negative-persona`"),
     lambda m: f"nieznany rodzaj {_q(m['k'])}; to persona czy persona negatywna (ktoś, dla kogo nie projektujesz)? "
               "napisz `kind: persona` albo `kind: negative-persona`"),
    (_p(r"unknown kind (?P<k>.+?); is it a journey or a negative persona \(whom you do not design for\)\? write "
        r"`kind: journey` or `kind: negative-persona`"),
     lambda m: f"nieznany rodzaj {_q(m['k'])}; to ścieżka czy persona negatywna (ktoś, dla kogo nie projektujesz)? "
               "napisz `kind: journey` albo `kind: negative-persona`"),
    (_p(r"unknown kind (?P<k>.+?); is it a journey or a persona\? write `kind: journey` or `kind: persona`"),
     lambda m: f"nieznany rodzaj {_q(m['k'])}; to ścieżka czy persona? napisz `kind: journey` albo `kind: persona`"),
    (_p(r"unknown kind (?P<k>.+?); did you mean '(?P<g>[^']*)'\?(?: \(then write(?P<ren>.*)\))?"),
     lambda m: f"nieznany rodzaj {_q(m['k'])}; czy chodziło o „{m['g']}”?"
               + (f" (wtedy napisz{_renames(m['ren'], ' ')})" if m["ren"] else "")),
    (_p(r"unknown kind (?P<k>.+?); expected one of: (?P<ks>.+)"),
     lambda m: f"nieznany rodzaj {_q(m['k'])}; oczekiwano jednego z: {_kinds(m['ks'])}"),
    (_p(r"a cxkit document is a YAML mapping with a `kind` key, but this file holds (?P<what>.+)"),
     lambda m: f"dokument cxkit to mapowanie YAML z kluczem `kind`, a ten plik zawiera {_holds(m['what'])}"),
    (_p(r"(?P<w>'[^']*') is empty; (?P<fill>.+)"),
     lambda m: f"{_k(m['w'])} jest puste; {_fill(m['fill'])}"),
    (_p(r"(?P<w>'[^']*') is blank; (?P<fill>.+)"),
     lambda m: f"{_k(m['w'])} zawiera same spacje; {_fill(m['fill'])}"),
    (_p(r"(?P<w>'[^']*') is an empty list; it needs at least one item"),
     lambda m: f"{_k(m['w'])} to pusta lista; potrzebny jest co najmniej jeden element"),
    (_p(r"(?P<w>'[^']*') needs at least (?P<n>\d+) items"),
     lambda m: f"{_k(m['w'])} potrzebuje co najmniej {m['n']} elementów"),
    (_p(r"(?P<w>'[^']*') must be one persona's id, not a list; (?P<c>a journey follows one persona: .+)"),
     lambda m: f"{_k(m['w'])} musi być identyfikatorem jednej persony, a nie listą; {_committee_pl(m['c'])}"),
    (_p(r"(?P<w>'[^']*') must be a slug \(lowercase letters and digits joined by hyphens or underscores, e\.g\. "
        r"'ola-runner'\), not (?P<v>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[^;]+?)(?P<rest>;.*)?"),
     lambda m: f"{_k(m['w'])} musi być identyfikatorem (małe litery i cyfry połączone łącznikami lub podkreślnikami, np. "
               f"„ola-runner”), a jest tu {_described(m['v'])}{_tail(m['rest'] or '')}"),
    (_p(r"(?P<w>'[^']*') is (?P<v>.+?); an emotion runs from -2 \(very negative\) to \+2 \(very positive\)"),
     lambda m: f"{_k(m['w'])} wynosi {m['v']}; emocja mieści się w zakresie od -2 (bardzo negatywna) do +2 (bardzo pozytywna)"),
    (_p(r"(?P<w>'[^']*') is (?P<what>.+?); write one of (?P<ex>.+)"),
     lambda m: f"{_k(m['w'])} to {_described(m['what'])}; wpisz jedno z: {_options(m['ex'])}"),
    (_p(r"(?P<w>'[^']*') must be one of (?P<ex>.+?), not (?P<v>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[^;]+)(?P<rest>;.*)?"),
     lambda m: f"{_k(m['w'])} musi mieć jedną z wartości {_options(m['ex'])}, a ma {_q(m['v'])}{_tail(m['rest'] or '')}"),
    (_p(r"(?P<w>'[^']*') is (?P<v>.+?); it must be (?P<bound>.+)"),
     lambda m: f"{_k(m['w'])} wynosi {m['v']}; {_bound(m['bound'])}"),
    (_p(r"(?P<w>'[^']*') must be (?P<shape>text, or a mapping with '\w+' and '\w+'|text|a list|a mapping of fields|"
        r"a whole number), not (?P<d>a list|a mapping|nothing \(an empty value\)|the boolean \w+|the text "
        r"(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")|the number [^;:]+|[^;:]+?)(?P<rest>[;:].*)?"),
     lambda m: f"{_k(m['w'])} musi być {_shape(m['shape'])}, "
               + ("a pole jest puste" if m["d"] == "nothing (an empty value)" else f"a jest tu {_described(m['d'])}")
               + _tail(m["rest"] or "")),
    (_p(r"(?P<w>'[^']*') was read as the mapping (?P<k>.+?): (?P<v>.+?), not as text: ': ' in an unquoted value starts a "
        r"key; (?P<fix>.+)"),
     lambda m: f"{_k(m['w'])} zostało odczytane jako mapowanie {_q(m['k'])}: {_q(m['v'])}, a nie jako tekst: „: ” w "
               f"wartości bez cudzysłowu zaczyna klucz; {_quote_fix(m['fix'])}"),
    (_p(r"(?P<w>'[^']*') was read as the mapping (?P<k>.+?): (?P<v>.+?), not as text: (?P<mark>.) is a typographic "
        r"quote, which YAML reads as text, not as a quote, so the ': ' starts a key; use straight quotes: "
        r"(?:(?P<plain>.+?), or )?(?P<kept>.+) to keep the typographic ones in the text"),
     lambda m: f"{_k(m['w'])} zostało odczytane jako mapowanie {_q(m['k'])}: {_q(m['v'])}, a nie jako tekst: "
               f"{m['mark']} to cudzysłów drukarski, który YAML czyta jako tekst, a nie jako cudzysłów, więc „: ” zaczyna "
               "klucz; użyj prostych cudzysłowów: " + (f"{m['plain']} albo " if m["plain"] else "")
               + f"{m['kept']}, żeby zachować drukarskie w tekście"),
    (_p(r"(?P<w>'[^'\[]*(?:\[[^\]]*\][^'\[]*)*'): (?P<msg>.+)"),
     lambda m: f"{_k(m['w'])}: {_validator(m['msg'])}"),
]


def _more_unknown(m: re.Match[str]) -> str:
    """"2 more unknown fields ... are not listed": the count agrees with its noun ("2 kolejnych nieznanych pól",
    "1 kolejnego nieznanego pola"), after "nie wymieniono", which takes the genitive for any count."""
    n, first = int(m["n"].replace(",", "")), int(m["f"])
    where = "w " + _k(m["in"]) if m["in"] else "na najwyższym poziomie"
    return (f"nie wymieniono po kolei {m['n'].replace(',', ' ')} "
            f"{plural(n, 'kolejnego nieznanego pola', 'kolejnych nieznanych pól', 'kolejnych nieznanych pól')} {where}, "
            f"od {_q(m['k'])} dalej (wymienia się tylko pierwsze {first} {plural(first, 'pole', 'pola', 'pól')} "
            "mapowania); zmień nazwy tych, które miały być polami cxkit, a własne dane trzymaj pod kluczami "
            "zaczynającymi się od `x-`")


def _pasted_key(m: re.Match[str]) -> str:
    said, n = _named(m["sp"])
    # one character is always a "spacja" (feminine): "którą", "ją"; several: "które", "je"
    return (f"nieznane pole {_k(m['k'])}{_in(m['in'])}: zaczyna się od {_genitive(said, n)}, "
            f"{'którą' if n == 1 else 'które'} YAML czyta jako część klucza, a nie jako wcięcie {_PASTED_PL}; zamień "
            + ("ją na zwykłą spację" if n == 1 else "je na zwykłe spacje"))


def _genitive(said: str, n: int) -> str:
    """A :func:`_named` phrase after "od" (the genitive): "twardej spacji", "2 twardych spacji"."""
    if n >= 2:
        # "od 2 twardych spacji", "od 5 twardych spacji": after "od", any count takes the genitive plural
        for forms in (*_SPACE_NAMES.values(), _TYPOGRAPHIC_SPACE, _LOOKALIKE):
            for form in forms[1:]:
                if f" {form} (" in said:
                    return said.replace(f" {form} (", f" {forms[2]} (")
        return said
    singular = {"twarda spacja": "twardej spacji", "wąska twarda spacja": "wąskiej twardej spacji",
                "spacja cyfrowa": "spacji cyfrowej", "spacja ideograficzna": "spacji ideograficznej",
                "spacja typograficzna": "spacji typograficznej", "znak podobny do spacji": "znaku podobnego do spacji"}
    for nom, gen in singular.items():
        if said.startswith(nom + " ("):
            return gen + said[len(nom):]
    return said


def _field_tail(english: str) -> str:
    """An unknown field's hints: the field it suggests is a key, in backquotes (`owner`), not a value."""
    m = re.fullmatch(r"; did you mean '(?P<f>[^'`]*)'\?(?P<rest>.*)", english, re.DOTALL)
    if m is not None:
        return f"; czy chodziło o `{m['f']}`?{_tail(m['rest'])}"
    return _tail(english)


def _fill(english: str) -> str:
    options = re.fullmatch(r"write one of (?P<ex>'.+')", english, re.DOTALL)
    if options is not None:  # an empty `type:` or `status:`: the values it takes
        return f"wpisz jedną z wartości: {_options(options['ex'])}"
    return {
        "this field is required, so write a value": "to pole jest wymagane, więc wpisz wartość",
        "write a value or remove the item": "wpisz wartość albo usuń element",
        "write a value or remove the key": "wpisz wartość albo usuń klucz",
    }[english]


def _bound(english: str) -> str:
    m = re.fullmatch(r"(?:at least|>=) (?P<n>-?[\d.]+)", english)
    if m is not None:
        return f"musi wynosić co najmniej {decimal(m['n'])}"
    m = re.fullmatch(r"(?:at most|<=) (?P<n>-?[\d.]+)", english)
    if m is not None:
        return f"może wynosić najwyżej {decimal(m['n'])}"
    m = re.fullmatch(r"(?:more than|>) (?P<n>-?[\d.]+)", english)
    if m is not None:
        return f"musi być większe niż {decimal(m['n'])}"
    m = re.fullmatch(r"(?:less than|<) (?P<n>-?[\d.]+)", english)
    if m is not None:
        return f"musi być mniejsze niż {decimal(m['n'])}"
    m = re.fullmatch(r"(?:between|from) (?P<a>-?[\d.]+) (?:and|to) (?P<b>-?[\d.]+)", english)
    if m is not None:
        return f"musi mieścić się w zakresie od {decimal(m['a'])} do {decimal(m['b'])}"
    raise ValueError(english)


def _options(english: str) -> str:
    """"'draft', 'active' or 'retired'" in Polish: „draft”, „active” lub „retired”."""
    return re.sub(r"'([^']*)'", r"„\1”", english).replace(" or ", " lub ")


def _quote_fix(english: str) -> str:
    m = re.fullmatch(r"put the whole text in quotes: (?P<v>.+?)(?:, or name the channel apart: (?P<apart>.+))?", english,
                     re.DOTALL)
    if m is not None:
        return f"ujmij cały tekst w cudzysłów: {m['v']}" + (f" albo podaj kanał osobno: {m['apart']}" if m["apart"] else "")
    m = re.fullmatch(r"write it as (?P<w>`.+`)", english, re.DOTALL)
    if m is not None:
        return f"zapisz to jako {m['w']}"
    raise ValueError(english)


def _holds(english: str) -> str:
    if english == "a list":
        return "listę"
    if english == "nothing":
        return "nic"
    m = re.fullmatch(r"a single value \((?P<k>.+)\)", english)
    if m is not None:
        kinds = {"text": "tekst", "a number": "liczba", "true or false": "true albo false", "a date": "data",
                 "a value": "wartość"}
        return f"pojedynczą wartość ({kinds[m['k']]})"
    raise ValueError(english)


def _kind_pl(kind: str) -> str:
    return {"persona": "persona", "negative-persona": "persona negatywna", "journey": "ścieżka klienta"}.get(kind, kind)


def _renames(english: str, lead: str) -> str:
    """validate's ``_renames``: ", and `field:` for `key:`, ..." (after ``lead``) in Polish."""
    if not english:
        return ""
    if not english.startswith(lead):
        raise ValueError(english)
    body = english[len(lead):]
    more = re.search(r" and (\d+) more$", body)
    if more is not None:
        body = body[: more.start()]
    pairs = re.findall(r"(`[^`]+:`) for (`[^`]+:`)", body)
    if not pairs:
        raise ValueError(english)
    told = ", ".join(f"{a} zamiast {b}" for a, b in pairs)
    told += f" i jeszcze {more.group(1)}" if more is not None else ""
    return (", a także napisz " if lead == ", and write " else " " if lead == " " else ", a także ") + told


# -- a document read from standard input ----------------------------------------------------------------------------

#: The Polish twins' words for the file, as a document read from stdin (`cxkit lint -`) says them of its input
#: (cxkit.cliutil.said_of_stdin does the same for the English messages).
_OF_STDIN = [
    ("ten plik zawiera", "to wejście zawiera"), ("ten plik ma", "to wejście ma"), ("plik jest pusty", "wejście jest puste"),
    ("plik zawiera", "wejście zawiera"), ("plik nie jest poprawnym", "wejście nie jest poprawnym"),
    ("plik zaczyna się", "wejście zaczyna się"), ("plik wygląda na", "wejście wygląda na"),
    ("plik ma ", "wejście ma "), ("plik przekracza", "wejście przekracza"), ("podziel go", "podziel je"),
    ("nie da się odczytać pliku", "nie da się odczytać wejścia"),  # a Git LFS pointer piped in, as "the input"
    ("zapisz go jako", "zapisz je jako"), ("to nie jest plik tekstowy", "to nie jest tekst"),
    ("dokumentu w pliku", "dokumentu na wejściu"), ("w pliku został", "na wejściu został"),
    ("mówi, czym jest plik", "mówi, czym jest dokument"), ("plik nie definiuje", "wejście nie definiuje"),
]


def said_of_stdin(rule: str, message: str) -> str:
    """A Polish twin of ``rule`` said of a document read from standard input, which is in no file."""
    if rule not in RULES:
        return message
    # What the document says, quoted ("„Załączony plik ma limit”", a line to copy in `...` or "..."), is carried
    # over as written: only cxkit's own words about the file are said of the input.
    quoted: list[str] = []

    def hide(m: re.Match[str]) -> str:
        quoted.append(m.group(0))
        return f"\x00{len(quoted) - 1}\x00"

    message = _QUOTED.sub(hide, message)
    for said, instead in _OF_STDIN:
        message = message.replace(said, instead)
    return re.sub(r"\x00(\d+)\x00", lambda m: quoted[int(m.group(1))], message)


#: A quoted stretch of a Polish twin: what the document says, never cxkit's words about the file.
_QUOTED = re.compile(r"„[^”]*”|`[^`]*`|\"[^\"\n]*\"|»[^«]*«")
