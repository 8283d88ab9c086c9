"""The text format names changed words in words when it is read aloud, as the Markdown does.

`Zaciekawiona[-, ale podejrzliwa-]` is heard as "Zaciekawiona, ale podejrzliwa" by NVDA at its
default punctuation level (it speaks none of `[ ] { } -`): the removed words as present. Where the
output is set up for a screen reader, the way render picks its `stacked` layout (`CXKIT_LAYOUT=stacked`,
or a terminal with `TERM=dumb`), `cxkit diff` and `cxkit review -f text` say "(usunięto: „…”)" /
"(removed: “…”)" in the document's language. Everyone else keeps git's coloured `[-x-]{+y+}`.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.diff.formats import render_text

# The same journey edit as the Markdown word tests: a removal, a replacement, an addition.
from test_diff_md_words_s31 import AFTER, BEFORE

SPOKEN = {
    "pl": """\
konto  new.yaml
  zmieniono: 1. Wniosek o kartę (wniosek), Odczucia: Zaciekawiona (usunięto: „, ale podejrzliwa”)
  zmieniono: 1. Wniosek o kartę (wniosek), Myśli: Czy zdążę przed (usunięto: „marcem”; dodano: „kwietniem”)?
  zmieniono: 1. Wniosek o kartę (wniosek), Działania: Czyta regulamin (dodano: „dwa razy”)

1 dokument różni się (1 zmieniony); 3 zmiany w dokumencie.
""",
    "en": """\
konto  new.yaml
  changed: Feeling in 1. Wniosek o kartę (wniosek): Zaciekawiona (removed: “, ale podejrzliwa”)
  changed: Thinking in 1. Wniosek o kartę (wniosek): Czy zdążę przed (removed: “marcem”; added: “kwietniem”)?
  changed: Doing in 1. Wniosek o kartę (wniosek): Czyta regulamin (added: “dwa razy”)

1 document differs (1 changed); 3 changes inside documents.
""",
}
MARKERS = ("Czyta regulamin{+ dwa razy+}", "Czy zdążę przed [-marcem-]{+kwietniem+}?", "Zaciekawiona[-, ale podejrzliwa-]")
SAID = {"pl": ("Zaciekawiona (usunięto: „, ale podejrzliwa”)", "przed (usunięto: „marcem”; dodano: „kwietniem”)?",
               "Czyta regulamin (dodano: „dwa razy”)"),
        "en": ("Zaciekawiona (removed: “, ale podejrzliwa”)", "przed (removed: “marcem”; added: “kwietniem”)?",
               "Czyta regulamin (added: “dwa razy”)")}


def _files(tmp_path: Path, lang: str) -> tuple[str, str]:
    (tmp_path / "old.yaml").write_text(BEFORE.format(lang=lang), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(AFTER.format(lang=lang), encoding="utf-8")
    return "old.yaml", "new.yaml"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _diff(tmp_path: Path, lang: str, **env: str) -> str:
    old, new = _files(tmp_path, lang)
    result = CliRunner().invoke(app, ["diff", old, new], env={"NO_COLOR": "1", "COLUMNS": "100", **env})
    assert result.exit_code == 1, result.output
    return result.stdout


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_cxkit_layout_stacked_names_changed_words_in_the_documents_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.delenv("TERM", raising=False)
    out = _diff(tmp_path, lang, CXKIT_LAYOUT="stacked")
    assert out == SPOKEN[lang], out
    for marker in ("[-", "-]", "{+", "+}"):
        assert marker not in out, marker


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _rendered(tmp_path: Path, lang: str) -> str:
    """What `cxkit diff old.yaml new.yaml` writes to a terminal (standard output a tty)."""
    from cxkit.config import Config
    from cxkit.diff.compare import Options
    from cxkit.diff.run import diff_from_args

    old, new = _files(tmp_path, lang)
    stream = _Terminal()
    render_text(diff_from_args([old, new], Options(), Config(root=tmp_path)).result, stream, color=False)
    return " ".join(stream.getvalue().split())  # a terminal's rows joined: where they break is not the point


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_dumb_terminal_hears_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """Emacs (and so Emacspeak) calls its terminal dumb: there the words are said, unasked."""
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("COLUMNS", "140")
    monkeypatch.delenv("CXKIT_LAYOUT", raising=False)
    out = _rendered(tmp_path, lang)
    for said in SAID[lang]:
        assert said in out, out
    assert "[-" not in out and "{+" not in out


@pytest.mark.parametrize(("env", "tty"), [
    ({}, False), ({"TERM": "dumb"}, False), ({"TERM": "xterm-256color"}, True),
    ({"TERM": "dumb", "CXKIT_LAYOUT": "panels"}, True),
], ids=["piped", "dumb-but-piped", "colour-terminal", "panels-chosen"])
def test_everyone_else_keeps_the_git_markers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             env: dict[str, str], tty: bool) -> None:
    for name in ("TERM", "CXKIT_LAYOUT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("COLUMNS", "140")
    out = _rendered(tmp_path, "pl") if tty else _diff(tmp_path, "pl")
    for marker in MARKERS:
        assert marker in " ".join(out.split()), out
    assert "usunięto" not in out


def test_review_text_says_the_words_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    (tmp_path / "journeys").mkdir()
    journey = tmp_path / "journeys" / "konto.yaml"
    journey.write_text(BEFORE.format(lang="pl"), encoding="utf-8")
    for args in (["init", "-q", "-b", "main"], ["add", "."], ["commit", "-q", "-m", "base"]):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True, env=env)
    journey.write_text(AFTER.format(lang="pl"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["review", "main", "-f", "text"],
                                env={"NO_COLOR": "1", "COLUMNS": "100", "CXKIT_LAYOUT": "stacked"})
    assert "1. Wniosek o kartę (wniosek), Myśli: Czy zdążę przed (usunięto: „marcem”; dodano: „kwietniem”)?" in result.stdout, result.output
    assert "[-" not in result.stdout
