"""Saving the open session within a second of every change, off the key path.

The snapshot (model → TOML bytes) is taken on the UI thread, where the session is changed,
so a half-changed session is never written; the atomic write with its fsyncs runs in a thread
so a slow disk never freezes typing. A generation counter makes sure an older snapshot can
never replace a newer one, whatever order the threads finish in.
"""

from __future__ import annotations

import contextlib
import errno
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from wievraag.store import ExternGewijzigd, SessieBestand

if TYPE_CHECKING:
    from textual.timer import Timer

    from wievraag.tui.app import WievraagApp

WACHT = 0.3  # quiet time after a key before saving: typing stays smooth
MAX_WACHT = 0.8  # never later than this after the first unsaved change (< 1 s promise)
OPNIEUW = 3.0  # retry interval after a failed write (disk full, folder read-only)


_REDENEN = {
    errno.ENOSPC: "de schijf is vol",
    errno.EROFS: "de map is alleen-lezen",
    errno.EACCES: "geen toestemming om in de map te schrijven",
    errno.EPERM: "geen toestemming om in de map te schrijven",
    errno.ENOENT: "de map is er niet meer",
    errno.ENOTDIR: "de map is er niet meer",
    errno.EEXIST: "de map is er niet meer",
    errno.EIO: "de schijf geeft een fout",
}


def reden(fout: OSError) -> str:
    """Why saving failed, in Dutch (the system's own text is English)."""
    return _REDENEN.get(fout.errno or 0, fout.strerror or "onbekende fout")


class Autosaver:
    def __init__(self, app: WievraagApp, bestand: SessieBestand) -> None:
        self.app = app
        self.bestand = bestand
        self._timer: Timer | None = None
        self._tijdstip = 0.0  # when the pending timer fires (monotonic)
        self._eerste: float | None = None
        self._slot = threading.Lock()
        self._generatie = 0
        self._geschreven = 0
        self.fout: str | None = None
        self.extern = False

    def gewijzigd(self) -> None:
        """Schedule a save: after a short pause, but within MAX_WACHT of the first change."""
        nu = time.monotonic()
        if self._eerste is None:
            self._eerste = nu
        tijdstip = min(nu + WACHT, self._eerste + MAX_WACHT)
        if self._timer is not None:
            if tijdstip <= self._tijdstip:
                # Already due by then (the MAX_WACHT cap): restarting it on every key would
                # let fast, steady typing push the save away for ever.
                return
            self._timer.stop()
        self._tijdstip = tijdstip
        self._timer = self.app.set_timer(max(0.0, tijdstip - nu), self._bewaar_op_achtergrond)

    def _bewaar_op_achtergrond(self) -> None:
        self._timer = None
        self._eerste = None
        if self.extern:
            return
        data = self.bestand.momentopname()
        if data is None:
            return
        self._generatie += 1
        generatie = self._generatie
        self.app.run_worker(
            lambda: self._schrijf(data, generatie),
            thread=True,
            group="opslaan",
            exit_on_error=False,
        )

    def _schrijf(self, data: bytes, generatie: int) -> None:
        # The UI is told after the lock is released: call_from_thread waits for the UI
        # thread, which may itself be waiting for this lock in nu() (a deadlock, seen as a
        # hanging test of a hand edit while the app was open).
        gevolg: tuple[Callable[..., None], tuple[object, ...]]
        with self._slot:
            if generatie <= self._geschreven:
                return  # a newer snapshot is already on disk
            try:
                self.bestand.schrijf(data)
            except ExternGewijzigd:
                gevolg = (self._extern_gewijzigd, ())
            except OSError as fout:
                gevolg = (self._mislukt, (fout,))
            else:
                self._geschreven = generatie
                gevolg = (self._gelukt, ())
        functie, args = gevolg
        # Handed to the UI thread without waiting for it: a thread that waits on a UI that is
        # quitting (or itself waiting for this thread) never finishes, and a quit then hangs.
        lus = self.app._loop
        if lus is not None and not lus.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in between: app is gone
                lus.call_soon_threadsafe(self.app.call_later, functie, *args)

    def nu(self) -> bool:
        """Save synchronously (screen change, suspend, exit). Returns False if it failed."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._eerste = None
        if self.extern:
            return False
        with self._slot:
            try:
                data = self.bestand.momentopname()
                if data is None:
                    return True
                self.bestand.schrijf(data)
            except ExternGewijzigd:
                self._extern_gewijzigd()
                return False
            except OSError as fout:
                self._mislukt(fout)
                return False
            self._generatie += 1
            self._geschreven = self._generatie
        self._gelukt()
        return True

    def _gelukt(self) -> None:
        if self.fout is not None:
            self.fout = None
            self.app.notify("Alles is weer opgeslagen.", title="Opgeslagen")
        self.app.opgeslagen()

    def _mislukt(self, fout: OSError) -> None:
        eerste_keer = self.fout is None
        self.fout = reden(fout)
        if eerste_keer:
            self.app.notify(
                f"Opslaan lukt niet ({self.fout}). Je werk blijft in het geheugen; "
                "wievraag probeert het steeds opnieuw. Sluit de app niet af.",
                title="Niet opgeslagen",
                severity="error",
                timeout=10,
            )
        self.app.opgeslagen()
        self.app.set_timer(OPNIEUW, self._bewaar_op_achtergrond)

    def _extern_gewijzigd(self) -> None:
        if not self.extern:
            self.extern = True
            self.app.extern_gewijzigd()
