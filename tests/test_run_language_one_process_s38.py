"""Each command starts in English, whatever the command before it in the same process spoke (session 38).

`cxkit lint` and `cxkit fmt` of a `lang = "pl"` workspace say their cache's warnings in Polish
(cliutil.RUN_IN_POLISH, set from the config where they start); `cxkit review` reads no config first and says
them in English. A tool that runs cxkit's commands one after another in one process (an editor plugin, a
test suite, a notebook) must not have a Polish lint leave its language to the English review that follows.
"""

from __future__ import annotations

from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import Repo, needs_git
from workspace_helpers import OLA

DAN = """\
kind: persona
id: dan-plumber
name: Dan Hughes
lang: en
summary: Runs a two-van plumbing firm in Leeds and sends invoices from his phone after each job.
goals:
  - Get paid within 14 days of a job
"""


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr


@needs_git
def test_an_english_review_after_a_polish_lint_speaks_english_s38(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    (tmp_path / "sklep" / "personas").mkdir(parents=True)
    (tmp_path / "sklep" / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "sklep" / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    repo = Repo(tmp_path / "plumbing")
    repo.write("cxkit.toml", 'lang = "en"\n')
    repo.write("personas/dan.yaml", DAN)
    repo.commit("base")
    repo.write("personas/dan.yaml", DAN + "  - Send a quote the same day\n")
    for name in ("plik-a", "plik-b"):
        (tmp_path / name).write_text("", encoding="utf-8")  # CXKIT_CACHE_DIR naming a file: a warning, once each

    monkeypatch.chdir(tmp_path / "sklep")
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "plik-a"))
    code, err = _cli("lint", "-f", "json")
    assert f"cxkit: ostrzeżenie: CXKIT_CACHE_DIR wskazuje {tmp_path / 'plik-a'}, który nie może" in err, err

    monkeypatch.chdir(repo.root)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "plik-b"))
    code, err = _cli("review", "HEAD")
    assert code == 0, err
    assert (f"cxkit: warning: CXKIT_CACHE_DIR names {tmp_path / 'plik-b'}, which cannot hold the lint cache (it is a "
            "file, not a folder); the run went on without it\n") in err, err
