"""Rules about the example documents `cxkit init` writes."""

from __future__ import annotations

from typing import Iterable

from ..finding import Hit, Severity
from ..rule import Rule, register
from ...workspace import WorkspaceIndex


def _is_example(doc: object) -> bool:
    return bool(getattr(doc, "extra", {}).get("init_example"))


@register
class InitExample(Rule):
    """An example `cxkit init` wrote, next to documents of your own.

    `cxkit init` writes a finished persona, negative persona and journey of
    another business (a bike service) to learn from, each marked in its
    first comment (`# cxkit-init-example: ...`; the word in a value of
    your own does not count).  While they are the only
    documents, nothing is said.  Once the workspace holds a document of
    your own, each example still there is reported at its `id`.  An example
    negative persona that is the workspace's only one also meets
    missing-negative-persona (CX201) for your personas: the message says so.
    Delete the example files (or the marker comment, to keep one as your
    own); workspaces made before the marker existed are not recognised.

    Why: the examples count in every cross-file check as if they were your
    research (a bike shop's negative persona answers CX201 for a furniture
    shop), and `cxkit render personas/` puts them in the export the team
    reads.

    Bad:
        # cxkit-init-example: delete this file once you have written your own documents; ...
        kind: negative-persona
        id: zbigniew-serwisuje-sam
        # ...beside personas/kasia-urzadza-mieszkanie.yaml, written by the team

    Good:
        # personas/ holds the team's own documents only
        kind: negative-persona
        id: marek-kupuje-na-olx

    Bad (en):
        # cxkit-init-example: delete this file once you have written your own documents; ...
        kind: negative-persona
        id: gary-home-mechanic
        # ...beside personas/jo-furnishes-flat.yaml, written by the team

    Good (en):
        # personas/ holds the team's own documents only
        kind: negative-persona
        id: cash-only-pensioner
    """

    code = "CX008"
    name = "init-example"
    severity = Severity.info
    scope = "workspace"

    def check_workspace(self, index: WorkspaceIndex) -> Iterable[Hit]:
        examples = [d for d in index.documents if _is_example(d)]
        if not examples or len(examples) == len(index.documents):
            return
        own = [d for d in index.documents if not _is_example(d)]
        own_personas = any(d.kind == "persona" for d in own)
        own_negative = any(d.kind == "negative-persona" for d in own) or index.unread_of_kind("negative-persona")
        for doc in examples:
            message = ("an example `cxkit init` wrote, among your own documents: lint counts it with them and "
                       "`cxkit render` puts it in your exports; delete this file when you no longer need it")
            komunikat = ("przykład zapisany przez `cxkit init` wśród waszych dokumentów: lint liczy go razem z nimi, "
                         "a `cxkit render` umieszcza go w eksportach; usuń ten plik, gdy przestanie być potrzebny")
            if doc.kind == "negative-persona" and own_personas and not own_negative:
                message += ("; it is also the only negative persona, so missing-negative-persona (CX201) is met for "
                            "your personas by another business's: describe yours (`cxkit new negative-persona NAME`)")
                komunikat += ("; to także jedyna persona negatywna, więc missing-negative-persona (CX201) uznaje wasze "
                              "persony za opisane personą negatywną innej firmy: opiszcie własną (`cxkit new "
                              "negative-persona NAZWA`)")
            yield Hit(*doc.id_pos, message, path=doc.path, pl=komunikat)
