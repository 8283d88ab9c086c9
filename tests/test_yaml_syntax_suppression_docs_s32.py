"""A `# cxkit: disable-file=...` comment cannot silence a file that does not parse (there are no
comments to read); the yaml-syntax rule's docs and the README's suppression section say so, with
the `per-file-ignores` entry that does silence it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

REPO = Path(__file__).resolve().parents[1]

#: A persona imported with a tab in its indentation, and a comment that hopes to silence it.
BROKEN = "# cxkit: disable-file=all\nkind: persona\nid: marta-import\nname: Marta z importu\ngoals:\n\t- Zgłosić szkodę\n"


def test_the_comment_silences_nothing_and_per_file_ignores_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    enter_workspace(tmp_path, monkeypatch, files={"personas/import/marta.yaml": BROKEN})
    result = run_cli("lint", "--no-cache", "--format", "json", ".")
    assert [f["rule"] for f in result.findings] == ["yaml-syntax"]
    (tmp_path / "cxkit.toml").write_text('[per-file-ignores]\n"personas/import/*.yaml" = ["yaml-syntax"]\n', encoding="utf-8")
    assert run_cli("lint", "--no-cache", "--format", "json", ".").findings == []


def test_the_rule_docs_say_so_with_the_config_that_works() -> None:
    shown = run_cli("rule", "yaml-syntax").stdout
    said = " ".join(shown.split())
    assert "a `# cxkit: disable-file=...` comment in it (`disable-file=all` too) silences nothing" in said
    assert '`[per-file-ignores]` `"personas/legacy/*.yaml" = ["yaml-syntax"]`' in said
    rules_md = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert "silences nothing, this finding included" in rules_md


def test_the_readme_suppression_section_says_so() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Suppressing a finding", 1)[1].split("\n## ", 1)[0]
    said = " ".join(section.split())
    assert "a `disable-file` comment in it silences nothing, its `yaml-syntax` finding included" in said
    assert '`"personas/import/*.yaml" = ["yaml-syntax"]`' in said
