"""The app over hostile files and sync copies (issue 16), driven with Pilot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable

from tests.pilot import wacht_tot
from tests.vijandig import inhoud, maak_alle
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.home import HomeScreen


async def test_app_start_over_alle_vijandige_bestanden(data: Path, config: Path) -> None:
    opslag = Opslag(data)
    opslag.nieuw("Gezin Goed")
    verwacht = maak_alle(opslag.map)
    voor = inhoud(opslag.map)
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        tabel = app.screen.query_one(DataTable)
        await wacht_tot(pilot, lambda: tabel.row_count == len(verwacht) + 1, wat="alle regels")
        for _ in verwacht:  # every unreadable line: its reason, and Enter opens nothing
            await pilot.press("down", "enter")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
        await pilot.press("ctrl+q")
    assert inhoud(opslag.map) == voor


def _met_kopie(data: Path, gezin: str = "Gezin Zwaluw") -> tuple[Path, Path]:
    """A session and a newer OneDrive copy of it with one person more."""
    from datetime import date, timedelta

    from wievraag.model import Persoon
    from wievraag.store import codeer

    opslag = Opslag(data)
    sessie = opslag.nieuw(gezin)
    pad = opslag.pad_voor(sessie)
    # Last visited a week ago: opening today notes a new visit (which must not be written
    # before a real change).
    sessie.bezoeken = [date.today() - timedelta(days=7)]
    pad.write_bytes(codeer(sessie))
    kopie = sessie.model_copy(deep=True)
    kopie.personen.append(Persoon(naam="Buurman Teun"))
    kopie.gewijzigd = sessie.gewijzigd + timedelta(hours=1)
    kopiepad = pad.with_name(f"{sessie.id}-LAPTOP-PC.toml")
    kopiepad.write_bytes(codeer(kopie))
    return pad, kopiepad


async def test_conflictkopie_verwijderen_in_de_app(data: Path, config: Path) -> None:
    from wievraag.tui.dialogs import Bevestig

    pad, kopie = _met_kopie(data)
    voor = pad.read_bytes()
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36), notifications=True) as pilot:
        tabel = app.screen.query_one(DataTable)
        await wacht_tot(pilot, lambda: tabel.row_count == 2, wat="origineel en kopie")
        rijen = [str(tabel.get_row_at(n)[0]) for n in range(2)]
        assert (
            "kopie" not in rijen[0]
            and "kopie: nieuwer dan het origineel, 1 persoon meer" in rijen[1]
        )
        await pilot.press("down", "d")
        await wacht_tot(pilot, lambda: isinstance(app.screen, Bevestig), wat="de vraag")
        vraag = str(app.screen.query_one(".vraag").render())
        assert kopie.name in vraag and pad.name not in vraag and "origineel blijft" in vraag
        await pilot.click("#ja")
        await wacht_tot(pilot, lambda: not kopie.exists(), wat="de kopie weg")
        await wacht_tot(pilot, lambda: tabel.row_count == 1, wat="een regel over")
        [melding] = [m.message for m in app._notifications]
        assert "het origineel is er nog" in melding
        await wacht_tot(pilot, lambda: bool(app.screen.query("Toast")), wat="de toast")
        await pilot.press("ctrl+q")
    assert pad.read_bytes() == voor


async def test_kopie_openen_en_sluiten_schrijft_niets(data: Path, config: Path) -> None:
    from wievraag.tui.screens.sessie import SessieScreen

    pad, kopie = _met_kopie(data)
    voor = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (pad, kopie)}
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        tabel = app.screen.query_one(DataTable)
        await wacht_tot(pilot, lambda: tabel.row_count == 2, wat="origineel en kopie")
        await pilot.press("down", "enter")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="de kopie open")
        assert app.bestand is not None and app.bestand.pad == kopie
        await pilot.press("escape")
        await wacht_tot(pilot, lambda: isinstance(app.screen, HomeScreen), wat="terug")
        rijen = [str(tabel.get_row_at(n)[0]) for n in range(2)]
        assert "kopie" not in rijen[0] and "kopie" in rijen[1]  # the original stays first
        await pilot.press("ctrl+q")
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (pad, kopie)} == voor


async def test_label_met_opmaak_verwijderen(data: Path, config: Path) -> None:
    """A label that looks like markup is text in the delete dialog and the toast."""
    opslag = Opslag(data)
    opslag.nieuw("[/bold] [@click=app.quit]Gezin[/]")
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36), notifications=True) as pilot:
        from wievraag.tui.dialogs import Bevestig

        await pilot.press("d")
        await wacht_tot(pilot, lambda: isinstance(app.screen, Bevestig), wat="de vraag")
        assert "[/bold] [@click=app.quit]Gezin[/]" in str(app.screen.query_one(".vraag").render())
        await pilot.click("#ja")
        await wacht_tot(pilot, lambda: opslag.bestanden() == [], wat="verwijderd")
        await wacht_tot(pilot, lambda: bool(app._notifications), wat="de melding")
        [melding] = [m.message for m in app._notifications]
        assert "is verwijderd" in melding
        # The toast is drawn (run_test draws none by default): markup in it would crash here.
        await wacht_tot(pilot, lambda: bool(app.screen.query("Toast")), wat="de toast")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("ctrl+q")


async def test_sigterm_terwijl_een_grote_sessie_opent(
    data: Path, config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The signal is handled right after the open, while the session screen is still being
    mounted: the app ends the normal way, no crash report."""
    import asyncio

    from tests.test_fault_invoer import _groot

    opslag = Opslag(data)
    pad = opslag.voeg_toe(_groot())
    app = WievraagApp(data, config)
    echt = app.push_screen

    def push_en_signaal(*args: Any, **kwargs: Any) -> Any:
        uit = echt(*args, **kwargs)
        asyncio.get_running_loop().call_soon(app._stop_op_signaal)  # as the signal handler does
        return uit

    monkeypatch.setattr(app, "push_screen", push_en_signaal)
    async with app.run_test(size=(100, 36)) as pilot:
        await pilot.press("h")
        await wacht_tot(pilot, lambda: app.return_code is not None, tijd=30, wat="gestopt")
    assert app.return_code == 0 and app._exception is None
    assert "gestopt door een fout" not in capsys.readouterr().err
    assert opslag.laad(pad).gezin == "Gezin Groot"
