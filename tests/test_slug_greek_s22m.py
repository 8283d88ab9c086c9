"""`cxkit new` makes an ASCII id of a Greek name (ELOT 743, as Greek passports write names),
as it does of Polish and Cyrillic ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxkit.cli import app
from cxkit.model.validate import validate
from cxkit.scaffold.slug import slugify
from cxkit.yamlio import load_bytes


@pytest.mark.parametrize(("name", "slug"), [
    ("Νίκος Παπαδόπουλος", "nikos-papadopoulos"),
    ("ΓΙΏΡΓΟΣ ΚΑΡΑΓΙΆΝΝΗΣ", "giorgos-karagiannis"),
    ("Ελευθερία Ζαχαρίου", "eleftheria-zachariou"),
    ("Ευάγγελος", "evangelos"),          # ευ before a vowel is ev; γγ is ng
    ("Ευθυμία", "efthymia"),             # ευ before θ is ef
    ("Αύγουστος", "avgoustos"),          # ου is ou
    ("Μπάμπης", "bampis"),               # μπ opening a word is b, inside one mp
    ("Αϊδίνης", "aidinis"),              # the diaeresis keeps α and ι apart
    ("Προϋπολογισμός", "proypologismos"),
    ("Ἀθηνᾶ", "athina"),                 # polytonic accents go too
    ("Γεωργία Ψαρρά kupuje bilet", "georgia-psarra-kupuje-bilet"),
])
def test_greek_names_give_an_ascii_slug(name: str, slug: str) -> None:
    assert slugify(name) == slug


@pytest.mark.parametrize(("name", "slug"), [
    ("Żaneta Łęcka", "zaneta-lecka"),
    ("Grzegorz Brzęczyszczykiewicz", "grzegorz-brzeczyszczykiewicz"),
    ("Олена Коваленко", "olena-kovalenko"),
    ("Ольга", "olha"),
    ("Priya's flood claim", "priyas-flood-claim"),
])
def test_polish_cyrillic_and_english_names_keep_their_slugs(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_text_without_greek_is_returned_as_it_is() -> None:
    from cxkit.scaffold.slug import romanise_greek

    assert romanise_greek("Paweł kupuje słuchawki") == "Paweł kupuje słuchawki"
    # Beside Greek, other letters keep their accents (slugify drops them later, its own way).
    assert romanise_greek("Żółć i Νίκος") == "Żółć i nikos"


def test_a_name_typed_decomposed_gives_the_same_slug() -> None:
    import unicodedata

    assert slugify(unicodedata.normalize("NFD", "Νίκος Παπαδόπουλος")) == "nikos-papadopoulos"


def test_cxkit_new_writes_a_greek_persona_under_its_romanised_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["new", "persona", "Νίκος Παπαδόπουλος", "--no-input", "--lang", "en"])
    assert result.exit_code == 0, result.output
    written = tmp_path / "personas" / "nikos-papadopoulos.yaml"
    text = written.read_text(encoding="utf-8")
    assert "id: nikos-papadopoulos\n" in text
    assert "Νίκος Παπαδόπουλος" in text  # the name itself stays as written
    model, issues = validate(load_bytes(written.read_bytes()).data)
    assert issues == [] and model is not None and model.id == "nikos-papadopoulos"


@pytest.mark.parametrize(("name", "slug"), [
    ("Ἄννα Ᾱλεξίου", "anna-alexiou"),      # a long vowel's macron goes as the accents do (review 8, R8-9)
    ("Ϲωκράτης Παππᾰς", "sokratis-pappas"),  # lunate sigma, a short vowel's breve
    ("ϑεόδωρος ϕωτίου", "theodoros-fotiou"), # the symbol forms of θ and φ, as some fonts and OCR give them
])
def test_greek_letters_in_their_other_forms_keep_their_place_in_the_id(name: str, slug: str) -> None:
    assert slugify(name) == slug
