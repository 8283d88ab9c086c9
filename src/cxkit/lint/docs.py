"""Rule documentation, generated from each rule's own docstring and options."""

from __future__ import annotations

import datetime as dt
import inspect
import re
import textwrap
from dataclasses import dataclass, field
from typing import Any

from .rule import Rule, all_rules, describe_options

#: The day the rule examples' dates are read as of. A `reviewed` or `due` date in an example keeps
#: its meaning only against a fixed day (a Good `reviewed: 2026-10-01` is stale a year on), so the
#: docs state this day and the tests check every example with ``CXKIT_TODAY`` set to it; docs/rules.md
#: stays the same whatever day it is generated.
EXAMPLES_AS_OF = dt.date(2026, 12, 1)
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@dataclass
class RuleDoc:
    summary: str
    body: str = ""
    why: str = ""
    bad: str = ""
    good: str = ""
    options: list[tuple[str, object, str]] = field(default_factory=list)
    #: The Bad and Good examples in another language, by its code ("en"), where the docstring gives them
    #: (``Bad (en):``, ``Good (en):``): `cxkit rule NAME` shows them in a workspace of that language.
    examples: dict[str, tuple[str, str]] = field(default_factory=dict)


#: The heading of an example in a language of its own: "Bad (en):", "Good (pl):".
_LANG_EXAMPLE = re.compile(r"(Bad|Good) \(([a-z]{2})\):")


def parse_rule_doc(cls: type[Rule]) -> RuleDoc:
    """Split a rule docstring into summary, body, Why, Bad and Good (and Bad and Good in another language)."""
    text = inspect.cleandoc(cls.__doc__ or "")
    lines = text.splitlines()
    doc = RuleDoc(summary=lines[0].strip() if lines else "")
    section = "body"
    parts: dict[str, list[str]] = {"body": [], "why": [], "bad": [], "good": []}
    for line in lines[1:]:
        stripped = line.strip()
        if stripped.startswith("Why:"):
            section = "why"
            parts["why"].append(stripped[4:].strip())
            continue
        if stripped in ("Bad:", "Good:"):
            section = stripped[:-1].lower()
            continue
        if (other := _LANG_EXAMPLE.fullmatch(stripped)) is not None:
            section = f"{other.group(1).lower()} {other.group(2)}"
            parts.setdefault(section, [])
            continue
        parts[section].append(line)
    doc.body = _paragraphs(parts["body"])
    why = _paragraphs(parts["why"])
    doc.why = why[:1].upper() + why[1:]
    doc.bad = textwrap.dedent("\n".join(parts["bad"])).strip("\n")
    doc.good = textwrap.dedent("\n".join(parts["good"])).strip("\n")
    for lang in sorted({key.split()[1] for key in parts if " " in key}):
        doc.examples[lang] = tuple(  # type: ignore[assignment]
            textwrap.dedent("\n".join(parts.get(f"{which} {lang}", []))).strip("\n") for which in ("bad", "good"))
    doc.options = describe_options(cls)
    return doc


#: Where cxkit's own rules are documented, from the top of cxkit's repository: one section a rule,
#: headed by its name, which is its anchor (`docs/rules.md#pseudo-profiling`).
RULES_DOC = "docs/rules.md"
#: The labels of `[project.urls]` that name cxkit's repository, in which :data:`RULES_DOC` lies.
_REPOSITORY_LABELS = ("repository", "source", "source code", "code")


def rule_docs(cls: type[Rule]) -> str | None:
    """The section documenting ``cls`` in cxkit's repository (``docs/rules.md#pseudo-profiling``);
    None for a plugin's rule, which docs/rules.md does not hold."""
    from .rule import plugin_of

    return None if plugin_of(cls) is not None else f"{RULES_DOC}#{cls.name}"


def rule_url(cls: type[Rule]) -> str | None:
    """:func:`rule_docs` as an absolute URL, in the repository cxkit's package metadata names; None
    when it names none (no domain is made up) or for a plugin's rule."""
    docs = rule_docs(cls)
    base = repository_url()
    return f"{base}/blob/HEAD/{docs}" if docs is not None and base is not None else None


def repository_url() -> str | None:
    """The https URL of cxkit's repository, from its package's `Project-URL` (pyproject.toml's
    `[project.urls]`, labelled Repository or Source), or None."""
    from importlib import metadata

    try:
        entries = metadata.metadata("cxkit").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return None
    for entry in entries:
        label, _, url = entry.partition(",")
        url = url.strip().rstrip("/")
        if label.strip().lower() in _REPOSITORY_LABELS and url.startswith("https://"):
            return url
    return None


def rule_json(cls: type[Rule]) -> dict[str, Any]:
    """`cxkit rule NAME -f json`: the rule's documentation as data, the examples as written."""
    doc = parse_rule_doc(cls)
    return {
        "code": cls.code, "name": cls.name, "severity": cls.severity.name, "summary": doc.summary,
        "why": doc.why, "bad": doc.bad, "good": doc.good, "details": doc.body,
        "options": [{"key": key, "default": default, "description": desc} for key, default, desc in doc.options],
        "docs": rule_docs(cls), "url": rule_url(cls), "opt_in": bool(getattr(cls, "opt_in", False)),
    }


def dates_note(doc: RuleDoc, *, markdown: bool = False) -> str:
    """The sentence under a rule's examples when they hold a date, or ""."""
    if not _DATE.search(doc.bad + doc.good):
        return ""
    pin = f"CXKIT_TODAY={EXAMPLES_AS_OF.isoformat()}"
    return (f"The dates in these examples are read as of {EXAMPLES_AS_OF.isoformat()} "
            f"({f'`{pin}`' if markdown else pin} pins lint to that day).")


def _paragraphs(lines: list[str]) -> str:
    paras: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            paras.append(" ".join(current))
            current = []
    if current:
        paras.append(" ".join(current))
    return "\n\n".join(paras)


def _fmt_default(value: object) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


#: The widest line `cxkit rule` wraps its prose to, however wide the terminal: longer lines are
#: hard to follow from one to the next.
HELP_MAX_WIDTH = 100
#: The narrowest: what a narrower terminal, or `COLUMNS=0`, gets (as `cxkit render`).
HELP_MIN_WIDTH = 40


def help_width(stream: Any = None) -> int:
    """The columns `cxkit rule` lays its prose out in: ``COLUMNS`` when it is a whole number, else
    the width of the terminal ``stream`` (stdout) is, else 80 (a pipe, a file); always
    :data:`HELP_MIN_WIDTH` to :data:`HELP_MAX_WIDTH`.  Lines are wrapped two columns short of it."""
    import os
    import re
    import sys

    value = os.environ.get("COLUMNS", "").strip()
    if re.fullmatch(r"[+-]?[0-9]+", value):
        width = int(value)
    else:
        width = 80
        stream = sys.stdout if stream is None else stream
        try:
            if stream.isatty():
                width = os.get_terminal_size(stream.fileno()).columns or 80
        except (AttributeError, ValueError, OSError):
            pass
    return min(max(width, HELP_MIN_WIDTH), HELP_MAX_WIDTH)


def fill_paragraph(text: str, width: int, indent: str = "") -> str:
    """One paragraph of `cxkit rule`'s prose, wrapped to ``width`` columns less two."""
    return textwrap.fill(text, width - 2, initial_indent=indent, subsequent_indent=indent,
                         break_on_hyphens=False, break_long_words=False)


def rule_help_text(cls: type[Rule], width: int = 80, summary: str | None = None, lang: str | None = None) -> str:
    """Plain-text help for `cxkit rule NAME`, its prose wrapped for a ``width``-column terminal
    (:func:`help_width`; 78 columns of text at 80).  Examples and options are never wrapped.

    What a reader needs first comes first: the summary, why it matters, a bad and a good example;
    then the details (what counts, the edge cases), which for some rules run to 30 lines.
    ``summary``: the summary in the workspace's language (Polish), said in place of the docstring's;
    ``lang``: the workspace's language, whose examples are shown where the docstring gives them."""
    doc = parse_rule_doc(cls)
    if lang is not None and lang in doc.examples:
        doc.bad, doc.good = doc.examples[lang]
    opt_in = getattr(cls, "opt_in", False)  # marked as `cxkit rules` marks it; Details say what it means
    if summary is not None:  # the header too, whole, in Polish; the severity's name is the config's word for it
        head = f"{cls.name} ({cls.code}), domyślny poziom: {cls.severity.name}{' (do włączenia)' if opt_in else ''}"
    else:
        head = f"{cls.name} ({cls.code}), default severity: {cls.severity.name}{' (opt-in)' if opt_in else ''}"
    out = [fill_paragraph(head, width), "", fill_paragraph(summary or doc.summary, width)]
    if summary is not None:  # a Polish workspace: the headings and the "why" in Polish too (rule_docs_pl)
        return _rule_help_text_pl(cls, doc, width, out)
    if doc.why:
        out += ["", "Why it matters:", *[fill_paragraph(p, width, "  ") for p in doc.why.split("\n\n")]]
    if doc.bad:
        out += ["", "Bad:", textwrap.indent(doc.bad, "    ")]
    if doc.good:
        out += ["", "Good:", textwrap.indent(doc.good, "    ")]
    if note := dates_note(doc):
        out += ["", fill_paragraph(note, width)]
    if doc.body:
        paras = [fill_paragraph(p, width, "  ") for p in doc.body.split("\n\n")]
        out += ["", "Details:", "\n\n".join(paras)]  # a blank line between parts: a long rule's are many
    out += ["", "Options (in [tool.cxkit.rules." + cls.name + "] or cxkit.toml [rules." + cls.name + "]):"]
    out.append(f"  severity = \"{cls.severity.name}\"   error | warning | info")
    out.append("  enabled = true")
    for key, default, desc in doc.options:
        out.append(f"  {key} = {_fmt_default(default)}" + (f"   {desc}" if desc else ""))
    return "\n".join(out) + "\n"


def _rule_help_text_pl(cls: type[Rule], doc: RuleDoc, width: int, out: list[str]) -> str:
    """:func:`rule_help_text`'s text after its header and summary (``out``), in Polish: the headings, the "why"
    (English, said so, where :data:`rule_docs_pl.WHY` has none: a plugin's rule), the dates' note and the options'
    heading, the options' descriptions (:data:`rule_docs_pl.OPTIONS`); the details, the edge cases of each rule, are
    :data:`rule_docs_pl.DETAILS`' where it has them, else the docstring's English, under a heading that says so."""
    from . import rule_docs_pl as pl

    why = pl.WHY.get(cls.name)
    if why is not None or doc.why:
        said = why if why is not None else doc.why
        out += ["", pl.WHY_HEADING if why is not None else pl.WHY_ENGLISH_HEADING,
                *[fill_paragraph(p, width, "  ") for p in said.split("\n\n")]]
    if doc.bad:
        out += ["", pl.BAD_HEADING, textwrap.indent(doc.bad, "    ")]
    if doc.good:
        out += ["", pl.GOOD_HEADING, textwrap.indent(doc.good, "    ")]
    if dates_note(doc):
        out += ["", fill_paragraph(pl.dates_note(EXAMPLES_AS_OF.isoformat()), width)]
    details = pl.DETAILS.get(cls.name)
    if details is not None or doc.body:
        paras = [fill_paragraph(p, width, "  ") for p in (details or doc.body).split("\n\n")]
        out += ["", pl.DETAILS_PL_HEADING if details is not None else pl.DETAILS_HEADING, "\n\n".join(paras)]
    out += ["", pl.options_heading(cls.name)]
    out.append(f"  severity = \"{cls.severity.name}\"   error | warning | info")
    out.append("  enabled = true")
    polish = pl.OPTIONS.get(cls.name, {})  # a plugin's options keep their own descriptions
    for key, default, desc in doc.options:
        desc = polish.get(key, desc)
        out.append(f"  {key} = {_fmt_default(default)}" + (f"   {desc}" if desc else ""))
    return "\n".join(out) + "\n"


def _fence(example: str) -> str:
    """The language of an example's code block: a shell session (`$ chmod 000 ...`) or a document."""
    return "console" if example.startswith("$ ") else "yaml"


def rule_help_markdown(cls: type[Rule], heading: str = "##") -> str:
    """Markdown help for one rule (docs/rules.md and SARIF)."""
    doc = parse_rule_doc(cls)
    out = [f"{heading} {cls.name}", "", f"`{cls.code}` · default severity **{cls.severity.name}**", "", doc.summary]
    if doc.body:
        out += ["", doc.body]
    if doc.why:
        out += ["", f"**Why:** {doc.why}"]
    if doc.bad:
        out += ["", "Bad:", "", f"```{_fence(doc.bad)}", doc.bad, "```"]
    if doc.good:
        out += ["", "Good:", "", f"```{_fence(doc.good)}", doc.good, "```"]
    if note := dates_note(doc, markdown=True):
        out += ["", note]
    if doc.options:
        out += ["", "Options:", "", "| option | default | meaning |", "| --- | --- | --- |"]
        for key, default, desc in doc.options:
            cell = desc.replace("|", "\\|")
            out.append(f"| `{key}` | `{_fmt_default(default)}` | {cell} |")
    return "\n".join(out) + "\n"


def rules_markdown() -> str:
    """The whole of docs/rules.md."""
    rules = all_rules()
    out = [
        "# cxkit rules",
        "",
        "<!-- Generated by `cxkit rules --format markdown`; do not edit by hand. -->",
        "",
        "Select or ignore rules by name (`pseudo-profiling`), code (`CX101`) or code prefix (`CX1`).",
        "Every rule also takes `severity` and `enabled` in its config table.",
        "",
        "The examples show only the keys a rule reads: a file also needs `kind`, `id` and `name` (and each",
        "stage of a journey an `id` and a `name`), and a comment stands for what other files hold.",
        "",
        f"The examples' dates are read as of {EXAMPLES_AS_OF.isoformat()}: a Good `reviewed` or `due` date stays",
        "good, and a Bad one stays too old or overdue, whenever you read this page (the tests check each",
        "example as of that day).",
        "",
        "| code | name | severity | what it checks |",
        "| --- | --- | --- | --- |",
    ]
    for cls in rules.values():
        out.append(f"| {cls.code} | [{cls.name}](#{cls.name}) | {cls.severity.name} | {cls.summary()} |")
    out.append("")
    out.extend(_languages_markdown(rules))
    for cls in rules.values():
        out.append(rule_help_markdown(cls))
    return "\n".join(out)


#: What a rule checks in a document in another language than Polish and English, where that is not
#: "all of it" (a rule that reads words, :attr:`Rule.reads_words`, checks nothing there).
_IN_OTHER_LANGUAGES = {
    "pseudo-profiling": "age spans; a country or region as `location` (its name in Polish, English, German, "
                        "Czech, Slovak, Ukrainian, Russian, Lithuanian, Latvian or Estonian); `income` in "
                        "Ukrainian and Russian; your own `extend` phrases, in any case (a German noun's capital "
                        "is no name), unless a number stands beside them. Not the built-in phrases, household, "
                        "education or job titles",
    "journey-ends-at-purchase": "stage ids and names against the Polish and English purchase words and your "
                                "`extend-purchase-stages` (`[\"kauf\", \"bestellung\"]`)",
    "lang-contradicts-text": "`lang: cs`, `sk`, `de`, `uk`, `ru`, `be`, `bg`, `mk` on text that clearly reads as "
                             "another language; another code (`fr`, `pt`) is not checked",
    "language-mismatch": "nothing; in a Polish or English journey, a stage that reads as Czech or Slovak is "
                         "not named (cxkit would take it for Polish)",
    "placeholder": "template values in Polish and English (`TODO`, `uzupełnij`)",
    "stage-out-of-order": "stage ids and names against the Polish and English stage words (a German "
                          "`Aufmerksamkeit` is not recognised; an id such as `awareness` is)",
}


def _languages_markdown(rules: dict[str, type[Rule]]) -> list[str]:
    """The section on what is checked in a document in another language than Polish and English."""
    out = [
        "## What is checked in which language",
        "",
        "cxkit reads words in Polish and English. A document in another language says so with `lang:` and",
        "any ISO 639-1 code (`de`, `cs`, `uk`; the config's `lang` does it for a folder), or is guessed to be",
        "one from its words (Czech, Slovak, German, Ukrainian, Russian). Such a document is checked by every",
        "rule that reads its structure, dates, ids and numbers, as any document; the rules that read words",
        "through the Polish and English word lists leave it alone, and `cxkit lint` says on stderr how many",
        "documents they left (`note: 2 documents in de, cs are checked without the word rules …`).",
        "`cxkit new --lang de` writes the English template with `lang: de`; render and diff show English",
        "labels for it. A document whose text as a whole reads as another language than its `lang` says",
        "(English marked `uk`, which is Ukrainian) is reported by [lang-contradicts-text](#lang-contradicts-text).",
        "",
        "Polish or English lines pasted into a document in another language (an English trait in a `lang: de`",
        "persona) are not read by the word rules either. A short Polish line can be told from German by its",
        "letters, but the word rules read a document in one language, and those that weigh a document as a",
        "whole (pseudo-profiling's \"4 of 5 traits are generic\", the traits mirrored-negative-persona",
        "compares) would judge it by the few lines they could read. Keep such text in a document in its",
        "language, or translate it.",
        "",
        "| rule | Polish, English | other languages (`lang: de`, `cs`, `uk`…) |",
        "| --- | --- | --- |",
    ]
    for cls in rules.values():
        other = _IN_OTHER_LANGUAGES.get(cls.name) or ("nothing" if cls.reads_words else "all")
        out.append(f"| [{cls.name}](#{cls.name}) | all | {other} |")
    out.append("")
    return out
