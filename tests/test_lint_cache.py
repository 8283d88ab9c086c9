"""The lint cache: an unchanged workspace is served without parsing, any change is seen."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

PERSONA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
goals:
  - Przebiec półmaraton w Poznaniu poniżej 2 godzin w kwietniu 2027
sources:
  - id: wywiady-2026-09
    type: interview
    date: 2026-09-14
reviewed: 2026-10-01
"""


#: Files written just before a run keep it off the stat-only path for cxkit.lint.cache.SETTLE_NS
#: (their change time is recent); the runs here are about what that path serves, so they
#: trust file times at once.  The window itself is tested in-process at the end.
TRUST_TIMES = {"CXKIT_SETTLE_SECONDS": "0"}

#: Where the runs here import cxkit from (see :func:`_still_package`); empty: the installed one.
PACKAGE = {"PYTHONPATH": ""}


@pytest.fixture(scope="module", autouse=True)
def _still_package(tmp_path_factory: pytest.TempPathFactory):
    """The runs of this file import a copy of cxkit made when the file starts, not the checkout.

    The cache keys every result by the size and time of cxkit's own source files, so that a
    result of other code is never served.  A test that runs lint twice and asserts that the second
    run is served from the cache (its rules not loaded) failed whenever a source file was saved
    between the two runs: an edit made while the suite runs (several people or tools working in
    one checkout, an editor's autosave), a different test each time, more often in long runs. The
    copy cannot change under a test.  A test that needs its runs to share the cache with the
    in-process engine (the same code) asks for the installed package itself (``PYTHONPATH=""``).
    """
    import shutil

    import cxkit

    folder = tmp_path_factory.mktemp("still-package")
    shutil.copytree(Path(cxkit.__file__).resolve().parent, folder / "cxkit",
                    ignore=shutil.ignore_patterns("__pycache__"))
    PACKAGE["PYTHONPATH"] = str(folder)
    yield
    PACKAGE["PYTHONPATH"] = ""


def test_the_runs_here_import_a_copy_of_cxkit_that_edits_to_the_checkout_cannot_reach(tmp_path):
    import cxkit

    proc = subprocess.run([sys.executable, "-c", "import cxkit, sys; sys.stdout.write(cxkit.__file__)"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, env={"PATH": "/usr/bin:/bin", **PACKAGE})
    assert proc.returncode == 0, proc.stderr
    imported = Path(proc.stdout).resolve()
    assert imported.parent.parent == Path(PACKAGE["PYTHONPATH"]).resolve()
    assert imported != Path(cxkit.__file__).resolve()
    assert imported.read_bytes() == Path(cxkit.__file__).read_bytes()


def lint(cwd: Path, *args: str) -> tuple[list[dict], str]:
    # A fresh process each time, as a user runs it; CXKIT_TODAY keeps the date-dependent rules still.
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "cxkit", "lint", "--format", "json", *args],
        cwd=cwd, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "CXKIT_TODAY": "2026-11-23", "NO_COLOR": "1", **TRUST_TIMES, **PACKAGE},
    )
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout), proc.stderr


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    return tmp_path


def _rules_loaded(importtime: str) -> bool:
    return "cxkit.lint.engine" in importtime


def test_an_unchanged_workspace_is_served_from_the_cache_without_loading_rules(workspace):
    first, log1 = lint(workspace)
    second, log2 = lint(workspace)
    assert first == second and [f["rule"] for f in first] == ["missing-negative-persona"]
    assert _rules_loaded(log1) and not _rules_loaded(log2)
    ignore = workspace / ".cxkit_cache" / ".gitignore"
    assert ignore.read_text(encoding="utf-8").strip().endswith("*")


def test_an_edit_that_keeps_the_size_is_still_seen(workspace):
    lint(workspace)
    path = workspace / "personas" / "ola.yaml"
    edited = PERSONA.replace("name: Ola Nowak", "name: TODO Nowa")
    assert len(edited) == len(PERSONA)
    path.write_text(edited, encoding="utf-8")
    findings, log = lint(workspace)
    assert "placeholder" in [f["rule"] for f in findings]
    assert _rules_loaded(log)


def test_a_config_change_or_another_selection_is_not_served_stale(workspace):
    assert [f["rule"] for f in lint(workspace)[0]] == ["missing-negative-persona"]
    assert lint(workspace, "--select", "placeholder")[0] == []
    (workspace / "cxkit.toml").write_text('ignore = ["missing-negative-persona"]\n', encoding="utf-8")
    assert lint(workspace)[0] == []
    (workspace / "cxkit.toml").unlink()
    findings, log = lint(workspace)
    assert [f["rule"] for f in findings] == ["missing-negative-persona"]
    assert not _rules_loaded(log)  # the first run's result, still valid, served again


def test_no_cache_neither_reads_nor_writes(workspace):
    lint(workspace, "--no-cache")
    assert not (workspace / ".cxkit_cache").exists()


def test_after_one_edit_only_that_file_is_checked_again(workspace, monkeypatch):
    from cxkit.config import load_config
    from cxkit.lint.engine import lint as run_lint

    (workspace / "personas" / "ewa.yaml").write_text(PERSONA.replace("ola-biegaczka", "ewa-plywaczka"), encoding="utf-8")
    (workspace / "journeys").mkdir()
    (workspace / "journeys" / "ola.yaml").write_text(
        "kind: journey\nid: ola-kupuje\nname: Ola kupuje\npersona: ola-biegaczka\n"
        "stages:\n  - id: awareness\n    name: Świadomość\n", encoding="utf-8")
    monkeypatch.chdir(workspace)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(workspace / "cache"))
    config = load_config()
    assert run_lint(["."], config, jobs=1, cache=True).cached_files == 0
    path = workspace / "personas" / "ola.yaml"
    path.write_text(PERSONA + "quote: Biegam, bo lubię\n", encoding="utf-8")
    # Personas carry summaries for the cross-file rules: their cached entries must be reusable too.
    assert run_lint(["."], config, jobs=1, cache=True).cached_files == 2


def test_the_warm_path_and_the_engine_key_the_same_files_alike(workspace, monkeypatch):
    # The engine stores a run under stat_key(targets); the warm path looks it up from plain rows.
    from cxkit.config import load_config
    from cxkit.discovery import discover_with_context, listing_with_context
    from cxkit.lint.cache import _stat_key, stat_key

    (workspace / "cxkit.toml").write_text('paths = ["personas", "journeys"]\n', encoding="utf-8")
    (workspace / "journeys").mkdir()
    (workspace / "journeys" / "ola.yaml").write_text(
        "kind: journey\nid: ola-kupuje\nname: Ola kupuje buty\npersona: ola-biegaczka\n"
        "stages:\n  - id: awareness\n    name: Świadomość\n", encoding="utf-8")
    monkeypatch.chdir(workspace)
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # files just written: trust their times
    config = load_config()
    for paths in (["."], ["journeys/ola.yaml"], ["personas", "./personas/ola.yaml"]):
        targets, unreadable, shown = discover_with_context(paths, config)
        rows, unreadable_rows, shown_rows = listing_with_context(paths, config)
        assert [(str(t.fs_path), t.display, t.explicit) for t in targets] == [(str(Path(f)), d, e) for f, d, e in rows]
        assert (unreadable, shown) == (unreadable_rows, shown_rows)
        assert stat_key("fp", targets, unreadable) == _stat_key("fp", rows, unreadable_rows) is not None


def test_a_named_file_in_a_configured_workspace_is_served_from_the_cache(workspace):
    (workspace / "cxkit.toml").write_text('paths = ["personas"]\n', encoding="utf-8")
    first, log1 = lint(workspace, "personas/ola.yaml")
    second, log2 = lint(workspace, "personas/ola.yaml")
    assert first == second and _rules_loaded(log1) and not _rules_loaded(log2)


NEGATIVE = """\
kind: negative-persona
id: janusz-okazja
name: Janusz Okazja
reasons:
  - Kupuje wyłącznie na wyprzedażach i zwraca 60% zamówień
lang: pl
"""
JOURNEY = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
stages:
  - id: awareness
    name: Świadomość
    emotion: ciekawość
"""


def run(cwd: Path, *args: str, **env: str) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "cxkit", "lint", *args], cwd=cwd, capture_output=True, text=True,
        timeout=120, env={"PATH": "/usr/bin:/bin", "CXKIT_TODAY": "2026-11-23", "NO_COLOR": "1", **TRUST_TIMES,
                          **PACKAGE, **env},
    )
    return proc.returncode, proc.stdout, proc.stderr


def output_and_log(stderr: str) -> tuple[str, str]:
    """What the user saw on stderr, and the import log that -X importtime mixed into it."""
    lines = stderr.splitlines(keepends=True)
    return "".join(l for l in lines if not l.startswith("import time:")), "".join(l for l in lines if l.startswith("import time:"))


FORMATS = [
    ("--format", "text"), ("--format", "json"), ("--format", "github"), ("--format", "sarif"), ("--format", "junit"),
    ("--statistics",), ("--statistics", "--format", "json"),
]


@pytest.mark.parametrize("fmt", FORMATS, ids=" ".join)
def test_every_format_prints_the_same_cold_warm_and_from_the_stored_output(workspace, fmt):
    (workspace / "personas" / "janusz.yaml").write_text(NEGATIVE, encoding="utf-8")
    (workspace / "journeys").mkdir()
    (workspace / "journeys" / "ola.yaml").write_text(JOURNEY, encoding="utf-8")
    cold = run(workspace, "--no-cache", *fmt)
    assert cold[0] == 1 and cold[1].strip()
    runs = [run(workspace, *fmt) for _ in range(3)]  # lints, then unpacks the findings, then reprints
    for code, out, err in runs:
        assert (code, out, output_and_log(err)[0]) == (cold[0], cold[1], output_and_log(cold[2])[0])
    logs = [output_and_log(err)[1] for _code, _out, err in runs]
    assert _rules_loaded(logs[0]) and not _rules_loaded(logs[1]) and not _rules_loaded(logs[2])
    assert "cxkit.lint.finding" in logs[1] and "cxkit.lint.finding" not in logs[2]


def test_the_exit_code_of_a_stored_output_follows_the_fail_level(workspace):
    # One warning (no negative persona) and no errors.
    assert [run(workspace, "--format", "json")[0] for _ in range(3)] == [1, 1, 1]
    assert run(workspace, "--format", "json", "--fail-level", "error")[0] == 0
    assert run(workspace, "--format", "json", "--exit-zero")[0] == 0
    assert run(workspace, "--format", "json", "--fail-level", "info")[0] == 1
    (workspace / "cxkit.toml").write_text('fail-level = "error"\n', encoding="utf-8")
    assert [run(workspace, "--format", "json")[0] for _ in range(3)] == [0, 0, 0]


def test_a_workspace_without_documents_still_warns_when_served_from_the_cache(tmp_path):
    (tmp_path / "notatki").mkdir()
    (tmp_path / "notatki" / "lista.yaml").write_text("- mleko\n- chleb\n", encoding="utf-8")
    results = [run(tmp_path, "notatki") for _ in range(3)]
    assert len({(code, out, output_and_log(err)[0]) for code, out, err in results}) == 1
    code, out, err = results[2]
    assert code == 0 and "Nothing to check: no cxkit documents found in 1 file." in out
    assert "warning: no cxkit documents found in notatki" in output_and_log(err)[0]


def test_text_in_a_terminal_is_not_answered_with_the_plain_text_kept_for_pipes(workspace):
    plain = [run(workspace)[1] for _ in range(3)]
    assert plain[0] == plain[1] == plain[2] and "\x1b[" not in plain[2]
    code, styled, _ = run(workspace, FORCE_COLOR="1", NO_COLOR="")  # NO_COLOR would win: plain text
    assert code == 1 and "\x1b[" in styled
    assert re.sub(r"\x1b\[[0-9;]*m", "", styled) == plain[0]


def test_text_that_needs_rich_is_never_stored_as_plain_output(workspace):
    # A tab in a quoted trait: rich expands it, so that output is rendered each time, not stored.
    (workspace / "personas" / "ola.yaml").write_text(
        PERSONA.replace("goals:\n", 'behaviours:\n  - "Dba o\\tzdrowie"\ngoals:\n'), encoding="utf-8")
    results = [run(workspace) for _ in range(3)]
    assert len({out for _code, out, _err in results}) == 1 and "\t" not in results[0][1]
    assert re.search('"Dba o {2,8}zdrowie" describes almost anyone', results[0][1])  # to the next tab stop
    assert "cxkit.lint.finding" in output_and_log(results[2][2])[1]  # rendered again from the findings


def test_a_tab_in_a_file_name_is_laid_out_by_rich_each_time(workspace):
    # A tab in a file name stays a tab (SARIF and annotations name the real file): rich expands it.
    (workspace / "personas" / "ola.yaml").rename(workspace / "personas" / "ola\tszkic.yaml")
    results = [run(workspace) for _ in range(3)]
    assert len({out for _code, out, _err in results}) == 1 and "\t" not in results[0][1]
    assert "personas/ola    szkic.yaml:2:5: warning CX201" in results[0][1]
    assert "cxkit.lint.finding" in output_and_log(results[2][2])[1]  # rendered again from the findings


def _stored_runs(folder: Path) -> dict:
    return json.loads((folder / ".cxkit_cache" / "runs-v1.json").read_bytes())


def test_stored_runs_are_small_and_unpack_to_the_findings(workspace):
    for k in range(20):
        (workspace / "personas" / f"ewa-{k}.yaml").write_text(
            PERSONA.replace("ola-biegaczka", f"ewa-{k}").replace("Ola Nowak", f"Ewa Nowak {k}"), encoding="utf-8")
    ewa = workspace / "personas" / "ewa-0.yaml"
    text = ewa.read_text(encoding="utf-8")
    for edit in range(1, 21):  # files changed are a new run: the file keeps at most 16
        ewa.write_text(f"# wersja {edit}\n{text}", encoding="utf-8")
        run(workspace, "--format", "json")
    expected = json.loads(run(workspace, "--format", "json")[1])
    runs = _stored_runs(workspace)
    assert len(runs) == 16
    assert all(set(entry) >= {"files", "documents", "count", "worst", "rows"} for entry in runs.values())
    from cxkit.lint.cache import LintCache

    cache = LintCache(workspace / ".cxkit_cache")
    unpacked = [cache.get_run(key) for key in runs]
    assert all(isinstance(entry, dict) for entry in unpacked)
    newest = [entry for entry in unpacked if len(entry["findings"]) == len(expected)][-1]
    # Each row also keeps the finding's place in its document (row[8]), which the JSON writes (and whether
    # `cxkit fmt --fix` fixes it, which the report works out: false for these).
    assert {f.pop("fixable") for f in expected} == {False}
    assert [{**dict(zip(["path", "line", "column", "code", "rule", "severity", "message"], row)),
             **dict(zip(["document", "data_path", "end_line", "end_column"], row[8]))} for row in newest["findings"]] == [
        {**f, "severity": {"info": 1, "warning": 2, "error": 3}[f["severity"]]} for f in expected
    ]
    size = (workspace / ".cxkit_cache" / "runs-v1.json").stat().st_size
    assert size < 16 * len(json.dumps(expected)) / 3


@pytest.mark.parametrize("damage", ["rows", "output", "both", "counts", "old layout"])
def test_a_damaged_stored_run_is_never_served_wrong(workspace, damage):
    expected = run(workspace, "--no-cache", "--format", "json")
    for _ in range(3):
        run(workspace, "--format", "json")
    path = workspace / ".cxkit_cache" / "runs-v1.json"
    runs = json.loads(path.read_bytes())
    for entry in runs.values():
        if damage in ("rows", "both"):
            entry["rows"] = entry["rows"][: len(entry["rows"]) // 2]
        if damage in ("output", "both"):
            for name in entry.get("out", {}):
                entry["out"][name] = "eJzLSM3JyVcozy/KSQEAGgQEXQ=="[::-1]
        if damage == "counts":
            entry["worst"] = 0
        if damage == "old layout":
            entry.clear()
            entry.update({"findings": [["personas/ola.yaml", 1, 1, "CX501", "placeholder", 3, "wstrzyknięte"]],
                          "files": 1, "documents": 1})
    path.write_bytes(json.dumps(runs).encode())
    code, out, err = run(workspace, "--format", "json")
    assert (code, out) == expected[:2]
    assert _rules_loaded(output_and_log(err)[1]) == (damage in ("both", "counts", "old layout"))


def test_a_stored_text_cannot_unpack_into_a_memory_bomb():
    import zlib

    from cxkit.lint.cache import _deflate, _inflate

    assert _inflate(_deflate("ścieżka 💯\udcff".encode("utf-8", "surrogatepass"))) == "ścieżka 💯\udcff".encode("utf-8", "surrogatepass")
    bomb = zlib.compress(b"\0" * (64 * 1024 * 1024), 9)
    import binascii

    assert _inflate(binascii.b2a_base64(bomb, newline=False).decode()) is None
    assert _inflate("nie base64 ąę") is None and _inflate("") is None


def test_the_cli_ranks_severities_as_findings_do():
    from cxkit.cli import SEVERITY_RANK
    from cxkit.lint.finding import Severity

    assert SEVERITY_RANK == {s.name: int(s) for s in Severity}


def test_results_are_keyed_by_the_installed_parser_and_validator_versions(monkeypatch):
    import importlib.metadata
    import sys as system

    from cxkit.lint import cache

    monkeypatch.setattr(cache, "_DEPENDENCY_FINGERPRINT", None)
    found = cache.dependency_fingerprint()
    assert found.startswith(cache.python_fingerprint() + "\0")
    for dist in ("pydantic", "pydantic_core", "ruamel.yaml"):
        assert f"-{importlib.metadata.version(dist)}.dist-info" in found, dist
    before = cache.run_fingerprint(None, ((), (), ()), "pl")
    monkeypatch.setattr(cache, "_DEPENDENCY_FINGERPRINT", found.replace(importlib.metadata.version("ruamel.yaml"), "0.99.0"))
    assert cache.run_fingerprint(None, ((), (), ()), "pl") != before


def test_after_a_touch_the_content_key_answers_once_and_teaches_the_stat_key(workspace):
    import os

    lint(workspace)
    path = workspace / "personas" / "ola.yaml"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - 5_000_000_000))  # a checkout that rewrites the same bytes
    second, log2 = lint(workspace)
    third, log3 = lint(workspace)
    assert second == third and [f["rule"] for f in third] == ["missing-negative-persona"]
    # The touched run is answered by the content key; it must leave the quick path ready for the next one.
    assert _rules_loaded(log2) and not _rules_loaded(log3)


def test_naming_a_file_or_adding_its_folder_is_a_different_run(workspace):
    # `lint a.yaml` and `lint a.yaml .` check the same files but report different ones.
    (workspace / "cxkit.toml").write_text("", encoding="utf-8")
    for name in ("a", "b"):
        (workspace / f"{name}.yaml").write_text(f"kind: persona\nid: {name}\nname: {name.upper()}\nsummary: TODO\n", encoding="utf-8")
    only_a, _ = lint(workspace, "a.yaml")
    both, _ = lint(workspace, "a.yaml", ".")
    only_a_again, log = lint(workspace, "a.yaml")
    assert {f["path"] for f in only_a} == {"a.yaml"} and {f["path"] for f in both} > {"a.yaml"}
    assert only_a_again == only_a and not _rules_loaded(log)
    for path in workspace.glob("*.yaml"):
        path.touch()  # the content key alone must tell the two runs apart too
    assert lint(workspace, "a.yaml", ".")[0] == both


def test_a_cache_dir_that_is_a_project_folder_is_never_ignored_or_robbed_of_its_gitignore(workspace):
    import os

    env = {"PATH": "/usr/bin:/bin", "CXKIT_TODAY": "2026-11-23", "NO_COLOR": "1", "CXKIT_CACHE_DIR": ".", **TRUST_TIMES,
           **PACKAGE}
    run = lambda *args: subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=workspace, env=env,  # noqa: E731
                                       capture_output=True, text=True, timeout=120)
    assert run("lint").returncode == 1
    assert not (workspace / ".gitignore").exists()  # git would otherwise ignore the whole project
    (workspace / ".gitignore").write_text("*.pyc\n", encoding="utf-8")
    assert run("cache", "clear").returncode == 0
    assert (workspace / ".gitignore").read_text(encoding="utf-8") == "*.pyc\n"
    assert not {"files-v1.json", "runs-v1.json"} & set(os.listdir(workspace))


@pytest.mark.parametrize("damage", ["negative line", "huge column", "line break in the stems", "zero line"])
def test_a_damaged_per_file_entry_is_checked_again_not_trusted(workspace, damage):
    # Only a per-file entry can be served (the workspace changed since), and its trait is damaged.
    (workspace / "personas" / "not.yaml").write_text(
        "kind: negative-persona\nid: not-a-runner\nname: Kanapowiec\nreasons:\n  - Nie biega\n"
        "behaviours:\n  - Przebiec półmaraton w Poznaniu poniżej 2 godzin w kwietniu 2027\n", encoding="utf-8")
    expected = run(workspace, "--no-cache", "--format", "json")
    assert "trait-overlap" in expected[1]
    run(workspace, "--format", "json")
    path = workspace / ".cxkit_cache" / "files-v1.json"
    files = json.loads(path.read_bytes())
    damaged = 0
    for entry in files.values():
        for trait in (entry.get("s") or {}).get("traits", []):
            if damage == "negative line":
                trait[2] = -3
            elif damage == "huge column":
                trait[3] = 2**40
            elif damage == "zero line":
                trait[2] = 0
            else:
                trait[4] = trait[4] + "\nwstrzyknięte"
            damaged += 1
    assert damaged
    path.write_bytes(json.dumps(files).encode())
    (workspace / "personas" / "extra.yaml").write_text("kind: journey\nid: j\nname: J\npersona: ola-biegaczka\nstages: []\n",
                                                       encoding="utf-8")
    fresh = run(workspace, "--no-cache", "--format", "json")
    assert run(workspace, "--format", "json")[:2] == fresh[:2]
    assert [f for f in json.loads(fresh[1]) if f["rule"] == "trait-overlap"] == [
        f for f in json.loads(expected[1]) if f["rule"] == "trait-overlap"]


@pytest.mark.parametrize("damage", [
    {"l": [], "f": [], "x": [], "m": []},
    {"l": [[5, 5, 70, [1, "pseudo-profiling"]]], "f": {}, "x": [], "m": []},
    {"l": [[5, 5, 70, ["pseudo-profiling"]]], "f": {"all": "5:3"}, "x": [], "m": []},
    {"l": [[5, 5, 70, ["pseudo-profiling"]]], "f": {}, "x": [[5, 70]], "m": []},
    {"l": [[5, "5", 70, ["pseudo-profiling"]]], "f": {}, "x": [], "m": []},
    [],
], ids=["file table a list", "a rule name a number", "a position a text", "short unknown row", "a line a text", "a list"])
def test_a_damaged_suppression_entry_is_checked_again_not_a_crash(workspace, damage):
    # Only the per-file entry of ola.yaml can be served (a file was added since), and its comments are damaged.
    (workspace / "personas" / "ola.yaml").write_text(PERSONA.replace(
        "w kwietniu 2027\n", "w kwietniu 2027  # cxkit: disable=pseudo-profiling\n"), encoding="utf-8")
    run(workspace, "--format", "json")
    path = workspace / ".cxkit_cache" / "files-v1.json"
    files = json.loads(path.read_bytes())
    entries = [entry for entry in files.values() if entry.get("u") is not None]
    assert len(entries) == 1
    entries[0]["u"] = damage
    path.write_bytes(json.dumps(files).encode())
    (workspace / "personas" / "kanapowiec.yaml").write_text(
        "kind: negative-persona\nid: kanapowiec\nname: Kanapowiec\nreasons:\n  - Nie biega, bo woli rower\n", encoding="utf-8")
    code, out, err = run(workspace, "--format", "json")
    assert (code, out) == run(workspace, "--no-cache", "--format", "json")[:2]
    assert output_and_log(err)[0] == ""
    assert [(f["path"], f["line"], f["column"], f["rule"]) for f in json.loads(out) if f["path"] == "personas/ola.yaml"] == [
        ("personas/ola.yaml", 5, 70, "unused-suppression")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("planted", ["files-v1.json", "runs-v1.json", "a link to a pipe"])
def test_a_pipe_or_a_link_in_the_cache_folder_is_not_read(workspace, planted):
    # Opening a named pipe for reading waits for a writer forever; a link could point at /dev/zero.
    expected = run(workspace, "--no-cache", "--format", "json")
    cache = workspace / ".cxkit_cache"
    cache.mkdir()
    if planted == "a link to a pipe":
        os.mkfifo(workspace / "rura")
        (cache / "runs-v1.json").symlink_to(workspace / "rura")
    else:
        os.mkfifo(cache / planted)
    proc = subprocess.run(
        [sys.executable, "-m", "cxkit", "lint", "--format", "json"], cwd=workspace, capture_output=True, text=True,
        timeout=120, env={"PATH": "/usr/bin:/bin", "CXKIT_TODAY": "2026-11-23", "NO_COLOR": "1", **TRUST_TIMES, **PACKAGE},
    )
    assert (proc.returncode, proc.stdout, proc.stderr) == (*expected[:2], "")
    # The next run rebuilt the cache in plain files and is served from it.
    assert not (cache / "runs-v1.json").is_symlink() and (cache / "runs-v1.json").is_file()
    assert run(workspace, "--format", "json")[:2] == expected[:2]


def test_cache_clear_leaves_a_gitignore_pipe_alone(workspace):
    run(workspace, "--format", "json")
    ignore = workspace / ".cxkit_cache" / ".gitignore"
    ignore.unlink()
    os.mkfifo(ignore)
    proc = subprocess.run([sys.executable, "-m", "cxkit", "cache", "clear"], cwd=workspace, capture_output=True, text=True,
                          timeout=120, env={"PATH": "/usr/bin:/bin", **PACKAGE})
    assert proc.returncode == 0, proc.stderr
    assert sorted(os.listdir(workspace / ".cxkit_cache")) == [".gitignore"]


def test_an_oversized_file_that_grows_is_reported_at_its_new_size(workspace):
    # Only the first bytes past the size cap are read; they stay the same as the file grows.
    line = "  Ola biega po Rusałce codziennie rano, przed pracą w biurze na Garbarach.\n"
    big = workspace / "personas" / "notatki.yaml"
    big.write_text("kind: persona\nid: notatki\nname: Notatki z wywiadów\nsummary: |\n" + line * 70_000, encoding="utf-8")
    first = json.loads(run(workspace, "--format", "json")[1])
    assert [f["message"] for f in first if f["path"] == "personas/notatki.yaml"] == [
        "the file is 5.1 MiB, over cxkit's 4 MiB limit for one document; split it"]
    with open(big, "a", encoding="utf-8") as fh:
        fh.write(line * 35_000)
    code, out, _ = run(workspace, "--format", "json")
    assert (code, out) == run(workspace, "--no-cache", "--format", "json")[:2]
    assert [f["message"] for f in json.loads(out) if f["path"] == "personas/notatki.yaml"] == [
        "the file is 7.7 MiB, over cxkit's 4 MiB limit for one document; split it"]


def test_a_config_saved_while_a_run_starts_is_never_served_for_the_new_settings(workspace, monkeypatch):
    # The run reads its settings, then the config is saved anew before the run keys its results:
    # they were found with the old settings and must not be stored as the new settings' results.
    from cxkit.config import load_config
    from cxkit.lint.engine import lint as run_lint

    monkeypatch.chdir(workspace)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    toml = workspace / "cxkit.toml"
    toml.write_text('ignore = ["missing-negative-persona"]\n', encoding="utf-8")
    old = load_config()
    toml.write_text('fail-level = "warning"\n', encoding="utf-8")
    assert run_lint(["."], old, jobs=1, cache=True).findings == []
    # The next run, with the settings now saved, is answered from file times alone: by the code that
    # stored the results, so that a wrong key would be served.
    code, out, _ = run(workspace, "--format", "json", PYTHONPATH="")
    assert (code, out) == run(workspace, "--no-cache", "--format", "json")[:2]
    assert [(f["path"], f["line"], f["rule"]) for f in json.loads(out)] == [("personas/ola.yaml", 2, "missing-negative-persona")]


def _fixed_times(monkeypatch, mtime_ns: int, ctime_ns: int, now_ns: int) -> None:
    """Every file's times stand still, as within one clock tick of a coarse file system (FAT, ext3, HFS+),
    and so does the clock the cache judges them by, at ``now_ns``: how recent a file is must not
    depend on how long a loaded machine takes to run the test (a run taking more than the settle
    window made a file written "now" look settled)."""
    import os

    from cxkit.lint import cache

    real = os.stat

    def fixed(path, *args, **kwargs):
        fields = list(real(path, *args, **kwargs))
        fields[8], fields[9] = mtime_ns // 1_000_000_000, ctime_ns // 1_000_000_000  # st_mtime, st_ctime
        return os.stat_result(fields, {"st_mtime_ns": mtime_ns, "st_ctime_ns": ctime_ns})

    class StillClock:
        """The time module, but for the time of day."""

        def __getattr__(self, name: str):
            return getattr(time, name)

        @staticmethod
        def time_ns() -> int:
            return now_ns

    monkeypatch.setattr(cache.os, "stat", fixed)
    monkeypatch.setattr(cache, "time", StillClock())
    monkeypatch.delenv("CXKIT_SETTLE_SECONDS", raising=False)


def _lint_then_rewrite_in_place(workspace, monkeypatch):
    """A run that stores its keys, then a same-size edit in place: size, inode and (fixed) times unchanged."""
    from cxkit.config import load_config
    from cxkit.lint.engine import lint as run_lint

    monkeypatch.chdir(workspace)
    config = load_config()
    first = run_lint(["."], config, jobs=1, cache=True)
    assert [f.rule for f in first.findings] == ["missing-negative-persona"]
    edited = PERSONA.replace("name: Ola Nowak", "name: TODO Nowa")
    with open(workspace / "personas" / "ola.yaml", "r+", encoding="utf-8") as fh:
        fh.write(edited)
    return config


@pytest.mark.parametrize("copy", [False, True], ids=["saved in place", "copied keeping an old mtime"])
def test_a_same_size_edit_within_the_clock_tick_of_a_run_is_not_served_stale(workspace, monkeypatch, copy):
    import time

    from cxkit.lint.cache import cached_run
    from cxkit.lint.engine import lint as run_lint

    now = time.time_ns()
    # `cp -p` and tar keep an old modification time, but the change time is the copy's own.
    _fixed_times(monkeypatch, mtime_ns=now - 3_600_000_000_000 if copy else now, ctime_ns=now, now_ns=now)
    config = _lint_then_rewrite_in_place(workspace, monkeypatch)
    assert cached_run(["."], config, ((), (), ())) is None
    again = run_lint(["."], config, jobs=1, cache=True)
    assert "placeholder" in [f.rule for f in again.findings]


def test_files_settled_past_the_tick_are_served_by_their_times_alone(workspace, monkeypatch):
    import time

    from cxkit.lint.cache import cached_run

    now = time.time_ns()
    old = now - 60_000_000_000
    _fixed_times(monkeypatch, mtime_ns=old, ctime_ns=old, now_ns=now)
    config = _lint_then_rewrite_in_place(workspace, monkeypatch)
    # Times a minute old are trusted: the stored run answers (here, stale on purpose: the
    # rewrite kept every time, which a real write a minute after the last one cannot do).
    hit = cached_run(["."], config, ((), (), ()))
    assert hit is not None and [f.rule for f in hit.findings()] == ["missing-negative-persona"]


def test_the_settle_window_can_be_set_and_bad_values_are_ignored(monkeypatch):
    from cxkit.lint.cache import SETTLE_NS, settle_ns

    for raw, expected in (("0", 0), ("10", 10_000_000_000), ("0.5", 500_000_000), ("-1", SETTLE_NS),
                          ("nan", SETTLE_NS), ("trzy", SETTLE_NS), ("", SETTLE_NS)):
        monkeypatch.setenv("CXKIT_SETTLE_SECONDS", raw)
        assert settle_ns() == expected, raw


def test_switching_between_two_selections_keeps_both_sets_of_file_results(workspace, monkeypatch):
    # An editor lints with one selection, CI with another: after an edit, each still finds the
    # unchanged files of its own earlier run instead of checking the whole workspace again.
    from cxkit.config import load_config
    from cxkit.lint.engine import Selection
    from cxkit.lint.engine import lint as run_lint

    for name in ("ewa", "ula", "iza"):
        (workspace / "personas" / f"{name}.yaml").write_text(PERSONA.replace("ola-biegaczka", f"{name}-biegaczka"), encoding="utf-8")
    monkeypatch.chdir(workspace)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(workspace / "cache"))
    config = load_config()
    narrow = Selection(select=("CX3",))
    assert run_lint(["."], config, jobs=1, cache=True).cached_files == 0
    assert run_lint(["."], config, narrow, jobs=1, cache=True).cached_files == 0
    (workspace / "personas" / "ola.yaml").write_text(PERSONA + "quote: Biegam, bo lubię\n", encoding="utf-8")
    assert run_lint(["."], config, jobs=1, cache=True).cached_files == 3
    assert run_lint(["."], config, narrow, jobs=1, cache=True).cached_files == 3


def test_file_results_are_kept_oldest_out_within_their_room(monkeypatch, tmp_path):
    from cxkit.lint import cache

    monkeypatch.setattr(cache, "_MIN_FILES", 4)
    store = cache.LintCache(tmp_path)
    entry = {"p": "a.yaml", "f": [], "d": True}
    store.put_files({"a": entry, "b": entry}, keep={"a", "b"})
    store.put_files({"c": entry, "d": entry}, keep={"c", "d"})
    store.put_files({"e": entry}, keep={"a", "e"})  # uses a again: b, the oldest unused, goes
    store.save()
    assert list(json.loads((tmp_path / "files-v1.json").read_text())) == ["c", "d", "a", "e"]
    before = (tmp_path / "files-v1.json").stat().st_mtime_ns
    store = cache.LintCache(tmp_path)
    store.put_files({}, keep={"a", "e"})  # nothing new: nothing rewritten
    store.save()
    assert (tmp_path / "files-v1.json").stat().st_mtime_ns == before


def test_a_saving_run_removes_what_killed_runs_left_but_not_a_write_in_progress(workspace):
    # SIGKILL mid-save (an out-of-memory kill, a CI timeout) leaves a cache-sized temporary file.
    run(workspace, "--format", "json")
    cache = workspace / ".cxkit_cache"
    stale = [cache / ".files-v1.json.k1ll3d.tmp", cache / ".runs-v1.json.z0mb1e.tmp"]
    fresh = cache / ".files-v1.json.wr1t1n.tmp"  # another cxkit writing right now
    theirs = cache / "notes.tmp"  # not a name cxkit writes
    for path in (*stale, fresh, theirs):
        path.write_bytes(b"{" * 1000)
    hour_ago = time.time() - 3600
    for path in (*stale, theirs):
        os.utime(path, (hour_ago, hour_ago))
    (workspace / "personas" / "ola.yaml").write_text(PERSONA.replace("Ola", "Ala"), encoding="utf-8")
    code, _, _ = run(workspace, "--format", "json")  # a change: the cache is saved again
    assert code in (0, 1)
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and theirs.exists()


def test_entries_kept_in_their_written_form_save_the_same_bytes():
    # A run's new per-file results wait for the save already encoded; the file must read as before.
    from cxkit.lint.cache import _dump, encoded

    entries = {
        "a1": {"p": "personas/żaneta.yaml", "f": [["personas/żaneta.yaml", 3, 5, "CX101", "vague", 1, "„ogólnik”"]]},
        "b2": {"p": "personas/ola\udcff.yaml", "f": [], "s": None},  # a file name that is not UTF-8
        "c3": [1, 2.5, None, True, "ą"],
    }
    whole = _dump(entries)
    assert _dump({k: encoded(v) for k, v in entries.items()}) == whole
    assert _dump({"a1": entries["a1"], "b2": encoded(entries["b2"]), "c3": entries["c3"]}) == whole
    assert json.loads(whole.decode("utf-8")) == entries  # the lone surrogate's escape reads back as itself
