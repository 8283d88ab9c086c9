"""`--jobs` is capped, and its default follows the control group's CPU quota (tester16 F6).

`-j 1000` on 2 CPUs forked some 800 workers and ran 3 times slower than `-j 2`; on a CI runner limited to
2 CPUs of a 64-core node the default was 64 processes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint import engine


def _cgroup(tmp_path: Path, membership: str, files: dict[str, str]) -> tuple[str, str]:
    root = tmp_path / "cgroup"
    root.mkdir(parents=True)
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="ascii")
    member = tmp_path / "self-cgroup"
    member.write_text(membership, encoding="ascii")
    return str(root), str(member)


def test_cgroup_v2_cpu_max_in_a_container(tmp_path: Path):
    root, member = _cgroup(tmp_path, "0::/\n", {"cpu.max": "150000 100000\n"})
    assert engine.cpu_quota(root, member) == 1.5


def test_cgroup_v2_the_tightest_group_above_holds(tmp_path: Path):
    root, member = _cgroup(tmp_path, "0::/ci/job-17\n", {
        "ci/cpu.max": "200000 100000\n", "ci/job-17/cpu.max": "max 100000\n"})
    assert engine.cpu_quota(root, member) == 2.0


def test_cgroup_v1_cfs_quota(tmp_path: Path):
    root, member = _cgroup(tmp_path, "4:memory:/x\n3:cpu,cpuacct:/docker/abc\n0::/\n", {
        "cpu,cpuacct/docker/abc/cpu.cfs_quota_us": "50000\n", "cpu,cpuacct/docker/abc/cpu.cfs_period_us": "100000\n"})
    assert engine.cpu_quota(root, member) == 0.5


def test_no_quota_is_none(tmp_path: Path):
    # Guards: no limit written, garbage, or no control groups at all.
    root, member = _cgroup(tmp_path, "1:cpu:/\n0::/\n", {
        "cpu.max": "max 100000\n", "cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"})
    assert engine.cpu_quota(root, member) is None
    root2, member2 = _cgroup(tmp_path / "b", "0::/\n", {"cpu.max": "lots 0\n"})
    assert engine.cpu_quota(root2, member2) is None
    assert engine.cpu_quota(str(tmp_path / "none"), str(tmp_path / "none/cgroup")) is None


@pytest.fixture
def two_cpu_quota_on_64_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(64)), raising=False)
    monkeypatch.setattr(engine, "cpu_quota", lambda *a, **k: 2.0, raising=False)


def test_the_default_follows_the_quota(two_cpu_quota_on_64_cores: None):
    assert engine.default_jobs() == 2


def test_a_fractional_quota_is_rounded_up(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    monkeypatch.setattr(engine, "cpu_quota", lambda *a, **k: 0.5, raising=False)
    assert engine.default_jobs() == 1
    monkeypatch.setattr(engine, "cpu_quota", lambda *a, **k: 2.5, raising=False)
    assert engine.default_jobs() == 3


def _written(tmp_path: Path, count: int) -> list[str]:
    for n in range(count):
        (tmp_path / f"p{n:03}.yaml").write_text(
            f"kind: persona\nid: p{n:03}\nname: Ola {n}\nlang: pl\ngoals:\n  - Kupuje kawę raz w miesiącu\n",
            encoding="utf-8")
    return [str(tmp_path)]


def test_lint_starts_no_more_processes_than_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     two_cpu_quota_on_64_cores: None):
    seen: list[int] = []
    original = engine._check_all

    def spy(todo, config, selection, ruleset, jobs, *rest):
        seen.append(jobs)
        return original(todo, config, selection, ruleset, 1, *rest)  # checked here: the count is what is asked

    monkeypatch.setattr(engine, "_check_all", spy)
    paths = _written(tmp_path, 60)
    config = Config(root=tmp_path)
    engine.lint(paths, config, jobs=1000)
    engine.lint(paths, config, jobs=3)
    engine.lint(paths, config)
    assert seen == [engine.JOBS_PER_CPU * 2, 3, 2]
