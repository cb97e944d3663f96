"""The form a session file has on disk: plain TOML (`.toml`) or encrypted (`.wvs`).

One read path (`lees` → `ontcijfer`) and one write path (`vercijfer` → `schrijf`). The
extension decides the form, so the plain text of an encrypted session exists only in memory
and the atomic write (temp file included) only ever sees ciphertext. Callers use these
through the module (`vorm.schrijf`), so a test can put a failing disk in their place.
"""

from __future__ import annotations

import contextlib
import glob
from pathlib import Path

from wievraag.bestanden import OngeschiktBestand, lees_begrensd, schrijf_atomisch
from wievraag.fouten import BestandFout, os_fout
from wievraag.versleuteling import EXTENSIE as _VERSLEUTELD
from wievraag.versleuteling import Kluis, VerkeerdWachtwoord, WachtwoordNodig, is_versleuteld

EXTENSIE = ".toml"
VERSLEUTELD = _VERSLEUTELD
EXTENSIES = (EXTENSIE, VERSLEUTELD)

Stempel = tuple[int, int]
"""(mtime_ns, size) of a file as we last saw it."""


MAX_GROOTTE = 32 * 2**20
"""The largest session file we read. A session of 4,000 people with long notes is about 5 MB;
a file far beyond that is not ours, and reading it would make the list wait."""


def lees(pad: Path) -> bytes:
    """The raw bytes of a session file; BestandFout for what is no file of ours (folder,
    FIFO, device, too large), OSError when reading fails."""
    try:
        return lees_begrensd(pad, MAX_GROOTTE)
    except OngeschiktBestand as fout:
        raise BestandFout(pad, str(fout)) from None


def lees_ruw(pad: Path) -> bytes:
    """`lees`, with a failed read as a BestandFout in Dutch too: loading never raises past
    the store with anything else."""
    try:
        return lees(pad)
    except OSError as fout:
        raise os_fout(pad, fout) from None


def schrijf(pad: Path, data: bytes) -> Stempel:
    return schrijf_atomisch(pad, data)


def ontcijfer(pad: Path, data: bytes, kluis: Kluis | None) -> bytes:
    """File bytes → plain TOML bytes (in memory). Plain files pass through unchanged."""
    if not is_versleuteld(data):
        if pad.suffix == VERSLEUTELD:
            raise BestandFout(pad, "dit is geen (volledig) versleuteld wievraag-bestand")
        return data
    if kluis is None:
        raise BestandFout(pad, "dit bestand is versleuteld; open het met het wachtwoord")
    try:
        return kluis.ontcijfer(data)
    except VerkeerdWachtwoord:
        raise BestandFout(
            pad, "versleuteld met een ander wachtwoord, of beschadigd; het blijft onaangeroerd"
        ) from None
    except ValueError as fout:
        raise BestandFout(pad, str(fout)) from None


def vercijfer(pad: Path, data: bytes, kluis: Kluis | None) -> bytes:
    """Plain TOML bytes → the bytes for this file: encrypted when its extension says so."""
    if pad.suffix != VERSLEUTELD:
        return data
    if kluis is None:  # never write a .wvs in the clear
        raise WachtwoordNodig(pad.name)
    return kluis.vercijfer(data)


def lees_plat(pad: Path, kluis: Kluis | None) -> bytes:
    """The plain bytes of a session file, whatever its form."""
    return ontcijfer(pad, lees_ruw(pad), kluis)


def schrijf_in_vorm(pad: Path, plat: bytes, kluis: Kluis | None) -> Stempel:
    """Write plain bytes in the form the file's extension asks for."""
    return schrijf(pad, vercijfer(pad, plat, kluis))


def ruim_tijdelijk_op(pad: Path) -> None:
    """Temp files a killed writer left behind. Only called while holding the session's lock,
    so no live writer of this session can own them."""
    for rest in pad.parent.glob(f".{glob.escape(pad.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            rest.unlink()


def stempel(pad: Path) -> Stempel | None:
    try:
        st = pad.stat()
    except FileNotFoundError:
        return None
    return (st.st_mtime_ns, st.st_size)
