"""Review of session 30's editor set-up and family words (session 30).

- VS Code's YAML extension matches a `yaml.schemas` glob against a document's path, in which no "./"
  stands: a configured `persona-dir = "./personas"` gave `./personas/**/*.yaml`, which matches no
  document, and `persona-dir = "."` gave `./**/*.yaml`.
- lint's note on an old schema gave a command to copy; a workspace folder with a space in its name
  ("zespół sprzedaży") made it two words to the shell.
- "laws" was taken as a family word (for "in-laws"), so "follows consumer laws" rescued a generic trait.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.vague import matcher


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


def _config(folder: Path, persona_dir: str, journey_dir: str = "journeys") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "cxkit.toml").write_text(
        f'paths = ["."]\nlang = "pl"\npersona-dir = "{persona_dir}"\njourney-dir = "{journey_dir}"\n', encoding="utf-8")


def _globs(folder: Path) -> list[str]:
    settings = json.loads((folder / ".vscode/settings.json").read_text(encoding="utf-8"))
    return settings["yaml.schemas"]["schema/cxkit.json"]


@pytest.mark.parametrize("persona_dir", ["./persony", "persony/", "./persony/"])
def test_a_folder_written_with_dot_slash_is_mapped_as_vs_code_matches_it(here: Path, persona_dir: str):
    """Fails before: `./persony/**/*.yaml` and `./podroze/**/*.yaml` match no document."""
    _config(here, persona_dir, "./podroze")
    result = _run("init", "--no-examples", "--editor", "vscode")
    assert result.exit_code == 0, result.output
    assert _globs(here) == ["persony/**/*.yaml", "persony/**/*.yml", "podroze/**/*.yaml", "podroze/**/*.yml"]


def test_documents_at_the_workspace_top_are_mapped_without_the_files_init_writes_beside_them(here: Path):
    """Fails before: `./**/*.yaml` matched nothing.  The YAML files init writes for pre-commit and GitHub
    are left out after the rest (the last glob that matches a file decides)."""
    _config(here, ".")
    assert _run("init", "--no-examples", "--editor", "vscode").exit_code == 0
    assert _globs(here) == ["*.yaml", "*.yml", "journeys/**/*.yaml", "journeys/**/*.yml",
                            "!.github/**", "!.pre-commit-config.yaml"]


def test_the_stale_schema_note_gives_a_command_the_shell_reads_as_one_path(here: Path):
    """Fails before: `cxkit schema -o zespół sprzedaży/schema/cxkit.json`, two words to the shell."""
    team = here / "zespół sprzedaży"
    team.mkdir()
    assert _run("init", "--lang", "pl", "--no-examples", "--editor", "vscode", str(team)).exit_code == 0
    old = json.loads((team / "schema/cxkit.json").read_text(encoding="utf-8"))
    old.pop("$comment", None)
    old["description"] = "written by an older cxkit"
    from cxkit.scaffold.editor import marked

    (team / "schema/cxkit.json").write_text(marked(json.dumps(old)), encoding="utf-8")  # as that cxkit wrote it
    stderr = _run("lint", "--no-cache", "zespół sprzedaży").stderr  # no documents yet: a warning, then the note
    note = next(line for line in stderr.splitlines() if "cxkit.json" in line)
    assert note.startswith("cxkit: note: zespół sprzedaży/schema/cxkit.json is not the schema of this cxkit"), note
    # (a Polish workspace's schema is written again in Polish)
    assert "`cxkit schema --lang pl -o 'zespół sprzedaży/schema/cxkit.json'` writes it again" in note
    written = _run("schema", "--lang", "pl", "-o", "zespół sprzedaży/schema/cxkit.json")  # as the shell splits it
    assert written.exit_code == 0
    assert "schema" not in _run("lint", "--no-cache", "zespół sprzedaży").stderr


@pytest.mark.parametrize("trait", [
    "Cares about her skin, follows consumer laws",
    "Cares about her skin, follows the laws",
])
def test_laws_alone_say_not_whose_the_trait_is(trait: str):
    """Fails before: "laws" (kept for "in-laws") rescued the generic trait."""
    assert matcher().analyse(trait).vague


@pytest.mark.parametrize("trait", [
    "Cares about her skin, buys cosmetics for the in-laws",
    "Cares about her skin, buys cosmetics for her in-laws",
    "Cares about her skin, buys cosmetics for her spouse",
])
def test_in_laws_still_say_whose_the_trait_is(trait: str):
    """Guards."""
    assert not matcher().analyse(trait).vague


def test_lint_reports_the_trait_about_laws(here: Path):
    """Fails before: nothing was reported on the line about laws."""
    (here / "personas").mkdir()
    (here / "personas" / "ann.yaml").write_text(textwrap.dedent("""\
        kind: persona
        id: ann
        name: Ann Lee
        lang: en
        behaviours:
          - Cares about her skin, follows consumer laws
          - Cares about her skin, buys cosmetics for her in-laws
          - Orders coffee from a Leeds roastery twice a month
        """), encoding="utf-8")
    result = _run("lint", "--no-cache", "--format", "json", "--select", "pseudo-profiling", "personas")
    lines = [f["line"] for f in json.loads(result.stdout)]
    assert lines == [6], result.stdout


_PROBE = """
import json, sys
sys.argv = ["cxkit", *sys.argv[1:]]
from cxkit.cli import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\n" + json.dumps(sorted(sys.modules)))
"""


def test_a_warm_lint_of_a_workspace_with_a_config_writes_nothing_and_loads_no_file_writer(tmp_path: Path):
    """Fails before: asking whether schema/cxkit.json is stale imported the module that writes it, and with
    it cxkit.fsutil, tempfile and random, on every run of a workspace with a config (a few ms of a
    pre-commit hook's run)."""
    import os
    import subprocess
    import sys

    _config(tmp_path, "personas")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(
        "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\nlang: pl\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CXKIT_DEBUG", "CXKIT_CACHE_DIR")}
    env.update(NO_COLOR="1", CXKIT_TODAY="2026-11-23", CXKIT_SETTLE_SECONDS="0")
    for _ in range(3):  # lints, then renders from the cached findings (storing the output), then reprints it
        proc = subprocess.run([sys.executable, "-c", _PROBE, "lint"], cwd=tmp_path, capture_output=True, text=True,
                              env=env, timeout=60)
    loaded = set(json.loads(proc.stderr.rsplit("\n", 1)[-1]))
    assert "cxkit.lint.cache" in loaded and "cxkit.model" not in loaded  # the cache answered
    assert not {"cxkit.fsutil", "tempfile", "random"} & loaded, sorted({"cxkit.fsutil", "tempfile", "random"} & loaded)


def test_schema_o_dash_is_standard_output(here: Path):
    """Fails before: `cxkit schema -o -` wrote a file named "-"; lint and render read "-" as stdout."""
    result = _run("schema", "-o", "-")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json.loads(_run("schema").stdout)
    assert not (here / "-").exists()


def test_a_range_in_a_lower_case_pattern_is_still_tried_in_a_lower_case_workspace(here: Path):
    """Fails before: `[#-a]` runs over `A`-`Z`, so it matches `szkicE` ignoring case but not `szkice` as
    written; the pattern looked lower-case, so a workspace of lower-case names never tried it."""
    (here / "cxkit.toml").write_text('lang = "pl"\nexclude = ["persony/szkic[#-a]/**"]\n', encoding="utf-8")
    (here / "persony" / "szkice").mkdir(parents=True)
    (here / "persony" / "szkice" / "ewa.yaml").write_text(
        "kind: persona\nid: ewa\nname: Ewa Florystka\nlang: pl\n", encoding="utf-8")
    result = _run("lint", "--no-cache", "--exit-zero", "-f", "json", "-j", "1")
    notes = [line for line in result.stderr.splitlines() if line.startswith("cxkit: uwaga:")]  # Polish (s38)
    assert len(notes) == 1 and "wzorzec „persony/szkic[#-a]/**” w kluczu exclude nie pasuje do żadnego" in notes[0], \
        result.stderr


def test_settings_saved_with_a_byte_order_mark_get_the_key_and_keep_the_mark(here: Path):
    """Fails before: a settings file Notepad saved (a BOM, CRLF) was said to hold comments and was printed."""
    (here / ".vscode").mkdir()
    before = '\ufeff{\r\n    "editor.tabSize": 2\r\n}\r\n'
    (here / ".vscode/settings.json").write_bytes(before.encode("utf-8"))
    result = _run("init", "--lang", "pl", "--no-examples", "--editor", "vscode")
    assert "updated  .vscode/settings.json" in result.stdout, result.stdout
    after = (here / ".vscode/settings.json").read_bytes().decode("utf-8")
    assert after.startswith('\ufeff{\r\n    "editor.tabSize": 2,\r\n    "yaml.schemas": {\r\n') and after.endswith("}\r\n")
    assert "\n" not in after.replace("\r\n", "")
    assert json.loads(after[1:])["yaml.schemas"]["schema/cxkit.json"][0] == "personas/**/*.yaml"


def test_settings_with_mixed_line_endings_are_never_rewritten(here: Path):
    """Fails before: every line ending became CRLF, and init said nothing else had changed."""
    (here / ".vscode").mkdir()
    before = b'{\r\n    "editor.tabSize": 2,\n    "files.eol": "auto"\r\n}\r\n'
    (here / ".vscode/settings.json").write_bytes(before)
    result = _run("init", "--lang", "pl", "--no-examples", "--editor", "vscode")
    assert "printed  .vscode/settings.json (mixes line endings" in result.stdout, result.stdout
    assert (here / ".vscode/settings.json").read_bytes() == before
