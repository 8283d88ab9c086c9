"""Finding documents on disk, loading them, and indexing a workspace by id."""

from __future__ import annotations

import codecs
import itertools
from collections import Counter
from collections.abc import Mapping
import os
import re
from array import array
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, NamedTuple

from .config import Config
from .gitutil import LFS_POINTER_READ, LFS_POINTER_SCANNED, is_lfs_pointer
from .discovery import (  # noqa: F401  (re-exported: the workspace API callers know)
    MAX_FILE_BYTES,
    YAML_SUFFIXES,
    BUILD_FOLDERS,
    SKIPPED_FOLDERS,
    NotRegularFile,
    Target,
    UsageError,
    _root_rel,
    discover,
    buffer_place,
    display_path,
    is_excluded,
    other_workspace,
    read_target,
)
from .lint.finding import Hit
from .visible import visible_name
from .lint.textnorm import normalise
# Nothing of pydantic at import time: the models and their validation (cxkit.model.validate) are imported
# where a document is validated or a kind guessed, so that what only reads YAML (git's diff driver) builds none.
from .model import KINDS
from .langs import WORD_LANGS, lang_code
from .model.plain import NEGATIVE_TRAIT_FIELDS, PSYCHOGRAPHIC_FIELDS, TRAIT_FIELDS, SchemaIssue
from .yamlio import LoadedYAML, decode, load_bytes

if TYPE_CHECKING:
    from .model import CxModel

STAGE_TRAIT_FIELDS = ("barriers", "pain_points", "love_points", "metrics")
# Cheap test for "this broken file was meant to be a cxkit document".  Not
# discovery.DOCUMENT_KIND_RE: decoded text (UTF-16 too), an indented `kind:` and any kind word or line end.
KIND_LINE = re.compile(r"^[ \t]*kind:[ \t]*['\"]?([A-Za-z-]+)", re.MULTILINE)


@dataclass(slots=True)
class Document:
    """One loaded file: its YAML, data, validated model and where things are in it."""

    path: str
    loaded: LoadedYAML
    model: CxModel | None = None
    issues: list[SchemaIssue] = field(default_factory=list)
    #: The configured default language; the document's own is worked out on first use.
    default_lang: str | None = None
    _lang: str | None = None
    #: The file's `# cxkit: disable=` comments (the engine's Suppressions), when it has any.
    suppressions: Any = None
    #: Gives the rules in force for this file by name (set by the lint engine, asked only when a rule
    #: needs them): the run's selection less the file's per-file-ignores; see :meth:`in_force`.
    rules_in_force: Any = None
    #: :meth:`traits` as first worked out, with the model it was read from.
    _traits: tuple[Any, list[tuple[tuple[Any, ...], str, list[str]]]] | None = field(default=None, repr=False, compare=False)

    def silenced(self, rule: str, line: int) -> tuple[int, int] | None:
        """Where the `# cxkit: disable=` comment is that silences ``rule`` on ``line``, or None (a count
        over findings, such as "4 of 5 traits are generic", must not count the ones the author silenced)."""
        if self.suppressions is None:
            return None
        for comment_line, col, names in self.suppressions.lines.get(line, ()):
            if rule in names or "all" in names:
                return comment_line, col
        return None

    def in_force(self, rule: str, line: int) -> Any:
        """The configured rule named ``rule`` when a finding of it at ``line`` would be shown: selected for
        the run, not skipped by per-file-ignores, nor by a `# cxkit: disable` comment (`disable-file`, or
        one reaching ``line``); else None.  A rule leaves a problem to another one that speaks of it."""
        found = self.rules_in_force().get(rule) if self.rules_in_force is not None else None
        if found is None or self.silenced(rule, line) is not None:
            return None
        off = self.suppressions.file if self.suppressions is not None else ()
        return None if rule in off or "all" in off else found

    def silence_as(self, rule: str, line: int, by: tuple[int, int]) -> None:
        """Have the comment at ``by`` silence ``rule`` on ``line`` too: a finding that exists only
        because of findings that comment silences is silenced with them, and `cxkit review` lists it
        as suppressed, not as fixed."""
        if self.suppressions is not None:
            self.suppressions.lines.setdefault(line, []).append((by[0], by[1], {rule}))

    @property
    def data(self) -> Any:
        return self.loaded.data

    @property
    def lang(self) -> str:
        """The language of the text: the document's `lang` (any ISO 639-1 code, in lower case), else
        guessed from its words (see guess_lang): 'pl' or 'en', or another code when the words say so."""
        if self._lang is None:
            data = self.loaded.data
            declared = lang_code(data.get("lang")) if isinstance(data, dict) else None
            self._lang = guess_lang(self.loaded.text, declared, self.default_lang)
        return self._lang

    @property
    def reads_words(self) -> bool:
        """Whether the rules that read words (through the Polish and English word lists) read this
        document's: its language is Polish or English."""
        if self._lang is None and (self.default_lang is None or self.default_lang in WORD_LANGS):
            data = self.loaded.data
            text = self.loaded.text
            if (not isinstance(data, dict) or data.get("lang") is None) and (
                    text.isascii() or not _OTHER_LETTERS.search(text)):
                return True  # Polish or English, whichever its words say: no letter of another language
        return self.lang in WORD_LANGS

    @property
    def kind(self) -> str | None:
        data = self.loaded.data
        kind = data.get("kind") if isinstance(data, dict) else None
        return kind if kind in KINDS else None

    def at(self, *path: Any, key: bool = True) -> tuple[int, int]:
        """1-based (line, column) of the value at ``path`` (its key for mapping entries)."""
        return self.loaded.locate(path, key=key)

    def hit(self, path: tuple[Any, ...], message: str, *, key: bool = False, offset: int | None = None,
            pl: str | None = None) -> Hit:
        """A :class:`Hit` positioned at ``path``; by default at the value itself, with ``offset``
        at that character of a text value (in its own line for a `|` or `>` block).  ``pl``: the
        message's Polish twin, which a Polish workspace reports instead (:attr:`Hit.pl`)."""
        if offset is not None:
            line, col = self.loaded.locate_in(path, offset)
        else:
            line, col = self.loaded.locate(path, key=key)
        return Hit(line, col, message, pl=pl)

    def traits(self) -> list[tuple[tuple[Any, ...], str, list[str]]]:
        """Every trait with its data path, text and cited sources (a list shared by every caller:
        read it, do not change it).

        For personas: psychographics and the trait lists; for journeys: each
        stage's barriers, pain points, love points and metrics.  Worked out once
        per model: several rules and the workspace summary read them all.
        """
        cached = self._traits
        if cached is None or cached[0] is not self.model:
            cached = self._traits = (self.model, list(self._read_traits()))
        return cached[1]

    def _read_traits(self) -> Iterator[tuple[tuple[Any, ...], str, list[str]]]:
        model = self.model
        if model is None:
            return
        if self.kind == "journey":
            for i, stage in enumerate(model.stages):  # type: ignore[attr-defined]
                for fname in STAGE_TRAIT_FIELDS:
                    for j, trait in enumerate(getattr(stage, fname)):
                        yield ("stages", i, fname, j), trait.text, trait.sources
            return
        if self.kind not in ("persona", "negative-persona"):
            return
        psycho = getattr(model, "psychographics", None)
        if psycho is not None:
            for fname in PSYCHOGRAPHIC_FIELDS:
                for i, trait in enumerate(getattr(psycho, fname)):
                    yield ("psychographics", fname, i), trait.text, trait.sources
        fields = TRAIT_FIELDS + (NEGATIVE_TRAIT_FIELDS if self.kind == "negative-persona" else ())
        for fname in fields:
            for i, trait in enumerate(getattr(model, fname)):
                yield (fname, i), trait.text, trait.sources


_COMMENT = re.compile(r"(?:^|\s)#.*$", re.MULTILINE)
_PL_FUNCTION_WORDS = ("się", "nie", "jest", "oraz", "że", "dla", "przez", "jak", "ale", "lub", "czy", "od", "po", "za", "w", "z", "na", "do", "o")
_EN_FUNCTION_WORDS = ("the", "and", "of", "with", "for", "is", "are", "on", "at", "by", "from", "her", "his", "their", "when", "before", "after", "every")
_PL_WORDS = re.compile(
    # A word with a Polish letter is tried from its start only (\b), and scanned once: `\w*[ą…]`
    # from every position of a 100 KB word without one backtracked for minutes.
    rf"\b(?:{'|'.join(_PL_FUNCTION_WORDS)})\b|\b\w*?[ąćęłńśźż]\w*",
    re.IGNORECASE,
)
_EN_WORDS = re.compile(rf"\b(?:{'|'.join(_EN_FUNCTION_WORDS)})\b", re.IGNORECASE)


_WORD = re.compile(r"\w+")
_PL_LETTERS = frozenset("ąćęłńśźżĄĆĘŁŃŚŹŻ")
#: The function words an ASCII word can be (the others hold a Polish letter, which counts anyway).
_PL_ASCII_WORDS = tuple(w for w in _PL_FUNCTION_WORDS if w.isascii())
_EN_ASCII_WORDS = _EN_FUNCTION_WORDS


#: Polish function words Czech and Slovak write the same way: no evidence between the two.
_PL_SHARED_WORDS = frozenset(("z", "na", "do", "o", "od", "po", "za", "jak", "ale"))
#: Letters of Czech and Slovak that Polish never writes (ó is in both), and those of Slovak alone.
_CS_LETTERS = frozenset("áčďéěíňřšťúůýžÁČĎÉĚÍŇŘŠŤÚŮÝŽľĺŕôĽĹŔÔ")
_SK_LETTERS = frozenset("ľĺŕôĽĹŔÔ")
#: Those of them that French, Spanish, Hungarian and the rest do not write (á, é, í, ú, ý they do: an
#: English "café", "résumé" or "rosé"): a word with only those others counts as Czech only in a text
#: with one of these.
_CS_OWN_LETTERS = frozenset("čďěňřšťůžČĎĚŇŘŠŤŮŽľĺŕôĽĹŔÔ")
#: Czech function words of ASCII letters (a word with a Czech letter counts anyway); "to", "a" and those
#: Polish writes too ("je", "jako", "pro", "tak") are left out: a Polish text typed without diacritics
#: is full of them; so is "s", which English writes after an apostrophe ("customer's").
_CS_ASCII_WORDS = ("v", "ve", "se", "jsou", "jsem", "nebo", "k", "ke", "jeho")
#: German: its letters, and its function words of ASCII letters ("im", "den", "die" are words of others too,
#: and "wie" is Polish: "nie wie").
_DE_LETTERS = frozenset("äöüßÄÖÜ")
_DE_ASCII_WORDS = ("der", "das", "und", "nicht", "mit", "ist", "auf", "ein", "eine", "einen", "sich", "dem",
                   "zu", "von", "bei", "beim", "oder", "auch", "aus", "nach", "sind", "wird", "werden")
#: More Polish words of ASCII letters (as typed without diacritics: "juz", "ktory") that Czech, Slovak and
#: German do not write: evidence of Polish against those languages only (the Polish/English guess does
#: not use them, so it stays as it was).  Not "sie" (German), "je", "chce", "kupuje" (Czech).
_PL_MORE_ASCII_WORDS = ("przy", "juz", "tylko", "bardzo", "ktory", "ktora", "ktore", "ktorzy", "moze", "bo", "gdy",
                        "kiedy", "zeby", "jesli", "mnie", "sobie", "wiec", "tez")
#: Cyrillic: letters of Ukrainian alone, and of Russian alone; a word in Cyrillic counts for either.
_UK_LETTERS = frozenset("іїєґІЇЄҐ")
_RU_LETTERS = frozenset("ыэъёЫЭЪЁ")
#: A letter of one of those languages: without one, a document is read as Polish or English (a German
#: text with no umlaut nor ß is too).
_OTHER_LETTERS = re.compile("[" + "".join(sorted(_CS_LETTERS | _DE_LETTERS)) + "\u0400-\u04ff]")
#: Words another language needs, at least, and more than Polish (less what Czech shares) and English.
#: Only its function words and its words in lower case count towards this least number: a capital
#: starts a name, a brand or a loanword ("Renée", "Café Nero", "Müller", "Über", "Döner"), which a
#: Polish or English text has as often as a Czech or German one.
_MIN_OTHER_WORDS = 2


def _word_page() -> tuple[Any, str]:
    """A charmap for ASCII, Latin-1 and the Polish letters and typography, and what each code becomes:
    a character :data:`_WORD` takes (a letter, a digit, "_") itself, any other a space."""
    chars = [chr(code) for code in range(0x80)] + [chr(code) for code in range(0xA0, 0x100)]
    chars += list("ĄąĆćĘęŁłŃńŚśŹźŻż“”„‘’–—…•")
    chars = list(dict.fromkeys(chars))
    out = "".join(c if c.isalnum() or c == "_" else " " for c in chars)
    unused = "\ufffe" * (256 - len(chars))  # the codecs' mark for a code that stands for nothing
    return codecs.charmap_build("".join(chars) + unused), out + unused


_WORD_PAGE, _WORD_PAGE_OUT = _word_page()


def _words(body: str) -> list[str]:
    """``_WORD.findall(body)``, in two C passes of a code page where the text is written in it (nearly
    every Polish or English document), six times quicker than the regex over a whole document."""
    try:
        return codecs.charmap_decode(codecs.charmap_encode(body, "strict", _WORD_PAGE)[0], "strict", _WORD_PAGE_OUT)[0].split()
    except UnicodeError:  # a character outside the page (a Czech letter, an emoji)
        return _WORD.findall(body)


def _word_counts(body: str) -> tuple[int, int]:
    """How many words of ``body`` read as Polish and as English (see :func:`_all_counts`)."""
    counts = _all_counts(body)
    return counts["pl"], counts["en"]


def _all_counts(body: str, other: bool | None = None, czech: bool | None = None) -> dict[str, int]:
    """How many words of ``body`` :data:`_PL_WORDS` and :data:`_EN_WORDS` find, counted in C; and how
    many read as Czech or Slovak ("cs"), German ("de") or Cyrillic ("cyr"), and as Polish besides the
    function words Czech writes the same way ("pl_own").

    A word-by-word regex scan took over half a millisecond a file, for every
    document a folder render shows.  Each pattern finds at most one match
    per word, so the count is per word: ASCII words (most of them), lowered
    and counted at once; the others asked of the patterns one by one, which
    keeps their case rules (İ is i, ſ is s) exactly.
    """
    words = _words(body)
    if body.isascii():
        plain, others = words, []
    else:
        plain = list(filter(str.isascii, words))
        others = list(itertools.filterfalse(str.isascii, words))
    counts = Counter(map(str.lower, plain))
    pl = sum(counts[w] for w in _PL_ASCII_WORDS)
    shared = sum(counts[w] for w in _PL_SHARED_WORDS)
    en = sum(counts[w] for w in _EN_ASCII_WORDS)
    # Another language's function words count only beside a letter of its own (see reads_words), in
    # ``body`` or, when ``other`` says so, in the text it is a line of.
    if other is None:
        other = bool(others) and _OTHER_LETTERS.search(body) is not None
    if czech is None:
        czech = other and not _CS_OWN_LETTERS.isdisjoint(body)
    cs = sum(counts[w] for w in _CS_ASCII_WORDS) if czech else 0
    de = sum(counts[w] for w in _DE_ASCII_WORDS) if other else 0
    cyr = 0
    # How many of those are no capitalised word (see _MIN_OTHER_WORDS), and Polish's own ASCII words.
    lower = {"cs": cs, "de": de, "cyr": 0}
    more = sum(counts[w] for w in _PL_MORE_ASCII_WORDS) if other else 0
    if others:
        # A Polish letter makes a word count; without one, only a word as short as a function
        # word can still be one, spelt with a letter whose case folds to ASCII (NİE, ſię).
        lettered = list(map(_PL_LETTERS.isdisjoint, others))
        pl += lettered.count(False)
        short = [w for w, none in zip(others, lettered) if none and len(w) <= 6]
        pl += sum(1 for w in short if _PL_WORDS.fullmatch(w))
        en += sum(1 for w in others if len(w) <= 6 and _EN_WORDS.fullmatch(w))
        for word, none in zip(others, lettered) if other else ():
            if not none:
                continue  # a Polish letter: Polish
            if not _CS_LETTERS.isdisjoint(word):
                if not czech:
                    continue  # "café", "résumé": no Czech letter in the text
                lang = "cs"
                cs += 1
            elif not _DE_LETTERS.isdisjoint(word):
                lang = "de"
                de += 1
            elif "\u0400" <= word[0] <= "\u04ff":
                lang = "cyr"
                cyr += 1
            else:
                continue
            if not word[0].isupper():
                lower[lang] += 1
    return {"pl": pl, "pl_own": pl - shared + more, "en": en, "cs": cs, "de": de, "cyr": cyr,
            "cs_lower": lower["cs"], "de_lower": lower["de"], "cyr_lower": lower["cyr"]}


def _other_lang(body: str, counts: dict[str, int]) -> str | None:
    """The language other than Polish and English that the words of ``body`` read as (Czech, Slovak,
    German, Ukrainian, Russian), when more of them say so than say Polish or English; else None."""
    score, code = max((counts["cs"], "cs"), (counts["de"], "de"), (counts["cyr"], "cyr"))
    if counts[f"{code}_lower"] < _MIN_OTHER_WORDS or score <= counts["pl_own"] or score <= counts["en"]:
        return None
    if not _most_lines(body, code):
        return None
    if code == "cs":
        return "sk" if not _SK_LETTERS.isdisjoint(body) else "cs"
    if code == "cyr":
        if not _UK_LETTERS.isdisjoint(body):
            return "uk"
        return "ru" if not _RU_LETTERS.isdisjoint(body) else None
    return code


def _most_lines(body: str, code: str) -> bool:
    """Whether more lines of ``body`` read as the language ``code`` than as Polish, and than as English:
    one line of another language (a German customer quoted in a Polish persona typed without
    diacritics, whose Polish has few words to tell it by) does not make the document that language."""
    if "\n" not in body.strip():
        return True
    won = Counter()
    czech = not _CS_OWN_LETTERS.isdisjoint(body)
    for line in body.splitlines():
        counts = _all_counts(line, other=True, czech=czech)
        said = {"pl": counts["pl_own"], "en": counts["en"], code: counts[code]}
        best = max(said.values())
        if best:
            won.update(lang for lang, n in said.items() if n == best)
    return won[code] > won["pl"] and won[code] > won["en"]


def _without_comments(text: str) -> str:
    """``text`` without its comments (a `#` at a line's start or after a blank, to the line's end)."""
    return _COMMENT.sub("", text) if "#" in text else text  # most documents have none: no scan


def other_lang(text: str) -> str | None:
    """The language of ``text`` when its words read as Czech, Slovak, German, Ukrainian or Russian
    rather than as Polish or English (see guess_lang); else None."""
    body = _without_comments(text)
    return _other_lang(body, _all_counts(body))


def guess_lang(text: str, declared: str | None, default: str | None) -> str:
    """The language of a document: declared, else guessed from its words, else the default.

    Comments are left out, and Polish needs more than a place name: an English
    persona who lives in Łódź stays English.  Czech and Slovak (ě, ř, ů, č, "jsou",
    "nebo"), German (ä, ß, "und", "nicht") and Ukrainian or Russian words are
    told apart from Polish: such a document is no Polish one, whose words the
    Polish word lists would misread.
    """
    if declared:
        return declared
    body = _without_comments(text)
    counts = _all_counts(body)
    other = _other_lang(body, counts)
    if other is not None:
        return other
    pl, en = counts["pl"], counts["en"]
    if pl > en:
        return "pl"
    if en > pl:
        return "en"
    return default or "en"


def load_document(
    target: Target, config: Config, content: tuple[bytes, int] | None = None
) -> tuple[Document | None, list[Hit], bool]:
    """Read and validate one file (or its already-read ``content`` from :func:`read_target`).

    Returns the document (None when the file is not a cxkit document at all),
    the read/syntax hits (rule ``yaml-syntax`` or ``read-error``), and whether
    any read error happened (so the caller can pick the rule).
    """
    try:
        raw, size = content if content is not None else read_target(target)
    except NotRegularFile as exc:
        if not target.explicit:
            return None, [], False  # a pipe or device named *.yaml in a scan is not a document
        return None, [Hit(1, 1, f"cannot read the file: {exc.strerror or exc}")], True
    except OSError as exc:
        return None, [Hit(1, 1, f"cannot read the file: {exc.strerror or exc}")], True
    if raw[:8] == b"version " and is_lfs_pointer(raw):
        # A document kept in Git LFS, checked out without it: unread, as a dangling link is, never passed over.
        return None, [Hit(1, 1, LFS_POINTER_READ + ("" if target.explicit else LFS_POINTER_SCANNED))], True
    loaded = load_bytes(raw, size=size)
    hits = [Hit(p.line, p.column, p.message) for p in loaded.problems]
    data = loaded.data
    kept_here = notes = None
    if not target.explicit and not claims_cxkit_kind(loaded, raw):
        kept_here = _document_folder(target, config)
        if kept_here is None:
            return None, [], False  # other tools' YAML (or a picture named .yaml) elsewhere
        if raw.strip() and not loaded.text:
            # Bytes that are no text where the workspace keeps its documents: reported as when the file is named
            # ("not valid UTF-8"), so that a pull request cannot make a document vanish from the run this way.
            return None, hits or [Hit(1, 1, "not a text file: its bytes are no UTF-8 text")], False
        # In the folder where the workspace keeps its personas or journeys, a file that names no cxkit
        # `kind` and is no YAML a tool reads is reported as when it is named: notes pasted from a word
        # processor and saved as .yaml (YAML that does not parse, or one line of text), a file emptied.
        # A mapping or a list there (a translation file, a tool's settings) is still passed over.
        if data is None:
            text = loaded.text or probe_text(raw[:8192])
            if KIND_LINE.search(text) or re.search(r"^apiVersion[ \t]*:", text, re.MULTILINE):
                return None, [], False  # another tool's broken file (a Helm template of `kind: Persona`)
            return None, hits, False  # "the file is empty", the YAML error where it is
        lost = _lost_kind(data)  # `name:`, `goals:` and no `kind:`: the schema says what to add
        notes = _notes(data) if isinstance(data, (dict, list)) and not lost else None
        if isinstance(data, (dict, list)) and notes is None and not lost:
            return None, [], False  # a translation file, a tool's settings, a list of ids
    if data is None:
        return None, hits, False
    from .model.validate import as_written, validate

    model, issues = validate(data, extensions="x-" in loaded.text)
    if kept_here is not None and model is None and not isinstance(data, (dict, list)):
        issues = [_FileIssue(("kind",), _not_a_document(*kept_here))]
    elif kept_here is not None and model is None and notes is not None:
        issues = [notes(*kept_here)]
    if model is None and issues:
        issues = as_written(issues, loaded.root, loaded.text)  # `owner: [Marta]`: what the brackets did
        if not target.explicit and (spot := _labels_only(data)) is not None:
            from .model.common import brief

            issues.insert(0, _FileIssue(("kind",), f"this file says `kind: {data['kind']}`, yet every value in it is a "
                                        f"single text and none is a list (`{spot}` is {brief(data[spot])}): if it is "
                                        "not a cxkit document (a translation file, another tool's settings), leave it "
                                        f"out with `exclude` in cxkit.toml; if it is, write `{spot}` as a list"))
    doc = Document(path=target.display, loaded=loaded, model=model, issues=issues, default_lang=config.lang)
    return doc, hits, False


def _document_folder(target: Target, config: Config) -> tuple[str, str] | None:
    """The setting (`persona-dir`, `journey-dir`) and folder of the workspace's personas or journeys that a
    file a folder scan met lies in (config-relative, at any depth), or None.

    There every YAML file is meant as a cxkit document: one that names no cxkit `kind` (notes pasted from
    a word processor, a file emptied by an editor that crashed or a bad merge) is reported as when it is
    named.  Elsewhere (an `mkdocs.yml`, a CI workflow, a translation file) YAML without a cxkit kind is
    other tools', and a scan passes over it."""
    try:
        rel = os.path.relpath(os.path.abspath(target.fs_path), os.path.abspath(config.root)).replace(os.sep, "/")
    except ValueError:  # another drive
        return None
    for setting, folder in (("persona-dir", config.persona_dir), ("journey-dir", config.journey_dir)):
        folder = folder.strip("/")
        if folder not in ("", ".") and rel.startswith(folder + "/"):
            return setting, folder
    return None


#: What a file of notes in the persona or journey folder holds, by its shape (see :func:`_not_a_document`).
_HOLDS = {
    "value": "a single value (text, such as notes), not a mapping",
    "list": "a list of text (such as notes), not a mapping",
    "labels": "lines of text under labels of its own (such as notes), no `kind` and none of cxkit's fields",
}


def _not_a_document(setting: str, folder: str, shape: str = "value") -> str:
    """The finding of a file in the workspace's persona or journey folder that holds notes, no cxkit document
    (see :func:`load_document`): a single value (a line or a paragraph of text), a list of text or labelled
    lines of text (``shape``: "value", "list", "labels"); the two ways out."""
    return (f"this file is in {folder}/ (`{setting}`), where every YAML file is read as a cxkit document, yet it "
            f"holds {_HOLDS[shape]}; write it as a document (a mapping whose first "
            "line is `kind: persona`, `kind: negative-persona` or `kind: journey`; `cxkit new` starts one), or, if it "
            "belongs there as it is, leave it out with `exclude` in cxkit.toml")


#: A key as programs write theirs (`site_name`, `nav.title`, `labelPosition`, an environment's `API_URL`): ASCII in
#: one case, no space.
_PROGRAM_KEY = re.compile(r"[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)*|[a-z]+(?:[A-Z][a-z0-9]*)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
#: Text a person writes rather than a program's value: two words or more (`zadzwonić do Ani`).
_PHRASE = re.compile(r"[^\W\d_]\S*\s+\S")


def _notes(data: Any) -> Callable[[str, str], SchemaIssue] | None:
    """For a list or mapping without a cxkit `kind`, in the workspace's persona or journey folder, that
    reads as notes saved as .yaml, the finding that says so (given the setting and the folder); else None.

    Notes are a list of text, one phrase at least (`- zadzwonić do Ani`), or labelled lines of text
    (`Spotkanie: wtorek`, `Ankieta: 120 osób`): flat, a label at least written as a person writes one
    (a capital, a space, a Polish letter), not as a program's key.  A list of single words or ids (an
    order of files), a mapping of a program's keys (`site_name:`, a Docusaurus `_category_.yml`) or
    one that nests mappings (a translation file) is another tool's and passed over."""
    scalar = (str, int, float, bool)
    if isinstance(data, list):
        if not data or not all(isinstance(item, scalar) or _labelled_line(item) for item in data):
            return None  # a list of a tool's records (`- title: …` `url: …`), a nav (`- Home: index.md`)
        said = [item for item in data if isinstance(item, str)]
        said += [v for item in data if isinstance(item, dict) for v in item.values() if isinstance(v, str)]
        if not any(_PHRASE.search(text) for text in said):
            return None
        return lambda setting, folder: SchemaIssue((0,), _not_a_document(setting, folder, "list"), at_key=False)
    if not data or not all(isinstance(k, str) for k in data) or any(k.strip().lower() == "kind" for k in data):
        return None  # nothing, or a kind of another tool's (`kind: Deployment`)
    if not all(isinstance(v, scalar) or v is None or (isinstance(v, list) and all(isinstance(i, scalar) for i in v))
               for v in data.values()):
        return None
    if all(_PROGRAM_KEY.fullmatch(k) for k in data):
        return None
    first = next(iter(data))
    return lambda setting, folder: SchemaIssue((first,), _not_a_document(setting, folder, "labels"))


#: A value that leads somewhere (`index.md`, `personas/index.md`, `https://…`, `/journeys/`): a nav's, no note's.
_LINK = re.compile(r"\S+\.(?:md|html?|ya?ml|pdf)|[a-z][a-z0-9+.-]*://\S*|/\S*")


def _labelled_line(item: Any) -> bool:
    """Whether a list item is a line of notes under a label of a person's (`- Spotkanie: wtorek 10:00`): a flat
    mapping of text, one label at least not written as a program's key, and not every value a link."""
    if not isinstance(item, dict) or not item or not all(isinstance(k, str) for k in item):
        return False
    if not all(isinstance(v, (str, int, float, bool)) or v is None for v in item.values()):
        return False
    if all(_PROGRAM_KEY.fullmatch(k) for k in item):
        return False
    return not all(isinstance(v, str) and _LINK.fullmatch(v.strip()) for v in item.values())


def _lost_kind(data: Any) -> bool:
    """Whether a mapping without a `kind` has a field only cxkit documents have, written as that field is
    (`goals:` a list, `stages:` a list of stages; also `cele:`, `etapy:`), or says its kind under another key
    (`typ: persona`, `rodzaj: journey`, a misspelt `knd: persona`): a persona or journey that lost its `kind:`
    line (and its `id`), which the schema then tells what to add.  A kind under a key of another meaning
    (`label: persona`) is not one."""
    if not isinstance(data, dict):
        return False
    from .model.validate import TELLING_KEYS, _shaped_as, closest, kind_key_written_otherwise, renamed_telling_keys

    return (any(isinstance(k, str) and k in TELLING_KEYS and _shaped_as(k, v) for k, v in data.items())
            or bool(renamed_telling_keys(data)) or kind_key_written_otherwise(data) is not None
            or any(isinstance(k, str) and isinstance(v, str) and v.strip() in KINDS
                   and closest(k.strip().lower(), ("kind",), cutoff=0.75) is not None for k, v in data.items()))


@dataclass(frozen=True, slots=True)
class _FileIssue(SchemaIssue):
    """A schema issue about the whole file (a translation table): at 1:1, so that it is the file's
    first finding, before the missing id and name and the rest it explains (findings are listed by
    line, column and code; at one place in the order they were found)."""

    def position(self, loaded: Any) -> tuple[int, int]:
        return (1, 1)


#: Top-level fields a cxkit document writes as lists.
_LIST_FIELDS = frozenset({
    "goals", "needs", "pain_points", "motivations", "behaviours", "expectations", "stages",
    "reasons", "substitutes", "purchase_triggers", "abandon_triggers",
})


def _labels_only(data: Any) -> str | None:
    """For a mapping with a cxkit `kind` whose values are all short labels (a few words, no digits or
    punctuation) and which writes two or more of the fields a cxkit document lists as text
    (`goals: Cele`, `stages: Etapy`), the first of those fields; else None.

    That is what a translation table (`kind: persona`, `goals: Cele`, `stages: Etapy`) looks like:
    the file is still linted (its kind is exact), but the finding says how to leave it out.
    """
    if not isinstance(data, dict) or data.get("kind") not in KINDS:
        return None
    if not all(isinstance(v, str) and _LABEL.fullmatch(v) for k, v in data.items() if k != "kind"):
        return None  # a sentence (`goals: Zablokować kartę w 30 sekund, gdy...`): a persona's own words
    as_text = [k for k in data if k in _LIST_FIELDS]
    # One list field written as one line is a beginner's persona, not a table of labels.
    return as_text[0] if len(as_text) >= 2 else None


#: A label as a translation table holds one (`Cele`, `Punkty bólu`, `Imię`): a few words, no sentence.
_LABEL = re.compile(r"[^\W\d_]+(?:[ '-][^\W\d_]+){0,3}")


def claims_cxkit_kind(loaded: LoadedYAML, raw: bytes) -> bool:
    """Whether a file met in a folder scan is a cxkit document, or a near miss (`kind: persna`).

    A file that does not parse still counts when a `kind:` line says so, so
    broken documents are reported rather than skipped.  Every command that
    scans folders (lint, render, diff, fmt) decides with this one test.
    """
    data = loaded.data
    kind = data.get("kind") if isinstance(data, dict) else None
    if data is None or (not isinstance(kind, str) and loaded.problems):
        # Unreadable, or read with problems that may have hidden the kind (a duplicate `kind:`).
        text = loaded.text or probe_text(raw[:8192])
        keys = dict.fromkeys(m.group(1) for m in _TOP_KEY_LINE.finditer(text))
        kinds = [m.group(1) for m in KIND_LINE.finditer(text)]
        if any(k in KINDS for k in kinds):
            return True
        if _FOREIGN_KEY in keys:
            return False  # a Helm template of a custom resource `kind: Persona`
        from .model.validate import kind_from_keys, near_miss_kind

        if any(near_miss_kind(k) is not None for k in kinds) and _near_miss_keys(keys, parsed=False):
            return True
        # `kind: customer-journey` in a file that does not parse: its top-level key lines tell.
        return kind_from_keys(keys) is not None
    if isinstance(kind, str) and kind in KINDS:
        # Exactly cxkit's kind is a document, `apiVersion` beside it or not (the schema names that key).
        return True
    from .model.validate import kind_from_keys, kind_key_written_otherwise, near_miss_kind

    if isinstance(data, dict) and _FOREIGN_KEY in data:
        # `apiVersion` + `kind: Persona` is a Kubernetes custom resource (or Backstage, Argo...):
        # Kubernetes kinds are CamelCase, never cxkit's exact lowercase one.
        return False
    if kind is None and isinstance(data, dict):
        # `Kind: persona`, `KIND: journey`: the key misspelt in its case is a near miss too, for the
        # schema to name (an unknown key, and no `kind`), not a file to pass over without a word; so is
        # the key in the team's words (`typ: persona`, `rodzaj: journey`).
        kind = next((v for k, v in data.items() if isinstance(k, str) and k.strip().lower() == "kind"), None)
        other = kind_key_written_otherwise(data)
        if kind is None and other is not None:
            kind = data[other]
    if isinstance(kind, str) and near_miss_kind(kind) is not None:
        # A near miss has the `id` and `name` every cxkit document has, or one of them and a key
        # written as cxkit writes it (`goals`, stages with names): an analytics funnel `kind: Journey`
        # with an `id` and event stages (`{id, event}`), but no `name`, is some other tool's file.
        return isinstance(data, dict) and (_near_miss_keys(data) or _old_journey(data))
    if isinstance(kind, str) and _says_journey(kind) and _old_journey(data):
        # `kind: customer-journey` over an old journey's keys (`title:`, `phases:`): a journey map of
        # the team's first years, to be told what to rename, not passed over as no document.
        return True
    # A persona that lost its `kind:` line, or whose kind is a word of the team's own
    # (`kind: customer-journey`, `kind: cjm`, `kind: klient`): an `id`, a `name` and a key only
    # cxkit documents have (`goals`, `reasons`, `stages`...), also in the words did-you-mean knows
    # for it (`cele`, `etapy`, `Stages`), make it a near miss too.  Other tools' YAML
    # (`kind: Deployment`, workflows, compose files, OpenAPI) has no such keys.
    return kind_from_keys(data) is not None


def teams_document(loaded: LoadedYAML, raw: bytes) -> bool:
    """Whether a file is one of the team's own cxkit documents: one a folder scan checks
    (:func:`claims_cxkit_kind`) that is no translation table (:func:`_labels_only`: `kind: persona`,
    `goals: Cele`, `pain_points: Punkty bólu`, which lint checks but tells to leave out).

    `cxkit init` asks this of the files it finds, so a front end's i18n file does not count as
    the team's personas (no examples written, a folder with a config taken for a client's).
    """
    return claims_cxkit_kind(loaded, raw) and _labels_only(loaded.data) is None


#: The keys of a journey's stage beside its `id`: an analytics funnel's stages (`{id, event}`) have none.
_STAGE_KEYS = frozenset({
    "name", "goal", "touchpoints", "doing", "thinking", "feeling", "emotion", "barriers", "pain_points",
    "love_points", "metrics", "opportunities",
})


def _near_miss_keys(data: dict[Any, Any], parsed: bool = True) -> bool:
    """Whether a mapping with a near miss of a kind (`kind: persna`) has a document's keys: `id` and
    `name`, or one of them and a key only cxkit documents have (`stages` counts when a stage is
    written as cxkit's are, with a `name`, `emotion`...; in a file that does not parse, as it is)."""
    if "id" in data and "name" in data:
        return True
    if "id" not in data and "name" not in data:
        return False
    from .model.validate import TELLING_KEYS

    for key, value in data.items():
        if not (isinstance(key, str) and key in TELLING_KEYS):
            continue
        if key != "stages" or not parsed:
            return True
        if isinstance(value, list) and any(isinstance(s, dict) and not _STAGE_KEYS.isdisjoint(s) for s in value):
            return True
    return False


#: The lists an old journey kept its stages under, before `stages:` (a Polish team's `etapy`, `fazy`, `kroki` too).
_OLD_STAGE_LISTS = ("phases", "steps", "etapy", "fazy", "kroki")
#: Words of a kind that says journey map in a team's own words, English or Polish (`customer-journey`,
#: `cjm`, `ścieżka-klienta`, `mapa-podróży`), with or without Polish letters.
_JOURNEY_WORDS = ("journey", "cjm", "podróż", "podroz", "ścieżk", "sciezk")


def _says_journey(kind: str) -> bool:
    """Whether a kind not cxkit's says journey map in a team's words (:data:`_JOURNEY_WORDS`)."""
    folded = kind.casefold()
    return any(word in folded for word in _JOURNEY_WORDS)
#: Keys only a journey's stage has (and their old words: `thoughts`, `feelings`, `mood`): not `name`,
#: `goal` or `metrics`, which a CI job's steps or a funnel's have too.
_STAGE_OWN_KEYS = (_STAGE_KEYS - {"name", "goal", "metrics"}) | {
    "thoughts", "feelings", "mood", "sentiment", "emotion_score", "pains", "frustrations",
}


def _old_journey(data: Any) -> bool:
    """Whether a mapping with a journey's kind in a near miss or the team's words (`kind: Journey`, `kind:
    customer-journey`) has an old journey's keys: an `id`, `name` or `title`, and `phases:` or `steps:` whose
    items are stages as cxkit writes them, with touchpoints, doing, thinking, feeling, an emotion, barriers...
    A CI pipeline's steps (`{name, run}`), a funnel's (`{id, event}`) or a Kubernetes manifest are none."""
    if not isinstance(data, dict) or _FOREIGN_KEY in data or not ("id" in data or "name" in data or "title" in data):
        return False
    for key in _OLD_STAGE_LISTS:
        value = data.get(key)
        if not isinstance(value, list):
            continue
        own = {k for s in value if isinstance(s, dict) for k in s if isinstance(k, str) and k in _STAGE_OWN_KEYS}
        # Two of a stage's own keys (an emotion and touchpoints, thinking and feeling), or one beside the
        # `persona:` a journey names: a product tour's steps with an `emotion`, or a page's i18n steps with a
        # `thinking:` label, are no journey map, and `fmt --fix` must not rewrite them into one.
        if len(own) >= 2 or (own and "persona" in data):
            return True
    return False


#: The top-level key that marks a Kubernetes-style manifest (custom resources included): never a cxkit document's.
_FOREIGN_KEY = "apiVersion"

#: A top-level key line (`stages:`), for a file that does not parse.
_TOP_KEY_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]|\r?$)", re.MULTILINE)

_ID_LINE = re.compile(r"^id:[ \t]*['\"]?([A-Za-z0-9][A-Za-z0-9_-]*)['\"]?[ \t]*(?:#[^\r\n]*)?\r?$", re.MULTILINE)


def unread_identity(raw: bytes) -> tuple[str | None, str | None]:
    """The kind and id a document that cannot be read says it has, by its `kind:` and top-level `id:` lines."""
    text, _problem = decode(raw)  # as the loader reads it: a byte-order mark, UTF-16/32
    if text is None:
        text = probe_text(raw[:65536])
    kind = next((k for k in (m.group(1) for m in KIND_LINE.finditer(text)) if k in KINDS), None)
    found = _ID_LINE.search(text)
    return kind, found.group(1) if found else None


def near_miss_identity(data: Any) -> tuple[str, str | None] | None:
    """The kind and id of a document read whole whose kind is a near miss (`Kind: Persona`,
    `kind: Persona`, no `kind:` beside a persona's keys), or None: the schema names its mistake, and
    the cross-file rules must not tell a journey that names it that no such persona exists."""
    if not isinstance(data, dict) or data.get("kind") in KINDS:
        return None
    kind = data.get("kind")
    if kind is None:
        kind = next((v for k, v in data.items() if isinstance(k, str) and k.strip().lower() == "kind"), None)
    from .model.validate import kind_from_keys, near_miss_kind

    guess = (near_miss_kind(kind) if isinstance(kind, str) else None) or kind_from_keys(data)
    return (guess, as_text(data.get("id"))) if guess else None


def probe_text(head: bytes) -> str:
    """Undecodable bytes read well enough to spot a `kind:` line (UTF-16 without a BOM included).

    UTF-16 only when its NULs say so (every other byte, as the loader tells it); else each byte a
    character, after a UTF-8 byte-order mark (a BOM'd persona with one bad byte opens with `kind:`)."""
    from .legacy_encoding import looks_like_utf16

    if b"\x00" in head[:200] and looks_like_utf16(head[:4096]):
        codec = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        return codecs.decode(head[: len(head) // 2 * 2], codec, errors="replace")
    return head.removeprefix(codecs.BOM_UTF8).decode("latin-1")


class ExcludedDocument(NamedTuple):
    """A document in a file that the config's `exclude` leaves out, as its `kind:` and `id:` lines tell."""

    path: str
    kind: str | None
    id: str | None
    #: The `exclude` pattern that leaves it out, as written in the config.
    pattern: str
    #: The excluded folder that holds the file (shown path), or None when the pattern matched the file itself.
    folder: str | None
    #: The config file's name ("cxkit.toml", "pyproject.toml"), or "the config" without one.
    config: str


class OtherWorkspaceDocument(NamedTuple):
    """A document in a folder below the workspace that has a config of its own (another workspace)."""

    path: str
    kind: str | None
    id: str | None
    #: The config that makes its folder a workspace of its own (shown path: `personas/legacy/cxkit.toml`).
    config: str


class ExcludedFiles:
    """The documents a folder scan leaves out because of `exclude`; looked for only when asked.

    unknown-persona asks when a journey names a persona the workspace does not
    have: it may sit in an excluded draft folder, and "does not exist" would be
    wrong.  Nothing is walked until then (once per run), and of each excluded
    YAML file only its first :attr:`HEAD` bytes are read, up to the last whole
    line, for its `kind:` and `id:` lines (:func:`unread_identity`; they are at
    the top of a document); nothing is parsed.  Hidden folders, linked folders
    and the folders of tools and builds (:data:`NOT_WALKED`: discovery's
    SKIPPED_FOLDERS and BUILD_FOLDERS, node_modules, vendor, virtualenvs...)
    are passed over: they hold other tools' YAML, never
    a draft persona, and walking them made every run with an unknown persona
    slow.  The walk stops after :attr:`MAX_FOLDERS` folders or :attr:`MAX_FILES`
    files read.
    """

    MAX_FOLDERS = 3000
    MAX_FILES = 300
    HEAD = 8192
    NOT_WALKED = frozenset((*SKIPPED_FOLDERS, *BUILD_FOLDERS))  # discovery's lists, shared by all commands

    def __init__(self, config: Config) -> None:
        self.config = config
        self._found: list[ExcludedDocument] | None = None
        self._others: list[OtherWorkspaceDocument] | None = None
        self._met_other = False

    @property
    def walked(self) -> bool:
        """Whether a rule asked for the excluded files, or for those of other workspaces below and there
        were some: then the run's result depends on files it did not check."""
        return (self._found is not None and bool(self.config.exclude)) or self._met_other

    def in_other_workspaces(self) -> list[OtherWorkspaceDocument]:
        """The documents in folders below with a config of their own, which the scan passed over.

        Asked by unknown-persona only when a journey names a persona the workspace does not have
        (a team that put a `cxkit.toml` in `personas/legacy/` to tune a rule there made that
        folder another workspace).  Walked once per run, as the excluded files are, and only when
        scans pass over other workspaces (`cxkit lint` without `--config`).
        """
        if self._others is None:
            self._others = self._walk_others() if self.config.nested is not None else []
        return self._others

    def _walk_others(self) -> list[OtherWorkspaceDocument]:
        config = self.config
        roots = [config.root / p for p in config.paths] if config.paths else [config.root]
        root_real = os.path.normcase(os.path.realpath(config.root))
        out: list[OtherWorkspaceDocument] = []
        folders = files = 0
        # (folder, the shown config of the other workspace it lies in, or None while in this one)
        stack: list[tuple[str, str | None]] = [(str(r), None) for r in reversed(roots) if r.is_dir()]
        while stack and folders < self.MAX_FOLDERS and files < self.MAX_FILES:
            top, owner = stack.pop()
            folders += 1
            try:
                with os.scandir(top) as entries:
                    listed = sorted(entries, key=lambda e: e.name)
            except OSError:
                continue
            if other_workspace(top, listed, root_real):
                self._met_other = True
                name = "cxkit.toml" if any(e.name == "cxkit.toml" for e in listed) and os.path.isfile(
                    os.path.join(top, "cxkit.toml")) else "pyproject.toml"
                owner = _shown(os.path.join(top, name))
            subdirs = []
            for entry in listed:
                if entry.name.startswith("."):
                    continue
                try:
                    is_dir = entry.is_dir(follow_symlinks=False)
                    is_file = not is_dir and entry.is_file()  # a pipe or device is never opened
                except OSError:
                    continue
                full = os.path.join(top, entry.name)
                if is_dir:
                    # This workspace's excluded folders are not searched, as the scan does not.
                    if entry.name not in self.NOT_WALKED and (owner is not None or self._pattern(full) is None):
                        subdirs.append((full, owner))
                    continue
                if owner is None or not (is_file and entry.name.lower().endswith(YAML_SUFFIXES)):
                    continue
                files += 1
                try:
                    with open(full, "rb") as fh:
                        head = fh.read(self.HEAD)
                except OSError:
                    continue
                if len(head) == self.HEAD and b"\x00" not in head[:200]:
                    head = head[: head.rfind(b"\n") + 1]  # whole lines only, as for the excluded files
                kind, ident = unread_identity(head)
                out.append(OtherWorkspaceDocument(_shown(full), kind, ident, owner))
                if files >= self.MAX_FILES:
                    break
            stack.extend(reversed(subdirs))
        return out

    def __call__(self) -> list[ExcludedDocument]:
        if self._found is None:
            found: dict[str, ExcludedDocument] = {}
            for doc in self._walk() if self.config.exclude else []:
                # One file under two configured `paths` (`personas` and `personas/drafts`) is one file.
                found.setdefault(doc.path, doc)
            self._found = list(found.values())
        return self._found

    def _pattern(self, path: str) -> str | None:
        rel = _root_rel(self.config, path)
        return next((p for p in self.config.exclude if is_excluded(rel, [p])), None)

    def _walk(self) -> list[ExcludedDocument]:
        config = self.config
        name = visible_name(config.source.name) if config.source is not None else "the config"
        roots = [config.root / p for p in config.paths] if config.paths else [config.root]
        root_real = os.path.normcase(os.path.realpath(config.root))
        out: list[ExcludedDocument] = []
        folders = files = 0
        # (folder, the pattern and shown folder that exclude it, or None while not excluded)
        stack: list[tuple[str, tuple[str, str] | None]] = [(str(r), None) for r in reversed(roots) if r.is_dir()]
        while stack and folders < self.MAX_FOLDERS and files < self.MAX_FILES:
            top, excluded = stack.pop()
            folders += 1
            try:
                with os.scandir(top) as entries:
                    listed = sorted(entries, key=lambda e: e.name)
            except OSError:
                continue
            if config.nested is not None and other_workspace(top, listed, root_real):
                continue  # another workspace's files are none of this one's
            subdirs = []
            for entry in listed:
                if entry.name.startswith("."):
                    continue
                full = os.path.join(top, entry.name)
                try:
                    is_dir = entry.is_dir(follow_symlinks=False)
                    is_file = not is_dir and entry.is_file()  # a pipe or device is never opened
                except OSError:
                    continue
                if is_dir:
                    if entry.name in self.NOT_WALKED:
                        continue
                    if excluded is None:
                        pattern = self._pattern(full)
                        subdirs.append((full, (pattern, _shown(full)) if pattern else None))
                    else:
                        subdirs.append((full, excluded))
                    continue
                if not (is_file and entry.name.lower().endswith(YAML_SUFFIXES)):
                    continue
                if excluded is not None:
                    pattern, folder = excluded
                else:
                    pattern, folder = self._pattern(full), None
                    if pattern is None:
                        continue
                files += 1
                try:
                    with open(full, "rb") as fh:
                        head = fh.read(self.HEAD)
                except OSError:
                    continue
                if len(head) == self.HEAD and b"\x00" not in head[:200]:
                    # Whole lines only: `id: tom-ba` cut from `id: tom-baker-uk` is no id.  (UTF-16/32,
                    # with NUL bytes, is left whole: its code units must not be split.)
                    head = head[: head.rfind(b"\n") + 1]
                kind, ident = unread_identity(head)
                out.append(ExcludedDocument(_shown(full), kind, ident, pattern, folder, name))
                if files >= self.MAX_FILES:
                    break
            stack.extend(reversed(subdirs))
        return out


def _shown(path: str) -> str:
    """A path found by a walk, as findings show paths: from where cxkit runs."""
    try:
        return display_path(os.path.relpath(path))
    except ValueError:  # pragma: no cover - another drive (Windows)
        return display_path(path)


class TraitRow(NamedTuple):
    """One trait of a summarised document."""

    field: str
    text: str
    line: int
    column: int
    #: Normalised stems (cxkit.lint.textnorm.normalise), what cross-file rules compare.
    norm: str


class TraitSpill:
    """A temporary file where the trait texts and stems of a lint run's summaries wait.

    Every document's summary is held until the workspace rules have run; its
    texts are read again only for the few traits a finding quotes, and its
    stems once per rule that compares them.  Kept on disk, they no longer
    make a run's memory grow with the number of files.  Made when first
    written to; a file that cannot be made or written leaves the texts in
    memory, as without it.  Closed (and so gone) when the run ends.
    """

    __slots__ = ("file", "end", "at_end", "broken", "number")

    def __init__(self) -> None:
        self.file: Any = None
        self.end = 0
        self.at_end = True
        self.broken = False
        #: How a :class:`SpilledAt` names this file (see there).
        self.number = next(_SPILL_NUMBERS)
        _SPILLS[self.number] = self

    def put(self, data: bytes) -> int | None:
        """Write ``data``; where it starts in the file, or None when it could not be written."""
        if self.broken:
            return None
        try:
            if self.file is None:
                import tempfile

                # Unbuffered: a write the disk refuses (full, or over a size limit) fails here, while
                # the summary still holds its texts, not later when a buffer of others' is written out.
                self.file = tempfile.TemporaryFile(buffering=0)
            if not self.at_end:
                self.file.seek(self.end)
                self.at_end = True
            view = memoryview(data)
            while view:
                written = self.file.write(view)
                if not written:
                    raise OSError(f"the temporary file of trait texts took no more at {self.end}")
                view = view[written:]
        except (OSError, ValueError):
            self.broken = True  # the rest stays in memory; what was written is still read back
            return None
        start, self.end = self.end, self.end + len(data)
        return start

    def get(self, start: int, size: int) -> bytes:
        self.at_end = False
        self.file.seek(start)
        data = self.file.read(size)
        while len(data) < size:
            more = self.file.read(size - len(data))
            if not more:
                raise OSError(f"the temporary file of trait texts ended at {start + len(data)}, not {start + size}")
            data += more
        return data

    def close(self) -> None:
        """Close the file (which removes it): the run is over, nothing reads it again."""
        self.broken = True
        _SPILLS.pop(self.number, None)
        if self.file is not None:
            try:
                self.file.close()
            except OSError:
                pass


#: Each :class:`TraitSpill` not closed yet, by its number (see :class:`SpilledAt`).
_SPILLS: dict[int, TraitSpill] = {}
_SPILL_NUMBERS = itertools.count()
_LOW64 = (1 << 64) - 1


class SpilledAt(int):
    """A summary's packed traits in a :class:`TraitSpill`, as one number: the spill's number, where
    they start and how many bytes they are.  Read back on demand; pickled (to another process) as the bytes.

    Every document's summary holds one until the cross-file rules have run: an int of about 60 bytes,
    where a :class:`Spilled` took an object and two ints (about 120).
    """

    __slots__ = ()

    @classmethod
    def of(cls, spill: TraitSpill, start: int, size: int) -> SpilledAt:
        return cls((spill.number << 128) | (start << 64) | size)

    def read(self, start: int = 0, stop: int | None = None) -> bytes:
        value = int(self)
        size = value & _LOW64
        stop = size if stop is None else min(stop, size)
        if stop <= start:
            return b""
        return _SPILLS[value >> 128].get(((value >> 64) & _LOW64) + start, stop - start)

    def __len__(self) -> int:
        return int(self) & _LOW64

    def __bool__(self) -> bool:
        return bool(len(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return (bytes, (self.read(),))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SpilledAt):
            other = other.read()
        return isinstance(other, bytes) and self.read() == other

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SpilledAt({len(self)} bytes)"


#: The spill file of the lint run in progress (set by cxkit.lint.engine.lint); None: texts stay in memory.
trait_spill: ContextVar[TraitSpill | None] = ContextVar("trait_spill", default=None)


def as_saved(shown: str) -> str:
    """The shown path ``shown`` as the rules order files by: a buffer's copy (see :data:`cxkit.discovery.buffer_place`)
    is where its file is saved, so a rule that picks "the first" file picks what `cxkit lint FILE` picks."""
    standing = buffer_place.get()
    return standing.saved_shown if standing is not None and shown == standing.copy_shown else shown


class Spilled:
    """Bytes kept in a :class:`TraitSpill`: read back on demand; pickled (to another process) as the bytes."""

    __slots__ = ("spill", "start", "size", "text")

    def __init__(self, spill: TraitSpill, start: int, size: int, text: bool = False) -> None:
        #: ``text``: it stands for a str (its UTF-8), not bytes.
        self.spill, self.start, self.size, self.text = spill, start, size, text

    def read(self, start: int = 0, stop: int | None = None) -> bytes:
        stop = self.size if stop is None else min(stop, self.size)
        return self.spill.get(self.start + start, stop - start) if stop > start else b""

    def __len__(self) -> int:
        return self.size

    def value(self) -> bytes | str:
        data = self.read()
        return data.decode("utf-8", "surrogatepass") if self.text else data

    def __reduce__(self) -> tuple[Any, ...]:
        return (str, (self.read(), "utf-8", "surrogatepass")) if self.text else (bytes, (self.read(),))

    def __eq__(self, other: object) -> bool:
        return self.value() == (other.value() if isinstance(other, Spilled) else other)

    __hash__ = None  # type: ignore[assignment]


#: The fields a trait can be in, in a fixed order: a summary keeps each trait's field as one byte,
#: its place here, rather than a pointer (a field not here keeps its summary's fields as names).
_NO_EXTRA: dict[str, Any] = {}
TRAIT_FIELD_NAMES: tuple[str, ...] = (
    *TRAIT_FIELDS, *NEGATIVE_TRAIT_FIELDS, *(f"psychographics.{name}" for name in PSYCHOGRAPHIC_FIELDS)
)
_TRAIT_FIELD_CODES = {name: code for code, name in enumerate(TRAIT_FIELD_NAMES)}
#: What a persona says of itself besides its traits, in this order: their texts are packed after its
#: traits (empty where it says nothing), for the rule that looks for a negative persona denying them
#: ("Nie mieszka w Gdańsku" where the location says Gdańsk).
ABOUT_FIELDS: tuple[str, ...] = (
    "summary", "demographics.occupation", "demographics.location", "demographics.education", "demographics.household",
)


@dataclass(slots=True)
class DocSummary:
    """What workspace rules need to know of one document; small and picklable.

    Every document's summary is held until the workspace rules have run, so
    its traits are packed into one buffer (positions, texts and normalised
    stems) and one byte per trait for its field, rather than objects per
    trait.  :meth:`trait_norms`, :meth:`trait` and :meth:`trait_rows` read
    them back.  During a lint run the buffer waits in the run's :class:`TraitSpill`.
    """

    path: str
    kind: str
    id: str | None
    id_pos: tuple[int, int]
    name: str | None = None
    persona: str | None = None
    persona_pos: tuple[int, int] = (1, 1)
    #: One empty dict shared by the summaries that have nothing here: replace it, never change it in place.
    extra: dict[str, Any] = field(default_factory=lambda: _NO_EXTRA)
    #: The field of each trait, as its place in :data:`TRAIT_FIELD_NAMES` (one byte a trait), or
    #: as the names themselves when one is not there.
    _fields: bytes | tuple[str, ...] = b""
    #: Every trait, packed: line, column and end offset in the texts of each (an array("I"), three
    #: numbers a trait), then the texts' UTF-8 one after the other, then the normalised stems' UTF-8,
    #: separated by newlines (stems never hold whitespace). In a lint run, in its spill file.
    _traits: bytes | SpilledAt = b""
    #: How many bytes at the end of ``_traits`` hold the texts of :data:`ABOUT_FIELDS` (personas that
    #: have one): their ends (an array("I"), one number each), then their UTF-8; 0 without them.
    _about: int = 0
    #: How many numbers (an array("I") before those texts) hold where the id's value and each trait
    #: end, for the machine formats' places of the cross-file rules' findings (see :meth:`place`); 0
    #: when not worked out.  Numbers, not bytes: a small int, one object shared by every summary.
    _placed: int = 0

    @property
    def trait_fields(self) -> tuple[str, ...]:
        """The field of each trait ("goals", "psychographics.values"), in order."""
        fields = self._fields
        return fields if isinstance(fields, tuple) else tuple(map(TRAIT_FIELD_NAMES.__getitem__, fields))

    def in_fields(self, names: frozenset[str]) -> list[bool]:
        """For each trait, whether its field is one of ``names``; :attr:`trait_fields` without a tuple
        of names made for each document (the cross-file rules ask it of every persona of a workspace)."""
        fields = self._fields
        if isinstance(fields, tuple):
            return [name in names for name in fields]
        return list(map(_field_codes(names).__contains__, fields))

    def set_traits(self, rows: Iterable[tuple[str, str, int, int, str]], spill: bool = True,
                   about: list[str] | None = None, places: array[int] | None = None) -> None:
        """Pack (field, text, line, column, norm) rows, and the texts of :data:`ABOUT_FIELDS` when
        given (``about``, one string each, "" for one not written); ``spill=False`` leaves them in
        memory for a later :func:`spill_all` of many summaries at once.  ``places``: what
        :func:`cxkit.lint.formats.located.summary_places` worked out for them."""
        rows = list(rows)
        names = [r[0] for r in rows]
        try:
            self._fields = _shared_fields(bytes(map(_TRAIT_FIELD_CODES.__getitem__, names)))
        except KeyError:
            self._fields = tuple(names)
        encoded = [r[1].encode("utf-8", "surrogatepass") for r in rows]
        marks = array("I")
        end = 0
        for r, raw in zip(rows, encoded):
            end += len(raw)
            marks.extend((r[2], r[3], end))
        norms = "\n".join([r[4] for r in rows]).encode("utf-8", "surrogatepass")
        tail = b""
        if about and any(about):
            texts = [a.encode("utf-8", "surrogatepass") for a in about]
            ends = array("I")
            for raw in texts:
                ends.append((ends[-1] if ends else 0) + len(raw))
            tail = b"".join([ends.tobytes(), *texts])
        self._about = len(tail)
        ends = places.tobytes() if places else b""
        self._placed = len(places) if places else 0
        self._traits = b"".join([marks.tobytes(), *encoded, norms, ends, tail]) if rows or tail or ends else b""
        if spill:
            self.spill()

    def spill(self) -> None:
        """Move the packed traits to the lint run's spill file, if a run has one."""
        spill_all((self,))

    def _packed(self) -> tuple[bytes, Any, int]:
        """The packed traits, their positions (three numbers a trait) and where the texts start."""
        traits = self._traits
        data = traits if isinstance(traits, bytes) else traits.read()
        head = 12 * len(self._fields)
        return data, memoryview(data)[:head].cast("I"), head

    def _norms_in(self, data: bytes, marks: Any, head: int) -> list[str]:
        return data[head + marks[-1]:len(data) - self._about - 4 * self._placed].decode("utf-8", "surrogatepass").split("\n")

    def trait_norms(self) -> list[str]:
        """The normalised stems of every trait, in order."""
        if not self._fields:
            return []
        return self._norms_in(*self._packed())

    def about(self) -> list[str]:
        """The text of each of :data:`ABOUT_FIELDS`, in that order ("" for one not written); [] when
        the document has none of them."""
        if not self._about:
            return []
        traits = self._traits
        start = len(traits) - self._about
        tail = traits[start:] if isinstance(traits, bytes) else traits.read(start)
        head = 4 * len(ABOUT_FIELDS)
        ends = memoryview(tail)[:head].cast("I")
        return [tail[head + (ends[k - 1] if k else 0):head + ends[k]].decode("utf-8", "surrogatepass")
                for k in range(len(ABOUT_FIELDS))]

    def place(self, line: int, column: int) -> tuple[str | None, str, int | None, int | None] | None:
        """The place (:attr:`Finding.at`) of a finding at the 1-based (``line``, ``column``) of this
        document's id value or of one of its traits, as the machine formats give it; None where the
        summary does not know it (the file is then read for it)."""
        if not self._placed:
            return None
        traits, size = self._traits, 4 * self._placed
        start = len(traits) - self._about - size
        ends = memoryview(traits[start:start + size] if isinstance(traits, bytes)
                          else traits.read(start, start + size)).cast("I")
        document = self.id or None  # as the file's own reading names it
        if (line, column) == self.id_pos and ends[0] != _NOT_PLACED:
            return document, "id", ends[0] or None, ends[1] or None
        if len(ends) == 2 or not self._fields or isinstance(self._fields, tuple):
            return None
        marks = memoryview(traits[:12 * len(self._fields)] if isinstance(traits, bytes)
                           else traits.read(0, 12 * len(self._fields))).cast("I")
        for i in range(len(self._fields)):
            if marks[3 * i] == line and marks[3 * i + 1] == column:
                end_line, end_column, k = ends[2 + 3 * i:5 + 3 * i]
                if end_line == _NOT_PLACED:
                    return None
                from .docpath import Item, format_path

                shown = format_path((*TRAIT_FIELD_NAMES[self._fields[i]].split("."), Item(k)))
                return document, shown, end_line or None, end_column or None
        return None

    def trait(self, i: int, norms: list[str] | None = None) -> TraitRow:
        """Trait ``i`` in full (pass :meth:`trait_norms` when reading many)."""
        data, marks, head = self._packed()
        start = marks[3 * i - 1] if i else 0
        text = data[head + start:head + marks[3 * i + 2]].decode("utf-8", "surrogatepass")
        norm = (norms if norms is not None else self._norms_in(data, marks, head))[i]
        return TraitRow(self.trait_fields[i], text, marks[3 * i], marks[3 * i + 1], norm)

    def trait_rows(self) -> list[TraitRow]:
        if not self._fields:
            return []
        data, marks, head = self._packed()
        norms = self._norms_in(data, marks, head)
        rows, start = [], head
        for i, (name, norm) in enumerate(zip(self.trait_fields, norms)):
            end = head + marks[3 * i + 2]
            rows.append(TraitRow(name, data[start:end].decode("utf-8", "surrogatepass"), marks[3 * i], marks[3 * i + 1], norm))
            start = end
        return rows

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path, "kind": self.kind, "id": self.id, "id_pos": list(self.id_pos),
            "name": self.name, "persona": self.persona, "persona_pos": list(self.persona_pos),
            "extra": self.extra, "traits": [list(r) for r in self.trait_rows()],
            **({"about": self.about()} if self._about else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], spill: bool = True) -> DocSummary:
        """A summary from :meth:`to_json`'s form; ValueError for anything it could not have written.

        ``spill=False``: its texts stay in memory for a later :func:`spill_all` of many at once."""
        for row in data["traits"]:
            if not (0 < row[2] < 2**32 and 0 < row[3] < 2**32) or "\n" in row[4]:
                raise ValueError(f"not a stored trait: {row!r:.80}")
        out = cls(
            data["path"], data["kind"], data["id"], tuple(data["id_pos"]), data["name"],
            data["persona"], tuple(data["persona_pos"]), dict(data["extra"]) or _NO_EXTRA,
        )
        about = data.get("about")
        if about is not None and (len(about) != len(ABOUT_FIELDS) or not all(isinstance(a, str) for a in about)):
            raise ValueError(f"not stored texts: {about!r:.80}")
        out.set_traits(((str(f), str(t), int(line), int(col), str(n)) for f, t, line, col, n in data["traits"]), spill,
                       [str(a) for a in about] if about is not None else None)
        return out


#: :meth:`DocSummary.in_fields`'s sets of names, as the codes of those fields (a rule asks with a few
#: sets, each of every document).
_FIELD_CODES: dict[frozenset[str], frozenset[int]] = {}


def _field_codes(names: frozenset[str]) -> frozenset[int]:
    codes = _FIELD_CODES.get(names)
    if codes is None:
        codes = frozenset(code for code, name in enumerate(TRAIT_FIELD_NAMES) if name in names)
        if len(_FIELD_CODES) < 64:
            _FIELD_CODES[names] = codes
    return codes


#: The runs of trait fields met so far (:attr:`DocSummary._fields`), one bytes object each: documents
#: written from one template list their traits field by field alike, and every summary is held until
#: the cross-file rules have run (about 50 bytes a persona saved; a look-up costs less than the bytes).
_FIELD_RUNS: dict[bytes, bytes] = {}


def shared_value(table: dict[Any, Any], value: Any, most: int = 4096) -> Any:
    """``value``, or the equal one ``table`` already holds: values met again in document after document
    (a run of fields, a position, a list of rule names) held once, in a table of ``most`` values at most."""
    kept = table.get(value)
    if kept is None:
        kept = value
        if len(table) < most:
            table[value] = value
    return kept


def _shared_fields(fields: bytes) -> bytes:
    return shared_value(_FIELD_RUNS, fields)


def spill_all(summaries: Iterable[DocSummary]) -> None:
    """Move the packed traits of ``summaries`` to the lint run's spill file (if it has one) in
    one write: one system call for a batch of summaries read from the cache, not one each."""
    store = trait_spill.get()
    if store is None:
        return
    moved = []
    for summary in summaries:
        if not summary.extra:
            summary.extra = _NO_EXTRA  # one sent by a worker brought a dict of its own
        if summary._fields.__class__ is bytes:
            summary._fields = _shared_fields(summary._fields)  # and its fields' bytes
        if summary._traits and isinstance(summary._traits, bytes):
            moved.append(summary)
    if not moved:
        return
    start = store.put(b"".join([summary._traits for summary in moved]))  # type: ignore[misc]
    if start is None:  # they stay in memory
        return
    for summary in moved:
        size = len(summary._traits)
        summary._traits = SpilledAt.of(store, start, size)
        start += size


def as_text(value: Any) -> str | None:
    """A value the format reads as text: a string, or a number as it was written (`id: 007`)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)  # yamlio keeps the written form of 007, 1.10 or 0x10
    return None


_KIND_NAMES = {kind: kind for kind in KINDS}
#: Positions met so far, one tuple each: most documents write `id:` and `persona:` at the same few places.
_POSITIONS: dict[tuple[int, int], tuple[int, int]] = {}


def _shared_position(position: tuple[int, int]) -> tuple[int, int]:
    return shared_value(_POSITIONS, position)


#: The word `cxkit init` writes in the first comment of each example document, by which lint tells
#: the examples from a team's own documents (see the `init-example` rule).
INIT_EXAMPLE_MARKER = "cxkit-init-example"
#: The ``extra`` of an example's summary: one shared dict, never changed in place.
_INIT_EXAMPLE = {"init_example": True}
_MARKER_LINE = re.compile(r"[ \t]*#[ \t]*" + re.escape(INIT_EXAMPLE_MARKER) + r"(?![\w-])")


def is_init_example(text: str) -> bool:
    """Whether ``text`` opens with the comment `cxkit init` marks its examples with: the marker on a
    comment line of the comments above the first key, not the word quoted in a value of the team's own."""
    for line in text[:400].lstrip("\ufeff").splitlines():
        if _MARKER_LINE.match(line):
            return True
        if line.strip() and not line.lstrip().startswith("#"):
            return False
    return False


def is_retired(summary: DocSummary) -> bool:
    """Whether the document says `status: retired`: kept for the record, out of the workspace's live set."""
    return summary.extra.get("status") == "retired"


#: See cxkit.lint.formats.located.NOT_PLACED.
_NOT_PLACED = 0xFFFFFFFF


def summarize(doc: Document, places: bool = False, half: tuple[Any, frozenset[str]] | None = None) -> DocSummary | None:
    """What the cross-file rules read of ``doc``; ``places``: with what the machine formats need to place
    their findings at its id and at a negative persona's traits (see :meth:`DocSummary.place`).

    ``half``: for a document with schema errors, its model without the parts the errors are about and the
    fields they touch (:func:`cxkit.lint.lenient.half_valid`). Its traits and texts are read from that
    model, but for those of a touched field, and the summary names the touched fields
    (``extra["incomplete"]``): a rule comparing documents leaves out one whose touched fields it reads,
    so that what it says of a half-valid document is what it says of the document fixed, or nothing."""
    if half is not None and doc.model is None:
        doc.model = half[0]
        try:
            return _summarize(doc, places, half[1])
        finally:
            doc.model = None
    return _summarize(doc, places)


def touches(field: str, touched: Iterable[str]) -> bool:
    """Whether ``field`` ("psychographics.values", "demographics.age", "goals") is, holds or lies in a
    field of ``touched``, as :func:`cxkit.lint.lenient.half_valid` names them."""
    return any(field == bad or field.startswith(bad + ".") or bad.startswith(field + ".") for bad in touched)


def _summarize(doc: Document, places: bool, touched: frozenset[str] = frozenset()) -> DocSummary | None:
    """:func:`summarize`, with ``touched`` the fields of a half-valid document not to read."""
    data = doc.data
    kind = doc.kind
    if kind is None or not isinstance(data, dict):
        return None
    # Numbers count as the text they were written as, as the model reads them: `id: 123` is an
    # id that duplicate-id and unknown-persona must see.
    ident = as_text(data.get("id"))
    persona = as_text(data.get("persona"))
    summary = DocSummary(
        path=doc.path,
        kind=_KIND_NAMES[kind],  # one shared string, not the one each file's YAML was read into
        id=ident,
        id_pos=_shared_position(doc.at("id", key=False)) if ident else (1, 1),
        name=as_text(data.get("name")),
    )
    if is_init_example(doc.loaded.text):
        summary.extra = _INIT_EXAMPLE
    if data.get("status") == "retired":  # see is_retired
        summary.extra = {**summary.extra, "status": "retired"}
    if kind == "journey" and persona is not None:
        summary.persona = persona
        summary.persona_pos = _shared_position(doc.at("persona", key=False))
        if doc.model is not None and not (touches("stages", touched) or touches("sources", touched)):
            left = unsourced_citations(doc)
            if left:
                summary.extra = {**summary.extra, "unsourced": left}
        others = data.get("other_personas")
        if isinstance(others, list) and others and not touches("other_personas", touched):
            # The rest of a buying committee: unknown-persona checks each id where it is written.
            named = [(text, *doc.at("other_personas", i, key=False))
                     for i, item in enumerate(others) if (text := as_text(item)) is not None]
            if named:
                summary.extra = {**summary.extra, "other_personas": named}
    elif kind != "journey" and doc.model is not None and not touches("sources", touched):
        lines = _source_lines(doc)
        if lines:
            summary.extra = {**summary.extra, "sources": lines}
    if kind != "journey":
        lists = _trait_list_nodes(doc.loaded.root)
        rows = []
        # trait-overlap reports on a negative persona's traits; the other cross-file rules at ids.
        spots: list[Any] | None = [] if places and kind == "negative-persona" else None
        for path, text, _sources in doc.traits():
            if touched and touches(_field_name(path), touched):
                continue  # a field a schema error is about: what it says waits for the fix
            items = lists.get(path[:-1])
            if items is not None and path[-1] < len(items):
                mark = _text_mark(items[path[-1]])
                line, col = mark.line + 1, mark.column + 1
            else:  # merged keys and other rarities: the slow, general way
                line, col = doc.at(*path, key=False)
            rows.append((_field_name(path), text, line, col, normalise(text)))
            if spots is not None:
                spots.append((path[:-1], path[-1], items, line, col))
        ends = None
        if places:
            from .lint.formats.located import summary_places

            ends = summary_places(doc.loaded, summary.id_pos if ident else None, spots)
        summary.set_traits(rows, about=_about(doc, touched) if kind == "persona" else None, places=ends)
    if touched:
        summary.extra = {**summary.extra, "incomplete": sorted(touched)}
        if not doc.reads_words:
            summary.extra = {**summary.extra, "lang": doc.lang}  # as check_target notes a valid one's
    return summary


def unsourced_citations(doc: Document) -> list[Any]:
    """A journey's citations that unknown-source (CX302) leaves to its cross-file part, which looks in the
    persona's sources: each source id a stage's trait cites that the journey's own `sources` do not define
    and that is like none of them (no "did you mean"), with its 1-based line and column; after them, the
    journey's own source ids, sorted: ``[[ids...], [ref, line, column], ...]``; [] for none."""
    from .model.validate import closest

    defined = sorted({s.id for s in getattr(doc.model, "sources", None) or ()})
    out: list[Any] = []
    for path, _text, cited in doc.traits():
        for j, ref in enumerate(cited):
            if ref not in defined and (not defined or closest(ref, defined) is None):
                out.append([ref, *doc.at(*path, "sources", j, key=False)])
    return [defined, *out] if out else []


def _source_lines(doc: Document) -> str:
    """The ids of a persona's `sources`, each with the 1-based line its entry starts on, as "id line" pairs
    one after the other ("wywiady-2026-09 12 ankieta 15": ids are slugs, with no space); "" for none.  One
    string a persona: every persona's summary holds it until the cross-file rules have run."""
    sources = getattr(doc.model, "sources", None) or ()
    return " ".join(f"{s.id} {doc.at('sources', i, key=False)[0]}" for i, s in enumerate(sources))


def source_line(summary: DocSummary, ident: str) -> int | None:
    """The line where the entry of source ``ident`` starts in the persona of ``summary``; None: no such source."""
    words = summary.extra.get("sources", "").split(" ")
    for k in range(0, len(words) - 1, 2):
        if words[k] == ident:
            return int(words[k + 1])
    return None


def _about(doc: Document, touched: frozenset[str] = frozenset()) -> list[str] | None:
    """The texts of a persona's :data:`ABOUT_FIELDS` (its summary and demographics), or None without any;
    a field ``touched`` by a schema error is left empty.

    Kept as written, not as stems: a rule needs them only where a negative persona denies something."""
    model = doc.model
    if model is None:
        return None
    demographics = getattr(model, "demographics", None)
    about = []
    for name in ABOUT_FIELDS:
        head, _, rest = name.partition(".")
        value = getattr(demographics, rest, None) if rest else getattr(model, head, None)
        if touched and touches(name, touched):
            value = None
        about.append(value if isinstance(value, str) else "")
    return about if any(about) else None


def _text_mark(item: Any) -> Any:
    """Where a trait item is written: its `text:` key in the {text, sources} form (which may come second)."""
    if item.id == "mapping":  # ruamel's node kinds: no import on this per-trait path
        for knode, _vnode in item.value:
            if knode.id == "scalar" and knode.value == "text":
                return knode.start_mark
    return item.start_mark


_FIELD_NAMES: dict[tuple[Any, ...], str] = {}


def _field_name(path: tuple[Any, ...]) -> str:
    """"psychographics.values" for ("psychographics", "values", 2): one shared string per field, not one per trait."""
    key = path[:-1]
    name = _FIELD_NAMES.get(key)
    if name is None:
        name = ".".join(p for p in path if isinstance(p, str))
        if len(_FIELD_NAMES) < 1024:
            _FIELD_NAMES[key] = name
    return name


def _trait_list_nodes(root: Any) -> dict[tuple[str, ...], list[Any]]:
    """The item nodes of every list under the root mapping and under `psychographics`, by path."""
    from ruamel.yaml.nodes import MappingNode, SequenceNode

    out: dict[tuple[str, ...], list[Any]] = {}
    if not isinstance(root, MappingNode):
        return out
    for knode, vnode in root.value:
        key = getattr(knode, "value", None)
        if not isinstance(key, str):  # a list or mapping as a key ([a]: [b]) is reported by the loader
            continue
        if isinstance(vnode, SequenceNode):
            out.setdefault((key,), vnode.value)  # the first of duplicate keys is the one that counts
        elif key == "psychographics" and isinstance(vnode, MappingNode):
            for k2, v2 in vnode.value:
                k2_value = getattr(k2, "value", None)
                if isinstance(v2, SequenceNode) and isinstance(k2_value, str):
                    out.setdefault(("psychographics", k2_value), v2.value)
    return out


class IdIndex(Mapping[str, list[DocSummary]]):
    """The documents of each id, read as a dict of lists (``index.by_id.get(ident, [])``).

    An id that one document has (nearly all of them) holds that document itself, not a list
    of one: every summary is held until the cross-file rules have run, and a list each cost
    more than a hundred bytes a file.  Each read of an id gives a new list.
    """

    __slots__ = ("_docs",)

    def __init__(self, docs: Iterable[tuple[str, list[DocSummary]]] = ()) -> None:
        self._docs: dict[str, DocSummary | list[DocSummary]] = {}
        for ident, summaries in dict(docs).items():
            for summary in summaries:
                self.add(ident, summary)

    def add(self, ident: str, summary: DocSummary) -> None:
        held = self._docs.get(ident)
        if held is None:
            self._docs[ident] = summary
        elif isinstance(held, list):
            held.append(summary)
        else:
            self._docs[ident] = [held, summary]

    def __getitem__(self, ident: str) -> list[DocSummary]:
        held = self._docs[ident]
        return list(held) if isinstance(held, list) else [held]

    def get(self, ident: str, default: Any = None) -> Any:
        held = self._docs.get(ident)
        if held is None:
            return default
        return list(held) if isinstance(held, list) else [held]

    def __contains__(self, ident: object) -> bool:
        return ident in self._docs

    def __iter__(self) -> Iterator[str]:
        return iter(self._docs)

    def __len__(self) -> int:
        return len(self._docs)

    def __repr__(self) -> str:
        return f"IdIndex({dict(self.items())!r})"


@dataclass(slots=True)
class WorkspaceIndex:
    """Every document's summary, indexed by id."""

    documents: list[DocSummary] = field(default_factory=list)
    by_id: IdIndex = field(default_factory=IdIndex)
    #: Whether `per-file-ignores` or a `disable-file` comment skip a rule (by name) in a file (by
    #: shown path): a finding about the whole workspace, shown on one file of several, goes to a
    #: file where it is not skipped.
    ignored: Callable[[str, str], bool] = lambda rule, path: False
    #: Whether a `# cxkit: disable=` comment reaches a rule (by name) at a line of a file (by shown
    #: path): for a finding shared by several files, a comment on one may speak for all.
    silenced: Callable[[str, str, int], bool] = lambda rule, path, line: False
    #: What to tell a journey's author when the run found no persona at all: where the run looked,
    #: and what would make it look further (the engine knows; it depends on the paths and config).
    no_personas_advice: str = ""
    #: Documents that could not be read (invalid YAML): (shown path, kind, id) as far as their
    #: `kind:` and `id:` lines tell.  Their own finding says what is wrong; the cross-file rules
    #: must not add a second, misleading one ("persona does not exist", "no negative persona").
    unread: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    #: The documents `exclude` leaves out (:class:`ExcludedFiles`): walked only when a rule calls it.
    excluded: Callable[[], list[ExcludedDocument]] = lambda: []

    def in_other_workspaces(self) -> list[OtherWorkspaceDocument]:
        """The documents in workspaces of their own below this one (walked when first asked; see
        :meth:`ExcludedFiles.in_other_workspaces`)."""
        walk = getattr(self.excluded, "in_other_workspaces", None)
        return walk() if walk is not None else []

    def unread_of_kind(self, kind: str) -> list[tuple[str, str | None, str | None]]:
        return [u for u in self.unread if u[1] == kind]

    def add(self, summary: DocSummary) -> None:
        self.documents.append(summary)
        if summary.id:
            by_id = self.by_id
            if isinstance(by_id, IdIndex):
                by_id.add(summary.id, summary)
            else:  # a dict of lists given by the caller
                by_id.setdefault(summary.id, []).append(summary)

    def of_kind(self, kind: str) -> list[DocSummary]:
        return [d for d in self.documents if d.kind == kind]
