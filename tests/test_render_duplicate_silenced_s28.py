"""`cxkit render DIR`'s duplicate-id warning is silenced as `cxkit lint`'s CX003 is (session 28).

Before: render warned of two documents sharing an id whatever the team had said about CX003: a
`# cxkit: disable=duplicate-id` at the copies' `id:`, a `disable-file`, `ignore = ["CX003"]`,
`[rules.duplicate-id] enabled = false` or `per-file-ignores` in cxkit.toml.  Now the warning is
shown exactly where `cxkit lint` shows the finding.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

PERSONA = """\
kind: persona
id: ewa-ksiegowa
name: Ewa Kowalska
lang: pl
summary: Księgowa w biurze rachunkowym w Poznaniu, prowadzi czterdziestu klientów.
goals:
  - Przenieść wszystkich klientów na KSeF przed terminem
pain_points:
  - Kreator przyjmuje jeden token naraz
"""

#: The team keeps last year's version of the persona, on purpose, under the same id.
ARCHIVED = PERSONA.replace("w Poznaniu", "w Poznaniu (stan na 2025)")

WARNING = "(CX003 duplicate-id)"


def _render(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, archived: str = ARCHIVED, config: str | None = None,
            current: str = PERSONA):
    """Render the folder (the archived copy comes first, archiwum/ before personas/) and lint it."""
    (tmp_path / "personas").mkdir()
    (tmp_path / "archiwum").mkdir()
    (tmp_path / "personas/ewa.yaml").write_text(current, encoding="utf-8")
    (tmp_path / "archiwum/ewa-2025.yaml").write_text(archived, encoding="utf-8")
    if config is not None:
        (tmp_path / "cxkit.toml").write_text(config, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    rendered = run_cli("render", ".")
    linted = run_cli("lint", ".", "--select", "CX003")
    assert rendered.exception is None and linted.exception is None
    assert rendered.exit_code == 0
    assert "Ewa Kowalska" in rendered.stdout
    return rendered, linted


def _commented(text: str, comment: str) -> str:
    return text.replace("id: ewa-ksiegowa\n", f"id: ewa-ksiegowa  # {comment}\n")


def test_a_comment_on_both_copies_silences_the_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    comment = "cxkit: disable=duplicate-id"
    rendered, linted = _render(tmp_path, monkeypatch, _commented(ARCHIVED, comment), current=_commented(PERSONA, comment))
    assert "CX003" not in linted.stdout
    assert WARNING not in rendered.stderr


def test_a_code_in_the_later_copys_comment_speaks_for_the_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As lint reads it: the later copy's comment (by code) also stands for the first copy.
    rendered, linted = _render(tmp_path, monkeypatch, current=_commented(PERSONA, "cxkit: disable=CX003"))
    assert "CX003" not in linted.stdout
    assert WARNING not in rendered.stderr


def test_disable_file_silences_the_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rendered, linted = _render(tmp_path, monkeypatch, current="# cxkit: disable-file=duplicate-id\n" + PERSONA)
    assert "CX003" not in linted.stdout
    assert WARNING not in rendered.stderr


@pytest.mark.parametrize("config", [
    'ignore = ["CX003"]\n',
    '[rules.duplicate-id]\nenabled = false\n',
    'select = ["CX1", "CX2"]\n',  # CX003 not selected: lint does not run it
])
def test_the_rule_off_in_the_config_silences_the_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        config: str) -> None:
    rendered, _linted = _render(tmp_path, monkeypatch, config=config)
    assert "CX003" not in run_cli("lint", ".").stdout
    assert WARNING not in rendered.stderr


def test_per_file_ignores_keep_the_warning_off_the_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The archive skips CX003: lint reports the clash on the current copy only, and render warns there.
    rendered, linted = _render(tmp_path, monkeypatch, config='[per-file-ignores]\n"archiwum/**" = ["duplicate-id"]\n')
    assert "personas/ewa.yaml:2:5: error CX003" in linted.stdout
    assert "archiwum/ewa-2025.yaml:2:5" not in linted.stdout
    assert "cxkit: warning: personas/ewa.yaml:2:5: id 'ewa-ksiegowa' is also used by archiwum/ewa-2025.yaml:2" in rendered.stderr
    assert rendered.stderr.count(WARNING) == 1


def test_per_file_ignores_on_both_silence_the_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rendered, linted = _render(tmp_path, monkeypatch, config='[per-file-ignores]\n"**/*.yaml" = ["CX003"]\n')
    assert "CX003" not in linted.stdout
    assert WARNING not in rendered.stderr


def test_unsilenced_the_warning_stays(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rendered, linted = _render(tmp_path, monkeypatch, config='lang = "pl"\n')
    assert "archiwum/ewa-2025.yaml:2:5: error CX003" in linted.stdout
    assert ("cxkit: ostrzeżenie: archiwum/ewa-2025.yaml:2:5: id „ewa-ksiegowa” występuje też w personas/ewa.yaml:2; "
            "identyfikatory muszą być niepowtarzalne w całym obszarze roboczym (CX003 duplicate-id); przegląd pokazuje "
            "każdą kopię") in rendered.stderr


def test_a_comment_on_the_first_copy_only_keeps_the_other_warned(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # The first copy's comment silences it; lint still reports the later copy, and so does render.
    rendered, linted = _render(tmp_path, monkeypatch, _commented(ARCHIVED, "cxkit: disable=duplicate-id"))
    assert "personas/ewa.yaml:2:5: error CX003" in linted.stdout
    assert "archiwum/ewa-2025.yaml:2:5" not in linted.stdout
    assert ("cxkit: warning: personas/ewa.yaml:2:5: id 'ewa-ksiegowa' is also used by archiwum/ewa-2025.yaml:2"
            in rendered.stderr)
    assert rendered.stderr.count(WARNING) == 1


def test_each_client_workspace_by_its_own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An agency's repository: one client turned CX003 off, the other did not.
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    for client, config in (("bank-zorza", 'ignore = ["duplicate-id"]\n'), ("faktura24", 'lang = "pl"\n')):
        (tmp_path / "klienci" / client / "personas").mkdir(parents=True)
        (tmp_path / "klienci" / client / "cxkit.toml").write_text(config, encoding="utf-8")
        (tmp_path / "klienci" / client / "personas/ewa.yaml").write_text(PERSONA, encoding="utf-8")
        (tmp_path / "klienci" / client / "personas/ewa-2025.yaml").write_text(ARCHIVED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    rendered = run_cli("render", ".")
    assert rendered.exception is None and rendered.exit_code == 0
    assert rendered.stderr.count(WARNING) == 1
    assert "cxkit: ostrzeżenie: klienci/faktura24/personas/ewa-2025.yaml:2:5:" in rendered.stderr  # its lang is pl
    assert "bank-zorza" not in rendered.stderr
