"""`cxkit init` in a market's folder under the group's config leaves the group's `lang` to the group.

The config init writes there extends the group's (`extend = "../cxkit.toml"`); it also wrote
`lang = "pl"` again, the group's value, so a later change of the group's `lang` never reached the
market.  Now the inherited `lang` is written commented out; a `--lang` of the market's own is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.config import load_config

from git_helpers import group_repository

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-01"}

GROUP = """\
# Grupa CX: ustawienia wspólne dla wszystkich rynków.
lang = "pl"
fail-level = "error"
"""


def run(*args: str):
    return CliRunner().invoke(app, list(args), env=ENV)


@pytest.fixture()
def group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return group_repository(tmp_path, monkeypatch, GROUP)


def test_a_change_of_the_groups_lang_after_init_reaches_the_market(group: Path) -> None:
    """Fails before: the market's config set `lang = "pl"` itself, and stayed Polish."""
    assert run("init", "rynek-cz", "--no-examples").exit_code == 0
    written = (group / "rynek-cz/cxkit.toml").read_text(encoding="utf-8")
    assert '# lang = "pl"  (as ../cxkit.toml sets it, unless set here)' in written.splitlines()
    assert 'lang = "pl"' not in written.splitlines()
    (group / "cxkit.toml").write_text(GROUP.replace('lang = "pl"', 'lang = "en"'), encoding="utf-8")
    assert load_config(group / "rynek-cz/cxkit.toml", check_rules=False).lang == "en"
    # What the market's team sees: `cxkit new` now starts an English persona there.
    made = run("new", "persona", "Anna Nowak", "--config", "rynek-cz/cxkit.toml")
    assert made.exit_code == 0, made.output
    persona = next((group / "rynek-cz/personas").glob("*.yaml")).read_text(encoding="utf-8")
    assert persona.startswith("# Persona: one person"), persona[:80]


def test_a_lang_of_the_markets_own_is_written(group: Path) -> None:
    """Guard: `--lang de` differs from the group's, so the market sets it."""
    assert run("init", "--lang", "de", "rynek-de", "--no-examples").exit_code == 0
    written = (group / "rynek-de/cxkit.toml").read_text(encoding="utf-8")
    assert 'lang = "de"' in written.splitlines()
    (group / "cxkit.toml").write_text(GROUP.replace('lang = "pl"', 'lang = "en"'), encoding="utf-8")
    assert load_config(group / "rynek-de/cxkit.toml", check_rules=False).lang == "de"
