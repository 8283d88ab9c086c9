"""`-o` and other writes never go through a link a checkout may hold.

A pull request can commit `report.json` as a link to a tool the CI job may write (one a later step
runs): `cxkit lint -f json -o report.json` replaced that tool with the report and kept its execute
bits, and a dangling link made a file outside the checkout; `render -o wiki/x.md` did the same through
a linked folder.  Now `-o` refuses a symbolic link and a folder that leads out of the work tree (exit 2,
the file left as it is), and `lint -o`, as `render -o` does, replaces only a previous report of the
same format unless --force; the file written never has execute bits.  `fmt`, `init` and `new` do not
write out of the repository through a link or a config either.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from git_helpers import Repo

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links and git")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
REVIEW_WORKFLOW = Path(__file__).resolve().parent.parent / "docs" / "github-actions-review.yml"

#: A persona whose id quotes shell: the report quotes it, and a report run as a script would run it.
RCE = 'kind: persona\nid: "x$(touch {proof})"\nname: Rce\n'


def _env() -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "CXKIT_TODAY": "2026-12-06", "NO_COLOR": "1",
           "COLUMNS": "120", "HOME": os.environ.get("HOME", "/root"), "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_CONFIG_GLOBAL": os.devnull}
    if os.environ.get("PYTHONPATH"):
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return env


def _cxkit(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**_env(), **(env or {})})


def _checkout(tmp_path: Path) -> Repo:
    repo = Repo(tmp_path / "repo")
    repo.write("cxkit.toml", 'paths = ["personas"]\nlang = "pl"\n')
    for example in sorted((EXAMPLES / "pl" / "personas").glob("*.yaml")):
        repo.write(f"personas/{example.name}", example.read_text(encoding="utf-8"))
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "personas")
    return repo


def _tool(tmp_path: Path) -> Path:
    tool = tmp_path / "runner-tools" / "tool"
    tool.parent.mkdir()
    tool.write_text("#!/bin/sh\necho legit\n", encoding="utf-8")
    tool.chmod(0o755)
    return tool


def test_lint_o_refuses_a_link_committed_at_the_report_name(tmp_path: Path) -> None:
    repo = _checkout(tmp_path)
    tool = _tool(tmp_path)
    proof = tmp_path / "RCE_PROOF"
    repo.write("personas/rce.yaml", RCE.format(proof=proof))
    (repo.root / "report.json").symlink_to(tool)
    proc = _cxkit(repo.root, "lint", "--no-cache", "-f", "json", "-o", "report.json")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1] == (
        f"cxkit: --output-file report.json: cannot write the report: it is a symbolic link (to {tool}), and -o never "
        "writes through a link, which a checkout could point at any file; delete the link, or give -o the file it "
        "leads to, or another name")
    assert tool.read_text(encoding="utf-8") == "#!/bin/sh\necho legit\n"
    assert stat.S_IMODE(tool.stat().st_mode) == 0o755
    subprocess.run(["bash", "-c", str(tool)], capture_output=True, timeout=30)
    assert not proof.exists()


def test_lint_o_does_not_make_a_file_through_a_dangling_link(tmp_path: Path) -> None:
    repo = _checkout(tmp_path)
    outside = tmp_path / "nowhere.xml"
    (repo.root / "report.xml").symlink_to(outside)
    proc = _cxkit(repo.root, "lint", "-f", "junit", "-o", "report.xml")
    assert proc.returncode == 2 and "it is a symbolic link" in proc.stderr
    assert not outside.exists() and (repo.root / "report.xml").is_symlink()


def test_lint_o_refuses_a_folder_linked_out_of_the_work_tree(tmp_path: Path) -> None:
    repo = _checkout(tmp_path)
    elsewhere = tmp_path / "victim"
    elsewhere.mkdir()
    (repo.root / "reports").symlink_to(elsewhere)
    proc = _cxkit(repo.root, "lint", "-f", "sarif", "-o", "reports/lint.sarif")
    assert proc.returncode == 2
    assert f"its folder leads out of the work tree through a link (to {elsewhere})" in proc.stderr
    assert list(elsewhere.iterdir()) == []
    # Named by its own path, the folder is the user's choice.
    assert _cxkit(repo.root, "lint", "-f", "sarif", "-o", str(elsewhere / "lint.sarif")).returncode in (0, 1)
    assert json.loads((elsewhere / "lint.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_lint_o_replaces_only_a_previous_report_of_its_format_without_force(tmp_path: Path) -> None:
    repo = _checkout(tmp_path)
    tool = _tool(tmp_path)
    proc = _cxkit(repo.root, "lint", "-f", "json", "-o", str(tool))
    assert proc.returncode == 2
    assert "the file is a program (it can be run), not a lint report, which the report would replace; give another " \
           "file name, or add --force to replace it" in proc.stderr
    assert tool.read_text(encoding="utf-8").startswith("#!/bin/sh")
    notes = repo.root / "notatki.md"
    notes.write_text("# Notatki z warsztatu\n\nPersony do przeglądu w styczniu.\n", encoding="utf-8")
    proc = _cxkit(repo.root, "lint", "-o", "notatki.md")
    assert proc.returncode == 2 and "the file is not a previous lint report" in proc.stderr
    assert notes.read_text(encoding="utf-8").startswith("# Notatki")
    # --force replaces it; a program replaced so is no program any more.
    assert _cxkit(repo.root, "lint", "-f", "json", "-o", str(tool), "--force").returncode in (0, 1)
    json.loads(tool.read_text(encoding="utf-8"))
    assert stat.S_IMODE(tool.stat().st_mode) & 0o111 == 0


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "gitlab", "github"])
def test_lint_o_replaces_its_own_previous_report(tmp_path: Path, fmt: str) -> None:
    # Guard: CI writes the report to the same name on every run.
    repo = _checkout(tmp_path)
    (repo.root / "personas" / "rce.yaml").write_text("kind: persona\nid: x\nname: Rce\n", encoding="utf-8")
    for _ in range(2):
        proc = _cxkit(repo.root, "lint", "-f", fmt, "-o", "raport.out")
        assert proc.returncode == 1, proc.stderr
    other = {"json": "sarif", "sarif": "json"}.get(fmt)
    if other:  # another format's report is someone else's: --force
        proc = _cxkit(repo.root, "lint", "-f", other, "-o", "raport.out")
        assert proc.returncode == 2 and f"is a lint report in {fmt}, not in the {other} this writes" in proc.stderr


def test_lint_o_still_writes_to_standard_output_by_name(tmp_path: Path) -> None:
    repo = _checkout(tmp_path)
    proc = _cxkit(repo.root, "lint", "-f", "json", "-o", "/dev/stdout")
    assert proc.returncode in (0, 1) and isinstance(json.loads(proc.stdout), list)


def test_render_o_refuses_links_in_the_checkout(tmp_path: Path) -> None:
    repo = _checkout(tmp_path)
    outside = tmp_path / "nonexist.md"
    (repo.root / "wiki").mkdir()
    (repo.root / "wiki" / "new.md").symlink_to(outside)
    proc = _cxkit(repo.root, "render", "-f", "markdown", "-o", "wiki/new.md", "personas")
    assert proc.returncode == 2 and "wiki/new.md: cannot write: it is a symbolic link" in proc.stderr
    assert not outside.exists()
    victim = tmp_path / "victimdir"
    victim.mkdir()
    (repo.root / "wiki" / "dir").symlink_to(victim)
    proc = _cxkit(repo.root, "render", "-f", "markdown", "-o", "wiki/dir/x.md", "personas")
    assert proc.returncode == 2 and "its folder leads out of the work tree through a link" in proc.stderr
    assert list(victim.iterdir()) == []


def test_fmt_does_not_write_out_of_the_repository_through_a_link(tmp_path: Path) -> None:
    repo = _checkout(tmp_path)
    outside = tmp_path / "outside" / "ola.yaml"
    outside.parent.mkdir()
    messy = "kind: persona\nname: Ola Wiśniewska\nid: ola-poza-repo\n"
    outside.write_text(messy, encoding="utf-8")
    (repo.root / "personas" / "ola.yaml").symlink_to(outside)
    # Read through the link on purpose (a link out of the work tree is otherwise not read at all), and
    # still not written through it.
    proc = _cxkit(repo.root, "fmt", "personas", env={"CXKIT_FOLLOW_LINKS_OUT": "1"})
    assert proc.returncode == 1
    assert (f"personas/ola.yaml:1:1: error CX000 not written: it is a link out of the work tree, to {outside}, and fmt "
            f"writes such a file only when named by its own path (cxkit fmt {outside})") in proc.stdout + proc.stderr
    assert outside.read_text(encoding="utf-8") == messy
    assert _cxkit(repo.root, "fmt", str(outside)).returncode == 0
    assert outside.read_text(encoding="utf-8") != messy


def test_new_does_not_follow_a_persona_dir_out_of_the_repository(tmp_path: Path) -> None:
    repo = _checkout(tmp_path)
    repo.write("cxkit.toml", 'paths = ["personas"]\nlang = "pl"\npersona-dir = "../evilnew"\n')
    proc = _cxkit(repo.root, "new", "persona", "Jan Kowalski", "--no-input")
    assert proc.returncode == 2
    assert "persona-dir w cxkit.toml prowadzi poza repozytorium" in proc.stderr and "--dir" in proc.stderr  # the workspace is Polish (s38)
    assert not (tmp_path / "evilnew").exists()
    proc = _cxkit(repo.root, "new", "persona", "Jan Kowalski", "--no-input", "--dir", str(tmp_path / "evilnew"))
    assert proc.returncode == 0 and (tmp_path / "evilnew" / "jan-kowalski.yaml").is_file()


def test_init_writes_nothing_through_links(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    elsewhere = tmp_path / "workflows-elsewhere"
    elsewhere.mkdir()
    (repo.root / ".github").mkdir()
    (repo.root / ".github" / "workflows").symlink_to(elsewhere)
    (repo.root / "cxkit.toml").symlink_to(tmp_path / "no-such.toml")
    proc = _cxkit(repo.root, "init", "--no-examples", "--lang", "pl")
    assert proc.returncode == 0, proc.stderr
    assert list(elsewhere.iterdir()) == []
    out = re.sub(r"\s+", " ", proc.stdout)
    assert (f"skipped .github/workflows/cxkit.yml (its folder leads out of this folder through a link, to {elsewhere}; "
            "init writes only inside it)") in out
    assert f"skipped cxkit.toml (a link to {tmp_path / 'no-such.toml'}, which does not exist" in out
    assert "already has a cxkit config" not in out


def _github_glob(pattern: str) -> re.Pattern[str]:
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out + r"\Z")


def test_the_review_workflow_reviews_what_changes_a_verdict_and_writes_outside_the_checkout() -> None:
    from ruamel.yaml import YAML

    doc = YAML(typ="safe").load(REVIEW_WORKFLOW.read_text(encoding="utf-8"))
    paths = doc["on"]["pull_request"]["paths"]
    for changed in ("shared/cx-base.toml", ".gitattributes", "cx/.gitattributes", ".cxkit_cache/files-v1.json",
                    "cx/.cxkit_cache/fmt-v1.json", "personas/ola.yaml", "cx/cxkit.toml"):
        assert any(_github_glob(p).match(changed) for p in paths), changed
    assert not any(_github_glob(p).match("src/app.py") for p in paths)
    script = "\n".join(str(s.get("run", "")) for job in doc["jobs"].values() for s in job["steps"])
    assert "review.md" in script
    assert all('"$RUNNER_TEMP/review.md"' in line for line in script.splitlines() if "review.md" in line and "#" not in line)
