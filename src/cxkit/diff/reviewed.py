"""`cxkit review`'s note on a document whose substance changed while its `reviewed` date did not.

A persona's traits, or a journey's emotions and feelings, are what the team checks against its research; the
`reviewed` date says when it last did.  When a change edits them and leaves `reviewed` as it was, the date
claims a check of text it never saw.  Lint cannot tell (it sees one version); the review sees both, and says it
as a note beside the findings (text, Markdown, HTML), not as a finding: the exit code stays as it is, since a
typo fixed is no new research, and only the team knows whether the change was checked.  A document with no
`reviewed` at all is missing-review-date's (CX304).
"""

from __future__ import annotations

import re
from typing import Any

#: A persona's (or a negative persona's) fields whose change is a change of who the person is.
_TRAIT_ROOTS = frozenset((
    "summary", "quote", "demographics", "psychographics", "goals", "needs", "pain_points", "motivations",
    "behaviours", "channels", "expectations", "reasons", "substitutes", "purchase_triggers", "abandon_triggers",
))
#: A stage's emotion or feeling in a journey's change path (`stages[zakup].emotion`); its id is group 1.
_EMOTION = re.compile(r"stages\[([^\]]*)\]\.(?:emotion|feeling)(?:$|[.\[])")
_ROOT = re.compile(r"[A-Za-z_]+")


def reviewed_notes(diff: Any, lang: str) -> list[tuple[str, str]]:
    """One note for each document of ``diff`` (a :class:`cxkit.diff.model.DiffResult`) whose traits (a persona)
    or stage emotions and feelings (a journey) changed while its `reviewed` did not: its file and what to do, in
    ``lang`` ("pl" or "en").  The file comes apart from the note, for each format to mark up as a path (Markdown's
    code span); the note's own backticks (`reviewed`) are code spans too."""
    notes = []
    for doc in diff.documents:
        old, new = doc.old, doc.new
        if old is None or new is None or not isinstance(new.data, dict):
            continue
        reviewed = new.data.get("reviewed")
        if reviewed is None or reviewed != (old.data.get("reviewed") if isinstance(old.data, dict) else None):
            continue  # none (CX304 says so), or set again by the change
        paths = [c.path for c in doc.changes if isinstance(getattr(c, "path", None), str)]
        kind = new.kind
        if kind == "journey":
            stages = list(dict.fromkeys(m.group(1) for p in paths if (m := _EMOTION.match(p))))
            if not stages:
                continue
            named = ", ".join(f"'{s}'" for s in stages[:3]) + (", ..." if len(stages) > 3 else "")
            nazwane = ", ".join(f"„{s}”" for s in stages[:3]) + (", ..." if len(stages) > 3 else "")
            what = f"the journey's emotions changed (stage{'s' if len(stages) > 1 else ''} {named})"
            co = f"emocje ścieżki się zmieniły ({'etapy' if len(stages) > 1 else 'etap'} {nazwane})"
        elif kind in ("persona", "negative-persona"):
            if not any((m := _ROOT.match(p)) and m.group(0) in _TRAIT_ROOTS for p in paths):
                continue
            what = "the persona's traits changed" if kind == "persona" else "the negative persona's traits changed"
            co = "cechy persony się zmieniły" if kind == "persona" else "cechy persony negatywnej się zmieniły"
        else:
            continue
        if lang == "pl":
            notes.append((new.file, f"{co}, a `reviewed` nadal ma datę {reviewed}; gdy zespół porówna zmianę "
                                    "z wynikami badań, wpisz w `reviewed` datę tego porównania"))
        else:
            notes.append((new.file, f"{what}, and `reviewed` still says {reviewed}; when the team has checked the "
                                    "change against the research, set it to that day"))
    return notes
