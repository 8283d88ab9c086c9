"""A team's templates kept beside the repository (an agency's house folder) and linked into it are refused
through the link (c555a977: a pull request's link could lead to any file of the runner); the refusal names the
folder, and the config naming that folder by its own path is what then works (review of c555a977)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")

TEMPLATE = ("kind: persona\nid: {id}\nname: {name}\nlang: pl\nsummary: Klientka agencji, szablon domu\n"
            "goals:\n  - Cel z wywiadu do uzupełnienia po badaniu\n")


def _new(root: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CXKIT_", "GITHUB_", "GITLAB_"))}
    return subprocess.run([sys.executable, "-m", "cxkit", "new", "persona", "Zofia Wrona", "--no-input"], cwd=root,
                          env=env, capture_output=True, text=True, timeout=60, check=False)


def test_a_house_folder_linked_in_is_refused_and_its_own_path_works_s41(tmp_path: Path) -> None:
    house = tmp_path / "agencja" / "wzory"
    house.mkdir(parents=True)
    (house / "persona.yaml").write_text(TEMPLATE, encoding="utf-8")
    root = tmp_path / "agencja" / "klient"
    (root / "personas").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / "wzory").symlink_to(house)
    config = 'lang = "pl"\npersona-dir = "personas"\n[new]\ntemplates = "{}"\n'
    (root / "cxkit.toml").write_text(config.format("wzory"), encoding="utf-8")
    refused = _new(root)
    assert refused.returncode == 2
    assert f"wpisz w [new] templates własną ścieżkę tego folderu: {house})" in refused.stderr, refused.stderr
    assert not (root / "personas" / "zofia-wrona.yaml").exists()
    (root / "cxkit.toml").write_text(config.format("../wzory"), encoding="utf-8")
    made = _new(root)
    assert made.returncode == 0, made.stderr
    assert "summary: Klientka agencji, szablon domu" in (root / "personas" / "zofia-wrona.yaml").read_text(encoding="utf-8")
