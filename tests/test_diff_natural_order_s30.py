"""`cxkit diff` and review's Changes list documents in a natural order: numbers as numbers.

Documents were listed by file and id in code-point order (`p10`, `p15`, `p5`, `p8`), so a team
numbering its personas read them out of turn.  The JSON holds the same changes, in that order too.
"""

from __future__ import annotations

import json
import subprocess

from typer.testing import CliRunner

from cxkit.cli import app

NUMBERS = (5, 8, 10, 15)


def persona(n: int, minutes: int) -> str:
    return (
        f"kind: persona\nid: p{n}\nname: Persona {n}\nlang: pl\n"
        f"goals:\n  - Kupić bilet miesięczny w aplikacji w {minutes} minut\n"
    )


def two_folders(tmp_path, new_names: str = "persona{n}.yaml") -> None:
    for n in NUMBERS:
        (tmp_path / "stare").mkdir(exist_ok=True)
        (tmp_path / "nowe").mkdir(exist_ok=True)
        (tmp_path / "stare" / f"persona{n}.yaml").write_text(persona(n, n), encoding="utf-8")
        (tmp_path / "nowe" / new_names.format(n=n)).write_text(persona(n, n + 1), encoding="utf-8")


def run(tmp_path, monkeypatch, *args: str):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    return CliRunner().invoke(app, ["diff", *args])


def test_text_lists_p5_before_p10(tmp_path, monkeypatch):
    two_folders(tmp_path)
    result = run(tmp_path, monkeypatch, "stare", "nowe")
    assert result.exit_code == 1, result.output
    heads = [line.split()[0] for line in result.stdout.splitlines() if line.startswith("p")]
    assert heads == ["p5", "p8", "p10", "p15"]


def test_json_same_changes_in_the_same_order(tmp_path, monkeypatch):
    two_folders(tmp_path)
    result = run(tmp_path, monkeypatch, "-f", "json", "stare", "nowe")
    changes = json.loads(result.stdout)
    assert [c["document"] for c in changes] == ["p5", "p8", "p10", "p15"]
    assert changes[2] == {
        "op": "changed", "document": "p10", "file": "persona10.yaml", "path": "goals[0]",
        "old": "Kupić bilet miesięczny w aplikacji w 10 minut", "new": "Kupić bilet miesięczny w aplikacji w 11 minut",
        "kind": "persona",
    }  # each change's keys and values as they were (and its document's kind); only the order changed


def test_renamed_files_in_natural_order(tmp_path, monkeypatch):
    two_folders(tmp_path, "osoba-{n}.yaml")
    result = run(tmp_path, monkeypatch, "stare", "nowe")
    heads = [line.split()[0] for line in result.stdout.splitlines() if line.startswith("p")]
    assert heads == ["p5", "p8", "p10", "p15"]


def test_review_changes_in_natural_order(tmp_path, monkeypatch):
    git = ["git", "-c", "user.name=Test", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    for n in NUMBERS:
        (tmp_path / f"persona{n}.yaml").write_text(persona(n, n), encoding="utf-8")
    subprocess.run([*git, "add", "."], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "persony"], cwd=tmp_path, check=True)
    for n in NUMBERS:
        (tmp_path / f"persona{n}.yaml").write_text(persona(n, n + 1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["review", "HEAD"])
    heads = [line.split("`")[1] for line in result.stdout.splitlines() if line.startswith("#### ")]
    assert heads == ["p5", "p8", "p10", "p15"], result.output


def test_the_key_reads_numbers_as_numbers():
    from cxkit.diff.compare import natural_key

    ids = ["p15", "p5", "P3", "p10", "p05", "p5a7", "p5a", "szkic-" + "9" * 5000, "szkic-2", ""]
    assert sorted(ids, key=natural_key) == [
        "", "P3", "p05", "p5", "p5a", "p5a7", "p10", "p15", "szkic-2", "szkic-" + "9" * 5000,
    ]
