"""`cxkit init` and the published pre-commit hooks."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from cxkit.config import find_config, load_config
from cxkit.fmt import format_text
from cxkit.model.validate import validate
from cxkit.scaffold.init import example_documents
from cxkit.yamlio import load_text

ROOT = Path(__file__).resolve().parents[1]

EXPECTED_FILES = [
    "cxkit.toml",
    "personas/maya-bike-commuter.yaml",
    "personas/gary-home-mechanic.yaml",
    "journeys/maya-books-a-service.yaml",
    ".pre-commit-config.yaml",
    ".github/workflows/cxkit.yml",
]


def invoke(*args: str, cwd: Path | None = None):
    from cxkit.cli import app

    old = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, list(args))
    finally:
        os.chdir(old)
    assert not (result.exception and not isinstance(result.exception, SystemExit)), repr(result.exception)
    return result


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def safe_yaml(path: Path):
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


# --- a new workspace ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "pl"])
def test_init_in_an_empty_folder_creates_a_workspace_that_lints_clean(tmp_path: Path, lang: str) -> None:
    result = invoke("init", "cx", "--lang", lang, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    root = tmp_path / "cx"
    assert (root / "personas").is_dir() and (root / "journeys").is_dir()
    files = snapshot(root)
    assert len([f for f in files if f.startswith(("personas/", "journeys/"))]) == 3
    for rel in ("cxkit.toml", ".pre-commit-config.yaml", ".github/workflows/cxkit.yml"):
        assert rel in files
        # In the workspace's language (s38): `utworzono  cx/cxkit.toml` in Polish.
        assert f"{'utworzono' if lang == 'pl' else 'created'}  cx/{rel}" in result.stdout
    config = load_config(cwd=root)
    assert config.source == root / "cxkit.toml"
    assert (config.paths, config.lang, config.persona_dir, config.journey_dir) == (["personas", "journeys"], lang, "personas", "journeys")
    lint = invoke("lint", "--format", "json", "--no-cache", "--fail-level", "info", cwd=root)
    assert json.loads(lint.stdout) == [] and lint.exit_code == 0
    assert invoke("fmt", "--check", cwd=root).exit_code == 0


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_examples_are_complete_dated_and_linked(lang: str) -> None:
    today = dt.date(2026, 3, 1)
    docs = [load_text(text).data for _folder, _name, text in example_documents(lang, today)]
    persona, negative, journey = docs
    assert [d["kind"] for d in docs] == ["persona", "negative-persona", "journey"]
    assert all(validate(d)[1] == [] and d["lang"] == lang for d in docs)
    assert journey["persona"] == persona["id"]
    assert persona["reviewed"] == "2026-03-01"
    assert all(s["date"] < "2026-03-01" for s in persona["sources"] + negative["sources"])
    assert all(o["due"] > "2026-03-01" and o["owner"] for st in journey["stages"] for o in st["opportunities"])
    assert [s["id"] for s in journey["stages"]][-3:] == ["post-purchase", "loyalty", "advocacy"]
    assert negative["reasons"] and negative["substitutes"] and negative["abandon_triggers"]
    for _folder, _name, text in example_documents(lang, today):
        assert "TODO" not in text
        assert format_text(text) == text


def test_language_comes_from_the_locale_without_the_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    # A folder of its own: init takes the `lang` most configs beside the folder share over the
    # locale, and tmp_path's siblings are the workspaces earlier tests left in pytest's basetemp.
    ws = tmp_path / "rowery"
    ws.mkdir()
    assert invoke("init", ".", cwd=ws).exit_code == 0
    assert 'lang = "pl"' in (ws / "cxkit.toml").read_text(encoding="utf-8")
    assert (ws / "personas/marta-dojezdza-rowerem.yaml").is_file()


@pytest.mark.parametrize(("config_name", "config_text"), [
    ("cxkit.toml", 'lang = "pl"\n'),
    ("pyproject.toml", '[project]\nname = "persony"\n\n[tool.cxkit]\nlang = "pl"\n'),
])
def test_a_language_set_in_the_folders_config_beats_the_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config_name: str, config_text: str
) -> None:
    # `cxkit new` took the configured language; init wrote English examples into a Polish workspace.
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    (tmp_path / config_name).write_text(config_text, encoding="utf-8")
    # A folder with a config is a workspace already: its examples come only when asked for.
    assert invoke("init", ".", "--examples", cwd=tmp_path).exit_code == 0
    assert (tmp_path / "personas/marta-dojezdza-rowerem.yaml").is_file()
    assert not (tmp_path / "personas/maya-bike-commuter.yaml").exists()
    # The option still beats the config.
    other = tmp_path / "inny"
    other.mkdir()
    (other / config_name).write_text(config_text, encoding="utf-8")
    assert invoke("init", "inny", "--lang", "en", "--examples", cwd=tmp_path).exit_code == 0
    assert (other / "personas/maya-bike-commuter.yaml").is_file()


def test_pre_commit_config_and_workflow_run_cxkit(tmp_path: Path) -> None:
    invoke("init", ".", "--lang", "en", cwd=tmp_path)
    hooks = safe_yaml(tmp_path / ".pre-commit-config.yaml")["repos"][0]["hooks"]
    assert [(h["id"], h["entry"]) for h in hooks] == [("cxkit-lint", "cxkit lint"), ("cxkit-fmt", "cxkit fmt --only-documents")]
    assert hooks[0]["pass_filenames"] is False  # lint sees the whole workspace, so references resolve
    # ... on every commit: pre-commit hands no hook a deleted file, and cxkit.toml matches no
    # document pattern, so a file filter skipped lint on exactly the commits that break references.
    assert hooks[0]["always_run"] is True and "files" not in hooks[0] and "types" not in hooks[0]
    assert hooks[1]["files"] == r"^(personas|journeys)/.*\.ya?ml$" and "always_run" not in hooks[1]
    workflow = safe_yaml(tmp_path / ".github/workflows/cxkit.yml")
    steps = workflow["jobs"]["cxkit"]["steps"]
    runs = [step.get("run") for step in steps]
    assert "cxkit lint" in runs and "cxkit fmt --check" in runs
    # Nothing is installed from PyPI (cxkit is not there; a package of that name would be someone
    # else's): the install step stops the run until it is edited, and the checkout keeps no token.
    install = next(step for step in steps if step.get("name") == "Install cxkit")
    assert "pip" not in install["run"] and install["run"].startswith('echo "::error::Edit this step')
    assert install["run"].rstrip().endswith("exit 1")
    assert [step["with"]["persist-credentials"] for step in steps if step.get("uses", "").startswith("actions/checkout")] == [False]


# --- existing projects -------------------------------------------------------------------------

PYPROJECT = """\
[project]
name = "sklep-rowerowy"
version = "1.2.0"   # wydanie wiosenne

[tool.ruff]
line-length = 110
"""


@pytest.mark.parametrize(("ending", "bom"), [("\n", ""), ("", ""), ("\n", "\ufeff")])
def test_existing_pyproject_gets_a_section_appended_and_nothing_else_changes(tmp_path: Path, ending: str, bom: str) -> None:
    # A byte-order mark (Windows editors) is still that same valid pyproject.toml.
    original = (bom + PYPROJECT.rstrip("\n") + ending).encode("utf-8")
    (tmp_path / "pyproject.toml").write_bytes(original)
    result = invoke("init", ".", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 0
    after = (tmp_path / "pyproject.toml").read_bytes()
    assert after.startswith(original)
    assert b"[tool.cxkit]" in after[len(original):]
    parsed = tomllib.loads(after.decode("utf-8-sig"))
    assert parsed["tool"]["ruff"] == {"line-length": 110}
    assert parsed["tool"]["cxkit"]["lang"] == "pl"
    assert not (tmp_path / "cxkit.toml").exists()
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    assert "dopisano   pyproject.toml (sekcja [tool.cxkit])" in result.stdout  # appended, in Polish (s38)
    assert invoke("lint", "--no-cache", cwd=tmp_path).exit_code == 0


@pytest.mark.parametrize("ending", ["\r\n", ""], ids=["CRLF at the end", "no line end at the end"])
def test_a_windows_pyproject_gets_its_section_with_windows_line_ends(tmp_path: Path, ending: str) -> None:
    original = (PYPROJECT.rstrip("\n").replace("\n", "\r\n") + ending).encode("utf-8")
    (tmp_path / "pyproject.toml").write_bytes(original)
    result = invoke("init", ".", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 0
    after = (tmp_path / "pyproject.toml").read_bytes()
    assert after.startswith(original)
    assert after[len(original):].startswith(b"\r\n" if ending else b"\r\n\r\n[tool.cxkit]\r\n")
    assert after.count(b"\n") == after.count(b"\r\n") and after.endswith(b'\r\nrender.csv-separator = ";"\r\n')  # the separator for Excel set to Polish comes last
    assert tomllib.loads(after.decode("utf-8"))["tool"]["cxkit"]["persona-dir"] == "personas"


def test_pyproject_with_a_cxkit_section_is_left_alone(tmp_path: Path) -> None:
    text = PYPROJECT + '\n[tool.cxkit]\npaths = ["cx"]\npersona-dir = "cx/ludzie"\njourney-dir = "cx/mapy"\n'
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    result = invoke("init", ".", "--lang", "en", "--examples", cwd=tmp_path)
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8") == text
    assert "skipped  pyproject.toml (already has a [tool.cxkit] section)" in result.stdout
    assert not (tmp_path / "cxkit.toml").exists()
    # The examples and the hook follow the folders that config names.
    assert (tmp_path / "cx/ludzie/maya-bike-commuter.yaml").is_file()
    assert (tmp_path / "cx/mapy/maya-books-a-service.yaml").is_file()
    assert not (tmp_path / "personas").exists()
    hooks = safe_yaml(tmp_path / ".pre-commit-config.yaml")["repos"][0]["hooks"]
    assert hooks[0]["always_run"] is True  # lint: every commit
    assert hooks[1]["files"] == r"^(cx/ludzie|cx/mapy)/.*\.ya?ml$"
    assert invoke("lint", "--no-cache", cwd=tmp_path).exit_code == 0


@pytest.mark.parametrize("elsewhere", ["/srv/cx/ludzie", "../wspolne/ludzie"])
def test_a_configured_folder_outside_the_workspace_is_left_to_cxkit_new(tmp_path: Path, elsewhere: str) -> None:
    # init writes only inside the folder it was given; before, "/srv/cx/ludzie" became srv/cx/ludzie here.
    (tmp_path / "ws").mkdir()
    text = PYPROJECT + f'\n[tool.cxkit]\npersona-dir = "{elsewhere}"\njourney-dir = "mapy"\n'
    (tmp_path / "ws" / "pyproject.toml").write_text(text, encoding="utf-8")
    result = invoke("init", ".", "--lang", "pl", "--examples", cwd=tmp_path / "ws")
    assert re.search(rf"^pominięto  {re.escape(elsewhere)}/? \(skonfigurowany folder leży poza tym folderem; init "
                     r"zapisuje tylko w nim\)$", result.stdout, re.MULTILINE), result.stdout  # in Polish (s38)
    assert sorted(p.name for p in (tmp_path / "ws").iterdir()) == [".github", ".pre-commit-config.yaml", "mapy", "pyproject.toml"]
    assert not (tmp_path / "wspolne").exists()
    assert [p.name for p in (tmp_path / "ws" / "mapy").iterdir()]  # the journey example still lands


def test_broken_pyproject_is_not_touched(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(b"[project\nname = 'x'\n")
    result = invoke("init", ".", "--lang", "en", cwd=tmp_path)
    assert result.exit_code == 0
    assert (tmp_path / "pyproject.toml").read_bytes() == b"[project\nname = 'x'\n"
    assert (tmp_path / "cxkit.toml").is_file()


def test_a_read_only_pyproject_is_left_alone_and_the_settings_go_to_cxkit_toml(tmp_path: Path) -> None:
    # A pyproject.toml kept read-only (generated, or guarded): init still leaves a working config.
    text = '[project]\nname = "sklep-rowerowy"\n'
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    (tmp_path / "pyproject.toml").chmod(0o444)
    result = invoke("init", ".", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == (
        "utworzono  cxkit.toml (nie można zapisać pyproject.toml: plik jest tylko do odczytu; zostawiono go bez zmian)")
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8") == text
    assert find_config(tmp_path) == tmp_path / "cxkit.toml"
    assert invoke("lint", "--no-cache", cwd=tmp_path).exit_code == 0


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_a_pyproject_that_cannot_be_written_for_want_of_room_is_reported_not_shadowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    # A full disk or a read-only mount stops cxkit.toml too: the real reason is named, on pyproject.toml.
    text = '[project]\nname = "sklep-rowerowy"\n'
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    import cxkit.scaffold.init as init_module

    real = init_module.write_atomic

    def failing(path, *args, **kwargs):
        if Path(path).name in ("pyproject.toml", "cxkit.toml"):
            raise OSError(code, os.strerror(code), str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(init_module, "write_atomic", failing)
    result = invoke("init", ".", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 2
    # In Polish (s38), the system's words as they are.
    assert result.stdout.splitlines()[0] == f"błąd       pyproject.toml (nie można go zapisać: {os.strerror(code)})"
    assert not (tmp_path / "cxkit.toml").exists()


def test_a_pyproject_with_an_inline_tool_table_is_left_alone_and_not_called_broken(tmp_path: Path) -> None:
    # Valid TOML, but a [tool.cxkit] header after `tool = {...}` would make it invalid.
    text = 'tool = {ruff = {line-length = 110}}\n\n[project]\nname = "sklep-rowerowy"\n'
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    result = invoke("init", ".", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 0
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8") == text
    assert result.stdout.splitlines()[0] == (
        "utworzono  cxkit.toml (pyproject.toml zapisuje `tool` jako wartość w jednym wierszu, więc nie może po niej stać "
        "sekcja [tool.cxkit]; zostawiono go bez zmian)")
    assert find_config(tmp_path) == tmp_path / "cxkit.toml"


def test_a_pyproject_nested_too_deeply_to_read_is_left_alone(tmp_path: Path) -> None:
    text = '[project]\nname = "sklep"\nx = ' + "[" * 100_000 + "]" * 100_000 + "\n"
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    result = invoke("init", ".", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == ("utworzono  cxkit.toml (pyproject.toml nie jest poprawnym TOML, więc "
                                             "zostawiono go bez zmian)")  # in Polish (s38)
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8") == text


def test_a_pyproject_with_a_number_too_long_to_read_is_left_alone(tmp_path: Path) -> None:
    text = '[project]\nname = "sklep"\n\n[tool.sklep]\nlimit = ' + "9" * 5000 + "\n"
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    result = invoke("init", ".", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == ("utworzono  cxkit.toml (pyproject.toml nie jest poprawnym TOML, więc "
                                             "zostawiono go bez zmian)")  # in Polish (s38)
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8") == text


def test_init_never_overwrites_and_reports_what_it_skipped(tmp_path: Path) -> None:
    mine = {
        "cxkit.toml": b'lang = "en"\nfail-level = "error"\n',
        "personas/maya-bike-commuter.yaml": b"# my own Maya\nkind: persona\nid: maya-bike-commuter\nname: Maya\n",
        ".pre-commit-config.yaml": b"repos: []\n",
        ".github/workflows/cxkit.yml": b"name: mine\n",
    }
    for rel, content in mine.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(content)
    result = invoke("init", ".", "--lang", "en", "--examples", cwd=tmp_path)
    assert result.exit_code == 0
    for rel, content in mine.items():
        assert (tmp_path / rel).read_bytes() == content
    for rel in ("cxkit.toml", "personas/maya-bike-commuter.yaml", ".github/workflows/cxkit.yml"):
        assert f"{rel} (already exists)" in result.stdout
    assert "printed" in result.stdout and "- id: cxkit-lint" in result.stdout  # the snippet to paste
    assert (tmp_path / "personas/gary-home-mechanic.yaml").is_file()


def test_running_init_twice_changes_nothing(tmp_path: Path) -> None:
    invoke("init", ".", "--lang", "pl", cwd=tmp_path)
    before = snapshot(tmp_path)
    result = invoke("init", ".", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 0
    assert snapshot(tmp_path) == before
    assert "created" not in result.stdout


def test_a_file_where_a_folder_should_be_is_reported_not_a_crash(tmp_path: Path) -> None:
    # The rest is still made, but the examples refer to the persona that could not be: exit 2.
    (tmp_path / "personas").write_text("notatki", encoding="utf-8")
    result = invoke("init", ".", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 2
    assert "błąd       personas/ (nie można go utworzyć: stoi tam plik o tej nazwie)" in result.stdout
    assert ("błąd       personas/zbigniew-serwisuje-sam.yaml (nie można go zapisać: nie udało się utworzyć jego "
            "folderu)") in result.stdout
    assert "nie udało się utworzyć plików i folderów obszaru roboczego: 3 (zob. wiersze „błąd” wyżej)" in result.stderr
    assert "Dalej:" not in result.stdout and "Next:" not in result.stdout
    assert (tmp_path / "personas").read_text(encoding="utf-8") == "notatki"
    assert (tmp_path / "journeys/marta-umawia-serwis.yaml").is_file()


def test_a_config_that_cannot_be_written_is_reported_as_failed_and_the_rest_still_tried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Files cannot be made here (a read-only folder, a full disk); folders still can.
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(kwargs.get("dir", ".")) + "/.tmp")

    monkeypatch.setattr("cxkit.fsutil.tempfile.mkstemp", refuse)
    result = invoke("init", ".", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "błąd       cxkit.toml (nie można go zapisać: Permission denied)",
        "utworzono  personas/",
        "utworzono  journeys/",
        "błąd       personas/marta-dojezdza-rowerem.yaml (nie można go zapisać: Permission denied)",
        "błąd       personas/zbigniew-serwisuje-sam.yaml (nie można go zapisać: Permission denied)",
        "błąd       journeys/marta-umawia-serwis.yaml (nie można go zapisać: Permission denied)",
        "błąd       .pre-commit-config.yaml (nie można go zapisać: Permission denied)",
        "błąd       .github/workflows/cxkit.yml (nie można go zapisać: Permission denied)",
    ]
    assert "nie udało się utworzyć plików i folderów obszaru roboczego: 6 (zob. wiersze „błąd” wyżej)" in result.stderr
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == []


def test_an_unreadable_pyproject_is_reported_and_not_shadowed_by_a_cxkit_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    real = Path.read_bytes

    def locked(self):
        if self.name == "pyproject.toml":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", locked)
    result = invoke("init", ".", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0] == "błąd       pyproject.toml (nie można go odczytać: Permission denied)"
    assert not (tmp_path / "cxkit.toml").exists()
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8") == PYPROJECT
    assert (tmp_path / "journeys/marta-umawia-serwis.yaml").is_file()


def test_a_dangling_cxkit_toml_link_is_skipped_not_written_through(tmp_path: Path) -> None:
    # As for every other file init makes: nothing is written outside the folder through a link.
    (tmp_path / "cx").mkdir()
    (tmp_path / "cx" / "cxkit.toml").symlink_to("../wspolne/cxkit.toml")
    result = invoke("init", "cx", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == ("skipped  cx/cxkit.toml (a link to ../wspolne/cxkit.toml, which does not "
                                             "exist: init never writes through a link; delete it, or create that file)")
    assert not (tmp_path / "wspolne").exists()
    assert (tmp_path / "cx" / "cxkit.toml").is_symlink()


def test_init_into_a_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "plik").write_text("x", encoding="utf-8")
    result = invoke("init", str(tmp_path / "plik"))
    assert result.exit_code == 2 and "not a folder" in result.stderr


# --- the hooks other repositories use ----------------------------------------------------------

def test_pre_commit_hooks_file_publishes_lint_and_fmt() -> None:
    hooks = {h["id"]: h for h in safe_yaml(ROOT / ".pre-commit-hooks.yaml")}
    assert set(hooks) == {"cxkit-lint", "cxkit-fmt"}
    assert hooks["cxkit-lint"]["entry"] == "cxkit lint"
    # fmt leaves what `exclude` names alone, as a folder scan does (tester14 F2)
    assert hooks["cxkit-fmt"]["entry"] == "cxkit fmt --only-documents"
    for hook in hooks.values():
        assert hook["language"] == "python"
    # lint sees the whole workspace (journeys refer to personas in other files) on every commit: a
    # deletion or a cxkit.toml change hands pre-commit no YAML file, and `types: [yaml]` skipped it.
    assert hooks["cxkit-lint"]["pass_filenames"] is False
    assert hooks["cxkit-lint"]["always_run"] is True and "types" not in hooks["cxkit-lint"] and "files" not in hooks["cxkit-lint"]
    # fmt takes the changed YAML files' names
    assert hooks["cxkit-fmt"]["pass_filenames"] is True and hooks["cxkit-fmt"]["types"] == ["yaml"]
    assert "always_run" not in hooks["cxkit-fmt"]


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=cxkit test", "-c", "user.email=test@example.invalid", *args],
                   cwd=cwd, check=True, capture_output=True)


def try_repo(hook_repo: Path, work: Path, *, all_files: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), *(["--all-files"] if all_files else [])],
        cwd=work, capture_output=True, text=True, timeout=600,
    )


def run_hooks_in_a_repo(hook_repo: Path, work: Path) -> None:
    """A repository that uses cxkit's hooks: clean workspace passes, mistakes fail."""
    invoke("init", str(work), "--lang", "en")
    (work / ".pre-commit-config.yaml").unlink()  # the hooks come from try-repo here
    shutil.rmtree(work / ".github")
    _git(work, "init", "-q")
    _git(work, "add", "-A")
    _git(work, "commit", "-q", "-m", "workspace")
    clean = try_repo(hook_repo, work)
    if clean.returncode != 0 and "error has occurred" in clean.stdout + clean.stderr:
        pytest.skip("pre-commit could not install the hook environment here: " + (clean.stdout + clean.stderr)[-300:])
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "cxkit lint" in clean.stdout and "cxkit fmt" in clean.stdout and "Failed" not in clean.stdout
    # A commit that only deletes the persona the journey names hands pre-commit no file: lint runs anyway.
    _git(work, "rm", "-q", "personas/maya-bike-commuter.yaml")
    deleted = try_repo(hook_repo, work, all_files=False)
    assert deleted.returncode == 1, deleted.stdout + deleted.stderr
    assert "CX004" in deleted.stdout and "journeys/maya-books-a-service.yaml" in deleted.stdout
    _git(work, "reset", "-q", "--hard")
    messy = "name: Ola\nid: ola\nkind: persona\n"
    (work / "personas/ola.yaml").write_text(messy, encoding="utf-8")
    (work / "journeys/bad.yaml").write_text(
        "kind: journey\nid: bad\nname: Bad\npersona: ola\nstages:\n  - id: a\n    name: A\n    emotion: 7\n", encoding="utf-8"
    )
    _git(work, "add", "-A")
    failing = try_repo(hook_repo, work)
    assert failing.returncode == 1
    assert "CX002" in failing.stdout and "journeys/bad.yaml" in failing.stdout
    assert "files were modified by this hook" in failing.stdout
    assert (work / "personas/ola.yaml").read_text(encoding="utf-8") == "kind: persona\nid: ola\nname: Ola\n"


def test_hooks_work_through_pre_commit(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit")
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout of cxkit")
    run_hooks_in_a_repo(ROOT, tmp_path / "work")


# --- a workspace in a folder of a git repository -----------------------------------------------

def _printed(output: str, path: str) -> str:
    """The lines init showed after its `printed  PATH (...)` line, up to the next step or the hint."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(("printed", "wypisano")) and f" {path} (" in line)
    shown = []
    for line in lines[start + 2:]:
        if line.startswith(("printed ", "created ", "skipped ", "Next:", "wypisano ", "utworzono ", "pominięto ", "Dalej:")):
            break
        shown.append(line)
    return "\n".join(shown).strip("\n") + "\n"


@pytest.mark.parametrize("folder", ["cx", "marketing/cx dział #2"])
def test_init_in_a_folder_of_a_git_repository_shows_hooks_and_ci_for_its_top(tmp_path: Path, folder: str) -> None:
    (tmp_path / ".git").mkdir()  # what git_top looks for; a worktree has a .git file instead
    before = snapshot(tmp_path)
    result = invoke("init", folder, "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    # Nothing outside the folder is written; nothing inert (a hook file git never reads) inside it.
    added = set(snapshot(tmp_path)) - set(before)
    assert all(p.startswith(folder + "/") for p in added)
    assert not (tmp_path / folder / ".pre-commit-config.yaml").exists() and not (tmp_path / folder / ".github").exists()
    # `--lang pl`: said in Polish since session 40 (the notes had no Polish form, so the account was English whole).
    assert "wypisano   .pre-commit-config.yaml (pre-commit czyta go tylko w głównym folderze repozytorium git" in result.output
    assert "wypisano   .github/workflows/cxkit.yml (GitHub czyta workflowy tylko w głównym folderze" in result.output
    # What is shown is the file to create there, pointed at the folder and its config.
    hooks = YAML(typ="safe").load(_printed(result.output, ".pre-commit-config.yaml"))["repos"][0]["hooks"]
    assert [h["entry"] for h in hooks] == [f"cxkit {cmd} --config '{folder}/cxkit.toml'" if " " in folder
                                           else f"cxkit {cmd} --config {folder}/cxkit.toml"
                                           for cmd in ("lint", "fmt --only-documents")]
    import re

    assert hooks[0]["always_run"] is True and "files" not in hooks[0]  # lint: every commit, whole workspace
    assert re.search(hooks[1]["files"], f"{folder}/personas/ola.yaml")
    assert not re.search(hooks[1]["files"], "personas/ola.yaml")
    workflow = YAML(typ="safe").load(_printed(result.output, ".github/workflows/cxkit.yml"))
    assert workflow["jobs"]["cxkit"]["defaults"]["run"]["working-directory"] == folder
    assert "cxkit lint" in [step.get("run") for step in workflow["jobs"]["cxkit"]["steps"]]


def test_init_in_a_git_folder_with_hooks_at_the_top_shows_only_the_hooks_to_add(tmp_path: Path) -> None:
    (tmp_path / ".git").write_text("gitdir: /elsewhere/.git/worktrees/cx\n", encoding="utf-8")
    existing = "repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v5.0.0\n    hooks:\n      - id: check-yaml\n"
    (tmp_path / ".pre-commit-config.yaml").write_text(existing, encoding="utf-8")
    (tmp_path / "cx").mkdir()
    result = invoke("init", ".", "--lang", "en", cwd=tmp_path / "cx")
    assert result.exit_code == 0, result.output
    assert (tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8") == existing
    # Outside the current folder: shown by its absolute path.
    hooks_file = str(tmp_path.resolve() / ".pre-commit-config.yaml")
    assert f"printed  {hooks_file} (pre-commit reads it at the top of the git repository; add these hooks" in result.output
    added = YAML(typ="safe").load(_printed(result.output, hooks_file))
    assert [h["entry"] for h in added[0]["hooks"]] == ["cxkit lint --config cx/cxkit.toml", "cxkit fmt --only-documents --config cx/cxkit.toml"]


def test_init_through_a_symlink_names_the_real_top_of_the_repository(tmp_path: Path) -> None:
    repo, home = tmp_path / "repo", tmp_path / "home"
    (repo / ".git").mkdir(parents=True)
    (repo / "marketing").mkdir()
    home.mkdir()
    (home / "cxlink").symlink_to(repo / "marketing", target_is_directory=True)
    result = invoke("init", "cxlink/cx", "--lang", "en", cwd=home)
    assert result.exit_code == 0, result.output
    top = repo.resolve()
    assert f"printed  {top / '.pre-commit-config.yaml'} (" in result.output
    assert f"printed  {top / '.github' / 'workflows' / 'cxkit.yml'} (" in result.output
    hooks = YAML(typ="safe").load(_printed(result.output, str(top / ".pre-commit-config.yaml")))["repos"][0]["hooks"]
    assert hooks[0]["entry"] == "cxkit lint --config marketing/cx/cxkit.toml"
    assert not (home / ".pre-commit-config.yaml").exists() and (repo / "marketing" / "cx" / "cxkit.toml").is_file()


def test_init_at_the_top_of_a_git_repository_writes_hooks_and_ci_as_before(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    assert invoke("init", ".", "--lang", "en", cwd=tmp_path).exit_code == 0
    hooks = safe_yaml(tmp_path / ".pre-commit-config.yaml")["repos"][0]["hooks"]
    assert [h["entry"] for h in hooks] == ["cxkit lint", "cxkit fmt --only-documents"]
    assert "defaults" not in safe_yaml(tmp_path / ".github/workflows/cxkit.yml")["jobs"]["cxkit"]


def test_the_hooks_shown_for_a_git_folder_work_through_pre_commit(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit")
    if shutil.which("git") is None:
        pytest.skip("needs git")
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    result = invoke("init", "cx", "--lang", "en", cwd=repo)
    (repo / ".pre-commit-config.yaml").write_text(_printed(result.output, ".pre-commit-config.yaml"), encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "workspace")
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")

    def run_hooks() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=repo,
                              capture_output=True, text=True, timeout=600, env=env)

    clean = run_hooks()
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "cxkit lint" in clean.stdout and "Passed" in clean.stdout
    (repo / "cx/personas/ola.yaml").write_text("name: Ola\nid: ola\nkind: persona\n", encoding="utf-8")
    _git(repo, "add", "-A")
    failing = run_hooks()
    assert failing.returncode == 1
    # The workspace's config was in force from the top (its folders, its fail level), and fmt fixed the file.
    assert "cx/personas/ola.yaml:2:1: warning CX301" in failing.stdout
    assert (repo / "cx/personas/ola.yaml").read_text(encoding="utf-8") == "kind: persona\nid: ola\nname: Ola\n"


def _pre_commit_run(repo: Path) -> subprocess.CompletedProcess[str]:
    """`pre-commit run` on what is staged, as before a commit, with this cxkit on PATH (the hooks are `language: system`)."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    return subprocess.run([sys.executable, "-m", "pre_commit", "run"], cwd=repo, capture_output=True, text=True, timeout=600, env=env)


def test_the_lint_hook_runs_for_a_deletion_and_for_a_config_change(tmp_path: Path) -> None:
    # pre-commit hands no hook a deleted file, and cxkit.toml matched no hook's `files:`: both
    # commits were let through with "(no files to check) Skipped" while `cxkit lint` failed.
    pytest.importorskip("pre_commit")
    if shutil.which("git") is None:
        pytest.skip("needs git")
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    assert invoke("init", ".", "--lang", "en", cwd=repo).exit_code == 0
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "workspace")
    _git(repo, "rm", "-q", "personas/maya-bike-commuter.yaml")  # the journey still names this persona
    deleted = _pre_commit_run(repo)
    assert deleted.returncode == 1, deleted.stdout + deleted.stderr
    assert "CX004" in deleted.stdout and "journeys/maya-books-a-service.yaml" in deleted.stdout
    _git(repo, "reset", "-q", "--hard")
    config = repo / "cxkit.toml"
    config.write_text(config.read_text(encoding="utf-8") + "fail-levle = \"error\"\n", encoding="utf-8")
    _git(repo, "add", "cxkit.toml")
    changed = _pre_commit_run(repo)
    assert changed.returncode == 1, changed.stdout + changed.stderr
    assert "unknown key 'fail-levle'" in changed.stdout
    # Nothing wrong, nothing staged: it still runs, and passes.
    _git(repo, "reset", "-q", "--hard")
    clean = _pre_commit_run(repo)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert re.search(r"cxkit lint\.+Passed", clean.stdout)


@pytest.mark.parametrize("folder", ["cx", "dział #2: \"a\" 'b'", "tab\there", "line\u2028sep", "next\x85line", "-!&[x]"])
def test_hooks_and_workflow_for_a_folder_read_back_exactly(folder: str) -> None:
    import re

    from cxkit.scaffold.init import pre_commit_hooks, workflow

    # The C reader follows YAML 1.1, where U+2028 and U+0085 end a line: they must come as escapes.
    hooks = YAML(typ="safe").load(pre_commit_hooks("personas", "journeys", folder, f"{folder}/cxkit.toml"))[0]["hooks"]
    for hook, cmd in zip(hooks, (["lint"], ["fmt", "--only-documents"])):
        assert shlex.split(hook["entry"]) == ["cxkit", *cmd, "--config", f"{folder}/cxkit.toml"]
    assert hooks[0]["always_run"] is True
    assert re.search(hooks[1]["files"], f"{folder}/journeys/ola.yml") and not re.search(hooks[1]["files"], "journeys/ola.yml")
    assert YAML(typ="safe").load(workflow(folder))["jobs"]["cxkit"]["defaults"]["run"]["working-directory"] == folder


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_init_into_a_dangling_folder_link_says_where_it_points(tmp_path: Path) -> None:
    (tmp_path / "persony").symlink_to("dysk-sieciowy/persony")
    result = invoke("init", "persony", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr == (
        "cxkit: persony: a link to dysk-sieciowy/persony, which does not exist; create that folder or give another one\n"
    )
    assert not (tmp_path / "dysk-sieciowy").exists()


def test_init_again_after_an_example_was_renamed_writes_no_second_copy(tmp_path: Path) -> None:
    # `mv marta-dojezdza-rowerem.yaml marta.yaml`, then init again (to get the workflow back): the old
    # name came back with the same id, and the workspace failed lint with duplicate-id.
    assert invoke("init", ".", "--lang", "pl", cwd=tmp_path).exit_code == 0
    (tmp_path / "personas/marta-dojezdza-rowerem.yaml").rename(tmp_path / "personas/marta.yaml")
    (tmp_path / ".github/workflows/cxkit.yml").unlink()
    again = invoke("init", ".", "--lang", "pl", "--examples", cwd=tmp_path)
    assert again.exit_code == 0
    assert "pominięto  personas/marta-dojezdza-rowerem.yaml (personas/marta.yaml ma już to samo id)" in again.stdout
    assert "utworzono  .github/workflows/cxkit.yml" in again.stdout
    assert sorted(p.name for p in (tmp_path / "personas").iterdir()) == ["marta.yaml", "zbigniew-serwisuje-sam.yaml"]
    assert invoke("lint", "--no-cache", cwd=tmp_path).exit_code == 0


def test_init_again_does_not_repeat_hooks_the_pre_commit_config_already_has(tmp_path: Path) -> None:
    assert invoke("init", ".", "--lang", "en", cwd=tmp_path).exit_code == 0
    again = invoke("init", ".", "--lang", "en", cwd=tmp_path)
    assert "skipped  .pre-commit-config.yaml (already runs cxkit lint and cxkit fmt)" in again.stdout
    assert "cxkit-lint" not in again.stdout
    # A config without them still gets them printed, to add.
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    third = invoke("init", ".", "--lang", "en", cwd=tmp_path)
    assert "printed  .pre-commit-config.yaml (already exists; add these hooks" in third.stdout and "cxkit-lint" in third.stdout
