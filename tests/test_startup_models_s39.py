"""git's diff driver and config reading build no document models (issue #7, session 39).

git starts `cxkit diff --git-driver` once per changed file, and each call cost about a third of a second
of CPU, most of it start-up: `cxkit.workspace` imported the models (pydantic) at import time, though the
driver only reads YAML and compares it, and a config file whose settings went through the schema
imported every model with the type of `lang`.  The models are now imported where a document is validated
or its kind guessed.  Each case runs cxkit in a fresh interpreter and looks at `sys.modules` afterwards.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from test_startup import run_cxkit

#: What of cxkit.model a run that validates no document may import: the package (its kinds) and its plain part.
PLAIN_MODEL = {"cxkit.model", "cxkit.model.plain"}

EN_CONFIG = """lang = "en"
fail-level = "Warning"
exclude = ["drafts/**"]

[labels.en]
pain_points = "Frustrations"
"""

PRIYA = """kind: persona
id: priya-shah
name: Priya Shah
lang: en
demographics:
  age: 41
  location: Leeds, Headingley
goals:
  - Send every invoice from the van the day the job is done
pain_points:
  - Chasing three late payers every Friday evening
"""

PL_CONFIG = """lang = "pl"
fail-level = "error"

[labels.pl]
barriers = "Co go zatrzymuje"

[render]
csv-separator = ";"
"""

JOURNEY_PL = """kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
lang: pl
stages:
  - id: rozwazanie
    name: Rozważanie
    emotion: -1
    barriers:
      - Nie wie, czy rozmiar 39 z tabeli pasuje do jej stopy
  - id: zakup
    name: Zakup
    emotion: 1
"""


def _models(modules: set[str]) -> list[str]:
    """The model modules and pydantic packages a run imported beyond what reads no document."""
    return sorted(m for m in modules if (m.startswith("cxkit.model") and m not in PLAIN_MODEL)
                  or m.split(".", 1)[0] in ("pydantic", "pydantic_core", "annotated_types")
                  or m == "cxkit.lint.rule")


def _files(tmp_path: Path, config: str, old: str, new: str) -> tuple[str, str]:
    (tmp_path / "cxkit.toml").write_text(config, encoding="utf-8")
    (tmp_path / "old.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    return str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")


def test_the_diff_driver_builds_no_model_for_a_changed_persona_s39(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    old, new = _files(tmp_path, EN_CONFIG, PRIYA, PRIYA.replace("three late payers", "five late payers"))
    code, out, modules = run_cxkit("diff", "--git-driver", "personas/priya.yaml", old, "1" * 40, "100644",
                                   new, "2" * 40, "100644")
    assert code == 0
    # The team's label from the config, so the config was read, and its `fail-level = "Warning"` too.
    assert "~ Frustrations #1: Chasing [-three-]{+five+} late payers every Friday evening" in out, out
    assert _models(modules) == []


@pytest.mark.parametrize("fmt", ["json", "md"])
def test_the_diff_driver_builds_no_model_for_a_polish_journey_s39(tmp_path, monkeypatch, fmt) -> None:
    monkeypatch.chdir(tmp_path)
    old, new = _files(tmp_path, PL_CONFIG, JOURNEY_PL, JOURNEY_PL.replace("emotion: -1", "emotion: -2"))
    code, out, modules = run_cxkit("diff", "--git-driver", "-f", fmt, "journeys/ola.yaml", old, "1" * 40, "100644",
                                   new, "2" * 40, "100644")
    assert code == 0
    if fmt == "json":
        change, = json.loads(out)
        assert (change["op"], change["path"], change["old"], change["new"]) == ("changed", "stages[rozwazanie].emotion", -1, -2)
    else:
        assert "Emocje" in out and "-1" in out and "-2" in out, out  # the stage's emotion, headed in Polish
    assert _models(modules) == []


def test_the_diff_driver_builds_no_model_for_a_file_added_or_renamed_s39(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    old, new = _files(tmp_path, EN_CONFIG, PRIYA, PRIYA.replace("age: 41", "age: 42"))
    code, out, modules = run_cxkit("diff", "--git-driver", "personas/priya.yaml", "/dev/null", "0" * 40, ".",
                                   new, "2" * 40, "100644")
    assert code == 0 and "new file mode 100644" in out and 'new persona "Priya Shah"' in out, out
    assert _models(modules) == []
    code, out, modules = run_cxkit("diff", "--git-driver", "personas/priya.yaml", old, "1" * 40, "100644",
                                   new, "2" * 40, "100644", "personas/priya-shah.yaml", "similarity index 95%")
    assert code == 0 and "Age: 41 → 42" in out, out
    assert _models(modules) == []


CONFIG_PROBE = """
import json, sys
from pathlib import Path
from cxkit.config import ConfigError, load_config
try:
    config = load_config(None)
    said = [config.lang, config.fail_level, config.labels, config.csv_separator]
except ConfigError as exc:
    said = str(exc)
print(json.dumps({"said": said, "modules": sorted(sys.modules)}))
"""


def _read_config(tmp_path: Path, text: str) -> tuple[object, set[str]]:
    (tmp_path / "cxkit.toml").write_text(text, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", CONFIG_PROBE], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    report = json.loads(proc.stdout)
    return report["said"], set(report["modules"])


def test_reading_a_config_imports_no_pydantic_s39(tmp_path) -> None:
    said, modules = _read_config(tmp_path, PL_CONFIG.replace('"error"', '"Error"'))
    # `fail-level = "Error"` reads as the schema reads it, without the schema.
    assert said == ["pl", "error", {"pl": {"barriers": "Co go zatrzymuje"}}, ";"]
    assert _models(modules) == []


def test_a_config_the_schema_refuses_builds_no_document_model_s39(tmp_path) -> None:
    # A bad value is still told by the settings' schema (pydantic), which takes only the type of `lang`
    # from the models' package: not the persona and journey models.
    said, modules = _read_config(tmp_path, 'lang = "pl"\nfail-level = "Eror"\n')
    assert said == ("cxkit.toml:2:1: zła wartość `fail-level`: to ma być 'error', 'warning', 'info' albo 'never', "
                    "a nie 'Eror'; czy chodziło o 'error'? (fail-level = \"error\")")
    assert "pydantic" in modules
    assert sorted(m for m in modules if m.startswith("cxkit.model")) == ["cxkit.model", "cxkit.model.langs"]


def test_the_model_package_gives_its_names_when_first_asked_s39() -> None:
    probe = """
import sys
import cxkit.model as model
assert "pydantic" not in sys.modules
assert model.KINDS == tuple(model.MODELS)
from cxkit.model import CxModel, JourneyMap, NegativePersona, Persona, Stage, Trait
from cxkit.model import persona, journey, common, validate, plain
assert (Persona, NegativePersona, JourneyMap) == tuple(model.MODELS.values())
assert Persona is persona.Persona and Stage is journey.Stage and CxModel is common.CxModel and Trait is common.Trait
assert validate.SchemaIssue is plain.SchemaIssue and persona.TRAIT_FIELDS is plain.TRAIT_FIELDS
assert model.MODELS is model.MODELS
try:
    model.Nothing
except AttributeError as exc:
    assert "Nothing" in str(exc)
else:
    raise AssertionError("an unknown name")
print("ok")
"""
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert proc.stdout == "ok\n", proc.stderr
