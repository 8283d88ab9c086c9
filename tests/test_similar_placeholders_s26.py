"""similar-personas (CX103) does not count a template's placeholder lines as content two personas
share. A team that starts three personas at once with `cxkit new persona` got "shares 100% of its
goals, behaviours and pain points … merge them" on the untouched files, about their TODO lines; the
`placeholder` rule already reports those lines. What the personas really share is still reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app


def _cli(cwd: Path, monkeypatch: pytest.MonkeyPatch, *args: str):
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("CXKIT_TODAY", "2026-12-06")
    return CliRunner().invoke(app, list(args))


def _similar(cwd: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    result = _cli(cwd, monkeypatch, "lint", "--no-cache", "--select", "similar-personas", "-f", "json", ".")
    assert result.exit_code in (0, 1), result.stderr
    return [(f["path"], f["message"]) for f in json.loads(result.stdout) if f["rule"] == "similar-personas"]


@pytest.mark.parametrize(("lang", "names"), [
    ("pl", ["Żaneta Łęcka", "Dan O'Connor, Jr.", "Olek Nowy"]),
    ("en", ["Priya Shah", "Tom Okafor", "Dana Reed"]),
])
def test_untouched_templates_are_not_similar(tmp_path, monkeypatch, lang, names):
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    for name in names:
        made = _cli(tmp_path, monkeypatch, "new", "persona", name, "--no-input")
        assert made.exit_code == 0, made.stderr
    written = sorted(p.name for p in (tmp_path / "personas").iterdir())
    assert len(written) == 3
    assert "TODO" in (tmp_path / "personas" / written[0]).read_text(encoding="utf-8")
    assert _similar(tmp_path, monkeypatch) == []
    # The placeholder rule still reports every TODO line of them.
    result = _cli(tmp_path, monkeypatch, "lint", "--no-cache", "--select", "placeholder", "-f", "json", ".")
    assert {f["path"] for f in json.loads(result.stdout)} == {f"personas/{n}" for n in written}


PERSONA = """\
kind: persona
id: {id}
name: {name}
lang: pl
goals:
  - Przebiec maraton w Poznaniu poniżej 4 godzin
  - "{extra}"
behaviours:
  - Biega 4 razy w tygodniu z zegarkiem Garmin po Cytadeli
pain_points:
  - Kontuzja kolana po każdym zwiększeniu kilometrażu
"""


def test_real_content_two_personas_share_is_still_reported(tmp_path, monkeypatch):
    # Guard: one TODO line beside the same filled-in traits does not hide the pair.
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(
        PERSONA.format(id="ola-biegaczka", name="Ola", extra="TODO: drugi cel po wywiadzie"), encoding="utf-8")
    (tmp_path / "personas" / "kasia.yaml").write_text(
        PERSONA.format(id="kasia-biegaczka", name="Kasia", extra="TODO: drugi cel po wywiadzie"), encoding="utf-8")
    found = _similar(tmp_path, monkeypatch)
    assert len(found) == 1
    path, message = found[0]
    assert (path, message.split(" (")[0]) == (
        "personas/ola.yaml", "persona 'ola-biegaczka' shares 100% of its goals, behaviours and pain points with 'kasia-biegaczka'")


def test_a_filled_in_persona_beside_a_template_is_not_similar_to_it(tmp_path, monkeypatch):
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ola.yaml").write_text(
        PERSONA.format(id="ola-biegaczka", name="Ola", extra="Zapisać się do klubu biegowego na Malcie"),
        encoding="utf-8")
    for name in ("Kasia Nowa", "Basia Nowa"):
        assert _cli(tmp_path, monkeypatch, "new", "persona", name, "--no-input").exit_code == 0
    assert _similar(tmp_path, monkeypatch) == []
