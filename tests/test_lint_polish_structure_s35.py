"""The structure rules (CX003, CX006-CX008) and placeholder (CX501) in Polish, in a Polish workspace (session 35).

The reader's and the schema's messages (read-error, yaml-syntax, schema), unknown-persona's and
unused-suppression's (which the engine writes) stay English for now.
"""

from __future__ import annotations

import json

from conftest import enter_workspace, run_cli


def messages(*args: str) -> list[tuple[str, int, str, str]]:
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json", *args).stdout)
    return [(f["path"], f["line"], f["code"], f["message"]) for f in found]


def test_ids_personas_and_placeholders_in_polish(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\nexclude = ["archiwum"]\n', today="2026-12-01", files={
        "personas/a.yaml": "kind: persona\nid: ala\nname: Ala\ngoals:\n  - TODO\n",
        "personas/b.yaml": "kind: persona\nid: ala\nname: Ala 2\n",
        "archiwum/ewa.yaml": "kind: persona\nid: ewa\nname: Ewa\n",
        "journeys/j.yaml": "kind: journey\nid: j\nname: J\npersona: ewa\nstages:\n  - id: zakup\n    name: Zakup\n",
        "journeys/k.yaml": "kind: journey\nid: k\nname: K\npersona: alla\nstages:\n  - id: zakup\n    name: Zakup\n",
    })
    assert messages("--select", "CX003,CX501") == [
        ("personas/a.yaml", 2, "CX003", "id „ala” występuje też w personas/b.yaml:2; identyfikatory muszą być "
         "niepowtarzalne w całym obszarze roboczym"),
        ("personas/a.yaml", 5, "CX501", "niewypełniony szablon „TODO” w `goals[nr 1]`; uzupełnij go na podstawie badań "
         "albo usuń"),
        ("personas/b.yaml", 2, "CX003", "id „ala” występuje też w personas/a.yaml:2; identyfikatory muszą być "
         "niepowtarzalne w całym obszarze roboczym"),
    ]
    sarif = json.loads(run_cli("lint", "--no-cache", "-f", "sarif", "--select", "CX003").stdout)
    # The file a Polish message names is a related location, found where the Polish message names it.
    result = sarif["runs"][0]["results"][0]
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in result["relatedLocations"]] == ["personas/b.yaml"]


def test_yaml_layout_findings_in_polish(tmp_path, monkeypatch):
    persona = ("kind: persona\nid: ala\nname: Ala\ngoals:\n  - Przebiec półmaraton w kwietniu\n  - Biegać rano\n"
               "   - Pływać w soboty\nquote: Zamówiłam sofę #2 bo pierwsza nie weszła\n")
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-01",
                    files={"personas/ala.yaml": persona})
    said = messages("--select", "CX006,CX007")
    assert said == [
        ("personas/ala.yaml", 7, "CX006", "YAML czyta `- Pływać w soboty` jako dalszy ciąg elementu wyżej, a nie osobny "
         "element („Biegać rano - Pływać w soboty”): ustaw wcięcie jak w elemencie wyżej (wiersz 6, myślnik w kolumnie "
         "3) albo ujmij cały tekst w cudzysłów, jeśli myślnik do niego należy"),
        ("personas/ala.yaml", 8, "CX007", "„#2 bo pierwsza nie weszła” to komentarz YAML (' #' zaczyna go w wartości bez "
         "cudzysłowu), więc wartość kończy się przed nim („Zamówiłam sofę”); jeśli należy do wartości, ujmij całą "
         "wartość w cudzysłów: quote: \"Zamówiłam sofę #2 bo pierwsza nie weszła\""),
    ]


def test_an_example_of_init_among_your_documents(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, today="2026-12-01")
    assert run_cli("init", "--lang", "pl", ".").exit_code == 0
    (tmp_path / "personas" / "moja.yaml").write_text(
        "kind: persona\nid: moja\nname: Moja\ngoals:\n  - Co tydzień zamawia zakupy we Frisco\n", encoding="utf-8")
    said = [m for _path, _line, code, m in messages("--select", "CX008") if code == "CX008"]
    assert said and all(m.startswith("przykład zapisany przez `cxkit init` wśród waszych dokumentów") for m in said)
