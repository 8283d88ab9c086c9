"""A document whose schema findings are all silenced is still checked by the other rules.

A `# cxkit: disable=schema` (the docs' own `- status: idea  # cxkit: disable=schema`), an ignored
`schema` (`ignore`, `--ignore`, `enabled = false`, a narrower selection leaves it on) or
`per-file-ignores` must mean "do not report the schema error", never "stop checking this file".
The rules that need a valid document run on what is left when the parts the errors are about are
left out (:func:`cxkit.model.validate.lenient_model`); where that cannot be done, a note
(`unused-suppression`, at the comment, or at the error when no comment silences it) says that
they did not run, so that the run never says "All checks passed" about a document no rule read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .engine import UNUSED_SUPPRESSION
from .finding import Finding, Hit

if TYPE_CHECKING:
    from ..config import Config
    from ..workspace import Document
    from .engine import RuleSet

NOTE_RULE = UNUSED_SUPPRESSION  # the note is one of its findings, silenced as they are


def check_silenced_schema(doc: "Document", config: "Config", ruleset: "RuleSet", path: str) -> Finding | None:
    """Give ``doc`` a model built around its schema issues when all of them are silenced; else, when
    they are all silenced but none can be built, the note to report (None when any issue is shown:
    the schema finding itself says why the other rules did not run)."""
    issues = doc.issues
    if doc.model is not None or not issues:
        return None
    sup = doc.suppressions
    said: str | None = None  # the comment that silences the first issue, as it reads
    at: tuple[int, int] | None = None  # where that comment is
    how: str | None = None  # how `schema` is off here, when no comment is needed
    if "schema" not in ruleset.active:
        how = "by the selection" if "schema" not in ruleset.off else "in this run (`ignore`, `--ignore` or `enabled = false`)"
    elif sup is not None and ("schema" in sup.file or "all" in sup.file):
        name = "schema" if "schema" in sup.file else "all"
        said, at = f"disable-file={name}", sup.file[name]
    else:
        for issue in issues:
            line = issue.position(doc.loaded)[0]
            covering = [(cl, col, names) for cl, col, names in (sup.lines.get(line, ()) if sup is not None else ())
                        if "schema" in names or "all" in names]
            if not covering:
                break
            if said is None:
                cl, col, names = covering[0]
                said, at = f"disable={'schema' if 'schema' in names else 'all'}", (cl, col)
        else:
            how = ""
        if how is None:
            schema_ignores = _schema_ignores(config, ruleset) if config.per_file_ignores else None
            if schema_ignores is None or "schema" not in schema_ignores(path):
                return None  # a schema finding is shown, and says what keeps the document from being checked
            how, said = "by per-file-ignores", None
    from ..model.validate import lenient_model

    model = lenient_model(doc.data, issues)
    if model is not None:
        doc.model = model
        return None
    if NOTE_RULE in ruleset.off:
        return None  # whoever turned the note's rule off asked for silence
    first, stands = _blocking(doc, issues)
    line, col = first.position(doc.loaded)
    # Not for a key that stands for a field (`etapy` for `stages`): it is to be renamed, not kept as one's own.
    own = (" (keep your own data under keys starting with 'x-')"
           if any(i.code == "unknown_field" and not i.meant for i in issues) else "")
    if said is not None and at is not None:
        message = (f"'{said}' hides a schema error that the rules needing a valid document cannot do without "
                   f"({line}:{col}: {first.message}{stands}), so they did not run on this document; fix the error{own}")
        line, col = at
    else:
        message = (f"`schema` is ignored {how}, but this schema error ({first.message}{stands}) leaves no valid "
                   f"document for the other rules, so they did not run on this document; fix the error{own}")
    from .engine import stamp

    rule: Any = ruleset.known[NOTE_RULE]
    return stamp(path, ruleset.active.get(NOTE_RULE), rule, Hit(line, col, message))


#: The last run's per-file-ignores patterns that skip `schema`, with what they were built from: compiled
#: once per run (and per worker), not once per document whose schema error is shown.
_schema_matcher: tuple[Any, Any, Any] | None = None


def _schema_ignores(config: "Config", ruleset: "RuleSet") -> Any:
    """The `per-file-ignores` patterns that skip `schema`, as a matcher; None when there is none."""
    global _schema_matcher
    key = (config.root, tuple((pattern, tuple(sels)) for pattern, sels in config.per_file_ignores.items()))
    if _schema_matcher is None or _schema_matcher[0] != key or _schema_matcher[1] is not ruleset.known:
        from .engine import PerFileIgnores

        matcher = PerFileIgnores(config, ruleset.known)
        matcher.patterns = [p for p in matcher.patterns if "schema" in p[1]]
        _schema_matcher = (key, ruleset.known, matcher if matcher.patterns else None)
    return _schema_matcher[2]


def _blocking(doc: "Document", issues: list[Any]) -> tuple[Any, str]:
    """The schema issue that keeps ``doc`` from being read without its errors, and what it stands for
    ("" or "; it stands for the required field `stages`"): the first that cannot be left out (the kind, a
    missing required field, a stage); else an unknown key that stands for a required field the document
    lacks (`etapy:` for `stages`), which left out leaves the document without that field; else the first."""
    first = next((i for i in issues if _cannot_leave_out(doc, i)), None)
    if first is not None:
        return first, ""
    from ..model import MODELS

    model = MODELS.get(doc.kind or "")
    data = doc.data if isinstance(doc.data, dict) else {}
    if model is not None:
        for issue in issues:
            field = model.model_fields.get(issue.meant) if issue.code == "unknown_field" and issue.meant else None
            if field is not None and field.is_required() and len(issue.path) == 1 and issue.meant not in data:
                return issue, f"; it stands for `{issue.meant}`, which a {doc.kind} must have"
    return issues[0], ""


def _cannot_leave_out(doc: "Document", issue: Any) -> bool:
    from ..model import MODELS
    from ..model.validate import leave_out

    model = MODELS.get(doc.kind or "")
    return model is None or leave_out(model, issue) is None
