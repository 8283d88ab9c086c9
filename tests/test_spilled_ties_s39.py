"""`cxkit lint`'s spilled findings (session 39, issue #7) keep ties in the order the run made them.

Several findings at one place with one code (a suppression comment that names three rules none of
which fires there: three `unused-suppression` findings at its column) are ordered only by the order
they came in: the sort key (path, line, column, code) ties.  With runs of one finding and blocks of
two, those ties cross run, merge-block and read-block boundaries; every format, English and Polish,
must still say them in the order the list run said them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cxkit.lint import spilled
from cxkit.lint.finding import Finding, Severity
from cxkit.lint.spilled import sort_key, sorted_findings
from spill_helpers import FORMATS, enter, spilled_and_listed

OLA_S39 = """\
kind: persona
id: {id}
name: Ola Nowak  # cxkit: disable=placeholder,stale-review,trait-overlap
lang: pl
summary: Kupuje rower gravelowy raz w roku po teście w sklepie Decathlon w Gdyni  # cxkit: disable=pseudo-profiling, vague-gol
goals:
  - Przejechać 200 km w jeden dzień przed końcem sierpnia  # cxkit: disable=missing-sources, missing-review-date
"""

JOHN_S39 = """\
kind: persona
id: john
name: John Carter  # cxkit: disable=vague-action, placeholder
lang: en
summary: Books a ferry to Gdańsk twice a year once the family's leave is approved  # cxkit: disable=stale-review,pseudo-profiling,trait-overlap
goals:
  - Get the whole family on one crossing for under 900 EUR
"""


def _workspace_s39(top: Path, lang: str) -> None:
    (top / ".git").mkdir(parents=True)
    (top / "personas").mkdir()
    for k in range(3):
        (top / "personas" / f"ola-{k}.yaml").write_text(OLA_S39.format(id=f"ola-{k}"), encoding="utf-8")
    (top / "personas" / "john.yaml").write_text(JOHN_S39, encoding="utf-8")
    (top / "cxkit.toml").write_text('lang = "pl"\n' if lang == "pl" else "", encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_ties_at_one_place_keep_the_runs_order_in_every_format_s39(tmp_path, monkeypatch, lang):
    top = tmp_path / "repo"
    _workspace_s39(top, lang)
    enter(top, tmp_path, monkeypatch, 200, RUN=1, RUN_BLOCK=1, BLOCK=2)
    runs = (("--no-cache", "--jobs", "1"), ("--no-cache", "--jobs", "2"), (), ("--statistics",))
    spilled_outputs, listed_outputs = spilled_and_listed(tmp_path, monkeypatch, FORMATS, runs)
    assert spilled_outputs == listed_outputs
    text = spilled_outputs[0][1]
    # Not vacuous: the text report has ties (one place, one code, three messages) whose order is not
    # the messages' alphabetical one.
    places = re.findall(r"^(personas/\S+:\d+:\d+): \w+ (CX\d+) (.*)$", text, flags=re.M)
    tied: dict[tuple[str, str], list[str]] = {}
    for place, code, message in places:
        tied.setdefault((place, code), []).append(message)
    groups = [messages for messages in tied.values() if len(messages) > 1]
    assert len(groups) >= 8, text
    assert any(messages != sorted(messages) for messages in groups), text


def test_ties_of_one_file_in_two_groups_keep_the_order_they_came_in_s39(monkeypatch):
    # A file's read-error findings come in the first group and its others later (results of one path
    # gathered apart): their ties cross runs, and the merge takes the earlier run's first.
    monkeypatch.setattr(spilled, "RUN_BLOCK", 1)
    first = [Finding("personas/ola.yaml", 1, 1, "CX005", "unused-suppression", Severity.info, f"pierwsza {k}")
             for k in range(3)]
    later = [Finding("personas/ola.yaml", 1, 1, "CX005", "unused-suppression", Severity.info, f"a później {k}")
             for k in range(3)]
    other = [Finding("personas/ala.yaml", 2, 1, "CX101", "pseudo-profiling", Severity.warning, "ogólnik")]
    seq = sorted_findings([first, other, later], run=1)
    try:
        assert list(seq) == [*other, *first, *later] == sorted([*first, *other, *later], key=sort_key)
    finally:
        seq.close()
