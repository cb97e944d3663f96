"""The last file this device wrote (or read whole) of each session, outside the synced folder.

Why: a sync tool can leave a session cut off half way, and a person can edit the TOML by hand.
With the last file we knew, the first is rebuilt (merged with what arrived) and the second is
compared field by field, so a hand edit is stamped as what it is. The bytes are kept as they
were on disk, so an encrypted session stays encrypted here too; the folder is private (0700,
files 0600), and deleting a session deletes this copy with it (wissen.py).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from wievraag import locations
from wievraag.bestanden import schrijf_atomisch
from wievraag.fouten import BestandFout
from wievraag.store import codering, sync, vorm
from wievraag.store.sync import Klok, SyncStaat
from wievraag.versleuteling import Kluis


def pad_van(naam: str, map_: Path | None = None) -> Path:
    return (map_ or locations.laatst_dir()) / naam


def bewaar(naam: str, ruw: bytes, map_: Path | None = None) -> None:
    """Keep these bytes as the last known file `naam`. A failure is no reason to stop an
    open or a save: it only makes a later rebuild or compare less precise."""
    if lees(naam, map_) == ruw:
        return  # opening again what we knew: no write (an fsync costs more than a read)
    with contextlib.suppress(OSError):
        schrijf_atomisch(pad_van(naam, map_), ruw)


def lees(naam: str, map_: Path | None = None) -> bytes | None:
    try:
        return vorm.lees(pad_van(naam, map_))
    except (OSError, BestandFout):
        return None


def wis(naam: str, map_: Path | None = None) -> None:
    with contextlib.suppress(OSError):
        pad_van(naam, map_).unlink(missing_ok=True)


def stempel_handwerk(
    naam: str,
    staat: SyncStaat,
    doc: dict[str, Any],
    kluis: Kluis | None,
    klok: Klok,
    map_: Path | None = None,
) -> int:
    """A body whose hash is not the one in its `[sync]` table was edited by hand: stamp what
    changed as this device's change, not lost and not overwriting. Compared with the last
    file we knew when that is the very version the hand edit started from (the same `[sync]`
    hash); otherwise every field counts as changed here (a later merge asks rather than
    drops). Returns how many paths were stamped."""
    ruw = lees(naam, map_)
    if ruw is not None:
        pad = pad_van(naam, map_)
        try:
            eerder = codering.lees(pad, vorm.ontcijfer(pad, ruw, kluis))
        except BestandFout:
            eerder = None
        if eerder is not None and eerder.staat is not None and eerder.staat.hash == staat.hash:
            oud = {k: v for k, v in codering.document(eerder.sessie).items() if k != "schema"}
            nieuw = {k: v for k, v in doc.items() if k != "schema"}
            return sync.stempel(staat, oud, nieuw, klok)
    return sync.stempel_alles(staat, {k: v for k, v in doc.items() if k != "schema"}, klok)
