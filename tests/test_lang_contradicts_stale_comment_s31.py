"""A `# cxkit: disable=language-mismatch` comment on a stage of a journey that lang-contradicts-text (CX602)
reports as wholly in the other language is no stale comment.

The journey's stages are left to CX602 (one finding on `lang`), so the stages' language-mismatch (CX601)
findings were not made at all, and a team that had silenced them got "'disable=CX601' suppresses nothing
on this line; remove it" three times: advice that is wrong, since the findings come back as soon as
CX602 is turned off or silenced.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

JOURNEY = """\
{top}kind: journey
id: odbior-paczki
name: Odbiór paczki z paczkomatu
lang: en
persona: ola
goal: Odebrać paczkę z paczkomatu w dniu dostawy
stages:
  - id: powiadomienie{comment}
    name: Powiadomienie
    doing: Dostaje SMS z kodem odbioru w trakcie pracy
    thinking: Czy zdążę odebrać paczkę przed zamknięciem?
    feeling: Zadowolona, że paczka przyszła szybciej
    emotion: 1
  - id: odbior{comment}
    name: Odbiór
    doing: Wpisuje kod na ekranie, ale skrytka się nie otwiera
    thinking: Co teraz zrobić, nikogo tu nie ma?
    feeling: Zdenerwowana, bo stoi w deszczu
    emotion: -2
  - id: reklamacja{comment}
    name: Reklamacja
    doing: Dzwoni na infolinię i czeka 20 minut na konsultanta
    feeling: Zmęczona i zła na firmę
    emotion: -1
"""


def _codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, *extra: str) -> list[tuple[int, str]]:
    (tmp_path / "odbior.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "CX005,CX601,CX602", *extra, "odbior.yaml")
    assert result.exception is None, repr(result.exception)
    return [(f["line"], f["code"]) for f in json.loads(result.stdout)]


@pytest.mark.parametrize("comment", ["  # cxkit: disable=CX601", "  # cxkit: disable=language-mismatch"])
def test_a_comment_silencing_a_stage_left_to_cx602_is_not_called_stale(tmp_path, monkeypatch, comment):
    assert _codes(tmp_path, monkeypatch, JOURNEY.format(top="", comment=comment)) == [(4, "CX602")]


def test_a_disable_file_comment_for_language_mismatch_is_not_called_stale(tmp_path, monkeypatch):
    text = JOURNEY.format(top="# cxkit: disable-file=language-mismatch\n", comment="")
    assert _codes(tmp_path, monkeypatch, text) == [(5, "CX602")]


def test_without_comments_the_journey_gets_the_one_cx602_and_with_it_ignored_the_stage_findings(tmp_path, monkeypatch):
    text = JOURNEY.format(top="", comment="")
    assert _codes(tmp_path, monkeypatch, text) == [(4, "CX602")]
    assert _codes(tmp_path, monkeypatch, text, "--ignore", "CX602") == [(8, "CX601"), (14, "CX601"), (20, "CX601")]


def test_with_cx602_ignored_the_comments_silence_the_stage_findings_as_before(tmp_path, monkeypatch):
    text = JOURNEY.format(top="", comment="  # cxkit: disable=CX601")
    assert _codes(tmp_path, monkeypatch, text, "--ignore", "CX602") == []
