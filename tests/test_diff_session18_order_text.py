"""`cxkit diff` text output of a reordered list: items holding commas must not read as several items."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli

KAMIL = """\
kind: negative-persona
id: kamil-kupuje-pod-promocje
name: Kamil Rudnik
lang: pl
reasons:
  - Kupuje tanio, szybko i bez czytania recenzji
  - Bez mikrofonu słuchawki są dla niego bezużyteczne
  - Współlokatorzy słyszeliby każdą rozgrywkę
purchase_triggers: ["Dostawa dziś, za 0 zł", Kod -20% od streamera]
"""
KAMIL_REORDERED = """\
kind: negative-persona
id: kamil-kupuje-pod-promocje
name: Kamil Rudnik
lang: pl
reasons:
  - Bez mikrofonu słuchawki są dla niego bezużyteczne
  - Kupuje tanio, szybko i bez czytania recenzji
  - Współlokatorzy słyszeliby każdą rozgrywkę
purchase_triggers: [Kod -20% od streamera, "Dostawa dziś, za 0 zł"]
"""


def text_diff(tmp_path: Path, monkeypatch, old: str, new: str) -> str:
    (tmp_path / "old.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    result = run_cli("diff", "old.yaml", "new.yaml")
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code == 1
    return result.stdout


def test_a_long_reordered_list_shows_one_item_per_line(tmp_path, monkeypatch):
    out = text_diff(tmp_path, monkeypatch, KAMIL, KAMIL_REORDERED)
    assert out == (
        "kamil-kupuje-pod-promocje  new.yaml\n"
        '  ↕ Dlaczego to nie nasz odbiorca: zmieniono kolejność (przeniesiono: "Kupuje tanio, szybko i bez czytania recenzji")\n'
        "      było:\n"
        "        - Kupuje tanio, szybko i bez czytania recenzji\n"
        "        - Bez mikrofonu słuchawki są dla niego bezużyteczne\n"
        "        - Współlokatorzy słyszeliby każdą rozgrywkę\n"
        "      jest:\n"
        "        - Bez mikrofonu słuchawki są dla niego bezużyteczne\n"
        "        - Kupuje tanio, szybko i bez czytania recenzji\n"
        "        - Współlokatorzy słyszeliby każdą rozgrywkę\n"
        '  ↕ Kupi, jeśli: zmieniono kolejność (przeniesiono: "Dostawa dziś, za 0 zł")\n'
        '      było: ["Dostawa dziś, za 0 zł", Kod -20% od streamera]\n'
        '      jest: [Kod -20% od streamera, "Dostawa dziś, za 0 zł"]\n'
        "\n"
        "1 dokument różni się (1 zmieniony); 2 zmiany w dokumencie.\n"
    )


def test_a_short_reordered_list_of_ids_stays_on_one_line_as_a_flow_list(tmp_path, monkeypatch):
    old = "kind: persona\nid: rosa\nname: Rosa Quinn\nlang: en\nsources:\n  - {id: interviews, type: interview}\n  - {id: survey, type: survey}\n"
    new = "kind: persona\nid: rosa\nname: Rosa Quinn\nlang: en\nsources:\n  - {id: survey, type: survey}\n  - {id: interviews, type: interview}\n"
    lines = text_diff(tmp_path, monkeypatch, old, new).splitlines()
    i = lines.index("  ↕ Sources: order changed (interviews moved)")
    assert lines[i + 1:i + 3] == ["      old: [interviews, survey]", "      new: [survey, interviews]"]
