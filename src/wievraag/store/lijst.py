"""Listing the sessions of a folder for the home screen and `wievraag lijst`.

Backed by the index (index.py) so 10,000 sessions list in well under a second. The files stay
the truth: any file whose stamp differs from the index is read again.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from wievraag.fouten import BestandFout
from wievraag.store import vorm
from wievraag.store.index import Index
from wievraag.store.kopieen import groepeer
from wievraag.store.overzicht import Lijst, Overzicht
from wievraag.store.vorm import EXTENSIE, VERSLEUTELD, Stempel
from wievraag.versleuteling import Kluis


def lees_lijst(
    data: Path, map_: Path, voorkeur: str, kluis: Kluis | None, budget: float | None
) -> Lijst:
    """Every session file, most recently changed first; unreadable ones last, with problem.
    With a `budget` (seconds), reading files that are not indexed stops when it is spent;
    they are counted in `nog_te_lezen`."""
    return Lezing(data, map_, voorkeur, kluis).lees(budget)


class Lezing:
    """One reading of a folder's list that can go on where it stopped: the indexed files at
    once, the others (a first start, an index lost, files synced in) newest first, so a
    list cut short by its time budget already shows the sessions someone is likely to resume.

    The home screen reads a little before its first paint and goes on in a worker: with
    10,000 files and no index the screen is there at once and the list fills while it is
    shown. (No explicit yielding between files: Python
    hands the interpreter to the interface thread every 5 ms anyway, and a `sleep(0)` lets the
    operating system give the core away on a busy machine.)"""

    def __init__(self, data: Path, map_: Path, voorkeur: str, kluis: Kluis | None) -> None:
        self._map = map_
        self._kluis = kluis
        self._index = Index.lees(data, kluis)
        alle = stempels(map_, voorkeur)
        self._namen = {naam for naam, _ in alle}
        gevonden, self._te_lezen = self._index.zoek(alle)
        self._goed = [item for item in gevonden if not item.fout]
        self._slecht = [item for item in gevonden if item.fout]
        # Newest last: taken from the end of the list (the stamp's first part is the mtime).
        self._te_lezen.sort(key=lambda n_s: (n_s[1][0], n_s[0]))

    @property
    def te_lezen(self) -> int:
        """Files not in the index (new, changed, or all of them on a first start)."""
        return len(self._te_lezen)

    @property
    def klaar(self) -> bool:
        return not self._te_lezen

    def lees(
        self,
        budget: float | None = None,
        *,
        stop: Callable[[], bool] | None = None,
        tussendoor: bool = True,
    ) -> Lijst:
        """Read on for `budget` seconds (None: to the end), or until `stop()` says so (the
        app quits while a worker reads), and return the list so far. `tussendoor=False`:
        the index is written when done or stopped, not after every step (10,000 entries
        each time cost more than the step's files)."""
        if budget is not None and budget <= 0:
            return self._lijst()
        einde = time.monotonic() + budget if budget is not None else None
        gestopt = False
        while self._te_lezen:
            if einde is not None and time.monotonic() > einde:
                break
            if stop is not None and stop():
                gestopt = True
                break
            naam, stempel = self._te_lezen.pop()
            item = samenvat(self._map, naam, self._kluis)
            self._index.zet(naam, stempel, item)
            (self._slecht if item.fout else self._goed).append(item)
        # Done: entries of files that are gone leave the index. Cut short: what was read is
        # kept, so the next start (after a quit) goes on from there.
        if not self._te_lezen:
            self._index.bewaar(houd=self._namen)
        elif tussendoor or gestopt:
            self._index.bewaar()
        return self._lijst()

    def _lijst(self) -> Lijst:
        goed = sorted(
            self._goed,
            key=lambda o: o.gewijzigd.timestamp() if o.gewijzigd else 0.0,
            reverse=True,
        )
        return Lijst(groepeer(goed) + self._slecht, len(self._te_lezen))


def controleer_lijst(map_: Path, voorkeur: str, kluis: Kluis | None) -> Lijst:
    """Like `lees_lijst`, but every file decoded and validated whole, not from the index or
    its head: for `wievraag controleer`, which must also find a fault in a file's body."""
    items = [samenvat(map_, naam, kluis, volledig=True) for naam, _ in stempels(map_, voorkeur)]
    goed = [o for o in items if not o.fout]
    goed.sort(key=lambda o: o.gewijzigd.timestamp() if o.gewijzigd else 0.0, reverse=True)
    return Lijst(groepeer(goed) + [o for o in items if o.fout])


def stempels(map_: Path, voorkeur: str) -> list[tuple[str, Stempel]]:
    """(file name, stamp) of every session file; of two forms of one session the preferred."""
    if not map_.is_dir():
        return []
    # Each file's stat is taken at every start (the files are the truth): relative to the
    # open folder where the system can, not by its full path, which is walked again for
    # each of 10,000 files (issue 18).
    if os.scandir in os.supports_fd:
        map_fd = os.open(map_, os.O_RDONLY)
        try:
            return _stempels(os.scandir(map_fd), voorkeur)
        finally:
            os.close(map_fd)
    return _stempels(os.scandir(map_), voorkeur)


def _stempels(items: os._ScandirIterator[str], voorkeur: str) -> list[tuple[str, Stempel]]:
    gewoon: list[tuple[str, Stempel]] = []
    versleuteld: list[tuple[str, Stempel]] = []
    with items:
        for item in items:
            naam = item.name
            if naam.endswith(EXTENSIE):
                bak = gewoon
            elif naam.endswith(VERSLEUTELD):
                bak = versleuteld
            else:
                continue
            if naam.startswith("."):
                continue
            # Not only regular files: a folder, FIFO or symlink loop named like a session is
            # listed too, with the reason it cannot be read (vorm.lees), never skipped.
            try:
                st = item.stat()
            except OSError:
                try:
                    st = item.stat(follow_symlinks=False)
                except OSError:
                    continue  # gone since the folder was read
            bak.append((naam, (st.st_mtime_ns, st.st_size)))
    if gewoon and versleuteld:
        # Both forms of one session exist only for a moment during a conversion (or after
        # a kill in it): both are complete, the preferred one is listed.
        if voorkeur == VERSLEUTELD:
            stammen = {naam[: -len(VERSLEUTELD)] for naam, _ in versleuteld}
            gewoon = [s for s in gewoon if s[0][: -len(EXTENSIE)] not in stammen]
        else:
            stammen = {naam[: -len(EXTENSIE)] for naam, _ in gewoon}
            versleuteld = [s for s in versleuteld if s[0][: -len(VERSLEUTELD)] not in stammen]
    return sorted(gewoon + versleuteld)


def samenvat(
    map_: Path, naam: str, kluis: Kluis | None = None, *, volledig: bool = False
) -> Overzicht:
    # Reading files is for a first start or a changed file: with the index, start-up lists
    # without importing the readers (issue 18).
    from wievraag.store.codering import decodeer
    from wievraag.store.kop import lees_kop

    pad = map_ / naam
    try:
        data = vorm.lees_plat(pad, kluis)
        # The head is enough for the list (store/kop.py); the full decode when it is not,
        # so a broken file gets its exact message. Opening validates the whole file, and
        # so does `volledig` (wievraag controleer).
        if not volledig and (kop := lees_kop(data)) is not None:
            return Overzicht(
                map_,
                naam,
                id=kop.id,
                gezin=kop.gezin,
                gewijzigd=kop.gewijzigd,
                personen=kop.personen,
                conflict=pad.stem != kop.id,
                evaluatie=kop.evaluatie,
            )
        sessie = decodeer(pad, data)
    except BestandFout as fout:
        return Overzicht(map_, naam, fout=fout.melding)
    except OSError as fout:
        return Overzicht(map_, naam, fout=f"{naam}: niet te lezen ({fout.strerror})")
    return Overzicht(
        map_,
        naam,
        id=sessie.id,
        gezin=sessie.gezin,
        gewijzigd=sessie.gewijzigd,
        personen=len(sessie.personen),
        conflict=pad.stem != sessie.id,
        evaluatie=sessie.plan.evaluatie if sessie.plan else None,
    )
