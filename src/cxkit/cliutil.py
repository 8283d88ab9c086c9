"""Small pieces every command shares; only the standard library at import, so `--help` stays fast."""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from contextvars import ContextVar
from enum import Enum
from typing import Any, Callable, Iterable, Optional, TextIO

#: 0 clean / no differences, 1 findings / differences, 2 usage, configuration or internal error.
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

#: Standard descriptors that were closed when cxkit started (`>&-`), now on the null device so that
#: no file cxkit opens takes their number: an export named after one (`-o /dev/stdout`) is refused.
CLOSED_AT_START: set[int] = set()


#: The CI runners that read commands in what a job prints (`::error::`, `##[error]`, `##vso[…]`,
#: `##teamcity[…]`), each by the variable it sets (and the value, where it has one).
CI_RUNNERS = (("GITHUB_ACTIONS", "true"), ("TF_BUILD", None), ("TEAMCITY_VERSION", None))


def runner_in_environment() -> bool:
    """Whether this process runs in a job of a CI runner that reads commands in its log."""
    return any(os.environ.get(name) and value in (None, os.environ.get(name)) for name, value in CI_RUNNERS)


def refuse_closed_stdout(advice: str) -> None:
    """A usage error when standard output was closed when cxkit started (`cxkit review main >&-`): the
    report would go to the null device that stands in for it, and a CI step would pass or fail on
    findings nobody can read.  ``advice`` says where else the report can go."""
    if 1 in CLOSED_AT_START:
        from .discovery import UsageError

        raise UsageError(f"cannot write the report: standard output was closed when cxkit started; {advice}")


class FailLevel(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class DocKind(str, Enum):
    persona = "persona"
    negative_persona = "negative-persona"
    journey = "journey"


def config_option(value: Optional[str], option: str = "--config") -> Optional[Any]:
    """The file `--config` names, as a Path (None when not given); an empty value (`--config=`, an unset
    CI variable) is a usage error that names the option.

    Every command takes `--config` as text and calls this: as a Path, "" is "." (the current folder),
    which would be refused as ".: not a file"."""
    if value is None:
        return None
    if not value.strip():
        from .discovery import UsageError

        raise UsageError(f"{option}: the value is empty; give a cxkit.toml or pyproject.toml, "
                         f"or leave {option} out to look for one")
    from pathlib import Path

    return Path(value)


def split_list(values: Optional[Iterable[str]]) -> tuple[str, ...]:
    """Repeatable, comma-separated option values as one tuple: `--x a,b --x c` → (a, b, c)."""
    out: list[str] = []
    for value in values or []:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return tuple(out)


#: What `--select`, `--ignore` and `--extend-select` (and the API's ``select``) take, as an empty one is told.
SOME_RULES = "one or more rules (names or codes, comma-separated, e.g. schema,CX4)"


def refuse_unknown_rules(selectors: Iterable[str], option: str, pl: bool = False) -> None:
    """A :class:`~cxkit.config.ConfigError` naming ``option`` (`--select`; ``select`` of :func:`cxkit.api.lint`) for
    the first of ``selectors`` that names no rule, with the rules it may mean: `--select unowned` is also told of
    unowned-opportunity.  The engine would refuse it too, without the option's name.  ``pl``: in Polish (the
    run's config says `lang = "pl"`): `--select: nieznana reguła „unowned”; czy chodziło o „unowned-opportunity”?`."""
    from .config import ConfigError
    from .lint.engine import resolve_selector
    from .lint.rule import all_rules
    from .lint.selection import rule_hint, rule_hint_pl

    known = all_rules()
    for selector in selectors:
        try:
            resolve_selector(selector, known)
        except ConfigError:
            hint = rule_hint(selector, known)
            said = rule_hint_pl(hint) if pl else None
            if said is not None:
                from .lint.polish import q

                raise ConfigError(f"{option}: nieznana reguła {q(selector)}{said}") from None
            raise ConfigError(f"{option}: unknown rule '{selector}'{hint}") from None


def split_names(values: Optional[Iterable[str]], option: str, expected: str) -> tuple[str, ...]:
    """:func:`split_list` for options that name things, where a value naming nothing is a usage error.

    `--select "$UNSET"` or `--select ,` would otherwise act as if the option were not
    given (every rule): say so rather than run something else.  ``expected`` says what
    to write instead.  An empty item between names (`schema,,CX4`) is harmless and skipped.
    """
    for value in values or []:
        if not any(v.strip() for v in value.split(",")):
            from .discovery import UsageError

            raise UsageError(f"{option} is empty; give {expected}, or leave {option} out")
    return split_list(values)


def is_utf8(encoding: Optional[str]) -> bool:
    """Whether a stream's ``encoding`` is UTF-8 (by any of its names; None counts: a text buffer)."""
    import codecs

    if not encoding:
        return True
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def write_utf8(stdout: TextIO, text: str) -> bool:
    """Write an export to ``stdout`` as UTF-8 bytes, through its byte buffer; False when the stream
    takes text only (a test's StringIO), for the caller to write it.

    A Markdown, HTML, Mermaid or JSON export (``cxkit render -f``, ``cxkit diff -f markdown|json``,
    ``cxkit review``) is UTF-8 by definition. Standard output redirected to a file has the
    console's encoding, though: cp1252 on Windows (``cxkit review main > review.md``), or whatever
    ``PYTHONIOENCODING`` says. Written as text, the Polish letters cp1252 lacks became ``\\u0142``
    escapes and the rest single cp1252 bytes: a file no UTF-8 reader takes, exit 0. And on Windows
    a text stream writes each line break as CR LF, so a UTF-8 console (``PYTHONUTF8=1``) gave other
    bytes than a cp1252 one, and than ``-o FILE``. So an export goes out as the same UTF-8 bytes,
    line breaks as written, whatever the console.
    """
    buffer = getattr(stdout, "buffer", None)
    if buffer is None:
        return False
    # A lone surrogate as the stream would have it where it is UTF-8; else as its escape, never an error.
    errors = (getattr(stdout, "errors", None) or "strict") if is_utf8(getattr(stdout, "encoding", None)) else "backslashreplace"
    stdout.flush()  # what the stream still holds goes first
    from .visible import mend_names  # a UTF-8 file name read where the file system's encoding is not UTF-8

    buffer.write(mend_names(text).encode("utf-8", errors))
    buffer.flush()
    return True


#: ASCII stand-ins for the punctuation and symbols cxkit's own text uses (the diff's `→` and `›`, rule texts'
#: `„…”` and `—`, advice's `€` and `£`), for a console whose encoding lacks them (cp852, ``PYTHONIOENCODING=ascii``).
CONSOLE_STAND_INS = {
    "\u2192": "->", "\u2190": "<-", "\u2194": "<->", "\u2195": "<->", "\u21c4": "<->", "\u21b3": "->",
    "\u203a": ">", "\u2039": "<", "\u00bb": ">>", "\u00ab": "<<", "\u201e": '"', "\u201c": '"', "\u201d": '"',
    "\u201a": "'", "\u2018": "'", "\u2019": "'", "\u2026": "...", "\u2014": "-", "\u2013": "-", "\u2212": "-",
    "\u00b7": "-", "\u2022": "*", "\u25cf": "*", "\u20ac": "EUR", "\u00a3": "GBP", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    "\u2264": "<=", "\u2265": ">=", "\u00d7": "x", "\u2713": "+", "\u2717": "x", "\u00a7": "S.",
}

#: The characters of a run's standard output that its encoding lacks and that have no stand-in: written
#: `?`, and named in one note on stderr at the end of the run (:func:`console_note`).
_LOST: dict[str, bool] = {}  # each with whether it was written as its base letter (a decomposed name)


def _stand_in(char: str) -> Optional[str]:
    """``char`` in ASCII when cxkit has a stand-in for it (a box-drawing line as `-`, `|` or `+`), else None."""
    stand_in = CONSOLE_STAND_INS.get(char)
    if stand_in is not None or not "\u2500" <= char <= "\u257f":
        return stand_in
    import unicodedata

    name = unicodedata.name(char, "")
    return "-" if "HORIZONTAL" in name and "VERTICAL" not in name else "|" if "VERTICAL" in name and "HORIZONTAL" not in name else "+"


def _console_errors(exc: UnicodeError, keep_letters: bool) -> tuple[str, int]:
    """The codec error handler of a console stream (see :func:`console_fallback`)."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    import unicodedata

    out: list[str] = []
    for at in range(exc.start, exc.end):
        char = exc.object[at]
        stand_in = _stand_in(char)
        if stand_in is not None:
            out.append(stand_in)
        elif "\ud800" <= char <= "\udfff" or keep_letters:  # an undecodable name's byte, or a message on stderr:
            out.append(char.encode("ascii", "backslashreplace").decode("ascii"))  # its escape, as before
        elif unicodedata.combining(char) and at > 0:  # a decomposed (NFD) letter: its base letter was written
            _LOST.setdefault(unicodedata.normalize("NFC", exc.object[at - 1] + char), True)
        else:
            _LOST.setdefault(char, False)
            out.append("??" if unicodedata.east_asian_width(char) in "WF" else "?")  # as many columns as it takes
    return "".join(out), exc.end


def console_fallback() -> Callable[[], None]:
    """Make what any command writes as text on standard output and error readable on a console whose
    encoding is not UTF-8 (``PYTHONIOENCODING=cp852``, a Windows console redirected in its code page);
    returns the function that undoes it, for the end of the run.

    A character the encoding lacks used to be written as a Python escape (`\\u2192`, `\\u201e`), which
    no reader expects. Now cxkit's own punctuation is written as an ASCII stand-in (`->`, `"`, `...`,
    `EUR`; see :data:`CONSOLE_STAND_INS`); on standard output any other character as `?`, named in
    one note on stderr (:func:`console_note`), as `cxkit render` does for its view; on stderr, whose
    messages quote file names, as its escape, which names the file. A byte of a file name that is not
    UTF-8 stays escaped everywhere. Machine formats (JSON, SARIF, Markdown, a patch, the schema) are no
    console text: they go out as UTF-8 bytes (:func:`write_utf8`), untouched by this.
    """
    undo: list[tuple[Any, str]] = []
    _LOST.clear()
    for stream, name in ((sys.stdout, "cxkit.console"), (sys.stderr, "cxkit.console-messages")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or is_utf8(getattr(stream, "encoding", None)):
            continue
        import codecs

        try:
            codecs.lookup_error(name)
        except LookupError:
            codecs.register_error("cxkit.console", lambda exc: _console_errors(exc, False))
            codecs.register_error("cxkit.console-messages", lambda exc: _console_errors(exc, True))
        try:
            before = stream.errors
            reconfigure(errors=name)
        except (AttributeError, ValueError, OSError):
            continue
        undo.append((stream, before))
        composed = ComposedText(stream)
        if stream is sys.stdout:
            sys.stdout = composed  # type: ignore[assignment]
        else:
            sys.stderr = composed  # type: ignore[assignment]
        undo.append((composed, None))

    def restore() -> None:
        for stream, errors in undo:
            if errors is None:  # the composing wrapper: the stream it wraps is standard output or error again
                if sys.stdout is stream:
                    sys.stdout = stream._stream  # type: ignore[attr-defined]
                if sys.stderr is stream:
                    sys.stderr = stream._stream  # type: ignore[attr-defined]
                continue
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors=errors)  # flushes what it holds, with the fallback
        note = console_note(getattr(sys.stdout, "encoding", None), getattr(sys.stderr, "encoding", None))
        if note is not None:
            error(note)
            with contextlib.suppress(ValueError, OSError):
                sys.stderr.flush()

    return restore


def console_note(encoding: Optional[str], stderr_encoding: Optional[str] = None) -> Optional[str]:
    """The note on what standard output (in ``encoding``) could not show in this run, and how to see it;
    None when nothing was lost. Each character as itself where ``stderr_encoding`` has it, else `U+0142`.
    In Polish when the run's config says `lang = "pl"` (:data:`RUN_IN_POLISH`) and ``stderr_encoding`` can show
    the Polish note; else in English, which any console can show."""
    if not _LOST:
        return None
    chars = list(_LOST)
    how = "'?' for it" if len(chars) == 1 else "'?' for them"
    if any(_LOST.values()):
        how += " (or the letter without its accent)" if len(chars) == 1 else " (or a letter without its accent)"
    accents = any(_LOST.values())
    _LOST.clear()
    shown = " ".join(char_named(c, stderr_encoding) for c in chars[:12]) + (" ..." if len(chars) > 12 else "")
    if RUN_IN_POLISH.get():
        one = len(chars) == 1
        said = (f"uwaga: kodowanie standardowego wyjścia ({encoding}) nie ma {'znaku' if one else 'znaków'} {shown}, więc "
                f"wynik pokazuje w {'jego' if one else 'ich'} miejscu '?'"
                + (" (albo literę bez znaku diakrytycznego)" if accents else "")
                + "; ustaw PYTHONIOENCODING=utf-8 (albo PYTHONUTF8=1) dla terminala UTF-8 albo użyj chcp 65001 w konsoli Windows")
        try:
            said.encode(stderr_encoding or "utf-8")
            return said
        except (UnicodeEncodeError, LookupError):
            pass  # a console without Polish letters: the English note, which it can show
    return (f"note: standard output's encoding ({encoding}) has no {shown}, so the output shows {how}; set PYTHONIOENCODING=utf-8 (or PYTHONUTF8=1) for a UTF-8 "
            "terminal, or use chcp 65001 in a Windows console")


def char_named(char: str, encoding: Optional[str] = None) -> str:
    """``char`` (one character, or a letter and its combining marks) as a note on what a console could not
    show names it: as itself where ``encoding`` (stderr's; UTF-8 when None) has it, else by its code
    points (`U+0142`, `U+0061 U+0328`). One helper for cxkit's note (:func:`console_note`) and render's."""
    try:
        char.encode(encoding or "utf-8")
        return char
    except (UnicodeEncodeError, LookupError):
        return " ".join(f"U+{ord(c):04X}" for c in char)


class ComposedText:
    """Standard output or error on a console that is not UTF-8, its text in Unicode's composed form (NFC).

    A file name from a macOS zip or rsync is decomposed (NFD: `a` and a combining ogonek for `ą`): a
    console in cp1250 or cp852 has the letter `ą` but no combining ogonek, so `cxkit lint` showed the
    name as `spacja\\u0328`. Only the display changes: the file read is the one on disk, and the JSON
    and SARIF reports and a patch (UTF-8 bytes through :func:`write_utf8`, whatever the console) keep its
    real name. On a UTF-8 console the name is written as it is: the terminal composes it anyway, and a
    name copied from there then opens the file.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        if not text.isascii():
            import unicodedata

            text = unicodedata.normalize("NFC", text)
        return self._stream.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class Utf8Output:
    """Standard output as a machine-readable report (`cxkit lint -f json|sarif|github|gitlab|junit`)
    is written: UTF-8 whatever the console's encoding, as an export (see :func:`write_utf8`).

    In a C locale without Python's UTF-8 mode the console is ASCII, and text written to it had
    each other letter as a Python escape: `\\xf3` in a SARIF or JSON string, which no JSON reader takes.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._errors: str | None = None  # decided at the first write, as write_utf8 decides it

    def write(self, text: str) -> int:
        # As write_utf8, but the stream is flushed before the first write only, and the bytes at each
        # line's end: `json.dump` (sarif) writes each JSON token on its own, which was two flushes each.
        buffer = getattr(self._stream, "buffer", None)
        if buffer is None:
            self._stream.write(text)
            return len(text)
        if self._errors is None:
            stream = self._stream
            self._errors = ((getattr(stream, "errors", None) or "strict") if is_utf8(getattr(stream, "encoding", None))
                            else "backslashreplace")
            stream.flush()  # what the stream still holds goes first
        from .visible import mend_names

        buffer.write(mend_names(text).encode("utf-8", self._errors))
        if text.endswith("\n"):
            buffer.flush()  # a finished line goes out before what cxkit says next on stderr
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def write_export(stdout: TextIO, write: Callable[[TextIO], object]) -> None:
    """Run ``write`` (which writes an export to the stream it is given) for ``stdout``, in UTF-8
    whatever the console's encoding, line breaks as written (see :func:`write_utf8`)."""
    import io

    if getattr(stdout, "buffer", None) is None:
        write(stdout)
        return
    held = io.StringIO()
    write(held)
    write_utf8(stdout, held.getvalue())


#: The name a document read from stdin is shown under without --stdin-filename.
STDIN_NAME = "-"

#: The help of `--files-from`, for ``verb`` "check" (lint) or "format" (fmt); the list is read by :mod:`cxkit.pathlist`.
FILES_FROM_HELP = (
    "Also {verb} the files FILE lists (- for stdin): one path a line, or NUL-separated (git diff -z), as "
    "`git diff --name-only` prints them, also from a subfolder or git-quoted; a path that is no file (deleted, or "
    "a folder) is skipped, with a note. Implies --only-documents. An empty list is nothing to {verb} (exit 0), not "
    "the workspace."
)


def stdin_document(command: str, paths: Optional[list[str]], stdin_filename: Optional[str]) -> bool:
    """Whether `cxkit COMMAND` reads one document from stdin (`-` alone among the paths, or
    --stdin-filename); a usage error for `-` beside files, and for a --stdin-filename that is empty
    or names a folder."""
    if not (paths and "-" in paths) and stdin_filename is None:
        return False
    from .discovery import UsageError

    if paths and paths != ["-"]:
        raise UsageError(
            f"{command} reads one document from standard input ('-', or --stdin-filename) or files, not both: "
            "name the files in another run (a file called '-' is named ./-)"
        )
    if stdin_filename is not None and not stdin_filename.strip():
        raise UsageError("--stdin-filename: the value is empty; give the path the document is saved under")
    if stdin_filename is not None:
        refuse_folder_name(stdin_filename, "--stdin-filename")
    return True


def refuse_folder_name(name: str, option: str) -> None:
    """A usage error when ``name``, the path a document read from elsewhere is saved under (`--stdin-filename`,
    ``path`` of :func:`cxkit.api.lint_text`), names a folder: one there, or a name only a folder has."""
    if name.endswith(("/", os.sep)) or os.path.basename(name) in (".", "..") or os.path.isdir(name):
        from .discovery import UsageError, display_path

        raise UsageError(f"{option} {display_path(name)}: names a folder; give the document's file name "
                         "(personas/ola.yaml)")


def read_stdin_document() -> bytes:
    """The bytes of the document on stdin, at most one past the size cap for a file.

    The byte past the cap tells that the document is too big, as for a file: an endless stream
    (`cxkit lint - < /dev/zero`) is refused with that finding, not read into memory.
    """
    from .limits import MAX_FILE_BYTES

    buffer = getattr(sys.stdin, "buffer", None) if sys.stdin is not None else None
    if buffer is None:
        return b""
    say_when_reading_a_terminal("the document from the terminal", "pipe it in, or name its file")
    return buffer.read(MAX_FILE_BYTES + 1)


def say_when_reading_a_terminal(what: str, instead: str) -> None:
    """Where stdin is a terminal (`cxkit lint -` typed by hand), say on stderr that cxkit reads ``what``
    from it and how to end it, rather than seem to hang; nothing where it is piped or redirected."""
    try:
        at_terminal = sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):
        return
    if at_terminal:
        end = "Ctrl-Z and Enter" if os.name == "nt" else "Ctrl-D"
        sys.stderr.write(f"cxkit: reading {what}; end it with {end} ({instead})\n")
        sys.stderr.flush()


#: The rules whose messages speak of the document's file as a whole: what cannot be read, parsed or laid out.
_READING_RULES = frozenset({"yaml-syntax", "read-error", "schema", "fmt-layout"})
def said_of_stdin(rule: str, message: str) -> str:
    """``message`` of rule ``rule`` about a document read from standard input, which is in no file: its
    "the file" (over the size limit, empty, not UTF-8, ...) said of the input instead."""
    if rule not in _READING_RULES:
        return message
    # What the document says, quoted ('Attach the file: ...', a line to copy in `...` or "..."), is carried over
    # as written: only cxkit's own words about the file are said of the input.
    return _QUOTED_OR_FILE.sub(lambda m: m.group(0) if m.group("file") is None else f"the{m.group(2) or ''} input",
                               message)


#: A quoted stretch of a message (what the document says), or cxkit's "the file", "this file", "the whole file"
#: outside one (not "the file named after this id", which is another file).
_QUOTED_OR_FILE = re.compile(r"(?<!\w)'[^'\n]*'(?!\w)|`[^`]*`|\"[^\"\n]*\"|"
                             r"(?P<file>\b(?:the|this)( whole)? file\b(?! named))")


def error(message: str) -> None:
    """``message`` on stderr after "cxkit: ", the way every warning, note and error of cxkit is said."""
    from .visible import visible_line

    # It may quote a path or value as given: on one line, control characters and line breaks escaped.
    sys.stderr.write(f"cxkit: {visible_line(message)}\n")


#: The values of `CXKIT_DEBUG` (any case, blanks around) that turn the tracebacks on: `CXKIT_DEBUG=0`, `false`,
#: `no`, `off` or an empty value leave them off, as a variable set to say "no" should.
_DEBUG_ON = ("1", "true", "yes", "on")


def debug_on() -> bool:
    """Whether `CXKIT_DEBUG` asks for tracebacks (an internal error's, a rule's or a plugin's that failed)."""
    return os.environ.get("CXKIT_DEBUG", "").strip().lower() in _DEBUG_ON


#: Whether the command under way says in Polish what it says on stderr of no config's own (the lint and fmt caches'
#: warnings): set by lint, fmt and `cache clear` from the config where they start (`lang = "pl"`); each command
#: starts in English (:func:`cxkit.cli.guarded`), and so does one that has not read its config yet.
RUN_IN_POLISH: ContextVar[bool] = ContextVar("cxkit_run_in_polish", default=False)


def interrupted() -> str:
    """What a run stopped by Ctrl-C says after `cxkit: `: in Polish once the command has read a Polish config
    (:data:`RUN_IN_POLISH`: lint's, fmt's, `cache clear`'s), in English before that, when no config is known yet."""
    return "przerwano" if RUN_IN_POLISH.get() else "interrupted"


def speaks_polish(config_file: Optional[Any], near: tuple[str, ...] = ()) -> bool:
    """Whether the config a run would take (``config_file``, or the one found from ``near``) says `lang = "pl"`,
    for a note or an error said before the run loads it; False when it cannot be read: the run says why."""
    from .config import ConfigError, load_config

    try:
        return load_config(config_file, check_rules=False, near=near).lang == "pl"
    except (ConfigError, OSError, ValueError):
        return False


def note_txt_files(configs: list[Any], searched: list[str], done: str = "checked") -> None:
    """Say once on stderr which files the folder scans passed over because their names end in `.yaml.txt`
    or `.yml.txt` (Notepad adds `.txt` unless "All files" is chosen, and Explorer hides it), and to
    rename them.  A note, not a finding: they are not read, and the exit code stays as it is.

    Only of the folders searched, as lint's note of ignored look-alikes: files named (a hook's) are
    told nothing of the rest of the workspace, nor `cxkit lint personas/` of a `notes/ola.yaml.txt`
    the workspace read for context met; a `.yaml.txt` named is checked.  ``done``: what the run did
    to the others (`cxkit fmt` of a folder says "formatted")."""
    folders = [t for t in searched if os.path.isdir(t)]
    if not folders:
        return
    from .discovery import display_path, under_any

    named = {display_path(t) for t in searched}
    met = {shown: path for config in configs for shown, path in config.txt_skipped.items() if under_any(path, folders)}
    shown = sorted(set(met) - named)
    if not shown:
        return
    first, n = shown[0], len(shown)
    # A name without the .txt that is taken (the author saved twice, once from Notepad): no `mv`
    # to copy, which would replace that document with the Notepad copy; compare the two instead.
    taken = [f for f in shown if os.path.lexists(met[f][: -len(".txt")])]
    free = [f for f in shown if f not in taken]
    if RUN_IN_POLISH.get():  # in the language of the config where the run starts, as its summary
        error(_txt_note_pl(shown, taken, free, first, done))
        return
    what = f"{first} was" if n == 1 else f"{n} files named *.yaml.txt or *.yml.txt ({first}, ...) were"
    advice = []
    if taken:
        pair = taken[0]
        other = pair[: -len(".txt")]
        both = f"{other} exists too" if n == 1 else (
            f"{other} exists beside {pair}" if len(taken) == 1 else
            f"{len(taken)} of them have a file of that name beside them ({other}, ...)")
        advice.append(f"{both}: compare the two (diff {shell_word(pair)} {shell_word(other)}) and keep one")
    if free:
        example = free[0]
        advice.append(f"rename {'it' if n == 1 else 'the others' if taken else 'each'} without the .txt "
                      f"(mv {shell_word(example)} {shell_word(example[: -len('.txt')])})")
    error(
        f"note: {what} not {done}: cxkit reads only .yaml and .yml files, and Notepad adds .txt to the name "
        f"unless you choose \"All files\"; {'; '.join(advice)}"
    )


def _txt_note_pl(shown: list[str], taken: list[str], free: list[str], first: str, done: str) -> str:
    """:func:`note_txt_files`' note in Polish: `uwaga: nie sprawdzono ola.yaml.txt: cxkit czyta tylko …`."""
    from .lint.polish import plural

    n = len(shown)
    verb = "nie sformatowano" if done == "formatted" else "nie sprawdzono"
    what = first if n == 1 else f"{n} plików o nazwach *.yaml.txt lub *.yml.txt ({first}, ...)"
    advice = []
    if taken:
        pair = taken[0]
        other = pair[: -len(".txt")]
        both = f"{other} też istnieje" if n == 1 else (
            f"obok {pair} jest {other}" if len(taken) == 1 else
            f"{len(taken)} z nich {plural(len(taken), 'ma', 'mają', 'ma')} obok plik o tej nazwie ({other}, ...)")
        advice.append(f"{both}: porównaj je (diff {shell_word(pair)} {shell_word(other)}) i zostaw jeden")
    if free:
        example = free[0]
        whose = "nazwy" if n == 1 else "nazw pozostałych" if taken else "nazwy każdego"
        advice.append(f"usuń .txt z {whose} (mv {shell_word(example)} {shell_word(example[: -len('.txt')])})")
    return (f"uwaga: {verb} {what}: cxkit czyta tylko pliki .yaml i .yml, a Notatnik dodaje do nazwy .txt, jeśli nie "
            f"wybierzesz „Wszystkie pliki”; {'; '.join(advice)}")


def shell_word(path: str) -> str:
    """``path`` as a POSIX shell reads it back as one word: quoted when it holds a space or a character
    the shell acts on (`'zespół sprzedaży'`, `'a&b'`), else as it is (`personas/zespół`).

    Letters of any script are safe unquoted; a name that starts with `-` gets `./`, so that it is no option.
    The caller keeps a glob outside the quotes (`'zespół sprzedaży'/*.yaml`), where the shell still expands it.
    """
    import re
    import shlex

    if path.startswith("-"):
        path = "./" + path
    return path if re.fullmatch(r"[\w@%+=:,./-]+", path) else shlex.quote(path)


def refuse_all_excluded(
    targets: list[str], excluded: list[str], configs: list[Any], named: bool, command: str = "lint", mode: str = "",
) -> None:
    """A usage error when every folder to check is one `exclude` matches: the run would check nothing.

    `cxkit lint */` keeps the configured exclusions (each left out with a warning, the rest checked),
    but `cxkit lint drafts` alone, or a CI job's `cxkit lint teams/b2b/pl` whose folder a pattern
    matches at any depth, would pass having read nothing.  With --only-documents, what a folder
    scan would check is what is checked, and nothing is no error (the caller does not come here).
    ``command``: `fmt` says so of formatting (its --check would pass having laid out nothing), and of
    checking with ``mode`` (`--check`, `--diff`), whose advice keeps it so as not to rewrite the files."""
    from .discovery import UsageError, display_path

    if not targets or any(display_path(t) not in excluded for t in targets):
        return
    folders = list(dict.fromkeys(f.rstrip("/") or f for f in excluded))
    # fmt does not write through a link into a file `exclude` leaves out: it is told the folder the link leads to.
    real = (lambda f: display_path(os.path.relpath(os.path.realpath(f)))) if command == "fmt" else (lambda f: f)
    files = " ".join(yaml_globs(real(f)) for f in folders)
    verb = "format" if command == "fmt" and not mode else "check"
    raise UsageError(all_excluded(verb, folders, configs, named, f"cxkit {command} {mode + ' ' if mode else ''}{files}"))


def excluded_warning(folder: str, source: Any, done: str, verb: str, advice: str | None) -> str:
    """The warning (after "cxkit: ") of `cxkit lint`, `fmt` and `diff` for a named ``folder`` that `exclude`
    (in the config file ``source``, if any) leaves out while the rest is read: it was not ``done``, and
    ``advice`` (None: no advice) is the command or files that ``verb`` its files anyway."""
    from .discovery import display_path

    if RUN_IN_POLISH.get() and done in _DONE_PL and verb in _VERB_PL:  # as the run's summary
        where = f"`exclude` w {display_path(os.path.relpath(source))}" if source else "`exclude`"
        tail = f"; by mimo to {_VERB_PL[verb]} jego pliki, wskaż je ({advice})" if advice is not None else ""
        return f"ostrzeżenie: {where} pomija folder {folder}, więc go nie {_DONE_PL[done]}{tail}"
    where = f"`exclude` in {display_path(os.path.relpath(source))}" if source else "`exclude`"
    tail = f"; to {verb} its files anyway, name them ({advice})" if advice is not None else ""
    return f"warning: {folder} is excluded by the configuration ({where}), so it was not {done}{tail}"


#: :func:`excluded_warning`'s words in Polish: what was not done to the folder, and what to do to its files.
_DONE_PL = {"checked": "sprawdzono", "formatted": "sformatowano", "compared": "porównano"}
_VERB_PL = {"check": "sprawdzić", "format": "sformatować", "compare": "porównać"}


def all_excluded(verb: str, folders: list[str], configs: list[Any], named: bool, advice: str) -> str:
    """The message for a run of `cxkit lint`, `fmt` or `diff` that would ``verb`` nothing because
    `exclude` (in ``configs``, one for each of ``folders``) leaves out every folder to look in, named
    on the command line or (not ``named``) by `paths` or the workspace: which folders, which config
    files, and the ``advice`` that names their files so that they are read anyway."""
    from .config import pattern_origin, pattern_source
    from .discovery import display_path, excluding_pattern

    sources = list(dict.fromkeys(display_path(os.path.relpath(c.source)) for c in configs if c.source))
    where = f"`exclude` in {', '.join(sources)}" if sources else "`exclude`"
    # A pattern a config takes over through `extend` (an archived client's config extending the top's, whose
    # `exclude` names the archive) is named with the config that writes it: the client's own shows none.
    inherited: dict[str, None] = {}
    for folder, config in zip(folders, configs):
        pattern = excluding_pattern(folder, config) if config.source else None
        owner, written, _said = pattern_origin(config, "exclude", pattern) if pattern else (config, "", "")
        if owner is not config:
            fix = f": an `exclude` written in {config.label} replaces it" if written == "exclude" else ""
            inherited[pattern_source(config, "exclude", pattern) + fix] = None
    if inherited:
        where = "; ".join(inherited)
    elif RUN_IN_POLISH.get() and verb in _NOTHING_TO_PL:  # as the run's summary; a pattern `extend` brings: English whole
        return _all_excluded_pl(verb, folders, sources, named, bool(configs[0].paths), advice)
    given = "named" if named else "`paths` names" if configs[0].paths else ""
    if len(folders) == 1:
        what = f"{folders[0]}, the only folder {given}, is" if given else f"the workspace's folder ({folders[0]}) is"
        them = "its files"
    else:
        what = f"every folder {given} ({', '.join(folders)}) is"
        them = "their files"
    return (f"nothing to {verb}: {what} excluded by the configuration ({where}); to {verb} {them} anyway, "
            f"name them ({advice})")


#: :func:`all_excluded`'s verbs in Polish: what there is nothing to do, and what to do to the files anyway.
_NOTHING_TO_PL = {"check": ("sprawdzać", "sprawdzić"), "format": ("formatować", "sformatować"),
                  "compare": ("porównywać", "porównać")}


def _all_excluded_pl(verb: str, folders: list[str], sources: list[str], named: bool, listed: bool, advice: str) -> str:
    """:func:`all_excluded`'s message in Polish: `nie ma czego sprawdzać: `exclude` w cxkit.toml pomija szkice, jedyny
    wskazany folder; by mimo to sprawdzić jego pliki, wskaż je (cxkit lint szkice/*.yaml)`."""
    nothing, anyway = _NOTHING_TO_PL[verb]
    where = f"`exclude` w {', '.join(sources)}" if sources else "`exclude`"
    given = "wskazany" if named else "z `paths`" if listed else ""
    if len(folders) == 1:
        what = (f"{folders[0]}, jedyny wskazany folder" if named else f"{folders[0]}, jedyny folder z `paths`" if listed
                else f"folder obszaru roboczego ({folders[0]})")
        them = "jego pliki"
    else:
        what = (f"każdy wskazany folder ({', '.join(folders)})" if named else
                f"każdy folder {given} ({', '.join(folders)})" if given else f"każdy folder ({', '.join(folders)})")
        them = "ich pliki"
    return f"nie ma czego {nothing}: {where} pomija {what}; by mimo to {anyway} {them}, wskaż je ({advice})"


def yaml_globs(folder: str, most: int = 6) -> str:
    """Shell words that name the cxkit documents in and below ``folder`` (as shown: from the current
    folder), for the advice on an excluded folder of `cxkit lint`, `fmt` and `diff`: a `dir/*.yaml` (or
    `*.yml`) for each folder whose files of that suffix are all documents (a `kind: persona` line, as a
    scan's quick look tells them), as the shell's `*` takes them (hidden names left out), else those
    documents by name, so that documents in `personas/` and `journeys/` are named, and neither a
    `*.yaml` that matches nothing nor another tool's file (a `docker-compose.yml` beside them: linted by
    name, it would be an error).  Tools' folders (`node_modules/`, `venv/`, …) are not looked into.  Past
    ``most`` words a `…` stands for the rest; with none found (or a folder that cannot be read)
    `folder/*.yaml`."""
    from .discovery import TOOL_FOLDERS

    base = folder.rstrip("/") or folder
    found: list[str] = []
    more = False
    for walked, (top, dirs, files) in enumerate(os.walk(base)):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in TOOL_FOLDERS)
        where = os.path.normpath(top)
        for suffix in (".yaml", ".yml"):
            found.extend(_documents_named(where, sorted(f for f in files if f.endswith(suffix) and not f.startswith(".")),
                                          suffix))
        more = len(found) > most or walked >= 2000
        if more:
            break
    if not found:
        return "*.yaml" if base == "." else f"{shell_word(base)}/*.yaml"
    return " ".join(found[:most]) + (" …" if more else "")


def _documents_named(where: str, names: list[str], suffix: str) -> list[str]:
    """The shell words for the cxkit documents among the files ``names`` (all ending in ``suffix``) of the
    folder ``where``: one glob when every one is a document, else each document by its path."""
    def path(name: str) -> str:
        return name if where == "." else os.path.join(where, name)

    documents = [name for name in names if _looks_like_document(path(name))]
    if documents and len(documents) == len(names):
        return [f"*{suffix}" if where == "." else f"{shell_word(where)}/*{suffix}"]
    return [shell_word(path(name).replace(os.sep, "/")) for name in documents]


def _looks_like_document(path: str) -> bool:
    """Whether the first 4 KiB of the regular file ``path`` hold a cxkit document's `kind:` line, as a
    scan's look into the files git ignores reads them (a pipe is not opened: the read would wait for a writer)."""
    from .discovery import DOCUMENT_KIND_RE, _head

    head = _head(path)
    return head is not None and DOCUMENT_KIND_RE.search(head.lstrip(b"\xef\xbb\xbf")) is not None


def missing_folder(target: Any) -> Optional[str]:
    """Why a report or export cannot be written at ``target`` (a Path) when a file stands where a
    folder on its way should be; None otherwise (a missing folder is made by the write).

    For the file itself the system says "Not a directory", which reads as if the file were wrong:
    the user needs to know which folder is not one.
    """
    for folder in reversed(target.parents):
        if str(folder) in ("", ".") or os.path.isdir(folder):
            continue
        if not os.path.lexists(folder):
            return None  # made by the write, with those under it
        from .fsutil import not_a_folder

        return not_a_folder(folder)
    return None


#: Seconds between two redraws of the progress bar: a calm bar, that a screen reader announces
#: at most once a second (the elapsed time it shows counts seconds anyway).
PROGRESS_REDRAW_SECONDS = 1.0


def progress_bar(description: str = "linting", *, lines_above: bool = False) -> tuple[Any, Callable[[], None]]:
    """A progress bar on stderr for long runs in a terminal; nothing in pipes, in CI, with
    ``NO_PROGRESS`` set (any non-empty value) or on a ``TERM=dumb`` terminal.

    Both standard output and error must be the terminal: with stdout piped into a pager
    (`cxkit lint | less`), stderr is still the terminal, and the bar's redraws and cursor moves
    landed on the pager's screen.

    The bar is redrawn when the run reports progress, at most once every
    :data:`PROGRESS_REDRAW_SECONDS` (no timer of its own redraws it in between).
    With ``lines_above``, what the run writes while the bar shows is printed above it;
    standard output only when it is a terminal too (a pipe's text must reach the pipe).
    """
    from .colour import isatty

    if (not isatty(sys.stderr) or not isatty(sys.stdout) or os.environ.get("CI") or os.environ.get("NO_PROGRESS")
            or os.environ.get("TERM", "").lower() == "dumb"):
        return None, lambda: None
    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if total < 300:
            return
        now = time.monotonic()
        if "bar" not in state:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

            from .colour import terminal

            bar = Progress(
                "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=Console(stderr=True, force_terminal=terminal(sys.stderr, None)), transient=True, auto_refresh=False,
                redirect_stdout=lines_above and sys.stdout.isatty(), redirect_stderr=lines_above,
            )
            state["task"] = bar.add_task(description, total=total, completed=done)
            bar.start()  # draws it once
            state["bar"] = bar
            state["drawn"] = now
            return
        state["bar"].update(state["task"], completed=done)
        if now - state["drawn"] >= PROGRESS_REDRAW_SECONDS:
            state["bar"].refresh()
            state["drawn"] = now

    def stop() -> None:
        if "bar" in state:
            state["bar"].stop()

    return update, stop


#: How each format of `cxkit lint` begins a report (the first line, or the opening of the document), so
#: that `-o` replaces a previous report of that format without --force, and nothing else.
_REPORT_STARTS = {
    "text": re.compile(r"[^\n]*:\d+:\d+: (?:error|warning|info) CX\d{3} |All checks passed|Nothing to check|Found \d+ problem"
                       r"|(?:Rule|Code)\b[^\n]*\bCount\b|\s*\d+\s+CX\d{3}\s"),
    "json": re.compile(r"\s*\[\s*(?:\]|\{\s*\"(?:path|code)\": )"),
    "gitlab": re.compile(r"\s*\[\s*(?:\]|\{\s*\"description\": )"),
    "sarif": re.compile(r"\s*\{\s*\"\$schema\": \"https://json\.schemastore\.org/sarif-2\.1\.0\.json\""),
    "junit": re.compile(r"<\?xml[^>]*\?>\s*<testsuites name=\"cxkit\""),
    "github": re.compile(r"::(?:error|warning|notice)[ :]"),
    # `cxkit review -o`'s, by format:
    "review-markdown": re.compile(r"<!-- cxkit-review -->"),
    "review-json": re.compile(r"\s*\{\s*\"format\": \"cxkit-review/"),
    "review-html": re.compile(r"(?s)\s*<!DOCTYPE html>.{0,4000}?<meta name=\"generator\" content=\"cxkit review\">"),
    "review-text": re.compile(r"cxkit review: "),
    # `cxkit diff -o`'s, by format (`--stat` writes text): a document's line (`ola-nowak  personas/ola.yaml`) with
    # its first change under it, indented by two spaces (or a blank line: a document only moved or added), a
    # `--stat` line, or what a diff with nothing to show says first.  Notes that open with two spaces and a
    # `.yaml` name (`Notatki  z warsztatu o personas/ola.yaml`), then a line of their own, are notes.
    "diff-text": re.compile(r"No semantic differences\.|Brak różnic w treści\.|\d+ files? could not be compared"
                            r"|Nie udało się porównać|[^\n]*\S  \S[^\n]*\.ya?ml\b[^\n]*\n(?:  \S|\n)"
                            r"|\s*\S[^\n]*\.ya?ml\s+\| \d+ "),
    "diff-markdown": re.compile(r"## cxkit diff: "),
    "diff-json": re.compile(r"\s*\[\s*(?:\]|\{\s*\"op\": )"),
    "diff-html": re.compile(r"(?s)\s*<!DOCTYPE html>.{0,4000}?<meta name=\"generator\" content=\"cxkit diff\">"),
}


def _report_kind(fmt: str) -> tuple[str, str]:
    """The command a report format of :data:`_REPORT_STARTS` is written by, and the format's own name:
    ("review", "json") for "review-json", ("lint", "text") for "text"."""
    for command in ("review", "diff"):
        if fmt.startswith(command + "-"):
            return command, fmt.removeprefix(command + "-")
    return "lint", fmt


def not_a_report(target: Path, fmt: str) -> Optional[str]:
    """Why ``lint -o target`` may not replace the file without --force: what it is (``is not a previous
    lint report in json``); None for a new or empty file, a device or pipe, or a previous report in ``fmt``.

    As `render -o` does for its exports: the report file is the tool's own, anything else someone's
    (notes, a README, a script, a tool a later CI step runs), which a report must not overwrite unasked.
    """
    from .fsutil import existing_head

    existing = existing_head(target)
    if existing is None:
        return None
    mode, head = existing
    start = _REPORT_STARTS.get(fmt)
    if start is None or start.match(head):
        return None
    own, shown = _report_kind(fmt)
    other = next((name for name, pattern in _REPORT_STARTS.items() if pattern.match(head)), None)
    if other is not None:
        kind, name = _report_kind(other)
        if kind == own:
            return f"is a {kind} report in {name}, not in the {shown} this writes"
        return f"is a {kind} report in {name}, not a {own} report in the {shown} this writes"
    if mode & 0o111 or head.startswith("#!"):
        return f"is a program (it can be run), not a {own} report"
    return f"is not a previous {own} report"


def output_file_error(output_file: str, reason: object) -> Exception:
    """The error of a report file (`--output-file`, lint's and review's) that cannot be written: exit 2."""
    from .discovery import UsageError, display_path

    return UsageError(f"--output-file {display_path(output_file)}: cannot write the report: {reason}")


def check_output_file(output_file: str, named: list[str], fmt: str = "text", force: bool = False) -> None:
    """Refuse, before linting, a report file that cannot be written or would replace a document.

    A symbolic link is refused, and a folder that leads out of the work tree through one
    (:func:`cxkit.fsutil.export_refusal`); a file named among ``named`` (the paths linted) is never
    the report; an existing file that is not a previous report in ``fmt`` is replaced only with ``force``."""
    if not output_file.strip():
        from .discovery import UsageError

        raise UsageError("--output-file: the value is empty; give a file name (or - for stdout)")
    from pathlib import Path

    from .fsutil import _open_descriptor, export_refusal

    target = Path(output_file)
    if _open_descriptor(target) is not None:  # `-o /dev/stdout`: written into, as a shell redirect is
        return
    if output_file.endswith(("/", os.sep)) or target.is_dir():
        raise output_file_error(output_file, "that is a folder; give a file name")
    missing = missing_folder(target)
    if missing is not None:
        raise output_file_error(output_file, missing)
    refused = export_refusal(target)
    if not target.is_file():
        if refused is not None:  # a link that leads nowhere, or a new file in a folder linked elsewhere
            raise output_file_error(output_file, refused)
        if not os.path.lexists(target) and target.name.rstrip(" .").lower() in ("cxkit.toml", "pyproject.toml"):
            # A new `cxkit.toml` would be the config of its folder, read (and failed on) by the next run; a
            # new `report.yml` is no document a scan reads, and stays a report's name as before.
            from .discovery import display_path

            folder = display_path(str(target.parent)) if str(target.parent) not in ("", ".") else "this folder"
            raise output_file_error(output_file, f"that name is a cxkit config's: the next run would read the "
                                    f"report as the config of {folder}; give another file name")
        return
    from .discovery import display_path

    real = Path(os.path.realpath(target))
    if any(p.suffix.lower() in (".yaml", ".yml", ".toml") for p in (target, real)):
        # `-o personas/ola.yaml` (a slip for another option) would replace a document or a config with the report.
        rel = os.path.relpath(real)
        leads = "" if real.suffix.lower() == target.suffix.lower() else \
            f" (a link to {display_path(str(real) if rel.startswith(os.pardir) else rel)})"
        raise output_file_error(output_file, f"the file is YAML or TOML{leads} (a document or a config?), which the "
                                 "report would replace; give another file name, or delete it first")
    for path in named:
        try:
            same = path != "-" and os.path.samefile(path, real)
        except OSError:
            continue
        if same:
            raise output_file_error(output_file, "that is a file being linted, which the report would replace; "
                                     "give another file name")
    if refused is not None:  # after the YAML and linted-file checks, whose words say more of such a link
        raise output_file_error(output_file, refused)
    reason = None if force else not_a_report(target, fmt)
    if reason is not None:
        raise output_file_error(output_file, f"the file {reason}, which the report would replace; give another "
                                 "file name, or add --force to replace it")


def write_report(output_file: str, text: str, runner_commands: bool = False) -> None:
    """Write the report atomically (the old file or the new one, never half of it); a failure is exit 2.
    ``runner_commands``: the report is GitHub's workflow commands (`-f github`), meant for the job's log."""
    from pathlib import Path

    from .fsutil import write_atomic

    try:
        write_atomic(output_file, text, descriptors=True, runner_commands=runner_commands)
    except OSError as exc:
        raise output_file_error(output_file, missing_folder(Path(output_file)) or exc.strerror or exc) from None
