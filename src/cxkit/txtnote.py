"""The note of a cxkit document saved as `.txt` (`personas/ola.txt`), which a folder scan does not read.

A persona written in Notepad or TextEdit and saved as `ola.txt` among the `.yaml` files was passed over
without a word (only `*.yaml.txt` had a note, :func:`cxkit.cliutil.note_txt_files`).  Discovery keeps the
scanned `.txt` names (:attr:`cxkit.config.Config.txt_other`, at most
:data:`cxkit.discovery.TXT_OTHER_KEPT`); here the first few kilobytes of each are read, and a file whose first
line with a key is a key and that has a top-level `kind: persona`, `negative-persona` or `journey` line is
named, with the name to give it.  A README, notes or a licence (prose first) are never named: no noise.
"""

from __future__ import annotations

import os
import re
from typing import Any

#: A top-level line that says a cxkit kind, as discovery's DOCUMENT_KIND_RE (text, not bytes).
_KIND = re.compile(r"(?m)^kind:[ \t]*[\"']?(persona|negative-persona|journey)[\"']?[ \t]*(?:#.*)?\r?$")
#: The first line that is no blank, comment or document marker must be a key (`kind: persona`, `id: ola`).
_KEY_LINE = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*[ \t]*:(?:[ \t]|$)")
_HEAD = 8192


def document_kind(path: str) -> str | None:
    """The cxkit kind a text file holds a document of, by its first lines; None for any other text."""
    import stat

    try:
        # Opened without waiting for a writer, and read only when a regular file: a `.txt` among the
        # documents committed as a named pipe made `cxkit lint` hang after its report (issue #7).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            head = os.read(fd, _HEAD)
        finally:
            os.close(fd)
    except OSError:
        return None
    text = head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace")
    for line in text.splitlines():
        bare = line.strip()
        if not bare or bare.startswith("#") or bare in ("---", "..."):
            continue
        if not _KEY_LINE.match(line):
            return None  # prose first: a README, notes
        break
    found = _KIND.search(text)
    return found.group(1) if found else None


def note_text_documents(configs: list[Any], searched: list[str], done: str = "checked") -> str | None:
    """The note (or None) naming the `.txt` files the scans of the folders ``searched`` passed over that
    hold a cxkit document, with the name to give each; in Polish when every config says `lang = "pl"`.
    ``done``: what the run did to the others (`cxkit fmt` of a folder says "formatted")."""
    folders = [t for t in searched if os.path.isdir(t)]
    if not folders:
        return None
    from .cliutil import shell_word
    from .discovery import display_path, under_any

    named = {display_path(t) for t in searched}
    met = {shown: path for config in configs for shown, path in config.txt_other.items() if under_any(path, folders)}
    found = [(shown, met[shown], kind) for shown in sorted(set(met) - named)
             if (kind := document_kind(met[shown])) is not None]
    if not found:
        return None
    pl = bool(configs) and all(getattr(c, "lang", None) == "pl" for c in configs)
    first, path, kind = found[0]
    new = first[: -len(".txt")] + ".yaml"
    taken = os.path.lexists(path[: -len(".txt")] + ".yaml")
    n = len(found)
    if pl:
        zrobiono = "sformatowano" if done == "formatted" else "sprawdzono"
        what = (f"nie {zrobiono} {first}: cxkit czyta tylko pliki .yaml i .yml, a ten zawiera dokument cxkit (`kind: "
                f"{kind}`)") if n == 1 else (
                f"nie {zrobiono} {n} plików .txt z dokumentami cxkit ({first}, ...): cxkit czyta tylko pliki .yaml i .yml")
        how = (f"{new} już istnieje: porównaj oba (diff {shell_word(first)} {shell_word(new)}) i zostaw jeden" if taken
               else f"zmień {'jego nazwę' if n == 1 else 'nazwę każdego'} na .yaml (mv {shell_word(first)} {shell_word(new)})")
        return f"uwaga: {what}; {how}"
    what = (f"{first} was not {done}: cxkit reads only .yaml and .yml files, and it holds a cxkit document (`kind: "
            f"{kind}`)") if n == 1 else (
            f"{n} .txt files that hold cxkit documents were not {done} ({first}, ...): cxkit reads only .yaml and .yml files")
    how = (f"{new} exists too: compare the two (diff {shell_word(first)} {shell_word(new)}) and keep one" if taken
           else f"rename {'it' if n == 1 else 'each'} to .yaml (mv {shell_word(first)} {shell_word(new)})")
    return f"note: {what}; {how}"


def say_text_documents(configs: list[Any], searched: list[str], done: str = "checked") -> None:
    """Say :func:`note_text_documents`' note on stderr, once, when there is one: a note, the exit code stays."""
    note = note_text_documents(configs, searched, done)
    if note is not None:
        from .cliutil import error

        error(note)
