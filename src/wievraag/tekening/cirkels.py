"""Concentric rings around "gezin", each person's name inside their ring.

One layout for every circle of the method (model/cirkel.py): the sociogram and the five
safety circles. Names are packed into the free cells of their ring, spread around it; a name
never lands on a ring line or on another name. When a ring is full its last place says "+N"
and the people that did not fit are listed under the picture, by name: nobody disappears.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from wievraag.model import Cirkel, Persoon, Sessie
from wievraag.model.cirkel import RINGEN
from wievraag.tekening.plaat import (
    Ellips,
    Label,
    LabelSoort,
    Plaat,
    bezette_cellen,
    cell_len,
    ellips_rijen,
    kort,
    woorden_regels,
)

TUSSENRUIMTE = 3  # spaces between two names on one row: "Oma Ria   Lieke", not "Oma Ria Lieke"
MIN_HOOGTE = 9  # below this the rings have no rows left for names
KORTSTE_NAAM = 10  # names are cut to this (with "…") only when otherwise someone is left out


def merk(persoon: Persoon) -> str:
    """A symbol in front of the name: † for someone who died (a word or symbol, never colour)."""
    return "" if persoon.in_leven else "† "


@dataclass
class _Stuk:
    """A run of free cells inside one ring on one row, and the names given to it."""

    y: int
    x1: int  # first usable cell
    x2: int  # one past the last usable cell
    hoek: float
    namen: list[tuple[str, str]] = field(default_factory=list)  # (person id, text)
    # The widest name that still fits (a name after the first needs the gap before it too),
    # kept as names come and go: every name asks every run whether it fits, and summing the
    # widths each time made a big ring quadratic.
    ruimte: int = field(init=False)

    def __post_init__(self) -> None:
        self.ruimte = self.lengte

    @property
    def lengte(self) -> int:
        return self.x2 - self.x1

    def past(self, breedte: int) -> bool:
        return breedte <= self.ruimte

    def voeg_toe(self, pid: str, tekst: str) -> None:
        self.namen.append((pid, tekst))
        self.ruimte -= cell_len(tekst) + TUSSENRUIMTE

    def haal_laatste(self) -> tuple[str, str]:
        pid, tekst = self.namen.pop()
        self.ruimte += cell_len(tekst) + TUSSENRUIMTE
        return pid, tekst


def _ring_labels(cirkel: Cirkel, aantallen: list[int]) -> list[str]:
    """ "1. mensen die alles al weten (3)": the ring's number as an ordinal and the count in
    brackets, so the two never read as one ("1 mensen die … · 3" read as "1 mensen")."""
    return [
        f" {nr}. {label} ({n}) "
        for nr, (label, n) in enumerate(zip(cirkel.ringen, aantallen, strict=True), 1)
    ]


def teken_cirkel(
    cirkel: Cirkel,
    sessie: Sessie,
    naam: Callable[[Persoon], str],
    breedte: int,
    hoogte: int,
) -> Plaat:
    """The circle in `breedte`×`hoogte` cells, the list of who did not fit underneath.

    `naam` gives the text for a person (the privacy mask passes initials). When the list under
    the rings does not fit, smaller rings are tried, and kept only if they leave nobody more
    out of the picture; otherwise the picture is taller than asked (the view scrolls).
    """
    _afstanden.cache_clear()  # kept for the tries of this picture only (a fair first draw)
    geplaatst = set(cirkel.persoon_ids())
    volledige_namen = {p.id: merk(p) + naam(p) for p in sessie.personen if p.id in geplaatst}
    pogingen: list[tuple[tuple[int, int, int], Plaat]] = []
    # Whole names where they fit; shorter ones (cut with "…") before anyone is left out.
    # Then names right against a ring line, then shorter names.
    stappen = ((max(8, breedte // 6), 1), (max(8, breedte // 6), 0), (KORTSTE_NAAM, 0))
    for stap, (max_naam, rand) in enumerate(stappen):
        ringen = [
            [
                (pid, kort(volledige_namen[pid], max_naam))
                for pid in cirkel.in_ring(nr)  # type: ignore[arg-type]
                if pid in volledige_namen
            ]
            for nr in range(1, RINGEN + 1)
        ]
        pogingen += _pogingen(cirkel, ringen, volledige_namen, breedte, hoogte, stap, rand)
        if min(pogingen, key=lambda p: p[0])[0][0] == 0:
            break
    return min(pogingen, key=lambda p: p[0])[1]


def _pogingen(
    cirkel: Cirkel,
    ringen: list[list[tuple[str, str]]],
    volledige_namen: dict[str, str],
    breedte: int,
    hoogte: int,
    stap: int,
    rand: int,
) -> list[tuple[tuple[int, int, int], Plaat]]:
    plaat_hoogte = max(MIN_HOOGTE, hoogte)
    pogingen: list[tuple[tuple[int, int, int], Plaat]] = []
    for _ in range(3):
        vormen, labels, over = _rond(cirkel, ringen, breedte, plaat_hoogte, rand)
        onder = _onder(cirkel, over, volledige_namen, breedte, leeg=not any(ringen))
        totaal = plaat_hoogte + len(onder)
        labels += [Label(0, plaat_hoogte + i, r, "uitleg") for i, r in enumerate(onder)]
        plaat = Plaat(cirkel.titel, breedte, totaal, tuple(vormen), tuple(labels))
        # Best: the fewest people left out of the picture, then the least scrolling.
        pogingen.append(((sum(map(len, over)), max(0, totaal - hoogte), stap), plaat))
        if totaal <= hoogte or plaat_hoogte <= MIN_HOOGTE:
            break
        plaat_hoogte = max(MIN_HOOGTE, hoogte - len(onder))
    return pogingen


def _onder(
    cirkel: Cirkel,
    over: list[list[str]],
    namen: dict[str, str],
    breedte: int,
    leeg: bool,
) -> list[str]:
    regels: list[str] = []
    if leeg:
        regels.append("Nog niemand in deze cirkel.")
    for nr, ids in enumerate(over, 1):
        if ids:
            lijst = ", ".join(namen[i] for i in ids)
            regels += woorden_regels(
                f"+{len(ids)} in ring {nr} ({cirkel.ringen[nr - 1]}), niet getekend: {lijst}",
                breedte,
            )
    return regels


def _grenzen(ringen: list[list[tuple[str, str]]], t0: float, soort: str) -> list[float]:
    """Where the rings meet, as a fraction of the outer ring (0 = centre, 1 = outside).

    Evenly spaced, or with each ring's area ("vlak") or width ("breed") in proportion to
    the room its names need."""
    if soort == "gelijk":
        return [t0 + (1 - t0) * k / RINGEN for k in range(RINGEN + 1)]
    nodig = [sum(cell_len(t) + TUSSENRUIMTE for _, t in r) + 12 for r in ringen]
    totaal = sum(nodig)
    grenzen = [t0]
    som = 0
    for n in nodig:
        som += n
        if soort == "vlak":
            grenzen.append(math.sqrt(t0**2 + (1 - t0**2) * som / totaal))
        else:
            grenzen.append(t0 + (1 - t0) * som / totaal)
    # Every ring keeps some width, so its line and label stay apart from its neighbours.
    minimum = (1 - t0) / 6
    for k in range(1, RINGEN + 1):
        grenzen[k] = max(grenzen[k], grenzen[k - 1] + minimum)
    schaal = (1 - t0) / (grenzen[-1] - t0)
    return [t0 + (g - t0) * schaal for g in grenzen]


def _rond(
    cirkel: Cirkel, ringen: list[list[tuple[str, str]]], breedte: int, hoogte: int, rand: int
) -> tuple[list[Ellips], list[Label], list[list[str]]]:
    """Rings and names in `breedte`×`hoogte`; returns shapes, labels and who did not fit."""
    # The centre on the middle of a row, so every ring has a middle row ("gezin" sits there).
    cx, cy = breedte / 2, math.floor(hoogte / 2) + 0.5
    rx, ry = breedte / 2 - 1, min(cy - 0.5, hoogte - cy - 0.5) + 0.49
    t0 = max(5.5 / rx, 1.5 / ry)
    beste: tuple[list[Ellips], list[Label], list[list[str]]] | None = None
    for soort in ("vlak", "breed", "gelijk"):
        grenzen = _grenzen(ringen, t0, soort)
        poging = _plaats(cirkel, ringen, grenzen, (cx, cy, rx, ry), breedte, hoogte, rand)
        if beste is None or sum(map(len, poging[2])) < sum(map(len, beste[2])):
            beste = poging
    assert beste is not None
    return beste


def _plaats(
    cirkel: Cirkel,
    ringen: list[list[tuple[str, str]]],
    grenzen: list[float],
    midden: tuple[float, float, float, float],
    breedte: int,
    hoogte: int,
    rand: int,
) -> tuple[list[Ellips], list[Label], list[list[str]]]:
    cx, cy, rx, ry = midden
    vormen = [Ellips(cx, cy, rx * t, ry * t) for t in grenzen]
    bezet = set(bezette_cellen(vormen))
    labels: list[Label] = []

    def reserveer(label: Label) -> None:
        # With a margin of two cells each side: no name right against a ring's label.
        labels.append(label)
        bezet.update((x, label.y) for x in range(label.x - 2, label.x + label.breedte + 2))

    reserveer(Label(math.floor(cx - 2.5), math.floor(cy), "gezin", "gezin"))
    for k, tekst in enumerate(_ring_labels(cirkel, [len(r) for r in ringen]), 1):
        tekst = kort(tekst, max(4, int(2 * rx * grenzen[k]) - 2))
        y = min(ellips_rijen(vormen[k]))  # on the top of the ring's own line
        reserveer(Label(math.floor(cx - cell_len(tekst) / 2), y, tekst, "ring"))

    over: list[list[str]] = []
    for k, mensen in enumerate(ringen, 1):
        stukken = _stukken(bezet, grenzen[k - 1], grenzen[k], midden, breedte, hoogte, rand)
        over.append(_verdeel(stukken, mensen))
        for stuk in stukken:
            labels += _zet_in_stuk(stuk)
    return vormen, labels, over


def _stukken(
    bezet: set[tuple[int, int]],
    binnen: float,
    buiten: float,
    midden: tuple[float, float, float, float],
    breedte: int,
    hoogte: int,
    rand: int,
) -> list[_Stuk]:
    """The free runs of cells strictly inside one ring, `rand` cells away from any line."""
    cx, cy, rx, ry = midden
    stukken: list[_Stuk] = []
    # Only where the ring can be: a cell further from the centre than the outer ring (on
    # either axis alone, with a cell to spare) is never inside it.
    for y in range(hoogte):
        dy = (y + 0.5 - cy) / ry
        if abs(dy) >= buiten + 1 / ry:
            continue
        eerste = max(0, math.floor(cx - rx * buiten) - 2)
        laatste = min(breedte, math.ceil(cx + rx * buiten) + 2)
        # Row by row in one comprehension (the same test per cell, far fewer steps).
        afstand = _afstanden(cx, rx, dy, breedte)
        vrij = [
            (x, y) not in bezet and binnen < afstand[x] < buiten for x in range(eerste, laatste)
        ]
        vrij.append(False)  # closes a run that reaches the end
        begin: int | None = None
        for x, v in enumerate(vrij, eerste):
            if v and begin is None:
                begin = x
            elif not v and begin is not None:
                x1, x2 = begin + rand, x - rand
                if x2 > x1:
                    hoek = math.atan2((x1 + x2) / 2 - cx, -(y + 0.5 - cy) * 2) % (2 * math.pi)
                    stukken.append(_Stuk(y, x1, x2, hoek))
                begin = None
    stukken.sort(key=lambda s: s.hoek)
    return stukken


@functools.lru_cache(maxsize=512)
def _afstanden(cx: float, rx: float, dy: float, breedte: int) -> tuple[float, ...]:
    """Each cell's distance from the centre on one row, as a fraction of the outer ring. The
    same for every ring and every layout tried of one picture (4 rings × 3 spacings × up to
    9 tries), so worked out once per row instead of per cell each time; emptied when the next
    picture starts."""
    return tuple(math.hypot((x + 0.5 - cx) / rx, dy) for x in range(breedte))


def _verdeel(stukken: list[_Stuk], mensen: list[tuple[str, str]]) -> list[str]:
    """Spread the names evenly round the ring: each name goes to the run nearest its own
    angle that still has room (an empty run first). Returns the ids that did not fit."""
    wachtrij: list[tuple[str, str]] = []
    geschiedenis: list[_Stuk] = []
    # Runs only lose room here: once a name found none, no name as wide or wider will. A big
    # ring (500 people) stopped asking every run for each of the hundreds that do not fit.
    geweigerd = math.inf
    for i, (pid, tekst) in enumerate(mensen):
        doel = 2 * math.pi * i / max(1, len(mensen))
        breedte = cell_len(tekst)
        stuk = None if breedte >= geweigerd else _dichtstbij(stukken, doel, breedte)
        if stuk is None:
            geweigerd = min(geweigerd, breedte)
            wachtrij.append((pid, tekst))
        else:
            stuk.voeg_toe(pid, tekst)
            geschiedenis.append(stuk)
    if not wachtrij:
        return []
    # Not everyone fits: the last names placed make room for "+N", until it fits somewhere.
    while True:
        teken = f"+{len(wachtrij)}"
        plek = next((s for s in reversed(stukken) if s.past(cell_len(teken))), None)
        if plek is not None or not geschiedenis:
            break
        stuk = geschiedenis.pop()
        wachtrij.insert(0, stuk.haal_laatste())
    if plek is not None:
        plek.voeg_toe("", teken)
    return [pid for pid, _ in wachtrij]


def _dichtstbij(stukken: list[_Stuk], doel: float, breedte: int) -> _Stuk | None:
    """The run with room nearest the angle `doel`, an emptier one first; of equals the first.
    (A plain loop: asked once per name of every ring, in each of the layouts tried.)"""
    rond = 2 * math.pi
    beste: _Stuk | None = None
    laagste = math.inf
    for stuk in stukken:
        if breedte > stuk.ruimte:
            continue
        straf = 0.4 * len(stuk.namen)
        if straf >= laagste:
            continue  # the angle only adds to it: never better than the best so far
        verschil = abs(stuk.hoek - doel) % rond
        kosten = (verschil if verschil <= rond - verschil else rond - verschil) + straf
        if kosten < laagste:
            beste, laagste = stuk, kosten
    return beste


def _zet_in_stuk(stuk: _Stuk) -> list[Label]:
    """The names of one run, spread evenly over it (not all crowded at its left end)."""
    if not stuk.namen:
        return []
    n = len(stuk.namen)
    vrij = stuk.lengte - sum(cell_len(t) for _, t in stuk.namen)
    # Equal space around every name, but never less than TUSSENRUIMTE between two names.
    tussen = max(TUSSENRUIMTE, vrij / (n + 1))
    x = stuk.x1 + (vrij - tussen * (n - 1)) / 2
    labels = []
    for pid, tekst in stuk.namen:
        soort: LabelSoort = "naam" if pid else "meer"
        labels.append(Label(math.floor(x), stuk.y, tekst, soort, pid or None))
        x += cell_len(tekst) + tussen
    return labels
