"""Pairing list items across two versions by identity, never by position.

Items are paired in rounds: mappings by ``id``, then mappings by ``name``,
then equal values, then the most similar remaining pair (by the text of their
values) while it is similar enough.  What is left was added or removed.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from difflib import SequenceMatcher
from typing import Any, Callable, NamedTuple

from ..docpath import Kept, id_text, item_id, refs  # noqa: F401  (re-exported: compare and review take them from here)
from ..yamlio import WrittenFloat, WrittenInt
from .model import Part

#: How alike two leftover items must be (difflib ratio of their text) to be one item that changed.
SIMILARITY = 0.6
#: Items whose ids differ pair only when nearly everything else is the same.
_RENAMED_ID = 0.8
#: Above this many leftover pairs, similarity is measured by trigram overlap instead of difflib.
_MANY = 2500
#: Above this many, leftovers are not paired at all (bounded time on huge rewritten lists).
_TOO_MANY = 1_000_000
#: A stage carried under a new id must be nearer its new place, by this much (share of words in
#: common), than any other stage of either side is to it.
_REUSE_MARGIN = 0.1
#: Above this many pairs to weigh (stages changed under their ids times stages without a partner),
#: no id is taken for one given to another stage.
_REUSE_PAIRS = 500
#: At most this many character pairs compared by difflib in weighing them (bounded time on long stages);
#: only texts that differ and may be alike enough are compared at all (see :class:`_Measure`).
_REUSE_BUDGET = 4_000_000
#: Past the characters, at most this many word pairs compared by difflib (the same texts as words:
#: a stage of 1,500 characters is some 200 words, so about 50 times cheaper to compare).
_REUSE_WORDS = 4_000_000
_WORD = re.compile(r"\w+")


def _item_name(value: Any) -> str | None:
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str) and name:
            return name
    return None


def label(value: Any) -> Any:
    """How an item is named in an order list: its id, name, first text, or the value itself."""
    if isinstance(value, dict):
        ident = item_id(value) or _item_name(value)
        if ident is not None:
            return ident
        for v in value.values():
            if isinstance(v, str) and v:
                return v if len(v) <= 60 else v[:57] + "..."
        return flatten(value)[:60]
    if isinstance(value, list):
        return flatten(value)[:60]
    return value


def labels(old: list[Any], new: list[Any]) -> tuple[list[Any], list[Any]]:
    """The labels of two versions of a list, for its old and new order.

    Mappings without an id or a name are named by their first text, which several may
    share (touchpoints on `web`): those are named by all their text then, on both sides
    alike, so that an order shows what moved.
    """
    old_labels, new_labels = [label(v) for v in old], [label(v) for v in new]
    clashes: set[Any] = set()
    for side in (old_labels, new_labels):
        seen: set[Any] = set()
        for text in side:
            if isinstance(text, str):
                (clashes if text in seen else seen).add(text)
    if not clashes:
        return old_labels, new_labels

    def fuller(value: Any, text: Any) -> Any:
        if text not in clashes or not isinstance(value, dict) or item_id(value) or _item_name(value):
            return text
        whole = " ".join(flatten(value).split())
        return whole if len(whole) <= 60 else whole[:57] + "..."

    return [fuller(v, t) for v, t in zip(old, old_labels)], [fuller(v, t) for v, t in zip(new, new_labels)]


def flatten(value: Any) -> str:
    """The text of a value (keys left out), for similarity."""
    if isinstance(value, dict):
        return " ".join(flatten(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(flatten(v) for v in value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _kind(value: Any) -> type:
    """A value's YAML type: a number written `+1` or `1.50` (yamlio keeps that) is an int or a float."""
    kind = type(value)
    return _NUMBER_KINDS.get(kind, kind)


_NUMBER_KINDS: dict[type, type] = {WrittenInt: int, WrittenFloat: float}


def same(a: Any, b: Any) -> bool:
    """Equal as YAML data: types matter (``"2"`` is not ``2``, ``true`` is not ``1``), key order, a
    number's spelling and the final line break of a block scalar do not.

    Numbers compare by value, int or float alike: `1000`, `1e3`, `1000.0` and `0x3E8` are one
    number (exactly: `10000000000000001` is not `1e16`).  Where the format reads a number as the
    text written (a trait, `income`), the comparison reports another spelling on its own.
    """
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
            return True
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, str) and isinstance(b, str):
        return a == b or _text(a) == _text(b)
    return type(a) is type(b) and a == b


def _text(value: str) -> str:
    """Text without the line breaks a block scalar ends with (`|`, `>`, `|+`): written on one
    line or as a block, it says the same."""
    return value.rstrip("\n")


def similarity(a: str, b: str) -> float:
    """How alike two texts are: difflib's ratio of their characters, within :data:`RATIO_BUDGET`
    (see :func:`bounded_ratio`)."""
    if not a and not b:
        return 1.0
    return bounded_ratio(_BudgetedMatcher(None, a, b, autojunk=False))


def pair_items(
    old: list[Any], new: list[Any], threshold: float = SIMILARITY, *, as_text: bool = False, stages: bool = False,
    unweighed: Callable[[], None] | None = None,
) -> list[tuple[int, int]]:
    """Pairs ``(old_index, new_index)`` of the items that are the same item on both sides.

    With ``stages`` (a journey's `stages`), a pair by id gives way where the id was given to
    another stage (see :func:`_ids_reused`), and stages that swapped their ids, passed them round or
    passed them on to make room for a stage added or to fill a stage removed are paired by content
    (see :func:`_ids_swapped`); ``unweighed`` is called when the list was too long for that to be
    looked for.

    With ``as_text`` (a list the format reads as text, such as a trait list) plain values
    written alike pair before values that are only equal as numbers: `1.10` with `1.10`,
    not with `1.1`.
    """
    pairs: list[tuple[int, int]] = []
    free_old = list(range(len(old)))
    free_new = list(range(len(new)))

    def by_key(key_of: Any) -> None:
        nonlocal free_old, free_new
        wanted: dict[Any, list[int]] = {}
        for j in free_new:
            key = key_of(new[j])
            if key is not None:
                wanted.setdefault(key, []).append(j)
        if not wanted:
            return
        taken_old: set[int] = set()
        taken_new: set[int] = set()
        for i in free_old:
            key = key_of(old[i])
            if key is None:
                continue
            bucket = wanted.get(key)
            if bucket:
                j = bucket.pop(0)
                pairs.append((i, j))
                taken_old.add(i)
                taken_new.add(j)
        free_old = [i for i in free_old if i not in taken_old]
        free_new = [j for j in free_new if j not in taken_new]

    by_key(item_id)
    if stages and pairs and _ids_swapped(old, new, pairs, free_old, free_new) and unweighed is not None:
        unweighed()
    if stages and (free_old or free_new):
        free_old, free_new = _ids_reused(old, new, pairs, free_old, free_new)
    if free_old and free_new:
        # Only items without an id on both sides pair by name: two stages with
        # different ids but the same name are two stages.
        by_key(lambda v: _item_name(v) if item_id(v) is None else None)
    if as_text and free_old and free_new:
        by_key(_written_key)
    if free_old and free_new:
        by_key(equality_key)
    if free_old and free_new:
        ids_old = {i: item_id(old[i]) is not None for i in free_old}
        ids_new = {j: item_id(new[j]) is not None for j in free_new}
        texts_old = {i: flatten(old[i]) for i in free_old}
        texts_new = {j: flatten(new[j]) for j in free_new}
        # Items whose ids differ are compared on everything but the id.
        bare_old = {i: flatten(_without_id(old[i])) for i in free_old if ids_old[i]}
        bare_new = {j: flatten(_without_id(new[j])) for j in free_new if ids_new[j]}
        candidates: list[tuple[float, int, int]] = []
        if len(free_old) * len(free_new) > _TOO_MANY:
            free_old = []  # beyond any real document: leftovers stay added and removed
        elif len(free_old) * len(free_new) > _MANY:
            # Many leftovers: character-trigram overlap, linear per pair, instead of difflib.
            grams_old = {i: _trigrams(bare_old[i] if ids_old[i] else texts_old[i]) for i in free_old}
            grams_new = {j: _trigrams(bare_new[j] if ids_new[j] else texts_new[j]) for j in free_new}
            for j in free_new:
                b_grams = grams_new[j]
                for i in free_old:
                    a_grams = grams_old[i]
                    total = len(a_grams) + len(b_grams)
                    if not total:
                        continue
                    ratio = 2 * len(a_grams & b_grams) / total
                    if ratio >= (max(threshold, _RENAMED_ID) if ids_old[i] and ids_new[j] else threshold):
                        candidates.append((ratio, i, j))
            free_old = []
        full, bare = _BudgetedMatcher(None, autojunk=False), _BudgetedMatcher(None, autojunk=False)
        for j in free_new:
            # seq2 is the side difflib indexes; set it once per new item.
            full.set_seq2(texts_new[j])
            if ids_new[j]:
                bare.set_seq2(bare_new[j])
            for i in free_old:
                both_ids = ids_old[i] and ids_new[j]
                matcher = bare if both_ids else full
                a = bare_old[i] if both_ids else texts_old[i]
                if not a and not matcher.b:
                    continue
                matcher.set_seq1(a)
                if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                    continue
                ratio = bounded_ratio(matcher)
                # Two items that both carry (different) ids need more to be one item.
                if ratio >= (max(threshold, _RENAMED_ID) if both_ids else threshold):
                    candidates.append((ratio, i, j))
        # Best pair first; among equals, the one that moved least.
        candidates.sort(key=lambda c: (-c[0], abs(c[1] - c[2]), c[1]))
        used_old: set[int] = set()
        used_new: set[int] = set()
        for _ratio, i, j in candidates:
            if i in used_old or j in used_new:
                continue
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
        free_old = [i for i in free_old if i not in used_old]
        free_new = [j for j in free_new if j not in used_new]
    if free_old and free_new and len(free_old) * len(free_new) <= _MANY:
        edited = _one_field_edited(old, new, free_old, free_new)
        pairs.extend(edited)
        if len(free_old) == 1 and len(free_new) == 1 and not edited and _filled_in_place(old, new, free_old[0], free_new[0]):
            pairs.append((free_old[0], free_new[0]))
    pairs.sort()
    return pairs


def _filled_in_place(old: list[Any], new: list[Any], i: int, j: int) -> bool:
    """Whether the one mapping without an id left on each side, at the same place in its list, is one
    item rewritten and filled in where it stands: the fields both hold are the same but for one text, and
    fields were added or dropped.  An opportunity whose wish became a change with an owner and a date
    (`action: Poprawić UX konfiguratora` -> `action: Podgląd koloru…`, `owner`, `due`) is that opportunity
    edited, as a trait reworded is, not one removed and another added at its `#1`.  Where no other field
    both hold stays, the old and the new text share a word's stem."""
    a, b = old[i], new[j]
    if i != j or not isinstance(a, dict) or not isinstance(b, dict) or item_id(a) is not None or item_id(b) is not None:
        return False
    shared = a.keys() & b.keys()
    if not shared or a.keys() == b.keys():
        return False
    differ = [k for k in shared if not same(a[k], b[k])]
    if len(differ) > 1 or not all(isinstance(a[k], str) and isinstance(b[k], str) for k in differ):
        return False
    if not differ or any(isinstance(a[k], str) and _WORD.search(a[k]) for k in shared if k != differ[0]):
        return True
    # Nothing else both hold stays: the text rewritten must carry a word across ("Poprawić UX konfiguratora"
    # -> "Podgląd koloru … w konfiguratorze"), or it is another opportunity put in the place of one deleted
    # ("Dodać podgląd 3D" -> "Wysłać SMS z godziną dostawy" with an owner), as without the fields added.
    from ..lint.textnorm import stems
    return not stems(a[differ[0]]).isdisjoint(stems(b[differ[0]]))


def _one_field_edited(old: list[Any], new: list[Any], free_old: list[int], free_new: list[int]) -> list[tuple[int, int]]:
    """Pairs of leftover mappings without an id that hold the same keys and differ in one of them only,
    each the other's only such partner: a touchpoint whose description was rewritten under the same
    channel is that touchpoint edited, however short the channel (`app` or `infolinia`), not
    another touchpoint.  The fields that stay must say something (one of them text of a word or more)."""
    def shape(value: Any) -> bool:
        return isinstance(value, dict) and len(value) >= 2 and item_id(value) is None

    found: list[tuple[int, int]] = []
    for j in free_new:
        b = new[j]
        if not shape(b):
            continue
        for i in free_old:
            a = old[i]
            if not shape(a) or a.keys() != b.keys():
                continue
            differ = [k for k in a if not same(a[k], b[k])]
            if len(differ) != 1:
                continue
            kept = [a[k] for k in a if k != differ[0]]
            if any(isinstance(v, str) and _WORD.search(v) for v in kept):
                found.append((i, j))
    partners_old = Counter(i for i, _j in found)
    partners_new = Counter(j for _i, j in found)
    return [(i, j) for i, j in found if partners_old[i] == 1 and partners_new[j] == 1]


def _ids_reused(
    old: list[Any], new: list[Any], pairs: list[tuple[int, int]], free_old: list[int], free_new: list[int]
) -> tuple[list[int], list[int]]:
    """Undo the pairs by id where the id was given to another stage: a stage split in two, its
    content carried under a new id (`drying`) while its old id (`repairs`) names a new stage.

    Only when that reading is the one there is: the stage carried on is at least
    :data:`_RENAMED_ID` alike (all but the id) to a stage of the other side left without a partner
    by id, while what its id names on that side is less than :data:`SIMILARITY` like it; and the
    two are each other's nearest by a clear margin (their words, :data:`_REUSE_MARGIN`) over every
    other stage of either side, their own ids' included.  Near-identical stages (the seven that
    `cxkit new` writes, a stage copied twice) are no such reading, nor is a stage that holds a
    placeholder (TODO): the pairs by id stay.  Bounded: past :data:`_REUSE_PAIRS` pairs to weigh,
    or the budgets of a :class:`_Measure` spent, nothing is undone.  Updates ``pairs``
    and returns the items still free.
    """
    maps_old = [i for i in free_old if isinstance(old[i], dict)]
    maps_new = [j for j in free_new if isinstance(new[j], dict)]
    if not maps_old and not maps_new:
        return free_old, free_new
    changed = [(i, j) for i, j in pairs
               if isinstance(old[i], dict) and isinstance(new[j], dict) and not same(old[i], new[j])]
    # The bound first, before any text is compared.
    if not changed or len(changed) * (len(maps_old) + len(maps_new)) > _REUSE_PAIRS:
        return free_old, free_new
    sides = (old, new)
    weigh = _Weighing(old, new)
    letters_alike, words_alike, nearest = weigh.letters_alike, weigh.words_alike, weigh.nearest
    everyone = weigh.everyone

    # (the carried item, the free item it is carried to, the pair by id it leaves)
    found: list[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]] = []
    for side, others in ((0, maps_new), (1, maps_old)):
        for other in others:
            for pair in changed:
                me, mate = (side, pair[side]), (1 - side, other)
                if letters_alike(me, mate) >= _RENAMED_ID and words_alike(me, mate) >= SIMILARITY:
                    found.append((me, mate, pair))
    if not found or len(found) * len(everyone) > _MANY * 10:
        return free_old, free_new
    measure = weigh.measure()
    candidates: list[tuple[float, int, int, int]] = []
    for me, mate, pair in found:
        if not nearest(me, mate) or not nearest(mate, me):
            continue
        if any(holds_placeholder(sides[s][k]) for s, k in (me, mate)):
            continue
        score = measure(me, mate)
        if score is None:
            return free_old, free_new  # bounded time: the pairs by id stay
        if score < _RENAMED_ID:
            continue
        held = measure((0, pair[0]), (1, pair[1]))
        if held is None:
            return free_old, free_new
        if held >= SIMILARITY:
            continue  # what its id names is still much like it: an edit, not an id given away
        candidates.append((score, me[0], me[1], mate[1]))
    if not candidates:
        return free_old, free_new
    candidates.sort(key=lambda c: (-c[0], abs(c[2] - c[3]), c[1], c[2], c[3]))
    partner_new = dict(pairs)
    partner_old = {j: i for i, j in pairs}
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    for _score, side, mine, other in candidates:
        i, j = (mine, other) if side == 0 else (other, mine)
        if i in taken_old or j in taken_new:
            continue
        if side == 0:
            if i not in partner_new or j not in free_new:
                continue
            released = partner_new.pop(i)
            del partner_old[released]
            free_new = [k for k in free_new if k != j] + [released]
        else:
            if j not in partner_old or i not in free_old:
                continue
            released = partner_old.pop(j)
            del partner_new[released]
            free_old = [k for k in free_old if k != i] + [released]
        pairs.remove(next(p for p in pairs if p[side] == mine))
        pairs.append((i, j))
        taken_old.add(i)
        taken_new.add(j)
    return sorted(free_old), sorted(free_new)


class _Weighing:
    """How alike the stages of two versions of a list are, for reading an id given to another
    stage (:func:`_ids_reused`, :func:`_ids_swapped`).  An item is (side, index): 0 old, 1 new."""

    def __init__(self, old: list[Any], new: list[Any]) -> None:
        self.sides = (old, new)
        self.texts: dict[tuple[int, int], tuple[str, Counter[str], Counter[str]]] = {}
        self.sequences: dict[tuple[int, int], list[str]] = {}
        self.everyone = [(0, i) for i, v in enumerate(old) if isinstance(v, dict)] + [
            (1, j) for j, v in enumerate(new) if isinstance(v, dict)]

    def text(self, side: int, k: int) -> tuple[str, Counter[str], Counter[str]]:
        """An item's text (all but its id), its letters and its words, counted."""
        got = self.texts.get((side, k))
        if got is None:
            flat = flatten(_without_id(self.sides[side][k]))
            got = self.texts[(side, k)] = (flat, Counter(flat), Counter(_WORD.findall(flat.lower())))
        return got

    def words(self, side: int, k: int) -> list[str]:
        """An item's words in order (all but its id), in lower case."""
        got = self.sequences.get((side, k))
        if got is None:
            got = self.sequences[(side, k)] = _WORD.findall(self.text(side, k)[0].lower())
        return got

    def measure(self) -> "_Measure":
        """A measure of how alike two items are, with budgets of its own."""
        return _Measure(self)

    def letters_alike(self, a: tuple[int, int], b: tuple[int, int]) -> float:
        """An upper bound of difflib's ratio (its quick_ratio), from the letters counted."""
        (ta, ca, _), (tb, cb, _) = self.text(*a), self.text(*b)
        total = len(ta) + len(tb)
        return 1.0 if not total else 2 * sum((ca & cb).values()) / total

    def words_alike(self, a: tuple[int, int], b: tuple[int, int]) -> float:
        (_, _, wa), (_, _, wb) = self.text(*a), self.text(*b)
        total = sum(wa.values()) + sum(wb.values())
        return 1.0 if not total else 2 * sum((wa & wb).values()) / total

    def nearest(self, me: tuple[int, int], mate: tuple[int, int]) -> bool:
        """Whether ``mate`` is clearly the item most like ``me``: no other item of either side comes
        within the margin of it (words counted; letters first, an upper bound, to skip most)."""
        least = self.words_alike(me, mate) - _REUSE_MARGIN
        for item in self.everyone:
            if item == me or item == mate:
                continue
            if self.letters_alike(me, item) >= least and self.words_alike(me, item) >= least:
                return False
        return True


class _Measure:
    """How alike two items of a :class:`_Weighing` are: difflib's ratio of their text (all but the id),
    within budgets that keep the time bounded whatever the length of the stages.

    Only what needs difflib is given to it, and charged: a content carried across unedited is 1.0,
    and two texts whose letters (counted) cannot reach :data:`SIMILARITY` are that upper bound
    (below every threshold asked; difflib's ratio is lower still).  The rest is compared by
    characters while :data:`_REUSE_BUDGET` character pairs last; a pair of texts too long for what
    is left is compared by its words in order (:data:`_REUSE_WORDS` word pairs): two stages of
    1,500 characters are 2.25 M character pairs but some 40,000 word pairs.  When neither budget
    holds a comparison, :attr:`spent` is set and the comparison gives None.
    """

    def __init__(self, weigh: _Weighing) -> None:
        self.weigh = weigh
        self.chars = _REUSE_BUDGET
        self.words = _REUSE_WORDS
        self.spent = False
        self.matcher = SequenceMatcher(None, autojunk=False)

    def __call__(self, a: tuple[int, int], b: tuple[int, int]) -> float | None:
        ta, tb = self.weigh.text(*a)[0], self.weigh.text(*b)[0]
        if ta == tb:
            return 1.0  # a content carried across unedited
        bound = self.weigh.letters_alike(a, b)
        if bound < SIMILARITY:
            return bound  # below the least any caller asks: difflib's ratio is lower still
        cost = len(ta) * len(tb)
        if cost <= self.chars:
            self.chars -= cost
            self.matcher.set_seqs(ta, tb)
            return self.matcher.ratio()
        wa, wb = self.weigh.words(*a), self.weigh.words(*b)
        cost = len(wa) * len(wb)
        if (wa or wb) and cost <= self.words:
            self.words -= cost
            self.matcher.set_seqs(wa, wb)
            return self.matcher.ratio()
        self.spent = True
        return None


def _ids_swapped(
    old: list[Any], new: list[Any], pairs: list[tuple[int, int]], free_old: list[int], free_new: list[int]
) -> bool:
    """Re-pair stages that swapped their ids: what `etap-1` held is now under `etap-2` and the
    other way round (stages reordered and their ids renumbered), each pair by id rewritten whole;
    stages whose ids went round three or more of them (`etap-1` now holds what `etap-2` held,
    `etap-2` what `etap-3` held, `etap-3` what `etap-1` held); and stages that passed their ids on
    along a chain around a stage added or removed (see :func:`_ids_shifted`).

    Only when that is the one reading, as strictly as :func:`_ids_reused`: each content carried
    across is at least :data:`_RENAMED_ID` alike (all but the id) to where it went, while what its
    own id names there is less than :data:`SIMILARITY` like it; the two of each crossing are each
    other's nearest by the margin (their words, :data:`_REUSE_MARGIN`) over every other stage of
    either side; no stage involved holds a placeholder; in a round, each stage's content has one
    place it may have gone, and each place one content that may have come.

    A stage still nearly what its id named (letters and words both within the margin of all
    alike: a new emotion, a reworded verb) is nearer what its id names than any stage it could
    have crossed to, so it is in no swap and no round, and where it went is not looked for: a
    journey edited in place is not weighed at all.  Bounded: past :data:`_REUSE_PAIRS` crossings
    to weigh from the other stages, or the budgets of a :class:`_Measure` spent, the pairs by id
    stay.  Updates ``pairs``, ``free_old`` and ``free_new`` in place; returns whether the bound
    kept it from looking (the caller may say so).
    """
    changed = [(i, j) for i, j in pairs
               if isinstance(old[i], dict) and isinstance(new[j], dict) and not same(old[i], new[j])]
    maps_old = [i for i in free_old if isinstance(old[i], dict)]
    maps_new = [j for j in free_new if isinstance(new[j], dict)]
    # A stage without a partner by id may begin or end a chain: then one stage that may have moved will do.
    least = 1 if maps_old or maps_new else 2
    # The bound first, before any crossing is weighed.
    if len(changed) < least:
        return False
    weigh = _Weighing(old, new)
    # Every crossing needs its stages to be each other's nearest, and a stage this like what its
    # own id names fails that test for any crossing: `nearest` would find what its id names within
    # the margin.  Those stages are left out before anything is weighed, which changes no decision
    # and no character the budget counts (a crossing failing `nearest` is counted nothing).
    close = 1.0 - _REUSE_MARGIN
    moving = [p for p in changed
              if weigh.letters_alike((0, p[0]), (1, p[1])) < close or weigh.words_alike((0, p[0]), (1, p[1])) < close]
    if len(moving) < least:
        return False  # no swap, round or chain without stages that may have moved
    if len(moving) * (len(changed) - 1) > _REUSE_PAIRS:
        # Too many to follow: a stage still SIMILARITY like what its id named cannot move either
        # (measured within the budgets).  Only lists this long get here, lists never looked at.
        moving = _rewritten(moving, weigh)
        if len(moving) < least:
            return False
        if len(moving) * (len(changed) - 1) > _REUSE_PAIRS:
            return True
    may_move = set(moving)

    def across(a: tuple[int, int], b: tuple[int, int]) -> bool:
        """A cheap first look: old item ``a``'s content may be new item ``b``'s."""
        return weigh.letters_alike(a, b) >= _RENAMED_ID and weigh.words_alike(a, b) >= SIMILARITY

    # Where each content may have gone: pair p's old content to pair q's new place.  Of a stage
    # that did not move, only whether its content may have come where one that may have moved is
    # now (a round's place must have one content that may have come).
    went = {p: [q for q in changed if q != p and (p in may_move or q in may_move) and across((0, p[0]), (1, q[1]))]
            for p in changed}
    if not any(went[p] for p in moving) and least == 2:
        return False
    found = [(p, q) for n, p in enumerate(moving) for q in moving[n + 1:] if q in went[p] and p in went[q]]
    measure = weigh.measure()

    def ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
        return measure(a, b) or 0.0  # once spent, the caller gives up: the pairs by id stay

    def placeholder(*items: tuple[int, int]) -> bool:
        return any(holds_placeholder(weigh.sides[s][k]) for s, k in items)

    candidates: list[tuple[float, tuple[int, int], tuple[int, int]]] = []
    for p, q in found:
        crossings = (((0, p[0]), (1, q[1])), ((0, q[0]), (1, p[1])))
        if not all(weigh.nearest(a, b) and weigh.nearest(b, a) for a, b in crossings):
            continue
        if placeholder((0, p[0]), (1, p[1]), (0, q[0]), (1, q[1])):
            continue
        scores = [ratio(a, b) for a, b in crossings]
        if measure.spent:
            return True  # bounded time: the pairs by id stay
        if min(scores) < _RENAMED_ID:
            continue
        if ratio((0, p[0]), (1, p[1])) >= SIMILARITY or ratio((0, q[0]), (1, q[1])) >= SIMILARITY:
            continue  # what an id names is still much like what it named: an edit, not a swap
        if measure.spent:
            return True
        candidates.append((min(scores), p, q))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    taken: set[tuple[int, int]] = set()
    for _score, p, q in candidates:
        if p in taken or q in taken:
            continue
        taken.update((p, q))
        pairs.remove(p)
        pairs.remove(q)
        pairs.extend(((p[0], q[1]), (q[0], p[1])))
    if _ids_rotated(changed, went, may_move, taken, pairs, weigh, ratio, placeholder, lambda: measure.spent):
        return True
    if least == 2:
        return False
    return _ids_shifted(changed, went, may_move, pairs, (maps_old, maps_new), (free_old, free_new), weigh, across,
                        ratio, placeholder, lambda: measure.spent)


def _ids_shifted(
    changed: list[tuple[int, int]], went: dict[tuple[int, int], list[tuple[int, int]]],
    may_move: set[tuple[int, int]], pairs: list[tuple[int, int]], maps: tuple[list[int], list[int]],
    free: tuple[list[int], list[int]], weigh: "_Weighing", across: Callable[[tuple[int, int], tuple[int, int]], bool],
    ratio: Callable[[tuple[int, int], tuple[int, int]], float], placeholder: Callable[..., bool], spent: Callable[[], bool],
) -> bool:
    """The chains of :func:`_ids_swapped`: a stage added in the middle and the ids after it
    renumbered (`etap-2` now holds the new stage, `etap-3` what `etap-2` held... and `etap-8`, an id
    no stage had, what `etap-7` held), or a stage removed and the ids after it renumbered down
    (`etap-2` now holds what `etap-3` held... what `etap-7` held, an id gone, is under `etap-6`).

    A chain begins with a content nothing may have come in place of (the stage added takes its
    place), or with a stage whose id is gone; it ends at an id no stage had, or at a stage whose
    content went nowhere (the stage removed).  Read so on the terms of a round (see
    :func:`_ids_rotated`), with two contents carried at least: each content has one place it may
    have gone and each place one content that may have come; each crossing at least
    :data:`_RENAMED_ID` alike, its two stages each other's nearest by the margin; what each id of
    the chain names now less than :data:`SIMILARITY` like what it named; no placeholder in what
    moved.  (One content carried to an id no stage had is :func:`_ids_reused`'s.)  Bounded: past
    :data:`_REUSE_PAIRS` crossings from or to the stages without a partner, no chain is looked for.
    Updates ``pairs`` and the lists of ``free`` items; returns whether the budget ran out."""
    maps_old, maps_new = maps
    free_old, free_new = free
    held = set(pairs)
    rest = [p for p in changed if p in held]  # not in a swap or a round
    if not rest or len(maps_old) * (len(rest) + len(maps_new)) + len(rest) * len(maps_new) > _REUSE_PAIRS:
        return False
    place_of = {i: j for i, j in rest}  # a content (old index) -> the place its id names (new index)
    content_of = {j: i for i, j in rest}
    # Where each content may have gone (the cheap look of `across`): a content still like what its
    # id names there goes nowhere, but is counted where it may have come (no place of two contents).
    targets: dict[int, list[int]] = {}
    for p in rest:
        targets[p[0]] = [q[1] for q in went[p] if q in held] + [j for j in maps_new if across((0, p[0]), (1, j))]
    for i in maps_old:
        targets[i] = [p[1] for p in rest if across((0, i), (1, p[1]))] + [j for j in maps_new if across((0, i), (1, j))]
    comes: Counter[int] = Counter(j for found in targets.values() for j in found)
    step: dict[int, int] = {}
    for i, found in targets.items():
        if len(found) != 1 or comes[found[0]] != 1:
            continue
        j = found[0]
        if i in place_of and (i, place_of[i]) not in may_move or j in content_of and (content_of[j], j) not in may_move:
            continue  # a stage still like what its id names is in no chain
        if i not in place_of and j not in content_of:
            continue  # a stage without a partner on either side: a stage renamed, paired later by likeness
        step[i] = j
    for start in sorted(step):
        if start in place_of and comes[place_of[start]]:
            continue  # something may have come in its place: not where a chain begins
        chain, end = [start], None
        while True:
            i = content_of.get(step[chain[-1]])
            if i is None:
                break  # an id no stage had before
            if i in step and i not in chain:
                chain.append(i)
                continue
            if i in step or targets[i] or (i, place_of[i]) not in may_move:
                chain = []  # no clear end
            end = i
            break
        if len(chain) < 2:
            continue
        links = [(i, step[i]) for i in chain]
        if not all(weigh.nearest((0, i), (1, j)) and weigh.nearest((1, j), (0, i)) for i, j in links):
            continue
        if placeholder(*(x for i, j in links for x in ((0, i), (1, j)))):
            continue
        scores = [ratio((0, i), (1, j)) for i, j in links]
        if spent():
            return True
        if min(scores) < _RENAMED_ID:
            continue
        owned = [(i, place_of[i]) for i in (*chain, end) if i is not None and i in place_of]
        if any(ratio((0, i), (1, j)) >= SIMILARITY for i, j in owned):
            continue  # what an id names is still much like what it named: an edit, not a chain
        if spent():
            return True
        for p in owned:
            pairs.remove(p)
        pairs.extend(links)
        if start in place_of:
            free_new.append(place_of[start])  # what its id names now is a stage added
        else:
            free_old.remove(start)
        if links[-1][1] not in content_of:
            free_new.remove(links[-1][1])
        if end is not None:
            free_old.append(end)  # its content went nowhere: a stage removed
        free_old.sort()
        free_new.sort()
    return False


def _rewritten(moving: list[tuple[int, int]], weigh: "_Weighing") -> list[tuple[int, int]]:
    """The pairs by id of ``moving`` whose new content is less than :data:`SIMILARITY` like the
    old (see :class:`_Measure`), and those its budgets leave unmeasured."""
    measure = weigh.measure()
    kept: list[tuple[int, int]] = []
    for p in moving:
        score = measure((0, p[0]), (1, p[1]))
        if score is not None and score >= SIMILARITY:
            continue
        kept.append(p)
    return kept


def _ids_rotated(
    changed: list[tuple[int, int]], went: dict[tuple[int, int], list[tuple[int, int]]],
    may_move: set[tuple[int, int]], taken: set[tuple[int, int]], pairs: list[tuple[int, int]], weigh: "_Weighing",
    ratio: Callable[[tuple[int, int], tuple[int, int]], float], placeholder: Callable[..., bool], spent: Callable[[], bool],
) -> bool:
    """The rounds of :func:`_ids_swapped`: pairs by id (of ``changed``, not ``taken`` by a swap)
    whose contents went round three or more ids, each content to the one place ``went`` offers
    (no other content may have come there); only stages of ``may_move`` go round.  Updates
    ``pairs``; returns whether the budget ran out."""
    free = [p for p in changed if p not in taken]
    comes: Counter[tuple[int, int]] = Counter(q for p in free for q in went[p] if q not in taken)
    step: dict[tuple[int, int], tuple[int, int]] = {}
    for p in free:
        if p not in may_move:
            continue
        targets = [q for q in went[p] if q not in taken]
        if len(targets) == 1 and comes[targets[0]] == 1 and targets[0] in may_move:
            step[p] = targets[0]
    done: set[tuple[int, int]] = set()
    for start in free:
        if start in done or start not in step:
            continue
        ring = [start]
        while step.get(ring[-1]) is not None and step[ring[-1]] not in ring:
            ring.append(step[ring[-1]])
        done.update(ring)
        if len(ring) < 3 or step.get(ring[-1]) != start:
            continue  # no round (a chain, or two: a swap, weighed already)
        crossings = [((0, p[0]), (1, q[1])) for p, q in zip(ring, ring[1:] + ring[:1])]
        if not all(weigh.nearest(a, b) and weigh.nearest(b, a) for a, b in crossings):
            continue
        if placeholder(*(x for p in ring for x in ((0, p[0]), (1, p[1])))):
            continue
        scores = [ratio(a, b) for a, b in crossings]
        if spent():
            return True
        if min(scores) < _RENAMED_ID:
            continue
        if any(ratio((0, p[0]), (1, p[1])) >= SIMILARITY for p in ring):
            continue  # what an id names is still much like what it named: an edit, not a round
        if spent():
            return True
        for p in ring:
            pairs.remove(p)
        pairs.extend((p[0], q[1]) for p, q in zip(ring, ring[1:] + ring[:1]))
    return False


#: How alike (difflib ratio of their text) an item without an id that left one list must be to one
#: that appeared in a list of the same name elsewhere to be that item, moved and edited.
MOVED_ALIKE = 0.8
#: The lists whose items (without an id) pair by being :data:`MOVED_ALIKE` alike when moved elsewhere.
_MOVED_BY_LIKENESS = frozenset({"opportunities"})


def item_title(value: Any) -> str | None:
    """What names a list item without an id: its `name`, else its `action` (an opportunity's)."""
    if not isinstance(value, dict) or item_id(value) is not None:
        return None
    for key in ("name", "action"):
        text = value.get(key)
        if isinstance(text, str) and len(text.strip()) >= 3:
            return _text(text)
    return None


def pair_moved(gone: list[tuple[str, Any, Any]], came: list[tuple[str, Any, Any]]) -> list[tuple[int, int]]:
    """Pairs ``(index in gone, index in came)`` of list items without an id that left one list
    and appeared, edited, in a list of the same name elsewhere (an opportunity moved to another
    stage and given another owner).  Each entry is (the list's name, the list's place, the item).

    An item pairs with one of the same `name` or `action` first (in order); an opportunity then
    with the most alike while at least :data:`MOVED_ALIKE` alike (their text; ties: the earlier
    ones) and no word of its `action` replaced (see :func:`_retitled`).  A touchpoint is no more than its channel and a few words: one edited is another
    touchpoint, unless it only gained or lost words of its description, and is the one touchpoint
    that could have moved so (see :func:`_touchpoints_moved`).  Items of one list never pair here:
    the list's own pairing has had its say on them.
    """
    def idless(entry: tuple[str, Any, Any]) -> bool:
        return isinstance(entry[2], dict) and bool(entry[2]) and item_id(entry[2]) is None

    pairs: list[tuple[int, int]] = []
    used_gone: set[int] = set()
    used_came: set[int] = set()
    _plain_moved(gone, came, pairs, used_gone, used_came)

    def titled(entry: tuple[str, Any, Any]) -> tuple[str, str] | None:
        title = item_title(entry[2]) if idless(entry) else None
        return (entry[0], title) if title is not None else None

    _pair_equal(gone, came, titled, pairs, used_gone, used_came)
    rest_gone = [a for a, e in enumerate(gone) if a not in used_gone and idless(e) and e[0] in _MOVED_BY_LIKENESS]
    rest_came = [b for b, e in enumerate(came) if b not in used_came and idless(e) and e[0] in _MOVED_BY_LIKENESS]
    if rest_gone and rest_came and len(rest_gone) * len(rest_came) <= _MANY:
        matcher = _BudgetedMatcher(None, autojunk=False)
        candidates: list[tuple[float, int, int]] = []
        for b in rest_came:
            matcher.set_seq2(flatten(came[b][2]))
            for a in rest_gone:
                if gone[a][0] != came[b][0] or gone[a][1] == came[b][1]:
                    continue
                matcher.set_seq1(flatten(gone[a][2]))
                if matcher.real_quick_ratio() < MOVED_ALIKE or matcher.quick_ratio() < MOVED_ALIKE:
                    continue
                ratio = bounded_ratio(matcher)
                # Shaped alike (owner, due, status) but named otherwise: "SMS z terminem oględzin"
                # and "SMS z terminem wypłaty" are two opportunities, whatever else they share.
                if ratio >= MOVED_ALIKE and not _retitled(gone[a][2], came[b][2]):
                    candidates.append((ratio, a, b))
        candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
        for _ratio, a, b in candidates:
            if a in used_gone or b in used_came:
                continue
            pairs.append((a, b))
            used_gone.add(a)
            used_came.add(b)
    pairs.extend(_touchpoints_moved(gone, came, used_gone, used_came))
    return pairs


def _plain_moved(
    gone: list[tuple[str, Any, Any]], came: list[tuple[str, Any, Any]], pairs: list[tuple[int, int]],
    used_gone: set[int], used_came: set[int],
) -> None:
    """Pair plain values (a barrier, a pain point: text) equal on both sides, in order, that left one
    list for another elsewhere: the last barrier of a stage, its list removed with it, that joined
    another stage's barriers.  As for a value removed and added on its own, the lists' names may
    differ (a pain point that became a love point)."""
    _pair_equal(gone, came, lambda entry: equality_key(entry[2]) if _plain(entry[2]) else None,
                pairs, used_gone, used_came)


def _pair_equal(
    gone: list[tuple[str, Any, Any]], came: list[tuple[str, Any, Any]], key: Callable[[tuple[str, Any, Any]], Any],
    pairs: list[tuple[int, int]], used_gone: set[int], used_came: set[int],
) -> None:
    """Pair each entry of ``gone``, in order, with the first entry of ``came`` left that has the same
    ``key`` (None: the entry is not paired so) and lies in another list."""
    wanted: dict[Any, list[int]] = {}
    for b, entry in enumerate(came):
        k = key(entry)
        if k is not None:
            wanted.setdefault(k, []).append(b)
    if not wanted:
        return
    for a, entry in enumerate(gone):
        k = key(entry)
        bucket = wanted.get(k) if k is not None else None
        for b in bucket or ():
            if came[b][1] != entry[1]:
                bucket.remove(b)  # type: ignore[union-attr]
                pairs.append((a, b))
                used_gone.add(a)
                used_came.add(b)
                break


def _plain(value: Any) -> bool:
    """A value that is neither a mapping nor a list, distinctive enough to be known by itself."""
    return not isinstance(value, (dict, list)) and movable(value)


def _touchpoints_moved(
    gone: list[tuple[str, Any, Any]], came: list[tuple[str, Any, Any]], used_gone: set[int], used_came: set[int]
) -> list[tuple[int, int]]:
    """Touchpoints moved to another stage and edited, where that is the one reading: of the same
    channel, the description only given words or only rid of some (no word replaced: "Potwierdzenie
    zgłoszenia szkody" and "Potwierdzenie wypłaty szkody" are two touchpoints), at least
    :data:`MOVED_ALIKE` alike as an opportunity must be, and each the other's only such partner."""
    def free(entries: list[tuple[str, Any, Any]], used: set[int]) -> list[int]:
        return [k for k, e in enumerate(entries) if k not in used and e[0] == "touchpoints"
                and isinstance(e[2], dict) and e[2] and item_id(e[2]) is None]

    rest_gone, rest_came = free(gone, used_gone), free(came, used_came)
    if not rest_gone or not rest_came or len(rest_gone) * len(rest_came) > _MANY:
        return []
    found: list[tuple[int, int]] = []
    for b in rest_came:
        for a in rest_gone:
            if gone[a][1] != came[b][1] and _touchpoint_edited(gone[a][2], came[b][2]):
                found.append((a, b))
    partners_gone = Counter(a for a, _b in found)
    partners_came = Counter(b for _a, b in found)
    return [(a, b) for a, b in found if partners_gone[a] == 1 and partners_came[b] == 1]


def _touchpoint_edited(old: dict[Any, Any], new: dict[Any, Any]) -> bool:
    """Whether ``new`` is touchpoint ``old`` with words added to or taken out of its description."""
    if old.keys() != new.keys() or any(not same(old[k], new[k]) for k in old if k != "description"):
        return False
    if not isinstance(old.get("channel"), str) or not old["channel"].strip():
        return False
    before, after = old.get("description"), new.get("description")
    if not isinstance(before, str) or not isinstance(after, str) or same(before, after):
        return False
    if not _WORD.search(before.lower()) or not _WORD.search(after.lower()) or _word_replaced(before, after):
        return False
    return similarity(flatten(old), flatten(new)) >= MOVED_ALIKE


def _retitled(old: Any, new: Any) -> bool:
    """Whether ``new`` is not list item ``old`` by what names it: its `action` (or `name`) had a
    word replaced ("SMS z terminem oględzin" and "SMS z terminem wypłaty" are two opportunities), or
    only one of them has one.  Words only added or taken out keep the item."""
    before, after = item_title(old), item_title(new)
    if before is None or after is None:
        return (before is None) != (after is None)
    return _word_replaced(before, after)


#: How much matching :func:`_word_replaced` may do, in steps of difflib's longest-match search (as
#: :func:`budgeted_matcher` counts them).  Titles and touchpoint descriptions of a few hundred words
#: take less and get difflib's own answer; a pasted transcript of thousands would take a second or
#: more for each pair of items weighed, so past this a simpler reading answers (see
#: :func:`_words_only_added_or_removed`).
WORD_REPLACED_BUDGET = 200_000


def _word_replaced(before: str, after: str) -> bool:
    """Whether turning text ``before`` into ``after`` replaces a word (in any case), rather than only
    adding words or taking some out: whether difflib's word diff of the two has a replacement, found
    within :data:`WORD_REPLACED_BUDGET` (it stops at the first one)."""
    words_before, words_after = _WORD.findall(before.lower()), _WORD.findall(after.lower())
    matcher = budgeted_matcher(words_before, words_after, WORD_REPLACED_BUDGET)
    try:
        return _has_replacement(matcher)
    except OverBudget:
        return not _words_only_added_or_removed(words_before, words_after)


def _has_replacement(matcher: SequenceMatcher) -> bool:
    """Whether ``matcher``'s opcodes hold a ``replace``, found as difflib finds its matching blocks
    (the same searches in the same order) and stopping at the first: a stretch of both sides
    between two matched blocks in which no token matches."""
    stretches = [(0, len(matcher.a), 0, len(matcher.b))]
    while stretches:
        alo, ahi, blo, bhi = stretches.pop()
        i, j, size = matcher.find_longest_match(alo, ahi, blo, bhi)
        if not size:
            if alo < ahi and blo < bhi:
                return True
            continue
        if alo < i and blo < j:
            stretches.append((alo, i, blo, j))
        if i + size < ahi and j + size < bhi:
            stretches.append((i + size, ahi, j + size, bhi))
    return False


def _words_only_added_or_removed(before: list[str], after: list[str]) -> bool:
    """For texts too long to match within the budget: whether, past their common start and end, one
    side's words all stand in order in the other's (words only added, or only taken out).  Added in
    one place and taken out in another counts as replaced here, the reading that keeps two items
    apart."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end = 0
    while end < min(len(before), len(after)) - start and before[-1 - end] == after[-1 - end]:
        end += 1
    gone, came = before[start:len(before) - end], after[start:len(after) - end]
    shorter, longer = (gone, came) if len(gone) <= len(came) else (came, gone)
    rest = iter(longer)
    return all(word in rest for word in shorter)


class OverBudget(Exception):
    """A difflib matching would take more steps than it was given (see :func:`budgeted_matcher`)."""


class _BudgetedMatcher(SequenceMatcher):
    """A difflib matcher (no junk) that raises :class:`OverBudget` before a longest-match search
    would take more steps than :attr:`left`; its answers are difflib's own."""

    left = 0

    def find_longest_match(self, alo: int = 0, ahi: Any = None, blo: int = 0, bhi: Any = None) -> Any:
        ahi = len(self.a) if ahi is None else ahi
        bhi = len(self.b) if bhi is None else bhi
        # The search visits, for each token of a[alo:ahi], its places in b before bhi.
        places = self.b2j
        steps = ahi - alo
        for token in self.a[alo:ahi]:
            found = places.get(token)
            if found:
                steps += bisect_left(found, bhi)
        self.left -= steps
        if self.left < 0:
            raise OverBudget
        return super().find_longest_match(alo, ahi, blo, bhi)


def budgeted_matcher(a: list[str], b: list[str], budget: int) -> SequenceMatcher:
    """A difflib matcher of ``a`` and ``b`` (no junk) that raises :class:`OverBudget` before a
    longest-match search would take the steps left of ``budget``; its answers are difflib's own."""
    matcher = _BudgetedMatcher(None, a, b, autojunk=False)
    matcher.left = budget
    return matcher


#: How much matching one likeness of two texts may do (:func:`bounded_ratio`), in steps of
#: difflib's longest-match search.  Items and descriptions of a few hundred words (some 3,000
#: characters) take less and get difflib's own ratio of their characters; a pasted transcript of
#: thousands of words would take seconds to minutes for each pair weighed.
RATIO_BUDGET = 400_000


def bounded_ratio(matcher: SequenceMatcher) -> float:
    """difflib's ratio of the two texts ``matcher`` (a :class:`_BudgetedMatcher`) holds, if it takes
    no more than :data:`RATIO_BUDGET` steps; past that, the ratio of their words in order (within
    the same budget), and past that the share of words in their common start and end."""
    matcher.left = RATIO_BUDGET  # type: ignore[attr-defined]
    try:
        return matcher.ratio()
    except OverBudget:
        return _word_ratio(matcher.a, matcher.b)


def _word_ratio(a: str, b: str) -> float:
    """How alike two long texts are by their words in order (difflib's ratio of the word lists);
    past :data:`RATIO_BUDGET`, the words of their common start and end counted as matched (the
    least difflib would find), so two long texts only read as one when they mostly begin and end
    alike."""
    words_a, words_b = a.split(), b.split()
    total = len(words_a) + len(words_b)
    if not total:
        return 1.0 if a == b else 0.0
    try:
        return budgeted_matcher(words_a, words_b, RATIO_BUDGET).ratio()
    except OverBudget:
        pass
    shortest = min(len(words_a), len(words_b))
    start = 0
    while start < shortest and words_a[start] == words_b[start]:
        start += 1
    end = 0
    while end < shortest - start and words_a[-1 - end] == words_b[-1 - end]:
        end += 1
    return 2 * (start + end) / total


def holds_placeholder(value: Any) -> bool:
    """Whether a value holds a placeholder (TODO, "<name>"...) in any of its texts."""
    from ..lint.rules.hygiene import placeholder_at

    if isinstance(value, str):
        return placeholder_at(value) is not None
    if isinstance(value, dict):
        return any(holds_placeholder(v) for v in value.values())
    if isinstance(value, list):
        return any(holds_placeholder(v) for v in value)
    return False


def list_name(parts: tuple[Any, ...]) -> str:
    """The name of the list the item at ``parts`` is in (the last key before it): `opportunities`."""
    names = [p for p in parts[:-1] if isinstance(p, str)]
    return names[-1] if names else ""


def inner_items(parts: tuple[Part, ...], value: Any) -> list[tuple[tuple[Part, ...], Any]]:
    """The items of the lists of a list item with an id (a stage's opportunities and touchpoints),
    with their paths, for finding them moved into or out of that item when it is added or removed
    whole."""
    if not isinstance(value, dict) or item_id(value) is None:
        return []
    out: list[tuple[tuple[Part, ...], Any]] = []
    for key, items in value.items():
        if not isinstance(items, list) or not any(isinstance(v, dict) for v in items):
            continue
        for ref, item in zip(refs(items), items):
            if isinstance(item, dict):
                out.append((parts + (key, ref), item))
    return out


class Held(NamedTuple):
    """The list items one side holds, counted (see :func:`list_items`), for telling an item that
    moved from one of several copies."""

    #: How often each mapping in a list appears, by (list name, :func:`equality_key` of the mapping).
    items: Counter[tuple[str, Any]]
    #: How often each title (see :func:`item_title`) names an item of a list, by (list name, title).
    titles: Counter[tuple[str, str]]


def list_items(data: Any) -> Held:
    """How often each mapping in a list of ``data`` appears, and how often each `name` or `action`
    names one, by the list's name."""
    items: Counter[tuple[str, Any]] = Counter()
    titles: Counter[tuple[str, str]] = Counter()

    def walk(value: Any, name: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, str(k))
        elif isinstance(value, list):
            for v in value:
                if isinstance(v, dict):
                    items[(name, equality_key(v))] += 1
                    named = item_title(v)
                    if named is not None:
                        titles[(name, named)] += 1
                walk(v, name)

    walk(data, "")
    return Held(items, titles)


def one_of_copies(name: str, old: Any, new: Any, held: Held) -> bool:
    """Whether ``old``, an item of list ``name`` edited on its way to ``new``, is one of two or more
    copies its side holds (``held``, see :func:`list_items`): a template's item, or a recurring one
    (the same `action` in several stages, "Ankieta NPS po wizycie"), no item moved."""
    if same(old, new):
        return False
    named = item_title(old)
    return held.items[(name, equality_key(old))] > 1 or (named is not None and held.titles[(name, named)] > 1)


def is_template(*values: Any) -> bool:
    """Whether any of ``values`` holds a placeholder (TODO): a template's item, not one that moved."""
    return any(holds_placeholder(v) for v in values)


def movable(value: Any) -> bool:
    """Values distinctive enough that finding them elsewhere means they moved."""
    if isinstance(value, str):
        return len(value.strip()) >= 3
    if isinstance(value, (dict, list)):
        return bool(value)
    return False


def _trigrams(text: str) -> frozenset[str]:
    folded = " ".join(text.lower().split())
    if len(folded) < 3:
        return frozenset((folded,)) if folded else frozenset()
    return frozenset(folded[k:k + 3] for k in range(len(folded) - 2))


def _without_id(value: Any) -> Any:
    return {k: v for k, v in value.items() if k != "id"} if isinstance(value, dict) else value


def _written_key(value: Any) -> Any:
    """A plain value as written (`1.10` is not `1.1`); None for mappings and lists."""
    if isinstance(value, (dict, list)):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return ("str", str(value))  # the text it is there: `1.10` pairs with "1.10" too
    return equality_key(value)


def equality_key(value: Any) -> Any:
    """A hashable stand-in for a value, so equal values pair in order."""
    if isinstance(value, dict):
        return ("map", tuple(sorted((str(k), equality_key(v)) for k, v in value.items())))
    if isinstance(value, list):
        return ("seq", tuple(equality_key(v) for v in value))
    if isinstance(value, float) and math.isnan(value):
        return ("nan",)
    if isinstance(value, str):
        return ("str", _text(value))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return ("num", value)  # 1000 and 1e3 are one number (equal values hash alike), as in `same`
    return (_kind(value).__name__, value)


def moved_items(pairs: list[tuple[int, int]]) -> list[int] | None:
    """Old indices of the paired items that changed place; None when the order is kept.

    The items on the longest run that kept its relative order stayed; the
    others moved.
    """
    seq = [j for _i, j in sorted(pairs)]
    if all(a < b for a, b in zip(seq, seq[1:])):
        return None
    # Longest increasing subsequence, O(n log n), remembering where each came from.
    import bisect

    tails: list[int] = []
    tails_at: list[int] = []
    prev: list[int] = [-1] * len(seq)
    for k, value in enumerate(seq):
        pos = bisect.bisect_left(tails, value)
        if pos == len(tails):
            tails.append(value)
            tails_at.append(k)
        else:
            tails[pos] = value
            tails_at[pos] = k
        prev[k] = tails_at[pos - 1] if pos > 0 else -1
    keep: set[int] = set()
    k = tails_at[-1] if tails_at else -1
    while k != -1:
        keep.add(k)
        k = prev[k]
    ordered = sorted(pairs)
    return [ordered[k][0] for k in range(len(seq)) if k not in keep]
