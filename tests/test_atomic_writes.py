"""Every file cxkit writes is written atomically.

`cxkit new`, `cxkit init`, `cxkit fmt`, `cxkit render -o` and the lint cache
all go through `write_atomic`: the old file's permissions survive, no
temporary file is left behind, a failure half-way leaves the old file byte for
byte, and a process killed mid-write leaves the old or the new file, never a
mix.  The lint cache also ignores itself in git and shrugs off damaged files.
"""

from __future__ import annotations

import errno
import json
import os
import pickle
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import pytest
from typer.testing import CliRunner

from conftest import JOURNEY_PL, NEGATIVE_PL, PERSONA_EN, PERSONA_PL
from cxkit.fsutil import write_atomic

# --- helpers -------------------------------------------------------------------------------------


def temp_files(folder: Path) -> list[str]:
    """write_atomic's temporary files (.NAME.XXXX.tmp) anywhere under ``folder``."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob(".*.tmp"))


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def invoke(*args: str):
    from cxkit.cli import app

    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    return result


def fail_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    def replace(src, dst):  # noqa: ANN001
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", replace)


def fail_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    def fsync(fd):  # noqa: ANN001
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", fsync)


def fail_half_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up after half of the data is written."""
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, handle):  # noqa: ANN001
            self.handle = handle

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])
            self.handle.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name: str):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: HalfWriter(real_fdopen(fd, *a, **k)))


FAILURES: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    "rename fails": fail_replace,
    "fsync fails": fail_fsync,
    "disk fills half-way": fail_half_way,
}


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Polish workspace with its config, as the current directory."""
    monkeypatch.chdir(tmp_path)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    for rel, text in {
        "personas/tomek.yaml": PERSONA_PL,
        "personas/janusz.yaml": NEGATIVE_PL,
        "journeys/tomek-kupuje.yaml": JOURNEY_PL,
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    return tmp_path


# --- write_atomic itself ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o755, 0o200])
def test_write_atomic_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "tomek.yaml"
    target.write_text(PERSONA_PL, encoding="utf-8")
    target.chmod(mode)
    write_atomic(target, PERSONA_EN)
    assert mode_of(target) == mode
    assert target.read_text(encoding="utf-8") == PERSONA_EN
    assert temp_files(tmp_path) == []


@pytest.mark.parametrize("mode", [0o444, 0o400, 0o555, 0], ids=oct)
def test_write_atomic_refuses_a_read_only_file_even_for_root(tmp_path: Path, mode: int) -> None:
    # The rename would replace it anyway; a read-only file is a "do not touch" the author wrote.
    target = tmp_path / "tomek.yaml"
    target.write_text(PERSONA_PL, encoding="utf-8")
    target.chmod(mode)
    with pytest.raises(PermissionError) as caught:
        write_atomic(target, PERSONA_EN)
    assert caught.value.errno == errno.EACCES and caught.value.strerror == "the file is read-only"
    assert caught.value.filename == str(target)
    target.chmod(0o600)
    assert target.read_text(encoding="utf-8") == PERSONA_PL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tomek.yaml"]


@pytest.mark.parametrize(
    ("read_only_mount", "code", "words"),
    [(False, errno.EACCES, "no permission to write the file"), (True, errno.EROFS, os.strerror(errno.EROFS))],
)
def test_write_atomic_refuses_a_file_it_may_not_write_in_the_words_of_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read_only_mount: bool, code: int, words: str
) -> None:
    # Someone else's 0644 file in a folder this user may write (the rename would hand it over), or
    # a read-only mount (`docker -v ...:ro`): each says why, not "chmod it". Asked, never opened.
    target = tmp_path / "tomek.yaml"
    target.write_text(PERSONA_PL, encoding="utf-8")
    target.chmod(0o644)
    real_access, real_statvfs, real_open = os.access, os.statvfs, os.open
    opened: list[str] = []

    class Mount:
        def __init__(self, real) -> None:
            self.f_flag = real.f_flag | (os.ST_RDONLY if read_only_mount else 0)

    monkeypatch.setattr(os, "access", lambda p, m, **kw: False if Path(p) == target else real_access(p, m, **kw))
    monkeypatch.setattr(os, "statvfs", lambda p: Mount(real_statvfs(p)))
    monkeypatch.setattr(os, "open", lambda p, *a, **kw: (opened.append(str(p)), real_open(p, *a, **kw))[1])
    with pytest.raises(OSError) as caught:
        write_atomic(target, PERSONA_EN)
    monkeypatch.undo()
    assert (caught.value.errno, caught.value.strerror, caught.value.filename) == (code, words, str(target))
    assert str(target) not in opened  # opening it for writing would tell a watcher the file was saved
    assert target.read_text(encoding="utf-8") == PERSONA_PL and mode_of(target) == 0o644
    assert temp_files(tmp_path) == []


def test_write_atomic_may_replace_its_own_files_whatever_their_mode(tmp_path: Path) -> None:
    # The cache's own files (follow_symlinks=False) are cxkit's to replace.
    target = tmp_path / "files.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o444)
    write_atomic(target, "[]", follow_symlinks=False)
    assert target.read_text(encoding="utf-8") == "[]"


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_write_atomic_failing_half_way_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    target = tmp_path / "tomek.yaml"
    old = PERSONA_PL.encode("utf-8")
    target.write_bytes(old)
    target.chmod(0o640)
    FAILURES[failure](monkeypatch)
    with pytest.raises(OSError):
        write_atomic(target, PERSONA_EN * 50)
    monkeypatch.undo()
    assert target.read_bytes() == old
    assert mode_of(target) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tomek.yaml"]


def test_write_atomic_can_replace_a_planted_link_instead_of_writing_through_it(tmp_path: Path) -> None:
    outside = tmp_path / "wazny-plik.txt"
    outside.write_text("nie ruszać\n", encoding="utf-8")
    outside.chmod(0o600)
    link = tmp_path / "cache.json"
    link.symlink_to(outside)
    write_atomic(link, "{}", follow_symlinks=False)
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "{}"
    assert outside.read_text(encoding="utf-8") == "nie ruszać\n"
    assert mode_of(outside) == 0o600


def test_a_folder_that_takes_no_new_file_is_reported_with_the_file_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A read-only folder refuses the temporary file; the user asked for cxkit.toml, not for it.
    import tempfile

    def refuse(*args, dir=None, **kwargs):  # noqa: ANN001, ANN002, ANN003, A002
        raise PermissionError(errno.EACCES, "Permission denied", os.path.join(str(dir), ".cxkit.toml.x1y2z3.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(PermissionError) as caught:
        write_atomic(tmp_path / "cxkit.toml", "lang = \"pl\"\n")
    assert caught.value.filename == str(tmp_path / "cxkit.toml")
    result = invoke("init", str(tmp_path / "zespol"), "--lang", "pl")
    assert result.exit_code == 2
    # `--lang pl`: init's account is Polish (590ab4fc); the file named is still the one asked for
    assert result.stdout.splitlines()[0] == (
        f"błąd       {tmp_path / 'zespol' / 'cxkit.toml'} (nie można go zapisać: Permission denied)")
    assert ".tmp" not in result.stdout + result.stderr


def test_write_atomic_handles_a_name_near_the_length_limit(tmp_path: Path) -> None:
    # 120 Polish letters are 240 bytes: the temporary name must not push past the 255-byte limit.
    target = tmp_path / ("ż" * 120 + ".md")
    write_atomic(target, "# Persona\n")
    assert target.read_text(encoding="utf-8") == "# Persona\n"
    assert temp_files(tmp_path) == []


_KILLED_WRITER = """
import sys
from cxkit.fsutil import write_atomic
path, size = sys.argv[1], int(sys.argv[2])
versions = [(f"wersja {i}\\n".encode() + bytes([65 + i]) * size) for i in range(3)]
print("ready", flush=True)
i = 0
while True:
    write_atomic(path, versions[i % 3])
    i += 1
"""


def test_a_process_killed_mid_write_leaves_the_old_or_a_new_file_never_a_mix(tmp_path: Path) -> None:
    size = 4 * 1024 * 1024
    old = b"stara wersja\n" + b"z" * size
    versions = {old} | {f"wersja {i}\n".encode() + bytes([65 + i]) * size for i in range(3)}
    target = tmp_path / "mapa.md"
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    outcomes = set()
    for _attempt in range(6):
        target.write_bytes(old)
        child = subprocess.Popen(
            [sys.executable, "-c", _KILLED_WRITER, str(target), str(size)], stdout=subprocess.PIPE, text=True
        )
        try:
            assert child.stdout is not None and child.stdout.readline() == "ready\n"
            time.sleep(rng.uniform(0, 0.25))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            child.stdout.close()
        content = target.read_bytes()
        assert content in versions, f"seed {seed}: {len(content)} bytes starting {content[:20]!r}"
        outcomes.add(content[:9])
    print(f"seed {seed}: ended on {sorted(outcomes)}")
    # A killed write may leave its hidden temporary file; a folder scan never picks it up.
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "mapa.md"]
    assert all(name.startswith(".mapa.md.") and name.endswith(".tmp") for name in leftovers), leftovers


# --- cxkit new --------------------------------------------------------------------------------


def test_new_writes_without_leaving_temporary_files(ws: Path) -> None:
    result = invoke("new", "persona", "Żaneta Łęcka", "--no-input")
    assert result.exit_code == 0, result.stderr
    assert (ws / "personas" / "zaneta-lecka.yaml").is_file()
    assert temp_files(ws) == []


@pytest.mark.parametrize("mode", [0o640, 0o444], ids=oct)
def test_new_force_keeps_the_permissions_of_the_file_it_overwrites_and_leaves_a_read_only_one(
    ws: Path, mode: int
) -> None:
    target = ws / "personas" / "tomek-audiofil.yaml"
    target.write_text(PERSONA_PL, encoding="utf-8")
    target.chmod(mode)
    result = invoke("new", "persona", "Tomek Audiofil", "--id", "tomek-audiofil", "--force", "--no-input")
    writable = bool(mode & 0o200)
    assert result.exit_code == (0 if writable else 2), result.stdout + result.stderr
    assert (target.read_text(encoding="utf-8") != PERSONA_PL) is writable
    assert ("read-only" in result.stderr) is not writable
    assert mode_of(target) == mode
    assert temp_files(ws) == []


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_new_force_failing_half_way_leaves_the_old_file(ws: Path, monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    target = ws / "personas" / "tomek-audiofil.yaml"
    target.write_text(PERSONA_PL, encoding="utf-8")
    FAILURES[failure](monkeypatch)
    result = invoke("new", "persona", "Tomek Audiofil", "--id", "tomek-audiofil", "--force", "--no-input")
    monkeypatch.undo()
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == PERSONA_PL
    assert temp_files(ws) == []


# --- cxkit init -------------------------------------------------------------------------------

PYPROJECT = '[project]\nname = "badania-klientow"\nversion = "0.1.0"\n# zależności dopiszemy później\n'


def test_init_appending_to_pyproject_keeps_its_bytes_and_permissions(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "pyproject.toml").chmod(0o640)
    result = invoke("init", str(tmp_path), "--lang", "pl")
    assert result.exit_code == 0, result.stderr
    after = (tmp_path / "pyproject.toml").read_text(encoding="utf-8")
    assert after.startswith(PYPROJECT) and "[tool.cxkit]" in after
    assert mode_of(tmp_path / "pyproject.toml") == 0o640
    assert temp_files(tmp_path) == []


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_init_failing_half_way_leaves_pyproject_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    FAILURES[failure](monkeypatch)
    result = invoke("init", str(tmp_path), "--lang", "pl")
    monkeypatch.undo()
    assert result.exit_code in (1, 2)
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8") == PYPROJECT
    assert temp_files(tmp_path) == []


def test_init_in_a_fresh_folder_leaves_no_temporary_files(tmp_path: Path) -> None:
    result = invoke("init", str(tmp_path / "nowy"), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "nowy" / "cxkit.toml").is_file()
    assert temp_files(tmp_path) == []


# --- cxkit fmt --------------------------------------------------------------------------------

SCRAMBLED = "name: Maya Patel\nid: maya-runner\nkind: persona\n"


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_fmt_failing_half_way_reports_the_file_and_leaves_it(ws: Path, monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    target = ws / "personas" / "maya.yaml"
    target.write_text(SCRAMBLED, encoding="utf-8")
    target.chmod(0o640)
    FAILURES[failure](monkeypatch)
    result = invoke("fmt", "personas")
    monkeypatch.undo()
    assert result.exit_code == 1
    assert "personas/maya.yaml:1:1: error CX000 cannot write the file" in result.stdout
    assert target.read_text(encoding="utf-8") == SCRAMBLED
    assert mode_of(target) == 0o640
    assert temp_files(ws) == []


def test_fmt_leaves_a_read_only_file_alone_and_says_so(ws: Path) -> None:
    target = ws / "personas" / "maya.yaml"
    target.write_text(SCRAMBLED, encoding="utf-8")
    target.chmod(0o444)
    result = invoke("fmt", "personas")
    assert result.exit_code == 1
    assert "personas/maya.yaml:1:1: error CX000 cannot write the file: the file is read-only [read-error]" in result.stdout
    assert "nie do sformatowania: 1 plik" in result.stderr  # the workspace is Polish, and so is the summary (s37)
    assert target.read_text(encoding="utf-8") == SCRAMBLED and mode_of(target) == 0o444
    assert temp_files(ws) == []


def test_fmt_of_a_folder_leaves_no_temporary_files(ws: Path) -> None:
    (ws / "personas" / "maya.yaml").write_text(SCRAMBLED, encoding="utf-8")
    result = invoke("fmt")
    assert result.exit_code == 0, result.stderr
    assert (ws / "personas" / "maya.yaml").read_text(encoding="utf-8") == "kind: persona\nid: maya-runner\nname: Maya Patel\n"
    assert temp_files(ws) == []


# --- cxkit render -o --------------------------------------------------------------------------

# Previous Markdown exports of the journey (render -o replaces only a file that is one, without --force).
PREVIOUS_EXPORT = "## Tomek kupuje\n\n_ścieżka klienta_ · `tomek-kupuje` · Przegląd: 2026-03-01\n\nPoprzednia wersja mapy\n"
APPROVED_EXPORT = "## Tomek kupuje\n\n_ścieżka klienta_ · `tomek-kupuje` · Przegląd: 2026-06-01\n\nZatwierdzona wersja mapy\n"


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_render_output_failing_half_way_keeps_the_old_export(ws: Path, monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    target = ws / "mapa.md"
    target.write_text(PREVIOUS_EXPORT, encoding="utf-8")
    target.chmod(0o640)
    FAILURES[failure](monkeypatch)
    result = invoke("render", "journeys/tomek-kupuje.yaml", "--format", "markdown", "-o", str(target))
    monkeypatch.undo()
    assert result.exit_code == 2
    assert "cannot write" in result.stderr
    assert target.read_text(encoding="utf-8") == PREVIOUS_EXPORT
    assert mode_of(target) == 0o640
    assert temp_files(ws) == []


def test_render_output_leaves_a_read_only_export_alone(ws: Path) -> None:
    target = ws / "mapa.md"
    target.write_text(APPROVED_EXPORT, encoding="utf-8")
    target.chmod(0o444)
    result = invoke("render", "journeys/tomek-kupuje.yaml", "--format", "markdown", "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr.endswith("mapa.md: cannot write: the file is read-only\n")
    assert target.read_text(encoding="utf-8") == APPROVED_EXPORT and mode_of(target) == 0o444
    assert temp_files(ws) == []


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="no /dev/stdout here")
@pytest.mark.parametrize("name", ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"])
def test_render_output_to_dev_stdout_appended_to_a_log_keeps_the_log(ws: Path, name: str) -> None:
    # `cxkit render ... -o /dev/stdout >> log.md`: by name, /dev/stdout is log.md opened anew, which
    # a rename would replace and a plain open would truncate. The shell's descriptor is written into.
    if not os.path.exists(name):
        pytest.skip(f"no {name} here")
    log = ws / "log.md"
    log.write_text("# Dziennik zmian\n", encoding="utf-8")
    log.chmod(0o640)
    with open(log, "ab") as out:
        proc = subprocess.run(
            [sys.executable, "-m", "cxkit", "render", "journeys/tomek-kupuje.yaml", "--format", "markdown", "-o", name],
            cwd=ws, stdout=out, stderr=subprocess.PIPE, text=True, timeout=60,
        )
    assert proc.returncode == 0, proc.stderr
    text = log.read_text(encoding="utf-8")
    assert text.startswith("# Dziennik zmian\n# Tomek") and "Tomek" in text
    assert mode_of(log) == 0o640 and temp_files(ws) == []


@pytest.mark.skipif(not os.path.exists("/dev/fd"), reason="no /dev/fd here")
def test_render_output_to_an_inherited_descriptor_is_written_into_it(ws: Path) -> None:
    log = ws / "log.md"
    log.write_text("# Dziennik zmian\n", encoding="utf-8")
    fd = os.open(log, os.O_WRONLY | os.O_APPEND)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "cxkit", "render", "journeys/tomek-kupuje.yaml", "--format", "markdown", "-o", f"/dev/fd/{fd}"],
            cwd=ws, capture_output=True, text=True, timeout=60, pass_fds=(fd,),
        )
    finally:
        os.close(fd)
    assert proc.returncode == 0 and proc.stdout == "", proc.stderr
    assert log.read_text(encoding="utf-8").startswith("# Dziennik zmian\n# Tomek")
    # A descriptor that is not open is no file to create: the name fails as any other would.
    closed = subprocess.run(
        [sys.executable, "-m", "cxkit", "render", "journeys/tomek-kupuje.yaml", "--format", "markdown", "-o", "/dev/fd/97"],
        cwd=ws, capture_output=True, text=True, timeout=60,
    )
    assert closed.returncode == 2 and "/dev/fd/97: cannot write" in closed.stderr


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="no /dev/stdout here")
@pytest.mark.parametrize("spelled", ["link", "//dev/stdout"])
def test_render_output_to_a_link_to_dev_stdout_or_an_odd_spelling_keeps_the_log(ws: Path, spelled: str) -> None:
    log = ws / "log.md"
    log.write_text("# Dziennik zmian\n", encoding="utf-8")
    name = spelled
    if spelled == "link":
        (ws / "na-ekran.md").symlink_to("/dev/stdout")
        name = "na-ekran.md"
    with open(log, "ab") as out:
        proc = subprocess.run(
            [sys.executable, "-m", "cxkit", "render", "journeys/tomek-kupuje.yaml", "--format", "markdown", "-o", name],
            cwd=ws, stdout=out, stderr=subprocess.PIPE, text=True, timeout=60,
        )
    assert proc.returncode == 0, proc.stderr
    assert log.read_text(encoding="utf-8").startswith("# Dziennik zmian\n# Tomek")
    if spelled == "link":
        assert (ws / "na-ekran.md").is_symlink()


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="no /dev/stdout here")
@pytest.mark.parametrize(("name", "closed"), [
    ("/dev/stdout", 1), ("/dev/fd/1", 1), ("/proc/self/fd/1", 1), ("/dev/stderr", 2), ("/dev/fd/2", 2),
])
def test_render_output_to_a_standard_stream_closed_by_the_shell_is_refused(ws: Path, name: str, closed: int) -> None:
    # `cxkit render ... -o /dev/stdout >&-`: cxkit puts the null device where the closed stream was (so
    # no file it opens takes the number), and the export went there: lost, with exit 0.
    if not os.path.exists(name):
        pytest.skip(f"no {name} here")
    proc = subprocess.run(
        [sys.executable, "-m", "cxkit", "render", "journeys/tomek-kupuje.yaml", "--format", "markdown", "-o", name],
        cwd=ws, stdout=subprocess.PIPE if closed == 2 else None, stderr=subprocess.PIPE if closed == 1 else None,
        text=True, timeout=60, preexec_fn=lambda: os.close(closed),
    )
    assert proc.returncode == 2
    if closed == 1:
        assert proc.stderr.endswith(f"{name}: cannot write: the descriptor was closed when cxkit started\n"), proc.stderr
    assert temp_files(ws) == []


@pytest.mark.skipif(not os.path.exists("/dev/fd"), reason="no /dev/fd here")
def test_fmt_given_a_descriptor_name_still_replaces_the_file_whole(ws: Path) -> None:
    # Only an export writes into a descriptor; fmt writing the shorter text at offset 0 of an open
    # file would leave the old tail behind it and break the YAML.
    target = ws / "personas" / "maya.yaml"
    target.write_text("name:      Maya Patel\nkind:      persona\nid:        maya-runner\n", encoding="utf-8")
    fd = os.open(target, os.O_RDWR)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "cxkit", "fmt", f"/dev/fd/{fd}"], cwd=ws, capture_output=True, text=True,
            timeout=60, pass_fds=(fd,),
        )
    finally:
        os.close(fd)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert target.read_text(encoding="utf-8") == "kind: persona\nid: maya-runner\nname: Maya Patel\n"


@pytest.mark.skipif(not os.path.exists("/dev/fd"), reason="no /dev/fd here")
@pytest.mark.parametrize(("name", "said"), [
    ("/dev/fd/99999999999999999999", "/dev/fd/99999999999999999999: cannot write: No such file or directory"),
    ("/dev/fd/0", "/dev/fd/0: cannot write: the descriptor is open for reading, not writing"),
])
def test_render_output_to_a_descriptor_it_cannot_write_says_why(ws: Path, name: str, said: str) -> None:
    with open(os.devnull, "rb") as nothing:
        proc = subprocess.run(
            [sys.executable, "-m", "cxkit", "render", "journeys/tomek-kupuje.yaml", "--format", "markdown", "-o", name],
            cwd=ws, stdin=nothing, capture_output=True, text=True, timeout=60,
        )
    assert proc.returncode == 2
    assert proc.stderr.endswith(said + "\n"), proc.stderr
    assert "internal error" not in proc.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_render_output_to_a_named_pipe_is_written_into_it_not_replaced(ws: Path) -> None:
    # `-o /dev/stdout`, `-o /dev/null` or a pipe another program reads: there is no file to
    # replace, and replacing the node would cut the reader off (or remove /dev/null, as root).
    import threading

    pipe = ws / "mapa.pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    result = invoke("render", "journeys/tomek-kupuje.yaml", "--format", "markdown", "-o", str(pipe))
    reader.join(10)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert received and received[0].startswith(b"# Tomek") and "Tomek".encode() in received[0]
    assert temp_files(ws) == []


def test_write_atomic_writes_into_a_character_device(tmp_path: Path) -> None:
    # A device node of its own (never the system's /dev/null, which a regression would replace).
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (AttributeError, PermissionError, OSError):
        pytest.skip("cannot make a device node here (needs root)")
    before = device.lstat()
    write_atomic(device, "Mapa ścieżki klienta\n")
    after = device.lstat()
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


# --- the lint cache ---------------------------------------------------------------------------

CACHE = ".cxkit_cache"


def lint_findings(*extra: str) -> tuple[int, list[dict]]:
    result = invoke("lint", "--format", "json", *extra)
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def engine_run() -> int:
    """Lint the workspace through the engine with the cache on; return how many files came from it."""
    from cxkit.config import load_config
    from cxkit.lint.engine import lint

    return lint(["."], load_config(), jobs=1, cache=True).cached_files


def test_the_cache_folder_ignores_itself_in_git(ws: Path) -> None:
    subprocess.run(["git", "init", "-q", str(ws)], check=True)
    lint_findings()
    assert sorted(p.name for p in (ws / CACHE).iterdir()) == [".gitignore", "files-v1.json", "runs-v1.json"]
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"], cwd=ws, capture_output=True, text=True, check=True
    ).stdout
    assert CACHE not in status
    assert "personas/tomek.yaml" in status  # the workspace itself is not ignored
    ignored = subprocess.run(["git", "check-ignore", f"{CACHE}/files-v1.json", f"{CACHE}/.gitignore"], cwd=ws)
    assert ignored.returncode == 0


def test_cache_files_keep_their_permissions_and_leave_no_temporary_files(ws: Path) -> None:
    lint_findings()
    for name in ("files-v1.json", "runs-v1.json"):
        (ws / CACHE / name).chmod(0o640)
    (ws / "personas" / "tomek.yaml").write_text(PERSONA_PL.replace("Tomek Wiśniewski", "Tomasz Wiśniewski"), encoding="utf-8")
    before = (ws / CACHE / "runs-v1.json").read_bytes()
    lint_findings()
    assert (ws / CACHE / "runs-v1.json").read_bytes() != before  # rewritten, not skipped
    assert all(mode_of(ws / CACHE / name) == 0o640 for name in ("files-v1.json", "runs-v1.json"))
    assert temp_files(ws) == []


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_a_cache_write_failing_half_way_still_lints_and_keeps_the_old_cache(
    ws: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    expected = lint_findings("--no-cache")
    lint_findings()
    saved = {name: (ws / CACHE / name).read_bytes() for name in ("files-v1.json", "runs-v1.json")}
    (ws / "personas" / "maya.yaml").write_text(PERSONA_EN, encoding="utf-8")
    expected_after = lint_findings("--no-cache")
    assert expected_after != expected
    FAILURES[failure](monkeypatch)
    got = lint_findings()
    monkeypatch.undo()
    assert got == expected_after
    assert {name: (ws / CACHE / name).read_bytes() for name in saved} == saved
    assert temp_files(ws) == []


class _Exploit:
    """Unpickling this would run a command: a cache must never unpickle."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def _damage(kind: str, good: bytes, folder: Path) -> bytes:
    if kind == "garbage":
        return bytes(range(256)) * 4
    if kind == "empty":
        return b""
    if kind == "truncated":
        return good[: len(good) // 2]
    if kind == "json-list":
        return b'["files", 1, 2]'
    if kind == "json-string":
        return b'"cache"'
    if kind == "deep-json":
        return b"[" * 100_000 + b"]" * 100_000
    if kind == "pickle":
        return pickle.dumps({"files": _Exploit(folder / "PWNED")})
    if kind == "wrong-shapes":
        # Right keys, junk values: what a half-edited cache looks like.
        data = json.loads(good)
        shapes = [None, 7, "x", [], {"f": "x"}, {"findings": "x"}]
        return json.dumps({key: shapes[i % len(shapes)] for i, key in enumerate(data)}).encode()
    if kind == "wrong-types":
        # Right keys and layout, values of the wrong type: they must not reach the report.
        row = ["personas/tomek.yaml", "x", None, "CX501", "placeholder", 2, "wstrzyknięte"]
        bad = {"findings": [row], "files": "dużo", "documents": None, "p": "personas/tomek.yaml", "d": True,
               "f": [row], "s": None, "u": None}
        return json.dumps({key: bad for key in json.loads(good)}).encode()
    raise AssertionError(kind)


DAMAGE = ["garbage", "empty", "truncated", "json-list", "json-string", "deep-json", "pickle", "wrong-shapes", "wrong-types"]


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_or_foreign_cache_file_is_ignored_and_rebuilt(ws: Path, kind: str) -> None:
    expected = lint_findings("--no-cache")
    lint_findings()
    for name in ("files-v1.json", "runs-v1.json"):
        path = ws / CACHE / name
        path.write_bytes(_damage(kind, path.read_bytes(), ws))
    assert lint_findings() == expected
    assert not (ws / "PWNED").exists()
    for name in ("files-v1.json", "runs-v1.json"):
        assert isinstance(json.loads((ws / CACHE / name).read_bytes()), dict), name  # rebuilt
    assert engine_run() == 3  # and used again: every file comes from the cache
    assert lint_findings() == expected


def test_the_cache_is_used_at_all(ws: Path) -> None:
    # Guards the damage tests above: a cache that never hits would pass them trivially.
    assert engine_run() == 0
    assert engine_run() == 3


def test_a_link_planted_in_the_cache_folder_is_replaced_not_written_through(ws: Path) -> None:
    lint_findings()
    victim = ws / "personas" / "tomek.yaml"
    before = victim.read_bytes()
    for name in ("files-v1.json", "runs-v1.json", ".gitignore"):
        (ws / CACHE / name).unlink()
        (ws / CACHE / name).symlink_to(victim)
    (ws / "personas" / "maya.yaml").write_text(PERSONA_EN, encoding="utf-8")  # forces a rewrite
    lint_findings()
    assert victim.read_bytes() == before
    assert not (ws / CACHE / "files-v1.json").is_symlink()
    assert isinstance(json.loads((ws / CACHE / "files-v1.json").read_bytes()), dict)


@pytest.mark.parametrize("obstacle", ["a file", "folders in place of the cache files"])
def test_a_cache_that_cannot_be_written_never_stops_lint(ws: Path, obstacle: str) -> None:
    expected = lint_findings("--no-cache")
    if obstacle == "a file":
        (ws / CACHE).write_text("nie folder\n", encoding="utf-8")
    else:
        for name in ("files-v1.json", "runs-v1.json"):
            (ws / CACHE / name).mkdir(parents=True)
    assert lint_findings() == expected
    assert lint_findings() == expected
    assert temp_files(ws) == []


def test_cache_clear_removes_the_folder_and_lint_rebuilds_it(ws: Path) -> None:
    lint_findings()
    result = invoke("cache", "clear")
    assert result.exit_code == 0 and "usunięto 3 pliki pamięci podręcznej" in result.stdout
    assert not (ws / CACHE).exists()
    lint_findings()
    assert (ws / CACHE / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"


def test_cache_clear_removes_what_an_interrupted_write_left(ws: Path) -> None:
    lint_findings()
    (ws / CACHE / ".runs-v1.json.k2j4x9.tmp").write_bytes(b'{"runs": [')  # a write killed half-way
    result = invoke("cache", "clear")
    assert result.exit_code == 0 and "usunięto 4 pliki pamięci podręcznej" in result.stdout
    assert not (ws / CACHE).exists()


def test_cache_clear_leaves_a_file_where_the_cache_folder_would_be(ws: Path) -> None:
    (ws / CACHE).write_text("notatki\n", encoding="utf-8")
    result = invoke("cache", "clear")
    assert result.exit_code == 0, result.stderr
    assert "nie ma pamięci podręcznej" in result.stdout
    assert (ws / CACHE).read_text(encoding="utf-8") == "notatki\n"
