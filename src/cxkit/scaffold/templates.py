"""Filling the `cxkit new` templates: every value the author gave, a TODO for the rest."""

from __future__ import annotations

import datetime as _dt
import json
from string import Template
from types import ModuleType

from . import templates_en, templates_pl

LANGS: dict[str, ModuleType] = {"en": templates_en, "pl": templates_pl}
KIND_TEMPLATES = {"persona": "PERSONA", "negative-persona": "NEGATIVE_PERSONA", "journey": "JOURNEY"}
#: The persona id a journey gets when nobody named one; `cxkit lint` reports it as unknown.
PERSONA_PLACEHOLDER = "todo-persona"
#: A journey's starting stages (`cxkit new journey --stages`), the default first: the purchase
#: funnel (awareness to advocacy), or a service's (need, finding out, applying, waiting, outcome).
STAGE_SETS = ("funnel", "service")


# Characters JSON leaves as they are that YAML readers may take for line breaks (U+0085, U+2028,
# U+2029) or that no one can see (DEL, C1 controls, the byte-order mark): written as escapes.
_ESCAPED = {c: f"\\u{c:04x}" for c in (0x7F, *range(0x80, 0xA0), 0x2028, 0x2029, 0xFEFF)}


def quote(text: str) -> str:
    """``text`` as a double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False).translate(_ESCAPED)


def plain_id(ident: str) -> str:
    """An id as written after `id: `: plain, unless YAML would read it as no text (`null`, `true`).

    Numbers stay plain: cxkit reads `id: 2026` as the text it is written as.
    """
    from ..yamlio import load_text

    read = load_text(f"id: {ident}\n").data
    value = read.get("id") if isinstance(read, dict) else None
    if value is None or isinstance(value, bool):
        return quote(ident)
    return ident


def texts(lang: str) -> ModuleType:
    """The module holding templates, prompts and placeholders for ``lang``."""
    return LANGS[lang]


def render(
    kind: str,
    lang: str,
    *,
    doc_id: str,
    name: str,
    answers: dict[str, str] | None = None,
    persona: str | None = None,
    today: _dt.date | None = None,
    stages: str = "funnel",
) -> str:
    """The YAML text of a new document of ``kind`` in ``lang``.

    ``answers`` may hold summary, goal, pain_point, reason (negative persona) or
    journey_goal; blank or missing answers keep the TODO placeholder. ``stages`` (a journey's):
    one of :data:`STAGE_SETS`.
    """
    module = texts(lang)
    given = {k: v.strip() for k, v in (answers or {}).items() if v and v.strip()}
    holders = module.PLACEHOLDERS
    if today is None:
        from ..clock import today as clock_today

        today = clock_today()  # CXKIT_TODAY pins it, as it pins the date lint compares with
    day = today.isoformat()

    def value(field: str, placeholder: str | None = None) -> str:
        return quote(given.get(field) or holders[placeholder or field])

    values = {"id": plain_id(doc_id), "name": quote(name), "today": day}
    if kind == "persona":
        values.update(summary=value("summary"), goal=value("goal"), pain_point=value("pain_point"))
    elif kind == "negative-persona":
        values.update(summary=value("summary", "negative_summary"), reason=value("reason"))
    else:
        wording = module.WORDING[stages]
        values.update(
            wording,
            persona=plain_id(persona or PERSONA_PLACEHOLDER),
            goal=value("journey_goal", "journey_goal" if stages == "funnel" else f"journey_goal.{stages}"),
            stages="".join(
                Template(module._STAGE).substitute(wording, hint=hint, stage_id=sid, stage_name=label, today=day)
                for sid, label, hint in (module.STAGES if stages == "funnel" else module.SERVICE_STAGES)
            ),
        )
    return Template(getattr(module, KIND_TEMPLATES[kind])).substitute(values)
