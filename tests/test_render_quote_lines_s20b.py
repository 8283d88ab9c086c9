"""A summary, a quote or a journey's goal written as a `|` block keeps its author's lines in every
view: researchers write one interview turn per line, and `>` (or a plain value) is there to flow
text into one paragraph (tester3 F11)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from snapshot_helpers import check_snapshot, render_cli

PERSONA_PL = """\
kind: persona
id: dorota-kod-sms
name: Dorota Kamińska
lang: pl
summary: |
  Emerytka z Radomia, która zamawia leki na receptę w aplikacji apteki.
  Kod z SMS-a przepisuje z telefonu męża.
quote: |
  — Czy pani ma kod z SMS-a?
  — Mam, ale nie wchodzi.
  — To proszę przeczytać cyfry.
goals:
  - text: Odebrać leki na receptę bez wizyty w aptece
    sources: [wywiady-2026-10]
sources:
  - id: wywiady-2026-10
    type: interview
    date: 2026-10-14
    n: 9
"""

PERSONA_EN = """\
kind: persona
id: margaret-repeat-prescription
name: Margaret Ellis
lang: en
summary: >
  Retired teacher in Swansea who reorders her blood-pressure tablets every 28 days
  and reads every text message twice before she types a code.
quote: |
  — Do you have the code from the text message?
  — I do, but the app says it has expired before I have even finished typing it in.
  — Read me the digits, please.
needs:
  - Codes that stay valid long enough to type them slowly
"""

JOURNEY_PL = """\
kind: journey
id: dorota-odbior-lekow
name: Dorota odbiera leki
persona: dorota-kod-sms
lang: pl
goal: |
  Odebrać leki przed weekendem.
  Nie dzwonić do apteki.
summary: |
  Ścieżka z 9 wywiadów.
  Najtrudniej jest przy kodzie z SMS-a.
stages:
  - id: kod
    name: Kod z SMS-a
    emotion: -2
    doing: Przepisuje kod z telefonu męża
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas" / "dorota.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (tmp_path / "personas" / "margaret.yaml").write_text(PERSONA_EN, encoding="utf-8")
    (tmp_path / "journeys" / "odbior.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    return tmp_path


def _inner(out: str) -> list[str]:
    """The text inside a card's frame, line by line, without the borders and the padding."""
    return [line[1:-1].strip() for line in out.splitlines() if line.startswith("│")]


@pytest.mark.parametrize("columns", [60, 100])
def test_a_literal_quote_keeps_one_interview_turn_per_line_in_the_terminal_pl(
        workspace: Path, monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    code, out, err = render_cli(workspace, monkeypatch, "personas/dorota.yaml", columns=columns)
    assert code == 0, err
    inner = _inner(out)
    turns = ["„— Czy pani ma kod z SMS-a?", "— Mam, ale nie wchodzi.", "— To proszę przeczytać cyfry.”"]
    start = inner.index(turns[0])
    assert inner[start:start + 3] == turns
    # The summary's second line starts a line of its own too, wherever the first one wrapped.
    assert inner[inner.index("Kod z SMS-a przepisuje z telefonu męża.") - 1].endswith("aplikacji apteki.")
    assert all(len(line) == columns for line in out.splitlines()), "every line is as wide as the frame"
    check_snapshot(f"s20b-quote-lines-persona-pl-{columns}", out)


@pytest.mark.parametrize("columns", [60, 100])
def test_a_literal_quote_wraps_each_turn_on_its_own_and_a_folded_summary_still_flows_en(
        workspace: Path, monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    code, out, err = render_cli(workspace, monkeypatch, "personas/margaret.yaml", columns=columns)
    assert code == 0, err
    inner = _inner(out)
    first = next(i for i, line in enumerate(inner) if line.startswith("“— Do you have"))
    # The long second turn wraps at the width, yet starts a line of its own, as the third does.
    assert inner[first] == "“— Do you have the code from the text message?"
    assert inner[first + 1].startswith("— I do, but the app says")
    assert any(line == "— Read me the digits, please.”" for line in inner[first + 2:first + 5])
    # `>` folds its two source lines into one paragraph: at 100 columns it fills the line.
    if columns == 100:
        assert inner[0] == ("Retired teacher in Swansea who reorders her blood-pressure tablets every 28 days and "
                            "reads every")
    check_snapshot(f"s20b-quote-lines-persona-en-{columns}", out)


def test_the_markdown_export_writes_a_quote_turn_per_line_with_hard_breaks(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(workspace, monkeypatch, "personas/dorota.yaml", "-f", "md")
    assert code == 0, err
    assert ("> — Czy pani ma kod z SMS-a?\\\n"
            "> — Mam, ale nie wchodzi.\\\n"
            "> — To proszę przeczytać cyfry.\n") in out
    assert ("Emerytka z Radomia, która zamawia leki na receptę w aplikacji apteki.\\\n"
            "Kod z SMS-a przepisuje z telefonu męża.\n") in out
    # A CommonMark reader (GitHub's, GitLab's) sees one quote whose turns end with a hard break.
    from markdown_it import MarkdownIt

    shown = MarkdownIt("commonmark").render(out)
    assert ("<blockquote>\n<p>— Czy pani ma kod z SMS-a?<br />\n— Mam, ale nie wchodzi.<br />\n"
            "— To proszę przeczytać cyfry.</p>\n</blockquote>") in shown


def test_a_markdown_turn_that_starts_with_a_hyphen_stays_a_line_of_the_quote_not_a_list(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (workspace / "personas" / "dorota.yaml").write_text(
        PERSONA_PL.replace("  — ", "  - ").replace("kod z SMS-a?", "kod z SMS-a? <b>1234</b>"), encoding="utf-8")
    code, out, err = render_cli(workspace, monkeypatch, "personas/dorota.yaml", "-f", "md")
    assert code == 0, err
    assert ("> \\- Czy pani ma kod z SMS-a? &lt;b&gt;1234&lt;/b&gt;\\\n"
            "> \\- Mam, ale nie wchodzi.\\\n"
            "> \\- To proszę przeczytać cyfry.\n") in out


def test_a_folded_quote_is_still_one_markdown_line(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: `>` means "flow it", so nothing changes for the usual quote."""
    code, out, err = render_cli(workspace, monkeypatch, "personas/margaret.yaml", "-f", "md")
    assert code == 0, err
    assert ("Retired teacher in Swansea who reorders her blood-pressure tablets every 28 days and reads every text "
            "message twice before she types a code.\n") in out


def test_the_html_export_ends_each_turn_with_a_br_and_escapes_each(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (workspace / "personas" / "dorota.yaml").write_text(
        PERSONA_PL.replace("kod z SMS-a?", "kod z SMS-a? <b>1234</b> & PIN"), encoding="utf-8")
    code, out, err = render_cli(workspace, monkeypatch, "personas/dorota.yaml", "-f", "html")
    assert code == 0, err
    assert ("<blockquote>— Czy pani ma kod z SMS-a? &lt;b&gt;1234&lt;/b&gt; &amp; PIN<br>— Mam, ale nie wchodzi.<br>"
            "— To proszę przeczytać cyfry.</blockquote>") in out
    assert ('<p class="summary">Emerytka z Radomia, która zamawia leki na receptę w aplikacji apteki.<br>'
            "Kod z SMS-a przepisuje z telefonu męża.</p>") in out


def test_a_journeys_literal_goal_and_summary_keep_their_lines_in_every_view(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(workspace, monkeypatch, "journeys/odbior.yaml", columns=80)
    assert code == 0, err
    inner = _inner(out)
    assert inner[inner.index("Cel: Odebrać leki przed weekendem.") + 1] == "Nie dzwonić do apteki."
    assert inner[inner.index("Ścieżka z 9 wywiadów.") + 1] == "Najtrudniej jest przy kodzie z SMS-a."

    code, md, err = render_cli(workspace, monkeypatch, "journeys/odbior.yaml", "-f", "md")
    assert code == 0, err
    assert "**Cel:** Odebrać leki przed weekendem.\\\nNie dzwonić do apteki.\n" in md
    assert "Ścieżka z 9 wywiadów.\\\nNajtrudniej jest przy kodzie z SMS-a.\n" in md

    code, html, err = render_cli(workspace, monkeypatch, "journeys/odbior.yaml", "-f", "html")
    assert code == 0, err
    assert re.search(r"<strong>Cel:</strong> Odebrać leki przed weekendem\.<br>Nie dzwonić do apteki\.</p>", html)
    assert '<p class="summary">Ścieżka z 9 wywiadów.<br>Najtrudniej jest przy kodzie z SMS-a.</p>' in html


def test_turns_the_author_put_in_quotation_marks_each_get_no_second_pair(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (workspace / "personas" / "dorota.yaml").write_text(PERSONA_PL.replace(
        "  — Czy pani ma kod z SMS-a?\n  — Mam, ale nie wchodzi.\n  — To proszę przeczytać cyfry.\n",
        "  „Czy pani ma kod z SMS-a?”\n  „Mam, ale nie wchodzi.”\n"), encoding="utf-8")
    code, out, err = render_cli(workspace, monkeypatch, "personas/dorota.yaml", columns=60)
    assert code == 0, err
    inner = _inner(out)
    start = inner.index("„Czy pani ma kod z SMS-a?”")
    assert inner[start + 1] == "„Mam, ale nie wchodzi.”"
