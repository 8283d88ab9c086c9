"""Rule plugins and a program that lints several workspaces through `cxkit.api`, from several threads (session 34).

The folders each call is given are kept for the life of the process (`cxkit.lint.plugins._GIVEN`): importing a
plugin is for the process (its module runs once, its rules serve every later call), so a call on workspace B
must never import code from checkout A that another call lints, then or later.  What is per call is the
refusal: a call given the checkout a plugin was loaded from is refused, every time it is made, and only that
call: a call on another workspace, in another thread, goes on with the plugin.  A call given a checkout while
another thread is importing the plugins waits for the import and then sees where they came from.
"""

from __future__ import annotations

import builtins
import sys
import threading
import time
from pathlib import Path

import pytest

import cxkit
from cxkit import api
from cxkit.lint import rule as rule_module
from plugin_helpers import PERSONA_PL, dist_info, forget_plugins

#: A plugin a pull request planted: it leaves a marker when imported, can be held at its import by the test,
#: and gives every document one finding, so a run that used it shows it.
PLANTED = """\
import builtins
import pathlib
pathlib.Path({marker!r}).write_text("kod z pull requestu", encoding="utf-8")
_gate = getattr(builtins, "_cxkit_s34_gate", None)
if _gate is not None:
    _gate[0].set()
    _gate[1].wait(10)
from typing import ClassVar
from cxkit.lint.finding import Hit, Severity
from cxkit.lint.rule import Rule


class Planted(Rule):
    \"\"\"Planted by a pull request.\"\"\"

    code: ClassVar[str] = "AGENCY1"
    name: ClassVar[str] = "agency-planted"
    severity: ClassVar[Severity] = Severity.info

    def check(self, doc):
        yield Hit(1, 1, "planted")
"""


def workspace(folder: Path) -> Path:
    (folder / "personas").mkdir(parents=True)
    (folder / "cxkit.toml").write_text("", encoding="utf-8")
    (folder / "personas" / "ola-biegaczka.yaml").write_text(PERSONA_PL, encoding="utf-8")
    return folder


@pytest.fixture
def setup(tmp_path, monkeypatch):
    """Checkout A (in git) whose src/ holds a planted plugin and is on sys.path (as an editable install of it
    puts it); workspace B, another checkout; the process started in, and standing in, a third folder."""
    a = workspace(tmp_path / "agencja")
    (a / ".git").mkdir()
    b = workspace(tmp_path / "zespol")
    (b / ".git").mkdir()
    marker = tmp_path / "pwned"
    dist_info(a / "src", "agency-rules", "1.0", "planted = agency_rules:Planted")
    (a / "src" / "agency_rules.py").write_text(PLANTED.format(marker=str(marker)), encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    rule_module.all_rules()
    forget_plugins(monkeypatch, "agency_rules")
    monkeypatch.setattr(cxkit, "_START_FOLDER", str(home), raising=False)
    monkeypatch.setattr(cxkit, "_FIRST_FOLDER", str(home), raising=False)
    monkeypatch.chdir(home)
    monkeypatch.syspath_prepend(str(a / "src"))
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    return a, b, marker


def codes(findings) -> set[str]:
    return {f.code for f in findings}


def test_every_call_on_the_checkout_a_loaded_plugin_came_from_is_refused(setup):
    """Fails before: only the first call was refused; the second linted A with A's planted rule."""
    a, b, marker = setup
    assert "AGENCY1" in codes(api.lint([str(b)]))  # the host's own sys.path, linting B: its choice
    assert marker.exists()
    for _ in range(2):
        with pytest.raises(api.CxkitError, match=r"the rule plugin agency-rules 1\.0 was loaded from .*agencja.src"):
            api.lint([str(a)])
        with pytest.raises(api.CxkitError, match=r"agency-rules 1\.0 was loaded from"):
            api.lint_text(PERSONA_PL, str(a / "personas" / "ola-biegaczka.yaml"))
    assert "AGENCY1" in codes(api.lint([str(b)]))  # B goes on with it


def test_two_threads_on_two_workspaces_each_get_their_own_answer(setup):
    """Fails before: after the first refusal, thread A's calls linted checkout A with its planted rule.
    Thread B, on workspace B, is never refused because of thread A's checkout."""
    a, b, _ = setup
    api.lint([str(b)])  # the plugin is loaded (from A's src/, on the host's path, before A was linted)
    rounds = 4
    start = threading.Barrier(2)
    got: dict[str, list[str]] = {"a": [], "b": []}

    def on(name: str, folder: Path) -> None:
        start.wait(5)
        for _ in range(rounds):
            try:
                found = api.lint([str(folder)])
                got[name].append("AGENCY1" if "AGENCY1" in codes(found) else "no plugin")
            except api.CxkitError as exc:
                got[name].append("refused" if "agency-rules 1.0 was loaded from" in str(exc) else str(exc))

    threads = [threading.Thread(target=on, args=("a", a)), threading.Thread(target=on, args=("b", b))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert got == {"a": ["refused"] * rounds, "b": ["AGENCY1"] * rounds}


def test_a_call_given_the_checkout_while_another_thread_imports_the_plugin_is_refused(setup, monkeypatch):
    """Fails before: thread B's first call was importing the plugins (held at the planted module) when thread A
    was given checkout A; A's call saw nothing loaded yet, looked for plugins itself without A's src/, and
    linted checkout A while the code from it ran in the process. Now A's call waits for the import, then is refused."""
    a, b, marker = setup
    started, release = threading.Event(), threading.Event()
    monkeypatch.setattr(builtins, "_cxkit_s34_gate", (started, release), raising=False)
    got: dict[str, object] = {}

    def lint(name: str, folder: Path) -> None:
        try:
            got[name] = sorted(codes(api.lint([str(folder)])))
        except api.CxkitError as exc:
            got[name] = str(exc)

    importing = threading.Thread(target=lint, args=("b", b))
    importing.start()
    assert started.wait(10)
    given = threading.Thread(target=lint, args=("a", a))
    given.start()
    time.sleep(0.3)  # A's call reaches the point where it is given its checkout
    release.set()
    importing.join(30)
    given.join(30)
    assert marker.exists()
    assert "AGENCY1" in got["b"]
    assert "agency-rules 1.0 was loaded from" in str(got["a"]), got["a"]


def test_an_editable_install_loaded_before_is_refused_when_its_checkout_is_linted(setup, tmp_path, monkeypatch):
    """Fails before: the metadata in site-packages, the module in checkout A (`pip install -e`): the check of
    plugins loaded before looked at where the metadata was, so checkout A was linted with its own code."""
    a, b, marker = setup
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p != str(a / "src")])
    site = tmp_path / "site-packages"
    dist_info(site, "agency-rules", "1.0", "planted = agency_rules:Planted")
    (a / "src" / "agency_rules-1.0.dist-info").rename(tmp_path / "moved.dist-info")
    monkeypatch.syspath_prepend(str(a / "src"))  # the module, as the editable install's finder reaches it
    monkeypatch.syspath_prepend(str(site))
    assert "AGENCY1" in codes(api.lint([str(b)]))
    assert marker.exists()
    with pytest.raises(api.CxkitError, match=r"agency-rules 1\.0 was loaded from .*agencja.src.agency_rules\.py"):
        api.lint([str(a)])


def test_a_checkout_given_to_an_earlier_call_is_never_imported_from_by_a_later_one(setup):
    """Guard of the choice "any call in the process", not "this call": after a call was given checkout A, a call
    on workspace B (another thread, or later) does not import A's planted plugin."""
    a, b, marker = setup
    assert "AGENCY1" not in codes(api.lint([str(a)]))
    results: list[set[str]] = []
    thread = threading.Thread(target=lambda: results.append(codes(api.lint([str(b)]))))
    thread.start()
    thread.join(30)
    assert results and "AGENCY1" not in results[0] and "CX301" in results[0]
    assert not marker.exists()
