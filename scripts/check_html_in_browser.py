#!/usr/bin/env python3
"""Open cxkit's HTML export in headless Chromium: does it load offline, draw the curve, and screenshot?

Usage:
    python scripts/check_html_in_browser.py [DOCUMENT.yaml ...] [--out DIR] [--chromium PATH]

For each document (default: the Polish seven-stage journey in the test fixtures)
the script runs ``cxkit render --format html``, loads the file in Chromium with
networking disabled, dumps the DOM the browser built and takes a screenshot.
It fails (exit 1) when the browser cannot load the page, the DOM lacks the
document's name, a journey's DOM lacks its SVG curve, or the screenshot is
blank.  Exit 77 means Chromium is not installed (treat as "skipped").
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DOC = ROOT / "tests" / "fixtures" / "render" / "pl" / "journeys" / "zakup-roweru-cargo.yaml"
SKIPPED = 77
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


def find_chromium(explicit: str | None) -> str | None:
    if explicit:
        return explicit if Path(explicit).exists() else None
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


def chromium_args(binary: str, profile: str) -> list[str]:
    return [
        binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
        "--hide-scrollbars", f"--user-data-dir={profile}",
        # Every host name fails to resolve: the page must not need the network.
        "--host-resolver-rules=MAP * ~NOTFOUND",
    ]


def render_html(document: Path, target: Path) -> None:
    cmd = [sys.executable, "-m", "cxkit", "render", str(document), "--format", "html", "-o", str(target)]
    subprocess.run(cmd, check=True, cwd=document.parent)


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def png_stats(path: Path) -> tuple[int, int, int]:
    """(width, height, distinct colours) of an 8-bit RGB/RGBA PNG, decoded with the stdlib only."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    pos, width, height, color_type, chunks = 8, 0, 0, 0, []
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, _depth, color_type = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    bpp = {2: 3, 6: 4}.get(color_type, 3)
    stride = width * bpp
    previous = bytearray(stride)
    colours: set[bytes] = set()
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = previous[i]
            corner = previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                line[i] = (line[i] + _paeth(left, up, corner)) & 0xFF
        if row % 10 == 0:
            colours.update(bytes(line[x:x + 3]) for x in range(0, stride, bpp * 4))
        previous = line
    return width, height, len(colours)


def check(document: Path, out_dir: Path, chromium: str) -> list[str]:
    """Problems found for one document (empty when it looks right)."""
    problems: list[str] = []
    html_path = out_dir / (document.stem + ".html")
    png_path = out_dir / (document.stem + ".png")
    render_html(document, html_path)
    text = html_path.read_text(encoding="utf-8")
    is_journey = "class=\"journey-doc\"" in text
    with tempfile.TemporaryDirectory(prefix="cxkit-chromium-") as profile:
        base = chromium_args(chromium, profile)
        dom = subprocess.run(base + ["--dump-dom", html_path.as_uri()], capture_output=True, text=True, timeout=120)
        if dom.returncode != 0 or "<main>" not in dom.stdout:
            problems.append(f"{document.name}: Chromium did not load the page (exit {dom.returncode}): {dom.stderr[-400:]}")
            return problems
        # One curve, or for a journey of more than 7 stages one of the whole journey and one a part
        # (see docs/render.md).
        parts = dom.stdout.count('<section class="stage-part">')
        curves = parts + 1 if parts else 1
        if is_journey and dom.stdout.count("<svg") != curves:
            problems.append(f"{document.name}: expected {curves} <svg> in the DOM, found {dom.stdout.count('<svg')}")
        shot = subprocess.run(base + [f"--screenshot={png_path}", "--window-size=1400,1000", html_path.as_uri()],
                              capture_output=True, text=True, timeout=120)
    if shot.returncode != 0 or not png_path.exists():
        problems.append(f"{document.name}: no screenshot (exit {shot.returncode}): {shot.stderr[-400:]}")
        return problems
    width, height, colours = png_stats(png_path)
    if (width, height) != (1400, 1000):
        problems.append(f"{document.name}: screenshot is {width}x{height}, expected 1400x1000")
    if colours < 8:
        problems.append(f"{document.name}: the screenshot looks blank ({colours} colours)")
    print(f"{document.name}: ok, {html_path.stat().st_size} bytes of HTML, screenshot {png_path} ({colours} colours)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", nargs="*", type=Path, default=[DEFAULT_DOC])
    parser.add_argument("--out", type=Path, default=None, help="Where HTML and PNG files go (default: a temp folder).")
    parser.add_argument("--chromium", default=os.environ.get("CXKIT_CHROMIUM"))
    args = parser.parse_args(argv)
    chromium = find_chromium(args.chromium)
    if chromium is None:
        print("chromium not found; skipping the browser check", file=sys.stderr)
        return SKIPPED
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="cxkit-html-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    for document in args.documents:
        problems.extend(check(document.resolve(), out_dir, chromium))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
