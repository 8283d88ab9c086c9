"""`cxkit review -f html` of a Polish workspace (`lang = "pl"`): its findings' messages are Polish now
(the rules' Polish twins), so they are not marked English for a screen reader; the severity word and a
message a rule still writes in English keep `lang="en"`."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from test_review_html_s32 import _edit, _review, repo  # noqa: F401 - the fixture, a Polish persona in git


def _rows(page: str) -> list[str]:
    return re.findall(r"<tr>(<td.*?)</tr>", page)


def test_a_polish_finding_is_read_in_polish_and_an_english_one_in_english(repo: Path) -> None:  # noqa: F811
    (repo / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    subprocess.run(["git", "commit", "-q", "-m", "config"], cwd=repo, check=True)
    _edit(repo, "Ola Nowak", "Ceni jakość")
    code, page = _review("-f", "html")
    assert code == 1
    rows = _rows(page)
    polish = [r for r in rows if "Ceni jakość" in r]
    assert polish, rows
    for row in polish:
        cells = re.findall(r"<td( lang=\"en\")?>(.*?)</td>", row)
        assert cells[0] == (' lang="en"', "warning")
        assert cells[-1][0] == "" and "„Ceni jakość”" in cells[-1][1], cells[-1]


def test_without_a_polish_config_the_messages_stay_marked_english(repo: Path) -> None:  # noqa: F811
    _edit(repo, "Ola Nowak", "Ceni jakość")
    code, page = _review("-f", "html")
    row = next(r for r in _rows(page) if "Ceni jakość" in r)
    cells = re.findall(r"<td( lang=\"en\")?>(.*?)</td>", row)
    assert cells[-1][0] == ' lang="en"' and "Values" not in cells[-1][1]
