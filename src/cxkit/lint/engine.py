"""The lint loop: select and configure rules, check files, apply suppressions."""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from pydantic import ValidationError

from ..config import Config, ConfigError
from ..workspace import Document, DocSummary, Target, WorkspaceIndex, discover, load_document, summarize
from .finding import Finding, Hit, Severity
from .rule import Rule, all_rules

_SUPPRESS = re.compile(r"#\s*cxkit:\s*(disable|disable-file)\s*=\s*([A-Za-z0-9_,\- ]+)")


@dataclass(frozen=True)
class Selection:
    """Rule selectors from the command line, on top of the config."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()


def resolve_selector(selector: str, rules: dict[str, type[Rule]]) -> list[str]:
    """Names of the rules a selector means: a name, a code, a code prefix, or ALL."""
    sel = selector.strip()
    if sel.upper() == "ALL":
        return list(rules)
    if sel in rules:
        return [sel]
    upper = sel.upper()
    matched = [name for name, cls in rules.items() if cls.code == upper or cls.code.startswith(upper)]
    if matched and upper.startswith("CX"):
        return matched
    import difflib

    guess = difflib.get_close_matches(sel, list(rules) + [c.code for c in rules.values()], n=1)
    hint = f"; did you mean '{guess[0]}'?" if guess else "; `cxkit rules` lists them"
    raise ConfigError(f"unknown rule '{selector}'{hint}")


@dataclass
class ActiveRule:
    rule: Rule
    severity: Severity


@dataclass
class RuleSet:
    """The rules in force for a run, configured."""

    active: dict[str, ActiveRule]
    known: dict[str, type[Rule]]

    def is_on(self, name: str) -> bool:
        return name in self.active

    @property
    def document_rules(self) -> list[ActiveRule]:
        return [a for a in self.active.values() if a.rule.scope == "document"]

    @property
    def workspace_rules(self) -> list[ActiveRule]:
        return [a for a in self.active.values() if a.rule.scope == "workspace"]


def build_ruleset(config: Config, selection: Selection = Selection()) -> RuleSet:
    """Select and configure rules; raise :class:`ConfigError` for unknown rules or options."""
    known = all_rules()
    by_code = {cls.code: name for name, cls in known.items()}
    base = list(selection.select or config.select or ["ALL"])
    chosen: set[str] = set()
    for sel in base + list(config.extend_select) + list(selection.extend_select):
        chosen.update(resolve_selector(sel, known))
    for sel in list(config.ignore) + list(selection.ignore):
        chosen.difference_update(resolve_selector(sel, known))
    options: dict[str, dict[str, Any]] = {}
    for key, table in config.rules.items():
        name = key if key in known else by_code.get(key.upper())
        if name is None:
            resolve_selector(key, known)  # raises with a suggestion
            continue
        if not isinstance(table, dict):
            raise ConfigError(f"{config.label}: [rules.{key}] must be a table of options")
        options[name] = table
    active: dict[str, ActiveRule] = {}
    for name, cls in known.items():
        table = dict(options.get(name, {}))
        severity = cls.severity
        if "severity" in table:
            value = table.pop("severity")
            if value not in ("error", "warning", "info"):
                raise ConfigError(f"{config.label}: rule '{name}': severity must be error, warning or info, not {value!r}")
            severity = Severity[value]
        enabled = table.pop("enabled", None)
        if enabled is not None and not isinstance(enabled, bool):
            raise ConfigError(f"{config.label}: rule '{name}': enabled must be true or false")
        try:
            opts = cls.Options.model_validate(table)
        except ValidationError as exc:
            err = exc.errors(include_url=False)[0]
            opt = ".".join(str(p) for p in err["loc"])
            if err["type"] == "extra_forbidden":
                allowed = [f.alias or n.replace("_", "-") for n, f in cls.Options.model_fields.items()]
                allowed_text = ", ".join(["severity", "enabled", *allowed])
                raise ConfigError(
                    f"{config.label}: rule '{name}' has no option '{opt}' (its options: {allowed_text})"
                ) from exc
            raise ConfigError(f"{config.label}: rule '{name}', option '{opt}': {err['msg']}") from exc
        if (name in chosen and enabled is not False) or enabled is True:
            active[name] = ActiveRule(cls(opts), severity)
    return RuleSet(active, known)


@dataclass
class Suppressions:
    lines: dict[int, tuple[int, set[str]]] = field(default_factory=dict)  # finding line → (comment line, rules)
    file: dict[str, int] = field(default_factory=dict)  # rule → comment line
    unknown: list[tuple[int, int, str]] = field(default_factory=list)


def parse_suppressions(text: str, known: dict[str, type[Rule]]) -> Suppressions:
    out = Suppressions()
    if "cxkit:" not in text:
        return out
    by_code = {cls.code: name for name, cls in known.items()}
    lines = text.splitlines()
    for idx, line in enumerate(lines):
        if "cxkit:" not in line:
            continue
        m = _SUPPRESS.search(line)
        if m is None:
            continue
        names: set[str] = set()
        for raw in m.group(2).split(","):
            item = raw.strip()
            if not item:
                continue
            name = item if item in known else by_code.get(item.upper())
            if item.lower() == "all":
                name = "all"
            if name is None:
                out.unknown.append((idx + 1, m.start() + 1, item))
                continue
            names.add(name)
        if m.group(1) == "disable-file":
            for name in names:
                out.file[name] = idx + 1
            continue
        target = idx + 1
        if line[: m.start()].strip() == "":
            # A comment on a line of its own applies to the next line with content.
            for nxt in range(idx + 1, len(lines)):
                stripped = lines[nxt].strip()
                if stripped and not stripped.startswith("#"):
                    target = nxt + 1
                    break
        out.lines[target] = (idx + 1, names)
    return out


@dataclass
class FileResult:
    """What checking one file produced."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    summary: DocSummary | None = None
    suppressions: Suppressions | None = None
    is_document: bool = False


def _stamp(path: str, active: ActiveRule | None, cls: type[Rule], hit: Hit) -> Finding:
    severity = active.severity if active else cls.severity
    return Finding(hit.path or path, hit.line, hit.column, cls.code, cls.name, severity, hit.message)


def check_target(target: Target, config: Config, ruleset: RuleSet) -> FileResult:
    """Load one file and run every document rule on it."""
    result = FileResult(target.display)
    known = ruleset.known
    try:
        doc, hits, read_error = load_document(target, config)
    except RecursionError:
        doc, hits, read_error = None, [Hit(1, 1, "the YAML is nested too deeply to read")], False
    rule_name = "read-error" if read_error else "yaml-syntax"
    if rule_name in ruleset.active:
        for hit in hits:
            result.findings.append(_stamp(target.display, ruleset.active[rule_name], known[rule_name], hit))
    if doc is None:
        result.is_document = bool(hits)
        return result
    result.is_document = True
    if doc.loaded.text:
        result.suppressions = parse_suppressions(doc.loaded.text, known)
    if "schema" in ruleset.active:
        for issue in doc.issues:
            line, col = doc.loaded.locate(issue.path, key=issue.at_key)
            result.findings.append(_stamp(doc.path, ruleset.active["schema"], known["schema"], Hit(line, col, issue.message)))
    if doc.model is not None:
        kind = doc.kind
        for active in ruleset.document_rules:
            rule = active.rule
            if rule.kinds and kind not in rule.kinds:
                continue
            for hit in rule.check(doc):
                result.findings.append(_stamp(doc.path, active, type(rule), hit))
    result.summary = summarize(doc)
    return result


@dataclass
class LintResult:
    findings: list[Finding]
    files_checked: int
    documents: int


def lint(paths: list[str], config: Config, selection: Selection = Selection(), ruleset: RuleSet | None = None) -> LintResult:
    """Lint files and directories; the heart of ``cxkit lint``."""
    ruleset = ruleset or build_ruleset(config, selection)
    targets, unreadable = discover(paths, config)
    results = [check_target(t, config, ruleset) for t in targets]
    findings: list[Finding] = []
    if "read-error" in ruleset.active:
        cls = ruleset.known["read-error"]
        for where, message in unreadable:
            findings.append(_stamp(where, ruleset.active["read-error"], cls, Hit(1, 1, message)))
    index = WorkspaceIndex()
    for res in results:
        if res.summary is not None:
            index.add(res.summary)
    workspace_findings: list[Finding] = []
    for active in ruleset.workspace_rules:
        for hit in active.rule.check_workspace(index):
            workspace_findings.append(_stamp(hit.path or "", active, type(active.rule), hit))
    by_path: dict[str, list[Finding]] = {}
    for res in results:
        by_path.setdefault(res.path, []).extend(res.findings)
    for f in workspace_findings:
        by_path.setdefault(f.path, []).append(f)
    suppressions = {res.path: res.suppressions for res in results if res.suppressions is not None}
    for path, items in by_path.items():
        findings.extend(_filter(path, items, suppressions.get(path), config, ruleset))
    for path, sup in suppressions.items():
        if path not in by_path:
            findings.extend(_filter(path, [], sup, config, ruleset))
    findings.sort(key=lambda f: (f.path, f.line, f.column, f.code))
    return LintResult(findings, len(targets), sum(1 for r in results if r.is_document))


def _per_file_ignored(path: str, config: Config, known: dict[str, type[Rule]]) -> set[str]:
    ignored: set[str] = set()
    if not config.per_file_ignores:
        return ignored
    for pattern, selectors in config.per_file_ignores.items():
        if fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, "*/" + pattern.lstrip("/")):
            for sel in selectors:
                ignored.update(resolve_selector(sel, known))
    return ignored


def _filter(
    path: str,
    items: Iterable[Finding],
    sup: Suppressions | None,
    config: Config,
    ruleset: RuleSet,
) -> list[Finding]:
    ignored = _per_file_ignored(path, config, ruleset.known)
    kept: list[Finding] = []
    used_lines: set[tuple[int, str]] = set()
    used_file: set[str] = set()
    for f in items:
        if f.rule in ignored:
            continue
        if sup is not None:
            if f.rule in sup.file or "all" in sup.file:
                used_file.add(f.rule if f.rule in sup.file else "all")
                continue
            entry = sup.lines.get(f.line)
            if entry is not None and (f.rule in entry[1] or "all" in entry[1]):
                used_lines.add((f.line, f.rule if f.rule in entry[1] else "all"))
                continue
        kept.append(f)
    unused_rule = "unused-suppression"
    if sup is not None and unused_rule in ruleset.active and unused_rule not in ignored:
        cls = ruleset.known[unused_rule]
        active = ruleset.active[unused_rule]
        for line, col, item in sup.unknown:
            kept.append(_stamp(path, active, cls, Hit(line, col, f"suppression names unknown rule '{item}'")))
        for target_line, (comment_line, names) in sup.lines.items():
            for name in sorted(names):
                if (target_line, name) in used_lines:
                    continue
                if name != "all" and name not in ruleset.active:
                    continue
                kept.append(_stamp(path, active, cls, Hit(comment_line, 1, f"'disable={name}' suppresses nothing on line {target_line}; remove it")))
        for name, comment_line in sup.file.items():
            if name in used_file or (name != "all" and name not in ruleset.active):
                continue
            kept.append(_stamp(path, active, cls, Hit(comment_line, 1, f"'disable-file={name}' suppresses nothing in this file; remove it")))
    return kept
