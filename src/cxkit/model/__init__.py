"""Pydantic models of cxkit's documents and their validation."""

from __future__ import annotations

from .common import CxModel, Source, SourceType, Trait
from .journey import JourneyMap, Opportunity, Stage, Touchpoint
from .persona import Demographics, NegativePersona, Persona, Psychographics

#: Document kinds and their models; `kind:` at the top of a file selects one.
MODELS: dict[str, type[CxModel]] = {
    "persona": Persona,
    "negative-persona": NegativePersona,
    "journey": JourneyMap,
}
KINDS: tuple[str, ...] = tuple(MODELS)

__all__ = [
    "CxModel", "Demographics", "JourneyMap", "KINDS", "MODELS", "NegativePersona", "Opportunity",
    "Persona", "Psychographics", "Source", "SourceType", "Stage", "Touchpoint", "Trait",
]
