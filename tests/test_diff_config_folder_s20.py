"""`cxkit review` and `cxkit diff` with `--config CLIENT/cxkit.toml` and no paths (review2 R2-4).

`cxkit lint --config zoo/cxkit.toml` from the top checks `zoo/` (a workspace's own config without
`paths` stands for its folder); `fmt` does the same; review and diff now compare that folder too,
not the whole repository under the client's rules.
"""

from __future__ import annotations

import pytest

from conftest import run_cli
from test_diff_workspaces_s20 import JAN, MARTA, agency, lint_found, review_json  # noqa: F401 - the fixture


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-05")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)


def test_config_of_a_client_without_paths_compares_that_client(agency):
    agency.write("biblioteka/personas/jan.yaml", JAN.replace("2026-03-01", "2026-04-01"))
    agency.write("zoo/personas/marta-karma.yaml", MARTA.replace("age: 34", "age: 35"))
    agency.commit("zmiany")
    lint = run_cli("lint", "--no-cache", "--config", "browar/cxkit.toml")
    assert "sprawdzono 1 dokument." in lint.stdout  # browar is a Polish workspace
    _code, report = review_json("--config", "browar/cxkit.toml")
    assert report["changes"] == [] and report["fixed"] == [] and report["introduced"] == []
    assert report["findings_before"] == report["findings_after"] == sum(
        lint_found("--config", "browar/cxkit.toml").values()
    )
    for args in (("main",), ("main..zmiana",), ("--cached", "main")):
        result = run_cli("diff", *args, "--config", "browar/cxkit.toml")
        assert (result.exit_code, result.stdout) == (0, "Brak różnic w treści.\n"), args
    # Without --config, from the top: every client.
    assert "biblioteka/personas/jan.yaml" in run_cli("diff", "main").stdout
