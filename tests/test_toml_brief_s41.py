"""toml_brief spells a config value as TOML would (session 41 review): every TOML value type a config error can
quote reads back, with tomllib, as the value it came from, so the user can find it in the file and copy it."""

from __future__ import annotations

import math
import tomllib
from pathlib import Path

import pytest

from cxkit.lint.rule import toml_brief
from workspace_helpers import run_cxkit

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize("written", [
    '"Po zakupie"', '"tab\\there"', "42", "-7", "1.5", "1e+20", "-0.0", "inf", "-inf", "true", "false",
    "2026-01-31", "2026-01-31T10:00:00", "2026-01-31T10:00:00.5", "2026-01-31T10:00:00Z",
    "2026-01-31T10:00:00+02:00", "10:30:00", "10:30:00.25", '[1, "a", 1.5]', "[[1, 2], []]", "{}",
    '{a = 1, b-c_2 = "x"}', '{"b c" = 1}', '{"etap.1" = true}', '{"zakup" = {"dzień" = 2026-01-31}}',
    '[{a = 1}]',
])
def test_every_toml_value_reads_back_as_itself_s41(written: str) -> None:
    value = tomllib.loads(f"x = {written}")["x"]
    brief = toml_brief(value)
    assert len(brief) <= 40
    assert tomllib.loads(f"x = {brief}")["x"] == value


def test_nan_is_spelt_as_toml_writes_it_s41() -> None:
    assert toml_brief(math.nan) == "nan"
    assert math.isnan(tomllib.loads(f"x = {toml_brief(math.nan)}")["x"])


def test_a_key_toml_cannot_write_bare_is_quoted_in_a_config_error_s41(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # A team's table of stages by name put where a number goes: the key with a space is quoted, as in the file.
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n[rules.pseudo-profiling]\nmax-age-span = {"po zakupie" = 1}\n',
                                         encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _out, err = run_cxkit("lint")
    assert code == 2
    assert err.strip().endswith("""option 'max-age-span': Input should be a valid integer, not {"po zakupie" = 1}""")
