"""`cxkit diff` and `cxkit review`: the advice for a shallow clone names the revision that is
missing and a fetch that works, whatever the range form (review1 F1); the `-x` notes and usage
errors suggest what the user meant (review1 F4, F8)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from conftest import run_cli
from git_helpers import Repo

OLA = """\
kind: persona
id: ola
name: Ola Nowak
lang: pl
goals:
  - Przebiec półmaraton w Gdyni poniżej 1:55 w marcu 2027
behaviours:
  - Biega 4 razy w tygodniu po Parku Oliwskim z zegarkiem Garmin Forerunner 255
"""


def cli(*args: str):
    result = run_cli(*args)
    assert result.exception is None, f"traceback: {result.exception!r}"
    return result


# --- F1: a shallow clone, every form of BASE ------------------------------------------------

@pytest.fixture
def shallow(tmp_path, monkeypatch) -> Repo:
    """A clone of `feature` one commit deep, as a CI checkout without `fetch-depth: 0` makes it."""
    origin = Repo(tmp_path / "origin")
    origin.write("cxkit.toml", 'lang = "pl"\n')
    origin.write("personas/ola.yaml", OLA)
    origin.commit("Ola")
    origin.git("checkout", "-q", "-b", "feature")
    origin.write("personas/ola.yaml", OLA.replace("1:55", "1:50"))
    origin.commit("Szybciej")
    clone = tmp_path / "clone"
    origin.git("clone", "-q", "--depth", "1", "--branch", "feature", f"file://{origin.root}", str(clone))
    r = Repo.__new__(Repo)
    r.root, r.env = clone, origin.env
    assert r.git("rev-parse", "--is-shallow-repository").stdout.strip() == "true"
    monkeypatch.chdir(clone)
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    return r


FETCH = "`git fetch origin main:refs/remotes/origin/main`"


@pytest.mark.parametrize("command", ["diff", "review"])
@pytest.mark.parametrize("base", ["origin/main", "origin/main..", "origin/main...", "origin/main...HEAD", "origin/main..HEAD"])
def test_the_shallow_clone_advice_names_the_branch_and_a_fetch_that_works(shallow, command, base):
    result = cli(command, base)
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: unknown revision 'origin/main': this clone is shallow"), result.stderr
    assert f"`git fetch --unshallow` then {FETCH}" in result.stderr, result.stderr
    assert "main..." not in result.stderr.split("this clone is shallow")[1]
    # The advice works: after it, the same command runs.
    for fetch in ["git fetch --unshallow", *re.findall(r"then `(git fetch [^`]+)`", result.stderr)]:
        proc = shallow.git(*shlex.split(fetch)[1:], check=False)
        assert proc.returncode == 0, f"{fetch}: {proc.stderr}"
    again = cli(command, base)
    assert again.exit_code in (0, 1), again.stderr


@pytest.mark.parametrize("command", ["diff", "review"])
def test_a_range_of_two_branches_names_the_one_missing_and_no_made_up_fetch(shallow, command):
    # `main` is no remote-tracking branch: there is no `git fetch REMOTE BRANCH` to write for it.
    result = cli(command, "main..feature")
    assert result.exit_code == 2
    assert result.stderr.startswith("cxkit: unknown revision 'main': this clone is shallow"), result.stderr
    assert "`git fetch --unshallow`) and run again" in result.stderr


@pytest.mark.parametrize("base", ["origin/main~1", "origin/main^"])
def test_a_revision_counted_back_from_the_branch_fetches_the_branch(shallow, base):
    result = cli("diff", base)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"cxkit: unknown revision '{base}': this clone is shallow"), result.stderr
    assert f"then {FETCH}" in result.stderr, result.stderr


@pytest.mark.parametrize("base", ["upstream/main", "refs/heads/main", "origin/main:personas"])
def test_no_fetch_is_suggested_for_a_name_that_is_no_remote_branch(shallow, base):
    # Not a configured remote (`upstream`, `refs`), or not a branch name (`:` is a blob's path).
    result = cli("diff", base)
    assert result.exit_code == 2
    assert "this clone is shallow" in result.stderr, result.stderr
    assert "`git fetch --unshallow`) and run again" in result.stderr, result.stderr


# --- F4: `-x` that matched nothing: the did-you-mean names a stage close to what was written ---

#: The Polish example journey: the stage named "Zakup" has the id `purchase`, "Świadomość" `awareness`.
PL_JOURNEY = Path(__file__).resolve().parent.parent / "examples" / "pl" / "journeys" / "pawel-kupuje-sluchawki-otwarte.yaml"

EN_JOURNEY = """\
kind: journey
id: dana-renews-fleet-plan
name: Dana renews the fleet plan
lang: en
persona: dana-ops
stages:
  - id: renewal-notice
    name: Renewal notice
    doing: Reads the 60-day renewal notice and compares it with a competitor's quote
    emotion: -1
  - id: negotiation
    name: Price negotiation
    doing: Asks the account manager for a 10% discount for 40 vehicles
    emotion: 0
  - id: signature
    name: Contract signed
    doing: Signs the 24-month contract in DocuSign
    emotion: 1
"""


@pytest.fixture
def pl_journeys(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = PL_JOURNEY.read_text(encoding="utf-8")
    assert "  - id: purchase\n    name: Zakup\n" in text and "  - id: awareness\n    name: Świadomość\n" in text
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "c.yaml").write_text(text.replace("emotion: 0", "emotion: 1"), encoding="utf-8")
    return tmp_path


def note(pattern: str, near: str | None) -> str:
    hint = f"; did you mean '{near}'?" if near else ""
    return f"cxkit: note: --exclude '{pattern}' matched nothing on either side, so it left nothing out{hint}\n"


@pytest.mark.parametrize(("pattern", "near"), [
    # A stage written by its name is told its id.
    ("stages[zakup].emotion", "stages[purchase].emotion"),
    ("stages[Zakup].emotion", "stages[purchase].emotion"),
    ("stages[Świadomość].emotion", "stages[awareness].emotion"),
    ("stages[swiadomosc].emotion", "stages[awareness].emotion"),
    ("stages[Lojalnosc].touchpoints", "stages[loyalty].touchpoints"),
    # An id or key misspelt: the closest spelling.
    ("stages[purchse].emotion", "stages[purchase].emotion"),
    ("stages[*].emotoin", "stages[*].emotion"),
    ("stgaes[zakup].emotion", "stages[purchase].emotion"),
    # Nothing close to what was written: no suggestion, however alike the rest of the path is.
    ("stages[kasa].emotion", None),
    ("stages[xyz].emotion", None),
    ("stages[7].emotion", None),
    ("stages[purchase].emotion.x", None),
])
def test_the_did_you_mean_names_the_stage_that_was_meant(pl_journeys, pattern, near):
    result = cli("diff", "a.yaml", "c.yaml", "-x", pattern)
    assert result.exit_code == 1
    assert result.stderr == note(pattern, near)
    if near is not None:
        # Following the advice leaves that stage's value out.
        followed = cli("diff", "a.yaml", "c.yaml", "-x", near)
        assert followed.stderr == "" and followed.exit_code in (0, 1)


def test_an_english_stage_name_is_told_its_id(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.yaml").write_text(EN_JOURNEY, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(EN_JOURNEY.replace("emotion: 0", "emotion: -1"), encoding="utf-8")
    for pattern, near in [
        ("stages[Price negotiation].emotion", "stages[negotiation].emotion"),
        ('stages["Contract signed"].doing', "stages[signature].doing"),
        ("stages[renewal-notise].emotion", "stages[renewal-notice].emotion"),
        ("stages[Contract].emotion", None),
    ]:
        result = cli("diff", "a.yaml", "b.yaml", "-x", pattern)
        assert result.stderr == note(pattern, near), pattern


def test_review_tells_a_stage_name_its_id(tmp_path, monkeypatch):
    monkeypatch.delenv("GIT_EXTERNAL_DIFF", raising=False)
    repo = Repo(tmp_path / "ws")
    repo.write("journeys/pawel.yaml", PL_JOURNEY.read_text(encoding="utf-8"))
    repo.commit("base")
    repo.write("journeys/pawel.yaml", PL_JOURNEY.read_text(encoding="utf-8").replace("emotion: 0", "emotion: 1"))
    monkeypatch.chdir(repo.root)
    result = cli("review", "HEAD", "-x", "stages[Zakup].emotion")
    assert result.stderr.endswith(note("stages[Zakup].emotion", "stages[purchase].emotion")), result.stderr


# --- F8: a `[` never closed: the spelling proposed is the one meant, and valid ---------------

@pytest.mark.parametrize(("pattern", "proposed"), [
    ("stages[", "stages[*]"),
    ("stages[awareness.emotion", "stages[awareness].emotion"),
    ("stages[purchase.touchpoints", "stages[purchase].touchpoints"),
    ("stages[zakup", "stages[zakup]"),
    ("stages[.emotion", "stages[*].emotion"),
    ("sources[v1.2", "sources[v1.2]"),  # a dot inside an id (a version) stays in it
    ('stages["Zakup"', 'stages["Zakup"]'),
    ('stages["v1.2".emotion', 'stages["v1.2"].emotion'),
    ('stages["Zak', None),  # the quote is never closed: that is said instead
])
def test_an_unclosed_bracket_proposes_a_spelling_that_parses(pl_journeys, pattern, proposed):
    from cxkit.diff.compare import malformed_exclude

    result = cli("diff", "a.yaml", "c.yaml", "-x", pattern)
    assert result.exit_code == 2 and result.stdout == ""
    said = re.search(r"is not a key or a path glob: (.*?); write a key name", result.stderr).group(1)
    spelled = re.findall(r"never closed \((.*)\)$", said)
    assert spelled == ([proposed] if proposed else []), said
    for fix in spelled:
        assert malformed_exclude(fix) is None, fix
        assert cli("diff", "a.yaml", "c.yaml", "-x", fix).exit_code in (0, 1)


@pytest.mark.parametrize("pattern", [
    "stages[", "stages[[", "stages[awareness.emotion", "a[b.c[d", "x-notes[\"a", "stages[*.", "stages[a]b[",
    "stages[.", "stages[..emotion", "stages[a.1", "[", "a.[", "stages]", "stages[]", "stages..emotion",
])
def test_every_spelling_an_error_proposes_parses(pattern):
    from cxkit.diff.compare import malformed_exclude

    wrong = malformed_exclude(pattern)
    assert wrong is not None
    for fix in re.findall(r"\(([^()]*)\)$", wrong):
        if "write" in fix or " " in fix:
            continue  # advice in words, not a spelling
        assert malformed_exclude(fix) is None, (pattern, wrong)
