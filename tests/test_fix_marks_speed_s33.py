"""`cxkit lint`'s `[*]`/`fixable` marks cost one layout per file with a fix to make, not two: the file as
written is read (is it a cxkit document fmt lays out?) and not laid out; the fixed text is laid out, as it
decides whether `cxkit fmt --fix` writes anything, and only when a fix made is one of the findings shown
(session 33, a cold lint of a legacy workspace was about 2.4 times slower with the marks)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cxkit.fmt as fmt
from fmt_fix_helpers import enter_fmt_workspace, run

AGNIESZKA = """\
# Persona z warsztatu 2023 (Notion)
kind: persona
id: agnieszka-wojcik
name: Agnieszka Wójcik
lang: pl
cele:
  - Zapłacić za OC mniej niż 1 200 zł rocznie
sources:
  - {id: wywiady-2023, type: interview, date: 14.03.2024, n: "12"}
reviewed: 5 października 2023
"""
# A journey's kind word over a persona's keys: lint states a fix ("did you mean 'persona'?"), fmt --fix
# leaves it to a person, so there is nothing to lay out.
MAREK = """\
kind: Journey
id: marek
name: Marek Zieliński
goals:
  - Odnowić polisę w 5 minut
"""


@pytest.fixture
def laid_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts fmt lays out during the test."""
    enter_fmt_workspace(tmp_path, monkeypatch)
    texts: list[str] = []
    real = fmt.format_text

    def recording(text: str, *args: object, **kwargs: object) -> str:
        texts.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(fmt, "format_text", recording)
    return texts


def _marked(*args: str) -> list[str]:
    code, out, err = run("lint", "--no-cache", "-f", "json", "--select", "schema", *args)
    assert code == 1, err
    return sorted(f["message"].split(";")[0] for f in json.loads(out) if f["fixable"])


def test_marking_lays_out_the_fixed_text_only(laid_out: list[str]) -> None:
    Path("personas/agnieszka.yaml").write_text(AGNIESZKA, encoding="utf-8")
    assert _marked() == ["'reviewed': expected a date written as YYYY-MM-DD, got '5 października 2023'",
                         "'sources[wywiady-2023].date': expected a date written as YYYY-MM-DD, got '14.03.2024'",
                         "'sources[wywiady-2023].n' must be a whole number, not the text '12'",
                         "unknown field 'cele'"]
    assert AGNIESZKA not in laid_out
    assert len(laid_out) == 1 and "goals:" in laid_out[0] and "2023-10-05" in laid_out[0]
    # And they are what `cxkit fmt --fix` fixes: none is left, nothing is marked any more.
    code, _out, err = run("fmt", "--fix", ".")
    assert code == 0, err
    assert _marked_after() == []


def _marked_after() -> list[str]:
    code, out, err = run("lint", "--no-cache", "-f", "json", "--select", "schema")
    assert code in (0, 1), err
    return [f["message"] for f in json.loads(out) if f["fixable"] or "did you mean" in f["message"]
            or "remove the quotes" in f["message"]]


def test_a_file_fmt_fix_leaves_alone_is_not_laid_out(laid_out: list[str]) -> None:
    Path("personas/marek.yaml").write_text(MAREK, encoding="utf-8")
    assert _marked() == []
    assert laid_out == []


def test_a_fixed_text_fmt_cannot_lay_out_is_not_marked(laid_out: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    Path("personas/agnieszka.yaml").write_text(AGNIESZKA, encoding="utf-8")

    def refuse(text: str, *args: object, **kwargs: object) -> str:
        raise fmt.FormatError(3, 1, "cxkit fmt cannot lay this file out")

    monkeypatch.setattr(fmt, "format_text", refuse)
    assert _marked() == []
    code, _out, _err = run("fmt", "--fix", "--check", ".")
    assert code == 1 and Path("personas/agnieszka.yaml").read_text(encoding="utf-8") == AGNIESZKA
