"""`cxkit new`: where a new document goes, whether it may be written, and writing it."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..config import Config
from ..fsutil import write_atomic
from ..langs import lang_code
from ..lint.textnorm import FOLD_PL
from ..workspace import UsageError, as_text, discover, load_document
from .slug import is_slug, slugify

KINDS = ("persona", "negative-persona", "journey")


class Refusal(Exception):
    """The document was not written because it would overwrite something (exit 1)."""


@dataclass(frozen=True, slots=True)
class KnownDocument:
    """A document already in the workspace: its id, kind and file."""

    id: str
    kind: str | None
    path: str
    #: The file as the scan reached it (absolute), when it is known.
    fs_path: str | None = None
    #: Its `name`, when it has one written as text.
    name: str | None = None
    #: Its `lang:`, when it states a language code (`pl`, `EN`: in lower case), else None.
    lang: str | None = None

    def shown_beside(self, new: Path) -> str:
        """This file as a message about writing ``new`` names it: from the current folder when
        ``new`` was given so (`--dir ../browar/nowe`), as lint names the files of a path given so."""
        if new.is_absolute() or self.fs_path is None:
            return self.path
        from ..discovery import display_path

        try:
            return display_path(os.path.relpath(self.fs_path))
        except ValueError:  # pragma: no cover - another drive (Windows)
            return self.path


def locale_lang(environ: os._Environ[str] | dict[str, str] | None = None) -> str | None:
    """'pl' or 'en' from the locale variables (LC_ALL, LC_MESSAGES, LANG), if any is set."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "pl" if value.lower().startswith("pl") else "en"
    return None


#: The letters of Polish that English has not, either case: a name holding one is Polish text
#: ("Zgłoszenie szkody", "Żaneta Łęcka").
_POLISH_LETTERS = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
#: Polish function words of ASCII letters that English has not in lower case ("do", "a", "o" it has).
_PL_FUNCTION = frozenset("i w z ze na od po dla bez pod nad przez przed oraz nie u za jak czy".split())
_WORD = re.compile(r"[^\W\d_]+")


def name_lang(name: str) -> str | None:
    """'pl' for a name written in Polish, else None (the locale decides).

    A name with a letter Polish has not ("José Ramón", "Müller-Łęcki") is None. Otherwise each word
    is Polish, English or neither: Polish when it holds a Polish letter, is a Polish function word in
    lower case ("i", "w", "na", "przez"), or is spelt as only Polish spells a word typed without its
    letters, as language-mismatch reads it ("szkody", "Swiadomosc"), in lower case or as the name's
    first word; English when it is any other word in lower case ("city", "weekend", "a"); neither
    when it is capitalised, not first, with no Polish letter (a name: "Lublinie", "Brzeczyszczykiewicz"),
    or the first word and not Polish ("Ola", "Claim"). The name is Polish when its Polish words outnumber
    its English ones and, where none holds a Polish letter, are two or more: "Zgłoszenie szkody",
    "Żaneta Łęcka", "Łukasz", "Ósemka w Lublinie", "Zgloszenie szkody", "Swiadomosc i rozwazanie"
    are Polish; "Kraków city break", "Łukasz, weekend angler", "Czech customers",
    "Grzegorz Brzeczyszczykiewicz", "Przeniesienie numeru" are not (one Polish word, one English or
    more; two without letters needed). A capitalised English word after the first is read as a name:
    "Kraków City Break" is Polish; --lang en says otherwise."""
    if any(not ch.isascii() and ch.isalpha() and ch not in _POLISH_LETTERS for ch in name):
        return None
    polish = english = lettered = 0
    spelt_polish = None
    for k, word in enumerate(_WORD.findall(name)):
        if any(ch in _POLISH_LETTERS for ch in word):
            polish += 1
            lettered += 1
            continue
        lower = word.islower()
        if lower and word in _PL_FUNCTION:
            polish += 1
            continue
        if lower or k == 0:
            if spelt_polish is None:
                # language-mismatch's reading loads the rules (a tenth of a second): only for such a word
                from ..lint.rules.language import spelt_polish
            if spelt_polish(word):
                polish += 1
            elif lower:
                english += 1
    return "pl" if polish > english and (lettered or polish >= 2) else None


def resolve_lang(explicit: str | None, config: Config, environ: dict[str, str] | None = None,
                 name: str = "") -> str:
    """The language for a new document: the option, then the config, then the name's (:func:`name_lang`:
    Polish when its Polish words outnumber its English ones, two of them where none holds a Polish
    letter), then the locale, then English."""
    return explicit or config.lang or name_lang(name) or locale_lang(environ) or "en"


def persona_lang(persona: str | None, known: dict[str, KnownDocument]) -> str | None:
    """The language a journey of ``persona`` is written in when `--lang` does not say: the `lang:` the
    persona (or negative persona) with that id states, or None (no such persona, or it states none)."""
    found = known.get(persona) if persona is not None else None
    if found is None or found.kind not in ("persona", "negative-persona"):
        return None
    return found.lang


def lang_from_name(explicit: str | None, config: Config, name: str, environ: dict[str, str] | None = None) -> bool:
    """Whether the name alone chose the language: nothing set it, and the locale would have chosen another."""
    if explicit or config.lang:
        return False
    guessed = name_lang(name)
    return guessed is not None and guessed != (locale_lang(environ) or "en")


#: Everyday words of Polish service names that English has not, as typed without Polish letters
#: too ("Wniosek o kredyt", "Zakup polisy", "Otwarcie rachunku"): one is not enough for
#: :func:`name_lang` to choose Polish, but enough to say how to get it (:func:`locale_note`).
_PL_NAME_WORDS = frozenset("""
    wniosek wniosku kredyt kredytu kredytowy kredytowa kredytowej hipoteka hipoteki hipoteczny hipoteczna
    gotowkowy gotowkowa zakup zakupu zakupy polisa polisy reklamacja reklamacji karta karty karte
    otwarcie rachunek rachunku konto konta przelew przelewu pozyczka pozyczki lokata lokaty
    zgloszenie zgloszenia szkoda szkody ubezpieczenie ubezpieczenia umowa umowy wizyta wizyty
    rejestracja rejestracji zamowienie zamowienia dostawa dostawy zwrot zwrotu platnosc obsluga
    obslugi klient klienta klientka wyplata rezygnacja odnowienie zmiana wymiana recepta leki sklep
""".split())


def looks_polish(name: str) -> bool:
    """Whether a person would take ``name`` for Polish although :func:`name_lang` did not choose
    Polish: its words with a Polish letter, Polish function words and everyday words of Polish
    service names outnumber its English words ("Wniosek o kredyt
    hipoteczny", "Kredyt gotówkowy online", "Reklamacja karty"). An English name with one Polish
    place or person ("Kraków city break", "Łukasz, weekend angler") does not look Polish: the
    locale's English is what its author meant. A name with a letter Polish has not ("José Ramón")
    does not either, as for :func:`name_lang`."""
    if any(not ch.isascii() and ch.isalpha() and ch not in _POLISH_LETTERS for ch in name):
        return False
    polish = english = 0
    spelt_polish = None
    for word in _WORD.findall(name):
        if (any(ch in _POLISH_LETTERS for ch in word) or word in _PL_FUNCTION
                or word.lower().translate(FOLD_PL) in _PL_NAME_WORDS):
            polish += 1
        elif word.islower() and len(word) > 1:
            if spelt_polish is None:
                from ..lint.rules.language import spelt_polish
            if spelt_polish(word):
                polish += 1
            else:
                english += 1
    return polish > english


def locale_note(explicit: str | None, config: Config, name: str, environ: dict[str, str] | None = None) -> str | None:
    """The note for English chosen by the locale (or by default) for a name that looks Polish
    (:func:`looks_polish`): which setting chose it, and how to get the Polish template; else None."""
    if explicit or config.lang or name_lang(name) is not None or not looks_polish(name):
        return None
    env = os.environ if environ is None else environ
    setting = next((f"{var}={env[var]}" for var in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(var)), None)
    if setting is not None and locale_lang(env) != "en":
        return None
    source = f"from the locale {setting}, not the name" if setting else "the default: no locale is set"
    return f"cxkit: language: en ({source}; use --lang pl for Polish)"


def check_text(value: str, what: str) -> None:
    """Raise :class:`UsageError` unless ``value`` can be written as UTF-8.

    A command-line argument (or a typed answer) holding bytes that are not UTF-8 reaches
    Python with each such byte as a lone surrogate, which no file can hold.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise UsageError(
            f"{what} is not UTF-8 text: byte 0x{ord(value[exc.start]) & 0xFF:02x} at character {exc.start + 1}; "
            "set your terminal or locale to UTF-8"
        ) from None


#: What a name, one line of text, cannot hold: the C0 and C1 control characters (a tab, a line break,
#: ESC among them), DEL, the Unicode line and paragraph separators and the bidirectional overrides
#: and isolates, which every message shows as escapes (:mod:`cxkit.visible`).
_NOT_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def control_in(text: str) -> tuple[str, int] | None:
    """The first character in ``text`` that a name or a typed answer cannot hold, and its place (from 1), or None."""
    bad = _NOT_IN_NAME.search(text)
    return None if bad is None else (bad.group(), bad.start() + 1)


def control_said(char: str, lang: str = "en") -> str:
    """A character :func:`control_in` found, in words: "a line break", "a tab", "the control character U+001B"."""
    if lang == "pl":
        return "znak końca wiersza" if char in _LINE_BREAKS else "tabulator" if char == "\t" else f"znak sterujący U+{ord(char):04X}"
    return "a line break" if char in _LINE_BREAKS else "a tab" if char == "\t" else f"the control character U+{ord(char):04X}"


def check_name(name: str, kind: str, pl: bool = False) -> str:
    """The name of a new document of ``kind`` without the spaces around it; raise :class:`UsageError` for one
    that is not UTF-8 (:func:`check_text`), holds a control character or line break, or is blank (in Polish
    with ``pl``, a Polish workspace's)."""
    from ..visible import visible_name

    check_text(name, "the name")
    bad = control_in(name)
    if bad is not None:
        shown = visible_name(name if len(name) <= 60 else name[:60] + "…").replace("\t", "\\t")
        raise UsageError(f"the name '{shown}' holds {control_said(bad[0])} (character {bad[1]}); a name is one line "
                         "of plain text: give it without control characters")
    if not name.strip():
        example = "Zakup karty" if kind == "journey" else "Ola Nowak"
        if pl:
            whose = {"journey": "ścieżki", "negative-persona": "persony negatywnej"}.get(kind, "persony")
            raise UsageError(f"nazwa jest pusta{'' if not name else ' (same spacje)'}; podaj nazwę {whose}, "
                             f"np. cxkit new {kind} \"{example}\"")
        raise UsageError(f"the name is {'empty' if not name else 'blank'}; give the {kind.replace('-', ' ')}'s name, "
                         f"e.g. cxkit new {kind} \"{example}\"")
    return name.strip()


def resolve_id(name: str, explicit: str | None, lang: str | None = None, pl: bool = False) -> str:
    """The id from ``--id`` or the slug of ``name`` (in the document's ``lang``, see :func:`slugify`); raise
    :class:`UsageError` when neither works (in Polish with ``pl``, a Polish workspace's, ids and names in „…”)."""
    if explicit is not None:
        if not is_slug(explicit):
            # visible_name: a line break in it stays on the message's one line
            from ..visible import visible_name

            if pl:
                raise UsageError(f"--id „{visible_name(explicit)}” nie jest poprawnym id (małe litery i cyfry połączone "
                                 f"łącznikami lub podkreślnikami, np. „ola-nowak”){id_hint(explicit, True)}")
            raise UsageError(
                f"--id '{visible_name(explicit)}' is not a valid id (lowercase letters and digits joined by hyphens or underscores, e.g. 'ola-nowak')"
                + id_hint(explicit)
            )
        return explicit
    slug = slugify(name, lang)
    if not slug:
        if pl:
            from ..lint.polish import q

            raise UsageError(f"z nazwy {q(name)} nie da się utworzyć id; podaj je w --id")
        raise UsageError(f"cannot make an id from the name {name!r}; give one with --id")
    return slug


def closest_id(value: str) -> str:
    """The valid id closest to ``value``: its slug, with the underscores it joins words by kept.

    `Zła_ID` → `zla_id` (an underscore is as valid as a hyphen), `Ola Nowak` → `ola-nowak`;
    "" when nothing usable is left.
    """
    kept = "_".join(part for part in (slugify(p) for p in value.split("_")) if part)
    return kept if is_slug(kept) else slugify(value)


def id_hint(value: str, pl: bool = False) -> str:
    """"; did you mean '<id>'?" for a value that is not a valid id, or "" when no id can be made of it
    (``pl``: in Polish)."""
    suggestion = closest_id(value)
    if not suggestion:
        return ""
    return f"; czy chodziło o „{suggestion}”?" if pl else f"; did you mean '{suggestion}'?"


def closest_persona(ident: str, known: dict[str, KnownDocument]) -> str | None:
    """The id of the workspace's persona that ``ident`` most likely misspells, as `cxkit lint` finds it (CX004)."""
    from ..lint.simjoin import ClosestMatch

    personas = [k for k, d in known.items() if d.kind == "persona"]
    return ClosestMatch(personas, cutoff=0.6)(ident) if personas else None


def config_for(folder: Path | None, explicit: Path | None) -> Config:
    """The settings a new document is written under: ``--config``'s; else, for ``--dir``, those of the
    workspace that folder is in (the nearest config above it, or above the part of it that exists),
    as `cxkit lint` checks it; else, or with no config above the folder, the current folder's."""
    from ..config import find_config, load_config

    folder = given_folder(folder)
    if explicit is None and folder is not None:
        start = Path(os.path.abspath(folder))
        while not start.is_dir() and start.parent != start:
            start = start.parent
        if find_config(start) is not None:
            return load_config(None, start)
    return load_config(explicit)


def given_folder(folder: Path | None) -> Path | None:
    """``--dir`` as written on Windows read here: `\\` separates folders (`nowe\\personas` is
    `nowe/personas`, never one folder named with a backslash), unless a folder of that very name
    exists; a drive path (`C:\\ws\\personas`), which names no folder here, is a :class:`UsageError`."""
    if folder is None or os.sep == "\\" or "\\" not in str(folder) or folder.exists():
        return folder
    from ..discovery import UsageError
    from ..globs import drive_path_hint

    hint = drive_path_hint(str(folder), "the current folder")
    if hint is not None:
        raise UsageError(f"--dir {str(folder)!r}: {hint}")
    return Path(str(folder).replace("\\", "/"))


def target_folder(kind: str, config: Config, folder: Path | None) -> Path:
    """Where a document of ``kind`` goes: ``--dir``, else the configured folder of the workspace."""
    folder = given_folder(folder)
    if folder is not None:
        return folder
    sub = config.journey_dir if kind == "journey" else config.persona_dir
    return config.root / sub


def placeholders_left(text: str) -> int:
    """How many `TODO` placeholders a new document's values hold (its comments aside): as many as
    `cxkit lint` reports as CX501 placeholder until they are filled in."""
    lines = (line.split(" #")[0] for line in text.splitlines() if not line.lstrip().startswith("#"))
    return sum(line.count("TODO") for line in lines)


def placeholders_note(text: str, pl: bool = False) -> str | None:
    """One line after `cxkit new` on the template's placeholders, so the warnings `cxkit lint` gives
    right after (a journey's template has 66) read as the list of what is left to fill in.  ``pl``: in
    Polish (a `lang = "pl"` workspace)."""
    count = placeholders_left(text)
    if not count:
        return None
    if pl:
        from ..lint.polish import counted

        return (f"cxkit: uwaga: {counted(count, 'miejsce', 'miejsca', 'miejsc')} TODO do wypełnienia na podstawie "
                "badań; do tego czasu `cxkit lint` zgłasza każde (CX501 placeholder), a `cxkit lint --statistics` "
                "liczy, ile zostało")
    what = "1 TODO placeholder" if count == 1 else f"{count} TODO placeholders"
    return (f"cxkit: note: {what} to fill in from your research; until then `cxkit lint` reports each "
            "(CX501 placeholder), so `cxkit lint --statistics` counts what is left")


def shown_new(path: Path, config: Config) -> str:
    """A path `cxkit new` names: as given when ``--dir`` gave it relative, else from the current folder
    as lint shows files (``../personas/ola.yaml`` from ``journeys/``), absolute only outside the workspace."""
    from ..config import shown_path
    from ..discovery import display_path

    if not path.is_absolute():
        return display_path(os.path.normpath(path))
    return shown_path(path, config.root)


def shown(path: Path) -> str:
    """A path as the user should see it: relative to the current directory when inside it,
    a control character or line break in a name shown as an escape."""
    from ..visible import visible_name

    try:
        rel = os.path.relpath(path)
    except ValueError:
        return visible_name(str(path))
    return visible_name(str(path) if rel.startswith("..") else rel.replace(os.sep, "/"))


#: Names Windows keeps for devices, whatever the extension: `con.yaml` cannot be made or checked out there.
_DEVICE_NAMES = frozenset(["con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))])


def file_name(doc_id: str, kind: str) -> str:
    """The file a new document with ``doc_id`` goes to: ``<id>.yaml``, or ``<id>-<kind>.yaml`` for
    an id Windows keeps for a device (a persona named "Con" gets `con-persona.yaml`, id `con`)."""
    return f"{doc_id}-{kind}.yaml" if doc_id.lower() in _DEVICE_NAMES else f"{doc_id}.yaml"


def scan_workspace(config: Config, extra: list[Path] | None = None) -> dict[str, KnownDocument]:
    """Every document id in the workspace (configured paths, else its root), plus ``extra`` folders."""
    roots = [config.root / p for p in config.paths] if config.paths else [config.root]
    roots = [r for r in roots if r.exists()]
    if config.nested is None:
        config.nested = []  # a workspace of its own in a subfolder (another client's) holds none of this one's ids
    for folder in extra or []:
        if folder.exists() and not any(_inside(folder, r) for r in roots):
            roots.append(folder)
    targets, _unreadable = discover([str(r) for r in roots], config)
    known: dict[str, KnownDocument] = {}
    for target in targets:
        doc, _hits, _read_error = load_document(target, config)
        data = doc.data if doc is not None else None
        ident = as_text(data.get("id")) if isinstance(data, dict) else None  # `id: 007` is the id '007'
        if ident is None:
            continue
        kind = data.get("kind") if isinstance(data.get("kind"), str) else None
        name = data.get("name") if isinstance(data.get("name"), str) else None
        lang = lang_code(data.get("lang")) if isinstance(data.get("lang"), str) else None
        known.setdefault(ident, KnownDocument(ident, kind, shown_new(target.fs_path, config), os.path.abspath(target.fs_path),
                                              name, lang))
    return known


def same_name(name: str, kind: str, doc_id: str, known: dict[str, KnownDocument]) -> KnownDocument | None:
    """The document of ``kind`` (a persona or a negative persona for either) already in the workspace
    under another id whose `name` is ``name``, in any case and spacing; the first by file, or None."""
    def said(text: str) -> str:
        return " ".join(text.split()).casefold()

    kinds = ("persona", "negative-persona") if kind in ("persona", "negative-persona") else (kind,)
    wanted = said(name)
    found = [d for d in known.values() if d.kind in kinds and d.id != doc_id and d.name and said(d.name) == wanted]
    return min(found, key=lambda d: d.path) if found else None


def same_name_note(name: str, kind: str, doc_id: str, known: dict[str, KnownDocument], new: Path,
                   pl: bool = False) -> str | None:
    """The note `cxkit new` writes when ``name`` is the name of a document already there (written
    anyway: two people may share a name, and the new one may be meant to replace the old); ``pl``: in Polish."""
    twin = same_name(name, kind, doc_id, known)
    if twin is None:
        return None
    what = "journey" if kind == "journey" else twin.kind or kind
    if pl:
        # persona, persona negatywna, ścieżka: all three feminine, so "dwie" and "tej" fit each
        from ..lint.polish import q

        noun = {"journey": "ścieżkę", "negative-persona": "personę negatywną"}.get(what, "personę")
        return (f"cxkit: uwaga: {twin.shown_beside(new)} ma już {noun} o nazwie "
                f"{q(' '.join((twin.name or name).split()))} (id „{twin.id}”); dwie o jednej nazwie trudno odróżnić "
                "w przeglądach i widokach: nadaj tej inną nazwę albo usuń plik, którego nie potrzebujesz")
    return (f"cxkit: note: {twin.shown_beside(new)} already has a {what} named '{' '.join((twin.name or name).split())}' "
            f"(id '{twin.id}'); two with one name are hard to tell apart in reviews and renders: give this one "
            "another name, or delete the file you do not need")


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def check_free(path: Path, doc_id: str, known: dict[str, KnownDocument], force: bool, config: Config | None = None,
               pl: bool = False) -> None:
    """Raise :class:`Refusal` if writing ``path`` would overwrite a file or reuse an id (said in Polish when ``pl``),
    or write through a link (with or without ``force``: :func:`through_link`)."""
    name = shown(path) if config is None else shown_new(path, config)
    linked = through_link(path, name, pl)
    if linked is not None:
        raise Refusal(linked)
    if force:
        return
    if pl:
        if path.exists() or path.is_symlink():
            if path.is_dir():
                raise Refusal(f"{name} jest folderem; nic nie zapisano (inne id daje --id, inny folder --dir)")
            raise Refusal(f"plik {name} już istnieje; nic nie zapisano (--force go nadpisze, inne id daje --id)")
        other = known.get(doc_id)
        if other is not None:
            raise Refusal(f"id „{doc_id}” ma już {other.shown_beside(path)}; nic nie zapisano "
                          "(wybierz inne id przez --id albo zapisz mimo to z --force)")
        return
    if path.exists() or path.is_symlink():
        if path.is_dir():  # --force would not help: a folder is never overwritten
            raise Refusal(f"{name} is a folder; nothing written (use --id for another id, or --dir for another folder)")
        raise Refusal(f"{name} already exists; nothing written (use --force to overwrite it, or --id for another id)")
    other = known.get(doc_id)
    if other is not None:
        raise Refusal(
            f"the id '{doc_id}' is already used by {other.shown_beside(path)}; nothing written "
            "(choose another id with --id, or use --force to write it anyway)"
        )


def through_link(path: Path, name: str, pl: bool = False) -> str | None:
    """Why ``path`` (shown as ``name``) must not be written, or None: it is a symbolic link, dangling or not, or its
    folder leads out of the work tree through one.  Committed in a pull request at the name `cxkit new --force`
    writes (`personas/x-link.yaml` -> /tmp/x/t.yaml), a link would send the new document onto any file the user
    may write, as `render -o` and `fmt --fix` refuse (:func:`cxkit.fsutil.export_refusal`)."""
    from ..fsutil import leaves_work_tree
    from ..visible import visible_name

    if path.is_symlink():
        try:
            leads = visible_name(os.readlink(path))
        except OSError:
            leads = "?"
        if pl:
            return (f"{name} to dowiązanie symboliczne (do {leads}), a cxkit new nigdy nie zapisuje przez dowiązanie, "
                    "które kopia robocza może skierować na dowolny plik; nic nie zapisano (usuń dowiązanie albo wybierz "
                    "inne id przez --id)")
        return (f"{name} is a symbolic link (to {leads}), and cxkit new never writes through a link, which a checkout "
                "could point at any file; nothing written (delete the link, or use --id for another id)")
    real = leaves_work_tree(path.parent)
    if real is None:
        return None
    if pl:
        return (f"folder pliku {name} prowadzi przez dowiązanie poza drzewo robocze (do {visible_name(real)}); nic nie "
                "zapisano (podaj --dir z własną ścieżką tego folderu, jeśli o niego chodzi, albo folder w drzewie roboczym)")
    return (f"the folder of {name} leads out of the work tree through a link (to {visible_name(real)}); nothing "
            "written (give --dir that folder's own path if it is the one you mean, or a folder inside the work tree)")


def write_document(path: Path, text: str, *, overwrite: bool = False, config: Config | None = None,
                   pl: bool = False) -> None:
    """Create the folder if needed and write ``text`` atomically.

    Without ``overwrite`` a file that appeared at ``path`` since :func:`check_free` (while
    the author answered the questions, say) is kept and :class:`Refusal` raised: the new
    file is linked into place, which fails rather than replaces.  ``pl``: the refusal in Polish.
    """
    name = shown(path) if config is None else shown_new(path, config)
    meanwhile = (f"plik {name} powstał w międzyczasie; nic nie zapisano (--force go nadpisze)" if pl else
                 f"{name} was created meanwhile; nothing written (use --force to overwrite it)")
    path.parent.mkdir(parents=True, exist_ok=True)
    linked = through_link(path, name, pl)  # one planted since check_free
    if linked is not None:
        raise Refusal(linked)
    if overwrite:
        try:
            write_atomic(path, text)
        except OSError as exc:  # a full disk: named by the file asked for, as `lint -o` names its report
            raise exc if exc.filename else OSError(exc.errno, exc.strerror, name) from None
        return
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:64]}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # a read-only folder: the error names the file asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(text.encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:  # a full disk: named by the file asked for (`No space left on device` alone said none)
            raise OSError(exc.errno, exc.strerror, name) from None
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise Refusal(meanwhile) from None
        except OSError:  # a file system without hard links (FAT, some network drives): check, then rename
            if os.path.lexists(path):
                raise Refusal(meanwhile) from None
            os.replace(tmp, path)
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
