"""The shell examples of docs/diff.md and docs/render.md run, with the exit codes the docs give them.

Each `$ cxkit ...` line of a ```console block is run (in-process, COLUMNS=100) in a git repository
made of examples/pl: `main` with the examples, a branch `feature` that changed a persona and a
journey, `ola.yaml` edited in the working tree, two files and two folders to compare.  A line whose
block shows an error (`cxkit: -o …`, `cxkit: error`) must exit 2 with that message; every other
must exit 0 or 1 (no differences, differences) — never 2 or a traceback.  A new example in either
page is picked up by the test; one it cannot run (a placeholder such as `abc123`) is mapped below.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

ROOT = Path(__file__).resolve().parent.parent
DOCS = {"diff": ROOT / "docs" / "diff.md", "render": ROOT / "docs" / "render.md"}
PAWEL = "personas/pawel-programista-audiofil.yaml"


def console_examples(page: Path) -> list[tuple[int, str, list[str]]]:
    """Each `$ cxkit …` line of a ```console block: (line number, command, the block's lines after it)."""
    out: list[tuple[int, str, list[str]]] = []
    lines = page.read_text(encoding="utf-8").splitlines()
    inside = False
    for n, line in enumerate(lines, 1):
        if line.startswith("```"):
            inside = line.strip() == "```console"
            continue
        if inside and line.startswith("$ cxkit "):
            rest = []
            for after in lines[n:]:
                if after.startswith(("$ ", "```")):
                    break
                rest.append(after)
            out.append((n, line[2:], rest))
    return out


#: A Polish letter: an error line the docs show in Polish is checked in the Polish workspace only.
POLISH = re.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    top = tmp_path_factory.mktemp("docs_examples")
    shutil.copytree(ROOT / "examples" / "pl", top, dirs_exist_ok=True)
    (top / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    env = ["-c", "user.name=Łucja", "-c", "user.email=l@example.pl"]
    _git(top, "init", "-q", "-b", "main")
    _git(top, "add", "-A")
    _git(top, *env, "commit", "-qm", "przyklady")
    for n in range(3):  # HEAD~3 exists
        (top / "notes.txt").write_text(f"notatka {n}\n", encoding="utf-8")
        _git(top, "add", "-A")
        _git(top, *env, "commit", "-qm", f"notatka {n}")
    _git(top, "checkout", "-q", "-b", "feature")
    pawel = top / PAWEL
    pawel.write_text(pawel.read_text(encoding="utf-8").replace("Czerski", "Czerski-Nowak"), encoding="utf-8")
    (top / "personas" / "archiwum").mkdir()
    shutil.copy(pawel, top / "personas" / "archiwum" / "stary.yaml")
    _git(top, "add", "-A")
    _git(top, *env, "commit", "-qm", "Paweł: nowe nazwisko")
    _git(top, "checkout", "-q", "main")
    _git(top, *env, "merge", "-q", "--no-ff", "--no-edit", "feature")  # main: feature merged, one commit ahead
    ola = top / "personas" / "ola.yaml"
    shutil.copy(pawel, ola)
    ola.write_text(ola.read_text(encoding="utf-8").replace("id: pawel-programista-audiofil", "id: ola"), encoding="utf-8")
    _git(top, "add", "-A")
    _git(top, *env, "commit", "-qm", "Ola")
    ola.write_text(ola.read_text(encoding="utf-8").replace("Gdańska", "Gdyni"), encoding="utf-8")
    (top / "personas" / "anna.yaml").write_text((top / PAWEL).read_text(encoding="utf-8").replace(
        "id: pawel-programista-audiofil", "id: anna"), encoding="utf-8")
    for name, folder in (("old.yaml", "before"), ("new.yaml", "after")):
        (top / folder).mkdir()
        shutil.copy(top / PAWEL, top / name)
        shutil.copy(top / PAWEL, top / folder / "pawel.yaml")
    (top / "new.yaml").write_text((top / "new.yaml").read_text(encoding="utf-8").replace("Gdańska", "Gdyni"),
                                  encoding="utf-8")
    shutil.copy(top / "new.yaml", top / "after" / "pawel.yaml")
    # An editor's unsaved buffer (render.md's `render - … < bufor.yaml`): the journey, one stage edited.
    journey = (top / "journeys" / "pawel-kupuje-sluchawki-otwarte.yaml").read_text(encoding="utf-8")
    (top / "bufor.yaml").write_text(journey.replace("emotion: -1", "emotion: 0", 1), encoding="utf-8")
    return top


def _argv(command: str, repo: Path) -> list[str]:
    return _command(command, repo)[0]


def _command(command: str, repo: Path) -> tuple[list[str], Path | None]:
    """The arguments after `cxkit`, and the file a `< FILE` feeds to stdin (None without one).

    A `> FILE` and a `# comment` are cut off; a file written under /tmp/ (`-o /tmp/podglad.html`) is
    written in the example's own folder instead, so parallel runs do not share it."""
    command = command.split(" # ")[0].split(" > ")[0].strip()
    head = _git(repo, "rev-parse", "--short", "HEAD~1")
    command = command.replace("abc123", head).replace("origin/main", "main").replace(" /tmp/", " ")
    words = shlex.split(command)[1:]
    stdin = None
    if "<" in words:
        at = words.index("<")
        stdin = repo / words[at + 1]
        del words[at:at + 2]
    return words, stdin


CASES = [(page, n, cmd, rest) for page, path in DOCS.items() for n, cmd, rest in console_examples(path)]


def test_the_docs_have_examples_to_run() -> None:
    assert sum(page == "diff" for page, *_ in CASES) >= 15 and sum(page == "render" for page, *_ in CASES) >= 7


@pytest.mark.parametrize(("page", "line", "command", "shown"), CASES, ids=[f"{p}.md:{n}" for p, n, _c, _s in CASES])
def test_a_docs_example_runs(repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: str, line: int,
                             command: str, shown: list[str]) -> None:
    work = repo
    if " -o " in command:  # writes a file: in a copy, so the repository stays as the other examples need it
        work = tmp_path / "w"
        shutil.copytree(repo, work, symlinks=True)
    monkeypatch.chdir(work)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    argv, stdin = _command(command, work)
    # `< bufor.yaml`, as a shell would: the file must be there (the fixture's editor buffer).
    result = CliRunner().invoke(app, argv, input=None if stdin is None else stdin.read_bytes())
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    error = next((s for s in shown if re.match(r"cxkit: (?!note:|warning:)", s)), None)
    if error is not None:
        assert result.exit_code == 2, result.output
        if error.split(";")[0] not in result.stderr and not POLISH.search(error):
            # The docs show the English wording, which this Polish workspace words in Polish (session 41):
            # the same command in a copy whose config says `lang = "en"` must print the documented line.
            english = tmp_path / "en"
            shutil.copytree(repo, english, symlinks=True)
            (english / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
            monkeypatch.chdir(english)
            argv, stdin = _command(command, english)
            result = CliRunner().invoke(app, argv, input=None if stdin is None else stdin.read_bytes())
            assert result.exit_code == 2, result.output
        assert error.split(";")[0] in result.stderr, (error, result.stderr)
    else:
        assert result.exit_code in (0, 1), f"{page}.md:{line}: {command}\n{result.output}"
        if "-o" in argv:
            assert (work / argv[argv.index("-o") + 1]).is_file(), f"{page}.md:{line}: {command} wrote nothing"


# --- docs/ci.md: the cxkit lines of its CI recipes (session 31) ----------------------------------

CI_PAGE = ROOT / "docs" / "ci.md"
#: A CI's variables, as they stand in the recipes, and what they are in the test's repository.
CI_VARIABLES = [
    (re.compile(r"origin/\$\{?[A-Za-z_][^\"'\s]*"), "main"),  # origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME
    (re.compile(r"\$CI_PROJECT_DIR/"), ""),
    (re.compile(r"\$CI_MERGE_REQUEST_DIFF_BASE_SHA\b"), "HEAD~1"),  # a commit the branch started from
    (re.compile(r"\$\(Common\.TestResultsDirectory\)/"), "TestResults/"),
    # The review's report, written outside the checkout (a folder of its own, Jenkins' and Azure's temporary ones).
    (re.compile(r"\$report\b"), "review.md"),
    (re.compile(r"\$WORKSPACE_TMP/|\$\(Agent\.TempDirectory\)/"), ""),
]


def ci_commands(page: Path) -> list[tuple[int, str]]:
    """Each cxkit command in a fenced block of ``page`` (a YAML script line, a Jenkins `sh '…'`):
    (line number, the command up to a `||`, a `>` or the quote that closes it)."""
    out: list[tuple[int, str]] = []
    inside = False
    for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith("```"):
            inside = not inside
            continue
        # A script line (`- cxkit …`, `script: cxkit …`, a line of a `|` block) or Jenkins' `sh 'cxkit …'`;
        # not a step's name (`name: cxkit review`, `stage('cxkit review')`).
        found = re.match(r"\s*(?:- |script: |sh ')?(cxkit (?:lint|review|fmt|render|diff)\b[^'\n]*)", line) if inside else None
        if found:
            out.append((n, re.split(r" \|\| | > ", found.group(1))[0].strip()))
    return out


CI_CASES = ci_commands(CI_PAGE)


def test_the_ci_page_has_a_recipe_for_each_ci() -> None:
    text = CI_PAGE.read_text(encoding="utf-8")
    for heading in ("## GitLab CI", "## Jenkins", "## Azure Pipelines", "## Bitbucket Pipelines"):
        assert f"\n{heading}\n" in text, heading
    for needed in ("allowEmptyResults: true", "recordIssues", "sarif(pattern:", "PublishTestResults@2",
                   "testResultsFormat: JUnit", "GIT_DEPTH", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "fetchDepth: 0",
                   "depth: full", "test-reports/"):
        assert needed in text, needed
    assert sum(" review " in c for _n, c in CI_CASES) >= 4 and len(CI_CASES) >= 10
    assert "(docs/ci.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("line", "command"), CI_CASES, ids=[f"ci.md:{n}" for n, _c in CI_CASES])
def test_a_ci_recipe_command_runs(repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, line: int,
                                  command: str) -> None:
    work = tmp_path / "w"
    shutil.copytree(repo, work, symlinks=True)
    monkeypatch.chdir(work)
    monkeypatch.setenv("COLUMNS", "100")
    for variable, value in CI_VARIABLES:
        command = variable.sub(value, command)
    assert "$" not in command, f"ci.md:{line}: a CI variable the test does not know: {command}"
    argv = shlex.split(command)[1:]
    result = CliRunner().invoke(app, argv)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    expected = (0,) if "--exit-zero" in argv else (0, 1)
    assert result.exit_code in expected, f"ci.md:{line}: {command}\n{result.output}"
    if "-o" in argv:
        report = work / argv[argv.index("-o") + 1]
        text = report.read_text(encoding="utf-8")
        fmt = argv[argv.index("--format") + 1] if "--format" in argv else argv[0]
        if fmt == "review":  # the comment, Markdown
            assert text.startswith("<!-- cxkit-review -->\n")
        elif fmt == "junit":
            assert text.startswith("<?xml") and "<testsuite " in text
        else:
            assert isinstance(json.loads(text), (list, dict))
