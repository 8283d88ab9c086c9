"""`cxkit fmt -` at a link into a file `exclude` leaves out gives the buffer back as it came.

An editor formats `personas/ola.yaml` on save, which is a link to `drafts/szkic-oli.yaml`, and
`exclude = ["drafts/"]`.  `cxkit fmt personas/ola.yaml` never writes through such a link, but
`cxkit fmt - --stdin-filename personas/ola.yaml` laid the buffer out (and `--check` said "would
reformat"), so the editor wrote the laid-out draft through the link.  Stdin now does what file mode
does: the buffer comes back byte for byte (exit 0, nothing on stderr); `--check` and `--diff` print
the warning, with the command that checks the buffer under the file's own name.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links")

SZKIC_PL = """\
name: Ola Wiśniewska
kind: persona
id: ola-szkic
lang: pl
goals:
    - Chce porównać słuchawki w jednym miejscu, zanim pójdzie do salonu
"""

WARNING = ("cxkit: warning: personas/ola.yaml leads to drafts/szkic-oli.yaml, which `exclude` leaves out (in "
           "cxkit.toml), so it was not checked through the link; name the file itself to check it "
           "(cxkit fmt {mode} - --stdin-filename drafts/szkic-oli.yaml)\n")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text('exclude = ["drafts/"]\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "szkic-oli.yaml").write_text(SZKIC_PL, encoding="utf-8")
    (tmp_path / "personas" / "ola.yaml").symlink_to("../drafts/szkic-oli.yaml")
    return tmp_path


def run(*args: str, stdin: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def test_the_buffer_comes_back_as_it_came(ws: Path) -> None:
    assert run("fmt", "-", "--stdin-filename", "personas/ola.yaml", stdin=SZKIC_PL) == (0, SZKIC_PL, "")


@pytest.mark.parametrize("mode", ["--check", "--diff"])
def test_check_and_diff_say_it_was_not_checked(ws: Path, mode: str) -> None:
    assert run("fmt", mode, "-", "--stdin-filename", "personas/ola.yaml", stdin=SZKIC_PL) == (
        0, "", WARNING.format(mode=mode))
    # The advice checks the buffer under the draft's own name.
    code, _, err = run("fmt", mode, "-", "--stdin-filename", "drafts/szkic-oli.yaml", stdin=SZKIC_PL)
    assert code == 1 and "would reformat drafts/szkic-oli.yaml" in err


def test_guard_a_path_that_is_no_link_is_laid_out(ws: Path) -> None:
    code, out, _ = run("fmt", "-", "--stdin-filename", "personas/nowa.yaml", stdin=SZKIC_PL)
    assert code == 0 and out.startswith("kind: persona\nid: ola-szkic\n")


def test_guard_only_documents_stays_quiet(ws: Path) -> None:
    assert run("fmt", "--check", "-q", "--only-documents", "-", "--stdin-filename", "personas/ola.yaml",
               stdin=SZKIC_PL) == (0, "", "")
