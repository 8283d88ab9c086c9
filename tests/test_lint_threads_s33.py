"""`cxkit.api.lint_text` from several threads of one process (an editor extension's host): each call
gets its own workspace's findings, and the garbage collector is given back as it was once all are done,
however their runs overlap."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

import cxkit.lint.engine as engine
from cxkit import api

PERSONA = """kind: persona
id: {id}
name: {name}
lang: pl
goals:
  - Chce kupić rower miejski przed sezonem, bez dopłat za dostawę
"""


def test_overlapping_runs_give_the_collector_back_as_it_was() -> None:
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    first, second = engine._lean_gc(), engine._lean_gc()
    first.__enter__()
    second.__enter__()  # another thread's run starts while the first runs
    first.__exit__(None, None, None)  # the first ends before it
    assert gc.get_threshold()[0] >= 20_000  # the second still runs lean
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen


def _workspace(root: Path, ident: str, name: str, twin: str) -> Path:
    (root / "personas").mkdir(parents=True)
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (root / "personas" / f"{twin}-0.yaml").write_text(PERSONA.format(id=twin, name="Inna Osoba"), encoding="utf-8")
    path = root / "personas" / f"{ident}.yaml"
    path.write_text(PERSONA.format(id=ident, name=name), encoding="utf-8")
    return path


def test_two_threads_two_workspaces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    a = _workspace(tmp_path / "a", "anna-nowak", "Anna Nowak", "anna-nowak")  # a duplicate id in a only
    b = _workspace(tmp_path / "b", "ewa-lis", "Ewa Lis", "olga-wrona")
    texts = {a: a.read_text(encoding="utf-8"), b: b.read_text(encoding="utf-8")}
    want = {p: sorted((f.path, f.code) for f in api.lint_text(t, str(p))) for p, t in texts.items()}
    assert "CX003" in [code for _p, code in want[a]] and "CX003" not in [code for _p, code in want[b]]
    before = gc.get_threshold()
    got: list[tuple[Path, list[tuple[str, str]]]] = []
    start = threading.Barrier(4)

    def run(path: Path) -> None:
        start.wait()
        for _ in range(2):
            got.append((path, sorted((f.path, f.code) for f in api.lint_text(texts[path], str(path)))))

    threads = [threading.Thread(target=run, args=(p,)) for p in (a, b, a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 8 and all(findings == want[path] for path, findings in got)
    assert gc.get_threshold() == before
