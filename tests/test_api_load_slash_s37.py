"""`cxkit.api.load("personas/ola.yaml/")`: a file named with a slash after it is read as `cxkit lint` reads it.

Before: "personas/ola.yaml/: no such file or directory; did you mean personas/ola.yaml/?", a "did you mean"
that names the very path given, while `cxkit lint personas/ola.yaml/` lints the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from api_helpers import OLA, ws  # noqa: F401  (the fixture)
from cxkit import api
from cxkit.cli import app


def test_load_reads_a_file_named_with_a_slash_after_it_as_lint_does_s37(ws: Path) -> None:
    (ws / "personas" / "ola.yaml").write_text(OLA + "demographics:\n  age: 30-40 lat\n", encoding="utf-8")
    said = CliRunner().invoke(app, ["lint", "--select", "schema", "personas/ola.yaml/"])
    assert said.exit_code == 1 and "personas/ola.yaml/:" in said.stdout
    doc, plain = api.load("personas/ola.yaml/"), api.load("personas/ola.yaml")
    assert doc.path == "personas/ola.yaml/" and doc.data == plain.data and doc.kind == "persona" and not doc.ok
    assert [str(p) for p in doc.problems] == [line for line in said.stdout.splitlines() if line.startswith("personas/")]
    assert [p.code for p in doc.problems] == ["CX002"] and doc.position("demographics", "age") == plain.position(
        "demographics", "age")


@pytest.mark.parametrize("path, said", [
    ("personas/", "personas/: is a folder; load reads one document"),
    ("persona/ola.yaml/", "persona/ola.yaml/: no such file or directory; did you mean personas/ola.yaml/?"),
])
def test_a_folder_and_a_misspelt_path_with_a_slash_are_still_refused_s37(ws: Path, path: str, said: str) -> None:
    """Guard: only a file there is read; a folder, or a path with no file, is told as before."""
    with pytest.raises(api.CxkitError) as caught:
        api.load(path)
    assert str(caught.value).startswith(said)
