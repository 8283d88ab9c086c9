"""docs/machine-output.md: linked from the README; it lists every key that lint JSON and --show-settings give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from output_workspace import cli, enter_output_workspace, lint_json

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return enter_output_workspace(tmp_path, monkeypatch)


def test_machine_output_page_is_linked_and_lists_the_lint_keys(workspace: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/machine-output.md)" in readme
    doc = (ROOT / "docs" / "machine-output.md").read_text(encoding="utf-8")
    section = doc.split("## Findings (`cxkit lint -f json`, format 1)")[1].split("\n## ")[0]
    [finding] = lint_json("personas/zofia.yaml", "--select", "stale-review")
    assert [k for k in finding if f"`{k}`" not in section] == []


def test_machine_output_page_lists_every_show_settings_key(workspace: Path) -> None:
    (workspace / "cxkit.toml").write_text('exclude = ["szkice/"]\n[per-file-ignores]\n"legacy/" = ["missing-sources"]\n',
                                          encoding="utf-8")
    [entry] = json.loads(cli("lint", "--show-settings", "-f", "json", "personas/zofia.yaml").stdout)
    doc = (ROOT / "docs" / "machine-output.md").read_text(encoding="utf-8")
    section = doc.split("## `--show-settings -f json` (format 1)")[1].split("\n## ")[0]
    assert [k for k in entry if f"`{k}`" not in section] == []
    assert [k for k in entry["exclude-written"][0] if f"`{k}`" not in section] == []
    # The README names the same keys.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`exclude-written`" in readme and "`exclude written`" not in readme
