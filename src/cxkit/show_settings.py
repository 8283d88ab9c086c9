"""`cxkit lint --show-settings PATH`: which config a file is checked under, and the settings in force there.

In a repository with many workspaces (a config per client, one in `pyproject.toml`, one in a
subfolder that extends its client's) the only way to see why a rule did or did not fire was to
work out the discovery rules by hand.  This prints, for each path named (else the current
folder), the config file in force with the chain it extends, the settings that come out of it, the
rules `per-file-ignores` skips in that file, and whether a folder scan leaves the path out (and by
which config's `exclude`).  Nothing is linted.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .config import Config, elsewhere, load_config
from .discovery import SKIPPED_FOLDERS, VENV_MARK


def _config_for(path: str, config: Config, own_configs: bool, memo: dict[str, Config]) -> Config:
    """The config ``path`` is linted under: that of the nearest config above it, else ``config``."""
    if not own_configs:
        return config
    nearest = elsewhere([path], config)[0]
    if nearest is None:
        return config
    key = str(nearest)
    if key not in memo:
        memo[key] = load_config(None, nearest.parent, check_rules=False)
    return memo[key]


def _written(config: Config, hit: str | None, kind: str = "exclude") -> tuple[str, str, str]:
    """The pattern ``hit`` of ``config``'s `exclude` (``kind``) as the config that writes it spells it, that
    config and its key (`exclude`, `extend-exclude`, or those of `per-file-ignores`)."""
    if hit is None:
        return ", ".join(config.exclude), config.label, kind
    return config.origins.get((kind, hit), (hit, config.label, kind))


def _excluded_by(path: str, config: Config, own_configs: bool) -> tuple[str, str, bool, str] | None:
    """The pattern that leaves ``path`` out of folder scans (as written), the config that writes it (an
    extended one's, or the `extend-exclude` of a config), whether the path is checked all the same when
    named, and the key that writes the pattern; else None."""
    from . import globs
    from .discovery import _folder_excluded, excluded_above, is_excluded, is_excluded_folder

    folder = os.path.isdir(path)
    if folder:
        if config.exclude and _folder_excluded(path, config):
            rel = globs.config_rel(path, str(config.root))
            said, where, key = _written(config, next((p for p in config.exclude if is_excluded_folder(rel, [p])), None))
            return said, where, False, key
    elif config.exclude:
        for rel in globs.config_names(path, str(config.root)):
            hit = next((p for p in config.exclude if is_excluded(rel, [p])), None)
            if hit is not None:
                said, where, key = _written(config, hit)
                return said, where, True, key
    above = excluded_above(path) if own_configs else None
    if above is not None:
        rel = globs.config_rel(path, str(above.root))
        said, where, key = _written(above, next((p for p in above.exclude if is_excluded(rel, [p])), None))
        # A folder named is checked under its own config, which leaves it in; a file, unless --only-documents.
        return said, where, True, key
    return None


def settings_of(path: str, config: Config) -> dict[str, Any]:
    """What ``config`` sets for the file or folder ``path``, as JSON-ready values."""
    from .discovery import display_path

    skipped: list[str] = []
    if not os.path.isdir(path):
        from .lint.engine import PerFileIgnores
        from .lint.rule import all_rules

        skipped = sorted(PerFileIgnores(config, all_rules())(path))
    return {
        "path": display_path(path),
        "folder": os.path.isdir(path),
        "config": config.label if config.source is not None else None,
        "extends": [base.label for base in config.extended],
        "workspace": display_path(os.path.relpath(config.root)) if config.source is not None else None,
        "select": config.select or ["ALL"],
        "opt-in-not-selected": opt_in_left_out(config),
        "extend-select": config.extend_select,
        "ignore": config.ignore,
        "per-file-ignores-here": skipped,
        "lang": config.lang,
        "fail-level": config.fail_level,
        "paths": config.paths,
        "exclude": config.exclude,
        "exclude-written": [_origin(config, "exclude", p) for p in config.exclude],
        "per-file-ignores-written": [{**_origin(config, "per-file-ignores", p), "rules": rules}
                                     for p, rules in config.per_file_ignores.items()],
        "respect-gitignore": config.respect_gitignore,
        "skipped-folders": [*SKIPPED_FOLDERS, f"any folder with a {VENV_MARK}", "hidden folders"],
        "skipped-here": _skipped_folder(path, config),
        "rules": rules_in_force(config),
        "rules-written": config.rules,
        "rules-from": _rule_parts(config),
        "labels": config.labels,
        "render": {"csv-separator": config.csv_separator} if config.csv_separator is not None else {},
    }


def opt_in_left_out(config: Config) -> list[str]:
    """The opt-in rules (`cxkit rules` marks them) that a lint under ``config`` leaves out, by name, sorted by code:
    `select = ["ALL"]` (the default) or a prefix takes none of them in; only their name or code in `select` or
    `extend-select`, or `enabled = true` in their table, does. Called after the config's rules were checked."""
    from .config import ConfigError
    from .lint.engine import build_ruleset
    from .lint.rule import all_rules

    opt_in = sorted((cls.code, name) for name, cls in all_rules().items() if getattr(cls, "opt_in", False))
    if not opt_in:
        return []
    try:
        ruleset = build_ruleset(config)
    except ConfigError:  # reported by the check before; nothing is in force
        return [name for _code, name in opt_in]
    return [name for _code, name in opt_in if not ruleset.is_on(name)]


def rules_in_force(config: Config) -> dict[str, dict[str, Any]]:
    """Every rule that has options, or that ``config`` gives a table: the options in force (a default unless
    the config sets it) and what else its table sets (`severity`, `enabled`); by rule name, sorted.
    ``rules-written`` beside it is the config's tables as written, which tells the two apart."""
    from .lint.rule import all_rules, describe_options

    out: dict[str, dict[str, Any]] = {}
    for name, cls in sorted(all_rules().items()):
        written = config.rules.get(name)
        table = {key: default for key, default, _ in describe_options(cls)}
        if isinstance(written, dict):
            from .lint.added import resolved

            table.update(resolved(cls, written))  # `add-extend = [...]` joined to the `extend` in force
        if table or written is not None:
            out[name] = table
    return out


def _skipped_folder(path: str, config: Config) -> str | None:
    """The folder of a tool that ``path`` lies in, as shown (see :func:`cxkit.discovery.tool_folder_above`)."""
    from .discovery import tool_folder_above

    return tool_folder_above(path, config)


def _origin(config: Config, kind: str, pattern: str) -> dict[str, str]:
    """Where the pattern ``pattern`` in force in ``config`` (of `exclude` or `per-file-ignores`: ``kind``) is written."""
    said, where, key = _written(config, pattern, kind)
    return {"pattern": pattern, "written": said, "config": where, "key": key}


def _named(label: str, top: str | None) -> str:
    """A config file as --show-settings names it (``label``: as messages name it): relative to the
    current folder when it lies under it, or when both lie in the repository ``top``; else absolute, so
    that a base outside the repository reads the same whether or not it sits in a folder above this one."""
    from .config import shown_path

    if label == "defaults":
        return label
    return shown_path(os.path.abspath(label), top)


def _name_configs(entry: dict[str, Any]) -> None:
    """The config files ``entry`` names (the one in force, those it extends, where patterns are written),
    each named by :func:`_named`."""
    from .gitutil import work_tree_top

    top = work_tree_top(os.path.realpath(os.getcwd()))
    if entry["config"] is not None:
        entry["config"] = _named(entry["config"], top)
    entry["extends"] = [_named(base, top) for base in entry["extends"]]
    for value in entry.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and isinstance(item.get("config"), str):
                item["config"] = _named(item["config"], top)


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in values) + "]"


def _text(entry: dict[str, Any]) -> str:
    lines = [entry["path"] + ":"]
    if entry["config"] is None:
        lines.append("  config: none (the defaults)")
    else:
        lines.append(f"  config: {entry['config']}")
        for base in entry["extends"]:
            lines.append(f"    extends {base}")
    excluded = entry["excluded"]
    if excluded is not None:
        named = ("named, it is skipped with a warning" if excluded["named"] == "skipped"
                 else "named, it is checked under its own config all the same" if entry["folder"]
                 else "named without --only-documents, it is checked all the same")
        lines.append(f"  excluded: yes, by '{excluded['pattern']}' in the {excluded['key']} of {excluded['config']}: "
                     f"a folder scan leaves it out ({named})")
    elif entry["skipped-here"] is not None:
        lines.append(f"  excluded: yes, by default: it lies in {entry['skipped-here']}, a tool's folder, which folder "
                     "scans do not enter (named, it is checked)")
    else:
        lines.append("  excluded: no")
    for key in ("select", "extend-select", "ignore", "per-file-ignores-here", "paths", "exclude"):
        lines.append(f"  {key.replace('-here', ' here')}: {_toml_list(entry[key])}")
        if key == "select" and entry["opt-in-not-selected"]:
            from .lint.rule import all_rules

            known = all_rules()
            left = ", ".join(f"{name} ({known[name].code})" if name in known else name
                             for name in entry["opt-in-not-selected"])
            lines.append(f"    opt-in rules not selected: {left}; a prefix or ALL leaves them out: name one in "
                         "extend-select, or set `enabled = true` in its [rules.NAME] table")
        if key == "exclude" and (entry["extends"] or any(o["key"] != "exclude" for o in entry["exclude-written"])):
            lines += [f"    {json.dumps(o['written'], ensure_ascii=False)} from the {o['key']} of {o['config']}"
                      for o in entry["exclude-written"]]
    if entry["extends"] or any(o["key"] != "per-file-ignores" for o in entry["per-file-ignores-written"]):
        lines += [f"  per-file-ignores {json.dumps(o['written'], ensure_ascii=False)} = {_toml_list(o['rules'])} "
                  f"from the {o['key']} of {o['config']}" for o in entry["per-file-ignores-written"]]
    lines.append(f"  lang: {entry['lang'] or 'none (guessed from each document)'}")
    lines.append(f"  fail-level: {entry['fail-level']}")
    lines.append(f"  respect-gitignore: {'true' if entry['respect-gitignore'] else 'false'}")
    if entry["baseline"] is not None:
        lines.append(f"  baseline: {entry['baseline']} (from {entry['baseline-from']})")
    else:
        lines.append("  baseline: none" + (" (--no-baseline)" if entry["baseline-from"] else ""))
    lines.append(f"  today: {entry['today']} (" + (f"from {entry['today-from']})" if entry["today-from"] else "the system clock)"))
    lines.append(f"  folders never scanned unless named: {', '.join(entry['skipped-folders'])}")
    for rule, table in sorted(entry["rules-written"].items()):
        options = ", ".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in table.items()) if isinstance(table, dict) else ""
        lines.append(f"  [rules.{rule}] {options}")
        lines += _added_lines(entry, rule, table)
    for lang, table in sorted(entry["labels"].items()):  # render's and diff's headings, in the team's words
        if table:
            lines.append(f"  [labels.{lang}] " + ", ".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in table.items()))
    if entry["render"]:  # render's own settings: `[render] csv-separator = ";"`
        lines.append("  [render] " + ", ".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in entry["render"].items()))
    return "\n".join(lines) + "\n"


def _added_lines(entry: dict[str, Any], rule: str, table: Any) -> list[str]:
    """Below a rule's table that has `add-` keys: each list in force, and which config gave each part of it."""
    if not isinstance(table, dict) or not any(isinstance(k, str) and k.startswith("add-") for k in table):
        return []
    in_force = entry["rules"].get(rule, {})
    parts: dict[str, list[str]] = entry.get("rules-from", {}).get(rule, {})
    out = []
    for key in table:
        option = key[len("add-"):] if isinstance(key, str) and key.startswith("add-") else None
        if option is None or option not in in_force:
            continue
        said = "; ".join(parts.get(option, []))
        out.append(f"    {option} in force: {json.dumps(in_force[option], ensure_ascii=False)}" + (f" ({said})" if said else ""))
    return out


def _rule_parts(config: Config) -> dict[str, dict[str, list[str]]]:
    """For each rule table with `add-` keys, each list option's parts: `["a"] from X`, `add-extend ["b"] from Y`,
    from the configs ``config`` extends (the farthest first) and its own, as each writes them."""
    chain = [*reversed(config.extended), config]
    if not any(isinstance(k, str) and k.startswith("add-") for t in config.rules.values() if isinstance(t, dict) for k in t):
        return {}
    out: dict[str, dict[str, list[str]]] = {}
    seen: dict[tuple[str, str], Any] = {}  # what the config before gave, to tell each config's own part
    for link in chain:
        for rule, table in link.rules.items():
            if not isinstance(table, dict):
                continue
            for key, value in table.items():
                if not isinstance(key, str) or not isinstance(value, list):
                    continue
                option = key[len("add-"):] if key.startswith("add-") else key
                before = seen.get((rule, key))
                own = value if before is None else value[len(before):] if value[:len(before)] == before else value
                seen[(rule, key)] = value
                if not own:
                    continue  # as the config it extends gives it
                parts = out.setdefault(rule, {}).setdefault(option, [])
                if not key.startswith("add-") and before is not None:
                    parts.clear()  # this config's list replaces the one above, and what was added to it
                parts.append(f"{key} {json.dumps(own, ensure_ascii=False)} from {link.label}")
    return {rule: opts for rule, opts in out.items()
            if isinstance(config.rules.get(rule), dict) and any(k.startswith("add-") for k in config.rules[rule])}


def _baseline(config: Config, option: str | None, no_baseline: bool) -> dict[str, str | None]:
    """The baseline a lint of the path uses, and what names it: `--baseline`, the config's `baseline` (where
    the key is written), or nothing (`--no-baseline`, or no key)."""
    from .config import shown_path

    if no_baseline:
        return {"baseline": None, "baseline-from": "--no-baseline"}
    if option is not None:
        return {"baseline": shown_path(Path(option).absolute()), "baseline-from": "--baseline"}
    if config.baseline is not None:
        return {"baseline": shown_path(config.baseline), "baseline-from": config.baseline_at or config.label}
    return {"baseline": None, "baseline-from": None}


def _today() -> dict[str, str | None]:
    """The date the date rules take for today, and what pins it: `--today`, `CXKIT_TODAY`,
    `SOURCE_DATE_EPOCH`, or nothing (None: the system clock)."""
    from .clock import peek, pinned

    day, source = pinned()
    return {"today": (day or peek()).isoformat(), "today-from": source}


def show_settings(paths: list[str], config_file: Path | None, as_json: bool, out: Any,
                  baseline: tuple[str | None, bool] = (None, False)) -> None:
    """Write the settings in force for each of ``paths`` (else the current folder) to ``out``.  ``baseline``:
    `--baseline FILE` and `--no-baseline` as given, which set the baseline a lint would use."""
    from .config import check_rule_settings
    from .discovery import missing_path

    targets = paths or ["."]
    for given in targets:
        if not os.path.lexists(given):
            raise missing_path(given)
    config = load_config(config_file, check_rules=False, near=targets)
    memo: dict[str, Config] = {}
    entries = []
    for given in targets:
        mine = _config_for(given, config, config_file is None, memo)
        check_rule_settings(mine)
        entry = settings_of(given, mine)
        entry.update(_baseline(mine, *baseline))
        entry.update(_today())
        excluded = _excluded_by(given, mine, config_file is None)
        entry["excluded"] = None if excluded is None else {
            "pattern": excluded[0], "config": excluded[1], "named": "checked" if excluded[2] else "skipped",
            "key": excluded[3]}
        _name_configs(entry)
        entries.append(entry)
    if as_json:
        out.write(json.dumps(entries, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write("\n".join(_text(e) for e in entries))
