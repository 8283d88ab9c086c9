"""What the README and the docs say about pinning "today" and counting documents holds (session 33).

- docs/ci.md's "Pin the date of the commit" snippet, run as a CI runs it, pins the date of the
  commit (a `--today` beside the export would win over it, and the export would do nothing).
- `--today` is in the option reference of each command that has it.
- README's "documents checked": the files it says are not counted are not, those it says are, are.
"""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")

PERSONA = """\
kind: persona
id: ola
name: Ola Wiśniewska
summary: Księgowa z Gdańska, która co miesiąc wystawia faktury dla trzech klientów z telefonu.
goals:
  - Wystawić fakturę w tramwaju w dwie minuty, bez laptopa
pain_points:
  - Aplikacja gubi szkic faktury, gdy telefon przejdzie w tryb uśpienia
reviewed: 2026-01-15
"""


def _pin_snippet() -> list[str]:
    """The script lines of the YAML block under "Pin the date of the commit" in docs/ci.md."""
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    found = re.search(r"Pin the date of the commit[^\n]*\n\n```yaml\n(.*?)```", text, re.S)
    assert found, "docs/ci.md has no snippet under 'Pin the date of the commit'"
    return [line.strip()[2:] for line in found.group(1).splitlines() if line.strip().startswith("- ")]


def test_the_ci_snippet_pins_the_date_of_the_commit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails before: the snippet's `cxkit lint --today 2026-12-06` won over the exported date."""
    export, command = _pin_snippet()
    assert export.startswith("export SOURCE_DATE_EPOCH=")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    git = ["git", "-c", "user.name=Łucja", "-c", "user.email=l@example.pl"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "-A"], cwd=tmp_path, check=True)
    stamp = {"GIT_COMMITTER_DATE": "2025-03-14T23:30:00+00:00", "GIT_AUTHOR_DATE": "2025-03-14T23:30:00+00:00"}
    subprocess.run([*git, "commit", "-qm", "start"], cwd=tmp_path, check=True, env={**_path_env(), **stamp})
    # The export line, as the CI's shell runs it: what it sets.
    epoch = subprocess.run(["sh", "-c", f"{export} && printf %s \"$SOURCE_DATE_EPOCH\""], cwd=tmp_path,
                           check=True, capture_output=True, text=True).stdout
    assert epoch == "1741995000"
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CXKIT_TODAY", raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    argv = shlex.split(command)[1:]
    assert argv[0] == "lint"
    result = CliRunner().invoke(app, [*argv, "--show-settings"])
    assert result.exit_code == 0, result.output
    assert "today: 2025-03-14 (from SOURCE_DATE_EPOCH)" in result.stdout, result.stdout


def _path_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "SYSTEMROOT")}


@pytest.mark.parametrize(("page", "where"), [
    ("README.md", "| Option | Meaning |\n|---|---|\n| `--format`, `-f` `text\\|json\\|sarif"),
    ("docs/diff.md", "| `--fail-level error\\|warning\\|info\\|never` | Exit 1 when the change introduces"),
    ("docs/scaffolding.md", "- `--lang pl|en` picks the language of the examples"),
], ids=["README-lint", "diff-review", "scaffolding-init"])
def test_today_is_in_each_command_s_option_reference(page: str, where: str) -> None:
    """Fails before: `--today` (lint, review, init) was only in docs/ci.md and docs/adopting.md."""
    text = (ROOT / page).read_text(encoding="utf-8")
    start = text.index(where)
    reference = text[start:text.index("\n\n", start)]
    assert "`--today YYYY-MM-DD`" in reference, page


def test_the_readme_says_what_pins_today() -> None:
    """Fails before: the README named CXKIT_TODAY once in passing and SOURCE_DATE_EPOCH not at all."""
    paragraph = next(p for p in README.split("\n\n") if p.startswith('"Today" is'))
    order = [paragraph.index(s) for s in ("`--today", "`CXKIT_TODAY=", "`SOURCE_DATE_EPOCH`")]
    assert order == sorted(order)  # strongest first, as cxkit.clock takes them


def test_the_readme_says_which_files_count_as_documents_checked() -> None:
    """Fails before: it said no file that is no cxkit document is counted, but an empty one is."""
    text = " ".join(README.split())
    assert "(empty, comments only, not UTF-8, a syntax error) is counted" in text
    assert "a near miss such as `kind: persna` beside a persona's fields" in text


@pytest.mark.parametrize(("name", "content", "counted"), [
    ("personas/ola.yaml", PERSONA.encode(), 1),
    ("mkdocs.yml", b"site_name: Badania CX\nnav:\n  - index.md\n", 0),  # another tool's YAML
    ("cxkit.toml", b'lang = "pl"\n', 0),
    ("personas/x.yaml", b"kind: persna\nid: x\nname: X\n", 1),  # a near miss, beside a persona's fields
    ("personas/pusty.yaml", b"", 1),  # read, but no YAML document in it
    ("personas/komentarz.yaml", b"# do uzupelnienia\n", 1),
    ("personas/jozef.yaml", b"kind: persona\nname: J\xf3zef\n", 1),  # not UTF-8
    ("personas/zepsuty.yaml", b"kind: persona\ngoals: [jeden\n", 1),  # a syntax error
])
def test_what_the_readme_counts_as_a_document_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                                                     content: bytes, counted: int) -> None:
    """Guards: each file the README's paragraph names is counted (or not) as it says."""
    (tmp_path / "personas").mkdir()
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("CXKIT_TODAY", "2026-06-01")
    result = CliRunner().invoke(app, ["lint", "--no-cache", name])
    assert result.exit_code in (0, 1), result.output
    # the workspace is Polish: the summary ends "sprawdzono 1 dokument." / "sprawdzono 0 dokumentów."
    noun = "dokument" if counted == 1 else "dokumentów"
    assert re.search(rf"\bsprawdzono {counted} {noun}\.", result.stdout), result.stdout
