"""The session lock: one process edits a session at a time.

An OS-level lock on `<data>/.locks/<session>.lock`. The operating system drops it when the
process dies (even on SIGKILL or a power cut), so there is no stale lock to clean up by hand,
and a lock file a sync tool copies or deletes is simply made again.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from wievraag.bestanden import maak_prive_map


class SessieInGebruik(Exception):
    """Another wievraag window has this session open."""


class Slot:
    def __init__(self, pad: Path, bestand: IO[bytes]) -> None:
        self.pad = pad
        self._bestand: IO[bytes] | None = bestand

    @classmethod
    def neem(cls, map_: Path, naam: str) -> Slot:
        maak_prive_map(map_)
        pad = map_ / f"{naam}.lock"
        fd = os.open(pad, os.O_RDWR | os.O_CREAT, 0o600)
        bestand = os.fdopen(fd, "r+b")
        try:
            _vergrendel(bestand)
        except OSError:
            bestand.close()
            raise SessieInGebruik(naam) from None
        bestand.seek(0)
        bestand.truncate()
        bestand.write(str(os.getpid()).encode())
        bestand.flush()
        return cls(pad, bestand)

    def geef_vrij(self) -> None:
        if self._bestand is not None:
            with contextlib.suppress(OSError):
                _ontgrendel(self._bestand)
            self._bestand.close()
            self._bestand = None

    def verwijder_bestand(self) -> None:
        self.geef_vrij()
        self.pad.unlink(missing_ok=True)

    def __enter__(self) -> Slot:
        return self

    def __exit__(self, *_: object) -> None:
        self.geef_vrij()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _vergrendel(bestand: IO[bytes]) -> None:
        bestand.seek(0)
        msvcrt.locking(bestand.fileno(), msvcrt.LK_NBLCK, 1)

    def _ontgrendel(bestand: IO[bytes]) -> None:
        bestand.seek(0)
        msvcrt.locking(bestand.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _vergrendel(bestand: IO[bytes]) -> None:
        fcntl.flock(bestand.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _ontgrendel(bestand: IO[bytes]) -> None:
        fcntl.flock(bestand.fileno(), fcntl.LOCK_UN)
