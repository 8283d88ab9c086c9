"""`cxkit review` from the top of an agency repository (a `cxkit.toml` per client): a workspace
finding about personas is its own client's.  Two clients may both hold personas `marta` and `jan`;
the `similar-personas` pair (marta, jan) of one client is not the pair of the other, and an id one
client renames is not renamed in another.  `duplicate-id` and `missing-negative-persona` are each
client's too.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

#: The goals two personas of a client share when they are one persona twice.
KARMA = """\
  - Zamawia karmę Brit Care co 6 tygodni przez aplikację sklepu
  - Płaci BLIK-iem w niedzielę wieczorem, gdy dzieci już śpią
  - Odbiera paczkę w paczkomacie przy Os. Piastowskim na Ratajach
"""
KSIAZKI = """\
  - Wypożycza 3 kryminały co wtorek w filii nr 12 na Jeżycach
  - Czyta Głos Wielkopolski w czytelni przy ul. Kraszewskiego
  - Dzwoni do bibliotekarki, gdy zgubi kartę, bo nie ufa aplikacji
"""


def persona(ident: str, name: str, goals: str) -> str:
    return f"kind: persona\nid: {ident}\nname: {name}\nlang: pl\ngoals:\n{goals}"


NEGATYWNA = """\
kind: negative-persona
id: hurtownik
name: Hurtownik
lang: pl
why_not: Kupuje na palety przez dział B2B, nie przez aplikację
"""


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


@pytest.fixture
def agency(tmp_path, monkeypatch) -> Repo:
    """Two clients, zoo and browar, each with personas `marta` and `jan`; in `main` zoo's two are
    one persona twice, browar's are not."""
    r = Repo(tmp_path / "agencja")
    for client in ("zoo", "browar"):
        r.write(f"{client}/cxkit.toml", 'lang = "pl"\n')
    r.write("zoo/personas/marta.yaml", persona("marta", "Marta Kowalska", KARMA))
    r.write("zoo/personas/jan.yaml", persona("jan", "Jan Nowak", KARMA))
    r.write("browar/personas/marta.yaml", persona("marta", "Marta Kowalska", KARMA))
    r.write("browar/personas/jan.yaml", persona("jan", "Jan Nowak", KSIAZKI))
    r.commit("Klienci")
    r.git("checkout", "-q", "-b", "zmiana")
    monkeypatch.chdir(r.root)
    return r


def review() -> tuple[int, dict]:
    result = run_cli("review", "main", "--format", "json")
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def listed(findings: list[dict], rule: str) -> list[str]:
    return sorted(f["path"] for f in findings if f["rule"] == rule)


def test_a_similar_pair_of_one_client_is_not_the_same_ids_pair_of_another(agency):
    # zoo's jan gets his own goals; browar's jan becomes browar's marta twice.
    agency.write("zoo/personas/jan.yaml", persona("jan", "Jan Nowak", KSIAZKI))
    agency.write("browar/personas/jan.yaml", persona("jan", "Jan Nowak", KARMA))
    _code, report = review()
    assert listed(report["introduced"], "similar-personas") == ["browar/personas/marta.yaml"]
    assert listed(report["fixed"], "similar-personas") == ["zoo/personas/marta.yaml"]
    md = run_cli("review", "main").stdout
    assert "**Sprawdzenie:** 1 nowa uwaga (1 informacja), 1 naprawiona;" in md


def test_an_id_renamed_in_one_client_is_not_renamed_in_another(agency):
    # browar's two are alike on both sides, under the ids `marta-k` and `jan`; zoo renames its
    # `marta` to `marta-k`.  Neither client's similar pair is news.
    agency.git("checkout", "-q", "main")
    agency.write("browar/personas/marta.yaml", persona("marta-k", "Marta Kowalska", KARMA))
    agency.write("browar/personas/jan.yaml", persona("jan", "Jan Nowak", KARMA))
    agency.commit("browar: marta-k")
    agency.git("checkout", "-q", "-B", "zmiana")
    agency.write("zoo/personas/marta.yaml", persona("marta-k", "Marta Kowalska", KARMA))
    code, report = review()
    assert report["introduced"] == [] and report["fixed"] == [], (report["introduced"], report["fixed"])
    assert code == 0
    # Renamed in its own client, the id is still matched across the rename.
    agency.write("zoo/personas/jan.yaml", persona("jan", "Jan Nowak", KSIAZKI))
    _code, report = review()
    assert listed(report["fixed"], "similar-personas") == ["zoo/personas/marta.yaml"]
    assert report["introduced"] == []


def test_duplicate_id_is_each_clients_own(agency):
    # Guard: zoo's copy of jan is gone, browar gains one; each is its own client's finding.
    agency.git("checkout", "-q", "main")
    agency.write("zoo/personas/jan-kopia.yaml", persona("jan", "Jan Nowak", KSIAZKI))
    agency.commit("zoo: kopia jana")
    agency.git("checkout", "-q", "-B", "zmiana")
    agency.git("rm", "-q", "zoo/personas/jan-kopia.yaml")
    agency.write("browar/personas/jan-kopia.yaml", persona("jan", "Jan Nowak", KSIAZKI))
    _code, report = review()
    assert listed(report["introduced"], "duplicate-id") == ["browar/personas/jan-kopia.yaml", "browar/personas/jan.yaml"]
    assert listed(report["fixed"], "duplicate-id") == ["zoo/personas/jan-kopia.yaml", "zoo/personas/jan.yaml"]


def test_missing_negative_persona_is_each_clients_own(agency):
    # Guard: the negative persona moves from zoo to browar.
    agency.git("checkout", "-q", "main")
    agency.write("zoo/personas/hurtownik.yaml", NEGATYWNA)
    agency.commit("zoo: negatywna")
    agency.git("checkout", "-q", "-B", "zmiana")
    agency.git("mv", "zoo/personas/hurtownik.yaml", "browar/personas/hurtownik.yaml")
    _code, report = review()
    assert [f["path"].split("/")[0] for f in report["introduced"] if f["rule"] == "missing-negative-persona"] == ["zoo"]
    assert [f["path"].split("/")[0] for f in report["fixed"] if f["rule"] == "missing-negative-persona"] == ["browar"]
