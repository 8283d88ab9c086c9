"""unknown-persona (CX004) when the persona sits only in a file the config's `exclude` leaves out:
the finding names that file and the pattern, and says how to bring it in."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.workspace import ExcludedFiles
from rule_helpers import pos, write

PERSONA_EN = """\
kind: persona
id: tom-baker-uk
name: Tom Baker
lang: en
summary: Runs a bakery in Leeds and orders his blood-pressure prescription online every month.
goals:
  - Get his repeat prescription delivered before he leaves for the bakery at 04:30
"""

JOURNEY_EN = """\
kind: journey
id: tom-orders-repeat-prescription
name: Tom orders his repeat prescription
lang: en
persona: tom-baker-uk
stages:
  - id: ordering
    name: Ordering
    emotion: -1
"""

PERSONA_PL = """\
kind: persona
id: grazyna-zolkiewska
name: Grażyna Żółkiewska
lang: pl
summary: Emerytka z Lublina, która co miesiąc zamawia leki na receptę z odbiorem w Paczkomacie.
goals:
  - Odebrać leki na receptę w Paczkomacie przy Żabce bez stania w kolejce w aptece
"""

JOURNEY_PL = """\
kind: journey
id: grazyna-zamawia-leki-na-recepte
name: Grażyna zamawia leki na receptę
lang: pl
persona: grazyna-zolkiewska
stages:
  - id: zamowienie
    name: Zamówienie
    emotion: -1
"""

OLA = """\
kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
goals:
  - Przebiec półmaraton w Poznaniu poniżej 2 godzin
"""


def lint_text(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str]:
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--select", "unknown-persona", *args], env={"COLUMNS": "400"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


@pytest.mark.parametrize(("persona", "journey", "ident", "rel"), [
    (PERSONA_EN, JOURNEY_EN, "tom-baker-uk", "personas/drafts/tom-baker-uk.yaml"),
    (PERSONA_PL, JOURNEY_PL, "grazyna-zolkiewska", "personas/drafts/grazyna-zolkiewska.yaml"),
], ids=["en", "pl"])
def test_a_persona_only_in_an_excluded_folder_is_named_with_the_pattern_and_the_fix(tmp_path, monkeypatch, persona, journey, ident, rel):
    write(tmp_path, {
        "cxkit.toml": 'lang = "pl"\nexclude = ["drafts"]\n',
        rel: persona,
        "personas/ola.yaml": OLA,
        "journeys/j.yaml": journey,
    })
    code, out = lint_text(tmp_path, monkeypatch)
    line, col = pos(journey, ident)
    assert code == 1
    assert out.splitlines()[0] == (
        f"journeys/j.yaml:{line}:{col}: error CX004 persona „{ident}” jest tylko w pliku {rel}, który `exclude` "
        "wyłącza z obszaru roboczego („drafts” w cxkit.toml), więc nigdy nie jest sprawdzany; przenieś go poza "
        "personas/drafts/ albo usuń „drafts” z `exclude` [unknown-persona]"
    )
    assert "nie istnieje" not in out


def test_a_journey_linted_alone_from_its_folder_gets_the_path_from_there(tmp_path, monkeypatch):
    write(tmp_path, {
        "cxkit.toml": 'exclude = ["drafts"]\n',
        "personas/drafts/tom-baker-uk.yaml": PERSONA_EN,
        "personas/ola.yaml": OLA,
        "journeys/tom.yaml": JOURNEY_EN,
    })
    code, out = lint_text(tmp_path / "journeys", monkeypatch, "tom.yaml")
    assert code == 1
    assert "tom.yaml:5:10: error CX004 persona 'tom-baker-uk' is only in ../personas/drafts/tom-baker-uk.yaml," in out
    assert "move it out of ../personas/drafts/, or remove 'drafts' from `exclude`" in out


def test_a_file_pattern_asks_for_a_rename_and_a_pyproject_is_named(tmp_path, monkeypatch):
    write(tmp_path, {
        "pyproject.toml": '[tool.cxkit]\nexclude = ["*-szkic.yaml"]\n',
        "personas/grazyna-szkic.yaml": PERSONA_PL,
        "personas/ola.yaml": OLA,
        "journeys/grazyna.yaml": JOURNEY_PL,
    })
    code, out = lint_text(tmp_path, monkeypatch)
    assert code == 1
    assert (
        "persona 'grazyna-zolkiewska' is only in personas/grazyna-szkic.yaml, which `exclude` leaves out of the "
        "workspace ('*-szkic.yaml' in pyproject.toml), so it is never checked; rename it so that '*-szkic.yaml' "
        "does not match it, or remove '*-szkic.yaml' from `exclude`"
    ) in out


def test_an_anchored_pattern_and_a_nested_file_and_two_copies(tmp_path, monkeypatch):
    write(tmp_path, {
        "cxkit.toml": 'exclude = ["/archiwum", "drafts"]\n',
        "archiwum/2025/q3/tom.yaml": PERSONA_EN,
        "personas/drafts/tom.yaml": PERSONA_EN,
        "personas/ola.yaml": OLA,
        "journeys/tom.yaml": JOURNEY_EN,
    })
    code, out = lint_text(tmp_path, monkeypatch)
    assert code == 1
    assert (
        "persona 'tom-baker-uk' is only in archiwum/2025/q3/tom.yaml (and 1 more excluded file), which `exclude` "
        "leaves out of the workspace ('/archiwum' in cxkit.toml), so it is never checked; move it out of archiwum/, "
        "or remove '/archiwum' from `exclude`"
    ) in out


def test_an_excluded_draft_is_found_by_its_kind_and_id_lines_without_being_parsed(tmp_path, monkeypatch):
    broken = PERSONA_PL + "pain_points:\n  - \"Kolejka\" w aptece\n\tzła linia\n"  # not YAML past the id
    write(tmp_path, {
        "cxkit.toml": 'exclude = ["drafts"]\n',
        "personas/drafts/grazyna.yaml": broken,
        "personas/ola.yaml": OLA,
        "journeys/grazyna.yaml": JOURNEY_PL,
    })
    code, out = lint_text(tmp_path, monkeypatch)
    assert code == 1
    assert "persona 'grazyna-zolkiewska' is only in personas/drafts/grazyna.yaml," in out


@pytest.mark.parametrize("config", ['exclude = ["drafts"]\n', ""])
def test_without_an_excluded_persona_the_message_is_as_before(tmp_path, monkeypatch, config):
    # A journey in the drafts folder with the id, and a persona with another id there: neither is the persona.
    write(tmp_path, {
        "cxkit.toml": config,
        "personas/drafts/tom-journey.yaml": JOURNEY_EN.replace("id: tom-orders-repeat-prescription", "id: tom-baker-uk"),
        "personas/drafts/other.yaml": PERSONA_EN.replace("id: tom-baker-uk", "id: tom-baker-leeds"),
        "personas/ola.yaml": OLA,
        "journeys/tom.yaml": JOURNEY_EN.replace("persona: tom-baker-uk", "persona: tom-baker-uk-2"),
    })
    code, out = lint_text(tmp_path, monkeypatch, "journeys", "personas/ola.yaml")
    assert code == 1
    assert "journeys/tom.yaml:5:10: error CX004 persona 'tom-baker-uk-2' does not exist in the workspace" in out
    assert "exclude" not in out.splitlines()[0]


def test_excluded_files_are_walked_only_when_the_rule_fires_and_then_once(tmp_path, monkeypatch):
    walks: list[int] = []
    real_walk = ExcludedFiles._walk

    def counting(self):
        walks.append(1)
        return real_walk(self)

    monkeypatch.setattr(ExcludedFiles, "_walk", counting)
    write(tmp_path, {
        "cxkit.toml": 'exclude = ["drafts"]\n',
        "personas/drafts/tom.yaml": PERSONA_EN,
        "personas/grazyna.yaml": PERSONA_PL,
        "journeys/grazyna.yaml": JOURNEY_PL,
    })
    code, _out = lint_text(tmp_path, monkeypatch)
    assert (code, walks) == (0, [])
    write(tmp_path, {"journeys/tom.yaml": JOURNEY_EN, "journeys/tom-2.yaml": JOURNEY_EN.replace(
        "id: tom-orders-repeat-prescription", "id: tom-reorders")})
    code, out = lint_text(tmp_path, monkeypatch)
    assert code == 1 and out.count("is only in personas/drafts/tom.yaml") == 2
    assert walks == [1]


def test_only_the_head_of_an_excluded_file_is_read(tmp_path, monkeypatch):
    big = PERSONA_EN + "x-notes: |\n" + "  Wywiad z piekarzem, notatki surowe.\n" * 200_000  # about 7 MB
    write(tmp_path, {"personas/drafts/tom.yaml": big})
    reads: list[int] = []
    real_open = open

    def watching(path, mode="r", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        if str(path).endswith("tom.yaml"):
            real_read = handle.read
            handle = _Spy(handle, real_read, reads)
        return handle

    from cxkit import config as config_module
    from cxkit import workspace as workspace_module

    monkeypatch.setattr(workspace_module, "open", watching, raising=False)
    found = ExcludedFiles(config_module.Config(root=tmp_path, exclude=["drafts"]))
    monkeypatch.chdir(tmp_path)
    assert [(e.path, e.kind, e.id, e.pattern, e.folder) for e in found()] == [
        ("personas/drafts/tom.yaml", "persona", "tom-baker-uk", "drafts", "personas/drafts")
    ]
    assert reads and max(reads) <= ExcludedFiles.HEAD


class _Spy:
    def __init__(self, handle, real_read, reads):
        self._handle, self._read, self._reads = handle, real_read, reads

    def read(self, size=-1):
        data = self._read(size)
        self._reads.append(len(data))
        return data

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()

    def __getattr__(self, name):
        return getattr(self._handle, name)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_like_a_document_in_an_excluded_folder_is_never_opened(tmp_path):
    write(tmp_path, {
        "cxkit.toml": 'exclude = ["drafts"]\n',
        "personas/ola.yaml": OLA,
        "journeys/tom.yaml": JOURNEY_EN,
    })
    (tmp_path / "personas" / "drafts").mkdir()
    os.mkfifo(tmp_path / "personas" / "drafts" / "tom.yaml")
    env = {**os.environ, "COLUMNS": "400"}
    env.pop("CXKIT_TODAY", None)
    proc = subprocess.run(
        [sys.executable, "-m", "cxkit", "lint", "--no-cache", "--select", "unknown-persona"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60, env=env, check=False,
    )
    assert proc.returncode == 1, proc.stderr
    assert "persona 'tom-baker-uk' does not exist in the workspace" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_the_rule_documentation_says_it(monkeypatch):
    result = CliRunner().invoke(app, ["rule", "unknown-persona"])
    assert result.exit_code == 0
    assert "exclude" in textwrap.dedent(result.stdout)


@pytest.mark.parametrize("change", ["delete", "new id"])
def test_the_lint_cache_never_serves_a_message_about_an_excluded_file_that_has_changed(tmp_path, monkeypatch, change):
    # The run's cache key covers the checked files, not the excluded ones: a result that looked at
    # them is not kept whole (each file's own result still is).
    write(tmp_path, {
        "cxkit.toml": 'exclude = ["drafts"]\n',
        "personas/drafts/tom.yaml": PERSONA_EN,
        "personas/ola.yaml": OLA,
        "journeys/tom.yaml": JOURNEY_EN,
    })
    monkeypatch.chdir(tmp_path)

    def cached_lint() -> str:
        result = CliRunner().invoke(app, ["lint", "--select", "unknown-persona"], env={"COLUMNS": "400"})
        assert result.exit_code == 1, result.output
        return result.stdout

    assert "is only in personas/drafts/tom.yaml" in cached_lint()
    assert "is only in personas/drafts/tom.yaml" in cached_lint()
    draft = tmp_path / "personas" / "drafts" / "tom.yaml"
    if change == "delete":
        draft.unlink()
    else:
        draft.write_text(PERSONA_EN.replace("id: tom-baker-uk", "id: tom-baker-leeds"), encoding="utf-8")
    out = cached_lint()
    assert "persona 'tom-baker-uk' does not exist in the workspace" in out and "drafts" not in out


def test_a_file_under_two_configured_paths_is_one_excluded_file(tmp_path, monkeypatch):
    write(tmp_path, {
        "cxkit.toml": 'paths = ["personas", "personas/drafts", "journeys"]\nexclude = ["drafts"]\n',
        "personas/drafts/tom.yaml": PERSONA_EN,
        "personas/ola.yaml": OLA,
        "journeys/tom.yaml": JOURNEY_EN,
    })
    code, out = lint_text(tmp_path, monkeypatch)
    assert code == 1
    assert "is only in personas/drafts/tom.yaml, which" in out and "more excluded file" not in out


def _opened_paths(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file ExcludedFiles opens, and how much of it is read."""
    from cxkit import workspace as workspace_module

    opened: list[str] = []
    real_open = open

    def recording(path, mode="r", *args, **kwargs):
        opened.append(Path(path).as_posix())
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(workspace_module, "open", recording, raising=False)
    return opened


@pytest.mark.parametrize("deps", [
    "node_modules/@acme/personas",
    "vendor/acme/fixtures",
    "venv/lib/python3.12/site-packages/acme",
    "personas/drafts/build",
    "personas/drafts/__pycache__",
    "dist",
    "target/classes",
])
def test_dependency_and_build_folders_are_never_walked_nor_read(tmp_path, monkeypatch, deps):
    # `exclude = ["node_modules", "vendor"]` is what people write, and those trees are full of other
    # tools' YAML: a persona file in one is never a draft of this workspace, and is not even opened.
    write(tmp_path, {
        "cxkit.toml": 'exclude = ["node_modules", "vendor", "venv", "drafts", "dist", "target"]\n',
        f"{deps}/tom-baker-uk.yaml": PERSONA_EN,
        "personas/drafts/grazyna.yaml": PERSONA_PL,
        "personas/ola.yaml": OLA,
        "journeys/tom.yaml": JOURNEY_EN,
        "journeys/grazyna.yaml": JOURNEY_PL,
    })
    opened = _opened_paths(monkeypatch)
    code, out = lint_text(tmp_path, monkeypatch)
    assert code == 1
    assert "journeys/tom.yaml:5:10: error CX004 persona 'tom-baker-uk' does not exist in the workspace" in out
    # The draft folder beside them is still searched.
    assert "persona 'grazyna-zolkiewska' is only in personas/drafts/grazyna.yaml," in out
    assert [p for p in opened if p.endswith("tom-baker-uk.yaml")] == []
    assert [p for p in opened if p.endswith("grazyna.yaml")] == [(tmp_path / "personas/drafts/grazyna.yaml").as_posix()]


def test_a_few_kib_of_each_excluded_file_are_read_and_a_cut_id_line_is_not_taken(tmp_path, monkeypatch):
    from cxkit import config as config_module
    from cxkit import workspace as workspace_module

    reads: list[int] = []
    real_open = open

    def watching(path, mode="r", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        return _Spy(handle, handle.read, reads)

    # A header of comments pushes the `id:` line across byte 8192, the end of what is read.
    note = "# Notatka z wywiadu: piekarz z Leeds zamawia leki przez aplikację.\n"
    head = "kind: persona\n" + note * 100
    raw = head.encode("utf-8")
    pad = 8192 - len("id: tom-ba") - len(raw)
    head += "#" * (pad - 1) + "\n"
    assert len(head.encode("utf-8")) + len("id: tom-ba") == 8192
    write(tmp_path, {
        "personas/drafts/tom.yaml": PERSONA_EN + "x-notes: |\n" + "  Wywiad z piekarzem, notatki surowe.\n" * 20_000,
        "personas/drafts/cut.yaml": head + "id: tom-baker-uk\nname: Tom Baker\n",
    })
    monkeypatch.setattr(workspace_module, "open", watching, raising=False)
    monkeypatch.chdir(tmp_path)
    found = ExcludedFiles(config_module.Config(root=tmp_path, exclude=["drafts"]))()
    assert [(e.path, e.kind, e.id) for e in found] == [
        ("personas/drafts/cut.yaml", "persona", None),  # `id: tom-ba…` cut at 8 KiB is no id
        ("personas/drafts/tom.yaml", "persona", "tom-baker-uk"),
    ]
    assert reads and max(reads) <= 8192
