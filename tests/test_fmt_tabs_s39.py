"""`cxkit fmt` lays out a file indented with tabs alone, a tab a level (session 39), and changes no text doing so.

A block scalar's text keeps what follows its own indentation: a further tab and a line starting with `#` are
the text's, not a level and not a comment; a block under a list item's key is laid out past that key.  A comment line led by tabs keeps its level among its neighbours.
The layout keeps a file's CRLF line ends and its BOM, and a second run changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import run_cli
from workspace_helpers import enter_in_language

T = "\t"
OLA = (
    "kind: persona\nid: ola-kupuje-krem\nname: Ola Wrona\nlang: {lang}\n"
    "summary: |\n"
    f"{T}Kupuje kosmetyki naturalne w sklepie internetowym, zwykle wieczorem z telefonu.\n"
    f"{T}# tak zapisała w ankiecie (tekst, nie komentarz)\n"
    f"{T}{T}lista: krem SPF 50, serum\n"
    "demographics:\n"
    f"{T}age: 34\n"
    f"{T}location: Poznań, Jeżyce\n"
    "goals:\n"
    f"{T}- text: Kupić krem z filtrem SPF 50 przed urlopem w lipcu\n"
    f"{T}  sources: [ankieta]\n"
    f"{T}# z ankiety z maja\n"
    f"{T}- text: >-\n"
    f"{T}{T}Porównać składy na INCI\n"
    f"{T}{T}przed zakupem\n"
    'quote: "Krem\tmusi mieć filtr"\n'
    "sources:\n"
    f"{T}- id: ankieta\n"
    f"{T}  type: survey\n"
    f"{T}  date: 2026-05-12\n"
)


@pytest.fixture(params=["pl", "en"])
def lang(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    return enter_in_language(tmp_path, monkeypatch, request.param)


def fmt(*args: str) -> int:
    result = run_cli("fmt", *args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code


def test_a_block_scalars_tab_and_hash_line_stay_its_text(lang: str) -> None:
    path = Path("personas/ola.yaml")
    path.write_text(OLA.format(lang=lang), encoding="utf-8")
    assert fmt("personas/ola.yaml") == 0
    laid = path.read_text(encoding="utf-8")
    data = yaml.safe_load(laid)
    assert data["summary"] == ("Kupuje kosmetyki naturalne w sklepie internetowym, zwykle wieczorem z telefonu.\n"
                               "# tak zapisała w ankiecie (tekst, nie komentarz)\n\tlista: krem SPF 50, serum\n")
    assert data["goals"][1]["text"] == "Porównać składy na INCI przed zakupem"
    assert data["quote"] == "Krem\tmusi mieć filtr"
    assert "\n  # z ankiety z maja\n" in laid  # the comment at its level, as with spaces
    assert fmt("--check", "personas/ola.yaml") == 0  # laid out once for all


def test_crlf_and_a_bom_are_kept(lang: str) -> None:
    path = Path("personas/ola.yaml")
    path.write_bytes(b"\xef\xbb\xbf" + OLA.format(lang=lang).replace("\n", "\r\n").encode("utf-8"))
    assert fmt("personas/ola.yaml") == 0
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == raw.count(b"\n") and b"\n\t" not in raw
    assert "\tlista: krem SPF 50" in yaml.safe_load(raw.decode("utf-8-sig"))["summary"]
    assert fmt("--check", "personas/ola.yaml") == 0


def test_an_indentation_indicator_counted_in_spaces_is_refused(lang: str) -> None:
    text = OLA.format(lang=lang).replace("summary: |\n", "summary: |2\n")
    path = Path("personas/ola.yaml")
    path.write_text(text, encoding="utf-8")
    assert fmt("personas/ola.yaml") == 1
    assert path.read_text(encoding="utf-8") == text
