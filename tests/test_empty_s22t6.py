"""Session 22, tester 6 (F7): `cxkit lint` in an empty folder said "All checks passed (0 documents
in 0 files)", and `cxkit render .` said "... found in ..".  A run that checked no document says
"Nothing to check" (still exit 0: an empty workspace is valid, and stderr says where it looked), and
render's sentence no longer ends with the path."""

from __future__ import annotations

from conftest import run_cli


def test_lint_of_an_empty_folder_says_nothing_was_checked_and_exits_0(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for args in (["lint"], ["lint", "--statistics"], ["lint", "--no-cache"]):
        result = run_cli(*args)
        assert result.exception is None and result.exit_code == 0
        assert result.stdout == "Nothing to check: no cxkit documents found.\n"
        assert "warning: no cxkit documents found in ." in result.stderr


def test_lint_of_a_folder_of_other_yaml_counts_its_files(tmp_path, monkeypatch):
    (tmp_path / "notatki").mkdir()
    (tmp_path / "notatki" / "zakupy.yaml").write_text("- sukienka\n- buty\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "notatki")
    assert (result.exit_code, result.stdout) == (0, "Nothing to check: no cxkit documents found in 1 file.\n")


def test_guard_a_clean_workspace_still_passes(tmp_path, monkeypatch):
    (tmp_path / "persony").mkdir()
    (tmp_path / "persony" / "ola.yaml").write_text(
        "kind: persona\nid: ola\nname: Ola\nlang: pl\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "--no-cache", "--select", "schema")
    assert (result.exit_code, result.stdout) == (0, "All checks passed (1 document in 1 file).\n")


def test_render_of_the_current_empty_folder_has_no_doubled_full_stop(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for fmt, lang in (("markdown", "en"), ("html", "en"), ("markdown", "pl")):
        (tmp_path / "cxkit.toml").write_text(f'lang = "{lang}"\n', encoding="utf-8")
        result = run_cli("render", ".", "--format", fmt)
        assert result.exception is None and result.exit_code == 0, result.stderr
        assert ".." not in result.stdout.replace("...", "")
        # The Polish line names no sector since 1c2ffc4 ("ścieżek", not "ścieżek klienta").
        assert ("found in . (looked for" if lang == "en" else
                "Brak person, person negatywnych i ścieżek w . (szukano plików \\*.yaml i \\*.yml).\n") in result.stdout
