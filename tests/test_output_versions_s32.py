"""Machine outputs name their shape: `format` in the object outputs, the schema's `$id`; --show-settings'
key names and the rule options in force; the read-error help's shell example."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from output_workspace import JOURNEY, cli, enter_output_workspace

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return enter_output_workspace(tmp_path, monkeypatch)


def test_object_outputs_name_their_format(workspace: Path) -> None:
    folder = json.loads(cli("render", "-f", "json", ".").stdout)
    assert list(folder)[0] == "format" and folder["format"] == "cxkit-render-folder/1"
    # Personas first, then journeys: the documented order.
    assert [d["path"] for d in folder["documents"]][-1] == "journeys/zofia.yaml"
    single = json.loads(cli("render", "-f", "json", "personas/zofia.yaml").stdout)
    assert "format" not in single  # the document itself: it still validates against the schema


def test_review_json_names_its_format(workspace: Path) -> None:
    git = ["git", "-C", str(workspace), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(git[:3] + ["init", "-q", "-b", "main"], check=True)
    subprocess.run(git + ["add", "."], check=True)
    subprocess.run(git + ["commit", "-q", "-m", "start"], check=True)
    (workspace / "journeys" / "zofia.yaml").write_text(JOURNEY.replace("emotion: 2", "emotion: -2"), encoding="utf-8")
    payload = json.loads(cli("review", "main", "-f", "json").stdout)
    assert list(payload)[0] == "format" and payload["format"] == "cxkit-review/1"


@pytest.mark.parametrize("kind", [None, "persona", "negative-persona", "journey"])
def test_schema_has_an_id_and_the_copies_in_docs_agree(kind: str | None) -> None:
    schema = json.loads(cli("schema", *([kind] if kind else [])).stdout)
    assert schema["$id"] == f"urn:cxkit:schema:{kind or 'document'}:1"
    copy = ROOT / "docs" / "schema" / f"{kind or 'cxkit'}.json"
    assert json.loads(copy.read_text(encoding="utf-8"))["$id"] == schema["$id"]


def test_show_settings_keys_are_kebab_case_and_rules_show_defaults(workspace: Path) -> None:
    (workspace / "cxkit.toml").write_text("[rules.stale-review]\nmax-age-months = 18\n", encoding="utf-8")
    [entry] = json.loads(cli("lint", "--show-settings", "-f", "json", "personas/zofia.yaml").stdout)
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", key) for key in entry), sorted(entry)
    assert entry["skipped-here"] is None and "node_modules" in entry["skipped-folders"]
    assert entry["per-file-ignores-here"] == [] and entry["exclude-written"] == []
    assert entry["rules"]["stale-review"] == {"max-age-months": 18, "undated": True}
    assert entry["rules"]["pseudo-profiling"]["max-age-span"] == 5
    assert entry["rules-written"] == {"stale-review": {"max-age-months": 18}}
    # The text keeps its words.
    text = cli("lint", "--show-settings", "personas/zofia.yaml").stdout
    assert "  per-file-ignores here: []\n" in text and "  [rules.stale-review] max-age-months = 18\n" in text


def test_read_error_help_shows_a_shell_session() -> None:
    from cxkit.lint.docs import rule_help_markdown
    from cxkit.lint.rule import all_rules

    help_md = rule_help_markdown(all_rules()["read-error"])
    assert "```console\n$ chmod 000 personas/ola.yaml\n```" in help_md and "```yaml\n$" not in help_md
    assert "```yaml\n$" not in (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
