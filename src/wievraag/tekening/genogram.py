"""The genogram (blog 003, handreiking §3.2): the family in generations, oldest on top.

Partners stand side by side joined by a double line; their children hang under that line;
names and ages on every person, deceased (†) and broken contact (✂) marked with a symbol and
a word, never by colour alone. The layout is made once on a grid of character cells
(`leg_uit`); `als_regels` renders it for the terminal and `als_svg` draws the very same
layout as SVG for the export, so the screen and the file cannot tell different stories.

Names go through a `naam` function, so a privacy mask or pseudonyms apply to the drawing
exactly as they do elsewhere. Pure code: no Textual, no files.
"""

from __future__ import annotations

import itertools
import threading
import unicodedata
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal, TypeVar

from wievraag.model import GENERATIES, Persoon, Sessie
from wievraag.tekening.genogram_plaats import (
    Stand,
    eenheden,
    gezinnen_onder,
    orden,
    plaats,
    valpunten,
)

NaamFunctie = Callable[[Persoon], str]
T = TypeVar("T")

# Generation → row level: overgrootouders 0 … kinderen 3. Blog 003 asks for three generations,
# so those three rows are always drawn (an empty row is a question worth asking).
NIVEAU: dict[str, int] = {g: i for i, g in enumerate(GENERATIES)}
ALTIJD = (NIVEAU["grootouders"], NIVEAU["ouders"], NIVEAU["kinderen"])

MAX_TEKST = 24  # a longer name or detail is cut with "…" (visibly, never silently)

CONTACT_WOORD = {
    "verbroken": "verbroken",
    "ver-weg": "ver weg",
    "buitenland": "buitenland",
    "sociale-media": "online",
}
# McGoldrick's symbols, in characters every terminal font has.
SYMBOOL = {"man": "□", "vrouw": "○", "anders": "◇"}
# The partner line by kind: a double line together (married or not said), dashed living
# together, one slash separated, two slashes divorced; drawn near the line's start.
STREEP = {"uit-elkaar": "/", "gescheiden": "//"}
LEGENDA = (
    "□ man · ○ vrouw · ◇ anders · ═ getrouwd · ╌ samenwonend · ═/═ uit elkaar · "
    "═//═ gescheiden · ┬ kinderen eronder · † overleden · ✂ contact verbroken"
)

Stijl = Literal["", "naam", "overleden", "detail", "lijn", "kop"]


@dataclass(frozen=True)
class Label:
    """One person: two lines of text from cell (x, y); `persoon` is the register id."""

    persoon: str
    x: int
    y: int
    naam: str  # with † or ✂ in front
    detail: str  # age and a word for the status: "63", "71 · buitenland", "overleden"
    breedte: int  # in cells
    overleden: bool = False
    verbroken: bool = False

    @property
    def midden(self) -> int:
        """The column where lines meet this person: the middle of the name."""
        return self.x + (breedte(self.naam) - 1) // 2

    @property
    def rechts(self) -> int:
        return self.x + self.breedte - 1


@dataclass(frozen=True)
class Lijn:
    """A straight line from cell centre to cell centre (horizontal or vertical).

    A partner line joins two partners; a "kind" line is part of a parent–child connection.
    `ouders` and `kinderen` say which people a "kind" line connects (for tests and readers).
    """

    x1: int
    y1: int
    x2: int
    y2: int
    soort: Literal["partner", "kind"]
    ouders: tuple[str, ...] = ()
    kinderen: tuple[str, ...] = ()
    relatie: str = ""  # a partner line's kind (Persoon.partner_relatie); "" = not said


@dataclass(frozen=True)
class Rijkop:
    """A generation's name at the start of its row; an empty row says "(nog niemand)" at
    `x`, an invitation to ask about that generation (blog 003: always three)."""

    tekst: str
    y: int
    leeg: bool = False
    x: int = 0


NIEMAND = "(nog niemand)"


@dataclass(frozen=True)
class Genogram:
    labels: tuple[Label, ...]
    lijnen: tuple[Lijn, ...]
    rijkoppen: tuple[Rijkop, ...]
    breedte: int
    hoogte: int
    # What the drawing cannot show, in words: people without a generation, odd links.
    opmerkingen: tuple[str, ...] = ()

    def label(self, persoon_id: str) -> Label | None:
        return next((label for label in self.labels if label.persoon == persoon_id), None)

    @property
    def leeg(self) -> bool:
        return not self.labels


def _eigen_naam(persoon: Persoon) -> str:
    return persoon.naam


def rijnaam(niveau: int) -> str:
    namen = list(GENERATIES.values())
    if 0 <= niveau < len(namen):
        return namen[niveau]
    if niveau < 0:
        return "voorouders"
    return "kleinkinderen" if niveau == len(namen) else "achterkleinkinderen"


def breedte(tekst: str) -> int:
    """Cells a text takes in a terminal: wide (East Asian) characters two, combining none."""
    if tekst.isascii():  # no ASCII character is wide, combining or a format character
        return len(tekst)
    totaal = 0
    for teken in tekst:
        if unicodedata.combining(teken) or unicodedata.category(teken) in ("Mn", "Me", "Cf"):
            continue
        totaal += 2 if unicodedata.east_asian_width(teken) in ("W", "F") else 1
    return totaal


def _kort(tekst: str) -> str:
    tekst = " ".join(tekst.split())
    if breedte(tekst) <= MAX_TEKST:
        return tekst
    while breedte(tekst) > MAX_TEKST - 1:
        tekst = tekst[:-1]
    return tekst + "…"


def _label_tekst(p: Persoon, naam: NaamFunctie, jaar: int | None) -> tuple[str, str]:
    voor = (
        (SYMBOOL[p.geslacht] + " " if p.geslacht else "")
        + ("† " if not p.in_leven else "")
        + ("✂ " if p.contact == "verbroken" else "")
    )
    delen = [p.leeftijd_tekst(jaar)]
    if not p.in_leven:
        delen.append("overleden")
    if p.contact in CONTACT_WOORD:
        delen.append(CONTACT_WOORD[p.contact])
    return _kort(voor + naam(p)), _kort(" · ".join(d for d in delen if d))


# -- which generation ------------------------------------------------------------------------


def _niveaus(
    ids: list[str], buren: dict[str, list[tuple[str, int]]], gegeven: dict[str, int]
) -> dict[str, int]:
    """Generation per person: as entered, else derived along the links (a parent one row up,
    a child one down, a partner level). A family with no generation entered at all is placed
    with its youngest as the children. Someone who cannot be placed is left out (and named)."""
    niveau = dict(gegeven)
    _verspreid(niveau, [i for i in ids if i in niveau], buren)
    gezien: set[str] = set()  # a group of partners only, left out: once, not once per member
    for start in ids:
        if start in niveau or start in gezien:
            continue
        los = {start: 0}
        _verspreid(los, [start], buren)
        gezien |= los.keys()
        if max(los.values()) > min(los.values()):
            verschuif = NIVEAU["kinderen"] - max(los.values())
            niveau.update({i: n + verschuif for i, n in los.items()})
    return niveau


def _verspreid(
    niveau: dict[str, int], rand: list[str], buren: dict[str, list[tuple[str, int]]]
) -> None:
    # Breadth first from every known person at once: the nearest entered generation wins.
    rij = deque(rand)
    while rij:
        huidig = rij.popleft()
        for ander, stap in buren[huidig]:
            if ander not in niveau:
                niveau[ander] = niveau[huidig] + stap
                rij.append(ander)


# -- the layout ------------------------------------------------------------------------------

# Layouts kept for the sessions last drawn. A screen asks again for the drawing it showed (a
# tab shown again, an undo back to what it was, the mask toggled back): that answer is ready.
# Two levels: the structure (who is drawn, in which row, in what order; the costly part)
# depends on the people and their links only, so another way of naming people (the privacy
# mask, pseudonyms) reuses it and only places the labels again; the whole drawing depends on
# the names and ages too. Both are keyed by everything they read, so a change to any of it
# is a new key, never a stale drawing.
_BEWAARD = 8
_structuren: OrderedDict[tuple[object, ...], _Structuur] = OrderedDict()
_tekeningen: OrderedDict[tuple[object, ...], Genogram] = OrderedDict()
_slot = threading.Lock()  # the export may draw in a worker thread while the screen draws


@dataclass(frozen=True)
class _Structuur:
    """What of a layout does not depend on names: shared between calls, never changed."""

    ids: tuple[str, ...]  # everyone in the genogram, in register order
    zonder: tuple[str, ...]  # of them, those without a generation (named in a remark)
    niveaus: tuple[int, ...]  # the generation of each row
    rij: dict[str, int]
    ouders: dict[str, list[str]]
    partners: dict[str, set[str]]
    rijen: tuple[tuple[tuple[str, ...], ...], ...]  # row → units → people, in order


def _bewaar(cache: OrderedDict[tuple[object, ...], T], sleutel: tuple[object, ...], waarde: T) -> T:
    with _slot:
        cache[sleutel] = waarde
        cache.move_to_end(sleutel)
        while len(cache) > _BEWAARD:
            cache.popitem(last=False)
    return waarde


def _gevonden(cache: OrderedDict[tuple[object, ...], T], sleutel: tuple[object, ...]) -> T | None:
    with _slot:
        waarde = cache.get(sleutel)
        if waarde is not None:
            cache.move_to_end(sleutel)
        return waarde


def vergeet_bewaarde() -> None:
    """Forget the kept layouts (benchmarks measure a first drawing; tests start clean)."""
    with _slot:
        _structuren.clear()
        _tekeningen.clear()


def leg_uit(sessie: Sessie, naam: NaamFunctie = _eigen_naam, jaar: int | None = None) -> Genogram:
    """The family of this session as a genogram. Who is in it: everyone with a parent or
    partner link, the family (sector "familie"), and people of unknown sector with a
    generation. Friends, neighbours and professionals belong in the other views.

    Cheap to ask again: the last few layouts are kept (see `_BEWAARD` above)."""
    structuur_sleutel = tuple(
        (p.id, tuple(p.ouders), tuple(p.partners), p.sector, p.generatie) for p in sessie.personen
    )
    sleutel = (
        structuur_sleutel,
        jaar if jaar is not None else date.today().year,  # ages from a birth year
        tuple(
            (
                naam(p),
                p.in_leven,
                p.contact,
                p.leeftijd,
                p.geboortejaar,
                p.geslacht,  # the symbol in front of the name
                tuple(sorted((p.partner_relatie or {}).items())),  # the partner line's kind
            )
            for p in sessie.personen
        ),
    )
    if (bekend := _gevonden(_tekeningen, sleutel)) is not None:
        return bekend
    structuur = _gevonden(_structuren, structuur_sleutel)
    if structuur is None:
        structuur = _bewaar(_structuren, structuur_sleutel, _structuur(sessie))
    return _bewaar(_tekeningen, sleutel, _teken_uit(sessie, structuur, naam, jaar))


def _structuur(sessie: Sessie) -> _Structuur:
    per_id = {p.id: p for p in sessie.personen}
    ouders = {p.id: [o for o in p.ouders if o in per_id] for p in sessie.personen}
    partners = {p.id: {q for q in p.partners if q in per_id} for p in sessie.personen}
    for pid, qs in list(partners.items()):
        for q in qs:
            partners[q].add(pid)  # mutual, even if a file said it once
    gelinkt = {pid for pid in per_id if ouders[pid] or partners[pid]}
    gelinkt |= {o for lijst in ouders.values() for o in lijst}
    erin = [
        p
        for p in sessie.personen
        if p.id in gelinkt or p.sector == "familie" or (p.sector is None and p.generatie)
    ]
    ids = [p.id for p in erin]
    plek = {pid: i for i, pid in enumerate(ids)}
    buren: dict[str, list[tuple[str, int]]] = {i: [] for i in ids}
    for i in ids:
        for o in ouders[i]:
            buren[i].append((o, -1))
            buren[o].append((i, 1))
        for q in sorted(partners[i], key=plek.__getitem__):
            buren[i].append((q, 0))
    gegeven = {p.id: NIVEAU[p.generatie] for p in erin if p.generatie}
    niveau = _niveaus(ids, buren, gegeven)
    zonder = tuple(i for i in ids if i not in niveau)
    if not niveau:
        return _Structuur(tuple(ids), zonder, (), {}, {}, {}, ())
    niveaus = sorted(set(niveau.values()) | set(ALTIJD))
    stand = Stand(
        volgorde=plek,
        ouders={pid: [o for o in ouders[pid] if o in niveau] for pid in niveau},
        partners={pid: {q for q in partners[pid] if q in niveau} for pid in niveau},
        rij={pid: niveaus.index(n) for pid, n in niveau.items()},
        rijen=[],
        maat={},
        naammaat={},
        x={},
        marge=0,
    )
    stand.rijen = [eenheden(stand, r) for r in range(len(niveaus))]
    orden(stand)  # the order in each row needs no label widths
    rijen = tuple(tuple(tuple(e) for e in rij) for rij in stand.rijen)
    return _Structuur(
        tuple(ids), zonder, tuple(niveaus), stand.rij, stand.ouders, stand.partners, rijen
    )


def _teken_uit(
    sessie: Sessie, structuur: _Structuur, naam: NaamFunctie, jaar: int | None
) -> Genogram:
    """Columns, labels and lines for a structure, with these names."""
    per_id = {p.id: p for p in sessie.personen}
    opmerkingen: list[str] = []
    if structuur.zonder:
        opmerkingen.append(
            "Nog zonder generatie (vul bij de persoon de generatie of de ouders in): "
            + ", ".join(naam(per_id[i]) for i in structuur.zonder)
        )
    if not structuur.rij:
        return Genogram((), (), (), 0, 0, tuple(opmerkingen))
    teksten = {pid: _label_tekst(per_id[pid], naam, jaar) for pid in structuur.rij}
    koppen = [rijnaam(n) for n in structuur.niveaus]
    stand = Stand(
        volgorde={pid: i for i, pid in enumerate(structuur.ids)},
        ouders=structuur.ouders,
        partners=structuur.partners,
        rij=structuur.rij,
        rijen=[[list(e) for e in rij] for rij in structuur.rijen],
        maat={pid: max(1, *(breedte(t) for t in teksten[pid])) for pid in structuur.rij},
        naammaat={pid: max(1, breedte(teksten[pid][0])) for pid in structuur.rij},
        x={},
        marge=max(breedte(k) for k in koppen) + 2,
    )
    plaats(stand)
    opmerkingen += _vreemde_links(stand, per_id, naam)

    labels, lijnen, rijkoppen, hoogte = _teken(stand, teksten, koppen, per_id)
    breed = max(label.rechts for label in labels) + 1
    if any(kop.leeg for kop in rijkoppen):
        breed = max(breed, stand.marge + breedte(NIEMAND))
    return Genogram(
        tuple(labels), tuple(lijnen), tuple(rijkoppen), breed, hoogte, tuple(opmerkingen)
    )


def _vreemde_links(stand: Stand, per_id: dict[str, Persoon], naam: NaamFunctie) -> list[str]:
    """Links the drawing cannot show as a line, said in words instead of silently dropped."""
    uit: list[str] = []
    for kind in sorted(stand.rij, key=stand.volgorde.__getitem__):
        for ouder in stand.ouders[kind]:
            if stand.rij[ouder] != stand.rij[kind] - 1:
                uit.append(
                    f"{naam(per_id[kind])}: ouder {naam(per_id[ouder])} staat niet één "
                    "generatie hoger; kijk de generaties na."
                )
        for q in sorted(stand.partners[kind], key=stand.volgorde.__getitem__):
            if stand.volgorde[q] > stand.volgorde[kind] and not stand.naast_elkaar(kind, q):
                uit.append(
                    f"{naam(per_id[kind])} en {naam(per_id[q])} zijn partners, maar staan "
                    "niet naast elkaar (andere generatie of meer partners)."
                )
    return uit


def _teken(
    stand: Stand,
    teksten: dict[str, tuple[str, str]],
    koppen: list[str],
    per_id: dict[str, Persoon],
) -> tuple[list[Label], list[Lijn], list[Rijkop], int]:
    labels: list[Label] = []
    lijnen: list[Lijn] = []
    rijkoppen: list[Rijkop] = []
    y = 0
    for r, rij in enumerate(stand.rijen):
        rijkoppen.append(Rijkop(koppen[r], y, leeg=not rij, x=stand.marge))
        for eenheid in rij:
            for p in eenheid:
                naam, detail = teksten[p]
                labels.append(
                    Label(
                        p,
                        stand.x[p],
                        y,
                        naam,
                        detail,
                        stand.maat[p],
                        overleden=not per_id[p].in_leven,
                        verbroken=per_id[p].contact == "verbroken",
                    )
                )
            for a, b in itertools.pairwise(eenheid):
                if b in stand.partners[a]:
                    # From just after the name: a longer detail line below leaves room.
                    na_naam = stand.x[a] + stand.naammaat[a] + 1
                    relatie = (per_id[a].partner_relatie or {}).get(b, "")
                    lijnen.append(
                        Lijn(na_naam, y, stand.x[b] - 2, y, "partner", (a, b), relatie=relatie)
                    )
        if r + 1 == len(stand.rijen):
            return labels, lijnen, rijkoppen, y + 2
        gezinnen: dict[tuple[str, ...], list[str]] = {}
        for eenheid in rij:
            for gezin, kinderen in gezinnen_onder(stand, eenheid).items():
                lijst = gezinnen.setdefault(gezin, [])
                lijst += [k for k in kinderen if k not in lijst]
        # Each family's horizontal line gets its own track where it would touch another's.
        sporen: list[int] = []
        spoor_van: dict[tuple[str, ...], int] = {}
        bereik: dict[tuple[str, ...], tuple[int, int]] = {}
        for gezin, kinderen in gezinnen.items():
            punten = [*valpunten(stand, gezin), *(stand.midden(k) for k in kinderen)]
            bereik[gezin] = (min(punten), max(punten))
        for gezin in sorted(gezinnen, key=lambda g: bereik[g]):
            lo, hi = bereik[gezin]
            vrij = next((t for t, eind in enumerate(sporen) if eind < lo - 1), None)
            if vrij is None:
                sporen.append(hi)
                vrij = len(sporen) - 1
            sporen[vrij] = hi
            spoor_van[gezin] = vrij
        y_onder = y + 3 + len(sporen) if sporen else y + 3
        for gezin, kinderen in gezinnen.items():
            ys = y + 3 + spoor_van[gezin]
            kids = tuple(sorted(kinderen, key=lambda k: stand.x[k]))
            for val in valpunten(stand, gezin):
                # From the partner line, or from under the parent's name.
                lijnen.append(Lijn(val, y, val, ys, "kind", gezin, kids))
            lo, hi = bereik[gezin]
            if lo < hi:
                lijnen.append(Lijn(lo, ys, hi, ys, "kind", gezin, kids))
            for kind in kids:
                m = stand.midden(kind)
                lijnen.append(Lijn(m, ys, m, y_onder, "kind", gezin, (kind,)))
        y = y_onder
    return labels, lijnen, rijkoppen, y  # pragma: no cover (the loop returns)
