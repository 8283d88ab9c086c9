"""`cxkit render JOURNEY` says on stderr when the journey's persona is missing, negative or retired (session 34).

The heading of a journey whose `persona` names no persona of the workspace showed the id alone, exit
0, and nothing said why: a typo, a persona deleted or renamed, went unnoticed until `cxkit lint` ran.
Now one located line on stderr says so (in Polish in a Polish workspace), in the words of the lint
rule that reports it (CX004 unknown-persona, CX407 journey-for-negative-persona, CX413
journey-for-retired-persona); the render is made all the same, with the exit code it had. Only where
lint would report it: under a config (a workspace), not where lint is told to keep quiet, and never
on a lookup that could not read everything (a false alarm is worse than none).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli
from render_hint_helpers import NEGATIVE_PL, PERSONA_PL
from snapshot_helpers import check_snapshot

#: A Polish journey of an insurer's app; ``{persona}`` is the id it names, ``{extra}`` lines before `stages`.
JOURNEY_PL = """\
kind: journey
id: odnowienie-polisy
name: Ola odnawia polisę OC
persona: {persona}
lang: pl
reviewed: 2026-11-02
{extra}stages:
  - id: przypomnienie
    name: Przypomnienie o końcu polisy
    touchpoints: [SMS od ubezpieczyciela]
    doing: Dostaje SMS 30 dni przed końcem polisy i otwiera link
    emotion: 1
  - id: platnosc
    name: Płatność w aplikacji
    touchpoints: [aplikacja mobilna]
    doing: Płaci BLIK-iem, a formularz gubi dane auta po powrocie z płatności
    emotion: -2
"""

#: An English journey of a plumbing firm's invoicing app, naming ``{persona}``.
JOURNEY_EN = """\
kind: journey
id: dan-switches-invoicing
name: Dan switches his invoicing app
persona: {persona}
lang: en
reviewed: 2026-11-10
{extra}stages:
  - id: invite
    name: Invite the engineers
    touchpoints: [text message]
    doing: Invites four engineers by text with a one-tap sign-in link
    emotion: 1
"""

PERSONA_EN = """\
kind: persona
id: dan-plumber
name: Dan Whitaker
lang: en
{extra}summary: Runs a four-van plumbing firm in Leeds and sends invoices from his phone between jobs.
reviewed: 2026-10-01
"""


def _pl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, persona: str = "ola-kierowczyni", journey_extra: str = "",
        persona_extra: str = "", config: str | None = 'lang = "pl"\n') -> Path:
    root = tmp_path / "ubezpieczenia"
    root.mkdir()
    enter_workspace(root, monkeypatch, config=config, files={
        "persony/ola.yaml": PERSONA_PL.format(extra=persona_extra),
        "persony/lowca.yaml": NEGATIVE_PL,
        "podroze/odnowienie.yaml": JOURNEY_PL.format(persona=persona, extra=journey_extra),
    })
    return root


def _en(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, persona: str = "dan-plumber", journey_extra: str = "",
        persona_extra: str = "", config: str | None = "") -> Path:
    root = tmp_path / "invoicing"
    root.mkdir()
    enter_workspace(root, monkeypatch, config=config, files={
        "personas/dan.yaml": PERSONA_EN.format(extra=persona_extra),
        "journeys/dan-switches.yaml": JOURNEY_EN.format(persona=persona, extra=journey_extra),
    })
    return root


PL_MISSING = ("podroze/odnowienie.yaml:4:10: ostrzeżenie: persony „ola-kierowca” nie ma w obszarze roboczym, więc "
              "nagłówek podaje sam jej identyfikator; popraw identyfikator albo dodaj plik persony (cxkit lint "
              "zgłasza to jako CX004 unknown-persona)\n")
EN_MISSING = ("journeys/dan-switches.yaml:4:10: warning: persona 'dan-plumbr' does not exist in the workspace, so "
              "the heading shows its id alone; correct the id, or add the persona's file (cxkit lint reports it as "
              "CX004 unknown-persona)\n")


# --- a persona that is not in the workspace -----------------------------------------------------------------


def test_a_polish_journey_whose_persona_is_missing_says_so_and_is_rendered(tmp_path, monkeypatch):
    _pl(tmp_path, monkeypatch, persona="ola-kierowca")
    monkeypatch.setenv("COLUMNS", "80")
    result = run_cli("render", "podroze/odnowienie.yaml")
    assert result.exception is None
    assert result.exit_code == 0  # render is no lint: the view is made, the exit code is the one it had
    assert result.stderr == PL_MISSING
    assert "│ Persona: ola-kierowca " in result.stdout
    check_snapshot("s34-persona-missing-pl-80", result.stdout + "--- stderr ---\n" + result.stderr)


def test_an_english_journey_whose_persona_is_missing_says_so_in_every_view_that_names_it(tmp_path, monkeypatch):
    _en(tmp_path, monkeypatch, persona="dan-plumbr")
    for args in ([], ["-f", "markdown"], ["-f", "md-plain"], ["-f", "html"], ["-f", "mermaid"],
                 ["--layout", "stacked"], ["--stage", "invite"]):
        result = run_cli("render", "journeys/dan-switches.yaml", *args)
        assert (result.exit_code, result.stderr) == (0, EN_MISSING), args
        assert result.stdout, args
    result = run_cli("render", "journeys/dan-switches.yaml", "-o", "dan.html")
    assert (result.exit_code, result.stderr) == (0, EN_MISSING)
    assert "Persona: dan-plumbr" in (tmp_path / "invoicing" / "dan.html").read_text(encoding="utf-8")


def test_a_workspace_without_lang_speaks_the_journeys_language(tmp_path, monkeypatch):
    _pl(tmp_path, monkeypatch, persona="ola-kierowca", config="")
    assert run_cli("render", "podroze/odnowienie.yaml").stderr == PL_MISSING
    (tmp_path / "ubezpieczenia" / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert run_cli("render", "podroze/odnowienie.yaml").stderr.startswith(
        "podroze/odnowienie.yaml:4:10: warning: persona 'ola-kierowca' does not exist in the workspace")


def test_the_exclude_that_may_hide_the_persona_is_named(tmp_path, monkeypatch):
    root = _en(tmp_path, monkeypatch, config='exclude = ["drafts/"]\n')
    (root / "drafts").mkdir()
    (root / "drafts" / "dan-v2.yaml").write_text(PERSONA_EN.format(extra="").replace("dan-plumber", "dan-owner"),
                                                 encoding="utf-8")
    (root / "journeys" / "dan-switches.yaml").write_text(JOURNEY_EN.format(persona="dan-owner", extra=""),
                                                         encoding="utf-8")
    result = run_cli("render", "journeys/dan-switches.yaml", "-f", "md")
    assert result.exit_code == 0
    assert result.stderr == ("journeys/dan-switches.yaml:4:10: warning: persona 'dan-owner' does not exist in the "
                             "workspace (files its `exclude` leaves out were not searched), so the heading shows its "
                             "id alone; correct the id, or add the persona's file (cxkit lint reports it as CX004 "
                             "unknown-persona)\n")


def test_a_persona_id_that_is_a_journeys_says_what_it_is(tmp_path, monkeypatch):
    _pl(tmp_path, monkeypatch, persona="odnowienie-polisy")  # the journey's own id, pasted for the persona's
    result = run_cli("render", "podroze/odnowienie.yaml", "-f", "md")
    assert result.exit_code == 0
    assert result.stderr == ("podroze/odnowienie.yaml:4:10: ostrzeżenie: „odnowienie-polisy” to ścieżka "
                             "(podroze/odnowienie.yaml), nie persona, więc nagłówek podaje sam identyfikator; wpisz "
                             "identyfikator persony, której to ścieżka (cxkit lint zgłasza to jako CX004 "
                             "unknown-persona)\n")


# --- a negative persona, a retired persona ------------------------------------------------------------------


def test_a_journey_for_a_negative_persona_says_so(tmp_path, monkeypatch):
    _pl(tmp_path, monkeypatch, persona="lowca-najnizszej-skladki")
    result = run_cli("render", "podroze/odnowienie.yaml")
    assert result.exit_code == 0 and "Persona: Łowca najniższej składki (lowca-najnizszej-skladki)" in result.stdout
    assert result.stderr == ("podroze/odnowienie.yaml:4:10: ostrzeżenie: „lowca-najnizszej-skladki” to persona "
                             "negatywna (persony/lowca.yaml), czyli ktoś, dla kogo nie projektujesz; mapuj ścieżkę "
                             "persony, a personą negatywną ją sprawdzaj (cxkit lint zgłasza to jako CX407 "
                             "journey-for-negative-persona)\n")


def test_a_negative_persona_sharing_its_id_with_a_persona_is_left_to_duplicate_id(tmp_path, monkeypatch):
    root = _pl(tmp_path, monkeypatch, persona="lowca-najnizszej-skladki")
    assert "CX407" in run_cli("render", "podroze/odnowienie.yaml").stderr
    # A persona of the same id, read after the negative one: lint gives duplicate-id, not CX407.
    (root / "persony" / "zz-lowca.yaml").write_text(
        PERSONA_PL.format(extra="").replace("ola-kierowczyni", "lowca-najnizszej-skladki"), encoding="utf-8")
    result = run_cli("render", "podroze/odnowienie.yaml")
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_journey_in_use_for_a_retired_persona_says_so_and_a_retired_journey_does_not(tmp_path, monkeypatch):
    root = _en(tmp_path, monkeypatch, persona_extra="status: retired\n")
    result = run_cli("render", "journeys/dan-switches.yaml", "-f", "html")
    assert result.exit_code == 0 and "Persona: Dan Whitaker (dan-plumber)" in result.stdout
    assert result.stderr == ("journeys/dan-switches.yaml:4:10: warning: persona 'dan-plumber' is retired "
                             "(personas/dan.yaml); base the journey on a persona in use, or retire the journey too "
                             "(status: retired) (cxkit lint reports it as CX413 journey-for-retired-persona)\n")
    (root / "journeys" / "dan-switches.yaml").write_text(
        JOURNEY_EN.format(persona="dan-plumber", extra="status: retired\n"), encoding="utf-8")
    assert run_cli("render", "journeys/dan-switches.yaml", "-f", "html").stderr == ""


def test_a_retired_polish_persona_from_a_subfolder_is_named_from_there(tmp_path, monkeypatch):
    root = _pl(tmp_path, monkeypatch, persona_extra="status: retired\n")
    monkeypatch.chdir(root / "podroze")
    result = run_cli("render", "odnowienie.yaml", "-f", "md")
    assert result.exit_code == 0
    assert result.stderr == ("odnowienie.yaml:4:10: ostrzeżenie: persona „ola-kierowczyni” jest wycofana "
                             "(../persony/ola.yaml); oprzyj ścieżkę na personie w użyciu albo wycofaj również ścieżkę "
                             "(status: retired) (cxkit lint zgłasza to jako CX413 journey-for-retired-persona)\n")


# --- where there is nothing to say --------------------------------------------------------------------------


def test_what_silences_the_rule_in_lint_silences_the_hint(tmp_path, monkeypatch):
    root = _en(tmp_path, monkeypatch, persona="dan-plumbr")
    assert run_cli("render", "journeys/dan-switches.yaml").stderr == EN_MISSING
    journey = root / "journeys" / "dan-switches.yaml"
    for config in ('ignore = ["CX004"]\n', 'select = ["CX1"]\n', '[per-file-ignores]\n"journeys/*" = ["unknown-persona"]\n',
                   "[rules.unknown-persona]\nenabled = false\n"):
        (root / "cxkit.toml").write_text(config, encoding="utf-8")
        result = run_cli("render", "journeys/dan-switches.yaml")
        assert (result.exit_code, result.stderr) == (0, ""), config
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    for written in ("persona: dan-plumbr  # cxkit: disable=unknown-persona\n", "persona: dan-plumbr  # cxkit: disable=CX004\n",
                    "# cxkit: disable-file=unknown-persona\npersona: dan-plumbr\n"):
        journey.write_text(JOURNEY_EN.format(persona="dan-plumbr", extra="").replace("persona: dan-plumbr\n", written),
                           encoding="utf-8")
        result = run_cli("render", "journeys/dan-switches.yaml")
        assert (result.exit_code, result.stderr) == (0, ""), written
    # A comment for another rule silences nothing.
    journey.write_text(JOURNEY_EN.format(persona="dan-plumbr", extra="").replace(
        "persona: dan-plumbr\n", "persona: dan-plumbr  # cxkit: disable=missing-review-date\n"), encoding="utf-8")
    assert run_cli("render", "journeys/dan-switches.yaml").stderr == EN_MISSING


def test_without_a_config_no_workspace_is_known(tmp_path, monkeypatch):
    root = _en(tmp_path, monkeypatch, persona="dan-plumbr", config=None)
    result = run_cli("render", "journeys/dan-switches.yaml")
    assert (result.exit_code, result.stderr) == (0, "")  # lint itself checks a named file alone there
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    assert run_cli("render", "journeys/dan-switches.yaml").stderr == EN_MISSING


def test_a_buffer_is_looked_up_where_stdin_filename_saves_it(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from cxkit.cli import app

    _en(tmp_path, monkeypatch)
    text = JOURNEY_EN.format(persona="dan-plumbr", extra="")

    def render(*args: str):
        return CliRunner().invoke(app, ["render", "-", *args], input=text.encode("utf-8"))

    named = render("--stdin-filename", "journeys/dan-switches.yaml")
    assert named.exit_code == 0 and named.stderr == EN_MISSING
    unnamed = render()  # shown as `-`, in no folder: no workspace is known
    assert unnamed.exit_code == 0 and unnamed.stderr == "" and "Persona: dan-plumbr" in unnamed.stdout


def test_the_data_exports_look_nothing_up_and_say_nothing(tmp_path, monkeypatch):
    _en(tmp_path, monkeypatch, persona="dan-plumbr")
    assert run_cli("render", "journeys/dan-switches.yaml", "-f", "md").stderr == EN_MISSING
    for fmt in ("json", "csv", "svg"):  # the id alone, no name to look up: lint reports it
        result = run_cli("render", "journeys/dan-switches.yaml", "-f", fmt)
        assert (result.exit_code, result.stderr) == (0, ""), fmt


def test_a_journey_lint_leaves_out_of_the_workspace_gets_no_hint(tmp_path, monkeypatch):
    root = _en(tmp_path, monkeypatch, persona="dan-plumbr", config='exclude = ["drafts/"]\n')
    assert "CX004 unknown-persona" in run_cli("render", "journeys/dan-switches.yaml").stderr
    (root / "drafts").mkdir()
    (root / "journeys" / "dan-switches.yaml").rename(root / "drafts" / "dan-switches.yaml")
    result = run_cli("render", "drafts/dan-switches.yaml")
    assert (result.exit_code, result.stderr) == (0, "")
    (root / "cxkit.toml").write_text('paths = ["personas", "journeys"]\n', encoding="utf-8")
    assert run_cli("render", "drafts/dan-switches.yaml").stderr == ""  # outside the configured paths


def test_a_lookup_cut_short_is_no_proof_that_the_persona_is_missing(tmp_path, monkeypatch):
    from cxkit.render import load

    root = _en(tmp_path, monkeypatch, persona="dan-plumbr")
    assert run_cli("render", "journeys/dan-switches.yaml").stderr == EN_MISSING
    # Over the entry budget, the persona may be in what was not read.
    monkeypatch.setattr(load, "_LOOKUP_ENTRY_LIMIT", 3)
    assert run_cli("render", "journeys/dan-switches.yaml").stderr == ""
    monkeypatch.undo()
    enter_workspace(root, monkeypatch)
    # A file that may be the persona but does not load: lint reports that file, not a missing persona.
    (root / "personas" / "dan-v2.yaml").write_text(
        PERSONA_EN.format(extra="status: wycofana\n").replace("dan-plumber", "dan-plumbr"), encoding="utf-8")
    result = run_cli("render", "journeys/dan-switches.yaml")
    assert (result.exit_code, result.stderr) == (0, "")
    # Deeper than the lookup reads (four folders below the workspace's top).
    (root / "personas" / "dan-v2.yaml").unlink()
    deep = root / "personas" / "a" / "b" / "c" / "d"
    deep.mkdir(parents=True)
    (deep / "nothing-here.yaml").write_text("kind: note\n", encoding="utf-8")
    assert run_cli("render", "journeys/dan-switches.yaml").stderr == ""


def test_a_persona_found_is_parsed_once_and_the_lookup_stops_there(tmp_path, monkeypatch):
    """The hint reuses the lookup the heading makes: one lookup a render, which stops at a persona in use."""
    import cxkit.render.load as render_load

    root = _pl(tmp_path, monkeypatch)
    (root / "persony" / "zz-kopia.yaml").write_text(PERSONA_PL.format(extra=""), encoding="utf-8")  # read after ola.yaml
    parsed: list[str] = []
    real = render_load.load_document

    def counting(target, *args, **kwargs):
        parsed.append(Path(target.fs_path).name)
        return real(target, *args, **kwargs)

    monkeypatch.setattr(render_load, "load_document", counting)
    result = run_cli("render", "podroze/odnowienie.yaml", "-f", "md")
    assert (result.exit_code, result.stderr) == (0, "")
    assert "Persona: Ola Nowak (`ola-kierowczyni`)" in result.stdout
    assert parsed == ["odnowienie.yaml", "ola.yaml"]  # the journey, then the persona; never zz-kopia.yaml
    parsed.clear()
    (root / "persony" / "ola.yaml").write_text(PERSONA_PL.format(extra="status: retired\n"), encoding="utf-8")
    result = run_cli("render", "podroze/odnowienie.yaml", "-f", "md")
    # A retired persona first: read on, for a persona in use of that id would make it duplicate-id's.
    assert parsed == ["odnowienie.yaml", "ola.yaml", "zz-kopia.yaml", "odnowienie.yaml"]
    assert result.stderr == ""
