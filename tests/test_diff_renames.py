"""Documents renamed: a folder moved with the configured `paths`, an id renamed with its file, a
copy of a duplicated id renamed; for `cxkit diff` (revisions, ranges, the index, folders) and
`cxkit review`."""

from __future__ import annotations

import json
import time

import pytest

from conftest import run_cli
from git_helpers import HAS_GIT, REVIEW_KAMIL, REVIEW_OLA, Repo

from cxkit.diff.compare import RENAMED_DOCUMENT, compare_workspaces, document_similarity
from cxkit.diff.model import Doc

pytestmark = pytest.mark.skipif(not HAS_GIT, reason="git missing")

OLA, KAMIL = REVIEW_OLA, REVIEW_KAMIL
ZENON = KAMIL.replace("id: kamil", "id: zenon").replace("name: Kamil", "name: Zenon").replace(
    "Kupuje tylko na Black Friday w Media Markt", "Nie ufa sklepom internetowym i płaci tylko gotówką"
)


def changes_of(*args: str) -> tuple[int, list[dict]]:
    result = run_cli("diff", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, (json.loads(result.stdout) if result.stdout.strip() else [])


def review_json(*args: str) -> dict:
    result = run_cli("review", "--format", "json", *args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def summary(changes: list[dict]) -> list[tuple]:
    return [(c["document"], c["op"], c["path"], c["old"], c["new"]) for c in changes]


@pytest.fixture
def moved(tmp_path, monkeypatch) -> Repo:
    """Two documents in `personas/` (the configured `paths`), moved to `research/personas/` with the config."""
    r = Repo(tmp_path / "persony")
    r.write("personas/ola.yaml", OLA)
    r.write("personas/kamil.yaml", KAMIL)
    r.write("cxkit.toml", 'paths = ["personas"]\n')
    r.commit("Persony")
    (r.root / "research").mkdir()
    r.git("mv", "personas", "research/personas")
    r.write("cxkit.toml", 'paths = ["research/personas"]\n')
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


MOVED = [
    ("kamil", "moved", "", "personas/kamil.yaml", "research/personas/kamil.yaml"),
    ("ola", "moved", "", "personas/ola.yaml", "research/personas/ola.yaml"),
]


# --- 1. each side with the `paths` of its own configuration ---------------------------------------


def test_a_folder_moved_with_the_configured_paths_is_documents_moved(moved):
    assert summary(changes_of("HEAD")[1]) == MOVED


def test_the_index_is_read_with_the_configuration_as_staged(moved):
    moved.git("add", "cxkit.toml")
    assert summary(changes_of("--cached")[1]) == MOVED


def test_two_revisions_and_a_range_are_each_read_with_their_own_paths(moved):
    moved.commit("Do research/")
    assert summary(changes_of("HEAD~1", "HEAD")[1]) == MOVED
    assert summary(changes_of("HEAD~1..HEAD")[1]) == MOVED


def test_paths_named_on_the_command_line_apply_to_both_sides(moved):
    code, changes = changes_of("HEAD", "--", "research/personas")
    assert code == 1 and [(c["document"], c["op"]) for c in changes] == [("kamil", "added"), ("ola", "added")]


def test_a_revision_without_a_config_file_is_read_with_the_defaults(moved):
    moved.commit("Do research/")
    moved.git("rm", "-q", "cxkit.toml")
    moved.commit("Bez konfiguracji")
    # HEAD~2's own paths (personas/) against HEAD's defaults (the whole folder).
    assert summary(changes_of("HEAD~2", "HEAD")[1]) == MOVED


def test_a_configuration_that_is_not_valid_in_the_revision_leaves_the_current_one(moved):
    moved.write("cxkit.toml", 'paths = ["personas"\n')
    moved.commit("Zepsuta konfiguracja")
    moved.write("cxkit.toml", 'paths = ["research/personas"]\n')
    result = run_cli("diff", "--format", "json", "HEAD")
    assert result.exit_code == 0, result.stderr
    assert "cxkit: note:" in result.stderr and "HEAD:cxkit.toml" in result.stderr
    assert "read with the configuration in force now" in result.stderr


def test_review_of_a_folder_moved_with_its_paths_introduces_nothing(moved):
    report = review_json("HEAD")
    assert report["introduced"] == [] and report["fixed"] == []
    assert report["findings_before"] == report["findings_after"] == 1  # pseudo-profiling on Ola's goal, on both sides
    assert [(c["document"], c["op"]) for c in report["changes"]] == [("kamil", "moved"), ("ola", "moved")]
    assert report["config"]["changed"] == ["paths"]


def test_review_reads_base_with_its_own_exclude(tmp_path, monkeypatch):
    r = Repo(tmp_path / "ex")
    r.write("cxkit.toml", 'exclude = ["drafts"]\n')
    r.write("personas/ola.yaml", OLA.replace("  - Ceni jakość i mieszka w dużym mieście\n", "  - Kupuje kawę ziarnistą\n"))
    r.write("drafts/kamil.yaml", KAMIL)
    r.commit("Szkic wykluczony")
    r.write("cxkit.toml", "")
    monkeypatch.chdir(r.root)
    report = review_json("HEAD")
    # The draft was not part of BASE's workspace: it joined the workspace now, not changed.
    assert [(c["document"], c["op"]) for c in report["changes"]] == [("kamil", "joined")]


# --- 2. an id renamed with its file ------------------------------------------------------------


@pytest.fixture
def renamed(moved) -> Repo:
    moved.commit("Do research/")
    moved.git("mv", "research/personas/ola.yaml", "research/personas/ola-nowak.yaml")
    moved.write("research/personas/ola-nowak.yaml", OLA.replace("id: ola\n", "id: ola-nowak\n"))
    return moved


RENAMED = [
    ("ola-nowak", "moved", "", "research/personas/ola.yaml", "research/personas/ola-nowak.yaml"),
    ("ola-nowak", "changed", "id", "ola", "ola-nowak"),
]


def test_an_id_renamed_with_its_file_is_one_document(renamed):
    assert summary(changes_of("HEAD")[1]) == RENAMED


def test_an_id_renamed_with_its_file_in_the_index(renamed):
    renamed.git("add", "research")
    assert summary(changes_of("--cached")[1]) == RENAMED


def test_an_id_renamed_with_its_file_between_folders(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "ola.yaml").write_text(OLA, encoding="utf-8")
    (tmp_path / "b" / "ola-nowak.yaml").write_text(OLA.replace("id: ola\n", "id: ola-nowak\n"), encoding="utf-8")
    code, changes = changes_of(str(tmp_path / "a"), str(tmp_path / "b"))
    assert code == 1
    assert summary(changes) == [
        ("ola-nowak", "moved", "", "ola.yaml", "ola-nowak.yaml"), ("ola-nowak", "changed", "id", "ola", "ola-nowak"),
    ]


def test_review_of_an_id_renamed_with_its_file_matches_its_findings(renamed):
    report = review_json("HEAD")
    assert report["failed"] is False
    assert report["introduced"] == [] and report["fixed"] == []
    assert report["findings_before"] == report["findings_after"] == 1


def test_a_document_renamed_and_edited_a_little_is_still_one_document():
    old = Doc("ola.yaml", {"kind": "persona", "id": "ola", "name": "Ola Nowak", "lang": "pl",
                           "goals": ["Ceni jakość i mieszka w dużym mieście", "Biega w weekendy po parku"]})
    new = Doc("ola-nowak.yaml", dict(old.data, id="ola-nowak", name="Ola Nowakowska"))
    [diff] = compare_workspaces([old], [new])
    assert [(c.op, c.path) for c in diff.changes] == [("moved", ""), ("changed", "id"), ("changed", "name")]


def test_another_document_of_the_same_kind_is_not_taken_for_a_rename():
    # Written from one template (language, dates, source): only the text that says who it is differs.
    old, new = Doc("kamil.yaml", _load(KAMIL)), Doc("zenon.yaml", _load(ZENON))
    assert document_similarity(old.data, new.data) < RENAMED_DOCUMENT
    assert sorted(d.status for d in compare_workspaces([old], [new])) == ["added", "removed"]


def test_documents_of_different_kinds_are_never_one_document():
    old = Doc("kamil.yaml", _load(KAMIL))
    new = Doc("kamil-2.yaml", dict(_load(KAMIL), kind="persona", id="kamil-2"))
    assert document_similarity(old.data, new.data) == 1.0
    assert sorted(d.status for d in compare_workspaces([old], [new])) == ["added", "removed"]


def test_the_most_alike_pair_is_taken_first_whatever_the_order():
    base = _load(OLA)
    old = Doc("ola.yaml", dict(base, goals=base["goals"] + ["Biega w weekendy po parku"]))
    close = Doc("b-ola-nowak.yaml", dict(old.data, id="ola-nowak"))
    copy = Doc("a-ola-kopia.yaml", dict(base, id="ola-kopia", goals=base["goals"] + ["Biega w weekendy"]))
    for new_docs in ([close, copy], [copy, close]):
        diffs = {d.document: d.status for d in compare_workspaces([old], new_docs)}
        assert diffs == {"ola-nowak": "renamed", "ola-kopia": "added"}


def test_many_renamed_documents_pair_in_bounded_time():
    count = 400
    old = [Doc(f"p{n}.yaml", {"kind": "persona", "id": f"p{n}", "name": f"Persona numer {n}", "lang": "pl",
                              "goals": [f"Cel {n}: kupuje rzeczy numer {n} i porównuje ceny w sklepach {n}"]})
           for n in range(count)]
    new = [Doc(f"q{n}.yaml", dict(d.data, id=f"q{n}")) for n, d in enumerate(old)]
    started = time.process_time()
    diffs = compare_workspaces(old, new)
    assert time.process_time() - started < 10
    assert [d.status for d in diffs] == ["renamed"] * count
    assert all(d.old.file[1:] == d.new.file[1:] for d in diffs)


def _load(text: str) -> dict:
    from cxkit.yamlio import load_bytes

    data = load_bytes(text.encode()).data
    assert isinstance(data, dict)
    return data


# --- 3. a copy of a duplicated id renamed -----------------------------------------------------


def test_a_copy_of_a_duplicated_id_renamed_and_edited_shows_its_edit(moved):
    moved.write("research/personas/k2.yaml", KAMIL)
    moved.commit("Kopia")
    moved.write("research/personas/k2.yaml", KAMIL.replace("name: Kamil\n", "name: Kamil R.\n"))
    moved.git("mv", "research/personas/k2.yaml", "research/personas/k3.yaml")
    assert summary(changes_of("HEAD")[1]) == [
        ("kamil", "moved", "", "research/personas/k2.yaml", "research/personas/k3.yaml"),
        ("kamil", "changed", "name", "Kamil", "Kamil R."),
    ]


def test_copies_of_one_id_pair_by_file_first_then_by_similarity():
    kamil = _load(KAMIL)
    edited = dict(kamil, reasons=["Kupuje tylko na Black Friday w Media Markt", "Nie czyta opinii"])
    old = [Doc("k1.yaml", kamil), Doc("k2.yaml", edited)]
    # k1 is still k1, though its content is now k2's; k2 was renamed to k3 and has k1's content.
    new = [Doc("k3.yaml", dict(kamil)), Doc("k1.yaml", dict(edited))]
    pairs = sorted((d.old.file, d.new.file) for d in compare_workspaces(old, new))
    assert pairs == [("k1.yaml", "k1.yaml"), ("k2.yaml", "k3.yaml")]


def test_a_copy_of_the_same_id_is_preferred_to_a_more_alike_document_of_another_id():
    kamil = _load(KAMIL)
    old = [Doc("k2.yaml", kamil), Doc("x.yaml", dict(kamil, id="kamil-x", name="Kamil X"))]
    new = [Doc("k3.yaml", dict(kamil, name="Kamil R.")), Doc("y.yaml", dict(kamil, id="kamil-y"))]
    # y.yaml is closer to k2.yaml than k3.yaml is, but k3 keeps k2's id.
    pairs = sorted((d.old.file if d.old else None, d.new.file if d.new else None) for d in compare_workspaces(
        [Doc("k.yaml", kamil), *old], [Doc("k.yaml", kamil), *new]))
    assert ("k2.yaml", "k3.yaml") in pairs


def test_review_matches_the_findings_of_a_document_renamed_and_edited(renamed):
    # A goal added above the vague one and the file renamed with its id: the finding on the old
    # goal is the same finding (paired through the diff's item pairing), the new goal's is new.
    renamed.write("research/personas/ola-nowak.yaml", OLA.replace("id: ola\n", "id: ola-nowak\n").replace(
        "goals:\n", "goals:\n  - Kupiła buty Asics za 600 zł\n"))
    report = review_json("HEAD")
    assert report["introduced"] == [] and report["fixed"] == []
    assert [(c["document"], c["op"], c["path"]) for c in report["changes"]] == [
        ("ola-nowak", "moved", ""), ("ola-nowak", "changed", "id"), ("ola-nowak", "added", "goals[0]"),
    ]


def test_review_of_a_duplicated_id_whose_copy_was_renamed_keeps_its_findings(moved):
    moved.write("research/personas/k2.yaml", KAMIL)
    moved.commit("Kopia")
    before = review_json("HEAD")
    moved.write("research/personas/k2.yaml", KAMIL.replace("name: Kamil\n", "name: Kamil R.\n"))
    moved.git("mv", "research/personas/k2.yaml", "research/personas/k3.yaml")
    report = review_json("HEAD")
    assert report["findings_before"] == before["findings_after"] == report["findings_after"]
    assert report["introduced"] == [] and report["fixed"] == []


def test_review_of_paths_narrowed_suppresses_the_findings_left_out_not_fixes_them(tmp_path, monkeypatch):
    r = Repo(tmp_path / "waskie")
    r.write("cxkit.toml", 'paths = ["personas", "drafts"]\n')
    r.write("personas/kamil.yaml", KAMIL)
    r.write("drafts/ola.yaml", OLA)
    r.commit("Szkice też")
    r.write("cxkit.toml", 'paths = ["personas"]\n')
    monkeypatch.chdir(r.root)
    report = review_json("HEAD")
    # The vague goal is still in drafts/ola.yaml; the branch's `paths` only stopped looking at it.
    assert report["fixed"] == [] and report["introduced"] == []
    assert [(s["path"], s["rule"], s["suppressed_by"], s["reported_in_base"]) for s in report["suppressed"]] == [
        ("drafts/ola.yaml", "pseudo-profiling", {"by": "config", "key": "paths", "file": "cxkit.toml"}, True),
    ]
    # Not deleted: it left the workspace (the file is still there, outside the new `paths`).
    assert [(c["document"], c["op"]) for c in report["changes"]] == [("ola", "left")]
    assert report["failed"] is False


# --- 4. unfilled drafts are not alike ------------------------------------------------------------


def _draft(tmp_path, kind: str, name: str, lang: str, ident: str) -> dict:
    """What `cxkit new KIND NAME` writes, with no answers given."""
    folder = tmp_path / f"{lang}-{kind}-{ident}"
    extra = ["--persona", "ola"] if kind == "journey" else []
    result = run_cli("new", kind, name, "--id", ident, "--lang", lang, "--no-input", "--dir", str(folder), *extra)
    assert result.exit_code == 0, result.stderr
    [path] = folder.iterdir()
    return _load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["en", "pl"])
@pytest.mark.parametrize("kind", ["persona", "negative-persona", "journey"])
def test_two_unfilled_drafts_of_one_template_are_not_one_document(tmp_path, kind, lang):
    # They share every TODO, every `sources: [interviews]`, the stage names: all the template's.
    ola = _draft(tmp_path, kind, "Ola Nowak", lang, "ola-nowak")
    ewa = _draft(tmp_path, kind, "Ewa Zielińska", lang, "ewa-zielinska")
    assert document_similarity(ola, ewa) < RENAMED_DOCUMENT
    diffs = compare_workspaces([Doc("ola-nowak.yaml", ola)], [Doc("ewa-zielinska.yaml", ewa)])
    assert sorted(d.status for d in diffs) == ["added", "removed"]


def test_an_unfilled_draft_renamed_with_its_name_kept_is_one_document(tmp_path):
    ola = _draft(tmp_path, "persona", "Ola Nowak", "en", "ola")
    [diff] = compare_workspaces([Doc("ola.yaml", ola)], [Doc("ola-nowak.yaml", dict(ola, id="ola-nowak"))])
    assert [(c.op, c.path) for c in diff.changes] == [("moved", ""), ("changed", "id")]


def test_a_document_renamed_while_its_last_placeholders_are_filled_is_one_document():
    # A real persona with its quote and one goal still TODO, renamed in the commit that fills them.
    from pathlib import Path

    dan = _load((Path(__file__).resolve().parent.parent / "examples/en/personas/dan-heating-firm-owner.yaml").read_text("utf-8"))
    goal = {"text": "TODO: a goal in their words, with a measure where you have one", "sources": ["owner-interviews"]}
    old = dict(dan, quote="TODO: a sentence from an interview, in their own words", goals=[*dan["goals"], goal])
    filled = dict(goal, text="Send every invoice within a day of the job, from the van")
    new = dict(dan, id="dan-kowalski", goals=[*dan["goals"], filled])
    [diff] = compare_workspaces([Doc("dan.yaml", old)], [Doc("dan-kowalski.yaml", new)])
    assert [(c.op, c.path) for c in diff.changes][:2] == [("moved", ""), ("changed", "id")]
    assert {c.path for c in diff.changes[2:]} >= {"quote"}


def test_a_removed_draft_and_a_new_one_review_as_removed_and_added(tmp_path, monkeypatch):
    # The reviewer's repro: the new draft's warnings are introduced, not hidden as a rename's.
    r = Repo(tmp_path / "szkice")
    r.write("cxkit.toml", 'paths = ["personas"]\nlang = "en"\n')
    monkeypatch.chdir(r.root)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    assert run_cli("new", "persona", "Ola Nowak", "--no-input").exit_code == 0
    r.commit("Szkic Oli")
    r.git("rm", "-q", "personas/ola-nowak.yaml")
    assert run_cli("new", "persona", "Ewa Zielinska", "--no-input").exit_code == 0
    code, changes = changes_of("HEAD")
    assert (code, [(c["document"], c["op"]) for c in changes]) == (1, [("ewa-zielinska", "added"), ("ola-nowak", "removed")])
    report = review_json("HEAD")
    # All the new draft's findings but the workspace's `missing-negative-persona`, which BASE had too.
    drafted = sorted((f["rule"], f["line"]) for f in run_cli("lint", "--no-cache", "-f", "json").findings
                     if f["path"] == "personas/ewa-zielinska.yaml" and f["rule"] != "missing-negative-persona")
    introduced = [f for f in report["introduced"] if f["path"] == "personas/ewa-zielinska.yaml"]
    assert len(drafted) > 10 and sorted((f["rule"], f["line"]) for f in introduced) == drafted
    assert {f["document"] for f in introduced} == {"ewa-zielinska"}
    assert report["failed"] is True
