"""The last English a Polish workspace (`lang = "pl"`) still met on the command line (session 41).

Each message below was English in a Polish workspace: render's notes on a `--format` the `-o` name contradicts,
on an export written into a YAML name, on the stages a Mermaid diagram leaves out, on characters standard
output's encoding cannot show, and on a revision's config it could not read; diff's and review's notes on an
`--exclude` that matched nothing and on configs read instead; `cxkit rule NAME` under a broken config (English
docs, said nowhere why); a rule's own checks of its options' values and pydantic's words for `nan`. Each is
now said in Polish there, and the English twin of each stays byte for byte as it was.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from workspace_helpers import run_cxkit

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
JOURNEY = "journeys/pawel-kupuje-sluchawki-otwarte.yaml"


def _workspace(root: Path, lang: str | None) -> Path:
    """The bundled Polish headphone shop in ``root``, under a config that says ``lang`` (none: no config)."""
    for part in ("journeys", "personas"):
        shutil.copytree(EXAMPLES / "pl" / part, root / part)
    if lang is not None:
        (root / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    return root


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=cx@example.com", "-c", "user.name=CX", *args], cwd=root, check=True,
                   capture_output=True)


def _committed(root: Path) -> None:
    _git(root, "init", "-q", ".")
    (root / ".gitignore").write_text(".cxkit_cache/\n", encoding="utf-8")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "mapa Pawła")


def _notes(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("cxkit: ")]


# --- render: --format against the -o name ------------------------------------------------------------------


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: -o mapa.html: cxkit zapisze eksport JSON, o który prosi --format json, choć rozszerzenie .html "
           "zwykle oznacza HTML"),
    ("en", "cxkit: -o mapa.html: writing the JSON export, as --format json asks, though the extension .html usually "
           "means HTML"),
])
def test_format_against_the_extension_in_the_workspaces_language_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     lang: str, said: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path, lang))
    code, _out, err = run_cxkit("render", JOURNEY, "-f", "json", "-o", "mapa.html")
    assert code == 0
    assert _notes(err) == [said]
    assert (tmp_path / "mapa.html").read_text(encoding="utf-8").lstrip().startswith("{")


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: -o mapa.pdf: cxkit zapisze eksport zwykłego Markdownu, o który prosi --format markdown-plain, "
           "choć rozszerzenie .pdf jest dla PDF-ów, których cxkit nie zapisuje"),
    ("en", "cxkit: -o mapa.pdf: writing the plain Markdown export, as --format markdown-plain asks, though the "
           "extension .pdf means PDF, which cxkit does not write"),
])
def test_format_into_a_name_cxkit_does_not_write_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                                     said: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path, lang))
    code, _out, err = run_cxkit("render", JOURNEY, "-f", "markdown-plain", "-o", "mapa.pdf")
    assert code == 0
    assert _notes(err) == [said]


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: -o mapa.yaml: cxkit zapisze eksport JSON, o który prosi --format json, choć pliki .yaml to miejsce "
           "na dokumenty, a cxkit lint przeczyta go jako dokument o tym samym id co dokument renderowany"),
    ("en", "cxkit: -o mapa.yaml: writing the JSON export, as --format json asks, though a .yaml file is where documents "
           "are kept, and cxkit lint reads it as a document, whose id then clashes with the one rendered"),
])
def test_export_into_a_yaml_name_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path, lang))
    code, _out, err = run_cxkit("render", JOURNEY, "-f", "json", "-o", "mapa.yaml")
    assert code == 0
    assert _notes(err) == [said]


def test_terminal_view_into_a_yml_name_in_polish_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_workspace(tmp_path, "pl"))
    code, _out, err = run_cxkit("render", JOURNEY, "-f", "terminal", "-o", "widok.yml")
    assert code == 0
    assert _notes(err) == ["cxkit: -o widok.yml: cxkit zapisze widok terminala, o który prosi --format terminal, choć "
                           "pliki .yml to miejsce na dokumenty"]


# --- render: the stages a Mermaid diagram leaves out --------------------------------------------------------


def _without_emotion(root: Path, stages: tuple[str, ...]) -> None:
    """The journey with no `emotion:` in each of ``stages``."""
    path = root / JOURNEY
    lines, stage = [], None
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("  - id: "):
            stage = line.split(": ", 1)[1].strip()
        if stage in stages and line.startswith("    emotion: "):
            continue
        lines.append(line)
    path.write_text("".join(lines), encoding="utf-8")


@pytest.mark.parametrize("lang, stages, said", [
    ("pl", ("decision",), "cxkit: journeys/pawel-kupuje-sluchawki-otwarte.yaml: etap „decision” nie ma emocji, więc "
                          "diagram Mermaid go pomija (ocena musi wynosić od 1 do 5); eksporty Markdown i HTML pokazują "
                          "każdy etap"),
    ("pl", ("consideration", "loyalty"), "cxkit: journeys/pawel-kupuje-sluchawki-otwarte.yaml: etapy „consideration”, "
                                         "„loyalty” nie mają emocji, więc diagram Mermaid je pomija (ocena musi "
                                         "wynosić od 1 do 5); eksporty Markdown i HTML pokazują każdy etap"),
    ("en", ("consideration", "loyalty"), "cxkit: journeys/pawel-kupuje-sluchawki-otwarte.yaml: stages 'consideration', "
                                         "'loyalty' have no emotion, so the Mermaid diagram leaves them out (a score "
                                         "must be 1-5); the Markdown and HTML exports show every stage"),
])
def test_mermaid_left_out_note_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                   stages: tuple[str, ...], said: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path, lang))
    _without_emotion(tmp_path, stages)
    code, out, err = run_cxkit("render", JOURNEY, "-f", "mermaid")
    assert code == 0 and out.startswith(("journey", "---", "%%"))
    assert _notes(err) == [said]


# --- render: what standard output's encoding cannot show ----------------------------------------------------


def _lost(encoding: str) -> object:
    from cxkit.render.run import _InConsoleEncoding

    shown = _InConsoleEncoding(io.TextIOWrapper(io.BytesIO(), encoding=encoding))
    shown.write("Świadomość → decyzja ⚠")
    return shown


def test_console_encoding_note_in_polish_where_stderr_shows_it_s41() -> None:
    note = _lost("cp1250").note("cp1250", pl=True)  # type: ignore[attr-defined]
    assert note == ("kodowanie standardowego wyjścia (cp1250) nie ma znaków U+2192 U+26A0, więc widok pokazuje w ich "
                    "miejscu '?'; ustaw PYTHONIOENCODING=utf-8 (albo PYTHONUTF8=1) dla terminala UTF-8 albo zapisz "
                    "widok do pliku: -o mapa.txt (UTF-8)")
    assert _lost("cp1250").note("utf-8", pl=True).startswith("kodowanie standardowego wyjścia (cp1250) nie ma znaków → ⚠,")  # type: ignore[attr-defined]


def test_console_encoding_note_stays_english_where_stderr_has_no_polish_letters_s41() -> None:
    english = _lost("ascii").note("ascii")  # type: ignore[attr-defined]
    assert english.startswith("standard output's encoding (ascii) has no U+015A U+015B U+0107 U+2192 U+26A0, so the view")
    assert _lost("ascii").note("ascii", pl=True) == english  # type: ignore[attr-defined]


def test_lints_console_note_in_polish_s41(monkeypatch: pytest.MonkeyPatch) -> None:
    from cxkit import cliutil

    monkeypatch.setattr(cliutil, "_LOST", {"→": False, "ą": True})
    token = cliutil.RUN_IN_POLISH.set(True)
    try:
        said = cliutil.console_note("cp852", "cp1250")
    finally:
        cliutil.RUN_IN_POLISH.reset(token)
    assert said == ("uwaga: kodowanie standardowego wyjścia (cp852) nie ma znaków U+2192 ą, więc wynik pokazuje w ich "
                    "miejscu '?' (albo literę bez znaku diakrytycznego); ustaw PYTHONIOENCODING=utf-8 (albo "
                    "PYTHONUTF8=1) dla terminala UTF-8 albo użyj chcp 65001 w konsoli Windows")
    monkeypatch.setattr(cliutil, "_LOST", {"→": False})
    assert cliutil.console_note("cp852", "cp1250").startswith("note: standard output's encoding (cp852) has no U+2192,")


# --- render and diff: a revision's config that cannot be used -----------------------------------------------


def _broken_head_config(root: Path) -> None:
    """HEAD's config sets `max-age-months = 0`; the working tree's is the plain one again."""
    plain = (root / "cxkit.toml").read_text(encoding="utf-8")
    (root / "cxkit.toml").write_text(plain + "[rules.stale-review]\nmax-age-months = 0\n", encoding="utf-8")
    _committed(root)
    (root / "cxkit.toml").write_text(plain, encoding="utf-8")


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: uwaga: HEAD:cxkit.toml:3:1: reguła „stale-review”, opcja `max-age-months`: ma być co najmniej 1, a "
           "nie 0; wyrenderowano według konfiguracji kopii roboczej"),
    ("en", "cxkit: note: HEAD:cxkit.toml:3:1: rule 'stale-review', option 'max-age-months': Input should be greater "
           "than or equal to 1, not 0; rendered under the working tree's config"),
])
def test_render_of_a_revision_whose_config_is_broken_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                                         said: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path, lang))
    _broken_head_config(tmp_path)
    code, out, err = run_cxkit("render", f"HEAD:{JOURNEY}", "-f", "json")
    assert code == 0 and '"pawel-kupuje-sluchawki-otwarte"' in out
    assert said in _notes(err)


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: uwaga: HEAD:cxkit.toml:3:1: reguła „stale-review”, opcja `max-age-months`: ma być co najmniej 1, a "
           "nie 0; rewizja „HEAD” jest czytana z konfiguracją obowiązującą teraz"),
    ("en", "cxkit: note: HEAD:cxkit.toml:3:1: rule 'stale-review', option 'max-age-months': Input should be greater "
           "than or equal to 1, not 0; 'HEAD' is read with the configuration in force now"),
])
def test_diff_of_a_revision_whose_config_is_broken_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                                       said: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path, lang))
    _broken_head_config(tmp_path)
    code, _out, err = run_cxkit("diff", "HEAD")
    assert code == 0
    assert said in _notes(err)


# --- diff and review: --exclude that matched nothing, and the config's paths --------------------------------


@pytest.mark.parametrize("command", ["diff", "review"])
@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: uwaga: --exclude „emotoin” nie pasuje do niczego po żadnej ze stron, więc niczego nie pominięto; "
           "czy chodziło o „emotion”?"),
    ("en", "cxkit: note: --exclude 'emotoin' matched nothing on either side, so it left nothing out; did you mean "
           "'emotion'?"),
])
def test_exclude_that_matched_nothing_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, lang: str,
                                          said: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path, lang))
    _committed(tmp_path)
    path = tmp_path / JOURNEY
    path.write_text(path.read_text(encoding="utf-8").replace("    emotion: -1\n", "    emotion: -2\n", 1),
                    encoding="utf-8")
    code, _out, err = run_cxkit(command, "HEAD", "--exclude", "emotoin")
    assert code in (0, 1)
    assert said in _notes(err)


def test_unweighed_stages_note_in_polish_s41() -> None:
    from cxkit.diff.compare import Unweighed

    said = Unweighed("stages", "Paweł kupuje słuchawki", "journeys/pawel.yaml")
    assert said.note(pl=True) == ("journeys/pawel.yaml (Paweł kupuje słuchawki): pod swoimi id zmieniło się więcej "
                                  "etapów, niż cxkit zestawia, więc w `stages` nie szuka etapów, które zamieniły się id "
                                  "albo je sobie przekazały: każdy etap jest porównany z tym, co jego id oznaczało wcześniej")
    assert said.note() == ("journeys/pawel.yaml (Paweł kupuje słuchawki): more stages changed under their ids than "
                           "cxkit weighs, so stages that swapped their ids or passed them round are not looked for in "
                           "`stages`: each stage is compared with what its id named before")


@pytest.mark.parametrize("lang, note, error", [
    ("pl", "cxkit: uwaga: ../archiwum (z `paths` w konfiguracji) leży poza repozytorium gita; rewizja nie ma tam "
           "plików, więc ta ścieżka jest pominięta",
     "cxkit: każda ścieżka, którą podaje konfiguracja, leży poza repozytorium gita w "),
    ("en", "cxkit: note: ../archiwum (in the config's paths) is outside the git repository; a revision holds no files "
           "there, so it is left out",
     "cxkit: every path the config names is outside the git repository at "),
])
def test_diff_paths_outside_the_repository_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, note: str,
                                               error: str) -> None:
    root = tmp_path / "sklep"
    root.mkdir()
    (tmp_path / "archiwum").mkdir()
    monkeypatch.chdir(_workspace(root, lang))
    _committed(root)
    (root / "cxkit.toml").write_text(f'lang = "{lang}"\npaths = ["../archiwum", "journeys"]\n', encoding="utf-8")
    code, _out, err = run_cxkit("diff", "HEAD")
    assert code in (0, 1) and note in _notes(err)
    (root / "cxkit.toml").write_text(f'lang = "{lang}"\npaths = ["../archiwum"]\n', encoding="utf-8")
    code, _out, err = run_cxkit("diff", "HEAD")
    assert code == 2
    assert _notes(err)[-1].startswith(error), err
    assert _notes(err)[-1].endswith("podaj ścieżki do porównania" if lang == "pl" else "name the paths to compare")


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: uwaga: nowe/klient/cxkit.toml:1:1: zła wartość `exclude`: to ma być lista tekstów, a nie liczba 3: "
           "zapisz np. exclude = [\"drafts\"]; obszar roboczy w nowe/klient jest czytany z konfiguracją, która go obejmuje"),
    ("en", "cxkit: note: nowe/klient/cxkit.toml:1:1: bad value for 'exclude': expected a list of strings, not the "
           "number 3; the workspace in nowe/klient is read with the configuration around it"),
])
def test_diff_of_folders_with_a_broken_client_config_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                                         said: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
    _workspace(tmp_path / "stare", None)
    _workspace(tmp_path / "nowe", None)
    shutil.copytree(tmp_path / "nowe" / "personas", tmp_path / "nowe" / "klient")
    (tmp_path / "nowe" / "klient" / "cxkit.toml").write_text("exclude = 3\n", encoding="utf-8")
    code, _out, err = run_cxkit("diff", "stare", "nowe")
    assert code in (0, 1)
    notes = [n for n in _notes(err) if "klient" in n]
    assert len(notes) == 1 and notes[0].startswith(said.split("exclude`")[0].split("'exclude'")[0])
    assert notes[0].endswith(said.rsplit(";", 1)[1])


# --- cxkit rule NAME and cxkit rules under a config that cannot be read -------------------------------------


@pytest.mark.parametrize("command", [("rule", "CX301"), ("rules",)])
def test_rule_help_under_a_broken_polish_config_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    command: tuple[str, ...]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = [szkice]\n', encoding="utf-8")
    code, out, err = run_cxkit(*command)
    assert code == 0
    assert ("domyślny poziom: warning" in out) if command[0] == "rule" else ("Plik, którego cxkit nie mógł otworzyć." in out)
    assert _notes(err) == ["cxkit: uwaga: cxkit.toml:2:12: nieprawidłowy TOML: nieprawidłowa wartość (tekst zapisuje "
                           "się w cudzysłowie); tej konfiguracji nie da się odczytać: `cxkit lint` zgłosi ten błąd"]


@pytest.mark.parametrize("text, said", [
    ("exclude = [szkice]\n", "cxkit: note: cxkit.toml:1:12: invalid TOML: Invalid value; the config cannot be read, so "
                             "its `lang` is not known and the rules are described in English"),
    ('lang = "en"\nexclude = [szkice]\n', "cxkit: note: cxkit.toml:2:12: invalid TOML: Invalid value; the config "
                                          "cannot be read: `cxkit lint` reports this error"),
])
def test_rule_help_under_a_broken_config_of_no_known_polish_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                text: str, said: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text(text, encoding="utf-8")
    code, out, err = run_cxkit("rule", "missing-sources")
    assert code == 0 and "default severity: warning" in out
    assert _notes(err) == [said]


def test_rule_help_under_a_sound_config_says_nothing_on_stderr_s41(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_workspace(tmp_path, "pl"))
    code, out, err = run_cxkit("rule", "CX301")
    assert code == 0 and "domyślny poziom" in out and err == ""


# --- a rule's own checks of its options, and pydantic's words for nan ---------------------------------------


@pytest.mark.parametrize("table, pl, en", [
    ('[rules.missing-stage]\nrequired = ["po zakupie"]\n',
     "reguła „missing-stage”, opcja `required`, element 1: \"po zakupie\" to nie id etapu (małe litery i cyfry "
     "połączone łącznikami, jak \"po-zakupie\")",
     "rule 'missing-stage', option 'required' item 1: \"po zakupie\" is not a stage id (a slug such as "
     "\"post-purchase\")"),
    ('[rules.missing-stage]\nrequired = ["zakup", " "]\n',
     "reguła „missing-stage”, opcja `required`, element 2: \" \" to pusty tekst; usuń go z listy",
     "rule 'missing-stage', option 'required' item 2: \" \" is blank; remove it from the list"),
    ('[rules.vague-action]\nextend = ["ogarnąć temat"]\n',
     "reguła „vague-action”, opcja `extend`, element 1: \"ogarnąć temat\" to więcej niż jedno słowo; wpisz każde "
     "słowo osobno",
     "rule 'vague-action', option 'extend' item 1: \"ogarnąć temat\" is not one word; list each word on its own"),
    ('[rules.pseudo-profiling]\nextend = ["eko(*"]\n',
     "reguła „pseudo-profiling”, opcja `extend`: wzorzec „eko(*”: nie da się odczytać „eko(*”",
     "rule 'pseudo-profiling', option 'extend': pattern 'eko(*': cannot read 'eko(*'"),
    ('[rules.pseudo-profiling]\nextend = ["(premium|)"]\n',
     "reguła „pseudo-profiling”, opcja `extend`: wzorzec „(premium|)”: pusta alternatywa w „(premium|)”",
     "rule 'pseudo-profiling', option 'extend': pattern '(premium|)': empty alternative in '(premium|)'"),
    ('[rules.pseudo-profiling]\nallow = ["  "]\n',
     "reguła „pseudo-profiling”, opcja `allow`: wzorzec „  ” jest pusty",
     "rule 'pseudo-profiling', option 'allow': pattern '  ' is empty"),
    ('[rules.pseudo-profiling]\nextend = ["(nowoczesny)?"]\n',
     "reguła „pseudo-profiling”, opcja `extend`: wzorzec „(nowoczesny)?” potrzebuje co najmniej jednego słowa, które "
     "nie jest opcjonalne",
     "rule 'pseudo-profiling', option 'extend': pattern '(nowoczesny)?' needs at least one word that is not optional"),
    ('[rules.pseudo-profiling]\nextend = ["!!"]\n',
     "reguła „pseudo-profiling”, opcja `extend`: wzorzec „!!”: w „!!” nie ma żadnego słowa",
     "rule 'pseudo-profiling', option 'extend': pattern '!!': '!!' has no word in it"),
    ('[rules.similar-personas]\nthreshold = nan\n',
     "reguła „similar-personas”, opcja `threshold`: to ma być liczba skończona, a nie nan",
     "rule 'similar-personas', option 'threshold': Input should be a finite number, not nan"),
    ('[rules.stale-review]\nmax-age-months = 2026-01-31\n',
     "reguła „stale-review”, opcja `max-age-months`: to ma być liczba całkowita, a nie 2026-01-31",
     "rule 'stale-review', option 'max-age-months': Input should be a valid integer, not 2026-01-31"),
    ('[rules.stale-review]\nmax-age-months = {miesiace = 12}\n',
     "reguła „stale-review”, opcja `max-age-months`: to ma być liczba całkowita, a nie {miesiace = 12}",
     "rule 'stale-review', option 'max-age-months': Input should be a valid integer, not {miesiace = 12}"),
])
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_rule_option_checks_in_the_workspaces_language_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                                           table: str, pl: str, en: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path, None))
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n{table}', encoding="utf-8")
    code, out, err = run_cxkit("lint")
    assert code == 2 and out == ""
    assert err == f"cxkit: cxkit.toml:3:1: {pl if lang == 'pl' else en}\n"


# --- the rules' examples in a Polish workspace --------------------------------------------------------------

#: The rules that showed English examples in a Polish workspace before session 41, and a line of each one's
#: Polish Bad example.
POLISH_EXAMPLES = {
    "CX001": " - Odebrać je w paczkomacie przy Żabce obok bloku",
    "CX003": "# oba pliki, personas/marta.yaml i personas/marta-kredyt.yaml, mają",
    "CX301": "name: Paweł, programista i audiofil",
    "CX303": "    note: Ankieta po zakupie w sklepie internetowym, jeszcze przed zmianą cennika dostaw",
    "CX402": "    name: Reklamacja pękniętego pałąka",
    "CX406": '# required = ["swiadomosc", "zakup", "po-zakupie"]',
    "CX602": "    doing: Porównuje oferty trzech biur podróży jednego wieczoru",
}
#: Examples of no language (a chmod), or Polish without a Polish letter in them.
_NEUTRAL = {"read-error", "init-example", "missing-review-date"}


@pytest.mark.parametrize("code", sorted(POLISH_EXAMPLES))
def test_a_polish_workspace_is_shown_polish_examples_s41(code: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    _code, polish, _err = run_cxkit("rule", code)
    shown = "    " + POLISH_EXAMPLES[code]  # an example is indented by four spaces under its heading
    assert "Źle:" in polish and shown in polish.splitlines(), polish
    (tmp_path / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    _code, english, _err = run_cxkit("rule", code)
    assert "Bad:" in english and shown not in english.splitlines()


def test_every_rule_gives_polish_examples_s41() -> None:
    import re

    from cxkit.lint.docs import parse_rule_doc
    from cxkit.lint.rule import all_rules

    polish = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
    english_only = []
    for name, rule in sorted(all_rules().items()):
        doc = parse_rule_doc(rule)
        if name not in _NEUTRAL and not polish.search(doc.bad + doc.good) and "pl" not in doc.examples:
            english_only.append(rule.code)
    assert english_only == []  # before: CX001, CX003, CX301, CX303, CX402, CX406, CX602


# --- render's refusals of an -o name and of --against -------------------------------------------------------

PERSONA = "personas/pawel-programista-audiofil.yaml"


@pytest.mark.parametrize("args, pl, en", [
    (["-o", "mapa.yaml"],
     "cxkit: -o mapa.yaml: cxkit nie zapisuje YAML-a, a plik .yaml to miejsce na dokumenty, nie na eksport; nazwij plik "
     "po eksporcie: -o mapa.html (HTML), -o mapa.md (Markdown), -o mapa.mmd (Mermaid), -o mapa.json (JSON) albo -o "
     "mapa.txt dla widoku terminala",
     "cxkit: -o mapa.yaml: cxkit does not write YAML, and a .yaml file is where documents are kept, not an export; name "
     "the file after the export: -o mapa.html (HTML), -o mapa.md (Markdown), -o mapa.mmd (Mermaid), -o mapa.json "
     "(JSON), or -o mapa.txt for the terminal view"),
    (["-o", "mapa.html "],
     "cxkit: -o 'mapa.html ': ta nazwa kończy się spacją, której nie widać na liście plików: plik wyglądałby jak "
     "mapa.html, ale nie otworzyłby się jako mapa.html, a Windows nie zapisze takiej nazwy; wpisz -o mapa.html",
     "cxkit: -o 'mapa.html ': that name ends in a space, which a listing does not show: the file would look like "
     "mapa.html yet not open as mapa.html, and Windows cannot hold it; write -o mapa.html"),
    (["-o", "mapa.html."],
     "cxkit: -o mapa.html.: ta nazwa kończy się kropką: plik nie otworzyłby się jako mapa.html, a Windows nie zapisze "
     "takiej nazwy; wpisz -o mapa.html",
     "cxkit: -o mapa.html.: that name ends in a dot: the file would not open as mapa.html, and Windows cannot hold it; "
     "write -o mapa.html"),
    (["-o", "..."],
     "cxkit: -o ...: ta nazwa to same kropki, więc powstałby ukryty plik o nazwie ...; nazwij plik, np. -o "
     "pawel-kupuje-sluchawki-otwarte.txt",
     "cxkit: -o ...: that name is only dots, which would write a hidden file named ...; name the file, as in -o "
     "pawel-kupuje-sluchawki-otwarte.txt"),
    (["-o", ".html"],
     "cxkit: -o .html: to tylko rozszerzenie, więc powstałby ukryty plik o nazwie .html; nazwij plik, np. -o "
     "pawel-kupuje-sluchawki-otwarte.html",
     "cxkit: -o .html: that is only an extension, which would write a hidden file named .html; name the file, as in "
     "-o pawel-kupuje-sluchawki-otwarte.html"),
    (["-f", "html", "-o", JOURNEY],
     f"cxkit: {JOURNEY}: to plik wejściowy tego renderowania; zapis eksportu zastąpiłby go — podaj w -o inny plik",
     f"cxkit: {JOURNEY}: is an input of this render; writing the export there would replace it — give -o another file"),
])
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_render_refuses_an_output_name_in_the_workspaces_language_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      lang: str, args: list[str], pl: str,
                                                                      en: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path, lang))
    before = (tmp_path / JOURNEY).read_bytes()
    code, out, err = run_cxkit("render", JOURNEY, *args)
    assert code == 2 and out == ""
    assert err == (pl if lang == "pl" else en) + "\n"
    assert (tmp_path / JOURNEY).read_bytes() == before


@pytest.mark.parametrize("args, pl, en", [
    (["--against", "kamil-kupuje"],
     "cxkit: kamil-kupuje: nie ma takiego pliku, a w obszarze roboczym nie ma persony negatywnej o tym id; czy chodziło "
     "o „kamil-kupuje-pod-promocje” (personas/kamil-kupuje-pod-promocje.yaml)?",
     "cxkit: kamil-kupuje: no such file, and no negative persona in the workspace has this id; did you mean "
     "'kamil-kupuje-pod-promocje' (personas/kamil-kupuje-pod-promocje.yaml)?"),
    (["--against", "lowca-promocji"],
     "cxkit: lowca-promocji: nie ma takiego pliku, a w obszarze roboczym nie ma persony negatywnej o tym id; persony "
     "negatywne obszaru roboczego: kamil-kupuje-pod-promocje",
     "cxkit: lowca-promocji: no such file, and no negative persona in the workspace has this id; its negative "
     "personas: kamil-kupuje-pod-promocje"),
    (["--against", "personas/"],
     "cxkit: --against przyjmuje jeden plik persony negatywnej; personas/ to folder",
     "cxkit: --against takes one negative persona file; personas/ is a folder"),
])
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_render_against_errors_in_the_workspaces_language_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              lang: str, args: list[str], pl: str, en: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path, lang))
    code, out, err = run_cxkit("render", PERSONA, *args)
    assert code == 2 and out == ""
    assert err == (pl if lang == "pl" else en) + "\n"


def test_render_against_an_id_in_a_workspace_without_negative_personas_s41(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_workspace(tmp_path, "pl"))
    (tmp_path / "personas" / "kamil-kupuje-pod-promocje.yaml").unlink()
    code, _out, err = run_cxkit("render", PERSONA, "--against", "kamil")
    assert code == 2
    assert err == ("cxkit: kamil: nie ma takiego pliku, a w obszarze roboczym nie ma persony negatywnej o tym id (nie ma "
                   "tam żadnej); podaj plik persony negatywnej\n")


@pytest.mark.parametrize("args, pl, en", [
    (["personas/kamil-kupuje-pod-promocje.yaml", "--against", PERSONA],
     f"cxkit: personas/kamil-kupuje-pod-promocje.yaml to persona negatywna; zamień je miejscami: cxkit render {PERSONA} "
     "--against personas/kamil-kupuje-pod-promocje.yaml",
     f"cxkit: personas/kamil-kupuje-pod-promocje.yaml is the negative persona; swap them: cxkit render {PERSONA} "
     "--against personas/kamil-kupuje-pod-promocje.yaml"),
    ([JOURNEY, "--against", "personas/kamil-kupuje-pod-promocje.yaml"],
     f"cxkit: --against zestawia personę z personą negatywną; {JOURNEY} to ścieżka klienta",
     f"cxkit: --against compares a persona with a negative persona; {JOURNEY} is a journey"),
    ([PERSONA, "--against", "personas/agnieszka-studio-podcastow.yaml"],
     "cxkit: --against przyjmuje personę negatywną; personas/agnieszka-studio-podcastow.yaml to persona",
     "cxkit: --against takes a negative persona; personas/agnieszka-studio-podcastow.yaml is a persona"),
])
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_render_against_the_wrong_kind_in_the_workspaces_language_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      lang: str, args: list[str], pl: str,
                                                                      en: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path, lang))
    code, out, err = run_cxkit("render", *args)
    assert code == 2 and out == ""
    assert err == (pl if lang == "pl" else en) + "\n"


# --- a key or table written twice in the config's TOML ------------------------------------------------------


@pytest.mark.parametrize("toml, pl, en", [
    ('exclude = ["szkice"]\nexclude = ["archiwum"]\n',
     "cxkit.toml:3:1: powtórzony klucz `exclude` (pierwszy raz w wierszu 2); TOML dopuszcza klucz tylko raz: zostaw "
     "jeden",
     "cxkit.toml:3:1: duplicate key 'exclude' (first set on line 2); TOML allows a key once: keep one"),
    ('[rules.stale-review]\nseverity = "info"\nseverity = "error"\n',
     "cxkit.toml:4:1: powtórzony klucz `severity` w [rules.stale-review] (pierwszy raz w wierszu 3); TOML dopuszcza "
     "klucz tylko raz: zostaw jeden",
     "cxkit.toml:4:1: duplicate key 'severity' in [rules.stale-review] (first set on line 3); TOML allows a key once: "
     "keep one"),
    ('[render]\ncsv-separator = ";"\n[render]\n',
     "cxkit.toml:4:1: powtórzona tabela [render] (pierwszy raz w wierszu 2); TOML dopuszcza tabelę tylko raz: zapisz "
     "jej klucze pod jednym [render]",
     "cxkit.toml:4:1: duplicate table [render] (first declared on line 2); TOML allows a table once: put its keys "
     "under one [render]"),
    ('render.csv-separator = ";"\n[render]\n',
     "cxkit.toml:3:1: powtórzona tabela [render]: utworzył ją już klucz z kropką w wierszu 2; TOML dopuszcza tabelę "
     "tylko raz: zapisz jej klucze w jednym miejscu",
     "cxkit.toml:3:1: duplicate table [render]: the dotted key on line 2 already made it; TOML allows a table once: "
     "write its keys in one place"),
    ('rules = 1\n[rules]\n',
     "cxkit.toml:3:1: `rules` zapisano dwa razy, jako tabelę i jako klucz (pierwszy raz w wierszu 2); TOML dopuszcza "
     "to tylko raz: zostaw jedno",
     "cxkit.toml:3:1: 'rules' is written twice, as a table and as a key (first on line 2); TOML allows it once: keep "
     "one"),
])
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_key_written_twice_in_the_workspaces_language_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            lang: str, toml: str, pl: str, en: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path, None))
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n{toml}', encoding="utf-8")
    code, out, err = run_cxkit("lint")
    assert code == 2 and out == ""
    assert err == f"cxkit: {pl if lang == 'pl' else en}\n"
