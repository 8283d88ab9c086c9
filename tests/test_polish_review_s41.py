"""Review of session 41's Polish leftovers: usage errors said before the config is read, in the workspace's
language when the config the run would read says `lang = "pl"` (English byte for byte elsewhere)."""

from __future__ import annotations

import shutil
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


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: --csv-separator '|': przyjmuje ',' (domyślny), ';' (dla Excela po polsku) albo tab; np. "
           "--csv-separator ';'\n"),
    ("en", "cxkit: --csv-separator '|': takes ',' (the default), ';' (for Excel set to Polish) or tab; e.g. "
           "--csv-separator ';'\n"),
    (None, "cxkit: --csv-separator '|': takes ',' (the default), ';' (for Excel set to Polish) or tab; e.g. "
           "--csv-separator ';'\n"),
])
def test_a_csv_separator_refused_in_the_workspaces_language_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                lang: str | None, said: str) -> None:
    # A pipe, as a team used to another tool's exports might try.
    monkeypatch.chdir(_workspace(tmp_path, lang))
    code, out, err = run_cxkit("render", JOURNEY, "-f", "csv", "--csv-separator", "|")
    assert (code, out, err) == (2, "", said)


def test_a_buffers_separator_is_refused_in_the_language_of_its_stdin_filenames_config_s41(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The editor's buffer is saved under the Polish workspace in `mapy/`, rendered from the folder above (no config).
    _workspace(tmp_path / "mapy", "pl")
    monkeypatch.chdir(tmp_path)
    text = (tmp_path / "mapy" / JOURNEY).read_text(encoding="utf-8")
    code, out, err = run_cxkit("render", "-", "--stdin-filename", f"mapy/{JOURNEY}", "-f", "csv", "--csv-separator",
                               ":", stdin=text)
    assert code == 2 and out == ""
    assert err.startswith("cxkit: --csv-separator ':': przyjmuje ','")


@pytest.mark.parametrize("text, first_note, heading", [
    # A key cxkit does not know, and a value of the wrong type: errors a config's load raises in Polish itself (with
    # no English twin), below its `lang = "pl"`.
    ('lang = "pl"\npersona-dirr = "persony"\n', "cxkit: uwaga: cxkit.toml:2:1: nieznany klucz `persona-dirr`",
     "missing-sources (CX301), domyślny poziom: warning"),
    ('lang = "pl"\nfail-level = 3\n', "cxkit: uwaga: cxkit.toml:2:1: zła wartość `fail-level`",
     "missing-sources (CX301), domyślny poziom: warning"),
    ('lang = "en"\npersona-dirr = "personas"\n', "cxkit: note: cxkit.toml:2:1: unknown key 'persona-dirr'",
     "missing-sources (CX301), default severity: warning"),
])
def test_rule_help_under_a_config_whose_error_is_no_toml_slip_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  text: str, first_note: str, heading: str) -> None:
    # The note and the help in the language the config says, not a Polish error inside an English note saying the
    # language is not known, over English help.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text(text, encoding="utf-8")
    code, out, err = run_cxkit("rule", "CX301")
    assert code == 0
    assert out.startswith(heading)
    assert err.startswith(first_note) and err.count("\n") == 1
    assert ("tej konfiguracji nie da się odczytać: `cxkit lint` zgłosi ten błąd\n" if "pl" in text
            else "the config cannot be read: `cxkit lint` reports this error\n") == err.rsplit("; ", 1)[1]


def _git(root: Path, *args: str) -> None:
    import subprocess

    subprocess.run(["git", "-c", "user.email=cx@example.com", "-c", "user.name=CX", *args], cwd=root, check=True,
                   capture_output=True)


@pytest.mark.parametrize("form", ["md", "html"])
def test_review_quotes_bases_toml_slip_in_polish_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     form: str) -> None:
    # The shop's config was committed with an unquoted folder name; the change fixes it. The Polish review quotes
    # BASE's error in Polish, JSON keeps the English (a machine's field).
    _workspace(tmp_path, None)
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = [szkice]\n', encoding="utf-8")
    _git(tmp_path, "init", "-q", ".")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "sklep Pasmo")
    (tmp_path / "cxkit.toml").write_text('lang = "pl"\nexclude = ["szkice"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _err = run_cxkit("review", "HEAD", "-f", form)
    assert code in (0, 1)
    assert ("jest tam niepoprawny (HEAD:cxkit.toml:2:12: nieprawidłowy TOML: nieprawidłowa wartość (tekst zapisuje "
            "się w cudzysłowie))") in out
    assert "invalid TOML" not in out
    code, out, _err = run_cxkit("review", "HEAD", "-f", "json")
    assert '"base_error": "HEAD:cxkit.toml:2:12: invalid TOML: Invalid value' in out


@pytest.mark.parametrize("args, pl, en", [
    (["HEAD", "--stat", "--git-driver"],
     "--stat i --git-driver nie idą w parze: git podaje programowi z --git-driver po jednym pliku naraz; zamiast tego "
     "uruchom cxkit diff REV --stat",
     "--stat and --git-driver do not go together: git hands its diff driver one file at a time; run cxkit diff REV "
     "--stat instead"),
    (["HEAD", "-o", "zmiany.txt", "--git-driver"],
     "--output-file i --git-driver nie idą w parze: to, co wypisze program z --git-driver, pokazuje git; zamiast tego "
     "uruchom cxkit diff REV -o PLIK",
     "--output-file and --git-driver do not go together: git shows what its diff driver writes; run cxkit diff REV -o "
     "FILE instead"),
    (["HEAD", "-f", "html", "--git-driver"],
     "-f html robi jedną stronę z całego porównania, a nie po jednej dla każdego pliku, który git podaje programowi z "
     "--git-driver; zamiast tego uruchom cxkit diff REV -f html > diff.html",
     "-f html makes one page of a whole diff, not one for each file git hands its diff driver; run cxkit diff REV -f "
     "html > diff.html instead"),
    (["--cached", "--git-driver"],
     "--cached i --git-driver nie idą w parze: pliki do porównania podaje programowi z --git-driver sam git "
     "(`git diff --cached` uruchamia go na tym, co jest w indeksie)",
     "--cached and --git-driver do not go together: git passes the driver the files to compare (`git diff --cached` "
     "runs it on what is staged)"),
])
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_diffs_git_driver_refusals_in_the_workspaces_language_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  args: list[str], pl: str, en: str,
                                                                  lang: str) -> None:
    monkeypatch.chdir(_workspace(tmp_path, lang))
    code, out, err = run_cxkit("diff", *args)
    assert (code, out, err) == (2, "", f"cxkit: {pl if lang == 'pl' else en}\n")


@pytest.mark.parametrize("given, pl, en", [
    (f"HEAD:{JOURNEY[:-10]}a.yaml",  # a typo: "…-sluchawki-ota.yaml"
     f"HEAD:{JOURNEY[:-10]}a.yaml: w „HEAD” nie ma {JOURNEY[:-10]}a.yaml; czy chodziło o HEAD:{JOURNEY}?",
     f"HEAD:{JOURNEY[:-10]}a.yaml: 'HEAD' holds no {JOURNEY[:-10]}a.yaml; did you mean HEAD:{JOURNEY}?"),
    ("HEAD:notatki.yaml", "HEAD:notatki.yaml: w „HEAD” nie ma notatki.yaml",
     "HEAD:notatki.yaml: 'HEAD' holds no notatki.yaml"),
    ("HEAD~3:" + JOURNEY,
     f"HEAD~3:{JOURNEY}: nie ma takiego pliku ani folderu, nie jest to też plik rewizji gita (REV:PATH): nieznana "
     "rewizja „HEAD~3”: ",
     f"HEAD~3:{JOURNEY}: no such file or directory, nor a file of a git revision (REV:PATH): unknown revision "
     "'HEAD~3': "),
])
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_renders_rev_path_errors_in_the_workspaces_language_s41(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                given: str, pl: str, en: str, lang: str) -> None:
    _workspace(tmp_path, lang)
    _git(tmp_path, "init", "-q", ".")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "sklep Pasmo")
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cxkit("render", given)
    assert code == 2 and out == ""
    assert err.startswith(f"cxkit: {pl if lang == 'pl' else en}")
    assert err.count("\n") == 1


_TEAM_RULE = '''\
from typing import ClassVar

from pydantic import Field, field_validator

from cxkit.lint.finding import Hit, Severity
from cxkit.lint.rule import OptionValueError, Rule, RuleOptions


class TeamOwner(Rule):
    """A document's owner is on the client's team.

    Why: an owner from outside the team does not keep the map current.

    Bad:
        owner: Zewnętrzna agencja

    Good:
        owner: Zespół CX
    """

    code: ClassVar[str] = "ACME201"
    name: ClassVar[str] = "team-owner"
    severity: ClassVar[Severity] = Severity.warning

    class Options(RuleOptions):
        team: list[str] = Field(default=[], description="The names on the client's team.")

        @field_validator("team")
        @classmethod
        def _names(cls, names: list[str]) -> list[str]:
            for name in names:
                if "@" in name:
                    raise OptionValueError(f"{name!r} is an e-mail address; give the person's name",
                                           f"„{name}” to adres e-mail; podaj imię i nazwisko")
                if not name.strip():
                    raise ValueError("a name is blank")
            return names

    def check(self, doc):
        yield from ()
'''


@pytest.mark.parametrize("team, lang, said", [
    ('["ola@acme.pl"]', "pl", "reguła „team-owner”, opcja `team`: „ola@acme.pl” to adres e-mail; podaj imię i nazwisko"),
    ('["ola@acme.pl"]', "en", "rule 'team-owner', option 'team': 'ola@acme.pl' is an e-mail address; give the "
                              "person's name"),
    ('[" "]', "pl", "rule 'team-owner', option 'team': a name is blank"),  # a plain ValueError: English whole
])
def test_a_plugins_option_value_error_speaks_the_workspaces_language_s41(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch, team: str,
                                                                         lang: str, said: str) -> None:
    # docs/plugins.md's promise: a plugin's check raising OptionValueError is said in Polish in a Polish workspace.
    from plugin_helpers import plugin_workspace

    site = plugin_workspace(tmp_path, monkeypatch, "acme_team_s41")
    (site / "acme_team_s41.py").write_text(_TEAM_RULE, encoding="utf-8")
    from cxkit.lint import rule as rule_module

    monkeypatch.setitem(rule_module._REGISTRY, "team-owner", __import__("acme_team_s41").TeamOwner)  # as a script registers it
    (tmp_path / "ws" / "cxkit.toml").write_text(f'lang = "{lang}"\n[rules.team-owner]\nteam = {team}\n',
                                                encoding="utf-8")
    code, _out, err = run_cxkit("lint")
    assert code == 2
    assert err == f"cxkit: cxkit.toml:3:1: {said}\n"


@pytest.mark.parametrize("lang, said", [
    ("pl", "cxkit: kodowanie standardowego wyjścia (cp1250) nie ma znaków U+2192 U+03A9, więc widok pokazuje w ich "
           "miejscu '?'; ustaw PYTHONIOENCODING=utf-8 (albo PYTHONUTF8=1) dla terminala UTF-8 albo zapisz widok do pliku: -o "
           "mapa.txt (UTF-8)\n"),
    ("en", "cxkit: standard output's encoding (cp1250) has no U+2192 U+03A9, so the view shows '?' for them; set "
           "PYTHONIOENCODING=utf-8 (or PYTHONUTF8=1) for a UTF-8 terminal, or write the view to a file with -o map.txt "
           "(UTF-8)\n"),
])
def test_a_polish_windows_console_is_told_what_it_cannot_show_in_the_workspaces_language_s41(
        tmp_path: Path, lang: str, said: str) -> None:
    # A Polish Windows console (cp1250) has every Polish letter but no arrow: the terminal view shows '?' for the
    # arrow a researcher typed nor the shop's "300 Ω", and the note says so through the whole run (aa6ada93's wiring,
    # not only its words).
    import os
    import subprocess
    import sys

    _workspace(tmp_path, lang)
    path = tmp_path / JOURNEY
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    doing: ", "    doing: Koszyk → ", 1), encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "cp1250", "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "80"}
    env.pop("CXKIT_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "cxkit", "render", JOURNEY], cwd=tmp_path, capture_output=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0
    assert "Koszyk ? " in done.stdout.decode("cp1250")
    assert done.stderr.decode("cp1250") == said


def test_diffs_note_on_stages_too_many_to_weigh_in_a_polish_workspace_s41(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # A concert tour of 25 cities whose every stage took the next one's id: the note on why no swap was looked for,
    # in the Polish workspace's language (aa6ada93 gave Unweighed a Polish note; nothing ran it through diff).
    from diff_helpers import diff_run
    from test_diff_rotations_s23 import long_journey

    (tmp_path / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    result = diff_run(tmp_path, long_journey(0), long_journey(1, shift=True), names=("stary.yaml", "nowy.yaml"))
    assert result.stderr.startswith("cxkit: uwaga: ")
    assert result.stderr.endswith(" (objazd): pod swoimi id zmieniło się więcej etapów, niż cxkit zestawia, więc w "
                                  "`stages` nie szuka etapów, które zamieniły się id albo je sobie przekazały: każdy "
                                  "etap jest porównany z tym, co jego id oznaczało wcześniej\n")
    assert result.stderr.count("\n") == 1
