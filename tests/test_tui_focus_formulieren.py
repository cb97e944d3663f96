"""Every form of the app, one by one (issue 21): the cursor starts in the first field, the one
at the top; Tab goes on in the order the eye reads (top to bottom, left to right on a row) and
stops only on what is on the screen and shows it has the focus, never on a frame that scrolls.

The professional looks at the family while typing: a cursor that starts lower, or jumps back
up, puts a name in the wrong box without anyone seeing it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import pairwise
from pathlib import Path

import pytest
from textual.containers import ScrollableContainer, VerticalScroll
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget

from tests.pilot import wacht_op_sessielijst, wacht_tot
from wievraag.demo import maak_demo
from wievraag.model.familyfinding import ToolId
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.vragen import lees_bank

INTERVIEWS: tuple[ToolId, ...] = (
    "mobility",
    "hoeveel",
    "reunie",
    "waarden",
    "behoeften",
    "veiligheid",
    "olievlek",
)


def _formulieren(app: WievraagApp) -> dict[str, Callable[[], object]]:
    """How each form is opened: the same call the app makes for its key or row."""
    from wievraag.tui.screens.aanmelding import AanmeldingScreen
    from wievraag.tui.screens.antwoord import AntwoordScreen
    from wievraag.tui.screens.appel import AppelScreen
    from wievraag.tui.screens.bellen import BellenScreen
    from wievraag.tui.screens.beraad import BeraadScreen
    from wievraag.tui.screens.evaluatie import AfsluitingScreen, EvaluatieScreen
    from wievraag.tui.screens.logboek import LogboekScreen
    from wievraag.tui.screens.persoon import PersoonScreen
    from wievraag.tui.screens.plan import AfspraakScreen, PlanGegevensScreen
    from wievraag.tui.screens.stem import StemScreen
    from wievraag.tui.widgets.interviews import InterviewsPaneel, open_tool

    s = app.editor_open.sessie
    assert s.plan is not None  # the demo family has a plan
    afspraak = s.plan.afspraken[0].id
    schermen: dict[str, Callable[[], Screen[None]]] = {
        "persoon (nieuw)": lambda: PersoonScreen(None),
        "persoon": lambda: PersoonScreen(s.personen[0].id),
        "appèl": AppelScreen,
        "appèl (bestaand)": lambda: AppelScreen(s.appels[0].id),
        "antwoord": lambda: AntwoordScreen(s.antwoorden[0].vraag),
        "plan: gegevens": PlanGegevensScreen,
        "plan: afspraak": lambda: AfspraakScreen(None),
        "plan: afspraak (bestaand)": lambda: AfspraakScreen(afspraak),
        "plan: bellen": lambda: BellenScreen(None),
        "beraad": BeraadScreen,
        "stem (JIM)": StemScreen,
        "aanmelding": AanmeldingScreen,
        "evaluatie": EvaluatieScreen,
        "afsluiting": AfsluitingScreen,
        "logboek": LogboekScreen,
    }
    openers: dict[str, Callable[[], object]] = {
        naam: partial(_open_scherm, app, maak) for naam, maak in schermen.items()
    }
    paneel = app.screen.query_one(InterviewsPaneel)
    for tool in INTERVIEWS:
        openers[f"interview {tool}"] = partial(open_tool, paneel, tool)
    return openers


def _open_scherm(app: WievraagApp, maak: Callable[[], Screen[None]]) -> None:
    app.push_screen(maak())


def _fouten_in_volgorde(scherm: Screen[object], keten: list[Widget]) -> list[str]:
    """What is wrong with the focus chain of a form as it stands on the screen."""
    fouten: list[str] = []
    kaart = scherm._compositor.full_map  # every widget where it is laid out, scrolled or not
    plekken: list[tuple[tuple[int, int], Widget]] = []
    for widget in keten:
        naam = widget.id or type(widget).__name__
        if type(widget) in (VerticalScroll, ScrollableContainer):
            fouten.append(f"{naam}: een kader dat scrolt, zonder zichtbare focus")
        plaats = kaart.get(widget)
        if plaats is None or not plaats.region.width or not plaats.region.height:
            fouten.append(f"{naam}: een tabstop die niet op het scherm staat")
            continue
        plekken.append(((plaats.region.y, plaats.region.x), widget))
    for (voor, _), (na, widget) in pairwise(plekken):
        if na < voor:  # (row, column): a later stop may not be above, or left on the same row
            fouten.append(f"{widget.id or type(widget).__name__}: Tab springt terug naar {na}")
    return fouten


async def _loop_langs(pilot: Pilot[None], naam: str, fouten: list[str], stappen: int) -> None:
    app = pilot.app
    scherm = app.screen
    keten = scherm.focus_chain
    if app.focused is None or not keten or app.focused is not keten[0]:
        eerste = keten[0].id if keten else None
        fouten.append(f"{naam}: begint in {getattr(app.focused, 'id', None)}, niet in {eerste}")
    fouten.extend(f"{naam}: {f}" for f in _fouten_in_volgorde(scherm, keten))
    # Tab really goes along that chain, and each stop is scrolled into view.
    for verwacht in keten[1 : 1 + stappen]:
        await pilot.press("tab")
        await pilot.pause()
        if app.focused is not verwacht:
            fouten.append(f"{naam}: Tab naar {app.focused}, verwacht {verwacht}")
            break
        if verwacht not in scherm._compositor.visible_widgets:
            fouten.append(f"{naam}: {verwacht.id} heeft de focus maar is niet te zien")


def _gebroken_veldnamen(scherm: Screen[object]) -> list[str]:
    """A field's name broken inside a word ("Voorzitte" / "r" at 60 columns): each word of
    the name must fit the width the name gets."""
    uit = []
    for label in scherm.query(".veldnaam"):
        ruimte = label.content_region.width
        tekst = str(label.render())
        if ruimte and any(len(woord) > ruimte for woord in tekst.split()):
            uit.append(f"veldnaam '{tekst}' breekt in een woord ({ruimte} tekens breed)")
    return uit


# At 60×20 the fields stack differently (narrow rules in wievraag.tcss): the order is checked
# there too; pressing Tab (slow on a busy machine) at one size is enough to show it follows.
@pytest.mark.parametrize(
    ("maat", "stappen"), [((80, 24), 3), ((60, 20), 0)], ids=["80x24", "60x20"]
)
async def test_elk_formulier_begint_boven_en_tabt_zoals_je_leest(
    data: Path, config: Path, maat: tuple[int, int], stappen: int
) -> None:
    Opslag(data).voeg_toe(maak_demo(lees_bank()))
    app = WievraagApp(data, config)
    fouten: list[str] = []
    async with app.run_test(size=maat) as pilot:
        await wacht_op_sessielijst(pilot)
        await pilot.press("h")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="de sessie")
        sessie = app.screen
        await pilot.press("i")  # the interviews tab: its panel opens the seven tools
        await pilot.pause()
        openers = _formulieren(app)
        assert len(openers) == 22
        for naam, open_ in openers.items():
            open_()
            await wacht_tot(
                pilot, lambda: app.screen is not sessie and app.focused is not None, wat=naam
            )
            await pilot.pause()
            await _loop_langs(pilot, naam, fouten, stappen)
            fouten.extend(f"{naam}: {f}" for f in _gebroken_veldnamen(app.screen))
            while app.screen is not sessie:
                await pilot.press("escape")
                await pilot.pause()
    assert not fouten, "\n".join(fouten)
