"""A Git LFS pointer checked out with CRLF line breaks is a pointer too (review84's gap, session 38).

`.gitattributes` that says `personas/** filter=lfs diff=lfs merge=lfs` without `-text` (as teams write it by
hand) leaves git free to treat the pointer as text: a checkout made without git-lfs under `core.autocrlf=true`
(Git for Windows' default) writes it with `\\r\\n` after each line.  git-lfs reads such a pointer as one; cxkit
did not: `lint .` passed over the persona as no document (exit 0, nothing checked), a named one was "a single
value (text)", and `fmt`, `render` and `diff` said nothing of LFS.  Now it is read-error CX000 with the `git lfs
pull` advice, as the pointer with `\\n` is.  The whole-pointer check stays: a persona under a stray `version`
line is its YAML error, in CRLF too.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from conftest import PERSONA_EN, PERSONA_PL, enter_workspace, run_cli
from git_helpers import Repo, needs_git

VERSION = "version https://git-lfs.github.com/spec/v1\n"
#: What lint says of a pointer in a Polish workspace, after "nie da się odczytać pliku: ".
POINTER_PL = ("to wskaźnik Git LFS, a nie dokument, który zastępuje (repozytorium pobrano bez Git LFS); pobierz pliki "
              "poleceniem `git lfs pull` i uruchom ponownie (w CI: `lfs: true` w actions/checkout)")
SCANNED_PL = "; jeśli to nie jest dokument cxkit, pomiń go przez `exclude` w cxkit.toml"


def pointer(text: str) -> str:
    data = text.encode("utf-8")
    return f"{VERSION}oid sha256:{hashlib.sha256(data).hexdigest()}\nsize {len(data)}\n"


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def findings(result) -> list[tuple[str, int, int]]:
    return [(f["code"], f["line"], f["column"]) for f in json.loads(result.stdout)]


@pytest.fixture
def zespol(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Polish workspace: Tomek's pointer with CRLF line breaks where his persona should be, Maya herself."""
    folder = enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', files={"personas/maya.yaml": PERSONA_EN})
    (folder / "personas" / "tomek.yaml").write_bytes(crlf(pointer(PERSONA_PL)))
    return folder


@needs_git
def test_a_clone_made_with_autocrlf_and_without_git_lfs_is_told_to_pull(tmp_path, monkeypatch):
    """The real thing: the pointer as git-lfs committed it (`\\n`), cloned with `core.autocrlf=true` and no
    git-lfs; git writes it with `\\r\\n`, and lint tells it as the pointer it is, scanned and named."""
    origin = Repo(tmp_path / "origin")
    origin.write("cxkit.toml", 'lang = "pl"\n')
    origin.write(".gitattributes", "personas/** filter=lfs diff=lfs merge=lfs\n")  # no -text: a text file to git
    origin.write("personas/tomek.yaml", pointer(PERSONA_PL))
    origin.write("personas/maya.yaml", PERSONA_EN)
    origin.commit("Tomek w LFS")
    clone = tmp_path / "klon"
    subprocess.run(["git", "-c", "core.autocrlf=true", "clone", "-q", str(origin.root), str(clone)], env=origin.env,
                   check=True, capture_output=True)
    assert (clone / "personas" / "tomek.yaml").read_bytes() == crlf(pointer(PERSONA_PL))  # what git wrote
    monkeypatch.chdir(clone)
    scanned = run_cli("lint", ".")
    assert scanned.exception is None
    assert scanned.exit_code == 1, scanned.stdout  # before: 0, Tomek passed over as no document
    assert (f"personas/tomek.yaml:1:1: error CX000 nie da się odczytać pliku: {POINTER_PL}{SCANNED_PL} [read-error]"
            in scanned.stdout.splitlines())
    named = run_cli("lint", "personas/tomek.yaml", "--format", "json")
    [finding] = json.loads(named.stdout)
    # before: CX002 "a single value (text)", not a word of LFS
    assert (finding["code"], finding["line"], finding["column"]) == ("CX000", 1, 1)
    assert finding["message"] == f"nie da się odczytać pliku: {POINTER_PL}"


def test_render_of_a_crlf_pointer_is_exit_2_naming_lfs(zespol):
    result = run_cli("render", "personas/tomek.yaml", "-f", "md")
    assert (result.exit_code, result.stdout) == (2, "")  # before: the schema's error, no word of LFS
    assert result.stderr == f"personas/tomek.yaml:1:1: error CX000 nie da się odczytać pliku: {POINTER_PL} [read-error]\n"


@pytest.mark.parametrize("args", [("fmt", "personas/tomek.yaml"), ("fmt", "--fix", "."), ("fmt", "--check", ".")])
def test_fmt_leaves_a_crlf_pointer_as_it_is_and_says_why(zespol, args):
    before = (zespol / "personas" / "tomek.yaml").read_bytes()
    result = run_cli(*args)
    assert result.exception is None
    said = result.stdout + result.stderr
    assert result.exit_code == 1, said
    assert "personas/tomek.yaml:1:1: error CX000 " in said and "git lfs pull" in said
    assert (zespol / "personas" / "tomek.yaml").read_bytes() == before


def test_diff_of_a_named_crlf_pointer_is_exit_2_not_a_replaced_document(zespol):
    (zespol / "stary.yaml").write_text(PERSONA_PL, encoding="utf-8")
    result = run_cli("diff", "stary.yaml", "personas/tomek.yaml")
    assert (result.exit_code, result.stdout) == (2, "")  # before: 1, Tomek "replaced" by a line of text
    assert result.stderr.startswith(f"personas/tomek.yaml:1:1: error CX000 nie da się odczytać pliku: {POINTER_PL} "
                                    "[read-error]")


@pytest.mark.parametrize("ending", ["\r\n", ""], ids=["crlf-after-the-last-line", "no-break-after-the-last-line"])
def test_an_english_crlf_pointer_is_told_in_english(tmp_path, monkeypatch, ending):
    enter_workspace(tmp_path, monkeypatch, config="", files={})
    (tmp_path / "personas").mkdir(exist_ok=True)
    (tmp_path / "personas" / "maya.yaml").write_bytes(crlf(pointer(PERSONA_EN)).removesuffix(b"\r\n")
                                                      + ending.encode())
    result = run_cli("lint", "personas/maya.yaml", "--format", "json")
    assert findings(result) == [("CX000", 1, 1)]
    assert "git lfs pull" in json.loads(result.stdout)[0]["message"]


def test_a_persona_under_a_stray_version_line_in_crlf_gets_its_yaml_error(tmp_path, monkeypatch):
    """Guard: the whole pointer, not its first line, makes a pointer, with `\\r\\n` as with `\\n`."""
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', files={})
    (tmp_path / "personas").mkdir(exist_ok=True)
    (tmp_path / "personas" / "tomek.yaml").write_bytes(crlf(VERSION + PERSONA_PL))
    result = run_cli("lint", "personas/tomek.yaml", "--format", "json")
    assert [code for code, _line, _column in findings(result)] == ["CX001"]
    assert "lfs" not in result.stdout.lower()


def test_a_lone_carriage_return_in_a_pointer_makes_it_none():
    """Guard: a `\\r` that ends no line (`size 8\\r12`) is in no pointer git-lfs writes or reads."""
    from cxkit.gitutil import is_lfs_pointer

    good = crlf(pointer(PERSONA_PL))
    assert is_lfs_pointer(good) and is_lfs_pointer(pointer(PERSONA_PL).encode())
    assert not is_lfs_pointer(good.replace(b"size ", b"size 8\r"))
    assert not is_lfs_pointer(good.replace(b"\r\noid", b"\roid"))
