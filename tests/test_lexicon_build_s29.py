"""Building the vague-phrase lexicon at the start of every `cxkit lint`.

The lexicon is built once per run, before worker processes fork.  Its patterns are read into
named tuples, and each phrase bucket is written out (as well as compiled) only when a text first
reaches it.  What must not change: the config errors a malformed `extend` or `allow` pattern gives,
the words a pattern in decomposed Unicode or with an apostrophe matches, and which phrases are
found, whatever order the buckets are first tried in.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys

import pytest

from cxkit.lint import vague

PERSONA = """\
kind: persona
id: agnieszka-studio
name: Agnieszka Wolska
lang: pl
summary: Realizatorka dźwięku z Poznania, prowadzi jednoosobowe studio nagrań podcastów.
goals:
  - Mieć zawsze 4 identyczne pary zamkniętych słuchawek dla gości, żeby każdy słyszał ten sam miks
motivations:
  - Lubi żółwie i don't-stop muzykę
sources:
  - id: wywiady-b2b-2026-10
    type: interview
    date: 2026-10-12
    n: 6
"""


def lint(tmp_path, config: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "personas").mkdir(exist_ok=True)
    (tmp_path / "personas" / "agnieszka.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text(config, encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "cxkit", "lint", "--no-cache", "--select", "pseudo-profiling", "."],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    ("key", "pattern", "said"),
    [
        ("extend", "(lubi koty", "pattern '(lubi koty': cannot read '(lubi'"),
        ("extend", "a[b] c", "pattern 'a[b] c': cannot read 'a[b]'"),
        ("extend", "lubi|", "pattern 'lubi|': empty alternative in 'lubi|'"),
        ("allow", "lubi ||| koty", "pattern 'lubi ||| koty': empty alternative in '|||'"),
        ("extend", "(tanie)?", "pattern '(tanie)?' needs at least one word that is not optional"),
        ("allow", "--- ***", "pattern '--- ***': '---' has no word in it"),
    ],
)
def test_a_malformed_pattern_is_a_config_error_at_its_option(tmp_path, key, pattern, said):
    result = lint(tmp_path, f'[rules.pseudo-profiling]\n{key} = ["{pattern}"]\n')
    assert result.returncode == 2, result.stdout
    assert result.stderr == f"cxkit: cxkit.toml:2:1: rule 'pseudo-profiling', option '{key}': {said}\n"
    assert result.stdout == ""


def test_decomposed_and_apostrophe_patterns_match_the_words_they_spell(tmp_path):
    # "żółw*" typed with combining marks (as macOS and PDFs give it), and an ASCII apostrophe.
    result = lint(tmp_path, '[rules.pseudo-profiling]\nextend = ["z\u0307o\u0301\u0142w*", "don\'t stop"]\n')
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines()[0].startswith(
        'personas/agnieszka.yaml:9:5: warning CX101 "żółwie", "don\'t-stop" describe almost anyone')


def lexicon_groups() -> list[tuple[int, list[str]]]:
    groups = []
    for lang in vague.LANGUAGES:
        for item in vague._read_lexicon(lang)["phrases"]:
            groups.append((len(groups), item["match"]))
    return groups


def sample_texts(groups: list[tuple[int, list[str]]], count: int) -> list[str]:
    """Normalised texts made of the lexicons' own words (stems completed), short words and numbers."""
    words = ["na", "w", "z", "o", "e", "3", "3x", "12", "bardzo", "kot", "dom", "i", "the", "a", "nie"]
    for _, patterns in groups:
        for pattern in patterns:
            for word in re.split(r"[\s|()?]+", pattern):
                if word and word != "..":
                    words.append(word.replace("*", "ego").replace("<n>", "7"))
    pick = random.Random(29)
    return [vague.normalise(" ".join(pick.choice(words) for _ in range(pick.randint(1, 9)))) for _ in range(count)]


def test_phrases_found_do_not_depend_on_the_order_buckets_are_first_tried():
    groups = lexicon_groups()
    texts = sample_texts(groups, 1500)
    forward, backward = vague.PhraseIndex(groups), vague.PhraseIndex(groups)
    found = [forward.matches(text) for text in texts]
    assert [backward.matches(text) for text in reversed(texts)][::-1] == found
    assert sum(map(len, found)) > 200  # the texts do reach the buckets
    # The shipped lexicon, built by the run and tried by other tests already, agrees too.
    assert [vague.load_lexicon().phrases.matches(text) for text in texts] == found


def test_a_bucket_tried_without_a_match_still_names_the_entry_of_a_later_match():
    index = vague.PhraseIndex([(0, ["kot* domow*"]), (1, ["kot* dziki*"])])
    assert index.matches(" kotek sasiada ") == []
    assert index.matches(" ma kotka dzikiego i psa ") == [(1, 4, 19)]
    assert index.matches(" kot domowy ") == [(0, 1, 12)]
