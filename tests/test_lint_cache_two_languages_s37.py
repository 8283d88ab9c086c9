"""A run over an English and a Polish workspace, from the lint cache and without it (session 37).

The rules build a finding's Polish twin only in a Polish run (`pl=... if self.polish else None`, issue #7):
an English run's findings have none.  So a result the cache kept from an English run must never answer a
Polish one, nor the reverse.  Two clients of one agency, each with its own `lang`, are linted together
from the agency's folder: with the cache cold, warm, and without it, the same report; with the two
`lang`s swapped, each client speaks the other's language at once, its cache warm from the first runs.
The documents are the rules' full Bad examples, so many rules' messages are read in both languages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli
from cxkit.lint.docs import parse_rule_doc
from cxkit.lint.rule import all_rules
from test_rule_docs import EXAMPLES_AS_OF

CLIENTS = ("kancelaria", "piekarnia")
CONFIG = 'lang = "{lang}"\nextend-select = ["CX414", "CX415"]\n\n[rules.missing-sources]\ntrait-sources = true\n'


def _examples() -> dict[str, str]:
    """Each rule's Bad example that is a whole document, by the file it is written to."""
    out = {}
    for name, cls in all_rules().items():
        bad = parse_rule_doc(cls).bad
        if bad.startswith("kind:"):
            out[f"{'journeys' if bad.startswith('kind: journey') else 'personas'}/{name}.yaml"] = bad + "\n"
    return out


def _configure(root: Path, langs: tuple[str, str]) -> None:
    for client, lang in zip(CLIENTS, langs):
        (root / client / "cxkit.toml").write_text(CONFIG.format(lang=lang), encoding="utf-8")


def _lint(*args: str) -> list[dict]:
    result = run_cli("lint", "-f", "json", *args, *CLIENTS)
    assert result.exception is None and result.exit_code == 1, result.stderr
    return json.loads(result.stdout)


def _by_place(found: list[dict], client: str) -> dict[tuple, str]:
    """A client's findings, by their place in its folder and code: the message, its folder's name taken out."""
    return {(f["path"].split("/", 1)[1], f["line"], f["column"], f["code"]): f["message"].replace(client, "…")
            for f in found if f["path"].startswith(client + "/")}


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    files = {f"{client}/{rel}": text for client in CLIENTS for rel, text in _examples().items()}
    enter_workspace(tmp_path, monkeypatch, today=EXAMPLES_AS_OF.isoformat(), files=files)
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    _configure(tmp_path, ("en", "pl"))
    return tmp_path


def test_each_workspace_speaks_its_lang_from_the_cache_and_after_a_swap_s37(agency):
    first = _lint()
    assert _lint() == first  # warm: each client's answer from the cache
    assert _lint("--no-cache") == first
    english, polish = _by_place(first, CLIENTS[0]), _by_place(first, CLIENTS[1])
    assert len(english) > 10 and english.keys() == polish.keys()
    rules = {f["rule"] for f in first}
    assert {"missing-sources", "pseudo-profiling", "missing-review-date", "comment-in-value"} <= rules
    assert [key for key in english if english[key] == polish[key]] == []  # every finding in Polish there
    # The two clients swap their `lang`: each answers in the other's language at once, its cache warm.
    _configure(agency, ("pl", "en"))
    swapped = _lint()
    assert _by_place(swapped, CLIENTS[0]) == polish and _by_place(swapped, CLIENTS[1]) == english
    assert _lint() == swapped and _lint("--no-cache") == swapped
