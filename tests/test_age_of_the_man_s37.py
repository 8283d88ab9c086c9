""""Mężczyzna", "Mężatka" and "Żonaty" opening a summary are the persona, not a husband or a wife.

The words for someone else whose age follows (``vague.OTHER_BEFORE``) took "męż…" for "mąż" (husband) and
"żon…" for "żona" (wife), so "Mężczyzna, ok. 40 lat" (a man, about 40) hid the persona's approximate age.
"""

import pytest

from cxkit.api import lint_text


def _ages(summary: str, tmp_path) -> list[str]:
    (tmp_path / "personas").mkdir(exist_ok=True)
    text = f'kind: persona\nid: marek\nname: Marek\nsummary: "{summary}"\n'
    found = lint_text(text, tmp_path / "personas" / "marek.yaml", select="CX101", baseline=False)
    return [f.message for f in found if "approximate age" in f.message or "przybliżony wiek" in f.message
            or "ok. 4" in f.message or "ok. 3" in f.message]


@pytest.mark.parametrize("summary", [
    "Mężczyzna, ok. 40 lat, prowadzi warsztat samochodowy w Radomiu",
    "Mezczyzna, ok. 40 lat, prowadzi warsztat samochodowy w Radomiu",
    "Żonaty, ok. 40 lat, prowadzi warsztat samochodowy w Radomiu",
    "Mężatka, ok. 35 lat, prowadzi biuro rachunkowe w Kielcach",
])
def test_the_persona_s_own_word_keeps_the_age_his(summary, tmp_path):
    assert _ages(summary, tmp_path), summary


@pytest.mark.parametrize("summary", [
    "Jej mąż, ok. 45 lat, prowadzi warsztat, a ona księgowość",
    "Opiekuje się mężem, ok. 80-letnim, i prowadzi kwiaciarnię w Kielcach",
    "Ma żonę, ok. 40-letnią, i trzy zmiany w tygodniu na kasie",
])
def test_a_husband_or_wife_is_still_someone_else(summary, tmp_path):
    assert _ages(summary, tmp_path) == [], summary
