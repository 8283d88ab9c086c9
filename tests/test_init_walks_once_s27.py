"""`cxkit init` run from the command line looks through the folder's tree once (session 27 readthrough).

The command checked the folder's config and the configs below it itself, then init_workspace did
it all again: two walks of up to three folder levels, each nested config read twice, and git run
twice for a broken one. The command now relies on what init_workspace raises, with the same output.
"""

from __future__ import annotations

import collections
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxkit.discovery as discovery
import cxkit.scaffold.init as scaffold_init


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)


def agency(top: Path) -> Path:
    for client, lang, name in (("piekarnia-lublin", "pl", "Ola Nowak"), ("heating-leeds", "en", "Tom Barker")):
        (top / "klienci" / client / "personas").mkdir(parents=True)
        (top / "klienci" / client / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
        (top / "klienci" / client / "personas" / "wlasciciel.yaml").write_text(
            f"kind: persona\nid: {client}-wlasciciel\nname: {name}\nlang: {lang}\n"
            "summary: Prowadzi małą firmę i sam odbiera telefony od klientów.\n", encoding="utf-8")
    return top


class Counts:
    """How often init walked ``top`` (os.walk from it), and checked each folder's config."""

    def __init__(self, top: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.walks = 0
        self.checked: collections.Counter[str] = collections.Counter()
        self.git = 0
        real_walk, real_check, real_ignored = os.walk, scaffold_init.check_config, discovery.git_ignored

        def walk(root, *args, **kwargs):  # type: ignore[no-untyped-def]
            if Path(root).resolve() == top.resolve():
                self.walks += 1
            return real_walk(root, *args, **kwargs)

        def check(root: Path) -> None:
            self.checked[Path(root).resolve().relative_to(top.resolve()).as_posix()] += 1
            real_check(root)

        def ignored(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.git += 1
            return real_ignored(*args, **kwargs)

        monkeypatch.setattr(os, "walk", walk)
        monkeypatch.setattr(scaffold_init, "check_config", check)
        monkeypatch.setattr(discovery, "git_ignored", ignored)


def invoke(top: Path, *args: str):  # type: ignore[no-untyped-def]
    from cxkit.cli import app

    old = os.getcwd()
    os.chdir(top)
    try:
        return CliRunner().invoke(app, ["init", *args])
    finally:
        os.chdir(old)


def test_init_at_an_agencys_top_walks_it_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    top = agency(tmp_path)
    counts = Counts(top, monkeypatch)
    result = invoke(top, "--no-examples")
    assert result.exit_code == 0, result.stderr
    assert (top / "cxkit.toml").is_file()
    assert counts.walks == 1
    assert counts.checked == {".": 1, "klienci/piekarnia-lublin": 1, "klienci/heating-leeds": 1}


def test_a_broken_client_config_is_read_once_and_git_asked_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: init refuses after one walk, with the same two lines as before (it stopped before the second walk)."""
    top = agency(tmp_path)
    (top / "klienci" / "heating-leeds" / "cxkit.toml").write_text('lang = "en"\npaths = 3\n', encoding="utf-8")
    counts = Counts(top, monkeypatch)
    result = invoke(top)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith("cxkit: klienci/heating-leeds/cxkit.toml:2:1: ")
    assert lines[-1] == ("cxkit: init wrote nothing: `cxkit lint` here reads that config too and stops at it (exit 2); "
                         "fix it and run `cxkit init` again")
    assert len(lines) == 2
    assert sorted(p.name for p in top.iterdir()) == ["klienci"]
    assert counts.walks == 1
    assert counts.checked["klienci/heating-leeds"] == 1
    assert counts.git == 1


def test_two_broken_client_configs_are_both_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: every broken config below is still named, not only the first one init_workspace raises."""
    top = agency(tmp_path)
    for client in ("piekarnia-lublin", "heating-leeds"):
        (top / "klienci" / client / "cxkit.toml").write_text("lang = \"pl\"\npaths = 3\n", encoding="utf-8")
    result = invoke(top, "--no-examples")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert [line.split(":")[1].strip() for line in lines[:2]] == [
        "klienci/heating-leeds/cxkit.toml", "klienci/piekarnia-lublin/cxkit.toml"]
    assert lines[2] == ("cxkit: init wrote nothing: `cxkit lint` here reads those 2 configs too and stops at the first "
                        "(exit 2); fix them and run `cxkit init` again")
    assert sorted(p.name for p in top.iterdir()) == ["klienci"]


def test_a_broken_config_here_stops_init_before_any_walk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the folder's own broken config is said as before, and nothing below is looked at."""
    top = agency(tmp_path)
    (top / "cxkit.toml").write_text('lang = "pl"\nfail-level = "bardzo"\n', encoding="utf-8")
    counts = Counts(top, monkeypatch)
    result = invoke(top, "--lang", "en")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("cxkit: cxkit.toml:2:")
    assert lines[-1] == "cxkit: init wrote nothing: fix the config (it is never overwritten) and run `cxkit init` again"
    assert len(lines) == 2
    assert (top / "cxkit.toml").read_text(encoding="utf-8") == 'lang = "pl"\nfail-level = "bardzo"\n'
    assert not (top / ".github").exists()
    assert counts.walks == 0
