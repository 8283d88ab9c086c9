"""What a process pays to start: `lint -f json` and the document models load no more than they use.

- A finding's place in a machine format (``document``, ``data_path``) is named as `cxkit review`
  names it, but the diff package (its matching, git, the review's formats) is needed only to walk a
  document with YAML anchors; a document without them is placed with :mod:`cxkit.docpath` alone.
- A list field's default is made by a Python function, not by ``list``: pydantic asks a default
  factory for its signature, and a builtin's is read by tokenizing its text, which compiles
  tokenize's large regular expression in every process that imports the models.

Each process check runs in a fresh interpreter: what a module imports, or compiles when it is
imported, shows only there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from typer.testing import CliRunner

from cxkit.cli import app
from test_startup import PROBE  # cxkit's command line in a fresh interpreter: its exit code and sys.modules

OLA = textwrap.dedent("""\
    kind: persona
    id: ola-biegaczka
    name: Ola Nowak
    lang: pl
    reviewed: 2026-11-02
    demographics:
      age: 34
      location: Poznań, Jeżyce
    goals:
      - Przebiec półmaraton w Poznaniu poniżej 2 godzin w kwietniu 2027
      - Chce żyć zdrowo i być szczęśliwa
    pain_points:
      - Kupuje różne produkty wysokiej jakości
    """)
#: The same persona with an anchor: its pain point is the goal again, written as an alias.
OLA_ANCHORED = (OLA.replace("  - Chce żyć", "  - &cel Chce żyć")
                .replace("  - Kupuje różne produkty wysokiej jakości", "  - *cel"))

#: The CLI's own: it declares the diff and review commands (their options), nothing of their work.
CLI_DIFF_MODULES = {"cxkit.diff", "cxkit.diff.command"}


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CXKIT_DEBUG")}
    env.update(NO_COLOR="1", COLUMNS="100", CXKIT_TODAY="2026-11-23")
    return env


def _placed(output: str) -> list[tuple[str, int, str | None, str | None]]:
    return [(f["rule"], f["line"], f["document"], f["data_path"]) for f in json.loads(output)]


def test_json_lint_of_a_document_without_anchors_imports_no_diff_module(tmp_path) -> None:
    (tmp_path / "personas").mkdir()
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, "lint", "--no-cache", "-f", "json", "-", "--stdin-filename", "personas/ola.yaml"],
        input=OLA, capture_output=True, text=True, encoding="utf-8", env=_env(), cwd=tmp_path, timeout=60,
    )
    report = json.loads(proc.stderr.rsplit("\n", 1)[-1])
    assert report["code"] == 1, proc.stderr
    # The findings are placed (the work this test is about happened) ...
    assert ("pseudo-profiling", 11, "ola-biegaczka", "goals[1]") in _placed(proc.stdout)
    assert ("pseudo-profiling", 13, "ola-biegaczka", "pain_points[0]") in _placed(proc.stdout)
    # ... by the light module, without the diff package's matching, git or formats.
    loaded = {m for m in report["modules"] if m.startswith("cxkit.diff")}
    assert loaded == CLI_DIFF_MODULES
    assert "cxkit.docpath" in report["modules"]


def test_a_document_with_anchors_is_still_placed_as_review_places_it(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXKIT_TODAY", "2026-11-23")
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    runner = CliRunner()
    outputs = {}
    for name, text in (("ola.yaml", OLA), ("ola-kotwica.yaml", OLA_ANCHORED)):
        result = runner.invoke(app, ["lint", "--no-cache", "-f", "json", "-", "--stdin-filename", name], input=text)
        assert result.exit_code == 1, result.output
        outputs[name] = _placed(result.stdout)
    assert ("pseudo-profiling", 11, "ola-biegaczka", "goals[1]") in outputs["ola.yaml"]
    # The alias repeats the goal: its finding is reported once, at the anchored goal, named alike.
    assert ("pseudo-profiling", 11, "ola-biegaczka", "goals[1]") in outputs["ola-kotwica.yaml"]
    assert not [f for f in outputs["ola-kotwica.yaml"] if f[1] == 13]


MODEL_PROBE = """
import inspect, json, sys
asked = []
signature = inspect.signature
def spy(obj, *args, **kwargs):
    if obj in (list, dict, set, tuple):
        asked.append(obj.__name__)
    return signature(obj, *args, **kwargs)
inspect.signature = spy
from cxkit.model import JourneyMap, Persona
persona = Persona.model_validate({"kind": "persona", "id": "ola-biegaczka", "name": "Ola Nowak",
                                  "goals": [{"text": "Przebiec półmaraton poniżej 2 godzin"}]})
journey = JourneyMap.model_validate({"kind": "journey", "id": "ola-kupuje-buty", "name": "Ola kupuje buty",
                                     "persona": "ola-biegaczka", "stages": [{"id": "wybor", "name": "Wybór"}]})
tokenize = sys.modules.get("tokenize")
compiled = tokenize._compile.cache_info().currsize if tokenize is not None else 0
print(json.dumps({"asked": asked, "tokenize_compiled": compiled,
                  "defaults": [persona.needs, persona.goals[0].sources, journey.stages[0].touchpoints]}))
"""


def test_importing_and_using_the_models_asks_no_builtin_for_its_signature() -> None:
    proc = subprocess.run([sys.executable, "-c", MODEL_PROBE], capture_output=True, text=True, env=_env(), timeout=60)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["asked"] == []  # was ["list", "list", ...]: once for each list field of each model
    assert report["tokenize_compiled"] == 0  # tokenize's PseudoToken pattern, 2-11 ms
    assert report["defaults"] == [[], [], []]


def test_a_list_fields_default_is_a_new_empty_list_each_time() -> None:
    from cxkit.model import JourneyMap, Persona

    first = Persona.model_validate({"kind": "persona", "id": "ola-biegaczka", "name": "Ola Nowak"})
    second = Persona.model_validate({"kind": "persona", "id": "jan-kowalski", "name": "Jan Kowalski"})
    assert first.goals == second.goals == []
    first.goals.append("Przebiec półmaraton")
    assert second.goals == []
    journey = JourneyMap.model_validate({"kind": "journey", "id": "ola-kupuje-buty", "name": "Ola kupuje buty",
                                         "persona": "ola-biegaczka", "stages": [{"id": "wybor", "name": "Wybór"}]})
    assert journey.stages[0].opportunities == [] and journey.sources == []


def test_paths_are_named_by_one_item_class_and_one_id_pattern() -> None:
    from cxkit import docpath
    from cxkit.diff import match, model
    from cxkit.model import validate

    assert model.Item is docpath.Item and model.format_path is docpath.format_path
    assert match.refs is docpath.refs and match.id_text is docpath.id_text and match.Kept is docpath.Kept
    # Messages (validate) and change paths (diff, lint's data_path) quote the same ids.
    assert docpath.PLAIN_ID.pattern == validate.PLAIN_ID.pattern
    parts = ("stages", docpath.Item(1, "wybór-butów"), "touchpoints", docpath.Item(0, "1"), "opis sklepu")
    assert docpath.format_path(parts) == 'stages["wybór-butów"].touchpoints["1"]["opis sklepu"]'
