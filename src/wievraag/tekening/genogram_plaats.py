"""The genogram's layout engine: which people share a row, in what order, at which column.

Works on ids and cell columns only; tekening/genogram.py turns the result into labels and
lines. Every step is deterministic (register order breaks every tie), so the same session
always gives the same drawing.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import repeat
from math import fsum
from statistics import fmean

PARTNERRUIMTE = 7  # " ══╤══ " between two partners: the children's line drops from the middle
TUSSENRUIMTE = 3  # between people who are not partners


def _gemiddelde(waarden: Iterable[float]) -> float:
    """`statistics.fmean`, the same sum (`math.fsum`) over the same count, without its
    generator wrapper: the layout takes tens of thousands of means in a big family."""
    lijst = list(waarden)
    return fsum(lijst) / len(lijst) if lijst else fmean(lijst)  # fmean: its error when empty


@dataclass
class Stand:
    """Working state of one layout (mutable; the result is the frozen `Genogram`)."""

    volgorde: dict[str, int]
    ouders: dict[str, list[str]]
    partners: dict[str, set[str]]
    rij: dict[str, int]  # person → row index
    rijen: list[list[list[str]]]  # row → units (partners side by side) → people
    maat: dict[str, int]  # label width (the longer of name and detail)
    naammaat: dict[str, int]  # width of the name line: lines meet the middle of the name
    x: dict[str, int]  # label left
    marge: int
    # Who lives in the family's household: kept side by side in every row, so one dotted
    # line can go around them (McGoldrick's household boundary).
    huis: frozenset[str] = frozenset()
    tussen: int = TUSSENRUIMTE  # between people who are not partners: wider on a wide screen
    # Indexes built on first use, so every look-up below is a dict access rather than a scan
    # of all people (the scans made a 2,000-person layout quadratic). Who stands in which row
    # never changes during a layout; the units do (reordered, turned), so `orden` drops that
    # index when it is done.
    _kinderen: dict[str, list[str]] | None = field(default=None, init=False, repr=False)
    _eenheid: dict[str, list[str]] | None = field(default=None, init=False, repr=False)
    _plek: dict[str, int] | None = field(default=None, init=False, repr=False)

    def ouders_boven(self, pid: str) -> list[str]:
        return [o for o in self.ouders[pid] if self.rij.get(o) == self.rij[pid] - 1]

    def kinderen_onder(self, pid: str) -> list[str]:
        if self._kinderen is None:
            kinderen: dict[str, list[str]] = {p: [] for p in self.rij}
            for k in self.rij:  # register order within the row below, as before
                for o in self.ouders_boven(k):
                    kinderen[o].append(k)
            self._kinderen = kinderen
        return self._kinderen[pid]

    def eenheid_van(self, pid: str) -> list[str]:
        if self._eenheid is None:
            self._eenheid = {p: e for rij in self.rijen for e in rij for p in e}
        return self._eenheid[pid]

    def plek_in_rij(self, pid: str) -> int:
        """Left to right, the how-manieth person of their row (from 0)."""
        if self._plek is None:
            self._plek = {
                p: i for rij in self.rijen for i, p in enumerate(p for e in rij for p in e)
            }
        return self._plek[pid]

    def eenheden_gewijzigd(self) -> None:
        self._eenheid = None
        self._plek = None

    def naast_elkaar(self, a: str, b: str) -> bool:
        """Partners drawn side by side, with a partner line between them."""
        if b not in self.partners[a] or self.rij.get(a) != self.rij.get(b):
            return False
        eenheid = self.eenheid_van(a)
        return b in eenheid and abs(eenheid.index(a) - eenheid.index(b)) == 1

    def midden(self, pid: str) -> int:
        return self.x[pid] + (self.naammaat[pid] - 1) // 2

    def valpunt(self, ouders: Iterable[str]) -> int:
        """Where the line to the children leaves the parents: the middle of their partner
        line, or the middle of one parent (or between several parents not side by side)."""
        lijst = sorted(ouders, key=lambda o: self.x[o])
        if len(lijst) == 2 and self.naast_elkaar(*lijst):
            links = lijst[0]
            return self.x[links] + self.maat[links] + PARTNERRUIMTE // 2
        return round(_gemiddelde(self.midden(o) for o in lijst))

    def eenheidsbreedte(self, eenheid: list[str]) -> int:
        return sum(self.maat[p] for p in eenheid) + PARTNERRUIMTE * (len(eenheid) - 1)

    def zet(self, eenheid: list[str], links: int) -> None:
        for p in eenheid:
            self.x[p] = links
            links += self.maat[p] + PARTNERRUIMTE


def eenheden(stand: Stand, r: int) -> list[list[str]]:
    """The people of one row, partners grouped side by side, in register order."""
    mensen = sorted((p for p, rij in stand.rij.items() if rij == r), key=stand.volgorde.__getitem__)
    gezien: set[str] = set()
    uit: list[list[str]] = []
    for pid in mensen:
        if pid in gezien:
            continue
        groep = {pid}
        rand = [pid]
        while rand:
            for q in stand.partners[rand.pop()]:
                if stand.rij[q] == r and q not in groep:
                    groep.add(q)
                    rand.append(q)

        def graad(p: str, groep: set[str] = groep) -> int:
            return len(stand.partners[p] & groep)

        # A chain of partners (ex — person — new partner) is drawn as a chain: start at an end.
        eind = [p for p in groep if graad(p) <= 1] or list(groep)
        begin = min(eind, key=stand.volgorde.__getitem__)
        keten: list[str] = []
        stapel = [begin]
        while stapel:
            huidig = stapel.pop()
            if huidig in keten:
                continue
            keten.append(huidig)
            volgende = sorted(stand.partners[huidig] & groep, key=stand.volgorde.__getitem__)
            stapel += [q for q in reversed(volgende) if q not in keten]
        gezien |= groep
        uit.append(keten)
    return uit


def orden(stand: Stand) -> None:
    """Order each row so that children stand under their parents and couples face their own
    families (a barycentre sweep down, up and down again; deterministic)."""

    def plek() -> dict[str, float]:
        uit: dict[str, float] = {}
        for eenheden in stand.rijen:
            mensen = [p for e in eenheden for p in e]
            uit.update({p: (i + 0.5) / len(mensen) for i, p in enumerate(mensen)})
        return uit

    def sorteer(r: int, buren: Callable[[str], list[str]]) -> None:
        pos = plek()
        oud = stand.rijen[r]

        def sleutel(p: str) -> float | None:
            lijst = buren(p)
            return _gemiddelde(pos[b] for b in lijst) if lijst else None

        nieuw: list[tuple[float, int, list[str]]] = []
        for i, eenheid in enumerate(oud):
            sleutels = [s for p in eenheid if (s := sleutel(p)) is not None]
            los = not any(
                stand.ouders[p] or stand.partners[p] or stand.kinderen_onder(p) for p in eenheid
            )
            if sleutels:
                waarde = _gemiddelde(sleutels)
            elif los:
                waarde = 2.0 + i  # unlinked people at the end of their row
            else:
                waarde = _gemiddelde(pos[p] for p in eenheid)
            # A chain of partners faces its families: the one whose family is left, left.
            langs = sleutels  # the same keys, in the same order
            if len(langs) > 1 and langs[0] > langs[-1]:
                eenheid = list(reversed(eenheid))
            nieuw.append((waarde, i, eenheid))
        stand.rijen[r] = [e for _, _, e in sorted(nieuw, key=lambda t: (t[0], t[1]))]

    aantal = len(stand.rijen)
    for richting in ("neer", "op", "neer"):
        if richting == "neer":
            for r in range(1, aantal):
                sorteer(r, stand.ouders_boven)
        else:
            for r in range(aantal - 2, -1, -1):
                sorteer(r, stand.kinderen_onder)
    if stand.huis:
        for eenheden in stand.rijen:
            _huis_bijeen(stand, eenheden)
    _minder_kruisingen(stand)
    stand.eenheden_gewijzigd()


def _in_huis(stand: Stand, eenheid: list[str]) -> bool:
    return any(p in stand.huis for p in eenheid)


def _huis_bijeen(stand: Stand, eenheden: list[list[str]]) -> None:
    """The household's units of one row side by side, where the middle one of them stood;
    a couple of whom one lives elsewhere turns that one outwards. Only someone between two
    others of the household who lives elsewhere (a chain of partners) still splits it."""
    thuis = [i for i, e in enumerate(eenheden) if _in_huis(stand, e)]
    if len(thuis) < 2:
        return
    midden = _gemiddelde(thuis)
    volgorde = sorted(
        range(len(eenheden)),
        key=lambda i: (midden, 0, i) if i in thuis else (float(i), 1, i),
    )
    eenheden[:] = [eenheden[i] for i in volgorde]
    blok = [e for e in eenheden if _in_huis(stand, e)]
    for k, eenheid in ((0, blok[0]), (-1, blok[-1])):
        # The first unit's household members at its right end, the last one's at its left.
        binnen = eenheid[-1] if k == 0 else eenheid[0]
        buiten = eenheid[0] if k == 0 else eenheid[-1]
        if binnen not in stand.huis and buiten in stand.huis:
            eenheid.reverse()


def kruisingen(stand: Stand) -> int:
    """Parent–child lines between neighbouring rows that cross each other, over the whole
    drawing: per pair of rows the inversions of the lines sorted by their upper end
    (O(E log E)), for tests and benchmarks to compare layouts by."""
    totaal = 0
    for r in range(len(stand.rijen) - 1):
        boven = {p: i for i, p in enumerate(p for e in stand.rijen[r] for p in e)}
        onder = [p for e in stand.rijen[r + 1] for p in e]
        lijnen = sorted((boven[o], i) for i, k in enumerate(onder) for o in stand.ouders_boven(k))
        # Lines that share an end do not cross: equal upper ends are sorted by their lower end,
        # and equal lower ends count as no inversion (`bisect_right` below).
        totaal += _inversies([b for _, b in lijnen])
    return totaal


def _inversies(reeks: list[int]) -> int:
    """Pairs i < j with reeks[i] > reeks[j] (merge sort)."""
    if len(reeks) < 2:
        return 0
    midden = len(reeks) // 2
    links, rechts = sorted(reeks[:midden]), reeks[midden:]
    binnen = _inversies(reeks[:midden]) + _inversies(rechts)
    return binnen + sum(len(links) - bisect_right(links, b) for b in rechts)


def _boven_onder(a: list[int], b: list[int]) -> int:
    """Pairs of lines that cross when the lines ending in `a` stand left of those ending in
    `b` in this row: the pairs whose other ends are the other way round (`b` sorted)."""
    return sum(map(bisect_left, repeat(b), a))


def _minder_kruisingen(stand: Stand) -> None:
    """Swap neighbouring units, or turn a couple around, wherever that uncrosses lines; a
    bounded number of rounds, and only strict improvements, so the result is deterministic.

    Swapping two neighbours (or turning one unit) only changes which of *their own* lines
    cross each other: the rest of the row stays on the same side of them. So each candidate
    is weighed by counting those lines alone, from the positions of their other ends in the
    rows above and below, instead of recounting every line of both row pairs."""
    plek: dict[str, int] = {}
    for rij in stand.rijen:
        plek.update((p, i) for i, p in enumerate(p for e in rij for p in e))
    boven = {p: stand.ouders_boven(p) for p in plek}
    onder = {p: stand.kinderen_onder(p) for p in plek}

    def einden(p: str) -> tuple[list[int], list[int]]:
        return [plek[o] for o in boven[p]], [plek[k] for k in onder[p]]

    def samen(eenheid: list[str]) -> tuple[list[int], list[int]]:
        op: list[int] = []
        neer: list[int] = []
        for p in eenheid:
            a, b = einden(p)
            op += a
            neer += b
        return sorted(op), sorted(neer)

    def ruil_winst(links: list[str], rechts: list[str]) -> int:
        """Crossings gained (negative: lost) by putting `rechts` before `links`."""
        lo, ln = samen(links)
        ro, rn = samen(rechts)
        nu = _boven_onder(lo, ro) + _boven_onder(ln, rn)
        straks = _boven_onder(ro, lo) + _boven_onder(rn, ln)
        return straks - nu

    def draai_winst(eenheid: list[str]) -> int:
        """Crossings gained by turning a unit around: every pair of its members swaps."""
        leden = [einden(p) for p in eenheid]
        winst = 0
        for i, (ao, an) in enumerate(leden):
            for bo, bn in leden[i + 1 :]:
                for x, y in ((ao, sorted(bo)), (an, sorted(bn))):
                    groter = _boven_onder(x, y)  # pairs crossing now
                    kleiner = sum(len(y) - bisect_right(y, v) for v in x)  # after turning
                    winst += kleiner - groter
        return winst

    # A row with more than one unit of the household keeps them together (`_huis_bijeen`):
    # no swap across the edge of that block and no turn of a unit half in it.
    bijeen = [sum(_in_huis(stand, e) for e in rij) > 1 for rij in stand.rijen]

    def mag_ruilen(r: int, links: list[str], rechts: list[str]) -> bool:
        return not bijeen[r] or _in_huis(stand, links) == _in_huis(stand, rechts)

    def mag_draaien(r: int, eenheid: list[str]) -> bool:
        return (
            not bijeen[r] or all(p in stand.huis for p in eenheid) or not _in_huis(stand, eenheid)
        )

    for _ in range(8):
        beter = False
        for r, eenheden in enumerate(stand.rijen):
            for i in range(len(eenheden)):
                if (
                    i + 1 < len(eenheden)
                    and mag_ruilen(r, eenheden[i], eenheden[i + 1])
                    and ruil_winst(eenheden[i], eenheden[i + 1]) < 0
                ):
                    begin = plek[eenheden[i][0]]
                    eenheden[i], eenheden[i + 1] = eenheden[i + 1], eenheden[i]
                    _nummer(plek, eenheden[i : i + 2], begin)
                    beter = True
                    continue
                if (
                    len(eenheden[i]) > 1
                    and mag_draaien(r, eenheden[i])
                    and draai_winst(eenheden[i]) < 0
                ):
                    begin = plek[eenheden[i][0]]
                    eenheden[i].reverse()
                    _nummer(plek, eenheden[i : i + 1], begin)
                    beter = True
        if not beter:
            return


def _nummer(plek: dict[str, int], eenheden: list[list[str]], begin: int) -> None:
    for eenheid in eenheden:
        for p in eenheid:
            plek[p] = begin
            begin += 1


def plaats(stand: Stand) -> None:
    """Columns: brothers and sisters as one block under their parents' line, parents over the
    middle of their children; left to right, each at least a gap after the one before, so no
    two labels ever overlap."""
    for r in range(len(stand.rijen)):
        _rij_links(stand, r, [None] * len(stand.rijen[r]))
    for richting in ("neer", "op", "neer"):
        rijen = (
            range(1, len(stand.rijen))
            if richting == "neer"
            else range(len(stand.rijen) - 2, -1, -1)
        )
        for r in rijen:
            wens = _wens_neer(stand, r) if richting == "neer" else _wens_op(stand, r)
            _rij_links(stand, r, wens)
    kleinste = min(stand.x.values())
    for pid in stand.x:
        stand.x[pid] += stand.marge - kleinste


def _rij_links(stand: Stand, r: int, wens: list[int | None]) -> None:
    volgende = stand.marge
    for eenheid, links in zip(stand.rijen[r], wens, strict=True):
        begin = volgende if links is None else max(links, volgende)
        stand.zet(eenheid, begin)
        volgende = begin + stand.eenheidsbreedte(eenheid) + stand.tussen


def _gezin(stand: Stand, eenheid: list[str]) -> tuple[str, ...] | None:
    """The parents (one row up) of the first person in this unit who has them."""
    for p in eenheid:
        boven = stand.ouders_boven(p)
        if boven:
            return tuple(sorted(boven, key=stand.volgorde.__getitem__))
    return None


def _wens_neer(stand: Stand, r: int) -> list[int | None]:
    """Desired left column per unit: children of the same parents as one block, centred
    under the point where the line leaves their parents."""
    eenheden = stand.rijen[r]
    wens: list[int | None] = [None] * len(eenheden)
    i = 0
    while i < len(eenheden):
        gezin = _gezin(stand, eenheden[i])
        j = i + 1
        while gezin is not None and j < len(eenheden) and _gezin(stand, eenheden[j]) == gezin:
            j += 1
        if gezin is not None:
            # Where the children's lines meet them, relative to the block's left edge.
            plek, punten = 0, []
            for eenheid in eenheden[i:j]:
                for p in eenheid:
                    if set(stand.ouders_boven(p)) == set(gezin):
                        punten.append(plek + (stand.naammaat[p] - 1) // 2)
                    plek += stand.maat[p] + PARTNERRUIMTE
                plek += stand.tussen - PARTNERRUIMTE
            links = stand.valpunt(gezin) - round(_gemiddelde(punten))
            for k in range(i, j):
                wens[k] = links
                links += stand.eenheidsbreedte(eenheden[k]) + stand.tussen
        i = j
    return wens


def _wens_op(stand: Stand, r: int) -> list[int | None]:
    """Desired left column per unit: its lines to the children over the children's middle."""
    wens: list[int | None] = []
    for eenheid in stand.rijen[r]:
        verschil: list[float] = []
        links = stand.x[eenheid[0]]
        for gezin, kinderen in gezinnen_onder(stand, eenheid).items():
            eigen = [o for o in gezin if o in eenheid]
            val = stand.valpunt(eigen)
            verschil.append(_gemiddelde(stand.midden(k) for k in kinderen) - (val - links))
        wens.append(round(_gemiddelde(verschil)) if verschil else None)
    return wens


def gezinnen_onder(stand: Stand, eenheid: list[str]) -> dict[tuple[str, ...], list[str]]:
    """Children one row down of anyone in this unit, grouped by their set of parents, left
    to right."""
    uit: dict[tuple[str, ...], list[str]] = {}
    kinderen = {k for p in eenheid for k in stand.kinderen_onder(p)}
    for kind in sorted(kinderen, key=stand.plek_in_rij):
        gezin = tuple(sorted(stand.ouders_boven(kind), key=stand.volgorde.__getitem__))
        uit.setdefault(gezin, []).append(kind)
    return uit


def valpunten(stand: Stand, gezin: tuple[str, ...]) -> list[int]:
    if len(gezin) == 2 and stand.naast_elkaar(*gezin):
        return [stand.valpunt(gezin)]
    return [stand.midden(o) for o in gezin]
