"""A document whose `kind` is a word of the team's own (`customer-journey`, `cjm`, `negative`,
`mapa-podróży`) is reported by folder scans when its keys make it a cxkit document, with the kind its
keys point to; other tools' YAML with a `kind` of its own is still passed over, by every command."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import JOURNEY_PL, NEGATIVE_PL, PERSONA_PL, run_cli

JOURNEY_EN = """\
kind: {kind}
id: priya-onboards
name: Priya moves board reporting to Ledgerly
persona: priya-shah
lang: en
stages:
  - id: evaluation
    name: Evaluation
    touchpoints: [Pricing page]
    emotion: 0
  - id: onboarding
    name: Onboarding
    touchpoints: [Kick-off call with the CSM]
    emotion: 1
"""

NEGATIVE_EN = """\
kind: {kind}
id: enterprise-procurement
name: Enterprise procurement buyer
lang: en
reasons:
  - Buys through a 10-month RFP; our sales cycle is 3 weeks
substitutes:
  - Salesforce CRM Analytics bundled in their enterprise agreement
"""

PERSONA_EN = """\
kind: persona
id: priya-shah
name: Priya Shah
lang: en
goals:
  - Send the board pack on the third working day, not the eighth
"""

#: Other tools' YAML that names a `kind` (or none) and must never be claimed by a scan.
OTHER_YAML = {
    "k8s/deployment.yaml": (
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n"
        "  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n"
    ),
    "k8s/kustomization.yaml": "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deployment.yaml]\n",
    "catalog-info.yaml": "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: cx\nspec:\n  owner: team-cx\n",
    # a kind, an id and a name, but no key only cxkit documents have
    "flags.yaml": "kind: feature-flag\nid: new-checkout\nname: Nowy koszyk\nenabled: true\n",
    "mkdocs.yml": (
        "site_name: Dokumentacja CX\nnav:\n  - index.md\nmarkdown_extensions:\n  - pymdownx.superfences:\n"
        "      custom_fences:\n        - name: mermaid\n          format: !!python/name:pymdownx.superfences.fence_code_format\n"
    ),
    "docker-compose.yml": "services:\n  web:\n    image: nginx\n    ports: ['8080:80']\n",
    ".github/workflows/ci.yml": "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n",
    "broken-compose.yml": "services:\n  web:\n    image: nginx\n   ports: [80]\n",
}


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _with_kind(text: str, kind: str) -> str:
    first, rest = text.split("\n", 1)
    assert first.startswith("kind: ")
    return f"kind: {kind}\n{rest}"


CASES = [
    # (file text, what its keys say)
    (JOURNEY_EN.format(kind="customer-journey"), "journey"),
    (JOURNEY_EN.format(kind="cjm"), "journey"),
    (JOURNEY_EN.format(kind="CJM"), "journey"),
    (_with_kind(JOURNEY_PL, "mapa-podrozy"), "journey"),
    (_with_kind(JOURNEY_PL, "mapa-podróży"), "journey"),
    (_with_kind(JOURNEY_PL, "ścieżka klienta"), "journey"),
    (NEGATIVE_EN.format(kind="negative"), "negative-persona"),
    (_with_kind(NEGATIVE_PL, "persona-negatywna"), "negative-persona"),
    (_with_kind(NEGATIVE_PL, "antypersona"), "negative-persona"),
    (_with_kind(PERSONA_PL, "profil-klienta"), "persona"),
    (_with_kind(NEGATIVE_PL, "segment-b"), "negative-persona"),
]
#: Kinds whose own word says the kind the keys say (a negative persona's words: tests/test_negative_kind_words_s38.py):
#: the message offers it without "its keys say".
WORD_SAYS = {"negative", "persona-negatywna", "antypersona"}


@pytest.mark.parametrize(("text", "looks"), CASES)
def test_a_scan_reports_an_unknown_kind_whose_keys_say_what_it_is(ws: Path, text: str, looks: str) -> None:
    _write(ws, {"cx/doc.yaml": text, **OTHER_YAML})
    kind = text.split("\n", 1)[0].removeprefix("kind: ")
    result = run_cli("lint", "--select", "schema", ".")
    assert result.exception is None
    assert result.exit_code == 1, result.stdout
    keys_say = "" if kind in WORD_SAYS else f"its keys say it is a {looks}: "
    assert result.stdout.splitlines()[0] == (
        f"cx/doc.yaml:1:7: error CX002 [*] unknown kind '{kind}'; {keys_say}did you mean '{looks}'? [schema]"
    )
    assert "1 document checked" in result.stdout  # the other tools' files are not


def test_the_keys_beat_a_spelling_that_names_the_wrong_kind(ws: Path) -> None:
    # `buyer-persona` is spelt like a persona, but `reasons` and `substitutes` are a negative persona's.
    _write(ws, {"cx/doc.yaml": NEGATIVE_EN.format(kind="buyer-persona"),
                "cx/j.yaml": JOURNEY_EN.format(kind="buyer-journey")})
    said = run_cli("lint", "--select", "schema", ".").stdout
    assert "cx/doc.yaml:1:7: error CX002 [*] unknown kind 'buyer-persona'; its keys say it is a negative-persona: " \
           "did you mean 'negative-persona'? [schema]" in said
    # spelling and keys agree: the short form
    assert "cx/j.yaml:1:7: error CX002 [*] unknown kind 'buyer-journey'; did you mean 'journey'? [schema]" in said


def test_a_persona_spelling_of_a_negative_persona_is_kept(ws: Path) -> None:
    # A negative persona's keys may be a persona's too (`goals`): the spelling decides then.
    text = "kind: negative-persone\nid: kamil\nname: Kamil\ngoals:\n  - Najtańsze słuchawki w Polsce\n"
    _write(ws, {"cx/doc.yaml": text})
    said = run_cli("lint", "--select", "schema", ".").stdout
    assert "cx/doc.yaml:1:7: error CX002 [*] unknown kind 'negative-persone'; did you mean 'negative-persona'? [schema]" in said


def test_a_named_file_gets_the_same_advice(ws: Path) -> None:
    _write(ws, {"neg.yaml": NEGATIVE_EN.format(kind="negative"), "flags.yaml": OTHER_YAML["flags.yaml"]})
    said = run_cli("lint", "--select", "schema", "neg.yaml", "flags.yaml").stdout
    assert "neg.yaml:1:7: error CX002 [*] unknown kind 'negative'; did you mean 'negative-persona'? [schema]" in said
    assert "flags.yaml:1:7: error CX002 unknown kind 'feature-flag'; expected one of: persona, negative-persona, journey [schema]" in said


def test_other_tools_yaml_with_a_kind_is_still_passed_over(ws: Path) -> None:
    _write(ws, {**OTHER_YAML, "personas/priya.yaml": PERSONA_EN})
    result = run_cli("lint", "--select", "read-error,yaml-syntax,schema", ".")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.strip() == f"All checks passed (1 document in {len(OTHER_YAML)} files)."  # .github/ is hidden
    fmt = run_cli("fmt", "--check", ".")
    assert fmt.exit_code == 0, fmt.stdout + fmt.stderr
    assert "deployment" not in fmt.stdout + fmt.stderr and "flags" not in fmt.stdout + fmt.stderr


def test_a_broken_file_with_such_a_kind_is_reported(ws: Path) -> None:
    # It does not parse, so only its lines tell: `kind:` plus top-level `id:`, `name:` and `stages:`.
    text = JOURNEY_EN.format(kind="customer-journey").replace("    emotion: 0\n", "    emotion: 0\n   oops: [\n", 1)
    _write(ws, {"cx/j.yaml": text, **OTHER_YAML})
    result = run_cli("lint", "--select", "read-error,yaml-syntax,schema", ".")
    assert result.exit_code == 1
    files = {line.split(":", 1)[0] for line in result.stdout.splitlines() if ": error CX" in line}
    assert files == {"cx/j.yaml"}, result.stdout


def test_lint_render_fmt_and_diff_all_see_it(ws: Path) -> None:
    _write(ws, {
        "new/personas/priya.yaml": PERSONA_EN,
        "new/personas/neg.yaml": NEGATIVE_EN.format(kind="negative"),
        "new/journeys/cj.yaml": JOURNEY_EN.format(kind="customer-journey"),
        "new/k8s/deployment.yaml": OTHER_YAML["k8s/deployment.yaml"],
        "old/personas/priya.yaml": PERSONA_EN,
        "old/k8s/deployment.yaml": OTHER_YAML["k8s/deployment.yaml"],
    })
    lint = run_cli("lint", "--select", "schema", "new")
    assert lint.exit_code == 1
    assert [line.split(":")[0] for line in lint.stdout.splitlines() if "CX002" in line] == [
        "new/journeys/cj.yaml", "new/personas/neg.yaml"]

    fmt = run_cli("fmt", "--check", "new")
    assert fmt.exit_code == 1
    assert "new/journeys/cj.yaml:1:7: error CX002 unknown kind 'customer-journey'" in fmt.stdout
    assert "new/personas/neg.yaml:1:7: error CX002 unknown kind 'negative'" in fmt.stdout

    render = run_cli("render", "new", "--width", "120")
    assert render.exception is None
    assert "✗ journeys/cj.yaml:1:7 CX002 unknown kind 'customer-journey'" in render.stdout
    assert "✗ personas/neg.yaml:1:7 CX002 unknown kind 'negative'" in render.stdout
    assert "new/journeys/cj.yaml:1:7: error CX002 unknown kind 'customer-journey'" in render.stderr
    assert "deployment" not in render.stdout + render.stderr

    diff = run_cli("diff", "old", "new")
    assert diff.exception is None
    assert "priya-onboards" in diff.stdout and "enterprise-procurement" in diff.stdout
    assert "deployment" not in diff.stdout and "web" not in diff.stdout
