"""Review of session 29's init examples (CX008) and the long-run tally on a terminal."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from terminal_helpers import cxkit_on_a_terminal

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100"}

OWN_PERSONA = """\
kind: persona
id: kasia-urzadza-mieszkanie
name: Kasia Wrona
lang: pl
owner: Zespół badań UX (Anna Kowal)
summary: Urządza pierwsze własne mieszkanie w Krakowie i kupuje meble przez internet po pracy.
reviewed: 2026-11-30
goals:
  - text: Kupić sofę, która zmieści się w windzie bloku z 1978 roku (drzwi 78 cm)
    sources: [wywiady]
sources:
  - id: wywiady
    type: interview
    date: 2026-11-12
    note: 14 wywiadów (W01–W14), listopad 2026
"""

# The team's own negative persona: a developer who keeps templates; its summary quotes the marker word.
OWN_NEGATIVE = """\
# Persona negatywna zespołu: kto nie jest naszym klientem.
kind: negative-persona
id: tomek-pisze-wlasne-narzedzia
name: Tomek Wiśniewski
lang: pl
owner: Zespół badań UX (Anna Kowal)
summary: >-
  Programista, który trzyma w repozytorium szablony z komentarzem cxkit-init-example
  i sam pisze sobie narzędzia do planowania mebli.
reviewed: 2026-11-30
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env=ENV)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    code, _out, err = run("init", "--lang", "pl")
    assert code == 0, err
    (tmp_path / "personas" / "kasia-urzadza-mieszkanie.yaml").write_text(OWN_PERSONA, encoding="utf-8")
    return tmp_path


def _cx008(*extra: str) -> list[dict]:
    code, out, err = run("lint", "--no-cache", "--format", "json", "--select", "init-example", *extra)
    assert code in (0, 1), err
    return json.loads(out)


def test_own_document_quoting_the_marker_word_is_not_an_example(workspace: Path) -> None:
    """Fails before: the marker anywhere in the first 400 characters (here the summary) made the
    team's own negative persona an example, told to be deleted."""
    (workspace / "personas" / "tomek-pisze-wlasne-narzedzia.yaml").write_text(OWN_NEGATIVE, encoding="utf-8")
    found = _cx008()
    paths = {f["path"] for f in found}
    assert "personas/tomek-pisze-wlasne-narzedzia.yaml" not in paths
    # ... and it is the workspace's own negative persona: the example's CX201 remark goes.
    negative = next(f for f in found if "zbigniew" in f["path"])
    assert "CX201" not in negative["message"]


def test_marker_below_a_schema_comment_still_tells_an_example(workspace: Path) -> None:
    """Guard: an example whose marker line has a comment added above it stays an example."""
    path = workspace / "personas" / "marta-dojezdza-rowerem.yaml"
    path.write_text("# yaml-language-server: $schema=../schema/persona.json\n" + path.read_text(encoding="utf-8"),
                    encoding="utf-8")
    assert "personas/marta-dojezdza-rowerem.yaml" in {f["path"] for f in _cx008()}


def test_init_examples_with_per_file_ignores(workspace: Path) -> None:
    """Guard: per-file-ignores silences CX008 for the files it names only."""
    with (workspace / "cxkit.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[per-file-ignores]\n"journeys/*.yaml" = ["CX008"]\n')
    assert sorted(f["path"] for f in _cx008()) == [
        "personas/marta-dojezdza-rowerem.yaml", "personas/zbigniew-serwisuje-sam.yaml",
    ]


def _on_terminal(workspace: Path, *args: str) -> str:
    shown = cxkit_on_a_terminal(workspace, ["lint", "--no-cache", *args], {"COLUMNS": "100", "TERM": "xterm"},
                                size=100, check=False)
    return re.sub(r"\x1b\[[0-9;]*m", "", shown.decode("utf-8")).replace("\r\n", "\n")


def test_one_rule_run_on_a_terminal_has_no_tally(workspace: Path) -> None:
    """Fails before: `--select CX501` (more than 20 findings, all of one rule) ended with "Most found:
    CX501 placeholder (N). ... `cxkit lint --select CX501` shows one rule's findings at a time"."""
    for name in ("Tomasz Lis", "Ewa Nowak", "Jan Kos"):
        assert run("new", "persona", name)[0] == 0
    text = _on_terminal(workspace, "--select", "CX501")
    last = text.rstrip("\n").splitlines()[-1]
    assert re.match(r"Znaleziono (\d+) problem", last) and int(re.match(r"Znaleziono (\d+)", last).group(1)) > 20, last
    assert "Najwięcej zgłoszeń" not in text


def test_several_rules_on_a_terminal_keep_the_tally(workspace: Path) -> None:
    """Guard: two rules or more still end with the tally."""
    for name in ("Tomasz Lis", "Ewa Nowak", "Jan Kos"):
        assert run("new", "persona", name)[0] == 0
    text = _on_terminal(workspace)
    assert text.rstrip("\n").splitlines()[-1].startswith("Najwięcej zgłoszeń: CX501 placeholder (")


# --- fmt's note on an unknown key it moves --------------------------------------------------------

KEYS_WITH_BREAKS = """\
kind: persona
id: ola-kupuje-kawe
"cele\\nzłe": Kupuje kawę w Lidlu co tydzień
potrzeby:
  - Dostawa w sobotę rano
x-notatki: od zespołu
name: Ola Nowak
lang: pl
owner: Zespół badań (Anna)
summary: Kupuje kawę w Lidlu w każdą sobotę rano
reviewed: 2026-11-05
"""


def test_fmt_note_on_a_key_with_a_line_break_stays_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails before: the key's line break split the note over two lines of stderr."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "ola.yaml").write_text(KEYS_WITH_BREAKS, encoding="utf-8")
    code, _out, err = run("fmt", "ola.yaml")
    assert code == 0, err
    notes = [line for line in err.splitlines() if line.startswith("cxkit: note: ola.yaml: moved")]
    assert len(notes) == 2, err  # one for each unknown key; none for the x- key
    assert notes[0].startswith("cxkit: note: ola.yaml: moved 'cele\\x0azłe' below the fields cxkit knows"), notes
    assert "moved 'potrzeby'" in notes[1] and "did you mean 'needs'?" in notes[1]
    assert all(line.startswith(("reformatted", "cxkit: note:", "1 file")) for line in err.splitlines()), err
