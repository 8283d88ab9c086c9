"""The inputs and outputs of a lint run; plain data, cheap to import."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from .finding import Finding


@dataclass(frozen=True)
class Selection:
    """Rule selectors from the command line, on top of the config."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()


@dataclass
class LintResult:
    findings: list[Finding]
    files_checked: int
    documents: int
    cached_files: int = 0
    #: The shown paths of the files checked (see :func:`cxkit.lint.engine.lint`); None when the run's
    #: results came whole from the cache, which does not keep them.
    linted: list[str] | None = None
    #: Of those, the documents that do not fit the format (a `schema` error), each with the rules needing a
    #: valid document that ran whole on what fits (half-valid, see :mod:`cxkit.lint.lenient`; none: empty).
    #: None when the run's results came whole from the cache. `cxkit review` compares by it what lint checked.
    unchecked: dict[str, frozenset[str]] | None = None
    #: How many of the documents shown are in each language whose words cxkit does not read (by code).
    other_langs: dict[str, int] = field(default_factory=dict)


#: A word shorter than this is no prefix worth naming rules for (`un` starts five of them).
_SHORTEST_PREFIX = 3
#: More rules than this starting with a word: it names a group, not the rule meant.
_MOST_SUGGESTED = 5


def rule_hint(selector: str, rules: Mapping[str, Any]) -> str:
    """What to add to "unknown rule '<selector>'": "; did you mean …?", or where the rules are listed.

    ``rules`` maps rule names to rule classes (with a ``code``).  In this order:
    the rules whose name starts with the word (`pseudo` → pseudo-profiling), a
    close spelling of a name or code in any case (`duplicate-ids`, `cx4o3`), the
    rules one of whose words starts with it (`opportunity` → unowned-opportunity).
    A prefix is only a suggestion: a selector still names a rule by its whole
    name, its code or a code prefix.  Before a close spelling, the words of a rule's Polish
    title (`pozorne-profilowanie` → pseudo-profiling; :mod:`cxkit.lint.polish_names`).
    """
    import difflib

    word = selector.strip().lower()
    not_a_rule = not_a_rule_hint(word)
    if not_a_rule is not None:
        return not_a_rule
    names = list(rules)
    if len(word) >= _SHORTEST_PREFIX:
        starting = [n for n in names if n.startswith(word)]
        if 0 < len(starting) <= _MOST_SUGGESTED:
            return _did_you_mean(starting)
    from .polish_names import polish_matches  # rule names are English: a Polish title finds the rule meant

    polish = polish_matches(word, rules)
    if 0 < len(polish) <= _MOST_SUGGESTED:
        return "; rule names are English: " + _did_you_mean(polish, rules)[2:]
    spelled = {name: name for name in names} | {cls.code.lower(): cls.code for cls in rules.values()}
    if word.startswith("cx") and "o" in word[2:]:  # the letter O for a zero (`cx4o3`): not CX413, one edit away too
        zeros = "cx" + word[2:].replace("o", "0")
        if zeros in spelled:
            return _did_you_mean([spelled[zeros]])
    guess = difflib.get_close_matches(word, list(spelled), n=1)
    if guess:
        return _did_you_mean([spelled[guess[0]]])
    if len(word) > _SHORTEST_PREFIX and "-" not in word:
        inside = [n for n in names if any(part.startswith(word) for part in n.split("-")[1:])]
        if 0 < len(inside) <= _MOST_SUGGESTED:
            return _did_you_mean(inside)
    # A name of cxkit's with its words in another order (`sources-missing`, `opportunity-unowned`), or some left
    # out (`purchase-journey-ends`): a slip, not a plugin's rule.
    said = set(word.split("-"))
    if len(said) > 1:
        reordered = [n for n in names if said <= set(n.split("-"))]
        if 0 < len(reordered) <= _MOST_SUGGESTED:
            return _did_you_mean(reordered)
    import re

    # A code starting with CX is cxkit's (a plugin's is refused, see cxkit.lint.plugins): a slip, never a plugin's.
    if re.fullmatch(_PLUGIN_LIKE, word) and not re.fullmatch(r"cx[a-z]*[0-9]+", word):
        return _missing_plugin()[0]
    return "; `cxkit rules` lists them"


#: A name or code written as a rule plugin's are (`owner-on-team`, `AGY101`), which no rule of cxkit's is close to.
_PLUGIN_LIKE = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]{1,6}[0-9]{1,5}"


def _missing_plugin() -> tuple[str, str]:
    """What :func:`rule_hint` adds, in English and in Polish, for a name or code that looks like a rule plugin's:
    the plugin is not installed in the Python that runs cxkit (a colleague's machine, a CI job's image)."""
    import sys

    python = sys.executable or "python"
    return (f"; no rule of cxkit's has that name: if a rule plugin provides it, the plugin is not installed in the "
            f"Python that runs cxkit ({python}); install it there (docs/plugins.md) or take the name out, and the "
            "other rules run; `cxkit rules` lists the rules installed",
            f"; cxkit nie ma reguły o tej nazwie: jeśli pochodzi ona z wtyczki reguł, ta wtyczka nie jest zainstalowana "
            f"w Pythonie, w którym działa cxkit ({python}); zainstaluj ją tam (docs/plugins.md) albo usuń tę nazwę, a "
            "pozostałe reguły zadziałają; listę zainstalowanych reguł podaje `cxkit rules`")


def rule_hint_pl(hint: str) -> str | None:
    """:func:`rule_hint`'s words in Polish (rule names and codes as they are, in „…”); None for a form not
    known here, with which the whole message stays English."""
    import re

    from .polish import q

    def named(text: str) -> str | None:
        found = re.fullmatch(r"'([^']+)'( \(CX\d+\))?((?:, '[^']+'(?: \(CX\d+\))?)*)", text)
        if found is None:
            return None
        return ", ".join(f"{q(n)}{c}" for n, c in re.findall(r"'([^']+)'((?: \(CX\d+\))?)", text))

    if hint == "; `cxkit rules` lists them":
        return "; listę reguł podaje `cxkit rules`"
    if hint.startswith("; no rule of cxkit's has that name: if a rule plugin"):
        english, polish = _missing_plugin()
        return polish if hint == english else None
    found = re.fullmatch(r"; (?P<en>rule names are English: )?did you mean (?P<one>one of )?(?P<names>.+)\?", hint)
    if found is not None:
        names = named(found["names"])
        if names is None:
            return None
        lead = "; nazwy reguł są angielskie: " if found["en"] else "; "
        return f"{lead}czy chodziło o {'jedną z: ' if found['one'] else ''}{names}?"
    found = re.fullmatch(r"; (?P<label>\S+(?: \(CX\d+\))?) is no lint rule \(lint never reports it, so there is nothing "
                         r"to select or silence\): `cxkit rule (?P<name>\S+)` says what it is", hint)
    if found is not None:
        return (f"; {found['label']} nie jest regułą lint (lint nigdy jej nie zgłasza, więc nie ma czego wybierać ani "
                f"wyciszać): `cxkit rule {found['name']}` mówi, czym jest")
    return None


def not_a_rule_hint(word: str) -> str | None:
    """For a name or code cxkit prints that no lint rule has (fmt's CX009): what it is instead."""
    try:
        from ..cli import NOT_LINT_RULES
    except ImportError:  # pragma: no cover - the command line is part of every install
        return None
    for name, (code, _text) in NOT_LINT_RULES.items():
        if word == name or (code is not None and word == code.lower()):
            label = f"{name} ({code})" if code else name
            return (f"; {label} is no lint rule (lint never reports it, so there is nothing to select or silence): "
                    f"`cxkit rule {name}` says what it is")
    return None


def _did_you_mean(names: list[str], rules: Mapping[str, Any] | None = None) -> str:
    """"; did you mean …?" naming ``names``, each with its code when ``rules`` is given."""
    def named(n: str) -> str:
        return f"'{n}' ({rules[n].code})" if rules is not None and n in rules else f"'{n}'"

    if len(names) == 1:
        return f"; did you mean {named(names[0])}?"
    quoted = ", ".join(named(n) for n in names)
    return f"; did you mean one of {quoted}?"
