"""Customer journey maps."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, StrictInt, model_validator

from .langs import LangCode
from .common import NOT_BLANK_PATTERN, CxModel, IsoDate, Slug, Source, Text, TraitList, no_items, unique_ids


class Touchpoint(CxModel):
    """Where the customer meets the brand: a channel and what happens there."""

    channel: str | None = Field(default=None, description="Where it happens: web, app, store, call-center, e-mail, "
                                "a named site.", examples=["app"])
    description: str | None = Field(default=None, description="What happens there, from the customer's side.",
                                    examples=["Photographs the boiler's serial plate for the quote"])

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

    action: Text = Field(description="What will be done, concrete enough to start on.",
                         examples=["Let the quote be approved by text message"])
    owner: str | None = Field(default=None, description="The team or person who owns the fix.",
                              examples=["Payments team"])
    due: IsoDate | None = Field(default=None, description="When it is due (YYYY-MM-DD).", examples=["2027-03-31"])
    status: Literal["idea", "planned", "in-progress", "done"] | None = Field(
        default=None, description="How far the fix has got: idea, planned, in-progress or done.", examples=["planned"])


Emotion = Annotated[StrictInt, Field(ge=-2, le=2, description="-2 (very negative) .. +2 (very positive).")]


class Stage(CxModel):
    """One stage of the journey, from the customer's point of view."""

    id: Slug = Field(description="Identifies the stage; unique within the journey.", examples=["decision"])
    name: Text = Field(description="The stage's name as people read it, in the document's language.",
                       examples=["Decision"])
    goal: str | None = Field(default=None, description="What the customer wants at this stage.",
                             examples=["Pick a tool before the next batch of invoices is due"])
    touchpoints: list[Touchpoint] = Field(default_factory=no_items, description="Where the customer meets you at this "
                                          "stage: a text, or a channel with a description.",
                                          examples=[["Pricing page", {"channel": "e-mail", "description":
                                                                       "Trial reminder on day 12"}]])
    doing: str | None = Field(default=None, description="What the customer does, as observed.",
                              examples=["Compares three apps on his phone in the van at lunch"])
    thinking: str | None = Field(default=None, description="What the customer thinks, in their own words.",
                                 examples=["Will this still work when I've no signal in a loft?"])
    feeling: str | None = Field(default=None, description="What the customer feels, and why.",
                                examples=["Wary: the last app lost a week of his notes"])
    emotion: Emotion | None = Field(default=None, description="The emotion curve's point: a whole number from -2 "
                                    "(very negative) through 0 (neutral) to +2 (very positive).", examples=[-1])
    barriers: TraitList = Field(default_factory=no_items, description="What stops the customer going further.",
                                examples=[["The trial asks for a card number up front"]])
    pain_points: TraitList = Field(default_factory=no_items, description="What annoys or hurts the customer here.",
                                   examples=[["Has to retype each client's address"]])
    love_points: TraitList = Field(default_factory=no_items, description="What delights the customer here.",
                                   examples=[["The first invoice goes out in under two minutes"]])
    metrics: TraitList = Field(default_factory=no_items, description="How you measure this stage, with a number to "
                               "watch.", examples=[["Trial-to-paid conversion within 14 days"]])
    opportunities: list[Opportunity] = Field(default_factory=no_items, description="Fixes for the barriers and pains "
                                             "of this stage, each with an owner.",
                                             examples=[[{"action": "Let the quote be approved by text message",
                                                         "owner": "Payments team", "status": "planned"}]])


def _unique_stages(stages: list[Stage]) -> list[Stage]:
    unique_ids(stages, "stages")
    return stages


def _unique_sources(sources: list[Source]) -> list[Source]:
    unique_ids(sources, "sources")
    return sources


class JourneyMap(CxModel):
    """A customer journey map: the stages one persona goes through."""

    kind: Literal["journey"] = Field(description="The kind of document: a customer journey map.",
                                     examples=["journey"])
    id: Slug = Field(description="Slug, unique across the workspace.", examples=["dan-switches-invoicing"])
    name: Text = Field(description="The journey's name: who does what.", examples=["Dan switches invoicing apps"])
    lang: LangCode | None = Field(default=None, description="Language of the text (an ISO 639-1 code: pl, en); "
                                  "guessed when absent.", examples=["en"])
    owner: str | None = Field(default=None, description="Who keeps the map current.", examples=["CX team (Priya Shah)"])
    status: Literal["draft", "active", "retired"] | None = Field(
        default=None, description="Where the map is in its life: draft (being written), active (in use; the "
        "default) or retired (kept for the record: no review is due).", examples=["active"])
    persona: Slug = Field(description="Id of the persona who takes this journey.", examples=["dan-heating-engineer"])
    other_personas: list[Slug] = Field(
        default_factory=no_items, description="Ids of the other personas who take part in this journey (the rest of "
        "a B2B buying committee, a partner who decides too); the map follows `persona`'s view.",
        examples=[["priya-practice-manager"]])
    goal: str | None = Field(default=None, description="What the customer wants from the whole journey.",
                             examples=["Get paid within a week of finishing a job"])
    summary: str | None = Field(default=None, description="One or two sentences a reader remembers: where the "
                                "journey runs and where it hurts most.", examples=["Six weeks from a forum tip "
                                "to a paid plan; the lowest point is moving his client list."])
    reviewed: IsoDate | None = Field(default=None, description="Date of the last review against research "
                                     "(YYYY-MM-DD).", examples=["2026-03-14"])
    sources: Annotated[list[Source], AfterValidator(_unique_sources)] = Field(
        default_factory=no_items, description="Research the map rests on; barriers and other traits may cite these ids.",
        examples=[[{"id": "support-tickets-2026", "type": "support", "n": 214}]],
    )
    stages: Annotated[list[Stage], AfterValidator(_unique_stages)] = Field(
        min_length=1, description="The stages, in the order the customer lives them; ids unique within the journey.",
        examples=[[{"id": "awareness", "name": "Awareness", "emotion": 0},
                   {"id": "decision", "name": "Decision", "emotion": -1}]],
    )
