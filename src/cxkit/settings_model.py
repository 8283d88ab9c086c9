"""The schema of cxkit's settings table, checked with pydantic.

Kept apart from :mod:`cxkit.config` so that a run without a config file
(a warm re-lint, ``--version``) does not import pydantic.
"""

from __future__ import annotations

from typing import Any, Literal

from .model.langs import LangCode

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Settings(BaseModel):
    """`cxkit.toml`, or `[tool.cxkit]` in pyproject.toml."""

    # Keys only as documented: `extend_select` is an unknown key with a hint, not a second spelling.
    model_config = ConfigDict(extra="forbid")

    paths: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    extend_exclude: list[str] = Field(default_factory=list, alias="extend-exclude")
    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    extend_select: list[str] = Field(default_factory=list, alias="extend-select")
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict, alias="per-file-ignores")
    extend_per_file_ignores: dict[str, list[str]] = Field(default_factory=dict, alias="extend-per-file-ignores")
    fail_level: Literal["error", "warning", "info", "never"] = Field(default="warning", alias="fail-level")
    lang: LangCode | None = None
    rules: dict[str, dict[str, Any]] = Field(default_factory=dict)
    persona_dir: str = Field(default="personas", alias="persona-dir")
    journey_dir: str = Field(default="journeys", alias="journey-dir")
    respect_gitignore: bool = Field(default=True, alias="respect-gitignore", strict=True)
    #: "" when not given (told apart from `baseline = ""`, refused, by the table's keys).
    baseline: str = Field(default="", strict=True)
    #: `[labels.pl]`, `[labels.en]`: a team's own headings for fields (checked in config, located at the key).
    labels: dict[str, dict[str, str]] = Field(default_factory=dict)

    @field_validator("fail_level", mode="before")
    @classmethod
    def _level_in_any_case(cls, value: Any) -> Any:
        """`fail-level = "Warning"` is `warning`, as `--fail-level Warning` is on the command line."""
        if isinstance(value, str) and value.lower() in ("error", "warning", "info", "never"):
            return value.lower()
        return value
