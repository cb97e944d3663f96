"""Steps many Pilot tests share, as a person does them."""

from __future__ import annotations

import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import DataTable

from wievraag.store import Opslag
from wievraag.tui.screens.home import HomeScreen


async def wacht_op_sessielijst(pilot: Pilot[None]) -> None:
    """Until the home screen lists the sessions. On a busy machine its time budget for reading
    runs out and the rest is read in the background; `h` pressed before that finds nothing."""

    def klaar() -> bool:
        scherm = pilot.app.screen
        if not isinstance(scherm, HomeScreen):
            return False
        leest = any(w.group == "sessielijst" for w in pilot.app.workers)
        return not leest and scherm.query_one(DataTable).row_count > 0

    # Generous: 10 s once ran out with an encrypted folder on a machine with a load of 13;
    # the wait ends as soon as the list is there.
    await wacht_tot(pilot, klaar, tijd=30.0, wat="de lijst met sessies")


async def open_eerste_vraag(pilot: Pilot[None]) -> None:
    """Home → resume the last session (h) → the first question of the list (Enter)."""
    await wacht_op_sessielijst(pilot)
    await pilot.press("h")
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


async def wacht_tot(
    pilot: Pilot[None], voorwaarde: Callable[[], bool], tijd: float = 10.0, wat: str = ""
) -> None:
    """Let the app run until `voorwaarde` holds; fail after `tijd` seconds.

    For what a timer or a thread does (autosave, the idle lock): a fixed `pilot.pause(1.0)`
    races them on a busy machine (CI runs the suite on 2 cores), waiting for the condition
    does not, and it returns as soon as it holds, so the suite stays fast.
    """
    einde = time.monotonic() + tijd
    while not voorwaarde():
        assert time.monotonic() < einde, f"na {tijd} s nog niet: {wat or voorwaarde}"
        await pilot.pause(0.05)


async def wacht_op_palet(pilot: Pilot[None]) -> None:
    """After typing in the command palette: wait until its search (a worker, results come in
    batches) has finished and a hit is highlighted, so Enter picks the best hit, not one of a
    first batch."""

    def klaar() -> bool:
        scherm = pilot.app.screen
        if not isinstance(scherm, CommandPalette):
            return False
        zoekt = any(w.group == CommandPalette._GATHER_COMMANDS_GROUP for w in pilot.app.workers)
        return not zoekt and scherm.query_one(CommandList).highlighted is not None

    await wacht_tot(pilot, klaar, wat="het zoeken in het commandopalet")


def nieuwe_sessie(data: Path, *bekend: tuple[str, str], gezin: str = "Gezin Libel") -> Path:
    """A session file with these people (name, relation) already in the register."""
    opslag = Opslag(data)
    sessie = opslag.nieuw(gezin)
    if bekend:
        bestand = opslag.open(opslag.pad_voor(sessie))
        for naam, relatie in bekend:
            bestand.sessie.persoon_voor(naam, relatie)
        bestand.opslaan()
        bestand.sluit()
    return opslag.pad_voor(sessie)


def lees_toml(pad: Path) -> dict[str, Any]:
    return tomllib.loads(pad.read_text(encoding="utf-8"))
