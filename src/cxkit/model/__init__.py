"""Pydantic models of cxkit's documents and their validation.

The models are imported on first use (``from cxkit.model import Persona``, ``cxkit.model.MODELS``):
importing this package, or a plain submodule of it (:mod:`cxkit.model.plain`), imports no pydantic,
so that what reads no document into a model (`cxkit --version`, reading a config, git's diff driver)
does not build them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .common import CxModel, Source, SourceType, Trait
    from .journey import JourneyMap, Opportunity, Stage, Touchpoint
    from .persona import Demographics, NegativePersona, Persona, Psychographics

#: Document kinds; `kind:` at the top of a file selects one (their models: :data:`MODELS`, in this order).
KINDS: tuple[str, ...] = ("persona", "negative-persona", "journey")

#: The names this package gives, by the submodule that defines them (imported when first asked for).
_LAZY = {
    "CxModel": "common", "Source": "common", "SourceType": "common", "Trait": "common",
    "JourneyMap": "journey", "Opportunity": "journey", "Stage": "journey", "Touchpoint": "journey",
    "Demographics": "persona", "NegativePersona": "persona", "Persona": "persona", "Psychographics": "persona",
}


def __getattr__(name: str) -> Any:
    if name == "MODELS":
        from .journey import JourneyMap
        from .persona import NegativePersona, Persona

        #: Document kinds and their models.
        models: dict[str, type[CxModel]] = {"persona": Persona, "negative-persona": NegativePersona, "journey": JourneyMap}
        return globals().setdefault("MODELS", models)  # one dict, should two threads ask at once
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{where}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    # The lazy names too, as before they were lazy: dir(), inspect.getmembers() and help() list the models.
    return sorted({*globals(), *_LAZY, "MODELS"})


__all__ = [
    "CxModel", "Demographics", "JourneyMap", "KINDS", "MODELS", "NegativePersona", "Opportunity",
    "Persona", "Psychographics", "Source", "SourceType", "Stage", "Touchpoint", "Trait",
]
