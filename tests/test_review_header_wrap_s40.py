"""`cxkit review` at a 40-column terminal wraps its header lines as it wraps the changes below them.

"cxkit review: HEAD (…) → kopia robocza (…)", "Sprawdzenie: …" and "Wynik: …" were written whole, so
a narrow terminal cut them at its edge while the changes were wrapped under their indent. On a
terminal they are now broken between words, rows after the first indented; piped (a script, a CI
log) every line stays whole, as before.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from cxkit.cli import app

JOURNEY = """\
kind: journey
id: kredyt-hipoteczny-marty
name: "Marta bierze kredyt hipoteczny na pierwsze mieszkanie"
lang: pl
persona: marta-zielinska
stages:
  - id: wniosek
    name: Złożenie wniosku kredytowego
    feeling: "Niepokój, czy bank nie zgubi załączników"
    emotion: -1
    barriers:
      - "Formularz gubi załączniki po 20 minutach"
    opportunities:
      - action: "Zapisywać wersję roboczą wniosku co minutę"
        owner: "Zespół kanałów cyfrowych"
"""

PERSONA = """\
kind: persona
id: marta-zielinska
name: "Marta Zielińska"
lang: pl
summary: "Księgowa z Gdańska kupuje pierwsze mieszkanie za 690 000 zł."
"""

JOURNEY_EN = """\
kind: journey
id: mortgage-application
name: "Marta applies for her first mortgage"
lang: en
persona: marta-zielinska
stages:
  - id: application
    name: Mortgage application
    feeling: "Worried, whether the bank will lose her attachments"
    emotion: -1
    barriers:
      - "The form drops attachments after 20 minutes"
    opportunities:
      - action: "Save a draft of the application every minute"
        owner: "Digital channels team"
"""

PERSONA_EN = """\
kind: persona
id: marta-zielinska
name: "Marta Zielińska"
lang: en
summary: "An accountant from Gdańsk buying her first flat."
"""

HEADS = {"pl": ("cxkit review: main (", "Sprawdzenie: ", "Wynik: "),
         "en": ("cxkit review: main (", "Lint: ", "Result: ")}


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.com", "HOME": str(repo), "PATH": "/usr/bin:/bin"})


def _repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "personas").mkdir()
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    journey, persona = (JOURNEY, PERSONA) if lang == "pl" else (JOURNEY_EN, PERSONA_EN)
    (tmp_path / "journeys" / "kredyt.yaml").write_text(journey, encoding="utf-8")
    (tmp_path / "personas" / "marta.yaml").write_text(persona, encoding="utf-8")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "base")
    changed = (journey.replace('"Zespół kanałów cyfrowych"', '"TODO"').replace("Niepokój, czy", "Niepokój: czy")
               .replace('"Digital channels team"', '"TODO"').replace("Worried, whether", "Worried: whether"))
    (tmp_path / "journeys" / "kredyt.yaml").write_text(changed, encoding="utf-8")
    monkeypatch.chdir(tmp_path)


def _review(columns: int, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["review", "main", *args], env={"NO_COLOR": "1", "COLUMNS": str(columns)})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


def _header(out: str) -> list[str]:
    lines = out.splitlines()
    return lines[:lines.index("")]


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_header_lines_fit_a_40_column_terminal_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    _repo(tmp_path, monkeypatch, lang)
    code, piped = _review(40, "-f", "text")
    monkeypatch.setattr("cxkit.colour.isatty", lambda stream: True)
    code_tty, out = _review(40)
    assert code == code_tty == 1
    header, whole = _header(out), _header(piped)
    assert max(cell_len(line) for line in header) <= 40, header
    assert len(header) > len(whole)  # the long lines were broken ...
    # ... between words, no word lost, each line's rows after its first indented by two spaces
    assert " ".join(" ".join(header).split()) == " ".join(" ".join(whole).split())
    for head in HEADS[lang]:
        assert any(line.startswith(head) for line in header), (head, header)
    starts = [line for line in header if not line.startswith("  ")]
    assert len(starts) == len(whole) and all(s.split()[0] == w.split()[0] for s, w in zip(starts, whole))
    assert any(line.startswith("  ") for line in header)
    if lang == "pl":
        joined = " ".join(" ".join(header).split())
        assert "→ kopia robocza (" in joined and "Wynik: niezaliczony: 1 nowa uwaga" in joined


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_piped_and_wide_header_lines_stay_whole_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    _repo(tmp_path, monkeypatch, lang)
    _code, piped = _review(40, "-f", "text")
    header = _header(piped)
    assert header[0].startswith("cxkit review: main (") and (" → kopia robocza (" in header[0] if lang == "pl"
                                                               else " → working copy (" in header[0])
    assert max(cell_len(line) for line in header) > 40  # piped: one line each, however narrow the terminal
    assert not any(line.startswith("  ") for line in header)
    # a terminal wide enough shows each on one line, as piped
    monkeypatch.setattr("cxkit.colour.isatty", lambda stream: True)
    assert _header(_review(200)[1]) == header
