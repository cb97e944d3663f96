"""What people look at, pinned as SVG snapshots at 80×24 (update: pytest --snapshot-update).

Sessions get fixed dates so the "laatst gewijzigd" column does not drift with the clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import TextArea

from tests.pilot import wacht_op_palet, wacht_tot
from wievraag.model import Antwoord, Sessie
from wievraag.store import Opslag, codeer
from wievraag.tui.app import WievraagApp

VAST = datetime(2026, 5, 1, 10, 0, tzinfo=timezone(timedelta(hours=2)))


def _vul(data: Path) -> None:
    opslag = Opslag(data)
    opslag.zorg_voor_map()
    for n, gezin in enumerate(["Gezin Vlinder", "Gezin Zonnebloem", "Gezin Eik"]):
        s = Sessie(id=f"20260501-0000000{n}", gezin=gezin)
        for naam, relatie in [("Oma Riet", "oma"), ("Karim", "buurman"), ("Juf Mirjam", "juf")][
            : n + 1
        ]:
            s.persoon_voor(naam, relatie)
        s.antwoorden.append(
            Antwoord(
                vraag="b2-01",
                vraag_tekst="(vraag)",
                antwoord="Misschien oma.",
                personen=[s.personen[0].id],
                tijd=VAST,
            )
        )
        s.aangemaakt = VAST
        s.gewijzigd = VAST - timedelta(days=n)
        s.bezoeken = [VAST.date()]
        opslag.pad_voor(s).write_bytes(codeer(s))


def _app(data: Path, config: Path) -> WievraagApp:
    _vul(data)
    return WievraagApp(data, config)


def test_home(snap_compare, data: Path, config: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_app(data, config), terminal_size=(80, 24))


def test_home_met_onleesbaar_bestand(snap_compare, data: Path, config: Path) -> None:  # type: ignore[no-untyped-def]
    app = _app(data, config)
    (data / "sessies" / "20260101-kapot.toml").write_text("schema = 1\ngezin = [\n")
    # A copy a sync tool made (Syncthing names them like this): listed on its own, marked.
    origineel = data / "sessies" / "20260501-00000001.toml"
    conflict = origineel.with_name("20260501-00000001.sync-conflict-20260502-101010-AB12CD.toml")
    conflict.write_bytes(origineel.read_bytes())

    async def naar_kapot(pilot: Pilot[None]) -> None:
        await pilot.press("down", "down", "down", "down")

    assert snap_compare(app, terminal_size=(80, 24), run_before=naar_kapot)


def test_vragenlijst(snap_compare, data: Path, config: Path) -> None:  # type: ignore[no-untyped-def]
    async def open_sessie(pilot: Pilot[None]) -> None:
        await pilot.press("h")
        await pilot.pause()

    assert snap_compare(_app(data, config), terminal_size=(80, 24), run_before=open_sessie)


def test_antwoord_licht_thema(snap_compare, data: Path, config: Path) -> None:  # type: ignore[no-untyped-def]
    """The answer screen in a light theme (projectors): states readable without colour."""

    async def open_antwoord(pilot: Pilot[None]) -> None:
        pilot.app.theme = "textual-light"
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("ctrl+p", *"aquarium")
        await wacht_op_palet(pilot)
        await pilot.press("enter")
        # The answer field has the focus (and shows its cursor) once the palette is gone;
        # with more providers in the palette that takes a moment longer than one pause.
        await wacht_tot(pilot, lambda: isinstance(pilot.app.focused, TextArea), wat="antwoord")
        # A blinking cursor is on or off depending on when the picture is taken: keep it on.
        pilot.app.screen.query_one(TextArea).cursor_blink = False
        await pilot.pause()
        pilot.app.screen.query_one("#st-later").value = True  # type: ignore[attr-defined]
        await pilot.pause()

    assert snap_compare(_app(data, config), terminal_size=(80, 24), run_before=open_antwoord)
