"""The work behind `cxkit render`: load, check the request, render, write."""

from __future__ import annotations

import contextvars
import io
import os
import re
import shlex
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

from ..cliutil import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, missing_folder
from ..cliutil import is_utf8, write_utf8  # exports: UTF-8 on any console
from ..colour import isatty
from ..config import load_config
from ..discovery import YAML_SUFFIXES
from ..lint.finding import problem_line
from ..model import JourneyMap, NegativePersona, Persona
from ..model.validate import closest
from ..visible import NoWorkflowCommands, may_be_ci_log, no_workflow_commands, raw_name
from ..workspace import Document, UsageError, display_path
from . import content
from .labels import Labels, use_team_labels
from .load import (Broken, Loaded, RevisionFolder, find_by_id, load_buffer, load_named, look_up_persona, revision_file,
                   workspace_folders)


@dataclass
class RenderRequest:
    """What the user asked for on the command line."""

    path: str
    against: str | None = None
    #: None when --format is not given: the -o file's extension decides (see :func:`choose_format`).
    output_format: str | None = "terminal"
    output: Path | None = None
    layout: str = "auto"
    #: The layout came from ``CXKIT_LAYOUT``, a standing choice: never reported as ignored where it does not apply.
    layout_from_env: bool = False
    width: int | None = None
    stages: list[str] = field(default_factory=list)
    #: The --stage values as given, before splitting at commas: a stage's name may hold a comma
    #: ("Drying out, then repairs"), and is then taken whole (see :func:`_stages_asked`).
    stage_args: list[str] = field(default_factory=list)
    config_path: Path | None = None
    #: ``-o`` may replace a file that is not a previous export of this format (never an input).
    force: bool = False
    #: ``--title``: a folder export's title and heading, instead of "Overview" (see :func:`_export_title`).
    title: str | None = None
    #: The document read from standard input (``cxkit render -``, an editor's unsaved buffer), None for a path.
    buffer: bytes | None = None
    #: ``--stdin-filename``: where ``buffer`` is saved; it names the document and chooses its config and workspace.
    stdin_filename: str | None = None
    #: ``--csv-separator``: the CSV export's field separator (``,``, ``;`` or a tab), over the config's
    #: ``[render] csv-separator``; None: the config's, else a comma.
    csv_separator: str | None = None


@dataclass
class _Subject:
    """What is being rendered, after loading and checking."""

    docs: list[Document]
    is_dir: bool
    against: Document | None = None
    #: A folder's files that could not be read, each with its first problem: listed, not rendered.
    broken: list[Broken] = field(default_factory=list)
    #: A folder's documents by path, each with its workspace (see :attr:`Loaded.workspace_of`).
    workspace_of: dict[str, str] = field(default_factory=dict)
    #: The git revision the file rendered was read from (``REV:PATH``), None for a file on disk.
    revision: Any = None
    #: The name of a journey's persona, for the views that name it (looked up once a render: see :func:`_persona`).
    persona_name: str | None = None


def _report(loaded: Loaded, stderr: TextIO, listed: bool = False, quiet: frozenset[str] = frozenset()) -> bool:
    """Write the lint lines of the files that could not be read; whether there were any.
    ``listed``: the overview on the same terminal lists each file with its first problem, so that
    line is not written here too (a file's further problems still are).  ``quiet``: the files whose
    problems `cxkit lint` does not show (see :func:`_as_lint`), whose lines are not written either."""
    shown = {problem_line(b.path, b.line, b.column, b.code, b.rule, b.message) for b in loaded.broken} if listed else set()
    shown |= {line for line in loaded.errors for path in quiet if line.startswith(path + ":")}
    for line in loaded.errors:
        if line not in shown:
            stderr.write(line + "\n")
    return bool(loaded.errors)


def _as_lint(loaded: Loaded, config: Any) -> tuple[bool, frozenset[str]]:
    """Whether `cxkit lint` of a folder's files that could not be read (``loaded.broken``) would fail, and
    which of them it would show nothing for: each file linted under its workspace's config as lint lints it
    (`ignore`, `per-file-ignores`, a `disable-file` comment, the rules' severities and `fail-level`), by the
    rules that tell a file unread (read-error, yaml-syntax, schema, unused-suppression) and nothing else.

    A folder's render exits 1 on a broken file as lint does (the output is made, some input was bad), and
    0 where lint's config says the file does not fail the run: a team that silenced a file's notes in
    `per-file-ignores`, or runs with `fail-level = "never"`, gets from render the exit code lint gives.  A
    folder of a git revision (`main:personas/`), whose files lint cannot read, fails as before."""
    from dataclasses import replace as changed

    from ..config import ConfigError
    from ..lint.engine import ALWAYS_ON, build_ruleset, lint

    if loaded.revision is not None or any(":" in b.path and not os.path.exists(b.path) for b in loaded.broken):
        return True, frozenset()
    rank = {"info": 1, "warning": 2, "error": 3}
    by_config: dict[int, tuple[Any, list[str]]] = {}
    for b in loaded.broken:
        settings = loaded.configs.get(loaded.workspace_of.get(b.path, ""), config)
        by_config.setdefault(id(settings), (settings, []))[1].append(b.path)
    fails, shown = False, set()
    for settings, paths in by_config.values():
        try:
            ruleset = build_ruleset(settings)
        except ConfigError:
            return True, frozenset()  # refused before this by _check_workspace_configs; failing, as lint would
        kept = (*ALWAYS_ON, "unused-suppression")
        narrow = changed(ruleset, active={n: a for n, a in ruleset.active.items() if n in kept})
        result = lint(paths, settings, ruleset=narrow, jobs=1)
        level = rank.get(settings.fail_level, len(rank) + 1)  # `never`: no severity reaches it
        fails = fails or any(int(f.severity) >= level for f in result.findings)
        shown.update(f.path for f in result.findings)
    return fails, frozenset(b.path for b in loaded.broken if b.path not in shown)


def _one_terminal(stdout: TextIO, stderr: TextIO) -> bool:
    """Whether ``stdout`` and ``stderr`` are one terminal (neither redirected): what one prints the
    other need not print again."""
    try:
        if not (stdout.isatty() and stderr.isatty()):
            return False
        out, err = os.fstat(stdout.fileno()), os.fstat(stderr.fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return (out.st_dev, out.st_ino, out.st_rdev) == (err.st_dev, err.st_ino, err.st_rdev)


def _check_workspace_configs(loaded: Loaded, config: Any) -> None:
    """Refuse a folder whose workspaces include one with a config `cxkit lint` rejects (a rule
    misspelt in a client's ``ignore``), with that config's located error, before anything else is
    said: as lint fails there, so does render, and no warning about the documents comes first."""
    from ..config import check_rule_settings

    for settings in loaded.configs.values():
        if settings is not config:  # the config in force was checked as it was loaded
            check_rule_settings(settings)


def _single(loaded: Loaded, path: str) -> Document:
    if not loaded.documents:
        raise UsageError(f"{display_path(path)}: not a cxkit document")
    return loaded.documents[0]


def _check(req: RenderRequest, subject: _Subject, pl: bool = False) -> None:
    """Refuse combinations that cannot be shown, with a message that says what would work; ``pl``: the CSV
    export's refusals in Polish (the workspace's config says `lang = "pl"`)."""
    fmt = req.output_format
    if subject.is_dir:
        if req.against:
            raise UsageError("--against compares two files; give a persona file, not a folder")
        if req.stages:
            raise UsageError("--stage wybiera etapy jednej ścieżki; podaj plik ścieżki, a nie folder" if pl else
                             "--stage picks stages of one journey; give a journey file, not a folder")
        if fmt == "mermaid":
            raise UsageError("mermaid rysuje jedną ścieżkę; podaj plik ścieżki, a nie folder" if pl else
                             "mermaid draws one journey; give a journey file, not a folder")
        if fmt == "svg" and pl:
            raise UsageError("eksport SVG rysuje krzywą emocji jednej ścieżki; podaj plik ścieżki, a nie folder "
                             "(-f html pokazuje cały folder)")
        if fmt == "svg":
            raise UsageError("the SVG export draws one journey's emotion curve; give a journey file, not a folder "
                             "(-f html shows the whole folder)")
        if fmt == "csv" and pl:
            raise UsageError("eksport CSV to tabela jednego dokumentu (siatka ścieżki, pola persony); podaj plik, a nie "
                             "folder, i wyeksportuj każdy plik do osobnego .csv (-f html albo json pokazuje cały folder)")
        if fmt == "csv":
            raise UsageError("the CSV export is one document's table (a journey's grid, a persona's fields); give "
                             "a file, not a folder, and export each file to its own .csv (-f html or json shows the "
                             "whole folder)")
        return
    doc = subject.docs[0]
    model = doc.model
    if subject.against is not None:
        other = subject.against.model
        kinds_pl = {"persona": "persona", "negative-persona": "persona negatywna", "journey": "ścieżka klienta"}
        if isinstance(model, NegativePersona) and isinstance(other, Persona) and pl:
            raise UsageError(f"{doc.path} to persona negatywna; zamień je miejscami: "
                             f"cxkit render {subject.against.path} --against {doc.path}")
        if isinstance(model, NegativePersona) and isinstance(other, Persona):
            raise UsageError(f"{doc.path} is the negative persona; swap them: "
                             f"cxkit render {subject.against.path} --against {doc.path}")
        if not isinstance(model, Persona) and pl:
            raise UsageError(f"--against zestawia personę z personą negatywną; {doc.path} to "
                             f"{kinds_pl.get(model.kind, model.kind)}")
        if not isinstance(model, Persona):
            raise UsageError(f"--against compares a persona with a negative persona; {doc.path} is a {model.kind}")
        if not isinstance(other, NegativePersona) and pl:
            raise UsageError(f"--against przyjmuje personę negatywną; {subject.against.path} to "
                             f"{kinds_pl.get(other.kind, other.kind)}")
        if not isinstance(other, NegativePersona):
            raise UsageError(f"--against takes a negative persona; {subject.against.path} is a {other.kind}")
        if fmt in ("mermaid", "svg") and pl:
            raise UsageError(f"{'mermaid rysuje ścieżki' if fmt == 'mermaid' else 'eksport SVG rysuje ścieżkę'}"
                             "; persona nie ma takiej postaci (spróbuj --format markdown albo html)")
        if fmt in ("mermaid", "svg"):
            raise UsageError(f"{'mermaid draws journeys' if fmt == 'mermaid' else 'the SVG export draws a journey'}"
                             "; a persona has no such form (try --format markdown or html)")
        if fmt == "csv" and pl:
            raise UsageError("eksport CSV to tabela jednego dokumentu; wyeksportuj personę i personę negatywną, każdą do "
                             "osobnego .csv, albo pokaż je obok siebie przez --format html lub markdown")
        if fmt == "csv":
            raise UsageError("the CSV export is one document's table; export the persona and the negative persona "
                             "each to its own .csv, or show them side by side with --format html or markdown")
        if req.stages:
            raise UsageError("--stage wybiera etapy ścieżki, a nie persony" if pl else
                             "--stage picks stages of a journey, not of a persona")
        return
    if req.stages:
        if not isinstance(model, JourneyMap) and pl:
            raise UsageError(f"--stage wybiera etapy ścieżki; {doc.path} to {_STAGE_KIND_PL.get(model.kind, model.kind)}")
        if not isinstance(model, JourneyMap):
            raise UsageError(f"--stage picks stages of a journey; {doc.path} is a {model.kind}")
        known = [s.id for s in model.stages]
        for wanted in req.stages:
            if content.stage_named(model, wanted) is None and pl:
                from ..lint.polish import q

                raise UsageError(f"{doc.path}: nie ma etapu {q(wanted)}; {_stage_hint_pl(model, wanted)}etapy ścieżki: "
                                 f"{', '.join(known)}")
            if content.stage_named(model, wanted) is None:
                raise UsageError(f"{doc.path}: no stage '{wanted}'; {_stage_hint(model, wanted)}its stages: {', '.join(known)}")
    if fmt in ("mermaid", "svg") and not isinstance(model, JourneyMap) and pl:
        kind = _KIND_PL.get(model.kind, model.kind)
        raise UsageError(f"{'mermaid rysuje ścieżki' if fmt == 'mermaid' else 'eksport SVG rysuje krzywą emocji ścieżki'}; "
                         f"{doc.path} to {kind} (spróbuj --format markdown albo html)")
    if fmt == "mermaid" and not isinstance(model, JourneyMap):
        raise UsageError(f"mermaid draws journeys; {doc.path} is a {model.kind} (try --format markdown or html)")
    if fmt == "svg" and not isinstance(model, JourneyMap):
        raise UsageError(f"the SVG export draws a journey's emotion curve; {doc.path} is a {model.kind} "
                         "(try --format markdown or html)")
    if fmt in ("mermaid", "svg"):
        _check_something_to_draw(req, doc, model, pl)


#: A document's kind as render's Polish refusals name it ("… to persona negatywna").
_KIND_PL = {"persona": "persona", "negative-persona": "persona negatywna", "journey": "ścieżka"}


def _stage_hint(model: JourneyMap, wanted: str) -> str:
    """``did you mean 'ID'? `` for a --stage that names no stage, or "" when nothing is close.

    Ids are lower-case slugs ('BOOK' means 'book'); a name suggests its stage's id ('Zakup'), and
    so does the start or any whole words of one name ('drying out' of "Drying out, then repairs"),
    with that name, since the id alone may share no word with what was typed. A number that is no
    stage's (``--stage 26`` of 25 stages) says which numbers there are; one that is a stage's number
    written otherwise says how to write it: without its leading zero (``03``), or in the digits 0-9
    (``٣``, an Arabic-Indic 3). Neither is taken as the stage: ``03`` could be meant as an id.
    """
    known = [s.id for s in model.stages]
    number = wanted.strip()
    if number.isdecimal():  # any decimal digits, "٣" too: a number that names no stage
        if content.numbered_by_id(model):  # ids 0, 1, 2: a number is no place
            return ("its stages' ids or names are numbers, so --stage takes a number as an id or a name, "
                    "never as a stage's place; ")
        count = len(model.stages)
        significant = number.lstrip("0")  # int() refuses 4,300 digits and more, zeros too
        place = int(significant) if significant and len(significant) <= 6 else 0
        if 1 <= place <= count and number.isascii():  # "03": a stage's place with a zero before it
            return f"write --stage {place}, without the leading zero{'s' if number.startswith('00') else ''}; "
        if 1 <= place <= count:  # "٣", an Arabic-Indic 3
            return f"write --stage {place}, in the digits 0-9; "
        # a number past the last stage (or 0): which numbers there are
        digits = "" if number.isascii() else ", in the digits 0-9"
        return f"it has {count} stage{'s' if count != 1 else ''}, so --stage takes a number from 1 to {count}{digits}; "
    guess = closest(wanted.lower(), known)
    if guess is not None:
        return f"did you mean '{guess}'? "
    by_name = {content.folded(str(s.name)): s for s in model.stages}
    named = closest(content.folded(wanted), list(by_name))
    if named is not None:
        return f"did you mean '{by_name[named].id}'? "
    words = re.compile(rf"(?<!\w){re.escape(content.bare(wanted))}(?!\w)")
    found = [s for s in model.stages if content.bare(wanted) and words.search(content.bare(str(s.name)))]
    if len(found) == 1:
        return f"did you mean '{found[0].id}' ({' '.join(str(found[0].name).split())})? "
    return ""


#: What `--stage` of a document that is no journey says it is, in Polish ("… to persona negatywna").
_STAGE_KIND_PL = {"persona": "persona", "negative-persona": "persona negatywna"}


def _stage_hint_pl(model: JourneyMap, wanted: str) -> str:
    """:func:`_stage_hint` in Polish: ``czy chodziło o „ID”? ``, or "" when nothing is close."""
    from ..lint.polish import plural, q

    hint = _stage_hint(model, wanted)
    if not hint:
        return ""
    count = len(model.stages)
    number = wanted.strip()
    if hint.startswith("its stages' ids or names are numbers"):
        return ("identyfikatory lub nazwy jej etapów są liczbami, więc --stage czyta liczbę jako identyfikator albo "
                "nazwę, nigdy jako miejsce etapu; ")
    if hint.startswith("write --stage"):
        place = hint.split()[2].rstrip(",")
        if hint.endswith("in the digits 0-9; "):
            return f"napisz --stage {place} cyframi 0-9; "
        zeros = "zer" if number.startswith("00") else "zera"
        return f"napisz --stage {place}, bez {zeros} na początku; "
    if hint.startswith("it has "):
        digits = ", zapisaną cyframi 0-9" if not number.isascii() else ""
        return (f"ścieżka ma {count} {plural(count, 'etap', 'etapy', 'etapów')}, więc --stage przyjmuje liczbę od 1 do "
                f"{count}{digits}; ")
    if hint.startswith("did you mean '"):
        ident, _, rest = hint[len("did you mean '"):].partition("'")
        name = rest.removesuffix("? ").strip()
        return f"czy chodziło o {q(ident)}{' ' + name if name else ''}? "
    return ""


def _stages_asked(model: JourneyMap, given: list[str]) -> list[str]:
    """The stages ``--stage`` names, each value split at its commas — but a run of pieces that,
    joined again, is a stage's name or id stays whole, the longest such run first: a comma is
    normal in a long stage name ("Drying out, then repairs"), and `--stage "Drying out, then
    repairs"` or `--stage "fnol,Drying out, then repairs"` means that stage, not 'Drying out'."""
    out: list[str] = []
    for value in given:
        pieces = value.split(",")
        i = 0
        while i < len(pieces):
            for j in range(len(pieces), i + 1, -1):
                whole = ",".join(pieces[i:j]).strip()
                if whole and content.stage_named(model, whole) is not None:
                    out.append(whole)
                    i = j
                    break
            else:
                if pieces[i].strip():
                    out.append(pieces[i].strip())
                i += 1
    return out


def _check_something_to_draw(req: RenderRequest, doc: Document, model: JourneyMap, pl: bool = False) -> None:
    """Refuse a Mermaid diagram none of whose stages has an emotion: it would draw nothing at all.

    Mermaid draws a journey as tasks on an emotion curve, each at a score from 1 to 5; a stage
    without an emotion is left out rather than drawn at a made-up score (see ``_left_out_note``).
    With no stage scored, the diagram would be a title over nothing — a file to share that
    shows nothing, with exit code 0. Like Mermaid for a persona, that is a usage error (exit 2,
    nothing written, an existing ``-o`` file left as it was), located at the first stage shown,
    where the emotion goes. ``pl``: in Polish (the workspace says `lang = "pl"`).
    """
    shown_stages = content.select_stages(model, req.stages)
    if not shown_stages or any(s.emotion is not None for s in shown_stages):
        return
    index = next(i for i, s in enumerate(model.stages) if s is shown_stages[0])
    line, column = doc.at("stages", index, "id", key=False)
    if pl:
        _nothing_to_draw_pl(req, f"{display_path(doc.path)}:{line}:{column}", shown_stages)
    if req.stages:
        ids = ", ".join(f"'{s.id}'" for s in shown_stages)
        which = (f"the stage picked with --stage ({ids}) has no emotion" if len(shown_stages) == 1
                 else f"none of the stages picked with --stage ({ids}) has an emotion")
    else:
        which = ("the journey's only stage has no emotion" if len(shown_stages) == 1
                 else "no stage of the journey has an emotion")
    them = "the stage" if len(shown_stages) == 1 else "the stages"
    if req.output_format == "svg":
        raise UsageError(f"{display_path(doc.path)}:{line}:{column}: {which}, so the SVG export would draw an "
                         f"empty emotion curve; score {them} from -2 to +2 (`emotion:`; cxkit lint reports CX401 "
                         "stage-without-emotion), or export with --format markdown or html, which show every stage")
    raise UsageError(f"{display_path(doc.path)}:{line}:{column}: {which}, so the Mermaid diagram would draw "
                     "nothing (it shows the emotion curve: every task needs a score from 1 to 5); score "
                     f"{them} from -2 to +2 (`emotion:`; cxkit lint reports CX401 stage-without-emotion), or export "
                     "with --format markdown or html, which show every stage")


def _nothing_to_draw_pl(req: RenderRequest, place: str, shown_stages: list[Any]) -> None:
    """:func:`_check_something_to_draw`'s refusal in Polish, at ``place``."""
    one = len(shown_stages) == 1
    if req.stages:
        from ..lint.polish import q

        ids = ", ".join(q(str(s.id)) for s in shown_stages)  # in „…”, as render's other Polish lines quote ids
        which = (f"etap wybrany przez --stage ({ids}) nie ma emocji" if one
                 else f"żaden z etapów wybranych przez --stage ({ids}) nie ma emocji")
    else:
        which = "jedyny etap ścieżki nie ma emocji" if one else "żaden etap ścieżki nie ma emocji"
    fix = (f"oceń {'ten etap' if one else 'te etapy'} od -2 do +2 (`emotion:`; cxkit lint zgłasza CX401 "
           "stage-without-emotion) albo wyeksportuj ścieżkę przez --format markdown lub html, które pokazują każdy etap")
    if req.output_format == "svg":
        raise UsageError(f"{place}: {which}, więc eksport SVG narysowałby pustą krzywą emocji; {fix}")
    raise UsageError(f"{place}: {which}, więc diagram Mermaid byłby pusty (rysuje krzywą emocji: każde zadanie "
                     f"potrzebuje oceny od 1 do 5); {fix}")


_EXPORT_NAMES = {"markdown": "Markdown", "markdown-plain": "plain Markdown", "html": "HTML", "mermaid": "Mermaid",
                 "json": "JSON", "svg": "SVG", "csv": "CSV"}

#: The format ``-o FILE`` gets from its extension (any case) when --format is not given.
FORMAT_BY_EXTENSION = {
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html",
    ".mmd": "mermaid", ".mermaid": "mermaid",
    ".json": "json",
    ".svg": "svg",
    ".csv": "csv",
}


#: Extensions of formats cxkit does not write (any case), each with the format's name and what to
#: export instead; ``{html}``, ``{md}`` and ``{json}`` are the -o file with that extension.
NOT_WRITTEN = {
    ".pdf": ("PDF", "export HTML (-o {html}) and print it to PDF from the browser"),
    **dict.fromkeys((".docx", ".doc", ".odt", ".rtf"),
                    ("a word-processor document", "export HTML (-o {html}), which Word and LibreOffice open, "
                     "or Markdown (-o {md})")),
    **dict.fromkeys((".pptx", ".ppt", ".odp", ".key"),
                    ("a presentation", "export HTML (-o {html}) or Markdown (-o {md}) and paste from it")),
    **dict.fromkeys((".xlsx", ".xls", ".ods"),
                    ("a spreadsheet workbook", "export CSV (-o {csv}), which Excel, Google Sheets and "
                     "LibreOffice open and can save as {ext}")),
    ".tsv": ("tab-separated values", "export CSV (-o {csv}), which Excel, Google Sheets and LibreOffice open"),
    **dict.fromkeys((".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff"),
                    ("bitmap images", "export a journey's emotion curve as SVG (-o {svg}), which browsers, "
                     "PowerPoint, Keynote, Miro and Figma open, and convert that where a bitmap is needed, as "
                     "in Google Slides (rsvg-convert, Inkscape, or a screenshot of it in a browser); or export "
                     "HTML (-o {html}) for the whole map")),
}

#: :data:`NOT_WRITTEN` in Polish, for a workspace with `lang = "pl"`: the format's name after "nie zapisuje".
NOT_WRITTEN_PL = {
    ".pdf": ("PDF-ów", "wyeksportuj HTML (-o {html}) i wydrukuj go do PDF w przeglądarce"),
    **dict.fromkeys((".docx", ".doc", ".odt", ".rtf"),
                    ("dokumentów edytora tekstu", "wyeksportuj HTML (-o {html}), który otworzą Word i LibreOffice, "
                     "albo Markdown (-o {md})")),
    **dict.fromkeys((".pptx", ".ppt", ".odp", ".key"),
                    ("prezentacji", "wyeksportuj HTML (-o {html}) albo Markdown (-o {md}) i skopiuj z niego")),
    **dict.fromkeys((".xlsx", ".xls", ".ods"),
                    ("skoroszytów arkusza kalkulacyjnego", "wyeksportuj CSV (-o {csv}), który otworzą Excel, "
                     "Arkusze Google i LibreOffice i zapiszą jako {ext}")),
    ".tsv": ("wartości rozdzielonych tabulatorami", "wyeksportuj CSV (-o {csv}), który otworzą Excel, "
             "Arkusze Google i LibreOffice"),
    **dict.fromkeys((".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff"),
                    ("obrazów rastrowych", "wyeksportuj krzywą emocji ścieżki jako SVG (-o {svg}), który otworzą "
                     "przeglądarki, PowerPoint, Keynote, Miro i Figma, i przekonwertuj go tam, gdzie trzeba obrazu "
                     "rastrowego, jak w Prezentacjach Google (rsvg-convert, Inkscape albo zrzut ekranu z "
                     "przeglądarki); albo wyeksportuj HTML (-o {html}) z całą mapą")),
}

#: :data:`_EXPORT_NAMES` in Polish, for the line that says what render wrote.
_EXPORT_NAMES_PL = {"markdown": "Markdown", "markdown-plain": "zwykły Markdown", "html": "HTML", "mermaid": "Mermaid",
                    "json": "JSON", "svg": "SVG", "csv": "CSV"}


#: Extensions of the terminal text view's file: a bare one (``-o .txt``) is refused as ``-o .html`` is.
_TEXT_EXTENSIONS = (".txt", ".text")

#: The extension of each format's file, for a name to suggest.
_FORMAT_EXTENSIONS = {"markdown": "md", "markdown-plain": "md", "html": "html", "mermaid": "mmd", "json": "json", "svg": "svg",
                      "csv": "csv", "terminal": "txt"}

#: The format whose files each format's ``-o`` name and a previous export share (plain Markdown is Markdown).
_FILE_FORMAT = {"markdown-plain": "markdown"}


def _trimmed_name(output: Path) -> str:
    """``-o output``'s name without the spaces and dots that end it (``"mapa.yaml "``, ``mapa.yaml.``):
    Windows drops them, so the file is ``mapa.yaml`` there, and elsewhere they are a slip of the
    shell's quoting that no one means as part of the extension."""
    return output.name.rstrip(" \t\n\r\f\v.") or output.name


def _shown_output(output: Path) -> str:
    """``-o output`` as a message names it: quoted when spaces end it, which would not show."""
    shown = display_path(str(output))
    return shlex.quote(shown) if _trimmed_name(output) != output.name else shown


def _extension(output: Path) -> str:
    """``-o output``'s extension, in lower case: its suffix, or a bare ``.pdf``'s whole name (a
    name with nothing before its dot has no suffix for :mod:`pathlib`, yet says what it is); the
    spaces and dots after it left out (:func:`_trimmed_name`), so ``"mapa.yaml "`` is a YAML name."""
    name = _trimmed_name(output)
    suffix = Path(name).suffix if name not in ("", ".", "..") else ""
    if not suffix and name.startswith(".") and name.count(".") == 1 and len(name) > 1:
        return name.lower()
    return suffix.lower()


def _export_name(output: Path, ext: str, source: str | None, also: tuple[str, ...] = ()) -> str:
    """The -o name to suggest instead of ``output``, with extension ``ext``: the same name less its
    extension and any export extension before it (``claim.html.pdf`` → ``claim.html``), or, when
    nothing is left (``-o .pdf``), named after the rendered file or folder; quoted for a shell when
    it needs it (``'mapa v2.html'``); ``also``: more extensions to drop (``.yaml``)."""
    known = (*FORMAT_BY_EXTENSION, *NOT_WRITTEN, *also)
    base = _trimmed_name(output)
    while "." in base and f".{base.rpartition('.')[2].lower()}" in known:
        base = base.rpartition(".")[0]
    if not base or _extension(output) == _trimmed_name(output).lower():  # -o .pdf, -o .txt, -o .yaml
        named = Path(source) if source and source != "-" else Path.cwd()  # "-" is no file (refused later)
        named = named if named.name and named.name not in (".", "..") else named.resolve()
        base = (named.stem if named.suffix.lower() in (".yaml", ".yml") else named.name) or "export"
    return shlex.quote(display_path(str(output.with_name(f"{base}.{ext}"))))


def _not_written(output: Path, source: str | None = None, pl: bool = False) -> tuple[str, str] | None:
    """The name of the format ``-o output``'s extension stands for, and what to export instead,
    when that is a format cxkit does not write (None for any other name); ``source``: the file or
    folder rendered, which names the suggestion when ``output`` has nothing but an extension;
    ``pl``: in Polish (:data:`NOT_WRITTEN_PL`)."""
    found = (NOT_WRITTEN_PL if pl else NOT_WRITTEN).get(_extension(output))
    if found is None:
        return None
    name, instead = found
    other = {ext: _export_name(output, ext, source) for ext in ("html", "md", "json", "svg", "csv")}
    return name, instead.format(ext=_extension(output), **other)


def yaml_refusal(output: Path | None, given: str | None, source: str | None, pl: bool = False) -> str | None:
    """Why ``-o output`` is refused when, without --format, it names a YAML file (None otherwise).

    Without --format such a name got the terminal view, silently: a file named like a document that
    no YAML reader can read, in the folder lint scans. It is almost certainly a slip (``-o mapa.yaml``
    for ``-o mapa.html``), so it is refused as ``-o mapa.pdf`` is, with the names each export takes.
    With --format the format asked for is written (with a note, :func:`yaml_note`), as for a PDF name.
    """
    if output is None or given is not None or _extension(output) not in YAML_SUFFIXES:
        return None
    names = ", ".join(f"-o {_export_name(output, ext, source, YAML_SUFFIXES)} ({name})" for ext, name in
                      (("html", "HTML"), ("md", "Markdown"), ("mmd", "Mermaid"), ("json", "JSON")))
    text = _export_name(output, "txt", source, YAML_SUFFIXES)
    if pl:  # a workspace whose config says `lang = "pl"`
        return (f"-o {_shown_output(output)}: cxkit nie zapisuje YAML-a, a plik {_extension(output)} to miejsce na "
                f"dokumenty, nie na eksport; nazwij plik po eksporcie: {names} albo -o {text} dla widoku terminala")
    return (f"-o {_shown_output(output)}: cxkit does not write YAML, and a {_extension(output)} file is where "
            f"documents are kept, not an export; name the file after the export: {names}, "
            f"or -o {text} for the terminal view")


def trailing_refusal(output: Path | None, output_format: str = "terminal", source: str | None = None,
                     pl: bool = False) -> str | None:
    """Why ``-o output`` is refused when its name ends in a space, a tab or a dot (None otherwise).

    ``-o "mapa.html "`` is a slip of the shell's quoting (a space pasted with the name, a variable
    with a line break at its end). Written as asked, the file is ``mapa.html`` followed by a space:
    a listing shows it as ``mapa.html``, a link or a script that opens ``mapa.html`` does not find
    it, and Windows cannot hold such a name at all (it drops the spaces and dots that end a name),
    so the repository it is committed to cannot be checked out there. cxkit writes no such file and
    names the one meant, rather than guess it silently: the user's script is then fixed once.

    A name of dots alone (``-o ...``; ``.`` and ``..`` are folders, refused before) leaves no name
    to mean: refused too, with a name to use, after the file rendered (``output_format``'s
    extension; ``source``: the file or folder rendered).
    """
    if output is None:
        return None
    if not output.name.rstrip(" \t\n\r\f\v.") and output.name not in ("", ".", ".."):
        ext = _FORMAT_EXTENSIONS.get(output_format, "txt")
        what = "only dots" if set(output.name) == {"."} else "only dots and spaces"
        shown = display_path(str(output))
        shown = shlex.quote(shown) if any(char.isspace() for char in output.name) else shown
        if pl:
            what_pl = "same kropki" if set(output.name) == {"."} else "same kropki i spacje"
            return (f"-o {shown}: ta nazwa to {what_pl}, więc powstałby ukryty plik o nazwie {shlex.quote(output.name)}; "
                    f"nazwij plik, np. -o {_export_name(output.with_name('.' + ext), ext, source)}")
        return (f"-o {shown}: that name is {what}, which would write a hidden file named "
                f"{shlex.quote(output.name)}; name the file, as in -o {_export_name(output.with_name('.' + ext), ext, source)}")
    if _trimmed_name(output) == output.name:
        return None
    meant = shlex.quote(display_path(str(output.with_name(_trimmed_name(output)))))
    last = output.name[-1]
    if pl:
        if last == ".":
            why_pl = f"kończy się kropką: plik nie otworzyłby się jako {meant}"
        else:
            ending = {" ": "spacją, której", "\t": "tabulatorem, którego"}.get(last, "znakiem końca wiersza, którego")
            why_pl = (f"kończy się {ending} nie widać na liście plików: plik wyglądałby jak {meant}, ale nie otworzyłby "
                      f"się jako {meant}")
        return f"-o {_shown_output(output)}: ta nazwa {why_pl}, a Windows nie zapisze takiej nazwy; wpisz -o {meant}"
    if last == ".":
        why = "ends in a dot: the file would not open as"
    else:
        ending = {" ": "a space", "\t": "a tab"}.get(last, "a line break")
        why = f"ends in {ending}, which a listing does not show: the file would look like {meant} yet not open as"
    return f"-o {_shown_output(output)}: that name {why} {meant}, and Windows cannot hold it; write -o {meant}"


def yaml_note(output: Path | None, given: str | None, pl: bool = False) -> str | None:
    """The note when --format writes an export into a YAML name (``-f json -o mapa.yaml``).

    Only the JSON export is YAML too: cxkit lint reads it as a document, with the rendered one's id
    (CX003 duplicate-id). Lint passes over the other formats, so their note says no more than that
    the name is odd.  ``pl``: in Polish, for a workspace whose config says `lang = "pl"`.
    """
    if output is None or given is None or _extension(output) not in YAML_SUFFIXES:
        return None
    if pl:
        note = (f"-o {_shown_output(output)}: cxkit zapisze {_written_pl(given)}, o który prosi --format {given}, "
                f"choć pliki {_extension(output)} to miejsce na dokumenty")
        if given == "json":
            note += ", a cxkit lint przeczyta go jako dokument o tym samym id co dokument renderowany"
        return note
    what = "the terminal view" if given == "terminal" else f"the {_EXPORT_NAMES.get(given, given)} export"
    note = (f"-o {_shown_output(output)}: writing {what}, as --format {given} asks, though a "
            f"{_extension(output)} file is where documents are kept")
    if given == "json":
        note += ", and cxkit lint reads it as a document, whose id then clashes with the one rendered"
    return note


def choose_format(given: str | None, output: Path | None, source: str | None = None,
                  pl: bool = False) -> tuple[str, str | None]:
    """The format to write, and a note for stderr when --format contradicts the ``-o`` extension.

    Without --format, ``-o mapa.html`` writes HTML, ``-o mapa.md`` Markdown and so on
    (:data:`FORMAT_BY_EXTENSION`); any other name, and stdout, get the terminal view — but for
    an extension of a format cxkit does not write (``-o mapa.pdf``, ``.docx``, ``.png``:
    :data:`NOT_WRITTEN`), which is a usage error that says what to export instead: the text view
    in a file named ``.pdf`` is a file its viewer refuses. --format always wins: an export a user
    asked for by name is written, with a note when the file's extension says another format
    (``-f json -o mapa.html``, ``-f html -o mapa.pdf``), since that is likely a slip.
    """
    suggested = FORMAT_BY_EXTENSION.get(_extension(output)) if output is not None else None
    unwritten = _not_written(output, source) if output is not None else None
    if output is not None and _extension(output) == _trimmed_name(output).lower() \
            and (given is not None or unwritten is None) \
            and (suggested or unwritten or _trimmed_name(output).lower() in _TEXT_EXTENSIONS):
        # `-o .html` is an extension, not a name: written as it is, it would be a hidden file that
        # no listing shows. Refused as `-o .pdf` is, with a name to use instead (of the --format's
        # extension when one is given: `-f html -o .pdf` → `-o anna.html`).
        ext = _FORMAT_EXTENSIONS[given] if given in _FORMAT_EXTENSIONS else _extension(output)[1:]
        if pl:
            raise UsageError(f"-o {_shown_output(output)}: to tylko rozszerzenie, więc powstałby ukryty plik o nazwie "
                             f"{shlex.quote(output.name)}; nazwij plik, np. -o {_export_name(output, ext, source)}")
        raise UsageError(f"-o {_shown_output(output)}: that is only an extension, which would write a hidden "
                         f"file named {shlex.quote(output.name)}; name the file, as in -o {_export_name(output, ext, source)}")
    if given is None:
        if unwritten is not None:
            name, instead = _not_written(output, source, pl) if pl else unwritten  # type: ignore[misc]
            if pl:  # a workspace with `lang = "pl"`: the refusal in Polish, as its other messages
                raise UsageError(f"-o {_shown_output(output)}: cxkit nie zapisuje {name}; {instead}")
            raise UsageError(f"-o {_shown_output(output)}: cxkit does not write {name}; {instead}")
        return suggested or "terminal", None
    if unwritten is not None and pl:  # a workspace with `lang = "pl"`: the note in Polish, the format's name in the genitive
        return given, (f"-o {display_path(str(output))}: cxkit zapisze {_written_pl(given, 'tekstowy ')}, o który prosi "
                       f"--format {given}, choć rozszerzenie {_extension(output)} jest dla "
                       f"{NOT_WRITTEN_PL[_extension(output)][0]}, których cxkit nie zapisuje")
    if unwritten is not None:
        what = "the terminal text view" if given == "terminal" else f"the {_EXPORT_NAMES.get(given, given)} export"
        return given, (f"-o {display_path(str(output))}: writing {what}, as --format {given} asks, though the "
                       f"extension {_extension(output)} means {unwritten[0]}, which cxkit does not write")
    if suggested is None or suggested == _FILE_FORMAT.get(given, given):
        return given, None
    if pl:
        return given, (f"-o {display_path(str(output))}: cxkit zapisze {_written_pl(given)}, o który prosi --format {given}, "
                       f"choć rozszerzenie {_extension(output)} zwykle oznacza {_EXPORT_NAMES_PL[suggested]}")
    what = "the terminal view" if given == "terminal" else f"the {_EXPORT_NAMES.get(given, given)} export"
    return given, (f"-o {display_path(str(output))}: writing {what}, as --format {given} asks, though the "
                   f"extension {_extension(output)} usually means {_EXPORT_NAMES[suggested]}")


#: Where an option is of no use, in Polish (after "nie ma znaczenia"): the terminal view or an export, in the locative.
_IN_VIEW_PL = {"terminal": "w widoku terminala", "markdown-plain": "w eksporcie zwykłego Markdownu",
               **{k: f"w eksporcie {v}" for k, v in _EXPORT_NAMES.items() if k != "markdown-plain"}}


def _written_pl(given: str, view: str = "") -> str:
    """What ``--format given`` writes, in Polish (the accusative after "cxkit zapisze"): `widok terminala` (``view``
    before it: `tekstowy `), `eksport JSON`, `eksport zwykłego Markdownu`."""
    if given == "terminal":
        return f"{view}widok terminala"
    return "eksport zwykłego Markdownu" if given == "markdown-plain" else f"eksport {_EXPORT_NAMES.get(given, given)}"


def _unused_title_note(req: RenderRequest, subject: _Subject, pl: bool = False) -> str | None:
    """Why a ``--title`` changes nothing: it titles an HTML or Markdown export, of a folder or of one document
    (a persona shown against a negative persona has a title of its own: the two names).  ``pl``: in Polish,
    as the English note is said (no `uwaga:` lead: none in English either), for a workspace whose config says `lang = "pl"`."""
    if req.title is None or (req.output_format in ("html", "markdown", "markdown-plain")
                             and (subject.is_dir or subject.against is None)):
        return None
    if pl:
        if not subject.is_dir and req.output_format in ("html", "markdown", "markdown-plain"):
            return (f"--title: nadaje tytuł eksportowi folderu albo jednego dokumentu; nie ma znaczenia dla "
                    f"{display_path(req.path)} zestawionego z personą negatywną, bo tytułem są wtedy oba imiona")
        return (f"--title: nadaje tytuł eksportowi HTML albo Markdown; "
                f"{_IN_VIEW_PL.get(req.output_format, req.output_format)} nie ma znaczenia")
    if not subject.is_dir and req.output_format in ("html", "markdown", "markdown-plain"):
        return (f"--title: titles an export of a folder or of one document; ignored for {display_path(req.path)} "
                "shown against a negative persona, which is titled with both names")
    what = ("the terminal view" if req.output_format == "terminal"
            else f"the {_EXPORT_NAMES.get(req.output_format, req.output_format)} export")
    return f"--title: titles an HTML or Markdown export; ignored for {what}"


def _unused_separator_note(req: RenderRequest, pl: bool = False) -> str | None:
    """Why a ``--csv-separator`` changes nothing: it separates the CSV export's fields, and no other
    view has fields to separate (the config's ``[render] csv-separator`` is a standing choice, never said).
    ``pl``: in Polish."""
    if req.csv_separator is None or req.output_format == "csv":
        return None
    if pl:
        return (f"--csv-separator: rozdziela pola eksportu CSV; "
                f"{_IN_VIEW_PL.get(req.output_format, req.output_format)} nie ma znaczenia")
    what = ("the terminal view" if req.output_format == "terminal"
            else f"the {_EXPORT_NAMES.get(req.output_format, req.output_format)} export")
    return f"--csv-separator: separates the CSV export's fields; ignored for {what}"


def _unused_width_note(req: RenderRequest, pl: bool = False) -> str | None:
    """Why a ``--width`` given with an export changes nothing (None for the terminal view, where it applies).

    The width lays out the terminal view. An export has no width of its own to set: a Markdown
    table row is one line whatever its length, an HTML page flows to the reader's window, a
    Mermaid diagram is drawn by whoever shows it and JSON is data. Said, as for ``--layout``, so
    that nobody waits for a 100-column Markdown file that cannot be.  ``pl``: in Polish (`--width 120: dotyczy widoku terminala; …`).
    """
    if req.width is None or req.output_format == "terminal":
        return None
    if pl:
        return f"--width {req.width}: dotyczy widoku terminala; {_IN_VIEW_PL.get(req.output_format, req.output_format)} nie ma znaczenia"
    what = _EXPORT_NAMES.get(req.output_format, req.output_format)
    return f"--width {req.width}: applies to the terminal view; ignored for the {what} export"


def _unused_layout_note(req: RenderRequest, subject: _Subject, pl: bool = False) -> str | None:
    """Why a ``--layout table`` or ``stacked`` that changes nothing is ignored (None when it applies).

    The layout arranges a journey's stages in the terminal view (written to stdout or, with
    ``-o``, to a file). Exports lay stages out their own way (a table in Markdown and HTML, a
    diagram in Mermaid, data in JSON); a persona has no stages, and a folder overview no layout
    choice. ``auto``, the default, is never reported: it asks for nothing in particular. Nor is
    a layout set by ``CXKIT_LAYOUT``, which is meant for every view. ``stacked`` applies to every
    terminal view: a persona's card in one column, the cards of ``--against`` one after the
    other, the overview as a list.  ``pl``: in Polish (see :func:`_unused_layout_note_pl`).
    """
    case = _layout_unused_for(req, subject)
    if case is None:
        return None
    if pl:
        return _unused_layout_note_pl(req, subject, case)
    if case == "export":
        what = f"the {_EXPORT_NAMES.get(req.output_format, req.output_format)} export"
        applies = "the terminal view" if req.layout == "stacked" else "journeys in the terminal view"
        return f"--layout {req.layout}: applies to {applies}; ignored for {what}"
    if case == "folder":
        what = "a folder overview"
    elif case == "against":
        what = "a persona beside its negative persona (--against)"
    else:
        what = f"a {subject.docs[0].model.kind.replace('-', ' ')}"
    return f"--layout {req.layout}: applies to journeys in the terminal view; ignored for {what}"


def _layout_unused_for(req: RenderRequest, subject: _Subject) -> str | None:
    """The one place that decides whether ``--layout`` changes nothing, for :func:`_unused_layout_note` and its
    Polish words alike: None when it applies (or asks for nothing: ``auto``, ``CXKIT_LAYOUT``), else what it is
    ignored for: "export" (every export, ``stacked`` too), "folder" (an overview), "against" (a persona beside
    its negative persona) or "document" (a persona or a negative persona alone); ``stacked`` applies to every
    terminal view."""
    if req.layout == "auto" or req.layout_from_env:
        return None
    if req.output_format != "terminal":
        return "export"
    if req.layout == "stacked" or (isinstance(subject.docs[0].model, JourneyMap) and not subject.is_dir
                                   and subject.against is None):
        return None
    return "folder" if subject.is_dir else "against" if subject.against is not None else "document"


def _unused_layout_note_pl(req: RenderRequest, subject: _Subject, case: str) -> str:
    """:func:`_unused_layout_note` in Polish (`--layout table: dotyczy ścieżek w widoku terminala; …`), for the
    ``case`` :func:`_layout_unused_for` found."""
    if case == "export":
        applies = "widoku terminala" if req.layout == "stacked" else "ścieżek w widoku terminala"
        return f"--layout {req.layout}: dotyczy {applies}; {_IN_VIEW_PL.get(req.output_format, req.output_format)} nie ma znaczenia"
    if case == "folder":
        where = "w przeglądzie folderu"
    elif case == "against":
        where = "dla persony zestawionej z personą negatywną (--against)"
    else:
        where = {"persona": "dla persony", "negative-persona": "dla persony negatywnej"}.get(
            subject.docs[0].model.kind, f"dla dokumentu {subject.docs[0].model.kind}")
    return f"--layout {req.layout}: dotyczy ścieżek w widoku terminala; {where} nie ma znaczenia"


def _against_file(given: str, config: Any) -> str:
    """The file ``--against`` names: a path as given, else the negative persona with that id.

    A journey names its persona by id, and people name a negative persona the same way
    (``--against lowca-promocji``): an id is looked up in the workspace as lint finds
    documents. Nothing of that id is a usage error with the closest negative persona's id.
    """
    if os.path.lexists(given) or "/" in given or os.sep in given or given.lower().endswith((".yaml", ".yml")):
        return given  # a path: load_path reports one that does not exist
    if not workspace_folders(config):  # no workspace to look in (say, a home folder without a config)
        return given
    found, seen = find_by_id(given, config)
    if found is not None:
        return found
    negatives = {ident: path for kind, ident, path in seen if kind == "negative-persona"}
    shown = display_path(given)
    if getattr(config, "lang", None) == "pl":
        _against_missing_pl(given, shown, negatives)
    if not negatives:
        raise UsageError(f"{shown}: no such file, and no negative persona in the workspace has this id "
                         "(there are none); give the negative persona's file")
    starting = [ident for ident in negatives if ident.startswith(given.lower())]
    guess = closest(given.lower(), list(negatives)) or (starting[0] if len(starting) == 1 else None)
    hint = (f"did you mean '{guess}' ({negatives[guess]})?" if guess is not None
            else f"its negative personas: {', '.join(sorted(negatives))}")
    raise UsageError(f"{shown}: no such file, and no negative persona in the workspace has this id; {hint}")


def _against_missing_pl(given: str, shown: str, negatives: dict[str, str]) -> None:
    """:func:`_against_file`'s usage error in Polish, for a workspace whose config says `lang = "pl"`."""
    from ..lint.polish import q

    if not negatives:
        raise UsageError(f"{shown}: nie ma takiego pliku, a w obszarze roboczym nie ma persony negatywnej o tym id (nie "
                         "ma tam żadnej); podaj plik persony negatywnej")
    starting = [ident for ident in negatives if ident.startswith(given.lower())]
    guess = closest(given.lower(), list(negatives)) or (starting[0] if len(starting) == 1 else None)
    hint = (f"czy chodziło o {q(guess)} ({negatives[guess]})?" if guess is not None
            else f"persony negatywne obszaru roboczego: {', '.join(sorted(negatives))}")
    raise UsageError(f"{shown}: nie ma takiego pliku, a w obszarze roboczym nie ma persony negatywnej o tym id; {hint}")


def _left_out_note(req: RenderRequest, subject: _Subject, pl: bool = False) -> str | None:
    """Which stages a Mermaid diagram leaves out for want of an emotion (None when it draws them all).

    Mermaid scores every task 1 to 5 and draws the score as a face on the curve; a stage with
    no emotion recorded would look measured, so the diagram leaves it out (a comment in the
    diagram says so too) and the user is told here, with the exit code kept.  ``pl``: in Polish.
    """
    if req.output_format != "mermaid" or subject.is_dir:
        return None
    from .mermaid import unscored

    model = subject.docs[0].model
    missing = unscored(content.select_stages(model, req.stages))
    if not missing:
        return None
    if pl:
        from ..lint.polish import q

        shown = ", ".join(q(s.id) for s in missing)
        which = (f"etap {shown} nie ma emocji, więc diagram Mermaid go pomija" if len(missing) == 1
                 else f"etapy {shown} nie mają emocji, więc diagram Mermaid je pomija")
        return (f"{display_path(subject.docs[0].path)}: {which} (ocena musi wynosić od 1 do 5); eksporty Markdown i "
                "HTML pokazują każdy etap")
    ids = ", ".join(f"'{s.id}'" for s in missing)
    which = f"stage {ids} has" if len(missing) == 1 else f"stages {ids} have"
    return (f"{display_path(subject.docs[0].path)}: {which} no emotion, so the Mermaid diagram leaves "
            f"{'it' if len(missing) == 1 else 'them'} out (a score must be 1-5); the Markdown and HTML exports show every stage")


def _tool_folder_note(req: RenderRequest, subject: _Subject, pl: bool = False) -> str | None:
    """For a folder of the working tree with nothing to show, which tool's folder below it (`personas/venv/`,
    `node_modules/`) holds cxkit documents, which a folder scan does not enter, as `cxkit lint` says it
    (None otherwise): the overview's "no documents" line alone leaves a team wondering where theirs went."""
    if not subject.is_dir or subject.docs or subject.broken or subject.revision is not None \
            or not os.path.isdir(req.path):
        return None
    from ..discovery import tool_folder_note

    return tool_folder_note([req.path], "render", pl=pl)


#: The formats that name a journey's persona, and so look it up: JSON and SVG carry its id alone.
#: CSV names it in a row of its own at the end (docs/render.md), without a hint on stderr when the
#: workspace has no such persona: the id is written there instead, as before.
_NAMING_FORMATS = ("terminal", "markdown", "markdown-plain", "html", "mermaid", "csv")


def _persona(req: RenderRequest, subject: _Subject, config: Any) -> str | None:
    """Look up the persona of the journey rendered, once, for the views that name it: its name goes
    in :attr:`_Subject.persona_name`; returns the hint for stderr when the workspace has no such
    persona, or has it as a negative or retired one (None otherwise, see :func:`_persona_hint`).

    The file of a git revision looks its persona up in that revision, and gets no hint: it shows a past
    state, which no edit changes. Neither does a folder (its overview names personas from its own rows).
    """
    if subject.is_dir or subject.against is not None or req.output_format not in _NAMING_FORMATS:
        return None
    doc = subject.docs[0]
    model = doc.model
    if not isinstance(model, JourneyMap):
        return None
    if subject.revision is not None:
        found = subject.revision.persona(model.persona, config)
        subject.persona_name = found.name if found is not None else None
        return None
    hinted = req.output_format != "csv" and _in_known_workspace(req, doc, config)
    lookup = look_up_persona(doc.path, model.persona, config, thorough=hinted)
    subject.persona_name = lookup.model.name if lookup.model is not None else None
    return _persona_hint(doc, model, lookup, config) if hinted else None


def _in_known_workspace(req: RenderRequest, doc: Document, config: Any) -> bool:
    """Whether the journey rendered belongs to a workspace, as `cxkit lint` would check it there: a config
    file (cxkit.toml, or pyproject.toml with [tool.cxkit]) is in force, and the journey's file lies within it —
    under its folder and its `paths`, not left out by its `exclude`. Without a config the folders searched
    are a guess (lint names no workspace either), and a buffer without --stdin-filename is in no folder."""
    from ..discovery import excluded_file

    if config.source is None or (req.buffer is not None and req.stdin_filename is None):
        return False
    where = Path(os.path.abspath(raw_name(doc.path)))
    try:
        real = where.parent.resolve() / where.name
    except (OSError, RuntimeError):
        return False
    root = Path(config.root).resolve()
    starts = [root / p for p in config.paths] if config.paths else [root]
    if not any(real == start or start in real.parents for start in starts):
        return False
    return not (config.exclude and excluded_file(str(where), config))


#: The hint for each case of a journey's persona: the lint rule that reports it (code and name), and
#: its words in English and Polish. ``{id}``: the persona's id (in „…” in Polish, as lint quotes it); ``{file}``: the
#: file found with it.
_PERSONA_HINTS = {
    "missing": ("CX004", "unknown-persona", {
        "en": "persona '{id}' does not exist in the workspace{excluded}, so the heading shows its id alone; "
              "correct the id, or add the persona's file",
        "pl": "persony {id} nie ma w obszarze roboczym{excluded}, więc nagłówek podaje sam jej identyfikator; "
              "popraw identyfikator albo dodaj plik persony"}),
    "journey": ("CX004", "unknown-persona", {
        "en": "persona '{id}' is a journey ({file}), not a persona, so the heading shows the id alone; "
              "name the persona whose journey this is",
        "pl": "{id} to ścieżka ({file}), nie persona, więc nagłówek podaje sam identyfikator; "
              "wpisz identyfikator persony, której to ścieżka"}),
    "negative": ("CX407", "journey-for-negative-persona", {
        "en": "persona '{id}' is a negative persona ({file}): someone you do not design for; map the journey "
              "of a persona, and check it against the negative persona",
        "pl": "{id} to persona negatywna ({file}), czyli ktoś, dla kogo nie projektujesz; mapuj ścieżkę "
              "persony, a personą negatywną ją sprawdzaj"}),
    "retired": ("CX413", "journey-for-retired-persona", {
        "en": "persona '{id}' is retired ({file}); base the journey on a persona in use, or retire the journey "
              "too (status: retired)",
        "pl": "persona {id} jest wycofana ({file}); oprzyj ścieżkę na personie w użyciu albo wycofaj również "
              "ścieżkę (status: retired)"}),
}

_HINT_WORDS = {"en": ("warning", "cxkit lint reports it as"), "pl": ("ostrzeżenie", "cxkit lint zgłasza to jako")}


def _persona_hint(doc: Document, model: JourneyMap, lookup: Any, config: Any) -> str | None:
    """One located line for stderr when the journey's persona is missing from the workspace, is a journey,
    a negative persona or a retired persona — each as `cxkit lint` reports it (unknown-persona,
    journey-for-negative-persona, journey-for-retired-persona), and only when lint would: never on a
    lookup cut short (a budget, a file that could not be read), never where what silences the rule in
    lint (the config, `per-file-ignores`, a `# cxkit: disable=` comment) applies. In Polish when the
    workspace's `lang` (else the journey's) is Polish. None when there is nothing to say."""
    same = lookup.same_id
    if any(m[0] != "persona" or m[1] == "retired" for m in same):
        # What may end in a hint: without the documents lint's scan passes over as git-ignored (asked of git
        # here only: a journey whose persona is found in use, the usual case, asks nothing).
        from .load import same_id_lint_reads

        same = same_id_lint_reads(lookup, config)
    personas = [m for m in same if m[0] in ("persona", "negative-persona")]
    place = None
    if personas:
        if all(m[0] == "negative-persona" for m in same):
            case, place = "negative", personas[0]
        else:
            own = [m for m in personas if m[0] == "persona"]
            if model.status == "retired" or not own or any(m[1] != "retired" for m in own):
                return None
            case, place = "retired", own[0]
    elif same:
        case, place = "journey", same[0]
    elif lookup.complete:
        case = "missing"
    else:
        return None
    code, rule, words = _PERSONA_HINTS[case]
    line, column = doc.at("persona", key=False)
    if _lint_silences(rule, doc, line, config):
        return None
    lang = "pl" if (config.lang or doc.lang) == "pl" else "en"
    excluded = ""
    if case == "missing" and config.exclude:
        excluded = (" (nie szukano w plikach, które pomija `exclude`)" if lang == "pl"
                    else " (files its `exclude` leaves out were not searched)")
    if lang == "pl":
        from ..lint.polish import q

        ident = q(str(model.persona))  # as lint's CX004 says it: persona „ola”
    else:
        ident = model.persona
    said = words[lang].format(id=ident, file=_from_here(place[2]) if place else "", excluded=excluded)
    severity, reported = _HINT_WORDS[lang]
    return f"{display_path(doc.path)}:{line}:{column}: {severity}: {said} ({reported} {code} {rule})"


def _from_here(shown: str) -> str:
    """A file the lookup found (named from the workspace's root), named from the current folder, as lint names it."""
    try:
        return display_path(os.path.relpath(raw_name(shown)))
    except ValueError:  # another drive (Windows): the path as it is
        return shown


def _lint_silences(rule_name: str, doc: Document, line: int, config: Any) -> bool:
    """Whether `cxkit lint` under ``config`` would keep a finding of ``rule_name`` at ``line`` of ``doc``
    out of its report: the rule off (`ignore`, `select`, `enabled = false`), a `per-file-ignores` pattern,
    a `# cxkit: disable-file=` comment, or a `# cxkit: disable=` comment at that line. A config that
    selects nothing and a file without a `cxkit:` comment silence nothing: the rules are not even loaded."""
    if not (config.select or config.extend_select or config.ignore or config.per_file_ignores or config.rules
            or "cxkit:" in doc.loaded.text):
        return False  # every rule is on by default, and nothing here turns one off
    from ..config import ConfigError
    from ..lint.engine import PerFileIgnores, build_ruleset, parse_suppressions
    from ..lint.rule import all_rules

    known = all_rules()
    try:
        ruleset = build_ruleset(config)
    except ConfigError:  # lint refuses such a config and says why; the hint stays
        ruleset = None
    if ruleset is not None:
        if not ruleset.is_on(rule_name):
            return True
        if rule_name in PerFileIgnores(config, known)(doc.path):
            return True
    comments = parse_suppressions(doc.loaded.text, known, doc.loaded.root)
    if rule_name in comments.file or "all" in comments.file:
        return True
    return any(rule_name in names or "all" in names for _l, _c, names in comments.lines.get(line, ()))


def _relative(path: str, folder: str) -> str:
    """A document's path as seen from the folder being rendered (shorter, and what users typed)."""
    base = display_path(folder).rstrip("/")
    if base in ("", "."):
        return path
    return path[len(base) + 1:] if path.startswith(base + "/") else path


def _by_relative_path(docs: list[Document], folder: str) -> dict[str, Document]:
    """The folder's documents by the path its overview rows show (the first, were two to share one)."""
    found: dict[str, Document] = {}
    for doc in docs:
        found.setdefault(_relative(doc.path, folder), doc)
    return found


def _relative_broken(broken: Broken, folder: str) -> Broken:
    """A file that could not be read, named as the overview's rows name files (from the folder rendered)."""
    return replace(broken, path=_relative(broken.path, folder))


#: The copies `git mergetool` leaves beside a file it merged (``ola_BACKUP_1234.yaml``, ``_BASE_``,
#: ``_LOCAL_``, ``_REMOTE_``): each holds the document's id, so a folder scan finds it twice.
_MERGETOOL_COPY = re.compile(r"_(?:BACKUP|BASE|LOCAL|REMOTE)_\d+\.ya?ml$")


def duplicate_id_warnings(docs: list[Document], workspace_of: dict[str, str],
                          configs: dict[str, Any] | None = None, config: Any = None) -> list[str]:
    """A warning for each id that two or more of a folder's documents share within one workspace, in
    the words of `cxkit lint`'s duplicate-id (CX003), located at the first copy's id: the overview
    lists every copy, and a reader cannot tell the stray one (a merge tool's backup, a file copied
    to start another) from the real one. A merge tool's backup is named as such.

    What silences CX003 in `cxkit lint` silences the warning: the rule turned off in the workspace's
    config (``configs`` by workspace folder, else ``config``), `per-file-ignores`, and a
    `# cxkit: disable=duplicate-id` (or `disable-file=`) comment, read as lint reads them.

    In Polish where that workspace's config says `lang = "pl"`, with lint's Polish message of the rule."""
    from ..lint.rules.core import DuplicateId
    from ..workspace import DocSummary, WorkspaceIndex

    groups: dict[tuple[str, str], list[Document]] = {}
    for doc in docs:
        groups.setdefault((workspace_of.get(doc.path, ""), str(doc.model.id)), []).append(doc)
    out: list[str] = []
    for (workspace, ident), same in groups.items():
        if len(same) < 2:
            continue
        index = WorkspaceIndex()
        for doc in same:
            index.add(DocSummary(path=doc.path, kind=doc.model.kind, id=ident, id_pos=doc.at("id", key=False)))
        in_force = (configs or {}).get(workspace, config)
        pl = getattr(in_force, "lang", None) == "pl"
        shown = _unsilenced(DuplicateId, index, same, in_force, pl)
        if not shown:
            continue
        hit = shown[0]  # the first copy's, naming the others
        where = f"{display_path(hit.path or same[0].path)}:{hit.line}:{hit.column}"
        backups = [display_path(d.path) for d in same if _MERGETOOL_COPY.search(d.path)]
        if pl:
            said = (f"ostrzeżenie: {where}: {hit.pl or hit.message} ({DuplicateId.code} {DuplicateId.name}); "
                    "przegląd pokazuje każdą kopię")
            if backups:
                what, it = ("kopia, którą", "ją") if len(backups) == 1 else ("kopie, które", "je")
                said += (f"; {' i '.join(backups)} to {what} git mergetool zostawia obok scalonego pliku: usuń {it} "
                         "po zakończeniu scalania")
            out.append(said)
            continue
        said = (f"warning: {where}: {hit.message} ({DuplicateId.code} {DuplicateId.name}); the overview lists every copy")
        if backups:
            which = " and ".join(backups)
            said += (f"; {which} {'is a copy' if len(backups) == 1 else 'are copies'} git mergetool leaves "
                     "beside a merged file: delete " + ("it" if len(backups) == 1 else "them") + " once the merge is done")
        out.append(said)
    return out


def _unsilenced(rule: Any, index: Any, docs: list[Document], config: Any, pl: bool = False) -> list[Any]:
    """The hits workspace rule ``rule`` finds in ``index`` (of ``docs``) that `cxkit lint` would show
    under ``config``: none when the config turns the rule off; otherwise those no `per-file-ignores`
    pattern, `disable-file` comment or `disable=` comment at the hit's line keeps out (the rule is
    told of them too, as lint tells it: a comment on one copy may speak for the first).  ``pl``: the
    hits carry their Polish twins (`Hit.pl`), as in a Polish workspace's lint."""
    from ..config import ConfigError
    from ..lint.engine import PerFileIgnores, build_ruleset, parse_suppressions
    from ..lint.rule import all_rules

    name = rule.name
    known = all_rules()
    per_file: dict[str, set[str]] = {}
    try:
        ruleset = build_ruleset(config) if config is not None else None
    except ConfigError:  # lint refuses such a config and says why; the warning stays
        ruleset = None
    if ruleset is not None:
        if not ruleset.is_on(name):
            return []
        ignores = PerFileIgnores(config, known)
        if ignores.patterns:
            per_file = {doc.path: ignores(doc.path) for doc in docs}
    comments = {doc.path: parse_suppressions(doc.loaded.text, known, doc.loaded.root) for doc in docs}

    def ignored(rule_name: str, path: str) -> bool:
        off = comments[path].file if path in comments else {}
        return rule_name in off or "all" in off or rule_name in per_file.get(path, ())

    def silenced(rule_name: str, path: str, line: int) -> bool:
        sup = comments.get(path)
        return sup is not None and any(rule_name in names or "all" in names for _l, _c, names in sup.lines.get(line, ()))

    index.ignored, index.silenced = ignored, silenced
    checker = rule()
    checker.polish = pl
    return [hit for hit in checker.check_workspace(index)
            if not ignored(name, hit.path or "") and not silenced(name, hit.path or "", hit.line)]


def _overview(docs: list[Document], config: Any, folder: str,
              workspace_of: dict[str, str] | None = None) -> tuple[list[content.OverviewRow], Labels]:
    where = {_relative(d.path, folder): workspace_of.get(d.path, "") for d in docs} if workspace_of else None
    rows = content.overview_rows(((_relative(d.path, folder), d.lang, d.model) for d in docs), where)
    lang = config.lang or content.majority_lang(d.lang for d in docs)
    return rows, Labels(lang)


def _title(path: str, labels: Labels) -> str:
    shown = display_path(path)
    if shown in (".", ".."):
        # "." says nothing; the folder's name does (its control characters shown as escapes).
        shown = display_path(Path(path).resolve().name) if Path(path).resolve().name else shown
    return f"{labels['overview']}: {shown}"


def render_terminal(req: RenderRequest, subject: _Subject, config: Any, stream: TextIO, *, color: bool | None,
                    stderr: TextIO | None = None) -> None:
    from .terminal import PLAIN_SYMBOLS

    req = _narrow_page(req, subject, stream, color, stderr, getattr(config, "lang", None) == "pl")
    # --layout stacked is the view to read line by line: no symbol beside a plain value (see PLAIN_SYMBOLS).
    token = PLAIN_SYMBOLS.set(req.layout == "stacked")
    try:
        _render_terminal(req, subject, config, stream, color=color, stderr=stderr)
    finally:
        PLAIN_SYMBOLS.reset(token)


def _narrow_page(req: RenderRequest, subject: _Subject, stream: TextIO, color: bool | None,
                 stderr: TextIO | None, pl: bool = False) -> RenderRequest:
    """``req``, with the stacked layout when the page is narrower than a framed view needs (:data:`MIN_WIDTH`,
    40 columns): `--width 30`, `COLUMNS=30`, a 30-column terminal (400% zoom). A card or a journey's panels
    drawn 40 columns wide there are wrapped again by the terminal, their frames broken across lines;
    the stacked view, plain lines, follows the page down to 20 columns.  A layout named with --layout
    (table or panels) is said to be set aside, on ``stderr``, where it would apply."""
    from .terminal import MIN_WIDTH, STACKED_MIN_WIDTH, make_console

    if req.layout == "stacked":
        return req
    width = make_console(stream, req.width, color=False, least=STACKED_MIN_WIDTH).width
    if width >= MIN_WIDTH:
        return req
    if req.layout != "auto" and not req.layout_from_env and stderr is not None and _unused_layout_note(req, subject) is None:
        if pl:  # a workspace with `lang = "pl"`, as the note on a table that does not fit
            stderr.write(f"cxkit: --layout {req.layout}: potrzebuje {MIN_WIDTH} kolumn, a strona ma {width}; pokazano "
                         "zamiast tego widok w jednej kolumnie (zwykłe wiersze, bez ramek)\n")
        else:
            stderr.write(f"cxkit: --layout {req.layout}: needs {MIN_WIDTH} columns, and the page has {width}; showing "
                         "the stacked view instead (plain lines, no frames)\n")
        stderr.flush()
    return replace(req, layout="stacked")


def _render_terminal(req: RenderRequest, subject: _Subject, config: Any, stream: TextIO, *, color: bool | None,
                     stderr: TextIO | None = None) -> None:
    if req.layout == "stacked":
        # Read line by line (a screen reader in character mode, Emacs): a line padded to the width with
        # spaces reads as blanks to the end of the line; the stacked view's lines end at their last letter.
        stream = _TrimmedLines(stream)  # type: ignore[assignment]
    try:
        _render_view(req, subject, config, stream, color=color, stderr=stderr)
    finally:
        if isinstance(stream, _TrimmedLines):
            stream.finish()


class _TrimmedLines:
    """``stream`` (standard output, a file) with the spaces at the end of each line dropped (escape codes
    after them kept: a colour's reset). A line is written once its line break is; :meth:`finish` writes
    the rest."""

    _TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.M)

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._held = ""

    def write(self, text: str) -> int:
        whole, _, self._held = (self._held + text).rpartition("\n")
        if _:
            self._stream.write(self._TRAILING.sub(r"\1", whole) + "\n")
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def finish(self) -> None:
        if self._held:
            self._stream.write(self._held)
            self._held = ""
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _render_view(req: RenderRequest, subject: _Subject, config: Any, stream: TextIO, *, color: bool | None,
                 stderr: TextIO | None = None) -> None:
    from .terminal import (against_view, fold_note, journey_view, layout_note, make_console, overview_list, overview_view,
                           persona_view)

    from .terminal import MIN_WIDTH, STACKED_MIN_WIDTH

    stacked = req.layout == "stacked"
    console = make_console(stream, req.width, color=color, least=STACKED_MIN_WIDTH if stacked else MIN_WIDTH)
    width = console.width
    if stacked or console.no_color:
        # Faint text (ids, dates, owners, sources) is information: under --layout stacked and
        # NO_COLOR it is shown as the rest, for themes that draw faint as a low-contrast grey.
        console = _NoFaintConsole(console)
    if subject.is_dir:
        from .terminal import broken_view

        rows, labels = _overview(subject.docs, config, req.path, subject.workspace_of)
        broken = [_relative_broken(b, req.path) for b in subject.broken]
        if not rows and not broken:
            console.print(labels["empty"].format(path=display_path(req.path)))
            return
        if rows:
            view = overview_list if stacked else (lambda r, l, t: overview_view(r, l, width, t))
            console.print(view(rows, labels, _title(req.path, labels)))
        if broken:
            console.print(broken_view(broken, labels, None if rows else _title(req.path, labels)))
        return
    doc = subject.docs[0]
    model = doc.model
    labels = Labels(doc.lang)
    if subject.against is not None:
        other = subject.against
        console.print(against_view(model, labels, doc.path, other.model, Labels(other.lang), other.path, width,
                                   stacked=stacked))
    elif isinstance(model, JourneyMap):
        stages = content.select_stages(model, req.stages)
        numbers = {s.id: i + 1 for i, s in enumerate(model.stages)}  # places in the journey, as the view numbers them
        polish = getattr(config, "lang", None) == "pl"
        note = layout_note(req.layout, stages, labels, width, numbers, polish=polish)
        if note is None:  # a table after all: said once if a word in it had to be folded
            note = fold_note(req.layout, stages, labels, width, numbers, polish=polish)
        if note is not None and stderr is not None:
            stderr.write(f"cxkit: {note}\n")
            stderr.flush()
        console.print(journey_view(model, stages, labels, layout=req.layout, width=width,
                                   persona_name=subject.persona_name, path=doc.path))
    else:
        console.print(persona_view(model, labels, doc.path, stacked=stacked))


class _NoFaintConsole:
    """A console whose :meth:`print` shows nothing faint (see :class:`terminal.NoFaint`)."""

    def __init__(self, console: Any) -> None:
        self._console = console

    def print(self, renderable: Any) -> None:
        from .terminal import NoFaint

        self._console.print(NoFaint(renderable))


def _export_path(shown: str, config: Any, folder: str | None = None) -> str:
    """The path an export names a file or folder by (shown as :func:`display_path` shows it).

    An export is shared — pasted in a wiki, attached to a ticket, committed — so it must not
    carry where the workspace happens to sit on one machine (``/home/ola/work/...``): a file
    inside the workspace (the config file's folder, else the current folder) is named relative
    to it, one inside the current folder relative to that, and any other only by its name — or,
    read from a ``folder`` being rendered, by the path from that folder's name down
    (``personas/ola.yaml``), so that two files of one name in its subfolders stay apart.
    Relative to the workspace, the same file gets the same path wherever the command is run
    from, however it was typed (``./p.yaml``, an absolute path, ``../cx/p.yaml``). A folder on
    the way may be a link: its real place counts too; the file's own name is kept as it is.
    """
    if _of_a_revision(shown):
        return shown.rstrip("/")  # `main:journeys/ewa.yaml` is named from the top already, wherever run
    given = Path(os.path.abspath(raw_name(shown)))
    places = [given]
    try:
        places.append(given.parent.resolve() / given.name)
    except (OSError, RuntimeError):  # a loop of links: the path as given is all there is
        pass
    bases = [Path(config.root)] if config.source is not None else []
    try:
        bases.append(Path.cwd())
    except OSError:  # the current folder was removed under us
        pass
    if folder is not None:
        bases.append(Path(os.path.abspath(folder)).parent)
    for base in bases:
        for where in places:
            if where.is_relative_to(base):
                return display_path(where.relative_to(base).as_posix())
    return display_path(given.name or given.as_posix())


def _of_a_revision(shown: str) -> bool:
    """Whether ``shown`` names a file or folder of a git revision (``main:journeys/ewa.yaml``, as
    :func:`load.revision_file` names it): a revision and a colon before its first ``/``, and no file of
    that name in the working tree (which would be the file rendered)."""
    head = shown.split("/", 1)[0]
    return ":" in head and not head.startswith(":") and not os.path.lexists(raw_name(shown))


def _export_title(path: str, config: Any, labels: Labels, given: str | None = None) -> tuple[str, str]:
    """A folder export's title and the folder as the export names it (see :func:`_export_path`).

    ``given`` (``--title``) is the title, whatever the folder: what tells one team's export from
    another's in a browser's tabs, and the same on every run that passes it.

    The workspace itself is titled ``Overview`` alone (``Zestawienie`` in Polish): its folder's
    name is where one checkout happens to sit (``cx-personas`` here, ``pr-42-worktree`` in a git
    worktree, the repository's name in CI), and an export that CI regenerates and commits would
    change back and forth with every developer's run. A folder inside it keeps its path from the
    workspace (``Overview: personas``), which is the same in every checkout.
    """
    shown = _export_path(display_path(path), config)
    if given is not None:
        return given, shown
    if shown == ".":
        return labels["overview"], shown
    if labels.lang != "en" and shown in _ENGLISH_FOLDERS:
        # A Polish workspace keeps its documents in `personas/` and `journeys/` (init writes those names):
        # its export is titled in its words (``Zestawienie: persony``), not ``Zestawienie: personas``.
        return f"{labels['overview']}: {labels[_ENGLISH_FOLDERS[shown]]}", shown
    return f"{labels['overview']}: {shown}", shown


#: The English folder names `cxkit init` and `cxkit new` use, each with the label of the kind it holds:
#: a folder export of a workspace in another language is titled by that label (:func:`_export_title`).
_ENGLISH_FOLDERS = {"personas": "kind.persona.plural", "journeys": "kind.journey.plural",
                    "negative-personas": "kind.negative-persona.plural"}


def render_export(req: RenderRequest, subject: _Subject, config: Any) -> str:
    """The text of a Markdown, HTML, Mermaid or JSON export; files named as :func:`_export_path` says."""
    fmt = req.output_format
    if fmt == "json":
        from . import jsonout

        if subject.is_dir:
            rows, _labels = _overview(subject.docs, config, req.path, subject.workspace_of)
            by_path = _by_relative_path(subject.docs, req.path)
            # The overview's order (personas, negative personas, journeys), as in every other format.
            return jsonout.documents([(_export_path(by_path[r.path].path, config, req.path), by_path[r.path].model)
                                      for r in rows],
                                     [replace(b, path=_export_path(b.path, config, req.path)) for b in subject.broken])
        doc = subject.docs[0]
        if subject.against is not None:
            return jsonout.pair(doc.model, subject.against.model)
        return jsonout.document(doc.model, req.stages)
    if fmt == "csv":
        from . import csvout

        doc = subject.docs[0]
        separator = req.csv_separator or getattr(config, "csv_separator", None) or ","
        if isinstance(doc.model, JourneyMap):
            return csvout.journey(doc.model, content.select_stages(doc.model, req.stages), Labels(doc.lang), separator,
                                  persona_name=subject.persona_name)
        return csvout.persona(doc.model, Labels(doc.lang), separator)
    if fmt == "svg":
        from . import svg

        doc = subject.docs[0]
        return svg.document(doc.model, content.select_stages(doc.model, req.stages), Labels(doc.lang))
    if fmt == "mermaid":
        from . import mermaid

        doc = subject.docs[0]
        model = doc.model
        stages = content.select_stages(model, req.stages)
        # An export of some stages says which, in the title (Markdown and HTML say it under theirs).
        part = None
        if len(stages) < len(model.stages):
            part = content.stages_label(model, stages, Labels(doc.lang), "part")
        return mermaid.journey(model, stages, subject.persona_name or model.persona, part,
                               labels=Labels(doc.lang))
    from . import html, markdown, markdown_plain

    module: Any = {"markdown": markdown, "markdown-plain": markdown_plain}.get(fmt, html)
    if subject.is_dir:
        rows, labels = _overview(subject.docs, config, req.path, subject.workspace_of)
        by_path = _by_relative_path(subject.docs, req.path)  # one look-up a row, not a scan of the folder
        # A journey's persona from its own workspace: two clients may each have a 'marta'.
        place = {r.path: subject.workspace_of.get(by_path[r.path].path, "") for r in rows}
        names = {(place[r.path], r.id): r.name for r in rows if r.kind != "journey"}
        # HTML anchors, unique on the page (a persona and a journey may share an id); the
        # overview's links are made from the same rows, so they lead to these.
        # A stage's anchor never equals one of them, nor another stage's (see html.stage_anchors).
        anchors: list[Any] = [None] * len(rows)
        stage_targets: list[Any] = [None] * len(rows)
        if module is html:
            anchors = html.anchors(rows)
            stage_targets = html.stage_anchors([by_path[r.path].model for r in rows], anchors)
        parts = []
        for row, anchor, targets in zip(rows, anchors, stage_targets):
            doc = by_path[row.path]
            persona_name = names.get((place[row.path], getattr(doc.model, "persona", "")), None)
            parts.append(_one(module, doc, config, req.path, [], persona_name, anchor,
                              page_lang=labels.lang if module is html else None, stage_targets=targets))
        title, folder = _export_title(req.path, config, labels, req.title)
        broken = [replace(b, path=_export_path(b.path, config, req.path)) for b in subject.broken]
        return module.overview_page(rows, labels, title, parts, folder, broken)
    doc = subject.docs[0]
    if subject.against is not None:
        other = subject.against
        return module.against_page(doc.model, Labels(doc.lang), _export_path(doc.path, config),
                                   other.model, Labels(other.lang), _export_path(other.path, config))
    if req.title is not None:  # a handout for a client: the team's title above the document (t46 #12)
        return module.titled_page(_one(module, doc, config, None, req.stages, subject.persona_name), Labels(doc.lang),
                                  req.title, content.name_line(doc.model.name))
    return module.page(_one(module, doc, config, None, req.stages, subject.persona_name),
                       Labels(doc.lang),
                       content.name_line(doc.model.name), single=True)


def _one(module: Any, doc: Document, config: Any, folder: str | None, stages: list[str], persona_name: str | None,
         anchor: Any = None, page_lang: str | None = None, stage_targets: dict[str, str] | None = None) -> str:
    """One document of an export; ``folder``: the folder being rendered, which it was read from."""
    model = doc.model
    labels = Labels(doc.lang)
    path = _export_path(doc.path, config, folder)
    where: dict[str, Any] = {"anchor": anchor} if anchor is not None else {}  # HTML only
    if page_lang is not None:  # HTML only: a document in another language than the page's says so
        where["page_lang"] = page_lang
    if isinstance(model, JourneyMap):
        if stage_targets:  # HTML only: its stages' anchors on a page of many
            where["stage_targets"] = stage_targets
        return module.journey(model, content.select_stages(model, stages), labels, persona_name, path, **where)
    return module.persona(model, labels, path, **where)


def _revision_config(revision: Any, config: Any, named: bool, stderr: TextIO) -> Any:
    """The config a render of ``revision`` (a file or folder ``REV:PATH``) is read under: the one the
    revision's own checkout would use there (its `cxkit.toml`, or `pyproject.toml` with `[tool.cxkit]`,
    nearest the path, as review finds BASE's); ``config``, the working tree's, when the revision has
    none, or when the revision's is not valid (then a note says so).  ``named``: ``config`` was given
    with `--config`: that file as the revision has it."""
    from ..diff.review import side_config
    from ..diff.workspaces import config_named

    rev = revision.display.partition(":")[0]
    near = Path(revision.repo.cwd) / revision.here
    folder = near if isinstance(revision, RevisionFolder) else near.parent
    pl = config.lang == "pl"  # the working tree's language: its config is the one read instead
    with config_named(named):
        found, error = side_config(revision.repo, revision.commit, rev, config, folder, pl=pl)
    if error is not None and pl:
        stderr.write(f"cxkit: uwaga: {error}; wyrenderowano według konfiguracji kopii roboczej\n")
        return config
    if error is not None:
        stderr.write(f"cxkit: note: {error}; rendered under the working tree's config\n")
        return config
    if found.source is None:
        return config  # the revision has no config there: the working tree's
    return found


def _config_near(req: RenderRequest, revision: Any) -> list[str]:
    """Where the config of the render is looked up from: the path rendered (a revision's file: where it is in
    the working tree); for a buffer, the nearest folder of --stdin-filename that exists (none: the current folder)."""
    if req.buffer is None:
        return [revision.here if revision is not None else req.path]
    if req.stdin_filename is None:
        return []
    from ..discovery import nearest_existing

    return [nearest_existing(req.stdin_filename)]


def run(req: RenderRequest, stdout: TextIO, stderr: TextIO) -> int:
    """Render what ``req`` asks for; returns the exit code (0 done, 2 bad input)."""
    # In a copy of the context: the config's own labels head this run's fields, not a later run's.
    return contextvars.copy_context().run(_run, req, stdout, stderr)


def _run(req: RenderRequest, stdout: TextIO, stderr: TextIO) -> int:
    given_format = req.output_format
    if req.buffer is not None:
        # The buffer is rendered as the file saved at --stdin-filename would be (else as `-`, in the
        # current folder): that path names it, finds its config and its journey's persona.
        req = replace(req, path=req.stdin_filename or "-")
    from ..cliutil import RUN_IN_POLISH, speaks_polish

    # A name of a format cxkit does not write (`-o kasia.pdf`) is refused before the config is read:
    # in Polish when the config the run would take says `lang = "pl"`.
    refused_pl = (req.output is not None and ((req.output_format is None and _not_written(req.output) is not None)
                                              or _extension(req.output) == _trimmed_name(req.output).lower())
                  and speaks_polish(req.config_path, near=tuple(_config_near(req, None)) if ":" not in req.path else ()))
    output_format, format_note = choose_format(req.output_format, req.output, req.path, refused_pl)
    format_note = format_note or yaml_note(req.output, given_format)
    req = replace(req, output_format=output_format)
    # A file or folder of a git revision (`main:klient/`) is read under the config that revision has
    # where it lies, as its own checkout would read it (its labels, language, `exclude`, `paths`); the
    # working tree's only when the revision has none there.

    if req.buffer is None and ":" in str(req.path):
        # git is asked about the revision before its config is read: a timeout then speaks the working tree's language.
        RUN_IN_POLISH.set(speaks_polish(req.config_path))
    revision = revision_file(req.path) if req.buffer is None else None
    config = load_config(req.config_path, near=_config_near(req, revision))
    if revision is not None:
        config = _revision_config(revision, config, req.config_path is not None, stderr)
    RUN_IN_POLISH.set(config.lang == "pl")  # the lint cache's warnings and git's timeout in the config's language
    use_team_labels(config.labels)
    if req.output is not None:
        # The files named on the command line: refused before reading them, so that a broken
        # one reports the refusal alone. Files read from a folder are checked once read, below.
        named = [req.path] + ([req.against] if req.against is not None else [])
        inputs = [(Path(p), display_path(p)) for p in named if os.path.isfile(p)]
        if req.buffer is not None and req.stdin_filename is not None and not os.path.isfile(req.stdin_filename):
            # A buffer not saved yet: its path is where the editor saves it, no place for its export either.
            inputs.append((Path(req.stdin_filename), display_path(req.stdin_filename)))
        if config.source is not None:  # cxkit.toml or pyproject.toml: read too, and no place for an export
            inputs.append((Path(config.source), display_path(str(config.source))))
        _refuse_overwriting_input(req.output, inputs, config.lang == "pl")
    # JSON carries the data exactly (it escapes every control character itself); the views show them.
    exact = req.output_format == "json"
    if req.buffer is not None:
        loaded, is_dir = load_buffer(req.buffer, req.path, config, exact=exact), False
    else:
        loaded, is_dir = load_named(req.path, config, exact=exact, found=revision)
    if is_dir:
        _check_workspace_configs(loaded, config)
    # A folder's overview lists the files it could not read, in every format that shows a folder (the
    # terminal's, Markdown, HTML and JSON): on the terminal that shows stderr too, each is said once, there.
    listed = (is_dir and req.output_format != "mermaid" and req.output is None and req.against is None
              and not req.stages and not req.stage_args and _one_terminal(stdout, stderr))
    fails_lint, quiet = _as_lint(loaded, config) if is_dir and loaded.broken else (False, frozenset())
    failed = _report(loaded, stderr, listed, quiet)
    read = list(loaded.read)
    against_doc = None
    if req.against is not None:
        req = replace(req, against=_against_file(req.against, config))
        other, other_is_dir = load_named(req.against, config, exact=exact)
        failed = _report(other, stderr) or failed
        read += other.read
        if other_is_dir:
            raise UsageError(f"--against przyjmuje jeden plik persony negatywnej; {display_path(req.against)} to folder"
                             if config.lang == "pl" else
                             f"--against takes one negative persona file; {display_path(req.against)} is a folder")
        if not failed:
            against_doc = _single(other, req.against)
    if req.output is not None:
        _refuse_overwriting_input(req.output, read, config.lang == "pl")
        # After those refusals, which say more when the YAML file named is one the render reads
        # (a --against given by its id too), and before anything is written.
        pl = config.lang == "pl"
        refused = (yaml_refusal(req.output, given_format, req.path, pl)
                   or trailing_refusal(req.output, req.output_format, req.path, pl))
        if refused is not None:
            raise UsageError(refused)
    # A folder's overview shows the documents that load and lists the others (exit 1 when lint would
    # fail on them: see _as_lint); one file that cannot be read leaves nothing to show (exit 2).
    partial = is_dir and req.against is None
    if failed and not partial:
        return EXIT_ERROR
    docs = loaded.documents if is_dir else [_single(loaded, req.path)]
    if req.stage_args and not is_dir and against_doc is None and isinstance(docs[0].model, JourneyMap):
        req = replace(req, stages=_stages_asked(docs[0].model, req.stage_args))
    subject = _Subject(docs, is_dir, against_doc, list(loaded.broken) if is_dir else [],
                       dict(loaded.workspace_of) if is_dir else {}, loaded.revision)
    _check(req, subject, config.lang == "pl")
    if req.output is not None:
        # Refused before any note: "-o x.html: writing the Markdown export…" and then "x.html is a cxkit
        # HTML export, not the Markdown export this writes" read as if it had been written.
        refused = _replace_refusal(req.output, _FILE_FORMAT.get(req.output_format, req.output_format), req.force,
                                   config.lang == "pl")
        if refused is not None:
            stderr.write(refused)
            return EXIT_ERROR
    duplicates = duplicate_id_warnings(subject.docs, subject.workspace_of, loaded.configs, config) if is_dir else []
    said_pl = config.lang == "pl"
    if said_pl and format_note is not None:  # said before the config was read: now in its language
        format_note = choose_format(given_format, req.output, req.path, True)[1] or yaml_note(req.output, given_format, True)
    for note in (format_note, _unused_layout_note(req, subject, said_pl), _unused_width_note(req, said_pl),
                 _unused_separator_note(req, said_pl), _unused_title_note(req, subject, said_pl), *duplicates,
                 _tool_folder_note(req, subject, config.lang == "pl")):
        if note is not None:
            stderr.write(f"cxkit: {note}\n")
            stderr.flush()
    # A journey's persona is looked up once, for its heading; what the lookup found missing, negative or
    # retired is said on its own located line (the render is made all the same, the exit code kept).
    hint = _persona(req, subject, config)
    if hint is not None:
        stderr.write(hint + "\n")
        stderr.flush()
    done = EXIT_FINDINGS if subject.broken and fails_lint else EXIT_OK
    if req.output_format == "terminal":
        if req.output is None:
            shown = _InConsoleEncoding(stdout)
            view: Any = shown if shown.narrow else stdout
            log = NoWorkflowCommands(view) if may_be_ci_log(stdout) else None  # no document line a runner obeys
            render_terminal(req, subject, config, log or view, color=None, stderr=stderr)
            if log is not None:
                log.finish()
            note = shown.note(getattr(stderr, "encoding", None), config.lang == "pl")
            if note is not None:
                stderr.write(f"cxkit: {note}\n")
                stderr.flush()
            return done
        buffer = io.StringIO()
        render_terminal(req, subject, config, buffer, color=False, stderr=stderr)
        text = buffer.getvalue()
    else:
        text = render_export(req, subject, config)
        note = _left_out_note(req, subject, config.lang == "pl")
        if note is not None:
            stderr.write(f"cxkit: {note}\n")
            stderr.flush()
    # A file name that is not UTF-8 holds lone surrogates, which no UTF-8 file can: written as
    # stdout writes them (`\udcb3`), so `-o FILE` holds the very same text. In JSON that is the
    # string escape of the same character, so `path` still names the real file.
    text = content.with_lone_surrogates_escaped(text)
    if req.output is None:
        # (The terminal view to stdout has been written above: this is an export.) In a CI job's log,
        # a document's line the runner would read as a command is shown escaped; JSON escapes its own.
        if req.output_format != "json" and may_be_ci_log(stdout):
            text = no_workflow_commands(text)
        if not write_utf8(stdout, text):  # a stream that takes text only (a test's StringIO)
            stdout.write(text)
            stdout.flush()
        return done
    written = _write(req.output, text, stderr, _FILE_FORMAT.get(req.output_format, req.output_format), req.force,
                     config.lang == "pl")
    if written == EXIT_OK and isatty(stderr):
        # One line, as `cxkit fmt` and `cxkit new` say what they wrote: to a person at a terminal, a
        # quiet success looks like nothing happened. Scripts and CI logs get no more than before.
        if config.lang == "pl":
            what = _EXPORT_NAMES_PL.get(req.output_format, "widok terminala")
            stderr.write(f"cxkit: zapisano {_shown_output(req.output)} ({what})\n")
        else:
            what = _EXPORT_NAMES.get(req.output_format, "terminal view")
            stderr.write(f"cxkit: wrote {_shown_output(req.output)} ({what})\n")
        stderr.flush()
    return written if written != EXIT_OK else done


def _drawn_in_ascii(char: str) -> str | None:
    """A line-drawing character (the curve's ``─``, ``│``, ``╭``, its dots ``●``) in ASCII, one
    column as it was; None for any other character."""
    if char in "●•":
        return "*"
    if not "\u2500" <= char <= "\u257f":
        return None
    import unicodedata

    name = unicodedata.name(char, "")
    if "HORIZONTAL" in name and "VERTICAL" not in name:
        return "-"
    if "VERTICAL" in name and "HORIZONTAL" not in name:
        return "|"
    return "+"


class _InConsoleEncoding:
    """Standard output for the terminal view when its encoding is not UTF-8 (cp1252, latin-1,
    ``PYTHONIOENCODING=ascii``): a character the encoding lacks is written ``?``, never as the
    six-character escape (``\\u0142``) the stream would write — which also pushed a frame's
    right edge out of line — and :meth:`note` tells, on stderr, which characters were lost and how
    to see them. The view is for reading here and now, so it keeps the console's encoding (the
    frames are drawn in ASCII there), unlike an export, which is written in UTF-8 whatever it is.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        encoding = getattr(stream, "encoding", None)
        self.narrow = not is_utf8(encoding)
        self._encoding = encoding or "utf-8"
        self._lost: dict[str, None] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def write(self, text: str) -> int:
        try:
            text.encode(self._encoding)
        except UnicodeEncodeError:
            text = self._shown(text)
        except LookupError:  # pragma: no cover - the stream could not have been opened
            pass
        return self._stream.write(text)

    def _shown(self, text: str) -> str:
        import unicodedata

        from rich.cells import cell_len

        out = []
        for char in unicodedata.normalize("NFC", text):  # "e" + a combining acute is "é" in cp1252
            try:
                char.encode(self._encoding)
                out.append(char)
            except UnicodeEncodeError:
                if "\udc80" <= char <= "\udcff":  # an undecodable file name's byte: escaped as always
                    out.append(char)
                    continue
                drawn = _drawn_in_ascii(char)
                if drawn is None:
                    self._lost.setdefault(char)
                out.append(drawn or "?" * cell_len(char))  # as many columns as the character would take
        return "".join(out)

    def note(self, stderr_encoding: str | None = None, pl: bool = False) -> str | None:
        """What the stream could not show, and how to see it (None when nothing was lost); each
        character as itself where ``stderr_encoding`` has it, else by its code (``U+0142``).  ``pl``: in
        Polish, where ``stderr_encoding`` can show the Polish note (else in English, which it can)."""
        if not self._lost:
            return None
        from ..cliutil import char_named

        chars = list(self._lost)
        shown = " ".join(char_named(c, stderr_encoding) for c in chars[:12]) + (" ..." if len(chars) > 12 else "")
        if pl:
            one = len(chars) == 1
            said = (f"kodowanie standardowego wyjścia ({self._encoding}) nie ma {'znaku' if one else 'znaków'} {shown}, "
                    f"więc widok pokazuje w {'jego' if one else 'ich'} miejscu '?'; ustaw PYTHONIOENCODING=utf-8 (albo "
                    "PYTHONUTF8=1) dla terminala UTF-8 albo zapisz widok do pliku: -o mapa.txt (UTF-8)")
            try:
                said.encode(stderr_encoding or "utf-8")
                return said
            except (UnicodeEncodeError, LookupError):
                pass  # a console that cannot show Polish letters either: the English note, which it can
        return (f"standard output's encoding ({self._encoding}) has no {shown}, so the view shows '?' for "
                f"{'it' if len(chars) == 1 else 'them'}; set PYTHONIOENCODING=utf-8 (or PYTHONUTF8=1) for a "
                "UTF-8 terminal, or write the view to a file with -o map.txt (UTF-8)")


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: through ``./``, absolute paths, symbolic and hard links."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # the output does not exist yet (or cannot be looked at): it is no input
        return os.path.realpath(a) == os.path.realpath(b)


def _refuse_overwriting_input(output: Path, read: list[tuple[Path, str]], pl: bool = False) -> None:
    """``-o`` onto a file being rendered would replace the source with its own export.  ``pl``: said in Polish."""
    given = display_path(str(output))
    for path, shown in read:
        if _same_file(output, path) and pl:
            which = "to " if shown == given else f"to {shown}, "
            raise UsageError(f"{given}: {which}plik wejściowy tego renderowania; zapis eksportu zastąpiłby go — podaj w "
                             "-o inny plik")
        if _same_file(output, path):
            which = "is " if shown == given else f"is {shown}, "
            raise UsageError(f"{given}: {which}an input of this render; writing the export there would "
                             "replace it — give -o another file")


#: How each format's export begins, as cxkit writes it (any version since exports began): a file that
#: begins otherwise is not a previous export of that format, and ``-o`` replaces it only with --force.
_EXPORT_STARTS = {
    "html": re.compile(r'<meta name="generator" content="cxkit render">'),
    # a document itself, or a folder's or a pair's object: named by its `format` since format 1, without
    # one before (an export written by an older cxkit is still replaced)
    "json": re.compile(r'\A\{\s*"(?:kind":\s*"(?:persona|negative-persona|journey)"|documents":|persona":\s*\{'
                       r'|format":\s*"cxkit-render-(?:folder|pair)/\d+")'),
    "mermaid": re.compile(r"\Ajourney[ \t]*\r?\n[ \t]+title[ \t]"),
    "svg": re.compile(r"\A<\?xml [^>]*\?>\n<!-- cxkit render: "),
}


def _csv_words() -> tuple[str, str, str]:
    """Patterns of the words a CSV export begins with, in any language cxkit writes: a journey's
    corner (`Etap`, `Stage`), a persona's kind (`Persona negatywna`) and the id's label (`Id`)."""
    from .labels import _ALL, every

    corners = {t["stage"] for t in _ALL.values() if "stage" in t}
    kinds = {text[:1].upper() + text[1:] for k in ("persona", "negative-persona") for text in every(k)}
    return (_one_of(corners), _one_of(kinds), _one_of(set(every("source.id"))))


def _csv_start() -> re.Pattern[str]:
    """The first cells of a CSV export (after its byte-order mark, which :func:`existing_head` drops):
    a journey's corner and its first stage's number (`"Etap","1. `), or a persona's kind and name on
    a row of two cells and its id on the next (`"Persona negatywna","…"` then `"Id","`), every field
    quoted as cxkit quotes them, between any separator it writes (`,`, or `;` or a tab with
    `csv-separator`). A research team's sheet whose header starts `"Persona","Segment"` (R's
    write.csv quotes every field) is no export."""
    corner, kind, ident = _csv_words()
    return re.compile(rf'\A"(?:{corner})"[,;\t]"[1-9][0-9]*\. |\A"(?:{kind})"([,;\t])"(?:[^"]|"")*"\r\n"(?:{ident})"\1"')


#: How much of an existing file the CSV checks read (as :func:`cxkit.fsutil.existing_head` reads).
_CSV_HEAD = 8192
#: A field as cxkit's CSV writes every one (:mod:`cxkit.render.csvout`): in quotes, a quote inside doubled.
_CSV_QUOTED = r'"(?:[^"]|"")*"'


def _csv_saved_again(target: Path, pl: bool = False) -> str | None:
    """How a file looks when it is a CSV export of cxkit's that a spreadsheet opened and saved again,
    as words for the refusal ("a semicolon between the fields, its text in Windows-1250"); None when it
    does not look like one, or is one exactly as cxkit writes it. Such a file may hold what was typed in
    the spreadsheet, so it is still replaced only with --force: the message says what it is.

    It looks like one by its first cells: a journey's corner and first stage (`Etap;1. …`), or a
    persona's kind and name over its id, in cxkit's words, quoted or not, with any separator cxkit
    writes, after a byte-order mark or none, in UTF-8, Windows-1250 (Excel set to Polish) or UTF-16
    (Excel's "Unicode text"). It is cxkit's own when it is also written throughout as cxkit writes it:
    UTF-8 after a byte-order mark, every field in quotes, one separator, every row ended by CR LF.  A
    spreadsheet's save changes at least one of these (Excel quotes only where a field needs it, drops
    or adds the mark, LibreOffice and Google Sheets end rows with LF), even where its first cells still
    read as cxkit's (LibreOffice's "quote all text cells", a `;` save with quoted headers): so the first
    cells alone never let a file be replaced. ``pl``: the words in Polish ("średnik między polami, tekst
    w kodowaniu Windows-1250")."""
    from ..fsutil import existing_head

    try:
        with open(target, "rb") as fh:
            raw = fh.read(_CSV_HEAD)
    except OSError:
        return None
    if existing_head(target) is None or not raw:
        return None
    text, encoding = _csv_text(raw)
    corner, kind, ident = _csv_words()
    cell = r'(?:"(?:[^"]|"")*"|[^,;\t"\r\n]*)'
    found = re.match(rf'(?:"?(?:{corner})"?([,;\t])"?[1-9][0-9]*\. |"?(?:{kind})"?([,;\t]){cell}\r?\n"?(?:{ident})"?\2)', text)
    if found is None:
        return None
    separator = found.group(1) or found.group(2)
    if encoding is None and raw.startswith(b"\xef\xbb\xbf") and _csv_as_cxkit_writes(text, separator, len(raw) == _CSV_HEAD):
        return None
    from .csvout import SEPARATORS

    if pl:
        said = f"{_SEPARATORS_PL[separator]} między polami"
        return f"{said}, tekst w kodowaniu {encoding}" if encoding is not None else said
    said = f"{SEPARATORS[separator]} between the fields"
    return f"{said}, its text in {encoding}" if encoding is not None else said


def _csv_text(raw: bytes) -> tuple[str, str | None]:
    """The text of a CSV file's first bytes, without a byte-order mark, and the name of its encoding when
    that is not UTF-8 (UTF-16 after its mark, else Windows-1250 for bytes that are no UTF-8)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw[:len(raw) - len(raw) % 2].decode("utf-16", "replace").lstrip("\ufeff"), "UTF-16"
    try:
        return raw.decode("utf-8").lstrip("\ufeff"), None
    except UnicodeDecodeError as exc:
        if exc.start < len(raw) - 3:  # not a character the 8 KiB cut in two
            return raw.decode("cp1250", "replace"), "Windows-1250"
        return raw[:exc.start].decode("utf-8").lstrip("\ufeff"), None


def _csv_as_cxkit_writes(text: str, separator: str, cut: bool) -> bool:
    """Whether ``text`` (a CSV file's beginning, its mark dropped) is rows of fields each in quotes, with
    ``separator`` between them and CR LF after each, as cxkit writes every CSV; ``cut``: the text is the
    file's first 8 KiB only, so its last row may stop anywhere, even inside a field."""
    sep = re.escape(separator)
    rows = re.compile(rf"(?:{_CSV_QUOTED}(?:{sep}{_CSV_QUOTED})*\r\n)*").match(text)
    rest = text[rows.end():] if rows is not None else text
    if not rest:
        return True
    return cut and re.fullmatch(rf'(?:{_CSV_QUOTED}{sep})*(?:"(?:[^"]|"")*"?\r?)?', rest) is not None


def _markdown_start() -> re.Pattern[str]:
    """The first lines of a Markdown export, in any language cxkit writes: a document's heading over
    its kind (``# Zakup roweru`` / blank / ``_ścieżka klienta_ · `zakup-roweru```; ``##`` in an export
    written before the name became the page's one ``#`` heading), or a folder's or
    a persona pair's title (``# Zestawienie: praca``, a workspace's ``# Zestawienie``)."""
    from .labels import _ALL, every

    kinds = {text for k in ("persona", "negative-persona", "journey") for text in every(k)}  # earlier ones too
    titles = {t[k] for t in _ALL.values() for k in ("overview", "against") if k in t}
    kind = "|".join(sorted(map(re.escape, kinds), key=len, reverse=True))
    title = "|".join(sorted(map(re.escape, titles), key=len, reverse=True))
    # A title alone (`# Overview`) is a heading anyone writes atop their own notes, so what follows
    # it must be the overview's: its table's head, its unreadable files' heading, or its "nothing
    # found" line, or a hand-written `# Overview` page would be replaced without --force.
    firsts = {re.escape(f"| {t['document']} | {t['kind']} |") for t in _ALL.values() if "document" in t}
    firsts |= {"## " + re.escape(t["broken"].split("{", 1)[0]) for t in _ALL.values() if "broken" in t}
    firsts |= {re.escape(text.split("{", 1)[0]) for text in every("empty")}
    # The plain Markdown overview opens with its totals (`persony: 2 · persony negatywne: 1 · ...`).
    firsts |= {re.escape(f"{t['kind.persona.plural']}: ") + r"\d+ · " + re.escape(f"{t['kind.negative-persona.plural']}: ")
               for t in _ALL.values() if "kind.persona.plural" in t}
    first = "|".join(sorted(firsts, key=len, reverse=True))
    # A folder's export titled with --title: any one-line heading, so what follows must be the
    # overview's own: its table's whole head (`# Dokumenty` over `| Dokument | Rodzaj | Uwagi |` is a
    # page of one's own), its totals, its unreadable files' heading or its "nothing found" line.
    # Each heading as cxkit writes it now or wrote it before, or as the config's [labels] has it.
    columns = ("document", "kind", "traits", "sources", "stages", "opportunities", "reviewed", "file")
    titled = {re.escape("| ") + re.escape(" | ").join(_one_of(every(c) | {Labels(lang)[c]}) for c in columns)
              + re.escape(" |") + r"\r?\n" for lang, t in _ALL.items() if all(c in t for c in columns)}
    titled |= firsts - {re.escape(f"| {t['document']} | {t['kind']} |") for t in _ALL.values() if "document" in t}
    after_any = "|".join(sorted(titled, key=len, reverse=True))
    return re.compile(rf"\A(?:##? [^\n]*\n\n_(?:{kind})_ · `|# (?:(?:{title}): |(?:{title})\r?\n\r?\n(?:{first})"
                      rf"|[^\r\n]*\r?\n\r?\n(?:{after_any})))")


def _one_of(texts: set[str]) -> str:
    """A pattern matching any of ``texts``, the longest first."""
    return "(?:" + "|".join(sorted(map(re.escape, texts), key=len, reverse=True)) + ")"


def _terminal_start() -> re.Pattern[str]:
    """The first line of the terminal view written to a file: a card's or a journey's frame, a
    folder overview's title, or the line a folder with no documents gets."""
    from .labels import _ALL, every

    titles = "|".join(re.escape(t["overview"]) for t in _ALL.values())
    empties = "|".join(re.escape(text.split("{path}")[0]) for text in every("empty"))
    return re.compile(rf"\A(?:╭|(?:{titles}): |(?:{empties}))")


_FORMAT_NAMES = {"terminal": "terminal view", **{k: f"{v} export" for k, v in _EXPORT_NAMES.items()}}


#: :data:`_FORMAT_NAMES` in Polish, for the refusal to replace a file (:func:`_not_to_replace`).
_FORMAT_NAMES_PL = {"terminal": "widok terminala", "markdown-plain": "eksport zwykłego Markdownu",
                    **{k: f"eksport {v}" for k, v in _EXPORT_NAMES.items() if k != "markdown-plain"}}
#: A CSV separator's name in Polish (:data:`cxkit.render.csvout.SEPARATORS`).
_SEPARATORS_PL = {",": "przecinek", ";": "średnik", "\t": "tabulator"}


def _export_format(head: str) -> str | None:
    """The format of the cxkit export that begins with ``head`` (None: not an export cxkit writes)."""
    for fmt, start in _EXPORT_STARTS.items():
        if start.search(head) if fmt == "html" else start.match(head):
            return fmt
    if _markdown_start().match(head):
        return "markdown"
    if _csv_start().match(head):
        return "csv"
    if _terminal_start().match(head):
        return "terminal"
    return None


#: A line YAML reads as part of a mapping: blank, indented, a comment, a `---`, `...` or `%` line, a
#: list item, or a `key:` line. A Markdown fence, a heading's text or a sentence without a colon is not.
_YAML_LINE = re.compile(r"|[ \t].*|#.*|---.*|\.\.\..*|%.*|-(?:[ \t].*)?|[^\s#][^:]*:(?:[ \t].*)?")


def _yaml_kinds(head: str) -> list[str]:
    """The top-level `kind:` values of ``head`` read as YAML: in the lines before the first one YAML
    would not read (see :data:`_YAML_LINE`). So a `kind: persona` in a README's ```yaml example is not
    the README's own, while a persona saved as `.txt`, after its comments, is a document."""
    from ..workspace import KIND_LINE

    kinds = []
    for line in head.splitlines():
        if not _YAML_LINE.fullmatch(line):
            break
        found = KIND_LINE.match(line)
        if found and not line[:1].isspace():
            kinds.append(found.group(1))
    return kinds


def _not_to_replace(target: Path, fmt: str, pl: bool = False) -> str | None:
    """Why ``-o target`` may not be replaced without --force (None: a new or empty file, a device or
    pipe, or a previous export of the format being written); ``pl``: in Polish.

    ``-o`` is for exports. A YAML file (by its extension, or a top-level ``kind:`` line of any value,
    ``kind: cjm`` too, in lines YAML reads) is a source someone keeps, and any file that is not a
    previous cxkit export of this format — a README (even one with a ```yaml example of a persona),
    notes, an export of another format — is someone's work: replacing it takes --force. An input of
    this render is refused earlier, --force or not.
    """
    from ..fsutil import existing_head
    from ..model import KINDS
    from ..workspace import KIND_LINE

    existing = existing_head(target)  # None for `-o /dev/stdout >> log.md`: written into, as a redirect is
    if existing is None:
        return None
    head = existing[1]
    yaml_named = target.suffix.lower() in (".yaml", ".yml")
    if yaml_named:
        known = [m.group(1) for m in KIND_LINE.finditer(head) if m.group(1) in KINDS]
        kinds = [m.group(1) for m in KIND_LINE.finditer(head) if not m.group(0)[:1].isspace()]  # top-level ones
    else:  # notes or a README: only a `kind:` line its YAML opening holds is the file's own
        kinds = _yaml_kinds(head)
        known = [kind for kind in kinds if kind in KINDS]
    if known:
        return "to dokument cxkit" if pl else "is a cxkit document"
    kind = f" (kind: {kinds[0]})" if kinds else ""
    if yaml_named:
        return f"to plik YAML{kind}, a nie eksport" if pl else f"is a YAML file{kind}, not an export"
    if kinds and _export_format(head) is None:
        return f"to dokument YAML{kind}, a nie eksport" if pl else f"is a YAML document{kind}, not an export"
    found = _export_format(head)
    saved = None
    if found == fmt and fmt == "csv":
        # Its first cells are cxkit's, quoted as cxkit quotes them, but the rest is written as a spreadsheet writes
        saved = _csv_saved_again(target, pl)
    elif found == fmt:
        return None
    elif found is not None:
        if pl:
            return f"to {_FORMAT_NAMES_PL[found]} z cxkit, a zapisywany jest {_FORMAT_NAMES_PL[fmt]}"
        return f"is a cxkit {_FORMAT_NAMES[found]}, not the {_FORMAT_NAMES[fmt]} this writes"
    else:
        saved = _csv_saved_again(target, pl)  # Excel's "Save": what was typed there would be lost without a word
    if saved is not None and pl:
        return (f"wygląda na eksport CSV z cxkit zapisany ponownie w arkuszu kalkulacyjnym ({saved}), więc może "
                "zawierać wprowadzone tam zmiany")
    if saved is not None:
        return (f"looks like a cxkit CSV export that a spreadsheet saved again ({saved}), so it may hold "
                "changes made there")
    if found == fmt:
        return None
    return "nie jest wcześniejszym eksportem cxkit" if pl else "is not a previous cxkit export"


def _replace_refusal(target: Path, fmt: str, force: bool, pl: bool = False) -> str | None:
    """The error line when ``-o target`` may not be written (a folder, or a file that is not a
    previous export of ``fmt`` without --force); None when it may. ``pl``: in Polish."""
    if target.is_dir():
        if pl:
            return f"cxkit: {display_path(str(target))}: to folder; podaj nazwę pliku\n"
        return f"cxkit: {display_path(str(target))}: is a folder; give a file name\n"
    reason = None if force else _not_to_replace(target, fmt, pl)
    if reason is None:
        return None
    if pl:
        return (f"cxkit: {display_path(str(target))}: {reason}; zapis eksportu zastąpiłby ten plik — podaj w -o inny "
                "plik albo dodaj --force, by go zastąpić\n")
    # Not an input of this render (those are refused earlier), yet a source or someone's file:
    # a persona, a team's own YAML (`kind: cjm`), a README. Only a previous export is replaced as is.
    return (f"cxkit: {display_path(str(target))}: {reason}; writing the export there would replace "
            "it — give -o another file, or add --force to replace it\n")


def _write(target: Path, text: str, stderr: TextIO, fmt: str = "terminal", force: bool = False,
           pl: bool = False) -> int:
    from ..fsutil import write_atomic

    refused = _replace_refusal(target, fmt, force, pl)
    if refused is not None:
        stderr.write(refused)
        return EXIT_ERROR
    try:
        write_atomic(target, text, descriptors=True)
    except OSError as exc:
        reason = missing_folder(target) or exc.strerror or exc
        stderr.write(f"cxkit: {display_path(str(target))}: cannot write: {reason}\n")
        return EXIT_ERROR
    return EXIT_OK
