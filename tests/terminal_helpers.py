"""Running cxkit with a real terminal (a pseudo-terminal of a chosen size) as its standard output."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
from pathlib import Path


def cxkit_on_a_terminal(cwd: Path | None, args: list[str], env: dict[str, str], *, size: int = 0,
                        check: bool = True) -> bytes:
    """Run ``cxkit ARGS`` with a ``size``-column terminal (0: of unknown size) as stdout; the bytes it wrote."""
    out, code, errors = _run_on_a_terminal(cwd, args, env, size=size, stderr_too=False, timeout=30)
    if check:
        assert code == 0, errors
    return out


def cxkit_on_one_terminal(cwd: Path | None, args: list[str], env: dict[str, str], *,
                          timeout: float = 60) -> tuple[str, int]:
    """Run ``cxkit ARGS`` with stdout and stderr on one terminal, as a user sees it: the text and the exit code."""
    out, code, _errors = _run_on_a_terminal(cwd, args, env, size=0, stderr_too=True, timeout=timeout)
    return out.decode("utf-8", "replace"), code


def _run_on_a_terminal(cwd: Path | None, args: list[str], env: dict[str, str], *, size: int, stderr_too: bool,
                       timeout: float) -> tuple[bytes, int, str]:
    main, secondary = pty.openpty()
    if size:
        fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 50, size, 0, 0))
    full_env = {k: v for k, v in os.environ.items()
                if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "GIT_EXTERNAL_DIFF")}
    full_env.update(env)
    proc = subprocess.Popen([sys.executable, "-m", "cxkit", *args], stdout=secondary,
                            stderr=secondary if stderr_too else subprocess.PIPE,
                            stdin=subprocess.DEVNULL if stderr_too else None, env=full_env, cwd=cwd)
    os.close(secondary)
    chunks = []
    while True:
        ready, _w, _x = select.select([main], [], [], timeout)
        if not ready:
            break
        try:
            data = os.read(main, 65536)
        except OSError:  # the terminal closes with the process
            break
        if not data:
            break
        chunks.append(data)
    code = proc.wait(timeout=timeout)
    os.close(main)
    errors = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    return b"".join(chunks), code, errors


def render_on_a_terminal(cwd: Path, args: list[str], env: dict[str, str], *, size: int = 0) -> list[str]:
    """Run ``cxkit render ARGS`` on a terminal (see :func:`cxkit_on_a_terminal`); its lines."""
    out = cxkit_on_a_terminal(cwd, ["render", *args], env, size=size)
    return out.decode("utf-8").replace("\r\n", "\n").splitlines()
