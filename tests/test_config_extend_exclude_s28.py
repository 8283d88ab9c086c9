"""`extend-exclude` and `extend-per-file-ignores`: a client's config that extends the agency's adds
to the inherited patterns instead of replacing them.

A Polish agency keeps one repository: the top cxkit.toml leaves every `archive/` out, each client
has its own cxkit.toml that extends the top one.  With `exclude = ["szkice"]` in the client's
config the top's `archive` was lost, silently (`exclude` replaces, as in ruff); `extend-exclude`
adds to it, and `extend-per-file-ignores` adds to `per-file-ignores`, each pattern relative to
the config that writes it.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import PERSONA_PL, run_cli

#: A draft persona: no goals, no sources: plenty of findings wherever it is checked.
SZKIC = """\
kind: persona
id: szkic-klientki
name: TODO imię i nazwisko
summary: TODO
"""

TOP = """\
# Agencja Kreska: ustawienia wspólne dla wszystkich klientów
exclude = ["archive"]

[per-file-ignores]
"clients/*/personas/legacy/*.yaml" = ["missing-review-date"]
"""

CLIENT = """\
# Mleczarnia Łaciate: klient od 2025
extend = "../../cxkit.toml"
lang = "pl"
extend-exclude = ["szkice"]

[extend-per-file-ignores]
"personas/legacy/" = ["missing-sources"]
"""


@pytest.fixture
def agencja(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    top = tmp_path / "agencja"
    client = top / "clients" / "mleczarnia"
    subprocess.run(["git", "init", "-q", str(top)], check=True)
    for folder in ("personas/legacy", "archive", "szkice"):
        (client / folder).mkdir(parents=True)
    (top / "cxkit.toml").write_text(TOP, encoding="utf-8")
    (client / "cxkit.toml").write_text(CLIENT, encoding="utf-8")
    (client / "personas" / "ola.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (client / "personas" / "nowa.yaml").write_text(SZKIC, encoding="utf-8")
    (client / "personas" / "legacy" / "stara.yaml").write_text(SZKIC.replace("szkic-klientki", "stara"), encoding="utf-8")
    (client / "archive" / "2023.yaml").write_text(SZKIC.replace("szkic-klientki", "z-2023"), encoding="utf-8")
    (client / "szkice" / "pomysl.yaml").write_text(SZKIC.replace("szkic-klientki", "pomysl"), encoding="utf-8")
    monkeypatch.chdir(client)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    for name in ("GITHUB_ACTIONS", "CXKIT_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)
    return client


def _paths(*args: str) -> set[str]:
    result = run_cli("lint", "--format", "json", *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stdout + result.stderr
    return {str(f["path"]) for f in json.loads(result.stdout)}


def _error(*args: str) -> str:
    result = run_cli("lint", *args)
    assert (result.exit_code, result.exception) == (2, None), result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def test_extend_exclude_adds_to_the_inherited_exclude(agencja: Path) -> None:
    paths = _paths("--no-cache")
    assert "personas/nowa.yaml" in paths  # the folder is checked
    assert not any(p.startswith(("archive/", "szkice/")) for p in paths), paths


def test_guard_exclude_in_the_client_still_replaces_the_top_one(agencja: Path) -> None:
    (agencja / "cxkit.toml").write_text('extend = "../../cxkit.toml"\nexclude = ["szkice"]\n', encoding="utf-8")
    paths = _paths("--no-cache")
    assert "archive/2023.yaml" in paths and not any(p.startswith("szkice/") for p in paths)


def test_extend_per_file_ignores_adds_to_the_inherited_per_file_ignores(agencja: Path) -> None:
    result = run_cli("lint", "--format", "json", "--no-cache", "personas/legacy/stara.yaml")
    rules = {f["rule"] for f in json.loads(result.stdout)}
    assert rules and not rules & {"missing-review-date", "missing-sources"}, rules
    [entry] = json.loads(run_cli("lint", "--show-settings", "--format", "json", "personas/legacy/stara.yaml").stdout)
    assert entry["per-file-ignores-here"] == ["missing-review-date", "missing-sources"]


def test_show_settings_names_the_config_of_each_pattern(agencja: Path) -> None:
    archived, draft = json.loads(run_cli("lint", "--show-settings", "--format", "json", "archive", "szkice").stdout)
    assert archived["excluded"] == {"pattern": "archive", "config": "../../cxkit.toml", "named": "skipped", "key": "exclude"}
    assert draft["excluded"] == {"pattern": "szkice", "config": "cxkit.toml", "named": "skipped", "key": "extend-exclude"}
    assert draft["exclude-written"] == [
        {"pattern": "archive", "written": "archive", "config": "../../cxkit.toml", "key": "exclude"},
        {"pattern": "szkice", "written": "szkice", "config": "cxkit.toml", "key": "extend-exclude"},
    ]
    text = run_cli("lint", "--show-settings", "szkice/pomysl.yaml").stdout.splitlines()
    assert "  excluded: yes, by 'szkice' in the extend-exclude of cxkit.toml: a folder scan leaves it out " \
           "(named without --only-documents, it is checked all the same)" in text
    at = text.index('  exclude: ["archive", "szkice"]')
    assert text[at + 1:at + 3] == ['    "archive" from the exclude of ../../cxkit.toml',
                                   '    "szkice" from the extend-exclude of cxkit.toml']
    assert '  per-file-ignores "personas/legacy/" = ["missing-sources"] from the extend-per-file-ignores of cxkit.toml' in text


def test_a_warm_cache_rejudges_when_the_tops_exclude_changes(agencja: Path) -> None:
    assert not any(p.startswith("archive/") for p in _paths())
    assert not any(p.startswith("archive/") for p in _paths())  # warm
    top = agencja.parent.parent / "cxkit.toml"
    top.write_text(TOP.replace('exclude = ["archive"]', 'exclude = ["archiwum"]'), encoding="utf-8")
    paths = _paths()
    assert "archive/2023.yaml" in paths and not any(p.startswith("szkice/") for p in paths)
    top.write_text(TOP, encoding="utf-8")
    assert not any(p.startswith("archive/") for p in _paths())


def test_extend_exclude_without_extend_is_its_own_config(agencja: Path) -> None:
    (agencja / "cxkit.toml").write_text('lang = "pl"\nextend-exclude = ["szkice"]\n', encoding="utf-8")
    paths = _paths("--no-cache")
    assert "archive/2023.yaml" in paths and not any(p.startswith("szkice/") for p in paths)


@pytest.mark.parametrize(("line", "told"), [
    ('extend-exclude = ["C:\\\\Users\\\\ola\\\\szkice"]', "cxkit.toml:1:19: bad value for 'extend-exclude': "),
    ('extend-exclude = "szkice"', "cxkit.toml:1:1: bad value for 'extend-exclude': it takes a list, even of one item"),
    ('extend-exclude = ["./"]', "cxkit.toml:1:19: extend-exclude: the pattern './' names no file"),
    ('[extend-per-file-ignores]\n"legacy/" = ["brak-takiej-reguly"]',
     "cxkit.toml:2:14: extend-per-file-ignores.'legacy/': unknown rule 'brak-takiej-reguly'"),
])
def test_bad_values_are_located_at_their_key(agencja: Path, line: str, told: str) -> None:
    (agencja / "cxkit.toml").write_text(line + "\n", encoding="utf-8")
    assert told in _error("--no-cache")


@pytest.mark.parametrize(("name", "text", "told"), [
    ("pyproject.toml", '[project]\nname = "agencja"\n', "nie ma tabeli [tool.cxkit]"),
    ("README.md", "# Agencja Kreska\n\n- klienci: mleczarnia\n", "to nie plik TOML"),
])
def test_extend_naming_no_config_is_an_error_at_the_extend_key(agencja: Path, name: str, text: str, told: str) -> None:
    (agencja.parent.parent / name).write_text(text, encoding="utf-8")
    (agencja / "cxkit.toml").write_text(CLIENT.replace("../../cxkit.toml", f"../../{name}"), encoding="utf-8")
    stderr = _error("--no-cache")
    # In Polish: the client's config says `lang = "pl"` (English before session 40).
    assert f"cxkit.toml:2:1: zła wartość `extend`: „../../{name}” {told}" in stderr, stderr
