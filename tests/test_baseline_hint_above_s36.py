"""`--write-baseline`'s hint names a baseline above the config's folder as the config reads it (session 36).

`cxkit lint team --write-baseline --baseline baseline.json`, run from the repository's top, wrote the
file beside `team/` and said `set baseline = "baseline.json"` (a path from the current folder, which the
config would read as `team/baseline.json`); from inside `team/` with `--baseline ../x/b.json`, an absolute
path that holds on this machine only. It now says the path from the config's folder, `../baseline.json`,
which, set in the config, is the file written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PERSONA_PL, enter_workspace, run_cli


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    enter_workspace(tmp_path, monkeypatch, today="2026-12-07", files={"team/personas/tomek.yaml": PERSONA_PL})
    return tmp_path


@pytest.mark.parametrize("lang, said", [
    ("en", 'or set baseline = "{path}" in the config (a path from the config\'s folder)'),
    ("pl", 'albo wpisz w konfiguracji baseline = "{path}" (ścieżkę względem folderu konfiguracji)'),
])
@pytest.mark.parametrize("where, given, path", [(".", "baseline.json", "../baseline.json"),
                                                 ("team", "../x/b.json", "../x/b.json")])
def test_the_hint_is_a_path_from_the_config_s_folder_that_the_config_reads(team, monkeypatch, lang, said, where,
                                                                            given, path):
    (team / "team" / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (team / "x").mkdir()
    monkeypatch.chdir(team / where)
    named = ["team"] if where == "." else []
    written = run_cli("lint", *named, "--write-baseline", "--baseline", given)
    assert written.exit_code == 0, written.stderr
    assert said.format(path=path) in written.stderr
    # Set as the hint says, the config reads the file written: every finding is in it.
    with open(team / "team" / "cxkit.toml", "a", encoding="utf-8") as config:
        config.write(f'baseline = "{path}"\n')
    monkeypatch.chdir(team / "team")
    again = run_cli("lint")
    assert again.exit_code == 0, again.stdout + again.stderr


@pytest.mark.parametrize("where, given, path", [(".", "{top}/other/bl.json", "other/bl.json"),
                                                 ("ws", "../other/bl.json", "../other/bl.json")])
def test_without_a_config_the_hint_is_a_path_from_the_folder_a_new_config_would_be_read_in(tmp_path, monkeypatch,
                                                                                            where, given, path):
    # No cxkit.toml anywhere: a config made where lint runs (as `cxkit init` makes it) reads `baseline` from
    # there, so the hint names the file from there, not from the baseline's own folder ("bl.json").
    enter_workspace(tmp_path, monkeypatch, today="2026-12-07", files={"ws/personas/tomek.yaml": PERSONA_PL})
    (tmp_path / "other").mkdir()
    monkeypatch.chdir(tmp_path / where)
    named = ["ws"] if where == "." else []
    written = run_cli("lint", *named, "--write-baseline", "--baseline", given.format(top=tmp_path))
    assert written.exit_code == 0, written.stderr
    # No config: the hint names none that does not exist (session 40, tester44 M1), the path still from here.
    assert f'there is no config here: `cxkit init` writes one, then set baseline = "{path}" in it' in written.stderr
    assert "in the config" not in written.stderr
    (tmp_path / where / "cxkit.toml").write_text(f'baseline = "{path}"\n', encoding="utf-8")
    again = run_cli("lint", *named)
    assert again.exit_code == 0, again.stdout + again.stderr
