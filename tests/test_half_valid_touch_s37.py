"""Which fields a schema error touches in a half-valid document (session 37, tester39's M2).

A persona with `pain_ponts:` alone got missing-sources and missing-review-date beside its CX002, as the
README shows; with a correct `pain_points:` list beside the typo, or with an unknown key that is near no
field (`location:` at the top), both vanished, though neither rule reads pain points: such a key touched
every field. Now a key touches the field it is a near miss of (the one it stands for, or the one beside it
to merge it into), and a key near no field touches none (its error says to keep it as an `x-` key)."""

from __future__ import annotations

from pathlib import Path

from lint_cli_helpers import TOM, lint, ws  # noqa: F401  (the fixture)

JAN = """\
kind: persona
id: jan-kowalski
name: Jan Kowalski
goals:
  - Kupuje słuchawki Sony w Media Expert raz na dwa lata, po przesłuchaniu ich w salonie
pain_points:
  - Zwrócił dwie pary słuchawek z Allegro, bo uciskały go po godzinie
"""


def found(*args: str) -> list[tuple[int, str]]:
    return [(f["line"], f["code"]) for f in lint("--ignore", "CX201", *args)[1]]


def polish(ws: Path) -> None:
    (ws / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")


def test_a_typo_beside_its_field_leaves_sources_and_review_date_to_be_checked_s37(ws: Path) -> None:
    (ws / "p.yaml").write_text(TOM + "pain_ponts:\n  - Forgets to send invoices\n", encoding="utf-8")
    findings = lint("--ignore", "CX201", "p.yaml")[1]
    assert [(f["line"], f["code"]) for f in findings] == [(2, "CX301"), (2, "CX304"), (8, "CX002")]
    assert "beside 'pain_points', which is already there" in findings[2]["message"]
    # As the typo alone (README's example) gets them: the same rules run either way.
    (ws / "p.yaml").write_text(TOM.replace("pain_points", "pain_ponts"), encoding="utf-8")
    assert found("p.yaml") == [(2, "CX301"), (2, "CX304"), (6, "CX002")]


def test_a_typo_beside_its_field_keeps_that_fields_readers_off_s37(ws: Path) -> None:
    # pseudo-profiling reads the pain points (and counts the traits): with a vague one beside the typo it
    # still waits for the merge, as it does for the typo alone.
    text = TOM.replace("  - Chases 12 late invoices every Monday morning\n", "  - Values quality\n")
    (ws / "p.yaml").write_text(text + "pain_ponts:\n  - Forgets to send invoices\n", encoding="utf-8")
    assert found("p.yaml") == [(2, "CX301"), (2, "CX304"), (8, "CX002")]
    (ws / "p.yaml").write_text(text, encoding="utf-8")
    assert (7, "CX101") in found("p.yaml"), "fixed, the vague pain point is found"


def test_an_unknown_top_level_key_touches_no_field_s37(ws: Path) -> None:
    (ws / "p.yaml").write_text(TOM + "location: Leeds\n", encoding="utf-8")
    assert found("p.yaml") == [(2, "CX301"), (2, "CX304"), (8, "CX002")]
    # and the traits are read too, as they are once the key is kept as `x-location`
    (ws / "p.yaml").write_text(TOM.replace("Chases 12 late invoices every Monday morning", "Values quality")
                               + "location: Leeds\n", encoding="utf-8")
    assert found("p.yaml") == [(2, "CX301"), (2, "CX304"), (7, "CX101"), (8, "CX002")]
    (ws / "p.yaml").write_text(TOM.replace("Chases 12 late invoices every Monday morning", "Values quality")
                               + "x-location: Leeds\n", encoding="utf-8")
    assert found("p.yaml") == [(2, "CX301"), (2, "CX304"), (7, "CX101")]


def test_a_polish_typo_beside_its_field_leaves_sources_and_review_date_s37(ws: Path) -> None:
    polish(ws)
    (ws / "p.yaml").write_text(JAN + "pain_ponts:\n  - Nie pamięta hasła do aplikacji sklepu\n", encoding="utf-8")
    findings = lint("--ignore", "CX201", "p.yaml")[1]
    assert [(f["line"], f["code"]) for f in findings] == [(2, "CX301"), (2, "CX304"), (8, "CX002")]
    assert findings[0]["message"].startswith("brak źródeł")


def test_a_polish_unknown_top_level_key_touches_no_field_s37(ws: Path) -> None:
    polish(ws)
    (ws / "p.yaml").write_text(JAN + "miejsce: Warszawa, Mokotów\n", encoding="utf-8")
    findings = lint("--ignore", "CX201", "p.yaml")[1]
    assert [(f["line"], f["code"]) for f in findings] == [(2, "CX301"), (2, "CX304"), (8, "CX002")]
    assert findings[1]["message"].startswith("brak daty `reviewed`")


def test_a_key_that_stands_for_a_field_still_keeps_its_readers_off_s37(ws: Path) -> None:
    # `frustrations` stands for `pain_points`: missing-sources reads none of it, pseudo-profiling does.
    (ws / "p.yaml").write_text(TOM.replace("pain_points:\n  - Chases 12 late invoices every Monday morning\n",
                                           "frustrations:\n  - Values quality\n"), encoding="utf-8")
    assert found("p.yaml") == [(2, "CX301"), (2, "CX304"), (6, "CX002")]
