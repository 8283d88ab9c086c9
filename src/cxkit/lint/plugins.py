"""Rules from other installed packages: the ``cxkit.rules`` entry-point group.

A package adds rules by declaring, in its own ``pyproject.toml``::

    [project.entry-points."cxkit.rules"]
    owner-required = "acme_cx_rules:OwnerRequired"

Each entry point names one :class:`cxkit.lint.rule.Rule` subclass.  Only packages installed in the
Python that runs cxkit are read: never a folder or module a workspace's config names, and never
the current folder (``python -m cxkit`` puts it on ``sys.path``), because a repository takes pull
requests from people who must not be able to run code on the machine that lints them.

The installed plugins are found by reading the ``entry_points.txt`` of each ``*.dist-info`` on
``sys.path``, without importing :mod:`importlib.metadata` or the plugins themselves: the lint
cache's key names each plugin's distribution and version (:func:`fingerprint`), and a warm run
must stay as cheap as it is without plugins.  The plugins' code is imported only when the rules
are needed (:func:`cxkit.lint.rule.all_rules`).  A plugin that cannot be imported, names no rule
class, or takes a code or name cxkit or another plugin already uses stops the run with exit 2 and
the plugin's name (:class:`PluginError`), never a traceback.

docs/plugins.md is the user's page.
"""

from __future__ import annotations

import os
import re
import sys
from _thread import RLock  # what threading.RLock is, without importing threading on every run
from typing import Callable, Iterable, NamedTuple

from .. import _imported
from ..gitutil import work_tree_top

GROUP = "cxkit.rules"
#: Codes cxkit keeps for its own rules, present and future: a plugin's code must start otherwise.
RESERVED_PREFIX = "CX"


class Plugin(NamedTuple):
    """One installed distribution that declares rules: its name and version, and its entry points
    (``(name, "module:attribute")``) in the order written."""

    dist: str
    version: str
    entries: tuple[tuple[str, str], ...]
    #: A digest of the dist-info's RECORD (each installed file's hash, as the installer wrote them): a
    #: wheel of the same version with other code, installed over the old one, changes it.
    record: str = ""
    #: The ``sys.path`` entry it was found in (not part of the lint cache's key).
    where: str = ""


_FOUND: tuple[Plugin, ...] | None = None


#: Python's own library (and its lib-dynload): it holds no installed distribution, and listing it
#: (hundreds of names) would be most of the cost of a look for plugins.
_STDLIB = os.path.dirname(os.__file__)


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _checkout(folder: str) -> str | None:
    """The git work tree ``folder`` is in, or ``folder`` itself outside git; None for the disk's root
    (a process started there is in no checkout)."""
    top = work_tree_top(folder)
    if top is not None:
        return top
    return None if os.path.dirname(folder) == folder else folder


def _untrusted_folders() -> tuple[list[str], list[str]]:
    """The checkouts a run may stand in (of the current folder, and of the folder cxkit started in:
    ``cxkit review`` lints each side from a copy of it, and a worker started by spawn begins there), and the folders of the Python that runs
    cxkit (its environment and the user's site-packages), which are trusted even inside a checkout:
    a ``.venv`` in the project is where a team installs its plugins."""
    import cxkit

    starts = []
    for start in (getattr(cxkit, "_FIRST_FOLDER", None), getattr(cxkit, "_START_FOLDER", None), _cwd(), *_given_folders()):
        if start:
            checkout = _checkout(os.path.realpath(start))
            if checkout and checkout not in starts:
                starts.append(checkout)
    return starts, _own_folders()


def _own_folders() -> list[str]:
    """The folders of the Python that runs cxkit (see :func:`_untrusted_folders`), as real paths."""
    site = sys.modules.get("site")
    own = [sys.prefix, sys.exec_prefix, sys.base_prefix, getattr(site, "USER_SITE", None) or ""]
    return [os.path.realpath(p) for p in own if p]


#: The folders of the paths every command and :mod:`cxkit.api` call of this process was given (:func:`distrust`),
#: as real paths: no plugin is imported from their checkouts for the life of the process.  Kept for the process,
#: not per call, because importing is for the process: a plugin's module runs once, and its rules then serve
#: every later call from every thread.  A call that lints checkout A (in one thread) must not let another
#: call (in another thread, on checkout B) import code from A while A is being linted, or after.
_GIVEN: list[str] = []
#: The environment variable that hands them to a lint worker started by spawn (set by the command line only).
GIVEN_VARIABLE = "_CXKIT_GIVEN_FOLDERS"
#: Held while :data:`_GIVEN` grows and its check runs (:func:`distrust`), while the plugins are looked for
#: (:func:`installed`), and while they are imported (:func:`cxkit.lint.rule.all_rules`): a call given a
#: checkout either is seen by an import that follows, or sees the plugin an import that came first loaded.
LOCK = RLock()


def _given_folders() -> list[str]:
    inherited = os.environ.get(GIVEN_VARIABLE, "")
    return _GIVEN + [folder for folder in inherited.split(os.pathsep) if folder]


def distrust(paths: Iterable[object]) -> None:
    """Read no plugin from the checkouts ``paths`` are in: the files and folders a command was given
    (`cxkit lint /abs/checkout` run elsewhere, its `--config`, a `--files-from` list's files), as the
    current folder's checkout.  Called by each command and :mod:`cxkit.api` call before it looks for
    plugins; a path that is not there names nothing.  The folders join :data:`_GIVEN` for the rest of
    the process.  In the command line's own process (not in a program that uses :mod:`cxkit.api`,
    whose environment is its own) they are also handed to lint workers started by spawn, through the
    environment.

    Raises :class:`PluginError`, on every call so given, when a plugin already imported in this process
    (by an earlier call that linted elsewhere, or one running in another thread) came from the checkout
    of one of these paths: its entry on ``sys.path`` or its module is there.  Only the call given that
    checkout is refused: a call on another workspace goes on.
    """
    folders = []
    for path in paths:
        if isinstance(path, os.PathLike):
            path = os.fspath(path)
        if not isinstance(path, str) or not path or "\0" in path:
            continue
        try:
            real = os.path.realpath(path)
            if not os.path.exists(real):
                continue
            folder = real if os.path.isdir(real) else os.path.dirname(real)
        except (OSError, ValueError):
            continue
        if folder not in folders:
            folders.append(folder)
    if not folders:
        return
    global _FOUND
    with LOCK:
        added = [folder for folder in folders if folder not in _GIVEN]
        if added:
            _GIVEN.extend(added)
            _FOUND = None
            import cxkit

            if getattr(cxkit, "_COMMAND_LINE", False):
                os.environ[GIVEN_VARIABLE] = os.pathsep.join(_given_folders())
        _refuse_loaded_from(folders)


def _refuse_loaded_from(folders: list[str]) -> None:
    """Raise :class:`PluginError` when a plugin imported already came from the checkout of one of ``folders``
    (by place: a zip rebuilt, or a plugin upgraded, where it was is no checkout)."""
    rule = _imported(__name__.rpartition(".")[0] + ".rule")  # not imported: no plugin is
    loaded = getattr(rule, "_PLUGIN_RULES", None)
    if not loaded:
        return
    checkouts: list[str] = []
    for folder in folders:
        checkout = _checkout(folder)
        if checkout and checkout not in checkouts:
            checkouts.append(checkout)
    untrusted = (checkouts, _own_folders())
    for cls, plugin in loaded.values():
        place = plugin.where if plugin.where and _skipped_path(plugin.where, untrusted) else None
        # The modules its entry points named (what the look before the import checked) and the one its class is in.
        tops = [value.partition(":")[0].strip().partition(".")[0] for _name, value in plugin.entries]
        for top in dict.fromkeys([*tops, cls.__module__.partition(".")[0]]):
            if place is not None:
                break
            spec = getattr(sys.modules.get(top), "__spec__", None)
            place = _code_in_checkout(_spec_places(spec), untrusted) if spec is not None else None
        if place is not None:
            raise PluginError(f"the rule plugin {plugin.dist} {plugin.version} was loaded from {place}, which holds "
                              "or is in the checkout of the paths given now; cxkit reads no rule plugin from the checkout "
                              "it lints: install the plugin into the Python environment, or lint in a new process")


def _cwd() -> str | None:
    try:
        return os.getcwd()
    except OSError:  # the current folder is gone
        return None


def _skipped_path(entry: str, untrusted: tuple[list[str], list[str]]) -> bool:
    """A ``sys.path`` entry no plugin is read from: one relative to the current folder, one inside a
    checkout the run stands in or holding it (``python -m cxkit`` puts the current folder on the path;
    ``PYTHONPATH=src`` or an editable install of the repository itself put one of its folders there) —
    never code a pull request brings — unless it belongs to the Python that runs cxkit; and Python's
    own library (nothing to find)."""
    if not entry or not os.path.isabs(entry):
        return True
    if entry == _STDLIB or os.path.dirname(entry) == _STDLIB and os.path.basename(entry) == "lib-dynload":
        return True
    real = os.path.realpath(entry)
    if _in_checkout(real, untrusted):
        return True
    checkouts, own = untrusted
    if any(_inside(real, folder) for folder in own):
        return False
    return any(_inside(checkout, real) for checkout in checkouts)


def _in_checkout(real: str, untrusted: tuple[list[str], list[str]]) -> bool:
    """Whether the real path ``real`` is in one of the untrusted checkouts, the deepest folder holding it
    deciding: a ``.venv`` inside a checkout is the Python environment's, but a checkout inside one of the
    environment's folders (``/usr/src/app`` under a system Python's prefix ``/usr``) is a checkout."""
    checkouts, own = untrusted
    deepest = max((len(checkout) for checkout in checkouts if _inside(real, checkout)), default=None)
    return deepest is not None and not any(len(folder) > deepest and _inside(real, folder) for folder in own)


def _group_entries(text: str) -> tuple[tuple[str, str], ...]:
    """The ``name = value`` lines of the ``[cxkit.rules]`` section of an entry_points.txt."""
    out: list[tuple[str, str]] = []
    inside = False
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            inside = line.strip("[]").strip() == GROUP
            continue
        if inside and "=" in line:
            name, value = line.split("=", 1)
            out.append((name.strip(), value.strip()))
    return tuple(out)


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _egg_version(pkg_info: bytes | None) -> str:
    for line in (pkg_info or b"").decode("utf-8", "replace").splitlines():
        if line.startswith("Version:"):
            return line.split(":", 1)[1].strip()
        if not line.strip():
            break
    return "unknown"


def installed() -> tuple[Plugin, ...]:
    """Every installed distribution with ``cxkit.rules`` entry points, the first of each name on
    ``sys.path`` (as Python's own lookup), sorted by name; read once per process."""
    global _FOUND
    if _FOUND is not None:
        return _FOUND
    with LOCK:
        if _FOUND is None:
            _FOUND = _look()
        return _FOUND


def _look() -> tuple[Plugin, ...]:
    """The look :func:`installed` makes, under :data:`LOCK`."""
    seen: set[str] = set()
    found: list[Plugin] = []
    untrusted = _untrusted_folders()
    for entry in sys.path:
        if not isinstance(entry, str) or _skipped_path(entry, untrusted):
            continue
        stamp = ""
        try:
            names, read = _metadata_folders(entry), _folder_reader(entry)
        except NotADirectoryError:  # a zip file, as Python's zipimport reads one
            names, read = _zip_metadata(entry)
            stamp = _zip_stamp(entry)
        except OSError:  # a folder that is not there
            continue
        for name in names:
            stem = name.rsplit(".", 1)[0]
            dist, _, version = stem.partition("-")
            key = _normalise(dist)
            if key in seen:
                continue
            seen.add(key)
            raw = read(name, "entry_points.txt")
            if raw is None:
                continue
            text = raw.decode("utf-8", "replace")
            if GROUP not in text:
                continue
            entries = _group_entries(text)
            if not entries:
                continue
            if name.endswith(".egg-info"):
                version = version.split("-", 1)[0] if version else _egg_version(read(name, "PKG-INFO"))
            found.append(Plugin(key, version or "unknown", entries, _record(read(name, "RECORD")) + stamp, entry))
    return tuple(sorted(found))


_METADATA = (".dist-info", ".egg-info")


def _metadata_folders(entry: str) -> list[str]:
    """The names of the ``*.dist-info`` and ``*.egg-info`` in ``entry``, sorted.  Only those are
    sorted: a folder of 100,000 modules on ``sys.path`` then costs its listing alone (about half of what
    sorting every name took too)."""
    return sorted(name for name in os.listdir(entry) if name.endswith(_METADATA))


Reader = Callable[[str, str], "bytes | None"]


def _folder_reader(entry: str) -> Reader:
    def read(name: str, leaf: str) -> bytes | None:
        try:
            with open(os.path.join(entry, name, leaf), "rb") as fh:
                return fh.read()
        except OSError:  # none written, or not readable
            return None

    return read


def _zip_metadata(entry: str) -> tuple[list[str], Reader]:
    """The metadata folders at the top of a zip file on ``sys.path`` (sorted) and a reader of their
    files; none when ``entry`` is no zip file.  The files a look needs are read at once, so the
    archive is closed when this returns."""
    import zipfile

    try:
        with zipfile.ZipFile(entry) as archive:
            members = set(archive.namelist())
            names = sorted({m.split("/", 1)[0] for m in members if "/" in m and m.split("/", 1)[0].endswith(_METADATA)})
            files = {}
            for name in names:
                for leaf in ("entry_points.txt", "RECORD", "PKG-INFO"):
                    if f"{name}/{leaf}" in members:
                        files[name, leaf] = archive.read(f"{name}/{leaf}")
    except Exception:  # noqa: BLE001 - not a zip, or a broken one (zlib.error, BadZipFile, OSError...): no plugin there
        return [], lambda name, leaf: None
    return names, lambda name, leaf: files.get((name, leaf))


def _zip_stamp(entry: str) -> str:
    """The size and time of change of a zip file on ``sys.path``, for the lint cache's key: a zip built
    by hand often has no RECORD, and one rebuilt with other code under the same version must not be
    answered from results computed with the old code."""
    try:
        info = os.stat(entry)
    except OSError:
        return ""
    return f"+zip{info.st_size}.{info.st_mtime_ns}"


def _record(data: bytes | None) -> str:
    """A digest of a dist-info's RECORD; empty without one (an egg-info, or an installer that wrote none)."""
    if data is None:
        return ""
    try:
        from _blake2 import blake2b  # what hashlib's is, without importing hashlib on the warm path
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import blake2b
    return blake2b(data, digest_size=8).hexdigest()


def fingerprint() -> str:
    """The installed plugins as the lint cache's key names them: distribution, version, entry points
    and the digest of the files the installer recorded.  Once they are imported, the plugins whose rules
    run: the same as a look finds until a program's call is given a checkout one came from (:func:`distrust`),
    after which the look leaves that plugin out but its rules, imported before, still run in calls elsewhere."""
    rule = _imported(__name__.rpartition(".")[0] + ".rule")  # not imported: no plugin is
    loaded = getattr(rule, "_PLUGIN_RULES", None)
    running = installed() if loaded is None else sorted({plugin for _cls, plugin in loaded.values()})
    return ";".join(
        f"{p.dist}=={p.version}#{p.record}:" + ",".join(f"{n}={v}" for n, v in p.entries) for p in running
    )


from ..discovery import UsageError  # noqa: E402 - loaded on every lint run already


class PluginError(UsageError):
    """A rule plugin cxkit cannot use; its message names the plugin.  The command line turns it into
    one ``cxkit:`` line and exit 2, as any usage error; ``pl``, its Polish twin, is what a run whose config
    says `lang = "pl"` prints instead (None: English everywhere)."""

    def __init__(self, message: str = "", pl: str | None = None) -> None:
        super().__init__(message)
        self.pl = pl


def _where_pl(where: str) -> str:
    """"the rule plugin DIST VERSION (entry point NAME = VALUE)" in Polish."""
    return where.replace("the rule plugin ", "wtyczka reguł ", 1).replace("(entry point ", "(punkt wejścia ", 1)


def load(builtin: dict[str, type]) -> dict[str, tuple[type, Plugin]]:
    """Import every installed plugin's rule classes, checked against ``builtin`` (the rules cxkit has,
    by name) and one another: by name, each class with the plugin that provides it.

    Raises :class:`PluginError` on the first plugin that cannot be used.
    """
    from .rule import Rule

    codes = {cls.code: f"cxkit's rule {name}" for name, cls in builtin.items()}
    names = {name: f"cxkit's rule {name} ({cls.code})" for name, cls in builtin.items()}
    out: dict[str, tuple[type, Plugin]] = {}
    untrusted = _untrusted_folders()
    for plugin in installed():
        for entry, value in plugin.entries:
            where = f"the rule plugin {plugin.dist} {plugin.version} (entry point {entry} = {value})"
            _refuse_code_in_checkout(value, where, untrusted)
            cls = _import(value, where)
            pl = _where_pl(where)
            if not (isinstance(cls, type) and issubclass(cls, Rule)):
                raise PluginError(f"{where} names {type(cls).__name__} {value!r}, not a subclass of cxkit.lint.rule.Rule",
                                  f"{pl} wskazuje {type(cls).__name__} {value!r}, a nie podklasę cxkit.lint.rule.Rule")
            code, name = getattr(cls, "code", None), getattr(cls, "name", None)
            if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{1,6}[0-9]{1,5}", code)):
                raise PluginError(f"{where}: its rule's code {code!r} is not letters and digits such as ACME101",
                                  f"{pl}: kod jej reguły, {code!r}, ma być zapisany wielkimi literami i cyframi, jak ACME101")
            if not (isinstance(name, str) and re.fullmatch(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", name)):
                raise PluginError(f"{where}: its rule's name {name!r} is not kebab-case such as owner-required",
                                  f"{pl}: nazwa jej reguły, {name!r}, nie jest zapisana jak owner-required "
                                  "(małe litery, cyfry i łączniki)")
            if code.startswith(RESERVED_PREFIX):
                raise PluginError(f"{where}: its code {code} starts with {RESERVED_PREFIX}, which cxkit keeps for its own rules; pick another prefix",
                                  f"{pl}: jej kod {code} zaczyna się od {RESERVED_PREFIX}, które cxkit zostawia dla swoich "
                                  "reguł; wybierz inny przedrostek")
            if code in codes:
                raise PluginError(f"{where}: its code {code} is already used by {codes[code]}",
                                  f"{pl}: jej kod {code} ma już {_taken_pl(codes[code])}")
            if name in names:
                raise PluginError(f"{where}: its name {name} is already used by {names[name]}",
                                  f"{pl}: jej nazwę {name} ma już {_taken_pl(names[name])}")
            _check_declared(cls, where, pl)
            codes[code] = names[name] = f"the rule plugin {plugin.dist} ({name})"
            out[name] = (cls, plugin)
    return out


def _taken_pl(who: str) -> str:
    """"cxkit's rule NAME (CODE)" or "the rule plugin DIST (NAME)" in Polish."""
    if who.startswith("cxkit's rule "):
        return "reguła cxkit " + who.removeprefix("cxkit's rule ")
    return who.replace("the rule plugin ", "wtyczka reguł ", 1)


def _at(cls: type, attribute: str | None = None) -> str:
    """``path:line:column: `` of ``attribute`` as the class ``cls`` writes it (of the class itself when it does not,
    or ``attribute`` is None), for a message; "" when its source cannot be read."""
    import inspect

    try:
        path = inspect.getsourcefile(cls)
        lines, start = inspect.getsourcelines(cls)
    except (OSError, TypeError):
        return ""
    if not path:
        return ""
    if attribute is not None:
        said = re.compile(rf"^(\s+){re.escape(attribute)}\s*(?::[^=]*)?=")
        for i, line in enumerate(lines):
            m = said.match(line)
            if m:
                return f"{path}:{start + i}:{len(m.group(1)) + 1}: "
    column = len(lines[0]) - len(lines[0].lstrip()) + 1 if lines else 1
    return f"{path}:{start}:{column}: "


#: The class attributes a plugin's rule may set, with what each must be, for the messages.
_BOOLS = ("opt_in", "needs_model", "reads_words")


def _check_declared(cls: type, where: str, pl: str) -> None:
    """Raise :class:`PluginError`, at the line that sets it, when one of the class attributes a plugin's rule declares
    (`kinds`, `scope`, `severity`, `Options`, `opt_in`, `needs_model`, `reads_words`, `missing_is_quiet`) holds what cxkit
    cannot use: a typo there would turn the rule off without a word
    (`kinds = ("journeys",)` matches no document)."""
    from difflib import get_close_matches

    from ..model import KINDS
    from .finding import Severity
    from .rule import RuleOptions

    def refuse(attribute: str | None, english: str, polish: str) -> None:
        at = _at(cls, attribute)
        raise PluginError(f"{at}{where}: {english}", f"{at}{pl}: {polish}")

    listed = ", ".join(KINDS)
    kinds = getattr(cls, "kinds", ())
    if isinstance(kinds, str):
        refuse("kinds", f"kinds must be a tuple of kinds of document, such as (\"{kinds}\",) (a tuple of one needs its "
               f"comma), not the text {kinds!r}",
               f"kinds ma być krotką rodzajów dokumentów, np. (\"{kinds}\",) (krotka z jednym elementem potrzebuje "
               f"przecinka), a nie tekstem {kinds!r}")
    if not isinstance(kinds, (tuple, list, set, frozenset)):
        refuse("kinds", f"kinds must be a tuple of kinds of document ({listed}), not {type(kinds).__name__}",
               f"kinds ma być krotką rodzajów dokumentów ({listed}), a nie {type(kinds).__name__}")
    for kind in kinds:
        if kind not in KINDS:
            guess = get_close_matches(str(kind).lower(), KINDS, n=1, cutoff=0.6)
            refuse("kinds", f"kinds names {kind!r}, which is no kind of document (they are {listed}), so the rule "
                   f"would never run{f'; did you mean {guess[0]!r}?' if guess else ''}",
                   f"kinds wymienia {kind!r}, a takiego rodzaju dokumentu nie ma (są: {listed}), więc reguła nigdy by "
                   f"nie zadziałała{f'; czy chodziło o {guess[0]!r}?' if guess else ''}")
    scope = getattr(cls, "scope", "document")
    if scope not in ("document", "workspace"):
        refuse("scope", f"scope must be \"document\" or \"workspace\", not {scope!r}",
               f"scope ma być \"document\" albo \"workspace\", a nie {scope!r}")
    severity = getattr(cls, "severity", None)
    if not isinstance(severity, Severity):
        guess = get_close_matches(str(severity).lower(), [s.name for s in Severity], n=1)
        tip = f"Severity.{guess[0] if guess else 'warning'}"
        refuse("severity", f"severity must be one of cxkit.lint.finding.Severity (Severity.error, warning or info), not "
               f"{severity!r}; write {tip}",
               f"severity ma być jednym z cxkit.lint.finding.Severity (Severity.error, warning albo info), a nie "
               f"{severity!r}; napisz {tip}")
    for attribute in _BOOLS:
        value = getattr(cls, attribute, False)
        if not isinstance(value, bool):
            refuse(attribute, f"{attribute} must be True or False, not {value!r}",
                   f"{attribute} ma być True albo False, a nie {value!r}")
    quiet = getattr(cls, "missing_is_quiet", frozenset())
    if not (isinstance(quiet, (frozenset, set, tuple, list)) and all(isinstance(f, str) for f in quiet)):
        refuse("missing_is_quiet", f"missing_is_quiet must be a frozenset of field names such as "
               f"frozenset({{\"summary\"}}), not {quiet!r}",
               f"missing_is_quiet ma być zbiorem (frozenset) nazw pól, np. frozenset({{\"summary\"}}), a nie {quiet!r}")
    options = getattr(cls, "Options", None)
    if not (isinstance(options, type) and issubclass(options, RuleOptions)):
        refuse("Options", "Options must be a subclass of cxkit.lint.rule.RuleOptions (class Options(RuleOptions): ...)",
               "Options ma być podklasą cxkit.lint.rule.RuleOptions (class Options(RuleOptions): ...)")


def _refuse_code_in_checkout(value: str, where: str, untrusted: tuple[list[str], list[str]]) -> None:
    """Raise :class:`PluginError` when the module an entry point names would be imported from a checkout
    the run stands in or was given, though the plugin's metadata is installed outside it: an editable
    install (``pip install -e``) of a package inside the checkout being linted, a link from
    site-packages into it, or a module of the same name there that comes first on ``sys.path``
    (``PYTHONPATH``).  A pull request could change that code, so it is not run.  The module is located
    without running it (a top-level name: no parent package is imported)."""
    from importlib.util import find_spec

    top = value.partition(":")[0].strip().partition(".")[0]
    if not top:
        return  # _import says what is wrong with it
    try:
        spec = find_spec(top)
    except Exception:  # noqa: BLE001 - a name that cannot be looked up: _import reports the failure
        return
    if spec is None:
        return
    place = _code_in_checkout(_spec_places(spec), untrusted)
    if place is not None:
        raise PluginError(f"{where}: its module {top} would be imported from {place}, in the checkout being linted "
                          "(or the one cxkit runs in), and cxkit runs no code a pull request could change: install "
                          "the plugin into the Python environment without -e, from a release or another folder")


def _spec_places(spec: object) -> list[str]:
    """Where a module's spec says its code is: its file, and a package's folders."""
    origin = getattr(spec, "origin", None)
    places = [origin] if getattr(spec, "has_location", False) and isinstance(origin, str) else []
    return places + [p for p in (getattr(spec, "submodule_search_locations", None) or ()) if isinstance(p, str)]


def _code_in_checkout(places: list[str], untrusted: tuple[list[str], list[str]]) -> str | None:
    """The first of ``places`` (a module's file and folders) that lies in one of the untrusted checkouts; None."""
    for place in places:
        real = os.path.realpath(place)
        if not _in_checkout(real, untrusted):
            continue
        # Below a folder that is in no git checkout (the current folder, say), a git checkout of its own
        # (the plugin's, where its author works on it) is not the folder's: a pull request to it cannot change it.
        tree = work_tree_top(os.path.dirname(real))
        if any(_inside(real, checkout) and (tree is None or tree == checkout or os.path.lexists(os.path.join(checkout, ".git")))
               for checkout in untrusted[0]):
            return place
    return None


def _import(value: str, where: str) -> object:
    from importlib import import_module

    module, _, attr = value.partition(":")
    if not module.strip() or not attr.strip():
        raise PluginError(f"{where}: the entry point must be written module:ClassName",
                          f"{_where_pl(where)}: punkt wejścia zapisuje się jako moduł:NazwaKlasy")
    try:
        obj: object = import_module(module.strip())
        for part in attr.strip().split("."):
            obj = getattr(obj, part)
    except Exception as exc:  # noqa: BLE001 - any failure of someone else's code is the plugin's, never a traceback
        from ..cliutil import debug_on

        if debug_on():  # the plugin's author asks where its import failed
            import traceback

            sys.stderr.write(f"cxkit: debug: {where} could not be loaded:\n" + "".join(traceback.format_exception(exc)))
        raise PluginError(f"{where} could not be loaded: {type(exc).__name__}: {exc} (CXKIT_DEBUG=1 prints the traceback)",
                          f"nie udało się wczytać {_where_pl(where).replace('wtyczka reguł ', 'wtyczki reguł ', 1)}: {type(exc).__name__}: {exc} "
                          "(CXKIT_DEBUG=1 wypisuje ślad stosu)") from None
    return obj
