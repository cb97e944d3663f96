"""Dutch throughout and every key in view: no English from Textual itself in the footer or the
command palette, and footers that fit 80 columns."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandInput, CommandPalette
from textual.widgets import Footer, Select, TabbedContent, TabPane
from textual.widgets._footer import FooterKey

from wievraag.demo import maak_demo
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.vragen import lees_bank


def _voettekst(app: WievraagApp) -> list[str]:
    return [k.description for k in app.screen.query(FooterKey)]


async def test_open_keuzelijst_toont_nederlandse_toets(data: Path, config: Path) -> None:
    Opslag(data).nieuw("Gezin Taal")
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        app.screen.query_one("#themakeuze", Select).focus()
        await pilot.press("enter")  # opens the list of themes
        await pilot.pause()
        voettekst = _voettekst(app)
        assert "Sluit lijst" in voettekst, voettekst
        assert not any("Dismiss" in d for d in voettekst)
        await pilot.press("escape")
        await pilot.press("ctrl+q")


async def test_palet_alleen_nederlandse_systeemopdrachten(data: Path, config: Path) -> None:
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        titels = [c.title for c in app.get_system_commands(app.screen)]
        # No "Screenshot" (names to Downloads) and no key panel (English editing keys).
        assert titels == [
            "Kleurenschema",
            "Weergave",
            "Hulp",
            "Namen verbergen (Ctrl+L)",
            "Afsluiten",
        ]
        app.action_change_theme()
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).placeholder == "Zoek een kleurenschema…"
        await pilot.press("escape")
        await pilot.press("ctrl+q")


async def test_voettekst_past_op_80_kolommen_in_elk_tabblad(data: Path, config: Path) -> None:
    """Every key must be visible at 80x24: each tab of the session (the demo family fills
    them all), an answer, and a person. Tabs added later are checked too."""
    Opslag(data).voeg_toe(maak_demo(lees_bank()))
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:

        def breedte() -> int:
            return app.screen.query_one(Footer).virtual_size.width

        assert breedte() <= 80, "startscherm"
        await pilot.press("h")
        await pilot.pause()
        tabs = app.screen.query_one(TabbedContent)
        for paneel in list(tabs.query(TabPane)):
            tabs.active = paneel.id or ""
            await pilot.pause()
            assert breedte() <= 80, f"tabblad {paneel.id}"
        tabs.active = "personen"
        await pilot.pause()
        await pilot.press("enter")  # edit a person
        await pilot.pause()
        assert breedte() <= 80, type(app.screen).__name__
        await pilot.press("ctrl+q")
