"""Emptying the only negative persona: both findings introduced, the second pointing at the first (session 29).

Before: `cxkit review main` listed `missing-negative-persona` and the emptied file's `yaml-syntax`
"the file is empty" as two findings introduced, which read as one slip counted twice. Both stay
(lint of the branch reports both; the workspace does lack a negative persona now), and the
`missing-negative-persona` row ends by naming the emptied file: "it follows from emptying
personas/janusz-okazja.yaml, the negative persona in `main` (see its `yaml-syntax` row)".
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

TOMEK = """\
kind: persona
id: tomek-audiofil
name: Tomek Wiśniewski
lang: pl
reviewed: 2026-11-20
summary: Programista z Gdańska, kupuje słuchawki po tygodniu czytania pomiarów.
sources:
  - {id: wywiady, type: interviews, n: 8, date: 2026-10-12}
goals:
  - Kupić otwarte słuchawki do 2 500 zł, które zagrają z jego wzmacniaczem
"""
JANUSZ = """\
kind: negative-persona
id: janusz-okazja
name: Janusz Okazja
lang: pl
reviewed: 2026-11-20
summary: Kupuje najtańsze słuchawki na promocji i zwraca je po tygodniu.
sources:
  - {id: zwroty, type: analytics, date: 2026-10-12}
reasons:
  - Cena jest dla niego jedynym kryterium, a doradztwo sklepu go nie interesuje
"""
NEG = "personas/janusz-okazja.yaml"
POINTER = (f"; it follows from emptying `{NEG}`, the negative persona in `main` (see its `yaml-syntax` row): "
           "filling it in again settles both |")


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "sklep-pasmo")
    r.write("personas/tomek-audiofil.yaml", TOMEK)
    r.write(NEG, JANUSZ)
    r.commit("Persony")
    r.git("checkout", "-q", "-b", "pr/porzadki")
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


def review(*args: str):
    result = run_cli("review", "main", *args)
    assert result.exception is None, repr(result.exception)
    return result


def rows(markdown: str) -> list[str]:
    """The introduced table's rows, of an English review or a Polish one (*Nowe uwagi*, *Zmiany*)."""
    polish = "### Nowe uwagi" in markdown
    start = markdown.index("### Nowe uwagi" if polish else "### Findings introduced")
    part = markdown[start:markdown.index("### Zmiany" if polish else "### Changes")]
    return [line for line in part.splitlines() if line.startswith("| ") and not line.startswith(("| Severity", "| Poziom"))]


def test_the_missing_negative_persona_row_points_at_the_emptied_file(repo):
    repo.write(NEG, "# do uzupełnienia po warsztacie\n")
    result = review()
    assert result.exit_code == 1
    found = rows(result.stdout)
    assert len(found) == 2
    missing = next(r for r in found if "missing-negative-persona" in r)
    assert missing.endswith(POINTER), missing
    empty = next(r for r in found if "yaml-syntax" in r)
    assert "the file holds only comments and no document" in empty and "follows from" not in empty


def test_from_a_subfolder_the_files_are_named_from_there(repo, monkeypatch):
    repo.write(NEG, "\n")
    monkeypatch.chdir(repo.root / "personas")
    missing = next(r for r in rows(review().stdout) if "missing-negative-persona" in r)
    assert "it follows from emptying `janusz-okazja.yaml`, the negative persona in `main`" in missing


def test_json_keeps_both_findings(repo):
    repo.write(NEG, "# do uzupełnienia\n")
    report = json.loads(review("-f", "json").stdout)
    assert sorted(f["rule"] for f in report["introduced"]) == ["missing-negative-persona", "yaml-syntax"]


def test_guard_a_negative_persona_removed_is_no_emptied_file(repo):
    repo.git("rm", "-q", NEG)
    found = rows(review().stdout)
    assert [r for r in found if "missing-negative-persona" in r] and not any("follows from" in r for r in found)


def test_guard_another_negative_persona_left_means_no_missing_one(repo):
    repo.write("personas/grazyna-zwroty.yaml", JANUSZ.replace("janusz-okazja", "grazyna-zwroty").replace(
        "Janusz Okazja", "Grażyna Zwrotna"))
    repo.commit("Druga persona negatywna")
    repo.write(NEG, "\n")
    found = rows(review().stdout)
    assert len(found) == 1 and "yaml-syntax" in found[0]


def test_each_client_is_its_own_workspace(tmp_path, monkeypatch):
    r = Repo(tmp_path / "agencja")
    for client in ("bank-zorza", "sklep-pasmo"):
        r.write(f"{client}/cxkit.toml", 'lang = "pl"\n')
        r.write(f"{client}/personas/tomek-audiofil.yaml", TOMEK)
        r.write(f"{client}/{NEG}", JANUSZ)
    r.commit("Klienci")
    r.git("checkout", "-q", "-b", "pr/porzadki")
    r.write(f"bank-zorza/{NEG}", "# pusto\n")  # emptied in one client
    r.git("rm", "-q", f"sklep-pasmo/{NEG}")  # removed in the other
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    found = [row for row in rows(review().stdout) if "missing-negative-persona" in row]
    assert len(found) == 2, found
    bank = next(row for row in found if "`bank-zorza/" in row.split("|")[3])
    shop = next(row for row in found if "`sklep-pasmo/" in row.split("|")[3])
    assert f"it follows from emptying `bank-zorza/{NEG}`" in bank
    assert "follows from" not in shop
