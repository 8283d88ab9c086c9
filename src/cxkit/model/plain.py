"""What of cxkit's document models is plain Python: importing this imports no pydantic.

:mod:`cxkit.workspace` reads documents for commands that never validate one (git's diff driver, a warm
re-lint): what it needs of the models at import time is here, the models themselves are imported
when a document is validated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class SchemaIssue:
    """One schema problem: where (a data path) and what."""

    path: tuple[Any, ...]
    message: str
    at_key: bool = True  # point at the key (missing/unknown fields) rather than the value
    offset: int | None = None  # point at this character of the (text) value
    #: What is wrong, for code that acts on an issue (never its message's words): "missing_field",
    #: "unknown_field", "list_type" (must be a list), "string_type" (must be text), "colon_item"
    #: (a `- Key: value` item read as a mapping), "unknown_fields" (the unknown keys of a mapping past
    #: those told one by one); "" for the rest.
    code: str = ""
    #: The field a "missing_field" issue misses, the key an "unknown_field" issue is about, or the keys
    #: (a tuple, in their order) an "unknown_fields" issue stands for.
    field: Any = None
    #: The field an "unknown_field" issue says the key means ("did you mean 'stages'?"), else None.
    meant: str | None = None
    #: The field written already that an "unknown_field" issue's key is a near miss of ("beside
    #: 'pain_points', which is already there: merge the two"), else None; never a rename (``meant``).
    beside: str | None = None
    #: The field of a mapping an "unknown_field" issue says the key belongs in, a level down ("did you mean
    #: 'demographics.age'?" for a top-level `age:`), else None; never a rename in place (``meant``).
    nested: str | None = None

    def position(self, loaded: Any) -> tuple[int, int]:
        """1-based (line, column) of the issue in the file read as ``loaded`` (a :class:`~cxkit.yamlio.LoadedYAML`)."""
        if self.offset is not None:
            return loaded.locate_in(self.path, self.offset, exact=True)
        return loaded.locate(self.path, key=self.at_key)


#: Fields of a persona that hold lists of traits, in document order.
TRAIT_FIELDS: tuple[str, ...] = (
    "goals", "needs", "pain_points", "motivations", "behaviours", "channels", "expectations",
)
PSYCHOGRAPHIC_FIELDS: tuple[str, ...] = ("values", "interests", "personality", "lifestyle", "attitudes")
NEGATIVE_TRAIT_FIELDS: tuple[str, ...] = ("reasons", "substitutes", "purchase_triggers", "abandon_triggers")
