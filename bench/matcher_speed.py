"""Time the pseudo-profiling matcher per trait, and check it against a recorded oracle.

    python bench/matcher_speed.py [--corpus DIR] [--against REV] [--record FILE] [--check FILE]
                                  [--rounds N]

Timing: ``Matcher.analyse`` per trait (CPU time of this process, so other work on a shared
machine counts less), median of ``--rounds`` passes in this process, on
the traits the rule reads in a generated corpus (``bench/gen_corpus.py``: what a cold
``cxkit lint`` pays) and on the labeled traits; plus the time to load and compile the
lexicons.  With ``--against REV`` the matcher as it is in git revision REV is timed too,
interleaved with the working tree's, so the before -> after figures come from one run.

Oracle: the trait set is the labeled traits, every string in examples/, tests/fixtures/
and the corpus, every string literal of tests/test_pseudo_profiling.py, sample phrases
built from the lexicons' own patterns, and mutated variants of them (case, Polish
endings, punctuation, digits and ages, odd Unicode) from a fixed seed.  ``--record FILE``
writes what the matcher says of each (``analyse`` with and without ``extend``/``allow``,
``location_category``, ``vague_income``, ``normalise``) and the rule's findings on each
folder and on personas built from the mutated traits; ``--check FILE`` reruns the recorded
texts through the working tree's matcher and rule and prints every difference (exit 1 when
there is one).  Keep the oracle outside the repository: it is large and specific to one
corpus.
"""

from __future__ import annotations

import argparse
import ast
import gc
import importlib.util
import json
import pickle
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterable

from cxkit.config import Config
from cxkit.lint import vague
from cxkit.lint.engine import Selection, lint
from cxkit.model.persona import NEGATIVE_TRAIT_FIELDS, PSYCHOGRAPHIC_FIELDS, TRAIT_FIELDS
from cxkit.yamlio import load_text

REPO = Path(__file__).resolve().parent.parent
RULE = "pseudo-profiling"
SEED = 20240607
#: Options for the second matcher and rule run: user phrases that overlap the lexicons on purpose.
EXTEND = ["eko*", "premium|luksus*", "lubi|kocha kot*", "(very|really)? nice ..  stuff", "<n>x dziennie", "tech*"]
ALLOW = ["zdrowy styl życia", "duże miasto", "jakość", "big city", "tech savvy", "values? quality"]

# --- the trait set ---------------------------------------------------------------------------------


def _strings(node: Any) -> Iterable[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _persona_traits(data: Any) -> Iterable[str]:
    """The texts the rule analyses in one persona or negative persona."""
    if not isinstance(data, dict) or data.get("kind") not in ("persona", "negative-persona"):
        return
    lists = [data.get(f) for f in TRAIT_FIELDS + NEGATIVE_TRAIT_FIELDS]
    psycho = data.get("psychographics")
    if isinstance(psycho, dict):
        lists += [psycho.get(f) for f in PSYCHOGRAPHIC_FIELDS]
    for items in lists:
        for item in items if isinstance(items, list) else ():
            text = item.get("text") if isinstance(item, dict) else item
            if isinstance(text, str):
                yield text


def read_folder(folder: Path) -> tuple[list[str], list[str]]:
    """(every string value, the persona traits) of the YAML files under ``folder``."""
    every: list[str] = []
    traits: list[str] = []
    for path in sorted(folder.rglob("*.y*ml")):
        data = load_text(path.read_text(encoding="utf-8", errors="replace")).data
        every += _strings(data)
        traits += _persona_traits(data)
    return every, traits


def labeled_traits() -> list[str]:
    data = load_text((REPO / "tests" / "data" / "labeled_traits.yaml").read_text(encoding="utf-8")).data
    return [t["text"] for section in data.values() if isinstance(section, list) for t in section]


def test_literals() -> list[str]:
    tree = ast.parse((REPO / "tests" / "test_pseudo_profiling.py").read_text(encoding="utf-8"))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


_FILLER = ["bardzo", "naprawdę", "zawsze", "really", "very", "always", "nowe", "rzeczy", "things", "swoją", "her", "jej"]
_SUFFIXES = ["", "", "a", "e", "i", "y", "ą", "ę", "ego", "ej", "ym", "ych", "ie", "ów", "ości", "ing", "ed", "s", "er", "ly"]
_CONTEXT = ["", "", "", "Klientka", "On", "She", "Zawsze", "Na co dzień", "W pracy", "Od 2019", "na Allegro",
            "co tydzień", "twice a week", "w Warszawie", "in Leeds", "i kupuje buty trailowe za 400 zł",
            "and compares prices on Ceneo", "(z dziećmi)", "- mama dwójki dzieci", "raz w miesiącu", "30-40",
            "aged 25-34", "po pracy", "after work", "np. IKEA", "e.g. Lidl", "", "bo tak", "because it matters"]


def pattern_samples(rng: random.Random, per_pattern: int = 6) -> list[str]:
    """Phrases built from every lexicon pattern (alternatives, stems, optional items, gaps), set in context."""
    out: list[str] = []
    for lang in vague.LANGUAGES:
        data = load_text((REPO / "src" / "cxkit" / "lint" / "lexicons" / f"{lang}.yaml").read_text(encoding="utf-8")).data
        patterns = [p for item in data["phrases"] for p in item["match"]]
        for key in ("frequency", "concrete", "not-concrete", "income", "generic-words", "stopwords"):
            patterns += data.get(key) or []
        for pattern in patterns:
            for _ in range(per_pattern):
                words: list[str] = []
                for m in re.finditer(r"\(([^()]*)\)(\?)?|\S+", pattern):
                    item = m.group(0)
                    if item == "..":
                        words += rng.sample(_FILLER, rng.randint(0, 4))
                        continue
                    body, optional = (m.group(1), m.group(2) is not None) if m.group(1) is not None else (item, False)
                    if m.group(1) is None and item.endswith("?") and len(item) > 1:
                        body, optional = item[:-1], True
                    if optional and rng.random() < 0.5:
                        continue
                    alt = rng.choice(body.split("|"))
                    alt = re.sub(r"\*", lambda _m: rng.choice(_SUFFIXES), alt)
                    words.append(alt.replace("<n>", str(rng.choice([2, 3, 7, 12, 30, 45, 100, 2024]))))
                phrase = " ".join(words)
                phrase = phrase[:1].upper() + phrase[1:] if rng.random() < 0.5 else phrase
                out.append(" ".join(x for x in (rng.choice(_CONTEXT), phrase, rng.choice(_CONTEXT)) if x))
    return out


_PUNCT = [",", ".", "-", " - ", " – ", "/", "(", ")", "'", "’", '"', "„", "”", ":", ";", "!", "?", "…", "•", "&",
          "_", "  ", "\t", "\n", "*", "+", "%", "#", "@", "`", "´", "ʼ", "\u00a0", "\u200b", "·"]
_NUMBERS = ["30-40", "25+", "w wieku 30", "30 lat", "3", "100%", "w 100 procentach", "2x", "lata 30.", "30-latka",
            "20s", "her 30s", "early 40's", "1999", "18:00", "12,5", "10 do 20", "aged 35", "35 y/o", "35yo",
            "between 25 and 34", "między 25 a 35", "kobiety 25–35", "40-50 lat", "25/35", "0", "3.5", "７",
            "٣", "2-3", "99", "18-24 r.ż.", "50+ lat", "30stki", "40-stce", "ages 18 to 24", "20-letnia", "1 000 zł"]
_ODD = ["İ", "ẞ", "ß", "Ǆ", "ǅ", "ﬁ", "e\u0301", "Ø", "Đ", "×", "Σ", "ς", "Ω", "ı", "K", "🙂", "ǰ", "ŉ", "ΐ"]
_FOLD_PL = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
_ENDINGS = ["a", "e", "i", "y", "ą", "ę", "ego", "emu", "ej", "ym", "ymi", "ych", "ie", "iu", "ów", "ami", "ach",
            "om", "ość", "ości", "ący", "ąca", "ącej", "ujący", "owa", "owy", "ing", "ed", "s", "ly", "er"]


def mutate(text: str, rng: random.Random, others: list[str]) -> str:
    """One random variant of ``text``."""
    kind = rng.randrange(12)
    words = text.split(" ")
    if kind == 0:
        return rng.choice([str.upper, str.lower, str.title, str.swapcase, str.capitalize])(text)
    if kind == 1:
        return text.translate(_FOLD_PL)
    if kind == 2:  # Polish endings swapped on some words
        return " ".join(w[: -rng.randint(1, 3)] + rng.choice(_ENDINGS) if len(w) >= 4 and rng.random() < 0.5 else w
                        for w in words)
    if kind in (3, 4):
        for _ in range(rng.randint(1, 3)):
            i = rng.randint(0, len(text))
            text = text[:i] + rng.choice(_PUNCT) + text[i:]
        return text
    if kind in (5, 6):
        i = rng.randint(0, len(words))
        return " ".join(words[:i] + [rng.choice(_NUMBERS)] + words[i:])
    if kind == 7:
        i = rng.randint(0, len(text))
        return text[:i] + rng.choice(_ODD) + text[i:]
    if kind == 8 and len(words) > 1:
        i = rng.randrange(len(words) - 1)
        return rng.choice([
            " ".join(words[:i] + words[i + 1:]),
            " ".join(words[:i] + [words[i + 1], words[i]] + words[i + 2:]),
            " ".join(words[:i] + [words[i] + "-" + words[i + 1]] + words[i + 2:]),
        ])
    if kind == 9:
        return text + rng.choice([", ", " i ", " and ", "; ", ". ", " – "]) + rng.choice(others)
    if kind == 10:
        return rng.choice([" ", "- ", "• ", '"', "„", "(", "  "]) + text + rng.choice(["", ".", "!", ")", '"', " ", "…"])
    return rng.choice(_CONTEXT) + " " + text


def trait_set(corpus: Path) -> dict[str, list[str]]:
    """The oracle's texts, by where they come from (deduplicated, in a fixed order)."""
    rng = random.Random(SEED)
    small: list[str] = labeled_traits() + test_literals()
    for folder in (REPO / "examples", REPO / "tests" / "fixtures"):
        small += read_folder(folder)[0]
    small += pattern_samples(rng)
    small = list(dict.fromkeys(small))
    corpus_all = list(dict.fromkeys(read_folder(corpus)[0]))
    mutated: list[str] = []
    for text in small:
        mutated += (mutate(text, rng, small) for _ in range(8))
    for text in corpus_all:
        mutated.append(mutate(text, rng, small))
    seen = set(small) | set(corpus_all)
    mutated = [t for t in dict.fromkeys(mutated) if t not in seen and "\x00" not in t]
    return {"small": small, "corpus": corpus_all, "mutated": mutated}


# --- what the matcher says ---------------------------------------------------------------------------


def _matches(matches: Iterable[Any]) -> tuple[tuple[Any, ...], ...]:
    return tuple((m.entry.id, m.entry.lang, m.start, m.end, m.text) for m in matches)


def outputs(mod: ModuleType, texts: list[str]) -> dict[str, list[Any]]:
    """Everything the matcher of ``mod`` says about each text."""
    lexicon = mod.load_lexicon()
    plain = mod.Matcher(lexicon)
    custom = mod.Matcher(lexicon, EXTEND, ALLOW)
    out: dict[str, list[Any]] = {}
    for name, m in (("plain", plain), ("custom", custom)):
        out[f"analyse/{name}"] = [(_matches(v.matches), v.rescue) for v in map(m.analyse, texts)]
        out[f"location/{name}"] = [_matches(m.location_category(t)) for t in texts]
        out[f"income/{name}"] = [m.vague_income(t) for t in texts]
    out["normalise"] = [mod.normalise(t) for t in texts]
    return out


def _yaml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def write_personas(folder: Path, texts: list[str], rng: random.Random) -> None:
    """Personas (15 traits each, demographics from the same texts) that carry ``texts`` through the rule."""
    folder.mkdir(parents=True, exist_ok=True)
    ages = ["34", "25-45", "30-35", "50+", "18-24", "40"]
    for n, i in enumerate(range(0, len(texts), 15)):
        chunk = texts[i:i + 15]
        kind = "negative-persona" if n % 3 == 2 else "persona"
        lines = [f"kind: {kind}", f"id: p-{n}", f"name: Person {n}", f"lang: {'pl' if n % 2 else 'en'}", "demographics:",
                 f"  age: {rng.choice(ages)}", f"  location: {_yaml_string(rng.choice(texts))}",
                 f"  income: {_yaml_string(rng.choice(texts))}", f"  occupation: {_yaml_string(rng.choice(texts))}",
                 "psychographics:", "  values:"]
        lines += [f"    - {_yaml_string(t)}" for t in chunk[:3]]
        lines += ["goals:"] + [f"  - {_yaml_string(t)}" for t in chunk[3:9]]
        lines += ["behaviours:"] + [f"  - text: {_yaml_string(t)}" for t in chunk[9:]]
        (folder / f"p-{n}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _relative(path: str, folder: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(folder.resolve()))
    except ValueError:
        return path


def findings(folders: dict[str, Path]) -> dict[str, list[Any]]:
    """The rule's findings (default options, and with extend/allow) on each folder, in one process."""
    out: dict[str, list[Any]] = {}
    for label, folder in folders.items():
        for opts_label, opts in (("plain", {}), ("custom", {"extend": EXTEND, "allow": ALLOW})):
            config = Config(root=folder, rules={RULE: opts} if opts else {})
            result = lint([str(folder)], config, Selection(select=(RULE,)), jobs=1)
            out[f"{label}/{opts_label}"] = sorted(
                (_relative(f.path, folder), f.line, f.column, f.code, f.message) for f in result.findings
            )
    return out


def record(corpus: Path, scratch: Path, texts: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """The oracle: what the matcher and the rule say now, on ``texts`` (default: a new trait set)."""
    texts = texts or trait_set(corpus)
    every = [t for group in texts.values() for t in group]
    write_personas(scratch / "mutated", texts["small"] + texts["mutated"], random.Random(SEED))
    folders = {"examples": REPO / "examples", "fixtures": REPO / "tests" / "fixtures", "corpus": corpus,
               "mutated": scratch / "mutated"}
    return {"texts": every, "outputs": outputs(vague, every), "findings": findings(folders),
            "sizes": {k: len(v) for k, v in texts.items()}}


def recorded_texts(oracle: dict[str, Any]) -> dict[str, list[str]]:
    """The trait set of a recorded oracle, by where it came from."""
    texts: dict[str, list[str]] = {}
    start = 0
    for group, size in oracle["sizes"].items():
        texts[group] = oracle["texts"][start:start + size]
        start += size
    return texts


def compare(old: dict[str, Any], new: dict[str, Any]) -> int:
    """Print every difference; return how many there are."""
    bad = 0
    if old["texts"] != new["texts"]:
        print("the trait set differs from the recorded one (another corpus or generator?)")
        return 1
    texts = old["texts"]
    for key, values in old["outputs"].items():
        for text, a, b in zip(texts, values, new["outputs"][key]):
            if a != b:
                bad += 1
                if bad <= 20:
                    print(f"{key}: {text!r}\n  recorded {a!r}\n  now      {b!r}")
    for key, values in old["findings"].items():
        if values != new["findings"][key]:
            if key.startswith(("examples/", "fixtures/")):
                print(f"(findings {key} differ: were the repository's examples or fixtures edited since?)")
            missing = sorted(set(values) - set(new["findings"][key]))
            extra = sorted(set(new["findings"][key]) - set(values))
            bad += len(missing) + len(extra) or 1
            print(f"findings {key}: {len(missing)} gone, {len(extra)} new; first: {(missing + extra)[:3]}")
    return bad


# --- timing ---------------------------------------------------------------------------------------


def load_revision(rev: str) -> ModuleType:
    """``cxkit.lint.vague`` as it is in git revision ``rev``, as a module of its own."""
    source = subprocess.run(["git", "show", f"{rev}:src/cxkit/lint/vague.py"], cwd=REPO, check=True,
                            capture_output=True, text=True).stdout
    name = f"cxkit.lint._vague_at_{re.sub(r'[^0-9A-Za-z]', '_', rev)}"
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(name, loader=None))
    module.__package__ = "cxkit.lint"
    sys.modules[name] = module  # dataclasses look their module up by name
    exec(compile(source, f"{rev}:src/cxkit/lint/vague.py", "exec"), module.__dict__)
    return module


def per_trait_us(analyse: Callable[[str], Any], texts: list[str]) -> float:
    gc.disable()
    try:
        start = time.process_time()
        for text in texts:
            analyse(text)
        return (time.process_time() - start) / len(texts) * 1e6
    finally:
        gc.enable()


def load_ms(mod: ModuleType) -> float:
    re.purge()  # compiled regexes are cached by pattern text; a new process has none
    start = time.process_time()
    mod.load_lexicon.__wrapped__()
    return (time.process_time() - start) * 1000


def timing(corpus: Path, rounds: int, against: str | None) -> None:
    sets = {"corpus traits": read_folder(corpus)[1], "labeled traits": labeled_traits()}
    mods = {"now": vague}
    if against:
        mods = {against: load_revision(against), "now": vague}
    loads: dict[str, list[float]] = {label: [] for label in mods}
    for _ in range(9):
        for label, mod in mods.items():  # interleaved, like the matching below
            loads[label].append(load_ms(mod))
    print("lexicon load and compile (median of 9, regex cache purged):")
    for label, values in loads.items():
        print(f"  {label:>12}: {statistics.median(values):6.1f} ms  (min {min(values):.1f})")
    for name, texts in sets.items():
        times: dict[str, list[float]] = {label: [] for label in mods}
        first: dict[str, float] = {}
        for label, mod in mods.items():
            # A cold pass, as in a lint run: fresh lexicon and matcher (regexes compiled on first use, empty memos).
            re.purge()
            analyse = mod.Matcher(mod.load_lexicon.__wrapped__()).analyse
            first[label] = per_trait_us(analyse, texts)
            times[label] = [first[label]]
        analysers = {label: mod.Matcher(mod.load_lexicon()).analyse for label, mod in mods.items()}
        for _ in range(rounds):
            for label, analyse in analysers.items():  # interleaved, so drift hits both alike
                times[label].append(per_trait_us(analyse, texts))
        print(f"analyse, {name} ({len(texts)}): median of {rounds} passes, and the cold first pass:")
        for label, values in times.items():
            print(f"  {label:>12}: {statistics.median(values[1:]):6.2f} µs per trait  (min {min(values[1:]):.2f}; "
                  f"cold {first[label]:.2f})")
        if against:
            ratio = statistics.median(times[against][1:]) / statistics.median(times["now"][1:])
            print(f"  {'speed-up':>12}: {ratio:.2f}x (cold pass {first[against] / first['now']:.2f}x)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="a bench/gen_corpus.py folder (default: generate 800 groups)")
    parser.add_argument("--against", help="also time vague.py at this git revision (e.g. HEAD~1)")
    parser.add_argument("--record", type=Path, help="write the oracle to this file")
    parser.add_argument("--check", type=Path, help="compare with the oracle in this file")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args(argv[1:])
    with tempfile.TemporaryDirectory(prefix="cxkit-matcher-") as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(tmp) / "corpus"
            subprocess.run([sys.executable, str(REPO / "bench" / "gen_corpus.py"), str(corpus), "--groups", "800"],
                           check=True, stdout=subprocess.DEVNULL)
        status = 0
        if args.record or args.check:
            start = time.perf_counter()
            # A check reruns the recorded texts: the trait set also reads files that change (the tests).
            oracle = pickle.loads(args.check.read_bytes()) if args.check else None
            now = record(corpus, Path(tmp), recorded_texts(oracle) if oracle else None)
            sizes = ", ".join(f"{k} {v}" for k, v in now["sizes"].items())
            print(f"oracle: {len(now['texts'])} texts ({sizes}), "
                  f"{sum(map(len, now['findings'].values()))} findings, {time.perf_counter() - start:.0f} s")
            if args.record:
                args.record.write_bytes(pickle.dumps(now, protocol=pickle.HIGHEST_PROTOCOL))
                print(f"recorded in {args.record}")
            if args.check:
                bad = compare(oracle, now)
                print(f"oracle {args.check}: " + (f"{bad} differences" if bad else "identical"))
                status = 1 if bad else 0
        if not args.no_timing:
            timing(corpus, args.rounds, args.against)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
