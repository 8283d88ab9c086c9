"""No `${{ … }}` is pasted into a shell script in the workflows cxkit hands out (session 36).

GitHub Actions replaces `${{ expr }}` in a step's `run:` text before the shell reads it, so a value a pull
request chooses (a branch name such as `main$(curl …|sh)`, a title) would be run as code; the review
workflow wrote `cxkit review origin/${{ github.base_ref }}` so. Each value now reaches the script as an
environment variable the step's `env:` sets, which the shell reads as data. Checked on every workflow in
docs/, the one `cxkit init` writes, and every YAML code block of README and docs/ that has `run:` steps.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
EXPRESSION = re.compile(r"\$\{\{")


def _scripts(doc: object) -> list[str]:
    """Every `run:` text of a workflow (its jobs' steps)."""
    out: list[str] = []
    if isinstance(doc, dict):
        for key, value in doc.items():
            if key == "run" and isinstance(value, str):
                out.append(value)
            else:
                out.extend(_scripts(value))
    elif isinstance(doc, list):
        for item in doc:
            out.extend(_scripts(item))
    return out


def _workflows() -> list[tuple[str, str]]:
    found = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in sorted((ROOT / "docs").glob("*.yml"))]
    for md in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for n, block in enumerate(re.findall(r"```ya?ml\n(.*?)```", md.read_text(encoding="utf-8"), flags=re.S)):
            if re.search(r"^\s*(- )?run:", block, flags=re.M) and "steps:" in block:
                found.append((f"{md.relative_to(ROOT)} block {n + 1}", block))
    from cxkit.scaffold.init import workflow

    found += [("cxkit init's workflow", workflow()), ("cxkit init's workflow for a folder", workflow("cx/"))]
    return found


@pytest.mark.parametrize("name, text", _workflows(), ids=lambda v: v if isinstance(v, str) and "\n" not in v else "")
def test_no_expression_is_pasted_into_a_script(name, text):
    doc = YAML(typ="safe").load(text)
    scripts = _scripts(doc)
    assert scripts, name
    pasted = [line.strip() for s in scripts for line in s.splitlines() if EXPRESSION.search(line)]
    assert pasted == [], f"{name}: pass these through the step's env: instead"


def test_the_review_workflow_gets_the_base_branch_through_env():
    doc = YAML(typ="safe").load((ROOT / "docs" / "github-actions-review.yml").read_text(encoding="utf-8"))
    [step] = [s for s in doc["jobs"]["review"]["steps"] if s.get("id") == "review"]
    assert step["env"]["BASE_REF"] == "${{ github.base_ref }}"
    assert 'cxkit review "origin/$BASE_REF"' in step["run"]
