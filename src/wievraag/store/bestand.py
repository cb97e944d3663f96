"""An open session: its file, the lock we hold, and what we last saw on disk."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wievraag.bestanden import schrijf_atomisch
from wievraag.store import vorm
from wievraag.store.codering import codeer, decodeer
from wievraag.store.slot import Slot
from wievraag.tomlschrijver import TomlSchrijver
from wievraag.versleuteling import Kluis

if TYPE_CHECKING:
    from wievraag.model import Sessie


class ExternGewijzigd(Exception):
    """The file changed on disk since we read it (another program, a sync tool, a hand edit)."""


class SessieBestand:
    def __init__(self, pad: Path, sessie: Sessie, slot: Slot, kluis: Kluis | None = None) -> None:
        self.pad = pad
        self.sessie = sessie
        self._slot = slot
        self._kluis = kluis
        self._gezien = vorm.stempel(pad)
        self._schrijver = TomlSchrijver()
        self._laatst = codeer(sessie, self._schrijver)

    def momentopname(self) -> bytes | None:
        """The (plain) bytes to write if the session changed since the last save, else None.

        Call on the thread that changes the session; the write itself (and the encryption,
        for a `.wvs`) may happen elsewhere.
        """
        data = codeer(self.sessie, self._schrijver)
        return None if data == self._laatst else data

    def schrijf(self, data: bytes) -> None:
        """Write a snapshot, unless someone else changed the file since we last saw it."""
        if vorm.stempel(self.pad) != self._gezien:
            raise ExternGewijzigd(self.pad.name)
        # The stamp of our own write, not a stat afterwards: a hand edit landing between the
        # rename and that stat would be taken for ours, and overwritten by the next save.
        self._gezien = vorm.schrijf_in_vorm(self.pad, data, self._kluis)
        self._laatst = data

    def opslaan(self) -> bool:
        """Save now if anything changed; True when something was written."""
        data = self.momentopname()
        if data is None:
            return False
        self.schrijf(data)
        return True

    def herlaad(self) -> None:
        """Take the file on disk as the truth (after an outside change)."""
        self.sessie = decodeer(self.pad, vorm.lees_plat(self.pad, self._kluis))
        self._gezien = vorm.stempel(self.pad)
        self._schrijver = TomlSchrijver()
        self._laatst = codeer(self.sessie, self._schrijver)

    def bewaar_als_kopie(self) -> Path:
        """Save our version next to the changed file, as a new session: nothing is lost."""
        from wievraag.model import Sessie

        kopie = self.sessie.model_copy(deep=True)
        kopie.id = Sessie(gezin=kopie.gezin).id
        kopie.gezin = f"{kopie.gezin} (kopie)"
        pad = self.pad.with_name(f"{kopie.id}{self.pad.suffix}")
        vorm.schrijf_in_vorm(pad, codeer(kopie), self._kluis)
        return pad

    def bewaar_kopie_naar(self, map_: Path, *, prive_map: bool = True) -> Path:
        """Our version as a file in another folder (a rescue copy, or a folder the user
        chose when saving here failed), in the same form: an encrypted session stays so."""
        from datetime import datetime

        naam = f"{self.sessie.id}-kopie-{datetime.now():%Y%m%d-%H%M%S}{self.pad.suffix}"
        pad = map_ / naam
        data = vorm.vercijfer(pad, codeer(self.sessie), self._kluis)
        schrijf_atomisch(pad, data, prive_map=prive_map)
        return pad

    def sluit(self) -> None:
        self._slot.geef_vrij()
