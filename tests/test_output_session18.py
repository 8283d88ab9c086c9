"""`cxkit lint --format github` ends with a summary (stderr, and GitHub's step summary when asked),
`--statistics` of a clean run says so, and `cxkit cache clear` finds the cache `cxkit lint` uses,
for a workspace in a subfolder too.

The workspace is a repository whose cxkit workspace lives in `marketing/personas/`, as in a
monorepo: a Polish persona with unfilled placeholders and a clean English one.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

OLA_PL = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
owner: zespół e-commerce
summary: TODO opisać po wywiadach
goals:
  - text: Przebiec półmaraton w Poznaniu poniżej 2 godzin
    sources: [wywiady-2026-09]
  - TBD
"""

DAN_EN = """\
kind: persona
id: dan-heating
name: Dan Carter
lang: en
owner: growth team
summary: Owns a six-person heating firm and does the invoicing himself on Sunday evenings.
goals:
  - text: Send every invoice on the day the job is finished
    sources: [interviews-2026-10]
"""

ANNOTATION = re.compile(r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=CX\d+ [a-z-]+::.+$")
FOUND = "Znaleziono 2 problemy (2 ostrzeżenia) w 1 pliku; sprawdzono 2 dokumenty."
PASSED = "Wszystko w porządku (sprawdzono 1 dokument w 1 pliku)."


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with its cxkit workspace in marketing/personas/; the repository's top is the current folder."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    ws = root / "marketing" / "personas"
    (ws / "personas").mkdir(parents=True)
    (ws / "cxkit.toml").write_text('lang = "pl"\npaths = ["personas"]\n', encoding="utf-8")
    (ws / "personas" / "ola.yaml").write_text(OLA_PL, encoding="utf-8")
    (ws / "personas" / "dan.yaml").write_text(DAN_EN, encoding="utf-8")
    monkeypatch.chdir(root)
    for name in ("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_STEP_SUMMARY", "CXKIT_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)
    return root


def cli(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def run(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """cxkit in its own process, so that a second and third run are served from the cache."""
    return subprocess.run(
        [sys.executable, "-m", "cxkit", *args], cwd=cwd, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "CXKIT_TODAY": "2026-11-23", "NO_COLOR": "1", "CXKIT_SETTLE_SECONDS": "0", **env},
    )


# --- --statistics of a clean run --------------------------------------------------------------


def test_statistics_of_a_clean_run_say_all_checks_passed(repo: Path) -> None:
    ws = repo / "marketing" / "personas"
    (ws / "personas" / "ola.yaml").unlink()
    runs = [run(ws, "lint", "--statistics", "--select", "placeholder") for _ in range(3)]  # lints, unpacks, reprints
    for proc in runs:
        assert (proc.returncode, proc.stdout, proc.stderr) == (0, PASSED + "\n", "")
    # JSON stays an empty array: that is what a program reading it expects.
    assert run(ws, "lint", "--statistics", "--format", "json", "--select", "placeholder").stdout == "[]\n"


def test_statistics_of_an_empty_folder_say_so_and_warn(repo: Path) -> None:
    (repo / "notatki").mkdir()
    (repo / "notatki" / "zakupy.yaml").write_text("- mleko\n- chleb\n", encoding="utf-8")
    result = cli("lint", "--no-cache", "--statistics", "notatki")
    assert (result.exit_code, result.stdout) == (0, "Nothing to check: no cxkit documents found in 1 file.\n")
    assert "warning: no cxkit documents found in notatki" in result.stderr


# --- the github format's summary --------------------------------------------------------------


def test_github_format_ends_with_the_summary_on_stderr_and_keeps_stdout_to_annotations(repo: Path) -> None:
    result = cli("lint", "--no-cache", "--format", "github", "--select", "placeholder", "marketing/personas")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all(ANNOTATION.match(line) for line in lines), result.stdout
    assert lines[0].startswith("::warning file=marketing/personas/personas/ola.yaml,line=6,col=10,title=CX501 placeholder::")
    assert result.stderr == f"cxkit: {FOUND}\n"


def test_a_clean_github_run_says_all_checks_passed(repo: Path) -> None:
    os.chdir(repo / "marketing" / "personas")
    result = cli("lint", "--no-cache", "--format", "github", "--select", "placeholder", "personas/dan.yaml")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == f"cxkit: {PASSED}\n"


def test_the_github_summary_is_the_same_cold_warm_and_from_the_stored_output(repo: Path, tmp_path: Path) -> None:
    step = tmp_path / "step-summary.md"
    step.write_text("## Testy\n\nwszystkie przeszły\n", encoding="utf-8")
    ws = repo / "marketing" / "personas"
    runs = [run(ws, "lint", "--format", "github", "--select", "placeholder", GITHUB_STEP_SUMMARY=str(step)) for _ in range(3)]
    for proc in runs:
        assert proc.returncode == 1, proc.stderr
        assert proc.stderr == f"cxkit: {FOUND}\n"
        assert [ANNOTATION.match(line) is not None for line in proc.stdout.splitlines()] == [True, True]
    assert len({proc.stdout for proc in runs}) == 1
    text = step.read_text(encoding="utf-8")
    assert text.startswith("## Testy\n\nwszystkie przeszły\n")  # the earlier step's summary is kept
    assert text.count("### cxkit lint") == 3
    assert text.endswith(
        "\n### cxkit lint\n\n" + FOUND + "\n\n"
        "| Zgłoszenia | Kod | Waga | Reguła |\n|---:|---|---|---|\n| 2 | CX501 | warning | placeholder |\n\n"
    )


def test_the_step_summary_holds_no_file_name_or_message(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A pull request controls file names and messages quote its YAML: neither reaches the job's page.
    ws = repo / "marketing" / "personas"
    (ws / "personas" / "ola.yaml").rename(ws / "personas" / "<img src=x onerror=alert(1)>.yaml")
    step = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(step))
    result = cli("lint", "--no-cache", "--format", "github", "--select", "placeholder", "marketing/personas")
    assert result.exit_code == 1 and "<img" in result.stdout
    text = step.read_text(encoding="utf-8")
    assert FOUND in text and "<img" not in text and "TODO" not in text and "ola" not in text


@pytest.mark.parametrize("args", [("--format", "text"), ("--format", "json"), ("--statistics",)], ids=" ".join)
def test_only_the_github_format_writes_the_step_summary(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args) -> None:
    step = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(step))
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = cli("lint", "--no-cache", *args, "--select", "placeholder", "marketing/personas")
    assert result.exit_code == 1
    assert not step.exists()
    assert "cxkit: Znaleziono" not in result.stderr
    # ...while the github format (the default there) does.
    assert cli("lint", "--no-cache", "--select", "placeholder", "marketing/personas").exit_code == 1
    assert FOUND in step.read_text(encoding="utf-8")


def test_an_empty_step_summary_variable_leaves_it_out(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "")
    result = cli("lint", "--no-cache", "--format", "github", "--select", "placeholder", "marketing/personas")
    assert result.exit_code == 1 and result.stderr == f"cxkit: {FOUND}\n"


@pytest.mark.parametrize("where", ["a folder", "a missing folder", "a pipe"])
def test_a_step_summary_that_cannot_be_written_is_a_warning_not_a_failure(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    target = {"a folder": tmp_path, "a missing folder": tmp_path / "brak" / "summary.md", "a pipe": tmp_path / "fifo"}[where]
    if where == "a pipe":
        os.mkfifo(target)  # nobody reads it: opening it for writing must not block the run
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
    result = cli("lint", "--no-cache", "--format", "github", "--select", "placeholder", "marketing/personas")
    assert result.exit_code == 1  # by the findings, as without a summary
    assert len(result.stdout.splitlines()) == 2
    warning = [line for line in result.stderr.splitlines() if "podsumowania kroku" in line]  # the workspace is Polish (s40)
    assert len(warning) == 1 and warning[0].startswith(
        f"cxkit: ostrzeżenie: nie zapisano podsumowania kroku (GITHUB_STEP_SUMMARY): {target}: ")
    assert result.stderr.startswith(f"cxkit: {FOUND}\n")


def test_more_annotations_than_github_shows_are_counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    (tmp_path / "personas").mkdir()
    for n in range(1, 13):
        (tmp_path / "personas" / f"ola-{n:02}.yaml").write_text(
            f"kind: persona\nid: ola-{n:02}\nname: Ola {n}\nlang: pl\nsummary: TODO opisać po wywiadach\n", encoding="utf-8"
        )
    step = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(step))
    result = cli("lint", "--no-cache", "--format", "github", "--select", "placeholder")
    assert result.exit_code == 1 and len(result.stdout.splitlines()) == 12
    note = "GitHub shows at most 10 annotations of each kind for a step: 2 of the 12 warnings are not shown as annotations, only as lines of the report (the step's log, or the file -o wrote)."
    assert result.stderr == (
        "cxkit: Found 12 problems (12 warnings) in 12 files; 12 documents checked.\n"
        f"cxkit: {note}\n"
    )
    assert note in step.read_text(encoding="utf-8")


# --- cache clear ------------------------------------------------------------------------------


def lint_with_cache(repo: Path, *paths: str) -> None:
    result = cli("lint", "--format", "json", *paths)
    assert result.exit_code in (0, 1), result.stderr


def test_cache_clear_of_a_workspace_in_a_subfolder_named_from_the_repository_top(repo: Path) -> None:
    cache = repo / "marketing" / "personas" / ".cxkit_cache"
    lint_with_cache(repo, "marketing/personas")
    assert cache.is_dir()  # where lint keeps it: beside the workspace's config
    result = cli("cache", "clear", "marketing/personas")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "usunięto 3 pliki pamięci podręcznej z marketing/personas/.cxkit_cache\n"
    assert not cache.exists()
    again = cli("cache", "clear", "marketing/personas")
    assert (again.exit_code, again.stdout) == (0, "nie ma czego czyścić: w marketing/personas/.cxkit_cache nie ma pamięci podręcznej\n")


def test_cache_clear_of_a_file_finds_its_workspace(repo: Path) -> None:
    lint_with_cache(repo, "marketing/personas/personas/ola.yaml")
    result = cli("cache", "clear", "marketing/personas/personas/ola.yaml")
    assert result.exit_code == 0 and result.stdout.startswith("usunięto ")
    assert not (repo / "marketing" / "personas" / ".cxkit_cache").exists()


def test_cache_clear_without_paths_at_the_top_clears_the_subfolder_workspaces_cache(repo: Path) -> None:
    # `cxkit lint` at the top lints marketing/personas under its own config, with its own cache (tester_pl F1).
    lint_with_cache(repo, "marketing/personas")
    result = cli("cache", "clear")
    assert (result.exit_code, result.stdout) == (0, "removed 3 cache files from marketing/personas/.cxkit_cache\n")
    assert not (repo / "marketing" / "personas" / ".cxkit_cache").exists()


def test_cache_clear_without_paths_where_there_is_no_workspace_says_how(tmp_path: Path, monkeypatch) -> None:
    # the hint is given only when a folder below has a cache (tests/test_cache_clear_hint_s23.py)
    (tmp_path / "szkice" / ".cxkit_cache").mkdir(parents=True)  # lint was run in szkice/
    (tmp_path / "szkice" / ".cxkit_cache" / "lint.json").write_text("{}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = cli("cache", "clear")
    assert result.exit_code == 0
    assert result.stdout.startswith("nothing to clear: no cache at .cxkit_cache (")
    assert "`cd szkice && cxkit cache clear`" in result.stdout


def test_cache_clear_of_two_workspaces_clears_both(repo: Path) -> None:
    other = repo / "sprzedaz"
    (other / "personas").mkdir(parents=True)
    (other / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (other / "personas" / "dan.yaml").write_text(DAN_EN, encoding="utf-8")
    lint_with_cache(repo, "marketing/personas")
    lint_with_cache(repo, "sprzedaz")
    result = cli("cache", "clear", "marketing/personas", "sprzedaz")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "removed 3 cache files from marketing/personas/.cxkit_cache",  # from the top, which has no config: English
        "removed 3 cache files from sprzedaz/.cxkit_cache",
    ]


def test_cache_clear_of_a_missing_path_is_a_usage_error(repo: Path) -> None:
    lint_with_cache(repo, "marketing/personas")
    result = cli("cache", "clear", "marketing/persony")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "cxkit: marketing/persony: no such file or directory; did you mean marketing/personas?\n"
    assert (repo / "marketing" / "personas" / ".cxkit_cache").is_dir()


def test_cache_clear_works_while_the_config_names_an_unknown_rule(repo: Path) -> None:
    # The cache is where the config is; a typo in its rules must not keep the old cache in place.
    ws = repo / "marketing" / "personas"
    lint_with_cache(repo, "marketing/personas")
    (ws / "cxkit.toml").write_text('lang = "pl"\n[rules.placeholdr]\nseverity = "error"\n', encoding="utf-8")
    os.chdir(ws)
    result = cli("cache", "clear")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "usunięto 3 pliki pamięci podręcznej z .cxkit_cache\n"


def test_cache_clear_takes_the_cache_dir_lint_takes(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cxkit-cache"))
    lint_with_cache(repo, "marketing/personas")
    result = cli("cache", "clear", "marketing/personas")
    assert result.exit_code == 0 and result.stdout == f"usunięto 3 pliki pamięci podręcznej z {tmp_path / 'cxkit-cache'}\n"
    assert json.loads(cli("lint", "--format", "json", "--select", "placeholder", "marketing/personas").stdout)
