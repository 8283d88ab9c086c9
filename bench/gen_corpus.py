"""Generate a large, varied cxkit workspace (Polish and English) for benchmarks.

    python bench/gen_corpus.py OUT_DIR [--groups 800]

Each group is one persona, one negative persona and two journeys (seven stages
each), so 800 groups make 3,200 files.  The text is varied and mostly specific
with some vague traits mixed in, so the rules have real work to do.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

PL_VERBS = ["Kupuje", "Porównuje", "Testuje", "Zamawia", "Czyta recenzje o", "Ogląda filmy o", "Oddaje w ciągu 14 dni",
            "Poleca znajomym", "Serwisuje", "Wymienia co rok", "Sprawdza opinie o", "Wybiera", "Odkłada na", "Pyta na forum o",
            "Mierzy zużycie"]
PL_OBJECTS = ["słuchawki zamknięte", "buty trailowe", "ekspres przelewowy", "rower gravelowy", "kurtkę softshell",
              "wzmacniacz lampowy", "monitor 27 cali", "plecak 30 l", "zegarek z GPS", "kawę ziarnistą", "klawiaturę mechaniczną",
              "namiot dwuosobowy", "e-book reader", "głośnik Bluetooth", "fotel biurowy"]
PL_FREQ = ["raz w miesiącu", "dwa razy w roku", "co kwartał", "w każdy piątek", "przed każdym wyjazdem", "po wypłacie 10-go",
           "w listopadowe promocje", "co 6 tygodni", "w weekendy", "po 22:00"]
PL_WHERE = ["na Allegro", "w Ceneo", "w salonie na Mokotowie", "przez aplikację InPost", "na forum audiostereo.pl",
            "w sklepie Decathlon w Gdyni", "na YouTube", "na grupie facebookowej", "w Media Expert", "w Empik Go"]
EN_VERBS = ["Buys", "Compares", "Tests", "Orders", "Reads reviews of", "Watches videos about", "Returns within 30 days",
            "Recommends", "Services", "Replaces yearly", "Checks ratings of", "Picks", "Saves up for", "Asks on Reddit about",
            "Tracks usage of"]
EN_OBJECTS = ["closed-back headphones", "trail shoes", "a pour-over kettle", "a gravel bike", "a softshell jacket",
              "a tube amplifier", "a 27-inch monitor", "a 30 l backpack", "a GPS watch", "single-origin coffee",
              "a mechanical keyboard", "a two-person tent", "an e-reader", "a Bluetooth speaker", "an office chair"]
EN_FREQ = ["once a month", "twice a year", "every quarter", "every Friday", "before each trip", "on payday",
           "during Black Friday", "every 6 weeks", "at weekends", "after 10 pm"]
EN_WHERE = ["on Amazon UK", "via Google Shopping", "at the Leeds flagship store", "in the Vinted app", "on r/headphones",
            "at REI Seattle", "on YouTube", "in a Discord server", "at Currys", "on Kindle Unlimited"]
PL_DETAIL = ["porównanie zajmuje mu {m} minut", "zwykle z listą zakupów w Notion", "po rozmowie z bratem", "z kodem rabatowym z newslettera",
             "czyta wtedy {m} opinii", "gdy kurier dowozi do 17:00", "zawsze z fakturą na firmę", "o ile jest dostawa do paczkomatu",
             "i odsyła, jeśli pasuje gorzej niż poprzedni model", "najczęściej z telefonu w tramwaju 8", "po {m} minutach testu w sklepie",
             "pytając sprzedawcę o gwarancję door-to-door", "jeśli raty 0% trwają co najmniej 10 miesięcy", "płacąc BLIK-iem",
             "razem z partnerką, która ma ostatnie słowo", "bo stary sprzęt ma już {m} miesięcy", "zapisując ceny w arkuszu Google",
             "oglądając unboxing trwający {m} minut", "po teście w domu przez 14 dni", "wybierając kolor grafitowy"]
EN_DETAIL = ["spending {m} minutes comparing", "always from a shopping list in Notion", "after asking his brother",
             "with a newsletter discount code", "reading {m} reviews first", "when delivery comes before 5 pm",
             "always on a company invoice", "only with locker delivery", "returning it if it fits worse than the last one",
             "usually on the phone on the 8:10 train", "after a {m}-minute in-store test", "asking about door-to-door warranty",
             "if 0% finance runs 10 months or more", "paying by Apple Pay", "with a partner who has the final say",
             "because the old one is {m} months old", "logging prices in a Google Sheet", "after a {m}-minute unboxing video",
             "after a 14-day home trial", "choosing the graphite colour"]
PL_VAGUE = ["dba o zdrowie", "ceni wysoką jakość", "mieszka w dużym mieście", "nowoczesna", "lubi podróżować"]
EN_VAGUE = ["values quality", "tech-savvy", "wants to save time", "health-conscious", "loves to travel"]


def _trait(rng: random.Random, pl: bool) -> str:
    if rng.random() < 0.04:
        return rng.choice(PL_VAGUE if pl else EN_VAGUE)
    price = rng.randint(40, 9000)
    minutes = rng.randint(5, 180)
    if pl:
        return (f"{rng.choice(PL_VERBS)} {rng.choice(PL_OBJECTS)} za ok. {price} zł {rng.choice(PL_FREQ)} "
                f"{rng.choice(PL_WHERE)}, {rng.choice(PL_DETAIL).format(m=minutes)}")
    return (f"{rng.choice(EN_VERBS)} {rng.choice(EN_OBJECTS)} at about £{price} {rng.choice(EN_FREQ)} "
            f"{rng.choice(EN_WHERE)}, {rng.choice(EN_DETAIL).format(m=minutes)}")


STAGES = [
    ("awareness", "Świadomość", "Awareness"),
    ("consideration", "Rozważanie", "Consideration"),
    ("decision", "Decyzja", "Decision"),
    ("purchase", "Zakup", "Purchase"),
    ("post-purchase", "Doświadczenie po zakupie", "Post-purchase"),
    ("loyalty", "Lojalność", "Loyalty"),
    ("advocacy", "Polecanie", "Advocacy"),
]


def _traits(rng: random.Random, pl: bool, k: int) -> str:
    return "".join(f"  - {_trait(rng, pl)}\n" for _ in range(k))


def persona(rng: random.Random, i: int, pl: bool, kind: str = "persona") -> str:
    name = f"Osoba {i}" if pl else f"Person {i}"
    extra = ""
    if kind == "negative-persona":
        extra = "reasons:\n" + _traits(rng, pl, 3) + "substitutes:\n" + _traits(rng, pl, 2)
    return (
        f"kind: {kind}\n"
        f"id: {kind}-{i}\n"
        f"name: {name}\n"
        f"lang: {'pl' if pl else 'en'}\n"
        f"summary: {_trait(rng, pl)}\n"
        "demographics:\n"
        f"  age: {rng.randint(22, 60)}\n"
        f"  location: {'Kraków, Podgórze' if pl else 'Leeds, Headingley'}\n"
        f"  income: {rng.randint(5, 20)} 000 {'zł netto' if pl else 'GBP a year'}\n"
        "psychographics:\n"
        "  values:\n" + "".join("  " + line for line in _traits(rng, pl, 3).splitlines(True)) +
        "goals:\n" + _traits(rng, pl, 4) +
        "pain_points:\n" + _traits(rng, pl, 4) +
        "behaviours:\n" + _traits(rng, pl, 5) +
        "channels:\n" + _traits(rng, pl, 3) +
        extra +
        "sources:\n"
        f"  - id: src-{i}\n    type: interview\n    date: 2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n    n: {rng.randint(5, 20)}\n"
        f"reviewed: 2026-10-0{rng.randint(1, 9)}\n"
    )


def journey(rng: random.Random, i: int, j: int, pl: bool) -> str:
    lines = [
        "kind: journey",
        f"id: journey-{i}-{j}",
        f"name: {'Ścieżka' if pl else 'Journey'} {i}/{j}",
        f"persona: persona-{i}",
        f"reviewed: 2026-10-1{rng.randint(0, 9)}",
        "stages:",
    ]
    for sid, pl_name, en_name in STAGES:
        emotion = rng.randint(-2, 2)
        lines += [
            f"  - id: {sid}",
            f"    name: {pl_name if pl else en_name}",
            "    touchpoints:",
            f"      - channel: web\n        description: {_trait(rng, pl)}",
            f"    doing: {_trait(rng, pl)}",
            f"    emotion: {emotion}",
            "    barriers:",
            f"      - {_trait(rng, pl)}",
            "    opportunities:",
            f"      - action: {_trait(rng, pl)}",
            f"        owner: {'Zespół e-commerce' if pl else 'E-commerce team'}",
            f"        due: 2026-12-{rng.randint(10, 28)}",
        ]
    return "\n".join(lines) + "\n"


def generate(out: Path, groups: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    count = 0
    for i in range(groups):
        pl = i % 2 == 0
        folder = out / f"team-{i % 40:02d}"
        (folder / "personas").mkdir(parents=True, exist_ok=True)
        (folder / "journeys").mkdir(parents=True, exist_ok=True)
        (folder / "personas" / f"persona-{i}.yaml").write_text(persona(rng, i, pl), encoding="utf-8")
        (folder / "personas" / f"negative-{i}.yaml").write_text(persona(rng, i, pl, "negative-persona"), encoding="utf-8")
        for j in range(2):
            (folder / "journeys" / f"journey-{i}-{j}.yaml").write_text(journey(rng, i, j, pl), encoding="utf-8")
        count += 4
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--groups", type=int, default=800)
    args = parser.parse_args()
    n = generate(args.out, args.groups)
    print(f"wrote {n} files to {args.out}")


if __name__ == "__main__":
    main()
