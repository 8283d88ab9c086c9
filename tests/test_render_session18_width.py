"""`--width` with an export: ignored, as `--layout` is, and said so on stderr with the exit code kept.

An export has no width to set (a Markdown table row is one line, HTML flows to the window, Mermaid
is drawn by whoever shows it, JSON is data); `--width 120 -o mapa.md` used to be dropped in silence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

runner = CliRunner()

JOURNEY_PL = """\
kind: journey
id: zakup-ekspresu
name: Ola kupuje ekspres przez stronę www
lang: pl
persona: ola-kawiarnia
stages:
  - id: wybor
    name: Wybór modelu
    doing: Porównuje trzy ekspresy dwugrupowe i liczy koszt serwisu przez trzy lata
    emotion: 0
  - id: zakup
    name: Zakup
    doing: Płaci przelewem i czeka na potwierdzenie zamówienia
    emotion: -1
"""

PERSONA_EN = """\
kind: persona
id: priya-first-dog
name: Priya Shah
lang: en
summary: First-time dog owner in Leeds who adopted a retired greyhound and books everything online.
goals:
  - Book an evening vet visit without phoning
"""

NAMES = {"markdown": "Markdown", "html": "HTML", "mermaid": "Mermaid", "json": "JSON"}


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas").mkdir()
    (tmp_path / "journeys" / "zakup-ekspresu.yaml").write_text(JOURNEY_PL, encoding="utf-8")
    (tmp_path / "personas" / "priya-first-dog.yaml").write_text(PERSONA_EN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def render(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["render", *args], env={"NO_COLOR": "1", "COLUMNS": "80"})
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("fmt,path", [
    *[(fmt, path) for fmt in ("markdown", "html", "json")
      for path in ("journeys/zakup-ekspresu.yaml", "personas/priya-first-dog.yaml", ".")],
    ("mermaid", "journeys/zakup-ekspresu.yaml"),  # mermaid draws journeys only
])
def test_width_with_an_export_is_ignored_and_said_so(workspace: Path, fmt: str, path: str) -> None:
    code, plain, err = render(path, "-f", fmt)
    assert code == 0 and err == ""
    code, out, err = render(path, "-f", fmt, "--width", "120")
    assert code == 0
    assert out == plain  # nothing changes
    assert err == f"cxkit: --width 120: applies to the terminal view; ignored for the {NAMES[fmt]} export\n"


@pytest.mark.parametrize("ext,fmt", [("md", "markdown"), ("html", "html"), ("mmd", "mermaid"), ("json", "json")])
def test_width_note_also_for_an_export_written_with_o(workspace: Path, ext: str, fmt: str) -> None:
    code, out, err = render("journeys/zakup-ekspresu.yaml", "-o", f"bez.{ext}")
    assert code == 0 and out == "" and err == ""
    code, out, err = render("journeys/zakup-ekspresu.yaml", "--width", "40", "-o", f"z.{ext}")
    assert code == 0 and out == ""
    assert err == f"cxkit: --width 40: applies to the terminal view; ignored for the {NAMES[fmt]} export\n"
    assert (workspace / f"z.{ext}").read_bytes() == (workspace / f"bez.{ext}").read_bytes()


def test_width_and_layout_with_an_export_each_get_their_line(workspace: Path) -> None:
    code, _out, err = render("journeys/zakup-ekspresu.yaml", "-f", "html", "--layout", "stacked", "--width", "200")
    assert code == 0
    assert err.splitlines() == [
        "cxkit: --layout stacked: applies to the terminal view; ignored for the HTML export",
        "cxkit: --width 200: applies to the terminal view; ignored for the HTML export",
    ]


@pytest.mark.parametrize("args", [["journeys/zakup-ekspresu.yaml"], ["personas/priya-first-dog.yaml"], ["."],
                                  ["journeys/zakup-ekspresu.yaml", "-o", "mapa.txt"]])
def test_width_with_the_terminal_view_applies_without_a_note(workspace: Path, args: list[str]) -> None:
    code, out, err = render(*args, "--width", "120")
    assert code == 0 and err == ""
    text = out or (workspace / "mapa.txt").read_text(encoding="utf-8")
    assert max(len(line) for line in text.splitlines()) == 120  # laid out for 120, not COLUMNS=80


def test_an_export_with_width_still_refuses_what_cannot_be_shown(workspace: Path) -> None:
    """A usage error says why, once, with exit 2; no note about --width on top of it."""
    code, out, err = render("personas/priya-first-dog.yaml", "-f", "mermaid", "--width", "120")
    assert code == 2 and out == ""
    assert "--width" not in err and "mermaid draws journeys" in err
