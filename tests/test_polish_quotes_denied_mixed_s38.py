"""pseudo-profiling (CX101): a negative persona's trait with one phrase denied and one not is told so
(session 38, review of 3ada27db).

3ada27db quotes a phrase after "nie" with it and tells a negative persona's denied phrase it "describes
almost anyone, as the phrase it denies does".  It chose that wording by the first phrase alone, so
"Nie dba o zdrowie i ceni jakość" read „Nie dba o zdrowie”, „ceni jakość” "opisują niemal każdego, tak
samo jak zdania, którym przeczą": "ceni jakość" denies nothing.  Such a pair is now "denied or not"
("z przeczeniem czy bez"); all denied, or none quoted with "nie", read as before.
"""

from __future__ import annotations

import json

import pytest

from conftest import enter_workspace, run_cli
from test_polish_quotes_s38 import NEGATIVE


def message(tmp_path, monkeypatch, polish: bool, trait: str) -> str:
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n' if polish else None,
                    files={"personas/student.yaml": NEGATIVE.format(trait=trait)})
    result = run_cli("lint", "--no-cache", "-f", "json", "--select", "CX101")
    assert result.exit_code == 1, result.output
    said = [f["message"] for f in json.loads(result.stdout) if f["line"] == 7]
    assert len(said) == 1
    return said[0].split(";")[0]


@pytest.mark.parametrize(("polish", "trait", "said"), [
    (True, "Nie dba o zdrowie i ceni jakość",
     "„Nie dba o zdrowie”, „ceni jakość” opisują niemal każdego, z przeczeniem czy bez"),
    (False, "Nie dba o zdrowie i ceni jakość",
     '"Nie dba o zdrowie", "ceni jakość" describe almost anyone, denied or not'),
    # guards: all denied, one denied
    (True, "Nie dba o zdrowie i nie ceni jakości",
     "„Nie dba o zdrowie”, „nie ceni jakości” opisują niemal każdego, tak samo jak zdania, którym przeczą"),
    (False, "Nie ceni jakości", '"Nie ceni jakości" describes almost anyone, as the phrase it denies does'),
])
def test_a_pair_denied_and_not_is_told_so_s38(tmp_path, monkeypatch, polish, trait, said):
    assert message(tmp_path, monkeypatch, polish, trait) == said
