"""`cxkit diff --git-driver -f json|markdown` for what it cannot compare as documents.

An unmerged path, a symbolic link, a file that is not valid YAML, binary, empty or too large
used to get plain text whatever format was asked for, which broke a script reading JSON.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import sys
from pathlib import Path

import pytest

from conftest import PERSONA_EN, PERSONA_PL, run_cli
from git_helpers import HAS_GIT, Repo as GitRepo

OLD_HEX, NEW_HEX = "1" * 40, "2" * 40

needs_git = pytest.mark.skipif(
    not HAS_GIT, reason="git missing"
)
symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links")

#: Every key of the object the driver writes instead of a diff (a diff is a JSON array).
NOTE_KEYS = {
    "status", "file", "old_file", "new_file", "unmerged", "link", "binary", "too_large",
    "old_mode", "new_mode", "problems", "message", "line_diff",
}


def driver(fmt: str, *args: str):
    """The driver as git calls it, in process; it must exit 0 without a traceback."""
    result = run_cli("diff", "--git-driver", "-f", fmt, *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code == 0, result.stdout + result.stderr
    return result


def note_of(*args: str) -> dict:
    out = driver("json", *args).stdout
    note = json.loads(out)  # one JSON value, nothing around it
    assert isinstance(note, dict), "a note is an object; a diff is an array"
    assert set(note) == NOTE_KEYS
    return note


def pair(tmp_path: Path, monkeypatch, old: str | bytes, new: str | bytes) -> tuple[str, str]:
    """Two files as git hands them over (its temporary copies); run from their folder."""
    for name, content in (("old.yaml", old), ("new.yaml", new)):
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (tmp_path / name).write_bytes(data)
    monkeypatch.chdir(tmp_path)
    return "old.yaml", "new.yaml"


def seven(path: str, old: str, new: str, old_mode: str = "100644", new_mode: str = "100644") -> list[str]:
    return [path, old, OLD_HEX, old_mode, new, NEW_HEX, new_mode]


def fenced_diff(markdown: str) -> tuple[str, str]:
    """The fence and body of the one ```diff block in ``markdown``."""
    match = re.search(r"^(`{3,})diff\n(.*?)^\1$", markdown, re.M | re.S)
    assert match, markdown
    return match.group(1), match.group(2)


BROKEN_PL = PERSONA_PL.replace("  location: Kraków\n", "  location: [Kraków\n")


# --- unmerged --------------------------------------------------------------------------------


def test_an_unmerged_path_in_json_is_one_object_saying_so(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    note = note_of("personas/tomek.yaml")
    assert note["status"] == "unmerged" and note["unmerged"] is True
    assert (note["link"], note["binary"], note["too_large"]) == (False, False, False)
    assert note["file"] == note["old_file"] == note["new_file"] == "personas/tomek.yaml"
    assert note["problems"] == [] and note["line_diff"] is None
    assert note["message"] == "Unmerged path personas/tomek.yaml"


def test_an_unmerged_path_in_markdown(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = driver("markdown", "personas/tomek.yaml").stdout
    assert out.startswith("## cxkit diff: `personas/tomek.yaml`\n\n")
    assert "Unmerged path `personas/tomek.yaml`" in out
    assert "* Unmerged path" not in out


def test_an_unmerged_name_with_a_control_character_is_its_real_name_in_json_and_escaped_in_markdown(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = "personas/e\x1b[31mx.yaml"
    out = driver("json", name).stdout
    assert "\x1b" not in out
    assert json.loads(out)["file"] == name
    md = driver("markdown", name).stdout
    assert "\x1b" not in md and "personas/e\\x1b[31mx.yaml" in md


# --- symbolic links --------------------------------------------------------------------------


def test_a_retargeted_link_in_json_carries_the_line_diff_of_its_target(tmp_path, monkeypatch):
    old, new = pair(tmp_path, monkeypatch, "maya.yaml", "tomek.yaml")  # git passes what a link points to
    note = note_of(*seven("personas/ulubiona.yaml", old, new, "120000", "120000"))
    assert note["status"] == "link" and note["link"] is True and note["unmerged"] is False
    assert note["problems"] == []
    assert note["file"] == "personas/ulubiona.yaml"
    assert "symbolic link on one side or both" in note["message"]
    diff = note["line_diff"]
    assert diff.startswith("--- a/personas/ulubiona.yaml\n+++ b/personas/ulubiona.yaml\n")
    assert "\n-maya.yaml\n" in diff and "\n+tomek.yaml\n" in diff


def test_a_file_that_became_a_link_in_markdown(tmp_path, monkeypatch):
    old, new = pair(tmp_path, monkeypatch, PERSONA_EN, "maya.yaml")
    out = driver("markdown", *seven("personas/biegaczka.yaml", old, new, "100644", "120000")).stdout
    assert out.startswith("## cxkit diff: `a/personas/biegaczka.yaml` → `b/personas/biegaczka.yaml`\n")
    assert "`personas/biegaczka.yaml` is a symbolic link on one side or both" in out
    fence, body = fenced_diff(out)
    assert fence == "```"
    assert "-name: Maya Patel\n" in body and "+maya.yaml\n" in body
    assert not out.startswith("cxkit diff a/")


# --- not valid YAML --------------------------------------------------------------------------


def test_invalid_yaml_in_json_has_located_problems_and_the_line_diff(tmp_path, monkeypatch):
    old, new = pair(tmp_path, monkeypatch, PERSONA_PL, BROKEN_PL)
    note = note_of(*seven("personas/tomek.yaml", old, new))
    assert note["status"] == "not-compared"
    assert (note["unmerged"], note["link"], note["binary"], note["too_large"]) == (False, False, False, False)
    [problem] = note["problems"]
    assert problem["path"] == "personas/tomek.yaml"
    assert (problem["code"], problem["rule"], problem["severity"]) == ("CX001", "yaml-syntax", "error")
    assert problem["line"] > 1 and problem["column"] >= 1
    assert problem["message"].startswith("invalid YAML")
    assert note["message"] == "showing a line diff instead"
    assert "\n-  location: Kraków\n+  location: [Kraków\n" in note["line_diff"]


def test_a_problem_of_the_old_side_is_located_in_a_slash_path_in_json(tmp_path, monkeypatch):
    # Broken in the commit, mended in the working tree: the problem is in git's "a/" version.
    old, new = pair(tmp_path, monkeypatch, BROKEN_PL, PERSONA_PL)
    note = note_of(*seven("personas/tomek.yaml", old, new))
    assert [p["path"] for p in note["problems"]] == ["a/personas/tomek.yaml"]


def test_a_renamed_broken_file_names_both_paths_in_json(tmp_path, monkeypatch):
    old, new = pair(tmp_path, monkeypatch, PERSONA_PL, BROKEN_PL)
    args = seven("personas/tomek.yaml", old, new) + ["personas/tomek-audiofil.yaml", "similarity index 95%\n"]
    note = note_of(*args)
    assert (note["old_file"], note["new_file"], note["file"]) == (
        "personas/tomek.yaml", "personas/tomek-audiofil.yaml", "personas/tomek-audiofil.yaml",
    )
    assert note["line_diff"].startswith("--- a/personas/tomek.yaml\n+++ b/personas/tomek-audiofil.yaml\n")


def test_invalid_yaml_in_markdown_lists_the_problems_and_fences_the_line_diff(tmp_path, monkeypatch):
    old, new = pair(tmp_path, monkeypatch, PERSONA_PL, BROKEN_PL)
    out = driver("markdown", *seven("personas/tomek.yaml", old, new)).stdout
    assert out.startswith("## cxkit diff: `a/personas/tomek.yaml` → `b/personas/tomek.yaml`\n")
    assert "Cannot compare semantically:" in out
    assert re.search(r"^- `personas/tomek\.yaml:\d+:\d+: error CX001 invalid YAML.*\[yaml-syntax\]`$", out, re.M)
    assert "Showing a line diff instead:" in out
    fence, body = fenced_diff(out)
    assert fence == "```"
    assert "-  location: Kraków\n+  location: [Kraków\n" in body
    assert "cxkit: cannot compare semantically" not in out


def test_a_diff_line_with_backticks_gets_a_longer_fence_in_markdown(tmp_path, monkeypatch):
    # A context line " ```" would close a three-backtick fence early.
    quoted = PERSONA_EN.replace("lang: en\n", "lang: en\nx-notes: |\n  ```\n  Kod z wywiadu: ````raw````\n")
    old, new = pair(tmp_path, monkeypatch, quoted, quoted.replace("lang: en\n", "lang: [en\n"))
    out = driver("markdown", *seven("personas/maya.yaml", old, new)).stdout
    fence, body = fenced_diff(out)
    assert fence == "`````"  # longer than the longest run of backticks inside
    assert "+lang: [en\n x-notes: |\n   ```\n   Kod z wywiadu: ````raw````\n" in body


def test_control_characters_are_json_escapes_and_shown_in_markdown(tmp_path, monkeypatch):
    # Raw escape bytes are not valid YAML: the line diff carries them.
    hostile = PERSONA_EN.replace("name: Maya Patel", "name: Maya \x1b[2J\x1b]0;pwned\x07\u202e")
    old, new = pair(tmp_path, monkeypatch, PERSONA_EN, hostile)
    out = driver("json", *seven("personas/maya.yaml", old, new)).stdout
    assert not any(c in out for c in "\x1b\x07\u202e")
    assert "+name: Maya \x1b[2J\x1b]0;pwned\x07\u202e\n" in json.loads(out)["line_diff"]
    md = driver("markdown", *seven("personas/maya.yaml", old, new)).stdout
    assert not any(c in md for c in "\x1b\x07\u202e")
    assert "+name: Maya \\x1b[2J\\x1b]0;pwned\\x07\\u202e\n" in md


# --- binary, empty, too large ----------------------------------------------------------------


def test_a_binary_file_in_json_is_marked_without_a_line_diff(tmp_path, monkeypatch):
    old, new = pair(tmp_path, monkeypatch, PERSONA_PL, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x1b[2J")
    out = driver("json", *seven("personas/zdjecie.yaml", old, new)).stdout
    assert "\x00" not in out and "\x1b" not in out
    note = json.loads(out)
    assert note["status"] == "not-compared" and note["binary"] is True
    assert note["line_diff"] is None and note["problems"]
    assert note["message"] == "Binary files a/personas/zdjecie.yaml and b/personas/zdjecie.yaml differ"


def test_a_binary_file_in_markdown(tmp_path, monkeypatch):
    old, new = pair(tmp_path, monkeypatch, PERSONA_PL, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    out = driver("markdown", *seven("personas/zdjecie.yaml", old, new)).stdout
    assert out.startswith("## cxkit diff: `a/personas/zdjecie.yaml` → `b/personas/zdjecie.yaml`\n")
    assert "Binary files `a/personas/zdjecie.yaml` and `b/personas/zdjecie.yaml` differ." in out
    assert "```diff" not in out and "\x00" not in out


def test_an_added_empty_file_in_json_and_markdown_promises_no_line_diff(tmp_path, monkeypatch):
    (tmp_path / "pusty.yaml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    args = ["personas/pusta.yaml", "/dev/null", ".", ".", "pusty.yaml", NEW_HEX, "100644"]
    note = note_of(*args)
    assert note["status"] == "not-compared" and note["line_diff"] is None
    assert "the file is empty" in note["problems"][0]["message"]
    assert note["message"] == "no line differs either"
    md = driver("markdown", *args).stdout
    assert "No line differs either." in md
    assert "the file is empty" in md and "```diff" not in md


def test_a_file_over_the_size_cap_in_json_and_markdown_gets_no_line_diff(tmp_path, monkeypatch):
    from cxkit.limits import MAX_FILE_BYTES

    body = PERSONA_PL + "x-notatki:\n" + "".join(f"  - notatka {i} z badania\n" for i in range(MAX_FILE_BYTES // 20))
    old, new = pair(tmp_path, monkeypatch, body, body + "  - ostatnia, nowa notatka\n")
    args = seven("personas/tomek.yaml", old, new)
    note = note_of(*args)
    assert note["too_large"] is True and note["binary"] is False and note["line_diff"] is None
    assert any("4 MiB" in p["message"] for p in note["problems"])
    assert "git diff --no-ext-diff" in note["message"]
    md = driver("markdown", *args).stdout
    assert "Too large for a line diff here" in md and "```diff" not in md and "@@" not in md


# --- a file git passed that cannot be read --------------------------------------------------
# It used to be a usage error (exit 2), which stopped `git diff` at that file.


def test_an_old_file_that_is_gone_is_a_located_note_in_text_and_exit_0(tmp_path, monkeypatch):
    _, new = pair(tmp_path, monkeypatch, PERSONA_PL, PERSONA_PL.replace("  age: 34\n", "  age: 35\n"))
    out = driver("text", *seven("personas/tomek.yaml", "zniknal.yaml", new)).stdout
    assert out.startswith("cxkit diff a/personas/tomek.yaml b/personas/tomek.yaml\n")
    assert ("cxkit: cannot compare semantically: a/personas/tomek.yaml:1:1: error CX000 "
            "cannot read the file git passed (zniknal.yaml): No such file or directory [read-error]") in out
    assert "cxkit: a file git passed could not be read, so there is no line diff either\n" in out
    assert "+  age: 35" not in out  # no line diff against nothing: every line would look added


def test_an_old_file_that_is_a_folder_in_json_is_one_note_with_the_problem_located(tmp_path, monkeypatch):
    _, new = pair(tmp_path, monkeypatch, PERSONA_EN, PERSONA_EN.replace("Leeds", "York"))
    (tmp_path / "folder.yaml").mkdir()
    note = note_of(*seven("personas/maya.yaml", "folder.yaml", new))
    assert note["status"] == "not-compared" and note["file"] == "personas/maya.yaml"
    assert (note["unmerged"], note["link"], note["binary"], note["too_large"]) == (False, False, False, False)
    [problem] = note["problems"]
    assert (problem["path"], problem["line"], problem["column"]) == ("a/personas/maya.yaml", 1, 1)
    assert (problem["code"], problem["rule"], problem["severity"]) == ("CX000", "read-error", "error")
    assert problem["message"] == "cannot read the file git passed (folder.yaml): a folder, not a file"
    assert note["message"] == "a file git passed could not be read, so there is no line diff either"
    assert note["line_diff"] is None


def test_a_new_file_that_is_gone_in_markdown_is_located_in_its_path(tmp_path, monkeypatch):
    old, _ = pair(tmp_path, monkeypatch, PERSONA_PL, PERSONA_PL)
    md = driver("markdown", *seven("personas/tomek.yaml", old, "zniknal.yaml")).stdout
    assert md.startswith("## cxkit diff: `a/personas/tomek.yaml` → `b/personas/tomek.yaml`\n")
    assert "- `personas/tomek.yaml:1:1: error CX000 cannot read the file git passed (zniknal.yaml)" in md
    assert "A file git passed could not be read, so there is no line diff either." in md
    assert "```diff" not in md


def test_a_renamed_file_whose_new_copy_is_gone_names_the_new_path_in_json(tmp_path, monkeypatch):
    old, _ = pair(tmp_path, monkeypatch, PERSONA_PL, PERSONA_PL)
    args = seven("personas/tomek.yaml", old, "zniknal.yaml") + ["personas/tomek-audiofil.yaml", "similarity index 100%\n"]
    note = note_of(*args)
    assert (note["old_file"], note["new_file"]) == ("personas/tomek.yaml", "personas/tomek-audiofil.yaml")
    assert [p["path"] for p in note["problems"]] == ["personas/tomek-audiofil.yaml"]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="permissions (root reads any file)")
def test_an_unreadable_old_file_is_a_note_in_every_format(tmp_path, monkeypatch):
    old, new = pair(tmp_path, monkeypatch, PERSONA_PL, PERSONA_PL)
    os.chmod(old, 0)
    try:
        args = seven("personas/tomek.yaml", old, new)
        assert "Permission denied" in note_of(*args)["problems"][0]["message"]
        assert "a/personas/tomek.yaml:1:1: error CX000" in driver("text", *args).stdout
        assert "a/personas/tomek.yaml:1:1: error CX000" in driver("markdown", *args).stdout
    finally:
        os.chmod(old, 0o644)


def test_a_wrong_number_of_arguments_is_still_a_usage_error(tmp_path, monkeypatch):
    # git always passes 7 or 9 (or 1, for an unmerged path): another count is a person calling it.
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "--git-driver", "personas/tomek.yaml", "stary.yaml", "nowy.yaml")
    assert result.exception is None and result.exit_code == 2
    assert "--git-driver expects the 7 arguments git passes" in result.stderr and "got 3" in result.stderr


# --- through git -----------------------------------------------------------------------------


class Repo(GitRepo):
    """A throwaway repository whose `.yaml` files use the driver with the given format."""

    def __init__(self, root: Path, fmt: str) -> None:
        super().__init__(root)
        self.git("config", "diff.cxkit.command", f"{shlex.quote(sys.executable)} -m cxkit diff --git-driver -f {fmt}")
        self.write(".gitattributes", "personas/*.yaml diff=cxkit\n")
        self.write("personas/tomek.yaml", PERSONA_PL)
        self.write("personas/maya.yaml", PERSONA_EN)
        self.commit("Persony")


def json_values(text: str) -> list:
    """The JSON values `git diff` wrote one after another, one per file."""
    decoder, values, at = json.JSONDecoder(), [], 0
    while at < len(text):
        if text[at].isspace():
            at += 1
            continue
        value, at = decoder.raw_decode(text, at)
        values.append(value)
    return values


@needs_git
def test_git_diff_in_json_gives_a_script_a_diff_array_and_a_note_object(tmp_path):
    repo = Repo(tmp_path / "persony", "json")
    repo.write("personas/maya.yaml", PERSONA_EN.replace("Leeds", "York"))
    repo.write("personas/tomek.yaml", BROKEN_PL)
    proc = repo.git("diff", check=False)
    assert proc.returncode == 0, proc.stderr
    diff, note = json_values(proc.stdout)  # git runs the driver file by file, in path order
    assert isinstance(diff, list) and diff[0]["file"] == "personas/maya.yaml" and diff[0]["new"] == "York"
    assert isinstance(note, dict) and note["status"] == "not-compared" and note["file"] == "personas/tomek.yaml"
    assert note["problems"][0]["path"] == "personas/tomek.yaml"
    assert "+  location: [Kraków\n" in note["line_diff"]


@needs_git
def test_git_diff_cached_of_a_merge_conflict_in_json_and_markdown(tmp_path):
    repo = Repo(tmp_path / "persony", "json")
    repo.git("checkout", "-q", "-b", "wroclaw")
    repo.write("personas/tomek.yaml", PERSONA_PL.replace("Kraków", "Wrocław"))
    repo.commit("Tomek we Wrocławiu")
    repo.git("checkout", "-q", "main")
    repo.write("personas/tomek.yaml", PERSONA_PL.replace("Kraków", "Gdańsk"))
    repo.commit("Tomek w Gdańsku")
    assert repo.git("merge", "-q", "wroclaw", check=False).returncode != 0  # a conflict
    proc = repo.git("diff", "--cached", check=False)  # git hands the driver the unmerged path alone
    assert proc.returncode == 0, proc.stderr
    [note] = json_values(proc.stdout)
    assert note["status"] == "unmerged" and note["unmerged"] is True and note["file"] == "personas/tomek.yaml"
    markdown = f"{shlex.quote(sys.executable)} -m cxkit diff --git-driver -f markdown"
    out = repo.git("-c", f"diff.cxkit.command={markdown}", "diff", "--cached").stdout
    assert "Unmerged path `personas/tomek.yaml`" in out and "* Unmerged path" not in out


@needs_git
@symlinks
def test_git_diff_of_a_retargeted_link_in_json(tmp_path):
    repo = Repo(tmp_path / "persony", "json")
    os.symlink("maya.yaml", repo.root / "personas/ulubiona.yaml")
    repo.commit("Ulubiona persona")
    os.remove(repo.root / "personas/ulubiona.yaml")
    os.symlink("tomek.yaml", repo.root / "personas/ulubiona.yaml")
    proc = repo.git("diff", check=False)
    assert proc.returncode == 0, proc.stderr
    [note] = json_values(proc.stdout)
    assert note["status"] == "link" and note["link"] is True
    assert "\n-maya.yaml\n" in note["line_diff"] and "\n+tomek.yaml\n" in note["line_diff"]


# --- a failure of cxkit itself -------------------------------------------------------------------


@pytest.mark.parametrize(("where", "fmt"), [
    ("cxkit.diff.run.diff_for_git", "text"),
    ("cxkit.diff.run.diff_for_git", "json"),
    ("cxkit.diff.run.diff_for_git", "markdown"),
    ("cxkit.diff.formats.render_text", "text"),  # a failure while writing the semantic diff
])
def test_a_cxkit_failure_on_one_file_shows_it_with_a_line_diff_and_exits_0(tmp_path, monkeypatch, where, fmt):
    # A bug (here a stand-in that raises) used to exit 2 through the command's guard, and a non-zero
    # exit stops `git diff` at that file: the files after it were never shown.
    old, new = pair(tmp_path, monkeypatch, PERSONA_PL, PERSONA_PL.replace("Kraków", "Gdańsk"))

    def boom(*_args, **_kwargs):
        raise ValueError("nieoczekiwany stan")

    monkeypatch.setattr(where, boom)
    monkeypatch.delenv("CXKIT_DEBUG", raising=False)
    out = driver(fmt, *seven("personas/ola.yaml", old, new)).stdout
    said = "cxkit failed while comparing this file (ValueError: nieoczekiwany stan); please report it"
    if fmt == "json":
        note = json.loads(out)
        assert note["status"] == "not-compared" and said in note["problems"][0]["message"]
        assert note["problems"][0]["rule"] == "internal-error"
        assert "-  location: Kraków\n+  location: Gdańsk" in note["line_diff"]
    else:
        assert said in out
        assert "-  location: Kraków\n+  location: Gdańsk" in out


def test_with_cxkit_debug_a_failure_in_the_driver_is_raised(tmp_path, monkeypatch):
    old, new = pair(tmp_path, monkeypatch, PERSONA_PL, PERSONA_PL.replace("Kraków", "Gdańsk"))

    def boom(*_args, **_kwargs):
        raise ValueError("nieoczekiwany stan")

    monkeypatch.setattr("cxkit.diff.run.diff_for_git", boom)
    monkeypatch.setenv("CXKIT_DEBUG", "1")
    result = run_cli("diff", "--git-driver", *seven("personas/ola.yaml", old, new))
    assert isinstance(result.exception, ValueError)
