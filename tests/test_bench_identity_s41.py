"""bench/identity.py: two cxkit source trees that lint to the same bytes pass, one that differs is told (issue #7).

A change meant only to make lint faster must leave every finding byte for byte as it was; the check
runs both trees over a generated Polish and English corpus, its `lang = "pl"` copy and the examples,
in every output format.  Here each tree is a stand-in `cxkit` package that prints what the
workspace and the format are, so that the check's own logic is tested in a fraction of a second.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_IDENTITY = Path(__file__).resolve().parent.parent / "bench" / "identity.py"

_STAND_IN = """\
import pathlib, sys
fmt = sys.argv[sys.argv.index("-f") + 1]
here = pathlib.Path.cwd()
polish = (here / "cxkit.toml").is_file() and 'lang = "pl"' in (here / "cxkit.toml").read_text(encoding="utf-8")
count = sum(1 for _ in here.rglob("*.yaml"))
print(f"{fmt} {'pl' if polish else 'en'} {count} documents{EXTRA}")
sys.exit(1 if count else 0)
"""


def _module():
    spec = importlib.util.spec_from_file_location("cxkit_bench_identity_s41", _IDENTITY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tree(root: Path, extra: str = "") -> Path:
    package = root / "src" / "cxkit"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "__main__.py").write_text(_STAND_IN.replace("{EXTRA}", extra), encoding="utf-8")
    return root / "src"


def _run(monkeypatch, capsys, tmp_path: Path, new_extra: str, formats: str) -> tuple[int, str]:
    old, new = _tree(tmp_path / "old"), _tree(tmp_path / "new", new_extra)
    examples = tmp_path / "examples"
    (examples / "personas").mkdir(parents=True)
    (examples / "personas" / "ania.yaml").write_text("kind: persona\nid: ania-biega\nname: Ania Nowak\n", encoding="utf-8")
    # The trees named as a person at a shell names them, from where they stand: each run starts in its workspace.
    monkeypatch.chdir(tmp_path)
    old, new = old.relative_to(tmp_path), new.relative_to(tmp_path)
    monkeypatch.setattr(sys, "argv", ["identity.py", str(old), str(new), "--groups", "1", "--examples", str(examples),
                                      "--formats", formats, "--keep", str(tmp_path / "corpora")])
    code = _module().main()
    return code, capsys.readouterr().out


def test_trees_that_print_the_same_pass_s41(monkeypatch, capsys, tmp_path):
    code, out = _run(monkeypatch, capsys, tmp_path, "", "json,text")
    assert code == 0
    assert "6 of 6 runs identical" in out
    assert "same      corpus-pl -f text: exit 1" in out  # the Polish copy of the corpus is linted too
    assert "same      examples -f json: exit 1" in out


def test_a_tree_whose_output_differs_is_told_where_s41(monkeypatch, capsys, tmp_path):
    # Only the Polish workspace's output differs: the other runs stay the same, and the one that differs
    # is named with the place where its outputs part.
    code, out = _run(monkeypatch, capsys, tmp_path, "{'!' if polish else ''}", "sarif")
    assert code == 1
    assert "same      corpus -f sarif" in out
    assert "DIFFERENT corpus-pl -f sarif: stdout at byte" in out
    assert "2 of 3 runs identical" in out


def test_first_difference_names_the_byte_s41():
    said = _module().first_difference(b"persona 'ania' TODO", b"persona 'ania' TBD")
    assert said.startswith("at byte 16: ")
    assert _module().first_difference(b"abc", b"abcd").startswith("at byte 3: ")
