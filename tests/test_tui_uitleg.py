"""F3 explains the views too: the register, each view of the Kaart tab, and the plan."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TabbedContent

from wievraag.demo import maak_demo
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.widgets.kaart import KaartPaneel
from wievraag.tui.widgets.uitleg import UitlegVak
from wievraag.vragen import lees_bank


def _tekst(vak: UitlegVak) -> str:
    return str(vak.render())


async def test_f3_toont_uitleg_van_de_getoonde_kaart(data: Path, config: Path) -> None:
    bank = lees_bank()
    Opslag(data).voeg_toe(maak_demo(bank))
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        paneel = app.screen.query_one(KaartPaneel)
        vak = app.screen.query_one("#kaart-uitleg", UitlegVak)
        assert not vak.display
        while paneel.sleutel != "ecogram":
            await pilot.press("right")
            await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        ecogram = bank.weergave("ecogram")
        assert ecogram is not None
        assert vak.display and "sociale media" in _tekst(vak) and ecogram.bron in _tekst(vak)
        await pilot.press("right")  # the olievlek: its own explanation
        await pilot.pause()
        assert "Olievlek" in _tekst(vak) and "sociale media" not in _tekst(vak)
        await pilot.press("f3")
        await pilot.pause()
        assert not vak.display
        await pilot.press("ctrl+q")


async def test_personen_met_f3_en_trainersmodus_zonder(data: Path, config: Path) -> None:
    Opslag(data).voeg_toe(maak_demo(lees_bank()))
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        app.screen.query_one(TabbedContent).active = "personen"
        await pilot.pause()
        vak = app.screen.query_one("#personen-uitleg", UitlegVak)
        assert not vak.display
        await pilot.press("f3")
        await pilot.pause()
        assert vak.display and "6,5" in _tekst(vak) and "toestemming" in _tekst(vak)
        await pilot.press("ctrl+q")

    app = WievraagApp(data, config, training=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        app.screen.query_one(TabbedContent).active = "plan"
        await pilot.pause()
        assert app.screen.query_one("#plan-uitleg", UitlegVak).display
        assert app.screen.query_one("#personen-uitleg", UitlegVak).display
        await pilot.press("ctrl+q")
