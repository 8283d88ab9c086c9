"""`cxkit diff` on folders, its output formats and its exit codes."""

from __future__ import annotations

import json
import os
import re

import pytest

from conftest import JOURNEY_EN, JOURNEY_PL, NEGATIVE_PL, PERSONA_EN, PERSONA_PL, run_cli

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def two_folders(write, tmp_path, monkeypatch):
    """`old/` and `new/`: a renamed persona, an edited journey, one document added and one removed."""
    write("old/personas/tomek.yaml", PERSONA_PL)
    write("old/personas/janusz.yaml", NEGATIVE_PL)
    write("old/journeys/tomek-kupuje.yaml", JOURNEY_PL)
    write("old/README.md", "# Persony sklepu\n")
    write("new/personas/tomek-audiofil.yaml", PERSONA_PL.replace("  age: 34\n", "  age: 35\n"))
    write(
        "new/journeys/tomek-kupuje.yaml",
        JOURNEY_PL.replace("    emotion: -1\n", "    emotion: 1\n").replace(
            "    thinking: Czy to różnica warta 1000 zł?\n",
            "    thinking: Czy ta różnica jest warta dopłaty 1000 zł do tańszego modelu?\n",
        ),
    )
    write("new/personas/maya.yaml", PERSONA_EN)
    write("new/mkdocs.yml", "site_name: Persony\nnav:\n  - index.md\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_json(*args: str):
    result = run_cli("diff", *args, "--format", "json")
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result, json.loads(result.stdout) if result.stdout.strip() else None


# --- folders ------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["", ",", " "])
def test_an_empty_exclude_is_a_usage_error_not_a_diff_of_everything(two_folders, value):
    # `-x "$UNSET"` in a script would otherwise report every change it meant to leave out.
    result = run_cli("diff", "old", "new", "-x", value)
    assert result.exit_code == 2 and result.stdout == ""
    assert "--exclude is empty; give one or more keys or path globs" in result.stderr
    assert run_cli("diff", "old", "new", "-x", "reviewed,,x-*").exit_code == 1  # an empty item between is fine


def test_folders_match_documents_by_id_so_a_renamed_file_is_a_move(two_folders):
    result, changes = run_json("old", "new")
    assert result.exit_code == 1
    tomek = [c for c in changes if c["document"] == "tomek-audiofil"]
    assert [(c["op"], c["path"]) for c in tomek] == [("moved", ""), ("changed", "demographics.age")]
    assert tomek[0]["old"] == "personas/tomek.yaml" and tomek[0]["new"] == "personas/tomek-audiofil.yaml"
    assert tomek[0]["old_file"] == "personas/tomek.yaml" and tomek[0]["new_file"] == "personas/tomek-audiofil.yaml"
    assert all(c["file"] == "personas/tomek-audiofil.yaml" for c in tomek)


def test_folders_report_added_and_removed_documents_whole(two_folders):
    _result, changes = run_json("old", "new")
    added = [c for c in changes if c["op"] == "added" and c["path"] == ""]
    removed = [c for c in changes if c["op"] == "removed" and c["path"] == ""]
    assert [(c["document"], c["file"]) for c in added] == [("maya-runner", "personas/maya.yaml")]
    assert added[0]["new"]["name"] == "Maya Patel" and added[0]["old"] is None
    assert [(c["document"], c["file"]) for c in removed] == [("janusz-okazja", "personas/janusz.yaml")]
    assert removed[0]["old"]["kind"] == "negative-persona" and removed[0]["new"] is None


def test_folders_skip_files_that_are_not_cxkit_documents(two_folders):
    _result, changes = run_json("old", "new")
    assert not any("mkdocs" in c["file"] or "README" in c["file"] for c in changes)


def test_json_changes_carry_document_file_and_path(two_folders):
    _result, changes = run_json("old", "new")
    journey = [c for c in changes if c["document"] == "tomek-kupuje-sluchawki"]
    assert journey == [
        {
            "op": "changed", "document": "tomek-kupuje-sluchawki", "file": "journeys/tomek-kupuje.yaml",
            "path": "stages[swiadomosc].thinking",
            "old": "Czy to różnica warta 1000 zł?",
            "new": "Czy ta różnica jest warta dopłaty 1000 zł do tańszego modelu?", "kind": "journey",
        },
        {
            "op": "changed", "document": "tomek-kupuje-sluchawki", "file": "journeys/tomek-kupuje.yaml",
            "path": "stages[rozwazanie].emotion", "old": -1, "new": 1, "kind": "journey",
        },
    ]
    for change in changes:
        assert {"op", "path", "old", "new", "document", "file"} <= change.keys()
        assert change["op"] in ("added", "removed", "changed", "moved")


def test_identical_folders_exit_0(write, tmp_path, monkeypatch):
    for side in ("a", "b"):
        write(f"{side}/personas/maya.yaml", PERSONA_EN)
        write(f"{side}/journeys/maya.yaml", JOURNEY_EN)
    monkeypatch.chdir(tmp_path)
    result, changes = run_json("a", "b")
    assert (result.exit_code, changes) == (0, [])
    text = run_cli("diff", "a", "b")
    assert text.exit_code == 0 and "No semantic differences." in text.stdout


# --- text ---------------------------------------------------------------------------------------


def test_text_groups_changes_under_each_document_with_a_word_diff(two_folders):
    result = run_cli("diff", "old", "new")
    assert result.exit_code == 1
    out = result.stdout
    assert not ANSI.search(out), "no colour when stdout is not a terminal"
    lines = out.splitlines()
    header = lines.index("tomek-kupuje-sluchawki  journeys/tomek-kupuje.yaml")
    assert lines[header + 1] == (
        "  ~ 1. Świadomość (swiadomosc) › Myśli: Czy [-to-]{+ta+} różnica {+jest +}warta{+ dopłaty+} 1000 zł"
        "{+ do tańszego modelu+}?"
    )
    assert lines[header + 2] == "  ~ 2. Rozważanie (rozwazanie) › Emocje: -1 (źle) → +1 (dobrze)"
    assert "tomek-audiofil  personas/tomek.yaml → personas/tomek-audiofil.yaml (przeniesiony)" in lines
    assert "  ~ Demografia › Wiek: 34 → 35" in lines
    assert any(line.startswith("+ maya-runner  personas/maya.yaml  new persona \"Maya Patel\"") for line in lines)
    assert any(line.startswith("- janusz-okazja  personas/janusz.yaml  usunięta persona negatywna „") for line in lines)
    assert lines[-1] == "4 documents differ (1 changed, 1 renamed, 1 added, 1 removed); 3 changes inside documents."  # Polish and English: no `lang`, English


def test_text_shows_a_reorder_with_both_orders(tmp_path, write, monkeypatch):
    write("old.yaml", JOURNEY_EN)
    write("new.yaml", JOURNEY_EN.replace("  - id: awareness\n    name: Awareness\n    emotion: 0\n", "") + "  - id: awareness\n    name: Awareness\n    emotion: 0\n")
    monkeypatch.chdir(tmp_path)
    out = run_cli("diff", "old.yaml", "new.yaml").stdout.splitlines()
    i = out.index("  ↕ Stages: order changed (2. Awareness moved)")
    assert out[i + 1:i + 3] == ["      old: 1. Awareness, 2. Purchase", "      new: 1. Purchase, 2. Awareness"]


# --- markdown -----------------------------------------------------------------------------------


def test_markdown_has_a_heading_per_document_and_a_bullet_per_change(two_folders):
    result = run_cli("diff", "old", "new", "--format", "markdown")
    assert result.exit_code == 1
    md = result.stdout
    assert md.startswith("## cxkit diff: `old` → `new`\n")
    headings = [line for line in md.splitlines() if line.startswith("### ")]
    assert headings == [
        "### `tomek-kupuje-sluchawki` · `journeys/tomek-kupuje.yaml`",
        "### `janusz-okazja` · `personas/janusz.yaml` (usunięty)",
        "### `maya-runner` · `personas/maya.yaml` (added)",
        "### `tomek-audiofil` · `personas/tomek.yaml` → `personas/tomek-audiofil.yaml` (przeniesiony)",
    ]
    assert "- **zmieniono** 2. Rozważanie (`rozwazanie`) › Emocje: `-1` (źle) → `+1` (dobrze)" in md
    assert "- **zmieniono** Demografia › Wiek: `34` → `35`" in md
    assert "Czy (usunięto: „to”; dodano: „ta”) różnica (dodano: „jest”) warta" in md
    assert "New persona \"Maya Patel\"." in md


def test_markdown_escapes_text_and_shows_added_mappings_as_their_fields(tmp_path, write, monkeypatch):
    write("old.yaml", JOURNEY_EN)
    write(
        "new.yaml",
        JOURNEY_EN + "  - id: loyalty\n    name: Loyalty | repeat *buy*\n    emotion: 1\n",
    )
    monkeypatch.chdir(tmp_path)
    md = run_cli("diff", "old.yaml", "new.yaml", "-f", "markdown").stdout
    assert ("- **added** 3. Loyalty \\| repeat \\*buy\\* (`loyalty`):\n  - Name: Loyalty \\| repeat \\*buy\\*\n"
            "  - Emotion: +1 (positive)\n") in md


def test_markdown_keeps_dollars_emoji_codes_links_and_addresses_as_text(tmp_path, write, monkeypatch):
    write("old.yaml", PERSONA_EN)
    changed = PERSONA_EN.replace("name: Maya Patel", "name: 'Maya Patel, $5-$10 a month :tada: :white_check_mark: maya@example.com www.maya.dev'")
    write("new.yaml", changed)
    monkeypatch.chdir(tmp_path)
    md = run_cli("diff", "old.yaml", "new.yaml", "-f", "markdown").stdout
    [line] = [line for line in md.splitlines() if line.startswith("- **changed** Name:")]
    assert "\\$5-\\$10" in line and ":<!-- -->tada:" in line
    assert ":<!-- -->white\\_check\\_mark:" in line  # GitHub finds the code after "\\_" is resolved
    assert "maya@<!-- -->example.com" in line and "www\\.maya.dev" in line


# --- trouble ------------------------------------------------------------------------------------


def test_invalid_yaml_exits_2_with_a_located_message(tmp_path, write, monkeypatch):
    write("old.yaml", PERSONA_EN)
    write("new.yaml", "kind: persona\nid: maya-runner\n  name: Maya Patel\n")
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "old.yaml", "new.yaml")
    assert result.exception is None
    assert result.exit_code == 2
    assert result.stdout == ""
    assert re.match(r"new\.yaml:3:\d+: error CX001 invalid YAML: .* \[yaml-syntax\]$", result.stderr.strip())
    assert "Traceback" not in result.stderr


def test_invalid_document_in_a_folder_is_not_compared_and_exits_1(two_folders, write):
    # docs/diff.md: the other documents are compared; the broken file is listed as not compared.
    write("new/personas/broken.yaml", "kind: persona\nid: ola\nname: [Ola\n")
    result = run_cli("diff", "old", "new")
    assert result.exit_code == 1
    assert "Not compared: 1 file" in result.stdout
    assert result.stderr.startswith("new/personas/broken.yaml:")
    assert "[yaml-syntax]" in result.stderr


def test_schema_errors_do_not_stop_a_diff(tmp_path, write, monkeypatch):
    write("old.yaml", JOURNEY_EN)
    write("new.yaml", JOURNEY_EN.replace("    emotion: 2\n", "    emotion: 7\n    mood: great\n"))
    monkeypatch.chdir(tmp_path)
    result, changes = run_json("old.yaml", "new.yaml")
    assert result.exit_code == 1
    assert [(c["op"], c["path"]) for c in changes] == [("changed", "stages[purchase].emotion"), ("added", "stages[purchase].mood")]


def test_missing_file_exits_2(tmp_path, write, monkeypatch):
    write("old.yaml", PERSONA_EN)
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "old.yaml", "nowa.yaml")
    assert result.exit_code == 2
    assert "nowa.yaml: no such file or directory" in result.stderr


def test_a_file_and_a_folder_cannot_be_compared(tmp_path, write, monkeypatch):
    write("old.yaml", PERSONA_EN)
    write("new/maya.yaml", PERSONA_EN)
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "old.yaml", "new")
    assert result.exit_code == 2
    assert "cannot compare a file" in result.stderr


def test_no_arguments_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff")
    assert result.exit_code == 2
    # Outside git: what `cxkit diff` alone would compare there, and the form that works here (session 25).
    assert "compares the working tree with what is staged" in result.stderr
    assert "give two: OLD NEW" in result.stderr


def test_a_named_pipe_is_refused_instead_of_waiting_for_a_writer(tmp_path, write, monkeypatch):
    write("nowa.yaml", PERSONA_PL)
    os.mkfifo(tmp_path / "stara.yaml")
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "stara.yaml", "nowa.yaml")
    assert result.exception is None
    assert result.exit_code == 2
    assert "stara.yaml: cannot read: not a regular file" in result.stderr



def test_a_utf16_document_in_a_folder_is_reported_not_taken_for_a_removal(tmp_path, write, monkeypatch):
    write("old/personas/tomek.yaml", PERSONA_PL)
    write("new/personas/tomek.yaml", PERSONA_PL.encode("utf-16-le"))
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "old", "new")
    assert result.exception is None
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("new/personas/tomek.yaml:1:1: error CX001 the file looks like UTF-16")


def test_control_characters_in_ids_and_keys_are_shown_not_obeyed(tmp_path, write, monkeypatch):
    # A persona arrives in a pull request: an id or key holding ESC, a C1 CSI or U+202E must not
    # recolour, clear or reorder the reviewer's terminal (text, and git's pager in driver mode).
    old = (
        'kind: persona\nid: "ola\\e[2J\\u202e"\nname: "Ola\\nB"\n'
        '"klucz\\u009b31m": 1\nstages:\n  - id: "etap\\e]0;x\\a"\n    emotion: 1\n'
    )
    write("old.yaml", old)
    write("new.yaml", old.replace('m": 1', 'm": 2').replace("emotion: 1", "emotion: 2"))
    monkeypatch.chdir(tmp_path)
    control = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")
    for fmt in ("text", "markdown"):
        out = run_cli("diff", "old.yaml", "new.yaml", "-f", fmt).stdout
        assert not control.search(out), (fmt, out)
        assert "ola\\x1b[2J\\u202e" in out and "klucz\\x9b31m" in out and "etap\\x1b]0;x\\x07" in out
    # An added document's heading names it on one line.
    write("a/ola.yaml", old)
    (tmp_path / "b").mkdir()
    out = run_cli("diff", "b", "a").stdout
    assert not control.search(out) and 'new persona "Ola\\nB"' in out, out


@pytest.mark.parametrize(
    "extra, where",
    [
        ("  age: 35\n", "new.yaml:{line}:3: error CX001 duplicate key 'age'"),
        ("  ? [a, b]\n  : wartość\n", "new.yaml:{line}:5: error CX001 a mapping key must be a plain value"),
    ],
)
def test_a_key_the_loader_drops_is_trouble_not_a_silent_no_difference(tmp_path, write, monkeypatch, extra, where):
    # `age: 34` then `age: 35`: the file says two things, and whichever the diff kept, exit 0 and
    # "No semantic differences" would hide what the author changed.
    old = PERSONA_PL
    assert "  age: 34\n" in old
    new = old.replace("  age: 34\n", "  age: 34\n" + extra, 1)
    write("old.yaml", old)
    write("new.yaml", new)
    monkeypatch.chdir(tmp_path)
    result = run_cli("diff", "old.yaml", "new.yaml")
    assert result.exception is None
    assert result.exit_code == 2 and result.stdout == ""
    line = new.splitlines().index(extra.splitlines()[0]) + 1
    assert result.stderr.startswith(where.format(line=line)), result.stderr


def test_markdown_keeps_an_entity_written_in_a_document_as_text(tmp_path, write, monkeypatch):
    # "&amp;" or "&lt;b&gt;" typed in a persona must read so in the pull request, not as "&" and "<b>".
    write("old.yaml", PERSONA_EN)
    write("new.yaml", PERSONA_EN.replace("name: Maya Patel", "name: Maya Patel &amp; &lt;b&gt;team&lt;/b&gt; &#x1F600;"))
    monkeypatch.chdir(tmp_path)
    md = run_cli("diff", "old.yaml", "new.yaml", "-f", "markdown").stdout
    [line] = [line for line in md.splitlines() if line.startswith("- **changed** Name:")]
    assert "(added: “\\&amp; \\&lt;b\\&gt;team\\&lt;/b\\&gt; \\&\\#x1F600;”)" in line, line


def test_json_names_a_document_without_an_id_by_the_real_name_of_its_file(tmp_path, write, monkeypatch):
    # `file` was the real name ("\u001b" in JSON) but `document` the escaped display ("\\x1b"):
    # a tool grouping changes by document saw two names for one file.
    name = "personas/szkic\x1b.yaml"
    write(f"old/{name}", "kind: persona\nname: Szkic\n")
    write(f"new/{name}", "kind: persona\nname: Szkic Oli\n")
    monkeypatch.chdir(tmp_path)
    result, changes = run_json("old", "new")
    assert result.exit_code == 1
    assert [(c["document"], c["file"]) for c in changes] == [(name, name)]
    assert "szkic\\x1b.yaml" in run_cli("diff", "old", "new").stdout  # shown escaped
