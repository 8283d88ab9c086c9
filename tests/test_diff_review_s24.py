"""Session 24 (tester12): `cxkit diff` and `cxkit review` as a reviewer of persona and journey
pull requests reads them.

F1: a stage moved unchanged to another journey is a move, and its findings move with it.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")


JAN = """\
kind: persona
id: jan
name: Jan Kowalski
goals:
  - Dostać wypłatę w 7 dni od zgłoszenia
"""
AUTO_HEAD = """\
kind: journey
id: szkoda-auto
name: Szkoda komunikacyjna
persona: jan
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    emotion: -1
    touchpoints:
      - channel: phone
        description: Infolinia szkodowa, czas oczekiwania 14 minut
"""
# No touchpoints and an opportunity without an owner: two warnings wherever it stands.
WYPLATA = """\
  - id: wyplata
    name: Wypłata odszkodowania
    emotion: 1
    opportunities:
      - action: Przelew w 24 godziny po akceptacji kosztorysu
"""
DOM = """\
kind: journey
id: szkoda-dom
name: Szkoda w mieszkaniu
persona: jan
stages:
  - id: zalanie
    name: Zgłoszenie zalania
    emotion: -2
    touchpoints:
      - channel: web
        description: Formularz zgłoszenia zalania na stronie
"""


def review_json(*args: str) -> tuple[int, dict]:
    result = run_cli("review", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def introduced(report: dict) -> list[tuple[str, str, str]]:
    return [(f["rule"], f["path"], f["data_path"]) for f in report["introduced"]]


def fixed(report: dict) -> list[tuple[str, str, str]]:
    return [(f["rule"], f["path"], f["data_path"]) for f in report["fixed"]]


@pytest.fixture
def claims(tmp_path, monkeypatch) -> Repo:
    """Two journeys of one persona committed; the test edits the working tree."""
    r = Repo(tmp_path / "szkody")
    r.write("cxkit.toml", "")
    r.write("jan.yaml", JAN)
    r.write("a.yaml", AUTO_HEAD + WYPLATA)
    r.write("b.yaml", DOM)
    r.commit("base")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


# --- F1: a stage moved to another journey ----------------------------------------------------

def test_a_stage_moved_unchanged_to_another_journey_is_a_move(claims):
    """Before: `- stages[wyplata]` under szkoda-auto and `+ stages[wyplata]` under szkoda-dom,
    the whole stage printed twice."""
    claims.write("a.yaml", AUTO_HEAD)
    claims.write("b.yaml", DOM + WYPLATA)
    result = run_cli("diff", "HEAD")
    assert result.exit_code == 1, result.stderr
    assert result.stdout.splitlines() == [
        "szkoda-auto  a.yaml",
        "  ↕ 2. Wypłata odszkodowania (wyplata): przeniesiono ze ścieżki szkoda-auto do ścieżki szkoda-dom",
        "",
        "szkoda-dom  b.yaml",
        "  ↕ 2. Wypłata odszkodowania (wyplata): przeniesiono ze ścieżki szkoda-auto do ścieżki szkoda-dom",
        "",
        "2 dokumenty różnią się (2 zmienione); 2 zmiany w dokumentach.",
    ]
    entries = json.loads(run_cli("diff", "HEAD", "-f", "json").stdout)
    assert [(e["op"], e["document"], e["path"], e["old"], e["new"], e["moved"]) for e in entries] == [
        ("moved", "szkoda-auto", "stages[wyplata]", "szkoda-auto", "szkoda-dom", "document"),
        ("moved", "szkoda-dom", "stages[wyplata]", "szkoda-auto", "szkoda-dom", "document"),
    ]
    md = run_cli("diff", "HEAD", "-f", "md").stdout
    assert md.count("- **przeniesiono** 2. Wypłata odszkodowania (`wyplata`): ze ścieżki `szkoda-auto` do ścieżki `szkoda-dom`\n") == 2
    assert "usunięt" not in md and "dodan" not in md


def test_review_carries_the_findings_of_a_stage_moved_to_another_journey_over(claims):
    """Before: `stage-without-touchpoints` and `unowned-opportunity` introduced on b.yaml and
    fixed on a.yaml, and the review failed (exit 1)."""
    code, report = review_json("HEAD")
    assert report["findings_before"] >= 2
    claims.write("a.yaml", AUTO_HEAD)
    claims.write("b.yaml", DOM + WYPLATA)
    code, report = review_json("HEAD")
    assert introduced(report) == []
    assert fixed(report) == []
    assert code == 0 and report["failed"] is False
    # The findings are still there, on the stage where it is now.
    after = run_cli("lint", "--format", "json", "b.yaml")
    assert {f["rule"] for f in json.loads(after.stdout)} >= {"stage-without-touchpoints", "unowned-opportunity"}


def test_a_stage_split_off_into_a_new_journey_is_a_move(claims):
    """A long journey split: the stage goes to a journey the change adds. The new journey's own
    findings are introduced (it has no `reviewed` date), the stage's are not."""
    claims.write("a.yaml", AUTO_HEAD)
    claims.write("c.yaml", "kind: journey\nid: szkoda-wyplata\nname: Wypłata\npersona: jan\nstages:\n" + WYPLATA)
    result = run_cli("diff", "HEAD")
    assert result.stdout.splitlines() == [
        "szkoda-auto  a.yaml",
        "  ↕ 2. Wypłata odszkodowania (wyplata): przeniesiono ze ścieżki szkoda-auto do ścieżki szkoda-wyplata",
        "",
        '+ szkoda-wyplata  c.yaml  nowa ścieżka „Wypłata”',
        "  ↕ 1. Wypłata odszkodowania (wyplata): przeniesiono ze ścieżki szkoda-auto do ścieżki szkoda-wyplata",
        "",
        "2 dokumenty różnią się (1 zmieniony, 1 dodany); 2 zmiany w dokumentach.",
    ]
    code, report = review_json("HEAD")
    assert [rule for rule, _path, where in introduced(report) if where.startswith("stages")] == []
    assert fixed(report) == []
    # Its missing `reviewed` date is a warning since session 34 (stale-review): the review fails on that alone.
    assert [rule for rule, _path, where in introduced(report) if not where.startswith("stages")] == ["stale-review"]
    assert code == 1


def test_two_journeys_merged_move_the_stage_out_of_the_journey_removed(claims):
    """The mirror: szkoda-auto deleted, its stage `wyplata` kept in szkoda-dom."""
    claims.git("rm", "-q", "a.yaml")
    claims.write("b.yaml", DOM + WYPLATA)
    lines = run_cli("diff", "HEAD").stdout.splitlines()
    assert lines[:2] == ['- szkoda-auto  a.yaml  usunięta ścieżka „Szkoda komunikacyjna”',
                         "  ↕ 2. Wypłata odszkodowania (wyplata): przeniesiono ze ścieżki szkoda-auto do ścieżki szkoda-dom"]
    assert "  ↕ 2. Wypłata odszkodowania (wyplata): przeniesiono ze ścieżki szkoda-auto do ścieżki szkoda-dom" in lines[3:]
    code, report = review_json("HEAD")
    assert [where for _rule, _path, where in introduced(report)] == []
    assert code == 0


def test_a_stage_edited_on_its_way_to_another_journey_is_a_move_with_its_edit(claims):
    """Was a guard (removed and added) until session 25: a stage keeping its id and mostly alike
    is now the stage moved, its edit told after the move (see tests/test_diff_stage_moves_s25.py)."""
    claims.write("a.yaml", AUTO_HEAD)
    claims.write("b.yaml", DOM + WYPLATA.replace("Wypłata odszkodowania", "Wypłata całego odszkodowania"))
    entries = json.loads(run_cli("diff", "HEAD", "-f", "json").stdout)
    assert [(e["op"], e["document"], e["path"]) for e in entries] == [
        ("moved", "szkoda-auto", "stages[wyplata]"),
        ("moved", "szkoda-dom", "stages[wyplata]"),
        ("changed", "szkoda-dom", "stages[wyplata].name"),
    ]


def test_a_stage_removed_from_two_journeys_and_added_to_one_is_no_move(claims):
    """Guard: two journeys held the very same stage; one is gone from both, one arrives in a
    third: which of the two moved? Removed, removed and added, as before."""
    claims.write("a.yaml", AUTO_HEAD + WYPLATA)
    claims.write("b.yaml", DOM + WYPLATA)
    claims.commit("both")
    claims.write("a.yaml", AUTO_HEAD)
    claims.write("b.yaml", DOM)
    claims.write("c.yaml", "kind: journey\nid: szkoda-wyplata\nname: Wypłata\npersona: jan\nstages:\n" + WYPLATA)
    entries = json.loads(run_cli("diff", "HEAD", "-f", "json").stdout)
    assert [(e["op"], e["document"], e["path"]) for e in entries] == [
        ("removed", "szkoda-auto", "stages[wyplata]"),
        ("removed", "szkoda-dom", "stages[wyplata]"),
        ("added", "szkoda-wyplata", ""),
    ]


def test_a_stage_moved_within_one_journey_is_still_a_reorder(claims):
    """Guard: within one document a stage put elsewhere stays one `order changed` entry."""
    claims.write("a.yaml", AUTO_HEAD.replace("stages:\n", "stages:\n" + WYPLATA, 1).split("  - id: zgloszenie")[0]
                 + "  - id: zgloszenie" + AUTO_HEAD.split("  - id: zgloszenie")[1])
    entries = json.loads(run_cli("diff", "HEAD", "-f", "json").stdout)
    assert [(e["op"], e["path"], e.get("moved")) for e in entries] == [("moved", "stages", "order")]


# --- F7: a headline that does not say "No semantic differences." of a file not compared ------

def cp1250(text: str) -> bytes:
    return text.encode("cp1250")


def test_the_headline_says_which_file_could_not_be_compared(claims):
    """Before: "No semantic differences." first (exit 1), in text, markdown and the review."""
    (claims.root / "jan.yaml").write_bytes(cp1250(JAN))  # saved from Notepad as Windows-1250
    text = run_cli("diff", "HEAD")
    assert text.exit_code == 1
    assert text.stdout.splitlines()[0] == (
        "1 file could not be compared (jan.yaml); no semantic differences in the files compared.")
    assert "Brak różnic w treści." not in text.stdout
    assert "Not compared: 1 file could not be read on one side" in text.stdout
    md = run_cli("diff", "HEAD", "-f", "md").stdout.splitlines()
    assert md[2] == "1 file could not be compared (`jan.yaml`); no semantic differences in the files compared."
    review = run_cli("review", "HEAD").stdout
    changes = review[review.index("### Changes"):]
    assert changes.splitlines()[2] == (
        "1 file could not be compared (`jan.yaml`); no semantic differences in the files compared.")


def test_no_difference_and_nothing_left_out_is_still_no_semantic_differences(claims):
    """Guard: with every file compared the headline is what it was."""
    result = run_cli("diff", "HEAD")
    assert (result.exit_code, result.stdout) == (0, "No semantic differences.\n")


# --- F8: a binary `.yaml` ----------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"


def test_a_binary_yaml_in_a_revision_is_noted_not_passed_over(claims):
    """Before: "No semantic differences.", exit 0, and not a word of foto.yaml."""
    (claims.root / "foto.yaml").write_bytes(PNG)
    claims.commit("slajd")
    result = run_cli("diff", "HEAD~1", "HEAD")
    assert (result.exit_code, result.stdout) == (0, "No semantic differences.\n")
    assert result.stderr == "cxkit: note: foto.yaml (in 'HEAD'): binary file, not compared\n"
    # In the working tree as in the revision: one note, both sides holding it.
    result = run_cli("diff", "HEAD")
    assert result.stderr == "cxkit: note: foto.yaml: binary file, not compared\n"


def test_a_binary_yaml_in_a_folder_is_noted(tmp_path, monkeypatch):
    for side in ("stare", "nowe"):
        (tmp_path / side).mkdir()
        (tmp_path / side / "jan.yaml").write_text(JAN, encoding="utf-8")
    (tmp_path / "nowe" / "foto.yaml").write_bytes(PNG)
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "stare", "nowe")
    assert (result.exit_code, result.stdout) == (0, "No semantic differences.\n")
    assert result.stderr == "cxkit: note: foto.yaml (in 'nowe'): binary file, not compared\n"


def test_a_binary_yaml_named_is_called_binary_not_utf16(tmp_path, monkeypatch):
    """Before: "the file is not valid UTF-8: byte 0x89 cannot be decoded (it looks like UTF-16
    without a byte-order mark)"."""
    (tmp_path / "jan.yaml").write_text(JAN, encoding="utf-8")
    (tmp_path / "foto.yaml").write_bytes(PNG)
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "jan.yaml", "foto.yaml")
    assert result.exit_code == 2
    assert result.stderr == "foto.yaml:1:1: error CX000 binary file, not compared [read-error]\n"
    assert "UTF-16" not in result.stderr


def test_utf16_without_a_mark_is_still_said_to_be_utf16(tmp_path, monkeypatch):
    """Guard: UTF-16 text is text in another encoding, not a binary file."""
    (tmp_path / "jan.yaml").write_text(JAN, encoding="utf-8")
    (tmp_path / "jan16.yaml").write_bytes(JAN.encode("utf-16-le"))
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "jan.yaml", "jan16.yaml")
    assert result.exit_code == 2
    assert "looks like UTF-16 without a byte-order mark" in result.stderr
    assert "binary" not in result.stderr


# --- F3: a change inside an item without an id names the item ---------------------------------

OPPORTUNITIES = """\
kind: journey
id: t
name: Szkoda komunikacyjna
persona: jan
stages:
  - id: s1
    name: Zgłoszenie
    touchpoints:
      - channel: phone
        description: Infolinia szkodowa, czas oczekiwania 14 minut
      - channel: app
        description: Formularz w aplikacji mobilnej
    opportunities:
      - action: SMS z numerem szkody
        owner: Zespół A
      - action: Czat w aplikacji 24/7
        owner: Zespół B
"""
# The opportunities swapped, the chat's owner changed; the app touchpoint's channel edited.
REORDERED = OPPORTUNITIES.replace(
    "      - action: SMS z numerem szkody\n        owner: Zespół A\n      - action: Czat w aplikacji 24/7\n        owner: Zespół B\n",
    "      - action: Czat w aplikacji 24/7\n        owner: Zespół C\n      - action: SMS z numerem szkody\n        owner: Zespół A\n",
).replace("channel: app", "channel: mobile-app")


@pytest.fixture
def two_files(tmp_path, monkeypatch):
    (tmp_path / "a.yaml").write_text(OPPORTUNITIES, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(REORDERED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")


def test_a_change_inside_an_opportunity_names_it_beside_its_index(two_files):
    """Before: `~ stages[s1].opportunities[0].owner` alone; with --ignore-order nothing said that
    index 0 is the chat (index 1 in the old file)."""
    result = run_cli("diff", "a.yaml", "b.yaml", "--ignore-order")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[1:3] == [
        "  ~ 1. Zgłoszenie (s1) › Punkty styku #2 „mobile-app: Formularz w aplikacji…” › Kanał: app → mobile-app",
        "  ~ 1. Zgłoszenie (s1) › Usprawnienia #1 „Czat w aplikacji 24/7” › Właściciel: Zespół [-B-]{+C+}",
    ]
    md = run_cli("diff", "a.yaml", "b.yaml", "--ignore-order", "-f", "md").stdout
    assert "- **zmieniono** 1. Zgłoszenie (`s1`) › Usprawnienia `#1` „Czat w aplikacji 24/7” › Właściciel: Zespół (usunięto: „B”; dodano: „C”)" in md


def test_json_keeps_the_path_and_gives_the_label_beside_it(two_files):
    """Before: no way for a bot to tell which opportunity `opportunities[0]` is after a reorder."""
    entries = json.loads(run_cli("diff", "a.yaml", "b.yaml", "--ignore-order", "-f", "json").stdout)
    owner = [e for e in entries if e["path"].endswith(".owner")]
    assert owner == [{
        "op": "changed", "document": "t", "file": "b.yaml", "path": "stages[s1].opportunities[0].owner",
        "old": "Zespół B", "new": "Zespół C", "item_labels": {"stages[s1].opportunities[0]": "Czat w aplikacji 24/7"},
        "kind": "journey",
    }]


def test_a_long_label_is_cut_and_an_item_with_an_id_gets_none(tmp_path, monkeypatch):
    long = "Przelew w 24 godziny po akceptacji kosztorysu przez rzeczoznawcę"
    old = OPPORTUNITIES.replace("SMS z numerem szkody", long)
    (tmp_path / "a.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(old.replace("Zespół A", "Zespół D").replace("name: Zgłoszenie", "name: Zgłoszenie szkody"),
                                     encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    lines = run_cli("diff", "a.yaml", "b.yaml").stdout.splitlines()
    assert lines[1:3] == [
        "  ~ 1. Zgłoszenie szkody (s1) › Nazwa: Zgłoszenie{+ szkody+}",  # a stage is named by its id already
        "  ~ 1. Zgłoszenie szkody (s1) › Usprawnienia #1 „Przelew w 24 godziny po akceptacji…” › Właściciel: Zespół [-A-]{+D+}",
    ]


def test_an_item_moved_and_edited_is_not_named_again_under_its_move(tmp_path, monkeypatch):
    """Guard: the `moved` entry shows the opportunity whole; its own changes after it keep the bare path."""
    old = OPPORTUNITIES + "  - id: s2\n    name: Wypłata\n"
    new = OPPORTUNITIES.replace(
        "      - action: Czat w aplikacji 24/7\n        owner: Zespół B\n", ""
    ) + "  - id: s2\n    name: Wypłata\n    opportunities:\n      - action: Czat w aplikacji 24/7\n        owner: Zespół E\n"
    (tmp_path / "a.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(new, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    lines = run_cli("diff", "a.yaml", "b.yaml").stdout.splitlines()
    assert "  ↕ 2. Wypłata (s2) › Usprawnienia #1: poprzednio 1. Zgłoszenie (s1) › Usprawnienia #2:" in lines
    assert "  ~ 2. Wypłata (s2) › Usprawnienia #1 › Właściciel: Zespół [-B-]{+E+}" in lines



def test_the_review_names_the_touchpoint_too(claims):
    """Before: `stages[zalanie].touchpoints[0].channel` alone in the review's Changes and JSON."""
    claims.write("b.yaml", DOM.replace("channel: web", "channel: app"))
    code, report = review_json("HEAD")
    [change] = report["changes"]
    assert change["path"] == "stages[zalanie].touchpoints[0].channel"
    # JSON names the touchpoint whole; the Markdown comment keeps its short label.
    assert change["item_labels"] == {"stages[zalanie].touchpoints[0]": "app: Formularz zgłoszenia zalania na stronie"}
    md = run_cli("review", "HEAD").stdout
    assert ("- **zmieniono** 1. Zgłoszenie zalania (`zalanie`) › Punkty styku `#1` „app: Formularz zgłoszenia zalania na…” › "
            "Kanał: `web` → `app`") in md

# --- F4: a key renamed and its value edited ---------------------------------------------------

OLA = """\
kind: persona
id: ola
name: Ola Nowak
pain_ponts:
  - Długi czas oczekiwania na infolinii (14 minut)
  - Brak statusu szkody w aplikacji
"""


def test_a_key_renamed_and_its_list_edited_is_a_move_then_the_edit(tmp_path, monkeypatch):
    """Before: `- pain_ponts: [...]` and `+ pain_points: [...]`, both whole lists, 2 changes."""
    (tmp_path / "a.yaml").write_text(OLA, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(OLA.replace("pain_ponts", "pain_points").replace("w aplikacji\n", "w aplikacji mobilnej\n"),
                                     encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    result = run_cli("diff", "a.yaml", "b.yaml")
    assert result.stdout.splitlines() == [
        "ola  b.yaml",
        "  ↕ Problemy: poprzednio pain_ponts:",
        "      - Długi czas oczekiwania na infolinii (14 minut)",
        "      - Brak statusu szkody w aplikacji mobilnej",
        "  ~ Problemy #2: Brak statusu szkody w aplikacji{+ mobilnej+}",
        "",
        "1 dokument różni się (1 zmieniony); 2 zmiany w dokumencie.",
    ]


def test_keys_merely_alike_holding_other_things_are_no_rename(tmp_path, monkeypatch):
    """Guard: `goals` removed and `roles` added, nothing of the list kept: removed and added."""
    old = "kind: persona\nid: ola\nname: Ola\ngoals:\n  - Zgłosić szkodę w 10 minut\n  - Dostać wypłatę w tydzień\n"
    new = "kind: persona\nid: ola\nname: Ola\nroles:\n  - Księgowa w biurze rachunkowym\n  - Dostać wypłatę w tydzień\n  - Matka dwójki dzieci\n"
    (tmp_path / "a.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(new, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    entries = json.loads(run_cli("diff", "a.yaml", "b.yaml", "-f", "json").stdout)
    assert [(e["op"], e["path"]) for e in entries] == [("removed", "goals"), ("added", "roles")]


# --- F14: an id given to a new person while the one who had it moved to a new id ---------------

OLA_NOWAK = "kind: persona\nid: ola\nname: Ola Nowak\ngoals:\n  - Przebiec półmaraton poniżej 2 godzin w kwietniu 2027\n"
OLA_KOWALSKA = "kind: persona\nid: ola\nname: Ola Kowalska\ngoals:\n  - Zgłosić szkodę z OC sprawcy w 10 minut\n"


def test_an_id_given_to_a_new_person_is_a_rename_and_an_addition(tmp_path, monkeypatch):
    """Before: `ola` rewritten (name Ola Nowak -> Ola Kowalska, goals replaced) and a new persona
    `ola-nowak`, though Ola Nowak only moved to `ola-nowak.yaml` unchanged."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "ola.yaml").write_text(OLA_NOWAK, encoding="utf-8")
    (tmp_path / "b" / "ola-nowak.yaml").write_text(OLA_NOWAK.replace("id: ola", "id: ola-nowak"), encoding="utf-8")
    (tmp_path / "b" / "ola.yaml").write_text(OLA_KOWALSKA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "a", "b")
    assert result.stdout.splitlines() == [
        "ola-nowak  ola.yaml → ola-nowak.yaml (przeniesiony)",
        "  ~ id: ola → ola-nowak",
        "",
        '+ ola  ola.yaml  nowa persona „Ola Kowalska”',
        "",
        "2 dokumenty różnią się (1 przeniesiony, 1 dodany); 1 zmiana w dokumentach.",
    ]


def test_a_person_rewritten_under_her_id_with_no_one_like_her_elsewhere_stays_rewritten(tmp_path, monkeypatch):
    """Guard: no document under a new id is like the old `ola`: her id and file kept, her content changed."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "ola.yaml").write_text(OLA_NOWAK, encoding="utf-8")
    (tmp_path / "b" / "ola.yaml").write_text(OLA_KOWALSKA, encoding="utf-8")
    (tmp_path / "b" / "jan.yaml").write_text(JAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    entries = json.loads(run_cli("diff", "a", "b", "-f", "json").stdout)
    assert [(e["op"], e["document"], e["path"]) for e in entries] == [
        ("added", "jan", ""), ("changed", "ola", "name"), ("removed", "ola", "goals[0]"), ("added", "ola", "goals[0]"),
    ]


def test_two_copies_of_the_old_person_under_new_ids_leave_the_id_where_it_was(tmp_path, monkeypatch):
    """Guard: which copy would she be? The pair by id stays."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "ola.yaml").write_text(OLA_NOWAK, encoding="utf-8")
    (tmp_path / "b" / "ola.yaml").write_text(OLA_KOWALSKA, encoding="utf-8")
    for copy in ("ola-1", "ola-2"):
        (tmp_path / "b" / f"{copy}.yaml").write_text(OLA_NOWAK.replace("id: ola", f"id: {copy}"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    entries = json.loads(run_cli("diff", "a", "b", "-f", "json").stdout)
    assert [(e["op"], e["document"]) for e in entries if e["path"] == ""] == [("added", "ola-1"), ("added", "ola-2")]
    assert ("changed", "ola", "name") in [(e["op"], e["document"], e["path"]) for e in entries]


def test_review_attributes_the_new_persona_s_findings_to_her_file(claims):
    """Before: the unchanged Ola Nowak under `ola-nowak` was "the new persona", so what the new
    Ola Kowalska brings in was matched against Ola Nowak's old findings."""
    claims.write("ola.yaml", OLA_NOWAK)
    claims.commit("ola")
    claims.git("mv", "ola.yaml", "ola-nowak.yaml")
    claims.write("ola-nowak.yaml", OLA_NOWAK.replace("id: ola", "id: ola-nowak"))
    claims.write("ola.yaml", OLA_KOWALSKA)
    code, report = review_json("HEAD")
    paths = {f["path"] for f in report["introduced"]}
    assert "ola-nowak.yaml" not in paths
    assert [f for f in report["fixed"] if f["path"] == "ola.yaml"] == []
