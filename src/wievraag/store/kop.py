"""The summary of a session file from its head, without parsing the whole file.

The home screen's list needs six facts: id, family label, last change, number of people,
the plan's evaluation date, and whether the file can be read. The store writes the session's
own keys first (schema, id, gezin, gewijzigd, …), before the first table; the people are one
`[[personen]]` table each; the evaluation date is a key of the `[plan]` table. So the list
parses the head up to the first table header and validates it with the model, counts the
people's table headers, and parses the `[plan]` table alone: about a twentieth of the work
of decoding and validating the whole file.

Files stay the truth: this is only a quicker way to read what the full decode would say.
Whatever does not fit that shape (a head that does not parse or validate, nesting too deep,
another schema, literal multi-line strings, a table written twice, a file that does not end
in a newline or whose last table does not parse: cut off, half-synced) gives None, and the
caller decodes the whole file, so its error message stays exact. A fault in the body (a person
with an invalid field) is not seen here: the full validation when the session is opened
reports it, and `wievraag controleer` decodes every file whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

_DRIE = '"""'
# What the store never writes and the scans below do not know: literal multi-line strings,
# and table headers indented or spelled with spaces or quotes ("  [plan]", "[ plan ]").
# (One pattern starting with the newline: the regex engine then skips to each newline fast.)
_ANDERS = re.compile(r"\n(?:[ \t]+\[|\[\[?[ \t'\"])")


@dataclass(frozen=True)
class Kop:
    id: str
    gezin: str
    gewijzigd: datetime
    personen: int
    evaluatie: date | None


def lees_kop(data: bytes) -> Kop | None:
    """The list's facts from the head of a session file, or None: decode the whole file."""
    try:
        tekst = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if "'''" in tekst or _ANDERS.search(tekst):
        return None
    teksten = _teksten(tekst)
    if teksten is None:
        return None
    eind = _volgende(tekst, "\n[", teksten, 0)  # the first table header (its newline)
    # (Nesting the parser can take is refused by the model: every field is typed, no extras.)
    ruw = _toml(tekst[:eind])
    if ruw is None:
        return None
    # A file cut off (half-synced) is broken in its last table: that one is parsed too.
    laatste = tekst.rfind("\n[")
    while laatste > eind and bisect_right(teksten, laatste) % 2 == 1:
        laatste = tekst.rfind("\n[", 0, laatste)
    if laatste > eind and _toml(tekst[laatste + 1 :]) is None:
        return None
    from wievraag.model import SCHEMA, Sessie

    if ruw.get("schema") != SCHEMA:
        return None  # another schema migrates (or refuses) in the full decode
    from pydantic import ValidationError

    try:
        sessie = Sessie.model_validate(ruw)
    except ValidationError:
        return None
    personen = len(_posities(tekst, "\n[[personen]]", teksten))
    plan = _posities(tekst, "\n[plan]", teksten)
    evaluatie = sessie.plan.evaluatie if sessie.plan else None
    # A session without people has `personen = []` in its head (and a plan could be written
    # inline): then a table of the same name further on is an error for the full decode.
    if ("personen" in ruw and personen) or ("plan" in ruw and plan) or len(plan) > 1:
        return None
    personen += len(sessie.personen)
    if plan:
        tot = _volgende(tekst, "\n[", teksten, plan[0] + 1)
        stuk = _toml(tekst[plan[0] + 1 : tot])
        if stuk is None:
            return None
        tabel = stuk.get("plan", {})
        waarde = tabel.get("evaluatie")
        if waarde is not None and (isinstance(waarde, datetime) or not isinstance(waarde, date)):
            return None  # not a plain date: let the model say what is wrong with it
        evaluatie = waarde
    return Kop(sessie.id, sessie.gezin, sessie.gewijzigd, personen, evaluatie)


def _toml(tekst: str) -> dict[str, Any] | None:
    """The parsed text, or None when it does not parse (also when nested too deep for the
    parser's stack: the full decode says so in Dutch)."""
    import tomli  # the compiled twin of tomllib (pyproject.toml says why); not at start-up

    try:
        ruw: dict[str, Any] = tomli.loads(tekst)
    except (tomli.TOMLDecodeError, RecursionError):
        return None
    return ruw


def _teksten(tekst: str) -> list[int] | None:
    """Where multi-line basic strings begin and end, as a flat sorted list [begin, end, …]:
    a header-like line inside one (a note that reads "[[personen]]") is text, not a table.
    The writer escapes every quote inside them, so three in a row only open or close one;
    None when they do not pair up."""
    grenzen: list[int] = []
    plek = tekst.find(_DRIE)
    while plek != -1:
        grenzen.append(plek)
        plek = tekst.find(_DRIE, plek + 3)
    return grenzen if len(grenzen) % 2 == 0 else None


def _volgende(tekst: str, wat: str, teksten: list[int], vanaf: int) -> int:
    """The first place from `vanaf` where `wat` starts outside the multi-line strings, or
    the end of the text."""
    plek = tekst.find(wat, vanaf)
    while plek != -1 and bisect_right(teksten, plek) % 2 == 1:
        plek = tekst.find(wat, plek + 1)
    return len(tekst) if plek == -1 else plek


def _posities(tekst: str, wat: str, teksten: list[int]) -> list[int]:
    """Where `wat` starts a line outside the multi-line strings (its newline's place)."""
    uit: list[int] = []
    plek = tekst.find(wat)
    while plek != -1:
        if bisect_right(teksten, plek) % 2 == 0:
            uit.append(plek)
        plek = tekst.find(wat, plek + 1)
    return uit
