"""The JSON Schema in the workspace and VS Code's settings that point at it (`cxkit init --editor vscode`).

VS Code's YAML extension (Red Hat) validates and completes a document while it is typed when
`.vscode/settings.json` maps the document's folder to a schema under `yaml.schemas`.  The schema is
written into the workspace (`schema/cxkit.json`), the same text `cxkit schema` prints, so that
`cxkit init` and `cxkit schema -o` can write it again after an upgrade and `cxkit lint` can say
when it no longer matches the installed cxkit.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from pathlib import Path
from typing import Any

#: Where the schema is written, from the workspace's folder (the config's).
SCHEMA_FILE = "schema/cxkit.json"
SETTINGS_FILE = ".vscode/settings.json"
#: The title of the schema `cxkit schema` prints for any document: a file with another is not cxkit's.
_TITLE = "cxkit document"


def write_atomic(path: Path, text: str, **options: Any) -> None:
    """:func:`cxkit.fsutil.write_atomic`, imported when a file is written: `cxkit lint` imports this module
    on every run of a workspace with a config, and most never write here (tempfile and random stay unloaded)."""
    from ..fsutil import write_atomic as write

    write(path, text, **options)


def schema_text(lang: str = "en") -> str:
    """The schema of any document, as `cxkit schema` prints it (``lang``: as `cxkit schema --lang` does)."""
    from ..model.schema import json_schema

    return json.dumps(json_schema(None, lang), ensure_ascii=False, indent=2) + "\n"


def _schema_lang(written: Any) -> str:
    """The language of a schema file's hover text: "pl" when it describes a persona in Polish, as
    `cxkit schema --lang pl` writes it, else "en"; rewritten, it keeps its language."""
    from ..model.schema_pl import polish

    try:
        said = written["$defs"]["Persona"]["description"]
    except (KeyError, TypeError):
        return "en"
    return "pl" if said == (polish("Persona") or ("",))[0] else "en"


def _lang_option(lang: str) -> str:
    """The `--lang` option that writes a schema in ``lang`` again ("" for English, the default)."""
    return "" if lang == "en" else f" --lang {lang}"


# How cxkit tells a schema file it wrote from one a team edited: a file cxkit writes (`cxkit init`,
# `cxkit schema -o`) carries, under JSON Schema's `$comment` (which validators and editors pass over),
# a digest of the rest of its content.  While the digest matches, the file is as cxkit wrote it and a
# newer cxkit may write it again; once it does not, the team changed it, and cxkit leaves it to them.
_MARK_KEY = "$comment"
_NOTE = ("Written by cxkit (cxkit-schema-digest {digest}). While the digest matches the rest of this file, it is "
         "as cxkit wrote it, and a newer cxkit may write it again; once you edit it, cxkit leaves it to you, and "
         "`{rewrite}` writes cxkit's over it.")
#: The mark as cxkit writes it, whole: a `$comment` worded otherwise is the team's own, and so is the file.
_MARK = re.compile(re.escape(_NOTE).replace(re.escape("{digest}"), "([0-9a-f]{16})").replace(re.escape("{rewrite}"), ".*"))
#: The digests of the schemas cxkit has printed without the mark (`cxkit init --editor vscode` before the
#: mark; `cxkit schema > schema/cxkit.json` and docs/schema/cxkit.json still are): such a file is as cxkit
#: wrote it.  This cxkit's is among them, so that an unmarked copy of it is refreshed by a later cxkit:
#: when the schema changes, add the new digest (tests/test_schema_digests_s31.py fails until it is).
_EARLIER = frozenset({"671cd390d9fae68d", "2bef7824814df1c3", "f13a837f406568af", "851997b0a2381465", "4caa988a128c998b", "a37c3b1eb42c181f", "bd1454573974047c", "1e9519c435857b3b", "26f55b420ec86488", "be6853a3bd1bf768", "c99598821f65734b", "02299c560327a7ac", "c529c2ca2905b8b3", "38aa73ae3370f087", "d5a4f5650cc87fbc", "69feae34fd9bbcad", "e8a84bb964b9e402", "a081cd7bfbe64f5a", "3f3f09a9fc45e6ef"})


def _digest(data: dict[str, Any]) -> str:
    """The digest of a schema's content, its layout and its mark left out."""
    from hashlib import sha256

    content = {key: value for key, value in data.items() if key != _MARK_KEY}
    return sha256(json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()[:16]


def marked(text: str, rewrite: str = "cxkit schema -o FILE") -> str:
    """``text`` (a schema as `cxkit schema` prints it) as cxkit writes it to a file: with the mark that
    tells it from an edited copy, and how to write it again (``rewrite``)."""
    data = json.loads(text)
    note = _NOTE.format(digest=_digest(data), rewrite=rewrite)
    out: dict[str, Any] = {}
    for key, value in data.items():
        out[key] = value
        if key == "title":
            out[_MARK_KEY] = note
    out.setdefault(_MARK_KEY, note)
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):
        return None


def _origin(written: Any) -> str:
    """What a `schema/cxkit.json` holds: "foreign" (not cxkit's schema: another title, or no JSON object),
    "current" (this cxkit's schema, marked or not), "older" (an earlier cxkit's, as it wrote it) or
    "edited" (cxkit's title, but content no cxkit wrote, or a `$comment` of the team's own)."""
    if not isinstance(written, dict) or written.get("title") != _TITLE:
        return "foreign"
    content = {key: value for key, value in written.items() if key != _MARK_KEY}
    if content == json.loads(schema_text(_schema_lang(written))):
        return "current"
    if _MARK_KEY not in written:
        return "older" if _digest(written) in _EARLIER else "edited"
    comment = written[_MARK_KEY]
    mark = _MARK.fullmatch(comment) if isinstance(comment, str) else None
    return "older" if mark is not None and mark.group(1) == _digest(written) else "edited"


def is_stale(path: Path) -> bool:
    """Whether ``path`` holds a schema an earlier cxkit wrote, unedited, that is not the one the installed
    cxkit writes.  A file that is not cxkit's schema, one a team edited, or one that cannot be read is
    never stale: cxkit does not write over it, so it does not ask to."""
    if not path.is_file():
        return False
    return _origin(_read_json(path)) == "older"


#: What the lint cache folder remembers of schema files: stale or not, by cxkit's code and the file's bytes.
_MEMO = "schema-v1.json"
_MAX_MEMO = 8


def _stale_remembered(root: Path, path: Path, remember: bool) -> bool:
    """:func:`is_stale`, answered from the lint cache folder when this cxkit has seen these bytes before:
    making the schema loads the document models, which a run the cache answers does not need."""
    if not path.is_file():
        return False
    try:
        raw = path.read_bytes()
    except OSError:
        return False
    if b"cxkit document" not in raw:
        return False  # not cxkit's schema (its title), whatever else it is
    from hashlib import blake2b

    from ..lint.cache import cache_dir, code_fingerprint, usable

    folder = cache_dir(root)
    if not remember or not folder.is_dir() or not usable(folder):
        return is_stale(path)
    key = blake2b(code_fingerprint(folder).encode() + b"\0" + raw, digest_size=16).hexdigest()
    memo = _read_json(folder / _MEMO)
    memo = {k: v for k, v in memo.items() if isinstance(v, bool)} if isinstance(memo, dict) else {}
    if key in memo:
        return memo[key]
    memo[key] = stale = is_stale(path)
    while len(memo) > _MAX_MEMO:
        memo.pop(next(iter(memo)))
    try:
        write_atomic(folder / _MEMO, json.dumps(memo, separators=(",", ":")), follow_symlinks=False)
    except (OSError, ValueError):
        pass  # best effort: the next run works it out again
    return stale


#: How many folders up the stale-schema note still names a schema from the current folder
#: (`../b/schema/cxkit.json`, `../../grupa/b/schema/cxkit.json`); farther, by its absolute path.
_NEAR = 2


def stale_schema_note(root: Path, remember: bool = True) -> str | None:
    """The one-line note `cxkit lint` gives when the workspace's `schema/cxkit.json` is an older cxkit's
    (``remember``: the answer may be kept in the lint cache folder, and read from it)."""
    path = root / SCHEMA_FILE
    if not _stale_remembered(root, path, remember):
        return None
    from ..cliutil import shell_word
    from ..config import shown_path
    from ..discovery import display_path

    try:  # from the current folder, as lint shows the files it read there (`../b/schema/cxkit.json`)
        rel = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        rel = None
    near = rel is not None and Path(rel).parts[:_NEAR + 1].count(os.pardir) <= _NEAR
    # Farther off (a workspace given as /srv/…), a climb of ../../../.. reads worse than the absolute
    # path lint names its files by: shown_path gives that.
    shown = display_path(rel) if near else shown_path(path, root)
    again = _lang_option(_schema_lang(_read_json(path)))
    return (f"{shown} is not the schema of this cxkit (an older one wrote it), so the editor checks fields "
            f"against old rules; `cxkit schema{again} -o {shell_word(shown)}` writes it again")


def write_schema(root: Path, lang: str | None = None) -> tuple[str, str]:
    """Write the schema to ``root``/schema/cxkit.json: ("created" | "updated" | "skipped" | "failed", why).

    A file there is written over only when it is cxkit's, as cxkit wrote it (:func:`_origin`): one the
    team edited, or another schema, is left as it is, and the note says how to write cxkit's.  Its hover
    text is in the language of the file there, else in ``lang`` (the workspace's: `pl` or English)."""
    from ..model.schema import SCHEMA_LANGS

    path = root / SCHEMA_FILE
    language = lang if lang in SCHEMA_LANGS else "en"
    if path.is_symlink():
        return "skipped", "a link: init never writes through a link"
    origin = None
    written = _read_json(path) if path.exists() else None
    if written is not None:
        language = _schema_lang(written)
    again = f"cxkit schema{_lang_option(language)} -o {shell_path(path)}"
    if path.exists():
        origin = _origin(written)
        if origin == "foreign":
            return "skipped", "already exists and is not cxkit's schema; it was left alone"
        if origin == "edited":
            return "skipped", (f"edited since cxkit wrote it, so init leaves it as it is; `{again}` writes this "
                               "cxkit's schema over it")
        if origin == "current" and _MARK_KEY in written:  # cxkit's mark, or a `$comment` the team wrote there
            return "skipped", "up to date"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, marked(schema_text(language), f"cxkit schema{_lang_option(language)} -o {SCHEMA_FILE}"))  # from the workspace's folder
    except OSError as exc:
        return "failed", f"cannot write it: {exc.strerror or exc}"
    if origin is None:
        return "created", "the schema VS Code checks documents against"
    if origin == "current":
        return "updated", "marked as cxkit's, so that a later cxkit can tell it from an edited copy"
    return "updated", "written for this cxkit"


def shell_path(path: Path) -> str:
    """``path`` as a shell word from the current folder (as init shows the files it writes): the path a
    schema's mark names, so that a file the team commits names no absolute path of one machine."""
    from ..cliutil import shell_word

    try:
        shown = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        shown = str(path)
    return shell_word(shown.replace(os.sep, "/"))


#: YAML files `cxkit init` writes beside documents kept at the workspace's top: they are no documents.
_NOT_DOCUMENTS = ("!{lead}.github/**", "!{lead}.pre-commit-config.yaml")


def _folder(folder: str) -> str:
    """A configured folder as VS Code's globs name it: "./personas", "personas/" and "docs\\personas" are
    "personas" and "docs/personas" (the YAML extension matches a glob against the file's path, in which
    no "./" stands); the workspace's own folder is ""."""
    folder = posixpath.normpath(folder.replace("\\", "/")).strip("/")
    return "" if folder == "." else folder


# How a folder's own name is written in a glob of VS Code's YAML extension (yaml-language-server 1.x),
# so that it matches that name and nothing else.  The extension turns `[ ]` into a class, `{ }` into a
# set, `*` and `?` into wildcards, and leaves a backslash as it is in the regular expression it makes:
# `\[`, `\]` and `\x7b`-style escapes read as the characters there (`\{` would not).  It matches the
# file's URI with `?` and `#` percent-encoded, so those are written as the URI has them.
_GLOB_LITERAL = {"[": "\\[", "]": "\\]", "{": "\\x7b", "}": "\\x7d", "*": "\\x2a", "?": "%3F", "#": "%23"}


def _glob_literal(path: str) -> str:
    """``path`` (folders joined by "/") as a glob that matches just that path (see _GLOB_LITERAL)."""
    return "".join(_GLOB_LITERAL.get(ch, ch) for ch in path)


def schema_globs(folders: list[str], under: str = "") -> list[str]:
    """The globs of the documents in ``folders`` (from VS Code's folder: ``under``/ first).  Documents at the
    workspace's top take every YAML file there but the ones init writes for pre-commit and GitHub.  A
    folder named with glob characters (`badania [2024]`, `{pl}`) is matched by its name."""
    lead = f"{_glob_literal(under)}/" if under else ""
    named = list(dict.fromkeys(_folder(folder) for folder in folders))
    globs = [f"{lead}{_glob_literal(folder)}/**/*.{ext}" if folder else f"{lead}*.{ext}"
             for folder in named for ext in ("yaml", "yml")]
    # A leading "!" would make the glob an exclusion: written as the character's escape.
    globs = ["\\x21" + glob[1:] if glob.startswith("!") else glob for glob in globs]
    if "" in named:
        globs += [exclude.format(lead=lead) for exclude in _NOT_DOCUMENTS]  # after the rest: the last match wins
    return globs


def settings_snippet(schema: str, globs: list[str]) -> str:
    return json.dumps({"yaml.schemas": {schema: globs}}, ensure_ascii=False, indent=2) + "\n"


#: The schema files the README has long suggested, one per kind (`cxkit schema persona > schema/persona.json`).
_KIND_SCHEMAS = ("persona.json", "negative-persona.json", "journey.json")


def _schema_path(key: str) -> str:
    """A `yaml.schemas` key as the file it names from VS Code's folder: `./schema/cxkit.json`,
    `schema\\cxkit.json` and `${workspaceFolder}/schema/cxkit.json` are all `schema/cxkit.json`."""
    key = key.strip().replace("\\", "/")
    for lead in ("${workspaceFolder}/", "${workspaceRoot}/"):
        if key.startswith(lead):
            key = key[len(lead):]
    return posixpath.normpath(key) if key and "://" not in key else key


def _is_cxkit_schema(root: Path, key: str) -> bool:
    """Whether the `yaml.schemas` key ``key`` names a schema of cxkit's: a file whose title is cxkit's
    (`cxkit persona`, `cxkit journey`...), or, not there to read, one of the per-kind names the README suggests."""
    name = _schema_path(key)
    if "://" in name or name.startswith(("/", "..")):
        return False
    written = _read_json(root / name)
    if isinstance(written, dict):
        title = written.get("title")
        return isinstance(title, str) and title.startswith("cxkit ")
    return posixpath.basename(name) in _KIND_SCHEMAS and not (root / name).exists()


#: In VS Code's JSON with comments: a string (kept as it is), a comment, or a comma before a closing bracket.
_JSONC_COMMENT = re.compile(r'"(?:[^"\\\n]|\\.)*"|//[^\n]*|/\*.*?\*/', re.DOTALL)
_JSONC_COMMA = re.compile(r'"(?:[^"\\\n]|\\.)*"|,(?=\s*[}\]])')


def _jsonc(raw: str) -> Any:
    """``raw`` read as VS Code reads its settings (`//` and `/* */` comments, trailing commas); None when it
    does not parse so either."""
    def plain(match: re.Match[str]) -> str:
        token = match.group(0)
        return token if token.startswith('"') else " " if token.startswith("/") else ""

    try:
        return json.loads(_JSONC_COMMA.sub(plain, _JSONC_COMMENT.sub(plain, raw)))
    except (ValueError, RecursionError):
        return None


def _mapped_already(root: Path, schema: str, mapped: Any, snippet: str) -> tuple[str, str, str] | None:
    """What init says of settings whose `yaml.schemas` (``mapped``) already maps documents to ``schema`` under
    another spelling of its path, or to cxkit's per-kind schemas; None when it maps neither."""
    if not isinstance(mapped, dict):
        return None
    same = [key for key in mapped if _schema_path(key) == _schema_path(schema)]
    if same:
        return "skipped", f"already maps documents to {same[0]}", ""
    cxkits = [key for key in mapped if _is_cxkit_schema(root, key)]
    if cxkits:
        # cxkit's schemas of one kind each (`cxkit schema persona > schema/persona.json`): a second mapping
        # beside them would check each document against two schemas, and say each problem twice.
        return "skipped", (f"already maps documents to cxkit's {', '.join(cxkits)}; init adds no second mapping "
                           f"beside {'them' if len(cxkits) > 1 else 'it'}: to use {schema} instead, replace "
                           f"{'those keys' if len(cxkits) > 1 else 'that key'} with this"), snippet
    return None


def _indent_of(raw: str) -> int | str:
    for line in raw.splitlines()[1:]:
        stripped = line.lstrip(" \t")
        if stripped and len(stripped) < len(line):
            lead = line[: len(line) - len(stripped)]
            return "\t" if lead.startswith("\t") else len(lead)
    return 4  # VS Code's own


def merge_settings(root: Path, schema: str, globs: list[str]) -> tuple[str, str, str]:
    """Map ``globs`` to ``schema`` under `yaml.schemas` in ``root``/.vscode/settings.json: (action, note, text
    to show).  A file that is not plain JSON written back byte for byte (comments, trailing commas, another
    layout) is never rewritten: what to add is shown instead."""
    path = root / SETTINGS_FILE
    snippet = settings_snippet(schema, globs)
    if path.is_symlink() or (path.exists() and not path.is_file()):
        return "printed", "not a plain file; add this to it", snippet
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, snippet)
        except OSError as exc:
            return "failed", f"cannot write it: {exc.strerror or exc}", ""
        return "created", f"maps the documents to {schema} for VS Code's YAML extension", ""
    try:
        raw = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return "printed", "cannot be read as UTF-8 text; add this to it", snippet
    bom = raw.startswith("\ufeff")  # as Notepad saves: VS Code reads past it, and it is written back
    raw = raw[1:] if bom else raw
    if not raw.strip():
        raw = "{}\n"  # an empty file: VS Code reads it as no settings
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        # Comments and trailing commas, as VS Code allows them: never written back, but read for a mapping
        # already there, so that a second run of init does not ask for one the file has.
        lenient = _jsonc(raw)
        found = _mapped_already(root, schema, lenient.get("yaml.schemas"), snippet) if isinstance(lenient, dict) else None
        if found is not None:
            return found
        return "printed", "holds comments or other text plain JSON has not, so init leaves it alone; add this to it", snippet
    mapped = data.get("yaml.schemas")
    if mapped is not None and not isinstance(mapped, dict):
        return "printed", "its `yaml.schemas` is no mapping; add this to it", snippet
    found = _mapped_already(root, schema, mapped, snippet)
    if found is not None:
        return found
    indent = _indent_of(raw)
    eol = "\r\n" if "\r\n" in raw else "\n"
    if eol == "\r\n" and raw.count("\n") != raw.count("\r\n"):
        return "printed", "mixes line endings, which init would not write back as they are; add this to it", snippet
    body = raw.replace("\r\n", "\n")
    if json.dumps(data, ensure_ascii=False, indent=indent) != body.rstrip("\n") and json.dumps(
            data, indent=indent) != body.rstrip("\n"):
        return "printed", "is laid out otherwise than init would write it back, so init leaves it alone; add this to it", snippet
    merged = dict(data)
    merged["yaml.schemas"] = {**(mapped or {}), schema: globs}
    ascii_only = json.dumps(data, ensure_ascii=False, indent=indent) != body.rstrip("\n")  # written with \u escapes
    text = json.dumps(merged, ensure_ascii=ascii_only, indent=indent) + body[len(body.rstrip("\n")):]
    try:
        write_atomic(path, ("\ufeff" if bom else "") + (text.replace("\n", eol) if eol != "\n" else text))
    except OSError as exc:
        return "failed", f"cannot write it: {exc.strerror or exc}", ""
    return "updated", f"`yaml.schemas` maps the documents to {schema}; nothing else in it changed", ""


def editor_steps(root: Path, folders: list[str], *, settings: bool,
                 lang: str | None = None) -> list[tuple[str, str, str, str]]:
    """What `cxkit init --editor vscode` does (``settings``; else, as any `cxkit init` of a workspace that has
    the schema, only write the schema again): (path, action, note, text to show) for each file.  ``lang``:
    the workspace's language, which a new schema's hover text is written in (Polish or English)."""
    from ..gitutil import work_tree_top

    action, note = write_schema(root, lang)
    done = [(SCHEMA_FILE, action, note, "")]
    if not settings:
        return done
    here = root.resolve()
    top = Path(work_tree_top(str(here)) or here)
    if top == here or not here.is_relative_to(top):
        done.append((SETTINGS_FILE, *merge_settings(root, SCHEMA_FILE, schema_globs(folders))))
        return done
    # VS Code reads the settings of the folder it opened, most often the repository's top.
    under = here.relative_to(top).as_posix()
    done.append((str(top / SETTINGS_FILE), "printed",
                 f"VS Code reads it in the folder it opens, most often the repository's top: add this there, set for {under}/",
                 settings_snippet(f"{under}/{SCHEMA_FILE}", schema_globs(folders, under))))
    return done
