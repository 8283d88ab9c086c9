"""`add-<option>` in a rule's table: items added to a list option instead of a list that replaces it.

An agency's shared config sets `[rules.pseudo-profiling] extend = [...]`, its house words; a client's config
that `extend`s it and writes `extend = ["ok"]` replaces that list, option by option, as every option is
replaced. `add-extend = ["ok"]` adds the client's words to it: to the list the configs it extends give, else
to the option's default. It works for every list option of every rule, a plugin's too (`add-allow`,
`add-purchase-stages`), and through any number of configs: each one's `add-` items are added in turn, until
a config sets the option itself, which replaces what the configs it extends give.
"""

from __future__ import annotations

from typing import Any

#: The prefix of a key that adds to a list option.
ADD = "add-"


class _Joined(list):  # type: ignore[type-arg]
    """An `add-` list joined from the configs' own (``own``: the last config's, as it writes it), so that an
    item it refuses is counted in the list that config writes, not in the joined one."""

    own: list[Any]


def merged_options(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """A rule's table of an extended config (``base``) and of the config extending it (``own``), option by
    option: own's options win, own's `add-` items follow base's, and an option own sets drops base's `add-`."""
    out = {**base, **own}
    for key, items in own.items():
        if (isinstance(key, str) and key.startswith(ADD) and isinstance(base.get(key), list) and isinstance(items, list)
                and key[len(ADD):] not in own):  # own's list replaces the option: own's `add-` adds to it alone
            joined = out[key] = _Joined([*base[key], *(item for item in items if item not in base[key])])
            joined.own = items
    for key in base:
        if isinstance(key, str) and key.startswith(ADD) and key[len(ADD):] in own and key not in own:
            del out[key]  # own's list replaces the option: what base added goes with what it added to
    return out


def with_added(cls: Any, table: dict[str, Any], label: str, who: str, who_pl: str) -> dict[str, Any]:
    """``table`` (a rule's options as the config gives them) with each `add-<option>` joined to its option:
    after the list the table gives, else after the option's default. Raises ConfigError for an `add-` key of
    no list option, or items the option would refuse (located at the `add-` key: see :func:`cxkit.config.located`)."""
    adds = [key for key in table if isinstance(key, str) and key.startswith(ADD)]
    if not adds:
        return table
    from pydantic import ValidationError

    from ..config import ConfigError
    from .rule import describe_options, toml_brief

    lists = {key: default for key, default, _ in describe_options(cls) if isinstance(default, list)}
    out = {key: value for key, value in table.items() if key not in adds}
    for key in adds:
        option, items = key[len(ADD):], table[key]
        if option not in lists:
            if lists:
                known = ", ".join(ADD + k for k in lists)
                raise ConfigError(
                    f"{label}: {who} has no option '{key}': `{ADD}` adds to a list option, and '{option}' is none of "
                    f"its list options (its `{ADD}` keys: {known})",
                    pl=f"{label}: {who_pl} nie ma opcji `{key}`: `{ADD}` dodaje do opcji, która jest listą, a `{option}` "
                       f"nią nie jest (jej klucze `{ADD}`: {known})")
            raise ConfigError(f"{label}: {who} has no option '{key}': `{ADD}` adds to a list option, and it has none",
                              pl=f"{label}: {who_pl} nie ma opcji `{key}`: `{ADD}` dodaje do opcji, która jest listą, "
                                 "a ta reguła żadnej takiej nie ma")
        if not isinstance(items, list):
            raise ConfigError(f"{label}: {who}, option '{key}': it takes a list of items to add, not "
                              f"{toml_brief(items)}: write {key} = [\"…\"]",
                              pl=f"{label}: {who_pl}, opcja `{key}`: to ma być lista dodawanych pozycji, a nie "
                                 f"{toml_brief(items)}: zapisz {key} = [\"…\"]")
        try:
            cls.Options.model_validate({option: items})  # the items alone: an error is located at this key
        except ValidationError as exc:
            err = exc.errors(include_url=False)[0]
            loc = err["loc"]
            number = loc[1] if len(loc) > 1 and isinstance(loc[1], int) else None
            if number is not None and isinstance(items, _Joined) and items[number] in items.own:
                number = items.own.index(items[number])  # counted in the list this config writes
            item = f" item {number + 1}" if number is not None else ""
            item_pl = f", element {number + 1}" if number is not None else ""
            msg = err["msg"].removeprefix("Value error, ") if err["type"] == "value_error" else f"{err['msg']}, not {toml_brief(err['input'])}"
            from .engine import _option_error_pl

            said_pl = _option_error_pl(err) or getattr((err.get("ctx") or {}).get("error"), "pl", None)
            raise ConfigError(f"{label}: {who}, option '{key}'{item}: {msg}",
                              pl=f"{label}: {who_pl}, opcja `{key}`{item_pl}: {said_pl}" if said_pl else None) from None
        have = out.get(option, lists[option])
        if isinstance(have, list):
            out[option] = [*have, *(i for i in items if i not in have)]
    return out


def resolved(cls: Any, table: dict[str, Any]) -> dict[str, Any]:
    """``table`` with its `add-` keys joined to their options, as the run has them; a table it cannot join
    (an error :func:`with_added` reports) as it is."""
    from ..config import ConfigError

    try:
        return with_added(cls, table, "", "", "")
    except ConfigError:
        return table
