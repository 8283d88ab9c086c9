"""The HTML export's curve labels are fitted in work that grows with the names' length.

Stage names are wrapped under their points, or listed in a legend, never cut (since session 31);
each character is measured a few times, not once per cut.  Fitting used to cut one character at a time and
measure every label again after each cut: 20 stages named `"Stage name word " * 40` took 12.8 s,
20 names of 2,000 characters 77 s.  The work is counted here (characters measured), not timed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

runner = CliRunner()


class TooMuchWork(Exception):
    pass


@pytest.fixture
def measured(monkeypatch: pytest.MonkeyPatch):
    """How many characters the label widths looked up, stopping the render past ``budget``
    (so a slow fitting fails at once instead of running for minutes)."""
    count = {"chars": 0, "budget": float("inf")}
    real = unicodedata.east_asian_width

    def counting(char: str) -> str:
        count["chars"] += 1
        if count["chars"] > count["budget"]:
            raise TooMuchWork(f"more than {count['budget']} characters measured")
        return real(char)

    monkeypatch.setattr(unicodedata, "east_asian_width", counting)
    return count


def journey(names: list[str]) -> str:
    text = "kind: journey\nid: j\nname: J\npersona: ann\nlang: en\nstages:\n"
    for i, name in enumerate(names):
        text += f"  - id: s{i}\n    name: {json.dumps(name)}\n    emotion: {(-2, -1, 0, 1, 2)[i % 5]}\n"
    return text


def export(tmp_path: Path, names: list[str]) -> str:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "j.yaml").write_text(journey(names), encoding="utf-8")
    result = runner.invoke(app, ["render", str(tmp_path / "j.yaml"), "-f", "html"], env={"NO_COLOR": "1"})
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def curves(page: str) -> list[tuple[list[tuple[str, str]], str]]:
    """Each curve of a part on the page (not the whole journey's, whose points are numbered only):
    its labels, each (the text its lines make, the <title>), and the text of its legend, if any."""
    out = []
    for svg in re.findall(r"<svg .*?</svg>", page, re.S):
        found = re.findall(r'<text [^>]*font-weight="600"[^>]*>((?:<tspan[^>]*>[^<]*</tspan>)+)<title>([^<]*)</title></text>', svg)
        legend = re.findall(r'<text x="80" [^>]*>((?:<tspan[^>]*>[^<]*</tspan>)+)</text>', svg)
        joined = [(" ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", lines)), title) for lines, title in found]
        out.append((joined, " ".join(" ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", t)) for t in legend)))
    return out


def assert_whole(page: str, names: list[str]) -> None:
    """Every name is shown whole: under its point (wrapped), or in the legend beside its number."""
    titles = []
    for found, legend in curves(page)[1 if len(names) > 7 else 0:]:
        for text, title in found:
            titles.append(title)
            number, _, name = text.partition(". ")
            if name:
                assert name.replace(" ", "") == title.replace(" ", "") and "…" not in text
            else:  # numbered: the name is in the legend
                assert f"{number}. {title}".replace(" ", "") in legend.replace(" ", "")
    assert titles == names


@pytest.mark.parametrize(("count", "length"), [(16, 150), (20, 640), (20, 2000)])
def test_long_stage_names_are_wrapped_measuring_each_character_a_bounded_number_of_times(
    tmp_path: Path, measured: dict, count: int, length: int
) -> None:
    names = [(f"Stage {i} name word " * (length // 15 + 1))[:length].strip() for i in range(count)]
    # Wrapping measures each name's characters a few times (under its point, in the legend, in
    # the whole journey's curve), never once per cut: well under eight times the characters named.
    measured["budget"] = 8 * count * length + 4_000
    page = export(tmp_path, names)
    assert_whole(page, names)


def test_a_name_of_one_long_word_beside_short_ones_goes_to_the_legend_whole(tmp_path: Path, measured: dict) -> None:
    names = ["Ad", "Finansowanie" * 200, "Go"]
    measured["budget"] = 8 * sum(map(len, names)) + 4_000
    [(found, legend)] = curves(export(tmp_path, names))
    assert [text for text, _title in found] == ["1", "2", "3"]
    assert ("2. " + "Finansowanie" * 200).replace(" ", "") in legend.replace(" ", "")
    assert "…" not in legend
