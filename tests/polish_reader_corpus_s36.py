"""A corpus of broken Polish documents, as non-programmers write them by hand (session 36).

`python tests/polish_reader_corpus_s36.py FOLDER` writes it into FOLDER, with `lang = "pl"` in its cxkit.toml:
test_polish_reader_s36.py lints it and checks that each reader, schema and language message is told in Polish.
"""
import sys
from pathlib import Path

P = """kind: persona
id: ola-biegaczka
name: Ola Nowak
lang: pl
owner: Zespół CX
summary: Biega trzy razy w tygodniu po Parku Skaryszewskim i kupuje buty co pół roku.
demographics:
  age: 34
  location: Warszawa, Praga-Południe
goals:
  - Kupić buty do biegania po asfalcie do 600 zł
needs:
  - Tabela rozmiarów w centymetrach
pain_points:
  - Zwrot butów trwał 3 tygodnie
"""
J = """kind: journey
id: ola-kupuje-buty
name: Ola kupuje buty do biegania
lang: pl
owner: Zespół CX
persona: ola-biegaczka
reviewed: 2026-11-02
stages:
  - id: awareness
    name: Świadomość
    doing: Ogląda filmy na YouTube o butach z płytką karbonową
    emotion: 1
  - id: purchase
    name: Zakup
    doing: Płaci BLIKIEM w sklepie internetowym
    emotion: -1
"""


def cases() -> dict[str, str | bytes]:
    """Each file of the corpus (its path in the workspace) and its content."""
    return {
 "personas/ola.yaml": P,
 "journeys/ola.yaml": J,
 "personas/tab.yaml": P.replace("  age: 34", "\tage: 34"),
 "personas/tab2.yaml": P.replace("  - Kupić", "\t- Kupić"),
 "personas/wciecie1.yaml": P.replace("  location:", "   location:"),
 "personas/wciecie2.yaml": P.replace("name: Ola Nowak", " name: Ola Nowak"),
 "personas/wciecie3.yaml": P.replace("owner: Zespół CX", "  owner: Zespół CX"),
 "personas/dwukropek.yaml": P.replace("owner: Zespół CX", "owner:Zespół CX"),
 "personas/dwukropek2.yaml": P.replace("  age: 34", "  age:34"),
 "personas/dwukropek3.yaml": P.replace("lang: pl", "lang pl"),
 "personas/cudzyslow.yaml": P.replace("name: Ola Nowak", "name: „Ola: kocha bieganie”"),
 "personas/cudzyslow2.yaml": P.replace("name: Ola Nowak", 'name: "Ola Nowak'),
 "personas/cudzyslow3.yaml": P.replace("  - Tabela rozmiarów w centymetrach", '  - "Tabela rozmiarów\n  - Zwroty'),
 "personas/apostrof.yaml": P.replace("name: Ola Nowak", "name: 'Ola's shoes"),
 "personas/dup.yaml": P + "name: Aleksandra\n",
 "personas/tag.yaml": P.replace("  age: 34", "  age: !!python/object:os.system 34"),
 "personas/tag2.yaml": P.replace("name: Ola Nowak", "name: !pl Ola Nowak"),
 "personas/merge.yaml": P.replace("owner: Zespół CX\n", "<<<<<<< HEAD\nowner: Zespół CX\n=======\nowner: Marta\n>>>>>>> feature\n"),
 "personas/merge1.yaml": P.replace("owner: Zespół CX\n", "owner: Zespół CX\n>>>>>>> feature\n"),
 "personas/nbsp.yaml": P.replace("owner: Zespół CX", "owner:\xa0Zespół CX"),
 "personas/nbsp2.yaml": P.replace("  age: 34", "\xa0\xa0age: 34"),
 "personas/nbsp3.yaml": P.replace("  age: 34\n  location", "\xa0\xa0age: 34\n\xa0\xa0location"),
 "personas/myslnik.yaml": P.replace("  - Tabela rozmiarów w centymetrach", "  - Tabela rozmiarów w centymetrach\n  -Zwrot w 30 dni"),
 "personas/wiele.yaml": P + "---\n" + P,
 "personas/pusty.yaml": "",
 "personas/komentarz.yaml": "# yaml-language-server: $schema=../schema.json\n",
 "personas/utf16.yaml": P.encode("utf-16"),
 "personas/cp1250.yaml": P.encode("cp1250"),
 "personas/nawias.yaml": P.replace("  - Tabela rozmiarów w centymetrach", "  - [Tabela rozmiarów"),
 "personas/url.yaml": P.replace("  - Tabela rozmiarów w centymetrach", "  - Ankieta [https://ankieta.pl/wyniki]\n  - [https://ankieta.pl/wyniki]"),
 "personas/alias.yaml": P.replace("  - Tabela rozmiarów w centymetrach", "  - *tabela"),
 "personas/lista.yaml": P.replace("  - Zwrot butów trwał 3 tygodnie", "  - Zwrot butów trwał 3 tygodnie\n    - i był drogi"),
 "personas/blok.yaml": P.replace("summary: Biega trzy razy w tygodniu po Parku Skaryszewskim i kupuje buty co pół roku.",
      "summary: |\n    Biega trzy razy w tygodniu\n  po Parku Skaryszewskim\n    i kupuje buty co pół roku."),
 "personas/punktor.yaml": P.replace("  - Tabela rozmiarów w centymetrach", "  • Tabela rozmiarów w centymetrach"),
 "personas/lista_zla.yaml": P.replace("  - Kupić buty do biegania po asfalcie do 600 zł", "  - Kupić buty\n   - Kupić skarpety"),
 "personas/lista_zla2.yaml": P.replace("  - Kupić buty do biegania po asfalcie do 600 zł", "  - Kupić buty\n - Kupić skarpety"),
 "personas/klucz_po_liscie.yaml": P.replace("pain_points:", " pain_points:"),
 "personas/backslash.yaml": P.replace("name: Ola Nowak", 'name: "C:\\temp\\x"'),
 # schema
 "personas/wlasciciel.yaml": P.replace("owner:", "włąściciel:"),
 "personas/wlasciciel2.yaml": P.replace("owner:", "wlasciciel:"),
 "personas/nieznane.yaml": P.replace("owner:", "ownr:"),
 "personas/brak_kind.yaml": P.replace("kind: persona\n", ""),
 "personas/zly_kind.yaml": P.replace("kind: persona", "kind: persona-negatywna"),
 "personas/kind_liczba.yaml": P.replace("kind: persona", "kind: 5"),
 "personas/bez_name.yaml": P.replace("name: Ola Nowak\n", ""),
 "personas/slug.yaml": P.replace("id: ola-biegaczka", "id: Ola Biegaczka"),
 "personas/wiek.yaml": P.replace("age: 34", "age: trzydzieści cztery"),
 "personas/wiek2.yaml": P.replace("age: 34", "age: \"34\""),
 "personas/wiek3.yaml": P.replace("age: 34", "age: 1 034"),
 "personas/wiek4.yaml": P.replace("age: 34", "age: 34.5"),
 "personas/goals_text.yaml": P.replace("goals:\n  - Kupić buty do biegania po asfalcie do 600 zł", "goals: Kupić buty do biegania"),
 "personas/goals_pusty.yaml": P.replace("goals:\n  - Kupić buty do biegania po asfalcie do 600 zł", "goals:"),
 "personas/goals_pusta_lista.yaml": P.replace("goals:\n  - Kupić buty do biegania po asfalcie do 600 zł", "goals: []"),
 "personas/name_lista.yaml": P.replace("name: Ola Nowak", "name: [Ola Nowak]"),
 "personas/name_pusty.yaml": P.replace("name: Ola Nowak", "name: \"  \""),
 "personas/name_liczba.yaml": P.replace("name: Ola Nowak", "name: 12"),
 "personas/demo_text.yaml": P.replace("demographics:\n  age: 34\n  location: Warszawa, Praga-Południe", "demographics: 34 lata, Warszawa"),
 "personas/status.yaml": P.replace("lang: pl", "lang: pl\nstatus: aktywna"),
 "personas/reviewed.yaml": P.replace("lang: pl", "lang: pl\nreviewed: 2026-13-01"),
 "personas/reviewed2.yaml": P.replace("lang: pl", "lang: pl\nreviewed: 13.01.2026"),
 "personas/reviewed3.yaml": P.replace("lang: pl", "lang: pl\nreviewed: 2026-02-30"),
 "personas/xkey.yaml": P.replace("lang: pl", "lang: pl\nnotatki: ważne"),
 "personas/lista_nie.yaml": P + "\n[1, 2]\n",
 "personas/lista_cala.yaml": "- kind: persona\n- id: x\n",
 "personas/skalar.yaml": "persona Ola\n",
 "personas/mapping_item.yaml": P.replace("  - Tabela rozmiarów w centymetrach", "  - Rozmiar: w centymetrach"),
 "personas/mapping_item2.yaml": P.replace("  - Tabela rozmiarów w centymetrach", "  - „Rozmiar: w centymetrach”"),
 "personas/kind_wielka.yaml": P.replace("kind: persona", "Kind: persona"),
 "personas/text_bez.yaml": P.replace("  - Tabela rozmiarów w centymetrach", "  - sources: [wywiady]"),
 "journeys/emocja.yaml": J.replace("emotion: 1", "emotion: 5"),
 "journeys/emocja2.yaml": J.replace("emotion: 1", "emotion: 1.5"),
 "journeys/emocja3.yaml": J.replace("emotion: 1", "emotion: \"+1\""),
 "journeys/emocja4.yaml": J.replace("emotion: 1", "emotion: –1"),
 "journeys/emocja5.yaml": J.replace("emotion: 1", "emotion: bardzo dobrze"),
 "journeys/emocja6.yaml": J.replace("emotion: 1", "emotion: -3"),
 "journeys/data.yaml": J.replace("reviewed: 2026-11-02", "reviewed: 2026-13-01"),
 "journeys/data2.yaml": J.replace("reviewed: 2026-11-02", "reviewed: wczoraj"),
 "journeys/data3.yaml": J.replace("reviewed: 2026-11-02", "reviewed: 02.11.2026"),
 "journeys/stage_id.yaml": J.replace("id: awareness", "id: Świadomość klienta"),
 "journeys/stage_dup.yaml": J.replace("id: purchase", "id: awareness"),
 "journeys/bez_stages.yaml": J.split("stages:")[0],
 "journeys/stages_puste.yaml": J.split("stages:")[0] + "stages: []\n",
 "journeys/persona_lista.yaml": J.replace("persona: ola-biegaczka", "persona: [ola-biegaczka]"),
 "journeys/etap_bez_name.yaml": J.replace("    name: Zakup\n", ""),
 "journeys/emocja_klucz.yaml": J.replace("emotion: 1", "emocja: 1"),
 "journeys/touch.yaml": J.replace("    emotion: -1", "    emotion: -1\n    touchpoints:\n      - sklep internetowy"),
 "journeys/opp.yaml": J.replace("    emotion: -1", "    emotion: -1\n    opportunities:\n      - action: Skrócić zwroty\n        due: 2026-13-01\n        owner: Marta"),
 "journeys/opp2.yaml": J.replace("    emotion: -1", "    emotion: -1\n    opportunities:\n      - Skrócić zwroty"),
 "journeys/nieznane_etap.yaml": J.replace("    emotion: -1", "    emotion: -1\n    emocje: złość"),
 "journeys/jezyk.yaml": J.replace("    doing: Płaci BLIKIEM w sklepie internetowym", "    doing: She pays with BLIK in the online store and waits for the parcel to arrive at home"),
 "personas/lang_zly.yaml": P.replace("lang: pl", "lang: en"),
 "personas/lang_de.yaml": P.replace("lang: pl", "lang: polski"),
 "personas/many_unknown.yaml": P + "".join(f"pole{i}: x\n" for i in range(30)),
 "personas/sources_n.yaml": P.replace("lang: pl", "lang: pl\nsources:\n  - id: wywiady\n    title: Wywiady\n    n: 12 osób"),
}


def main(out: Path) -> int:
    """Write the corpus into ``out``; how many files it holds."""
    (out / "personas").mkdir(parents=True, exist_ok=True)
    (out / "journeys").mkdir(exist_ok=True)
    (out / "cxkit.toml").write_text('lang = "pl"\n', encoding="utf-8")
    files = cases()
    for name, text in files.items():
        (out / name).write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return len(files)


if __name__ == "__main__":
    print(main(Path(sys.argv[1])))
