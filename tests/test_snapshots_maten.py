"""The screens people look at, at the sizes they use (issue 21), pinned as SVG snapshots:
60×20 (a projector with big letters), 80×24 (a laptop terminal) and 160×50 (a wide screen),
the main screens in a light theme too and without colour (NO_COLOR), and every view of the
Kaart tab.
Update with `pytest --snapshot-update`, and look at the pictures before accepting them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.pilot import wacht_op_sessielijst, wacht_tot
from wievraag.demo import maak_demo
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.exporteer import ExportDialoog
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.vragen import lees_bank

MATEN = [(60, 20), (80, 24), (160, 50)]
SCHERMEN = ["home", "vragen", "personen", "plan", "export"]
TOETS = {"vragen": "v", "personen": "p", "plan": "l", "kaart": "k"}


def _app(data: Path, config: Path) -> WievraagApp:
    sessie = maak_demo(lees_bank(), vandaag=date(2026, 5, 1))
    sessie.id = "20260501-00000000"  # the file name is on the home screen
    Opslag(data).voeg_toe(sessie)
    return WievraagApp(data, config)


def _naar(scherm: str, licht: bool = False, rechts: int = 0):  # type: ignore[no-untyped-def]
    async def stappen(pilot: Pilot[None]) -> None:
        if licht:
            pilot.app.theme = "textual-light"
        await wacht_op_sessielijst(pilot)
        if scherm != "home":
            await pilot.press("h")
            await wacht_tot(pilot, lambda: isinstance(pilot.app.screen, SessieScreen), wat="sessie")
            if scherm == "export":
                await pilot.press("x")
                await wacht_tot(pilot, lambda: isinstance(pilot.app.screen, ExportDialoog))
            else:
                await pilot.press(TOETS[scherm], *["right"] * rechts)
            await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()

    return stappen


@pytest.mark.parametrize("maat", MATEN, ids=lambda m: f"{m[0]}x{m[1]}")
@pytest.mark.parametrize("scherm", SCHERMEN)
def test_scherm(snap_compare, data: Path, config: Path, scherm: str, maat: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_app(data, config), terminal_size=maat, run_before=_naar(scherm))


@pytest.mark.parametrize("maat", MATEN, ids=lambda m: f"{m[0]}x{m[1]}")
@pytest.mark.parametrize("scherm", SCHERMEN)
def test_licht(snap_compare, data: Path, config: Path, scherm: str, maat: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = _app(data, config)
    assert snap_compare(app, terminal_size=maat, run_before=_naar(scherm, licht=True))


@pytest.mark.parametrize("scherm", ["home", "personen", "kaart", "plan"])
def test_zonder_kleur_80x24(  # type: ignore[no-untyped-def]
    snap_compare, data: Path, config: Path, scherm: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NO_COLOR: greys only (Textual's Monochrome filter); every state still reads."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = _app(data, config)
    assert app.no_color
    assert snap_compare(app, terminal_size=(80, 24), run_before=_naar(scherm))


@pytest.mark.parametrize("weergave", range(7))
def test_kaart_80x24(snap_compare, data: Path, config: Path, weergave: int) -> None:  # type: ignore[no-untyped-def]
    app = _app(data, config)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_naar("kaart", rechts=weergave))


# The genogram (the last view) is pinned by its own tests (test_snapshot_genogram.py).
@pytest.mark.parametrize("weergave", range(6))
@pytest.mark.parametrize("maat", [(60, 20), (160, 50)], ids=lambda m: f"{m[0]}x{m[1]}")
def test_kaart(  # type: ignore[no-untyped-def]
    snap_compare, data: Path, config: Path, maat: tuple[int, int], weergave: int
) -> None:
    app = _app(data, config)
    assert snap_compare(app, terminal_size=maat, run_before=_naar("kaart", rechts=weergave))
