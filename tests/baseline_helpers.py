"""Helpers shared by the baseline tests: legacy personas (Polish and English), a workspace whose baseline records
them, the findings it recorded, a monorepo whose two teams share one baseline at the top, and a `cxkit lint` in a
process of its own."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

#: A legacy Polish persona, as a team adopting a baseline has them: missing-sources, pseudo-profiling
#: ("Ceni jakość"), stale-review; and missing-negative-persona where the workspace has no negative persona.
LEGACY_OLA = """\
kind: persona
id: ola-stara
name: Ola Nowak
lang: pl
summary: Klientka, która co roku w marcu odnawia polisę OC samochodu przez aplikację ubezpieczyciela.
goals:
  - Ceni jakość
pain_points:
  - Formularz w aplikacji gubi dane pojazdu po powrocie z ekranu płatności
reviewed: 2023-10-05
"""

#: LEGACY_OLA with a second generic goal ("Lubi podróżować"): five findings to record.
LEGACY_OLA_TRAVELS = LEGACY_OLA.replace("  - Ceni jakość\n", "  - Ceni jakość\n  - Lubi podróżować\n")

#: An English legacy persona: missing-sources, pseudo-profiling ("Values quality"), stale-review.
LEGACY_DAN = """\
kind: persona
id: dan-legacy
name: Dan Hughes
lang: en
summary: Owner of a heating firm who renews his van insurance every March through the insurer's app.
goals:
  - Values quality
pain_points:
  - The app loses the van's details after the payment screen and he types them in again
reviewed: 2023-10-05
"""


def adopted(root: Path, monkeypatch: pytest.MonkeyPatch, baseline: str, files: dict[str, str] | None = None,
            write_args: tuple[str, ...] = (), lang: str = "pl") -> Path:
    """``root`` (made if missing) as the current folder: a workspace in ``lang`` on 2026-12-01 whose cxkit.toml
    says `lang = "LANG"` and names ``baseline``, with ``files`` (Ola's legacy persona as personas/ola.yaml by
    default), whose findings `cxkit lint --write-baseline WRITE_ARGS` records there."""
    root.mkdir(exist_ok=True)
    enter_workspace(root, monkeypatch, config=f'lang = "{lang}"\nbaseline = "{baseline}"\n', today="2026-12-01",
                    files={"personas/ola.yaml": LEGACY_OLA} if files is None else files)
    wrote = run_cli("lint", "--write-baseline", *write_args)
    assert wrote.exit_code == 0, wrote.stderr
    return root


def recorded() -> list[dict]:
    """The findings recorded in the current folder's .cxkit-baseline.json."""
    return json.loads(Path(".cxkit-baseline.json").read_text(encoding="utf-8"))["findings"]


#: The monorepo's two teams' personas that `two_teams` gives an age range (one CX101 each).
DAN = "teams/a/personas/dan-heating-firm-owner.yaml"
AGNIESZKA = "teams/b/personas/agnieszka-studio-podcastow.yaml"


def two_teams(top: Path, monkeypatch: pytest.MonkeyPatch, team_b_config: str) -> Path:
    """``top`` as a monorepo on 2026-12-07: a top cxkit.toml (English); teams/a (the English examples, its
    own English config) and teams/b (the Polish examples, ``team_b_config``), one CX101 age range each
    (DAN, AGNIESZKA), recorded from the top in .cxkit-baseline.json (named by `--baseline`: without it, a run over
    several workspaces writes each one's own baseline beside its config)."""
    enter_workspace(top, monkeypatch, config='lang = "en"\n', today="2026-12-07")
    for team, lang in (("a", "en"), ("b", "pl")):
        shutil.copytree(EXAMPLES / lang, top / "teams" / team)
    Path("teams/a/cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    Path("teams/b/cxkit.toml").write_text(team_b_config, encoding="utf-8")
    for path, old in ((DAN, "  age: 44\n"), (AGNIESZKA, "  age: 31\n")):
        text = Path(path).read_text(encoding="utf-8")
        Path(path).write_text(text.replace(old, "  age: 30-45\n"), encoding="utf-8")
    assert run_cli("lint", "--write-baseline", "--baseline", ".cxkit-baseline.json").exit_code == 0
    return top


def probe(root: Path, script: str, *args: str) -> tuple[str, int, list[str]]:
    """Run ``script`` (a `cxkit lint ARGS` that writes `[exit code, heavy modules]` as JSON on stderr's last
    line) in a process of its own in ``root``, outside GitHub Actions: its stdout, exit code and modules."""
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CXKIT_DEBUG")}
    proc = subprocess.run([sys.executable, "-c", script, *args], cwd=root, capture_output=True, text=True,
                          env=env, timeout=60)
    code, heavy = json.loads(proc.stderr.rsplit("\n", 1)[-1])
    return proc.stdout, code, heavy
