"""`cxkit init` beside a sample config, and Russian names romanised (session 20, review3 R3-8, R3-9).

R3-8: one nested config anywhere below (a sample kept in docs/, a test fixture) switched `init`
into an agency's setup: no `paths`, no personas/ and journeys/, no examples.  A folder with a
config of its own is a client's workspace only when it holds documents and is no sample,
fixture or documentation folder; an agency's clients still are (tests/test_init_agency_s20.py).

R3-9: Russian names with no ё ы э ъ were romanised the Ukrainian way ("Сергей Смирнов" ->
serhei-smyrnov); the endings and spellings only Russian has now tell them apart.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from cxkit.config import load_config
from cxkit.scaffold.slug import is_slug, slugify
from test_init_agency_s20 import JAN, MARTA, make_agency

# A fixture a test suite keeps on purpose: a persona that breaks the rules.
BROKEN = "kind: persona\nid: zepsuta\nname: Zepsuta\nlang: pl\nbehaviours:\n  - ceni jakość\n  - dba o zdrowie\n"


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "apteka"
    (root / ".git").mkdir(parents=True)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.setenv("COLUMNS", "200")
    for var in ("LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(root)
    return root


def init(*args: str) -> str:
    result = run_cli("init", *args)
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 0, result.stdout + result.stderr
    return result.stdout


def lint_json(*args: str) -> tuple[int, list[str]]:
    result = run_cli("lint", "--no-cache", "-f", "json", *args)
    assert result.exception is None, repr(result.exception)
    return result.exit_code, sorted({f["path"] for f in json.loads(result.stdout)})


def assert_ordinary(root: Path, out: str) -> None:
    assert "found" not in out
    assert 'paths = ["personas", "journeys"]' in (root / "cxkit.toml").read_text(encoding="utf-8")
    assert "created  personas/marta-dojezdza-rowerem.yaml" in out
    assert (root / "journeys").is_dir()
    assert "\nNext: `cxkit lint` checks the examples; `cxkit new persona \"Name\"` starts your own.\n" in out
    assert out.rstrip().endswith("journeys/marta-umawia-serwis.yaml).")


# --- R3-8 --------------------------------------------------------------------------------------

def test_a_sample_config_in_docs_keeps_the_ordinary_init(repo: Path) -> None:
    _write(repo, "docs/cx-sample/cxkit.toml", 'lang = "pl"\n')
    out = init("--lang", "pl")
    assert_ordinary(repo, out)
    assert out.splitlines()[1] == (
        "skipped  docs/cx-sample/ (has a cxkit config of its own, but it lies in docs/: taken for a sample, not a "
        "client's workspace; the `paths` here leave it out: `cxkit lint docs/cx-sample` checks it on its own)"
    )
    assert lint_json() == (0, [])


def test_a_test_fixture_with_documents_is_left_out_of_lint(repo: Path) -> None:
    _write(repo, "tests/fixtures/cxkit.toml", 'lang = "pl"\n')
    _write(repo, "tests/fixtures/personas/zepsuta.yaml", BROKEN)
    out = init("--lang", "pl")
    assert_ordinary(repo, out)
    assert "skipped  tests/fixtures/ (has a cxkit config of its own, but it lies in tests/:" in out
    # The examples pass; the fixture that breaks the rules on purpose is not checked from the top.
    assert lint_json() == (0, [])
    assert lint_json("tests/fixtures")[0] == 1


def test_a_folder_named_examples_with_its_own_config_is_a_sample(repo: Path) -> None:
    _write(repo, "examples/cxkit.toml", 'lang = "pl"\n')
    _write(repo, "examples/personas/marta-karma.yaml", MARTA)
    out = init("--lang", "pl")
    assert_ordinary(repo, out)
    assert "skipped  examples/ (has a cxkit config of its own, but it is named examples/:" in out


def test_a_config_folder_without_documents_is_no_client(repo: Path) -> None:
    _write(repo, "acme/cxkit.toml", 'lang = "pl"\n')
    out = init("--lang", "pl")
    assert_ordinary(repo, out)
    assert "skipped  acme/ (has a cxkit config of its own, but it holds no persona or journey:" in out
    # A second run changes nothing and says the same, now of the config it made.
    before = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()}
    again = init()
    assert "skipped  cxkit.toml (already exists)" in again
    assert "skipped  acme/ (has a cxkit config of its own, but it holds no persona or journey:" in again
    assert {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()} == before


def test_a_single_client_with_documents_is_still_an_agency(repo: Path) -> None:
    _write(repo, "biblioteka/cxkit.toml", 'lang = "pl"\n')
    _write(repo, "biblioteka/personas/jan.yaml", JAN)
    out = init("--lang", "pl")
    assert out.startswith("found    biblioteka/ (a workspace of its own, with its own config:")
    assert not (repo / "personas").exists()


def test_beside_clients_a_sample_is_named_with_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_agency(tmp_path / "agencja")
    _write(root, "docs/cx-sample/cxkit.toml", 'lang = "pl"\n')
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.chdir(root)
    out = init("--lang", "pl")
    # `cxkit lint` from a top without `paths` checks every folder with a config: all are named.
    assert out.splitlines()[0].startswith("found    biblioteka/, browar/, docs/cx-sample/, zoo/ (each is a workspace")
    assert "skipped  docs/cx-sample/" not in out
    assert load_config(root / "cxkit.toml").paths == []
    assert not (root / "personas").exists()


# --- R3-9 --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "slug"), [
    # Russian: a given name in -ей or -ий, и after a vowel, ь before a vowel, -ский/-ская without ь.
    ("Сергей Смирнов", "sergey-smirnov"),
    ("СЕРГЕЙ СМИРНОВ", "sergey-smirnov"),
    ("Алексей Петров", "aleksey-petrov"),
    ("Дмитрий", "dmitriy"),
    ("Юрий Гагарин", "yuriy-gagarin"),
    ("Михаил Смирнов", "mikhail-smirnov"),
    ("Татьяна Кузнецова", "tatyana-kuznetsova"),
    ("Наталья", "natalya"),
    ("Анна Чайковская", "anna-chaykovskaya"),
    ("Лев Троцкий", "lev-trotskiy"),
])
def test_a_russian_name_without_russian_only_letters_is_spelt_the_russian_way(name: str, slug: str) -> None:
    assert slugify(name) == slug
    assert is_slug(slug)


@pytest.mark.parametrize(("name", "slug"), [
    # Ukrainian: most names have no і ї є ґ, and -ий after the given name or in a title is Ukrainian.
    ("Микола Шевченко", "mykola-shevchenko"),
    ("Тарас Григоренко", "taras-hryhorenko"),
    ("Тетяна Мельник", "tetiana-melnyk"),
    ("Дмитро Бойко", "dmytro-boiko"),
    ("Оксана Рудий", "oksana-rudyi"),
    ("Богдан Хмельницький", "bohdan-khmelnytskyi"),
    ("Ганна Коцюбинська", "hanna-kotsiubynska"),
    ("Переказ грошей", "perekaz-hroshei"),
    ("Новий рецепт", "novyi-retsept"),
    # A Ukrainian-only letter wins over any Russian mark.
    ("Сергій Смирнов", "serhii-smyrnov"),
])
def test_a_ukrainian_name_keeps_the_national_system(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_new_writes_the_russian_spelling_and_id_overrides_it(repo: Path) -> None:
    (repo / "cxkit.toml").write_text('lang = "pl"\npaths = ["personas"]\n', encoding="utf-8")
    result = run_cli("new", "persona", "Сергей Смирнов", "--no-input")
    assert (result.exit_code, result.stdout) == (0, "personas/sergey-smirnov.yaml\n"), result.stderr
    result = run_cli("new", "persona", "Сергей Смирнов", "--id", "serhii-smyrnov", "--no-input")
    assert (result.exit_code, result.stdout) == (0, "personas/serhii-smyrnov.yaml\n"), result.stderr
