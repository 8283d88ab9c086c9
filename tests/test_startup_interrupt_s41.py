"""Ctrl-C at any moment of a run, and what `CXKIT_DEBUG` turns on (session 41).

A Ctrl-C during the start-up imports (0.8 s into `cxkit lint` on a slow machine) printed a
KeyboardInterrupt traceback (and the process died of the signal); one while typer read the options
ended with exit 130 and no word; one in lint's exit handlers printed Python's "Exception ignored in
atexit callback". Every moment now ends as a Ctrl-C inside a command does: `cxkit: interrupted` and
exit 130. The moments are made exact by a `sitecustomize` that sends the process SIGINT when a module
is first imported, or from an exit handler; real Ctrl-Cs at several delays check the whole run.

`CXKIT_DEBUG=0` (`false`, `no`, an empty value) turned the tracebacks on, as any value did; only
`1`, `true`, `yes` and `on` do now.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
CXKIT = Path(sys.executable).with_name("cxkit")
pytestmark = pytest.mark.skipif(os.name != "posix" or not CXKIT.exists(), reason="SIGINT and the console script")

HOOK = """\
import os, signal, sys
_at = os.environ.get("CXKIT_TEST_SIGINT_AT", "")
if _at == "exit":
    import atexit

    class _Registrar:
        # Registered as cxkit's command line is imported, as cxkit's own exit handlers are: it runs among them,
        # before the one cxkit registers first (entry._ends_with_its_own_code), which ignores a later Ctrl-C.
        def find_spec(self, name, path=None, target=None):
            if name == "cxkit.cli":
                sys.meta_path.remove(self)
                atexit.register(lambda: os.kill(os.getpid(), signal.SIGINT))
            return None
    sys.meta_path.insert(0, _Registrar())
elif _at:
    class _Finder:
        def find_spec(self, name, path=None, target=None):
            if name == _at:
                sys.meta_path.remove(self)
                os.kill(os.getpid(), signal.SIGINT)
            return None
    sys.meta_path.insert(0, _Finder())
"""
OLA = """\
kind: persona
id: ola
name: Ola Nowak
lang: pl
reviewed: 2026-11-01
sources: [{id: s, type: survey, date: 2026-10-01}]
goals:
  - Odnowić polisę OC w dziesięć minut, bez dzwonienia na infolinię
"""
DAN = OLA.replace("id: ola", "id: dan").replace("Ola Nowak", "Dan Hughes").replace("lang: pl", "lang: en").replace(
    "Odnowić polisę OC w dziesięć minut, bez dzwonienia na infolinię",
    "Renew his van insurance in ten minutes without calling the helpline")


@pytest.fixture(autouse=True)
def _ctrl_c_reaches_the_child():
    """A process started while this one ignores SIGINT ignores it too (an ignored signal survives exec, and
    Python then leaves it ignored): whatever an earlier test in this worker left, each child here starts with
    Ctrl-C as a shell would give it."""
    before = signal.getsignal(signal.SIGINT)
    if before is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    if before is signal.SIG_IGN:
        signal.signal(signal.SIGINT, before)


@pytest.fixture(params=["pl", "en"])
def workspace(request, tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    (ws / "personas").mkdir(parents=True)
    (ws / "cxkit.toml").write_text(f'lang = "{request.param}"\n', encoding="utf-8")
    (ws / "personas" / "one.yaml").write_text(OLA if request.param == "pl" else DAN, encoding="utf-8")
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(HOOK, encoding="utf-8")
    return ws


def _env(workspace: Path, at: str = "") -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CXKIT_DEBUG", "GITHUB_ACTIONS", "PYTHONPATH")}
    env.update(PYTHONPATH=str(workspace.parent / "hook"), CXKIT_TEST_SIGINT_AT=at, NO_COLOR="1",
               CXKIT_CACHE_DIR=str(workspace.parent / "cache"))
    return env


def _interrupted(proc: subprocess.CompletedProcess[str], said: str = "cxkit: interrupted\n") -> None:
    """Exit 130 and ``said`` once, last: English before the command has read its config, Polish after it in a
    Polish workspace (``said`` None: either)."""
    assert "Traceback" not in proc.stderr and "KeyboardInterrupt" not in proc.stderr, proc.stderr
    if said is None:
        said = "cxkit: przerwano\n" if proc.stderr.endswith("cxkit: przerwano\n") else "cxkit: interrupted\n"
    assert (proc.returncode, proc.stderr[-len(said):]) == (130, said), (proc.returncode, proc.stderr)
    assert proc.stderr.count("cxkit: interrupted") + proc.stderr.count("cxkit: przerwano") == 1


def _polish(workspace: Path) -> bool:
    return 'lang = "pl"' in (workspace / "cxkit.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("at", [
    "cxkit.cli",          # the console script's import of the command line (entry.main)
    "typer",              # inside that import
    "cxkit.config",       # the first import of a command's guard, before its own handling
    "cxkit.lint.engine",  # lint's own start-up import
    "exit",               # lint's exit handlers, after its report
])
def test_lint_interrupted_at_each_moment_ends_alike_s41(workspace, at):
    """Fails before: a KeyboardInterrupt traceback and death by SIGINT (-2) for the imports, exit 130 with
    no word for the guard's import, "Exception ignored in atexit callback" at the exit."""
    proc = subprocess.run([str(CXKIT), "lint", "personas"], cwd=workspace, env=_env(workspace, at),
                          capture_output=True, text=True, timeout=120)
    # lint's engine is imported once its config is read: a Polish workspace's run says it in Polish (review117).
    _interrupted(proc, "cxkit: przerwano\n" if at == "cxkit.lint.engine" and _polish(workspace) else "cxkit: interrupted\n")


@pytest.mark.parametrize("args", [["render", "personas/one.yaml"], ["fmt", "--check", "personas"]])
def test_other_commands_interrupted_in_their_start_up_end_alike_s41(workspace, args):
    proc = subprocess.run([str(CXKIT), *args], cwd=workspace, env=_env(workspace, "cxkit.config"),
                          capture_output=True, text=True, timeout=120)
    _interrupted(proc)


def test_python_m_cxkit_interrupted_in_its_start_up_ends_alike_s41(workspace):
    proc = subprocess.run([sys.executable, "-m", "cxkit", "lint", "personas"], cwd=workspace,
                          env=_env(workspace, "cxkit.cli"), capture_output=True, text=True, timeout=120)
    _interrupted(proc)


@pytest.mark.parametrize("delay", [0.3, 0.5, 0.8, 1.2])
def test_a_real_ctrl_c_at_several_delays_s41(workspace, delay):
    """A Ctrl-C after Python itself has started (its own start and the console script's `import re` are
    out of cxkit's reach): interrupted as above, or the run already over, never a traceback."""
    proc = subprocess.Popen([str(CXKIT), "lint", "personas"], cwd=workspace, env=_env(workspace),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    done = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    if proc.returncode in (0, 1):  # it ended before the signal came (1: the persona has no negative persona)
        assert "Traceback" not in err and "interrupted" not in err and "przerwano" not in err, err
        return
    _interrupted(done, None if _polish(workspace) else "cxkit: interrupted\n")


def test_an_uninterrupted_run_is_untouched_s41(workspace):
    """A guard: the hook itself changes nothing of a run it does not interrupt."""
    proc = subprocess.run([str(CXKIT), "lint", "personas"], cwd=workspace, env=_env(workspace),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "[missing-negative-persona]" in proc.stdout, proc.stderr  # its finding, as always
    assert "interrupted" not in proc.stderr


@pytest.mark.parametrize("args", [["lint", "personas"], ["fmt", "--check", "personas"]])
def test_a_ctrl_c_after_the_config_is_read_is_said_in_its_language_s41(workspace, args):
    """review117: in a Polish workspace, once lint or fmt has read its config, `cxkit: przerwano`; in an
    English one `cxkit: interrupted`, as before the config is read in either."""
    at = "cxkit.lint.engine" if args[0] == "lint" else "cxkit.fmt"
    proc = subprocess.run([str(CXKIT), *args], cwd=workspace, env=_env(workspace, at),
                          capture_output=True, text=True, timeout=120)
    _interrupted(proc, "cxkit: przerwano\n" if _polish(workspace) else "cxkit: interrupted\n")


LATE_HOOK = """\
import os, signal


class _Late:
    \"\"\"Sends SIGINT as the interpreter clears this module at its very end: after every exit handler.\"\"\"

    def __del__(self, kill=os.kill, pid=os.getpid(), sig=signal.SIGINT):
        kill(pid, sig)


_late = _Late()
"""


@pytest.mark.parametrize(("args", "code"), [(["render", "personas/one.yaml"], 0), (["fmt", "--check", "personas"], 1),
                                            (["lint", "personas"], 1)])
def test_a_ctrl_c_after_the_exit_handlers_leaves_the_runs_own_code_s41(workspace, args, code):
    """review117: a Ctrl-C in the interpreter's own end (module teardown: a third of a second of `cxkit render`
    on a busy machine), the run over and its output written, killed the process by the signal with no word
    (a shell saw 130 for render's 0); the run now ends with its own code, as one that ended before the signal."""
    (workspace.parent / "hook" / "sitecustomize.py").write_text(LATE_HOOK, encoding="utf-8")
    proc = subprocess.run([str(CXKIT), *args], cwd=workspace, env=_env(workspace), capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr and "interrupted" not in proc.stderr and "przerwano" not in proc.stderr


# --- CXKIT_DEBUG ----------------------------------------------------------------------------------------


@pytest.fixture
def failing_lint(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, request) -> None:
    lang = getattr(request, "param", "pl")
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (tmp_path / "one.yaml").write_text(OLA if lang == "pl" else DAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def boom(*_args, **_kwargs):
        raise ValueError("nieoczekiwany stan")

    monkeypatch.setattr("cxkit.lint.engine.lint", boom)


@pytest.mark.parametrize("failing_lint", ["pl", "en"], indirect=True)
@pytest.mark.parametrize("value", ["0", "false", "no", "off", "", "  ", "NO"])
def test_cxkit_debug_saying_no_keeps_the_short_message_s41(failing_lint, monkeypatch, value):
    """Fails before: any value that is set, `0` too, re-raised the error (a traceback) instead of exit 2."""
    monkeypatch.setenv("CXKIT_DEBUG", value)
    result = run_cli("lint", "one.yaml", "--no-cache")
    assert result.exit_code == 2, repr(result.exception)
    assert "internal error: ValueError: nieoczekiwany stan (set CXKIT_DEBUG=1 for details" in result.stderr


@pytest.mark.parametrize("failing_lint", ["pl", "en"], indirect=True)
@pytest.mark.parametrize("value", ["1", "true", "yes", "on", "TRUE", " on "])
def test_cxkit_debug_saying_yes_raises_s41(failing_lint, monkeypatch, value):
    monkeypatch.setenv("CXKIT_DEBUG", value)
    result = run_cli("lint", "one.yaml", "--no-cache")
    assert isinstance(result.exception, ValueError)


@pytest.mark.parametrize("value, on", [("1", True), ("yes", True), ("On", True), ("0", False), ("false", False),
                                       ("", False), ("2", False), ("debug", False)])
def test_debug_on_reads_the_variable_s41(monkeypatch, value, on):
    from cxkit.cliutil import debug_on

    monkeypatch.setenv("CXKIT_DEBUG", value)
    assert debug_on() is on
    monkeypatch.delenv("CXKIT_DEBUG")
    assert debug_on() is False
