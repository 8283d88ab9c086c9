"""Long web addresses (a source's `link`, a demographic that is a map link, a metric's dashboard)
fold in the terminal view where a reader sees their joints — after a `/`, then a `?`, `&` or `#`,
then a `-` or `_`, then a `.` or `=` — never mid-word while a joint will do; and on a terminal each
address is one link (OSC 8) to itself, however many lines it takes, so it stays clickable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from snapshot_helpers import check_snapshot, render_cli
from terminal_helpers import cxkit_on_a_terminal

MAPS = "https://www.google.com/maps/place/Kawiarnia+Pod+Zegarem/@54.3520,18.6466,17z/data=!3m1!4b1?entry=ttu&g_ep=EgoyMDI1"
DRIVE = "https://drive.google.com/drive/folders/1aBcDeFgHiJkLmNoPqRsTuVwXyZ-0123456789?usp=sharing&resourcekey=0-abcdefghijk"
REPORT = "https://docs.example.com/research/2026/kawiarnie-pomorze/wyniki-ankiety-zakupowej-final-v3.pdf"
DASHBOARD = "https://lookerstudio.google.com/reporting/5f1c2e3d-aaaa-bbbb-cccc-0123456789ab/page/p_checkout?params=%7B%22df1%22%7D"

PERSONA_PL = f"""\
kind: persona
id: ola-kawiarnia
name: Ola Nowak
lang: pl
summary: Prowadzi kawiarnię w Gdańsku i sama zamawia ziarno.
demographics:
  age: 34
  location: Gdańsk, {MAPS}
goals:
  - text: Zamawiać ziarno raz w miesiącu bez dzwonienia do hurtowni
    sources: [wywiad-07]
sources:
  - id: wywiad-07
    type: interview
    date: 2026-02-10
    note: Wywiad w kawiarni
    link: {DRIVE}
  - id: ankieta-2026
    type: survey
    link: {REPORT}
"""

PERSONA_EN = f"""\
kind: persona
id: dan-plumber
name: Dan Hughes
lang: en
summary: Runs a two-van plumbing firm in Leeds and invoices on Sunday evenings.
demographics:
  location: "Leeds, see {MAPS}"
needs:
  - text: Send an invoice from the van before leaving the job
    sources: [calls-2026]
sources:
  - id: calls-2026
    type: support
    n: 42
    note: Support calls, January to March
    link: {DRIVE}
"""

JOURNEY_EN = f"""\
kind: journey
id: dan-first-invoice
name: First invoice from the van
persona: dan-plumber
lang: en
stages:
  - id: sign-up
    name: Sign up
    emotion: 1
    metrics:
      - "Sign-up completion, {DASHBOARD}"
  - id: first-invoice
    name: First invoice
    emotion: -1
    pain_points:
      - VAT number is asked for twice
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (tmp_path / "personas" / "dan.yaml").write_text(PERSONA_EN, encoding="utf-8")
    (tmp_path / "journeys" / "invoice.yaml").write_text(JOURNEY_EN, encoding="utf-8")
    return tmp_path


def _inner(out: str) -> list[str]:
    """The text inside the frame, one string a line, with the table borders as spaces."""
    return [re.sub(r"[│╭╮╰╯─┬┴┼├┤]", " ", line) for line in out.splitlines()]


def _ends_at_joints(out: str, *urls: str) -> None:
    """Every line's part of an address ends where the address does or just after a joint."""
    seen = {url: 0 for url in urls}
    for line in _inner(out):
        for word in line.split():
            word = word.strip("()[]")
            for url in urls:
                at = url.find(word)
                if len(word) < 6 or at < 0 or word.rstrip(",.").isalpha():  # "kawiarni" in the text is no part
                    continue
                seen[url] += 1
                end = at + len(word)
                assert end == len(url) or url[end - 1] in "/?&#-_.=,;+", f"cut mid-word after {word!r} in {url}"
    assert all(seen.values()), seen


@pytest.mark.parametrize("columns", [60, 100])
def test_polish_persona_links_fold_at_their_joints(workspace, monkeypatch, columns):
    code, out, err = render_cli(workspace, monkeypatch, "personas/ola.yaml", columns=columns)
    assert code == 0, err
    _ends_at_joints(out, MAPS, DRIVE, REPORT)
    check_snapshot(f"s20-urls-persona-pl-{columns}", out)


@pytest.mark.parametrize("columns", [60, 100])
def test_english_persona_links_fold_at_their_joints(workspace, monkeypatch, columns):
    code, out, err = render_cli(workspace, monkeypatch, "personas/dan.yaml", columns=columns)
    assert code == 0, err
    _ends_at_joints(out, MAPS, DRIVE)
    check_snapshot(f"s20-urls-persona-en-{columns}", out)


# The stacked panel folded this one at its "/" and "-" before; the table column cut it mid-word.
@pytest.mark.parametrize("layout", ["table", "panels"])
def test_a_metric_with_a_dashboard_link_folds_at_its_joints_in_a_journey(workspace, monkeypatch, layout):
    code, out, err = render_cli(workspace, monkeypatch, "journeys/invoice.yaml", "--layout", layout, columns=60)
    assert code == 0, err
    _ends_at_joints(out, DASHBOARD)
    check_snapshot(f"s20-urls-journey-{layout}-60", out)


def test_on_a_terminal_each_address_is_one_link_to_itself(workspace):
    out = cxkit_on_a_terminal(workspace, ["render", "personas/ola.yaml"], {"COLUMNS": "60"}, size=60).decode("utf-8")
    opened = re.findall(r"\x1b\]8;id=([^;]*);([^\x1b]*)\x1b\\", out)
    by_url: dict[str, set[str]] = {}
    for link_id, url in opened:
        by_url.setdefault(url, set()).add(link_id)
    assert set(by_url) == {MAPS, DRIVE, REPORT}  # whole, without the ")" a note closes it with
    assert all(len(ids) == 1 for ids in by_url.values()), by_url  # one link over all its lines
    assert sum(1 for _id, url in opened if url == DRIVE) >= 2  # it does fold at 60 columns


def test_piped_and_written_views_hold_no_link_escapes(workspace, monkeypatch):
    # Guard: off a terminal nothing but the text, as before.
    code, out, _err = render_cli(workspace, monkeypatch, "personas/ola.yaml", "-o", "ola.txt", columns=60)
    assert code == 0
    assert "\x1b" not in (workspace / "ola.txt").read_text(encoding="utf-8")


def test_ids_and_paths_without_an_address_break_as_before(workspace, monkeypatch):
    # Guard: a "." or "=" in an id or a path is no joint unless the word is a web address.
    from cxkit.render.terminal import break_token

    assert break_token("journeys/operatorzy/halina-zmienia-operatora-internetu-na-swiatlowod.yaml", 40) == [
        "journeys/operatorzy/halina-zmienia-", "operatora-internetu-na-swiatlowod.yaml"]
    assert break_token("wyniki.ankiety.zakupowej.final.v3.pdf", 12) == ["wyniki.ankie", "ty.zakupowej", ".final.v3.pd", "f"]


def test_an_address_breaks_after_its_dots_and_query_joints_before_it_is_cut():
    from cxkit.render.terminal import break_token

    assert break_token("https://a.example.com/x?b=1&c=2", 12) == ["https://a.", "example.com/", "x?b=1&c=2"]
    assert break_token("(https://ex.pl/s?utm_source=newsletter&utm_medium=email)", 24) == [
        "(https://ex.pl/s?", "utm_source=newsletter&", "utm_medium=email)"]
