"""The stale-schema note names a workspace far from the current folder as lint names its files.

dda8c37 made the note name the schema from the current folder (`../klient-b/schema/cxkit.json` for
`cd klient-a && cxkit lint ../klient-b`), but also for a workspace given by its absolute path far
away: lint named its files `/…/inne/klient-c/personas/ola.yaml` and the note
`../../../../inne/klient-c/schema/cxkit.json`. Farther than two folders up it is the absolute path again.
"""

from __future__ import annotations

from test_init_notes_paths_s32 import PERSONA, _older_schema, here, run  # noqa: F401  (here: a fixture)


def _stale_workspace(folder, name):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "cxkit.toml").write_text("", encoding="utf-8")
    assert run("init", str(folder / name), "--lang", "pl", "--no-examples", "--editor", "vscode").exit_code == 0
    (folder / name / "personas/ola.yaml").write_text(PERSONA, encoding="utf-8")
    (folder / name / "schema/cxkit.json").write_text(_older_schema(), encoding="utf-8")
    return folder / name


def test_a_workspace_given_by_its_absolute_path_far_away_is_named_so(here, monkeypatch, tmp_path):
    ws = _stale_workspace(tmp_path / "inne", "klient-c")
    deep = here / "zespół" / "badania" / "wywiady"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    result = run("lint", str(ws), "--no-cache")
    shown = ws.as_posix() + "/schema/cxkit.json"
    assert f"{ws.as_posix()}/personas/ola.yaml:" in result.stdout  # how lint names that workspace's files
    assert f"cxkit: note: {shown} is not the schema of this cxkit" in result.stderr, result.stderr
    assert f"`cxkit schema -o {shown}` writes it again" in result.stderr, result.stderr
    assert "../.." not in result.stderr, result.stderr


def test_two_folders_up_is_still_named_from_here(here, monkeypatch):
    """Guard: `cd grupa/klient-a && cxkit lint ../../klient-b` names ../../klient-b/schema/cxkit.json."""
    _stale_workspace(here / "klienci", "klient-b")
    (here / "grupa" / "klient-a").mkdir(parents=True)
    monkeypatch.chdir(here / "grupa" / "klient-a")
    result = run("lint", "../../klienci/klient-b", "--no-cache")
    assert "../../klienci/klient-b/personas/ola.yaml:" in result.stdout
    assert "cxkit: note: ../../klienci/klient-b/schema/cxkit.json is not the schema" in result.stderr, result.stderr
