"""`cxkit review` and `cxkit diff` of a repository whose client config extends a base file OUTSIDE the
repository (`extend = "../../../wspolne/cxkit-agencja.toml"`): each side is laid out in a temporary
folder, and the base must be the same real file wherever that folder lies (TMPDIR deeper or shallower
than the repository), not a file that happens to sit at the same climb above the temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import NEGATIVE_PL, PERSONA_PL
from git_helpers import Repo

BASE = """\
# Wspólne ustawienia agencji dla wszystkich klientów (poza repozytorium klienta)
lang = "pl"

[rules.pseudo-profiling]
max-age-span = 10
"""


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """tmp_path/biuro holds the agency's shared base and the repository of its clients."""
    office = tmp_path / "biuro"
    (office / "wspolne").mkdir(parents=True)
    (office / "wspolne" / "cxkit-agencja.toml").write_text(BASE, encoding="utf-8")
    r = Repo(office / "agencja")
    r.write("cxkit.toml", 'exclude = ["archiwum"]\n')
    r.write("klienci/apteka-zdrowie/cxkit.toml",
            '# Apteka Zdrowie: ustawienia agencji\nextend = "../../../wspolne/cxkit-agencja.toml"\n')
    r.write("klienci/apteka-zdrowie/personas/tomek.yaml", PERSONA_PL)
    r.write("klienci/apteka-zdrowie/personas/janusz.yaml", NEGATIVE_PL)
    r.commit("Apteka Zdrowie: persony")
    # On the branch: Tomek's household is left out (one CX101 fixed) and he moves to Żywiec.
    r.write("klienci/apteka-zdrowie/personas/tomek.yaml",
            PERSONA_PL.replace("  household: para bez dzieci\n", "").replace("Kraków", "Żywiec"))
    return office


#: Where TMPDIR points: deeper than the repository, shallower, and at the depth where the old layout
#: found the base by chance (its temporary folder three levels up from the client is the office).
TMPDIRS = {"deeper": "tmp/a/b/c/d", "shallower": "..", "same-depth": "."}


def _cxkit(office: Path, where: str, tmpdir: str, *args: str) -> subprocess.CompletedProcess[str]:
    folder = (office / tmpdir).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "TMPDIR": str(folder), "CXKIT_TODAY": "2026-12-05", "COLUMNS": "120", "NO_COLOR": "1",
           "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull, "HOME": str(office)}
    for name in ("GIT_EXTERNAL_DIFF", "GITHUB_ACTIONS", "CXKIT_CACHE_DIR"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=office / "agencja" / where, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize("tmpdir", list(TMPDIRS.values()), ids=list(TMPDIRS))
def test_review_reads_the_base_outside_the_repository_whatever_tmpdir(office: Path, tmpdir: str) -> None:
    lint = _cxkit(office, ".", tmpdir, "lint", "--no-cache")
    assert lint.returncode == 1 and "Found 1 problem" in lint.stdout, lint.stdout + lint.stderr
    result = _cxkit(office, ".", tmpdir, "review", "main")
    assert "no such file" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    # The base's max-age-span = 10 holds on both sides: Janusz's "45-55" is no finding before or after.
    assert "0 nowych uwag, 1 naprawiona; 2 przed zmianą, 1 po zmianie." in result.stdout, result.stdout


@pytest.mark.parametrize("tmpdir", list(TMPDIRS.values()), ids=list(TMPDIRS))
def test_diff_of_a_revision_reads_the_base_outside_the_repository(office: Path, tmpdir: str) -> None:
    result = _cxkit(office, ".", tmpdir, "diff", "main")
    assert "no such file" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Żywiec" in result.stdout, result.stdout


@pytest.mark.parametrize("tmpdir", ["tmp/a/b/c/d", ".."], ids=["deeper", "shallower"])
def test_review_from_the_client_folder_reads_bases_config_with_the_base(office: Path, tmpdir: str) -> None:
    result = _cxkit(office, "klienci/apteka-zdrowie", tmpdir, "review", "main")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "not valid" not in result.stdout + result.stderr, result.stdout + result.stderr
    assert "0 nowych uwag, 1 naprawiona; 2 przed zmianą, 1 po zmianie." in result.stdout, result.stdout
