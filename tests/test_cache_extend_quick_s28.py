"""The quickest warm path (file times only) serves a workspace whose config extends another.

The engine stores that path's entry under a key of the config together with every config it extends;
the look-up must use the same key, or a client with `extend = "../../cxkit.toml"` never takes the
quick path and re-reads every file on each warm run.  A change to the extended config still misses.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture()
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    top = tmp_path / "agencja"
    (top / "klienci").mkdir(parents=True)
    (top / "cxkit.toml").write_text('lang = "pl"\nexclude = ["archiwum"]\n', encoding="utf-8")
    here = top / "klienci" / "mleczarnia"
    shutil.copytree(EXAMPLES / "pl", here)
    for name in ("agnieszka-studio-podcastow.yaml", "kamil-kupuje-pod-promocje.yaml"):
        (here / "personas" / name).unlink()  # their messages name today: a whole run of them holds one day
    (here / "cxkit.toml").write_text('extend = "../../cxkit.toml"\n', encoding="utf-8")
    monkeypatch.chdir(here)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-30")
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")  # files just written count as settled
    return here


def _selection() -> tuple[tuple[str, ...], ...]:
    return ((), (), ())


def test_a_client_that_extends_the_top_takes_the_quick_path_when_nothing_changed(client):
    from cxkit.config import load_config
    from cxkit.lint.engine import lint

    config = load_config()
    assert config.extended, "the client's config extends the top"
    first = lint(["."], config, jobs=1, cache=True)
    from cxkit.lint.cache import cached_run

    hit = cached_run(["."], load_config(), _selection())
    assert hit is not None
    assert hit.count == len(first.findings)


def test_a_change_to_the_extended_config_is_no_quick_hit(client):
    from cxkit.config import load_config
    from cxkit.lint.cache import cached_run
    from cxkit.lint.engine import lint

    lint(["."], load_config(), jobs=1, cache=True)
    (client.parent.parent / "cxkit.toml").write_text('lang = "pl"\nexclude = ["archiwum", "szkice"]\n', encoding="utf-8")
    assert cached_run(["."], load_config(), _selection()) is None
