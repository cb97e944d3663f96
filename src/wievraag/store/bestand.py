"""An open session: its file, the lock we hold, and what we last saw on disk."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from wievraag.bestanden import schrijf_atomisch
from wievraag.fouten import BestandFout
from wievraag.store import vorm
from wievraag.store.codering import codeer, codeer_zoals_gelezen, decodeer
from wievraag.store.kopieen import lees_naam
from wievraag.store.slot import Slot
from wievraag.tomlschrijver import TomlSchrijver
from wievraag.versleuteling import Kluis

if TYPE_CHECKING:
    from wievraag.model import Sessie


class ExternGewijzigd(Exception):
    """The file changed on disk since we read it (another program, a sync tool, a hand edit)."""


class SessieBestand:
    def __init__(
        self,
        pad: Path,
        sessie: Sessie,
        slot: Slot,
        kluis: Kluis | None = None,
        *,
        ruw: bytes | None = None,
        gelezen: tuple[bytes, dict[str, Any]] | None = None,
    ) -> None:
        """`ruw`: the bytes `sessie` was read from (read again when not given); `gelezen`:
        their plain text and the document parsed from it, so the writer can start from the
        file instead of writing the session once more to know what is on disk."""
        self.pad = pad
        self.sessie = sessie
        self._slot = slot
        self._kluis = kluis
        self._gezien = vorm.stempel(pad)
        self._op_schijf = vorm.lees_ruw(pad) if ruw is None else ruw
        self._schrijver = TomlSchrijver()
        if gelezen is not None:
            self._laatst = codeer_zoals_gelezen(sessie, self._schrijver, *gelezen)
        else:
            self._laatst = codeer(sessie, self._schrijver)
        self._geschreven = False

    @property
    def is_kopie(self) -> bool:
        """A copy a sync tool or a person made (by its name, or an id that is not its own)."""
        return lees_naam(self.pad.name).is_kopie or self.sessie.id != self.pad.stem

    def basis(self) -> None:
        """Take the session as it is now as what is on disk, without writing: a change made
        on opening (the visit noted) is saved with the first real change, so opening a sync
        copy alone changes nothing on disk."""
        self._laatst = codeer(self.sessie, self._schrijver)

    def veranderd(self) -> bool:
        """True once anything was saved since opening, or is waiting to be."""
        return self._geschreven or self.momentopname() is not None

    def momentopname(self) -> bytes | None:
        """The (plain) bytes to write if the session changed since the last save, else None.

        Call on the thread that changes the session; the write itself (and the encryption,
        for a `.wvs`) may happen elsewhere.
        """
        data = codeer(self.sessie, self._schrijver)
        return None if data == self._laatst else data

    def schrijf(self, data: bytes) -> None:
        """Write a snapshot, unless someone else changed the file since we last saw it."""
        self._controleer_ongewijzigd()
        ruw = vorm.vercijfer(self.pad, data, self._kluis)
        # The stamp of our own write, not a stat afterwards: a hand edit landing between the
        # rename and that stat would be taken for ours, and overwritten by the next save.
        self._gezien = vorm.schrijf(self.pad, ruw)
        self._op_schijf = ruw
        self._laatst = data
        self._geschreven = True

    def _controleer_ongewijzigd(self) -> None:
        if vorm.stempel(self.pad) != self._gezien:
            raise ExternGewijzigd(self.pad.name)
        # An equal stamp does not prove an equal file: a sync tool or editor may restore the
        # modification time, a coarse clock may not tick, and the size may stay the same. The
        # content decides. Compared with the bytes we last read or wrote, kept in memory: for
        # a plain file they are the snapshot we keep anyway, and a compare costs less than a
        # hash (a few ms for a 5 MB session, once per save).
        try:
            op_schijf = vorm.lees_ruw(self.pad)
        except BestandFout:
            raise ExternGewijzigd(self.pad.name) from None
        if op_schijf != self._op_schijf:
            raise ExternGewijzigd(self.pad.name)

    def opslaan(self) -> bool:
        """Save now if anything changed; True when something was written."""
        data = self.momentopname()
        if data is None:
            return False
        self.schrijf(data)
        return True

    def herlaad(self) -> None:
        """Take the file on disk as the truth (after an outside change)."""
        ruw = vorm.lees_ruw(self.pad)
        self.sessie = decodeer(self.pad, vorm.ontcijfer(self.pad, ruw, self._kluis))
        self._gezien = vorm.stempel(self.pad)
        self._op_schijf = ruw
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
