"""A link committed in a checkout that leads to a file outside it is not read by lint, fmt or render.

A pull request can add `personas/s.yaml -> /home/runner/.ssh/id_ed25519`: read, the start of the
key would be quoted in a finding, or its text exported by `render -o`, in a public CI log or wiki.
"""

from __future__ import annotations

import json
import os
import sys

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = [
    pytest.mark.skipif(not HAS_GIT, reason="git missing"),
    pytest.mark.skipif(sys.platform == "win32", reason="symbolic links"),
]

OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
reviewed: 2026-11-01
sources: [{id: w1, type: interview, date: 2026-10-01}]
goals:
  - Przebiec półmaraton w Poznaniu poniżej dwóch godzin
"""

KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n"
#: A YAML persona kept outside the repository, with a token in its name: it must not reach an export.
OUTSIDE_PERSONA = OLA.replace("ola-biegaczka", "sekret").replace("Ola Nowak", "TOKEN ghp_0123456789abcdef")


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    outside = tmp_path / "runner"
    outside.mkdir()
    (outside / "id_ed25519").write_text(KEY, encoding="utf-8")
    (outside / "secret.yaml").write_text(OUTSIDE_PERSONA, encoding="utf-8")
    r = Repo(tmp_path / "persony")
    r.write("cxkit.toml", "")
    r.write("personas/ola.yaml", OLA)
    os.symlink(outside / "id_ed25519", r.root / "personas" / "key.yaml")
    os.symlink(outside / "secret.yaml", r.root / "personas" / "s.yaml")
    r.commit("pull request")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("CXKIT_FOLLOW_LINKS_OUT", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    return r


def _lint(*args: str) -> tuple[int, list[dict]]:
    result = run_cli("lint", "--no-cache", "--select", "CX0", "--format", "json", *args)
    assert result.exception is None
    return result.exit_code, json.loads(result.stdout)


def test_a_folder_scan_reports_a_link_out_of_the_work_tree_without_reading_it(repo):
    code, findings = _lint("personas")
    assert code == 1
    out = {f["path"]: f for f in findings if f["rule"] == "read-error"}
    assert sorted(out) == ["personas/key.yaml", "personas/s.yaml"]
    assert (out["personas/s.yaml"]["line"], out["personas/s.yaml"]["column"]) == (1, 1)
    assert "a link out of the work tree" in out["personas/s.yaml"]["message"]
    assert "CXKIT_FOLLOW_LINKS_OUT" in out["personas/s.yaml"]["message"]
    text = json.dumps(findings)
    assert "BEGIN OPENSSH" not in text and "ghp_" not in text
    assert [f["path"] for f in findings if f["rule"] != "read-error"] == []  # the rest is linted, and valid


def test_a_named_link_out_quotes_nothing_of_the_file(repo):
    code, findings = _lint("personas/key.yaml", "personas/ola.yaml")
    assert code == 1
    assert [(f["path"], f["rule"]) for f in findings] == [("personas/key.yaml", "read-error")]
    assert "BEGIN" not in findings[0]["message"]


def test_render_does_not_export_the_file_a_link_out_leads_to(repo, tmp_path):
    result = run_cli("render", "-f", "md", "personas")
    assert "0123456789abcdef" not in result.stdout + result.stderr  # the token, escaped or not
    assert "personas/s.yaml" in result.stdout + result.stderr


def test_fmt_check_reports_it_too(repo):
    result = run_cli("fmt", "--check", "personas")
    assert result.exit_code == 1
    assert "personas/s.yaml:1:1" in result.stdout and "a link out of the work tree" in result.stdout


def test_the_user_can_opt_in_and_a_link_inside_the_tree_is_read(repo, monkeypatch):
    os.symlink("ola.yaml", repo.root / "personas" / "ola-link.yaml")
    code, findings = _lint("personas")
    assert "personas/ola-link.yaml" not in {f["path"] for f in findings}  # a link inside: read, one document
    monkeypatch.setenv("CXKIT_FOLLOW_LINKS_OUT", "1")
    code, findings = _lint("personas/s.yaml")
    assert [f["rule"] for f in findings] == []  # read, as before: a persona without findings
    code, findings = _lint("personas/key.yaml")
    assert [f["rule"] for f in findings] == ["schema"]


def test_a_file_that_is_no_document_is_not_quoted(tmp_path, monkeypatch):
    """Named or linked in, a key or a password file is "a single value (text)", not its first 60 characters."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "klucz.yaml").write_text(KEY, encoding="utf-8")
    (tmp_path / "passwd.yaml").write_text("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin\n", encoding="utf-8")
    code, findings = _lint("klucz.yaml", "passwd.yaml")
    assert code == 1
    assert [f["message"] for f in findings] == [
        "a cxkit document is a YAML mapping with a `kind` key, but this file holds a single value (text)"
    ] * 2
