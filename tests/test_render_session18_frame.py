"""The terminal view's frames stay aligned around a file name that is not valid UTF-8.

Python reads such a byte (`Paweł.yaml` in ISO-8859-2 or Windows-1250: `Pawe\\xb3.yaml`) as a lone
surrogate, which the output stream writes as `\\udcb3`: six characters where the layout had counted
one cell, so every frame line holding the name stuck out five columns. The name is now laid out in
the form it is printed in — the one lint and the exports show.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len
from snapshot_helpers import check_snapshot

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                reason="the file system must take any bytes in a name")

# "Paweł" and "Zespół" in ISO-8859-2 (ł is 0xb3, ó 0xf3): no UTF-8 decoder takes these bytes.
PERSONA_NAME = b"Pawe\xb3.yaml"
JOURNEY_NAME = b"zakupy-Pawe\xb3a.yaml"
FOLDER_NAME = b"zesp\xf3\xb3"

PERSONA = """\
kind: persona
id: pawel-audiofil
name: Paweł Czerski
lang: pl
owner: Zespół CX sklepu Pasmo
summary: Programista z Wrocławia, który kupuje słuchawki dopiero po przeczytaniu pomiarów.
goals:
  - Wymienić trzeszczące słuchawki na otwarte do 2 500 zł
pain_points:
  - Na kartach produktów brakuje skuteczności w dB/mW
reviewed: 2026-11-12
"""

NEGATIVE = """\
kind: negative-persona
id: lowca-promocji
name: Kamil Łowca Promocji
lang: pl
reasons:
  - Kupuje tylko w Black Friday i zwraca połowę zamówień
reviewed: 2026-10-01
"""

JOURNEY = """\
kind: journey
id: pawel-kupuje
name: Paweł kupuje otwarte słuchawki
lang: pl
persona: pawel-audiofil
reviewed: 2026-11-16
stages:
  - id: wybor
    name: Wybór modelu
    doing: Porównuje pomiary trzech modeli
    emotion: -1
  - id: zakup
    name: Zakup
    doing: Płaci BLIK-iem
    emotion: 1
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    base = os.fsencode(tmp_path)
    folder = os.path.join(base, FOLDER_NAME)
    os.makedirs(os.path.join(folder, b"personas"))
    os.makedirs(os.path.join(folder, b"journeys"))
    for rel, text in ((os.path.join(b"personas", PERSONA_NAME), PERSONA),
                      (os.path.join(b"personas", b"kamil.yaml"), NEGATIVE),
                      (os.path.join(b"journeys", JOURNEY_NAME), JOURNEY)):
        with open(os.path.join(folder, rel), "wb") as fh:
            fh.write(text.encode("utf-8"))
    return tmp_path


def render(cwd: Path, columns: int, *args: bytes | str) -> str:
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": str(columns), "PYTHONIOENCODING": ""}
    env.pop("CXKIT_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "cxkit", "render", *args], cwd=cwd, capture_output=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0 and done.stderr == b"", done.stderr.decode("utf-8", "replace")
    return done.stdout.decode("utf-8")


def framed(text: str) -> list[str]:
    return [line for line in text.splitlines() if line[:1] in "╭│╰├┏┃┗┣"]


def assert_aligned(text: str, width: int | None) -> None:
    """Every line of a frame is as wide as the others (as ``width`` when the frame fills the page)."""
    widths = {cell_len(line) for line in framed(text)}
    assert len(widths) == 1, "\n".join(f"{cell_len(line):4} {line}" for line in framed(text))
    if width is not None:
        assert widths == {width}


def test_a_persona_card_frames_its_non_utf8_file_name(workspace: Path) -> None:
    out = render(workspace, 80, os.path.join(FOLDER_NAME, b"personas", PERSONA_NAME))
    assert "zesp\\udcf3\\udcb3/personas/Pawe\\udcb3.yaml" in out  # the name as lint shows it
    assert_aligned(out, 80)
    check_snapshot("session18-non-utf8-name-persona-80", out)


def test_a_journey_header_frames_its_non_utf8_file_name(workspace: Path) -> None:
    out = render(workspace / FOLDER_NAME.decode("utf-8", "surrogateescape"), 80,
                 os.path.join(b"journeys", JOURNEY_NAME))
    assert "journeys/zakupy-Pawe\\udcb3a.yaml" in out
    header = out.split("╰")[0] + "╰" + out.split("╰")[1].splitlines()[0]
    assert_aligned(header, 80)
    check_snapshot("session18-non-utf8-name-journey-80", out)


@pytest.mark.parametrize("columns", [80, 130])
def test_a_folder_overview_frames_non_utf8_file_names(workspace: Path, columns: int) -> None:
    """At 80 columns the path goes under the name; from 120 up it has its own column."""
    out = render(workspace, columns, FOLDER_NAME)
    assert out.startswith("Zestawienie: zesp\\udcf3\\udcb3\n")
    assert "personas/Pawe\\udcb3.yaml" in out and "zakupy-Pawe\\udcb3a" in out  # the long one may fold
    assert_aligned(out, 80 if columns == 80 else None)
    check_snapshot(f"session18-non-utf8-name-overview-{columns}", out)


def test_a_persona_beside_its_negative_persona_frames_the_non_utf8_name(workspace: Path) -> None:
    personas = os.path.join(FOLDER_NAME, b"personas")
    out = render(workspace, 120, os.path.join(personas, PERSONA_NAME), "--against",
                 os.path.join(personas, b"kamil.yaml"))
    assert "Pawe\\udcb3.yaml" in out
    assert_aligned(out, 120)


def test_the_terminal_view_written_with_o_holds_what_stdout_shows(workspace: Path) -> None:
    source = os.path.join(FOLDER_NAME, b"personas", PERSONA_NAME)
    shown = render(workspace, 80, source)
    assert render(workspace, 80, source, "-o", "karta.txt") == ""
    assert (workspace / "karta.txt").read_text(encoding="utf-8") == shown
