"""An unknown rule named in the config's selector lists is located at the value, not at its key (session 26).

`ignore = [\\n  "CX101",\\n  "CX999",\\n]` was reported at `cxkit.toml:1:1`, the line of `ignore`, with a list
of ten rules to read through; the error now points at `"CX999"` itself (line and column of its opening
quote), in cxkit.toml and in pyproject.toml's [tool.cxkit], for `select`, `ignore`, `extend-select` and
`per-file-ignores` written as arrays over several lines, on one line, as inline or dotted tables. The
"did you mean" hint stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = """\
kind: persona
id: ola-runner
name: Ola Nowak
lang: pl
sources:
  - id: wywiady
    type: interview
    date: 2026-09-14
    n: 9
"""


def place(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start)


CASES = [
    ("cxkit.toml", 'lang = "pl"\nignore = [\n  "CX101",\n  "CX999",\n]\n', '"CX999"',
     "ignore: nieznana reguła „CX999”; czy chodziło o „CX409”?"),  # Polish, as the config says (since session 40)
    ("cxkit.toml", 'lang = "en"\nignore = [\n  "CX101",\n  "CX999",\n]\n', '"CX999"',
     "ignore: unknown rule 'CX999'; did you mean 'CX409'?"),
    ("pyproject.toml", '[project]\nname = "sklep"\n\n[tool.cxkit]\nignore = [\n    "CX101",  # za dużo szumu\n'
                       '    "CX999",\n]\n', '"CX999"', "ignore: unknown rule 'CX999'; did you mean 'CX409'?"),
    ("cxkit.toml", 'select = ["CX1", "schema", "pseudo-profilng"]\n', '"pseudo-profilng"',
     "select: unknown rule 'pseudo-profilng'; did you mean 'pseudo-profiling'?"),
    ("cxkit.toml", 'extend-select = [\n  "CX1",\n  "missing-sorces",\n]\n', '"missing-sorces"',
     "extend-select: unknown rule 'missing-sorces'; did you mean 'missing-sources'?"),
    ("cxkit.toml", '[per-file-ignores]\n"personas/szkice/*.yaml" = [\n  "CX301",\n  "CX3O2",\n]\n', '"CX3O2"',
     "per-file-ignores.'personas/szkice/*.yaml': unknown rule 'CX3O2'; did you mean 'CX302'?"),
    ("pyproject.toml", '[tool.cxkit]\nper-file-ignores = { "personas/szkice/*.yaml" = ["CX301", "CX3O2"] }\n', '"CX3O2"',
     "per-file-ignores.'personas/szkice/*.yaml': unknown rule 'CX3O2'; did you mean 'CX302'?"),
    ("pyproject.toml", '[tool.cxkit.per-file-ignores]\n"personas/szkice/*.yaml" = ["CX301",\n  "CX3O2"]\n', '"CX3O2"',
     "per-file-ignores.'personas/szkice/*.yaml': unknown rule 'CX3O2'; did you mean 'CX302'?"),
    ("cxkit.toml", 'ignore = ["CX1", "stale-reveiw", "stale-reveiw"]\n', '"stale-reveiw"',  # the first of two
     "ignore: unknown rule 'stale-reveiw'; did you mean 'stale-review'?"),
]


@pytest.mark.parametrize(("name", "text", "value", "said"), CASES)
@pytest.mark.parametrize("command", [("lint",), ("fmt", "--check"), ("render", ".", "-o", "out")])
def test_an_unknown_rule_in_a_selector_list_is_located_at_its_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    name, text, value, said, command):
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli(*command)
    assert result.exception is None
    assert result.exit_code == 2 and result.stdout == ""
    line, column = place(text, value)  # fails before: the key's line, column 1
    assert result.stderr == f"cxkit: {name}:{line}:{column}: {said}\n"


def test_a_nested_workspaces_config_is_located_at_its_value_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    zoo = tmp_path / "zoo"
    (zoo / "personas").mkdir(parents=True)
    (zoo / "personas" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    text = 'ignore = [\n  "CX101",\n  "CX99",\n]\n'
    (zoo / "cxkit.toml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint")
    assert result.exit_code == 2
    assert result.stderr == "cxkit: zoo/cxkit.toml:3:3: ignore: unknown rule 'CX99'; did you mean 'CX409'?\n"  # fails before


def test_a_rule_table_is_still_located_at_its_header(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Guard: `[rules.CX999]` names the rule in the key itself."""
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n\n[rules.CX999]\nseverity = "error"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint")
    assert result.exit_code == 2
    assert result.stderr == "cxkit: cxkit.toml:3:1: [rules.CX999]: nieznana reguła „CX999”; czy chodziło o „CX409”?\n"
