"""Time cxkit's start-up against the import baseline of issue 7.

    python bench/startup.py [--repeat 21] [--against REV] [--tty] [--warm [--groups 800]]

Runs each command as a separate process, interleaved (one round runs every
command once, in a rotating order), and prints per command the median and
the minimum wall time and their ratio to the baseline
`python -c "import typer, rich, pydantic, ruamel.yaml"`. The goal is a ratio
of at most 1 for `cxkit --version` and `cxkit lint --help`.

The working tree's src/ is copied when the benchmark starts and timed from
the copy, so edits made meanwhile do not mix into its figures.
--against REV also times the cxkit source of a git revision (exported with
`git archive` into a temporary folder, run through PYTHONPATH) in the same
rounds, so a change is compared with its base under the same machine load.
--tty runs the commands under a pseudo-terminal, as a user at a terminal
sees them (colours, terminal width); by default output goes to /dev/null
with NO_COLOR=1 and CI=1, as in bench/run.py.

--warm times warm re-lints instead: `cxkit lint` over an unchanged
generated workspace (bench/gen_corpus.py, --groups 800 = 3,200 files) with a
primed cache, in each output format, and over examples/, beside the parse
floor of bench/run.py; ratios are to the floor.  Every variant has its own
cache folder, so a revision given with --against never reads this one's cache.
"""

from __future__ import annotations

import argparse
import os
import pty
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BASELINE = "imports"
COMMANDS: dict[str, list[str]] = {
    "python (empty)": ["-c", "pass"],
    BASELINE: ["-c", "import typer, rich, pydantic, ruamel.yaml"],
    "--version": ["-m", "cxkit", "--version"],
    "--help": ["-m", "cxkit", "--help"],
    "lint --help": ["-m", "cxkit", "lint", "--help"],
    "render --help": ["-m", "cxkit", "render", "--help"],
    "diff --help": ["-m", "cxkit", "diff", "--help"],
}
FLOOR = "floor"
#: Warm re-lints (argv after `python -m cxkit lint`); CORPUS and EXAMPLES are filled in.
WARM: dict[str, list[str]] = {
    "warm json": ["--format", "json", "CORPUS"],
    "warm text": ["CORPUS"],
    "warm github": ["--format", "github", "CORPUS"],
    "warm sarif": ["--format", "sarif", "CORPUS"],
    "warm examples": ["EXAMPLES"],
}


def run_once(argv: list[str], env: dict[str, str], tty: bool, ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """Wall seconds of one process from spawn to exit, and the CPU seconds it used (user + system)."""
    if tty:
        leader, follower = pty.openpty()
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdin=follower, stdout=follower, stderr=follower)
        os.close(follower)
        # Drain the terminal so a long help text never blocks the child.
        while True:
            try:
                if not os.read(leader, 65536):
                    break
            except OSError:
                break
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        os.close(leader)
    else:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        raise SystemExit(f"{' '.join(argv)} exited {code}")
    return elapsed, usage.ru_utime + usage.ru_stime


def export_revision(rev: str, into: Path) -> Path:
    """The src/ tree of a git revision, unpacked under `into`."""
    data = subprocess.run(["git", "-C", str(REPO), "archive", rev, "src"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=21, help="rounds (default 21)")
    parser.add_argument("--against", metavar="REV", help="also time this git revision's cxkit")
    parser.add_argument("--tty", action="store_true", help="run under a pseudo-terminal")
    parser.add_argument("--warm", action="store_true", help="time warm re-lints of a generated workspace instead")
    parser.add_argument("--groups", type=int, default=800, help="with --warm: 4 files per group (default 800)")
    args = parser.parse_args()

    py = sys.executable
    env = dict(os.environ)
    env.pop("GITHUB_ACTIONS", None)
    # Installed packages start from bytecode; without it every edited module is compiled on each run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not args.tty:
        env.update(NO_COLOR="1", CI="1")
    tmp = Path(tempfile.mkdtemp(prefix="cxkit-startup-"))
    # A copy of the working tree: edits made while the benchmark runs (by anyone) cannot mix into it.
    shutil.copytree(REPO / "src", tmp / "worktree" / "src", ignore=shutil.ignore_patterns("__pycache__"))
    revisions: list[tuple[str, dict[str, str]]] = [("", dict(env, PYTHONPATH=str(tmp / "worktree" / "src")))]
    if args.against:
        revisions.append((f" @{args.against}", dict(env, PYTHONPATH=str(export_revision(args.against, tmp)))))
    variants: dict[str, tuple[list[str], dict[str, str]]] = {}
    baseline = BASELINE
    if args.warm:
        sys.path.insert(0, str(REPO / "bench"))
        from gen_corpus import generate
        from run import FLOOR as floor_code

        corpus = tmp / "corpus"
        generate(corpus, args.groups)
        baseline = FLOOR
        variants[FLOOR] = ([py, "-c", floor_code, str(corpus)], env)
        for suffix, rev_env in revisions:
            for i, (name, argv) in enumerate(WARM.items()):
                argv = [str(corpus) if a == "CORPUS" else str(REPO / "examples") if a == "EXAMPLES" else a for a in argv]
                cache = tmp / f"cache{suffix.replace(' @', '-')}-{i}"
                variants[name + suffix] = ([py, "-m", "cxkit", "lint", *argv], dict(rev_env, CXKIT_CACHE_DIR=str(cache)))
    else:
        for name, argv in COMMANDS.items():
            for suffix, rev_env in revisions:
                if argv[:2] == ["-m", "cxkit"]:
                    variants[name + suffix] = ([py, *argv], rev_env)
                elif not suffix:
                    variants[name] = ([py, *argv], env)
    # Findings exit 1; anything else is a broken run, not a timing.
    ok = (0, 1) if args.warm else (0,)
    try:
        names = list(variants)
        for name in names:  # warm the bytecode caches and prime the lint caches; not timed
            run_once(*variants[name], args.tty, ok)
        times: dict[str, list[float]] = {name: [] for name in names}
        cpu: dict[str, list[float]] = {name: [] for name in names}
        for r in range(args.repeat):
            shift = r % len(names)
            for name in names[shift:] + names[:shift]:
                wall, used = run_once(*variants[name], args.tty, ok)
                times[name].append(wall)
                cpu[name].append(used)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    med = {n: statistics.median(t) for n, t in times.items()}
    low = {n: min(t) for n, t in times.items()}
    used = {n: statistics.median(t) for n, t in cpu.items()}
    print(f"{args.repeat} interleaved rounds{' under a pseudo-terminal' if args.tty else ''}; ratios to '{baseline}'")
    print(f"  {'command':<28} {'median':>8} {'min':>8} {'med/base':>9} {'min/base':>9} {'cpu med':>8} {'cpu/base':>9}")
    for name in names:
        print(
            f"  {name:<28} {med[name] * 1000:6.1f}ms {low[name] * 1000:6.1f}ms"
            f" {med[name] / med[baseline]:9.2f} {low[name] / low[baseline]:9.2f}"
            f" {used[name] * 1000:6.1f}ms {used[name] / used[baseline]:9.2f}"
        )
    if args.warm:
        print("goal: a warm re-lint at most 0.25 of the floor (issue 7)")
    else:
        print("goal: --version and lint --help at most 1.00 of the baseline")


if __name__ == "__main__":
    main()
