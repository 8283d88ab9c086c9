"""`cxkit fmt` run over several workspaces keeps each one's fmt cache in that workspace's own cache
folder, as `cxkit lint` keeps its results: from the top of an agency's repository, zoo/'s files are
remembered in zoo/.cxkit_cache, so `cxkit fmt --check` run in zoo/ (its pre-commit hook) and
`cxkit cache clear zoo` see the same cache.  Before, a run from the top wrote one fmt cache at the
top (a folder with no config of its own) that neither saw.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from fmt_cache_helpers import fmt, record_laid_out

PERSONA_PL = """\
kind: persona
id: {id}
name: {name}
lang: pl
goals:
  - Kupić bilet rodzinny do zoo w telefonie w kolejce do kasy, w mniej niż 2 minuty
sources:
  - id: wywiady-2026-09
    type: interview
    date: 2026-09-14
reviewed: 2026-10-01
"""

PERSONA_EN = """\
kind: persona
id: {id}
name: {name}
lang: en
goals:
  - Book a brewery tour for a team of 12 before the Friday budget meeting
sources:
  - id: interviews-2026-09
    type: interview
    date: 2026-09-14
reviewed: 2026-10-01
"""


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for client, text, lang in (("zoo", PERSONA_PL, "pl"), ("browar", PERSONA_EN, "en")):
        (tmp_path / client / "personas").mkdir(parents=True)
        (tmp_path / client / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
        for i in range(3):
            (tmp_path / client / "personas" / f"{client}-{i}.yaml").write_text(
                text.format(id=f"{client}-{i}", name=f"Osoba {i}"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    return tmp_path


@pytest.fixture
def laid_out(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return record_laid_out(monkeypatch, once=True)


def test_each_workspace_keeps_its_fmt_cache_in_its_own_folder(agency: Path, laid_out: list[str]) -> None:
    result = fmt("--check")
    assert result.exit_code == 0, result.output
    assert len(laid_out) == 6
    assert (agency / "zoo" / ".cxkit_cache" / "fmt-v1.json").is_file()
    assert (agency / "browar" / ".cxkit_cache" / "fmt-v1.json").is_file()
    assert not (agency / ".cxkit_cache").exists()  # the top has no config and no file of its own
    # As lint does: its results sit in the same folders.
    lint = CliRunner().invoke(app, ["lint"])
    assert lint.exit_code in (0, 1)
    assert not (agency / ".cxkit_cache").exists()


def test_a_run_in_the_workspace_uses_what_a_run_from_the_top_learnt(agency: Path, laid_out: list[str]) -> None:
    assert fmt("--check").exit_code == 0
    laid_out.clear()
    import os

    os.chdir(agency / "zoo")
    result = fmt("--check")
    assert result.exit_code == 0 and "Bez zmian: 3 pliki." in result.output  # zoo is Polish
    assert laid_out == []


def test_cache_clear_of_one_client_clears_its_fmt_cache_only(agency: Path, laid_out: list[str]) -> None:
    assert fmt("--check").exit_code == 0
    cleared = CliRunner().invoke(app, ["cache", "clear", "zoo"])
    assert cleared.exit_code == 0
    laid_out.clear()
    assert fmt("--check").exit_code == 0
    assert sorted(laid_out) == ["zoo-0", "zoo-1", "zoo-2"]  # browar's were remembered


def test_one_workspace_still_uses_the_cache_beside_its_config(agency: Path, laid_out: list[str]) -> None:
    import os

    os.chdir(agency / "browar")
    assert fmt("--check").exit_code == 0
    assert (agency / "browar" / ".cxkit_cache" / "fmt-v1.json").is_file()
    laid_out.clear()
    assert fmt("--check").exit_code == 0 and laid_out == []


def test_fmt_and_discover_by_workspace_share_one_walk(agency: Path) -> None:
    # Review 8 (R8-8): fmt no longer copies discover_by_workspace's walk; the walk itself says which
    # workspace each file is in, and that is the cache fmt uses.
    from cxkit.config import load_config
    from cxkit.lint.workspaces import discover_by_workspace

    owners: dict[str, object] = {}
    targets, unreadable = discover_by_workspace(["."], load_config(None, near=(".",)), owners)
    assert unreadable == [] and [t.display for t in targets] == sorted(owners) and len(owners) == 6
    roots = {display: Path(config.root).name for display, config in owners.items()}  # type: ignore[attr-defined]
    assert roots == {f"{c}/personas/{c}-{i}.yaml": c for c in ("zoo", "browar") for i in range(3)}
