"""One line of the home screen's list, read from a file or from the index."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path


@dataclass(frozen=True)
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

    @property
    def pad(self) -> Path:
        return self.map / self.naam


@dataclass(frozen=True)
class Lijst:
    """The home screen's list. `nog_te_lezen` > 0 when a time budget stopped the reading of
    files that are not in the index yet; ask again (e.g. in a worker) for the rest."""

    items: list[Overzicht]
    nog_te_lezen: int = 0
