"""The journey and personas of the render tests of a persona's lookup without a config (session 32)."""

from __future__ import annotations


def journey(*, touchpoints: bool = True) -> str:
    """The KSeF journey naming the persona ``ewa-ksiegowa``; its one stage with or without touchpoints."""
    return ("kind: journey\n"
            "id: wdrozenie-ksef\n"
            "name: Wdrożenie KSeF w biurze rachunkowym\n"
            "persona: ewa-ksiegowa\n"
            "lang: pl\n"
            "stages:\n"
            "  - id: pierwsza-faktura\n"
            "    name: Pierwsza faktura w KSeF\n"
            + ("    touchpoints: [portal KSeF]\n" if touchpoints else "")
            + "    emotion: -1\n")


def persona(name: str) -> str:
    """A persona with the journey's id ``ewa-ksiegowa`` and the name ``name``."""
    return f"kind: persona\nid: ewa-ksiegowa\nname: {name}\nlang: pl\n"
