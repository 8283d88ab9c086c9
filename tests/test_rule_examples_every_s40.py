"""Every Bad and Good example every rule documents, in every language it gives them (the first pair, which
docs/rules.md shows, and `Bad (en):`/`Good (en):`, which `cxkit rule NAME` shows in an English workspace),
does what it says once written into a workspace: the Bad one fires its rule, the Good one does not, and
neither breaks the format first (but schema's and yaml-syntax's own Bad ones, whose finding that is).

test_rule_docs checks the first pair's whole documents, test_rule_examples_s26 its fragments,
test_rule_examples_language_s39 the fragments in another language; the sketches of several files
(`# personas/ola.yaml and personas/kasia.yaml`), the other language's whole documents and the chmod of
read-error went unchecked. Here each kind is written out as a user would: a whole document as it is (a
journey beside the persona its `persona:` names, of the kind its comment says), a fragment pasted into a
document (test_rule_examples_s26's `_wrapped`), and a sketch by its rule's own reading of it below, which
works for every language's sketch alike because they are laid out alike. An example of an English pair is
linted in a workspace whose config says `lang = "en"`, where `cxkit rule` shows it.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest

from test_rule_examples_s26 import JOURNEY_HEAD, PERSONA_HEAD, _wrapped

from cxkit.config import load_config
from cxkit.lint.docs import EXAMPLES_AS_OF, parse_rule_doc, rule_help_text
from cxkit.lint.engine import Selection, lint
from cxkit.lint.rule import all_rules

RULES = all_rules()
#: The rules whose first examples have Polish words in them: each gives English ones too (fixDD40).
_POLISH = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")


def _pairs() -> list[tuple[str, str, str, str]]:
    """(rule, language or "first", Bad, Good) for every pair of examples of every rule."""
    out = []
    for name in sorted(RULES):
        doc = parse_rule_doc(RULES[name])
        out.append((name, "first", doc.bad, doc.good))
        out += [(name, lang, bad, good) for lang, (bad, good) in sorted(doc.examples.items())]
    return out


PAIRS = _pairs()
CASES = [pytest.param(name, lang, which, id=f"{name}-{lang}-{which}") for name, lang, _, _ in PAIRS for which in ("bad", "good")]
_BY = {(name, lang): (bad, good) for name, lang, bad, good in PAIRS}

Files = dict[str, str]


def _doc(kind: str, ident: str, body: str = "") -> str:
    return f"kind: {kind}\nid: {ident}\nname: {ident.replace('-', ' ').title()}\n{body}"


def _comment_lines(example: str, label: str) -> list[str]:
    """The list items a sketch gives after `# persona:` or `# negative persona: reasons:`, continued on
    the `#` lines below it, up to the next label."""
    items: list[str] = []
    taking = False
    for line in example.splitlines():
        text = line.lstrip("#").strip()
        head = re.match(r"(persona|negative persona):\s*(?:reasons:)?\s*(.*)", text)
        if head:
            taking = head.group(1) == label
            text = head.group(2)
        if taking and text.startswith("- "):
            items.append(text[2:])
    return items


def _yaml_list(key: str, items: list[str]) -> str:
    return f"{key}:\n" + "".join(f"  - {json.dumps(item, ensure_ascii=False)}\n" for item in items) if items else ""


def _duplicate_id(example: str, which: str, pair: tuple[str, str]) -> Files:
    # Bad: "# A and B both say" + "id: X"; Good: "id: X  # A" on each line.
    ids = re.findall(r"^id:\s*(\S+)\s*#\s*(\S+)$", example, re.M)
    if ids:
        return {path: _doc("persona", ident) for ident, path in ids}
    paths = re.findall(r"\b(personas/\S+\.yaml)", example)
    ident = re.search(r"^id:\s*(\S+)", example, re.M).group(1)  # type: ignore[union-attr]
    return {path: _doc("persona", ident) for path in paths}


def _similar_personas(example: str, which: str, pair: tuple[str, str]) -> Files:
    # Bad: both named files hold the lines; Good: the one it names holds these lines, the other the Bad's.
    bad = pair[0]
    paths = re.findall(r"\b(personas/\S+\.yaml)", bad)
    body = lambda text: "\n".join(l for l in text.splitlines() if not l.startswith("#")) + "\n"  # noqa: E731
    files = {path: _doc("persona", Path(path).stem, body(bad)) for path in paths}
    if which == "good":
        mine = re.findall(r"\b(personas/\S+\.yaml)", example)
        assert len(mine) == 1 and mine[0] in files, "the Good sketch names one of the Bad's two files"
        files[mine[0]] = _doc("persona", Path(mine[0]).stem, body(example))
    return files


def _missing_negative_persona(example: str, which: str, pair: tuple[str, str]) -> Files:
    # Bad: "# personas/ holds only kind: persona files"; the Good one is a whole negative persona beside one.
    files = {"personas/someone.yaml": PERSONA_HEAD + "goals:\n  - Pay off the credit card by March\n"}
    if which == "good":
        assert example.startswith("kind: negative-persona")
        files["personas/example.yaml"] = example + "\n"
    else:
        assert "only kind: persona" in example
    return files


def _persona_and_negative(reasons_label: str):
    def build(example: str, which: str, pair: tuple[str, str]) -> Files:
        # The persona's lines, else (a Good sketch that gives the negative persona's only) the Bad's.
        mine = _comment_lines(example, "persona") or _comment_lines(pair[0], "persona")
        theirs = _comment_lines(example, "negative persona")
        assert mine and theirs, "the sketch gives a persona's and a negative persona's lines"
        return {"personas/persona.yaml": _doc("persona", "the-persona", _yaml_list("behaviours", mine)),
                "personas/negative.yaml": _doc("negative-persona", "the-negative", _yaml_list(reasons_label, theirs))}
    return build


def _init_example(example: str, which: str, pair: tuple[str, str]) -> Files:
    # The example file's lines as they are (its `...` lines are comments), beside the team's own persona.
    own = re.search(r"beside (personas/\S+\.yaml)", pair[0]).group(1)  # type: ignore[union-attr]
    lines = [l for l in example.splitlines() if not l.startswith("# ...")]
    text = "\n".join(lines) + "\n"
    if "name:" not in text:
        text += "name: Example\nreasons:\n  - Does every repair himself with parts from eBay\n"
    return {"personas/example.yaml": text, own: _doc("persona", Path(own).stem)}


def _journey_for_retired_persona(example: str, which: str, pair: tuple[str, str]) -> Files:
    # "# FOLDER/FILE.yaml: status: retired" (the Bad's) says where the retired persona lies.
    found = re.search(r"#\s*(\S+\.yaml):\s*status:\s*retired", pair[0])
    assert found, "the Bad sketch names the retired persona's file"
    persona = re.search(r"^persona:\s*(\S+)", example, re.M).group(1)  # type: ignore[union-attr]
    body = "\n".join(l for l in example.splitlines() if not l.startswith("#"))
    return {found.group(1): _doc("persona", persona, "status: retired\n"),
            "journeys/example.yaml": f"kind: journey\nid: the-journey\nname: The journey\n{body}\n"
                                     "stages:\n  - id: awareness\n    name: Awareness\n"}


#: The rules whose examples are sketches of several files, each with its reading of them.
SKETCHES = {
    "duplicate-id": _duplicate_id,
    "similar-personas": _similar_personas,
    "missing-negative-persona": _missing_negative_persona,
    "trait-overlap": _persona_and_negative("reasons"),
    "mirrored-negative-persona": _persona_and_negative("reasons"),
    "init-example": _init_example,
    "journey-for-retired-persona": _journey_for_retired_persona,
}


def _whole_document(name: str, example: str, pair: tuple[str, str]) -> Files:
    """A whole document, and for a journey the persona it names (of the kind its comment says; for
    unknown-persona the Good one's, which the Bad one misspells)."""
    if not example.startswith("kind: journey"):
        return {"personas/example.yaml": example + "\n"}
    files = {"journeys/example.yaml": example + "\n"}
    named = re.search(r"^persona:\s*(\S+)(?:\s*#\s*kind:\s*(\S+))?", pair[1] if name == "unknown-persona" else example, re.M)
    if named:
        kind = named.group(2) or "persona"
        files[f"personas/{named.group(1)}.yaml"] = _doc(
            kind, named.group(1), "reasons:\n  - Cannot afford it\n" if kind == "negative-persona" else "")
    return files


def _files(name: str, lang: str, which: str) -> tuple[Files, str]:
    """The workspace an example stands for: its files, and the lines of its rule's config table."""
    pair = _BY[(name, lang)]
    example = pair[0 if which == "bad" else 1]
    assert example.strip(), f"{name} ({lang}) has no {which} example"
    if name in SKETCHES:
        if example.startswith("kind:") and name != "missing-negative-persona":
            return _whole_document(name, example, pair), ""
        return SKETCHES[name](example, which, pair), ""
    if example.startswith("kind:"):
        return _whole_document(name, example, pair), ""
    wrapped = _wrapped(example)
    assert wrapped is not None, f"the {which} example of {name} ({lang}) is a sketch no test reads: add it to SKETCHES"
    folder, text, options = wrapped
    files = {f"{folder}/example.yaml": text}
    if folder == "journeys":
        files["personas/ola-nowak.yaml"] = PERSONA_HEAD
    return files, options


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, lang: str, files: Files, options: str = "",
         mine: tuple[str, ...] | None = None):
    """(the rule's findings, in ``mine`` when given, else anywhere; the format's findings anywhere)."""
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    config = f'lang = "{lang}"\n' if lang != "first" else ""
    (tmp_path / "cxkit.toml").write_text(config + (f"[rules.{name}]\n{options}" if options else ""), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", EXAMPLES_AS_OF.isoformat())  # the day docs/rules.md reads the dates as of
    # The rule alone, as test_rule_docs runs it, and those a `# cxkit: disable=` in the example silences
    # (unused-suppression tells a comment of a rule that ran and found nothing there).
    silenced = [r for text in files.values() for found in re.findall(r"disable=([a-z0-9,-]+)", text) for r in found.split(",")]
    result = lint(["."], load_config(cwd=tmp_path), Selection(select=(name, "schema", "yaml-syntax", *silenced)))
    found = [f"{f.path}:{f.line}:{f.column} {f.message}" for f in result.findings
             if f.rule == name and (mine is None or f.path in mine)]
    broken = [f"{f.path}:{f.line}:{f.column} {f.rule} {f.message}" for f in result.findings
              if f.rule in ("schema", "yaml-syntax") and f.rule != name]
    return found, broken


@pytest.mark.parametrize(("name", "lang", "which"), [c for c in CASES if c.values[0] != "read-error"])
def test_every_example_does_what_it_says_s40(name, lang, which, tmp_path, monkeypatch):
    files, options = _files(name, lang, which)
    # A sketch's files are all the example's; else the persona beside a journey is only there to be named.
    mine = None if name in SKETCHES else tuple(p for p in files if p.endswith("/example.yaml"))
    found, broken = _run(tmp_path, monkeypatch, name, lang, files, options, mine)
    assert broken == [], f"the {which} example of {name} ({lang}) breaks the format first"
    if which == "bad":
        assert found, f"the Bad example of {name} ({lang}) does not fire it"
    else:
        assert found == [], f"the Good example of {name} ({lang}) fires it"


@pytest.mark.parametrize("which", ["bad", "good"])
def test_read_errors_chmod_does_what_it_says_s40(which, tmp_path, monkeypatch):
    bad, good = _BY[("read-error", "first")]
    example = bad if which == "bad" else good
    mode = re.fullmatch(r"\$ chmod (\d{3}) (personas/\S+\.yaml)", example)
    assert mode, example
    path = tmp_path / mode.group(2)
    path.parent.mkdir(parents=True)
    path.write_text(PERSONA_HEAD, encoding="utf-8")
    path.chmod(int(mode.group(1), 8))
    try:
        if which == "bad" and os.access(path, os.R_OK):
            pytest.skip("run as root: a file with mode 000 can still be read")
        found, _ = _run(tmp_path, monkeypatch, "read-error", "first", {})
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert bool(found) == (which == "bad"), found


def test_every_rule_with_polish_examples_gives_english_ones_too_s40():
    missing = [name for name in sorted(RULES)
               if _POLISH.search(parse_rule_doc(RULES[name]).bad + parse_rule_doc(RULES[name]).good)
               and "en" not in parse_rule_doc(RULES[name]).examples and name not in _ENGLISH_ON_PURPOSE]
    assert missing == []  # fails before: 29 rules


#: language-mismatch's examples are an English journey already: the Bad one's Polish stage is what it reports.
_ENGLISH_ON_PURPOSE = {"language-mismatch"}


@pytest.mark.parametrize("name", sorted(n for n in RULES if "en" in parse_rule_doc(RULES[n]).examples))
def test_english_examples_have_no_polish_in_them_s40(name):
    bad, good = parse_rule_doc(RULES[name]).examples["en"]
    assert bad and good and not _POLISH.search(bad + good)


@pytest.mark.parametrize("name", sorted(n for n in RULES if "en" in parse_rule_doc(RULES[n]).examples))
def test_an_english_workspace_is_shown_them_a_polish_one_the_first_s40(name):
    doc = parse_rule_doc(RULES[name])
    english = rule_help_text(RULES[name], 100, None, "en")
    polish = rule_help_text(RULES[name], 100, "x", "pl")
    for text, (bad, good) in ((english, doc.examples["en"]), (polish, (doc.bad, doc.good))):
        assert bad.splitlines()[-1] in text and good.splitlines()[-1] in text
