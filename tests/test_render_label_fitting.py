"""The HTML export's curve labels are fitted in work that grows with the names' length.

Stage names that would touch are cut to the room their neighbours leave; each label is measured
once whole and once up to where it is cut.  Fitting used to cut one character at a time and
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


def curves(page: str) -> list[tuple[float, list[tuple[int, str, str]]]]:
    """Each curve on the page (a journey of more than 7 stages has one a part): the slot each of its
    stages gets, and its labels (font size, text, the <title>)."""
    out = []
    for svg in re.findall(r"<svg .*?</svg>", page, re.S):
        width = int(re.search(r'<svg viewBox="0 0 (\d+) ', svg).group(1))
        found = re.findall(r'<text [^>]*font-size="(\d+)" font-weight="600"[^>]*>([^<]*)<title>([^<]*)</title></text>', svg)
        out.append(((width - 100) / len(found), [(int(size), text, title) for size, text, title in found]))
    return out


def labels(page: str) -> tuple[float, list[tuple[int, str, str]]]:
    [curve] = curves(page)
    return curve


def assert_fitted(page: str, names: list[str]) -> None:
    from cxkit.render.html import _label_width

    found_all = []
    for slot, found in curves(page):
        found_all += found
        widths = [_label_width(text) * size / 12 for size, text, _title in found]
        assert all((a + b) / 2 + 8 <= slot for a, b in zip(widths, widths[1:]))
        for _size, text, title in found:
            name = text.split(". ", 1)[1]
            assert name.endswith("…") and title.startswith(name[:-1])
    assert [title for _size, _text, title in found_all] == names  # the whole name stays in the <title>


@pytest.mark.parametrize(("count", "length"), [(16, 150), (20, 640), (20, 2000)])
def test_long_stage_names_are_cut_measuring_each_character_a_bounded_number_of_times(
    tmp_path: Path, measured: dict, count: int, length: int
) -> None:
    names = [(f"Stage {i} name word " * (length // 15 + 1))[:length].strip() for i in range(count)]
    # Measuring each name whole, then once more up to its cut (plus the page's other text): well
    # under three times the characters named.  Cutting a character at a time measured ~count * length
    # characters per cut, thousands of times over.
    measured["budget"] = 3 * count * length + 2_000
    page = export(tmp_path, names)
    assert_fitted(page, names)


def test_a_name_of_one_long_word_beside_short_ones_is_cut_to_what_they_leave(tmp_path: Path, measured: dict) -> None:
    names = ["Ad", "Finansowanie" * 200, "Go"]
    measured["budget"] = 3 * sum(map(len, names)) + 2_000
    from cxkit.render.html import _label_width

    slot, found = labels(export(tmp_path, names))
    assert [text for _size, text, _title in found][::2] == ["1. Ad", "3. Go"]
    middle = found[1][1]
    assert middle.startswith("2. Finansowanie") and middle.endswith("…")
    widths = [_label_width(text) * size / 12 for size, text, _title in found]
    # It takes what the short names leave of the two slots it shares, not just its own slot.
    assert widths[1] > slot - 8
    assert all((a + b) / 2 + 8 <= slot for a, b in zip(widths, widths[1:]))
