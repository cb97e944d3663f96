"""One attendee's app, as the workshop server starts it: `python -m wievraag.serveer.deelnemer`.

The app must not outlive the server. When the server is killed (kill -9, a crash, a closed
laptop that never comes back), nobody sends the app a "quit": its standard input closes and
its parent changes. This process watches both, asks the app to stop, and if that takes longer
than a few seconds ends itself. Either way it removes its own temporary folder first, so a
killed server leaves no app and no copy of the demo family behind.

The server makes the folder (so it can also remove it when this process is the one that dies)
and passes it with `--map`; `--echt` runs on the trainer's real sessions instead, without a
folder of its own.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from textual.drivers.web_driver import WebDriver

# How long the app gets to save and stop on its own once the server is gone, before this
# process ends itself: the autosave needs well under a second, the issue allows five in all.
STOP_TERMIJN = 2.5
# How often the parent is checked: cheap (one system call), and 30 apps do it.
KIJK_INTERVAL = 0.2
DRIVER = f"{__name__}:DeelnemerDriver"


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


_OPRUIMER = _Opruimer()


def _bewaak_ouder(ouder: int) -> None:
    """Thread: the server's pid is gone from our parent slot (we were re-parented)."""
    while True:
        if os.getppid() != ouder:
            _OPRUIMER.server_weg()
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
        _OPRUIMER.driver = self

    def start_application_mode(self) -> None:
        self._lus = asyncio.get_running_loop()
        super().start_application_mode()

    def run_input_thread(self) -> None:
        super().run_input_thread()
        # The driver sets exit_event itself when the app stops normally; otherwise the input
        # ended because the pipe closed: the server is gone.
        if not self.exit_event.is_set():
            _OPRUIMER.server_weg()

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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wievraag-deelnemer")
    parser.add_argument("--ouder", type=int, required=True, help="pid of the server")
    soort = parser.add_mutually_exclusive_group(required=True)
    soort.add_argument("--map", type=Path, help="fresh demo folder made by the server")
    soort.add_argument("--echt", action="store_true", help="the trainer's real sessions")
    parser.add_argument("--training", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _OPRUIMER.map = args.map
    threading.Thread(target=_bewaak_ouder, args=(args.ouder,), daemon=True).start()
    os.environ["TEXTUAL_DRIVER"] = DRIVER
    try:
        from wievraag.tui.app import WievraagApp

        if args.echt:
            WievraagApp(training=args.training).run()
            return 0
        from wievraag.demo import maak_demo
        from wievraag.store import Opslag
        from wievraag.vragen import lees_bank

        # The same fresh demo family as `wievraag demo`, in the folder the server made.
        opslag = Opslag(args.map / "data")
        opslag.voeg_toe(maak_demo(lees_bank()))
        WievraagApp(opslag.data, args.map / "config", training=args.training).run()
    finally:
        _OPRUIMER.ruim_op()
    return 0


if __name__ == "__main__":
    sys.exit(main())
