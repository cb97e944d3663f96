"""What a person sees on screen after moving around (checked in the rendered screen)."""

from __future__ import annotations

from pathlib import Path

from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp


async def test_staat_van_vraag_blijft_zichtbaar_na_terugkomen(data: Path, config: Path) -> None:
    """At 80 columns "Wie weet er nog meer…  · beantwoord" just needs a second line. Coming
    back from the answer, the list measured it before its scrollbar was there: the row kept
    one line and the state word was cut off (seen in tmux)."""
    Opslag(data).nieuw("Gezin Scherm")
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("down", "enter")  # the second start question
        await pilot.pause()
        await pilot.press(*"abc")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        scherm = app.export_screenshot()
        # Once in the question's row, once in the legend below the list.
        assert scherm.count("beantwoord") == 2, "the row lost its state word"
        await pilot.press("ctrl+q")
