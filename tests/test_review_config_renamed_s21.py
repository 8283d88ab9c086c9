"""`cxkit review` of an agency (one `cxkit.toml` per client): a client's config renamed in its folder
(`browar/cxkit.toml` to a `[tool.cxkit]` table in `browar/pyproject.toml`), its documents left where
they are, is the same workspace: not listed as removed plus added."""

from __future__ import annotations

from test_review4_workspaces_s20 import _today, agency, review, review_json  # noqa: F401 (fixtures)

PYPROJECT = '[project]\nname = "browar-personas"\nversion = "0.1.0"\n\n[tool.cxkit]\nlang = "pl"\nexclude = ["szkice"]\n'


def test_a_config_renamed_in_its_folder_with_the_same_settings_is_not_listed(agency):
    agency.git("rm", "-q", "browar/cxkit.toml")
    agency.write("browar/pyproject.toml", PYPROJECT)
    agency.commit("browar: ustawienia w pyproject.toml")
    result = review()
    assert result.exit_code == 0, result.stdout
    # Before: "`browar/cxkit.toml` removed: in the working tree its folder's files are linted with the
    # configuration around them" (they are not: pyproject.toml holds the same settings) and "... added".
    assert "**Configuration:**" not in result.stdout
    assert "**Lint:** 0 findings introduced, 0 fixed; " in result.stdout
    _code, report = review_json()
    assert report["workspace_configs"] == []


def test_a_config_renamed_in_its_folder_and_changed_is_one_line(agency):
    agency.git("rm", "-q", "browar/cxkit.toml")
    agency.write("browar/pyproject.toml", PYPROJECT + 'fail-level = "error"\n')
    agency.commit("browar: pyproject.toml, tylko błędy")
    result = review()
    assert result.exit_code == 0, result.stdout
    assert result.stdout.count("**Configuration:**") == 1
    assert ("**Configuration:** `browar/cxkit.toml` → `browar/pyproject.toml` (renamed in its folder), changed "
            "(`fail-level`): `main` is linted with its own version of it, the working tree with this one.\n"
            in result.stdout)
    _code, report = review_json()
    assert [(c["base"], c["working_tree"], c["changed"]) for c in report["workspace_configs"]] == [
        ("browar/cxkit.toml", "browar/pyproject.toml", ["fail-level"])]
