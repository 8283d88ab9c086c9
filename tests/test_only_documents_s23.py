"""`cxkit lint --only-documents`, as a pre-commit hook runs it (session 23).

- A hook passes every changed file; one that `exclude` matches (a draft, an archive) is left out,
  as a folder scan leaves it out, in the config of the workspace the file lies in.  Named without
  `--only-documents`, an excluded file is checked as before: a file you name is checked.
- Each document named is parsed once (read-through RT-17): the filter knows a file that opens with
  its `kind:` line without a YAML read; other files are still judged by the parse a scan makes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cxkit.workspace as workspace
import cxkit.yamlio as yamlio
from conftest import run_cli
import cxkit.named as named

EWA = """\
kind: persona
id: ewa-farmaceutka
name: Ewa Zielińska
lang: pl
goals:
  - text: Odebrać leki na receptę w aptece przy pracy w ciągu 2 godzin od zamówienia
"""
# A draft that does not pass the schema: `goals` written as one line.
SZKIC = "kind: persona\nid: marek-szkic\nname: Marek Nowak\nlang: pl\ngoals: Dojechać na czas\n"
DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: apteka\n"


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    _write(tmp_path, "cxkit.toml", 'lang = "pl"\nselect = ["schema"]\nexclude = ["szkice"]\n')
    _write(tmp_path, "personas/ewa-farmaceutka.yaml", EWA)
    _write(tmp_path, "personas/szkice/marek-szkic.yaml", SZKIC)
    _write(tmp_path, "k8s/deploy.yaml", DEPLOYMENT)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _paths(result: object) -> list[str]:
    return sorted({f["path"] for f in json.loads(result.stdout)})  # type: ignore[attr-defined]


def test_a_hook_leaves_out_a_file_the_config_excludes(repo: Path) -> None:
    named = ["personas/ewa-farmaceutka.yaml", "personas/szkice/marek-szkic.yaml", "k8s/deploy.yaml"]
    result = run_cli("lint", "--no-cache", "--format", "json", "--only-documents", *named)
    assert result.exception is None
    assert (result.exit_code, result.stdout, result.stderr) == (0, "[]\n", "")
    # Only excluded files named: nothing is checked, not the workspace.
    result = run_cli("lint", "--no-cache", "--only-documents", "personas/szkice/marek-szkic.yaml", "k8s/deploy.yaml")
    assert (result.exit_code, result.stderr) == (0, "")
    assert "marek" not in result.stdout


def test_a_file_named_without_only_documents_is_checked_though_excluded(repo: Path) -> None:
    result = run_cli("lint", "--no-cache", "--format", "json", "personas/szkice/marek-szkic.yaml")
    assert result.exit_code == 1
    assert _paths(result) == ["personas/szkice/marek-szkic.yaml"]


def test_each_file_is_excluded_by_its_own_workspace(repo: Path) -> None:
    # A client with a config of its own excludes its archive; the top's config says nothing of it.
    _write(repo, "klienci/apteka/cxkit.toml", 'lang = "pl"\nselect = ["schema"]\nexclude = ["archiwum"]\n')
    _write(repo, "klienci/apteka/personas/ewa.yaml", EWA)
    _write(repo, "klienci/apteka/archiwum/marek.yaml", SZKIC)
    _write(repo, "klienci/apteka/personas/marek.yaml", SZKIC.replace("marek-szkic", "marek-kierowca"))
    named = ["klienci/apteka/archiwum/marek.yaml", "klienci/apteka/personas/marek.yaml", "personas/szkice/marek-szkic.yaml"]
    result = run_cli("lint", "--no-cache", "--format", "json", "--only-documents", *named)
    assert result.exit_code == 1
    assert _paths(result) == ["klienci/apteka/personas/marek.yaml"]
    # --config: that config's exclude, for every file named.
    result = run_cli("lint", "--no-cache", "--format", "json", "--config", "cxkit.toml", "--only-documents", *named)
    assert _paths(result) == ["klienci/apteka/archiwum/marek.yaml", "klienci/apteka/personas/marek.yaml"]


def test_a_named_excluded_folder_is_still_warned_of(repo: Path) -> None:
    result = run_cli("lint", "--no-cache", "--only-documents", "personas/szkice")
    assert "pomija folder personas/szkice" in result.stderr  # the workspace says lang = "pl" (s39)


def test_each_document_is_parsed_once(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    load = yamlio.load_bytes

    def counting(raw: bytes, *, size: int | None = None) -> object:
        parsed.append(raw.decode("utf-8", "replace").splitlines()[2])
        return load(raw, size=size)

    monkeypatch.setattr(yamlio, "load_bytes", counting)
    monkeypatch.setattr(workspace, "load_bytes", counting)
    _write(repo, "personas/ola.yaml", EWA.replace("ewa-farmaceutka", "ola-biegaczka").replace("Ewa Zielińska", "Ola Kowalska"))
    result = run_cli("lint", "--no-cache", "-j", "1", "--format", "json", "--only-documents",
                     "personas/ewa-farmaceutka.yaml", "personas/ola.yaml", "k8s/deploy.yaml")
    assert (result.exit_code, result.stdout) == (0, "[]\n")
    # The two personas once each, in lint (the filter knows them by their first line).  The manifest
    # once, to leave it out: since this session's discovery changes it is no longer parsed a second
    # time as the rest of the workspace (the output above is unchanged).
    assert sorted(parsed) == ["metadata:", "name: Ewa Zielińska", "name: Ola Kowalska"]


@pytest.mark.parametrize(("raw", "quick"), [
    (b"kind: persona\nid: a\n", True),
    (b"\xef\xbb\xbf# yaml-language-server: $schema=cxkit.json\n\nkind: 'journey'  # etap\r\nid: a\r\n", True),
    (b"kind: persona\nid: [niedomknieta\n", True),
    (b"kind: negative-persona", True),
    (b"kind: persona\n  ciag dalszy\n", False),  # the value goes on: `persona ciag dalszy`
    (b"kind: persona\n\n  ciag dalszy\n", False),
    (b'kind: persona"\n', False),
    (b"kind:persona\n", False),
    (b"kind: persona#x\n", False),
    (b"kind: persona\nkind: Deployment\n", False),  # a duplicate: left to the parse
    (b'note: "a\nkind: persona\nb"\nkind: x\n', False),
    (b"kind: Deployment\n", False),
    (b"id: a\nkind: persona\n", False),
    (b'kind: "persona\'\n', False),
])
def test_the_quick_test_says_yes_only_where_the_parse_does(raw: bytes, quick: bool) -> None:
    from cxkit.named import shaped_like_document
    from cxkit.workspace import claims_cxkit_kind

    assert named.opens_with_kind(raw) is quick
    loaded = yamlio.load_bytes(raw)
    if quick:
        assert claims_cxkit_kind(loaded, raw) or shaped_like_document(loaded.data, loaded.text, raw)
