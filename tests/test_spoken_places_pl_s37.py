"""Read aloud (CXKIT_LAYOUT=stacked), a Polish place is its path as shown, a comma for each `›`.

"Właściciel w Usprawnienia #1 w 2. Decyzja" was no Polish: after "w" a noun is declined ("w usprawnieniu"),
which a heading used as a label cannot be, and "#" is read "krzyżyk". `cxkit review -f text` and
`cxkit diff` read aloud now say `2. Decyzja, Usprawnienia nr 1, Właściciel`, the order the `›` form shows;
English keeps `Owner in Opportunities #1 in 2. Decision`, and every other layout keeps `›`.
"""

from __future__ import annotations

from conftest import run_cli
from git_helpers import committed, needs_git
from test_review_places_s36 import KALKULACJA, QUOTE

pytestmark = needs_git


def _review_line(tmp_path, monkeypatch, files: dict[str, str], text: str, owner: str) -> list[str]:
    repo = committed(tmp_path / "repo", monkeypatch, files)
    repo.write("j.yaml", text.replace(owner, "owner: do ustalenia" if "lang: pl" in text else "owner: TBD"))
    result = run_cli("review", "HEAD", "--no-cache", "-f", "text")
    assert result.exception is None and result.exit_code == 1, result.stderr
    return result.stdout.splitlines()


def test_polish_review_read_aloud_names_the_place_in_its_shown_order_s37(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_LAYOUT", "stacked")
    lines = _review_line(tmp_path, monkeypatch, {"cxkit.toml": 'lang = "pl"\n', "j.yaml": KALKULACJA}, KALKULACJA,
                         "owner: Zespół aplikacji mobilnej (Piotr Nowicki)")
    [line] = [line for line in lines if "CX403" in line]
    assert line.endswith("[unowned-opportunity] (miejsce: 2. Decyzja, Usprawnienia nr 1, Właściciel)"), line
    # The change beside it says its place the same way, and no symbol a screen reader names.
    assert any(x.startswith("  zmieniono: 2. Decyzja, Usprawnienia nr 1 „Zapisywać dane kalkulatora po każdym…”, "
                            "Właściciel: ") for x in lines), lines
    assert not any("›" in x or " w Usprawnienia" in x or "#1" in x for x in lines), lines


def test_english_review_read_aloud_keeps_in_s37(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_LAYOUT", "stacked")
    lines = _review_line(tmp_path, monkeypatch, {"j.yaml": QUOTE}, QUOTE, "owner: Mobile app team (Peter Novak)")
    [line] = [line for line in lines if "CX403" in line]
    assert line.endswith("[unowned-opportunity] (in Owner in Opportunities #1 in 2. Decision)"), line


def test_polish_review_on_screen_keeps_the_arrows_s37(tmp_path, monkeypatch):
    monkeypatch.delenv("CXKIT_LAYOUT", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    lines = _review_line(tmp_path, monkeypatch, {"cxkit.toml": 'lang = "pl"\n', "j.yaml": KALKULACJA}, KALKULACJA,
                         "owner: Zespół aplikacji mobilnej (Piotr Nowicki)")
    [line] = [line for line in lines if "CX403" in line]
    assert line.endswith("(miejsce: 2. Decyzja › Usprawnienia #1 › Właściciel)"), line
