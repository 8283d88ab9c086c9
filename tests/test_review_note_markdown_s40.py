"""Review's reviewed-date note after the verdict, and cxkit's own code spans as code in Markdown (session 40).

Session 39's note ("Reviewed date: … traits changed, `reviewed` still says …") sat between the counts and the
verdict, where a reader looks for the result, and its Markdown showed `\\`reviewed\\`` (every backtick of the
message escaped, also in the findings' table and in a folder render's list of files not read).  Now the
note follows the verdict in text, Markdown and HTML; in Markdown the file and the message's own backticks are
code spans, while the user's text quoted in a message (`*`, `_`, `|`, `<`, a backtick) stays escaped.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import run_cli
from test_review_reviewed_note_s39 import _git, edit, repo  # noqa: F401  (the fixture)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git missing")


def review(*args: str) -> str:
    result = run_cli("review", "main", "--no-cache", *args)
    assert result.exception is None, repr(result.exception)
    return result.stdout


def test_the_polish_note_follows_the_verdict_in_text_s40(repo: Path) -> None:  # noqa: F811
    edit(repo, "personas/kasia-zielinska.yaml", "Trzy razy w tygodniu", "Dwa razy w tygodniu")
    lines = review("-f", "text").splitlines()
    verdict = next(i for i, line in enumerate(lines) if line.startswith("Wynik: "))
    assert lines[verdict + 1].startswith("Data przeglądu: personas/kasia-zielinska.yaml: cechy persony się zmieniły")
    assert not any(line.startswith("Data przeglądu:") for line in lines[:verdict])


def test_the_polish_markdown_note_has_code_spans_not_escaped_backticks_s40(repo: Path) -> None:  # noqa: F811
    edit(repo, "journeys/kasia-kupuje-krem.yaml", "emotion: -1", "emotion: -2")
    md = review("-f", "md")
    assert "\\`" not in md
    note = ("**Data przeglądu:** `journeys/kasia-kupuje-krem.yaml`: emocje ścieżki się zmieniły (etap „sklep”), a "
            "`reviewed` nadal ma datę 2026-12-01; gdy zespół porówna zmianę z wynikami badań, wpisz w `reviewed` datę "
            "tego porównania\n")
    assert note in md
    assert md.index("**Wynik:**") < md.index(note) < md.index("### Zmiany")


def test_the_english_note_follows_the_verdict_in_markdown_and_html_s40(repo: Path, tmp_path: Path) -> None:  # noqa: F811
    (repo / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    _git(repo, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qam", "en")
    edit(repo, "personas/maya-commuter.yaml", "Saturday morning", "Saturday before 10:00")
    md = review("-f", "md")
    note = ("**Reviewed date:** `personas/maya-commuter.yaml`: the persona's traits changed, and `reviewed` still says "
            "2026-11-28; when the team has checked the change against the research, set it to that day\n")
    assert md.index("**Result:**") < md.index(note)
    run_cli("review", "main", "--no-cache", "-f", "html", "-o", str(tmp_path / "r.html"))
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    said = ("<p><strong>Reviewed date:</strong> <code>personas/maya-commuter.yaml</code>: the persona&#x27;s traits "
            "changed, and <code>reviewed</code> still says 2026-11-28;")
    said_plain = said.replace("&#x27;", "'")
    at = page.find(said) if said in page else page.find(said_plain)
    assert at > page.index('class="verdict"')


def test_a_findings_message_keeps_its_code_and_escapes_the_users_text_s40(repo: Path) -> None:  # noqa: F811
    # CX501 quotes the placeholder the user wrote and, in Polish, names the field in backticks.
    edit(repo, "personas/kasia-zielinska.yaml", "goals:\n",
         "goals:\n  - text: \"Płaci *extra* za | <i>TBD</i> a_b\"\n    sources: [wywiady]\n")
    md = review("-f", "md")
    row = next(line for line in md.splitlines() if "CX501" in line)
    assert "`goals[nr 1].text`" in row and "\\`" not in row
    assert "„\\<i\\>”" in row
    assert row.count(" | ") == 3  # four cells


def test_a_folder_renders_its_list_of_files_not_read_with_code_spans_s40(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "personas").mkdir()
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (tmp_path / "personas" / "notes.yaml").write_text("Maya, 34, cycles to work in Leeds\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    md = run_cli("render", "personas/", "-f", "md").stdout
    item = next(line for line in md.splitlines() if line.startswith("- `personas/notes.yaml:1:1`"))
    assert "(`persona-dir`)" in item and "`kind: persona`" in item and "with `exclude` in cxkit.toml" in item
    assert "\\`" not in item


@pytest.mark.parametrize(("message", "parts"), [
    ("no `reviewed` date; add `kind: persona`",
     [(False, "no "), (True, "reviewed"), (False, " date; add "), (True, "kind: persona")]),
    # a lone backtick of the user's text quoted opens no span; the message's own still is one
    ("placeholder „it` s” in `goals[1]`", [(False, "placeholder „it` s” in "), (True, "goals[1]")]),
    ("nothing to mark", [(False, "nothing to mark")]),
])
def test_message_parts_finds_the_messages_own_code_spans_s40(message: str, parts: list) -> None:
    from cxkit.gfm import message_parts

    assert message_parts(message) == parts


def test_a_base_config_error_keeps_its_code_spans_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # BASE's cxkit.toml gives a number where a rule's table goes; its error names a command in backticks.
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "maya-commuter.yaml").write_text(
        "kind: persona\nid: maya-commuter\nname: Maya Patel\nlang: en\ngoals:\n"
        "  - Book a bike service on a Saturday morning without losing the whole weekend\nreviewed: 2026-11-28\n",
        encoding="utf-8")
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n[rules]\nstale-review = 6\n', encoding="utf-8")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "-c", "user.email=t@example.com", "-c", "user.name=t", "add", "-A")
    _git(tmp_path, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "base")
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    line = next(line for line in review("-f", "md").splitlines() if line.startswith("**Configuration:**"))
    assert "is not valid there (" in line and "`cxkit rule stale-review` lists them" in line
    assert "\\`" not in line
