"""Switching tabs settles: from the Plan tab to another, the focus ends in the tab chosen and
stays there. A stale "focus this tab's list" that ran after another tab was chosen switched
back, and the two tabs took turns for ever (thousands of redraws a second, and every typed key
waited for rest that never came)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.widgets import TabbedContent

from tests.pilot import wacht_tot
from wievraag.demo import maak_demo
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.vragen import lees_bank


@pytest.mark.parametrize("naar", ["p", "v", "k", "i", "e"])
async def test_van_plan_naar_een_ander_tabblad_komt_tot_rust(
    data: Path, config: Path, naar: str
) -> None:
    Opslag(data).voeg_toe(maak_demo(lees_bank()))
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="sessie")
        await pilot.press("l")
        await pilot.pause()
        scherm = app.screen
        tabs = scherm.query_one(TabbedContent)
        wissels: list[str] = []
        tabs.watch(tabs, "active", lambda actief: wissels.append(actief), init=False)
        await pilot.press(naar)
        await asyncio.sleep(1.0)  # time for a loop to show itself, not a wait for a result
        await pilot.pause()
        gekozen = wissels[-1] if wissels else tabs.active
        assert len(wissels) <= 3, wissels[:10]
        assert tabs.active == gekozen != "plan"
        assert app.focused is not None and tabs.active in {
            a.id for a in app.focused.ancestors_with_self if a.id
        }
