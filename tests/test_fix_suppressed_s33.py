"""`cxkit fmt --fix` leaves a problem a suppression silences, as ruff's --fix leaves a `# noqa` (session 33).

`cele:  # cxkit: disable=schema` keeps a Polish key on purpose: `cxkit lint` does not show it and counts it
nowhere among the fixable findings.  `fmt --fix` renamed it anyway, and the next lint reported the comment as
"'disable=schema' suppresses nothing on this line", a finding the fix made.
"""

from __future__ import annotations

import json
from pathlib import Path

from fmt_fix_helpers import enter_fmt_workspace, run

LINE = """\
kind: persona
id: marta-lis
name: Marta Lis
lang: pl
cele:  # cxkit: disable=schema
  - Zapłacić za OC mniej niż 1 200 zł rocznie
reviewed: 14.03.2024
"""

FILE = """\
# Eksport z Notion, klucze po polsku zostają: cxkit: disable-file=schema
# cxkit: disable-file=schema
kind: persona
id: ela-nowak
name: Ela Nowak
lang: pl
bolaczki:
  - Infolinia nie odbiera po 16:00
reviewed: 14.03.2024
"""


def test_fmt_fix_leaves_what_a_suppression_silences(tmp_path: Path, monkeypatch) -> None:
    """Fails before: `cele` became `goals` (2 fixes), and lint then reported the suppression as unused."""
    root = enter_fmt_workspace(tmp_path, monkeypatch)
    (root / "personas" / "marta.yaml").write_text(LINE, encoding="utf-8")
    before = json.loads(run("lint", "--no-cache", "-f", "json")[1])
    assert [(f["line"], f["fixable"]) for f in before if f["rule"] == "schema"] == [(7, True)]
    code, out, err = run("fmt", "--fix", ".")
    assert (code, out) == (0, ""), err
    assert "reformatted personas/marta.yaml (1 fix)" in err
    assert (root / "personas" / "marta.yaml").read_text(encoding="utf-8") == LINE.replace("14.03.2024", "2024-03-14")
    after = run("lint", "--no-cache", "-f", "json")[1]
    assert "unused-suppression" not in after and '"schema"' not in after


def test_a_file_wide_suppression_keeps_every_schema_problem(tmp_path: Path, monkeypatch) -> None:
    """Fails before: `bolaczki` renamed and the date rewritten under `disable-file=schema`."""
    root = enter_fmt_workspace(tmp_path, monkeypatch)
    (root / "personas" / "ela.yaml").write_text(FILE, encoding="utf-8")
    code, out, err = run("fmt", "--fix", "--check", ".")
    assert (code, out) == (0, ""), err
    assert err == "1 file would be left unchanged. 0 fixes to make; no schema finding left.\n"
    assert (root / "personas" / "ela.yaml").read_text(encoding="utf-8") == FILE
