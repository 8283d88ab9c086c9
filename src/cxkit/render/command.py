"""`cxkit render`: arguments in, one call to the renderer, an exit code back.

Only typer and the standard library are imported here, so `cxkit --help` stays fast.
"""

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Callable, Optional

import typer


class RenderFormat(str, Enum):
    terminal = "terminal"
    markdown = "markdown"
    md = "md"  # markdown by its file extension, as `-o x.md` reads it
    markdown_plain = "markdown-plain"  # for Notion, Confluence, Linear, Slack: no HTML, no tables
    md_plain = "md-plain"
    html = "html"
    mermaid = "mermaid"
    mmd = "mmd"  # mermaid by its file extension, as `-o x.mmd` reads it
    json = "json"
    svg = "svg"  # a journey's emotion curve as an image
    csv = "csv"  # a journey's grid (a persona's fields) for Google Sheets, Excel, LibreOffice


#: Other spellings --format takes, and the format each means.
_FORMAT_ALIASES = {"md": "markdown", "mmd": "mermaid", "md-plain": "markdown-plain"}


class Layout(str, Enum):
    auto = "auto"
    table = "table"
    stacked = "stacked"
    panels = "panels"


def _layout_from_env() -> str | None:
    """The layout ``CXKIT_LAYOUT`` sets for every render (``stacked`` for a screen reader), or None when unset."""
    from ..discovery import UsageError

    value = os.environ.get("CXKIT_LAYOUT", "").strip()
    if not value:
        return None
    if value.lower() in Layout.__members__:
        return value.lower()
    raise UsageError(f"CXKIT_LAYOUT={value!r}: takes auto, table, stacked or panels (or unset it); "
                     "--layout on the command line wins over it")


def _dumb_terminal() -> bool:
    """A person reads the output at a terminal that calls itself dumb (``TERM=dumb`` or ``unknown``), as an
    editor's shell is (Emacs, and so Emacspeak), also through a pipe or into a file (``> f``, ``| less``)
    with standard error at that terminal: there a frame or a chart is read aloud as box drawings, so the
    default layout is ``stacked`` (:func:`cxkit.colour.at_dumb_terminal`)."""
    from ..colour import at_dumb_terminal

    return at_dumb_terminal(sys.stdout)


def render_command(
    path: Annotated[str, typer.Argument(metavar="PATH", help="A persona, negative persona or journey file; a folder gives an overview (REV:PATH: a file or folder as a git revision holds it, e.g. main:journeys/x.yaml, main:journeys/; -: the document on stdin, an editor's unsaved buffer).")],
    against: Annotated[Optional[str], typer.Option("--against", metavar="NEGATIVE", help="Show this negative persona beside the persona.")] = None,
    output_format: Annotated[Optional[RenderFormat], typer.Option("--format", "-f", case_sensitive=False, show_default=False, help="terminal, or an export to share: markdown (or md; for GitHub and GitLab), markdown-plain (or md-plain; to paste into Notion, Confluence, Linear or Slack: no HTML, no tables), html, mermaid (or mmd; journeys), json, svg (a journey's emotion curve as an image, for slides), or csv (a journey's grid or a persona's fields, for Google Sheets, Excel or LibreOffice) [default: from the -o file's extension (.md, .html, .mmd, .json, .svg, .csv), else terminal].")] = None,
    output: Annotated[Optional[str], typer.Option("--output", "-o", metavar="FILE", help="Write to FILE (atomically) instead of stdout.")] = None,
    layout: Annotated[Optional[Layout], typer.Option("--layout", case_sensitive=False, show_default=False, help="The terminal view: stacked reads top to bottom in one column of plain lines, without frames or charts (journeys, persona cards, --against, folders; for a screen reader); table puts a journey's stages in columns; panels puts them in framed panels one under the other, under an emotion-curve chart; auto picks table or panels [default: CXKIT_LAYOUT (export CXKIT_LAYOUT=stacked: stacked always, also piped to a file or less), else stacked on a dumb terminal (TERM=dumb; also piped there), else auto].")] = None,
    width: Annotated[Optional[int], typer.Option("--width", metavar="N", min=20, max=1000, help="Render for N columns (20 to 1000; under 40, the stacked view) [default: the terminal's width].")] = None,
    stage: Annotated[Optional[list[str]], typer.Option("--stage", metavar="ID", help="Show only this journey stage, by id, name or number (12: the 12th; repeatable; comma-separated works too).")] = None,
    config_text: Annotated[Optional[str], typer.Option("--config", metavar="FILE", help="Use this config file instead of discovery.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Let -o replace a file that is not a previous export of this format (a YAML file, notes); never a file this render reads.")] = False,
    title: Annotated[Optional[str], typer.Option("--title", metavar="TEXT", help="Title an HTML or Markdown export with TEXT (the page's title and heading): a folder's [default: Overview, or Overview: FOLDER for a folder inside the workspace], or one document's, whose name then follows it (a handout for a client) [default: the document's name].")] = None,
    csv_separator: Annotated[Optional[str], typer.Option("--csv-separator", metavar="SEP", help="The CSV export's field separator: ',' (the default), ';' (for Excel set to Polish, which expects it when the file is opened by a double click) or tab [default: the config's [render] csv-separator, else ','].")] = None,
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", metavar="PATH", help="With `-`: the path the document read from stdin is saved under, which names it and chooses the config (labels, lang) and the workspace its journey's persona is looked up in; not read [default: shown as -, under the current folder's config].")] = None,
) -> None:
    """Show a persona, negative persona or journey map, or export it as Markdown, HTML, Mermaid, JSON, SVG or CSV."""
    from .run import RenderRequest, run

    from ..cliutil import config_option, split_names, stdin_document
    from ..discovery import UsageError, display_path

    config_path = config_option(config_text)  # as text: an empty --config= is refused by name
    buffer = None
    if stdin_document("render", [path], stdin_filename):
        from ..cliutil import read_stdin_document

        buffer = read_stdin_document()

    # As text, not a Path: a Path drops the trailing "/" of `-o exports/`, and the export would
    # become a file called `exports` where the user meant a folder.
    if output == "-":  # the usual spelling of "standard output", which is where the export goes anyway
        output = None
    if output is not None and output.endswith(("/", os.sep)):
        folder = display_path(output).rstrip("/") + "/"
        raise UsageError(f"{folder}: names a folder; give -o a file name, e.g. {folder}map.html")

    # `--stage "$UNSET"` is a usage error, not every stage.
    stages = list(split_names(stage, "--stage", "one or more stage ids (comma-separated, e.g. awareness,purchase)"))
    from_env = _layout_from_env() if layout is None else None
    if layout is None and from_env is None and _dumb_terminal():
        from_env = Layout.stacked.value  # a standing choice, as CXKIT_LAYOUT's: never reported as ignored
    if title is not None:
        # One line (a page title and a heading), its control characters shown, never obeyed, as a
        # document's name is: the title may come from CI (a branch's or a merge request's title).
        from ..visible import visible_line

        title = visible_line(" ".join(title.split()))
        if not title:
            raise UsageError("--title: give the text of the title, e.g. --title 'Kredyty hipoteczne: zespół CX'")
    if csv_separator is not None:
        csv_separator = _csv_separator(csv_separator, lambda: _speaks_polish_here(path, stdin_filename, config_path))
    request = RenderRequest(
        path=path,
        against=against,
        output_format=_FORMAT_ALIASES.get(output_format.value, output_format.value) if output_format is not None else None,
        output=Path(output) if output is not None else None,
        layout=layout.value if layout is not None else from_env or Layout.auto.value,
        layout_from_env=from_env is not None,
        width=width,
        stages=stages,
        stage_args=list(stage or []),
        config_path=config_path,
        force=force,
        title=title,
        buffer=buffer,
        stdin_filename=stdin_filename,
        csv_separator=csv_separator,
    )
    raise typer.Exit(run(request, sys.stdout, sys.stderr))


def _speaks_polish_here(path: str, stdin_filename: Optional[str], config_path: Optional[Path]) -> bool:
    """Whether the config the render would read says `lang = "pl"`, for a usage error said before it is read: the
    one found from the path rendered (a buffer's: from --stdin-filename; a revision's file: the current folder's)."""
    from ..cliutil import speaks_polish
    from ..discovery import nearest_existing

    if path == "-":
        near = (nearest_existing(stdin_filename),) if stdin_filename is not None else ()
    else:
        near = () if ":" in path else (path,)
    return speaks_polish(config_path, near=near)


def _csv_separator(given: str, polish: Callable[[], bool] = lambda: False) -> str:
    """The separator ``--csv-separator`` names: ``,``, ``;``, or a tab (``tab``, ``\\t`` or the character).
    Refused in Polish when ``polish()`` (asked only then: the config is read for it) says the workspace is."""
    from ..discovery import UsageError

    if given in (",", ";", "\t") or given.strip().lower() in ("tab", "\\t"):
        return given if given in (",", ";", "\t") else "\t"
    shown = given.replace("\t", "\\t")
    if polish():
        raise UsageError(f"--csv-separator '{shown}': przyjmuje ',' (domyślny), ';' (dla Excela po polsku) albo tab; "
                         "np. --csv-separator ';'")
    raise UsageError(f"--csv-separator '{shown}': takes ',' (the default), ';' (for Excel set to Polish) or tab; "
                     "e.g. --csv-separator ';'")
