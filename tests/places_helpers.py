"""Helpers shared by the tests of where a report places its findings (`cxkit.lint.formats.located`)."""

from __future__ import annotations

import pytest

from cxkit.lint.formats import located


def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the report reads for the findings' places, as they are asked for."""
    read: list[str] = []
    real = located._read

    def recording(path, buffers):
        read.append(path)
        return real(path, buffers)

    monkeypatch.setattr(located, "_read", recording)
    return read
