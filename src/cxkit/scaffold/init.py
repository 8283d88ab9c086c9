"""`cxkit init`: a new workspace with config, folders, examples, a pre-commit hook and CI."""

from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from string import Template
from types import ModuleType
from typing import Any, Iterator, Sequence

from ..config import ConfigError
from ..discovery import DOCUMENT_KIND_RE, TOOL_FOLDERS
from ..fsutil import write_atomic
from ..gitutil import work_tree_top
from ..visible import visible_name
from ..workspace import INIT_EXAMPLE_MARKER
from . import examples_en, examples_pl

EXAMPLES: dict[str, ModuleType] = {"en": examples_en, "pl": examples_pl}

_SETTINGS = """\
# Folders that `cxkit lint` and `cxkit fmt` check when run without paths.
paths = ["personas", "journeys"]
# The language of your documents when a document does not say: pl or en, or another ISO 639-1
# code (de, cs, uk...), whose documents the rules that read words leave alone (docs/rules.md).
lang = "${lang}"
# Where `cxkit new` writes new personas (also negative ones) and journeys.
persona-dir = "personas"
journey-dir = "journeys"
# The lowest severity that makes `cxkit lint` fail: error, warning, info or never.
fail-level = "warning"
"""

#: The settings for a folder whose documents lie in workspaces of their own (an agency's
#: repository, a folder per client, each with its own config): no `paths`, so that `cxkit lint`
#: and `cxkit fmt` run here take in every workspace below, each under its own config.
_SETTINGS_ABOVE = """\
# The folders below that have a cxkit config of their own are workspaces of their own: `cxkit lint`
# and `cxkit fmt` run here check each of them under its own config, and any document outside them
# under this one.  No `paths` here: a folder named there would be all they check.
# The language of documents outside those workspaces when a document does not say (pl, en, de...).
lang = "${lang}"
# The lowest severity that makes `cxkit lint` fail: error, warning, info or never.
fail-level = "warning"
"""

#: The `paths` lines of :data:`_SETTINGS`, which a folder that already holds documents gets in another form
#: (:func:`_no_paths_lines`).
_PATHS_LINES = """\
# Folders that `cxkit lint` and `cxkit fmt` check when run without paths.
paths = ["personas", "journeys"]
"""


def _held_paths_lines(held: Sequence[str]) -> str:
    """The `paths` line of the config of a folder that already holds documents in the folders ``held``
    beside folders with a config of their own (samples, fixtures): `personas`, `journeys` and those,
    so that `cxkit lint` here does not check the samples' documents under their configs."""
    import json

    listed = ", ".join(json.dumps(f, ensure_ascii=False) for f in dict.fromkeys(("personas", "journeys", *held)) if f)
    return ("# Folders that `cxkit lint` and `cxkit fmt` check when run without paths: those that held documents\n"
            f"# when `cxkit init` ran, and those `cxkit new` writes to. Add a folder of documents made later.\npaths = [{listed}]\n")


def _no_paths_lines(held: Sequence[str], partial: bool = False) -> str:
    """The lines that stand for `paths` in the config of a folder that already holds documents, in the
    folders ``held`` (from it; "" for the folder itself): none, so that `cxkit lint` checks every folder of
    them, also one init did not look into (it peeks at a few hundred files) and one added later.
    ``partial``: the peek stopped before the end, and the list offered in a comment says it may be short."""
    import json

    folders = [f for f in held if f]
    where = ", ".join(f"{f}/" for f in folders[:5]) + (", ..." if len(folders) > 5 else "")
    seen = f" (in {where}{' and at the top' if '' in held else ''})" if folders else ""
    listed = ", ".join(json.dumps(f, ensure_ascii=False) for f in dict.fromkeys(("personas", "journeys", *folders)))
    return (f"# No `paths`: this folder held documents when `cxkit init` ran{seen},\n"
            "# so `cxkit lint` and `cxkit fmt` run here check every folder in it (hidden ones and tools'\n"
            f"# such as node_modules aside). To check only some folders, list them:\n# paths = [{listed}]\n"
            + (f"# (init read the first {_PEEK_FILES} YAML files only: other folders may hold documents too)\n"
               if partial else ""))


_PRE_COMMIT_HOOKS = """\
  # cxkit: lint the whole workspace on every commit (so references between files resolve, and a
  # deleted persona or a changed config is checked too; the lint cache keeps it fast), and keep
  # the changed documents tidy.
  - repo: local
    hooks:
      - id: cxkit-lint
        name: cxkit lint
        entry: ${lint}
        language: system
        pass_filenames: false
        always_run: true
      - id: cxkit-fmt
        name: cxkit fmt
        entry: ${fmt}
        language: system
        files: ${files}
"""

#: The fmt hook is handed each changed file by name: --only-documents leaves alone one that `exclude`
#: matches (a draft, an archive kept as written), as `cxkit fmt` of the whole workspace does.
_FMT_HOOK = "cxkit fmt --only-documents"

_PRE_COMMIT_HEADER = "# Hooks run by pre-commit before every commit (`pre-commit install` turns them on).\nrepos:\n"


def pre_commit_hooks(
    persona_dir: str = "personas", journey_dir: str = "journeys", under: str = "", config: str = "",
    workspaces: Sequence[str] = (), whole: bool = False, extra: Sequence[str] = (),
) -> str:
    """The `repos:` entry that runs cxkit through pre-commit for these folders.

    ``under`` is the workspace's folder within the git repository (hooks run at
    its top) and ``config`` its config file from there; both empty for a
    workspace at the top.  ``workspaces``: the folders (from the workspace's)
    that are workspaces of their own, when its config has no `paths`: `cxkit fmt`
    is given their files too, and `cxkit lint` checks the folder by name, not
    with ``--config``, which would put every workspace under that one config.
    ``whole``: the config has no `paths` (a folder that held documents): `cxkit fmt` is given every
    YAML file in it, and its `--only-documents` leaves alone those that are no cxkit documents.
    ``extra``: more folders its `paths` name (where documents lay when `cxkit init` ran).
    """
    import shlex

    if workspaces:
        return _pre_commit_hooks_above(persona_dir, journey_dir, under, workspaces)
    folders = "|".join(dict.fromkeys(re.escape(d.strip("/")) for d in (persona_dir, journey_dir, *extra) if d.strip("/")))
    if whole:
        top = under.strip("/")
        files = f"^{re.escape(top + '/')}.*\\.ya?ml$" if top else "\\.ya?ml$"
        if not top:
            return Template(_PRE_COMMIT_HOOKS).substitute(files=files, lint="cxkit lint", fmt=_FMT_HOOK)
        lint, fmt = (f"{cmd} --config {shlex.quote(config)}" if config else cmd for cmd in ("cxkit lint", _FMT_HOOK))
        return Template(_PRE_COMMIT_HOOKS).substitute(files=_quoted(files), lint=_quoted(lint), fmt=_quoted(fmt))
    if not under.strip("/"):
        files = f"^({folders})/.*\\.ya?ml$"
        return Template(_PRE_COMMIT_HOOKS).substitute(files=files, lint="cxkit lint", fmt=_FMT_HOOK)
    files = f"^{re.escape(under.strip('/') + '/')}({folders})/.*\\.ya?ml$"
    lint, fmt = (f"{cmd} --config {shlex.quote(config)}" if config else cmd for cmd in ("cxkit lint", _FMT_HOOK))
    return Template(_PRE_COMMIT_HOOKS).substitute(files=_quoted(files), lint=_quoted(lint), fmt=_quoted(fmt))


def _pre_commit_hooks_above(persona_dir: str, journey_dir: str, under: str, workspaces: Sequence[str]) -> str:
    """The hooks for a folder above workspaces of their own: lint it whole, lay out their files."""
    import shlex

    names = [w.strip("/") for w in workspaces] + [d.strip("/") for d in (persona_dir, journey_dir)]
    folders = "|".join(dict.fromkeys(re.escape(n) for n in names))
    top = under.strip("/")
    files = f"^{re.escape(top + '/') if top else ''}({folders})/.*\\.ya?ml$"
    lint = _quoted(f"cxkit lint {shlex.quote(top)}") if top else "cxkit lint"
    hooks = Template(_PRE_COMMIT_HOOKS).substitute(files=_quoted(files), lint=lint, fmt=_FMT_HOOK)
    # A workspace added later needs its folder in `files` (lint checks it anyway).
    return hooks.replace("        files: ", "        # A workspace added later: add its folder here.\n        files: ", 1)


def _quoted_arg(folder: str) -> str:
    """``folder`` as one argument of a shell command line."""
    import shlex

    return shlex.quote(folder)


def _quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar, whatever a folder name holds (a JSON string is one)."""
    import json

    out = json.dumps(text, ensure_ascii=False)
    # Characters YAML 1.1 readers take for line breaks, and other unprintables, as escapes.
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}" for c in out)


_WORKFLOW = """\
# Checks personas, negative personas and journey maps on every pull request and every push to
# the default branch.
name: cxkit
on:
  push:
  pull_request:
permissions:
  contents: read
jobs:
  cxkit:
    # A push to a pull request's branch is checked by its pull_request run: one run, not two.
    if: github.event_name != 'push' || github.ref_name == github.event.repository.default_branch
    runs-on: ubuntu-latest
${defaults}    steps:
      - uses: actions/checkout@v4
        with:
          # No git credentials left in the checkout for the steps after it.
          persist-credentials: false
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      # Edit this step: as written it stops the run.  cxkit is not published on PyPI, and a package
      # named cxkit there (at any version) would be someone else's, so install cxkit from where
      # your team gets it, at the version this workflow was made for, e.g.
      #   run: pip install "cxkit @ git+https://<your-git-host>/cxkit.git@v${version}"
      #   run: pip install --index-url https://<your package index>/simple "cxkit==${version}"
      - name: Install cxkit
        id: install
        run: |
          echo "::error::Edit this step: install cxkit from where your team gets it (see the comment above)"
          exit 1
      - name: Lint personas and journeys
        run: cxkit lint
      - name: Check the layout of the files
        # Also when lint failed, so one run reports both.
        if: (success() || failure()) && steps.install.outcome == 'success'
        run: cxkit fmt --check
"""


def workflow(under: str = "") -> str:
    """The GitHub Actions workflow; ``under`` is the workspace's folder within the repository."""
    from .. import __version__

    defaults = ""
    if under.strip("/"):
        defaults = f"    defaults:\n      run:\n        working-directory: {_quoted(under.strip('/'))}\n"
    return Template(_WORKFLOW).substitute(defaults=defaults, version=__version__)


def workflow_job(under: str, name: str) -> str:
    """The job of :func:`workflow` alone, named ``name``, for the `jobs:` of a workflow that has one already."""
    job = workflow(under).split("\njobs:\n", 1)[1]
    return f"  {name}:\n" + job.split("\n", 1)[1]


_GITLAB_JOB = """\
# Checks personas, negative personas and journey maps in merge requests and on the default
# branch; merge requests show the findings in their Code Quality widget.
cxkit:
  image: python:3.12
  rules:
    - if: $$CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $$CI_COMMIT_BRANCH == $$CI_DEFAULT_BRANCH
    # To run the job only when a CX file changes, add these lines, without the `# `, under each
    # `- if:` above (paths from the project's top; a merge request is compared with its target branch):
    #   changes:
    #     - ${documents}
    #     - ${config}
  before_script:
    # Edit this line: as written it stops the job.  cxkit is not published on PyPI, and a package
    # named cxkit there (at any version) would be someone else's, so install cxkit from where
    # your team gets it, at the version this job was made for, e.g.
    #   pip install "cxkit @ git+https://<your-git-host>/cxkit.git@v${version}"
    - echo "Edit before_script: install cxkit from where your team gets it" && exit 1
  script:
${cd}    # -o writes the report only when lint could check (exit 0 or 1): never an empty or half report,
    # which GitLab would show as a parse error; on exit 2 the next line says why.
    - cxkit lint --format gitlab -o "$$CI_PROJECT_DIR/gl-code-quality.json" || true
    # Both checks run; the job fails when either does.
    - cxkit lint || failed=1
    - cxkit fmt --check || failed=1
    - exit $${failed:-0}
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality.json
"""


def gitlab_job(under: str = "") -> str:
    """The GitLab CI job to add to a `.gitlab-ci.yml`; ``under`` is the workspace's folder within the repository."""
    from .. import __version__

    cd = ""
    if under.strip("/"):
        cd = f"    - {_quoted('cd ' + _quoted_arg(under.strip('/')))}\n"  # the report names files from the project's top
    files = f"{_glob_literal(under.strip('/'))}/" if under.strip("/") else ""
    return Template(_GITLAB_JOB).substitute(cd=cd, version=__version__, documents=_quoted(f"{files}**/*.{{yaml,yml}}"),
                                            config=_quoted(f"{files}cxkit.toml"))


def _glob_literal(name: str) -> str:
    """``name`` (a folder) as a GitLab `changes:` pattern that matches it alone: the characters its
    globs read (`*`, `?`, `[`, `{`...) escaped with a backslash, as Ruby's File.fnmatch reads them."""
    return "".join(f"\\{c}" if c in "\\*?[]{}" else c for c in name)


#: The largest CI, pre-commit or pyproject file init reads to see what it already holds: such a file is a few
#: kilobytes.  Larger, or no regular file (a named pipe, a link to /dev/zero a pull request committed), it is
#: passed over as one that cannot be read, never waited on nor read to the end.
_CI_READ_MAX = 1 << 20


def _ci_bytes(path: Path) -> bytes:
    """The bytes of the repository's file ``path`` (a CI job, the pre-commit config, pyproject.toml) that init
    reads; OSError when it cannot be read, is no regular file or is over :data:`_CI_READ_MAX`."""
    from ..limits import read_capped

    return read_capped(path, _CI_READ_MAX)


def _ci_text(path: Path) -> str:
    """:func:`_ci_bytes` as text, as `read_text` gave it (bytes that are no UTF-8 replaced, newlines as `\\n`)."""
    return _ci_bytes(path).decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


def _runs_cxkit(path: Path) -> bool:
    """Whether a CI file already runs `cxkit lint` (init shows its job only to a file without one)."""
    try:
        return "cxkit lint" in _ci_text(path)
    except OSError:
        return False


def _gitlab_only(top: Path) -> bool:
    """Whether the repository at ``top`` runs GitLab CI and has no GitHub folder: a workflow there is dead weight."""
    return (top / ".gitlab-ci.yml").is_file() and not (top / ".github").exists()


@dataclass(frozen=True, slots=True)
class Step:
    """What init did with one file or folder."""

    path: str
    action: str  # created, appended, skipped, printed, failed
    note: str = ""
    #: What to show the user for a "printed" step: the lines to add by hand.
    text: str = ""
    #: Whether this step wrote (or tried to write) an example document.
    example: bool = False
    #: Whether ``path`` names what was skipped ("the example documents") rather than a file.
    label: bool = False
    #: Folders (from the workspace's) the step is about, when it is about several; ``path`` is then "".
    folders: tuple[str, ...] = ()


#: How many workspaces of their own init names; the rest are counted.
_SHOW_WORKSPACES = 6


def _left_out(paths: list[str], workspaces: list[str]) -> list[str]:
    """The ``workspaces`` (folders from the config's) that none of the configured ``paths`` takes in."""
    within = [os.path.normpath(p).replace(os.sep, "/") for p in paths]
    return [w for w in workspaces if not any(p in (".", w) or w.startswith(p.rstrip("/") + "/") for p in within)]


def example_values(today: _dt.date) -> dict[str, str]:
    """Dates for the examples: reviewed today, research a few weeks old, fixes due in the coming months."""
    day = _dt.timedelta(days=1)
    return {
        "today": today.isoformat(),
        "recent1": (today - 40 * day).isoformat(),
        "recent2": (today - 20 * day).isoformat(),
        "due1": (today + 30 * day).isoformat(),
        "due2": (today + 60 * day).isoformat(),
        "due3": (today + 90 * day).isoformat(),
    }


#: The first line of each example: what to do with it, and the marker by which lint tells it from a
#: team's own documents (``INIT_EXAMPLE_MARKER``; the `init-example` rule).
EXAMPLE_FIRST_LINE = {
    "en": f"# {INIT_EXAMPLE_MARKER}: delete this file once you have written your own documents; until then lint "
          "counts it with them and render exports include it.\n",
    "pl": f"# {INIT_EXAMPLE_MARKER}: usuń ten plik, gdy napiszesz własne dokumenty; do tego czasu lint liczy go razem "
          "z nimi, a render dołącza go do eksportów.\n",
}


def example_documents(lang: str, today: _dt.date) -> list[tuple[str, str, str]]:
    """(folder, file name, text) of the three example documents in ``lang``, each marked as an example."""
    lang = lang if lang in EXAMPLES else "en"  # another language (`--lang de`) gets the English examples
    module = EXAMPLES[lang]
    values = example_values(today)
    first = EXAMPLE_FIRST_LINE[lang]
    return [
        ("personas", f"{module.PERSONA_ID}.yaml", first + Template(module.PERSONA).substitute(values)),
        ("personas", f"{module.NEGATIVE_ID}.yaml", first + Template(module.NEGATIVE).substitute(values)),
        ("journeys", f"{module.JOURNEY_ID}.yaml", first + Template(module.JOURNEY).substitute(values)),
    ]


def _has_cxkit_table(raw: bytes) -> bool | None:
    """True/False for a readable pyproject.toml, None when it is not valid TOML."""
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))  # a byte-order mark, as Windows editors write
    # ValueError: not UTF-8, not TOML, or a number too long for Python; RecursionError: nested too deeply.
    except (ValueError, RecursionError):
        return None
    tool = data.get("tool")
    return isinstance(tool, dict) and "cxkit" in tool


class BrokenConfigs(ConfigError):
    """Why :func:`init_workspace` wrote nothing: the errors, located as `cxkit lint` in the folder gives
    them, of its own config (``below`` False, one error) or of the configs below it that such a lint
    reads (``below`` True, each).  It reads as the first."""

    def __init__(self, errors: list[str], below: bool) -> None:
        super().__init__(errors[0])
        self.errors = errors
        self.below = below


def init_workspace(
    root: Path, lang: str, today: _dt.date | None = None, *, examples: bool | None = None, editor: str | None = None,
) -> list[Step]:
    """Create the workspace under ``root``; never overwrite a file.  Returns what was done.

    ``examples`` None writes the example documents only in a folder without a cxkit config: in
    a workspace that exists, examples the team deleted would come back (and a negative persona
    from another business would silence missing-negative-persona).  True writes them anyway.

    ``editor`` "vscode" writes the schema (``schema/cxkit.json``) and maps the documents to it in
    ``.vscode/settings.json`` (:mod:`cxkit.scaffold.editor`); without it, a schema written so before is
    written again (an upgrade), and a folder with a ``.vscode/`` is offered the option.

    Raises :class:`BrokenConfigs` (a :class:`cxkit.config.ConfigError`) before anything is written
    when ``root`` already holds a config that `cxkit lint` would refuse (:func:`check_config`), or
    folders below it do that such a lint reads (:func:`broken_configs_below`; every one is in it).
    """
    try:
        check_config(root)
    except ConfigError as exc:
        raise BrokenConfigs([str(exc)], below=False) from None
    seen = peek(root) if root.is_dir() else None  # one walk, for the configs below and for what is here
    below = broken_configs_below(root, seen)
    if below:
        raise BrokenConfigs(below, below=True)
    if today is None:
        from ..clock import today as clock_today

        today = clock_today()  # CXKIT_TODAY pins it, as it pins the date lint compares with
    root.mkdir(parents=True, exist_ok=True)
    existing = existing_config(root)
    if seen is None:
        seen = peek(root)
    documents, workspaces, samples = seen.documents, seen.workspaces, seen.samples
    if workspaces and samples:
        # A client's workspace makes this an agency's folder: `cxkit lint` here then checks every
        # folder with a config of its own, samples too, so every one is named.
        workspaces = seen.nested
        samples = []
    if existing is not None or examples is not None:
        documents = []
    if examples is None:
        examples = existing is None and not documents and not workspaces
    excluded = _excluded_workspaces(root, workspaces)
    workspaces = [w for w in workspaces if w not in excluded]
    steps: list[Step] = []
    if workspaces:
        # An agency's repository (a folder per client, each with its own config): a config here
        # with `paths` would be all `cxkit lint` here checks, and every client would be left out.
        named = workspaces[:_SHOW_WORKSPACES]
        more = f"and {len(workspaces) - len(named)} more; " if len(workspaces) > len(named) else ""
        steps.append(Step("", "found", f"{more}{'each is a workspace' if len(workspaces) > 1 else 'a workspace'} of its own, "
                          "with its own config: `cxkit lint` here checks its documents under that config",
                          folders=tuple(f"{w}/" for w in named)))
    if seen.stopped:
        steps.append(Step(f"folders past the first {_PEEK_FOLDERS}", "skipped", "init looked for cxkit configs below "
                          f"in the first {_PEEK_FOLDERS} folders only (hidden folders and tools' such as node_modules "
                          "left out): a workspace further in is not named here; `cxkit lint` here still checks it "
                          "under its own config", label=True))
    for folder, pattern in list(excluded.items())[:_SHOW_WORKSPACES]:
        # An archived client keeps its config, but the `exclude` here leaves its folder out.
        steps.append(Step(f"{folder}/", "skipped", f"has a cxkit config of its own, but `exclude` here leaves it out "
                          f"({pattern!r}): `cxkit lint` here does not check it"))
    offers = _archives_to_offer(root, seen.archives, above=bool(workspaces))
    # Documents here already (a team adopting cxkit): no `paths`, so that no folder of theirs is left
    # out (`negatywne/` beside `personas/`), nor one init's peek did not reach.
    # Beside a sample's or a fixture's config (`docs/examples/cxkit.toml`), `paths` name the folders that
    # hold them, so that lint here does not check the samples; documents at the top need no `paths`.
    held = [] if existing is not None or workspaces else sorted(dict.fromkeys(
        d.split("/", 1)[0] if "/" in d else "" for d in seen.documents))
    # A list from a peek that did not see every file would leave out the folders it did not reach
    # (the very loss no `paths` avoids): then no `paths`, though the samples' documents are checked too.
    partial = seen.cut or seen.stopped
    listed = bool(seen.nested) and "" not in held and not partial
    made = _config(root, lang, above=bool(workspaces), archives=offers, extends=_config_above(root), held=held,
                   listed=listed, partial=partial)
    written = bool(held) and made.action in ("created", "appended")
    whole = written and not listed
    if written:
        said = ("no `paths`: the documents here are checked wherever they lie" if whole else
                f"`paths` name the folders that hold documents: {', '.join(f'{f}/' for f in held)}")
        made = Step(made.path, made.action, "; ".join(filter(None, (made.note, said))))
    held = held if written else []
    if workspaces and made.action != "skipped" and not made.note:
        made = Step(made.path, made.action, "no `paths`: `cxkit lint` and `cxkit fmt` here check every workspace below")
    steps.append(made)
    if offers:
        steps.append(_archive_step(offers, made, existing, _named_from_outside(root, offers, seen.documents)))
    persona_dir, journey_dir = workspace_folders(root)
    configured = _config_in(root)
    hidden = _left_out(configured.paths, workspaces) if configured is not None and configured.paths else []
    for folder, why in samples[:_SHOW_WORKSPACES]:
        # A sample's or a fixture's config (docs/examples/, tests/fixtures/): an ordinary workspace here.
        left_out = configured is not None and bool(configured.paths) and bool(_left_out(configured.paths, [folder]))
        then = (f"the `paths` here leave it out: `cxkit lint {_quoted_arg(folder)}` checks it on its own" if left_out
                else "`cxkit lint` here checks it under its own config")
        steps.append(Step(f"{folder}/", "skipped", f"has a cxkit config of its own, but {why}: taken for a sample, "
                          f"not a client's workspace; {then}"))
    if hidden and steps[-1].action == "skipped":
        names = ", ".join(f"{w}/" for w in hidden[:_SHOW_WORKSPACES]) + (", ..." if len(hidden) > _SHOW_WORKSPACES else "")
        steps[-1] = Step(steps[-1].path, "skipped", f"{steps[-1].note}; its `paths` leave out {names}: `cxkit lint` here "
                         "does not check them (remove `paths` from it to check every workspace below)")
    # Above workspaces of their own, with no `paths` here: their documents are in their folders.
    above = bool(workspaces) and configured is not None and not configured.paths
    if above and not examples:
        steps.append(Step("", "skipped", "the documents are in the workspaces found above: `cxkit new persona \"Name\" "
                          "--dir FOLDER/personas` writes one into a workspace", folders=tuple(dict.fromkeys(
                              f"{d}/" for d in (persona_dir, journey_dir) if not (root / d).is_dir()))))
        if not steps[-1].folders:
            steps.pop()
    outside = {d for d in (persona_dir, journey_dir) if not _inside(root, d)}
    for folder in dict.fromkeys((persona_dir, journey_dir)):
        path = root / folder
        if above and not examples and not path.is_dir():
            continue
        if folder in outside:
            # A configured folder elsewhere (`persona-dir = "/srv/personas"`): `cxkit new` writes
            # there; init writes nothing outside the folder it was given.
            steps.append(Step(f"{folder}/", "skipped", "the configured folder is outside this one; init writes only inside it"))
            continue
        if path.is_dir():
            steps.append(Step(f"{folder}/", "skipped", "already exists"))
            continue
        try:
            path.mkdir(parents=True)
        except FileExistsError:
            steps.append(Step(f"{folder}/", "failed", "cannot create it: a file of that name is in the way"))
        except OSError as exc:
            steps.append(Step(f"{folder}/", "failed", f"cannot create it: {exc.strerror or exc}"))
        else:
            steps.append(Step(f"{folder}/", "created"))
    used: dict[str, Any] | None = None
    if not examples:
        if existing is not None:
            why = (f"this folder already has a cxkit config ({existing}), and examples you deleted should stay deleted; "
                   "`cxkit init --examples` writes them")
        elif documents:
            shown = ", ".join(documents[:2]) + (", ..." if len(documents) > 2 else "")
            why = (f"this folder already holds documents of yours, such as {shown}; another business's examples among them "
                   "would count as yours (its negative persona would silence missing-negative-persona); "
                   "`cxkit init --examples` writes them")
        elif workspaces:
            why = ("this folder holds workspaces of their own (found above), and examples here would be checked "
                   "as one more; `cxkit init --examples` writes them")
        else:
            why = "--no-examples"
        steps.append(Step("the example documents", "skipped", why, label=True))
    for folder, name, text in example_documents(lang, today) if examples else ():
        folder = persona_dir if folder == "personas" else journey_dir
        if folder in outside:
            continue
        rel = f"{folder}/{name}"
        if not (root / rel).exists():
            # Run again after an example was renamed (`marta.yaml`, same id): a second copy under
            # the old name would be a duplicate id, and the workspace would fail `cxkit lint`.
            if used is None:
                used = _ids_in(root)
            other = used.get(name.removesuffix(".yaml"))
            if other is not None:
                steps.append(Step(rel, "skipped", f"its id is already used by {other.path}", example=True))
                continue
        step = _create(root, rel, text)
        steps.append(Step(step.path, step.action, step.note, example=True))
    steps.extend(_editor_steps(root, editor, [d for d in (persona_dir, journey_dir) if d not in outside], lang))
    # pre-commit and GitHub read their files at the top of the repository only.  A workspace in
    # a folder of one gets them shown, pointed at its folder and config, for the user to put
    # there: cxkit writes nothing outside the folder it was given (that top may be a home folder).
    here = root.resolve()
    top = Path(work_tree_top(str(here)) or here)
    if top == here:
        hooks = pre_commit_hooks(persona_dir, journey_dir, workspaces=workspaces if above else (), whole=whole, extra=held)
        folders = [*(workspaces if above else ()), *(d for d in (persona_dir, journey_dir) if _inside(root, d)),
                   *(f for f in held if f)]
        gap = _hooks_step(".pre-commit-config.yaml", root / ".pre-commit-config.yaml",
                          [f"{d.strip('/')}/x.yaml" for d in dict.fromkeys(folders)] or ["x.yaml"], "", hooks,
                          ", ".join(f"{d.strip('/')}/" for d in dict.fromkeys(folders)) or "this folder"
                          ) if _has_cxkit_hooks(root / ".pre-commit-config.yaml") else None
        if gap is not None:
            steps.append(gap)
        elif _has_cxkit_hooks(root / ".pre-commit-config.yaml"):
            steps.append(Step(".pre-commit-config.yaml", "skipped", "already runs cxkit lint and cxkit fmt"))
        elif (root / ".pre-commit-config.yaml").exists():
            steps.append(Step(".pre-commit-config.yaml", "printed", "already exists; add these hooks to its `repos:` list", hooks))
        else:
            steps.append(_create(root, ".pre-commit-config.yaml", _PRE_COMMIT_HEADER + hooks))
        if _gitlab_only(root) and _runs_cxkit(root / ".gitlab-ci.yml"):
            steps.append(Step(".gitlab-ci.yml", "skipped", "already runs cxkit lint"))
        elif _gitlab_only(root):
            steps.append(Step(".gitlab-ci.yml", "printed", "GitLab CI runs here, not GitHub Actions: add this job to it", gitlab_job()))
        else:
            steps.append(_create(root, ".github/workflows/cxkit.yml", workflow()))
        return steps
    from ..config import find_config

    under = here.relative_to(top).as_posix()
    # Shown by absolute, resolved path: the folder may have been named through a symlink.
    hooks_file = str(top / ".pre-commit-config.yaml")
    found = find_config(here)
    config = found.resolve().relative_to(top).as_posix() if found is not None and found.resolve().is_relative_to(top) else ""
    hooks = pre_commit_hooks(persona_dir, journey_dir, under, config, workspaces=workspaces if above else (), whole=whole,
                             extra=held)
    probes = [f"{under}/{d.strip('/')}/x.yaml" for d in dict.fromkeys((persona_dir, journey_dir, *held))
              if d and _inside(root, d)]
    gap = _hooks_step(hooks_file, top / ".pre-commit-config.yaml", probes or [f"{under}/x.yaml"], config, hooks,
                      f"{under}/") if _has_cxkit_hooks(top / ".pre-commit-config.yaml") else None
    if gap is not None:
        steps.append(gap)
    elif _has_cxkit_hooks(top / ".pre-commit-config.yaml"):
        # Two hooks of one id would both run; one that names no --config already finds each file's config.
        steps.append(Step(hooks_file, "skipped", "already has the hooks cxkit-lint and cxkit-fmt; a hook without "
                          f"--config checks each file under its nearest config, {under}/ too"))
    elif (top / ".pre-commit-config.yaml").exists():
        steps.append(Step(hooks_file, "printed",
                          f"pre-commit reads it at the top of the git repository; add these hooks for {under}/ to its `repos:` list", hooks))
    else:
        steps.append(Step(hooks_file, "printed",
                          f"pre-commit reads it only at the top of the git repository: create it there with these lines, set for {under}/",
                          _PRE_COMMIT_HEADER + hooks))
    if _gitlab_only(top) and _runs_cxkit(top / ".gitlab-ci.yml"):
        steps.append(Step(str(top / ".gitlab-ci.yml"), "skipped", "already runs cxkit lint"))
        return steps
    if _gitlab_only(top):
        steps.append(Step(str(top / ".gitlab-ci.yml"), "printed",
                          f"GitLab CI runs this repository, not GitHub Actions: add this job to it, set for {under}/",
                          gitlab_job(under)))
        return steps
    running = next((w for w in sorted((top / ".github" / "workflows").glob("*.y*ml")) if _runs_cxkit(w)), None)
    if running is not None and _covers(running, under):
        steps.append(Step(str(running), "skipped", f"already runs cxkit lint over the repository, {under}/ too"))
        return steps
    if running is not None:
        # Another workspace's workflow (`cxkit init` in marketing/cx, then in sales/pl): a job to add to it, not a
        # second workflow whose job has the same name.
        job = "cxkit-" + (re.sub(r"[^a-z0-9]+", "-", under.lower()).strip("-") or "here")
        steps.append(Step(str(running), "printed",
                          f"already runs cxkit lint in another folder (its `working-directory:`): add this job to its "
                          f"`jobs:`, set for {under}/ (a name of its own), or drop its `working-directory:` so that one "
                          "run at the top checks every workspace, each under its own config and baseline",
                          workflow_job(under, job)))
        return steps
    steps.append(Step(str(top / ".github" / "workflows" / "cxkit.yml"), "printed",
                      f"GitHub reads workflows only at the top of the repository: save this there, set for {under}/",
                      workflow(under)))
    return steps


def _editor_steps(root: Path, editor: str | None, folders: list[str], lang: str | None = None) -> list[Step]:
    """The schema and VS Code's settings (``editor`` "vscode"); the schema alone when one was written before
    (kept as this cxkit writes it); an offer when the folder has VS Code settings but not the schema.
    ``lang``: the workspace's language, which a new schema's hover text is written in."""
    from .editor import SCHEMA_FILE, editor_steps

    if editor is None and not (root / SCHEMA_FILE).is_file():
        if (root / ".vscode").is_dir() and folders:
            return [Step("", "offered", "VS Code can check fields and offer their names as you type: "
                         "`cxkit init --editor vscode` writes the schema and maps the documents to it",
                         folders=(".vscode/",))]
        return []
    return [Step(path, action, note, text) for path, action, note, text in
            editor_steps(root, folders or ["."], settings=editor is not None, lang=lang)]


def _covers(workflow_file: Path, under: str) -> bool:
    """Whether a workflow that runs `cxkit lint` checks ``under`` too: it names no other folder to work in
    (no `working-directory:`) or names one ``under`` lies in."""
    try:
        text = _ci_text(workflow_file)
    except OSError:
        return False
    folders = [m.strip().strip("\"'").rstrip("/") for m in re.findall(r"working-directory:\s*(.+)", text)]
    return all(f in ("", ".") or under == f or under.startswith(f + "/") for f in folders)


def _excluded_workspaces(root: Path, workspaces: list[str]) -> dict[str, str]:
    """The folders of ``workspaces`` (relative to ``root``) that the `exclude` of the config in ``root``
    leaves out, each with the pattern that does: `cxkit lint` there never enters them."""
    configured = _config_in(root)
    if configured is None or not configured.exclude:
        return {}
    from ..globs import matches

    out: dict[str, str] = {}
    for folder in workspaces:
        pattern = next((p for p in configured.exclude if matches(folder, (p,))), None)
        if pattern is not None:
            out[folder] = pattern
    return out


#: How much of a folder `init` looks through for documents of the team's own: a bounded peek, not a scan.
_PEEK_FILES, _PEEK_BYTES, _PEEK_DEPTH = 300, 4096, 3
#: How many folders `init` walks looking for the configs below (by name: nothing is read).
_PEEK_FOLDERS = 20_000
#: The largest file with a `kind:` line that `init` reads whole, to tell a translation table from a document.
_PEEK_WHOLE = 64 * 1024
#: Folders where a repository keeps samples, fixtures and documentation (compared in lower case): a
#: config in one, or below one, is a sample's ("docs/examples/cxkit.toml", "tests/fixtures/cxkit.toml"),
#: not a client's workspace.
_SAMPLE_FOLDERS = frozenset((
    "doc", "docs", "documentation", "example", "examples", "sample", "samples", "demo", "demos",
    "test", "tests", "testing", "testdata", "test-data", "test_data", "fixture", "fixtures", "spec", "specs",
    "template", "templates",
))


@dataclass(frozen=True)
class Peek:
    """What :func:`peek` found below a folder."""

    #: Persona, negative persona and journey files outside the folders with a config of their own.
    documents: list[str]
    #: Folders with a config of their own that hold documents and are no sample: clients' workspaces.
    workspaces: list[str]
    #: The other folders with a config of their own, and why each is no client's workspace.
    samples: list[tuple[str, str]]
    #: Every folder with a config of their own, in the order found.
    nested: list[str]
    #: Whether the walk stopped after ``_PEEK_FOLDERS`` folders, so that a config below may have been missed.
    stopped: bool = False
    #: Folders named as an archive is (`archiwum`, `archive`, `old`, `stare`), ``_PEEK_DEPTH`` deep at most,
    #: that hold a document or a folder with a config of its own: what a team usually keeps unchecked.
    archives: list[str] = field(default_factory=list)
    #: Whether the walk read its ``_PEEK_FILES`` YAML files before it ended: more documents may lie in
    #: folders it did not reach, so ``documents`` does not name every folder that holds some.
    cut: bool = False


#: How many of the documents found `cxkit init` reads for the language of the config it writes.
_LANG_DOCUMENTS = 200


def documents_lang(root: Path) -> tuple[str, int, int] | None:
    """The language most of the documents already in ``root`` are in, with how many say so and how
    many were read: each by its `lang:`, else by its words (:func:`cxkit.workspace.guess_lang`), the
    first ``_LANG_DOCUMENTS`` that :func:`peek` finds.  None when ``root`` holds no document, has a
    config of its own (whose `lang` counts) or holds workspaces of their own (each has its `lang`)."""
    from collections import Counter

    from ..workspace import guess_lang
    from ..yamlio import load_bytes

    if not root.is_dir() or existing_config(root) is not None:
        return None
    seen = _kept_peek(root)
    if seen.workspaces:
        return None
    counts: Counter[str] = Counter()
    for rel in seen.documents[:_LANG_DOCUMENTS]:
        try:
            with open(root / rel, "rb") as fh:
                raw = fh.read(_PEEK_WHOLE)
        except OSError:
            continue
        loaded = load_bytes(raw)
        declared = loaded.data.get("lang") if isinstance(loaded.data, dict) else None
        declared = declared.lower() if isinstance(declared, str) and re.fullmatch(r"[A-Za-z]{2}", declared) else None
        counts[guess_lang(loaded.text or "", declared, None)] += 1
    if not counts:
        return None
    (lang, most), = counts.most_common(1)
    return lang, most, sum(counts.values())


def existing_documents(root: Path) -> list[str]:
    """Persona, negative persona and journey files already under ``root`` and outside the workspaces
    of their own below it (paths from it, sorted); see :func:`peek`."""
    return _kept_peek(root).documents


def _is_document(path: Path) -> bool:
    """Whether the YAML file ``path`` is a cxkit document of the team's: a document's `kind:` line
    near its top, and, read whole, what lint takes for a document and not for a translation table
    (:func:`cxkit.workspace.teams_document`).  Only a file with such a line is read whole, and
    only one of at most ``_PEEK_WHOLE`` bytes (a bigger one is no table of labels)."""
    try:
        if not path.is_file():
            return False  # a pipe would block the read
        with open(path, "rb") as fh:
            head = fh.read(_PEEK_BYTES)
            if DOCUMENT_KIND_RE.search(head.lstrip(b"\xef\xbb\xbf")) is None:
                return False
            raw = head + fh.read(_PEEK_WHOLE + 1 - len(head)) if len(head) == _PEEK_BYTES else head
    except OSError:
        return False
    if len(raw) > _PEEK_WHOLE:
        return True
    from ..workspace import teams_document
    from ..yamlio import load_bytes

    return teams_document(load_bytes(raw), raw)


def _yaml_files(root: str, deep: int | None = _PEEK_DEPTH) -> Iterator[tuple[str, list[str], list[str], int]]:
    """(folder, its sorted subfolders still to walk, its file names, depth) below ``root``, as init peeks:
    hidden folders and tools' folders left out, ``deep`` folders deep (None: at any depth, as `cxkit lint`
    finds the configs below).  The caller may empty the subfolders."""
    base = len(Path(root).parts)
    for folder, dirs, files in os.walk(root):
        depth = len(Path(folder).parts) - base
        dirs[:] = (sorted(d for d in dirs if not d.startswith(".") and d not in TOOL_FOLDERS)
                   if deep is None or depth < deep else [])
        yield folder, dirs, files, depth


#: The peeks of one `cxkit init` by folder (see :func:`peeks_kept`); None outside it.
_PEEKS: dict[str, Peek] | None = None


@contextlib.contextmanager
def peeks_kept() -> Iterator[None]:
    """Within it, :func:`peek` walks a folder once and answers again from what it found: `cxkit init`
    asks it for the language of the documents and whether there were any, beside the workspace's set-up."""
    global _PEEKS
    _PEEKS = {}
    try:
        yield
    finally:
        _PEEKS = None


def peek(root: Path) -> Peek:
    """What ``root`` already holds (see :func:`_peek`), once per folder within :func:`peeks_kept`."""
    return _kept_peek(root)


def _kept_peek(root: Path) -> Peek:
    """:func:`peek`, for the questions init asks beside setting the workspace up (:func:`documents_lang`,
    :func:`existing_documents`): within :func:`peeks_kept` they cost no walk of their own."""
    if _PEEKS is None:
        return _peek(root)
    key = os.path.realpath(root)
    if key not in _PEEKS:
        _PEEKS[key] = _peek(root)
    return _PEEKS[key]


def _peek(root: Path) -> Peek:
    """What ``root`` already holds: documents outside other workspaces, and workspaces of their own.

    The documents are persona, negative persona and journey files (paths from ``root``, sorted).
    A team adopting cxkit in a repository that already holds its personas has no config yet; the
    examples would join its documents there.  The workspaces are the folders below ``root`` with a
    cxkit config of their own (`cxkit.toml`, or a `pyproject.toml` with a [tool.cxkit] table) that
    hold documents, such as an agency's folder per client: `cxkit lint` checks each under its own
    config, and their documents are none of ``root``'s (their folders are not looked into for
    ``root``'s).  A folder with a config but no document (nor a persona or journey folder waiting
    for one), or under a folder for samples, fixtures or documentation (`docs/`, `examples/`,
    `tests/`, ...), is a sample: one such file in a repository does not make its top an agency's.
    Looks at most ``_PEEK_FILES`` YAML files, three folders deep, reading the first ``_PEEK_BYTES``
    of each for a `kind:` line, and as many again inside the folders with a config (a folder not
    settled when they run out counts as a workspace).  The configs themselves are looked for at any
    depth, as `cxkit lint` finds them, by name only, in the first ``_PEEK_FOLDERS`` folders (``stopped``
    says when there were more).
    """
    from ..config import holds_config

    found: list[str] = []
    workspaces: list[str] = []
    samples: list[tuple[str, str]] = []
    nested: list[str] = []
    looked = walked = 0
    budget = [_PEEK_FILES]  # YAML files read inside folders with a config of their own
    archived: list[str] = []
    for folder, dirs, files, depth in _yaml_files(str(root), deep=None):
        walked += 1
        if walked > _PEEK_FOLDERS:
            return Peek(found, workspaces, samples, nested, True, _archives(archived, found, nested))
        if depth and depth <= _PEEK_DEPTH and Path(folder).name.lower() in _ARCHIVE_NAMES:
            archived.append(Path(folder).relative_to(root).as_posix())
        if depth and holds_config(folder, files):
            dirs[:] = []
            rel = Path(folder).relative_to(root).as_posix()
            nested.append(rel)
            sample = next((part for part in rel.split("/") if part.lower() in _SAMPLE_FOLDERS), None)
            if sample is not None:
                samples.append((rel, f"it lies in {sample}/" if sample != rel.rsplit("/", 1)[-1] else f"it is named {sample}/"))
            elif _holds_documents(folder, budget) is False and not _set_up_for_documents(Path(folder)):
                samples.append((rel, "it holds no persona or journey"))
            else:
                workspaces.append(rel)
            continue
        if depth > _PEEK_DEPTH:
            continue  # below that, configs only
        for name in sorted(files):
            if not name.endswith((".yaml", ".yml")):
                continue
            looked += 1
            if looked > _PEEK_FILES:
                break  # the documents peeked at are enough; the configs are still looked for
            path = Path(folder) / name
            if _is_document(path):
                found.append(path.relative_to(root).as_posix())
    return Peek(found, workspaces, samples, nested, False, _archives(archived, found, nested), looked > _PEEK_FILES)


#: Names of folders that keep old documents (compared in lower case): `cxkit init` offers to `exclude` them.
_ARCHIVE_NAMES = frozenset((
    "archiwum", "archiwa", "archive", "archives", "archived", "old", "stare", "stary", "stara", "legacy", "obsolete",
    "deprecated", "backup", "backups", "kopia", "kopie",
))


def _archives(folders: list[str], documents: list[str], nested: list[str]) -> list[str]:
    """The archive-named ``folders`` (the outermost of each nest) that hold one of ``documents`` or of the
    folders with a config of their own (``nested``)."""
    out: list[str] = []
    for folder in folders:
        if any(folder.startswith(f + "/") for f in out):
            continue
        if any(p.startswith(folder + "/") for p in documents) or any(n == folder or n.startswith(folder + "/")
                                                                   for n in nested):
            out.append(folder)
    return out


def _holds_documents(folder: str, budget: list[int]) -> bool | None:
    """Whether ``folder`` holds a persona or journey file; None when ``budget`` ran out first."""
    for sub, _dirs, files, _depth in _yaml_files(folder):
        for name in sorted(files):
            if not name.endswith((".yaml", ".yml")):
                continue
            if budget[0] <= 0:
                return None
            budget[0] -= 1
            if _is_document(Path(sub) / name):
                return True
    return False


def _set_up_for_documents(folder: Path) -> bool:
    """Whether a folder with a config of its own but no document yet is set up for them: it holds
    its persona or journey folder (`personas/`, `journeys/`, or what its config names), as
    `cxkit init FOLDER --no-examples` leaves a client's workspace.  A config alone is no client's."""
    return any((folder / name).is_dir() for name in workspace_folders(folder))


def existing_config(root: Path) -> str | None:
    """The cxkit config already in ``root`` ("cxkit.toml", "[tool.cxkit] in pyproject.toml"), valid or not, or None."""
    toml = root / "cxkit.toml"
    if toml.exists():  # not a link that leads nowhere: that holds no config (the config step says what it is)
        return "cxkit.toml"
    pyproject = root / "pyproject.toml"
    try:
        if pyproject.is_file() and _has_cxkit_table(_ci_bytes(pyproject)):
            return "[tool.cxkit] in pyproject.toml"
    except OSError:
        pass
    return None


def check_config(root: Path) -> None:
    """Raise :class:`cxkit.config.ConfigError`, located as `cxkit lint` run in ``root`` gives it, when the
    config that sits in ``root`` is invalid (bad TOML, an unknown key, a bad value or rule setting).

    Init never writes a config where one is: it would set up folders, hooks and CI by the defaults
    where the team's settings say otherwise, and call the workspace ready while every command there
    exits 2.  So it refuses before writing anything, and the user fixes the config and runs it again.
    """
    from ..config import ConfigError, find_config, load_config, located_said

    found = find_config(root) if root.is_dir() else None
    if found is None or found.parent.resolve() != root.resolve():
        return
    try:
        load_config(found)
    except ConfigError as exc:
        if found.name == "pyproject.toml" and not _names_cxkit_table(found):
            return  # a broken pyproject.toml that only mentions cxkit (a dependency): cxkit.toml is written beside it
        raise ConfigError(located_said(exc, exc.lang == "pl")) from None  # as lint says it, Polish too


def broken_configs_below(root: Path, seen: Peek | None = None) -> list[str]:
    """The errors, located as `cxkit lint` run in ``root`` gives them, of the invalid configs below
    ``root`` that such a lint reads: those of the folders with a config of their own that :func:`peek`
    finds (a client's workspace in an agency's folder, a sample's), unless the `paths` in force here
    leave them out (``root``'s config's, or the persona and journey folders init writes into a new
    ordinary workspace's config) or ``root``'s `exclude` does, as lint's scan asks them: a path inside
    such a folder takes it in, and `exclude` leaves it out by matching it, a folder above it, or
    every path in it (`archiwum/**`).
    Call it after :func:`check_config`; ``seen`` is :func:`peek`'s answer for ``root`` when the caller has it.

    Lint stops at such a config (exit 2), so init, which would say "`cxkit lint` checks every
    workspace", refuses before writing anything, as it does for ``root``'s own config.
    """

    if seen is None:
        seen = peek(root) if root.is_dir() else None
    if seen is None or not seen.nested:
        return []
    configured = _config_in(root)
    if configured is not None:
        paths = list(configured.paths)
    elif seen.workspaces:
        paths = []  # the config init writes above workspaces of their own has no `paths`
    else:
        paths = list(workspace_folders(root))
    read = [folder for folder in seen.nested
            if not paths or not _left_out(paths, [folder]) or _holds_path(folder, paths)]
    if configured is not None and configured.exclude:
        from ..discovery import is_excluded_folder

        # A folder the top's `exclude` leaves out whole (or one above it) is never entered, so lint
        # reads no config in it. Asked of the folder, as the scan asks it: `archiwum`, `archiwum/`,
        # `archiwum/**` and `archiwum/*` leave out archiwum/cxkit.toml, `archiwum/*.yaml` does not.
        read = [folder for folder in read if not any(
            is_excluded_folder(above, configured.exclude) for above in _folder_and_above(folder))]
    errors = []
    for folder in read:
        try:
            check_config(root / folder)
        except ConfigError as exc:
            if not _git_ignores(root, folder, configured):
                errors.append(str(exc))
    return errors


def _git_ignores(root: Path, folder: str, configured: Any) -> bool:
    """Whether git ignores ``folder`` (a path from ``root``) or a folder above it, so that lint's scan
    here, which skips what git ignores (`respect-gitignore`, on unless ``root``'s config turns it
    off), never enters it nor reads its config. Asked only of a broken config's folder: one git run."""
    from ..config import Config
    from ..discovery import git_ignored

    ignored = git_ignored(str(root), configured if configured is not None else Config(root=root))
    return any(f"{above}/" in ignored for above in _folder_and_above(folder))


def _holds_path(folder: str, paths: list[str]) -> bool:
    """Whether a configured path lies inside ``folder`` (`klienci/b/personas` in `klienci/b`): lint
    checks the files there under that folder's own config, so it reads that config."""
    within = [os.path.normpath(p).replace(os.sep, "/") for p in paths]
    return any(p.startswith(folder.rstrip("/") + "/") for p in within)


def _folder_and_above(folder: str) -> list[str]:
    """``folder`` (a path from the top, `stare/archiwum`) and each folder above it below the top."""
    parts = folder.split("/")
    return ["/".join(parts[:n]) for n in range(1, len(parts) + 1)]


#: `[tool.cxkit]`, `[tool.cxkit.rules.x]` or `tool.cxkit.lang = ...`, as a pyproject.toml that does not parse may spell it.
_CXKIT_TABLE = re.compile(rb"""tool\s*\.\s*["']?cxkit\b""")


def _names_cxkit_table(pyproject: Path) -> bool:
    """Whether a pyproject.toml (read even when it is not valid TOML, or is UTF-16) names a [tool.cxkit] table."""
    try:
        return _CXKIT_TABLE.search(_ci_bytes(pyproject).replace(b"\x00", b"")) is not None
    except OSError:
        return True


def _config_in(root: Path) -> Any:
    """The config that already sits in ``root`` (not in a folder above it), or None."""
    from ..config import ConfigError, find_config, load_config

    found = find_config(root) if root.is_dir() else None
    if found is None or found.parent.resolve() != root.resolve():
        return None
    try:
        return load_config(found)
    except ConfigError:
        return None


def workspace_folders(root: Path) -> tuple[str, str]:
    """The persona and journey folders of a config that already sits in ``root``."""
    config = _config_in(root)
    if config is None:
        return "personas", "journeys"
    return config.persona_dir.rstrip("/") or "personas", config.journey_dir.rstrip("/") or "journeys"


def _hooks_leaving_out(path: Path, probes: Sequence[str], config: str = "") -> dict[str, str]:
    """Of cxkit's two hooks in the pre-commit config ``path`` (found by id), each that does not check the
    files ``probes`` (paths from the repository's top, such as `cx/personas/x.yaml`), with why: its `files`
    pattern leaves them out or its `exclude` takes them, its `--config` names another config than ``config``
    (this workspace's, from the top; "" when it has none of its own there), or the folders it names do not
    hold them.  Empty when both check them, or when the file cannot be read as pre-commit reads it (then
    the ids decide, as before)."""
    from ..yamlio import load_bytes

    try:
        loaded = load_bytes(_ci_bytes(path))
    except OSError:
        return {}
    data = loaded.data if isinstance(loaded.data, dict) else {}
    hooks: dict[Any, list[dict[str, Any]]] = {}
    for repo in data.get("repos") or []:
        for hook in (repo.get("hooks") or []) if isinstance(repo, dict) else []:
            if isinstance(hook, dict):
                hooks.setdefault(hook.get("id"), []).append(hook)
    out: dict[str, str] = {}
    for hook_id in ("cxkit-lint", "cxkit-fmt"):
        # Hooks of one id all run (a local one and a remote one): one that checks the files is cover.
        gaps = [_hook_gap(hook, probes, config) for hook in hooks.get(hook_id, [])]
        if gaps and all(gaps):
            out[hook_id] = next(g for g in gaps if g)
    return out


def _hook_gap(hook: dict[str, Any], probes: Sequence[str], config: str) -> str:
    """Why the pre-commit hook ``hook`` does not check the files ``probes`` (see :func:`_hooks_leaving_out`);
    "" when it checks them, or when it cannot be read as pre-commit reads it."""
    import shlex

    try:
        words = shlex.split(str(hook.get("entry") or "")) + [str(a) for a in hook.get("args") or []]
        files, skip = re.compile(str(hook.get("files") or "")), re.compile(str(hook.get("exclude") or "^$"))
    except (ValueError, re.error):
        return ""
    named_config = next((w.split("=", 1)[1] if "=" in w else words[i + 1] if i + 1 < len(words) else ""
                         for i, w in enumerate(words) if w == "--config" or w.startswith("--config=")), None)
    if named_config is not None and os.path.normpath(named_config) != os.path.normpath(config or "."):
        return f"it runs under --config {named_config}"
    folders = _hook_folders(words)
    if folders and not all(any(p == f or p.startswith(f.rstrip("/") + "/") for f in folders) for p in probes):
        return f"it checks only {', '.join(folders)}"
    if not all(files.search(p) and not skip.search(p) for p in probes):
        pattern = hook.get("files") if not all(files.search(p) for p in probes) else hook.get("exclude")
        key = "files" if pattern == hook.get("files") else "exclude"
        return f"its `{key}: {pattern}` leaves out {probes[0]}"
    return ""


def _hook_folders(words: list[str]) -> list[str]:
    """The folders a hook's `cxkit lint FOLDER` or `cxkit fmt FOLDER` names (none: it checks what pre-commit
    passes, or the whole workspace).  An option's value (`--config X`, `-f json`) is no folder."""
    takes_value = {"--config", "--format", "-f", "--fail-level", "--select", "--ignore", "--extend-select", "--jobs",
                   "-j", "--output-file", "-o", "--stdin-filename", "--files-from"}
    try:
        at = next(i for i, w in enumerate(words) if w in ("lint", "fmt")) + 1
    except StopIteration:
        return []
    out, skip_next = [], False
    for word in words[at:]:
        if skip_next:
            skip_next = False
        elif word.startswith("-"):
            skip_next = word in takes_value
        else:
            out.append(os.path.normpath(word).replace(os.sep, "/"))
    return [f for f in out if f != "."] if "." not in out else []


def _hooks_step(path: str, file: Path, probes: Sequence[str], config: str, hooks: str, folder: str) -> Step | None:
    """The step for a pre-commit config that has cxkit's hooks by id but whose hooks leave out ``folder``
    (see :func:`_hooks_leaving_out`): the hooks to add, under ids of their own; None when they check it."""
    gaps = _hooks_leaving_out(file, probes, config)
    if not gaps:
        return None
    why = "; ".join(f"{hook_id}: {reason}" for hook_id, reason in gaps.items())
    suffix = re.sub(r"[^a-z0-9]+", "-", folder.lower()).strip("-") or "here"
    entries = hooks.split("      - id: ")
    kept = [entries[0]] + [e for e in entries[1:] if e.split("\n", 1)[0].strip() in gaps]
    text = "      - id: ".join(kept)
    for hook_id in gaps:
        text = text.replace(f"      - id: {hook_id}\n", f"      - id: {hook_id}-{suffix}\n")
    if len(gaps) == 1:
        return Step(path, "printed", f"has the hook {next(iter(gaps))}, but it leaves out {folder} ({why}); add this one "
                    "to its `repos:` list (an id of its own: two hooks of one id would both run), or widen that one", text)
    return Step(path, "printed", f"has the hooks {' and '.join(gaps)}, but they leave out {folder} ({why}); add these "
                "to its `repos:` list (ids of their own: two hooks of one id would both run), or widen those", text)


def _has_cxkit_hooks(path: Path) -> bool:
    """Whether a pre-commit config already holds cxkit's two hooks (as init writes or prints them)."""
    try:
        text = _ci_text(path)
    except OSError:
        return False
    return all(re.search(rf"^\s*-?\s*id:\s*['\"]?{hook}['\"]?\s*(?:#.*)?$", text, re.M) for hook in ("cxkit-lint", "cxkit-fmt"))


def _ids_in(root: Path) -> dict[str, Any]:
    """The document ids of the workspace in ``root`` (its config's paths, else the folder), by id."""
    from ..config import Config
    from .new import scan_workspace

    config = _config_in(root) or Config(root=root.resolve())
    try:
        return scan_workspace(config)
    except OSError:
        return {}


def workspace_lang(root: Path) -> str | None:
    """The `lang` of a config that already sits in ``root``: the examples are written in it.

    Without one there, the `lang` of the nearest config above, else the one most of the configs beside
    ``root`` share (an agency's `clients/x` among clients that are all `pl`), rather than the locale."""
    config = _config_in(root)
    if config is not None:
        return config.lang
    here = Path(os.path.abspath(root))
    from ..config import ConfigError, find_config, load_config

    above = find_config(here.parent) if here.parent != here else None
    if above is not None:
        try:
            lang = load_config(above, check_rules=False).lang
        except (ConfigError, OSError):
            lang = None
        if lang is not None:
            return lang
    counts: dict[str, int] = {}
    try:
        siblings = sorted(p for p in here.parent.iterdir() if p.is_dir() and p != here)[:200]
    except OSError:
        siblings = []
    read: dict[str, Any] = {}
    for sibling in siblings:
        lang = _sibling_lang(sibling, read)
        if lang is not None:
            counts[lang] = counts.get(lang, 0) + 1
    if counts and sorted(counts.values())[-1] * 2 > sum(counts.values()):
        return max(counts, key=lambda k: counts[k])
    return None


#: The largest config file read for a sibling's language: a config is a few kilobytes.
_SIBLING_READ_MAX = 64 * 1024
#: How many `extend` steps a sibling's language is followed through.
_SIBLING_HOPS = 4


def _sibling_lang(folder: Path, read: dict[str, Any]) -> str | None:
    """The `lang` of the config in the sibling ``folder`` (a cxkit.toml, or a pyproject.toml's [tool.cxkit]), or of
    the config its `extend` names (a few steps at most); None where none is found.  Only regular files of at most
    :data:`_SIBLING_READ_MAX` bytes are read, each once (``read``: by real path), and nothing else of them is
    checked: up to 200 siblings are asked, any of which may be another pull request's folder (a sibling extending
    a 50 MB file made `cxkit init` take 25 s)."""
    from ..config import CONFIG_FILE, PYPROJECT
    from ..langs import lang_code
    from ..limits import read_capped

    def table_of(path: Path) -> Any:
        key = os.path.realpath(path)
        if key not in read:
            try:
                raw = tomllib.loads(read_capped(key, _SIBLING_READ_MAX).decode("utf-8-sig"))
            except (OSError, ValueError, RecursionError):
                raw = None
            if raw is not None and path.name == PYPROJECT:
                tool = raw.get("tool")
                raw = tool.get("cxkit") if isinstance(tool, dict) else None
            read[key] = raw if isinstance(raw, dict) else None
        return read[key]

    path = folder / CONFIG_FILE
    table = table_of(path) if os.path.lexists(path) else None
    if table is None and not os.path.lexists(path):
        path = folder / PYPROJECT
        table = table_of(path) if os.path.lexists(path) else None
    for _hop in range(_SIBLING_HOPS):
        if table is None:
            return None
        said, extend = table.get("lang"), table.get("extend")
        if said is not None:
            return lang_code(said) if isinstance(said, str) else None
        if not isinstance(extend, str) or not extend.strip():
            return None
        path = Path(os.path.normpath(path.parent / extend.strip().replace("\\", "/")))
        table = table_of(path)
    return None


def _inside(root: Path, folder: str) -> bool:
    """Whether a configured folder (relative to the config) lies inside ``root``."""
    if os.path.isabs(folder):
        return False
    return os.path.normpath(os.path.join("x", folder)).split(os.sep)[0] == "x"


def _create(root: Path, rel: str, text: str) -> Step:
    path = root / rel
    if path.is_symlink() and not path.exists():
        return Step(rel, "skipped", f"a link to {visible_name(os.readlink(path))}, which does not exist: init never writes "
                    "through a link")
    if path.exists() or path.is_symlink():
        return Step(rel, "skipped", "already exists")
    real, top = os.path.realpath(path.parent), os.path.realpath(root)
    if real != top and not real.startswith(os.path.join(top, "")):
        # `.github/workflows` a link to another folder: init writes only inside the folder it sets up.
        return Step(rel, "skipped", f"its folder leads out of this folder through a link, to {visible_name(real)}; "
                    "init writes only inside it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text)
    except (FileExistsError, NotADirectoryError):
        return Step(rel, "failed", "cannot write it: its folder could not be made")
    except OSError as exc:
        return Step(rel, "failed", f"cannot write it: {exc.strerror or exc}")
    return Step(rel, "created")


def _archives_to_offer(root: Path, archives: Sequence[str], above: bool) -> list[str]:
    """The archive-named folders (:attr:`Peek.archives`) that `cxkit lint` here would check: taken in by the
    `paths` of the config in ``root`` (or of the one init writes: the persona and journey folders, none
    ``above`` workspaces of their own) and left in by its `exclude`."""
    from ..discovery import is_excluded_folder

    configured = _config_in(root)
    if configured is not None:
        paths, exclude = list(configured.paths), list(configured.exclude)
    elif existing_config(root) is not None:
        return []  # a config lint refuses: init stops at it before this
    else:
        paths, exclude = ([] if above else list(workspace_folders(root))), []
    try:  # a folder the config there names already (the offer written commented out) is not offered again
        written = "".join((root / name).read_text(encoding="utf-8", errors="replace")
                          for name in ("cxkit.toml", "pyproject.toml") if (root / name).is_file())
    except OSError:
        written = ""
    return [folder for folder in archives
            if (not paths or not _left_out(paths, [folder]) or _holds_path(folder, paths))
            and not any(is_excluded_folder(part, exclude) for part in _folder_and_above(folder))
            and f'"{folder}"' not in written and f"'{folder}'" not in written]


#: The languages whose Excel writes decimals with a comma and so opens a CSV by a double click only when its fields
#: are separated by ";": a config init writes for one of them offers `[render] csv-separator = ";"`, commented out;
#: for Polish (:data:`_SEMICOLON_SET`) it sets it.
_SEMICOLON_EXCEL = frozenset(("pl", "cs", "sk", "de", "uk", "ru", "fr", "es", "it", "pt", "nl"))
#: The languages whose workspace init writes with `csv-separator = ";"` in force: a Polish team's readers open the
#: export in Excel set to Polish, where a comma-separated file shows each row in one column.
_SEMICOLON_SET = frozenset(("pl",))


def _csv_lines(lang: str, pyproject: bool) -> str:
    """The lines of a config init writes for a workspace in ``lang`` that set the CSV export's `;` separator
    (Polish), or offer it commented out (the other languages whose Excel expects it); "" for a language whose
    Excel reads the comma.  Offered, not set, elsewhere: Excel in English, Google Sheets and tools that expect
    RFC 4180 read a `;` file as one column.  Last in the file, so that uncommenting the offer's table header puts
    no other setting in it; the Polish setting is a dotted key (``render.csv-separator``), under no header."""
    if lang not in _SEMICOLON_EXCEL:
        return ""
    table = "tool.cxkit.render" if pyproject else "render"
    if lang in _SEMICOLON_SET:
        # A dotted key, not a `[render]` table: a top-level key added below it later (`baseline = …`, as the
        # adoption advice says) stays top-level, where under a table header it would be the table's.
        return ("# `cxkit render -f csv` separates fields with \";\": Excel set to Polish opens a CSV by a double click\n"
                "# only so, and shows each row in one column with a comma. For Google Sheets, Excel in English or a\n"
                "# tool that reads RFC 4180, write \",\" here, or export with --csv-separator ',' (docs/render.md, CSV).\n"
                "render.csv-separator = \";\"\n")
    return ("# `cxkit render -f csv` separates fields with a comma. Excel set to Polish (or to another language that\n"
            "# writes decimals with a comma) opens a CSV by a double click only with \";\", and shows each row in one\n"
            "# column otherwise. If your readers open the export so, uncomment the two lines below; keep the comma\n"
            "# where the file travels further (docs/render.md, CSV).\n"
            f"# [{table}]\n# csv-separator = \";\"\n")


def _archive_lines(archives: Sequence[str]) -> str:
    """The lines a config written by init gets for the archive-named folders lint would check: `exclude`,
    commented out, to uncomment when they are archives indeed."""
    import json

    names = ", ".join(f"{a}/" for a in archives)
    return (f"# {names} look{'s' if len(archives) == 1 else ''} like an archive of old documents, which `cxkit lint` "
            "here checks.\n# To leave it unchecked (a file in it named on the command line is still checked), uncomment:\n"
            f"# exclude = [{', '.join(json.dumps(a, ensure_ascii=False) for a in archives)}]\n"
            "# A journey outside it that names a persona in it then gets CX004 (no such persona is checked): keep such\n"
            "# a folder checked and record its findings with `cxkit lint --write-baseline` instead (docs/adopting.md).\n")


def _named_from_outside(root: Path, archives: Sequence[str], documents: Sequence[str]) -> tuple[str, str] | None:
    """A journey outside the archive-named folders ``archives`` that names (`persona:`) a persona in one of
    them, among the ``documents`` init's peek found (paths from ``root``): (the journey's path, the persona's
    id), or None.  Leaving such a folder out makes lint report the journey's persona as missing (CX004)."""
    from ..yamlio import load_bytes

    def inside(path: str) -> bool:
        return any(path.startswith(a.rstrip("/") + "/") for a in archives)

    archived: set[str] = set()
    journeys: list[tuple[str, str]] = []
    for path in documents:
        try:
            data = load_bytes((root / path).read_bytes()).data
        except Exception:  # noqa: BLE001 - a file that does not parse names nothing init can tell
            continue
        if not isinstance(data, dict):
            continue
        kind, ident, persona = data.get("kind"), data.get("id"), data.get("persona")
        if kind == "persona" and isinstance(ident, str) and inside(path):
            archived.add(ident)
        elif kind == "journey" and isinstance(persona, str) and not inside(path):
            journeys.append((path, persona))
    return next(((path, persona) for path, persona in sorted(journeys) if persona in archived), None)


def _archive_step(archives: Sequence[str], made: Step, existing: str | None,
                  named: tuple[str, str] | None = None) -> Step:
    """What init says of the archive-named folders lint would check: where the `exclude` offered is (the
    config it wrote has it commented out), or what to add to the config that was there (never rewritten).
    ``named``: a journey outside them naming a persona in them (see :func:`_named_from_outside`): leaving
    them out would turn its `persona:` into a CX004 error, so the baseline is offered instead."""
    import json

    listed = ", ".join(json.dumps(a, ensure_ascii=False) for a in archives)
    what = f"look{'s' if len(archives) == 1 else ''} like an archive of old documents, and `cxkit lint` here checks "
    if made.action in ("created", "appended") and existing is None:
        where = "pyproject.toml" if made.path == "pyproject.toml" else "cxkit.toml"
        how = f"{where} has `exclude = [{listed}]` written commented out: uncomment it to leave {'it' if len(archives) == 1 else 'them'} unchecked"
    else:
        how = (f"to leave {'it' if len(archives) == 1 else 'them'} unchecked, add {listed} to `exclude` in "
               f"{existing or made.path} (init never rewrites a config)")
    if named is not None:
        how += (f"; but {named[0]} names the persona {named[1]!r} in "
                + ("it" if len(archives) == 1 else "them") + ", and left out it would be a missing persona there "
                "(CX004): keep it checked and record its findings with `cxkit lint --write-baseline` instead")
    return Step("", "offered", what + ("it" if len(archives) == 1 else "them") + f"; {how}",
                folders=tuple(f"{a}/" for a in archives))


def _config_above(root: Path) -> str | None:
    """The config a config written in ``root`` extends, as its path from ``root`` (`../cxkit.toml`): the
    nearest one in a folder above, inside the git repository ``root`` is in (one outside it, a home
    folder's, is not there in a CI checkout); None when there is none."""
    from ..config import find_config

    here = Path(os.path.abspath(root)).resolve()
    found = find_config(here.parent) if here.parent != here else None
    if found is None:
        return None
    top = work_tree_top(str(here))
    if top is not None and not found.resolve().is_relative_to(Path(top).resolve()):
        return None
    return Path(os.path.relpath(found.resolve(), here)).as_posix()


def _extends_nothing(path: Path) -> bool:
    """Whether the config in ``path`` (cxkit.toml, or pyproject.toml's [tool.cxkit]) reads, and sets no
    `extend`; False when it cannot be read."""
    table = _config_table(path)
    return table is not None and "extend" not in table


def _config_table(path: Path) -> dict[str, Any] | None:
    """The settings of the config in ``path`` (cxkit.toml, or pyproject.toml's [tool.cxkit]); None when it
    cannot be read."""
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    if path.name == "pyproject.toml":
        tool = table.get("tool")
        table = tool.get("cxkit") if isinstance(tool, dict) else None
    return table if isinstance(table, dict) else None


def _lang_set_by(root: Path, extends: str) -> str:
    """The config that sets the `lang` a config extending ``extends`` inherits, as its path from ``root``:
    ``extends`` itself, or one it extends in turn (`../../cxkit.toml` through a group's config that sets
    none); ``extends`` when the chain cannot be followed."""
    path = root / extends
    seen: set[Path] = set()
    while path.resolve() not in seen and len(seen) < 20:
        seen.add(path.resolve())
        table = _config_table(path)
        if table is None:
            break
        if "lang" in table:
            return Path(os.path.relpath(path, root)).as_posix()
        nxt = table.get("extend")
        if not isinstance(nxt, str) or not nxt.strip():
            break
        path = path.parent / os.path.expanduser(nxt)
    return extends


def _extending(settings: str, extends: str, inherited_lang: str | None = None, lang_from: str | None = None) -> str:
    """``settings`` for a workspace inside the folder of another config: `extend` of that one first, so
    that every setting it makes (`exclude`, rules, severities) holds here too, and no `fail-level` of
    this file's own (commented out) to hide the one it sets; nor a `lang` of its own when it is the one
    that config gives (``inherited_lang``, set in ``lang_from``, ``extends`` or a config it extends), so
    that a later change of that `lang` reaches this workspace."""
    import json

    head = (f"# Every setting of {extends} (the config of the folder above) holds here too, unless set\n"
            f"# again below.\nextend = {json.dumps(extends, ensure_ascii=False)}\n")
    settings = settings.replace('\nfail-level = "warning"\n', f"\n# fail-level = \"warning\"  (as {extends} sets it, unless set here)\n")
    if inherited_lang is not None:
        own = f'\nlang = {json.dumps(inherited_lang)}\n'
        settings = settings.replace(own, f"\n# lang = {json.dumps(inherited_lang)}  (as {lang_from or extends} sets it, "
                                         "unless set here)\n")
    return head + settings


def _inherited_lang(root: Path, extends: str) -> str | None:
    """The `lang` the config ``extends`` (a path from ``root``) gives a config that extends it; None when it
    sets none or cannot be read."""
    from ..config import load_config

    try:
        return load_config(root / extends, check_rules=False).lang
    except (ConfigError, OSError):
        return None


def _config(
    root: Path, lang: str, above: bool = False, archives: Sequence[str] = (), extends: str | None = None,
    held: Sequence[str] = (), listed: bool = False, partial: bool = False,
) -> Step:
    try:
        made = _write_config(root, lang, above, archives, extends, held, listed, partial)
        if extends is not None and made.action in ("created", "appended"):
            said = f"{made.note}; " if made.note else ""
            return Step(made.path, made.action, f"{said}extends {extends}, the config of the folder above: its "
                        "settings hold here too")
        if extends is not None and made.action == "skipped" and _extends_nothing(root / made.path):
            import json

            # The config of a folder set up before (a market's, with no `extend`): said, never rewritten.
            return Step(made.path, made.action, f"{made.note}; it does not extend {extends}, the config of the "
                        f"folder above, so none of its settings hold here: to have them, add "
                        f"`extend = {json.dumps(extends, ensure_ascii=False)}` to it")
        return made
    except OSError as exc:  # a read-only folder: reported, and the rest is still tried
        name = "pyproject.toml" if exc.filename is not None and Path(exc.filename).name == "pyproject.toml" else "cxkit.toml"
        return Step(name, "failed", f"cannot write it: {exc.strerror or exc}")


def _write_config(
    root: Path, lang: str, above: bool = False, archives: Sequence[str] = (), extends: str | None = None,
    held: Sequence[str] = (), listed: bool = False, partial: bool = False,
) -> Step:
    """Write the config; ``held``: the folders (from ``root``; "" for itself) of the documents it holds
    already, which make it a config with no `paths` (:func:`_no_paths_lines`), or, beside folders with a
    config of their own (``listed``), with `paths` that name them (:func:`_held_paths_lines`);
    ``partial``: init's peek did not read every file, so ``held`` may miss some folders."""
    settings = Template(_SETTINGS_ABOVE if above else _SETTINGS).substitute(lang=lang)
    if held and not above:
        lines = _held_paths_lines(held) if listed else _no_paths_lines(held, partial)
        settings = settings.replace(_PATHS_LINES, lines, 1)
    if archives:
        settings += _archive_lines(archives)
    if extends is not None:
        settings = _extending(settings, extends, _inherited_lang(root, extends), _lang_set_by(root, extends))
    toml = root / "cxkit.toml"
    if toml.is_symlink() and not toml.exists():  # a dangling link, as for every other file: never written through
        return Step("cxkit.toml", "skipped", f"a link to {visible_name(os.readlink(toml))}, which does not exist: init "
                    "never writes through a link; delete it, or create that file")
    if toml.exists():
        return Step("cxkit.toml", "skipped", "already exists")
    pyproject = root / "pyproject.toml"
    if pyproject.is_symlink():
        # A link (committed by anyone, leading anywhere): its [tool.cxkit] section would be appended to the file it
        # leads to.  As `cxkit new` and `fmt --fix`: never written through; cxkit.toml says the same beside it.
        write_atomic(toml, "# cxkit settings for this workspace.\n" + settings + _csv_lines(lang, False))
        return Step("cxkit.toml", "created", f"pyproject.toml is a link (to {visible_name(os.readlink(pyproject))}), "
                    "which init never writes through, so it was left alone")
    if pyproject.is_file():
        try:
            raw = pyproject.read_bytes()
        except OSError as exc:  # it may hold a [tool.cxkit] table: no cxkit.toml to shadow it
            return Step("pyproject.toml", "failed", f"cannot read it: {exc.strerror or exc}")
        has_table = _has_cxkit_table(raw)
        if has_table:
            return Step("pyproject.toml", "skipped", "already has a [tool.cxkit] section")
        if has_table is False:
            # Append only: every existing byte stays where it is.  The new lines end as the file's do.
            eol = b"\r\n" if b"\r\n" in raw else b"\n"
            sep = b"" if raw.endswith(b"\n") or not raw else eol
            addition = ("\n[tool.cxkit]\n" + settings + _csv_lines(lang, True)).encode("utf-8").replace(b"\n", eol)
            new = raw + sep + addition
            if _has_cxkit_table(new):
                try:
                    write_atomic(pyproject, new)
                except OSError as exc:
                    if exc.errno not in (errno.EACCES, errno.EPERM) or not os.access(root, os.W_OK | os.X_OK):
                        raise  # a full disk, a read-only mount or folder: cxkit.toml would fail the same way
                    # The file itself refused (read-only): cxkit.toml says the same, beside it.
                    write_atomic(toml, "# cxkit settings for this workspace.\n" + settings + _csv_lines(lang, False))
                    return Step("cxkit.toml", "created", f"pyproject.toml cannot be written: {exc.strerror or exc}; it was left alone")
                return Step("pyproject.toml", "appended", "[tool.cxkit] section")
        # A pyproject.toml we cannot parse, or extend by appending, is left alone; cxkit.toml wins over it anyway.
        write_atomic(toml, "# cxkit settings for this workspace.\n" + settings + _csv_lines(lang, False))
        if has_table is None:
            return Step("cxkit.toml", "created", "pyproject.toml is not valid TOML, so it was left alone")
        # `tool = {ruff = {...}}` written inline (or `tool` not a table): a [tool.cxkit] header cannot follow it.
        return Step("cxkit.toml", "created", "pyproject.toml writes `tool` as an inline value, so no [tool.cxkit] section can follow it; it was left alone")
    write_atomic(toml, "# cxkit settings for this workspace.\n" + settings + _csv_lines(lang, False))
    return Step("cxkit.toml", "created")
