"""CHANGELOG: the missing-sources (CX301) changes that can add findings are one entry each, short
enough to tell apart, with every example the single long entry held (session 27)."""

from __future__ import annotations

from pathlib import Path

CHANGELOG = (Path(__file__).resolve().parent.parent / "CHANGELOG.md").read_text(encoding="utf-8")


def _entries() -> list[str]:
    section = CHANGELOG.split("\n### Changes that can add findings\n", 1)[1].split("\n### ", 1)[0]
    return ["- " + item for item in section.split("\n- ")[1:]]


def _missing_sources() -> list[str]:
    return [e for e in _entries() if e.startswith(("- **`missing-sources` (CX301)", "- **`cxkit rule missing-sources`"))]


def test_each_missing_sources_change_is_an_entry_of_its_own() -> None:
    entries = _missing_sources()
    heads = [e.split("**")[1] for e in entries]
    for head in ("reports the team's own opinion", "reports what the team knows or hears",
                 "reports an interview with our own sales people", "as an interview with the office's own heads",
                 "takes sellers for the shop's staff", "list the rule's kinds of finding"):
        assert sum(head in h for h in heads) == 1, head
    longest = max(entries[:6], key=lambda e: e.count("\n"))
    assert longest.count("\n") <= 14, longest


def test_the_split_entries_keep_every_example() -> None:
    text = " ".join(" ".join(_missing_sources()).split())
    for kept in ('"Zdaniem zespołu, po 12 wywiadach z klientkami, …"', '"Zdaniem zarządu wspólnoty"',
                 '"with our head of sales"', "CEIDG, KRS, ZUS, KRUS", '"Rozmowa z burmistrzem Ełku, organem prowadzącym szkołę"',
                 '"Feedback from our support team: 1,200 tickets"', '"Handlowiec w hurtowni"',
                 '"Wywiady z naszymi sprzedawcami"', "say what counts as a sample"):
        assert kept in text, kept
