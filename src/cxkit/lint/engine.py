"""The lint loop: select and configure rules, check files, apply suppressions."""

from __future__ import annotations

import contextlib
import errno
import gc
import hashlib
import marshal
import os
import re
import signal
import sys
import threading
from functools import partial
from itertools import chain, islice
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, AbstractSet, Any, Callable, Iterable, Iterator

from pydantic import ValidationError

from .. import clock, globs
from ..config import Config, ConfigError
from ..discovery import discover_with_context, display_path
from ..visible import raw_name, visible_line
from ..workspace import (
    DocSummary, ExcludedFiles, Spilled, Target, TraitSpill, WorkspaceIndex, claims_cxkit_kind, load_document,
    read_target, shared_value, spill_all, summarize, trait_spill,
)
from ..yamlio import in_value
from .finding import Finding, Hit, Severity
from .rule import Rule, RuleOptions, all_rules, plugin_of
from .selection import LintResult, Selection  # noqa: F401  (part of the engine's API)

if TYPE_CHECKING:
    from .cache import LintCache
    from .spilled import CrossFileFindings

_LINES = re.compile("\r\n|[\r\n]")
# A comment that speaks to cxkit: `#` (at a line's start or after a blank), then `cxkit:` in any case.
# `# cxkit disable=...` (no colon) is caught too, to be reported: it silenced nothing before.
_DIRECTIVE = re.compile(r"#[ \t]*cxkit(?:[ \t]*:|[ \t]+(?=disable(?:-file)?[ \t]*=))", re.IGNORECASE)
# What it may say: rule names or codes separated by commas; anything after them is the author's reason.
_SUPPRESS = re.compile(r"(disable-file|disable)[ \t]*=[ \t]*([\w-]+(?:[ \t]*,[ \t]*[\w-]+)*)", re.IGNORECASE)


def resolve_selector(selector: str, rules: dict[str, type[Rule]]) -> list[str]:
    """Names of the rules a selector means: a name, a code, a code prefix, or ALL."""
    sel = selector.strip()
    if sel.upper() == "ALL":
        return list(rules)
    if sel in rules:
        return [sel]
    if sel.lower() in rules:  # names in any case, as in `# cxkit: disable=` comments
        return [sel.lower()]
    upper = sel.upper()
    # A code (`CX403`, a plugin's `ACME101`), or a code prefix that keeps a code's letters whole (`CX4`,
    # `ACME`, `ACME1`; never `A` for ACME101, which reads as a misspelt name).
    prefix = re.fullmatch(r"([A-Z]+)[0-9]*", upper)
    matched = [name for name, cls in rules.items()
               if cls.code == upper or prefix is not None and cls.code.startswith(upper)
               and cls.code.rstrip("0123456789") == prefix.group(1)]
    if matched:
        return matched
    from .polish import q
    from .selection import rule_hint, rule_hint_pl

    # The same suggestions as on the command line: a prefix (`pseudo`), a close spelling in any
    # case (`cx4o3`, `Unowned-Opportunty`), a word of a name (`opportunity`).
    hint = rule_hint(selector, rules)
    said = rule_hint_pl(hint)
    raise ConfigError(f"unknown rule '{selector}'{hint}", pl=f"nieznana reguła {q(selector)}{said}" if said is not None else None)


def _who_pl(who: str) -> str:
    """"rule 'NAME'" (and the table that keys it, `([rules.CX101])`) of a rule-settings error, in Polish."""
    from .polish import q

    name, _sep, table = who.removeprefix("rule '").partition("'")
    return f"reguła {q(name)}{table}"


def _option_error_pl(err: Any) -> str | None:
    """Pydantic's error ``err`` about a rule's option, in Polish, for the kinds of error a TOML value meets (a
    number out of range, a value of another type); None for another (a rule's own check says it in English)."""
    from .polish import decimal
    from .rule import toml_brief

    kind, ctx = err["type"], err.get("ctx") or {}
    said = f", a nie {toml_brief(err.get('input'))}"
    bounds = {"less_than_equal": ("le", "najwyżej"), "greater_than_equal": ("ge", "co najmniej"),
              "less_than": ("lt", "mniej niż"), "greater_than": ("gt", "więcej niż")}
    if kind in bounds and bounds[kind][0] in ctx:
        key, words = bounds[kind]
        return f"ma być {words} {decimal(str(ctx[key]))}{said}"
    types = {"int_type": "liczba całkowita", "int_parsing": "liczba całkowita", "int_from_float": "liczba całkowita",
             "float_type": "liczba", "float_parsing": "liczba", "bool_type": "true albo false (bez cudzysłowu)",
             "bool_parsing": "true albo false (bez cudzysłowu)", "string_type": "tekst w cudzysłowie",
             "list_type": "lista", "dict_type": "tabela", "tuple_type": "lista", "set_type": "lista",
             "finite_number": "liczba skończona"}  # `threshold = nan`: TOML's nan and inf are refused
    if kind in types:
        return f"to ma być {types[kind]}{said}"
    return None


@dataclass
class ActiveRule:
    rule: Rule
    severity: Severity
    #: Whether its findings speak Polish: the workspace's `lang` is "pl" (see :func:`stamp`).
    polish: bool = False


@dataclass
class RuleSet:
    """The rules in force for a run, configured."""

    active: dict[str, ActiveRule]
    known: dict[str, type[Rule]]
    #: Rules turned off by name (`ignore`, `--ignore`, `enabled = false`), not just left out of a selection.
    off: AbstractSet[str] = frozenset()
    #: Whether each finding of a document rule gets its place in the document (:attr:`Finding.at`) while
    #: the document is parsed, for the machine formats (`lint -f json`, sarif, gitlab): see :func:`lint`.
    places: bool = False

    def is_on(self, name: str) -> bool:
        return name in self.active

    @property
    def document_rules(self) -> list[ActiveRule]:
        return [a for a in self.active.values() if a.rule.scope == "document"]

    @property
    def yaml_rules(self) -> list[ActiveRule]:
        """The document rules that read only the YAML: they run on a document with schema errors too."""
        return [a for a in self.active.values() if a.rule.scope == "document" and not a.rule.needs_model]

    @property
    def workspace_rules(self) -> list[ActiveRule]:
        """The rules run across the workspace: those of its scope, and document rules with a cross-file part."""
        return [a for a in self.active.values() if a.rule.scope == "workspace" or getattr(a.rule, "cross_file", False)]


#: Rules that say a file could not be checked at all; on whatever the selection.
ALWAYS_ON = ("read-error", "yaml-syntax", "schema")


def build_ruleset(config: Config, selection: Selection = Selection()) -> RuleSet:
    """Select and configure rules; raise :class:`ConfigError` for unknown rules or options (with its Polish twin,
    and the language of ``config``'s workspace, in which it is said: :func:`cxkit.config.located_said`)."""
    try:
        return _build_ruleset(config, selection)
    except ConfigError as exc:
        exc.lang = config.lang
        raise


def _build_ruleset(config: Config, selection: Selection) -> RuleSet:
    known = all_rules()
    by_code = {cls.code: name for name, cls in known.items()}
    polish = config.lang == "pl"  # the workspace's language: its findings speak it (English for any other)

    def from_config(sel: str, key: str) -> list[str]:
        try:
            return resolve_selector(sel, known)
        except ConfigError as exc:
            raise ConfigError(f"{config.label}: {key}: {exc}",
                              pl=f"{config.label}: {key}: {exc.pl}" if exc.pl is not None else None) from None

    # Config selectors are checked even when the command line overrides them: a typo must not hide.
    config_select = [n for sel in config.select for n in from_config(sel, "select")]
    config_extend = [n for sel in config.extend_select for n in from_config(sel, "extend-select")]
    config_ignore = [n for sel in config.ignore for n in from_config(sel, "ignore")]
    for pattern, sels in config.per_file_ignores.items():
        said, _, key = config.origins.get(("per-file-ignores", pattern), (pattern, "", "per-file-ignores"))
        for sel in sels:
            from_config(sel, f"{key}.{said!r}")  # the pattern as written, under the key that writes it
    chosen: set[str] = set()
    # `--select` on the command line starts the selection over: the configured `select` and
    # `extend-select` do not add to it. A rule `--select` or `--extend-select` names exactly (by
    # name or whole code) runs even when the config ignores or disables it; a broader selector
    # (`CX4`, `ALL`) keeps the configured `ignore` and `enabled = false`, which narrow it.
    # In the config alike, the more specific selector wins: a rule `select` or `extend-select`
    # names exactly runs although `ignore` takes it in by a prefix or ALL (not when `ignore`
    # names it exactly too, nor past its table's `enabled = false`).
    named: set[str] = set()
    if selection.select:
        for sel in selection.select:
            chosen.update(resolve_selector(sel, known))
            named.update(_named_exactly(sel, known, by_code))
        config_named: set[str] = set()
    else:
        chosen.update(config_select if config.select else known)
        chosen.update(config_extend)
        config_named = {n for sel in (*config.select, *config.extend_select) for n in _named_exactly(sel, known, by_code)}
        config_named.difference_update(n for sel in config.ignore for n in _named_exactly(sel, known, by_code))
    for sel in selection.extend_select:
        chosen.update(resolve_selector(sel, known))
        named.update(_named_exactly(sel, known, by_code))
    ignored = set(config_ignore) - named - config_named
    cli_ignored: set[str] = set()
    for sel in selection.ignore:
        cli_ignored.update(resolve_selector(sel, known))
    ignored |= cli_ignored
    # A file that cannot be read or is no valid document is checked by no rule at all, so a
    # narrower selection (`--select CX4`) must not turn it into "All checks passed": these are
    # always on, unless ignored by name, code or prefix, or turned off in their table.
    chosen.update(n for n in ALWAYS_ON if n in known)
    chosen.difference_update(ignored)
    # An opt-in rule runs only where it is named exactly (or its table says `enabled = true`, below).
    chosen.difference_update(n for n, cls in known.items() if getattr(cls, "opt_in", False)
                             and n not in named and n not in config_named)
    from .rule import toml_brief

    # One table per rule: a table naming a group (ALL, a code prefix) or a second table for the
    # same rule would otherwise be dropped without a word.
    rules_key = "tool.cxkit.rules" if config.source is not None and config.source.name == "pyproject.toml" else "rules"
    options: dict[str, dict[str, Any]] = {}
    table_of: dict[str, str] = {}  # rule name -> the key of its table, as written
    for key, table in config.rules.items():
        where = f"[{rules_key}.{key}]"
        bare = key.strip()
        name = bare if bare in known else bare.lower() if bare.lower() in known else by_code.get(bare.upper())
        if name is None:
            from .polish import counted, q

            group = from_config(key, where)  # raises with a suggestion when it names nothing
            if len(group) == 1:
                raise ConfigError(
                    f"{config.label}: {where}: '{key}' is a code prefix, which may take in rules added "
                    f"later; name the rule itself: [{rules_key}.{group[0]}] or [{rules_key}.{known[group[0]].code}]",
                    pl=f"{config.label}: {where}: {q(key)} to początek kodu, który może objąć reguły dodane później; "
                       f"wskaż samą regułę: [{rules_key}.{group[0]}] albo [{rules_key}.{known[group[0]].code}]",
                )
            raise ConfigError(
                f"{config.label}: {where}: a rule table configures one rule, and '{key}' names "
                f"{len(group)} rules; turn a group on or off with select, extend-select or ignore "
                f"(e.g. ignore = [\"{bare}\"]), and give each rule's severity and options in its own table",
                pl=f"{config.label}: {where}: tabela reguły ustawia jedną regułę, a {q(key)} to "
                   f"{counted(len(group), 'reguła', 'reguły', 'reguł')}; grupę włączają i wyłączają select, "
                   f"extend-select i ignore (np. ignore = [\"{bare}\"]), a poziom i opcje każdej reguły podaje jej "
                   f"własna tabela",
            )
        if name in table_of:
            from .polish import q

            raise ConfigError(
                f"{config.label}: [{rules_key}.{table_of[name]}] and {where} both configure rule "
                f"'{name}' ({known[name].code}); put its settings in one table",
                pl=f"{config.label}: [{rules_key}.{table_of[name]}] i {where} ustawiają tę samą regułę "
                   f"{q(name)} ({known[name].code}); zapisz jej ustawienia w jednej tabeli",
            )
        if not isinstance(table, dict):
            raise ConfigError(f"{config.label}: {where} must be a table of options",
                              pl=f"{config.label}: {where} musi być tabelą opcji")
        table_of[name] = key
        options[name] = table
    active: dict[str, ActiveRule] = {}
    off: set[str] = set()  # turned off by `ignore`, `--ignore` or `enabled = false`, not only left out
    validated: dict[str, RuleOptions] = {}  # every rule's options, on or off: a rule may read another's
    for name, cls in known.items():
        table = dict(options.get(name, {}))
        who = f"rule '{name}'"
        if name in table_of and table_of[name] != name:
            who += f" ([{rules_key}.{table_of[name]}])"
        severity = cls.severity
        if "severity" in table:
            value = table.pop("severity")
            if value not in ("error", "warning", "info"):
                raise ConfigError(f"{config.label}: {who}: severity must be error, warning or info, not {toml_brief(value)}",
                                  pl=f"{config.label}: {_who_pl(who)}: severity to error, warning albo info, a nie {toml_brief(value)}")
            severity = Severity[value]
        enabled = table.pop("enabled", None)
        if enabled is not None and not isinstance(enabled, bool):
            raise ConfigError(f"{config.label}: {who}: enabled must be true or false, not {toml_brief(enabled)}",
                              pl=f"{config.label}: {_who_pl(who)}: enabled to true albo false (bez cudzysłowu), a nie "
                                 f"{toml_brief(enabled)}")
        if any(isinstance(key, str) and key.startswith("add-") for key in table):
            from .added import with_added

            table = with_added(cls, table, config.label, who, _who_pl(who))  # `add-extend`: to the list in force
        try:
            opts = validated[name] = cls.Options.model_validate(table)
        except ValidationError as exc:
            err = exc.errors(include_url=False)[0]
            loc = err["loc"]
            opt = str(loc[0]) if loc else ""
            item = f" item {loc[1] + 1}" if len(loc) > 1 and isinstance(loc[1], int) else ""
            if err["type"] == "extra_forbidden":
                allowed = [f.alias or n.replace("_", "-") for n, f in cls.Options.model_fields.items()]
                allowed_text = ", ".join(["severity", "enabled", *allowed])
                import difflib

                guess = difflib.get_close_matches(opt, ["severity", "enabled", *allowed], n=1)  # `max-age-month`
                raise ConfigError(
                    f"{config.label}: {who} has no option '{opt}' (its options: {allowed_text})"
                    + (f"; did you mean '{guess[0]}'?" if guess else ""),
                    pl=f"{config.label}: {_who_pl(who)} nie ma opcji `{opt}` (jej opcje: {allowed_text})"
                       + (f"; czy chodziło o `{guess[0]}`?" if guess else ""),
                ) from exc
            # A validator's own message quotes the value; pydantic's ("Input should be ...") does not.
            msg = err["msg"].removeprefix("Value error, ") if err["type"] == "value_error" else f"{err['msg']}, not {toml_brief(err['input'])}"
            told = _option_error_pl(err) or getattr((err.get("ctx") or {}).get("error"), "pl", None)  # a check's own twin
            item_pl = f", element {loc[1] + 1}" if item else ""
            raise ConfigError(f"{config.label}: {who}, option '{opt}'{item}: {msg}",
                              pl=f"{config.label}: {_who_pl(who)}, opcja `{opt}`{item_pl}: {told}" if told else None) from exc
        # `enabled = true` adds a rule like extend-select, but never past an explicit --select nor --ignore;
        # `enabled = false` turns it off, unless --select or --extend-select names it.
        if (name in chosen and (enabled is not False or name in named)) or (
            enabled is True and not selection.select and name not in cli_ignored
        ):
            active[name] = ActiveRule(cls(opts), severity, polish)
            active[name].rule.configured_severity = severity  # a rule that leaves a finding to another compares them
            active[name].rule.polish = polish
        elif name in ignored or enabled is False:
            off.add(name)
    for a in active.values():
        # negative-without-reasons calls a reason generic with pseudo-profiling's `extend` and `allow`, whether
        # or not that rule runs (`--select CX202` reports what a whole run does).
        a.rule.options_of = validated
    return RuleSet(active, known, frozenset(off))


def _named_exactly(selector: str, known: dict[str, type[Rule]], by_code: dict[str, str]) -> list[str]:
    """The rule ``selector`` names by its whole name or code (not a prefix, nor ALL), as a list of at most one."""
    sel = selector.strip()
    name = sel if sel in known else sel.lower() if sel.lower() in known else by_code.get(sel.upper())
    return [name] if name is not None else []


@dataclass(slots=True)
class Suppressions:
    #: finding line → [(comment line, comment column, rule names)]
    lines: dict[int, list[tuple[int, int, set[str]]]] = field(default_factory=dict)
    #: rule name → (comment line, comment column)
    file: dict[str, tuple[int, int]] = field(default_factory=dict)
    unknown: list[tuple[int, int, str]] = field(default_factory=list)
    #: comments that speak to cxkit but say nothing it understands: (line, column, what they say)
    malformed: list[tuple[int, int, str]] = field(default_factory=list)
    #: comment line → the lines where a finding it may have been meant for can stand: the last line
    #: of the block its line opens, then the lines that open the blocks around it (see _neighbourhood)
    near: dict[int, list[int]] = field(default_factory=dict)
    #: (comment line, rule name) → the rule as that comment spells it (`CX005`, `Pseudo-Profiling`),
    #: where it is not the rule's name: a report about the comment quotes what its author wrote
    spelt: dict[tuple[int, str], str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.lines or self.file or self.unknown or self.malformed)

    def said(self, line: int, name: str) -> str:
        """The rule ``name`` as the comment on ``line`` spells it."""
        return self.spelt.get((line, name), name)


def mentions_cxkit(text: str) -> bool:
    """A cheap test that ``text`` may hold a `# cxkit: ...` comment (as most files do not)."""
    return _DIRECTIVE.search(text) is not None


def comment_rule(item: str, known: dict[str, type[Rule]], by_code: dict[str, str] | None = None) -> str | None:
    """The rule a `# cxkit: disable=` comment names by ``item`` (its name or code, in any case; `all`), or None."""
    if item.lower() == "all":
        return "all"
    if item in known:
        return item
    if item.lower() in known:
        return item.lower()
    if by_code is None:
        by_code = {cls.code: name for name, cls in known.items()}
    return by_code.get(item.upper())


def parse_suppressions(text: str, known: dict[str, type[Rule]], root: Any = None) -> Suppressions:
    """The `# cxkit: disable=...` and `# cxkit: disable-file=...` comments of a file.

    ``root`` is the file's composed tree: a `#` inside one of its values (a
    quoted value, a block value's line) is text, not a comment, and silences
    nothing.  The first `# cxkit:` comment of a line counts.
    """
    from bisect import bisect_right

    out = Suppressions()
    found = [m for m in _DIRECTIVE.finditer(text) if m.start() == 0 or text[m.start() - 1] in " \t\r\n"]
    if not found:
        return out
    inside = in_value(root, text) if root is not None else None
    lines = _LINES.split(text)  # as positions count them: not str.splitlines, which also ends lines at U+2028
    line_starts = [0, *(m.end() for m in _LINES.finditer(text))]
    by_code = {cls.code: name for name, cls in known.items()}
    done: set[int] = set()
    item_lines: dict[int, list[int]] | None = None
    block_lines: dict[int, range] | None = None
    for directive in found:
        at = directive.start()
        if inside is not None and inside(at):
            continue  # inside a value
        idx = bisect_right(line_starts, at) - 1
        if idx in done:
            continue
        done.add(idx)
        line = lines[idx]
        col = at - line_starts[idx] + 1
        said = line[directive.end() - line_starts[idx]:].strip()
        m = _SUPPRESS.match(said)
        if m is None or not directive.group().endswith(":"):
            # Without the colon the whole comment is kept, so the report can show what is missing.
            out.malformed.append((idx + 1, col, said if m is None else line[col - 1:].strip()))
            continue
        names: set[str] = set()
        for raw in m.group(2).split(","):
            item = raw.strip()
            if not item:
                continue
            name = comment_rule(item, known, by_code)
            if name is None:
                out.unknown.append((idx + 1, col, item))
                continue
            if name not in names and item != name:
                out.spelt[idx + 1, name] = item
            names.add(name)
        if m.group(1).lower() == "disable-file":
            # In name order, as a line comment's names are judged: a set's own order changes from run to run.
            for name in sorted(names):
                out.file.setdefault(name, (idx + 1, col))
            continue
        target = idx + 1
        entry = (idx + 1, col, names)
        if line[: col - 1].strip() == "":
            # A comment on a line of its own applies to the next line with content.
            for nxt in range(idx + 1, len(lines)):
                stripped = lines[nxt].strip()
                if stripped and not stripped.startswith("#"):
                    target = nxt + 1
                    break
            # Above a list item written as a mapping (a trait `- sources: [...]` with its `text:`
            # below, an opportunity, a touchpoint), it reaches the item's own keys and values,
            # where the item's findings are; not the items of lists nested in it.
            if root is not None:
                if item_lines is None:
                    item_lines = _mapping_item_lines(root)
                for also in item_lines.get(target, ()):
                    out.lines.setdefault(also, []).append(entry)
                    block_lines = _reach_blocks(block_lines, root, also, entry, out)
        out.lines.setdefault(target, []).append(entry)
        if root is not None:
            # On a block value's header line (`doing: |  # cxkit: disable=placeholder`), the only line
            # where a comment can stand, it reaches the value's own lines, where its findings are.
            block_lines = _reach_blocks(block_lines, root, target, entry, out)
        out.near.setdefault(idx + 1, _neighbourhood(lines, target))
    return out


_KEY_OPENS = re.compile(r"[^#]*:[ \t]*(?:#.*)?$")


def _neighbourhood(lines: list[str], target: int) -> list[int]:
    """Where a finding a comment reaching ``target`` (1-based) missed may stand: inside the block the
    target line opens (a parent key above the trait, a key whose value is on the lines below) or on
    a line that opens a block holding the target (a stage's `- id:`, where stage findings sit).

    ``[last line of the target's block, *lines opening the blocks around it]``, read from the
    indentation alone: it only decides whether an unused comment names a finding or says "remove it".
    """

    def shape(row: str) -> tuple[int, str] | None:
        body = row.lstrip(" ")
        stripped = body.strip()
        if not stripped or stripped.startswith("#"):
            return None
        return len(row) - len(body), body

    own = shape(lines[target - 1]) if 0 < target <= len(lines) else None
    if own is None:
        return [target]
    indent, body = own
    list_below = not body.startswith("-") and _KEY_OPENS.match(body) is not None  # `goals:` / `- a` at its indent
    end = target
    # Only NEAR_LINES either way matter (see _near_findings): a comment on every trait of a long list
    # must not read the list again for each.
    for n in range(target, min(len(lines), target + NEAR_LINES)):
        seen = shape(lines[n])
        if seen is None:
            continue
        if seen[0] > indent or (list_below and seen[0] == indent and seen[1].startswith("-")):
            end = n + 1
            continue
        break
    around = []
    level, dashed = indent, body.startswith("-")
    for n in range(target - 2, max(-1, target - 2 - NEAR_LINES), -1):
        seen = shape(lines[n])
        if seen is None:
            continue
        ind, text = seen
        if ind < level or (ind == level and dashed and not text.startswith("-") and _KEY_OPENS.match(text)):
            around.append(n + 1)
            level, dashed = ind, text.startswith("-")
            if level == 0 and not dashed:
                break
    return [end, *around]


def _reach_blocks(
    blocks: dict[int, range] | None, root: Any, line: int, entry: tuple[int, int, set[str]], out: Suppressions
) -> dict[int, range]:
    """Let ``entry`` reach the lines of a `|` or `>` value whose header is on ``line`` (or of a value folded
    over several lines from it); the block map, built once."""
    if blocks is None:
        blocks = _block_value_lines(root)
    for inner in blocks.get(line, ()):
        out.lines.setdefault(inner, []).append(entry)
    return blocks


def _block_value_lines(root: Any) -> dict[int, range]:
    """Header line of each `|` or `>` value -> the lines its text is written on (1-based); first
    line of each plain or quoted value folded over several lines -> its other lines."""
    out: dict[int, range] = {}
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.id == "scalar":
            first = node.start_mark.line + 1
            if node.style in ("|", ">"):
                end = node.end_mark  # at the start of the line after the value, or at the end of a last line
                last = end.line + 1 if end.column else end.line
            elif node.end_mark.line > node.start_mark.line:
                # A finding about a word in it sits on the word's line, as in a block.
                last = node.end_mark.line + 1
            else:
                continue
            if first in out:
                last = max(last, out[first].stop - 1)
            out[first] = range(first + 1, last + 1)
        elif node.id == "sequence":
            stack.extend(node.value)
        elif node.id == "mapping":
            stack.extend(value for _key, value in node.value)
    return out


def _mapping_item_lines(root: Any) -> dict[int, list[int]]:
    """First line of each list item that is a mapping -> the later lines its own keys and scalar values start on."""
    out: dict[int, list[int]] = {}
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.id == "sequence":
            for item in node.value:
                if item.id == "mapping" and item.start_mark.line + 1 not in out:
                    start = item.start_mark.line
                    lines = {
                        n.start_mark.line + 1
                        for key, value in item.value
                        for n in (key, value)
                        if (n is key or n.id == "scalar") and n.start_mark.line > start
                    }
                    out[start + 1] = sorted(lines)
            stack.extend(node.value)
        elif node.id == "mapping":
            for key, value in node.value:
                stack.append(value)
    return out


@dataclass(slots=True)
class FileResult:
    """What checking one file produced."""

    path: str
    #: Once the file is checked, a lint run moves them to its spill file (see :func:`_park`):
    #: read them with :func:`_findings_of`.
    findings: list[Finding] = field(default_factory=list)
    summary: DocSummary | None = None
    suppressions: Suppressions | None = None
    #: The days the results hold on, as date ordinals (see :mod:`cxkit.clock`); None: every day.
    window: tuple[int, int] | None = None
    is_document: bool = False
    #: A document that could not be read: (kind, id) as its `kind:` and `id:` lines say.
    unread: tuple[str | None, str | None] | None = None
    #: A document that does not fit the format (a `schema` error): the document rules did not run on it.
    unchecked: bool = False
    #: Of such a document that is half-valid (see cxkit.lint.lenient), the rules needing a valid document
    #: that ran on what fits and whose findings stand: a comment naming one of them that silenced nothing
    #: is unused there, as in a valid document.
    ran: tuple[str, ...] = ()
    #: Read, and no cxkit document nor a broken one (a Kubernetes ConfigMap in a folder scan): nothing checked it.
    passed_over: bool = False
    #: A rule failed on the file (:attr:`Finding.failed`): the lint cache keeps none of its results, so that the
    #: next run checks it again (a failure may be a passing one: a plugin's network, a variable of the environment).
    failed: bool = False


class _ParkedBatch:
    """The findings of a batch of files, waiting in the lint run's spill file (or, when it could not
    be written, here) as :func:`marshal` bytes of their cache rows (:meth:`Finding.as_row`).

    Decoded when the first of its files is read, and let go once all of them have been: reading
    the files in order decodes each batch once."""

    __slots__ = ("data", "count", "left", "rows")

    def __init__(self, data: bytes | Spilled, count: int) -> None:
        self.data, self.count, self.left = data, count, count
        self.rows: list[list[list[Any]]] | None = None

    def take(self, i: int) -> list[list[Any]]:
        rows = self.rows
        if rows is None:
            data = self.data
            rows = self.rows = marshal.loads(data if isinstance(data, bytes) else data.read())
        self.left -= 1
        if not self.left:  # every file read: the next reader (the cache's) decodes it again
            self.rows, self.left = None, self.count
        return rows[i]


class _Parked:
    """A file's findings, the ``i``-th of a :class:`_ParkedBatch`: what its result holds in their place."""

    __slots__ = ("batch", "i")

    def __init__(self, batch: _ParkedBatch, i: int) -> None:
        self.batch, self.i = batch, i

    def __bool__(self) -> bool:
        return True  # parked only when there are findings


def _park(results: Iterable[FileResult]) -> None:
    """Move the findings of ``results`` to the lint run's spill file, in one write.

    Every file's results are held until the cross-file rules have run; most of their findings'
    weight (messages that quote the document) is read again only to report them. A file without
    findings lets go of its empty list. Without a spill file, or one that cannot be written, the
    findings stay as they are. Equal windows of days (:attr:`FileResult.window`) become one tuple."""
    store = trait_spill.get()
    held = []
    for res in results:
        if res.window is not None:
            res.window = _shared_window(res.window)
        if store is None:
            continue
        if not res.findings:
            res.findings = _NO_FINDINGS  # type: ignore[assignment]
        elif isinstance(res.findings, list):
            held.append(res)
    if store is None or not held:
        return
    data = marshal.dumps([[f.as_row() for f in res.findings] for res in held])
    start = store.put(data)
    batch = _ParkedBatch(Spilled(store, start, len(data)) if start is not None else data, len(held))
    for i, res in enumerate(held):
        res.findings = _Parked(batch, i)  # type: ignore[assignment]


_NO_FINDINGS: tuple[Finding, ...] = ()
#: The windows of days met so far, one tuple each: most files' results hold on the same few spans.
_WINDOWS: dict[tuple[int, int], tuple[int, int]] = {}


def _shared_window(window: tuple[int, int]) -> tuple[int, int]:
    """``window`` as the one tuple of its value kept for the run (a tuple and two ints less a file)."""
    try:
        shared = _WINDOWS.get(window)
    except TypeError:  # not a pair of numbers (an odd cache entry): kept as it is
        return window
    if shared is None:
        shared = window
        if len(_WINDOWS) < 4096:
            _WINDOWS[window] = window
    return shared


def _finding_rows(res: FileResult) -> list[list[Any]]:
    """The cache rows of a result's findings (:meth:`Finding.as_row`), parked or not."""
    found = res.findings
    if isinstance(found, _Parked):
        return found.batch.take(found.i)
    return [f.as_row() for f in found]


def _findings_of(res: FileResult) -> list[Finding]:
    """A result's findings, parked or not."""
    found = res.findings
    if isinstance(found, _Parked):
        return [Finding.from_row(row) for row in found.batch.take(found.i)]
    return found


def stamp(path: str, active: ActiveRule | None, cls: type[Rule], hit: Hit) -> Finding:
    severity = active.severity if active else cls.severity
    if hit.pl is None and cls.scope == "engine" and active is not None and active.polish:
        # The reader's and the schema's messages (CX000-CX002) are made without a twin: a Polish run, and only
        # it, reads them in Polish here (cxkit.lint.polish_reader); one of a form not known there stays English.
        from .polish_reader import in_polish

        pl = in_polish(cls.name, hit.message)
        if pl is not None:
            hit = hit.with_pl(pl)
    # Messages quote document text: a control character in it is shown, never sent to a terminal.
    if hit.pl is not None and active is not None and active.polish:
        # A Polish workspace reads the Polish twin; the English one stays the finding's identity (baselines).
        return Finding(hit.path or path, hit.line, hit.column, cls.code, cls.name, severity, visible_line(hit.pl),
                       hit.pl_related, english=(visible_line(hit.message), hit.related))
    return Finding(hit.path or path, hit.line, hit.column, cls.code, cls.name, severity, visible_line(hit.message), hit.related)


def _rule_failed(doc: Any, cls: type[Rule], exc: Exception, doing: str = "checking this rule here",
                 active: ActiveRule | None = None, made: Any = None) -> Finding:
    """A rule that raised on a document: an error at the document's start, so CI stops and the rest is still checked.

    Marked :attr:`Finding.failed`: no baseline takes it in, the cache keeps no result of its file, and no comment
    naming the rule is called unused there.  ``active``: the rule as the run has it (its language); ``made``: the
    generator of a plugin's ``check`` that yielded a :class:`Hit` cxkit cannot report (where it stopped is the
    plugin's line that yielded it)."""
    line, col = doc.loaded.locate(())
    english, polish = _failure(cls, exc, doing, made, getattr(doc, "path", ""))
    if active is not None and active.polish:
        return Finding(doc.path, line, col, cls.code, cls.name, Severity.error, visible_line(polish),
                       english=(visible_line(english), ()), failed=True)
    return Finding(doc.path, line, col, cls.code, cls.name, Severity.error, visible_line(english), failed=True)


#: What a rule was doing when it raised, in Polish (see :func:`_failure`).
_DOING_PL = {
    "checking this rule here": "sprawdzania tej reguły w tym dokumencie",
    "indexing this document for the workspace rules": "indeksowania tego dokumentu dla reguł całego obszaru roboczego",
    "checking this rule across the workspace": "sprawdzania tej reguły w całym obszarze roboczym",
}


def _failure(cls: type[Rule], exc: Exception, doing: str, made: Any = None, path: str = "") -> tuple[str, str]:
    """What a finding says of a rule that raised, in English and in Polish: cxkit's own, to be reported to cxkit; an
    installed plugin's, named with its version and the file and line of its code where it failed, to be reported to
    its authors.  With `CXKIT_DEBUG=1` in the environment, the traceback goes to stderr too."""
    plugin = plugin_of(cls)
    said = f"{type(exc).__name__}: {exc}"
    from ..cliutil import debug_on

    if debug_on():
        _print_traceback(cls, exc, plugin, path)
    doing_pl = _DOING_PL.get(doing, doing)
    if plugin is None:
        return (f"cxkit failed while {doing} ({said}); the other rules ran; please report it",
                f"w cxkit wystąpił błąd podczas {doing_pl} ({said}); pozostałe reguły zostały sprawdzone; "
                "prosimy o zgłoszenie tego błędu")
    at = _plugin_line(cls, plugin, exc, made)
    return (f"the rule plugin {plugin.dist} {plugin.version} failed while {doing}{f', at {at}' if at else ''} ({said}); "
            "the other rules ran; report it to the plugin's authors (CXKIT_DEBUG=1 prints the traceback)",
            f"we wtyczce reguł {plugin.dist} {plugin.version} wystąpił błąd podczas {doing_pl}{f', w {at}' if at else ''} "
            f"({said}); pozostałe reguły zostały sprawdzone; zgłoś to autorom wtyczki (CXKIT_DEBUG=1 wypisuje ślad stosu)")


def _plugin_files(cls: type[Rule]) -> tuple[str, str]:
    """Where a plugin rule's code is: the file of its top module, or its package's folder (with a trailing
    separator); and the folder names are shown from (the one holding that module)."""
    top = sys.modules.get(cls.__module__.partition(".")[0])
    file = getattr(top, "__file__", None)
    if not isinstance(file, str):
        return "", ""
    file = os.path.realpath(file)
    if os.path.basename(file) == "__init__.py":
        folder = os.path.dirname(file)
        return folder + os.sep, os.path.dirname(folder)
    return file, os.path.dirname(file)


def _plugin_line(cls: type[Rule], plugin: Any, exc: BaseException, made: Any = None) -> str | None:
    """``file:line`` of the plugin's code where it failed: the innermost frame of the traceback in the plugin's own
    files; for a :class:`Hit` cxkit cannot report, the line of ``made`` (the plugin's generator, or the innermost
    generator of the plugin's that it yields from) that yielded it.
    The file is shown from the folder on Python's path that holds the plugin (`acme_cx_rules.py:40`)."""
    try:
        mine, base = _plugin_files(cls)
        if not mine:
            return None
        found: tuple[str, int] | None = None
        tb = exc.__traceback__
        while tb is not None:
            name = os.path.realpath(tb.tb_frame.f_code.co_filename)
            if name == mine or (mine.endswith(os.sep) and name.startswith(mine)):
                found = (name, tb.tb_lineno)
            tb = tb.tb_next
        frame = getattr(made, "gi_frame", None)
        # A helper generator's yield (`yield from self._hits(doc)`): the innermost of the plugin's generators.
        inner = getattr(made, "gi_yieldfrom", None)
        while found is None and inner is not None and getattr(inner, "gi_frame", None) is not None:
            name = os.path.realpath(inner.gi_frame.f_code.co_filename)
            if name == mine or (mine.endswith(os.sep) and name.startswith(mine)):
                frame = inner.gi_frame
            inner = getattr(inner, "gi_yieldfrom", None)
        if found is None and frame is not None:
            found = (os.path.realpath(frame.f_code.co_filename), frame.f_lineno)
        if found is None:
            return None
        shown = os.path.relpath(found[0], base) if base else os.path.basename(found[0])
        return f"{shown.replace(os.sep, '/')}:{found[1]}"
    except Exception:  # noqa: BLE001 - where it failed is a help, never a second failure
        return None


def _print_traceback(cls: type[Rule], exc: BaseException, plugin: Any, path: str) -> None:
    """`CXKIT_DEBUG=1`: the traceback of a rule that failed, on stderr, under a line naming the rule and the file."""
    import traceback

    who = f"the rule plugin {plugin.dist} {plugin.version}" if plugin is not None else "cxkit"
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    try:
        sys.stderr.write(f"cxkit: debug: {who} failed in rule {cls.name} ({cls.code}) on {path or 'the workspace'}:\n"
                         + "".join(lines))
        sys.stderr.flush()
    except (OSError, ValueError):  # no stderr to write to: the finding says the rest
        pass


def _plugin_hit(doc: Any, hit: Any) -> Any:
    """``hit``, yielded by an installed plugin's rule, if it is one cxkit can report; otherwise the
    error that says what is wrong with it (caught as the rule's failure)."""
    if not isinstance(hit, Hit):
        raise TypeError(f"check() yielded {type(hit).__name__}, not a cxkit.lint.finding.Hit")
    if not isinstance(hit.message, str) or not hit.message.strip():
        raise TypeError(f"a Hit's message must be text, not {hit.message!r}")
    lines = doc.loaded.text.count("\n") + 1
    if not (type(hit.line) is int and type(hit.column) is int and 1 <= hit.line <= lines and hit.column >= 1):
        raise ValueError(f"a Hit at line {hit.line!r}, column {hit.column!r}: the line must be 1 to {lines}, "
                         "the column 1 or more")
    if hit.path is not None:
        raise ValueError("a document rule's Hit names no path: it is about the document checked")
    return hit


def _unread_claims_kind(target: Target, content: tuple[bytes, int] | None) -> bool:
    """Whether a file that does not parse may be a cxkit document: it says so (a `kind:` line of cxkit's, or
    near one, or cxkit's keys, as a folder scan tells), or nothing in it says it is another tool's (empty,
    comments only: no top-level key line); True when its bytes cannot be read again."""
    from ..workspace import _TOP_KEY_LINE, probe_text
    from ..yamlio import LoadedYAML

    try:
        raw = content[0] if content is not None else read_target(target)[0]
    except (OSError, ValueError):
        return True
    return claims_cxkit_kind(LoadedYAML(""), raw) or not _TOP_KEY_LINE.search(probe_text(raw[:8192]))


def check_target(
    target: Target, config: Config, ruleset: RuleSet, content: tuple[bytes, int] | None = None
) -> FileResult:
    """Load one file and run every document rule on it."""
    result = FileResult(target.display)
    known = ruleset.known
    try:
        doc, hits, read_error = load_document(target, config, content)
    except RecursionError:
        doc, hits, read_error = None, [Hit(1, 1, "the YAML is nested too deeply to read")], False
    rule_name = "read-error" if read_error else "yaml-syntax"
    if rule_name in ruleset.active:
        for hit in hits:
            result.findings.append(stamp(target.display, ruleset.active[rule_name], known[rule_name], hit))
    if doc is None:
        # A file that could not be read (a device, a dangling link) was not checked as a document; nor, as below
        # for one that parses, a file named on the command line whose keys say it is another tool's (a Kubernetes
        # manifest of two YAML documents: `yaml-syntax`, but "0 documents checked", as for an OpenAPI file).
        result.is_document = bool(hits) and not read_error and (not target.explicit or _unread_claims_kind(target, content))
        result.passed_over = not hits
        if hits and not read_error:
            result.unread = _unread_identity(target, content)
        return result
    # A file named on the command line is checked whatever it holds, but one that is no cxkit
    # document (cxkit.toml, another tool's YAML) is not counted as one in "N documents checked".
    result.is_document = not target.explicit or claims_cxkit_kind(doc.loaded, b"")
    if mentions_cxkit(doc.loaded.text):
        sup = parse_suppressions(doc.loaded.text, known, doc.loaded.root)
        if sup:
            result.suppressions = sup  # kept only when there is one: every result is held to the end
            doc.suppressions = sup
    note = None
    if doc.model is None and doc.issues:
        from .lenient import check_silenced_schema

        # Schema errors all silenced: the other rules run on the rest of the document, or a note says they did not.
        note = check_silenced_schema(doc, config, ruleset, target.display)
    if target.context:
        # Around the paths named, only what the cross-file rules need: their findings here are not shown.
        try:
            result.summary = summarize(doc)
        except Exception as exc:  # noqa: BLE001 - the workspace rules go on without this document
            result.findings.append(_rule_failed(doc, known["schema"], exc, "indexing this document for the workspace rules",
                                            ruleset.active.get("schema")))
            result.failed = True
        _near_miss(result, doc)
        return result
    if "schema" in ruleset.active:
        for issue in doc.issues:
            line, col = issue.position(doc.loaded)
            result.findings.append(stamp(doc.path, ruleset.active["schema"], known["schema"], Hit(line, col, issue.message)))
    if note is not None:
        result.findings.append(note)
    result.unchecked = doc.model is None
    words = None
    doc.rules_in_force = partial(_rules_in_force, config, ruleset, target.display)
    half = None
    if doc.model is None and doc.issues and note is None:
        from .lenient import half_valid

        half = half_valid(doc)  # schema errors shown: the rules that read none of their fields run on the rest
    if doc.model is not None or ruleset.yaml_rules or half is not None:
        kind = doc.kind
        # A document in a language other than Polish and English: the rules that read words through
        # the Polish and English word lists leave it alone.
        words = doc.model is None or doc.reads_words
        days = clock.watch()  # the days the rules' answers hold on: the lint cache keeps them that long
        for active, rule, cls, kinds, reads_words, plugin in _rule_plan(ruleset, doc.model is not None):
            if kinds and kind not in kinds:
                continue
            if reads_words and not words:
                continue
            made = None
            try:
                if plugin is None:
                    for hit in rule.check(doc):
                        result.findings.append(stamp(doc.path, active, cls, hit))
                else:  # someone else's code: what it yields is checked before it is reported
                    made = rule.check(doc)
                    for hit in made:
                        result.findings.append(stamp(doc.path, active, cls, _plugin_hit(doc, hit)))
            except Exception as exc:  # noqa: BLE001 - one odd document must not end the run for the rest
                clock.today()  # it may fail on this day's date only
                result.findings.append(_rule_failed(doc, cls, exc, active=active, made=made))
                result.failed = True
        if half is not None:
            from .lenient import check_half_valid

            ran: list[str] = []
            result.findings.extend(check_half_valid(doc, half, ruleset, ran))
            result.ran = _shared_ran(tuple(ran))
        result.window = days.close()
    try:
        # A half-valid document's traits too, but for the fields its schema errors touch (see summarize).
        result.summary = summarize(doc, ruleset.places, half)
    except Exception as exc:  # noqa: BLE001 - the workspace rules go on without this document
        result.findings.append(_rule_failed(doc, known["schema"], exc, "indexing this document for the workspace rules",
                                            ruleset.active.get("schema")))
        result.failed = True
    if result.summary is not None and doc.model is not None and not (doc.reads_words if words is None else words):
        result.summary.extra = {**result.summary.extra, "lang": doc.lang}  # see other_langs
    _near_miss(result, doc)
    if ruleset.places and result.findings:
        _place_findings(result, doc)
    return result


def _rule_plan(ruleset: RuleSet, model: bool) -> list[tuple[ActiveRule, Rule, type[Rule], Any, bool, Any]]:
    """The rules :func:`check_target` runs on each document (its document rules, or only those that read
    the YAML when the document has no model), each with what it asks of every document: its class, its
    kinds, whether it reads words, its plugin (None for cxkit's own).  Worked out once a rule set, not
    once a file.

    Kept on the rule set, keyed on what it is made from: the rule set's ``active`` mapping (the object: a
    copy of the rule set, ``copy.copy(ruleset)``, given other rules by giving it another mapping, gets its own
    plan, not the original's) and the plugins' rules. Two identity checks a file; ``active`` is not changed
    in place once the rule set has linted (:func:`build_ruleset` makes it whole)."""
    from . import rule as rule_module

    plugins = rule_module._PLUGIN_RULES
    active = ruleset.active
    plans = ruleset.__dict__.get("_plans")
    if plans is None or plans[0] is not plugins or plans[1] is not active:
        plans = ruleset.__dict__["_plans"] = (plugins, active, {})
    plan = plans[2].get(model)
    if plan is None:
        plan = plans[2][model] = [
            (active, active.rule, type(active.rule), active.rule.kinds, active.rule.reads_words, plugin_of(type(active.rule)))
            for active in (ruleset.document_rules if model else ruleset.yaml_rules)
        ]
    return plan


def _place_findings(result: FileResult, doc: Any) -> None:
    """Each finding of ``result`` with its place in the document (see :attr:`RuleSet.places`), from the parse at hand."""
    from .formats.located import placed

    try:
        result.findings = placed(doc.loaded, result.findings)
    except Exception:  # noqa: BLE001 - the report then reads the file for them, as without a parse
        pass


def other_langs(results: Iterable[Any]) -> dict[str, int]:
    """How many documents of ``results`` (file results or their summaries) are in each language
    whose words cxkit does not read (see Rule.reads_words), by language code."""
    counts: dict[str, int] = {}
    for res in results:
        summary = getattr(res, "summary", res)
        lang = summary.extra.get("lang") if summary is not None else None
        if isinstance(lang, str):
            counts[lang] = counts.get(lang, 0) + 1
    return counts


def _rules_in_force(config: Config, ruleset: RuleSet, path: str) -> dict[str, Rule]:
    """The rules of the run that per-file-ignores leaves on for the file shown as ``path``, by name (what
    :meth:`Document.in_force` reads).  Everything it depends on is in the lint cache's key: the selection
    and the config (:func:`fingerprint`), the file's own comments (its bytes)."""
    ignores = ruleset.__dict__.get("_ignores")
    if ignores is None or ignores[0] is not config:
        ignores = ruleset.__dict__["_ignores"] = (config, PerFileIgnores(config, ruleset.known))
    skipped = ignores[1](path)
    return {name: a.rule for name, a in ruleset.active.items() if name not in skipped}


def _near_miss(result: FileResult, doc: Any) -> None:
    """A document whose kind is a near miss (`Kind: Persona`) stands, for the cross-file rules, as one
    that could not be read: its schema finding says what to fix, and a journey naming its id is not
    told that no such persona exists."""
    if result.summary is None and doc.model is None:
        from ..workspace import near_miss_identity

        result.unread = near_miss_identity(doc.data)
        result.unchecked = True


def _unread_identity(target: Target, content: tuple[bytes, int] | None) -> tuple[str | None, str | None]:
    from ..workspace import unread_identity

    try:
        raw = content[0] if content is not None else target.fs_path.read_bytes()
    except OSError:
        return None, None
    return unread_identity(raw)


ProgressCallback = Callable[[int, int], None]
#: Below this many files to check, worker processes cost more than they save.
PARALLEL_MIN_FILES = 48


def fingerprint(config: Config, selection: Selection, ruleset: RuleSet) -> str:
    """Everything besides a file's bytes that can change its results."""
    from .cache import run_fingerprint

    parts = [
        run_fingerprint(config.source, _selection_key(selection), config.lang, config.settings_bytes),
        repr(sorted((name, a.severity.name, repr(a.rule.options)) for name, a in ruleset.active.items())),
    ]
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).hexdigest()


def _selection_key(selection: Selection) -> tuple[tuple[str, ...], ...]:
    return (selection.select, selection.ignore, selection.extend_select)


#: The lists of rules that ran whole on half-valid documents (:attr:`FileResult.ran`), one tuple each: every
#: result is held until the workspace rules have run, and documents of a kind with the same broken fields
#: share the same list (a tuple of some 30 names a document, ~0.3 KiB, otherwise).
_RAN_LISTS: dict[tuple[str, ...], tuple[str, ...]] = {}


def _shared_ran(ran: tuple[str, ...]) -> tuple[str, ...]:
    return shared_value(_RAN_LISTS, ran, 1024) if ran else ()


def _result_to_json(res: FileResult) -> dict[str, Any]:
    sup = res.suppressions
    return {
        "p": res.path,
        "d": res.is_document,
        "f": _finding_rows(res),
        "s": res.summary.to_json() if res.summary is not None else None,
        "b": list(res.unread) if res.unread is not None else None,
        "t": res.window,
        "k": res.unchecked,
        "r": list(res.ran),
        "o": res.passed_over,
        "u": None if sup is None else {
            "l": [[t, line, col, sorted(names)] for t, entries in sup.lines.items() for line, col, names in entries],
            "f": {name: list(pos) for name, pos in sup.file.items()},
            "x": sup.unknown,
            "m": sup.malformed,
            "n": [[line, *reach] for line, reach in sup.near.items()],
            "w": [[line, name, said] for (line, name), said in sup.spelt.items()],
        },
    }



#: How many summaries read from the cache, or sent back by a worker, go to the spill file in one write.
SPILL_BATCH = 256


def _result_from_json(data: dict[str, Any], spill: bool = True) -> FileResult:
    """A result from :func:`_result_to_json`'s form; ``spill=False`` leaves its summary's texts in
    memory for a later :func:`spill_all`."""
    summary = DocSummary.from_json(data["s"], spill) if data["s"] is not None else None
    sup = None
    if data["u"] is not None:
        u = data["u"]
        lines: dict[int, list[tuple[int, int, set[str]]]] = {}
        for t, line, col, names in u["l"]:
            lines.setdefault(t, []).append((line, col, set(names)))
        sup = Suppressions(
            lines=lines,
            file={name: (pos[0], pos[1]) for name, pos in u["f"].items()},
            unknown=[tuple(x) for x in u["x"]],
            malformed=[tuple(x) for x in u.get("m", ())],
            near={row[0]: list(row[1:]) for row in u.get("n", ())},
            spelt={(line, name): said for line, name, said in u.get("w", ())},
        )
    return FileResult(
        path=data["p"],
        findings=[Finding.from_row(f) for f in data["f"]],
        summary=summary,
        suppressions=sup,
        is_document=data["d"],
        window=tuple(data["t"]) if data.get("t") is not None else None,  # type: ignore[arg-type]
        unread=(data["b"][0], data["b"][1]) if data.get("b") is not None else None,
        unchecked=bool(data.get("k", False)),
        ran=_shared_ran(tuple(data.get("r", ()))),
        passed_over=bool(data.get("o", False)),
    )


Batch = list[tuple[Target, "tuple[bytes, int] | None"]]


class Claims:
    """The numbers of the batches no process has taken yet, shared by forked workers and their main process.

    They wait in a pipe, all written before the workers start and its write end closed: a process
    takes the next number by reading its four bytes, and the pipe's end says none is left.  The
    kernel gives each number to one reader only, and a process killed at any moment (SIGKILL, the
    OOM killer) holds nothing the others wait for: it loses at most the batch it took, which the
    main process then does itself.  (A shared counter behind a lock hung the whole run when its
    holder was killed: the main process and the other workers waited for the lock forever.)
    """

    #: Bytes of one number: a read of this many takes one whole number, as every write was whole.
    SIZE = 4

    def __init__(self, fd: int) -> None:
        self.fd = fd

    @classmethod
    def open(cls, count: int) -> "Claims | None":
        """The numbers ``0 .. count - 1``, in order; None if a pipe cannot hold that many."""
        import struct

        need = count * cls.SIZE
        read, write = os.pipe()
        try:
            try:
                import fcntl

                if fcntl.fcntl(write, fcntl.F_GETPIPE_SZ) < need:
                    fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, need)
            except (ImportError, AttributeError, OSError):  # not Linux, or more than a pipe may hold here
                pass
            os.set_blocking(write, False)  # the write end only: the readers wait for a number
            data = memoryview(struct.pack(f"={count}I", *range(count)))
            while data:
                data = data[os.write(write, data):]
        except BlockingIOError:
            os.close(read)
            return None
        except BaseException:
            os.close(read)
            raise
        finally:
            os.close(write)
        return cls(read)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)


def claim_next(claims: Claims) -> int | None:
    """The number of the next batch no process has taken, or None when all are taken; for lint's
    and fmt's workers and main process alike."""
    data = os.read(claims.fd, Claims.SIZE)
    return int.from_bytes(data, sys.byteorder) if data else None


def claimed_batches(items: list[Any], size: int) -> tuple[list[list[Any]], Claims]:
    """``items`` in batches of ``size``, and the claims of those batches.

    The batches are larger when a pipe cannot hold a number for each (over half a million files
    on Linux, where a pipe can grow to 1 MiB; fewer where it holds 16 KiB).
    """
    while True:
        batches = [items[i:i + size] for i in range(0, len(items), size)]
        claims = Claims.open(len(batches))
        if claims is not None:
            return batches, claims
        size *= 2


def _claim_and_check(
    batches: list[Batch], config: Config, ruleset: RuleSet, claims: Claims, done: Any, slot: int
) -> Iterator[tuple[int, list[FileResult]]]:
    """Take the next unclaimed batch until none is left; shared by the main process and its workers.

    ``done[slot]`` counts this process's files for the progress line: each process writes its own
    slot only, so no lock is taken (one a killed worker could leave held).
    """
    while (slot == 0 or not parent_gone()) and (index := claim_next(claims)) is not None:
        results = [check_target(t, config, ruleset, content) for t, content in batches[index]]
        done[slot] += len(results)
        yield index, results


def _report_back(conn: Any, work: Callable[[], list[tuple[int, list[FileResult]]]]) -> None:
    """Run a worker's ``work`` and send its results (or its error) to the main process at once."""
    try:
        payload: tuple[str, Any] = ("ok", work())
    except BaseException as exc:  # noqa: BLE001 - the main process re-raises it
        import traceback

        exc.add_note("in a lint worker process:\n" + "".join(traceback.format_tb(exc.__traceback__)).rstrip())
        payload = ("error", exc)
    try:
        conn.send(payload)
    except BaseException:  # noqa: BLE001 - unpicklable, or the main process has gone: never a worker traceback
        with contextlib.suppress(BaseException):
            conn.send(("error", RuntimeError(f"a lint worker failed: {payload[1]!r}")))
    finally:
        conn.close()


#: What reading a worker's pipe raises when the worker has died: ``EOFError`` at a message's
#: boundary, ``OSError`` ("got end of file during message") when it was killed while sending (a
#: message larger than the pipe's buffer waits there, half written, while the main process is
#: busy).  A message is unpickled only once it has come whole, so a cut one raises nothing else.
#: `cxkit lint` and `cxkit fmt` then do the dead worker's work in the main process.
LOST_WORKER: tuple[type[BaseException], ...] = (EOFError, OSError)


#: The main process of this worker (set by :func:`start_worker`); None in the main process itself.
_parent_pid: int | None = None


def parent_gone() -> bool:
    """In a worker, whether its main process has died (the worker was adopted by another): it stops
    taking batches.  Where the kernel offers it (Linux), :func:`start_worker` has the worker killed at
    once instead; this is the check between batches elsewhere."""
    return _parent_pid is not None and os.getppid() != _parent_pid


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when the thread that forked it (the main process's) ends."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - no prctl here: parent_gone() is checked between batches
        pass


def start_worker(inherited: Iterable[Any]) -> None:
    """In a forked worker, first: die at SIGTERM and SIGHUP, and with the main process, and close the
    pipe ends inherited from the main process.

    The main process's SIGTERM and SIGHUP handler unwinds to clean up; in a worker it would have it
    go on (or send an error nobody reads) instead of stopping.  A main process killed outright
    (SIGKILL, the OOM killer, a CI runner's hard timeout) takes its workers with it: they would
    otherwise check every batch left, for nobody.  Read ends held open in a worker would keep
    another worker whose main process was killed blocked in ``send`` forever.  `cxkit lint` and
    `cxkit fmt` start their workers this way.
    """
    global _parent_pid
    import multiprocessing

    for name in ("SIGTERM", "SIGHUP"):
        with contextlib.suppress(AttributeError, ValueError):  # no SIGHUP (Windows)
            if signal.getsignal(getattr(signal, name)) is not signal.SIG_IGN:  # ignored (nohup): stays ignored
                signal.signal(getattr(signal, name), signal.SIG_DFL)
    parent = multiprocessing.parent_process()
    _parent_pid = parent.pid if parent is not None and parent.pid is not None else os.getppid()
    _die_with_parent()
    if parent_gone():  # it died before the request was made: nothing would send the signal now
        os._exit(1)
    for end in inherited:
        end.close()


def shared_array(context: Any, typecode: str, init: Any) -> Any:
    """``context.RawArray(typecode, init)``, or None when no shared memory can be made for it, said once on
    stderr: a hardened container or sandbox with no writable /dev/shm, where Python makes it.  The caller
    then works in one process, as with `-j 1`, and its output is the same."""
    try:
        return context.RawArray(typecode, init)
    except OSError as exc:
        if exc.errno in _OUT_OF_PROCESSES:  # the system's limits, not the place shared memory is made in
            say_alone(exc, "cannot set up worker processes")
        else:
            where = f"{os.path.dirname(exc.filename)}: " if isinstance(exc.filename, str) else ""
            say_alone(exc, "no shared memory for worker processes", where)
        return None


#: The errors of a system out of processes, files or memory: no worker can be set up, wherever
#: shared memory is made ("Too many open files", "Resource temporarily unavailable" from fork).
_OUT_OF_PROCESSES = frozenset({errno.EMFILE, errno.ENFILE, errno.EAGAIN, errno.ENOMEM})


def say_alone(exc: OSError, what: str, where: str = "", working: str = "in one process, as -j 1 does") -> None:
    """Say once on stderr that this process works without (some of) its workers, and why."""
    global _SAID_ALONE
    if not _SAID_ALONE:
        _SAID_ALONE = True
        sys.stderr.write(f"cxkit: note: {what} ({where}{exc.strerror or exc}); working {working}\n")


#: Whether this process has said that it works without worker processes (see :func:`say_alone`).
_SAID_ALONE = False


def stop_workers(workers: list[tuple[Any, Any]], finished: bool) -> None:
    """Close the main process's ends of the workers' pipes and wait for each worker.

    Unless the run ``finished``, each is stopped first (SIGTERM, which ``start_worker`` makes
    fatal): a run that failed or was interrupted (Ctrl-C, SIGTERM, even sent to the main process
    alone) ends at once instead of waiting for the work in hand.
    """
    for proc, receive in workers:
        receive.close()
        if not finished:
            proc.terminate()
        proc.join()


def _worker_main(
    conn: Any, batches: list[Batch], config: Config, ruleset: RuleSet, claims: Claims, done: Any, slot: int,
    inherited: list[Any], stream: bool = False,
) -> None:
    """A forked worker: check batches and send their results back.

    With ``stream`` (its pipe holds several batches' results, see :func:`_widen_pipe`) each
    batch's results go as soon as it is checked, for the main process to take between its own
    batches: neither pickling nor reading them waits for the end of the run. Otherwise they all go
    at once at the end, as a pipe that fills would stop the worker until the main process is done.

    It first closes the read ends of the pipes it inherited (its own and earlier workers'): held
    open here, they would keep a worker whose main process was killed blocked in ``send``
    forever, instead of failing and exiting.  It also dies at SIGTERM, as the main process's
    handler (which unwinds to clean up) would have it send an error nobody reads.
    """
    start_worker(inherited)
    # The main process's spill file is not this process's to write: its summaries go back whole.
    trait_spill.set(None)
    checked = _claim_and_check(batches, config, ruleset, claims, done, slot)
    _report_back(conn, (lambda: _send_each(conn, checked)) if stream else (lambda: list(checked)))


def _send_each(conn: Any, checked: Iterable[tuple[int, list[FileResult]]]) -> list[tuple[int, list[FileResult]]]:
    """Send each batch's results as a ``("batch", ...)`` message; none are left for the last one."""
    for item in checked:
        conn.send(("batch", [item]))
    return []


#: The bytes a worker's pipe is widened to hold (Linux's limit for an unprivileged process):
#: a dozen batches' results, so a worker seldom waits for the main process to read them.
PIPE_BYTES = 1 << 20


def _widen_pipe(conn: Any) -> bool:
    """Whether the pipe of ``conn`` holds :data:`PIPE_BYTES` (widened where the system allows)."""
    try:
        import fcntl

        fd = conn.fileno()
        if fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ) < PIPE_BYTES:
            fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        return fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ) >= PIPE_BYTES
    except (ImportError, AttributeError, OSError):  # not Linux, or the system's limit is lower
        return False


class _Inbox:
    """The results the workers send back, taken as they come: between the main process's own
    batches without waiting, and at the end until each worker has sent its last message or died."""

    def __init__(self, workers: list[tuple[Any, Any]], by_batch: dict[int, list[FileResult]]) -> None:
        self.open = [receive for _proc, receive in workers]
        self.by_batch = by_batch

    def take(self, block: bool) -> None:
        from multiprocessing.connection import wait

        while self.open:
            ready = wait(self.open, None if block else 0)
            if not ready:
                return
            for receive in ready:
                try:
                    status, payload = receive.recv()
                except LOST_WORKER:
                    # The worker died, perhaps halfway through a message: the batches it did not send are checked again.
                    self.open.remove(receive)
                    continue
                if status == "error":
                    raise payload
                if status != "batch":
                    self.open.remove(receive)  # its last message
                # Into this process's spill file, as its own summaries went, a batch at a time.
                sent = [res.summary for _index, checked in payload for res in checked if res.summary is not None]
                for at in range(0, len(sent), SPILL_BATCH):
                    spill_all(sent[at:at + SPILL_BATCH])
                del sent
                _park(res for _index, checked in payload for res in checked)
                self.by_batch.update(payload)


def _check_unclaimed(
    indexes: Iterable[int], batches: Callable[[int], Batch], config: Config, ruleset: RuleSet, taken: Any, done: Any,
    slot: int,
) -> Iterator[tuple[int, list[FileResult]]]:
    """Check the batches at ``indexes`` that no process has taken yet (the spawn-started way of sharing).

    ``taken`` holds a flag per batch, set without a lock: a process killed at
    any moment can never leave one held.  Two processes may both take a batch
    in the same instant; both results are the same, and one is kept.
    """
    for index in indexes:
        if slot and parent_gone():
            return
        if taken[index]:
            continue
        taken[index] = 1
        results = [check_target(t, config, ruleset, content) for t, content in batches(index)]
        done[slot] += len(results)
        yield index, results


def _spawned_worker_main(
    conn: Any, first: int, share: list[Batch], config: Config, selection: Selection, taken: Any, done: Any, slot: int,
    given: tuple[str, ...] = (),
) -> None:
    """A worker started by spawn: it inherits nothing, so it is sent its own share of the batches and builds the rules.

    ``given``: the folders the main process was given (:data:`cxkit.lint.plugins._GIVEN`, a :mod:`cxkit.api`
    call's paths too), whose checkouts the worker reads no rule plugin from either.

    It takes its batches from the first one on while the main process, once
    its own share is done, takes them from the last one back; a worker that
    starts late or dies leaves the rest to the main process.
    """
    global _parent_pid
    _parent_pid = os.getppid()  # it stops taking batches if the main process dies
    guard = guard_worker_stderr()
    if given:
        from . import plugins

        plugins._GIVEN.extend(folder for folder in given if folder not in plugins._GIVEN)
    indexes = range(first, first + len(share))

    def work() -> list[tuple[int, list[FileResult]]]:
        if all(taken[i] for i in indexes):  # the work is gone already: the rules are not worth building
            return []
        ruleset = build_ruleset(config, selection)
        return list(_check_unclaimed(indexes, lambda i: share[i - first], config, ruleset, taken, done, slot))

    try:
        _report_back(conn, work)
    finally:
        if guard is not None:
            guard.finish()


def guard_worker_stderr() -> Any:
    """In a worker started by spawn (macOS, Windows), first: its stderr through the guard cli.main() puts on
    the main process's in a CI job (visible.guard_ci_log), so that a warning quoting a name or value is no
    runner command in the log there either.  A forked worker inherits the main process's guard.

    The guard, to be finished (its last, unended line written) when the worker is done; None outside CI
    or when stderr needs none (a regular file)."""
    from ..cliutil import runner_in_environment

    if not runner_in_environment():
        return None
    from ..visible import guard_ci_log

    guarded = guard_ci_log(sys.stderr)
    if guarded is sys.stderr:
        return None
    sys.stderr = guarded
    return guarded


def default_jobs() -> int:
    """The processes a lint or fmt run uses unless told: the CPUs this process may run on, but no more
    than its control group's CPU quota allows (a container's `--cpus`, a Kubernetes CPU limit, a
    CI runner's share of a large machine), rounded up."""
    try:
        cpus = max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        cpus = max(1, os.cpu_count() or 1)
    quota = cpu_quota()
    return cpus if quota is None else max(1, min(cpus, -int(-quota // 1)))


#: How many times the CPUs :func:`default_jobs` counts `--jobs` may ask for: past that, more
#: processes only cost forks and memory (`-j 1000` on 2 CPUs started some 800 and ran 3 times slower).
JOBS_PER_CPU = 4


def capped_jobs(jobs: int | None) -> int:
    """``--jobs`` as a run uses it: the default when not given, at most :data:`JOBS_PER_CPU` × the CPUs."""
    usable = default_jobs()
    return usable if jobs is None else max(1, min(jobs, JOBS_PER_CPU * usable))


def cpu_quota(root: str = "/sys/fs/cgroup", membership: str = "/proc/self/cgroup") -> float | None:
    """The CPUs this process's control group may use by its quota, or None when none is set (or not Linux).

    cgroup v2: `cpu.max` ("200000 100000" is 2 CPUs, "max 100000" none); v1: `cpu.cfs_quota_us`
    (-1: none) over `cpu.cfs_period_us`.  The group and each group above it are read (the tightest
    quota holds), and the top of the hierarchy as mounted, which is the group itself in a container.
    """
    try:
        with open(membership, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return None
    v2, v1 = "/", "/"
    for line in lines:
        _number, _, rest = line.partition(":")
        controllers, _, path = rest.partition(":")
        if not controllers:
            v2 = path or "/"
        elif "cpu" in controllers.split(","):
            v1 = path or "/"
    found: list[float] = []
    for folder in _groups(root, v2):
        text = _small_file(os.path.join(folder, "cpu.max")).split()
        if len(text) == 2 and text[0] != "max":
            found.append(_ratio(text[0], text[1]))
    for mount in ("cpu", "cpu,cpuacct", "cpuacct,cpu"):
        for folder in _groups(os.path.join(root, mount), v1):
            quota = _small_file(os.path.join(folder, "cpu.cfs_quota_us")).strip()
            if quota and quota != "-1":
                found.append(_ratio(quota, _small_file(os.path.join(folder, "cpu.cfs_period_us")).strip()))
    quotas = [q for q in found if q > 0]
    return min(quotas) if quotas else None


def _groups(base: str, path: str) -> list[str]:
    """The folders of the group ``path`` and of each group above it, under the hierarchy mounted at ``base``."""
    folders = [base]
    parts = [p for p in path.split("/") if p and p not in (".", "..")]
    folders += [os.path.join(base, *parts[:n]) for n in range(1, len(parts) + 1)]
    return [f for f in folders if os.path.isdir(f)]


def _small_file(path: str) -> str:
    try:
        with open(path, encoding="ascii") as handle:
            return handle.read(200)
    except (OSError, ValueError):
        return ""


def _ratio(quota: str, period: str) -> float:
    try:
        return int(quota) / int(period)
    except (ValueError, ZeroDivisionError):
        return 0.0


def _check_all(
    todo: list[tuple[Target, tuple[bytes, int] | None]],
    config: Config,
    selection: Selection,
    ruleset: RuleSet,
    jobs: int,
    progress: ProgressCallback | None,
    done_before: int,
    total: int,
    early: _EarlyRules | None = None,
) -> list[FileResult]:
    """Check files: the main process and ``jobs - 1`` workers take batches until none is left.

    ``todo`` is emptied: each file's bytes (read for the cache keys) are let go once the file is
    checked in this process, or with the batches at the end when a worker checked it. With
    forked workers, ``early``'s rules run in the main process once the files it picks are checked.
    """
    if jobs <= 1 or len(todo) < PARALLEL_MIN_FILES:
        out = []
        for i in range(len(todo)):
            target, content = todo[i]
            todo[i] = None  # type: ignore[call-overload]  # its bytes go with it
            out.append(check_target(target, config, ruleset, content))
            del content
            if progress is not None and (i + 1) % 25 == 0:
                progress(done_before + i + 1, total)
            if (i + 1) % SPILL_BATCH == 0:
                _park(out[-SPILL_BATCH:])
        _park(out[len(out) - len(out) % SPILL_BATCH:])
        todo.clear()
        return out
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    done = shared_array(context, "q", min(jobs, len(todo)))  # files checked, by process (the main one first): no lock
    if done is None:  # no shared memory to be had: the main process checks them all
        return _check_all(todo, config, selection, ruleset, 1, progress, done_before, total)
    forked = method == "fork"
    if forked:
        # Forked workers inherit the configured rules and their compiled lexicons.
        for active in ruleset.document_rules:
            active.rule.prepare()
        gc.freeze()  # the lexicons just compiled too: workers neither scan nor copy them
    # The files the early rules read are checked first; the results are put back in order at the end.
    moved: list[int] | None = None  # the files' places in ``todo`` before, in their new order
    firsts = 0
    if forked and early is not None:
        picked = early.first(todo)
        firsts = sum(picked)
        if firsts:
            moved = [i for i, p in enumerate(picked) if p] + [i for i, p in enumerate(picked) if not p]
            todo[:] = [todo[i] for i in moved]
    # Small batches keep every core busy to the end; claiming one costs a read from a pipe.
    size = max(4, min(32, len(todo) // (jobs * 16) or 1))
    claims = None
    if forked:
        batches, claims = claimed_batches(todo, size)
    else:
        batches = [todo[i:i + size] for i in range(0, len(todo), size)]
    files = len(todo)
    todo.clear()  # the items live on in the batches
    # The batches that hold the files the early rules read (the last of them may hold others too).
    early_batches = range((firsts + len(batches[0]) - 1) // len(batches[0])) if moved is not None else range(0)
    count = min(jobs, len(batches)) - 1  # never more processes than batches
    # A forked worker shares every batch with the main process and claims them by number. A spawned
    # one would have to be sent all of them (every file's bytes, when the cache read them), so each
    # is sent only its own share: the main process checks the first share, then takes what is left
    # of the others from their ends.
    shares = [range(len(batches) * k // (count + 1), len(batches) * (k + 1) // (count + 1)) for k in range(count + 1)]
    workers = []
    finished = False
    try:
        taken = None if forked else context.RawArray("b", len(batches))
        given = () if forked else _given_folders()
        for k in range(count):

            def build(receive: Any, send: Any, k: int = k) -> Any:
                if forked:
                    inherited = [end for _, end in workers] + [receive]
                    return context.Process(
                        target=_worker_main,
                        args=(send, batches, config, ruleset, claims, done, k + 1, inherited, _widen_pipe(send)),
                        daemon=True,
                    )
                share = shares[k + 1]
                return context.Process(
                    target=_spawned_worker_main,
                    args=(send, share.start, batches[share.start:share.stop], config, selection, taken, done, k + 1,
                          given),
                    daemon=True,
                )

            # Not started (out of files or processes): the main process takes the batches no worker claims.
            if not start_worker_process(context, workers, build):
                break
        by_batch: dict[int, list[FileResult]] = {}
        inbox = _Inbox(workers, by_batch)
        if claims is not None:
            mine = _claim_and_check(batches, config, ruleset, claims, done, 0)
        else:
            order = chain(shares[0], *(reversed(share) for share in shares[1:]))
            mine = _check_unclaimed(order, batches.__getitem__, config, ruleset, taken, done, 0)
        for index, results in mine:
            _park(results)
            by_batch[index] = results
            batches[index] = []  # checked here: its bytes are not needed again
            if progress is not None:
                # Spawned processes may both take one batch in the same instant: both count it.
                progress(done_before + min(sum(done), files), total)
            inbox.take(block=False)
            if early is not None and not early.ran and early_batches and all(i in by_batch for i in early_batches):
                early.run([res for i in early_batches for res in by_batch[i]])
        inbox.take(block=True)
        for index in range(len(batches)):
            if index not in by_batch:
                by_batch[index] = [check_target(t, config, ruleset, content) for t, content in batches[index]]
                _park(by_batch[index])
        finished = True
    finally:
        if claims is not None:
            claims.close()
        stop_workers(workers, finished)
    if progress is not None:
        progress(done_before + files, total)
    checked = [res for index in range(len(batches)) for res in by_batch[index]]
    if moved is None:
        return checked
    out: list[FileResult] = [None] * files  # type: ignore[list-item]
    for at, res in zip(moved, checked):
        out[at] = res
    return out


def _given_folders() -> tuple[str, ...]:
    """The folders whose checkouts no rule plugin is read from, for a worker started by spawn: the environment
    hands it the command line's, not those of a program's :mod:`cxkit.api` calls."""
    from . import plugins

    return tuple(plugins._given_folders())


@contextlib.contextmanager
def _safe_path(context: Any) -> Iterator[None]:
    """A worker started by spawn (Windows) is `python -c ...`, which puts the current folder (the checkout
    being linted) first on its path while it imports multiprocessing: PYTHONSAFEPATH=1 keeps it off.  Set
    only while the process is started, so the main process's environment is as it was afterwards."""
    if context.get_start_method() == "fork" or "PYTHONSAFEPATH" in os.environ:
        yield
        return
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        yield
    finally:
        os.environ.pop("PYTHONSAFEPATH", None)


def start_worker_process(context: Any, workers: list[tuple[Any, Any]], build: Callable[[Any, Any], Any]) -> bool:
    """Start one more worker for `cxkit lint` or `cxkit fmt`, appended to ``workers`` as ``(process, receive)``.

    ``build(receive, send)`` makes the process from the two ends of a new pipe; the worker sends on ``send``.
    False, said once on stderr, when the system refuses the pipe or the fork (out of open files, processes
    or memory: "Resource temporarily unavailable"); the caller then goes on with the workers it has, and
    its output is the same as with `-j 1`.
    """
    try:
        receive, send = context.Pipe(duplex=False)
    except OSError as exc:
        say_alone(exc, "cannot start worker processes", working=_working_with(len(workers)))
        return False
    proc = build(receive, send)
    try:
        with _safe_path(context):
            proc.start()
    except OSError as exc:
        receive.close()
        send.close()
        say_alone(exc, "cannot start worker processes", working=_working_with(len(workers)))
        return False
    send.close()
    workers.append((proc, receive))
    return True


def _working_with(workers: int) -> str:
    """How a run goes on with the ``workers`` it could start, for :func:`say_alone`."""
    return "in one process, as -j 1 does" if not workers else f"with {workers + 1} processes"


@contextlib.contextmanager
def _lean_gc() -> Iterator[None]:
    """Less garbage-collector work while linting.

    Loading a file allocates tens of thousands of short-lived, acyclic objects
    that reference counting frees at once, yet they trip the collector's
    counters every 700 allocations and each pass rescans the objects alive, a
    tenth of a run's time.  Everything alive before the run (modules, compiled
    lexicons) is frozen out of the scans, which also spares forked workers from
    copying those pages, and passes are rarer; cyclic garbage is still freed.
    """
    global _lean_runs, _lean_before
    with _lean_lock:
        # Runs in several threads at once (cxkit.api.lint_text in an editor's host) share the collector:
        # the first to start makes it lean, the last to end gives it back as it was.
        if _lean_runs == 0:
            _lean_before = thresholds = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(max(thresholds[0], 20_000), max(thresholds[1], 50), max(thresholds[2], 100))
        _lean_runs += 1
    try:
        yield
    finally:
        with _lean_lock:
            _lean_runs -= 1
            if _lean_runs == 0:
                gc.set_threshold(*_lean_before)
                gc.unfreeze()


_lean_lock = threading.Lock()
_lean_runs = 0  # runs under _lean_gc now, in any thread
_lean_before: tuple[int, ...] = gc.get_threshold()


@contextlib.contextmanager
def _spilled_traits() -> Iterator[None]:
    """The trait texts and stems of the run's summaries wait in a temporary file (see :class:`TraitSpill`).

    The file is closed when the run ends, however it ends: not when the last summary goes, which a
    failed run's kept exception (its frames hold the summaries) can put off indefinitely.
    """
    spill = TraitSpill()
    token = trait_spill.set(spill)
    try:
        yield
    finally:
        trait_spill.reset(token)
        spill.close()


def _same_path(fs_path: Any, other: str) -> bool:
    return os.path.abspath(fs_path) == os.path.abspath(other)


@_lean_gc()
@_spilled_traits()
def lint(
    paths: list[str],
    config: Config,
    selection: Selection = Selection(),
    ruleset: RuleSet | None = None,
    *,
    jobs: int | None = None,
    cache: bool = False,
    progress: ProgressCallback | None = None,
    suppressed: list[Suppressed] | None = None,
    store: LintCache | None = None,
    places: bool = False,
    buffer: str | None = None,
    spill: bool = False,
) -> LintResult:
    """Lint files and directories; the heart of ``cxkit lint``.

    ``jobs`` worker processes check files in parallel (default: every core the CPU quota allows;
    at most :data:`JOBS_PER_CPU` times that);
    ``cache`` reuses results for unchanged files from the cache folder.
    ``suppressed``, when given, receives every finding a `# cxkit: disable` comment or
    `per-file-ignores` kept out of the result, with what silenced it (`cxkit review`).
    ``store``: the per-file results to use and add to instead of the cache folder of ``config``'s
    workspace (`cxkit review` lints copies of the tree, whose results are the checkout's); whole
    runs are then neither looked up nor stored.
    ``places``: each finding gets its place in its document (:attr:`Finding.at`), as the machine formats
    write it, worked out while the files are parsed (see :mod:`cxkit.lint.formats.located`).
    ``buffer``: the path of a file that holds an editor's buffer (`cxkit lint -`): its results are
    neither looked up in the cache nor stored there (nor is the whole run), the other files' are.
    A run with no cross-file rule in force reads only the paths named, not the rest of their workspace.
    ``spill``: the result's findings wait in a temporary file until they are read, a block at a time (a
    :class:`cxkit.lint.spilled.SpilledFindings`, a sequence, not a list), so that a report of many
    findings never holds them all (`cxkit lint` itself).
    """
    from ..clock import today

    today()  # a CXKIT_TODAY that is no date stops the run here, not in a rule of every file
    custom_rules = ruleset is not None
    ruleset = ruleset or build_ruleset(config, selection)
    if places and not ruleset.places:
        ruleset = replace(ruleset, places=True)
    alone = not ruleset.workspace_rules  # nothing reads the rest of the workspace
    targets, unreadable, shown = discover_with_context(paths, config, context=not alone)
    jobs = capped_jobs(jobs)
    whole_runs = store is None  # a run of the checkout itself, not of review's copies
    keys: list[str] = []
    contents: list[tuple[bytes, int] | None] = []
    racy: list[int] = []  # the files whose times were too recent to trust when stat'ed
    pending: str | None = None  # the run's stat key, taken while some were
    if cache or store is not None:
        from .cache import ALONE, cache_dir, file_key, open_store, run_fingerprint, run_key, stat_key

        store = store if store is not None else open_store(cache_dir(config.root))
        # Stat before reading: a file that changes mid-run then misses next time instead of hitting stale.
        run_fp = None if custom_rules or not whole_runs or buffer is not None else run_fingerprint(
            config.source, _selection_key(selection), config.lang, config.settings_bytes,
        )
        if run_fp is not None and alone:
            run_fp += ALONE  # its stat key lists the paths named alone (see cache.cached_run)
        quick = None if run_fp is None else stat_key(run_fp, targets, unreadable, shown, racy)
        if racy:  # files changed too lately to trust their times: the key waits for them to settle (below)
            pending, quick = quick, None
        fp = fingerprint(config, selection, ruleset)
        for t in targets:
            try:
                content = read_target(t)
            except OSError:
                content = None
            contents.append(content)
            keys.append(file_key(fp, t.display, t.explicit, *content, context=t.context, there=t.there)
                        if content is not None and (buffer is None or not _same_path(t.fs_path, buffer)) else "")
        whole = run_key(fp, keys, [t.display for t in targets] + sorted(unreadable) + ["\0shown"] + sorted(shown))
        hit = store.get_run(whole) if all(keys) and suppressed is None and whole_runs else None
        if isinstance(hit, dict):
            try:
                findings = [Finding.from_row(f) for f in hit["findings"]]
                result = LintResult(findings, hit["files"], hit["documents"], cached_files=len(targets),
                                    other_langs=dict(hit.get("langs") or {}))
            except (KeyError, TypeError, ValueError, IndexError):
                pass
            else:
                if quick is not None:
                    # Same bytes, new stat signature (a touch, a checkout): the next run can skip reading again.
                    store.put_run(quick, hit)
                    store.save()
                return result
    results: list[FileResult | None] = [None] * len(targets)
    todo: list[tuple[Target, tuple[bytes, int] | None]] = []
    todo_index: list[int] = []
    cached = 0
    if store is not None:
        loaded: list[DocSummary] = []  # their texts go to the spill file a batch at a time
        found: list[FileResult] = []  # and their findings
        for i, (t, key) in enumerate(zip(targets, keys)):
            entry = store.get_file(key) if key else None
            if isinstance(entry, dict):
                try:
                    res = results[i] = _result_from_json(entry, spill=False)
                    cached += 1
                except (KeyError, TypeError, ValueError, IndexError, OverflowError):
                    pass
                else:
                    found.append(res)
                    if res.summary is not None:
                        loaded.append(res.summary)
                        if len(loaded) >= SPILL_BATCH:
                            spill_all(loaded)
                            loaded = []
                    if len(found) >= SPILL_BATCH:
                        _park(found)
                        found = []
                    continue
            todo.append((t, contents[i]))
            todo_index.append(i)
        spill_all(loaded)
        _park(found)
        del loaded, found
    else:
        todo = [(t, None) for t in targets]
        todo_index = range(len(targets))  # type: ignore[assignment]  # no int object a file
    # The bytes read for the cache keys now live in ``todo`` alone, which lets each go once checked.
    contents = []
    # Cross-file rules may run while workers still check files (a run with no cached results only:
    # those would have to be read too).
    early = _EarlyRules(config, ruleset) if jobs > 1 and not cached and ruleset.workspace_rules else None
    days = clock.watch()  # what the cross-file rules work out from the date, early or at the end
    fresh = _check_all(todo, config, selection, ruleset, jobs, progress, cached, len(targets), early)
    del todo
    for i, res in zip(todo_index, fresh):
        results[i] = res
    done = [r for r in results if r is not None]
    excluded = ExcludedFiles(config)
    total, advice = len(targets), _no_personas_advice(config, targets)
    linted = _linted(targets, results)
    if pending is not None and run_fp is not None:
        quick = _settled_quick(run_fp, fp, targets, unreadable, shown, pending, racy, keys)
    del targets  # every file's place on disk: its results name it by its shown path
    failures: list[str] = []  # the cross-file rules that failed: their error is at the config, named or not
    result = _finish(done, unreadable, config, ruleset, total, advice, suppressed, excluded, early, spill, failures)
    # A rule failed on a file (shown or read for the cross-file rules) or across the workspace: the run is not kept
    # whole in the cache, whatever of it is shown (a failure may be a passing one; see FileResult.failed).
    failed_run = bool(failures) or any(r.failed for r in done)
    langs = other_langs(r for r in done if r.path in shown)
    window = days.close(r.window for r in done)  # the days the whole run's findings hold on
    if len(shown) < total:
        # Context documents informed the cross-file rules; only the named paths are reported
        # (and the folders under them that could not be read).
        also = {where for where, _message in unreadable}
        if suppressed:
            suppressed[:] = [s for s in suppressed if s[0].path in shown or s[0].path in also]
        # A cross-file rule that failed fails the run of any file it would have looked at (its error is at the config).
        kept = (lambda f: f.path in shown or f.path in also or (f.failed and f.rule in failures))  # noqa: E731
        result = LintResult(
            result.findings.where(kept) if spill else [f for f in result.findings if kept(f)],  # type: ignore[attr-defined]
            len(shown),
            sum(1 for r in done if r.is_document and r.path in shown),
        )
    if ruleset.places:
        from .formats.located import with_places

        # The cross-file rules' findings, placed once here: the whole run's cache entry then holds every place.
        if spill and not all(f.at is not None for f in result.findings):
            from .formats.located import each_placed
            from .spilled import SpilledFindings

            result.findings = SpilledFindings(each_placed(result.findings))  # type: ignore[assignment]
        else:
            result.findings = with_places(result.findings)  # type: ignore[assignment]
    result.cached_files = cached
    result.linted = linted
    result.unchecked = {r.path: frozenset(r.ran) for r in done if r.unchecked and r.path in shown}
    result.other_langs = langs
    if store is not None:
        from .cache import encoded

        # Written as they will stand in the cache file; the results themselves are done with.
        # A file a rule failed on is checked again next time: its failure may be a passing one.
        new_entries = {keys[i]: encoded(_result_to_json(res)) for i, res in zip(todo_index, fresh) if keys[i] and not res.failed}
        del results, fresh, done
        store.put_files(new_entries, keep={k for k in keys if k})
        del new_entries
        # A finding that looked at the files `exclude` leaves out depends on files the run key does not cover.
        if all(keys) and not excluded.walked and whole_runs and not failed_run:
            entry = {
                "findings": [f.as_row() for f in result.findings],
                "files": result.files_checked,
                "documents": result.documents,
                "window": window,
                "langs": langs,
            }
            store.put_run(whole, entry)
            if quick is not None:
                # The same result under the files' stat signature: the next identical run reads nothing.
                store.put_run(quick, entry)
        store.save()
    return result


def _settled_quick(
    run_fp: str, fp: str, targets: list[Target], unreadable: list[tuple[str, str]], shown: AbstractSet[str],
    pending: str, racy: list[int], keys: list[str],
) -> str | None:
    """The stat key taken before the files were read (``pending``), now that the ``racy`` ones (too recent
    then) have settled and read as the bytes checked; None while they have not (see
    :func:`cxkit.lint.cache.settled_stat_key`).  A cold run of files written just before it (a fresh
    checkout, a generated workspace) thus lets the next run stat them instead of reading every one."""
    from .cache import file_key, settled_stat_key

    def same_bytes(i: int) -> bool:
        t = targets[i]
        try:
            content = read_target(t)
        except OSError:
            return False
        return bool(keys[i]) and file_key(fp, t.display, t.explicit, *content, context=t.context, there=t.there) == keys[i]

    return settled_stat_key(run_fp, targets, unreadable, shown, pending, racy, same_bytes)


def _linted(targets: list[Target], results: list[FileResult | None]) -> list[str]:
    """The shown paths of the files a run checked: those named, and those a folder scan found that
    are documents (broken ones and near misses too) or could not be read; not a YAML file the scan
    passed over as no document, nor the rest of a workspace read around the paths named."""
    return [
        t.display for t, res in zip(targets, results)
        if not t.context and (t.explicit or res is None or not res.passed_over)
    ]


class _Advice(str):
    """:func:`_no_personas_advice`'s English text, with its Polish twin (``pl``) for unknown-persona's Polish message."""

    pl: str

    def __new__(cls, en: str, pl: str) -> "_Advice":
        advice = super().__new__(cls, en)
        advice.pl = pl
        return advice


def _no_personas_advice(config: Config, targets: list[Target]) -> str:
    """What unknown-persona (CX004) adds when the run found no persona at all: advice that fits it.

    Named files without a config: the run saw nothing but them.  With a config the workspace was
    seen (scanned, or loaded as context of the named paths), and `cxkit lint .` has linted the
    whole folder, so "lint the whole folder" would be no advice at all.  The text carries its Polish
    twin (``.pl``), which a Polish workspace's finding says.
    """
    if config.source is None and any(t.explicit for t in targets):
        return _Advice(
            "; no personas were found in the checked paths (lint the whole folder, or add a cxkit.toml"
            " so that named files are checked against their workspace)",
            "; w sprawdzanych ścieżkach nie znaleziono żadnej persony (sprawdź cały folder albo dodaj cxkit.toml,"
            " by podane pliki były sprawdzane razem z ich obszarem roboczym)",
        )
    if config.source is None:
        return _Advice(
            "; no personas were found in the checked paths (if they are elsewhere, lint their folder too,"
            " or add a cxkit.toml at the top of the workspace so that what you name is checked against all of it)",
            "; w sprawdzanych ścieżkach nie znaleziono żadnej persony (jeśli są gdzie indziej, sprawdź też ich folder"
            " albo dodaj cxkit.toml na samej górze obszaru roboczego, by to, co podajesz, było sprawdzane razem z nim"
            " całym)",
        )
    if config.exclude:
        return _Advice(
            "; no personas were found in the workspace (paths matched by `exclude` in"
            f" {visible_line(config.source.name)} are not searched)",
            "; w obszarze roboczym nie znaleziono żadnej persony (ścieżki pasujące do `exclude` w"
            f" {visible_line(config.source.name)} nie są przeszukiwane)",
        )
    return _Advice("; no personas were found in the workspace", "; w obszarze roboczym nie znaleziono żadnej persony")


def _finish(
    results: list[FileResult],
    unreadable: list[tuple[str, str]],
    config: Config,
    ruleset: RuleSet,
    files_checked: int,
    no_personas_advice: str = "",
    suppressed: list[Suppressed] | None = None,
    excluded: ExcludedFiles | None = None,
    early: "_EarlyRules | None" = None,
    spill: bool = False,
    failures: list[str] | None = None,
) -> LintResult:
    """Workspace rules, suppressions and per-file ignores over every file's results.

    ``failures``: the names of the cross-file rules that failed (:attr:`Finding.failed`) are added to it.

    ``early`` holds what workspace rules found while workers still checked files; each such
    result is taken only where what the rule read is the same now that all results are in.
    ``spill``: the result's findings are a :class:`cxkit.lint.spilled.SpilledFindings`, not a list.
    """
    findings: list[Finding] = []
    if "read-error" in ruleset.active:
        cls = ruleset.known["read-error"]
        for where, message in unreadable:
            findings.append(stamp(where, ruleset.active["read-error"], cls, Hit(1, 1, message)))
    ignores = PerFileIgnores(config, ruleset.known)
    index = WorkspaceIndex(no_personas_advice=no_personas_advice, excluded=excluded or ExcludedFiles(config))
    off, skips = _skipping(results, ignores)
    # (rule, file) pairs a workspace rule asked about and was told the file skips the rule: such a
    # file's `disable-file` steered the finding elsewhere, so it is not unused though it silenced
    # nothing in its own file (removing it could bring the finding there).
    steered: set[tuple[str, str]] = set()

    if ignores.patterns or off:
        def ignored(rule: str, path: str) -> bool:
            if skips(rule, path):
                steered.add((rule, path))
                return True
            return False

        index.ignored = ignored
    suppressions = {res.path: res.suppressions for res in results if res.suppressions is not None}
    # Documents the document rules did not run on: a comment naming one of them silenced nothing
    # there, but is not known to be stale (mending the document brings its findings back).
    unchecked = {res.path for res in results if res.unchecked}
    ran: dict[str, frozenset[str]] = {}
    ran_sets: dict[tuple[str, ...], frozenset[str]] = {}  # half-valid documents of a kind mostly share one
    for res in results:
        if res.unchecked and res.ran:
            names = ran_sets.get(res.ran)
            if names is None:
                names = ran_sets[res.ran] = frozenset(res.ran)
            ran[res.path] = names
    if any(sup.lines for sup in suppressions.values()):
        index.silenced = _silencing(suppressions)
    # A broken file stands for a document only where its yaml-syntax finding is shown: ignored,
    # the cross-file rules must not take its word for a persona that no one checks.
    broken_shown = "yaml-syntax" in ruleset.active
    for res in results:
        if res.summary is not None:
            index.add(res.summary)
        elif res.unread is not None and res.unchecked:
            # Read, but with a near miss of a kind: it stands for a document where its schema finding is shown.
            if "schema" in ruleset.active and not skips("schema", res.path):
                index.unread.append((res.path, *res.unread))
        elif res.unread is not None and broken_shown and not skips("yaml-syntax", res.path):
            index.unread.append((res.path, *res.unread))
    # A spilling run's cross-file findings wait in its spill file, in sorted runs, until each file's turn.
    store = trait_spill.get() if spill else None
    if store is not None:
        from .spilled import CrossFileFindings

        workspace_findings: "list[Finding] | CrossFileFindings" = CrossFileFindings(store)
    else:
        workspace_findings = []
    for active in ruleset.workspace_rules:
        cls = type(active.rule)
        ahead = early.result(cls.name, index, skips, steered) if early is not None else None
        if ahead is not None:
            workspace_findings.extend(stamp(hit.path or "", active, cls, hit) for hit in ahead)
            continue
        try:
            for hit in active.rule.check_workspace(index):
                workspace_findings.append(stamp(hit.path or "", active, cls, hit))
        except Exception as exc:  # noqa: BLE001 - the other rules' findings still count
            where = display_path(os.path.relpath(config.source)) if config.source is not None else "."
            english, polish = _failure(cls, exc, "checking this rule across the workspace")
            if failures is not None:
                failures.append(cls.name)
            workspace_findings.append(
                Finding(where, 1, 1, cls.code, cls.name, Severity.error, visible_line(polish),
                        english=(visible_line(english), ()), failed=True) if active.polish else
                Finding(where, 1, 1, cls.code, cls.name, Severity.error, visible_line(english), failed=True))
    documents = sum(1 for r in results if r.is_document)
    if spill:
        # Each file's findings are filtered, placed and sorted a run at a time, never all held at once.
        from .spilled import sorted_findings

        return LintResult(sorted_findings(_filtered_groups(
            findings, results, workspace_findings, suppressions, ignores, ruleset, suppressed, steered, unchecked, ran,
        )), files_checked, documents)
    for group in _filtered_groups(findings, results, workspace_findings, suppressions, ignores, ruleset, suppressed,
                                  steered, unchecked, ran):
        if group is not findings:
            findings.extend(group)
    findings.sort(key=lambda f: (f.path, f.line, f.column, f.code))
    return LintResult(findings, files_checked, documents)


def _filtered_groups(
    first: list[Finding], results: list[FileResult], workspace_findings: "list[Finding] | CrossFileFindings",
    suppressions: dict[str, Suppressions], ignores: "PerFileIgnores", ruleset: RuleSet,
    suppressed: list[Suppressed] | None, steered: set[tuple[str, str]], unchecked: set[str],
    ran: dict[str, frozenset[str]],
) -> Iterator[list[Finding]]:
    """The findings of a run that stand, a file at a time (``first``, the unreadable paths', before them):
    each file's document and cross-file findings, less those its comments, per-file-ignores and the rules'
    selection keep out, with the places of the cross-file ones when the run places findings.  The files
    come in the order of their first finding (the results', then the cross-file findings'); the findings
    of a file read from the spill file only when its turn comes.

    Spilled cross-file findings (a :class:`cxkit.lint.spilled.CrossFileFindings`) come back by path, in
    sorted order: where the files with findings are in that order too (a folder's, mostly), the two are
    walked side by side, and a path with only cross-file findings has its turn where it falls among them
    (the order of files does not change the report: it is sorted by path); else they are gathered by file
    first, as a list of them is."""
    yield first
    by_rule_path: dict[str, list[Finding]] = {}  # the cross-file rules' findings, by file
    spilled: Iterator[tuple[str, list[Finding]]] | None = None
    walked: list[str] | None = None
    if isinstance(workspace_findings, list):
        for f in workspace_findings:
            by_rule_path.setdefault(f.path, []).append(f)
        # A cross-file rule that failed found what it found nowhere: no comment naming it is called unused.
        failed = frozenset(f.rule for f in workspace_findings if f.failed)
    else:
        failed = frozenset(workspace_findings.failed)
        spilled = workspace_findings.by_path()
    summaries: dict[str, DocSummary] | None = None
    if ruleset.places:
        summaries = {res.summary.path: res.summary for res in results if res.summary is not None and res.summary._placed}
    seen: set[str] = set()

    def one(path: str, items: list[Finding]) -> list[Finding]:
        # A value written once and reused by an alias (`- *vague`) is one value: its finding (by a
        # document rule or a workspace one) is reported once, where it is written.
        kept = _filter(path, list(dict.fromkeys(items)), suppressions.get(path), ignores, ruleset, suppressed,
                       steered, path in unchecked, ran.get(path, frozenset()), failed)
        if summaries:
            _place_from_summaries(kept, summaries)
        return kept

    paths = [res.path for res in results if res.findings]
    if spilled is not None and all(map(str.__lt__, paths, islice(paths, 1, None))):
        # Files with findings in sorted order (and none twice): each file's cross-file findings are
        # those the merged runs give for its path when its turn comes.
        del paths
        turn = next(spilled, None)
        for res in results:
            if not res.findings:
                continue
            while turn is not None and turn[0] < res.path:
                seen.add(turn[0])
                yield one(*turn)
                turn = next(spilled, None)
            items = _findings_of(res)
            if turn is not None and turn[0] == res.path:
                items.extend(turn[1])
                turn = next(spilled, None)
            seen.add(res.path)
            yield one(res.path, items)
        while turn is not None:
            seen.add(turn[0])
            yield one(*turn)
            turn = next(spilled, None)
        paths = walked = []  # every file had its turn
    elif spilled is not None:
        by_rule_path = dict(spilled)
    if paths is walked:
        pass
    elif len(set(paths)) < len(paths):  # results of one path twice: gathered first, as one file's
        by_path: dict[str, list[Finding]] = {}
        for res in results:
            if res.findings:
                by_path.setdefault(res.path, []).extend(_findings_of(res))
        for path, items in by_path.items():
            items.extend(by_rule_path.pop(path, ()))
            seen.add(path)
            yield one(path, items)
        del by_path
    else:
        for res in results:
            if res.findings:
                items = _findings_of(res)
                items.extend(by_rule_path.pop(res.path, ()))
                seen.add(res.path)
                yield one(res.path, items)
    del paths
    for path, items in by_rule_path.items():
        seen.add(path)
        yield one(path, items)
    for path, sup in suppressions.items():
        if path not in seen:
            yield _filter(path, [], sup, ignores, ruleset, suppressed, steered, path in unchecked,
                          ran.get(path, frozenset()), failed)


def _place_from_summaries(findings: list[Finding], summaries: dict[str, DocSummary]) -> None:
    """The cross-file rules' findings at a document's id or a negative persona's trait, placed from
    the document's summary (:meth:`DocSummary.place`; ``summaries``: those that place, by path): the
    report then need not read and parse the file again (hundreds of files with trait-overlap's findings
    in a big workspace)."""
    for i, f in enumerate(findings):
        summary = summaries.get(f.path) if f.at is None else None
        at = summary.place(f.line, f.column) if summary is not None else None
        if at is not None:
            findings[i] = replace(f, at=at)


def _skipping(
    results: list[FileResult], ignores: "PerFileIgnores"
) -> tuple[dict[str, set[str]], Callable[[str, str], bool]]:
    """The rules each file's `disable-file` comments name, and whether a file (by shown path) is kept
    from showing a rule, by those or by per-file-ignores: a finding about the whole workspace goes
    to a file that shows it."""
    off = {res.path: set(res.suppressions.file) for res in results if res.suppressions is not None and res.suppressions.file}

    def skips(rule: str, path: str) -> bool:
        here = off.get(path, ())
        return rule in here or "all" in here or (bool(ignores.patterns) and rule in ignores(path))

    return off, skips


def _silencing(suppressions: dict[str, Suppressions]) -> Callable[[str, str, int], bool]:
    """Whether a `# cxkit: disable=` comment of a file (by shown path) reaches a rule at a line."""
    def silenced(rule: str, path: str, line: int) -> bool:
        sup = suppressions.get(path)
        return sup is not None and any(rule in names or "all" in names for _l, _c, names in sup.lines.get(line, ()))

    return silenced


class _NotYetKnown(BaseException):
    """A workspace rule run early asked for something that files still being checked may change.

    Not an Exception: a rule's own ``except Exception`` must not take it for a failure of its own."""


class _EarlyView:
    """What a workspace rule may read while workers still check files: the persona and negative
    persona summaries of the files checked so far, and the suppressions of those files. Asking
    for anything else (another kind, every document, an id, a file not yet checked) stops the
    rule, which then runs after all files are checked, as every rule did before."""

    KINDS = frozenset({"persona", "negative-persona"})
    __slots__ = ("_docs", "_known", "_skips", "_silenced", "kinds", "asked_ignored", "asked_silenced")

    def __init__(self, docs: list[DocSummary], known: AbstractSet[str], skips: Callable[[str, str], bool],
                 silenced: Callable[[str, str, int], bool]) -> None:
        self._docs, self._known, self._skips, self._silenced = docs, known, skips, silenced
        self.kinds: dict[str, list[DocSummary]] = {}
        self.asked_ignored: dict[tuple[str, str], bool] = {}
        self.asked_silenced: dict[tuple[str, str, int], bool] = {}

    def of_kind(self, kind: str) -> list[DocSummary]:
        if kind not in self.KINDS:
            raise _NotYetKnown(kind)
        docs = self.kinds[kind] = [d for d in self._docs if d.kind == kind]
        return list(docs)

    def ignored(self, rule: str, path: str) -> bool:
        if path not in self._known:
            raise _NotYetKnown(path)
        answer = self.asked_ignored[(rule, path)] = self._skips(rule, path)
        return answer

    def silenced(self, rule: str, path: str, line: int) -> bool:
        if path not in self._known:
            raise _NotYetKnown(path)
        answer = self.asked_silenced[(rule, path, line)] = self._silenced(rule, path, line)
        return answer

    def __getattr__(self, name: str) -> Any:
        raise _NotYetKnown(name)


#: A `kind:` line; the group holds the kind when it is a persona's or a negative persona's. It starts
#: with its literal, which ``re`` looks for as fast as ``bytes.find`` (a ``^`` before it would not).
#: Not discovery.DOCUMENT_KIND_RE, which takes cxkit kinds only: here the first top-level kind line decides, `kind: ConfigMap` too.
_KIND_LINE = re.compile(rb"kind:[ \t]*[\"']?(?:(persona|negative-persona)|[A-Za-z-]*)[\"']?[ \t]*(?:#.*)?\r?$", re.MULTILINE)


def _says_persona(raw: bytes) -> bool | None:
    """Whether the first top-level `kind:` line in the first 4 KiB of a file names a persona or a
    negative persona; None when there is none."""
    for m in _KIND_LINE.finditer(raw, 0, 4096):
        at = m.start()
        if at == 0 or raw[at - 1] == 0x0A or (at == 3 and raw.startswith(b"\xef\xbb\xbf")):
            return m.group(1) is not None
    return None


class _EarlyRules:
    """Workspace rules run by the main process while its workers still check files.

    The cross-file rules wait for every file's results, and on two cores the main process ran them
    alone, with the other core idle. The persona and negative persona files (by their `kind:` line
    where the run has read the files already, else by their path) are checked first; once all of
    them are in, the main process runs each workspace rule on them (see :class:`_EarlyView`) while
    the workers go on with the rest. A result counts only if, with every file checked, the rule
    would have read the same: the same summaries of each kind it asked for, in the same order, and
    the same suppressions. Otherwise (a persona in `journeys/` when the path was the guide) the rule
    runs again after all files are checked.
    """

    def __init__(self, config: Config, ruleset: RuleSet) -> None:
        self.config, self.ruleset = config, ruleset
        self.ran = False
        self.found: dict[str, tuple[list[Hit], _EarlyView]] = {}

    @staticmethod
    def first(todo: list[tuple[Target, tuple[bytes, int] | None]]) -> list[bool]:
        """Which files are checked before the early rules run: those whose `kind:` line says persona
        or negative persona, where the file was read already (for the lint cache's keys); else, or
        when its first 4 KiB hold no such line, those whose path below the folder all have in common
        says persona (`personas/`, `persony/`, `persona-ola.yaml`). A wrong guess costs time only."""
        shown = [t.display for t, _content in todo]
        cut = os.path.commonprefix(shown).rfind("/") + 1
        picked = []
        for (_target, content), path in zip(todo, shown):
            said = _says_persona(content[0]) if content is not None else None
            picked.append(said if said is not None else "person" in path[cut:].lower())
        return picked

    def run(self, results: list[FileResult]) -> None:
        self.ran = True
        docs = [res.summary for res in results if res.summary is not None]
        _off, skips = _skipping(results, PerFileIgnores(self.config, self.ruleset.known))
        silenced = _silencing({res.path: res.suppressions for res in results if res.suppressions is not None})
        known = {res.path for res in results}
        for active in self.ruleset.workspace_rules:
            view = _EarlyView(docs, known, skips, silenced)
            try:
                hits = list(active.rule.check_workspace(view))  # type: ignore[arg-type]
            except _NotYetKnown:
                continue
            except Exception:  # noqa: BLE001 - run again at the end, where its failure is reported
                continue
            self.found[type(active.rule).name] = (hits, view)

    def result(self, name: str, index: WorkspaceIndex, skips: Callable[[str, str], bool],
               steered: set[tuple[str, str]]) -> list[Hit] | None:
        """The hits rule ``name`` found early, if it read what it would read from ``index``; else None.

        Taken, its questions about per-file-ignores leave in ``steered`` what asking ``index`` would have."""
        found = self.found.get(name)
        if found is None:
            return None
        hits, view = found
        for kind, docs in view.kinds.items():
            now = index.of_kind(kind)
            if len(now) != len(docs) or any(a is not b for a, b in zip(now, docs)):
                return None
        if any(skips(rule, path) != answer for (rule, path), answer in view.asked_ignored.items()):
            return None
        if any(index.silenced(*asked) != answer for asked, answer in view.asked_silenced.items()):
            return None
        steered.update(asked for asked, answer in view.asked_ignored.items() if answer)
        return hits


#: A finding kept out of a result, with what kept it out: "per-file-ignores" (line 0), or
#: "disable=RULE" / "disable-file=RULE" and the line of that comment.
Suppressed = tuple[Finding, str, int]


def _rule_hint(item: str, known: dict[str, type[Rule]]) -> str:
    """"; did you mean 'pseudo-profiling'?" for a rule name misspelt in a suppression, or ""."""
    from ..model.validate import closest

    from .selection import not_a_rule_hint

    spelt = item.strip().lower().replace("_", "-").replace(" ", "-")
    if spelt in known:
        return f"; did you mean '{spelt}'?"
    told = not_a_rule_hint(spelt)
    if told is not None:
        return told
    if re.fullmatch(r"cx\d+", spelt):
        # A code prefix selects rules on the command line; a suppression names each rule it silences.
        several = sorted(cls.code for cls in known.values() if cls.code.lower().startswith(spelt))
        if not several:
            return ""
        return f"; a suppression names whole codes ({', '.join(several[:3])}{'...' if len(several) > 3 else ''}) or rule names"
    guess = closest(spelt, list(known), cutoff=0.75)
    if guess:
        return f"; did you mean '{guess}'?"
    from .selection import rule_hint

    # A name cut short (`disable=unowned`) or one of its words (`disable=opportunity`).
    hint = rule_hint(spelt, known)
    return hint if hint.startswith("; did you mean") else ""


class PerFileIgnores:
    """`per-file-ignores`, with each pattern compiled and its rule selectors resolved once per run."""

    def __init__(self, config: Config, known: dict[str, type[Rule]]) -> None:
        self.root = str(config.root)
        #: (the compiled pattern, the rules it skips), one per pattern that can match a path
        self.patterns: list[tuple[re.Pattern[str], set[str]]] = []
        for pattern, selectors in config.per_file_ignores.items():
            # Read as `exclude` reads its patterns (cxkit.globs): "/drafts/*" is anchored at the
            # config's folder, other patterns match at any depth; a folder covers every file under it.
            rules: set[str] = set()
            for sel in selectors:
                rules.update(resolve_selector(sel, known))
            compiled = globs.compile_globs((pattern,))
            if compiled is not None:
                self.patterns.append((compiled, rules))

    def __call__(self, path: str) -> set[str]:
        ignored: set[str] = set()
        if not self.patterns:
            return ignored
        # Only the path from the config file's folder is matched, never ``path`` as shown (from the
        # current folder): the same file and config skip the same rules from wherever cxkit runs.
        # A link is matched by where it leads too (a link to a legacy file skips what the file does).
        names = [globs.fold(rel) for rel in globs.config_names(raw_name(path), self.root)]
        for compiled, rules in self.patterns:
            if any(compiled.fullmatch(rel) for rel in names):
                ignored |= rules
        return ignored


#: How many lines from the line a `# cxkit: disable` comment reaches a finding of its rule may be, for
#: the unused comment to say where that finding is: a comment above a parent key, or one line off.
NEAR_LINES = 10


def _near_findings(
    findings: list[Finding], unused: list[tuple[int, int, str]], near: dict[int, list[int]] | None = None
) -> dict[tuple[int, str], Finding]:
    """For each unused `disable=name` comment, (comment line, target line, name), the finding it was
    probably meant for: one of that rule (any, for `all`) within NEAR_LINES of the line it reaches,
    inside the block that line opens or on a line opening a block around it (``near``, from
    :func:`_neighbourhood`). Another item's finding a few lines off is not one: a stale comment
    left above a rewritten trait must be told to go, not sent to the next vague trait.

    A comment reaches only its own line (or, on a line of its own, the next one); a trait written
    two lines below the comment, or a finding reported at a parent key, is out of its reach.
    Nearest pairs are matched first, a finding below the comment before one above it, and each
    finding and comment at most once: two comments off by a line are not both sent to one finding.
    Keyed by (comment line, name).
    """
    pairs = []
    for comment_line, target, name in unused:
        reach = (near or {}).get(comment_line)
        if not reach:
            continue
        end, around = reach[0], set(reach[1:])
        for i, f in enumerate(findings):
            if (name == "all" or f.rule == name) and abs(f.line - target) <= NEAR_LINES and (
                target < f.line <= end or f.line in around
            ):
                pairs.append((abs(f.line - target), f.line < target, f.line, f.column, comment_line, name, i))
    out: dict[tuple[int, str], Finding] = {}
    taken: set[int] = set()
    for *_order, comment_line, name, i in sorted(pairs):
        if (comment_line, name) not in out and i not in taken:
            out[comment_line, name] = findings[i]
            taken.add(i)
    return out


# What other linters' comments say, in a `# cxkit:` comment: `disable-next-line=RULE`, `ignore RULE`.
_OTHER_FORM = re.compile(
    r"(?P<verb>disable|ignore|suppress|noqa)(?P<file>-file)?(?P<scope>-next-line|-line|-this-line)?"
    r"(?:[ \t]*[=:][ \t]*|[ \t]+)(?P<rules>[\w-]+(?:[ \t]*,[ \t]*[\w-]+)*)(?:[ \t]|$)",
    re.IGNORECASE,
)


def _malformed_advice(said: str, known: dict[str, type[Rule]], pl: bool = False) -> str:
    """What to write instead of ``said``, a `# cxkit:` comment cxkit does not understand (``pl``: in Polish).

    A form other linters use, naming rules cxkit has (`disable-next-line=RULE`, `disable-line=RULE`,
    `ignore=RULE`, `disable RULE`), gets the cxkit comment that does the same; anything else the two
    forms there are.
    """
    m = _OTHER_FORM.match(said)
    names = {n.lower() for n in known} | {cls.code.lower() for cls in known.values()} | {"all"}
    rules = [] if m is None else [r.strip() for r in m.group("rules").split(",")]
    if m is None or (m.group("file") and m.group("scope")) or not all(r.lower() in names for r in rules):
        if pl:
            return "napisz `# cxkit: disable=REGUŁA` albo `# cxkit: disable-file=REGUŁA`"
        return "write '# cxkit: disable=RULE' or '# cxkit: disable-file=RULE'"
    if m.group("file"):
        if pl:
            return f"napisz `# cxkit: disable-file={','.join(rules)}`"
        return f"write '# cxkit: disable-file={','.join(rules)}'"
    if (m.group("scope") or "").lower() == "-next-line":
        if pl:
            return (f"napisz `# cxkit: disable={','.join(rules)}`: w osobnym wierszu dotyczy najbliższego "
                    "niepustego wiersza pod nim")
        return f"write '# cxkit: disable={','.join(rules)}': on a line of its own, it applies to the next line with content"
    if pl:
        return f"napisz `# cxkit: disable={','.join(rules)}` na końcu wiersza, którego ma dotyczyć"
    return f"write '# cxkit: disable={','.join(rules)}' at the end of the line it is meant for"


def _where_pl(target_line: int, comment_line: int) -> str:
    """Where a stale comment reaches, as the Polish report of it says: "w tym wierszu", "w wierszu 12"."""
    return "w tym wierszu" if target_line == comment_line else f"w wierszu {target_line}"


def _stale_file_comment(active: ActiveRule | None, line: int, col: int, said: str) -> Hit:
    """The report of a `disable-file=` comment that silences nothing, with its Polish twin in a Polish run."""
    hit = Hit(line, col, f"'disable-file={said}' suppresses nothing in this file; remove it")
    if active is not None and active.polish:
        return hit.with_pl(f"`disable-file={said}` niczego nie wycisza w tym pliku; usuń ten komentarz")
    return hit


def _q_pl(text: str) -> str:
    from .polish import q

    return q(text)


#: The English hints :func:`_rule_hint` gives, read back for the Polish twin (:func:`_rule_hint_pl`).
_HINT_ONE = re.compile(r"; did you mean '([^']*)'(?: \((CX\d+)\))?\?")
_HINT_SEVERAL = re.compile(r"; did you mean one of (.*)\?")
_HINT_NAMED = re.compile(r"'([^']*)'(?: \((CX\d+)\))?")
_HINT_CODES = re.compile(r"; a suppression names whole codes \((.*)\) or rule names")
_HINT_NOT_A_RULE = re.compile(r"; (.*) is no lint rule \(lint never reports it, so there is nothing to select or "
                              r"silence\): `cxkit rule ([\w-]+)` says what it is")


def _rule_hint_pl(hint: str) -> str:
    """:func:`_rule_hint`'s ``hint`` in Polish (rule names stay as they are: they are English everywhere)."""
    from .polish import listed

    def named(m: re.Match[str]) -> str:
        return _q_pl(m.group(1)) + (f" ({m.group(2)})" if m.group(2) else "")

    if not hint:
        return ""
    m = _HINT_ONE.fullmatch(hint)
    if m is not None:
        return f"; czy chodziło o {named(m)}?"
    m = _HINT_SEVERAL.fullmatch(hint)
    if m is not None:
        return f"; czy chodziło o {listed([named(n) for n in _HINT_NAMED.finditer(m.group(1))], 'lub')}?"
    m = _HINT_CODES.fullmatch(hint)
    if m is not None:
        return f"; wyciszenie podaje całe kody ({m.group(1)}) albo nazwy reguł"
    m = _HINT_NOT_A_RULE.fullmatch(hint)
    if m is not None:
        return (f"; {m.group(1)} nie jest regułą lintu (lint nigdy go nie zgłasza, więc nie ma czego wybierać ani "
                f"wyciszać): `cxkit rule {m.group(2)}` mówi, czym jest")
    return ""


def _filter(
    path: str,
    items: Iterable[Finding],
    sup: Suppressions | None,
    ignores: PerFileIgnores,
    ruleset: RuleSet,
    suppressed: list[Suppressed] | None = None,
    steered: AbstractSet[tuple[str, str]] = frozenset(),
    unchecked: bool = False,
    ran: AbstractSet[str] = frozenset(),
    failed: AbstractSet[str] = frozenset(),
) -> list[Finding]:
    """The findings of one file that no comment or per-file-ignores silences, and its stale comments.

    ``failed``: the rules that failed across the workspace; with those that failed on this file
    (:attr:`Finding.failed`), what they would have found is not known, so a comment naming one of them (or
    `all`) is never called unused.

    ``unchecked``: the document does not fit the format, so the document rules did not run on it;
    a comment naming one of them (or `all`) silenced nothing, but cannot be called unused. ``ran``:
    those of them that ran on a half-valid document's valid parts, and whose findings stand (see
    cxkit.lint.lenient): a comment naming one of them is unused there as in a valid document.
    """
    ignored = ignores(path)

    def not_run(name: str) -> bool:
        if not unchecked or name in ran:
            return False
        rule = ruleset.known.get(name)
        return name == "all" or (getattr(rule, "scope", "") == "document" and getattr(rule, "needs_model", True))

    kept: list[Finding] = []
    used_lines: set[tuple[int, str]] = set()  # (comment line, rule)
    used_file: set[str] = set()
    # Findings per-file-ignores keeps out: the config silences them, but a comment naming their rule
    # where they are is no stale one (it is what silences them once the config's pattern is narrowed).
    skipped: list[Finding] = []
    unused_rule = UNUSED_SUPPRESSION
    # Only check_target's note on a document the rules did not run on comes as a finding of this rule: it
    # is silenced as the reports of stale comments are (not by an `all` in the comment it is about).
    stale: list[tuple[Finding, tuple[Any, ...]]] = []
    failed = set(failed)
    for f in items:
        if f.failed:
            failed.add(f.rule)
        if f.rule == unused_rule and f.rule not in ignored:
            if f.severity < NOTE_SEVERITY:
                f = replace(f, severity=NOTE_SEVERITY)
            stale.append((f, ("note",)))
            continue
        if f.rule in ignored:
            if suppressed is not None:
                suppressed.append((f, "per-file-ignores", 0))
            if sup is not None:
                skipped.append(f)
                if f.rule in sup.file or "all" in sup.file:
                    used_file.add(f.rule if f.rule in sup.file else "all")
                for comment_line, _col, names in sup.lines.get(f.line, ()):
                    if f.rule in names or "all" in names:
                        used_lines.add((comment_line, f.rule if f.rule in names else "all"))
            continue
        if sup is not None:
            # A comment on the line is credited before a `disable-file` covering the same finding:
            # the file-wide one must not make the precise one look stale.
            hit = False
            for comment_line, _col, names in sup.lines.get(f.line, ()):
                if f.rule in names or "all" in names:
                    name = f.rule if f.rule in names else "all"
                    used_lines.add((comment_line, name))
                    if suppressed is not None and not hit:
                        suppressed.append((f, f"disable={name}", comment_line))
                    hit = True
            if hit:
                continue
            if f.rule in sup.file or "all" in sup.file:
                name = f.rule if f.rule in sup.file else "all"
                used_file.add(name)
                if suppressed is not None:
                    suppressed.append((f, f"disable-file={name}", sup.file[name][0]))
                continue
        kept.append(f)
    active: ActiveRule | None = None
    if sup is not None and unused_rule in ruleset.active and unused_rule not in ignored:
        cls = ruleset.known[unused_rule]
        active = ruleset.active[unused_rule]
        shown = list(kept)  # the findings no comment silenced, before the unused comments join them
        # Each report of a stale comment, with the comment it is about: ("line", its line, rule) or ("file", rule).
        for line, col, item in sup.unknown:
            # ("unknown", line): a comment cannot vouch for a name it gets wrong (see _silence_stale).
            hint = _rule_hint(item, ruleset.known)
            hit = Hit(line, col, f"suppression names unknown rule '{item}'{hint}")
            if active.polish:
                hit = hit.with_pl(f"wyciszenie wymienia nieznaną regułę {_q_pl(item)}{_rule_hint_pl(hint)}")
            stale.append((stamp(path, active, cls, hit), ("unknown", line)))
        for line, col, said in sup.malformed:
            if said.startswith("#"):  # `# cxkit disable=...`: all but the colon
                fixed = re.sub(r"(?i)(cxkit)[ \t]+", r"\1: ", said, count=1)
                message = f"'{said}' suppresses nothing: cxkit needs a colon after its name ('{fixed}')"
                pl = f"`{said}` niczego nie wycisza: po nazwie cxkit musi stać dwukropek (`{fixed}`)"
            else:
                message = f"cxkit does not understand '# cxkit: {said}'; it suppresses nothing ({_malformed_advice(said, ruleset.known)})"
                pl = (f"cxkit nie rozumie komentarza `# cxkit: {said}`, więc niczego nie wycisza "
                      f"({_malformed_advice(said, ruleset.known, True)})")
            hit = Hit(line, col, message, pl=pl if active.polish else None)
            stale.append((stamp(path, active, cls, hit), ("line", line, None)))
        comments = _comments_by_line(sup)
        unused = [
            (comment_line, target_line, col, name)
            for comment_line, (target_line, col, names) in comments.items()
            for name in sorted(names)
            if (comment_line, name) not in used_lines and (name == "all" or name in ruleset.active) and not not_run(name)
            and name != unused_rule  # judged below, by the reports it silences
            and name not in failed and not (name == "all" and failed)  # what a failed rule would find is not known
            # a workspace finding this file's per-file-ignores skips went to another file (see _finish)
            and not (name in ignored and (name, path) in steered)
        ]
        # A comment a line off the finding the config skips is told where that finding is, too.
        reached = [(comment_line, target, name) for comment_line, target, _col, name in unused]
        meant = _near_findings(shown + skipped, reached, sup.near)
        for comment_line, target_line, col, name in unused:
            where = "on this line" if target_line == comment_line else f"on line {target_line}"
            near = meant.get((comment_line, name))
            if near is None:
                advice = "remove it"
            else:
                what = f"the {name} finding" if name != "all" else f"the nearest finding ({near.rule})"
                if near.rule in ignored:
                    what += " (which per-file-ignores skips in this file)"
                advice = f"{what} is on line {near.line}: put the comment at the end of that line, or on its own line just above it"
            said = sup.said(comment_line, name)
            message = f"'disable={said}' suppresses nothing {where}; {advice}"
            hit = Hit(comment_line, col, message)
            if active.polish:
                if near is None:
                    rada = "usuń ten komentarz"
                else:
                    co = (f"zgłoszenie reguły {name}" if name != "all" else f"najbliższe zgłoszenie ({near.rule})")
                    if near.rule in ignored:
                        co += " (które `per-file-ignores` pomija w tym pliku)"
                    rada = (f"{co} jest w wierszu {near.line}: przenieś komentarz na koniec tamtego wiersza "
                            "albo do osobnego wiersza tuż nad nim")
                hit = hit.with_pl(f"`disable={said}` niczego nie wycisza {_where_pl(target_line, comment_line)}; {rada}")
            stale.append((stamp(path, active, cls, hit), ("line", comment_line, name)))
        for name, (comment_line, col) in sup.file.items():
            if name in used_file or (name != "all" and name not in ruleset.active) or not_run(name) or name == unused_rule:
                continue
            if name in failed or (name == "all" and failed):
                continue  # what a failed rule would find is not known
            if (name, path) in steered or (name == "all" and any(where == path for _rule, where in steered)):
                continue  # it kept a workspace finding off this file (see _finish)
            said = sup.said(comment_line, name)
            stale.append((stamp(path, active, cls, _stale_file_comment(active, comment_line, col, said)), ("file", name)))
    if stale or active is not None:
        kept.extend(_silence_stale(path, stale, sup, used_lines, used_file, active, suppressed))
    return kept


#: The rule that reports stale suppression comments (and check_target's note on a document the rules
#: did not run on, see lenient.py): its findings are judged after every other rule's.
UNUSED_SUPPRESSION = "unused-suppression"
#: The least severity of check_target's note: a document the rules needing a valid one did not run on
#: fails CI at the default fail level (`warning`), as a schema error would, whatever the rule's own
#: severity (info); turning `unused-suppression` off (`ignore`) drops the note.
NOTE_SEVERITY = Severity.warning


def _comments_by_line(sup: Suppressions) -> dict[int, tuple[int, int, set[str]]]:
    """Each line comment by its own line: (the line it reaches, its column, the rules it names). A comment
    may reach two lines (an item's and its `text:`); it is named by the first."""
    comments: dict[int, tuple[int, int, set[str]]] = {}
    for target_line, entries in sup.lines.items():
        for comment_line, col, names in entries:
            if comment_line not in comments or target_line < comments[comment_line][0]:
                comments[comment_line] = (target_line, col, names)
    return comments


def _file_wide(sup: Suppressions, line: int, rule: str, credited: set[str], own: bool = False) -> tuple[str, int] | None:
    """The `disable-file` comment that silences a report of ``rule`` at ``line`` (its name and line; the name
    is added to ``credited``), or None: `all` not at ``line`` itself, and with ``own`` no comment at ``line``."""
    name = rule if rule in sup.file else "all" if "all" in sup.file and sup.file["all"][0] != line else None
    if name is None or (own and sup.file[name][0] == line):
        return None
    credited.add(name)
    return f"disable-file={name}", sup.file[name][0]


def _silence_stale(
    path: str,
    stale: list[tuple[Finding, tuple[Any, ...]]],
    sup: Suppressions | None,
    used_lines: set[tuple[int, str]],
    used_file: set[str],
    active: ActiveRule | None,
    suppressed: list[Suppressed] | None,
) -> list[Finding]:
    """The reports of stale comments (``stale``: each with the comment it is about) that no comment silences,
    and the comments naming `unused-suppression` that silence nothing.

    `unused-suppression` findings obey comments as every rule's do: a comment naming it (by name or
    CX005) silences those of its line, itself included (`disable=CX101,CX005` keeps a comment that may
    find nothing yet), and `disable-file=unused-suppression` those of the file (a line comment naming it
    that silences nothing included). `all` silences them too, but never a report at its own comment: a
    `disable=all` that silences nothing is stale, and one that hides a schema error the rules cannot do
    without is told so (check_target's note). Nor does a comment silence its own report of a rule it
    names that does not exist (``("unknown", line)``): `disable=pseudo-profilng,unused-suppression`
    must not hide its typo; another comment, or the configuration, may.
    ``active`` is None when the rule is not on (only such notes are judged then).
    """
    rule = UNUSED_SUPPRESSION
    if sup is None:
        return [f for f, _about in stale]
    out: list[Finding] = []
    credited_lines: set[tuple[int, str]] = set()
    credited_file: set[str] = set()
    held: list[tuple[Finding, tuple[Any, ...], str, int]] = []
    # A comment on a line of its own is judged on the line it reaches as well as its own: fmt may
    # move it to the end of that line, and what its report obeys must not change with the move.
    reaches: dict[int, list[int]] = {}
    for target_line, entries in sup.lines.items():
        for comment_line, _col, _names in entries:
            if target_line != comment_line:
                reaches.setdefault(comment_line, []).append(target_line)
    for f, about in stale:
        by: tuple[str, int] | None = None
        own = about[0] == "unknown"  # its own comment cannot silence it
        lines = [f.line, *reaches.get(f.line, ())] if about[0] in ("line", "unknown") else [f.line]
        for comment_line, _col, names in (entry for at in lines for entry in sup.lines.get(at, ())):
            if own and comment_line == f.line:
                continue
            if rule in names or ("all" in names and comment_line != f.line):
                name = rule if rule in names else "all"
                credited_lines.add((comment_line, name))
                by = by or (f"disable={name}", comment_line)
        if by is None:
            by = _file_wide(sup, f.line, rule, credited_file, own)
        if by is None:
            held.append((f, about, "", 0))
        else:
            held.append((f, about, *by))
    cls = type(active.rule) if active is not None else None
    # A comment naming unused-suppression that silenced nothing: reported, unless a file-wide comment
    # silences it as it silences every report of the rule.
    for comment_line, (target_line, col, names) in _comments_by_line(sup).items() if cls is not None else ():
        if rule in names and (comment_line, rule) not in used_lines | credited_lines:
            where = "on this line" if target_line == comment_line else f"on line {target_line}"
            said = sup.said(comment_line, rule)
            hit = Hit(comment_line, col, f"'disable={said}' suppresses nothing {where}; remove it")
            if active is not None and active.polish:
                hit = hit.with_pl(f"`disable={said}` niczego nie wycisza {_where_pl(target_line, comment_line)}; "
                                  "usuń ten komentarz")
            f = stamp(path, active, cls, hit)
            by = _file_wide(sup, comment_line, rule, credited_file)
            held.append((f, ("self",), *(by or ("", 0))))
    for f, about, by, line in held:
        # A comment that silenced another comment's report is no stale one after all.
        if about[0] == "line" and len(about) == 3 and (about[1], about[2]) in credited_lines:
            continue
        if about[0] == "file" and about[1] in credited_file:
            continue
        if not by:
            out.append(f)
        elif suppressed is not None:
            suppressed.append((f, by, line))
    if cls is None:
        return out
    if rule in sup.file and rule not in used_file | credited_file:
        comment_line, col = sup.file[rule]
        said = sup.said(comment_line, rule)
        out.append(stamp(path, active, cls, _stale_file_comment(active, comment_line, col, said)))
    return out
