"""A mapping with tens of thousands of unknown keys is checked in time that grows with its size.

Each unknown key was one finding, and each finding is located in the file: reading the mapping
from its first key for every finding made 20,000 keys take 12 s of CPU and 200,000 keys many
minutes, enough for a file in a pull request to stall a CI job.  (Past the first 20 unknown keys
of a mapping, one finding now counts the rest; locating stays linear for every other caller.)
"""

from __future__ import annotations

import json
import time

from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.yamlio import load_text

runner = CliRunner()


def _persona(keys: int) -> str:
    head = "kind: persona\nid: ala\nname: Ala z Poznania\ndemographics:\n  location: Poznań\n"
    return head + "".join(f"  pole{i}: wartość\n" for i in range(keys))


def _locate_all(keys: int) -> float:
    loaded = load_text(_persona(keys))
    start = time.process_time()
    for i in range(keys):
        assert loaded.locate(("demographics", f"pole{i}")) == (6 + i, 3)
    return time.process_time() - start


def test_locating_every_key_of_a_long_mapping_grows_linearly():
    _locate_all(500)  # warm-up
    small = min(_locate_all(2_000) for _ in range(3))
    large = min(_locate_all(8_000) for _ in range(3))
    # Four times the keys: about four times the work when each is found directly, sixteen
    # times when the mapping is read from the top for each one.
    assert large < 8 * max(small, 0.002), (small, large)


def test_lint_of_many_unknown_keys_is_linear_and_its_findings_are_located(tmp_path):
    def lint(keys: int) -> tuple[float, list[dict]]:
        path = tmp_path / f"ala{keys}.yaml"
        path.write_text(_persona(keys), encoding="utf-8")
        start = time.process_time()
        result = runner.invoke(app, ["lint", "--no-cache", "-j", "1", "-f", "json", str(path)])
        spent = time.process_time() - start
        assert result.exit_code == 1, result.output
        return spent, json.loads(result.stdout)

    lint(200)  # warm-up
    small, _ = min(lint(3_000) for _ in range(2))
    large, findings = min(lint(12_000) for _ in range(2))
    assert large < 8 * small, (small, large)
    unknown = [f for f in findings if f["rule"] in ("CX002", "schema") and "pole" in f["message"]]
    # The first 20 unknown keys of a mapping one by one, then one finding counts the rest.
    assert [(f["line"], f["column"]) for f in unknown] == [(6 + i, 3) for i in range(21)]
    assert "11,980 more unknown fields in 'demographics', from 'pole20' on" in unknown[-1]["message"]


def test_long_mapping_still_finds_merged_and_quoted_keys():
    lines = ["base: &base", "  wiek: 41", "ala:", "  <<: *base", '  "<<": dosłowny klucz']
    lines += [f"  pole{i}: wartość" for i in range(100)]
    lines += ["  pole0: drugi raz"]
    loaded = load_text("\n".join(lines) + "\n")
    assert loaded.locate(("ala", "wiek")) == (2, 3)  # from what it merges
    assert loaded.locate(("ala", "<<")) == (5, 3)  # the quoted key, not the merge
    assert loaded.locate(("ala", "pole0")) == (6, 3)  # the first of two, as the loader reads it
    assert loaded.locate(("ala", "pole99"), key=False) == (105, 11)
    assert loaded.locate(("ala", "brak")) == (3, 1)  # not there: the mapping's key


def _reorder_time(keys: int) -> float:
    from ruamel.yaml import YAML

    from cxkit import fmt

    data = YAML().load(_persona(keys))
    start = time.process_time()
    fmt._reorder(data["demographics"], ("location", "age"))
    spent = time.process_time() - start
    assert list(data["demographics"])[:2] == ["location", "pole0"]
    return spent


def test_fmt_orders_a_long_mapping_in_time_that_grows_with_it():
    _reorder_time(500)  # warm-up
    small = min(_reorder_time(3_000) for _ in range(3))
    large = min(_reorder_time(12_000) for _ in range(3))
    assert large < 8 * max(small, 0.005), (small, large)


def test_fmt_check_of_many_unknown_keys_keeps_them_in_order(tmp_path):
    path = tmp_path / "ala.yaml"
    path.write_text("id: ala\nkind: persona\nname: Ala\ndemographics:\n" + "".join(f"  pole{i}: x\n" for i in range(3_000)), encoding="utf-8")
    result = runner.invoke(app, ["fmt", str(path)])
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert text.startswith("kind: persona\nid: ala\nname: Ala\ndemographics:\n  pole0: x\n  pole1: x\n")
    assert text.endswith("  pole2999: x\n")
