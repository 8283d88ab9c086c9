"""`cxkit diff -f html`: one self-contained page to send to people outside engineering — a heading
and a Place | Before | After table per document, word changes as <del>/<ins> with words a screen
reader reads, emotions and statuses in words, an added stage by its fields; no script, nothing
fetched, every text escaped; exit codes as the other formats."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app

OLD = """\
kind: journey
id: konto-firmowe
name: Konto firmowe online
persona: kasia
lang: pl
stages:
  - id: pobranie
    name: Pobranie aplikacji
    doing: Pobranie aplikacji ze sklepu i rejestracja numeru telefonu
    emotion: -2
    opportunities:
      - action: Skrócić rejestrację do trzech kroków
        owner: Zespół onboardingu
        status: planned
  - id: weryfikacja
    name: Weryfikacja tożsamości
    emotion: -1
"""

NEW = OLD.replace("doing: Pobranie aplikacji ze sklepu", "doing: Instalacja aplikacji ze sklepu").replace(
    "emotion: -2", "emotion: 1").replace("status: planned", "status: done") + """\
  - id: pierwszy-przelew
    name: Pierwszy przelew
    emotion: 2
    touchpoints:
      - channel: push
        description: Powiadomienie o zaksięgowaniu przelewu
"""

HOSTILE_OLD = """\
kind: persona
id: anna
name: Anna <script>alert(1)</script>
lang: en
goals:
  - Pay suppliers on time
"""

HOSTILE_NEW = """\
kind: persona
id: anna
name: Anna <script>alert(2)</script>
lang: en
goals:
  - Pay suppliers on time "><img src=x onerror=alert(3)>
  - <iframe src="https://evil.example/"></iframe> Keep the books
"""


class Tree(HTMLParser):
    """The page as nested elements: ``[tag, attrs, children]``, text as strings; every tag seen."""

    VOID = {"meta", "br", "col", "img", "link", "input", "hr"}

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root: list = ["#root", {}, []]
        self.stack = [self.root]
        self.tags: list[tuple[str, dict]] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        node = [tag, dict(attrs), []]
        self.tags.append((tag, dict(attrs)))
        self.stack[-1][2].append(node)
        if tag not in self.VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack[-1][0] == tag, (tag, self.stack[-1][0])
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1][2].append(data)

    def find(self, tag, node=None):
        node = node or self.root
        for child in node[2]:
            if isinstance(child, list):
                if child[0] == tag:
                    yield child
                yield from self.find(tag, child)


def text(node, *, hidden: bool = True) -> str:
    """An element's text; ``hidden=False`` leaves out what only a screen reader reads."""
    out = []
    for child in node[2]:
        if isinstance(child, str):
            out.append(child)
        elif hidden or "hidden" not in child[1].get("class", "").split():
            out.append(text(child, hidden=hidden))
    return "".join(out)


def _diff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "przed.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "po.yaml").write_text(new, encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", "przed.yaml", "po.yaml", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _rows(tree: Tree) -> dict[str, tuple[str, str]]:
    """The change table's rows by their place (the op word after it left on), read as a screen reader does."""
    rows = {}
    for tr in tree.find("tr"):
        cells = [c for c in tr[2] if isinstance(c, list)]
        if cells[0][1].get("scope") != "row":
            continue
        place = text(["th", {}, [c for c in cells[0][2] if not (isinstance(c, list) and c[1].get("class") == "op")]]).strip()
        rows[place] = (text(cells[1]), text(cells[2]))
    return rows


def test_a_polish_journey_s_changes_in_a_table_of_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, page, _err = _diff(tmp_path, monkeypatch, OLD, NEW, "-f", "html")
    assert code == 1
    tree = Tree(page)
    assert page.startswith("<!DOCTYPE html>\n")
    assert tree.tags[0] == ("html", {"lang": "pl"})
    heads = [text(th) for th in tree.find("th") if th[1].get("scope") == "col"]
    assert heads == ["Miejsce", "Przed", "Po"]
    assert [text(h) for h in tree.find("h2")] == ["konto-firmowe · po.yaml"]
    rows = _rows(tree)
    # Emotions and statuses in words; a changed text with its words said to a screen reader.
    assert rows["1. Pobranie aplikacji (pobranie) › Emocje"] == ("-2 (bardzo źle)", "+1 (dobrze)")
    assert rows["1. Pobranie aplikacji (pobranie) › Usprawnienia #1 „Skrócić rejestrację do trzech kroków” › Status"] \
        == ("zaplanowane", "zrobione")
    assert rows["1. Pobranie aplikacji (pobranie) › Działania"] == (
        "usunięto: Pobranie aplikacji ze sklepu i rejestracja numeru telefonu",
        "dodano: Instalacja aplikacji ze sklepu i rejestracja numeru telefonu")
    assert [text(d, hidden=False) for d in tree.find("del")] == ["Pobranie"]
    assert [text(i, hidden=False) for i in tree.find("ins")] == ["Instalacja"]
    # The added stage by its fields, as render names them, not as YAML.
    added = next(tr for tr in tree.find("tr") if "Pierwszy przelew" in text(tr) and tr[2][0][1].get("scope") == "row")
    before, after = [c for c in added[2] if isinstance(c, list)][1:]
    assert text(before, hidden=False) == "—"
    assert [text(li) for li in tree.find("li", after)] == [
        "Nazwa: Pierwszy przelew", "Emocje: +2 (bardzo dobrze)",
        "Punkty styku: push – Powiadomienie o zaksięgowaniu przelewu"]


def test_the_page_is_self_contained_and_every_text_inert(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, page, _err = _diff(tmp_path, monkeypatch, HOSTILE_OLD, HOSTILE_NEW, "-f", "html")
    assert code == 1
    tree = Tree(page)
    tags = {tag for tag, _attrs in tree.tags}
    assert not tags & {"script", "img", "iframe", "link", "object", "embed"}, tags
    assert not [attrs for _tag, attrs in tree.tags if {"src", "href"} & set(attrs) or any(a.startswith("on") for a in attrs)]
    csp = next(a["content"] for t, a in tree.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    assert ("meta", {"name": "generator", "content": "cxkit diff"}) in tree.tags
    rows = [[text(c) for c in tr[2] if isinstance(c, list)] for tr in tree.find("tr")][1:]
    assert rows == [
        ["Name changed", "Anna <script>alert(removed: 1)</script>", "Anna <script>alert(added: 2)</script>"],
        ["Goals #1 removed", "Pay suppliers on time", "— nothing"],
        ["Goals #1 added", "— nothing", 'Pay suppliers on time "><img src=x onerror=alert(3)>'],
        ["Goals #2 added", "— nothing", '<iframe src="https://evil.example/"></iframe> Keep the books'],
    ]


def test_no_differences_is_exit_0_with_a_page_saying_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, page, _err = _diff(tmp_path, monkeypatch, OLD, OLD + "# a comment only\n", "-f", "html")
    assert code == 0
    tree = Tree(page)
    assert [text(p) for p in tree.find("p")] == ["No semantic differences."]
    assert not list(tree.find("table"))


def test_trouble_is_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["diff", "brak.yaml", "tez-brak.yaml", "-f", "html"])
    assert result.exit_code == 2 and "<html" not in result.stdout
    (tmp_path / "a.yaml").write_text(OLD, encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", "--git-driver", "-f", "html", "a.yaml", "a.yaml"])
    assert result.exit_code == 2 and "-f html makes one page of a whole diff" in result.stderr, result.stderr


def test_an_inserted_word_is_marked_without_the_spaces_around_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = "kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\ngoals:\n  - Płaci dostawcom w terminie\n"
    code, page, _err = _diff(tmp_path, monkeypatch, old, old.replace("Płaci dostawcom", "Płaci zawsze dostawcom"), "-f", "html")
    assert code == 1
    tree = Tree(page)
    assert [text(i, hidden=False) for i in tree.find("ins")] == ["zawsze"]
    row = next(tr for tr in tree.find("tr") if tr[2][0][1].get("scope") == "row")
    _place, before, after = [c for c in row[2] if isinstance(c, list)]
    assert (text(before), text(after, hidden=False), text(after)) == (
        "Płaci dostawcom w terminie", "Płaci zawsze dostawcom w terminie", "Płaci dodano: zawsze dostawcom w terminie")


def test_an_added_polish_document_is_said_as_the_markdown_says_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for side in ("przed", "po"):
        (tmp_path / side).mkdir()
        (tmp_path / side / "konto.yaml").write_text(OLD, encoding="utf-8")
    (tmp_path / "po" / "ola.yaml").write_text(
        "kind: persona\nid: ola\nname: Ola Nowak\nlang: pl\ngoals:\n  - Płaci dostawcom w terminie\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", "przed", "po", "-f", "html"])
    assert result.exit_code == 1, result.stderr
    tree = Tree(result.stdout)
    assert [text(h) for h in tree.find("h2")] == ["ola · ola.yaml (dodany)"]
    assert [text(p) for p in tree.find("p")][1:] == ["Nowa persona „Ola Nowak”."]
    assert not list(tree.find("table"))
