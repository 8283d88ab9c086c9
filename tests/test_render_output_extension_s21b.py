"""`render -o` names cxkit does not write (review6 R6-7): the name it suggests instead can be pasted
into a shell (quoted when it has a space or a quote), drops an export extension before adding one
(`claim.html.pdf` → `claim.html`, not `claim.html.html`), and a name that is only an extension
(`-o .pdf`) is that extension — not the terminal view in a hidden file, exit 0."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from snapshot_helpers import render_cli
from test_render_output_extension_s21 import CLAIM

JOURNEY = "journeys/escape-of-water.yaml"


@pytest.fixture()
def claims(tmp_path: Path) -> Path:
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "escape-of-water.yaml").write_text(CLAIM, encoding="utf-8")
    # The claim's persona: without it, under a cxkit.toml, a render says on stderr that it is missing.
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "priya.yaml").write_text(
        "kind: persona\nid: priya\nname: Priya Shah\nlang: en\nsummary: Rents a flat in Leeds; claims for water damage\n",
        encoding="utf-8")
    (tmp_path / "eksport v2").mkdir()
    return tmp_path


def _refused(claims: Path, monkeypatch: pytest.MonkeyPatch, name: str, *args: str) -> str:
    code, out, err = render_cli(claims, monkeypatch, *args, "-o", name)
    assert (code, out) == (2, ""), err
    assert not (claims / name).exists()
    return err


@pytest.mark.parametrize("name,suggested", [
    ("mapa v2.docx", ["'mapa v2.html'", "'mapa v2.md'"]),
    ("eksport v2/mapa.pdf", ["'eksport v2/mapa.html'"]),
    ("Szkoda Anny's.png", ["'Szkoda Anny'\"'\"'s.svg'", "'Szkoda Anny'\"'\"'s.html'"]),
    ("mapa.xlsx", ["mapa.csv"]),  # a plain name stays unquoted
])
def test_a_suggested_name_can_be_pasted_into_a_shell(claims: Path, monkeypatch: pytest.MonkeyPatch,
                                                     name: str, suggested: list[str]) -> None:
    err = _refused(claims, monkeypatch, name, JOURNEY)
    assert [part.split(")", 1)[0] for part in err.split("(-o ")[1:]] == suggested, err
    # Pasted, each is one word naming the file beside the one asked for.
    for word in suggested:
        [pasted] = shlex.split(word)
        assert Path(pasted).parent == Path(name).parent and Path(pasted).stem == Path(name).stem


@pytest.mark.parametrize("name,html", [
    ("claim.html.pdf", "claim.html"),
    ("claim.HTML.PDF", "claim.html"),
    ("claim.md.docx", "claim.html"),
    ("raport.2026.pdf", "raport.2026.html"),  # a dot that is no extension stays
])
def test_an_export_extension_before_the_refused_one_is_not_doubled(claims: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   name: str, html: str) -> None:
    err = _refused(claims, monkeypatch, name, JOURNEY)
    assert f"export HTML (-o {html})" in err, err


@pytest.mark.parametrize("args,html", [
    ([JOURNEY], "escape-of-water.html"),
    (["journeys"], "journeys.html"),
])
def test_a_name_that_is_only_a_refused_extension_is_refused(claims: Path, monkeypatch: pytest.MonkeyPatch,
                                                            args: list[str], html: str) -> None:
    err = _refused(claims, monkeypatch, ".pdf", *args)
    assert err == f"cxkit: -o .pdf: cxkit does not write PDF; export HTML (-o {html}) and print it to PDF from the browser\n"


def test_a_bare_extension_with_a_dash_for_the_input_is_named_after_the_folder(claims: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """`-` (which render refuses: it reads files) names no suggestion `-.html`."""
    err = _refused(claims, monkeypatch, ".pdf", "-")
    assert f"export HTML (-o {shlex.quote(claims.name + '.html')})" in err, err


def test_a_name_that_is_only_an_export_extension_is_refused_too(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """review7 R7-10: `-o .html` wrote a hidden file named `.html`; it is refused as `-o .pdf` is."""
    err = _refused(claims, monkeypatch, ".html", JOURNEY)
    assert err.endswith("name the file, as in -o escape-of-water.html\n"), err


def test_other_names_keep_the_terminal_view(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: a hidden name of no format (``.mapa``), and ``.txt``, still get the text view."""
    for name in (".mapa", "mapa.txt"):
        code, _out, err = render_cli(claims, monkeypatch, JOURNEY, "-o", name)
        assert (code, err) == (0, "")
        assert "Escape of water claim" in (claims / name).read_text(encoding="utf-8")
        assert "<!DOCTYPE" not in (claims / name).read_text(encoding="utf-8")
