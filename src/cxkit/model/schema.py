"""JSON Schema of the file format, generated from the models."""

from __future__ import annotations

from typing import Annotated, Any, Union

from pydantic import Field, TypeAdapter

from . import MODELS

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(kind: str | None = None) -> dict[str, Any]:
    """The JSON Schema of one kind, or of any cxkit document when ``kind`` is None."""
    if kind is not None:
        schema = MODELS[kind].model_json_schema()
        title = f"cxkit {kind}"
    else:
        union = Annotated[Union[tuple(MODELS.values())], Field(discriminator="kind")]  # type: ignore[misc]
        schema = TypeAdapter(union).json_schema()
        title = "cxkit document"
    return {"$schema": SCHEMA_DIALECT, "title": title, **{k: v for k, v in schema.items() if k != "title"}}
