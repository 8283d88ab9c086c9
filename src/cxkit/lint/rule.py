"""The shape of a lint rule.

A rule is a small class: a code for machines, a kebab-case name for humans, a
default severity, a docstring that is its documentation, an optional options
model, and one ``check`` method that yields :class:`Hit` objects.  The engine
does everything else: configuration, positions of the file, suppression,
severity, output and exit codes.

Docstring layout (``cxkit rule NAME`` and docs/rules.md are generated from it)::

    One-line summary.

    What it checks, in a paragraph or two.

    Why: the idea of the method it encodes.

    Bad:
        <yaml>

    Good:
        <yaml>

A workspace rule (``scope = "workspace"``) implements ``check_workspace`` instead, and must keep
the contract written there: with worker processes, lint may run it early on part of the files
and again at the end.

A rule that compares with today's date reads it from :mod:`cxkit.clock`, never from
``datetime``: the lint cache keeps each result for the days it holds on.  ``clock.today()``
makes the answers hold that day only (always right); a rule that knows for how long its answer
stands reads ``clock.peek()`` and says so for each answer with ``clock.holds(first, last)`` or
``clock.steady(...)`` ("fresh until the anniversary"), so that its results stay cached across days.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Iterable

from pydantic import AfterValidator, BaseModel, ConfigDict

from .finding import Hit, Severity

if TYPE_CHECKING:
    from ..workspace import Document, WorkspaceIndex


class RuleOptions(BaseModel):
    """Per-rule options; keys are written in kebab-case in config.

    Values are taken as TOML typed them, never coerced: `true` is not the
    number 1, "12" is not a number, 12.0 is not a whole number (a whole
    number is a fine float); `nan` and `inf` are refused.  Give every number
    a range (ge/le) and say it in the description: docs/rules.md shows it.
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True, strict=True, allow_inf_nan=False)


class OptionValueError(ValueError):
    """A rule's own check of an option's value refused it: the message in English, ``pl`` its Polish twin, which the
    config's error says in a Polish workspace (:func:`cxkit.lint.engine.build_ruleset`). A plugin's check may raise
    it too; a plain ValueError is said in English in every workspace."""

    def __init__(self, message: str, pl: str | None = None) -> None:
        super().__init__(message)
        self.pl = pl


def _not_blank(value: str) -> str:
    if not value.strip():
        raise OptionValueError(f"{toml_brief(value)} is blank; remove it from the list",
                               f"{toml_brief(value)} to pusty tekst; usuń go z listy")
    return value


#: A string in a list option that must say something: a stage id, a phrase.
NonBlank = Annotated[str, AfterValidator(_not_blank)]


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.warning
    #: "document" rules see one valid document; "workspace" rules see every document's summary;
    #: "engine" rules are reported by the engine itself (syntax, schema) and have no check.
    scope: ClassVar[str] = "document"
    #: Document kinds a document rule looks at; empty means all.
    kinds: ClassVar[tuple[str, ...]] = ()
    #: Whether a document rule also runs with the workspace rules, through its ``check_workspace``: the part of
    #: its findings that needs another document (what a journey's persona defines) is found there, from the
    #: summaries, so that it stays right when only that other file changes (the lint cache keeps a document
    #: rule's findings by its own file's bytes).  Its ``check`` leaves that part out; both report under its code.
    cross_file: ClassVar[bool] = False
    #: Whether the rule runs only where a team asks for it: by its name or whole code in `select`,
    #: `extend-select` or `--select`, or `enabled = true` in its table.  A prefix (`CX4`) or `ALL`
    #: leaves it out, so that adding it changes no run that does not name it.
    opt_in: ClassVar[bool] = False
    #: Whether the run reads this rule's findings in Polish (`lang = "pl"`; set by the engine on the rule it
    #: runs): cxkit's rules build their Polish twins (`pl=... if self.polish else None`) only then, not for
    #: every English run.
    polish: bool = False
    #: Whether a document rule needs the document to fit the format (its model); one that reads
    #: only the YAML (where a value sits, how it is written) runs on a document with schema errors too.
    needs_model: ClassVar[bool] = True
    #: Whether the rule reads the words of the text through the Polish and English word lists: it
    #: does not run on a document in another language (`lang: de`, or Czech words), whose words those
    #: lists would misread; nor, for a workspace rule, count such a document's traits.
    reads_words: ClassVar[bool] = False
    #: The fields (`summary`, `demographics`, `demographics.age`) whose absence only takes findings away
    #: from this rule: it reports what a value says, never that the value is missing, nor counts it.
    #: On a document whose schema errors are shown, the rule runs on the rest of it when every field it
    #: read that the errors are about is one of these (see :mod:`cxkit.lint.lenient`); by default none is.
    missing_is_quiet: ClassVar[frozenset[str]] = frozenset()
    Options: ClassVar[type[RuleOptions]] = RuleOptions

    def __init__(self, options: RuleOptions | None = None) -> None:
        self.options = options if options is not None else self.Options()

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""

    def prepare(self) -> None:
        """Load what the rule needs (lexicons, compiled patterns) before checking starts.

        Called once in the main process before worker processes are forked,
        so the workers share the result instead of each building it.
        """

    def check(self, doc: "Document") -> Iterable[Hit]:  # pragma: no cover - overridden
        return ()

    def check_workspace(self, index: "WorkspaceIndex") -> Iterable[Hit]:  # pragma: no cover - overridden
        """Yield the hits of a rule that compares documents (``scope = "workspace"``).

        With worker processes, lint runs this once early, while the workers still check the other
        files, on the persona and negative persona files checked so far, and keeps that result only
        if the rule read exactly what it would read with every file in (the same summaries of each
        kind, in the same order, and the same answers); otherwise (or if it raised) the rule runs
        again at the end.  For that to be sound, a workspace rule must:

        - read the workspace through ``index.of_kind(kind)``, ``index.ignored(rule, path)`` and
          ``index.silenced(rule, path, line)`` to be run early.  Reading anything else
          (``index.documents``, ``by_id``, ``unread``, ``excluded()``, the journeys, a file not
          checked yet) stops the early run: the rule then runs only at the end, correct but later;
        - depend on nothing but what it read there, its options and what ``prepare`` loaded: no
          other files, no clock but ``cxkit.clock``, no randomness, so that the same answers
          give the same hits;
        - have no side effect another call or another rule could see: nothing kept on ``self`` or
          in module globals from one call to the next, nothing printed, no files written (the run's
          spill file for trait texts aside: it holds what the summaries hold); the early call's
          work may be thrown away;
        - not catch ``BaseException`` (a bare ``except:``) around those reads: the early run is
          stopped by an exception that is no ``Exception``, and swallowing it would keep a result
          computed on part of the files.  An ``except Exception`` is fine.

        (``cxkit.lint.engine``'s ``_EarlyRules`` and ``_EarlyView`` hold the details.)
        """
        return ()


def is_placeholder(value: object) -> bool:
    """Whether ``value`` is a text the placeholder rule (CX501) reports as a template value not filled in yet
    ("TODO: the team or person who does it", "TBD", "<imię>", "do uzupełnienia"): a rule, a plugin's too, leaves
    such a value to CX501 rather than report it a second time as a wrong value.  Anything but a text is no
    placeholder.  Part of what a rule plugin may import (docs/plugins.md)."""
    if not isinstance(value, str):
        return False
    from .rules.hygiene import placeholder_at

    return placeholder_at(value) is not None


_REGISTRY: dict[str, type[Rule]] = {}


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: make a rule known to the engine."""
    for other in _REGISTRY.values():
        if other.code == cls.code and other is not cls:
            raise RuntimeError(f"rule code {cls.code} is used by {other.name} and {cls.name}")
    _REGISTRY[cls.name] = cls
    return cls


#: The rules installed plugins provide (:mod:`cxkit.lint.plugins`), by name, with the distribution
#: and version that provides each; None until they are loaded.
_PLUGIN_RULES: dict[str, tuple[type[Rule], Any]] | None = None


def all_rules() -> dict[str, type[Rule]]:
    """Every registered rule by name, in code order: cxkit's own and those of installed plugins.

    The plugins are imported on the first call; one that cannot be used raises
    :class:`cxkit.lint.plugins.PluginError` (exit 2 on the command line), on every call.
    """
    global _PLUGIN_RULES
    from . import rules  # noqa: F401  (importing registers the built-in rules)

    if _PLUGIN_RULES is None:
        from .plugins import LOCK, load

        with LOCK:  # a call given a checkout meanwhile waits, then sees what was imported (plugins.distrust)
            if _PLUGIN_RULES is None:
                loaded = load({name: cls for name, cls in _REGISTRY.items() if _is_own(cls)})
                for name, (cls, _plugin) in loaded.items():
                    if _REGISTRY.get(name) is not cls:
                        register(cls)
                _PLUGIN_RULES = loaded
    return dict(sorted(_REGISTRY.items(), key=lambda item: item[1].code))


def plugin_of(cls: type[Rule]) -> Any:
    """The installed plugin (:class:`cxkit.lint.plugins.Plugin`) that provides ``cls``, or None."""
    entry = (_PLUGIN_RULES or {}).get(cls.name)
    return entry[1] if entry is not None and entry[0] is cls else None


def _is_own(cls: type[Rule]) -> bool:
    module = getattr(cls, "__module__", "") or ""
    return module == "cxkit" or module.startswith("cxkit.")


def foreign_rules() -> list[str]:
    """What the lint cache's key needs of the rules registered by code other than cxkit and its
    installed plugins (a script that applies :func:`register` itself, which is not supported): each
    one's code, name and module, and a hash of that module's file.  A rule whose source cannot be
    read gets a key of its own each process, so that results are never reused for it.
    """
    out = []
    plugins = {cls for cls, _ in (_PLUGIN_RULES or {}).values()}
    for name, cls in sorted(_REGISTRY.items()):
        if _is_own(cls) or cls in plugins:
            continue
        out.append(f"{getattr(cls, 'code', '?')}\0{name}\0{cls.__module__}.{cls.__qualname__}\0{_source_hash(cls)}")
    return out


#: A key of its own, for this process, for each rule whose source cannot be read.
_UNREAD: dict[type[Rule], str] = {}


def _source_hash(cls: type[Rule]) -> str:
    import os
    import sys

    module = sys.modules.get(cls.__module__)
    path = getattr(module, "__file__", None)
    try:
        with open(path, "rb") as fh:  # type: ignore[arg-type]
            data = fh.read()
    except (OSError, TypeError):
        return _UNREAD.setdefault(cls, "unknown:" + os.urandom(8).hex())
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import blake2b
    return blake2b(data, digest_size=16).hexdigest()


def option_key(name: str) -> str:
    return name.replace("_", "-")


def describe_options(cls: type[Rule]) -> list[tuple[str, Any, str]]:
    """(kebab-key, default, description) for each option of a rule.

    The description is the field's ``Field(description=...)``; failing that, the docstring written under the
    field in the ``Options`` class (a rule plugin's way as much as pydantic's), read only here, when a rule is
    described (`cxkit rule`, SARIF, docs/rules.md), never when a run loads the rules."""
    out = []
    docs: dict[str, str] | None = None
    for fname, f in cls.Options.model_fields.items():
        description = f.description or ""
        if not description:
            if docs is None:
                docs = _attribute_docs(cls.Options)
            description = docs.get(fname, "")
        out.append((f.alias or option_key(fname), f.default if f.default_factory is None else f.default_factory(), description))
    return out


def _attribute_docs(options: type) -> dict[str, str]:
    """The docstrings written under the fields of ``options`` and its bases that are no cxkit class (a string
    just after ``name: type = default``), by field name; {} when its source cannot be read."""
    import ast
    import inspect
    import textwrap

    out: dict[str, str] = {}
    for klass in reversed(options.__mro__):
        if not isinstance(klass, type) or not issubclass(klass, RuleOptions) or klass is RuleOptions:
            continue
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(klass)))
        except (OSError, TypeError, SyntaxError, IndentationError):
            continue
        body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
        for node, after in zip(body, body[1:]):
            if (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and isinstance(after, ast.Expr)
                    and isinstance(after.value, ast.Constant) and isinstance(after.value.value, str)):
                out[node.target.id] = " ".join(inspect.cleandoc(after.value.value).split())
    return out


def toml_brief(value: Any) -> str:
    """A config value as TOML would spell it, cut short, for a message."""
    import datetime

    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        import json

        text = json.dumps(value, ensure_ascii=False)  # a TOML basic string: tabs and quotes escaped
    elif isinstance(value, (datetime.date, datetime.time)):  # `2024-01-01` as written, not `datetime.date(2024, 1, 1)`
        text = value.isoformat()
    elif isinstance(value, dict):  # an inline table, `{a = 1}`, not Python's `{'a': 1}`
        import re

        # A bare key is ASCII letters, digits, `_` and `-`; any other (`"b c"`, `"etap.1"`, `"ą"`) is quoted, as TOML
        # has it written (a key is a string: toml_brief quotes it, cut short as a value is).
        text = "{" + ", ".join(f"{k if re.fullmatch(r'[A-Za-z0-9_-]+', k) else toml_brief(k)} = {toml_brief(v)}"
                               for k, v in value.items()) + "}"
    elif isinstance(value, list):
        text = "[" + ", ".join(toml_brief(v) for v in value) + "]"
    else:
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
