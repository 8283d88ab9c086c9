"""The stemmer and Polish typed without Polish letters: participles after "d" and "z" ("jadacy",
"bedacego", "siedzaca", "piszacych") meet the written ones ("jadący", "będącego"); the nouns
"rodacy", "biedacy", "Kozacy" and the verb "zwraca" are no participles, and English words in "-iac"
("maniac", "insomniac") are no Polish infinitives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.textnorm import stem


@pytest.mark.parametrize(("written", "plain"), [
    ("jadący", "jadacy"), ("będącego", "bedacego"), ("siedzącą", "siedzaca"), ("piszących", "piszacych"),
    ("leżący", "lezacy"), ("uczącej", "uczacej"), ("chodzącymi", "chodzacymi"), ("wierzące", "wierzace"),
])
def test_a_plain_participle_after_d_or_z_stems_as_the_written_one(written, plain):
    assert stem(plain) == stem(written)


@pytest.mark.parametrize(("word", "expected"), [
    # Nouns and a finite verb, not participles: nothing is cut but their last vowel.
    ("rodacy", "rodac"), ("biedacy", "biedac"), ("kozacy", "kozac"), ("zwraca", "zwrac"), ("polacy", "polac"),
    ("pracy", "prac"), ("wyrazach", "wyraz"),
    # English words in "-iac" keep their "c": "maniac" meets "maniacs", and is no "mania".
    ("maniac", "maniac"), ("maniacs", "maniac"), ("cardiac", "cardiac"),
])
def test_words_that_only_look_like_participles_or_infinitives(word, expected):
    assert stem(word) == expected


def test_polish_infinitives_in_niac_are_still_cut():
    assert stem("zmieniac") == stem("zmieniać") == "zmien"
    assert stem("uzupelniac") == stem("uzupełniać")
    assert stem("maniac") != stem("mania")


PERSONA = """kind: persona
id: kasia-pies
name: Kasia Wrona
lang: pl
summary: Właścicielka owczarka z Gdyni, zamawia karmę przez aplikację Zooplus.
goals:
  - Mieć karmę w domu, zanim skończy się worek
behaviours:
  - {trait}
reviewed: 2026-11-01
"""
NEGATIVE = """kind: negative-persona
id: kupuje-w-markecie
name: Kupujący karmę w markecie
lang: pl
summary: Osoba, która kupuje najtańszą karmę przy zakupach spożywczych.
reasons:
  - {reason}
reviewed: 2026-11-01
"""


def _codes(tmp_path: Path, trait: str, reason: str) -> set[str]:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "kasia.yaml").write_text(PERSONA.format(trait=trait), encoding="utf-8")
    (tmp_path / "neg.yaml").write_text(NEGATIVE.format(reason=reason), encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", str(tmp_path)])
    assert result.exit_code in (0, 1), result.output
    return {f["code"] for f in json.loads(result.stdout)}


def test_a_plain_typed_trait_with_a_participle_overlaps_the_written_one(tmp_path):
    codes = _codes(tmp_path, "Kupuje karmę dla psa będącego na diecie",
                   "Kupuje karme dla psa bedacego na diecie")
    assert "CX203" in codes
