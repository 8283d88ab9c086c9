"""render's note on a forced `--layout table` that does not fit is Polish in a `lang = "pl"` workspace (tester45 #2).

`cxkit render journeys/kredyt-hipoteczny-marty.yaml --width 120 --layout table` in her Polish workspace said
"--layout table: 12 stages do not fit side by side in 120 columns (the table needs 201); showing them stacked
instead" while the fold note beside it was already Polish. An English workspace reads as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workspace_helpers import run_cxkit

STAGES = [("potrzeba", "Potrzeba: zakup zamiast najmu"), ("symulacja", "Symulacja raty i RRSO w kalkulatorze"),
          ("konsultacja", "Konsultacja z doradcą mobilnym"), ("wniosek", "Złożenie wniosku kredytowego"),
          ("wycena", "Wycena nieruchomości: operat szacunkowy"), ("decyzja", "Decyzja kredytowa"),
          ("umowa", "Podpisanie umowy kredytowej w oddziale")]


def _journey(lang: str) -> str:
    stages = "".join(f"  - id: {sid}\n    name: \"{name}\"\n    doing: \"Porównuje ofertę z rekomendacją doradcy\"\n"
                     f"    emotion: 0\n" for sid, name in STAGES)
    return (f"kind: journey\nid: kredyt-hipoteczny-marty\nname: Marta bierze kredyt hipoteczny\nlang: {lang}\n"
            f"persona: marta\nstages:\n{stages}")


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: --layout table: etapy (7) nie mieszczą się obok siebie w 60 kolumnach (tabela potrzebuje "),
    ("en", "cxkit: --layout table: 7 stages do not fit side by side in 60 columns (the table needs "),
])
def test_forced_table_note_in_the_workspaces_language_s40(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          lang: str, said: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "kredyt.yaml").write_text(_journey("pl"), encoding="utf-8")
    code, out, err = run_cxkit("render", "journeys/kredyt.yaml", "--layout", "table", "--width", "60")
    assert code == 0
    assert "Wycena nieruchomości" in out
    note = next((line for line in err.splitlines() if line.startswith("cxkit: --layout table")), "")
    assert note.startswith(said), err
    needed = int(note.split("(tabela potrzebuje " if lang == "pl" else "(the table needs ")[1].split(")")[0])
    assert needed > 60
    if lang == "pl":
        assert note.endswith(f"pokazano je jeden pod drugim — użyj --width {needed} lub więcej albo wybierz mniej "
                             "etapów (--stage)")
        assert "stacked instead" not in err and "side by side" not in err
    else:
        assert note.endswith(f"showing them stacked instead — use --width {needed} or more, or fewer stages with --stage")
    # The width it names shows the table, without the note.
    code, out, err = run_cxkit("render", "journeys/kredyt.yaml", "--layout", "table", "--width", str(needed))
    assert code == 0 and "--layout table" not in err
