"""A `.cxkit_cache/` that cannot be written in a checkout that can is said once on stderr.

Left owned by root by `sudo cxkit lint` (or a container run as root), it made every run check every
file again without a word. The run still works, its report unchanged; one warning names the folder.
A checkout that cannot be written at all still lints without a word.

As root, permissions do not bind: the runs drop the capabilities that bypass them (setpriv), so the
folder owned by another user refuses the write as it would for a developer's own user.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PERSONA = """kind: persona
id: halina-ksiegowa
name: Halina Księgowa
lang: pl
summary: Księgowa w biurze rachunkowym w Łodzi, która co miesiąc wysyła klientom deklaracje VAT.
goals:
  - Wysłać wszystkie deklaracje przed dwudziestym piątym bez nadgodzin
"""

NOBODY = 65534

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file ownership and modes")


def run(ws: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT / "src")), "NO_COLOR": "1",
           "COLUMNS": "200"}
    env.pop("CXKIT_CACHE_DIR", None)
    command = [sys.executable, "-m", "cxkit", *args]
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", *command]
    return subprocess.run(command, cwd=ws, env=env, capture_output=True, text=True, timeout=120)


def lock(path: Path) -> None:
    """Make ``path`` a folder the runs cannot write: another user's (as root), or without write bits."""
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)
        path.chmod(0o755)
    else:
        path.chmod(0o555)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be made to bind")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "halina.yaml").write_text(PERSONA, encoding="utf-8")
    yield tmp_path
    for path in (tmp_path, tmp_path / ".cxkit_cache"):
        if path.exists():
            path.chmod(0o755)


def test_an_unwritable_cache_folder_in_a_writable_checkout_is_said_once(ws: Path) -> None:
    (ws / ".cxkit_cache").mkdir()
    lock(ws / ".cxkit_cache")
    fresh = run(ws, "lint", "--no-cache", "-f", "json")
    proc = run(ws, "lint", "-f", "json")
    assert proc.returncode == fresh.returncode == 1, proc.stderr
    assert json.loads(proc.stdout) == json.loads(fresh.stdout)  # the report as without the cache
    # The workspace is Polish, and so is the warning (session 38; test_polish_notes_s38 has it in English).
    warnings = [line for line in proc.stderr.splitlines() if "nie można zapisać pamięci podręcznej lint" in line]
    assert len(warnings) == 1, proc.stderr
    assert warnings[0].startswith("cxkit: ostrzeżenie: nie można zapisać pamięci podręcznej lint w .cxkit_cache (Permission "
                                  "denied: folder należy do "), warnings[0]
    assert "choć do tej kopii roboczej można pisać); polecenie wykonano bez niej" in warnings[0]
    assert "rm -r .cxkit_cache" in warnings[0] and "CXKIT_CACHE_DIR" in warnings[0]


def test_sarif_output_stays_clean_and_fmt_says_it_too(ws: Path) -> None:
    (ws / ".cxkit_cache").mkdir()
    lock(ws / ".cxkit_cache")
    sarif = run(ws, "lint", "-f", "sarif")
    assert json.loads(sarif.stdout)["version"] == "2.1.0"
    assert "nie można zapisać pamięci podręcznej lint w .cxkit_cache" in sarif.stderr  # the workspace is Polish, and so is the cache's warning (s38)
    fmt = run(ws, "fmt", "--check")
    assert fmt.returncode == 0, fmt.stderr
    assert "cxkit: ostrzeżenie: nie można zapisać pamięci podręcznej fmt w .cxkit_cache (" in fmt.stderr, fmt.stderr


def test_a_file_named_like_the_cache_folder_is_said(ws: Path) -> None:
    (ws / ".cxkit_cache").write_text("", encoding="utf-8")
    proc = run(ws, "lint", "-f", "json")
    assert proc.returncode == 1
    assert "nie można zapisać pamięci podręcznej lint w .cxkit_cache (to plik, a nie folder)" in proc.stderr, proc.stderr  # the workspace is Polish, and so is the cache's warning (s38)


def test_guard_a_checkout_that_cannot_be_written_lints_without_a_word(ws: Path) -> None:
    lock(ws)
    proc = run(ws, "lint", "-f", "json")
    assert proc.returncode == 1 and json.loads(proc.stdout), proc.stderr
    assert proc.stderr == "", proc.stderr
