"""A new document's undated-review finding sends its author to the template's `# reviewed:` comment.

`cxkit new` ends each template with a commented `# reviewed: YYYY-MM-DD` line, where the date goes.
stale-review's finding on a document with no date (and missing-review-date's, when it is the one
reported) stays on `id` — a comment is no place in the data, which baselines, `data_path` and
`# cxkit: disable=` comments go by, and every other document-level finding sits there too — and its
message now names the comment's line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli


def _findings(*args: str) -> list[tuple[str, int, int, str, str]]:
    result = run_cli("lint", "--no-cache", "-f", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return [(f["path"], f["line"], f["column"], f["code"], f["message"], f["data_path"])
            for f in json.loads(result.stdout)]


def _line_of(path: str, start: str) -> int:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.startswith(start))


@pytest.mark.parametrize(("kind", "path"), [
    ("persona", "personas/dan-plumber.yaml"),
    ("negative-persona", "personas/bargain-hunter.yaml"),
    ("journey", "journeys/dan-switches.yaml"),
])
def test_an_english_template_names_the_line_of_its_reviewed_comment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      kind: str, path: str) -> None:
    enter_workspace(tmp_path, monkeypatch, config='lang = "en"\n', today="2026-12-06")
    assert run_cli("new", kind, Path(path).stem).exit_code == 0
    assert Path(path).is_file()
    comment, ident = _line_of(path, "# reviewed:"), _line_of(path, "id:")
    [found] = _findings("--select", "stale-review", path)
    what = {"persona": "persona", "negative-persona": "negative persona", "journey": "journey map"}[kind]
    assert found == (path, ident, 1, "CX303",
                     f"no `reviewed` date and no dated source, so how old this {what} is cannot be told: it counts "
                     "as stale; add the date it was last checked against research (reviewed: YYYY-MM-DD); the "
                     f"template's `# reviewed:` comment at line {comment} is where it goes (delete the `# `)", "id")


def test_the_polish_persona_template_exact_place_and_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-06")
    assert run_cli("new", "persona", "ola-kierowczyni").exit_code == 0
    path = "personas/ola-kierowczyni.yaml"
    assert (_line_of(path, "id:"), _line_of(path, "# reviewed:")) == (19, 81)
    [found] = _findings("--select", "stale-review", path)
    assert found == (path, 19, 1, "CX303",
                     "brak daty `reviewed` i żadnego datowanego źródła, więc wieku tej persony nie da się ustalić: "
                     "uznaje się ją za nieaktualną; dodaj datę, kiedy ostatnio ją zweryfikowano z wynikami badań "
                     "(reviewed: RRRR-MM-DD); miejsce na nią to komentarz `# reviewed:` z szablonu w wierszu 81 "
                     "(usuń `# `)", "id")
    # missing-review-date, when it is the one reported (stale-review told not to count an undated document).
    Path("cxkit.toml").write_text('lang = "pl"\n[rules.stale-review]\nundated = false\n', encoding="utf-8")
    assert _findings("--select", "stale-review,missing-review-date", path) == [
        (path, 19, 1, "CX304", "brak daty `reviewed`; dodaj datę, kiedy ostatnio zweryfikowano ten dokument z "
                               "wynikami badań; miejsce na nią to komentarz `# reviewed:` z szablonu w wierszu 81 "
                               "(usuń `# `)", "id")]


def test_once_the_comment_is_a_date_the_finding_is_gone_and_without_it_nothing_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    enter_workspace(tmp_path, monkeypatch, config='lang = "en"\n', today="2026-12-06")
    assert run_cli("new", "journey", "dan-switches").exit_code == 0
    path = Path("journeys/dan-switches.yaml")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("# reviewed:", "reviewed:"), encoding="utf-8")
    assert _findings("--select", "stale-review,missing-review-date", str(path)) == []
    # The comment deleted: the message as before, on `id`.
    path.write_text("".join(line for line in text.splitlines(keepends=True) if not line.startswith("# reviewed:")),
                    encoding="utf-8")
    [found] = _findings("--select", "stale-review", str(path))
    assert found[1:4] == (_line_of(str(path), "id:"), 1, "CX303")
    assert found[4].endswith("(reviewed: YYYY-MM-DD)")


def test_an_indented_or_inline_mention_is_not_the_comment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    enter_workspace(tmp_path, monkeypatch, config='lang = "en"\n', today="2026-12-06", files={
        "journeys/j.yaml": "# Keep `reviewed` current.\nkind: journey\nid: j\nname: J\npersona: p\n"
                           "stages:\n  - id: a\n    name: A\n    # reviewed: 2026-01-01\n"})
    [found] = _findings("--select", "stale-review", "journeys/j.yaml")
    assert found[1:4] == (3, 1, "CX303") and found[4].endswith("(reviewed: YYYY-MM-DD)")
