"""Typing in the home screen's search field redraws only what changes (issue 19: 30 attendees
type on one 2-core laptop; clearing and refilling the table on every key cost most of a key).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from tests.pilot import wacht_op_sessielijst, wacht_tot
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp


@pytest.fixture
def twee_gezinnen(opslag: Opslag) -> None:
    opslag.nieuw("Gezin Vlinder")
    opslag.nieuw("Gezin Vos")


@pytest.mark.usefixtures("twee_gezinnen")
async def test_de_tabel_wordt_alleen_opnieuw_gevuld_als_de_rijen_veranderen(
    data: Path, config: Path
) -> None:
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await wacht_op_sessielijst(pilot)
        tabel = app.screen.query_one(DataTable)
        await pilot.press("down")
        assert tabel.cursor_row == 1
        gewist = 0
        wis = tabel.clear

        def tel(columns: bool = False) -> DataTable[object]:
            nonlocal gewist
            gewist += 1
            return wis(columns)

        tabel.clear = tel  # type: ignore[method-assign]
        kop = app.screen.query_one("#home-kop", Static)
        await pilot.press("slash", *"gezin")  # both families still match
        await wacht_tot(pilot, lambda: "2 van de 2" in str(kop.render()), wat="de kop")
        assert gewist == 0 and tabel.row_count == 2
        assert tabel.cursor_row == 1  # the cursor stayed where it was
        await pilot.press(*" vo")  # now only one does
        await wacht_tot(pilot, lambda: tabel.row_count == 1, wat="één rij")
        assert gewist == 1  # one change of rows, one refill
        await pilot.press("backspace", "backspace")  # both again
        await wacht_tot(pilot, lambda: tabel.row_count == 2, wat="twee rijen")
        assert gewist == 2


@pytest.mark.usefixtures("twee_gezinnen")
async def test_de_zoektekst_staat_er_letterlijk_in_de_kop(data: Path, config: Path) -> None:
    """What is typed is text, not markup: "[/b]" neither breaks the screen nor vanishes."""
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await wacht_op_sessielijst(pilot)
        await pilot.press("slash", *"[/b]")
        kop = app.screen.query_one("#home-kop", Static)
        await wacht_tot(pilot, lambda: "[/b]" in str(kop.render()), wat="de zoektekst")
        assert "0 van de 2 sessies passen bij “[/b]”." in str(kop.render())
