"""Globs of `exclude` / `per-file-ignores` (tester11 F2) and lint's GitLab Code Quality format (F4).

F2: `**/` needed one folder at least (`personas/**/*.yaml` missed `personas/a.yaml`), `*` crossed `/`
(fnmatch), and `legacy/**` matched at any depth in `per-file-ignores` but nothing in `exclude`. Both
settings now read their patterns with one gitignore-like matcher and one anchoring rule.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = """kind: persona
id: {id}
name: Osoba {id}
lang: pl
goals:
  - Ceni jakość
"""

FILES = ["personas/a.yaml", "personas/legacy/b.yaml", "personas/legacy/2024/old.yaml", "legacy/c.yaml",
         "zespoly/personas/d.yaml"]


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for rel in FILES:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(PERSONA.format(id="p-" + path.stem), encoding="utf-8")
    return tmp_path


def reported(*args: str) -> set[str]:
    result = run_cli("lint", "-f", "json", "--no-cache", "--select", "CX101", *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stderr
    return {f["path"] for f in json.loads(result.stdout)}


@pytest.mark.parametrize(("pattern", "matched"), [
    # `**/` is zero or more folders: the top-level persona too.
    ("personas/**/*.yaml", {"personas/a.yaml", "personas/legacy/b.yaml", "personas/legacy/2024/old.yaml",
                            "zespoly/personas/d.yaml"}),
    ("/personas/**/*.yaml", {"personas/a.yaml", "personas/legacy/b.yaml", "personas/legacy/2024/old.yaml"}),
    # `*` stays within one folder.
    ("personas/*.yaml", {"personas/a.yaml", "zespoly/personas/d.yaml"}),
    ("/personas/*.yaml", {"personas/a.yaml"}),
    ("./personas/*.yaml", {"personas/a.yaml"}),
    # A trailing `/**` is everything below; the same at any depth in both settings.
    ("legacy/**", {"personas/legacy/b.yaml", "personas/legacy/2024/old.yaml", "legacy/c.yaml"}),
    ("/legacy/**", {"legacy/c.yaml"}),
    ("legacy", {"personas/legacy/b.yaml", "personas/legacy/2024/old.yaml", "legacy/c.yaml"}),
    ("personas/legacy/", {"personas/legacy/b.yaml", "personas/legacy/2024/old.yaml"}),
    ("**/2024/*.yaml", {"personas/legacy/2024/old.yaml"}),
    ("personas/*/b.yaml", {"personas/legacy/b.yaml"}),
    ("p?rsonas/[!l]*.yaml", {"personas/a.yaml", "zespoly/personas/d.yaml"}),
])
@pytest.mark.parametrize("setting", ["exclude", "per-file-ignores"])
def test_exclude_and_per_file_ignores_match_the_same_files(ws: Path, setting: str, pattern: str, matched: set[str]):
    everything = reported()
    assert everything == set(FILES)
    if setting == "exclude":
        text = f"exclude = [{json.dumps(pattern)}]\n"
    else:
        text = f"[per-file-ignores]\n{json.dumps(pattern)} = [\"pseudo-profiling\"]\n"
    (ws / "cxkit.toml").write_text(text, encoding="utf-8")
    assert reported() == everything - matched


def test_per_file_ignores_from_a_subfolder_and_with_paths_named(ws: Path, monkeypatch: pytest.MonkeyPatch):
    # Patterns are relative to the config's folder, whatever folder lint runs in or the paths it is given.
    (ws / "cxkit.toml").write_text('[per-file-ignores]\n"/personas/**/*.yaml" = ["CX101"]\n', encoding="utf-8")
    monkeypatch.chdir(ws / "personas")
    assert reported("..") == {"../legacy/c.yaml", "../zespoly/personas/d.yaml"}
    assert reported("a.yaml", "legacy/b.yaml", "../legacy/c.yaml") == {"../legacy/c.yaml"}


def test_a_folder_named_on_the_command_line_that_exclude_matches_is_skipped(ws: Path):
    (ws / "cxkit.toml").write_text('exclude = ["personas/**/2024"]\n', encoding="utf-8")
    result = run_cli("lint", "-f", "json", "--no-cache", "--select", "CX101", "personas/legacy/2024", "zespoly")
    assert result.exit_code == 1 and {f["path"] for f in json.loads(result.stdout)} == {"zespoly/personas/d.yaml"}
    assert "personas/legacy/2024 is excluded" in result.stderr
    # Named alone, it leaves nothing to check: exit 2 (tester16 F4).
    result = run_cli("lint", "-f", "json", "--no-cache", "--select", "CX101", "personas/legacy/2024")
    assert result.exit_code == 2 and result.stdout == ""
    assert "nothing to check: personas/legacy/2024, the only folder named, is excluded" in result.stderr


def test_the_matcher_compiles_each_set_of_patterns_once():
    from cxkit import globs

    globs.compile_globs.cache_clear()
    patterns = ("drafts", "personas/**/*.yaml", "/archiwum/*")
    for rel in ("personas/a.yaml", "x/drafts/b.yaml", "archiwum/c.yaml", "journeys/j.yaml") * 50:
        globs.matches(rel, patterns)
    assert globs.compile_globs.cache_info().misses == 1
    assert [globs.matches(r, patterns) for r in ("personas/a.yaml", "x/drafts/b.yaml", "a/archiwum/c.yaml")] == [
        True, True, False]


@pytest.mark.parametrize(("pattern", "rel", "expected"), [
    ("[[]x.yaml", "[x.yaml", True),  # `[[]` is a `[` itself, as the config's error message says
    ("[]a]*.yaml", "].yaml", True),
    ("[!]a]*.yaml", "].yaml", False),
    ("a**b.yaml", "axyb.yaml", True),  # `**` inside a name is a plain `*`
    ("a**b.yaml", "ax/yb.yaml", False),
    ("**", "a/b/c.yaml", True),
    (".*", "a/.szkice/b.yaml", True),  # a hidden folder at any depth
    ("drafts\\*.yaml", "drafts/a.yaml", True),  # a Windows backslash is a folder separator
    ("/", "a.yaml", False),
])
def test_glob_details(pattern: str, rel: str, expected: bool):
    from cxkit import globs

    assert globs.matches(rel, (pattern,)) is expected


# F4: `--format gitlab`, a GitLab Code Quality report, and `cxkit init` in a GitLab repository.

OLA = """kind: persona
id: ola
name: Ola Nowak
lang: pl
reviewed: 2024-01-15
sources:
  - id: wywiady-2026
    type: interview
    n: 8
    date: 2026-10-01
goals:
  - Kupić rower gravel do 6000 zł przed majówką
"""
OLA_COPY = OLA.replace("name: Ola Nowak", "name: Ola Kowalska").replace("reviewed: 2024-01-15\n", "")
RULES = "duplicate-id,missing-review-date,stale-review"

SNAPSHOT = """\
[
  {"description": "missing-review-date: no `reviewed` date; add the date this document was last checked against research", \
"check_name": "CX304", "fingerprint": "c2d6a4602e332b50b3ffad32cf2a8a952c15bd6c4e9a868b547c1a866f7a9cb9", "severity": "info", \
"location": {"path": "cx/personas/ola-2.yaml", "lines": {"begin": 2, "end": 2}}},
  {"description": "duplicate-id: id 'ola' is also used by cx/personas/ola.yaml:2; ids must be unique across the workspace", \
"check_name": "CX003", "fingerprint": "21fd753f08bfa5da32295c9637be03a6e16dabd18537529854eef3ff5b997ff2", "severity": "major", \
"location": {"path": "cx/personas/ola-2.yaml", "lines": {"begin": 2, "end": 2}}},
  {"description": "duplicate-id: id 'ola' is also used by cx/personas/ola-2.yaml:2; ids must be unique across the workspace", \
"check_name": "CX003", "fingerprint": "9b9c055bb556b870a5a39ffa021757e43bb54f45c96ce020f12ba425741d2a1b", "severity": "major", \
"location": {"path": "cx/personas/ola.yaml", "lines": {"begin": 2, "end": 2}}},
  {"description": "stale-review: last reviewed 2024-01-15, 34 months ago (limit 12 months); review it against fresh research", \
"check_name": "CX303", "fingerprint": "e8c0a80d3d8ce2114c821da32142a452127bb0f385a499ea0209e6d651c9b42b", "severity": "minor", \
"location": {"path": "cx/personas/ola.yaml", "lines": {"begin": 5, "end": 5}}}
]
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository whose cxkit workspace is in `cx/`; lint runs in `cx/`."""
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "cx" / "personas").mkdir(parents=True)
    (tmp_path / "cx" / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    (tmp_path / "cx" / "personas" / "ola-2.yaml").write_text(OLA_COPY, encoding="utf-8")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-01")
    monkeypatch.delenv("CI_PROJECT_DIR", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.chdir(tmp_path / "cx")
    return tmp_path


def gitlab(*args: str) -> tuple[int, str]:
    result = run_cli("lint", "-f", "gitlab", "--select", RULES, *args)
    assert result.exception is None, result.exception
    return result.exit_code, result.stdout


def test_gitlab_report_snapshot_names_files_from_the_repositorys_top(repo: Path):
    assert gitlab("--no-cache") == (1, SNAPSHOT)
    # A cached run prints the same report.
    assert gitlab() == (1, SNAPSHOT)
    assert gitlab() == (1, SNAPSHOT)


def test_gitlab_paths_are_from_ci_project_dir(repo: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CI_PROJECT_DIR", str(repo / "cx"))
    code, out = gitlab("--no-cache")
    paths = {e["location"]["path"] for e in json.loads(out)}
    assert code == 1 and paths == {"personas/ola.yaml", "personas/ola-2.yaml"}
    assert "also used by personas/ola.yaml:2;" in out


def fingerprints(out: str) -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {}
    for e in json.loads(out):
        found.setdefault((e["location"]["path"], e["check_name"]), []).append(e["fingerprint"])
    return found


def test_a_fingerprint_stays_when_lines_are_added_above_the_finding(repo: Path):
    before = fingerprints(gitlab("--no-cache")[1])
    ola = repo / "cx" / "personas" / "ola.yaml"
    ola.write_text("# Persona z badań jesień 2026\n# Właścicielka: Marta\n" + OLA, encoding="utf-8")
    code, out = gitlab("--no-cache")
    # Every finding moved (ola.yaml's) or names a moved line (ola-2.yaml's `ola.yaml:4`): same fingerprints.
    assert "cx/personas/ola.yaml:4;" in out and {e["location"]["lines"]["begin"] for e in json.loads(out)} == {2, 4, 7}
    assert fingerprints(out) == before
    # Another subject is another finding; a date or an age in the message is not (tester16 F9).
    ola.write_text(OLA.replace("2024-01-15", "2023-01-15"), encoding="utf-8")
    after = fingerprints(gitlab("--no-cache")[1])
    assert after[("cx/personas/ola.yaml", "CX303")] == before[("cx/personas/ola.yaml", "CX303")]
    assert after[("cx/personas/ola-2.yaml", "CX003")] == before[("cx/personas/ola-2.yaml", "CX003")]
    for name in ("ola.yaml", "ola-2.yaml"):
        path = repo / "cx" / "personas" / name
        path.write_text(path.read_text(encoding="utf-8").replace("id: ola\n", "id: ola-nowak\n"), encoding="utf-8")
    renamed = fingerprints(gitlab("--no-cache")[1])
    assert renamed[("cx/personas/ola-2.yaml", "CX003")] != before[("cx/personas/ola-2.yaml", "CX003")]


def test_alike_findings_in_one_file_get_distinct_fingerprints(repo: Path):
    persona = repo / "cx" / "personas" / "ola.yaml"
    persona.write_text(OLA + "  - Ceni jakość\n  - Dba o zdrowie\n  - Ceni jakość\n", encoding="utf-8")
    result = run_cli("lint", "-f", "gitlab", "--no-cache", "--select", "pseudo-profiling", "personas/ola.yaml")
    entries = json.loads(result.stdout)
    alike = [e for e in entries if e["description"].startswith('pseudo-profiling: "Ceni jakość"')]
    assert result.exit_code == 1 and [e["location"]["lines"]["begin"] for e in alike] == [13, 15]
    assert alike[0]["description"] == alike[1]["description"]
    assert len({e["fingerprint"] for e in entries}) == len(entries)
    assert all(e["severity"] == "minor" and e["check_name"] == "CX101" for e in entries)


def test_gitlab_clean_run_and_statistics(repo: Path):
    assert run_cli("lint", "-f", "gitlab", "--no-cache", "--select", "schema").stdout == "[]\n"
    result = run_cli("lint", "-f", "gitlab", "--statistics")
    assert result.exit_code == 2 and "not gitlab" in result.stderr


def test_gitlab_is_listed_in_lint_help():
    out = " ".join(run_cli("lint", "--help").stdout.split())
    assert "text|json|sarif|github|gitlab" in out and "GitLab Code Quality report" in out


@pytest.fixture
def gitlab_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitlab-ci.yml").write_text("stages: [test]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_init_in_a_gitlab_repository_prints_a_job_and_writes_no_github_workflow(gitlab_repo: Path):
    import yaml

    # `--lang en`: without it the account's language follows the configs beside the repository (other
    # tests'), as init's agency rule says (590ab4fc made the account speak it)
    result = run_cli("init", "--no-examples", "--lang", "en", ".")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert not (gitlab_repo / ".github").exists()
    assert (gitlab_repo / ".gitlab-ci.yml").read_text(encoding="utf-8") == "stages: [test]\n"
    assert "printed  .gitlab-ci.yml (GitLab CI runs here, not GitHub Actions: add this job to it)" in result.stdout
    job = yaml.safe_load(result.stdout.split("add this job to it)\n", 1)[1].split("\nNext:", 1)[0])["cxkit"]
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality.json"
    assert 'cxkit lint --format gitlab -o "$CI_PROJECT_DIR/gl-code-quality.json" || true' in job["script"]
    # A job already there is not shown again.
    (gitlab_repo / ".gitlab-ci.yml").write_text("cxkit:\n  script:\n    - cxkit lint\n", encoding="utf-8")
    assert "skipped  .gitlab-ci.yml (already runs cxkit lint)" in run_cli("init", "--no-examples", "--lang", "en", ".").stdout


def test_init_in_a_folder_of_a_gitlab_repository_cds_into_it(gitlab_repo: Path):
    import yaml

    result = run_cli("init", "--no-examples", "--lang", "en", "zespół cx")
    assert result.exit_code == 0 and not (gitlab_repo / ".github").exists()
    assert "add this job to it, set for zespół cx/)" in result.stdout
    job = yaml.safe_load(result.stdout.split("set for zespół cx/)\n", 1)[1].split("\nNext:", 1)[0])["cxkit"]
    assert job["script"][0] == "cd 'zespół cx'"


def test_init_with_a_github_folder_writes_the_workflow_as_before(gitlab_repo: Path):
    (gitlab_repo / ".github").mkdir()
    result = run_cli("init", "--no-examples", ".")
    assert result.exit_code == 0 and (gitlab_repo / ".github" / "workflows" / "cxkit.yml").is_file()
    assert ".gitlab-ci.yml" not in result.stdout


# Low: NO_COLOR leaves no bold or dim escape in lint's text output (tester11 L6).

class _Terminal(__import__("io").StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("env", "escapes"), [
    ({}, True),  # a terminal gets styles
    ({"NO_COLOR": "1"}, False),
    ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),  # NO_COLOR wins, as for colours
    ({"NO_COLOR": ""}, True),  # an empty NO_COLOR is no NO_COLOR
])
def test_no_color_gives_plain_lint_text_on_a_terminal(monkeypatch: pytest.MonkeyPatch, env: dict, escapes: bool):
    from cxkit.lint.finding import Finding, Severity
    from cxkit.lint.formats.text import render_text

    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TERM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    found = [Finding("personas/ola.yaml", 12, 5, "CX101", "pseudo-profiling", Severity.warning,
                     '"Ceni jakość" describes almost anyone')]
    out = _Terminal()
    render_text(found, 1, 1, out)
    assert ("\x1b[" in out.getvalue()) is escapes
    if not escapes:
        assert out.getvalue().startswith('personas/ola.yaml:12:5: warning CX101 "Ceni jakość" describes almost anyone')


# Low: a path named with `//` or `/./` is shown normalised (tester11 L11).

@pytest.mark.parametrize("named", [
    ["./personas//a.yaml"], [".//personas/./a.yaml"], ["personas//"], ["personas/./"], ["./personas//a.yaml", "personas/a.yaml"],
])
def test_a_doubled_slash_or_dot_folder_in_a_named_path_is_shown_normalised(ws: Path, named: list[str]):
    result = run_cli("lint", "-f", "json", "--no-cache", "--select", "CX101", *named)
    assert result.exit_code == 1, result.stderr
    shown = [f["path"] for f in json.loads(result.stdout)]
    assert "personas/a.yaml" in shown and all("//" not in p and "/./" not in p and not p.startswith("/") for p in shown)
    assert shown.count("personas/a.yaml") == 1


def test_an_absolute_path_with_a_doubled_slash_keeps_its_root(ws: Path):
    result = run_cli("lint", "-f", "json", "--no-cache", "--select", "CX101", f"{ws}//personas/./a.yaml")
    assert [f["path"] for f in json.loads(result.stdout)] == [f"{ws.as_posix()}/personas/a.yaml"]


# Low: files named on the command line that are no documents are not counted as documents (tester11 L7).

def test_named_files_that_are_no_documents_are_not_counted_as_documents(ws: Path):
    (ws / "cxkit.toml").write_text('fail-level = "warning"\n', encoding="utf-8")
    (ws / "ci.yaml").write_text("stages: [test]\nlint:\n  script: [make lint]\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", "/dev/null", "cxkit.toml", "ci.yaml")
    assert result.exit_code == 1
    assert result.stdout.endswith("Found 3 problems (3 errors) in 3 files; 0 documents checked.\n")
    # A document beside them is counted; so is a named file that does not parse (a broken document).
    (ws / "zepsuta.yaml").write_text("kind: persona\nid: zepsuta\ngoals: [\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--select", "CX101", "/dev/null", "ci.yaml", "personas/a.yaml", "zepsuta.yaml")
    assert result.stdout.endswith("in 4 files; 2 documents checked.\n"), result.stdout
