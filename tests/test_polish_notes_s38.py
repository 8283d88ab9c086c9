"""More of the lines that stayed English in a Polish workspace (`lang = "pl"`) speak Polish (session 38).

Each case is told in Polish where the workspace says `lang = "pl"`, and as before in English (`lang = "en"`):
the baseline's refusal of a nameless stdin document, `cxkit new`'s usage errors, the config's notes and
warnings, a folder scan's notes, the cache's warnings, fmt's notes on a layout it keeps, render's and
review's refusals. The words `error`/`warning` and fmt's `reformatted FILE` lines stay as they are.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from git_helpers import Repo, needs_git
from workspace_helpers import OLA, lang_workspace
from workspace_helpers import run_cxkit as _run


def _ws(root: Path, monkeypatch: pytest.MonkeyPatch, lang: str, config: str = "") -> Path:
    """``root`` (made if missing) as the current folder, at 200 columns without colour: a workspace whose
    cxkit.toml says `lang = "<lang>"`, then ``config``, with OLA in personas/ola.yaml."""
    lang_workspace(root, lang, {"ola.yaml": OLA}, config)
    monkeypatch.chdir(root)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    return root


# --- usage errors: lint --baseline with a nameless stdin document, cxkit new's options -----------------------------

@pytest.mark.parametrize("lang, args, stdin, said", [
    ("pl", ("lint", "--baseline", "bazowy.json", "-"), OLA,
     "cxkit: --baseline: plik bazowy rozpoznaje zgłoszenia po ścieżce pliku, a dokument wczytany ze standardowego "
     "wejścia jej nie ma: podaj --stdin-filename ŚCIEŻKA albo pomiń --baseline\n"),
    ("en", ("lint", "--baseline", "bazowy.json", "-"), OLA,
     "cxkit: --baseline: a document read from stdin is matched with a baseline by its file: give --stdin-filename "
     "PATH, or leave --baseline out\n"),
    ("pl", ("new", "journey", "Zakup butów", "--persona", "Ola Biegaczka", "--no-input"), None,
     "cxkit: --persona „Ola Biegaczka” nie jest poprawnym id (małe litery i cyfry połączone łącznikami lub "
     "podkreślnikami); czy chodziło o „ola-biegaczka”?\n"),
    ("en", ("new", "journey", "Zakup butów", "--persona", "Ola Biegaczka", "--no-input"), None,
     "cxkit: --persona 'Ola Biegaczka' is not a valid id (lowercase letters and digits joined by hyphens or "
     "underscores); did you mean 'ola-biegaczka'?\n"),
], ids=["baseline-stdin-pl", "baseline-stdin-en", "new-persona-not-an-id-pl", "new-persona-not-an-id-en"])
def test_a_usage_error_in_the_workspaces_language_s38(tmp_path, monkeypatch, lang, args, stdin, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    assert _run(*args, stdin=stdin)[::2] == (2, said)

@pytest.mark.parametrize("lang, persona, stages", [
    ("pl", "cxkit: --persona dotyczy tylko ścieżek klienta (cxkit new journey)\n",
     "cxkit: --stages dotyczy tylko ścieżek klienta (cxkit new journey)\n"),
    ("en", "cxkit: --persona is only for journeys\n", "cxkit: --stages is only for journeys\n"),
])
def test_new_options_only_for_journeys_s38(tmp_path, monkeypatch, lang, persona, stages) -> None:
    _ws(tmp_path, monkeypatch, lang)
    assert _run("new", "persona", "Halina Nowak", "--persona", "ola-biegaczka", "--no-input")[::2] == (2, persona)
    assert _run("new", "negative-persona", "Kamil", "--stages", "service", "--no-input")[::2] == (2, stages)
    assert not (tmp_path / "personas" / "halina-nowak.yaml").exists()


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: --dir notatki.txt: to plik, nie folder\n"),
    ("en", "cxkit: --dir notatki.txt: not a folder\n"),
])
def test_new_dir_that_is_a_file_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "notatki.txt").write_text("z warsztatu\n", encoding="utf-8")
    assert _run("new", "persona", "Halina Nowak", "--dir", "notatki.txt", "--no-input")[::2] == (2, said)


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: mapy: tu jest plik, a ma być folder journey-dir; przenieś go albo zapisz dokument gdzie indziej z --dir\n"),
    ("en", "cxkit: mapy: a file where the journey-dir folder should be; move it, or write elsewhere with --dir\n"),
])
def test_new_file_where_the_configured_folder_should_be_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang, 'journey-dir = "mapy"\n')
    (tmp_path / "mapy").write_text("notatki z warsztatu\n", encoding="utf-8")
    assert _run("new", "journey", "Zakup butów", "--no-input")[::2] == (2, said)
    assert (tmp_path / "mapy").read_text(encoding="utf-8") == "notatki z warsztatu\n"


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: persona-dir w cxkit.toml prowadzi poza obszar roboczy, do {out}; `cxkit new` zapisuje tam tylko "
           "wtedy, gdy wskażesz to miejsce wprost: --dir {out}\n"),
    ("en", "cxkit: persona-dir in cxkit.toml leads out of the workspace, to {out}; `cxkit new` writes there only when you "
           "name it: --dir {out}\n"),
])
def test_new_persona_dir_out_of_the_workspace_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path / "ws", monkeypatch, lang, 'persona-dir = "../obce"\n')
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    out = str((tmp_path / "obce").resolve())
    assert _run("new", "persona", "Halina Nowak", "--no-input")[::2] == (2, said.format(out=out))
    assert not (tmp_path / "obce").exists()


# --- render's refusals ---------------------------------------------------------------------------------------------

ZAKUP = """\
kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
persona: ola-biegaczka
lang: pl
stages:
  - id: porownanie
    name: Porównanie modeli w sklepie biegowym
  - id: przymiarka
    name: Przymiarka na bieżni w sklepie
"""
PL_REPLACE = "; zapis eksportu zastąpiłby ten plik — podaj w -o inny plik albo dodaj --force, by go zastąpić\n"
EN_REPLACE = "; writing the export there would replace it — give -o another file, or add --force to replace it\n"


@pytest.mark.parametrize("lang, notes, html, folder", [
    ("pl", "cxkit: notatki.md: nie jest wcześniejszym eksportem cxkit" + PL_REPLACE,
     "cxkit: ola.html: to eksport HTML z cxkit, a zapisywany jest eksport Markdown" + PL_REPLACE,
     "cxkit: eksporty: to folder; podaj nazwę pliku\n"),
    ("en", "cxkit: notatki.md: is not a previous cxkit export" + EN_REPLACE,
     "cxkit: ola.html: is a cxkit HTML export, not the Markdown export this writes" + EN_REPLACE,
     "cxkit: eksporty: is a folder; give a file name\n"),
])
def test_render_does_not_replace_what_is_no_earlier_export_s38(tmp_path, monkeypatch, lang, notes, html, folder) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "notatki.md").write_text("# Notatki z warsztatu 12.11\n\nOla biega w Parku Skaryszewskim.\n",
                                         encoding="utf-8")
    assert _run("render", "personas/ola.yaml", "-o", "notatki.md")[::2] == (2, notes)
    assert (tmp_path / "notatki.md").read_text(encoding="utf-8").startswith("# Notatki z warsztatu")
    assert _run("render", "personas/ola.yaml", "-o", "ola.html")[0] == 0
    assert _run("render", "personas/ola.yaml", "-f", "markdown", "-o", "ola.html")[::2] == (2, html)
    (tmp_path / "eksporty").mkdir()
    assert _run("render", "personas/ola.yaml", "-f", "markdown", "-o", "eksporty")[::2] == (2, folder)


@pytest.mark.parametrize("lang, svg_persona, mermaid_folder, svg_folder", [
    ("pl", "cxkit: eksport SVG rysuje krzywą emocji ścieżki; personas/ola.yaml to persona (spróbuj --format markdown "
           "albo html)\n",
     "cxkit: mermaid rysuje jedną ścieżkę; podaj plik ścieżki, a nie folder\n",
     "cxkit: eksport SVG rysuje krzywą emocji jednej ścieżki; podaj plik ścieżki, a nie folder (-f html pokazuje cały "
     "folder)\n"),
    ("en", "cxkit: the SVG export draws a journey's emotion curve; personas/ola.yaml is a persona (try --format "
           "markdown or html)\n",
     "cxkit: mermaid draws one journey; give a journey file, not a folder\n",
     "cxkit: the SVG export draws one journey's emotion curve; give a journey file, not a folder (-f html shows the "
     "whole folder)\n"),
])
def test_render_svg_and_mermaid_refusals_s38(tmp_path, monkeypatch, lang, svg_persona, mermaid_folder, svg_folder) -> None:
    _ws(tmp_path, monkeypatch, lang)
    assert _run("render", "personas/ola.yaml", "-f", "svg")[::2] == (2, svg_persona)
    assert _run("render", "personas", "-f", "mermaid")[::2] == (2, mermaid_folder)
    assert _run("render", "personas", "-f", "svg")[::2] == (2, svg_folder)


@pytest.mark.parametrize("lang, svg, mermaid_stage", [
    ("pl", "cxkit: journeys/zakup.yaml:7:9: żaden etap ścieżki nie ma emocji, więc eksport SVG narysowałby pustą "
           "krzywą emocji; oceń te etapy od -2 do +2 (`emotion:`; cxkit lint zgłasza CX401 stage-without-emotion) albo "
           "wyeksportuj ścieżkę przez --format markdown lub html, które pokazują każdy etap\n",
     "cxkit: journeys/zakup.yaml:9:9: etap wybrany przez --stage („przymiarka”) nie ma emocji, więc diagram Mermaid "
     "byłby pusty (rysuje krzywą emocji: każde zadanie potrzebuje oceny od 1 do 5); oceń ten etap od -2 do +2 "
     "(`emotion:`; cxkit lint zgłasza CX401 stage-without-emotion) albo wyeksportuj ścieżkę przez --format markdown "
     "lub html, które pokazują każdy etap\n"),
    ("en", "cxkit: journeys/zakup.yaml:7:9: no stage of the journey has an emotion, so the SVG export would draw an "
           "empty emotion curve; score the stages from -2 to +2 (`emotion:`; cxkit lint reports CX401 "
           "stage-without-emotion), or export with --format markdown or html, which show every stage\n",
     "cxkit: journeys/zakup.yaml:9:9: the stage picked with --stage ('przymiarka') has no emotion, so the Mermaid "
     "diagram would draw nothing (it shows the emotion curve: every task needs a score from 1 to 5); score the stage "
     "from -2 to +2 (`emotion:`; cxkit lint reports CX401 stage-without-emotion), or export with --format markdown "
     "or html, which show every stage\n"),
])
def test_render_refuses_a_curve_with_no_emotion_s38(tmp_path, monkeypatch, lang, svg, mermaid_stage) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "zakup.yaml").write_text(ZAKUP, encoding="utf-8")
    assert _run("render", "journeys/zakup.yaml", "-o", "zakup.svg")[::2] == (2, svg)
    assert not (tmp_path / "zakup.svg").exists()
    assert _run("render", "journeys/zakup.yaml", "-f", "mermaid", "--stage", "przymiarka")[::2] == (2, mermaid_stage)


# --- review's list of the files it could not read -------------------------------------------------------------------

@needs_git
@pytest.mark.parametrize("lang, heading, said", [
    ("pl", "Tych plików nie udało się odczytać, więc ich zmian nie pokazano",
     "personas/ola.yaml:5:10: nieprawidłowy YAML: ta wartość w cudzysłowie nie jest nigdzie zamknięta; dopisz "
     "cudzysłów zamykający"),
    ("en", "Files that could not be read, so their changes are not shown",
     "personas/ola.yaml:5:10: invalid YAML: this quoted value is never closed; add the closing quote"),
])
def test_review_lists_the_files_it_could_not_read_in_the_workspaces_language_s38(tmp_path, monkeypatch, lang, heading,
                                                                                said) -> None:
    repo = Repo(tmp_path / "zespol")
    repo.write("cxkit.toml", f'lang = "{lang}"\n')
    repo.write("personas/ola.yaml", OLA)
    repo.commit("Ola")
    repo.write("personas/ola.yaml", 'kind: persona\nid: ola-biegaczka\nname: Ola Nowak\nlang: pl\nsummary: "Biega\n')
    monkeypatch.chdir(repo.root)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    text = _run("review", "HEAD", "-f", "text")[1]
    assert f"{heading}:\n{said}\n" in text
    markdown = _run("review", "HEAD")[1]
    place, message = said.split(": ", 1)
    assert f"- `{place}`: {message}\n" in markdown
    page = _run("review", "HEAD", "-f", "html")[1]
    assert f"<li><code>{place}</code>: {message}</li>" in page


# --- fmt's note on a layout it keeps --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: uwaga: personas/ola.yaml: `channels` zostaje nad `behaviours`, poza udokumentowaną kolejnością: "
           "trzyma kotwicę &kanaly, której używa pole poniżej (*kanaly), a w YAML kotwica musi stać przed swoimi "
           "aliasami; by zachować udokumentowaną kolejność, wpisz tę wartość w pierwszym polu, które jej używa, i tam "
           "postaw kotwicę\n"),
    ("en", "cxkit: note: personas/ola.yaml: left 'channels' above 'behaviours', out of the documented order: it holds "
           "the anchor &kanaly, which a key below uses (*kanaly), and YAML needs an anchor before its aliases; for the "
           "documented order, write the value in the first key that uses it, with the anchor there\n"),
])
def test_fmt_says_why_it_keeps_an_anchor_above_its_alias_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "personas" / "ola.yaml").write_text(
        OLA + "channels: &kanaly\n  - Grupa biegowa na Facebooku\nbehaviours: *kanaly\n", encoding="utf-8")
    for args in (("fmt", "--check", "personas/ola.yaml"), ("fmt", "personas/ola.yaml")):
        code, _out, err = _run(*args)
        assert code == 0 and said in err, err
        assert err.count("\n") == 2  # the note and fmt's summary, nothing else


def test_fmt_layout_note_of_an_unknown_form_stays_english_whole_s38() -> None:
    from cxkit.commands_scaffold import _layout_note_pl

    assert _layout_note_pl("left 'x' somewhere else") == "left 'x' somewhere else"
    assert _layout_note_pl("left 'a' above 'b', 'c', 'd' ..., out of the documented order: it holds an anchor (&name) "
                           "that a key below uses, and YAML needs an anchor before its aliases; for the documented "
                           "order, write the value in the first key that uses it, with the anchor there") == (
        "`a` zostaje nad `b`, `c`, `d` ..., poza udokumentowaną kolejnością: trzyma kotwicę (&nazwa), której używa pole "
        "poniżej, a w YAML kotwica musi stać przed swoimi aliasami; by zachować udokumentowaną kolejność, wpisz tę "
        "wartość w pierwszym polu, które jej używa, i tam postaw kotwicę")


# --- the caches' warnings -------------------------------------------------------------------------------------------

@pytest.fixture
def _fresh_cache_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    from cxkit.lint import cache

    monkeypatch.setattr(cache, "_WARNED", set())
    monkeypatch.setattr(cache, "_REFUSED", set())


@pytest.mark.usefixtures("_fresh_cache_warnings")
@pytest.mark.parametrize("lang, lint, fmt", [
    ("pl", "cxkit: ostrzeżenie: CXKIT_CACHE_DIR wskazuje {ws}/plik, który nie może pomieścić pamięci podręcznej lint (to "
           "plik, a nie folder); polecenie wykonano bez niej\n",
     "cxkit: ostrzeżenie: CXKIT_CACHE_DIR wskazuje {ws}/plik, który nie może pomieścić pamięci podręcznej fmt (to plik, a "
     "nie folder); polecenie wykonano bez niej\n"),
    ("en", "cxkit: warning: CXKIT_CACHE_DIR names {ws}/plik, which cannot hold the lint cache (it is a file, not a "
           "folder); the run went on without it\n",
     "cxkit: warning: CXKIT_CACHE_DIR names {ws}/plik, which cannot hold the fmt cache (it is a file, not a folder); "
     "the run went on without it\n"),
])
def test_a_cache_dir_that_is_a_file_s38(tmp_path, monkeypatch, lang, lint, fmt) -> None:
    from cxkit.lint import cache

    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "plik").write_text("to nie folder\n", encoding="utf-8")
    monkeypatch.setenv("CXKIT_CACHE_DIR", f"{tmp_path}/plik")
    err = _run("lint", "-f", "json")[2]
    assert err == lint.format(ws=tmp_path)
    monkeypatch.setattr(cache, "_WARNED", set())
    err = _run("fmt", "--check")[2]
    assert err.startswith(fmt.format(ws=tmp_path))


@pytest.mark.usefixtures("_fresh_cache_warnings")
@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: ostrzeżenie: nie można zapisać pamięci podręcznej lint w .cxkit_cache (to plik, a nie folder); "
           "polecenie wykonano bez niej, więc sprawdzono każdy plik; ten folder trzyma tylko zapamiętane wyniki: usuń "
           "go (rm -r .cxkit_cache, z sudo, jeśli należy do innego użytkownika) albo ustaw CXKIT_CACHE_DIR na folder, do "
           "którego możesz pisać\n"),
    ("en", "cxkit: warning: cannot write the lint cache in .cxkit_cache (it is a file, not a folder); the run went on "
           "without it, checking every file; it holds only cached results: remove it (rm -r .cxkit_cache, with sudo if "
           "another user owns it), or set CXKIT_CACHE_DIR to a folder you can write\n"),
])
def test_a_file_where_the_cache_folder_goes_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    (tmp_path / ".cxkit_cache").write_text("", encoding="utf-8")
    assert _run("lint", "-f", "json")[2] == said


@pytest.mark.usefixtures("_fresh_cache_warnings")
@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: ostrzeżenie: .cxkit_cache to dowiązanie symboliczne (do {to}), którego cxkit nigdy nie używa jako "
           "pamięci podręcznej; nic przez nie nie usunięto: usuń samo dowiązanie, jeśli go nie chcesz\n"),
    ("en", "cxkit: warning: .cxkit_cache is a symbolic link (to {to}), which cxkit never uses as its cache; nothing "
           "was removed through it: delete the link itself if you do not want it\n"),
])
def test_cache_clear_through_a_link_s38(tmp_path, monkeypatch, lang, said) -> None:
    ws = _ws(tmp_path / "ws", monkeypatch, lang)
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    (tmp_path / "inne").mkdir()
    (ws / ".cxkit_cache").symlink_to(tmp_path / "inne")
    assert _run("cache", "clear")[2] == said.format(to=tmp_path / "inne")



# --- the config's notes and warnings --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, slip, misnamed", [
    ("pl", "cxkit: uwaga: cxkit.toml:2:12: wzorzec „szkice” w kluczu exclude nie pasuje do żadnego sprawdzonego tu "
           "pliku (wielkość liter w nazwach ma znaczenie, jak w CI na Linuksie); czy chodziło o „Szkice”?\n",
     "cxkit: uwaga: personas/cxkit.toml.txt nie jest czytany: konfiguracja cxkit to plik o nazwie dokładnie cxkit.toml "
     "(albo tabela [tool.cxkit] w pyproject.toml), więc pliki tutaj sprawdzono według cxkit.toml; zmień jego nazwę (mv "
     "personas/cxkit.toml.txt personas/cxkit.toml)\n"),
    ("en", "cxkit: note: cxkit.toml:2:12: the exclude pattern 'szkice' matches no file checked here (names are compared "
           "case by case, as on Linux CI); did you mean 'Szkice'?\n",
     "cxkit: note: personas/cxkit.toml.txt is not read: cxkit's config is a file named exactly cxkit.toml (or "
     "[tool.cxkit] in pyproject.toml), so the files here were checked under cxkit.toml; rename it (mv "
     "personas/cxkit.toml.txt personas/cxkit.toml)\n"),
])
def test_config_notes_in_the_configs_language_s38(tmp_path, monkeypatch, lang, slip, misnamed) -> None:
    _ws(tmp_path, monkeypatch, lang, 'exclude = ["szkice"]\n')
    (tmp_path / "Szkice").mkdir()
    (tmp_path / "Szkice" / "ola-szkic.yaml").write_text(OLA.replace("ola-biegaczka", "ola-szkic"), encoding="utf-8")
    (tmp_path / "personas" / "cxkit.toml.txt").write_text('lang = "pl"\n', encoding="utf-8")
    for args in (("lint", "--no-cache", "-f", "json"), ("fmt", "--check")):
        err = _run(*args)[2]
        assert slip in err and misnamed in err, err


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: ostrzeżenie: pyproject.toml:3:1: tabela [tool.cxkit] nie jest czytana, bo obowiązuje cxkit.toml obok; "
           "przenieś jej ustawienia do cxkit.toml i usuń tę tabelę\n"),
    ("en", "cxkit: warning: pyproject.toml:3:1: [tool.cxkit] is not read, because cxkit.toml beside it is the config in "
           "force; move its settings into cxkit.toml and delete the table\n"),
])
def test_a_tool_cxkit_table_a_cxkit_toml_shadows_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "sklep-biegowy"\n[tool.cxkit]\nfail-level = "never"\n',
                                             encoding="utf-8")
    assert _run("lint", "--no-cache", "-f", "json")[2] == said


@pytest.mark.parametrize("lang, warned, failed", [
    ("pl", "cxkit: ostrzeżenie: `paths` w cxkit.toml wskazuje 'journeys', a takiej ścieżki nie ma; niczego tam nie "
           "sprawdzono\n",
     "cxkit: cxkit.toml:2:1: `paths` wskazuje 'mapy', 'journeys/*.yaml', a żadna z tych ścieżek nie istnieje, więc nie "
     "ma czego sprawdzać (`paths` przyjmuje pliki lub foldery, a nie wzorce, i sprawdza każdy plik *.yaml i *.yml w "
     "folderze, na każdej głębokości: wymień każdy folder)\n"),
    ("en", "cxkit: warning: 'paths' in cxkit.toml names 'journeys', which does not exist; nothing there was checked\n",
     "cxkit: cxkit.toml:2:1: 'paths' names 'mapy', 'journeys/*.yaml', and none of them exists, so there is nothing to "
     "check (`paths` takes files or folders, not patterns, and checks every *.yaml and *.yml file in a folder at any "
     "depth: name each folder)\n"),
])
def test_paths_naming_what_is_not_there_s38(tmp_path, monkeypatch, lang, warned, failed) -> None:
    _ws(tmp_path, monkeypatch, lang, 'paths = ["personas", "journeys"]\n')
    assert _run("lint", "--no-cache", "-f", "json")[2] == warned
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\npaths = ["mapy", "journeys/*.yaml"]\n', encoding="utf-8")
    assert _run("lint", "--no-cache", "-f", "json")[::2] == (2, failed)


# --- a folder scan's notes ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: uwaga: 1 dokument w języku de sprawdzono bez reguł czytających słowa (listy słów pseudo-profiling, "
           "trait-overlap, mirrored-negative-persona, feeling-contradicts-emotion, vague-feeling, vague-action, vague-metric, "
           "language-mismatch): cxkit czyta słowa po polsku i po angielsku; pozostałe reguły sprawdzają go jak każdy "
           "dokument (zob. docs/rules.md)\n"),
    ("en", "cxkit: note: 1 document in de is checked without the word rules (pseudo-profiling's word lists, "
           "trait-overlap, mirrored-negative-persona, feeling-contradicts-emotion, vague-feeling, vague-action, vague-metric, "
           "language-mismatch): cxkit reads words in Polish and English; the other rules check them as any document "
           "(see docs/rules.md)\n"),
])
def test_documents_in_a_language_cxkit_does_not_read_s38(tmp_path, monkeypatch, lang, said) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "personas" / "jonas.yaml").write_text(
        "kind: persona\nid: jonas-laeufer\nname: Jonas Becker\nlang: de\n"
        "summary: Läuft dreimal pro Woche im Tiergarten und kauft alle sechs Monate neue Schuhe.\n", encoding="utf-8")
    assert said in _run("lint", "--no-cache", "-f", "json")[2]


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: uwaga: personas/wspolne to dowiązanie do folderu, za którym skanowanie folderów nie podąża, więc "
           "niczego w nim nie sprawdzono; wskaż je, by je sprawdzić (cxkit lint personas/wspolne)\n"),
    ("en", "cxkit: note: personas/wspolne is a link to a folder, which a folder scan does not follow, so nothing in it "
           "was checked; name it to check it (cxkit lint personas/wspolne)\n"),
])
def test_a_link_to_a_folder_passed_over_s38(tmp_path, monkeypatch, lang, said) -> None:
    ws = _ws(tmp_path / "ws", monkeypatch, lang)
    (tmp_path / "wspolne").mkdir()
    (tmp_path / "wspolne" / "kasia.yaml").write_text(OLA.replace("ola-biegaczka", "kasia"), encoding="utf-8")
    (ws / "personas" / "wspolne").symlink_to(tmp_path / "wspolne")
    assert said in _run("lint", "--no-cache", "-f", "json")[2]


@needs_git
@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: uwaga: git ignoruje tu jeszcze 1 plik, który wygląda jak dokument cxkit, więc go nie sprawdzono "
           "(szkice/ola-szkic.yaml); wskaż go (cxkit lint szkice/ola-szkic.yaml) albo ustaw respect-gitignore = false w "
           'cxkit.toml; by go nie sprawdzać i nie widzieć tej uwagi, dodaj "szkice" do exclude w tej samej konfiguracji\n'),
    ("en", "cxkit: note: git ignores 1 more file here that looks like a cxkit document, so it was not checked "
           "(szkice/ola-szkic.yaml); name it (cxkit lint szkice/ola-szkic.yaml), or set respect-gitignore = false in "
           'cxkit.toml; to keep it unchecked without this note, add "szkice" to exclude there\n'),
])
def test_a_document_git_ignores_s38(tmp_path, monkeypatch, lang, said) -> None:
    repo = Repo(tmp_path / "zespol")
    _ws(repo.root, monkeypatch, lang)
    repo.write(".gitignore", "szkice/\n")
    repo.write("szkice/ola-szkic.yaml", OLA.replace("ola-biegaczka", "ola-szkic"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    assert said in _run("lint", "--no-cache", "-f", "json")[2]


@pytest.mark.parametrize("lang, tools, left_out", [
    ("pl", "cxkit: uwaga: personas/venv/ zawiera dokumenty cxkit, ale skanowanie folderów nie wchodzi do folderów "
           "narzędzi (node_modules, venv, __pycache__, środowisko wirtualne...); wskaż go (cxkit lint personas/venv) "
           "albo dodaj go do `paths` w konfiguracji\n",
     ("cxkit: uwaga: `exclude` pominął archiwum/stare (przez 'archiwum/stare' w cxkit.toml); ",
      "; wskaż te pliki, by je sprawdzić (cxkit lint archiwum/stare/*.yaml)\n")),
    ("en", "cxkit: note: personas/venv/ holds cxkit documents, but a folder scan does not enter a tool's folder "
           "(node_modules, venv, __pycache__, a virtual environment...); name it (cxkit lint personas/venv) or list it "
           "in `paths`\n",
     ("cxkit: note: `exclude` left out archiwum/stare (by 'archiwum/stare' in cxkit.toml); ",
      "; name its files to check them (cxkit lint archiwum/stare/*.yaml)\n")),
])
def test_a_scan_that_found_nothing_says_where_they_are_s38(tmp_path, monkeypatch, lang, tools, left_out) -> None:
    _ws(tmp_path, monkeypatch, lang, 'exclude = ["archiwum/stare"]\n')
    (tmp_path / "personas" / "ola.yaml").rename(tmp_path / "ola.yaml")
    (tmp_path / "personas" / "venv").mkdir()
    (tmp_path / "personas" / "venv" / "ola.yaml").write_text(OLA, encoding="utf-8")
    assert tools in _run("lint", "--no-cache", "-f", "json", "personas")[2]
    (tmp_path / "archiwum" / "stare").mkdir(parents=True)
    (tmp_path / "archiwum" / "stare" / "ola.yaml").write_text(OLA, encoding="utf-8")
    err = _run("lint", "--no-cache", "-f", "json", "archiwum")[2]
    assert left_out[0] in err and err.endswith(left_out[1]), err


# --- the config's errors --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("setting, pl, en", [
    ('exlude = ["szkice"]\n', "cxkit: cxkit.toml:2:1: nieznany klucz `exlude`; czy chodziło o `exclude`?\n",
     "cxkit: cxkit.toml:2:1: unknown key 'exlude'; did you mean 'exclude'?\n"),
    ('paths = "personas"\n', 'cxkit: cxkit.toml:2:1: zła wartość `paths`: to ma być lista, nawet jednego elementu: '
     'zapisz paths = ["personas"]\n',
     'cxkit: cxkit.toml:2:1: bad value for \'paths\': it takes a list, even of one item: write paths = ["personas"]\n'),
    ('select = ["CX1", 4]\n', 'cxkit: cxkit.toml:2:18: zła wartość `select`: element 2 to liczba 4, a nie tekst: zapisz '
     'każdy element w cudzysłowie, np. select = ["ALL"]\n', None),
    ('fail-level = "ostrzeżenie"\n', "cxkit: cxkit.toml:2:1: zła wartość `fail-level`: to ma być 'error', 'warning', "
     "'info' albo 'never', a nie 'ostrzeżenie'; czy chodziło o 'warning'? (fail-level = \"warning\")\n", None),
    ("respect-gitignore = \"nie\"\n", "cxkit: cxkit.toml:2:1: zła wartość `respect-gitignore`: to ma być true albo "
     "false, bez cudzysłowu, a nie tekst 'nie' (respect-gitignore = false sprawdza też to, co git ignoruje)\n", None),
    ('persona-dir = ["persony"]\n', 'cxkit: cxkit.toml:2:1: zła wartość `persona-dir`: to ma być jeden folder, a nie '
     'lista: zapisz persona-dir = "persony"\n', None),
    ("baseline = 1\n", 'cxkit: cxkit.toml:2:1: zła wartość `baseline`: to ma być nazwa pliku w cudzysłowie, a nie '
     'liczba 1: zapisz np. baseline = ".cxkit-baseline.json"\n', None),
])
def test_config_errors_in_the_configs_language_s38(tmp_path, monkeypatch, setting, pl, en) -> None:
    _ws(tmp_path, monkeypatch, "pl", setting)
    assert _run("lint", "--no-cache")[::2] == (2, pl)
    if en is not None:
        (tmp_path / "cxkit.toml").write_text(f'lang = "en"\n{setting}', encoding="utf-8")
        assert _run("lint", "--no-cache")[::2] == (2, en)


def test_a_config_error_of_a_form_not_said_in_polish_stays_english_whole_s38(tmp_path, monkeypatch) -> None:
    # A rule's own check of its option had no Polish form until session 41, and the line was English whole; now it
    # has one, and the line is Polish whole: no English word of the English form is left in it (a plugin's own
    # check, a plain ValueError, still has none: English whole; tests/test_polish_leftovers_s41.py has the rest).
    _ws(tmp_path, monkeypatch, "pl", '[rules.missing-stage]\nrequired = ["awareness", "po zakupie"]\n')
    code, _out, err = _run("lint", "--no-cache")
    assert code == 2 and err.startswith("cxkit: cxkit.toml:3:1: reguła „missing-stage”, opcja `required`, element 2: "), err
    assert err.count("\n") == 1 and "rule '" not in err and "option '" not in err and "stage id" not in err
