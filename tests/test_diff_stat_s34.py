"""`cxkit diff --stat` folds a folder moved with its files into one line, as the text view does.

`git mv personas/excel personas/arkusze` with 35 files listed 35 lines in `--stat` while the text view
said `personas/excel/ → personas/arkusze/ (35 files)`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import NEGATIVE_PL, PERSONA_EN, PERSONA_PL, enter_workspace, run_cli
from cxkit.diff.formats import _files_moved


def two_sides(root: Path, old: dict[str, str], new: dict[str, str]) -> None:
    for side, files in (("v1", old), ("v2", new)):
        for rel, text in files.items():
            (root / side / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / side / rel).write_text(text, encoding="utf-8")


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "ws").mkdir()
    return enter_workspace(tmp_path / "ws", monkeypatch, config="")


def _personas(template: str, ident: str, folder: str, names: list[str]) -> dict[str, str]:
    return {f"{folder}/{name}.yaml": template.replace(f"id: {ident}", f"id: {name}") for name in names}


def test_a_polish_folder_moved_is_one_line(root: Path) -> None:
    names = ["ania", "basia", "celina", "dorota", "ewa"]
    two_sides(root, {**_personas(PERSONA_PL, "tomek-audiofil", "personas/excel", names),
                     "negatywne/janusz.yaml": NEGATIVE_PL},
              {**_personas(PERSONA_PL, "tomek-audiofil", "personas/arkusze", names),
               "negatywne/janusz.yaml": NEGATIVE_PL.replace("id: ", "id: x-", 1)})
    result = run_cli("diff", "v1", "v2", "--stat")
    assert result.exception is None and result.exit_code == 1
    assert result.stdout == (
        " negatywne/janusz.yaml               | 1 zmiana\n"
        " personas/excel/ → personas/arkusze/ | 5 plików przeniesionych\n"
        "6 dokumentów różni się (1 zmieniony, 5 przeniesionych); 1 zmiana w dokumentach.\n"
    )
    # The text view folds the same move the same way.
    text = run_cli("diff", "v1", "v2").stdout
    assert "personas/excel/ → personas/arkusze/ (5 plików)" in text and "ania.yaml" not in text


def test_an_english_folder_moved_beside_a_file_moved_and_edited(root: Path) -> None:
    """A file of the folder edited on the way is its own line (as in the text view); the rest fold."""
    names = ["maya", "rosa", "lena"]
    old = _personas(PERSONA_EN, "maya-runner", "personas/leeds", names)
    new = _personas(PERSONA_EN, "maya-runner", "personas/york", names)
    new["personas/york/lena.yaml"] = new["personas/york/lena.yaml"].replace("  location: Leeds\n", "  location: York\n")
    two_sides(root, old, new)
    result = run_cli("diff", "v1", "v2", "--stat")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[:-1] == [
        " personas/leeds/lena.yaml → personas/york/lena.yaml | moved, 1 changed",
        " personas/leeds/ → personas/york/                   | 2 files moved",
    ]
    assert lines[-1] == "3 documents differ (3 renamed); 1 change inside documents."


def test_one_file_moved_alone_keeps_its_own_line(root: Path) -> None:
    two_sides(root, {"personas/excel/ania.yaml": PERSONA_PL}, {"personas/arkusze/ania.yaml": PERSONA_PL})
    result = run_cli("diff", "v1", "v2", "--stat")
    assert result.stdout.splitlines()[0] == " personas/excel/ania.yaml → personas/arkusze/ania.yaml | przeniesiony"


@pytest.mark.parametrize(("n", "pl", "en"), [
    (2, "2 pliki przeniesione", "2 files moved"), (5, "5 plików przeniesionych", "5 files moved"),
    (12, "12 plików przeniesionych", "12 files moved"), (22, "22 pliki przeniesione", "22 files moved"),
    (112, "112 plików przeniesionych", "112 files moved"),
])
def test_the_count_takes_its_plural(n: int, pl: str, en: str) -> None:
    assert (_files_moved(n, "pl"), _files_moved(n, "en")) == (pl, en)
