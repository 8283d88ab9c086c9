"""A warm `cxkit lint` with a baseline costs about what one without does (session 33).

Matching findings with the baseline needs each finding's place in its document (a list item by its id,
else its text): it was read again from the file on every run, importing the YAML parser, the review
code and pydantic, so a warm run with a baseline cost about 4 times one without.  The places are now
kept with the cached run: a warm run reads no document and imports none of that, and shows the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import enter_workspace, run_cli

OLA = """\
kind: persona
id: ola-stara
name: Ola Nowak
lang: pl
summary: Klientka, która co roku w marcu odnawia polisę OC samochodu przez aplikację ubezpieczyciela.
goals:
  - Ceni jakość
  - Lubi podróżować
pain_points:
  - Formularz w aplikacji gubi dane pojazdu po powrocie z ekranu płatności
reviewed: 2023-10-05
"""

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
    (tmp_path / "ws").mkdir()
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # files just written count as settled: the run is kept
    root = enter_workspace(tmp_path / "ws", monkeypatch, config='lang = "pl"\nbaseline = "b.json"\n',
                           today="2026-12-01", files={"personas/ola.yaml": OLA})
    assert run_cli("lint", "--write-baseline").exit_code == 0
    text = OLA.replace("goals:\n", "goals:\n  - Dba o zdrowie\n")
    (root / "personas" / "ola.yaml").write_text(text, encoding="utf-8")
    return root


def _probe(root: Path, *args: str) -> tuple[str, int, list[str]]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CXKIT_DEBUG")}
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=root, capture_output=True, text=True,
                          env=env, timeout=60)
    code, heavy = json.loads(proc.stderr.rsplit("\n", 1)[-1])
    return proc.stdout, code, heavy


def test_a_warm_run_with_a_baseline_reads_no_document(tmp_path, monkeypatch):
    """Fails before: the warm run imported ruamel.yaml, pydantic and cxkit.diff.review to place the findings."""
    root = _adopted(tmp_path, monkeypatch)
    cold = run_cli("lint")  # the run after the edit: it lints, and keeps the places with its cached run
    assert cold.exit_code == 1
    assert "personas/ola.yaml:7:5: warning CX101 „Dba o zdrowie” opisuje niemal każdego" in cold.stdout
    assert "5 findings in the baseline not shown" in cold.stdout
    stdout, code, heavy = _probe(root)
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
    assert runs[0].stderr == runs[2].stderr and "1 finding recorded in b.json (baseline in cxkit.toml:2:1) is no longer found" in runs[2].stderr
    written = []
    for extra in ([], ["--no-cache"]):
        (root / "b.json").write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
        assert run_cli("lint", "--write-baseline", *extra).exit_code == 0
        written.append((root / "b.json").read_text(encoding="utf-8"))
    assert written[0] == written[1]
    assert written[0].count('"place": "goals[\\"Ceni jakość\\"]"') == 1
