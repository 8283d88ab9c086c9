"""A Polish workspace's last English: CX005, the summary line, the baseline's lines and lint's notes (session 36).

In a workspace whose config says `lang = "pl"` every finding spoke Polish except `unused-suppression` (CX005),
and the run's own sentences stayed English: `Found 2 problems (2 errors) in 2 files; 6 documents checked.`,
the baseline's lines on stderr, the step summary, the note on listed paths outside a sparse checkout, the
unknown-persona advice of a workspace with no persona. Each now speaks Polish there, with Polish plurals;
an English workspace's output is unchanged, byte for byte; a report of a stale comment keeps its English
twin, which baselines and `cxkit review` read.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli
from git_helpers import Repo
from cxkit.lint.finding import Finding, Severity
from cxkit.lint.formats.text import summary_line

OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
summary: Biegaczka z Gdyni, która szuka butów na półmaraton po kontuzji kolana.
reviewed: 2026-11-01
sources:
  - id: wywiady-2026
    type: interview
    date: 2026-10-01
    n: 5
goals:
  - Przebiec półmaraton w Gdyni poniżej 1:55 w marcu 2027  # cxkit: disable=pseudo-profiling
  - Kupić buty z szerokim przodem do 600 zł  # cxkit: disable=pseudo-profilng
behaviours:
  - Biega 4 razy w tygodniu po Parku Oliwskim z zegarkiem Garmin Forerunner 255  # cxkit: enable=CX101
# cxkit: disable-file=similar-personas
"""

NEGATYWNA = """\
kind: negative-persona
id: lowca-okazji
name: Łowca okazji
lang: pl
summary: Kupuje wyłącznie na wyprzedażach i zwraca połowę zamówień po przymierzeniu w domu.
reviewed: 2026-11-01
sources:
  - id: wywiady-2026
    type: interview
    date: 2026-10-01
    n: 5
reasons:
  - Jego zwroty kosztują sklep więcej niż marża na butach z wyprzedaży
"""

# What each stale comment is told, in Polish and (its twin, the finding's identity) in English.
STALE = [
    (13, 60, "`disable=pseudo-profiling` niczego nie wycisza w tym wierszu; usuń ten komentarz",
     "'disable=pseudo-profiling' suppresses nothing on this line; remove it"),
    (14, 46, "wyciszenie wymienia nieznaną regułę „pseudo-profilng”; czy chodziło o „pseudo-profiling”?",
     "suppression names unknown rule 'pseudo-profilng'; did you mean 'pseudo-profiling'?"),
    (16, 82, "cxkit nie rozumie komentarza `# cxkit: enable=CX101`, więc niczego nie wycisza (napisz "
             "`# cxkit: disable=REGUŁA` albo `# cxkit: disable-file=REGUŁA`)",
     "cxkit does not understand '# cxkit: enable=CX101'; it suppresses nothing (write '# cxkit: disable=RULE' "
     "or '# cxkit: disable-file=RULE')"),
    (17, 1, "`disable-file=similar-personas` niczego nie wycisza w tym pliku; usuń ten komentarz",
     "'disable-file=similar-personas' suppresses nothing in this file; remove it"),
]


def _workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str | None) -> Path:
    config = f'lang = "{lang}"\n' if lang else ""
    return enter_workspace(tmp_path, monkeypatch, config=config, today="2026-12-07",
                           files={"personas/ola.yaml": OLA, "personas/lowca-okazji.yaml": NEGATYWNA})


def _stale(result) -> list[tuple[int, int, str]]:
    return [(f["line"], f["column"], f["message"]) for f in json.loads(result.stdout) if f["rule"] == "unused-suppression"]


# --- CX005 ------------------------------------------------------------------------------------------------------

def test_each_stale_comment_is_told_in_polish_in_a_polish_workspace(tmp_path, monkeypatch):
    """Fails before: every CX005 message was English in a Polish workspace."""
    _workspace(tmp_path, monkeypatch, "pl")
    assert _stale(run_cli("lint", "--no-cache", "-f", "json")) == [(line, col, pl) for line, col, pl, _en in STALE]


@pytest.mark.parametrize("lang", [None, "en"])
def test_an_english_workspace_keeps_the_english_reports(tmp_path, monkeypatch, lang):
    """Guard: the English twins are the messages an English workspace has always had."""
    _workspace(tmp_path, monkeypatch, lang)
    assert _stale(run_cli("lint", "--no-cache", "-f", "json")) == [(line, col, en) for line, col, _pl, en in STALE]


def test_a_baseline_written_in_english_still_hides_the_polish_reports(tmp_path, monkeypatch):
    """A team that switches to `lang = "pl"` keeps its baseline: the reports are keyed by their English twins."""
    root = _workspace(tmp_path, monkeypatch, "en")
    assert run_cli("lint", "--no-cache", "--write-baseline").exit_code == 0
    (root / "cxkit.toml").write_text('lang = "pl"\nbaseline = ".cxkit-baseline.json"\n', encoding="utf-8")
    result = run_cli("lint", "--no-cache")
    assert "CX005" not in result.stdout
    # Fails before (the line was English): the baseline's summary speaks the workspace's language.
    assert result.stdout == ("Wszystko w porządku (sprawdzono 2 dokumenty w 2 plikach).\n"
                             "Nie pokazano 4 zgłoszeń zapisanych w pliku bazowym (pokaże je `--no-baseline`)\n")


def test_per_file_ignores_that_do_nothing_are_told_in_polish(tmp_path, monkeypatch):
    """Fails before: the config's stale entries were reported in English in a Polish workspace."""
    root = _workspace(tmp_path, monkeypatch, "pl")
    (root / "cxkit.toml").write_text('lang = "pl"\n\n[per-file-ignores]\n"archiwum/**" = ["ALL"]\n'
                                     '"personas/*.yaml" = ["stale-review"]\n', encoding="utf-8")
    found = [(f["path"], f["line"], f["message"]) for f in json.loads(run_cli("lint", "--no-cache", "-f", "json").stdout)
             if f["path"] == "cxkit.toml"]
    assert found == [
        ("cxkit.toml", 4, "`per-file-ignores` „archiwum/**” nie pasuje do żadnego sprawdzonego pliku; usuń ten wpis"),
        ("cxkit.toml", 5, "`per-file-ignores` „personas/*.yaml”: „stale-review” niczego nie wycisza w żadnym z 2 plików, "
                          "do których pasuje ten wzorzec; usuń tę regułę z listy"),
    ]


# --- the summary line -------------------------------------------------------------------------------------------

def _findings(errors: int, warnings: int = 0, infos: int = 0, files: int = 1) -> list[Finding]:
    out = []
    for i, severity in enumerate([Severity.error] * errors + [Severity.warning] * warnings + [Severity.info] * infos):
        out.append(Finding(f"personas/p{i % files}.yaml", i + 1, 1, "CX301", "missing-sources", severity, "brak źródeł"))
    return out


@pytest.mark.parametrize("n, pl, en", [
    (1, "Znaleziono 1 problem (1 błąd) w 1 pliku; sprawdzono 1 dokument.",
     "Found 1 problem (1 error) in 1 file; 1 document checked."),
    (2, "Znaleziono 2 problemy (2 błędy) w 1 pliku; sprawdzono 2 dokumenty.",
     "Found 2 problems (2 errors) in 1 file; 2 documents checked."),
    (5, "Znaleziono 5 problemów (5 błędów) w 1 pliku; sprawdzono 5 dokumentów.",
     "Found 5 problems (5 errors) in 1 file; 5 documents checked."),
    (12, "Znaleziono 12 problemów (12 błędów) w 1 pliku; sprawdzono 12 dokumentów.",
     "Found 12 problems (12 errors) in 1 file; 12 documents checked."),
    (22, "Znaleziono 22 problemy (22 błędy) w 1 pliku; sprawdzono 22 dokumenty.",
     "Found 22 problems (22 errors) in 1 file; 22 documents checked."),
])
def test_the_summary_counts_with_polish_plurals(n, pl, en):
    """Fails before (no Polish summary). 1 problem, 2 problemy, 5 problemów, 12 problemów, 22 problemy."""
    found = _findings(n)
    assert summary_line(found, 1, n, pl=True) == pl
    assert summary_line(found, 1, n) == en


def test_each_severity_and_the_files_in_polish():
    found = _findings(1, 3, 5, files=2)
    assert summary_line(found, 4, 6, pl=True) == ("Znaleziono 9 problemów (1 błąd, 3 ostrzeżenia, 5 informacji) "
                                                  "w 2 plikach; sprawdzono 6 dokumentów.")
    assert summary_line([], 3, 1, pl=True) == "Wszystko w porządku (sprawdzono 1 dokument w 3 plikach)."
    assert summary_line([], 2, 0, pl=True) == "Nie ma czego sprawdzać: nie znaleziono dokumentów cxkit w 2 plikach."
    assert summary_line([], 0, 0, pl=True) == "Nie ma czego sprawdzać: nie znaleziono dokumentów cxkit."


def test_lint_ends_with_the_polish_summary_cold_warm_and_in_statistics(tmp_path, monkeypatch):
    """Fails before: the summary line was English in a Polish workspace."""
    _workspace(tmp_path, monkeypatch, "pl")
    summary = "Znaleziono 4 problemy (4 informacje) w 1 pliku; sprawdzono 2 dokumenty.\n"
    assert run_cli("lint").stdout.endswith("\n\n" + summary)
    assert run_cli("lint").stdout.endswith("\n\n" + summary)  # the cache keeps the Polish output
    clean = run_cli("lint", "--statistics", "--ignore", "unused-suppression")
    assert clean.stdout == "Wszystko w porządku (sprawdzono 2 dokumenty w 2 plikach).\n"
    Path("cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert run_cli("lint").stdout.endswith("\n\nFound 4 problems (4 infos) in 1 file; 2 documents checked.\n")


def test_the_github_summaries_speak_polish(tmp_path, monkeypatch):
    """Fails before. The annotations' stdout is unchanged; the line on stderr keeps its `cxkit: ` prefix, and the
    step summary its heading, codes and severities (the table's words are Polish)."""
    _workspace(tmp_path, monkeypatch, "pl")
    step = tmp_path / "step.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(step))
    result = run_cli("lint", "--no-cache")
    assert result.stdout.startswith("::notice file=personas/ola.yaml,line=13,col=60,title=CX005 unused-suppression::"
                                    "`disable=pseudo-profiling` niczego nie wycisza")
    assert result.stderr == "cxkit: Znaleziono 4 problemy (4 informacje) w 1 pliku; sprawdzono 2 dokumenty.\n"
    assert step.read_text(encoding="utf-8") == (
        "\n### cxkit lint\n\nZnaleziono 4 problemy (4 informacje) w 1 pliku; sprawdzono 2 dokumenty.\n\n"
        "| Zgłoszenia | Kod | Waga | Reguła |\n|---:|---|---|---|\n| 4 | CX005 | info | unused-suppression |\n\n")


# --- the baseline -----------------------------------------------------------------------------------------------

def test_the_baseline_lines_speak_polish(tmp_path, monkeypatch):
    """Fails before: `recorded 4 findings in ...`, `dropped ...`, the stale note, all English."""
    root = _workspace(tmp_path, monkeypatch, "pl")
    written = run_cli("lint", "--no-cache", "--write-baseline")
    assert written.stderr == (
        "cxkit: zapisano 4 zgłoszenia w .cxkit-baseline.json (4 wpisy)\n"
        "cxkit: używaj go tak: `cxkit lint --baseline .cxkit-baseline.json` albo wpisz w konfiguracji baseline = "
        '".cxkit-baseline.json" (ścieżkę względem folderu konfiguracji)\n')
    ola = root / "personas" / "ola.yaml"
    ola.write_text(OLA.replace("  # cxkit: enable=CX101", "").replace("# cxkit: disable-file=similar-personas\n", ""),
                   encoding="utf-8")
    shown = run_cli("lint", "--no-cache", "--baseline", ".cxkit-baseline.json")
    assert shown.stderr == ("cxkit: uwaga: 2 zgłoszenia zapisane w .cxkit-baseline.json już nie występują (poprawione "
                            "albo plik zmienił nazwę); zmniejsz plik bazowy poleceniem `cxkit lint --write-baseline`\n")
    assert shown.stdout.endswith("Nie pokazano 2 zgłoszeń zapisanych w pliku bazowym (pokaże je `--no-baseline`)\n")
    ola.write_text(ola.read_text(encoding="utf-8").replace("  - Kupić", "  - Kupić nowe  # cxkit: disable=CX301\n  - Kupić"),
                   encoding="utf-8")
    shrunk = run_cli("lint", "--no-cache", "--write-baseline", "--baseline", ".cxkit-baseline.json")
    assert shrunk.stderr == (
        "cxkit: zapisano 2 zgłoszenia w .cxkit-baseline.json (2 wpisy)\n"
        "cxkit: usunięto 2 zapisane zgłoszenia, których już nie ma\n"
        "cxkit: nie zapisano 2 nowych zgłoszeń: popraw je albo zapisz wszystkie zgłoszenia poleceniem "
        "`cxkit lint --write-baseline --no-baseline`\n")


# --- notes ------------------------------------------------------------------------------------------------------

JOURNEY = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
lang: pl
reviewed: 2026-11-01
stages:
  - id: rozwazanie
    name: Rozważanie
"""


def test_the_advice_of_a_workspace_without_personas_is_polish(tmp_path, monkeypatch):
    """Fails before: the whole unknown-persona message fell back to English for the engine's advice."""
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\nexclude = ["archiwum"]\n', today="2026-12-07",
                    files={"journeys/buty.yaml": JOURNEY})
    [found] = [f for f in json.loads(run_cli("lint", "--no-cache", "-f", "json").stdout) if f["code"] == "CX004"]
    assert found["message"] == ("persona „ola-biegaczka” nie istnieje w obszarze roboczym; w obszarze roboczym nie "
                                "znaleziono żadnej persony (ścieżki pasujące do `exclude` w cxkit.toml nie są "
                                "przeszukiwane)")
    Path("cxkit.toml").write_text('exclude = ["archiwum"]\n', encoding="utf-8")
    [found] = [f for f in json.loads(run_cli("lint", "--no-cache", "-f", "json").stdout) if f["code"] == "CX004"]
    assert found["message"] == ("persona 'ola-biegaczka' does not exist in the workspace; no personas were found in "
                                "the workspace (paths matched by `exclude` in cxkit.toml are not searched)")


def test_nothing_to_check_is_said_in_polish(tmp_path, monkeypatch):
    """Fails before (English in a Polish workspace)."""
    _workspace(tmp_path, monkeypatch, "pl")
    Path("notatki.txt").write_text("nic\n", encoding="utf-8")
    assert run_cli("lint", "--only-documents", "notatki.txt").stdout == (
        "Nie ma czego sprawdzać: żaden z podanych plików nie jest dokumentem cxkit, którego nie wyklucza `exclude`.\n")


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


def test_listed_paths_outside_the_sparse_checkout_are_told_in_polish(tmp_path, monkeypatch):
    """Fails before: `--files-from`'s note on paths git keeps out of a sparse checkout was English."""
    root = _workspace(tmp_path, monkeypatch, "pl")
    enter_workspace(tmp_path, monkeypatch, git_identity=True)
    (root / "journeys").mkdir()
    (root / "journeys" / "buty.yaml").write_text(JOURNEY, encoding="utf-8")
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "start")
    _git(root, "sparse-checkout", "set", "--no-cone", "/cxkit.toml", "/journeys/")
    assert not (root / "personas" / "ola.yaml").exists()
    Path("lista.txt").write_text("personas/ola.yaml\njourneys/buty.yaml\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--files-from", "lista.txt")
    assert result.stderr.startswith(
        "cxkit: uwaga: 1 ścieżka z listy nie została sprawdzona: leży poza sparse checkoutem (git oznacza ją jako "
        "skip-worktree, więc nie ma jej na dysku): personas/ola.yaml; `git sparse-checkout add personas` dołączy ją "
        "do sprawdzenia\n")


# --- review and fmt --fix on a Polish workspace's stale comments -------------------------------------------------

def test_review_knows_the_rule_a_polish_stale_comment_names(tmp_path, monkeypatch):
    """Fails before: review read the rule a stale comment names from its (Polish) message, found none, and
    called the comment fixed when the branch's config turned its rule off, instead of suppressed by that."""
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    repo = Repo(tmp_path / "ws")
    repo.write("cxkit.toml", 'lang = "pl"\n')
    repo.write("personas/ola.yaml", OLA)
    repo.write("personas/lowca-okazji.yaml", NEGATYWNA)
    repo.commit("base")
    monkeypatch.chdir(repo.root)
    repo.write("cxkit.toml", 'lang = "pl"\nignore = ["pseudo-profiling"]\n')
    result = run_cli("review", "HEAD", "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    report = json.loads(result.stdout)
    assert [f for f in report["fixed"] if f["rule"] == "unused-suppression"] == []
    [s] = [s for s in report["suppressed"] if s["rule"] == "unused-suppression"]
    assert (s["line"], s["message"]) == (13, "`disable=pseudo-profiling` niczego nie wycisza w tym wierszu; usuń ten komentarz")
    assert s["suppressed_by"] == {"by": "config", "key": "ignore", "file": "cxkit.toml"}


def test_fmt_fix_leaves_a_polish_workspace_s_silenced_key_and_lint_reports_no_stale_comment(tmp_path, monkeypatch):
    """Guard (passes before too: fmt reads no CX005 message): `cele:  # cxkit: disable=schema` kept on purpose is
    left by `fmt --fix`, the date it may fix is fixed, and lint then finds the comment used, in Polish as in English."""
    text = OLA.replace("goals:", "cele:  # cxkit: disable=schema").replace("reviewed: 2026-11-01", "reviewed: 01.11.2026")
    _workspace(tmp_path, monkeypatch, "pl")
    Path("personas/ola.yaml").write_text(text, encoding="utf-8")
    result = run_cli("fmt", "--fix", "personas/ola.yaml")
    assert result.exit_code == 0, result.stderr
    after = Path("personas/ola.yaml").read_text(encoding="utf-8")
    assert "cele:  # cxkit: disable=schema" in after and "reviewed: 2026-11-01" in after
    stale = [f["line"] for f in json.loads(run_cli("lint", "--no-cache", "-f", "json").stdout)
             if f["rule"] == "unused-suppression"]
    assert stale == [7, 8, 10, 17]  # fmt put `cele` where `goals` goes; its comment (line 6) is used, the others stale


# --- cxkit diff's notes ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("globs", [("personas/*.yml",), ("personas/*.yml", "journeys/*.yml")])
def test_a_polish_workspace_s_unmatched_glob_note_is_polish_whole(tmp_path, monkeypatch, globs):
    """Fails before: the note's words were Polish, its `note:` English. One glob or two, with or without a
    document that differs, the line is Polish."""
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-07")
    repo = Repo(tmp_path / "ws")
    repo.write("cxkit.toml", 'lang = "pl"\n')
    repo.write("personas/ola.yaml", OLA)
    repo.commit("base")
    monkeypatch.chdir(repo.root)
    repo.write("personas/ola.yaml", OLA.replace("name: Ola Nowak", "name: Ola Nowak-Kowalska"))
    result = run_cli("diff", "HEAD", "--", *globs)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "".join(f"cxkit: uwaga: '{g}' nie pasuje do żadnego pliku po żadnej ze stron\n" for g in globs)


# --- the note on a document the rules did not run on (also CX005) ---------------------------------------------------

ETAPY = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
lang: pl
etapy:  # cxkit: disable=schema
  - id: rozwazanie
    name: Rozważanie
"""


def test_the_note_on_a_document_the_rules_did_not_run_on_is_polish(tmp_path, monkeypatch):
    """Fails before: the note, a CX005 finding, was English in a Polish workspace; its English twin is unchanged."""
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-07", files={"journeys/buty.yaml": ETAPY})
    [note] = [f for f in json.loads(run_cli("lint", "--no-cache", "-f", "json").stdout) if f["code"] == "CX005"]
    assert (note["line"], note["column"]) == (6, 9)
    assert note["message"] == (
        "`disable=schema` ukrywa błąd schematu, przez który reguły wymagające poprawnego dokumentu nie mogą działać "
        "(6:1: nieznane pole `etapy`; czy chodziło o `stages`? (nazwy pól są po angielsku, w jakimkolwiek języku jest "
        "tekst); zastępuje `stages`, które musi mieć ścieżka), więc nie sprawdziły tego dokumentu; popraw ten błąd")
    Path("cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    [note] = [f for f in json.loads(run_cli("lint", "--no-cache", "-f", "json").stdout) if f["code"] == "CX005"]
    assert note["message"] == (
        "'disable=schema' hides a schema error that the rules needing a valid document cannot do without (6:1: unknown "
        "field 'etapy'; did you mean 'stages'? (field names are in English, whatever the language of the text); it "
        "stands for `stages`, which a journey must have), so they did not run on this document; fix the error")
