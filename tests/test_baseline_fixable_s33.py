"""A warm `cxkit lint` with a baseline marks the findings `cxkit fmt --fix` fixes without running fmt (session 33).

With a baseline the report is made anew on every run (the baseline picks what is shown), so which findings
are fixable was worked out anew too: fmt's fix of each such file in memory, importing fmt, ruamel.yaml and
pydantic, on every warm run, about 2.5 times the CPU of the same run without a fixable finding.  The marks
are now kept with the cached run, as the findings' places are.
"""

from __future__ import annotations

import json
from pathlib import Path

from baseline_helpers import LEGACY_OLA, adopted, probe
from conftest import run_cli

#: A run in a process of its own: its report, then (on stderr's last line) the exit code and the heavy modules.
PROBE = """
import json, sys
from cxkit.cli import main
sys.argv = ["cxkit", "lint", *sys.argv[1:]]
try:
    main()
except SystemExit as exc:
    code = exc.code
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("pydantic", "ruamel")
               or m in ("cxkit.fmt", "cxkit.fixes", "cxkit.diff.review"))
sys.stdout.flush()
sys.stderr.write("\\n" + json.dumps([code, heavy]))
"""


def _adopted(tmp_path: Path, monkeypatch) -> Path:
    """A workspace whose baseline records Ola's findings; then a second persona arrives, with `cele:` and a
    date written by hand: two new findings `cxkit fmt --fix` fixes."""
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # files just written count as settled: the run is kept
    root = adopted(tmp_path / "ws", monkeypatch, "b.json")
    zofia = (LEGACY_OLA.replace("ola-stara", "zofia-nowa").replace("Ola Nowak", "Zofia Lis").replace("goals:", "cele:")
           .replace("2023-10-05", "5 października 2026"))
    (root / "personas" / "zofia.yaml").write_text(zofia, encoding="utf-8")
    return root


def test_a_warm_run_with_a_baseline_marks_fixable_findings_without_fmt(tmp_path, monkeypatch):
    """Fails before: the warm run imported cxkit.fmt, cxkit.fixes, ruamel.yaml and pydantic to mark them."""
    root = _adopted(tmp_path, monkeypatch)
    cold = run_cli("lint")  # the run after the edit: it lints, and keeps the marks with its cached run
    assert cold.exit_code == 1
    # The workspace is Polish: the schema's finding reads in Polish (session 36), and is still marked.
    assert "personas/zofia.yaml:6:1: error CX002 [*] nieznane pole `cele`; czy chodziło o `goals`?" in cold.stdout
    assert "[*] 2 z nich można poprawić poleceniem `cxkit fmt --fix`." in cold.stdout
    assert "zgłoszeń zapisanych w pliku bazowym (pokaże je `--no-baseline`)" in cold.stdout
    stdout, code, heavy = probe(root, PROBE)
    assert (stdout, code) == (cold.stdout, 1)
    assert heavy == []


def test_kept_marks_follow_the_files(tmp_path, monkeypatch):
    """Guard: the marks kept belong to the run of those files; after `cxkit fmt --fix`, nothing is marked,
    and the statistics count what the text marks."""
    root = _adopted(tmp_path, monkeypatch)
    assert run_cli("lint").exit_code == 1
    stats = json.loads(run_cli("lint", "--statistics", "-f", "json").stdout)
    assert sum(row["fixable"] for row in stats) == 2
    assert run_cli("fmt", "--fix", "personas/zofia.yaml").exit_code == 0
    again = run_cli("lint")
    assert "[*]" not in again.stdout
    assert "`cele`" not in again.stdout and "października" not in again.stdout
