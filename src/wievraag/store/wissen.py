"""Really deleting a session (AVG): what goes, said first, then every trace of it removed."""

from __future__ import annotations

import contextlib
from pathlib import Path

from wievraag import locations
from wievraag.bestanden import fsync_map
from wievraag.store import vorm
from wievraag.store.index import Index
from wievraag.store.slot import Slot
from wievraag.store.vorm import EXTENSIES
from wievraag.versleuteling import Kluis


def sporen(data: Path, pad: Path) -> list[str]:
    """What `verwijder` removes, in words (for the confirmation)."""
    uit = [f"het sessiebestand {pad.name}"]
    for ext in EXTENSIES:
        tweeling = pad.with_suffix(ext)
        if tweeling != pad and tweeling.exists():
            uit.append(f"de andere vorm {tweeling.name} (van een onderbroken omzetting)")
    resten = [r for ext in EXTENSIES for r in pad.parent.glob(f".{pad.stem}{ext}.*.tmp")]
    if resten:
        uit.append(f"{len(resten)} tijdelijk(e) bestand(en) van een afgebroken opslag")
    exports = exports_van(data, pad)
    if exports:
        uit.append(
            f"{len(exports)} export(s) in {exports[0].parent}: "
            + ", ".join(e.name for e in exports)
        )
    uit.append("het slotbestand en de regel in de index van het startscherm")
    return uit


def exports_van(data: Path, pad: Path) -> list[Path]:
    """Exports the app wrote for this session into its own exports folder (named by id).

    A pseudonymised export carries no name and no id, and a file the user saved elsewhere
    is theirs: neither is touched (README, Privacy)."""
    map_ = locations.exports_dir(data)
    try:
        return sorted(p for p in map_.iterdir() if p.name.startswith(f"{pad.stem}-"))
    except OSError:
        return []


def verwijder(data: Path, pad: Path, kluis: Kluis | None, index_leesbaar: bool) -> None:
    """The file (both forms), temp leftovers, lock file, exports, index entry."""
    with Slot.neem(locations.locks_dir(data), pad.stem) as slot:
        for ext in EXTENSIES:
            tweeling = pad.with_suffix(ext)
            tweeling.unlink(missing_ok=True)
            vorm.ruim_tijdelijk_op(tweeling)
        for export in exports_van(data, pad):
            export.unlink(missing_ok=True)
        slot.verwijder_bestand()
    with contextlib.suppress(OSError):
        fsync_map(pad.parent)
    if not index_leesbaar:
        return  # the encrypted index is rebuilt at the next listing; no names in the clear
    index = Index.lees(data, kluis)
    for ext in EXTENSIES:
        index.vergeet(pad.with_suffix(ext).name)
    index.bewaar(opnieuw=True)
