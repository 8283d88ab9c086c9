"""`cxkit diff --stat`: one line per document that differs, its changes counted, and the summary
line; in Polish when the diff is; the exit codes of the diff."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import JOURNEY_PL, NEGATIVE_PL, PERSONA_EN, PERSONA_PL, enter_workspace, run_cli

STARY = PERSONA_PL.replace("id: tomek-audiofil", "id: stary-klient")


def two_sides(root: Path, old: dict[str, str], new: dict[str, str]) -> None:
    for side, files in (("v1", old), ("v2", new)):
        for rel, text in files.items():
            (root / side / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / side / rel).write_text(text, encoding="utf-8")


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "ws").mkdir()
    return enter_workspace(tmp_path / "ws", monkeypatch, config="")


def test_polish_documents_are_counted_in_polish(root):
    two_sides(root, {"personas/tomek.yaml": PERSONA_PL, "journeys/tomek.yaml": JOURNEY_PL,
                     "negatywne/janusz.yaml": NEGATIVE_PL, "personas/stary.yaml": STARY},
              {"personas/tomek.yaml": PERSONA_PL.replace("  age: 34\n", "  age: 35\n").replace("  location: Kraków\n", ""),
               "journeys/tomek.yaml": JOURNEY_PL.replace("do 1500 zł", "do 2000 zł"),
               "persony/stary.yaml": STARY})
    result = run_cli("diff", "v1", "v2", "--stat")
    assert result.exception is None and result.exit_code == 1
    assert result.stdout == (
        " journeys/tomek.yaml                      | 1 zmiana\n"
        " negatywne/janusz.yaml                    | usunięty\n"
        " personas/tomek.yaml                      | 1 zmiana, 1 usunięcie\n"
        " personas/stary.yaml → persony/stary.yaml | przeniesiony\n"
        "4 dokumenty różnią się (2 zmienione, 1 przeniesiony, 1 usunięty); 3 zmiany w dokumentach.\n"
    )


def test_english_documents_are_counted_in_english_and_polish_plurals_take_their_forms(root):
    maya = PERSONA_EN.replace("  location: Leeds\n", "  location: York\n")
    two_sides(root, {"personas/maya.yaml": PERSONA_EN}, {"personas/maya.yaml": maya, "personas/rosa.yaml":
                                                          PERSONA_EN.replace("id: maya-runner", "id: rosa-runner")})
    result = run_cli("diff", "v1", "v2", "--stat")
    assert result.exit_code == 1
    assert result.stdout == (
        " personas/maya.yaml | 1 changed\n"
        " personas/rosa.yaml | added\n"
        "2 documents differ (1 changed, 1 added); 1 change inside documents.\n"
    )
    from cxkit.diff.formats import _STAT_WORDS, pl_plural

    assert [pl_plural(n, *_STAT_WORDS["pl"]["changed"]) for n in (1, 2, 5, 12, 22)] == [
        "zmiana", "zmiany", "zmian", "zmian", "zmiany"]


def test_no_difference_is_the_summary_alone_and_exit_0(root):
    two_sides(root, {"personas/tomek.yaml": PERSONA_PL}, {"personas/tomek.yaml": PERSONA_PL})
    result = run_cli("diff", "v1", "v2", "--stat")
    assert (result.exit_code, result.stdout) == (0, "No semantic differences.\n")


def test_a_file_not_compared_is_a_line_and_exit_1(root):
    two_sides(root, {"personas/tomek.yaml": PERSONA_PL, "negatywne/janusz.yaml": NEGATIVE_PL},
              {"personas/tomek.yaml": "kind: persona\nid: [zepsute\n", "negatywne/janusz.yaml": NEGATIVE_PL})
    result = run_cli("diff", "v1", "v2", "--stat")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == " personas/tomek.yaml | not compared"
    assert lines[-1].startswith("1 file could not be compared (personas/tomek.yaml)")


def test_stat_is_a_text_view(root):
    two_sides(root, {"personas/tomek.yaml": PERSONA_PL}, {"personas/tomek.yaml": PERSONA_PL})
    result = run_cli("diff", "v1", "v2", "--stat", "-f", "json")
    assert result.exit_code == 2 and "--stat is a text view" in result.stderr and result.stdout == ""
