"""`-o "mapa.html "`: a name that ends in a space, a tab, a line break or a dot (closing notes of session 22).

On Linux and macOS it wrote a file named `mapa.html` and a space: a listing shows `mapa.html`,
a link or a script that opens `mapa.html` finds nothing, and Windows cannot hold the name, so a
repository it is committed to cannot be checked out there. Such a name is a slip of the shell's
quoting; it is now a usage error (exit 2) that names the file meant, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapshot_helpers import render_cli

JOURNEY = """\
kind: journey
id: zwrot-sluchawek
name: Zwrot słuchawek po 14 dniach
lang: pl
persona: pawel-programista-audiofil
reviewed: 2026-11-16
stages:
  - id: zgloszenie
    name: Zgłoszenie zwrotu
    doing: Wypełnia formularz zwrotu na sklep.example.com/zwroty i drukuje etykietę
    emotion: -1
  - id: zwrot-pieniedzy
    name: Zwrot pieniędzy
    doing: Czeka 9 dni na przelew 2 499 zł
    emotion: -2
"""


@pytest.fixture()
def ws(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "zwrot.yaml").write_text(JOURNEY, encoding="utf-8")
    # The journey's persona: without it, under a cxkit.toml, a render says on stderr that it is missing.
    (tmp_path / "pawel.yaml").write_text(
        "kind: persona\nid: pawel-programista-audiofil\nname: Paweł Wójcik\nlang: pl\n"
        "summary: Programista, kupuje słuchawki po odsłuchu w salonie\n", encoding="utf-8")
    (tmp_path / "eksport").mkdir()
    return tmp_path


def _files(ws: Path) -> list[str]:
    return sorted(str(p.relative_to(ws)) for p in ws.rglob("*"))


@pytest.mark.parametrize(("name", "shown", "meant", "why"), [
    ("mapa.html ", "'mapa.html '", "mapa.html", "ends in a space, which a listing does not show: the file would "
                                                "look like mapa.html yet not open as"),
    ("mapa.html  ", "'mapa.html  '", "mapa.html", "ends in a space"),
    ("mapa.md\t", "'mapa.md\t'", "mapa.md", "ends in a tab"),
    ("mapa.html.", "mapa.html.", "mapa.html", "ends in a dot: the file would not open as"),
    ("eksport/mapa v2.json ", "'eksport/mapa v2.json '", "'eksport/mapa v2.json'", "ends in a space"),
    ("mapa.txt ", "'mapa.txt '", "mapa.txt", "ends in a space"),
    ("mapa ", "'mapa '", "mapa", "ends in a space"),
])
def test_a_name_that_ends_in_a_space_or_a_dot_is_refused(ws: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                                                         shown: str, meant: str, why: str) -> None:
    before = _files(ws)
    code, out, err = render_cli(ws, monkeypatch, "zwrot.yaml", "-o", name)
    assert code == 2
    assert out == ""
    assert err.startswith(f"cxkit: -o {shown}: that name {why}")
    assert err.endswith(f"{meant}, and Windows cannot hold it; write -o {meant}\n")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert _files(ws) == before  # nothing written, no temporary file left


def test_a_format_asked_for_does_not_make_such_a_name_right(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for args in (["-f", "html", "-o", "mapa.html "], ["-f", "json", "-o", "dane.yaml "], ["--force", "-o", "mapa.md "]):
        code, _out, err = render_cli(ws, monkeypatch, "zwrot.yaml", *args)
        assert code == 2 and "Windows cannot hold it; write -o" in err, (args, err)
    assert _files(ws) == ["cxkit.toml", "eksport", "pawel.yaml", "zwrot.yaml"]


def test_a_folder_overview_is_refused_alike(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, err = render_cli(ws, monkeypatch, ".", "-o", "eksport/przeglad.html ")
    assert code == 2
    assert err.startswith("cxkit: -o 'eksport/przeglad.html ': that name ends in a space")


def test_the_refusals_that_say_more_come_first(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: a YAML name and a PDF name keep their own messages, with the names to use."""
    code, _out, err = render_cli(ws, monkeypatch, "zwrot.yaml", "-o", "mapa.yaml ")
    assert code == 2 and err.startswith("cxkit: -o 'mapa.yaml ': cxkit does not write YAML")
    code, _out, err = render_cli(ws, monkeypatch, "zwrot.yaml", "-o", "mapa.pdf ")
    assert code == 2 and "cxkit does not write PDF" in err


@pytest.mark.parametrize("name", ["mapa.html", "mapa v2.html", " mapa.html", "mapa.final.html", "..mapa.md"])
def test_other_names_are_written_as_given(ws: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Guard: a space inside a name, or at its start (Windows holds both), and dots inside it."""
    code, _out, err = render_cli(ws, monkeypatch, "zwrot.yaml", "-o", name)
    assert (code, err) == (0, "")
    assert (ws / name).read_text(encoding="utf-8").startswith(("<!DOCTYPE html>", "# Zwrot"))
