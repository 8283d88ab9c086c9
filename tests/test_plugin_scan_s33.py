"""The look for rule plugins costs what the metadata folders on sys.path cost, not every file there.

A sys.path folder holding 100,000 modules (a vendored tree, a flat PYTHONPATH) made every run, warm
ones too, sort all 100,000 names to find a handful of `*.dist-info`/`*.egg-info`; only those are sorted now.
"""

from __future__ import annotations

import builtins

from cxkit.lint import plugins
from plugin_helpers import dist_info, plugin_workspace


def test_only_the_metadata_folders_names_are_sorted(tmp_path, monkeypatch):
    """Fails before: every name in the folder went through sorted()."""
    site = plugin_workspace(tmp_path, monkeypatch, "acme_cx_rules")
    for i in range(300):
        (site / f"modul_{i:03d}.py").write_text("", encoding="utf-8")
    dist_info(site, "acme-cx-rules", "1.2.0", "owner-required = acme_cx_rules:OwnerRequired")
    dist_info(site, "zwykla-paczka", "0.3", "inna = zwykla:Inna").joinpath("entry_points.txt").write_text(
        "[console_scripts]\nzwykla = zwykla:main\n", encoding="utf-8")
    sizes: list[int] = []

    def counting_sorted(items, *args, **kwargs):
        items = list(items)
        sizes.append(len(items))
        return builtins.sorted(items, *args, **kwargs)

    monkeypatch.setattr(plugins, "sorted", counting_sorted, raising=False)
    found = plugins.installed()
    assert [(p.dist, p.version) for p in found] == [("acme-cx-rules", "1.2.0")]
    assert sizes and max(sizes) < 50, sizes


def test_the_first_of_two_versions_in_one_folder_still_wins(tmp_path, monkeypatch):
    """Guard: within one folder the names are taken in sorted order, as before."""
    site = plugin_workspace(tmp_path, monkeypatch, "acme_cx_rules")
    dist_info(site, "acme-cx-rules", "1.2.0", "owner-required = acme_cx_rules:OwnerRequired")
    dist_info(site, "acme-cx-rules", "1.10.0", "owner-required = acme_cx_rules:OwnerRequired")
    assert [(p.dist, p.version) for p in plugins.installed()] == [("acme-cx-rules", "1.10.0")]
