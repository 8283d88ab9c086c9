"""The word diff of `cxkit diff` (text, Markdown, HTML) and `cxkit review` takes bounded work.

It matched words and blanks with difflib; the blank stands between every two words, so each
longest-match search walked every blank of the other text, once per change: a persona summary of
1,600 words with every third word replaced took 49 s of CPU, and a pull request with a pasted
interview transcript held `cxkit review` in CI for minutes.  Now the exact word diff is made while
it stays within a budget of difflib's search steps (every value of a few hundred words); past it
the common start and end are set aside and the middle matched by its words alone; past that too,
the changed middle is shown old and new, whole.

The work is counted, not timed: difflib's longest-match search is wrapped to add up the places it
visits (and to stop a run that goes far past the bound, so the code before the fix fails fast).
"""

from __future__ import annotations

import difflib
import hashlib
import random
from bisect import bisect_left
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.diff.formats import word_diff

from git_helpers import Repo, needs_git

#: The most search steps one `cxkit diff` of one long value may take (two passes of the budget).
BOUND = 5_000_000


class _Overrun(Exception):
    """The word diff went far past the bound (the code before the fix: minutes of work)."""


@pytest.fixture
def steps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The places difflib's longest-match searches visit, added up while the test runs."""
    tally = [0]
    search = difflib.SequenceMatcher.find_longest_match

    def counted(self, alo=0, ahi=None, blo=0, bhi=None):  # type: ignore[no-untyped-def]
        ahi = len(self.a) if ahi is None else ahi
        bhi = len(self.b) if bhi is None else bhi
        tally[0] += ahi - alo + sum(bisect_left(self.b2j.get(token, ()), bhi) for token in self.a[alo:ahi])
        if tally[0] > 2 * BOUND:
            raise _Overrun(tally[0])
        return search(self, alo, ahi, blo, bhi)

    monkeypatch.setattr(difflib.SequenceMatcher, "find_longest_match", counted)
    return tally


def _persona(summary: str, lang: str = "pl") -> str:
    quoted = summary.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'kind: persona\nid: ola\nname: Ola Nowak\nlang: {lang}\nsummary: "{quoted}"\n'


def _diff(tmp_path: Path, old: str, new: str, *args: str):  # type: ignore[no-untyped-def]
    (tmp_path / "old.yaml").write_text(_persona(old), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(_persona(new), encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", *args, str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")],
                                env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert not isinstance(result.exception, _Overrun), "the word diff went far past its bound"
    assert result.exit_code == 1, result.output
    return result.stdout


def _every_third(n: int) -> tuple[str, str]:
    """A summary of ``n`` words, and the same with every third word replaced."""
    return (" ".join(f"słowo{i}" for i in range(n)),
            " ".join(f"słowo{i}" if i % 3 else f"inne{i}" for i in range(n)))


TRANSCRIPT = ("Rozmówczyni mówi, że chce zgłosić szkodę w aplikacji i dostać decyzję bez dzwonienia na "
              "infolinię, ale boi się, że coś pominie, a potem nikt nie oddzwoni w sprawie zgłoszenia.").split()


def _transcript(n: int, seed: int = 7) -> str:
    r = random.Random(seed)
    return " ".join(r.choice(TRANSCRIPT) for _ in range(n))


@pytest.mark.parametrize("fmt, words, marker", [
    ("text", 2000, "[-słowo3-]{+inne3+}"),
    ("markdown", 1200, "słowo3"),
    ("html", 1200, "słowo3</del>"),
])
def test_a_long_value_with_every_third_word_replaced_takes_bounded_work(tmp_path, steps, fmt, words, marker):
    """Before: minutes of CPU (1,600 words took 49 s; stopped here past twice the bound)."""
    old, new = _every_third(words)
    out = _diff(tmp_path, old, new, "-f", fmt)
    assert steps[0] <= BOUND, steps[0]
    assert marker in out
    if fmt == "text":
        assert "słowo1 słowo2 [-słowo3-]{+inne3+} słowo4" in out


def test_one_word_changed_in_a_pasted_transcript_is_shown_as_that_word(tmp_path, steps):
    """Before: each search of 10,000 tokens walked 5,000 blanks (stopped past twice the bound)."""
    old = _transcript(5000)
    words = old.split(" ")
    words[2500] = "kwietniem"
    out = _diff(tmp_path, old, " ".join(words))
    assert steps[0] <= BOUND, steps[0]
    assert f"[-{old.split(' ')[2500]}-]{{+kwietniem+}}" in out
    assert out.count("[-") == 1 and out.count("{+") == 1, out[:500]
    assert "było:" not in out


def test_a_rewrite_too_large_to_match_is_shown_whole(tmp_path, steps):
    """The same word 3,000 times, every fifth one changed: even the words alone take more than the
    budget, so the value is shown old and new, whole (as a rewritten value always was)."""
    old = "Na początku. " + " ".join("tak" for _ in range(3000)) + " Na końcu."
    new = "Na początku. " + " ".join("tak" if i % 5 else "nie" for i in range(3000)) + " Na końcu."
    out = _diff(tmp_path, old, new)
    assert steps[0] <= BOUND, steps[0]
    lines = out.splitlines()
    assert lines[1].strip() == "~ Opis:", lines[:2]
    assert lines[2].strip().startswith("było: Na początku. tak tak tak")
    assert lines[3].strip().startswith("jest: Na początku. nie tak tak tak tak nie")


@needs_git
def test_review_of_a_pull_request_with_a_pasted_transcript_takes_bounded_work(tmp_path, monkeypatch, steps):
    """Before: `cxkit review main` ran for minutes in CI (stopped past twice the bound)."""
    old, new = _every_third(1200)
    repo = Repo(tmp_path / "repo")
    repo.write("cxkit.toml", "")
    repo.write("personas/ola.yaml", _persona(old))
    repo.commit("base")
    repo.git("checkout", "-q", "-b", "wywiad")
    repo.write("personas/ola.yaml", _persona(new))
    repo.commit("wywiad")
    monkeypatch.chdir(repo.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    result = CliRunner().invoke(app, ["review", "main", "-f", "text"])
    assert not isinstance(result.exception, _Overrun), "the word diff went far past its bound"
    assert result.exit_code in (0, 1), result.output
    assert steps[0] <= BOUND, steps[0]
    assert "[-słowo3-]{+inne3+}" in result.stdout


# --- guards: ordinary values keep the word diff they had -----------------------------------------

def test_a_short_polish_and_english_edit_keep_their_word_diff():
    assert word_diff(
        "Chce zgłosić szkodę w aplikacji w 10 minut, bez dzwonienia na infolinię.",
        "Chce zgłosić szkodę w aplikacji w 5 minut, bez dzwonienia i bez czekania na infolinię.\n",
    ) == [
        ("=", "Chce zgłosić szkodę w aplikacji w "), ("-", "10"), ("+", "5"), ("=", " minut, bez dzwonienia "),
        ("+", "i bez czekania "), ("=", "na infolinię.")]
    assert word_diff(
        "Wants to file a claim in the app in 10 minutes, without calling the helpline.",
        "Wants to file the claim in the app within 10 minutes, without calling or waiting for the helpline.",
    ) == [
        ("=", "Wants to file "), ("-", "a"), ("+", "the"), ("=", " claim in the app "),
        ("-", "in"), ("+", "within"),
        ("=", " 10 minutes, without calling "), ("+", "or waiting for "), ("=", "the helpline.")]


PL = ("klient chce szybko zgłosić szkodę w aplikacji i dostać decyzję bez dzwonienia na infolinię "
      "ale boi się że coś pominie a potem nikt nie oddzwoni w sprawie jego zgłoszenia").split()
EN = ("the customer wants to file a claim in the app and get a decision without calling the helpline "
      "but fears that something is missed and then nobody calls back about the claim").split()


def _edited(words: list[str], n: int, seed: int) -> tuple[str, str]:
    """``n`` words drawn from ``words`` (so they repeat, as in prose), with a word in seven replaced,
    one added, commas and line breaks."""
    r = random.Random(seed)
    old = [r.choice(words) for _ in range(n)]
    new = list(old)
    for k in range(0, n, 7):
        new[k] = r.choice(words)
    new.insert(n // 2, "naprawdę")

    def text(ws: list[str]) -> str:
        return " ".join(w + ("," if i % 11 == 5 else "") + ("\n" if i % 40 == 39 else "") for i, w in enumerate(ws))

    return text(old), text(new)


@pytest.mark.parametrize("words, n, segments, digest", [
    (PL, 180, 109, "10319b330eeaa24c"),
    (EN, 180, 106, "2e30263b0a8ff11d"),
    (PL, 60, 39, "4f77f7dd01a517bc"),
    (EN, 60, 36, "33a8898b3db51732"),
], ids=["pl-180", "en-180", "pl-60", "en-60"])
def test_prose_of_repeated_words_keeps_its_exact_word_diff(words, n, segments, digest):
    """Pinned from the word diff before the bound: values this size are diffed exactly as they were
    (the words-only diff of long values would place some blanks and repeated words differently)."""
    ops = word_diff(*_edited(words, n, n))
    assert (len(ops), hashlib.sha256(repr(ops).encode()).hexdigest()[:16]) == (segments, digest)


def test_the_bounded_diff_of_a_long_value_gives_back_both_texts(monkeypatch):
    """Whatever path a long value takes, what is kept and removed is the old text and what is kept
    and added the new one, blanks, commas and line breaks included."""
    from cxkit.diff import formats

    r = random.Random(32)
    for budget in (0, 50_000, 2_000_000):  # the middle shown whole; matched by words; the exact diff
        monkeypatch.setattr(formats, "WORD_DIFF_BUDGET", budget)
        formats._word_diff.cache_clear()
        for trial in range(40):
            words = [r.choice(PL + EN) for _ in range(r.randrange(1, 120))]
            edited = list(words)
            for _ in range(r.randrange(0, 10)):
                k = r.randrange(len(edited) + 1)
                what = r.random()
                if what < 0.3 and edited:
                    del edited[min(k, len(edited) - 1)]
                elif what < 0.6:
                    edited.insert(k, r.choice(PL + EN))
                elif edited:
                    edited[min(k, len(edited) - 1)] += r.choice([",", "x", ""])
            gap = lambda: r.choice([" ", " ", " ", "\n", "  ", ", "])  # noqa: E731
            old = "".join(w + gap() for w in words).strip()
            new = "".join(w + gap() for w in edited).strip()
            ops = word_diff(old, new)
            assert "".join(t for op, t in ops if op != "+") == old, (budget, old, new, ops)
            assert "".join(t for op, t in ops if op != "-") == new, (budget, old, new, ops)
            assert all(t for _, t in ops)
            assert not any(a == b == "=" for (a, _), (b, _) in zip(ops, ops[1:])), ops
    formats._word_diff.cache_clear()
