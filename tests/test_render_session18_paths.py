"""`cxkit render` exports name files relative to the workspace, never by where it sits on one machine.

An export is shared (a wiki page, a ticket, a commit), so `render /home/ola/work/personas/x.yaml
-o x.html` must not carry `/home/ola/work`. Every export format is checked, on stdout and with -o.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

runner = CliRunner()

PERSONA_PL = """\
kind: persona
id: ola-kawiarnia
name: Aleksandra Wiśniewska
lang: pl
owner: Zespół CX (Marta Jezierska)
summary: Prowadzi kawiarnię w Gdańsku i zamawia sprzęt przez internet, wieczorami.
goals:
  - Kupić ekspres ciśnieniowy bez dzwonienia do handlowca
pain_points:
  - Nie wie, czy serwis przyjedzie w sezonie letnim
"""

NEGATIVE_PL = """\
kind: negative-persona
id: sieciowka-przetarg
name: Kierownik zakupów sieci kawiarni
lang: pl
reasons:
  - Kupuje w przetargu na 40 ekspresów, nie przez stronę www
"""

PERSONA_EN = """\
kind: persona
id: priya-first-dog
name: Priya Shah
lang: en
summary: First-time dog owner in Leeds who adopted a retired greyhound.
goals:
  - Book an evening vet visit without phoning
"""

JOURNEY_PL = """\
kind: journey
id: zakup-ekspresu
name: Ola kupuje ekspres przez stronę www
lang: pl
persona: ola-kawiarnia
stages:
  - id: wybor
    name: Wybór modelu
    doing: Porównuje trzy ekspresy dwugrupowe
    emotion: 0
  - id: zakup
    name: Zakup
    doing: Płaci przelewem i czeka na potwierdzenie
    emotion: -1
"""

EXTENSIONS = {"markdown": "md", "html": "html", "json": "json", "mermaid": "mmd"}


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """/…/home/ola/praca: a cxkit workspace deep in someone's home folder."""
    root = tmp_path / "home" / "ola" / "praca"
    for rel, text in {"personas/ola-kawiarnia.yaml": PERSONA_PL, "personas/sieciowka-przetarg.yaml": NEGATIVE_PL,
                      "personas/priya-first-dog.yaml": PERSONA_EN, "journeys/zakup-ekspresu.yaml": JOURNEY_PL}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    return root


def render(cwd: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    result = runner.invoke(app, ["render", *args], env={"NO_COLOR": "1", "COLUMNS": "100"})
    return result.exit_code, result.stdout, result.stderr


def exported(cwd: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, *args: str, to_file: bool) -> str:
    """The export on stdout (`-f FMT`), or written by `-o out.EXT` (the format from the extension)."""
    if not to_file:
        code, out, err = render(cwd, monkeypatch, *args, "-f", fmt)
        assert code == 0 and err == "", err
        return out
    target = cwd.parent / f"out.{EXTENSIONS[fmt]}"
    code, out, err = render(cwd, monkeypatch, *args, "-o", str(target))
    assert code == 0 and out == "" and err == "", err
    return target.read_text(encoding="utf-8")


# The path each format shows, and the document of that format that shows it (mermaid: none).
SHOWN = {
    "markdown": ("<sub>journeys/zakup-ekspresu.yaml</sub>", "journeys/zakup-ekspresu.yaml"),
    "html": ('<p class="path">journeys/zakup-ekspresu.yaml</p>', "journeys/zakup-ekspresu.yaml"),
    "json": ('"path": "journeys/zakup-ekspresu.yaml"', "."),
    "mermaid": ("journey\n", "journeys/zakup-ekspresu.yaml"),
}


@pytest.mark.parametrize("to_file", [False, True], ids=["stdout", "-o"])
@pytest.mark.parametrize("fmt", sorted(EXTENSIONS))
def test_an_absolute_path_inside_the_workspace_is_exported_relative_to_it(
        workspace: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, to_file: bool) -> None:
    expected, rel = SHOWN[fmt]
    absolute = str(workspace / rel) if rel != "." else str(workspace)
    text = exported(workspace, monkeypatch, fmt, absolute, to_file=to_file)
    assert str(workspace.parent) not in text and "/home/ola" not in text
    assert expected in text


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_an_export_is_the_same_wherever_it_is_run_from_and_however_the_path_is_typed(
        workspace: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    """From the workspace, from personas/ inside it, and from far outside with an absolute path."""
    args = ["personas/ola-kawiarnia.yaml", "--against", "personas/sieciowka-przetarg.yaml"]
    from_root = exported(workspace, monkeypatch, fmt, *args, to_file=False)
    from_inside = exported(workspace / "personas", monkeypatch, fmt, "./ola-kawiarnia.yaml",
                           "--against", "sieciowka-przetarg.yaml", to_file=False)
    from_far = exported(workspace.parent.parent, monkeypatch, fmt, str(workspace / args[0]),
                        "--against", str(workspace / args[2]), to_file=False)
    assert from_inside == from_root and from_far == from_root
    if fmt != "json":  # the JSON of --against holds no path
        assert "personas/ola-kawiarnia.yaml" in from_root and "personas/sieciowka-przetarg.yaml" in from_root


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_a_folder_export_names_its_files_and_itself_relative_to_the_workspace(
        workspace: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    text = exported(workspace.parent, monkeypatch, fmt, str(workspace / "personas"), to_file=True)
    assert str(workspace.parent) not in text
    if fmt == "json":
        paths = [d["path"] for d in json.loads(text)["documents"]]
        assert paths == ["personas/ola-kawiarnia.yaml", "personas/priya-first-dog.yaml",
                         "personas/sieciowka-przetarg.yaml"]
    elif fmt == "markdown":
        assert text.startswith("# Zestawienie: persony\n")  # `personas/` in Polish words (tester42 #18)
        assert "<sub>personas/priya-first-dog.yaml</sub>" in text
    else:
        assert "<h1>Zestawienie: persony</h1>" in text and "<title>Zestawienie: persony</title>" in text
        assert "personas/priya-first-dog.yaml</p>" in text


def test_the_workspace_itself_is_titled_without_its_folder_name(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Its folder's name ("praca") differs between checkouts, worktrees and CI (tester 7, F5).
    text = exported(workspace.parent, monkeypatch, "markdown", str(workspace), to_file=False)
    assert text.startswith("# Zestawienie\n")
    assert "<sub>journeys/zakup-ekspresu.yaml</sub>" in text


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_file_outside_the_workspace_and_the_current_folder_is_named_only_by_its_file_name(
        workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    elsewhere = tmp_path / "pobrane" / "od-klienta"
    elsewhere.mkdir(parents=True)
    (elsewhere / "priya.yaml").write_text(PERSONA_EN, encoding="utf-8")
    for typed in (str(elsewhere / "priya.yaml"), "../../../pobrane/od-klienta/priya.yaml"):
        text = exported(workspace, monkeypatch, fmt, typed, to_file=False)
        assert "pobrane" not in text and "../" not in text
        assert ("<sub>priya.yaml</sub>" if fmt == "markdown" else "Reviewed: never · priya.yaml</p>") in text


def test_a_folder_outside_the_workspace_keeps_its_subfolders_apart(
        workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Named by the folder's name down, so two files called ola.yaml in it are not both `ola.yaml`."""
    outside = tmp_path / "archiwum"
    for sub in ("2025", "2026"):
        (outside / sub).mkdir(parents=True)
        (outside / sub / "ola.yaml").write_text(PERSONA_PL.replace("ola-kawiarnia", f"ola-{sub}"), encoding="utf-8")
    data = json.loads(exported(workspace, monkeypatch, "json", str(outside), to_file=False))
    assert [d["path"] for d in data["documents"]] == ["archiwum/2025/ola.yaml", "archiwum/2026/ola.yaml"]


def test_the_terminal_view_keeps_the_path_as_typed(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The terminal view is the user's own, as lint shows paths; only exports are made shareable."""
    code, out, _err = render(workspace.parent, monkeypatch, "praca/personas/ola-kawiarnia.yaml")
    assert code == 0 and "praca/personas/ola-kawiarnia.yaml" in out
