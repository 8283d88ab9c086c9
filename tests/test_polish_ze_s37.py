"""Polish reads "97 ze 107", not "97 z 107": "ze" before a number read starting "sto…"/"stu…".

Every "N z M" of a Polish message or heading is built by :func:`cxkit.lint.polish.out_of`; English keeps
"of" as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.lint.finding import Finding, Severity
from cxkit.lint.formats.github import _over_the_limit
from cxkit.lint.polish import out_of
from snapshot_helpers import render_cli


@pytest.mark.parametrize("n, said", [
    (0, "z 0"), (1, "z 1"), (2, "z 2"), (7, "z 7"), (25, "z 25"), (99, "z 99"),
    (100, "ze 100"), (107, "ze 107"), (150, "ze 150"), (199, "ze 199"),  # sto, sto siedem, sto pięćdziesiąt
    (200, "z 200"), (999, "z 999"), (1000, "z 1000"), (1100, "z 1100"),  # dwieście; tysiąc, tysiąc sto
    (99_999, "z 99999"), (100_000, "ze 100000"), (199_999, "ze 199999"), (200_000, "z 200000"),  # sto tysięcy
    (1_000_000, "z 1000000"), (1_150_000, "z 1150000"),  # milion (sto pięćdziesiąt tysięcy)
    (100_000_000, "ze 100000000"), (199_000_000, "ze 199000000"), (200_000_000, "z 200000000"),  # sto milionów
])
def test_the_preposition_follows_how_the_number_is_read_s37(n: int, said: str) -> None:
    assert out_of(n) == said


def _journey(lang: str, stages: int) -> str:
    lines = ["kind: journey", f"id: marta-ksef-{lang}", "name: Marta przechodzi na KSeF", f"lang: {lang}",
             "persona: marta-biuro-rachunkowe", "stages:"]
    for n in range(1, stages + 1):
        lines += [f"  - id: etap-{n}", f"    name: Etap {n}", f"    doing: Wkleja token KSeF po raz {n}",
                  f"    emotion: {(n % 5) - 2}"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "journeys").mkdir()
    (tmp_path / "cxkit.toml").write_text('paths = ["journeys"]\n', encoding="utf-8")
    for name, lang, stages in (("pl107", "pl", 107), ("pl7", "pl", 7), ("en107", "en", 107)):
        (tmp_path / "journeys" / f"{name}.yaml").write_text(_journey(lang, stages), encoding="utf-8")
    return tmp_path


def _title(ws: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    code, out, err = render_cli(ws, monkeypatch, *args, "-f", "mmd")
    assert code == 0, err
    return out.splitlines()[1]


def test_a_part_of_a_long_polish_journey_is_ze_107_s37(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _title(ws, monkeypatch, "journeys/pl107.yaml", "--stage", "97") == (
        "    title Marta przechodzi na KSeF (Etap 97 ze 107)")
    assert _title(ws, monkeypatch, "journeys/pl107.yaml", "--stage", "12,22") == (
        "    title Marta przechodzi na KSeF (Etapy 12, 22 ze 107)")
    # A short one keeps "z"; English keeps "of".
    assert _title(ws, monkeypatch, "journeys/pl7.yaml", "--stage", "5") == "    title Marta przechodzi na KSeF (Etap 5 z 7)"
    assert _title(ws, monkeypatch, "journeys/en107.yaml", "--stage", "97") == (
        "    title Marta przechodzi na KSeF (Stage 97 of 107)")


def test_the_stacked_terminal_heading_of_a_stage_says_ze_107_s37(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = render_cli(ws, monkeypatch, "journeys/pl107.yaml", "--layout", "stacked")
    assert code == 0, err
    assert "Etap 107 ze 107: Etap 107 (etap-107)" in out and " z 107" not in out
    code, out, err = render_cli(ws, monkeypatch, "journeys/en107.yaml", "--layout", "stacked")
    assert code == 0, err
    assert "Stage 107 of 107: Etap 107 (etap-107)" in out


def _warnings(n: int) -> list[Finding]:
    return [Finding(f"personas/p{i}.yaml", 3, 1, "CX301", "unsourced-claim", Severity.warning, "brak źródła")
            for i in range(n)]


def test_the_github_limit_note_counts_ze_107_warnings_s37() -> None:
    note = _over_the_limit(_warnings(107), pl=True)
    assert note is not None and "97 ze 107 ostrzeżeń nie ma wśród adnotacji" in note
    note = _over_the_limit(_warnings(17), pl=True)
    assert note is not None and "7 z 17 ostrzeżeń nie ma wśród adnotacji" in note
    note = _over_the_limit(_warnings(107))
    assert note is not None and "97 of the 107 warnings are not shown" in note
