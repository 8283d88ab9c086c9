"""What `cxkit fmt` found for one file (:class:`FileOutcome`), apart from the layout itself
(:mod:`cxkit.fmt`, which imports ruamel.yaml's writer): a run whose files the fmt cache answers
makes its outcomes without importing it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FileOutcome:
    """What `cxkit fmt` found for one file.

    ``status`` is ``unchanged``, ``changed`` (``after`` holds the new text, and
    :meth:`payload` the bytes to write: in the file's own encoding, UTF-16 or UTF-32
    with its byte-order mark, or UTF-8), ``error`` (``problems`` holds located
    messages) or ``skipped`` (not a cxkit document).
    """

    path: str
    status: str
    before: str = ""
    after: str = ""
    problems: list[tuple[int, int, str, str]] = field(default_factory=list)  # (line, col, rule, message)
    codec: str = "utf-8"
    mark: bytes = b""  # a UTF-16/32 byte-order mark, written before the encoded text
    #: The keys cxkit does not know that the layout moved below the known ones, each with the field it
    #: likely means (or None): `cele:` above `goals:`. Said on stderr, as the move is easy to miss.
    moved: tuple[tuple[str, str | None], ...] = ()
    #: What the layout says of the file on stderr, as notes: keys it leaves out of the documented order.
    notes: tuple[str, ...] = ()
    #: With `--fix`: how many fixes were made (see :mod:`cxkit.fixes`), and how many schema findings are left.
    fixes: int = 0
    left: int = 0

    def payload(self) -> bytes:
        """The new file's bytes."""
        return self.mark + self.after.encode(self.codec)
