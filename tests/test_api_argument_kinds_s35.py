"""cxkit.api's argument checks take every value of a kind the signature names, as the calls took it before.

The checks added this session (a bytes path is a CxkitError, a value of a wrong type a TypeError) refused
values that had always worked and that the signature allows (docs/python-api.md, "Stability"):
`jobs=True` (a bool is an int) and NumPy's integers (anything with `__index__`); `lint_text` given the
file's bytes as an mmap or an array (anything bytes() reads as a buffer); paths or rules given as a
sequence that only has `__getitem__`. They work again; a float for `jobs` and a number for `text` are
still refused.  (Session 38 refuses a bool for `jobs` after all, since `jobs=0` means every core and
`jobs=False` with it: CHANGELOG's "Breaking" section; tests/test_api_jobs_bool_s38.py.)
"""

from __future__ import annotations

import array
import mmap
from pathlib import Path

import pytest

from api_helpers import OLA, ws  # noqa: F401  (ws: the fixture)
from cxkit import api


class Count:
    """An integer that is no int, as NumPy's int64 is: it has ``__index__``."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


class OldSequence:
    """A sequence with only ``__getitem__`` (and ``__len__``): iterable for Python, not an ``Iterable`` instance."""

    def __init__(self, *items: object) -> None:
        self.items = items

    def __getitem__(self, index: int) -> object:
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)


def _codes(findings: list) -> list[tuple[str, int, int, str]]:
    return [(f.path, f.line, f.column, f.code) for f in findings]


def test_jobs_takes_any_integer_type(ws: Path) -> None:
    expected = _codes(api.lint(["personas"], jobs=1))
    assert expected  # the persona has findings (no sources, no review date)
    assert _codes(api.lint(["personas"], jobs=Count(1))) == expected
    with pytest.raises(TypeError, match=r"^jobs: expected an int \(1: no worker process\) or None .*, not float$"):
        api.lint(["personas"], jobs=1.0)


def test_lint_text_takes_the_files_bytes_as_an_mmap_or_an_array(ws: Path) -> None:
    expected = _codes(api.lint_text(OLA.encode("utf-8"), "personas/ola.yaml", baseline=False))
    assert expected
    with open("personas/ola.yaml", "rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        assert _codes(api.lint_text(mapped, "personas/ola.yaml", baseline=False)) == expected
    # The mmap closed above: the call kept no view of it (closing would raise BufferError then).
    assert _codes(api.lint_text(array.array("B", OLA.encode("utf-8")), "personas/ola.yaml", baseline=False)) == expected
    with pytest.raises(TypeError, match=r"^text: the document's text as a str or UTF-8 bytes, not list$"):
        api.lint_text([107, 105], "personas/ola.yaml")


def test_paths_and_rules_in_a_getitem_sequence_are_taken(ws: Path) -> None:
    expected = _codes(api.lint(["personas"], select=["CX301"]))
    assert [code for *_, code in expected] == ["CX301"]
    assert _codes(api.lint(OldSequence("personas"), select=OldSequence("CX301"))) == expected
    with pytest.raises(TypeError, match=r"^select: each rule is a str .*, not int \(301\)$"):
        api.lint(["personas"], select=OldSequence(301))
    with pytest.raises(TypeError, match=r"^paths: expected a path or an iterable of paths .*, not int$"):
        api.lint(7)


# A baseline read before the run must not change which mistake is told: `cxkit lint PATHS --baseline FILE`
# names a path that is not there, then an unknown rule, before the baseline it cannot read (docs/python-api.md:
# a CxkitError is what the command reports, with the same message).


def test_a_missing_path_is_told_before_a_missing_baseline(ws: Path) -> None:
    with pytest.raises(api.CxkitError, match=r"^brak/: no such file or directory"):
        api.lint(["personas", "brak/"], baseline="brak.json")


def test_an_unknown_rule_is_told_before_a_missing_baseline(ws: Path) -> None:
    with pytest.raises(api.CxkitError, match=r"^select: unknown rule 'CX999'"):
        api.lint(["personas"], select="CX999", baseline="brak.json")
    with pytest.raises(api.CxkitError, match=r"^select: unknown rule 'CX999'"):
        api.lint_text(OLA, "personas/ola.yaml", select="CX999", baseline="brak.json")
    # With the paths and rules right, the baseline is what is told, before anything is linted.
    with pytest.raises(api.CxkitError, match=r"^brak\.json: no such baseline file"):
        api.lint(["personas"], select="CX301", baseline="brak.json")
