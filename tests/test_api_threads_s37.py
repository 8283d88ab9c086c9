"""`cxkit.api` called from 8 threads at once in a fresh process (an editor extension's host starting up):
with the lint cache on and off, `lint`, `lint_text` and `load` give what they give one at a time.

Before: about 17 runs of 20 of `test_eight_threads_in_a_fresh_process_s37`'s child failed with
"partially initialized module 'cxkit.lint.cache' has no attribute 'cache_dir'": the folder scan looked
into `sys.modules` for the lint cache while another thread's import of it had only begun."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import cxkit
from git_helpers import needs_git

OLA = """kind: persona
id: ola-biegaczka
name: Ola Nowak
demographics:
  age: 29
  location: Poznań, Rataje
goals:
  - Przebiec półmaraton poniżej 2 godzin w kwietniu 2027
pain_ponts:
  - Buty z Decathlonu obtarły jej piętę po 12 km
"""

DAN = """kind: persona
id: dan-heating
name: Dan Okafor
lang: en
demographics:
  age: 44
  location: Leeds, Headingley
behaviours:
  - Values quality
goals:
  - Invoice every job from the van on the day it is signed off
"""

JOURNEY = """kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
reviewed: 2026-10-02
stages:
  - id: consideration
    name: Rozważanie
    touchpoints:
      - channel: web
        description: Filtr butów po dropie i amortyzacji
    emotion: -1
    opportunities:
      - action: Dodać tabelę szerokości (D, 2E, 4E) do kart butów
  - id: purchase
    name: Zakup
    emotion: 1
"""

#: The child: 8 threads wait at a barrier, then each makes one call (cache on and off); afterwards the same
#: calls one at a time must give the same findings.  Prints "ok", or the first error's last line.
CHILD = r"""
import sys, threading, traceback
from cxkit import api

text = open("personas/ola.yaml", encoding="utf-8").read()
calls = [
    lambda: api.lint(["personas", "journeys"], cache=True),
    lambda: api.lint(["personas", "journeys"]),
    lambda: api.lint_text(text, "personas/ola.yaml", cache=True),
    lambda: api.lint_text(text, "personas/ola.yaml"),
    lambda: api.load("journeys/ola-kupuje-buty.yaml").problems + api.load("personas/dan.yaml").problems,
]
start = threading.Barrier(8)
got = {}

def run(i):
    start.wait()
    try:
        got[i] = sorted((f.path, f.line, f.code) for f in calls[i % len(calls)]())
    except BaseException:
        got[i] = traceback.format_exc().strip().splitlines()[-1]

threads = [threading.Thread(target=run, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
errors = [v for v in got.values() if isinstance(v, str)]
if errors:
    sys.exit(errors[0])
want = [sorted((f.path, f.line, f.code) for f in call()) for call in calls]
wrong = {i: got[i] for i in got if got[i] != want[i % len(calls)]}
print("ok" if not wrong and len(got) == 8 else f"differ: {wrong} want {want}")
"""


@needs_git
def test_eight_threads_in_a_fresh_process_s37(tmp_path: Path) -> None:
    ws = tmp_path / "cx"
    for rel, text in {"cxkit.toml": 'lang = "pl"\n', "personas/ola.yaml": OLA, "personas/dan.yaml": DAN,
                      "journeys/ola-kupuje-buty.yaml": JOURNEY}.items():
        (ws / rel).parent.mkdir(parents=True, exist_ok=True)
        (ws / rel).write_text(text, encoding="utf-8")
    # A git work tree: the folder scan asks git what it ignores, and the cache folder with it.
    subprocess.run(["git", "init", "-q", str(ws)], check=True, capture_output=True)
    env = {**os.environ, "CXKIT_TODAY": "2026-12-06", "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull}
    env.pop("CXKIT_CACHE_DIR", None)
    for _round in range(4):  # a fresh process each time: the race is in the first imports
        proc = subprocess.run([sys.executable, "-c", CHILD], cwd=ws, env=env, capture_output=True, text=True,
                              timeout=120)
        assert (proc.returncode, proc.stdout.strip()) == (0, "ok"), proc.stderr[-2000:]
    assert (ws / ".cxkit_cache").is_dir()  # the calls with cache=True kept one: the cache was in play


def test_a_module_another_thread_is_importing_is_given_whole_s37(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """cxkit._imported, which the folder scan and the cache's key use to ask whether the lint cache or the
    rules' registry is in use, waits for a thread that is running the module's code; before, the look
    into sys.modules gave the module without the names after the line being run."""
    (tmp_path / "wolny_modul_s37.py").write_text(
        "import threading\n"
        "started, go_on = threading.Event(), threading.Event()\n"
        "started.set()\n"
        "go_on.wait(10)  # the importing thread stays here until the test lets it go on\n"
        "def cache_dir(root):\n"
        "    return root + '/.cxkit_cache'\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert cxkit._imported("wolny_modul_s37") is None  # nobody imported it: None, and it is not imported now
    assert "wolny_modul_s37" not in sys.modules
    importer = threading.Thread(target=__import__, args=("wolny_modul_s37",))
    importer.start()
    half = None
    try:
        for _ in range(1000):
            half = sys.modules.get("wolny_modul_s37")
            if half is not None and getattr(half, "started", None) is not None:
                break
            threading.Event().wait(0.01)
        assert half is not None and half.started.wait(10) and not hasattr(half, "cache_dir")
        seen: list[object] = []
        asker = threading.Thread(target=lambda: seen.append(cxkit._imported("wolny_modul_s37")))
        asker.start()
        asker.join(0.3)
        assert asker.is_alive() and not seen  # waiting for the import to end, not given the half module
        half.go_on.set()
        asker.join(10)
        assert seen and seen[0].cache_dir("/ws") == "/ws/.cxkit_cache"  # type: ignore[attr-defined]
    finally:
        if half is not None and getattr(half, "go_on", None) is not None:
            half.go_on.set()
        importer.join(10)
        sys.modules.pop("wolny_modul_s37", None)
