"""The command palette opens the method's screens that have no tab of their own: typed by
name or by a word of the method (JIM, familiegroepsplan, nazorg), Enter opens the screen."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from textual.command import CommandInput, CommandList, CommandPalette
from textual.pilot import Pilot
from textual.screen import Screen

from tests.pilot import wacht_op_palet, wacht_tot
from wievraag.tui.app import WievraagApp
from wievraag.tui.commands import SCHERMEN
from wievraag.tui.screens.aanmelding import AanmeldingScreen
from wievraag.tui.screens.beraad import BeraadScreen
from wievraag.tui.screens.evaluatie import AfsluitingScreen
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.tui.screens.stem import StemScreen


def _is(app: WievraagApp, scherm: type[Screen[Any]]) -> bool:
    return isinstance(app.screen, scherm)


async def _zoek(pilot: Pilot[None], woorden: str, toetsen: bool) -> None:
    """Open the palette and search. Typing key by key starts a search per key (a few seconds
    each on a busy machine); the other queries put the words in at once, one search."""
    await pilot.press("ctrl+p")
    await wacht_tot(pilot, lambda: isinstance(pilot.app.screen, CommandPalette))
    if toetsen:
        await pilot.press(*woorden)
    else:
        pilot.app.screen.query_one(CommandInput).value = woorden
    await wacht_op_palet(pilot)


GETYPT: list[tuple[str, type[Screen[Any]]]] = [
    ("jim", StemScreen),
    ("netwerkberaad", BeraadScreen),
    ("familiegroepsplan", BeraadScreen),
    ("stem van de jongere", StemScreen),
    ("aanmelding", AanmeldingScreen),
    ("nazorg", AfsluitingScreen),
]


async def test_palet_opent_de_schermen_van_de_methode(data: Path, config: Path) -> None:
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.press(*"Gezin Zonnebloem", "enter")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="de sessie")
        for i, (getypt, scherm) in enumerate(GETYPT):
            await _zoek(pilot, getypt, toetsen=i == 0)
            await pilot.press("enter")
            await wacht_tot(pilot, partial(_is, app, scherm), wat=f"{getypt} → {scherm}")
            await pilot.press("escape")
            await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="terug")


async def test_open_vragen_alleen_als_er_zijn(data: Path, config: Path) -> None:
    """The merge's open questions are offered only while there are any: an empty screen in
    the palette would be a dead end."""
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.press(*"Gezin Zonnebloem", "enter")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="de sessie")
        await _zoek(pilot, "open vragen na samenvoegen", toetsen=False)
        lijst = app.screen.query_one(CommandList)
        teksten = [str(lijst.get_option_at_index(i).prompt) for i in range(lijst.option_count)]
        assert not any("Open vragen na samenvoegen" in t for t in teksten), teksten
    namen = [s.naam for s in SCHERMEN]
    assert "Open vragen na samenvoegen" in namen and len(set(namen)) == len(namen)
