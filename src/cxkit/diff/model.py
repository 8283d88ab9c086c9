"""What a semantic diff reports: changes inside documents, and documents that changed.

A change's ``path`` is a string: map keys as ``.key`` (the first without the
dot), a list item that has an ``id`` as ``[its-id]`` and one without as
``[index]``, e.g. ``stages[consideration].emotion`` or ``goals[2]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..docpath import Item, Part, format_path, id_text  # noqa: F401  (re-exported for the diff modules)
from ..visible import raw_name

ADDED, REMOVED, CHANGED, MOVED = "added", "removed", "changed", "moved"
OPS = (ADDED, REMOVED, CHANGED, MOVED)
#: A document whose file the new side still holds, but outside what that side's configuration
#: compares (its `paths` or `exclude`, or a client's): not removed, it left the workspace.
LEFT = "left"
#: A document whose file the old side held too, but outside what that side's configuration
#: compared (a new `paths` or `exclude`, a client's): not added, it joined the workspace.
JOINED = "joined"

@dataclass(slots=True)
class Change:
    """One difference at one place in one document.

    ``op`` is added, removed, changed or moved.  For ``moved`` the ``old`` and
    ``new`` fields say where from and where to: the old and new order of a
    list (``path`` is the list), the old and new file of a renamed document
    (``path`` is empty), or the old and new path of a value that moved
    (``path`` is the new place, ``value`` what moved).
    """

    op: str
    path: str
    old: Any = None
    new: Any = None
    parts: tuple[Part, ...] = ()
    document: str | None = None
    file: str | None = None
    old_order: list[Any] | None = None
    new_order: list[Any] | None = None
    moved_items: list[Any] | None = None
    value: Any = None
    kind: str = ""  # for moved: "order", "file" or "path"
    #: For a document that joined or left the workspace: the side ("before" or "after") whose
    #: version of the file, outside its workspace, could not be read, so nothing of it is compared.
    unread: str | None = None
    #: For a document added or left in `cxkit review`: the key and the client config, added or edited
    #: by the change, that leave it out of the working tree's side (see ``DocumentDiff.kept_out``).
    kept_out: tuple[str, str] | None = None
    #: For an order (``kind`` "order"): the items of the two sides paired, each as its place in the old
    #: and in the new file's list (from 0), so that a view names each item at its own place on each
    #: side, also an item whose id changed or whose id another item took. Not written to JSON.
    order_pairs: tuple[tuple[int, int], ...] | None = field(default=None, compare=False, repr=False)
    #: For a suppression comment (``kind`` "comment"): whether it silences a finding on its side (True),
    #: silences nothing (False: lint reports it as unused-suppression, CX005), or not known (None: `cxkit
    #: diff` lints nothing; `cxkit review`, which lints both sides, says).
    silences: bool | None = field(default=None, compare=False)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"op": self.op}
        if self.document is not None:
            out["document"] = self.document
        if self.file is not None:
            out["file"] = raw_name(self.file)  # the file's real name: a control character is a JSON escape
        out["path"] = self.path
        moved_file = self.op == MOVED and self.kind == "file"
        out["old"] = raw_name(self.old) if moved_file else self.old
        out["new"] = raw_name(self.new) if moved_file else self.new
        if self.op == MOVED:
            out["moved"] = self.kind
            if self.kind == "order":
                out["old_order"] = self.old_order
                out["new_order"] = self.new_order
                out["moved_items"] = self.moved_items
            elif self.kind == "file":
                out["old_file"] = out["old"]
                out["new_file"] = out["new"]
            elif self.kind == "path":
                out["value"] = self.value
        if self.unread is not None:
            out["unread"] = self.unread
        if self.kept_out is not None:
            out["kept_out_by"] = {"key": self.kept_out[0], "file": raw_name(self.kept_out[1])}
        if self.kind == "comment":  # no value changed: what lint reports did (see compare.suppression_changes)
            out["suppression_comment"] = True
            if self.silences is not None:  # known to `cxkit review` only
                out["silences"] = self.silences
        return out


@dataclass(slots=True)
class Doc:
    """One side of one document: where it was read and its plain data."""

    file: str
    data: Any
    text: str = ""

    @property
    def id(self) -> str | None:
        data = self.data
        # `id: 2024` is the id "2024", as lint reads it (duplicate-id, a journey's `persona`).
        return id_text(data.get("id")) if isinstance(data, dict) else None

    @property
    def kind(self) -> str | None:
        data = self.data
        kind = data.get("kind") if isinstance(data, dict) else None
        return kind if isinstance(kind, str) else None

    @property
    def name(self) -> str | None:
        data = self.data
        name = data.get("name") if isinstance(data, dict) else None
        return name if isinstance(name, str) else None


@dataclass(slots=True)
class DocumentDiff:
    """How one document differs between the two sides."""

    document: str
    old: Doc | None
    new: Doc | None
    changes: list[Change] = field(default_factory=list)
    #: Not on the new side only because its configuration no longer takes the file in (see ``LEFT``).
    left: bool = False
    #: Not on the old side only because its configuration did not take the file in (see ``JOINED``).
    joined: bool = False
    #: Left out of the new side by a client config the change adds or edits, which BASE's configs
    #: would not leave it out by: (the key that does it, the config file). Set by `cxkit review`.
    kept_out: tuple[str, str] | None = None

    @property
    def file(self) -> str:
        side = self.new or self.old
        assert side is not None
        return side.file

    @property
    def status(self) -> str:
        """added, joined (the workspace), removed, left (the workspace), renamed, changed or unchanged."""
        if self.old is None:
            return JOINED if self.joined else "added"
        if self.new is None:
            return LEFT if self.left else "removed"
        if any(c.op == MOVED and c.kind == "file" for c in self.changes):
            return "renamed"
        return "changed" if self.changes else "unchanged"


@dataclass(slots=True)
class DiffResult:
    """Every document of both sides, paired, with their changes."""

    documents: list[DocumentDiff]
    old_label: str = "old"
    new_label: str = "new"
    #: Files of a workspace diff that one side could not read: ("before" or "after", file, problems).
    #: Not part of ``bool(result)``: the exit code counts them on its own.
    not_compared: list[tuple[str, str, list[Any]]] = field(default_factory=list)
    #: The configuration's `lang` ('pl' or 'en'), if any: the language of a document that declares
    #: none and whose words do not decide, as render reads it.
    lang: str | None = None

    @property
    def changed(self) -> list[DocumentDiff]:
        return [d for d in self.documents if d.changes]

    @property
    def changes(self) -> list[Change]:
        return [c for d in self.documents for c in d.changes]

    def __bool__(self) -> bool:
        return any(d.changes for d in self.documents)
