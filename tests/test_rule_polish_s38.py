"""`cxkit rule NAME`'s errors and `cxkit rules`' opt-in mark in a Polish workspace (review of 12956721 and
972dd63a): `rules` lists the summaries in Polish there and `--select` says "nieznana reguła „…”", but `cxkit rule
unowned` still said "unknown rule 'unowned'; did you mean …?" and the Polish summaries of `rules` ended in
"(opt-in)".  Each case beside its English neighbour (`lang = "en"`), which says what it said before."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app


def _ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("lang, name, said", [
    ("pl", "unowned", "cxkit: nieznana reguła „unowned”; czy chodziło o „unowned-opportunity”?"),
    ("en", "unowned", "cxkit: unknown rule 'unowned'; did you mean 'unowned-opportunity'?"),
    ("pl", "zzzz", "cxkit: nieznana reguła „zzzz”; listę reguł podaje `cxkit rules`"),
    ("en", "zzzz", "cxkit: unknown rule 'zzzz'; `cxkit rules` lists them"),
    ("pl", "CX4o3", "cxkit: nieznana reguła „CX4o3”; czy chodziło o „CX403”?"),
    ("pl", "fmt-layot", "cxkit: nieznana reguła „fmt-layot”; czy chodziło o „fmt-layout” (to nie reguła lint: "
                        "`cxkit rule fmt-layout` mówi, co to jest)?"),
    ("en", "fmt-layot", "cxkit: unknown rule 'fmt-layot'; did you mean 'fmt-layout' (not a lint rule: "
                        "`cxkit rule fmt-layout` says what it is)?"),
    ("pl", "CX10", "cxkit: „CX10” to grupa reguł (CX101, CX102, CX103), a nie jedna reguła; zapytaj o jedną z nich "
                   "(`cxkit rule CX101`) albo zobacz wszystkie: `cxkit rules`"),
    ("en", "CX10", "cxkit: 'CX10' names a group of rules (CX101, CX102, CX103), not one rule; ask for one of them "
                   "(`cxkit rule CX101`), or see them all with `cxkit rules`"),
    ("pl", "ALL", "cxkit: „ALL” oznacza wszystkie reguły, a nie jedną; listę reguł podaje `cxkit rules`"),
    ("en", "ALL", "cxkit: 'ALL' means every rule, not one rule; `cxkit rules` lists them"),
    ("pl", " ", "cxkit: podaj nazwę reguły (pseudo-profiling) albo jej kod (CX101); listę reguł podaje `cxkit rules`"),
    ("en", " ", "cxkit: give a rule name (pseudo-profiling) or code (CX101); `cxkit rules` lists them"),
])
def test_rule_names_what_it_cannot_explain_in_the_workspace_s_language_s38(tmp_path, monkeypatch, lang, name, said):
    _ws(tmp_path, monkeypatch, lang)
    code, out, err = _run("rule", name)
    assert (code, out, err) == (2, "", said + "\n")


def test_guard_a_known_rule_is_explained_in_both_s38(tmp_path, monkeypatch) -> None:
    _ws(tmp_path, monkeypatch, "pl")
    assert _run("rule", "CX410")[1].splitlines()[2].startswith("Usprawnienie, którego `action`")


@pytest.mark.parametrize("lang, mark", [("pl", "(do włączenia)"), ("en", "(opt-in)")])
def test_rules_marks_an_opt_in_rule_in_the_workspace_s_language_s38(tmp_path, monkeypatch, lang, mark) -> None:
    _ws(tmp_path, monkeypatch, lang)
    lines = _run("rules")[1].splitlines()
    marked = [line.split()[0] for line in lines if line.endswith(f"  {mark}")]
    assert {"CX305", "CX414", "CX415"} <= set(marked), lines
    assert not any(line.endswith("(opt-in)") for line in lines) if lang == "pl" else True
    assert "(do włączenia)" not in "\n".join(lines) if lang == "en" else True
    # The Markdown (docs/rules.md) and the JSON stay as they were.
    assert "włączenia" not in _run("rules", "-f", "markdown")[1] + _run("rules", "-f", "json")[1]
