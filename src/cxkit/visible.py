"""Text from a document made safe to print: control characters shown, never obeyed.

A double-quoted YAML value can hold any character ("\\e[2J", "\\e]0;title\\a"),
and a persona file arrives in a pull request: printed as it is, it could clear
or retitle a reviewer's terminal or reorder what they read (U+202E).  Every
command that shows document text passes it through :func:`visible`.
"""

from __future__ import annotations

import os
import re
from typing import Any

from .cliutil import runner_in_environment

# Characters that show nothing: a zero-width space, a word joiner, a BOM inside text, and a zero-width
# (non-)joiner beside a Latin letter, a digit or an edge, where it joins nothing (`Ola\u200dNowak` would
# read as another persona's `OlaNowak`).  Between two other characters (an emoji family, a Persian or
# Indic word) a joiner does its work and is kept.
_INVISIBLE = "\u200b\u2060\ufeff\u200c\u200d"


def _kept_joiner(m: re.Match[str]) -> bool:
    """Whether the match is a zero-width (non-)joiner between two characters past Latin (kept)."""
    if m.group() not in "\u200c\u200d":
        return False
    text, at = m.string, m.start()
    return 0 < at < len(text) - 1 and text[at - 1] > "\u024f" and text[at + 1] > "\u024f"


# C0 controls but tab and line feed, DEL, C1 controls but U+0085 (a line break its author
# meant, shown as one), the bidirectional overrides and isolates, and the invisible characters above.
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069{_INVISIBLE}]")


def _escape(m: re.Match[str]) -> str:
    if _kept_joiner(m):
        return m.group()
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\u202e``)."""
    return _CONTROL.sub(_escape, text) if _CONTROL.search(text) else text


# What :func:`visible` escapes, and the line breaks as the YAML and Unicode standards count
# them (LF, CR, NEL, LS, PS): one pass for a message that must stay on one line.
_CONTROL_OR_BREAK = re.compile(f"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069{_INVISIBLE}]")


def _escape_in_line(m: re.Match[str]) -> str:
    char = m.group()
    return "\\n" if char == "\n" else "\\r" if char == "\r" else _escape(m)


def visible_line(text: str) -> str:
    """``text`` as :func:`visible` shows it, on one line: a line break is written as ``\\n`` (``\\r``, ``\\u2028``).

    A finding is one line (`path:line:col: …`) that editors, CI annotations
    and grep read line by line; a message quoting a multi-line value must not
    spill a second line that looks like something else.
    """
    return _CONTROL_OR_BREAK.sub(_escape_in_line, text) if _CONTROL_OR_BREAK.search(text) else text


# A file name or a path is shown on one line (`path:line:col: …`): its line breaks are shown
# too, and so are U+0085 and U+2028/2029, which some terminals and editors break lines at.  A tab
# stays: it moves nothing to another line.  Where a backslash is no separator (POSIX), a name may
# hold one, and a typed "\x1b" must not look like an escaped ESC: a backslash is shown doubled,
# so every shown name stands for one name, which :func:`raw_name` gives back.
_NAME_ESCAPED = re.compile(
    ("[\\\\" if os.sep == "/" else "[") + f"\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069{_INVISIBLE}]"
)
_NAME_ESCAPE = re.compile(r"\\(?:\\|x[0-9a-f]{2}|u[0-9a-f]{4})")


def _escape_name(m: re.Match[str]) -> str:
    return "\\\\" if m.group() == "\\" else _escape(m)


def visible_name(text: str) -> str:
    """A name or path with every control character and line break written as an escape.

    On POSIX a backslash is doubled too, so :func:`raw_name` gives the name back.
    """
    return _NAME_ESCAPED.sub(_escape_name, text) if _NAME_ESCAPED.search(text) else text


def _unescape_name(m: re.Match[str]) -> str:
    code = m.group()
    return "\\" if code == "\\\\" else chr(int(code[2:], 16))


_WINDOWS_ESCAPE = re.compile(r"\\(?:x[0-9a-f]{2}|u[0-9a-f]{4})")


def raw_name(shown: str) -> str:
    """The name or path :func:`visible_name` showed as ``shown``: what JSON and SARIF must name.

    On Windows a backslash is a separator, shown as "/", and no name holds one: a backslash
    in a shown name only opens an escape.  Names there hold no C0 control, but may hold C1
    controls, U+2028/2029 and bidirectional overrides, which are shown escaped.
    """
    if "\\" not in shown:
        return shown
    if os.sep != "/":
        return _WINDOWS_ESCAPE.sub(_unescape_name, shown)
    return _NAME_ESCAPE.sub(_unescape_name, shown)


def name_shows_as_is(text: str) -> bool:
    """Whether a real name holds no character :func:`visible_name` escapes but a backslash."""
    return all(_kept_joiner(m) for m in _NAME_ESCAPED.finditer(text.replace("\\", "")))


# A CI runner reads its job's log line by line, and some lines as commands to it: GitHub Actions a
# line that begins with "::" after white space (`::error::…`, `::add-mask::…`, `::stop-commands::…`,
# which silences every later annotation of the job), and a line that holds "##[" anywhere (the older
# form, `##[error]…`), as Azure Pipelines does "##vso[" and TeamCity "##teamcity[".  A value that a
# pull request put in a document must not become one when a command prints it: the first colon of
# such a line, and the second "#", are written as escapes (`\x3a:error::…`, `#\x23[error]`).
# A colour code (ESC [ … m) before the colons does not hide them from a reader that drops it.
_WORKFLOW_COMMAND = re.compile(
    r"(?:^|(?<=[\n\r]))((?:[^\S\n\r]|\x1b\[[0-9;]*m)*):(?=:)|(?<=#)#(?=(?:vso|teamcity)?\[)", re.IGNORECASE
)
_MAY_COMMAND = re.compile(r"::|##(?:vso|teamcity)?\[", re.IGNORECASE)


def _command_escaped(m: re.Match[str]) -> str:
    lead = m.group(1)
    return "\\x23" if lead is None else lead + "\\x3a"


def no_workflow_commands(text: str) -> str:
    """``text`` (output of one or more whole lines, for a terminal or a CI log) with no line a CI
    runner reads as a command: see above.  Ordinary text comes back as it is."""
    return _WORKFLOW_COMMAND.sub(_command_escaped, text) if _MAY_COMMAND.search(text) else text


class NoWorkflowCommands:
    """A text stream that writes whole lines to ``stream`` through :func:`no_workflow_commands`.

    Output laid out by rich (wrapped lines, hanging indents) is checked as it finally reads.
    A line not yet ended is held until it is, or until :meth:`finish`.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._held = ""

    def write(self, text: str) -> int:
        whole = self._held + text
        end = max(whole.rfind("\n"), whole.rfind("\r")) + 1
        self._held = whole[end:]
        if end:
            self._stream.write(no_workflow_commands(whole[:end]))
        return len(text)

    def finish(self) -> None:
        """Write what is held (a last line without a line break)."""
        if self._held:
            self._stream.write(no_workflow_commands(self._held))
            self._held = ""

    def writelines(self, lines: Any) -> None:
        """Each of ``lines`` through :meth:`write` (the stream's own would pass them by, out of turn)."""
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding, flush: the stream's own
        return getattr(self._stream, name)


# The end of a line not yet ended that a later write could turn into a command: spaces (and colour
# codes) with one colon, or a "#" run that a "[" (or "vso[", "teamcity[") would complete.
_MAY_GO_ON = re.compile(
    r"(?:^(?:[^\S\n\r]|\x1b\[[0-9;]*m)*:?|##?(?:v(?:so?)?|t(?:e(?:a(?:m(?:c(?:i(?:ty?)?)?)?)?)?)?)?|\x1b[\[0-9;]*)$",
    re.IGNORECASE,
)


class NoWorkflowCommandsLog(NoWorkflowCommands):
    """:class:`NoWorkflowCommands` for a stream that is also written to as it goes (standard error:
    a prompt, a progress line): a flush writes the line not yet ended, but for an end that a later
    write could still make a command of, and a later write goes on with that line."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._going_on = False  # a part of the current line is written: its start is no line start

    def write(self, text: str) -> int:
        whole = self._held + text
        end = max(whole.rfind("\n"), whole.rfind("\r")) + 1
        self._held = whole[end:]
        if end:
            self._put(whole[:end])
            self._going_on = False
        return len(text)

    def _put(self, text: str) -> None:
        if self._going_on:  # "x" written, then "::y": that line begins with "x"
            text = "x" + text
            self._stream.write(no_workflow_commands(text)[1:])
        else:
            self._stream.write(no_workflow_commands(text))

    def flush(self) -> None:
        keep = _MAY_GO_ON.search(self._held)
        cut = keep.start() if keep is not None else len(self._held)
        if cut:
            self._put(self._held[:cut])
            self._going_on = True
            self._held = self._held[cut:]
        self._stream.flush()

    def finish(self) -> None:
        if self._held:
            self._put(self._held)
            self._held, self._going_on = "", False


def may_be_ci_log(stream: Any) -> bool:
    """Whether ``stream`` may be a CI runner's log: the process runs in a job of a runner that reads
    commands in what it prints, and ``stream`` is not a regular file (`> report.md` is not the log)."""
    if not runner_in_environment():
        return False
    import stat

    try:
        return not stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (AttributeError, ValueError, OSError):  # a stream without a descriptor (a test's capture)
        return True


def guard_ci_log(stream: Any) -> Any:
    """``stream`` (standard error) as cxkit writes to it: through :class:`NoWorkflowCommandsLog` when
    it may be a CI runner's log (:func:`may_be_ci_log`, as standard output is checked), else as it is.

    Warnings, notes and errors quote names, paths, ids and values of the documents and configs a pull
    request brings; none of them must reach the log as a runner's command."""
    if stream is None or isinstance(stream, NoWorkflowCommands) or not may_be_ci_log(stream):
        return stream
    return NoWorkflowCommandsLog(stream)


def has_controls(text: str) -> bool:
    return any(not _kept_joiner(m) for m in _CONTROL.finditer(text))


def visible_data(value: object) -> object:
    """Strings anywhere in parsed YAML data (keys too) made :func:`visible`."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, dict):
        return {visible_data(k): visible_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [visible_data(v) for v in value]
    return value


# What JSON text writes as escapes beyond json.dumps's C0: the other controls, and the line
# breaks a terminal (NEL) or an older JSON reader (U+2028, U+2029 end a JavaScript string) acts on.
_JSON_ESCAPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


#: The bytes of a file name that the file system's encoding did not decode, as Python holds them
#: (``surrogateescape``: byte 0xb3 is U+DCB3).
_UNDECODED = re.compile("[\udc80-\udcff]+")


def mend_names(text: str) -> str:
    """``text`` with each file name's undecoded bytes that are UTF-8 as the letters they spell.

    Where Python's file system encoding is not UTF-8 (a C locale without UTF-8 mode, a legacy
    ISO-8859-2 box), `zespół` reaches Python as `zesp\\udcc3\\udcb3\\udcc5\\udc82`, and git, GitHub
    and every UTF-8 reader know the file as `zespół`.  Bytes that are no UTF-8 (`Pawe\\xb3` from a
    Windows archive) stay lone surrogates, for the writer to show as `\\udcb3`.
    """
    if not _UNDECODED.search(text):
        return text
    return _UNDECODED.sub(lambda m: m.group().encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape"), text)


def json_visible(dumped: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``, which escapes only C0) with the
    other control characters and line breaks as JSON escapes too; they can only occur inside its strings.

    A file name's bytes that are UTF-8 are its letters (:func:`mend_names`); a byte that is no UTF-8
    stays the escape ``\\udcb3``, which a reader turns back into the file's name (Python's
    ``os.fsencode(json.loads(...)["path"])``).
    """
    dumped = mend_names(dumped)
    if _MAY_COMMAND.search(dumped):
        # "##[" can only be inside a string: "[" as its escape keeps the value and no CI log reads a command.
        dumped = _JSON_COMMAND.sub(lambda m: m.group()[:-1] + "\\u005b", dumped)
    return _JSON_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped) if _JSON_ESCAPED.search(dumped) else dumped


_JSON_COMMAND = re.compile(r"##(?:vso|teamcity)?\[", re.IGNORECASE)
