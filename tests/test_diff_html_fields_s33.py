"""An added mapping shows every key it holds, alike in the HTML diff and in Markdown.

The HTML page wrote `x-a: {k1: {k2: v}}` as "k1: v", leaving `k2` out, and a list of a team's own
mappings (`x-koszty: [{pozycja: prowizja, kwota: 120 zł}]`) as "prowizja – 120 zł", leaving its
keys out.  HTML and Markdown now share one walk of the fields, and the keys no view names are
written before their values.  A nested mapping was then shown as YAML; since s40 it is shown on the
line of its field, every key named and each inner mapping in parentheses (`poziom1: (poziom2: głęboko)`),
as a barrier's sources are (`[wywiady-2026]`): an added stage no longer turns into YAML, English keys and
all, because one of its items holds more than texts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

OLD = """\
kind: journey
id: zakup-oc
name: Zakup OC
persona: ola
stages:
  - id: awareness
    name: Świadomość
    touchpoints:
      - channel: app
        description: Reklama w aplikacji
"""
NEW = """\
kind: journey
id: zakup-oc
name: Zakup OC
persona: ola
x-a:
  k1:
    k2: v
stages:
  - id: awareness
    name: Świadomość
    touchpoints:
      - channel: app
        description: Reklama w aplikacji
  - id: decision
    name: Decyzja
    emotion: 1
    x-koszty:
      - pozycja: prowizja
        kwota: 120 zł
    touchpoints:
      - channel: infolinia
        description: Rozmowa z agentem
        x-czas: 5 min
"""
NONE = '<td><span class="none">—<span class="hidden"> brak</span></span></td>'


def _diff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, new: str = NEW) -> str:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "old.yaml").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", "old.yaml", "new.yaml", "-f", fmt])
    assert result.exit_code == 1, result.output
    return result.stdout


def _rows(page: str) -> list[str]:
    body = re.search(r"<tbody>\n(.*)\n</tbody>", page, re.S)
    assert body, page
    return re.split(r"\n(?=<tr>)", body.group(1))


def test_a_nested_team_mapping_keeps_its_inner_keys_on_the_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _rows(_diff(tmp_path, monkeypatch, "html"))
    assert rows[0] == (f'<tr><th scope="row"><code>x-a</code> <span class="op">dodano</span></th>{NONE}'
                       "<td><ul><li><code>k1</code>: <code>k2</code>: v</li></ul></td></tr>")


def test_a_list_of_team_mappings_and_a_team_key_of_a_touchpoint_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _rows(_diff(tmp_path, monkeypatch, "html"))
    assert rows[1] == (
        f'<tr><th scope="row">2. Decyzja (<code>decision</code>) <span class="op">dodano</span></th>{NONE}'
        "<td><ul><li>Nazwa: Decyzja</li><li>Emocje: +1 (dobrze)</li>"
        "<li><code>x-koszty</code>: <code>pozycja</code>: prowizja – <code>kwota</code>: 120 zł</li>"
        "<li>Punkty styku: infolinia – Rozmowa z agentem – <code>x-czas</code>: 5 min</li></ul></td></tr>")


def test_markdown_shows_the_same_fields(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _diff(tmp_path, monkeypatch, "markdown")
    assert out.split("### `zakup-oc` · `new.yaml`\n\n", 1)[1] == (
        "- **dodano** `x-a`:\n"
        "  - `k1`: `k2`: v\n"
        "- **dodano** 2. Decyzja (`decision`):\n"
        "  - Nazwa: Decyzja\n"
        "  - Emocje: +1 (dobrze)\n"
        "  - `x-koszty`: `pozycja`: prowizja – `kwota`: 120 zł\n"
        "  - Punkty styku: infolinia – Rozmowa z agentem – `x-czas`: 5 min\n\n"
    )


def test_a_stage_holding_a_nested_team_mapping_keeps_its_labels_and_every_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = NEW + "    x-zagnieżdżone:\n      poziom1:\n        poziom2: głęboko\n"
    rows = _rows(_diff(tmp_path, monkeypatch, "html", new))
    assert rows[1].endswith(
        "<li>Punkty styku: infolinia – Rozmowa z agentem – <code>x-czas</code>: 5 min</li>"
        "<li><code>x-zagnieżdżone</code>: <code>poziom1</code>: (<code>poziom2</code>: głęboko)</li></ul></td></tr>")
    assert "<pre>" not in rows[1]
    md = _diff(tmp_path, monkeypatch, "markdown", new)
    assert "  - `x-zagnieżdżone`: `poziom1`: (`poziom2`: głęboko)\n" in md
    assert "```" not in md
