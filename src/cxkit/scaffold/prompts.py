"""Asking the author for the key fields of a new document, in a terminal only."""

from __future__ import annotations

import re
import sys
from typing import Callable

from .new import KnownDocument, closest_persona, control_in, control_said
from .slug import is_slug
from .templates import texts

Ask = Callable[[str], str]
Say = Callable[[str], None]

#: A list marker an answer pasted from a list or a slide opens with: "- ", "* ", "+ ", "– " or a
#: bullet ("•", "◦", "▪", "‣"), with the spaces around it.  "-20% w aptece" and "*Zawsze*" keep theirs.
_LIST_MARKER = re.compile(r"^\s*(?:[-*+\u2013](?=\s)|[\u2022\u25e6\u25aa\u2023\u2043])\s*")


def clean_answer(answer: str) -> str:
    """``answer`` without the spaces around it and a list marker it was pasted with:
    "  - Dba o zdrowie" -> "Dba o zdrowie"."""
    return _LIST_MARKER.sub("", answer, count=1).strip()


#: Added to "there is no persona with id …" when a persona's id is close to the answer.
DID_YOU_MEAN = {"en": "Did you mean '{id}'?", "pl": "Czy chodziło o „{id}”?"}
#: Said for an answer holding a control character (an arrow key's ESC, a pasted tab), before the question is asked again.
NOT_PLAIN = {
    "en": "That answer holds {what} (character {at}); type it again without it.",
    "pl": "Ta odpowiedź zawiera {what} (znak {at}); wpisz ją jeszcze raz bez niego.",
}


def ask_plain(question: str, lang: str, ask: Ask, say: Say) -> str:
    """The answer to ``question`` (:func:`clean_answer`), asked again while it holds a control character."""
    while True:
        given = clean_answer(ask(question))
        bad = control_in(given)
        if bad is None:
            return given
        said = control_said(bad[0], lang)
        say(NOT_PLAIN.get(lang, NOT_PLAIN["en"]).format(what=said, at=bad[1]))


def is_interactive() -> bool:
    """Whether both standard input and output are terminals."""
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def typer_ask(question: str) -> str:
    import typer

    return str(typer.prompt(question, default="", show_default=False))


def typer_say(message: str) -> None:
    import typer

    typer.echo(message, err=True)


def ask_fields(
    kind: str,
    lang: str,
    *,
    known: dict[str, KnownDocument],
    persona: str | None,
    ask: Ask = typer_ask,
    say: Say = typer_say,
    stages: str = "funnel",
) -> tuple[dict[str, str], str | None]:
    """Ask for the key fields of ``kind``; return the answers and the journey's persona id
    (a journey's goal in the words of its ``stages``: a customer's, or a service's person's).

    An empty answer keeps the template's TODO placeholder; a list marker pasted with an answer
    is dropped (:func:`clean_answer`).
    """
    prompts = texts(lang).PROMPTS
    answers: dict[str, str] = {}

    def answer(question: str) -> str:
        return ask_plain(question, lang, ask, say)

    if kind == "persona":
        answers["summary"] = answer(prompts["summary"])
        answers["goal"] = answer(prompts["goal"])
        answers["pain_point"] = answer(prompts["pain_point"])
    elif kind == "negative-persona":
        answers["summary"] = answer(prompts["negative_summary"])
        answers["reason"] = answer(prompts["reason"])
    else:
        if persona is None:
            persona = ask_persona(lang, known, ask=ask, say=say)
        answers["journey_goal"] = answer(prompts["journey_goal" if stages == "funnel" else f"journey_goal.{stages}"])
    return answers, persona


def ask_persona(lang: str, known: dict[str, KnownDocument], *, ask: Ask = typer_ask, say: Say = typer_say) -> str | None:
    """Ask for the id of an existing persona until one is given, or None for an empty answer."""
    prompts = texts(lang).PROMPTS
    personas = sorted(k for k, d in known.items() if d.kind == "persona")
    say(prompts["known_personas"].format(ids=", ".join(personas)) if personas else prompts["no_personas"])
    while True:
        answer = ask_plain(prompts["persona"], lang, ask, say)
        if not answer:
            return None
        found = known.get(answer)
        if found is not None and found.kind == "persona" and is_slug(answer):
            return answer
        if found is not None and found.kind == "negative-persona":
            say(prompts["negative_persona"].format(id=answer))
        else:
            said = prompts["unknown_persona"].format(id=answer)
            guess = closest_persona(answer, known)
            say(f"{said} {DID_YOU_MEAN.get(lang, DID_YOU_MEAN['en']).format(id=guess)}" if guess else said)
