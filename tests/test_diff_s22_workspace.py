"""Session 22: what a change of configuration does to the workspace compared.

A document a new `paths` or `exclude` brings in joined the workspace (the mirror of "left the
workspace"); it was not added.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import Repo
from test_diff_left_workspace_s21 import ANIA, KAMIL, OLA


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def ws(tmp_path, monkeypatch) -> Repo:
    """main: only personas/ in the config's `paths`; the draft in szkice/ is committed but not compared."""
    r = Repo(tmp_path / "ws")
    r.write("cxkit.toml", 'lang = "pl"\npaths = ["personas"]\n')
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


JOINED_TEXT = (
    '+ ania-szkic  szkice/ania.yaml  persona „Ania Kowalczyk”: dołączono do obszaru roboczego; już w {where}, poza tym, '
    "co porównywała tam konfiguracja (`paths`, `exclude`)\n"
)


def test_a_file_the_new_paths_take_in_joined_the_workspace_and_a_new_file_is_added(ws):
    """Before: `+ ania-szkic ... new persona "Ania Kowalczyk"`, `"op": "added"`, though the file
    was in main all along."""
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas", "szkice"]\n')
    ws.write("personas/marek.yaml", OLA.replace("id: ola-biegaczka", "id: marek").replace("Ola Nowak", "Marek Zieliński"))
    result = cli("diff", "main")
    assert result.exit_code == 1, result.stderr
    assert result.stdout == (
        "+ marek  personas/marek.yaml  nowa persona „Marek Zieliński”\n\n"
        + JOINED_TEXT.format(where="'main'")
        + "\n2 dokumenty różnią się (1 dodany, 1 dołączył do obszaru roboczego).\n"
    )
    changes = json.loads(cli("diff", "main", "-f", "json").stdout)
    assert [(c["op"], c["document"], c["file"], c["old"]) for c in changes] == [
        ("added", "marek", "personas/marek.yaml", None), ("joined", "ania-szkic", "szkice/ania.yaml", None)]
    assert changes[1]["new"]["name"] == "Ania Kowalczyk"
    md = cli("diff", "main", "-f", "md").stdout
    assert "### `ania-szkic` · `szkice/ania.yaml` (dołączył do obszaru roboczego)\n" in md
    assert "Persona „Ania Kowalczyk”: dołączono do obszaru roboczego; już w `main`" in md


def test_a_file_an_exclude_no_longer_leaves_out_joined_the_workspace(ws):
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas", "szkice"]\nexclude = ["szkice/ania.yaml"]\n')
    ws.commit("szkice wykluczone")
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas", "szkice"]\n')
    result = cli("diff", "main")
    assert result.exit_code == 1
    assert result.stdout == JOINED_TEXT.format(where="'main'") + "\n1 dokument różni się (1 dołączył do obszaru roboczego).\n"
    # Between revisions and in the index alike.
    ws.git("add", "cxkit.toml")
    staged = cli("diff", "--cached")
    assert staged.stdout == JOINED_TEXT.format(where="'HEAD'") + "\n1 dokument różni się (1 dołączył do obszaru roboczego).\n"
    ws.commit("szkice znowu")
    assert cli("diff", "main~1", "main").stdout == JOINED_TEXT.format(where="'main~1'") + (
        "\n1 dokument różni się (1 dołączył do obszaru roboczego).\n")


def test_a_file_new_on_the_branch_in_a_folder_the_config_takes_in_is_added(ws):
    """Guard: a document the old side did not have is added, whatever the config did."""
    (ws.root / "szkice/ania.yaml").unlink()
    ws.git("rm", "-q", "--cached", "szkice/ania.yaml")
    ws.commit("bez szkicu")
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas", "szkice"]\n')
    ws.write("szkice/ania.yaml", ANIA)
    result = cli("diff", "main")
    assert "nowa persona „Ania Kowalczyk”" in result.stdout and "joined" not in result.stdout and "dołączył" not in result.stdout


def test_review_lists_it_as_joined_and_introduces_its_findings(ws):
    ws.write("cxkit.toml", 'lang = "pl"\npaths = ["personas", "szkice"]\n')
    result = cli("review", "main", "-f", "json")
    report = json.loads(result.stdout)
    assert [(c["op"], c["document"]) for c in report["changes"]] == [("joined", "ania-szkic")]
    # Its findings were not reported on main: from now on they are.
    assert report["introduced"] and {f["path"] for f in report["introduced"]} == {"szkice/ania.yaml"}
    md = cli("review", "main").stdout
    assert "`ania-szkic` · `szkice/ania.yaml` (dołączył do obszaru roboczego)" in md
