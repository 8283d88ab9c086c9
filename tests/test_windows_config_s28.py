"""Config values written on Windows that silently match nothing on Linux CI.

- A drive or network path in `exclude` / `per-file-ignores` (`C:\\Users\\ola\\apteka\\szkice`) was
  taken as a relative pattern at any depth and matched nothing: now a located error (exit 2).
- A pattern that matches nothing as written but would match in another case (`Szkice` for
  `szkice/`, `szkice/*.YAML`, `Dermo-Lab/**`) worked on the author's case-insensitive disk and did
  nothing on CI: now a located note with the spelling meant; the exit code stays.
- A config saved under another name (`cxkit.toml.txt`, `Cxkit.toml`, `.cxkit.toml`, `cxkit.yaml`)
  was ignored without a word: now a note naming the config used instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PERSONA = """kind: persona
id: {id}
name: {name}
lang: pl
summary: Farmaceutka z Krakowa, która kupuje suplementy dla całej rodziny.
goals:
  - Kupić witaminę D dla dzieci bez kolejki w aptece przed wyjazdem na ferie
"""


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT / "src")), "NO_COLOR": "1", "COLUMNS": "200"}


def lint(ws: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cxkit", "lint", "--no-cache", "--exit-zero", "-f", "json", *args], cwd=ws, env=env(),
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    for folder, ident in (("szkice", "ola-szkic"), ("dermo-lab/personas", "ewa-dermo"), ("witaminy/personas", "jan-wit")):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / f"{ident}.yaml").write_text(PERSONA.format(id=ident, name=ident.title()), encoding="utf-8")
    return tmp_path


def config(ws: Path, text: str) -> None:
    (ws / "cxkit.toml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("written, meant", [
    ('exclude = ["C:\\\\Users\\\\ola\\\\apteka\\\\szkice"]', "szkice"),
    ('exclude = ["C:/Users/ola/apteka/szkice/*.yaml"]', "szkice/*.yaml"),
    ("exclude = ['\\\\serwer\\dzial\\szkice']", "szkice"),
    ('[per-file-ignores]\n"D:\\\\ws\\\\dermo-lab\\\\**" = ["CX101"]', "dermo-lab/**"),
])
def test_a_windows_drive_path_is_a_located_error(ws: Path, written: str, meant: str) -> None:
    config(ws, 'lang = "pl"\n' + written + "\n")
    proc = lint(ws)
    assert proc.returncode == 2 and proc.stdout == "", proc.stderr
    assert proc.stderr.startswith("cxkit: cxkit.toml:") and proc.stderr.count("\n") == 1, proc.stderr
    # In Polish, as the workspace says `lang = "pl"` (English before session 40), with the spelling meant.
    assert "ścieżka Windows niczego tu nie wskazuje" in proc.stderr and f'("{meant}")' in proc.stderr, proc.stderr
    line, col = proc.stderr.split(":")[2:4]
    assert line in ("2", "3") and col.isdigit(), proc.stderr


def test_a_relative_pattern_with_a_colon_is_no_drive_path(ws: Path) -> None:
    config(ws, 'exclude = ["szkice", "a:b", "C:"]\n')
    proc = lint(ws)
    assert proc.returncode == 2 and "drive C:" in proc.stderr  # a bare drive is refused
    config(ws, 'exclude = ["szkice", "a:b", "//drafts"]\n')  # `//drafts`: a POSIX path, no network share
    assert lint(ws).returncode == 0


def test_an_exclude_in_another_case_is_a_note_with_the_name_meant(ws: Path) -> None:
    config(ws, 'lang = "pl"\nexclude = ["Szkice", "witaminy"]\n')
    proc = lint(ws)
    assert proc.returncode == 0, proc.stderr
    # The workspace is Polish, and so is the note (session 38; test_other_patterns_in_another_case: English).
    assert proc.stderr == ("cxkit: uwaga: cxkit.toml:2:12: wzorzec „Szkice” w kluczu exclude nie pasuje do żadnego sprawdzonego "
                           "tu pliku (wielkość liter w nazwach ma znaczenie, jak w CI na Linuksie); czy chodziło o "
                           "„szkice”?\n")


@pytest.mark.parametrize("written, pattern, meant", [
    ('exclude = ["szkice/*.YAML"]', "szkice/*.YAML", "szkice/*.yaml"),
    ('[per-file-ignores]\n"Dermo-Lab/**" = ["CX101"]', "Dermo-Lab/**", "dermo-lab/**"),
    ('[per-file-ignores]\n"dermo-lab\\\\Personas\\\\*.yaml" = ["CX101"]', "dermo-lab/Personas/*.yaml", "dermo-lab/personas/*.yaml"),
])
def test_other_patterns_in_another_case(ws: Path, written: str, pattern: str, meant: str) -> None:
    config(ws, written + "\n")
    proc = lint(ws)
    assert f"pattern {pattern!r} matches no file" in proc.stderr and f"did you mean {meant!r}?" in proc.stderr, proc.stderr
    assert proc.stderr.startswith("cxkit: note: cxkit.toml:")


def test_no_note_when_the_pattern_matches_or_both_spellings_exist(ws: Path) -> None:
    config(ws, 'exclude = ["szkice"]\n[per-file-ignores]\n"dermo-lab/**" = ["CX101"]\n')
    assert "note" not in lint(ws).stderr
    # `Personas/` beside `personas/`: the exclude does its work on the one it names.
    (ws / "witaminy" / "Personas").mkdir()
    (ws / "witaminy" / "Personas" / "ala.yaml").write_text(PERSONA.format(id="ala", name="Ala"), encoding="utf-8")
    config(ws, 'exclude = ["witaminy/Personas"]\n')
    proc = lint(ws)
    assert "note" not in proc.stderr, proc.stderr


@pytest.mark.parametrize("name", ["cxkit.toml.txt", "Cxkit.toml", ".cxkit.toml", "CXKIT.TOML"])
def test_a_config_saved_under_another_name_is_noted(ws: Path, name: str) -> None:
    config(ws, 'lang = "pl"\n')
    client = ws / "witaminy"
    (client / name).write_text('exclude = ["personas"]\n', encoding="utf-8")
    proc = lint(ws)
    assert proc.returncode == 0
    shown = f"witaminy/{name}"
    assert proc.stderr == (  # the workspace is Polish, and so is the note (s38)
        f"cxkit: uwaga: {shown} nie jest czytany: konfiguracja cxkit to plik o nazwie dokładnie cxkit.toml (albo tabela "
        f"[tool.cxkit] w pyproject.toml), więc pliki tutaj sprawdzono według cxkit.toml; zmień jego nazwę (mv {shown} "
        "witaminy/cxkit.toml)\n")


def test_a_yaml_config_and_one_beside_the_real_config(ws: Path) -> None:
    config(ws, 'lang = "pl"\n')
    (ws / "cxkit.yaml").write_text("lang: pl\n", encoding="utf-8")
    (ws / "dermo-lab" / "cxkit.yaml").write_text("lang: pl\n", encoding="utf-8")
    proc = lint(ws)
    # The workspace is Polish, and so are the notes (s38).
    assert ("cxkit: uwaga: cxkit.yaml nie jest czytany: obowiązuje cxkit.toml obok niego; połącz oba pliki w jeden i usuń "
            "cxkit.yaml\n") in proc.stderr
    assert ("cxkit: uwaga: dermo-lab/cxkit.yaml nie jest czytany: konfiguracja cxkit to plik o nazwie dokładnie cxkit.toml "
            "(albo tabela [tool.cxkit] w pyproject.toml), więc pliki tutaj sprawdzono według cxkit.toml; zapisz jego "
            "ustawienia w TOML jako dermo-lab/cxkit.toml\n") in proc.stderr


def test_examples_stay_clean_and_quiet() -> None:
    proc = lint(ROOT, "examples/")
    assert (proc.returncode, proc.stdout.strip(), proc.stderr) == (0, "[]", "")
