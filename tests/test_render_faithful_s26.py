"""`cxkit render` exports say what the YAML says, and every view says the same (session 26).

- Mermaid writes `#`, `;`, `:` and `%%` as Mermaid's entity codes, which it draws as the characters,
  instead of dropping `#`, turning `;` into `,`, `%%` into `%` and `:` into a look-alike U+2236.
- A stage without an emotion is `?` and a phrase in the Markdown table, not a blank cell.
- The stacked layout's curve has full-strength dots whether the width chose it or --layout did.
- Rendering one of cxkit's own exports says so; sketched stages say so in Markdown and HTML;
  indented lines stay indented in Markdown and HTML; the HTML curve's name holds the values.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from snapshot_helpers import check_snapshot, render_cli
from test_render_exports import parse_mermaid

PERSONA_PL = """\
kind: persona
id: bozena
name: Bożena Kowalczyk
lang: pl
goals:
  - "Spłacić kredyt przed emeryturą:\\n    nadpłata co kwartał\\n    bez prowizji"
"""

JOURNEY_PL = """\
kind: journey
id: hipoteka
name: "Wniosek: kredyt #1; RRSO 100%% online"
lang: pl
persona: bozena
stages:
  - id: porownanie
    name: "Porównanie: etap #1"
    doing: "Liczy RRSO: 7,89%; marża #2"
    emotion: -1
  - id: decyzja
    name: Decyzja
    feeling: Niepokój
  - id: umowa
    name: Umowa
    doing: Podpisuje
    emotion: 2
"""

PERSONA_EN = """\
kind: persona
id: priya
name: "Shah, Priya"
lang: en
"""

JOURNEY_EN = """\
kind: journey
id: vet
name: "Vet visit: \\"first\\" [beta] 🐕 #2"
lang: en
persona: priya
stages:
  - id: find
    name: "end; section x"
    doing: "%% of clinics: 3 #top; <b>sedation</b> 🎉"
    emotion: 0
  - id: book
    name: Journey planner
    doing: "Journey planner: books 10:30"
    emotion: -2
"""

SKETCH_EN = """\
kind: journey
id: apply
name: Apply for a card
lang: en
persona: priya
stages:
  - id: apply
    name: Apply
  - id: wait
    name: Wait
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "cxkit.toml").write_text('paths = ["personas", "journeys"]\n', encoding="utf-8")
    for folder, name, text in [("personas", "bozena", PERSONA_PL), ("journeys", "hipoteka", JOURNEY_PL),
                               ("personas", "priya", PERSONA_EN), ("journeys", "vet", JOURNEY_EN),
                               ("journeys", "apply", SKETCH_EN)]:
        (tmp_path / folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return tmp_path


# --- Mermaid: every character as written --------------------------------------------------------

def test_mermaid_writes_hash_semicolon_colon_and_percent_as_codes(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "journeys/hipoteka.yaml", "-f", "mmd")
    assert code == 0, err
    assert out == (
        "journey\n"
        "    title Wniosek: kredyt #35;1#59; RRSO 100#37;#37; online\n"
        "    section Porównanie#58; etap #35;1\n"
        "      Liczy RRSO#58; 7,89%#59; marża #35;2: 2: Bożena Kowalczyk\n"  # whole: it fits its box (s40)
        "    %% Decyzja (decyzja): no emotion recorded, so not drawn (a Mermaid score must be 1-5)\n"
        "    section Umowa\n"
        "      Podpisuje: 5: Bożena Kowalczyk\n"
        "    accTitle: Wniosek: kredyt #35;1#59; RRSO 100#37;#37; online\n"
        "    accDescr: Krzywa emocji: 1. Porównanie: etap #35;1: -1 źle#59; 2. Decyzja: emocji nie zapisano#59; "
        "3. Umowa: +2 bardzo dobrze\n"
    )
    assert "∶" not in out and "\u200b" not in out
    title, sections = parse_mermaid(re.sub(r"(?m)^    %% .*\n", "", out))  # less the comment for the stage left out
    assert title == "Wniosek: kredyt #1; RRSO 100%% online"
    assert sections == [("Porównanie: etap #1", [("Liczy RRSO: 7,89%; marża #2", 2, "Bożena Kowalczyk")]),
                        ("Umowa", [("Podpisuje", 5, "Bożena Kowalczyk")])]


def test_mermaid_hostile_english_names_are_drawn_as_written(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "journeys/vet.yaml", "-f", "mmd")
    assert code == 0, err
    title, sections = parse_mermaid(out)
    assert title == 'Vet visit: "first" [beta] 🐕 #2'
    assert sections == [
        ("end; section x", [("%% of clinics: 3 #top; <b>sedation</b> 🎉", 3, "Shah, Priya")]),
        ("Journey planner", [("Journey planner: books 10:30", 1, "Shah, Priya")]),
    ]
    # Each text fits its box whole (s40), in codes, so the description lists none in full.
    assert "#37;#37; of clinics#58; 3 #35;top#59; #lt;b#gt;sedation#lt;/b#gt; 🎉: 3: Shah#44; Priya" in out
    assert "In full" not in out
    # The actor's comma is a code (actors are separated by commas), the keyword's first letter too.
    assert "      #74;ourney planner#58; books 10#58;30: 1: Shah#44; Priya\n" in out


def _mermaid_modules() -> Path | None:
    """A node_modules folder holding mermaid (11) and jsdom: $CXKIT_TEST_NODE_MODULES, else npm's global one."""
    given = os.environ.get("CXKIT_TEST_NODE_MODULES")
    candidates = [Path(given)] if given else []
    npm = shutil.which("npm")
    if not given and npm is not None:
        try:
            found = subprocess.run([npm, "root", "-g"], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            found = None
        if found is not None and found.returncode == 0 and found.stdout.strip():
            candidates.append(Path(found.stdout.strip()))
    for folder in candidates:
        if (folder / "mermaid" / "dist" / "mermaid.core.mjs").is_file() and (folder / "jsdom").is_dir():
            return folder
    return None


# Mermaid 11's own parser, its decodeEntities (as in the SVG it serialises) and a DOM read back.
SHOWN_MJS = (
    "import { createRequire } from 'module';\n"
    "import path from 'path';\n"
    "import { pathToFileURL } from 'url';\n"
    "import fs from 'fs';\n"
    "const modules = process.argv[3];\n"
    "const { JSDOM } = createRequire(path.join(modules, 'cxkit-test.js'))('jsdom');\n"
    "const dom = new JSDOM('<!DOCTYPE html><body></body>');\n"
    "globalThis.window = dom.window; globalThis.document = dom.window.document;\n"
    "globalThis.DOMParser = dom.window.DOMParser; globalThis.Element = dom.window.Element;\n"
    "const core = pathToFileURL(path.join(modules, 'mermaid', 'dist', 'mermaid.core.mjs'));\n"
    "const { default: mermaid } = await import(core.href);\n"
    "mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });\n"
    "const decode = (t) => t.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');\n"
    "const shown = (t) => { const d = document.createElement('div');\n"
    "  d.innerHTML = decode(t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')); return d.textContent; };\n"
    "const d = await mermaid.mermaidAPI.getDiagramFromText(fs.readFileSync(process.argv[2], 'utf8'));\n"
    "console.log(JSON.stringify({title: shown(d.db.getDiagramTitle()), sections: d.db.getSections().map(shown),\n"
    "  tasks: d.db.getTasks().map(t => [shown(t.task), t.score, t.people.map(shown)])}));\n"
)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_mermaid_11_itself_shows_the_text_as_written(ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Mermaid 11's own parser, its decodeEntities and a DOM read back the texts as the YAML has them.

    Runs where node finds mermaid and jsdom: in $CXKIT_TEST_NODE_MODULES (a node_modules folder, e.g.
    after `npm install mermaid@11 jsdom` somewhere) or in npm's global folder; skipped elsewhere.
    """
    modules = _mermaid_modules()
    if modules is None:
        pytest.skip("mermaid@11 and jsdom not found (set CXKIT_TEST_NODE_MODULES to a node_modules folder)")
    script = tmp_path / "shown.mjs"
    script.write_text(SHOWN_MJS, encoding="utf-8")
    _code, out, _err = render_cli(ws, monkeypatch, "journeys/vet.yaml", "-f", "mmd")
    diagram = tmp_path / "vet.mmd"
    diagram.write_text(out, encoding="utf-8")
    run = subprocess.run(["node", str(script), str(diagram), str(modules)], cwd=tmp_path, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {
        "title": 'Vet visit: "first" [beta] 🐕 #2',
        "sections": ["end; section x", "Journey planner"],
        "tasks": [["%% of clinics: 3 #top; <b>sedation</b> 🎉", 3, ["Shah, Priya"]],
                  ["Journey planner: books 10:30", 1, ["Shah, Priya"]]],
    }


# --- A stage without an emotion: "?" in Markdown as in the terminal ------------------------------

def test_markdown_shows_a_missing_emotion_as_a_question_mark_and_why(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "journeys/hipoteka.yaml", "-f", "md")
    assert code == 0, err
    assert "| **Emocje** | -1 źle | ? _emocji nie zapisano_ | +2 bardzo dobrze |\n" in out


# --- The stacked curve: full-strength dots however the layout was chosen -------------------------

_SGR = re.compile(r"\x1b\[([0-9;]*)m")


def _chart(out: str) -> str:
    """The curve chart's lines (with their escape codes shown as text), from the view's first frame on."""
    lines = out.split("\n")
    start = next(i for i, line in enumerate(lines) if "Krzywa emocji" in line)
    end = next(i for i in range(start + 1, len(lines)) if _SGR.sub("", lines[i]).startswith("╰"))
    return "\n".join(lines[start:end + 1]).replace("\x1b", "ESC") + "\n"


def _dots(out: str) -> list[str]:
    chart = _chart(out).replace("ESC", "\x1b")
    return re.findall(r"\x1b\[([0-9;]*)m●", chart)


def test_the_automatic_stacked_curve_is_not_faint(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ws)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "60")
    auto = CliRunner().invoke(app, ["render", "journeys/hipoteka.yaml"])
    forced = CliRunner().invoke(app, ["render", "journeys/hipoteka.yaml", "--layout", "panels"])
    assert auto.exit_code == forced.exit_code == 0
    assert _dots(auto.stdout) == ["1;32", "31"]  # +2 bright green, -1 red: no SGR 2 (faint)
    assert _dots(auto.stdout) == _dots(forced.stdout)
    check_snapshot("faithful_s26_auto_stacked_curve_60", _chart(auto.stdout))


# --- Rendering an export ------------------------------------------------------------------------

@pytest.mark.parametrize(("fmt", "name", "what"), [("md", "mapa.md", "Markdown export"), ("html", "mapa.html", "HTML export"),
                                                   ("mmd", "mapa.mmd", "Mermaid export"),
                                                   ("terminal", "mapa.txt", "terminal view")])
def test_rendering_an_export_says_it_is_one(ws: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, name: str, what: str) -> None:
    code, _out, err = render_cli(ws, monkeypatch, "journeys/hipoteka.yaml", "-f", fmt, "-o", name)
    assert code == 0, err
    code, out, err = render_cli(ws, monkeypatch, name)
    assert code == 2 and out == ""
    assert err == f"{name}:1:1: error CX001 is a cxkit {what}, not a document; render the YAML file it was made from [yaml-syntax]\n"


def test_a_persona_export_gets_no_advice_on_its_yaml(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    render_cli(ws, monkeypatch, "personas/bozena.yaml", "-f", "md", "-o", "karta.md")
    _code, _out, err = render_cli(ws, monkeypatch, "karta.md")
    assert "is a cxkit Markdown export" in err and "quotes" not in err


def test_a_json_export_still_renders_and_broken_yaml_keeps_its_advice(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guards: a JSON export renders as the document it holds; a broken document is told what is wrong."""
    render_cli(ws, monkeypatch, "journeys/hipoteka.yaml", "-f", "json", "-o", "mapa.json")
    code, out, _err = render_cli(ws, monkeypatch, "mapa.json")
    assert code == 0 and "Umowa" in out
    (ws / "journeys" / "zla.yaml").write_text("kind: persona\nid: x\nname: Opiekun: Jan\n", encoding="utf-8")
    code, _out, err = render_cli(ws, monkeypatch, "journeys/zla.yaml")
    assert code == 2 and "invalid YAML" in err and "export" not in err


@pytest.mark.parametrize(("name", "text", "said"), [
    ("personas/zestawienie.yaml", "Zestawienie: Q3 2026\nkind: persona\nid: zz\nname: Zofia Zając\nlang: pl\n",
     "personas/zestawienie.yaml:1:1: error CX002 unknown field 'Zestawienie'"),
    ("personas/margaret.yaml", "Overview: Renews broadband every two years\nkind: persona\nid: margaret\nname: Margaret Hughes\n",
     "personas/margaret.yaml:1:1: error CX002 unknown field 'Overview'"),
])
def test_a_document_whose_first_key_reads_like_an_overview_title_is_no_export(
        ws: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, said: str) -> None:
    """A mistyped first key above `kind: persona` is the author's document: told what lint says, not 'an export'."""
    (ws / name).write_text(text, encoding="utf-8")
    code, out, err = render_cli(ws, monkeypatch, name)
    assert code == 2 and out == ""
    assert err.startswith(said) and "export" not in err and "terminal view" not in err


# --- Sketched stages, indentation, the HTML curve's name ------------------------------------------

def test_sketched_stages_say_so_in_markdown_and_html(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _code, md, _err = render_cli(ws, monkeypatch, "journeys/apply.yaml", "-f", "md")
    assert md.endswith("| Stage | 1. Apply<br><sub>`apply`</sub> | 2. Wait<br><sub>`wait`</sub> |\n|---|---|---|\n"
                       "|   | _nothing recorded for this stage yet_ | _nothing recorded for this stage yet_ |\n"
                       "\n<sub>journeys/apply.yaml</sub>\n")
    _code, html, _err = render_cli(ws, monkeypatch, "journeys/apply.yaml", "-f", "html")
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert body.count('<span class="meta">nothing recorded for this stage yet</span>') == 2


def test_a_sketched_polish_stage_says_so_in_polish(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (ws / "journeys" / "szkic.yaml").write_text(
        "kind: journey\nid: szkic\nname: Szkic\nlang: pl\npersona: bozena\nstages:\n  - id: wniosek\n    name: Wniosek\n",
        encoding="utf-8")
    _code, md, _err = render_cli(ws, monkeypatch, "journeys/szkic.yaml", "-f", "md")
    assert "|   | _nic jeszcze nie zapisano dla tego etapu_ |" in md


def test_indented_lines_of_a_trait_stay_indented_in_markdown_and_html(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _code, md, _err = render_cli(ws, monkeypatch, "personas/bozena.yaml", "-f", "md")
    assert "- Spłacić kredyt przed emeryturą:<br>&nbsp;&nbsp;&nbsp;&nbsp;nadpłata co kwartał<br>" \
           "&nbsp;&nbsp;&nbsp;&nbsp;bez prowizji\n" in md
    _code, html, _err = render_cli(ws, monkeypatch, "personas/bozena.yaml", "-f", "html")
    assert "<li>Spłacić kredyt przed emeryturą:<br>&nbsp;&nbsp;&nbsp;&nbsp;nadpłata co kwartał<br>" \
           "&nbsp;&nbsp;&nbsp;&nbsp;bez prowizji</li>" in html


def test_the_html_curve_is_named_with_its_values_and_the_corner_cell_has_a_name(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _code, html, _err = render_cli(ws, monkeypatch, "journeys/hipoteka.yaml", "-f", "html")
    assert ('role="img" aria-label="Krzywa emocji: 1. Porównanie: etap #1: -1 źle; 2. Decyzja: emocji nie zapisano; '
            '3. Umowa: +2 bardzo dobrze"') in html
    assert '<thead><tr><td class="corner"><span class="hidden">Etap</span></td>' in html
    assert "<th></th>" not in html
    _code, html, _err = render_cli(ws, monkeypatch, "journeys/vet.yaml", "-f", "html")
    assert ('aria-label="Emotion curve: 1. end; section x: 0 neutral; 2. Journey planner: -2 very negative"') in html
    assert '<span class="hidden">Stage</span>' in html
