"""A comment at the end of a line inside a flow list written over several lines (tester14 F3).

ruamel's writer keeps such a comment but puts it on a line of its own, so fmt refuses the layout
(CX009).  The refusal came from the place check, with the generic "please report it" hint, where a
comment the writer drops gets the documented flow-collection hint.  It now says why and what to
write instead.  A file fmt would leave as it is passes `fmt --check`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxkit.fmt import FormatError, format_text

_FLOW_EOL = (
    "kind: persona\nid: ola\nname: Ola Nowak\ngoals: [\n"
    "  {text: Dojechać do pracy w 20 minut, sources: [wywiady]},  # pierwszy\n"
    "  {text: Kupić rower do 3000 zł, sources: [wywiady]}\n]\n"
)


@pytest.mark.parametrize("text, where", [
    (_FLOW_EOL, (5, 62)),
    # the same with keys fmt moves
    (_FLOW_EOL.replace("kind: persona\nid: ola\nname: Ola Nowak\n", "name: Ola Nowak\nkind: persona\nid: ola\n"), (5, 62)),
    # an English journey's stage touchpoints
    ("kind: journey\nid: commute\nname: Commute\npersona: ola\nstages:\n  - id: plan\n    name: Plan\n"
     "    touchpoints: [\n      {channel: app, description: Route planner},  # most used\n"
     "      {channel: web, description: Timetable}\n    ]\n", (9, 52)),
])
def test_a_comment_ending_a_line_in_a_flow_list_gets_the_flow_hint(text: str, where: tuple[int, int]) -> None:
    with pytest.raises(FormatError) as refused:
        format_text(text)
    exc = refused.value
    assert (exc.line, exc.column) == where
    assert exc.rule == "fmt-layout"
    assert "inside a flow list or mapping" in exc.message
    assert "write the list one `- item` a line" in exc.message
    assert "please report it" not in exc.message


def test_the_cli_says_why_and_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('paths = ["."]\n', encoding="utf-8")
    (tmp_path / "ola.yaml").write_text(_FLOW_EOL, encoding="utf-8")
    result = cli("fmt", "--check", "--no-cache", "ola.yaml")
    assert result.exit_code == 1
    out = result.stdout + result.stderr
    assert "ola.yaml:5:62: error CX009" in out
    assert "inside a flow list or mapping" in out and "please report it" not in out
    assert (tmp_path / "ola.yaml").read_text(encoding="utf-8") == _FLOW_EOL


@pytest.mark.parametrize("text", [
    # one line, the comment after the list
    "kind: persona\nid: ola\nname: Ola\ngoals: [{text: Rower, sources: [wywiady]}, Hulajnoga]  # z wywiadów\n",
    # the comment on a line of its own above the list's key
    "kind: persona\nid: ola\nname: Ola\n# z wywiadów\ngoals: [{text: Rower, sources: [wywiady]}, Hulajnoga]\n",
    # the layout fmt's writer gives a comment inside a flow list: already fmt's own
    "kind: persona\nid: ola\nname: Ola\ngoals: [{text: Rower, sources: [wywiady]},\n"
    "                                            # z wywiadów\n   {text: Hulajnoga, sources: [wywiady]}]\n",
])
def test_check_passes_a_file_fmt_would_not_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli,
                                                 text: str) -> None:
    assert format_text(text) == text
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cxkit.toml").write_text('paths = ["."]\n', encoding="utf-8")
    (tmp_path / "ola.yaml").write_text(text, encoding="utf-8")
    result = cli("fmt", "--check", "--no-cache", "ola.yaml")
    assert result.exit_code == 0, result.stdout + result.stderr
