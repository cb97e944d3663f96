"""One line of the home screen's list, read from a file or from the index."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path

from wievraag.store.kopieen import Naam, lees_naam, zonder_kopieen


# Not frozen, with slots: 10,000 of them are made at every start (issue 18), and a frozen
# dataclass's __init__ (object.__setattr__ per field) costs three times as much. Nothing
# changes one after it is made.
@dataclass(slots=True)
class Overzicht:
    """One line on the home screen: enough to choose, without loading the whole session."""

    map: Path
    naam: str  # the file name; a Path per line is too slow for 10,000 sessions
    id: str | None = None
    gezin: str | None = None
    gewijzigd: datetime | None = None
    personen: int = 0
    fout: str | None = None
    # A copy made by a sync tool (OneDrive, Syncthing…): same session id, other file name.
    conflict: bool = False
    evaluatie: date | None = None  # the plan's evaluation date: marked when it has passed
    # What the file name says, read when first asked (`bestandsnaam`).
    _bestandsnaam: Naam | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def pad(self) -> Path:
        return self.map / self.naam

    @property
    def bestandsnaam(self) -> Naam:
        """What the file name says: the session it belongs to, and whether it is a copy."""
        # Kept in a slot, not a functools.cached_property (which takes a lock per call).
        naam = self._bestandsnaam
        if naam is None:
            naam = self._bestandsnaam = lees_naam(self.naam)
        return naam

    @property
    def stam(self) -> str:
        """The session this file belongs to, by its name (the truth, even when unreadable);
        a renamed copy (its id not its name, no copy marker) belongs to the session of its id."""
        if self.conflict and self.id and not self.bestandsnaam.is_kopie:
            return self.id
        return self.bestandsnaam.stam

    @property
    def is_kopie(self) -> bool:
        """A copy by its name (a sync tool's marker), or by its content (an id that is not
        the file's)."""
        return self.bestandsnaam.is_kopie or self.conflict


@dataclass(frozen=True)
class Lijst:
    """The home screen's list. `nog_te_lezen` > 0 when a time budget stopped the reading of
    files that are not in the index yet; ask again (e.g. in a worker) for the rest."""

    items: list[Overzicht]
    nog_te_lezen: int = 0

    @cached_property
    def versies(self) -> dict[str, int]:
        """The number of copies of each session (by stem) that has any: its original shows
        "2 versies" on the home screen."""
        uit: dict[str, int] = {}
        if zonder_kopieen(self.items):
            return uit
        for item in self.items:
            if item.is_kopie:
                uit[item.stam] = uit.get(item.stam, 0) + 1
        return uit

    def origineel(self, kopie: Overzicht) -> Overzicht | None:
        """The original of a copy, if it is in the folder."""
        return next(
            (i for i in self.items if i.stam == kopie.stam and not i.is_kopie and i is not kopie),
            None,
        )
