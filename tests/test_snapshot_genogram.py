"""The genogram as people see it (update: pytest --snapshot-update, after looking at the PNG).

The demo family at 80×24, and a family with McGoldrick's conventions (marriages, a divorce, a
partner living in, the household's dotted line, a great-aunt linked to nobody) at every size
people use: 60×20 scrolls, 200×60 spreads the family over the width; and in the Kaart tab
with the names hidden (the mask changes the labels, not the layout).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.genogramgezin import genogramgezin
from wievraag.demo import maak_demo
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.vragen import lees_bank


async def open_genogram(pilot: Pilot[None]) -> None:
    await pilot.press("h")
    await pilot.pause()
    await pilot.press("p")
    await pilot.pause()
    await pilot.press("g")
    await pilot.pause()
    pilot.app.clear_notifications()
    await pilot.pause()


def test_genogram_demo(snap_compare, data: Path, config: Path) -> None:  # type: ignore[no-untyped-def]
    Opslag(data).voeg_toe(maak_demo(lees_bank(), vandaag=date(2026, 5, 1)))
    assert snap_compare(WievraagApp(data, config), terminal_size=(80, 24), run_before=open_genogram)


@pytest.mark.parametrize(
    "maat", [(60, 20), (80, 24), (160, 50), (200, 60)], ids=lambda m: f"{m[0]}x{m[1]}"
)
def test_genogram_huishouden(snap_compare, data: Path, config: Path, maat: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    Opslag(data).voeg_toe(genogramgezin())
    assert snap_compare(WievraagApp(data, config), terminal_size=maat, run_before=open_genogram)


def test_kaart_genogram_masker_80x24(snap_compare, data: Path, config: Path) -> None:  # type: ignore[no-untyped-def]
    """The Kaart tab's last view, the genogram, with the names hidden (F8)."""

    async def kaart(pilot: Pilot[None]) -> None:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        await pilot.press("left")  # from the first view to the last: the genogram
        await pilot.pause()
        await pilot.press("f8")
        await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()

    Opslag(data).voeg_toe(genogramgezin())
    assert snap_compare(WievraagApp(data, config), terminal_size=(80, 24), run_before=kaart)
