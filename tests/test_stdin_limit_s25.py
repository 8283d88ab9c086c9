"""`cxkit lint -` reads stdin only up to cxkit's document size limit (regress25 R25-1).

An endless or huge stream gets the same "over the limit" finding a big file gets, without being
read into memory; the message says no size it does not know.
"""

from __future__ import annotations

import resource
import subprocess
import sys

from cxkit.limits import MAX_FILE_BYTES
from cxkit.yamlio import load_bytes


def _cap_memory() -> None:
    # 600 MB of address space: enough for cxkit, far too little to hold /dev/zero's first gigabytes.
    resource.setrlimit(resource.RLIMIT_AS, (600 * 1024 * 1024, 600 * 1024 * 1024))


def test_an_endless_stream_on_stdin_is_refused_by_size_not_read_whole(tmp_path):
    with open("/dev/zero", "rb") as zero:
        done = subprocess.run([sys.executable, "-m", "cxkit", "lint", "-", "--no-cache", "-q"], stdin=zero,
                              capture_output=True, text=True, timeout=60, cwd=tmp_path, preexec_fn=_cap_memory)
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [
        "-:1:1: error CX001 the input is over cxkit's 4 MiB limit for one document; split it [yaml-syntax]"]
    assert "MemoryError" not in done.stderr and "Traceback" not in done.stderr


def test_a_document_just_past_the_limit_is_not_called_4_0_mib():
    problem, = load_bytes(b"#" * (MAX_FILE_BYTES + 1)).problems
    assert problem.message == "the file is over cxkit's 4 MiB limit for one document; split it"


def test_a_bigger_file_keeps_its_size_in_the_message():
    problem, = load_bytes(b"#" * 100, size=6 * 1024 * 1024).problems
    assert problem.message == "the file is 6.0 MiB, over cxkit's 4 MiB limit for one document; split it"
