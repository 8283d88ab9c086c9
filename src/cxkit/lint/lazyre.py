"""Regular expressions compiled when first used.

A rule module holds many patterns that a run may never need: those of a rare branch (a source
written without a count), of a document kind the workspace lacks, of a rule that is switched off.
Compiling them all at import cost every cxkit process that lints some milliseconds each. A
:func:`lazy` pattern is compiled on its first use and then takes its own name in its module, so
later uses look up the compiled pattern itself: nothing is added to a check that runs often.

Only methods and attributes of a lazy pattern may be used (``_WORDS.search(text)``,
``_WORDS.pattern``); it is not a :class:`re.Pattern` to ``isinstance`` or to ``re.sub``.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["compile_all", "lazy"]


class _Lazy:
    __slots__ = ("_namespace", "_name", "_source", "_flags", "_compiled")

    def __init__(self, namespace: dict[str, Any], name: str, source: str, flags: int) -> None:
        self._namespace, self._name, self._source, self._flags = namespace, name, source, flags
        self._compiled: re.Pattern[str] | None = None

    def _compile(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
            if self._namespace.get(self._name) is self:
                self._namespace[self._name] = compiled  # the module's later lookups find the pattern itself
        return compiled

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._compile(), attr)

    def __repr__(self) -> str:
        return f"lazy({self._source!r})"


def lazy(namespace: dict[str, Any], name: str, source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` on first use, bound then to ``name`` in ``namespace`` (a module's ``globals()``)."""
    return cast("re.Pattern[str]", _Lazy(namespace, name, source, flags))


def compile_all(namespace: dict[str, Any]) -> None:
    """Compile every lazy pattern of a module now: before worker processes fork, so that each does not."""
    for value in list(namespace.values()):
        if isinstance(value, _Lazy):
            value._compile()
