"""The command line's usage errors, and the warning lead, in a Polish workspace (session 40).

click (bundled by typer 0.29 without gettext) words `No such option`, `Missing argument`, `Invalid value for`
in English while the command line is parsed, before any config is read. cxkit now guesses the config the run
would read (`--config`, the paths named, else the nearest one) and, when it says `lang = "pl"`, says the error
in Polish, on one line, exit 2, with no traceback; an English workspace, or a folder with no config, reads the
error byte for byte as before. A Polish warning starts `cxkit: ostrzeżenie:`, an English one `cxkit: warning:`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_cli

CASES = [
    (["lint", "--selct", "CX1"], "cxkit: nie ma takiej opcji: --selct (czy chodziło o --select?); zobacz `cxkit lint -h`",
     "cxkit: No such option: --selct (Possible options: --select); see `cxkit lint -h`"),
    (["rule"], "cxkit: brak argumentu 'NAME'. Zobacz `cxkit rule -h`.", "cxkit: Missing argument 'NAME'. See `cxkit rule -h`."),
    (["lint", "-f", "xml"],
     "cxkit: zła wartość '--format' / '-f': „xml” nie jest żadną z wartości: „text”, „json”, „sarif”, „github”, "
     "„gitlab”, „junit”. Zobacz `cxkit lint -h`.",
     "cxkit: Invalid value for '--format' / '-f': 'xml' is not one of 'text', 'json', 'sarif', 'github', 'gitlab', "
     "'junit'. See `cxkit lint -h`."),
    (["lint", "--jobs", "sporo"],
     "cxkit: zła wartość '--jobs' / '-j': to ma być liczba całkowita, a nie 'sporo'; zobacz `cxkit lint -h`",
     "cxkit: Invalid value for '--jobs' / '-j': expected a whole number, not 'sporo'; see `cxkit lint -h`"),
    (["rules", "persony", "mapy"], "cxkit: nadmiarowe argumenty: persony mapy; zobacz `cxkit rules -h`",
     "cxkit: Got unexpected extra argument(s) (persony mapy); see `cxkit rules -h`"),
    (["lnit"], "cxkit: nie ma polecenia „lnit”. Czy chodziło o „lint” albo „init”? Zobacz `cxkit -h`.",
     "cxkit: No such command 'lnit'. Did you mean 'lint', 'init'? See `cxkit -h`."),
    (["lint", "--quiet=tak"], "cxkit: opcja --quiet nie przyjmuje wartości.", "cxkit: Option '--quiet' does not take a value."),
    (["lint", "-o"], "cxkit: opcja -o wymaga wartości.", "cxkit: Option '-o' requires an argument."),
]


@pytest.fixture
def apteka(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "personas").mkdir()
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("args", "polish", "english"), CASES)
def test_a_usage_error_is_polish_in_a_polish_workspace_s40(apteka: Path, args: list[str], polish: str, english: str) -> None:
    result = run_cli(*args)
    assert result.exception is None and result.exit_code == 2 and result.stdout == ""
    assert result.stderr == polish + "\n"
    (apteka / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    result = run_cli(*args)
    assert result.exception is None and result.exit_code == 2 and result.stderr == english + "\n"
    (apteka / "cxkit.toml").unlink()  # no config at all: English, as before
    assert run_cli(*args).stderr == english + "\n"


def test_the_config_named_or_the_paths_named_say_the_language_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    klient = tmp_path / "klient"
    (klient / "personas").mkdir(parents=True)
    (klient / "cxkit.toml").write_text('extend = "../wspolny.toml"\n', encoding="utf-8")
    (tmp_path / "wspolny.toml").write_text('lang = "pl"\n', encoding="utf-8")  # the language comes through `extend`
    monkeypatch.chdir(tmp_path)
    assert run_cli("lint", "--selct", "CX1").stderr.startswith("cxkit: No such option")  # no config here
    assert run_cli("lint", "--selct", "CX1", "klient/personas").stderr.startswith("cxkit: nie ma takiej opcji: --selct")
    assert run_cli("lint", "--selct", "CX1", "--config", "klient/cxkit.toml").stderr.startswith(
        "cxkit: nie ma takiej opcji: --selct")


def test_a_broken_config_or_an_unknown_form_leaves_the_usage_error_english_s40(apteka: Path) -> None:
    (apteka / "cxkit.toml").write_text('lang = "pl"\nexclude = [\n', encoding="utf-8")  # no TOML: language not known
    assert run_cli("lint", "--selct", "CX1").stderr.startswith("cxkit: No such option: --selct")
    (apteka / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    # An option from another tool gets its own English advice: whole in English, not half translated.
    said = run_cli("lint", "--fix").stderr
    assert said.startswith("cxkit: No such option: --fix (`cxkit lint` does not change files") and "zobacz" not in said


def test_the_console_script_says_it_in_polish_without_a_traceback_s40(apteka: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "cxkit", "lint", "--selct", "CX1"], capture_output=True, text=True,
                          encoding="utf-8", cwd=apteka)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == "cxkit: nie ma takiej opcji: --selct (czy chodziło o --select?); zobacz `python -m cxkit lint -h`\n"


@pytest.mark.parametrize(("lang", "lead"), [("pl", "cxkit: ostrzeżenie: nie znaleziono dokumentów cxkit w personas"),
                                            ("en", "cxkit: warning: no cxkit documents found in personas")])
def test_a_warning_starts_with_the_workspaces_word_s40(apteka: Path, lang: str, lead: str) -> None:
    (apteka / "cxkit.toml").write_text(f'lang = "{lang}"\npaths = ["personas"]\n', encoding="utf-8")
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 0 and result.stderr.startswith(lead), result.stderr
    assert ("warning:" in result.stderr) == (lang == "en")
