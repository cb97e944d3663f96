"""Quitting never loses what was typed: a failed save makes Ctrl+Q ask (try again / a copy
in a folder you choose / quit and lose it), each choice does what it says; a stop signal
writes what it can, else a rescue copy; a closed terminal ends the process within seconds."""

from __future__ import annotations

import errno
import os
import pty
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.pilot import nieuwe_sessie, open_eerste_vraag, wacht_tot
from wievraag.store import vorm
from wievraag.tui import autosave
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.afsluiten import NietOpgeslagen

TEKST = "Tante Wil kan op woensdag."


class Schijf:
    """A disk that can be made full and emptied again."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.vol = True
        echt = vorm.schrijf

        def schrijf(doel: Path, inhoud: bytes) -> tuple[int, int]:
            if self.vol:
                raise OSError(errno.ENOSPC, "No space left on device")
            return echt(doel, inhoud)

        monkeypatch.setattr(vorm, "schrijf", schrijf)
        monkeypatch.setattr(autosave, "OPNIEUW", 60.0)  # no retry behind the test's back


async def _typ_en_stop(pilot: object, app: WievraagApp) -> None:
    await open_eerste_vraag(pilot)  # type: ignore[arg-type]
    await pilot.press(*TEKST)  # type: ignore[attr-defined]
    await pilot.press("ctrl+q")  # type: ignore[attr-defined]
    await wacht_tot(pilot, lambda: isinstance(app.screen, NietOpgeslagen), wat="de vraag")  # type: ignore[arg-type]


async def test_opnieuw_proberen(data: Path, config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pad = nieuwe_sessie(data)
    schijf = Schijf(monkeypatch)
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        await _typ_en_stop(pilot, app)
        await pilot.press("enter")  # "Opnieuw proberen" has the focus
        await pilot.pause()
        assert isinstance(app.screen, NietOpgeslagen) and app.is_running  # still full
        assert "lukte weer niet" in str(app.screen.query_one("#afsluiten-melding").render())
        schijf.vol = False
        knop = app.screen.query_one("#opnieuw")
        # A button takes no second press while it shows the first (Textual's -active).
        await wacht_tot(pilot, lambda: not knop.has_class("-active"), wat="knop weer vrij")
        await pilot.press("enter")
        await wacht_tot(pilot, lambda: app._exit, wat="afgesloten")
    assert TEKST in pad.read_text(encoding="utf-8")


async def test_kopie_in_een_map(
    data: Path, config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pad = nieuwe_sessie(data)
    Schijf(monkeypatch)
    elders = tmp_path / "usb"
    elders.mkdir()
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        await _typ_en_stop(pilot, app)
        await pilot.press("right", "enter")  # ←/→ move between the dialog's buttons
        await pilot.pause()
        invoer = app.screen.query_one("#kopie-map")
        invoer.value = str(elders)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await wacht_tot(pilot, lambda: app._exit, wat="afgesloten")
    [kopie] = elders.iterdir()
    assert TEKST in kopie.read_text(encoding="utf-8")
    assert TEKST not in pad.read_text(encoding="utf-8")


async def test_kwijtraken_zegt_wat_het_doet(
    data: Path, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pad = nieuwe_sessie(data)
    Schijf(monkeypatch)
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        await _typ_en_stop(pilot, app)
        knop = app.screen.query_one("#kwijt")
        assert "kwijtraken" in str(knop.label)  # type: ignore[attr-defined]
        await pilot.press("escape")  # Escape stays in the app
        await pilot.pause()
        assert app.is_running and not isinstance(app.screen, NietOpgeslagen)
        await pilot.press("ctrl+q")
        await wacht_tot(pilot, lambda: isinstance(app.screen, NietOpgeslagen))
        await pilot.press("right", "right", "enter")
        await wacht_tot(pilot, lambda: app._exit, wat="afgesloten")
    assert TEKST not in pad.read_text(encoding="utf-8")


async def test_stopsignaal_laat_een_reddingskopie(
    data: Path, config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WIEVRAAG_STATE", str(tmp_path / "state"))
    nieuwe_sessie(data)
    Schijf(monkeypatch)
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        await open_eerste_vraag(pilot)
        await pilot.press(*TEKST)
        app._stop_op_signaal()  # what SIGTERM / SIGHUP call
        await wacht_tot(pilot, lambda: app._exit, wat="afgesloten")
    [kopie] = (tmp_path / "state" / "redding").iterdir()
    assert TEKST in kopie.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal and SIGHUP")
def test_terminal_dicht_met_kapotte_map(tmp_path: Path) -> None:
    """The real process in a real terminal: the data folder breaks, a sentence is typed, the
    terminal window closes. The process is gone within seconds; the rescue copy has it."""
    data, state = tmp_path / "data", tmp_path / "state"
    nieuwe_sessie(data)
    omgeving = {
        **os.environ,
        "WIEVRAAG_DATA": str(data),
        "WIEVRAAG_CONFIG": str(tmp_path / "config"),
        "WIEVRAAG_STATE": str(state),
        "TERM": "xterm-256color",
        "COLUMNS": "100",
        "LINES": "30",
    }
    pid, meester = pty.fork()
    if pid == 0:  # the child: the app in the terminal
        os.execve(sys.executable, [sys.executable, "-m", "wievraag"], omgeving)
    uitvoer = bytearray()

    def lees(tijd: float, tot: bytes | None = None) -> None:
        einde = time.monotonic() + tijd
        while time.monotonic() < einde:
            import select

            klaar, _, _ = select.select([meester], [], [], 0.1)
            if klaar:
                try:
                    uitvoer.extend(os.read(meester, 65536))
                except OSError:
                    return
                if tot is not None and tot in uitvoer:
                    return

    try:
        lees(30, b"Hervat")
        os.write(meester, b"h")
        lees(3)
        os.write(meester, b"\r")
        lees(3)
        sessies = data / "sessies"
        shutil.rmtree(sessies)
        sessies.write_text("geen map meer")  # every save from now on fails
        for teken in TEKST:
            os.write(meester, teken.encode())
            lees(0.05)
        lees(2)
    finally:
        os.close(meester)  # the terminal window closes: SIGHUP
    einde = time.monotonic() + 15
    while time.monotonic() < einde:
        gedaan, _ = os.waitpid(pid, os.WNOHANG)
        if gedaan:
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        pytest.fail("de app draaide na 15 s nog, onzichtbaar")
    kopieen = list((state / "redding").iterdir())
    assert len(kopieen) == 1
    assert TEKST in kopieen[0].read_text(encoding="utf-8")
