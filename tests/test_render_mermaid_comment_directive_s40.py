"""A stage left out of the Mermaid diagram (no emotion) is named in a comment that never holds a directive.

bcffb3e0 wrote the comment's name as written, to spare it `#58;` codes; but Mermaid reads `%%{init: …}%%`
as a directive wherever it stands, in a comment too (it finds directives before it drops comments), so a
stage named with one restyled the whole diagram. A run of "%" is coded in the comment as in a task; the
rest of the name, `:` and `#` and `;` included, stays as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

JOURNEY = """\
kind: journey
id: promocja-konta
name: Ola sprawdza promocję konta
lang: pl
persona: ola
stages:
  - id: reklama
    name: "Reklama: premia 300 zł"
    doing: Ogląda baner w aplikacji
    emotion: 1
  - id: regulamin
    name: "Regulamin promocji %%{init: {'theme': 'dark'}}%% #2; zwrot 100% prowizji"
    doing: Czyta regulamin
"""


def test_left_out_stage_comment_holds_no_directive_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    (tmp_path / "j.yaml").write_text(JOURNEY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("render", "j.yaml", "-f", "mermaid")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    comment = next(line for line in lines if line.startswith("    %% "))
    assert comment == ("    %% Regulamin promocji #37;#37;{init: {'theme': 'dark'}}#37;#37; #2; zwrot 100% prowizji "
                       "(regulamin): no emotion recorded, so not drawn (a Mermaid score must be 1-5)")
    # Only the comment's own "%%" opens a line; no "%%{" anywhere in the diagram.
    assert "%%{" not in result.stdout
    assert "    section Reklama#58; premia 300 zł" in lines
