"""A `# cxkit: disable-file=…` comment that opens a line after a carriage return alone.

YAML and `cxkit lint` end a line at a lone CR, so such a comment silences lint; `cxkit diff` (text,
and `suppression_comment` in its JSON) did not show it added: a pull request could silence every
finding of a file with a change that the diff of its documents did not tell.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cxkit.cli import app

PERSONA = (
    "kind: persona\n"
    "id: agnieszka-studio\n"
    "name: Agnieszka Wolska\n"
    "lang: pl\n"
    "summary: Realizatorka dźwięku z Poznania, która prowadzi jednoosobowe studio nagrań podcastów.\n"
    "goals:\n"
    "  - Mieć 4 identyczne pary zamkniętych słuchawek dla gości, żeby każdy słyszał ten sam miks\n"
)
SILENCED = PERSONA.replace("lang: pl\n", "lang: pl\r# cxkit: disable-file=ALL\n")


def run(tmp_path, monkeypatch, *args: str):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "stara.yaml").write_bytes(PERSONA.encode())
    (tmp_path / "nowa.yaml").write_bytes(SILENCED.encode())
    return CliRunner().invoke(app, ["diff", *args, "stara.yaml", "nowa.yaml"])


def test_lint_reads_the_comment_after_a_lone_carriage_return(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "agnieszka.yaml").write_bytes(SILENCED.replace("  - Mieć 4", "  - TODO Mieć 4").encode())
    result = CliRunner().invoke(app, ["lint", "--no-cache", "agnieszka.yaml"])
    assert result.exit_code == 0 and "placeholder" not in result.stdout


def test_diff_shows_the_comment_added(tmp_path, monkeypatch):
    result = run(tmp_path, monkeypatch)
    assert result.exit_code == 1, result.output
    assert "# cxkit: disable-file=ALL" in result.stdout


def test_diff_json_marks_the_comment_added(tmp_path, monkeypatch):
    result = run(tmp_path, monkeypatch, "-f", "json")
    assert result.exit_code == 1, result.output
    changes = json.loads(result.stdout)
    assert [(c["op"], c["path"], c.get("suppression_comment")) for c in changes] == [
        ("added", "# cxkit: disable-file=ALL", True)
    ]
