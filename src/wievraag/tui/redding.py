"""When the app must stop and nobody can be asked: write what can be written, then go.

A closed terminal window (SIGHUP), a shutdown (SIGTERM) or a crash leaves no one to answer a
dialog. The session goes to its own file if that works; otherwise a rescue copy goes to the
user's state folder (locations.redding_dir), outside the data folder that failed, and the next
start names it. Then the app exits — and if exiting itself hangs (a terminal that is gone),
a watchdog ends the process: an invisible app that lingers for ever helps nobody.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from wievraag import locations

if TYPE_CHECKING:
    from wievraag.tui.app import WievraagApp

UITERLIJK = 5.0  # seconds after a stop signal before the process ends whatever it is doing


def red(app: WievraagApp) -> Path | None:
    """Save the open session; if that fails, a rescue copy. Returns the copy's path."""
    editor = app.editor
    if editor is None:
        return None
    with contextlib.suppress(Exception):
        if editor.sluit() and not editor.onopgeslagen:
            app._laat_sessie_los()
            return None
    map_ = locations.redding_dir()
    try:
        return editor.bestand.bewaar_kopie_naar(map_)
    except Exception:  # nothing more can be done without a person; never crash on the way out
        return None


def red_en_stop(app: WievraagApp) -> None:
    if not app.is_headless:  # a test's app runs headless inside the test process
        waakhond = threading.Timer(UITERLIJK, os._exit, args=(0,))
        waakhond.daemon = True
        waakhond.start()
    red(app)
    app.exit()


def reddingskopieen() -> list[Path]:
    """Rescue copies left by an earlier stop, newest first (named on the home screen)."""
    try:
        return sorted(locations.redding_dir().iterdir(), key=lambda p: p.name, reverse=True)
    except OSError:
        return []
