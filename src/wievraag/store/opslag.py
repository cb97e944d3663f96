"""The data folder: list, create, open and delete sessions; encrypt and decrypt it.

Files are the truth: a file we cannot read is listed with its problem and never overwritten.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wievraag import locations
from wievraag.bestanden import maak_prive_map
from wievraag.store import vorm
from wievraag.store.lijst import Lezing, controleer_lijst, lees_lijst, stempels
from wievraag.store.overzicht import Lijst
from wievraag.store.vorm import EXTENSIE, VERSLEUTELD
from wievraag.versleuteling import Kluis, Marker, WachtwoordNodig, lees_marker

# Opening, writing, converting and deleting are imported where they are done: start-up lists
# sessions from the index and needs none of them (issue 18).
if TYPE_CHECKING:
    from wievraag.model import Sessie
    from wievraag.store.bestand import SessieBestand
    from wievraag.store.wissen import Wissen


class Opslag:
    def __init__(
        self,
        data: Path | None = None,
        kluis: Kluis | None = None,
        *,
        apparaat: str | None = None,
        laatst: Path | None = None,
    ) -> None:
        """`apparaat` and `laatst` (this device's id and its folder of last-known files,
        store/laatst.py) default to the settings and the state folder; tests that play two
        laptops give each its own."""
        self.data = data if data is not None else locations.data_dir()
        self.map = locations.sessies_dir(self.data)
        self.kluis = kluis
        self.apparaat = apparaat
        self.laatst = laatst

    # -- encryption state ------------------------------------------------------------------

    @property
    def marker(self) -> Marker | None:
        """Read fresh each time: a conversion in another process changes it."""
        return lees_marker(self.data)

    @property
    def versleuteld(self) -> bool:
        return self.marker is not None

    def ontgrendel(self, wachtwoord: str) -> None:
        """Check the passphrase against the folder and keep it for this process."""
        marker = self.marker
        if marker is not None:
            self.kluis = marker.kluis(wachtwoord)

    def onderbroken(self) -> bool:
        """True when a `versleutel` / `ontsleutel` was interrupted: run it again."""
        marker = self.marker
        return marker is not None and not marker.klaar

    def _vorm(self) -> str:
        """The extension new files get (and the one preferred when a session has both)."""
        marker = self.marker
        return VERSLEUTELD if marker is not None and marker.versleuteld else EXTENSIE

    def versleutel(self, wachtwoord: str) -> int:
        """Encrypt every session of the folder (omzetting.py); how many files were converted."""
        self.zorg_voor_map()
        from wievraag.store import omzetting

        self.kluis, aantal = omzetting.versleutel(self.data, self.map, wachtwoord)
        self.lijst()  # the index again, now encrypted
        return aantal

    def ontsleutel(self, wachtwoord: str) -> int:
        """Decrypt every session back to plain TOML (omzetting.py)."""
        from wievraag.store import omzetting

        kluis, aantal = omzetting.ontsleutel(self.data, self.map, wachtwoord)
        if kluis is not None:
            self.kluis = kluis
            self.lijst()
        return aantal

    # -- the folder --------------------------------------------------------------------------

    def zorg_voor_map(self) -> Path:
        maak_prive_map(self.data)
        return maak_prive_map(self.map)

    def bestanden(self) -> list[Path]:
        return [self.map / naam for naam, _ in stempels(self.map, self._vorm())]

    def lijst(self, budget: float | None = None) -> Lijst:
        """Every session file, most recently changed first (lijst.py). An encrypted folder
        needs the passphrase first (WachtwoordNodig)."""
        if self.kluis is None and self.versleuteld:
            raise WachtwoordNodig(str(self.data))
        return lees_lijst(self.data, self.map, self._vorm(), self.kluis, budget)

    def lezing(self) -> Lezing:
        """A listing to read in steps (lijst.py `Lezing`): the home screen's first paint and
        a worker that goes on with it."""
        if self.kluis is None and self.versleuteld:
            raise WachtwoordNodig(str(self.data))
        return Lezing(self.data, self.map, self._vorm(), self.kluis)

    def controleer(self) -> Lijst:
        """Like `lijst`, but every file decoded and validated whole (a fault in a person's
        fields too), without the index: for `wievraag controleer`."""
        if self.kluis is None and self.versleuteld:
            raise WachtwoordNodig(str(self.data))
        return controleer_lijst(self.map, self._vorm(), self.kluis)

    def pad_voor(self, sessie: Sessie) -> Path:
        return self.map / f"{sessie.id}{self._vorm()}"

    def nieuw(self, gezin: str) -> Sessie:
        """Create and save a new session right away, so it exists even if the app dies now."""
        from wievraag.model import Sessie

        sessie = Sessie(gezin=gezin.strip())
        while self.pad_voor(sessie).exists():  # practically never: 32 random bits per day
            sessie = Sessie(gezin=gezin.strip())
        self.voeg_toe(sessie)
        return sessie

    def voeg_toe(self, sessie: Sessie) -> Path:
        """Save a session made elsewhere (the demo family) as a new file; never overwrites."""
        self.zorg_voor_map()
        pad = self.pad_voor(sessie)
        if pad.exists():
            raise FileExistsError(pad)
        from wievraag.store.codering import codeer

        vorm.schrijf_in_vorm(pad, codeer(sessie), self.kluis)
        return pad

    def laad(self, pad: Path) -> Sessie:
        """Read a session without opening it for editing (export, check, listing)."""
        from wievraag.store.codering import decodeer

        return decodeer(pad, vorm.lees_plat(pad, self.kluis))

    def open(self, pad: Path) -> SessieBestand:
        """Open a session for editing: takes the lock, so a second window cannot clobber it."""
        from wievraag.store.bestand import SessieBestand
        from wievraag.store.codering import lees
        from wievraag.store.slot import Slot

        slot = Slot.neem(locations.locks_dir(self.data), pad.stem)
        vorm.ruim_tijdelijk_op(pad)
        try:
            ruw = vorm.lees_ruw(pad)
            gelezen = lees(pad, vorm.ontcijfer(pad, ruw, self.kluis))
            return SessieBestand(
                pad,
                gelezen.sessie,
                slot,
                self.kluis,
                ruw=ruw,
                gelezen=gelezen,
                apparaat=self.apparaat,
                laatst_map=self.laatst,
            )
        except BaseException:
            slot.geef_vrij()
            raise

    # -- deleting ---------------------------------------------------------------------------

    def wat_weg_gaat(self, pad: Path) -> Wissen:
        """What deleting `pad` removes (wissen.py): a copy alone; an original with every copy
        of it, by name and (where the listing can tell) by the id inside."""
        from wievraag.store import wissen
        from wievraag.store.kopieen import lees_naam

        naam = lees_naam(pad.name)
        zelfde: list[Path] = []
        if not naam.is_kopie and not (self.kluis is None and self.versleuteld):
            zelfde = [i.pad for i in self.lijst().items if i.id == naam.stam]
        return wissen.plan(self.map, pad, zelfde)

    def sporen(self, wat: Path | Wissen) -> list[str]:
        """What `verwijder` removes, in words, every file named (for the confirmation)."""
        from wievraag.store import wissen

        plan = wat if isinstance(wat, wissen.Wissen) else self.wat_weg_gaat(wat)
        return wissen.sporen(self.data, plan)

    def verwijder(self, wat: Path | Wissen) -> list[str]:
        """Really delete (AVG) what `wissen` planned: the files, temp leftovers, lock files,
        exports (of a whole session), index entries. Returns what is still there, checked
        afterwards; empty when all is gone."""
        leesbaar = self.kluis is not None or not self.versleuteld
        from wievraag.store import wissen

        plan = wat if isinstance(wat, wissen.Wissen) else self.wat_weg_gaat(wat)
        return wissen.verwijder(self.data, plan, self.kluis, leesbaar)
