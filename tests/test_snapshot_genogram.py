"""The genogram of the demo family as people see it at 80×24 (update: pytest --snapshot-update)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.pilot import Pilot

from wievraag.demo import maak_demo
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.vragen import lees_bank


def test_genogram_demo(snap_compare, data: Path, config: Path) -> None:  # type: ignore[no-untyped-def]
    Opslag(data).voeg_toe(maak_demo(lees_bank(), vandaag=date(2026, 5, 1)))

    async def open_genogram(pilot: Pilot[None]) -> None:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()

    assert snap_compare(WievraagApp(data, config), terminal_size=(80, 24), run_before=open_genogram)
