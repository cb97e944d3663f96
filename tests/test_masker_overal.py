"""The privacy mask (F8) on every screen: with the demo family open and the names hidden, no
demo person's name — no word of it — appears anywhere on the screen, in any tab, sub-screen or
dialog reachable from the session. Masked labels are distinct within the session."""

from __future__ import annotations

import html
import re
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from tests.pilot import wacht_tot
from wievraag.demo import MENSEN, maak_demo
from wievraag.export.namen import _delen
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.masker import toon_label
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.vragen import Vragen

GROOT = (160, 50)


def _naamwoorden() -> set[str]:
    woorden: set[str] = set()
    for m in MENSEN:
        woorden |= set(_delen(m.naam))
    woorden |= set(_delen("Zonnebloem"))
    return woorden


def scherm_tekst(app: WievraagApp) -> str:
    """Everything the screen shows now, as text (from the SVG Textual would save)."""
    svg = app.export_screenshot()
    delen = re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)
    tekst = " ".join(html.unescape(re.sub(r"<[^>]+>", "", d)) for d in delen)
    return tekst + " " + app.sub_title + " " + app.title


def lekken(app: WievraagApp, waar: str, woorden: set[str]) -> list[str]:
    tekst = scherm_tekst(app).replace("\xa0", " ")
    gevonden = {}
    for w in woorden:
        # A word cut short on screen ("vriendin van mo…" of "moeder") is not that name.
        m = re.search(rf"(?<![\w]){re.escape(w)}(?![\w…])", tekst, re.I)
        if m:
            gevonden[w] = tekst[max(0, m.start() - 40) : m.end() + 20]
    return [f"{waar}: {gevonden}"] if gevonden else []


async def _open_demo(pilot: Pilot[None], app: WievraagApp) -> None:
    await pilot.press("h")
    await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="sessie open")
    await pilot.pause()
    await pilot.press("f8")
    await pilot.pause()
    assert app.namen_verborgen


async def _bekijk(pilot: Pilot[None], app: WievraagApp, waar: str, fouten: list[str]) -> None:
    await pilot.pause()
    fouten += lekken(app, waar, _naamwoorden())


async def _sub(
    pilot: Pilot[None],
    app: WievraagApp,
    tab: str,
    toetsen: list[str],
    waar: str,
    fouten: list[str],
    extra: list[str] | None = None,
) -> None:
    """From a tab, open a sub-screen with `toetsen`, look, page through it with `extra`
    (looking after each key), and go back."""
    await pilot.press(tab)
    await pilot.pause()
    diepte = len(app.screen_stack)
    await pilot.press(*toetsen)
    await pilot.pause()
    await _bekijk(pilot, app, waar, fouten)
    for toets in extra or []:
        await pilot.press(toets)
        await _bekijk(pilot, app, f"{waar} na {toets}", fouten)
    while len(app.screen_stack) > diepte:
        await pilot.press("escape")
        await pilot.pause()


async def _controleer(data: Path, config: Path, stappen: Callable[..., Awaitable[None]]) -> None:
    Opslag(data).voeg_toe(maak_demo(Vragen.laad(config).bank))
    app = WievraagApp(data, config)
    fouten: list[str] = []
    async with app.run_test(size=GROOT) as pilot:
        await _open_demo(pilot, app)
        await stappen(pilot, app, fouten)
    assert not fouten, "Namen zichtbaar onder F8:\n" + "\n".join(fouten)


async def test_tabs_en_kaarten(data: Path, config: Path) -> None:
    async def stappen(pilot: Pilot[None], app: WievraagApp, fouten: list[str]) -> None:
        for tab in "evipkl":
            await pilot.press(tab)
            await _bekijk(pilot, app, f"tab {tab}", fouten)
        await pilot.press("k")
        for n in range(12):
            await pilot.press("right")
            await _bekijk(pilot, app, f"kaart {n + 2}", fouten)
        await pilot.press("escape")
        await pilot.pause()
        await _bekijk(pilot, app, "startscherm", fouten)

    await _controleer(data, config, stappen)


# Every sub-screen and dialog the demo family reaches from its tabs, as (tab, keys that open
# it, what it is, keys that page through it — looked at after each). The markup walk
# (test_tui_opmaak_vijandig.py) goes the same way.
Stap = tuple[str, list[str], str, list[str]]
APPEL_VRAGEN_INTERVIEWS: list[Stap] = [
    ("e", ["enter"], "appèl", ["f5", "f5", "f5"]),
    *(("v", ["down"] * n + ["enter"], f"vraag {n + 1}", []) for n in range(4)),
    *(("i", ["down"] * n + ["enter"], f"interview {n + 1}", ["f5"]) for n in range(7)),
]
PERSONEN_PLAN_DIALOGEN: list[Stap] = [
    *(("p", ["down"] * n + ["enter"], f"persoon {n + 1}", []) for n in range(0, 20, 5)),
    ("p", ["g"], "genogram", []),
    ("p", ["r"], "aanmelding", []),
    ("p", ["delete"], "verwijderdialoog", []),
    ("p", ["m", "down", "m"], "samenvoegdialoog", []),
    *(("l", [toets], f"plan {toets}", []) for toets in ("g", "b", "t", "s", "j")),
    # The netwerkberaad: the one being prepared, then (F4) the one held, scrolled through.
    ("l", ["n"], "netwerkberaad", ["f4", "pagedown", "pagedown"]),
    ("l", ["enter"], "afspraak", []),
    ("l", ["delete"], "afspraak verwijderen", []),
    ("l", ["x"], "exportdialoog", []),
]


async def test_appel_vragen_interviews(data: Path, config: Path) -> None:
    async def stappen(pilot: Pilot[None], app: WievraagApp, fouten: list[str]) -> None:
        for tab, toetsen, waar, extra in APPEL_VRAGEN_INTERVIEWS:
            await _sub(pilot, app, tab, toetsen, waar, fouten, extra)

    await _controleer(data, config, stappen)


async def test_personen_plan_en_dialogen(data: Path, config: Path) -> None:
    async def stappen(pilot: Pilot[None], app: WievraagApp, fouten: list[str]) -> None:
        for tab, toetsen, waar, extra in PERSONEN_PLAN_DIALOGEN:
            await _sub(pilot, app, tab, toetsen, waar, fouten, extra)

    await _controleer(data, config, stappen)


async def test_gemaskerde_labels_uniek(data: Path, config: Path) -> None:
    Opslag(data).voeg_toe(maak_demo(Vragen.laad(config).bank))
    app = WievraagApp(data, config)
    async with app.run_test(size=GROOT) as pilot:
        await _open_demo(pilot, app)
        labels = [toon_label(app.screen, p) for p in app.editor_open.sessie.personen]
        assert len(set(labels)) == len(labels), labels
        assert any(label.startswith("oma") for label in labels)  # the role is kept
