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
import sys
from pathlib import Path
from wievraag.store import Opslag

opslag = Opslag(Path(sys.argv[1]))
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


@pytest.mark.soak
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_tijdens_opslaan_lang(opslag: Opslag) -> None:
    sessie = opslag.nieuw("Gezin Kill")
    _ronde(opslag, opslag.pad_voor(sessie), rondes=300, seed=2)
