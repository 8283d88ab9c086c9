"""The `changes:` example of init's GitLab job stays valid YAML, and names its folder alone, whatever
the folder is called: a `"` broke the uncommented YAML, a backslash became an escape, and glob
characters (`[1]`, `{a,b}`) made the pattern match other folders (or none)."""

from __future__ import annotations

import pytest
import yaml

from test_init_gitlab_changes_s32 import needs_git, printed_job, with_changes_uncommented

pytestmark = needs_git


@pytest.mark.parametrize(("folder", "pattern"), [
    ('dział "CX"', 'dział "CX"'),
    ("cx[pl]", "cx\\[pl\\]"),
    ("persony {2026}", "persony \\{2026\\}"),
])
def test_the_folder_is_quoted_for_yaml_and_escaped_for_globs(tmp_path, monkeypatch, folder, pattern):
    job = printed_job(tmp_path / "repo", monkeypatch, folder)
    rules = yaml.safe_load(with_changes_uncommented(job))["cxkit"]["rules"]
    assert [rule["changes"] for rule in rules] == [[f"{pattern}/**/*.{{yaml,yml}}", f"{pattern}/cxkit.toml"]] * 2
