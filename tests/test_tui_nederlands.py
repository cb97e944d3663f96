"""Dutch throughout: no English from Textual itself in the footer or the command palette."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandInput, CommandPalette
from textual.widgets import Select
from textual.widgets._footer import FooterKey

from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp


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
        assert titels == ["Kleurenschema", "Hulp", "Afsluiten"]
        app.action_change_theme()
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).placeholder == "Zoek een kleurenschema…"
        await pilot.press("escape")
        await pilot.press("ctrl+q")
