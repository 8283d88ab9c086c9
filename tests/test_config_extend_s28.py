"""`extend = "../cxkit.toml"`: a per-folder config that tunes one rule keeps the client's settings.

A brewery client keeps 2023 personas in `personas/legacy/` with a cxkit.toml that only turns
`stale-review` off.  Without `extend` that folder lost the client's `lang`, `ignore`, `exclude`
and `per-file-ignores`; with it the client's config is read first and the folder's keys override
it, as ruff's `extend` works.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import NEGATIVE_PL, PERSONA_PL, run_cli

#: A 2023 persona: no `reviewed` date, a review date two years old would be stale.
STARY_PIWOSZ = """\
kind: persona
id: stary-piwosz
name: Zdzisław Chmielewski
summary: Emeryt z Żywca, od czterdziestu lat pije jasne pełne z jednego browaru i nie ufa nowościom.
goals:
  - Kupić skrzynkę jasnego pełnego w osiedlowym sklepie bez dopłaty za kaucję
pain_points:
  - Nowe etykiety co sezon; nie poznaje na półce piwa, które pije od lat
sources:
  - id: wywiady-2023-03
    type: interview
    date: 2023-03-14
    n: 6
"""

DRAFT = """\
kind: persona
id: szkic-piwosza
name: TODO imię i nazwisko
summary: TODO
"""

CLIENT = """\
# Browar Zdrój: klient od 2024
lang = "pl"
ignore = ["missing-review-date"]
exclude = ["szkice"]

[per-file-ignores]
"legacy/*.yaml" = ["missing-sources"]
"""

LEGACY = """\
extend = "../../cxkit.toml"
# legacy personas from 2023: review dates are old on purpose
[rules.stale-review]
enabled = false
"""


@pytest.fixture
def browar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    client = tmp_path / "browar-zdroj"
    legacy = client / "piwo-jasne" / "legacy"
    (legacy / "szkice").mkdir(parents=True)
    (client / "cxkit.toml").write_text(CLIENT, encoding="utf-8")
    (client / "piwo-jasne" / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (client / "piwo-jasne" / "janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    (legacy / "cxkit.toml").write_text(LEGACY, encoding="utf-8")
    (legacy / "stary-piwosz.yaml").write_text(STARY_PIWOSZ, encoding="utf-8")
    (legacy / "szkice" / "szkic.yaml").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(client)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    for name in ("GITHUB_ACTIONS", "CXKIT_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)
    return client


def _findings(*args: str) -> list[dict[str, object]]:
    result = run_cli("lint", "--format", "json", *args)
    assert result.exception is None and result.exit_code in (0, 1), result.stdout + result.stderr
    return json.loads(result.stdout)


def _legacy_rules(found: list[dict[str, object]]) -> set[object]:
    return {f["rule"] for f in found if "legacy/" in str(f["path"])}


def test_extended_ignore_exclude_and_per_file_ignores_hold_in_the_folder(browar: Path) -> None:
    found = _findings("--no-cache")
    rules = _legacy_rules(found)
    assert "missing-review-date" not in rules  # the client's ignore
    assert "missing-sources" not in rules  # the client's per-file-ignores, matched from the client's folder
    assert "stale-review" not in rules  # the folder's own table
    assert not any("szkice" in str(f["path"]) for f in found)  # the client's exclude


def test_guard_without_extend_the_folder_starts_from_defaults(browar: Path) -> None:
    (browar / "piwo-jasne" / "legacy" / "cxkit.toml").write_text(LEGACY.split("\n", 1)[1], encoding="utf-8")
    rules = _legacy_rules(_findings("--no-cache"))
    assert "missing-review-date" in rules


def test_lang_is_inherited_by_cxkit_new(browar: Path) -> None:
    from cxkit.config import load_config

    assert load_config(None, browar / "piwo-jasne" / "legacy").lang == "pl"


def test_select_in_the_folder_starts_the_selection_over(browar: Path) -> None:
    (browar / "piwo-jasne" / "legacy" / "cxkit.toml").write_text(
        LEGACY + '\n', encoding="utf-8")
    text = 'extend = "../../cxkit.toml"\nselect = ["ALL"]\n'
    (browar / "piwo-jasne" / "legacy" / "cxkit.toml").write_text(text, encoding="utf-8")
    assert "missing-review-date" in _legacy_rules(_findings("--no-cache"))


def test_the_folders_ignore_adds_to_the_clients(browar: Path) -> None:
    (browar / "piwo-jasne" / "legacy" / "cxkit.toml").write_text(
        'extend = "../../cxkit.toml"\nignore = ["stale-review"]\n', encoding="utf-8")
    rules = _legacy_rules(_findings("--no-cache"))
    assert not rules & {"missing-review-date", "stale-review"}


def test_cache_is_not_used_once_the_extended_config_changes(browar: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(browar / "piwo-jasne" / "legacy")
    assert "missing-review-date" not in {f["rule"] for f in _findings()}
    assert "missing-review-date" not in {f["rule"] for f in _findings()}  # warm
    (browar / "cxkit.toml").write_text(CLIENT.replace('ignore = ["missing-review-date"]', "ignore = []"),
                                       encoding="utf-8")
    assert "missing-review-date" in {f["rule"] for f in _findings()}


def test_pyproject_tool_cxkit_extends_too(browar: Path) -> None:
    legacy = browar / "piwo-jasne" / "legacy"
    (legacy / "cxkit.toml").unlink()
    (legacy / "pyproject.toml").write_text(
        '[project]\nname = "stare-persony"\n\n[tool.cxkit]\nextend = "../../cxkit.toml"\n', encoding="utf-8")
    assert "missing-review-date" not in _legacy_rules(_findings("--no-cache"))


def test_a_circle_is_refused_at_the_extend_key(browar: Path) -> None:
    (browar / "cxkit.toml").write_text('extend = "piwo-jasne/legacy/cxkit.toml"\n' + CLIENT, encoding="utf-8")
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 2 and result.exception is None
    assert "cxkit.toml:1:1: zła wartość `extend`" in result.stderr  # the brewery's config says `lang = "pl"`
    assert "nie mogą rozszerzać się nawzajem w kółko" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_extended_file_is_located(browar: Path) -> None:
    legacy = browar / "piwo-jasne" / "legacy"
    (legacy / "cxkit.toml").write_text('# stare\nextend = "../cxkit.toml"\n', encoding="utf-8")
    result = run_cli("lint", "--no-cache", "piwo-jasne/legacy")
    assert result.exit_code == 2
    assert "piwo-jasne/legacy/cxkit.toml:2:1: bad value for 'extend': '../cxkit.toml': no such file" in result.stderr


def test_a_bad_rule_option_in_the_extended_config_is_located_there(browar: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (browar / "cxkit.toml").write_text(CLIENT + "\n[rules.stale-review]\nmax-age-month = 6\n", encoding="utf-8")
    monkeypatch.chdir(browar / "piwo-jasne" / "legacy")
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: ../../cxkit.toml:10:1:"), result.stderr


def test_workspace_finding_names_its_config_when_the_run_spans_several(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    top = tmp_path / "agencja"
    for client in ("browar-zdroj", "mleczarnia"):
        (top / client / "personas").mkdir(parents=True)
        (top / client / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
        (top / client / "personas" / "tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (top / "mleczarnia" / "personas" / "janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    monkeypatch.chdir(top)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    found = [f for f in _findings("--no-cache", "browar-zdroj", "mleczarnia") if f["code"] == "CX201"]
    # Polish workspaces (`lang = "pl"`): the finding in Polish names its workspace the same way.
    assert [f["message"].split(";")[0] for f in found] == [
        "obszar roboczy (browar-zdroj/cxkit.toml) ma 1 personę, ale ani jednej persony negatywnej"]
    monkeypatch.chdir(top / "browar-zdroj")
    alone = [f for f in _findings("--no-cache") if f["code"] == "CX201"]
    assert alone[0]["message"].startswith("obszar roboczy ma 1 personę")  # one workspace: as before
    assert os.path.isdir(top)
