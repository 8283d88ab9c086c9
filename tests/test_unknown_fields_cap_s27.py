"""Past the first 20 unknown keys of one mapping, one finding counts the rest.

A document with thousands of unknown keys in one mapping (another tool's data, a generated dump)
gave one finding per key: 200,000 keys made 28 MB of text, 44 MB of JSON and 127 MB of SARIF, and
the "did you mean" suggestion for each key was half of lint's time. Now the first 20 unknown keys
of a mapping are told one by one, each with its suggestion, and one finding at the next key says
how many more there are and that they are not listed; exactly 20 (or 21) keys are all told. A
`# cxkit: disable=schema` at a key silences its finding wherever the key is, as before.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cxkit.model import validate as validate_module
from cxkit.model.validate import lenient_model, validate
from cxkit.yamlio import load_text
from conftest import run_cli

# A persona written in Polish, its fields named in Polish too, and a CRM export pasted under it.
POLISH_HEAD = """kind: persona
id: ania-z-krakowa
name: Ania z Krakowa
lang: pl
cele:
  - Kupić bilet miesięczny bez stania w kolejce
potrzeby:
  - Wiedzieć, kiedy przyjedzie tramwaj
"""
POLISH_CRM = "".join(f"crm_pole_{i}: wartość z eksportu\n" for i in range(40))

ENGLISH_JOURNEY = """kind: journey
id: online-checkout
name: Online checkout
persona: ola-runner
stages:
  - id: basket
    name: Basket
    goal: Check the total before paying
{extra}  - id: payment
    name: Payment
    goal: Pay by card in one step
"""


def _journey(keys: int) -> str:
    extra = "".join(f"    analytics_event_{i}: add_to_cart\n" for i in range(keys))
    return ENGLISH_JOURNEY.format(extra=extra)


def _persona(keys: int, comment: dict[int, str] | None = None) -> str:
    head = "kind: persona\nid: ola-runner\nname: Ola Runner\nlang: en\ndemographics:\n  location: Poznań\n"
    comment = comment or {}
    return head + "".join(f"  custom_{i}: value{comment.get(i, '')}\n" for i in range(keys))


def _lint(tmp_path: Path, name: str, text: str, *args: str) -> list[dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run_cli("lint", "--no-cache", "-j", "1", "-f", "json", *args, str(path))
    assert result.exception is None, result.exception
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def _schema(findings: list[dict]) -> list[dict]:
    return [f for f in findings if f["rule"] == "schema"]


@pytest.mark.parametrize("keys", [1, 19, 20, 21])
def test_up_to_21_unknown_keys_of_a_mapping_are_all_told_one_by_one(tmp_path, keys):
    found = _schema(_lint(tmp_path, "ola.yaml", _persona(keys)))
    assert [(f["line"], f["column"]) for f in found] == [(7 + i, 3) for i in range(keys)]
    assert all(f["message"].startswith(f"unknown field 'custom_{i}' in 'demographics'") for i, f in enumerate(found))
    assert not any("more unknown fields" in f["message"] for f in found)


@pytest.mark.parametrize("keys", [22, 25, 2_000])
def test_past_20_unknown_keys_one_finding_at_the_21st_counts_the_rest(tmp_path, keys):
    found = _schema(_lint(tmp_path, "ola.yaml", _persona(keys)))
    assert [(f["line"], f["column"]) for f in found] == [(7 + i, 3) for i in range(21)]
    assert found[19]["message"].startswith("unknown field 'custom_19' in 'demographics'")
    assert found[20]["message"] == (
        f"{keys - 20:,} more unknown fields in 'demographics', from 'custom_20' on, are not listed one by one "
        "(only the first 20 of a mapping are); rename those meant as cxkit fields and put your own data under "
        "keys that start with 'x-'"
    )


def test_polish_fields_keep_their_hints_and_the_rest_of_the_top_level_is_counted(tmp_path):
    found = _schema(_lint(tmp_path, "ania.yaml", POLISH_HEAD + POLISH_CRM))
    assert len(found) == 21
    assert found[0]["message"].startswith("unknown field 'cele'; did you mean 'goals'?")
    assert found[1]["message"].startswith("unknown field 'potrzeby'; did you mean 'needs'?")
    assert found[19]["message"].startswith("unknown field 'crm_pole_17'")
    last = found[20]
    assert (last["line"], last["column"]) == (27, 1)
    assert last["message"].startswith("22 more unknown fields at the top level, from 'crm_pole_18' on, are not listed")


def test_each_mapping_is_counted_on_its_own(tmp_path):
    text = _journey(300).replace("persona: ola-runner\n", "persona: ola-runner\nowner_team: web\nsla_hours: 4\n")
    found = _schema(_lint(tmp_path, "checkout.yaml", text))
    top = [f for f in found if "in 'stages[basket]'" not in f["message"]]
    stage = [f for f in found if "in 'stages[basket]'" in f["message"]]
    assert [f["message"].split(";")[0].split(" (")[0] for f in top] == ["unknown field 'owner_team'",
                                                                         "unknown field 'sla_hours'"]
    assert len(stage) == 21
    assert (stage[-1]["line"], stage[-1]["column"]) == (31, 5)
    assert stage[-1]["message"].startswith("280 more unknown fields in 'stages[basket]', from 'analytics_event_20' on")


def test_no_suggestion_is_looked_for_past_the_count(monkeypatch):
    calls: list[str] = []
    real = validate_module.closest

    def counting(word, choices, cutoff=0.6):
        calls.append(word)
        return real(word, choices, cutoff)

    monkeypatch.setattr(validate_module, "closest", counting)
    _model, issues = validate(load_text(_persona(1_000)).data)
    assert len(issues) == 21
    assert len(calls) == 20 + validate_module.SPELLING_LOOKUPS, len(calls)  # the first past the count: misspelt fields


def test_a_document_whose_schema_errors_are_silenced_is_read_without_every_counted_key():
    loaded = load_text(_persona(300))
    _model, issues = validate(loaded.data)
    counted = issues[-1]
    assert counted.code == "unknown_fields" and counted.field == tuple(f"custom_{i}" for i in range(20, 300))
    model = lenient_model(loaded.data, issues)
    assert model is not None and model.demographics.location == "Poznań"


@pytest.mark.parametrize("how", ["--ignore", "disable-file", "per-file-ignores"])
def test_ignoring_schema_still_lets_the_other_rules_read_the_document(tmp_path, how):
    text = _persona(300)
    args: tuple[str, ...] = ()
    if how == "--ignore":
        args = ("--ignore", "schema")
    elif how == "disable-file":
        text = "# cxkit: disable-file=schema\n" + text
    else:
        (tmp_path / "cxkit.toml").write_text('[per-file-ignores]\n"ola.yaml" = ["schema"]\n', encoding="utf-8")
    rules = [f["rule"] for f in _lint(tmp_path, "ola.yaml", text, *args)]
    assert "schema" not in rules and "unused-suppression" not in rules
    assert "demographics-only" in rules  # read without the unknown keys, not left unchecked


def test_a_comment_silences_its_key_before_and_past_the_20th(tmp_path):
    comments = {2: "  # cxkit: disable=schema", 22: "  # cxkit: disable=CX002 pole z CRM",
                23: "  # cxkit: disable=schema", 24: "  # cxkit: disable=schema"}
    text = _persona(30, comments)
    # And one on a line of its own, above the 26th key.
    text = text.replace("  custom_25: value\n", "  # cxkit: disable=schema\n  custom_25: value\n")
    findings = _lint(tmp_path, "ola.yaml", text)
    assert not [f for f in findings if f["rule"] == "unused-suppression"]
    found = _schema(findings)
    told = [f["message"].split("'")[1] for f in found if f["message"].startswith("unknown field")]
    assert told == [f"custom_{i}" for i in range(20) if i != 2]
    # custom_20, 21 and 26-29 are not silenced: counted, at the first of them.
    assert found[-1]["message"].startswith("6 more unknown fields in 'demographics', from 'custom_20' on")
    assert (found[-1]["line"], found[-1]["column"]) == (27, 3)


def test_all_keys_silenced_one_by_one_stay_silent(tmp_path):
    text = _persona(40, dict.fromkeys(range(40), "  # cxkit: disable=schema"))
    rules = [f["rule"] for f in _lint(tmp_path, "ola.yaml", text)]
    assert "schema" not in rules and "unused-suppression" not in rules
    assert "demographics-only" in rules


def _count(fmt: str, out: str) -> tuple[int, int]:
    """(CX002 findings, those that count unknown keys) in a report of format ``fmt``."""
    if fmt == "json":
        messages = [f["message"] for f in json.loads(out) if f["code"] == "CX002"]
    elif fmt == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        messages = [r["message"]["text"] for r in results if r["ruleId"] == "CX002"]
    elif fmt == "gitlab":
        messages = [f["description"] for f in json.loads(out) if f["check_name"] == "CX002"]
    elif fmt == "junit":
        root = ET.fromstring(out)
        messages = [line for failure in root.iter("failure") for line in (failure.text or "").splitlines()
                    if " CX002 " in line]
    elif fmt == "github":
        messages = [line for line in out.splitlines() if line.startswith("::error ") and "CX002" in line]
    else:
        messages = [line for line in out.splitlines() if " CX002 " in line]
    return len(messages), sum("1,980 more unknown fields in 'demographics'" in m for m in messages)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "gitlab", "junit", "github"])
def test_every_format_holds_21_findings_for_2000_unknown_keys(tmp_path, fmt):
    path = tmp_path / "ola.yaml"
    sizes = []
    for keys in (25, 2_000):
        path.write_text(_persona(keys), encoding="utf-8")
        result = run_cli("lint", "--no-cache", "-j", "1", "-f", fmt, str(path))
        assert result.exception is None and result.exit_code == 1, result.stderr
        sizes.append(len(result.stdout))
    assert _count(fmt, result.stdout) == (21, 1)
    # 2,000 keys make the report of 25 but for the count's digits (and a fingerprint's).
    assert abs(sizes[1] - sizes[0]) < 100, sizes


def test_render_names_21_errors_not_2000(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    path = tmp_path / "ola.yaml"
    path.write_text(_persona(2_000), encoding="utf-8")
    result = run_cli("render", str(path))
    assert result.exception is None and result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if " CX002 " in line]
    assert len(lines) == 21 and "1,980 more unknown fields" in lines[-1]


def test_the_cache_gives_back_what_the_run_found(tmp_path, monkeypatch):
    monkeypatch.setenv("CXKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ola.yaml").write_text(_persona(500), encoding="utf-8")
    (tmp_path / "ania.yaml").write_text(POLISH_HEAD + POLISH_CRM, encoding="utf-8")
    runs = [run_cli("lint", "-j", "1", "-f", "json", *extra, ".") for extra in ((), (), ("--no-cache",))]
    assert all(r.exception is None and r.exit_code == 1 for r in runs)
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    assert sum("more unknown fields" in f["message"] for f in json.loads(runs[1].stdout)) == 2
    assert any((tmp_path / "cache").iterdir())
