"""`cxkit diff -f html`: a Polish document's section on an English page is read out in Polish (its
`lang`), a stage moved between journeys and a suppression comment are said in the document's words;
and every place a pull request's text reaches the page (folder and file names, the title, `x-` keys,
deep data shown as YAML, a text of several lines) holds it as text, never as markup."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_diff_html_s32 import Tree, text
from typer.testing import CliRunner

from cxkit.cli import app

AUTO = """\
kind: journey
id: szkoda-auto
name: Szkoda komunikacyjna
persona: ola
lang: pl
stages:
  - id: zgloszenie
    name: Zgłoszenie szkody
    goal: Zgłosić szkodę bez dzwonienia
  - id: wyplata
    name: Wypłata odszkodowania
    goal: Dostać pieniądze szybko
"""

DOM = """\
kind: journey
id: szkoda-dom
name: Szkoda w domu
persona: ola
lang: pl
stages:
  - id: zalanie
    name: Zalanie mieszkania
    goal: Osuszyć mieszkanie
"""

ANN = """\
kind: persona
id: ann
name: Ann Lee
lang: en
summary: Renews her policy online every March.
"""


def _diff(root: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str) -> tuple[int, str]:
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "100")
    result = CliRunner().invoke(app, ["diff", old, new, "-f", "html"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


def _write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True)
    for name, body in files.items():
        (folder / name).write_text(body, encoding="utf-8")


@pytest.fixture()
def claims(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    root.mkdir()
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    moved = AUTO.split("  - id: wyplata")[1]
    _write(root / "przed", {"auto.yaml": AUTO, "dom.yaml": DOM, "ann.yaml": ANN})
    _write(root / "po", {
        "auto.yaml": "# cxkit: disable-file=stale-review\n" + AUTO.split("  - id: wyplata")[0],
        "dom.yaml": DOM + "  - id: wyplata" + moved,
        "ann.yaml": ANN.replace("March", "April"),
    })
    return root


def test_a_polish_section_of_an_english_page_is_read_in_polish(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, page = _diff(claims, monkeypatch, "przed", "po")
    assert code == 1
    tree = Tree(page)
    assert next(tree.find("html"))[1]["lang"] == "en"
    langs = {text(next(tree.find("h2", s))).split(" · ")[0]: s[1].get("lang") for s in tree.find("section")}
    assert langs == {"ann": None, "szkoda-auto": "pl", "szkoda-dom": "pl"}


def test_a_move_between_journeys_and_a_comment_are_said_in_polish(claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _code, page = _diff(claims, monkeypatch, "przed", "po")
    after = [text(tr[2][-1]) for tr in Tree(page).find("tr") if len(tr[2]) == 3 and tr[2][0][1].get("scope") == "row"]
    assert "ze ścieżki szkoda-auto do ścieżki szkoda-dom" in after
    assert "# cxkit: disable-file=stale-review (komentarz wyłączający regułę)" in after
    assert not any("journey" in cell or "suppression" in cell for cell in after)


def test_names_keys_yaml_and_lines_from_a_pull_request_stay_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    (root / "cxkit.toml").write_text("", encoding="utf-8")
    old_dir, new_dir = 'przed<i>&"', "po<script>x()<b>"
    hostile = ANN + 'x-<b>: {"<a href=//e.example>": {"<img src=x>": {"<link href=//e.example>": 1}}}\n' \
        + 'goals:\n  - "Pay on time.\\n<iframe src=//e.example></iframe>"\n'
    _write(root / old_dir, {"<s>ann&amp;.yaml": ANN})
    _write(root / new_dir, {"<s>ann&amp;.yaml": hostile.replace(
        "summary: Renews her policy online every March.",
        'summary: "Renews online.\\n<style>*{background:url(//e.example)}</style>"')})
    code, page = _diff(root, monkeypatch, old_dir, new_dir)
    assert code == 1
    tree = Tree(page)
    allowed = {"html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "p", "section", "table",
               "caption", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "span", "code", "del", "ins",
               "ul", "li", "pre", "br"}
    assert {tag for tag, _a in tree.tags} <= allowed
    assert len(list(tree.find("style"))) == 1 and len(list(tree.find("title"))) == 1
    assert not [a for _t, attrs in tree.tags for a in attrs if a in ("href", "src") or a.startswith("on")]
    assert text(next(tree.find("title"))) == f"cxkit diff: {old_dir} → {new_dir}"
    assert text(next(tree.find("h1"))) == f"cxkit diff: {old_dir} → {new_dir}"
    assert "<s>ann&amp;.yaml" in text(next(tree.find("h2")))
    cells = " ".join(text(td) for td in tree.find("td"))
    assert '<link href=//e.example>' in " ".join(text(li) for li in tree.find("li"))  # deep data, as text (s40)
    assert "<iframe src=//e.example></iframe>" in " ".join(text(li) for li in tree.find("li"))
    assert "<style>*{background:url(//e.example)}</style>" in cells
    assert "x-<b>" in " ".join(text(th) for th in tree.find("th"))
