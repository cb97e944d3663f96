"""Steps many Pilot tests share, as a person does them."""

from __future__ import annotations

from textual.pilot import Pilot


async def open_eerste_vraag(pilot: Pilot[None]) -> None:
    """Home → resume the last session (h) → the first question of the list (Enter)."""
    await pilot.press("h")
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
