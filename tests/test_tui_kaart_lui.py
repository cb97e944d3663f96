"""The Kaart tab lays a family out only when it is shown, once per state of the session
(issue 18): opening a big family must not pay for a genogram nobody looks at."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Static, TabbedContent

from tests.grootgezin import grote_familie
from tests.pilot import wacht_op_sessielijst, wacht_tot
from wievraag.store import Opslag
from wievraag.tekening import genogram
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.tui.widgets import kaart as kaartwidget
from wievraag.tui.widgets.kaart import KaartPaneel
from wievraag.tui.widgets.personen import PersonenPaneel

MAAT = (100, 30)


@pytest.fixture
def telling(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """How often the costly parts ran: the genogram's structure (rows and order), its labels
    placed, and another view of the tab drawn."""
    geteld: Counter[str] = Counter()
    genogram.vergeet_bewaarde()  # a layout kept from another test would hide a call

    def tel(module: object, naam: str) -> None:
        echt: Callable[..., Any] = getattr(module, naam)

        def spion(*args: Any, **kwargs: Any) -> Any:
            geteld[naam] += 1
            return echt(*args, **kwargs)

        monkeypatch.setattr(module, naam, spion)

    tel(genogram, "_structuur")
    tel(genogram, "_teken_uit")
    tel(kaartwidget, "teken")  # a circle, the ecogram or the olievlek drawn on the tab
    yield geteld
    genogram.vergeet_bewaarde()


def _familie(data: Path) -> None:
    Opslag(data).voeg_toe(grote_familie(60))


def _plaat(app: WievraagApp) -> str:
    return str(app.screen.query_one("#genogram-plaat", Static).render())


async def test_genogram_pas_als_het_getoond_wordt(
    data: Path, config: Path, telling: Counter[str]
) -> None:
    _familie(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=MAAT) as pilot:
        await wacht_op_sessielijst(pilot)
        await pilot.press("h")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="de sessie")
        await pilot.pause()
        await pilot.pause()
        # Open, on the questions tab: no view of the Kaart tab was drawn at all.
        assert telling == Counter(), telling

        await pilot.press("k")
        paneel = app.screen.query_one(KaartPaneel)
        await wacht_tot(pilot, lambda: paneel.sleutel is not None, wat="de kaart getoond")
        await pilot.pause()
        eerste = paneel.sleutel
        assert eerste != "genogram"
        assert telling["_structuur"] == 0, "the genogram was laid out behind another view"
        assert telling["teken"] >= 1  # the view shown is drawn

        await pilot.press("left")  # the genogram is the last view
        await wacht_tot(pilot, lambda: "generaties" in str(_kop(app)), wat="het genogram")
        await wacht_tot(pilot, lambda: _plaat(app) != "", wat="de tekening")
        assert telling["_structuur"] == 1 and telling["_teken_uit"] == 1, telling

        # Another tab and back, nothing changed: the drawing is kept, nothing laid out.
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        await pilot.pause()
        assert telling["_structuur"] == 1 and telling["_teken_uit"] == 1, telling

        # A change while the tab is hidden is not drawn then (leaving an answer screen asks
        # every tab to refresh), but as soon as the tab is shown again.
        await pilot.press("p")
        await pilot.pause()
        editor = app.editor_open
        kind = next(p for p in editor.sessie.personen if p.ouders)
        editor.zet(kind, ouders=[])
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessieScreen)
        screen.on_screen_resume()
        await pilot.pause()
        assert telling["_structuur"] == 1 and telling["_teken_uit"] == 1, telling
        await pilot.press("k")
        await wacht_tot(pilot, lambda: telling["_teken_uit"] == 2, wat="opnieuw getekend")
        assert telling["_structuur"] == 2  # a link less: a new structure

        # The privacy mask changes the labels, not the layout.
        await pilot.press("f8")
        await wacht_tot(pilot, lambda: telling["_teken_uit"] == 3, wat="namen verborgen")
        await pilot.pause()
        assert telling["_structuur"] == 2, telling
        assert kind.naam not in _plaat(app)
        await pilot.press("ctrl+q")


def _kop(app: WievraagApp) -> str:
    return str(app.screen.query_one("#kaart-kop", Static).render())


async def test_open_zonder_kaarttab_tekent_niets_bij_terugkeer(
    data: Path, config: Path, telling: Counter[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Going into the session and back out of a sub-screen, with the Kaart never shown:
    nothing of it is drawn; the register (another hidden tab) is filled when it is shown."""
    echt = PersonenPaneel.ververs

    def register(paneel: PersonenPaneel) -> None:
        telling["register"] += 1
        echt(paneel)

    monkeypatch.setattr(PersonenPaneel, "ververs", register)
    _familie(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=MAAT) as pilot:
        await wacht_op_sessielijst(pilot)
        await pilot.press("h")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="de sessie")
        await pilot.pause()
        assert app.screen.query_one(TabbedContent).active == "vragen"
        await pilot.press("enter")  # the first question
        await wacht_tot(pilot, lambda: not isinstance(app.screen, SessieScreen), wat="vraag")
        await pilot.press("escape")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="terug")
        await pilot.pause()
        assert telling == Counter(), telling
        await pilot.press("p")
        await wacht_tot(pilot, lambda: telling["register"] == 1, wat="het register gevuld")
        tabel = app.screen.query_one("#personentabel", DataTable)
        assert tabel.row_count == 60
        await pilot.press("v")  # back and forth without a change: filled once
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert telling["register"] == 1, telling
        await pilot.press("ctrl+q")
