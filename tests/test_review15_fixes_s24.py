"""review15: wrong findings of session 24's new rule changes (F1-F8, F11-F13).

Each fix has a positive test (what the rule must still report) and a negative one (what it no
longer reports), in Polish and in English.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cxkit.config import Config
from cxkit.lint.engine import Selection, lint
from mirrored_helpers import MARTA_KARMA as MARTA, PRIYA_OPS as PRIYA


def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], rule: str) -> list[tuple[str, int, str]]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = lint(["."], Config(root=tmp_path), Selection(select=(rule,))).findings
    return [(Path(f.path).name, f.line, f.message) for f in found]


# --- F3: CX411, a journey that starts with a referral -------------------------------------------

def journey(lang: str, stages: list[tuple[str, str]]) -> str:
    head = f"kind: journey\nid: j\nname: J\nlang: {lang}\npersona: ola\nstages:\n"
    return head + "".join(f"  - id: {sid}\n    name: {name}\n    emotion: 0\n" for sid, name in stages)


@pytest.mark.parametrize(("lang", "stages"), [
    # an accountant's referral, then the discovery call (B2B)
    ("en", [("referral", "Referral"), ("discovery", "Discovery call"), ("proposal", "Proposal"), ("purchase", "Purchase")]),
    # a GP's referral, then the first contact with the clinic
    ("en", [("referral", "GP referral"), ("first-contact", "First contact"), ("diagnosis", "Diagnosis")]),
    ("en", [("awareness", "Awareness"), ("recommendation", "Recommendation"), ("discovery", "Discovery")]),
    # a friend's link from the referral programme, then the app explored
    ("pl", [("polecenie", "Polecenie"), ("odkrywanie", "Odkrywanie"), ("zakup", "Założenie konta")]),
    ("pl", [("polecenie", "Polecenie znajomej"), ("pierwszy-kontakt", "Pierwszy kontakt"), ("zakup", "Zakup")]),
])
def test_a_journey_that_starts_with_a_referral_is_in_order(tmp_path, monkeypatch, lang, stages):
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": journey(lang, stages)}, "stage-out-of-order") == []


@pytest.mark.parametrize(("lang", "stages", "early", "late"), [
    # tester8: awareness after advocacy and loyalty is still reported
    ("en", [("purchase", "Purchase"), ("loyalty", "Loyalty"), ("advocacy", "Advocacy"), ("awareness", "Awareness")],
     "awareness", "advocacy"),
    ("en", [("loyalty", "Loyalty"), ("awareness", "Awareness")], "awareness", "loyalty"),
    # a referral after a purchase is the late one
    ("en", [("awareness", "Awareness"), ("purchase", "Purchase"), ("referral", "Referral"), ("discovery", "Discovery")],
     "discovery", "referral"),
    ("pl", [("zakup", "Zakup"), ("polecenie", "Polecenie"), ("odkrywanie", "Odkrywanie")], "odkrywanie", "polecenie"),
    ("pl", [("lojalnosc", "Lojalność"), ("swiadomosc", "Świadomość")], "swiadomosc", "lojalnosc"),
])
def test_an_early_stage_after_a_late_one_is_still_reported(tmp_path, monkeypatch, lang, stages, early, late):
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": journey(lang, stages)}, "stage-out-of-order")
    assert [msg.split(", a late one")[0] for _, _, msg in found] == [
        f"stage '{early}' is an early stage (awareness, discovery) after '{late}'"]


# --- F6, F7: CX601 reads a long token once, and passes over English journeys naming Polish places -----

import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from cxkit.lint.rules import language  # noqa: E402

POLISH_STAGE = """\
  - id: platnosc
    name: Platnosc
    doing: Klient placi BLIKiem na https://allegro.pl i jeszcze sprawdza, czy paczka dojedzie do Rzeszowa
    thinking: Oby przesylka nie szla za dlugo, bo potrzebuje jej przed weekendem
"""


def test_a_long_token_beside_an_address_is_read_once(monkeypatch):
    # review15 F6: every character of a 40 kB base64 run started a new try of the address pattern
    # (8.8 s); now the runs are cut first and each is searched for a mark once. Counted, not timed.
    searched = []

    class Spy:
        def search(self, run):
            searched.append(len(run))
            return language.re.compile(r"://|@|www\.|\.(?:pl|com|eu|net|org)\b").search(run)

    monkeypatch.setattr(language, "_ADDRESS_MARK", Spy())
    token = "data:image/png;base64," + "QUJD" * 50_000
    text = f"Screenshot: {token} then https://allegro.pl/oferta szybka dostawa"
    assert language._folded(text) == ["szybka"]
    assert sum(searched) == len(text) - text.count(" ")


def test_a_200_kb_token_beside_an_address_lints_in_well_under_two_seconds(tmp_path):
    token = "data:image/png;base64," + "iVBORw0KGgo" * 18_200  # 200 kB
    (tmp_path / "j.yaml").write_text(
        "kind: journey\nid: j\nname: J\nlang: en\npersona: ola\nstages:\n" + POLISH_STAGE
        + f"    pain_points:\n      - 'Screenshot: {token}'\n", encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-m", "cxkit", "lint", "--select", "CX601", "--no-cache", "-j", "1", "j.yaml"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert done.returncode == 1 and "stage 'platnosc' is written in Polish" in done.stdout
    # the whole process, start-up included; the quadratic pattern took minutes on this token
    assert (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime) < 2.0


def test_dropping_addresses_keeps_the_lines_and_the_other_words():
    text = "Zamawia na allegro.pl/oferta/szybka-dostawa,\npisze do jan@sklep.pl albo www.x.eu\n  i czeka"
    assert language._drop_addresses(text) == "Zamawia na  \npisze do   albo  \n  i czeka"


ENGLISH_WITH_PLACES = """\
kind: journey
id: j
name: Moving house
lang: en
persona: ola
stages:
  - id: search
    name: Search
    doing: Looks for a flat near Gdansk Wrzeszcz, with Grzegorz from Rzeszow
    thinking: Will the movers from Bydgoszcz arrive in time?
  - id: move
    name: Move
    doing: Drives the van to Szczecin with her brother
"""


def test_an_english_journey_naming_polish_places_is_passed_over(tmp_path, monkeypatch):
    # review15 F7: a place or person spelt without Polish letters inside a sentence sent every stage
    # through the folded reading (+14% CPU on such a corpus); the file is now passed over at once
    read = []
    monkeypatch.setattr(language, "_counts_folded", lambda joined: read.append(joined) or ([], 0, []))
    assert run(tmp_path, monkeypatch, {"journeys/j.yaml": ENGLISH_WITH_PLACES}, "language-mismatch") == []
    assert read == []


def test_a_polish_stage_whose_only_digraphs_open_its_values_is_still_read(tmp_path, monkeypatch):
    # the file gate must let through every stage the stage's own check would read: here "Szukanie" and
    # "Czemu" open their values, and are the stage's only rz/sz/cz/dz
    stage = ("  - id: pomoc\n    name: Szukanie pomocy\n"
             "    doing: Klient loguje sie do aplikacji i nie ma opcji zmiany taryfy\n"
             "    thinking: Czemu to jest takie trudne\n")
    found = run(tmp_path, monkeypatch, {"journeys/j.yaml": ENGLISH_WITH_PLACES + stage}, "language-mismatch")
    assert [(line, msg.split(" (")[0]) for _, line, msg in found] == [(14, "stage 'pomoc' is written in Polish")]


def test_the_file_gate_lets_through_whatever_a_stage_would_read():
    # a value's first word in any YAML style: plain, quoted, block, flow, list item, anchor
    for text in ("name: Szukanie\n", "name: 'Szukanie'\n", 'name: "Szukanie"\n', "name: |\n  Szukanie\n",
                 "- Szczecin showroom closed\n", "pains: [Szukanie, x]\n", "x: {name: Szukanie}\n",
                 "name: &a Szukanie\n", 'doing: "Ok\\nSzukanie"\n', "doing: szuka\n"):
        assert language._file_has_digraph(text), text
    for text in ("doing: near Gdansk Wrzeszcz\n", "doing: 'with Grzegorz from Rzeszow'\n", "- At Bydgoszcz\n"):
        assert not language._file_has_digraph(text), text


# --- F1, F2, F12: CX301, customers asked with our CEO, research about AI, customers' imagination --------

def persona(lang: str, sources: list[str]) -> str:
    head = (f"kind: persona\nid: p\nname: Ola Nowak\nlang: {lang}\nsummary: Prowadzi biuro rachunkowe w Lublinie\n"
            "sources:\n")
    return head + "".join(f"  - {{id: s{k}, date: 2026-09-01, {s}}}\n" for k, s in enumerate(sources))


def cx301(tmp_path, monkeypatch, lang: str, source: str) -> list[str]:
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": persona(lang, [source])}, "missing-sources")
    return [msg.split(", and this persona")[0] for _, _, msg in found]


@pytest.mark.parametrize(("lang", "source"), [
    # F1: customers interviewed with our CEO or founders, named before or after
    ("en", "type: interview, n: 12, note: 'Interviews with 12 customers, run together with our CEO'"),
    ("pl", "type: interview, n: 12, note: 'Wywiady z 12 klientami, prowadzone razem z naszym prezesem'"),
    ("en", "type: interview, n: 14, note: 'Discovery calls with our CEO and 14 prospects'"),
    ("en", "type: interview, n: 6, note: 'Sales calls with our founders; 6 buyers asked about renewal'"),
    ("pl", "type: interview, n: 7, note: 'Rozmowy sprzedażowe z naszymi założycielami, 7 nabywców licencji'"),
    # "board-level" is the customers' board
    ("en", "type: interview, n: 8, note: 'Interviews with our board-level buyers at 8 client firms'"),
    # F2: desk research about AI
    ("en", "type: desk-research, note: 'McKinsey report written about AI in retail insurance, 2025'"),
    ("en", "type: desk-research, note: 'Gartner survey: share of customers who wrote to an AI chatbot before calling'"),
    ("en", "type: desk-research, note: 'Pew study of how adults prompt ChatGPT for money advice'"),
    ("pl", "type: desk-research, note: 'Raport PIE o ubezpieczycielach, którzy stworzyli własne narzędzia AI'"),
    ("en", "type: other, note: 'CRM export of 420 claims; Copilot created the pivot tables'"),
    ("pl", "type: other, note: 'Eksport CRM, 420 szkód; wykresy stworzone w Copilot'"),
    # F12: customers who imagine, in a co-design session
    ("en", "type: other, note: 'Co-design session in which 9 customers imagined their ideal claim form'"),
    ("pl", "type: other, note: 'Warsztat co-design: 9 klientek opisało, jak wyobrażają sobie zgłoszenie szkody'"),
])
def test_research_is_not_reported(tmp_path, monkeypatch, lang, source):
    assert cx301(tmp_path, monkeypatch, lang, source) == []


@pytest.mark.parametrize(("lang", "source", "message"), [
    ("en", "type: interview, n: 1, note: Interview with our CEO about the ideal buyer",
     "source 's0' asks our own organisation, not the people it serves (its note says 'with our CEO')"),
    ("pl", "type: interview, n: 1, note: 'Rozmowa z naszym prezesem o tym, jak wyobraża sobie klientów'",
     "source 's0' asks our own organisation, not the people it serves (its note says 'z naszym prezesem')"),
    ("en", "type: interview, n: 3, note: Workshop with our founders on who buys",
     "source 's0' asks our own organisation, not the people it serves (its note says 'with our founders')"),
    ("en", "type: other, note: Persona written by ChatGPT from our sales notes",
     "source 's0' was written by a language model, not drawn from research (its note says 'written by ChatGPT')"),
    ("pl", "type: other, note: Opis stworzony za pomocą AI na podstawie briefu",
     "source 's0' was written by a language model, not drawn from research (its note says 'stworzony za pomocą AI')"),
    ("en", "type: other, note: Copilot wrote the persona from the pitch deck",
     "source 's0' was written by a language model, not drawn from research (its note says 'Copilot wrote')"),
    ("pl", "type: other, note: Wyobrażenie zarządu o idealnym kliencie",
     "source 's0' is an assumption, not research (its note says 'Wyobrażenie')"),
    ("en", "type: other, note: How the founders imagine our customers",
     "source 's0' is an assumption, not research (its note says 'imagine')"),
    ("en", "type: other, note: Imagined customer journey of a first-time buyer",
     "source 's0' is an assumption, not research (its note says 'Imagined')"),
])
def test_no_research_is_still_reported(tmp_path, monkeypatch, lang, source, message):
    assert cx301(tmp_path, monkeypatch, lang, source) == [message]


# --- F4, F5: CX204 and CX202, substitutes and triggers that name nothing in particular ----------------

ZENON = """\
kind: negative-persona
id: neg-lustro
name: Pan Zenon
lang: pl
reasons:
  - Nie kupuje karmy Brit Care w subskrypcji sklepu Psiarnia
  - Nie płaci BLIK-iem w aplikacji sklepu
  - Nie zamawia przed 14:00
substitutes:
{substitutes}
sources:
  - {{id: ank-zenon, type: survey, date: 2026-09-10, n: 88}}
"""
GARY = """\
kind: negative-persona
id: mirror-gary
name: Gary Holt
lang: en
reasons:
  - Doesn't read reviews on G2 before a software purchase
  - Never books a demo with vendors
  - Doesn't pay by card on the monthly plan
substitutes:
{substitutes}
sources:
  - {{id: lost-deals, type: sales-data, date: 2026-09-10, n: 140}}
"""


@pytest.mark.parametrize(("persona_text", "negative", "substitutes", "head"), [
    (MARTA, ZENON, ["Inny sklep internetowy", "Sklep konkurencji"],
     "negative persona 'neg-lustro' mirrors persona 'marta-karma' (personas/p.yaml): 3 of its 3 reasons"),
    (PRIYA, GARY, ["Another vendor's tool", "Competitor products"],
     "negative persona 'mirror-gary' mirrors persona 'priya-ops' (personas/p.yaml): 3 of its 3 reasons"),
])
def test_generic_substitutes_do_not_hide_a_mirror(tmp_path, monkeypatch, persona_text, negative, substitutes, head):
    text = negative.format(substitutes="".join(f"  - {s}\n" for s in substitutes))
    found = run(tmp_path, monkeypatch, {"personas/p.yaml": persona_text, "personas/n.yaml": text},
                "mirrored-negative-persona")
    assert [msg.split(" deny")[0] for _, _, msg in found] == [head]
    # they are no substitute: the advice still asks for one
    assert found[0][2].endswith("price, a substitute, too complicated, impulse buying, what makes them quit")


@pytest.mark.parametrize(("persona_text", "negative", "substitutes"), [
    (MARTA, ZENON, ["Karma z marketu pod domem", "Resztki z obiadu i kości od rzeźnika z targu"]),
    (PRIYA, GARY, ["A shared spreadsheet on the office drive", "Paper timesheets his foreman types up weekly"]),
])
def test_substitutes_that_name_something_are_reasons_of_their_own(tmp_path, monkeypatch, persona_text, negative,
                                                                   substitutes):
    text = negative.format(substitutes="".join(f"  - {s}\n" for s in substitutes))
    assert run(tmp_path, monkeypatch, {"personas/p.yaml": persona_text, "personas/n.yaml": text},
               "mirrored-negative-persona") == []


def negative_persona(lang: str, reasons: list[str], extra: str = "") -> str:
    return (f"kind: negative-persona\nid: neg\nname: Majsterkowicz Zbyszek\nlang: {lang}\nreasons:\n"
            + "".join(f"  - {r}\n" for r in reasons) + extra
            + "sources:\n  - {id: ank, type: survey, date: 2026-09-10, n: 212}\n")


@pytest.mark.parametrize(("lang", "reasons", "extra"), [
    ("pl", ["Nie jest naszą grupą docelową", "Nie potrzebuje naszej usługi"],
     "substitutes:\n  - Sam kładzie płytki; narzędzia pożycza od szwagra\n  - Ekipa z ogłoszenia na OLX za 60 zł/m²\n"
     "abandon_triggers:\n  - Wycena powyżej 80 zł za metr\n"),
    ("en", ["Not our target group", "Doesn't want our services"],
     "substitutes:\n  - Hires a handyman from Nextdoor at £25 an hour\n"),
    ("en", ["Not our target group"], "abandon_triggers:\n  - Any quote above what the local handyman charges\n"),
])
def test_not_a_customer_beside_substitutes_that_say_why_is_no_finding(tmp_path, monkeypatch, lang, reasons, extra):
    # as mirrored-negative-persona, substitutes and triggers that name something are reasons of their own
    assert run(tmp_path, monkeypatch, {"personas/n.yaml": negative_persona(lang, reasons, extra)},
               "negative-without-reasons") == []


@pytest.mark.parametrize(("lang", "reasons", "extra"), [
    ("pl", ["Nie jest naszą grupą docelową", "Nie potrzebuje naszej usługi"],
     "substitutes:\n  - Inny sklep internetowy\n  - Sklep konkurencji\n"),
    ("en", ["Not our target group"], "substitutes:\n  - Competitor products\n"),
    ("en", ["Doesnt want our services"], ""),
])
def test_not_a_customer_beside_generic_substitutes_is_still_reported(tmp_path, monkeypatch, lang, reasons, extra):
    found = run(tmp_path, monkeypatch, {"personas/n.yaml": negative_persona(lang, reasons, extra)},
                "negative-without-reasons")
    assert [msg.split(" (")[0] for _, _, msg in found] == [
        "the negative persona's reasons only say this person is not your audience"]


# --- F8, F11, F13: `cxkit new`, the name's language -----------------------------------------------

@pytest.fixture
def english_locale(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    return tmp_path


def new(*args: str):
    from typer.testing import CliRunner

    from cxkit.cli import app

    result = CliRunner().invoke(app, ["new", *args, "--no-input"])
    assert result.exit_code == 0, result.output
    return result


def lang_of(path: Path) -> str:
    from cxkit.yamlio import load_text

    return load_text(path.read_text(encoding="utf-8")).data["lang"]


@pytest.mark.parametrize(("kind", "name", "file"), [
    # F8: one Polish place or person in an English name
    ("journey", "Kraków city break", "journeys/krakow-city-break.yaml"),
    ("persona", "Łukasz, weekend angler", "personas/lukasz-weekend-angler.yaml"),
    ("journey", "Żabka shopping before the match", "journeys/zabka-shopping-before-the-match.yaml"),
    ("journey", "Czech customers", "journeys/czech-customers.yaml"),
])
def test_an_english_name_with_a_polish_place_or_person_keeps_the_locale(english_locale, kind, name, file):
    result = new(kind, name, *(["--persona", "ola"] if kind == "journey" else []))
    assert lang_of(english_locale / file) == "en"
    assert "language:" not in result.stderr


@pytest.mark.parametrize(("kind", "name", "file"), [
    ("journey", "Zgłoszenie szkody", "journeys/zgloszenie-szkody.yaml"),
    ("persona", "Łukasz", "personas/lukasz.yaml"),
    ("persona", "Paweł Kowalski", "personas/pawel-kowalski.yaml"),
    ("journey", "Zakupy w Żabce", "journeys/zakupy-w-zabce.yaml"),
    # F13: typed without Polish letters, two Polish words, one of them a function word
    ("journey", "Zgloszenie szkody", "journeys/zgloszenie-szkody.yaml"),
    ("journey", "Swiadomosc i rozwazanie", "journeys/swiadomosc-i-rozwazanie.yaml"),
])
def test_a_polish_name_still_gets_the_polish_template(english_locale, kind, name, file):
    result = new(kind, name, *(["--persona", "ola"] if kind == "journey" else []))
    assert lang_of(english_locale / file) == "pl"
    assert "cxkit: language: pl (from the name; use --lang en for English)" in result.stderr


def test_the_help_says_how_the_name_decides():
    from typer.testing import CliRunner

    from cxkit.cli import app

    result = CliRunner().invoke(app, ["new", "--help"], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert ("the name (pl if its Polish words outnumber its English ones, two needed when none has a Polish letter), then locale"
            in " ".join(result.stdout.split()))


def test_the_changelog_says_where_a_spelt_name_counts():
    changelog = (Path(__file__).resolve().parents[1] / "CHANGELOG.md").read_text(encoding="utf-8")
    assert 'names so spelt inside a\n  sentence ("near Gdansk"' in changelog
    assert '`"Kraków city break"`' in changelog
