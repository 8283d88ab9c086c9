"""Generators of hostile YAML inputs; each returns the file's bytes.

Generated rather than committed: some are megabytes, some are invalid text
that editors and git filters would "helpfully" repair.
"""

from __future__ import annotations

import codecs

PERSONA = "kind: persona\nid: tomek-audiofil\nname: Tomek Wiśniewski\nsummary: Słucha jazzu na słuchawkach za 1500 zł\n"


def billion_laughs(levels: int = 9, width: int = 9) -> bytes:
    """Each anchor lists the previous one `width` times: width**levels values once expanded."""
    lines = ["kind: persona", "id: lol", "name: Lol", "x-lol0: &l0 [hahaha]"]
    for i in range(1, levels + 1):
        lines.append(f"x-lol{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]")
    lines.append(f"goals: *l{levels}")
    return ("\n".join(lines) + "\n").encode()


def deep_flow(depth: int) -> bytes:
    """`[[[[...]]]]` nested ``depth`` levels, as a value in a persona."""
    return (PERSONA + "x-deep: " + "[" * depth + "x" + "]" * depth + "\n").encode()


def deep_dashes(depth: int) -> bytes:
    """`- - - - x`: compact block sequences nested ``depth`` levels."""
    return (PERSONA + "goals:\n  " + "- " * depth + "x\n").encode()


def deep_mappings(depth: int) -> bytes:
    """`{a: {a: {a: ...}}}` nested ``depth`` levels."""
    return (PERSONA + "x-deep: " + "{a: " * depth + "x" + "}" * depth + "\n").encode()


def oversized(megabytes: int = 20) -> bytes:
    """A persona padded with a comment to well over the 4 MiB cap."""
    line = "# " + "wywiad " * 142 + "\n"  # 1,000 bytes
    return (PERSONA + line * (megabytes * 1024 * 1024 // len(line) + 1)).encode()


def latin2() -> bytes:
    """A Polish persona saved as ISO-8859-2 instead of UTF-8."""
    return PERSONA.encode("iso-8859-2")


def utf16(bom: bool, big_endian: bool = False) -> bytes:
    codec = "utf-16-be" if big_endian else "utf-16-le"
    mark = (codecs.BOM_UTF16_BE if big_endian else codecs.BOM_UTF16_LE) if bom else b""
    return mark + PERSONA.encode(codec)


def utf8_bom(text: str = PERSONA) -> bytes:
    return codecs.BOM_UTF8 + text.encode()


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode()
