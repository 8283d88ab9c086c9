"""`cxkit fmt` and YAML anchors: a shared block stays above the keys that alias it, as written.

YAML writes an anchor (`&app`) before its aliases (`*app`).  fmt's canonical order moves a
team's own keys (`x-…`) to the end of a mapping; a shared block there would have to be
written at its first alias instead (in flow style, `[&app {channel: app, …}]`), its comments
dropped or refused, and the shared section would become an alias itself.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.fmt import FormatError, format_text
from cxkit.yamlio import load_text


def data_of(text: str):
    loaded = load_text(text)
    assert not loaded.problems, loaded.problems
    return loaded.data


def top_keys(text: str) -> list[str]:
    return re.findall(r"^([A-Za-z_][\w-]*):", text, flags=re.MULTILINE)


def laid_out(text: str) -> str:
    """fmt's layout of ``text``, checked to hold the same data and to be fmt's own layout."""
    out = format_text(text)
    assert data_of(out) == data_of(text)
    assert format_text(out) == out  # `fmt --check` passes on what fmt wrote
    return out


def fmt(*args: str):
    return CliRunner().invoke(app, ["fmt", "--no-cache", "-j", "1", *args])


# --- tester3 F4: shared touchpoints under an `x-` key at the top ------------------------------

SHARED_APP = """\
kind: journey
id: al-j
name: Anchors
persona: p
x-common:
  app: &app
    channel: app{comment}
    description: Aplikacja Zdrowik 📱
stages:
  - id: s1
    name: Krok 1
    touchpoints: [*app]
    emotion: 0
"""


@pytest.mark.parametrize("comment", ["", "   # aplikacja mobilna"])
def test_a_shared_block_in_an_x_key_stays_a_block_above_the_stage_that_aliases_it(tmp_path: Path, comment: str,
                                                                                  monkeypatch) -> None:
    # Before: the stage read `touchpoints: [&app {channel: app, description: …}]` and the end of
    # the file `x-common:\n  app: *app`; with a comment in the block, CX009 "please report it",
    # so the pre-commit hook and `fmt --check` in CI failed on a valid file for good.
    text = SHARED_APP.format(comment=comment)
    target = tmp_path / "al.yaml"
    target.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = fmt("al.yaml")
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == text  # already laid out: the block is where it must be
    checked = fmt("--check", "al.yaml")
    assert checked.exit_code == 0, checked.output
    assert "CX009" not in result.output + checked.output


PHARMACY_PL = """\
# Ścieżka: Halina zamawia leki na receptę
# właściciel: zespół apteki online

x-wspolne:
  # Wspólne punkty styku — zdefiniowane raz
  app: &app
    channel: app  # aplikacja mobilna Zdrowik
    description: Aplikacja Zdrowik 📱
  infolinia: &tel
    channel: phone
    description: Infolinia apteki (8–20)

  sms: &sms
    channel: sms
    description: SMS z kodem e-recepty
kind: journey
id: halina-zamawia
name: Halina zamawia leki na receptę
persona: halina-w
stages:
  - name: Odbiór e-recepty
    id: e-recepta
    touchpoints: [*sms, *app]
    emotion: 1
  - name: Zamówienie
    id: zamowienie
    touchpoints:
      - *app
      - *tel
    emotion: -1
    pain_points:
      - Nie wie, czy zamiennik jest refundowany
"""

PHARMACY_PL_LAID_OUT = """\
# Ścieżka: Halina zamawia leki na receptę
# właściciel: zespół apteki online

kind: journey
id: halina-zamawia
name: Halina zamawia leki na receptę
persona: halina-w
x-wspolne:
  # Wspólne punkty styku — zdefiniowane raz
  app: &app
    channel: app  # aplikacja mobilna Zdrowik
    description: Aplikacja Zdrowik 📱
  infolinia: &tel
    channel: phone
    description: Infolinia apteki (8–20)

  sms: &sms
    channel: sms
    description: SMS z kodem e-recepty
stages:
  - id: e-recepta
    name: Odbiór e-recepty
    touchpoints: [*sms, *app]
    emotion: 1
  - id: zamowienie
    name: Zamówienie
    touchpoints:
      - *app
      - *tel
    emotion: -1
    pain_points:
      - Nie wie, czy zamiennik jest refundowany
"""


def test_shared_touchpoints_keep_their_block_comments_and_blank_line_when_the_stages_are_reordered() -> None:
    # Before: CX009 "please report it" (the comment in `app`); without that comment the shared
    # blocks moved into the stages, and the blank line above `sms:` went below `- *tel`.
    out = laid_out(PHARMACY_PL)
    assert out == PHARMACY_PL_LAID_OUT
    assert top_keys(out) == ["kind", "id", "name", "persona", "x-wspolne", "stages"]


def test_a_stage_reorder_takes_no_comment_from_a_shared_block_it_aliases() -> None:
    # The stage's keys move (`name` below `id`); its last value is the alias `- *tel`.  Before, the
    # blank line that ends `infolinia` in the shared block (where `*tel` is defined) was taken for
    # the stage's own and moved below `- *tel`.
    text = PHARMACY_PL_LAID_OUT.replace("  - id: zamowienie\n    name: Zamówienie\n",
                                        "  - name: Zamówienie\n    id: zamowienie\n")
    text = text.replace("    emotion: -1\n    pain_points:\n      - Nie wie, czy zamiennik jest refundowany\n", "")
    text = text.replace("      - *tel\n", "      - *tel\n    emotion: -1\n")
    out = laid_out(text)
    assert "Infolinia apteki (8–20)\n\n  sms: &sms\n" in out
    assert "      - *tel\n    emotion: -1\n" in out


# --- anchors on scalars and lists, in keys fmt orders ----------------------------------------

PERSONA_SOURCE_ID = """\
kind: persona
id: halina-p
name: Halina Wróblewska
lang: pl
x-zrodla:
  wywiad: &w wywiady-2026-10  # 12 rozmów
goals:
  - sources: [*w]
    text: Zamawia co 28 dni metforminę 1000 mg w aplikacji Zdrowik
needs:
  - text: Chce wiedzieć przed 15:00, czy lek jest w aptece na Długiej
    sources: [*w]
sources:
  - id: *w
    type: interview
    date: 2026-10-14
"""


def test_a_shared_source_id_stays_in_its_block_and_its_comment_stays_out_of_a_flow_list() -> None:
    # Before: the anchor moved to the first trait, its comment inside the flow list
    # (`sources: [&w wywiady-2026-10 # 12 rozmów` / `]`), and `x-zrodla` became `wywiad: *w`.
    out = laid_out(PERSONA_SOURCE_ID)
    assert "x-zrodla:\n  wywiad: &w wywiady-2026-10  # 12 rozmów\ngoals:\n" in out
    assert "  - text: Zamawia co 28 dni metforminę 1000 mg w aplikacji Zdrowik\n    sources: [*w]\n" in out
    assert "  - id: *w\n" in out


def test_a_known_key_that_holds_an_anchor_is_not_moved_below_a_key_that_aliases_it() -> None:
    # Canonical order puts `goals` before `sources`, and `goal` before `summary`: the key with the
    # anchor comes up to just above its first alias, and everything else is in canonical order.
    persona = """\
kind: persona
id: halina
name: Halina
sources:
  - id: &wyw wywiady-2026-10
    type: interview
goals:
  - text: Zamawia co 28 dni metforminę 1000 mg w aplikacji Zdrowik
    sources: [*wyw]
"""
    out = laid_out(persona)
    assert out == persona  # before: `sources: [&wyw wywiady-2026-10]` in the goal, `- id: *wyw` below
    journey = """\
kind: journey
id: dan-orders
name: Dan orders a boiler part
persona: dan
summary: &goal Order the right part from the van in under 10 minutes
goal: *goal
stages:
  - id: find
    name: Find the part
    emotion: -1
"""
    out = laid_out(journey)
    assert out == journey  # before: `goal: &goal Order …` / `summary: *goal`


def test_within_a_stage_the_anchored_list_stays_above_its_alias_with_its_comments() -> None:
    # `barriers` comes before `pain_points` in canonical order, but aliases it.  Before: CX009
    # "please report it".
    text = """\
kind: journey
id: blik
name: Płatność BLIK
persona: p
stages:
  - id: s1
    name: Płatność BLIK
    # z wywiadów
    pain_points: &blik
      - Kod BLIK wygasa, zanim przyjdzie SMS  # 3 z 8 osób
    emotion: -2
    # to samo co wyżej
    barriers: *blik
    touchpoints: [web]
"""
    out = laid_out(text)
    assert out.endswith("""\
    touchpoints: [web]
    emotion: -2
    # z wywiadów
    pain_points: &blik
      - Kod BLIK wygasa, zanim przyjdzie SMS  # 3 z 8 osób
    # to samo co wyżej
    barriers: *blik
""")


def test_shared_opportunities_in_an_x_key_stay_a_block_with_their_comment() -> None:
    text = """\
kind: journey
id: refundacja
name: Refundacja
persona: p
x-wspolne: &ops
  - owner: Zespół aplikacji
    # najważniejsze
    action: Pokazać refundację przy zamienniku
    due: 2027-03-31
stages:
  - id: s1
    name: Wybór
    opportunities: *ops
  - id: s2
    name: Płatność
    opportunities: *ops
"""
    assert laid_out(text) == text  # before: CX009 "please report it"


def test_an_anchor_in_one_stage_aliased_in_the_next_is_laid_out_where_it_is_defined() -> None:
    # Guard (passed before too): the anchored list is ordered by the first stage's shape, the
    # alias in the second stage is left as `*opps`; both stages' keys are in canonical order.
    text = """\
kind: journey
id: dan-heating
name: Dan orders a boiler part
persona: dan
stages:
  - name: Find the part
    id: find
    emotion: -1
    opportunities: &opps
      - owner: Web team  # Ola's squad
        action: Show the part number on the boiler photo
        status: idea
    touchpoints:
      - description: Parts catalogue
        channel: web
  - name: Pay
    id: pay
    opportunities: *opps
    touchpoints: [{description: Checkout, channel: web}]
"""
    assert laid_out(text) == """\
kind: journey
id: dan-heating
name: Dan orders a boiler part
persona: dan
stages:
  - id: find
    name: Find the part
    touchpoints:
      - channel: web
        description: Parts catalogue
    emotion: -1
    opportunities: &opps
      - action: Show the part number on the boiler photo
        owner: Web team  # Ola's squad
        status: idea
  - id: pay
    name: Pay
    touchpoints: [{channel: web, description: Checkout}]
    opportunities: *opps
"""


# --- merge keys --------------------------------------------------------------------------------

def test_a_merged_base_stays_a_block_above_the_stages_that_merge_it() -> None:
    # Before: the base went into the first stage (`- <<: &base` / `emotion: 0` …) and the
    # `x-base` key at the end became `x-base: *base`.  A mapping whose `<<:` comes first has its
    # own keys in canonical order below it; one with the `<<:` below a key keeps its order.
    text = """\
kind: journey
id: wizyta
name: Wizyta w aptece
persona: p
x-base: &base
  emotion: 0
  touchpoints: [app]
stages:
  - <<: *base
    name: Krok 1
    id: s1
  - id: s2
    <<: *base
    name: Krok 2  # po odbiorze
"""
    canonical = text.replace("    name: Krok 1\n    id: s1\n", "    id: s1\n    name: Krok 1\n")
    assert laid_out(text) == canonical
    moved = text.replace("x-base: &base\n  emotion: 0\n  touchpoints: [app]\n", "")
    moved = moved.replace("kind: journey\n", "x-base: &base\n  emotion: 0\n  touchpoints: [app]\nkind: journey\n")
    assert laid_out(moved) == canonical


# --- dates with anchors ------------------------------------------------------------------------

@pytest.mark.parametrize("written", ['"2026-10-01"', "2026-10-01"])
def test_a_date_with_an_anchor_keeps_it_and_its_alias(written: str) -> None:
    # Before: a quoted one was written as two dates, anchor and alias gone; an unquoted one moved
    # to the source, under a made-up name (`date: &id001 2026-10-01` / `reviewed: *id001`).
    text = f"""\
kind: persona
id: halina-d
name: Halina
reviewed: &badanie {written}
sources:
  - id: wywiady-2026-10
    type: interview
    date: *badanie
"""
    out = laid_out(text)
    assert f"reviewed: &badanie {written}\n" in out
    assert "    date: *badanie\n" in out


def test_a_date_with_an_anchor_no_alias_uses_yet_keeps_it() -> None:
    # Before: `reviewed: 2026-10-01`, the anchor dropped.
    text = "kind: persona\nid: halina\nname: Halina\nreviewed: &przeglad 2026-10-01\n"
    assert laid_out(text) == text


# --- the fmt cache ------------------------------------------------------------------------------

def test_the_fmt_cache_trusts_no_result_of_another_cxkit_build(tmp_path: Path, monkeypatch) -> None:
    # Guard: a layout change must lay files out again.  The cache key is salted with cxkit's
    # version and the size and time of its source files (code_fingerprint): a file remembered as
    # laid out by one build is not taken as laid out by another.
    from cxkit.lint import cache

    (tmp_path / "personas").mkdir()
    target = tmp_path / "personas" / "halina.yaml"
    target.write_text("kind: persona\nid: halina\nname: Halina Wróblewska\nreviewed: 2026-10-01\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CXKIT_CACHE_DIR", raising=False)
    run = lambda: CliRunner().invoke(app, ["fmt", "--check", "-j", "1"])  # noqa: E731
    assert run().exit_code == 0
    old = cache.FmtCache(tmp_path / ".cxkit_cache", None, None).key(target.read_bytes())
    monkeypatch.setattr(cache, "_CODE_FINGERPRINT", "another-build")
    assert cache.FmtCache(tmp_path / ".cxkit_cache", None, None).key(target.read_bytes()) != old
    calls: list[str] = []
    from cxkit import fmt as fmt_module

    real = fmt_module.format_text
    monkeypatch.setattr(fmt_module, "format_text", lambda text: calls.append(text) or real(text))
    assert run().exit_code == 0
    assert calls, "a file remembered under another cxkit build was not laid out again"


# --- comments next to anchors and aliases --------------------------------------------------------

SHARED_LISTS_PL = """\
kind: journey
id: halina-refundacja
name: Halina sprawdza refundację
persona: halina-w
x-kanaly: &kanaly  # wspólne kanały
  - channel: app
    description: Aplikacja Zdrowik
x-pomysly: &pomysly  # wspólne pomysły z warsztatu
  - action: Pokazać refundację przy zamienniku
    owner: Zespół aplikacji
stages:
  - id: wybor
    name: Wybór zamiennika
    touchpoints: *kanaly
    # te same pomysły co przy płatności
    opportunities: *pomysly
  - id: platnosc
    name: Płatność
    touchpoints: *kanaly
    opportunities: *pomysly
"""


def test_a_comment_at_the_end_of_an_anchored_list_s_line_stays_there() -> None:
    # Before: CX009 "please report it" at 5:20 (ruamel writes the comment after `&kanaly` on a
    # line of its own, and an alias's place, with a comment above it, took the anchor's away).
    assert laid_out(SHARED_LISTS_PL) == SHARED_LISTS_PL


def test_a_comment_at_the_end_of_an_anchored_list_in_a_stage_stays_there() -> None:
    text = """\
kind: journey
id: dan-heating
name: Dan orders a boiler part
persona: dan
stages:
  - id: find
    touchpoints: &channels  # the same in every stage
      - channel: web
        description: Parts catalogue
    name: Find the part
  - id: pay
    name: Pay
    touchpoints: *channels
"""
    out = laid_out(text)  # before: CX009 "please report it" at 7:29
    assert "    name: Find the part\n    touchpoints: &channels  # the same in every stage\n      - channel: web\n" in out


def test_a_comment_below_an_anchored_value_is_written_once() -> None:
    # ruamel gives the comment below `summary: &goal …` to every alias of the value too; before,
    # fmt refused the file (CX009 "please report it") as it would have written the comment twice.
    text = """\
kind: journey
id: dan-orders
name: Dan orders a boiler part
persona: dan
summary: &goal Order the right part from the van in under 10 minutes
# checked with Dan in October
reviewed: 2026-10-01
goal: *goal
stages:
  - id: find
    name: Find the part
    emotion: -1
"""
    out = laid_out(text)
    assert out.count("# checked with Dan in October") == 1
    assert out.startswith("""\
kind: journey
id: dan-orders
name: Dan orders a boiler part
persona: dan
summary: &goal Order the right part from the van in under 10 minutes
goal: *goal
# checked with Dan in October
reviewed: 2026-10-01
""")


def test_a_comment_above_a_key_below_an_alias_stays_above_that_key() -> None:
    # The alias `- *dostawa` in `needs` was placed where its anchor is, so the comment above
    # `needs` was taken for another key's; before: CX009 "please report it" at 6:1.
    text = """\
kind: persona
id: ewa
name: Ewa Kowalczyk
x-najczestsze: &dostawa Odbiera paczkę w automacie przy Długiej
x-ankieta: *dostawa
# z wywiadów w październiku
needs:
  - *dostawa
  - Sprawdza refundację w aplikacji Zdrowik
"""
    assert laid_out(text) == """\
kind: persona
id: ewa
name: Ewa Kowalczyk
x-najczestsze: &dostawa Odbiera paczkę w automacie przy Długiej
# z wywiadów w październiku
needs:
  - *dostawa
  - Sprawdza refundację w aplikacji Zdrowik
x-ankieta: *dostawa
"""


@pytest.mark.parametrize("last", [False, True])
def test_an_empty_value_with_an_anchor_keeps_the_comment_at_the_end_of_its_line(last: bool) -> None:
    # Before: CX009 "please report it"; ruamel stores the comment above the next key (or at the
    # end of the mapping) and wrote it on a line of its own there.
    rows = ["  age: &wiek  # do uzupełnienia po wywiadzie\n", "  location: Lublin, Czechów\n"]
    if last:
        rows.reverse()
    text = "kind: persona\nid: ewa\nname: Ewa\ndemographics:\n" + "".join(rows) + "x-wiek-z-ankiety: *wiek\n"
    out = laid_out(text)
    assert out == ("kind: persona\nid: ewa\nname: Ewa\ndemographics:\n  age: &wiek  # do uzupełnienia po wywiadzie\n"
                   "  location: Lublin, Czechów\nx-wiek-z-ankiety: *wiek\n")


def test_a_comment_at_the_end_of_an_alias_line_is_refused_where_it_is_with_what_to_write(tmp_path: Path,
                                                                                         monkeypatch) -> None:
    # The YAML writer fmt uses writes nothing after an alias.  Before: CX009 "please report it"
    # ("moving the comment to a line of its own above its key may help").
    text = SHARED_LISTS_PL.replace("    touchpoints: *kanaly\n    opportunities: *pomysly\n",
                                   "    touchpoints: *kanaly  # jak wyżej\n    opportunities: *pomysly\n")
    target = tmp_path / "halina.yaml"
    target.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = fmt("halina.yaml")
    assert result.exit_code == 1
    assert "halina.yaml:19:27: error CX009 the file is valid, but cxkit fmt cannot keep a comment at the end of a " \
           "line that ends in an alias (*kanaly)" in result.output
    assert "move the comment to a line of its own above the key or the list item" in result.output
    assert "please report" not in result.output
    assert target.read_text(encoding="utf-8") == text
    # Written as the message says, the file is laid out and kept.
    fixed = SHARED_LISTS_PL.replace("    touchpoints: *kanaly\n    opportunities: *pomysly\n",
                                    "    # jak wyżej\n    touchpoints: *kanaly\n    opportunities: *pomysly\n")
    assert laid_out(fixed) == fixed


def test_a_comment_between_a_key_and_its_alias_goes_above_the_key() -> None:
    # As for any value written on the line below its key (`name:` / `# note` / `Bartek`).
    # Before: CX009 "… cannot lay it out without losing this comment … (and please report it)".
    text = """\
kind: journey
id: halina-refundacja
name: Halina sprawdza refundację
persona: halina-w
x-kanaly: &kanaly
  - channel: app
    description: Aplikacja Zdrowik
stages:
  - name: Płatność
    id: platnosc
    touchpoints:
      # te same co przy wyborze
      *kanaly
"""
    assert laid_out(text).endswith("""\
stages:
  - id: platnosc
    name: Płatność
    # te same co przy wyborze
    touchpoints: *kanaly
""")


# --- merge keys and comments ---------------------------------------------------------------------

MERGED_STAGES_PL = """\
kind: journey
id: wizyta
name: Wizyta w aptece
persona: halina-w
x-etap: &etap  # wspólne pola etapu
  # zawsze aplikacja
  touchpoints: [app]
  emotion: 0  # neutralnie
x-kolejka: &kolejka
  pain_points:
    - Kolejka do okienka  # 20 min
stages:
  - <<: [*etap, *kolejka]
    # pierwszy krok
    name: Odbiór recepty
    id: odbior
  - id: platnosc
    name: Płatność
    <<: *etap
    emotion: 1  # ulga
"""


def test_stages_that_merge_a_list_of_shared_blocks_keep_every_comment() -> None:
    # ruamel gave the anchors' comments to the aliases in `<<: [*etap, *kolejka]` as well, and its
    # writer failed on them.  Before: CX009 "cxkit could not lay this file out (AssertionError: );
    # … (please report it)".
    assert laid_out(MERGED_STAGES_PL) == MERGED_STAGES_PL.replace(
        "    # pierwszy krok\n    name: Odbiór recepty\n    id: odbior\n",
        "    id: odbior\n    # pierwszy krok\n    name: Odbiór recepty\n",  # below the `<<:`, in canonical order
    )


def test_a_comment_above_a_merge_key_after_a_flow_list_is_refused_with_what_to_write() -> None:
    # ruamel's reader keeps no comment there; before, the hint ended "(and please report it)".
    text = MERGED_STAGES_PL.replace("  - id: platnosc\n    name: Płatność\n    <<: *etap\n",
                                    "  - id: platnosc\n    name: Płatność\n    barriers: [Brak BLIK-a]\n"
                                    "    # wspólne pola\n    <<: *etap\n")
    with pytest.raises(FormatError) as refused:
        format_text(text)
    assert (refused.value.line, refused.value.column, refused.value.rule) == (20, 5, "fmt-layout")
    assert "it stands above a merge key (`<<:`)" in refused.value.message
    assert "move it above the key before it, or write the `<<:` line first in its mapping" in refused.value.message
    assert "please report" not in refused.value.message
    # Written the first way the message says, it is laid out.
    fixed = text.replace("    barriers: [Brak BLIK-a]\n    # wspólne pola\n", "    # wspólne pola\n    barriers: [Brak BLIK-a]\n")
    assert laid_out(fixed) == fixed.replace("    # pierwszy krok\n    name: Odbiór recepty\n    id: odbior\n",
                                            "    id: odbior\n    # pierwszy krok\n    name: Odbiór recepty\n")


# --- an anchored list item -----------------------------------------------------------------------

def test_a_comment_after_an_anchored_list_item_s_dash_stays_on_that_line() -> None:
    # Like `key: &name  # note`: the comment ends the line of the dash and the anchor, whichever
    # key comes first below it.  Before: CX009 "please report it" (with a key to move), or the
    # blanks before the comment went (`- &wybor # krok wzorcowy`).
    text = """\
kind: journey
id: wzorzec
name: Wzorcowy krok
persona: halina-w
stages:
  - &wybor  # krok wzorcowy
    name: Wybór zamiennika
    id: wybor
    touchpoints: [web]  # sklep
    emotion: 0
x-pierwszy-krok: *wybor
"""
    assert laid_out(text) == text.replace("    name: Wybór zamiennika\n    id: wybor\n",
                                          "    id: wybor\n    name: Wybór zamiennika\n")
    laid = text.replace("    name: Wybór zamiennika\n    id: wybor\n", "    id: wybor\n    name: Wybór zamiennika\n")
    assert laid_out(laid) == laid


def test_a_comment_below_an_anchored_list_item_s_dash_goes_with_its_first_key() -> None:
    # As below a dash without an anchor (`-` / `# note` / `name: …`).  Before: CX009 "please report it".
    text = """\
kind: journey
id: wzorzec
name: Wzorcowy krok
persona: halina-w
stages:
  - &wybor
    # krok wzorcowy
    name: Wybór zamiennika
    id: wybor
x-pierwszy-krok: *wybor
"""
    assert laid_out(text).endswith("""\
stages:
  - &wybor
    id: wybor
    # krok wzorcowy
    name: Wybór zamiennika
x-pierwszy-krok: *wybor
""")
