"""A document whose file a new configuration leaves out (`paths`, `exclude`, a client's) was not
deleted: `cxkit diff` and `cxkit review` say it left the workspace, not that it was removed."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo
from test_diff_workspaces_s20 import MARTA, SZKIC

OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
goals:
  - Przebiec półmaraton w Gdyni poniżej 1:55 w marcu 2027
behaviours:
  - Biega 4 razy w tygodniu po Parku Oliwskim z zegarkiem Garmin Forerunner 255
"""

ANIA = """\
kind: persona
id: ania-szkic
name: Ania Kowalczyk
lang: pl
goals:
  - Find a stroller that folds with one hand on the Warsaw tram
"""

KAMIL = """\
kind: negative-persona
id: kamil
name: Kamil
lang: pl
reasons: [Kupuje tylko na Black Friday w Media Markt]
"""


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def ws(tmp_path, monkeypatch) -> Repo:
    """main: personas/ and szkice/ both in the top config's `paths`."""
    r = Repo(tmp_path / "ws")
    r.write("cxkit.toml", 'lang = "pl"\npaths = ["personas", "szkice"]\n')
    r.write("personas/ola.yaml", OLA)
    r.write("personas/kamil.yaml", KAMIL)
    r.write("szkice/ania.yaml", ANIA)
    r.commit("init")
    monkeypatch.chdir(r.root)
    return r


def cli(*args: str):
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


LEFT_TEXT = (
    '- ania-szkic  szkice/ania.yaml  persona „Ania Kowalczyk”: poza obszarem roboczym; nadal w {where}, poza tym, '
    "co porównuje konfiguracja (`paths`, `exclude`)\n"
)


def test_a_file_the_new_paths_leave_out_left_the_workspace_and_a_deleted_one_is_removed(ws):
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas"]\n')
    (ws.root / "personas/kamil.yaml").unlink()
    result = cli("diff", "main")
    assert result.exit_code == 1, result.stderr
    assert result.stdout == (
        "- kamil  personas/kamil.yaml  usunięta persona negatywna „Kamil”\n\n"
        + LEFT_TEXT.format(where="kopii roboczej")
        + "\n2 dokumenty różnią się (1 usunięty, 1 opuścił obszar roboczy).\n"
    )
    changes = json.loads(cli("diff", "main", "-f", "json").stdout)
    assert [(c["op"], c["document"], c["file"], c["new"]) for c in changes] == [
        ("removed", "kamil", "personas/kamil.yaml", None), ("left", "ania-szkic", "szkice/ania.yaml", None)]
    assert changes[1]["old"]["name"] == "Ania Kowalczyk"
    md = cli("diff", "main", "-f", "md").stdout
    assert "### `ania-szkic` · `szkice/ania.yaml` (opuścił obszar roboczy)\n" in md
    assert "(usunięty)" in md.split("ania-szkic")[0]  # kamil's


def test_the_same_between_revisions_and_in_the_index(ws):
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas"]\n')
    ws.git("add", "cxkit.toml")
    staged = cli("diff", "--cached")
    assert staged.exit_code == 1
    assert staged.stdout == LEFT_TEXT.format(where="indeksie") + "\n1 dokument różni się (1 opuścił obszar roboczy).\n"
    ws.commit("tylko persony")
    for args in (["main~1", "main"], ["main~1..main"]):
        result = cli("diff", *args)
        assert result.exit_code == 1
        assert result.stdout == LEFT_TEXT.format(where="'main'") + "\n1 dokument różni się (1 opuścił obszar roboczy).\n"


def test_a_file_the_new_exclude_leaves_out_left_the_workspace(ws):
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas", "szkice"]\nexclude = ["szkice/ania.yaml"]\n')
    result = cli("diff", "main")
    assert result.exit_code == 1
    assert result.stdout == LEFT_TEXT.format(where="kopii roboczej") + "\n1 dokument różni się (1 opuścił obszar roboczy).\n"


def test_a_file_that_is_no_cxkit_document_any_more_is_removed(ws):
    ws.write("szkice/ania.yaml", "kind: notatka\ntekst: tylko notatka\n")
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas"]\n')
    assert "usunięta persona „Ania Kowalczyk”" in cli("diff", "main").stdout


def test_review_says_it_left_the_workspace_and_its_findings_are_suppressed_by_paths(ws):
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas"]\n')
    result = cli("review", "main")
    assert result.exit_code == 0, result.stdout
    assert "#### `ania-szkic` · `szkice/ania.yaml` (opuścił obszar roboczy)\n" in result.stdout
    assert "(usunięty)" not in result.stdout
    report = json.loads(cli("review", "main", "-f", "json").stdout)
    assert [(c["op"], c["document"]) for c in report["changes"]] == [("left", "ania-szkic")]
    assert report["fixed"] == []


def test_a_clients_new_exclude_in_an_agency(tmp_path, monkeypatch):
    r = Repo(tmp_path / "agencja")
    r.write("zoo/cxkit.toml", 'lang = "pl"\n')
    r.write("browar/cxkit.toml", 'lang = "pl"\n')
    r.write("zoo/personas/marta-karma.yaml", MARTA)
    r.write("browar/szkice/szkic.yaml", SZKIC)
    r.commit("init")
    monkeypatch.chdir(r.root)
    r.write("browar/cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\n')
    result = cli("diff", "main")
    assert result.exit_code == 1
    assert result.stdout == (
        '- szkic  browar/szkice/szkic.yaml  persona „Szkic”: poza obszarem roboczym; nadal w kopii roboczej, poza tym, '
        "co porównuje konfiguracja (`paths`, `exclude`)\n\n1 dokument różni się (1 opuścił obszar roboczy).\n")
    review = json.loads(cli("review", "main", "-f", "json").stdout)
    assert [(c["op"], c["file"]) for c in review["changes"]] == [("left", "browar/szkice/szkic.yaml")]


# --- two folders of an agency (one cxkit.toml per client): each client under its own config ---------

def agency_copy(folder, *, browar_exclude: str = '["szkice"]') -> None:
    (folder / "zoo/personas").mkdir(parents=True)
    (folder / "zoo/archiwum").mkdir(parents=True)
    (folder / "browar/szkice").mkdir(parents=True)
    (folder / "zoo/cxkit.toml").write_text('lang = "pl"\npaths = ["personas"]\n', encoding="utf-8")
    (folder / "browar/cxkit.toml").write_text(f'lang = "pl"\nexclude = {browar_exclude}\n', encoding="utf-8")
    (folder / "zoo/personas/marta-karma.yaml").write_text(MARTA, encoding="utf-8")
    (folder / "zoo/archiwum/marta-2024.yaml").write_text(MARTA.replace("id: marta-karma", "id: marta-2024"),
                                                          encoding="utf-8")
    (folder / "browar/szkice/szkic.yaml").write_text(SZKIC, encoding="utf-8")


@pytest.fixture
def folders(tmp_path, monkeypatch):
    for name in ("v1", "v2"):
        agency_copy(tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_two_agency_folders_compare_what_each_clients_config_takes_in(folders):
    for name in ("v1", "v2"):
        for rel in ("zoo/personas/marta-karma.yaml", "zoo/archiwum/marta-2024.yaml", "browar/szkice/szkic.yaml"):
            path = folders / name / rel
            path.write_text(path.read_text(encoding="utf-8").replace("age: 34", f"age: {34 + (name == 'v2')}")
                            .replace("ceni jakość", "ceni jakość" + (" i cenę" if name == "v2" else "")),
                            encoding="utf-8")
    result = cli("diff", "v1", "v2")
    assert result.exit_code == 1, result.stderr
    # zoo/archiwum is outside zoo's `paths`, browar/szkice in browar's `exclude`: as `cxkit lint v2` reads them.
    assert result.stdout == (
        "marta-karma  zoo/personas/marta-karma.yaml\n  ~ Demografia › Wiek: 34 → 35\n\n"
        "1 dokument różni się (1 zmieniony); 1 zmiana w dokumencie.\n")
    assert result.stderr == ""
    # `--config` makes it one workspace, as for lint: every document is compared.
    whole = cli("diff", "--config", "v1/zoo/cxkit.toml", "v1", "v2")
    assert whole.stdout.endswith("3 dokumenty różnią się (3 zmienione); 3 zmiany w dokumentach.\n"), whole.stdout


def test_a_clients_new_exclude_between_two_folders_is_a_document_that_left(folders):
    (folders / "v2/browar/cxkit.toml").write_text('lang = "pl"\nexclude = ["szkice", "personas"]\n', encoding="utf-8")
    (folders / "v1/browar/cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    result = cli("diff", "v1", "v2", "-f", "json")
    assert result.exit_code == 1
    assert [(c["op"], c["file"]) for c in json.loads(result.stdout)] == [("left", "browar/szkice/szkic.yaml")]


def test_two_folders_with_a_config_at_their_top_are_each_read_with_their_own(tmp_path, monkeypatch):
    for name, exclude in (("przed", "[]"), ("po", '["szkice"]')):
        (tmp_path / name / "personas").mkdir(parents=True)
        (tmp_path / name / "szkice").mkdir()
        (tmp_path / name / "cxkit.toml").write_text(f'lang = "pl"\nexclude = {exclude}\n', encoding="utf-8")
        (tmp_path / name / "personas/ola.yaml").write_text(OLA, encoding="utf-8")
        (tmp_path / name / "szkice/ania.yaml").write_text(ANIA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = cli("diff", "przed", "po")
    assert result.exit_code == 1
    assert result.stdout == (
        '- ania-szkic  szkice/ania.yaml  persona „Ania Kowalczyk”: poza obszarem roboczym; nadal w \'po\', poza tym, '
        "co porównuje konfiguracja (`paths`, `exclude`)\n\n1 dokument różni się (1 opuścił obszar roboczy).\n")


def test_a_clients_broken_config_in_one_folder_is_noted_and_the_diff_goes_on(folders):
    """review6 R6-6: one client's invalid cxkit.toml in an archived copy stopped the whole
    `cxkit diff v1 v2` with exit 2; as for a revision, it is noted and that client's folder is read
    under the configuration around it (here no exclude: its draft is compared too)."""
    (folders / "v1/browar/cxkit.toml").write_text('lang = "pl"\nexclude = [\n', encoding="utf-8")
    zoo = folders / "v2/zoo/personas/marta-karma.yaml"
    zoo.write_text(zoo.read_text(encoding="utf-8").replace("age: 34", "age: 35"), encoding="utf-8")
    result = cli("diff", "v1", "v2", "-f", "json")
    assert result.exception is None and result.exit_code == 1, result.stderr
    assert result.stderr.startswith("cxkit: note: v1/browar/cxkit.toml:2:12: invalid TOML"), result.stderr
    assert result.stderr.rstrip().endswith("; the workspace in v1/browar is read with the configuration around it")
    # browar's draft: read in v1 (no valid exclude there), excluded in v2 -> it left the workspace.
    assert [(c["op"], c["file"], c["path"]) for c in json.loads(result.stdout)] == [
        ("left", "browar/szkice/szkic.yaml", ""),
        ("changed", "zoo/personas/marta-karma.yaml", "demographics.age"),
    ]
