"""NO_COLOR on a terminal: no escape code at all, even when a path or message holds a tab or other
control character and rich lays the output out (readthrough24 RT24-1). Before, rich kept bold and dim."""

from __future__ import annotations

import io

import pytest


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _findings():
    from cxkit.lint.finding import Finding, Severity

    return [
        Finding("personas/ta\tb.yaml", 4, 3, "CX304", "vague-trait", Severity.warning,
                "Cecha 'lubi zakupy' niczego nie mówi o tej osobie"),
        Finding("personas/ola.yaml", 12, 5, "CX101", "pseudo-profiling", Severity.error,
                "'Millennials\tkochają aplikacje' is a stereotype"),
    ]


@pytest.fixture
def no_color(monkeypatch):
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "COLORTERM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("NO_COLOR", "1")


def test_no_color_on_a_terminal_writes_no_escape_code_for_a_path_with_a_tab(no_color):
    from cxkit.lint.formats import text

    findings = sorted(_findings())
    assert text.plain_text(findings, 2, 2) is None  # the rich path is taken
    out = _Terminal()
    text.render_text(findings, 2, 2, out)
    assert "\x1b" not in out.getvalue()
    assert "personas/ta" in out.getvalue() and "CX304" in out.getvalue() and "Found 2 problems" in out.getvalue()

