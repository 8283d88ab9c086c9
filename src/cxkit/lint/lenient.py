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

from ..model.common import CxModel
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
    # Not for a key that stands for a field (`etapy` for `stages`, `age` for `demographics.age`): it is to be
    # renamed or moved, not kept as one's own.
    own = (" (keep your own data under keys starting with 'x-')"
           if any(i.code == "unknown_field" and not i.meant and not i.nested for i in issues) else "")
    if said is not None and at is not None:
        message = (f"'{said}' hides a schema error that the rules needing a valid document cannot do without "
                   f"({line}:{col}: {first.message}{stands}), so they did not run on this document; fix the error{own}")
        line, col = at
    else:
        message = (f"`schema` is ignored {how}, but this schema error ({first.message}{stands}) leaves no valid "
                   f"document for the other rules, so they did not run on this document; fix the error{own}")
    from .engine import stamp

    rule: Any = ruleset.known[NOTE_RULE]
    active = ruleset.active.get(NOTE_RULE)
    hit = Hit(line, col, message)
    if active is not None and active.polish:
        hit = hit.with_pl(_note_pl(message, first.message, stands, own, doc.kind, said if at is not None else None, how))
    return stamp(path, active, rule, hit)


#: How `schema` is off, as the Polish note says it.
_HOW_PL = {
    "by the selection": "przez wybór reguł",
    "in this run (`ignore`, `--ignore` or `enabled = false`)": "w tym uruchomieniu (`ignore`, `--ignore` albo `enabled = false`)",
    "by per-file-ignores": "przez `per-file-ignores`",
}
#: A document's kind as the Polish note names it ("which a journey must have": "które musi mieć ścieżka").
_KIND_PL = {"journey": "ścieżka", "persona": "persona", "negative-persona": "persona negatywna"}


def _note_pl(message: str, issue: str, stands: str, own: str, kind: Any, said: str | None, how: str | None) -> str:
    """The note's Polish twin: the schema error as a Polish run shows it (its English message where that has no
    Polish form), the field it stands for, and the same advice; ``message`` (English) gives the place it names."""
    from .polish_reader import in_polish

    error = in_polish("schema", issue) or issue
    if stands:
        meant = stands[stands.index("`"):stands.index("`", stands.index("`") + 1) + 1]
        stands = f"; zastępuje {meant}, które musi mieć {_KIND_PL.get(kind, kind)}"
    own = " (własne dane trzymaj pod kluczami zaczynającymi się od `x-`)" if own else ""
    if said is not None:
        place = message[message.index("(") + 1:message.index(": ", message.index("("))]
        return (f"`{said}` ukrywa błąd schematu, przez który reguły wymagające poprawnego dokumentu nie "
                f"mogą działać ({place}: {error}{stands}), więc nie sprawdziły tego dokumentu; popraw ten błąd{own}")
    return (f"`schema` jest wyłączona {_HOW_PL.get(how or '', how)}, ale przez ten błąd schematu ({error}{stands}) "
            f"pozostałe reguły nie mają poprawnego dokumentu, więc nie sprawdziły tego dokumentu; popraw ten błąd{own}")


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


# A document whose schema errors are shown ----------------------------------------------------------
#
# Its schema findings say what to fix; the rules that need a valid document used to skip it whole, so
# that an author who fixed one typo met a new wave of findings.  Now the rules that read none of the
# fields the errors are about run on the rest (the model :func:`cxkit.model.validate.lenient_model`
# builds without them), and only those: a rule is run on a stand-in for the model that notes each
# field it reads (`reviewed`; `demographics.age` in a part that is a model of its own), and its
# findings are kept only when it read none of the fields the errors touch, but those it names in
# :attr:`~cxkit.lint.rule.Rule.missing_is_quiet` (a bad `reviewed` date leaves the persona's traits to pseudo-profiling, but not to stale-review,
# which would take the date left out for a missing one).  A field left out could change what a rule
# reports on the fields it did read only through reading it, so what is kept is what the rule says of
# the document as the author meant it.  A rule that reads the values as written (``doc.data``: the
# placeholder rule, the language rules) reads the document as the author wrote it, bad values and all,
# but for the keys that stand for no field (read as the `x-` keys their errors say to make of them); its
# finding at the very place of a schema error, or inside a value the error finds wrong as a whole
# (`due: [TODO]`), is left to that error.  A value over several lines
# (which may have swallowed a list item: merged-list-item) leaves which field holds what in doubt, and
# the rules wait for the fix.  Plugins' rules are left out: what they read is their own.
#
# The workspace rules read the document's summary built from the same model (cxkit.workspace.summarize):
# its traits but those of a touched field, and the touched fields by name, so that a rule comparing
# documents leaves out one whose touched fields it reads (similar-personas, mirrored-negative-persona).
# And the rules whose findings stand whole here are told to the engine (``ran``): a `disable=` comment
# naming one of them that silenced nothing is unused, as in a valid document; one naming a rule that
# did not run (or `all`) is not known to be, and is not reported.


#: Top-level lists of models whose items' fields a rule's reading is noted by (`sources.type`, `sources.id`), and the
#: list itself, its length and order, as `sources.[]`: a bad `type:` of one source leaves the rules that read only
#: the sources' ids (pseudo-profiling's own words) or how many there are to run.
_ITEMS_READ = frozenset(("sources",))
#: How :class:`_Reading` names the reading of such a list as a whole (how many, in what order).
_THE_LIST = ".[]"


class _Reading:
    """A stand-in for a document's model that notes the fields a rule reads: a top-level field by its
    name (`reviewed`), a field of a part that is a model of its own by its path (`demographics.age`), a
    field of the items of a list of :data:`_ITEMS_READ` by its path (`sources.type`)."""

    __slots__ = ("_model", "_seen", "_prefix")

    def __init__(self, model: Any, seen: set[str], prefix: str = "") -> None:
        object.__setattr__(self, "_model", model)
        object.__setattr__(self, "_seen", seen)
        object.__setattr__(self, "_prefix", prefix)

    def __getattr__(self, name: str) -> Any:
        model = object.__getattribute__(self, "_model")
        seen = object.__getattribute__(self, "_seen")
        prefix = object.__getattribute__(self, "_prefix")
        if name.startswith("model_") or name.startswith("__"):
            # `model_dump()` and the like read every field
            seen.update(prefix + field for field in type(model).model_fields)
            return getattr(model, name)
        value = getattr(model, name)
        fields = type(model).model_fields
        if name not in fields:
            # A property or a method of the model (none today) may read any field: count them all.
            seen.update(prefix + field for field in fields)
            return value
        if isinstance(value, CxModel):
            return _Reading(value, seen, f"{prefix}{name}.")  # read further: `demographics.age`, not all of it
        if not prefix and name in _ITEMS_READ and isinstance(value, list):
            seen.add(name + _THE_LIST)
            return [_Reading(item, seen, f"{name}.") if isinstance(item, CxModel) else item for item in value]
        seen.add(prefix + name)
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("the model of a half-valid document is read, not changed")


def half_valid(doc: "Document") -> tuple[Any, frozenset[str]] | None:
    """The model of ``doc`` without the parts its (shown) schema issues are about, and the top-level
    fields those issues touch; None when no such model can be built (an issue about the kind, a
    required field, a stage, an item before others)."""
    from ..model.validate import lenient_model

    if doc.loaded.wrapped:
        return None  # a value over several lines may have swallowed a list item (merged-list-item): which field holds what is in doubt
    data, issues, kept = _kept_items(doc)
    model = lenient_model(data, issues) if issues else _validated(doc.kind, data)
    if model is None:
        return None
    fields = type(model).model_fields
    touched: set[str] = set(kept)
    for issue in issues:
        path = tuple(issue.path)
        if not path or not isinstance(path[0], str):
            return None
        if issue.code == "unknown_field":
            # A key the format does not know touches the field it is a near miss of: the one it stands for
            # (`frustrations` for `pain_points`), or the one written beside it that it is to be merged into
            # (`pain_ponts` beside `pain_points`). One that is near no field (`location:` at the top, which
            # cxkit cannot tell from the author's own data) touches none: its error says to keep it as an
            # `x-` key, and the rules read the document as that (see _own_keys).
            near = issue.meant or issue.beside
            if near is not None:
                touched.add(near if len(path) == 1 else _field_of(type(model), (*path[:-1], near)))
        elif len(path) == 1 and issue.code == "unknown_fields":
            # The unknown keys past those told one by one were not compared with the fields: any of them
            # may be one misspelt, so they touch them all.
            touched.update(fields)
        else:
            touched.add(_field_of(type(model), path))
    return model, frozenset(touched)


#: The fields of a source whose bad value keeps the source, with one of the field's own values standing in for
#: it: the source's id, citations and count stay what the author wrote, and only the rules that read that field
#: of the sources wait for the fix (`type: assumption`, `type: wywiad`).
_STAND_INS = {"type": "other"}


def _kept_items(doc: "Document") -> tuple[Any, list[Any], set[str]]:
    """The data of ``doc`` for :func:`half_valid`, the issues left to leave out, and the fields touched by those
    not left out: a source's :data:`_STAND_INS` field with a value the format does not have (an enum's issue)
    gets a stand-in in a copy of the data, and touches that field of the sources alone (`sources.type`)."""
    data = doc.data
    issues = list(doc.issues)
    standing = [issue for issue in issues if _stands_in(data, issue)]
    if not standing:
        return data, issues, set()
    import copy

    data = copy.deepcopy(data)
    for issue in standing:
        field, i, key = issue.path
        data[field][i][key] = _STAND_INS[key]
    return data, [issue for issue in issues if issue not in standing], {f"{issue.path[0]}.{issue.path[2]}" for issue in standing}


def _stands_in(data: Any, issue: Any) -> bool:
    """Whether ``issue`` is a source's :data:`_STAND_INS` field written as text the format does not have."""
    path = tuple(issue.path)
    if len(path) != 3 or path[0] not in _ITEMS_READ or not isinstance(path[1], int) or path[2] not in _STAND_INS:
        return False
    items = data.get(path[0]) if isinstance(data, dict) else None
    item = items[path[1]] if isinstance(items, list) and path[1] < len(items) else None
    return (isinstance(item, dict) and isinstance(item.get(path[2]), str) and bool(item[path[2]].strip())
            and " must be one of " in issue.message)


def _validated(kind: Any, data: Any) -> Any:
    """The model of ``data`` of ``kind`` once its stand-ins are in, or None when something else is wrong too."""
    from pydantic import ValidationError

    from ..model import MODELS
    from ..model.validate import without_extensions

    model = MODELS.get(kind) if isinstance(kind, str) else None
    if model is None:
        return None
    try:
        return model.model_validate(without_extensions(data))
    except ValidationError:
        return None


def _field_of(model: Any, path: tuple[Any, ...]) -> str:
    """The field a schema issue at ``path`` is about, as :class:`_Reading` names what a rule reads: the
    top-level field (`stages`, for anything inside a stage), or a field of a part that is a model of its own
    (`demographics.age`; `demographics` for an unknown key in it, which may stand for any of its fields)."""
    head = path[0]
    if len(path) >= 2 and isinstance(path[1], str):
        field = model.model_fields.get(head)
        part = _model_of(field.annotation) if field is not None else None
        if part is not None and path[1] in part.model_fields:
            return f"{head}.{path[1]}"
    return head


def _model_of(annotation: Any) -> Any:
    """The model class a field holds (`Demographics` of `Demographics | None`), or None for a list or a value."""
    import typing

    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, CxModel):
            return candidate
    return None


def check_half_valid(doc: "Document", half: tuple[Any, frozenset[str]], ruleset: "RuleSet",
                     ran: list[str] | None = None) -> list[Finding]:
    """The findings of the rules that need a valid document on what of ``doc`` fits the format (see
    :func:`half_valid`), of those rules that read none of the fields its schema issues touch.

    ``ran`` is given the names of the rules whose findings stand whole: each ran (or does not apply to
    this document) and read none of the touched fields, and none of its findings was left to a schema
    error. A `disable=` comment naming one of them that silenced nothing is unused, as in a valid
    document; one naming another is not known to be (see engine._filter)."""
    model, touched = half
    # A rule that reads the values as written (the placeholder rule) may also find a bad value: the schema
    # finding at that very place tells it.
    errors = {issue.position(doc.loaded) for issue in doc.issues}
    # So may it inside a value the schema finding says is wrong as a whole (`due: [TODO]`, `due: |` over
    # `TBD`): fixed, the value is replaced.
    errors_in = _wrong_values(doc)
    # The keys the format does not know and that stand for no field: their errors say to keep them as
    # `x-` keys, which the rules that read the values as written pass over; so they read the document
    # without them (no `notatki: TODO` placeholder, no English notes making a Polish text read as English).
    loaded = doc.loaded
    data = loaded.data
    own = _own_keys(doc)
    if own:
        loaded.data = _without(data, own)
    findings: list[Finding] = []
    whole: list[str] = []
    try:
        _run_half(doc, model, touched, ruleset, errors, findings, whole)
        if errors_in:
            inside = [any(a <= (f.line, f.column) < b for a, b in errors_in) for f in findings]
            left = {f.rule for f, gone in zip(findings, inside) if gone}  # left to the schema error
            whole = [name for name in whole if name not in left]
            findings = [f for f, gone in zip(findings, inside) if not gone]
    finally:
        loaded.data = data
    if ran is not None:
        ran.extend(whole)
    return findings


def _run_half(doc: "Document", model: Any, touched: frozenset[str], ruleset: "RuleSet",
              errors: set[tuple[int, int]], findings: list[Finding], whole: list[str]) -> None:
    """Run the rules :func:`check_half_valid` runs, adding the findings it keeps to ``findings`` and the
    names of the rules whose findings stand whole to ``whole``."""
    from .engine import _rule_plan, stamp

    kind = doc.kind
    words: bool | None = None
    for active, rule, cls, kinds, reads_words, plugin in _rule_plan(ruleset, True):
        if not rule.needs_model or plugin is not None:
            continue  # a YAML rule has run already
        if kinds and kind not in kinds:
            whole.append(cls.name)  # not for this kind of document, fixed or not
            continue
        if reads_words:
            if words is None:
                words = doc.reads_words
            if not words:
                whole.append(cls.name)  # not in this document's language, fixed or not
                continue
        seen: set[str] = set()
        doc.model = _Reading(model, seen)  # type: ignore[assignment]
        try:
            hits = list(rule.check(doc))
        except Exception:  # noqa: BLE001 - on part of a document, a rule's failure is no news: the schema finding stands
            continue
        finally:
            doc.model = None
        if _unaffected(seen, touched, rule.missing_is_quiet):
            kept = [hit for hit in hits if (hit.line, hit.column) not in errors]
            findings.extend(stamp(doc.path, active, cls, hit) for hit in kept)
            if len(kept) == len(hits):
                whole.append(cls.name)


def _wrong_values(doc: "Document") -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where the values that schema issues of ``doc`` find wrong as a whole are written (a date that is a
    list or a `|` block), each as 1-based (line, column) from and before; not a mapping, which is
    mended key by key."""
    from ruamel.yaml.nodes import MappingNode

    from ..yamlio import node_at

    spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for issue in doc.issues:
        if issue.at_key or issue.offset is not None:
            continue
        node = node_at(doc.loaded.root, issue.path)
        if node is None or isinstance(node, MappingNode):
            continue
        start, end = node.start_mark, node.end_mark
        spans.append(((start.line + 1, start.column + 1), (end.line + 1, end.column + 1)))
    return spans


def _own_keys(doc: "Document") -> list[tuple[Any, ...]]:
    """The paths of the keys of ``doc`` that the format does not know and that stand for no field (an
    "unknown field" error with no "did you mean", and the keys an "N more unknown fields" error names)."""
    paths: list[tuple[Any, ...]] = []
    for issue in doc.issues:
        path = tuple(issue.path)
        if not path:
            continue
        if issue.code == "unknown_fields" and isinstance(issue.field, tuple):
            paths.extend((*path[:-1], key) for key in issue.field)
        elif issue.code == "unknown_field" and issue.meant is None:
            paths.append(path)
    return paths


def _without(data: Any, paths: list[tuple[Any, ...]]) -> Any:
    """``data`` without the mapping entries at ``paths``: the mappings and lists on the way copied, each
    once however many entries go from it (a mapping of 12,000 unknown keys is copied once, not once a
    key), the document's own left as they are."""
    import copy

    # The paths as a tree: each step's [whether an entry's own path ends there, the steps below it].
    tree: list[Any] = [False, {}]
    for path in paths:
        node = tree
        for head in path:
            node = node[1].setdefault(head, [False, {}])
        node[0] = True

    def drop(node: Any, sub: dict[Any, Any]) -> Any:
        if isinstance(node, dict):
            # A mapping entry whose own path ends here goes, whatever paths run inside it.
            heads = [head for head in sub if head in node]
            if heads:
                node = copy.copy(node)
                for head in heads:
                    end, below = sub[head]
                    if end:
                        del node[head]
                    elif below:
                        node[head] = drop(node[head], below)
        elif isinstance(node, list):
            # A list item is never dropped itself, only entries inside it.
            heads = [head for head in sub if isinstance(head, int) and 0 <= head < len(node) and sub[head][1]]
            if heads:
                node = copy.copy(node)
                for head in heads:
                    node[head] = drop(node[head], sub[head][1])
        return node

    return drop(data, tree[1]) if tree[1] else data


def _unaffected(seen: set[str], touched: frozenset[str], quiet: frozenset[str]) -> bool:
    """Whether a rule that read the fields ``seen`` says of the rest of a document what it says of the
    whole: none of them is, holds or lies in a field ``touched`` by its schema errors, unless the rule's
    findings only go with that field's absence (``quiet``, :attr:`cxkit.lint.rule.Rule.missing_is_quiet`)."""
    for field in seen:
        for bad in touched:
            if field == bad or field.startswith(bad + ".") or bad.startswith(field + "."):
                if field not in quiet and field.partition(".")[0] not in quiet:
                    return False
    return True
