"""review's counts add up, or say why not, when `similar-personas` findings are matched on their pairs.

Deleting (or sharpening) a persona of a templated set fixes every finding that named it, while the
pairs of the others, similar on both sides, are said on the branch by findings that now name another
persona: neither new nor fixed.  "0 new, 5 fixed; 10 before, 8 after" did not add up and said nothing
of why; now every format says by how many such findings the counts differ, and why.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.diff.review import pairs_note
from git_helpers import git

PERSONA_PL = """\
kind: persona
id: p{n}
name: Księgowa {n}
lang: pl
owner: Zespół CX (Anna Kowal)
reviewed: 2026-11-20
goals:
  - Zamknąć miesiąc w Comarchu w 5 dni roboczych
behaviours:
  - Co poniedziałek eksportuje wypłaty z Przelewy24 do Excela
pain_points:
  - Zbiera paragony od {n} serwisantów przez WhatsAppa
"""

PERSONA_EN = """\
kind: persona
id: p{n}
name: Bookkeeper {n}
lang: en
owner: CX team (Anna Berg)
reviewed: 2026-11-20
goals:
  - Close the month in Xero within 5 working days
behaviours:
  - Exports Stripe payouts to Excel every Monday
pain_points:
  - Chases receipts from {n} field engineers by WhatsApp
"""

NEGATIVE_PL = """\
kind: negative-persona
id: n-solo
name: Freelancerka
lang: pl
owner: Zespół CX (Anna Kowal)
reviewed: 2026-11-20
reasons:
  - Wystawia 3 faktury miesięcznie z szablonu w Google Docs
"""

NEGATIVE_EN = """\
kind: negative-persona
id: n-solo
name: Solo freelancer
lang: en
owner: CX team (Anna Berg)
reviewed: 2026-11-20
reasons:
  - Invoices 3 clients a month from a Google Docs template
"""


def _workspace(top: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    git(top, "init", "-q", "-b", "main")
    git(top, "config", "user.email", "cx@example.com")
    git(top, "config", "user.name", "CX")
    (top / "cxkit.toml").write_text(f'lang = "{lang}"\nselect = ["similar-personas"]\n', encoding="utf-8")
    folder = top / ("persony" if lang == "pl" else "personas")
    folder.mkdir()
    template = PERSONA_PL if lang == "pl" else PERSONA_EN
    for n in ("01", "02", "03", "04", "05"):
        (folder / f"p{n}.yaml").write_text(template.format(n=n), encoding="utf-8")
    (folder / "n.yaml").write_text(NEGATIVE_PL if lang == "pl" else NEGATIVE_EN, encoding="utf-8")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "start")
    monkeypatch.chdir(top)
    for key, value in {"NO_COLOR": "1", "COLUMNS": "100", "CXKIT_TODAY": "2026-12-06"}.items():
        monkeypatch.setenv(key, value)


def _review(fmt: str) -> str:
    result = CliRunner().invoke(app, ["review", "main", "--no-cache", "-j", "1", "-f", fmt])
    assert result.exit_code in (0, 1), result.output
    return result.stdout


NOTE_PL = ("Reguła {code}similar-personas{code} porównuje pary podobnych person, nie pojedyncze uwagi: po zmianie ma "
           "o 3 uwagi więcej o parach podobnych już przed zmianą (jej uwagi sprzed zmiany o tych parach wskazywały "
           "inną personę). Takie uwagi nie są ani nowe, ani naprawione.")
NOTE_EN = ("{code}similar-personas{code} is matched on pairs of similar personas, not finding by finding: after the "
           "change it has 3 more findings on pairs that were already similar before it (its findings of those pairs "
           "then named another persona). Such findings are neither introduced nor fixed.")


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_persona_of_a_templated_set_deleted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """p02-p05 each name p01 in BASE (4 findings); p01 deleted: those 4 are fixed, and p03-p05 now name
    p02, pairs BASE had: 3 findings neither new nor fixed, and the note says so."""
    _workspace(tmp_path, monkeypatch, lang)
    git(tmp_path, "rm", "-q", f"{'persony' if lang == 'pl' else 'personas'}/p01.yaml")
    report = json.loads(_review("json"))
    assert (report["findings_before"], len(report["introduced"]), len(report["fixed"]), report["findings_after"]) == (
        4, 0, 4, 3)
    kept = report["kept_on_pairs"]
    assert (kept["before"], kept["after"]) == (0, 3)
    assert (report["findings_before"] + len(report["introduced"]) - len(report["fixed"])
            + kept["after"] - kept["before"]) == report["findings_after"]
    note = (NOTE_PL if lang == "pl" else NOTE_EN)
    assert kept["note"] == note.format(code="")
    counts = ("0 nowych uwag, 4 naprawione; 4 przed zmianą, 3 po zmianie." if lang == "pl"
              else "0 findings introduced, 4 fixed; 4 before, 3 after.")
    assert f"{counts} {note.format(code='`')}" in _review("md")
    assert f"{counts} {note.format(code='')}" in _review("text")
    if lang == "en":  # the Polish page's count line: tests/test_review_polish_words_s34.py
        html = _review("html")
        summary = re.search(r'<p class="summary"[^>]*><strong>[^<]*</strong> ([^<]*)</p>', html)
        assert summary is not None and summary.group(1) == f"{counts} {note.format(code='')}"


def test_counts_that_add_up_say_nothing_more(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A persona sharpened at the end of the set: its one finding is fixed, nothing else moves."""
    _workspace(tmp_path, monkeypatch, "pl")
    (tmp_path / "persony" / "p05.yaml").write_text(PERSONA_PL.format(n="05").replace(
        "Zamknąć miesiąc w Comarchu w 5 dni roboczych", "Przejść audyt ISO 27001 bez konsultanta za 40 tys. zł").replace(
        "Co poniedziałek eksportuje wypłaty z Przelewy24 do Excela", "Prowadzi rejestr ryzyk w Notion od 2023 roku").replace(
        "Zbiera paragony od 05 serwisantów przez WhatsAppa", "Traci dwa dni na zbieranie dowodów do audytu"),
        encoding="utf-8")
    report = json.loads(_review("json"))
    assert (report["findings_before"], len(report["introduced"]), len(report["fixed"]), report["findings_after"]) == (
        4, 0, 1, 3)
    assert "kept_on_pairs" not in report
    assert "porównuje pary" not in _review("md")


@pytest.mark.parametrize(("kept", "words"), [
    ((0, 1), "o 1 uwagę więcej"), ((0, 2), "o 2 uwagi więcej"), ((0, 5), "o 5 uwag więcej"),
    ((0, 12), "o 12 uwag więcej"), ((0, 22), "o 22 uwagi więcej"), ((0, 112), "o 112 uwag więcej"),
    ((4, 2), "o 2 uwagi mniej"), ((1, 0), "o 1 uwagę mniej"),
])
def test_polish_counts_take_their_plural(kept: tuple[int, int], words: str) -> None:
    note = pairs_note(SimpleNamespace(kept_on_pairs=kept), "pl")  # type: ignore[arg-type]
    assert f"po zmianie ma {words} o parach" in note
    assert ("podobnych już przed zmianą" in note) == (kept[1] > kept[0])
    assert ("nadal podobnych" in note) == (kept[1] < kept[0])


@pytest.mark.parametrize(("kept", "words"), [
    ((0, 1), "1 more finding on"), ((0, 2), "2 more findings on"), ((1, 0), "1 fewer finding on"),
    ((5, 2), "3 fewer findings on"),
])
def test_english_counts(kept: tuple[int, int], words: str) -> None:
    note = pairs_note(SimpleNamespace(kept_on_pairs=kept), "en")  # type: ignore[arg-type]
    assert words in note
    assert pairs_note(SimpleNamespace(kept_on_pairs=(3, 3)), "en") == ""  # type: ignore[arg-type]
