"""Polish messages write a decimal comma ("20,0 MiB") and name keys in backquotes (`kind`), as the rest do.

"plik ma 20.0 MiB" read as English numbers in a Polish sentence; the duplicate-key and unknown-key messages
quoted a key as a text („kind”) where every other Polish message writes it `kind`. English is unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.polish import decimal

PERSONA = """\
kind: persona
id: ola-kupuje-ekspres
name: Ola kupuje ekspres
lang: pl
summary: Ola porównuje ekspresy przez dwa tygodnie, zanim kupi jeden w Media Expert
goals:
  - Kupić ekspres, który mieli kawę, bez wizyty w sklepie
"""


def _lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, name: str, body: bytes, size: int = 0) -> str:
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir(exist_ok=True)
    target = tmp_path / "personas" / name
    target.write_bytes(body)
    if size:
        with open(target, "r+b") as handle:  # sparse: only the size matters to the limit
            handle.truncate(size)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(app, ["lint", "--no-cache", "personas"])
    assert result.exit_code == 1, result.output
    return result.stdout


@pytest.mark.parametrize("text, said", [
    ("20.0", "20,0"), ("-0.5", "-0,5"), ("od 0.5 do 1.25", "od 0,5 do 1,25"), ("4", "4"),
    ("v1.2.3", "v1.2.3"), ("Koniec zdania 4.", "Koniec zdania 4."), ("personas/ola.yaml", "personas/ola.yaml"),
])
def test_a_decimal_point_is_a_comma_in_polish_s37(text: str, said: str) -> None:
    assert decimal(text) == said


def test_an_oversized_file_is_20_comma_0_mib_in_polish_s37(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _lint(tmp_path, monkeypatch, "pl", "ogromna.yaml", PERSONA.encode(), size=20 * 1048576)
    assert ("personas/ogromna.yaml:1:1: error CX001 plik ma 20,0 MiB, ponad limit cxkit 4 MiB na jeden dokument; "
            "podziel go [yaml-syntax]") in out
    assert "20.0" not in out


def test_an_oversized_file_keeps_20_point_0_mib_in_english_s37(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _lint(tmp_path, monkeypatch, "en", "huge.yaml", PERSONA.encode(), size=20 * 1048576)
    assert ("personas/huge.yaml:1:1: error CX001 the file is 20.0 MiB, over cxkit's 4 MiB limit for one document; "
            "split it [yaml-syntax]") in out


def test_a_duplicate_key_is_named_in_backquotes_s37(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = PERSONA.replace("lang: pl\n", "lang: pl\nkind: persona\n").encode()
    out = _lint(tmp_path, monkeypatch, "pl", "ola.yaml", body)
    assert ("personas/ola.yaml:5:1: error CX001 powtórzony klucz `kind` (pierwszy raz w wierszu 1); narzędzia YAML "
            "różnią się w tym, która wartość się liczy, więc zostaw jedną [yaml-syntax]") in out
    assert "„kind”" not in out
    out = _lint(tmp_path, monkeypatch, "en", "ola.yaml", body)
    assert "duplicate key 'kind' (first defined on line 1)" in out


def test_an_unknown_capitalised_kind_key_is_named_in_backquotes_s37(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = _lint(tmp_path, monkeypatch, "pl", "ola.yaml", PERSONA.replace("kind: persona", "Kind: persona").encode())
    assert "nieznany klucz `Kind`; czy chodziło o `kind`?" in out and "„Kind”" not in out
