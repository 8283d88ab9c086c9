"""`cxkit init --editor vscode`: a folder named with glob characters is matched by its name.

VS Code's YAML extension (yaml-language-server 1.x) reads each glob of `yaml.schemas` with `[ ]` as
a class, `{ }` as a set, `*` and `?` as wildcards, a leading `!` as an exclusion, and a backslash
left as it is in the regular expression it builds; it matches the file's URI, in which `?` and `#`
are percent-encoded.  `badania [2024]/**/*.yaml` matched no file of `badania [2024]/`.

``vscode_matches`` below is a small reading of those rules (not the extension's code): enough to
show which names a glob takes.
"""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.scaffold.editor import schema_globs


def _glob_regex(glob: str) -> str:
    out, i, group = "", 0, False
    while i < len(glob):
        ch = glob[i]
        if ch == "*":
            run = len(glob[i:]) - len(glob[i:].lstrip("*"))
            before, after = glob[i - 1] if i else "/", glob[i + run] if i + run < len(glob) else "/"
            if run > 1 and before in "/{," and after in "/,}":
                if after == "/" and i + run < len(glob):
                    run += 1  # the "/" after "**" goes with it
                out += "((?:[^/]*(?:/|$))*)"
            else:
                out += "([^/]*)"
            i += run
            continue
        if ch in "/$^+.()=!|":
            out += "\\" + ch
        elif ch == "?":
            out += "."
        elif ch in "[]":
            out += ch
        elif ch == "{":
            out, group = out + "(", True
        elif ch == "}":
            out, group = out + ")", False
        elif ch == ",":
            out += "|" if group else "\\,"
        else:
            out += ch  # a backslash too: it escapes what follows in the regular expression
        i += 1
    return "^" + out + "$"


def vscode_matches(globs: list[str], path: str) -> bool:
    """Whether the last of ``globs`` that matches the workspace-relative ``path`` includes it."""
    uri = "file:///home/ania/repo/" + path.replace("#", "%23").replace("?", "%3F")
    match = False
    for glob in globs:
        include = not glob.startswith("!")
        glob = glob if include else glob[1:]
        glob = glob[1:] if glob.startswith("/") else glob
        for pattern in (glob, "**/" + glob):
            try:
                if re.search(_glob_regex(pattern), uri):
                    match = include
            except re.error:
                pass
    return match


def test_a_folder_with_brackets_and_braces_is_matched_by_its_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('persona-dir = "badania [2024]/{pl}"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["init", "--editor", "vscode"])
    assert result.exit_code == 0, result.output
    settings = json.loads((tmp_path / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    globs = settings["yaml.schemas"]["schema/cxkit.json"]
    assert vscode_matches(globs, "badania [2024]/{pl}/anna-kowalska.yaml")
    assert vscode_matches(globs, "badania [2024]/{pl}/2024/jan.yml")
    assert not vscode_matches(globs, "badania 2/pl/anna-kowalska.yaml")  # what the class and the set took
    assert vscode_matches(globs, "journeys/zakup.yaml")


def test_every_glob_character_in_a_name(tmp_path):
    names = ["wywiady*", "co?", "klient #3", "!ważne", "a,b", "zespół {A,B}", "[x-z]"]
    for name in names:
        globs = schema_globs([name])
        assert vscode_matches(globs, f"{name}/persona.yaml"), (name, globs)
        assert not vscode_matches(globs, f"{name}x/persona.yaml"), (name, globs)
    assert not vscode_matches(schema_globs(["wywiady*"]), "wywiady-2024/persona.yaml")
    assert not vscode_matches(schema_globs(["co?"]), "cox/persona.yaml")


def test_the_repository_folder_in_front_is_escaped_too():
    globs = schema_globs([".", "persony"], under="zespół [B2B]")
    assert vscode_matches(globs, "zespół [B2B]/persony/anna.yaml")
    assert vscode_matches(globs, "zespół [B2B]/anna.yaml")
    assert not vscode_matches(globs, "zespół [B2B]/.pre-commit-config.yaml")
    assert not vscode_matches(globs, "zespół B/anna.yaml")


def test_plain_names_are_written_as_before():
    assert schema_globs(["personas", "./journeys"]) == [
        "personas/**/*.yaml", "personas/**/*.yml", "journeys/**/*.yaml", "journeys/**/*.yml",
    ]
    assert vscode_matches(schema_globs(["personas"]), "personas/a.yaml")
