"""Session 24 (tester12 F15, F10): stages reordered or renumbered on the bundled journeys.

F15: stages that swapped their ids (or passed them round) were looked for within a budget of
difflib character pairs that two ordinary stages of the Polish example (1,000-1,500 characters)
spent at once: "not looked for" on stderr and 30 field-level changes instead of 3.

F10: a stage added in the middle (or removed) and the ids after it renumbered was read as every
later stage rewritten under its id (79 changes on the Polish example instead of 1 + 6).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, Repo

from cxkit.diff import match
from cxkit.diff.compare import Options, compare_values
from cxkit.yamlio import load_bytes

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PAWEL = EXAMPLES / "pl" / "journeys" / "pawel-kupuje-sluchawki-otwarte.yaml"
DAN = EXAMPLES / "en" / "journeys" / "dan-switches-invoicing.yaml"
STAGE = re.compile(r"(?m)^(?=  - id: )")


def load(text: str):
    return load_bytes(text.encode("utf-8")).data


def numbered(path: Path) -> tuple[str, list[str]]:
    """The journey with its stage ids renumbered `etap-1`...: its head (with its `sources`, whose items are no
    stages) and its stages' text."""
    whole = path.read_text(encoding="utf-8")
    at = whole.index("\nstages:\n") + len("\nstages:\n")
    text = whole[at:]
    for n, ident in enumerate(re.findall(r"(?m)^  - id: (\S+)", text)):
        text = text.replace(f"  - id: {ident}\n", f"  - id: etap-{n + 1}\n")
    first, *stages = STAGE.split(text)
    return whole[:at] + first, [s.rstrip("\n") + "\n" for s in stages]


def renumbered(head: str, stages: list[str]) -> str:
    """The stages in this order, their ids renumbered to match it."""
    return head + "".join(re.sub(r"^  - id: \S+", f"  - id: etap-{n + 1}", s) for n, s in enumerate(stages))


def summary(old: str, new: str, options: Options | None = None) -> list[tuple[str, str, object, object]]:
    return [(c.op, c.path, c.old, c.new) for c in compare_values(load(old), load(new), options or Options())]


# --- F15: swaps and rounds of ids on long stages --------------------------------------------------


def test_two_long_polish_stages_swapped_and_renumbered_are_an_order_change_and_two_ids():
    """Before: the note 'not looked for' and 30 changes (names, goals, touchpoints of both stages)."""
    head, stages = numbered(PAWEL)
    assert min(len(s) for s in stages[1:3]) > 1000  # ordinary stages of the example, not made up long
    stages[1], stages[2] = stages[2], stages[1]
    options = Options()
    changes = summary(renumbered(*numbered(PAWEL)), renumbered(head, stages), options)
    assert options.unweighed == []
    assert [c[:2] for c in changes] == [
        ("moved", "stages"), ("changed", "stages[etap-2].id"), ("changed", "stages[etap-3].id")]
    assert changes[1][2:] == ("etap-3", "etap-2")


def test_a_stage_moved_forward_and_renumbered_on_the_english_example_is_a_round(tmp_path, monkeypatch):
    """Stage 4 put second and the ids renumbered: etap-2 -> etap-3 -> etap-4 -> etap-2.  Before: the
    note on stderr and 39 changes."""
    monkeypatch.setenv("COLUMNS", "200")
    head, stages = numbered(DAN)
    stages.insert(1, stages.pop(3))
    (tmp_path / "a.yaml").write_text(renumbered(*numbered(DAN)), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(renumbered(head, stages), encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))
    assert result.exception is None and result.exit_code == 1
    assert result.stderr == ""
    assert result.stdout.splitlines()[1:8] == [
        # Each order names its stages as that side has them (no bare ids after a round, s36).
        "  ↕ Stages: order changed (2. Purchase (etap-2) moved)",
        "      old: 1. Awareness (etap-1), 2. Consideration (etap-2), 3. Decision (etap-3), 4. Purchase (etap-4), "
        "5. Post-purchase (etap-5), 6. Loyalty (etap-6), 7. Advocacy (etap-7)",
        "      new: 1. Awareness (etap-1), 2. Purchase (etap-2), 3. Consideration (etap-3), 4. Decision (etap-4), "
        "5. Post-purchase (etap-5), 6. Loyalty (etap-6), 7. Advocacy (etap-7)",
        "  ~ 2. Purchase (etap-2) › id: etap-4 → etap-2",
        "  ~ 3. Consideration (etap-3) › id: etap-2 → etap-3",
        "  ~ 4. Decision (etap-4) › id: etap-3 → etap-4",
        "",
    ]
    assert result.stdout.rstrip().endswith("4 changes inside documents.")


def test_review_carries_a_finding_of_a_long_stage_swapped_over(tmp_path, monkeypatch):
    """The `Rozważanie` stage has no touchpoints on both sides.  Before: its finding fixed at
    etap-2, introduced at etap-3, and the review failed."""
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    head, stages = numbered(PAWEL)
    stages[1] = re.sub(r"    touchpoints:\n(      - channel: [^\n]*\n        description: [^\n]*\n)+", "", stages[1])
    assert "touchpoints" not in stages[1] and "name: Rozważanie" in stages[1]
    repo = Repo(tmp_path / "ws")
    repo.write("cxkit.toml", 'lang = "pl"\n')
    for persona in (EXAMPLES / "pl" / "personas").glob("*.yaml"):
        repo.write(f"personas/{persona.name}", persona.read_text(encoding="utf-8"))
    repo.write("journeys/pawel.yaml", renumbered(head, stages))
    repo.commit("base")
    stages[1], stages[2] = stages[2], stages[1]
    repo.write("journeys/pawel.yaml", renumbered(head, stages))
    monkeypatch.chdir(repo.root)
    result = run_cli("review", "--format", "json", "HEAD")
    assert result.exception is None, result.exception
    report = json.loads(result.stdout)
    assert report["findings_before"] >= 1
    assert [(f["rule"], f["data_path"]) for f in report["introduced"]] == []
    assert [(f["rule"], f["data_path"]) for f in report["fixed"]] == []
    assert result.exit_code == 0 and report["failed"] is False


class _Counting(match.SequenceMatcher):
    """difflib's matcher, counting the element pairs each ratio() compares."""

    pairs = 0

    def ratio(self) -> float:
        _Counting.pairs += len(self.a) * len(self.b)
        return super().ratio()


def _long_journey(stage_count: int, words: int, ids: list[int]) -> str:
    """A journey of long stages, each of its own words (no two alike), ids `krok-N` as ``ids`` give them."""
    lines = ["kind: journey", "id: dluga", "name: Długa podróż", "persona: ola", "stages:"]
    for n in range(stage_count):
        text = " ".join(f"słowo{n}x{k}" for k in range(words))
        lines += [f"  - id: krok-{ids[n]}", f"    name: Etap {n} podróży", f"    doing: {text}", "    emotion: 0"]
    return "\n".join(lines) + "\n"


def _counted(monkeypatch, old: str, new: str) -> tuple[list, Options]:
    monkeypatch.setattr(match, "SequenceMatcher", _Counting)
    _Counting.pairs = 0
    options = Options()
    changes = compare_values(load(old), load(new), options)
    # _rewritten, _ids_swapped and _ids_reused each measure with budgets of their own.
    assert _Counting.pairs <= 3 * (match._REUSE_BUDGET + getattr(match, "_REUSE_WORDS", 0))
    return changes, options


def test_ten_swaps_among_three_hundred_long_stages_are_found_within_the_budgets(monkeypatch):
    """Stages of 2,000+ characters; the first twenty swapped two by two and renumbered.  Before: the
    budget spent by the first swap, the note, and twenty stages rewritten field by field."""
    n = 300
    old = _long_journey(n, 200, list(range(1, n + 1)))
    assert min(len(match.flatten(s)) for s in load(old)["stages"]) > 2000
    swapped = [k + 2 if k < 20 and k % 2 == 0 else k if k < 20 else k + 1 for k in range(n)]
    changes, options = _counted(monkeypatch, old, _long_journey(n, 200, swapped))
    assert options.unweighed == []
    # In place: stage 1 now under krok-2, stage 2 under krok-1, ...
    assert [(c.path, c.old, c.new) for c in changes] == [
        (f"stages[krok-{k + (1 if k % 2 else -1)}].id", f"krok-{k}", f"krok-{k + (1 if k % 2 else -1)}") for k in range(1, 21)]
    assert _Counting.pairs > 0  # measured, by words past the characters' budget


def test_every_id_of_three_hundred_long_stages_passed_on_stays_bounded(monkeypatch):
    """Guard (bounded time): every stage rewritten under its id is too many to follow; the note,
    and difflib compares no more than its budgets."""
    n = 300
    old = _long_journey(n, 200, list(range(1, n + 1)))
    changes, options = _counted(monkeypatch, old, _long_journey(n, 200, [(k + 1) % n + 1 for k in range(n)]))
    assert [u.path for u in options.unweighed] == ["stages"]
    assert ("changed", "stages[krok-1].name") in [(c.op, c.path) for c in changes]


# --- F10: a stage added or removed, the ids after it renumbered -------------------------------------

SALON = """\
  - id: x
    name: Porównanie w salonie
    goal: Posłuchać dwóch modeli na miejscu w salonie Pasma
    touchpoints:
      - channel: store
        description: Salon odsłuchowy Pasma na Mokotowie
    doing: Przychodzi w sobotę z własnym DAC-iem
    emotion: 1
"""


def test_a_stage_added_second_and_the_ids_renumbered_is_one_addition_and_six_ids():
    """Before: 79 changes, every stage from etap-2 on compared with its neighbour's content."""
    head, stages = numbered(PAWEL)
    stages.insert(1, SALON)
    options = Options()
    changes = summary(renumbered(*numbered(PAWEL)), renumbered(head, stages), options)
    assert options.unweighed == []
    assert [(op, path) for op, path, *_ in changes] == [("added", "stages[etap-2]")] + [
        ("changed", f"stages[etap-{n + 1}].id") for n in range(2, 8)]
    assert changes[1][2:] == ("etap-2", "etap-3") and changes[-1][2:] == ("etap-7", "etap-8")
    assert changes[0][3]["name"] == "Porównanie w salonie"


def test_a_stage_removed_and_the_ids_renumbered_down_is_one_removal_and_five_ids():
    """Before: 69 changes."""
    head, stages = numbered(PAWEL)
    del stages[1]
    changes = summary(renumbered(*numbered(PAWEL)), renumbered(head, stages))
    assert [(op, path) for op, path, *_ in changes] == [("removed", "stages[etap-2]")] + [
        ("changed", f"stages[etap-{n}].id") for n in range(2, 7)]
    assert changes[0][2]["name"] == "Rozważanie"
    assert changes[1][2:] == ("etap-3", "etap-2")


SMALL = ("kind: journey\nid: sluchawki\nname: Zakup słuchawek\npersona: pawel\nstages:\n"
         + "".join(f"  - id: etap-{n + 1}\n    name: {name}\n    doing: {doing}\n" for n, (name, doing) in enumerate([
             ("Świadomość", "Widzi reklamę słuchawek w sieci"), ("Rozważanie", "Porównuje dwa modele w arkuszu"),
             ("Decyzja", "Kupuje model z dłuższą gwarancją"), ("Zakup", "Płaci kartą w sklepie internetowym")])))


def test_a_small_stage_added_and_renumbered_in_text(tmp_path, monkeypatch):
    """Before: '~ stages[etap-2].name: Rozważanie → Salon', '~ stages[etap-3].name: Decyzja → Rozważanie'..."""
    monkeypatch.setenv("COLUMNS", "100")
    head, stages = STAGE.split(SMALL)[0], STAGE.split(SMALL)[1:]
    stages.insert(1, "  - id: x\n    name: Salon\n    doing: Słucha obu modeli w salonie na Mokotowie\n")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.yaml").write_text(SMALL, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(renumbered(head, stages), encoding="utf-8")
    result = run_cli("diff", "a.yaml", "b.yaml")
    assert result.exception is None and result.exit_code == 1 and result.stderr == ""
    assert result.stdout.splitlines() == [
        "sluchawki  b.yaml",
        "  + 2. Salon (etap-2) (dawny etap-2 to teraz etap-3):",  # said since session 25, in Polish since s36
        # Its fields by the labels Markdown uses, no longer as YAML keys (s36); the id is in the line above.
        "      Nazwa: Salon",
        "      Działania: Słucha obu modeli w salonie na Mokotowie",
        "  ~ 3. Rozważanie (etap-3) › id: etap-2 → etap-3",
        "  ~ 4. Decyzja (etap-4) › id: etap-3 → etap-4",
        "  ~ 5. Zakup (etap-5) › id: etap-4 → etap-5",
        "",
        "1 dokument różni się (1 zmieniony); 4 zmiany w dokumencie.",
    ]
    # The other way round: the stage removed, the ids renumbered down.
    result = run_cli("diff", "b.yaml", "a.yaml")
    assert [line for line in result.stdout.splitlines() if line.startswith("  ") and not line.startswith("    ")] == [
        "  - 2. Salon (etap-2) (teraz etap-2 to dawny etap-3):",  # said since session 25, in Polish since s36
        "  ~ 2. Rozważanie (etap-2) › id: etap-3 → etap-2",
        "  ~ 3. Decyzja (etap-3) › id: etap-4 → etap-3",
        "  ~ 4. Zakup (etap-4) › id: etap-5 → etap-4",
    ]


def test_every_id_moved_up_by_one_is_four_id_changes():
    """No stage added or removed, every id one up (etap-1..4 now etap-2..5).  Before: a removal, an
    addition and a stage rewritten among the id changes."""
    old = load(SMALL)
    new = load(re.sub(r"etap-(\d)", lambda m: f"etap-{int(m.group(1)) + 1}", SMALL))
    changes = compare_values(old, new)
    assert [(c.path, c.old, c.new) for c in changes] == [
        (f"stages[etap-{n + 1}].id", f"etap-{n}", f"etap-{n + 1}") for n in range(1, 5)]


def test_an_added_stage_and_an_edit_along_the_chain():
    """The chain holds a stage edited on its way (one word added): its id change, then its edit."""
    head, stages = STAGE.split(SMALL)[0], STAGE.split(SMALL)[1:]
    stages.insert(1, "  - id: x\n    name: Salon\n    doing: Słucha obu modeli w salonie na Mokotowie\n")
    stages[2] = stages[2].replace("w arkuszu", "w arkuszu Excela")
    changes = compare_values(load(SMALL), load(renumbered(head, stages)))
    assert [(c.op, c.path) for c in changes] == [
        ("added", "stages[etap-2]"), ("changed", "stages[etap-3].id"), ("changed", "stages[etap-3].doing"),
        ("changed", "stages[etap-4].id"), ("changed", "stages[etap-5].id")]


def test_template_stages_with_one_added_and_renumbered_stay_paired_by_id():
    """Guard: template stages (TODO), alike but for their names, are no clear chain."""
    todo = {"goal": "TODO: what the customer wants", "doing": "TODO: what they do", "emotion": 0}
    names = ["Awareness", "Consideration", "Decision", "Purchase"]
    old = [{"id": f"etap-{n + 1}", "name": x, **todo} for n, x in enumerate(names)]
    new = [{"id": f"etap-{n + 1}", "name": x, **todo} for n, x in enumerate(names[:1] + ["Comparison"] + names[1:])]
    assert match.pair_items(old, new, stages=True) == [(0, 0), (1, 1), (2, 2), (3, 3)]


def test_stages_rewritten_in_place_and_one_added_are_no_chain():
    """Guard: each stage rewritten under its id and a stage added at the end: nothing carried."""
    head, stages = STAGE.split(SMALL)[0], STAGE.split(SMALL)[1:]
    rewritten = [re.sub(r"doing: .*", "doing: Dzwoni na infolinię i czeka 14 minut na konsultanta", s) for s in stages]
    rewritten.append("  - id: etap-5\n    name: Zwrot\n    doing: Odsyła słuchawki kurierem\n")
    changes = compare_values(load(SMALL), load(head + "".join(rewritten)))
    assert [(c.op, c.path) for c in changes] == [
        *[("changed", f"stages[etap-{n}].doing") for n in range(1, 5)], ("added", "stages[etap-5]")]


def test_review_carries_a_finding_of_a_stage_renumbered_after_an_insert_over(tmp_path, monkeypatch):
    """The `Decyzja` stage has no touchpoints on both sides.  Before: its finding fixed at etap-3,
    introduced at etap-4, and the review failed."""
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    head, stages = numbered(PAWEL)
    stages[2] = re.sub(r"    touchpoints:\n(      - channel: [^\n]*\n        description: [^\n]*\n)+", "", stages[2])
    assert "touchpoints" not in stages[2] and "name: Decyzja" in stages[2]
    repo = Repo(tmp_path / "ws")
    repo.write("cxkit.toml", 'lang = "pl"\n')
    for persona in (EXAMPLES / "pl" / "personas").glob("*.yaml"):
        repo.write(f"personas/{persona.name}", persona.read_text(encoding="utf-8"))
    repo.write("journeys/pawel.yaml", renumbered(head, stages))
    repo.commit("base")
    stages.insert(1, SALON)
    repo.write("journeys/pawel.yaml", renumbered(head, stages))
    monkeypatch.chdir(repo.root)
    result = run_cli("review", "--format", "json", "HEAD")
    assert result.exception is None, result.exception
    report = json.loads(result.stdout)
    assert report["findings_before"] >= 1
    assert [(f["rule"], f["data_path"]) for f in report["introduced"]] == []
    assert [(f["rule"], f["data_path"]) for f in report["fixed"]] == []
    assert result.exit_code == 0 and report["failed"] is False


# --- F2: changes a reader cannot see; F5: NO_COLOR ------------------------------------------------

SUMMARY = ("kind: journey\nid: zgloszenie\nname: Zgłoszenie\npersona: jan\nsummary: |\n"
           "  Jan zgłasza szkodę przez infolinię.\n  Czeka 14 minut na konsultanta.\n  Potem dostaje SMS.\n")


def _diff_text_and_markdown(tmp_path, monkeypatch, new: str) -> tuple[str, str]:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.chdir(tmp_path)
    Path("a.yaml").write_text(SUMMARY, encoding="utf-8")
    Path("b.yaml").write_text(new, encoding="utf-8")
    text = run_cli("diff", "a.yaml", "b.yaml")
    markdown = run_cli("diff", "-f", "md", "a.yaml", "b.yaml")
    assert text.exit_code == 1 and markdown.exit_code == 1 and text.exception is None
    change = [line for line in markdown.stdout.splitlines() if line.startswith("- **zmieniono**")]
    assert len(change) == 1, markdown.stdout
    return text.stdout.splitlines()[1], change[0]


def test_letters_saved_decomposed_are_said_to_be_the_same_text(tmp_path, monkeypatch):
    """An editor saving NFD (`ę` as `e` + ogonek).  Before: `[-szkodę-]{+szkodę+}`, twice the same word."""
    import unicodedata

    text, markdown = _diff_text_and_markdown(tmp_path, monkeypatch, unicodedata.normalize("NFD", SUMMARY))
    assert text == "  ~ Opis: the same text, its letters written in another Unicode form (NFC → NFD: ę)"
    assert markdown == "- **zmieniono** Opis: the same text, its letters written in another Unicode form (NFC → NFD: ę)"


def test_a_no_break_space_is_shown(tmp_path, monkeypatch):
    """Before: `14[- -]{+ +}minut`, markdown `<del> </del><ins> </ins>`: nothing to see."""
    text, markdown = _diff_text_and_markdown(tmp_path, monkeypatch, SUMMARY.replace("14 minut", "14\u00a0minut"))
    assert "      Czeka 14[-·-]{+⍽+}minut na konsultanta." in run_cli("diff", "a.yaml", "b.yaml").stdout.splitlines()
    assert "Czeka 14 (usunięto: „·”; dodano: „⍽”) minut na konsultanta." in markdown


def test_blanks_added_at_a_line_end_and_a_block_rewrapped_are_shown(tmp_path, monkeypatch):
    text, markdown = _diff_text_and_markdown(tmp_path, monkeypatch, SUMMARY.replace("konsultanta.", "konsultanta.   "))
    assert "konsultanta. (usunięto: „↵”; dodano: „···↵”) Potem dostaje SMS." in markdown
    rewrapped = SUMMARY.replace("szkodę przez infolinię.\n  Czeka", "szkodę\n  przez infolinię. Czeka")
    text, markdown = _diff_text_and_markdown(tmp_path, monkeypatch, rewrapped)
    assert text == "  ~ Opis: Jan zgłasza szkodę[-·-]{+↵+}przez infolinię.[-↵-]{+·+}Czeka 14 minut na konsultanta."
    assert "szkodę (usunięto: „·”; dodano: „↵”) przez infolinię. (usunięto: „↵”; dodano: „·”) Czeka" in markdown


def test_words_changed_keep_their_word_diff(tmp_path, monkeypatch):
    """Guard: a word changed, and words added with their space, show as before."""
    text, markdown = _diff_text_and_markdown(tmp_path, monkeypatch, SUMMARY.replace("14 minut", "20 minut bez muzyki"))
    assert "Czeka [-14-]{+20+} minut{+ bez muzyki+} na konsultanta." in run_cli("diff", "a.yaml", "b.yaml").stdout
    assert "Czeka (usunięto: „14”; dodano: „20”) minut (dodano: „bez muzyki”) na konsultanta." in markdown


def test_no_color_writes_no_escape_even_forced(tmp_path, monkeypatch):
    """F5: NO_COLOR with FORCE_COLOR (a CI log), and on a terminal.  Before: bold and faint escapes."""
    import io

    from cxkit.diff.formats import render_text

    monkeypatch.chdir(tmp_path)
    Path("a.yaml").write_text(SUMMARY, encoding="utf-8")
    Path("b.yaml").write_text(SUMMARY.replace("14 minut", "20 minut"), encoding="utf-8")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("FORCE_COLOR", "1")
    result = run_cli("diff", "a.yaml", "b.yaml")
    assert result.exit_code == 1 and "[-14-]{+20+}" in result.stdout
    assert "\x1b" not in result.stdout

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setenv("TERM", "xterm-256color")
    from cxkit.diff.model import DiffResult

    screen = Terminal()
    render_text(DiffResult([]), screen, header="cxkit diff a.yaml b.yaml")
    assert screen.getvalue().startswith("cxkit diff a.yaml b.yaml\n") and "\x1b" not in screen.getvalue()
    monkeypatch.setenv("NO_COLOR", "")  # set but empty: no NO_COLOR, the header is bold on a terminal
    coloured = Terminal()
    render_text(DiffResult([]), coloured, header="cxkit diff a.yaml b.yaml")
    assert "\x1b[1m" in coloured.getvalue()


# --- F9: the word diff's words ---------------------------------------------------------------------

EMOJI_OLD = ("kind: persona\nid: ewa\nname: Ewa\ngoals:\n  - Ocenia obsługę 👍 i poleca Pasmo\n"
             "  - Przelew w 24 godziny po akceptacji\n  - Kupuje 👨\u200d👩\u200d👧 bilet i flagę 🇵🇱 na mecz\n")
EMOJI_NEW = ("kind: persona\nid: ewa\nname: Ewa\ngoals:\n  - Ocenia obsługę 👍🏽 i poleca Pasmo\n"
             "  - Przelew w 48 godzin po akceptacji\n  - Kupuje 👨\u200d👩\u200d👦 bilet i flagę 🇩🇪 na mecz\n")


def test_an_emoji_changes_whole_and_words_replaced_side_by_side_are_one_run(tmp_path, monkeypatch):
    """Before: `👍{+🏽+}` (a lone skin tone, a brown square), `[-24-]{+48+} [-godziny-]{+godzin+}`, the
    family split at its joiners and a flag at its letters."""
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.chdir(tmp_path)
    Path("a.yaml").write_text(EMOJI_OLD, encoding="utf-8")
    Path("b.yaml").write_text(EMOJI_NEW, encoding="utf-8")
    text = run_cli("diff", "a.yaml", "b.yaml").stdout.splitlines()
    assert text[1:4] == [
        "  ~ Cele #1: Ocenia obsługę [-👍-]{+👍🏽+} i poleca Pasmo",
        "  ~ Cele #2: Przelew w [-24 godziny-]{+48 godzin+} po akceptacji",
        "  ~ Cele #3: Kupuje [-👨\u200d👩\u200d👧-]{+👨\u200d👩\u200d👦+} bilet i flagę [-🇵🇱-]{+🇩🇪+} na mecz",
    ]
    markdown = run_cli("diff", "-f", "md", "a.yaml", "b.yaml").stdout
    assert "Przelew w (usunięto: „24 godziny”; dodano: „48 godzin”) po akceptacji" in markdown
    assert "Ocenia obsługę (usunięto: „👍”; dodano: „👍🏽”) i poleca" in markdown


def test_words_replaced_across_a_line_break_or_beside_an_addition_stay_apart():
    """Guard: a line break between two replaced words, or a word only added beside one replaced."""
    from cxkit.diff.formats import word_diff

    assert word_diff("Czeka 14\nminut", "Czeka 20\nsekund") == [
        ("=", "Czeka "), ("-", "14"), ("+", "20"), ("=", "\n"), ("-", "minut"), ("+", "sekund")]
    assert word_diff("Płaci kartą", "Płaci szybko BLIK-iem") == [
        ("=", "Płaci "), ("-", "kartą"), ("+", "szybko BLIK-iem")]
    assert word_diff("Płaci kartą w sklepie", "Płaci BLIK-iem, w sklepie") == [
        ("=", "Płaci "), ("-", "kartą"), ("+", "BLIK-iem,"), ("=", " w sklepie")]
