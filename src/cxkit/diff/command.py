"""The `cxkit diff` and `cxkit review` commands: arguments in, a report and an exit code out.

Only typer and the standard library are imported here; the work is imported
inside the commands so `cxkit --help` stays fast.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperCommand

from ..cliutil import EXIT_ERROR as EXIT_TROUBLE, EXIT_FINDINGS as EXIT_DIFFERENT, EXIT_OK as EXIT_SAME
from ..cliutil import FailLevel as ReviewFailLevel, config_option, refuse_closed_stdout, split_names, write_export


class DiffFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    md = "md"  # markdown by its file extension, as `cxkit render -f md` takes it
    html = "html"  # one self-contained page, to send as a link or an attachment


class ReviewFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    md = "md"  # markdown, as for `cxkit render`
    json = "json"
    html = "html"  # one self-contained page, as `cxkit diff -f html`


#: Where DiffCommand leaves how many arguments came after ``--`` (ctx.meta is shared down the chain).
AFTER_DASHES = "cxkit.diff.after_dashes"


class DiffCommand(TyperCommand):
    """`cxkit diff` as a click command that remembers where ``--`` was.

    click drops ``--`` and hands every positional argument over as one list, so
    ``diff HEAD -- feature`` could not be told from ``diff HEAD feature``: the
    number of arguments after it is kept in ``ctx.meta`` for the command (0 for
    ``diff klient --``, where the key being there says that ``--`` was typed).
    Register the command with ``app.command("diff", cls=DiffCommand)``.
    """

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        if "--" in args:
            ctx.meta[AFTER_DASHES] = len(args) - args.index("--") - 1
        return super().parse_args(ctx, args)


def _excluded(values: Optional[list[str]]) -> tuple[str, ...]:
    """--exclude's keys and globs; `-x "$UNSET"` is a usage error, not a diff of everything, and so
    is a malformed glob (`stages[purchase`), which would leave nothing out."""
    patterns = split_names(values, "--exclude", "one or more keys or path globs (comma-separated, e.g. reviewed,x-*)")
    from .compare import malformed_exclude

    for pattern in patterns:
        wrong = malformed_exclude(pattern)
        if wrong is not None:
            from ..workspace import UsageError

            raise UsageError(
                f"--exclude '{pattern}' is not a key or a path glob: {wrong}; write a key name (reviewed, x-*) "
                "or a path as cxkit diff shows it, `*` for one key or id (stages[zakup].emotion, stages[*].metrics)"
            )
    return patterns


def _note_unmatched(options: object, pl: bool = False) -> None:
    """A note on stderr for each --exclude pattern that left nothing out on either side (a
    misspelt key: `stgaes`), with the key or path it is closest to.  ``pl``: in Polish, for a workspace
    whose config says `lang = "pl"` (the patterns, keys and paths as they are written)."""
    from .compare import Options

    assert isinstance(options, Options)
    for pattern, near in options.use.unmatched(options.exclude):
        if pl:
            hint = f"; czy chodziło o „{near}”?" if near else ""
            sys.stderr.write(f"cxkit: uwaga: --exclude „{pattern}” nie pasuje do niczego po żadnej ze stron, więc niczego "
                             f"nie pominięto{hint}\n")
            continue
        hint = f"; did you mean '{near}'?" if near else ""
        sys.stderr.write(f"cxkit: note: --exclude '{pattern}' matched nothing on either side, so it left nothing out{hint}\n")
    # A journey too long for stages that swapped their ids to be looked for: said, not silently paired by id.
    for unweighed in options.unweighed:
        sys.stderr.write(f"cxkit: uwaga: {unweighed.note(pl=True)}\n" if pl else f"cxkit: note: {unweighed.note()}\n")


def _after_dashes(ctx: typer.Context | None) -> int:
    """How many of the positional arguments came after ``--`` (0 when unknown)."""
    value = ctx.meta.get(AFTER_DASHES, 0) if ctx is not None else 0
    return value if isinstance(value, int) else 0


def _driver_color() -> bool | None:
    """Colour as git colours its own diff here (None: let the terminal decide).

    git hands an external diff no ``--color`` option, so its settings are read as git reads
    them: ``color.diff`` (or its old name ``diff.color``), else ``color.ui`` — ``never``,
    ``always``, ``auto``, or a boolean as git spells one (``true``, ``off``, ``0``...) — also
    given as ``git -c``; ``auto`` colours a terminal, and git's pager unless ``color.pager``
    (``pager.color``) is false, never a dumb terminal (``TERM`` unset or ``dumb``). Its pager
    reads a pipe, so a TTY test alone would say no.
    """
    if os.environ.get("NO_COLOR"):
        return False
    settings = _git_color_settings()
    chosen = settings.get("diff", settings.get("ui", _AUTO))
    if chosen is not _AUTO:
        return chosen
    if os.environ.get("TERM", "dumb") == "dumb":
        return False
    if sys.stdout.isatty():
        return None
    if os.environ.get("GIT_PAGER_IN_USE") == "true":
        return settings.get("pager", True) is not False
    return False


_AUTO = "auto"
#: How long the git diff driver waits for `git config` to say how git colours its diff, in seconds.
_COLOUR_TIMEOUT = 10.0


def _git_bool(value: str) -> bool | None:
    """A boolean as git reads one (``yes``, ``off``, ``0``, ``00``, ``2``...), None for anything else."""
    word = value.strip().lower()
    if word in ("true", "yes", "on"):
        return True
    if word in ("false", "no", "off", ""):
        return False
    try:
        return int(word, 0 if word[:2] in ("0x", "0X") else 10) != 0
    except ValueError:
        return None


def _git_color_settings() -> dict[str, object]:
    """git's diff, ui and pager colour settings here: True, False or "auto" each, the last one set winning.

    Asked as cxkit asks git everything (:func:`cxkit.gitutil.run_git`): with its safe settings and environment,
    so that reading a setting runs nothing the repository's config names.  A git that does not answer within
    :data:`_COLOUR_TIMEOUT` seconds is stopped and nothing is read: colour is then the terminal's to decide, and
    the diff git asked for is still shown."""
    from ..discovery import GitTimeout
    from ..gitutil import git_env, run_git

    try:
        said = run_git(["config", "--get-regexp", r"^(color\.(diff|ui|pager)|diff\.color|pager\.color)$"],
                       cwd=os.curdir, env=git_env(optional_locks=False),
                       timeout=_COLOUR_TIMEOUT).stdout.decode("utf-8", "replace")
    except (OSError, GitTimeout):
        return {}
    settings: dict[str, object] = {}
    for line in said.splitlines():
        name, spaced, value = line.partition(" ")
        name = name.lower()
        if name in ("color.pager", "pager.color"):
            flag = _git_bool(value) if spaced else True  # a name without a value (`[color] pager`) is true
            if flag is not None:
                settings["pager"] = flag
            continue
        word = value.strip().lower() if spaced else "true"
        if word == "never":
            setting: object = False
        elif word == "always":
            setting = True
        elif word == "auto":
            setting = _AUTO
        else:
            flag = _git_bool(word)
            if flag is None:
                continue  # git would refuse it; nothing to follow
            setting = _AUTO if flag else False  # `true` means auto to git, not always
        settings["ui" if name == "color.ui" else "diff"] = setting
    return settings


def diff_command(
    ctx: typer.Context,
    args: Annotated[
        Optional[list[str]],
        typer.Argument(
            metavar="OLD NEW | REV [REV2] [-- PATHS...]",
            help="Two files or two folders; or a git revision (or a range, A..B, A...B, C^!), an optional second one (default: the working tree) and paths; or paths alone (the working tree against what is staged, as git diff).",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[DiffFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format: text, json, markdown (or md), or html (one self-contained page to send: a table of changes per document).")] = DiffFormat.text,
    ignore_order: Annotated[bool, typer.Option("--ignore-order", help="Do not report lists whose order changed.")] = False,
    exclude: Annotated[
        Optional[list[str]],
        typer.Option("--exclude", "-x", metavar="FIELD", help="Leave out a key anywhere (reviewed) or a path glob (stages[*].metrics); repeatable."),
    ] = None,
    cached: Annotated[
        bool,
        typer.Option(
            "--cached", "--staged",
            help="Compare what is staged (the index) with REV, HEAD by default, as git diff --cached.",
        ),
    ] = False,
    git_driver: Annotated[
        bool,
        typer.Option("--git-driver", help="Run as git's external diff command (diff.<name>.command); always exits 0."),
    ] = False,
    config_text: Annotated[Optional[str], typer.Option("--config", metavar="FILE", help="Use this config file instead of discovery.")] = None,
    stat: Annotated[
        bool,
        typer.Option("--stat", help="Only one line per document that differs, its changes counted, and the summary line (text only)."),
    ] = False,
    output_file: Annotated[Optional[str], typer.Option("--output-file", "-o", metavar="FILE", help="Write the diff to FILE, atomically, instead of stdout; the exit code is the same, and on exit 2 no file is written (or replaced). Never through a symbolic link; an existing file that is not a previous diff of this format takes --force.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Let -o replace a file that is not a previous diff of this format (notes, another format's diff); never a YAML or TOML file, a file compared, or a link.")] = False,
) -> None:
    """Show what changed in meaning between two versions of personas and journeys.

    Documents are matched by `id` (a renamed file is a move, not a deletion and
    an addition), then by file, then by content (an id renamed with its file is
    one document), list items by `id`, then `name`, then similarity; a reordered
    list is one "moved" entry.  --cached [REV] compares what is staged with REV
    (default HEAD); no revision, or paths alone, compares the working tree
    with what is staged, as git diff.  A file one side cannot read is listed as not compared.
    Exit codes: 0 no differences, 1 differences or a file not compared, 2
    trouble (a missing file, a bad revision, nothing that could be compared).
    """
    config_path = config_option(config_text)  # as text: an empty --config= is refused by name
    from .compare import Options

    if output_format is DiffFormat.md:
        output_format = DiffFormat.markdown
    argv = list(args or [])
    options = Options(ignore_order=ignore_order, exclude=_excluded(exclude))
    if cached and git_driver:
        from ..workspace import UsageError

        raise _in_config_language(UsageError("--cached and --git-driver do not go together: git passes the driver the "
                                             "files to compare (`git diff --cached` runs it on what is staged)"),
                                  config_path, argv)
    if stat and output_format is not DiffFormat.text:
        from ..workspace import UsageError

        raise _in_config_language(UsageError(f"--stat is a text view; -f {output_format.value} has every change "
                                             "(in JSON each with its document's `kind`), to count as you need"),
                                  config_path, argv)
    if output_file == "-":  # the usual spelling of standard output, where the diff goes anyway
        output_file = None
    if output_file is not None and (git_driver or (not cached and _is_driver_call(argv))):
        from ..workspace import UsageError

        raise _in_config_language(UsageError("--output-file and --git-driver do not go together: git shows what its "
                                             "diff driver writes; run cxkit diff REV -o FILE instead"), config_path, argv)
    if output_file is not None:
        # As `cxkit review -o`: checked before anything runs, written whole at the end, never on exit 2.
        from ..workspace import UsageError

        try:
            _check_diff_output(output_file, argv, output_format, stat, force)
        except UsageError as exc:
            raise _in_config_language(exc, config_path, argv) from None
    if git_driver or (not cached and _is_driver_call(argv)):
        if stat:
            from ..workspace import UsageError

            raise _in_config_language(UsageError("--stat and --git-driver do not go together: git hands its diff driver "
                                                 "one file at a time; run cxkit diff REV --stat instead"), config_path, argv)
        if output_format is DiffFormat.html:
            from ..workspace import UsageError

            raise _in_config_language(UsageError("-f html makes one page of a whole diff, not one for each file git hands "
                                                 "its diff driver; run cxkit diff REV -f html > diff.html instead"),
                                      config_path, argv)
        config = _driver_config(config_path, argv)
        if config is not None:
            _team_labels(ctx, config.labels)
        _run_driver(argv, options, output_format, config.lang if config is not None else None)
        return
    if "" in argv:  # `cxkit diff main -- "$CHANGED"` with nothing in it: git's "" is every file, lint's is exit 2
        from ..discovery import EMPTY_PATH
        from ..workspace import UsageError

        raise UsageError(EMPTY_PATH)
    if output_file is None:
        refuse_closed_stdout("give --output-file FILE (or send it to a file: > diff.txt), or to /dev/null")
    from ..config import load_config
    from ..workspace import UsageError
    from .formats import diff_lang
    from .run import diff_from_args, usage_pl as _usage_pl
    from .workspaces import config_named

    config = load_config(config_path)
    from ..cliutil import RUN_IN_POLISH

    RUN_IN_POLISH.set(config.lang == "pl")  # git's timeout and the caches' warnings in the config's language, as lint's
    _team_labels(ctx, config.labels)
    try:
        with config_named(config_path is not None):
            outcome = diff_from_args(argv, options, config, after_dashes=min(_after_dashes(ctx), len(argv)),
                                     cached=cached, config_given=config_path is not None, dashes=AFTER_DASHES in ctx.meta)
    except UsageError as exc:
        # In the language of the workspace's config, as lint's usage errors (a form not known stays English).
        said = _usage_pl(str(exc)) if config.lang == "pl" else None
        if said is None:
            raise
        raise UsageError(said) from None
    if outcome.problems:
        from .formats import problem_said

        for problem in outcome.problems:  # in the workspace's language: there is no diff to take one from
            sys.stderr.write(f"{problem_said(problem, 'pl' if config.lang == 'pl' else 'en')}\n")
        raise typer.Exit(EXIT_TROUBLE)
    # Only a note with Polish words asks the diff's language (which reads the documents' words).
    polish = any(hasattr(note, "pl") for note in outcome.notes) and diff_lang(outcome.result) == "pl"
    for note in outcome.notes:
        # A note without Polish words keeps its English "note:" too: the line is in one language.
        said = getattr(note, "pl", None) if polish else None
        sys.stderr.write(f"cxkit: uwaga: {said}\n" if said is not None else f"cxkit: note: {note}\n")
    # Files one side could not read: located on stderr as lint shows them, and listed in the output
    # (on a terminal that shows both, the text's "Not compared" section alone: the same lines twice).
    if output_file is not None or not (output_format is DiffFormat.text and _one_terminal()):
        from .formats import findings_lang, problem_said

        said_in = findings_lang(outcome.result)  # the workspace's language, as `cxkit lint` says these lines
        for _side, _file, problems in outcome.result.not_compared:
            for problem in problems:
                sys.stderr.write(f"{problem_said(problem, said_in)}\n")
    _note_unmatched(options, config.lang == "pl")
    sys.stderr.flush()
    import io

    stream: Any = io.StringIO() if output_file is not None else sys.stdout
    if stat:
        _render_stat(outcome.result, stream)
    else:
        _render(outcome.result, output_format, stream)
    if output_file is not None:
        from ..cliutil import write_report

        write_report(output_file, stream.getvalue())
    raise typer.Exit(EXIT_DIFFERENT if outcome.result or outcome.result.not_compared else EXIT_SAME)


def _usage_error() -> type[Exception]:
    """cxkit's usage error, imported when a command catches it (a name the command imports too would be its local)."""
    from ..workspace import UsageError

    return UsageError


def _in_config_language(exc: Exception, config_path: object, near: list[str]) -> Exception:
    """A usage error met before the config is read (`-o FILE`, `--stat -f json`), in Polish when the config the run
    would read (``config_path``, else the one found from ``near``) says `lang = "pl"` and the form is one
    :func:`cxkit.diff.run.usage_pl` knows; else as it is."""
    from ..cliutil import speaks_polish
    from .run import usage_pl

    said = usage_pl(str(exc))
    if said is None or not speaks_polish(config_path, tuple(a for a in near[:1] if os.path.exists(a))):
        return exc
    return type(exc)(said)


def _check_diff_output(output_file: str, argv: list[str], output_format: DiffFormat, stat: bool, force: bool) -> None:
    """Refuse, before anything is compared, a diff's `-o FILE` that review's `-o` refuses (see
    :func:`cxkit.cliutil.check_output_file`): an empty name, a folder, a link, a YAML or TOML name (one not
    there yet too), a file compared (``argv``), and an existing file that is not a previous diff in this
    format (``--stat`` writes text) unless ``force``."""
    from ..cliutil import check_output_file, output_file_error

    if not os.path.lexists(output_file) and \
            os.path.splitext(output_file.rstrip(" ."))[1].lower() in (".yaml", ".yml", ".toml"):
        # A new `cxkit.toml` or `personas/x.yaml` would be a config or a document the next run reads (and fails on).
        raise output_file_error(output_file, "a YAML or TOML name (a document or a config?); diff writes text, "
                                "Markdown, JSON or HTML: give another file name")
    check_output_file(output_file, [a for a in argv if a != "--"], f"diff-{'text' if stat else output_format.value}",
                      force)


def _team_labels(ctx: typer.Context, labels: dict[str, dict[str, str]]) -> None:
    """Head the documents' fields in the team's own words (config's `[labels.<lang>]`), as render
    does, until this command ends."""
    from ..render.labels import use_team_labels

    ctx.call_on_close(use_team_labels(labels))


def _one_terminal() -> bool:
    """Whether standard output and standard error are one terminal (neither redirected)."""
    try:
        if not (sys.stdout.isatty() and sys.stderr.isatty()):
            return False
        out, err = os.fstat(sys.stdout.fileno()), os.fstat(sys.stderr.fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return (out.st_dev, out.st_ino, out.st_rdev) == (err.st_dev, err.st_ino, err.st_rdev)


def _is_driver_call(argv: list[str]) -> bool:
    from .run import looks_like_driver_call

    return looks_like_driver_call(argv)


def _render(result: object, output_format: DiffFormat, stream: Any = None, **text_options: object) -> None:
    """``result`` in ``output_format`` on ``stream`` (standard output by default)."""
    from .compare import labelled
    from .formats import diff_lang, markdown_lines, md_code, render_json, render_text, summary_line, write_markdown
    from .model import DiffResult
    from .run import uncompared_headline

    assert isinstance(result, DiffResult)
    out_stream = stream if stream is not None else sys.stdout
    # A change inside an item without an id (an opportunity, a touchpoint) names the item, not an index alone.
    result = labelled(result, as_json=output_format is DiffFormat.json)
    # Nothing differs in what was compared, but a file could not be: said first, not "No semantic differences."
    unread = [file for _side, file, _problems in result.not_compared] if not result else []
    if output_format is DiffFormat.json:  # an export: UTF-8 whatever the console's encoding
        write_export(out_stream, lambda out: render_json(result, out))
    elif output_format is DiffFormat.html:
        from .html import render_html

        write_export(out_stream, lambda out: render_html(result, out.write))
    elif output_format is DiffFormat.markdown:
        lines = markdown_lines(result)
        if unread:
            lines[lines.index(summary_line(result))] = uncompared_headline(unread, md_code, diff_lang(result))
        write_export(out_stream, lambda out: write_markdown(lines, out))
    elif unread:
        render_text(result, out_stream, header=uncompared_headline(unread, lang=diff_lang(result)), summary=False,
                    **text_options)  # type: ignore[arg-type]
    else:
        render_text(result, out_stream, **text_options)  # type: ignore[arg-type]


def _render_stat(result: object, stream: Any = None) -> None:
    """``--stat``: a line per document that differs and the summary line (see ``formats.stat_lines``), on ``stream``
    (standard output by default)."""
    from .formats import diff_lang, stat_lines
    from .model import DiffResult
    from .run import uncompared_headline

    assert isinstance(result, DiffResult)
    lines = stat_lines(result)
    if not result and result.not_compared:  # not "No semantic differences.", which the exit code denies
        lines[-1] = uncompared_headline([file for _side, file, _problems in result.not_compared], lang=diff_lang(result))
    (stream if stream is not None else sys.stdout).write("".join(line + "\n" for line in lines))


def _driver_note(note: object, output_format: DiffFormat) -> None:
    """A driver's note in the format asked for; Markdown and JSON in UTF-8, as every export."""
    from .formats import render_driver_note

    if output_format is DiffFormat.text:
        render_driver_note(note, sys.stdout, output_format.value)  # type: ignore[arg-type]
    else:
        write_export(sys.stdout, lambda out: render_driver_note(note, out, output_format.value))  # type: ignore[arg-type]


def _driver_config(config_path: object, argv: list[str]) -> Any:
    """The configuration a diff driver is under, found as `cxkit diff` finds it (git runs the driver
    at the top of the work tree; a workspace deeper down is found by the file's path), so that its
    `lang` and `[labels]` hold; None when there is none or it cannot be read (said on stderr: a
    driver that stopped would stop `git diff`)."""
    from ..config import ConfigError, load_config

    try:
        return load_config(config_path, near=argv[:1])  # type: ignore[arg-type]
    except ConfigError as exc:
        sys.stderr.write(f"cxkit: note: {exc}; the diff is shown without the configuration\n")
        return None


def _run_driver(argv: list[str], options: object, output_format: DiffFormat, lang: str | None = None) -> None:
    """git's external diff protocol; a non-zero exit would stop `git diff`, so trouble is shown, not returned.

    What cannot be compared as documents (an unmerged path, a symbolic link, a file that is
    not valid YAML, binary or too large) is shown in the format asked for too: text mixed into
    JSON would break the script reading it.
    """
    from ..workspace import UsageError, display_path
    from .formats import UNMERGED, DriverNote

    if len(argv) == 1:
        # git passes only the path of an unmerged file.
        path = display_path(argv[0])
        _driver_note(DriverNote(UNMERGED, path, path), output_format)
        raise typer.Exit(EXIT_SAME)
    if len(argv) not in (7, 9):
        # git always passes 7 or 9 (or the 1 above): another count is a person calling it, told so with exit 2.
        raise UsageError(
            f"--git-driver expects the 7 arguments git passes (path old-file old-hex old-mode new-file new-hex new-mode), got {len(argv)}"
        )
    try:
        _compare_for_git(argv, options, output_format, lang)
    except (typer.Exit, KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception as exc:  # noqa: BLE001 - a cxkit bug must not stop `git diff` at this file
        from ..cliutil import debug_on

        if debug_on():
            raise
        _show_driver_failure(argv, exc, output_format)
    raise typer.Exit(EXIT_SAME)


def _show_driver_failure(argv: list[str], exc: Exception, output_format: DiffFormat) -> None:
    """A note that cxkit failed on this file, with the line diff git would have shown; never raises."""
    from ..workspace import display_path
    from .formats import NOT_COMPARED, DriverNote
    from .sources import Problem

    path = display_path(argv[0])
    new_path = display_path(argv[7]) if len(argv) >= 8 else path
    texts = []
    for file in (argv[1], argv[4]):
        try:
            with open(file, "rb") as handle:
                texts.append(handle.read().decode("utf-8", "replace"))
        except OSError:
            texts.append("")
    problem = Problem(path, 1, 1, f"cxkit failed while comparing this file ({type(exc).__name__}: {exc}); "
                      "please report it (CXKIT_DEBUG=1 shows where)", "CX000", "internal-error")
    note = DriverNote(NOT_COMPARED, path, new_path, [problem], texts[0], texts[1],
                      binary=any("\x00" in t[:8000] for t in texts), **_modes(argv))
    sys.stdout.write("\n")  # after whatever was written before the failure
    _driver_note(note, output_format)


def _modes(argv: list[str]) -> dict[str, str | None]:
    """The old and new mode of git's 7 or 9 arguments (None for the side a file is missing on)."""
    from .formats import git_mode

    return {"old_mode": git_mode(argv[3]), "new_mode": git_mode(argv[6])} if len(argv) >= 7 else {}


def _compare_for_git(argv: list[str], options: object, output_format: DiffFormat, lang: str | None = None) -> None:
    """The semantic diff of the two files git passed, or a note saying why there is none.

    A file added, deleted or whose mode changed says so under the header, in git's words
    (``new file mode 100644``): the semantic diff alone cannot tell a mode change from nothing.
    """
    from .formats import (
        LINK,
        NOT_COMPARED,
        DriverNote,
        file_status_lines,
        file_status_sentence,
    )
    from .run import diff_for_git

    call = diff_for_git(argv, options)  # type: ignore[arg-type]
    outcome = call.outcome
    assert outcome is not None
    outcome.result.lang = lang  # the configuration's, as `cxkit diff` gives it (see diff_from_args)
    modes = _modes(argv)
    if call.link or outcome.problems:
        note = DriverNote(
            LINK if call.link else NOT_COMPARED, call.path, call.new_path, list(outcome.problems),
            call.old_text, call.new_text, binary=call.binary, too_large=call.too_large, unreadable=call.unreadable,
            **modes,
        )
        _driver_note(note, output_format)
        return
    if output_format is DiffFormat.text:
        from .formats import render_text

        from .compare import labelled

        color = _driver_color()
        header = "\n".join([f"cxkit diff a/{call.path} b/{call.new_path}", *file_status_lines(**modes)])
        render_text(labelled(outcome.result), sys.stdout, color=color, header=header, summary=not outcome.result)
    elif output_format is DiffFormat.markdown:
        from .compare import labelled
        from .formats import markdown_lines, md_code, write_markdown

        lines = markdown_lines(labelled(outcome.result))  # a heading, a blank line, then the diff
        status = file_status_sentence(modes.get("old_mode"), modes.get("new_mode"), md_code)
        if status:
            lines[2:2] = [status, ""]
        write_export(sys.stdout, lambda out: write_markdown(lines, out))
    else:
        # A diff is an array of changes, as `cxkit diff -f json` writes it: an added or deleted file
        # is an added or removed document there; a mode is no change in meaning.
        _render(outcome.result, output_format)


def review_command(
    ctx: typer.Context,
    base: Annotated[str, typer.Argument(help="The git revision the change is based on, e.g. origin/main.", show_default=False)],
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files or folders (default: configured paths, else .).")] = None,
    fail_level: Annotated[
        Optional[ReviewFailLevel],
        typer.Option("--fail-level", case_sensitive=False, help="Exit 1 when the change introduces findings at or above this severity, or a document BASE could not read or check has such findings the baseline does not record [default: fail-level in the config, else warning; BASE's config's when stricter: a change does not loosen its own gate]."),
    ] = None,
    output_format: Annotated[Optional[ReviewFormat], typer.Option("--format", "-f", case_sensitive=False, show_default=False, help="Output format: text (one finding a line, its location first, as cxkit lint writes it), markdown (or md) for a pull-request comment, json, or html (one self-contained page to send) [default: text on a terminal, else markdown].")] = None,
    ignore_order: Annotated[bool, typer.Option("--ignore-order", help="Do not report lists whose order changed.")] = False,
    exclude: Annotated[
        Optional[list[str]],
        typer.Option("--exclude", "-x", metavar="FIELD", help="Leave a key or path glob out of the changes; repeatable."),
    ] = None,
    config_text: Annotated[Optional[str], typer.Option("--config", metavar="FILE", help="Use this config file instead of discovery.")] = None,
    fail_on_suppressed: Annotated[
        bool,
        typer.Option("--fail-on-suppressed", help="Exit 1 also when the change silences findings at or above the fail level (a `# cxkit: disable` comment, a setting, a config it adds): for CI on pull requests from others."),
    ] = False,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=0, metavar="N", help="Worker processes for linting both sides, as lint's --jobs [default (and 0): every core, or as many as a CPU quota allows].")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the lint cache (a file BASE has unchanged is still checked once).")] = False,
    allow_shallow: Annotated[bool, typer.Option("--allow-shallow", help="In a shallow clone (or a history cut by `git replace --graft`, or an orphan branch) that lacks the commit where the branch left BASE, compare with BASE as it is now (what BASE gained since shows as undone), instead of stopping with exit 2.")] = False,
    output_file: Annotated[Optional[str], typer.Option("--output-file", "-o", metavar="FILE", help="Write the report to FILE, atomically, instead of stdout; the exit code is the same, and on exit 2 no file is written (or replaced). Markdown unless --format is given. Never through a symbolic link; an existing file that is not a previous review report of this format takes --force.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Let -o replace a file that is not a previous review report of this format (notes, another format's report); never a YAML or TOML file, a file reviewed, or a link.")] = False,
) -> None:
    """Report a change for a pull request: what changed since BASE, and findings introduced, fixed and suppressed.

    Lint runs on BASE (a revision, or a range ending at HEAD: main...HEAD) and
    on the working tree, each with its own config.  A BASE that has moved on
    since the branch left it is read from there (main is main...); main..
    compares with it as it is now.  Findings are matched by
    rule and place in the document (document id and data path), not by line
    number.  Findings the change silences are listed as suppressed, not fixed.
    Exit codes: 0 nothing introduced at the fail level, 1 findings
    introduced, 2 trouble.
    """
    config_path = config_option(config_text)  # as text: an empty --config= is refused by name
    if "" in (paths or ()):  # as `cxkit lint ""`: not the whole workspace (git takes "" for every file)
        from ..discovery import EMPTY_PATH
        from ..workspace import UsageError

        raise UsageError(EMPTY_PATH)
    if output_file == "-":  # the usual spelling of standard output, where the report goes anyway
        output_file = None
    if output_file is None:
        refuse_closed_stdout("give --output-file FILE, or send it to /dev/null")
    else:
        # As `cxkit lint -o`: checked before anything runs, written whole at the end, never on exit 2.
        from ..cliutil import check_output_file as _check_output_file, output_file_error as _output_file_error

        if not os.path.lexists(output_file) and \
                os.path.splitext(output_file.rstrip(" ."))[1].lower() in (".yaml", ".yml", ".toml"):
            # One there is refused below; a new `cxkit.toml` or `personas/x.yaml` would be a config or a document
            # the next run reads (and fails on); no format of review's is YAML or TOML.
            raise _in_config_language(_output_file_error(output_file, "a YAML or TOML name (a document or a config?); "
                                                         "review writes Markdown, JSON, HTML or text: give another file "
                                                         "name"), config_path, list(paths or ()))

        if output_format is None or output_format is ReviewFormat.md:
            output_format = ReviewFormat.markdown  # a file gets the comment, as a pipe does
        from ..workspace import UsageError

        try:
            _check_output_file(output_file, list(paths or ()), f"review-{output_format.value}", force)
        except UsageError as exc:
            raise _in_config_language(exc, config_path, list(paths or ())) from None
    from ..config import default_targets, load_config
    from .compare import Options
    from .review import render_review_json, render_review_markdown, run_review
    from .run import review_base
    from .workspaces import config_named

    # As `cxkit lint` finds it: paths that all lie under one deeper config (`review main zoo` from the top) are its.
    config = load_config(config_path, near=paths or ())
    from ..cliutil import RUN_IN_POLISH

    RUN_IN_POLISH.set(config.lang == "pl")  # git's timeout and the lint cache's warnings in the config's language
    _team_labels(ctx, config.labels)
    targets = list(paths or []) or default_targets(config, given=config_path is not None)
    # `--config CLIENT/cxkit.toml` without paths checks CLIENT/ on both sides, as lint does.
    folder = not paths and config_path is not None and not config.paths and targets != ["."]
    level = (fail_level.value if fail_level else None) or config.fail_level
    # `main...HEAD` and `main..` are BASE ranges that end at the working tree's commit: `main...`, `main`.
    options = Options(ignore_order=ignore_order, exclude=_excluded(exclude))
    try:
        with config_named(config_path is not None):
            base = review_base(base, targets, config, allow_shallow=allow_shallow)
            report = run_review(base, targets, config, options, level, named=bool(paths) or folder,
                                configured_level=fail_level is None, jobs=jobs or None, cache=not no_cache)
    except _usage_error() as exc:
        # In the language of the workspace's config, as diff's (a form `usage_pl` does not know stays English).
        from ..workspace import UsageError as _UsageError
        from .run import usage_pl

        said = usage_pl(str(exc)) if config.lang == "pl" else None
        if said is None:
            raise
        raise _UsageError(said) from None
    report.fail_on_suppressed = fail_on_suppressed
    _note_unmatched(options, config.lang == "pl")
    for note in report.config_notes:  # as `cxkit lint` says them, each in its config's language
        sys.stderr.write(f"cxkit: {getattr(note, 'lead', 'note')}: {note}\n")
    from .formats import diff_lang

    for note in report.checkout_notes:  # a submodule not read: in the review's language, as in the comment
        sys.stderr.write(f"cxkit: {'uwaga' if diff_lang(report.diff) == 'pl' else 'note'}: {note}\n")
    sys.stderr.flush()
    # An export: UTF-8 whatever the console's encoding (`cxkit review main > review.md` on Windows).
    if output_format is None:
        # A person at a terminal reads text (a screen reader would read every "|" and backtick of
        # the Markdown tables); a pipe or a file (`> review.md`, a CI step) gets the comment.
        from ..colour import isatty

        output_format = ReviewFormat.text if isatty(sys.stdout) else ReviewFormat.markdown
    import io

    stream: Any = io.StringIO() if output_file is not None else sys.stdout
    if output_format is ReviewFormat.json:
        write_export(stream, lambda out: render_review_json(report, out))
    elif output_format is ReviewFormat.html:
        from .review_html import render_review_html

        write_export(stream, lambda out: render_review_html(report, out.write))
    elif output_format is ReviewFormat.text:
        from .review_text import render_review_text

        render_review_text(report, stream)
    else:
        write_export(stream, lambda out: render_review_markdown(report, out))
    if output_file is not None:
        from ..cliutil import write_report as _write_report

        _write_report(output_file, stream.getvalue())
    raise typer.Exit(EXIT_DIFFERENT if report.failed else EXIT_SAME)
