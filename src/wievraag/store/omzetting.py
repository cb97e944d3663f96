"""Encrypting and decrypting a whole data folder (`wievraag versleutel` / `ontsleutel`).

Crash-safe: the marker is written first (from then on new sessions are encrypted and the
listing prefers `.wvs`); per session the new form is written atomically before the old one is
removed, so at every moment each session is readable in one of the forms. Running the same
command again finishes an interrupted run.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from wievraag import locations
from wievraag.bestanden import fsync_map, schrijf_atomisch
from wievraag.store import vorm
from wievraag.store.slot import SessieInGebruik, Slot
from wievraag.store.vorm import EXTENSIE, EXTENSIES, VERSLEUTELD
from wievraag.versleuteling import Kluis, lees_marker, marker_pad, nieuwe_marker


def versleutel(data: Path, map_: Path, wachtwoord: str) -> tuple[Kluis, int]:
    """Encrypt every session of the folder; returns the key and how many files were converted.
    With an existing marker the passphrase is checked before anything is touched."""
    marker = lees_marker(data)
    if marker is None:
        marker, kluis = nieuwe_marker(wachtwoord)
    else:
        kluis = marker.kluis(wachtwoord)
        if marker.versleuteld and marker.klaar and not _in_vorm(map_, EXTENSIE):
            ruim_resten_op(data, map_)
            return kluis, 0
        marker = marker.met(doel="versleuteld", klaar=False)
    schrijf_atomisch(marker_pad(data), marker.bytes())
    # The plain index holds family labels: gone before anything else.
    locations.index_file(data).unlink(missing_ok=True)
    aantal = _zet_om(data, map_, VERSLEUTELD, kluis)
    schrijf_atomisch(marker_pad(data), marker.met(klaar=True).bytes())
    return kluis, aantal


def ontsleutel(data: Path, map_: Path, wachtwoord: str) -> tuple[Kluis | None, int]:
    """Decrypt every session back to plain TOML; the marker goes last. A wrong passphrase
    raises VerkeerdWachtwoord with nothing touched."""
    marker = lees_marker(data)
    if marker is None:
        return None, 0
    kluis = marker.kluis(wachtwoord)
    schrijf_atomisch(marker_pad(data), marker.met(doel="onversleuteld", klaar=False).bytes())
    aantal = _zet_om(data, map_, EXTENSIE, kluis)
    marker_pad(data).unlink()
    with contextlib.suppress(OSError):
        fsync_map(data)
    locations.index_file(data, versleuteld=True).unlink(missing_ok=True)
    return kluis, aantal


def _in_vorm(map_: Path, ext: str) -> list[Path]:
    if not map_.is_dir():
        return []
    return sorted(p for p in map_.iterdir() if p.suffix == ext and p.is_file())


def _zet_om(data: Path, map_: Path, naar: str, kluis: Kluis) -> int:
    van = EXTENSIE if naar == VERSLEUTELD else VERSLEUTELD
    aantal = 0
    for bron in _in_vorm(map_, van):
        if bron.name.startswith("."):
            continue
        doel = bron.with_suffix(naar)
        with Slot.neem(locations.locks_dir(data), bron.stem):
            # Leftovers of killed plain writers hold names too.
            vorm.ruim_tijdelijk_op(bron)
            vorm.ruim_tijdelijk_op(doel)
            platte = vorm.lees_plat(bron, kluis)  # the same bytes, in memory
            vorm.schrijf_in_vorm(doel, platte, kluis)
            bron.unlink()
            fsync_map(map_)
        aantal += 1
    ruim_resten_op(data, map_)
    return aantal


def ruim_resten_op(data: Path, map_: Path) -> None:
    """Temp files a killed writer left of sessions this run did not convert (already in the
    new form, or never written): a half-written plain `.toml` temp must not stay in a folder
    that is now encrypted. Found by the kill test: a kill while `ontsleutel` wrote a session,
    then `versleutel`, left that session's plain temp file behind."""
    if not map_.is_dir():
        return
    namen: set[str] = set()
    for pad in map_.iterdir():
        naam = pad.name
        if naam.endswith(".tmp") and naam.startswith("."):
            for ext in EXTENSIES:  # `.<stem><ext>.<random>.tmp`
                stem, gevonden, _ = naam[1:].rpartition(f"{ext}.")
                if gevonden and stem:
                    namen.add(stem)
    for stem in sorted(namen):
        # A session open in a running app: its temp files may be a live write.
        with contextlib.suppress(SessieInGebruik), Slot.neem(locations.locks_dir(data), stem):
            for ext in EXTENSIES:
                vorm.ruim_tijdelijk_op(map_ / f"{stem}{ext}")
