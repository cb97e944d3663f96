"""The summary of a session file from its head, without parsing the whole file.

The home screen's list needs six facts: id, family label, last change, number of people,
the plan's evaluation date, and whether the file can be read. The store writes the session's
own keys first (schema, id, gezin, gewijzigd, …), before the first table; the people are one
`[[personen]]` table each; the evaluation date is a key of the `[plan]` table. So the list
reads the four keys it needs from the head, counts the people's table headers, and parses the
`[plan]` table alone: about a sixtieth of the work of decoding and validating the whole file.

The head in the form the store writes it (`key = value` lines, basic strings without escapes,
multi-line arrays indented by four spaces) is read line by line, without a TOML parser or the
model: a TOML parser and the model's validation per file were most of the cost of a cold list
of 10,000 files. Only the keys the list shows are checked (schema, id, gezin, gewijzigd, and
that every key is one of the model's); a head in any other form is parsed and validated by the
model as before.

Files stay the truth: this is only a quicker way to read what the full decode would say.
Whatever does not fit that shape (a head that does not parse, another schema, literal
multi-line strings, a table written twice, a file that does not end in a newline or whose last
table does not parse: cut off, half-synced) gives None, and the caller decodes the whole file,
so its error message stays exact. A fault elsewhere (a person with an invalid field, a visit
date that is no date) is not seen here: the full validation when the session is opened
reports it, and `wievraag controleer` decodes every file whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from wievraag.store.kopieen import SESSIE_ID

# The model's schema and the session's own keys, here so that the list reads a head without
# importing the model (pydantic and the whole domain: a third of a second before the first
# file); tests/test_store_kop.py keeps both equal to the model's.
SCHEMA = 4
SLEUTELS = frozenset(
    [
        "aangemaakt",
        "aanmelding",
        "afsluiting",
        "antwoorden",
        "appels",
        "bezoeken",
        "cirkels",
        "evaluaties",
        "family_finding",
        "gewijzigd",
        "gezin",
        "id",
        "logboek",
        "netwerkberaden",
        "personen",
        "plan",
        "planversies",
        "schema",
        "standen",
        "stemmen",
    ]
)

_DRIE = '"""'
# Table headers indented ("  [plan]"): what the store never writes and the scan below does
# not know. (A pattern starting with the newline: the regex engine then skips to each newline.)
_INGESPRONGEN = re.compile(r"\n[ \t]+\[")
# A header spelled with spaces or quotes ("[ plan ]", '["plan"]'), the character after "\n[".
_VREEMD = frozenset(" \t'\"")
# The moment as the store writes it (TOML's offset date-time); anything else: the parser.
_MOMENT = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d{1,6})?(?:Z|[+-]\d\d:\d\d)?")
# What TOML does not allow raw in a basic string (tab aside): the parser says so, not us.
_DAG = re.compile(r"\d{4}-\d\d-\d\d")
# A key as the store writes it: bare, or quoted without escapes (the [sync] table's).
_SLEUTEL = re.compile(r'[A-Za-z0-9_-]+|"[^"\\\x00-\x1f]*"')
# How a value as the store writes it begins, and how it ends when it has a closing mark.
_BEGIN = frozenset('"[{tfin+-0123456789')
_SLUIT = {'"': '"', "[": "]", "{": "}"}
# A table header as the store writes it, after its first "[": "[personen]]", "plan]".
_KOPREGEL = re.compile(r"\[[A-Za-z0-9_.-]+\]\]|[A-Za-z0-9_.-]+\]")
_STUURTEKEN = re.compile(r'[\x00-\x08\x0a-\x1f\x7f"\\]')


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
    if not tekst.endswith("\n") or "'''" in tekst or _INGESPRONGEN.search(tekst):
        return None
    tabellen = _tabellen(tekst)
    if tabellen is None:
        return None
    # Each table's first characters: the header's spelling (few kinds, however many tables).
    if any(
        k[:1] in _VREEMD or (k[:1] == "[" and k[1:] in _VREEMD)
        for k in {t[:2] for t in tabellen[1:]}
    ):
        return None
    personen = [t[:11] for t in tabellen[1:]].count("[personen]]")
    plannen = [t[:5] for t in tabellen].count("plan]")
    if plannen > 1:
        return None  # a table written twice: an error for the full decode
    plan = next(t for t in tabellen[1:] if t.startswith("plan]")) if plannen else None
    # A file cut off (half-synced) is broken in its last table: that one is read too.
    laatste = tabellen[-1]
    if len(tabellen) > 1 and not _af(laatste) and _toml("[" + laatste) is None:
        return None
    kop = _geschreven_kop(tabellen[0]) or _gevalideerde_kop(tabellen[0])
    if kop is None:
        return None
    # A session without people has `personen = []` in its head (and a plan could be written
    # inline): then a table of the same name further on is an error for the full decode.
    if (kop.personen is not None and personen) or (kop.plan is not None and plan is not None):
        return None
    evaluatie = kop.plan
    if plan is not None:
        waarden = _regels(plan.split("\n")[1:])
        waarde = waarden.get("evaluatie") if waarden is not None else None
        if waarden is not None and (waarde is None or _DAG.fullmatch(waarde)):
            evaluatie = date.fromisoformat(waarde) if waarde else None
        else:  # written otherwise (by hand): the parser reads it
            stuk = _toml("[" + plan)
            if stuk is None:
                return None
            waarde = stuk.get("plan", {}).get("evaluatie")
            if waarde is not None and (
                isinstance(waarde, datetime) or not isinstance(waarde, date)
            ):
                return None  # not a plain date: let the model say what is wrong with it
            evaluatie = waarde
    return Kop(kop.id, kop.gezin, kop.gewijzigd, personen + (kop.personen or 0), evaluatie)


@dataclass(frozen=True)
class _Kopregels:
    """The session's own keys as far as the list needs them; `personen` and `plan` only when
    written in the head (no people: `personen = []`; a plan written inline)."""

    id: str
    gezin: str
    gewijzigd: datetime
    personen: int | None
    plan: date | None


def _regels(regels: list[str], sleutels: frozenset[str] | None = None) -> dict[str, str] | None:
    """The keys of one table as the store writes them, each with its value's first line; None
    when a line is in another form, a key comes twice, or a multi-line array or string is not
    closed (the file is cut off, or written by hand: the parser decides). The values are not
    checked: the full decode does that when the session is opened. With `sleutels`, every key
    must be one of them."""
    waarden: dict[str, str] = {}
    lijst = tekst = False
    for regel in regels:
        if tekst:
            tekst = _DRIE not in regel
        elif lijst:
            if regel == "]":
                lijst = False
            elif not regel.startswith("    ") or regel[4:5] in ("", " "):
                return None
        elif regel:
            sleutel, is_, waarde = regel.partition(" = ")
            if not is_ or sleutel in waarden:
                return None
            if sleutels is not None:
                if sleutel not in sleutels:
                    return None
            elif not (sleutel.isascii() and sleutel.isidentifier()) and not _SLEUTEL.fullmatch(
                sleutel
            ):
                return None
            waarden[sleutel] = waarde
            if waarde.startswith(_DRIE):
                tekst = _DRIE not in waarde[3:]
            elif waarde == "[":
                lijst = True
            elif waarde[:1] not in _BEGIN or (
                waarde[0] in _SLUIT and (len(waarde) < 2 or waarde[-1] != _SLUIT[waarde[0]])
            ):
                return None  # not a value as the store writes it (or half of one)
    return None if lijst or tekst else waarden


def _af(tabel: str) -> bool:
    """Whether a table (without its first "[") is whole in the store's form: its header
    closed, each value complete, every multi-line array and string closed."""
    kop, _, rest = tabel.partition("\n")
    return _KOPREGEL.fullmatch(kop) is not None and _regels(rest.split("\n")) is not None


def _geschreven_kop(kop: str) -> _Kopregels | None:
    """The head read as the store writes it, or None: not in that form (the parser decides)."""
    waarden = _regels(kop.split("\n"), SLEUTELS)
    if waarden is None:
        return None
    if waarden.get("schema") != str(SCHEMA) or "plan" in waarden:
        return None
    sid, gezin = _tekst(waarden.get("id")), _tekst(waarden.get("gezin"))
    moment = waarden.get("gewijzigd")
    if sid is None or gezin is None or moment is None or not _MOMENT.fullmatch(moment):
        return None
    if not SESSIE_ID.fullmatch(sid) or not gezin.strip():
        return None  # the model refuses these: the full decode says why
    gewijzigd = datetime.fromisoformat(moment)
    if gewijzigd.tzinfo is None:
        gewijzigd = gewijzigd.astimezone()  # as the model reads a time without offset
    personen = waarden.get("personen")
    if personen is not None and personen != "[]":
        return None
    return _Kopregels(sid, gezin, gewijzigd, 0 if personen else None, None)


def _tekst(waarde: str | None) -> str | None:
    """A basic string without escapes, as the store writes a family label or an id."""
    if waarde is None or len(waarde) < 2 or waarde[0] != '"' or waarde[-1] != '"':
        return None
    binnen = waarde[1:-1]
    return None if _STUURTEKEN.search(binnen) else binnen


def _gevalideerde_kop(kop: str) -> _Kopregels | None:
    """The head parsed and validated by the model: for a head in another form than the
    store's (written by hand, by an older version, or with escapes)."""
    ruw = _toml(kop)
    if ruw is None:
        return None
    from wievraag.model import Sessie

    if ruw.get("schema") != SCHEMA:
        return None  # another schema migrates (or refuses) in the full decode
    if "id" not in ruw or "gewijzigd" not in ruw:
        return None  # the model would make them up, each time anew
    from pydantic import ValidationError

    # (Nesting the parser can take is refused by the model: every field is typed, no extras.)
    try:
        sessie = Sessie.model_validate(ruw)
    except ValidationError:
        return None
    return _Kopregels(
        sessie.id,
        sessie.gezin,
        sessie.gewijzigd,
        len(sessie.personen) if "personen" in ruw else None,
        (sessie.plan.evaluatie if sessie.plan else None) if "plan" in ruw else None,
    )


def _toml(tekst: str) -> dict[str, Any] | None:
    """The parsed text, or None when it does not parse (also when nested too deep for the
    parser's stack: the full decode says so in Dutch)."""
    import tomli  # the compiled twin of tomllib (pyproject.toml says why); not at start-up

    try:
        ruw: dict[str, Any] = tomli.loads(tekst)
    except (tomli.TOMLDecodeError, RecursionError):
        return None
    return ruw


def _tabellen(tekst: str) -> list[str] | None:
    """The text cut at every line that starts with "[" outside the multi-line basic strings:
    the head first, then each table without its "[" (so "[personen]]\nid = …"); None when
    those strings do not pair up. A header-like line inside one (a note that reads
    "[[personen]]") is text, not a table. The writer escapes every quote inside them, so
    three in a row only open or close one."""
    teksten = tekst.split(_DRIE)
    if len(teksten) % 2 == 0:
        return None
    stukken = tekst.split("\n[")
    if not any("\n[" in binnen for binnen in teksten[1::2]):
        return stukken  # the usual case: no text has a line that starts with "["
    tabellen = [stukken[0]]
    binnen = stukken[0].count(_DRIE) % 2 == 1
    for stuk in stukken[1:]:
        if binnen:  # still in a string: this "[" line is part of its text
            tabellen[-1] += "\n[" + stuk
        else:
            tabellen.append(stuk)
        if stuk.count(_DRIE) % 2 == 1:
            binnen = not binnen
    return tabellen
