"""Check that two cxkit source trees lint the same workspaces to the same bytes, in every output format.

    python bench/identity.py OLD_SRC NEW_SRC [--groups 400] [--examples examples] [--formats json,text] [--keep DIR]

OLD_SRC and NEW_SRC are `src/` folders of two exports (`git archive REV | tar -x -C DIR`). The
workspaces: a generated corpus (bench/gen_corpus.py: Polish and English documents), the same files
in a workspace whose cxkit.toml says `lang = "pl"`, and the examples folder. Each is linted with
`--no-cache --jobs 1` in each format (text, json, sarif, github, gitlab, junit) by both trees; the
standard output, standard error and exit code must be equal byte for byte. Says where the outputs
of each run that differs part; exits 1 when any differs, 0 when every run is the same. For a change
meant to make lint faster without changing what it finds (issue #7): run it before timing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_corpus import generate  # noqa: E402

FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit")


def lint(src: Path, workspace: Path, fmt: str) -> tuple[int, bytes, bytes]:
    """Exit code, stdout and stderr of one `cxkit lint` run of the tree ``src`` over ``workspace``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CXKIT_", "GITHUB_", "GITLAB_", "CI"))}
    env["PYTHONPATH"] = str(src.resolve())  # the run starts in the workspace
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "120"
    done = subprocess.run([sys.executable, "-m", "cxkit", "lint", "--no-cache", "--jobs", "1", "-f", fmt, "."],
                          cwd=workspace, env=env, capture_output=True, check=False)
    return done.returncode, done.stdout, done.stderr


def first_difference(a: bytes, b: bytes) -> str:
    """Where two outputs part, with a little of each around it."""
    at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"at byte {at}: {a[max(0, at - 80):at + 80]!r}\n   vs: {b[max(0, at - 80):at + 80]!r}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--groups", type=int, default=400, help="corpus groups (4 files each)")
    parser.add_argument("--examples", type=Path, default=HERE.parent / "examples")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated (default: every format)")
    parser.add_argument("--keep", type=Path, help="build the corpora here and keep them")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="cxkit-identity-"))
    try:
        corpus = base / "corpus"
        if not corpus.exists():
            generate(corpus, args.groups)
        corpus_pl = base / "corpus-pl"
        if not corpus_pl.exists():
            shutil.copytree(corpus, corpus_pl)
            (corpus_pl / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
        workspaces = [corpus, corpus_pl]
        if args.examples.is_dir():
            workspaces.append(args.examples)
        runs = failed = 0
        for workspace in workspaces:
            for fmt in args.formats.split(","):
                old, new = lint(args.old, workspace, fmt), lint(args.new, workspace, fmt)
                runs += 1
                for what, a, b in (("exit code", str(old[0]).encode(), str(new[0]).encode()),
                                   ("stdout", old[1], new[1]), ("stderr", old[2], new[2])):
                    if a != b:
                        failed += 1
                        print(f"DIFFERENT {workspace.name} -f {fmt}: {what} {first_difference(a, b)}")
                        break
                else:
                    print(f"same      {workspace.name} -f {fmt}: exit {old[0]}, {len(old[1]):,} bytes", flush=True)
        print(f"{runs - failed} of {runs} runs identical")
        return 1 if failed else 0
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
