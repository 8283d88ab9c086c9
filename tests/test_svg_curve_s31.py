"""The emotion curve as an SVG file of its own, and its labels whole in the HTML export.

A PM needs the curve in slides, Miro and e-mail: `cxkit render J -o krzywa.svg` writes a standalone,
accessible, deterministic SVG. Stage names are wrapped, never cut with "…" (paper has no hover), and a
journey of more than 7 stages gets one curve of the whole journey in HTML, above its parts.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

from conftest import enter_workspace

SVG = "{http://www.w3.org/2000/svg}"

STAGES = [("polecenie", "Polecenie", 0), ("instalacja", "Instalacja aplikacji", -1),
          ("wniosek", "Wniosek i dane osobowe", -1), ("weryfikacja", "Weryfikacja tożsamości", -2),
          ("aktywacja", "Aktywacja konta i karty", 2), ("wynagrodzenie", "Przeniesienie wynagrodzenia", 1)]


def journey(stages: list[tuple[str, str, int | None]]) -> str:
    text = ("kind: journey\nid: kasia-konto\nname: Kasia zakłada konto w aplikacji\npersona: kasia\nlang: pl\n"
            "stages:\n")
    for ident, name, emotion in stages:
        text += f"  - id: {ident}\n    name: {name}\n"
        if emotion is not None:
            text += f"    emotion: {emotion}\n"
    return text


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    enter_workspace(tmp_path, monkeypatch, 'lang = "pl"\n', files={"journeys/konto.yaml": journey(STAGES)})
    (tmp_path / "personas").mkdir()
    many = [(f"etap-{i}", f"Etap numer {i} z długą nazwą", (-2, -1, 0, 1, 2)[i % 5]) for i in range(1, 16)]
    (tmp_path / "journeys" / "dluga.yaml").write_text(journey(many).replace("id: kasia-konto", "id: dluga"),
                                                      encoding="utf-8")
    (tmp_path / "personas" / "kasia.yaml").write_text(
        "kind: persona\nid: kasia\nname: Katarzyna Wójcik\nlang: pl\ngoals:\n  - Konto w jeden wieczór\n",
        encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def texts(root: ET.Element) -> list[str]:
    """Each text as it reads: its lines (tspans) joined by a space, its hover title left out."""
    out = []
    for text in root.iter(f"{SVG}text"):
        spans = [span.text or "" for span in text.iter(f"{SVG}tspan")]
        out.append(" ".join(spans) if spans else (text.text or ""))
    return out


def test_o_svg_writes_a_standalone_accessible_curve(ws: Path) -> None:
    code, out, err = run("render", "journeys/konto.yaml", "-o", "krzywa.svg")
    assert (code, out, err) == (0, "", "")
    data = (ws / "krzywa.svg").read_text(encoding="utf-8")
    root = ET.fromstring(data.split("\n", 2)[2])  # after the XML declaration and cxkit's comment
    assert root.tag == f"{SVG}svg" and root.get("role") == "img" and root.get("width") and root.get("height")
    assert root.find(f"{SVG}title").text == "Krzywa emocji: Kasia zakłada konto w aplikacji"
    assert "4. Weryfikacja tożsamości: -2 bardzo źle" in root.find(f"{SVG}desc").text
    shown = " | ".join(texts(root))
    for number, (_ident, name, _emotion) in enumerate(STAGES, 1):
        assert f"{number}. {name}" in shown  # whole, wrapped onto lines, never cut
    assert "…" not in shown and "-2 bardzo źle" in shown and "+2 bardzo dobrze" in shown  # levels in words
    assert len(list(root.iter(f"{SVG}circle"))) == 6 and "<script" not in data and "href" not in data


def test_the_svg_is_the_same_bytes_every_time_and_on_stdout(ws: Path) -> None:
    run("render", "journeys/konto.yaml", "-o", "a.svg")
    run("render", "journeys/konto.yaml", "-o", "a.svg")  # a previous SVG export is replaced as is
    code, out, _err = run("render", "journeys/konto.yaml", "-f", "svg")
    assert code == 0 and out == (ws / "a.svg").read_text(encoding="utf-8")


def test_a_long_journey_lists_its_stages_in_a_legend(ws: Path) -> None:
    code, out, _err = run("render", "journeys/dluga.yaml", "-f", "svg")
    assert code == 0
    shown = texts(ET.fromstring(out.split("\n", 2)[2]))
    assert "15. Etap numer 15 z długą nazwą: -2 bardzo źle" in shown
    assert int(re.search(r'width="(\d+)"', out).group(1)) <= 1000  # fits a slide, not 2,300 units wide


def test_svg_of_some_stages_says_which(ws: Path) -> None:
    code, out, _err = run("render", "journeys/konto.yaml", "-f", "svg", "--stage", "2,3")
    assert code == 0 and "Kasia zakłada konto w aplikacji (Etapy 2, 3 z 6)" in out


@pytest.mark.parametrize(("args", "says"), [
    (("personas/kasia.yaml", "-f", "svg"), "persona"),
    (("journeys", "-f", "svg"), "podaj plik ścieżki, a nie folder"),  # the workspace is Polish (s38)
])
def test_svg_of_what_has_no_curve_is_refused(ws: Path, args: tuple[str, ...], says: str) -> None:
    code, out, err = run("render", *args)
    assert (code, out) == (2, "") and says in err and "Traceback" not in err


def test_svg_of_a_journey_without_emotions_is_refused_at_its_first_stage(ws: Path) -> None:
    (ws / "journeys" / "bez.yaml").write_text(journey([(i, n, None) for i, n, _e in STAGES[:2]]), encoding="utf-8")
    code, _out, err = run("render", "journeys/bez.yaml", "-o", "bez.svg")
    assert code == 2 and err.startswith("cxkit: journeys/bez.yaml:7:") and "pustą krzywą emocji" in err  # Polish (s38)
    assert not (ws / "bez.svg").exists()


def test_someone_elses_svg_is_not_replaced_without_force(ws: Path) -> None:
    (ws / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>\n', encoding="utf-8")
    code, _out, err = run("render", "journeys/konto.yaml", "-o", "logo.svg")
    assert code == 2 and "nie jest wcześniejszym eksportem cxkit" in err  # the workspace is Polish (s38)
    assert run("render", "journeys/konto.yaml", "-o", "logo.svg", "--force")[0] == 0


def test_png_is_refused_with_the_svg_as_the_next_step(ws: Path) -> None:
    code, _out, err = run("render", "journeys/konto.yaml", "-o", "mapa.png")
    assert code == 2 and "-o mapa.svg" in err and "rsvg-convert" in err
    assert not (ws / "mapa.png").exists()


def test_html_curve_labels_are_wrapped_not_cut(ws: Path) -> None:
    code, out, _err = run("render", "journeys/konto.yaml", "-f", "html")
    assert code == 0
    [svg] = re.findall(r"<svg .*?</svg>", out, re.S)
    labels = re.findall(r'<text [^>]*font-weight="600"[^>]*>(.*?)<title>', svg)
    lines = [re.findall(r"<tspan[^>]*>([^<]*)</tspan>", label) for label in labels]
    assert [" ".join(parts) for parts in lines] == [f"{n}. {name}" for n, (_i, name, _e) in enumerate(STAGES, 1)]
    assert "…" not in svg and max(map(len, lines)) == 2  # "6. Przeniesienie" over "wynagrodzenia"


def test_html_of_a_long_journey_has_one_curve_of_the_whole_journey_above_its_parts(ws: Path) -> None:
    code, out, _err = run("render", "journeys/dluga.yaml", "-f", "html")
    assert code == 0
    whole = re.search(r'<figure class="curve whole">\n(<svg .*?</svg>)', out, re.S)
    assert whole and out.index(whole.group(0)) < out.index('<section class="stage-part">')
    root = ET.fromstring(whole.group(1))
    assert len(list(root.iter("circle"))) == 15  # every stage on one line
    assert out.count("<svg ") == 1 + 3  # and each of the three parts keeps its own
