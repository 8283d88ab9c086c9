"""`cxkit review -f text` and `-f md` of Polish documents say their own headings and counts in Polish,
as the verdict (**Wynik:**) and the changes below them already did: `Sprawdzenie:`, `Nowe uwagi`,
`Wyciszone uwagi`, `Zmiany`, with Polish plurals. A review of English documents is unchanged.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.diff.review import lint_counts
from cxkit.lint.finding import Severity
from git_helpers import git

PERSONA = """\
kind: persona
id: ola-nowak
name: Ola Nowak
lang: {lang}
owner: Zespół CX (Anna Kowal)
summary: Kupuje OC przez aplikację, porównuje oferty wieczorem na telefonie
reviewed: 2026-11-20
goals:
{goals}  - text: Odnowić polisę OC w dziesięć minut, bez dzwonienia na infolinię
    sources: [wywiady]
sources:
  - id: wywiady
    type: interview
    date: 2026-11-12
    note: 12 wywiadów (W01–W12), listopad 2026
"""
#: A goal lint finds generic (introduced), and one silenced by a comment the change brings.
GOALS = """\
  - text: Ceni wygodę  # cxkit: disable=pseudo-profiling
    sources: [wywiady]
  - text: Ceni jakość
    sources: [wywiady]
"""


def _repo(root: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> Path:
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "cx@example.com")
    git(root, "config", "user.name", "CX")
    (root / "personas").mkdir()
    (root / "personas" / "ola.yaml").write_text(PERSONA.format(lang=lang, goals=""), encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "persona")
    (root / "personas" / "ola.yaml").write_text(PERSONA.format(lang=lang, goals=GOALS), encoding="utf-8")
    monkeypatch.chdir(root)
    for key, value in {"NO_COLOR": "1", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-01"}.items():
        monkeypatch.setenv(key, value)
    return root


def _review(fmt: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["review", "main", "--no-cache", "-j", "1", "-f", fmt])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, re.sub(r"\b[0-9a-f]{7}\b", "HASH", result.stdout)


def test_a_polish_review_in_text_says_its_headings_and_counts_in_polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path / "pl", monkeypatch, "pl")
    assert _review("text") == (1, (
        "cxkit review: main (HASH) → kopia robocza (HASH z niezatwierdzonymi zmianami)\n"
        "Sprawdzenie: 1 nowa uwaga (1 ostrzeżenie), 0 naprawionych, 1 wyciszona; 1 przed zmianą, 2 po zmianie.\n"
        "Wynik: niezaliczony: 1 nowa uwaga na poziomie warning lub wyższym.\n"
        # Goals changed, `reviewed` did not: review's note, in Polish too (s39), after the verdict (s40).
        "Data przeglądu: personas/ola.yaml: cechy persony się zmieniły, a `reviewed` nadal ma datę 2026-11-20; gdy "
        "zespół porówna zmianę z wynikami badań, wpisz w `reviewed` datę tego porównania\n"
        "\n"
        "Nowe uwagi:\n"
        'personas/ola.yaml:11:11: warning CX101 "Ceni jakość" describes almost anyone; make it specific: name a '
        'product, brand or price they chose and what they rejected (e.g. "kupiła ekspres za 1800 zł po zwrocie '
        'tańszego") [pseudo-profiling] (miejsce: Cele #2 › Treść)\n'
        "\n"
        "Wyciszone uwagi:\n"
        'personas/ola.yaml:9:11: warning CX101 "Ceni wygodę" describes almost anyone; make it specific: name the '
        'inconvenience they avoid and what they do instead (e.g. "odbiera paczki z paczkomatu pod blokiem, bo do 18:00 '
        'nie ma jej w domu") [pseudo-profiling] (miejsce: Cele #1 › Treść); wyciszona przez # cxkit: disable=pseudo-profiling '
        "(wiersz 9); w BASE: nowa\n"
        "\n"
        "Zmiany:\n"
        "ola-nowak  personas/ola.yaml\n"
        "  + Cele #1:\n"
        "      Treść: Ceni wygodę\n"  # the labels the Markdown below uses, no longer YAML keys (s36)
        "      Źródła: wywiady\n"
        "  + Cele #2:\n"
        "      Treść: Ceni jakość\n"
        "      Źródła: wywiady\n"
        "  + # cxkit: disable=pseudo-profiling (dodano komentarz wyłączający regułę: lint zgłasza mniej)\n"
        "\n"
        "1 dokument różni się (1 zmieniony); 3 zmiany w dokumencie.\n"
    ))


def test_a_polish_review_in_markdown_says_its_headings_and_counts_in_polish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _repo(tmp_path / "pl", monkeypatch, "pl")
    assert _review("md") == (1, (
        "<!-- cxkit-review -->\n"
        "## cxkit review: `main` (HASH) → kopia robocza (HASH z niezatwierdzonymi zmianami)\n"
        "\n"
        "**Sprawdzenie:** 1 nowa uwaga (1 ostrzeżenie), 0 naprawionych, 1 wyciszona; 1 przed zmianą, 2 po zmianie.\n"
        "\n"
        "**Wynik:** niezaliczony: 1 nowa uwaga na poziomie `warning` lub wyższym.\n"
        "\n"
        "**Wyciszone:** uwagi nadal obecne, ale wyciszone (komentarzem `# cxkit: disable` albo w konfiguracji) tam, "
        "gdzie w `main` nie były wyciszone: 1 uwaga; zob. niżej. Wyciszone uwagi nie wpływają na wynik.\n"
        "\n"
        # After the verdict (s40); the file and `reviewed` as code spans, not backslashed backticks.
        "**Data przeglądu:** `personas/ola.yaml`: cechy persony się zmieniły, a `reviewed` nadal ma datę 2026-11-20; "
        "gdy zespół porówna zmianę z wynikami badań, wpisz w `reviewed` datę tego porównania\n"
        "\n"
        "### Nowe uwagi\n"
        "\n"
        "| Poziom | Reguła | Miejsce | Komunikat |\n"
        "|---|---|---|---|\n"
        '| warning | `pseudo-profiling` CX101 | `personas/ola.yaml:11:11` · Cele `#2` › Treść | "Ceni jakość" describes '
        "almost anyone; make it specific: name a product, brand or price they chose and what they rejected (e.g. "
        '"kupiła ekspres za 1800 zł po zwrocie tańszego") |\n'
        "\n"
        "### Wyciszone uwagi\n"
        "\n"
        "| Poziom | Reguła | Miejsce | Wyciszona przez | W BASE | Komunikat |\n"
        "|---|---|---|---|---|---|\n"
        "| warning | `pseudo-profiling` CX101 | `personas/ola.yaml:9:11` · Cele `#1` › Treść | "
        '`# cxkit: disable=pseudo-profiling` (wiersz 9) | nowa | "Ceni wygodę" describes almost anyone; make it '
        'specific: name the inconvenience they avoid and what they do instead (e.g. "odbiera paczki z paczkomatu pod '
        'blokiem, bo do 18:00 nie ma jej w domu") |\n'
        "\n"
        "### Zmiany\n"
        "\n"
        "1 dokument różni się (1 zmieniony); 3 zmiany w dokumencie.\n"
        "\n"
        "#### `ola-nowak` · `personas/ola.yaml`\n"
        "\n"
        "- **dodano** Cele `#1`:\n"
        "  - Treść: Ceni wygodę\n"
        "  - Źródła: wywiady\n"
        "- **dodano** Cele `#2`:\n"
        "  - Treść: Ceni jakość\n"
        "  - Źródła: wywiady\n"
        "- **dodano** `# cxkit: disable=pseudo-profiling` (komentarz wyłączający regułę: lint zgłasza mniej)\n"
    ))


def test_an_english_review_keeps_its_english_headings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path / "en", monkeypatch, "en")
    _, text = _review("text")
    _, md = _review("md")
    assert text.startswith("cxkit review: main (HASH) → working copy (HASH with uncommitted edits)\nLint: 1 finding "
                           "introduced (1 warning), 0 fixed, 1 suppressed; 1 before, 2 after.\nResult: fails: 1 finding at "
                           "warning level or above introduced.\nReviewed date: personas/ola.yaml: the persona's "
                           "traits changed, and `reviewed` still says 2026-11-20; when the team has checked the change "
                           "against the research, set it to that day\n\n")
    assert "\nFindings introduced:\n" in text and "; silenced by # cxkit: disable=pseudo-profiling (line 9); in BASE: new" in text
    assert "\nChanges:\n" in text
    assert "\n### Findings introduced\n\n| Severity | Rule | Where | Message |\n" in md
    assert "\n| Severity | Rule | Where | Silenced by | In BASE | Message |\n" in md
    assert "**Lint:** 1 finding introduced (1 warning), 0 fixed, 1 suppressed; 1 before, 2 after." in md
    assert "\n**Suppressed:** 1 finding still there but silenced" in md and "\n### Changes\n" in md


def _placed(*severities: Severity) -> list[SimpleNamespace]:
    return [SimpleNamespace(finding=SimpleNamespace(severity=s)) for s in severities]


@pytest.mark.parametrize(("n", "words"), [
    (1, "1 nowa uwaga (1 błąd), 1 naprawiona, 1 wyciszona, 1 nieporównana; 1 przed zmianą, 1 po zmianie."),
    (2, "2 nowe uwagi (2 błędy), 2 naprawione, 2 wyciszone, 2 nieporównane; 2 przed zmianą, 2 po zmianie."),
    (5, "5 nowych uwag (5 błędów), 5 naprawionych, 5 wyciszonych, 5 nieporównanych; 5 przed zmianą, 5 po zmianie."),
    (12, "12 nowych uwag (12 błędów), 12 naprawionych, 12 wyciszonych, 12 nieporównanych; 12 przed zmianą, 12 po zmianie."),
    (22, "22 nowe uwagi (22 błędy), 22 naprawione, 22 wyciszone, 22 nieporównane; 22 przed zmianą, 22 po zmianie."),
])
def test_the_polish_counts_take_polish_plurals(n: int, words: str) -> None:
    items = _placed(*[Severity.error] * n)
    review = SimpleNamespace(introduced=items, fixed=items, suppressed=items, not_compared=items, before=items, after=items,
                             kept_on_pairs=(0, 0))
    assert lint_counts(review, "pl") == words  # type: ignore[arg-type]


def test_each_severity_is_counted_in_polish() -> None:
    review = SimpleNamespace(introduced=_placed(Severity.error, *[Severity.warning] * 4, *[Severity.info] * 5),
                             fixed=[], suppressed=[], not_compared=[], before=[], after=_placed(Severity.info),
                             kept_on_pairs=(0, 0))
    assert lint_counts(review, "pl") == (  # type: ignore[arg-type]
        "10 nowych uwag (1 błąd, 4 ostrzeżenia, 5 informacji), 0 naprawionych; 0 przed zmianą, 1 po zmianie.")
    assert lint_counts(review) == (  # type: ignore[arg-type]
        "10 findings introduced (1 error, 4 warnings, 5 infos), 0 fixed; 0 before, 1 after.")
