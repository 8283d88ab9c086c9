"""Review 11 (session 22): the temporary file lint keeps trait texts and stems in (issue #7, 66d192c).

A temporary folder that fills up during a run leaves the rest of the texts in memory with the same
findings (R11-1), and the file is closed when the run ends, also when a failed run's exception is
kept by the caller (R11-2).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from cxkit.config import load_config
from cxkit.lint import engine

PL = [
    "Kupuje {n} par butów trailowych rocznie w sklepie Decathlon w Gdyni, zawsze po przymierzeniu obu rozmiarów",
    "Porównuje ceny ekspresów przelewowych na Ceneo przez {n} wieczorów, zanim zamówi z dostawą do paczkomatu",
    "Zamawia kawę ziarnistą z palarni w Krakowie co {n} tygodni, płacąc BLIK-iem z telefonu w tramwaju",
]
EN = [
    "Buys {n} pairs of trail shoes a year at the Leeds flagship store, always after trying both sizes on",
    "Reads {n} reviews of closed-back headphones on r/headphones and asks the shop about door-to-door warranty",
    "Saves {n} pounds a month for a gravel bike and keeps the prices in a shared spreadsheet with her partner",
]


def _workspace(root: Path, groups: int) -> None:
    """Personas with a dozen long traits each; each negative persona shares one of them with its persona."""
    (root / "personas").mkdir(parents=True)
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    for g in range(groups):
        lang, pool = ("pl", PL) if g % 2 else ("en", EN)
        traits = [pool[(g + k) % 3].format(n=10 * g + k) for k in range(12)]
        goals = "\n".join(f"  - {t}" for t in traits)
        (root / "personas" / f"persona-{g}.yaml").write_text(
            f"kind: persona\nid: persona-{g}\nname: Osoba {g}\nlang: {lang}\ngoals:\n{goals}\n", encoding="utf-8"
        )
        (root / "personas" / f"negative-{g}.yaml").write_text(
            f"kind: negative-persona\nid: negative-{g}\nname: Nie-klient {g}\nlang: {lang}\n"
            f"reasons:\n  - {traits[4]}\n  - {pool[(g + 1) % 3].format(n=999)} w weekendy\n",
            encoding="utf-8",
        )


_LIMITED = """
import resource, sys
limit = int(sys.argv[1])
if limit:
    # What a full temporary folder does to a write, for every file this process writes.
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from cxkit.cli import main
sys.argv = ["cxkit", *sys.argv[2:]]
main()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("cache", [False, True], ids=["no-cache", "cache"])
def test_a_temporary_folder_that_fills_up_mid_run_changes_no_finding(tmp_path, cache):
    """Texts that could not be written stay in memory; those written before are read back.

    Before: the file was buffered, so a refused write surfaced at a later read: the cross-file
    rules reported that cxkit failed (OSError: File too large), and a run with the cache ended
    with 'cxkit: File too large', exit 2 and no output.
    """
    _workspace(tmp_path, 24)  # ~2.5 KB of texts and stems a persona: the limit is reached after a few
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", COLUMNS="100")
    flags = ["lint", "--jobs", "1", "--format", "json", *([] if cache else ["--no-cache"]), "."]

    def run(limit: int) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", _LIMITED, str(limit), *flags],
            cwd=tmp_path, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
        )

    full = run(0)
    if cache:
        for cached in tmp_path.glob(".cxkit*"):  # the limited run starts from no cache as well
            shutil.rmtree(cached)
    limited = run(12_000)
    assert full.returncode == 1, full.stderr
    expected = json.loads(full.stdout)
    assert sum(f["rule"] == "trait-overlap" for f in expected) == 24
    assert limited.returncode == 1, limited.stderr
    assert "cxkit failed" not in limited.stdout
    assert json.loads(limited.stdout) == expected


def test_the_temporary_file_is_closed_when_the_run_ends_also_when_its_error_is_kept(tmp_path, monkeypatch):
    """A caller that keeps a failed run's exception keeps its frames, which hold the summaries: the
    file (persona texts, a descriptor, its disk space) must not wait for them to go."""
    _workspace(tmp_path, 20)
    monkeypatch.chdir(tmp_path)
    config = load_config()
    made: list = []
    real = tempfile.TemporaryFile

    def tracking(*args, **kwargs):  # noqa: ANN002, ANN003
        made.append(real(*args, **kwargs))
        if os.name == "posix":
            # Nobody else may read the persona texts in it.
            assert os.fstat(made[-1].fileno()).st_mode & 0o077 == 0
        return made[-1]

    monkeypatch.setattr(tempfile, "TemporaryFile", tracking)
    engine.lint(["."], config, jobs=1)
    assert len(made) == 1 and made[0].closed

    def interrupted(done: int, total: int) -> None:
        if done >= 25:
            raise KeyboardInterrupt  # Ctrl-C, in a library caller's progress bar

    kept = []
    try:
        engine.lint(["."], config, jobs=1, progress=interrupted)
    except KeyboardInterrupt as exc:
        kept.append(exc)
    assert kept and len(made) == 2
    assert made[1].closed  # before: open until the kept exception went
