"""With NO_COLOR (https://no-color.org) the app stays readable and no state is colour alone
(issue 21): consent, the worry flag on the home screen, an answered or open question and an
appèl's progress each show a word or a symbol on the screen itself.

Textual honours NO_COLOR by passing every line through its Monochrome filter (greys only,
textual/app.py), so the screens keep their layout; what colour told must be in the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.segment import Segment
from textual.pilot import Pilot

from tests.pilot import wacht_op_sessielijst, wacht_tot
from tests.test_tui_maten import scherm, woorden
from wievraag.demo import maak_demo
from wievraag.model import Sessie
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.tui.widgets.personen import TOESTEMMING_KORT, TOESTEMMING_SYMBOOL
from wievraag.tui.widgets.status import SYMBOOL, appel_staat, status_woord
from wievraag.vragen import lees_bank


def _kleuren(app: WievraagApp) -> set[tuple[int, int, int]]:
    kleuren: set[tuple[int, int, int]] = set()
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            assert isinstance(segment, Segment)
            for kleur in (segment.style.color, segment.style.bgcolor) if segment.style else ():
                if kleur is not None:
                    kleuren.add(tuple(kleur.get_truecolor()))  # type: ignore[arg-type]
    return kleuren


async def _tab(pilot: Pilot[None], toets: str) -> list[str]:
    await pilot.press(toets)
    await pilot.pause()
    await pilot.pause()
    return scherm(pilot.app)  # type: ignore[arg-type]


def _rij_van(regels: list[str], naam: str) -> str:
    return next((r for r in regels if naam in r), "")


@pytest.fixture
def demo(data: Path, monkeypatch: pytest.MonkeyPatch) -> Sessie:
    monkeypatch.setenv("NO_COLOR", "1")
    sessie = maak_demo(lees_bank())
    Opslag(data).voeg_toe(sessie)
    return sessie


async def test_geen_staat_alleen_in_kleur(data: Path, config: Path, demo: Sessie) -> None:
    app = WievraagApp(data, config)
    assert app.no_color
    async with app.run_test(size=(80, 24)) as pilot:
        await wacht_op_sessielijst(pilot)
        await pilot.pause()
        # NO_COLOR is honoured: greys only, not one colour on the screen.
        assert all(r == g == b for r, g, b in _kleuren(app)), _kleuren(app)
        # The worry flag of the home screen is a sign and a word, not a red line.
        assert "⚑" in woorden(scherm(app)), "\n".join(scherm(app))

        await pilot.press("h")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="de sessie")

        # Appèls: how far each one got, in words.
        regels = await _tab(pilot, "e")
        staten = {appel_staat(a) for a in demo.appels}
        assert any(staat in " ".join(regels) for staat in staten), "\n".join(regels)

        # Questions: answered, refused, later and not yet asked each have their own sign,
        # and the legend under the list says which word goes with it.
        regels = await _tab(pilot, "v")
        assert all(f"{SYMBOOL[s]} {status_woord(s)}" in woorden(regels) for s in SYMBOOL)
        rijen = [r.strip(" ▊▎") for r in regels]  # inside the list's frame
        rijen = [r for r in rijen if r[:1] in SYMBOOL.values()]
        assert len({r[0] for r in rijen}) >= 2, "\n".join(regels)  # at least two states in view

        # Personen: each person's consent as sign and word on their own row.
        regels = await _tab(pilot, "p")
        gezien = 0
        for persoon in demo.personen:
            rij = _rij_van(regels, persoon.naam)
            if not rij:
                continue  # scrolled out of view
            t = persoon.toestemming
            assert TOESTEMMING_SYMBOOL[t] in rij and TOESTEMMING_KORT[t] in rij, (persoon, rij)
            gezien += 1
        assert gezien >= 6
        assert len({TOESTEMMING_SYMBOOL[p.toestemming] for p in demo.personen}) >= 2
        await pilot.press("ctrl+q")
