"""Text readable on every main screen in the dark and the light theme (issue 21): the WCAG
contrast between each character's colour and its background is at least 4.5:1, and at least
3:1 for the graphic parts that carry a state (a radio button's knob, WCAG 1.4.11).

Measured on what the screen really shows: the compositor's segments, with Textual's colours
resolved (theme variables, transparency, `$foreground 50%`), exactly as the terminal gets
them. Lines, frames and scrollbars are drawing, not text, and are left out; behind a dialog
only the dialog counts (the dimmed screen under it is not what is being read).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.color import Color
from rich.segment import Segment
from textual.pilot import Pilot
from textual.screen import ModalScreen

from tests.pilot import wacht_op_sessielijst, wacht_tot
from wievraag.demo import maak_demo
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.contrast import contrast
from wievraag.tui.screens.exporteer import ExportDialoog
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.vragen import lees_bank

TEKST = 4.5
GRAFISCH = 3.0
# Knobs and markers drawn as characters: a graphic object, not text (3:1).
KNOPPEN = set("●◉◯▐▌▼▲◀▶")


def _tekst(teken: str) -> bool:
    """A character that is read: not a space, a line, a frame or a block of a scrollbar."""
    return bool(teken.strip()) and not 0x2500 <= ord(teken) <= 0x259F and teken not in "⭘"


def _rgb(kleur: Color | None) -> tuple[int, int, int] | None:
    return None if kleur is None else tuple(kleur.get_truecolor())  # type: ignore[return-value]


def te_zwak(app: WievraagApp, waar: str) -> list[str]:
    """Every run of text on the screen whose contrast is too low, with where and what."""
    regio = None
    if isinstance(app.screen, ModalScreen):
        regio = app.screen.query_one(".venster").region
    fouten: list[str] = []
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        x = 0
        for segment in strip:
            assert isinstance(segment, Segment)
            tekst, stijl = segment.text, segment.style
            links, x = x, x + len(tekst)
            if regio is not None and not (regio.y <= y < regio.bottom and regio.x <= links):
                continue
            tekens = [t for t in tekst if _tekst(t)]
            if not tekens or stijl is None:
                continue
            voor, achter = _rgb(stijl.color), _rgb(stijl.bgcolor)
            if voor is None or achter is None:
                continue  # the terminal's own colours (NO_COLOR, ansi themes)
            if stijl.reverse:
                voor, achter = achter, voor
            nodig = GRAFISCH if all(t in KNOPPEN for t in tekens) else TEKST
            verhouding = contrast(voor, achter)
            if verhouding < nodig:
                fouten.append(
                    f"{waar} r{y} k{links}: {verhouding:.2f} < {nodig} "
                    f"({Color.from_rgb(*voor).name} op {Color.from_rgb(*achter).name}) "
                    f"{tekst.strip()[:30]!r}"
                )
    return fouten


def test_contrast_berekening() -> None:
    """The formula against WCAG's own reference points."""
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast((0x76, 0x76, 0x76), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)
    assert contrast((0x77, 0x77, 0x77), (0x77, 0x77, 0x77)) == pytest.approx(1.0)


async def _bekijk(pilot: Pilot[None], fouten: list[str], waar: str) -> None:
    await pilot.pause()
    pilot.app.clear_notifications()  # a toast is gone in seconds; it is not a screen
    await pilot.pause()
    assert isinstance(pilot.app, WievraagApp)
    fouten.extend(te_zwak(pilot.app, waar))


@pytest.mark.parametrize("thema", ["textual-dark", "textual-light"])
async def test_tekst_contrast_op_de_hoofdschermen(data: Path, config: Path, thema: str) -> None:
    Opslag(data).voeg_toe(maak_demo(lees_bank()))
    app = WievraagApp(data, config)
    fouten: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = thema
        await wacht_op_sessielijst(pilot)
        await _bekijk(pilot, fouten, "home")
        await pilot.press("h")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="de sessie")
        for toets, tab in [("e", "appèls"), ("v", "wie-vragen"), ("i", "interviews")]:
            await pilot.press(toets)
            await _bekijk(pilot, fouten, tab)
        for toets, tab in [("p", "personen"), ("l", "plan"), ("k", "kaart")]:
            await pilot.press(toets)
            await _bekijk(pilot, fouten, tab)
        await pilot.press("x")
        await wacht_tot(pilot, lambda: isinstance(app.screen, ExportDialoog), wat="de export")
        await _bekijk(pilot, fouten, "export")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("p", "enter")  # a form: one person
        await wacht_tot(pilot, lambda: type(app.screen).__name__ == "PersoonScreen", wat="form")
        await _bekijk(pilot, fouten, "persoon")
    assert not fouten, "\n".join(fouten)


def test_leesbaar_maakt_zwakke_themakleuren_sterker() -> None:
    from textual.color import Color

    from wievraag.tui.contrast import leesbaar

    thema = {
        "footer-key-foreground": "#0178d4",  # Textual's light theme: 2.9:1 on its footer
        "footer-background": "#d0d0d0",
        "background": "#e0e0e0",
        "text-muted": "auto 40%",  # too faint on a light grey
        "surface": "#d8d8d8",
        "panel": "#d0d0d0",
        "block-cursor-foreground": "ansi_default",  # the terminal's own: left alone
        "block-cursor-background": "ansi_blue",
    }
    uit = leesbaar(thema)
    sleutel = Color.parse(uit["footer-key-foreground"])
    assert contrast(sleutel.rgb, Color.parse("#d0d0d0").rgb) >= 4.5
    assert sleutel.b > sleutel.r and sleutel.b > sleutel.g  # still blue, only darker
    assert uit["text-muted"] != "auto 40%" and uit["text-muted"].startswith("auto ")
    assert uit["block-cursor-foreground"] == "ansi_default"
    assert leesbaar(uit) == uit  # strong enough already: unchanged
