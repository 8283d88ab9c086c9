"""`cxkit.model` gives its models on first use (session 39, #7): what a plugin or a program using the
Python API sees of the package is what it saw when they were imported with it.

Each case runs in a fresh interpreter, where nothing has imported the models yet.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

NAMES = ["CxModel", "Demographics", "JourneyMap", "KINDS", "MODELS", "NegativePersona", "Opportunity",
         "Persona", "Psychographics", "Source", "SourceType", "Stage", "Touchpoint", "Trait"]


def _fresh(code: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_dir_and_getmembers_list_the_models_before_and_after_their_first_use_s39() -> None:
    # dir() (pydoc, an editor's completion, inspect.getmembers) lists every name the package gives, and asking
    # imports no model; getmembers then gives the classes themselves, as when the package imported them at once.
    seen = _fresh("""
import inspect, json, sys
import cxkit.model as m
listed = dir(m)
before = "pydantic" in sys.modules
members = dict(inspect.getmembers(m))
from cxkit.model.journey import JourneyMap
from cxkit.model.persona import Persona
print(json.dumps({"listed": listed, "pydantic_before": before, "all": m.__all__,
                  "same": members["Persona"] is Persona and members["JourneyMap"] is JourneyMap
                          and members["MODELS"] == {"persona": Persona, "negative-persona": members["NegativePersona"],
                                                    "journey": JourneyMap}}))
""")
    assert seen["pydantic_before"] is False
    assert sorted(seen["all"]) == NAMES
    assert [name for name in NAMES if name not in seen["listed"]] == []
    assert seen["same"] is True


def test_a_star_import_binds_every_name_s39() -> None:
    seen = _fresh("""
import json
from cxkit.model import *
print(json.dumps({"models": sorted(MODELS), "kinds": list(KINDS), "persona": Persona.__name__,
                  "trait": Trait.__module__, "stage": Stage.__qualname__}))
""")
    assert seen == {"models": ["journey", "negative-persona", "persona"], "kinds": ["persona", "negative-persona", "journey"],
                    "persona": "Persona", "trait": "cxkit.model.common", "stage": "Stage"}


@pytest.mark.parametrize("round_", range(2))
def test_threads_that_ask_first_all_get_the_same_models_s39(round_: int) -> None:
    # A program's (or an editor host's) threads that each ask cxkit.model first, in every way a plugin may.
    seen = _fresh("""
import json, threading
import cxkit.model as m
start = threading.Barrier(6)
got, errors = [], []

def ask(way):
    try:
        start.wait(10)
        if way == 0:
            got.append((id(m.MODELS), id(m.MODELS["persona"])))
        elif way == 1:
            from cxkit.model import MODELS, Persona
            got.append((id(MODELS), id(Persona)))
        elif way == 2:
            import cxkit.model.validate as v
            got.append((id(v.MODELS), id(v.MODELS["persona"])))
        else:
            from cxkit.model import Persona
            got.append((id(m.MODELS), id(Persona)))
    except Exception as exc:  # noqa: BLE001 - reported below
        errors.append(repr(exc))

threads = [threading.Thread(target=ask, args=(k % 4,)) for k in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join(60)
print(json.dumps({"errors": errors, "pairs": sorted(set(got)), "count": len(got)}))
""")
    assert seen["errors"] == [] and seen["count"] == 6
    assert len(seen["pairs"]) == 1  # one MODELS dict, one Persona class, in every thread
