"""Review 12 of session 23: fmt of a date, a tab and a time; the `.yaml.txt` note beside a document of the
same name; the git-ignored note of a folder the run named; the quick kind check on many blank lines; a
BOM'd persona with a bad byte; the look-alike memo's temporaries, key and entries; a damaged cache line.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from conftest import run_cli

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git missing")

EWA = """\
kind: persona
id: ewa-farmaceutka
name: Ewa Zielińska
lang: pl
goals:
  - text: Odebrać leki na receptę w aptece przy pracy w ciągu 2 godzin od zamówienia
"""


def _write(root: Path, rel: str, text: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    _write(tmp_path, "cxkit.toml", 'lang = "pl"\n')
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- R12-2: a tab between a date and a time (two spreadsheet columns pasted) ---------------------------

STAMPED = "kind: persona\nid: ewa-k\nname: Ewa Kowalska\nlang: pl\nwhen: 2026-01-01\t10:00:00\n"


def test_fmt_writes_a_date_tab_time_value_in_double_quotes():
    from cxkit.fmt import format_text
    from cxkit.yamlio import load_text

    out = format_text(STAMPED)
    assert out == STAMPED.replace("when: 2026-01-01\t10:00:00", 'when: "2026-01-01\\t10:00:00"')
    assert load_text(out).data["when"] == "2026-01-01\t10:00:00"
    assert format_text(out) == out


def test_fmt_of_a_date_tab_time_file_reformats_it_and_check_passes_after(workspace: Path):
    path = _write(workspace, "personas/ewa-k.yaml", STAMPED)
    result = run_cli("fmt", "--no-cache", "personas/ewa-k.yaml")
    assert result.exception is None
    assert "CX009" not in result.stdout + result.stderr
    assert result.exit_code == 0, result.stdout + result.stderr
    assert path.read_text(encoding="utf-8").endswith('when: "2026-01-01\\t10:00:00"\n')
    again = run_cli("fmt", "--check", "--no-cache", "personas/ewa-k.yaml")
    assert again.exit_code == 0, again.stdout + again.stderr


def test_a_plain_tab_value_beside_it_is_still_kept_as_written():
    """Only a value that would read back as a timestamp is quoted, not the other tab values of the file."""
    from cxkit.fmt import format_text

    text = STAMPED + "pain_points:\n  - Sukienka nie pasuje\trozmiarem\n"
    out = format_text(text)
    assert "  - Sukienka nie pasuje\trozmiarem\n" in out
    assert 'when: "2026-01-01\\t10:00:00"\n' in out


def _best_of(runs: int, fn, *args) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        fn(*args)
        best = min(best, time.process_time() - start)
    return best


def test_the_tab_stand_in_is_found_in_one_pass_over_a_file_full_of_private_use_characters():
    """A file that holds nearly every private-use character, late in it: the stand-in is not found by one
    scan of the whole file for each of them (6 400 scans)."""
    from cxkit.fmt import _lay_out_tabs

    body = "kind: persona\nid: ewa-k\nname: Ewa Kowalska\nlang: pl\npain_points:\n  - Nie pasuje\trozmiarem\n"
    body += "".join(f"# notatka {i}: klientka pyta o zwrot, rozmiar i kolor sukienki na wesele\n" for i in range(4000))
    full = body + "# " + "".join(map(chr, range(0xE000, 0xF8FF))) + "\n"
    laid = _lay_out_tabs(full)
    assert laid is not None and laid[2][0] == "\uf8ff"  # the one not in the file
    assert _best_of(3, _lay_out_tabs, full) < 2.5 * _best_of(3, _lay_out_tabs, body)


# --- R12-3: `ola.yaml.txt` beside an `ola.yaml` ------------------------------------------------------------

OLA = EWA.replace("ewa-farmaceutka", "ola-biegaczka").replace("Ewa Zielińska", "Ola Nowak")


@pytest.mark.parametrize(("command", "done"), [("lint", "sprawdzono"), ("fmt", "sformatowano")])
def test_the_txt_note_offers_no_mv_over_a_document_of_that_name(workspace: Path, command: str, done: str):
    _write(workspace, "personas/ola.yaml", OLA + "# moje zmiany\n")
    _write(workspace, "personas/ola.yaml.txt", OLA)
    result = run_cli(command, "--no-cache", ".")
    assert result.exception is None
    assert result.stderr.splitlines(keepends=True)[-1] == (
        f"cxkit: uwaga: nie {done} personas/ola.yaml.txt: cxkit czyta tylko pliki .yaml i .yml, a Notatnik dodaje do "
        "nazwy .txt, jeśli nie wybierzesz „Wszystkie pliki”; personas/ola.yaml też istnieje: porównaj je "
        "(diff personas/ola.yaml.txt personas/ola.yaml) i zostaw jeden\n"  # the workspace says lang = "pl" (s39)
    )
    assert "mv " not in result.stderr
    assert (workspace / "personas/ola.yaml").read_text(encoding="utf-8").endswith("# moje zmiany\n")


def test_of_several_txt_files_only_the_free_names_get_an_mv(workspace: Path):
    _write(workspace, "personas/ola.yaml", OLA)
    _write(workspace, "personas/ola.yaml.txt", OLA)
    _write(workspace, "personas/ewa.yml.txt", EWA)
    result = run_cli("lint", "--no-cache", "--select", "schema", ".")
    assert result.stderr == (
        "cxkit: uwaga: nie sprawdzono 2 plików o nazwach *.yaml.txt lub *.yml.txt (personas/ewa.yml.txt, ...): cxkit "
        "czyta tylko pliki .yaml i .yml, a Notatnik dodaje do nazwy .txt, jeśli nie wybierzesz „Wszystkie pliki”; obok "
        "personas/ola.yaml.txt jest personas/ola.yaml: porównaj je (diff personas/ola.yaml.txt personas/ola.yaml) i "
        "zostaw jeden; usuń .txt z nazw pozostałych (mv personas/ewa.yml.txt personas/ewa.yml)\n"
    )
    assert "mv personas/ola" not in result.stderr


def test_a_txt_file_with_a_free_name_still_gets_its_mv(workspace: Path):
    """Guard: the note of a lone `.yaml.txt` is as it was."""
    _write(workspace, "personas/ola.yaml.txt", OLA)
    result = run_cli("lint", "--no-cache", ".")
    assert result.stderr.endswith("usuń .txt z nazwy (mv personas/ola.yaml.txt personas/ola.yaml)\n")


# --- R12-9: a git-ignored folder the run named --------------------------


@pytest.fixture
def repo(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    subprocess.run(["git", "init", "-q"], cwd=workspace, check=True, capture_output=True)
    _write(workspace, "cxkit.toml", 'lang = "pl"\nselect = ["schema"]\n')
    _write(workspace, ".gitignore", "gen/\n")
    _write(workspace, "personas/ewa-farmaceutka.yaml", EWA)
    _write(workspace, "gen/draft.yaml", OLA)
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    return workspace


# The workspace is Polish, and so is the note (session 38).
NOTE_START = "cxkit: uwaga: git ignoruje tu jeszcze 1 plik, który wygląda jak dokument cxkit, więc go nie sprawdzono (gen/draft.yaml)"


@needs_git
@pytest.mark.parametrize("cache", [("--no-cache",), ()], ids=["no-cache", "memo"])
@pytest.mark.parametrize("named", [("gen",), ("personas", "gen"), (".", "gen")])
def test_naming_the_ignored_folder_checks_its_drafts_and_says_nothing_of_them(repo: Path, named, cache):
    for _run in ("cold", "warm"):
        result = run_cli("lint", *cache, *named)
        assert result.exception is None
        assert "sprawdzono" in result.stdout and "dokument" in result.stdout and result.exit_code == 0, result.stdout
        assert result.stderr == "", result.stderr
    only = run_cli("lint", "--no-cache", "--format", "json", "gen")
    assert [f["path"] for f in json.loads(only.stdout)] == [] and "sprawdzono 1 dokument " in run_cli("lint", "--no-cache", "gen").stdout


@needs_git
@pytest.mark.parametrize("cache", [("--no-cache",), ()], ids=["no-cache", "memo"])
def test_a_scan_of_the_top_still_notes_the_ignored_drafts(repo: Path, cache):
    """Guard: `cxkit lint .` passes over gen/ and says so."""
    result = run_cli("lint", *cache, ".")
    assert result.stderr.startswith(NOTE_START), result.stderr


# --- R12-5: the note's cost where its memo cannot help ---------------------------------------------------


@needs_git
def test_with_no_cache_an_ignored_persona_with_a_list_is_counted_without_a_parse(repo: Path, monkeypatch: pytest.MonkeyPatch):
    import cxkit.workspace as workspace_module

    for i in range(5):
        _write(repo, f"gen/draft-{i}.yaml", OLA.replace("ola-biegaczka", f"ola-{i}"))
    asked: list[str] = []
    real = workspace_module.teams_document
    monkeypatch.setattr(workspace_module, "teams_document", lambda loaded, raw: asked.append("x") or real(loaded, raw))
    result = run_cli("lint", "--no-cache", ".")
    assert "git ignoruje tu jeszcze 6 plików, które wyglądają jak dokumenty cxkit" in result.stderr, result.stderr  # the workspace is Polish, and so is the note (s38)
    assert asked == []


@needs_git
def test_an_ignored_translation_table_is_still_parsed_and_not_counted(repo: Path):
    """Guard: a table of labels has no list item; it is read and left out as before."""
    _write(repo, "gen/labels.yaml", "kind: persona\nname: Imię\ngoals: Cele\npain_points: Punkty bólu\n")
    result = run_cli("lint", "--no-cache", ".")
    assert result.stderr.startswith(NOTE_START), result.stderr


# --- R12-1: a BOM'd persona with one undecodable byte ------------------------------------------------------

BOM_BAD = b"\xef\xbb\xbfkind: persona\nid: ewa\nname: Ewa Kowalska \xff\n"


def test_a_folder_scan_reports_a_bom_persona_with_a_bad_byte(workspace: Path):
    _write(workspace, "personas/bom.yaml", BOM_BAD)
    result = run_cli("lint", "--no-cache", "--format", "json", ".")
    found = [(f["path"], f["line"], f["column"], f["code"]) for f in json.loads(result.stdout)]
    assert ("personas/bom.yaml", 3, 20, "CX001") in found


@pytest.mark.parametrize("raw", [BOM_BAD, b"kind: persona\nid: ewa\nname: Ewa\x00 Kowalska \xff\n"], ids=["bom", "nul"])
def test_the_quick_kind_check_and_the_parse_agree(raw: bytes):
    from cxkit.named import opens_with_kind
    from cxkit.workspace import claims_cxkit_kind
    from cxkit.yamlio import load_bytes

    assert opens_with_kind(raw)
    assert claims_cxkit_kind(load_bytes(raw), raw)


def test_utf16_without_a_bom_is_still_read_for_its_kind_line():
    """Guard: a NUL every other byte is UTF-16's, and read as such."""
    from cxkit.workspace import probe_text

    assert probe_text("kind: persona\nid: ewa\n".encode("utf-16-le")).startswith("kind: persona\n")


# --- R12-8: the quick kind check on many leading blank lines ----------------------------------------------


def test_the_quick_kind_check_is_linear_in_leading_blank_lines():
    from cxkit.named import opens_with_kind

    raw = b"\n" * 2_000_000 + b"x: 1\n"
    one_pass = re.compile(rb"(?:[ \t]*(?:#[^\r\n]*)?\r?\n)*+")
    assert not opens_with_kind(raw)
    assert _best_of(3, opens_with_kind, raw) < 2.5 * _best_of(3, one_pass.match, raw)


@pytest.mark.parametrize("raw", [
    b"\n\n# persona\n\nkind: persona\n\nid: ewa\n", b"\xef\xbb\xbf\r\n  \t\r\nkind: 'journey'  # mapa\r\n\r\nid: x\r\n",
    b"kind: persona\n\n", b"kind: persona",
])
def test_the_quick_kind_check_still_takes_documents_after_blank_and_comment_lines(raw: bytes):
    """Guard: a possessive repeat gives back nothing a match needs."""
    from cxkit.named import opens_with_kind

    assert opens_with_kind(raw)


# --- R12-4, R12-7: the look-alike memo's temporaries, key and entries ------------------------------------


def test_a_killed_memo_write_is_swept_and_a_folder_with_the_memo_ignores_itself(tmp_path: Path):
    from cxkit.lint.cache import _ignore_itself, _sweep_stale_temporaries

    old = _write(tmp_path, ".lookalikes-v1.json.k2x9.tmp", b"{")
    young = _write(tmp_path, ".lookalikes-v1.json.a7q1.tmp", b"{")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    _sweep_stale_temporaries(tmp_path)
    assert not old.exists() and young.exists()
    young.unlink()
    _write(tmp_path, "lookalikes-v1.json", b"{}")
    _write(tmp_path, "files-v1.json", b"{}")
    _ignore_itself(tmp_path)
    assert (tmp_path / ".gitignore").is_file()


def test_the_memo_key_changes_with_ruamel_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import cxkit.lint.cache as cache

    memo = cache.LookalikeMemo(tmp_path)
    before = memo.key("asked")
    monkeypatch.setattr(cache, "dependency_fingerprint", lambda: "ruamel.yaml-0.99.0")
    assert memo.key("asked") != before


def test_a_memo_entry_whose_found_is_not_pairs_of_paths_is_passed_over(tmp_path: Path):
    """A found path of "ab" was unpacked into the path "a" and the entry "b"."""
    from cxkit.lint.cache import LookalikeMemo

    memo = LookalikeMemo(tmp_path)
    memo._entries = {"k": {"seen": [], "found": ["ab"], "stopped": False}}
    assert memo.get("k") is None
    memo._entries = {"k": {"seen": [], "found": [["gen/a.yaml", "gen"]], "stopped": False}}
    assert memo.get("k") is not None  # guard


# --- R12-6: a damaged line of files-v1.json ----------------------------------------------------------------


def test_a_damaged_key_loses_its_entry_only_and_damage_is_not_saved_again(workspace: Path):
    from cxkit.lint.cache import LintCache, encoded

    _write(workspace, "personas/ewa-farmaceutka.yaml", EWA)
    assert run_cli("lint", ".").exception is None
    folder = workspace / ".cxkit_cache"
    raw = (folder / "files-v1.json").read_bytes()
    good = json.loads(raw)
    (key, value), = good.items()
    lines = raw.split(b"\n")
    lines[1:1] = [
        b'"\\x41":' + json.dumps(value).encode() + b",",  # a key that does not decode
        b'"0123456789abcdef0123456789abcdef":\xff\xfe{{,',  # bytes that are no entry
        b'"fedcba9876543210fedcba9876543210":{"p":"personas/\xc5.yaml","d":true},',  # not UTF-8
    ]
    (folder / "files-v1.json").write_bytes(b"\n".join(lines))
    cache = LintCache(folder)
    assert cache.get_file(key) == value
    cache.put_files({"00" * 16: encoded(value)}, {key})
    cache.save()
    saved = json.loads((folder / "files-v1.json").read_bytes())
    assert sorted(saved) == sorted([key, "00" * 16])
