"""A question that means nothing on its own is shown with its lead-in; a text to read out to the
family is marked as a quotation with its source."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tests.pilot import wacht_tot
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.antwoord import AntwoordScreen


async def test_vervolgvraag_met_haar_leidvraag(data: Path, config: Path) -> None:
    Opslag(data).nieuw("Gezin Libel")
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await wacht_tot(pilot, lambda: app.bestand is not None, wat="sessie open")
        app.push_screen(AntwoordScreen("si-05"))
        await wacht_tot(pilot, lambda: bool(app.screen.query("#antwoord-vraag")), wat="vraag")
        aanloop = str(app.screen.query_one("#antwoord-aanloop", Static).render())
        assert "door willen en kunnen met die relaties" in aanloop
        vraag = str(app.screen.query_one("#antwoord-vraag", Static).render())
        assert vraag.startswith("Zo nee")
        await pilot.press("escape")
        await wacht_tot(pilot, lambda: not isinstance(app.screen, AntwoordScreen))
        app.push_screen(AntwoordScreen("b2-01"))  # stands on its own: no lead-in
        await wacht_tot(pilot, lambda: bool(app.screen.query("#antwoord-vraag")), wat="vraag")
        assert not app.screen.query("#antwoord-aanloop")


async def test_voorlezen_als_citaat_bij_de_uitleg(data: Path, config: Path) -> None:
    Opslag(data).nieuw("Gezin Libel")
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("h")
        await wacht_tot(pilot, lambda: app.bestand is not None, wat="sessie open")
        await pilot.press("f3")  # explanations on; the first question is a start question
        vak = app.screen.query_one("#vraag-uitleg", Static)
        await wacht_tot(pilot, lambda: "Voorlezen" in str(vak.render()), wat="voorlezen")
        tekst = str(vak.render())
        assert "“Wij kennen u pas kort." in tekst
        assert "citaat uit 003, Niet afschuiven op het netwerk" in tekst
