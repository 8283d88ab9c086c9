"""Structural rules: can the file be read, does it fit the format, do references resolve."""

from __future__ import annotations

from typing import Iterable

from ..finding import Hit, Place, Severity
from ..polish import counted
from ..polish import q as quote_pl
from ..rule import Rule, register
from ..simjoin import ClosestMatch
from ...visible import visible_line
from ...workspace import DocSummary, ExcludedDocument, OtherWorkspaceDocument, WorkspaceIndex


@register
class ReadError(Rule):
    """A file that cxkit could not open.

    The file exists but reading it failed: no permission, a dangling link, an
    I/O error.  The rest of the workspace is still checked.

    Why: a linter that silently skips what it cannot read gives false comfort.

    Bad:
        $ chmod 000 personas/ola.yaml

    Good:
        $ chmod 644 personas/ola.yaml
    """

    code = "CX000"
    name = "read-error"
    severity = Severity.error
    scope = "engine"


@register
class YamlSyntax(Rule):
    """The file is not one well-formed, safe YAML document.

    Reported at the position the parser stopped: broken indentation (a `key:`
    indented more than the key above it is read as more of that key's value,
    and one a space or two off the keys above it after a nested list belongs
    to no mapping: the finding, at the key, names the key and the column to
    align it with, for a key in any letters (`właściciel:`, `x-źródła:`) as
    for an ASCII one; a `- ` item off the items above, the column of their
    dashes; a line of a `|` or `>` text indented a space or two less than the
    text's other lines, or the text's first line deeper than the lines after
    it, which ends the text there: the finding, at that line, says how many
    spaces every line of the text must keep), an unclosed
    bracket or quote, a duplicate key, several documents in one file,
    leftover git merge conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`,
    reported at the first one, with the line of each),
    bytes that are not UTF-8, an empty file (or one of comments only and no document, such
    as a new file's `# yaml-language-server` line), YAML tags (cxkit never constructs
    tagged objects), aliases that expand to a huge document ("billion laughs"),
    nesting deeper than 200 levels, or a file over 4 MiB.  A value with a `:`
    inside `[ ]` or `{ }` (`sources: [https://ankieta.pl/wyniki]`) is valid
    YAML 1.2 that cxkit's fast YAML 1.1 reader cannot take; the finding names
    the value and shows it quoted, which is the fix.  A no-break space (U+00A0,
    as Word, Outlook and Teams paste it) or another space look-alike (the
    narrow no-break U+202F, the figure space U+2007, the en, em and thin
    spaces U+2000-U+200A, U+205F, the ideographic space U+3000) after a key's
    colon or in the indentation, which YAML reads as text and stops at lines
    later, is reported where it is, with the fix: ordinary spaces (two for an
    ideographic one); lines pasted together with such an indentation are named
    together, at the first.  In values they are text: a file that reads is
    never told about them.  A list item typed without the space after its
    dash (`-Kupić buty` below `- Kupić sukienkę`) is told so at the dash; a
    `: ` inside a value in typographic quotes (`name: „Ola: kocha modę”`),
    which YAML reads as letters, is told to use straight quotes.  A file
    that does not parse has no comments cxkit can read, so a `# cxkit:
    disable-file=...` comment in it (`disable-file=all` too) silences
    nothing, this finding included; to leave such files unreported while
    they wait to be fixed (a legacy import), name them in the config:
    `[per-file-ignores]` `"personas/legacy/*.yaml" = ["yaml-syntax"]`, or
    `exclude` them.

    Why: every other check needs the document; a parse error must say exactly
    where it is, never crash.

    Bad:
        kind: persona
        id: ola-runner
          name: Ola Nowak

    Good:
        kind: persona
        id: ola-runner
        name: Ola Nowak

    Bad (pl):
        kind: persona
        id: grazyna-emerytka
        name: Grażyna Żółkiewska
        goals:
          - Zamówić leki z e-recepty bez stania w kolejce w aptece
         - Odebrać je w paczkomacie przy Żabce obok bloku

    Good (pl):
        kind: persona
        id: grazyna-emerytka
        name: Grażyna Żółkiewska
        goals:
          - Zamówić leki z e-recepty bez stania w kolejce w aptece
          - Odebrać je w paczkomacie przy Żabce obok bloku
    """

    code = "CX001"
    name = "yaml-syntax"
    severity = Severity.error
    scope = "engine"


@register
class Schema(Rule):
    """The document does not fit cxkit's file format.

    A missing or misspelt `kind`, a missing required field, an unknown field
    (typos must not pass silently; keep your own data under keys starting with
    `x-`), a value of the wrong type, an emotion outside -2..+2, a date that is
    not a real YYYY-MM-DD date, an id that is not a slug.  Reported at the
    offending key or value.

    Why: the format is the contract every rule, renderer and diff relies on.

    Bad:
        kind: journey
        id: ola-kupuje-buty
        name: Ola kupuje buty do biegania
        persona: ola-runner
        stages:
          - id: awareness
            name: Świadomość
            emotion: 7

    Good:
        kind: journey
        id: ola-kupuje-buty
        name: Ola kupuje buty do biegania
        persona: ola-runner
        stages:
          - id: awareness
            name: Świadomość
            emotion: 2

    Bad (en):
        kind: journey
        id: sam-switches-energy
        name: Sam switches energy supplier
        persona: sam-renter
        stages:
          - id: comparing
            name: Compares fixed tariffs
            emotion: 7

    Good (en):
        kind: journey
        id: sam-switches-energy
        name: Sam switches energy supplier
        persona: sam-renter
        stages:
          - id: comparing
            name: Compares fixed tariffs
            emotion: -1
    """

    code = "CX002"
    name = "schema"
    severity = Severity.error
    scope = "engine"


@register
class DuplicateId(Rule):
    """Two documents in the workspace share an `id`.

    Ids are unique across all kinds: journeys point at personas by id, and
    diffs match documents by id.  Every copy is reported, naming where the
    others are: which copy is the stray one is for the author to say, and a
    copy added in a pull request is reported in that pull request's own file
    (and when linted alone).  A `# cxkit: disable=duplicate-id` at the `id:`
    of a copy (or `per-file-ignores`, `disable-file` for its file) silences
    that copy; on a later copy it also stands for the first copy by path (as
    when only later copies were reported), so a workspace that passed keeps
    passing, and a further copy is still reported.

    Why: an ambiguous reference silently points at the wrong person.

    Bad:
        # personas/ola.yaml and personas/ola-2.yaml both say
        id: ola-runner

    Good:
        id: ola-runner        # personas/ola.yaml
        id: ola-trail-runner  # personas/ola-2.yaml

    Bad (pl):
        # oba pliki, personas/marta.yaml i personas/marta-kredyt.yaml, mają
        id: marta-klientka-banku

    Good (pl):
        id: marta-klientka-banku    # personas/marta.yaml
        id: marta-kredyt-hipoteczny  # personas/marta-kredyt.yaml
    """

    code = "CX003"
    name = "duplicate-id"
    severity = Severity.error
    scope = "workspace"

    def check_workspace(self, index: WorkspaceIndex) -> Iterable[Hit]:
        for ident, docs in index.by_id.items():
            if len(docs) < 2:
                continue
            # A copy silenced for the rule is reported (there the comment silences it). As before every
            # copy was reported, a later copy's comment also stands for the first copy by path, which
            # was never reported then; any other copy is still reported (a third, new one too).
            accepted = [index.silenced(self.name, d.path, d.id_pos[0]) or index.ignored(self.name, d.path) for d in docs]
            for i, doc in enumerate(docs):
                if i == 0 and not accepted[0] and any(accepted[1:]):
                    continue
                others = [o for o in docs if o is not doc]
                named: list[str | Place] = []
                for o in others[:3]:
                    named += [", " if named else "", Place(o.path, *o.id_pos), f":{o.id_pos[0]}"]
                wymienione = list(named)
                if len(others) > 3:
                    rest = len(others) - 3
                    named.append(f" and {rest} other document{'s' if rest > 1 else ''}")
                    # "występuje też w … i w 2 innych dokumentach": the locative that "w" asks for
                    wymienione.append(f" i w {counted(rest, 'innym dokumencie', 'innych dokumentach', 'innych dokumentach')}")
                yield Hit.naming(
                    doc.id_pos[0], doc.id_pos[1],
                    f"id '{ident}' is also used by ", *named, "; ids must be unique across the workspace",
                    path=doc.path,
                    pl=(f"id {quote_pl(ident)} występuje też w ", *wymienione,
                        "; identyfikatory muszą być niepowtarzalne w całym obszarze roboczym") if self.polish else None,
                )


@register
class UnknownPersona(Rule):
    """A journey's `persona` does not name a persona in the workspace.

    The closest existing id is suggested; when a persona's file is named after
    the missing id (`personas/priya-burst-pipe-claimant.yaml`) but holds another
    id, its id was renamed and the journey not: that id and file are suggested.
    Lint the whole workspace (not a single journey file) so the persona can be
    found.  When the persona is only in a file the config's `exclude` leaves out
    (a `drafts` folder), the finding names that file and the pattern; those
    files are looked for only when the rule fires, by their `kind:` and `id:`
    lines.

    Why: a journey map is always somebody's journey; a dangling reference
    means the map and its persona have drifted apart.

    Bad:
        kind: journey
        id: ola-kupuje-buty
        name: Ola kupuje buty do biegania
        persona: ola-runer
        stages:
          - id: awareness
            name: Świadomość

    Good:
        kind: journey
        id: ola-kupuje-buty
        name: Ola kupuje buty do biegania
        persona: ola-runner
        stages:
          - id: awareness
            name: Świadomość

    Bad (en):
        kind: journey
        id: priya-first-mortgage
        name: Priya gets her first mortgage
        persona: priya-first-time-buyr
        stages:
          - id: agreement-in-principle
            name: Gets an agreement in principle

    Good (en):
        kind: journey
        id: priya-first-mortgage
        name: Priya gets her first mortgage
        persona: priya-first-time-buyer
        stages:
          - id: agreement-in-principle
            name: Gets an agreement in principle
    """

    code = "CX004"
    name = "unknown-persona"
    severity = Severity.error
    scope = "workspace"

    def check_workspace(self, index: WorkspaceIndex) -> Iterable[Hit]:
        personas = [d.id for d in index.documents if d.kind in ("persona", "negative-persona") and d.id]
        # Built on the first unknown reference (a clean run needs none of them): each persona's id in its
        # valid form, the personas whose id is no valid id by that form, and the closest-match look-ups.
        valid: list[str] = []
        fixed: dict[str, DocSummary] | None = None
        closest: ClosestMatch | None = None
        near_broken: ClosestMatch | None = None
        maybe: list[str] = []
        broken: dict[str, str] = {}
        for journey, ref, at in _persona_references(index):
            if any(d.kind in ("persona", "negative-persona") for d in index.by_id.get(ref, [])):
                continue
            others = index.by_id.get(ref)
            if others:
                yield Hit.naming(
                    *at,
                    f"persona '{ref}' is a {others[0].kind} (", Place(others[0].path, *others[0].id_pos), "), not a persona",
                    path=journey.path,
                    pl=(f"persona {quote_pl(ref)} to {_KIND_PL.get(others[0].kind or '', others[0].kind)} (",
                        Place(others[0].path, *others[0].id_pos), "), a nie persona") if self.polish else None,
                )
                continue
            if any(ident == ref and kind != "journey" for _path, kind, ident in index.unread):
                continue  # its file could not be read: that file's own finding says why
            hidden = [e for e in index.excluded() if e.id == ref and e.kind in ("persona", "negative-persona")]
            if hidden:
                yield Hit.naming(*at, *_excluded_message(ref, hidden), path=journey.path,
                                 pl=_excluded_message_pl(ref, hidden) if self.polish else None)
                continue
            apart = [d for d in index.in_other_workspaces() if d.id == ref and d.kind in ("persona", "negative-persona")]
            if apart:
                yield Hit.naming(*at, *_other_workspace_message(ref, apart), path=journey.path,
                                 pl=_other_workspace_message_pl(ref, apart) if self.polish else None)
                continue
            renamed = _named_after(ref, index)
            if renamed is not None:
                # The file still carries the old id's name: its persona's id was changed, this journey was not.
                yield Hit.naming(*at, f"persona '{ref}' does not exist in the workspace; did you mean "
                                 f"'{renamed.id}' (", Place(renamed.path, *renamed.id_pos), ", the file named after this id)?",
                                 path=journey.path,
                                 pl=(f"persona {quote_pl(ref)} nie istnieje w obszarze roboczym; czy chodziło o "
                                     f"{quote_pl(renamed.id)} (", Place(renamed.path, *renamed.id_pos),
                                     ", plik nazwany tym id)?") if self.polish else None)
                continue
            if fixed is None:
                from ...model.validate import valid_id

                # A persona whose id is no valid id (`Ola Kowalska`) is told by the schema to take the valid form
                # (`ola-kowalska`): that is the id to suggest, and a journey that names it already waits for that fix.
                fixed = {}
                for d in index.documents:
                    if d.kind in ("persona", "negative-persona") and d.id:
                        v = valid_id(d.id)
                        valid.append(v or d.id)
                        if v and v != d.id:
                            fixed[v] = d
                maybe = [path for path, kind, ident in index.unread if ident is None and kind != "journey"]
                # Personas with an id that did not load (a near miss of `kind`, invalid YAML): not "no personas".
                broken = {ident: path for path, kind, ident in index.unread if ident and kind != "journey"}
                near_broken = ClosestMatch(broken, cutoff=0.6) if broken else None
            waiting = fixed.get(ref)
            if waiting is not None:
                if not index.ignored("schema", waiting.path):
                    continue  # the persona's own schema finding says to write this id
                yield Hit.naming(*at, f"persona '{ref}' does not exist in the workspace; the persona in ",
                                 Place(waiting.path, *waiting.id_pos), f" has the id '{waiting.id}', which is no valid id: "
                                 f"write '{ref}' there", path=journey.path,
                                 pl=(f"persona {quote_pl(ref)} nie istnieje w obszarze roboczym; persona w ",
                                     Place(waiting.path, *waiting.id_pos), f" ma id {quote_pl(waiting.id)}, które nie "
                                     f"jest poprawnym id: wpisz tam {quote_pl(ref)}") if self.polish else None)
                continue
            named = _by_name(ref, index)
            if named is not None:
                # The persona's name, or its name made an id (`kasia-wrona`): a journey names its persona by id.
                yield Hit.naming(*at, f"persona '{ref}' does not exist in the workspace; did you mean "
                                 f"'{named.id}' ({named.name})? A journey names its persona by the id in its file (",
                                 Place(named.path, *named.id_pos), "), not by its name", path=journey.path,
                                 pl=(f"persona {quote_pl(ref)} nie istnieje w obszarze roboczym; czy chodziło o "
                                     f"{quote_pl(named.id)} ({named.name})? Ścieżka wskazuje personę przez id z jej "
                                     "pliku (", Place(named.path, *named.id_pos), "), a nie przez imię")
                                 if self.polish else None)
                continue
            if closest is None:
                closest = ClosestMatch(valid, cutoff=0.6)
            ids = [part.strip() for part in ref.split(",")]
            if len(ids) > 1 and all(ids) and ids[0] in valid:
                # `persona: a, b`: a buying committee; the first id leads (not the closest of the whole text).
                rest = ", ".join(ids[1:])
                yield Hit.naming(*at, f"persona '{ref}' does not exist in the workspace; did you mean "
                                 f"'{ids[0]}'{_with_name(ids[0], index)}? List the others who take part under "
                                 f"`other_personas: [{rest}]`", path=journey.path,
                                 pl=(f"persona {quote_pl(ref)} nie istnieje w obszarze roboczym; czy chodziło o "
                                     f"{quote_pl(ids[0])}{_with_name(ids[0], index)}? Pozostałe persony, które biorą "
                                     f"udział, wpisz pod `other_personas: [{rest}]`") if self.polish else None)
                continue
            guess = closest(ref)
            hint: list[str | Place] = [
                f"; did you mean '{guess}'{_with_name(guess, index)}?" if guess
                else (index.no_personas_advice if not personas else "")
            ]
            # Without a persona at all, the engine's advice says where the run looked (its Polish twin too).
            advice_pl = getattr(index.no_personas_advice, "pl", None) if not personas else ""
            rada: list[str | Place] | None = [
                f"; czy chodziło o {quote_pl(guess)}{_with_name(guess, index)}?" if guess else (advice_pl or "")
            ] if guess or personas or not index.no_personas_advice or advice_pl is not None else None
            if guess in fixed and guess not in index.by_id:
                # Suggested in its valid form: the persona's file must change to it as well.
                hint = [f"; did you mean '{guess}'? (the id of ", Place(fixed[guess].path, *fixed[guess].id_pos),
                        f", written '{fixed[guess].id}', which is no valid id: write '{guess}' in both files)"]
                rada = [f"; czy chodziło o {quote_pl(guess)}? (id z ", Place(fixed[guess].path, *fixed[guess].id_pos),
                        f", zapisane jako {quote_pl(fixed[guess].id)}, nie jest poprawnym id: wpisz {quote_pl(guess)} "
                        "w obu plikach)"]
            near = near_broken(ref) if not guess and near_broken is not None else None
            if near is not None:
                hint = [f"; did you mean '{near}'? (in ", Place(broken[near]),
                        ", which does not load as a persona until its own errors are fixed)"]
                rada = [f"; czy chodziło o {quote_pl(near)}? (w pliku ", Place(broken[near]),
                        ", który nie wczyta się jako persona, dopóki nie poprawisz jego błędów)"]
            elif not guess and not maybe and not personas and broken:
                first = next(iter(broken))
                hint = [f"; no persona loads: the persona '{first}' in ", Place(broken[first]),
                        " does not until its own errors are fixed"]
                rada = [f"; żadna persona się nie wczytuje: persona {quote_pl(first)} w ", Place(broken[first]),
                        " nie wczyta się, dopóki nie poprawisz jej błędów"]
            elif not guess and maybe:
                more = f" and {len(maybe) - 2} more" if len(maybe) > 2 else ""
                hint = ["; it may be in a file that could not be read (", Place(maybe[0])]
                hint += [", ", Place(maybe[1])] if len(maybe) > 1 else []
                hint.append(f"{more})")
                rada = ["; może być w pliku, którego nie udało się odczytać (", Place(maybe[0])]
                rada += [", ", Place(maybe[1])] if len(maybe) > 1 else []
                rada.append(f" i jeszcze {len(maybe) - 2})" if len(maybe) > 2 else ")")
            # Advice given as a plain string (no Polish twin, as a test or an API caller may): English as a whole.
            yield Hit.naming(*at, f"persona '{ref}' does not exist in the workspace", *hint, path=journey.path,
                             pl=None if rada is None else
                             (f"persona {quote_pl(ref)} nie istnieje w obszarze roboczym", *rada))



def _persona_references(index: WorkspaceIndex) -> Iterable[tuple[DocSummary, str, tuple[int, int]]]:
    """Each journey's persona references: its `persona`, then each id of its `other_personas` (the rest of a
    buying committee), with where each is written."""
    for journey in index.of_kind("journey"):
        if journey.persona is not None:
            yield journey, journey.persona, journey.persona_pos
        for row in journey.extra.get("other_personas", ()):
            if isinstance(row, (list, tuple)) and len(row) == 3 and isinstance(row[0], str):
                yield journey, row[0], (int(row[1]), int(row[2]))

def _by_name(ref: str, index: WorkspaceIndex) -> DocSummary | None:
    """The persona whose `name` ``ref`` is, in any case and spacing, or made an id (`Kasia Wrona`,
    `kasia-wrona`); the first in file order when two have that name."""
    from ...model.validate import valid_id

    said = " ".join(ref.split()).casefold()
    as_id = valid_id(ref)
    for doc in sorted(index.documents, key=lambda d: d.path):
        if doc.kind in ("persona", "negative-persona") and doc.id and isinstance(doc.name, str) and doc.name.strip():
            if " ".join(doc.name.split()).casefold() == said or (as_id and valid_id(doc.name) == as_id):
                return doc
    return None


def _with_name(ident: str, index: WorkspaceIndex) -> str:
    """" (Kasia Wrona)": the name of the persona with the id ``ident``, to say whom a suggestion means."""
    found = next((d for d in index.by_id.get(ident, []) if d.kind in ("persona", "negative-persona")), None)
    name = found.name if found is not None else None
    return f" ({' '.join(name.split())})" if isinstance(name, str) and name.strip() and name.strip() != ident else ""


def _named_after(ref: str, index: WorkspaceIndex) -> DocSummary | None:
    """The persona in the file named ``ref`` (``personas/ref.yaml``), when its id is another: a persona
    whose id was renamed while the journeys about it were not."""
    for doc in index.documents:
        if doc.kind in ("persona", "negative-persona") and doc.id and doc.id != ref:
            name = doc.path.replace("\\", "/").rsplit("/", 1)[-1]
            if name in (f"{ref}.yaml", f"{ref}.yml"):
                return doc
    return None


def _other_workspace_message(ref: str, found: list[OtherWorkspaceDocument]) -> list[str | Place]:
    """What to say of a persona that exists only in a folder below with a config of its own."""
    first = found[0]
    more = f" (and {len(found) - 1} more file{'s' if len(found) > 2 else ''})" if len(found) > 1 else ""
    return [f"persona '{ref}' does not exist in the workspace; '{ref}' is in ", Place(first.path),
            f"{more}, which belongs to another workspace (", Place(first.config), "): a journey sees only its own "
            "workspace's personas; move the file into this workspace, or remove ", Place(first.config),
            " if its folder belongs to this one"]


#: A document's kind as unknown-persona's Polish message names it.
_KIND_PL = {"journey": "ścieżka", "persona": "persona", "negative-persona": "persona negatywna"}


def _other_workspace_message_pl(ref: str, found: list[OtherWorkspaceDocument]) -> list[str | Place]:
    """:func:`_other_workspace_message` in Polish."""
    first = found[0]
    more = f" (i w {counted(len(found) - 1, 'innym pliku', 'innych plikach', 'innych plikach')})" if len(found) > 1 else ""
    return [f"persona {quote_pl(ref)} nie istnieje w obszarze roboczym; {quote_pl(ref)} jest w pliku ", Place(first.path),
            f"{more}, który należy do innego obszaru roboczego (", Place(first.config), "): ścieżka widzi tylko persony "
            "własnego obszaru roboczego; przenieś plik do tego obszaru albo usuń ", Place(first.config),
            ", jeśli jego folder należy do tego obszaru"]


def _excluded_message_pl(ref: str, found: list[ExcludedDocument]) -> list[str | Place]:
    """:func:`_excluded_message` in Polish."""
    first = found[0]
    pattern = visible_line(first.pattern)
    more = f" (i w {counted(len(found) - 1, 'innym wykluczonym pliku', 'innych wykluczonych plikach', 'innych wykluczonych plikach')})" if len(found) > 1 else ""
    move: list[str | Place] = (
        ["przenieś go poza ", Place(first.folder + "/")] if first.folder
        else [f"zmień nazwę pliku tak, by wzorzec {quote_pl(pattern)} do niej nie pasował"]
    )
    return [f"persona {quote_pl(ref)} jest tylko w pliku ", Place(first.path), f"{more}, który `exclude` wyłącza z obszaru "
            f"roboczego ({quote_pl(pattern)} w {first.config}), więc nigdy nie jest sprawdzany; ", *move,
            f" albo usuń {quote_pl(pattern)} z `exclude`"]


def _excluded_message(ref: str, found: list[ExcludedDocument]) -> list[str | Place]:
    """What to say of a persona that exists only in files `exclude` leaves out, and how to bring it in."""
    first = found[0]
    pattern = visible_line(first.pattern)  # as written in the config: a control character is shown, not obeyed
    more = f" (and {len(found) - 1} more excluded file{'s' if len(found) > 2 else ''})" if len(found) > 1 else ""
    move: list[str | Place] = (
        ["move it out of ", Place(first.folder + "/")] if first.folder else [f"rename it so that '{pattern}' does not match it"]
    )
    return [f"persona '{ref}' is only in ", Place(first.path), f"{more}, which `exclude` leaves out of the workspace "
            f"('{pattern}' in {first.config}), so it is never checked; ", *move, f", or remove '{pattern}' from `exclude`"]


@register
class UnusedSuppression(Rule):
    """A `# cxkit: disable=...` comment that suppresses nothing.

    Also reported: a suppression naming a rule that does not exist, and a `# cxkit:` comment cxkit
    does not understand (`enable=`, a misspelt `disable`, `# cxkit disable=` without its colon); one
    in another linter's form that names cxkit rules (`disable-next-line=RULE`, `disable-line=RULE`,
    `ignore=RULE`, `disable RULE`) is told the `# cxkit: disable=RULE` that does the same. A
    `# cxkit:` inside a quoted or block value is text, not a comment: it silences nothing and is not
    reported. A comment reaches its own line or, on a line of its own, the next line with content
    (and the keys of a list item, the lines of a `|` or `>` value); not a trait two lines below it,
    nor a finding reported at a parent key, such as a stage's `- id:`. When a finding of the
    comment's rule is within 10 lines of the line it reaches, and inside what that line opens (the
    trait under a parent key) or on a line that opens what holds it (a stage's `- id:`), the report
    names that line instead of saying "remove it" (a finding of another item or key is not named: the
    comment is more likely stale): `'disable=pseudo-profiling' suppresses nothing on line 12; the
    pseudo-profiling finding is on line 14: put the comment at the end of that line, or on its own
    line just above it`. Each such finding is named for one comment, the nearest. In a document
    that does not fit the format (a `schema` error), the rules that need a valid document do not
    run, so a comment naming one of them is not reported until the document fits again. When
    every schema error of a document is silenced (a `# cxkit: disable=schema`, `ignore`,
    `per-file-ignores`), those rules run on the rest of it: an unknown key, a bad value of a field
    that may be left out, or a last list item the schema rejects (not a stage) is left out of what
    they read; when an error is elsewhere (a required field, an item before others), this rule
    says, at the comment (or at the error, when the configuration ignores `schema`), that they did
    not run on the document, so it never passes as checked, and names the error that blocks them:
    a missing required field, or the unknown key that stands for it (`etapy:` for `stages`, "it
    stands for `stages`, which a journey must have"), not a bad date that could be left out; an `all` in that comment does not
    silence the note, which is a warning (or this rule's severity, when set higher), so that the run
    fails at the default fail level. A comment naming `fmt-layout` (CX009) is told that it is `cxkit fmt`'s
    code, not a lint rule.
    A comment naming a rule that `per-file-ignores` skips for its file is judged by that rule's
    findings there all the same: on one of them it is not reported (it silences that finding once
    the pattern is narrowed), and with none on its line it is told so, as any other; a comment
    naming a rule turned off by `ignore` or `--ignore` is not reported, since the rule did not run.
    This rule's findings obey comments as every rule's do: a comment naming `unused-suppression`
    (or CX005) silences those of its line, its own included, so `# cxkit: disable=CX101,CX005`
    keeps a comment that may find nothing yet, but not the report of a rule the same comment names
    that does not exist (`disable=pseudo-profilng,unused-suppression`: a typo must not hide itself;
    to name a rule only a newer cxkit has, silence that report in the file or the configuration);
    `disable-file=unused-suppression` and `disable-file=all` silence them in the file (a
    `disable=all` never silences the report about itself); such a comment that silences nothing is
    reported in turn. A report quotes the comment as written (`'disable=CX101' suppresses nothing`). The report about a comment
    on a line of its own obeys the comments of the line it reaches too, so it stays the same when
    `cxkit fmt` moves the comment to the end of that line. When a comment on a line and a
    `disable-file` both cover a finding, the comment on the line is the one used.

    Why: stale suppressions hide the next real problem on that line.

    Bad:
        goals:
          - Kupić słuchawki do 1500 zł  # cxkit: disable=pseudo-profiling

    Good:
        goals:
          - Kupić słuchawki do 1500 zł

    Bad (en):
        goals:
          - Get a mortgage offer within 4 weeks, before the seller's chain falls through  # cxkit: disable=pseudo-profiling

    Good (en):
        goals:
          - Get a mortgage offer within 4 weeks, before the seller's chain falls through
    """

    code = "CX005"
    name = "unused-suppression"
    severity = Severity.info
    scope = "engine"
