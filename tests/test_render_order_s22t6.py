"""Session 22, tester 6 (F14): `cxkit render` of a file that does not fit the format printed its
schema errors nested fields first (1:1, 5:3, 6:3, 3:1, 7:1); docs/render.md says it prints the same
located lines `cxkit lint` prints, and lint prints them by line and column."""

from __future__ import annotations

from conftest import run_cli

OLA = """\
kind: persona
id: ola
imię: Ola
demographics:
  wiek: 28
  miasto: Warszawa, Wola
cele:
  - Kupić sukienkę na wesele siostry w czerwcu 2027
psychographics:
  wartości:
    - Jakość ponad ilość
"""


def test_render_prints_the_errors_in_lints_order(tmp_path, monkeypatch):
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    rendered = run_cli("render", "personas/ola.yaml")
    assert rendered.exception is None and rendered.exit_code == 2
    linted = run_cli("lint", "--no-cache", "--select", "schema", "personas/ola.yaml")
    # Lint marks what `cxkit fmt --fix` fixes with "[*]" (9ae97c7); render's errors carry no marks.
    lint_lines = [line.replace(" [*] ", " ", 1) for line in linted.stdout.splitlines() if line.startswith("personas/ola.yaml:")]
    render_lines = [line for line in rendered.stderr.splitlines() if line.startswith("personas/ola.yaml:")]
    assert [line.split(": ")[0] for line in render_lines] == [
        "personas/ola.yaml:3:1", "personas/ola.yaml:5:3", "personas/ola.yaml:6:3", "personas/ola.yaml:7:1",
        "personas/ola.yaml:10:3",
    ]
    assert render_lines == lint_lines
