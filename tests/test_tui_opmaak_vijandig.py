"""Text a user typed is text on every screen (issue 16): the demo family with every name,
label and free text made to look like Rich/Textual markup (`[b]…[/b]`, `[/bold]`,
`[@click=app.quit]`) is walked through every tab, sub-screen and dialog. Nowhere may the
markup be applied — a name shown must show its brackets — and nothing may crash."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from tests.pilot import wacht_tot
from tests.test_masker_overal import (
    APPEL_VRAGEN_INTERVIEWS,
    GROOT,
    PERSONEN_PLAN_DIALOGEN,
    Stap,
    scherm_tekst,
)
from wievraag.demo import maak_demo
from wievraag.model import Sessie
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.vragen import Vragen

# A free text or name becomes "Q<n>q[b]k[/b] <original>": shown as text, "Q<n>q" is always
# followed by "[" (or "…" where the screen cuts it short); applied as markup it is followed by
# "k". Ids and choice keys are lowercase tokens and stay as they are.
TOKEN = re.compile(r"^[a-z0-9_-]*$")
TOEGEPAST = re.compile(r"Q\d+q(?![\[…\\])")


def vijandig(sessie: Sessie) -> Sessie:
    """The session with every free text and name prefixed by markup; the label carries the
    closing tag that crashed the 'is verwijderd' toast and a click action."""
    teller = 0

    def maak(waarde: Any) -> Any:
        nonlocal teller
        if isinstance(waarde, dict):
            return {
                k: v if k in ("id", "schema", "telefoon") else maak(v) for k, v in waarde.items()
            }
        if isinstance(waarde, list):
            return [maak(v) for v in waarde]
        if isinstance(waarde, str) and waarde.strip() and not TOKEN.match(waarde):
            teller += 1
            return f"Q{teller}q[b]k[/b] {waarde}"
        return waarde

    ruw = maak(sessie.model_dump())
    ruw["gezin"] = "Q0q[b]k[/b] [/bold] [@click=app.quit]Zonnebloem[/]"
    return Sessie.model_validate(ruw)


def _tekst(app: WievraagApp) -> str:
    return scherm_tekst(app).replace("\xa0", " ")


def toegepast(app: WievraagApp, waar: str) -> list[str]:
    tekst = _tekst(app)
    return [
        f"{waar}: …{tekst[max(0, m.start() - 30) : m.end() + 30]}…"
        for m in TOEGEPAST.finditer(tekst)
    ]


async def _sub(pilot: Pilot[None], app: WievraagApp, stap: Stap, fouten: list[str]) -> None:
    """One step of the mask walk's route: open, look (and after each paging key), go back."""
    tab, toetsen, waar, extra = stap
    await pilot.press(tab)
    await pilot.pause()
    diepte = len(app.screen_stack)
    await pilot.press(*toetsen)
    await pilot.pause()
    fouten += toegepast(app, waar)
    for toets in extra:
        await pilot.press(toets)
        await pilot.pause()
        fouten += toegepast(app, f"{waar} na {toets}")
    while len(app.screen_stack) > diepte:
        await pilot.press("escape")
        await pilot.pause()


async def _controleer(
    data: Path,
    config: Path,
    stappen: Callable[[Pilot[None], WievraagApp, list[str]], Awaitable[None]],
) -> None:
    Opslag(data).voeg_toe(vijandig(maak_demo(Vragen.laad(config).bank)))
    app = WievraagApp(data, config)
    fouten: list[str] = []
    async with app.run_test(size=GROOT) as pilot:
        await pilot.pause()
        fouten += toegepast(app, "startscherm")
        await pilot.press("h")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="sessie open")
        await pilot.pause()
        await stappen(pilot, app, fouten)
        assert app.is_running
    assert not fouten, "Opmaak toegepast op tekst van de gebruiker:\n" + "\n".join(fouten)


def test_de_vijandige_sessie_is_echt_vijandig(config: Path) -> None:
    sessie = vijandig(maak_demo(Vragen.laad(config).bank))
    assert all(p.naam.startswith("Q") for p in sessie.personen)
    assert sessie.plan is not None and "[b]" in sessie.plan.model_dump_json()


async def test_tabs_en_kaarten(data: Path, config: Path) -> None:
    async def stappen(pilot: Pilot[None], app: WievraagApp, fouten: list[str]) -> None:
        for tab in "evipkl":
            await pilot.press(tab)
            await pilot.pause()
            fouten += toegepast(app, f"tab {tab}")
        await pilot.press("k")
        for n in range(12):
            await pilot.press("right")
            await pilot.pause()
            fouten += toegepast(app, f"kaart {n + 2}")
        await pilot.press("f8")
        await pilot.pause()
        fouten += toegepast(app, "kaart onder F8")

    await _controleer(data, config, stappen)


async def test_appel_vragen_interviews(data: Path, config: Path) -> None:
    async def stappen(pilot: Pilot[None], app: WievraagApp, fouten: list[str]) -> None:
        for stap in APPEL_VRAGEN_INTERVIEWS:
            await _sub(pilot, app, stap, fouten)

    await _controleer(data, config, stappen)


async def test_personen_plan_en_dialogen(data: Path, config: Path) -> None:
    async def stappen(pilot: Pilot[None], app: WievraagApp, fouten: list[str]) -> None:
        for stap in PERSONEN_PLAN_DIALOGEN:
            await _sub(pilot, app, stap, fouten)

    await _controleer(data, config, stappen)


async def test_elke_melding_is_platte_tekst(data: Path, config: Path) -> None:
    """Toasts name families and people: a widget's notify (markup on by default in Textual)
    goes through the app's, which shows the text as typed."""
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.screen.notify("Q1q[b]k[/b] [/bold] is verwijderd", title="[@click=app.quit]x[/]")
        await wacht_tot(pilot, lambda: "is verwijderd" in _tekst(app), wat="melding")
        assert not toegepast(app, "melding")
        assert "[/bold] is verwijderd" in _tekst(app)
        assert "[@click=app.quit]x[/]" in _tekst(app)
