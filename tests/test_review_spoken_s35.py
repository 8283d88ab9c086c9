"""`cxkit review -f text` and `cxkit diff` read aloud (CXKIT_LAYOUT=stacked, or TERM=dumb on a
terminal) say their own arrows and place separators in words (session 35, tester36 M5's rest):
a screen reader reads `→` as "right arrow" and `›` as "single right-pointing angle quotation mark",
or skips both at its default punctuation level, which loses what became what and where.

Read aloud: `Nazwa: Paweł Czerski na Paweł Czerski-Nowak`, `Demografia, Dochód` (the path as shown, a
comma for each `›`: session 37, as Polish cannot decline a heading after "w"), `main (1a2b3c4) na kopię roboczą`; in English `to`, `in`, `to the working copy`.
Any other layout keeps the symbols, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import git

PAWEL = """\
kind: persona
id: pawel
name: Paweł Czerski
lang: pl
summary: Backend developer z Gdańska, kupuje słuchawki po kilku tygodniach porównywania pomiarów.
demographics:
  age: 38
  income: 17 800 zł netto miesięcznie, z czego ok. 2 500 zł rocznie idzie na sprzęt audio
goals:
  - Kupić słuchawki otwarte do 2 500 zł, które zagrają z FiiO K7 bez wzmacniacza
"""
DAN = """\
kind: persona
id: dan
name: Dan Okafor
lang: en
summary: Owns a heating firm in Leeds with six engineers and sends every invoice from his van.
demographics:
  age: 47
  income: about £60,000 a year from the firm
goals:
  - Send an invoice from the van before driving to the next job
"""


def _repo(top: Path, monkeypatch: pytest.MonkeyPatch, layout: str | None) -> None:
    git(top, "init", "-q", "-b", "main")
    git(top, "config", "user.email", "cx@example.com")
    git(top, "config", "user.name", "CX")
    (top / "personas").mkdir()
    (top / "personas" / "pawel.yaml").write_text(PAWEL, encoding="utf-8")
    (top / "personas" / "dan.yaml").write_text(DAN, encoding="utf-8")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "start")
    (top / "personas" / "pawel.yaml").write_text(
        PAWEL.replace("name: Paweł Czerski", "name: Paweł Czerski-Nowak").replace("ok. 2 500", "ok. 3 000"), encoding="utf-8")
    (top / "personas" / "dan.yaml").write_text(
        DAN.replace("name: Dan Okafor", "name: Dan Okafor-Reid").replace("£60,000", "£65,000"), encoding="utf-8")
    monkeypatch.chdir(top)
    for key, value in {"NO_COLOR": "1", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-01", "TERM": "xterm"}.items():
        monkeypatch.setenv(key, value)
    if layout is None:
        monkeypatch.delenv("CXKIT_LAYOUT", raising=False)
    else:
        monkeypatch.setenv("CXKIT_LAYOUT", layout)


def _lines(*args: str) -> list[str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code in (0, 1), result.output
    return result.stdout.splitlines()


def test_polish_review_read_aloud_says_na_and_w(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails before: `Nazwa: Paweł Czerski → Paweł Czerski-Nowak`, `Demografia › Dochód`."""
    _repo(tmp_path, monkeypatch, "stacked")
    out = _lines("review", "main", "-f", "text")
    assert "  zmieniono: Nazwa: Paweł Czerski na Paweł Czerski-Nowak" in out
    assert any(line.startswith("  zmieniono: Demografia, Dochód: 17 800 zł") for line in out), out
    assert not any("→" in line or "›" in line for line in out), out


def test_english_review_read_aloud_says_to_and_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails before: `Name: Dan Okafor → Dan Okafor-Reid`, `Demographics › Income`."""
    _repo(tmp_path, monkeypatch, "stacked")
    out = _lines("review", "main", "-f", "text")
    assert "  changed: Name: Dan Okafor to Dan Okafor-Reid" in out
    assert any(line.startswith("  changed: Income in Demographics: about £ (removed: “60”; added: “65”),000")
               for line in out), out


def test_review_heading_read_aloud_names_the_working_copy_in_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails before: `cxkit review: main (…) → working copy (…)`. Both documents changed, so the review's
    language is English unless every document is Polish: here mixed, English."""
    _repo(tmp_path, monkeypatch, "stacked")
    head = _lines("review", "main", "-f", "text")[0]
    assert head.startswith("cxkit review: main (") and " to the working copy (" in head, head
    (tmp_path / "personas" / "dan.yaml").unlink()
    git(tmp_path, "rm", "-q", "--cached", "personas/dan.yaml")
    git(tmp_path, "commit", "-q", "-m", "only Polish")
    (tmp_path / "personas" / "pawel.yaml").write_text(PAWEL.replace("38", "39"), encoding="utf-8")
    head = _lines("review", "HEAD", "-f", "text")[0]
    assert " na kopię roboczą (" in head and "→" not in head, head


def test_a_renamed_file_read_aloud_says_na(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails before: `personas/pawel.yaml → personas/pawel-czerski.yaml (przeniesiony)`."""
    _repo(tmp_path, monkeypatch, "stacked")
    git(tmp_path, "checkout", "-q", "--", ".")
    git(tmp_path, "mv", "personas/pawel.yaml", "personas/pawel-czerski.yaml")
    out = _lines("diff", "main")
    assert "pawel  personas/pawel.yaml na personas/pawel-czerski.yaml (przeniesiony)" in out, out


@pytest.mark.parametrize("layout", [None, "boxed"])
def test_other_layouts_keep_the_symbols(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, layout: str | None) -> None:
    """A guard: only the read-aloud layout says them in words."""
    _repo(tmp_path, monkeypatch, layout)
    out = _lines("review", "main", "-f", "text")
    assert out[0].startswith("cxkit review: main (") and ") → working copy (" in out[0]
    assert "  ~ Nazwa: Paweł Czerski → Paweł Czerski-Nowak" in out
    assert any(line.startswith("  ~ Demografia › Dochód: ") for line in out), out
    assert any(line.startswith("  ~ Demographics › Income: ") for line in out), out
