"""Linting a document that is in no file yet: an editor's unsaved buffer.

`cxkit lint - --stdin-filename PATH` and :func:`cxkit.api.lint_text` both lint it as if it were saved
at PATH: the config, `per-file-ignores` and the rest of the workspace are PATH's, with the buffer
standing in for the file saved there.  Without a PATH the document has no place in a workspace: the
cross-file rules, which would judge it against a workspace of one, are not run.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..config import Config
from .finding import Finding
from .selection import LintResult, Selection

#: How a document read from stdin without a path is shown.
STDIN_NAME = "-"


@dataclass
class BufferRun:
    """What linting a buffer found: its findings under its shown path, and the run they came from."""

    findings: list[Finding]
    documents: int
    result: LintResult
    shown: str
    #: The config the buffer was linted under (without a path: with no workspace).
    config: Config
    #: The cross-file rules in force that were not run: the buffer has no path (see the module's text).
    not_run: list[str] = field(default_factory=list)


def glob_literal(rel: str) -> str:
    """``rel`` as an `exclude` or `per-file-ignores` pattern that matches that path alone, from the config's folder."""
    return "/" + "".join(f"[{c}]" if c in "*?[" else c for c in rel)


def lint_buffer(
    data: bytes, saved_as: str | None, config: Config, selection: Selection, *, places: bool = False,
    cache: bool = True, checks: Callable[[str], bool] | None = None,
) -> BufferRun | None:
    """Lint ``data`` as the document saved at ``saved_as`` (None: a buffer with no path, shown as ``-``).

    ``config``: the config that path is linted under (it is changed: use it for this run only);
    ``cache``: the other files' results come from the lint cache and go there, the buffer's never do;
    ``checks``: given the path of the buffer's copy, whether it is to be checked at all (`--only-documents`);
    None when it is not.
    """
    from ..cliutil import said_of_stdin
    from ..discovery import buffer_place, buffer_place_of, display_path
    from ..globs import config_rel
    from .engine import PerFileIgnores, build_ruleset
    from .engine import lint as run_lint
    from .rule import all_rules

    shown = display_path(saved_as) if saved_as is not None else STDIN_NAME
    saved = Path(saved_as) if saved_as is not None else None
    with tempfile.TemporaryDirectory(prefix="cxkit-stdin-") as folder:
        name = saved.name if saved is not None and saved.name not in ("", ".", "..") else "stdin.yaml"
        copy = Path(folder) / name
        copy.write_bytes(data)
        if checks is not None and not checks(str(copy)):
            return None
        if saved is not None and saved.is_file() and config.source is not None:
            # The saved file is the document's older self: the scan of the workspace leaves it out, under the
            # name it was given (a link is read under its own name) and where it leads (drafts/real.yaml).
            root = os.path.realpath(config.root)
            for rel in dict.fromkeys((config_rel(str(saved), root),
                                      os.path.relpath(os.path.realpath(saved), root).replace(os.sep, "/"))):
                if rel != ".." and not rel.startswith("../") and "\\" not in rel:
                    config.exclude = [*config.exclude, glob_literal(rel)]
        ruleset = None
        not_run: list[str] = []
        if saved is None:
            # No place in a workspace: the document is linted alone, under the current folder's settings, and
            # the cross-file rules stay quiet (a workspace of one has no negative persona, knows no persona).
            config = dataclasses.replace(config, source=None)
            ruleset = build_ruleset(config, selection)
            not_run = sorted(a.rule.name for a in ruleset.workspace_rules if a.rule.scope == "workspace")
            if not_run:
                ruleset = dataclasses.replace(
                    ruleset, active={n: a for n, a in ruleset.active.items() if a.rule.scope != "workspace"})
        else:
            skipped = PerFileIgnores(config, all_rules())(str(saved))
            if skipped:
                # The copy gets the rules the saved path skips, inside the engine, as the file would: skipping
                # `schema` there lets the rules that need a valid document run on what the schema allows.
                literal = glob_literal(config_rel(str(copy), str(config.root)))
                config.per_file_ignores = {**config.per_file_ignores, literal: sorted(skipped)}
        config.nested = []  # the folders of other workspaces are passed over, as in a run of this one
        copy_shown = display_path(str(copy))
        # A rule that picks "the first" file by path sees the buffer where it is saved, not in the temporary folder.
        # So does the scan, which lists the copy where the saved file would be (a similar persona's "later").
        standing = buffer_place.set(buffer_place_of(str(copy), saved_as) if saved_as is not None else None)
        try:
            result = run_lint([str(copy)], config, selection, ruleset, jobs=1, places=places,
                              cache=cache and config.source is not None, buffer=str(copy))
        finally:
            buffer_place.reset(standing)
    findings = [
        dataclasses.replace(f, path=shown, message=(said_of_stdin if f.english is None else _polish_of_stdin)(
                                f.rule, f.message.replace(copy_shown, shown)),
                            english=f.english and (said_of_stdin(f.rule, f.english[0].replace(copy_shown, shown)), f.english[1]))
        for f in result.findings if f.path == copy_shown
    ]
    return BufferRun(findings, min(result.documents, 1), result, shown, config, not_run)


def _polish_of_stdin(rule: str, message: str) -> str:
    """A Polish finding's message said of the input, as :func:`said_of_stdin` says an English one."""
    from .polish_reader import said_of_stdin as polish_said_of_stdin

    return polish_said_of_stdin(rule, message)


def not_run_note(names: list[str], pl: bool = False) -> str:
    """The note that the cross-file rules ``names`` were not run on a buffer with no path; ``pl``: in Polish
    (the workspace's config says `lang = "pl"`)."""
    if pl:
        return (f"dokument wczytany ze standardowego wejścia nie ma ścieżki, więc nie należy do żadnego obszaru roboczego: "
                f"reguł obejmujących wiele plików ({', '.join(names)}) nie uruchomiono; podaj --stdin-filename ŚCIEŻKA, "
                "by sprawdzić go razem z jego obszarem roboczym")
    return (f"the document read from stdin has no path, so it has no workspace: the cross-file rules "
            f"({', '.join(names)}) were not run; give --stdin-filename PATH to check it against its workspace")

