"""Type-ahead: keys sent in one burst, with no pause between them, all land where the user
meant them (tui/toetsen.py). Pilot's own `press` waits for the app after every key; these
tests put every key on the driver's queue at once, as a fast typist or a busy machine does."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from textual import events
from textual.keys import _character_to_key, _get_unicode_name_from_key
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from tests.pilot import lees_toml, nieuwe_sessie, wacht_tot
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.antwoord import AntwoordScreen
from wievraag.tui.screens.sessie import SessieScreen

pytestmark = pytest.mark.serieel


def salvo(pilot: Pilot[None], *toetsen: str) -> None:
    """Every key onto the driver's queue at once: nobody waits for the screen."""
    app = pilot.app
    assert app._driver is not None
    for toets in toetsen:
        for sleutel in [toets] if len(toets) > 1 else list(toets):
            if len(sleutel) == 1 and not sleutel.isalnum():
                sleutel = _character_to_key(sleutel)
            try:
                teken: str | None = unicodedata.lookup(_get_unicode_name_from_key(sleutel))
            except KeyError:
                teken = sleutel if len(sleutel) == 1 else None
            event = events.Key(sleutel, teken)
            event.set_sender(app)
            app._driver.send_message(event)


def tekens(tekst: str) -> list[str]:
    return list(tekst)


async def test_nieuw_gezin_in_een_adem(data: Path, config: Path) -> None:
    """`n`, the label and Enter at once: the label is the family's, not commands to the list."""
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        salvo(pilot, "n", *tekens("Gezin Zonnebloem"), "enter")
        await wacht_tot(
            pilot, lambda: isinstance(app.screen, SessieScreen), tijd=30.0, wat="sessie open"
        )
        await pilot.pause()  # the session's tabs finish mounting before the app closes
        assert [i.gezin for i in Opslag(data).lijst().items] == ["Gezin Zonnebloem"]


async def test_vraag_openen_en_meteen_antwoorden(data: Path, config: Path) -> None:
    """Enter on a question, then the answer at once: every letter in the answer, none a
    command of the question list (`a` = own question, `f` = favourite)."""
    pad = nieuwe_sessie(data)
    app = WievraagApp(data, config)
    tekst = "Oma kan af en toe, en de buurvrouw."
    async with app.run_test(size=(80, 24)) as pilot:
        salvo(pilot, "h", "enter", *tekens(tekst))
        await wacht_tot(
            pilot,
            lambda: (
                isinstance(app.screen, AntwoordScreen)
                # still mounting: the field may not be there yet
                and [v.text for v in app.screen.query("#antwoord-tekst").results(TextArea)]
                == [tekst]
            ),
            tijd=30.0,  # a busy machine: the condition is what counts, not the time
            wat="het hele antwoord in het veld",
        )
        salvo(pilot, "escape", "ctrl+q")
        await wacht_tot(pilot, lambda: not app.is_running, wat="app gestopt")
    [antwoord] = lees_toml(pad)["antwoorden"]
    assert antwoord["antwoord"] == tekst
    assert not app.vragen.mijn.eigen  # no own question was added by a stray `a`
    assert not app.vragen.mijn.favorieten


async def test_namen_enter_tab_tab_namen_enter(data: Path, config: Path) -> None:
    """Two lines of names with Enter and Tabs between, in one burst: both land."""
    pad = nieuwe_sessie(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        salvo(pilot, "h", "enter")
        await wacht_tot(pilot, lambda: isinstance(app.screen, AntwoordScreen))
        await pilot.pause()  # mounted: its own focus (the answer) is set before ours
        app.screen.query_one("#persoon-invoer", Input).focus()
        await pilot.pause()
        salvo(pilot, *tekens("Ans (tante)"), "enter", "tab", "shift+tab", *tekens("Karim"), "enter")
        await wacht_tot(
            pilot, lambda: len(app.editor_open.sessie.personen) == 2, wat="twee personen"
        )
        salvo(pilot, "ctrl+q")
        await wacht_tot(pilot, lambda: not app.is_running, wat="app gestopt")
    namen = {p["naam"] for p in lees_toml(pad)["personen"]}
    assert namen == {"Ans", "Karim"}


async def test_zoeken_en_meteen_typen(data: Path, config: Path) -> None:
    """`/` and text at once on the home screen: the text is the search, not commands
    (`d` would start a delete, `q`… nothing may happen but the search)."""
    for gezin in ("Gezin Eik", "Gezin Den", "Gezin Beuk"):
        Opslag(data).nieuw(gezin)
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        salvo(pilot, "slash", *tekens("den"))
        await wacht_tot(
            pilot,
            lambda: isinstance(app.focused, Input) and app.focused.value == "den",
            wat="zoektekst in het zoekveld",
        )
        assert len(app.screen_stack) == 1  # no delete dialog, nothing opened
    assert len(Opslag(data).bestanden()) == 3


async def test_twee_keer_enter_op_een_dialoog(data: Path, config: Path) -> None:
    """A dialog answered twice before it is gone: the second Enter is a no-op, not a crash
    (ScreenStackError) and not an action on the screen underneath."""
    Opslag(data).nieuw("Gezin Eik")
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        salvo(pilot, "n", *tekens("Gezin Den"), "enter", "enter", "escape")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="sessie open")
        await pilot.pause()
        assert app.is_running
    assert sorted(i.gezin or "" for i in Opslag(data).lijst().items) == ["Gezin Den", "Gezin Eik"]
