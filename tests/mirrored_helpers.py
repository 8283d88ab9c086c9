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
