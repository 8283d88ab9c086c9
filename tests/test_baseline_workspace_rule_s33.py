"""A baseline keeps "no negative persona" recorded when a new persona takes the finding (session 33).

`missing-negative-persona` is about the whole workspace; it lands on the persona whose file comes first.
A team adopting cxkit with a baseline usually has no negative persona yet, so the baseline records it on,
say, personas/ola.yaml.  The next persona added as personas/ania.yaml took the finding: it was shown as
new (CI red, with no new problem) and the recorded one called "no longer found (fixed, or the file renamed)".
"""

from __future__ import annotations

from pathlib import Path

from conftest import enter_workspace, run_cli

OLA = """\
kind: persona
id: ola-nowak
name: Ola Nowak
lang: pl
summary: Klientka, która co roku w marcu odnawia polisę OC samochodu przez aplikację ubezpieczyciela.
goals:
  - Odnowić OC w aplikacji w 5 minut, bez dzwonienia na infolinię
pain_points:
  - Formularz w aplikacji gubi dane pojazdu po powrocie z ekranu płatności
reviewed: 2026-10-05
sources:
  - {id: wywiady-2026, type: interview, date: 2026-09-01, n: 12}
"""

ANIA = """\
kind: persona
id: ania-lis
name: Ania Lis
lang: pl
summary: Kierowczyni floty firmowej, która zgłasza szkody z telefonu zaraz po stłuczce na parkingu.
goals:
  - Zgłosić szkodę zdjęciem z telefonu w 10 minut po stłuczce
pain_points:
  - Rzeczoznawca przyjeżdża dopiero po tygodniu od zgłoszenia szkody
reviewed: 2026-10-05
sources:
  - {id: wywiady-2026, type: interview, date: 2026-09-01, n: 12}
"""

NEGATIVE = """\
kind: negative-persona
id: kolekcjoner-aut
name: Kolekcjoner aut zabytkowych
lang: pl
reasons:
  - Ubezpiecza auta zabytkowe u brokera z polisą na wartość umowną, aplikacja nie ma takiej oferty
reviewed: 2026-10-05
sources:
  - {id: wywiady-2026, type: interview, date: 2026-09-01, n: 12}
"""


def _adopted(tmp_path: Path, monkeypatch) -> Path:
    """A workspace of one persona and no negative persona, its finding recorded in the config's baseline."""
    (tmp_path / "ws").mkdir()
    root = enter_workspace(tmp_path / "ws", monkeypatch, config='baseline = ".cxkit-baseline.json"\n',
                           today="2026-12-01", files={"personas/ola.yaml": OLA})
    assert run_cli("lint", "--no-cache", "--write-baseline").exit_code == 0
    assert '"path": "personas/ola.yaml", "rule": "missing-negative-persona"' in (root / ".cxkit-baseline.json").read_text(
        encoding="utf-8")
    return root


def test_a_persona_added_first_in_order_does_not_make_the_workspace_finding_new(tmp_path, monkeypatch):
    """Fails before: ania.yaml's CX201 was new (exit 1) and ola.yaml's entry "no longer found"."""
    root = _adopted(tmp_path, monkeypatch)
    (root / "personas" / "ania.yaml").write_text(ANIA, encoding="utf-8")
    assert "personas/ania.yaml:2:5: warning CX201" in run_cli("lint", "--no-cache", "--no-baseline").stdout
    result = run_cli("lint", "--no-cache")
    assert (result.exit_code, result.stderr) == (0, "")
    assert "1 finding in the baseline not shown" in result.stdout
    # Renamed (its id kept or not) and in another folder: still the same finding about the workspace.
    (root / "personas" / "ola.yaml").rename(root / "personas" / "0-ola.yaml")
    assert run_cli("lint", "--no-cache").exit_code == 0


def test_the_entry_still_accounts_for_one_finding_and_goes_stale_when_fixed(tmp_path, monkeypatch):
    """Guard: adding the negative persona fixes it (the entry is then no longer found), and `--write-baseline`
    after the move records the finding where it is now."""
    root = _adopted(tmp_path, monkeypatch)
    (root / "personas" / "ania.yaml").write_text(ANIA, encoding="utf-8")
    assert run_cli("lint", "--no-cache", "--write-baseline").exit_code == 0
    text = (root / ".cxkit-baseline.json").read_text(encoding="utf-8")
    assert '"path": "personas/ania.yaml", "rule": "missing-negative-persona"' in text
    assert text.count("missing-negative-persona") == 1
    (root / "personas" / "kolekcjoner.yaml").write_text(NEGATIVE, encoding="utf-8")
    result = run_cli("lint", "--no-cache")
    assert result.exit_code == 0
    assert "1 finding recorded in .cxkit-baseline.json" in result.stderr and "no longer found" in result.stderr
