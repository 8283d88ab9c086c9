"""How a place in a document's data is named: ``stages[consideration].emotion``, ``goals[2]``.

`cxkit diff` and `cxkit review` name their changes this way, and the machine formats of
`cxkit lint` name a finding's place alike (``data_path``).  Only the standard library is imported
here: a lint run names places without loading the diff package or pydantic.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Union

#: An id written in a path as it is (`stages[consideration]`); any other is quoted (`stages["1"]`).
#: An id written without quotes when it names a list item, in document paths and in messages
#: (:mod:`cxkit.model.validate` imports it from here).
PLAIN_ID = re.compile(r"[A-Za-z0-9_.:-]*[A-Za-z_.:-][A-Za-z0-9_.:-]*\Z")
_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")


@dataclass(frozen=True, slots=True)
class Item:
    """A list item in a path: by its ``id`` when it has a usable one, else by position."""

    index: int
    id: str | None = None

    def __str__(self) -> str:
        if self.id is None:
            return f"[{self.index}]"
        # An id that could be read as an index, or holds brackets or quotes, is quoted.
        if PLAIN_ID.match(self.id) and "[" not in self.id and "]" not in self.id:
            return f"[{self.id}]"
        return f"[{json.dumps(self.id, ensure_ascii=False)}]"


Part = Union[str, Item]


def format_path(parts: tuple[Part, ...] | list[Part]) -> str:
    """``('stages', Item(1, 'consideration'), 'emotion')`` -> ``stages[consideration].emotion``."""
    out: list[str] = []
    for part in parts:
        if isinstance(part, Item):
            out.append(str(part))
        elif _PLAIN_KEY.match(part):
            out.append(f".{part}" if out else part)
        else:
            out.append(f"[{json.dumps(part, ensure_ascii=False)}]")
    return "".join(out)


def id_text(ident: Any) -> str | None:
    """An ``id`` as the format reads it: a non-empty string, or a number as the text it was
    written as (`id: 2024` is the id "2024", `id: 007` the id "007"), as lint and the model read it."""
    if isinstance(ident, str):
        return ident or None
    if isinstance(ident, (int, float)) and not isinstance(ident, bool):
        return str(ident)  # yamlio keeps the written form of 007, 1.10 or 0x10
    return None


def item_id(value: Any) -> str | None:
    """The ``id`` of a mapping item, when it has a non-empty one (a number counts as the text written)."""
    if isinstance(value, dict):
        return id_text(value.get("id"))
    return None


class Kept(list):  # type: ignore[type-arg]
    """A list with excluded items left out, remembering each kept item's index in the file."""

    __slots__ = ("origin",)

    def __init__(self) -> None:
        super().__init__()
        self.origin: list[int] = []


def refs(items: list[Any]) -> list[Item]:
    """Path parts for the items of a list: by id when the id is unique in the list.

    An item without one is named by its index in the file, also when `--exclude` left
    items before it out.
    """
    ids = [item_id(v) for v in items]
    counts: dict[str, int] = {}
    for ident in ids:
        if ident is not None:
            counts[ident] = counts.get(ident, 0) + 1
    origin = items.origin if isinstance(items, Kept) else range(len(items))
    return [Item(origin[k], ident if ident is not None and counts[ident] == 1 else None) for k, ident in enumerate(ids)]
