"""A rule `select` names that no rule is, and a folder as `config`: `cxkit.api` says what `--select` and
`--config` say, naming its argument (docs/python-api.md: "with the same message, naming the argument where the
command names its option"), and tells a path that names nothing before the rule, as the command does.

Before: "unknown rule 'unowned'; …" without `select:` (the engine's words, not the option's),
`lint("brak", select="CX999")` told the rule where `cxkit lint brak --select CX999` tells the path, and
`config="personas"` said "--config takes …"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api_helpers import OLA, ws  # noqa: F401  (the fixture)
from cxkit import api
from cxkit.cli import app


def _cli_error(*args: str, input: str | None = None) -> str:
    result = CliRunner().invoke(app, list(args), input=input)
    assert result.exit_code == 2, result.output
    return result.stderr.strip().removeprefix("cxkit: ")


@pytest.mark.parametrize("select, said, said_pl", [
    ("unowned", "--select: unknown rule 'unowned'; did you mean 'unowned-opportunity'?",
     "--select: nieznana reguła „unowned”; czy chodziło o „unowned-opportunity”?"),
    ("CX9", "--select: unknown rule 'CX9'; did you mean 'CX409'?", "--select: nieznana reguła „CX9”; czy chodziło o „CX409”?"),
    # A kebab-case name no rule of cxkit's is near: the hint says a rule plugin may be missing (s40).
    ("schema,brak-zasady", "--select: unknown rule 'brak-zasady'; no rule of cxkit's has that name: if a rule plugin "
     f"provides it, the plugin is not installed in the Python that runs cxkit ({sys.executable}); install it there "
     "(docs/plugins.md) or take the name out, and the other rules run; `cxkit rules` lists the rules installed",
     "--select: nieznana reguła „brak-zasady”; cxkit nie ma reguły o tej nazwie: jeśli pochodzi ona z wtyczki reguł, ta "
     f"wtyczka nie jest zainstalowana w Pythonie, w którym działa cxkit ({sys.executable}); zainstaluj ją tam "
     "(docs/plugins.md) albo usuń tę nazwę, a pozostałe reguły zadziałają; listę zainstalowanych reguł podaje `cxkit rules`"),
])
def test_an_unknown_rule_is_told_in_select_s_words_s37(ws: Path, select: str, said: str, said_pl: str) -> None:
    # The command speaks the workspace's language (`lang = "pl"`, s38); the API's errors are English.
    assert _cli_error("lint", "--select", select, "personas") == said_pl
    assert _cli_error("lint", "-", "--stdin-filename", "personas/ola.yaml", "--select", select, input=OLA) == said_pl
    for call in (lambda: api.lint("personas", select=select), lambda: api.lint(["personas"], select=select.split(",")),
                 lambda: api.lint_text(OLA, "personas/ola.yaml", select=select), lambda: api.lint_text(OLA, select=select),
                 lambda: api.lint("personas", select=select, baseline="brak.json")):
        with pytest.raises(api.CxkitError) as caught:
            call()
        assert str(caught.value) == said.replace("--select", "select", 1)


def test_a_path_that_names_nothing_is_told_before_an_unknown_rule_s37(ws: Path) -> None:
    # The command speaks the workspace's language (`lang = "pl"`, s39 for a path); the API's errors are English.
    said = _cli_error("lint", "--select", "CX999", "personas", "persona/ola.yaml")
    assert said == "persona/ola.yaml: nie ma takiego pliku ani folderu; czy chodziło o personas/ola.yaml?"
    with pytest.raises(api.CxkitError) as caught:
        api.lint(["personas", "persona/ola.yaml"], select="CX999")
    assert str(caught.value) == "persona/ola.yaml: no such file or directory; did you mean personas/ola.yaml?"


def test_known_rules_and_prefixes_are_taken_s37(ws: Path) -> None:
    """Guard: a name in any case, a code prefix and ALL are rules, as for --select."""
    (ws / "personas" / "ola.yaml").write_text(OLA + "pain_ponts:\n  - Za drogie buty\n", encoding="utf-8")
    assert {f.code for f in api.lint("personas", select="SCHEMA")} == {"CX002"}
    assert {f.code for f in api.lint("personas", select=["CX3"])} >= {"CX301"}
    assert {f.code for f in api.lint("personas", select="ALL")} >= {"CX002", "CX301"}


@pytest.mark.parametrize("folder", ["personas", "personas/", "."])
def test_a_folder_as_config_is_told_in_config_s_words_s37(ws: Path, folder: str) -> None:
    """Before: "personas: not a file; --config takes …", the option's name for the argument's."""
    said = _cli_error("lint", "--config", folder, "personas")
    for call in (lambda: api.lint("personas", config=folder), lambda: api.lint_text(OLA, config=folder),
                 lambda: api.load("personas/ola.yaml", config=Path(folder))):
        with pytest.raises(api.CxkitError) as caught:
            call()
        assert str(caught.value) == said.replace("--config", "config")
