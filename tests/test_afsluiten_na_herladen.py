"""Ctrl+Q in the instant between choosing "Mijn versie als kopie" with the mouse and the
reload: the quit dialog went with the old screens before it had mounted and the app crashed
(found by quitting right after the click). The wish to stop is asked again on the reloaded
session; nothing is lost."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.widgets import Button

from tests.pilot import open_eerste_vraag, wacht_tot
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.dialogs import Kies


async def test_stoppen_vlak_na_klik_op_kopie(data: Path, config: Path) -> None:
    opslag = Opslag(data)
    pad = opslag.pad_voor(opslag.nieuw("Gezin Hand"))
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        await open_eerste_vraag(pilot)
        await pilot.press(*"eerst")
        await wacht_tot(pilot, lambda: "eerst" in pad.read_text(), wat="het eerste opslaan")
        pad.write_text(pad.read_text() + "\n# met de hand\n")
        await pilot.press(*" en daarna")
        await wacht_tot(
            pilot,
            lambda: isinstance(app.screen, Kies) and bool(app.screen.query("#kopie")),
            wat="de vraag, met zijn knoppen",
        )
        app.screen.query_one("#kopie", Button).press()  # a click: not through the key queue
        await pilot.press("ctrl+q")
        await wacht_tot(pilot, lambda: app.return_code is not None, wat="de app gestopt")
    assert app.return_code == 0
    bestanden = [tomllib.loads(p.read_text()) for p in opslag.bestanden()]
    assert sorted(b["gezin"] for b in bestanden) == ["Gezin Hand", "Gezin Hand (kopie)"]
    [kopie] = [b for b in bestanden if b["gezin"] == "Gezin Hand (kopie)"]
    assert kopie["antwoorden"][0]["antwoord"] == "eerst en daarna"
