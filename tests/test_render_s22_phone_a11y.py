"""The HTML export's phone cards stay tables for a screen reader.

On a phone (640 pixels or narrower) a persona's sources and a folder's overview are laid out as
cards, one per row, each value beside its column's name. The cards are CSS (``display: block``) over
a real ``<table>``: the header row was ``display: none``, which took the column headers out of the
accessibility tree, so a screen reader read "wywiad", "9", "2" with no column to them (and the card's
labels, generated text, as part of each value). Now the header row is only hidden from sight, each
header is a ``<th scope="col">``, the parts carry their table roles (which keep a table a table in
browsers that drop its semantics under ``display: block``), and the card's label is drawn but not
read a second time.

The browser test drives headless Chromium over its DevTools pipe (no package needed) at 390 pixels
and reads the accessibility tree; skipped where Chromium is not installed.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import re
import select
import shlex
import subprocess
import tempfile
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from snapshot_helpers import render_cli
from test_render_html_sources_s20b import NEGATIVE, PERSONA

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed (apt-get install chromium)")

JOURNEY = """\
kind: journey
id: grazyna-zamawia-leki
name: Grażyna zamawia leki na receptę
persona: grazyna-leki-online
lang: pl
stages:
  - id: wyszukanie
    name: Wyszukanie
    emotion: 1
    doing: Wpisuje kod e-recepty i szuka leku w wyszukiwarce apteki
"""

PERSONA_EN = """\
kind: persona
id: priya-first-dog
name: Priya Shah
lang: en
summary: Adopted a retired greyhound and wants a vet who knows sighthounds
goals:
  - text: Get Juno vaccinated within two weeks of adoption
    sources: [interviews-2026-08]
sources:
  - id: interviews-2026-08
    type: interview
    date: 2026-08-20
    n: 7
    note: Interviews with new dog owners in Leeds
  - id: booking-analytics-q3
    type: analytics
    date: 2026-09-30
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas" / "grazyna.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "personas" / "lowca.yaml").write_text(NEGATIVE, encoding="utf-8")
    (tmp_path / "personas" / "priya.yaml").write_text(PERSONA_EN, encoding="utf-8")
    (tmp_path / "journeys" / "leki.yaml").write_text(JOURNEY, encoding="utf-8")
    return tmp_path


def _html(workspace: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    code, out, err = render_cli(workspace, monkeypatch, *args, "-f", "html")
    assert code == 0, err
    return out


# --- the markup --------------------------------------------------------------------------------

class _Tables(HTMLParser):
    """Each ``<table class="sources|overview">``: its attributes, its header cells and its body rows."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict] = []
        self._cell: dict | None = None
        self._part = ""
        self._open = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table" and (a.get("class") or "") in ("sources", "overview"):
            self.tables.append({"attrs": a, "parts": [], "head": [], "rows": []})
            self._open = True
        if not self._open or tag not in ("thead", "tbody", "tr", "th", "td"):
            return
        table = self.tables[-1]
        if tag in ("thead", "tbody"):
            self._part = tag
            table["parts"].append((tag, a))
        elif tag == "tr":
            (table["head"] if self._part == "thead" else table["rows"]).append({"attrs": a, "cells": []})
        else:
            self._cell = {"tag": tag, "attrs": a, "text": ""}
            (table["head"] if self._part == "thead" else table["rows"])[-1]["cells"].append(self._cell)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td"):
            self._cell = None
        if tag == "table":
            self._part = ""
            self._open = False

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell["text"] += data


def _tables(page: str) -> list[dict]:
    parser = _Tables()
    parser.feed(page)
    return parser.tables


def _check_structure(table: dict) -> None:
    assert table["attrs"].get("role") == "table"
    assert [(part, a.get("role")) for part, a in table["parts"]] == [("thead", "rowgroup"), ("tbody", "rowgroup")]
    [head] = table["head"]
    assert head["attrs"].get("role") == "row"
    names = [c["text"] for c in head["cells"]]
    assert all(c["tag"] == "th" and c["attrs"].get("scope") == "col" and c["attrs"].get("role") == "columnheader"
               for c in head["cells"]), head
    assert table["rows"]
    for row in table["rows"]:
        assert row["attrs"].get("role") == "row"
        assert len(row["cells"]) == len(names)
        for column, cell in enumerate(row["cells"]):
            # The first cell (the source's id, the document) heads its row: a screen reader names it
            # with every other value of the row.
            if column == 0:
                assert cell["tag"] == "th" and cell["attrs"].get("role") == "rowheader", cell
                assert cell["attrs"].get("scope") == "row", cell
            else:
                assert cell["tag"] == "td" and cell["attrs"].get("role") == "cell", cell
            # The card's label for a value is its column's header, word for word (the first column
            # heads the card and needs none).
            assert cell["attrs"].get("data-label") == (None if column == 0 else names[column]), (cell, names)


def test_a_personas_sources_are_a_table_with_headers_and_roles_pl(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    [table] = _tables(_html(workspace, monkeypatch, "personas/grazyna.yaml"))
    _check_structure(table)
    assert [c["text"] for c in table["head"][0]["cells"]] == ["Id", "Rodzaj", "Data", "n", "cytowane", "Uwagi"]


def test_a_personas_sources_are_a_table_with_headers_and_roles_en(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    [table] = _tables(_html(workspace, monkeypatch, "personas/priya.yaml"))
    _check_structure(table)
    assert [c["text"] for c in table["head"][0]["cells"]][1:] == ["Type", "Date", "n", "cited", "Note"]


def test_the_folder_overview_and_every_sources_table_on_its_page(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tables = _tables(_html(workspace, monkeypatch, "."))
    assert [t["attrs"]["class"] for t in tables].count("overview") == 1
    assert len(tables) == 4  # the overview, and the sources of Grażyna, the negative persona and Priya
    for table in tables:
        _check_structure(table)


def test_on_a_phone_the_header_row_is_out_of_sight_not_out_of_the_table(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _html(workspace, monkeypatch, "personas/grazyna.yaml")
    phone = page.split("@media (max-width: 640px)", 1)[1].split("@media print", 1)[0]
    # display: none would take the column headers from the accessibility tree (it did).
    assert not re.search(r"thead[^{}]*\{[^}]*display:\s*none", phone)
    assert re.search(r"table\.sources thead, table\.overview thead \{[^}]*clip-path: inset\(50%\)", phone)
    # The label beside a value is drawn, and read as nothing: the header already names the column.
    assert 'content: attr(data-label) / "";' in phone


# --- in a browser ------------------------------------------------------------------------------

class _DevTools:
    """Headless Chromium driven over ``--remote-debugging-pipe`` (file descriptors 3 and 4)."""

    def __init__(self, profile: str) -> None:
        to_r, self._to_w = os.pipe()
        self._from_r, from_w = os.pipe()
        # Above 4, so that the shell's "3<&N 4>&M" never overwrites one end with the other.
        for low in (to_r, from_w):
            high = fcntl.fcntl(low, fcntl.F_DUPFD, 5)
            os.close(low)
            to_r, from_w = (high, from_w) if low == to_r else (to_r, high)
        args = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--hide-scrollbars", "--remote-debugging-pipe", f"--user-data-dir={profile}",
                "--host-resolver-rules=MAP * ~NOTFOUND", "about:blank"]
        self.proc = subprocess.Popen(["bash", "-c", f"exec {shlex.join(args)} 3<&{to_r} 4>&{from_w}"],
                                     pass_fds=(to_r, from_w), stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_r)
        os.close(from_w)
        self._next = 0
        self._buffer = b""

    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 60) -> dict:
        self._next += 1
        message = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_w, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" not in self._buffer:
                left = deadline - time.monotonic()
                assert left > 0 and select.select([self._from_r], [], [], left)[0], f"Chromium did not answer {method}"
                chunk = os.read(self._from_r, 1 << 20)
                assert chunk, "Chromium closed its DevTools pipe"
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._next:
                assert "error" not in reply, reply["error"]
                return reply["result"]

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=10)
        except (AssertionError, OSError):
            pass
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_w)
        os.close(self._from_r)


@contextlib.contextmanager
def chromium_page(page: str, prefix: str) -> Iterator[tuple[_DevTools, str, Path]]:
    """``page`` saved in a temporary folder named ``prefix``… and a headless Chromium with a DevTools
    session on its blank page: (the browser, the session, the page's file), which the caller navigates
    to once it has set what it emulates. The browser is closed and the folder removed afterwards."""
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        target = Path(folder) / "page.html"
        target.write_text(page, encoding="utf-8")
        browser = _DevTools(f"{folder}/profile")
        try:
            page_id = next(t["targetId"] for t in browser.send("Target.getTargets")["targetInfos"] if t["type"] == "page")
            session = browser.send("Target.attachToTarget", {"targetId": page_id, "flatten": True})["sessionId"]
            browser.send("Page.enable", session=session)
            yield browser, session, target
        finally:
            browser.close()


def _read_on_a_phone(page: str, width: int, shot: Path | None = None) -> list[dict]:
    """The accessibility tree of ``page`` laid out ``width`` pixels wide, as Chromium builds it."""
    with chromium_page(page, "cxkit-a11y-") as (browser, session, target):
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": width, "height": 844, "deviceScaleFactor": 1, "mobile": True}, session=session)
        browser.send("Page.navigate", {"url": target.as_uri()}, session=session)
        for _ in range(100):  # the page has no scripts nor anything to fetch: loaded in a moment
            state = browser.send("Runtime.evaluate", {"expression": "document.readyState + ' ' + innerWidth"},
                                 session=session)["result"]["value"]
            if state == f"complete {width}":
                break
            time.sleep(0.1)
        assert state == f"complete {width}", state
        nodes = browser.send("Accessibility.getFullAXTree", session=session)["nodes"]
        if shot is not None:
            data = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)["data"]
            shot.write_bytes(base64.b64decode(data))
    return nodes


def _role(node: dict) -> str:
    return node.get("role", {}).get("value", "")


def _name(node: dict) -> str:
    return node.get("name", {}).get("value", "")


@needs_chromium
@pytest.mark.parametrize("width", [390, 1280])
def test_chromium_reads_the_sources_as_a_table_with_column_headers(
        workspace: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, width: int) -> None:
    nodes = _read_on_a_phone(_html(workspace, monkeypatch, "personas/grazyna.yaml"), width, tmp_path / f"sources-{width}.png")
    roles = [_role(n) for n in nodes]
    assert roles.count("table") == 1
    # Before, at 390 pixels: no column header at all (the header row was display: none), and each
    # cell named by the card's label and its value ("Rodzaj wywiad").
    assert [_name(n) for n in nodes if _role(n) == "columnheader"] == ["Id", "Rodzaj", "Data", "n", "cytowane", "Uwagi"]
    assert roles.count("row") == 1 + 4  # the header row and four sources
    # Each source's id heads its row (a row header), its values are cells.
    assert [_name(n) for n in nodes if _role(n) == "rowheader"][:1] == ["wywiady-2026-10"]
    assert [_role(n) for n in nodes].count("rowheader") == 4
    cells = [_name(n) for n in nodes if _role(n) == "cell"]
    assert cells[:4] == ["wywiad", "2026-10-14", "9", "2"], cells
    assert (tmp_path / f"sources-{width}.png").stat().st_size > 5000  # a page was drawn (looked at by eye: cards)


@needs_chromium
def test_chromium_reads_the_folder_overview_on_a_phone_as_a_table(
        workspace: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    nodes = _read_on_a_phone(_html(workspace, monkeypatch, "."), 390)
    headers = [_name(n) for n in nodes if _role(n) == "columnheader"]
    # "Usprawnienia" in full since 8b2fc26 (the terminal's "Uspr." is for its narrow column).
    assert headers[:8] == ["Dokument", "Rodzaj", "Cechy", "Źródła", "Etapy", "Usprawnienia", "Przegląd", "Plik"]
    cells = [_name(n) for n in nodes if _role(n) == "cell"]
    assert "persona" in cells and not any(c.startswith("Rodzaj ") for c in cells), cells
    # Each document heads its row: its name and id are the row's header, read with every value.
    row_headers = [_name(n) for n in nodes if _role(n) == "rowheader"]
    assert row_headers[:4] == ["Grażyna Żółkiewska grazyna-leki-online", "Priya Shah priya-first-dog",
                               "Łowca rabatów lowca-rabatow-apteka",
                               "Grażyna zamawia leki na receptę grazyna-zamawia-leki Persona: Grażyna Żółkiewska"], row_headers
