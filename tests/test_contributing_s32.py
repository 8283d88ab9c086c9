"""CONTRIBUTING.md stays true: every test file, folder and source path it names is there, and the README links it."""

from __future__ import annotations

import glob
import re
from pathlib import Path

ROOT = Path(__file__).parent.parent
TEXT = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def named_paths() -> list[str]:
    """The repository paths the page names: `tests/...`, `src/...`, `docs/...`, `.ci/...`, `bench/...`."""
    words = re.findall(r"(?<![\w/.-])((?:tests|src|docs|\.ci|bench)/[\w./*-]+)", TEXT)
    return sorted({w.rstrip(".") for w in words if not w.endswith("_") and "PAGE" not in w})


def test_every_path_the_guide_names_exists():
    paths = named_paths()
    assert "tests/test_rule_docs.py" in paths and "src/cxkit/lint/rule.py" in paths  # the reader works
    missing = [p for p in paths if not glob.glob(str(ROOT / p))]
    assert missing == []


def test_the_readme_links_the_guide_and_the_guide_links_plugins_and_api():
    assert "(CONTRIBUTING.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/plugins.md)" in TEXT and "(docs/python-api.md)" in TEXT


def test_the_rule_code_families_match_the_rules():
    """Against docs/rules.md, which test_rule_docs.py keeps equal to the rules themselves."""
    families = dict(re.findall(r"`(CX\dxx)`\s+([a-z][a-z ,]+)", TEXT))
    rules_md = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    used = {code[:3] + "xx" for code in re.findall(r"\bCX\d{3}\b", rules_md)}
    assert len(used) > 3 and used == set(families)
