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

PL_TRAITS = [
    "Biega {n} km tygodniowo i mierzy tętno pasem Polar H10",
    "Kupuje słuchawki po przeczytaniu {n} recenzji na forum audiostereo.pl",
    "Słucha podcastów technologicznych w tramwaju linii {n} do pracy",
    "Porównuje ceny w Ceneo i na Allegro przed zakupem powyżej {n}0 zł",
    "Trenuje jogę Iyengara {n} razy w tygodniu na Mokotowie",
    "Zamawia przez aplikację InPost z odbiorem w paczkomacie obok bloku",
    "Ogląda recenzje sprzętu na YouTube w niedzielne wieczory, około {n} godzin",
    "Płaci BLIK-iem, rezygnuje gdy sklep nie ma tej metody płatności",
    "dba o zdrowie",
    "ceni wysoką jakość",
    "mieszka w dużym mieście",
]
EN_TRAITS = [
    "Runs {n} km a week and logs every run in Strava",
    "Reads {n} reviews on r/headphones before any purchase over $200",
    "Listens to engineering podcasts on the {n}:15 commuter train",
    "Compares prices on Google Shopping and returns items within {n} days when cheaper elsewhere",
    "Pays with Apple Pay; abandons checkout when asked to create an account",
    "Books a bike fitting at the local shop every {n} months",
    "values quality",
    "tech-savvy",
    "wants to save time",
]
STAGES = [
    ("awareness", "Świadomość", "Awareness"),
    ("consideration", "Rozważanie", "Consideration"),
    ("decision", "Decyzja", "Decision"),
    ("purchase", "Zakup", "Purchase"),
    ("post-purchase", "Doświadczenie po zakupie", "Post-purchase"),
    ("loyalty", "Lojalność", "Loyalty"),
    ("advocacy", "Polecanie", "Advocacy"),
]


def _traits(rng: random.Random, pool: list[str], k: int) -> str:
    return "".join(f"  - {rng.choice(pool).format(n=rng.randint(2, 9))}\n" for _ in range(k))


def persona(rng: random.Random, i: int, pl: bool, kind: str = "persona") -> str:
    pool = PL_TRAITS if pl else EN_TRAITS
    name = f"Osoba {i}" if pl else f"Person {i}"
    extra = ""
    if kind == "negative-persona":
        extra = "reasons:\n" + _traits(rng, pool, 3) + "substitutes:\n" + _traits(rng, pool, 2)
    return (
        f"kind: {kind}\n"
        f"id: {kind}-{i}\n"
        f"name: {name}\n"
        f"lang: {'pl' if pl else 'en'}\n"
        f"summary: {rng.choice(pool).format(n=i % 9 + 1)}\n"
        "demographics:\n"
        f"  age: {rng.randint(22, 60)}\n"
        f"  location: {'Kraków, Podgórze' if pl else 'Leeds, Headingley'}\n"
        f"  income: {rng.randint(5, 20)} 000 {'zł netto' if pl else 'GBP a year'}\n"
        "psychographics:\n"
        "  values:\n" + "".join("  " + line for line in _traits(rng, pool, 3).splitlines(True)) +
        "goals:\n" + _traits(rng, pool, 4) +
        "pain_points:\n" + _traits(rng, pool, 4) +
        "behaviours:\n" + _traits(rng, pool, 5) +
        "channels:\n" + _traits(rng, pool, 3) +
        extra +
        "sources:\n"
        f"  - id: src-{i}\n    type: interview\n    date: 2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n    n: {rng.randint(5, 20)}\n"
        f"reviewed: 2026-10-0{rng.randint(1, 9)}\n"
    )


def journey(rng: random.Random, i: int, j: int, pl: bool) -> str:
    pool = PL_TRAITS if pl else EN_TRAITS
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
            f"      - channel: web\n        description: {rng.choice(pool).format(n=rng.randint(2, 9))}",
            f"    doing: {rng.choice(pool).format(n=rng.randint(2, 9))}",
            f"    emotion: {emotion}",
            "    barriers:",
            f"      - {rng.choice(pool).format(n=rng.randint(2, 9))}",
            "    opportunities:",
            f"      - action: {rng.choice(pool).format(n=rng.randint(2, 9))}",
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
