"""unknown-persona (CX004) in Polish, in a Polish workspace (session 35): its message, the files it names and
the counts of files beyond the first in the locative ("i w 2 innych plikach")."""

from __future__ import annotations

import json

from conftest import enter_workspace, run_cli

TOMEK = "kind: persona\nid: tomek\nname: Tomek Wiśniewski\nlang: pl\ngoals:\n  - Kupić słuchawki do 2000 zł\n"
JOURNEY = ("kind: journey\nid: tomek-kupuje\nname: Tomek kupuje słuchawki\nlang: pl\npersona: {persona}\nstages:\n"
           "  - id: zakup\n    name: Zakup\n    emotion: 1\n    touchpoints:\n      - channel: sklep internetowy\n")


def _cx004() -> list[tuple[str, int, str]]:
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json", "--select", "CX004").stdout)
    return [(f["path"], f["line"], f["message"]) for f in found]


def test_a_persona_only_in_excluded_files_is_told_in_polish(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\nexclude = ["archiwum"]\n', today="2026-12-01", files={
        "archiwum/a/tomek.yaml": TOMEK, "archiwum/b/tomek.yaml": TOMEK, "archiwum/c/tomek.yaml": TOMEK,
        "journeys/j.yaml": JOURNEY.format(persona="tomek"),
    })
    assert _cx004() == [("journeys/j.yaml", 5, (
        "persona „tomek” jest tylko w pliku archiwum/a/tomek.yaml (i w 2 innych wykluczonych plikach), który "
        "`exclude` wyłącza z obszaru roboczego („archiwum” w cxkit.toml), więc nigdy nie jest sprawdzany; przenieś "
        "go poza archiwum/ albo usuń „archiwum” z `exclude`"))]


def test_a_misspelt_persona_is_told_the_id_in_polish_and_english_stays_english(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-01", files={
        "personas/tomek.yaml": TOMEK, "journeys/j.yaml": JOURNEY.format(persona="tomekk"),
    })
    assert _cx004() == [("journeys/j.yaml", 5, "persona „tomekk” nie istnieje w obszarze roboczym; czy chodziło o "
                                               "„tomek” (Tomek Wiśniewski)?")]
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert _cx004() == [("journeys/j.yaml", 5, "persona 'tomekk' does not exist in the workspace; did you mean "
                                               "'tomek' (Tomek Wiśniewski)?")]
