"""Loading what `cxkit render` shows, with the same located errors `cxkit lint` prints."""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..lint.finding import problem_line
from ..config import Config
from ..lint.rules.core import ReadError, Schema, YamlSyntax
from ..model.validate import validate
from ..visible import has_controls, visible_data
from ..workspace import Document, Target, UsageError, discover, display_path, load_document
from ..discovery import SKIPPED_FOLDERS, VENV_MARK, GitTimeout, is_excluded, is_excluded_folder, missing_path

# A persona lookup decorates a heading; it must stay cheap wherever the journey lives.
_LOOKUP_ENTRY_LIMIT = 5000
_LOOKUP_MAX_DEPTH = 4
# The folders a persona lookup passes over: those of lint's folder scan (one list for all commands).
_LOOKUP_SKIP = frozenset(SKIPPED_FOLDERS)


@dataclass(frozen=True, slots=True)
class Broken:
    """A file that could not be shown, with the first problem found in it (what a lint line says)."""

    path: str
    line: int
    column: int
    code: str
    rule: str
    message: str


@dataclass(slots=True)
class Loaded:
    """Documents that loaded and validated, and lint-style error lines for those that did not."""

    documents: list[Document] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: One entry per file in ``errors``: where its first problem is, for a folder overview to list.
    broken: list[Broken] = field(default_factory=list)
    #: Every file that was read (a folder's non-cxkit YAML too): ``-o`` must never replace one.
    read: list[tuple[Path, str]] = field(default_factory=list)
    #: Where each file of ``broken`` is in it (one look-up per problem, however many files broke).
    broken_at: dict[str, int] = field(default_factory=dict)
    #: The workspace each document of a folder belongs to (its path as shown -> the workspace's
    #: folder): a journey's persona is looked up within its own workspace.
    workspace_of: dict[str, str] = field(default_factory=dict)
    #: The config of each workspace of ``workspace_of`` (by its folder): what lint would read there.
    configs: dict[str, Config] = field(default_factory=dict)
    #: The file of a git revision read (``REV:PATH``), whose journey's persona is of that revision too.
    revision: "RevisionFile | None" = None


def _line(path: str, line: int, col: int, rule: Any, message: str) -> str:
    return problem_line(path, line, col, rule.code, rule.name, message)


def _fail(out: Loaded, path: str, line: int, col: int, rule: Any, message: str, reword: Any = None) -> None:
    """Record one problem: its lint line, and the file as broken with its first problem (the earliest in the file).
    ``reword``: how a message about a document read from stdin says "the file" (see :func:`load_buffer`)."""
    if reword is not None:
        message = reword(rule.name, message)
    out.errors.append(_line(path, line, col, rule, message))
    found = Broken(path, line, col, rule.code, rule.name, message)
    i = out.broken_at.get(path)
    if i is None:
        out.broken_at[path] = len(out.broken)
        out.broken.append(found)
    elif (line, col) < (out.broken[i].line, out.broken[i].column):
        out.broken[i] = found


def _load_target(target: Target, config: Config, out: Loaded, exact: bool = False,
                 content: tuple[bytes, int] | None = None, reword: Any = None) -> None:
    """Load one file into ``out`` (``content``: its bytes and size, already read from a git revision or
    from stdin; ``reword``: see :func:`_fail`)."""
    # load_document refuses pipes and devices itself, with the message lint prints.
    try:
        doc, hits, read_error = load_document(target, config, content)
    except RecursionError:
        doc, hits, read_error = None, [], False
        _fail(out, target.display, 1, 1, YamlSyntax, "the YAML is nested too deeply to read", reword)
    rule = ReadError if read_error else YamlSyntax
    found = [(hit.line, hit.column, rule, hit.message) for hit in hits]
    if doc is not None and doc.model is None:
        found += [(*issue.position(doc.loaded), Schema, issue.message) for issue in doc.issues]
    export = _export_of(target, content[0] if content is not None else None) if found and not read_error else None
    if export is not None:  # advice on its YAML ("put the value in quotes") would be to edit an export
        found = [(1, 1, YamlSyntax, f"is a cxkit {export}, not a document; render the YAML file it was made from")]
    if found and config.lang == "pl":
        from ..lint.polish_reader import in_polish, said_of_stdin as polish_of_stdin

        def told(rule_of: Any, message: str) -> str:
            polish = in_polish(rule_of.name, message)
            if polish is None:
                return message
            # read from stdin: "wejście jest puste", as `cxkit lint -` says it, not "plik jest pusty"
            return polish if reword is None else polish_of_stdin(rule_of.name, polish)

        # A Polish workspace's render says these as its lint does (and as it says its own hints): in Polish.
        found = [(line, col, rule_of, told(rule_of, message)) for line, col, rule_of, message in found]
    # In the order `cxkit lint` prints them: by line, column and code (schema issues come nested fields first).
    for line, col, rule_of, message in sorted(found, key=lambda f: (f[0], f[1], f[2].code)):
        _fail(out, target.display, line, col, rule_of, message, reword)
    if doc is None or doc.model is None:
        return
    if hits:
        return
    if not exact:
        _show_controls(doc)
    out.documents.append(doc)


def _export_of(target: Target, raw: bytes | None = None) -> str | None:
    """What cxkit export ``target`` is ("Markdown export", "terminal view"), if it begins as one does.

    A file whose YAML opening has a top-level ``kind:`` is someone's document, never an export,
    whatever its first line looks like (``Overview: ...`` above ``kind: persona`` is a mistyped
    key, not the title of a folder's terminal view): it keeps the errors lint gives it.
    """
    from .run import _FORMAT_NAMES, _export_format, _yaml_kinds

    try:
        if raw is None:
            with open(target.fs_path, "rb") as fh:
                raw = fh.read(8192)
    except OSError:
        return None
    head = raw[:8192].decode("utf-8", "replace").lstrip("\ufeff")
    found = _export_format(head)
    return None if found is None or _yaml_kinds(head) else _FORMAT_NAMES[found]


def _show_controls(doc: Document) -> None:
    """A control character (typed, or spelled "\\e" in a double-quoted value) is shown as an
    escape in every view, never obeyed by the terminal that prints it."""
    if doc.model is None or not (has_controls(doc.loaded.text) or "\\" in doc.loaded.text):
        return
    shown = visible_data(_breaks_as_line_feeds(doc.data))
    if shown != doc.data:
        model, _issues = validate(shown)  # the same as before but for the escapes (x- keys set aside too)
        if model is not None:
            doc.loaded.data = shown
            doc.model = model


def _breaks_as_line_feeds(value: Any) -> Any:
    """Strings in parsed YAML data (keys too) with a CR LF, or a lone CR, as the line feed it means.

    A double-quoted ``"\\r\\n"`` (text pasted from Windows) is a line break to its author, as YAML
    itself reads a CR in a file; shown as ``\\x0d`` it was noise at the end of every line.  A lone CR
    becomes a line break too, so it can neither be obeyed (writing over its line on a terminal)
    nor hide in the middle of one.
    """
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value
    if isinstance(value, dict):
        return {_breaks_as_line_feeds(k): _breaks_as_line_feeds(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_breaks_as_line_feeds(v) for v in value]
    return value


def load_path(path: str, config: Config, *, exact: bool = False) -> tuple[Loaded, bool]:
    """Load a file or every cxkit document under a folder; returns (result, is_folder).

    Control characters in the documents are shown as escapes (see cxkit.visible)
    unless ``exact``: for an export that carries the data as it is.
    """
    fs = Path(path)
    if not fs.exists() and not fs.is_symlink():
        raise missing_path(path)
    if fs.is_dir():
        found, unreadable = discover_per_workspace(path, config)
    else:
        targets, unreadable = discover([path], config)
        found = [(target, config) for target in targets]
    out = Loaded()
    for where, message in unreadable:
        _fail(out, where, 1, 1, ReadError, message)
    keys: dict[int, str] = {}  # one realpath a workspace, not one a file
    for target, settings in found:
        out.read.append((target.fs_path, target.display))
        key = keys.get(id(settings))
        if key is None:
            key = keys[id(settings)] = workspace_key(settings)
            out.configs.setdefault(key, settings)
        out.workspace_of[target.display] = key
        _load_target(target, settings, out, exact)
    return out, fs.is_dir()


def load_buffer(data: bytes, path: str, config: Config, *, exact: bool = False) -> Loaded:
    """The document read from standard input (`cxkit render -`, an editor's unsaved buffer) as if it were
    saved at ``path`` (``-``: in no file): named by it, loaded with the checks a file gets, its problems
    located as lint locates them, with "the file" said of the input ("the input is empty"). A file saved at
    ``path`` is not read, but listed as read, so that ``-o`` cannot replace it with its own export."""
    from ..cliutil import said_of_stdin

    shown = "-" if path == "-" else display_path(path)
    out = Loaded()
    if path != "-" and os.path.isfile(path):
        out.read.append((Path(path), shown))
    _load_target(Target(Path(path), shown, explicit=True), config, out, exact, (data, len(data)), said_of_stdin)
    return out


@dataclass(frozen=True, slots=True)
class RevisionFile:
    """A file of a git revision named as git names it, ``REV:PATH`` (``main:journeys/ewa.yaml``)."""

    #: As messages and views name it: the revision and the path from the repository's top.
    display: str
    raw: bytes
    #: Where the file is in the working tree, from the current folder: the config around it is read.
    here: str
    repo: Any = None
    commit: str = ""

    def persona(self, persona_id: str, config: Config) -> Any | None:
        """The persona (or negative persona) ``persona_id`` as this revision holds it, looked for in its
        YAML files as :func:`find_persona` looks in the working tree (None when it holds none): the
        heading of ``main``'s journey names ``main``'s persona, not one renamed since."""
        needle = persona_id.encode("utf-8")
        wanted = _written_as_a_value(persona_id)
        files = _revision_lookup_files(self.repo, self.commit, self.here, config)
        contents = self.repo.blobs([f.blob for f in files])
        for f in files:
            raw = contents.get(f.blob)
            if raw is None or len(raw) > 1_000_000 or not _may_define(raw, needle, wanted):
                continue
            doc, _hits, _err = load_document(Target(Path(f.display), f.display, explicit=True), config, (raw, len(raw)))
            model = doc.model if doc is not None else None
            if model is not None and model.kind in ("persona", "negative-persona") and model.id == persona_id:
                _show_controls(doc)
                return doc.model
        return None


def _revision_lookup_files(repo: Any, commit: str, here: str, config: Config) -> list[Any]:
    """The YAML files of ``commit`` a persona lookup for the journey at ``here`` reads, chosen as
    :func:`find_persona` chooses the working tree's: under the config's ``paths`` (its folder when it
    names none; without a config, the journey's folder first, then the folder above), not in a file
    or folder its ``exclude`` leaves out, nor in a folder below with a config of its own in that
    revision (another client's workspace), a hidden folder or one of :data:`_LOOKUP_SKIP`; within the
    lookup's depth and entry budget. The config is the working tree's, as for the journey itself."""
    top = Path(repo.top).resolve()
    cwd = Path(repo.cwd).resolve()
    folder = (cwd / here).resolve().parent
    root = Path(config.root).resolve() if config.source is not None else folder.parent
    if root == Path(root.anchor) or root == Path.home():
        root = folder  # never a whole disk or home folder, as in the working tree
    scoped = config.source is not None and root == Path(config.root).resolve()
    exclude = list(config.exclude) if scoped else []
    starts = [root / p for p in config.paths] if scoped and config.paths else [root]
    inside = []
    for start in starts:
        if start == top or top in start.parents:
            inside.append(start)
        elif root == start and root in top.parents:  # a config above the repository: all of it
            inside.append(top)
    if not inside:
        return []
    listed = repo.tree(commit, [os.path.relpath(start, cwd) for start in inside])

    def parts_below(path: Path, start: Path) -> tuple[str, ...] | None:
        return path.relative_to(start).parts if path == start or start in path.parents else None

    full = [(top / f.full, f) for f in listed]
    if not scoped and root != folder:
        # Without a config, the journey's own folder first, then the folder above, each in the
        # working tree's walk order: the nearest persona with the id wins, as find_persona has it.
        full.sort(key=lambda pair: _walk_order(pair[0], folder, root))
    # Folders below the root that hold a config of their own in this revision: other workspaces.
    marked = {path.parent for path, _f in full if path.name == "cxkit.toml" and path.parent != root}
    pyprojects = [(path.parent, f.blob) for path, f in full if path.name == "pyproject.toml" and path.parent != root]
    if scoped and pyprojects:
        raw = repo.blobs([blob for _p, blob in pyprojects])
        marked |= {where for where, blob in pyprojects
                   if re.search(rb"^\s*\[tool\.cxkit[\].]", raw.get(blob, b""), re.MULTILINE)}
    out = []
    for path, f in full:
        if not path.name.lower().endswith((".yaml", ".yml")):
            continue
        start = next((s for s in inside if parts_below(path, s) is not None), None)
        below = parts_below(path, start) if start is not None else None
        if below is None or len(below) > _LOOKUP_MAX_DEPTH + 1:
            continue
        folders = below[:-1]
        if any(name.startswith(".") or name in _LOOKUP_SKIP for name in folders):
            continue
        if scoped:
            steps = [start.joinpath(*folders[:k]) for k in range(1, len(folders) + 1)]
            if any(step in marked for step in steps):
                continue
            if exclude:
                rel = path.relative_to(root).as_posix() if root in path.parents else path.name
                if is_excluded(rel, exclude) or any(
                        is_excluded_folder(step.relative_to(root).as_posix(), exclude)
                        for step in steps if root in step.parents):
                    continue
        out.append(f)
        if len(out) >= _LOOKUP_ENTRY_LIMIT:
            break
    return out


def _walk_order(path: Path, folder: Path, root: Path) -> tuple[Any, ...]:
    """Where ``path`` comes in :func:`_nearest_first`'s order: under the journey's ``folder`` first,
    then the rest of ``root``; in each, a folder's files before its subfolders, both by name, as
    ``os.walk`` lists them there."""
    near = folder in path.parents
    parts = path.relative_to(folder if near else root).parts
    return (not near, *((1, name) for name in parts[:-1]), (0, parts[-1]))


@dataclass(frozen=True, slots=True)
class RevisionFolder:
    """A folder of a git revision named as git names it (``main:journeys/``): rendered as the working
    tree's folder is, an overview of every document in it as the revision holds it."""

    #: As messages and views name it (``main:journeys``).
    display: str
    #: Where the folder is in the working tree, from the current folder.
    here: str
    repo: Any
    commit: str
    #: The revision's files under the folder (:class:`cxkit.diff.git.TreeFile`).
    files: tuple[Any, ...] = ()


def revision_file(given: str) -> RevisionFile | RevisionFolder | None:
    """The file ``given`` names when it is written ``REV:PATH`` and no file of that name exists, read
    from git as `git show REV:PATH` reads it (PATH from the repository's top, or from the current
    folder when it starts with ``./`` or ``../``); None for any other name. A ``REV:PATH`` whose
    revision or path is not there is a usage error that says which, and never points at the working
    tree's file of that path, which is another version of it."""
    rev, colon, path = given.partition(":")
    if colon and not rev and path.strip(":/") and not os.path.lexists(given):
        # `:PATH`, `:0:PATH`: git's staged copy, a third version; the working tree's file is no hint.
        raise UsageError(f"{display_path(given)}: no such file or directory; a staged copy (git's `:PATH`) is not "
                         f"read by cxkit render: render the last commit's (`HEAD:PATH`) or the file itself")
    if colon and rev and not path and not os.path.lexists(given):
        path = "."  # `HEAD~2:`, git's name for the revision's top folder
    if not colon or not rev or not path.strip("/") or os.path.lexists(given) or rev.startswith("-"):
        return None
    if len(rev) == 1 and rev.isalpha() and (os.name == "nt" or path[:1] in "\\/"):
        return None  # C:\personas\ola.yaml: a drive, typed so on Linux too (WSL), not a branch "C"
    if os.path.lexists(rev) or path.split(":")[0].isdigit():
        return None  # `personas/ola.yaml:12:5`, a place a lint line names: the file's own hint serves
    from ..diff.git import GitError, Repo

    shown = display_path(given)
    try:
        repo = Repo()
    except GitError as exc:
        raise UsageError(f"{shown}: no such file or directory, nor a file of a git revision (REV:PATH): {exc}") from None
    commit = repo.commit(rev)
    here = repo.revision_path(path)
    from ..cliutil import RUN_IN_POLISH

    pl = RUN_IN_POLISH.get()  # the working tree's config says `lang = "pl"` (render's _run sets it before asking git)
    if commit is None:
        why = _render_advice(repo.unknown(rev), here)
        why_pl = _unknown_pl(why) if pl else None
        if why_pl is not None:
            raise UsageError(f"{shown}: nie ma takiego pliku ani folderu, nie jest to też plik rewizji gita (REV:PATH): "
                             f"{why_pl}")
        raise UsageError(f"{shown}: no such file or directory, nor a file of a git revision (REV:PATH): {why}")
    top = repo.from_top(here)
    display = f"{rev}:{top}"
    if top.startswith("../"):
        if pl:
            raise UsageError(f"{shown}: {top} leży poza repozytorium gita, więc w „{rev}” go nie ma")
        raise UsageError(f"{shown}: {top} is outside the git repository, so '{rev}' cannot hold it")
    files = repo.tree(commit, [here])
    found = [f for f in files if os.path.normpath(f.display) == os.path.normpath(here)]
    if not found and files:
        return RevisionFolder(display.rstrip("/") if top != "." else f"{rev}:", here, repo, commit, tuple(files))
    if not found:
        near = _near_in(repo, commit, here, rev, path)
        meant = re.fullmatch(r"; did you mean (.+)\?", near) if near else None
        if pl and (not near or meant is not None):  # another hint (a name's Unicode form) stays English whole
            hint = f"; czy chodziło o {meant[1]}?" if meant is not None else ""
            raise UsageError(f"{display_path(display)}: w „{rev}” nie ma {display_path(top)}{hint}")
        raise UsageError(f"{display_path(display)}: '{rev}' holds no {display_path(top)}{near}")
    blob = found[0].blob
    raw = repo.blobs([blob]).get(blob)
    if raw is None:
        if pl:
            raise UsageError(f"{display_path(display)}: git nie zdołał go odczytać z „{rev}”")
        raise UsageError(f"{display_path(display)}: git could not read it from '{rev}'")
    return RevisionFile(display, raw, here, repo, commit)


def _unknown_pl(said: str) -> str | None:
    """Why a revision names no commit (git's words as `cxkit diff` says them), in Polish where diff has them; None
    for a form it has not (then the error stays English whole)."""
    from ..diff.run import usage_pl

    return usage_pl(said)


def _render_advice(said: str, here: str) -> str:
    """Why a revision names no commit, with render's advice where git's message gives diff's: in a
    repository with no commits yet, the working tree's file or folder is what there is to render."""
    from ..cliutil import shell_word

    cut = said.find(" (`cxkit diff")
    if "no commits yet" not in said or cut < 0:
        return said
    if not os.path.lexists(here):
        return said[:cut]
    return f"{said[:cut]}, or render the working tree's copy (cxkit render {shell_word(here)})"


def _near_in(repo: Any, commit: str, here: str, rev: str, path: str) -> str:
    """``; did you mean REV:PATH?`` with the file of the revision ``here`` (PATH as typed: ``path``) was
    most likely meant as, as `cxkit diff` finds it (:meth:`cxkit.diff.git.Repo.near_file`): never the
    working tree's file, which is another version; "" when none is close."""
    from_here = path if repo.prefix and not path.startswith(("./", "../", "/")) else None
    meant = repo.near_file([commit], here, from_here)
    if meant is None:
        return ""
    from ..discovery import revision_form_hint

    shown = display_path(f"{rev}:{repo.from_top(meant)}")
    return revision_form_hint(here, meant, shown, rev) or f"; did you mean {shown}?"


#: ``load_named(found=...)`` not given: the path is looked at there.
_NOT_LOOKED = object()


def load_named(path: str, config: Config, *, exact: bool = False, found: Any = _NOT_LOOKED) -> tuple[Loaded, bool]:
    """:func:`load_path`, or for a file of a git revision written ``REV:PATH`` (see
    :func:`revision_file`), that file as git holds it, named ``REV:PATH`` in every view.
    ``found``: what :func:`revision_file` already made of ``path``, so that git is asked once."""
    if found is _NOT_LOOKED:
        found = revision_file(path)
    if found is None:
        return load_path(path, config, exact=exact)
    if isinstance(found, RevisionFolder):
        return _load_revision_folder(found, config, exact), True
    out = Loaded(revision=found)
    target = Target(Path(found.here), found.display, explicit=True)
    _load_target(target, config, out, exact, (found.raw, len(found.raw)))
    return out, False


def _load_revision_folder(folder: RevisionFolder, config: Config, exact: bool) -> Loaded:
    """Every cxkit document of a folder of a git revision, found as a scan of the working tree's
    folder finds them: YAML files not in a hidden folder nor hidden themselves, nor in a tool's folder
    below the one named (``venv/``, ``node_modules/``, a virtual environment), less what the
    config's ``exclude`` leaves out, other YAML passed over as a scan passes it. A folder the
    revision gives a config of its own (a client's ``cxkit.toml``) is read under the config the
    working tree has there (else the one in force), as its own workspace. Each file is named
    ``REV:PATH``, PATH from the repository's top."""
    repo, rev = folder.repo, folder.display.partition(":")[0]
    top = Path(repo.top).resolve()
    cwd = Path(repo.cwd).resolve()
    start = (cwd / folder.here).resolve()
    full = [(top / f.full, f) for f in folder.files]
    # The folder named may be a client's own (`main:klient/` holding klient/cxkit.toml): its config is
    # read as `cxkit render klient/` reads it, not the one in force where the command runs.
    clients = sorted((path.parent for path, _f in full if path.name == "cxkit.toml"),
                     key=lambda p: len(p.parts), reverse=True)  # the nearest first
    settings: dict[Path, Config] = {}

    def config_of(path: Path) -> Config:
        where = next((c for c in clients if c in path.parents), None)
        if where is None or (config.source is not None and Path(config.root).resolve() == where):
            return config
        if where not in settings:
            from ..config import load_config

            settings[where] = load_config(None, where, check_rules=False) if (where / "cxkit.toml").is_file() else config
        return settings[where]

    # Tools' folders below the one named (`personas/venv/`, a virtual environment), which a scan passes over.
    venvs = {path.parent for path, _f in full if path.name == VENV_MARK and path.parent != start}
    chosen: list[tuple[Path, Any, Config]] = []
    for path, f in full:
        below = path.relative_to(start).parts
        if not path.name.lower().endswith((".yaml", ".yml")) or any(part.startswith(".") for part in below):
            continue
        if any(part in SKIPPED_FOLDERS for part in below[:-1]) or any(v in path.parents for v in venvs):
            continue
        settings_here = config_of(path)
        root = Path(settings_here.root).resolve()
        if settings_here.exclude and (root == path or root in path.parents):
            rel = path.relative_to(root)
            folders = [rel.parents[k].as_posix() for k in range(len(rel.parts) - 2, -1, -1)]
            if is_excluded(rel.as_posix(), settings_here.exclude) or any(
                    is_excluded_folder(step, settings_here.exclude) for step in folders):
                continue
        chosen.append((path, f, settings_here))
    contents = repo.blobs([f.blob for _p, f, _c in chosen])
    out = Loaded()
    keys: dict[int, str] = {}
    for path, f, settings_here in chosen:
        raw = contents.get(f.blob)
        shown = f"{rev}:{repo.from_top(f.display)}"
        if raw is None:
            _fail(out, shown, 1, 1, ReadError, f"git could not read it from '{rev}'")
            continue
        key = keys.get(id(settings_here))
        if key is None:
            key = keys[id(settings_here)] = workspace_key(settings_here)
            out.configs.setdefault(key, settings_here)
        out.workspace_of[shown] = key
        _load_target(Target(Path(f.display), shown, explicit=False), settings_here, out, exact, (raw, len(raw)))
    return out


def workspace_key(config: Config) -> str:
    """The workspace a config stands for: the folder that holds it (two clients whose cxkit.toml
    links to one shared config are still two workspaces), as ``cxkit lint`` tells them apart."""
    return os.path.normcase(os.path.realpath(config.root))


def discover_per_workspace(folder: str, config: Config) -> tuple[list[tuple[Target, Config]], list[tuple[str, str]]]:
    """A folder's files, each with the config of the workspace it belongs to, found as ``cxkit lint``
    finds them from there: a client folder with a ``cxkit.toml`` of its own (one per client in an
    agency's repository) is read under that config — its ``paths`` and ``exclude`` — and not under
    the one in force. One walk when the folder is one workspace."""
    from ..lint.workspaces import Part, named_parts, plan

    found: dict[int, tuple[list[Target], list[tuple[str, str]]]] = {}
    before: dict[int, tuple[Config, list[str] | None]] = {}

    def scan(part: Part) -> list[str]:
        before.setdefault(id(part.config), (part.config, part.config.nested))
        part.config.nested = []
        found[id(part)] = discover(part.targets, part.config)
        return part.config.nested

    try:
        parts = plan(named_parts([folder], config) or [Part(config, [folder])], scan, warn=False)
    finally:
        for settings, nested in before.values():  # the configs are used on, to look personas up
            settings.nested = nested
    files: list[tuple[Target, Config]] = []
    unreadable: list[tuple[str, str]] = []
    shown: set[str] = set()
    for part in parts:
        listed, cannot = found[id(part)]
        files += [(t, part.config) for t in listed if t.display not in shown]
        shown.update(t.display for t in listed)
        unreadable += [u for u in cannot if u not in unreadable]
    if len(parts) > 1:
        files.sort(key=lambda pair: pair[0].display)
    return files, unreadable


def _written_as_a_value(persona_id: str) -> re.Pattern[str]:
    """The id written whole as a scalar: ``id: a``, ``id: 'a'``, ``{id: "a"}``, a block scalar's line.

    Not inside a longer word (``cała``), and with nothing after it on its line but a closing
    quote, spaces, a comment, or the ``,`` ``]`` ``}`` that end a flow value. cxkit's YAML keeps
    every scalar as written (numbers too: ``id: 026`` is the slug "026"), so a file whose id is
    ``persona_id`` holds this, unless the id is spelled with escapes (see :func:`_may_define`).
    Letters, digits, ``_`` and ``-`` are never YAML delimiters: beside the id they make it
    another scalar.
    """
    word = re.escape(persona_id)  # first, so that the search skips ahead to it (a look-behind first is slow)
    return re.compile(word + r"(?<![\w-]" + word + r")['\"]?[ \t]*(?:[#,\]}\r\n]|\Z)")


_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)  # UTF-32 LE starts as UTF-16 LE


def _may_define(raw: bytes, needle: bytes, wanted: re.Pattern[str]) -> bool:
    """Whether a file can be a document with the wanted id: False only when it surely is not.

    A one-letter id is in the text of nearly every file; parsing them all made the lookup
    take seconds in a big folder. This look at the text skips those that cannot hold it.
    An escape (``id: "\\x61"``) may spell the id in other bytes: such a file is parsed.
    """
    from ..yamlio import decode

    if not raw.startswith(_WIDE_BOMS):
        if b"\\" in raw:
            return True
        if needle not in raw:  # UTF-8 (or not text at all): the id's own bytes must be there
            return False
    text, _problem = decode(raw)
    if text is None or "\\" in text:  # undecodable: the loader says so; an escape: parse to know
        return True
    return wanted.search(text) is not None


#: A top-level `id:` line's value (up to a comment), matched where a line starts with `id`.
_TOP_ID_VALUE = re.compile(rb"id[ \t]*:[ \t]*([^\r\n#]*)")
#: A value that is a valid id as it is written (the schema suggests no other for it).
_SLUG_BYTES = re.compile(rb"[a-z0-9_-]*")


def _may_become(raw: bytes, persona_id: str) -> bool:
    """Whether a file whose text does not hold ``persona_id`` has a top-level id that is no valid id but
    becomes ``persona_id`` made valid (`id: Paweł Wójcik` for `pawel-wojcik`): the schema tells its author
    to write ``persona_id`` there, and lint reports no unknown-persona for a journey that names it.
    A look at the first line that is the key `id` (a document has one), found by a plain search from the
    top: it runs on every file the lookup reads, so it must cost next to nothing."""
    if raw.startswith(_WIDE_BOMS):
        from ..yamlio import decode

        text, _problem = decode(raw)
        raw = text.encode("utf-8") if text is not None else raw
    if raw.startswith(b"id"):
        at = 0
    else:
        at = raw.find(b"\nid") + 1
        if at == 0:
            return False  # no line starts with `id`
    while True:
        match = _TOP_ID_VALUE.match(raw, at)
        if match is not None:
            value = match.group(1).strip().strip(b"'\"").strip()
            if not value or _SLUG_BYTES.fullmatch(value):
                return False  # a valid id is its own valid form, and it is not persona_id
            from ..model.validate import valid_id

            return valid_id(value.decode("utf-8", "replace")) == persona_id
        at = raw.find(b"\nid", at) + 1  # `identity:` or the like: the next line that starts with `id`
        if at == 0:
            return False


@dataclass(slots=True)
class PersonaLookup:
    """What the lookup of a journey's persona found: the persona its heading names, and, for a hint on
    stderr when that persona is missing, negative or retired, what the workspace holds under its id."""

    #: The persona (or negative persona) the heading names: the first one found with the id.
    model: Any | None = None
    #: Every document found with the id, each as (kind, status, file as shown): read to
    #: the end of the workspace only with ``thorough`` and when the first one found is no persona in use.
    same_id: list[tuple[str, str | None, str]] = field(default_factory=list)
    #: Whether every file that may hold the id was read: no entry budget or depth limit cut the walk short,
    #: and no such file was passed over unread or failed to load, nor holds a persona whose id is no valid id but
    #: becomes this one made valid (lint then reports its schema finding, not unknown-persona).
    #: Only then does "not found" mean "not there".
    complete: bool = True
    #: The file of each entry of :attr:`same_id`, as read.
    files: list[Path] = field(default_factory=list)
    #: The folders searched as lint's scan searches them (the workspace's ``paths``, else its root); empty when
    #: the search was not the workspace's (no config, or its folder at the top of a disk or home).
    starts: list[Path] = field(default_factory=list)


def find_persona(journey_path: str, persona_id: str, config: Config) -> Any | None:
    """The persona a journey points at, looked up near the journey (None when not found): see :func:`look_up_persona`."""
    return look_up_persona(journey_path, persona_id, config).model


def look_up_persona(journey_path: str, persona_id: str, config: Config, thorough: bool = False) -> PersonaLookup:
    """The persona a journey points at, looked up near the journey.

    Searched: the configured workspace root when a config file exists, otherwise
    the journey's own folder, then the parent of it (``journeys/..``), so the
    nearest persona with the id wins.  Files are only parsed
    when their text holds the id written as a value, so the lookup stays cheap.
    Under a config, what lint leaves out of the workspace is left out here too: what
    lies outside its ``paths``, the files its ``exclude`` matches, and folders with a
    config of their own (another client's workspace), so a heading never names a
    persona lint would not find. A link is matched by its own path and by the file it
    leads to, as lint matches it.

    The search stops at the first persona or negative persona with the id, unless ``thorough``
    and that one is not a persona in use (a negative persona, a retired persona): then it reads on,
    so that :attr:`PersonaLookup.same_id` holds every document with the id, as lint's rules see them.
    Where nothing is found, the whole workspace has been read either way.
    """
    from ..config import CONFIG_FILE, PYPROJECT, holds_config
    from ..discovery import excluded_file, is_excluded_folder

    found = PersonaLookup()
    here = Path(journey_path).resolve().parent
    root = config.root if config.source is not None else here.parent
    if root == Path(root.anchor) or root == Path.home():
        root = here  # never walk a whole disk or home folder to decorate a heading
    scoped = config.source is not None and root == config.root
    if config.source is not None and not scoped:
        found.complete = False  # the journey's folder alone, of a workspace lint reads whole: no "not there"
    exclude = list(config.exclude) if scoped else []

    def inside(folder: str, name: str) -> bool:
        """Whether the folder ``name`` in ``folder`` belongs to the workspace being searched."""
        if name.startswith(".") or name in _LOOKUP_SKIP or os.path.isfile(os.path.join(folder, name, VENV_MARK)):
            return False
        if not scoped:
            return True
        full = os.path.join(folder, name)
        if exclude and is_excluded_folder(Path(full).relative_to(root).as_posix(), exclude):
            return False  # `archiwum/**` too: nothing in it is looked at, a config there neither
        own = [n for n in (CONFIG_FILE, PYPROJECT) if os.path.isfile(os.path.join(full, n))]
        return not (own and holds_config(full, own))
    needle = persona_id.encode("utf-8")
    wanted = _written_as_a_value(persona_id)
    if scoped:
        found.starts = [root / p for p in config.paths] if config.paths else [root]
    if scoped or root == here:
        files = _lookup_files(root, inside, config.paths if scoped else (), found)
    else:
        files = _nearest_first(here, root, inside, found)
    for full in files:
        if exclude and excluded_file(str(full), config):  # a link to a draft is the draft, as lint reads it
            continue
        try:
            info = full.stat()
            # Only regular files: opening a FIFO named *.yaml would block forever.
            if not stat.S_ISREG(info.st_mode) or info.st_size > 1_000_000:
                found.complete = False  # lint reads (or reports) it; here it is not known what it holds
                continue
            raw = full.read_bytes()
            if not _may_define(raw, needle, wanted):
                if thorough and found.complete and _may_become(raw, persona_id):
                    found.complete = False  # lint's schema finding in that file stands for unknown-persona
                continue
        except OSError:
            found.complete = False
            continue
        shown = display_path(str(full))
        doc, _hits, _err = load_document(Target(full, shown, explicit=True), config)
        model = doc.model if doc is not None else None
        if model is None:
            from ..workspace import unread_identity

            kind, ident = unread_identity(raw)
            if kind != "journey" and ident in (None, persona_id):
                found.complete = False  # it may be the persona, which lint then reports in that file
            continue
        if model.id != persona_id:
            continue
        found.same_id.append((model.kind, getattr(model, "status", None), shown))
        found.files.append(full)
        if found.model is None and model.kind in ("persona", "negative-persona"):
            _show_controls(doc)
            found.model = doc.model
            if not thorough or (model.kind == "persona" and model.status != "retired"):
                return found
    return found


def _nearest_first(here: Path, root: Path, inside: Any, found: PersonaLookup | None = None) -> Any:
    """Without a config: the journey's own folder first, then the folder above it (minus the
    journey's folder, already read), each within its own entry budget. The nearest persona with the
    id wins, and a crowded folder above (a Downloads folder) cannot use up the budget before the
    persona saved next to its journey is read."""
    yield from _lookup_files(here, inside, (), found)
    yield from _lookup_files(root, lambda folder, name: not (Path(folder) / name == here) and inside(folder, name), (),
                             found)


def _lookup_files(root: Path, inside: Any, paths: Any, found: PersonaLookup | None = None) -> Any:
    """The YAML files a persona lookup reads, in order: under each configured path of ``root`` (the
    whole of ``root`` when none is configured), folders ``inside`` lets in, within the lookup's
    depth and entry budget (``found`` is told when either leaves something unread)."""
    starts = [root / p for p in paths] if paths else [root]
    budget = _LOOKUP_ENTRY_LIMIT
    for start in starts:
        if start.is_file():
            if start.name.lower().endswith((".yaml", ".yml")):
                yield start
            continue
        base_depth = len(start.parts)
        for dirpath, dirnames, filenames in os.walk(start):
            budget -= len(dirnames) + len(filenames)
            if budget < 0:
                if found is not None:
                    found.complete = False
                return
            if len(Path(dirpath).parts) - base_depth >= _LOOKUP_MAX_DEPTH:
                if found is not None and any(inside(dirpath, d) for d in dirnames):
                    found.complete = False
                dirnames[:] = []
            else:
                dirnames[:] = sorted(d for d in dirnames if inside(dirpath, d))
            for name in sorted(filenames):
                if name.lower().endswith((".yaml", ".yml")) and not name.startswith("."):  # hidden: lint's scan skips it
                    yield Path(dirpath) / name


def same_id_lint_reads(lookup: PersonaLookup, config: Config) -> list[tuple[str, str | None, str]]:
    """:attr:`PersonaLookup.same_id` less the files lint's scan of the workspace passes over because git ignores
    them (a `drafts/` in `.gitignore`, a file git ignores by name): lint's rules do not see those documents.

    Asks git what it ignores under the folders searched (once per folder and run, shared with a scan of the
    same folder this run made), so it is for the rare lookup that may end in a hint, not for every heading;
    for a file in a nested repository (a folder below with its own `.git`), that repository's git too, as the
    scan asks it.  Nothing is dropped when the search was not the workspace's, or `respect-gitignore` is off."""
    if not lookup.starts or not config.respect_gitignore:
        return list(lookup.same_id)
    from ..discovery import git_ignored

    kept = []
    for entry, full in zip(lookup.same_id, lookup.files):
        start = next((s for s in lookup.starts if full == s or s in full.parents), None)
        if start is not None and start.is_dir():
            # The folder searched, then each nested repository on the way down to the file (the outer git
            # says nothing inside one: the scan asks its own git there, whose .gitignore may leave the file out).
            tops = [start, *(f for f in reversed(full.parents) if start in f.parents and os.path.lexists(f / ".git"))]
            if any(_ignored_in(git_ignored(str(top), config), full.relative_to(top).as_posix()) for top in tops):
                continue
        kept.append(entry)
    return kept


def _ignored_in(ignored: frozenset[str], rel: str) -> bool:
    """Whether ``rel`` is in a git answer of what it ignores (files, and folders as `name/`)."""
    return rel in ignored or any(rel.startswith(name) for name in ignored if name.endswith("/"))


def workspace_folders(config: Config) -> list[str]:
    """Where lint looks when no path is named: the configured ``paths`` that exist, else the root."""
    if config.source is None and config.root.resolve() in (Path(config.root.resolve().anchor), Path.home().resolve()):
        return []  # no workspace: never scan a whole disk or home folder for one id
    roots = [config.root / p for p in config.paths] if config.paths else [config.root]
    return [os.path.relpath(r) for r in roots if r.exists()]


def find_by_id(wanted: str, config: Config) -> tuple[str | None, list[tuple[str, str, str]]]:
    """The file of the persona or negative persona whose id is ``wanted``, found as lint finds documents.

    Searched: the configured ``paths`` of the config in force (its folder when it names none,
    the current folder without a config), with its ``exclude``. Returns the file as
    discovery shows it (None when no document has that id) and every (kind, id, file) seen,
    for a did-you-mean. A document's kind and id are read from its top-level ``kind:`` and
    ``id:`` lines, without parsing: the file found is then loaded and checked like a named one.
    """
    from ..workspace import unread_identity

    folders = workspace_folders(config)
    if not folders:
        return None, []
    try:
        targets, _unreadable = discover(folders, config)
    except GitTimeout:
        raise  # the scan's git did not answer: said as lint says it, not "no document has that id"
    except UsageError:
        return None, []
    seen: list[tuple[str, str, str]] = []
    found: dict[str, str] = {}
    for target in targets:
        try:
            info = target.fs_path.stat()
            if not stat.S_ISREG(info.st_mode) or info.st_size > 1_000_000:
                continue
            raw = target.fs_path.read_bytes()
        except OSError:
            continue
        kind, ident = unread_identity(raw)
        if kind not in ("persona", "negative-persona") or ident is None:
            continue
        seen.append((kind, ident, target.display))
        if ident == wanted:
            found.setdefault(kind, target.display)
    # A negative persona first; a persona of that id is found too, so that the message says what it is.
    return found.get("negative-persona") or found.get("persona"), seen
