"""The app as the workshop serves it (serveer/app.py): no cursor blinks, so 30 idle tabs do
not each redraw a line twice a second."""

from __future__ import annotations

import time
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from tests.conftest import voorbeeld_sessie
from tests.pilot import open_eerste_vraag, wacht_op_sessielijst, wacht_tot
from wievraag.serveer.app import DeelnemerApp
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp

KIJKTIJD = 1.3  # more than two blink periods (0.5 s each)


async def _knippert(pilot: Pilot[None], veld: Input | TextArea) -> bool:
    """Whether the field's cursor goes out while it has the focus, watched for KIJKTIJD."""
    await wacht_tot(pilot, lambda: veld.has_focus, wat="de focus in het veld")
    einde = time.monotonic() + KIJKTIJD
    while time.monotonic() < einde:
        if not veld._cursor_visible:
            return True
        await pilot.pause(0.02)
    return False


async def test_het_zoekveld_en_het_antwoord_knipperen_niet_in_de_workshop(
    opslag: Opslag, data: Path, config: Path
) -> None:
    opslag.voeg_toe(voorbeeld_sessie())
    app = DeelnemerApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await wacht_op_sessielijst(pilot)
        await pilot.press("slash")
        zoekveld = app.screen.query_one("#zoek-gezin", Input)
        assert not await _knippert(pilot, zoekveld)
        await pilot.press("x")  # typing keeps the cursor steady too
        assert not await _knippert(pilot, zoekveld)
        await pilot.press("escape")
        await open_eerste_vraag(pilot)
        antwoord = app.screen.query_one(TextArea)
        assert not await _knippert(pilot, antwoord)
        assert not antwoord.cursor_blink


async def test_buiten_de_workshop_knippert_de_cursor_wel(
    opslag: Opslag, data: Path, config: Path
) -> None:
    """The same check on the ordinary app: it sees the blink (so the test above can fail)."""
    opslag.voeg_toe(voorbeeld_sessie())
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await wacht_op_sessielijst(pilot)
        await pilot.press("slash")
        assert await _knippert(pilot, app.screen.query_one("#zoek-gezin", Input))
