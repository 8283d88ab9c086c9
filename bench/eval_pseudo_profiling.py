"""Measure the pseudo-profiling detector on the labeled traits.

Prints precision and recall of "vague" for each section of the labeled file
(``traits``, the development set written before the lexicons; ``holdout``
to ``holdout-8``, written later and measured before further changes, the
last four by sessions that never saw the lexicons; see the comments in the
file) and for all of them together, per
language; every misclassified trait with what matched and why it was or was
not rescued; the lexicon sizes; the load time and the first pass over the
traits (phrase buckets compile on first use); and the matching time per trait
after it.

    python bench/eval_pseudo_profiling.py [tests/data/labeled_traits.yaml] [--show-unseen]

The sections kept as an unseen measure (``UNSEEN``) print their scores only:
reading their misses is how a set stops being unseen.  ``--show-unseen``
lists them too, for the person who decides to retire a set.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cxkit.lint.vague import Matcher, load_lexicon, matcher
from cxkit.yamlio import load_text

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "labeled_traits.yaml"
#: Sets nobody tunes the lexicons on: their misclassified traits are not printed by default.
UNSEEN = ("holdout-6", "holdout-7", "holdout-8")


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, predicted: bool, vague: bool) -> None:
        if predicted and vague:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif vague:
            self.fn += 1
        else:
            self.tn += 1


def load_sections(path: Path = DEFAULT) -> dict[str, list[dict[str, Any]]]:
    """Every section of the labeled file: lists of dicts with text, label (vague|specific) and lang (pl|en)."""
    loaded = load_text(path.read_text(encoding="utf-8"))
    if loaded.problems or not isinstance(loaded.data, dict):
        raise SystemExit(f"{path}: cannot read the labeled set")
    sections = {k: v for k, v in loaded.data.items() if isinstance(v, list)}
    for traits in sections.values():
        for t in traits:
            if t.get("label") not in ("vague", "specific") or t.get("lang") not in ("pl", "en") or not t.get("text"):
                raise SystemExit(f"{path}: bad entry {t!r}")
    return sections


def evaluate(traits: list[dict[str, Any]], m: Matcher | None = None) -> tuple[dict[str, Scores], list[tuple[dict[str, Any], Any]]]:
    """Scores overall ("all") and per language, and the misclassified traits with their verdicts."""
    m = m or matcher()
    scores = {"all": Scores(), "pl": Scores(), "en": Scores()}
    wrong = []
    for t in traits:
        verdict = m.analyse(t["text"])
        vague = t["label"] == "vague"
        scores["all"].add(verdict.vague, vague)
        scores[t["lang"]].add(verdict.vague, vague)
        if verdict.vague != vague:
            wrong.append((t, verdict))
    return scores, wrong


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Precision and recall of the pseudo-profiling detector.")
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT, help="the labeled traits (YAML)")
    parser.add_argument("--show-unseen", action="store_true", help=f"also list the misses of {', '.join(UNSEEN)}")
    args = parser.parse_args(argv[1:])
    path = args.path
    start = time.perf_counter()
    lexicon = load_lexicon()
    m = matcher()
    load_ms = (time.perf_counter() - start) * 1000
    sections = load_sections(path)
    sections["all"] = [t for traits in sections.values() for t in traits]
    start = time.perf_counter()
    for t in sections["all"]:
        m.analyse(t["text"])  # the first pass also compiles the phrase buckets it meets
    first_ms = (time.perf_counter() - start) * 1000
    for name, traits in sections.items():
        scores, wrong = evaluate(traits, m)
        print(f"{name} ({len(traits)} traits):")
        for key, sc in scores.items():
            print(
                f"  {key:>4}: precision {sc.precision:.3f}  recall {sc.recall:.3f}  "
                f"(tp {sc.tp}, fp {sc.fp}, fn {sc.fn}, tn {sc.tn})"
            )
        if wrong and name in UNSEEN and not args.show_unseen:
            print(f"  misclassified: {len(wrong)} (kept unseen; --show-unseen lists them)")
        elif wrong and name != "all":
            print("  misclassified:")
            for t, v in wrong:
                kind = "false positive" if v.vague else "missed"
                matched = ", ".join(f"'{x.text}' [{x.entry.id}]" for x in v.matches) or "no phrase"
                why = f"; rescued by {v.rescue}" if v.rescue else ""
                print(f"    {kind} ({t['lang']}): {t['text']}\n      matched {matched}{why}")
    sizes = lexicon.sizes
    print(
        "\nlexicon: "
        + ", ".join(
            f"{lang} {s['entries']} ideas / {s['patterns']} patterns / {s['generic-words']} generic words"
            for lang, s in sizes.items()
        )
        + f"; loaded in {load_ms:.0f} ms, first pass over the {len(sections['all'])} traits {first_ms:.0f} ms"
    )
    texts = [t["text"] for t in sections["all"]]
    rounds = 50
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            m.analyse(text)
    per_trait = (time.perf_counter() - start) / (rounds * len(texts)) * 1e6
    print(f"matching: {per_trait:.1f} µs per trait (mean over {rounds} × {len(texts)} traits)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
