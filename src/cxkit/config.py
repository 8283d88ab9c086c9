"""Configuration: `cxkit.toml` or `[tool.cxkit]` in pyproject.toml, nearest wins."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

CONFIG_FILE = "cxkit.toml"
PYPROJECT = "pyproject.toml"


class ConfigError(Exception):
    """A configuration problem; the CLI prints it and exits with 2."""


@dataclass
class Config:
    """Settings in force for one run, and where they came from."""

    root: Path
    source: Path | None = None
    paths: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    fail_level: str = "warning"
    lang: str | None = None
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    persona_dir: str = "personas"
    journey_dir: str = "journeys"
    #: The bytes of ``source`` these settings were read from: what the lint cache keys results by,
    #: so that a config saved anew during a run cannot have the old settings' results stored as its own.
    source_bytes: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def label(self) -> str:
        return str(self.source) if self.source else "defaults"


def shown_path(path: str | os.PathLike[str], workspace: str | os.PathLike[str] | None = None) -> str:
    """A file or folder as messages show it, as lint shows the files it reads: relative to the current folder.

    That is ``personas/ola.yaml`` under the current folder, and ``../personas/ola.yaml`` from
    ``journeys/`` when both lie in ``workspace`` (the folder of the config in force); a path outside
    them (another workspace, a ``CXKIT_CACHE_DIR`` elsewhere, /tmp) is absolute, which reads better
    than a climb of ``../../..``.  POSIX-style, control characters shown as escapes.
    """
    from .discovery import display_path

    full = os.path.abspath(path)
    try:
        rel = os.path.relpath(full)
    except ValueError:  # pragma: no cover - another drive (Windows)
        return display_path(full)
    if not (rel == os.pardir or rel.startswith(os.pardir + os.sep)):
        return display_path(rel)
    if workspace is not None:
        top = os.path.realpath(workspace)
        if all(_within(os.path.realpath(p), top) for p in (os.getcwd(), full)):
            return display_path(rel)
    return display_path(full)


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def find_config(start: Path) -> Path | None:
    """The nearest `cxkit.toml`, or `pyproject.toml` with a [tool.cxkit] table, at or above ``start``."""
    return _nearest_config(start.resolve(), {})


def _config_of_paths(paths: Sequence[str], cwd: Path) -> Path | None:
    """The config nearest to every one of ``paths`` when it is one and the same, else None.

    Folders are walked as the paths spell them (a linked folder inside a workspace belongs to that
    workspace, as when the command runs there), each folder once however many files are named.
    """
    starts: set[Path] = set()
    for given in paths:
        where = Path(os.path.normpath(os.path.join(cwd, given)))
        try:
            start = where if where.is_dir() else where.parent
            if not start.exists():
                return None
        except (OSError, ValueError):  # an unreadable folder, a NUL in a name: the usual errors come later
            return None
        starts.add(start)
    memo: dict[Path, Path | None] = {}
    found: set[Path | None] = set()
    for start in starts:
        found.add(_nearest_config(start, memo))
        if len(found) > 1:
            return None
    return next(iter(found), None)


def _nearest_config(start: Path, memo: dict[Path, Path | None]) -> Path | None:
    """The config nearest to ``start``, walking its folders as written; ``memo`` keeps each folder's answer."""
    walked: list[Path] = []
    folder = start
    answer: Path | None = None
    while True:
        if folder in memo:
            answer = memo[folder]
            break
        walked.append(folder)
        try:
            # Named from the folder's real path, the file itself as it is (a linked cxkit.toml
            # configures the folder it is in, not the one it leads to).
            if (folder / CONFIG_FILE).is_file():
                answer = Path(os.path.realpath(folder)) / CONFIG_FILE
                break
            pyproject = folder / PYPROJECT
            if pyproject.is_file() and _has_cxkit_table(pyproject):
                answer = Path(os.path.realpath(folder)) / PYPROJECT
                break
        except OSError:
            pass
        if folder.parent == folder:
            break
        folder = folder.parent
    for seen in walked:
        memo[seen] = answer
    return answer


def _has_cxkit_table(pyproject: Path) -> bool:
    try:
        data = pyproject.read_bytes()
    except OSError:
        return False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Saved as UTF-16 (some Windows editors): if it mentions cxkit it is ours, to report as not UTF-8.
        return "cxkit" in data.decode("utf-16", errors="replace")
    if b"cxkit" not in data:
        return False
    try:
        text = _decode(data, pyproject)
    except ConfigError:
        return True  # not UTF-8, yet it mentions cxkit: ours to report
    try:
        tool = tomllib.loads(text).get("tool")
        return isinstance(tool, dict) and "cxkit" in tool
    except (ValueError, RecursionError):  # TOMLDecodeError, or a number too long to convert
        # A broken pyproject that mentions cxkit is ours to report.
        return True


_BOM = b"\xef\xbb\xbf"


_TOML_AT = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$")


def _toml_problem(path: Path, text: str, message: str) -> str:
    """A TOML error as `path:line:col: invalid TOML: ...`, where every other problem is located."""
    m = _TOML_AT.search(message)
    if m is None:
        return f"{path}: invalid TOML: {message}"
    if m.group(1):
        line, col = int(m.group(1)), int(m.group(2))
    else:  # the end of the file: its last line, after its last character (lines counted as tomllib counts them)
        body = text.rstrip("\n")
        line, col = body.count("\n") + 1, len(body) - body.rfind("\n")
    return f"{path}:{line}:{col}: invalid TOML: {message[: m.start()]}"


def _decode(data: bytes, path: Path) -> str:
    """The text of a config file: UTF-8, with or without a byte-order mark (Windows editors write one).

    Anything else is a :class:`ConfigError` that points at the first bad byte by line and column,
    as a TOML error would, not by its offset in the file.
    """
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ConfigError(f"{path}: the file is UTF-16; save it as UTF-8") from None
        start = data.rfind(b"\n", 0, exc.start) + 1
        line = data.count(b"\n", 0, exc.start) + 1
        column = len(data[start:exc.start].decode("utf-8")) + 1  # characters, like TOML errors count them
        raise ConfigError(
            f"{path}: not UTF-8 text: byte 0x{data[exc.start]:02x} at line {line}, column {column}; save the file as UTF-8"
        ) from None


def load_config(
    explicit: Path | None = None, cwd: Path | None = None, *, check_rules: bool = True, near: Sequence[str] = ()
) -> Config:
    """Load the configuration in force; raise :class:`ConfigError` on any problem.

    ``near`` are the paths the command was given: when they all lie under one config deeper
    than the current folder's (a workspace in a subfolder: `cxkit lint cx/personas/ola.yaml` from
    the repository's top), that one is in force, as it is for `cxkit lint` run in `cx/`.
    """
    cwd = cwd or Path.cwd()
    if explicit is not None:
        if not explicit.exists():
            raise ConfigError(f"{explicit}: config file not found")
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: not a file; --config takes a cxkit.toml or pyproject.toml")
        path: Path | None = explicit
    else:
        path = find_config(cwd)
        deeper = _config_of_paths(near, cwd)
        if deeper is not None and deeper != path and (path is None or deeper.parent.is_relative_to(path.parent)):
            path = deeper
    if path is None:
        return Config(root=cwd)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    text = _decode(data, path)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(_toml_problem(path, text, str(exc))) from exc
    except RecursionError:  # tomllib reads nested arrays and tables by recursion
        raise ConfigError(f"{path}: invalid TOML: arrays or tables nested too deeply") from None
    except ValueError:  # Python's limit on converting long digit strings to int (4300 digits by default)
        raise ConfigError(f"{path}: invalid TOML: a number with more digits than Python reads") from None
    if path.name == PYPROJECT:
        tool = raw.get("tool")
        if not (isinstance(tool, dict) and "cxkit" in tool):
            if explicit is not None:
                raise ConfigError(f"{path}: no [tool.cxkit] table; put cxkit's settings there")
            tool = {"cxkit": {}}
        table = tool["cxkit"]
        prefix = "[tool.cxkit]"
    else:
        table = raw
        prefix = ""
    config = parse_settings(table, path, prefix)
    _check_folders(config, path, prefix)
    config.source_bytes = data
    if check_rules:
        check_rule_settings(config)
    return config


def _check_folders(config: Config, path: Path, prefix: str) -> None:
    """A folder named with a NUL character (TOML's "\\u0000") is no folder: every file-system call refuses it.

    Nor is a folder written for a shell (`~/personas`, `$HOME/mapy`): cxkit expands neither, and
    `cxkit new` would make a folder named `~` in the workspace, which `rm -rf ~` then takes for home.
    """
    for key, values in (("persona-dir", [config.persona_dir]), ("journey-dir", [config.journey_dir]),
                        ("paths", config.paths)):
        where = f"{prefix}.{key}" if prefix else key
        if any("\0" in v for v in values):
            raise ConfigError(f"{path}: bad value for '{where}': a path cannot hold a NUL character (\\u0000)")
        for value in values:
            if value.startswith("~") or value.startswith("$") or "${" in value:
                raise ConfigError(
                    f"{path}: bad value for '{where}': {value!r} is written for a shell; cxkit expands neither ~ "
                    f"nor $VARIABLES: give the folder relative to {path.name} (e.g. \"personas\" or \"../shared/personas\"; "
                    f"a folder really named so is \"./{value}\")"
                )


def default_targets(config: Config) -> list[str]:
    """What a command checks when no path is named: the configured `paths` (relative to the current
    folder), else the current folder.

    A configured path that does not exist is a warning on stderr, named with its key, and the run goes
    on with the others.  Git keeps no empty folder, so `journeys/` emptied here is missing in a fresh
    clone: an error there would fail CI on what passes here.  When none of them exists, though, the
    run would check nothing and pass: that is a configuration error (a typo in `paths`), exit 2.  A
    path named on the command line that does not exist stays a usage error (see discovery).
    """
    if not config.paths:
        return ["."]
    from .visible import visible_name

    if config.source is None:
        where = "the config"
    else:
        try:
            where = os.path.relpath(config.source)
        except ValueError:  # pragma: no cover - another drive (Windows)
            where = str(config.source)
    out = []
    missing = []
    for p in config.paths:
        full = config.root / p
        if not full.exists() and not full.is_symlink():
            missing.append(p)
            continue
        out.append(os.path.relpath(full))
    if missing and not out:
        names = ", ".join(f"'{visible_name(p)}'" for p in missing)
        raise ConfigError(f"{config.source or where}: 'paths' names {names}, and none of them exists, so there is "
                          f"nothing to check (paths are relative to the folder of {visible_name(os.path.basename(where))})")
    import sys

    for p in missing:
        sys.stderr.write(f"cxkit: warning: 'paths' in {visible_name(where)} names '{visible_name(p)}', "
                         "which does not exist; nothing there was checked\n")
    return out


def check_rule_settings(config: Config) -> None:
    """Rule names and options are checked for every command, not only by lint.

    A typo in `[rules.pseudo-profiling]` must fail `cxkit render` or `cxkit fmt`
    as loudly as `cxkit lint`; building the rule set once is what checks them.
    """
    if not (config.rules or config.select or config.ignore or config.extend_select or config.per_file_ignores):
        return
    from .lint.engine import build_ruleset

    build_ruleset(config)


def parse_settings(table: Any, path: Path, prefix: str = "") -> Config:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: {prefix or 'the file'} must be a table")
    if table.get("select") == []:
        # An empty list read as "not given" ran every rule: the opposite of what it says.
        where = f"{prefix}.select" if prefix else "select"
        raise ConfigError(f"{path}: '{where}' is empty, which would select no rule; leave it out to run every rule, "
                          "or name rules (e.g. select = [\"CX1\", \"schema\"])")
    plain = _plain_settings(table)
    if plain is not None:
        if "per_file_ignores" in plain:
            plain["per_file_ignores"] = _per_file_patterns(plain["per_file_ignores"], path, prefix)
        return Config(root=path.parent.resolve(), source=path, **plain)
    from pydantic import ValidationError

    from .settings_model import Settings as _Settings  # pydantic only when there is a config file to check

    try:
        settings = _Settings.model_validate(table)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        key = ".".join(str(p) for p in err["loc"])
        where = f"{prefix}.{key}" if prefix else key
        if err["type"] == "extra_forbidden":
            import difflib

            names = [f.alias or n for n, f in _Settings.model_fields.items()]
            guess = difflib.get_close_matches(str(err["loc"][-1]), names, n=1)
            hint = f"; did you mean '{guess[0]}'?" if guess else f"; known keys: {', '.join(sorted(names))}"
            raise ConfigError(f"{path}: unknown key '{where}'{hint}") from exc
        raise ConfigError(f"{path}: bad value for '{where}': {err['msg']}") from exc
    return Config(
        root=path.parent.resolve(),
        source=path,
        paths=settings.paths,
        exclude=settings.exclude,
        select=settings.select,
        ignore=settings.ignore,
        extend_select=settings.extend_select,
        per_file_ignores=_per_file_patterns(settings.per_file_ignores, path, prefix),
        fail_level=settings.fail_level,
        lang=settings.lang,
        rules=settings.rules,
        persona_dir=settings.persona_dir,
        journey_dir=settings.journey_dir,
    )


def _per_file_patterns(table: dict[str, list[str]], path: Path, prefix: str = "") -> dict[str, list[str]]:
    """`per-file-ignores` with each pattern written as it is matched: relative to the config's folder.

    The patterns are matched against paths relative to the config's folder, so a pattern
    written as `./personas/*.yaml`, as an absolute path into that folder, with backslashes,
    or as a folder (`personas/`) would match nothing, silently.  Written like `exclude`
    accepts them, they mean what they say.  Two spellings of one pattern share their rules.
    """
    root = path.parent.resolve()
    out: dict[str, list[str]] = {}
    for pattern, rules in table.items():
        pat = pattern.strip().replace("\\", "/")
        for base in (root, path.parent.absolute()):
            try:
                inside = Path(pat).relative_to(base).as_posix()
            except ValueError:
                continue  # "/drafts/*": anchored at the config's folder (the matcher keeps it so)
            # An absolute path into the config's folder: that one place, anchored like "/drafts".
            pat = "" if inside == "." else "/" + inside + ("/" if pat.endswith("/") else "")
            break
        while pat.startswith("./"):
            pat = pat[2:]
        if pat in (".", "./"):
            pat = ""
        if pat.endswith("/"):
            pat += "*"  # a folder: every file in it
        if not pat.strip("/"):
            where = f"{prefix}.per-file-ignores" if prefix else "per-file-ignores"
            raise ConfigError(f"{path}: {where}: the pattern {pattern!r} names no file; \"*\" means every file")
        merged = out.setdefault(pat, [])
        merged.extend(r for r in rules if r not in merged)
    return out


_LISTS = {"paths", "exclude", "select", "ignore", "extend_select"}
_TEXTS = {"persona_dir", "journey_dir"}


def _plain_settings(table: dict[str, Any]) -> dict[str, Any] | None:
    """The settings as the schema would return them, when every value already has its type; else None."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        if "_" in key:
            return None  # not a documented key: the schema names it and suggests the right one
        name = key.replace("-", "_") if key in ("extend-select", "per-file-ignores", "fail-level", "persona-dir", "journey-dir") else key
        if name in out:
            return None
        if name in _LISTS and type(value) is list and all(type(v) is str for v in value):
            out[name] = list(value)
        elif name in _TEXTS and type(value) is str:
            out[name] = value
        elif name == "fail_level" and value in ("error", "warning", "info", "never") and type(value) is str:
            out[name] = value
        elif name == "lang" and value in ("pl", "en") and type(value) is str:
            out[name] = value
        elif name == "per_file_ignores" and type(value) is dict and all(
            type(k) is str and type(v) is list and all(type(x) is str for x in v) for k, v in value.items()
        ):
            out[name] = {k: list(v) for k, v in value.items()}
        elif name == "rules" and type(value) is dict and all(type(k) is str and type(v) is dict for k, v in value.items()):
            out[name] = {k: dict(v) for k, v in value.items()}
        else:
            return None
    return out
