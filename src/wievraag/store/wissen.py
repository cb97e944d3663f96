"""Really deleting a session (AVG): what goes, said first, then every trace of it removed, and
then checked: what is reported gone was looked for afterwards and not found.

What goes is decided by file names (kopieen.py): deleting a copy removes that copy only;
deleting a session removes its file in both forms and every copy of it, readable or not,
since a half-synced copy holds the same names.
"""

from __future__ import annotations

import contextlib
import glob
import os
from dataclasses import dataclass
from pathlib import Path

from wievraag import locations
from wievraag.bestanden import fsync_map
from wievraag.store import laatst, vorm
from wievraag.store.index import Index
from wievraag.store.kopieen import beschrijf, lees_naam
from wievraag.store.slot import Slot
from wievraag.store.vorm import EXTENSIES
from wievraag.versleuteling import Kluis


@dataclass(frozen=True)
class Wissen:
    """One deletion: the session files that go (exactly these), and whether the session
    itself goes (its exports too) or only a copy."""

    stam: str
    bestanden: list[Path]
    hele_sessie: bool


def plan(map_: Path, pad: Path, zelfde_id: list[Path] | None = None) -> Wissen:
    """What deleting `pad` removes. A copy (by its name): that copy alone. An original: the
    session in both forms and every file named as its copy; `zelfde_id` adds files with
    another name that hold the same session (found by the listing)."""
    naam = lees_naam(pad.name)
    if naam.is_kopie:
        return Wissen(naam.stam, [pad], hele_sessie=False)
    bestanden = {p for p in sessiebestanden(map_) if lees_naam(p.name).stam == naam.stam}
    bestanden |= {
        pad.with_suffix(ext) for ext in EXTENSIES if os.path.lexists(pad.with_suffix(ext))
    }
    bestanden |= set(zelfde_id or [])
    bestanden.add(pad)
    # The original first, then its copies: the dialog names them in that order.
    volgorde = sorted(bestanden, key=lambda p: (lees_naam(p.name).is_kopie, p.name))
    return Wissen(naam.stam, volgorde, hele_sessie=True)


def sessiebestanden(map_: Path) -> list[Path]:
    """Every entry of the folder named like a session file, whatever its type."""
    try:
        with os.scandir(map_) as items:
            return [
                map_ / i.name
                for i in items
                if i.name.endswith(EXTENSIES) and not i.name.startswith(".")
            ]
    except OSError:
        return []


def sporen(data: Path, wissen: Wissen) -> list[str]:
    """What `verwijder` removes, in words, naming every session file (for the confirmation)."""
    uit: list[str] = []
    for pad in wissen.bestanden:
        uit.append(_noem(pad, wissen.stam))
    resten = [r for p in wissen.bestanden for r in _tijdelijk(p)]
    if resten:
        uit.append(
            f"{len(resten)} "
            f"{'tijdelijk bestand' if len(resten) == 1 else 'tijdelijke bestanden'}"
            " van een afgebroken opslag"
        )
    exports = exports_van(data, wissen.stam) if wissen.hele_sessie else []
    if exports:
        uit.append(
            f"{len(exports)} {'export' if len(exports) == 1 else 'exports'} in "
            f"{exports[0].parent}: " + ", ".join(e.name for e in exports)
        )
    if any(laatst.pad_van(p.name).exists() for p in wissen.bestanden):
        uit.append("de laatste versie die deze laptop kende (buiten de gedeelde map)")
    uit.append("het slotbestand en de regel in de index van het startscherm")
    return uit


def _noem(pad: Path, stam: str) -> str:
    naam = lees_naam(pad.name)
    if naam.stam != stam:
        return f"het bestand {pad.name} (dezelfde sessie onder een andere naam)"
    if naam.is_kopie:
        return f"de kopie {pad.name} ({beschrijf(naam)})"
    if pad.suffix != EXTENSIES[0] and pad.with_suffix(EXTENSIES[0]).exists():
        return f"de andere vorm {pad.name} (van een onderbroken omzetting)"
    return f"het sessiebestand {pad.name}"


def exports_van(data: Path, stam: str) -> list[Path]:
    """Exports the app wrote for this session into its own exports folder (named by id).

    A pseudonymised export carries no name and no id, and a file the user saved elsewhere
    is theirs: neither is touched (README, Privacy)."""
    map_ = locations.exports_dir(data)
    try:
        return sorted(p for p in map_.iterdir() if p.name.startswith(f"{stam}-"))
    except OSError:
        return []


def _tijdelijk(pad: Path) -> list[Path]:
    return list(pad.parent.glob(f".{glob.escape(pad.name)}.*.tmp"))


def verwijder(data: Path, wissen: Wissen, kluis: Kluis | None, index_leesbaar: bool) -> list[str]:
    """Remove what `plan` named; returns what is still there afterwards (checked, in words),
    empty when everything is gone. SessieInGebruik (nothing removed) when a window has one of
    the files open."""
    locks = locations.locks_dir(data)
    with contextlib.ExitStack() as sloten:
        # Every lock first: a session open in a window stops the deletion before anything
        # is gone, not halfway.
        # Both forms of one session share a stem, and so a lock: taken once.
        per_stam = {
            stam: sloten.enter_context(Slot.neem(locks, stam))
            for stam in dict.fromkeys(p.stem for p in wissen.bestanden)
        }
        for pad in wissen.bestanden:
            with contextlib.suppress(OSError):  # a folder named like a session: reported below
                pad.unlink(missing_ok=True)
            vorm.ruim_tijdelijk_op(pad)
            laatst.wis(pad.name)
        for slot in per_stam.values():
            slot.verwijder_bestand()
        if wissen.hele_sessie:
            for export in exports_van(data, wissen.stam):
                with contextlib.suppress(OSError):
                    export.unlink(missing_ok=True)
    if wissen.bestanden:
        with contextlib.suppress(OSError):
            fsync_map(wissen.bestanden[0].parent)
    if index_leesbaar:  # an encrypted index without key: rebuilt at the next listing
        index = Index.lees(data, kluis)
        for pad in wissen.bestanden:
            index.vergeet(pad.name)
        index.bewaar(opnieuw=True)
    return resten(data, wissen, kluis, index_leesbaar)


def resten(data: Path, wissen: Wissen, kluis: Kluis | None, index_leesbaar: bool) -> list[str]:
    """What of this deletion is still on disk, looked for again."""
    uit: list[str] = []
    for pad in wissen.bestanden:
        if os.path.lexists(pad):
            soort = "een map; wievraag verwijdert geen mappen" if pad.is_dir() else "niet gelukt"
            uit.append(f"{pad.name} ({soort})")
        uit += [f"{r.name} (tijdelijk bestand)" for r in _tijdelijk(pad)]
        if laatst.pad_van(pad.name).exists():
            uit.append(f"{pad.name} (laatste versie op deze laptop)")
        slot = locations.locks_dir(data) / f"{pad.stem}.lock"
        if slot.exists():
            uit.append(f"{slot.name} (slotbestand)")
    if wissen.hele_sessie:
        uit += [f"{e.name} (export)" for e in exports_van(data, wissen.stam)]
    if index_leesbaar:
        index = Index.lees(data, kluis)
        uit += [
            f"de regel van {p.name} in de index" for p in wissen.bestanden if index.heeft(p.name)
        ]
    return uit
