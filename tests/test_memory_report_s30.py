"""Memory of `cxkit lint -f json|sarif` on many findings, session 30 (issue #7).

The report was made whole before it was written: every finding's JSON line, their join and a copy
of it with the visible escapes (json); every result's objects and the indented text of them all
(sarif).  With thousands of findings that text set the run's peak, on top of the findings.  Both
formats now write a few findings at a time, with the bytes the whole text had.

Measured with tracemalloc, in-process, on generated Polish findings; each bound sits between what the
code measures now and what it measured before (given beside it).  The guards pin the bytes: the
pieces against the whole text as it was made, at and beside a piece's size, and a lint run with
one and two processes and a warm re-run.
"""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit import __version__
from cxkit.cli import app
from cxkit.lint.finding import Finding, Related, Severity
from cxkit.lint.formats import json as json_format
from cxkit.lint.formats import sarif as sarif_format
from cxkit.lint.formats.json import render_json
from cxkit.lint.formats.sarif import render_sarif, sarif_log
from cxkit.lint.rule import all_rules
from cxkit.visible import json_visible


class _Sink:
    """A report stream that keeps nothing: what is measured is the writer's own memory."""

    def __init__(self) -> None:
        self.written = 0
        self.writes = 0

    def write(self, text: str) -> int:
        self.written += len(text)
        self.writes += 1
        return len(text)


def _findings(count: int, odd: bool = False) -> list[Finding]:
    out = []
    for k in range(count):
        path = f"personas/zespół-{k // 3}.yaml"
        if odd and k % 7 == 0:
            path = f"personas/ola\x85-{k}\udcb3.yaml"  # a NEL and a byte that is no UTF-8 in the name
        message = (f"cel „Chcę szybko kupić słuchawki nr {k}” jest ogólnikowy: napisz, co dokładnie "
                   "persona chce osiągnąć i po czym to pozna")
        if odd and k % 5 == 0:
            message += " ##[error] \u2028 koniec"
        related: tuple[Related, ...] = ()
        if k % 4 == 0:
            other = f"personas/inna-{k}.yaml"
            message = f"ten sam id co w {other}:3:5; " + message
            related = (Related(other, 3, 5, 17, 17 + len(other)),)
        out.append(Finding(path, 10 + k % 40, 3, "CX103", "vague-goal", Severity.warning, message, related))
    return out


def _peak(function, *args) -> int:  # noqa: ANN001
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        function(*args)
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def _slope(render, small: int, large: int) -> float:  # noqa: ANN001
    """Peak bytes each finding beyond ``small`` adds to ``render``'s own peak."""
    render(_findings(2))  # a first run imports what the writer needs: no finding's cost
    few, many = _findings(small), _findings(large)
    few_peak = _peak(render, few)
    return (_peak(render, many) - few_peak) / (large - small)


def test_the_json_report_is_written_a_piece_at_a_time():
    slope = _slope(lambda found: render_json(found, _Sink()), 300, 1_500)
    # Before: ~1,165 bytes a finding (every line, their join and its escaped copy); now ~20.
    assert slope < 100, slope
    sink = _Sink()
    render_json(_findings(1_000), sink)
    assert sink.writes == -(-1_000 // json_format.CHUNK)


def test_the_sarif_report_is_written_a_piece_at_a_time(tmp_path):
    # (No rules described: what is measured is the results.)
    slope = _slope(lambda found: render_sarif(found, {}, __version__, _Sink(), str(tmp_path)), 64, 256)
    # Before: ~7,600 bytes a finding (each result's dicts and the whole indented text); now ~290
    # (the fingerprints' count of each file, rule and subject, which must see them all).
    assert slope < 1_000, slope


def _whole_json(findings: list[Finding]) -> str:
    if not findings:
        return "[]\n"
    from cxkit.lint.fixable import fixable
    from cxkit.lint.formats.located import finding_dict, locate_all

    encode = json.JSONEncoder(ensure_ascii=False).encode
    pieces = (encode({**finding_dict(f, at), "fixable": mark})
              for f, at, mark in zip(findings, locate_all(findings), fixable(findings)))
    return json_visible("[\n  " + ",\n  ".join(pieces) + "\n]\n")


@pytest.mark.parametrize("count", [0, 1, 255, 256, 257, 512, 600])
def test_json_pieces_are_the_whole_text(count):
    # Guard: pieces at and beside the piece's size, with names and messages json_visible escapes.
    findings = _findings(count, odd=True)
    out = io.StringIO()
    render_json(findings, out)
    # Compared as bytes: a failure's diff of these names (lone surrogates) could not be sent back
    # by a pytest-xdist worker, and the whole run stopped with an INTERNALERROR instead of a failure.
    wrote, whole = (text.encode("utf-8", "surrogateescape") for text in (out.getvalue(), _whole_json(findings)))
    assert wrote == whole
    if count:
        assert json.loads(out.getvalue())[0]["path"] == "personas/ola\x85-0\udcb3.yaml"


@pytest.mark.parametrize("count", [0, 1, 63, 64, 65, 128, 130])
def test_sarif_pieces_are_the_whole_log(count, tmp_path):
    # Guard: the log written a piece at a time is json.dumps of the whole log, byte for byte.
    findings = _findings(count, odd=True)
    rules = all_rules()
    out = io.StringIO()
    render_sarif(findings, rules, __version__, out, str(tmp_path))
    whole = json.dumps(sarif_log(findings, rules, __version__, str(tmp_path)), ensure_ascii=False, indent=2) + "\n"
    assert out.getvalue() == whole
    results = json.loads(out.getvalue())["runs"][0]["results"]
    assert len(results) == count
    assert len({r["partialFingerprints"]["cxkitFindingHash/v1"] for r in results}) == count


PERSONA = """\
kind: persona
id: {ident}
name: {name}
lang: pl
role: Kierowniczka sklepu w Poznaniu
goals:
  - Chcę szybko
  - Sprawdzić dostępność towaru w pięciu sklepach przed 9:00
pain_points:
  - Wszystko jest trudne
"""


@pytest.mark.parametrize("fmt", ["json", "sarif", "gitlab"])
def test_reports_are_the_same_with_one_and_two_processes_and_warm(fmt, tmp_path, monkeypatch):
    # Guard: findings named from several files (a shared id) across both writers' pieces.
    top = tmp_path / "repo"
    (top / ".git").mkdir(parents=True)
    (top / "personas").mkdir()
    for k in range(6):
        ident = "ola" if k < 3 else f"osoba-{k}"
        (top / f"personas/p{k}.yaml").write_text(PERSONA.format(ident=ident, name=f"Ola Nowak {k}"), encoding="utf-8")
    monkeypatch.chdir(top)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "120")
    for name in ("GITHUB_ACTIONS", "CI_PROJECT_DIR", "GITHUB_WORKSPACE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(json_format, "CHUNK", 2, raising=False)  # pieces of two findings
    monkeypatch.setattr(sarif_format, "CHUNK", 2, raising=False)
    runner = CliRunner()
    outs = []
    for args in (["--no-cache", "--jobs", "1"], ["--no-cache", "--jobs", "2"], [], []):
        result = runner.invoke(app, ["lint", "-f", fmt, *args, "."])
        assert result.exit_code == 1, result.output
        outs.append(result.stdout)
    assert outs[0] == outs[1] == outs[2] == outs[3]
    data = json.loads(outs[0])
    found = data["runs"][0]["results"] if fmt == "sarif" else data
    assert len(found) > 4
    if fmt == "json":
        assert sum(f["code"] == "CX002" for f in found) >= 2, found  # the shared id, from each file


def test_a_spilled_summary_names_its_traits_with_one_number():
    # Each document's summary says where its packed traits wait in the run's temporary file until
    # the cross-file rules have run: as one int now, where it held an object and two ints.
    from cxkit.workspace import DocSummary, TraitSpill, spill_all, trait_spill

    rows = [("goals", f"Chcę porównać {k} ofert słuchawek w trzech sklepach przed zakupem", 5 + k, 5,
             f"porown {k} ofert sluchaw trzech sklep zakup") for k in range(6)]
    summaries = []
    for k in range(2_000):
        summary = DocSummary(f"personas/osoba-{k}.yaml", "persona", f"osoba-{k}", (2, 5), name=f"Osoba {k}")
        summary.set_traits(rows, spill=False)
        summaries.append(summary)
    token = trait_spill.set(TraitSpill())
    try:
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            spill_all(summaries)
            # (The packed bytes were made before tracing: what is counted is what stands for them now.)
            held = tracemalloc.get_traced_memory()[0] - base
        finally:
            tracemalloc.stop()
        # Before: ~124 bytes a summary (a Spilled object, its start and its size); now ~60.
        assert held / len(summaries) < 90, held / len(summaries)
        assert [tuple(r) for r in summaries[1_999].trait_rows()] == rows
        assert summaries[5] == summaries[5] and summaries[5] != summaries[6]
    finally:
        trait_spill.get().close()
        trait_spill.reset(token)
