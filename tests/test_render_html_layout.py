"""The HTML export's layout with long words and many stages: nothing overflows its box or overlaps.

The geometry tests load the export in headless Chromium (skipped where it is not installed) at
1280x800, with a small script added to a copy of the page (the export itself allows no script) that
measures the boxes the browser laid out; the other tests read the HTML.
"""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed (apt-get install chromium)")

runner = CliRunner()

URL = "https://example.com/" + "/".join(["averylongpathsegmentwithoutspaces"] * 6) + "?utm_source=newsletter"
WORD = "Supercalifragilisticexpialidociousness-of-the-procurement-process"
STAGE_NAMES = [
    "Awareness of the subscription", "Consideration of alternatives", "Free trial",
    "Onboarding and first login", "Configuring integrations", "Inviting the whole team", "First invoice arrives",
    "Negotiating annual discount", "Renewal decision meeting", "Support escalation path",
    "Expansion to other offices", "Advocacy and referrals",
]


def journey_yaml(count: int) -> str:
    text = "kind: journey\nid: sub\nname: Subscription journey\npersona: ann\nlang: en\nstages:\n"
    for i in range(count):
        text += (f"  - id: s{i}\n    name: {json.dumps(STAGE_NAMES[i])}\n    emotion: {(-2, -1, 0, 1, 2)[i % 5]}\n"
                 "    doing: Reads the pricing page and compares plans with a colleague\n"
                 f"    barriers: [{json.dumps(WORD)}]\n")
        if i == 2:
            text += f"    thinking: {json.dumps(URL)}\n"
    return text


PERSONA = ("kind: persona\nid: ann\nname: Ann\nlang: en\n"
           f"summary: Reads {URL}\ngoals: [{json.dumps(URL)}]\nneeds: [\"Quick answers\", {json.dumps('Wants ' + URL)}]\n"
           f"pain_points: [Slow support]\nmotivations: [Growth]\ndemographics:\n  location: {json.dumps(URL)}\n"
           f"sources:\n  - id: s1\n    type: interview\n    note: {json.dumps(URL)}\n")
NEGATIVE = f"kind: negative-persona\nid: nn\nname: Nobody\nlang: en\nreasons: [{json.dumps('Wants ' + URL)}]\n"


def export(folder: Path, *args: str) -> str:
    result = runner.invoke(app, ["render", *args, "-f", "html"], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


# Measures the laid-out page and writes what it found into the DOM, which --dump-dom prints.
_MEASURE = """
<script>
addEventListener('load', () => {
  const found = [];
  const r = (e) => e.getBoundingClientRect();
  const meet = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) found.push('the page scrolls sideways: ' + root.scrollWidth + ' > ' + root.clientWidth);
  for (const cell of document.querySelectorAll('th, td, .card, li, p, blockquote')) {
    if (cell.scrollWidth > cell.clientWidth + 1) found.push('overflows its box: ' + cell.textContent.slice(0, 60));
  }
  for (const pill of document.querySelectorAll('.emo')) {
    const cell = r(pill.closest('td')), box = r(pill);
    if (box.right > cell.right + 0.5 || box.left < cell.left - 0.5) found.push('pill out of its cell: ' + pill.textContent);
  }
  for (const svg of document.querySelectorAll('svg')) {
    const labels = [...svg.querySelectorAll('text[font-weight]')].map(r);
    for (let i = 1; i < labels.length; i++) {
      if (meet(labels[i - 1], labels[i])) found.push('SVG stage labels ' + i + ' and ' + (i + 1) + ' overlap');
    }
  }
  const pre = document.createElement('pre');
  pre.id = 'layout-problems';
  pre.textContent = JSON.stringify(found);
  document.body.appendChild(pre);
});
</script>
"""


def layout_problems(page: str) -> list[str]:
    measured = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page).replace("</body>", _MEASURE + "</body>")
    with tempfile.TemporaryDirectory(prefix="cxkit-layout-") as folder:
        target = Path(folder) / "page.html"
        target.write_text(measured, encoding="utf-8")
        dom = subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             f"--user-data-dir={folder}/profile", "--window-size=1280,800", "--virtual-time-budget=5000",
             "--dump-dom", target.as_uri()],
            capture_output=True, text=True, timeout=120, check=False,
        )
    match = re.search(r'<pre id="layout-problems">(.*?)</pre>', dom.stdout, re.S)
    assert match, f"Chromium did not measure the page (exit {dom.returncode}): {dom.stderr[-400:]}"
    return json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for count in (4, 9, 12):
        (tmp_path / f"j{count}.yaml").write_text(journey_yaml(count), encoding="utf-8")
    (tmp_path / "ann.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "nn.yaml").write_text(NEGATIVE, encoding="utf-8")
    return tmp_path


@needs_chromium
@pytest.mark.parametrize("count", [4, 9, 12])
def test_a_journey_with_long_words_and_many_stages_neither_overflows_nor_overlaps(folder: Path, count: int) -> None:
    assert layout_problems(export(folder, f"j{count}.yaml")) == []


@needs_chromium
def test_a_persona_card_with_long_urls_wraps_them(folder: Path) -> None:
    assert layout_problems(export(folder, "ann.yaml")) == []


@needs_chromium
def test_a_persona_beside_its_negative_persona_with_long_urls_stays_in_two_columns(folder: Path) -> None:
    assert layout_problems(export(folder, "ann.yaml", "--against", "nn.yaml")) == []


@needs_chromium
def test_a_folder_overview_with_a_long_file_name_stays_on_the_page(folder: Path) -> None:
    (folder / ("a-file-name-without-any-spaces-" * 5 + ".yaml")).write_text(PERSONA.replace("id: ann", "id: ann2"),
                                                                            encoding="utf-8")
    assert layout_problems(export(folder, ".")) == []


def test_the_grid_keeps_a_minimum_width_per_stage_so_it_scrolls_instead_of_squeezing(folder: Path) -> None:
    page = export(folder, "j12.yaml")
    # Twelve stages come in two parts of six (tester 7, F1), each grid with its least width.
    assert page.count('<table class="journey" style="--stages: 6">') == 2
    assert "min-width: calc(9.5rem + var(--stages, 1) * 9rem)" in page
    assert ".grid-wrap { overflow-x: auto; }" in page
    assert re.search(r'<svg [^>]*style="--least-width: \d+px"', page)  # the curve scrolls rather than shrinking
    # On paper nothing scrolls: the print styles drop both least widths (an inline min-width could not be).
    printed = page[page.index("@media print"):]
    assert "table.journey { min-width: 0; font-size: 8.5pt; }" in printed and ".curve svg { min-width: 0; }" in printed


def svg_labels(page: str) -> list[list[tuple[str, str]]]:
    """Each part's curve's labels: (the text its lines make, the <title>); a journey of more than 7
    stages has a curve of the whole journey first (its points numbered only), then one a part."""
    out = []
    for svg in re.findall(r'<figure class="curve">\n<svg .*?</svg>', page, re.S):
        found = re.findall(r'<text [^>]*font-weight="600"[^>]*>((?:<tspan[^>]*>[^<]*</tspan>)+)<title>([^<]*)</title></text>', svg)
        out.append([(" ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", lines)), title) for lines, title in found])
    return out


@pytest.mark.parametrize("count", [9, 12])
def test_svg_stage_labels_are_wrapped_whole_never_cut(folder: Path, count: int) -> None:
    page = export(folder, f"j{count}.yaml")
    curves = svg_labels(page)
    assert len(curves) == 2  # in two parts (tester 7, F1)
    assert page.count('<figure class="curve whole">') == 1  # and one curve of the whole journey
    labels = [label for part in curves for label in part]
    assert [title for _text, title in labels] == STAGE_NAMES[:count]
    for number, (text, title) in enumerate(labels, 1):
        assert text == f"{number}. {' '.join(title.split())}" and "…" not in text
    assert labels[2] == ("3. Free trial", "Free trial")


def test_a_long_stage_name_between_short_ones_stays_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    names = ["Ad", "Finansowanie i dopłata z urzędu", "Buy", "Ride", "Fix", "Go"]
    (tmp_path / "j.yaml").write_text(
        "kind: journey\nid: j\nname: J\npersona: ann\nstages:\n"
        + "".join(f"  - id: s{i}\n    name: {name}\n    emotion: 1\n" for i, name in enumerate(names)), encoding="utf-8")
    [labels] = svg_labels(export(tmp_path, "j.yaml"))
    assert [text for text, _title in labels] == [f"{i + 1}. {name}" for i, name in enumerate(names)]
