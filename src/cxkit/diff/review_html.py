"""`cxkit review -f html`: the review as one self-contained page, to attach to a pull request or send.

The page is `cxkit diff -f html`'s (see :mod:`cxkit.diff.html`): its styles, escaping and
Content-Security-Policy, no script and no external resource. Above the changes it holds what the
Markdown comment holds: the counts, the verdict (in the language of the documents that differ, as
:func:`review.result_lines` says it), and tables of the findings introduced, suppressed, fixed and
not compared. Every text of a document, a finding or a revision name is escaped.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from ..render.html import _CSP, CSS, DARK_CSS, FORCED_COLORS_CSS, esc
from ..visible import visible_line
from .compare import labelled
from .formats import diff_lang, folder_move_words, folder_moves, pl_plural, side_word
from .html import DIFF_CSS, _code, _Document, _Page, _text
from .html import _message_html as _message  # a message's `spans` as code, as Markdown shows them
from .review import (
    REVIEW_WORDS, FindingRow, Review, Silenced, finding_rows, lint_counts, result_lines, silenced_by_words,
    unreadable_message, untouched_line,
)

REVIEW_CSS = """
table.findings { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .4rem 0 1.6rem; }
table.findings th, table.findings td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
table.findings thead th { background: var(--soft); }
p.verdict { font-size: 1.05rem; }
div.changes h3 { font-size: 1.1rem; text-transform: none; letter-spacing: normal; color: inherit; margin: .1rem 0 .3rem; }
@media print { table.findings { font-size: 8.5pt; } table.findings tr { break-inside: avoid; } }
"""
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CODE = re.compile(r"`([^`]+)`")


def _page_words(words: dict[str, str]) -> dict[str, str]:
    """Review's words (:data:`review.REVIEW_WORDS`, one table for every format) as the page says them:
    code spans marked up, no "(see the findings)" after the files not read."""
    out = dict(words)
    out["unreadable"] = words["unreadable"].format(see="")
    out["suppressed.fail"] = _CODE.sub(r"<code>\1</code>", esc(words["suppressed.fail"]))
    return out


#: The page's own words, in the language of the documents that differ (see :func:`diff_lang`), English
#: for any other; lint's own messages stay English, marked so (``lang="en"``).
WORDS: dict[str, dict[str, str]] = {lang: _page_words(words) for lang, words in REVIEW_WORDS.items()}


def _inline(markdown: str) -> str:
    """A line of review's Markdown (a verdict, a config line: `**Wynik:**`, `` `warning` ``) as HTML:
    escaped first, then its bold and code spans marked up."""
    text = esc(visible_line(markdown.replace("\\", "")))
    text = _BOLD.sub(r"<strong>\1</strong>", text)
    return _CODE.sub(r"<code>\1</code>", text)


def _lines(markdown: list[str]) -> str:
    """Review's Markdown lines (paragraphs and `- ` bullets) as HTML."""
    out: list[str] = []
    items: list[str] = []
    for line in [*markdown, ""]:
        if line.startswith(("- ", "  - ")):
            items.append(f"<li>{_inline(line.strip()[2:])}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if line.strip():
            out.append(f"<p>{_inline(line)}</p>")
    return "\n".join(out)


def _table(caption: str, head: list[str], rows: list[list[str]], english: bool = False,
           polish: list[bool] | None = None) -> str:
    """A table of findings; ``english``: its first column (the severity, `warning`, a word of the
    configuration) and its last (lint's messages) are English, marked so on a page in another
    language for a screen reader to read them in English, except the messages ``polish`` says a rule
    wrote in Polish (a Polish workspace's findings, :attr:`cxkit.lint.finding.Finding.english`)."""
    cols = "".join(f'<th scope="col">{esc(h)}</th>' for h in head)
    last = len(head) - 1

    def cell(n: int, text: str, in_polish: bool) -> str:
        marked = english and (n == 0 or (n == last and not in_polish))
        return f'<td lang="en">{text}</td>' if marked else f"<td>{text}</td>"

    said = polish or [False] * len(rows)
    body = "".join("<tr>" + "".join(cell(n, text, pl) for n, text in enumerate(row)) + "</tr>"
                   for row, pl in zip(rows, said))
    return (f'<table class="findings">\n<caption class="hidden">{esc(caption)}</caption>\n'
            f"<thead><tr>{cols}</tr></thead>\n<tbody>{body}</tbody>\n</table>")


def _in_polish(rows: list[FindingRow]) -> list[bool]:
    """Which rows' messages a rule wrote in Polish (the rest are English)."""
    return [r.placed.finding.english is not None for r in rows]


def _where(row: FindingRow) -> str:
    where = _code(row.location)
    place = row.placed.place  # in words, counted from 1, as the changes name places (see review._name_places)
    return where + (f" · {_text(place)}" if place else "")


def _rule(row: FindingRow) -> str:
    f = row.placed.finding
    return f"{_code(f.rule)} {esc(f.code)}"


def _head(w: dict[str, str], *keys: str) -> list[str]:
    return [w[key] for key in keys]


def _finding_cells(row: FindingRow, base: str) -> list[str]:
    f = row.placed.finding
    message = _message(f.message)
    if row.emptied:
        one = len(row.emptied) == 1
        named = ", ".join(_code(file) for file in row.emptied)
        message += (f"; it follows from emptying {named}, {'the negative persona' if one else 'the negative personas'} "
                    f"in {_code(base)} (see {'its' if one else 'their'} <code>yaml-syntax</code> row): filling "
                    f"{'it' if one else 'them'} in again settles both")
    return [esc(f.severity.name), _rule(row), _where(row), message]


def _findings(title: str, rows: list[FindingRow], base: str, w: dict[str, str]) -> list[str]:
    if not rows:
        return []
    head = _head(w, "severity", "rule", "where", "message")
    return [f"<h2>{esc(title)}</h2>",
            _table(title, head, [_finding_cells(r, base) for r in rows], english=w is WORDS["pl"],
                   polish=_in_polish(rows))]


def _suppressed(review: Review, w: dict[str, str]) -> list[str]:
    if not review.suppressed:
        return []
    rows = []
    for s in review.suppressed:
        row = finding_rows([s.placed])[0]
        rows.append([esc(row.placed.finding.severity.name), _rule(row), _where(row), _how(s, w),
                     esc(w["reported"] if s.reported_in_base else w["new"]), _message(row.placed.finding.message)])
    n = len(review.suppressed)
    verdict = w["suppressed.fail"] if review.fail_on_suppressed else w["suppressed.pass"]
    if w is WORDS["pl"]:
        # Said without a verb that would follow the number ("…: 1 uwaga", "…: 5 uwag") or BASE's
        # gender (a branch, a tag or a commit): "w `main` nie były wyciszone".
        intro = (f"Uwagi nadal obecne, ale wyciszone (komentarzem <code># cxkit: disable</code> albo w konfiguracji) "
                 f"tam, gdzie w {_code(review.base)} nie były wyciszone: {n} {pl_plural(n, 'uwaga', 'uwagi', 'uwag')}. {verdict}")
    else:
        intro = (f"{n} finding{'s' if n != 1 else ''} still there but silenced (by a <code># cxkit: disable</code> comment "
                 f"or the configuration) where {_code(review.base)} did not silence {'them' if n != 1 else 'it'}. {verdict}")
    head = _head(w, "severity", "rule", "where", "silenced_by", "in_base", "message")
    return [f"<h2>{esc(w['suppressed'])}</h2>", f"<p>{intro}</p>",
            _table(w["suppressed"], head, rows, english=w is WORDS["pl"],
                   polish=[s.placed.finding.english is not None for s in review.suppressed])]


def _how(s: Silenced, w: dict[str, str]) -> str:
    code, words = silenced_by_words(s)
    if s.by.get("by") == "comment":  # "(line 4)", "(wiersz 4)"
        return f"{_code(code)} ({esc(w['line'].format(n=s.by['line']))})"
    return f"{_code(code)} {esc(w['in'])} {_code(words) if words else esc(w['configuration'])}"


def _not_compared(review: Review, w: dict[str, str]) -> list[str]:
    before = finding_rows([p for side, p in review.not_compared if side == "before"])
    after = finding_rows([p for side, p in review.not_compared if side == "after"])
    unreadable = review.touched_unreadable
    if not (before or after or unreadable or review.untouched):
        return []
    out = [f"<h2>{esc(w['not_compared'])}</h2>"]
    if unreadable:
        items = "".join(f"<li>{_code(f'{p.where}:{p.line}:{p.column}')}: {_message(unreadable_message(review, p))}</li>"
                        for p in unreadable)
        out += [f"<p>{esc(w['unreadable'])}</p>", f"<ul>{items}</ul>"]
    if review.untouched:
        # Review's own sentence, in the page's language (Polish or English).
        out.append(f"<p>{_inline(untouched_line(review, lambda t: f'`{t}`'))}</p>")
    base = _code(review.base)
    head = _head(w, "severity", "rule", "where", "message")
    for rows, key in ((before, "not_fixed"), (after, "not_introduced")):
        if rows:
            out.append(f"<p>{esc(w[key + '.line']).replace('{base}', base)}</p>")
            out.append(_table(w[key], head, [_finding_cells(r, review.base) for r in rows], english=w is WORDS["pl"],
                              polish=_in_polish(rows)))
    return out


def _changes(review: Review) -> list[str]:
    diff = labelled(review.diff)
    page = _Page(diff)
    lang = diff_lang(diff)
    out = [f"<h2>{esc(WORDS.get(lang, WORDS['en'])['changes'])}</h2>", '<div class="changes">',
           f'<p class="summary">{esc(_summary(review, diff))}</p>']
    moves = folder_moves(diff)
    for doc in diff.documents:
        if not doc.changes or (id(doc) in moves and moves[id(doc)] is None):
            continue
        move = moves.get(id(doc))
        if move is not None:  # a folder moved: one line, as in the Markdown comment
            out.append(f"<section>\n<h3>{folder_move_words(move, lang, _code)}</h3>\n</section>")
            continue
        # Under "Changes", each document's heading is one level down.
        out.append(_Document(doc, diff, page).html().replace("<h2>", "<h3>").replace("</h2>", "</h3>"))
    if diff.not_compared:
        out.append(page.not_compared())
    out.append("</div>")
    return out


def _summary(review: Review, diff: Any) -> str:
    from .formats import summary_line

    if not diff and review.touched_unreadable:
        from .run import uncompared_headline

        return uncompared_headline([p.file or p.where for p in review.touched_unreadable], lang=diff_lang(diff))
    return summary_line(diff)


def render_review_html(review: Review, write: Callable[[str], Any]) -> None:
    """Write ``review`` as one HTML page with ``write``."""
    lang = diff_lang(review.diff)
    w = WORDS.get(lang, WORDS["en"])
    # lint's own notes on the config are English: marked so on a Polish page.  Review's counts and
    # config lines are Polish on a Polish page, English (marked so) on a page of another language.
    english = ' lang="en"' if lang != "en" else ""
    own = ' lang="en"' if lang not in ("en", "pl") else ""
    now = review.head[:7] if review.head else None
    if review.edited:
        now = f"{now} {w['edited']}" if now else w["only_edited"]
    copy = side_word("working copy", lang)
    sides = f"{review.base} ({review.commit[:7]}) → {copy}" + (f" ({now})" if now else "")
    heading = f"cxkit review: {_code(review.base)} ({esc(review.commit[:7])}) → {esc(copy)}" + (
        f" ({esc(now)})" if now else "")
    from .review import _config_lines  # the config's changes, as the comment says them

    counts = lint_counts(review, "pl" if lang == "pl" else "en")
    body = [f"<h1>{heading}</h1>", f'<p class="summary"{own}><strong>{esc(w["lint"])}</strong> {esc(counts)}</p>']
    config = _config_lines(review)
    if config:
        body.append(f"<div{own}>{_lines(config)}</div>" if own else _lines(config))
    if review.config_notes:
        body.append(f"<p><strong>{esc(w['config_notes'])}</strong></p><ul{english}>"
                    + "".join(f"<li>{_message(note)}</li>" for note in review.config_notes) + "</ul>")
    body += [f"<p><strong>{esc(w['checkout_note'])}</strong> {_message(note)}</p>" for note in review.checkout_notes]
    body += [f'<p class="verdict">{_inline(line)}</p>' for line in result_lines(review)]
    # After the verdict, as in the text and Markdown: a note on one document, not part of the result.
    body += [f"<p><strong>{esc(w['reviewed_note'])}</strong> {_code(file)}: {_message(note)}</p>"
             for file, note in review.reviewed_notes]
    body += _findings(w["introduced"], finding_rows(review.introduced, review), review.base, w)
    body += _suppressed(review, w)
    body += _findings(w["fixed"], finding_rows(review.fixed), review.base, w)
    body += _not_compared(review, w)
    body += _changes(review)
    write(
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        '<meta name="generator" content="cxkit review">\n'
        f"<title>{esc(visible_line('cxkit review: ' + sides))}</title>\n"
        f"<style>{CSS}{DARK_CSS}{FORCED_COLORS_CSS}{DIFF_CSS}{REVIEW_CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body) + "\n</main>\n</body>\n</html>\n"
    )
