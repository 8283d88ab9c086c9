"""Reading a document's bytes (discovery.read_target) through a bare file descriptor.

`cxkit lint` reads every file of a workspace once; the read goes through ``os.open``/``os.read``
instead of a buffered file object.  What must not change: the bytes (CRLF, a BOM, no newline
translation), the size reported for a file over the cap, a file that grew after it was stat'ed,
reads that return less than asked for (network and FUSE file systems), and no descriptor left open.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cxkit import discovery
from cxkit.discovery import NotRegularFile, Target, read_target
from cxkit.limits import MAX_FILE_BYTES

PERSONA = (
    "\ufeffkind: persona\r\n"
    "id: ewa-ksiegowa\r\n"
    "name: Ewa Zając\r\n"
    "lang: pl\r\n"
    "goals:\r\n"
    "  - Zamknąć miesiąc w 3 dni robocze, a nie w 5, bez nadgodzin w ostatnim tygodniu\r\n"
)


def target(path: Path) -> Target:
    return Target(path, path.name, True)


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 65537, MAX_FILE_BYTES - 1, MAX_FILE_BYTES])
def test_the_bytes_come_back_as_they_are_up_to_the_cap(tmp_path, size):
    body = (PERSONA.encode("utf-8") * (size // len(PERSONA.encode("utf-8")) + 1))[:size]
    path = tmp_path / "ewa.yaml"
    path.write_bytes(body)
    assert read_target(target(path)) == (body, size)


@pytest.mark.parametrize("size", [MAX_FILE_BYTES + 1, MAX_FILE_BYTES + 2, 2 * MAX_FILE_BYTES])
def test_a_file_over_the_cap_is_read_one_byte_past_it_and_told_its_full_size(tmp_path, size):
    path = tmp_path / "eksport.yaml"
    with open(path, "wb") as fh:
        fh.write(b"# " + b"x" * 78 + b"\n")
        fh.truncate(size)
    raw, told = read_target(target(path))
    assert len(raw) == MAX_FILE_BYTES + 1 and raw.startswith(b"# xxx")
    assert told == size


def test_crlf_and_a_bom_are_not_translated(tmp_path):
    path = tmp_path / "ewa.yaml"
    path.write_bytes(PERSONA.encode("utf-8"))
    raw, _ = read_target(target(path))
    assert raw.startswith(b"\xef\xbb\xbfkind: persona\r\n") and raw.count(b"\r\n") == 6


def test_a_file_that_grew_after_its_stat_is_read_to_its_end(tmp_path, monkeypatch):
    path = tmp_path / "ewa.yaml"
    path.write_bytes(PERSONA.encode("utf-8"))
    real_stat = os.stat

    def stale_stat(p, *args, **kwargs):
        info = real_stat(p, *args, **kwargs)
        if str(p) != str(path):
            return info
        fields = list(info)
        fields[6] = 10  # st_size: the file was 10 bytes when it was stat'ed
        return os.stat_result(fields)

    monkeypatch.setattr(discovery.os, "stat", stale_stat)
    assert read_target(target(path)) == (PERSONA.encode("utf-8"), len(PERSONA.encode("utf-8")))


def test_short_reads_are_read_on_to_the_end(tmp_path, monkeypatch):
    body = PERSONA.encode("utf-8") * 300
    path = tmp_path / "ewa.yaml"
    path.write_bytes(body)
    real_read = os.read
    monkeypatch.setattr(discovery.os, "read", lambda fd, n: real_read(fd, min(n, 777)))
    assert read_target(target(path)) == (body, len(body))


def test_no_descriptor_is_left_open(tmp_path):
    paths = []
    for i in range(200):
        path = tmp_path / f"p{i}.yaml"
        path.write_bytes(PERSONA.encode("utf-8"))
        paths.append(path)
    big = tmp_path / "duzy.yaml"
    with open(big, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 10)
    before = open_descriptors()
    for path in paths:
        read_target(target(path))
    read_target(target(big))
    with pytest.raises(FileNotFoundError):
        read_target(target(tmp_path / "brak.yaml"))
    assert open_descriptors() == before


def test_a_failing_read_closes_the_file_and_reaches_the_caller(tmp_path, monkeypatch):
    path = tmp_path / "ewa.yaml"
    path.write_bytes(PERSONA.encode("utf-8"))
    before = open_descriptors()

    def failing(fd, n):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(discovery.os, "read", failing)
    try:
        read_target(target(path))
    except OSError as exc:
        assert exc.errno == errno.EIO
    assert open_descriptors() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_refused_without_opening_it(tmp_path):
    fifo = tmp_path / "nie-plik.yaml"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFile):
        read_target(target(fifo))


def test_lint_reads_crlf_documents_the_same_with_workers_and_without(tmp_path):
    for i in range(70):  # enough files for worker processes
        text = PERSONA.replace("ewa-ksiegowa", f"ewa-ksiegowa-{i}")
        (tmp_path / f"ewa-{i}.yaml").write_bytes(text.encode("utf-8"))
    env = {**os.environ, "NO_COLOR": "1", "PYTHONHASHSEED": "0"}
    runs = [subprocess.run([sys.executable, "-m", "cxkit", "lint", "--no-cache", *jobs, "--format", "json", "."],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
            for jobs in (["--jobs", "1"], ["--jobs", "2"])]
    assert runs[0].returncode == runs[1].returncode == 1, runs[0].stderr
    assert runs[0].stdout == runs[1].stdout and '"path": "ewa-0.yaml"' in runs[0].stdout
    assert runs[0].stderr == runs[1].stderr == ""
