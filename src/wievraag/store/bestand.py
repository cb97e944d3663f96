"""An open session: its file, the lock we hold, and what we last saw on disk."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wievraag.bestanden import schrijf_atomisch
from wievraag.fouten import BestandFout
from wievraag.store import laatst, sync, vorm
from wievraag.store.codering import Gelezen, codeer, codeer_document, document
from wievraag.store.codering import lees as lees_sessie
from wievraag.store.kopieen import lees_naam
from wievraag.store.slot import Slot
from wievraag.store.sync import Klok, SyncStaat
from wievraag.tomlschrijver import TomlSchrijver
from wievraag.versleuteling import Kluis

if TYPE_CHECKING:
    from wievraag.model import Sessie
    from wievraag.store.samenvoegen import Uitkomst


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
        gelezen: Gelezen | None = None,
        apparaat: str | None = None,
        laatst_map: Path | None = None,
    ) -> None:
        """`ruw`: the bytes `sessie` was read from (read again when not given); `gelezen`:
        what was read from them (codering.lees: the document parsed, the body text, the
        `[sync]` table and whether the body was edited by hand), so the writer can start from
        the file instead of writing the session once more to know what is on disk;
        `apparaat` this device's id (instellingen.py)."""
        staat = gelezen.staat if gelezen is not None else None
        met_de_hand = gelezen is not None and gelezen.met_de_hand
        self.pad = pad
        self.sessie = sessie
        self._slot = slot
        self._kluis = kluis
        self._gezien = vorm.stempel(pad)
        self._op_schijf = vorm.lees_ruw(pad) if ruw is None else ruw
        self._schrijver = TomlSchrijver()
        self._sync_schrijver = sync.SyncSchrijver()
        self.sync = staat if staat is not None else SyncStaat()
        self._laatst_map = laatst_map
        self.klok = Klok(_apparaat_voor(pad, apparaat))
        self._doc = document(sessie)
        self.met_de_hand = 0
        if met_de_hand:
            self.met_de_hand = laatst.stempel_handwerk(
                pad.name, self.sync, self._doc, kluis, self.klok, laatst_map
            )
        elif not self.is_kopie:
            # The version this device knows now: a hand edit later is compared with it.
            laatst.bewaar(pad.name, self._op_schijf, laatst_map)
        if gelezen is not None and not met_de_hand and self._doc == gelezen.document:
            # The body is exactly what we would write: the writer starts from its pieces
            # without parsing each again (TomlSchrijver.begin_bij; opening stays fast).
            self._schrijver.begin_bij(self._doc, gelezen.body)
        self._laatst = codeer_document(self._doc, self._schrijver, self.sync, self._sync_schrijver)
        if self.met_de_hand and not self.is_kopie:
            self._laatst = b""  # the stamps of the hand edit are saved with the next save
        self._geschreven = False

    @property
    def is_kopie(self) -> bool:
        """A copy a sync tool or a person made (by its name, or an id that is not its own)."""
        return lees_naam(self.pad.name).is_kopie or self.sessie.id != self.pad.stem

    def basis(self) -> None:
        """Take the session as it is now as what is on disk, without writing: a change made
        on opening (the visit noted) is saved with the first real change, so opening a sync
        copy alone changes nothing on disk."""
        self._laatst = self._codeer()

    def _codeer(self) -> bytes:
        """The file bytes of the session now, after stamping what changed since the last
        call (store/sync.py): every change, whatever made it (a step, an undo), is stamped
        from the document that is written, so the stamps can never miss one."""
        doc = document(self.sessie)
        sync.stempel(self.sync, self._doc, doc, self.klok)
        self._doc = doc
        return codeer_document(doc, self._schrijver, self.sync, self._sync_schrijver)

    def besluit(self, pad: str) -> None:
        """A person decided the conflict at `pad` (tui conflict screen): a decision stamp, so
        it closes there on every laptop; saved with the next save."""
        self._codeer()  # a change made for the decision is stamped first
        sync.besluit(self.sync, pad, self.klok)

    def veranderd(self) -> bool:
        """True once anything was saved since opening, or is waiting to be."""
        return self._geschreven or self.momentopname() is not None

    def momentopname(self) -> bytes | None:
        """The (plain) bytes to write if the session changed since the last save, else None.

        Call on the thread that changes the session; the write itself (and the encryption,
        for a `.wvs`) may happen elsewhere.
        """
        data = self._codeer()
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
        gelezen = lees_sessie(self.pad, vorm.ontcijfer(self.pad, ruw, self._kluis))
        self.sessie = gelezen.sessie
        self._gezien = vorm.stempel(self.pad)
        self._op_schijf = ruw
        self._schrijver = TomlSchrijver()
        self._sync_schrijver = sync.SyncSchrijver()
        self.sync = gelezen.staat if gelezen.staat is not None else SyncStaat()
        self._doc = document(self.sessie)
        if gelezen.met_de_hand:
            self.met_de_hand = laatst.stempel_handwerk(
                self.pad.name, self.sync, self._doc, self._kluis, self.klok, self._laatst_map
            )
        self._laatst = codeer_document(self._doc, self._schrijver, self.sync, self._sync_schrijver)

    def voeg_samen_met_schijf(self) -> Uitkomst:
        """The file changed on disk while it was open (the other laptop's version, synced in):
        merge it with ours field by field (samenvoegen.py) instead of choosing one, and save
        the result. True conflicts stay open in `sync.conflicten`. BestandFout when the file
        on disk cannot be read or the merge is refused; then nothing changed."""
        from pydantic import ValidationError

        from wievraag.fouten import validatie_fout
        from wievraag.model import Sessie
        from wievraag.store.samenvoegen import voeg_samen

        ruw = vorm.lees_ruw(self.pad)
        gezien = vorm.stempel(self.pad)
        gelezen = lees_sessie(self.pad, vorm.ontcijfer(self.pad, ruw, self._kluis))
        daar_staat = gelezen.staat if gelezen.staat is not None else SyncStaat()
        daar_doc = document(gelezen.sessie)
        if gelezen.met_de_hand:
            laatst.stempel_handwerk(
                self.pad.name, daar_staat, daar_doc, self._kluis, self.klok, self._laatst_map
            )
        self._codeer()  # our own changes stamped first
        uit = voeg_samen(self._doc, self.sync, daar_doc, daar_staat)
        try:
            sessie = Sessie.model_validate(uit.doc)
        except ValidationError as fout:
            raise validatie_fout(self.pad, fout, "") from None
        self.sessie = sessie
        self.sync = uit.staat
        self._doc = uit.doc  # what the model completed on top is stamped as ours below
        self._gezien, self._op_schijf = gezien, ruw
        self._laatst = b""
        self.opslaan()
        return uit

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
        data = vorm.vercijfer(pad, self._codeer(), self._kluis)
        schrijf_atomisch(pad, data, prive_map=prive_map)
        return pad

    def sluit(self) -> None:
        if self._geschreven and not self.is_kopie:
            laatst.bewaar(self.pad.name, self._op_schijf, self._laatst_map)
        self._slot.geef_vrij()


def _apparaat_voor(pad: Path, apparaat: str | None) -> str:
    """The id this device stamps with. Editing a sync copy is another line of changes than
    editing the original on the same laptop: its own id (the device's, with the copy's name
    hashed), so the clocks of the two lines never claim to have seen each other."""
    from wievraag.instellingen import apparaat_id

    eigen = apparaat or apparaat_id()
    if not lees_naam(pad.name).is_kopie:
        return eigen
    import hashlib

    return f"{eigen}.{hashlib.blake2b(pad.name.encode(), digest_size=3).hexdigest()}"
