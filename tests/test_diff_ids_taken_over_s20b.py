"""An id another file took over (tester3 F9): `halina.yaml` changes its id `halina` to `halina-w`
and `olena.yaml` takes `halina`.  Matching by id first paired Halina's old document with Olena's
file: a fake rename with every field rewritten, plus a persona added and one removed.  Each file
still holds its own document, so `cxkit diff` reports two `id` changes, and `cxkit review` matches
each file's findings as that file's; a genuine rename (its id kept) is still a rename.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

from cxkit.diff.compare import compare_workspaces
from cxkit.diff.model import Doc

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

HALINA = """\
kind: persona
id: halina
name: Halina Wróblewska
lang: pl
summary: Emerytka z Łodzi, zamawia leki na receptę co miesiąc przez aplikację apteki.
goals:
  - Zamawia leki co 28 dni w aplikacji Zdrowik
  - Dba o zdrowie
pain_points:
  - Kod e-recepty z SMS-a trzeba przepisywać ręcznie
"""

OLENA = """\
kind: persona
id: olena
name: Olena Kowalenko
lang: pl
summary: Pracuje w Warszawie, wysyła mamie do Lwowa leki na tarczycę.
goals:
  - Wysyła mamie do Lwowa Euthyrox co 3 miesiące
pain_points:
  - Nie wie, czy paczka z lekami przejdzie przez granicę w Dorohusku
"""

#: A new persona, nothing like either of them.
ZENON = """\
kind: persona
id: zenon
name: Zenon Kaczmarek
lang: pl
summary: Kierowca TIR-a, kupuje suplementy na stacjach Orlen w trasie do Hamburga.
goals:
  - Kupuje magnez w tabletkach musujących na stacji Orlen w Świecku
"""


def with_id(text: str, old: str, new: str) -> str:
    assert f"\nid: {old}\n" in text
    return text.replace(f"\nid: {old}\n", f"\nid: {new}\n")


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


def folders(tmp_path, old: dict[str, str], new: dict[str, str]) -> None:
    for side, files in (("old", old), ("new", new)):
        (tmp_path / side).mkdir()
        for name, text in files.items():
            (tmp_path / side / name).write_text(text, encoding="utf-8")


def diff_json(*args: str) -> list[dict]:
    result = run_cli("diff", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout) if result.stdout.strip() else []


def summary(changes: list[dict]) -> list[tuple]:
    return [(c["document"], c["file"], c["op"], c["path"], c["old"], c["new"]) for c in changes]


# --- the exact repro from tester3 F9 -------------------------------------------------------------

def test_tester3_f9_two_ids_changed_in_place_not_a_rename(tmp_path, monkeypatch):
    short_halina = "kind: persona\nid: halina\nname: Halina\ngoals:\n  - Zamawia leki co 28 dni w aplikacji Zdrowik\n"
    short_olena = "kind: persona\nid: olena\nname: Olena\ngoals:\n  - Wysyła mamie do Lwowa Euthyrox co 3 miesiące\n"
    folders(
        tmp_path,
        {"halina.yaml": short_halina, "olena.yaml": short_olena},
        {"halina.yaml": with_id(short_halina, "halina", "halina-w"), "olena.yaml": with_id(short_olena, "olena", "halina")},
    )
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "old", "new")
    assert result.exception is None and result.exit_code == 1, result.stderr
    assert result.stdout == (
        "halina-w  halina.yaml\n"
        "  ~ id: halina → halina-w\n"
        "\n"
        "halina  olena.yaml\n"
        "  ~ id: olena → halina\n"
        "\n"
        "2 dokumenty różnią się (2 zmienione); 2 zmiany w dokumentach.\n"
    )
    assert summary(diff_json("old", "new")) == [
        ("halina-w", "halina.yaml", "changed", "id", "halina", "halina-w"),
        ("halina", "olena.yaml", "changed", "id", "olena", "halina"),
    ]
    md = run_cli("diff", "--format", "markdown", "old", "new").stdout
    assert "### `halina-w` · `halina.yaml`\n\n- **zmieniono** `id`: `halina` → `halina-w`\n" in md
    assert "### `halina` · `olena.yaml`\n\n- **zmieniono** `id`: `olena` → `halina`\n" in md
    assert "przeniesion" not in md and "dodan" not in md and "usunięt" not in md


def test_two_files_that_swapped_their_ids(tmp_path, monkeypatch):
    folders(
        tmp_path,
        {"halina.yaml": HALINA, "olena.yaml": OLENA},
        {"halina.yaml": with_id(HALINA, "halina", "olena"), "olena.yaml": with_id(OLENA, "olena", "halina")},
    )
    monkeypatch.chdir(tmp_path)
    assert summary(diff_json("old", "new")) == [
        ("olena", "halina.yaml", "changed", "id", "halina", "olena"),
        ("halina", "olena.yaml", "changed", "id", "olena", "halina"),
    ]


def test_a_file_renamed_with_a_new_id_while_another_takes_its_old_id(tmp_path, monkeypatch):
    # halina.yaml becomes halina-w.yaml with the id halina-w (the 80 % rename pairing), and olena.yaml
    # takes the id halina: a rename with its id changed, and an id changed in place.
    folders(
        tmp_path,
        {"halina.yaml": HALINA, "olena.yaml": OLENA},
        {"halina-w.yaml": with_id(HALINA, "halina", "halina-w"), "olena.yaml": with_id(OLENA, "olena", "halina")},
    )
    monkeypatch.chdir(tmp_path)
    assert summary(diff_json("old", "new")) == [
        ("halina-w", "halina-w.yaml", "moved", "", "halina.yaml", "halina-w.yaml"),
        ("halina-w", "halina-w.yaml", "changed", "id", "halina", "halina-w"),
        ("halina", "olena.yaml", "changed", "id", "olena", "halina"),
    ]


def test_an_id_taken_by_a_new_file_leaves_the_old_file_its_own(tmp_path, monkeypatch):
    # halina.yaml changes its id; a new file takes the old id with a new persona.
    folders(
        tmp_path,
        {"halina.yaml": HALINA},
        {"halina.yaml": with_id(HALINA, "halina", "halina-w"), "zenon.yaml": with_id(ZENON, "zenon", "halina")},
    )
    monkeypatch.chdir(tmp_path)
    got = summary(diff_json("old", "new"))
    assert got[0] == ("halina-w", "halina.yaml", "changed", "id", "halina", "halina-w")
    assert [(d, f, op, p) for d, f, op, p, _o, _n in got[1:]] == [("halina", "zenon.yaml", "added", "")]


# --- guards: what was right stays right ----------------------------------------------------------

def test_a_file_renamed_with_its_id_kept_is_still_a_rename(tmp_path, monkeypatch):
    # Its old file is gone; the other file is untouched.
    folders(tmp_path, {"halina.yaml": HALINA, "olena.yaml": OLENA}, {"halina-w.yaml": HALINA, "olena.yaml": OLENA})
    monkeypatch.chdir(tmp_path)
    assert summary(diff_json("old", "new")) == [
        ("halina", "halina-w.yaml", "moved", "", "halina.yaml", "halina-w.yaml"),
    ]


def test_a_rename_onto_another_file_with_a_new_persona_in_its_old_file_stays_a_rename(tmp_path, monkeypatch):
    # Halina's file moved onto olena.yaml (Olena removed), a new persona written in halina.yaml:
    # neither file holds anything like what it held, so the id pairing stands.
    folders(
        tmp_path,
        {"halina.yaml": HALINA, "olena.yaml": OLENA},
        {"olena.yaml": HALINA, "halina.yaml": ZENON},
    )
    monkeypatch.chdir(tmp_path)
    got = [(d, f, op, p) for d, f, op, p, _o, _n in summary(diff_json("old", "new"))]
    assert got == [
        ("zenon", "halina.yaml", "added", ""),
        ("halina", "olena.yaml", "moved", ""),
        ("olena", "olena.yaml", "removed", ""),
    ]


def test_an_id_changed_in_place_is_an_id_change(tmp_path, monkeypatch):
    folders(
        tmp_path,
        {"halina.yaml": HALINA, "olena.yaml": OLENA},
        {"halina.yaml": with_id(HALINA, "halina", "halina-w"), "olena.yaml": OLENA},
    )
    monkeypatch.chdir(tmp_path)
    assert summary(diff_json("old", "new")) == [("halina-w", "halina.yaml", "changed", "id", "halina", "halina-w")]


def test_a_renamed_file_more_alike_than_the_one_left_in_its_place_keeps_its_pairing():
    # halina.yaml moved to halina-w.yaml unchanged; a near copy with another id was left in
    # halina.yaml: the id pairing (all alike) beats the file pairing (less alike).
    edited = with_id(HALINA, "halina", "halina-kopia").replace(
        "  - Dba o zdrowie\n", "  - Mierzy ciśnienie rano i wieczorem ciśnieniomierzem Omron\n"
    )
    old = [Doc("halina.yaml", _data(HALINA))]
    new = [Doc("halina-w.yaml", _data(HALINA)), Doc("halina.yaml", _data(edited))]
    from cxkit.diff.compare import RENAMED_DOCUMENT, document_similarity

    assert RENAMED_DOCUMENT <= document_similarity(old[0].data, new[1].data) < 1.0
    got = {(d.old.file if d.old else None, d.new.file if d.new else None) for d in compare_workspaces(old, new)}
    assert got == {("halina.yaml", "halina-w.yaml"), (None, "halina.yaml")}


def _data(text: str) -> dict:
    from cxkit.yamlio import load_bytes

    data = load_bytes(text.encode()).data
    assert isinstance(data, dict)
    return data


# --- git revisions and review --------------------------------------------------------------------

@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    r = Repo(tmp_path / "apteka")
    r.write("personas/halina.yaml", HALINA)
    r.write("personas/olena.yaml", OLENA)
    r.commit("Persony")
    r.git("checkout", "-q", "-b", "id-halina")
    monkeypatch.chdir(r.root)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    return r


def test_diff_of_revisions_reports_the_id_changes(repo):
    repo.write("personas/halina.yaml", with_id(HALINA, "halina", "halina-w"))
    repo.write("personas/olena.yaml", with_id(OLENA, "olena", "halina"))
    repo.commit("Halina dostaje id halina-w, Olena bierze halina")
    assert summary(diff_json("main", "HEAD")) == [
        ("halina-w", "personas/halina.yaml", "changed", "id", "halina", "halina-w"),
        ("halina", "personas/olena.yaml", "changed", "id", "olena", "halina"),
    ]


def test_review_matches_each_files_findings_as_its_own(repo):
    # Both personas lack sources and a review date, Halina's "Dba o zdrowie" is vague: all of it
    # stays.  The branch adds one vague goal to Olena's file: that alone is introduced.
    repo.write("personas/halina.yaml", with_id(HALINA, "halina", "halina-w"))
    repo.write(
        "personas/olena.yaml",
        with_id(OLENA, "olena", "halina").replace(
            "  - Wysyła mamie do Lwowa Euthyrox co 3 miesiące\n",
            "  - Wysyła mamie do Lwowa Euthyrox co 3 miesiące\n  - Ceni jakość\n",
        ),
    )
    result = run_cli("review", "main", "--format", "json")
    assert result.exception is None and result.exit_code == 1, result.stderr
    report = json.loads(result.stdout)
    assert [(f["path"], f["rule"], f["line"]) for f in report["introduced"]] == [
        ("personas/olena.yaml", "pseudo-profiling", 8)
    ]
    assert report["fixed"] == []
    md = run_cli("review", "main").stdout
    assert "**Sprawdzenie:** 1 nowa uwaga (1 ostrzeżenie), 0 naprawionych;" in md
    assert "#### `halina` · `personas/olena.yaml`\n\n- **zmieniono** `id`: `olena` → `halina`\n" in md
    assert "przeniesion" not in md
