"""A Polish workspace's baseline that cannot be used is refused in Polish (issue #7, review of 9aece7ea and
936c57f4): a missing file, a folder, JSON that does not parse, another format, and the entries no run could
have written (a count over a million, a path above the file system's top). Located as in English, exit 2;
the English messages are unchanged (test_baseline*.py, test_hostile_files_s41.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PERSONA = ("kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\n"
           "summary: Kupuje bilety miesięczne w aplikacji przewoźnika w ostatnim dniu miesiąca\n")


def _entry(**over: object) -> dict[str, object]:
    return {"path": "personas/ola.yaml", "rule": "placeholder", "place": "summary", "subject": "'TODO'",
            "document": "ola", "count": 1, **over}


def _baseline(*entries: dict[str, object], form: str = "cxkit-baseline/1") -> str:
    return json.dumps({"format": form, "findings": list(entries)})


CASES = {
    "missing": (None, "brak.json: nie ma takiego pliku bazowego; zapisz go poleceniem `cxkit lint --write-baseline`",
                "brak.json: no such baseline file"),
    "folder": ("DIR", "brak.json: to folder, nie plik bazowy", "brak.json: that is a folder, not a baseline file"),
    "json": ('{"format": ', "brak.json:1:12: to nie jest plik bazowy cxkit: Expecting value (zapisz go od nowa "
             "poleceniem `cxkit lint --write-baseline --no-baseline`)", "brak.json:1:12: not a cxkit baseline: "),
    "format": (_baseline(form="cxkit-baseline/9"), 'brak.json: plik bazowy w formacie "cxkit-baseline/9", a ten '
               "cxkit czyta cxkit-baseline/1; zapisz go od nowa", 'brak.json: baseline of format "cxkit-baseline/9"'),
    "count": (_baseline(_entry(count=10**7)), 'wpis 1 listy "findings" nie jest wpisem zgłoszenia: "count" przekracza '
              "1 000 000 (path, rule, place i subject to tekst, count to liczba dodatnia)",
              '"count" is more than 1,000,000'),
    "climb": (_baseline(_entry(path="../" * 60 + "etc/passwd")), '"path" "' + "../" * 60 + 'etc/passwd" wychodzi o '
              "60 folderów w górę, ponad szczyt systemu plików", "climbs 60 folders up, above the file system's top"),
    "text": (_baseline(_entry(rule=7)), 'wpis 1 listy "findings" nie jest wpisem zgłoszenia: "rule" nie jest tekstem',
             '"rule" is not text'),
}


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CXKIT_", "GITHUB_", "GITLAB_"))}
    env["NO_COLOR"] = "1"
    return subprocess.run([sys.executable, "-m", "cxkit", "lint", "--no-cache", "--baseline", "brak.json"], cwd=root,
                          env=env, capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_baseline_that_cannot_be_used_is_refused_in_the_workspace_language_s41(tmp_path: Path, case: str,
                                                                                  lang: str) -> None:
    content, polish, english = CASES[case]
    root = tmp_path / "ws"
    (root / "personas").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    (root / "personas" / "ola.yaml").write_text(PERSONA, encoding="utf-8")
    if content == "DIR":
        (root / "brak.json").mkdir()
    elif content is not None:
        (root / "brak.json").write_text(content, encoding="utf-8")
    run = _lint(root)
    assert run.returncode == 2, run.stderr
    said = polish if lang == "pl" else english
    assert run.stderr.startswith("cxkit: brak.json") and said in run.stderr, run.stderr
    assert (english not in run.stderr) if lang == "pl" else ("listy" not in run.stderr), run.stderr
