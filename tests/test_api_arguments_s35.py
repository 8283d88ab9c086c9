"""cxkit.api: a baseline that is not there is told before anything is linted, and an argument of the
wrong kind gets a message naming it (docs/python-api.md, `CxkitError` and `TypeError`).

- a path given as bytes (`lint([b"personas"])`, `load(b"…")`, `config=b"…"`, `lint_text(…, path=b"…")`)
  is a CxkitError, as a baseline given as bytes already was;
- a value of a type the signature does not take (None or a number for a path, a number for a rule,
  a str for `jobs`, a number for `text`) is a TypeError naming the argument.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cxkit.lint.engine
from api_helpers import OLA, ws  # noqa: F401  (ws: the fixture)
from cxkit import api


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Each call of the lint engine, recorded."""
    calls: list[object] = []
    engine = cxkit.lint.engine.lint

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args[0])
        return engine(*args, **kwargs)

    monkeypatch.setattr(cxkit.lint.engine, "lint", counted)
    return calls


def test_a_missing_baseline_file_raises_before_anything_is_linted(ws: Path, runs: list[object]) -> None:
    with pytest.raises(api.CxkitError, match=r"^brak\.json: no such baseline file; write it with `cxkit lint --write-baseline`$"):
        api.lint(["personas"], baseline="brak.json")
    assert runs == []
    assert api.lint(["personas"]) != [] and len(runs) == 1  # the engine is the one counted


def test_a_broken_baseline_file_raises_before_anything_is_linted(ws: Path, runs: list[object]) -> None:
    Path("stary.json").write_text('{"format": "cxkit-baseline/1", "findings": [\n', encoding="utf-8")
    with pytest.raises(api.CxkitError, match=r"^stary\.json:2:1: not a cxkit baseline"):
        api.lint("personas", baseline="stary.json")
    # The config's baseline, with baseline=True, too.
    Path("cxkit.toml").write_text('lang = "pl"\nbaseline = "stary.json"\n', encoding="utf-8")
    with pytest.raises(api.CxkitError, match=r"^stary\.json:2:1: not a cxkit baseline"):
        api.lint("personas", baseline=True)
    assert runs == []
    assert api.lint("personas") != []  # the default, baseline=False, does not read it


def test_a_baseline_read_first_still_hides_what_it_records(ws: Path) -> None:
    every = api.lint(["personas"])
    Path("cxkit.toml").write_text('lang = "pl"\nbaseline = "cxkit-baseline.json"\n', encoding="utf-8")
    from typer.testing import CliRunner

    from cxkit.cli import app

    assert CliRunner().invoke(app, ["lint", "--no-cache", "--write-baseline"]).exit_code == 0
    assert every and api.lint(["personas"], baseline=True) == []
    assert api.lint_text(OLA, "personas/ola.yaml") == []
    assert api.lint_text(OLA + "  - Druga faktura dziennie bez wstawania od biurka\n", "personas/ola.yaml",
                         baseline=False) != []


def test_lint_text_with_a_missing_baseline_raises_before_linting(ws: Path, runs: list[object]) -> None:
    import cxkit.lint.buffer

    buffers: list[object] = []
    monkeypatch = pytest.MonkeyPatch()
    buffer = cxkit.lint.buffer.lint_buffer
    monkeypatch.setattr(cxkit.lint.buffer, "lint_buffer", lambda *a, **k: buffers.append(a) or buffer(*a, **k))
    try:
        with pytest.raises(api.CxkitError, match=r"^brak\.json: no such baseline file"):
            api.lint_text(OLA, "personas/ola.yaml", baseline="brak.json")
        assert buffers == []
    finally:
        monkeypatch.undo()


@pytest.mark.parametrize("call", [
    lambda: api.lint([b"personas"]),
    lambda: api.lint(b"personas"),
    lambda: api.lint(["personas"], config=b"cxkit.toml"),
    lambda: api.lint_text(OLA, b"personas/ola.yaml"),
    lambda: api.load(b"personas/ola.yaml"),
], ids=["lint-list", "lint-one", "lint-config", "lint_text-path", "load"])
def test_a_path_given_as_bytes_is_a_cxkit_error_naming_the_argument(ws: Path, call) -> None:
    with pytest.raises(api.CxkitError, match=r"^(paths|config|path): b'[a-z/.]+' is bytes; give the path as a str "
                                             r"or pathlib\.Path \(os\.fsdecode turns a file name's bytes into one\)$"):
        call()


@pytest.mark.parametrize(("call", "message"), [
    (lambda: api.lint([None]), r"^paths: expected a path \(str or pathlib\.Path\), not NoneType$"),
    (lambda: api.lint(None), r"^paths: expected a path or an iterable of paths \(str or pathlib\.Path\), not NoneType$"),
    (lambda: api.lint(7), r"^paths: expected a path or an iterable of paths .*, not int$"),
    (lambda: api.lint(["personas"], select=[101]),
     r"^select: each rule is a str \(a code, a name or a prefix: \"CX101\", \"pseudo-profiling\"\), not int \(101\)$"),
    (lambda: api.lint(["personas"], select=[b"CX1"]), r"^select: each rule is a str .*, not bytes \(b'CX1'\)$"),
    (lambda: api.lint(["personas"], select=101), r"^select: expected a rule or a list of rules \(str\), not int$"),
    (lambda: api.lint(["personas"], config=3), r"^config: expected a path \(str or pathlib\.Path\), not int$"),
    (lambda: api.lint(["personas"], jobs="2"), r"^jobs: expected an int \(1: no worker process\) or None .*, not str$"),
    (lambda: api.lint_text(3, "personas/ola.yaml"), r"^text: the document's text as a str or UTF-8 bytes, not int$"),
    (lambda: api.lint_text(OLA, 3), r"^path: expected a path \(str or pathlib\.Path\), not int$"),
    (lambda: api.load(None), r"^path: expected a path \(str or pathlib\.Path\), not NoneType$"),
], ids=["paths-none-item", "paths-none", "paths-int", "select-int", "select-bytes", "select-one-int", "config-int",
        "jobs-str", "text-int", "text-path-int", "load-none"])
def test_a_value_of_the_wrong_type_is_a_type_error_naming_the_argument(ws: Path, runs: list[object], call,
                                                                        message: str) -> None:
    with pytest.raises(TypeError, match=message):
        call()
    assert runs == []


def test_paths_and_rules_of_the_right_kinds_still_work(ws: Path) -> None:
    one = api.lint(Path("personas"), select="missing-sources")
    assert [(f.path, f.line, f.column, f.code) for f in one] == [("personas/ola.yaml", 2, 1, "CX301")]
    assert api.lint(iter(["personas"]), select=("CX301",)) == one
    assert [f for f in api.lint(("personas",), select=["CX3"]) if f.code == "CX301"] == one
    assert api.lint_text(OLA.encode("utf-8"), Path("personas/ola.yaml"), select="CX301", baseline=False) == one
