"""review64 of fixJ34's console work (session 34): the Unicode-form hint when the name on disk is
the composed one, `cxkit rules` in a pipe at any COLUMNS, and a host program's streams after an
in-process run on a console that is not UTF-8."""

from __future__ import annotations

import io
import sys
import unicodedata

from typer.testing import CliRunner

from conftest import enter_workspace
from cxkit.cli import app

OLA = """kind: persona
id: ola
name: Ola Żółć
lang: pl
summary: Właścicielka kwiaciarni w Łodzi, zamawia żółte róże — „zawsze na już”.
goals:
  - Szybciej zamawiać kwiaty
"""


def test_a_decomposed_name_given_for_a_composed_file_is_not_told_to_rename_it(tmp_path, monkeypatch):
    """Fails before: the hint gave `convmv --nfc` for a name already composed on disk (a rename that
    changes nothing); the name to change is the one given (pasted from macOS, a script's list)."""
    enter_workspace(tmp_path, monkeypatch, files={"persony/żółć.yaml": OLA})
    typed = unicodedata.normalize("NFD", "persony/żółć.yaml")
    for command in (["lint"], ["render"]):
        result = CliRunner().invoke(app, [*command, typed])
        assert result.exit_code == 2, result.output
        said = result.stderr
        assert "spelt with the same letters in another Unicode form" in said
        assert "its name is composed (NFC), while the name given is decomposed" in said
        assert "convmv" not in said and "type it from the keyboard" in said
        assert "Traceback" not in said


def test_a_decomposed_folder_on_disk_still_gets_the_convmv_command(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch)
    folder = tmp_path / unicodedata.normalize("NFD", "z spacją")
    folder.mkdir()
    (folder / "ola.yaml").write_text(OLA, encoding="utf-8")
    said = CliRunner().invoke(app, ["lint", "z spacją/ola.yaml"]).stderr
    assert "its name is decomposed (NFD" in said
    assert f"convmv -f utf-8 -t utf-8 --nfc --notest -r '{unicodedata.normalize('NFD', 'z spacją')}'" in said


def test_rules_in_a_pipe_stays_a_line_a_rule_whatever_columns_says(tmp_path, monkeypatch):
    """Fails before: with COLUMNS=40 exported, `cxkit rules | grep warning` got blocks, the summary
    on a line of its own with no code, though the CHANGELOG says a pipe keeps a rule a line."""
    enter_workspace(tmp_path, monkeypatch)
    monkeypatch.setenv("COLUMNS", "40")
    lines = CliRunner().invoke(app, ["rules"]).stdout.splitlines()
    assert len(lines) > 30 and all(line.startswith("CX") and "  " in line for line in lines), lines[:4]
    assert any(line.startswith("CX101  pseudo-profiling") and line.rstrip().endswith(".") for line in lines)


PAWEL_OLD = OLA.replace("id: ola", "id: pawel").replace("name: Ola Żółć", "name: Paweł Czerski")
PAWEL_NEW = PAWEL_OLD.replace("name: Paweł Czerski", "name: Paweł Czerski-Nowak")


def _run_in_host(*args: str) -> int:
    try:
        app(list(args), prog_name="cxkit")
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else 0
    return 0


def test_a_host_program_gets_its_own_streams_back_after_runs_on_an_ascii_console(tmp_path, monkeypatch):
    """A script that embeds cxkit (`app([...])`) on a console that is not UTF-8: during a run its
    stdout and stderr are wrapped (composed names, ASCII stand-ins); after each run they are the
    host's objects again, with the host's error handling, and one run's note does not reach the next.
    A guard: fails if the fallback leaves `sys.stdout` wrapped or its error handler in place."""
    enter_workspace(tmp_path, monkeypatch, files={"old.yaml": PAWEL_OLD, "new.yaml": PAWEL_NEW})
    out = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="strict")
    err = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="backslashreplace")
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    assert _run_in_host("diff", "old.yaml", "new.yaml") == 1
    assert sys.stdout is out and sys.stderr is err
    assert (out.errors, err.errors) == ("strict", "backslashreplace")
    out.flush()
    err.flush()
    assert b"Pawe? Czerski -> Pawe? Czerski-Nowak" in out.buffer.getvalue()
    assert err.buffer.getvalue().count(b"standard output's encoding (ascii) has no U+0142") == 1
    try:  # the host's own text is the host's: strict, as it was before cxkit ran
        sys.stdout.write("\u2192")
        sys.stdout.flush()
    except UnicodeEncodeError:
        pass
    else:
        raise AssertionError("the host's stdout kept cxkit's error handler")
    before = len(err.buffer.getvalue())
    assert _run_in_host("rules", "-f", "json") == 0  # UTF-8 bytes, nothing written as text
    assert sys.stdout is out and sys.stderr is err
    err.flush()
    assert err.buffer.getvalue()[before:] == b""  # no note left over from the first run
    from cxkit import api

    assert all(f.path == "new.yaml" for f in api.lint(["new.yaml"]))  # the API after the command line
    assert sys.stdout is out and out.errors == "strict"


def test_a_revision_s_decomposed_name_is_said_to_differ_in_form_not_offered_as_the_same_letters(tmp_path, monkeypatch):
    """Fails before: `cxkit render HEAD:<NFC>` and `cxkit diff A B -- <NFC>` for a name committed
    decomposed (from macOS) answered "did you mean <the same letters>?" (fixJ34 mended the working
    tree's hint only)."""
    import subprocess

    enter_workspace(tmp_path, monkeypatch, git_identity=True, files={"persony/ola.yaml": OLA})
    subprocess.run(["git", "init", "-q", "."], check=True)
    subprocess.run(["git", "add", "."], check=True)
    subprocess.run(["git", "commit", "-qm", "first"], check=True)
    typed = "persony/łąka źdźbło.yaml"
    on_disk = tmp_path / unicodedata.normalize("NFD", typed)
    on_disk.write_text(OLA.replace("id: ola", "id: laka"), encoding="utf-8")
    subprocess.run(["git", "add", "."], check=True)
    subprocess.run(["git", "commit", "-qm", "second"], check=True)
    first = subprocess.run(["git", "rev-parse", "--short", "HEAD~1"], capture_output=True, text=True, check=True).stdout.strip()
    for args, holder in ((["render", f"HEAD:{typed}"], "HEAD"), (["diff", first, "HEAD", "--", typed], "HEAD")):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2, result.output
        said = result.stderr
        assert "did you mean" not in said, said
        assert "spelt with the same letters in another Unicode form: git holds its name decomposed (NFD" in said
        assert f"ls-tree -r --name-only {holder}`" in said and "Traceback" not in said
    # a misspelt name still gets its suggestion, as before
    said = CliRunner().invoke(app, ["render", "HEAD:persony/olaa.yaml"]).stderr
    assert "did you mean HEAD:persony/ola.yaml?" in said


def test_the_pound_sign_of_rule_texts_is_gbp_on_a_cp1250_console(tmp_path, monkeypatch):
    """Fails before: cp1250 (a Polish Windows console) has `€` but no `£`, which the rule texts use
    (`spends £200 a month`): `?` and a note after every `cxkit rule pseudo-profiling`."""
    enter_workspace(tmp_path, monkeypatch)
    result = CliRunner(charset="cp1250").invoke(app, ["rule", "trait-overlap"])
    assert result.exit_code == 0
    text = result.stdout_bytes.decode("cp1250")
    assert "GBP" in text
    assert "U+00A3" not in result.stderr and "standard output's encoding" not in result.stderr
