"""LookalikeMemo keeps its answers up to a limit of its own, not the whole-run entries' (readthrough23 RT23-13)."""

from __future__ import annotations


def test_the_lookalike_memo_has_its_own_limit(tmp_path, monkeypatch):
    from cxkit.lint import cache

    monkeypatch.setattr(cache, "_MAX_RUNS", 2)  # the whole-run entries' limit no longer caps the memo
    monkeypatch.setattr(cache, "_MAX_LOOKALIKE_ANSWERS", 3)
    memo = cache.LookalikeMemo(tmp_path)
    for n in range(5):
        memo.put(f"k{n}", {"found": [], "seen": [], "stopped": False})
    assert list(memo._entries) == ["k2", "k3", "k4"]
