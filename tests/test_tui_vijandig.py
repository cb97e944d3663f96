"""The app over hostile files and sync copies (issue 16), driven with Pilot."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from tests.pilot import wacht_tot
from tests.vijandig import inhoud, maak_alle
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.home import HomeScreen


async def test_app_start_over_alle_vijandige_bestanden(data: Path, config: Path) -> None:
    opslag = Opslag(data)
    opslag.nieuw("Gezin Goed")
    verwacht = maak_alle(opslag.map)
    voor = inhoud(opslag.map)
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        tabel = app.screen.query_one(DataTable)
        await wacht_tot(pilot, lambda: tabel.row_count == len(verwacht) + 1, wat="alle regels")
        for _ in verwacht:  # every unreadable line: its reason, and Enter opens nothing
            await pilot.press("down", "enter")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
        await pilot.press("ctrl+q")
    assert inhoud(opslag.map) == voor
