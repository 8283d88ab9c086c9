"""A researcher's first steps: init's examples, a long first lint, render -o, times in Markdown, --stage's header."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.gfm import plain
from terminal_helpers import cxkit_on_a_terminal, cxkit_on_one_terminal

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


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env=ENV)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    code, _out, err = run("init", "--lang", "pl")
    assert code == 0, err
    return tmp_path


# --- init's examples ---------------------------------------------------------------------------


def test_init_next_lines_say_to_delete_the_examples_and_name_them(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _err = run("init", "--lang", "pl")
    assert code == 0
    tail = out[out.index("Dalej:"):]  # a Polish workspace: init's account is Polish (590ab4fc)
    assert "usuń je, gdy napiszesz własne dokumenty" in tail
    assert "`cxkit render` umieszcza je w Twoich eksportach" in tail
    for name in ("personas/marta-dojezdza-rowerem.yaml", "personas/zbigniew-serwisuje-sam.yaml",
                 "journeys/marta-umawia-serwis.yaml"):
        assert name in tail


def test_no_examples_no_word_about_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: without examples the closing line says nothing of deleting them."""
    monkeypatch.chdir(tmp_path)
    code, out, _err = run("init", "--lang", "en", "--no-examples")
    assert code == 0 and "delete them" not in out


def test_each_example_starts_with_the_marker(workspace: Path) -> None:
    for path in [*workspace.glob("personas/*.yaml"), *workspace.glob("journeys/*.yaml")]:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# cxkit-init-example: usuń ten plik"), path


def test_fresh_examples_alone_are_clean(workspace: Path) -> None:
    """Guard: examples with nothing of the team's own beside them are not reported."""
    code, out, _err = run("lint", "--no-cache", "--format", "json")
    assert (code, json.loads(out)) == (0, [])


def test_examples_beside_own_documents_are_reported_as_info(workspace: Path) -> None:
    (workspace / "personas" / "kasia-urzadza-mieszkanie.yaml").write_text(OWN_PERSONA, encoding="utf-8")
    code, out, _err = run("lint", "--no-cache", "--format", "json", "--select", "init-example,missing-negative-persona")
    found = json.loads(out)
    assert code == 0  # info: below the default fail level
    assert sorted((f["path"], f["code"], f["severity"]) for f in found) == [
        ("journeys/marta-umawia-serwis.yaml", "CX008", "info"),
        ("personas/marta-dojezdza-rowerem.yaml", "CX008", "info"),
        ("personas/zbigniew-serwisuje-sam.yaml", "CX008", "info"),
    ]
    negative = next(f for f in found if "zbigniew" in f["path"])
    assert "jedyna persona negatywna, więc missing-negative-persona (CX201) uznaje" in negative["message"]
    marta = next(f for f in found if "marta-dojezdza" in f["path"])
    assert "CX201" not in marta["message"]
    assert (marta["line"], marta["column"]) == (7, 5)  # at its id, under the marker and the comments


def test_an_own_negative_persona_drops_the_cx201_remark(workspace: Path) -> None:
    (workspace / "personas" / "kasia-urzadza-mieszkanie.yaml").write_text(OWN_PERSONA, encoding="utf-8")
    code, _out, err = run("new", "negative-persona", "Marek kupuje na OLX")
    assert code == 0, err
    _code, out, _err = run("lint", "--no-cache", "--format", "json", "--select", "init-example")
    negative = next(f for f in json.loads(out) if "zbigniew" in f["path"])
    assert "CX201" not in negative["message"]


def test_removing_the_marker_keeps_an_example_as_ones_own(workspace: Path) -> None:
    """Guard: the marker, not the file name or id, tells an example."""
    (workspace / "personas" / "kasia-urzadza-mieszkanie.yaml").write_text(OWN_PERSONA, encoding="utf-8")
    path = workspace / "personas" / "marta-dojezdza-rowerem.yaml"
    path.write_text(path.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
    _code, out, _err = run("lint", "--no-cache", "--format", "json", "--select", "init-example")
    assert "personas/marta-dojezdza-rowerem.yaml" not in {f["path"] for f in json.loads(out)}


# --- a long first lint on a terminal -----------------------------------------------------------


def test_long_run_on_a_terminal_ends_with_the_rules_that_found_most(workspace: Path) -> None:
    for name in ("Kasia Wrona", "Tomasz Lis", "Ewa Nowak"):
        assert run("new", "persona", name)[0] == 0
    shown = cxkit_on_a_terminal(workspace, ["lint", "--no-cache"], {"COLUMNS": "100", "TERM": "xterm"}, size=100,
                                check=False)
    text = re.sub(r"\x1b\[[0-9;]*m", "", shown.decode("utf-8")).replace("\r\n", "\n")
    summary, tally = text.rstrip("\n").splitlines()[-2:]
    assert summary.startswith("Znaleziono ") and "problem" in summary
    assert re.fullmatch(r"Najwięcej zgłoszeń: CX501 placeholder \(\d+\), .*\. `cxkit lint --statistics` liczy je dla "
                        r"każdej reguły; `cxkit lint --select CX501` pokazuje zgłoszenia jednej reguły naraz\.", tally), tally


def test_piped_output_has_no_tally(workspace: Path) -> None:
    """Guard: a pipe (CI logs, scripts) gets the findings and the summary, as before."""
    for name in ("Kasia Wrona", "Tomasz Lis", "Ewa Nowak"):
        assert run("new", "persona", name)[0] == 0
    _code, out, _err = run("lint", "--no-cache")
    assert out.rstrip("\n").splitlines()[-1].startswith("Znaleziono ") and "Najwięcej zgłoszeń" not in out


def test_short_run_on_a_terminal_has_no_tally(workspace: Path) -> None:
    """Guard: a handful of findings needs no summary per rule."""
    own = OWN_PERSONA.replace("reviewed: 2026-11-30\n", "")  # missing-review-date: one finding more
    (workspace / "personas" / "kasia-urzadza-mieszkanie.yaml").write_text(own, encoding="utf-8")
    shown = cxkit_on_a_terminal(workspace, ["lint", "--no-cache"], {"COLUMNS": "100", "TERM": "xterm"}, size=100,
                                check=False)
    assert b"Znaleziono " in shown and "Najwięcej zgłoszeń".encode() not in shown


# --- render -o, times in Markdown, --stage's header --------------------------------------------


def test_render_o_says_what_it_wrote_at_a_terminal(workspace: Path) -> None:
    (workspace / "eksport").mkdir()
    shown, code = cxkit_on_one_terminal(workspace, ["render", "personas/", "-f", "markdown", "-o", "eksport/persony.md"],
                                        {"COLUMNS": "100", "NO_COLOR": "1"})
    assert (code, shown.replace("\r\n", "\n")) == (0, "cxkit: zapisano eksport/persony.md (Markdown)\n")  # a Polish workspace (tester42 #4)
    shown, code = cxkit_on_one_terminal(workspace, ["render", "journeys/marta-umawia-serwis.yaml", "-o",
                                                    "eksport/marta.html"], {"COLUMNS": "100", "NO_COLOR": "1"})
    assert (code, shown.replace("\r\n", "\n")) == (0, "cxkit: zapisano eksport/marta.html (HTML)\n")
    assert (workspace / "eksport" / "marta.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_render_o_to_a_script_stays_quiet(workspace: Path) -> None:
    """Guard: a script or CI step that reads stderr gets what it got before."""
    (workspace / "eksport").mkdir()
    assert run("render", "personas/", "-f", "markdown", "-o", "eksport/persony.md") == (0, "", "")
    code, _out, err = run("render", "personas/marta-dojezdza-rowerem.yaml", "-o", "brak/marta.html")
    assert code == 0 and err == "" and (workspace / "brak" / "marta.html").is_file()  # the folder made (session 31)


def test_markdown_export_keeps_opening_hours(workspace: Path) -> None:
    path = workspace / "journeys" / "marta-umawia-serwis.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("doing: Porównuje oceny i godziny otwarcia na telefonie",
                                 "doing: 'Sprawdza godziny: pn–pt 8:00-16:00, sob. 9:00-13:00 :tada:'"), encoding="utf-8")
    code, out, _err = run("render", "journeys/marta-umawia-serwis.yaml", "-f", "markdown")
    assert code == 0
    assert "pn–pt 8:00-16:00, sob. 9:00-13:00 :<!-- -->tada:" in out


@pytest.mark.parametrize(("written", "kept"), [
    ("8:00-16:00", "8:00-16:00"),
    ("9:30+10:00", "9:30+10:00"),
    ("12:30:45", "12:30:45"),
    (":+1: i :-1:", ":<!-- -->+1: i :<!-- -->-1:"),
    (":100:", ":<!-- -->100:"),
    (":8ball:", ":<!-- -->8ball:"),
    (":1st\\_place\\_medal:", ":<!-- -->1st\\_place\\_medal:"),
])
def test_emoji_codes_split_and_times_kept(written: str, kept: str) -> None:
    assert plain(written) == kept


def test_stage_header_names_the_stage_shown(workspace: Path) -> None:
    code, out, _err = run("render", "journeys/marta-umawia-serwis.yaml", "--stage", "post-purchase", "--width", "100")
    assert code == 0
    assert "Etap 5 z 7 · Ostatni przegląd:" in out and "Etapy: 1/7" not in out
    _code, out, _err = run("render", "journeys/marta-umawia-serwis.yaml", "--width", "100")
    assert "Etapy: 7 · Ostatni przegląd:" in out  # guard: the whole map keeps its count


# --- fmt says which unknown key it moved ------------------------------------------------------


def test_fmt_names_an_unknown_key_it_moves(workspace: Path) -> None:
    path = workspace / "personas" / "ewa-projektantka.yaml"
    path.write_text("kind: persona\nid: ewa-projektantka\nname: Ewa Nowak\nlang: pl\ncele:\n"
                    "  - Zamówić próbki tkanin dla trzech klientów w tym tygodniu\n"
                    "summary: Projektantka wnętrz z Krakowa, zamawia meble dla klientów.\n", encoding="utf-8")
    code, _out, err = run("fmt", "personas/ewa-projektantka.yaml")
    assert code == 0
    # The workspace is Polish, and so is the note (session 37).
    assert ("cxkit: uwaga: personas/ewa-projektantka.yaml: przeniesiono `cele` tam, gdzie fmt stawia pole `goals`; czy "
            "chodziło o `goals`? (nazwy pól są po angielsku; `cxkit fmt --fix` zmienia tę nazwę)\n") in err
    assert path.read_text(encoding="utf-8").endswith("cele:\n  - Zamówić próbki tkanin dla trzech klientów w tym tygodniu\n")


def test_fmt_says_nothing_of_an_unknown_key_already_last_or_an_x_key(workspace: Path) -> None:
    """Guard: a key fmt leaves where it was, and the author's own `x-` keys, get no note."""
    path = workspace / "personas" / "ewa-projektantka.yaml"
    path.write_text("kind: persona\nid: ewa-projektantka\nname: Ewa Nowak\nlang: pl\nx-notatki: z warsztatu\n"
                    "summary:   Projektantka wnętrz z Krakowa.\nbolaczki:\n  - Próbki tkanin idą tydzień\n",
                    encoding="utf-8")
    code, _out, err = run("fmt", "personas/ewa-projektantka.yaml")
    # The workspace is Polish: fmt says "przeformatowano", a note would be "uwaga:" (s39).
    assert code == 0 and "przeformatowano" in err and "uwaga:" not in err and "note" not in err
