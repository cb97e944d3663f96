"""Listing the sessions of a folder for the home screen and `wievraag lijst`.

Backed by the index (index.py) so 10,000 sessions list in well under a second. The files stay
the truth: any file whose stamp differs from the index is read again.
"""

from __future__ import annotations

import os
import time
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
    index = Index.lees(data, kluis)
    goed: list[Overzicht] = []
    slecht: list[Overzicht] = []
    overgeslagen = 0
    einde = time.monotonic() + budget if budget is not None else None
    for naam, stempel in stempels(map_, voorkeur):
        item = index.zoek(naam, stempel)
        if item is None:
            if einde is not None and time.monotonic() > einde:
                overgeslagen += 1
                continue
            item = samenvat(map_, naam, kluis)
            index.zet(naam, stempel, item)
        (slecht if item.fout else goed).append(item)
    if not overgeslagen:
        index.bewaar(houd={o.naam for o in goed + slecht})
    else:
        index.bewaar()
    goed.sort(key=lambda o: o.gewijzigd.timestamp() if o.gewijzigd else 0.0, reverse=True)
    return Lijst(groepeer(goed) + slecht, overgeslagen)


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
    uit: dict[str, tuple[str, Stempel]] = {}
    with os.scandir(map_) as items:
        for item in items:
            naam = item.name
            ext = VERSLEUTELD if naam.endswith(VERSLEUTELD) else EXTENSIE
            if not naam.endswith(ext) or naam.startswith("."):
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
            stam = naam[: -len(ext)]
            # Both forms of one session exist only for a moment during a conversion
            # (or after a kill in it): both are complete, the preferred one is listed.
            if stam in uit and ext != voorkeur:
                continue
            uit[stam] = (naam, (st.st_mtime_ns, st.st_size))
    return sorted(uit.values())


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
