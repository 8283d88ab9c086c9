"""Two versions of one journey's SVG curve inlined in one page keep ids of their own (session 32).

A report often shows a journey's curve before and after a change (last quarter's and this one's):
same journey id, same heading, other values. The ids of the title and the description start with the
journey's id and a digest of what the image says, every stage's id, name and value included, so the
two images do not share them and a screen reader reads each one's own description.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import run_cli

JOURNEY = """\
kind: journey
id: kasia-konto
name: Kasia zakłada konto
persona: kasia
lang: pl
stages:
  - id: wniosek
    name: Wniosek przez aplikację
    emotion: 1
  - id: weryfikacja
    name: Weryfikacja tożsamości selfie
    emotion: {emotion}
  - id: karta
    name: Karta w skrzynce
    emotion: 2
"""


def ids(path: Path) -> set[str]:
    result = run_cli("render", str(path), "-f", "svg")
    assert result.exit_code == 0 and result.exception is None, result.stderr
    root = ET.fromstring(result.stdout.split("\n", 2)[2])
    found = {e.get("id") for e in root.iter() if e.get("id")}
    assert set(root.get("aria-labelledby").split()) == found and len(found) == 2
    return found


@pytest.mark.parametrize("after", [JOURNEY.format(emotion=1),  # a value changed
                                   JOURNEY.format(emotion=-2).replace("tożsamości selfie", "w oddziale")])
def test_two_versions_of_one_journey_have_ids_of_their_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           after: str) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "100")
    (root / "przed.yaml").write_text(JOURNEY.format(emotion=-2), encoding="utf-8")
    (root / "po.yaml").write_text(after, encoding="utf-8")
    before, now = ids(root / "przed.yaml"), ids(root / "po.yaml")
    assert all(i.startswith("cxkit-curve-kasia-konto-") for i in before | now)
    assert not before & now
