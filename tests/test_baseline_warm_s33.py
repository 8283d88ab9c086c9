"""A warm `cxkit lint` with a baseline costs about what one without does (session 33).

Matching findings with the baseline needs each finding's place in its document (a list item by its id,
else its text): it was read again from the file on every run, importing the YAML parser, the review
code and pydantic, so a warm run with a baseline cost about 4 times one without.  The places are now
kept with the cached run: a warm run reads no document and imports none of that, and shows the same.
"""

from __future__ import annotations

import json
from pathlib import Path

from baseline_helpers import LEGACY_OLA_TRAVELS, adopted, probe
from conftest import run_cli

#: A warm run in a process of its own: its report, then (on stderr's last line) the heavy modules it imported.
PROBE = """
import json, sys
from cxkit.cli import main
sys.argv = ["cxkit", "lint", *sys.argv[1:]]
try:
    main()
except SystemExit as exc:
    code = exc.code
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("pydantic", "ruamel") or m.startswith("cxkit.diff.review"))
sys.stdout.flush()
sys.stderr.write("\\n" + json.dumps([code, heavy]))
"""


def _adopted(tmp_path, monkeypatch) -> Path:
    """A workspace whose baseline records Ola's five findings; then a goal is added above them (one new
    finding, every line below it shifted)."""
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # files just written count as settled: the run is kept
    root = adopted(tmp_path / "ws", monkeypatch, "b.json", {"personas/ola.yaml": LEGACY_OLA_TRAVELS})
    text = LEGACY_OLA_TRAVELS.replace("goals:\n", "goals:\n  - Dba o zdrowie\n")
    (root / "personas" / "ola.yaml").write_text(text, encoding="utf-8")
    return root


def test_a_warm_run_with_a_baseline_reads_no_document(tmp_path, monkeypatch):
    """Fails before: the warm run imported ruamel.yaml, pydantic and cxkit.diff.review to place the findings."""
    root = _adopted(tmp_path, monkeypatch)
    cold = run_cli("lint")  # the run after the edit: it lints, and keeps the places with its cached run
    assert cold.exit_code == 1
    assert "personas/ola.yaml:7:5: warning CX101 „Dba o zdrowie” opisuje niemal każdego" in cold.stdout
    assert "Nie pokazano 5 zgłoszeń zapisanych w pliku bazowym" in cold.stdout
    stdout, code, heavy = probe(root, PROBE)
    assert (stdout, code) == (cold.stdout, 1)
    assert heavy == []


def test_the_kept_places_match_as_the_files_do(tmp_path, monkeypatch):
    """Guard: a warm run's answers (new findings, stale entries, the file --write-baseline writes) are
    those of a run that reads the files (--no-cache)."""
    root = _adopted(tmp_path, monkeypatch)
    entries = json.loads((root / "b.json").read_text(encoding="utf-8"))
    entries["findings"] = [e for e in entries["findings"] if "Lubi" not in e["place"]]
    entries["findings"].append({**entries["findings"][0], "rule": "trait-overlap"})
    (root / "b.json").write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    runs = [run_cli("lint", *extra) for extra in (["--no-cache"], [], [], ["-f", "json"], ["-f", "json", "--no-cache"])]
    assert [r.exit_code for r in runs] == [1] * 5
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    assert runs[3].stdout == runs[4].stdout
    assert [f["data_path"] for f in json.loads(runs[3].stdout)] == ["name", "goals[0]", "goals[2]"]
    assert runs[0].stderr == runs[2].stderr and "1 zgłoszenie zapisane w b.json (`baseline` w cxkit.toml:2:1) już nie występuje" in runs[2].stderr
    written = []
    for extra in ([], ["--no-cache"]):
        (root / "b.json").write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
        assert run_cli("lint", "--write-baseline", *extra).exit_code == 0
        written.append((root / "b.json").read_text(encoding="utf-8"))
    assert written[0] == written[1]
    assert written[0].count('"place": "goals[\\"Ceni jakość\\"]"') == 1
