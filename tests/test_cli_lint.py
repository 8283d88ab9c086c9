"""`cxkit lint`: what it scans, what it prints, how it exits, and the structural rules."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORE_RULES, JOURNEY_EN, JOURNEY_PL, PERSONA_EN, PERSONA_PL, position_of, run_cli

BROKEN_PERSONA = "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\nbehaviors:\n  - Biega 30 km tygodniowo\n"
WORKFLOW = "name: testy\non:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest\n"


def paths_and_rules(result) -> list[tuple[str, str]]:
    return [(f["path"], f["rule"]) for f in result.findings]


# --- a clean workspace ---------------------------------------------------------------------------


def test_clean_polish_workspace_exits_0_with_an_empty_array(workspace_pl, lint_json):
    result = lint_json()
    assert result.exit_code == 0, result.stdout
    assert result.findings == []
    assert result.stdout.strip() == "[]"


def test_clean_english_workspace(write, lint_json):
    write("personas/maya.yml", PERSONA_EN)
    write("journeys/maya.yml", JOURNEY_EN)
    result = lint_json()
    assert (result.exit_code, result.findings) == (0, [])


def test_text_output_says_all_checks_passed(workspace_pl, monkeypatch):
    monkeypatch.chdir(workspace_pl)
    result = run_cli("lint", "--select", CORE_RULES)
    assert result.exit_code == 0
    assert "All checks passed" in result.stdout
    assert "3 documents in 3 files" in result.stdout


def test_text_output_groups_findings_by_file_with_a_summary(workspace_pl, write, monkeypatch):
    write("personas/ola.yaml", BROKEN_PERSONA)
    write("journeys/ola.yaml", JOURNEY_PL.replace("id: tomek-kupuje-sluchawki", "id: ola-kupuje").replace(
        "persona: tomek-audiofil", "persona: ola-biegaczk"))
    monkeypatch.chdir(workspace_pl)
    result = run_cli("lint", "--format", "text", "--select", CORE_RULES)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert "journeys/ola.yaml:5:10: error CX004 persona 'ola-biegaczk' does not exist" in lines[0]
    assert lines[0].endswith("[unknown-persona]")
    assert lines[1] == ""
    assert lines[2].startswith("personas/ola.yaml:4:1: error CX002 [*] unknown field 'behaviors'")  # fmt --fix renames it
    assert lines[-2:] == ["Found 2 problems (2 errors) in 2 files; 5 documents checked.",
                          "[*] 1 of these can be fixed with `cxkit fmt --fix`."]


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_text_output_prints_positions_and_quoted_text_as_they_are(write, monkeypatch, tmp_path):
    # Line 100 once printed as `ola.yaml💯1` (an emoji code), and `\[` lost its backslash.
    goals = "".join(f"  - Biega {k} km w tygodniu przed pracą\n" for k in range(1, 95))
    write("personas/ola.yaml", "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\nlang: pl\ngoals:\n" + goals
          + "notatki\\[szkic] :smile:: do usunięcia\n")
    monkeypatch.chdir(tmp_path)
    [finding] = json.loads(run_cli("lint", "--format", "json", "--select", "schema").stdout)
    assert (finding["line"], finding["column"]) == (100, 1) and "notatki\\\\[szkic] :smile:" in finding["message"]
    plain = run_cli("lint", "--select", "schema")
    assert plain.exit_code == 1
    assert plain.stdout.splitlines()[0] == f"personas/ola.yaml:100:1: error CX002 {finding['message']} [schema]"
    # A terminal gets colours around exactly the same characters.
    monkeypatch.setenv("FORCE_COLOR", "1")
    styled = run_cli("lint", "--select", "schema")
    assert "\x1b[" in styled.stdout
    assert ANSI.sub("", styled.stdout) == plain.stdout


def _random_findings(rng, paths: list[str], rule: str, pieces: list[str], most: int) -> list:
    """Up to ``most`` sorted findings with messages made of awkward pieces (markup, escapes, wide and control characters)."""
    from cxkit.lint.finding import Finding, Severity

    return sorted(
        Finding(rng.choice(paths), rng.randint(1, 120), rng.randint(1, 9), "CX101", rule, Severity(rng.randint(1, 3)),
                "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))))
        for _ in range(rng.randint(0, most))
    )


def test_plain_text_output_is_what_the_styled_renderer_prints_without_colour():
    import io
    import random

    from cxkit.lint.formats import text

    pieces = ["ola", " ", "[", "]", "\\", "/", ":", "@", "#", "[bold]", "[/]", "\\[", ":smile:", "ż", "中", "💯",
              "\u200b", "\u0301", "\n", "\t", "\r", "\x1b[31m", "\x0c"]
    rng = random.Random(2026)
    rich_paths = 0
    for _ in range(600):
        findings = _random_findings(rng, ["personas/ola.yaml", "journeys/ola [szkic].yaml", "a\\b.yml"], "vague-trait", pieces, 3)
        fast = io.StringIO()
        text.render_text(findings, 4, 3, fast, color=False)
        styled = io.StringIO()
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(text, "is_plain", lambda stream, color: False)  # the rich renderer, asked for no colour
            text.render_text(findings, 4, 3, styled, color=False)
        assert fast.getvalue() == styled.getvalue(), findings
        rich_paths += text.plain_text(findings, 4, 3) is None
    assert 0 < rich_paths < 600  # both ways were taken


@pytest.mark.parametrize("terminal", [{"TERM": "xterm-256color"}, {"TERM": "xterm", "COLORTERM": "truecolor"},
                                      {"TERM": "xterm", "NO_COLOR": "1"}, {"TERM": "dumb"}], ids=str)
def test_styled_text_output_is_what_rich_prints_line_by_line(monkeypatch, terminal):
    import io
    import random

    from cxkit.lint.formats import text

    for name in ("TERM", "COLORTERM", "NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in terminal.items():
        monkeypatch.setenv(name, value)
    pieces = ["ola", " ", "[", "]", "\\", ":", "[bold]", "\\[", ":smile:", "ż", "中", "💯", "\u0301", "\n", "\t", "\x1b[31m",
              "\ue000", "\ue004"]
    rng = random.Random(7)
    laid_out = 0
    for _ in range(300):
        findings = _random_findings(
            rng, ["personas/ola.yaml", "journeys/ola [szkic].yaml", "a\nb.yml", "\ue003.yaml"], "pseudo-profiling", pieces, 4
        )
        fast = io.StringIO()
        text.render_text(findings, 4, 3, fast, color=True)
        slow = io.StringIO()
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(text, "_laid_out", lambda *args: None)  # rich, one print per line
            text.render_text(findings, 4, 3, slow, color=True)
        assert fast.getvalue() == slow.getvalue(), findings
        if findings and terminal.get("TERM") != "dumb":
            assert "\x1b[1m" in fast.getvalue()  # paths in bold
        laid_out += text.plain_text(findings, 4, 3) is not None and not any("\n" in f.path for f in findings)
    assert 0 < laid_out < 300  # both ways were taken


@pytest.mark.parametrize("force_color", [None, "", "1"])
@pytest.mark.parametrize("tty_compatible", [None, "0", "1"])
@pytest.mark.parametrize("terminal", [False, True])
@pytest.mark.parametrize("color", [None, False, True])
def test_plain_output_only_where_rich_would_print_no_styles(monkeypatch, force_color, tty_compatible, terminal, color):
    import io

    from rich.console import Console

    from cxkit.colour import color_system, terminal as force_terminal
    from cxkit.lint.formats.text import is_plain

    class Stream(io.StringIO):
        def isatty(self) -> bool:
            return terminal

    monkeypatch.delenv("TERM", raising=False)
    for name, value in (("FORCE_COLOR", force_color), ("TTY_COMPATIBLE", tty_compatible)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    stream = Stream()
    # The console as cxkit makes it (cxkit.colour: an empty FORCE_COLOR is as if unset, where rich alone
    # would take it for "not a terminal").
    console = Console(file=stream, force_terminal=force_terminal(stream, color), no_color=(color is False) or None,
                      color_system=color_system(color))
    styled = console.color_system is not None
    assert is_plain(stream, color) == (not styled)


# --- directory scan ---------------------------------------------------------------------------


def test_scan_finds_yaml_and_yml_recursively(write, lint_json):
    write("personas/biegacze/ola.yaml", BROKEN_PERSONA)
    write("personas/biegacze/daleko/gleboko/ola-2.yml", BROKEN_PERSONA.replace("ola-biegaczka", "ola-2"))
    write("personas/notatki.md", "kind: persona\n")
    write("personas/ola.json", '{"kind": "persona"}')
    result = lint_json()
    assert paths_and_rules(result) == [
        ("personas/biegacze/daleko/gleboko/ola-2.yml", "schema"),
        ("personas/biegacze/ola.yaml", "schema"),
    ]


def test_scan_skips_hidden_folders_and_files(write, lint_json):
    write(".szkice/ola.yaml", BROKEN_PERSONA)
    write("personas/.archiwum/ola.yaml", BROKEN_PERSONA)
    write("personas/.ola.yaml", BROKEN_PERSONA)
    write("personas/tomek.yaml", PERSONA_PL)
    result = lint_json()
    assert (result.exit_code, result.findings) == (0, [])


def test_scan_skips_yaml_that_is_not_a_cxkit_document(write, lint_json):
    write("personas/tomek.yaml", PERSONA_PL)
    write("ci/workflows/test.yml", WORKFLOW)
    write("docker-compose.yml", "services:\n  web:\n    image: nginx\n")
    write("dane/lista.yaml", "- jeden\n- dwa\n")
    write("dane/zepsuty-bez-kind.yaml", "services:\n  web: [a\n")
    write("dane/pusty.yaml", "")
    result = lint_json()
    assert (result.exit_code, result.findings) == (0, [])


def test_scan_reports_a_near_miss_kind(write, lint_json):
    text = "kind: persna\nid: ola-biegaczka\nname: Ola Nowak\n"
    write("personas/ola.yaml", text)
    [finding] = lint_json().findings
    assert (finding["rule"], finding["line"], finding["column"]) == ("schema", 1, 7)
    assert "did you mean 'persona'?" in finding["message"]


def test_scan_reports_broken_yaml_that_says_it_is_a_persona(write, lint_json):
    write("personas/ola.yaml", "kind: persona\nid: ola-biegaczka\n  name: Ola Nowak\n")
    write("personas/latin2.yaml", "kind: persona\nid: tomek\nname: Tomek Wiśniewski\n".encode("iso-8859-2"))
    write("personas/utf16.yaml", "kind: persona\nid: tomek\nname: Tomek\n".encode("utf-16-le"))
    result = lint_json()
    assert [(f["path"], f["rule"], f["line"]) for f in result.findings] == [
        ("personas/latin2.yaml", "yaml-syntax", 3),
        ("personas/ola.yaml", "yaml-syntax", 3),
        ("personas/utf16.yaml", "yaml-syntax", 1),
    ]


def _walked(paths: list[str], config) -> tuple[list[tuple[str, str, bool]], list[tuple[str, str]]]:
    """The scan spelled out with os.walk, as cxkit once did it: the reference for the faster one."""
    from cxkit.discovery import YAML_SUFFIXES, display_path, is_excluded

    def root_rel(path: str) -> str:
        try:
            return Path(os.path.abspath(path)).relative_to(config.root).as_posix()
        except ValueError:
            return display_path(path)

    rows: dict[str, tuple[str, str, bool]] = {}
    unreadable: list[tuple[str, str]] = []
    same: set[str] = set()  # one file reached by two paths is listed once

    def identity(path: str) -> str:
        return os.path.normcase(os.path.realpath(path))

    listed: dict[str, str] = {}  # real path -> the display it is listed under
    for given in paths:
        if not Path(given).is_dir():
            key, disp = identity(given), display_path(given)
            if key in listed and listed[key] != disp and not rows[listed[key]][2]:
                # Found by a scan under another name (a link): named, it is shown as named.
                rows = {(disp if d == listed[key] else d): ((str(Path(given)), disp, True) if d == listed[key] else r)
                        for d, r in rows.items()}
            elif key not in listed or disp in rows:
                rows[disp] = (str(Path(given)), disp, True)
            listed.setdefault(key, disp)
            if listed[key] != disp and rows.get(disp, (None, None, False))[2]:
                listed[key] = disp
            same.add(key)
            continue
        base = display_path(given)
        found = []
        for dirpath, dirnames, filenames in os.walk(Path(given), onerror=lambda e: unreadable.append(
                (display_path(e.filename), f"cannot read directory: {e.strerror}"))):
            rel_dir = os.path.relpath(dirpath, given).replace(os.sep, "/")
            rel_dir = "" if rel_dir == "." else rel_dir + "/"
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                                 and not is_excluded(root_rel(os.path.join(dirpath, d)), config.exclude))
            for name in filenames:
                full = os.path.join(dirpath, name)
                if name.endswith(YAML_SUFFIXES) and not name.startswith(".") and not is_excluded(root_rel(full), config.exclude):
                    found.append((str(Path(full)), display_path(full if base != "." else rel_dir + name), False))
        # Of one file's names in a scan, its own (not a link's) is kept, else the first sorted.
        chosen: dict[str, str] = {}
        for row in sorted(found, key=lambda r: (os.path.islink(r[0]), r[1])):
            chosen.setdefault(identity(row[0]), row[1])
        for row in sorted(found, key=lambda r: r[1]):
            key = identity(row[0])
            if key is not None and (key in same or chosen[key] != row[1]):
                continue
            same.add(key)
            listed.setdefault(key, row[1])
            rows.setdefault(row[1], row)
    return list(rows.values()), unreadable


def test_scan_finds_what_a_plain_os_walk_finds(write, tmp_path, monkeypatch):
    from cxkit.config import Config
    from cxkit.discovery import discover

    for name in ("personas/ola.yaml", "personas/ewa.yml", "personas/notatki.md", "personas/.ukryta.yaml",
                 ".szkice/ola.yaml", "journeys/2026/q4/zakup.yaml", "journeys/szkice/stary.yaml",
                 "archiwum/stare/ola.yaml", "zespół/żaneta.yaml", "zamknięty/ola.yaml", "ola.yaml"):
        write(name, BROKEN_PERSONA)
    (tmp_path / "folder.yaml").mkdir()
    (tmp_path / "skrót").symlink_to(tmp_path / "personas", target_is_directory=True)
    (tmp_path / "journeys" / "link.yaml").symlink_to(tmp_path / "personas" / "ola.yaml")
    (tmp_path / "journeys" / "zerwany.yaml").symlink_to(tmp_path / "nie-ma.yaml")
    monkeypatch.chdir(tmp_path)
    scandir = os.scandir

    def refuse(path):
        if str(path).endswith(("zamknięty", "q4")):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)  # os.walk reads folders through it too
    for exclude in ([], ["szkice", "/archiwum", "journeys/2026/*"]):
        config = Config(root=tmp_path, exclude=exclude)
        for paths in (["."], ["./"], ["journeys", "personas/ola.yaml", "."], [str(tmp_path)], ["zespół", "skrót"]):
            targets, unreadable = discover(paths, config)
            expected_rows, expected_unreadable = _walked(paths, config)
            assert [(str(t.fs_path), t.display, t.explicit) for t in targets] == expected_rows, (paths, exclude)
            assert unreadable == expected_unreadable, (paths, exclude)
    assert discover(["."], Config(root=tmp_path))[1] == [
        ("journeys/2026/q4", "cannot read directory: Permission denied"),
        ("zamknięty", "cannot read directory: Permission denied"),
    ]


@pytest.mark.parametrize("order", ["file-first", "folder-first"])
def test_a_named_file_is_always_checked(write, lint_json, order):
    write("ci/workflows/test.yml", WORKFLOW)
    args = ["ci/workflows/test.yml", "ci"] if order == "file-first" else ["ci", "./ci/workflows/test.yml"]
    result = lint_json(*args)
    [finding] = result.findings
    assert (finding["path"], finding["rule"], finding["line"], finding["column"]) == ("ci/workflows/test.yml", "schema", 1, 1)
    assert "missing `kind`" in finding["message"]


def test_a_file_named_twice_is_checked_once(write, lint_json):
    write("personas/ola.yaml", BROKEN_PERSONA)
    result = lint_json("personas", "personas/ola.yaml", "./personas/ola.yaml")
    assert paths_and_rules(result) == [("personas/ola.yaml", "schema")]


def test_a_named_file_with_any_extension_is_checked(write, lint_json):
    write("ola.txt", BROKEN_PERSONA)
    assert paths_and_rules(lint_json("ola.txt")) == [("ola.txt", "schema")]


def test_symlink_loop_in_a_scan_does_not_hang(write, tmp_path, lint_json):
    write("personas/tomek.yaml", PERSONA_PL)
    os.symlink(tmp_path / "personas", tmp_path / "personas" / "petla")
    os.symlink(tmp_path, tmp_path / "personas" / "do-gory")
    start = time.perf_counter()
    result = lint_json()
    assert time.perf_counter() - start < 10  # a scan that loops or blocks never ends; the first lint of a worker imports every rule
    assert (result.exit_code, result.findings) == (0, [])


def test_looping_and_dangling_file_links_are_read_errors_and_the_rest_is_linted(write, tmp_path, lint_json):
    write("personas/ola.yaml", BROKEN_PERSONA)
    os.symlink("petla.yaml", tmp_path / "personas" / "petla.yaml")
    os.symlink("nie-ma-mnie.yaml", tmp_path / "personas" / "duch.yaml")
    result = lint_json()
    assert result.exit_code == 1
    assert [(f["path"], f["rule"], f["code"], f["line"], f["column"]) for f in result.findings] == [
        ("personas/duch.yaml", "read-error", "CX000", 1, 1),
        ("personas/ola.yaml", "schema", "CX002", 4, 1),
        ("personas/petla.yaml", "read-error", "CX000", 1, 1),
    ]
    assert "cannot read the file" in result.findings[0]["message"]


def test_unreadable_file_is_a_read_error_and_the_rest_is_linted(write, tmp_path, lint_json, monkeypatch):
    secret = write("personas/tajna.yaml", PERSONA_PL.replace("tomek-audiofil", "tajna"))
    write("personas/ola.yaml", BROKEN_PERSONA)
    secret.chmod(0)
    try:
        if os.access(secret, os.R_OK):
            # Root reads a file with mode 000 (as CI does): the system refuses it here instead.
            # A document's bytes are read through a bare file descriptor (discovery.read_target).
            real_open = os.open

            def refusing_open(file, *args, **kwargs):
                if os.path.basename(os.fspath(file)) == "tajna.yaml":
                    raise PermissionError(13, "Permission denied", os.fspath(file))
                return real_open(file, *args, **kwargs)

            monkeypatch.setattr(os, "open", refusing_open)
        result = lint_json()
    finally:
        secret.chmod(0o644)
    assert result.exit_code == 1
    assert paths_and_rules(result) == [("personas/ola.yaml", "schema"), ("personas/tajna.yaml", "read-error")]
    assert "Permission denied" in result.findings[1]["message"]


def test_named_fifo_in_a_scan_is_skipped(write, tmp_path, lint_json):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    write("personas/tomek.yaml", PERSONA_PL)
    os.mkfifo(tmp_path / "personas" / "potok.yaml")
    start = time.perf_counter()
    result = lint_json()
    assert time.perf_counter() - start < 10  # a read that blocks on the FIFO never ends
    assert (result.exit_code, result.findings) == (0, [])


def test_named_fifo_given_explicitly_is_a_read_error_not_a_hang(tmp_path, lint_json):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    os.mkfifo(tmp_path / "potok.yaml")
    start = time.perf_counter()
    result = lint_json("potok.yaml")
    assert time.perf_counter() - start < 10  # a read that blocks on the FIFO never ends
    assert result.exit_code == 1
    [finding] = result.findings
    assert (finding["rule"], finding["line"], finding["column"]) == ("read-error", 1, 1)
    assert "not a regular file" in finding["message"]


# --- JSON output shape -------------------------------------------------------------------------

#: docs/machine-output.md's keys of a finding, in its order (end, document and data_path since 1d0c621).
KEYS = ["path", "line", "column", "end_line", "end_column", "code", "rule", "severity", "message", "document",
        "data_path", "fixable"]


@pytest.mark.parametrize("given", ["./examples-like/dir", "examples-like/dir", "./examples-like/dir/", "examples-like//dir"])
def test_json_findings_have_exactly_the_documented_keys_and_paths_as_given(write, lint_json, given):
    write("examples-like/dir/personas/ola.yaml", BROKEN_PERSONA)
    write("examples-like/dir/journeys/ola.yaml", JOURNEY_EN.replace("maya-runner", "ola-biegaczk"))
    result = lint_json(given)
    assert isinstance(result.findings, list) and len(result.findings) == 2
    for finding in result.findings:
        assert list(finding) == KEYS
        assert finding["path"].startswith("examples-like/dir/")
        assert "//" not in finding["path"] and "\\" not in finding["path"]
        assert isinstance(finding["line"], int) and finding["line"] >= 1
        assert isinstance(finding["column"], int) and finding["column"] >= 1
        assert (finding["end_line"], finding["end_column"]) > (finding["line"], finding["column"])
        assert re.fullmatch(r"CX\d{3}", finding["code"])
        assert finding["severity"] in ("error", "warning", "info")
        assert finding["message"]
    journey, persona = result.findings
    assert (journey["path"], journey["line"], journey["column"], journey["code"], journey["rule"]) == (
        "examples-like/dir/journeys/ola.yaml", 5, 10, "CX004", "unknown-persona")
    # `persona: ola-biegaczk` ends just after the slug; the unknown key `behaviors` just after its name
    assert (journey["end_line"], journey["end_column"], journey["document"], journey["data_path"]) == (
        5, 22, "maya-replaces-shoes", "persona")
    assert (persona["path"], persona["line"], persona["column"], persona["code"], persona["rule"]) == (
        "examples-like/dir/personas/ola.yaml", 4, 1, "CX002", "schema")
    assert (persona["end_line"], persona["end_column"], persona["document"], persona["data_path"]) == (
        4, 10, "ola-biegaczka", "behaviors")


def test_json_paths_for_named_files_and_the_current_folder(write, tmp_path, lint_json, monkeypatch):
    write("personas/ola.yaml", BROKEN_PERSONA)
    assert lint_json("./personas/ola.yaml").findings[0]["path"] == "personas/ola.yaml"
    assert lint_json(".").findings[0]["path"] == "personas/ola.yaml"
    assert lint_json("./").findings[0]["path"] == "personas/ola.yaml"
    absolute = str(tmp_path / "personas" / "ola.yaml")
    assert lint_json(absolute).findings[0]["path"] == absolute
    monkeypatch.chdir(tmp_path / "personas")
    assert lint_json("../personas").findings[0]["path"] == "../personas/ola.yaml"


def test_json_keeps_polish_text_readable(write, lint_json):
    write("journeys/j.yaml", JOURNEY_PL.replace("persona: tomek-audiofil", "persona: żaneta"))
    result = lint_json()
    assert "żaneta" in result.stdout  # not \u017c
    assert result.findings[0]["message"].startswith("'persona' must be a slug")


# --- exit codes ----------------------------------------------------------------------------------


@pytest.fixture
def one_info(write) -> None:
    """A clean workspace whose only finding is an info (an unused suppression)."""
    write("personas/tomek.yaml", PERSONA_PL.replace("name: Tomek Wiśniewski", "name: Tomek Wiśniewski  # cxkit: disable=schema"))


def test_info_never_fails_by_default(one_info, lint_json):
    result = lint_json()
    assert [f["severity"] for f in result.findings] == ["info"]
    assert result.exit_code == 0


@pytest.mark.parametrize(("level", "code"), [("info", 1), ("warning", 0), ("error", 0), ("never", 0)])
def test_fail_level_with_an_info_finding(one_info, lint_json, level, code):
    assert lint_json("--fail-level", level).exit_code == code


@pytest.fixture
def one_warning(write) -> None:
    write("cxkit.toml", '[rules.schema]\nseverity = "warning"\n')
    write("personas/ola.yaml", BROKEN_PERSONA)


@pytest.mark.parametrize(("level", "code"), [(None, 1), ("info", 1), ("warning", 1), ("error", 0), ("never", 0)])
def test_fail_level_with_a_warning(one_warning, lint_json, level, code):
    args = ["--fail-level", level] if level else []
    assert lint_json(*args).exit_code == code


@pytest.mark.parametrize(("level", "code"), [(None, 1), ("error", 1), ("never", 0)])
def test_fail_level_with_an_error(write, lint_json, level, code):
    write("personas/ola.yaml", BROKEN_PERSONA)
    args = ["--fail-level", level] if level else []
    assert lint_json(*args).exit_code == code


def test_exit_zero_reports_but_passes(write, lint_json):
    write("personas/ola.yaml", BROKEN_PERSONA)
    result = lint_json("--exit-zero")
    assert result.exit_code == 0
    assert paths_and_rules(result) == [("personas/ola.yaml", "schema")]


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["lint", "nie-ma-takiego-folderu"], ["nie-ma-takiego-folderu: no such file or directory"]),
        (["lint", "--format", "xml", "."], ["--format", "xml"]),
        (["lint", "--fail-level", "sometimes", "."], ["--fail-level", "sometimes"]),
        (["lint", "--select", "schem", "."], ["unknown rule 'schem'", "did you mean 'schema'?"]),
        (["lint", "--select", "duplicate-ids", "."], ["unknown rule 'duplicate-ids'", "did you mean 'duplicate-id'?"]),
        (["lint", "--ignore", "CX9", "."], ["unknown rule 'CX9'"]),
        (["lint", "--no-such-option"], ["no-such-option"]),
    ],
)
def test_usage_errors_exit_2(workspace_pl, monkeypatch, args, fragments):
    monkeypatch.chdir(workspace_pl)
    result = run_cli(*args)
    assert result.exception is None
    assert result.exit_code == 2
    assert result.stdout == ""
    for fragment in fragments:
        assert fragment in result.stderr


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["--select", ""], "--select"),  # a CI script's --select "$UNSET"
        (["--select", ","], "--select"),
        (["--select", " , "], "--select"),
        (["--select", "schema", "--select", ""], "--select"),
        (["--ignore", ""], "--ignore"),
        (["--extend-select", ","], "--extend-select"),
    ],
)
def test_an_empty_rule_list_is_a_usage_error_not_every_rule(workspace_pl, write, monkeypatch, args, option):
    write("personas/ola.yaml", BROKEN_PERSONA)
    monkeypatch.chdir(workspace_pl)
    result = run_cli("lint", "--format", "json", "--no-cache", *args, ".")
    assert result.exception is None
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"cxkit: {option} is empty; give one or more rules (names or codes, comma-separated, e.g. schema,CX4), "
        f"or leave {option} out\n"
    )


def test_an_empty_item_between_rule_names_is_skipped(write, lint_json):
    write("personas/ola.yaml", BROKEN_PERSONA)
    result = lint_json("--select", "schema,,CX004,", select=None)
    assert result.exit_code == 1
    assert paths_and_rules(result) == [("personas/ola.yaml", "schema")]


def test_internal_error_exits_2_without_a_traceback(workspace_pl, monkeypatch):
    from cxkit.lint import engine

    def explode(*args, **kwargs):
        raise RuntimeError("dysk się rozsypał")

    monkeypatch.setattr(engine, "check_target", explode)
    monkeypatch.chdir(workspace_pl)
    result = run_cli("lint", "--format", "json")
    assert result.exception is None
    assert result.exit_code == 2
    assert "internal error: RuntimeError: dysk się rozsypał" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


# --- structural rules, firing and quiet -----------------------------------------------------------


def test_duplicate_id_across_kinds_reports_both_copies_each_naming_the_other(workspace_pl, write, lint_json):
    copy = JOURNEY_EN.replace("id: maya-replaces-shoes", "id: tomek-audiofil").replace("maya-runner", "tomek-audiofil")
    write("stare/kopia.yaml", copy)
    result = lint_json()
    original = (workspace_pl / "personas" / "tomek.yaml").read_text(encoding="utf-8")
    assert [(f["path"], f["rule"], f["code"], f["line"], f["column"]) for f in result.findings] == [
        ("personas/tomek.yaml", "duplicate-id", "CX003", *position_of(original, "tomek-audiofil")),
        ("stare/kopia.yaml", "duplicate-id", "CX003", *position_of(copy, "tomek-audiofil")),
    ]
    assert "id 'tomek-audiofil' is also used by stare/kopia.yaml:2;" in result.findings[0]["message"]
    assert "id 'tomek-audiofil' is also used by personas/tomek.yaml:2;" in result.findings[1]["message"]


def test_duplicate_id_reports_every_copy(write, lint_json):
    for name in ("a", "b", "c"):
        write(f"personas/{name}.yaml", PERSONA_EN)
    result = lint_json()
    assert paths_and_rules(result) == [(f"personas/{n}.yaml", "duplicate-id") for n in "abc"]
    assert [f["message"].split(";")[0] for f in result.findings] == [
        "id 'maya-runner' is also used by personas/b.yaml:2, personas/c.yaml:2",
        "id 'maya-runner' is also used by personas/a.yaml:2, personas/c.yaml:2",
        "id 'maya-runner' is also used by personas/a.yaml:2, personas/b.yaml:2",
    ]


def test_duplicate_id_names_three_other_copies_and_counts_the_rest(write, lint_json):
    for name in "abcdef":
        write(f"personas/{name}.yaml", PERSONA_EN)
    result = lint_json()
    assert len(result.findings) == 6
    assert result.findings[0]["message"].startswith(
        "id 'maya-runner' is also used by personas/b.yaml:2, personas/c.yaml:2, personas/d.yaml:2 and 2 other documents;"
    )


def test_duplicate_id_quiet_when_ids_are_unique(workspace_pl, write, lint_json):
    write("personas/maya.yaml", PERSONA_EN)
    assert lint_json("--select", "duplicate-id", select=None).findings == []


def test_unknown_persona_suggests_the_closest_id(workspace_pl, write, lint_json):
    write("journeys/tomek-kupuje.yaml", JOURNEY_PL.replace("persona: tomek-audiofil", "persona: tomek-audiofl"))
    [finding] = lint_json().findings
    assert (finding["rule"], finding["code"], finding["line"], finding["column"]) == ("unknown-persona", "CX004", 5, 10)
    assert finding["message"] == "persona 'tomek-audiofl' does not exist in the workspace; did you mean 'tomek-audiofil' (Tomek Wiśniewski)?"


def test_unknown_persona_pointing_at_a_journey(workspace_pl, write, lint_json):
    write("journeys/maya.yaml", JOURNEY_EN.replace("persona: maya-runner", "persona: tomek-kupuje-sluchawki"))
    [finding] = lint_json().findings
    assert finding["rule"] == "unknown-persona"
    assert "persona 'tomek-kupuje-sluchawki' is a journey (journeys/tomek-kupuje.yaml), not a persona" in finding["message"]


def test_unknown_persona_when_no_personas_were_checked(write, lint_json):
    write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    [finding] = lint_json().findings
    assert "no personas were found in the checked paths" in finding["message"]


def test_unknown_persona_quiet_when_it_resolves(workspace_pl, lint_json):
    assert lint_json("--select", "unknown-persona", select=None).findings == []


def test_yaml_syntax_fires_at_the_parser_position(write, lint_json):
    write("personas/ola.yaml", "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\ngoals:\n  - Półmaraton poniżej 2 h\n - Nowe buty\n")
    [finding] = lint_json().findings
    assert (finding["rule"], finding["code"], finding["severity"]) == ("yaml-syntax", "CX001", "error")
    assert (finding["line"], finding["column"]) == (6, 2)


def test_broken_file_is_not_also_a_schema_finding(write, lint_json):
    write("personas/ola.yaml", "kind: persona\nid: ola\nid: ola-2\nname: Ola\n")
    result = lint_json()
    assert [(f["rule"], f["line"]) for f in result.findings] == [("yaml-syntax", 3)]


def test_schema_rule_can_be_ignored_and_syntax_still_reported(write, lint_json):
    write("personas/ola.yaml", BROKEN_PERSONA)
    write("personas/zepsuta.yaml", "kind: persona\nname: 'Ola\n")
    result = lint_json("--ignore", "schema")
    assert paths_and_rules(result) == [("personas/zepsuta.yaml", "yaml-syntax")]


# --- suppression comments ------------------------------------------------------------------------


def test_suppression_at_the_end_of_the_line(write, lint_json):
    write("personas/ola.yaml", BROKEN_PERSONA.replace("behaviors:\n", "behaviors:  # cxkit: disable=schema\n"))
    assert lint_json().findings == []


def test_suppression_by_code(write, lint_json):
    write("personas/ola.yaml", BROKEN_PERSONA.replace("behaviors:\n", "behaviors:  # cxkit: disable=CX002\n"))
    assert lint_json().findings == []


def test_suppression_on_the_line_before(write, lint_json):
    write("personas/ola.yaml", BROKEN_PERSONA.replace("behaviors:\n", "# stara nazwa pola, zostaje do migracji\n# cxkit: disable=schema\nbehaviors:\n"))
    assert lint_json().findings == []


def test_suppression_only_covers_its_own_line(write, lint_json):
    text = "kind: persona\nid: ola-biegaczka  # cxkit: disable=schema\nname: Ola Nowak\nbehaviors:\n  - Biega\n"
    write("personas/ola.yaml", text)
    result = lint_json()
    assert [(f["rule"], f["line"]) for f in result.findings] == [("unused-suppression", 2), ("schema", 4)]


def test_suppression_of_another_rule_does_not_hide_the_finding(write, lint_json):
    write("personas/ola.yaml", BROKEN_PERSONA.replace("behaviors:\n", "behaviors:  # cxkit: disable=duplicate-id\n"))
    result = lint_json()
    assert [(f["rule"], f["severity"]) for f in result.findings] == [("schema", "error"), ("unused-suppression", "info")]


def test_disable_file(write, lint_json):
    write("personas/ola.yaml", "# cxkit: disable-file=schema\n" + BROKEN_PERSONA + "qoute: Biegam, bo lubię\n")
    assert lint_json().findings == []


def test_disable_file_for_a_workspace_rule(write, lint_json):
    write("journeys/ola.yaml", "# cxkit: disable-file=unknown-persona\n" + JOURNEY_EN.replace("maya-runner", "ola-biegaczka"))
    assert lint_json().findings == []


def test_unused_suppression_is_an_info(write, lint_json):
    text = PERSONA_EN.replace("name: Maya Patel", "name: Maya Patel  # cxkit: disable=schema")
    write("personas/maya.yaml", text)
    [finding] = lint_json().findings
    assert (finding["rule"], finding["code"], finding["severity"]) == ("unused-suppression", "CX005", "info")
    assert finding["line"] == position_of(text, "# cxkit")[0]
    assert "suppresses nothing" in finding["message"]


def test_unused_disable_file_is_reported(write, lint_json):
    write("personas/maya.yaml", "# cxkit: disable-file=schema\n" + PERSONA_EN)
    [finding] = lint_json().findings
    assert (finding["rule"], finding["line"]) == ("unused-suppression", 1)
    assert "'disable-file=schema' suppresses nothing" in finding["message"]


def test_suppression_naming_an_unknown_rule(write, lint_json):
    text = BROKEN_PERSONA.replace("behaviors:\n", "behaviors:  # cxkit: disable=schemat\n")
    write("personas/ola.yaml", text)
    result = lint_json()
    assert [(f["rule"], f["line"]) for f in result.findings] == [("schema", 4), ("unused-suppression", 4)]
    assert "unknown rule 'schemat'" in result.findings[1]["message"]


def test_unused_suppressions_can_be_ignored(write, lint_json):
    write("personas/maya.yaml", PERSONA_EN.replace("name: Maya Patel", "name: Maya Patel  # cxkit: disable=schema"))
    assert lint_json("--ignore", "unused-suppression").findings == []


def test_suppression_comments_work_in_crlf_files(write, lint_json):
    text = BROKEN_PERSONA.replace("behaviors:\n", "behaviors:  # cxkit: disable=schema\n")
    write("personas/ola.yaml", text.replace("\n", "\r\n").encode())
    assert lint_json().findings == []


def test_every_core_rule_is_reported_with_its_code_and_name(write, lint_json):
    write("personas/ola.yaml", BROKEN_PERSONA)
    write("personas/ola-kopia.yaml", PERSONA_EN.replace("maya-runner", "ola-biegaczka").replace("name: Maya Patel", "name: Maya  # cxkit: disable=schema"))
    write("personas/zepsuta.yaml", "kind: persona\nid: x\n  name: y\n")
    write("journeys/ola.yaml", JOURNEY_EN.replace("maya-runner", "ola-biegaczk"))
    result = lint_json()
    assert {(f["code"], f["rule"]) for f in result.findings} == {
        ("CX001", "yaml-syntax"), ("CX002", "schema"), ("CX003", "duplicate-id"),
        ("CX004", "unknown-persona"), ("CX005", "unused-suppression"),
    }


def test_a_folder_without_documents_passes_but_says_so(tmp_path, lint_json):
    (tmp_path / "ci.yml").write_text("on: [push]\njobs: {}\n", encoding="utf-8")
    result = lint_json(".")
    assert (result.exit_code, result.findings) == (0, [])
    assert "no cxkit documents found" in result.stderr


# --- named files are checked against their workspace ------------------------------------------

_JOURNEY_OF_OLA = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty
persona: ola-biegaczka
reviewed: 2026-10-02
stages:
  - id: awareness
    name: Świadomość
    emotion: 1
    touchpoints: [web]
"""


def _ola_workspace(write) -> None:
    write("personas/ola.yaml", "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\n")
    write("journeys/ola-kupuje-buty.yaml", _JOURNEY_OF_OLA)
    write("journeys/zepsuta.yaml", "kind: journey\nid: zepsuta\nname: Zepsuta\npersona: nikt\nstages: []\n")


def test_a_named_journey_finds_its_persona_in_the_configured_workspace(write, tmp_path, lint_json):
    _ola_workspace(write)
    write("cxkit.toml", "")
    result = lint_json("journeys/ola-kupuje-buty.yaml")
    # The persona is known from the workspace, and the broken sibling is not reported: it was not named.
    assert (result.exit_code, result.findings) == (0, [])
    second = lint_json("journeys/ola-kupuje-buty.yaml")
    assert (second.exit_code, second.findings) == (0, [])


def test_configured_paths_are_the_context_of_named_files(write, tmp_path, lint_json):
    _ola_workspace(write)
    write("cxkit.toml", 'paths = ["journeys"]\n')  # the persona folder is outside the workspace
    result = lint_json("journeys/ola-kupuje-buty.yaml", "--no-cache")
    assert [(f["path"], f["rule"]) for f in result.findings] == [("journeys/ola-kupuje-buty.yaml", "unknown-persona")]


_OLA_COPY = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
goals:
  - Przebiec półmaraton w Poznaniu w październiku poniżej 2 godzin
behaviours:
  - Biega 4 razy w tygodniu z zegarkiem Garmin Forerunner 255
pain_points:
  - Po 15 km bolą ją kolana w butach z Decathlonu
"""


def test_a_named_copy_of_a_duplicate_id_is_reported_as_in_a_folder_scan(write, tmp_path, lint_json):
    # Whichever copy is named alone (a pre-commit hook given the file just copied), it fails as in a scan.
    write("personas/ola-2.yaml", _OLA_COPY)
    write("personas/ola.yaml", _OLA_COPY)
    write("cxkit.toml", "")
    rules = "duplicate-id,similar-personas"
    scan = lint_json(".", "--no-cache", select=rules)
    named = lint_json("personas/ola.yaml", "--no-cache", select=rules)
    assert [(f["path"], f["line"], f["column"], f["rule"]) for f in scan.findings] == [
        ("personas/ola-2.yaml", 2, 5, "duplicate-id"),
        ("personas/ola.yaml", 2, 5, "duplicate-id"),
    ]  # no similar-personas for one id in two files: duplicate-id reports them (tester8 L4)
    assert [(f["path"], f["line"], f["column"], f["rule"]) for f in named.findings] == [
        ("personas/ola.yaml", 2, 5, "duplicate-id"),
    ]
    assert named.exit_code == 1
    assert "also used by personas/ola-2.yaml:2" in named.findings[0]["message"]
    first = lint_json("personas/ola-2.yaml", "--no-cache", select=rules)
    assert first.exit_code == 1
    assert [(f["path"], f["rule"]) for f in first.findings] == [("personas/ola-2.yaml", "duplicate-id")]
    assert "also used by personas/ola.yaml:2" in first.findings[0]["message"]


def test_the_first_persona_named_from_inside_its_folder_gets_the_missing_negative_persona(write, tmp_path, monkeypatch):
    write("personas/ala.yaml", _OLA_COPY.replace("id: ola-biegaczka", "id: ala-plywaczka"))
    write("personas/ola.yaml", _OLA_COPY)
    write("cxkit.toml", "")
    monkeypatch.chdir(tmp_path / "personas")
    # Named from personas/, the context shows as ../personas/ola.yaml: ala.yaml is still the first persona.
    result = run_cli("lint", "--format", "json", "--select", "missing-negative-persona", "--no-cache", "ala.yaml")
    assert result.exception is None and result.exit_code == 1, result.stderr
    assert [(f["path"], f["line"], f["column"]) for f in json.loads(result.stdout)] == [("ala.yaml", 2, 5)]
    result = run_cli("lint", "--format", "json", "--select", "missing-negative-persona", "--no-cache", "ola.yaml")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


def test_without_a_config_a_named_file_stands_alone_and_the_message_says_what_to_do(write, tmp_path, lint_json):
    _ola_workspace(write)
    result = lint_json("journeys/ola-kupuje-buty.yaml", "--no-cache")
    [finding] = result.findings
    assert finding["rule"] == "unknown-persona" and "add a cxkit.toml" in finding["message"]


def test_a_context_file_in_the_folder_cxkit_runs_in_is_named_as_from_there(write, tmp_path, monkeypatch):
    # Walked from the config's folder, a context file was shown as ../../personas/pl/ola.yaml.
    write("personas/pl/ola.yaml", _OLA_COPY)
    write("personas/pl/ola-2.yaml", _OLA_COPY.replace("name: Ola Nowak", "name: Ola Kowalska"))
    write("journeys/j.yaml", "kind: journey\nid: j\nname: J\npersona: ola-biegaczk\nstages: []\n")
    write("cxkit.toml", "")
    monkeypatch.chdir(tmp_path / "personas" / "pl")
    result = run_cli("lint", "--format", "json", "--select", "duplicate-id", "--no-cache", "ola.yaml")
    [finding] = json.loads(result.stdout)
    assert finding["path"] == "ola.yaml"
    assert "also used by ola-2.yaml:2;" in finding["message"], finding["message"]
    monkeypatch.chdir(tmp_path / "personas")
    result = run_cli("lint", "--format", "json", "--select", "duplicate-id", "--no-cache", "pl/ola.yaml")
    assert "also used by pl/ola-2.yaml:2;" in json.loads(result.stdout)[0]["message"]
    # A context file outside the folder keeps its way there.
    monkeypatch.chdir(tmp_path / "journeys")
    result = run_cli("lint", "--format", "json", "--select", "unknown-persona", "--no-cache", "j.yaml")
    assert "did you mean 'ola-biegaczka' (Ola Kowalska)?" in json.loads(result.stdout)[0]["message"]


def test_a_workspace_finding_skips_a_persona_whose_folder_per_file_ignores_skip(write, tmp_path, monkeypatch):
    # The archive sorts first; its personas are still part of the workspace, but not shown findings.
    write("personas/archive/ala.yaml", _OLA_COPY.replace("id: ola-biegaczka", "id: ala-plywaczka"))
    write("personas/ola.yaml", _OLA_COPY)
    write("cxkit.toml", '[per-file-ignores]\n"personas/archive" = ["ALL"]\n')
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--format", "json", "--select", "missing-negative-persona", "--no-cache")
    found = json.loads(result.stdout)
    assert [(f["path"], f["rule"]) for f in found] == [("personas/ola.yaml", "missing-negative-persona")]
    assert "has 2 personas but" in found[0]["message"] and result.exit_code == 1
    # Skipped everywhere, it is skipped.
    write("cxkit.toml", '[per-file-ignores]\n"personas" = ["missing-negative-persona"]\n')
    result = run_cli("lint", "--format", "json", "--select", "missing-negative-persona", "--no-cache")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


def test_a_workspace_finding_skips_a_persona_with_a_disable_file_comment(write, tmp_path, monkeypatch):
    # A draft switched off with disable-file=all must not take the workspace's finding with it.
    write("personas/live/b.yaml", "# cxkit: disable-file=all\n" + _OLA_COPY.replace("id: ola-biegaczka", "id: b-draft"))
    write("personas/live/c.yaml", _OLA_COPY)
    write("cxkit.toml", "")
    monkeypatch.chdir(tmp_path)
    rules = "missing-negative-persona,unused-suppression"
    result = run_cli("lint", "--format", "json", "--select", rules, "--no-cache")
    found = [(f["path"], f["rule"]) for f in json.loads(result.stdout)]
    # b.yaml's comment is not unused: it steered the finding to c.yaml (without it, the finding
    # lands on b.yaml, the first persona by path).
    assert found == [("personas/live/c.yaml", "missing-negative-persona")], result.stdout


@pytest.mark.parametrize(
    ("args", "choices"),
    [
        (("lint", "-f", "xml"), "'text', 'json', 'sarif', 'github', 'gitlab', 'junit'"),
        (("render", "persony", "--format", "xml"), "'terminal', 'markdown', 'md', 'markdown-plain', 'md-plain', 'html', 'mermaid', 'mmd', 'json', 'svg', 'csv'"),
        (("diff", "a.yaml", "b.yaml", "-f", "xml"), "'text', 'json', 'markdown', 'md', 'html'"),
        (("review", "-f", "xml"), "'text', 'markdown', 'md', 'json', 'html'"),
        (("rules", "-f", "xml"), "'text', 'markdown', 'md', 'json'"),
    ],
)
def test_an_unknown_choice_is_a_usage_error_in_plain_words(args, choices, tmp_path, monkeypatch):
    # typer's validator says "Value error, 'xml' is not one of ..."; the user typed no Python.
    monkeypatch.chdir(tmp_path)
    result = run_cli(*args)
    assert result.exit_code == 2 and result.exception is None
    option = "'--format' / '-f'"
    assert f"Invalid value for {option}: 'xml' is not one of {choices}." in result.stderr
    assert "Value error" not in result.stderr


def test_new_with_an_unknown_language_names_the_choices(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("new", "persona", "Ola", "--lang", "xx")
    assert result.exit_code == 2
    assert ("Invalid value for '--lang': 'xx' is no language code: write a two-letter ISO 639-1 language code "
            "such as 'pl', 'en', 'de', 'cs' or 'uk'") in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("lint", "--jobs", "dwa"), "Invalid value for '--jobs' / '-j': expected a whole number, not 'dwa'"),
        (("lint", "-j", "1.5"), "Invalid value for '--jobs' / '-j': expected a whole number, not '1.5'"),
        (("lint", "--jobs", ""), "Invalid value for '--jobs' / '-j': expected a whole number, not ''"),
        (("lint", "--jobs", "-1"), "Invalid value for '--jobs' / '-j': must be 0 or more, not -1"),
        (("render", "persony", "--width", "10"), "Invalid value for '--width': must be 20 or more, not 10"),
        (("render", "persony", "--width", "5000"), "Invalid value for '--width': must be 1000 or less, not 5000"),
        (("render", "persony", "--width", "szeroko"), "Invalid value for '--width': expected a whole number, not 'szeroko'"),
    ],
)
def test_a_refused_number_is_said_without_the_validators_phrasing(args, said, tmp_path, monkeypatch):
    # pydantic's "Input should be greater than or equal to 1" is a sentence about Python input, and it
    # does not say what was typed: the message repeats it, as a config error does.
    monkeypatch.chdir(tmp_path)
    result = run_cli(*args)
    assert result.exit_code == 2 and result.exception is None
    assert result.stderr.startswith(f"cxkit: {said}; see `cxkit ")
    assert "Input should" not in result.stderr


@pytest.mark.parametrize(("args", "said"), [
    (("lint", "-z"), "cxkit: No such option: -z; see `cxkit lint -h`"),
    (("lint", "--fail-level", "Eror"),
     "cxkit: Invalid value for '--fail-level': 'Eror' is not one of 'error', 'warning', 'info', 'never'. "
     "Did you mean 'error'? See `cxkit lint -h`."),
    (("review",), "cxkit: Missing argument 'BASE'. See `cxkit review -h`."),
    (("review", "HEAD", "-f", "sarif"),
     "cxkit: Invalid value for '--format' / '-f': 'sarif' is not one of 'text', 'markdown', 'md', 'json', 'html'. See `cxkit review -h`."),
    (("new", "persona2", "Ola"),
     "cxkit: Invalid value for 'KIND': 'persona2' is not one of 'persona', 'negative-persona', 'journey'. "
     "Did you mean 'persona'? See `cxkit new -h`."),
    (("nosuch",), "cxkit: No such command 'nosuch'. See `cxkit -h`."),
])
def test_a_usage_error_is_one_line_starting_with_cxkit(args, said, tmp_path, monkeypatch):
    # The README promises one line starting with `cxkit:` for exit 2; click printed three
    # ("Usage: …", "Try …", "Error: …"), and a review's usage line showed `{base}`.
    monkeypatch.chdir(tmp_path)
    result = run_cli(*args)
    assert result.exit_code == 2
    assert result.stderr == said + "\n"


def test_a_usage_error_through_the_console_script_is_one_line_too(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "cxkit", "lint", "--jobs", "dwa"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and proc.stdout == ""
    said = "cxkit: Invalid value for '--jobs' / '-j': expected a whole number, not 'dwa'; see `"
    assert proc.stderr.startswith(said) and proc.stderr.endswith("cxkit lint -h`\n") and proc.stderr.count("\n") == 1


def test_cxkit_alone_still_shows_the_help(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "cxkit"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert "cxkit [OPTIONS] COMMAND [ARGS]..." in proc.stdout + proc.stderr
    assert "lint" in proc.stdout + proc.stderr


def test_an_interrupt_outside_a_command_exits_130_not_1(tmp_path, monkeypatch, capsys):
    # click turns Ctrl-C while it parses the command line into Abort; exit 1 would read as "findings".
    import typer

    from cxkit.cli import Group, app

    def interrupted(self, *args, **kwargs):
        raise typer.Abort()

    monkeypatch.chdir(tmp_path)
    parsing = next(cls for cls in Group.__mro__[1:] if "main" in vars(cls))  # click's, as typer ships it
    monkeypatch.setattr(parsing, "main", interrupted)
    with pytest.raises(SystemExit) as exited:
        typer.main.get_command(app).main(["lint"], prog_name="cxkit")
    assert exited.value.code == 130
    assert capsys.readouterr().err == "cxkit: interrupted\n"
