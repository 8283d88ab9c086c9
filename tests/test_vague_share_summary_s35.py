"""pseudo-profiling (CX101), the persona as a whole: a generic `summary` counts as one more vague trait in
`vague-share` (tester35's persona of three generic traits and an approximate age in the summary passed
without the persona-level finding); a specific or missing summary is not counted."""

from __future__ import annotations

import pytest

from cxkit.api import lint_text

HEAD = {
    "pl": "kind: persona\nid: ania\nname: Ania Kowal\nlang: pl\n",
    "en": "kind: persona\nid: jane\nname: Jane Doe\nlang: en\n",
}
TAIL = "sources: [{id: s, type: survey, date: 2026-09-01, n: 600}]\nreviewed: 2026-11-01\n"
GENERIC_SUMMARY = {"pl": "Ma ok. 35 lat, mieszka w Warszawie, interesuje się modą.",
                   "en": "About 35, lives in London, interested in fashion."}
SPECIFIC_SUMMARY = {"pl": "Księgowa w biurze rachunkowym na Czubach w Lublinie, od 2019 roku w Lidlu we wtorki.",
                    "en": "Bookkeeper at a practice in Headingley, Leeds; shops at the Kirkstall Aldi on Tuesdays."}
GENERIC = {"pl": ["Chce czuć się dobrze we własnym ciele", "Słaba obsługa klienta", "Ceni jakość"],
           "en": ["Wants to feel good in her own body", "Poor customer service", "Values quality"]}
SPECIFIC = {"pl": ["Zamawia karmę Brit Care w Zooplus co 6 tygodni", "Płaci BLIK-iem w Żabce przy Lipowej"],
            "en": ["Orders Brit Care from Zooplus every 6 weeks", "Pays by Apple Pay at the Headingley Co-op"]}


def _persona(lang: str, summary: str | None, traits: list[str], silence_summary: bool = False) -> str:
    text = HEAD[lang]
    if summary:
        text += f"summary: {summary}" + ("  # cxkit: disable=pseudo-profiling\n" if silence_summary else "\n")
    text += "behaviours:\n" + "".join(f"  - {t}\n" for t in traits)
    return text + TAIL


def _share(text: str) -> list[str]:
    return [f.message for f in lint_text(text, select="CX101", baseline=False) if "vague-share" in f.message]


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_generic_summary_beside_three_generic_traits_makes_the_persona_a_segment(lang):
    messages = _share(_persona(lang, GENERIC_SUMMARY[lang], GENERIC[lang]))
    assert [m.split(":")[0] for m in messages] == [
        "4 of 4 traits (the summary among them) are generic (100%, more than vague-share 50%)"]


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_generic_summary_tips_two_generic_traits_of_four(lang):
    messages = _share(_persona(lang, GENERIC_SUMMARY[lang], GENERIC[lang][:2] + SPECIFIC[lang]))
    assert [m.split(":")[0] for m in messages] == [
        "3 of 5 traits (the summary among them) are generic (60%, more than vague-share 50%)"]


@pytest.mark.parametrize("lang", ["pl", "en"])
@pytest.mark.parametrize("summary", ["specific", "missing"])
def test_a_specific_or_missing_summary_is_not_counted(lang, summary):
    said = SPECIFIC_SUMMARY[lang] if summary == "specific" else None
    assert _share(_persona(lang, said, GENERIC[lang])) == []  # three traits: too few to judge
    assert _share(_persona(lang, said, GENERIC[lang][:2] + SPECIFIC[lang])) == []  # 2 of 4: not over 50%


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_silenced_generic_summary_silences_the_persona_finding_it_tips(lang):
    found = lint_text(_persona(lang, GENERIC_SUMMARY[lang], GENERIC[lang][:2] + SPECIFIC[lang], silence_summary=True),
                      select="CX101", baseline=False)
    assert not any("vague-share" in f.message for f in found)
