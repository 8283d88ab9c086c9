"""`cxkit lint --write-baseline` / `--baseline`: a run on old content fails only on new findings (session 32).

A team adopting cxkit on a legacy corpus had no way to record today's findings, so a push to main or
a nightly run failed on hundreds of them. The baseline keys each finding by its file, rule, place in
the document (`stages[decision].emotion`, an item by its id or text) and what its message quotes, with
a count, so line shifts and unrelated edits keep it; entries no finding matches any more are reported.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "en"

#: A persona imported from a wiki: method findings, no schema error.
OLA = """\
kind: persona
id: ola-stara
name: Ola Nowak
lang: pl
summary: Klientka, która co roku w marcu odnawia polisę OC samochodu przez aplikację ubezpieczyciela.
goals:
  - Ceni jakość
  - Ceni jakość
pain_points:
  - Formularz w aplikacji gubi dane pojazdu po powrocie z ekranu płatności
reviewed: 2023-10-05
"""


@pytest.fixture
def legacy(tmp_path, monkeypatch):
    """An English workspace (the examples, clean) with one legacy Polish persona (4 warnings)."""
    root = tmp_path / "ws"
    shutil.copytree(EXAMPLES, root)
    enter_workspace(root, monkeypatch, config='lang = "en"\n', today="2026-12-01",
                    files={"personas/stara-ola.yaml": OLA})
    return root


def persona() -> Path:
    return Path("personas/stara-ola.yaml")


def edit(old: str, new: str, path: Path | None = None) -> None:
    path = path or persona()
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def age_rosa() -> None:
    """A new problem in a clean English persona: its review is two years old (one stale-review)."""
    edit("reviewed: 2026-11-05", "reviewed: 2024-11-05", Path("personas/rosa-occasional-freelancer.yaml"))


def baseline() -> dict:
    return json.loads(Path(".cxkit-baseline.json").read_text(encoding="utf-8"))


def test_round_trip_write_lint_new_problem_fixed_problem(legacy):
    """Fails before: --write-baseline and --baseline were unknown options (exit 2)."""
    wrote = run_cli("lint", "--write-baseline")
    assert wrote.exit_code == 0, wrote.stderr
    assert wrote.stdout == ""
    assert "recorded 4 findings in .cxkit-baseline.json (3 entries)" in wrote.stderr
    entries = baseline()["findings"]
    assert {"path": "personas/stara-ola.yaml", "rule": "pseudo-profiling", "place": 'goals["Ceni jakość"]',
            "subject": '"Ceni jakość" "kupiła ekspres za 1800 zł po zwrocie tańszego"', "document": "ola-stara",
            "count": 2} in entries
    assert [e["rule"] for e in entries] == sorted(e["rule"] for e in entries)

    clean = run_cli("lint", "--baseline", ".cxkit-baseline.json")
    assert clean.exit_code == 0, clean.stdout
    assert clean.stdout.endswith("4 findings in the baseline not shown (`--no-baseline` shows them)\n")
    assert clean.stderr == ""

    # Lines shift, a concrete goal comes first: nothing new.
    persona().write_text("# Zaimportowane z Confluence, 2023\n\n" + persona().read_text(encoding="utf-8"), encoding="utf-8")
    edit("goals:\n", "goals:\n  - Odnowić OC w aplikacji w 5 minut, bez telefonu do agenta w Gdyni\n"
                    "  - Płacić za polisę BLIK-iem w dwóch ratach, w marcu i we wrześniu\n")
    assert run_cli("lint", "--baseline", ".cxkit-baseline.json").exit_code == 0

    # A third copy of the vague goal: the count says one is new, and only it is shown.
    edit("pain_points:\n", "  - Ceni jakość\npain_points:\n")
    new = run_cli("lint", "--baseline", ".cxkit-baseline.json", "-f", "json")
    assert new.exit_code == 1
    assert [(f["rule"], f["path"]) for f in new.findings] == [("pseudo-profiling", "personas/stara-ola.yaml")]

    # Two of the three fixed and the review done: no finding, and the fixed ones are named as gone.
    edit("  - Ceni jakość\n  - Ceni jakość\n", "")
    edit("reviewed: 2023-10-05", "reviewed: 2026-11-20")
    fixed = run_cli("lint", "--baseline", ".cxkit-baseline.json")
    assert fixed.exit_code == 0, fixed.stdout
    assert fixed.stderr == ("cxkit: note: 2 findings recorded in .cxkit-baseline.json are no longer found (fixed, "
                            "or the file renamed); shrink the baseline with `cxkit lint --write-baseline`\n")

    # Writing it again with the baseline in use only shrinks it.
    shrunk = run_cli("lint", "--baseline", ".cxkit-baseline.json", "--write-baseline")
    assert shrunk.exit_code == 0
    assert "recorded 2 findings" in shrunk.stderr and "dropped 2 recorded findings no longer found" in shrunk.stderr
    counts = {e["rule"]: e["count"] for e in baseline()["findings"]}
    assert counts == {"missing-sources": 1, "pseudo-profiling": 1}
    again = run_cli("lint", "--baseline", ".cxkit-baseline.json")
    assert again.exit_code == 0 and again.stderr == ""


def test_writing_with_a_baseline_never_adds_a_new_finding(legacy):
    """Fails before (unknown option). A new finding stays new until it is recorded on purpose."""
    assert run_cli("lint", "--write-baseline").exit_code == 0
    age_rosa()
    before = run_cli("lint", "--baseline", ".cxkit-baseline.json", "-f", "json")
    assert before.exit_code == 1 and len(before.findings) == 1
    kept = run_cli("lint", "--baseline", ".cxkit-baseline.json", "--write-baseline")
    assert kept.exit_code == 0
    assert "1 new finding not recorded: fix it, or record every finding with " \
           "`cxkit lint --write-baseline --no-baseline`" in kept.stderr
    assert run_cli("lint", "--baseline", ".cxkit-baseline.json").exit_code == 1
    every = run_cli("lint", "--baseline", ".cxkit-baseline.json", "--write-baseline", "--no-baseline")
    assert every.exit_code == 0 and "recorded 5 findings" in every.stderr
    assert run_cli("lint", "--baseline", ".cxkit-baseline.json").exit_code == 0


def test_the_config_key_is_read_from_the_configs_folder(legacy, monkeypatch):
    """Fails before: `baseline` was an unknown key (exit 2)."""
    Path("cxkit.toml").write_text('lang = "en"\nbaseline = "ci/cxkit-baseline.json"\n', encoding="utf-8")
    Path("ci").mkdir()
    wrote = run_cli("lint", "--write-baseline")
    assert wrote.exit_code == 0, wrote.stderr
    assert "in ci/cxkit-baseline.json" in wrote.stderr and "lint with it" not in wrote.stderr
    paths = {e["path"] for e in json.loads(Path("ci/cxkit-baseline.json").read_text(encoding="utf-8"))["findings"]}
    assert paths == {"personas/stara-ola.yaml"}
    assert run_cli("lint").exit_code == 0
    monkeypatch.chdir("personas")  # the same entries from a subfolder
    assert run_cli("lint", "stara-ola.yaml").exit_code == 0
    shown = run_cli("lint", "--no-baseline", "stara-ola.yaml")
    assert shown.exit_code == 1 and "Found 4 problems" in shown.stdout


@pytest.mark.parametrize("value, told", [
    ("3", "cxkit.toml:2:1: bad value for 'baseline': it takes a file name in quotes, not the number 3"),
    ('""', "cxkit.toml:2:1: bad value for 'baseline': it takes a file name in quotes, not ''"),
    ('"personas/ola.yaml"', "cxkit.toml:2:1: bad value for 'baseline': 'personas/ola.yaml' is a YAML or TOML file"),
])
def test_a_bad_config_value_is_located(legacy, value, told):
    Path("cxkit.toml").write_text(f'lang = "en"\nbaseline = {value}\n', encoding="utf-8")
    result = run_cli("lint")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"cxkit: {told}"), result.stderr


def test_a_missing_or_broken_baseline_is_exit_2(legacy):
    Path("cxkit.toml").write_text('lang = "en"\nbaseline = "brak.json"\n', encoding="utf-8")
    missing = run_cli("lint")
    assert missing.exit_code == 2
    assert missing.stderr == ("cxkit: brak.json (baseline in cxkit.toml:2:1): no such baseline file; write it with "
                              "`cxkit lint --write-baseline`\n")
    Path("brak.json").write_text('{"format": "cxkit-baseline", "version": 1,\n  "findings": [}\n', encoding="utf-8")
    broken = run_cli("lint", "--baseline", "brak.json")
    assert broken.exit_code == 2
    assert broken.stderr.startswith("cxkit: brak.json:2:16: not a cxkit baseline: ")
    assert run_cli("lint", "--baseline", "brak.json", "--no-baseline").exit_code == 2  # one or the other


def test_sarif_marks_each_result_new_or_unchanged_and_keeps_its_fingerprint(legacy):
    """Fails before (unknown option). JSON shows the new finding alone; SARIF every one, with its state."""
    assert run_cli("lint", "--write-baseline").exit_code == 0
    age_rosa()
    plain = json.loads(run_cli("lint", "-f", "sarif").stdout)["runs"][0]["results"]
    result = run_cli("lint", "--baseline", ".cxkit-baseline.json", "-f", "sarif")
    assert result.exit_code == 1
    results = json.loads(result.stdout)["runs"][0]["results"]
    assert [r["baselineState"] for r in results].count("new") == 1
    assert [r["baselineState"] for r in results].count("unchanged") == 4
    assert [r["partialFingerprints"] for r in results] == [r["partialFingerprints"] for r in plain]
    assert all("baselineState" not in r for r in plain)
    for fmt in ("gitlab", "json"):
        assert len(json.loads(run_cli("lint", "--baseline", ".cxkit-baseline.json", "-f", fmt).stdout)) == 1


def test_a_warm_run_reads_the_changed_baseline(legacy):
    """The lint cache keeps findings, never a baseline's answer: a baseline edited between two
    cached runs is what the second run filters by."""
    assert run_cli("lint").exit_code == 1  # fills the cache
    assert run_cli("lint", "--write-baseline").exit_code == 0
    assert run_cli("lint", "--baseline", ".cxkit-baseline.json").exit_code == 0
    data = baseline()
    data["findings"] = [e for e in data["findings"] if e["rule"] != "stale-review"]
    Path(".cxkit-baseline.json").write_text(json.dumps(data), encoding="utf-8")
    warm = run_cli("lint", "--baseline", ".cxkit-baseline.json", "-f", "json")
    assert warm.exit_code == 1
    assert [f["rule"] for f in warm.findings] == ["stale-review"]


def test_a_document_moved_with_its_id_keeps_its_entries(legacy):
    """A folder move (`git mv personas/wiki personas/arkusze`) is no new debt while ids stay."""
    assert run_cli("lint", "--write-baseline").exit_code == 0
    Path("personas/arkusze").mkdir()
    persona().rename("personas/arkusze/ola.yaml")
    moved = run_cli("lint", "--baseline", ".cxkit-baseline.json")
    assert moved.exit_code == 0, moved.stdout
    # No finding lost, but the entries hold on by the id alone until written again (session 33).
    assert "no longer found" not in moved.stderr
    assert "name files that no longer exist and matched by document id only" in moved.stderr


def test_statistics_count_what_the_baseline_holds_by_rule(legacy):
    """Fails before (unknown option). The debt stays visible in the table's run too."""
    assert run_cli("lint", "--write-baseline").exit_code == 0
    age_rosa()
    result = run_cli("lint", "--baseline", ".cxkit-baseline.json", "--statistics")
    assert result.exit_code == 1
    assert "CX303  warning  stale-review" in result.stdout
    assert result.stdout.endswith("4 findings in the baseline not shown (`--no-baseline` shows them): "
                                  "2 pseudo-profiling, 1 missing-sources, 1 stale-review\n")
