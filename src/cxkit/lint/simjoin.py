"""Finding similar token sets (and strings) without comparing them one pair at a time in Python.

- :func:`jaccard_pairs` counts every pair's overlap in bulk: each token
  shared by several sets is one big integer with a byte per set, so adding
  up one set's tokens gives its overlap with all the others, in C.
- :func:`one_edit_matches` finds sets one token apart by hash arithmetic.
- :func:`similar_pairs` filters by prefixes for looser thresholds: order
  each set's tokens from rarest to most common; two sets whose Jaccard
  similarity reaches ``j`` must share a token among the first
  ``|x| - ceil(j * |x|) + 1`` of each, so only those prefixes are indexed
  and each candidate is verified exactly (:func:`dice_matches`).
- :class:`ClosestMatch` gives difflib's closest string for many words.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import accumulate, chain, combinations, compress, count, groupby, islice, repeat, tee
from operator import and_, eq, getitem, lshift, ne, or_, rshift, setitem, sub
from typing import AbstractSet, Callable, Collection, Hashable, Iterable, Iterator, Protocol, Sequence

TokenSet = AbstractSet[Hashable]


class PackedTexts(Sequence[str]):
    """Texts (without line breaks) held as one string and two arrays of offsets, not one object each.

    A workspace's normalised traits are held while the cross-file rules
    compare them: one string each cost about 60 bytes beside their text.
    Reading an item builds its string anew.

    Given a store (:meth:`from_groups`), the texts wait there instead, in
    chunks of one word count each: what stays in memory is a chunk number
    and two offsets per text, and a word count's texts are read back
    together (:meth:`at`).  A chunk the store does not take stays in memory.
    """

    __slots__ = ("_text", "_starts", "_ends", "_spaces", "_chunk", "_chunks")

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self._spaces: array[int] | None = None
        #: Stored texts: the chunk of each text (its offsets are then within the chunk), and the chunks.
        self._chunk: array[int] | None = None
        self._chunks: list[_Chunk] = []
        it = iter(texts)
        # A few at a time: never every text as its own object beside the packed string.
        self._pack(iter(lambda: list(islice(it, 256)), []))

    @classmethod
    def from_groups(cls, groups: Iterable[list[str]], store: TextStore | None = None) -> PackedTexts:
        """The texts of every group, one group after the other (a group: one document's texts).

        With a ``store``, they are written there by word count as they come (see the class)."""
        out = cls()
        if store is None:
            out._pack(groups)
        else:
            out._pack_stored(groups, store)
        return out

    def _pack(self, groups: Iterable[list[str]]) -> None:
        starts, ends = array("I"), array("I")
        parts: list[str] = []
        at = 0
        for group in groups:
            if not group:
                continue
            # Where each text starts, and where the next one would: offsets counted in C.
            marks = list(accumulate(map((1).__add__, map(len, group)), initial=at))
            starts.extend(marks[:-1])
            ends.extend(map((-1).__add__, marks[1:]))
            parts.append("\n".join(group))
            at = marks[-1]
        self._text = "\n".join(parts)
        self._starts, self._ends = starts, ends

    def _pack_stored(self, groups: Iterable[list[str]], store: TextStore) -> None:
        self._text = None
        starts, ends, chunk_of, spaces = array("I"), array("I"), array("I"), array("I")
        # Texts waiting for their chunk, by space count: their indexes, the texts, their length.
        waiting: dict[int, tuple[list[int], list[str], list[int]]] = {}
        chunks = self._chunks

        def write(key: int) -> None:
            indexes, texts, _size = waiting.pop(key)
            marks = list(accumulate(map((1).__add__, map(len, texts)), initial=0))
            number = repeat(len(chunks))
            # Each setitem returns None, so any() runs through them all, in C.
            any(map(setitem, repeat(starts), indexes, marks[:-1]))
            any(map(setitem, repeat(ends), indexes, map((-1).__add__, marks[1:])))
            any(map(setitem, repeat(chunk_of), indexes, number))
            chunks.append(_Chunk(store, "\n".join(texts), len(texts)))

        n = 0
        for group in groups:
            if not group:
                continue
            counts = list(map(str.count, group, repeat(" ")))
            spaces.extend(counts)
            starts.extend(repeat(0, len(group)))
            ends.extend(repeat(0, len(group)))
            chunk_of.extend(repeat(0, len(group)))
            for i, (text, key) in enumerate(zip(group, counts), n):
                held = waiting.get(key)
                if held is None:
                    waiting[key] = held = ([], [], [0])
                held[0].append(i)
                held[1].append(text)
                held[2][0] += len(text) + 1
                if held[2][0] >= _CHUNK:
                    write(key)
            n += len(group)
        for key in sorted(waiting):
            write(key)
        self._starts, self._ends, self._chunk = starts, ends, chunk_of
        self._spaces = array("H", spaces) if max(spaces, default=0) < 1 << 16 else spaces

    def pick(self, indexes: Sequence[int]) -> PackedTexts:
        """The texts at ``indexes``, in that order (sharing this one's string or chunks)."""
        out = PackedTexts()
        out._text = self._text
        out._starts = array("I", map(self._starts.__getitem__, indexes))
        out._ends = array("I", map(self._ends.__getitem__, indexes))
        if self._spaces is not None:
            out._spaces = array(self._spaces.typecode, map(self._spaces.__getitem__, indexes))
        if self._chunk is not None:
            out._chunk = array("I", map(self._chunk.__getitem__, indexes))
            out._chunks = self._chunks
        return out

    def spaces(self) -> array[int]:
        """How many spaces each text holds (a word count less one), counted once and kept."""
        if self._spaces is None:
            counts = list(self.count_in_each(" "))
            self._spaces = array("H" if max(counts, default=0) < 1 << 16 else "I", counts)
        return self._spaces

    def at(self, indexes: Sequence[int]) -> Iterator[str]:
        """The texts at ``indexes``, read in C (no Python call per text).

        Stored texts: the chunks holding a good share of them are read whole, once; the other
        texts one by one."""
        if self._chunk is None:
            return map(self._text.__getitem__, map(slice, map(self._starts.__getitem__, indexes), map(self._ends.__getitem__, indexes)))
        chunk_of, chunks = self._chunk, self._chunks
        wanted = Counter(map(chunk_of.__getitem__, indexes))
        read = {c: chunks[c].text() for c, k in wanted.items() if 4 * k >= chunks[c].count}
        starts, ends = self._starts, self._ends
        if len(read) == len(wanted):
            return map(getitem, map(read.__getitem__, map(chunk_of.__getitem__, indexes)),
                       map(slice, map(starts.__getitem__, indexes), map(ends.__getitem__, indexes)))

        def one(i: int) -> str:
            text = read.get(chunk_of[i])
            return text[starts[i]:ends[i]] if text is not None else self[i]

        return map(one, indexes)

    def count_in_each(self, sub: str) -> Iterator[int]:
        """``text.count(sub)`` of each text, counted in place (no text is copied out)."""
        if self._chunk is not None:
            return map(str.count, self, repeat(sub))
        return map(self._text.count, repeat(sub), self._starts, self._ends)

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return list(self.at(range(*i.indices(len(self._starts)))))
        if self._chunk is not None:
            return self._chunks[self._chunk[i]].slice(self._starts[i], self._ends[i])
        return self._text[self._starts[i]:self._ends[i]]

    def __iter__(self) -> Iterator[str]:
        if self._chunk is not None:
            # A block at a time: the chunks it reads are let go with it.
            size = len(self)
            return chain.from_iterable(map(self.at, map(range, range(0, size, _BLOCK), map(min, count(_BLOCK, _BLOCK), repeat(size)))))
        return map(self._text.__getitem__, map(slice, self._starts, self._ends))

    def __reversed__(self) -> Iterator[str]:
        return map(self.__getitem__, range(len(self) - 1, -1, -1))


#: About how many characters of one word count a chunk of :class:`PackedTexts` holds.
_CHUNK = 8192
#: How many texts a stored :class:`PackedTexts` reads at a time when read in order.
_BLOCK = 2048


class TextStore(Protocol):
    """Where :class:`PackedTexts` may keep its texts: a temporary file written at its end."""

    def put(self, data: bytes) -> int | None:
        """Write ``data``; where it starts, or None when it could not be written (it stays in memory)."""

    def get(self, start: int, size: int) -> bytes:
        """The ``size`` bytes written from ``start``."""


class _Chunk:
    """Texts of one word count, joined by line breaks: in a :class:`TextStore`, or held when it would not take them."""

    __slots__ = ("store", "start", "size", "ascii", "held", "count")

    def __init__(self, store: TextStore, text: str, count: int) -> None:
        data = text.encode("utf-8", "surrogatepass")
        self.count = count
        #: Offsets within the text are offsets within its bytes: a text is read alone, not its whole chunk.
        self.ascii = len(data) == len(text)
        self.store, self.size = store, len(data)
        start = store.put(data)
        self.start = -1 if start is None else start
        self.held: str | None = text if start is None else None

    def text(self) -> str:
        if self.held is not None:
            return self.held
        return self.store.get(self.start, self.size).decode("utf-8", "surrogatepass")

    def slice(self, start: int, end: int) -> str:
        if self.held is not None:
            return self.held[start:end]
        if self.ascii:
            return self.store.get(self.start + start, end - start).decode("ascii")
        return self.text()[start:end]


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


def token_ids(token_lists: Iterable[Iterable[Hashable]]) -> list[array[int]]:
    """Each collection of tokens as its distinct tokens, as ints: equal tokens, equal ints.

    Held instead of the tokens themselves, as arrays of machine words: four
    bytes a token, where a tuple held a pointer to an int object of its own.
    """
    ids: dict[Hashable, int] = {}
    fresh = count()
    return [array("I", frozenset(map(ids.setdefault, tokens, fresh))) for tokens in token_lists]


def token_rows(
    token_lists: Iterable[Iterable[Hashable]], store: TextStore | None = None, least: int = 0
) -> tuple[PackedRows, array[int]]:
    """:func:`token_ids` of the lists holding at least ``least`` distinct tokens, packed one after the
    other (:class:`PackedRows`, waiting in ``store`` when given), and the index of each such list.

    Nothing is held per list beyond a few bytes: the rows of a workspace's personas were the largest
    part of similar-personas' memory, one array object each (issue #7)."""
    ids: dict[Hashable, int] = {}
    fresh = count()
    rows = PackedRows(store)
    kept = array("I")
    for k, tokens in enumerate(token_lists):
        row = array("I", frozenset(map(ids.setdefault, tokens, fresh)))
        if len(row) >= least:
            rows.add(row)
            kept.append(k)
    rows.close()
    return rows, kept


def _store_block(block: array[int], store: TextStore | None, parts: list[tuple[int, int] | array[int]]) -> None:
    """A full block of numbers into the store, noted in ``parts`` as where it starts and how many bytes; a
    block the store does not take (or every block, without a store) stays in ``parts`` itself."""
    if store is not None:
        data = block.tobytes()
        start = store.put(data)
        if start is not None:
            parts.append((start, len(data)))
            return
    parts.append(block)


class PackedRows:
    """Rows of token numbers (four bytes each), one after the other: added, then read back in order.

    Given a store (the lint run's spill file), they wait there a block of whole rows at a time
    (:data:`_ROW_BLOCK` numbers or a little more), and only where each row ends stays in memory, four
    bytes a row.  :meth:`rows` reads a stretch of them back a block at a time; a block the store does
    not take (or every block, without a store) stays in memory.
    """

    __slots__ = ("store", "block", "ends", "buffer", "parts", "firsts")

    def __init__(self, store: TextStore | None = None, block: int = 0) -> None:
        self.store = store
        self.block = block or _ROW_BLOCK
        #: Where each row ends, in numbers from the first row's start.
        self.ends = array("I")
        self.buffer = array("I")
        #: Each block written: where it starts in the store and how many bytes, or the block itself.
        self.parts: list[tuple[int, int] | array[int]] = []
        #: The first row of each block, and of the one being added (the buffer).
        self.firsts = array("I", [0])

    def add(self, row: Sequence[int]) -> None:
        """One row (a block ends only where a row does)."""
        self.buffer.extend(row)
        self.ends.append((self.ends[-1] if self.ends else 0) + len(row))
        if len(self.buffer) >= self.block:
            self._flush()

    def close(self) -> None:
        """Every row is added."""
        if self.buffer:
            self._flush()

    def _flush(self) -> None:
        block, self.buffer = self.buffer, array("I")
        self.firsts.append(len(self.ends))
        _store_block(block, self.store, self.parts)

    def __len__(self) -> int:
        return len(self.ends)

    def sizes(self) -> array[int]:
        """How many numbers each row holds."""
        return array("I", map(sub, self.ends, chain((0,), self.ends)))

    def _block(self, b: int) -> array[int]:
        if b == len(self.parts):
            return self.buffer
        part = self.parts[b]
        if isinstance(part, array):
            return part
        block = array("I")
        block.frombytes(self.store.get(*part))  # type: ignore[union-attr]
        return block

    def blocks(self) -> Iterator[array[int]]:
        """Every row's numbers, a block at a time, in order."""
        return map(self._block, range(len(self.parts) + 1))

    def rows(self, lo: int = 0, hi: int | None = None) -> Iterator[array[int]]:
        """Rows ``lo`` to ``hi`` (not included), each as an array, read a block at a time."""
        ends, firsts = self.ends, self.firsts
        hi = len(ends) if hi is None else min(hi, len(ends))
        b = bisect_right(firsts, lo) - 1
        while lo < hi:
            stop = min(hi, firsts[b + 1] if b + 1 < len(firsts) else len(ends))
            first = firsts[b]
            base = ends[first - 1] if first else 0
            block = self._block(b)
            starts = ends[lo - 1:stop - 1] if lo else chain((0,), ends[:stop - 1])
            # Each row sliced out in C: no Python call a row.
            yield from map(block.__getitem__, map(slice, map(sub, starts, repeat(base)), map(sub, ends[lo:stop], repeat(base))))
            lo = stop
            b += 1


#: About how many token numbers a block of :class:`PackedRows` holds (four bytes each).
_ROW_BLOCK = 16384

#: Rows whose shared tokens are counted in one pass; bounds the memory of :func:`jaccard_pairs`.
_WINDOW = 256


def jaccard_pairs(rows: Sequence[Collection[int]] | PackedRows, jaccard: float) -> Iterator[tuple[int, int, float]]:
    """Every pair i < j of rows (distinct tokens) whose Jaccard similarity reaches ``jaccard``, with the score.

    For each j the pairs come in increasing i.  Every pair is counted, but
    in bulk: each token shared by several rows becomes one big integer with a
    byte per row, 1 where the row holds it, so adding up a row's tokens gives
    its overlap with every other row at once, in C.  Rows are taken in
    windows of :data:`_WINDOW` to bound those integers (see :func:`jaccard_windows`).
    """
    return chain.from_iterable(pairs for _hi, pairs in jaccard_windows(rows, jaccard))


def jaccard_windows(
    rows: Sequence[Collection[int]] | PackedRows, jaccard: float, store: TextStore | None = None
) -> Iterator[tuple[int, Iterator[tuple[int, int, float]]]]:
    """:func:`jaccard_pairs`' pairs a window of later rows at a time: ``(hi, pairs)``, windows in increasing
    order; once ``pairs`` is read through, every pair whose later row is below ``hi`` has come.

    :class:`PackedRows` are read back a window at a time and their shared tokens go to ``store`` (in
    blocks): besides the window's integers, a few bytes a row are held, not the rows."""
    if isinstance(rows, PackedRows):
        n = len(rows)
        counts: Counter[int] = Counter()
        for block in rows.blocks():
            counts.update(block)
        # A token of a single row never counts towards an overlap.
        shared = {tok for tok, times in counts.items() if times > 1}
        del counts
        sizes: Sequence[int] = rows.sizes()
        packed = PackedRows(store)
        widest = 0
        for row in rows.rows():
            kept = array("I", filter(shared.__contains__, row))
            packed.add(kept)
            widest = max(widest, len(kept))
        packed.close()
        del shared
        if widest > 255:  # an overlap would not fit its byte
            yield n, _popcount_pairs(list(packed.rows()), sizes, jaccard)
            return
        at: Callable[[int, int], Iterable[Collection[int]]] = packed.rows
    else:
        n = len(rows)
        sizes = [len(row) for row in rows]
        shared = {tok for tok, times in Counter(chain.from_iterable(rows)).items() if times > 1}
        srows = [_packed_row(filter(shared.__contains__, row)) for row in rows]
        del shared
        if max(map(len, srows), default=0) > 255:
            yield n, _popcount_pairs(srows, sizes, jaccard)
            return
        at = lambda lo, hi: islice(srows, lo, hi)  # noqa: E731
    for lo in range(1, n, _WINDOW):
        hi = min(n, lo + _WINDOW)
        yield hi, _window_pairs(at, lo, hi, sizes, jaccard)


def _window_pairs(
    at: Callable[[int, int], Iterable[Collection[int]]], lo: int, hi: int, sizes: Sequence[int], jaccard: float
) -> Iterator[tuple[int, int, float]]:
    """The pairs (i, j, score) of :func:`jaccard_pairs` with ``lo <= j < hi``; ``at(a, b)``: the rows a to b of shared tokens."""
    width = hi - lo
    # Each column's number is built as the rows come (one bit in a byte per row): never a bytearray
    # a token beside the numbers made of them.
    columns: dict[int, int] = {}
    get = columns.get
    for k, row in enumerate(at(lo, hi)):
        columns.update(zip(row, map(or_, map(get, row, repeat(0)), repeat(1 << (8 * k)))))
    smallest = min(sizes[lo:hi])
    for i, row in enumerate(at(0, hi - 1)):
        overlaps = sum(map(get, row, repeat(0))).to_bytes(width, "little")
        # Jaccard >= t needs overlap >= t * (|i| + |j|) / (1 + t); this bound (one lower, for
        # rounding) marks the few cells worth the exact test, in C.
        need = max(0, int(jaccard * (sizes[i] + smallest) / (1 + jaccard)) - 1)
        marks = overlaps.translate(_at_least(min(need, 256)))
        k = marks.find(1, max(0, i + 1 - lo))
        while k >= 0:
            j = lo + k
            inter = overlaps[k]
            score = inter / (sizes[i] + sizes[j] - inter)
            if score >= jaccard:
                yield i, j, score
            k = marks.find(1, k + 1)


def _packed_row(tokens: Iterable[int]) -> Collection[int]:
    """Token numbers as an array of machine words (four bytes each); a tuple for numbers that do not fit one."""
    row = tuple(tokens)
    try:
        return array("I", row)
    except (OverflowError, TypeError):
        return row


@lru_cache(maxsize=None)
def _at_least(floor: int) -> bytes:
    """A byte table mapping values from ``floor`` up to 1 and the rest to 0."""
    return bytes(1 if v >= floor else 0 for v in range(256))


def _popcount_pairs(srows: Sequence[Collection[int]], sizes: Sequence[int], jaccard: float) -> Iterator[tuple[int, int, float]]:
    """The same pairs as :func:`jaccard_pairs`, one AND and one popcount per pair, for rows too big for bytes."""
    bit = {tok: 1 << k for k, tok in enumerate(set(chain.from_iterable(srows)))}
    masks = [sum(map(bit.__getitem__, row)) for row in srows]
    for i in range(len(masks) - 1):
        overlaps = list(map(int.bit_count, map(masks[i].__and__, masks[i + 1:])))
        # A union is never smaller than either row, so this bounds every score of row i.
        if max(overlaps, default=0) / sizes[i] < jaccard:
            continue
        for k, inter in enumerate(overlaps, i + 1):
            score = inter / (sizes[i] + sizes[k] - inter)
            if score >= jaccard:
                yield i, k, score


def dice_matches(
    queries: Sequence[str], pool: Sequence[str], threshold: float, *, marked: AbstractSet[str] = frozenset()
) -> dict[int, tuple[int, float]]:
    """For each query, its pool item with the highest Dice score among the :func:`similar_pairs` candidates.

    Queries and pool items are normalised texts compared as token sets;
    the first candidate of equal best scores wins, and a pair that disagrees
    on holding a ``marked`` token is never a match.  Returns ``{query:
    (pool item, score)}`` for the queries whose best score reaches
    ``threshold`` (Dice ``d`` is Jaccard ``d / (2 - d)``, which the join needs).
    """
    vocab: set[str] = set()
    for text in chain(queries, pool):
        vocab.update(text.split())
    # Tokens numbered in sorted order, so that the join orders them exactly as it orders the strings.
    rank = {tok: k for k, tok in enumerate(sorted(vocab))}
    del vocab
    qrows = [tuple(frozenset(map(rank.__getitem__, text.split()))) for text in queries]
    prows = [tuple(frozenset(map(rank.__getitem__, text.split()))) for text in pool]
    marks = frozenset(rank[tok] for tok in marked if tok in rank)
    pmarked = [not marks.isdisjoint(row) for row in prows]
    found: dict[int, tuple[int, float]] = {}
    current = -1
    query: frozenset[int] = frozenset()
    qmarked = False
    for i, j in similar_pairs(qrows, prows, threshold / (2 - threshold)):
        if i != current:  # candidates come query by query
            current, query = i, frozenset(qrows[i])
            qmarked = not marks.isdisjoint(query)
        if pmarked[j] != qmarked:
            continue
        item = prows[j]
        score = 2 * len(query.intersection(item)) / (len(query) + len(item))
        if score > found.get(i, (-1, -1.0))[1]:
            found[i] = (j, score)
    return {i: best for i, best in found.items() if best[1] >= threshold}


#: How a token is hashed for the one-edit index; a module attribute so tests can force collisions.
_token_hash = hash
#: Added to the key of every set holding a marked token, so marked and unmarked sets never meet.
_MARKED = 0x9E3779B97F4A7C15
#: Keys are sums of token hashes taken modulo 2**64, so that they are held as machine words (an
#: array), not as int objects of about 40 bytes; keys that meet only by it are told apart as any
#: two different sets on one key are.
_MASK = (1 << 64) - 1
_EQUAL, _ADDED, _DROPPED, _CHANGED = range(4)


def one_edit_matches(
    queries: Sequence[str],
    pool: Sequence[str],
    threshold: float,
    *,
    marked: AbstractSet[str] = frozenset(),
    min_tokens: int = 1,
    store: TextStore | None = None,
) -> dict[int, tuple[int, float]]:
    """For each query, its best pool item within one token changed, added or dropped.

    Queries and pool items are normalised texts (tokens separated by spaces)
    compared as token sets, scored by Dice (2 x shared / tokens of both).  A
    pair that disagrees on holding a ``marked`` token (a negation) is never a
    match; queries with fewer than ``min_tokens`` distinct tokens are skipped.
    Returns ``{query: (pool item, score)}`` for the queries whose best score
    reaches ``threshold``; the best is the one :func:`near_duplicates` yields
    first among the highest scores.

    Deletion neighbourhoods keyed by arithmetic: a set's key is the sum of its
    tokens' hashes (modulo 2**64), and the key of the set without one token is
    that sum minus the token's hash, so no shorter set is ever built.  What a key
    finds is checked against the real sets.  Sets are taken by size, largest
    first, and only the keys of one size are held at a time, as a filter of
    a bit per slot (:func:`_KeyFilter`) rather than a dict of key objects.
    Given a ``store``, the pool sets' token hashes wait there and are read
    back a block at a time (:class:`_HashRows`).
    """
    def reaches(shared: int, size_a: int, size_b: int) -> bool:
        return 2 * shared / (size_a + size_b) >= threshold

    # Only sets this large get shorter keys: the queries those serve (one token shorter, or as
    # long with one changed) score at most 2(m-1)/(2m-1), so smaller ones cannot reach the threshold.
    min_shorter = next((m for m in range(2, 1 << 16) if reaches(m - 1, m - 1, m)), 1 << 16)
    # A query of n tokens meets only pool sets of n - 1, n and n + 1 tokens, so a size's keys
    # go once its queries are asked.  Sizes come from word counts; texts that repeat a word
    # wait for the size they really have.
    pool_by_words = by_word_count(pool, range(len(pool) - 1, -1, -1))
    # Each text is asked once, at its first place; its copies take the same answer at the end.
    # Equal texts have as many words: each word count's texts are told apart on their own, so
    # that only one count's texts are ever held at once.
    query_by_words = by_word_count(queries, range(len(queries)))
    copies: list[tuple[int, int]] = []
    for words, group in query_by_words.items():
        texts = list(_texts_at(queries, group))
        # Backwards, so that each text keeps its first place.
        first = dict(zip(reversed(texts), reversed(group)))
        if len(first) < len(group):
            copies.extend(compress(zip(group, map(first.__getitem__, texts)), map(ne, map(first.__getitem__, texts), group)))
            query_by_words[words] = array("I", sorted(first.values()))
        del texts, first
    # Texts that repeat a word, waiting for the size they really have (their indexes: they are
    # read and hashed again then, rather than held).
    late_pool: dict[int, array[int]] = {}
    late_queries: dict[int, array[int]] = {}
    found: dict[int, tuple[int, float]] = {}
    # The queries of the size above that found nothing at their own size, waiting for this one
    # (one token dropped or changed): index, key, and hashes (as machine words; given a ``store``,
    # waiting there, as the pool sets' do: they grew with the number of queries and were held
    # beside the key filter, at the search's peak).
    waiting_at = array("I")
    waiting_keys = array("Q")
    waiting_hashes = _HashRows(None)
    # The pool sets one token longer than the size at hand (those with shorter keys): key, index
    # and hashes.  Their keys less one token are this size's "one added" and "one changed" keys.
    longer_keys = array("Q")
    longer_at = array("I")
    longer_hashes = _HashRows(None)

    def ask(i: int, toks: frozenset[str], best: tuple[int, int, str | None] | None) -> None:
        if best is None:
            return
        n = len(toks)
        kind, j, gone = best
        item = frozenset(pool[j].split())
        if _is_kind(kind, toks, item, gone) and marked.isdisjoint(toks) == marked.isdisjoint(item):
            score = 2 * len(toks & item) / (n + len(item))
        else:  # two different sets met on one hash key: ask the slow, literal way
            answer = _one_edit_reference(toks, pool, marked)
            if answer is None:
                return
            j, score = answer
        if score >= threshold:
            found[i] = (j, score)

    top = max(max(pool_by_words, default=0), max(query_by_words, default=0))
    for words in range(top + 1, -1, -1):
        deletions = words >= min_shorter
        # The key, pool index and (for sets with shorter keys) token hashes of each pool set of
        # this size; the hashes as machine words, not objects.
        added_keys = array("Q")
        added_at = array("I")
        added_hashes = _HashRows(store if deletions else None)
        # Largest index first, so that the earliest comes last and wins its key; texts with a
        # repeated word join the size they really have, in their place.
        late = late_pool.pop(words, None)
        order = array("I", sorted(chain(pool_by_words.get(words, ()), late), reverse=True)) if late else pool_by_words.get(words, ())
        for j, text in zip(order, _texts_at(pool, order)):
            toks = frozenset(text.split())
            hashes = list(map(_token_hash, toks))
            key = (sum(hashes) if marked.isdisjoint(toks) else sum(hashes) + _MARKED) & _MASK
            if len(hashes) != words:  # never so for a late one: it is read at its size
                if hashes:
                    late_pool.setdefault(len(hashes), array("I")).append(j)
                continue
            added_keys.append(key)
            added_at.append(j)
            if deletions:
                added_hashes.add(hashes)
        added_hashes.close()
        # The keys a query may find at this size: the whole pool sets of this size, and the sets
        # a token longer less one token (the "keys" below; a whole set wins its key).  They are
        # held as a filter; what passes it is settled exactly from the sets themselves.
        n = words + 1
        table = _KeyFilter(len(added_keys) + len(longer_hashes))
        table.add(added_keys)
        table.add(_less_one(longer_keys, n, chain.from_iterable(longer_hashes.blocks())))
        # This size's queries, and those of more words whose repeats made them this size.
        asking = array("I", chain(query_by_words.get(words, ()), late_queries.pop(words, ()))) if words >= min_tokens else ()
        may_drop = words >= 2 and reaches(words - 1, words, words - 1)
        # Those whose key passes the filter (index, key, hashes); the others find nothing at this
        # size, and so wait for the next one at once: no query's hashes are held twice.
        asked_at = array("I")
        asked_keys = array("Q")
        asked_hashes = array("q")
        next_at = array("I")
        next_keys = array("Q")
        # Larger blocks than the pool sets': one write for many queries, read back only twice.
        next_hashes = _HashRows(store, _WAITING_BLOCK)
        bits, mask = table.bits, table.mask
        # Read a block at a time: the size's texts are not all held beside the filter.
        texts = chain.from_iterable(map(_texts_at, repeat(queries), map(asking.__getitem__, map(
            slice, range(0, len(asking), _QUERY_BLOCK), range(_QUERY_BLOCK, len(asking) + _QUERY_BLOCK, _QUERY_BLOCK)))))
        for i, text in zip(asking, texts):
            toks = frozenset(text.split())
            if len(toks) != words:
                late_queries.setdefault(len(toks), array("I")).append(i)
                continue
            hashes = list(map(_token_hash, toks))
            key = (sum(hashes) if marked.isdisjoint(toks) else sum(hashes) + _MARKED) & _MASK
            slot = key & mask
            if bits[slot >> 3] >> (slot & 7) & 1:  # table.has(key), without a call
                asked_at.append(i)
                asked_keys.append(key)
                if may_drop:
                    asked_hashes.extend(hashes)
            elif may_drop:
                next_at.append(i)
                next_keys.append(key)
                next_hashes.add(hashes)
        del asking, texts
        waiting_marks = table.marks(_less_one(waiting_keys, n, chain.from_iterable(waiting_hashes.blocks())))
        del table, bits
        # The hashes whose probes passed, in order (the r-th 1 of the marks is the r-th of them):
        # all that is read of the waiting queries' hashes from here on.
        probed = array("q", compress(chain.from_iterable(waiting_hashes.blocks()), waiting_marks))
        del waiting_hashes
        # The probes that passed: the queries' own keys, and their keys less one token.
        passed = set(asked_keys)
        at = waiting_marks.find(1)
        r = 0
        while at >= 0:
            passed.add((waiting_keys[at // n] - probed[r]) & _MASK)
            r += 1
            at = waiting_marks.find(1, at + 1)
        # Exactly, for what passed: whole[key] and keys[key] = the earliest pool set under it.
        whole = dict(compress(zip(added_keys, added_at), map(passed.__contains__, added_keys)))
        keys: dict[int, int] = {}
        row = 0  # the first set of the block at hand
        for block in longer_hashes.blocks():
            rows = len(block) // n
            block_keys = longer_keys[row:row + rows]
            hits = bytes(map(passed.__contains__, map(and_, _less_one(block_keys, n, block), repeat(_MASK))))
            at = hits.find(1)
            while at >= 0:
                keys[(block_keys[at // n] - block[at]) & _MASK] = longer_at[row + at // n]
                at = hits.find(1, at + 1)
            row += rows
        del passed
        keys.update(whole)
        # This size's queries: the same set or one token added; those that find neither wait for
        # the next size, where a set one token shorter is.
        for t, (i, key) in enumerate(zip(asked_at, asked_keys)):
            if key in keys:
                j = whole.get(key)
                ask(i, frozenset(queries[i].split()), (_EQUAL, j, None) if j is not None else (_ADDED, keys[key], None))
            elif may_drop:
                next_at.append(i)
                next_keys.append(key)
                next_hashes.add(asked_hashes[t * words:(t + 1) * words])
        del asked_at, asked_keys, asked_hashes
        # The queries one token longer, for a set with one token fewer (dropped) or one changed:
        # a query with a key less one token that is a key here asks.
        at = waiting_marks.find(1)
        r = counted = 0  # the marks before ``at``, counted up to ``counted``
        while at >= 0:
            k = at // n
            r += waiting_marks.count(1, counted, at)
            counted = at
            if (waiting_keys[k] - probed[r]) & _MASK in keys:
                i = waiting_at[k]
                toks = frozenset(queries[i].split())
                ask(i, toks, _dropped_or_changed(toks, waiting_keys[k], whole, keys))
                at = waiting_marks.find(1, (k + 1) * n)
            else:
                at = waiting_marks.find(1, at + 1)
        del waiting_marks, probed, whole, keys
        next_hashes.close()
        waiting_at, waiting_keys, waiting_hashes = next_at, next_keys, next_hashes
        # Only the sets with shorter keys are needed by the next size.
        if deletions:
            longer_keys, longer_at, longer_hashes = added_keys, added_at, added_hashes
        else:
            longer_keys, longer_at, longer_hashes = array("Q"), array("I"), _HashRows(None)
        del added_keys, added_at, added_hashes
    for i, at in sorted(copies):
        if at in found:
            found[i] = found[at]
    return found


#: How many queries :func:`one_edit_matches` reads at a time.
_QUERY_BLOCK = 512


class _HashRows:
    """The token hashes of a size's pool sets, one set's after the other, added and read back in order.

    Given a store, they wait there a block of whole rows at a time (at most one
    block is held while they are added), and :meth:`blocks` reads them back a block
    at a time: they are read twice per size, and were the largest part of the
    search's memory beside the key filter.  A block the store does not take (or
    every block, without a store) stays in memory.
    """

    __slots__ = ("store", "size", "buffer", "parts", "block")

    def __init__(self, store: TextStore | None, block: int = 0) -> None:
        self.store = store
        #: How many hashes a block holds (default :data:`_HASH_BLOCK`).
        self.block = block or _HASH_BLOCK
        self.size = 0
        self.buffer = array("q")
        #: Each block in order: where it starts in the store and how many bytes, or the block itself.
        self.parts: list[tuple[int, int] | array[int]] = []

    def add(self, hashes: Sequence[int]) -> None:
        """One set's hashes (a block ends only where a set does)."""
        self.buffer.extend(hashes)
        self.size += len(hashes)
        if len(self.buffer) >= self.block:
            self._flush()

    def __len__(self) -> int:
        return self.size

    def close(self) -> None:
        """Every set is added."""
        if self.buffer:
            self._flush()

    def _flush(self) -> None:
        block, self.buffer = self.buffer, array("q")
        _store_block(block, self.store, self.parts)

    def blocks(self) -> Iterator[array[int]]:
        """The hashes, a block of whole rows at a time, in the order they were added."""
        for part in self.parts:
            if isinstance(part, array):
                yield part
            else:
                block = array("q")
                block.frombytes(self.store.get(*part))
                yield block
        if self.buffer:
            yield self.buffer


#: How many token hashes of pool sets :class:`_HashRows` holds in a block (eight bytes each).
_HASH_BLOCK = 1024
#: And of the queries waiting for the next size in :func:`one_edit_matches`.
_WAITING_BLOCK = 8192


def _less_one(keys: Sequence[int], size: int, hashes: Sequence[int]) -> Iterator[int]:
    """Each key less each of its set's ``size`` token hashes, in order, computed in C."""
    return map(sub, chain.from_iterable(map(repeat, keys, repeat(size))), hashes)


class _KeyFilter:
    """Which keys may be among those added: a bit per slot, set where an added key falls.

    Holds about a byte per key, where a dict held about 70 (a slot, and the key as an object) and
    a byte per slot held eight: the filter of the largest sizes was the largest thing the search
    held, at a lint run's peak (issue #7).  A key not added may pass (about one in ten); the caller
    settles what passes exactly.  Bits are set and read in C, a key at a time: its byte is read,
    its bit or-ed in and the byte written back before the next key's is read.
    """

    __slots__ = ("bits", "mask")

    def __init__(self, size: int) -> None:
        # At least eight slots per key: a key not added passes one time in eight or fewer.
        self.mask = (1 << max(6, (8 * size).bit_length())) - 1
        self.bits = bytearray((self.mask + 1) >> 3)

    def add(self, keys: Iterable[int]) -> None:
        bits = self.bits
        slots, low = tee(map(and_, keys, repeat(self.mask)))
        at, again = tee(map(rshift, slots, repeat(3)))
        # Each setitem returns None, so any() runs through them all; a key's byte is read (getitem)
        # only when its turn comes, after the keys before it were written.
        any(map(setitem, repeat(bits), at, map(or_, map(getitem, repeat(bits), again),
                                                    map(lshift, repeat(1), map(and_, low, repeat(7))))))

    def has(self, key: int) -> int:
        """1 where ``key`` may have been added, 0 where it was not."""
        slot = key & self.mask
        return self.bits[slot >> 3] >> (slot & 7) & 1

    def marks(self, keys: Iterable[int]) -> bytes:
        """A byte for each key: 1 where it may have been added, 0 where it was not."""
        slots, low = tee(map(and_, keys, repeat(self.mask)))
        return bytes(map(and_, map(rshift, map(getitem, repeat(self.bits), map(rshift, slots, repeat(3))),
                                   map(and_, low, repeat(7))), repeat(1)))


def _texts_at(texts: Sequence[str], indexes: Sequence[int]) -> Iterator[str]:
    """``texts[i]`` for each of ``indexes``, without a Python call each where ``texts`` can (:class:`PackedTexts`)."""
    at = getattr(texts, "at", None)
    return at(indexes) if at is not None else map(texts.__getitem__, indexes)


def by_word_count(texts: Sequence[str], indexes: Iterable[int]) -> dict[int, array[int]]:
    """The given indexes of texts by how many words the text holds (repeats counted), in their given order.

    As arrays of machine words: every pool and query index is held until its size is asked.  A pass
    over the indexes for each word count picks its group, in C: sorting them by word count made an
    int object of each index (and a list of them), the peak of trait-overlap on a large workspace
    (issue #7).  Past :data:`_WORD_COUNT_PASSES` word counts they are sorted, as before.
    """
    spaces = texts.spaces() if isinstance(texts, PackedTexts) else array("I", map(str.count, texts, repeat(" ")))
    if not isinstance(indexes, (range, array)):
        indexes = array("I", indexes)
    # Each index's space count, in the order given.
    keys = spaces if indexes == range(len(spaces)) else array(spaces.typecode, map(spaces.__getitem__, indexes))
    counts = sorted(set(keys))
    if len(counts) > _WORD_COUNT_PASSES:
        return {n + 1: array("I", group) for n, group in groupby(sorted(indexes, key=spaces.__getitem__), key=spaces.__getitem__)}
    return {n + 1: array("I", compress(indexes, map(eq, keys, repeat(n)))) for n in counts}


#: Word counts up to which :func:`by_word_count` picks each one's group in a pass of its own.
_WORD_COUNT_PASSES = 64


def _dropped_or_changed(
    toks: frozenset[str], key: int, whole_shorter: dict[int, int], shorter: dict[int, int]
) -> tuple[int, int, str | None] | None:
    """The kind, pool index and dropped query token of the candidate one token shorter, or as long
    with one token changed, that near_duplicates ranks first, for a query that has no set as large
    or one larger.

    Kinds score in a fixed order (the same set > one token added > one
    dropped > one changed), so the first kind found wins; within a kind the
    query token dropped is the last in sorted order, then the pool item is
    the earliest, which is the order near_duplicates yields them in.
    ``whole_shorter`` holds the keys of sets one token smaller than the
    query, ``shorter`` those and the keys of sets as large as the query less
    one token; a key is asked of ``shorter`` only once ``whole_shorter`` has
    no set under it, so what it finds there is a set as large, less one.
    """
    if len(toks) < 2:
        return None
    order = sorted(toks, reverse=True)
    for table, kind in ((whole_shorter, _DROPPED), (shorter, _CHANGED)):
        for w in order:
            j = table.get((key - _token_hash(w)) & _MASK)
            if j is not None:
                return kind, j, w
    return None


def _is_kind(kind: int, query: frozenset[str], item: frozenset[str], gone: str | None) -> bool:
    """Whether ``item`` really is a candidate of that kind for ``query``."""
    n = len(query)
    if kind == _EQUAL:
        return item == query
    if kind == _ADDED:
        return len(item) == n + 1 and query < item
    if kind == _DROPPED:
        return len(item) == n - 1 and gone in query and item == query - {gone}
    return len(item) == n and gone in query and gone not in item and len(query & item) == n - 1


def _one_edit_reference(query: frozenset[str], pool: Sequence[str], marked: AbstractSet[str]) -> tuple[int, float] | None:
    """One query the slow, literal way: the first best near_duplicates candidate (the fast path's specification)."""
    flag = not marked.isdisjoint(query)
    best: tuple[int, float] | None = None
    pool_sets = [frozenset(t.split()) for t in pool]
    for _i, j in near_duplicates([query], pool_sets):
        if (not marked.isdisjoint(pool_sets[j])) != flag:
            continue
        score = 2 * len(query & pool_sets[j]) / (len(query) + len(pool_sets[j]))
        if best is None or score > best[1]:
            best = (j, score)
    return best


class ClosestMatch:
    """``difflib.get_close_matches(word, possibilities, n=1, cutoff=cutoff)`` for many words, fast.

    The same answer, found without scoring every possibility: difflib's
    cheap upper bound (shared characters, counted with repeats) is counted
    for all of them at once, in C, the same way :func:`jaccard_pairs` counts
    overlaps, and the exact score is computed from the highest bound down
    only while a bound can still beat the best found.  Answers are
    remembered per word.
    """

    def __init__(self, possibilities: Iterable[str], cutoff: float = 0.6) -> None:
        self.cutoff = cutoff
        # Duplicates and order cannot change the best (score, string) pair.
        self.names = sorted(set(possibilities))
        self.lengths = [len(name) for name in self.names]
        # A count past 255 would not fit its byte: such lists are scored by difflib itself.
        self.plain = any(length > 255 for length in self.lengths)
        self.columns: dict[tuple[str, int], int] = {}
        self.answers: dict[str, str | None] = {}
        if self.plain:
            return
        width = len(self.names)
        cells: dict[tuple[str, int], bytearray] = {}
        for j, name in enumerate(self.names):
            for char, times in Counter(name).items():
                for k in range(1, times + 1):  # column (c, k): the names holding c at least k times
                    column = cells.get((char, k))
                    if column is None:
                        cells[(char, k)] = column = bytearray(width)
                    column[j] = 1
        self.columns = {key: int.from_bytes(column, "little") for key, column in cells.items()}

    def __call__(self, word: str) -> str | None:
        if word not in self.answers:
            self.answers[word] = self._best(word)
        return self.answers[word]

    def _best(self, word: str) -> str | None:
        import difflib

        if self.plain or not self.names:
            found = difflib.get_close_matches(word, self.names, n=1, cutoff=self.cutoff)
            return found[0] if found else None
        get = self.columns.get
        total = sum(get((char, k), 0) for char, times in Counter(word).items() for k in range(1, times + 1))
        shared = total.to_bytes(len(self.names), "little")
        size = len(word)
        cutoff = self.cutoff
        bounds = [_ratio(common, size + length) for common, length in zip(shared, self.lengths)]
        order = sorted((j for j, bound in enumerate(bounds) if bound >= cutoff), key=bounds.__getitem__, reverse=True)
        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(word)
        best: tuple[float, str] | None = None
        for j in order:
            if best is not None and bounds[j] < best[0]:
                break  # no score can pass its bound
            name = self.names[j]
            matcher.set_seq1(name)
            if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff:
                score = matcher.ratio()
                if score >= cutoff and (best is None or (score, name) > best):
                    best = (score, name)
        return None if best is None else best[1]


def _ratio(matches: int, length: int) -> float:
    # difflib's own formula, so that bounds and scores compare exactly.
    return 2.0 * matches / length if length else 1.0
