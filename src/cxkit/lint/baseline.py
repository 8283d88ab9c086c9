"""A baseline: the findings a workspace had when it adopted cxkit, so that a run fails only on new ones.

`cxkit lint --write-baseline` records each finding of the run by a key that survives line shifts and
unrelated edits: the file (named from the folder of the workspace the baseline file lies in, whichever
folder cxkit runs from; see :func:`_folder`), the rule, the
place in the document's data as `cxkit review` keys it (``stages[decision].emotion``; a list item by
its id, else its text) and what the message quotes (the subject the SARIF and GitLab fingerprints are
made of), with a count per key.
`cxkit lint --baseline FILE` (or the `baseline` config key) then shows only the findings that no entry
accounts for.  An entry accounts for as many findings as its count; a finding whose key has no entry
left is matched, as `cxkit review` matches, on file, rule and place alone (its wording changed), before
it is called new.  The entries left over are findings fixed since: reported, so the file can shrink.

A finding no entry of its file accounts for is matched last by its document's ``id`` instead of its
file, so a document renamed or moved with its id kept keeps its entries (git's rename detection is not
used); a file without an id, or one whose id changed too, is new: write the baseline again then.
"""

from __future__ import annotations

import errno
import json
import os
import posixpath
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, NamedTuple, Sequence

from ..visible import raw_name
from .finding import Finding

#: The file `--write-baseline` writes when neither `--baseline` nor the config names one: beside the config.
DEFAULT_NAME = ".cxkit-baseline.json"
#: What the file's first key says, ``NAME/N`` as every object cxkit writes for machines (docs/machine-output.md);
#: a file without it is not read as a baseline.
FORMAT = "cxkit-baseline"
VERSION = 1
WRITTEN = f"{FORMAT}/{VERSION}"


class BaselineError(Exception):
    """A baseline that cannot be read or written; the CLI prints it and exits with 2."""


class Key(NamedTuple):
    """What a finding is, line numbers aside: see the module's doc.  ``document``: the document's
    ``id`` ("" without one), which finds the entries of a file renamed or moved with its id kept."""

    path: str
    rule: str
    place: str
    subject: str
    document: str = ""


#: The place of the key of a finding that says a rule failed (:attr:`cxkit.lint.finding.Finding.failed`): no entry
#: matches it and none is written for it, so a failure keeps failing the job whatever the baseline holds.
FAILED = "\0failed"


#: The rules whose finding is about two documents and lands on one of them (similar-personas: on the later
#: of the two in the scan's order), so that renaming one can move it to the other, its message naming the
#: two the other way round.
PAIR_RULES = frozenset({"similar-personas"})
#: A quoted part of a subject (an id): a pair finding's subject quotes its two documents' ids.
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def _pair(key: Key) -> tuple[str, str, tuple[str, ...]] | None:
    """A pair rule's finding as the same pair whichever of its documents it is on (None: not a pair rule's)."""
    if key.rule not in PAIR_RULES:
        return None
    return key.rule, key.place, tuple(sorted(_QUOTED.findall(key.subject)))


#: The rules whose finding is about the whole workspace and lands on one document picked for it
#: (missing-negative-persona: the persona whose file comes first), so that a persona added, renamed or
#: moved can take it to another file.
WORKSPACE_RULES = frozenset({"missing-negative-persona"})


def _workspace(key: Key) -> tuple[str, str, str] | None:
    """A workspace rule's finding as the same one whichever document it is on (None: not such a rule's)."""
    return (key.rule, key.place, key.subject) if key.rule in WORKSPACE_RULES else None


#: Findings that moved from one rule to another with cxkit itself, the document unchanged, by (rule,
#: subject): the same problem under a name both share.  A document with no date at all was
#: missing-review-date's (CX304, info) until stale-review (CX303) took it over as stale, at the same place
#: with the same subject; so a baseline written before still accounts for it, and one written since
#: still accounts for the CX304 finding that `[rules.stale-review] undated = false` brings back.  A document
#: made by `cxkit new` keeps the template's `# reviewed:` comment, which either message names since session 35
#: (quoting it, so its subject has two more parts): the same finding, with or without them.
_UNDATED_SUBJECTS = ("`reviewed`", "`reviewed` `# reviewed:` `# `")
_TAKEN_OVER = {(rule, subject): "undated" for rule in ("missing-review-date", "stale-review") for subject in _UNDATED_SUBJECTS}


def _taken_over(key: Key, by_document: bool = False) -> tuple[str, str, str] | None:
    """A finding one rule took over from another (see :data:`_TAKEN_OVER`) as the same one in either rule's
    name, in its file (or, ``by_document``, in its document); None: no such finding."""
    same = _TAKEN_OVER.get((key.rule, key.subject))
    if same is None or by_document and not key.document:
        return None
    return (key.document if by_document else key.path), same, key.place


#: How a finding is matched with an entry, in turn, each on what the earlier ones left: the whole key;
#: file, rule and place (the same problem reworded); the document's id instead of the file (a file
#: renamed or moved, its id kept); a pair rule's two documents in either order (a rename moved the
#: finding to the other one); a workspace rule's finding on any document; a finding another rule took
#: over (see :data:`_TAKEN_OVER`), in its file, then in its document.  Each with whether an entry it
#: matches with a finding in another file holds on by the document's id alone (counted in ``Outcome.by_id``).
_MATCHES: tuple[tuple[Callable[[Key], Any], bool], ...] = (
    (lambda k: k[:4], False),
    (lambda k: k[:3], False),
    (lambda k: (k.document, k.rule, k.place, k.subject) if k.document else None, True),
    (_pair, True),
    (_workspace, False),
    (_taken_over, False),
    (lambda k: _taken_over(k, by_document=True), True),
)


#: What a run's ``covers`` says of an entry of a file it could not check whole (a `schema` or `yaml-syntax`
#: finding kept the document rules off it): hidden, neither fixed nor dropped (see :attr:`Outcome.hidden`).
HIDDEN = "hidden"


@dataclass
class Outcome:
    """What a baseline made of a run's findings."""

    #: Per finding of the run (in its order): whether the baseline accounts for it.
    known: list[bool]
    #: Each finding's key, in the run's order.
    keys: list[Key]
    #: The entries no finding matched, with how many findings each still counts.
    stale: Counter[Key] = field(default_factory=Counter)
    #: The entries of files or rules the run did not check (a path named, `--select`): neither stale nor
    #: dropped, so that a baseline written from part of the workspace keeps the rest of it.
    aside: Counter[Key] = field(default_factory=Counter)
    #: The entries that matched a finding in another file, by its document's id (or a pair's two ids) only:
    #: with how many findings each.  Those whose file is gone (a folder moved) hold on by the id alone.
    by_id: Counter[Key] = field(default_factory=Counter)
    #: The entries of files that do not fit the format now (a `schema` or `yaml-syntax` finding there), of rules
    #: that did not run on them: not known to be fixed, so kept as ``aside`` is; said apart from the fixed ones.
    hidden: Counter[Key] = field(default_factory=Counter)

    @property
    def baselined(self) -> int:
        return sum(self.known)

    @property
    def stale_count(self) -> int:
        return sum(self.stale.values())


def finding_keys(findings: Sequence[Finding], folder: str, stored: Stored | None = None,
                 buffers: dict[str, bytes] | None = None) -> list[Key]:
    """The key of each finding, its files named from ``folder`` (the baseline file's).  ``stored``: the
    cached run's outputs (see :data:`PLACES_OUTPUT`), which keep each finding's place, so that a warm run
    reads no file for them; ``buffers``: the text of a path to read instead of the file (see :func:`read_places`)."""
    from .formats.gitlab import _subject
    from .formats.paths import named_from

    places = _stored_places(stored) if stored is not None else {}
    missing = [f for f in findings if (f.line, f.column) not in places.get(f.path, ("", {}))[1]]
    for path, (document, at) in (read_places(missing, buffers) if missing else {}).items():
        places[path] = (document, {**places[path][1], **at} if path in places else at)
    out = []
    for f in findings:
        document, where = places.get(f.path, ("", {}))
        f = f.in_english()  # a Polish workspace's finding is keyed by its English message: either language matches
        message = f.message_with(lambda p: named_from(p, folder)) if f.related else f.message
        # The quoted parts, each apart (the fingerprints join them with a unit separator, unreadable in a diff).
        out.append(Key(path_key(named_from(f.path, folder)), f.rule, FAILED if f.failed else where.get((f.line, f.column), ""),
                       _subject(message).replace("\x1f", " "), document))
    return out


#: A cached run's outputs (:meth:`cxkit.lint.cache.CachedRun.output`): stored text by name, rendered from
#: the run's findings the first time it is asked for.
Stored = Callable[[str, Callable[[list[Finding]], "str | None"]], "str | None"]
#: The name of the output that keeps each finding's place (see :func:`read_places`) with the cached run:
#: the files are those the run checked, unchanged, so their places are too.
PLACES_OUTPUT = "baseline-places/1"
#: A file's document id ("" without one) and, by a finding's (line, column), its place.
Places = dict[str, tuple[str, dict[tuple[int, int], str]]]


def read_places(findings: Iterable[Finding], buffers: dict[str, bytes] | None = None) -> Places:
    """Each finding's file's document id and the finding's place in its data, read from the files (each once);
    a path in ``buffers`` from the text there instead (a document read from stdin)."""
    from ..diff.review import _locate
    from ..yamlio import load_bytes

    out: Places = {}
    loaded: dict[str, Any] = {}
    for f in findings:
        if f.path not in loaded:
            loaded[f.path] = None
            if f.path.lower().endswith((".yaml", ".yml")):
                try:
                    raw = (buffers or {}).get(f.path)
                    loaded[f.path] = load_bytes(raw if raw is not None else Path(raw_name(f.path)).read_bytes())
                except Exception:  # unreadable or not YAML: the finding is the file's, at no place
                    loaded[f.path] = None
            doc = loaded[f.path]
            data = doc.data if doc is not None else None
            ident = data.get("id") if isinstance(data, dict) else None
            document = str(ident) if isinstance(ident, (str, int)) and not isinstance(ident, bool) else ""
            out[f.path] = (unicodedata.normalize("NFC", document), {})
        doc = loaded[f.path]
        try:
            where = _locate(doc, f.line, f.column)[1] if doc is not None else ""
        except Exception:  # a document the walk cannot follow: the file's
            where = ""
        out[f.path][1][(f.line, f.column)] = where
    return out


def _stored_places(stored: Stored) -> Places:
    """The places the cached run keeps (worked out and kept now, the first time); {} when they are damaged."""
    text = stored(PLACES_OUTPUT, lambda found: json.dumps(
        [[path, document, [[line, column, where] for (line, column), where in at.items()]]
         for path, (document, at) in read_places(found).items()], ensure_ascii=False))
    try:
        rows = json.loads(text) if text is not None else []
        return {path: (document, {(line, column): where for line, column, where in at})
                for path, document, at in rows
                if isinstance(path, str) and isinstance(document, str)
                and all(type(line) is int and type(column) is int and isinstance(where, str) for line, column, where in at)}
    except (ValueError, TypeError):
        return {}


def path_key(name: str) -> str:
    """A file's name as entries are compared: its letters composed (NFC: macOS may give "ó" as "o" and an
    accent), "/" between folders (an entry written by hand on Windows with "\\")."""
    return unicodedata.normalize("NFC", name).replace("\\", "/")


def match(findings: Sequence[Finding], entries: Counter[Key], folder: str,
          covers: Callable[[Key], bool] | None = None, stored: Stored | None = None,
          buffers: dict[str, bytes] | None = None) -> Outcome:
    """Which of ``findings`` the baseline's ``entries`` account for, and which entries are left over:
    stale when ``covers`` says the run checked the entry's file and rule (None: every entry), else aside."""
    keys = finding_keys(findings, folder, stored, buffers)
    left = Counter(entries)
    known = [False] * len(findings)
    # A rule that failed on a file is never accounted for, and what it would have found there is not known: its
    # entries of that file are set aside (kept), neither matched nor stale.
    failed = {(key.path, key.rule) for key in keys if key.place == FAILED}
    if failed:
        from .rule import all_rules

        # A rule that compares the documents and failed found nothing anywhere: its entries of every file are kept.
        rules = all_rules()
        everywhere = {rule for _path, rule in failed if getattr(rules.get(rule), "scope", "") == "workspace"}
        wider = covers
        covers = lambda key: False if (key.path, key.rule) in failed or key.rule in everywhere else (  # noqa: E731
            True if wider is None else wider(key))
    by_id: Counter[Key] = Counter()
    apart = _apart(folder)
    for key_of, by_id_alone in _MATCHES:
        buckets: dict[Any, list[Key]] = {}
        for key in sorted(k for k, n in left.items() if n > 0):
            wanted = key_of(key)
            if wanted is not None:
                buckets.setdefault(wanted, []).append(key)
        if not buckets:  # no entry left for this way of matching: no finding to look at
            continue
        for i, key in enumerate(keys):
            bucket = buckets.get(key_of(key)) if not known[i] and key.place != FAILED else None
            while bucket and left[bucket[0]] == 0:
                bucket.pop(0)
            # An entry of a file in another workspace is never this finding's, however alike: a baseline shared
            # by several teams holds each team's missing-negative-persona, and personas of the same id.
            entry = next((e for e in bucket if left[e] > 0 and not apart(e.path, key.path)), None) if bucket else None
            if entry is not None:
                left[entry] -= 1
                known[i] = True
                if by_id_alone and entry.path != key.path:
                    by_id[entry] += 1
    return _left_over(Outcome(known, keys, by_id=by_id), +left, covers)


def _apart(folder: str) -> Callable[[str, str], bool]:
    """Whether two entries' files, named from ``folder``, lie in different workspaces (the nearest config above
    each differs): a baseline shared through `extend` by several teams' workspaces, or one at a monorepo's top.
    Looked up only for two different files, each folder once."""
    from ..config import find_config

    memo: dict[str, Any] = {}

    def workspace(path: str) -> Any:
        where = os.path.dirname(os.path.normpath(os.path.join(folder, raw_name(path))))
        if where not in memo:
            start = Path(where)
            try:
                while not start.is_dir() and start.parent != start:  # a file gone with its folder: the one above
                    start = start.parent
                memo[where] = find_config(start)
            except (OSError, ValueError):
                memo[where] = None
        return memo[where]

    def apart(one: str, other: str) -> bool:
        if one == other or not folder or "-" in (one, other):
            return False
        return workspace(one) != workspace(other)

    return apart


def _left_over(outcome: Outcome, left: Counter[Key], covers: Callable[[Key], bool] | None) -> Outcome:
    for key, n in left.items():
        said = True if covers is None else covers(key)
        (outcome.hidden if said == HIDDEN else outcome.stale if said else outcome.aside)[key] = n
    return outcome


#: The largest baseline read: 32 MB holds some 150,000 entries (about 220 bytes each, as written), far more
#: findings than a workspace adopts cxkit with, and reads in under 2 s.  A larger file (or a link to /dev/zero)
#: is refused rather than read to the end.
MAX_BASELINE_BYTES = 32 << 20


def read(path: Path, shown: str, pl: bool = False) -> Counter[Key]:
    """The entries of the baseline at ``path`` (``shown`` as messages name it; ``pl``: what is wrong with the
    file or an entry said in Polish, a Polish workspace's baseline)."""
    from ..limits import NotRegular, TooLarge, read_capped, unreadable_said

    named = shown.replace(_NAMED_IN, _NAMED_IN_PL)  # how the Polish messages name it

    def refused(english: str, polish: str) -> BaselineError:
        return BaselineError(polish if pl else english)

    try:
        # A regular file of at most the cap, read a block at a time: a named pipe, a link to /dev/zero or a
        # huge file never hangs the run nor fills the memory, and Ctrl-C stops the read.
        text = read_capped(path, MAX_BASELINE_BYTES).decode("utf-8-sig")  # a BOM an editor on Windows may write
    except FileNotFoundError:
        raise refused(f"{shown}: no such baseline file; write it with `cxkit lint --write-baseline`",
                      f"{named}: nie ma takiego pliku bazowego; zapisz go poleceniem `cxkit lint --write-baseline`") from None
    except IsADirectoryError:
        raise refused(f"{shown}: that is a folder, not a baseline file", f"{named}: to folder, nie plik bazowy") from None
    except OSError as exc:
        if not isinstance(exc, (NotRegular, TooLarge)) and exc.errno != errno.ELOOP:
            raise refused(f"{shown}: cannot read the baseline: {exc.strerror or exc}",
                          f"{named}: nie można odczytać pliku bazowego: {exc.strerror or exc}") from None
        if path.is_dir():
            raise refused(f"{shown}: that is a folder, not a baseline file", f"{named}: to folder, nie plik bazowy") from None
        if pl:
            raise BaselineError(f"{named}: {unreadable_said(exc, pl=True)}; plik "
                                "bazowy to plik JSON, który zapisuje `cxkit lint --write-baseline`") from None
        raise BaselineError(f"{shown}: {unreadable_said(exc)}; a baseline is the JSON file "
                            "`cxkit lint --write-baseline` writes") from None
    except UnicodeDecodeError as exc:
        raise refused(f"{shown}: cannot read the baseline: {getattr(exc, 'strerror', None) or exc}",
                      f"{named}: nie można odczytać pliku bazowego: to nie jest tekst w UTF-8") from None
    anew = "write it anew with `cxkit lint --write-baseline --no-baseline`"
    anew_pl = "zapisz go od nowa poleceniem `cxkit lint --write-baseline --no-baseline`"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        at, named_in = _located(shown, exc.lineno, exc.colno)
        raise refused(f"{at}: not a cxkit baseline{named_in}: {exc.msg} ({anew})",
                      f"{at}: to nie jest plik bazowy cxkit{named_in.replace(_NAMED_IN, _NAMED_IN_PL)}: {exc.msg} "
                      f"({anew_pl})") from None
    except ValueError:  # a number of more digits than Python converts (4300): no count cxkit writes
        raise refused(f"{shown}: not a cxkit baseline: a number with more digits than Python reads ({anew})",
                      f"{named}: to nie jest plik bazowy cxkit: liczba ma więcej cyfr, niż odczyta Python ({anew_pl})") from None
    except RecursionError:  # `[[[[…` thousands deep: no baseline cxkit writes
        raise refused(f"{shown}: not a cxkit baseline: nested too deeply ({anew})",
                      f"{named}: to nie jest plik bazowy cxkit: zagnieżdżony zbyt głęboko ({anew_pl})") from None
    format_named = data.get("format") if isinstance(data, dict) else None
    if isinstance(format_named, str) and format_named.startswith(FORMAT + "/"):
        if format_named != WRITTEN:
            raise refused(f"{shown}: baseline of format {json.dumps(format_named)}, this cxkit reads {WRITTEN}; {anew}",
                          f"{named}: plik bazowy w formacie {json.dumps(format_named)}, a ten cxkit czyta {WRITTEN}; "
                          f"{anew_pl}")
    elif format_named == FORMAT:  # as the first baselines were written: the version in a key of its own
        if data.get("version") != VERSION:
            said = f"version {data['version']!r}" if "version" in data else "no \"version\""
            said_pl = f"w wersji {data['version']!r}" if "version" in data else "bez \"version\""
            raise refused(f"{shown}: baseline with {said}, this cxkit reads version {VERSION}; {anew}",
                          f"{named}: plik bazowy {said_pl}, a ten cxkit czyta wersję {VERSION}; {anew_pl}")
    else:
        raise refused(f"{shown}: not a cxkit baseline (no \"format\": \"{WRITTEN}\"); "
                      "`cxkit lint --write-baseline` writes one",
                      f"{named}: to nie jest plik bazowy cxkit (brak \"format\": \"{WRITTEN}\"); "
                      "zapisuje go `cxkit lint --write-baseline`")
    entries: Counter[Key] = Counter()
    rows = data.get("findings")
    if not isinstance(rows, list):
        raise refused(f"{shown}: \"findings\" must be a list", f"{named}: \"findings\" musi być listą")
    depth = len(Path(os.path.realpath(os.path.dirname(os.path.abspath(path)))).parts) - 1  # folders above the file
    for n, row in enumerate(rows, 1):
        problem = _entry_problem(row, depth, pl)
        if problem:
            at, named_in = _located(shown, *_entry_at(text, n))
            raise refused(f"{at}: entry {n} of \"findings\"{named_in} is not a finding's entry: {problem} "
                          "(path, rule, place and subject are text, count a positive number)",
                          f"{at}: wpis {n} listy \"findings\"{named_in.replace(_NAMED_IN, _NAMED_IN_PL)} nie jest "
                          f"wpisem zgłoszenia: {problem} (path, rule, place i subject to tekst, count to liczba dodatnia)")
        document = unicodedata.normalize("NFC", row.get("document", ""))
        entries[Key(path_key(row["path"]), *(row[k] for k in Key._fields[1:4]), document)] += row.get("count", 1)
    return entries


#: How a baseline the config names is shown after its file's name: `dług.json (baseline in cxkit.toml:3:1)`.
_NAMED_IN = " (baseline in "
#: The same in a Polish message: `dług.json (`baseline` w cxkit.toml:3:1)`.
_NAMED_IN_PL = " (`baseline` w "


def _located(shown: str, line: int, column: int) -> tuple[str, str]:
    """The baseline file shown by ``shown`` located at ``line``:``column`` (`dług.json:5:3`, the place right after
    the file's name, as editors and CI logs read it), and what ``shown`` says after the name (the config key that
    names it), or ""."""
    name, said, rest = shown.partition(_NAMED_IN)
    return f"{name}:{line}:{column}", f"{said}{rest}" if said else ""


def _entry_problem(row: Any, depth: int = 1 << 30, pl: bool = False) -> str:
    """What is wrong with an entry of "findings" ("" when nothing; in Polish when ``pl``); ``depth``: how many
    folders lie above the baseline file (an entry's path that climbs more, `../../../../etc/passwd` from
    /work/repo, names no file of any workspace: refused, not kept as an entry nothing matches)."""
    if not isinstance(row, dict):
        kind = type(row).__name__.replace('dict', 'object')
        return f"{kind}, a nie obiekt" if pl else f"{kind}, not an object"
    for name in (*Key._fields[:4], "document"):
        if name in row and not isinstance(row[name], str) or name not in row and name != "document":
            if pl:
                return f"brak \"{name}\"" if name not in row else f"\"{name}\" nie jest tekstem"
            return f"no \"{name}\"" if name not in row else f"\"{name}\" is not text"
    count = row.get("count", 1)
    if type(count) is not int or count < 1:
        return f"\"count\" to {json.dumps(count)}" if pl else f"\"count\" is {json.dumps(count)}"
    if count > MAX_COUNT:  # `10**400`: no file has that many findings of one kind (the sums would be absurd)
        return (f"\"count\" przekracza {MAX_COUNT:,}".replace(",", " ") if pl else
                f"\"count\" is more than {MAX_COUNT:,}")
    climbs = _climbs(row["path"])
    if climbs > depth:
        if pl:
            from .polish import counted

            return (f"\"path\" {json.dumps(row['path'], ensure_ascii=False)} wychodzi o "
                    f"{counted(climbs, 'folder', 'foldery', 'folderów')} w górę, ponad szczyt systemu plików")
        return f"\"path\" {json.dumps(row['path'])} climbs {climbs} folders up, above the file system's top"
    return ""


#: The largest count an entry may say: a million findings of one rule, place and subject in one file.
MAX_COUNT = 1_000_000


def _climbs(path: str) -> int:
    """How many folders up ``path`` (as an entry writes it) goes before it comes down: `../../x` 2."""
    climbed = 0
    for part in posixpath.normpath(path.replace("\\", "/")).split("/"):
        if part != "..":
            break
        climbed += 1
    return climbed


def _entry_at(text: str, n: int) -> tuple[int, int]:
    """The line and column where the ``n``-th entry of "findings" starts in ``text`` (the file's top when
    it cannot be told)."""
    decoder = json.JSONDecoder()
    at = text.find('"findings"')
    at = text.find("[", at) + 1 if at >= 0 else 0
    try:
        for i in range(1, n + 1):
            while text[at] in " \t\r\n,":
                at += 1
            if i == n:
                return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1
            at = decoder.raw_decode(text, at)[1]
    except (ValueError, IndexError):
        pass
    return 1, 1


def render(keys: Iterable[Key]) -> str:
    """The file's text: one entry a line, sorted, so a change of findings is a small diff.  A rule's failure
    (:data:`FAILED`) is never written."""
    counts = Counter(key for key in keys if key.place != FAILED)
    lines = [json.dumps({**_entry(key), "count": counts[key]}, ensure_ascii=False) for key in sorted(counts)]
    body = ",\n    ".join(lines)
    findings = f"[\n    {body}\n  ]" if lines else "[]"
    return f'{{\n  "format": "{WRITTEN}",\n  "findings": {findings}\n}}\n'


def _entry(key: Key) -> dict[str, str]:
    """An entry as the file writes it: its document's id only when it has one."""
    out = key._asdict()
    if not key.document:
        del out["document"]
    return out


def write(path: Path, shown: str, keys: Iterable[Key]) -> None:
    """Write the baseline atomically (the old file or the new one, never half of it)."""
    from ..fsutil import write_atomic

    if path.is_dir():
        raise BaselineError(f"{shown}: that is a folder; give the baseline a file name")
    try:
        write_atomic(path, render(keys))
    except OSError as exc:
        raise BaselineError(f"{shown}: cannot write the baseline: {exc.strerror or exc}") from None


def folder_of(path: Path) -> str:
    """The folder of the baseline file: its entries name files from there when no config is in force."""
    return os.path.dirname(os.path.abspath(path))


@dataclass
class Plan:
    """What a run does with a baseline: filter by ``read_from`` (None: by none), write ``write_to`` (None: no)."""

    read_from: Path | None
    write_to: Path | None
    #: The file as messages name it.
    shown: str
    #: Whether the config's `baseline` names the file (no advice to name it there).
    configured: bool = False
    #: The folder the entries name files from: the workspace's the baseline file lies in (see :func:`_folder`).
    folder: str = ""
    #: The folder of the run's config, from which its `baseline` key names the file ("": as ``folder``).
    config_folder: str = ""
    #: Whether the run checks the config's whole workspace: only then is an entry of a file that is gone fixed.
    whole: bool = False
    #: The cached run's outputs, when the run's findings are a cached run's: they keep the findings' places.
    stored: Stored | None = None
    #: The text of a finding path not to be read from disk (a document linted from stdin: its saved file is older).
    buffers: dict[str, bytes] = field(default_factory=dict)
    #: Whether what the run says of the baseline is in Polish (the run's config says `lang = "pl"`).
    pl: bool = False
    #: The run's config file as messages name it ("": no config), where the write hint says to name the file.
    config_file: str = ""
    #: Whether the file is one workspace's of a run over several (each written and read by its own config).
    several: bool = False
    #: Whether the file is `--baseline FILE`'s in a run over several workspaces: it filters them all.
    shared: bool = False


def plan(config: Any, option: str | None, no_baseline: bool, write: bool) -> Plan | None:
    """The run's baseline: ``option`` (`--baseline FILE`), else the config's `baseline`; none with
    ``no_baseline``.  With ``write`` (`--write-baseline`), the file is written: that one, else
    :data:`DEFAULT_NAME` beside the config (or here, without one), and it is read first when it
    exists and ``no_baseline`` is not given, so that writing only drops what is gone."""
    from ..config import ConfigError, shown_path

    pl = getattr(config, "lang", None) == "pl"  # the run's config is read: its language
    if option is not None and no_baseline and not write:
        raise ConfigError("--baseline i --no-baseline: podaj jedną z tych opcji (z --write-baseline --baseline wskazuje "
                          "plik, a --no-baseline zapisuje każde zgłoszenie od nowa)" if pl else
                          "--baseline and --no-baseline: give one of them (with --write-baseline, --baseline "
                          "names the file and --no-baseline records every finding anew)")
    if option is not None and not option.strip():
        raise ConfigError("--baseline: wartość jest pusta; podaj plik bazowy" if pl else
                          "--baseline: the value is empty; give the baseline file")
    file = Path(option).absolute() if option is not None else config.baseline
    if write:
        target = file or (Path(config.root) if config.source is not None else Path.cwd()) / DEFAULT_NAME
        reading = target if not no_baseline and target.is_file() else None
        return Plan(reading, target, shown_path(target), option is None and file is not None, _folder(config, target),
                    config_folder=str(config.root),
                    config_file=shown_path(config.source) if config.source is not None else "")
    if no_baseline or file is None:
        return None
    shown = shown_path(file) if option is not None or not config.baseline_at else \
        f"{shown_path(file)}{_NAMED_IN}{config.baseline_at})"
    return Plan(file, None, shown, folder=_folder(config, file))


def _folder(config: Any, file: Path) -> str:
    """The folder the entries of the baseline ``file`` name files from: that of the workspace the file lies in
    (the run's config's folder, or a config's above the file: a baseline at a monorepo's top, read by a team's
    run in its folder, names files from the top, as the run at the top wrote it), the same whichever folder
    cxkit runs from.  A file under no config: the run's config's folder (as entries were always named),
    without one its own folder, which is where a run without a config wrote them (a file at the top of a
    repository with no config there, read by a team's run with `--baseline ../../.cxkit-baseline.json`): the
    one of the two more of its entries' files are found from.  A file whose entries' files are found from the
    run's config's folder (as older cxkit named them) rather than from its workspace's: that folder, so an
    upgrade hides what it hid."""
    from ..config import find_config

    here = Path(os.path.realpath(os.path.dirname(os.path.abspath(file))))
    roots = [Path(config.root).resolve()] if config.source is not None else []
    named_in = getattr(config, "baseline_named_in", None)
    if named_in is not None and config.baseline is not None and _same_file(file, config.baseline):
        # The config file that names it, when that is one the workspace's config extends (`shared.toml` at the
        # repository's top, extended by each team's cxkit.toml): every team, and a run at the top, names files
        # from there, so that one team's entries are never another's, nor written as absolute paths.
        roots.append(Path(named_in))
    try:
        above = find_config(here)
    except (OSError, ValueError):
        above = None
    if above is not None:
        roots.append(above.parent)
    inside = [root for root in roots if here == root or root in here.parents]
    before = str(config.root) if config.source is not None else folder_of(file)  # as cxkit named them until 0.35
    if not inside:
        # Under no config: written by a run in a workspace (names from its config's folder) or by a run under no
        # config (from the file's own folder); read as written, from the one more of its entries' files are found from.
        return _found_more(file, before, str(here)) if config.source is not None else before
    nearest = str(max(inside, key=lambda root: len(root.parts)))  # the nearest: a workspace nested in another
    # A baseline an older cxkit wrote names files from the run's config's folder: one written from a team's
    # folder into the monorepo's top, or from the top into a team's folder.  Read it as it was written, so
    # that an upgrade shows no finding it hid: from the folder more of its entries' files are found in.
    return _found_more(file, nearest, before)


def _same_file(one: Path, other: Path) -> bool:
    return os.path.normcase(os.path.realpath(one)) == os.path.normcase(os.path.realpath(other))


def _found_more(file: Path, first: str, other: str) -> str:
    """Of two folders the entries of the baseline ``file`` may name files from, the one more of them are found
    from: ``first`` unless more are found from ``other`` (or the file cannot be read: it is written anew)."""
    if first == other or os.path.realpath(first) == os.path.realpath(other):
        return first
    try:
        paths = {raw_name(key.path) for key in read(file, str(file))}
    except (BaselineError, OSError, ValueError):
        return first
    found = {folder: sum(os.path.lexists(os.path.join(folder, path)) for path in paths) for folder in (first, other)}
    return other if found[other] > found[first] else first


def apply(run_plan: Plan, findings: Sequence[Finding], covers: Callable[[Key], bool] | None = None) -> Outcome:
    """Match ``findings`` against the plan's baseline (none: every finding is new).  ``covers``: whether
    the run checked an entry's file and rule; the entries it did not are set aside, kept when written."""
    if run_plan.read_from is None:
        outcome = Outcome([False] * len(findings), finding_keys(findings, run_plan.folder, run_plan.stored) if run_plan.write_to else [])
        if run_plan.write_to is not None and covers is not None and run_plan.write_to.is_file():
            # Recorded anew (--no-baseline): the run's findings, and the entries of what it did not check.
            try:
                _left_over(outcome, read(run_plan.write_to, run_plan.shown), lambda key: True)
            except BaselineError:
                return outcome  # a broken file is what --no-baseline writes anew
            outcome.aside, outcome.stale = Counter({k: n for k, n in outcome.stale.items() if covers(k) is not True}), Counter()
        return outcome
    entries = read(run_plan.read_from, run_plan.shown, pl=run_plan.pl)
    return match(findings, entries, run_plan.folder, covers, run_plan.stored, run_plan.buffers)


def write_from(run_plan: Plan, outcome: Outcome) -> list[str]:
    """Write the plan's file from a run's ``outcome``; the lines that say what was written.

    Without a baseline read, every finding is recorded; with one, only those it accounted for (so
    the file only shrinks: a new finding is fixed, or recorded on purpose with --no-baseline)."""
    assert run_plan.write_to is not None
    shrinking = run_plan.read_from is not None
    kept = [k for k, known in zip(outcome.keys, outcome.known) if (known or not shrinking) and k.place != FAILED]
    write(run_plan.write_to, run_plan.shown, kept + list(outcome.aside.elements()) + list(outcome.hidden.elements()))
    failures = sum(1 for k in outcome.keys if k.place == FAILED)
    if run_plan.pl:
        from .polish import counted

        return _written_pl(run_plan, outcome, kept, shrinking) + ([
            f"nie zapisano {counted(failures, 'błędu reguły', 'błędów reguł', 'błędów reguł')}: błąd reguły nigdy nie "
            "trafia do pliku bazowego, a wpisy, które reguła miała w nim wcześniej, zostają"] if failures else [])
    s = "" if len(kept) == 1 else "s"
    lines = [f"recorded {len(kept)} finding{s} in {run_plan.shown} ({_entries(len(set(kept)))})"]
    if outcome.aside:
        n = sum(outcome.aside.values())
        lines[0] += (f"; kept {n} recorded finding{'' if n == 1 else 's'} of files or rules this run did not check "
                     f"({_entries(len(outcome.aside))})")
    if outcome.hidden:
        n = sum(outcome.hidden.values())
        lines[0] += (f"; kept {n} recorded finding{'' if n == 1 else 's'} of files whose format error keeps the rules "
                     f"off them ({_entries(len(outcome.hidden))})")
    if not shrinking and not run_plan.configured:
        lines.append(_hint(run_plan))
    if shrinking:
        if outcome.stale_count:
            lines.append(f"dropped {outcome.stale_count} recorded finding{'' if outcome.stale_count == 1 else 's'} "
                         "no longer found")
        new = len(outcome.known) - outcome.baselined - failures
        if new:
            lines.append(f"{new} new finding{'' if new == 1 else 's'} not recorded: fix {'it' if new == 1 else 'them'}, "
                         "or record every finding with `cxkit lint --write-baseline --no-baseline`")
    if failures:
        lines.append(f"{failures} rule failure{'' if failures == 1 else 's'} not recorded: a rule that failed is never "
                     "baselined; the entries it had stay")
    return lines


def _written_pl(run_plan: Plan, outcome: Outcome, kept: list[Key], shrinking: bool) -> list[str]:
    """:func:`write_from`'s lines in Polish."""
    from .polish import counted

    def entries(n: int) -> str:
        return counted(n, "wpis", "wpisy", "wpisów")

    lines = [f"zapisano {counted(len(kept), 'zgłoszenie', 'zgłoszenia', 'zgłoszeń')} w {_shown_pl(run_plan)} "
             f"({entries(len(set(kept)))})"]
    if outcome.aside:
        n = sum(outcome.aside.values())
        lines[0] += (f"; zachowano {counted(n, 'zapisane zgłoszenie', 'zapisane zgłoszenia', 'zapisanych zgłoszeń')} "
                     f"plików lub reguł, których to uruchomienie nie sprawdzało ({entries(len(outcome.aside))})")
    if outcome.hidden:
        n = sum(outcome.hidden.values())
        lines[0] += (f"; zachowano {counted(n, 'zapisane zgłoszenie', 'zapisane zgłoszenia', 'zapisanych zgłoszeń')} "
                     f"plików, w których błąd formatu wyłącza reguły ({entries(len(outcome.hidden))})")
    if not shrinking and not run_plan.configured:
        lines.append(_hint(run_plan))
    if shrinking:
        if outcome.stale_count:
            n = outcome.stale_count
            lines.append(f"usunięto {counted(n, 'zapisane zgłoszenie', 'zapisane zgłoszenia', 'zapisanych zgłoszeń')}, "
                         f"{'którego' if n == 1 else 'których'} już nie ma")
        new = len(outcome.known) - outcome.baselined - sum(1 for k in outcome.keys if k.place == FAILED)
        if new:
            lines.append(f"nie zapisano {counted(new, 'nowego zgłoszenia', 'nowych zgłoszeń', 'nowych zgłoszeń')}: "
                         "popraw je albo zapisz wszystkie zgłoszenia poleceniem "
                         "`cxkit lint --write-baseline --no-baseline`")
    return lines


def _hint(run_plan: Plan) -> str:
    """How to lint with a baseline just written that no config names: `--baseline`, or the `baseline` key of the
    run's config; without a config, of one to write there (none is named that does not exist); in a run over
    several workspaces, of the workspace's own config (`--baseline` would filter them all by this file)."""
    named = _from_folder(run_plan)
    if run_plan.shared:  # a config's `baseline` would filter the files of its own workspace only
        return (f"używaj go tak: `cxkit lint --baseline {run_plan.shown}`, co filtruje nim każdy obszar roboczy "
                "tego uruchomienia (`baseline` w konfiguracji filtruje tylko pliki jej obszaru roboczego)" if run_plan.pl
                else f"lint with it: `cxkit lint --baseline {run_plan.shown}`, which filters every workspace of this "
                "run by it (a config's `baseline` filters the files of its own workspace only)")
    if run_plan.pl:
        if run_plan.several and run_plan.config_file:
            return (f"używaj go tak: wpisz baseline = \"{named}\" w {run_plan.config_file} (ścieżkę względem jego "
                    "folderu), a każdy obszar roboczy będzie filtrowany własnym plikiem bazowym")
        if not run_plan.config_file:
            return (f"używaj go tak: `cxkit lint --baseline {_shown_pl(run_plan)}`; tu nie ma pliku konfiguracji: "
                    f"`cxkit init` go zapisze, a wtedy wpisz w nim baseline = \"{named}\"")
        return (f"używaj go tak: `cxkit lint --baseline {_shown_pl(run_plan)}` albo wpisz w konfiguracji baseline = "
                f"\"{named}\" (ścieżkę względem folderu konfiguracji)")
    if run_plan.several and run_plan.config_file:
        return (f"lint with it: set baseline = \"{named}\" in {run_plan.config_file} (a path from its folder), "
                "so that each workspace is filtered by its own baseline")
    if not run_plan.config_file:
        return (f"lint with it: `cxkit lint --baseline {run_plan.shown}`; there is no config here: `cxkit init` "
                f"writes one, then set baseline = \"{named}\" in it")
    return (f"lint with it: `cxkit lint --baseline {run_plan.shown}`, or set baseline = "
            f"\"{named}\" in the config (a path from the config's folder)")


def _shown_pl(run_plan: Plan) -> str:
    """The baseline file as the Polish messages name it: "(`baseline` w cxkit.toml:3:1)" after the config's."""
    return run_plan.shown.replace(_NAMED_IN, " (`baseline` w ")


def _entries(n: int) -> str:
    """``n`` entries, in the singular for one (`1 entry`)."""
    return f"{n} entr{'y' if n == 1 else 'ies'}"


def _from_folder(run_plan: Plan) -> str:
    """The written file as the config's `baseline` names it: from the config's folder."""
    assert run_plan.write_to is not None
    # From the config's real folder, which the config's `baseline` is read from (a file above it too:
    # `../.cxkit-baseline.json`, not an absolute path that holds only on this machine); the file's folder
    # resolved the same way, so that a link on the way does not make the path climb wrong.
    written = os.path.join(os.path.realpath(os.path.dirname(os.path.abspath(run_plan.write_to))),
                           os.path.basename(run_plan.write_to))
    try:
        named = os.path.relpath(written, os.path.realpath(run_plan.config_folder or run_plan.folder))
    except ValueError:  # another drive on Windows: no path from the config's folder leads there
        return run_plan.shown
    return named.replace(os.sep, "/")


def summary(outcome: Outcome, by_rule: bool = False, pl: bool = False) -> str:
    """The line after the text report: the findings the baseline hid, so the debt stays in sight;
    ``by_rule`` (`--statistics`): how many of each rule, most first; ``pl``: in Polish."""
    n = outcome.baselined
    if pl:
        from .polish import plural

        line = (f"Nie pokazano {n} {plural(n, 'zgłoszenia zapisanego', 'zgłoszeń zapisanych', 'zgłoszeń zapisanych')} "
                "w pliku bazowym (pokaże je `--no-baseline`)")
    else:
        line = f"{n} finding{'' if n == 1 else 's'} in the baseline not shown (`--no-baseline` shows them)"
    if by_rule and n:
        counts = Counter(key.rule for key, known in zip(outcome.keys, outcome.known) if known)
        line += ": " + ", ".join(f"{count} {rule}" for rule, count in sorted(counts.items(), key=lambda rc: (-rc[1], rc[0])))
    return line


def stale_note(run_plan: Plan, outcome: Outcome) -> str | None:
    """The note on the baseline's entries no finding matched: fixed since, so the file can shrink; or,
    when none of them names a file that is there, that the baseline is another workspace's."""
    foreign = _foreign(run_plan, outcome)
    if foreign:
        return foreign
    hidden = _hidden_note(run_plan, outcome)
    said = _stale_or_gone(run_plan, outcome)
    return "; ".join(part for part in (said, hidden) if part) or None


def _hidden_note(run_plan: Plan, outcome: Outcome) -> str | None:
    """The note on the entries of files a format error keeps the rules off (:attr:`Outcome.hidden`): not fixed."""
    n = sum(outcome.hidden.values())
    if not n:
        return None
    files = sorted({key.path for key in outcome.hidden})
    if run_plan.pl:
        from .polish import counted

        # The locative: "w plikach a.yaml i 1 innym", "… i 2 innych".
        where = (f"pliku {files[0]}" if len(files) == 1 else
                 f"plikach {files[0]} i {len(files) - 1} {'innym' if len(files) == 2 else 'innych'}")
        errors = "błąd formatu (`schema` albo `yaml-syntax`) wyłącza" if len(files) == 1 else \
            "błędy formatu (`schema` albo `yaml-syntax`) wyłączają"
        return (f"w {where} {errors} reguły, więc nie szukano tam "
                f"{counted(n, 'zgłoszenia zapisanego', 'zgłoszeń zapisanych', 'zgłoszeń zapisanych')} w {_shown_pl(run_plan)}; "
                f"nie uznano {'go' if n == 1 else 'ich'} za poprawione i `cxkit lint --write-baseline` "
                f"{'go' if n == 1 else 'je'} zachowa")
    where = files[0] if len(files) == 1 else f"{files[0]} and {len(files) - 1} other file{'' if len(files) == 2 else 's'}"
    return (f"{n} finding{'' if n == 1 else 's'} recorded in {run_plan.shown} {'was' if n == 1 else 'were'} not looked "
            f"for: {'a format error' if len(files) == 1 else 'format errors'} (`schema` or `yaml-syntax`) in {where} "
            f"{'keeps the rules off it' if len(files) == 1 else 'keep the rules off them'}; not called fixed, "
            "and `cxkit lint --write-baseline` keeps " + ("it" if n == 1 else "them"))


def _stale_or_gone(run_plan: Plan, outcome: Outcome) -> str | None:
    """The note on the entries no finding matched, and on those matched by id in a file that is gone."""
    n = outcome.stale_count
    gone = _gone(run_plan, outcome)
    if not n and not gone:
        return None
    if run_plan.pl:
        return _stale_note_pl(run_plan, n, gone)
    said = (f"{n} finding{'' if n == 1 else 's'} recorded in {run_plan.shown} {'is' if n == 1 else 'are'} no longer "
            "found (fixed, or the file renamed)") if n else ""
    if not gone:
        return said + "; shrink the baseline with `cxkit lint --write-baseline`"
    where = "" if n else f" in {run_plan.shown}"
    moved = (f"{gone} entr{'y' if gone == 1 else 'ies'}{where} name{'s' if gone == 1 else ''} "
             f"{'a file' if gone == 1 else 'files'} that no longer exist{'s' if gone == 1 else ''} and matched by "
             "document id only; run `cxkit lint --write-baseline` to refresh "
             + ("their paths" if gone > 1 else "its path") + (" and shrink the baseline" if n else ""))
    return f"{said}; {moved}" if n else moved


def _stale_note_pl(run_plan: Plan, n: int, gone: int) -> str:
    """:func:`stale_note` in Polish: ``n`` entries no finding matched, ``gone`` matched by id in a file that is gone."""
    from .polish import counted, plural

    said = (f"{counted(n, 'zgłoszenie zapisane', 'zgłoszenia zapisane', 'zgłoszeń zapisanych')} w {_shown_pl(run_plan)} "
            f"już {plural(n, 'nie występuje', 'nie występują', 'nie występuje')} (poprawione albo plik zmienił nazwę)"
            ) if n else ""
    if not gone:
        return said + "; zmniejsz plik bazowy poleceniem `cxkit lint --write-baseline`"
    where = "" if n else f" w {_shown_pl(run_plan)}"
    moved = (f"{counted(gone, 'wpis', 'wpisy', 'wpisów')}{where} "
             + ("wskazuje plik, którego już nie ma, i pasował tylko po id dokumentu" if gone == 1 else
                f"{plural(gone, 'wskazuje', 'wskazują', 'wskazuje')} pliki, których już nie ma, i pasował"
                f"{plural(gone, '', 'y', 'o')} tylko po id dokumentu")
             + "; uruchom `cxkit lint --write-baseline`, by odświeżyć "
             + ("ich ścieżki" if gone > 1 else "jego ścieżkę") + (" i zmniejszyć plik bazowy" if n else ""))
    return f"{said}; {moved}" if n else moved


def _gone(run_plan: Plan, outcome: Outcome) -> int:
    """How many entries matched by document id only name a file that is no longer there (a folder moved, a
    file renamed): the next change to those documents' ids (a split, a merge) turns their findings new."""
    if not outcome.by_id or run_plan.buffers:  # an editor's buffer: no note on the rest of the baseline
        return 0
    folder = Path(run_plan.folder)
    return sum(1 for key in outcome.by_id if not (folder / raw_name(key.path)).exists())


def _foreign(run_plan: Plan, outcome: Outcome) -> str | None:
    """The hint for a baseline written in another workspace (or from another folder): it accounts for no
    finding, and none of its entries names a file there is, from the folder its entries are read from."""
    left = outcome.stale + outcome.aside
    if outcome.baselined or not left:
        return None
    folder = Path(run_plan.folder)
    if any((folder / raw_name(key.path)).exists() for key in left):
        return None
    n = sum(left.values())
    example = min(left).path
    if run_plan.pl:
        from .polish import out_of, q

        said = (f"zgłoszenie zapisane w {_shown_pl(run_plan)} nie dotyczy żadnego pliku, który tu jest" if n == 1 else
                f"żadne {out_of(n)} zgłoszeń zapisanych w {_shown_pl(run_plan)} nie dotyczy pliku, który tu jest")
        return (f"{said} (wskazuje {q(example)} względem {_shown_folder(folder, True)}): zapisany w innym obszarze "
                "roboczym albo z innego folderu? Zapisz plik bazowy tego obszaru poleceniem `cxkit lint "
                "--write-baseline --no-baseline`; te pliki usunięto? Zmniejsz go poleceniem `cxkit lint --write-baseline`")
    said = (f"the finding recorded in {run_plan.shown} is in no file that is here" if n == 1 else
            f"none of the {n} findings recorded in {run_plan.shown} is in a file that is here")
    return (f"{said} (it names {example!r}, from {_shown_folder(folder)}): written in another workspace or from "
            "another folder? Write this workspace's with `cxkit lint --write-baseline --no-baseline`; those files "
            "deleted? Shrink it with `cxkit lint --write-baseline`")


def _shown_folder(folder: Path, pl: bool = False) -> str:
    from ..config import shown_path

    if shown_path(folder) not in (".", ""):
        return ("folderu " if pl else "") + shown_path(folder) + "/"
    return "bieżącego folderu" if pl else "the current folder"

