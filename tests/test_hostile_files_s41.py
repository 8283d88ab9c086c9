"""Files an untrusted pull request can plant where cxkit reads one (issue #7, tester47, session 41).

A baseline, a config or a file it extends that is a named pipe, a link to /dev/zero, a link loop or a huge
file: cxkit refuses it at once with exit 2 and a message naming the file and the key that names it (never a
hang that ignores Ctrl-C, never a read that fills the memory).  The runs that could hang are subprocesses
with a time limit and a memory limit, so a regression fails the test instead of the machine.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import enter_workspace, run_cli

#: A clean English persona and a Polish one: the workspace a pull request changes.
DAN = """\
kind: persona
id: dan-reed
name: Dan Reed
lang: en
summary: Freelance bookkeeper in Leeds who files quarterly VAT returns for eleven small clients.
goals:
  - File every client's VAT return a week before the deadline without chasing receipts
"""

MARTA = """\
kind: persona
id: marta-kowalska
name: Marta Kowalska
lang: pl
summary: Właścicielka kwiaciarni w Poznaniu, która zamawia kwiaty na wesela z dwutygodniowym wyprzedzeniem.
goals:
  - Zamówić piwonie na sobotnie wesele bez dzwonienia do trzech hurtowni
"""


def _limited() -> None:
    """In the child: at most 1.5 GB of memory, so a read of /dev/zero fails the test, not the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))


def cxkit(folder: Path, *args: str, seconds: float = 30) -> subprocess.CompletedProcess[str]:
    """`cxkit ARGS` run in ``folder`` as a CI job runs it; a hang fails the test (TimeoutExpired)."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "CXKIT_DEBUG"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "cxkit", *args], cwd=folder, env=env, capture_output=True,
                          text=True, timeout=seconds, preexec_fn=_limited, stdin=subprocess.DEVNULL)


def workspace(root: Path, lang: str = "en", extra: str = "") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "personas").mkdir(exist_ok=True)
    (root / "personas" / "dan.yaml").write_text(DAN if lang == "en" else MARTA.replace("marta", "dan"), encoding="utf-8")
    (root / "cxkit.toml").write_text(f'paths = ["personas"]\nlang = "{lang}"\npersona-dir = "personas"\n{extra}',
                                     encoding="utf-8")
    return root


# --- H1: the baseline ------------------------------------------------------------------------------------------


def test_a_baseline_linked_to_dev_zero_is_refused_at_its_key_s41(tmp_path):
    root = workspace(tmp_path, extra='baseline = ".cxkit-baseline.json"\n')
    (root / ".cxkit-baseline.json").symlink_to("/dev/zero")
    run = cxkit(root, "lint")
    assert run.returncode == 2, run.stderr
    assert run.stderr == ("cxkit: .cxkit-baseline.json (baseline in cxkit.toml:4:1): not a regular file (a pipe, "
                          "socket, device or folder); a baseline is the JSON file `cxkit lint --write-baseline` writes\n")


def test_a_baseline_that_is_a_named_pipe_is_refused_without_waiting_s41(tmp_path):
    root = workspace(tmp_path)
    os.mkfifo(root / "dlug.json")
    run = cxkit(root, "lint", "--baseline", "dlug.json", seconds=20)
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith("cxkit: dlug.json: not a regular file (a pipe, socket, device or folder); ")
    # A regular baseline file beside it is read as before: the pipe's refusal is about the pipe.
    (root / "ok.json").write_text('{"format": "cxkit-baseline/1", "findings": []}\n', encoding="utf-8")
    read = cxkit(root, "lint", "--baseline", "ok.json")
    assert read.returncode == 1 and read.stderr == "" and "Found 3 problems" in read.stdout


def test_a_device_baseline_in_a_polish_workspace_is_refused_in_polish_s41(tmp_path):
    root = workspace(tmp_path, lang="pl", extra='baseline = "/dev/zero"\n')
    run = cxkit(root, "lint")
    assert run.returncode == 2, run.stderr
    assert run.stderr == ("cxkit: /dev/zero (`baseline` w cxkit.toml:4:1): to nie jest zwykły plik (to potok, gniazdo, "
                          "urządzenie albo folder); plik bazowy to plik JSON, który zapisuje `cxkit lint "
                          "--write-baseline`\n")


def test_a_baseline_link_loop_is_said_to_be_one_s41(tmp_path):
    root = workspace(tmp_path, extra='baseline = "petla.json"\n')
    (root / "petla.json").symlink_to("petla.json")
    run = cxkit(root, "lint")
    assert run.returncode == 2
    assert run.stderr.startswith("cxkit: petla.json (baseline in cxkit.toml:4:1): a link loop ")


def test_a_baseline_over_the_size_cap_is_refused_before_it_is_parsed_s41(tmp_path, monkeypatch):
    from cxkit.lint import baseline

    root = enter_workspace(workspace(tmp_path, extra='baseline = "wielki.json"\n'), monkeypatch)
    entry = '{"path": "personas/dan.yaml", "rule": "vague-goal", "place": "goals[0]", "subject": "x", "count": 1}'
    (root / "wielki.json").write_text('{"format": "cxkit-baseline/1", "findings": [\n'
                                      + ",\n".join([entry] * 200) + "\n]}\n", encoding="utf-8")
    under = run_cli("lint")  # under the cap: read, and its entries match no finding of Dan's
    assert under.exit_code == 1 and "baseline" not in under.stderr
    monkeypatch.setattr(baseline, "MAX_BASELINE_BYTES", 4096)
    run = run_cli("lint")
    assert run.exit_code == 2
    assert run.stderr == ("cxkit: wielki.json (baseline in cxkit.toml:4:1): larger than 4 KB; a baseline is the JSON "
                          "file `cxkit lint --write-baseline` writes\n")


# --- L2, H1, M5: the config and the file its `extend` names --------------------------------------------------


@pytest.mark.parametrize("plant", ["fifo", "zero"])
def test_a_config_that_is_a_pipe_or_device_is_refused_not_skipped_s41(tmp_path, plant):
    root = workspace(tmp_path)
    (root / "cxkit.toml").unlink()
    if plant == "fifo":
        os.mkfifo(root / "cxkit.toml")
    else:
        (root / "cxkit.toml").symlink_to("/dev/zero")
    run = cxkit(root, "lint", seconds=20)
    # Before: the defaults were linted (rc 0 or 1), the workspace's own settings silently gone.
    assert run.returncode == 2, (run.stdout, run.stderr)
    assert run.stderr == ("cxkit: cxkit.toml: not a regular file (a pipe, socket, device or folder); a config is a "
                          "TOML file of at most 1 MB\n")


def test_a_folder_named_cxkit_toml_is_still_no_config_s41(tmp_path):
    root = workspace(tmp_path)
    (root / "sub" / "cxkit.toml").mkdir(parents=True)
    (root / "sub" / "ola.yaml").write_text(DAN, encoding="utf-8")
    run = cxkit(root / "sub", "lint", "ola.yaml")
    assert run.returncode in (0, 1) and run.stderr == ""  # the workspace's config above it is in force


@pytest.mark.parametrize("plant, said, powiedziane", [
    ("fifo", "is not a regular file (a pipe, socket or device)", "to nie jest zwykły plik (to potok, gniazdo albo urządzenie)"),
    ("zero", "is not a regular file (a pipe, socket or device)", "to nie jest zwykły plik (to potok, gniazdo albo urządzenie)"),
    ("loop", "is a link loop", "to pętla dowiązań"),
    ("huge", "is larger than 1 MB (1,100,000 bytes)", "plik jest większy niż 1 MB (1,100,000 B)"),
])
def test_an_extend_target_that_cannot_be_a_config_is_said_for_what_it_is_s41(tmp_path, plant, said, powiedziane):
    target = tmp_path / "wspolny.toml"
    if plant == "fifo":
        os.mkfifo(target)
    elif plant == "zero":
        target.symlink_to("/dev/zero")
    elif plant == "loop":
        target.symlink_to("wspolny.toml")
    else:
        target.write_text("# " + "x" * (1_100_000 - 3) + "\n", encoding="utf-8")
    en = cxkit(workspace(tmp_path / "en", extra='extend = "../wspolny.toml"\n'), "lint", seconds=20)
    assert en.returncode == 2
    # Before: "no such file" for a pipe, a device and a loop, and a huge file parsed for seconds.
    assert en.stderr == (f"cxkit: cxkit.toml:4:1: bad value for 'extend': '../wspolny.toml' {said}; extend takes a "
                         "cxkit.toml, or a pyproject.toml with [tool.cxkit]\n")
    pl = cxkit(workspace(tmp_path / "pl", lang="pl", extra='extend = "../wspolny.toml"\n'), "lint", seconds=20)
    assert pl.returncode == 2
    assert pl.stderr == (f"cxkit: cxkit.toml:4:1: zła wartość `extend`: „../wspolny.toml”: {powiedziane}; extend wskazuje "
                         "cxkit.toml albo pyproject.toml z tabelą [tool.cxkit]\n")


def test_a_pyproject_beside_the_config_that_is_a_pipe_does_not_hang_the_run_s41(tmp_path):
    root = workspace(tmp_path)
    os.mkfifo(root / "pyproject.toml")
    run = cxkit(root, "lint", seconds=20)
    assert run.returncode == 1 and run.stderr == ""  # Dan's findings, the config in force


def _repository(root: Path) -> Path:
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root


def test_an_extend_leading_out_of_the_repository_is_not_quoted_s41(tmp_path):
    outside = tmp_path / "runner" / "credentials.toml"
    outside.parent.mkdir()
    outside.write_text('aws_secret_access_key = "AKIA-not-a-real-one"\n', encoding="utf-8")
    root = _repository(workspace(tmp_path / "pr", extra='extend = "shared.toml"\n'))
    (root / "shared.toml").symlink_to(outside)
    run = cxkit(root, "lint")
    assert run.returncode == 2
    assert "aws_secret_access_key" not in run.stderr and "AKIA" not in run.stderr
    assert run.stderr == (f"cxkit: cxkit.toml:4:1: bad value for 'extend': 'shared.toml' leads out of the repository, "
                          f"to {outside}, which is not a cxkit config cxkit can use; what is wrong in it is not shown, "
                          f"as it could be any file of this machine (check it with `cxkit lint --config {outside}`)\n")
    pl = root / "cxkit.toml"
    pl.write_text(pl.read_text(encoding="utf-8").replace('lang = "en"', 'lang = "pl"'), encoding="utf-8")
    run = cxkit(root, "lint")
    assert run.returncode == 2 and "aws_secret_access_key" not in run.stderr
    assert run.stderr.startswith(f"cxkit: cxkit.toml:4:1: zła wartość `extend`: „shared.toml” prowadzi poza "
                                 f"repozytorium, do {outside}, a to nie jest konfiguracja")


def test_a_broken_shared_config_inside_the_repository_is_still_quoted_s41(tmp_path):
    repo = _repository(tmp_path / "agencja")
    (repo / "wspolny.toml").write_text('lang = "en"\nfail-levle = "error"\n', encoding="utf-8")
    root = workspace(repo / "klient", extra='extend = "../wspolny.toml"\n')
    run = cxkit(root, "lint")
    assert run.returncode == 2
    assert run.stderr.startswith("cxkit: ../wspolny.toml:2:1: unknown key 'fail-levle'")
    assert run.stderr.rstrip().endswith("(used by cxkit.toml, which extends it)")


# --- M2: "did you mean" answers at once, whatever the length of the name -------------------------------------

NAMES = ["ola.yaml", "kasia-kupuje-krem.yaml", "marta.yaml", "łąki.yaml"] + [f"klient-{n}.yaml" for n in range(60)]


@pytest.mark.parametrize("length", [2000, 10000])
def test_a_name_thousands_of_letters_long_gets_its_answer_at_once_s41(length):
    import time

    from cxkit.discovery import nearest_name

    started = time.process_time()
    assert nearest_name(NAMES, "a" * length + ".yaml") is None
    assert nearest_name(NAMES, "a" * length) is None
    # Spelling out every edit of a 2,000-letter name took 1.5 s (10,000 letters: 25 s and gigabytes).
    assert time.process_time() - started < 0.3


def test_one_edit_still_finds_the_name_meant_s41():
    from cxkit.discovery import nearest_name

    assert nearest_name(NAMES, "olla.yaml") == "ola.yaml"  # one added
    assert nearest_name(NAMES, "mrta.yaml") == "marta.yaml"  # one left out
    assert nearest_name(NAMES, "mrata.yaml") == "marta.yaml"  # two swapped
    assert nearest_name(NAMES, "marty.yaml") == "marta.yaml"  # one changed
    assert nearest_name(NAMES, "łaki.yaml") == "łąki.yaml"  # a letter of the name typed
    assert nearest_name(NAMES, "klient-1x.yaml") is None  # klient-1 and klient-10..19 are as near: no guess


# --- M3: `cxkit new --force` and `cxkit init` never write through a link ----------------------------------------


@pytest.mark.parametrize("lang, said", [
    ("en", "cxkit: personas/x-link.yaml is a symbolic link (to {target}), and cxkit new never writes through a link, "
           "which a checkout could point at any file; nothing written (delete the link, or use --id for another id)\n"),
    ("pl", "cxkit: personas/x-link.yaml to dowiązanie symboliczne (do {target}), a cxkit new nigdy nie zapisuje przez "
           "dowiązanie, które kopia robocza może skierować na dowolny plik; nic nie zapisano (usuń dowiązanie albo "
           "wybierz inne id przez --id)\n"),
])
def test_new_force_refuses_a_link_planted_at_the_name_it_writes_s41(tmp_path, lang, said):
    target = tmp_path / "elsewhere" / "t.yaml"
    target.parent.mkdir()
    root = _repository(workspace(tmp_path / "pr", lang=lang))
    (root / "personas" / "x-link.yaml").symlink_to(target)
    for force in (["--force"], []):
        run = cxkit(root, "new", "persona", "X Link", "--no-input", *force)
        assert run.returncode == 1
        assert run.stderr == said.format(target=target)
    assert not target.exists()  # before: --force created it there
    assert (root / "personas" / "x-link.yaml").is_symlink()


def test_new_refuses_a_folder_that_leads_out_of_the_work_tree_and_writes_a_plain_one_s41(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    root = _repository(workspace(tmp_path / "pr"))
    (root / "archive").symlink_to(outside, target_is_directory=True)
    run = cxkit(root, "new", "persona", "Kim Lee", "--no-input", "--dir", "archive")
    assert run.returncode == 1
    assert run.stderr.startswith(f"cxkit: the folder of archive/kim-lee.yaml leads out of the work tree through a link "
                                 f"(to {outside}); nothing written")
    assert list(outside.iterdir()) == []
    made = cxkit(root, "new", "persona", "Kim Lee", "--no-input", "--force")  # the persona folder: written
    assert made.returncode == 0 and made.stdout == "personas/kim-lee.yaml\n"
    assert "\nname: \"Kim Lee\"\n" in (root / "personas" / "kim-lee.yaml").read_text(encoding="utf-8")


def test_init_appends_to_no_pyproject_that_is_a_link_s41(tmp_path):
    shared = tmp_path / "elsewhere" / "pyproject.toml"
    shared.parent.mkdir()
    shared.write_text('[project]\nname = "narzedzia"\n', encoding="utf-8")
    root = _repository(tmp_path / "pr")
    (root / "pyproject.toml").symlink_to(shared)
    run = cxkit(root, "init", ".", "--lang", "pl")
    assert run.returncode == 0, run.stderr
    assert shared.read_text(encoding="utf-8") == '[project]\nname = "narzedzia"\n'  # before: [tool.cxkit] appended there
    assert f"utworzono  cxkit.toml (pyproject.toml to dowiązanie (do {shared}), przez które init nigdy nie zapisuje" in run.stdout
    assert (root / "cxkit.toml").read_text(encoding="utf-8").count('lang = "pl"') == 1


# --- H1, M5: the team's templates ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, said", [
    ("en", "cxkit: wzory/persona.yaml: the team's template is a link out of the work tree (to {out}), and cxkit new "
           "reads no template through such a link; nothing written (if the team's templates are kept there, name that "
           "folder by its own path in [new] templates: {there})\n"),
    ("pl", "cxkit: wzory/persona.yaml: szablon zespołu to dowiązanie poza drzewo robocze (do {out}), a cxkit new nie "
           "czyta szablonu przez takie dowiązanie; nic nie zapisano (jeśli szablony zespołu są tam, wpisz w [new] "
           "templates własną ścieżkę tego folderu: {there})\n"),
])
def test_a_template_linked_out_of_the_work_tree_is_not_read_s41(tmp_path, lang, said):
    out = tmp_path / "runner" / "passwd.yaml"
    out.parent.mkdir()
    out.write_text("root: x:0:0:root:/root:/bin/bash\ndeploy_token: tajne\n", encoding="utf-8")
    root = _repository(workspace(tmp_path / "pr", lang=lang, extra='[new]\ntemplates = "wzory"\n'))
    (root / "wzory").mkdir()
    (root / "wzory" / "persona.yaml").symlink_to(out)
    run = cxkit(root, "new", "persona", "Zofia Wrona", "--no-input")
    assert run.returncode == 2
    assert run.stderr == said.format(out=out, there=out.parent)  # before: its keys quoted in an "unknown key" error
    assert "deploy_token" not in run.stderr and not (root / "personas" / "zofia-wrona.yaml").exists()


def test_a_template_over_the_document_cap_is_refused_unread_s41(tmp_path):
    root = _repository(workspace(tmp_path / "pr", extra='[new]\ntemplates = "wzory"\n'))
    (root / "wzory").mkdir()
    (root / "wzory" / "persona.yaml").write_bytes(b"kind: persona\nsummary: " + b"a" * (4 * 1024 * 1024) + b"\n")
    run = cxkit(root, "new", "persona", "Zofia Wrona", "--no-input")
    assert run.returncode == 2
    assert run.stderr == "cxkit: wzory/persona.yaml: cannot read the template: larger than 4 MB\n"


# --- H1: --files-from ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, said", [
    ("en", "cxkit: --files-from /dev/zero: not a file nor a pipe (a device or socket); give the file that lists the "
           "paths, or - for standard input\n"),
    ("pl", "cxkit: --files-from /dev/zero: to nie plik ani potok (to urządzenie albo gniazdo); podaj plik z listą "
           "ścieżek albo - dla standardowego wejścia\n"),
])
def test_files_from_a_device_is_refused_at_once_s41(tmp_path, lang, said):
    root = workspace(tmp_path, lang=lang)
    run = cxkit(root, "lint", "--files-from", "/dev/zero", seconds=20)  # before: read until the memory ran out
    assert run.returncode == 2
    assert run.stderr == said


def test_files_from_a_pipe_is_still_read_s41(tmp_path):
    root = workspace(tmp_path)
    os.mkfifo(root / "lista")
    writer = subprocess.Popen(["sh", "-c", "printf 'personas/dan.yaml\\n' > lista"], cwd=root)
    try:
        run = cxkit(root, "lint", "--files-from", "lista", seconds=30)  # `--files-from <(git diff --name-only)`
    finally:
        writer.wait(timeout=30)
    assert run.returncode == 1 and "1 document checked" in run.stdout, run.stderr


def test_files_from_over_the_cap_is_refused_s41(tmp_path, monkeypatch):
    from cxkit import pathlist

    root = enter_workspace(workspace(tmp_path), monkeypatch)
    (root / "lista.txt").write_text("personas/dan.yaml\n" * 60_000, encoding="utf-8")  # 1.08 MB
    assert run_cli("lint", "--files-from", "lista.txt").exit_code == 1
    monkeypatch.setattr(pathlist, "MAX_LIST_BYTES", 1 << 20)
    run = run_cli("lint", "--files-from", "lista.txt")
    assert run.exit_code == 2
    assert run.stderr == ("cxkit: --files-from lista.txt: the list is larger than 1 MB; give the file that lists the "
                          "paths, or - for standard input\n")


# --- M4: a document replaced by bytes that are no text ---------------------------------------------------------

#: Bytes no editor saves as YAML: not UTF-8, no UTF-16 either (a fixed seed of what /dev/urandom gives).
NOISE = bytes((i * 197 + 89) % 256 for i in range(2000)).replace(b"\n", b"\xd2")


def test_a_persona_replaced_by_binary_bytes_is_reported_in_a_folder_scan_s41(tmp_path, monkeypatch):
    root = enter_workspace(workspace(tmp_path), monkeypatch)
    (root / "cxkit.toml").write_text('paths = ["personas", "docs"]\nlang = "en"\npersona-dir = "personas"\n', encoding="utf-8")
    (root / "personas" / "gary.yaml").write_bytes(NOISE)
    (root / "docs").mkdir()
    (root / "docs" / "diagram.yaml").write_bytes(NOISE)  # another tool's binary file outside the document folders
    run = run_cli("lint", "-f", "json")
    found = {(f["path"], f["rule"]) for f in run.findings}
    # Before: the persona vanished from the run ("1 document checked"), as the diagram does.
    assert ("personas/gary.yaml", "yaml-syntax") in found
    assert not any(path.startswith("docs/") for path, _rule in found)
    gary = next(f for f in run.findings if f["path"] == "personas/gary.yaml")
    assert gary["line"] >= 1 and "UTF-8" in gary["message"]
    assert run_cli("lint", "personas/gary.yaml", "-f", "json").findings[0]["message"] == gary["message"]


# --- L6: tags ----------------------------------------------------------------------------------------------------


def test_a_binary_tag_is_refused_like_any_other_s41(tmp_path, monkeypatch):
    root = enter_workspace(workspace(tmp_path), monkeypatch)
    (root / "personas" / "b.yaml").write_text("kind: !!binary aGVsbG8=\nid: b\nname: Bea\n", encoding="utf-8")
    found = run_cli("lint", "personas/b.yaml", "-f", "json").findings
    assert any(f["rule"] == "yaml-syntax" and f["line"] == 1 and f["column"] == 7
               and f["message"] == "the YAML tag !!binary is not allowed; cxkit never constructs tagged objects" for f in found)
    (root / "personas" / "b.yaml").write_text("kind: !!str persona\nid: b\nname: Bea\n", encoding="utf-8")
    assert not any(f["rule"] == "yaml-syntax" for f in run_cli("lint", "personas/b.yaml", "-f", "json").findings)


def test_no_value_is_suggested_from_a_refused_tags_content_s41(tmp_path, monkeypatch):
    root = enter_workspace(workspace(tmp_path), monkeypatch)
    (root / "personas" / "p.yaml").write_text('kind: persona\nid: p\nname: !!python/object/apply:os.system ["touch /tmp/x"]\n',
                                              encoding="utf-8")
    said = [f["message"] for f in run_cli("lint", "personas/p.yaml", "-f", "json").findings]
    assert "the YAML tag !!python/object/apply:os.system is not allowed; cxkit never constructs tagged objects" in said
    assert "'name' must be text, not a list" in said  # before: "...; write the text without them ('name: touch /tmp/x')"
    assert not any("touch" in m for m in said)
    # A plain list in brackets still gets the text to write.
    (root / "personas" / "p.yaml").write_text("kind: persona\nid: p\nname: [Piotr Nowak]\n", encoding="utf-8")
    said = [f["message"] for f in run_cli("lint", "personas/p.yaml", "-f", "json").findings]
    assert any(m.endswith("write the text without them ('name: Piotr Nowak')") for m in said), said


# --- M1: init's guess of the language from the folders beside it -----------------------------------------------


def test_init_guesses_the_language_of_its_siblings_without_loading_their_configs_s41(tmp_path, monkeypatch):
    from cxkit import config as config_module
    from cxkit.scaffold.init import workspace_lang

    agency = tmp_path / "klienci"
    agency.mkdir()
    (agency / "wspolny.toml").write_text('lang = "pl"\nfail-level = "error"\n', encoding="utf-8")
    for name in ("apteka", "piekarnia"):
        (agency / name).mkdir()
        (agency / name / "cxkit.toml").write_text('extend = "../wspolny.toml"\n', encoding="utf-8")
    (agency / "uk-shop").mkdir()
    (agency / "uk-shop" / "cxkit.toml").write_text('lang = "en"\n', encoding="utf-8")
    # A pull request's folder: its extend names a 3 MB file (and one more a pipe); neither is read whole.
    (agency / "zz-pr").mkdir()
    (agency / "zz-pr" / "cxkit.toml").write_text('extend = "../duzy.toml"\n', encoding="utf-8")
    (agency / "duzy.toml").write_text('lang = "en"\n' + "# " + "x" * (3 << 20) + "\n", encoding="utf-8")
    (agency / "zz-pipe").mkdir()
    os.mkfifo(agency / "zz-pipe" / "cxkit.toml")
    (agency / "nowy").mkdir()

    def no_full_load(*args, **kwargs):
        raise AssertionError(f"a sibling's config loaded whole, with its extend chain: {args[:1]}")

    monkeypatch.setattr(config_module, "load_config", no_full_load)
    assert workspace_lang(agency / "nowy") == "pl"  # two of the three configs that say a language


# --- L3: a baseline's entries ----------------------------------------------------------------------------------


def _baseline_with(entry: str) -> str:
    return '{"format": "cxkit-baseline/1", "findings": [\n  ' + entry + "\n]}\n"


@pytest.mark.parametrize("entry, said", [
    ('{"path": "personas/dan.yaml", "rule": "schema", "place": "", "subject": "", "count": 1' + "0" * 400 + "}",
     '"count" is more than 1,000,000'),
    ('{"path": "' + "../" * 40 + 'etc/passwd", "rule": "schema", "place": "", "subject": "", "count": 1}',
     '"path" "' + "../" * 40 + 'etc/passwd" climbs 40 folders up, above the file system\'s top'),
])
def test_a_baseline_entry_no_run_could_have_written_is_refused_located_s41(tmp_path, monkeypatch, entry, said):
    root = enter_workspace(workspace(tmp_path, extra='baseline = "dlug.json"\n'), monkeypatch)
    (root / "dlug.json").write_text(_baseline_with(entry), encoding="utf-8")
    run = run_cli("lint", "-q")  # before: accepted, silently under -q
    assert run.exit_code == 2
    assert run.stderr == (f'cxkit: dlug.json:2:3: entry 1 of "findings" (baseline in cxkit.toml:4:1) is not a finding\'s '
                          f"entry: {said} (path, rule, place and subject are text, count a positive number)\n")


def test_a_baseline_count_of_thousands_of_digits_is_no_internal_error_s41(tmp_path, monkeypatch):
    root = enter_workspace(workspace(tmp_path, extra='baseline = "dlug.json"\n'), monkeypatch)
    (root / "dlug.json").write_text(_baseline_with(
        '{"path": "personas/dan.yaml", "rule": "schema", "place": "", "subject": "", "count": 1' + "0" * 5000 + "}"),
        encoding="utf-8")
    run = run_cli("lint")
    assert run.exit_code == 2 and run.exception is None
    assert run.stderr.startswith("cxkit: dlug.json (baseline in cxkit.toml:4:1): not a cxkit baseline: a number with "
                                 "more digits than Python reads")


def test_a_baseline_entry_of_a_file_one_folder_up_is_still_read_s41(tmp_path, monkeypatch):
    root = enter_workspace(workspace(tmp_path, extra='baseline = "dlug.json"\n'), monkeypatch)
    (root / "dlug.json").write_text(_baseline_with(
        '{"path": "../inny/x.yaml", "rule": "schema", "place": "", "subject": "", "count": 3}'), encoding="utf-8")
    run = run_cli("lint")
    assert run.exit_code == 1 and "is not a finding's entry" not in run.stderr


# --- L5: a full disk names the file `cxkit new` was writing ----------------------------------------------------


@pytest.mark.parametrize("force", [False, True])
def test_new_on_a_full_disk_names_the_file_s41(tmp_path, monkeypatch, force):
    import errno

    from cxkit.scaffold import new as scaffold_new

    root = enter_workspace(workspace(tmp_path), monkeypatch)
    if force:
        (root / "personas" / "kim-lee.yaml").write_text("kind: persona\n", encoding="utf-8")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(scaffold_new, "write_atomic", full)
    monkeypatch.setattr(scaffold_new.os, "fsync", full)  # the same `os` module: the write of a new file fails
    run = run_cli("new", "persona", "Kim Lee", "--no-input", *(["--force"] if force else []))
    assert run.exit_code == 2
    assert run.stderr == "cxkit: personas/kim-lee.yaml: No space left on device\n"  # before: the file unnamed
    if not force:
        assert not (root / "personas" / "kim-lee.yaml").exists()


# --- L4, L7: fmt --fix counts what it wrote ----------------------------------------------------------------------


def _untidy(root: Path, n: int) -> None:
    for i in range(n):
        (root / "personas" / f"p{i}.yaml").write_text(DAN.replace("id: dan-reed", f"id: p{i}").replace(
            "kind: persona\n", "").replace("name: Dan Reed\n", "name: Dan Reed\nkind: persona\n"), encoding="utf-8")


def test_fmt_fix_counts_no_fix_in_a_file_it_could_not_write_s41(tmp_path, monkeypatch):
    from cxkit import fsutil

    root = enter_workspace(workspace(tmp_path), monkeypatch)
    (root / "personas" / "p0.yaml").write_text(DAN.replace("goals:", "Goals:"), encoding="utf-8")  # --fix renames it
    (root / "personas" / "dan.yaml").unlink()
    assert "(1 fix)" in run_cli("fmt", "--fix", "--diff").stderr
    before = (root / "personas" / "p0.yaml").read_bytes()

    def read_only(*args, **kwargs):  # as root, chmod 444 does not stop a rename: the refusal is made so
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(fsutil, "write_atomic", read_only)
    run = run_cli("fmt", "--fix")
    assert run.exit_code == 1
    assert (root / "personas" / "p0.yaml").read_bytes() == before
    assert "1 file could not be formatted" in run.stderr
    assert "0 fixes made" in run.stderr and "1 fix made" not in run.stderr, run.stderr  # before: "1 fix made"


@pytest.mark.parametrize("lang, said", [
    ("en", "cxkit: interrupted after rewriting 2 files (each whole, the others untouched); `git status` shows which\n"),
    ("pl", "cxkit: przerwano po przepisaniu 2 plików (każdy w całości, pozostałe bez zmian); które, pokaże "
           "`git status`\n"),
])
def test_fmt_fix_interrupted_says_how_many_files_it_rewrote_s41(tmp_path, monkeypatch, lang, said):
    from cxkit import fsutil

    root = enter_workspace(workspace(tmp_path, lang=lang), monkeypatch)
    (root / "personas" / "dan.yaml").unlink()
    _untidy(root, 5)
    real = fsutil.write_atomic
    calls = []

    def then_ctrl_c(*args, **kwargs):
        calls.append(args[0])
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(fsutil, "write_atomic", then_ctrl_c)
    run = run_cli("fmt", "--fix", "--jobs", "1")
    assert run.exit_code == 130
    assert run.stderr.endswith(said), run.stderr  # before: "cxkit: interrupted" alone
    rewritten = [p for p in (root / "personas").iterdir() if p.read_text(encoding="utf-8").startswith("kind: persona")]
    assert len(rewritten) == 2
