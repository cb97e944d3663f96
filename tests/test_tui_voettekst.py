"""The footer follows the keys of what is in view, and is rebuilt only when they change.

Rebuilding it mounts every key anew; focus moving and screens switching announce the same keys
several times in a row. Leaving an answer screen rebuilt the session screen's footer four
times (issue 18: a third of that step's cost). These tests fail if the footer stops following
a change, or goes back to being rebuilt for nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._footer import FooterKey

from tests.pilot import open_eerste_vraag, wacht_tot
from wievraag.demo import maak_demo
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.tui.widgets.voettekst import Voettekst
from wievraag.vragen import lees_bank


def _toetsen(app: WievraagApp) -> list[str]:
    voet = app.screen.query_one(Voettekst)
    return [str(k.description) for k in voet.query(FooterKey)]


async def test_terug_van_antwoord_zonder_nieuwe_voettekst(
    data: Path, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Opslag(data).voeg_toe(maak_demo(lees_bank()))
    opgebouwd: list[int] = []
    compose = Voettekst.compose

    def tel(self: Voettekst):  # type: ignore[no-untyped-def]
        opgebouwd.append(id(self))
        return compose(self)

    monkeypatch.setattr(Voettekst, "compose", tel)
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_eerste_vraag(pilot)
        await wacht_tot(pilot, lambda: not isinstance(app.screen, SessieScreen), wat="antwoord")
        await pilot.press("x")
        await pilot.pause()
        sessiescherm = next(s for s in app.screen_stack if isinstance(s, SessieScreen))
        voet = sessiescherm.query_one(Voettekst)
        voor = _toetsen_van(voet)
        opgebouwd.clear()
        await pilot.press("escape")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="terug")
        await pilot.pause()
        await pilot.pause()
        # The same keys as before the answer screen: not one rebuild of this footer.
        assert _toetsen_van(voet) == voor
        assert opgebouwd.count(id(voet)) == 0, opgebouwd

        # A tab with other keys: the footer follows at once.
        await pilot.press("p")
        await wacht_tot(pilot, lambda: _toetsen(app) != voor, wat="de toetsen van Personen")
        assert opgebouwd.count(id(voet)) >= 1


def _toetsen_van(voet: Voettekst) -> list[str]:
    return [str(k.description) for k in voet.query(FooterKey)]


async def test_smaller_scherm_andere_toetsen(data: Path, config: Path) -> None:
    """The width decides which keys fit: a resize rebuilds the footer when that changes."""
    Opslag(data).voeg_toe(maak_demo(lees_bank()))
    app = WievraagApp(data, config)
    async with app.run_test(size=(160, 30)) as pilot:
        await open_eerste_vraag(pilot)
        await pilot.press("escape")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="sessie")
        breed = _toetsen(app)
        await pilot.resize_terminal(60, 20)
        await wacht_tot(pilot, lambda: _toetsen(app) != breed, wat="minder toetsen bij 60")
        smal = _toetsen(app)
        assert len(smal) < len(breed)
        assert {"Hulp", "Stop"} <= set(smal)
