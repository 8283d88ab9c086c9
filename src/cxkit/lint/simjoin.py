"""Finding similar pairs of token sets without comparing every pair.

Prefix filtering: order each set's tokens from rarest to most common; two
sets whose Jaccard similarity reaches ``j`` must share a token among the
first ``|x| - ceil(j * |x|) + 1`` of each.  Only those prefixes are indexed,
so rare tokens do the pairing and the candidates are few; each candidate is
then verified exactly.  This keeps workspace rules fast on thousands of
personas, where an all-pairs loop would take minutes.
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import chain, combinations, count, repeat
from typing import AbstractSet, Callable, Collection, Hashable, Iterable, Iterator, Sequence

TokenSet = AbstractSet[Hashable]


def _prefix_len(size: int, jaccard: float) -> int:
    return max(1, size - math.ceil(jaccard * size) + 1)


def similar_pairs(
    left: Sequence[TokenSet],
    right: Sequence[TokenSet],
    jaccard: float,
    *,
    same: bool = False,
) -> Iterator[tuple[int, int]]:
    """Index pairs (i, j) whose sets may reach ``jaccard``; verify them with the exact measure.

    With ``same=True`` ``left`` and ``right`` are one collection and each pair
    is yielded once with i < j.
    """
    if jaccard <= 0:
        for i in range(len(left)):
            for j in range(len(right)):
                if not same or i < j:
                    yield i, j
        return
    freq: Counter[str] = Counter()
    for s in left:
        freq.update(s)
    if not same:
        for s in right:
            freq.update(s)

    def ordered(s: TokenSet) -> list[str]:
        return sorted(s, key=lambda t: (freq[t], t))

    index: dict[str, list[int]] = {}
    for j, s in enumerate(right):
        if not s:
            continue
        toks = ordered(s)
        for tok in toks[: _prefix_len(len(toks), jaccard)]:
            index.setdefault(tok, []).append(j)
    for i, s in enumerate(left):
        if not s:
            continue
        toks = ordered(s)
        seen: set[int] = set()
        for tok in toks[: _prefix_len(len(toks), jaccard)]:
            for j in index.get(tok, ()):
                if j in seen or (same and j <= i):
                    continue
                seen.add(j)
                yield i, j


def best_matches(
    queries: Sequence[TokenSet],
    pool: Sequence[TokenSet],
    jaccard: float,
    score: Callable[[TokenSet, TokenSet], float],
    accept: Callable[[int, int], bool] = lambda i, j: True,
) -> dict[int, tuple[int, float]]:
    """For each query, the pool item with the highest ``score`` among the candidates."""
    best: dict[int, tuple[int, float]] = {}
    for i, j in similar_pairs(queries, pool, jaccard):
        if not accept(i, j):
            continue
        value = score(queries[i], pool[j])
        if value > best.get(i, (-1, -1.0))[1]:
            best[i] = (j, value)
    return best


def _signatures(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    # The set itself and every set one token shorter (combinations() does the slicing in C).
    return [tokens, *combinations(tokens, len(tokens) - 1)] if len(tokens) > 1 else [tokens]


def near_duplicates(queries: Sequence[TokenSet], pool: Sequence[TokenSet]) -> Iterator[tuple[int, int]]:
    """Pairs (i, j) whose sets may differ by at most one token changed, added or dropped.

    Deletion neighbourhoods: each set is keyed by itself and by every set one
    token shorter; two sets within one edit share a key.  Keys are stored as
    hashes (a collision only adds a candidate, which the caller verifies), so
    the index stays small; the cost grows with the number of tokens, not pairs.
    """
    keyed: dict[int, int | list[int]] = {}
    for j, s in enumerate(pool):
        if not s:
            continue
        for sig in _signatures(tuple(sorted(s))):
            h = hash(sig)
            held = keyed.get(h)
            if held is None:
                keyed[h] = j
            elif isinstance(held, list):
                if held[-1] != j:
                    held.append(j)
            elif held != j:
                keyed[h] = [held, j]
    for i, s in enumerate(queries):
        if not s:
            continue
        seen: set[int] = set()
        for sig in _signatures(tuple(sorted(s))):
            held = keyed.get(hash(sig))
            if held is None:
                continue
            for j in held if isinstance(held, list) else (held,):
                if j not in seen:
                    seen.add(j)
                    yield i, j


def token_ids(token_lists: Iterable[Iterable[Hashable]]) -> list[tuple[int, ...]]:
    """Each collection of tokens as a tuple of its distinct tokens, as ints: equal tokens, equal ints.

    Held instead of the tokens themselves: a tuple of ints costs a fraction
    of a set of freshly split strings.
    """
    ids: dict[Hashable, int] = {}
    fresh = count()
    return [tuple(frozenset(map(ids.setdefault, tokens, fresh))) for tokens in token_lists]


#: Rows whose shared tokens are counted in one pass; bounds the memory of :func:`jaccard_pairs`.
_WINDOW = 256


def jaccard_pairs(rows: Sequence[Collection[int]], jaccard: float) -> Iterator[tuple[int, int, float]]:
    """Every pair i < j of rows (distinct tokens) whose Jaccard similarity reaches ``jaccard``, with the score.

    For each j the pairs come in increasing i.  Every pair is counted, but
    in bulk: each token shared by several rows becomes one big integer with a
    byte per row, 1 where the row holds it, so adding up a row's tokens gives
    its overlap with every other row at once, in C.  Rows are taken in
    windows of :data:`_WINDOW` to bound those integers.
    """
    sizes = [len(row) for row in rows]
    # A token of a single row never counts towards an overlap.
    shared = {tok for tok, n in Counter(chain.from_iterable(rows)).items() if n > 1}
    for lo in range(1, len(rows), _WINDOW):
        hi = min(len(rows), lo + _WINDOW)
        width = hi - lo
        holders: dict[int, list[int]] = {}
        for j in range(lo, hi):
            for tok in shared.intersection(rows[j]):
                held = holders.get(tok)
                if held is None:
                    holders[tok] = [j - lo]
                else:
                    held.append(j - lo)
        columns: dict[int, int] = {}
        for tok, held in holders.items():
            column = bytearray(width)
            for k in held:
                column[k] = 1
            columns[tok] = int.from_bytes(column, "little")
        del holders
        get = columns.get
        for i in range(hi - 1):
            overlaps = sum(map(get, rows[i], repeat(0))).to_bytes(width, "little")
            first = max(0, i + 1 - lo)
            size = sizes[i]
            # A union is never smaller than either row, so this bounds every score of row i.
            if max(overlaps[first:] or b"\0") / size < jaccard:
                continue
            for k in range(first, width):
                inter = overlaps[k]
                if inter / size >= jaccard:
                    j = lo + k
                    score = inter / (size + sizes[j] - inter)
                    if score >= jaccard:
                        yield i, j, score
