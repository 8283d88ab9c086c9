"""A broken baseline the config names is reported at `file:line:col`, as every located message is (session 33).

The place came after the name of the config key that names the file (`b.json (baseline in cxkit.toml:1:1):6:66:`),
which an editor's or a CI log's problem matcher does not read as a place in b.json.  A file nested thousands
of levels deep was an internal error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

OLA = """\
kind: persona
id: ola-nowak
name: Ola Nowak
lang: pl
goals:
  - Ceni jakość
"""

ENTRY = '    {"path": "personas/ola.yaml", "rule": "pseudo-profiling", "place": "goals[\\"Ceni jakość\\"]", "subject": "x"'


def _workspace(tmp_path: Path, monkeypatch, baseline: str) -> None:
    (tmp_path / "ws").mkdir()
    root = enter_workspace(tmp_path / "ws", monkeypatch, config='lang = "pl"\nbaseline = "dług.json"\n',
                           today="2026-12-01", files={"personas/ola.yaml": OLA})
    (root / "dług.json").write_text(baseline, encoding="utf-8")


@pytest.mark.parametrize(("baseline", "said"), [
    # Cut short by a merge gone wrong.
    ('{\n  "format": "cxkit-baseline/1",\n  "findings": [\n' + ENTRY + ', "count": 1}\n',
     "cxkit: dług.json:5:1: to nie jest plik bazowy cxkit (`baseline` w cxkit.toml:2:1): Expecting ',' delimiter "),
    # An entry edited by hand.
    ('{\n  "format": "cxkit-baseline/1",\n  "findings": [\n' + ENTRY + ', "count": "2"}\n  ]\n}\n',
     'cxkit: dług.json:4:5: wpis 1 listy "findings" (`baseline` w cxkit.toml:2:1) nie jest wpisem zgłoszenia: "count" to "2" '),
])
def test_a_broken_baseline_named_in_the_config_is_located_in_its_file(tmp_path, monkeypatch, baseline, said):
    """Fails before: the place followed "(baseline in cxkit.toml:2:1)", not the file's name."""
    _workspace(tmp_path, monkeypatch, baseline)
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 2
    assert result.stderr.startswith(said), result.stderr


def test_a_baseline_nested_too_deeply_is_no_internal_error(tmp_path, monkeypatch):
    """Fails before: "internal error: RecursionError" (exit 2, no word of the file)."""
    _workspace(tmp_path, monkeypatch, "[" * 100_000)
    result = run_cli("lint", "--no-cache")
    assert (result.exit_code, result.exception) == (2, None)
    # In Polish since session 41: the workspace says `lang = "pl"`.
    assert result.stderr.startswith("cxkit: dług.json (`baseline` w cxkit.toml:2:1): to nie jest plik bazowy cxkit: "
                                    "zagnieżdżony zbyt głęboko"), result.stderr
