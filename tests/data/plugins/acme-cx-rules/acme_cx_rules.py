"""Acme's own lint rules for cxkit: the worked example of docs/plugins.md."""

from __future__ import annotations

from typing import ClassVar

from cxkit.lint.finding import Hit, Severity
from cxkit.lint.rule import Rule


class OwnerRequired(Rule):
    """Every persona and journey names an owner.

    Acme's dashboard groups documents by their owner, so a document without
    one is counted nowhere.

    Why: a document nobody owns is never reviewed and goes stale.

    Bad:
        kind: persona
        id: ola-biegaczka
        name: Ola Nowak

    Good:
        kind: persona
        id: ola-biegaczka
        name: Ola Nowak
        owner: Zespół CX (Anna Żak)
    """

    code: ClassVar[str] = "ACME101"
    name: ClassVar[str] = "owner-required"
    severity: ClassVar[Severity] = Severity.warning

    def check(self, doc):
        if not doc.model.owner:
            line, column = doc.loaded.locate(("kind",))  # where the document starts: its kind
            yield Hit(line, column, "the document names no owner; add `owner:` with the team that keeps it current")
