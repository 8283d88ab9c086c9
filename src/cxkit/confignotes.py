"""Notes on stderr about a config that does not do what it was written for.

Two slips that cost a team a silent CI: a pattern of `exclude` or `per-file-ignores` written in
the wrong case (it matched on the Windows or macOS disk it was written on, and matches nothing on
Linux), and a config file saved under a name cxkit does not read (`cxkit.toml.txt`, `.cxkit.toml`).
`cxkit lint` and `cxkit fmt` say both after a run, from the files the run checked under each config;
a run answered whole by the lint cache says them too.  Notes, not findings: the exit code and the
report on stdout stay as they are.
"""

from __future__ import annotations

import os
import re
from typing import Any, Callable, Iterator, Optional, Sequence

from .cliutil import shell_word

#: Each config with the files checked under it, as shown (None: not known, nothing is said).
Checked = Sequence[tuple[Any, Optional[Sequence[str]]]]

#: A name meant for cxkit's config that is not `cxkit.toml` (matched ignoring case).
MISNAMED_CONFIG = r"\.?cxkit\.(?:toml|tml|yaml|yml|json|ini|cfg)(?:\.txt)?"


class Note(str):
    """A note's text (without the `cxkit: note: ` lead), in the language of the config it is about: ``lead`` is
    its word for "note" (`uwaga` in a config that says `lang = "pl"`, else `note`)."""

    lead = "note"


def _note(config: Any, text: str) -> Note:
    note = Note(text)
    if config is not None and config.lang == "pl":
        note.lead = "uwaga"
    return note


def config_notes(checked: Checked, exact: Optional[Callable[[], Checked]] = None, limit: int = 3) -> list[Note]:
    """The notes (without the `cxkit: note: ` lead) on the wrong-case patterns and misnamed config files of a run,
    each in the language of the config it is about (`lang = "pl"`: Polish, its :attr:`Note.lead` `uwaga`).

    ``checked`` pairs each config with the files checked under it.  With ``exact``, ``checked`` lists more
    than was checked (every YAML file a scan met, as a run answered by the lint cache knows them at once)
    and ``exact()`` what was checked: it is worked out only when the first list gives a note, so that a warm
    run with nothing to say reads no file, and one that has says what a cold run says."""
    notes = case_slip_notes(checked) + misnamed_config_notes(checked, limit)
    if notes and exact is not None:
        precise = exact()
        notes = case_slip_notes(precise) + misnamed_config_notes(precise, limit)
    return notes


def case_slip_notes(checked: Checked) -> list[Note]:
    """Of each pattern of `exclude` and `per-file-ignores` (or of the `extend-` keys) that matched none of
    the files a run checked but would have matched one in another case (`Szkice` for `szkice/`): where it is
    written, under which key and in which config, and the spelling it likely means."""
    from .config import pattern_origin, pattern_place
    from .globs import case_slips

    out: list[Note] = []
    for config, linted in checked:
        if not linted or config.source is None or not (config.exclude or config.per_file_ignores):
            continue
        root = str(config.root)
        seen_as = os.path.relpath(root).replace(os.sep, "/") + "/"  # the config's folder as the paths shown start
        rels = [p[len(seen_as):] if p.startswith(seen_as) else p if seen_as == "./" and not p.startswith(("../", "/"))
                else os.path.relpath(os.path.abspath(p), root).replace(os.sep, "/") for p in linted]
        # Ignoring case, a pattern of lower-case ASCII matches only what it matches as written, unless a
        # path has a capital (or a letter beyond ASCII, as `ſ` matches `s`): most runs try none of them.
        # Not one with a range, whose ends may hold capitals no letter of it names (`[#-a]` holds `A`-`Z`).
        capitals = not all(rel.isascii() and rel == rel.lower() for rel in rels)
        for key, patterns in (("exclude", list(config.exclude)), ("per-file-ignores", list(config.per_file_ignores))):
            tried = patterns if capitals else [p for p in patterns if not (p.isascii() and p == p.lower() and "[" not in p)]
            for pattern, meant in case_slips(tried, rels, root):
                owner, written, said = pattern_origin(config, key, pattern)
                if owner is config:
                    said = pattern  # as its own config writes it, `/` for `\\` (the note has always shown it so)
                meant = _as_written(said, pattern, meant)
                if config.lang == "pl":
                    from .lint.polish import q as quote_pl

                    hint = (f"; czy chodziło o {quote_pl(meant)}?" if meant
                            else "; zapisz go tą wielkością liter, jaką mają nazwy, do których ma pasować")
                    whose = "" if owner is config else f" (w {owner.label}, który rozszerza {config.label})"
                    out.append(_note(config, f"{pattern_place(config, key, pattern)}: wzorzec {quote_pl(said)} w "
                               f"kluczu {written}{whose} nie pasuje do żadnego sprawdzonego tu pliku (wielkość liter w nazwach "
                               f"ma znaczenie, jak w CI na Linuksie){hint}"))
                    continue
                hint = f"; did you mean {meant!r}?" if meant else "; write it in the case of the names it should match"
                whose = "" if owner is config else f" (in {owner.label}, which {config.label} extends)"
                out.append(_note(config, f"{pattern_place(config, key, pattern)}: the {written} pattern {said!r}{whose} "
                                 f"matches no file checked here (names are compared case by case, as on Linux CI){hint}"))
    return out


def _as_written(said: str, pattern: str, meant: str) -> str | None:
    """``meant``, the respelling of the pattern in force ``pattern``, as the config that writes it wrote it
    (``said``): a pattern of a config extended is rebased to the folder of the one extending it
    (`klient/Szkice` at the top is `/Szkice` in `klient/`).  None when the two cannot be lined up."""
    if said == pattern:
        return meant
    tail, fixed = pattern.lstrip("/"), meant.lstrip("/")
    written = said.replace("\\", "/")
    if tail and written.endswith(tail) and len(fixed) == len(tail):
        return written[: len(written) - len(tail)] + fixed
    return None


def misnamed_config_notes(checked: Checked, limit: int = 3) -> list[Note]:
    """Of a file beside the files a run checked that looks meant as their config but is not read
    (`cxkit.toml.txt` saved by Notepad, `Cxkit.toml`, `.cxkit.toml`, `cxkit.yaml`): which config was used
    instead and how to make it one.  Looked for in the folders of the files checked, up to their config's
    folder; at most ``limit`` are named, and how many more there are."""
    from .config import CONFIG_FILE as CONFIG_NAME

    out: list[Note] = []
    said = 0
    last: Any = None
    for config, name, folder in _misnamed(checked):
        said += 1
        last = config
        if said > limit:
            continue
        shown = os.path.relpath(os.path.join(folder, name))
        meant = os.path.normpath(os.path.join(os.path.relpath(folder), CONFIG_NAME))
        if config.lang == "pl":
            out.append(_note(config, _misnamed_pl(config, name, folder, shown, meant)))
            continue
        if os.path.exists(meant):
            out.append(_note(config, f"{shown} is not read: {meant} beside it is the config in force; merge the two and "
                                     f"delete {shown}"))
            continue
        used = f"under {config.label}" if config.source is not None else "with the default settings"
        fix = (f"move its settings into {config.label}" if config.source is not None
               and os.path.dirname(os.path.abspath(config.source)) == folder
               else f"rename it (mv {shell_word(shown)} {shell_word(meant)})"
               if name.lower().removesuffix(".txt").endswith((".toml", ".tml"))
               else f"write its settings in TOML as {meant}")
        out.append(_note(config, f"{shown} is not read: cxkit's config is a file named exactly {CONFIG_NAME} (or "
                                 f"[tool.cxkit] in pyproject.toml), so the files here were checked {used}; {fix}"))
    if said > limit:
        more = said - limit
        if last.lang == "pl":
            from .lint.polish import plural

            files = plural(more, "plik nazwany jak konfiguracja nie jest czytany",
                           "pliki nazwane jak konfiguracja nie są czytane", "plików nazwanych jak konfiguracja nie jest czytanych")
            out.append(_note(last, f"jeszcze {more} {files}"))
        else:
            out.append(_note(last, f"{more} more file{'s' if more > 1 else ''} named like a config "
                                   f"{'were' if more > 1 else 'was'} not read"))
    return out


def _misnamed_pl(config: Any, name: str, folder: str, shown: str, meant: str) -> str:
    """:func:`misnamed_config_notes`' note on ``shown``, a file named like a config, in Polish."""
    from .config import CONFIG_FILE as CONFIG_NAME

    if os.path.exists(meant):
        return (f"{shown} nie jest czytany: obowiązuje {meant} obok niego; połącz oba pliki w jeden i usuń {shown}")
    used = f"według {config.label}" if config.source is not None else "z ustawieniami domyślnymi"
    fix = (f"przenieś jego ustawienia do {config.label}" if config.source is not None
           and os.path.dirname(os.path.abspath(config.source)) == folder
           else f"zmień jego nazwę (mv {shell_word(shown)} {shell_word(meant)})"
           if name.lower().removesuffix(".txt").endswith((".toml", ".tml"))
           else f"zapisz jego ustawienia w TOML jako {meant}")
    return (f"{shown} nie jest czytany: konfiguracja cxkit to plik o nazwie dokładnie {CONFIG_NAME} (albo tabela "
            f"[tool.cxkit] w pyproject.toml), więc pliki tutaj sprawdzono {used}; {fix}")


def _misnamed(checked: Checked) -> Iterator[tuple[Any, str, str]]:
    """Each misnamed config file met: (the config in force there, its name, its folder), each file once."""
    from .config import CONFIG_FILE as CONFIG_NAME

    misnamed = re.compile(MISNAMED_CONFIG, re.IGNORECASE)
    seen: set[str] = set()
    for config, linted in checked:
        if not linted:
            continue
        top = os.path.abspath(str(config.root)) if config.source is not None else os.path.abspath(".")
        folders: set[str] = set()
        for shown_folder in _folders_of(linted):
            folder = os.path.abspath(shown_folder)
            while folder not in folders and (folder == top or folder.startswith(top.rstrip(os.sep) + os.sep)):
                folders.add(folder)
                folder = os.path.dirname(folder)
        for folder in sorted(folders):
            try:
                names = sorted(name for name in os.listdir(folder) if misnamed.fullmatch(name))
            except OSError:
                continue
            for name in names:
                if name == CONFIG_NAME or os.path.join(folder, name) in seen:
                    continue
                seen.add(os.path.join(folder, name))
                yield config, name, folder


def _folders_of(paths: Sequence[str]) -> set[str]:
    """The folders of ``paths`` as written (`personas/` of `personas/ola.yaml`, `` of `ola.yaml`): a cut
    of each path, not a dirname of each, which a run of thousands of files costs milliseconds."""
    if os.altsep:
        return {os.path.dirname(path) for path in paths}  # Windows: either slash ends a folder
    return {path[: path.rfind(os.sep) + 1] for path in paths}
