"""Session ⇄ bytes, and the schema version every file carries.

`codeer` serialises fully before any write and parses every new piece back (TomlSchrijver), so
we never write what we cannot read; `decodeer` turns any bytes into a session or a Dutch
`BestandFout` naming file, line and problem. Older schemas migrate in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wievraag.fouten import BestandFout, lees_toml, validatie_fout
from wievraag.store import sync
from wievraag.store.sync import SyncStaat
from wievraag.tomlschrijver import OnleesbareTekst, TomlSchrijver

if TYPE_CHECKING:
    from wievraag.model import Sessie

# The domain model (pydantic) is imported where it is used, not here: with a warm index the
# home screen lists thousands of sessions without it, and start-up stays fast.

Migratie = Callable[[dict[str, Any]], dict[str, Any]]


def _van_1(ruw: dict[str, Any]) -> dict[str, Any]:
    # Schema 2 only added optional parts (model/sessie.py SCHEMA): a schema-1 document is a
    # valid schema-2 document as it is.
    return ruw


def _van_2(ruw: dict[str, Any]) -> dict[str, Any]:
    # Schema 3 added the `[sync]` table at the end (store/sync.py); the body is unchanged, and
    # a file without the table simply has no stamps yet (everyone has seen every value).
    return ruw


# Schema 4 renamed the plan's `contactpersoon` to `aanspreekpunt`: one word for that role in
# the app, the file and every export (000: "wie het aanspreekpunt wordt voor alle
# betrokkenen"). The stamps of the `[sync]` table name fields by path, so they move along:
# a merge after the upgrade still sees who changed the aanspreekpunt, and when.
_OUD, _NIEUW = "contactpersoon", "aanspreekpunt"


def _hernoem_pad(pad: str) -> str:
    """`plan/contactpersoon` and `planversies/<versie>/contactpersoon` get the new name."""
    delen = pad.split(sync.SEP)
    if delen in (["plan", _OUD], ["planversies", *delen[1:2], _OUD]):
        delen[-1] = _NIEUW
    return sync.SEP.join(delen)


def _van_3(ruw: dict[str, Any]) -> dict[str, Any]:
    plannen = [ruw.get("plan"), *(ruw.get("planversies") or [])]
    for plan in plannen:
        if isinstance(plan, dict) and _OUD in plan:
            if _NIEUW in plan:
                # Both keys: the file was edited by hand; let validation name the old key.
                continue
            plan[_NIEUW] = plan.pop(_OUD)
    tabel = ruw.get("sync")
    if isinstance(tabel, dict):
        for naam in ("velden", "weg"):
            deel = tabel.get(naam)
            if isinstance(deel, dict):
                tabel[naam] = {_hernoem_pad(str(pad)): s for pad, s in deel.items()}
        for conflict in tabel.get("conflicten") or []:
            if isinstance(conflict, dict) and isinstance(conflict.get("pad"), str):
                conflict["pad"] = _hernoem_pad(conflict["pad"])
    return ruw


MIGRATIES: dict[int, Migratie] = {1: _van_1, 2: _van_2, 3: _van_3}
"""`MIGRATIES[n]` turns a schema-n document into a schema-(n+1) document, in memory."""


def document(sessie: Sessie) -> dict[str, Any]:
    """The session as the document that is written (and stamped, store/sync.py)."""
    return sessie.model_dump(by_alias=True, exclude_none=True)


def codeer(
    sessie: Sessie, schrijver: TomlSchrijver | None = None, staat: SyncStaat | None = None
) -> bytes:
    """Session → file bytes. Pass the open session's own `schrijver` to reuse the text of
    unchanged people and answers, and its sync state to write the `[sync]` table."""
    return codeer_document(document(sessie), schrijver, staat)


def codeer_document(
    doc: dict[str, Any],
    schrijver: TomlSchrijver | None = None,
    staat: SyncStaat | None = None,
    sync_schrijver: sync.SyncSchrijver | None = None,
) -> bytes:
    """`codeer` for a document already made. With a sync state its `[sync]` table goes at the
    end, with the hash of the body above it (a hand edit is then seen, sync.py). Both writers
    parse back every new piece they write: never a file that does not read back."""
    body = (schrijver or TomlSchrijver()).schrijf(doc)
    if staat is None:
        return body.encode("utf-8")
    staat.hash = sync.body_hash(body)
    try:
        tabel = (sync_schrijver or sync.SyncSchrijver()).schrijf(staat)
    except ValueError as fout:
        raise OnleesbareTekst(str(fout)) from None
    return (body + "\n" + tabel).encode("utf-8")


@dataclass
class Gelezen:
    """A decoded file with its sync state (None: the file has no `[sync]` table) and whether
    the body changed by hand since the app wrote it (its hash differs)."""

    sessie: Sessie
    staat: SyncStaat | None
    met_de_hand: bool
    body: str
    document: dict[str, Any]  # as parsed, without the [sync] table


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
    return lees(pad, data).sessie


def decodeer_met_document(pad: Path, data: bytes) -> tuple[Sessie, dict[str, Any]]:
    """`decodeer`, and the document as parsed (what `codeer_zoals_gelezen` compares)."""
    gelezen = lees(pad, data)
    return gelezen.sessie, gelezen.document


def lees(pad: Path, data: bytes) -> Gelezen:
    """`decodeer` with the `[sync]` table: the session, its stamps, whether it was edited by
    hand, and the document and body text as read (what the writer can start from)."""
    try:
        tekst = data.decode("utf-8")
    except UnicodeDecodeError as fout:
        raise BestandFout(pad, f"het bestand is geen UTF-8-tekst (byte {fout.start})") from None
    # Notepad on Windows writes a byte-order mark; it is no part of the TOML.
    tekst = tekst.removeprefix("\ufeff")
    ruw = _migreer(pad, lees_toml(pad, tekst), tekst)
    tabel = ruw.pop("sync", None)
    staat: SyncStaat | None = None
    body = tekst
    met_de_hand = False
    if tabel is not None:
        try:
            staat = SyncStaat.uit_tabel(tabel)
        except ValueError as fout:
            raise BestandFout(pad, str(fout)) from None
        body, _ = sync.splits(tekst)
        met_de_hand = bool(staat.hash) and sync.body_hash(body) != staat.hash
    from pydantic import ValidationError

    from wievraag.model import Sessie

    try:
        sessie = Sessie.model_validate(ruw)
    except ValidationError as fout:
        raise validatie_fout(pad, fout, tekst) from None
    return Gelezen(sessie, staat, met_de_hand, body, ruw)


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
