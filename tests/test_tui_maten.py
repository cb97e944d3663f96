"""Every screen whole at the sizes people use: a projector with big letters (60×20), a laptop
terminal (80×24) and a wide screen (200×60). Read from what is on the screen, not from the
widgets: a widget can hold a text that is scrolled or cut out of view."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from tests.pilot import wacht_op_sessielijst, wacht_tot
from wievraag.demo import maak_demo
from wievraag.model import Sessie
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.exporteer import ExportDialoog
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.vragen import lees_bank

MATEN = [(60, 20), (80, 24), (200, 60)]


def scherm(app: WievraagApp) -> list[str]:
    """The screen as text, one string per row (what a screenshot shows)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


SCHUIFBALK = str.maketrans("", "", "▁▂▃▄▅▆▇█▔▕▏")


def woorden(regels: list[str]) -> str:
    """The rows as one run of words (scrollbars left out): a text wrapped over rows is found
    whole."""
    return " ".join(" ".join(regels).translate(SCHUIFBALK).split())


def _demo(data: Path) -> Sessie:
    sessie = maak_demo(lees_bank())
    Opslag(data).voeg_toe(sessie)
    return sessie


async def _open(pilot: Pilot[None]) -> None:
    await wacht_op_sessielijst(pilot)
    await pilot.press("h")
    await wacht_tot(pilot, lambda: isinstance(pilot.app.screen, SessieScreen), wat="de sessie")


async def _tab(pilot: Pilot[None], toets: str, tab: str) -> None:
    await pilot.press(toets)
    scherm_ = pilot.app.screen
    assert isinstance(scherm_, SessieScreen)
    await wacht_tot(pilot, lambda: scherm_.query_one("TabbedContent").active == tab, wat=tab)  # type: ignore[attr-defined]
    await wacht_tot(pilot, lambda: "Ctrl+Q Stop" in scherm(pilot.app)[-1], wat="de voettekst")  # type: ignore[arg-type]
    await pilot.pause()


def _voet_en_tabs(regels: list[str], breedte: int) -> None:
    voet = regels[-1]
    for sleutel in ("Ctrl+L Namen", "F1 Hulp", "Ctrl+Q Stop"):
        assert sleutel in voet, f"{sleutel!r} niet in de voettekst bij {breedte}: {voet!r}"
    assert "…" not in voet
    tabs = regels[1]
    vragen = "Wie-vragen" if breedte >= 72 else "Vragen"
    for naam in ("e Appèls", f"v {vragen}", "i Interviews", "p Personen", "k Kaart", "l Plan"):
        assert naam.replace(" ", "") in tabs.replace(" ", ""), f"tab {naam} mist: {tabs!r}"


@pytest.mark.parametrize("maat", MATEN, ids=lambda m: f"{m[0]}x{m[1]}")
async def test_elk_tabblad_heel(data: Path, config: Path, maat: tuple[int, int]) -> None:
    sessie = _demo(data)
    assert sessie.plan is not None
    breedte, hoogte = maat
    app = WievraagApp(data, config)
    async with app.run_test(size=maat) as pilot:
        await wacht_op_sessielijst(pilot)
        # The footer is laid out after the screen's keys are known: a moment after mounting.
        await wacht_tot(pilot, lambda: "Ctrl+Q Stop" in scherm(app)[-1], wat="de voettekst")
        assert "F1 Hulp" in scherm(app)[-1]
        await _open(pilot)

        for toets, tab in [("e", "appel"), ("v", "vragen"), ("i", "interviews"), ("k", "kaart")]:
            await _tab(pilot, toets, tab)
            _voet_en_tabs(scherm(app), breedte)

        await _tab(pilot, "p", "personen")
        regels = scherm(app)
        _voet_en_tabs(regels, breedte)
        tabel = app.screen.query_one("#personentabel", DataTable)
        assert "Naam" in woorden(regels) and "Toestemming" in woorden(regels)
        namen = [p.naam for p in sessie.personen]
        # Whole rows of people in view: at 80×24 at least ten (issue 21).
        rijen = [r for r in regels if any(r.lstrip(" +↕✓⚠†✂").startswith(n) for n in namen)]
        minimaal = {20: 6, 24: 10, 60: 20}[hoogte]
        assert len(rijen) >= min(minimaal, tabel.row_count), "\n".join(regels)
        # Not wider than the screen: no column hidden to the right.
        assert tabel.virtual_size.width <= tabel.size.width + 1, (breedte, tabel.virtual_size)

        await _tab(pilot, "l", "plan")
        regels = scherm(app)
        _voet_en_tabs(regels, breedte)
        tekst = woorden(regels)
        assert " ".join(sessie.plan.doel.split()) in tekst, "\n".join(regels)
        for n, zorg in enumerate(sessie.plan.zorgen, 1):
            assert f"{n}. {' '.join(zorg.split())}" in tekst, "\n".join(regels)
        kop = next((r for r in regels if "Wie " in r and " ma " in r), "")
        assert all(f" {dag} " in f"{kop} " for dag in ("ma", "di", "wo", "do", "vr", "za", "zo"))
        assert "— niemand —" in tekst, "\n".join(regels)  # no one comes on Saturday

        await pilot.press("x")
        await wacht_tot(pilot, lambda: isinstance(app.screen, ExportDialoog), wat="export")
        await pilot.pause()
        tekst = woorden(scherm(app))
        assert "Exporteer" in tekst and "Annuleer" in tekst, "\n".join(scherm(app))
        await pilot.press("escape")


@pytest.mark.parametrize("maat", [(60, 20), (80, 24)], ids=lambda m: f"{m[0]}x{m[1]}")
@pytest.mark.parametrize("geval", ["oud", "kapot"])
async def test_home_details_heel_te_lezen(
    data: Path, config: Path, maat: tuple[int, int], geval: str
) -> None:
    """The lines under the session list say what to do with an old session or a file that
    cannot be read (the longest texts there): on a 60-column projector they were cut after
    five lines, mid-sentence."""
    from datetime import date

    from textual.widgets import Static

    if geval == "oud":  # long unchanged: export to the file of the organisation and delete
        Opslag(data).voeg_toe(maak_demo(lees_bank(), vandaag=date(2025, 1, 6)))
    else:
        opslag = Opslag(data)
        opslag.voeg_toe(maak_demo(lees_bank()))  # and a file next to it that cannot be read:
        (opslag.map / "20260501-0badf11e.toml").write_text('schema = 1\ngezin = "\n', "utf-8")
    app = WievraagApp(data, config)
    async with app.run_test(size=maat) as pilot:
        await wacht_op_sessielijst(pilot)
        if geval == "kapot":
            await pilot.press("down")  # broken files are listed last
        detail = app.screen.query_one("#home-detail", Static)
        await wacht_tot(pilot, lambda: " d" in str(detail.render()), wat="de details")
        await pilot.pause()
        verwacht = " ".join(str(detail.render()).split())
        assert "(en)" not in verwacht  # "3 maanden", never "maand(en)"
        assert verwacht in woorden(scherm(app)), "\n".join(scherm(app))
