"""The home screen's index: a cache of session summaries, keyed by file name and stamp.

JSON, not TOML: it is machinery, never read by people, and must load fast. It holds family
labels, so it gets the same private permissions and atomic write as the sessions, and in an
encrypted folder it is encrypted too (`.index.wvs`): without a Kluis it is neither read nor
written. A missing or broken index is simply rebuilt from the files.
"""

from __future__ import annotations

import contextlib
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from wievraag import locations
from wievraag.bestanden import lees_begrensd
from wievraag.store import vorm
from wievraag.store.overzicht import Overzicht
from wievraag.store.vorm import Stempel
from wievraag.versleuteling import Kluis, VerkeerdWachtwoord, lees_marker

# An entry per file name, a list (a dict per entry takes twice as long to load): the file's
# stamp (mtime in ns, size), then id, family label, changed (ISO), number of people, problem,
# conflict (its id is not its name's), the plan's evaluation date (ISO).
_VELDEN = 9


class Index:
    # 2: entries as lists. An index of another version is simply rebuilt from the files.
    VERSIE = 2

    def __init__(
        self,
        pad: Path,
        map_: Path,
        items: dict[str, list[Any]],
        kluis: Kluis | None = None,
        schrijfbaar: bool = True,
    ) -> None:
        self.pad = pad
        self.map = map_
        self._items = items
        self._kluis = kluis
        self._schrijfbaar = schrijfbaar
        self._gewijzigd = False

    @classmethod
    def lees(cls, data: Path, kluis: Kluis | None = None) -> Index:
        versleuteld = lees_marker(data) is not None
        pad = locations.index_file(data, versleuteld=versleuteld)
        map_ = locations.sessies_dir(data)
        if versleuteld and kluis is None:
            return cls(pad, map_, {}, schrijfbaar=False)
        try:
            ruw = lees_begrensd(pad, vorm.MAX_GROOTTE)  # never a FIFO's blocking open
            if versleuteld:
                assert kluis is not None
                ruw = kluis.ontcijfer(ruw)
            inhoud = json.loads(ruw)
            if inhoud.get("versie") != cls.VERSIE or not isinstance(inhoud.get("items"), dict):
                raise ValueError("onbekende index")
            return cls(pad, map_, inhoud["items"], kluis if versleuteld else None)
        except (OSError, ValueError, AttributeError, VerkeerdWachtwoord):
            # missing or broken: rebuilt from the files
            return cls(pad, map_, {}, kluis if versleuteld else None)

    def zoek(
        self, alle: list[tuple[str, Stempel]]
    ) -> tuple[list[Overzicht], list[tuple[str, Stempel]]]:
        """The line of each file the index has with this stamp, and the files it has not
        (new, changed since, or an entry that does not make sense: read again)."""
        # For every file at every start: 10,000 of them in a big folder (issue 18), so one
        # loop with its names at hand, not a call per file.
        items, map_ = self._items, self.map
        tijd, dag = datetime.fromisoformat, date.fromisoformat
        gevonden: list[Overzicht] = []
        onbekend: list[tuple[str, Stempel]] = []
        for naam, stempel in alle:
            ruw = items.get(naam)
            if (
                not isinstance(ruw, list)
                or len(ruw) != _VELDEN
                or ruw[0] != stempel[0]
                or ruw[1] != stempel[1]
            ):
                onbekend.append((naam, stempel))
                continue
            _, _, id_, gezin, gewijzigd, personen, fout, conflict, evaluatie = ruw
            try:
                item = Overzicht(
                    map_,
                    naam,
                    id_,
                    gezin,
                    tijd(gewijzigd) if gewijzigd else None,
                    int(personen),
                    fout,
                    bool(conflict),
                    dag(evaluatie) if evaluatie else None,
                )
            except (TypeError, ValueError):
                onbekend.append((naam, stempel))
                continue
            gevonden.append(item)
        return gevonden, onbekend

    def heeft(self, naam: str) -> bool:
        return naam in self._items

    def vergeet(self, naam: str) -> None:
        if self._items.pop(naam, None) is not None:
            self._gewijzigd = True

    def zet(self, naam: str, stempel: Stempel, item: Overzicht) -> None:
        self._items[naam] = [
            *stempel,
            item.id,
            item.gezin,
            item.gewijzigd.isoformat() if item.gewijzigd else None,
            item.personen,
            item.fout,
            item.conflict,
            item.evaluatie.isoformat() if item.evaluatie else None,
        ]
        self._gewijzigd = True

    def bewaar(self, houd: set[str] | None = None, opnieuw: bool = False) -> None:
        """Write if changed. `opnieuw`: after a deletion, the index must be rewritten (or
        removed) even if writing fails, so the family label does not linger in it."""
        weg = set(self._items) - houd if houd is not None else set()
        for naam in weg:  # deleted sessions leave no trace here either
            del self._items[naam]
            self._gewijzigd = True
        if not self._gewijzigd or not self._schrijfbaar:
            return
        data = json.dumps({"versie": self.VERSIE, "items": self._items}, ensure_ascii=False).encode(
            "utf-8"
        )
        if self._kluis is not None:
            data = self._kluis.vercijfer(data)
        try:
            vorm.schrijf(self.pad, data)
        except OSError:  # a cache that cannot be written is no reason to fail
            if opnieuw:
                with contextlib.suppress(OSError):
                    self.pad.unlink()
