"""One folder holding every kind of hostile file next to good personas.

Each command that reads a folder (`lint`, `render`, `diff`, `fmt`) must finish
quickly, report each hostile file at a position an editor can open, and keep
working on the good files.  What a folder scan skips by design, silently:
YAML that is not a cxkit document (no `kind:` line naming a cxkit kind), FIFOs,
sockets and devices (reading them could block forever), and links to folders
(never followed, so a link loop cannot trap the scan).  Files that cannot be
opened (link loops, dangling links, no permission) are `read-error` findings.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import NEGATIVE_PL, PERSONA_EN, PERSONA_PL, position_of
from hostile import inputs

ROOT_IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

# The good personas, each with something only it can produce.
TOMEK = PERSONA_PL.replace(
    'quote: "Bez wykresu pasma nie kupię nawet za 300 zł."', 'quote: "TODO: cytat z wywiadu z Tomkiem"'
)
MAYA = PERSONA_EN  # no `reviewed` date: a missing-review-date finding on maya.yaml
assert TOMEK != PERSONA_PL

# Documents that load fine once decoded: a planted placeholder proves they were linted, and where.
ENCODED_PERSONA = (
    "kind: persona\nid: {id}\nname: Zofia Kęsik\nlang: pl\n"
    "summary: Kupuje kawę ziarnistą co dwa tygodnie\ngoals:\n  - TBD po wywiadach\n"
)
PLACEHOLDER_AT = position_of(ENCODED_PERSONA, "TBD")
WINDOWS_PATH = 'kind: persona\nid: sciezka\nname: Ścieżka\nx-source-file: "C:\\Users\\tomek\\persona.yaml"\n'
CR_ONLY = "kind: persona\rid: stary-mac\rname: Stary Mac\rgoals:\r\t- Cisza\r"
WORKFLOW = "name: lint\non: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cxkit lint\n"


def _hostile_files() -> dict[str, bytes]:
    return {
        "billion-laughs.yaml": inputs.billion_laughs(),
        "deep-flow-10k.yaml": inputs.deep_flow(10_000).replace(b"tomek-audiofil", b"gleboki-1"),
        "deep-dashes-10k.yaml": inputs.deep_dashes(10_000).replace(b"tomek-audiofil", b"gleboki-2"),
        "huge-20mb.yaml": inputs.oversized(20),
        "python-object.yaml": (
            b"kind: persona\nid: pwned\nname: !!python/object/apply:os.system [\"touch PWNED\"]\n"
            b"summary: !!python/name:os.system\n"
        ),
        "other-tags.yaml": (
            "kind: persona\nid: tagi\nname: Tagi\nx-logo: !!binary aGVsbG8=\ngoals: !custom [Cisza]\n"
            "needs: !!set {a, b}\nquote: !ruby/object:Gem::Installer x\n"
        ).encode(),
        "nul.yaml": b"kind: persona\nid: nul\nname: Tomek\x00Wisniewski\n",
        "latin2.yaml": ENCODED_PERSONA.format(id="latin2").encode("iso-8859-2"),
        "utf16-bom.yaml": codecs.BOM_UTF16_LE + ENCODED_PERSONA.format(id="utf16").encode("utf-16-le"),
        "utf16-no-bom.yaml": ENCODED_PERSONA.format(id="utf16-bez-bom").encode("utf-16-le"),
        "utf8-bom.yaml": codecs.BOM_UTF8 + ENCODED_PERSONA.format(id="bom").encode(),
        "crlf.yaml": ENCODED_PERSONA.format(id="crlf").replace("\n", "\r\n").encode(),
        "cr-only.yaml": CR_ONLY.encode(),
        "duplicate-keys.yaml": b"kind: persona\nid: duplikat\nname: A\ndemographics:\n  age: 34\n  age: 43\n",
        "windows-path.yaml": WINDOWS_PATH.encode(),
        "locked.yaml": ENCODED_PERSONA.format(id="zamkniety").encode(),
        "workflow.yaml": WORKFLOW.encode(),
        # A list as a key with a list as its value: the cross-file summary once hashed the list.
        "complex-key.yaml": b"kind: persona\nid: klucz\nname: Klucz\n[a]: [b]\npsychographics:\n  {x: 1}: [c]\n",
        # Python will not turn an int of over 4,300 digits into text: such a number once crashed every command.
        # Laid out as fmt lays it out (fmt reads such numbers as the text lint reads): fmt leaves it be.
        "long-number.yaml": b"kind: persona\nid: liczba\nname: " + b"9" * 4301
        + b"\nsources: [{id: s, type: survey, n: 0x" + b"f" * 3600 + b"}]\nx-hex: 0x" + b"f" * 3600 + b"\n",
    }


# file -> (rule, fragment of the message, (line, column) or None), for files that must be reported.
# The workspace is Polish (`lang = "pl"`): lint says the reader's and the schema's findings in Polish.
REPORTED = {
    "billion-laughs.yaml": ("yaml-syntax", "jak w pliku „billion laughs”", None),
    "deep-flow-10k.yaml": ("yaml-syntax", "zagnieżdżony głębiej niż na 200 poziomów", (5, None)),
    "deep-dashes-10k.yaml": ("yaml-syntax", "zagnieżdżony głębiej niż na 200 poziomów", (6, None)),
    "huge-20mb.yaml": ("yaml-syntax", "ponad limit cxkit 4 MiB", (1, 1)),
    "python-object.yaml": ("yaml-syntax", "!!python/object/apply:os.system jest niedozwolony", (3, 7)),
    "nul.yaml": ("yaml-syntax", "bajt NUL", (3, 12)),
    "latin2.yaml": ("yaml-syntax", "ISO-8859-2", position_of(ENCODED_PERSONA, "ę")),
    "utf16-no-bom.yaml": ("yaml-syntax", "UTF-16 bez znacznika kolejności bajtów", (1, 1)),
    "cr-only.yaml": ("yaml-syntax", "znak tabulacji", (5, 1)),
    "duplicate-keys.yaml": ("yaml-syntax", "powtórzony klucz `age` (pierwszy raz w wierszu 5)", (6, 3)),
    "windows-path.yaml": ("yaml-syntax", "w wartości w podwójnym cudzysłowie", (4, None)),
    "loop-a.yaml": ("read-error", "nie da się odczytać pliku", (1, 1)),
    "loop-b.yaml": ("read-error", "nie da się odczytać pliku", (1, 1)),
    "dangling.yaml": ("read-error", "nie da się odczytać pliku", (1, 1)),
    "complex-key.yaml": ("yaml-syntax", "klucz mapowania musi być zwykłą wartością", (4, 1)),
    "long-number.yaml": ("schema", "`sources[s].n` musi być liczbą całkowitą", (4, 36)),
}
# `!!binary` is refused as `!!set` is since session 41 (d7045982): a document holds text, not bytes.
OTHER_TAGS_AT = [(4, 9, "!!binary"), (5, 8, "!custom"), (6, 8, "!!set"), (7, 8, "!ruby/object:Gem::Installer")]
NOT_UTF8_NAME = os.fsdecode(b"persona-\xff.yaml")
LINTED = ["utf16-bom.yaml", "utf8-bom.yaml", "crlf.yaml", NOT_UTF8_NAME]  # load fine: the planted TBD is found
SKIPPED = ["fifo.yaml", "workflow.yaml", "sub/up"]  # not a cxkit document, a FIFO, a link to a folder


def build(root: Path) -> Path:
    """A workspace with cxkit.toml at ``root`` and the hostile folder ``root/ws``."""
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    ws = root / "ws"
    ws.mkdir()
    (ws / "tomek.yaml").write_text(TOMEK, encoding="utf-8")
    (ws / "maya.yaml").write_text(MAYA, encoding="utf-8")
    (ws / "janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    for name, raw in _hostile_files().items():
        (ws / name).write_bytes(raw)
    (ws / "loop-a.yaml").symlink_to("loop-b.yaml")
    (ws / "loop-b.yaml").symlink_to("loop-a.yaml")
    (ws / "dangling.yaml").symlink_to("nie-ma-mnie.yaml")
    # A file name that is not valid UTF-8 (copied from an old Windows share, say).
    (ws.joinpath(os.fsdecode(b"persona-\xff.yaml"))).write_bytes(ENCODED_PERSONA.format(id="nazwa-bajty").encode())
    (ws / "sub").mkdir()
    (ws / "sub" / "up").symlink_to("..", target_is_directory=True)
    os.mkfifo(ws / "fifo.yaml")
    os.chmod(ws / "locked.yaml", 0)
    return ws


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    ws = build(root)
    yield root
    os.chmod(ws / "locked.yaml", 0o644)


# Output as a C.UTF-8 locale gives it: a file name that is not UTF-8 passes through as its bytes.
SURROGATE_SAFE = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "CXKIT_DEBUG": "", "PYTHONIOENCODING": "utf-8:surrogateescape"}


def cxkit(root: Path, *args: str, limit: float = 10.0, env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run cxkit in a real process: a hang fails the test instead of stalling the suite."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "cxkit", *args], cwd=root, capture_output=True, timeout=60,
        encoding="utf-8", errors="surrogateescape", env={**SURROGATE_SAFE, **(env or {})},
    )
    seconds = time.perf_counter() - start
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr[-3000:]
    assert seconds < limit, f"cxkit {' '.join(args)} took {seconds:.1f} s"
    return proc, seconds


def hostile_bytes(root: Path) -> dict[str, str]:
    """A fingerprint of every regular hostile file, to prove nothing rewrote them."""
    ws = root / "ws"
    out = {}
    for name in _hostile_files():
        if name != "locked.yaml" or ROOT_IS_ROOT:
            out[name] = hashlib.sha256((ws / name).read_bytes()).hexdigest()
    return out


def lines_of(raw: bytes) -> list[str]:
    text = raw.decode("utf-8", errors="replace")
    return re.split(r"\r\n|[\r\n]", text)  # as editors count lines: not at U+2028


def lint(root: Path, *extra: str) -> list[dict]:
    proc, _ = cxkit(root, "lint", "ws", "--format", "json", *extra)
    assert proc.returncode == 1, proc.stderr
    return json.loads(proc.stdout)


def by_file(findings: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for f in findings:
        assert f["path"].startswith("ws/"), f
        out.setdefault(f["path"][3:], []).append(f)
    return out


def test_lint_reports_every_hostile_file_at_a_position_and_still_lints_the_good_ones(hostile: Path) -> None:
    found = by_file(lint(hostile, "--no-cache"))
    for name, (rule, fragment, where) in REPORTED.items():
        matches = [f for f in found.get(name, []) if f["rule"] == rule and fragment in f["message"]]
        assert matches, (name, found.get(name))
        if where is not None:
            line, column = where
            assert matches[0]["line"] == line, (name, matches[0])
            assert column is None or matches[0]["column"] == column, (name, matches[0])
    tagged = [f for f in found["other-tags.yaml"] if f["rule"] == "yaml-syntax"]
    assert [(f["line"], f["column"]) for f in tagged] == [(line, col) for line, col, _tag in OTHER_TAGS_AT]
    assert all(f"{tag} jest niedozwolony" in f["message"] for f, (_l, _c, tag) in zip(tagged, OTHER_TAGS_AT)), tagged
    for name in LINTED:
        rules = {(f["rule"], f["line"], f["column"]) for f in found[name]}
        assert ("placeholder", *PLACEHOLDER_AT) in rules, (name, found[name])
        assert not any(f["rule"] in ("yaml-syntax", "read-error") for f in found[name]), found[name]
    # The good files: the placeholder planted in Tomek's quote, Maya's missing review date.
    assert ("placeholder", *position_of(TOMEK, "\"TODO")) in {(f["rule"], f["line"], f["column"]) for f in found["tomek.yaml"]}
    assert "missing-review-date" in {f["rule"] for f in found["maya.yaml"]}
    assert not any(f["rule"] in ("yaml-syntax", "schema", "read-error") for f in found["tomek.yaml"] + found["maya.yaml"])
    for name in SKIPPED:
        assert not any(path == name or path.startswith(name + "/") for path in found), (name, found.get(name))
    if ROOT_IS_ROOT:
        assert "read-error" not in {f["rule"] for f in found["locked.yaml"]}  # root reads anything
    else:
        [locked] = found["locked.yaml"]
        assert (locked["rule"], locked["line"], locked["column"]) == ("read-error", 1, 1)
        assert "Permission denied" in locked["message"]


def test_every_finding_points_inside_its_file(hostile: Path) -> None:
    ws = hostile / "ws"
    for name, findings in by_file(lint(hostile, "--no-cache")).items():
        if (ws / name).is_symlink() and not (ws / name).exists():
            rows = [""]  # a file that cannot be opened is reported at 1:1
        elif name == "locked.yaml" and not ROOT_IS_ROOT:
            rows = [""]
        else:
            raw = (ws / name).read_bytes()
            for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF8):
                if raw.startswith(bom):
                    raw = raw[len(bom):].decode("utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-8").encode()
            rows = lines_of(raw[:5_000_000])
        for f in findings:
            assert 1 <= f["line"] <= len(rows), (name, f)
            assert 1 <= f["column"] <= len(rows[f["line"] - 1]) + 1, (name, f)


def test_nothing_tagged_is_ever_constructed(hostile: Path) -> None:
    lint(hostile, "--no-cache")
    assert not (hostile / "PWNED").exists() and not (hostile / "ws" / "PWNED").exists()


def test_the_cache_gives_the_same_findings_on_the_hostile_folder(hostile: Path) -> None:
    fresh = lint(hostile, "--no-cache")
    cold = lint(hostile)
    assert (hostile / ".cxkit_cache").is_dir()
    warm = lint(hostile)
    assert cold == fresh and warm == fresh


def test_parallel_workers_report_the_hostile_files_exactly_like_one_process(hostile: Path, tmp_path: Path) -> None:
    # Enough files to hand the folder to worker processes: the hostile ones travel through them too.
    filler = hostile / "filler"
    if not filler.exists():
        filler.mkdir()
        for i in range(60):
            (filler / f"osoba-{i}.yaml").write_text(
                f"kind: persona\nid: osoba-{i}\nname: Osoba {i}\ngoals:\n  - Cel numer {i} z wywiadu {i * 7}\n",
                encoding="utf-8",
            )
    args = ("lint", "ws", "filler", "--format", "json", "--no-cache", "--select", "yaml-syntax,read-error,schema,placeholder")
    serial, _ = cxkit(hostile, *args, "--jobs", "1")
    parallel, _ = cxkit(hostile, *args, "--jobs", "2")
    assert parallel.returncode == serial.returncode == 1
    assert json.loads(parallel.stdout) == json.loads(serial.stdout)


LOCATED = re.compile(r"^ws/[^:]+:\d+:\d+: error CX\d{3} .+ \[[a-z-]+\]$")


def test_render_of_the_folder_names_the_broken_files_and_exits_1(hostile: Path) -> None:
    # A folder overview lists the broken documents (docs/render.md); each is named at its position.
    proc, _ = cxkit(hostile, "render", "ws", "--format", "markdown")
    assert proc.returncode == 1
    assert "Tomek Wiśniewski" in proc.stdout
    reported = [line for line in proc.stderr.splitlines() if LOCATED.match(line)]
    names = {line.split(":", 1)[0][3:] for line in reported}
    assert {"billion-laughs.yaml", "huge-20mb.yaml", "nul.yaml", "loop-a.yaml", "windows-path.yaml"} <= names, proc.stderr
    assert names.isdisjoint({"tomek.yaml", "maya.yaml", "workflow.yaml", "fifo.yaml"})


def test_render_of_a_good_file_beside_hostile_ones_works(hostile: Path) -> None:
    proc, _ = cxkit(hostile, "render", "ws/tomek.yaml", "--format", "markdown")
    assert proc.returncode == 0, proc.stderr
    assert "Tomek Wiśniewski" in proc.stdout


# The workspace's documents are Polish, so the diff's notes are (see test_diff_unread_note_polish_s34).
UNCHANGED_NOTE = re.compile(
    r"^cxkit: uwaga: (ws/[^:]+:\d+:\d+: error CX\d{3} .+ \[[a-z-]+\]); plik jest taki sam po obu stronach, "
    r"więc nic się w nim nie zmieniło$"
)
UNCHANGED_COUNT = re.compile(
    r"^cxkit: uwaga: (\d+) plików, których nie można odczytać, jest takich samych po obu stronach, więc nic się "
    r"w nich nie zmieniło; `cxkit lint --select yaml-syntax` je wymienia$"
)


def test_diff_of_the_folder_with_itself_is_defined_and_bounded(hostile: Path) -> None:
    proc, _ = cxkit(hostile, "diff", "ws", "ws")
    # The links that lead nowhere and the FIFO have no bytes to compare: not compared, exit 1.
    assert proc.returncode == 1
    # The workspace's documents are Polish, so the diff's frame is (e9cd7c3): "Nie porównano N plików:".
    assert re.search(r"^Nie porównano \d+ plików: ", proc.stdout, re.M), proc.stdout
    assert {"ws/dangling.yaml", "ws/fifo.yaml", "ws/loop-a.yaml"} <= {
        line.split(":", 1)[0] for line in proc.stderr.splitlines() if LOCATED.match(line)}
    # The hostile files that hold the same bytes on both sides have not changed: no "not compared" entry
    # and, since there are many of them (e045b83), one note with their count and the command that lists
    # them, not a note per file.
    assert not [line for line in proc.stderr.splitlines() if UNCHANGED_NOTE.match(line)], proc.stderr
    counted = [m for m in map(UNCHANGED_COUNT.match, proc.stderr.splitlines()) if m]
    assert len(counted) == 1, proc.stderr
    assert int(counted[0].group(1)) >= 5
    assert "[yaml-syntax]" not in proc.stdout and "billion" not in proc.stdout
    assert "billion" not in proc.stderr and "ws/tomek.yaml" not in proc.stderr


def test_fmt_check_reports_the_hostile_files_and_touches_nothing(hostile: Path) -> None:
    before = hostile_bytes(hostile)
    proc, _ = cxkit(hostile, "fmt", "--check", "ws")
    assert proc.returncode == 1
    reported = {line.split(":", 1)[0][3:] for line in proc.stdout.splitlines() if LOCATED.match(line)}
    assert {"billion-laughs.yaml", "deep-flow-10k.yaml", "nul.yaml", "latin2.yaml", "duplicate-keys.yaml"} <= reported
    assert hostile_bytes(hostile) == before


def test_fmt_rewrites_only_good_files_and_leaves_every_hostile_byte(tmp_path: Path) -> None:
    ws = build(tmp_path)
    try:
        before = hostile_bytes(tmp_path)
        (ws / "maya.yaml").write_text("name: Maya Patel\n" + MAYA.replace("name: Maya Patel\n", ""), encoding="utf-8")
        proc, _ = cxkit(tmp_path, "fmt", "ws")
        assert proc.returncode == 1  # the hostile files could not be formatted
        assert "przeformatowano ws/maya.yaml" in proc.stderr
        assert (ws / "maya.yaml").read_text(encoding="utf-8") == MAYA
        assert hostile_bytes(tmp_path) == before
        assert sorted(p.name for p in ws.iterdir() if p.name.startswith(".")) == []  # no temporary files left
    finally:
        os.chmod(ws / "locked.yaml", 0o644)


# --- gaps found by these tests, fixed; kept so they stay fixed -----------------------------------


def test_a_file_name_that_is_not_utf8_is_reported_under_a_strict_utf8_locale(tmp_path: Path) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "ws").mkdir()
    (tmp_path / "ws" / NOT_UTF8_NAME).write_bytes(ENCODED_PERSONA.format(id="nazwa-bajty").encode())
    proc = subprocess.run(
        [sys.executable, "-m", "cxkit", "lint", "ws", "--format", "json", "--no-cache"], cwd=tmp_path,
        capture_output=True, timeout=60, env={**SURROGATE_SAFE, "PYTHONIOENCODING": "utf-8:strict"},
    )
    assert proc.returncode == 1, proc.stderr


@pytest.mark.parametrize(
    "text",
    [
        "  kind: persona\nid: wciety\nname: Wcięty\n",  # indented first line: the YAML does not load
        "kind:\nkind: persona\nid: dwa-razy\nname: Dwa razy\n",  # the empty first `kind` wins, the second is a duplicate
    ],
)
def test_a_broken_file_with_a_cxkit_kind_line_is_reported_in_a_scan(tmp_path: Path, text: str) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "ws").mkdir()
    (tmp_path / "ws" / "zepsuty.yaml").write_text(text, encoding="utf-8")
    proc, _ = cxkit(tmp_path, "lint", "ws", "--format", "json", "--no-cache")
    assert ("ws/zepsuty.yaml", "yaml-syntax") in [(f["path"], f["rule"]) for f in json.loads(proc.stdout)]
