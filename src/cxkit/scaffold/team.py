"""A team's own templates for `cxkit new`: `[new] templates = "templates"` in the config.

An agency keeps its house templates in one folder (`house/templates/`), which every client's config gets
through `extend`; `cxkit new KIND NAME` then starts from the file of that kind there, in the document's
language first: `persona.pl.yaml`, else `persona.yaml` (`negative-persona…`, `journey…`; `.yml` too). A kind
the folder has no file for gets cxkit's own template, and `cxkit new` says so.

A template is a cxkit document of that kind, with placeholders cxkit fills: `{name}`, `{id}`, `{today}`
(the day, as `reviewed` takes it), `{lang}` (the document's language) and, in a journey's, `{persona}`
(`--persona`, else `todo-persona`). A placeholder is filled as the YAML around it needs: the whole value of a
key (`name: {name}`) as a quoted text, inside quotes (`summary: "{name} pays by transfer"`) escaped for them.
The filled template is checked before anything is written: YAML that does not parse, another `kind`, or a
document the format refuses is exit 2 at the template's line and column, and nothing is written.
"""

from __future__ import annotations

import errno
import json
import os
import re
from pathlib import Path

from ..discovery import UsageError

#: The placeholders a template may hold; `persona` in a journey's only.
PLACEHOLDERS = ("name", "id", "today", "lang", "persona")
_HOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_-]*)\}")
#: A value that is the placeholder alone: after `key:` or `- `, nothing but a comment after it.
_WHOLE_BEFORE = re.compile(r"(?:^|:|-)\s*$")
_WHOLE_AFTER = re.compile(r"\s*(?:#.*)?$")
#: A line that starts a block scalar (`summary: >-`, `- notes: |`): its indent and the `- ` before its key.
_BLOCK_START = re.compile(r"( *)((?:- +)*)([^\s#-][^#]*?:[ \t]+|(?<=- ))[|>][1-9+-]{0,2}[ \t]*(?:#.*)?")


def template_file(folder: Path, kind: str, lang: str, pl: bool = False) -> Path | None:
    """The team's template of ``kind`` in ``folder``: in ``lang`` first (`persona.pl.yaml`), else any
    (`persona.yaml`); None when the folder has neither. One of those names that is no regular file (a folder,
    a pipe, a link to a device or to nothing) is a usage error: the team meant a template there."""
    for stem in (f"{kind}.{lang}", kind):
        for ext in (".yaml", ".yml"):
            candidate = folder / f"{stem}{ext}"
            if candidate.is_file():
                return candidate
            if os.path.lexists(candidate):
                raise UsageError(f"{shown(candidate)}: szablon zespołu nie jest zwykłym plikiem (cxkit new nic nie "
                                 "zapisał)" if pl else
                                 f"{shown(candidate)}: the team's template is no regular file (cxkit new wrote nothing)")
    return None


def shown(path: Path) -> str:
    """A template's path as messages name it: from the current folder, as lint names files."""
    from ..config import _shown_config

    return _shown_config(path)  # an agency's house/templates from a client's folder: ../../house/templates


def find(config: object, kind: str, lang: str, pl: bool = False) -> Path | None:
    """The template of the team's folder (``config.templates``) for ``kind`` in ``lang``; None without the
    setting or without such a file. A folder that is missing is a usage error (exit 2): a typo must not
    silently give cxkit's own template."""
    folder = getattr(config, "templates", None)
    if folder is None:
        return None
    at = getattr(config, "templates_at", "") or "[new] templates"
    if not folder.is_dir():
        where = shown(folder)
        if pl:
            raise UsageError(f"{at}: [new] templates wskazuje {where}, a to nie jest folder (ścieżka jest względna "
                             "wobec folderu konfiguracji, która ją zapisuje)")
        raise UsageError(f"{at}: [new] templates names {where}, which is not a folder (the path is relative to the "
                         "folder of the config that writes it)")
    return template_file(folder, kind, lang, pl)


def _in_quotes(before: str) -> str | None:
    """The quote a placeholder stands in on its line ('"' or "'"), or None, from the text before it."""
    quote: str | None = None
    i = 0
    while i < len(before):
        ch = before[i]
        if quote == '"' and ch == "\\":
            i += 2
            continue
        if quote is None and ch == "#" and (i == 0 or before[i - 1] in " \t"):
            return "#"  # a comment: left as it is
        if quote is None and ch in "\"'":
            quote = ch
        elif quote == ch:
            if ch == "'" and i + 1 < len(before) and before[i + 1] == "'":
                i += 2
                continue
            quote = None
        i += 1
    return quote


def fill(text: str, path: Path, kind: str, values: dict[str, str], pl: bool = False) -> str:
    """``text`` (the template at ``path``) with its placeholders filled from ``values``; an unknown placeholder
    (or `{persona}` outside a journey's template) is a usage error at its line and column."""
    from .templates import plain_id, quote

    out: list[str] = []
    block: int | None = None  # inside a block scalar: the indent its lines are deeper than
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        pieces: list[str] = []
        last = 0
        bare = line.rstrip("\r\n")
        if block is not None and bare.strip() and len(bare) - len(bare.lstrip(" ")) <= block:
            block = None
        in_block = block is not None
        for m in _HOLDER.finditer(line):
            key = m.group(1)
            before = line[:m.start()]
            # A block scalar's line is the team's text: no quotes, no comment, a value filled as typed.
            inside = None if in_block else _in_quotes(before)
            if inside == "#":
                break  # the rest of the line is a comment: its braces are the team's words
            if key not in values:
                known = ", ".join("{" + k + "}" for k in PLACEHOLDERS if k in values)
                at = f"{shown(path)}:{number}:{m.start() + 1}"
                if key == "persona" and kind != "journey":
                    raise UsageError(f"{at}: {{persona}} wypełnia się tylko w szablonie ścieżki klienta (journey); "
                                     f"szablon {kind} może zawierać {known}" if pl else
                                     f"{at}: {{persona}} is filled in a journey's template only; a {kind}'s may hold {known}")
                raise UsageError(f"{at}: nieznany symbol zastępczy {{{key}}} w szablonie; cxkit wypełnia {known}" if pl else
                                 f"{at}: unknown placeholder {{{key}}} in the template; cxkit fills {known}")
            value = values[key]
            if inside == '"':
                filled = json.dumps(value, ensure_ascii=False)[1:-1]
            elif inside == "'":
                filled = value.replace("'", "''")
            elif not in_block and _WHOLE_BEFORE.search(before) and _WHOLE_AFTER.fullmatch(line[m.end():].rstrip("\r\n")):
                filled = plain_id(value) if key in ("id", "persona") else value if key in ("today", "lang") else quote(value)
            else:
                filled = value
            pieces += [line[last:m.start()], filled]
            last = m.end()
        out.append("".join(pieces) + line[last:])
        if not in_block and (start := _BLOCK_START.fullmatch(bare)) is not None:
            # `- notes: |`: deeper than the key, not the dash; `- |`: deeper than the dash
            block = len(start.group(1)) + len(start.group(2)) - (0 if start.group(3) else 2)
    return "".join(out)


def check(text: str, path: Path, kind: str, pl: bool = False) -> None:
    """Raise a usage error, at the template's line and column, when ``text`` (the template at ``path``,
    filled) is no valid document of ``kind``: `cxkit new` writes nothing then."""
    from ..model.validate import validate
    from ..yamlio import load_bytes

    from ..lint.polish_reader import in_polish

    name = shown(path)
    english_lead = f"the team's template is no valid {kind} (cxkit new wrote nothing)"
    lead = f"szablon zespołu nie jest poprawnym dokumentem {kind} (cxkit new nic nie zapisał)" if pl else english_lead

    def told_as(rule: str, message: str) -> str:
        """The reader's or the schema's ``message`` after the lead: in Polish as lint says it, or English whole."""
        polish = in_polish(rule, message) if pl else None
        return f"{lead}: {polish}" if polish is not None else f"{english_lead}: {message}"

    loaded = load_bytes(text.encode("utf-8"))
    if loaded.problems:
        problem = loaded.problems[0]
        raise UsageError(f"{name}:{problem.line}:{problem.column}: {told_as('yaml-syntax', problem.message)}")
    data = loaded.data
    said = data.get("kind") if isinstance(data, dict) else None
    if said != kind:
        line, col = loaded.locate(("kind",)) if isinstance(data, dict) and "kind" in data else (1, 1)
        if said is None:
            raise UsageError(f"{name}:{line}:{col}: {lead}: " + (f"brak w nim pola kind: {kind}" if pl
                                                                  else f"it has no kind: {kind}"))
        raise UsageError(f"{name}:{line}:{col}: {lead}: " + (f"jego kind to {said!r}, a ma być {kind}" if pl
                                                              else f"its kind is {said!r}, not {kind}"))
    _model, issues = validate(data, extensions="x-" in text)
    if issues:
        issue = issues[0]
        line, col = loaded.locate(issue.path, key=issue.at_key)
        raise UsageError(f"{name}:{line}:{col}: {told_as('schema', issue.message)}")


def read(path: Path, pl: bool = False) -> str:
    """The template's text (UTF-8); one that cannot be read is a usage error.  So is a link in the work tree that
    leads out of it (a pull request's `templates/persona.yaml` -> a file of the runner, whose lines an error
    would quote), a pipe or device met meanwhile, and a file over the size cap of a document."""
    from ..fsutil import leaves_work_tree
    from ..limits import MAX_FILE_BYTES, NotRegular, TooLarge, read_capped, unreadable_said
    from ..visible import visible_name

    out = leaves_work_tree(path)
    if out is not None:
        # A team whose templates really are there (a house folder beside the repository, linked into it) names
        # that folder by its own path: a path the config writes is read wherever it leads.
        there = visible_name(os.path.dirname(out))
        raise UsageError(f"{shown(path)}: szablon zespołu to dowiązanie poza drzewo robocze (do {visible_name(out)}), a "
                         "cxkit new nie czyta szablonu przez takie dowiązanie; nic nie zapisano (jeśli szablony zespołu "
                         f"są tam, wpisz w [new] templates własną ścieżkę tego folderu: {there})" if pl else
                         f"{shown(path)}: the team's template is a link out of the work tree (to {visible_name(out)}), "
                         "and cxkit new reads no template through such a link; nothing written (if the team's templates "
                         f"are kept there, name that folder by its own path in [new] templates: {there})")
    try:
        return read_capped(path, MAX_FILE_BYTES).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        why = getattr(exc, "strerror", None) or ("nie jest w UTF-8" if pl else "not UTF-8")
        if isinstance(exc, (NotRegular, TooLarge)) or getattr(exc, "errno", None) == errno.ELOOP:
            why = unreadable_said(exc, pl)
        raise UsageError(f"{shown(path)}: " + (f"nie można odczytać szablonu: {why}" if pl
                                               else f"cannot read the template: {why}")) from None


def relative_to(config_path: Path | None, value: str) -> Path:
    """The folder ``value`` names, relative to the folder of the config that writes it."""
    base = config_path.parent if config_path is not None else Path.cwd()
    return Path(os.path.normpath(base.resolve() / value.replace("\\", "/")))
