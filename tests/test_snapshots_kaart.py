"""The Kaart tab as people look at it, pinned as SVG snapshots (update: --snapshot-update).

A fixed family of 20 (and 60) people in one sociogram: at 80×24 (the laptop), at 160×50 (a
projector), and with the privacy mask on.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from tests.test_tui_kaart import kaartsessie
from wievraag.tui.app import WievraagApp


async def _kaart(pilot: Pilot[None]) -> None:
    await pilot.press("h")
    await pilot.pause()
    await pilot.press("k")
    await pilot.pause()
    pilot.app.clear_notifications()
    await pilot.pause()


def test_kaart_cirkel_80x24(snap_compare, data: Path, config: Path) -> None:  # type: ignore[no-untyped-def]
    kaartsessie(data, aantal=20)
    app = WievraagApp(data, config)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_kaart)


def test_kaart_cirkel_160x50(snap_compare, data: Path, config: Path) -> None:  # type: ignore[no-untyped-def]
    kaartsessie(data, aantal=60)
    app = WievraagApp(data, config)
    assert snap_compare(app, terminal_size=(160, 50), run_before=_kaart)


def test_kaart_masker_80x24(snap_compare, data: Path, config: Path) -> None:  # type: ignore[no-untyped-def]
    """F8: initials instead of names, and the header says so."""

    async def masker(pilot: Pilot[None]) -> None:
        await _kaart(pilot)
        await pilot.press("f8")
        await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()

    kaartsessie(data, aantal=20)
    app = WievraagApp(data, config)
    assert snap_compare(app, terminal_size=(80, 24), run_before=masker)


def test_kaart_ecogram_licht_80x24(snap_compare, data: Path, config: Path) -> None:  # type: ignore[no-untyped-def]
    """The ecogram in a light theme (projectors): contact as symbols, explained underneath."""

    async def ecogram(pilot: Pilot[None]) -> None:
        pilot.app.theme = "textual-light"
        await _kaart(pilot)
        await pilot.press("right")
        await pilot.pause()

    kaartsessie(data, aantal=20)
    app = WievraagApp(data, config)
    assert snap_compare(app, terminal_size=(80, 24), run_before=ecogram)
