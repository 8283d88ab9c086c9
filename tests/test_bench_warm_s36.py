"""bench/run.py tells a warm run that went cold, English or Polish, session 36 (review of issue #7's bench).

The check compared only the Polish warm run with the English one, so when both caches went unused
(a bench run under load, 3,200 files: cxkit warm 5.14 s CPU, pl warm 5.80 s, cold 5.37 and 5.59 s)
it said nothing.  Each warm run is now held against its own cold run.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_RUN = Path(__file__).resolve().parent.parent / "bench" / "run.py"


def _went_cold():
    spec = importlib.util.spec_from_file_location("cxkit_bench_run", _RUN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.went_cold


def _cpu(en_warm: float, pl_warm: float) -> dict[str, float]:
    return {"floor": 0.99, "cxkit cold": 5.37, "pl cold": 5.59, "cxkit warm": en_warm, "pl warm": pl_warm}


def test_both_warm_runs_gone_cold_are_told():
    lines = _went_cold()(_cpu(5.14, 5.80))
    assert len(lines) == 2
    assert "the warm run took 5.14 s CPU against 5.37 s cold" in lines[0]
    assert "Polish workspace's warm run took 5.80 s CPU against 5.59 s cold" in lines[1]


def test_only_the_polish_warm_run_gone_cold_is_told():
    lines = _went_cold()(_cpu(0.19, 4.90))
    assert len(lines) == 1 and "Polish workspace's warm run took 4.90 s" in lines[0]


def test_warm_runs_that_used_their_caches_say_nothing():
    assert _went_cold()(_cpu(0.19, 0.18)) == []
    assert _went_cold()(_cpu(0.15, 0.24)) == []
