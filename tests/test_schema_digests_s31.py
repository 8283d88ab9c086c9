"""Every schema cxkit prints unmarked is one a later cxkit knows as cxkit's.

`cxkit schema` on stdout (`> schema/cxkit.json`, as docs/schema/cxkit.json is made) writes no mark.
A later `cxkit init` refreshes such a copy only when its digest is listed as an earlier cxkit's
(`_EARLIER` in cxkit/scaffold/editor.py); otherwise it reads as a copy the team edited, init leaves
it (`skipped … edited since cxkit wrote it`) and lint says nothing, so the editor checks documents
against the old schema for good.  The list was written as if the mark made it complete; it does not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.scaffold import editor

ADD = "the schema changed: add its digest {digest!r} to _EARLIER in src/cxkit/scaffold/editor.py"


def test_this_cxkits_schema_is_among_the_ones_a_later_cxkit_refreshes() -> None:
    """Fails on the first schema change that does not list the new digest (as when the list stopped at
    the schema before the last change)."""
    digest = editor._digest(json.loads(editor.schema_text()))
    assert digest in editor._EARLIER, ADD.format(digest=digest)


def test_an_unmarked_copy_printed_by_an_earlier_cxkit_is_refreshed(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """What the list is for: the schema printed today, after the schema has changed, is `updated`."""
    printed = editor.schema_text()  # `cxkit schema > schema/cxkit.json`, unmarked
    newer = json.loads(printed)
    newer["$defs"]["Nowe"] = {"type": "object"}  # a field a later cxkit knows
    monkeypatch.setattr(editor, "schema_text", lambda lang="en": json.dumps(newer, indent=2) + "\n")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema/cxkit.json").write_text(printed, encoding="utf-8")
    result = CliRunner().invoke(app, ["init", "--lang", "pl", "--no-examples"])
    assert "updated  schema/cxkit.json (written for this cxkit)" in result.stdout, result.stdout
    assert "Nowe" in (tmp_path / "schema/cxkit.json").read_text(encoding="utf-8")
