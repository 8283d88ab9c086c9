"""`cxkit init` at the top of an agency's repository: a folder per client, each with its own cxkit.toml.

init must not write a root config whose `paths` hides every client (review2 R2-8): `cxkit lint`
from the top checked 0 documents and passed after it.  It names the clients' folders as workspaces
of their own, writes a config without `paths` and no empty personas/ and journeys/, and hooks
that still take every client in.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import run_cli

MARTA = """\
kind: persona
id: marta-karma
name: Marta Żółkiewska
lang: pl
owner: Zespół CX Zwierzakowo (Łucja Śliwińska)
summary: Właścicielka dwóch labradorów z Poznania, zamawia karmę cyklicznie.
demographics:
  age: 30-40
  location: Poznań, Rataje
psychographics:
  values:
    - ceni jakość
behaviours:
  - Co 6 tygodni zamawia 12-kg worek karmy Brit Care przez apteczkę zoologiczną na Ratajach
  - Lubi zwierzęta
reviewed: 2026-11-20
"""

JOURNEY = """\
kind: journey
id: marta-zamawia-karme
name: Marta zamawia karmę
lang: pl
persona: marta-karma
reviewed: 2026-11-20
stages:
  - id: awareness
    name: Świadomość
    touchpoints:
      - channel: instagram
        description: Reklama „Żółta łapa” – rabat 15% na pierwszą dostawę
    emotion: 0
  - id: loyalty
    name: Lojalność
    touchpoints:
      - channel: email
        description: Przypomnienie „Kończy się karma?” po 5 tygodniach
    emotion: 2
"""

JAN = """\
kind: persona
id: jan-czytelnik
name: Jan Wiśniewski
lang: pl
demographics:
  age: 67
  location: Poznań, Jeżyce, ul. Kraszewskiego
behaviours:
  - Co wtorek o 10:00 wypożycza 3 kryminały w filii nr 12 na Jeżycach
reviewed: 2026-03-01
"""

SZKIC = "kind: persona\nid: szkic\nname: Szkic\nbehaviours:\n  - ceni jakość\n"


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def make_agency(root: Path) -> Path:
    """The review's fixture: zoo/, browar/ and biblioteka/, each with its own config, none at the top."""
    (root / ".git").mkdir(parents=True)
    _write(root, "zoo/cxkit.toml", 'lang = "pl"\npaths = ["personas", "journeys"]\n')
    _write(root, "browar/cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\n')
    _write(root, "biblioteka/cxkit.toml", 'lang = "pl"\n[rules.stale-review]\nmax-age-months = 6\n')
    _write(root, "zoo/personas/marta-karma.yaml", MARTA)
    _write(root, "zoo/journeys/marta-zamawia.yaml", JOURNEY)
    _write(root, "browar/personas/marta-karma.yaml", MARTA)
    _write(root, "browar/szkice/szkic.yaml", SZKIC)
    _write(root, "biblioteka/personas/jan.yaml", JAN)
    return root


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_agency(tmp_path / "agencja")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.chdir(root)
    return root


def checked(*args: str) -> tuple[int, list[tuple[str, int, str]]]:
    """`cxkit lint` from here: its exit code and its findings (path, line, rule)."""
    result = run_cli("lint", "--no-cache", "-f", "json", *args)
    assert result.exception is None, repr(result.exception)
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, sorted((f["path"], f["line"], f["rule"]) for f in json.loads(result.stdout))


def init(*args: str):
    result = run_cli("init", *args)
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 0, result.stdout + result.stderr
    return result


def test_lint_from_the_top_checks_the_same_after_init(agency):
    before = checked()
    assert {p.split("/")[0] for p, _l, _r in before[1]} == {"zoo", "browar", "biblioteka"}
    init("--lang", "pl")
    assert checked() == before
    summary = run_cli("lint", "--no-cache")
    assert "sprawdzono 4 dokumenty." in summary.stdout  # Polish workspaces
    assert "no cxkit documents found" not in summary.stderr


def test_init_names_the_clients_as_workspaces_of_their_own(agency):
    out = init("--lang", "pl").stdout
    assert out.splitlines()[0] == (
        "found    biblioteka/, browar/, zoo/ (each is a workspace of its own, with its own config: "
        "`cxkit lint` here checks its documents under that config)"
    )
    assert "documents of yours" not in out
    assert "created  cxkit.toml (no `paths`: `cxkit lint` and `cxkit fmt` here check every workspace below)" in out
    assert "skipped  personas/, journeys/ (the documents are in the workspaces found above" in out
    assert "skipped  the example documents (this folder holds workspaces of their own" in out
    assert "`cxkit lint` checks every workspace, each under its own config" in out


def test_the_root_config_has_no_paths_and_no_empty_folders_are_made(agency):
    init("--lang", "pl")
    from cxkit.config import load_config

    config = load_config(agency / "cxkit.toml")
    assert config.paths == [] and config.lang == "pl"
    assert not (agency / "personas").exists() and not (agency / "journeys").exists()
    assert sorted(p.name for p in agency.iterdir()) == [
        ".git", ".github", ".pre-commit-config.yaml", "biblioteka", "browar", "cxkit.toml", "zoo"]


def test_the_hooks_lint_every_client_and_lay_out_their_files(agency):
    init("--lang", "pl")
    hooks = YAML(typ="safe").load((agency / ".pre-commit-config.yaml").read_text(encoding="utf-8"))["repos"][0]["hooks"]
    lint, fmt = hooks
    assert lint["entry"] == "cxkit lint" and lint["pass_filenames"] is False and lint["always_run"] is True
    assert fmt["entry"] == "cxkit fmt --only-documents"
    files = re.compile(fmt["files"])
    for doc in ("zoo/personas/marta-karma.yaml", "zoo/journeys/marta-zamawia.yaml", "biblioteka/personas/jan.yaml",
                "browar/personas/marta-karma.yaml"):
        assert files.search(doc), doc
    # Other tools' YAML at the top is no client's: fmt would report a Helm template as broken.
    assert not files.search("chart/templates/configmap.yaml")
    assert not files.search(".github/workflows/cxkit.yml")
    workflow = YAML(typ="safe").load((agency / ".github/workflows/cxkit.yml").read_text(encoding="utf-8"))
    runs = [s.get("run") for s in workflow["jobs"]["cxkit"]["steps"]]
    assert "cxkit lint" in runs and "cxkit fmt --check" in runs


def test_a_second_run_changes_nothing(agency):
    init("--lang", "pl")
    before = {p: p.read_bytes() for p in agency.rglob("*") if p.is_file()}
    out = init().stdout
    assert "skipped  cxkit.toml (already exists)\n" in out
    assert {p: p.read_bytes() for p in agency.rglob("*") if p.is_file()} == before
    assert not (agency / "personas").exists()


def test_a_root_config_whose_paths_hide_the_clients_is_told(agency):
    # As an older init wrote it.
    (agency / "cxkit.toml").write_text('paths = ["personas", "journeys"]\n', encoding="utf-8")
    out = init("--lang", "pl").stdout
    assert ("skipped  cxkit.toml (already exists; its `paths` leave out biblioteka/, browar/, zoo/: `cxkit lint` here "
            "does not check them (remove `paths` from it to check every workspace below))") in out


def test_in_a_folder_of_a_repository_the_printed_hook_lints_that_folder_by_name(tmp_path, monkeypatch):
    top = tmp_path / "repo"
    (top / ".git").mkdir(parents=True)
    agency = make_agency(top / "klienci")
    (agency / ".git").rmdir()
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.chdir(top)
    out = init("klienci", "--lang", "pl").stdout
    assert "found    klienci/biblioteka/, klienci/browar/, klienci/zoo/ (" in out
    # --config would put every client under klienci/cxkit.toml: the folder is named instead.
    assert 'entry: "cxkit lint klienci"' in out
    assert "--config" not in out
    assert 'files: "^klienci/(biblioteka|browar|zoo|personas|journeys)/.*\\\\.ya?ml$"' in out
    assert checked("klienci") == checked("klienci/zoo", "klienci/browar", "klienci/biblioteka")
    assert len(checked("klienci")[1]) > 0


def test_a_client_folder_named_with_polish_letters_and_a_space(tmp_path, monkeypatch):
    root = tmp_path / "agencja"
    (root / ".git").mkdir(parents=True)
    _write(root, "Kraków Łódź/cxkit.toml", 'lang = "pl"\n')
    _write(root, "Kraków Łódź/personas/jan.yaml", JAN)
    monkeypatch.chdir(root)
    out = init("--lang", "pl").stdout
    assert out.startswith("found    Kraków Łódź/ (a workspace of its own, with its own config:")
    fmt = YAML(typ="safe").load((root / ".pre-commit-config.yaml").read_text(encoding="utf-8"))["repos"][0]["hooks"][1]
    assert re.search(fmt["files"], "Kraków Łódź/personas/jan.yaml")


def test_a_single_workspace_repository_keeps_its_ordinary_init(tmp_path, monkeypatch):
    root = tmp_path / "sklep"
    (root / ".git").mkdir(parents=True)
    _write(root, "personas/marta-karma.yaml", MARTA)
    monkeypatch.chdir(root)
    out = init("--lang", "pl").stdout
    assert "found" not in out and "znaleziono" not in out
    assert "w tym folderze są już Twoje dokumenty, np. personas/marta-karma.yaml;" in out  # in Polish (s38)
    assert 'paths = ["personas", "journeys"]' in (root / "cxkit.toml").read_text(encoding="utf-8")
    assert (root / "journeys").is_dir()
