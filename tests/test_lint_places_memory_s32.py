"""The report's places for findings the run could not place (cross-file rules) are read from their files
one file at a time: the parse of one file is let go before the next is read, so the memory of a cold
`cxkit lint -f json` does not grow with the number of files holding such findings."""

from __future__ import annotations

import gc
from pathlib import Path

from cxkit.lint.finding import Finding, Severity
from cxkit.lint.formats import located

PERSONA = """\
kind: persona
id: {id}
name: Anna {n}
summary: Kupuje słuchawki do pracy zdalnej i porównuje ceny w kilku sklepach.
goals:
  - Ciche słuchawki do rozmów
"""


def test_files_are_read_one_at_a_time_and_let_go(tmp_path: Path, monkeypatch) -> None:
    paths = []
    for n in range(4):
        path = tmp_path / f"anna-{n}.yaml"
        path.write_text(PERSONA.format(id=f"anna-{n}", n=n), encoding="utf-8")
        paths.append(str(path))
    # Two findings a file, interleaved, as a cross-file rule reports pairs.
    findings = [Finding(path=p, line=5, column=3, code="CX104", rule="similar-personas", severity=Severity.warning,
                        message="x") for _ in range(2) for p in paths]
    reads = 0
    most = 0
    real_read = located._read

    def counting_read(path, buffers):
        nonlocal most, reads
        gc.collect()
        most = max(most, sum(1 for o in gc.get_objects() if type(o) is located._File))
        reads += 1
        return real_read(path, buffers)

    monkeypatch.setattr(located, "_read", counting_read)
    out = located.locate_all(findings, buffers={})
    assert len(out) == len(findings)
    assert [o.document for o in out] == [f"anna-{n}" for _ in range(2) for n in range(4)]
    assert reads == 4  # each file read once
    assert most == 0  # no earlier file's parse alive when the next is read
