"""`cxkit lint -` with `--stdin-filename` (tester11 L9): an editor lints its unsaved buffer.

The document read from stdin is linted as if saved at --stdin-filename: that path is shown and
chooses the config, per-file-ignores and (with --only-documents) exclude; in a workspace the other
documents are read for the cross-file rules, with the buffer standing in for the file saved there.
Without --stdin-filename it is shown as `-`. The buffer's own results are never cached.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

ANNA = """kind: persona
id: anna-nowak
name: Anna Nowak
lang: pl
goals:
  - Ceni jakość
"""

NEGATIVE = """kind: negative-persona
id: janusz-okazja
name: Janusz Okazja
lang: pl
reasons:
  - Kupuje tylko na wyprzedażach poniżej kosztów
"""

JOURNEY = """kind: journey
id: anna-kupuje-rower
name: Anna kupuje rower
persona: anna-nowak
stages:
  - id: zakup
    name: Zakup
    emotion: 1
"""

CONFIG = """lang = "pl"
exclude = ["szkice"]

[per-file-ignores]
"personas/stare-*.yaml" = ["pseudo-profiling"]
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    monkeypatch.setenv("NO_COLOR", "1")
    for rel, text in {
        "cxkit.toml": CONFIG, "personas/anna.yaml": ANNA, "negative/janusz.yaml": NEGATIVE, "journeys/rower.yaml": JOURNEY,
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    return tmp_path


def lint(data: str | bytes, *args: str) -> tuple[int, str, str]:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    result = CliRunner().invoke(app, ["lint", *args], input=raw)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def found(data: str | bytes, *args: str) -> list[tuple[str, int, str]]:
    code, out, err = lint(data, "-f", "json", *args)
    assert code in (0, 1), err
    return [(f["path"], f["line"], f["code"]) for f in json.loads(out)]


def test_the_buffer_of_a_saved_file_gets_that_files_findings(ws: Path) -> None:
    on_disk = json.loads(CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "personas/anna.yaml"]).stdout)
    assert on_disk
    # Its own id is not a duplicate of the file it stands in for.
    assert found(ANNA, "-", "--stdin-filename", "personas/anna.yaml") == [(f["path"], f["line"], f["code"]) for f in on_disk]


def test_the_buffer_is_what_is_linted_not_the_file(ws: Path) -> None:
    edited = ANNA.replace("Ceni jakość", "Kupić rower gravel do 6000 zł przed majówką")
    codes = [c for _p, _l, c in found(edited, "--stdin-filename", "personas/anna.yaml")]
    assert "CX101" not in codes and "CX301" in codes


def test_cross_file_rules_see_the_workspace(ws: Path) -> None:
    assert "CX004" not in [c for _p, _l, c in found(JOURNEY, "-", "--stdin-filename", "journeys/rower.yaml")]
    typo = JOURNEY.replace("persona: anna-nowak", "persona: anna-nowakk").replace("anna-kupuje-rower", "anna-kupuje-hulajnoge")
    assert ("journeys/nowa.yaml", 4, "CX004") in found(typo, "-", "--stdin-filename", "journeys/nowa.yaml")
    # A new buffer with an id another file has: a duplicate, told at the buffer's path.
    assert ("journeys/kopia.yaml", 2, "CX003") in found(JOURNEY, "-", "--stdin-filename", "journeys/kopia.yaml")


def test_without_a_filename_it_is_shown_as_dash_and_linted_alone(ws: Path) -> None:
    paths = {p for p, _l, _c in found(JOURNEY, "-")}
    assert paths == {"-"}
    # Alone: a copy of a workspace file is no duplicate of it; since session 33 no cross-file rule runs
    # on it at all (test_stdin_alone_s33.py): a journey's persona is not called unknown.
    assert "CX003" not in {c for _p, _l, c in found(ANNA, "-")}
    assert "CX004" not in {c for _p, _l, c in found(JOURNEY, "-")}
    # Under the current folder's settings all the same.
    assert "CX301" in {c for _p, _l, c in found(ANNA, "-")}
    (ws / "cxkit.toml").write_text('ignore = ["CX3"]\n' + CONFIG, encoding="utf-8")
    assert "CX301" not in {c for _p, _l, c in found(ANNA, "-")}
    code, out, _err = lint(ANNA, "-")
    assert code == 1 and out.splitlines()[0].startswith("-:6:5: warning CX101 ")


def test_per_file_ignores_and_exclude_follow_the_filename(ws: Path) -> None:
    other = ANNA.replace("anna-nowak", "anna-stara")
    assert "CX101" in [c for _p, _l, c in found(other, "--stdin-filename", "personas/anna-stara.yaml")]
    assert "CX101" not in [c for _p, _l, c in found(other, "--stdin-filename", "personas/stare-anna.yaml")]
    # Named, an excluded file is checked; with --only-documents (a hook) it is not, as a scan would not.
    assert found(other, "--stdin-filename", "szkice/anna.yaml")
    code, out, _err = lint(other, "-f", "json", "--only-documents", "--stdin-filename", "szkice/anna.yaml")
    assert (code, out) == (0, "[]\n")
    code, out, _err = lint("site_name: Dokumentacja\n", "-f", "json", "--only-documents", "-")
    assert (code, out) == (0, "[]\n")


def test_the_config_is_the_one_of_the_filename(ws: Path, tmp_path: Path) -> None:
    (ws / "inny").mkdir()
    (ws / "inny" / "cxkit.toml").write_text('lang = "pl"\nignore = ["CX3"]\n', encoding="utf-8")
    assert "CX301" in [c for _p, _l, c in found(ANNA, "--stdin-filename", "personas/x.yaml")]
    assert "CX301" not in [c for _p, _l, c in found(ANNA, "--stdin-filename", "inny/x.yaml")]


def test_bad_bytes_get_the_located_finding_a_file_gets(ws: Path) -> None:
    broken = ANNA.encode("utf-8").replace("Nowak".encode(), b"Now\xe1k")
    (ws / "personas" / "zle.yaml").write_bytes(broken)
    as_file = json.loads(CliRunner().invoke(app, ["lint", "--no-cache", "-f", "json", "personas/zle.yaml"]).stdout)
    from_stdin = json.loads(lint(broken, "-f", "json", "-", "--stdin-filename", "personas/zle.yaml")[1])
    # The same finding, said of the input where the file's says "the file".
    assert from_stdin[0]["message"].startswith("the input is not valid UTF-8") and "the rest of the input" in from_stdin[0]["message"]
    said = [{**f, "message": f["message"].replace(" input", " file")} for f in from_stdin]
    assert said == as_file and from_stdin[0]["code"] == "CX001" and from_stdin[0]["line"] == 3


def test_the_buffer_is_not_cached(ws: Path) -> None:
    # (Session 33: the rest of the workspace is, as in a run on the files; test_stdin_cache_s33.py.)
    assert found(ANNA, "-", "--stdin-filename", "personas/anna.yaml", "--no-cache")
    assert not (ws / ".cxkit_cache").exists()
    assert found(ANNA, "-", "--stdin-filename", "personas/anna.yaml")
    entries = json.loads((ws / ".cxkit_cache" / "files-v1.json").read_text(encoding="utf-8"))
    assert sorted(e["p"] for e in entries.values()) == ["journeys/rower.yaml", "negative/janusz.yaml"]


def test_dash_with_other_paths_is_a_usage_error(ws: Path) -> None:
    code, out, err = lint(ANNA, "-", "personas/anna.yaml")
    assert (code, out) == (2, "")
    assert err.startswith("cxkit: lint reads one document from standard input ('-', or --stdin-filename) or files, not both")
    code, _out, err = lint(ANNA, "personas", "--stdin-filename", "personas/anna.yaml")
    assert code == 2 and "not both" in err
    code, _out, err = lint(ANNA, "-", "--stdin-filename=")
    assert code == 2 and err == "cxkit: --stdin-filename: the value is empty; give the path the document is saved under\n"


def test_text_quiet_and_output_file_work_on_stdin_too(ws: Path) -> None:
    code, out, _err = lint(ANNA, "-", "--stdin-filename", "personas/anna.yaml", "-q", "-o", "lint.txt")
    assert (code, out) == (1, "")
    text = (ws / "lint.txt").read_text(encoding="utf-8")
    assert text.startswith("personas/anna.yaml:2:1: warning CX301 ") and "Found" not in text
