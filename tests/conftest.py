"""Shared fixtures: realistic documents in Polish and English, a workspace builder, a CLI runner."""

from __future__ import annotations

import json
import os
import textwrap
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

#: In CI the property tests try the same examples on every run (``derandomize``, no example database), so
#: a run fails for a change, never once for an unlucky draw; elsewhere each run explores new examples.
#: The profile is chosen where CI sets ``CI`` (GitHub, GitLab, Bitbucket and most runners do), and by
#: `.ci/run` with ``--hypothesis-profile=ci``, which picks it whatever the runner sets. Hypothesis' own
#: "ci" profile is the same; it is registered here for hypothesis releases that have none.
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
if os.environ.get("CI") is not None:
    settings.load_profile("ci")

#: CXKIT_TEST_THOROUGH=1 runs the slow properties with the example counts and sizes they had before
#: CI ran them cheaper: `CXKIT_TEST_THOROUGH=1 pytest tests/test_schema.py`, by hand or in a nightly job.
THOROUGH = bool(os.environ.get("CXKIT_TEST_THOROUGH"))


def examples(ci: int, thorough: int) -> int:
    """A property's max_examples: ``ci`` in an ordinary run, ``thorough`` with CXKIT_TEST_THOROUGH=1."""
    return thorough if THOROUGH else ci


#: The structural rules of the foundation; most CLI tests select only these so
#: rules added later (style, evidence, journeys) cannot change their outcome.
CORE_RULES = "read-error,yaml-syntax,schema,duplicate-id,unknown-persona,unused-suppression"

PERSONA_PL = """\
kind: persona
id: tomek-audiofil
name: Tomek Wiśniewski
lang: pl
owner: zespół e-commerce
summary: >
  Programista backendu, który po pracy słucha muzyki na dobrym sprzęcie
  i kupuje słuchawki dopiero po przeczytaniu pomiarów i recenzji.
demographics:
  age: 34
  gender: mężczyzna
  location: Kraków
  education: wyższe techniczne
  occupation: programista backendu
  income: 14 000 zł brutto miesięcznie
  household: para bez dzieci
psychographics:
  values:
    - Rzetelność pomiarów ponad opinię influencera
  interests:
    - Jazz z lat 60. na winylu i w plikach FLAC
  personality:
    - Analityczny, porównuje specyfikacje w arkuszu
  lifestyle:
    - Pracuje zdalnie, słucha muzyki 6 godzin dziennie
  attitudes:
    - Nie ufa opiniom bez pomiarów pasma przenoszenia
goals:
  - Kupić otwarte słuchawki do 1500 zł na najbliższe 5 lat
  - text: Słuchać muzyki po 22:00 bez budzenia partnerki
    sources: [wywiady-2026-09]
needs:
  - Wykres pasma przenoszenia na stronie produktu
pain_points:
  - text: Sklepy nie podają impedancji ani czułości
    sources: [wywiady-2026-09, ankieta-2026-08]
motivations:
  - Chce usłyszeć szczegóły nagrań, których nie słyszał na tanim sprzęcie
behaviours:
  - Czyta wątki na forach audio przez 2–3 tygodnie przed zakupem
channels:
  - Fora audio i recenzje na YouTube
expectations:
  - Zwrot bez pytań w ciągu 30 dni
quote: "Bez wykresu pasma nie kupię nawet za 300 zł."
sources:
  - id: wywiady-2026-09
    type: interview
    date: 2026-09-14
    n: 9
    link: https://wiki.example.pl/badania/wywiady-2026-09
    note: Wywiady pogłębione z klientami sklepu
  - id: ankieta-2026-08
    type: survey
    date: 2026-08-20
    n: 412
reviewed: 2026-10-01
x-segment: audiofile-premium
"""

NEGATIVE_PL = """\
kind: negative-persona
id: janusz-okazja
name: Janusz Okazja
lang: pl
summary: Kupuje najtańsze słuchawki na promocji w markecie, bez porównywania.
demographics:
  age: "45-55"
  location: Radom
reasons:
  - Słuchawki powyżej 200 zł uważa za wyrzucanie pieniędzy
  - Kupuje pod wpływem impulsu, przy kasie
substitutes:
  - Słuchawki dołączone do telefonu
purchase_triggers:
  - Gazetka promocyjna z ceną obniżoną o połowę
abandon_triggers:
  - Koszt dostawy wyższy niż 10 zł
sources:
  - id: dane-sprzedazowe-2026
    type: sales-data
    date: 2026-07-01
reviewed: 2026-10-02
"""

JOURNEY_PL = """\
kind: journey
id: tomek-kupuje-sluchawki
name: Tomek kupuje słuchawki przez internet
lang: pl
persona: tomek-audiofil
goal: Kupić otwarte słuchawki do 1500 zł
reviewed: 2026-10-05
stages:
  - id: swiadomosc
    name: Świadomość
    goal: Dowiedzieć się, że istnieją lepsze słuchawki
    touchpoints:
      - channel: youtube
        description: Recenzja z pomiarami na kanale audio
      - Wątek na forum audiofilów
    doing: Ogląda recenzje wieczorami
    thinking: Czy to różnica warta 1000 zł?
    feeling: Ciekawość
    emotion: 1
    love_points:
      - Rzetelne pomiary w recenzji
  - id: rozwazanie
    name: Rozważanie
    touchpoints:
      - channel: web
        description: Karta produktu w sklepie
    emotion: -1
    barriers:
      - Brak wykresu pasma przenoszenia na karcie produktu
    pain_points:
      - text: Impedancja podana tylko w PDF producenta
        sources: [wywiady-2026-09]
    opportunities:
      - action: Dodać wykresy pomiarów do kart produktów
        owner: zespół contentu
        due: 2026-12-15
        status: planned
  - id: decyzja
    name: Decyzja
    emotion: 0
    metrics:
      - Konwersja karty produktu
  - id: zakup
    name: Zakup
    emotion: 2
  - id: doswiadczenie
    name: Doświadczenie po zakupie
    emotion: 1
  - id: lojalnosc
    name: Lojalność
    emotion: 1
  - id: rekomendacja
    name: Rekomendacja
    emotion: 2
"""

PERSONA_EN = """\
kind: persona
id: maya-runner
name: Maya Patel
lang: en
summary: A nurse who runs 30 km a week and replaces her shoes every six months.
demographics:
  age: "30-40"
  location: Leeds
  occupation: nurse on rotating shifts
goals:
  - Finish a half marathon under two hours
pain_points:
  - Sizes differ between brands, so she returns one pair in three
behaviours:
  - Buys the same model again when it works
sources:
  - id: support-tickets-2026
    type: support
    date: 2026-06-30
    n: 120
"""

JOURNEY_EN = """\
kind: journey
id: maya-replaces-shoes
name: Maya replaces her running shoes
lang: en
persona: maya-runner
stages:
  - id: awareness
    name: Awareness
    emotion: 0
  - id: purchase
    name: Purchase
    touchpoints:
      - channel: app
        description: One-tap reorder of the last model
    emotion: 2
"""

#: A persona template (``{id}``) with a Polish summary and goal: the revision, review and hook tests
#: write it under several ids.
PERSONA_KAMIL = """\
kind: persona
id: {id}
name: Kamil Nowak
lang: pl
summary: Kupuje elektronikę tylko w promocjach, po porównaniu cen w trzech sklepach.
goals:
  - Kupić słuchawki za mniej niż 300 zł w Black Friday
"""

#: A persona template (``{id}``, ``{name}``): a florist, written under several ids by the config-notes tests.
PERSONA_FLORIST = """kind: persona
id: {id}
name: {name}
lang: pl
summary: Właścicielka kwiaciarni w Poznaniu, która zamawia kwiaty na wesela z dwutygodniowym wyprzedzeniem.
goals:
  - Zamówić piwonie na sobotnie wesele bez dzwonienia do trzech hurtowni
"""


def enter_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str | None = None,
                    git_identity: bool = False, today: str | None = None,
                    files: dict[str, str] | None = None) -> Path:
    """Make ``tmp_path`` the current folder of a CLI test, with NO_COLOR=1 and COLUMNS=100 so its text
    is the same everywhere; ``config``: the text of its cxkit.toml; ``git_identity``: an author and a
    committer for the commits the test makes with plain git; ``today``: CXKIT_TODAY; ``files``: documents
    to write (path: text)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    if git_identity:
        for key, value in (("GIT_AUTHOR_NAME", "a"), ("GIT_AUTHOR_EMAIL", "a@b"), ("GIT_COMMITTER_NAME", "a"),
                           ("GIT_COMMITTER_EMAIL", "a@b")):
            monkeypatch.setenv(key, value)
    if today is not None:
        monkeypatch.setenv("CXKIT_TODAY", today)
    if config is not None:
        (tmp_path / "cxkit.toml").write_text(config, encoding="utf-8")
    for rel, text in (files or {}).items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    return tmp_path


@dataclass
class CliResult:
    """What one `cxkit` invocation produced."""

    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None

    @property
    def findings(self) -> list[dict[str, Any]]:
        return json.loads(self.stdout)

    def rules(self) -> list[str]:
        return [f["rule"] for f in self.findings]


@pytest.fixture(autouse=True)
def _no_folders_given_by_an_earlier_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """cxkit.lint.plugins remembers for the life of a process the folders commands were given (no
    rule plugin is read from their checkouts). A command-line process runs one command; the suite runs
    many in one process, so a test's folders must not reach the next test's plugin scan."""
    monkeypatch.delenv("_CXKIT_GIVEN_FOLDERS", raising=False)
    plugins = sys.modules.get("cxkit.lint.plugins")
    if plugins is not None:
        monkeypatch.setattr(plugins, "_GIVEN", [])


@pytest.fixture(autouse=True)
def _not_on_a_ci_runner(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite runs the same on a GitHub runner: there GITHUB_ACTIONS picks annotations as the
    default format, GITHUB_WORKSPACE names their files and GITHUB_STEP_SUMMARY takes their summary
    (which the suite must not fill); tests that want them set them. In any runner's job (GitHub,
    Azure Pipelines' TF_BUILD, TeamCity) stdout and stderr are escaped for its log, also under
    CliRunner. CXKIT_LAYOUT, a reader's default render layout, is cleared too, so a shell that sets
    it sees the same views, and SOURCE_DATE_EPOCH, which pins "today" for the date rules (package
    builds set it), so tests that read the real clock read it."""
    for name in ("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_STEP_SUMMARY", "TF_BUILD", "TEAMCITY_VERSION",
                 "CXKIT_LAYOUT", "SOURCE_DATE_EPOCH"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def tmp_path(tmp_path: Path) -> Path:
    """A test's folder with no other test's folder beside it. `cxkit init` without `--lang` takes the
    language most configs beside its folder share (an agency's clients), and beside pytest's own
    tmp_path stand the folders of the tests run before it in the same process, many of them Polish: the
    account init prints would follow the order the tests ran in."""
    alone = tmp_path / "ws"
    alone.mkdir()
    return alone


def run_cli(*args: str) -> CliResult:
    """Invoke the typer app in-process; a traceback shows up as a non-SystemExit exception."""
    from cxkit.cli import app

    result = CliRunner().invoke(app, list(args))
    exc = result.exception if not isinstance(result.exception, SystemExit) else None
    return CliResult(result.exit_code, result.stdout, result.stderr, exc)


def diff_markdown(folder: Path, old_text: str, new_text: str) -> str:
    """`cxkit diff -f markdown old.yaml new.yaml` of two texts written in ``folder``, at 200 columns
    without colour: its stdout; the diff must find differences (exit 1)."""
    from cxkit.cli import app

    old, new = folder / "old.yaml", folder / "new.yaml"
    old.write_text(old_text, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", "-f", "markdown", str(old), str(new)],
                                env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code == 1, result.output
    return result.stdout


@pytest.fixture
def cli() -> Callable[..., CliResult]:
    return run_cli


@pytest.fixture
def lint_json(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., CliResult]:
    """`cxkit lint --format json` on the core rules, run from tmp_path."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str, select: str | None = CORE_RULES) -> CliResult:
        extra = ["--select", select] if select else []
        result = run_cli("lint", "--format", "json", *extra, *args)
        assert result.exception is None, f"traceback: {result.exception!r}"
        return result

    return run


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write a file under tmp_path (dedented text, or raw bytes) and return its path."""

    def _write(rel: str, content: str | bytes) -> Path:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
        return path

    return _write


@pytest.fixture
def workspace_pl(write: Callable[[str, str | bytes], Path], tmp_path: Path) -> Path:
    """A clean Polish workspace: persona, negative persona and a seven-stage journey."""
    write("personas/tomek.yaml", PERSONA_PL)
    write("personas/janusz.yaml", NEGATIVE_PL)
    write("journeys/tomek-kupuje.yaml", JOURNEY_PL)
    return tmp_path


def position_of(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the n-th occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    before = text[:start]
    return before.count("\n") + 1, start - (before.rfind("\n") + 1) + 1
