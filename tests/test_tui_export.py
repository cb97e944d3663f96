"""Export from the app: x in the session, a small dialog, the file on disk, the path shown."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

from textual.widgets import RadioButton

from tests.exportfamilie import familie
from wievraag.bestanden import schrijf_atomisch
from wievraag.store import Opslag, codeer
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.exporteer import ExportDialoog
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.tui.widgets.keuzes import Vinkje


def _bewaar(data: Path) -> None:
    opslag = Opslag(data)
    opslag.zorg_voor_map()
    schrijf_atomisch(opslag.pad_voor(familie()), codeer(familie()))


async def test_x_exporteert_sessie_als_markdown_met_pseudoniemen(data: Path, config: Path) -> None:
    _bewaar(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, SessieScreen)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialoog)
        app.screen.query_one("#soort-sessie", RadioButton).value = True
        app.screen.query_one("#formaat-md", RadioButton).value = True
        app.screen.query_one("#export-pseudoniem", Vinkje).value = True
        await pilot.click("#ja")
        await pilot.pause()
        assert isinstance(app.screen, SessieScreen)
        bestanden = list((data / "exports").iterdir())
        assert len(bestanden) == 1
        pad = bestanden[0]
        assert pad.name.startswith("casus-") and pad.name.endswith("-sessie.md")
        if sys.platform != "win32":
            assert stat.S_IMODE(pad.stat().st_mode) == 0o600
        tekst = pad.read_text(encoding="utf-8")
        assert tekst.startswith("# Sessie – Gezin X") and "Riet" not in tekst
        # The answer without its own text gets the bank's wording, not the id.
        assert "### start-01" not in tekst
        meldingen = [n.message for n in app._notifications]
        assert any(str(pad) in m for m in meldingen)


async def test_escape_exporteert_niets(data: Path, config: Path) -> None:
    _bewaar(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessieScreen)
        assert not (data / "exports").exists()
