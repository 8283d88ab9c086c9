"""`cxkit fmt --check` says of a file with a very long key what the full layout says.

fmt's writer puts a key of some 995 characters or more on a line of its own as an explicit
`? key` (YAML's plain keys may be up to 1024).  The "already laid out" check wrote every key
back as `key:`, so `fmt --check` said "left unchanged" of a file `fmt` then rewrote (and the
parent of that check said "would reformat").  A long key now takes the full layout.

test_a_very_long_key_is_laid_out_as_fmt_writes_it fails before the fix; the others are guards.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit.fmt as fmt
from cxkit.cli import app
from cxkit.yamlio import load_text

PERSONA = """\
# Persona z wywiadów w sklepach osiedlowych (listopad 2026).
kind: persona
id: zofia-wisniewska
name: Zofia Wiśniewska
lang: pl
owner: Zespół badań klienta
demographics:
  age: 67
  location: Łódź, Bałuty
goals:
  - text: Kupić leki i pieczywo w jednym wyjściu z domu
    sources: [wywiady-2]
sources:
  - id: wywiady-2
    type: interview
    date: 2026-11-05
    n: 8
reviewed: 2026-11-20
x-segment: senior
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["fmt", "--no-cache", "--jobs", "1", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def with_key(key: str) -> str:
    assert "x-segment: senior" in PERSONA
    return PERSONA.replace("x-segment: senior", key + ": senior")


def outcomes(ws: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[tuple]:
    """(`--check --diff`, a write, the bytes written) with the check and with the full layout alone."""
    path = ws / "zofia.yaml"
    results = []
    for fast in (True, False):
        with monkeypatch.context() as patch:
            if not fast:
                patch.setattr(fmt, "laid_out_already", lambda text, root: False)
            path.write_bytes(text.encode())
            results.append((run("--check", "--diff", "zofia.yaml"), run("zofia.yaml"), path.read_bytes()))
    return results


@pytest.mark.parametrize("key", ["x-" + "a" * 1000, "x-uwagi-" + "źdźbło " * 141 + "koniec"])
def test_a_very_long_key_is_laid_out_as_fmt_writes_it(ws: Path, monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    text = with_key(key)
    assert fmt.format_text(text) != text  # fmt writes it as `? key` / `: senior`
    fast, full = outcomes(ws, monkeypatch, text)
    assert fast == full
    checked, written, after = fast
    assert checked[0] == 1 and checked[1].startswith("--- a/zofia.yaml\n") and f"+? {key}\n+: senior\n" in checked[1]
    assert written[0] == 0
    assert after.decode().endswith(f"? {key}\n: senior\n")


@pytest.mark.parametrize("length", [128, 129, 500, 994])
def test_long_keys_below_the_limit_say_what_the_full_layout_says(
        ws: Path, monkeypatch: pytest.MonkeyPatch, length: int) -> None:
    text = with_key("x-" + "b" * (length - 2))
    assert fmt.format_text(text) == text
    fast, full = outcomes(ws, monkeypatch, text)
    assert fast == full
    assert fast[0][0] == 0 and fast[2] == text.encode()


def test_ordinary_keys_still_skip_the_full_layout() -> None:
    for text in (PERSONA, with_key("x-" + "c" * 126)):
        assert fmt.laid_out_already(text, load_text(text).root)
        assert fmt.format_text(text) == text
