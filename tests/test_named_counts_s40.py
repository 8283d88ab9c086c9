"""A file named on the command line counts as a document checked alike, whether it parses or not (tester44 L4).

In a monorepo, `cxkit lint k8s/deploy.yaml` (a Kubernetes manifest of two YAML documents: `yaml-syntax`) said
"1 document checked", while `cxkit lint api/openapi.yaml` (one document, no `kind`: `schema`) said 0. A file that
does not parse is now counted only when nothing in it says it is another tool's: it says it is cxkit's (a `kind:`
line, cxkit's keys), or it has no key line at all (empty, comments only), as the README says.
"""

from __future__ import annotations

import pytest

from conftest import enter_workspace, run_cli

DEPLOY = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
---
apiVersion: v1
kind: Service
metadata:
  name: api
"""
OPENAPI = 'openapi: 3.0.0\ninfo: {title: API, version: "1"}\npaths: {}\n'
COMPOSE_TAB = "services:\n  web:\n\timage: nginx\n"
PERSONA_TAB = "kind: persona\nid: dan-hughes\nname: Dan Hughes\ngoals:\n\t- Switch energy supplier before April\n"
PERSONA_TAB_NO_KIND = "id: dan-hughes\nname: Dan Hughes\ngoals:\n\t- Switch energy supplier before April\n"


@pytest.mark.parametrize(("name", "text", "rule", "counted"), [
    ("k8s/deploy.yaml", DEPLOY, "CX001", 0),               # fails before: 1
    ("docker-compose.yml", COMPOSE_TAB, "CX001", 0),       # fails before: 1
    ("api/openapi.yaml", OPENAPI, "CX002", 0),
    ("marketing/cx/personas/dan.yaml", PERSONA_TAB, "CX001", 1),
    ("marketing/cx/personas/dan.yaml", PERSONA_TAB_NO_KIND, "CX001", 1),  # cxkit's keys: a persona
    ("marketing/cx/personas/pusty.yaml", "# do uzupełnienia\n", "CX001", 1),
])
def test_a_named_file_is_counted_as_its_text_says_s40(tmp_path, monkeypatch, name, text, rule, counted):
    enter_workspace(tmp_path, monkeypatch, today="2026-12-07", files={name: text})
    result = run_cli("lint", "--no-cache", name)
    assert result.exit_code == 1, result.stdout + result.stderr
    assert f" {rule} " in result.stdout
    noun = "document" if counted == 1 else "documents"
    assert result.stdout.endswith(f"in 1 file; {counted} {noun} checked.\n"), result.stdout


def test_the_counts_add_up_when_several_are_named_in_a_polish_workspace_s40(tmp_path, monkeypatch):
    enter_workspace(tmp_path, monkeypatch, config='lang = "pl"\n', today="2026-12-07",
                    files={"k8s/deploy.yaml": DEPLOY, "api/openapi.yaml": OPENAPI,
                           "personas/dan.yaml": PERSONA_TAB})
    result = run_cli("lint", "--no-cache", "k8s/deploy.yaml", "api/openapi.yaml", "personas/dan.yaml")
    assert result.stdout.endswith("Znaleziono 3 problemy (3 błędy) w 3 plikach; sprawdzono 1 dokument.\n"), result.stdout
