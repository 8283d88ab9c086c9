"""Helpers shared by the tests of approximate ages in pseudo-profiling (CX101): a persona whose summary
or one trait says the age, and the CX101 messages lint gives it."""

from __future__ import annotations

import yaml

from cxkit.api import lint_text


def persona(lang: str, summary: str | None = None, trait: str | None = None) -> str:
    """A specific persona in ``lang`` ("pl" or "en"): a bookkeeper from Lublin or Leeds unless ``summary``
    says otherwise, with ``trait`` as its one behaviour; sourced and reviewed, so that only what the
    summary or the trait says is reported."""
    doc = {
        "kind": "persona", "id": "ola", "name": "Ola Nowak" if lang == "pl" else "Jane Doe", "lang": lang,
        "summary": summary or ("Księgowa z Lublina" if lang == "pl" else "Bookkeeper from Leeds"),
        "goals": ["Zamknąć miesiąc w 3 dni robocze" if lang == "pl" else "Close the month in 3 working days"],
        "sources": [{"id": "s", "type": "interview", "date": "2026-09-01", "n": 12}],
        "reviewed": "2026-11-01",
    }
    if trait:
        doc["behaviours"] = [trait]
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


def cx101_messages(text: str) -> list[str]:
    """The messages of pseudo-profiling (CX101) on a document's text, with no baseline."""
    return [f.message for f in lint_text(text, select="CX101", baseline=False)]
