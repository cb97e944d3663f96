"""Private folders and the one atomic write every file of wievraag goes through.

Why so careful: a professional cannot redo an interview with a family in crisis. A write
either fully replaces the old file or leaves it untouched — never half a file — even when the
battery dies mid-save. Sequence: temp file in the same folder (same file system, so the
rename is atomic), write, flush, fsync, os.replace, fsync the folder (so the rename itself
survives a power cut).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import time
from pathlib import Path

PRIVE_MAP = 0o700
PRIVE_BESTAND = 0o600

# On Windows a virus scanner or indexer may hold the target open for a moment.
_REPLACE_POGINGEN = 10
_REPLACE_PAUZE = 0.05


def maak_prive_map(pad: Path) -> Path:
    """Create the folder (and parents) if needed and make it private to the user."""
    pad.mkdir(parents=True, exist_ok=True, mode=PRIVE_MAP)
    _beperk(pad, PRIVE_MAP)
    return pad


def schrijf_atomisch(pad: Path, data: bytes, *, prive_map: bool = True) -> tuple[int, int]:
    """Replace `pad` with `data` atomically; the old file survives any failure.

    `prive_map=False` for a folder the user chose (an export to the desktop): the file is still
    0600, but we do not create their folder or change who may read it.

    Returns the stamp (mtime_ns, size) of what was written, taken from the temp file before
    the rename (which keeps it): a stat of `pad` afterwards could already see an outside
    change made right after the rename, and take it for our own write.
    """
    map_ = pad.parent
    if prive_map:
        maak_prive_map(map_)
    fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=map_)
    try:
        with os.fdopen(fd, "wb") as uit:
            _beperk_fd(uit.fileno())
            uit.write(data)
            uit.flush()
            os.fsync(uit.fileno())
        st = os.stat(tijdelijk)
        _vervang(tijdelijk, pad)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tijdelijk)
        raise
    fsync_map(map_)
    return (st.st_mtime_ns, st.st_size)


def _vervang(bron: str, doel: Path) -> None:
    for poging in range(_REPLACE_POGINGEN):
        try:
            os.replace(bron, doel)
            return
        except PermissionError:
            if sys.platform != "win32" or poging == _REPLACE_POGINGEN - 1:
                raise
            time.sleep(_REPLACE_PAUZE)


def fsync_map(map_: Path) -> None:
    if sys.platform == "win32":  # folders cannot be opened for fsync on Windows
        return
    fd = os.open(map_, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _beperk(pad: Path, modus: int) -> None:
    # Windows ignores most mode bits; its per-user profile folders are already private.
    with contextlib.suppress(OSError, NotImplementedError):
        os.chmod(pad, modus)


def _beperk_fd(fd: int) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fd, PRIVE_BESTAND)


class OngeschiktBestand(ValueError):
    """Not a regular file, or larger than any file of ours: never read. The text is Dutch."""


def lees_begrensd(pad: Path, maximum: int) -> bytes:
    """The bytes of a regular file of at most `maximum` bytes.

    Anything else named like our files (a folder, a FIFO, a device, a symlink loop) must get
    an answer, not hang the app: the type is checked before opening, the open never blocks
    (O_NONBLOCK: a FIFO without writer would block a plain open for ever), and the type is
    checked again on the open file, in case the name was swapped in between.
    """
    _geschikt(os.stat(pad), maximum)  # follows symlinks; a loop raises OSError (ELOOP)
    fd = os.open(pad, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        _geschikt(st, maximum)
        # One read of the size we expect (and one byte more, to notice growth), never more
        # than the bound. (os.read on the descriptor: a buffered file object around it cost
        # more than the read itself, for each of 10,000 files in a cold list.)
        data = os.read(fd, min(st.st_size, maximum) + 1)
        while len(data) <= maximum:  # the file grew while we read it
            meer = os.read(fd, maximum + 1 - len(data))
            if not meer:
                break
            data += meer
    finally:
        os.close(fd)
    if len(data) > maximum:
        raise OngeschiktBestand(_te_groot(maximum))
    return data


def _geschikt(st: os.stat_result, maximum: int) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise OngeschiktBestand(f"geen gewoon bestand maar {_soort(st.st_mode)}; niet geopend")
    if st.st_size > maximum:
        raise OngeschiktBestand(_te_groot(maximum))


def _te_groot(maximum: int) -> str:
    return (
        f"groter dan {maximum // 2**20} MB; zo groot schrijft wievraag geen bestand. "
        "Niet gelezen, en het blijft onaangeroerd."
    )


def _soort(modus: int) -> str:
    if stat.S_ISDIR(modus):
        return "een map"
    if stat.S_ISFIFO(modus):
        return "een pijp (FIFO)"
    if stat.S_ISCHR(modus) or stat.S_ISBLK(modus):
        return "een apparaat"
    if stat.S_ISSOCK(modus):
        return "een socket"
    return "iets anders"
