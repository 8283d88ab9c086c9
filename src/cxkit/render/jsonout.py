"""JSON export: the validated document, normalised.

Normalised means: plain traits become ``{"text": ..., "sources": [...]}``,
dates are ``YYYY-MM-DD`` strings, empty optional values are left out, author
``x-`` keys are dropped, and keys follow the model's order.  Loading the output
with the same model gives back an equal document.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import CxModel, JourneyMap


def normalise(model: CxModel) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude_none=True, by_alias=True)


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def document(model: CxModel, stages: list[str] | None = None) -> str:
    """One document; with ``stages`` a journey keeps only those stages."""
    if stages and isinstance(model, JourneyMap):
        keep = set(stages)
        model = model.model_copy(update={"stages": [s for s in model.stages if s.id in keep]})
    return _dumps(normalise(model))


def pair(persona: CxModel, negative: CxModel) -> str:
    return _dumps({"persona": normalise(persona), "negative_persona": normalise(negative)})


def documents(items: list[tuple[str, CxModel]]) -> str:
    """Every document of a folder with the path it came from."""
    return _dumps({"documents": [{"path": path, "document": normalise(model)} for path, model in items]})
