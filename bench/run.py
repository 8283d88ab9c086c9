"""Benchmark cxkit lint against the parse floor and yamllint, in one run.

    python bench/run.py [--groups 800] [--repeat 5] [--keep DIR]

Generates a workspace (4 files per group: persona, negative persona, two
seven-stage journeys; Polish and English), then times, interleaved and
repeated, each as a separate process:

- floor:         only composing every file with ruamel.yaml's C parser
- cxkit cold:    `cxkit lint --no-cache` (all rules, every core)
- cxkit warm:    `cxkit lint` over an unchanged workspace with a primed cache
- cxkit 1 job:   `cxkit lint --no-cache --jobs 1`
- pl cold, pl warm: the same two runs over a copy of the corpus whose `cxkit.toml` says
                 `lang = "pl"` (findings in Polish; a warm run that quietly turns cold in a
                 Polish workspace shows here)
- fmt check:     `cxkit fmt --check --no-cache` (a CI format check without a cache; every core)
- yamllint:      `yamllint -d relaxed` on the same files (when installed)
- imports:       `python -c "import typer, rich, pydantic, ruamel.yaml"`
- version/help:  `cxkit --version`, `cxkit lint --help`

It prints medians, the ratios the speed goals are stated in, and peak memory
(max RSS of the main process; with --jobs 1 at a quarter and at the full
corpus, and how much more each file beyond the quarter costs: what the number of files adds).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_corpus import generate  # noqa: E402

FLOOR = r"""
import os, sys
from ruamel.yaml.cyaml import CBaseLoader
for d, _, fs in os.walk(sys.argv[1]):
    for f in fs:
        if f.endswith(('.yaml', '.yml')):
            with open(os.path.join(d, f), 'rb') as fh:
                text = fh.read().decode('utf-8')
            loader = CBaseLoader(text)
            loader.get_single_node()
            loader.dispose()
"""


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, int, int, float]:
    """Wall seconds, max RSS in KiB, exit code and CPU seconds (with worker processes) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, proc.returncode, cpu


def compile_package(py: str, env: dict[str, str]) -> None:
    """Write the bytecode of the cxkit being measured, as installing it does."""
    code = ("import compileall, pathlib, sys, cxkit; "
            "sys.exit(not compileall.compile_dir(pathlib.Path(cxkit.__file__).parent, quiet=1))")
    subprocess.run([py, "-c", code], env=env, check=False)


def went_cold(cpu_med: dict[str, float]) -> list[str]:
    """Warnings for warm runs that checked the files again, by CPU medians (which other work on the
    machine disturbs least): such a run costs about what its cold run does, many times a warm one's.
    Each warm run is held against its own cold run, so a cache that both workspaces lost (the English
    one too) is told as well as one only the Polish workspace lost."""
    out = []
    for warm, cold, what in (("cxkit warm", "cxkit cold", "the warm run"),
                             ("pl warm", "pl cold", "the Polish workspace's warm run")):
        if cpu_med[warm] > 0.5 * cpu_med[cold]:
            out.append(f"  !! {what} took {cpu_med[warm]:.2f} s CPU against {cpu_med[cold]:.2f} s cold: "
                       "it checked the files again; is its cache being used?")
    if not out and cpu_med["pl warm"] > max(2 * cpu_med["cxkit warm"], 0.25 * cpu_med["floor"]):
        out.append("  !! the Polish workspace's warm run takes far more CPU than the English one: "
                   "is its cache being used?")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--groups", type=int, default=800, help="4 files per group (default 800 = 3,200 files)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="generate the corpus here and keep it")
    args = parser.parse_args()

    py = sys.executable
    cxkit = [py, "-m", "cxkit"]
    env = dict(os.environ, NO_COLOR="1", CI="1")
    env.pop("GITHUB_ACTIONS", None)
    yamllint = shutil.which("yamllint") or (str(Path(py).parent / "yamllint") if (Path(py).parent / "yamllint").exists() else None)

    root = args.keep or Path(tempfile.mkdtemp(prefix="cxkit-bench-"))
    corpus = root / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    n = generate(corpus, args.groups)
    small = root / "small"
    if small.exists():
        shutil.rmtree(small)
    small_n = generate(small, max(1, args.groups // 4))
    # The same files in a workspace whose config says lang = "pl": the findings are written in
    # Polish, and the run (its cache among it) goes through what only a Polish workspace does.
    corpus_pl = root / "corpus-pl"
    if corpus_pl.exists():
        shutil.rmtree(corpus_pl)
    shutil.copytree(corpus, corpus_pl)
    (corpus_pl / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    # Files changed in the last seconds keep a run off the stat-only warm path
    # (cxkit.lint.cache.SETTLE_NS): the warm runs start once the new files have settled.
    time.sleep(3.5)
    cache = root / "cache"
    env_warm = dict(env, CXKIT_CACHE_DIR=str(cache))
    env_warm_pl = dict(env, CXKIT_CACHE_DIR=str(root / "cache-pl"))
    print(f"corpus: {n} files in {corpus} ({sum(p.stat().st_size for p in corpus.rglob('*.yaml')) / 1e6:.1f} MB); "
          f"{os.cpu_count()} cores; repeat {args.repeat}")

    commands: dict[str, tuple[list[str], dict[str, str]]] = {
        "floor": ([py, "-c", FLOOR, str(corpus)], env),
        "cxkit cold": ([*cxkit, "lint", "--no-cache", "--format", "json", str(corpus)], env),
        "pl cold": ([*cxkit, "lint", "--no-cache", "--format", "json", str(corpus_pl)], env),
        "cxkit warm": ([*cxkit, "lint", "--format", "json", str(corpus)], env_warm),
        "pl warm": ([*cxkit, "lint", "--format", "json", str(corpus_pl)], env_warm_pl),
        "cxkit 1 job": ([*cxkit, "lint", "--no-cache", "--jobs", "1", "--format", "json", str(corpus)], env),
        "fmt check": ([*cxkit, "fmt", "--check", "--no-cache", str(corpus)], env),
        "imports": ([py, "-c", "import typer, rich, pydantic, ruamel.yaml"], env),
        "cxkit --version": ([*cxkit, "--version"], env),
        "cxkit lint --help": ([*cxkit, "lint", "--help"], env),
    }
    if yamllint:
        commands["yamllint"] = ([yamllint, "-d", "relaxed", str(corpus)], env)
    else:
        print("yamllint not found: pip install yamllint to include the peer comparison")

    # A pip install compiles cxkit's modules once; an editable checkout under
    # PYTHONDONTWRITEBYTECODE would compile every edited module again in every timed run.
    compile_package(py, env)
    run(commands["cxkit warm"][0], root, env_warm)  # prime the caches
    run(commands["pl warm"][0], root, env_warm_pl)
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    rss: dict[str, int] = {}
    for _ in range(args.repeat):
        for name, (cmd, e) in commands.items():
            seconds, maxrss, _code, cpu_seconds = run(cmd, root, e)
            times[name].append(seconds)
            cpu[name].append(cpu_seconds)
            rss[name] = max(rss.get(name, 0), maxrss)

    med = {name: statistics.median(v) for name, v in times.items()}
    # CPU time is what other work on a shared machine disturbs least; wall time is what users wait.
    print(f"\n{'command':<20} {'median s':>9} {'min s':>7} {'CPU s':>7} {'max RSS MiB':>12}")
    for name in commands:
        print(f"{name:<20} {med[name]:>9.3f} {min(times[name]):>7.3f} {statistics.median(cpu[name]):>7.3f} "
              f"{rss[name] / 1024:>12.1f}")

    print("\nratios (medians, same run):")
    print(f"  cxkit cold / floor      {med['cxkit cold'] / med['floor']:.2f}   (goal <= 1.5)")
    print(f"  pl cold / floor         {med['pl cold'] / med['floor']:.2f}   (lang = \"pl\"; goal <= 1.5)")
    print(f"  cxkit warm / floor      {med['cxkit warm'] / med['floor']:.2f}   (goal <= 0.25)")
    print(f"  pl warm / floor         {med['pl warm'] / med['floor']:.2f}   (lang = \"pl\"; goal <= 0.25)")
    cpu_med = {name: statistics.median(v) for name, v in cpu.items()}
    for line in went_cold(cpu_med):
        print(line)
    print(f"  cxkit 1 job / floor     {med['cxkit 1 job'] / med['floor']:.2f}")
    print(f"  fmt check / floor       {med['fmt check'] / med['floor']:.2f}   "
          f"(fmt check / cxkit cold {med['fmt check'] / med['cxkit cold']:.2f}, goal <= 1.5)")
    if yamllint:
        print(f"  yamllint / cxkit cold   {med['yamllint'] / med['cxkit cold']:.1f}")
    print(f"  cxkit --version / imports    {med['cxkit --version'] / med['imports']:.2f}   (goal <= 1)")
    print(f"  cxkit lint --help / imports  {med['cxkit lint --help'] / med['imports']:.2f}   (goal <= 1)")

    _small_t, small_rss, _, _ = run([*cxkit, "lint", "--no-cache", "--jobs", "1", "--format", "json", str(small)], root, env)
    per_file = (rss["cxkit 1 job"] - small_rss) / max(1, n - small_n)
    print(f"\npeak memory, --jobs 1: {small_rss / 1024:.1f} MiB for {small_n} files, "
          f"{rss['cxkit 1 job'] / 1024:.1f} MiB for {n} files: {per_file:.1f} KiB more per file")
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
