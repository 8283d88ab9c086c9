"""`cxkit render` on bad input and with -o: lint's located messages, exit 2, atomic writes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.fsutil import write_atomic

FIXTURES = Path(__file__).parent / "fixtures" / "render"
JOURNEY_PL = "pl/journeys/zakup-roweru-cargo.yaml"
PERSONA_PL = "pl/personas/joanna-rower-cargo.yaml"
NEGATIVE_PL = "pl/personas/lowca-najtanszego-e-roweru.yaml"

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "100"})


def error_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if ": error CX" in line]


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_missing_file_is_reported_like_lint_and_exits_2(workspace: Path) -> None:
    result = invoke("render", "personas/ola.yaml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "cxkit: personas/ola.yaml: no such file or directory\n"
    assert invoke("lint", "personas/ola.yaml").stderr == result.stderr


def test_broken_yaml_gives_the_same_located_error_as_lint(workspace: Path) -> None:
    (workspace / "ola.yaml").write_text("kind: persona\nid: ola\n  name: Ola Nowak\n", encoding="utf-8")
    rendered = invoke("render", "ola.yaml")
    linted = invoke("lint", "ola.yaml")
    assert rendered.exit_code == 2 and rendered.stdout == ""
    assert error_lines(rendered.stderr)
    assert error_lines(rendered.stderr) == error_lines(linted.stdout)
    assert error_lines(rendered.stderr)[0].startswith("ola.yaml:3:")
    assert "Traceback" not in rendered.stderr


def test_schema_errors_are_located_like_lint(workspace: Path) -> None:
    (workspace / "kupno.yaml").write_text(
        "kind: journey\nid: kupno\nname: Kupno\npersona: ola\nstages:\n"
        "  - id: szukanie\n    name: Szukanie\n    emotion: 7\n    feelin: dobrze\n",
        encoding="utf-8",
    )
    rendered = invoke("render", "kupno.yaml", "--format", "html")
    linted = invoke("lint", "kupno.yaml")
    assert rendered.exit_code == 2 and rendered.stdout == ""
    lines = error_lines(rendered.stderr)
    assert len(lines) == 2
    assert all(line in error_lines(linted.stdout) for line in lines)
    assert any(line.startswith("kupno.yaml:8:14: error CX002") and line.endswith("[schema]") for line in lines)
    assert any("unknown field 'feelin'" in line and "did you mean 'feeling'?" in line for line in lines)


def test_a_yaml_file_that_is_not_a_cxkit_document_is_a_schema_error(workspace: Path) -> None:
    (workspace / "notes.yaml").write_text("title: notatki ze spotkania\n", encoding="utf-8")
    result = invoke("render", "notes.yaml")
    assert result.exit_code == 2
    assert result.stderr.startswith("notes.yaml:1:1: error CX002 missing `kind`")


def test_a_folder_with_a_broken_document_reports_it_and_renders_the_rest(workspace: Path) -> None:
    # docs/render.md: the overview shows what loads and lists the broken file; exit 1, as lint.
    (workspace / "personas").mkdir()
    (workspace / "personas" / "ok.yaml").write_text("kind: persona\nid: ok\nname: Ola\n", encoding="utf-8")
    (workspace / "personas" / "zla.yaml").write_text("kind: persona\nid: Zła Persona\nname: Zła\n", encoding="utf-8")
    result = invoke("render", ".")
    assert result.exit_code == 1
    assert "Ola" in result.stdout and "personas/zla.yaml:2:5" in result.stdout
    assert error_lines(result.stderr)[0].startswith("personas/zla.yaml:2:5: error CX002 'id' must be a slug")


def test_against_needs_a_persona_and_a_negative_persona(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    swapped = invoke("render", NEGATIVE_PL, "--against", PERSONA_PL)
    assert swapped.exit_code == 2
    assert f"swap them: cxkit render {PERSONA_PL} --against {NEGATIVE_PL}" in swapped.stderr
    journey = invoke("render", JOURNEY_PL, "--against", NEGATIVE_PL)
    assert journey.exit_code == 2 and "is a journey" in journey.stderr
    two_personas = invoke("render", PERSONA_PL, "--against", PERSONA_PL)
    assert two_personas.exit_code == 2 and "--against takes a negative persona" in two_personas.stderr
    folder = invoke("render", ".", "--against", NEGATIVE_PL)
    assert folder.exit_code == 2 and "give a persona file, not a folder" in folder.stderr


def test_against_with_a_missing_negative_persona_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    result = invoke("render", PERSONA_PL, "--against", "pl/personas/brak.yaml")
    assert result.exit_code == 2
    assert result.stderr == "cxkit: pl/personas/brak.yaml: no such file or directory\n"


def test_mermaid_is_only_for_journeys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    persona = invoke("render", PERSONA_PL, "--format", "mermaid")
    assert persona.exit_code == 2 and "mermaid draws journeys" in persona.stderr
    folder = invoke("render", ".", "--format", "mermaid")
    assert folder.exit_code == 2 and "mermaid draws one journey" in folder.stderr


@pytest.mark.parametrize("value", ["", ",", " , "])
def test_an_empty_stage_list_is_a_usage_error_not_every_stage(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    # `--stage "$UNSET"` in a script would otherwise render the whole journey.
    monkeypatch.chdir(FIXTURES)
    result = invoke("render", JOURNEY_PL, "--stage", value)
    assert result.exit_code == 2 and result.stdout == ""
    assert "--stage is empty; give one or more stage ids" in result.stderr


def test_width_below_20_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # 20 to 39 columns are the stacked view since 5d38cd59; 19 is the narrowest width refused.
    monkeypatch.chdir(FIXTURES)
    result = invoke("render", PERSONA_PL, "--width", "19")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_width_above_1000_is_a_usage_error_and_a_huge_columns_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    # --width 99999999999 ended in a MemoryError; COLUMNS did the same through rich.
    monkeypatch.chdir(FIXTURES)
    result = invoke("render", JOURNEY_PL, "--width", "1001")
    assert result.exit_code == 2 and "--width" in result.stderr
    wide = runner.invoke(app, ["render", JOURNEY_PL], env={"NO_COLOR": "1", "COLUMNS": "50000"})
    assert wide.exit_code == 0
    assert max(map(len, wide.stdout.splitlines())) == 1000


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html", "mermaid", "json"])
def test_output_file_holds_exactly_what_stdout_would(fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    target = tmp_path / f"out.{fmt}"
    to_stdout = invoke("render", JOURNEY_PL, "--format", fmt, "--width", "100")
    to_file = invoke("render", JOURNEY_PL, "--format", fmt, "--width", "100", "-o", str(target))
    assert to_file.exit_code == 0, to_file.stderr
    assert to_file.stdout == ""
    assert target.read_text(encoding="utf-8") == to_stdout.stdout
    assert "\x1b" not in target.read_text(encoding="utf-8")


def test_output_file_keeps_its_permissions_and_leaves_no_temporary_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    target = tmp_path / "mapa.html"
    # A previous export (an older one, shortened): replaced without --force.
    target.write_text('<!DOCTYPE html>\n<html lang="pl">\n<head>\n<meta name="generator" content="cxkit render">\n'
                      "<title>stara wersja</title>\n", encoding="utf-8")
    target.chmod(0o640)
    result = invoke("render", JOURNEY_PL, "--format", "html", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mapa.html"]


def test_output_into_a_missing_folder_makes_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Since session 31 -o makes the folders on its way (as pytest's --junitxml does).
    monkeypatch.chdir(FIXTURES)
    result = invoke("render", JOURNEY_PL, "--format", "html", "-o", str(tmp_path / "brak" / "mapa.html"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "brak" / "mapa.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_output_under_a_file_fails_cleanly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    (tmp_path / "plik").write_text("nie folder\n", encoding="utf-8")
    result = invoke("render", JOURNEY_PL, "--format", "html", "-o", str(tmp_path / "plik" / "mapa.html"))
    assert result.exit_code == 2
    assert "is a file, not a folder" in result.stderr and "Traceback" not in result.stderr


def test_output_onto_a_folder_fails_cleanly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    result = invoke("render", JOURNEY_PL, "--format", "json", "-o", str(tmp_path))
    assert result.exit_code == 2
    assert "is a folder" in result.stderr


_SOURCE = (
    "# Persona z wywiadów w salonie, czerwiec 2026 — nie nadpisywać eksportem\n"
    "kind: persona\nid: ola-zwroty\nname: Ola Nowak\nlang: pl\n"
    "summary: Kupuje buty do biegania online i zwraca co drugą parę\n"
    "goals:\n  - Zwrócić buty bez drukarki, kodem w Paczkomacie  # z wywiadu nr 4\n"
    "x-crm-segment: B2C-zwroty\n"
)


def _refused(result, target: Path, before: bytes, pl: bool = False) -> None:
    assert result.exit_code == 2, result.stdout
    if pl:  # the workspace says `lang = "pl"`: the refusal is Polish (session 41)
        assert "plik wejściowy tego renderowania" in result.stderr and "podaj w -o inny plik" in result.stderr
    else:
        assert "an input of this render" in result.stderr and "give -o another file" in result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_bytes() == before  # the source, comments and x- keys untouched
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("fmt", ["markdown", "html", "json", "terminal"])
@pytest.mark.parametrize("spelling", ["same", "dot", "absolute", "symlink", "hardlink"])
def test_output_onto_the_input_file_is_refused_and_keeps_the_source(fmt: str, spelling: str, workspace: Path) -> None:
    source = workspace / "ola.yaml"
    source.write_text(_SOURCE, encoding="utf-8")
    before = source.read_bytes()
    out = {"same": "ola.yaml", "dot": "./ola.yaml", "absolute": str(source)}.get(spelling)
    if spelling == "symlink":
        (workspace / "eksport.md").symlink_to("ola.yaml")
        out = "eksport.md"
    elif spelling == "hardlink":
        os.link(source, workspace / "kopia.md")
        out = "kopia.md"
    result = invoke("render", "ola.yaml", "-f", fmt, "-o", out)
    _refused(result, source, before)
    assert result.stderr.startswith("cxkit: ") and "ola.yaml" in result.stderr


def test_output_onto_a_broken_input_is_refused_before_reading_it(workspace: Path) -> None:
    source = workspace / "ola.yaml"
    source.write_text(_SOURCE.replace("goals:\n", "goals: [\n"), encoding="utf-8")  # a bracket never closed
    before = source.read_bytes()
    result = invoke("render", "ola.yaml", "-f", "markdown", "-o", "./ola.yaml")
    _refused(result, source, before)
    # The refusal alone: what is wrong inside the file is for `cxkit lint`, once -o is mended.
    assert result.stderr == (
        "cxkit: ola.yaml: is an input of this render; writing the export there would replace it "
        "— give -o another file\n"
    )


def test_output_onto_the_against_file_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("joanna-rower-cargo.yaml", "lowca-najtanszego-e-roweru.yaml"):
        (tmp_path / name).write_bytes((FIXTURES / "pl" / "personas" / name).read_bytes())
    monkeypatch.chdir(tmp_path)
    negative = tmp_path / "lowca-najtanszego-e-roweru.yaml"
    before = negative.read_bytes()
    result = invoke("render", "joanna-rower-cargo.yaml", "--against", "lowca-najtanszego-e-roweru.yaml",
                    "-f", "html", "-o", str(negative))
    _refused(result, negative, before)


@pytest.mark.parametrize("fmt", ["markdown", "mermaid"])
def test_output_onto_a_document_that_is_not_an_input_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fmt: str) -> None:
    # The persona a journey's heading names is read, not rendered; any other persona is not read at
    # all. Neither is ever replaced by an export, while a previous export is.
    monkeypatch.chdir(FIXTURES)
    for name in ("joanna-rower-cargo.yaml", "lowca-najtanszego-e-roweru.yaml"):
        victim = tmp_path / name
        victim.write_bytes((FIXTURES / "pl" / "personas" / name).read_bytes())
        before = victim.read_bytes()
        result = invoke("render", JOURNEY_PL, "-f", fmt, "-o", str(victim))
        assert result.exit_code == 2
        assert "is a cxkit document; writing the export there would replace it" in result.stderr
        assert victim.read_bytes() == before
    export = tmp_path / "mapa.md"
    assert invoke("render", JOURNEY_PL, "-f", fmt, "-o", str(export)).exit_code == 0
    assert invoke("render", JOURNEY_PL, "-f", fmt, "-o", str(export)).exit_code == 0


@pytest.mark.parametrize("victim", ["personas/ola.yaml", "notatki.yaml"])
def test_folder_output_onto_any_file_it_reads_is_refused(victim: str, workspace: Path) -> None:
    (workspace / "personas").mkdir()
    (workspace / "personas" / "ola.yaml").write_text(_SOURCE, encoding="utf-8")
    # Not a cxkit document: the overview skips it, but it is still the user's file.
    (workspace / "notatki.yaml").write_text("# notatki ze spotkania\ntitle: warsztat CX\n", encoding="utf-8")
    target = workspace / victim
    before = target.read_bytes()
    result = invoke("render", ".", "-f", "markdown", "-o", victim)
    _refused(result, target, before)


def test_folder_output_to_a_new_file_inside_the_folder_still_works(workspace: Path) -> None:
    (workspace / "ola.yaml").write_text(_SOURCE, encoding="utf-8")
    (workspace / "notatki.yaml").write_text("# notatki ze spotkania\ntitle: warsztat CX\n", encoding="utf-8")
    result = invoke("render", ".", "-f", "markdown", "-o", "przeglad.md")
    assert result.exit_code == 0, result.stderr
    assert "Ola Nowak" in (workspace / "przeglad.md").read_text(encoding="utf-8")
    assert (workspace / "ola.yaml").read_text(encoding="utf-8") == _SOURCE


# --- write_atomic, which other commands reuse ------------------------------------------------------

def test_write_atomic_creates_a_file_with_the_umask_permissions(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "nowy.md", "Zażółć gęślą jaźń\n")
    finally:
        os.umask(old)
    assert (tmp_path / "nowy.md").read_text(encoding="utf-8") == "Zażółć gęślą jaźń\n"
    assert stat.S_IMODE((tmp_path / "nowy.md").stat().st_mode) == 0o640


def test_write_atomic_accepts_bytes_and_replaces_the_old_content(tmp_path: Path) -> None:
    target = tmp_path / "dane.bin"
    target.write_bytes(b"old old old old")
    write_atomic(target, b"\x00\x01new")
    assert target.read_bytes() == b"\x00\x01new"


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "persona.yaml"
    target.write_text("kind: persona\n", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, "kind: journey\n")
    assert target.read_text(encoding="utf-8") == "kind: persona\n"
    assert [p.name for p in tmp_path.iterdir()] == ["persona.yaml"]


def _cxkit(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    # A subprocess with a timeout: a blocked read must fail the test, not hang the suite.
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=30, env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100"})


def test_a_fifo_is_reported_as_unreadable_instead_of_blocking(workspace: Path) -> None:
    os.mkfifo(workspace / "ola.yaml")
    result = _cxkit(["render", "ola.yaml"], workspace)
    assert result.returncode == 2
    # Word for word what `cxkit lint ola.yaml` prints.
    assert result.stderr == "ola.yaml:1:1: error CX000 cannot read the file: not a regular file (a pipe, socket or device) [read-error]\n"


def test_persona_lookup_skips_fifos_and_finds_the_name(workspace: Path) -> None:
    (workspace / "journeys").mkdir()
    (workspace / "personas").mkdir()
    (workspace / "journeys" / "zakupy.yaml").write_text(
        "kind: journey\nid: zakupy\nname: Zakupy\npersona: ola-biegaczka\nstages:\n"
        "  - id: a\n    name: Wybór butów\n    doing: Mierzy buty w sklepie\n    emotion: 1\n",
        encoding="utf-8",
    )
    os.mkfifo(workspace / "personas" / "a-fifo.yaml")
    (workspace / "personas" / "ola.yaml").write_text(
        "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\n", encoding="utf-8")
    result = _cxkit(["render", "journeys/zakupy.yaml", "--format", "mermaid"], workspace)
    assert result.returncode == 0, result.stderr
    assert "      Mierzy buty w sklepie: 4: Ola Nowak\n" in result.stdout


_ONE_LETTER_JOURNEY = (
    "kind: journey\nid: wizyta-w-salonie\nname: Wizyta w salonie rowerowym\nlang: pl\npersona: a\nstages:\n"
    "  - id: szukanie\n    name: Szukanie\n    doing: Porównuje rowery cargo w sieci\n    emotion: 1\n"
)


def _persona(ident: str, name: str, summary: str, lang: str = "pl") -> str:
    return f"kind: persona\nid: {ident}\nname: {name}\nlang: {lang}\nsummary: {summary}\n"


def test_persona_lookup_outside_a_workspace_parses_only_files_that_can_hold_the_id(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A one-letter id is in the text of nearly every file: each was parsed, and the lookup took seconds."""
    import cxkit.render.load as render_load

    (workspace / "journeys").mkdir()
    (workspace / "personas").mkdir()
    (workspace / "journeys" / "wizyta.yaml").write_text(_ONE_LETTER_JOURNEY, encoding="utf-8")
    # Read before the persona (sorted names, the folder's own files first), and each holds an "a".
    (workspace / "personas" / "adam.yaml").write_text(
        _persona("adam", "Adam Nowak", "Jeździ do pracy, a w weekend w góry"), encoding="utf-8")
    (workspace / "personas" / "agnieszka.yaml").write_text(
        _persona("agnieszka", "Agnieszka Wiśniewska", "Cała rodzina na jednym rowerze"), encoding="utf-8")
    (workspace / "personas" / "ania.yaml").write_text(
        _persona("a", "Anna Kowalska", "Mama dwójki dzieci z Gdańska"), encoding="utf-8")
    for i in range(30):
        (workspace / f"dane-{i:02}.yaml").write_text(
            _persona(f"rider-{i}", f"Alex {i}", "Wants a bike that carries a child", "en"), encoding="utf-8")
        (workspace / f"k8s-{i:02}.yaml").write_text(
            f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-{i}\ndata:\n  mode: a-b\n", encoding="utf-8")
    parsed: list[str] = []
    real = render_load.load_document

    def counting(target, *args, **kwargs):
        parsed.append(Path(target.fs_path).relative_to(workspace.resolve()).as_posix()
                      if Path(target.fs_path).is_absolute() else Path(target.fs_path).as_posix())
        return real(target, *args, **kwargs)

    monkeypatch.setattr(render_load, "load_document", counting)
    result = invoke("render", "journeys/wizyta.yaml", "--format", "mermaid")
    assert result.exit_code == 0, result.stderr
    assert "      Porównuje rowery cargo w sieci: 4: Anna Kowalska\n" in result.stdout
    # The journey (rendered, then met in the search: it names "a") and the persona: nothing else.
    assert parsed == ["journeys/wizyta.yaml", "journeys/wizyta.yaml", "personas/ania.yaml"]


@pytest.mark.parametrize("written", [
    "kind: persona\nid: a\nname: Anna Kowalska\n",
    "kind: persona\nid: 'a'  # z wywiadu\nname: Anna Kowalska\n",
    'kind: persona\r\nid: "a"\r\nname: Anna Kowalska\r\n',
    '{kind: persona, id: "a", name: Anna Kowalska}\n',
    "kind: persona\nname: Anna Kowalska\nid: a",
    "kind: persona\nid: |-\n  a\nname: Anna Kowalska\n",
    "kind: persona\nid:\n  a\nname: Anna Kowalska\n",
    "kind: persona\nx-wywiad: &ktora a\nid: *ktora\nname: Anna Kowalska\n",
    'kind: persona\nid: "\\x61"\nname: Anna Kowalska\n',
    "\ufeffkind: persona\nid: a\nname: Anna Kowalska\n",
])
def test_persona_lookup_finds_the_id_however_the_yaml_spells_it(written: str, workspace: Path) -> None:
    (workspace / "journeys").mkdir()
    (workspace / "personas").mkdir()
    (workspace / "journeys" / "wizyta.yaml").write_text(_ONE_LETTER_JOURNEY, encoding="utf-8")
    (workspace / "personas" / "ania.yaml").write_text(written, encoding="utf-8", newline="")
    result = invoke("render", "journeys/wizyta.yaml", "--format", "mermaid")
    assert result.exit_code == 0, result.stderr
    assert ": 4: Anna Kowalska\n" in result.stdout


@pytest.mark.parametrize(("written", "encoding"), [
    # The id's own bytes are nowhere in the file: "ola" spelled with escapes (the name holds no "ola").
    ('kind: persona\nid: "\\x6fla"\nname: Aleksandra Nowak\n', "utf-8"),
    ('kind: persona\nid: "\\u006F\\u006C\\u0061"\nname: Aleksandra Nowak\n', "utf-8"),
    # UTF-16 with a byte-order mark, which lint reads: "ola" is o\0l\0a\0 there.
    ("kind: persona\nid: ola\nname: Aleksandra Nowak\n", "utf-16"),
    ("kind: persona\nid: ola\nname: Aleksandra Nowak\n", "utf-32"),
    ("\ufeffkind: persona\nid: ola\nname: Aleksandra Nowak\n", "utf-32-be"),  # its mark is 00 00 FE FF
    ("\ufeffkind: persona\nid: ola\nname: Aleksandra Nowak\n", "utf-16-be"),
])
def test_persona_lookup_finds_an_id_whose_bytes_are_not_in_the_file(written: str, encoding: str, workspace: Path) -> None:
    (workspace / "journeys").mkdir()
    (workspace / "personas").mkdir()
    (workspace / "journeys" / "wizyta.yaml").write_text(
        _ONE_LETTER_JOURNEY.replace("persona: a\n", "persona: ola\n"), encoding="utf-8")
    (workspace / "personas" / "ola.yaml").write_bytes(written.encode(encoding))
    assert b"ola" not in (workspace / "personas" / "ola.yaml").read_bytes()
    result = invoke("render", "journeys/wizyta.yaml", "--format", "mermaid")
    assert result.exit_code == 0, result.stderr
    assert ": 4: Aleksandra Nowak\n" in result.stdout


def test_persona_lookup_finds_a_numeric_id_as_written(workspace: Path) -> None:
    """cxkit reads `id: 026` as the slug "026", spelled as written."""
    (workspace / "journeys").mkdir()
    (workspace / "personas").mkdir()
    (workspace / "journeys" / "wizyta.yaml").write_text(
        _ONE_LETTER_JOURNEY.replace("persona: a\n", "persona: '026'\n"), encoding="utf-8")
    (workspace / "personas" / "zero.yaml").write_text(_persona("26", "Zofia Dwadzieścia", "Nie ta"), encoding="utf-8")
    (workspace / "personas" / "ania.yaml").write_text(_persona("026", "Anna Kowalska", "Ta"), encoding="utf-8")
    result = invoke("render", "journeys/wizyta.yaml", "--format", "mermaid")
    assert result.exit_code == 0, result.stderr
    assert ": 4: Anna Kowalska\n" in result.stdout


def test_write_atomic_writes_through_a_symbolic_link(tmp_path: Path) -> None:
    real = tmp_path / "mapa-v2.md"
    real.write_text("stara", encoding="utf-8")
    link = tmp_path / "mapa.md"
    link.symlink_to(real.name)
    write_atomic(link, "nowa")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "nowa"


@pytest.mark.parametrize("config", ["cxkit.toml", "pyproject.toml"])
@pytest.mark.parametrize("how", ["found", "--config", "absolute"])
def test_output_onto_the_config_file_the_render_reads_is_refused(config: str, how: str, workspace: Path) -> None:
    """`-o cxkit.toml` replaced the workspace's settings with a Markdown card."""
    (workspace / "ola.yaml").write_text(_SOURCE, encoding="utf-8")
    target = workspace / config
    target.write_text("# ustawienia zespołu CX\n" + ("[tool.cxkit]\n" if config == "pyproject.toml" else "")
                      + 'lang = "pl"\n', encoding="utf-8")
    before = target.read_bytes()
    extra = ["--config", config] if how == "--config" else []
    out = str(target) if how == "absolute" else config
    for fmt in ("markdown", "terminal"):
        result = invoke("render", "ola.yaml", "-f", fmt, "-o", out, *extra)
        _refused(result, target, before, pl=True)  # the config it would replace says `lang = "pl"`


@pytest.mark.parametrize("out", ["eksport/", "eksport//", "istniejacy/"])
def test_output_ending_in_a_slash_names_a_folder_and_is_refused(out: str, workspace: Path) -> None:
    """`-o eksport/` wrote a file called `eksport`; the user meant a folder."""
    (workspace / "ola.yaml").write_text(_SOURCE, encoding="utf-8")
    (workspace / "istniejacy").mkdir()
    result = invoke("render", "ola.yaml", "-f", "html", "-o", out)
    assert result.exit_code == 2
    folder = out.rstrip("/") + "/"
    assert result.stderr == f"cxkit: {folder}: names a folder; give -o a file name, e.g. {folder}map.html\n"
    assert sorted(p.name for p in workspace.iterdir()) == ["istniejacy", "ola.yaml"]
    assert list((workspace / "istniejacy").iterdir()) == []


def test_output_dash_is_standard_output_not_a_file_called_dash(workspace: Path) -> None:
    (workspace / "ola.yaml").write_text(_SOURCE, encoding="utf-8")
    to_stdout = invoke("render", "ola.yaml", "-f", "markdown")
    result = invoke("render", "ola.yaml", "-f", "markdown", "-o", "-")
    assert result.exit_code == 0 and result.stdout == to_stdout.stdout and result.stdout.startswith("#")
    assert sorted(p.name for p in workspace.iterdir()) == ["ola.yaml"]


@pytest.mark.parametrize("wanted", ["rozwazanie", "Rozważanie", "ROZWAŻANIE", "  rozważanie "])
def test_a_stage_is_picked_by_its_id_or_by_its_name_in_any_case(monkeypatch: pytest.MonkeyPatch, wanted: str) -> None:
    # A Polish team thinks of its stages by their names: `--stage Rozważanie` was "no stage".
    monkeypatch.chdir(FIXTURES)
    result = invoke("render", JOURNEY_PL, "--stage", wanted, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [s["id"] for s in __import__("json").loads(result.stdout)["stages"]] == ["rozwazanie"]


def test_a_stage_name_with_a_typo_is_answered_with_its_stages_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    result = invoke("render", JOURNEY_PL, "--stage", "Jazda prubna")
    assert result.exit_code == 2
    assert "no stage 'Jazda prubna'; did you mean 'jazda-probna'?" in result.stderr
