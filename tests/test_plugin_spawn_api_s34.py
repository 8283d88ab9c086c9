"""A lint worker started by spawn (macOS, Windows) for a `cxkit.api` call reads no rule plugin from the checkout
the call was given (session 34 review).  The command line hands its folders to such workers through the
environment; a program's calls did not, so `lint(["/abs/checkout"], jobs=None)` imported, in each worker, the
plugin a pull request planted in the checkout's src/ (on the program's sys.path) and reported its findings."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest

import cxkit
from cxkit import api
from cxkit.lint import rule as rule_module
from plugin_helpers import PERSONA_PL, dist_info, forget_plugins

PLANTED = """\
import os
import pathlib
pathlib.Path({marker!r}, str(os.getpid())).write_text("kod z pull requestu", encoding="utf-8")
from typing import ClassVar
from cxkit.lint.finding import Hit, Severity
from cxkit.lint.rule import Rule


class Planted(Rule):
    \"\"\"Planted by a pull request.\"\"\"

    code: ClassVar[str] = "SPAWN9"
    name: ClassVar[str] = "spawn-planted"
    severity: ClassVar[Severity] = Severity.info

    def check(self, doc):
        yield Hit(1, 1, "planted")
"""


@pytest.fixture
def checkout(tmp_path, monkeypatch):
    """Checkout A (git) with 60 personas and a planted plugin in its src/, on sys.path; the program elsewhere;
    worker processes started by spawn, as on macOS and Windows."""
    a = tmp_path / "agencja"
    (a / ".git").mkdir(parents=True)
    (a / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (a / "personas").mkdir()
    for n in range(60):
        (a / "personas" / f"ola-{n:02d}.yaml").write_text(PERSONA_PL.replace("ola-biegaczka", f"ola-{n:02d}"),
                                                          encoding="utf-8")
    marker = tmp_path / "pwned"
    marker.mkdir()
    dist_info(a / "src", "spawn-planted-rules", "1.0", "planted = spawn_planted_rules:Planted")
    (a / "src" / "spawn_planted_rules.py").write_text(PLANTED.format(marker=str(marker)), encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    rule_module.all_rules()
    forget_plugins(monkeypatch, "spawn_planted_rules")
    monkeypatch.setattr(cxkit, "_START_FOLDER", str(home), raising=False)
    monkeypatch.setattr(cxkit, "_FIRST_FOLDER", str(home), raising=False)
    monkeypatch.chdir(home)
    monkeypatch.syspath_prepend(str(a / "src"))
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    return a, marker


def test_a_spawned_worker_of_an_api_call_reads_no_plugin_from_the_checkout_given(checkout, monkeypatch):
    """Fails before: the worker imported the planted plugin (it left its marker) and its findings were returned."""
    a, marker = checkout
    from cxkit.lint import engine

    checked = engine.check_target

    def slowly(*args, **kwargs):  # the main process (only: the worker imports cxkit afresh) leaves the worker
        time.sleep(0.03)  # its share, however slowly a spawned process starts on a busy machine
        return checked(*args, **kwargs)

    monkeypatch.setattr(engine, "check_target", slowly)
    found = api.lint([str(a)], jobs=2)
    assert len({f.path for f in found}) == 60  # every persona linted (by the worker and the main process)
    assert "SPAWN9" not in {f.code for f in found}
    assert list(marker.iterdir()) == []
