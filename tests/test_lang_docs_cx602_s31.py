"""The pages that tell a team what `lang` means name the rule that checks a written `lang:` against the
text (lang-contradicts-text, CX602): docs/format.md's Language section and README's `lang` setting."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n#", start + len(heading))
    return text[start:end if end != -1 else None]


def test_format_md_language_section_names_and_links_the_rule():
    section = _section((REPO / "docs" / "format.md").read_text(encoding="utf-8"), "### Language\n")
    assert "[lang-contradicts-text](rules.md#lang-contradicts-text)" in section
    assert "(CX602)" in section and "`uk`, which is Ukrainian" in section
    assert "\n## lang-contradicts-text\n" in (REPO / "docs" / "rules.md").read_text(encoding="utf-8")


def test_readme_lang_setting_names_the_rule():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    row = re.search(r"^\| `lang` \| none \|.*$", readme, re.MULTILINE)
    assert row is not None
    assert "`lang-contradicts-text` (CX602)" in row.group(0)
    assert "`uk` is Ukrainian" in row.group(0)
