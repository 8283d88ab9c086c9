"""One place for an editor's buffer: the scan's order and the rules' "first by path" read the same value.

A buffer linted as `cxkit lint - --stdin-filename F` (or `cxkit.api.lint_text(text, path=F)`) is linted
from a temporary copy standing where F is.  The scan lists that copy where F would be listed (which of two
similar personas is "the later", CX103) and the rules that pick "the first" file by path read F for it
(which persona carries missing-negative-persona, CX201).  Both read `cxkit.discovery.buffer_place`, set
once per buffer lint: these tests set it once and look at both readers, so a second copy of the place
kept for one of them would show here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit import api
from cxkit.cli import app
from cxkit.config import load_config
from cxkit.discovery import buffer_place, buffer_place_of, display_path, listing_with_links
from cxkit.workspace import as_saved

TWIN = """kind: persona
id: {id}
name: {name}
lang: pl
goals:
  - Chce kupić rower miejski przed sezonem, bez dopłat za dostawę
  - Chce odebrać rower w sklepie w sobotę rano, bez umawiania się telefonicznie
behaviours:
  - Porównuje ceny rowerów w trzech sklepach internetowych przed każdym zakupem
  - Czyta opinie o serwisie rowerowym na Google Maps przed pierwszą wizytą
pain_points:
  - Sklep nie odpowiada na pytania o dostępność rozmiaru ramy przez czat
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "ws"
    (root / "personas").mkdir(parents=True)
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    for name, ident in (("anna.yaml", "anna-nowak"), ("zenon.yaml", "zenon-lis")):
        (root / "personas" / name).write_text(TWIN.format(id=ident, name=ident.replace("-", " ").title()),
                                              encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "120")
    return root


def test_one_place_set_once_moves_both_the_scan_and_the_rules(ws: Path, tmp_path: Path) -> None:
    """The copy (in a folder that sorts before the workspace) stands for the later persona: the scan lists it
    after anna.yaml and the rules read its path as personas/zenon.yaml, both from one value."""
    folder = tmp_path / "0-copy"
    folder.mkdir()
    copy = folder / "zenon.yaml"
    copy.write_text(TWIN.format(id="zenon-lis", name="Zenon Lis"), encoding="utf-8")
    config = load_config(None, near=["personas/zenon.yaml"])
    config.exclude = [*config.exclude, "/personas/zenon.yaml"]

    def order() -> list[str]:
        rows = listing_with_links([str(copy)], config)[0]
        return [Path(fs).name if Path(fs).parent == folder else disp for fs, disp, _explicit in rows]

    assert order() == ["zenon.yaml", "personas/anna.yaml"]  # no buffer: a named file outside comes first
    assert as_saved(display_path(str(copy))) == display_path(str(copy))
    token = buffer_place.set(buffer_place_of(str(copy), "personas/zenon.yaml"))
    try:
        assert order() == ["personas/anna.yaml", "zenon.yaml"]
        assert as_saved(display_path(str(copy))) == "personas/zenon.yaml"
        assert as_saved("personas/anna.yaml") == "personas/anna.yaml"
    finally:
        buffer_place.reset(token)
    assert buffer_place.get() is None


@pytest.mark.parametrize("spelt", ["personas/zenon.yaml", "./personas//zenon.yaml", "{ws}/personas/zenon.yaml"])
def test_the_later_twin_as_a_buffer_gets_both_readers_findings_as_saved(ws: Path, spelt: str) -> None:
    """CX103 (the scan's order) and CX201 (the rules' first by path) in one run, the path spelt three ways:
    the buffer gets exactly what its saved file gets."""
    spelt = spelt.format(ws=ws)
    text = (ws / "personas" / "zenon.yaml").read_text(encoding="utf-8")
    runner = CliRunner()
    options = ["-f", "json", "--no-cache", "--select", "CX103,CX201"]
    saved = runner.invoke(app, ["lint", *options, spelt])
    buffer = runner.invoke(app, ["lint", *options, "-", "--stdin-filename", spelt], input=text)
    codes = [f["code"] for f in json.loads(saved.stdout)]
    assert codes == ["CX103"], saved.stdout  # zenon is the later twin, and not the first persona (CX201 is anna's)
    assert (buffer.exit_code, buffer.stdout) == (saved.exit_code, saved.stdout)
    assert buffer_place.get() is None


def test_lint_text_of_the_first_persona_and_then_of_the_later_one(ws: Path) -> None:
    """The API route: anna's buffer carries CX201 and no CX103, zenon's the reverse; nothing stays set."""
    anna = (ws / "personas" / "anna.yaml").read_text(encoding="utf-8")
    zenon = (ws / "personas" / "zenon.yaml").read_text(encoding="utf-8")
    assert sorted({f.code for f in api.lint_text(anna, "personas/anna.yaml", select=["CX103", "CX201"])}) == ["CX201"]
    assert sorted({f.code for f in api.lint_text(zenon, "personas/zenon.yaml", select=["CX103", "CX201"])}) == ["CX103"]
    assert buffer_place.get() is None
