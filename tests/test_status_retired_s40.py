"""A document retired reads as retired in `diff`, `review` and the folder overview (tester45 #3).

`status: retired` written into a negative persona was shown as `+ Status: retired` (Markdown
"**dodano** Status: `retired`", HTML "— brak → retired"): an English value word, and an addition where
the reader sees a change from the default, active.  Now: `~ Status: aktywna → wycofana`, its words in
the document's language, and back (`wycofana → aktywna`) when the line is taken out.  The folder overview
listed the retired profile like a current one and counted it with them ("persony negatywne: 2"); each row
now says its status under its kind and the count says how many are retired.
"""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from diff_helpers import diff_out, plain_terminal, review_markdown
from git_helpers import MARTA_RATE, needs_git

FRAUD = """\
kind: negative-persona
id: profil-podwyzszonego-ryzyka-wyludzenia
name: Profil podwyższonego ryzyka wyłudzenia
lang: pl
owner: Departament Przeciwdziałania Nadużyciom
summary: Wnioskuje przez pośrednika o kredyt na mieszkanie wycenione o 30% powyżej cen transakcyjnych.
reasons:
  - text: Operat od rzeczoznawcy wskazanego przez klienta, wartość o 30% wyższa niż w RCiWN
    sources: [fraud-2026]
sources:
  - id: fraud-2026
    type: analytics
    n: 212
reviewed: 2026-06-30
"""
FRAUD_RETIRED = FRAUD.replace("owner: Departament", "status: retired\nowner: Departament")

LOWEST_RATE = """\
kind: negative-persona
id: klient-szukajacy-najnizszej-raty
name: Klient szukający wyłącznie najniższej raty
lang: pl
reasons:
  - Porównuje 9 banków w porównywarce i wybiera ofertę tańszą o 20 zł raty, bez względu na RRSO
"""

TRIAL = """\
kind: persona
id: dan-okafor
name: Dan Okafor
lang: en
status: draft
goals:
  - Invoice every job from the van on the day it is signed off
"""


def test_a_status_written_reads_as_a_change_from_active_in_polish_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch)
    text = diff_out(tmp_path, FRAUD, FRAUD_RETIRED).splitlines()
    assert text[1:] == ["  ~ Status: aktywna → wycofana", "", "1 dokument różni się (1 zmieniony); 1 zmiana w dokumencie."]
    markdown = diff_out(tmp_path, FRAUD, FRAUD_RETIRED, "-f", "markdown")
    assert "- **zmieniono** Status: aktywna → wycofana\n" in markdown and "retired" not in markdown
    html = diff_out(tmp_path, FRAUD, FRAUD_RETIRED, "-f", "html")
    assert ('<tr><th scope="row">Status <span class="op">zmieniono</span></th>'
            "<td>aktywna</td><td>wycofana</td></tr>") in html
    # Taken out again: back to the default.
    assert diff_out(tmp_path, FRAUD_RETIRED, FRAUD).splitlines()[1] == "  ~ Status: wycofana → aktywna"


def test_english_and_a_status_changed_between_two_written_values_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch)
    retired = TRIAL.replace("status: draft", "status: retired")
    assert diff_out(tmp_path, TRIAL, retired).splitlines()[1] == "  ~ Status: draft → retired"
    assert diff_out(tmp_path, TRIAL.replace("status: draft\n", ""), TRIAL).splitlines()[1] == "  ~ Status: active → draft"
    polish = FRAUD.replace("owner: Departament", "status: draft\nowner: Departament")
    assert diff_out(tmp_path, polish, FRAUD_RETIRED).splitlines()[1] == "  ~ Status: szkic → wycofana"
    # `active` written where there was none changes nothing a reader sees: said as written, in words.
    active = FRAUD.replace("owner: Departament", "status: active\nowner: Departament")
    assert diff_out(tmp_path, FRAUD, active).splitlines()[1] == "  + Status: aktywna"


def test_json_keeps_the_change_as_written_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch)
    import json

    [change] = json.loads(diff_out(tmp_path, FRAUD, FRAUD_RETIRED, "-f", "json"))
    assert (change["op"], change["path"], change["new"]) == ("added", "status", "retired")


@needs_git
def test_review_says_the_status_in_words_s40(tmp_path, monkeypatch):
    out = review_markdown(tmp_path / "repo", monkeypatch, FRAUD, FRAUD_RETIRED)
    assert "- **zmieniono** Status: aktywna → wycofana\n" in out
    assert "`retired`" not in out


def _folder(tmp_path: Path, docs: dict[str, str], lang: str = "pl") -> Path:
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    folder = tmp_path / "personas"
    folder.mkdir()
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_the_overview_marks_the_retired_profile_and_counts_it_apart_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch, 120)
    monkeypatch.chdir(tmp_path)
    _folder(tmp_path, {"marta.yaml": MARTA_RATE, "najnizsza-rata.yaml": LOWEST_RATE, "wyludzenie.yaml": FRAUD_RETIRED})
    result = run_cli("render", "personas", "--width", "120")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    row = next(n for n, line in enumerate(lines) if "Profil podwyższonego" in line)
    assert lines[row].split("│")[2].strip() == "persona negatywna"
    assert lines[row + 1].split("│")[2].strip() == "wycofana"
    current = next(n for n, line in enumerate(lines) if "Klient szukający" in line)
    assert all(lines[current + k].split("│")[2].strip() != "wycofana" for k in range(1, 3))
    assert lines[-1] == "persony: 1 · persony negatywne: 2 (w tym wycofane: 1) · ścieżki: 0"
    stacked = run_cli("render", "personas", "--layout", "stacked").stdout
    assert "persona negatywna (wycofana), profil-podwyzszonego-ryzyka-wyludzenia\n" in stacked
    assert stacked.rstrip().endswith("persony: 1, persony negatywne: 2 (w tym wycofane: 1), ścieżki: 0")


def test_the_html_overview_and_an_english_draft_s40(tmp_path, monkeypatch):
    plain_terminal(monkeypatch, 120)
    monkeypatch.chdir(tmp_path)
    _folder(tmp_path, {"wyludzenie.yaml": FRAUD_RETIRED, "marta.yaml": MARTA_RATE})
    assert run_cli("render", "personas", "-o", "ov.html").exit_code == 0
    page = (tmp_path / "ov.html").read_text(encoding="utf-8")
    assert ('data-label="Rodzaj">persona negatywna<br><span class="warning">wycofana</span></td>') in page
    assert 'data-label="Rodzaj">persona</td>' in page  # Marta, in use: no mark
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    (tmp_path / "en" / "dan.yaml").write_text(TRIAL, encoding="utf-8")
    (tmp_path / "en" / "ola.yaml").write_text(TRIAL.replace("dan-okafor", "ola").replace("status: draft\n", ""),
                                             encoding="utf-8")
    out = run_cli("render", "en", "--width", "120").stdout.splitlines()
    assert out[-1] == "personas: 2 (drafts: 1) · negative personas: 0 · journeys: 0"
