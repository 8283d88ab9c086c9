"""The lint cache keys a config's place both ways: from the config's folder to the current folder and back.

The cache counts a config by its name and bytes and by where the current folder lies from it, so a
checkout restored at another path (CI) uses its cache.  From a folder above the config's, that path is
`..` whichever folder the config is in: `cxkit lint --config ws/cxkit.toml ws` (the files inside the
config's folder) and `--config zz/cxkit.toml ws` (the same files beside it, where a pattern anchored
with `/` matches none of them) had one key, and a shared CXKIT_CACHE_DIR answered the second with the
first's findings.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import NEGATIVE_PL, PERSONA_PL, run_cli

#: Ola's age in words is a schema finding (CX002) that the config below skips for her file only.
OLA = PERSONA_PL.replace("id: tomek-audiofil", "id: ola-z-bydgoszczy", 1).replace(
    "name: Tomek Wiśniewski", "name: Aleksandra Kowal", 1)
CONFIG = 'lang = "pl"\n\n[per-file-ignores]\n"/personas/ola.yaml" = ["schema"]\n'


def _age_in_words(text: str) -> str:
    import re

    return re.sub(r"(?m)^(\s+age:) .*$", r"\1 trzydzieści", text, count=1)


def workspace(folder: Path) -> Path:
    (folder / "personas").mkdir(parents=True)
    (folder / "personas/tomek.yaml").write_text(PERSONA_PL, encoding="utf-8")
    (folder / "personas/janusz.yaml").write_text(NEGATIVE_PL, encoding="utf-8")
    (folder / "personas/ola.yaml").write_text(_age_in_words(OLA), encoding="utf-8")
    return folder


@pytest.fixture
def shared_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "ci-cache"
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(cache))
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    monkeypatch.setenv("COLUMNS", "120")
    return cache


def lint(*args: str) -> tuple[int, list[tuple[str, str]], str]:
    result = run_cli("lint", "-j", "1", "-f", "json", *args)
    assert result.exception is None
    return result.exit_code, [(f["path"], f["rule"]) for f in json.loads(result.stdout)], result.stderr


def test_a_config_beside_the_files_does_not_get_the_results_of_one_above_them(tmp_path, monkeypatch, shared_cache):
    inside = tmp_path / "sklep-a"
    (workspace(inside / "ws") / "cxkit.toml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(inside)
    first = lint("--config", "ws/cxkit.toml", "ws")
    assert ("ws/personas/ola.yaml", "schema") not in first[1]  # skipped: the file is in the config's folder
    beside = tmp_path / "sklep-b"
    workspace(beside / "ws")
    (beside / "zz").mkdir()
    (beside / "zz/cxkit.toml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(beside)
    warm = lint("--config", "zz/cxkit.toml", "ws")
    fresh = lint("--no-cache", "--config", "zz/cxkit.toml", "ws")
    # The anchored pattern is matched from zz/, where ws/personas/ola.yaml is ../ws/personas/ola.yaml: not skipped.
    assert ("ws/personas/ola.yaml", "schema") in fresh[1]
    assert warm == fresh


def test_the_same_layout_at_another_path_still_uses_the_cache(tmp_path, monkeypatch, shared_cache):
    # Guard: both ways relative, so a copy of the whole tree (CI's next build folder) is answered from the cache.
    old = tmp_path / "builds/0/sklep"
    workspace(old / "ws")
    (old / "zz").mkdir()
    (old / "zz/cxkit.toml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(old)
    first = lint("--config", "zz/cxkit.toml", "ws")
    files = json.loads((shared_cache / "files-v1.json").read_text(encoding="utf-8"))
    new = tmp_path / "builds/1/sklep"
    shutil.copytree(old, new)
    monkeypatch.chdir(new)
    assert lint("--config", "zz/cxkit.toml", "ws") == first
    assert json.loads((shared_cache / "files-v1.json").read_text(encoding="utf-8")) == files
