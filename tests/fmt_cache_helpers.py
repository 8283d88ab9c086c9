"""What the tests of `cxkit fmt`'s cache share (test_fmt_cache, and session 39's
test_fmt_cache_would_change_s39, test_fmt_cache_encodings_s39, test_fmt_cache_key_domains_s39): a laid-out
Polish persona, a workspace of files entered with no cache folder set, `cxkit fmt -j 1`, and a record of
the documents fmt lays out (the expensive round trip the cache saves)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit import fmt as fmt_module
from cxkit.cli import app

#: A persona fmt leaves as it is (format with ``id`` and ``name``).
TIDY_PL = """\
kind: persona
id: {id}
name: {name}
goals:
  - Odebrać receptę dla mamy w 15 minut w przerwie obiadowej
sources:
  - id: wywiady-2026-09
    type: interview
    date: 2026-09-14
reviewed: 2026-10-01
"""


def enter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str | bytes]) -> Path:
    """``files`` (relative name: text in UTF-8, or bytes as they are) written in ``tmp_path``, in the
    order given, which becomes the current folder; the cache is the workspace's own `.cxkit_cache`."""
    for name, data in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    return tmp_path


def record_laid_out(monkeypatch: pytest.MonkeyPatch, once: bool = False) -> list[str]:
    """The ids of the documents fmt lays out, as they happen (the text's first line `id: …`, after a
    byte-order mark, before a CR); ``once``: each id once, though fmt lays its own output out once more
    before it writes."""
    seen: list[str] = []
    real = fmt_module.format_text

    def counting(text):
        found = re.search(r"^\ufeff?id: (.*?)\r?$", text, re.M)
        name = found.group(1) if found else text[:20]
        if not (once and name in seen):
            seen.append(name)
        return real(text)

    monkeypatch.setattr(fmt_module, "format_text", counting)
    return seen


def fmt(*args: str):
    """`cxkit fmt -j 1 ARGS`, in-process."""
    return CliRunner().invoke(app, ["fmt", "-j", "1", *args])
