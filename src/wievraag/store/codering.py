"""Session ⇄ bytes, and the schema version every file carries.

`codeer` serialises fully before any write and parses every new piece back (TomlSchrijver), so
we never write what we cannot read; `decodeer` turns any bytes into a session or a Dutch
`BestandFout` naming file, line and problem. Older schemas migrate in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wievraag.fouten import BestandFout, lees_toml, validatie_fout
from wievraag.tomlschrijver import TomlSchrijver

if TYPE_CHECKING:
    from wievraag.model import Sessie

# The domain model (pydantic) is imported where it is used, not here: with a warm index the
# home screen lists thousands of sessions without it, and start-up stays fast.

Migratie = Callable[[dict[str, Any]], dict[str, Any]]


def _van_1(ruw: dict[str, Any]) -> dict[str, Any]:
    # Schema 2 only added optional parts (model/sessie.py SCHEMA): a schema-1 document is a
    # valid schema-2 document as it is.
    return ruw


MIGRATIES: dict[int, Migratie] = {1: _van_1}
"""`MIGRATIES[n]` turns a schema-n document into a schema-(n+1) document, in memory."""


def codeer(sessie: Sessie, schrijver: TomlSchrijver | None = None) -> bytes:
    """Session → file bytes. Pass the open session's own `schrijver` to reuse the text of
    unchanged people and answers."""
    document = sessie.model_dump(by_alias=True, exclude_none=True)
    return (schrijver or TomlSchrijver()).schrijf(document).encode("utf-8")


def codeer_zoals_gelezen(
    sessie: Sessie, schrijver: TomlSchrijver, data: bytes, document: dict[str, Any]
) -> bytes:
    """`codeer` for a session just read from `data` (parsed as `document`): when the file is
    exactly what we would write, the writer starts from its pieces without checking each
    again (TomlSchrijver.begin_bij), else it writes and checks as always."""
    nu = sessie.model_dump(by_alias=True, exclude_none=True)
    if nu == document and schrijver.begin_bij(nu, data.decode("utf-8", errors="replace")):
        return data
    return schrijver.schrijf(nu).encode("utf-8")


def decodeer(pad: Path, data: bytes) -> Sessie:
    """File bytes → session, or a BestandFout in Dutch naming file, line and problem."""
    return decodeer_met_document(pad, data)[0]


def decodeer_met_document(pad: Path, data: bytes) -> tuple[Sessie, dict[str, Any]]:
    """`decodeer`, and the document as parsed (what `codeer_zoals_gelezen` compares)."""
    try:
        tekst = data.decode("utf-8")
    except UnicodeDecodeError as fout:
        raise BestandFout(pad, f"het bestand is geen UTF-8-tekst (byte {fout.start})") from None
    # Notepad on Windows writes a byte-order mark; it is no part of the TOML.
    tekst = tekst.removeprefix("\ufeff")
    ruw = _migreer(pad, lees_toml(pad, tekst), tekst)
    from pydantic import ValidationError

    from wievraag.model import Sessie

    try:
        return Sessie.model_validate(ruw), ruw
    except ValidationError as fout:
        raise validatie_fout(pad, fout, tekst) from None


def _migreer(pad: Path, ruw: dict[str, Any], tekst: str) -> dict[str, Any]:
    from wievraag.model import SCHEMA

    versie = ruw.get("schema")
    regel = next(
        (n + 1 for n, r in enumerate(tekst.splitlines()) if r.lstrip().startswith("schema")), None
    )
    if not isinstance(versie, int) or isinstance(versie, bool):
        raise BestandFout(pad, "'schema = <nummer>' ontbreekt of is geen getal", regel)
    if versie > SCHEMA:
        raise BestandFout(
            pad,
            f"gemaakt met een nieuwere wievraag (schema {versie}; deze versie kent tot "
            f"{SCHEMA}). Werk wievraag bij; het bestand blijft onaangeroerd.",
            regel,
        )
    while versie < SCHEMA:
        if versie not in MIGRATIES:
            raise BestandFout(pad, f"schema {versie} wordt niet meer ondersteund", regel)
        ruw = MIGRATIES[versie](ruw)
        versie += 1
        ruw["schema"] = versie
    return ruw
