"""`CXKIT_REGENERATE_SCHEMA=1 pytest tests/test_schema.py` rewrites the committed schema copies safely
under pytest-xdist: every worker reads the copies while it collects test_schema.py, so a copy is
replaced in one rename (a reader sees the old text or the new, never half of it) and left alone when
it is up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

import test_schema


@pytest.fixture
def copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(test_schema, "SCHEMA_DIR", tmp_path / "schema")
    monkeypatch.setattr(test_schema, "ROOT", tmp_path)
    monkeypatch.setenv("CXKIT_REGENERATE_SCHEMA", "1")
    return tmp_path / "schema"


def test_an_out_of_date_copy_is_replaced_whole_while_a_reader_holds_the_old_one(copies: Path):
    copies.mkdir()
    old = '{"title": "cxkit persona", "stary": true}\n'
    (copies / "persona.json").write_text(old, encoding="utf-8")
    with (copies / "persona.json").open(encoding="utf-8") as reader:  # another worker, collecting
        test_schema.test_committed_copy_equals_the_command_output("persona.json")
        assert reader.read() == old  # written in place, it would read the new text or a part of it
    assert (copies / "persona.json").read_text(encoding="utf-8") == test_schema.schema_output("persona")
    assert [p.name for p in copies.iterdir()] == ["persona.json"]  # no temporary file left


def test_an_up_to_date_copy_is_not_written_again(copies: Path):
    copies.mkdir()
    (copies / "journey.json").write_text(test_schema.schema_output("journey"), encoding="utf-8")
    before = (copies / "journey.json").stat()
    test_schema.test_committed_copy_equals_the_command_output("journey.json")
    after = (copies / "journey.json").stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_missing_copy_is_written(copies: Path):
    test_schema.test_committed_copy_equals_the_command_output("cxkit.json")
    assert (copies / "cxkit.json").read_text(encoding="utf-8") == test_schema.schema_output()
