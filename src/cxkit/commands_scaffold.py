"""`cxkit new`, `cxkit init` and `cxkit fmt`: arguments in, one call out, an exit code back."""

from __future__ import annotations

import contextlib
import os
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Iterator, Optional, Sequence, TextIO

import typer

from .cliutil import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, FILES_FROM_HELP, config_option, note_txt_files, progress_bar
from .cliutil import DocKind as NewKind


def _lang_option(value: Optional[str]) -> Optional[str]:
    """`--lang`: an ISO 639-1 code in any case ("de", "CS"), in lower case; cxkit's templates and examples
    are Polish and English, and another language gets the English ones with its own `lang`."""
    from .langs import TAKES, lang_code, meant_lang

    if value is None:
        return None
    code = lang_code(value)
    if code is None:
        guess = meant_lang(value)
        raise typer.BadParameter(f"{value!r} is no language code: write {TAKES}"
                                 + (f"; did you mean '{guess}'?" if guess else ""))
    return code


def _english_for(language: str) -> str:
    """The language of the template or examples for ``language``: itself when cxkit has them in it, else English."""
    from .langs import WORD_LANGS

    return language if language in WORD_LANGS else "en"


class Editor(str, Enum):
    vscode = "vscode"


class StageSet(str, Enum):
    """A new journey's starting stages (scaffold.templates.STAGE_SETS)."""

    funnel = "funnel"
    service = "service"


def _visible_lines(text: str) -> str:
    """Diff lines with their control characters shown; a CR LF line end stays one (it moves nothing)."""
    from .visible import visible

    out = []
    for line in text.split("\n"):  # not splitlines, which also cuts at VT, FF and U+2028
        body = line.removesuffix("\r")
        out.append(visible(body) + line[len(body):])
    return "\n".join(out)


def _stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):  # replaced by a stream without one, or closed
        return False


def _err(message: str) -> None:
    from .visible import visible

    sys.stderr.write(visible(message) + "\n")  # it may quote a file name or an id as given


def new_command(
    kind: Annotated[NewKind, typer.Argument(case_sensitive=False, help="persona, negative-persona or journey.")],
    name: Annotated[str, typer.Argument(help='The name, e.g. "Żaneta Łęcka"; the id is its slug (zaneta-lecka).')],
    folder: Annotated[Optional[Path], typer.Option("--dir", metavar="DIR", help="Write into this folder instead of the configured one.")] = None,
    doc_id: Annotated[Optional[str], typer.Option("--id", metavar="ID", help="Use this id instead of the slug of NAME.")] = None,
    persona: Annotated[Optional[str], typer.Option("--persona", metavar="ID", help="Journey only: id of the persona who takes it.")] = None,
    stages: Annotated[Optional[StageSet], typer.Option("--stages", case_sensitive=False, help="Journey only: the stages to start from: funnel (awareness, consideration, decision, purchase, post-purchase, loyalty, advocacy) or service (need, finding out, getting ready, applying, waiting, outcome, using it: a public service, a claim, any service that is not a purchase) [default: funnel].")] = None,
    lang: Annotated[Optional[str], typer.Option("--lang", metavar="CODE", callback=_lang_option, help="Language of the document, an ISO 639-1 code (pl, en, de, cs, uk...); the template is Polish or English, English for the others [default: for a journey, the --persona's lang; then config, then the name (pl if its Polish words outnumber its English ones, two needed when none has a Polish letter), then locale].")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file; allow an id already in use.")] = False,
    no_input: Annotated[bool, typer.Option("--no-input", help="Never ask; write the template at once.")] = False,
    config_text: Annotated[Optional[str], typer.Option("--config", metavar="FILE", help="Use this config file instead of discovery.")] = None,
) -> None:
    """Start a persona, negative persona or journey from a template that teaches the method.

    In a terminal it asks for a few key fields; otherwise (or with --no-input) it
    writes the template at once.  It never overwrites a file or reuses an id
    without --force.  Exit 1 when it refuses, 2 on bad arguments.

    Your team's own templates: `[new] templates = "templates"` in the config (taken
    over through `extend`) names a folder of KIND.yaml files (persona.pl.yaml first
    for a Polish document), with {name}, {id}, {today}, {lang} and, in a journey's,
    {persona} filled in; checked before anything is written (docs/scaffolding.md).
    """
    config_path = config_option(config_text)  # as text: an empty --config= is refused by name
    from .scaffold import new as scaffold_new
    from .scaffold import prompts
    from .scaffold.slug import is_slug
    from .scaffold.templates import PERSONA_PLACEHOLDER, render
    from .workspace import UsageError

    config = scaffold_new.config_for(folder, config_path)  # --dir's workspace
    kind_value = kind.value
    # Its usage errors, notes and refusals in the workspace's language, as lint's and fmt's (paths and ids as typed).
    pl = config.lang == "pl"
    for option, given in (("--persona", persona), ("--stages", stages)):
        if given is not None and kind_value != "journey":
            raise UsageError(f"{option} dotyczy tylko ścieżek klienta (cxkit new journey)" if pl
                             else f"{option} is only for journeys")
    stage_set = stages.value if stages is not None else "funnel"
    if persona is not None and not is_slug(persona):
        # visible_name: a line break in it stays on the message's one line
        from .visible import visible_name

        hint = scaffold_new.id_hint(persona, pl)
        if pl:
            raise UsageError(f"--persona „{visible_name(persona)}” nie jest poprawnym id (małe litery i cyfry połączone "
                             f"łącznikami lub podkreślnikami){hint}")
        raise UsageError(f"--persona '{visible_name(persona)}' is not a valid id (lowercase letters and digits joined by hyphens or underscores){hint}")
    if folder is not None and folder.exists() and not folder.is_dir():
        raise UsageError(f"--dir {folder}: to plik, nie folder" if pl else f"--dir {folder}: not a folder")
    name = scaffold_new.check_name(name, kind_value, pl)
    target_dir = scaffold_new.target_folder(kind_value, config, folder)
    if folder is None:
        _refuse_a_folder_elsewhere(target_dir, kind_value, config)
    if folder is None and target_dir.exists() and not target_dir.is_dir():
        setting = "journey-dir" if kind_value == "journey" else "persona-dir"
        if pl:
            raise UsageError(f"{scaffold_new.shown_new(target_dir, config)}: tu jest plik, a ma być folder {setting}; "
                             "przenieś go albo zapisz dokument gdzie indziej z --dir")
        raise UsageError(f"{scaffold_new.shown_new(target_dir, config)}: a file where the {setting} folder should be; "
                         "move it, or write elsewhere with --dir")
    known = scaffold_new.scan_workspace(config, [target_dir])
    # A journey is written in its persona's language: `lang: pl` in the persona wins over the config's
    # `lang = "en"` of a mixed workspace (an English template filled in Polish is CX602); --lang still wins.
    from_persona = scaffold_new.persona_lang(persona, known) if lang is None else None
    chosen = lang or from_persona
    language = scaffold_new.resolve_lang(chosen, config, name=name)
    ident = scaffold_new.resolve_id(name, doc_id, language, pl)
    # A Polish name in an English locale (or C) with no `lang` set: said, with the way to the other template.
    guessed = scaffold_new.lang_from_name(chosen, config, name)
    said = f"cxkit: language: {language} (from the name; use --lang en for English)"
    # English from the locale for a name that looks Polish ("Wniosek o kredyt"): said too, with --lang pl.
    english_note = scaffold_new.locale_note(chosen, config, name)
    if english_note is not None:
        guessed, said = True, english_note
    if from_persona is not None and from_persona != config.lang:
        # Said when the config does not say the same: the setting the user expects to decide.
        other = config.lang if config.lang in ("pl", "en") else ("en" if from_persona == "pl" else "pl")
        config_says = f"; the config says {config.lang}" if config.lang else ""
        guessed, said = True, (f"cxkit: language: {from_persona} (from the persona '{persona}', whose lang is "
                               f"{from_persona}{config_says}; use --lang {other} for "
                               f"{'Polish' if other == 'pl' else 'English'})")
        if pl:
            said = (f"cxkit: język: {from_persona} (z persony „{persona}”, której lang to {from_persona}; "
                    f"konfiguracja mówi pl; --lang pl, by pisać po polsku)")
    path = target_dir / scaffold_new.file_name(ident, kind_value)
    try:
        scaffold_new.check_free(path, ident, known, force, config, pl=pl)
    except scaffold_new.Refusal as refusal:
        _err(f"cxkit: {refusal}")
        raise typer.Exit(EXIT_FINDINGS) from None

    # The team's own template (`[new] templates`), when its folder has one of this kind: filled, checked, no questions.
    from .scaffold import team

    team_file = team.find(config, kind_value, language, pl)
    if team_file is None and getattr(config, "templates", None) is not None:
        folder = team.shown(config.templates)
        _err(f"cxkit: uwaga: w {folder} nie ma szablonu {kind_value}.yaml; użyto szablonu cxkit" if pl else
             f"cxkit: note: {folder} has no {kind_value}.yaml template; cxkit's own is used")
    answers: dict[str, str] = {}
    if team_file is not None:
        from .clock import today as clock_today

        if stages is not None:
            _err(f"cxkit: uwaga: --stages pominięto: etapy daje szablon zespołu ({team.shown(team_file)})" if pl else
                 f"cxkit: note: --stages ignored: the team's template gives the stages ({team.shown(team_file)})")
        values = {"name": name, "id": ident, "today": clock_today().isoformat(), "lang": language}
        if kind_value == "journey":
            values["persona"] = persona or PERSONA_PLACEHOLDER
        text = team.fill(team.read(team_file, pl), team_file, kind_value, values, pl)
        team.check(text, team_file, kind_value, pl)
    elif not no_input and prompts.is_interactive():
        if guessed:  # before the questions, which come in that language
            _err(said)
            guessed = False
        try:
            answers, persona = prompts.ask_fields(kind_value, _english_for(language), known=known, persona=persona,
                                                  stages=stage_set)
        except typer.Abort:  # Ctrl-C or Ctrl-D at a question: click's "Aborted!" and exit 1 would read as a refusal
            _err("\ncxkit: przerwano; nic nie zapisano" if pl else "\ncxkit: interrupted; nothing written")
            raise typer.Exit(130) from None
        for answer in answers.values():
            scaffold_new.check_text(answer, "an answer")
    if team_file is None:
        text = render(kind_value, _english_for(language), doc_id=ident, name=name, answers=answers, persona=persona,
                      stages=stage_set)
    if team_file is None and _english_for(language) != language:
        # The English template, marked as the language it will be written in: the word rules leave it alone.
        text = text.replace("\nlang: en\n", f"\nlang: {language}\n", 1)
        from .langs import uk_remark

        if pl:
            _err(f"cxkit: język: {language}{uk_remark(language)}: szablon jest po angielsku (cxkit ma szablony po "
                 f"polsku i po angielsku); dokument mówi lang: {language}, a reguły czytające słowa go pomijają "
                 "(zob. docs/rules.md)")
        else:
            _err(f"cxkit: language: {language}{uk_remark(language)}: the template is in English (cxkit has templates in "
                 f"Polish and English); the document says lang: {language}, and the rules that read words leave it alone "
                 "(see docs/rules.md)")
    existed = path.exists()
    try:
        scaffold_new.write_document(path, text, overwrite=force, config=config, pl=pl)
    except scaffold_new.Refusal as refusal:
        _err(f"cxkit: {refusal}")
        raise typer.Exit(EXIT_FINDINGS) from None
    sys.stdout.write(scaffold_new.shown_new(path, config) + "\n")
    if guessed:
        _err(said)
    if existed:
        _err("cxkit: nadpisano istniejący plik (--force)" if pl else "cxkit: overwrote the existing file (--force)")
    twin = scaffold_new.same_name_note(name, kind_value, ident, known, path, pl=pl)
    if twin is not None:
        _err(twin)
    if kind_value == "journey" and pl:
        _journey_persona_note_pl(persona, known, path)
    elif kind_value == "journey":
        if persona is None:
            _err(f"cxkit: the journey's persona is '{PERSONA_PLACEHOLDER}'; set it to the id of a persona")
        elif known.get(persona) is not None and known[persona].kind == "negative-persona":
            _err(
                f"cxkit: note: '{persona}' is a negative persona ({known[persona].shown_beside(path)}); a journey maps a customer "
                "you design for, and `cxkit lint` reports it (journey-for-negative-persona)"
            )
        elif known.get(persona) is None or known[persona].kind != "persona":
            guess = scaffold_new.closest_persona(persona, known)
            hint = f" (did you mean '{guess}'?)" if guess else ""
            _err(f"cxkit: note: no persona with id '{persona}' in this workspace yet{hint}; `cxkit lint` reports it until there is one")
    # Last, after what concerns this file's name, language and persona: what is left to fill in.
    if (left := scaffold_new.placeholders_note(text, pl)) is not None:
        _err(left)


def _journey_persona_note_pl(persona: Optional[str], known: dict[str, Any], path: Path) -> None:
    """What `cxkit new journey` says of the journey's persona (see :func:`new_command`), in Polish."""
    from .scaffold import new as scaffold_new
    from .scaffold.templates import PERSONA_PLACEHOLDER

    if persona is None:
        _err(f"cxkit: persona ścieżki to „{PERSONA_PLACEHOLDER}”; wpisz tam id persony")
    elif known.get(persona) is not None and known[persona].kind == "negative-persona":
        _err(f"cxkit: uwaga: „{persona}” to persona negatywna ({known[persona].shown_beside(path)}); ścieżka opisuje "
             "klienta, dla którego projektujesz, i `cxkit lint` to zgłasza (journey-for-negative-persona)")
    elif known.get(persona) is None or known[persona].kind != "persona":
        guess = scaffold_new.closest_persona(persona, known)
        hint = f" (czy chodziło o „{guess}”?)" if guess else ""
        _err(f"cxkit: uwaga: w tym obszarze roboczym nie ma jeszcze persony o id „{persona}”{hint}; `cxkit lint` "
             "zgłasza to, dopóki jej nie będzie")


def _refuse_a_folder_elsewhere(target_dir: Path, kind: str, config: Any) -> None:
    """Refuse (exit 2) a configured persona-dir or journey-dir that leads out of the repository the config is
    in (or, outside git, out of the config's folder): by `..`, an absolute path or a link.  A config can come
    from anyone's pull request; a new document is written outside only where the user says so with --dir."""
    from .cliutil import shell_word
    from .gitutil import work_tree_top
    from .workspace import UsageError

    root = os.path.realpath(config.root)
    top = work_tree_top(root) or root
    real = os.path.realpath(target_dir)
    if real == top or real.startswith(os.path.join(top, "")):
        return
    from .config import shown_path

    setting = "journey-dir" if kind == "journey" else "persona-dir"
    source = f" in {shown_path(config.source)}" if config.source is not None else ""
    if config.lang == "pl":
        where = "repozytorium" if work_tree_top(root) else "obszar roboczy"
        source = f" w {shown_path(config.source)}" if config.source is not None else ""
        raise UsageError(f"{setting}{source} prowadzi poza {where}, do {shown_path(real)}; `cxkit new` zapisuje tam "
                         f"tylko wtedy, gdy wskażesz to miejsce wprost: --dir {shell_word(shown_path(real))}")
    where = "the repository" if work_tree_top(root) else "the workspace"
    raise UsageError(f"{setting}{source} leads out of {where}, to {shown_path(real)}; `cxkit new` writes there only "
                     f"when you name it: --dir {shell_word(shown_path(real))}")


def init_command(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="Where to create the workspace.")] = Path("."),
    lang: Annotated[Optional[str], typer.Option("--lang", metavar="CODE", callback=_lang_option, help="Language of the config, an ISO 639-1 code (pl, en, de, cs, uk...); the examples are Polish or English, English for the others [default: the folder's config, then locale].")] = None,
    examples: Annotated[Optional[bool], typer.Option("--examples/--no-examples", help="Write (or leave out) the example documents [default: only in a folder without a cxkit config].")] = None,
    editor: Annotated[Optional[Editor], typer.Option("--editor", case_sensitive=False, help="Set up an editor: `vscode` writes the JSON Schema to schema/cxkit.json and maps the documents to it in .vscode/settings.json, so that VS Code's YAML extension checks fields as you type.")] = None,
) -> None:
    """Create a workspace: config, folders, one example of each kind, a pre-commit hook and CI.

    A pyproject.toml without a [tool.cxkit] section gets one appended (nothing
    else in it changes); otherwise cxkit.toml is written.  Existing files are
    never overwritten: they are reported as skipped.  In a folder that already
    has a cxkit config, only the missing config, folders, hooks and workflow
    are added: examples you deleted do not come back (--examples writes them).
    CI is a GitHub Actions workflow; in a repository that runs GitLab CI (a
    .gitlab-ci.yml and no .github/ folder) a GitLab CI job is printed for you
    to add to .gitlab-ci.yml, and nothing is written into it.
    """
    from .scaffold.init import peeks_kept
    from .scaffold.new import shown
    from .visible import visible
    from .workspace import UsageError

    if directory.exists() and not directory.is_dir():
        raise UsageError(f"{shown(directory)}: not a folder")
    if directory.is_symlink() and not directory.exists():
        raise UsageError(f"{shown(directory)}: a link to {visible(os.readlink(directory))}, which does not exist; "
                         "create that folder or give another one")
    with peeks_kept():  # one walk of the folder for the documents' language, the set-up and the advice
        _init(directory, lang, examples, editor)


def _init(directory: Path, lang: Optional[str], examples: Optional[bool], editor: Optional["Editor"]) -> None:
    from .scaffold.init import BrokenConfigs, existing_documents, init_workspace, workspace_lang
    from .scaffold.new import locale_lang, shown
    from .visible import visible

    language = lang or workspace_lang(directory)
    told: Optional[tuple[str, int, int]] = None  # the language read from the documents here, said with the account
    if language is None:
        from .scaffold.init import documents_lang

        # A folder of the team's documents: the config's `lang` is theirs, not the locale's.
        told = documents_lang(directory)
        if told is not None:
            language = told[0]
            if language != "pl":  # only a Polish account waits for the steps: said in their language
                _lang_told(told, False)
                told = None
    language = language or locale_lang() or "en"
    if _english_for(language) != language:
        from .langs import uk_remark

        _err(f"cxkit: language: {language}{uk_remark(language)}: the config says lang = \"{language}\"; the examples are in English "
             "(cxkit has them in Polish and English), and the rules that read words leave documents in "
             f"{language} alone (see docs/rules.md)")
    try:
        steps = init_workspace(directory, language, examples=examples, editor=editor.value if editor else None)
    except BrokenConfigs as exc:
        _lang_told(told, False)
        for message in exc.errors:
            _err(f"cxkit: {message}")
        if not exc.below:
            # The folders, hooks and CI follow the config: none is made by defaults it may contradict.
            _err("cxkit: init wrote nothing: fix the config (it is never overwritten) and run `cxkit init` again")
        else:
            # A client's (or a sample's) config below that `cxkit lint` here reads: lint would stop at it.
            count = len(exc.errors)
            which = ("that config too and stops at it (exit 2); fix it" if count == 1 else
                     f"those {count} configs too and stops at the first (exit 2); fix them")
            _err(f"cxkit: init wrote nothing: `cxkit lint` here reads {which} and run `cxkit init` again")
        raise typer.Exit(EXIT_ERROR) from None
    base = shown(directory)
    prefix = "" if base in (".", "") else base.rstrip("/") + "/"
    # In Polish when the workspace's config is, and every line is known in Polish (_init_step_pl); else English
    # whole, as before, rather than half translated.
    said = [_init_step_pl(step) if language == "pl" else None for step in steps]
    pl = bool(said) and None not in said
    said = said if pl else [None] * len(steps)
    _lang_told(told, pl)  # in the account's language: Polish beside a Polish account only
    width = max(len(words[0] if words else s.action) for s, words in zip(steps, said))
    for step, words in zip(steps, said):
        action, note = words if words is not None else (step.action, step.note)
        note = f" ({note})" if note else ""
        # A file at the top of the git repository comes as an absolute path: shown from here.
        if step.folders:
            path = ", ".join(visible(prefix + f) for f in step.folders)
        elif step.label:
            path = _INIT_LABELS_PL.get(step.path, step.path) if words is not None else step.path
        else:
            path = shown(Path(step.path)) if os.path.isabs(step.path) else prefix + step.path
        sys.stdout.write(f"{action:<{width}}  {path}{note}\n")
        if step.text:
            sys.stdout.write("\n" + visible(step.text) + "\n")  # it names the folder
    failed = sum(step.action == "failed" for step in steps)
    if failed:
        # The examples refer to each other: a workspace missing some is not one to start from.
        # The config is there now: a plain second run would leave the examples out.
        again = "cxkit init --examples" if any(step.example for step in steps) else "cxkit init"
        if pl:  # by the word its lines above carry
            _err(f"cxkit: nie udało się utworzyć plików i folderów obszaru roboczego: {failed} (zob. wiersze „błąd” "
                 f"wyżej); usuń przyczynę i uruchom ponownie `{again}`: init zachowa to, co już jest")
        else:
            _err(f"cxkit: {failed} of the workspace's files and folders could not be made (see 'failed' above); "
                 f"fix that and run `{again}` again: it keeps what is there")
        raise typer.Exit(EXIT_ERROR)
    if pl:
        _init_next_pl(steps)
    elif any(step.example and step.action == "created" for step in steps):
        examples = ", ".join(step.path for step in steps if step.example and step.action == "created")
        sys.stdout.write("\nNext: `cxkit lint` checks the examples; `cxkit new persona \"Name\"` starts your own.\n"
                         "The examples are another business's, to learn from: delete them once you have written your "
                         "own documents, or lint counts them with yours and `cxkit render` puts them in your "
                         f"exports ({examples}).\n")
    elif any(step.action == "found" for step in steps):
        sys.stdout.write("\nNext: `cxkit lint` checks every workspace, each under its own config; "
                         "`cxkit new persona \"Name\" --dir FOLDER/personas` starts a document in one.\n")
    else:
        sys.stdout.write("\nNext: `cxkit lint` checks the workspace; `cxkit new persona \"Name\"` starts a document.\n")
    configured = any(s.path in ("cxkit.toml", "pyproject.toml") and s.action in ("created", "appended") for s in steps)
    # A team adopting cxkit on documents it has: what lint says of them (the peek is the one init made).
    if configured and existing_documents(directory):
        _adoption_advice(directory, pl)


def _lang_told(told: Optional[tuple[str, int, int]], pl: bool) -> None:
    """`cxkit init`'s note on the language it read from the documents in the folder (``told``: the language,
    how many documents are in it, how many were read), in Polish when the account of the steps is."""
    if told is None:
        return
    language, most, read = told
    if pl:
        clear = "" if most * 3 >= read * 2 else ", bez wyraźnej większości"
        _err(f"cxkit: język: {language} (według dokumentów w tym folderze: {most} z {read} po polsku{clear}); "
             "inny język ustawia `cxkit init --lang KOD`")
        return
    clear = "" if most * 3 >= read * 2 else ", no clear majority"
    _err(f"cxkit: language: {language} (from the documents here: {most} of {read} read as {language}{clear}); "
         "`cxkit init --lang CODE` sets another")


#: What `cxkit init` did with a file or folder (:attr:`cxkit.scaffold.init.Step.action`), in Polish.
_INIT_ACTIONS_PL = {"created": "utworzono", "skipped": "pominięto", "appended": "dopisano", "printed": "wypisano",
                    "failed": "błąd", "found": "znaleziono", "offered": "zaproponowano"}
#: A step's label in place of a path, in Polish.
_INIT_LABELS_PL = {"the example documents": "dokumenty przykładowe"}
#: The notes of `cxkit init`'s steps in Polish, by their English words; the system's own words (after "cannot …:")
#: and paths as they are.  Compiled on first use, in a Polish workspace's `init` only.
_INIT_NOTES_PL: tuple[tuple[str, Any], ...] = (
    (r"already exists", "już istnieje"),
    (r"already runs cxkit lint and cxkit fmt", "już uruchamia cxkit lint i cxkit fmt"),
    (r"already runs cxkit lint", "już uruchamia cxkit lint"),
    (r"already runs cxkit lint over the repository, (?P<f>.+)/ too", r"już uruchamia cxkit lint w całym repozytorium, także w \g<f>/"),
    (r"already has a \[tool\.cxkit\] section", "ma już sekcję [tool.cxkit]"),
    (r"\[tool\.cxkit\] section", "sekcja [tool.cxkit]"),
    (r"already exists; add these hooks to its `repos:` list", "już istnieje; dopisz te hooki do jego listy `repos:`"),
    (r"GitLab CI runs here, not GitHub Actions: add this job to it",
     "tu działa GitLab CI, a nie GitHub Actions: dopisz do niego to zadanie"),
    (r"GitLab CI runs this repository, not GitHub Actions: add this job to it, set for (?P<f>.+)/",
     r"to repozytorium obsługuje GitLab CI, a nie GitHub Actions: dopisz do niego to zadanie, ustawione na \g<f>/"),
    (r"GitHub reads workflows only at the top of the repository: save this there, set for (?P<f>.+)/",
     r"GitHub czyta workflowy tylko w głównym folderze repozytorium: zapisz ten plik tam, ustawiony na \g<f>/"),
    (r"pre-commit reads it only at the top of the git repository: create it there with these lines, set for (?P<f>.+)/",
     r"pre-commit czyta go tylko w głównym folderze repozytorium git: utwórz go tam z tymi wierszami, ustawionymi na "
     r"\g<f>/"),
    (r"already runs cxkit lint in another folder \(its `working-directory:`\): add this job to its `jobs:`, set for "
     r"(?P<f>.+)/ \(a name of its own\), or drop its `working-directory:` so that one run at the top checks every "
     r"workspace, each under its own config and baseline",
     r"już uruchamia cxkit lint w innym folderze (jego `working-directory:`): dopisz to zadanie, ustawione na \g<f>/ "
     r"(pod własną nazwą), do jego `jobs:` albo usuń z niego `working-directory:`, by jedno uruchomienie w głównym "
     r"folderze sprawdzało każdy obszar roboczy, każdy według jego własnej konfiguracji i pliku bazowego"),
    (r"the configured folder is outside this one; init writes only inside it",
     "skonfigurowany folder leży poza tym folderem; init zapisuje tylko w nim"),
    (r"cannot create it: a file of that name is in the way", "nie można go utworzyć: stoi tam plik o tej nazwie"),
    (r"cannot create it: (?P<os>.+)", r"nie można go utworzyć: \g<os>"),
    (r"cannot write it: its folder could not be made", "nie można go zapisać: nie udało się utworzyć jego folderu"),
    (r"cannot write it: (?P<os>.+)", r"nie można go zapisać: \g<os>"),
    (r"cannot read it: (?P<os>.+)", r"nie można go odczytać: \g<os>"),
    (r"its id is already used by (?P<p>.+)", r"\g<p> ma już to samo id"),  # "jego id ma już X" read two ways
    (r"pyproject\.toml is not valid TOML, so it was left alone", "pyproject.toml nie jest poprawnym TOML, więc zostawiono go bez zmian"),
    (r"pyproject\.toml is a link \(to (?P<l>.+)\), which init never writes through, so it was left alone",
     r"pyproject.toml to dowiązanie (do \g<l>), przez które init nigdy nie zapisuje, więc zostawiono go bez zmian"),
    (r"pyproject\.toml writes `tool` as an inline value, so no \[tool\.cxkit\] section can follow it; it was left alone",
     "pyproject.toml zapisuje `tool` jako wartość w jednym wierszu, więc nie może po niej stać sekcja [tool.cxkit]; "
     "zostawiono go bez zmian"),
    (r"pyproject\.toml cannot be written: the file is read-only; it was left alone",
     "nie można zapisać pyproject.toml: plik jest tylko do odczytu; zostawiono go bez zmian"),
    (r"pyproject\.toml cannot be written: (?P<os>.+); it was left alone",
     r"nie można zapisać pyproject.toml: \g<os>; zostawiono go bez zmian"),
    (r"--no-examples", "--no-examples"),
    (r"no `paths`: the documents here are checked wherever they lie",
     "bez `paths`: dokumenty są tu sprawdzane, gdziekolwiek leżą"),
    (r"`paths` name the folders that hold documents: (?P<f>.+)", r"`paths` wymienia foldery z dokumentami: \g<f>"),
    (r"no `paths`: `cxkit lint` and `cxkit fmt` here check every workspace below",
     "bez `paths`: `cxkit lint` i `cxkit fmt` sprawdzają tu każdy obszar roboczy poniżej"),
    (r"this folder already has a cxkit config \((?P<c>[^()]+)\), and examples you deleted should stay deleted; "
     r"`cxkit init --examples` writes them",
     r"ten folder ma już konfigurację cxkit (\g<c>), a usunięte przykłady mają pozostać usunięte; zapisze je "
     r"`cxkit init --examples`"),
    (r"this folder already holds documents of yours, such as (?P<d>.+); another business's examples among them would "
     r"count as yours \(its negative persona would silence missing-negative-persona\); `cxkit init --examples` writes them",
     r"w tym folderze są już Twoje dokumenty, np. \g<d>; przykłady innej firmy liczyłyby się wśród nich jako Twoje (jej "
     r"persona negatywna wyciszyłaby missing-negative-persona); zapisze je `cxkit init --examples`"),
    (r"this folder holds workspaces of their own \(found above\), and examples here would be checked as one more; "
     r"`cxkit init --examples` writes them",
     r"w tym folderze są własne obszary robocze (znalezione wyżej), a przykłady tutaj byłyby sprawdzane jako jeszcze "
     r"jeden; zapisze je `cxkit init --examples`"),
)


def _archive_offer_pl(found: re.Match[str]) -> str:
    """The offer to `exclude` archive-named folders (:func:`cxkit.scaffold.init._archive_step`) in Polish: `go`/`je`
    as the English `it`/`them` says one folder or several."""
    one = found["it"] == "it"
    them, whom = ("go", "go") if one else ("je", "ich")
    said = (f"{'wygląda na archiwum' if one else 'wyglądają na archiwa'} starych dokumentów, a `cxkit lint` tu {them} "
            "sprawdza; ")
    if found["where"]:
        said += (f"w {found['where']} jest zakomentowane `exclude = [{found['listed']}]`: odkomentuj je, by {whom} nie "
                 "sprawdzać")
    else:
        said += (f"by {whom} nie sprawdzać, dodaj {found['added']} do `exclude` w {found['config']} (init nigdy nie "
                 "zmienia istniejącej konfiguracji)")
    if found["journey"]:
        said += (f"; ale {found['journey']} wskazuje personę „{found['id'][1:-1]}” z {'tego folderu' if one else 'tych folderów'}: "
                 f"po wyłączeniu {'go' if one else 'ich'} ze sprawdzania byłaby to brakująca persona (CX004); nie wyłączaj "
                 f"{'go' if one else 'ich'} więc, a {'jego' if one else 'ich'} zgłoszenia zapisz poleceniem "
                 "`cxkit lint --write-baseline`")
    return said


#: :func:`cxkit.scaffold.init._archive_step`'s note, whole (it holds "; " itself), in English.
_ARCHIVE_OFFER = (
    r"looks? like an archive of old documents, and `cxkit lint` here checks (?P<it>it|them); "
    r"(?:(?P<where>cxkit\.toml|pyproject\.toml) has `exclude = \[(?P<listed>.+?)\]` written commented out: uncomment it "
    r"to leave (?:it|them) unchecked|to leave (?:it|them) unchecked, add (?P<added>.+?) to `exclude` in (?P<config>.+?) "
    r"\(init never rewrites a config\))"
    r"(?:; but (?P<journey>.+?) names the persona (?P<id>'[^']*'|\"[^\"]*\") in (?:it|them), and left out it would be a "
    r"missing persona there \(CX004\): keep it checked and record its findings with `cxkit lint --write-baseline` "
    r"instead)?"
)
_INIT_NOTES_PL += ((_ARCHIVE_OFFER, _archive_offer_pl),)


def _init_step_pl(step: Any) -> tuple[str, str] | None:
    """A step of `cxkit init` as (action, note) in Polish; None when its action or note is not known in Polish
    (the line is then English whole, never half translated)."""
    action = _INIT_ACTIONS_PL.get(step.action)
    if action is None or (step.label and step.path not in _INIT_LABELS_PL):
        return None
    if not step.note:
        return action, ""
    note = _init_note_pl(step.note)
    if note is None:
        # Two notes joined ("pyproject.toml is not valid TOML, …; no `paths`: …"): each known, or the line is English.
        parts = [_init_note_pl(part) for part in step.note.split("; ")]
        if len(parts) == 1 or None in parts:
            return None
        note = "; ".join(part for part in parts if part is not None)
    return action, note


def _init_note_pl(english: str) -> str | None:
    for pattern, polish in _INIT_NOTES_PL:
        found = re.fullmatch(pattern, english, re.DOTALL)
        if found is not None:
            return polish(found) if callable(polish) else found.expand(polish)
    return None


def _init_next_pl(steps: list[Any]) -> None:
    """`cxkit init`'s last lines (what to do next, and what the examples are) in Polish."""
    if any(step.example and step.action == "created" for step in steps):
        examples = ", ".join(step.path for step in steps if step.example and step.action == "created")
        sys.stdout.write("\nDalej: `cxkit lint` sprawdza przykłady; `cxkit new persona \"Imię Nazwisko\"` zaczyna Twoją "
                         "własną.\nPrzykłady pochodzą z innej firmy i służą do nauki: usuń je, gdy napiszesz własne "
                         "dokumenty, bo inaczej lint liczy je razem z Twoimi, a `cxkit render` umieszcza je w Twoich "
                         f"eksportach ({examples}).\n")
    elif any(step.action == "found" for step in steps):
        sys.stdout.write("\nDalej: `cxkit lint` sprawdza każdy obszar roboczy według jego własnej konfiguracji; "
                         "`cxkit new persona \"Imię Nazwisko\" --dir FOLDER/personas` zaczyna dokument w jednym z nich.\n")
    else:
        sys.stdout.write("\nDalej: `cxkit lint` sprawdza obszar roboczy; `cxkit new persona \"Imię Nazwisko\"` zaczyna "
                         "dokument.\n")


def _adoption_advice(directory: Path, pl: bool = False) -> None:
    """After `cxkit init` wrote the config of a folder that already held documents: how many findings
    `cxkit lint` has for them at the config's fail level, and how to adopt cxkit without a red build
    on every commit meanwhile (the hook and the workflow init writes run `cxkit lint`, unchanged:
    nothing is silenced without the team's word).  Nothing when lint finds nothing that fails."""
    from .config import ConfigError, load_config
    from .lint.engine import lint
    from .lint.finding import Severity
    from .workspace import UsageError

    try:
        config = load_config(None, directory, check_rules=False)
        result = lint([os.fspath(directory)], config, jobs=1)
    except (ConfigError, UsageError, OSError):
        return
    rank = {"info": Severity.info, "warning": Severity.warning, "error": Severity.error}.get(config.fail_level)
    failing = [f for f in result.findings if rank is not None and f.severity >= rank]
    if not failing:
        return
    files = len({f.path for f in failing})
    if pl:
        from .lint.polish import out_of, plural

        found = len(failing)
        sys.stdout.write(
            f"\nDokumenty w tym folderze mają {found} {plural(found, 'zgłoszenie', 'zgłoszenia', 'zgłoszeń')} na poziomie "
            f"fail-level \"{config.fail_level}\" lub wyższym ({files} {out_of(result.files_checked)} "
            f"{plural(result.files_checked, 'pliku', 'plików', 'plików')}): `cxkit lint`, który uruchamiają hook "
            "pre-commit i workflow CI, kończy się błędem, dopóki ich nie poprawisz. Jak wdrażać cxkit krok po kroku:\n"
            "  - zapisz dzisiejsze zgłoszenia w pliku bazowym na gałęzi domyślnej: `cxkit lint --write-baseline`, "
            "dodaj .cxkit-baseline.json do repozytorium i ustaw baseline = \".cxkit-baseline.json\" w konfiguracji; "
            "wtedy `cxkit lint` kończy się błędem tylko przy nowych zgłoszeniach (docs/adopting.md);\n"
            "  - w pull requestach uruchamiaj `cxkit review origin/main`: kończy się błędem przy zgłoszeniach, które "
            "wnosi zmiana, i przy tych, które odsłania naprawa zepsutego pliku;\n"
            "  - albo, bez pliku bazowego, uruchamiaj na gałęzi domyślnej `cxkit lint --exit-zero` (albo ustaw "
            "fail-level = \"never\" w konfiguracji), by raportować bez błędu, dopóki zgłoszeń nie ubędzie;\n"
            "  - `cxkit lint --statistics` pokazuje, które reguły poprawiać najpierw (docs/ci.md).\n")
        return
    sys.stdout.write(
        f"\nThe documents here have {len(failing)} finding{'s' if len(failing) != 1 else ''} at or above "
        f"fail-level \"{config.fail_level}\" ({files} of {result.files_checked} files): `cxkit lint`, which the "
        "pre-commit hook and the CI workflow run, fails until they are fixed. To adopt cxkit step by step:\n"
        "  - record today's findings in a baseline on the default branch: `cxkit lint --write-baseline`, commit "
        ".cxkit-baseline.json and set baseline = \".cxkit-baseline.json\" in the config; `cxkit lint` then fails only "
        "on new findings (docs/adopting.md);\n"
        "  - in pull requests run `cxkit review origin/main`: it fails on the findings a change brings, and on those it uncovers by mending a broken file;\n"
        "  - or, without a baseline, run `cxkit lint --exit-zero` on the default branch (or set fail-level = \"never\" "
        "in the config) to report without failing, until the count is down;\n"
        "  - `cxkit lint --statistics` shows which rules to fix first (docs/ci.md).\n")


def fmt_command(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files or folders (default: configured paths, else .); - for the document on stdin.")] = None,
    check: Annotated[bool, typer.Option("--check", help="Change nothing; exit 1 if any file would be reformatted.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Change nothing; show what would change as a unified diff.")] = False,
    fix: Annotated[bool, typer.Option("--fix", help="Also fix the schema findings whose fix the message states: a key that stands for a field renamed to it (cele → goals), a kind in the team's words, a date that names one day (14.03.2024 → 2024-03-14), a number in quotes or with a typographic minus. Nothing that reads two ways (05/12/2026). With --check or --diff, only shown; see docs/scaffolding.md.")] = False,
    config_text: Annotated[Optional[str], typer.Option("--config", metavar="FILE", help="Use this config file instead of discovery.")] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=0, metavar="N", help="Worker processes [default (and 0): every core, or as many as a CPU quota (a container's, a CI runner's) allows; a larger N is taken as 4× that].")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Lay out every file, neither reading nor writing the cache.")] = False,
    only_documents: Annotated[bool, typer.Option("--only-documents", help="Skip a named file that a folder scan would not format: not *.yaml/*.yml, no cxkit kind, or matched by `exclude`. For hooks that pass every changed file.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Without the summary line and the `reformatted FILE` lines (a clean run prints nothing). What cannot be formatted, `would reformat FILE` (--check, --diff), the diff and warnings stay.")] = False,
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", metavar="PATH", help="With `-` (or no PATHS): the path of the document read from stdin, shown in messages and the diff, and used for the config (and exclude, with --only-documents); nothing is written there [default: shown as -].")] = None,
    files_from: Annotated[Optional[str], typer.Option("--files-from", metavar="FILE", help=FILES_FROM_HELP.format(verb="format"))] = None,
) -> None:
    """Rewrite documents in the canonical layout, keeping every comment and value.

    Keys in the documented order, two-space indentation, dates as dates.  A
    document that does not parse is reported and left untouched (exit 1); YAML
    that is no cxkit document is left alone.  --check and --diff exit 1 when a
    file would change.

    --fix also makes the fixes the schema's messages state and nothing that
    could change what a document says (docs/scaffolding.md); the summary says how
    many were made and how many schema findings are left.

    `cxkit fmt -` (an editor's unsaved buffer) reads one document from stdin and
    writes it to stdout, laid out, or as it came when it is no cxkit document;
    one that cannot be formatted is reported on stderr, with nothing on stdout
    (exit 1).  With --check or --diff, stdout gets nothing or the diff.  No file
    is written.
    """
    config_path = config_option(config_text)  # as text: an empty --config= is refused by name
    from .cliutil import stdin_document

    listing = files_from is not None
    if listing:
        from .pathlist import LeftOut, with_listed

        left_out = LeftOut()
        paths, only_documents = with_listed(paths, files_from, stdin_filename, quiet, pl=lambda: _speaks_polish(config_path),
                                            left=left_out, config_path=config_path), True
    if stdin_document("fmt", paths, stdin_filename):
        _fmt_stdin(stdin_filename, check, diff, config_path, only_documents, quiet, fix)
    from .config import default_targets

    named = paths
    mode = "--check" if check else "--diff" if diff else ""
    paths, config = _fmt_named(paths, config_path, only_documents, mode, quiet)
    if (named or listing) and not paths:
        # Every file named is one a folder scan would leave alone (a hook's draft, a CI workflow), or the
        # list --files-from reads names none (a change to other files): nothing to format, not the whole workspace.
        if listing:
            left_out.nothing_checked()  # files of the list outside the sparse checkout, and nothing else: exit 2
        if not quiet:
            _err("Nothing to format: no file named is a cxkit document that `exclude` leaves in." if named else
                 "Nothing to format: the list --files-from reads names no file that exists.")
        raise typer.Exit(EXIT_OK)
    targets_in = list(paths or []) or default_targets(config, given=config_path is not None)
    excluded = _refuse_all_excluded(targets_in, config, config_path is None, bool(named), mode,
                                    refuse_all=not only_documents)
    caches = _FmtCaches(config)
    targets, unreadable = _fmt_targets(targets_in, config, config_path, caches)
    _fmt_run(targets, targets_in, excluded, unreadable, config, caches, check, diff, jobs or None, no_cache, quiet, fix)


def _fmt_named(
    paths: Optional[list[str]], config_path: Optional[Path], only_documents: bool, mode: str, quiet: bool = False,
) -> tuple[Optional[list[str]], Any]:
    """The paths named to `cxkit fmt` that it formats (None: none is left), and the config in force:
    with --only-documents, without what a folder scan would leave alone; else without the links into
    files `exclude` leaves out, each said (all of them: a usage error)."""
    from .config import load_config

    named = paths
    if only_documents and paths:
        from .named import only_documents as keep_documents  # the option of the same name is a flag here

        paths = keep_documents(paths, quiet, lambda: _speaks_polish(config_path, tuple(paths or ()))) or None
    config = load_config(config_path, near=paths or named or ())
    from .cliutil import RUN_IN_POLISH

    RUN_IN_POLISH.set(config.lang == "pl")  # the fmt cache's warnings in the config's language, as its summary
    if only_documents and paths:
        # As lint --only-documents: what `exclude` matches, in the config of the workspace each file lies in.
        from .named import not_excluded

        paths = not_excluded(paths, config, own_configs=config_path is None) or None
    elif paths:
        # A named link to a file `exclude` leaves out (a draft) is not written through: said, and skipped.
        from .discovery import not_written_through

        paths = not_written_through(paths, config, own_configs=config_path is None, mode=mode) or None
    return paths, config


def _fmt_targets(
    targets_in: list[str], config: Any, config_path: Optional[Path], caches: "_FmtCaches",
) -> tuple[list[Any], list[tuple[str, str]]]:
    """The files to format in ``targets_in`` and the folders that could not be read."""
    if config_path is None:
        # Each file under the nearest config above it: a client's `exclude` holds from the repository's top
        # too; and each file's workspace kept, for its cache.
        from .lint.workspaces import discover_by_workspace

        return discover_by_workspace(targets_in, config, caches.owner)
    from .workspace import discover

    return discover(targets_in, config)


def _fmt_run(
    targets: list[Any], targets_in: list[str], excluded: list[str], unreadable: list[tuple[str, str]], config: Any,
    caches: "_FmtCaches", check: bool, diff: bool, jobs: Optional[int], no_cache: bool, quiet: bool, fix: bool = False,
) -> None:
    """Format (or with --check / --diff, check) ``targets``, report, and exit; ``fix``: with the fixes the
    schema's messages state (not answered from the cache, which knows only the layout)."""
    errors = [(where, 1, 1, "read-error", message) for where, message in unreadable]
    # With --diff, standard output is a patch to apply: what could not be formatted goes beside it.
    report_to = sys.stderr if diff else sys.stdout
    _report(errors, report_to, getattr(config, "lang", None) == "pl")
    dry = check or diff

    # A bar for a long run on a terminal; the file lines print above it. Not with --diff: the
    # patch on standard output is the product, and a bar would cut through it on a terminal.
    progress, stop_progress = (None, lambda: None) if diff else progress_bar("formatting", lines_above=True)
    from .discovery import display_path

    searched = [t for t in targets_in if display_path(t) not in excluded]
    try:
        _format_and_write(targets, config, jobs, progress, diff, dry, errors, report_to,
                          None if no_cache or fix else caches, quiet, searched, fix)
    except typer.Exit:
        # A `persona.yaml.txt` in a folder formatted is passed over as lint passes it over: said the same way.
        note_txt_files(list({id(c): c for c in (config, *caches.owner.values())}.values()), targets_in, "formatted")
        from .txtnote import say_text_documents

        say_text_documents(list({id(c): c for c in (config, *caches.owner.values())}.values()), targets_in, "formatted")
        _note_config_slips(targets, config, caches.owner)
        raise
    finally:
        stop_progress()


def _note_config_slips(targets: list[Any], config: Any, owner: dict[str, Any]) -> None:
    """As `cxkit lint` after a run: a pattern of the configs in force written in the wrong case, and a file
    beside the documents named like a config but not read (`cxkit.toml.txt`), each said in a note on stderr."""
    from .confignotes import config_notes

    by_config: dict[int, tuple[Any, list[str]]] = {}
    for target in targets:
        own = owner.get(target.display, config)
        by_config.setdefault(id(own), (own, []))[1].append(target.display)
    for note in config_notes(list(by_config.values())):  # each in its config's language
        _err(f"cxkit: {note.lead}: {note}")


def _refuse_all_excluded(
    targets: list[str], config: Any, own_configs: bool, named: bool, mode: str = "", refuse_all: bool = True,
) -> list[str]:
    """As `cxkit lint`: a usage error (exit 2) when every folder to format is one `exclude` leaves out, so
    that `cxkit fmt --check drafts` (a CI job's folder a pattern matches) does not pass having read nothing
    (not with ``refuse_all`` False: --only-documents); such a folder beside others is passed over with a
    warning that says so and how to format or check (``mode``: --check, --diff) its files, as lint warns.
    Each folder is matched in the config of the workspace it lies in (with ``own_configs``), else in ``config``.
    Returns the folders passed over, as shown."""
    from .cliutil import error, excluded_warning, refuse_all_excluded as refuse, yaml_globs
    from .config import elsewhere, load_config
    from .discovery import display_path, excluded_folders

    nearest = elsewhere(targets, config) if own_configs else [None] * len(targets)
    loaded: dict[Any, Any] = {}
    left: list[str] = []
    configs: list[Any] = []
    for target, source in zip(targets, nearest):
        if source is not None and source not in loaded:
            loaded[source] = load_config(None, source.parent, check_rules=False)
        own = config if source is None else loaded[source]
        for folder in excluded_folders([target], own):
            left.append(folder)
            configs.append(own)
    if left and refuse_all:
        refuse(targets, left, configs, named, "fmt", mode)
    done, verb = ("checked", "check") if mode else ("formatted", "format")
    for folder, own in zip(left, configs):
        # fmt does not write through a link into a file `exclude` leaves out: the advice names the real folder.
        files = yaml_globs(display_path(os.path.relpath(os.path.realpath(folder))))
        error(excluded_warning(folder, own.source, done, verb, f"cxkit fmt {mode + ' ' if mode else ''}{files}"))
    return left


def _speaks_polish(config_path: Optional[Path], near: tuple[str, ...] = ()) -> bool:
    """Whether the config `cxkit fmt` would take says `lang = "pl"`, for a note said before it reads it."""
    from .cliutil import speaks_polish

    return speaks_polish(config_path, near)


#: fmt's note on keys it keeps out of the documented order (:func:`cxkit.fmt._note_kept_for_anchors`), read back
#: (compiled by `re` on its first use, in a Polish run with such a note: never at start-up).
_KEPT_FOR_ANCHOR = (
    r"left '(?P<key>.*?)' above (?P<others>'.*?'(?: \.\.\.)?), out of the documented order: it holds "
    r"(?:the anchor &(?P<anchor>\S+), which a key below uses \(\*(?P=anchor)\)|an anchor \(&name\) that a key below uses)"
    r", and YAML needs an anchor before its aliases; for the documented order, write the value in the first key "
    r"that uses it, with the anchor there")


def _layout_note_pl(note: str) -> str:
    """A note of fmt's layout (``outcome.notes``, English: the fmt cache keeps them so) in Polish; one of a
    form not known here stays English whole."""
    found = re.fullmatch(_KEPT_FOR_ANCHOR, note, re.DOTALL)
    if found is None:
        return note
    others = re.sub(r"'([^']*)'", r"`\1`", found["others"])
    anchor = found["anchor"]
    held = (f"kotwicę &{anchor}, której używa pole poniżej (*{anchor})" if anchor is not None
            else "kotwicę (&nazwa), której używa pole poniżej")
    return (f"`{found['key']}` zostaje nad {others}, poza udokumentowaną kolejnością: trzyma {held}, a w YAML kotwica "
            "musi stać przed swoimi aliasami; by zachować udokumentowaną kolejność, wpisz tę wartość w pierwszym polu, "
            "które jej używa, i tam postaw kotwicę")


def _moved_note_pl(key: str, meant: str | None, field: str | None, same: bool) -> str:
    """The note on a key fmt moved (see :func:`_format_and_write`), in Polish."""
    # "obok pola `summary`, które ten klucz oznacza": a key's name is no Polish noun a bare "które" could follow.
    if meant and meant.startswith("=") and same:
        return f"przeniesiono `{key}` obok pola `{field}`, które ten klucz oznacza; połącz je (`cxkit lint` mówi, jak)"
    if meant and meant.startswith("="):
        return (f"przeniesiono `{key}` obok pola `{field}`, które ten klucz może oznaczać; `cxkit lint` mówi, co z nim "
                "zrobić")
    if meant:
        how = ("nazwy pól są po angielsku; `cxkit fmt --fix` zmienia tę nazwę" if same
               else "jeśli tak, zmień nazwę; klucz, który może być innym słowem, `cxkit fmt --fix` zostawia tobie")
        return f"przeniesiono `{key}` tam, gdzie fmt stawia pole `{meant}`; czy chodziło o `{meant}`? ({how})"
    return (f"przeniesiono `{key}` pod pola znane cxkit, tam, gdzie fmt stawia pole, którego nie zna; `cxkit lint` "
            "mówi, co z nim zrobić")


def _warn_no_documents(searched: list[str], mode: str = "", pl: bool = False) -> None:
    """As `cxkit lint`: a run that found no document in the paths it searched says so (not a failure: an
    empty workspace is valid, but it is almost always a wrong path), rather than only `0 files left unchanged`.
    ``mode`` (--check, --diff): the command the note suggests keeps it, so that it changes no file either."""
    if searched:
        _err(f"cxkit: ostrzeżenie: nie znaleziono dokumentów cxkit w {', '.join(searched)} (szukano plików *.yaml / *.yml "
             "z kind: persona, negative-persona lub journey)" if pl else
             f"cxkit: warning: no cxkit documents found in {', '.join(searched)} "
             "(looked for *.yaml / *.yml files with kind: persona, negative-persona or journey)")
        from .discovery import tool_folder_note

        tools = tool_folder_note(searched, f"fmt {mode}" if mode else "fmt", pl=pl)
        if tools is not None:
            _err(f"cxkit: {tools}")


class _FmtCaches:
    """A run's fmt caches: each file's in the cache folder of its own workspace (its config's folder),
    as `cxkit lint` keeps each workspace's results, so a run from the top and one in the workspace
    (or `cxkit cache clear FOLDER`) use the same one.  A workspace's cache is made when one of its
    files is met, and written only when the run learnt something: no cache folder where no file is.
    Workspaces whose caches share one folder (CXKIT_CACHE_DIR) share its keys for the run, read once and
    written once at its end (`cxkit fmt` runs in :func:`cxkit.lint.cache.one_store_per_folder`)."""

    def __init__(self, config: Any) -> None:
        self._config = config
        self.owner: dict[str, Any] = {}  # display path -> the config of the workspace it is in
        self._by_root: dict[str, Any] = {}
        self._by_config: dict[int, Any] = {}

    def of(self, target: Any) -> Any:
        config = self.owner.get(target.display, self._config)
        cache = self._by_config.get(id(config))
        if cache is None:
            from .lint.cache import cache_dir, open_fmt_cache, usable

            key = os.path.normcase(os.path.realpath(config.root))
            if key not in self._by_root:
                usable(cache_dir(config.root), config.ignored_memo)  # with the answer git gave the scan
                self._by_root[key] = open_fmt_cache(cache_dir(config.root), config.source, config.settings_bytes)
            cache = self._by_config[id(config)] = self._by_root[key]
        return cache

    def save(self) -> None:
        for cache in self._by_root.values():
            cache.save()


def _format_and_write(
    targets: list[Any], config: Any, jobs: Optional[int], progress: Any, diff: bool, dry: bool,
    errors: list[tuple[str, int, int, str, str]], report_to: TextIO, cache: Any = None, quiet: bool = False,
    searched: Sequence[str] = (), fix: bool = False,
) -> None:
    """Lay out (or check) each target and exit with the run's code; ``jobs``: `--jobs` as given (None:
    not given); ``searched``: the paths the targets were found in, named in the warning of a run that
    found no document there; ``fix``: `--fix`."""
    from .cliutil import shell_word
    from .fsutil import leaves_work_tree, write_atomic
    from .visible import visible_name

    changed = unchanged = skipped = fixes = left = unread = held = merged = 0
    written = [0]  # files rewritten (each whole), for a run stopped by Ctrl-C to say
    pl = getattr(config, "lang", None) == "pl"  # the summary and the notes speak the workspace's language
    recorded: list[Any] = []  # lint's baseline, read the first time a file cannot be read (see _recorded_unread)
    uwaga = "uwaga" if pl else "note"
    # Closed as soon as the loop ends, however it ends: an interrupted run (or a failed write) stops the
    # workers there and then rather than when the generator is collected.
    # --check prints only the names of the files fmt would change: the cache may answer those too.
    with contextlib.closing(_format_all(targets, config, jobs, progress, cache, fix, names_only=dry and not diff)) as laid_out, \
            _say_rewritten(written, pl):
        for target, outcome in zip(targets, laid_out):
            if outcome.status == "skipped" and target.explicit:
                skipped += 1  # a named file that is no cxkit document: said in the summary, not passed over
                continue
            if outcome.status == "error":
                baselined = _recorded_unread(config, outcome, recorded)
                if baselined is not None and all(rule == _MERGED for _l, _c, rule, _m in outcome.problems):
                    merged += 1  # lint's CX006, which its baseline holds back: fmt's refusal fails nothing either
                    if not quiet:
                        _err(_recorded_unread_note(outcome, baselined, pl))
                    continue
                if baselined is not None:
                    held += 1  # lint reports it, and fails on it only if its baseline did not record it
                    unread += 1  # never read as YAML: --fix fixed nothing in it, and found nothing left in it either
                    if not quiet:
                        _err(_recorded_unread_note(outcome, baselined, pl))
                        convert = _conversion_note(outcome.path, outcome.problems, pl)
                        if convert is not None:
                            _err(convert)  # how to mend it, as for a file the baseline does not record
                    continue
                found = [(outcome.path, line, col, rule, msg) for line, col, rule, msg in outcome.problems]
                errors.extend(found)
                _report(found, report_to, pl)
                left += outcome.left  # a kind fmt cannot lay out (`kind: Journey` over a persona's keys) is one left
                if any(rule in _UNREAD_RULES for _line, _col, rule, _msg in outcome.problems):
                    unread += 1  # never read as YAML: --fix fixed nothing in it, and found nothing left in it either
                convert = _conversion_note(outcome.path, outcome.problems, pl)
                if convert is not None and not quiet:
                    _err(convert)
                continue
            for note in outcome.notes:
                _err(f"cxkit: uwaga: {outcome.path}: {_layout_note_pl(note)}" if pl else f"cxkit: note: {outcome.path}: {note}")
            fixes += outcome.fixes
            left += outcome.left
            if outcome.status == "unchanged":
                unchanged += 1
                continue
            if outcome.status != "changed":
                continue
            changed += 1
            if diff:
                _show_diff(outcome)
            if dry:
                _err(_reformatted_line(outcome.path, outcome.fixes, dry, pl))
                continue
            elsewhere = leaves_work_tree(target.fs_path)
            if elsewhere is not None:
                # A link in the checkout that leads out of it (committed by anyone): the file there is not
                # laid out through it; named by its own path, it is.
                changed -= 1
                fixes -= outcome.fixes  # not made: the summary counts only what was written
                problem = (outcome.path, 1, 1, "read-error",
                           f"not written: it is a link out of the work tree, to {visible_name(elsewhere)}, and fmt "
                           f"writes such a file only when named by its own path (cxkit fmt {shell_word(visible_name(elsewhere))})")
                errors.append(problem)
                _report([problem], report_to, pl)
                continue
            try:
                write_atomic(target.fs_path, outcome.payload())
                written[0] += 1
            except OSError as exc:
                changed -= 1
                fixes -= outcome.fixes  # not made: "1 file could not be formatted. 1 fix made" said of an unchanged file
                problem = (outcome.path, 1, 1, "read-error", f"cannot write the file: {exc.strerror or exc}")
                errors.append(problem)
                _report([problem], report_to, pl)
                continue
            if not quiet:
                _err(_reformatted_line(outcome.path, outcome.fixes, dry, pl))
            for key, meant in outcome.moved:
                # The key as written may hold a line break (`"cele\nzłe":`): the note stays one line.
                # A field's name in other words or spelt otherwise (`cele`, `Goals`) stands for it; a slip that may be
                # another word (`status` for `stages`, `reviewer` for `reviewed`) may not, and `--fix` leaves it.
                from .model.validate import renamed_to

                field = meant[1:] if meant and meant.startswith("=") else meant
                same = field is not None and renamed_to(str(key), field)
                key_shown = visible_name(str(key))
                if pl:
                    _err(f"cxkit: {uwaga}: {outcome.path}: {_moved_note_pl(key_shown, meant, field, same)}")
                elif meant and meant.startswith("=") and same:  # a key beside the field it stands for: `opis` after `summary`
                    _err(f"cxkit: note: {outcome.path}: moved '{visible_name(str(key))}' next to '{field}', the field it "
                         "stands for; merge the two (`cxkit lint` says how)")
                elif meant and meant.startswith("="):
                    _err(f"cxkit: note: {outcome.path}: moved '{visible_name(str(key))}' next to '{field}', which it may "
                         "stand for; `cxkit lint` says what to do with it")
                elif meant:
                    how = ("field names are in English; `cxkit fmt --fix` renames it" if same
                           else "if so, rename it; `cxkit fmt --fix` leaves a key that may be another word to you")
                    _err(f"cxkit: note: {outcome.path}: moved '{visible_name(str(key))}' to where '{meant}' goes; did you mean "
                         f"'{meant}'? ({how})")
                else:
                    _err(f"cxkit: note: {outcome.path}: moved '{visible_name(str(key))}' below the fields cxkit knows, where fmt puts "
                         "a field it does not know; `cxkit lint` says what to do with it")
    if cache is not None:
        cache.save()
    if not (changed or unchanged or skipped or errors or held or merged):
        _warn_no_documents(list(searched), "--diff" if diff else "--check" if dry else "", pl)
    if not quiet:
        _summary(changed, unchanged, len({e[0] for e in errors}), dry, skipped, (fixes, left, unread) if fix else None, pl,
                 held=held, merged=merged)
    failed = bool(errors) or (dry and changed > 0)
    raise typer.Exit(EXIT_FINDINGS if failed else EXIT_OK)


@contextlib.contextmanager
def _say_rewritten(written: list[int], pl: bool) -> Iterator[None]:
    """Around fmt's writes: a run stopped by Ctrl-C after rewriting some files says how many (each was written
    whole, by a rename), so the user knows to look at `git status`, then exits 130."""
    try:
        yield
    except KeyboardInterrupt:
        n = written[0]
        if not n:
            raise
        if pl:
            from .lint.polish import counted

            _err(f"cxkit: przerwano po przepisaniu {counted(n, 'pliku', 'plików', 'plików')} (każdy w całości, pozostałe "
                 "bez zmian); które, pokaże `git status`")
        else:
            _err(f"cxkit: interrupted after rewriting {n} file{'s' if n != 1 else ''} (each whole, the others "
                 "untouched); `git status` shows which")
        raise typer.Exit(130) from None


def _show_diff(outcome: Any) -> None:
    """The change fmt would make to one file, as a unified diff on standard output."""
    from .fmt import unified_diff
    from .visible import may_be_ci_log, no_workflow_commands, raw_name

    if outcome.codec != "utf-8" and not _stdout_is_terminal():
        # A UTF-16 or UTF-32 file is binary to git and to patch: its text in a UTF-8 patch
        # would make `git apply` refuse the whole patch, every other file's change too. On a
        # terminal, where the diff is read and not applied, it is shown with the rest.
        _err(f"{outcome.path}: not in the patch: it is written in {outcome.codec.upper()}, which a text patch "
             f"cannot carry; run `cxkit fmt` on it (it keeps its encoding), or save it as UTF-8")
    elif _stdout_is_terminal():
        # On a terminal, a control character in the text is shown as an escape, never obeyed, and so is
        # the name, which is shown as every command shows it.
        sys.stdout.write(_visible_lines(unified_diff(outcome.path, outcome.before, outcome.after)))
    else:
        # A patch to apply: the files' real names and text, as they are; but a CI job's log reads some
        # lines as commands to the runner (`  ::error::…` in a block scalar), so there such a line is
        # shown escaped. A patch redirected to a file is not the log, and stays as it is.
        patch = unified_diff(raw_name(outcome.path), outcome.before, outcome.after, quote=True)
        if may_be_ci_log(sys.stdout):
            patch = no_workflow_commands(patch)
        from .cliutil import write_utf8

        if not write_utf8(sys.stdout, patch):  # UTF-8 bytes whatever the console, as git apply reads a patch
            sys.stdout.write(patch)


def _fmt_stdin(
    stdin_filename: Optional[str], check: bool, diff: bool, config_path: Optional[Path], only_documents: bool, quiet: bool,
    fix: bool = False,
) -> None:
    """`cxkit fmt -`: lay out one document read from stdin (an editor's unsaved buffer) as if it were saved at
    ``stdin_filename``; exits.

    That path (else ``-``) names the document in messages and in the diff, and chooses the config, and
    with --only-documents `exclude` and the `*.yaml` name a folder scan goes by. Without --check or
    --diff, stdout gets the whole document: laid out, or as it came when there is nothing to lay out
    (no cxkit document, or one --only-documents skips), and stderr nothing (exit 0); a document that
    cannot be formatted is reported on stderr, with nothing on stdout (exit 1), so that a caller never
    takes a message or half a document for the document. With --check or --diff, stdout gets nothing
    or the diff, and stderr what those say of a file. No file is written: not the one at
    ``stdin_filename``, not the cache.
    """
    from .cliutil import CLOSED_AT_START, STDIN_NAME, read_stdin_document
    from .config import load_config
    from .discovery import display_path, nearest_existing

    if 1 in CLOSED_AT_START and not check:
        from .workspace import UsageError

        raise UsageError("cannot write the document: standard output was closed when cxkit started")
    data = read_stdin_document()
    shown = display_path(stdin_filename) if stdin_filename is not None else STDIN_NAME
    # A buffer to be saved in a folder not made yet: the config of the nearest folder there is.
    config = load_config(config_path, near=[nearest_existing(stdin_filename)] if stdin_filename is not None else ())
    outcome, passed_over = _stdin_outcome(data, shown, stdin_filename, config, only_documents, check, diff, quiet,
                                          around=config_path is None, fix=fix)
    _stdin_finish(outcome, data, shown, check, diff, quiet, passed_over, fix, config.lang == "pl")


def _stdin_outcome(
    data: bytes, shown: str, stdin_filename: Optional[str], config: Any, only_documents: bool, check: bool, diff: bool,
    quiet: bool, around: bool = False, fix: bool = False,
) -> tuple[Any, bool]:
    """What `cxkit fmt -` makes of the buffer ``data`` (a :class:`cxkit.fmt.FileOutcome`), and whether it
    was passed over unread (no summary then): one --only-documents skips, or one at a link into a file
    `exclude` leaves out, each said with --check or --diff; else laid out under ``config``.  ``around``:
    --only-documents also skips a path in a workspace that a config around it excludes (no --config)."""
    from .discovery import YAML_SUFFIXES, Target, excluded_above, excluded_file
    from .fmt import FileOutcome, format_file
    from .limits import MAX_FILE_BYTES
    from .named import claims_document
    from .yamlio import load_bytes

    dry = check or diff
    # The document is in no file: its bytes are handed over, and the target only names it.
    target = Target(Path(os.devnull), shown, True)
    scan_leaves_out = only_documents and (
        not (stdin_filename is None or stdin_filename.lower().endswith(YAML_SUFFIXES))
        or not claims_document(target, data)
        or (stdin_filename is not None and excluded_file(stdin_filename, config))
        or (stdin_filename is not None and around and excluded_above(stdin_filename) is not None)
    )
    # At a link into a file `exclude` leaves out (a draft), the buffer is given back as it came: an editor
    # would write it through the link, which fmt never does. Said only by --check and --diff.
    through_link = None
    if not scan_leaves_out and stdin_filename is not None:
        from .discovery import stdin_through_link

        through_link = stdin_through_link(stdin_filename, config, "--check" if check else "--diff" if diff else "")
    if scan_leaves_out or through_link is not None:
        outcome = FileOutcome(shown, "skipped")
        if through_link is not None and dry:
            sys.stderr.write(through_link)
        elif dry and not quiet:
            _err(f"Nothing to format: {shown} is not a cxkit document that `exclude` leaves in.")
        scan_leaves_out = True  # no summary: nothing was looked at
    else:
        outcome = format_file(target, config, data, fix=True) if fix else format_file(target, config, data)
    if outcome.status == "skipped" and not dry and len(data) > MAX_FILE_BYTES:
        # Only the first 4 MiB (and a byte) were read: given back as it came, the rest of the buffer
        # would be lost. Reported as a document over the limit is, with nothing on stdout.
        over = load_bytes(data).problems[0]
        outcome = FileOutcome(shown, "error", problems=[(over.line, over.column, "yaml-syntax", over.message)])
    return outcome, scan_leaves_out


def _stdin_finish(outcome: Any, data: bytes, shown: str, check: bool, diff: bool, quiet: bool, passed_over: bool,
                  fix: bool = False, pl: bool = False) -> None:
    """Say what `cxkit fmt -` made of the buffer ``data`` (``outcome``) and exit: what cannot be formatted
    on stderr (exit 1, stdout empty); else the document on stdout, or with --check / --diff what would
    change (exit 1 when it would) and, unless ``quiet`` or ``passed_over``, the summary.  With ``fix``
    (`--fix`), the fixes are counted as for a file: in the summary, and on stderr beside the document."""
    dry = check or diff
    unread = int(outcome.status == "error" and any(rule in _UNREAD_RULES for _l, _c, rule, _m in outcome.problems))
    fixed = (outcome.fixes, outcome.left, unread) if fix else None
    if outcome.status == "error":
        _report([(shown, line, col, rule, _said_of_stdin(rule, message, pl)) for line, col, rule, message in outcome.problems],
                sys.stderr)
        if dry and not quiet:
            _summary(0, 0, 1, dry, fixed=fixed, pl=pl)
        raise typer.Exit(EXIT_FINDINGS)
    changed = outcome.status == "changed"
    if not dry:
        _write_document(outcome.payload() if changed else data)
        if fixed is not None and not quiet and not passed_over and outcome.status != "skipped":
            # The document goes to stdout: the count goes to stderr, as `reformatted FILE (3 fixes)` would.
            _err(f"cxkit: {'uwaga' if pl else 'note'}: {shown}:{_fixed_summary(*fixed, dry, pl)}")
        raise typer.Exit(EXIT_OK)
    if changed:
        if diff:
            _show_diff(outcome)
        _err(_reformatted_line(shown, outcome.fixes, dry, pl))
    if not quiet and not passed_over:
        _summary(int(changed), int(outcome.status == "unchanged"), 0, dry, int(outcome.status == "skipped"),
                 fixed if outcome.status != "skipped" else None, pl)
    raise typer.Exit(EXIT_FINDINGS if changed else EXIT_OK)


def _write_document(data: bytes) -> None:
    """A document's bytes on standard output, as they are: its encoding and line ends kept.

    In a CI job's log, a line of it that a runner would obey (`::error::…` or `##[error]…` in a value a
    pull request brings) is written escaped, as lint, diff and render write theirs; a document
    redirected to a file (`cxkit fmt - < a.yaml > b.yaml`) is not the log and keeps every byte.
    """
    from .visible import may_be_ci_log, no_workflow_commands

    if may_be_ci_log(sys.stdout):
        text = data.decode("utf-8", "surrogateescape")  # the commands are ASCII: any byte else is kept
        data = no_workflow_commands(text).encode("utf-8", "surrogateescape")
    buffer = getattr(sys.stdout, "buffer", None)
    sys.stdout.flush()
    if buffer is None:  # a stream that takes text only
        sys.stdout.write(data.decode("utf-8", "replace"))
        return
    buffer.write(data)
    buffer.flush()


#: Fewer files than this are formatted in the main process: starting workers would cost more.
FMT_PARALLEL_MIN_FILES = 16


def _format_all(targets: list[Any], config: Any, jobs: Optional[int], progress: Any, cache: Any = None,
                fix: bool = False, names_only: bool = False) -> Iterator[Any]:
    """Each target's outcome, in order.

    A file whose bytes the cache knows as laid out already is answered from it, and with
    ``names_only`` (`--check`: of a file fmt would change, only its name is printed) one it knows
    fmt would change, as an outcome without the new text; the others are worked out by ``jobs``
    processes (laying out a file is a pure-Python YAML round trip, some 15 ms a file, so a large
    workspace takes every core). What turns out laid out, or to be changed, is taught to the cache,
    by the bytes that were judged: a file with a note (keys kept out of order for an anchor) is
    laid out, and the note said, each run.
    """
    if cache is None:
        # (--fix runs without the cache: it is passed only then, as some callers wrap the function.)
        yield from (_lay_out_all(targets, config, _capped_jobs(jobs), progress, fix=True) if fix
                    else _lay_out_all(targets, config, _capped_jobs(jobs), progress))
        return
    from .fmt_outcome import FileOutcome  # not cxkit.fmt: a run the cache answers whole lays nothing out

    keys: list[str | None] = []
    caches: list[Any] = []  # each target's fmt cache, None for a file not read for it
    known: dict[int, str] = {}  # the targets the cache answers: their status
    for i, target in enumerate(targets):
        raw = _regular_bytes(target.fs_path)
        c = cache.of(target) if raw is not None else None
        key = c.key(raw) if c is not None and raw is not None else None
        caches.append(c)
        keys.append(key)
        if c is not None and key is not None:
            if c.is_canonical(key):
                known[i] = "unchanged"
            elif names_only and c.would_change(key):
                known[i] = "changed"
    todo = [t for i, t in enumerate(targets) if i not in known]
    with contextlib.closing(_lay_out_all(todo, config, _capped_jobs(jobs) if todo else 1, None)) as worked:
        total = len(targets)
        for i, target in enumerate(targets):
            if i in known:
                outcome = FileOutcome(target.display, known[i])
            else:
                outcome = next(worked)
                key = keys[i]
                c = caches[i]
                if outcome.notes or key is None:
                    pass
                elif outcome.status == "unchanged" and _judged(outcome, key, c):
                    c.add(key)
                elif outcome.status == "changed" and _judged_before(outcome, key, c):
                    c.add_changed(key)
            yield outcome
            if progress is not None and (i + 1) % 25 == 0:
                progress(i + 1, total)


def _capped_jobs(jobs: Optional[int]) -> int:
    """``--jobs`` as lint caps it (:func:`cxkit.lint.engine.capped_jobs`), asked only when a file is to be
    laid out: the engine's module imports the document models, which a run the cache answers needs not."""
    from .lint.engine import capped_jobs

    return capped_jobs(jobs)


#: A file larger than this is laid out every time rather than read twice for the cache.
_FMT_CACHE_MAX_BYTES = 4 << 20


def _regular_bytes(path: Path) -> bytes | None:
    """The bytes of a regular file of at most ``_FMT_CACHE_MAX_BYTES``, else None (never blocks on a pipe)."""
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with open(fd, "rb") as fh:
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > _FMT_CACHE_MAX_BYTES:
                return None
            return fh.read(_FMT_CACHE_MAX_BYTES + 1)
        except OSError:
            return None


def _judged(outcome: Any, key: str, cache: Any) -> bool:
    """Whether the bytes fmt judged are the ones ``key`` was made of (the file may change in between)."""
    try:
        return cache.key(outcome.payload()) == key
    except (UnicodeError, ValueError):
        return False


def _judged_before(outcome: Any, key: str, cache: Any) -> bool:
    """Whether the bytes of the file fmt would change (``outcome.before``, as read) are the ones ``key``
    was made of."""
    try:
        return cache.key(outcome.mark + outcome.before.encode(outcome.codec)) == key
    except (UnicodeError, ValueError):
        return False


def _lay_out_all(targets: list[Any], config: Any, jobs: int, progress: Any, fix: bool = False) -> Iterator[Any]:
    """Each target's outcome, in order; ``jobs`` processes work them out.

    Only the main process writes: workers read and lay out, a batch at a time, and send each
    batch back as soon as it is laid out.  A worker that dies (killed, out of memory) leaves its
    files to the main process, so the run still formats every file.  A run that stops early
    (Ctrl-C or SIGTERM, even to the main process alone; a write that failed) stops its workers
    at once, as `cxkit lint` does, instead of waiting for the batches in hand.
    """
    total = len(targets)
    if jobs <= 1 or total < FMT_PARALLEL_MIN_FILES:
        for i, target in enumerate(targets, 1):
            yield _format_one(target, config, fix)
            if progress is not None and i % 25 == 0:
                progress(i, total)
        return
    import multiprocessing
    from multiprocessing.connection import wait

    from .lint.engine import LOST_WORKER, claim_next, claimed_batches, shared_array, start_worker_process, stop_workers

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    forked = method == "fork"
    count = min(jobs, total // 4 or 1)
    size = max(1, min(16, total // (count * 8) or 1))
    # The batch each worker has in hand (-1: none yet); each worker writes its own slot only.
    holding = shared_array(context, "i", [-1] * count)
    if holding is None:  # no shared memory to be had: the main process lays them all out
        yield from (_lay_out_all(targets, config, 1, progress, fix=True) if fix
                    else _lay_out_all(targets, config, 1, progress))
        return
    claims = None
    if forked:  # the workers (and, once one has died, the main process) take the batches in turn
        batches, claims = claimed_batches(targets, size)
    else:  # spawned workers inherit no pipe: each lays out every count-th batch, its own stripe
        batches = [targets[i:i + size] for i in range(0, total, size)]
    workers: list[tuple[Any, Any]] = []
    finished = False
    done = 0
    try:
        for k in range(count):

            def build(receive: Any, send: Any, k: int = k) -> Any:
                inherited = [end for _, end in workers] + [receive] if forked else []
                stripe = None if forked else range(k, len(batches), count)
                return context.Process(
                    target=_lay_out_worker, args=(send, batches, config, claims, stripe, holding, k, inherited, fix), daemon=True
                )

            if not start_worker_process(context, workers, build):  # a refused fork: go on with the workers started
                break
        live = {receive: k for k, (_, receive) in enumerate(workers)}
        ready: dict[int, list[Any]] = {}
        # Batches a dead worker took and never sent, and the stripes of workers that could not be started:
        # the main process lays them out.
        lost: set[int] = set() if forked else {i for k in range(len(workers), count) for i in range(k, len(batches), count)}
        spare = claims  # batches the main process may take once a worker has died, until none is left

        def receive_batches(block: bool) -> None:
            """Take in the batches the workers have sent (waiting for one when ``block``), so no worker waits to send."""
            while live:
                arrived = wait(list(live), None if block else 0)
                if not arrived:
                    return
                for conn in arrived:
                    try:
                        status, *payload = conn.recv()
                    except LOST_WORKER:  # the worker is done, or died, even halfway through sending
                        k = live.pop(conn)
                        # Every batch it sent whole has come in: the one in its hand, if not, died with it
                        # (with, in a stripe, the rest of its stripe).
                        taken = holding[k]
                        gone = [taken] if forked else [*range(taken if taken >= 0 else k, len(batches), count)]
                        lost.update(i for i in gone if i >= 0 and i not in ready)
                        continue
                    if status == "error":
                        raise payload[0]
                    ready[payload[0]] = payload[1]
                if block:
                    return

        for index in range(len(batches)):
            while index not in ready:
                if index in lost or not live:  # a dead worker's batch, or every worker has ended
                    lost.discard(index)
                    ready[index] = [_format_one(target, config, fix) for target in batches[index]]
                elif spare is not None and len(live) < count:
                    # A worker has ended: unless all batches are taken, one died; the main process takes its place.
                    mine = claim_next(spare)
                    if mine is None:
                        spare = None
                    else:
                        ready[mine] = [_format_one(target, config, fix) for target in batches[mine]]
                        receive_batches(block=False)
                else:
                    receive_batches(block=True)
            outcomes = ready.pop(index)
            finished = index == len(batches) - 1  # nothing left for the workers: let them end
            for outcome in outcomes:
                done += 1
                yield outcome
                receive_batches(block=False)  # while the main process writes, the workers go on
                if progress is not None and done % 25 == 0:
                    progress(done, total)
    finally:
        if claims is not None:
            claims.close()
        stop_workers(workers, finished)


def _format_one(target: Any, config: Any, fix: bool = False) -> Any:
    """:func:`cxkit.fmt.format_file` of one target, with the fixes of `--fix` when ``fix`` (passed only
    then: the function is looked up here at each call, and may be wrapped)."""
    from .fmt import format_file

    return format_file(target, config, fix=True) if fix else format_file(target, config)


def _lay_out_worker(
    conn: Any, batches: list[list[Any]], config: Any, claims: Any, stripe: range | None, holding: Any, slot: int,
    inherited: list[Any], fix: bool = False,
) -> None:
    """A worker of `cxkit fmt`: take the next batch no process has taken (or the next of its ``stripe``), lay it
    out, send it back; until none is left.  ``holding[slot]`` says which batch it has in hand."""
    from .lint.engine import claim_next, guard_worker_stderr, start_worker

    start_worker(inherited)
    guard = guard_worker_stderr()  # started by spawn: no guard inherited
    try:
        for index in iter(lambda: claim_next(claims), None) if stripe is None else stripe:
            holding[slot] = index
            conn.send(("ok", index, [_format_one(target, config, fix) for target in batches[index]]))
    except BaseException as exc:  # noqa: BLE001 - the main process re-raises it
        try:
            conn.send(("error", exc))
        except BaseException:  # noqa: BLE001 - unpicklable, or the main process has gone: never a worker traceback
            with contextlib.suppress(BaseException):
                conn.send(("error", RuntimeError(f"a fmt worker failed: {exc!r}")))
    finally:
        conn.close()
        if guard is not None:
            guard.finish()


#: Codes of the problems only `fmt` reports (no lint rule has them): a valid file fmt cannot lay out
#: as it is must not carry yaml-syntax's CX001, which says the file is broken.
FMT_CODES = {"fmt-layout": "CX009"}


def _report(problems: list[tuple[str, int, int, str, str]], stream: TextIO, pl: bool = False) -> None:
    """What could not be formatted, as lint's lines; ``pl``: each message as lint says it in a Polish workspace
    (the reader's Polish twin; one whose form has none stays English whole)."""
    if not problems:
        return
    from .lint.rule import all_rules

    rules = all_rules()
    from .lint.finding import problem_line

    for path, line, col, rule, message in problems:
        code = rules[rule].code if rule in rules else FMT_CODES.get(rule, rules["yaml-syntax"].code)
        stream.write(problem_line(path, line, col, code, rule, _in_language(rule, message, pl)) + "\n")


def _in_language(rule: str, message: str, pl: bool) -> str:
    """``message`` (English) of ``rule``, in Polish when ``pl`` and the reader knows its form."""
    if pl:
        from .lint.polish_reader import in_polish

        return in_polish(rule, message) or message
    return message


def _said_of_stdin(rule: str, message: str, pl: bool) -> str:
    """``message`` said of the document read from stdin (see :func:`cxkit.cliutil.said_of_stdin`), in Polish when
    ``pl``: the Polish twin of the file's message, said of the input; English whole where it has none."""
    from .cliutil import said_of_stdin

    if pl:
        from .lint.polish_reader import in_polish, said_of_stdin as polish_said_of_stdin

        twin = in_polish(rule, message)
        if twin is not None:
            return polish_said_of_stdin(rule, twin)
    return said_of_stdin(rule, message)


#: The rules of what fmt could not read as YAML at all: `--fix` made no fix in such a file and found nothing left.
_UNREAD_RULES = frozenset(("read-error", "yaml-syntax"))
#: A list item YAML merged into the value above (lint's CX006): fmt leaves such a file as it is, and so, when lint's
#: baseline records it, as it does an unreadable one (see :func:`_recorded_unread`).
_MERGED = "merged-list-item"
#: lint's message for a file that is not UTF-8 and whose encoding cxkit can tell (cxkit.legacy_encoding.not_utf8).
_NOT_UTF8 = re.compile(r"the file is not valid UTF-8: byte 0x[0-9A-F]{2} cannot be decoded \(it looks like "
                       r"(?:ISO-8859-2 or )?(?P<enc>Windows-125[0-8]|ISO-8859-\d+|KOI8-[RU]), [\w ]+, where ")


def _conversion_note(path: str, problems: Any, pl: bool) -> str | None:
    """How to convert ``path`` to UTF-8 when its problem is lint's "not valid UTF-8" with one encoding it looks
    like: the `iconv` command (the file's own name, written in place only once iconv has read it whole) and an
    editor's "save as UTF-8"; None for any other problem, or when two encodings may be meant (the error says to
    convert from the one that gives the right text, which a person sees)."""
    from .cliutil import shell_word

    for _line, _col, rule, message in problems:
        m = _NOT_UTF8.match(message) if rule == "yaml-syntax" else None
        if m is None:
            continue
        enc, name = m.group("enc").upper(), shell_word(path)
        command = f"iconv -f {enc} -t UTF-8 {name} > {name}.utf8 && mv {name}.utf8 {name}"
        if pl:
            return (f"cxkit: uwaga: {path}: fmt nie zmienia kodowania pliku; przekonwertuj go na UTF-8 poleceniem "
                    f"`{command}` albo w edytorze (Zapisz jako… z kodowaniem UTF-8), potem uruchom fmt jeszcze raz")
        return (f"cxkit: note: {path}: fmt does not change a file's encoding; convert it to UTF-8 with `{command}`, "
                "or in an editor (save as… with the UTF-8 encoding), then run fmt again")
    return None


def _recorded_unread(config: Any, outcome: Any, recorded: list[Any]) -> str | None:
    """For a file fmt could not read as YAML (a tab, a second document, not UTF-8) whose `yaml-syntax` (or
    `read-error`) finding the baseline of the config records for `cxkit lint`: the baseline as lint names it;
    else None.  Such a file is lint's to report (and to hold back): fmt leaves it, failing nothing, so that
    the CI job `cxkit init` writes (`cxkit lint` and `cxkit fmt --check`) is green on the day the baseline is.
    ``recorded``: the run's memo, [(the plan, the (file, rule) pairs recorded)] once read."""
    if not outcome.problems or any(rule not in _UNREAD_RULES and rule != _MERGED for _l, _c, rule, _m in outcome.problems):
        return None
    if not recorded:
        from .lint.baseline import BaselineError, plan, read

        pairs: set[tuple[str, str]] = set()
        run_plan = None
        try:
            run_plan = plan(config, None, False, False)
            if run_plan is not None and run_plan.read_from is not None:
                pairs = {(key.path, key.rule) for key in read(run_plan.read_from, run_plan.shown)
                         if key.rule in _UNREAD_RULES or key.rule == _MERGED}
        except (BaselineError, OSError, ValueError):  # lint says what is wrong with the baseline
            pairs = set()
        recorded.append((run_plan, pairs))
    run_plan, pairs = recorded[0]
    if not pairs:
        return None
    from .lint.baseline import path_key
    from .lint.formats.paths import named_from

    name = path_key(named_from(outcome.path, run_plan.folder))
    if not any((name, rule) in pairs for _l, _c, rule, _m in outcome.problems):
        return None
    return run_plan.shown


def _recorded_unread_note(outcome: Any, baseline: str, pl: bool) -> str:
    """The note for a file fmt leaves to lint's baseline (see :func:`_recorded_unread`)."""
    from .lint.rule import all_rules

    line, col, rule, _msg = outcome.problems[0]
    code = all_rules()[rule].code if rule in all_rules() else "CX001"
    if pl:
        from .lint.baseline import _NAMED_IN

        baseline = baseline.replace(_NAMED_IN, " (`baseline` w ")  # as lint's Polish notes name it
        if rule == _MERGED:
            return (f"cxkit: uwaga: {outcome.path}:{line}:{col}: YAML czyta element listy jako dalszy ciąg wartości wyżej "
                    f"({code}), co {baseline} zapisuje dla `cxkit lint`; fmt zostawia plik bez zmian i nie uznaje tego za "
                    "błąd (`cxkit lint --no-baseline` pokazuje zgłoszenie)")
        return (f"cxkit: uwaga: {outcome.path}:{line}:{col}: nie da się go odczytać jako YAML ({code}), co {baseline} "
                "zapisuje dla `cxkit lint`; fmt zostawia go bez zmian i nie uznaje za błąd (`cxkit lint --no-baseline` "
                "pokazuje zgłoszenie)")
    if rule == _MERGED:
        return (f"cxkit: note: {outcome.path}:{line}:{col}: a list item YAML reads as more text of the value above "
                f"({code}), which {baseline} records for `cxkit lint`; fmt leaves the file as it is and does not fail on "
                "it (`cxkit lint --no-baseline` shows the finding)")
    return (f"cxkit: note: {outcome.path}:{line}:{col}: cannot be read as YAML ({code}), which {baseline} records for "
            "`cxkit lint`; fmt leaves it as it is and does not fail on it (`cxkit lint --no-baseline` shows the finding)")


def _summary(changed: int, unchanged: int, failed: int, dry: bool, skipped: int = 0,
             fixed: tuple[int, int, int] | None = None, pl: bool = False, held: int = 0, merged: int = 0) -> None:
    """The last line of `cxkit fmt`; ``skipped``: files named on the command line that are no cxkit
    documents (a hook passes every changed YAML file), left alone and counted so none is lost unsaid.
    A run that laid out (or checked) no document ends as `cxkit lint` does ("Nothing to
    check: no cxkit documents found."), whatever it passed over: still exit 0, as lint's.  ``pl``: in
    Polish (the workspace's config says `lang = "pl"`).  ``held``: files it could not read that lint's
    baseline records (see :func:`_recorded_unread`); ``merged``: files with a merged list item it records."""
    if pl:
        _err(_summary_pl(changed, unchanged, failed, dry, skipped, fixed, held, merged))
        return
    def files(n: int) -> str:
        return f"{n} file{'s' if n != 1 else ''}"

    not_documents = f"{files(skipped)} skipped (not {'a cxkit document' if skipped == 1 else 'cxkit documents'})"
    if not (changed or unchanged or failed or held or merged):
        nothing = f"Nothing to {'check' if dry else 'format'}: no cxkit documents found"
        _err(f"{nothing}; {not_documents}." if skipped else f"{nothing}.")
        return
    parts = []
    if changed:
        parts.append(f"{files(changed)} {'would be reformatted' if dry else 'reformatted'}")
    if unchanged:
        parts.append(f"{files(unchanged)} {'would be left unchanged' if dry else 'left unchanged'}")
    if failed:
        parts.append(f"{files(failed)} could not be formatted")
    if held:
        parts.append(f"{files(held)} left to `cxkit lint` (unreadable, recorded in its baseline)")
    if merged:
        parts.append(f"{files(merged)} left to `cxkit lint` (a merged list item, recorded in its baseline)")
    if skipped:
        parts.append(not_documents)
    _err(", ".join(parts) + "." + (_fixed_summary(*fixed, dry) if fixed is not None else ""))


def _reformatted_line(path: str, fixes: int, dry: bool, pl: bool = False) -> str:
    """The line fmt says of a file it changed (`reformatted FILE`) or would change (`would reformat FILE`, with
    --check and --diff), with the fixes made there (`(3 fixes)`).  ``pl``: in Polish, as the summary
    (`przeformatowano FILE (3 poprawki)`, `do przeformatowania: FILE`): the workspace's config says `lang = "pl"`."""
    if pl:
        from .lint.polish import counted

        made = f" ({counted(fixes, 'poprawka', 'poprawki', 'poprawek')})" if fixes else ""
        return f"do przeformatowania: {path}{made}" if dry else f"przeformatowano {path}{made}"
    made = f" ({fixes} fix{'es' if fixes != 1 else ''})" if fixes else ""
    return f"would reformat {path}{made}" if dry else f"reformatted {path}{made}"


def _summary_pl(changed: int, unchanged: int, failed: int, dry: bool, skipped: int,
                fixed: tuple[int, int, int] | None, held: int = 0, merged: int = 0) -> str:
    """:func:`_summary`'s line in Polish: `Przeformatowano 2 pliki, bez zmian: 5 plików.`"""
    from .lint.polish import counted

    def files(n: int) -> str:
        return counted(n, "plik", "pliki", "plików")

    not_documents = f"pominięto {files(skipped)} ({'to nie dokument' if skipped == 1 else 'to nie dokumenty'} cxkit)"
    if not (changed or unchanged or failed or held or merged):
        # As lint's Polish line for a run that found none ("Nie ma czego sprawdzać: …").
        nothing = f"Nie ma czego {'sprawdzać' if dry else 'formatować'}: nie znaleziono dokumentów cxkit"
        return f"{nothing}; {not_documents}." if skipped else f"{nothing}."
    parts = []
    if changed:
        parts.append(f"do przeformatowania: {files(changed)}" if dry else f"przeformatowano {files(changed)}")
    if unchanged:
        parts.append(f"bez zmian: {files(unchanged)}")
    if failed:
        parts.append(f"nie do sformatowania: {files(failed)}")
    if held:
        parts.append(f"zostawione dla `cxkit lint`: {files(held)} (nieczytelne, zapisane w jego pliku bazowym)")
    if merged:
        parts.append(f"zostawione dla `cxkit lint`: {files(merged)} (element listy sklejony z wartością wyżej, zapisane "
                     "w jego pliku bazowym)")
    if skipped:
        parts.append(not_documents)
    line = ", ".join(parts)
    return line[:1].upper() + line[1:] + "." + (_fixed_summary(*fixed, dry, pl=True) if fixed is not None else "")


def _fixed_summary(fixes: int, left: int, unread: int, dry: bool, pl: bool = False) -> str:
    """What `cxkit fmt --fix` adds to the summary: the fixes made (or, with --check / --diff, to make), the
    files it could not read (``unread``: nothing fixed or checked there, its error above says why) and the
    schema findings left for a person, which `cxkit lint` lists."""
    if pl:
        from .lint.polish import counted

        # After the summary's full stop, a sentence of its own: "Wprowadzono 1 poprawkę" (the accusative).
        made = (f"Do wprowadzenia: {counted(fixes, 'poprawka', 'poprawki', 'poprawek')}" if dry
                else f"Wprowadzono {counted(fixes, 'poprawkę', 'poprawki', 'poprawek')}")
        if unread:  # "1 pliku nie dało się odczytać" (the genitive after a negated verb)
            made += (f"; {counted(unread, 'pliku', 'plików', 'plików')} nie dało się odczytać, więc "
                     f"{'go' if unread == 1 else 'ich'} nie poprawiono (błąd powyżej mówi dlaczego)")
            if not left:
                return f" {made}."
        if not left:  # the genitive after a negated "zostało": "nie zostało żadnego zgłoszenia"
            return f" {made}; nie zostało żadnego zgłoszenia schematu."
        return (f" {made}; {counted(left, 'zgłoszenie', 'zgłoszenia', 'zgłoszeń')} schematu do poprawienia ręcznie "
                "(`cxkit lint` je wymienia, razem ze zgłoszeniami reguł metody).")
    made = f"{fixes} fix{'es' if fixes != 1 else ''} {'to make' if dry else 'made'}"
    if unread:
        made += (f"; {unread} file{'s' if unread != 1 else ''} could not be read, so nothing in "
                 f"{'it' if unread == 1 else 'them'} was fixed (the error above says why)")
        if not left:
            return f" {made}."
    if not left:
        return f" {made}; no schema finding left."
    return (f" {made}; {left} schema finding{'s' if left != 1 else ''} left to fix by hand (`cxkit lint` lists "
            "them, with the method rules' findings).")
