"""The Polish twins of lint's messages read as Polish: the cases a preposition asks for, no comma before
"albo" (session 35, review of the Polish findings)."""

from __future__ import annotations

import json

from conftest import enter_workspace, run_cli
from mirrored_helpers import PAWEL_GDANSK as PAWEL

NIE_PAWEL = """\
kind: negative-persona
id: nie-pawel
name: Nie Paweł
lang: pl
reasons:
  - Nie jest programistą
  - Nie mieszka w Gdańsku
sources:
  - {id: utraceni, type: analytics, date: 2026-10-12, n: 310}
"""

OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
goals:
  - Przebiec półmaraton w Krakowie poniżej 2 godzin w kwietniu 2027
reviewed: 2026-11-01
"""


def _messages(*args: str) -> list[tuple[str, int, str, str]]:
    found = json.loads(run_cli("lint", "--no-cache", "-f", "json", *args).stdout)
    return [(f["path"], f["line"], f["code"], f["message"]) for f in found]


def _polish(tmp_path, monkeypatch, files):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-01", files=files)


def test_a_reason_set_against_a_field_names_the_field_in_the_genitive(tmp_path, monkeypatch):
    # "wobec" takes the genitive: "wobec pola `occupation`", never "wobec polu".
    _polish(tmp_path, monkeypatch, {"personas/pawel.yaml": PAWEL, "personas/nie-pawel.yaml": NIE_PAWEL})
    (_path, _line, _code, message), = _messages("--select", "CX204")
    assert "(„Nie jest programistą” wobec pola `occupation` „Senior programista backendu (Go, Kotlin) w " \
           "software housie”)" in message
    assert "wobec polu" not in message


def test_an_id_used_by_more_files_than_named_counts_them_in_the_locative(tmp_path, monkeypatch):
    # "występuje też w a, b, c i w 1 innym dokumencie / w 2 innych dokumentach" (w + locative).
    files = {f"personas/ola-{n}.yaml": OLA for n in range(1, 7)}
    _polish(tmp_path, monkeypatch, files)
    said = {path: message for path, _line, _code, message in _messages("--select", "CX003")}
    assert said["personas/ola-1.yaml"] == (
        "id „ola-biegaczka” występuje też w personas/ola-2.yaml:2, personas/ola-3.yaml:2, personas/ola-4.yaml:2 "
        "i w 2 innych dokumentach; identyfikatory muszą być niepowtarzalne w całym obszarze roboczym")
    del files["personas/ola-6.yaml"]
    (tmp_path / "personas" / "ola-6.yaml").unlink()
    said = {path: message for path, _line, _code, message in _messages("--select", "CX003")}
    assert said["personas/ola-1.yaml"].endswith(
        "personas/ola-4.yaml:2 i w 1 innym dokumencie; identyfikatory muszą być niepowtarzalne w całym obszarze "
        "roboczym")


def test_a_source_a_language_model_wrote_says_so_in_a_sentence(tmp_path, monkeypatch):
    persona = PAWEL.replace(
        "  - {id: wywiady-2026, type: interview, date: 2026-09-05, n: 12}\n",
        "  - id: persona-z-czata\n    type: desk-research\n    date: 2026-09-05\n    note: Wygenerowane przez ChatGPT\n")
    _polish(tmp_path, monkeypatch, {"personas/pawel.yaml": persona})
    (_path, _line, _code, message), = _messages("--select", "CX301")
    assert message.startswith("źródło „persona-z-czata” zostało napisane przez model językowy, a nie wynika z badań "
                              "(jego `note` mówi „Wygenerowane przez ChatGPT”)"), message


def test_a_merged_list_item_has_no_comma_before_albo(tmp_path, monkeypatch):
    persona = OLA.replace("w kwietniu 2027\n", "w kwietniu 2027\n    - Biegać 3 razy w tygodniu przed pracą\n")
    _polish(tmp_path, monkeypatch, {"personas/ola.yaml": persona})
    (_path, _line, _code, message), = _messages("--select", "CX006")
    assert message.endswith("(wiersz 6, myślnik w kolumnie 3) albo ujmij cały tekst w cudzysłów, jeśli myślnik do "
                            "niego należy"), message


def test_the_polish_summary_of_stale_review_is_a_whole_sentence():
    from cxkit.lint.polish_names import SUMMARIES

    assert SUMMARIES["stale-review"] == ("Dokument ostatnio przejrzano (albo przeprowadzono jego najnowsze badania) "
                                         "zbyt dawno.")
