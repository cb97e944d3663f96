"""'Nee / Ja, maar' (§3.1.6) on the answer screen: which kind of no it was, with what that
kind asks of the conversation; asked again in other words, the wording kept with the new
answer. Checked in the file on disk."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.widgets import Input, Select, Static

from tests.pilot import open_eerste_vraag, wacht_tot
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.antwoord import AntwoordScreen

KLEIN = (80, 24)


async def test_soort_nee_en_anders_gevraagd(data: Path, config: Path) -> None:
    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Nee")
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await open_eerste_vraag(pilot)
        await wacht_tot(pilot, lambda: isinstance(app.screen, AntwoordScreen), wat="de vraag")
        scherm = app.screen
        assert not scherm.query_one("#anders-regel").display  # asked for the first time
        await pilot.click("#st-geweigerd")
        await pilot.pause()
        scherm.query_one("#nee", Select).value = "niemand"
        await pilot.pause()
        uitleg = str(scherm.query_one("#nee-uitleg", Static).render())
        assert "niemand" in uitleg  # the bank's own explanation of this kind of no
        await pilot.press("ctrl+r")  # asked again, in other words
        await pilot.pause()
        assert scherm.query_one("#anders-regel").display
        assert scherm.query_one("#nee", Select).value is Select.NULL  # a new answer
        anders = scherm.query_one("#anders-gevraagd", Input)
        anders.focus()
        anders.value = "Wie was er op de verjaardag van je kind?"
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    antwoorden = tomllib.loads(opslag.pad_voor(sessie).read_text())["antwoorden"]
    assert [(a["status"], a.get("nee")) for a in antwoorden] == [
        ("geweigerd", "niemand"),
        ("beantwoord", None),
    ]
    assert antwoorden[0]["anders_gevraagd"] == ""
    assert antwoorden[1]["anders_gevraagd"] == "Wie was er op de verjaardag van je kind?"
