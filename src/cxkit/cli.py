"""The `cxkit` command line: arguments in, one call out, an exit code back.

Exit codes: 0 clean, 1 findings or differences, 2 usage, configuration or
internal error.  Heavy modules are imported inside the commands that use them,
so `cxkit --version` and `--help` stay fast.
"""

# No `from __future__ import annotations` here: typer would evaluate every string
# annotation four times each time it builds the commands, i.e. on every run.
import contextlib
import functools
import inspect
import io
import os
import signal
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import typer
from typer.core import TyperCommand, TyperGroup

from . import __version__
from .cliutil import CLOSED_AT_START, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, DocKind, FailLevel, note_txt_files, progress_bar
from .cliutil import debug_on as _debug_on, error as _error
from .cliutil import STDIN_NAME, config_option, missing_folder, read_stdin_document, shell_word, split_names, stdin_document
from .cliutil import console_fallback, runner_in_environment
from .cliutil import check_output_file as _check_output_file, output_file_error as _output_file_error
from .cliutil import write_report as _write_report
from .cliutil import FILES_FROM_HELP, excluded_warning, refuse_all_excluded, refuse_closed_stdout, yaml_globs
from .cliutil import speaks_polish as _speaks_polish


def _absent_flag_reads_false(option: Any) -> Any:
    # typer coerces a None flag through a pydantic validator it builds on first use,
    # so `cxkit lint --help` would import pydantic only to pass an absent -h through.
    if option is not None and option.default is None:
        option.default = False
    return option


def _help_on_stdout(option: Any) -> Any:
    # click's help option writes to "click's stdout", which for an ASCII stream (`PYTHONIOENCODING=ascii`,
    # `LANG=C`) is a UTF-8 stream click makes over the same bytes: raw UTF-8 (`→`) where the console
    # reads ASCII, past the console fallback every other command's text goes through. The help goes to
    # standard output as it is, so `→` reads `->` there too, as on cp1250 and cp852.
    if option is not None and getattr(option.callback, "__name__", "") != "_show_help":
        option.callback = _show_help
    return option


def _show_help(ctx: Any, param: Any, value: Any) -> None:
    if not value or ctx.resilient_parsing:
        return
    typer.echo(ctx.get_help(), file=sys.stdout, color=ctx.color)
    ctx.exit()


def _exception_class(name: str) -> type[BaseException]:
    """click's exception class ``name`` (typer ships its own copy of click in newer releases)."""
    return next(c for c in typer.BadParameter.__mro__ if c.__name__ == name)


class HelpContext(TyperCommand.context_class):  # type: ignore[misc,name-defined]
    """A context whose help is laid out by :class:`helpformat.HelpFormatter` (for the terminal's width,
    descriptions under their options when narrow), imported when help is shown: `--version` loads no
    more than it did."""

    def make_formatter(self) -> Any:
        from .helpformat import HelpFormatter

        return HelpFormatter(width=self.terminal_width, max_width=self.max_content_width)


class Group(TyperGroup):
    """A typer command group whose help flag reads False, not None, when it is not given,
    and whose usage errors are one line, as every other error cxkit reports."""

    context_class = HelpContext  # --help for the terminal's width, descriptions under their options when narrow

    def get_help_option(self, ctx: Any) -> Any:
        return _help_on_stdout(_absent_flag_reads_false(super().get_help_option(ctx)))

    def main(self, *args: Any, **kwargs: Any) -> Any:
        # Text on a console that is not UTF-8 (cp852, cp1250): cxkit's punctuation in ASCII, any other
        # missing character `?` and named once on stderr, never a Python escape (cliutil.console_fallback).
        # Here, for every command and its help alike, and for every caller of `app()`.
        restore = console_fallback()
        try:
            return self._guarded_main(*args, **kwargs)
        finally:
            restore()

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        # Each command's whole summary (its help's first sentence), wrapped onto a second line where it
        # is long: Click cut it to what fits one line, two words at 40 columns ("Check personas,...").
        rows = [(name, cmd.get_short_help_str(10_000)) for name in self.list_commands(ctx)
                if (cmd := self.get_command(ctx, name)) is not None and not cmd.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def _guarded_main(self, *args: Any, **kwargs: Any) -> Any:
        # What cxkit writes on stderr quotes names and values a pull request brings: in a CI job's log
        # none of it may read as a runner's command (visible.guard_ci_log).  Here, so that it holds for
        # every caller of `app()` (the `cxkit` command, typer's CliRunner, a script that embeds cxkit),
        # and asked of the environment first: `--version` outside CI loads no more than it did.
        if not runner_in_environment():
            return self._main(*args, **kwargs)
        from .visible import guard_ci_log

        before = sys.stderr
        guarded = guard_ci_log(before)
        if guarded is before:  # guarded already (the `cxkit` command), or a regular file (`2> err.log`)
            return self._main(*args, **kwargs)
        sys.stderr = guarded
        try:
            return self._main(*args, **kwargs)
        finally:
            with contextlib.suppress(ValueError, OSError):
                guarded.finish()  # a last line without a line break
                guarded.flush()
            if sys.stderr is guarded:
                sys.stderr = before

    def _main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        # click prints a usage error as three lines ("Usage: …", "Try …", "Error: …"); the README
        # promises one line starting with `cxkit:`, which CI logs and editors can match.
        try:
            status = super().main(*args, standalone_mode=False, **kwargs)
        except _exception_class("ClickException") as exc:
            ctx = getattr(exc, "ctx", None)
            if type(exc).__name__ == "NoArgsIsHelpError":  # `cxkit` alone: the help is the answer
                exc.show(file=sys.stderr)  # the stream itself (see _help_on_stdout)
                sys.exit(exc.exit_code)
            from .usage_hints import reword

            reword(exc)  # no wrong guess (`cxkit check`: not 'cache'; `--no-color`: not --no-cache)
            said = exc.format_message()
            if "\n" in said:  # a missing choice lists the choices a line each: on the one line, as a list
                said = " ".join(said.split())
                said += "" if said.endswith((".", "?")) else "."
            if ctx is not None:
                said += f" See `{ctx.command_path} -h`." if said.endswith((".", "?")) else f"; see `{ctx.command_path} -h`"
            from .usage_pl import polish_usage

            # In Polish in a Polish workspace: the config the run would read, guessed from the words typed.
            argv = kwargs.get("args") if kwargs.get("args") is not None else args[0] if args else sys.argv[1:]
            said = polish_usage(said, list(argv or ())) or said
            _error(said)
            sys.exit(exc.exit_code)
        except typer.Abort:
            # Ctrl-C (or Ctrl-D at a prompt) outside a command's own handling: an interrupted run,
            # as inside one (130), not exit 1, which says "findings".
            _error("interrupted")
            sys.exit(130)
        sys.exit(status if isinstance(status, int) else 0)

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except KeyboardInterrupt:  # reading the options (the imports a callback makes): as in a command
            _error("interrupted")
            raise typer.Exit(130) from None

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            # Between the command line and a command's own handling (its start-up imports, its options):
            # said as inside it, not the bare 130 typer gives.
            _error("interrupted")
            raise typer.Exit(130) from None
        except typer.BadParameter as exc:
            # typer words a value its validator refused as pydantic does: "Value error, 'xml' is
            # not one of ...". The user typed no Python; the rest of the sentence is the message.
            if isinstance(exc.message, str):
                given = _refused_input(exc.__cause__)
                exc.message = _plain_words(exc.message, given) + _closest_choice(exc, given)
                polish = _kind_refused_pl(exc, given)
                if polish is not None:  # a Polish workspace: the whole line in Polish, its own hint at the end
                    raise _exception_class("UsageError")(polish) from None
            raise


_VALUE_ERROR = "Value error, "
# pydantic's sentences for a refused number, as a command line says them.
_PYDANTIC_WORDS = (
    (r"Input should be a valid integer(?:, .*)?", "expected a whole number"),
    (r"Input should be greater than or equal to (-?\d+)", r"must be \1 or more"),
    (r"Input should be less than or equal to (-?\d+)", r"must be \1 or less"),
)


def _plain_words(message: str, given: object = None) -> str:
    """typer's message for a refused option value, without the validator's own phrasing.

    ``given`` is the value as typed, when known: pydantic's sentences do not repeat it.
    """
    if message.startswith(_VALUE_ERROR):
        return message[len(_VALUE_ERROR):]
    import re

    for pattern, words in _PYDANTIC_WORDS:
        if re.fullmatch(pattern, message):
            said = re.sub(pattern, words, message)
            if not isinstance(given, str):
                return said
            return f"{said}, not {given if re.fullmatch(r'-?[0-9]+', given) else repr(given)}"
    return message


def _closest_choice(exc: Any, given: object) -> str:
    """" Did you mean '<choice>'?" for a value that is not one of a parameter's choices, when one is close.

    Closeness is judged in lower case, as `cxkit rule` judges rule names: `Error` is a
    spelling of `error`, `persna` one of `persona`.
    """
    descriptor = getattr(getattr(exc, "param", None), "type_descriptor", None)
    choices = getattr(descriptor, "choices", None) if getattr(descriptor, "is_choice", False) else None
    if not isinstance(given, str) or not choices or not exc.message.endswith("."):
        return ""
    import difflib

    spelled = {str(getattr(c, "value", c)).lower(): str(getattr(c, "value", c)) for c in choices}
    guess = difflib.get_close_matches(given.strip().lower(), list(spelled), n=1)
    if not guess and (kind := _kind_in_words(given, spelled)) is not None:
        guess = [kind]  # `persona-negatywna`, `ścieżka`, `cjm`: a kind in the team's words, as `kind:` reads them
    return f" Did you mean '{spelled[guess[0]]}'?" if guess else ""


def _kind_in_words(given: str, choices: Any) -> str | None:
    """The document kind among ``choices`` (a KIND argument's: persona, negative-persona, journey) that ``given``
    names in other words (`persona-negatywna`, `negatywna`, `ścieżka`, `cjm`), as the schema reads a `kind:`
    value; None for a word that may mean two kinds, or when the choices are no kinds."""
    if not {"persona", "negative-persona", "journey"} <= set(choices):
        return None
    from .model.validate import kind_reads_as_journey_or_persona, kind_reads_both_ways, near_miss_kind

    if kind_reads_both_ways(given) or kind_reads_as_journey_or_persona(given):
        return None
    kind = near_miss_kind(given)
    return kind if kind in choices else None


def _kind_refused_pl(exc: Any, given: object) -> str | None:
    """A KIND argument's refused value said in Polish, when the workspace's config says `lang = "pl"`: the kinds
    it takes and the one meant (`cxkit new persona-negatywna`: „negative-persona”); None otherwise."""
    param = getattr(exc, "param", None)
    ctx = getattr(exc, "ctx", None)
    descriptor = getattr(param, "type_descriptor", None)
    choices = getattr(descriptor, "choices", None) if getattr(descriptor, "is_choice", False) else None
    if getattr(param, "name", None) != "kind" or not isinstance(given, str) or not choices or ctx is None:
        return None
    from .config import ConfigError, load_config

    try:
        if load_config(None, check_rules=False).lang != "pl":
            return None
    except (ConfigError, OSError, ValueError):  # a broken config is the command's to report
        return None
    import difflib

    from .lint.polish import q

    values = [str(getattr(c, "value", c)) for c in choices]
    near = difflib.get_close_matches(given.strip().lower(), values, n=1)
    meant = near[0] if near else _kind_in_words(given, values)
    told = (f"; czy chodziło o {q(meant)}? (rodzaj pisze się po angielsku, jak w `kind:` dokumentu)"
            if meant is not None else " (rodzaj pisze się po angielsku, jak w `kind:` dokumentu)")
    listed = ", ".join(f"`{v}`" for v in values[:-1]) + f" albo `{values[-1]}`"
    return (f"nieznany rodzaj dokumentu {q(given)}: `{ctx.command_path}` przyjmuje {listed}{told}. "
            f"Zobacz `{ctx.command_path} -h`.")


def _refused_input(cause: BaseException | None) -> object:
    """The value a validator refused (what pydantic's error records), or None."""
    errors = getattr(cause, "errors", None)
    if errors is None:
        return None
    try:
        return errors()[0].get("input")
    except Exception:  # noqa: BLE001 - not pydantic's error after all
        return None


try:  # typer 0.29 coerces every option value through pydantic; releases without _coercion use click's types
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_choice, coerce_cli_path
except ImportError:  # pragma: no cover - depends on the installed typer
    RuntimeParam = None  # type: ignore[assignment,misc]


def _define_plain_values() -> Any:
    """The fast coercion, built on typer internals; None when the installed typer's differ (then typer's own runs)."""
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class _PlainValues(RuntimeParam):  # type: ignore[misc,valid-type]
        """typer's coercion for the plain values lint takes, without building a pydantic validator.

        Strings, lists of strings, enum choices, decimal integers within their bounds and
        paths convert exactly as typer's validator converts them; any other value, and every
        value that would fail, goes through typer's own validator, so results and error
        messages stay typer's.
        """

        descriptor: Any = None

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            annotation, info = self.annotation, self.parameter_info
            if info.parser is None:
                if annotation is str and type(value) is str:
                    return value
                elif annotation == list[str] and type(value) in (list, tuple) and all(type(v) is str for v in value):
                    return list(value)
                elif isinstance(annotation, type) and issubclass(annotation, Enum) and isinstance(value, annotation):
                    return value  # a default given as the member itself (`= DiffFormat.text`)
                elif isinstance(annotation, type) and issubclass(annotation, Enum) and type(value) is str:
                    try:
                        return coerce_cli_choice(value, choices=tuple(annotation), case_sensitive=info.case_sensitive, ctx=ctx)
                    except ValueError:
                        pass
                elif annotation is int and type(value) is str and value.isascii() and value.isdigit() and not info.clamp:
                    number = int(value)
                    if (info.min is None or number >= info.min) and (info.max is None or number <= info.max):
                        return number
                elif annotation is Path and type(value) is str and info.path_type is None:
                    try:
                        return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
                    except typer.BadParameter:
                        pass  # typer's own validator says why, in its words
            return build_runtime_param(self.descriptor)._coerce_value(value, param=param, ctx=ctx)

    return _PlainValues


try:
    _PlainValues = _define_plain_values() if RuntimeParam is not None else None
except Exception:  # noqa: BLE001 - a typer release whose internals changed shape: use typer's own path
    _PlainValues = None


class UsageNames:
    """Arguments named in upper case everywhere (usage line, help, errors), a required one bare.

    typer writes an argument as its Python name, a required one in braces
    (`new [OPTIONS] {kind} {name}`); cxkit's help and docs write `KIND NAME`,
    `BASE [PATHS]...`, as click does.  An argument given its own metavar keeps it.
    Its help is laid out by :class:`helpformat.HelpFormatter`.

    In the help, an argument is its name alone (`PATHS`, `NAME`), or its name and its choices
    (`KIND <persona|negative-persona|journey>`): never a Python type (`<list[str]>`, `<str>`),
    which a reader, and a screen reader reading it aloud, has no use for.  Options name their
    value with a metavar of their own (`FILE`, `DIR`, `ID`, `N`).
    """

    context_class = HelpContext

    def get_help_option(self, ctx: Any) -> Any:
        return _help_on_stdout(super().get_help_option(ctx))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:  # type: ignore[attr-defined]
            if param.param_type_name == "argument" and param.metavar is None and param.name:
                param.metavar = param.name.upper()
            descriptor = getattr(param, "type_descriptor", None)
            if param.param_type_name == "argument" and descriptor is not None and not descriptor.is_choice:
                param.display_type_rich = _no_type_shown

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []  # type: ignore[attr-defined]
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if param.param_type_name != "argument":
                pieces.extend(param.get_usage_pieces(ctx))
                continue
            piece = param.metavar or param.name.upper()
            if not param.required:
                piece = f"[{piece}]"
            pieces.append(piece if param.nargs == 1 else piece + "...")
        return pieces


def _no_type_shown(ctx: Any) -> None:
    """The type an argument shows in the help: none (see :class:`UsageNames`)."""
    return None


class Command(UsageNames, TyperCommand):
    """A typer command as every cxkit command shows it (see :class:`UsageNames`)."""


class LightCommand(UsageNames, TyperCommand):
    """A typer command whose option values are coerced without pydantic when they are plain.

    typer builds a pydantic validator for each option on first use, even for an
    option that was not given; a warm `cxkit lint` needs none of them.
    """

    def get_help_option(self, ctx: Any) -> Any:
        return _absent_flag_reads_false(super().get_help_option(ctx))

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if _PlainValues is not None:
            for param in self.params:
                descriptor = getattr(param, "type_descriptor", None)
                if descriptor is not None and getattr(param, "_runtime_param", False) is None:
                    try:
                        param._runtime_param = _PlainValues(
                            parameter_info=descriptor.parameter_info, annotation=descriptor.annotation, descriptor=descriptor
                        )
                    except Exception:  # noqa: BLE001 - typer's internals changed: leave typer's own coercion
                        pass
        return super().parse_args(ctx, args)


app = typer.Typer(
    name="cxkit",
    cls=Group,
    help="Personas, negative personas and customer journey maps as YAML in git: lint, render, diff.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _polish_here(args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
    """Whether the config a command given ``args`` and ``kwargs`` would read says `lang = "pl"`: for an error raised
    before the command read its config (a rule plugin that cannot be loaded, in `cxkit rules`, `fmt`, `render`)."""
    from .usage_pl import _polish_workspace

    words: list[str] = []
    for value in [*args, *kwargs.values()]:
        words += [v for v in (value if isinstance(value, (list, tuple)) else [value]) if isinstance(v, str)]
    return _polish_workspace(words)


def guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn expected problems into a message and exit 2; never show a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from .clock import ClockError
        from .config import ConfigError
        from .discovery import UsageError

        from .cliutil import RUN_IN_POLISH

        english = RUN_IN_POLISH.set(False)  # until the command reads its config (one run in-process after another)
        try:
            _distrust_given([*args, *kwargs.values()])
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except (ConfigError, UsageError, ClockError) as exc:
            if isinstance(exc, ConfigError):
                from .config import located_said

                # A rule setting's error at its key's line:col, in Polish when the run's config says `lang = "pl"`.
                exc = ConfigError(located_said(exc, exc.lang == "pl"))
            elif getattr(exc, "pl", None) and (RUN_IN_POLISH.get() or getattr(exc, "lang", None) == "pl"
                                               or _polish_here(args, kwargs)):
                exc = UsageError(exc.pl)  # a rule plugin that cannot be used (PluginError), in the run's language
            _error(str(exc))
            raise typer.Exit(EXIT_ERROR) from None
        except KeyboardInterrupt:
            from .cliutil import interrupted

            _error(interrupted())  # in Polish once a Polish config is read
            raise typer.Exit(130) from None
        except BrokenPipeError:
            raise typer.Exit(EXIT_OK) from None
        except OSError as exc:
            # A full disk, a read-only folder, a vanished file: the user's to fix, not a crash.
            where = f"{exc.filename}: " if exc.filename else ""
            _error(f"{where}{exc.strerror or exc}")
            raise typer.Exit(EXIT_ERROR) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            if _debug_on():
                raise
            _error(f"internal error: {type(exc).__name__}: {exc} (set CXKIT_DEBUG=1 for details; please report it)")
            raise typer.Exit(EXIT_ERROR) from None
        finally:
            RUN_IN_POLISH.reset(english)

    # Command modules may postpone annotations; evaluate them once here rather than on every build by typer.
    signature = inspect.signature(func, eval_str=True)
    wrapper.__signature__ = signature  # type: ignore[attr-defined]
    wrapper.__annotations__ = {name: p.annotation for name, p in signature.parameters.items()}
    if signature.return_annotation is not inspect.Signature.empty:
        wrapper.__annotations__["return"] = signature.return_annotation
    return wrapper


TODAY_HELP = ("The date the date rules take for today, YYYY-MM-DD: a rerun of an old pipeline gives the same findings "
              "[default: CXKIT_TODAY, else the UTC date of SOURCE_DATE_EPOCH, else the system clock].")


def with_today(func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` with a `--today YYYY-MM-DD` option that pins the date while it runs (:mod:`cxkit.clock`)."""
    @functools.wraps(func)
    def wrapper(*args: Any, today: Optional[str] = None, **kwargs: Any) -> Any:
        from .clock import pinned_by_option  # at run time: --version and --help load no clock

        with pinned_by_option(today):
            return func(*args, **kwargs)

    signature = inspect.signature(func, eval_str=True)
    option = inspect.Parameter(
        "today", inspect.Parameter.KEYWORD_ONLY, default=None,
        annotation=Annotated[Optional[str], typer.Option("--today", metavar="YYYY-MM-DD", help=TODAY_HELP)])
    wrapper.__signature__ = signature.replace(parameters=[*signature.parameters.values(), option])  # type: ignore[attr-defined]
    wrapper.__annotations__ = {**func.__annotations__, "today": option.annotation}
    return wrapper


def _distrust_given(values: list[Any]) -> None:
    """No rule plugin is read from the checkout of a file or folder the command was given (its paths,
    `--config`, `--files-from`...), as none is from the current folder's: `cxkit lint /abs/checkout`
    run elsewhere while that checkout is on sys.path (an editable install of it) reads no plugin it
    brings (docs/plugins.md)."""
    given = []
    for value in values:
        for item in value if isinstance(value, (list, tuple)) else (value,):
            if isinstance(item, (str, os.PathLike)) and os.path.exists(item):
                given.append(item)
    if given:
        from .lint.plugins import distrust

        distrust(given)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"cxkit {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    # A plain bool (not Optional) lets typer skip its pydantic coercion layer: `--help` stays fast.
    version: Annotated[
        bool,
        typer.Option("--version", "-V", help="Show the version and exit.", callback=_version, is_eager=True),
    ] = False,
) -> None:
    """Personas, negative personas and customer journey maps as YAML in git: lint, render, diff."""


#: Severity's values by name, without importing the findings module on the warm path.
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    gitlab = "gitlab"
    junit = "junit"


#: The formats `--statistics` cannot print in: its table is text, or JSON with --format json.
NO_STATISTICS = (OutputFormat.sarif, OutputFormat.github, OutputFormat.gitlab, OutputFormat.junit)


@app.command(cls=LightCommand)
@guarded
@with_today
def lint(
    paths: Annotated[Optional[list[str]], typer.Argument(metavar="PATHS", show_default=False, help="Files or folders (default: configured paths, else .).")] = None,
    output_format: Annotated[
        Optional[OutputFormat],
        typer.Option("--format", "-f", case_sensitive=False, help="Output format [default: text; github when GITHUB_ACTIONS=true]. gitlab: a GitLab Code Quality report, for `artifacts: reports: codequality`. junit: JUnit XML test results for GitLab, Jenkins or Azure: a test case per file, failed by its findings at the fail level (those below it are the case's output)."),
    ] = None,
    select: Annotated[Optional[list[str]], typer.Option(metavar="RULES", help="Only these rules (names, codes or code prefixes; comma-separated). Starts the selection over: the config's select and extend-select do not add to it; a rule named by its whole name or code runs even if the config ignores it or sets enabled = false.")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option(metavar="RULES", help="Skip these rules; wins over the config's enabled = true and over a rule --select or --extend-select names.")] = None,
    extend_select: Annotated[Optional[list[str]], typer.Option("--extend-select", metavar="RULES", help="Add rules to the selection; a rule named by its whole name or code runs even if the config turns it off.")] = None,
    fail_level: Annotated[Optional[FailLevel], typer.Option("--fail-level", case_sensitive=False, help="Lowest severity that fails the run [default: fail-level in the config, else warning].")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings reach the fail level.")] = False,
    config_path: Annotated[Optional[str], typer.Option("--config", metavar="FILE", help="Use this config file instead of discovery.")] = None,
    statistics: Annotated[bool, typer.Option("--statistics", help="Print the number of findings per rule instead of the findings (as JSON with --format json).")] = False,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=0, metavar="N", help="Worker processes [default (and 0): every core, or as many as a CPU quota (a container's, a CI runner's) allows; a larger N is taken as 4× that].")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the lint cache.")] = False,
    only_documents: Annotated[bool, typer.Option("--only-documents", help="Skip a named file that a folder scan would not check: no cxkit document (not *.yaml/*.yml, or no cxkit kind), or matched by `exclude`. For hooks that pass every changed file.")] = False,
    output_file: Annotated[Optional[str], typer.Option("--output-file", "-o", metavar="FILE", help="Write the report (any --format) to FILE, atomically, instead of stdout; the exit code is the same. Text unless --format is given, also under GitHub Actions. Never through a symbolic link; an existing file that is not a previous lint report of this format takes --force.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Let -o replace a file that is not a previous lint report of this format (notes, another format's report); never a file being linted, a YAML or TOML file, or a link.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Text, and --statistics: print the findings (or rows) only, without the summary line (a clean run prints nothing) and the baseline's note on entries no longer found. No change to the other formats.")] = False,
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", metavar="PATH", help="With `-` (or no PATHS): the path of the document read from stdin, shown in the findings and used for the config and per-file-ignores (and exclude, with --only-documents); in its workspace, it stands in for the file there [default: shown as -].")] = None,
    files_from: Annotated[Optional[str], typer.Option("--files-from", metavar="FILE", help=FILES_FROM_HELP.format(verb="check"))] = None,
    show_settings: Annotated[bool, typer.Option("--show-settings", help="Lint nothing: print, for each path named (default: .), the config file in force (and those it extends), whether `exclude` leaves the path out, and the settings that apply (as JSON with --format json).")] = False,
    baseline: Annotated[Optional[str], typer.Option("--baseline", metavar="FILE", help="Show only the findings this baseline file does not record (`--write-baseline` writes it); the exit code counts only those [default: baseline in the config].")] = None,
    no_baseline: Annotated[bool, typer.Option("--no-baseline", help="Show every finding, whatever the config's baseline records.")] = False,
    write_baseline: Annotated[bool, typer.Option("--write-baseline", help="Record this run's findings in the baseline file (--baseline FILE, else the config's baseline, else .cxkit-baseline.json beside the config) and exit 0. An existing baseline only shrinks (findings no longer found are dropped); with --no-baseline, every finding is recorded anew.")] = False,
) -> None:
    """Check personas, negative personas and journeys against the format and the method."""
    global _end_at_once
    _end_at_once = True
    config_file = config_option(config_path)
    if show_settings:
        from .show_settings import show_settings as print_settings

        print_settings(list(paths or []), config_file, output_format is OutputFormat.json, sys.stdout,
                       (baseline, no_baseline))
        return
    listing = files_from is not None
    left_out = None
    if listing:
        from .pathlist import LeftOut, with_listed

        left_out = LeftOut()
        paths, only_documents = with_listed(paths, files_from, stdin_filename, quiet, functools.partial(_speaks_polish, config_file),
                                            left_out, config_file), True
    if output_file == "-":  # the usual spelling of standard output, where the report goes anyway
        output_file = None
    jobs = jobs or None  # `-j 0`: as many as the machine has, as `xz -T0` and `zstd -T0` read it
    if output_file is None:
        refuse_closed_stdout("give --output-file FILE, or send it to /dev/null")  # `cxkit lint >&-`
        _lint_run(paths, output_format, select, ignore, extend_select, fail_level, exit_zero, config_file, statistics,
                  jobs, no_cache, only_documents, sys.stdout, quiet, stdin_filename, listing,
                  baseline_options=(baseline, no_baseline, write_baseline), left_out=left_out)
        return
    _check_output_file(output_file, [*(paths or ()), *([stdin_filename] if stdin_filename else ())],
                       (output_format or OutputFormat.text).value, force)
    report = _ReportSpool()
    # A report file is text unless --format says otherwise: GitHub Actions reads workflow commands
    # from the step's output only, so the automatic `github` format is for stdout.
    # The job's page still gets the step summary, which is part of the github format.
    job_page = output_format is None and os.environ.get("GITHUB_ACTIONS") == "true"
    # The step's log is where a CI reader looks: with the report in a file, the summary line goes there (stderr).
    log_count = os.environ.get("GITHUB_ACTIONS") == "true" and not quiet and output_format is not OutputFormat.github
    output_format = output_format or OutputFormat.text
    try:
        _lint_run(paths, output_format, select, ignore, extend_select, fail_level, exit_zero, config_file, statistics,
                  jobs, no_cache, only_documents, report, quiet, stdin_filename, listing, job_page, log_count,
                  baseline_options=(baseline, no_baseline, write_baseline), left_out=left_out)
    except typer.Exit as done:
        if done.exit_code in (EXIT_OK, EXIT_FINDINGS):
            _write_report(output_file, report.written(), output_format is OutputFormat.github)
        raise
    finally:
        report.close()


class _ReportSpool(io.TextIOBase):
    """Where `lint -o FILE` writes its report until the run is over and the file can be replaced whole.

    Held as text while short; past :attr:`limit` characters it goes on, in UTF-8 as the file gets
    it, to an anonymous temporary file (gone when closed, or when the process dies): a long report
    is streamed as it is on stdout, never held whole.  Where no temporary file can be made or
    written (a full or read-only TMPDIR), it is held whole, as it always was."""

    #: Characters held before they go to the temporary file.
    limit = 1 << 18

    def __init__(self) -> None:
        super().__init__()
        self._held: list[str] = []
        self._size = 0
        self._file: Any = None
        self._stored = 0  # bytes in the file
        self._whole = False  # kept in memory to the end

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._held.append(text)
        self._size += len(text)
        if self._size > self.limit and not self._whole:
            self._spill()
        return len(text)

    def _spill(self) -> None:
        import tempfile

        try:
            data = "".join(self._held).encode("utf-8")
            if self._file is None:
                self._file = tempfile.TemporaryFile(buffering=0)
            view = memoryview(data)
            while view:
                view = view[self._file.write(view):]
        except (OSError, UnicodeEncodeError):  # the report file's write says what is wrong at the end, as it did
            self._keep_whole()
            return
        self._stored += len(data)
        self._held, self._size = [], 0

    def _keep_whole(self) -> None:
        self._whole = True
        if self._file is not None:
            self._file.seek(0)
            self._held.insert(0, self._file.read(self._stored).decode("utf-8"))
            self._file.close()
            self._file = None

    def written(self) -> Any:
        """What was written: the text, or the temporary file (binary, for :func:`cxkit.fsutil.write_atomic`)."""
        if self._file is not None and self._held:
            self._spill()
        return "".join(self._held) if self._file is None else self._file

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self._held = []
        super().close()


def _one_cache_a_folder(run: Callable[..., None]) -> Callable[..., None]:
    """``run`` with every workspace whose lint cache is in one folder (a shared CXKIT_CACHE_DIR) using
    one store of it, read once and written once (:func:`cxkit.lint.cache.one_store_per_folder`), and
    with what git ignores asked once for all of them (:func:`cxkit.discovery.one_git_answer_per_run`)."""
    @functools.wraps(run)
    def shared(*args: Any, **kwargs: Any) -> None:
        from .discovery import one_git_answer_per_run
        from .lint.cache import one_store_per_folder

        with one_store_per_folder(), one_git_answer_per_run():
            run(*args, **kwargs)
    return shared


@_one_cache_a_folder
def _lint_run(
    paths: Optional[list[str]], output_format: Optional[OutputFormat], select: Optional[list[str]],
    ignore: Optional[list[str]], extend_select: Optional[list[str]], fail_level: Optional[FailLevel], exit_zero: bool,
    config_path: Optional[Path], statistics: bool, jobs: Optional[int], no_cache: bool, only_documents: bool,
    out: Any, quiet: bool, stdin_filename: Optional[str] = None, listing: bool = False, job_page: bool = False,
    log_count: bool = False, baseline_options: tuple[Optional[str], bool, bool] = (None, False, False),
    left_out: Any = None,
) -> None:
    """`cxkit lint`, its report written to ``out``; exits. With ``listing`` (--files-from), no path is nothing to check,
    unless some listed files lie outside the sparse checkout (``left_out``: :class:`cxkit.pathlist.LeftOut`): exit 2.
    With ``job_page`` (a text report file under GitHub Actions), the step summary is written as the github format's is;
    with ``log_count`` (a report file under GitHub Actions), the summary line goes to stderr."""
    from .config import default_targets, load_config

    if statistics and output_format in NO_STATISTICS:
        from .discovery import UsageError

        raise UsageError(f"--statistics prints a table, or JSON with --format json; not {output_format.value}")
    # (Checked on the format asked for: under GitHub Actions, --statistics alone prints the table.)
    if output_format is None:
        output_format = OutputFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else OutputFormat.text
    if output_format is not OutputFormat.text and out is sys.stdout:
        from .cliutil import Utf8Output

        out = Utf8Output(out)  # a report for machines: UTF-8 whatever the console's encoding
    some_rules = "one or more rules (names or codes, comma-separated, e.g. schema,CX4)"
    chosen = tuple(split_names(v, o, some_rules) for v, o in ((select, "--select"), (ignore, "--ignore"), (extend_select, "--extend-select")))
    if stdin_document("lint", paths, stdin_filename):
        if baseline_options[2] or (baseline_options[0] is not None and stdin_filename is None):
            from .discovery import UsageError

            from .discovery import nearest_existing

            # Said before the run reads its config: in Polish when the config it would read says `lang = "pl"`.
            pl = _speaks_polish(config_path, (nearest_existing(stdin_filename),) if stdin_filename is not None else ())
            if baseline_options[2]:
                raise UsageError("--write-baseline: dokumentu wczytanego ze standardowego wejścia nie zapisuje się w pliku "
                                 "bazowym (ten zapisuje zgłoszenia zapisanych plików); uruchom `cxkit lint --write-baseline` "
                                 "na zapisanych plikach" if pl else
                                 "--write-baseline: a document read from stdin is not recorded (the baseline records "
                                 "saved files); run `cxkit lint --write-baseline` on the saved files")
            raise UsageError("--baseline: plik bazowy rozpoznaje zgłoszenia po ścieżce pliku, a dokument wczytany ze "
                             "standardowego wejścia jej nie ma: podaj --stdin-filename ŚCIEŻKA albo pomiń --baseline" if pl else
                             "--baseline: a document read from stdin is matched with a baseline by its file: give "
                             "--stdin-filename PATH, or leave --baseline out")
        _lint_stdin(stdin_filename, output_format, chosen, fail_level, exit_zero, config_path, statistics, only_documents,
                    out, quiet, baseline_options[:2], no_cache=no_cache, job_page=job_page, log_count=log_count)
    named = paths
    if only_documents and paths:
        from .named import only_documents as keep_documents  # the option of the same name is a flag here

        paths = keep_documents(paths, quiet, functools.partial(_speaks_polish, config_path, tuple(paths))) or None
    # Rule names and options are checked when rules are built; a cached run was built from the same config.
    config = load_config(config_path, check_rules=False, near=paths or named or ())
    from .cliutil import RUN_IN_POLISH

    RUN_IN_POLISH.set(config.lang == "pl")  # the cache's warnings, as the run's summary, in the language of its config
    if only_documents and paths:
        from .named import not_excluded

        paths = not_excluded(paths, config, own_configs=config_path is None) or None
    # (With no document among the files named, they stay the targets, to report nothing below.)
    targets = list(paths or named or []) or default_targets(config, given=config_path is not None)
    with_baseline = None
    if baseline_options[0] is not None or baseline_options[2] or (config.baseline is not None and not baseline_options[1]):
        from .lint.baseline import plan as baseline_plan  # not on a warm run without a baseline

        with_baseline = baseline_plan(config, *baseline_options)
        if with_baseline is not None:
            with_baseline.whole = _whole_workspace(config, targets, named, listing)
            with_baseline.pl = config.lang == "pl"
    parts = None
    if config_path is None:
        # Each file is linted under the nearest config above it: the paths named may lie in several
        # workspaces, and scans note the folders of others they pass over (Config.nested).
        from .config import elsewhere

        if any(elsewhere(targets, config)):
            from .lint.workspaces import named_parts

            parts = named_parts(targets, config)
        config.nested = []
    from .discovery import excluded_folders

    excluded = excluded_folders(targets, config) if parts is None else []
    if excluded and not only_documents:
        refuse_all_excluded(targets, excluded, [config], bool(named))
    if (named or listing) and not paths:  # --only-documents, and no file named is a document: nothing to check, not the workspace
        from .config import check_rule_settings

        check_rule_settings(config)
        _check_selectors(chosen)
        if left_out is not None:
            left_out.nothing_checked()  # files of the list outside the sparse checkout, and nothing else checked: exit 2
        _nothing_to_check("no file named is" if named else "", output_format, statistics, out, targets, quiet,
                          config.lang == "pl")
        raise typer.Exit(EXIT_OK)
    result = None
    pl = config.lang == "pl"  # the summary line and the notes speak the workspace's language (its cached outputs too)
    met = None  # a run answered by the cache: the files its scan met, as shown (its notes look at them)
    # A run of the whole workspace tells which per-file-ignores entries do nothing (`unused` findings): it
    # needs the findings they keep out, which the engine gives; a cached run keeps its answer beside it.
    usage = parts is None and bool(config.per_file_ignores) and _whole_workspace(config, targets, named, listing)
    unused: Optional[list[Any]] = None
    if not no_cache and parts is None:
        from .lint.cache import cached_run

        hit = cached_run(targets, config, chosen)
        if hit is not None and config.nested:
            hit = None  # the scan met another workspace: each is linted under its own config, below
        if hit is not None and usage:
            unused = _stored_unused(hit)
            if unused is None:
                hit = None  # not known yet: the engine tells, below
        if hit is not None:
            # A baseline filters the findings the cache keeps, and the unused per-file-ignores join them:
            # neither is in its stored report.
            name = None if with_baseline or usage else _stored_output_name(output_format, statistics, targets, out,
                                                                           quiet, fail_level, config)
            text = None if name is None else hit.output(
                name, lambda found: _plain_output(output_format, statistics, found, hit.files, hit.documents, targets, quiet,
                                                  lambda: _linted_paths([(targets, config, None)]), _fails_at(fail_level, config),
                                                  tally=name == "text tty", pl=pl)
            )
            if text is not None:
                out.write(text)
                files, documents = hit.files, hit.documents
                _github_after(
                    output_format, statistics, job_page,
                    lambda: hit.output("github-log-summary", lambda found: _github_log_summary(found, files, documents, pl)),
                    lambda: hit.output("github-step-summary", lambda found: _github_step_summary(found, files, documents, pl)),
                    (lambda: hit.output("log-count", lambda found: _log_count(found, files, documents, pl))) if log_count else None,
                    pl,
                )
                _note_unread_languages(hit.langs)
                _exit(hit.count, hit.documents, hit.worst, targets, fail_level, exit_zero, config, excluded, not no_cache,
                      cached=hit.shown)
            found = hit.findings()
            if found is not None:
                from .lint.selection import LintResult

                if unused:
                    found = sorted(found + unused)
                result = LintResult(found, hit.files, hit.documents, cached_files=hit.files, other_langs=hit.langs)
                met = hit.shown
                if with_baseline is not None:
                    with_baseline.stored = hit.output  # it keeps the findings' places: no file read for them
    if parts is None and config.nested:
        from .lint.workspaces import Part

        parts = [Part(config, targets)]
    if result is None and parts is None:
        from .lint.engine import lint as run_lint
        from .lint.selection import Selection

        _check_selectors(chosen)
        silenced: Optional[list[Any]] = [] if usage and _checks_per_file_ignores(config, chosen) else None
        progress, stop_progress = progress_bar()
        try:
            result = run_lint(targets, config, Selection(*chosen), jobs=jobs, cache=not no_cache, progress=progress,
                              suppressed=silenced, places=_places(output_format, statistics), spill=True)
        finally:
            stop_progress()
        if usage and not config.nested:
            unused = _unused_per_file_ignores(config, targets, result, silenced, chosen) if silenced is not None else []
            if not no_cache:
                _store_unused(targets, config, chosen, unused)
            result.findings = sorted(result.findings + unused)
        if config.nested:
            from .lint.workspaces import Part

            parts = [Part(config, targets, result, nested=config.nested)]
            parts[0].silenced = silenced  # what its per-file-ignores kept out: their unused entries are told there
        elif with_baseline is not None and not no_cache:
            from .lint.cache import cached_run

            # The run just stored: the baseline keeps its findings' places with it, for the next run.
            stored_run = cached_run(targets, config, chosen)
            with_baseline.stored = stored_run.output if stored_run is not None else None
    if parts is not None:
        _lint_parts(parts, chosen, jobs, no_cache, output_format, statistics, targets, fail_level, exit_zero, out, quiet,
                    only_documents, job_page, log_count, with_baseline, pl, baseline_options, named, listing)
    outcome = None
    if with_baseline is not None:
        # A run of the whole workspace checks its config too (its per-file-ignores: `unused-suppression`).
        whole = [str(config.source)] if config.source and with_baseline.whole else []
        covers = _baseline_covers(with_baseline, lambda: [*_linted_paths([(targets, config, result)]), *whole], [config],
                                  chosen)
        [result.findings], outcome, every = _baselined(with_baseline, [result.findings], covers)
    from .lint.fixable import kept_with

    # The findings a baseline leaves are a cached run's (its outputs `stored`): which are fixable is kept with it.
    with kept_with(with_baseline.stored if with_baseline is not None else None):
        _render(output_format, statistics, result.findings, result.files_checked, result.documents, out, targets, quiet,
                lambda: _linted_paths([(targets, config, result)]), _fails_at(fail_level, config),
                (every, outcome.known) if outcome is not None else None, pl)
    if outcome is not None:
        _baseline_after(with_baseline, outcome, output_format, statistics, out, quiet)
    found, files, documents = result.findings, result.files_checked, result.documents
    _github_after(output_format, statistics, job_page, lambda: _github_log_summary(found, files, documents, pl),
                  lambda: _github_step_summary(found, files, documents, pl),
                  (lambda: _log_count(found, files, documents, pl)) if log_count else None, pl)
    worst = max((int(f.severity) for f in result.findings), default=0)
    # The engine's own run cache (the same bytes, touched since) does not list the files it checked: listed here.
    linted = (result.linted if result.linted is not None or met is not None or not result.files_checked
              else _linted_paths([(targets, config, result)]))
    _note_unread_languages(result.other_langs)
    _exit(len(result.findings), result.documents, worst, targets, fail_level, exit_zero, config, excluded, not no_cache,
          linted, met)


def _nothing_to_check(
    what: str, output_format: OutputFormat, statistics: bool, out: Any, targets: list[str], quiet: bool,
    pl: bool = False,
) -> None:
    """The output of `lint --only-documents` when what was named (``what``: "no file named is", or the
    stdin path's "X is not") is no document a folder scan would check, or (``what`` "") when the list
    --files-from reads names no file: the text format says so, as fmt does, rather than that no document
    was found (a draft `exclude` leaves out is one), also with --statistics; the others print what they
    print for no finding.  ``pl``: in Polish (a workspace whose config says `lang = "pl"`)."""
    if output_format is OutputFormat.text:
        if quiet:
            return
        if pl:
            # ``what`` is one of the two English openings, or empty: each has its Polish sentence.
            said = ("żaden z podanych plików nie jest" if what == "no file named is"
                    else f"{what[:-len(' is not')]} nie jest" if what.endswith(" is not") else "")
            out.write(f"Nie ma czego sprawdzać: {said} dokumentem cxkit, którego nie wyklucza `exclude`.\n" if said else
                      "Nie ma czego sprawdzać: lista czytana przez --files-from nie wskazuje żadnego istniejącego pliku.\n")
            return
        out.write(f"Nothing to check: {what} a cxkit document that `exclude` leaves in.\n" if what else
                  "Nothing to check: the list --files-from reads names no file that exists.\n")
        return
    _render(output_format, statistics, [], 0, 0, out, targets, quiet, lambda: [])


def _lint_stdin(
    stdin_filename: Optional[str], output_format: OutputFormat, chosen: tuple[tuple[str, ...], ...],
    fail_level: Optional[FailLevel], exit_zero: bool, config_path: Optional[Path], statistics: bool,
    only_documents: bool, out: Any, quiet: bool, baseline_options: tuple[Optional[str], bool] = (None, False),
    no_cache: bool = False, job_page: bool = False, log_count: bool = False,
) -> None:
    """Lint one document read from stdin (an editor's unsaved buffer) as if it were saved at ``stdin_filename``; exits.

    The config is the one that file would be linted under; per-file-ignores and (with
    --only-documents) `exclude` match its path. In a workspace, the rest of it is read for the
    cross-file rules, with the document standing in for the file saved at that path, which is
    not read. Only the document's findings are shown, under that path (else under ``-``, with no cross-file
    rule run: see :mod:`cxkit.lint.buffer`). The rest of the
    workspace comes from the lint cache (unless ``no_cache``), as for a run on the files; the document's own
    results are not cached: the bytes are in no file the cache could check again.  With a baseline (`--baseline`, or the
    config's, with ``stdin_filename``), only the findings it does not record for that file are shown, as a
    run on the saved file shows them; its entries are neither called fixed nor written. The github format's
    summary line (stderr) and step summary, and ``job_page``/``log_count``, are those of a run on the saved file.
    """
    from .config import load_config
    from .discovery import display_path, excluded_file, nearest_existing
    from .lint.buffer import lint_buffer, not_run_note
    from .lint.selection import Selection

    data = read_stdin_document()
    shown = display_path(stdin_filename) if stdin_filename is not None else STDIN_NAME
    # A buffer to be saved in a folder not made yet: the config of the nearest folder there is.
    config = load_config(config_path, check_rules=False,
                         near=[nearest_existing(stdin_filename)] if stdin_filename is not None else ())
    from .cliutil import RUN_IN_POLISH

    RUN_IN_POLISH.set(config.lang == "pl")  # the cache's warnings in the config's language
    _check_selectors(chosen)
    checks = None
    if only_documents:
        def checks(copy: str) -> bool:
            from .discovery import excluded_above
            from .named import scan_would_check

            saved = str(Path(stdin_filename)) if stdin_filename is not None else None
            return scan_would_check(copy) and not (saved is not None and (
                excluded_file(saved, config) or (config_path is None and excluded_above(saved) is not None)))
    run = lint_buffer(data, stdin_filename, config, Selection(*chosen), places=_places(output_format, statistics),
                      cache=not no_cache, checks=checks)
    if run is None:
        _nothing_to_check(f"{shown} is not", output_format, statistics, out, [], quiet, config.lang == "pl")
        raise typer.Exit(EXIT_OK)
    findings, result, config = run.findings, run.result, run.config
    pl = config.lang == "pl"
    if run.not_run and not quiet:
        _error(f"{'uwaga' if pl else 'note'}: {not_run_note(run.not_run, pl)}")
    documents = run.documents
    from .lint.formats.located import reading

    with_baseline = outcome = None
    if stdin_filename is not None and (baseline_options[0] is not None or (config.baseline is not None
                                                                           and not baseline_options[1])):
        from .lint.baseline import plan as baseline_plan

        with_baseline = baseline_plan(config, *baseline_options, False)
        if with_baseline is not None:
            with_baseline.pl = config.lang == "pl"
    if with_baseline is not None:
        # Matched as the saved file's findings are, its places read from the buffer; the entries of every
        # other file, and those of this one no finding matched, are left alone: one unsaved buffer says
        # nothing about what was fixed.
        with_baseline.buffers = {shown: data}
        [findings], outcome, every = _baselined(with_baseline, [findings], lambda every: lambda key: False)
    with reading(shown, data):  # the machine formats read the document for its ids and ends: the buffer, not the saved file
        _render(output_format, statistics, findings, 1, documents, out, [stdin_filename or "."], quiet, lambda: [shown],
                _fails_at(fail_level, config), (every, outcome.known) if outcome is not None else None, pl)
    if outcome is not None:
        _baseline_after(with_baseline, outcome, output_format, statistics, out, quiet)
    files = 1
    _github_after(output_format, statistics, job_page, lambda: _github_log_summary(findings, files, documents, pl),
                  lambda: _github_step_summary(findings, files, documents, pl),
                  (lambda: _log_count(findings, files, documents, pl)) if log_count else None, pl)
    _note_unread_languages(result.other_langs)  # the document's own, as a run on the saved file says it
    worst = max((int(f.severity) for f in findings), default=0)
    _exit(len(findings), max(documents, 1), worst, [], fail_level, exit_zero, config, [], False)


def _lint_parts(
    parts: list[Any], chosen: tuple[tuple[str, ...], ...], jobs: Optional[int], no_cache: bool,
    output_format: OutputFormat, statistics: bool, targets: list[str], fail_level: Optional[FailLevel], exit_zero: bool,
    out: Any, quiet: bool, only_documents: bool = False, job_page: bool = False, log_count: bool = False,
    with_baseline: Any = None, pl: bool = False,
    baseline_options: tuple[Optional[str], bool, bool] = (None, False, False), named: Optional[list[str]] = None,
    listing: bool = False,
) -> None:
    """Lint a run that spans several workspaces, each under its own config, and report it as one run; exits.
    ``with_baseline``: the run's :class:`cxkit.lint.baseline.Plan` (its config's, or `--baseline FILE`'s);
    ``baseline_options``: `--baseline`, `--no-baseline`, `--write-baseline`: without `--baseline FILE`, each
    workspace's findings are filtered by its own config's baseline (see :func:`_part_baselines`).
    ``pl``: the config where the run starts says `lang = "pl"`; the summary speaks Polish then, or when every
    workspace's config says so."""
    from .discovery import display_path, excluded_folders
    from .lint.engine import lint as run_lint
    from .lint.selection import LintResult, Selection
    from .lint.workspaces import listed_nested, merged, plan

    parts = plan(parts, listed_nested)
    if not only_documents:
        left = [(folder, part.config) for part in parts for folder in excluded_folders(part.targets, part.config)]
        if left:
            refuse_all_excluded(targets, [f for f, _ in left], [c for _, c in left], True)
    _check_selectors(chosen)
    met: dict[int, list[str]] = {}  # each part answered whole by the cache: the files its scan met, as shown
    for part in parts:
        part.config.nested = []  # its scans pass over the other workspaces' folders
        # A workspace the run checks whole tells which of its per-file-ignores entries do nothing, as a run in
        # its folder does (`unused-suppression` at their lines of its config).
        usage = (part.config.source is not None and bool(part.config.per_file_ignores)
                 and _whole_workspace(part.config, part.targets, named, listing))
        if part.result is not None:
            silenced = getattr(part, "silenced", None)  # the first part, linted before the run was split
            if usage and silenced is not None:
                part.result.findings = sorted(part.result.findings + _unused_per_file_ignores(
                    part.config, part.targets, part.result, silenced, chosen))
            continue
        if part.config.source is None:
            # Folders under no config but the clients' (`cxkit lint` at the top of an agency's
            # repository): with nothing to check there, no cache folder is made there either.
            from .discovery import listing_with_context

            rows, unreadable, _shown = listing_with_context(part.targets, part.config)
            if not rows and not unreadable:
                part.result = LintResult([], 0, 0)
                continue
        if not no_cache:
            from .lint.cache import cached_run

            hit = cached_run(part.targets, part.config, chosen)
            found = hit.findings() if hit is not None else None
            unused = _stored_unused(hit) if hit is not None and usage else []
            if hit is not None and found is not None and unused is not None:
                part.result = LintResult(sorted(found + unused) if unused else found, hit.files, hit.documents,
                                         cached_files=hit.files, other_langs=hit.langs)
                met[id(part)] = hit.shown  # what its notes look at
                part.stored = hit.output  # it keeps the findings' places, for the workspace's baseline
                continue
        silenced = [] if usage and _checks_per_file_ignores(part.config, chosen) else None
        progress, stop_progress = progress_bar()
        try:
            part.result = run_lint(part.targets, part.config, Selection(*chosen), jobs=jobs, cache=not no_cache,
                                   progress=progress, places=_places(output_format, statistics), suppressed=silenced)
        finally:
            stop_progress()
        if usage:
            unused = (_unused_per_file_ignores(part.config, part.targets, part.result, silenced, chosen)
                      if silenced is not None else [])
            if not no_cache:
                _store_unused(part.targets, part.config, chosen, unused)
            part.result.findings = sorted(part.result.findings + unused)
        if part.config.baseline is not None and not no_cache:
            from .lint.cache import cached_run

            # The run just stored: its workspace's baseline keeps the findings' places with it, for the next run.
            stored_run = cached_run(part.targets, part.config, chosen)
            part.stored = stored_run.output if stored_run is not None else None
    outcome = None
    baselines = _part_baselines(parts, with_baseline, baseline_options, named, listing)
    if baselines:
        outcome, every = _baselined_parts(baselines, parts, chosen)
    result = merged(parts)
    # Each workspace fails at its own config's fail-level (below); so do its files' test cases in JUnit:
    # one check per workspace, looked up by the path of the finding.
    checks = [(part, _fails_at(fail_level, part.config)) for part in parts]
    check_of = {f.path: check for part, check in checks if part.result for f in part.result.findings}

    def fails_at(finding: Any) -> bool:
        check = check_of.get(finding.path)
        return True if check is None else check(finding)

    configured = [part.config for part in parts if part.config.source is not None]
    pl = pl or (bool(configured) and all(c.lang == "pl" for c in configured))
    _render(output_format, statistics, result.findings, result.files_checked, result.documents, out, targets, quiet,
            lambda: _linted_paths([(part.targets, part.config, part.result) for part in parts]), fails_at,
            (sorted(every), [k for _f, k in sorted(zip(every, outcome.known))]) if outcome is not None else None, pl)
    if outcome is not None:
        _baseline_after(baselines[0][0], outcome, output_format, statistics, out, quiet, pl,
                        [(run_plan, part_outcome) for run_plan, _group, part_outcome in baselines])
        if not quiet:
            for line in _unclaimed_entries(baselines, parts):
                _error(line)
    found, files, documents = result.findings, result.files_checked, result.documents
    _github_after(output_format, statistics, job_page, lambda: _github_log_summary(found, files, documents, pl),
                  lambda: _github_step_summary(found, files, documents, pl),
                  (lambda: _log_count(found, files, documents, pl)) if log_count else None, pl)
    excluded: list[str] = []
    for part in parts:
        left_out = excluded_folders(part.targets, part.config)
        _warn_excluded(left_out, part.config)
        excluded += left_out
    searched = [t for t in targets if display_path(t) not in excluded]
    if result.documents == 0 and not result.findings and searched:
        _warn_no_documents(searched, [part.config for part in parts])
    elif result.documents:
        _note_ignored_lookalikes([part.config for part in parts], searched, not no_cache)
    note_txt_files([part.config for part in parts], searched)
    _say_text_documents([part.config for part in parts], searched)
    for config in {str(part.config.root): part.config for part in parts}.values():
        _note_stale_schema(config, not no_cache)  # each workspace's own schema/cxkit.json
    _note_linked_folders([part.config for part in parts], searched)
    checked = [(part.config, _part_files(part, met)) for part in parts]

    def exact() -> list[tuple[Any, Any]]:
        return [(part.config, _linted_paths([(part.targets, part.config, None)]) if id(part) in met else files)
                for part, (_config, files) in zip(parts, checked)]

    _note_config_slips(checked, exact if met else None)
    langs: dict[str, int] = {}
    for part in parts:
        for code, n in (part.result.other_langs if part.result is not None else {}).items():
            langs[code] = langs.get(code, 0) + n
    _note_unread_languages(langs)
    failed = False
    for part in parts:
        assert part.result is not None
        level = (fail_level.value if fail_level else None) or part.config.fail_level
        worst = max((int(f.severity) for f in part.result.findings), default=0)
        failed = failed or (level != "never" and worst >= SEVERITY_RANK[level])
    raise typer.Exit(EXIT_FINDINGS if failed and not exit_zero else EXIT_OK)


def _part_files(part: Any, met: dict[int, list[str]]) -> Optional[list[str]]:
    """The files a part of a run checked, as shown, for the notes after it: those its scan met when the cache
    answered it (``met``), and those of its report when the engine answered it from its own run cache (the
    same bytes, touched since), which does not list them."""
    if id(part) in met:
        return met[id(part)]
    if part.result is None or part.result.linted is not None or not part.result.files_checked:
        return part.result.linted if part.result is not None else None
    return _linted_paths([(part.targets, part.config, part.result)])


#: The name under which a cached run keeps its unused per-file-ignores findings (JSON rows).
_UNUSED_OUTPUT = "unused-per-file-ignores"


def _stored_unused(hit: Any) -> Optional[list[Any]]:
    """The unused per-file-ignores findings a cached run keeps, or None when it keeps none."""
    import json

    from .lint.finding import Finding

    text = hit.output(_UNUSED_OUTPUT, lambda found: None)  # read, never rendered here
    try:
        return [Finding.from_row(row) for row in json.loads(text)] if text is not None else None
    except (ValueError, TypeError, IndexError, KeyError):
        return None


def _store_unused(targets: list[str], config: Any, chosen: tuple[tuple[str, ...], ...], unused: list[Any]) -> None:
    """Keep the unused per-file-ignores findings beside the run the engine just stored, for a warm run."""
    import json

    from .lint.cache import cached_run

    hit = cached_run(targets, config, chosen)
    if hit is not None:
        text = json.dumps([f.as_row() for f in unused], ensure_ascii=False)
        hit.output(_UNUSED_OUTPUT, lambda found: text)


def _whole_workspace(config: Any, targets: list[str], named: Optional[list[str]], listing: bool) -> bool:
    """Whether a run checks the config's whole workspace: no path named (its `paths`), or a folder named
    that holds the config's folder (`cxkit lint .` there)."""
    if listing:
        return False
    if not named:
        return True
    root = Path(config.root).resolve()
    return any(Path(t).resolve() in (root, *root.parents) for t in targets)


def _checks_per_file_ignores(config: Any, chosen: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a run of the whole workspace reports its unused `per-file-ignores` entries: the config has
    some and `unused-suppression` runs (as it reports unused `# cxkit: disable` comments)."""
    if not config.per_file_ignores:
        return False
    from .config import ConfigError
    from .lint.engine import UNUSED_SUPPRESSION, build_ruleset
    from .lint.selection import Selection

    try:
        return UNUSED_SUPPRESSION in build_ruleset(config, Selection(*chosen)).active
    except ConfigError:
        return False  # the run says what is wrong


def _unused_per_file_ignores(
    config: Any, targets: list[str], result: Any, silenced: list[Any], chosen: tuple[tuple[str, ...], ...],
) -> list[Any]:
    """An `unused-suppression` finding, at its line of the config, for each `per-file-ignores` entry that
    matches no file the run checked or whose rule silenced nothing in the files it matches."""
    from .config import unused_per_file_ignores
    from .lint.engine import UNUSED_SUPPRESSION, build_ruleset
    from .lint.finding import Finding
    from .lint.selection import Selection

    ruleset = build_ruleset(config, Selection(*chosen))
    cls, active = ruleset.known[UNUSED_SUPPRESSION], ruleset.active.get(UNUSED_SUPPRESSION)
    severity = active.severity if active is not None else cls.severity
    checked = result.linted if result.linted is not None else _linted_paths([(targets, config, None)])
    quiet = [(f.path, f.rule) for f, by, _line in silenced if by == "per-file-ignores"]
    steered = {f.rule for f in result.findings if getattr(ruleset.known.get(f.rule), "scope", "") == "workspace"}
    polish = config.lang == "pl"  # the Polish twin, keyed by the English message as every finding is
    return [Finding(path, line, col, cls.code, cls.name, severity, pl, english=(message, ())) if polish
            else Finding(path, line, col, cls.code, cls.name, severity, message)
            for path, line, col, message, pl in unused_per_file_ignores(config, checked, quiet, set(ruleset.active), steered)]


def _part_baselines(parts: list[Any], with_baseline: Any, baseline_options: tuple[Optional[str], bool, bool],
                    named: Optional[list[str]], listing: bool) -> list[list[Any]]:
    """The baselines of a run over several workspaces, each as ``[plan, the parts it filters, None]`` (the third
    filled with its :class:`cxkit.lint.baseline.Outcome` by :func:`_baselined_parts`).  `--baseline FILE` on the
    command line wins over every config: that file filters them all (``with_baseline``).  Otherwise each
    workspace is filtered by its own config's `baseline`, as `cxkit lint` in its folder would be (workspaces
    whose configs name one file, through `extend` or each its path, share it; a workspace whose config names
    none is not filtered); `--no-baseline` filters none.  With `--write-baseline`, each workspace's file is
    written as a run in its folder writes it: its config's `baseline`, else .cxkit-baseline.json beside its
    config (the files under no config get one in the current folder only when they have findings to record)."""
    option, no_baseline, write = baseline_options
    if option is not None:
        if with_baseline is None:
            return []
        with_baseline.shared = len(parts) > 1
        return [[with_baseline, list(parts), None]]
    if no_baseline and not write:
        return []
    from .lint.baseline import plan as baseline_plan

    groups: dict[str, list[Any]] = {}
    for part in parts:
        if part.result is None:
            continue
        part_plan = baseline_plan(part.config, None, no_baseline, write)
        if part_plan is None:
            continue
        file = part_plan.write_to or part_plan.read_from
        if write and part.config.source is None and not part.result.findings and not file.is_file():
            continue  # files under no config, nothing to record there: no file made beside them
        whole = part.whole = _whole_workspace(part.config, part.targets, named, listing)
        key = os.path.normcase(os.path.realpath(file))
        if key in groups:
            groups[key][1].append(part)
            groups[key][0].whole = groups[key][0].whole or whole
        else:
            part_plan.whole, part_plan.pl, part_plan.several = whole, part.config.lang == "pl", len(parts) > 1
            # A workspace's own baseline reads its findings' places from its cached run (no file read for them).
            part_plan.stored = getattr(part, "stored", None)
            groups[key] = [part_plan, [part], None]
    for group in groups.values():
        if len(group[1]) > 1:
            group[0].stored = None  # a file several workspaces share: each finding's place read from its file
    return list(groups.values())


def _unclaimed_entries(baselines: list[list[Any]], parts: list[Any]) -> list[str]:
    """Notes on a baseline's entries of files in a workspace of the run whose config names no baseline (a file at
    a monorepo's top that the top config names, recorded for every team): kept, but no longer filtering that
    workspace, whose findings show; how to name it there."""
    from .config import shown_path
    from .visible import raw_name

    filtered = {id(part) for group in baselines for part in group[1]}
    bare = [part for part in parts if id(part) not in filtered and part.config.source is not None]
    out = []
    for run_plan, _members, outcome in baselines:
        if outcome is None or not outcome.aside or not bare:
            continue
        counts: dict[int, int] = {}
        for key, n in outcome.aside.items():
            entry = os.path.normpath(os.path.join(run_plan.folder, raw_name(key.path)))
            owner = max((p for p in bare if entry.startswith(str(p.config.root).rstrip(os.sep) + os.sep)),
                        key=lambda p: len(str(p.config.root)), default=None)
            if owner is not None:
                counts[id(owner)] = counts.get(id(owner), 0) + n
        for part in bare:
            n = counts.get(id(part), 0)
            if not n:
                continue
            file = run_plan.read_from or run_plan.write_to
            named = os.path.relpath(os.path.realpath(file), os.path.realpath(part.config.root)).replace(os.sep, "/")
            config = shown_path(part.config.source)
            if run_plan.pl:
                from .lint.polish import counted, plural

                out.append(f"uwaga: {counted(n, 'zgłoszenie zapisane', 'zgłoszenia zapisane', 'zgłoszeń zapisanych')} w "
                           f"{run_plan.shown.replace(' (baseline in ', ' (`baseline` w ')} "
                           f"{plural(n, 'dotyczy', 'dotyczą', 'dotyczy')} plików obszaru roboczego {config}, którego "
                           "konfiguracja nie wskazuje pliku bazowego, więc go nie filtruje (każdy obszar roboczy filtruje "
                           f"jego własny `baseline`); wpisz baseline = \"{named}\" w {config} albo uruchom z --baseline "
                           f"{shown_path(file)}")
            else:
                out.append(f"note: {n} finding{'' if n == 1 else 's'} recorded in {run_plan.shown} {'is' if n == 1 else 'are'} "
                           f"in the workspace of {config}, whose config names no baseline, so {'it does' if n == 1 else 'they do'} "
                           f"not filter it (each workspace is filtered by its own config's `baseline`); set baseline = "
                           f"\"{named}\" in {config}, or run with --baseline {shown_path(file)}")
    return out


def _baselined_parts(baselines: list[list[Any]], parts: list[Any], chosen: tuple[tuple[str, ...], ...]
                     ) -> tuple[Any, list[Any]]:
    """Filter each part's findings by its baseline (:func:`_part_baselines`), or write each baseline and exit 0
    (--write-baseline); the run's :class:`cxkit.lint.baseline.Outcome` (every finding, and whether a baseline
    records it) and every finding, those of the parts no baseline filters last."""
    from .lint.baseline import Outcome

    every: list[Any] = []
    known: list[bool] = []
    keys: list[Any] = []
    filtered: set[int] = set()
    written = False
    for group in baselines:
        run_plan, members = group[0], group[1]
        # A workspace checked whole checks its config too (its per-file-ignores: `unused-suppression`), as in its folder.
        covers = _baseline_covers(run_plan, lambda members=members: [*_linted_paths(
            [(p.targets, p.config, p.result) for p in members]),
            *(str(p.config.source) for p in members if getattr(p, "whole", False) and p.config.source)],
            [p.config for p in members], chosen)
        lists, group[2], found = _baselined(run_plan, [p.result.findings if p.result else [] for p in members], covers,
                                            exit_after_write=False)
        written = written or run_plan.write_to is not None
        for part, kept in zip(members, lists):
            filtered.add(id(part))
            if part.result is not None:
                part.result.findings = kept
        every += found
        known += group[2].known
        keys += group[2].keys or [None] * len(found)
    if written:
        raise typer.Exit(EXIT_OK)
    for part in parts:
        if id(part) not in filtered and part.result is not None:
            every += part.result.findings
            known += [False] * len(part.result.findings)
    return Outcome(known, keys), every


def _baselined(with_baseline: Any, lists: list[list[Any]], covers: Callable[[list[Any]], Callable[[Any], bool]],
               exit_after_write: bool = True) -> tuple[list[list[Any]], Any, list[Any]]:
    """``lists`` of findings (one per workspace of the run) without those the baseline records, the
    :class:`cxkit.lint.baseline.Outcome`, and every finding; with --write-baseline, writes the file and exits 0
    (``exit_after_write``; else returns, for the next workspace's baseline to be written).
    ``covers``: given every finding, whether the run checked a baseline entry's file and rule (:func:`_baseline_covers`)."""
    from .lint.baseline import BaselineError, apply, write_from

    every = [f for found in lists for f in found]
    try:
        outcome = apply(with_baseline, every, covers(every))
        if with_baseline.write_to is not None:
            for line in write_from(with_baseline, outcome):
                _error(line)
            if exit_after_write:
                raise typer.Exit(EXIT_OK)
    except BaselineError as exc:
        from .config import ConfigError

        raise ConfigError(str(exc)) from None
    out, at = [], 0
    for found in lists:
        out.append([f for f, known in zip(found, outcome.known[at:at + len(found)]) if not known])
        at += len(found)
    return out, outcome, every


#: The rules whose finding says a file could not be checked whole (the document rules did not run on it).
_FORMAT_RULES = frozenset(("schema", "yaml-syntax"))


def _baseline_covers(with_baseline: Any, linted: Callable[[], list[str]], configs: list[Any],
                     chosen: tuple[tuple[str, ...], ...]) -> Callable[[list[Any]], Callable[[Any], bool]]:
    """Given a run's findings, whether the run checked a baseline entry's file and rule.  An entry of a file
    the run did not lint (a path named, --files-from) or of a rule it did not run (--select, --ignore) is
    neither reported as fixed nor dropped by --write-baseline; one of a file that is gone is, in a run of the
    whole workspace (a run of part of it cannot tell a file deleted from one moved out of that part, whose
    entries follow its id), when the file was in one of the run's workspaces (``configs``' folders: not in
    another team's beside them).  Worked out only when an entry is left over."""
    from .lint.baseline import HIDDEN, Key, path_key

    def of_run(findings: list[Any]) -> Callable[[Key], bool]:
        checked: dict[str, Any] = {}
        ignores: list[tuple[str, Any]] = []  # (a config's folder, its per-file-ignores), the nearest config first
        workspaces: list[tuple[str, Any, Any]] = []  # (a config's folder, the config, its rule set)
        #: A file with a format finding: the rules that ran on it (None: not known), and when it has a top-level key
        #: near no field (read as the author's own data: perhaps a field renamed), the top-level keys it has.
        ran_on: dict[str, tuple[frozenset[str] | None, frozenset[str] | None]] = {}

        def _ran_there(path: str) -> tuple[frozenset[str] | None, frozenset[str] | None]:
            """What :data:`ran_on` says of ``path``, a file with a `schema` or `yaml-syntax` finding: no rule ran on
            a file that cannot be read; on a document that does not fit the format, those that read the YAML as
            written, and those that ran whole on its half-valid rest (cxkit.lint.lenient), as the engine tells
            them: the file checked again, alone (only such files with an entry left over: few)."""
            if path in checked["unread"]:
                return frozenset(), None
            from .discovery import Target
            from .lint.engine import check_target
            from .visible import raw_name
            from .workspace import load_document

            entry = os.path.normpath(os.path.join(with_baseline.folder, raw_name(path)))
            for root, config, ruleset in sorted(workspaces, key=lambda w: -len(w[0])):
                if entry.startswith(root.rstrip(os.sep) + os.sep):
                    break
            else:
                return None, None
            target = Target(Path(entry), checked["broken"][path], True)
            try:
                doc = load_document(target, config)[0]
                res = check_target(target, config, ruleset)
            except Exception:  # noqa: BLE001 - not known what ran: the entries stay hidden
                return None, None
            if doc is None:
                return frozenset(), None
            own = None
            if any(i.code in ("unknown_field", "unknown_fields") and len(i.path) == 1 and not i.meant and not i.beside
                   for i in doc.issues) and isinstance(doc.data, dict):
                own = frozenset(str(k) for k in doc.data)
            if not res.unchecked:
                return frozenset(ruleset.active), own
            return frozenset(res.ran) | {name for name, active in ruleset.active.items()
                                         if not getattr(active.rule, "needs_model", True)}, own

        def _ignored_there(key: Key) -> bool:
            """Whether the per-file-ignores of the entry's file's workspace skips the entry's rule there."""
            from .visible import raw_name

            entry = os.path.normpath(os.path.join(with_baseline.folder, raw_name(key.path)))
            for root, skips in sorted(ignores, key=lambda rs: -len(rs[0])):
                if entry == root or entry.startswith(root.rstrip(os.sep) + os.sep):
                    return key.rule in skips(entry)
            return False

        def covers(key: Key) -> bool:
            if not checked:
                from .config import ConfigError
                from .lint.engine import build_ruleset
                from .lint.formats.paths import named_from
                from .lint.selection import Selection

                from .lint.engine import PerFileIgnores

                folder = with_baseline.folder
                checked["paths"] = {path_key(named_from(p, folder)) for p in [*linted(), *(f.path for f in findings)]}
                checked["rules"] = set()
                # The files the run could not check whole: a `schema` or `yaml-syntax` finding keeps the document
                # rules off them, so their other entries are hidden, not fixed.
                checked["broken"] = {path_key(named_from(f.path, folder)): f.path for f in findings if f.rule in _FORMAT_RULES}
                checked["unread"] = {path_key(named_from(f.path, folder)) for f in findings if f.rule == "yaml-syntax"}
                checked["document"] = set()
                ignores[:] = []
                for config in configs:
                    try:
                        ruleset = build_ruleset(config, Selection(*chosen))
                    except ConfigError:
                        continue
                    checked["rules"].update(ruleset.active)
                    checked["document"].update(name for name, cls in ruleset.known.items()
                                               if getattr(cls, "scope", "document") == "document")
                    workspaces.append((str(config.root), config, ruleset))
                    if config.per_file_ignores:
                        ignores.append((str(config.root), PerFileIgnores(config, ruleset.known)))
            if key.rule not in checked["rules"]:
                return False
            if ignores and _ignored_there(key):
                return False  # per-file-ignores switches the rule off there, as --ignore would: kept, not fixed
            if key.path in checked["paths"]:
                if key.path in checked["broken"] and key.rule in checked["document"] and key.rule not in _FORMAT_RULES:
                    # Hidden only where the rule did not run: one that ran on a half-valid document and found
                    # nothing there (stale-review beside a misspelt `goalz:`) had its finding fixed.
                    if key.path not in ran_on:
                        ran_on[key.path] = _ran_there(key.path)
                    ran, own = ran_on[key.path]
                    if ran is None or key.rule not in ran:
                        return HIDDEN
                    top = key.place.split(".", 1)[0].split("[", 1)[0]
                    if own is not None and top and top not in own:
                        return HIDDEN  # its field is gone where a key cxkit does not know stands: perhaps renamed
                return True
            from .visible import raw_name

            if not with_baseline.whole:
                return False
            # A file that is gone is fixed only in a workspace the run checked: not in another team's folder
            # beside it, whose entries a baseline shared at a monorepo's top keeps.
            entry = os.path.normpath(os.path.join(with_baseline.folder, raw_name(key.path)))
            return not os.path.lexists(entry) and any(
                entry.startswith(str(config.root).rstrip(os.sep) + os.sep) for config in configs)

        return covers

    return of_run


def _baseline_after(with_baseline: Any, outcome: Any, output_format: OutputFormat, statistics: bool, out: Any,
                    quiet: bool, pl: Optional[bool] = None, each: Optional[list[tuple[Any, Any]]] = None) -> None:
    """After a report filtered by a baseline: how many findings it hid (text), and its entries no longer found
    (stderr; not with ``quiet``, which prints the findings only).  ``pl``: the summary in Polish (default: as the
    baseline's notes); ``each``: the baselines of a run over several workspaces, with each one's outcome, whose
    notes are said each in its workspace's language."""
    from .lint.baseline import stale_note, summary

    if output_format is OutputFormat.text and not quiet and outcome.baselined:
        out.write(summary(outcome, by_rule=statistics, pl=with_baseline.pl if pl is None else pl) + "\n")
    if quiet:
        return
    for run_plan, part_outcome in each or [(with_baseline, outcome)]:
        note = stale_note(run_plan, part_outcome)
        if note:
            _error(f"{'uwaga' if run_plan.pl else 'note'}: {note}")


def _check_selectors(chosen: tuple[tuple[str, ...], ...]) -> None:
    """Raise :class:`ConfigError` for a rule named on the command line that does not exist, with the rules it may mean
    (see :func:`cxkit.cliutil.refuse_unknown_rules`)."""
    from .cliutil import RUN_IN_POLISH, refuse_unknown_rules

    for option, selectors in zip(("--select", "--ignore", "--extend-select"), chosen):
        refuse_unknown_rules(selectors, option, RUN_IN_POLISH.get())  # in the language of the run's config


def _render(
    output_format: OutputFormat, statistics: bool, findings: list[Any], files: int, documents: int, stream: Any,
    targets: list[str], quiet: bool = False, linted: Optional[Callable[[], list[str]]] = None,
    fails: Optional[Callable[[Any], bool]] = None, baselined: Optional[tuple[list[Any], list[bool]]] = None,
    pl: bool = False,
) -> None:
    """Print the findings; SARIF and GitHub name files from the top of the targets' repository.  ``pl``: the text
    format's summary line (and --statistics' for a clean run) in Polish; the machine formats do not change.

    ``baselined``: with a baseline, every finding and whether the baseline records it (SARIF gives
    each result its `baselineState`; the other formats print ``findings``, the new ones, alone).

    ``quiet``: the text format and its statistics table without the summary line.  A report to a file
    (any ``stream`` but stdout) is plain text, whatever the terminal.  ``linted``: the paths of the
    files checked, as shown (JUnit makes each a test case, the clean ones too); ``fails``: whether a
    finding is at the fail level (JUnit fails a test case for those only; default: every finding)."""
    if statistics and output_format is OutputFormat.json:
        from .lint.formats.statistics import render_statistics_json

        render_statistics_json(findings, stream)
    elif statistics:
        from .lint.formats.statistics import render_statistics

        render_statistics(findings, stream, files, documents, quiet=quiet, pl=pl)
    elif output_format is OutputFormat.json:
        from .lint.formats.json import render_json

        render_json(findings, stream)
    elif output_format is OutputFormat.sarif:
        from .lint.formats.paths import repository_root
        from .lint.formats.sarif import render_sarif
        from .lint.rule import all_rules

        if baselined is not None:
            render_sarif(baselined[0], all_rules(), __version__, stream, repository_root(targets), known=baselined[1])
        else:
            render_sarif(findings, all_rules(), __version__, stream, repository_root(targets))
    elif output_format is OutputFormat.github:
        from .lint.formats.github import render_github
        from .lint.formats.paths import annotation_root

        render_github(findings, stream, annotation_root(targets))
    elif output_format is OutputFormat.gitlab:
        from .lint.formats.gitlab import project_root, render_gitlab

        render_gitlab(findings, stream, project_root(targets))
    elif output_format is OutputFormat.junit:
        from .lint.formats.junit import render_junit
        from .lint.formats.paths import project_root

        render_junit(findings, linted() if linted is not None else [], stream, project_root(targets), fails or (lambda f: True))
    else:
        from .lint.formats.text import render_text

        render_text(findings, files, documents, stream, color=None if stream is sys.stdout else False, quiet=quiet, pl=pl)


def _linted_paths(parts: list[tuple[list[str], Any, Any]]) -> list[str]:
    """The files a run checked, as its findings name them: each workspace's targets listed under its
    config, but a YAML file a folder scan passed over as no cxkit document (a Kubernetes ConfigMap,
    another tool's settings), which the summary counts among the files read. The rest of a workspace,
    read as context, is not listed; a folder that could not be read is added by the caller with its finding.

    Each part is (targets, config, its LintResult or None): a run the engine checked names its files
    (``linted``); one answered whole by the cache is listed here, its files read for their kind."""
    from .discovery import discover
    from .named import claims_document

    paths: set[str] = set()
    for targets, config, result in parts:
        if result is not None and result.linted is not None:
            paths.update(result.linted)
            continue
        nested = config.nested
        config.nested = list(nested) if nested is not None else None  # listing again records nothing
        try:
            found, _unreadable = discover(targets, config)
        finally:
            config.nested = nested
        paths.update(target.display for target in found if target.explicit or claims_document(target))
    return sorted(paths)


def _fails_at(fail_level: Optional[FailLevel], config: Any) -> Callable[[Any], bool]:
    """Whether a finding reaches the run's fail level (--fail-level, else the config's); at `never` none does."""
    rank = SEVERITY_RANK.get((fail_level.value if fail_level else None) or config.fail_level, len(SEVERITY_RANK) + 1)
    return lambda f: int(f.severity) >= rank


def _github_log_summary(findings: list[Any], files: int, documents: int, pl: bool = False) -> str:
    from .lint.formats.github import github_log_summary

    return github_log_summary(findings, files, documents, pl)


def _github_step_summary(findings: list[Any], files: int, documents: int, pl: bool = False) -> str:
    from .lint.formats.github import step_summary

    return step_summary(findings, files, documents, pl)


def _log_count(findings: list[Any], files: int, documents: int, pl: bool = False) -> str:
    """The line a report written to a file leaves in a GitHub Actions log: the text format's summary line."""
    from .lint.formats.text import summary_line

    return f"cxkit: {summary_line(findings, files, documents, pl)}\n"


def _github_after(
    output_format: OutputFormat, statistics: bool, job_page: bool, log: Callable[[], Optional[str]],
    step: Callable[[], Optional[str]], count: Optional[Callable[[], Optional[str]]] = None, pl: bool = False,
) -> None:
    """After a report: the github format's summaries; with ``job_page`` (its report a text file), the step summary alone;
    with ``count`` (a report file under GitHub Actions), that line on stderr first; ``pl``: a warning in Polish, as the
    summary is said."""
    if count is not None:
        line = count()
        if line:
            sys.stderr.write(line)
    if statistics:
        return
    if output_format is OutputFormat.github:
        _github_summaries(log(), step, pl)
    elif job_page:
        _github_summaries(None, step, pl)


def _github_summaries(log: Optional[str], step: Callable[[], Optional[str]], pl: bool = False) -> None:
    """After the annotations: the summary on stderr, and on the job's page when ``GITHUB_STEP_SUMMARY`` names a file.

    Neither changes the exit code: a summary that cannot be written is a warning.
    """
    if log:
        sys.stdout.flush()  # a CI log interleaves both streams: the summary comes after the annotations
        sys.stderr.write(log)
    if not os.environ.get("GITHUB_STEP_SUMMARY"):
        return
    text = step()
    if text:
        from .lint.formats.github import append_step_summary

        problem = append_step_summary(text)
        if problem is not None:
            if pl:  # the system's own words (`Permission denied`) as they are
                problem = problem.replace(": not a regular file", ": to nie jest zwykły plik")
                _error(f"ostrzeżenie: nie zapisano podsumowania kroku (GITHUB_STEP_SUMMARY): {problem}")
            else:
                _error(f"warning: the step summary was not written: {problem}")


def _places(output_format: OutputFormat, statistics: bool) -> bool:
    """Whether the report writes each finding's place in its document (`cxkit.lint.formats.located`): the
    engine then works it out while it holds each parsed document, rather than the report reading the files again."""
    return not statistics and output_format in (OutputFormat.json, OutputFormat.sarif, OutputFormat.gitlab)


def _stored_output_name(
    output_format: OutputFormat, statistics: bool, targets: list[str], out: Any = None, quiet: bool = False,
    fail_level: Optional[FailLevel] = None, config: Any = None,
) -> str | None:
    """Under which name a cached run keeps this output; None when the output depends on the terminal."""
    if statistics:
        return "statistics-json" if output_format is OutputFormat.json else "statistics quiet" if quiet else "statistics"
    if output_format is OutputFormat.text:
        from .lint.formats.text import is_plain

        to_file = out is not None and out is not sys.stdout  # --output-file: always plain
        if not to_file and not is_plain(sys.stdout, None):
            return None
        if quiet or to_file:
            return "text quiet" if quiet else "text"
        from .lint.formats.text import isatty

        # NO_COLOR at a terminal: the tally of a long run follows the summary, as in colour; never in a pipe.
        return "text tty" if isatty(sys.stdout) else "text"
    if output_format in (OutputFormat.sarif, OutputFormat.github):
        # They name files from the repository's top (GitHub's workspace for annotations), which the
        # same files and config can have another of: a copy of the repository, another GITHUB_WORKSPACE.
        from .lint.formats.paths import annotation_root, repository_root

        root = repository_root(targets) if output_format is OutputFormat.sarif else annotation_root(targets)
        return f"{output_format.value} {root}"
    if output_format is OutputFormat.gitlab:  # named from the project's top (CI_PROJECT_DIR), likewise
        from .lint.formats.gitlab import project_root

        return f"gitlab {project_root(targets)}"
    if output_format is OutputFormat.junit:  # named from there too; a case fails at the run's fail level
        from .lint.formats.paths import project_root

        level = (fail_level.value if fail_level else None) or (config.fail_level if config is not None else "")
        return f"junit {project_root(targets)} {level}"
    return output_format.value


def _plain_output(
    output_format: OutputFormat, statistics: bool, findings: list[Any], files: int, documents: int, targets: list[str],
    quiet: bool = False, linted: Optional[Callable[[], list[str]]] = None, fails: Optional[Callable[[Any], bool]] = None,
    tally: bool = False, pl: bool = False,
) -> str | None:
    """What `_render` prints for a stream without colours, or None when that takes more than the findings;
    ``tally``: for a terminal, with the tally of a long run after the summary."""
    if output_format is OutputFormat.text and not statistics:
        from .lint.formats.text import plain_text

        return plain_text(findings, files, documents, quiet=quiet, tally=tally, pl=pl)
    out = io.StringIO()
    _render(output_format, statistics, findings, files, documents, out, targets, quiet, linted, fails, pl=pl)
    return out.getvalue()


def _exit(
    count: int, documents: int, worst: int, targets: list[str], fail_level: Optional[FailLevel], exit_zero: bool,
    config: Any, excluded: list[str], remember: bool = True, linted: Optional[list[str]] = None,
    cached: Optional[list[str]] = None,
) -> None:
    """Warn about named folders left out and a workspace without documents, then exit by the worst severity found
    (1 info .. 3 error, 0 none).  ``remember``: the notes may use and keep what they found beside the lint cache.
    ``linted``: the files checked, as shown; ``cached``, for a run the cache answered: the files its scan met."""
    from .discovery import display_path

    _warn_excluded(excluded, config)
    searched = [t for t in targets if display_path(t) not in excluded]
    if documents == 0 and not count and searched:
        _warn_no_documents(searched, [config])
    elif documents:
        _note_ignored_lookalikes([config], searched, remember)
    note_txt_files([config], searched)
    _say_text_documents([config], searched)
    _note_stale_schema(config, remember)
    _note_linked_folders([config], searched)
    _note_config_slips([(config, linted)] if cached is None else [(config, cached)],
                       None if cached is None else lambda: [(config, _linted_paths([(targets, config, None)]))])
    level = (fail_level.value if fail_level else None) or config.fail_level
    if exit_zero or level == "never":
        raise typer.Exit(EXIT_OK)
    raise typer.Exit(EXIT_FINDINGS if worst >= SEVERITY_RANK[level] else EXIT_OK)


def _say_text_documents(configs: list[Any], searched: list[str]) -> None:
    """Name the `.txt` files the scans passed over that hold a cxkit document (`personas/ola.txt`): see :mod:`cxkit.txtnote`."""
    if any(c.txt_other for c in configs):  # most runs meet no .txt file: nothing imported
        from .txtnote import say_text_documents

        say_text_documents(configs, searched)


def _note_unread_languages(counts: dict[str, int]) -> None:
    """Say once on stderr how many documents are in a language whose words cxkit does not read (`lang: de`,
    Czech words), and which checks leave them alone."""
    if not sum(counts.values()):
        return  # none: a warm run loads no more than before
    from .cliutil import RUN_IN_POLISH
    from .langs import unread_languages_note

    pl = RUN_IN_POLISH.get()  # in the language of the config where the run starts, as its summary
    note = unread_languages_note(counts, pl)
    if note is not None:
        _error(f"{'uwaga' if pl else 'note'}: {note}")


def _note_config_slips(
    checked: list[tuple[Any, Optional[list[str]]]], exact: Optional[Callable[[], list[tuple[Any, Any]]]] = None,
) -> None:
    """Say on stderr which patterns of the configs in force are written in the wrong case and which files beside
    the documents look meant as a config but are not read (see :mod:`cxkit.confignotes`): notes, the exit code
    stays as it is.  ``checked``: each config with the files checked under it; with ``exact``, with every file
    a scan met (a run answered by the cache), and ``exact()`` gives the files checked when there is a note."""
    from .confignotes import config_notes

    for note in config_notes(checked, exact):  # each in its config's language
        _error(f"{note.lead}: {note}")


def _note_stale_schema(config: Any, remember: bool = True) -> None:
    """Say once when the workspace's schema/cxkit.json (`cxkit init --editor vscode`) is an older cxkit's;
    ``remember``: the answer may be kept beside the lint cache (not with --no-cache)."""
    if config.source is None:
        return
    from .scaffold.editor import stale_schema_note

    note = stale_schema_note(Path(config.root), remember)
    if note:
        _error(f"note: {note}")


def _note_linked_folders(configs: list[Any], searched: list[str]) -> None:
    """Say once which links to folders the folder scans passed over (see :func:`cxkit.discovery.note_linked_folders`)."""
    from .cliutil import RUN_IN_POLISH
    from .discovery import note_linked_folders

    note = note_linked_folders(configs, searched, RUN_IN_POLISH.get())  # in the language of the run's config
    if note:
        _error(note)


def _warn_excluded(excluded: list[str], config: Any) -> None:
    """Say of each named folder that `exclude` matches that it was not checked, and how to check it."""
    for folder in excluded:
        # Named, yet matched by `exclude`: not checked, and not "empty" either.
        _error(excluded_warning(folder, config.source, "checked", "check", f"cxkit lint {yaml_globs(folder)}"))


def _warn_no_documents(searched: list[str], configs: list[Any]) -> None:
    # Not a failure (an empty workspace is valid), but almost always a wrong path. In Polish when every
    # workspace searched says `lang = "pl"`, as fmt says it, and so are the notes below.
    pl = bool(configs) and all(c.lang == "pl" for c in configs)
    if pl:
        _error(f"ostrzeżenie: nie znaleziono dokumentów cxkit w {', '.join(searched)} (szukano plików *.yaml / *.yml z "
               "kind: persona, negative-persona lub journey)")
    else:
        _error(
            f"warning: no cxkit documents found in {', '.join(searched)} "
            "(looked for *.yaml / *.yml files with kind: persona, negative-persona or journey)"
        )
    from .discovery import excluded_note, ignored_documents

    left_out = excluded_note(configs, searched, pl=pl)
    if left_out is not None:
        _error(left_out)
    from .discovery import tool_folder_note

    tools = tool_folder_note(searched, pl=pl)
    if tools is not None:
        _error(tools)

    # Or a .gitignore that covers the documents themselves (an allow-list `*` + `!*/`, an ignored folder).
    for config in configs:
        hidden = ignored_documents(config)
        if hidden:
            n = len(hidden)
            if pl:
                from .lint.polish import counted

                where = f"w {config.label}" if config.source else "w pliku cxkit.toml"
                them = "go" if n == 1 else "je"
                _error(f"uwaga: git ignoruje tu {counted(n, 'dokument', 'dokumenty', 'dokumentów')} cxkit, więc "
                       f"{'go' if n == 1 else 'ich'} nie sprawdzono ({hidden[0]}{', ...' if n > 1 else ''}); wskaż {them} "
                       f"(cxkit lint {shell_word(hidden[0])}) albo ustaw respect-gitignore = false {where}")
                break
            where = f"in {config.label}" if config.source else "in a cxkit.toml"
            _error(
                f"note: git ignores {n} cxkit document{'s' if n > 1 else ''} here, so "
                f"{'they were' if n > 1 else 'it was'} not checked ({hidden[0]}{', ...' if n > 1 else ''}); "
                f"name {'them' if n > 1 else 'it'} (cxkit lint {shell_word(hidden[0])}), or set respect-gitignore = false {where}"
            )
            break


def _note_ignored_lookalikes(configs: list[Any], searched: list[str], remember: bool = True) -> None:
    """In a run that checked documents, say once on stderr how many files its folder scans passed over
    because git ignores them, though they look like cxkit documents (a `kind:` line: a draft persona
    in .gitignore), how to check them, and how to keep them unchecked without the note (`exclude`).
    A note, not a finding: the exit code stays as it is.

    Only of the folders searched (the configured paths, `.`, a folder named), not of the rest of the
    workspace read for context: a hook that names the files it changed is told nothing, and
    `cxkit lint personas/` nothing of an ignored `szkice/` beside it.

    With ``remember`` (not `--no-cache`), each config's answer is kept beside its lint cache, with what
    it looked at: a warm run only stats that (:class:`cxkit.lint.cache.LookalikeMemo`)."""
    folders = [t for t in searched if os.path.isdir(t)]
    if not folders:
        return
    import json

    from .discovery import ignored_lookalikes

    shown: list[str] = []
    more = False
    where = ""
    entries: list[str] = []  # what `exclude` takes to leave them out: the ignored folders or files they are in
    for config in configs:
        if not config.ignored_skipped:
            continue
        memo = None
        if remember:
            from .lint.cache import LookalikeMemo

            memo = LookalikeMemo(config.root)
        found, stopped = ignored_lookalikes(config, within=folders, memo=memo)
        if memo is not None:
            memo.save()
        if found and not shown:
            where = f"in {config.label}" if config.source else "in a cxkit.toml"
            entries = list(dict.fromkeys(json.dumps(e, ensure_ascii=False) for _, e in found))
        shown += [f for f, _ in found if f not in shown]
        more = more or stopped
    if not shown:
        return
    n = len(shown)
    many = n > 1 or more
    first = shown[0]
    from .cliutil import RUN_IN_POLISH

    if RUN_IN_POLISH.get():  # in the language of the config where the run starts, as its summary
        from .lint.polish import plural

        where = where.replace("in a cxkit.toml", "w pliku cxkit.toml").replace("in ", "w ", 1)
        # The words agree with the number said ("co najmniej 1 plik, który wygląda jak dokument"), not with `many`.
        files = (f"{plural(n, 'plik, który wygląda', 'pliki, które wyglądają', 'plików, które wyglądają')} jak "
                 f"{'dokumenty' if n > 1 else 'dokument'} cxkit")
        them, their = ("je", "ich") if n > 1 else ("go", "go")
        _error(f"uwaga: git ignoruje tu jeszcze {'co najmniej ' if more else ''}{n} {files}, więc {their} nie "
               f"sprawdzono ({first}{', ...' if many else ''}); wskaż {them} (cxkit lint {shell_word(first)}) albo ustaw "
               f"respect-gitignore = false {where}; by {their} nie sprawdzać i nie widzieć tej uwagi, dodaj "
               f"{', '.join(entries[:3])}{', ...' if len(entries) > 3 else ''} do exclude w tej samej konfiguracji")
        return
    # The words agree with the number said ("at least 1 more file here that looks like"), not with `many`.
    them = "them" if n > 1 else "it"
    _error(
        f"note: git ignores {'at least ' if more else ''}{n} more file{'s' if n > 1 else ''} here that "
        f"look{'' if n > 1 else 's'} like {'' if n > 1 else 'a '}cxkit document{'s' if n > 1 else ''}, so "
        f"{'they were' if n > 1 else 'it was'} not checked ({first}{', ...' if many else ''}); name {them} "
        f"(cxkit lint {shell_word(first)}), or set respect-gitignore = false {where}; to keep {them} unchecked "
        f"without this note, add {', '.join(entries[:3])}{', ...' if len(entries) > 3 else ''} to exclude there"
    )


cache_app = typer.Typer(cls=Group, help="Manage the lint cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear", cls=Command)
@guarded
def cache_clear(
    paths: Annotated[
        Optional[list[str]],
        typer.Argument(metavar="PATHS", show_default=False, help="Files or folders of the workspace, as given to `cxkit lint` (default: the current folder's workspace)."),
    ] = None,
    config_file: Annotated[Optional[str], typer.Option("--config", metavar="FILE", help="Use this config file instead of discovery.")] = None,
) -> None:
    """Delete the lint cache of this workspace."""
    from .lint.cache import clear

    config_path = config_option(config_file)

    from .config import shown_path

    folders, workspace_here = _cache_folders(paths or [], config_path)
    removed = [(folder, root, n) for folder, root in folders if (n := clear(folder))]
    from .cliutil import RUN_IN_POLISH

    pl = RUN_IN_POLISH.get()  # set from the config where the run starts (_cache_folders), as lint's summary
    for folder, root, n in removed:
        if pl:
            from .lint.polish import counted

            sys.stdout.write(f"usunięto {counted(n, 'plik', 'pliki', 'plików')} pamięci podręcznej z "
                             f"{shown_path(folder, root)}\n")
            continue
        sys.stdout.write(f"removed {n} cache {'file' if n == 1 else 'files'} from {shown_path(folder, root)}\n")
    if not removed:
        where = ", ".join(shown_path(folder, root) for folder, root in folders)
        if pl:  # a config says `lang = "pl"`, so the hint on caches below a folder with none has nothing to say
            sys.stdout.write(f"nie ma czego czyścić: w {where} nie ma pamięci podręcznej\n")
            return
        hint = "" if paths or workspace_here or len(folders) > 1 else _caches_below_hint(folders[0][0])
        sys.stdout.write(f"nothing to clear: no cache at {where}{hint}\n")


def _caches_below_hint(cleared: Path, limit: int = 5000) -> str:
    """With no config here or above: a note naming the lint caches in folders below the current one
    (lint run there, or a workspace a scan from here does not reach) and the command that clears
    each; empty when there is none, so that a cache simply not written yet gets no hint.

    The walk skips hidden folders, ``node_modules`` and ``__pycache__``, follows no link and stops
    after ``limit`` folders.
    """
    import shlex

    from .config import holds_config
    from .discovery import display_path
    from .lint.cache import CACHE_DIR_NAME

    if os.environ.get("CXKIT_CACHE_DIR"):
        return ""  # every run uses that one folder
    skip = os.path.abspath(cleared)
    found: list[str] = []
    stack, seen = ["."], 0
    while stack and seen < limit:
        folder = stack.pop()
        seen += 1
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        names = [e.name for e in entries]
        for entry in entries:
            try:
                if not entry.is_dir(follow_symlinks=False):
                    continue
            except OSError:
                continue
            if entry.name == CACHE_DIR_NAME:
                if os.path.abspath(entry.path) != skip and _has_entries(entry.path):
                    where = os.path.normpath(folder)
                    clears = (f"cxkit cache clear {shlex.quote(where)}" if holds_config(folder, names)
                              else f"cd {shlex.quote(where)} && cxkit cache clear")
                    found.append(f"{display_path(os.path.normpath(entry.path))}, which `{clears}` clears")
            elif not entry.name.startswith(".") and entry.name not in ("node_modules", "__pycache__"):
                stack.append(entry.path)
    if not found:
        return ""
    found.sort()
    more = f"; and {len(found) - 3} more" if len(found) > 3 else ""
    return (" (there is no cxkit config here or above; a folder below has a lint cache: "
            + "; ".join(found[:3]) + more + ")")


def _has_entries(folder: str) -> bool:
    try:
        with os.scandir(folder) as it:
            return any(True for _ in it)
    except OSError:
        return False


def _cache_folders(paths: list[str], config_path: Optional[Path]) -> tuple[list[tuple[Path, Path]], bool]:
    """The cache folders `cxkit lint PATHS` (with the same --config) reads and writes, each with the folder of
    its workspace, and whether a config is in force.

    The workspace is found as lint finds it (the config nearest the named paths, else the current
    folder's), and so are the workspaces lint checks each under its own config: those the paths
    (else the current folder) lie in or hold in their folders.
    """
    from .config import load_config
    from .discovery import UsageError, display_path, missing_path
    from .lint.cache import cache_dir

    for given in paths:
        if not os.path.lexists(given):
            raise missing_path(given)
    # Rule settings are not checked: a typo in [rules] must not keep a stale cache in place.
    config = load_config(config_path, check_rules=False, near=paths)
    from .cliutil import RUN_IN_POLISH

    RUN_IN_POLISH.set(config.lang == "pl")  # a cache folder that cannot be cleared is told in the config's language
    roots = [config.root]
    if config_path is None:
        # The workspaces lint checks each under its own config: the named paths' and those in folders under them.
        from .lint.workspaces import Part, listed_nested, named_parts, plan

        searched = list(paths) or ["."]
        first = named_parts(searched, config) or [Part(config, searched)]
        roots += [part.config.root for part in plan(first, listed_nested, warn=False)]
        if config.source is not None:  # with none here, a hint names the caches below (_caches_below_hint)
            roots += _excluded_workspaces(searched)
    unique: list[tuple[Path, Path]] = []
    for root in roots:
        folder = cache_dir(root)
        if not any(os.path.abspath(folder) == os.path.abspath(seen) for seen, _ in unique):
            unique.append((folder, root))
    return unique, config.source is not None


def _excluded_workspaces(searched: list[str], limit: int = 5000) -> list[Path]:
    """The folders under the ``searched`` folders that hold a config and a lint cache although no scan
    from here lints them (an archived client that `exclude` leaves out, linted once in its own folder):
    `cxkit cache clear` from the top clears their caches too.  Hidden folders, ``node_modules`` and
    links are not entered; the walk stops after ``limit`` folders."""
    from .config import holds_config
    from .lint.cache import CACHE_DIR_NAME

    if os.environ.get("CXKIT_CACHE_DIR"):
        return []  # every workspace uses that one folder
    found: list[Path] = []
    stack = [p for p in searched if os.path.isdir(p)]
    seen = 0
    while stack and seen < limit:
        folder = stack.pop()
        seen += 1
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            continue
        names = [e.name for e in entries]
        if CACHE_DIR_NAME in names and holds_config(folder, names):
            found.append(Path(folder).resolve())
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False) and not entry.name.startswith(".") and entry.name != "node_modules":
                    stack.append(entry.path)
            except OSError:
                continue
    return found


def _write_machine(text: str) -> None:
    """A machine format (JSON, Markdown, the schema) on standard output: UTF-8 bytes whatever the console's
    encoding, as `lint -f json` and `render -f` write theirs, so that `>` gives what `-o FILE` gives."""
    from .cliutil import write_utf8

    if not write_utf8(sys.stdout, text):  # a stream that takes text only
        sys.stdout.write(text)


class RulesFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    md = "md"  # markdown, as `cxkit render -f md` and `cxkit diff -f md` take it
    json = "json"


@app.command(cls=Command)
@guarded
def rules(
    output_format: Annotated[RulesFormat, typer.Option("--format", "-f", case_sensitive=False, help="text, markdown (docs/rules.md) or json.")] = RulesFormat.text,
) -> None:
    """List every lint rule: code, name, default severity and what it checks.

    An opt-in rule is marked "(opt-in)": it runs only where a team names it (its name or code in
    `select`, `extend-select` or `--select`, or `enabled = true` in its table); `ALL` and a code
    prefix leave it out."""
    from .lint.rule import all_rules

    known = all_rules()
    if output_format in (RulesFormat.markdown, RulesFormat.md):
        from .lint.docs import rules_markdown

        _write_machine(rules_markdown())
    elif output_format is RulesFormat.json:
        import json

        from .lint.docs import rule_docs, rule_url
        from .lint.rule import plugin_of

        items = [{"code": c.code, "name": c.name, "severity": c.severity.name, "summary": c.summary(),
                  "plugin": _plugin_key(plugin_of(c)), "docs": rule_docs(c), "url": rule_url(c),
                  "opt_in": bool(getattr(c, "opt_in", False))} for c in known.values()]
        _write_machine(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
    else:
        from .lint.rule import plugin_of

        from .colour import isatty, read_aloud
        from .helpformat import NARROW, wrap_text
        from .lint.docs import help_width

        columns = help_width()
        # In a pipe or file a rule is one line, for grep and awk, whatever COLUMNS says; but not where it is
        # read aloud (CXKIT_LAYOUT=stacked, or piped to `less` or a file from a dumb terminal): there the
        # lines are laid out to COLUMNS (or the terminal's width), as at the terminal itself.
        terminal = isatty(sys.stdout) or read_aloud(sys.stdout)
        width = max(len(c.name) for c in known.values())
        # A rule a block below NARROW, and also where the summaries' column beside the code, name and severity
        # would be narrower than RULES_SUMMARY_ROOM: at 60 columns it had 14, and the terminal cut a longer
        # word there ("demograficzny" / "mi,").
        blocks = terminal and (columns < NARROW or columns - len(f"CX000  {'':<{width}}  {'':<7}  ") < RULES_SUMMARY_ROOM)
        _note_broken_config()
        polish = _polish_summaries()  # in a Polish workspace, as `cxkit rule NAME` says it; a plugin's stays its own
        for cls in known.values():
            summary = polish.get(cls.name) or cls.summary()
            plugin = plugin_of(cls)
            source = f"  [{plugin.dist} {plugin.version}]" if plugin is not None else ""  # not cxkit's own
            if getattr(cls, "opt_in", False):  # listed, yet no run has it unless the team names it
                source = f"  {OPT_IN_MARK_PL if polish else OPT_IN_MARK}{source}"
            if blocks:
                # A narrow terminal (200% zoom): one rule a block, its summary under it, broken at spaces only.
                summary = wrap_text(summary + source, columns - 2, "    ", "    ")
                heading = wrap_text(f"{cls.code} {cls.name} ({cls.severity.name})", columns)
                sys.stdout.write(f"{heading}\n{summary}\n")
                continue
            line = f"{cls.code}  {cls.name:<{width}}  {cls.severity.name:<7}  "
            if terminal and len(line) + len(summary + source) > columns:
                # At a terminal, the summary wrapped under its column rather than by the terminal, mid-word;
                # in a pipe or file a rule stays one line, for grep and awk.
                indent = " " * len(line)
                line = wrap_text(summary + source, columns - 1, line, indent)
            else:
                line += summary + source
            sys.stdout.write(line + "\n")


#: The fewest columns `cxkit rules` at a terminal gives the summaries beside the code, name and severity;
#: with fewer it writes a rule a block, its summary under it.
RULES_SUMMARY_ROOM = 30
#: What `cxkit rules` writes after the summary of an opt-in rule (:attr:`cxkit.lint.rule.Rule.opt_in`).
OPT_IN_MARK = "(opt-in)"
#: The same in a Polish workspace's `cxkit rules` (its summaries are Polish there): a rule to be turned on.
OPT_IN_MARK_PL = "(do włączenia)"


def _plugin_key(plugin: Any) -> Optional[dict[str, str]]:
    """`cxkit rules -f json`'s `plugin`: the distribution that provides a rule and its version; null for cxkit's own."""
    return None if plugin is None else {"name": plugin.dist, "version": plugin.version}


#: Names (and codes) cxkit prints beside a problem that no lint rule has: `cxkit rule` says what each is.
NOT_LINT_RULES: dict[str, tuple[str | None, str]] = {
    "fmt-layout": (
        "CX009",
        "The code `cxkit fmt` gives a file that is valid YAML and a valid document, but that fmt cannot lay out "
        "as it is without losing something: a comment inside a flow list (`[a,  # note`), a tab it cannot "
        "place, a value whose tag or spelling its writer would change. fmt leaves the file untouched, says "
        "where and what to write instead (for a comment: move it to a line of its own above the key, or write "
        "the list one `- item` a line), and exits 1.\n\n"
        "`cxkit lint` never reports it: the file is fine to lint, so there is nothing to select, ignore or "
        "suppress. See docs/scaffolding.md, section `cxkit fmt`.",
    ),
    "internal-error": (
        None,
        "The note `cxkit diff` writes, as git's diff driver, when cxkit itself failed while comparing a file: "
        "a bug in cxkit, not a problem in the file. git shows the plain line diff of that file instead and "
        "goes on to the next one. Please report it; `CXKIT_DEBUG=1 git diff` shows where it failed. "
        "Its line carries the code CX000, which it shares with read-error (a file cxkit could not read).\n\n"
        "No lint rule reports it, so there is nothing to select, ignore or suppress. See docs/diff.md, "
        "section `cxkit as git's diff driver`.",
    ),
}


def _summary_pl(name: str) -> Optional[str]:
    """A rule's summary in Polish when the config of the current folder says `lang = "pl"` (`cxkit rule` in a
    Polish workspace); None otherwise, and when no config can be read (the help is English then)."""
    return _polish_summaries().get(name)


def _workspace_lang() -> Optional[str]:
    """The language the config of the current folder sets (`lang = "en"`), whose Bad and Good examples
    `cxkit rule NAME` shows where a rule gives them; None when it cannot be known."""
    return _help_config()[0]


def _help_config() -> tuple[Optional[str], Any]:
    """The language of the config of the current folder, for `cxkit rule` and `cxkit rules`, and the error of
    one that cannot be read (None when it can). Such a config's language is still known when its own text
    says `lang` above its first table, or a config it extends does (as its error's is, :func:`located_said`);
    else None, and the help is English."""
    from .config import ConfigError, load_config

    try:
        return load_config(None, check_rules=False).lang, None
    except ConfigError as exc:  # lint's to report; the help says so (:func:`_note_broken_config`)
        return getattr(exc, "lang", None), exc
    except (OSError, ValueError):
        return None, None


def _note_broken_config() -> None:
    """Say on stderr that the config of the current folder cannot be read, and what that means for the rules'
    help: described in its language when that is known (`lang = "pl"` above the error), else in English. Once, before
    the help; nothing when the config can be read. The exit code stays 0: the help was asked for, and given."""
    lang, exc = _help_config()
    if exc is None:
        return
    from .config import located_said

    if lang == "pl":
        _error(f"uwaga: {located_said(exc, True)}; tej konfiguracji nie da się odczytać: `cxkit lint` zgłosi ten błąd")
    elif lang is None:
        _error(f"note: {located_said(exc, False)}; the config cannot be read, so its `lang` is not known and the rules "
               "are described in English")
    else:
        _error(f"note: {located_said(exc, False)}; the config cannot be read: `cxkit lint` reports this error")


def _polish_summaries() -> dict[str, str]:
    """The rules' summaries in Polish, by name, when the config of the current folder says `lang = "pl"`
    (`cxkit rule` and `cxkit rules` in a Polish workspace, also when that config cannot be read but says
    `lang = "pl"` above its error: :func:`_help_config`); empty otherwise (the help is English then)."""
    lang = _help_config()[0]
    if lang != "pl":
        return {}
    from .lint.polish_names import SUMMARIES

    return SUMMARIES


@app.command(cls=Command)
@guarded
def rule(
    name: Annotated[str, typer.Argument(help="A rule name (pseudo-profiling) or code (CX101).")],
    output_format: Annotated[RulesFormat, typer.Option("--format", "-f", case_sensitive=False, help="text, markdown (its section of docs/rules.md: the examples fenced, for an editor's hover) or json (the same parts as data, with `docs`, the section's path in cxkit's repository).")] = RulesFormat.text,
) -> None:
    """Explain one rule: what it checks, why it matters, bad and good examples, options."""
    from .config import ConfigError
    from .lint.docs import fill_paragraph, help_width, rule_help_markdown, rule_help_text
    from .lint.engine import resolve_selector
    from .lint.rule import all_rules

    known = all_rules()
    wanted = name.strip()  # as `--select` reads it: " CX403" is CX403
    by_code = {c.code: n for n, c in known.items()}
    found = next((n for n in (wanted, wanted.lower(), by_code.get(wanted.upper())) if n in known), None)
    if found is not None:
        if output_format is RulesFormat.json:
            import json

            from .lint.docs import rule_json
            from .lint.rule import plugin_of

            data = {**rule_json(known[found]), "plugin": _plugin_key(plugin_of(known[found]))}
            _write_machine(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        elif output_format in (RulesFormat.markdown, RulesFormat.md):
            _write_machine(rule_help_markdown(known[found]))
        else:
            _note_broken_config()
            sys.stdout.write(rule_help_text(known[found], help_width(), _summary_pl(found), _workspace_lang()))
        return
    other = next((n for n, (code, _) in NOT_LINT_RULES.items() if wanted.lower() == n or code and wanted.upper() == code), None)
    if other is not None:
        # A name or code cxkit prints that no lint rule has: what it is, not a rule it is not.
        code, text = NOT_LINT_RULES[other]
        head = f"{other} ({code})" if code else other
        if output_format is RulesFormat.json:
            import json

            data = {"code": code, "name": other, "lint_rule": False, "text": text}
            _write_machine(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        elif output_format in (RulesFormat.markdown, RulesFormat.md):
            _write_machine(f"## {other}\n\n{f'`{code}` · ' if code else ''}not a lint rule\n\n{text}\n")
        else:
            width = help_width()
            paragraphs = "\n\n".join(fill_paragraph(p, width) for p in text.split("\n\n"))
            sys.stdout.write(f"{head}: not a lint rule\n\n{paragraphs}\n")
        return
    pl = bool(_polish_summaries())  # in a Polish workspace its errors are Polish, as the summary it gives
    from .lint.polish import q

    if not wanted:
        if pl:
            raise ConfigError("podaj nazwę reguły (pseudo-profiling) albo jej kod (CX101); listę reguł podaje `cxkit rules`")
        raise ConfigError("give a rule name (pseudo-profiling) or code (CX101); `cxkit rules` lists them")
    try:
        group = resolve_selector(wanted, known)
    except ConfigError:
        import difflib

        from .lint.selection import rule_hint, rule_hint_pl

        near = difflib.get_close_matches(wanted.lower(), list(NOT_LINT_RULES), n=1, cutoff=0.8)
        if near and pl:
            raise ConfigError(f"nieznana reguła {q(wanted)}; czy chodziło o {q(near[0])} (to nie reguła lint: "
                              f"`cxkit rule {near[0]}` mówi, co to jest)?") from None
        if near:
            raise ConfigError(f"unknown rule '{wanted}'; did you mean '{near[0]}' (not a lint rule: `cxkit rule {near[0]}` "
                              "says what it is)?") from None
        # Any case, names and codes alike: `cx4o3` is a typo of CX403, `pseudo` the start of pseudo-profiling.
        hint = rule_hint(wanted, known)
        said = rule_hint_pl(hint) if pl else None  # a hint not known in Polish: the whole line English
        if said is not None:
            raise ConfigError(f"nieznana reguła {q(wanted)}{said}") from None
        raise ConfigError(f"unknown rule '{wanted}'{hint}") from None
    if len(group) == 1:
        only = known[group[0]]
        if pl:
            raise ConfigError(f"{q(wanted)} to tylko początek kodu; czy chodziło o {q(only.code)} ({only.name})?")
        raise ConfigError(f"'{wanted}' is only the start of a code; did you mean '{only.code}' ({only.name})?")
    if len(group) == len(known):
        if pl:
            raise ConfigError(f"{q(wanted)} oznacza wszystkie reguły, a nie jedną; listę reguł podaje `cxkit rules`")
        raise ConfigError(f"'{wanted}' means every rule, not one rule; `cxkit rules` lists them")
    codes = ", ".join(known[n].code for n in group)
    if pl:
        raise ConfigError(f"{q(wanted)} to grupa reguł ({codes}), a nie jedna reguła; zapytaj o jedną z nich "
                          f"(`cxkit rule {known[group[0]].code}`) albo zobacz wszystkie: `cxkit rules`")
    raise ConfigError(
        f"'{wanted}' names a group of rules ({codes}), not one rule; "
        f"ask for one of them (`cxkit rule {known[group[0]].code}`), or see them all with `cxkit rules`"
    )


class SchemaLang(str, Enum):
    """The languages `cxkit schema --lang` describes the fields in (cxkit.model.schema.SCHEMA_LANGS)."""

    en = "en"
    pl = "pl"


@app.command(cls=Command)
@guarded
def schema(
    kind: Annotated[Optional[DocKind], typer.Argument(case_sensitive=False, help="One kind; all kinds when omitted.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write the schema to FILE (its folder made if needed, UTF-8 on every system) instead of stdout; `cxkit schema -o schema/cxkit.json` refreshes the copy `cxkit init --editor vscode` wrote.")] = None,
    lang: Annotated[SchemaLang, typer.Option("--lang", case_sensitive=False, help="The language of the descriptions and examples an editor shows on hover and in completion (pl: Polish); the schema accepts the same documents in either.")] = SchemaLang.en,
) -> None:
    """Print the JSON Schema of the file format (for editors and check-jsonschema)."""
    import json

    from .model.schema import json_schema

    text = json.dumps(json_schema(kind.value if kind else None, lang.value), ensure_ascii=False, indent=2) + "\n"
    if output is None or str(output) == "-":  # "-": standard output, as `lint -o -` and `render -o -` read it
        _write_machine(text)  # the same bytes as -o FILE: JSON is UTF-8, whatever the console
        return
    from .scaffold.editor import marked, shell_path

    # A file gets the mark by which `cxkit init` tells a copy as cxkit wrote it from one the team edited.
    kind_word = f" {kind.value}" if kind else ""
    lang_word = f" --lang {lang.value}" if lang is not SchemaLang.en else ""
    _write_schema(output, marked(text, f"cxkit schema{kind_word}{lang_word} -o {shell_path(output)}"))


def _write_schema(output: Path, text: str) -> None:
    """`cxkit schema -o FILE`: written atomically, never through a link; exit 2 when it cannot be."""
    from .colour import isatty
    from .fsutil import make_folders, remove_folders, write_atomic
    from .visible import visible

    shown = visible(str(output))
    if output.is_symlink():
        _error(f"cannot write {shown}: it is a symbolic link, and cxkit never writes through one")
        raise typer.Exit(EXIT_ERROR)
    if output.is_dir():
        _error(f"cannot write {shown}: it is a folder; name a file, such as {visible(str(output / 'cxkit.json'))}")
        raise typer.Exit(EXIT_ERROR)
    made: list[Path] = []
    try:  # folders made and named as `lint -o` and `render -o` make and name them
        made = make_folders(output, str(output))
        write_atomic(output, text)
    except OSError as exc:
        remove_folders(made)
        _error(f"cannot write {shown}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_ERROR) from None
    if isatty(sys.stderr):
        sys.stderr.write(f"cxkit: wrote {shown} (JSON Schema)\n")


class _UntilTheReaderGoes(io.FileIO):
    """Standard output or error that, once its reader has gone (`cxkit lint | head`), takes and drops what is written.

    The command then runs to its end and exits by what it found: a CI gate
    that pipes the output into `head` under `set -o pipefail` fails on
    findings however much output there is.
    """

    gone = False
    #: Whether anything was handed to it: a report meant for a standard output that was closed.
    wrote = False

    def write(self, data: Any) -> int:
        if len(memoryview(data)):
            self.wrote = True
        if not self.gone:
            try:
                return super().write(data)
            except BrokenPipeError:
                self.gone = True
        return len(memoryview(data))


def _guard_output(fd: int, stream: Any) -> Any:
    """``stream`` (the one on ``fd``, 1 or 2, or None for a closed one) rebuilt on :class:`_UntilTheReaderGoes`."""
    if stream is not None:
        try:
            if stream.fileno() != fd:
                return stream  # redirected inside Python: not ours to change
            stream.flush()
        except (AttributeError, ValueError, OSError):
            return stream
    encoding = getattr(stream, "encoding", None) or "utf-8"
    line_buffering = fd == 2 or bool(getattr(stream, "line_buffering", False))
    raw = _UntilTheReaderGoes(fd, "w", closefd=False)
    # `python -u` / PYTHONUNBUFFERED: no buffer, every write goes out at once (stdout and stderr keep their order).
    unbuffered = stream is not None and isinstance(getattr(stream, "buffer", None), io.RawIOBase)
    return io.TextIOWrapper(
        raw if unbuffered else io.BufferedWriter(raw), encoding=encoding, errors="backslashreplace",
        line_buffering=line_buffering, write_through=unbuffered or bool(getattr(stream, "write_through", False)),
    )


def _guard_standard_streams() -> None:
    """Open the null device on a closed standard descriptor, and make output survive a reader that goes.

    A closed one (`cxkit lint >&-`) would otherwise be the number the next
    file cxkit opens gets, and a git process would write into that file.
    """
    for fd in (0, 1, 2):  # in order: os.open takes the lowest free number
        try:
            os.fstat(fd)
        except OSError:
            with contextlib.suppress(OSError):
                if os.open(os.devnull, os.O_RDONLY if fd == 0 else os.O_WRONLY) == fd:
                    CLOSED_AT_START.add(fd)  # `-o /dev/stdout` must not write into the null device
    if os.name != "posix":  # the Windows console is no plain file; a pipe there does not raise BrokenPipeError
        return
    with contextlib.suppress(ValueError, OSError):
        if sys.stdout is None or sys.stdout is sys.__stdout__:
            sys.stdout = _guard_output(1, sys.stdout)
        if sys.stderr is None or sys.stderr is sys.__stderr__:
            sys.stderr = _guard_output(2, sys.stderr)


def main() -> None:
    """Console-script entry point."""
    _guard_standard_streams()
    # File names need not be valid UTF-8; print them escaped rather than fail on a strict locale.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass
    # What cxkit writes on stderr quotes names and values a pull request brings: in a CI job's log
    # none of it may read as a runner's command, as on stdout (visible.guard_ci_log). Asked of the
    # environment first: `--version` and `--help` outside CI load no more than they did.
    if runner_in_environment():
        from .visible import guard_ci_log

        sys.stderr = guard_ci_log(sys.stderr)
    # SIGTERM (an editor cancelling a run, a CI timeout) and SIGHUP (a closed terminal or SSH session)
    # unwind like an exit (143, 129): lint workers are stopped and temporary files removed on the way
    # out, instead of the process vanishing.  A signal the caller set to be ignored stays ignored:
    # `nohup cxkit lint` must outlive its terminal.
    for name in ("SIGTERM", "SIGHUP"):
        with contextlib.suppress(ValueError, OSError, AttributeError):  # not the main thread, or no such signal
            if signal.getsignal(getattr(signal, name)) is not signal.SIG_IGN:
                signal.signal(getattr(signal, name), _terminated)
    try:
        try:
            try:
                app()
            finally:
                _flush_standard_output()
        except KeyboardInterrupt:  # pragma: no cover - outside any command
            _error("interrupted")
            sys.exit(130)
        except BrokenPipeError:  # pragma: no cover - taken and dropped by _UntilTheReaderGoes
            sys.exit(EXIT_OK)
        except OSError as exc:
            # A full disk outside a command's own handling (`--help`, `--version`) or at the last flush
            # of its output: one line and exit 2, as a full disk within a command is (see guarded()).
            where = f"{exc.filename}: " if exc.filename else ""
            _error(f"{where}{exc.strerror or exc}")
            sys.exit(EXIT_ERROR)
    finally:
        finish = getattr(sys.stderr, "finish", None)  # a last line without a line break
        if finish is not None:
            with contextlib.suppress(ValueError, OSError):
                finish()


#: Commands whose product is the files they write: what they print is an account of it, which a
#: closed standard output may drop (`cxkit new persona X >&-` has written the persona).
_WRITES_FILES = frozenset({"new", "init", "cache"})


def _command_name() -> str:
    """The command this process runs (`new` of `cxkit new persona X`), "" for none (`cxkit --version`)
    or for a command's help (`cxkit new -h`), which is what was asked for."""
    if any(arg in ("-h", "--help") for arg in sys.argv[1:]):
        return ""
    return next((arg for arg in sys.argv[1:] if not arg.startswith("-")), "")


def _flush_standard_output() -> None:
    """Flush standard output; refuse (exit 2) output that went to a standard output closed at start.

    `cxkit --version >&-` or `cxkit schema >&-` would otherwise exit 0 with what was asked for
    written into the null device that stands in for the closed descriptor.
    """
    stream = sys.stdout
    if stream is None:
        return
    stream.flush()
    raw = getattr(getattr(stream, "buffer", None), "raw", getattr(stream, "buffer", None))
    if 1 in CLOSED_AT_START and getattr(raw, "wrote", False) and _command_name() not in _WRITES_FILES:
        exiting = sys.exc_info()[1]
        if isinstance(exiting, SystemExit) and exiting.code not in (None, EXIT_OK, EXIT_FINDINGS):
            return  # the run has already failed and said why
        raise OSError(0, "cannot write to standard output: it was closed when cxkit started")


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def run_as_process() -> None:
    """:func:`main` as the process itself runs it (the console script, `python -m cxkit`).

    A `cxkit lint` run that has exited ends the process at once (see :func:`_end_now`); a caller
    that goes on after main() in the same interpreter calls main() itself.
    """
    try:
        main()
    except SystemExit as done:
        if _end_at_once and (done.code is None or isinstance(done.code, int)):
            from .entry import _interrupted_on_the_way_out

            _interrupted_on_the_way_out()  # a Ctrl-C in the exit handlers _end_now runs: no traceback
            _end_now(done.code or 0)
        raise


#: Set by `cxkit lint`, whose run leaves large structures behind: once it has exited (its report
#: written, its workers stopped, its files closed), the process ends without the interpreter's teardown.
_end_at_once = False


def _end_now(code: int) -> None:
    """End the process with ``code`` as exiting would, without freeing what is left: the exit handlers
    run (those of multiprocessing and tempfile among them) and standard output and error are flushed.

    Freeing a lint run's modules and objects one by one on the way out took a tenth of a second,
    while nothing is left to do. Returns, for the interpreter's own exit, when a thread is still
    running (an exit waits for it) or when the output cannot be flushed (the exit reports it as now).
    """
    threading = sys.modules.get("threading")
    if threading is not None and any(t.is_alive() and not t.daemon for t in threading.enumerate()
                                     if t is not threading.main_thread()):
        return
    import atexit

    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            if stream is not None:
                stream.flush()
    except Exception:  # noqa: BLE001 - a full disk, a closed stream: the interpreter's exit says so
        return
    os._exit(code)


# --- diff & review ---
from .diff.command import DiffCommand, diff_command as _diff_command, review_command as _review_command  # noqa: E402


class _DiffCommand(DiffCommand, LightCommand):
    """`cxkit diff` as :class:`DiffCommand` parses it, named as every command; its plain option values are
    coerced without building pydantic validators (:class:`LightCommand`), which cost git's diff driver,
    run once a file, about a tenth of a second each time."""


app.command("diff", cls=_DiffCommand)(guarded(_diff_command))  # it keeps where `--` was
app.command("review", cls=Command)(guarded(with_today(_review_command)))


# --- render ---
from .render.command import render_command as _render_command  # noqa: E402

app.command("render", cls=Command)(guarded(_render_command))


# --- scaffolding ---
from .commands_scaffold import fmt_command as _fmt_command, init_command as _init_command, new_command as _new_command  # noqa: E402

app.command("new", cls=Command)(guarded(_new_command))
app.command("init", cls=Command)(guarded(with_today(_init_command)))
# As lint's: a `fmt --check` the fmt cache answers builds no pydantic validator for its options either.
app.command("fmt", cls=LightCommand)(guarded(_one_cache_a_folder(_fmt_command)))
