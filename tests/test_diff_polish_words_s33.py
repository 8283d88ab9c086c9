"""`cxkit diff` says its own words in Polish for Polish documents, and the git diff driver reads the
workspace's config as `cxkit diff` does.

After the summary and the bullets' verbs turned Polish, a Polish diff still said "order changed",
"old:"/"new:", "moved from", "from journey x to journey y", "No semantic differences." (even with
`lang = "pl"` in cxkit.toml) and its "Not compared" sentences in English; and the git diff driver
read no config at all, so neither `lang` nor `[labels]` held under `git diff`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from git_helpers import Repo

ENV = {"COLUMNS": "100", "NO_COLOR": "1"}

OLD = """\
kind: journey
id: zakup-oc
name: Zakup OC
persona: ola
stages:
  - id: awareness
    name: Świadomość
    touchpoints:
      - channel: infolinia
        description: Rozmowa z agentem o zniżkach
      - channel: app
        description: Reklama w aplikacji
  - id: decision
    name: Decyzja
    touchpoints:
      - channel: sms
        description: Przypomnienie o końcu polisy
  - id: purchase
    name: Zakup
    pains:
      - Długi formularz
"""
# Świadomość after Decyzja, and the call-centre touchpoint moved to Decyzja.
NEW = """\
kind: journey
id: zakup-oc
name: Zakup OC
persona: ola
stages:
  - id: decision
    name: Decyzja
    touchpoints:
      - channel: sms
        description: Przypomnienie o końcu polisy
      - channel: infolinia
        description: Rozmowa z agentem o zniżkach
  - id: awareness
    name: Świadomość
    touchpoints:
      - channel: app
        description: Reklama w aplikacji
  - id: purchase
    name: Zakup
    pains:
      - Długi formularz
"""
PERSONA = """\
kind: persona
id: ola
name: Ola
goals:
  - {goal}
"""


def _diff(folder: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str]:
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(app, ["diff", *args], env=ENV)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout


def _pair(tmp_path: Path, old: str, new: str, config: str | None = None) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    if config is not None:
        (folder / "cxkit.toml").write_text(config, encoding="utf-8")
    (folder / "stary.yaml").write_text(old, encoding="utf-8")
    (folder / "nowy.yaml").write_text(new, encoding="utf-8")
    return folder


def test_a_reordered_journey_and_a_moved_touchpoint_are_said_in_polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = _diff(_pair(tmp_path, OLD, NEW), monkeypatch, "stary.yaml", "nowy.yaml")
    assert code == 1
    assert out == (
        "zakup-oc  nowy.yaml\n"
        "  ↕ Etapy: zmieniono kolejność (przeniesiono: 2. Świadomość (awareness))\n"
        "      było: 1. Świadomość (awareness), 2. Decyzja (decision), 3. Zakup (purchase)\n"
        "      jest: 1. Decyzja (decision), 2. Świadomość (awareness), 3. Zakup (purchase)\n"
        "  ↕ 1. Decyzja (decision) › Punkty styku #2: poprzednio 2. Świadomość (awareness) › Punkty styku #1:\n"
        "      channel: infolinia\n"
        "      description: Rozmowa z agentem o zniżkach\n"
        "\n"
        "1 dokument różni się (1 zmieniony); 2 zmiany w dokumencie.\n"
    )


def test_markdown_bullets_say_one_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = _diff(_pair(tmp_path, OLD, NEW), monkeypatch, "stary.yaml", "nowy.yaml", "-f", "md")
    assert code == 1
    assert out.split("### `zakup-oc` · `nowy.yaml`\n\n", 1)[1] == (
        "- **przeniesiono** Etapy: zmieniono kolejność (przeniesiono: 2. Świadomość (`awareness`))\n"
        "  - było: 1. Świadomość (`awareness`), 2. Decyzja (`decision`), 3. Zakup (`purchase`)\n"
        "  - jest: 1. Decyzja (`decision`), 2. Świadomość (`awareness`), 3. Zakup (`purchase`)\n"
        "- **przeniesiono** 1. Decyzja (`decision`) › Punkty styku `#2`: poprzednio 2. Świadomość (`awareness`) › "
        "Punkty styku `#1`:\n"
        "  ```yaml\n"
        "  channel: infolinia\n"
        "  description: Rozmowa z agentem o zniżkach\n"
        "  ```\n"
        "\n"
    )


def test_an_english_journey_keeps_its_english_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    english = {"Świadomość": "Awareness", "Decyzja": "Decision", "Zakup OC": "Buying car insurance", "Zakup": "Purchase",
               "Rozmowa z agentem o zniżkach": "A call with an agent about discounts",
               "Reklama w aplikacji": "An ad in the app", "Przypomnienie o końcu polisy": "A reminder that the policy ends",
               "Długi formularz": "A long form"}
    old, new = OLD, NEW
    for pl, en in english.items():
        old, new = old.replace(pl, en), new.replace(pl, en)
    code, out = _diff(_pair(tmp_path, old, new), monkeypatch, "stary.yaml", "nowy.yaml")
    assert code == 1
    assert out == (
        "zakup-oc  nowy.yaml\n"
        "  ↕ Stages: order changed (2. Awareness moved)\n"
        "      old: 1. Awareness, 2. Decision, 3. Purchase\n"
        "      new: 1. Decision, 2. Awareness, 3. Purchase\n"
        "  ↕ 1. Decision › Touchpoints #2: moved from 2. Awareness › Touchpoints #1:\n"
        "      channel: infolinia\n"
        "      description: A call with an agent about discounts\n"
        "\n"
        "1 document differs (1 changed); 2 changes inside documents.\n"
    )


@pytest.mark.parametrize(("config", "said"), [
    ('lang = "pl"\n', "Brak różnic w treści.\n"),
    (None, "No semantic differences.\n"),
])
def test_no_differences_is_said_in_the_configured_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str | None, said: str
) -> None:
    persona = PERSONA.format(goal="OK")
    folder = _pair(tmp_path, persona, persona.replace("goals:\n  - OK", "goals: [OK]"), config)
    for fmt in ("text", "md"):
        code, out = _diff(folder, monkeypatch, "stary.yaml", "nowy.yaml", "-f", fmt)
        assert code == 0
        assert out.rstrip("\n").splitlines()[-1] + "\n" == said, (fmt, out)




def test_not_compared_in_a_polish_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = Repo(tmp_path / "ws")
    repo.write("cxkit.toml", 'lang = "pl"\n')
    repo.write("personas/ola.yaml", PERSONA.format(goal="Oszczędzić czas"))
    repo.write("personas/kasia.yaml", PERSONA.format(goal="Kupić szybko").replace("ola", "kasia").replace("Ola", "Kasia"))
    repo.commit("persony")
    repo.write("personas/kasia.yaml", "kind: persona\nid: kasia\nname: [Kasia\n")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    code, out = _diff(repo.root, monkeypatch, "HEAD")
    assert code == 1
    assert out.splitlines()[:3] == [
        "Nie udało się porównać 1 pliku (personas/kasia.yaml); w porównanych plikach brak różnic w treści.",
        "",
        "Nie porównano 1 pliku: nie udało się go odczytać po jednej stronie, więc jego zmian nie pokazano:",
    ]
    code, md = _diff(repo.root, monkeypatch, "HEAD", "-f", "md")
    assert md.split("\n- ")[0] == (
        "## cxkit diff: `HEAD` → kopia robocza\n"
        "\n"
        "Nie udało się porównać 1 pliku (`personas/kasia.yaml`); w porównanych plikach brak różnic w treści.\n"
        "\n"
        "### Nie porównano\n"
        "\n"
        "Tych plików nie udało się odczytać po jednej stronie, więc ich zmian nie pokazano:\n"
    )
    assert md.split("\n- ")[1].startswith("`personas/kasia.yaml:3:13` (po): CX001 nieprawidłowy YAML")  # Polish too (s37)


def test_the_git_driver_reads_the_workspaces_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As git calls it, from the top of the work tree: path, old file, old hash, old mode, new file, new hash, new mode.
    top = tmp_path / "repo"
    (top / "cx").mkdir(parents=True)
    (top / "cx" / "cxkit.toml").write_text('lang = "pl"\n\n[labels.pl]\ngoals = "Po co przychodzi"\n', encoding="utf-8")
    old, new = tmp_path / "a.yaml", tmp_path / "b.yaml"
    old.write_text(PERSONA.format(goal="OK"), encoding="utf-8")
    new.write_text(PERSONA.format(goal="OK 2"), encoding="utf-8")
    (top / "cx" / "personas").mkdir()
    (top / "cx" / "personas" / "ola.yaml").write_text(new.read_text(encoding="utf-8"), encoding="utf-8")
    args = ["cx/personas/ola.yaml", str(old), "1" * 40, "100644", str(new), "2" * 40, "100644"]
    code, out = _diff(top, monkeypatch, "--git-driver", "-f", "markdown", *args)
    assert code == 0
    assert out == (
        "## cxkit diff: `a/cx/personas/ola.yaml` → `b/cx/personas/ola.yaml`\n"
        "\n"
        "1 dokument różni się (1 zmieniony); 1 zmiana w dokumencie.\n"
        "\n"
        "Zmienione słowa podano w nawiasach w miejscu zmiany: (usunięto: „…”), (dodano: „…”).\n"
        "\n"
        "### `ola` · `cx/personas/ola.yaml`\n"
        "\n"
        "- **zmieniono** Po co przychodzi `#1`: OK (dodano: „2”)\n"
        "\n"
    )
    new.write_text(PERSONA.format(goal="OK").replace("goals:\n  - OK", "goals: [OK]"), encoding="utf-8")
    code, out = _diff(top, monkeypatch, "--git-driver", *args)
    assert (code, out) == (0, "cxkit diff a/cx/personas/ola.yaml b/cx/personas/ola.yaml\nBrak różnic w treści.\n")


def test_the_git_driver_goes_on_when_the_config_cannot_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "pl\n', encoding="utf-8")
    old, new = tmp_path / "a.yaml", tmp_path / "b.yaml"
    old.write_text(PERSONA.format(goal="OK"), encoding="utf-8")
    new.write_text(PERSONA.format(goal="OK 2"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    args = ["personas/ola.yaml", str(old), "1" * 40, "100644", str(new), "2" * 40, "100644"]
    result = CliRunner().invoke(app, ["diff", "--git-driver", *args], env=ENV)
    assert result.exit_code == 0
    assert "  ~ Goals #1: OK{+ 2+}" in result.stdout
    assert result.stderr.startswith("cxkit: note: ")
    assert result.stderr.endswith("; the diff is shown without the configuration\n")
