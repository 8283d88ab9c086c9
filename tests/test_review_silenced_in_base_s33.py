"""A move-only change that takes files out of a `per-file-ignores` pattern says why it fails review.

`git mv journeys podroze` under `"journeys/**" = ["stale-review"]`: the findings BASE silenced are
reported on the branch, so review counts them introduced (the documented rule) and fails.  It said
nothing of why: lint reports the stale pattern (CX005 on cxkit.toml), but review compares the
documents' findings only.  Now every format names the pattern, where it is written and how many
findings it silenced in BASE.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import git

CONFIG = """\
lang = "pl"

[per-file-ignores]
"journeys/**" = ["stale-review"]
"""

JOURNEY = """\
kind: journey
id: {ident}
name: Zgłoszenie szkody {n}
lang: pl
owner: Zespół CX (Anna Kowal)
persona: ola-nowak
reviewed: 2025-01-10
stages:
  - id: zgloszenie
    name: Zgłoszenie
    doing: Dzwoni na infolinię i podaje numer polisy
    emotion: -1
"""

PERSONA = """\
kind: persona
id: ola-nowak
name: Ola Nowak
lang: pl
owner: Zespół CX (Anna Kowal)
reviewed: 2026-11-20
goals:
  - Odnowić polisę OC w dziesięć minut
"""

#: In Polish, as the review is (tests/test_review_polish_words_s34.py).
LINE = ("Konfiguracja: 2 uwagi były wyciszone w main przez per-file-ignores 'journeys/**' (cxkit.toml:4), "
        "który w kopii roboczej nie pasuje do żadnego z ich plików; popraw wzorzec.")


@pytest.fixture()
def moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "cx@example.com")
    git(tmp_path, "config", "user.name", "CX")
    (tmp_path / "cxkit.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    for n in (1, 2):
        (tmp_path / "journeys" / f"j{n}.yaml").write_text(JOURNEY.format(ident=f"szkoda-{n}", n=n), encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "start")
    git(tmp_path, "checkout", "-q", "-b", "mv")
    git(tmp_path, "mv", "journeys", "podroze")
    git(tmp_path, "commit", "-q", "-m", "mv")
    monkeypatch.chdir(tmp_path)
    for key, value in {"NO_COLOR": "1", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-06"}.items():
        monkeypatch.setenv(key, value)
    return tmp_path


def _review(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["review", "main", "--no-cache", "-j", "1", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout


def test_the_text_says_which_pattern_silenced_the_findings_in_base(moved: Path) -> None:
    code, out = _review("-f", "text")
    assert code == 1
    lines = out.splitlines()
    assert lines[1] == "Sprawdzenie: 2 nowe uwagi (2 ostrzeżenia), 0 naprawionych; 6 przed zmianą, 8 po zmianie."
    assert lines[2] == LINE


def test_markdown_html_and_json_say_it_too(moved: Path) -> None:
    _code, markdown = _review("-f", "md")
    assert ("**Konfiguracja:** 2 uwagi były wyciszone w `main` przez `per-file-ignores` `'journeys/**'` "
            "(`cxkit.toml:4`), który w kopii roboczej nie pasuje do żadnego z ich plików; popraw wzorzec.") in markdown
    _code, page = _review("-f", "html")
    assert "2 uwagi były wyciszone w <code>main</code> przez <code>per-file-ignores</code>" in page
    _code, raw = _review("-f", "json")
    assert json.loads(raw)["silenced_in_base"] == [
        {"key": "per-file-ignores", "pattern": "journeys/**", "place": "cxkit.toml:4:1", "findings": 2, "kept": True}]


def test_a_pattern_the_change_took_out_is_said_so(moved: Path) -> None:
    (moved / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    git(moved, "mv", "podroze", "journeys")
    code, out = _review("-f", "text")
    assert code == 1
    assert out.splitlines()[2:4] == [
        "Konfiguracja: zmieniono cxkit.toml (per-file-ignores): main sprawdza się z jego własną wersją, kopię "
        "roboczą z obecną.",
        "Konfiguracja: 2 uwagi były wyciszone w main przez per-file-ignores 'journeys/**' (cxkit.toml:4), "
        "którego konfiguracja kopii roboczej już nie ma.",
    ]


def test_a_move_that_keeps_the_files_under_the_pattern_says_nothing(moved: Path) -> None:
    (moved / "cxkit.toml").write_text(CONFIG.replace("journeys/**", "podroze/**"), encoding="utf-8")
    code, out = _review("-f", "json")
    assert code == 0
    assert json.loads(out)["silenced_in_base"] == []
