"""The command line's own usage errors in Polish, for a run in a Polish workspace.

click (as typer 0.29 bundles it, `typer._click`, without gettext) words a usage error in English while it
parses the command line, before any config is read: `No such option: --selct`, `Missing argument 'NAME'.`,
`Invalid value for '--format' / '-f': 'xml' is not one of …`.  Which config the run would read is not known
then (`--config` and the paths are what is being parsed), but it can be guessed cheaply and safely: the
`--config` file named, else the config of the paths named that exist (as :func:`cxkit.config.load_config`
picks it), else the one nearest to the current folder; its `lang`, or that of the config it extends, says
the workspace's language.  Only that TOML is read (nothing is run, nothing written); a config that cannot be
read, or names no language, leaves the error English.  Each form cxkit knows is said whole in Polish; any
other stays English whole, never half translated.  Imported only when a usage error is met.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Sequence

_SEE = re.compile(r"(?P<body>.*?)(?:(?P<dot> See)|(?P<semi>; see)) `(?P<cmd>[^`]+) -h`\.?")


def polish_usage(said: str, argv: Sequence[str]) -> str | None:
    """``said`` (a usage error's line, after `cxkit: `) in Polish when the workspace the run is in says
    `lang = "pl"`; None otherwise, or for a form not said in Polish."""
    if not _polish_workspace(argv):
        return None
    return usage_pl(said)


def usage_pl(said: str) -> str | None:
    """``said`` in Polish, whatever the workspace; None for a form not known here."""
    from .lint.polish import q

    m = _SEE.fullmatch(said)
    body, see = (m["body"], (f" Zobacz `{m['cmd']} -h`." if m["dot"] else f"; zobacz `{m['cmd']} -h`")) if m else (said, "")
    told: str | None = None
    if found := re.fullmatch(r"No such option: (\S+)(?: \(Possible options: ([^()]+)\))?", body):
        told = f"nie ma takiej opcji: {found[1]}" + (f" (czy chodziło o {found[2].replace(', ', ' albo ')}?)"
                                                     if found[2] else "")
    elif found := re.fullmatch(r"Option '([^']+)' requires an argument\.", body):
        told = f"opcja {found[1]} wymaga wartości."
    elif found := re.fullmatch(r"Option '([^']+)' requires (\d+) arguments\.", body):
        told = f"opcja {found[1]} wymaga {found[2]} wartości."
    elif found := re.fullmatch(r"Option '([^']+)' does not take a value\.", body):
        told = f"opcja {found[1]} nie przyjmuje wartości."
    elif found := re.fullmatch(r"Missing (argument|option) ('[^']*'(?: / '[^']*')*)\.(?: Choose from:\s+(.+)\.)?", body, re.S):
        told = f"brak {'argumentu' if found[1] == 'argument' else 'opcji'} {found[2]}."
        if found[3]:  # typer's list of an argument's choices (`cxkit new` with no KIND)
            told += f" Do wyboru: {found[3]}."
    elif found := re.fullmatch(r"Got unexpected extra argument(?:\(s\)|s)? \((.*)\)", body, re.S):
        told = f"nadmiarowe argumenty: {found[1]}"
    elif found := re.fullmatch(r"No such command '(.*)'\.(?: Did you mean (.+?)\?)?( `cxkit lint` checks documents\.)?", body):
        guesses = re.findall(r"'([^']*)'", found[2] or "")
        told = f"nie ma polecenia {q(found[1])}."
        if guesses:
            told += f" Czy chodziło o {' albo '.join(q(g) for g in guesses)}?"
        if found[3]:
            told += " `cxkit lint` sprawdza dokumenty."
    elif found := re.fullmatch(r"Invalid value for (.+?): (.+)", body, re.S):
        inner = _invalid_pl(found[2])
        told = f"zła wartość {found[1]}: {inner}" if inner is not None else None
    if told is None:
        return None
    if see and not told.endswith((".", "?")) and m is not None and m["dot"]:
        told += "."
    return told + see


def _invalid_pl(inner: str) -> str | None:
    """The reason of an `Invalid value for …:` error in Polish, for the forms cxkit's options give."""
    from .lint.polish import q

    if found := re.fullmatch(r"'(.*)' is not one of ((?:'[^']*'(?:, )?)+)\.(?: Did you mean '([^']*)'\?)?", inner, re.S):
        choices = ", ".join(f"„{c}”" for c in re.findall(r"'([^']*)'", found[2]))
        said = f"{q(found[1])} nie jest żadną z wartości: {choices}"
        return said + (f"; czy chodziło o {q(found[3])}?" if found[3] else ".")
    if found := re.fullmatch(r"expected a whole number, not (.+)", inner, re.S):
        return f"to ma być liczba całkowita, a nie {found[1]}"
    if found := re.fullmatch(r"must be (-?\d+) or (more|less), not (.+)", inner, re.S):
        return f"ma być {'co najmniej' if found[2] == 'more' else 'najwyżej'} {found[1]}, a nie {found[3]}"
    return None


def _polish_workspace(argv: Sequence[str]) -> bool:
    """Whether the config the run would read says `lang = "pl"` (itself, or a config it extends)."""
    from .config import PYPROJECT, ConfigError, _config_of_paths, _workspace_lang, find_config, lang_toml

    try:
        cwd = Path.cwd()
        path: Path | None = None
        args = list(argv)
        for i, arg in enumerate(args):
            if arg == "--config" and i + 1 < len(args):
                path = Path(args[i + 1])
            elif arg.startswith("--config="):
                path = Path(arg.split("=", 1)[1])
        if path is None:
            path = find_config(cwd)
            named = [a for a in args if a and not a.startswith("-") and os.path.exists(a)]
            deeper = _config_of_paths(named, cwd) if named else None
            if deeper is not None and deeper != path and (path is None or deeper.parent.is_relative_to(path.parent)):
                path = deeper
        raw = lang_toml(path) if path is not None else None  # a regular file of a config's size, or nothing
        if raw is None:
            return False
        table = raw.get("tool", {}).get("cxkit") if path.name == PYPROJECT else raw
        if not isinstance(table, dict):
            return False
        return _workspace_lang(table.get("lang"), table.get("extend"), path) == "pl"
    except (ConfigError, OSError, ValueError, RecursionError, AttributeError):
        return False
