"""similar-personas (CX103) fingerprints do not change when an unrelated persona is added (tester44 M2).

A CX103 finding lands on the later of two personas and names the earlier one it is most like.  Its GitLab and
SARIF fingerprints were made of both ids, so a copy of a persona saved under a name that sorts first
(`personas/aaa-kopia.yaml`) became "the earlier one" of every finding and changed all their fingerprints: the
merge request widget showed each as fixed and new.  They are now made of the finding's own document's id.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
AGNIESZKA = "personas/agnieszka-studio-podcastow.yaml"


@pytest.fixture
def sales(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The Polish examples with a second Agnieszka (another id, the same goals): one CX103 finding, on
    agnieszka-studio-podcastow.yaml, naming agnieszka-druga."""
    shutil.copytree(EXAMPLES / "pl", tmp_path, dirs_exist_ok=True)
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-07")
    _copy("personas/agnieszka-druga.yaml", "agnieszka-druga")
    return tmp_path


def _copy(path: str, ident: str) -> None:
    text = Path(AGNIESZKA).read_text(encoding="utf-8")
    Path(path).write_text(text.replace("id: agnieszka-studio-podcastow", f"id: {ident}"), encoding="utf-8")


def _gitlab() -> dict[tuple[str, str], str]:
    """The gitlab report's CX103 fingerprints by (file, the persona it names)."""
    result = run_cli("lint", "--no-cache", "-f", "gitlab")
    assert result.exit_code == 0, result.stdout
    return {(row["location"]["path"], row["description"].split("„")[2].split("”")[0]): row["fingerprint"]
            for row in json.loads(result.stdout) if row["check_name"] == "CX103"}


def test_a_persona_added_that_sorts_first_changes_no_fingerprint_s40(sales):
    """Fails before: the finding on agnieszka-studio-podcastow.yaml names aaa-kopia now, and its fingerprint changed."""
    before = _gitlab()
    assert list(before) == [(AGNIESZKA, "agnieszka-druga")]
    _copy("personas/aaa-kopia.yaml", "aaa-kopia")
    after = _gitlab()
    assert set(after) == {(AGNIESZKA, "aaa-kopia"), ("personas/agnieszka-druga.yaml", "aaa-kopia")}
    assert after[(AGNIESZKA, "aaa-kopia")] == before[(AGNIESZKA, "agnieszka-druga")]
    assert after[("personas/agnieszka-druga.yaml", "aaa-kopia")] not in before.values()  # the one new finding


def test_sarif_keeps_the_same_partial_fingerprint_s40(sales):
    def prints() -> dict[str, str]:
        log = json.loads(run_cli("lint", "--no-cache", "-f", "sarif").stdout)
        return {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: next(iter(r["partialFingerprints"].values()))
                for r in log["runs"][0]["results"] if r["ruleId"] == "CX103"}

    before = prints()
    _copy("personas/aaa-kopia.yaml", "aaa-kopia")
    after = prints()
    assert after[AGNIESZKA] == before[AGNIESZKA] and len(after) == 2


def test_each_persona_of_a_pair_keeps_a_fingerprint_of_its_own_s40(sales):
    """Two findings in one file are not alike because they name another persona: each is its own document's."""
    _copy("personas/aaa-kopia.yaml", "aaa-kopia")
    prints = _gitlab()
    assert len(set(prints.values())) == 2


def test_a_baseline_written_before_still_hides_the_findings_s40(sales):
    """A baseline written by cxkit before session 40 (its entry quotes both ids, as it still does) hides the
    finding after a persona that sorts first is added; the new persona's own finding is the one shown."""
    Path(".cxkit-baseline.json").write_text(
        '{\n  "format": "cxkit-baseline/1",\n  "findings": [\n'
        '    {"path": "personas/agnieszka-studio-podcastow.yaml", "rule": "similar-personas", "place": "id", '
        '"subject": "\'agnieszka-studio-podcastow\' \'agnieszka-druga\'", "document": "agnieszka-studio-podcastow", '
        '"count": 1}\n  ]\n}\n', encoding="utf-8")
    assert run_cli("lint", "--no-cache", "--baseline", ".cxkit-baseline.json").exit_code == 0
    _copy("personas/aaa-kopia.yaml", "aaa-kopia")
    result = run_cli("lint", "--no-cache", "--baseline", ".cxkit-baseline.json", "--fail-level", "info")
    assert result.exit_code == 1
    assert result.stdout.startswith("personas/agnieszka-druga.yaml:6:5: info CX103 persona „agnieszka-druga”")
    assert "Nie pokazano 1 zgłoszenia zapisanego w pliku bazowym" in result.stdout
    assert result.stderr == ""
