"""The attendee app's side of "nothing left behind": Textual's web driver, plus a watch on the
server. Its own module (not deelnemer.py, which runs as __main__): Textual imports the driver
by name (TEXTUAL_DRIVER, set by the server), and a second copy of __main__ would have a second,
empty clean-up state.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import threading
import time
from pathlib import Path
from typing import Any

from textual.drivers.web_driver import WebDriver

# How long the app gets to save and stop on its own once the server is gone, before this
# process ends itself: the autosave needs well under a second, the issue allows five in all.
STOP_TERMIJN = 2.5
# How often the parent is checked: cheap (one system call), and 30 apps do it.
KIJK_INTERVAL = 0.2


class _Opruimer:
    """Ends this process cleanly once the server is gone, exactly once."""

    def __init__(self) -> None:
        self.map: Path | None = None
        self.driver: DeelnemerDriver | None = None
        self._lock = threading.Lock()
        self._bezig = False

    def ruim_op(self) -> None:
        if self.map is not None:
            shutil.rmtree(self.map, ignore_errors=True)

    def server_weg(self) -> None:
        """Standard input closed or the parent changed: stop the app, then this process."""
        with self._lock:
            if self._bezig:
                return
            self._bezig = True
        # Nobody reads our output any more: writing to the broken pipe would fail in the
        # middle of the app's shutdown (and its save). /dev/null takes it all.
        stil = os.open(os.devnull, os.O_WRONLY)
        os.dup2(stil, 1)
        os.dup2(stil, 2)
        driver = self.driver
        if driver is not None and driver.vraag_stop():
            noodrem = threading.Timer(STOP_TERMIJN, self._einde)
            noodrem.daemon = True
            noodrem.start()
        else:
            self._einde()

    def _einde(self) -> None:
        self.ruim_op()
        os._exit(0)


OPRUIMER = _Opruimer()


def bewaak_ouder(ouder: int) -> None:
    """Thread: the server's pid is gone from our parent slot (we were re-parented)."""
    while True:
        if os.getppid() != ouder:
            OPRUIMER.server_weg()
            return
        time.sleep(KIJK_INTERVAL)


class DeelnemerDriver(WebDriver):
    """Textual's web driver, plus: when the server's end of standard input closes, stop.

    Textual's own driver just ends its input thread on end-of-file and keeps the app running
    for ever (issue 19: apps still alive minutes after the server was killed).
    """

    def __init__(self, app: Any, **kwargs: Any) -> None:
        super().__init__(app, **kwargs)
        self._lus: asyncio.AbstractEventLoop | None = None
        OPRUIMER.driver = self

    def start_application_mode(self) -> None:
        self._lus = asyncio.get_running_loop()
        super().start_application_mode()

    def run_input_thread(self) -> None:
        super().run_input_thread()
        # The driver sets exit_event itself when the app stops normally; otherwise the input
        # ended because the pipe closed: the server is gone.
        if not self.exit_event.is_set():
            OPRUIMER.server_weg()

    def vraag_stop(self) -> bool:
        """Ask the app (from any thread) to exit as if quit; False if it cannot be asked."""
        lus = self._lus
        if lus is None or lus.is_closed():
            return False
        try:
            lus.call_soon_threadsafe(self._app.exit)
        except RuntimeError:  # the loop closed in between
            return False
        return True
