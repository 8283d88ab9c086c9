"""`cxkit diff -f html`: a diff as one self-contained page, to send as a link or an attachment.

The page is built as render's HTML export is (its styles, light and dark, print rules, its escaping
and its Content-Security-Policy): no script, no external resource, every text of a document escaped.
A heading per document that differs, and a table per document: Place | Before | After, places named
as render names them (`3. Decyzja › Bariery #2`), emotions and statuses in words. A changed text shows
its removed words struck (``<del>``) before and its added words underlined (``<ins>``) after, each
preceded by words a screen reader reads and no one sees ("usunięto:", "added:"), since neither tag
is announced by screen readers. An added stage (or any added mapping) is listed field by field.
"""

from __future__ import annotations

from typing import Any, Callable

from ..render.html import _CSP, CSS, DARK_CSS, FORCED_COLORS_CSS, esc
from ..visible import visible, visible_line
from .formats import (
    PLAIN_SIDES,
    Namer,
    Shown,
    _holder,
    _inner,
    _interleaved,
    _outside_sentence,
    described_document,
    diff_lang,
    entry_said,
    findings_lang,
    folder_move_words,
    folder_moves,
    frame_lang,
    inline,
    is_prose,
    kept_out_sentence,
    mapping_fields,
    normalization_note,
    op_word,
    renumbered_notes,
    said_nested,
    scalar,
    shown_change,
    shown_key,
    side_word,
    stage_hint_notes,
    status_suffix,
    summary_line,
    yaml_lines,
)
from .model import ADDED, JOINED, LEFT, MOVED, REMOVED, Change, DiffResult, DocumentDiff

#: The page's own words, in the languages cxkit labels documents in (English for any other); a
#: change's operation, a document's status and the sides are formats.py's, as in text and Markdown.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "place": "Place", "before": "Before", "after": "After", "removed": "removed:", "added": "added:",
        "none": "nothing", "order": "order changed", "from": "moved from", "not_compared": "Not compared",
        "not_compared.line": "These files could not be read on one side, so their changes are not shown:",
        "side.before": "before", "side.after": "after", "caption": "Changes in {document}",
        "comment": "a suppression comment", "moved_to": "from journey {source} to journey {target}",
        "comment.added.unused": "a suppression comment that silences nothing: lint reports it as unused-suppression",
        "comment.removed.unused": "a suppression comment that silenced nothing",
    },
    "pl": {
        "place": "Miejsce", "before": "Przed", "after": "Po", "removed": "usunięto:", "added": "dodano:",
        "none": "brak", "order": "zmieniono kolejność", "from": "poprzednio", "not_compared": "Nie porównano",
        "not_compared.line": "Tych plików nie udało się odczytać po jednej stronie, więc ich zmian nie pokazano:",
        "side.before": "przed", "side.after": "po", "caption": "Zmiany w {document}",
        "comment": "komentarz wyłączający regułę", "moved_to": "ze ścieżki {source} do ścieżki {target}",
        "comment.added.unused": "komentarz wyłączający regułę, który niczego nie wycisza: lint zgłasza go jako unused-suppression",
        "comment.removed.unused": "komentarz wyłączający regułę, który niczego nie wyciszał",
    },
}

#: The diff's own rules, after render's: the change table, struck and underlined words in both themes.
DIFF_CSS = """
table.diff { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .4rem 0 1.6rem; table-layout: fixed; }
table.diff th, table.diff td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
table.diff thead th { background: var(--soft); }
table.diff col.place { width: 28%; }
table.diff .op { display: block; color: var(--muted); font-size: .8rem; }
table.diff .none { color: var(--muted); }
table.diff ul, table.diff ol { margin: 0; padding-left: 1.1rem; }
table.diff pre { margin: 0; white-space: pre-wrap; font-size: .85em; }
del { background: #ffebe9; color: #82071e; text-decoration: line-through; }
ins { background: #dafbe1; color: #116329; text-decoration: underline; }
@media screen and (prefers-color-scheme: dark) {
  del { background: #4a1c1f; color: #ffb3ae; }
  ins { background: #173a22; color: #8ee6a4; }
}
@media (forced-colors: active) { del, ins { background: Canvas; color: CanvasText; } }
@media print {
  table.diff { font-size: 8.5pt; } table.diff tr { break-inside: avoid; }
  del, ins { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  h2 { break-after: avoid; }
}
"""


def _code(text: str) -> str:
    return f"<code>{esc(visible_line(text))}</code>"


def _text(text: str) -> str:
    return esc(visible_line(text))


def _message_html(text: str) -> str:
    """One of cxkit's messages (a finding's, a note's) as HTML, as Markdown shows it (``formats.md_message``):
    the spans it writes in backticks (`reviewed`) as ``<code>``, the rest escaped text; a user's text
    quoted in it stays escaped either way."""
    from ..gfm import message_parts

    return "".join(_code(piece) if is_code else _text(piece) for is_code, piece in message_parts(text))


def _prose(text: str) -> str:
    """Free text with its line breaks kept, its control characters shown, escaped."""
    return "<br>".join(esc(line) for line in visible(text.rstrip("\n")).split("\n"))


class _Page:
    def __init__(self, result: DiffResult) -> None:
        self.result = result
        self.lang = diff_lang(result)
        self.words = WORDS.get(self.lang, WORDS["en"])

    def side(self, label: str) -> str:
        plain = PLAIN_SIDES.get(label)
        return _text(side_word(plain, self.lang)) if plain is not None else _code(label)

    def html(self) -> str:
        result = self.result
        title = f"cxkit diff: {self.side(result.old_label)} → {self.side(result.new_label)}"
        plain_title = "cxkit diff: " + " → ".join(
            side_word(PLAIN_SIDES[label], self.lang) if label in PLAIN_SIDES else label
            for label in (result.old_label, result.new_label))
        body = [f"<h1>{title}</h1>", f'<p class="summary">{esc(summary_line(result))}</p>']
        moves = folder_moves(result)
        for doc in result.documents:
            if not doc.changes or (id(doc) in moves and moves[id(doc)] is None):
                continue
            move = moves.get(id(doc))
            if move is not None:  # a folder moved (`git mv`): one heading, as in the text and Markdown
                body.append(f"<section>\n<h2>{folder_move_words(move, self.lang, _code)}</h2>\n</section>")
            else:
                body.append(_Document(doc, result, self).html())
        if result.not_compared:
            body.append(self.not_compared())
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{esc(self.lang)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="color-scheme" content="light dark">\n'
            '<meta name="generator" content="cxkit diff">\n'
            f"<title>{esc(visible_line(plain_title))}</title>\n"
            f"<style>{CSS}{DARK_CSS}{FORCED_COLORS_CSS}{DIFF_CSS}</style>\n</head>\n<body>\n<main>\n"
            + "\n".join(body) + "\n</main>\n</body>\n</html>\n"
        )

    def not_compared(self) -> str:
        w = self.words
        items = []
        for side, _file, problems in self.result.not_compared:
            for p in problems:
                where = _code(f"{p.where}:{p.line}:{p.column}")
                which = w["side.before"] if side == "before" else w["side.after"]
                message = p.message
                if findings_lang(self.result) == "pl":  # the workspace's language, as lint's lines
                    from ..lint.polish_reader import in_polish

                    message = in_polish(p.rule, p.message) or message
                items.append(f"<li>{where} ({esc(which)}): {esc(p.code)} {_message_html(message)}</li>")
        return (f"<h2>{esc(w['not_compared'])}</h2>\n<p>{esc(w['not_compared.line'])}</p>\n"
                f"<ul>{''.join(items)}</ul>")


class _Document:
    """One document's heading and table, in the document's language."""

    def __init__(self, doc: DocumentDiff, result: DiffResult, page: _Page) -> None:
        self.doc, self.result, self.page = doc, result, page
        self.lang = frame_lang(doc, result.lang)
        self.words = WORDS[self.lang]
        self.namer = Namer(doc, _text, _code, result.lang)

    def html(self) -> str:
        doc, w = self.doc, self.words
        status = doc.status
        where = _code(doc.file)
        if status == "renamed" and doc.old is not None and doc.new is not None:
            where = f"{_code(doc.old.file)} → {_code(doc.new.file)}"
        heading = _code(doc.document) + ("" if where == _code(doc.document) else f" · {where}")
        heading += esc(status_suffix(status, self.lang, doc))
        # A document in another language than the page's is read out in its own (its words, its table).
        lang = f' lang="{self.lang}"' if self.lang != self.page.lang else ""
        out = [f"<section{lang}>\n<h2>{heading}</h2>"]
        if status in ("added", "removed"):
            said = described_document(doc, status, self.lang)
            out.append(f"<p>{esc(said[:1].upper() + said[1:])}.</p>")
            if status == "added" and doc.kept_out is not None:
                out.append(f"<p>{esc(kept_out_sentence(doc, self.result.old_label, self.lang))}</p>")
        elif status in (LEFT, JOINED):
            label = self.result.new_label if status == LEFT else self.result.old_label
            out.append(f"<p>{esc(_outside_sentence(doc, label, joined=status == JOINED, lang=self.lang))}.</p>")
        notes = {**stage_hint_notes(doc, _code, self.lang), **renumbered_notes(doc.changes, _code, self.lang)}
        rows = [self._row(c, notes.get(id(c))) for c in _inner(doc)]
        if rows:
            caption = w["caption"].format(document=doc.document)
            out.append(
                f'<table class="diff">\n<caption class="hidden">{_text(caption)}</caption>\n'
                '<colgroup><col class="place"><col><col></colgroup>\n'
                f'<thead><tr><th scope="col">{esc(w["place"])}</th><th scope="col">{esc(w["before"])}</th>'
                f'<th scope="col">{esc(w["after"])}</th></tr></thead>\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>")
        out.append("</section>")
        return "\n".join(out)

    def _row(self, c: Change, note: str | None) -> str:
        w = self.words
        place = self.namer.place(c)
        op = w["order"] if c.op == MOVED and c.kind == "order" else op_word(c.op, self.lang)
        if note:
            place += f" ({note})"
        before, after = self._cells(c)
        return (f'<tr><th scope="row">{place} <span class="op">{esc(op)}</span></th>'
                f"<td>{before}</td><td>{after}</td></tr>")

    def _none(self) -> str:
        return f'<span class="none">—<span class="hidden"> {esc(self.words["none"])}</span></span>'

    def _cells(self, c: Change) -> tuple[str, str]:
        namer = self.namer
        if c.kind == "comment":  # a suppression comment: no value changed, what lint reports did
            which = "comment" if c.silences is not False else f"comment.{'added' if c.op == ADDED else 'removed'}.unused"
            said = f"{_code(c.path)} ({esc(self.words[which])})"
            return (self._none(), said) if c.op == ADDED else (said, self._none())
        if c.op == MOVED:
            if c.kind == "order":
                stages = namer.stage_order(c)
                if stages:
                    old, new = stages[0], stages[1]
                else:
                    old = [_code(scalar(v)) for v in c.old_order or []]
                    new = [_code(scalar(v)) for v in c.new_order or []]
                return _ordered(old), _ordered(new)
            if c.kind == "path":
                return f"{esc(self.words['from'])} {namer.old_place(str(c.old))}", self._value(c, c.value)
            if c.kind == "document":
                return self._none(), esc(self.words["moved_to"]).format(source=_code(str(c.old)), target=_code(str(c.new)))
            return _code(str(c.old)), _code(str(c.new))
        if c.op == ADDED:
            return self._none(), self._value(c, c.new)
        if c.op == REMOVED:
            return self._value(c, c.old), self._none()
        same = normalization_note(c.old, c.new)
        if same is not None:
            return self._value(c, c.old), esc(same)
        if is_prose(c.old, c.new):
            return self._words(c.old, c.new)
        return self._value(c, c.old), self._value(c, c.new)

    def _words(self, old: str, new: str) -> tuple[str, str]:
        """A changed text: its removed words struck before, its added words underlined after."""
        ops = _interleaved(old, new) or [("-", visible(old.rstrip("\n"))), ("+", visible(new.rstrip("\n")))]
        removed, added = esc(self.words["removed"]), esc(self.words["added"])

        def lines(text: str) -> str:
            return "<br>".join(esc(part) for part in text.split("\n"))

        def marked(tag: str, said: str, text: str) -> str:
            # The blanks around a run stay outside its mark: a struck or underlined space is no word.
            core = text.strip() if text.strip() else text
            head, tail = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
            if not text.strip():
                head = tail = ""
            return f'{lines(head)}<{tag}><span class="hidden">{said} </span>{lines(shown_change(core))}</{tag}>{lines(tail)}'

        before, after = [], []
        for op, text in ops:
            if op == "=":
                before.append(lines(text))
                after.append(lines(text))
            elif op == "-":
                before.append(marked("del", removed, text))
            else:
                after.append(marked("ins", added, text))
        return "".join(before), "".join(after)

    def _value(self, c: Change, value: Any) -> str:
        """A value of a change: an emotion or a status in words, prose as text, a mapping field by field."""
        if value is None:
            return self._none()
        if isinstance(value, str):
            return self.namer.value(c, value, _prose(value) if "\n" in value.rstrip("\n") else _text(value))
        if isinstance(value, dict):
            fields = self._fields(value, _holder(c.parts))
            return fields if fields is not None else _block(value)
        if isinstance(value, list):
            if all(isinstance(v, str) for v in value):
                return "<ul>" + "".join(f"<li>{_prose(v)}</li>" for v in value) + "</ul>"
            holder = c.parts[-1] if c.parts and isinstance(c.parts[-1], str) else None
            # Texts and flat mappings alike (traits written both ways: `- Ceni ciszę`, `- text: …`), as in Markdown.
            listed = [self._fields(v, holder) if isinstance(v, dict) else _prose(v) if isinstance(v, str) else None
                      for v in value]
            if value and all(item is not None for item in listed):
                return "<ul>" + "".join(f"<li>{item}</li>" for item in listed) + "</ul>"
            return _block(value)
        one = inline(value)
        return self.namer.value(c, value, _code(one)) if one is not None else _block(value)

    def _fields(self, value: dict[Any, Any], holder: str | None = None) -> str | None:
        """A mapping (an added stage, a touchpoint) as its fields, each named as render names it; None
        when a field holds more than a list of texts or of flat mappings (shown as YAML instead), the
        walk Markdown makes (see :func:`~cxkit.diff.formats.mapping_fields`)."""
        fields = mapping_fields(value, self.namer.known, holder)
        if fields is None:
            return None

        def shown(one: Shown) -> str:
            said = said_nested(self.namer, one, self._field_value)
            return f"{shown_key(self.namer, one)}: {said}" if one.named else said

        return "<ul>" + "".join(
            f"<li>{self.namer.field(key, holder)}: {'; '.join(entry_said(entry, shown) for entry in entries)}</li>"
            for key, entries in fields) + "</ul>"

    def _field_value(self, key: str, value: Any) -> str:
        labels = self.namer.labels
        if key == "emotion" and isinstance(value, int) and not isinstance(value, bool) and -2 <= value <= 2:
            from ..render.labels import signed

            return f"{esc(signed(value))} ({esc(labels.emotion(value))})"
        if key == "status" and isinstance(value, str) and value in ("idea", "planned", "in-progress", "done"):
            return esc(labels.status(value))
        if isinstance(value, str):
            return _prose(value)
        return _code(scalar(value))


def _ordered(items: list[str]) -> str:
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


def _block(value: Any) -> str:
    return "<pre>" + esc("\n".join(yaml_lines(value))) + "</pre>"


def render_html(result: DiffResult, write: Callable[[str], Any]) -> None:
    """Write ``result`` as one HTML page with ``write``."""
    write(_Page(result).html())
