"""`cxkit render FOLDER` from the top of an agency's repository (a `cxkit.toml` per client folder)
reads each client under its own config, as `cxkit lint` does: a client's `exclude` keeps its drafts
out of the overview and the exports, and a journey's persona is the one of its own client — two
clients may each have a persona with the same id (R2-6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from snapshot_helpers import check_snapshot, render_cli


def _persona(ident: str, name: str, summary: str, lang: str = "pl") -> str:
    return f"kind: persona\nid: {ident}\nname: {name}\nlang: {lang}\nsummary: {summary}\n"


def _journey(ident: str, name: str, persona: str, stage: str, lang: str = "pl") -> str:
    return (f"kind: journey\nid: {ident}\nname: {name}\npersona: {persona}\nlang: {lang}\n"
            f"stages:\n  - id: zakup\n    name: {stage}\n    emotion: 1\n")


@pytest.fixture
def agency(tmp_path: Path) -> Path:
    """Two Polish clients and an English one; no config at the top. browar keeps drafts it excludes."""
    files = {
        "zoo/cxkit.toml": 'lang = "pl"\n',
        "zoo/personas/marta-karma.yaml": _persona("marta-karma", "Marta Zoologiczna", "Kupuje karmę dla psa co miesiąc."),
        "zoo/journeys/karma.yaml": _journey("zamowienie-karmy", "Zamówienie karmy", "marta-karma", "Koszyk"),
        "browar/cxkit.toml": 'lang = "pl"\nexclude = ["szkice"]\n',
        "browar/personas/marta-karma.yaml": _persona("marta-karma", "Marta Piwowarska", "Zamawia piwo kraftowe do baru."),
        "browar/journeys/piwo.yaml": _journey("zamowienie-piwa", "Zamówienie piwa", "marta-karma", "Hurtownia"),
        "browar/szkice/szkic.yaml": _persona("szkic-persony", "Szkic persony", "Nie pokazywać klientowi."),
        "browar/szkice/szkic-sciezki.yaml": _journey("szkic-sciezki", "Szkic ścieżki", "marta-karma", "Coś"),
        "leeds/cxkit.toml": 'lang = "en"\npaths = ["personas", "journeys"]\n',
        "leeds/personas/dan.yaml": _persona("marta-karma", "Dan Hughes", "Runs a plumbing firm.", "en"),
        "leeds/journeys/invoice.yaml": _journey("first-invoice", "First invoice", "marta-karma", "Sign up", "en"),
        "leeds/notes/old.yaml": _persona("old-notes", "Old workshop notes", "Outside the configured paths.", "en"),
    }
    top = tmp_path / "agencja"
    for name, text in files.items():
        (top / name).parent.mkdir(parents=True, exist_ok=True)
        (top / name).write_text(text, encoding="utf-8")
    return top


JOURNEY_PERSONAS = {"Zamówienie karmy": "Marta Zoologiczna", "Zamówienie piwa": "Marta Piwowarska",
                    "First invoice": "Dan Hughes"}


def test_from_the_top_each_client_is_read_under_its_own_config(agency, monkeypatch):
    code, out, err = render_cli(agency, monkeypatch, ".", columns=100)
    assert (code, err) == (0, "")
    assert "szkic" not in out.lower()  # browar excludes its drafts
    assert "old-notes" not in out  # leeds renders its configured paths only, as lint checks them
    lines = out.splitlines()
    for journey, persona in JOURNEY_PERSONAS.items():
        at = next(i for i, line in enumerate(lines) if journey in line)
        assert f"→ {persona}" in "\n".join(lines[at:at + 4]), (journey, lines[at:at + 4])
    check_snapshot("s20-workspaces-top-100", out)


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_exports_of_the_top_name_each_journeys_own_persona(agency, monkeypatch, fmt):
    code, out, err = render_cli(agency, monkeypatch, ".", "-f", fmt, columns=100)
    assert (code, err) == (0, "")
    assert "Szkic" not in out and "Old workshop notes" not in out
    for journey, persona in JOURNEY_PERSONAS.items():
        section = out[out.index(f"{journey}</h2>" if fmt == "html" else f"## {journey}"):]
        assert f"Persona: {persona}" in section[:600], (journey, section[:600])


def test_json_of_the_top_holds_each_clients_own_documents(agency, monkeypatch):
    code, out, err = render_cli(agency, monkeypatch, ".", "-f", "json")
    assert (code, err) == (0, "")
    paths = sorted(item["path"] for item in json.loads(out)["documents"])
    assert paths == ["browar/journeys/piwo.yaml", "browar/personas/marta-karma.yaml", "leeds/journeys/invoice.yaml",
                     "leeds/personas/dan.yaml", "zoo/journeys/karma.yaml", "zoo/personas/marta-karma.yaml"]


def test_a_workspace_nested_in_a_client_is_read_under_its_config(agency, monkeypatch):
    (agency / "zoo" / "personas" / "vip").mkdir()
    (agency / "zoo" / "personas" / "vip" / "cxkit.toml").write_text('lang = "pl"\nexclude = ["robocze"]\n',
                                                                      encoding="utf-8")
    (agency / "zoo" / "personas" / "vip" / "robocze").mkdir()
    (agency / "zoo" / "personas" / "vip" / "robocze" / "x.yaml").write_text(
        _persona("vip-roboczy", "Roboczy VIP", "Szkic."), encoding="utf-8")
    (agency / "zoo" / "personas" / "vip" / "anna.yaml").write_text(
        _persona("anna-vip", "Anna VIP", "Stała klientka."), encoding="utf-8")
    for where in (agency, agency / "zoo"):
        code, out, err = render_cli(where, monkeypatch, ".", columns=100)
        assert (code, err) == (0, "")
        assert "Anna VIP" in out and "Roboczy VIP" not in out


# --- guards: what a client's own run shows, and the configs' errors ------------------------------

# leeds names its `paths`: from the top they apply, as in lint; `cxkit render .` in leeds names all of it.
@pytest.mark.parametrize("client", ["zoo", "browar"])
def test_the_top_shows_what_each_client_shows_in_its_folder(agency, monkeypatch, client):
    code, own, err = render_cli(agency / client, monkeypatch, ".", "-f", "json")
    assert (code, err) == (0, "")
    code, top, err = render_cli(agency, monkeypatch, ".", "-f", "json")
    mine = [d["document"] for d in json.loads(top)["documents"] if d["path"].startswith(client + "/")]
    assert mine == [d["document"] for d in json.loads(own)["documents"]]


def test_a_client_folder_named_from_the_top_keeps_its_exclude(agency, monkeypatch):
    code, out, err = render_cli(agency, monkeypatch, "browar", columns=100)
    assert (code, err) == (0, "")
    assert "Szkic" not in out and "→ Marta Piwowarska" in out


def test_a_broken_client_config_is_a_located_error_as_in_lint(agency, monkeypatch):
    (agency / "browar" / "cxkit.toml").write_text('lang = "pl"\nexclude = "szkice"\n', encoding="utf-8")
    code, out, err = render_cli(agency, monkeypatch, ".", columns=100)
    assert code == 2 and out == ""
    assert err.startswith("cxkit: browar/cxkit.toml:2:")
