"""Documents shared by the mirrored-negative-persona (CX204) tests: a persona, and a negative persona whose
reasons deny its traits, as lint and review read them."""

from __future__ import annotations

#: Paweł from Gdańsk: a negative persona can deny his summary, his location, his occupation or a habit
#: (lint's CX204 messages, in English and in Polish).
PAWEL_GDANSK = """\
kind: persona
id: pawel-audiofil
name: Paweł Czerski
lang: pl
summary: >-
  Programista backendu z Gdańska, który słucha muzyki w słuchawkach po 22:00, gdy córki już śpią,
  i kupuje sprzęt audio wyłącznie przez internet.
demographics:
  age: 38
  location: Gdańsk, Wrzeszcz (kamienica przy ul. Wajdeloty)
  occupation: Senior programista backendu (Go, Kotlin) w software housie
behaviours:
  - Czyta dział Słuchawki na forum Audiostereo 3-4 razy w tygodniu
sources:
  - {id: wywiady-2026, type: interview, date: 2026-09-05, n: 12}
"""

#: Paweł the audiophile as a team keeps him (an owner, a review date): a habit and a goal to mirror (review).
REVIEWED_PAWEL = """\
kind: persona
id: pawel-audiofil
name: Paweł audiofil
lang: pl
owner: Zespół CX (Anna Kowal)
reviewed: 2026-11-20
behaviours:
  - Czyta dział Słuchawki na forum Audiostereo 3-4 razy w tygodniu
goals:
  - Kupić słuchawki otwarte do 2 500 zł
"""

#: A negative persona whose second reason mirrors REVIEWED_PAWEL's goal; ``{first}``: its first reason.
STUDENT_MIRRORING = """\
kind: negative-persona
id: student-na-budzecie
name: Student na budżecie
lang: pl
owner: Zespół CX (Anna Kowal)
reviewed: 2026-11-20
reasons:
  - {first}
  - Nie kupuje słuchawek otwartych do 2 500 zł
"""

#: The first reason of STUDENT_MIRRORING that denies REVIEWED_PAWEL's habit.
DENIED_HABIT = "Nie czyta działu Słuchawki na forum Audiostereo"

#: Paweł the audiophile as the mirror tests (lint's CX204, the half-valid workspace rules) keep him: a goal and
#: three habits, an anti-Paweł denies or repeats.
PAWEL_AUDIOFIL = """\
kind: persona
id: pawel-audiofil
name: Paweł Czerski
lang: pl
demographics: {age: 38, location: "Gdańsk, Wrzeszcz"}
goals:
  - Kupić słuchawki otwarte do 2 500 zł, które zagrają z FiiO K7
behaviours:
  - Czyta dział Słuchawki na forum Audiostereo 3-4 razy w tygodniu
  - Płaci BLIK-iem
  - Zamawia w poniedziałek lub wtorek, żeby paczka nie leżała w weekend
sources:
  - {id: wywiady, type: interview, date: 2026-10-01, n: 9}
"""

#: PAWEL_AUDIOFIL's opposite: three of its four reasons deny or repeat his traits (his goal, his forum, BLIK).
ANTY_PAWEL = """\
kind: negative-persona
id: anty-pawel
name: Anty-Paweł
lang: pl
demographics: {age: 38, location: "Gdańsk, Wrzeszcz"}
reasons:
  - Nie kupuje słuchawek otwartych do 2 500 zł
  - Nie czyta działu Słuchawki na forum Audiostereo
  - Zamawia w piątek lub sobotę
  - Płaci BLIK-iem
sources:
  - {id: zalozenia, type: desk-research, date: 2026-10-01, note: "Odwrotność persony Pawła"}
"""

#: An English persona with three habits, a mirror can deny or repeat.
PRIYA_OPS = """\
kind: persona
id: priya-ops
name: Priya Shah
lang: en
behaviours:
  - Reads reviews on G2 before every software purchase over £500
  - Books a demo with two vendors at most
  - Pays by card on the monthly plan
sources:
  - {id: interviews, type: interview, date: 2026-10-01, n: 11}
"""

#: PRIYA_OPS's opposite: three of its four reasons deny or repeat her habits.
NOT_PRIYA = """\
kind: negative-persona
id: not-priya
name: Not Priya
lang: en
reasons:
  - Doesn't read reviews on G2 before software purchase
  - Never books a demo with vendors
  - Pays by card on the monthly plan
  - Works in a warehouse in Leeds
sources:
  - {id: guess, type: other, note: "Opposite of the Priya persona"}
"""

#: Marta, who buys her dog's food by subscription: three habits a negative persona can deny (substitutes, triggers).
MARTA_KARMA = """\
kind: persona
id: marta-karma
name: Marta Lis
lang: pl
behaviours:
  - Kupuje karmę Brit Care 12 kg co 4 tygodnie w subskrypcji sklepu Psiarnia
  - Płaci BLIK-iem w aplikacji sklepu, zawsze w piątek wieczorem
  - Zamawia przed 14:00, żeby paczka przyszła przed weekendem
sources:
  - {id: wyw-psy, type: interview, date: 2026-09-05, n: 6}
"""
