"""The last of cxkit's own lines said in Polish in a `lang = "pl"` workspace (session 39), each beside its English
twin, which stays as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Biegaczka
lang: pl
summary: Biega trzy razy w tygodniu po Parku Skaryszewskim i co pół roku kupuje nowe buty.
goals:
  - Kupić buty do biegania poniżej 400 zł
"""


def _ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, config: str = "") -> Path:
    (tmp_path / "personas").mkdir(exist_ok=True)
    (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n{config}', encoding="utf-8")
    (tmp_path / "personas" / "ola.yaml").write_text(OLA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def _run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


# --- the note on files git ignores: "at least 1 more file", not "files" -----------------------------------------------

@pytest.mark.skipif(__import__("shutil").which("git") is None, reason="git missing")
@pytest.mark.parametrize("drafts, stopped, said", [
    (1, True, "cxkit: note: git ignores at least 1 more file here that looks like a cxkit document, so it was not "
              "checked (szkice/ola-0.yaml, ...); name it (cxkit lint szkice/ola-0.yaml), or set respect-gitignore = "
              'false in cxkit.toml; to keep it unchecked without this note, add "szkice" to exclude there'),
    (1, False, "cxkit: note: git ignores 1 more file here that looks like a cxkit document, so it was not checked "
               "(szkice/ola-0.yaml); name it"),
    (2, True, "cxkit: note: git ignores at least 2 more files here that look like cxkit documents, so they were not "
              "checked (szkice/ola-0.yaml, ...); name them"),
])
def test_at_least_one_file_git_ignores_is_one_file_in_english_s39(tmp_path, monkeypatch, drafts, stopped, said) -> None:
    from test_polish_wording_s38 import _lookalikes_note

    assert _lookalikes_note(tmp_path, monkeypatch, "en", drafts, stopped).startswith(said)


# --- diff, review and render: git's timeout and the lint cache's warnings in the language of their config -----------

def _repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> Path:
    import subprocess

    _ws(tmp_path, monkeypatch, lang)
    for name, value in {"GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Ola",
                        "GIT_AUTHOR_EMAIL": "ola@example.com", "GIT_COMMITTER_NAME": "Ola",
                        "GIT_COMMITTER_EMAIL": "ola@example.com"}.items():
        monkeypatch.setenv(name, value)
    subprocess.run(["git", "init", "-q", "."], check=True)
    subprocess.run(["git", "add", "-A"], check=True)
    subprocess.run(["git", "commit", "-q", "-m", "Ola"], check=True)
    return tmp_path


@pytest.mark.skipif(__import__("shutil").which("git") is None, reason="git missing")
@pytest.mark.parametrize("command", [("diff", "HEAD"), ("review", "HEAD"), ("render", "HEAD:personas/ola.yaml")])
@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: polecenie git rev-parse nie zakończyło się w ciągu 0,0001 s (uruchomione w "),
    ("en", "cxkit: git rev-parse did not finish within 0.0001 s (run in "),
])
def test_git_timeout_of_diff_review_and_render_speaks_the_config_s39(tmp_path, monkeypatch, command, lang, said) -> None:
    _repo(tmp_path, monkeypatch, lang)
    monkeypatch.setenv("CXKIT_GIT_TIMEOUT", "0.0001")
    code, _out, err = _run(*command)
    assert code == 2 and err.startswith(said), err


@pytest.fixture
def _fresh_cache_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    from cxkit.lint import cache

    monkeypatch.setattr(cache, "_WARNED", set())
    monkeypatch.setattr(cache, "_REFUSED", set())


@pytest.mark.skipif(__import__("shutil").which("git") is None, reason="git missing")
@pytest.mark.usefixtures("_fresh_cache_warnings")
@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: ostrzeżenie: CXKIT_CACHE_DIR wskazuje {ws}/plik, który nie może pomieścić pamięci podręcznej lint (to "
           "plik, a nie folder); polecenie wykonano bez niej\n"),
    ("en", "cxkit: warning: CXKIT_CACHE_DIR names {ws}/plik, which cannot hold the lint cache (it is a file, not a "
           "folder); the run went on without it\n"),
])
def test_review_says_the_lint_cache_warning_in_the_config_language_s39(tmp_path, monkeypatch, lang, said) -> None:
    _repo(tmp_path, monkeypatch, lang)
    (tmp_path / "plik").write_text("to nie folder\n", encoding="utf-8")
    monkeypatch.setenv("CXKIT_CACHE_DIR", f"{tmp_path}/plik")
    code, _out, err = _run("review", "HEAD")
    assert code == 0 and said.format(ws=tmp_path) in err, err


# --- cxkit cache clear's lines on stdout --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, removed, nothing", [
    ("pl", "usunięto {n} pamięci podręcznej z .cxkit_cache\n",
     "nie ma czego czyścić: w .cxkit_cache nie ma pamięci podręcznej\n"),
    ("en", "removed {n} cache {files} from .cxkit_cache\n", "nothing to clear: no cache at .cxkit_cache\n"),
])
def test_cache_clear_says_its_lines_in_the_config_language_s39(tmp_path, monkeypatch, lang, removed, nothing) -> None:
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    _ws(tmp_path, monkeypatch, lang)
    assert _run("lint", "-f", "json")[0] in (0, 1)  # findings or none: the cache is written either way
    count = sum(1 for p in (tmp_path / ".cxkit_cache").rglob("*") if p.is_file())
    assert count >= 1
    if lang == "pl":
        from cxkit.lint.polish import counted

        said = removed.format(n=counted(count, "plik", "pliki", "plików"))
    else:
        said = removed.format(n=count, files="file" if count == 1 else "files")
    assert _run("cache", "clear") == (0, said, "")
    assert _run("cache", "clear") == (0, nothing, "")


def test_cache_clear_counts_files_in_polish_plurals_s39(tmp_path, monkeypatch) -> None:
    from cxkit.lint.cache import _FILES

    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    _ws(tmp_path, monkeypatch, "pl")
    for n, said in ((1, "1 plik"), (3, "3 pliki"), (5, "5 plików"), (22, "22 pliki")):
        cache = tmp_path / ".cxkit_cache"
        cache.mkdir(exist_ok=True)
        for i in range(n):  # what interrupted writes leave: each is one of the cache's files
            (cache / f".{_FILES}.{i}.tmp").write_text("{}", encoding="utf-8")
        out = _run("cache", "clear")[1]
        assert out == f"usunięto {said} pamięci podręcznej z .cxkit_cache\n", out


# --- fmt's line for each file it changes or would change -------------------------------------------------------------

#: Ola with her goals above her summary, and written `cele` (a field's Polish name, which `--fix` renames to `goals`).
OLA_UNORDERED = """\
kind: persona
id: ola-biegaczka
name: Ola Biegaczka
cele:
  - Kupić buty do biegania poniżej 400 zł
lang: pl
summary: Biega trzy razy w tygodniu po Parku Skaryszewskim i co pół roku kupuje nowe buty.
"""


@pytest.mark.parametrize("lang, check, fixed, done, fixed_done, stdin", [
    ("pl", "do przeformatowania: personas/ola.yaml\nDo przeformatowania: 1 plik.\n",
     "do przeformatowania: personas/ola.yaml (1 poprawka)\n", "przeformatowano personas/ola.yaml\n",
     "przeformatowano personas/ola.yaml (1 poprawka)\n", "do przeformatowania: personas/x.yaml (1 poprawka)\n"),
    ("en", "would reformat personas/ola.yaml\n1 file would be reformatted.\n",
     "would reformat personas/ola.yaml (1 fix)\n", "reformatted personas/ola.yaml\n",
     "reformatted personas/ola.yaml (1 fix)\n", "would reformat personas/x.yaml (1 fix)\n"),
])
def test_fmt_names_each_file_in_the_config_language_s39(tmp_path, monkeypatch, lang, check, fixed, done, fixed_done,
                                                       stdin) -> None:
    _ws(tmp_path, monkeypatch, lang)
    ola = tmp_path / "personas" / "ola.yaml"
    ola.write_text(OLA_UNORDERED.replace("cele:", "goals:"), encoding="utf-8")
    assert _run("fmt", "--no-cache", "--check") == (1, "", check)
    assert _run("fmt", "--no-cache")[2].startswith(done)
    ola.write_text(OLA_UNORDERED, encoding="utf-8")
    assert _run("fmt", "--no-cache", "--check", "--fix")[2].startswith(fixed)
    assert _run("fmt", "-", "--check", "--fix", "--stdin-filename", "personas/x.yaml", stdin=OLA_UNORDERED)[2] \
        .startswith(stdin)
    assert _run("fmt", "--no-cache", "--fix")[2].startswith(fixed_done)
    assert "goals:" in ola.read_text(encoding="utf-8")


@pytest.mark.parametrize("fixes, said", [(1, "(1 poprawka)"), (2, "(2 poprawki)"), (5, "(5 poprawek)"),
                                         (12, "(12 poprawek)"), (22, "(22 poprawki)")])
def test_fmt_counts_the_fixes_of_a_file_in_polish_plurals_s39(fixes, said) -> None:
    from cxkit.commands_scaffold import _reformatted_line

    assert _reformatted_line("personas/ola.yaml", fixes, False, pl=True) == f"przeformatowano personas/ola.yaml {said}"
    assert _reformatted_line("personas/ola.yaml", fixes, True, pl=False) == \
        f"would reformat personas/ola.yaml ({fixes} fix{'es' if fixes != 1 else ''})"


# --- cxkit rule NAME's header ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, opt_in, plain", [
    ("pl", "(CX006), domyślny poziom: {sev} (do włączenia)\n", "unowned-opportunity (CX403), domyślny poziom: warning\n"),
    ("en", "(CX006), default severity: {sev} (opt-in)\n", "unowned-opportunity (CX403), default severity: warning\n"),
])
def test_cxkit_rule_says_its_header_in_the_config_language_s39(tmp_path, monkeypatch, lang, opt_in, plain) -> None:
    from cxkit.lint.rule import all_rules

    _ws(tmp_path, monkeypatch, lang)
    chosen = next(cls for cls in all_rules().values() if getattr(cls, "opt_in", False))
    code, out, _err = _run("rule", chosen.code)
    head = out.splitlines()[0] + "\n"
    assert code == 0 and head == f"{chosen.name} " + opt_in.replace("CX006", chosen.code).format(sev=chosen.severity.name)
    assert _run("rule", "CX403")[1].startswith(plain)


# --- a folder scan's note on files named *.yaml.txt ----------------------------------------------------------------------

@pytest.mark.parametrize("lang, one, several", [
    ("pl", "cxkit: uwaga: nie {done} personas/ewa.yml.txt: cxkit czyta tylko pliki .yaml i .yml, a Notatnik dodaje do "
           "nazwy .txt, jeśli nie wybierzesz „Wszystkie pliki”; usuń .txt z nazwy (mv personas/ewa.yml.txt "
           "personas/ewa.yml)\n",
     "cxkit: uwaga: nie sprawdzono 2 plików o nazwach *.yaml.txt lub *.yml.txt (personas/ewa.yml.txt, ...): cxkit czyta "
     "tylko pliki .yaml i .yml, a Notatnik dodaje do nazwy .txt, jeśli nie wybierzesz „Wszystkie pliki”; obok "
     "personas/ola.yaml.txt jest personas/ola.yaml: porównaj je (diff personas/ola.yaml.txt personas/ola.yaml) i zostaw "
     "jeden; usuń .txt z nazw pozostałych (mv personas/ewa.yml.txt personas/ewa.yml)\n"),
    ("en", "cxkit: note: personas/ewa.yml.txt was not {done}: cxkit reads only .yaml and .yml files, and Notepad adds .txt "
           "to the name unless you choose \"All files\"; rename it without the .txt (mv personas/ewa.yml.txt "
           "personas/ewa.yml)\n",
     "cxkit: note: 2 files named *.yaml.txt or *.yml.txt (personas/ewa.yml.txt, ...) were not checked: cxkit reads only "
     ".yaml and .yml files, and Notepad adds .txt to the name unless you choose \"All files\"; personas/ola.yaml exists "
     "beside personas/ola.yaml.txt: compare the two (diff personas/ola.yaml.txt personas/ola.yaml) and keep one; rename "
     "the others without the .txt (mv personas/ewa.yml.txt personas/ewa.yml)\n"),
])
def test_the_yaml_txt_note_in_the_config_language_s39(tmp_path, monkeypatch, lang, one, several) -> None:
    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / "personas" / "ewa.yml.txt").write_text(OLA.replace("ola-biegaczka", "ewa"), encoding="utf-8")
    done = {"pl": ("sprawdzono", "sformatowano"), "en": ("checked", "formatted")}[lang]
    assert _run("lint", "--no-cache", "-f", "json")[2].endswith(one.format(done=done[0]))
    assert _run("fmt", "--no-cache", "--check")[2].endswith(one.format(done=done[1]))
    (tmp_path / "personas" / "ola.yaml.txt").write_text(OLA, encoding="utf-8")
    assert _run("lint", "--no-cache", "-f", "json")[2].endswith(several)


# --- a folder scan's warnings: a named folder `exclude` leaves out, git that will not say what it ignores -------------

@pytest.mark.parametrize("lang, lint, fmt", [
    ("pl", "cxkit: ostrzeżenie: `exclude` w cxkit.toml pomija folder szkice, więc go nie sprawdzono; by mimo to sprawdzić jego "
           "pliki, wskaż je (cxkit lint szkice/*.yaml)\n",
     "cxkit: ostrzeżenie: `exclude` w cxkit.toml pomija folder szkice, więc go nie sformatowano; by mimo to sformatować jego "
     "pliki, wskaż je (cxkit fmt szkice/*.yaml)\n"),
    ("en", "cxkit: warning: szkice is excluded by the configuration (`exclude` in cxkit.toml), so it was not checked; to "
           "check its files anyway, name them (cxkit lint szkice/*.yaml)\n",
     "cxkit: warning: szkice is excluded by the configuration (`exclude` in cxkit.toml), so it was not formatted; to "
     "format its files anyway, name them (cxkit fmt szkice/*.yaml)\n"),
])
def test_a_named_folder_exclude_leaves_out_is_warned_of_in_the_config_language_s39(tmp_path, monkeypatch, lang, lint,
                                                                                   fmt) -> None:
    _ws(tmp_path, monkeypatch, lang, 'exclude = ["szkice"]\n')
    (tmp_path / "szkice").mkdir()
    (tmp_path / "szkice" / "ola.yaml").write_text(OLA, encoding="utf-8")
    assert _run("lint", "--no-cache", "-f", "json", "szkice", "personas")[2].startswith(lint)
    assert _run("fmt", "--no-cache", "-q", "szkice", "personas")[2].startswith(fmt)


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: ostrzeżenie: nie udało się pominąć plików, które git ignoruje w . (git nie jest zainstalowany), więc "
           "skanowanie folderów je obejmuje (node_modules/, build/...); zainstaluj gita albo ustaw respect-gitignore = "
           "false, by skanować je bez tego ostrzeżenia\n"),
    ("en", "cxkit: warning: git-ignored files in . could not be skipped (git is not installed), so folder scans take them "
           "in (node_modules/, build/...); install git, or set respect-gitignore = false to scan them without this "
           "warning\n"),
])
def test_a_scan_git_cannot_help_is_warned_of_in_the_config_language_s39(tmp_path, monkeypatch, lang, said) -> None:
    import cxkit.discovery as discovery

    _ws(tmp_path, monkeypatch, lang)
    (tmp_path / ".git").mkdir()  # a work tree, whose git is nowhere on PATH
    (tmp_path / "bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(discovery, "_GIT_WARNED", set())
    assert said in _run("lint", "--no-cache", "-f", "json")[2]


@pytest.mark.parametrize("pl, said", [
    (True, "uruchom `git config --global --add safe.directory /srv/zespol` albo, gdzie nie ma folderu domowego, do "
           "którego można pisać, ustaw `GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory "
           "GIT_CONFIG_VALUE_0=/srv/zespol` (git 2.38 lub nowszy; "),
    (False, "run `git config --global --add safe.directory /srv/zespol`, or, where there is no home folder to write, set "
            "`GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0=/srv/zespol` (git 2.38 or later; "),
])
def test_the_safe_directory_advice_in_both_languages_s39(pl, said) -> None:
    from cxkit.gitutil import safe_directory_fix

    told = "fatal: detected dubious ownership in repository at '/srv/zespol'"
    assert safe_directory_fix(told, "/srv/zespol", pl=pl).startswith(said)


# --- diff's and review's refusals of -o FILE, and of --stat with -f json, before the config is read -------------------

@pytest.mark.skipif(__import__("shutil").which("git") is None, reason="git missing")
@pytest.mark.parametrize("lang, folder, yaml_name, stat", [
    ("pl", "cxkit: --output-file raporty: nie można zapisać raportu: to folder; podaj nazwę pliku\n",
     "cxkit: --output-file nowy.yaml: nie można zapisać raportu: to nazwa pliku YAML albo TOML (dokumentu albo "
     "konfiguracji?), a {cmd} zapisuje tekst, Markdown, JSON albo HTML: podaj inną nazwę pliku\n",
     "cxkit: --stat to widok tekstowy; -f json podaje każdą zmianę (w JSON z `kind` jej dokumentu), więc policzysz je, "
     "jak chcesz\n"),
    ("en", "cxkit: --output-file raporty: cannot write the report: that is a folder; give a file name\n",
     "cxkit: --output-file nowy.yaml: cannot write the report: a YAML or TOML name (a document or a config?); {cmd} "
     "writes {formats}: give another file name\n",
     "cxkit: --stat is a text view; -f json has every change (in JSON each with its document's `kind`), to count as you "
     "need\n"),
])
def test_output_refusals_in_the_config_language_s39(tmp_path, monkeypatch, lang, folder, yaml_name, stat) -> None:
    _repo(tmp_path, monkeypatch, lang)
    (tmp_path / "raporty").mkdir()
    formats = {"diff": "text, Markdown, JSON or HTML", "review": "Markdown, JSON, HTML or text"}
    for command in ("diff", "review"):
        assert _run(command, "HEAD", "-o", "raporty") == (2, "", folder)
        assert _run(command, "HEAD", "-o", "nowy.yaml") == (2, "", yaml_name.format(cmd=command, formats=formats[command]))
    assert _run("diff", "HEAD", "--stat", "-f", "json") == (2, "", stat)
    assert not (tmp_path / "nowy.yaml").exists()


# --- diff's errors of a REV:PATH that names nothing -----------------------------------------------------------------------

@pytest.mark.skipif(__import__("shutil").which("git") is None, reason="git missing")
@pytest.mark.parametrize("lang, near, nowhere", [
    ("pl", "cxkit: „HEAD:personas/olaa.yaml” nie jest commitem, a w „HEAD” nie ma personas/olaa.yaml (czy chodziło o "
           "personas/ola.yaml?): by porównać plik z rewizją, wpisz ścieżkę po --: cxkit diff HEAD -- personas/ola.yaml\n",
     "cxkit: „HEAD:nic/tu.yaml” nie jest commitem, a nie ma nic/tu.yaml ani w „HEAD”, ani w kopii roboczej (by porównać "
     "plik z rewizją, wpisz jego ścieżkę po --: cxkit diff HEAD -- ŚCIEŻKA)\n"),
    ("en", "cxkit: 'HEAD:personas/olaa.yaml' names no commit, and 'HEAD' holds no personas/olaa.yaml (did you mean "
           "personas/ola.yaml?): to compare a file with a revision, write the path after --: cxkit diff HEAD -- "
           "personas/ola.yaml\n",
     "cxkit: 'HEAD:nic/tu.yaml' names no commit, and 'HEAD' holds no nic/tu.yaml, nor does the working tree (to compare "
     "a file with a revision, write its path after --: cxkit diff HEAD -- PATH)\n"),
])
def test_a_rev_path_that_names_nothing_in_the_config_language_s39(tmp_path, monkeypatch, lang, near, nowhere) -> None:
    _repo(tmp_path, monkeypatch, lang)
    assert _run("diff", "HEAD:personas/olaa.yaml") == (2, "", near)
    assert _run("diff", "HEAD:nic/tu.yaml") == (2, "", nowhere)
