"""Session 31: under Windows' contrast themes (CSS forced colours) the HTML export's emotion curve
takes the theme's text colour, as the rest of the page does (a browser forces the page's colours, not
an SVG's fills and strokes), and an emotion's pill keeps an outline where the theme removes its
background. Checked in the markup, and in Chromium with forced colours emulated when it is installed."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from conftest import run_cli

JOURNEY = """\
kind: journey
id: wniosek-kredytowy
name: Żaneta składa wniosek o kredyt
persona: zaneta-lecka
lang: pl
stages:
  - id: potrzeba
    name: Potrzeba
    emotion: -1
  - id: wniosek
    name: Wniosek
    emotion: -2
  - id: decyzja
    name: Decyzja
    emotion: 2
"""


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wniosek.yaml").write_text(JOURNEY, encoding="utf-8")
    result = run_cli("render", "wniosek.yaml", "-f", "html")
    assert result.exception is None and result.exit_code == 0, result.stderr
    return result.stdout


def test_the_style_has_rules_for_forced_colours(page: str) -> None:
    style = page.split("<style>", 1)[1].split("</style>", 1)[0]
    forced = style.split("@media (forced-colors: active) {", 1)[1].split("\n}\n", 1)[0]
    assert ".curve text[fill] { fill: CanvasText; }" in forced
    assert ".curve line[stroke], .curve path[stroke] { stroke: CanvasText; }" in forced
    assert ".emo { border: 1px solid CanvasText; }" in forced
    # After the dark scheme's rules, which would otherwise win over them.
    assert style.index("prefers-color-scheme: dark") < style.index("forced-colors: active")


_STYLES = ("JSON.stringify({text: [...document.querySelectorAll('.curve text')].map(t => getComputedStyle(t).fill),"
           " lines: [...document.querySelectorAll('.curve line, .curve path')].map(l => getComputedStyle(l).stroke),"
           " ink: getComputedStyle(document.body).color,"
           " pill: getComputedStyle(document.querySelector('.emo')).borderTopStyle})")


def _forced(page: str, scheme: str) -> dict:
    from test_render_s22_phone_a11y import chromium_page

    with chromium_page(page, "cxkit-forced-") as (browser, session, target):
        browser.send("Emulation.setEmulatedMedia", {"features": [
            {"name": "forced-colors", "value": "active"}, {"name": "prefers-color-scheme", "value": scheme}]},
            session=session)
        browser.send("Page.navigate", {"url": target.as_uri()}, session=session)
        for _ in range(100):
            state = browser.send("Runtime.evaluate", {"expression": "document.readyState"},
                                 session=session)["result"]["value"]
            if state == "complete":
                break
            time.sleep(0.1)
        value = browser.send("Runtime.evaluate", {"expression": _STYLES, "returnByValue": True},
                             session=session)["result"]["value"]
    return json.loads(value)


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="chromium is not installed")
@pytest.mark.parametrize("scheme", ["dark"])  # Windows' "High Contrast Black"; a light theme is drawn alike
def test_chromium_draws_the_curve_in_the_themes_text_colour(page: str, scheme: str) -> None:
    found = _forced(page, scheme)
    assert found["text"] and set(found["text"]) == {found["ink"]}, found
    assert found["lines"] and set(found["lines"]) == {found["ink"]}, found
    assert found["pill"] == "solid"
