"""The terminal keeps a number on one line with its unit or currency (tester45 #8).

`cxkit render marta.yaml --against klient.yaml --width 120` broke the negative persona's summary as
"…da ratę niższą o 20" / "zł.": rich wrapped the summary at every space. A summary, a quote and a
goal now wrap as traits do, and the spaces held are: a number and the unit, currency or multiplier
after it (zł, PLN, %, km, "tys.", "mln"), a multiplier and the currency after it ("8 tys. zł"), and a
currency sign written before the number ("£ 20"). The exports keep the author's spaces untouched.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workspace_helpers import run_cxkit

PL_SUMMARY = ("Składa wnioski w 6-8 bankach jednocześnie. Rezygnuje po decyzji pozytywnej, gdy inny bank da ratę "
              "niższą o 20 zł. Dojeżdża 35 km do oddziału, zarabia 8 tys. zł netto, pyta o kredyt 1,2 mln zł "
              "przy RRSO 9,1 %.")
EN_SUMMARY = ("Applies to six lenders at once. Walks away after an approval when another lender's repayment is "
              "£ 20 lower. Drives 35 km to the branch, borrows 1.2 mln PLN at an APR of 9.1 %.")
PL_HELD = ["20 zł", "35 km", "8 tys. zł", "1,2 mln zł", "9,1 %"]
EN_HELD = ["£ 20", "35 km", "1.2 mln PLN", "9.1 %"]


def _files(tmp_path: Path, lang: str, summary: str) -> None:
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (tmp_path / "persona.yaml").write_text(
        f"kind: persona\nid: marta\nname: Marta Zielińska\nlang: {lang}\n"
        f"summary: \"{summary}\"\n"
        "goals:\n  - Rata poniżej 3 600 zł przy LTV 85%\n", encoding="utf-8")
    (tmp_path / "negative.yaml").write_text(
        f"kind: negative-persona\nid: lowest-rate\nname: Lowest rate only\nlang: {lang}\n"
        f"summary: \"{summary}\"\n"
        f"quote: \"{summary}\"\n"
        "reasons:\n  - Counts only the first repayment\n", encoding="utf-8")


def _joined(out: str) -> str:
    """The view's words with frames and line breaks as single spaces."""
    return " ".join(re.sub(r"[│┃╭╮╰╯┏┓┗┛━─|]", " ", out).split())


@pytest.mark.parametrize("lang, summary, held", [("pl", PL_SUMMARY, PL_HELD), ("en", EN_SUMMARY, EN_HELD)])
def test_against_keeps_amounts_whole_at_every_width_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        lang: str, summary: str, held: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    _files(tmp_path, lang, summary)
    for width in range(40, 121, 2):
        code, out, err = run_cxkit("render", "persona.yaml", "--against", "negative.yaml", "--width", str(width))
        assert code == 0, err
        lines = out.splitlines()
        for amount in held:
            # all of the text is there (no word lost) ...
            assert _joined(out).count(amount) >= 3, (width, amount, out)
            # ... and no line holds the amount's first part at its end with the rest on the next
            words = amount.split(" ")
            for a, b in zip(lines, lines[1:]):
                ends = [seg.rstrip() for seg in re.split(r"[│┃]", a)]
                starts = [seg.strip() for seg in re.split(r"[│┃]", b)]
                for end, start in zip(ends, starts):
                    for cut in range(1, len(words)):
                        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
                        assert not (end.endswith(" " + head) and start.startswith(tail)), (width, amount, out)


@pytest.mark.parametrize("lang, summary, held", [("pl", PL_SUMMARY, PL_HELD), ("en", EN_SUMMARY, EN_HELD)])
def test_stacked_card_keeps_amounts_whole_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              lang: str, summary: str, held: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    _files(tmp_path, lang, summary)
    for width in range(24, 61):
        code, out, err = run_cxkit("render", "negative.yaml", "--layout", "stacked", "--width", str(width))
        assert code == 0, err
        for amount in held:
            assert sum(line.count(amount) for line in out.splitlines()) == 2, (width, amount, out)


@pytest.mark.parametrize("fmt", ["md", "md-plain", "html", "csv"])
def test_exports_keep_the_authors_spaces_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    monkeypatch.chdir(tmp_path)
    _files(tmp_path, "pl", PL_SUMMARY)
    code, out, err = run_cxkit("render", "negative.yaml", "-f", fmt)
    assert code == 0, err
    assert "niższą o 20 zł. Dojeżdża 35 km do oddziału, zarabia 8 tys. zł netto" in out
    assert "\u00a0" not in out
