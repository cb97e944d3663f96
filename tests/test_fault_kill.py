"""SIGKILL at random moments while saving: the file always parses and is old or new, never a mix.

The writer is a separate process that saves the same session over and over with a counter that
goes up by one each save (and a payload that grows with it, so a torn write would show). The
test kills it at random moments and reads what is on disk.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wievraag.store import Opslag

SCHRIJVER = r"""
import os, sys
from pathlib import Path
from wievraag.store import Opslag

opslag = Opslag(Path(sys.argv[1]))
if opslag.versleuteld:
    opslag.ontgrendel(os.environ["WIEVRAAG_WACHTWOORD"])
bestand = opslag.open(Path(sys.argv[2]))
teller = int(bestand.sessie.antwoorden[0].antwoord or 0) if bestand.sessie.antwoorden else 0
from wievraag.model import Antwoord
if not bestand.sessie.antwoorden:
    bestand.sessie.antwoorden.append(Antwoord(vraag="b2-01"))
print("klaar", flush=True)
while True:
    teller += 1
    antwoord = bestand.sessie.antwoorden[0]
    antwoord.antwoord = str(teller)
    antwoord.gesteld_aan = "x" * (teller % 5000)  # a size that changes every save
    bestand.opslaan()
"""


def _controleer(opslag: Opslag, pad: Path, vorige: int) -> int:
    sessie = opslag.laad(pad)  # raises if the file is torn or empty
    if not sessie.antwoorden:
        return 0
    antwoord = sessie.antwoorden[0]
    teller = int(antwoord.antwoord)
    assert antwoord.gesteld_aan == "x" * (teller % 5000), "half old, half new"
    assert teller >= vorige, "an older state came back"
    return teller


def _ronde(opslag: Opslag, pad: Path, rondes: int, seed: int) -> None:
    kans = random.Random(seed)
    vorige = 0
    for _ in range(rondes):
        proces = subprocess.Popen(
            [sys.executable, "-c", SCHRIJVER, str(opslag.data), str(pad)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proces.stdout is not None
        assert proces.stdout.readline().strip() == "klaar"
        # A fixed pause on purpose: the kill must land at a random moment of the writing.
        time.sleep(kans.uniform(0.0, 0.05))
        os.kill(proces.pid, signal.SIGKILL)
        proces.wait()
        vorige = _controleer(opslag, pad, vorige)
    assert vorige > 0, "the writer never got to save: the test proved nothing"
    opslag.open(pad).sluit()  # opening cleans up temp files the killed writers left
    assert [p.name for p in opslag.map.iterdir()] == [pad.name]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_tijdens_opslaan(opslag: Opslag) -> None:
    sessie = opslag.nieuw("Gezin Kill")
    _ronde(opslag, opslag.pad_voor(sessie), rondes=15, seed=1)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_tijdens_versleuteld_opslaan(opslag: Opslag, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same for an encrypted session: the ciphertext is never torn either."""
    monkeypatch.setenv("WIEVRAAG_WACHTWOORD", "kill-wachtwoord")
    opslag.nieuw("Gezin Kill")
    opslag.versleutel("kill-wachtwoord")
    [pad] = opslag.bestanden()
    assert pad.suffix == ".wvs"
    _ronde(opslag, pad, rondes=8, seed=5)


@pytest.mark.soak
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_tijdens_opslaan_lang(opslag: Opslag) -> None:
    sessie = opslag.nieuw("Gezin Kill")
    _ronde(opslag, opslag.pad_voor(sessie), rondes=300, seed=2)


# -- the real app, killed while someone types ----------------------------------------------

TYPIST = r"""
import sys
from wievraag.tui.app import WievraagApp

TEKST = sys.argv[1]

async def typ(pilot):
    await pilot.press("h")
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    print("klaar", flush=True)
    while True:
        for teken in TEKST:
            await pilot.press(teken if teken != " " else "space")

WievraagApp().run(headless=True, auto_pilot=typ, size=(100, 30))
"""

ZIN = "Tante Wil haalt de kinderen op woensdag en oom Bas belt op vrijdag "


def _typ_en_kill(opslag: Opslag, rondes: int, seed: int) -> None:
    sessie = opslag.nieuw("Gezin Typist")
    pad = opslag.pad_voor(sessie)
    kans = random.Random(seed)
    env = {**os.environ, "WIEVRAAG_DATA": str(opslag.data)}
    vorige = ""
    for ronde in range(rondes):
        proces = subprocess.Popen(
            [sys.executable, "-c", TYPIST, ZIN], stdout=subprocess.PIPE, text=True, env=env
        )
        assert proces.stdout is not None
        assert proces.stdout.readline().strip() == "klaar"
        if ronde == rondes - 1 and not vorige:
            # On a loaded machine every earlier kill may have come before the first autosave;
            # the last round then waits for one, so the test always proves something.
            _wacht_op_antwoord(opslag, pad, timeout=30)
        # A fixed pause on purpose: the kill must land at a random moment of the typing.
        time.sleep(kans.uniform(0.2, 1.5))
        os.kill(proces.pid, signal.SIGKILL)
        proces.wait()
        geladen = opslag.laad(pad)  # parses, validates: never a torn file
        if not geladen.antwoorden:  # killed before the first autosave: nothing to lose yet
            assert not vorige, "a saved answer disappeared"
            continue
        antwoord = geladen.antwoorden[-1].antwoord
        # Each round goes on typing where the last saved state ended (cursor at the end).
        assert antwoord.startswith(vorige), "a later state lost what an earlier one had"
        assert (ZIN * 50).startswith(antwoord[len(vorige) :]), "typed text got mixed up"
        vorige = antwoord
    assert vorige, "nothing was ever saved: the test proved nothing"


def _wacht_op_antwoord(opslag: Opslag, pad: Path, timeout: float) -> None:
    einde = time.monotonic() + timeout
    while not opslag.laad(pad).antwoorden:
        assert time.monotonic() < einde, "the app never saved while typing"
        time.sleep(0.05)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_app_gekild_tijdens_typen(opslag: Opslag) -> None:
    _typ_en_kill(opslag, rondes=3, seed=3)


@pytest.mark.soak
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_app_gekild_tijdens_typen_lang(opslag: Opslag) -> None:
    _typ_en_kill(opslag, rondes=40, seed=4)


TERM = r"""
from wievraag.tui import autosave
from wievraag.tui.app import WievraagApp

# Only the signal may save here: the autosave timer is pushed far away.
autosave.WACHT = autosave.MAX_WACHT = 600

async def typ(pilot):
    await pilot.press("h")
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press(*"net getypt")
    print("klaar", flush=True)
    while True:  # keep the app running until the test sends its signal
        await pilot.pause(1)

WievraagApp().run(headless=True, auto_pilot=typ, size=(100, 30))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_terminal_dicht_of_afsluiten_bewaart_meteen(opslag: Opslag, sig: signal.Signals) -> None:
    sessie = opslag.nieuw("Gezin Signaal")
    env = {**os.environ, "WIEVRAAG_DATA": str(opslag.data)}
    proces = subprocess.Popen(
        [sys.executable, "-c", TERM], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proces.stdout is not None
    assert proces.stdout.readline().strip() == "klaar"
    pad = opslag.pad_voor(sessie)
    assert "net getypt" not in pad.read_text()
    proces.send_signal(sig)
    try:
        for _ in range(100):
            if "net getypt" in pad.read_text():
                break
            time.sleep(0.05)
    finally:
        # Under auto_pilot the process may linger after exit(); the real app exits (tmux).
        proces.kill()
        proces.wait()
    [antwoord] = opslag.laad(pad).antwoorden
    assert antwoord.antwoord == "net getypt"
