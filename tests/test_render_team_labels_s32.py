"""`[labels.pl]` / `[labels.en]` in cxkit.toml: a team heads a field in its own words (session 32).

A bank's negative persona is not someone who "would buy" an account: with
`purchase_triggers = "Skorzystałby, gdyby"` every render writer, `cxkit diff` and `cxkit review`
head the field so. Labels are per language (a workspace may hold Polish and English documents,
and a label is words of one language); a slip is a config error located at its key, exit 2.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli

NEGATIVE = """\
kind: negative-persona
id: dariusz-lowca-premii
name: Dariusz Kłos
lang: pl
reviewed: 2026-11-16
demographics:
  gender: mężczyzna
reasons:
  - Zakłada konto tylko dla premii 300 zł i zamyka je po trzech miesiącach
purchase_triggers:
  - Premia za założenie konta wyższa niż w innych bankach
abandon_triggers:
  - Opłata za kartę po okresie promocji
"""

ENGLISH = """\
kind: negative-persona
id: james-rate-chaser
name: James Carter
lang: en
reviewed: 2026-10-01
reasons:
  - Moves his savings every quarter to whichever bank pays the highest rate
purchase_triggers:
  - A savings rate above 6% for new customers
"""

JOURNEY = """\
kind: journey
id: kasia-zaklada-konto
name: Kasia zakłada konto osobiste
lang: pl
persona: kasia
stages:
  - id: wniosek
    name: Wniosek w aplikacji
    emotion: -1
    opportunities:
      - action: Zdjęcie dowodu zamiast przepisywania numeru
        owner: Zespół aplikacji mobilnej
        due: 2027-03-31
"""

TEAM = """\
lang = "pl"

[labels.pl]
purchase_triggers = "Skorzystałby, gdyby"
opportunities = "Pomysły"

[labels.en]
purchase_triggers = "Would sign up if"
"""


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "bank"
    (root / "personas").mkdir(parents=True)
    (root / "journeys").mkdir()
    (root / "cxkit.toml").write_text(TEAM, encoding="utf-8")
    (root / "personas" / "dariusz.yaml").write_text(NEGATIVE, encoding="utf-8")
    (root / "personas" / "james.yaml").write_text(ENGLISH, encoding="utf-8")
    (root / "journeys" / "kasia.yaml").write_text(JOURNEY, encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    return root


def ok(*args: str) -> str:
    result = run_cli(*args)
    assert (result.exit_code, result.exception) == (0, None), result.stderr
    return result.stdout


def config_error(ws: Path, toml: str) -> str:
    (ws / "cxkit.toml").write_text(toml, encoding="utf-8")
    result = run_cli("render", "personas/dariusz.yaml", "-f", "md")
    assert (result.exit_code, result.exception, result.stdout) == (2, None, ""), result.stderr
    return result.stderr.strip()


def test_every_writer_heads_the_field_in_the_teams_words(ws: Path) -> None:
    md = ok("render", "personas/dariusz.yaml", "-f", "md").splitlines()
    # The team's word replaces the gendered "Kupiłby, gdyby" a man's card had.
    assert "## Skorzystałby, gdyby" in md and "## Rezygnuje, gdy" in md
    assert not any("Kupi" in line for line in md)
    assert "Skorzystałby, gdyby" in ok("render", "personas/dariusz.yaml")
    assert '<h2 class="sub negative">Skorzystałby, gdyby</h2>' in ok("render", "personas/dariusz.yaml", "-f", "html")
    rows = list(csv.reader(io.StringIO(ok("render", "personas/dariusz.yaml", "-f", "csv").lstrip("\ufeff"))))
    assert ["Skorzystałby, gdyby", "• Premia za założenie konta wyższa niż w innych bankach"] in rows
    assert "Skorzystałby, gdyby" in ok("render", "personas/dariusz.yaml", "-f", "md-plain")


def test_labels_are_per_language(ws: Path) -> None:
    english = ok("render", "personas/james.yaml", "-f", "md").splitlines()
    assert "## Would sign up if" in english and "## Why not our audience" in english
    # The folder overview's column, and each stage's heading, in the Polish team's word.
    overview = ok("render", ".", "-f", "md").splitlines()
    assert "| Dokument | Rodzaj | Cechy | Źródła | Etapy | Pomysły | Przegląd | Plik |" in overview
    journey = ok("render", "journeys/kasia.yaml", "-f", "md")
    assert "Pomysły" in journey and "Usprawnienia" not in journey


def test_a_narrow_overview_heads_the_column_in_the_teams_word_too(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Where "Usprawnienia" does not fit, cxkit heads the column with its short "Uspr."; the team's word replaces both.
    monkeypatch.setenv("COLUMNS", "100")
    head = ok("render", ".").splitlines()[2]
    assert head.split("│")[6:8] == [" Pomysły ", " Przegląd      "], head


def test_render_o_knows_its_own_overview_headed_in_the_teams_words(ws: Path) -> None:
    out = ws / "zestawienie.md"
    ok("render", ".", "--title", "Bank: persony", "-o", str(out))
    ok("render", ".", "--title", "Bank: persony", "-o", str(out))  # no --force: it is cxkit's own export
    assert "| Pomysły |" in out.read_text(encoding="utf-8")


def test_diff_names_the_field_in_the_teams_words(ws: Path) -> None:
    old = ws / "stary.yaml"
    old.write_text(NEGATIVE.replace("w innych bankach", "200 zł"), encoding="utf-8")
    result = run_cli("diff", "-f", "markdown", str(old), "personas/dariusz.yaml")
    assert result.exit_code == 1, result.stderr
    assert "- **zmieniono** Skorzystałby, gdyby `#1`:" in result.stdout


def test_review_names_the_field_in_the_teams_words(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"GIT_CONFIG_NOSYSTEM": "1", "HOME": str(ws), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    for args in (["init", "-q", "-b", "main"], ["add", "."], ["commit", "-q", "-m", "start"]):
        subprocess.run(["git", *args], cwd=ws, check=True)
    (ws / "personas" / "dariusz.yaml").write_text(NEGATIVE.replace("w innych bankach", "200 zł"), encoding="utf-8")
    result = run_cli("review", "main", "-f", "md")
    assert result.exit_code == 0, result.stderr
    assert "**zmieniono** Skorzystałby, gdyby" in result.stdout


def test_extend_inherits_labels_label_by_label(ws: Path) -> None:
    (ws / "firma.toml").write_text('[labels.pl]\npurchase_triggers = "Skorzystałby, gdyby"\n'
                                   'abandon_triggers = "Zrezygnuje, gdy"\n', encoding="utf-8")
    (ws / "cxkit.toml").write_text('extend = "firma.toml"\nlang = "pl"\n\n[labels.pl]\n'
                                   'abandon_triggers = "Odejdzie, gdy"\n', encoding="utf-8")
    md = ok("render", "personas/dariusz.yaml", "-f", "md").splitlines()
    assert "## Skorzystałby, gdyby" in md and "## Odejdzie, gdy" in md
    shown = json.loads(ok("lint", "--show-settings", "--format", "json", "personas/dariusz.yaml"))
    entry = shown[0] if isinstance(shown, list) else shown
    assert entry["labels"] == {"pl": {"purchase_triggers": "Skorzystałby, gdyby", "abandon_triggers": "Odejdzie, gdy"}}
    text = ok("lint", "--show-settings", "personas/dariusz.yaml")
    assert '  [labels.pl] purchase_triggers = "Skorzystałby, gdyby", abandon_triggers = "Odejdzie, gdy"' in text.splitlines()


def test_lint_reads_a_config_with_labels_and_is_unchanged_by_them(ws: Path) -> None:
    result = run_cli("lint", "--format", "json", "journeys/kasia.yaml")
    assert result.exit_code in (0, 1) and result.exception is None, result.stderr
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    again = run_cli("lint", "--format", "json", "--no-cache", "journeys/kasia.yaml")
    assert json.loads(again.stdout) == json.loads(result.stdout)


def test_an_unknown_field_is_located_with_a_guess(ws: Path) -> None:
    said = config_error(ws, '[labels.pl]\npurchase_trigers = "Skorzystałby, gdyby"\n')
    assert said == "cxkit: cxkit.toml:2:1: unknown key 'labels.pl.purchase_trigers'; did you mean 'purchase_triggers'?"
    # A heading written as the key names the field it heads.
    said = config_error(ws, '[labels.pl]\n"Kupi, jeśli" = "Skorzystałby, gdyby"\n')
    assert said.endswith("unknown key 'labels.pl.Kupi, jeśli'; did you mean 'purchase_triggers'?")


def test_a_label_outside_a_language_table_says_where_it_goes(ws: Path) -> None:
    said = config_error(ws, 'lang = "pl"\n[labels]\npurchase_triggers = "Skorzystałby, gdyby"\n')
    assert said.startswith("cxkit: cxkit.toml:3:1: nieznany klucz `labels.purchase_triggers`; nagłówki zależą od "
                           "języka: zapisz go w [labels.pl] albo [labels.en]")
    said = config_error(ws, 'lang = "en"\n[labels]\npurchase_triggers = "Skorzystałby, gdyby"\n')
    assert said.startswith("cxkit: cxkit.toml:3:1: unknown key 'labels.purchase_triggers'; labels differ by language: "
                           "write it in [labels.pl] or [labels.en]")
    said = config_error(ws, '[labels.de]\npurchase_triggers = "Würde kaufen, wenn"\n')
    assert said == ("cxkit: cxkit.toml:1:1: unknown key 'labels.de'; render writes Polish and English headings: "
                    "[labels.pl] or [labels.en]")


@pytest.mark.parametrize(("value", "told", "told_pl"), [
    ("3", "a label is text in quotes, not 3", "nagłówek to tekst w cudzysłowie, a nie 3"),
    ('"  "', "the label is empty; leave the key out to keep cxkit's heading",
     "nagłówek jest pusty; pomiń ten klucz, a zostanie nagłówek cxkit"),
    ('"""Skorzystałby,\ngdyby"""', "a label is one line (it is a heading)", "nagłówek musi się mieścić w jednym wierszu (to tytuł pola)"),
    ('"Pomysły | Q1"', "a label is plain words; '|' would be read as Markdown or HTML in an export "
                        "(a table's column, a heading)",
     "nagłówek to zwykłe słowa, a „|” eksport odczytałby jako Markdown albo HTML (kolumnę tabeli, nagłówek)"),
    ('"Kupi <b>jeśli</b>"', "a label is plain words; '<' would be read as Markdown or HTML in an export "
                             "(a table's column, a heading)",
     "nagłówek to zwykłe słowa, a „<” eksport odczytałby jako Markdown albo HTML (kolumnę tabeli, nagłówek)"),
])
def test_a_bad_label_is_located(ws: Path, value: str, told: str, told_pl: str) -> None:
    said = config_error(ws, f'lang = "pl"\n\n[labels.pl]\npurchase_triggers = {value}\n')
    assert said == f"cxkit: cxkit.toml:4:1: zła wartość `labels.pl.purchase_triggers`: {told_pl}"  # session 40
    said = config_error(ws, f'lang = "en"\n\n[labels.pl]\npurchase_triggers = {value}\n')
    assert said == f"cxkit: cxkit.toml:4:1: bad value for 'labels.pl.purchase_triggers': {told}"


def test_pyproject_labels_are_located_in_their_table(ws: Path) -> None:
    (ws / "cxkit.toml").unlink()
    (ws / "pyproject.toml").write_text('[tool.cxkit]\nlang = "pl"\n\n[tool.cxkit.labels.pl]\ngoal = 1\n', encoding="utf-8")
    result = run_cli("render", "personas/dariusz.yaml")
    assert result.exit_code == 2
    assert result.stderr.strip() == ("cxkit: pyproject.toml:5:1: zła wartość `[tool.cxkit].labels.pl.goal`: "
                                     "nagłówek to tekst w cudzysłowie, a nie 1")
