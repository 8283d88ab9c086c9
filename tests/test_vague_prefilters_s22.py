"""Guards for the quick scans that spare the pseudo-profiling detector its slow patterns.

Each quick scan must find something in every text where the slow pattern it stands for
matches; otherwise a label ("(wywiad 2)", "[1]", "(INT-07)") would count as detail.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cxkit.lint.vague import (
    _LABEL_NUMBER, _LABEL_NUMBER_END, NO_DOCUMENT, DocumentWords, _Labels, matcher,
)

_PIECES = st.sampled_from([
    "wywiad", "Respondent", "respondentka", "nr", "no.", "INT", "idi", "(", ")", "[", "]", " ", "  ", "\t", "\n",
    "-", "_", "/", ".", ",", ";", ":", "#", "2", "07", "2026", "10", "٣", "z", "of", "źródło", "ankieta", "Dba o zdrowie",
    "values quality", "zł", "a", "ok", "\u00a0",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_a_label_number_always_has_the_end_the_quick_scan_looks_for(text: str) -> None:
    if _LABEL_NUMBER.search(text) is not None:
        assert _LABEL_NUMBER_END.search(text) is not None


def _numbered(text: str) -> list[tuple[int, int]]:
    return _Labels(text, "", True, NO_DOCUMENT, 0).numbered()


def test_labels_are_still_found_after_the_quick_scan() -> None:
    assert _numbered("Dba o zdrowie (wywiad 2)") == [(15, 23)]
    assert _numbered("Ceni wysoką jakość [1]") == [(19, 22)]
    assert _numbered("Values quality (INT-07)") == [(15, 23)]
    # `$` before a last line break: the label still ends the text.
    assert _numbered("Dba o zdrowie, wywiad 2026-10\n") == [(15, 29)]
    # Digits that go on into words are no label, and nothing is scanned for one.
    assert _numbered("Kupuje buty za ok. 450 zł co 6 tygodni") == []


def test_a_trait_rescued_only_by_its_label_stays_vague() -> None:
    m = matcher((), ())
    own = DocumentWords.of("Ola Nowak", ["wywiady-2026-10"])
    assert m.analyse("Dba o zdrowie (wywiad 2)", own).vague
    assert m.analyse("Values quality (INT-07)", own).vague
    assert not m.analyse("Dba o zdrowie, biega 3 razy w tygodniu po Lesie Kabackim", own).vague
