"""JSON export: the validated document, normalised.

Normalised means: plain traits become ``{"text": ..., "sources": [...]}``,
dates are ``YYYY-MM-DD`` strings, empty optional values (and empty lists) are
left out while every trait keeps its ``sources``, author ``x-`` keys are
dropped, and top-level keys follow the order of the format docs.  Loading the output
with the same model gives back an equal document.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..model import CxModel, JourneyMap
from ..visible import json_visible, raw_name


def _without_empty_lists(value: Any) -> Any:
    """Drop empty lists (they are the default), but keep every trait's ``sources`` so traits keep one shape."""
    if isinstance(value, dict):
        trait = set(value) == {"text", "sources"}
        return {
            k: _without_empty_lists(v)
            for k, v in value.items()
            if not (isinstance(v, list) and not v and not (trait and k == "sources"))
        }
    if isinstance(value, list):
        return [_without_empty_lists(v) for v in value]
    return value


def normalise(model: CxModel) -> dict[str, Any]:
    """The document as plain JSON data, top-level keys in the order of the format docs."""
    from ..fmt import JOURNEY_KEYS, PERSONA_KEYS

    data = _without_empty_lists(model.model_dump(mode="json", exclude_none=True, by_alias=True))
    order = {k: i for i, k in enumerate(JOURNEY_KEYS if isinstance(model, JourneyMap) else PERSONA_KEYS)}
    return dict(sorted(data.items(), key=lambda kv: order.get(kv[0], len(order))))


def _dumps(data: Any) -> str:
    # The data as it is; control characters and line breaks only ever as JSON escapes, never raw on a terminal.
    return json_visible(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


#: The key a ``--stage`` journey's JSON ends with (see :func:`document`).
STAGE_SELECTION = "x-cxkit-stage-selection"


def document(model: CxModel, stages: list[str] | None = None) -> str:
    """One document; with ``stages`` a journey keeps only those stages, and says which they were.

    ``x-cxkit-stage-selection`` then follows them: ``{"numbers": [12, 22], "of": 25}``, each kept
    stage's number in the whole journey (1-based, as every view numbers it, in the order of
    ``stages``) and how many stages the journey has — without it a script could not tell which of
    the 25 the two were, nor that there were others. An ``x-`` key, so that the export is still a
    journey document: it validates against the journey schema (``cxkit schema journey``,
    docs/schema/journey.json), which allows no other key, and loads into the model. The JSON export
    drops the author's own ``x-`` keys, so this one can only be cxkit's.
    """
    if stages and isinstance(model, JourneyMap):
        from .content import select_stages, stage_numbers  # ids or names, as every other view takes them

        kept = select_stages(model, stages)
        data = normalise(model.model_copy(update={"stages": kept}))
        data[STAGE_SELECTION] = {"numbers": stage_numbers(model, kept), "of": len(model.stages)}
        return _dumps(data)
    return _dumps(normalise(model))


#: The shape of each JSON object `cxkit render` writes around documents, with its version: keys are only
#: added within a version; one renamed, removed or given another type makes the next (docs/machine-output.md).
FOLDER_FORMAT = "cxkit-render-folder/1"
PAIR_FORMAT = "cxkit-render-pair/1"


def pair(persona: CxModel, negative: CxModel) -> str:
    return _dumps({"format": PAIR_FORMAT, "persona": normalise(persona), "negative_persona": normalise(negative)})


def documents(items: list[tuple[str, CxModel]], broken: Sequence[Any] = ()) -> str:
    """Every document of a folder with the path it came from, and the files that could not be read.

    ``not_read`` holds one object per such file, its first problem with the fields of a
    ``cxkit lint -f json`` finding (``path``, ``line``, ``column``, ``code``, ``rule``,
    ``severity``, ``message``); an empty list when every file was read.  ``format`` comes first
    (:data:`FOLDER_FORMAT`).  Documents follow in the overview's order: personas, then negative
    personas, then journeys, each group by name (as the overview sorts names), then by path.
    """
    return _dumps({
        "format": FOLDER_FORMAT,
        "documents": [{"path": raw_name(path), "document": normalise(model)} for path, model in items],
        "not_read": [{"path": raw_name(b.path), "line": b.line, "column": b.column, "code": b.code, "rule": b.rule,
                      "severity": "error", "message": b.message} for b in broken],
    })
