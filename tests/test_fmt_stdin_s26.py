"""`cxkit fmt -` with `--stdin-filename`: an editor or a hook formats an unsaved buffer.

The document read from stdin is laid out as `cxkit fmt` lays out a file and written to stdout;
stderr stays empty. One that is no cxkit document (or one --only-documents skips) comes back as
it went in. One that cannot be formatted is reported on stderr under the stdin filename, with
nothing on stdout, exit 1 (as for a file). --check and --diff print nothing or the diff on stdout
and exit 1 when the document would change. No file is ever written, the saved one and the cache
included.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

# Out of order (id and name before kind, sources before goals), indented by four, a quoted date.
MESSY_PL = """\
# Persona z wywiadów w aptece na Jeżycach

id: halina-wrobel
name: Halina Wróbel
kind: persona
lang: pl
sources:
    - id: wywiady-2026-09
      type: interview
      date: "2026-09-14"
goals:
    - Odebrać receptę dla mamy w 15 minut w przerwie obiadowej   # z wywiadu 3 (its column kept)
"""

TIDY_PL = """\
# Persona z wywiadów w aptece na Jeżycach

kind: persona
id: halina-wrobel
name: Halina Wróbel
lang: pl
goals:
  - Odebrać receptę dla mamy w 15 minut w przerwie obiadowej     # z wywiadu 3 (its column kept)
sources:
  - id: wywiady-2026-09
    type: interview
    date: 2026-09-14
"""

MESSY_EN = """\
name: Mark Hughes
kind: persona
id: mark-hughes
lang: en
goals:
    - Send a quote from the van within 10 minutes of leaving the site
"""

TIDY_EN = """\
kind: persona
id: mark-hughes
name: Mark Hughes
lang: en
goals:
  - Send a quote from the van within 10 minutes of leaving the site
"""

BROKEN_PL = "kind: persona\nid: zly\nname: [Zbigniew Ły\ngoals:\n  - Kupić rower\n"

WORKFLOW = """\
name: CI
on: [push]
jobs:
    lint:
        runs-on: ubuntu-latest
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = ["szkice"]\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "halina.yaml").write_text(MESSY_PL, encoding="utf-8")
    (tmp_path / "szkice").mkdir()
    return tmp_path


def fmt(data: str | bytes, *args: str) -> tuple[int, bytes, str]:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    result = CliRunner().invoke(app, ["fmt", *args], input=raw)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout_bytes, result.stderr


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_buffer_comes_back_laid_out_as_fmt_lays_out_the_file(ws: Path) -> None:
    before = tree(ws)
    code, out, err = fmt(MESSY_PL, "-", "--stdin-filename", "personas/halina.yaml")
    assert (code, err) == (0, "")
    assert out.decode("utf-8") == TIDY_PL
    assert tree(ws) == before  # the saved file untouched, no cache folder made
    # The same bytes fmt writes into the file.
    assert CliRunner().invoke(app, ["fmt", "personas/halina.yaml"]).exit_code == 0
    assert (ws / "personas" / "halina.yaml").read_bytes() == out


def test_stdin_filename_alone_reads_stdin_and_dash_alone_needs_no_name(ws: Path) -> None:
    assert fmt(MESSY_EN, "--stdin-filename", "personas/mark.yaml") == (0, TIDY_EN.encode(), "")
    assert fmt(MESSY_EN, "-") == (0, TIDY_EN.encode(), "")
    assert not (ws / "personas" / "mark.yaml").exists()


def test_a_laid_out_document_comes_back_byte_for_byte(ws: Path) -> None:
    assert fmt(TIDY_PL, "-") == (0, TIDY_PL.encode(), "")


def test_check_exits_1_when_it_would_change_and_prints_no_document(ws: Path) -> None:
    code, out, err = fmt(MESSY_PL, "--check", "--stdin-filename", "personas/halina.yaml")
    assert (code, out) == (1, b"")
    assert err == "do przeformatowania: personas/halina.yaml\nDo przeformatowania: 1 plik.\n"
    code, out, err = fmt(TIDY_PL, "--check", "-")
    assert (code, out, err) == (0, b"", "Bez zmian: 1 plik.\n")


def test_diff_is_a_patch_for_the_saved_file(ws: Path) -> None:
    code, out, err = fmt(MESSY_EN, "--diff", "--stdin-filename", "personas/mark.yaml")
    assert code == 1
    patch = out.decode("utf-8")
    assert patch.startswith("--- a/personas/mark.yaml\n+++ b/personas/mark.yaml\n@@ ")
    assert "\n-name: Mark Hughes\n" in patch and "\n+name: Mark Hughes\n" in patch
    assert err == "do przeformatowania: personas/mark.yaml\nDo przeformatowania: 1 plik.\n"
    if shutil.which("git"):
        (ws / "personas" / "mark.yaml").write_text(MESSY_EN, encoding="utf-8")
        (ws / "fmt.patch").write_bytes(out)
        applied = subprocess.run(["git", "apply", "fmt.patch"], cwd=ws, capture_output=True, text=True)
        assert applied.returncode == 0, applied.stderr
        assert (ws / "personas" / "mark.yaml").read_text(encoding="utf-8") == TIDY_EN
    assert fmt(TIDY_EN, "--diff", "-") == (0, b"", "Bez zmian: 1 plik.\n")


def test_a_document_that_does_not_parse_is_reported_on_stderr_with_nothing_on_stdout(ws: Path) -> None:
    code, out, err = fmt(BROKEN_PL, "--stdin-filename", "personas/zly.yaml")
    assert (code, out) == (1, b"")
    # In Polish, as lint says it in this Polish workspace (session 37).
    assert err.startswith("personas/zly.yaml:4:6: error CX001 nieprawidłowy YAML: parser nie znalazł oczekiwanego „,” "
                          "ani „]”")
    assert err.endswith("[yaml-syntax]\n") and err.count("\n") == 1
    # The line and exit code fmt gives the same text in a file, which it prints on stdout.
    (ws / "personas" / "zly.yaml").write_text(BROKEN_PL, encoding="utf-8")
    on_file = CliRunner().invoke(app, ["fmt", "personas/zly.yaml"])
    assert on_file.exit_code == 1 and on_file.stdout == err
    code, out, err = fmt(BROKEN_PL, "--check", "-")
    assert (code, out) == (1, b"")
    assert err.startswith("-:4:6: error CX001 nieprawidłowy YAML: ")  # Polish workspace (s37)


def test_yaml_that_is_no_cxkit_document_comes_back_as_it_went_in(ws: Path) -> None:
    assert fmt(WORKFLOW, "--stdin-filename", ".github/workflows/ci.yaml") == (0, WORKFLOW.encode(), "")
    code, out, err = fmt(WORKFLOW, "--check", "--stdin-filename", ".github/workflows/ci.yaml")
    assert (code, out, err) == (0, b"", "Nie ma czego sprawdzać: nie znaleziono dokumentów cxkit; pominięto 1 plik (to nie dokument cxkit).\n")


def test_empty_input_is_empty_output(ws: Path) -> None:
    assert fmt(b"", "-") == (0, b"", "")
    assert fmt(b"", "--check", "-")[0] == 0


def test_an_excluded_draft_is_skipped_with_only_documents_and_laid_out_without(ws: Path) -> None:
    code, out, err = fmt(MESSY_PL, "--only-documents", "--stdin-filename", "szkice/halina.yaml")
    assert (code, out, err) == (0, MESSY_PL.encode(), "")  # the buffer as it was: an editor keeps it
    code, out, err = fmt(MESSY_PL, "--only-documents", "--check", "--stdin-filename", "szkice/halina.yaml")
    assert (code, out) == (0, b"")
    assert err == "Nothing to format: szkice/halina.yaml is not a cxkit document that `exclude` leaves in.\n"
    # Named without --only-documents, a draft is laid out, as `cxkit fmt szkice/halina.yaml` does.
    assert fmt(MESSY_PL, "--stdin-filename", "szkice/halina.yaml") == (0, TIDY_PL.encode(), "")
    # A name a folder scan would not take (not *.yaml) is skipped too; a document in personas/ is not.
    assert fmt(MESSY_PL, "--only-documents", "--stdin-filename", "personas/halina.yaml.txt")[1] == MESSY_PL.encode()
    assert fmt(MESSY_PL, "--only-documents", "--stdin-filename", "personas/halina.yaml")[1] == TIDY_PL.encode()


def test_the_config_is_the_one_the_stdin_filename_lies_under(ws: Path) -> None:
    for folder in ("archiwum", "szkice", "personas"):
        (ws / "klient" / folder).mkdir(parents=True)
    (ws / "klient" / "cxkit.toml").write_text('exclude = ["archiwum"]\n', encoding="utf-8")
    # The client's exclude holds for its own files, the top's does not.
    args = ("--only-documents", "--stdin-filename")
    assert fmt(MESSY_PL, *args, "klient/archiwum/halina.yaml")[1] == MESSY_PL.encode()
    assert fmt(MESSY_PL, *args, "klient/szkice/halina.yaml")[1] == TIDY_PL.encode()
    (ws / "klient" / "cxkit.toml").write_text('exclude = "archiwum"\n', encoding="utf-8")  # not a list
    code, out, err = fmt(MESSY_PL, "--stdin-filename", "klient/personas/halina.yaml")
    assert (code, out) == (2, b"")
    assert err.startswith("cxkit: ") and "klient/cxkit.toml" in err


def test_crlf_line_ends_and_a_byte_order_mark_are_kept(ws: Path) -> None:
    crlf = MESSY_EN.replace("\n", "\r\n").encode("utf-8")
    assert fmt(crlf, "-") == (0, TIDY_EN.replace("\n", "\r\n").encode("utf-8"), "")
    bom = "\ufeff" + MESSY_PL
    assert fmt(bom, "-") == (0, ("\ufeff" + TIDY_PL).encode("utf-8"), "")


def test_a_utf16_buffer_comes_back_in_utf16(ws: Path) -> None:
    code, out, err = fmt(MESSY_PL.encode("utf-16"), "-")
    assert (code, err) == (0, "")
    assert out == TIDY_PL.encode("utf-16")


def test_input_that_is_not_utf8_is_reported_and_not_echoed(ws: Path) -> None:
    code, out, err = fmt(MESSY_PL.encode("cp1250"), "--stdin-filename", "personas/halina.yaml")
    assert (code, out) == (1, b"")
    # In Polish, as lint says it in this Polish workspace (session 37), of the input.
    assert err.startswith("personas/halina.yaml:1:19: error CX001 wejście nie jest poprawnym UTF-8: bajtu 0xF3")
    assert "nie jest poprawnym UTF-8" in err and "[yaml-syntax]" in err


def test_input_over_the_size_cap_is_refused_not_cut(ws: Path) -> None:
    huge = (MESSY_EN + "x-notatki: |\n" + "  Notatka ze spotkania w Poznaniu.\n" * 140_000).encode("utf-8")
    assert len(huge) > 4 * 1024 * 1024
    code, out, err = fmt(huge, "-")
    assert (code, out) == (1, b"")
    assert "4 MiB" in err and err.startswith("-:1:1: ")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("-", "personas/halina.yaml"), "cxkit: fmt reads one document from standard input ('-', or --stdin-filename) "
                                        "or files, not both"),
        (("--stdin-filename", "a.yaml", "personas"), "cxkit: fmt reads one document from standard input"),
        (("--stdin-filename", ""), "cxkit: --stdin-filename: the value is empty"),
        (("--stdin-filename", "personas"), "cxkit: --stdin-filename personas: names a folder"),
        (("--stdin-filename", "personas/"), "cxkit: --stdin-filename personas/: names a folder"),
    ],
)
def test_usage_errors_are_lints(ws: Path, args: tuple[str, ...], said: str) -> None:
    before = tree(ws)
    code, out, err = fmt(MESSY_PL, *args)
    assert (code, out) == (2, b"")
    assert err.startswith(said)
    assert tree(ws) == before


def test_a_real_process_reads_the_pipe_and_writes_the_document(ws: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cxkit", "fmt", "-", "--stdin-filename", "personas/halina.yaml"],
        input=MESSY_PL.encode("utf-8"), capture_output=True, cwd=ws, timeout=60,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, TIDY_PL.encode("utf-8"), b"")
    assert (ws / "personas" / "halina.yaml").read_text(encoding="utf-8") == MESSY_PL
