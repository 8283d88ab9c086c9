"""review7 R7-7, R7-10 and R7-5: fmt, render -o and pasted no-break spaces.

- R7-7: `cxkit fmt FILE` leaves a named file alone when it does not parse and claims no cxkit kind
  (mkdocs.yml, Helm templates); a broken persona whose `kind` lost its colon, written as a list
  item or as a flow mapping claims one all the same, and is reported (exit 1) as lint reports it.
  The summary counts the named files it skipped.
- R7-10: `render -o .html` (nothing but an extension) wrote a hidden file named `.html`; it is
  refused with a name to use instead (exit 2), as `-o .pdf` is.
- R7-5: a bullet pasted from Word (`-` + U+00A0) and a key indented with no-break spaces parse;
  the schema's message names the look-alike spaces and says to replace them, and fmt leaves such
  a file as it is rather than move the key to the end or join the item to its key's line.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import run_cli
from snapshot_helpers import render_cli
from test_monorepo_fmt_config_s21 import CLOUDFORMATION, HELM, MKDOCS


def _digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and ".cxkit_cache" not in p.parts}


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


# --- R7-7: broken cxkit documents in shapes the kind line test missed -------------------------

BROKEN_SHAPES = {
    # `kind` lost its colon: the new minimal persona of a beginner.
    "personas/anna.yaml": "kind persona\nid: anna-kowalczyk\nname: Anna Kowalczyk\n",
    # The document written as a list item, its flow list never closed.
    "personas/lista.yaml": "- kind: persona\n  id: anna-lista\n  name: Anna\n  goals: [Zablokować kartę w 30 sekund\n",
    # A flow mapping after a comment, its list never closed.
    "personas/flow.yaml": "# persona\n{kind: persona, id: anna-flow, name: Anna, goals: [Zablokować kartę}\n",
    # A journey whose `kind` lost its colon, the kind quoted.
    "journeys/zakup.yaml": 'kind "journey"\nid: zakup\nname: Zakup biletu\npersona: anna-kowalczyk\n',
}


@pytest.mark.parametrize("rel", sorted(BROKEN_SHAPES))
def test_fmt_reports_a_named_broken_document_in_any_shape(ws: Path, rel: str) -> None:
    _write(ws, {rel: BROKEN_SHAPES[rel]})
    before = _digests(ws)
    result = run_cli("fmt", "--no-cache", "--check", rel)
    assert result.exception is None
    assert result.exit_code == 1, result.stdout + result.stderr
    [line] = result.stdout.splitlines()
    assert line.startswith(f"{rel}:") and line.endswith("[yaml-syntax]"), line
    assert "skipped" not in result.stderr
    assert _digests(ws) == before
    # lint says the same of it.
    assert run_cli("lint", "--only-documents", rel).exit_code == 1


def test_fmt_reports_a_persona_written_as_a_list_that_parses(ws: Path) -> None:
    _write(ws, {"personas/anna.yaml": "- kind: persona\n  id: anna\n  name: Anna Kowalczyk\n  goals: [Zablokować kartę]\n"})
    result = run_cli("fmt", "--no-cache", "personas/anna.yaml")
    assert result.exit_code == 1
    # The workspace is Polish: so is the line, as lint says it (session 37).
    assert result.stdout == ("personas/anna.yaml:1:1: error CX002 dokument cxkit to mapowanie YAML z kluczem `kind`, a "
                             "ten plik zawiera listę [schema]\n")


@pytest.mark.parametrize("text", [
    MKDOCS, HELM, CLOUDFORMATION,
    # Other tools' YAML with `kind` in a list item or a flow mapping, and a CamelCase kind.
    "- kind: Deployment\n  name: {{ .Release.Name }}\n",
    "items: [{kind: Service, name: api}, {kind: persona-service\n",
    "{{- if .Values.enabled }}\napiVersion: cx.example.com/v1\nkind Persona\n{{- end }}\n",
    "steps:\n  - name: build\n    kind: job\n    run: !Ref Build\n",
])
def test_fmt_still_leaves_named_foreign_yaml_alone(ws: Path, text: str) -> None:
    _write(ws, {"other.yaml": text})
    before = _digests(ws)
    result = run_cli("fmt", "--no-cache", "other.yaml")
    assert result.exception is None
    assert (result.exit_code, result.stdout) == (0, ""), result.stdout + result.stderr
    assert result.stderr == "Nie ma czego formatować: nie znaleziono dokumentów cxkit; pominięto 1 plik (to nie dokument cxkit).\n"
    assert _digests(ws) == before


def test_fmt_summary_counts_the_named_files_it_skipped(ws: Path) -> None:
    anna = "kind: persona\nid: anna\nname: Anna Kowalczyk\ngoals:\n  - Zablokować kartę w 30 sekund\n"
    _write(ws, {"mkdocs.yml": MKDOCS, "infra/stack.yaml": CLOUDFORMATION, "personas/anna.yaml": anna,
                "personas/ola.yaml": "name: Ola\nkind: persona\nid: ola\n"})
    result = run_cli("fmt", "--no-cache", "--check", "mkdocs.yml", "infra/stack.yaml", "personas/anna.yaml",
                     "personas/ola.yaml")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        "Do przeformatowania: 1 plik, bez zmian: 1 plik, pominięto 2 pliki (to nie dokumenty cxkit).")
    # A folder scan passes over other tools' YAML as before: it names no file, so counts none skipped.
    scan = run_cli("fmt", "--no-cache", "--check", ".")
    assert scan.stderr.splitlines()[-1] == "Do przeformatowania: 1 plik, bez zmian: 1 plik."


# --- R7-10: -o with nothing but an extension --------------------------------------------------

ANNA = "kind: persona\nid: anna\nname: Anna\ngoals:\n  - Zablokować kartę w 30 sekund\n"


@pytest.mark.parametrize("args,name,suggested", [
    ([], ".html", "anna.html"),
    ([], ".HTML", "anna.html"),
    ([], ".md", "anna.md"),
    ([], ".json", "anna.json"),
    ([], ".txt", "anna.txt"),
    ([], "out/.mmd", "out/anna.mmd"),
    (["-f", "json"], ".html", "anna.json"),  # --format wins: the name is of its extension
    (["-f", "html"], ".pdf", "anna.html"),
])
def test_a_name_that_is_only_an_extension_is_refused_with_a_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  args: list[str], name: str, suggested: str) -> None:
    _write(tmp_path, {"cxkit.toml": "", "personas/anna.yaml": ANNA, "out/.keep": ""})
    code, out, err = render_cli(tmp_path, monkeypatch, "personas/anna.yaml", *args, "-o", name)
    assert (code, out) == (2, ""), err
    assert err == (f"cxkit: -o {name}: that is only an extension, which would write a hidden file named "
                   f"{Path(name).name}; name the file, as in -o {suggested}\n")
    assert not (tmp_path / name).exists()


def test_a_bare_extension_for_a_folder_is_named_after_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, {"cxkit.toml": "", "personas/anna.yaml": ANNA})
    code, _out, err = render_cli(tmp_path, monkeypatch, "personas", "-o", ".html")
    assert code == 2 and err.endswith("name the file, as in -o personas.html\n"), err


def test_a_hidden_name_of_no_format_and_a_named_export_are_still_written(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: `.mapa` is a name (the text view), `anna.html` an export, `.pdf` keeps its own message."""
    _write(tmp_path, {"cxkit.toml": "", "personas/anna.yaml": ANNA})
    for name in (".mapa", "anna.html"):
        code, _out, err = render_cli(tmp_path, monkeypatch, "personas/anna.yaml", "-o", name)
        assert (code, err) == (0, ""), err
    assert (tmp_path / "anna.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code, _out, err = render_cli(tmp_path, monkeypatch, "personas/anna.yaml", "-o", ".pdf")
    assert (code, err) == (2, "cxkit: -o .pdf: cxkit does not write PDF; export HTML (-o anna.html) and print it "
                              "to PDF from the browser\n")


# --- R7-5: look-alike spaces that still parse -------------------------------------------------

NBSP_KEY = ("kind: persona\nid: anna\nname: Anna\ndemographics:\n\u00a0\u00a0age: 34\ngoals:\n"
            "  - Założyć konto w 15 minut\n")
NBSP_DASH = ("kind: persona\nid: anna\nname: Anna\ngoals:\n  -\u00a0Założyć konto w 15 minut\n"
             "  - Zablokować kartę\n")
IDEOGRAPHIC_DASH = "kind: persona\nid: anna\nname: Anna\ngoals:\n  -\u3000\u3000Założyć konto w 15 minut\n"
ONE_NBSP_KEY = "kind: persona\nid: anna\nname: Anna\ndemographics:\n\u00a0age: 34\n"

KEY_MESSAGE = ("unknown field 'age': it starts with 2 no-break spaces (U+00A0), which YAML reads as part of "
               "the key, not as indentation (pasted from a word processor?); replace them with ordinary spaces")
DASH_MESSAGE = ("'goals' must be a list, not the text '- Założyć konto w 15 minut - Zablokować kartę'; the dash is "
                "followed by a no-break space (U+00A0), so YAML reads no list item (pasted from a word processor?): "
                "replace it with an ordinary space")

# lint's own findings in this Polish workspace (fmt keeps the English ones above)
KEY_MESSAGE_PL = ("nieznane pole `age`: zaczyna się od 2 twardych spacji (U+00A0), które YAML czyta jako część "
                  "klucza, a nie jako wcięcie (wklejone z edytora tekstu?); zamień je na zwykłe spacje")
DASH_MESSAGE_PL = ("`goals` musi być listą, a jest tu tekst „- Założyć konto w 15 minut - Zablokować kartę”; po "
                   "myślniku jest twarda spacja (U+00A0), więc YAML nie widzi elementu listy (wklejone z edytora "
                   "tekstu?): zamień ją na zwykłą spację")


def _schema_lines(result: object) -> list[str]:
    return [line for line in result.stdout.splitlines() if "[schema]" in line]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text,expected", [
    (NBSP_KEY, f"h.yaml:5:1: error CX002 {KEY_MESSAGE_PL} [schema]"),
    (NBSP_DASH, f"h.yaml:5:4: error CX002 {DASH_MESSAGE_PL} [schema]"),
    (IDEOGRAPHIC_DASH, "h.yaml:5:4: error CX002 `goals` musi być listą, a jest tu tekst „-  Założyć konto "
                       "w 15 minut”; po myślniku są 2 spacje ideograficzne (U+3000), więc YAML nie widzi elementu listy "
                       "(wklejone z edytora tekstu?): zamień je na zwykłe spacje [schema]"),
    (ONE_NBSP_KEY, "h.yaml:5:1: error CX002 nieznane pole `age`: zaczyna się od twardej spacji (U+00A0), którą "
                   "YAML czyta jako część klucza, a nie jako wcięcie (wklejone z edytora tekstu?); zamień ją na zwykłą "
                   "spację [schema]"),
])
def test_lint_names_the_pasted_spaces_and_the_fix(ws: Path, text: str, expected: str) -> None:
    _write(ws, {"h.yaml": text})
    result = run_cli("lint", "--select", "yaml-syntax,schema", "h.yaml")
    assert result.exit_code == 1
    assert _schema_lines(result) == [expected]


def test_ordinary_unknown_fields_and_text_for_a_list_keep_their_advice(ws: Path) -> None:
    """Guard: a key or an item with no look-alike space is told what it was told before."""
    _write(ws, {"h.yaml": "kind: persona\nid: anna\nname: Anna\nsamochod: rower\ngoals: -10% opłat za kartę\n"})
    result = run_cli("lint", "--select", "yaml-syntax,schema", "h.yaml")
    assert _schema_lines(result) == [
        "h.yaml:4:1: error CX002 nieznane pole `samochod` (własne dane trzymaj pod kluczem zaczynającym się od `x-`) "
        "[schema]",
        "h.yaml:5:8: error CX002 `goals` musi być listą, a jest tu tekst „-10% opłat za kartę”; każdy element napisz "
        "w osobnym wierszu zaczynającym się od `- ` [schema]",
    ]


@pytest.mark.parametrize("text,where,message", [
    (NBSP_KEY, "5:1", KEY_MESSAGE),
    (NBSP_DASH, "5:4", DASH_MESSAGE),
])
@pytest.mark.parametrize("mode", [[], ["--check"]])
def test_fmt_leaves_a_file_with_pasted_spaces_as_it_is(ws: Path, text: str, where: str, message: str,
                                                       mode: list[str]) -> None:
    _write(ws, {"h.yaml": text})
    result = run_cli("fmt", "--no-cache", *mode, "h.yaml")
    assert result.exit_code == 1
    assert result.stdout == f"h.yaml:{where}: error CX002 {message}; the file is left as it is until then [schema]\n"
    assert (ws / "h.yaml").read_text(encoding="utf-8") == text


def test_fmt_lays_out_the_file_once_the_spaces_are_replaced(ws: Path) -> None:
    """Guard: with ordinary spaces, `age` is under `demographics` and stays there."""
    _write(ws, {"h.yaml": NBSP_KEY.replace("\u00a0", " ")})
    result = run_cli("fmt", "--no-cache", "h.yaml")
    assert result.exit_code == 0, result.stdout
    assert "demographics:\n  age: 34\n" in (ws / "h.yaml").read_text(encoding="utf-8")
