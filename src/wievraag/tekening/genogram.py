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
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from statistics import fmean
from typing import Literal

from wievraag.model import GENERATIES, Persoon, Sessie

NaamFunctie = Callable[[Persoon], str]

# Generation → row level: overgrootouders 0 … kinderen 3. Blog 003 asks for three generations,
# so those three rows are always drawn (an empty row is a question worth asking).
NIVEAU: dict[str, int] = {g: i for i, g in enumerate(GENERATIES)}
ALTIJD = (NIVEAU["grootouders"], NIVEAU["ouders"], NIVEAU["kinderen"])

PARTNERRUIMTE = 7  # " ══╤══ " between two partners: the children's line drops from the middle
TUSSENRUIMTE = 3  # between people who are not partners
MAX_TEKST = 24  # a longer name or detail is cut with "…" (visibly, never silently)

CONTACT_WOORD = {
    "verbroken": "verbroken",
    "ver-weg": "ver weg",
    "buitenland": "buitenland",
    "sociale-media": "online",
}
LEGENDA = "═ partners · ┬ hun kinderen eronder · † overleden · ✂ contact verbroken"

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
    voor = ("† " if not p.in_leven else "") + ("✂ " if p.contact == "verbroken" else "")
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
    for start in ids:
        if start in niveau:
            continue
        los = {start: 0}
        _verspreid(los, [start], buren)
        if max(los.values()) > min(los.values()):
            verschuif = NIVEAU["kinderen"] - max(los.values())
            niveau.update({i: n + verschuif for i, n in los.items()})
    return niveau


def _verspreid(
    niveau: dict[str, int], rand: list[str], buren: dict[str, list[tuple[str, int]]]
) -> None:
    # Breadth first from every known person at once: the nearest entered generation wins.
    rij = list(rand)
    while rij:
        huidig = rij.pop(0)
        for ander, stap in buren[huidig]:
            if ander not in niveau:
                niveau[ander] = niveau[huidig] + stap
                rij.append(ander)


# -- the layout ------------------------------------------------------------------------------


@dataclass
class _Stand:
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

    def ouders_boven(self, pid: str) -> list[str]:
        return [o for o in self.ouders[pid] if self.rij.get(o) == self.rij[pid] - 1]

    def kinderen_onder(self, pid: str) -> list[str]:
        return [k for k in self.rij if pid in self.ouders[k] and self.rij[k] == self.rij[pid] + 1]

    def eenheid_van(self, pid: str) -> list[str]:
        return next(e for e in self.rijen[self.rij[pid]] if pid in e)

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
        return round(fmean(self.midden(o) for o in lijst))

    def eenheidsbreedte(self, eenheid: list[str]) -> int:
        return sum(self.maat[p] for p in eenheid) + PARTNERRUIMTE * (len(eenheid) - 1)

    def zet(self, eenheid: list[str], links: int) -> None:
        for p in eenheid:
            self.x[p] = links
            links += self.maat[p] + PARTNERRUIMTE


def leg_uit(sessie: Sessie, naam: NaamFunctie = _eigen_naam, jaar: int | None = None) -> Genogram:
    """The family of this session as a genogram. Who is in it: everyone with a parent or
    partner link, the family (sector "familie"), and people of unknown sector with a
    generation. Friends, neighbours and professionals belong in the other views."""
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
    buren: dict[str, list[tuple[str, int]]] = {i: [] for i in ids}
    for i in ids:
        for o in ouders[i]:
            buren[i].append((o, -1))
            buren[o].append((i, 1))
        for q in sorted(partners[i], key=ids.index):
            buren[i].append((q, 0))
    gegeven = {p.id: NIVEAU[p.generatie] for p in erin if p.generatie}
    niveau = _niveaus(ids, buren, gegeven)
    opmerkingen: list[str] = []
    zonder = [per_id[i] for i in ids if i not in niveau]
    if zonder:
        opmerkingen.append(
            "Nog zonder generatie (vul bij de persoon de generatie of de ouders in): "
            + ", ".join(naam(p) for p in zonder)
        )
    if not niveau:
        return Genogram((), (), (), 0, 0, tuple(opmerkingen))

    niveaus = sorted(set(niveau.values()) | set(ALTIJD))
    rij_van = {pid: niveaus.index(n) for pid, n in niveau.items()}
    volgorde = {pid: i for i, pid in enumerate(ids)}
    teksten = {pid: _label_tekst(per_id[pid], naam, jaar) for pid in niveau}
    maat = {pid: max(1, *(breedte(t) for t in teksten[pid])) for pid in niveau}
    koppen = [rijnaam(n) for n in niveaus]
    stand = _Stand(
        volgorde=volgorde,
        ouders={pid: [o for o in ouders[pid] if o in niveau] for pid in niveau},
        partners={pid: {q for q in partners[pid] if q in niveau} for pid in niveau},
        rij=rij_van,
        rijen=[],
        maat=maat,
        naammaat={pid: max(1, breedte(teksten[pid][0])) for pid in niveau},
        x={},
        marge=max(breedte(k) for k in koppen) + 2,
    )
    stand.rijen = [_eenheden(stand, r) for r in range(len(niveaus))]
    _orden(stand)
    _plaats(stand)
    opmerkingen += _vreemde_links(stand, per_id, naam)

    labels, lijnen, rijkoppen, hoogte = _teken(stand, teksten, koppen, per_id)
    breed = max(label.rechts for label in labels) + 1
    if any(kop.leeg for kop in rijkoppen):
        breed = max(breed, stand.marge + breedte(NIEMAND))
    return Genogram(
        tuple(labels), tuple(lijnen), tuple(rijkoppen), breed, hoogte, tuple(opmerkingen)
    )


def _eenheden(stand: _Stand, r: int) -> list[list[str]]:
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


def _orden(stand: _Stand) -> None:
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
            return fmean(pos[b] for b in lijst) if lijst else None

        nieuw: list[tuple[float, int, list[str]]] = []
        for i, eenheid in enumerate(oud):
            sleutels = [s for p in eenheid if (s := sleutel(p)) is not None]
            los = not any(
                stand.ouders[p] or stand.partners[p] or stand.kinderen_onder(p) for p in eenheid
            )
            if sleutels:
                waarde = fmean(sleutels)
            elif los:
                waarde = 2.0 + i  # unlinked people at the end of their row
            else:
                waarde = fmean(pos[p] for p in eenheid)
            # A chain of partners faces its families: the one whose family is left, left.
            langs = [s for p in eenheid if (s := sleutel(p)) is not None]
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
    _minder_kruisingen(stand)


def _kruisingen(stand: _Stand, r: int) -> int:
    """Parent–child lines between row r and the row below that cross each other."""
    if r < 0 or r + 1 >= len(stand.rijen):
        return 0
    boven = {p: i for i, p in enumerate(p for e in stand.rijen[r] for p in e)}
    onder = [p for e in stand.rijen[r + 1] for p in e]
    lijnen = [(boven[o], i) for i, k in enumerate(onder) for o in stand.ouders_boven(k)]
    return sum(
        1
        for n, (a1, b1) in enumerate(lijnen)
        for a2, b2 in lijnen[n + 1 :]
        if (a1 - a2) * (b1 - b2) < 0
    )


def _minder_kruisingen(stand: _Stand) -> None:
    """Swap neighbouring units, or turn a couple around, wherever that uncrosses lines; a
    bounded number of rounds, and only strict improvements, so the result is deterministic."""

    def kosten(r: int) -> int:
        return _kruisingen(stand, r - 1) + _kruisingen(stand, r)

    for _ in range(8):
        beter = False
        for r, eenheden in enumerate(stand.rijen):
            for i in range(len(eenheden)):
                voor = kosten(r)
                if i + 1 < len(eenheden):
                    eenheden[i], eenheden[i + 1] = eenheden[i + 1], eenheden[i]
                    if kosten(r) < voor:
                        beter = True
                        continue
                    eenheden[i], eenheden[i + 1] = eenheden[i + 1], eenheden[i]
                if len(eenheden[i]) > 1:
                    eenheden[i].reverse()
                    if kosten(r) < voor:
                        beter = True
                    else:
                        eenheden[i].reverse()
        if not beter:
            return


def _plaats(stand: _Stand) -> None:
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


def _rij_links(stand: _Stand, r: int, wens: list[int | None]) -> None:
    volgende = stand.marge
    for eenheid, links in zip(stand.rijen[r], wens, strict=True):
        begin = volgende if links is None else max(links, volgende)
        stand.zet(eenheid, begin)
        volgende = begin + stand.eenheidsbreedte(eenheid) + TUSSENRUIMTE


def _gezin(stand: _Stand, eenheid: list[str]) -> tuple[str, ...] | None:
    """The parents (one row up) of the first person in this unit who has them."""
    for p in eenheid:
        boven = stand.ouders_boven(p)
        if boven:
            return tuple(sorted(boven, key=stand.volgorde.__getitem__))
    return None


def _wens_neer(stand: _Stand, r: int) -> list[int | None]:
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
                plek += TUSSENRUIMTE - PARTNERRUIMTE
            links = stand.valpunt(gezin) - round(fmean(punten))
            for k in range(i, j):
                wens[k] = links
                links += stand.eenheidsbreedte(eenheden[k]) + TUSSENRUIMTE
        i = j
    return wens


def _wens_op(stand: _Stand, r: int) -> list[int | None]:
    """Desired left column per unit: its lines to the children over the children's middle."""
    wens: list[int | None] = []
    for eenheid in stand.rijen[r]:
        verschil: list[float] = []
        links = stand.x[eenheid[0]]
        for gezin, kinderen in _gezinnen_onder(stand, eenheid).items():
            eigen = [o for o in gezin if o in eenheid]
            val = stand.valpunt(eigen)
            verschil.append(fmean(stand.midden(k) for k in kinderen) - (val - links))
        wens.append(round(fmean(verschil)) if verschil else None)
    return wens


def _gezinnen_onder(stand: _Stand, eenheid: list[str]) -> dict[tuple[str, ...], list[str]]:
    """Children one row down of anyone in this unit, grouped by their set of parents."""
    uit: dict[tuple[str, ...], list[str]] = {}
    r = stand.rij[eenheid[0]]
    if r + 1 >= len(stand.rijen):
        return uit
    for onder in stand.rijen[r + 1]:
        for kind in onder:
            boven = stand.ouders_boven(kind)
            if any(o in eenheid for o in boven):
                gezin = tuple(sorted(boven, key=stand.volgorde.__getitem__))
                uit.setdefault(gezin, []).append(kind)
    return uit


def _vreemde_links(stand: _Stand, per_id: dict[str, Persoon], naam: NaamFunctie) -> list[str]:
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
    stand: _Stand,
    teksten: dict[str, tuple[str, str]],
    koppen: list[str],
    per_id: dict[str, Persoon],
) -> tuple[list[Label], list[Lijn], list[Rijkop], int]:
    labels: list[Label] = []
    lijnen: list[Lijn] = []
    rijkoppen: list[Rijkop] = []
    y = 0
    for r, eenheden in enumerate(stand.rijen):
        rijkoppen.append(Rijkop(koppen[r], y, leeg=not eenheden, x=stand.marge))
        for eenheid in eenheden:
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
                    lijnen.append(Lijn(na_naam, y, stand.x[b] - 2, y, "partner", (a, b)))
        if r + 1 == len(stand.rijen):
            return labels, lijnen, rijkoppen, y + 2
        gezinnen: dict[tuple[str, ...], list[str]] = {}
        for eenheid in eenheden:
            for gezin, kinderen in _gezinnen_onder(stand, eenheid).items():
                lijst = gezinnen.setdefault(gezin, [])
                lijst += [k for k in kinderen if k not in lijst]
        # Each family's horizontal line gets its own track where it would touch another's.
        sporen: list[int] = []
        spoor_van: dict[tuple[str, ...], int] = {}
        bereik: dict[tuple[str, ...], tuple[int, int]] = {}
        for gezin, kinderen in gezinnen.items():
            punten = [*_valpunten(stand, gezin), *(stand.midden(k) for k in kinderen)]
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
            for val in _valpunten(stand, gezin):
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


def _valpunten(stand: _Stand, gezin: tuple[str, ...]) -> list[int]:
    if len(gezin) == 2 and stand.naast_elkaar(*gezin):
        return [stand.valpunt(gezin)]
    return [stand.midden(o) for o in gezin]
