"""Start-up stays light: `--version` and `--help` load no lint, render, diff or model machinery.

Each case runs cxkit in a fresh interpreter and inspects `sys.modules` after the
command finished, so an import added at the top of a command module shows up
here, not only as a slower benchmark.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys

import pytest

PROBE = """
import json, sys
sys.argv = ["cxkit", *sys.argv[1:]]
from cxkit.cli import main
try:
    main()
    code = 0
except SystemExit as exc:
    code = exc.code
sys.stderr.write("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules), "package": sys.modules["cxkit"].__path__[0]}))
"""

#: What defining the commands needs: the CLI itself and the modules that declare command signatures.
LIGHT_CXKIT_MODULES = {
    "cxkit",
    "cxkit.cli",
    "cxkit.cliutil",
    "cxkit.commands_scaffold",
    "cxkit.diff",
    "cxkit.diff.command",
    "cxkit.helpformat",  # --help's layout: textwrap and shutil, nothing heavy
    "cxkit.render",
    "cxkit.render.command",
}
#: Third-party packages only a real run needs (typer loads pydantic only to coerce option values).
HEAVY_PACKAGES = ("pydantic", "pydantic_core", "ruamel", "annotated_types", "yaml")


def run_cxkit(*args: str) -> tuple[int, str, set[str]]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CXKIT_DEBUG")}
    env.update(NO_COLOR="1", COLUMNS="100")
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=60)
    report = json.loads(proc.stderr.rsplit("\n", 1)[-1])
    return report["code"], proc.stdout, set(report["modules"])


def source_digest(package: str) -> str:
    """A hash of the files of cxkit's own source, which the lint cache's keys cover."""
    h = hashlib.blake2b(digest_size=16)
    for where, _dirs, names in sorted(os.walk(package)):
        for name in sorted(names):
            if name.endswith((".py", ".yaml")):
                path = os.path.join(where, name)
                with open(path, "rb") as fh:
                    h.update(f"{os.path.relpath(path, package)}\0".encode("utf-8", "surrogatepass") + fh.read())
    return h.hexdigest()


def warm_runs(cwd, args: tuple[str, ...], times: int, env: dict[str, str]) -> list[tuple[str, str, dict]]:
    """`cxkit ARGS` run ``times`` times in ``cwd``, each in a fresh interpreter (PROBE), after removing the
    workspace's cache: (stdout, what it said on stderr, PROBE's report) of each.  cxkit's own source is in
    every cache key: edited during the runs (an editable install someone is working on), the cache rightly
    checks the files again, and the runs are made again (up to five times)."""
    package = os.path.dirname(importlib.util.find_spec("cxkit").origin)
    for _attempt in range(5):
        source, reports = source_digest(package), []
        shutil.rmtree(os.path.join(cwd, ".cxkit_cache"), ignore_errors=True)
        for _ in range(times):
            proc = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=cwd, capture_output=True, text=True,
                                  env=env, timeout=60)
            said, report = proc.stderr.rsplit("\n", 1)
            reports.append((proc.stdout, said, json.loads(report)))
        if source_digest(package) == source:
            break
    return reports


def heavy(modules: set[str]) -> list[str]:
    cxkit = {m for m in modules if m == "cxkit" or m.startswith("cxkit.")}
    third = {m.split(".", 1)[0] for m in modules} & set(HEAVY_PACKAGES)
    return sorted((cxkit - LIGHT_CXKIT_MODULES) | third)


def coerced_as_typer_does(command_name: str, cases: dict[str, list]) -> int:
    """Convert each value of ``cases`` (option name: values) with the light coercion `cxkit COMMAND_NAME`
    installs and with the pydantic validator typer itself builds: the same value of the same type, or the
    same error, from each (skips where typer has no `typer._coercion`). Returns how many values it compared."""
    coercion = pytest.importorskip("typer._coercion")
    import typer
    from typer.main import get_command

    from cxkit.cli import LightCommand, app

    command = get_command(app).commands[command_name]
    assert isinstance(command, LightCommand)
    ctx = typer.Context(command)
    command.parse_args(ctx, [])  # installs the light coercion
    params = {p.name: p for p in command.params}
    checked = 0
    for name, values in cases.items():
        param = params[name]
        light = param.get_runtime_param()
        typers = coercion.build_runtime_param(param.type_descriptor)
        assert type(light) is not type(typers)
        for value in values:
            outcomes = []
            for runtime in (light, typers):
                try:
                    outcomes.append(("ok", runtime.coerce(value, param=param, ctx=ctx)))
                except typer.BadParameter as exc:
                    outcomes.append(("error", exc.format_message()))
            assert outcomes[0] == outcomes[1], (name, value)
            assert type(outcomes[0][1]) is type(outcomes[1][1]), (name, value)
            checked += 1
    return checked


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (("--version",), "cxkit "),
        (("-V",), "cxkit "),
        (("--help",), "Personas, negative personas and customer journey maps"),
        (("lint", "--help"), "Check personas, negative personas and journeys"),
        (("lint", "-h"), "Check personas, negative personas and journeys"),
        (("render", "--help"), "Usage: cxkit render"),
        (("diff", "--help"), "Usage: cxkit diff"),
        (("review", "--help"), "Usage: cxkit review"),
        (("cache", "clear", "--help"), "Delete the lint cache of this workspace."),
        (("new", "--help"), "Usage: cxkit new"),
    ],
)
def test_version_and_help_load_no_heavy_modules(args: tuple[str, ...], shown: str) -> None:
    code, out, modules = run_cxkit(*args)
    assert code in (0, None) and shown in out, out
    assert heavy(modules) == [], f"cxkit {' '.join(args)} imported {heavy(modules)}"


def test_lint_help_lists_every_option_with_its_description() -> None:
    code, out, _ = run_cxkit("lint", "--help")
    assert code in (0, None)
    flat = " ".join(out.split())  # descriptions wrap at the terminal width
    for option, description in [
        ("-f, --format", "Output format [default: text; github when GITHUB_ACTIONS=true]."),
        ("--select RULES", "Only these rules (names, codes or code prefixes; comma-separated)."),
        ("--ignore RULES", "Skip these rules; wins over the config's enabled = true"),
        ("--extend-select RULES", "Add rules to the selection; a rule named by its whole name or code runs"),
        ("--fail-level", "Lowest severity that fails the run [default: fail-level in the config, else warning]."),
        ("--exit-zero", "Exit 0 even when findings reach the fail level."),
        ("--config FILE", "Use this config file instead of discovery."),
        ("--statistics", "Print the number of findings per rule instead of the findings"),
        ("-j, --jobs N", "Worker processes [default (and 0): every core, or as many as a CPU quota (a container's, a CI runner's) allows; a larger N is taken as 4× that]."),
        ("--no-cache", "Neither read nor write the lint cache."),
        ("-o, --output-file FILE", "Write the report (any --format) to FILE, atomically, instead of stdout"),
        ("-q, --quiet", "Text, and --statistics: print the findings (or rows) only, without the summary line"),
        ("--stdin-filename PATH", "With `-` (or no PATHS): the path of the document read from stdin"),
        ("-h, --help", "Show this message and exit."),
    ]:
        assert option in out and description in flat, option
    assert "PATHS" in out and "Files or folders (default: configured paths, else .)." in flat
    assert "[default: False]" not in out  # an absent help flag is not advertised as a default


def test_root_help_lists_the_commands_and_the_version_flag() -> None:
    code, out, _ = run_cxkit("-h")
    assert code in (0, None)
    for command in ("lint", "cache", "rules", "rule", "schema", "diff", "review", "render", "new", "init", "fmt"):
        assert any(line.split()[:1] == [command] for line in out.splitlines()), command
    assert "-V, --version" in out and "Show the version and exit." in out


def test_options_are_still_checked_when_a_command_runs(tmp_path) -> None:
    # The help flags read False when absent; real values still go through typer's checks.
    persona = tmp_path / "ola.yaml"
    persona.write_text("kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\n", encoding="utf-8")
    code, _, _ = run_cxkit("lint", "--jobs", "-1", str(persona))
    assert code == 2
    code, _, _ = run_cxkit("lint", "--format", "yaml", str(persona))
    assert code == 2
    code, out, _ = run_cxkit("lint", "--no-cache", "--format", "json", "--select", "yaml-syntax", str(persona))
    assert code == 0 and json.loads(out) == []


def test_commands_reach_typer_with_evaluated_annotations() -> None:
    # typer evaluates string annotations four times per command on every run; guarded() does it once.
    from cxkit.cli import app

    def callbacks(typer_app):
        if typer_app.registered_callback is not None:
            yield "(callback)", typer_app.registered_callback.callback
        for info in typer_app.registered_commands:
            yield info.name or info.callback.__name__, info.callback
        for group in typer_app.registered_groups:
            yield from callbacks(group.typer_instance)

    found = dict(callbacks(app))
    assert {"lint", "diff", "render", "new", "fmt", "clear"} <= set(found)
    postponed = {name: [a for a in f.__annotations__.values() if isinstance(a, str)] for name, f in found.items()}
    assert {name: strs for name, strs in postponed.items() if strs} == {}


def test_a_lint_run_builds_no_pydantic_validator_for_its_options(tmp_path) -> None:
    # typer builds a pydantic validator per option on first use; lint's plain values need none.
    (tmp_path / "cxkit.toml").write_text('fail-level = "error"\n', encoding="utf-8")
    persona = tmp_path / "ola.yaml"
    persona.write_text("kind: persona\nid: ola-biegaczka\nname: Ola Nowak\nlang: pl\n", encoding="utf-8")
    for args in (
        (str(persona),),
        ("--format", "json", "--select", "schema,CX1", "--ignore", "demographics-only", "--extend-select", "placeholder",
         "--fail-level", "warning", "--jobs", "2", "--config", str(tmp_path / "cxkit.toml"), "--no-cache", str(persona)),
    ):
        code, _, modules = run_cxkit("lint", *args)
        assert code in (0, 1)
        assert "typer._adapters" not in modules, args


def _lint_param_cases():
    return {
        "paths": [("personas", "journeys/ola.yaml"), (), ("zażółć.yaml",), ("a\udcffb.yaml",)],
        "output_format": ["json", "text", "sarif", "github", "JSON", "yaml", ""],
        "select": [("schema,CX1",), ("placeholder", "demographics-only")],
        "fail_level": ["error", "never", "Error", "bad"],
        "config_path": ["cxkit.toml", "", "./nie/ma/", "pyproject.toml"],
        "jobs": ["1", "4", "04", "0", "-1", "+3", "2.0", "٣", " 2", "abc", "1" * 30],
        "exit_zero": [True, False],
    }


def test_lint_options_convert_exactly_as_typers_own_validator(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    checked = coerced_as_typer_does("lint", _lint_param_cases())
    assert checked == sum(map(len, _lint_param_cases().values()))


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_a_warm_lint_of_an_unchanged_workspace_loads_no_heavy_modules(tmp_path, fmt) -> None:
    # No config file, so not even the settings schema: the answer comes from the cache and the stat of each file.
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(
        "kind: persona\nid: ola-biegaczka\nname: Ola Nowak\nlang: pl\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CXKIT_DEBUG", "CXKIT_CACHE_DIR")}
    env.update(NO_COLOR="1", CXKIT_TODAY="2026-11-23", CXKIT_SETTLE_SECONDS="0")  # trust the times of a file just written
    package = os.path.dirname(importlib.util.find_spec("cxkit").origin)
    # lints, then renders from the cached findings, then reprints the stored output
    reports = [(out, report) for out, _said, report in warm_runs(tmp_path, ("lint", "--format", fmt), 3, env)]
    assert {r[1]["package"] for r in reports} == {package}  # the source compared is the one the runs imported
    assert reports[0][0] == reports[1][0] == reports[2][0] and reports[2][1]["code"] == 1
    loaded = set(reports[2][1]["modules"])
    # cxkit.confignotes: a cached run also says which config patterns are in the wrong case and which files
    # look meant as a config (plain regular expressions over the names the scan met). cxkit.lint.plugins: the
    # installed rule plugins' names and versions are in the key (read from their metadata, never imported).
    expected = ["cxkit.clock", "cxkit.config", "cxkit.confignotes", "cxkit.discovery", "cxkit.gitutil", "cxkit.globs",
                "cxkit.limits", "cxkit.lint", "cxkit.lint.cache", "cxkit.lint.plugins", "cxkit.visible"]
    if fmt == "text":  # to ask whether stdout takes plain text, and whether it is a terminal (the tally)
        expected += ["cxkit.colour", "cxkit.lint.formats", "cxkit.lint.formats.text"]
    if fmt in ("sarif", "github"):  # to name the repository's top, which their stored output depends on
        expected += ["cxkit.lint.formats", "cxkit.lint.formats.paths"]
    assert heavy(loaded) == sorted(expected)
    assert not {"rich", "cxkit.lint.finding", "cxkit.lint.rule"} & loaded
