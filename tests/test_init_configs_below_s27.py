"""`cxkit init` above a client's workspace whose config is broken (session 27).

In an agency's folder (a folder per client, each with its own cxkit.toml), `cxkit init` at the top
exited 0 and said "`cxkit lint` checks every workspace", and that lint exited 2 on the client's
config. init now names each broken config that lint there reads, located as lint gives it, and
writes nothing (exit 2), as it does for the folder's own config. A config the `paths` here leave
out is not read by lint here and stops nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

PERSONA_PL = "kind: persona\nid: ola-nowak\nname: Ola Nowak\nlang: pl\nsummary: Księgowa z Lublina.\n"
PERSONA_EN = "kind: persona\nid: dan-okafor\nname: Dan Okafor\nlang: en\nsummary: Runs a heating firm in Leeds.\n"


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)


def invoke(*args: str, cwd: Path):
    from cxkit.cli import app

    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, list(args))
    finally:
        os.chdir(old)
    assert not (result.exception and not isinstance(result.exception, SystemExit)), repr(result.exception)
    return result


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def agency(root: Path, **configs: str) -> Path:
    """An agency's folder: a client a folder, each with its config and a persona."""
    for client, config in configs.items():
        (root / client / "personas").mkdir(parents=True)
        (root / client / "cxkit.toml").write_text(config, encoding="utf-8")
        persona = PERSONA_PL if config.startswith(("lang = \"pl\"", "# ")) else PERSONA_EN
        (root / client / "personas" / "p.yaml").write_text(persona, encoding="utf-8")
    return root


def test_init_at_an_agencys_top_names_the_broken_client_config_and_writes_nothing(tmp_path: Path) -> None:
    top = agency(tmp_path / "agencja", klient='lang = "pl"\npaths = 3\n', zdrowy='lang = "en"\n')
    before = snapshot(top)
    result = invoke("init", "agencja", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "cxkit: agencja/klient/cxkit.toml:2:1: zła wartość `paths`: to ma być lista tekstów, a nie liczba 3: "
        "zapisz np. paths = [\"personas\", \"journeys\"]\n"
        "cxkit: init wrote nothing: `cxkit lint` here reads that config too and stops at it (exit 2); "
        "fix it and run `cxkit init` again\n")
    assert snapshot(top) == before


def test_the_message_is_lints_from_inside_the_folder(tmp_path: Path) -> None:
    top = agency(tmp_path, klient='lang = "pl"\npaths = 3\n', drugi='lang = "en"\n')
    init = invoke("init", cwd=top)
    lint = invoke("lint", cwd=top)
    assert init.exit_code == lint.exit_code == 2
    assert init.stderr.splitlines()[0] == lint.stderr.splitlines()[0] == (
        "cxkit: klient/cxkit.toml:2:1: zła wartość `paths`: to ma być lista tekstów, a nie liczba 3: "
        "zapisz np. paths = [\"personas\", \"journeys\"]")  # the config is Polish, and so is its error (s38)


def test_every_broken_client_config_is_named(tmp_path: Path) -> None:
    top = agency(tmp_path, anna='lang = "xx"\n', bartek='lang = "pl"\n[rules.stale-review]\nmax-age-months = "6"\n',
                 celina='lang = "en"\n')
    result = invoke("init", cwd=top)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("cxkit: anna/cxkit.toml:1:1: bad value for 'lang'")
    assert lines[1].startswith("cxkit: bartek/cxkit.toml:")
    assert "max-age-months" in lines[1]
    assert lines[2] == ("cxkit: init wrote nothing: `cxkit lint` here reads those 2 configs too and stops at the first "
                        "(exit 2); fix them and run `cxkit init` again")
    assert not (top / "cxkit.toml").exists()


def test_after_the_client_config_is_fixed_init_sets_up_the_top(tmp_path: Path) -> None:
    top = agency(tmp_path, klient='lang = "pl"\npaths = 3\n', drugi='lang = "en"\n')
    assert invoke("init", cwd=top).exit_code == 2
    (top / "klient" / "cxkit.toml").write_text('lang = "pl"\npaths = ["personas"]\n', encoding="utf-8")
    result = invoke("init", cwd=top)
    assert result.exit_code == 0, result.stderr
    assert "found    drugi/, klient/" in result.stdout
    assert (top / "cxkit.toml").is_file()
    assert invoke("lint", cwd=top).exit_code != 2


def test_a_broken_config_the_paths_here_leave_out_stops_nothing(tmp_path: Path) -> None:
    """Guard: lint here does not read a sample's config outside the `paths` init writes, so init goes on."""
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (tmp_path / "docs" / "examples" / "personas").mkdir(parents=True)
    (tmp_path / "docs" / "examples" / "cxkit.toml").write_text("paths = 3\n", encoding="utf-8")
    (tmp_path / "docs" / "examples" / "personas" / "dan.yaml").write_text(PERSONA_EN, encoding="utf-8")
    result = invoke("init", "--lang", "pl", cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "cxkit.toml").is_file()
    assert invoke("lint", cwd=tmp_path).exit_code != 2


def test_an_agency_with_valid_configs_is_set_up_as_before(tmp_path: Path) -> None:
    """Guard: valid client configs change nothing."""
    top = agency(tmp_path, klient='lang = "pl"\n', drugi='lang = "en"\n')
    result = invoke("init", cwd=top)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith("Next: `cxkit lint` checks every workspace, each under its own config; "
                                  "`cxkit new persona \"Name\" --dir FOLDER/personas` starts a document in one.\n")


def test_a_client_folder_the_tops_exclude_leaves_out_stops_nothing(tmp_path: Path) -> None:
    """Guard: lint at the top never scans an excluded client, so its broken config is not init's business."""
    top = agency(tmp_path, archiwum='lang = "pl"\npaths = 3\n', klient='lang = "pl"\n')
    (top / "cxkit.toml").write_text('lang = "pl"\nexclude = ["archiwum/"]\n', encoding="utf-8")
    assert invoke("lint", cwd=top).exit_code != 2
    result = invoke("init", cwd=top)
    assert result.exit_code == 0, result.stderr
