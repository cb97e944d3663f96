"""The open session is kept out of the garbage collector's walks while it is open, and given
back when it closes or the app stops (issue 18: a full collection walking a 500-person
session cost a third of leaving an answer screen)."""

from __future__ import annotations

import gc
from pathlib import Path

from tests.pilot import nieuwe_sessie, wacht_op_sessielijst, wacht_tot
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.home import HomeScreen
from wievraag.tui.screens.sessie import SessieScreen


async def test_sessie_bevroren_zolang_ze_open_is(data: Path, config: Path) -> None:
    nieuwe_sessie(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        await wacht_op_sessielijst(pilot)
        await pilot.press("h")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="de sessie")
        await wacht_tot(pilot, lambda: app._sessie_bevroren, wat="bevroren")
        assert gc.get_freeze_count() > 0
        sessie = app.screen
        await pilot.press("escape")
        await wacht_tot(pilot, lambda: isinstance(app.screen, HomeScreen), wat="thuis")
        assert app.editor is None and not app._sessie_bevroren
        # Given back: the closed session's screen is collected as usual.
        assert gc.get_freeze_count() == 0
        assert any(o is sessie for o in gc.get_objects())
        await pilot.press("h")
        await wacht_tot(pilot, lambda: app._sessie_bevroren, wat="weer bevroren")
    assert not app._sessie_bevroren and gc.get_freeze_count() == 0  # the app stopped
