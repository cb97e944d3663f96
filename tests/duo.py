"""Two (or three) laptops on one family, with a sync tool between their data folders.

Each laptop has its own data folder, device id and folder of last-known files; `deel` plays
the sync tool copying a file over unchanged, `als_kopie` plays it keeping both versions after
both laptops changed one (the other's file lands next to the session under a conflict name).
Everything goes through the real store: Opslag.open, SessieBestand saves, versies.py merges.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from wievraag.model import Sessie
from wievraag.store import Opslag, sync
from wievraag.store.codering import lees
from wievraag.store.versies import Samenvoeging, voeg_kopieen_samen

WEEK_MS = 7 * 24 * 3600 * 1000

# How the tools name the copy they keep (kopieen.py knows them all).
ONEDRIVE = "{id}-LAPTOP-B.toml"
SYNCTHING = "{id}.sync-conflict-20261122-101010-ABCDEFG.toml"
NEXTCLOUD = "{id} (conflicted copy 2026-11-22 101010).toml"
DROPBOX = "{id} (laptop-c's conflicted copy 2026-11-22).toml"


class Laptop:
    def __init__(self, tmp: Path, naam: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.naam = naam
        self.opslag = Opslag(tmp / naam / "data", apparaat=f"{naam}0000", laatst=tmp / naam / "st")
        self.opslag.zorg_voor_map()
        self._mp = monkeypatch
        self.achter_ms = 0  # how far this laptop's clock is behind

    def pad(self, sid: str) -> Path:
        return self.opslag.map / f"{sid}.toml"

    @contextmanager
    def _klok(self) -> Iterator[None]:
        echt = sync.wandklok
        if self.achter_ms:
            with self._mp.context() as mp:
                mp.setattr(sync, "wandklok", lambda: echt() - self.achter_ms)
                yield
        else:
            yield

    def bewerk(self, sid: str, wijziging: Callable[[Sessie], object]) -> None:
        """Open the session as the app does, change it, save, close."""
        with self._klok():
            bestand = self.opslag.open(self.pad(sid))
            try:
                wijziging(bestand.sessie)
                bestand.sessie.raak_aan()
                bestand.opslaan()
            finally:
                bestand.sluit()

    def sessie(self, sid: str) -> Sessie:
        return self.opslag.laad(self.pad(sid))

    def staat(self, sid: str) -> sync.SyncStaat:
        gelezen = lees(self.pad(sid), self.pad(sid).read_bytes())
        assert gelezen.staat is not None
        return gelezen.staat

    def voeg_samen(self, sid: str) -> Samenvoeging:
        with self._klok():
            return voeg_kopieen_samen(self.opslag, self.pad(sid))


def nieuwe_sessie(laptop: Laptop, maak: Callable[[Sessie], object] | None = None) -> str:
    sessie = Sessie(gezin="Gezin Zonnebloem")
    if maak is not None:
        maak(sessie)
    laptop.opslag.voeg_toe(sessie)
    # Opened and saved once by the app, as every session is: now it has a [sync] table.
    laptop.bewerk(sessie.id, lambda s: None)
    return sessie.id


def deel(van: Laptop, naar: Laptop, sid: str) -> None:
    """The sync tool copies the file over (nobody changed it on the other side)."""
    shutil.copy2(van.pad(sid), naar.pad(sid))


def als_kopie(van: Laptop, naar: Laptop, sid: str, naam: str = ONEDRIVE) -> Path:
    """Both changed the session: the tool keeps `naar`'s file and puts `van`'s next to it."""
    doel = naar.opslag.map / naam.format(id=sid)
    shutil.copy2(van.pad(sid), doel)
    return doel


def persoon_id(sessie: Sessie, naam: str) -> str:
    persoon = sessie.zoek_persoon(naam)
    assert persoon is not None, naam
    return persoon.id
