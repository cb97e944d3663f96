"""Parents and partners set on the person screen end up in the file and in the genogram (g)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Static

from tests.pilot import wacht_tot
from tests.test_tui_personen import KLEIN, _naar, _open_persoon, _personen, _register, _sessie
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.genogram import GenogramScreen


def _op_x(vlak: Widget, x: int) -> bool:
    return vlak.scroll_x == x


def _plaat(app: WievraagApp) -> str:
    return str(app.screen.query_one("#genogram-plaat", Static).render())


async def _typ(pilot: Pilot[None], veld: str, tekst: str) -> None:
    pilot.app.screen.query_one(f"#{veld}", Input).focus()
    await pilot.press(*tekst, "enter")
    await pilot.pause()


async def test_ouder_en_partner_via_het_persoonscherm(data: Path, config: Path) -> None:
    pad = _sessie(data, "Moeder", "Oma Ria", "Vader")
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _open_persoon(pilot, "Moeder")
        await _typ(pilot, "ouders-invoer", "oma ria")  # names as typed, any case
        await _typ(pilot, "ouders-invoer", "Moeder")  # not her own parent
        await _typ(pilot, "partners-invoer", "Vader")
        assert app.bewaar_nu()
        personen = _personen(pad)
        ids = {naam: p["id"] for naam, p in personen.items()}
        assert personen["Moeder"]["ouders"] == [ids["Oma Ria"]]
        assert personen["Moeder"]["partners"] == [ids["Vader"]]
        assert personen["Vader"]["partners"] == [ids["Moeder"]]  # both sides
        assert "Oma Ria" in str(app.screen.query_one("#ouders-lijst").render_line(0))

        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GenogramScreen)
        plaat = _plaat(app)
        assert "Oma Ria" in plaat and "Moeder ══" in plaat and "══ Vader" in plaat
        # Undo on the genogram: the drawing follows the model at once.
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert "══" not in _plaat(app) and "Moeder" in _plaat(app)
        assert app.bewaar_nu()
        assert _personen(pad)["Vader"]["partners"] == []

        # Delete in the list on the person screen takes the link away; Oma Ria stays.
        await pilot.press("escape")
        await pilot.pause()
        await _naar(pilot, "Moeder")
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#ouders-lijst").focus()
        await pilot.press("delete")
        await pilot.pause()
        assert app.bewaar_nu()
        assert _personen(pad)["Moeder"]["ouders"] == [] and "Oma Ria" in _personen(pad)


def test_hulp_bij_het_genogram() -> None:
    from wievraag.tui.screens.help import hulptekst

    tekst = hulptekst(GenogramScreen.HELP_ONDERWERP)
    assert tekst.startswith("# Genogram") and "✂" in tekst and "†" in tekst


async def test_huishouden_via_het_persoonscherm(data: Path, config: Path) -> None:
    """The tick 'woont in het huishouden' lands in the file (and nothing when unticked),
    one undo step; the genogram draws the dotted line around her."""
    from textual.widgets import Checkbox

    pad = _sessie(data, "Moeder", "Oma Ria")
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _open_persoon(pilot, "Moeder")
        await _typ(pilot, "ouders-invoer", "Oma Ria")
        app.screen.query_one("#huishouden", Checkbox).value = True
        await pilot.pause()
        assert app.bewaar_nu()
        assert _personen(pad)["Moeder"]["huishouden"] is True
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GenogramScreen)
        assert "┊" in _plaat(app) and "╭" in _plaat(app)
        await pilot.press("ctrl+z")  # the tick undone: no line, and no key in the file
        await pilot.pause()
        assert "┊" not in _plaat(app)
        assert app.bewaar_nu()
        assert "huishouden" not in _personen(pad)["Moeder"]


async def test_genogram_scrolt_smal_en_spreidt_breed(data: Path, config: Path) -> None:
    """60×20: the family is wider than the screen and scrolls, nothing cut off for good;
    200×60: the same family spread over the width, without scrolling sideways."""
    from tests.genogramgezin import genogramgezin
    from wievraag.store import Opslag

    breedtes = {}
    for maat in ((60, 20), (200, 60)):
        eigen = data / f"{maat[0]}"  # each app its own folders: a fresh start each time
        Opslag(eigen).voeg_toe(genogramgezin())
        app = WievraagApp(eigen, config / f"{maat[0]}")
        async with app.run_test(size=maat) as pilot:
            await _register(pilot)
            await pilot.press("g")
            await pilot.pause()
            vlak = app.screen.query_one("#genogram-vlak")
            regels = _plaat(app).split("\n")
            breedtes[maat] = max(len(r) for r in regels)
            if maat == (60, 20):
                assert vlak.max_scroll_x > 0 and vlak.max_scroll_y > 0
                assert vlak.has_focus  # arrows scroll it at once
                await pilot.press("end", *["right"] * vlak.max_scroll_x)  # end: x back to 0
                rechts = vlak.max_scroll_x
                await wacht_tot(pilot, partial(_op_x, vlak, rechts), wat="helemaal rechts")
                assert (vlak.scroll_x, vlak.scroll_y) == (vlak.max_scroll_x, vlak.max_scroll_y)
            else:
                assert vlak.max_scroll_x == 0
                assert "Tante Jo" in _plaat(app) and "huishouden" in str(
                    app.screen.query_one("#genogram-legenda", Static).render()
                )
    assert breedtes[(200, 60)] > breedtes[(60, 20)] + 40
