"""Customer journey maps."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, StrictInt, model_validator

from .langs import LangCode
from .common import NOT_BLANK_PATTERN, CxModel, IsoDate, Slug, Source, Text, TraitList, unique_ids


class Touchpoint(CxModel):
    """Where the customer meets the brand: a channel and what happens there."""

    channel: str | None = Field(default=None, description="e.g. web, app, store, call-center, e-mail.")
    description: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_plain(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"description": value}
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return {"description": str(value)}  # `- 112` is the text "112", as a trait `- 42` is
        return value

    @model_validator(mode="after")
    def _not_empty(self) -> "Touchpoint":
        if not ((self.channel or "").strip() or (self.description or "").strip()):
            raise ValueError("a touchpoint needs a channel or a description")
        return self

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> dict[str, Any]:
        schema = handler(core_schema)
        # What _not_empty asks, in JSON Schema: a channel or a description that is not blank.
        handler.resolve_ref_schema(schema)["anyOf"] = [
            {"required": [field], "properties": {field: {"type": "string", "pattern": NOT_BLANK_PATTERN}}}
            for field in ("channel", "description")
        ]
        return {"anyOf": [{"type": "string", "minLength": 1, "pattern": NOT_BLANK_PATTERN}, schema]}


class Opportunity(CxModel):
    """A fix for a barrier or pain: who does what, and by when."""

    action: Text
    owner: str | None = Field(default=None, description="The team or person who owns the fix.")
    due: IsoDate | None = None
    status: Literal["idea", "planned", "in-progress", "done"] | None = None


Emotion = Annotated[StrictInt, Field(ge=-2, le=2, description="-2 (very negative) .. +2 (very positive).")]


class Stage(CxModel):
    """One stage of the journey, from the customer's point of view."""

    id: Slug = Field(description="Unique within the journey.")
    name: Text
    goal: str | None = None
    touchpoints: list[Touchpoint] = Field(default_factory=list)
    doing: str | None = None
    thinking: str | None = None
    feeling: str | None = None
    emotion: Emotion | None = None
    barriers: TraitList = Field(default_factory=list)
    pain_points: TraitList = Field(default_factory=list)
    love_points: TraitList = Field(default_factory=list)
    metrics: TraitList = Field(default_factory=list)
    opportunities: list[Opportunity] = Field(default_factory=list)


def _unique_stages(stages: list[Stage]) -> list[Stage]:
    unique_ids(stages, "stages")
    return stages


def _unique_sources(sources: list[Source]) -> list[Source]:
    unique_ids(sources, "sources")
    return sources


class JourneyMap(CxModel):
    """A customer journey map: the stages one persona goes through."""

    kind: Literal["journey"]
    id: Slug = Field(description="Slug, unique across the workspace.")
    name: Text
    lang: LangCode | None = None
    owner: str | None = None
    persona: Slug = Field(description="Id of the persona who takes this journey.")
    goal: str | None = None
    summary: str | None = None
    reviewed: IsoDate | None = None
    sources: Annotated[list[Source], AfterValidator(_unique_sources)] = Field(
        default_factory=list, description="Research the map rests on; barriers and other traits may cite these ids."
    )
    stages: Annotated[list[Stage], AfterValidator(_unique_stages)] = Field(
        min_length=1, description="The stages, in the order the customer lives them; ids unique within the journey."
    )
