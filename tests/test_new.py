"""`cxkit new`: templates per kind and language, ids, never overwriting, interactive questions."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.fmt import format_text
from cxkit.model.validate import validate
from cxkit.scaffold import prompts
from cxkit.scaffold.slug import slugify
from cxkit.scaffold.templates import render
from cxkit.yamlio import load_text

KIND_DIRS = {"persona": "personas", "negative-persona": "personas", "journey": "journeys"}


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty workspace as the current directory, with no locale hints."""
    monkeypatch.chdir(tmp_path)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    return tmp_path


def invoke(*args: str, input: str | None = None):
    from cxkit.cli import app

    result = CliRunner().invoke(app, list(args), input=input)
    assert not (result.exception and not isinstance(result.exception, SystemExit)), repr(result.exception)
    return result


def loaded(path: Path):
    doc = load_text(path.read_text(encoding="utf-8"))
    assert doc.problems == []
    return doc.data


def lint_json(*args: str) -> list[dict]:
    result = invoke("lint", "--format", "json", "--no-cache", *args)
    return json.loads(result.stdout)


# --- templates -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "pl"])
@pytest.mark.parametrize("kind", ["persona", "negative-persona", "journey"])
def test_new_writes_a_valid_template_for_each_kind_and_language(ws: Path, kind: str, lang: str) -> None:
    result = invoke("new", kind, "Żaneta Łęcka", "--lang", lang, "--no-input")
    assert result.exit_code == 0, result.stderr
    path = ws / KIND_DIRS[kind] / "zaneta-lecka.yaml"
    assert result.stdout == f"{KIND_DIRS[kind]}/zaneta-lecka.yaml\n"
    data = loaded(path)
    model, issues = validate(data)
    assert issues == [] and model is not None
    assert (data["kind"], data["id"], data["name"], data["lang"]) == (kind, "zaneta-lecka", "Żaneta Łęcka", lang)
    text = path.read_text(encoding="utf-8")
    assert ("How to fill it in" in text) == (lang == "en")
    assert ("Jak ją wypełnić" in text) == (lang == "pl")
    assert format_text(text) == text  # already in the canonical layout


@pytest.mark.parametrize("lang", ["en", "pl"])
@pytest.mark.parametrize("kind", ["persona", "negative-persona", "journey"])
def test_unfilled_values_are_placeholders_not_schema_errors(ws: Path, kind: str, lang: str) -> None:
    invoke("new", kind, "Ola Nowak", "--lang", lang, "--persona" if kind == "journey" else "--no-input",
           *(["ola-nowak", "--no-input"] if kind == "journey" else []))
    findings = lint_json(f"{KIND_DIRS[kind]}/ola-nowak.yaml", "--select", "schema,yaml-syntax,placeholder")
    rules = {f["rule"] for f in findings}
    assert rules == {"placeholder"}
    assert all("TODO" in f["message"] for f in findings)


@pytest.mark.parametrize("lang", ["en", "pl"])
@pytest.mark.parametrize("kind", ["persona", "negative-persona", "journey"])
def test_a_template_line_is_reported_as_a_placeholder_only_never_as_pseudo_profiling(ws: Path, kind: str, lang: str) -> None:
    # A TODO line that quotes the cliché it warns against ("nie tylko „media społecznościowe”") got a
    # pseudo-profiling finding on top of the placeholder one: two findings for one unwritten line.
    invoke("new", kind, "Ola Nowak", "--lang", lang, "--persona" if kind == "journey" else "--no-input",
           *(["ola-nowak", "--no-input"] if kind == "journey" else []))
    findings = lint_json(f"{KIND_DIRS[kind]}/ola-nowak.yaml", "--select", "pseudo-profiling")
    assert findings == []


def test_persona_template_teaches_that_traits_rest_on_sources() -> None:
    text = render("persona", "en", doc_id="ola", name="Ola")
    assert "every trait" in text and "sources: [interviews]" in text
    data = load_text(text).data
    cited = {s for field in ("goals", "needs", "pain_points") for t in data[field] for s in t["sources"]}
    assert cited == {s["id"] for s in data["sources"]}
    pl = load_text(render("persona", "pl", doc_id="ola", name="Ola")).data
    assert pl["goals"][0]["sources"] == ["wywiady"] and pl["sources"][0]["id"] == "wywiady"


@pytest.mark.parametrize(
    ("lang", "questions"),
    [
        ("en", ["too expensive", "too cheap", "use instead", "not understand", "too complicated",
                "research before buying", "impulse", "make them buy", "give up", "use the product"]),
        ("pl", ["za drogi", "za tani", "zamiast", "nie zrozumie", "zbyt skomplikowane",
                "robi research", "impulsu", "skłoniłoby", "przerywa zakup", "używałaby produktu"]),
    ],
)
def test_negative_persona_template_asks_the_method_questions(lang: str, questions: list[str]) -> None:
    text = render("negative-persona", lang, doc_id="jan", name="Jan")
    for question in questions:
        assert question in text
    data = load_text(text).data
    for field in ("reasons", "substitutes", "purchase_triggers", "abandon_triggers"):
        assert data[field], field


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_journey_template_has_the_seven_stages_with_owned_opportunities(lang: str) -> None:
    data = load_text(render("journey", lang, doc_id="j", name="J", persona="ola")).data
    assert [s["id"] for s in data["stages"]] == [
        "awareness", "consideration", "decision", "purchase", "post-purchase", "loyalty", "advocacy",
    ]
    for stage in data["stages"]:
        assert stage["emotion"] == 0
        assert {"goal", "touchpoints", "doing", "thinking", "feeling", "barriers"} <= set(stage)
        assert all(o["owner"].startswith("TODO") for o in stage["opportunities"])
    assert data["persona"] == "ola"


# --- ids ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Żaneta Łęcka", "zaneta-lecka"),
        ("ŁUKASZ ŚWIĄTEK-ŹDŹBŁO", "lukasz-swiatek-zdzblo"),
        ("Gżegżółka Ćma Ńo", "gzegzolka-cma-no"),
        ("  Ola   Nowak  ", "ola-nowak"),
        ("Dan O'Connor, Jr.", "dan-o-connor-jr"),
        ("Kupuje buty: online/offline?", "kupuje-buty-online-offline"),
        ("Zoë Ångström", "zoe-angstrom"),
        ("snake_case name", "snake-case-name"),
        ("Persona 2026 (B2B)", "persona-2026-b2b"),
        ("!!!", ""),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_very_long_names_are_cut_at_a_word_boundary() -> None:
    slug = slugify("Bardzo " * 30 + "długie imię")
    assert len(slug) <= 120 and not slug.endswith("-") and slug.startswith("bardzo-bardzo")


@pytest.mark.parametrize("last", ["Wodzisławska", "Wodzisławskabb"], ids=["ends at the limit", "crosses the limit"])
def test_a_word_that_ends_exactly_at_the_length_limit_is_kept(last: str) -> None:
    # 9 words of 11 letters and hyphens: 107 characters; "-wodzislawska" ends at exactly 120.
    name = " ".join(["Przemysława"] * 9) + f" {last} z Gliwic"
    assert len(slugify(" ".join(["Przemysława"] * 9) + " Wodzisławska")) == 120
    expected = "-".join(["przemyslawa"] * 9) + ("-wodzislawska" if last == "Wodzisławska" else "")
    assert slugify(name) == expected


def test_id_option_overrides_the_slug(ws: Path) -> None:
    result = invoke("new", "persona", "Ola Nowak", "--id", "ola-biegaczka", "--no-input")
    assert result.exit_code == 0
    assert loaded(ws / "personas/ola-biegaczka.yaml")["id"] == "ola-biegaczka"


def test_a_name_with_an_invisible_character_is_kept_exactly(ws: Path) -> None:
    # Written raw between the quotes, U+FEFF would be hard to see; it is written as an escape.
    name = "\ufeffOla Nowak"
    result = invoke("new", "persona", name, "--id", "ola-nowak", "--no-input")
    assert result.exit_code == 0, result.output
    text = (ws / "personas/ola-nowak.yaml").read_text(encoding="utf-8")
    assert loaded(ws / "personas/ola-nowak.yaml")["name"] == name
    assert "\ufeff" not in text


@pytest.mark.parametrize("name", ["Ola\x85Nowak", "Ola\u2028Nowak", "Ola\u2029Nowak", "Ola\x9b Nowak"])
def test_a_name_with_a_line_separator_or_a_c1_control_is_refused(ws: Path, name: str) -> None:
    # A name is one line of text: a line break or control character in it is a usage error, --id or not.
    result = invoke("new", "persona", name, "--id", "ola-nowak", "--no-input")
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: the name 'Ola\\")
    assert os.listdir(ws) == []


@pytest.mark.parametrize("bad", ["Ola Nowak", "ola--nowak", "-ola", "OLA"])
def test_invalid_id_is_a_usage_error(ws: Path, bad: str) -> None:
    result = invoke("new", "persona", "Ola", "--id", bad, "--no-input")
    assert result.exit_code == 2
    assert "is not a valid id" in result.stderr
    assert not (ws / "personas").exists()


def test_an_id_or_persona_ending_in_a_line_break_is_refused(ws: Path) -> None:
    # `--id "$(some command)"` keeps no line break, but `--id $'ola-nowak\n'` does: no file name may hold one.
    result = invoke("new", "persona", "Ola Nowak", "--id", "ola-nowak\n", "--no-input")
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: --id 'ola-nowak\\x0a' is not a valid id")
    assert not (ws / "personas").exists()
    result = invoke("new", "journey", "Ola kupuje buty", "--persona", "ola-nowak\n", "--no-input")
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: --persona 'ola-nowak\\x0a' is not a valid id")
    assert not (ws / "journeys").exists()


def test_a_name_that_is_not_utf8_is_a_usage_error_not_an_internal_one(ws: Path) -> None:
    # `cxkit new persona "$(printf 'Ola \xff Nowak')"`: Python gets the 0xff byte as a lone surrogate.
    result = invoke("new", "persona", "Ola \udcff Nowak", "--no-input")
    assert result.exit_code == 2
    assert result.stderr == "cxkit: the name is not UTF-8 text: byte 0xff at character 5; set your terminal or locale to UTF-8\n"
    assert os.listdir(ws) == []


def test_an_answer_that_is_not_utf8_is_a_usage_error(ws: Path, terminal: None, monkeypatch) -> None:
    # In the C locale Python reads a terminal's stray bytes as lone surrogates.
    monkeypatch.setattr(prompts, "ask_fields", lambda *a, **k: ({"summary": "Biega po Malcie \udcb3", "goal": ""}, None))
    result = invoke("new", "persona", "Ola Nowak", "--lang", "pl")
    assert result.exit_code == 2
    assert result.stderr == "cxkit: an answer is not UTF-8 text: byte 0xb3 at character 17; set your terminal or locale to UTF-8\n"
    assert not (ws / "personas" / "ola-nowak.yaml").exists()


def test_a_name_without_letters_or_digits_needs_an_id(ws: Path) -> None:
    result = invoke("new", "persona", "???", "--no-input")
    assert result.exit_code == 2
    assert "--id" in result.stderr


# --- never overwrite ---------------------------------------------------------------------------

def test_existing_file_is_never_overwritten(ws: Path) -> None:
    path = ws / "personas/ola-nowak.yaml"
    path.parent.mkdir()
    path.write_text("# moja persona, nie ruszać\nkind: persona\nid: ola-nowak\nname: Ola\n", encoding="utf-8")
    before = path.read_bytes()
    result = invoke("new", "persona", "Ola Nowak", "--no-input")
    assert result.exit_code == 1
    assert "personas/ola-nowak.yaml already exists" in result.stderr and "--force" in result.stderr
    assert result.stdout == ""
    assert path.read_bytes() == before


def test_names_that_slug_to_the_same_id_collide(ws: Path) -> None:
    assert invoke("new", "persona", "Łucja Żak", "--no-input").exit_code == 0
    first = (ws / "personas/lucja-zak.yaml").read_bytes()
    result = invoke("new", "persona", "Lucja Zak!", "--no-input")
    assert result.exit_code == 1
    assert (ws / "personas/lucja-zak.yaml").read_bytes() == first


def test_an_id_used_elsewhere_in_the_workspace_is_refused(ws: Path) -> None:
    other = ws / "research/old/ola.yml"
    other.parent.mkdir(parents=True)
    other.write_text("kind: persona\nid: ola-nowak\nname: Ola z 2024\n", encoding="utf-8")
    result = invoke("new", "journey", "Ola Nowak", "--no-input")
    assert result.exit_code == 1
    assert "the id 'ola-nowak' is already used by research/old/ola.yml" in result.stderr
    assert not (ws / "journeys").exists()


def test_ids_in_configured_paths_count(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('paths = ["cx"]\npersona-dir = "cx/people"\n', encoding="utf-8")
    (ws / "cx/maps").mkdir(parents=True)
    (ws / "cx/maps/ola.yaml").write_text(
        "kind: journey\nid: ola\nname: Ola kupuje\npersona: x\nstages:\n  - id: a\n    name: A\n", encoding="utf-8"
    )
    result = invoke("new", "persona", "Ola", "--no-input")
    assert result.exit_code == 1 and "cx/maps/ola.yaml" in result.stderr
    assert invoke("new", "persona", "Ola Nowak", "--no-input").exit_code == 0
    assert (ws / "cx/people/ola-nowak.yaml").is_file()


def test_force_overwrites(ws: Path) -> None:
    path = ws / "personas/ola-nowak.yaml"
    path.parent.mkdir()
    path.write_text("kind: persona\nid: ola-nowak\nname: Stara Ola\n", encoding="utf-8")
    result = invoke("new", "persona", "Ola Nowak", "--force", "--no-input", "--lang", "pl")
    assert result.exit_code == 0
    assert loaded(path)["name"] == "Ola Nowak"
    assert "overwrote" in result.stderr


def test_a_folder_with_the_files_name_is_said_to_be_one_with_or_without_force(ws: Path) -> None:
    # With --force the write failed on its temporary file: "…/.katalog.yaml.5_dtg3m_.tmp: Is a
    # directory"; without it, the advice was to use --force, which leads straight there.
    (ws / "personas" / "katalog.yaml").mkdir(parents=True)
    plain = invoke("new", "persona", "Katalog", "--no-input", "--lang", "pl")
    assert plain.exit_code == 1
    assert "personas/katalog.yaml is a folder; nothing written (use --id for another id" in plain.stderr
    forced = invoke("new", "persona", "Katalog", "--force", "--no-input", "--lang", "pl")
    assert forced.exit_code == 2
    assert forced.stderr.rstrip().endswith("personas/katalog.yaml: a folder has that name; nothing written")
    assert ".tmp" not in forced.stderr
    assert sorted(p.name for p in (ws / "personas").iterdir()) == ["katalog.yaml"]
    assert list((ws / "personas" / "katalog.yaml").iterdir()) == []


# --- where and in which language ----------------------------------------------------------------

def test_dir_option_and_configured_folders(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('journey-dir = "maps"\nlang = "pl"\n', encoding="utf-8")
    assert invoke("new", "journey", "Ola kupuje buty", "--no-input").exit_code == 0
    data = loaded(ws / "maps/ola-kupuje-buty.yaml")
    assert data["lang"] == "pl"
    assert invoke("new", "persona", "Ola", "--dir", "drafts", "--no-input", "--lang", "en").exit_code == 0
    assert loaded(ws / "drafts/ola.yaml")["lang"] == "en"


def test_a_file_where_the_configured_folder_should_be_is_named_as_such(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('journey-dir = "mapy"\n', encoding="utf-8")
    (ws / "mapy").write_text("notatki z warsztatu\n", encoding="utf-8")
    result = invoke("new", "journey", "Żaneta kupuje lampy", "--no-input")
    assert result.exit_code == 2
    assert result.stderr == "cxkit: mapy: a file where the journey-dir folder should be; move it, or write elsewhere with --dir\n"
    assert (ws / "mapy").read_text(encoding="utf-8") == "notatki z warsztatu\n"


def test_a_configured_folder_with_a_nul_character_is_a_config_error(ws: Path) -> None:
    # TOML lets a string hold "\u0000"; no file-system call takes it.
    (ws / "cxkit.toml").write_text('persona-dir = "ludzie\\u0000"\n', encoding="utf-8")
    result = invoke("new", "persona", "Żaneta Łęcka", "--no-input")
    assert result.exit_code == 2
    assert result.stderr == (
        "cxkit: cxkit.toml:1:1: bad value for 'persona-dir': a path cannot hold a NUL character (\\u0000)\n")
    assert sorted(os.listdir(ws)) == ["cxkit.toml"]


def test_negative_personas_go_to_the_persona_folder(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('persona-dir = "ludzie"\n', encoding="utf-8")
    assert invoke("new", "negative-persona", "Janusz Okazja", "--no-input").exit_code == 0
    assert loaded(ws / "ludzie/janusz-okazja.yaml")["kind"] == "negative-persona"


def test_journey_for_a_negative_persona_is_written_with_a_note_that_says_so(ws: Path) -> None:
    assert invoke("new", "negative-persona", "Janusz Okazja", "--no-input", "--lang", "pl").exit_code == 0
    result = invoke("new", "journey", "Janusz kupuje", "--persona", "janusz-okazja", "--no-input", "--lang", "pl")
    assert result.exit_code == 0
    assert loaded(ws / "journeys/janusz-kupuje.yaml")["persona"] == "janusz-okazja"
    assert "'janusz-okazja' is a negative persona (personas/janusz-okazja.yaml)" in result.stderr
    assert "no persona with id" not in result.stderr


@pytest.mark.parametrize(("env", "lang"), [({"LANG": "pl_PL.UTF-8"}, "pl"), ({"LC_ALL": "pl_PL"}, "pl"),
                                           ({"LANG": "en_GB.UTF-8"}, "en"), ({"LC_ALL": "C", "LANG": "pl_PL"}, "en"), ({}, "en")])
def test_language_falls_back_to_the_locale(ws: Path, monkeypatch: pytest.MonkeyPatch, env: dict, lang: str) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert invoke("new", "persona", "Ola", "--no-input").exit_code == 0
    assert loaded(ws / "personas/ola.yaml")["lang"] == lang


def test_config_language_beats_the_locale_and_the_option_beats_both(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    invoke("new", "persona", "Ola", "--no-input")
    invoke("new", "persona", "Jan", "--no-input", "--lang", "en")
    assert loaded(ws / "personas/ola.yaml")["lang"] == "pl"
    assert loaded(ws / "personas/jan.yaml")["lang"] == "en"


def test_persona_option_sets_the_journeys_persona(ws: Path) -> None:
    invoke("new", "persona", "Ola Nowak", "--no-input")
    result = invoke("new", "journey", "Ola kupuje", "--persona", "ola-nowak", "--no-input")
    # "Ola kupuje" looks Polish, but Ola's persona says `lang: en` (no locale set, no config): the journey
    # is in her language (s37), and only the note saying so and how to get Polish
    assert result.exit_code == 0
    first, left = result.stderr.splitlines()
    assert first == "cxkit: language: en (from the persona 'ola-nowak', whose lang is en; use --lang pl for Polish)"
    assert left.startswith("cxkit: note: 67 TODO placeholders to fill in")  # always last (test_new_placeholders_s31)
    assert loaded(ws / "journeys/ola-kupuje.yaml")["persona"] == "ola-nowak"
    assert lint_json("--select", "unknown-persona") == []


def test_persona_option_only_for_journeys_and_only_ids(ws: Path) -> None:
    assert invoke("new", "persona", "Ola", "--persona", "jan", "--no-input").exit_code == 2
    assert invoke("new", "journey", "Ola", "--persona", "Jan Kowalski", "--no-input").exit_code == 2


def test_journey_without_a_persona_says_what_to_fill_in(ws: Path) -> None:
    result = invoke("new", "journey", "Ola kupuje", "--no-input")
    assert result.exit_code == 0
    assert "todo-persona" in result.stderr
    assert loaded(ws / "journeys/ola-kupuje.yaml")["persona"] == "todo-persona"


# --- interactive ------------------------------------------------------------------------------

def test_without_a_terminal_nothing_is_asked(ws: Path) -> None:
    result = invoke("new", "persona", "Ola", "--lang", "pl", input="To nie powinno trafić do pliku\n")
    assert result.exit_code == 0
    assert "Podsumowanie" not in result.stdout + result.stderr
    assert loaded(ws / "personas/ola.yaml")["summary"].startswith("TODO")


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "is_interactive", lambda: True)


def test_interactive_persona_fills_the_answers_and_keeps_todo_for_blanks(ws: Path, terminal: None) -> None:
    answers = 'Biega 40 km tygodniowo po Kabatach: "żeby mieć spokój"\nPrzebiec maraton w Berlinie poniżej 4 h\n\n'
    result = invoke("new", "persona", "Ola Nowak", "--lang", "pl", input=answers)
    assert result.exit_code == 0, result.output
    data = loaded(ws / "personas/ola-nowak.yaml")
    assert data["summary"] == 'Biega 40 km tygodniowo po Kabatach: "żeby mieć spokój"'
    assert data["goals"][0] == {"text": "Przebiec maraton w Berlinie poniżej 4 h", "sources": ["wywiady"]}
    assert data["pain_points"][0]["text"].startswith("TODO")
    assert validate(data)[1] == []


def test_interactive_negative_persona_asks_for_a_reason(ws: Path, terminal: None) -> None:
    result = invoke("new", "negative-persona", "Janusz", "--lang", "en",
                    input="Retired electrician who fixes his own bike\nA £65 service costs more than the parts\n")
    assert result.exit_code == 0
    assert "One reason they will not buy" in result.output
    data = loaded(ws / "personas/janusz.yaml")
    assert data["reasons"][0]["text"] == "A £65 service costs more than the parts"
    assert data["summary"] == "Retired electrician who fixes his own bike"


def test_interactive_journey_checks_that_the_persona_exists(ws: Path, terminal: None) -> None:
    invoke("new", "persona", "Ola Nowak", "--no-input")
    invoke("new", "negative-persona", "Janusz", "--no-input")
    result = invoke("new", "journey", "Ola kupuje", "--lang", "en",
                    input="ola\njanusz\nola-nowak\nNew running shoes before the Berlin marathon\n")
    assert result.exit_code == 0, result.output
    assert "Personas in this workspace: ola-nowak" in result.output
    assert "There is no persona with id 'ola'" in result.output
    assert "'janusz' is a negative persona" in result.output
    data = loaded(ws / "journeys/ola-kupuje.yaml")
    assert data["persona"] == "ola-nowak"
    assert data["goal"] == "New running shoes before the Berlin marathon"


def test_no_input_skips_the_questions_even_in_a_terminal(ws: Path, terminal: None) -> None:
    result = invoke("new", "persona", "Ola", "--no-input", input="nope\n")
    assert result.exit_code == 0
    assert loaded(ws / "personas/ola.yaml")["summary"].startswith("TODO")


def test_refusal_comes_before_any_question(ws: Path, terminal: None) -> None:
    invoke("new", "persona", "Ola", "--no-input")
    result = invoke("new", "persona", "Ola", input="answer\n")
    assert result.exit_code == 1
    assert "Summary" not in result.output


def test_a_file_created_while_the_questions_are_answered_is_never_overwritten(ws: Path, terminal: None, monkeypatch) -> None:
    # A colleague in another terminal (or a `git pull`) writes the same persona while the author types.
    theirs = "# Ola spisana po wywiadach w Poznaniu\nkind: persona\nid: ola-nowak\nname: Ola Nowak\n"
    asked = prompts.ask_fields

    def meanwhile(*args, **kwargs):
        (ws / "personas").mkdir(exist_ok=True)
        (ws / "personas/ola-nowak.yaml").write_text(theirs, encoding="utf-8")
        return asked(*args, **kwargs)

    monkeypatch.setattr(prompts, "ask_fields", meanwhile)
    result = invoke("new", "persona", "Ola Nowak", "--lang", "pl", input="Biega 40 km tygodniowo\n\n\n")
    assert result.exit_code == 1
    assert (ws / "personas/ola-nowak.yaml").read_text(encoding="utf-8") == theirs
    assert result.stderr == "cxkit: personas/ola-nowak.yaml was created meanwhile; nothing written (use --force to overwrite it)\n"
    assert sorted(os.listdir(ws / "personas")) == ["ola-nowak.yaml"]


def test_a_new_file_gets_the_usual_permissions(ws: Path) -> None:
    umask = os.umask(0o022)
    try:
        assert invoke("new", "persona", "Żaneta Łęcka", "--no-input").exit_code == 0
    finally:
        os.umask(umask)
    assert (ws / "personas/zaneta-lecka.yaml").stat().st_mode & 0o777 == 0o644
    assert sorted(os.listdir(ws / "personas")) == ["zaneta-lecka.yaml"]


def test_input_that_ends_at_a_question_writes_nothing_and_is_not_a_refusal(ws: Path, terminal: None) -> None:
    # Ctrl-D (or Ctrl-C) at the second question: exit 1 would mean "the file exists or the id is taken".
    result = invoke("new", "persona", "Ola Nowak", "--lang", "pl", input="Biega 40 km tygodniowo po Rusałce\n")
    assert result.exit_code == 130
    assert result.stderr == "\ncxkit: interrupted; nothing written\n"
    assert "Aborted" not in result.output
    assert not (ws / "personas").exists()


def test_real_terminal_session(ws: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1] / "src")
    child = pexpect.spawn(sys.executable, ["-m", "cxkit", "new", "persona", "Żaneta Łęcka", "--lang", "pl"],
                          cwd=str(ws), env=env, encoding="utf-8", timeout=30)
    child.expect("Podsumowanie")
    child.sendline("Projektantka wnętrz z Gdyni, która kupuje lampy dla klientów")
    child.expect("Jeden cel")
    child.sendline("")
    child.expect("Jeden problem")
    child.sendline("Dostawy z Włoch trwają 6 tygodni")
    child.expect("personas/zaneta-lecka.yaml")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    data = loaded(ws / "personas/zaneta-lecka.yaml")
    assert data["summary"] == "Projektantka wnętrz z Gdyni, która kupuje lampy dla klientów"
    assert data["goals"][0]["text"].startswith("TODO")
    assert data["pain_points"][0]["text"] == "Dostawy z Włoch trwają 6 tygodni"


def test_a_folder_that_cannot_be_written_is_a_clear_error_not_a_crash(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from cxkit.cli import app

    monkeypatch.chdir(tmp_path)

    def refuse(*args, **kwargs):
        raise OSError(28, "No space left on device", str(tmp_path / "personas" / "ola-nowak.yaml"))

    monkeypatch.setattr("cxkit.fsutil.tempfile.mkstemp", refuse)
    result = CliRunner().invoke(app, ["new", "persona", "Ola Nowak", "--no-input"])
    assert result.exit_code == 2
    assert "No space left on device" in result.stderr and "internal error" not in result.stderr
    assert not (tmp_path / "personas" / "ola-nowak.yaml").exists()


def test_the_language_option_takes_any_case(ws: Path) -> None:
    result = invoke("new", "persona", "Ola Nowak", "--lang", "PL", "--no-input")
    assert result.exit_code == 0, result.stderr
    assert loaded(ws / "personas/ola-nowak.yaml")["lang"] == "pl"


@pytest.mark.parametrize(("name", "kind", "file"), [
    ("Con", "persona", "personas/con-persona.yaml"),
    ("NUL", "negative-persona", "personas/nul-negative-persona.yaml"),
    ("Com1", "persona", "personas/com1-persona.yaml"),
    ("Console", "persona", "personas/console.yaml"),
])
def test_an_id_windows_keeps_for_a_device_gets_a_file_name_it_can_hold(ws: Path, name: str, kind: str, file: str) -> None:
    # `con.yaml` cannot be created, or checked out of git, on Windows.
    result = invoke("new", kind, name, "--no-input", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{file}\n"
    assert loaded(ws / file)["id"] == name.lower()
