"""`cxkit.api._ready()`: a second first call waits for the first one's imports, not beside them (session 38).

d7e72f38 made the first API call of a process import the packages every call needs (`cxkit.model`, the rules,
the engine's chain) once, under a lock: two threads importing side by side can deadlock when one imports a
package's submodule while the other runs the package's `__init__`, which imports it (Python then fails one of
the imports).  Review83 found no test that fails without it: 22 threaded runs broke nothing.

Why no run breaks without it today: every entry point (`lint`, `lint_text`, `load`) reaches those packages
along one chain (api → cxkit.lint.engine → cxkit.workspace → cxkit.model …), so a second thread waits on the
first one's lock of that chain and never holds a submodule the first needs: the deadlock needs an import order
of the modules that the code does not have yet.  So the test below checks what `_ready` does instead of that
deadlock, deterministically: the first call is held inside its first import (the run of `cxkit.model`'s code waits,
its module lock held), and the second call must then be waiting in `_ready`, not in the import system beside
it.  Without `_ready` (its body a bare `return`) the second call waits on `cxkit.lint.engine`'s module lock,
and the test fails.  A fresh process: the imports must not be done yet.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from api_helpers import OLA

CHILD = r"""
import sys, threading, time
from cxkit import api

held = threading.Event()
go = threading.Event()


class Held:  # cxkit.model's own loader, whose run of the module waits (its module lock held, nothing else)

    def __init__(self, loader):
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        held.set()
        go.wait(60)
        self.loader.exec_module(module)


class HoldTheFirstImport:
    def find_spec(self, name, path=None, target=None):
        if name != "cxkit.model" or threading.current_thread().name != "first" or held.is_set():
            return None
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec(name, path)
        spec.loader = Held(spec.loader)
        return spec


sys.meta_path.insert(0, HoldTheFirstImport())
got = {}


def call():
    try:
        got[threading.current_thread().name] = [(f.path, f.line, f.code) for f in api.lint(["personas"])]
    except BaseException as exc:
        got[threading.current_thread().name] = f"{type(exc).__name__}: {exc}"


first = threading.Thread(target=call, name="first")
first.start()
assert held.wait(60), "the first call never imported cxkit.model"
second = threading.Thread(target=call, name="second")
second.start()
where = None
deadline = time.monotonic() + 60
while where is None and time.monotonic() < deadline:
    frame = sys._current_frames().get(second.ident)
    if frame is None:
        time.sleep(0.005)
        continue
    if frame.f_code.co_name == "_ready" and frame.f_globals.get("__name__") == "cxkit.api":
        where = "_ready"
    elif "importlib._bootstrap" in frame.f_code.co_filename:
        lock = frame.f_locals.get("self")
        where = f"the import system ({frame.f_code.co_name} {getattr(lock, 'name', '')})"
    else:
        time.sleep(0.005)
go.set()
first.join(120)
second.join(120)
print(where)
print(got.get("first") == got.get("second") and isinstance(got.get("first"), list) and bool(got["first"]))
"""


def test_a_second_first_call_waits_in_ready_while_the_first_imports(tmp_path: Path) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(OLA.replace("id: ola\n", "id: ola\nreviewed: 2020-01-01\n"),
                                                      encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", CHILD], cwd=tmp_path, capture_output=True, text=True,
                          encoding="utf-8", timeout=240, env={**__import__("os").environ, "CXKIT_TODAY": "2026-12-06"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    where, same = proc.stdout.splitlines()
    # without _ready: "the import system (acquire cxkit.lint.engine)", the second call importing beside the first
    assert where == "_ready"
    assert same == "True"  # and both calls give the same findings (a stale review date at least)
