"""An SVG export is an XML file: a name holding a character XML 1.0 forbids even as a reference
(U+FFFE, U+FFFF) is shown as an escape, as control characters are, so the file still opens."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

from conftest import enter_workspace

JOURNEY = r'''kind: journey
id: konto
name: "Konto \uFFFF w aplikacji"
persona: kasia
lang: pl
stages:
  - id: wniosek
    name: "Wniosek \uFFFE i dane"
    emotion: -1
  - id: aktywacja
    name: Aktywacja konta
    emotion: 2
'''


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return enter_workspace(tmp_path, monkeypatch, 'lang = "pl"\n', files={"konto.yaml": JOURNEY})


@pytest.mark.parametrize("names", ["wrap", "legend"])
def test_a_noncharacter_in_a_name_leaves_the_svg_well_formed(ws: Path, names: str) -> None:
    if names == "legend":  # a name too long for three lines sends every name to the legend
        (ws / "konto.yaml").write_text(JOURNEY.replace("Aktywacja konta", "Aktywacja " * 60), encoding="utf-8")
    result = CliRunner().invoke(app, ["render", "konto.yaml", "-o", "krzywa.svg"])
    assert result.exit_code == 0, result.output
    data = (ws / "krzywa.svg").read_text(encoding="utf-8")
    root = ET.fromstring(data.encode("utf-8"))  # raises on a character XML does not allow
    assert "\ufffe" not in data and "\uffff" not in data
    said = "".join(root.itertext())
    assert "Wniosek \\ufffe i dane" in said and "Konto \\uffff w aplikacji" in said
