"""A stable documentation place per rule, for an editor's hover and links: `cxkit rules -f json`
names each rule's section of docs/rules.md (`docs`) and its URL (`url`, only when cxkit's package
names its repository: no domain is made up), SARIF's `helpUri` follows `url`, and `cxkit rule NAME`
prints Markdown (fenced examples) or JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint import docs

ROOT = Path(__file__).resolve().parent.parent
REPO = "https://git.example.org/zespol-cx/cxkit"


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_rules_json_names_each_rules_section_of_docs_rules_md() -> None:
    result = run("rules", "-f", "json")
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    headings = set(re.findall(r"^## (\S+)$", (ROOT / "docs/rules.md").read_text(encoding="utf-8"), re.M))
    for item in items:
        assert item["docs"] == f"docs/rules.md#{item['name']}"
        assert item["name"] in headings  # the anchor is there
    assert {"code", "name", "severity", "summary", "plugin", "docs", "url"} <= set(items[0])


def test_without_a_repository_url_there_is_no_url_and_no_help_uri(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docs, "repository_url", lambda: None)
    assert all(item["url"] is None for item in json.loads(run("rules", "-f", "json").stdout))
    sarif = _sarif(tmp_path, monkeypatch)
    assert all("helpUri" not in r for r in sarif["runs"][0]["tool"]["driver"]["rules"])


def test_a_repository_url_gives_each_rule_its_url_and_sarif_help_uri(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docs, "repository_url", lambda: REPO)
    items = {i["code"]: i for i in json.loads(run("rules", "-f", "json").stdout)}
    assert items["CX101"]["url"] == f"{REPO}/blob/HEAD/docs/rules.md#pseudo-profiling"
    rules = {r["id"]: r for r in _sarif(tmp_path, monkeypatch)["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["CX101"]["helpUri"] == f"{REPO}/blob/HEAD/docs/rules.md#pseudo-profiling"
    assert rules["CX101"]["help"]["markdown"].startswith("## pseudo-profiling")


def _sarif(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    (tmp_path / "ola.yaml").write_text("kind: persona\nid: ola\nname: Ola Nowak\ngoals:\n  - Dba o swoje zdrowie\n",
                                       encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("lint", "-f", "sarif", "--no-cache", "ola.yaml")
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)


def test_repository_url_reads_the_project_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    class Meta:
        def get_all(self, key: str):
            return ["Changelog, https://x.example.org/changes", f"Repository, {REPO}/"]

    monkeypatch.setattr(metadata, "metadata", lambda name: Meta())
    assert docs.repository_url() == REPO


def test_rule_markdown_fences_its_examples() -> None:
    result = run("rule", "CX101", "-f", "markdown")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("## pseudo-profiling\n")
    assert "```yaml\nkind: persona\n" in result.stdout
    assert result.stdout == docs.rule_help_markdown(__import__("cxkit.lint.rule", fromlist=["x"]).all_rules()["pseudo-profiling"])


def test_rule_json_holds_the_parts_and_the_docs_place() -> None:
    result = run("rule", "pseudo-profiling", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["code"] == "CX101" and data["docs"] == "docs/rules.md#pseudo-profiling"
    assert data["bad"].startswith("kind: persona") and data["good"] and data["why"]
    assert data["plugin"] is None
    assert any(o["key"] for o in data["options"])


def test_a_code_that_is_no_lint_rule_in_json_and_markdown() -> None:
    data = json.loads(run("rule", "CX009", "-f", "json").stdout)
    assert data["name"] == "fmt-layout" and data["lint_rule"] is False
    assert run("rule", "fmt-layout", "-f", "md").stdout.startswith("## fmt-layout\n\n`CX009` · not a lint rule")


def test_rule_text_stays_the_default() -> None:
    assert run("rule", "CX101").stdout.startswith("pseudo-profiling (CX101), default severity: warning")
