"""Two messages named as their kind are elsewhere (session 30).

A key without its colon (`lang pl`) kept its own wording ("`lang pl` has no colon after `lang`")
while `owner "Zespół UX"`, `age:32` and every other form got "`owner` needs a colon and a space
after it"; now all say the same.  language-mismatch named a stage without a usable id "stage 2",
which reads as an id; it names it as schema messages name items: by its place counted from 1, with
its name.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.yamlio import load_text


@pytest.mark.parametrize(("text", "told"), [
    ("kind: persona\nlang pl\nid: ola\nname: Ola\n", "write `lang: pl`"),
    ('kind: persona\nid: ola\nname: Ola\nlang "pl"\n', 'write `lang: "pl"`'),
    ("kind: persona\nid: ola\nname: Ola\nlang:pl\n", "write `lang: pl`"),
])
def test_every_form_of_a_key_without_its_colon_is_told_alike(text, told):
    """The first fails before ("`lang pl` has no colon after `lang`"); the others are guards."""
    [problem] = load_text(text).problems
    assert problem.message == f"invalid YAML: `lang` needs a colon and a space after it, so YAML cannot read it as a key; {told}"


JOURNEY = """\
    kind: journey
    id: zakup-sofy
    name: Kasia buys a sofa
    lang: en
    persona: kasia
    stages:
      - id: awareness
        name: Awareness
        doing: Sees an ad for sofas on Instagram while commuting
      - id: 2
        name: Wybór modelu
        doing: Porównuje trzy sofy w sklepie i pyta sprzedawcę o tkaninę, bo kot drapie meble i nie chce się martwić
        thinking: Czy ta tkanina wytrzyma pazury kota i czy da się ją łatwo wyczyścić, jeśli się poplami?
        feeling: Niepewność, bo nie wie, czy to dobry wybór na lata
    """


def test_a_stage_with_a_number_for_its_id_is_named_by_it_in_quotes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Fails before: "stage 2 is written in Polish", as if it were the 2nd stage; other rules say "stage '2'"."""
    (tmp_path / "cxkit.toml").write_text("", encoding="utf-8")
    (tmp_path / "zakup.yaml").write_text(textwrap.dedent(JOURNEY), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--select", "CX601", "zakup.yaml"])
    assert "zakup.yaml:10:9: warning CX601 stage '2' is written in Polish ('Wybór'" in result.stdout, result.stdout


def test_a_stage_without_an_id_is_named_by_its_place_and_name():
    """Fails before (no such helper: "stage 2"); named as schema messages name an item (`stages[2nd]`)."""
    from cxkit.lint.rules.language import _stage_name

    stages = [{"id": "awareness", "name": "Awareness"}, {"name": "Wybór  modelu"}, {"doing": "Zamawia"}]
    assert _stage_name(stages, 0) == "stage 'awareness'"
    assert _stage_name(stages, 1) == "the 2nd stage ('Wybór modelu')"
    assert _stage_name(stages, 2) == "the 3rd stage"
    # Two stages of one id: neither id names a stage, as in schema messages.
    assert _stage_name([{"id": "zakup"}, {"id": "zakup", "name": "Zakup"}], 1) == "the 2nd stage ('Zakup')"
