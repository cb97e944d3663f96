"""The cursor where you expect it (issue 21): every form starts in its first field, Tab goes
down the form as the eye does, and stops only on widgets that show they have the focus (no
scrolling frame as a stop of its own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import ScrollableContainer, VerticalScroll
from textual.pilot import Pilot
from textual.widgets import OptionList

from tests.pilot import wacht_op_sessielijst, wacht_tot
from wievraag.demo import maak_demo
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.vragen import lees_bank

# (tab, key, form screen, its first field)
FORMULIEREN = [
    ("v", "enter", "AntwoordScreen", "antwoord-tekst"),
    ("p", "enter", "PersoonScreen", "naam"),
    ("p", "a", "PersoonScreen", "naam"),
    ("l", "a", "AfspraakScreen", "wat"),
    ("l", "enter", "AfspraakScreen", "wat"),
    ("l", "g", "PlanGegevensScreen", "doel"),
    ("v", "ctrl+a", "AppelScreen", "f-verzoek"),
]


async def _sessie(pilot: Pilot[None]) -> SessieScreen:
    await wacht_op_sessielijst(pilot)
    await pilot.press("h")
    await wacht_tot(pilot, lambda: isinstance(pilot.app.screen, SessieScreen), wat="de sessie")
    scherm = pilot.app.screen
    assert isinstance(scherm, SessieScreen)
    return scherm


@pytest.mark.parametrize(("tab", "toets", "naam", "eerste"), FORMULIEREN)
async def test_formulier_begint_in_het_eerste_veld(
    data: Path, config: Path, tab: str, toets: str, naam: str, eerste: str
) -> None:
    Opslag(data).voeg_toe(maak_demo(lees_bank()))
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        sessie = await _sessie(pilot)
        tabs = {"v": ("vragen", "vragenlijst"), "p": ("personen", "personentabel")}
        tabs["l"] = ("plan", "rooster")
        naar, lijst = tabs[tab]
        await pilot.press(tab)
        await wacht_tot(pilot, lambda: getattr(sessie.focused, "id", "") == lijst, wat=naar)
        await pilot.press(toets)
        await wacht_tot(pilot, lambda: type(app.screen).__name__ == naam, wat=naam)
        await wacht_tot(pilot, lambda: app.focused is not None, wat="de focus")
        keten = app.screen.focus_chain
        assert app.focused is not None and app.focused.id == eerste
        assert keten[0] is app.focused, [w.id for w in keten]
        # No frame that scrolls as a focus stop: it shows no highlight.
        kaders = [w for w in keten if type(w) in (VerticalScroll, ScrollableContainer)]
        assert not kaders, [w.id for w in keten]
        # Tab goes down the chain, which is the order on screen.
        for verwacht in keten[1:4]:
            await pilot.press("tab")
            await pilot.pause()
            assert app.focused is verwacht, (app.focused, verwacht)
            y = verwacht.region.y
            assert y >= keten[0].region.y  # never up to something above the first field


async def test_tab_van_zoekveld_naar_de_vragen(data: Path, config: Path) -> None:
    Opslag(data).voeg_toe(maak_demo(lees_bank()))
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await _sessie(pilot)
        await pilot.press("slash")
        await wacht_tot(pilot, lambda: getattr(app.focused, "id", "") == "zoekveld", wat="zoek")
        await pilot.press(*"oma", "tab")
        await pilot.pause()
        assert isinstance(app.focused, OptionList) and app.focused.id == "vragenlijst"
        await pilot.press("ctrl+q")


async def test_eerste_start_zegt_wat_je_eerst_doet(data: Path, config: Path) -> None:
    from textual.widgets import Static

    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        kop = app.screen.query_one("#home-kop", Static)
        await wacht_tot(pilot, lambda: "Welkom" in str(kop.render()), wat="de welkomsttekst")
        tekst = str(kop.render())
        assert "wievraag demo" in tekst and "wievraag versleutel" in tekst and "n begin" in tekst
        await pilot.press("n")  # the key it names starts a session: the label is asked
        await pilot.pause()
        assert type(app.screen).__name__ == "VraagTekst"


async def test_melding_niet_over_het_veld_met_de_focus(data: Path, config: Path) -> None:
    from textual.widgets._toast import Toast

    Opslag(data).voeg_toe(maak_demo(lees_bank()))
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _sessie(pilot)
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("enter")
        await wacht_tot(pilot, lambda: type(app.screen).__name__ == "PersoonScreen", wat="form")
        for veld in ("naam", "notities"):  # one at the top, one low on the form
            widget = app.screen.query_one(f"#{veld}")
            widget.focus()
            await pilot.pause()
            widget.scroll_visible(animate=False)
            await pilot.pause()
            app.clear_notifications()
            app.notify("Een melding van drie regels lang, zoals na het koppelen van een ouder.")
            await wacht_tot(pilot, lambda: bool(app.screen.query(Toast)), wat="de melding")
            await pilot.pause()
            toast = app.screen.query(Toast).first()
            assert not toast.region.overlaps(widget.region), (veld, toast.region, widget.region)
