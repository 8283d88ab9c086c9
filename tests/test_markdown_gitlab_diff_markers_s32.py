"""A document's own `{+x+}` or `[-x-]` stays text in Markdown on GitLab (session 32).

GitLab styles `{+…+}`, `[+…+]`, `{-…-}` and `[-…-]` as an added or removed part wherever they stand
in the rendered text outside code, after backslash escapes are resolved: the `\\[` cxkit wrote did not
stop it, and `{` was not escaped at all. A persona whose note says `{+10%+} rabatu` showed a green
"10%" in a merge request's comment or an exported page. The bracket now gets an empty `<!-- -->`
after it (GitHub and GitLab show nothing), which splits the text the marker must stand in whole.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import diff_markdown, run_cli

# The patterns GitLab's inline diff filter looks for in each text node of the rendered page.
GITLAB_MARKER = re.compile(r"\[-(.*?)-\]|\{-(.*?)-\}|\[\+(.*?)\+\]|\{\+(.*?)\+\}")
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")

NOTE = "Klient pisze w ankiecie {+10%+} rabatu, [-dostawa-] i [+odbiór+] oraz {-gratis-}"

PERSONA = f"""\
kind: persona
id: ewa-ksiegowa
name: Ewa Nowak
lang: pl
goals:
  - "{NOTE}"
"""


def text_nodes(markdown: str) -> list[str]:
    """The text GitLab's filter sees: escapes resolved, split where an HTML comment stands."""
    return [ESCAPE.sub(r"\1", part) for part in markdown.split("<!-- -->")]


def shown(markdown: str) -> str:
    """What a reader sees of it: the comments show nothing."""
    return "".join(text_nodes(markdown))


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "ws"
    root.mkdir()
    (root / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "100")
    return root


def test_render_markdown_keeps_the_markers_text(ws: Path) -> None:
    (ws / "ewa.yaml").write_text(PERSONA, encoding="utf-8")
    result = run_cli("render", "ewa.yaml", "-f", "md")
    assert result.exit_code == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if "rabatu" in line)
    assert NOTE in shown(line)  # reads as written
    assert not any(GITLAB_MARKER.search(node) for node in text_nodes(line))


def test_diff_markdown_keeps_the_markers_text(ws: Path) -> None:
    out = diff_markdown(ws, PERSONA.replace(f'"{NOTE}"', "Rabat w ankiecie"), PERSONA)
    line = next(line for line in out.splitlines() if "rabatu" in line)
    assert "10%+} rabatu" in shown(line)
    assert not any(GITLAB_MARKER.search(node) for node in text_nodes(line))


def test_other_braces_and_signs_are_left_as_they_are(ws: Path) -> None:
    (ws / "ewa.yaml").write_text(PERSONA.replace(NOTE, "Kod {RABAT} daje 5-10% w dni 1+2"), encoding="utf-8")
    result = run_cli("render", "ewa.yaml", "-f", "md")
    assert "Kod {RABAT} daje 5-10% w dni 1+2" in result.stdout
