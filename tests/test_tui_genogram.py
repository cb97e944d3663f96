"""Parents and partners set on the person screen end up in the file and in the genogram (g)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Static

from tests.test_tui_personen import KLEIN, _naar, _personen, _register, _sessie
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.genogram import GenogramScreen
from wievraag.tui.screens.persoon import PersoonScreen


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
        await _register(pilot)
        await _naar(pilot, "Moeder")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PersoonScreen)
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
