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
from functools import lru_cache
from typing import Literal, TypeVar

from wievraag.model import GENERATIES, Persoon, Sessie
from wievraag.tekening.genogram_plaats import (
    TUSSENRUIMTE,
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
    "═//═ gescheiden · ┬ kinderen eronder · † overleden · ✂ contact verbroken · "
    "┈┊ huishouden (woont samen)"
)
# The row under the generations for relatives not yet linked to anyone drawn: placed, named,
# and a question to ask ("hoe hoort tante Ans bij de familie?"), never left off the drawing.
LOS_RIJ = "niet verbonden"
# On a wide screen people stand further apart, up to this many cells between them.
MAX_TUSSEN = 30

Stijl = Literal["", "naam", "overleden", "detail", "lijn", "kop", "grens"]


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
class Grens:
    """The household's dotted line (McGoldrick): a closed outline through cell centres,
    corner by corner, around `personen`. One piece per stretch of rows where the household
    stands together; the terminal and the SVG draw the same corners."""

    punten: tuple[tuple[int, int], ...]
    personen: tuple[str, ...]


@dataclass(frozen=True)
class Genogram:
    labels: tuple[Label, ...]
    lijnen: tuple[Lijn, ...]
    rijkoppen: tuple[Rijkop, ...]
    breedte: int
    hoogte: int
    # What the drawing cannot show, in words: people without a generation, odd links.
    opmerkingen: tuple[str, ...] = ()
    grenzen: tuple[Grens, ...] = ()

    def label(self, persoon_id: str) -> Label | None:
        return next((label for label in self.labels if label.persoon == persoon_id), None)

    @property
    def leeg(self) -> bool:
        return not self.labels

    @property
    def generaties(self) -> int:
        """Generations with someone in them (the row of the not yet linked is none)."""
        return sum(1 for kop in self.rijkoppen if not kop.leeg and kop.tekst != LOS_RIJ)


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
    return sum(map(_tekenbreedte, tekst))


@lru_cache(maxsize=4096)  # names repeat their letters; the symbols (♀ ♂ †) are in every label
def _tekenbreedte(teken: str) -> int:
    if unicodedata.combining(teken) or unicodedata.category(teken) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(teken) in ("W", "F") else 1


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
# A spread drawing (a wide screen) keeps two: the compact one and the one shown; the ones
# made only to measure the width are not kept (only a small family is ever spread).
_BEWAARD = 8
_structuren: OrderedDict[tuple[object, ...], _Structuur] = OrderedDict()
_tekeningen: OrderedDict[tuple[object, ...], Genogram] = OrderedDict()
_slot = threading.Lock()  # the export may draw in a worker thread while the screen draws


@dataclass(frozen=True)
class _Structuur:
    """What of a layout does not depend on names: shared between calls, never changed."""

    ids: tuple[str, ...]  # everyone in the genogram, in register order
    zonder: tuple[str, ...]  # of them, those without a generation: the row LOS_RIJ, last
    niveaus: tuple[int, ...]  # the generation of each row (but LOS_RIJ)
    rij: dict[str, int]
    ouders: dict[str, list[str]]
    partners: dict[str, set[str]]
    rijen: tuple[tuple[tuple[str, ...], ...], ...]  # row → units → people, in order
    huis: frozenset[str] = frozenset()  # who lives in the family's household


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


def leg_uit(
    sessie: Sessie,
    naam: NaamFunctie = _eigen_naam,
    jaar: int | None = None,
    breedte: int | None = None,
) -> Genogram:
    """The family of this session as a genogram. Who is in it: everyone with a parent or
    partner link, the family (sector "familie"), the household, and people of unknown
    sector with a generation. Friends, neighbours and professionals belong in the other
    views. Relatives linked to nobody drawn stand in a last row, LOS_RIJ.

    With `breedte` (the cells the screen has) a family narrower than that is spread out:
    more room between people, as much as fits, so a wide screen is used and a narrow one
    gets the compact drawing (it scrolls). Cheap to ask again: the last few layouts are kept
    (see `_BEWAARD` above), a spread one as well."""
    kort = _leg_uit(sessie, naam, jaar, TUSSENRUIMTE)
    if breedte is None or kort.leeg or kort.breedte >= breedte:
        return kort
    # The width grows about linearly with the room between people: one step up says how.
    groei = _leg_uit(sessie, naam, jaar, TUSSENRUIMTE + 1, bewaar=False).breedte - kort.breedte
    if groei <= 0:
        return kort
    tussen = min(MAX_TUSSEN, TUSSENRUIMTE + (breedte - kort.breedte) // groei)
    ruim = kort
    while tussen > TUSSENRUIMTE:
        ruim = _leg_uit(sessie, naam, jaar, tussen, bewaar=False)
        if ruim.breedte <= breedte:
            break
        tussen -= 1
    else:
        ruim, tussen = kort, TUSSENRUIMTE
    # What is left over: the family in the middle, the generations' names at the left edge.
    inspringen = max(0, (breedte - ruim.breedte) // 2)
    return _leg_uit(sessie, naam, jaar, tussen, inspringen)


def _leg_uit(
    sessie: Sessie,
    naam: NaamFunctie,
    jaar: int | None,
    tussen: int,
    inspringen: int = 0,
    *,
    bewaar: bool = True,
) -> Genogram:
    structuur_sleutel = tuple(
        (p.id, tuple(p.ouders), tuple(p.partners), p.sector, p.generatie, p.huishouden)
        for p in sessie.personen
    )
    sleutel = (
        structuur_sleutel,
        tussen,
        inspringen,
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
    tekening = _teken_uit(sessie, structuur, naam, jaar, tussen, inspringen)
    return _bewaar(_tekeningen, sleutel, tekening) if bewaar else tekening


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
        if p.id in gelinkt
        or p.sector == "familie"
        or p.huishouden
        or (p.sector is None and p.generatie)
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
    if not ids:
        return _Structuur((), (), (), {}, {}, {}, ())
    niveaus = sorted(set(niveau.values()) | set(ALTIJD))
    rij = {pid: niveaus.index(n) for pid, n in niveau.items()}
    # Linked to nobody drawn (a group of partners at most): the row under all generations.
    rij.update({pid: len(niveaus) for pid in zonder})
    huis = frozenset(p.id for p in erin if p.huishouden)
    stand = Stand(
        volgorde=plek,
        ouders={pid: [o for o in ouders[pid] if o in rij] for pid in rij},
        partners={pid: {q for q in partners[pid] if q in rij} for pid in rij},
        rij=rij,
        rijen=[],
        maat={},
        naammaat={},
        x={},
        marge=0,
        huis=huis,
    )
    stand.rijen = [eenheden(stand, r) for r in range(len(niveaus) + bool(zonder))]
    orden(stand)  # the order in each row needs no label widths
    rijen = tuple(tuple(tuple(e) for e in rij) for rij in stand.rijen)
    return _Structuur(
        tuple(ids), zonder, tuple(niveaus), stand.rij, stand.ouders, stand.partners, rijen, huis
    )


def _teken_uit(
    sessie: Sessie,
    structuur: _Structuur,
    naam: NaamFunctie,
    jaar: int | None,
    tussen: int,
    inspringen: int,
) -> Genogram:
    """Columns, labels and lines for a structure, with these names."""
    per_id = {p.id: p for p in sessie.personen}
    opmerkingen: list[str] = []
    if structuur.zonder:
        opmerkingen.append(
            f"Onderaan, {LOS_RIJ}: nog zonder generatie, ouders of kinderen in de familie "
            "(vul dat bij de persoon in): " + ", ".join(naam(per_id[i]) for i in structuur.zonder)
        )
    if not structuur.rij:
        return Genogram((), (), (), 0, 0, tuple(opmerkingen))
    teksten = {pid: _label_tekst(per_id[pid], naam, jaar) for pid in structuur.rij}
    koppen = [rijnaam(n) for n in structuur.niveaus] + [LOS_RIJ] * bool(structuur.zonder)
    stand = Stand(
        volgorde={pid: i for i, pid in enumerate(structuur.ids)},
        ouders=structuur.ouders,
        partners=structuur.partners,
        rij=structuur.rij,
        rijen=[[list(e) for e in rij] for rij in structuur.rijen],
        maat={pid: max(1, *(breedte(t) for t in teksten[pid])) for pid in structuur.rij},
        naammaat={pid: max(1, breedte(teksten[pid][0])) for pid in structuur.rij},
        x={},
        marge=max(breedte(k) for k in koppen) + 2 + inspringen,
        huis=structuur.huis,
        tussen=tussen,
    )
    plaats(stand)
    opmerkingen += _vreemde_links(stand, per_id, naam)

    labels, lijnen, rijkoppen, grenzen, hoogte = _teken(stand, teksten, koppen, per_id)
    breed = max(label.rechts for label in labels) + 1
    if any(kop.leeg for kop in rijkoppen):
        breed = max(breed, stand.marge + breedte(NIEMAND))
    if grenzen:
        breed = max(breed, *(x + 1 for grens in grenzen for x, _ in grens.punten))
    if len(grenzen) > 1:
        opmerkingen.append(
            f"Het huishouden staat niet in één stuk bij elkaar (iemand van elders staat "
            f"ertussen, of een generatie ertussen woont elders): de stippellijn heeft "
            f"{len(grenzen)} delen."
        )
    return Genogram(
        tuple(labels),
        tuple(lijnen),
        tuple(rijkoppen),
        breed,
        hoogte,
        tuple(opmerkingen),
        tuple(grenzen),
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
) -> tuple[list[Label], list[Lijn], list[Rijkop], list[Grens], int]:
    labels: list[Label] = []
    lijnen: list[Lijn] = []
    rijkoppen: list[Rijkop] = []
    stukken = _huis_stukken(stand)
    # A household row needs a free line above it for the dotted line (unless it goes on
    # from the row above) and, as the last row, one below.
    boven = [bool(runs) for runs in stukken]
    for r in range(1, len(stukken)):
        boven[r] = boven[r] and not _aaneen(stukken, r - 1)
    ys: list[int] = []
    y = 1 if boven[0] else 0
    for r, rij in enumerate(stand.rijen):
        ys.append(y)
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
            break
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
        y_onder = y + 3 + len(sporen) + boven[r + 1]
        for gezin, kinderen in gezinnen.items():
            y_spoor = y + 3 + spoor_van[gezin]
            kids = tuple(sorted(kinderen, key=lambda k: stand.x[k]))
            for val in valpunten(stand, gezin):
                # From the partner line, or from under the parent's name.
                lijnen.append(Lijn(val, y, val, y_spoor, "kind", gezin, kids))
            lo, hi = bereik[gezin]
            if lo < hi:
                lijnen.append(Lijn(lo, y_spoor, hi, y_spoor, "kind", gezin, kids))
            for kind in kids:
                m = stand.midden(kind)
                lijnen.append(Lijn(m, y_spoor, m, y_onder, "kind", gezin, (kind,)))
        y = y_onder
    grenzen = _grenzen(stukken, ys)
    return labels, lijnen, rijkoppen, grenzen, y + 2 + bool(stukken[-1])


# -- the household's dotted line ---------------------------------------------------------

Stuk = tuple[int, int, tuple[str, ...]]  # leftmost and rightmost column, who is inside


def _huis_stukken(stand: Stand) -> list[list[Stuk]]:
    """Per row, each run of household members standing side by side, with the columns of
    the dotted line: two cells left of the first, two right of the last label (the middle
    of the room to the next person, who lives elsewhere)."""
    uit: list[list[Stuk]] = []
    for rij in stand.rijen:
        runs: list[Stuk] = []
        reeks: list[str] = []
        for p in [*(p for e in rij for p in e), None]:
            if p is not None and p in stand.huis:
                reeks.append(p)
                continue
            if reeks:
                laatste = reeks[-1]
                rechts = stand.x[laatste] + stand.maat[laatste] - 1
                runs.append((stand.x[reeks[0]] - 2, rechts + 2, tuple(reeks)))
                reeks = []
        uit.append(runs)
    return uit


def _aaneen(stukken: list[list[Stuk]], r: int) -> bool:
    """One line goes on from row r to row r + 1: each has the household in one run."""
    return r + 1 < len(stukken) and len(stukken[r]) == 1 and len(stukken[r + 1]) == 1


def _grenzen(stukken: list[list[Stuk]], ys: list[int]) -> list[Grens]:
    """Outlines: one around each run, joined with the row below where both are one run (a
    staircase where the rows differ in width), stepping on the free line under a row."""
    uit: list[Grens] = []
    r = 0
    while r < len(stukken):
        if not stukken[r]:
            r += 1
            continue
        if len(stukken[r]) > 1:
            for lo, hi, wie in stukken[r]:
                uit.append(_grens([(ys[r], lo, hi)], wie))
            r += 1
            continue
        begin = r
        while _aaneen(stukken, r):
            r += 1
        reeks = [(ys[k], stukken[k][0][0], stukken[k][0][1]) for k in range(begin, r + 1)]
        uit.append(_grens(reeks, tuple(p for k in range(begin, r + 1) for p in stukken[k][0][2])))
        r += 1
    return uit


def _grens(reeks: list[tuple[int, int, int]], wie: tuple[str, ...]) -> Grens:
    """The outline of rows (y, left, right) on top of each other: clockwise from the top
    left, down the right side, back up the left; each row from the line above its names to
    the line under its details."""
    (y0, lo0, hi0), (yn, lon, hin) = reeks[0], reeks[-1]
    punten = [(lo0, y0 - 1), (hi0, y0 - 1)]
    for (y, _, hi), (_, _, hi2) in itertools.pairwise(reeks):
        punten += [(hi, y + 2), (hi2, y + 2)]
    punten += [(hin, yn + 2), (lon, yn + 2)]
    for (y, lo, _), (_, lo2, _) in reversed(list(itertools.pairwise(reeks))):
        punten += [(lo2, y + 2), (lo, y + 2)]
    return Grens(_hoeken(punten), wie)


def _hoeken(punten: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Only the corners of a closed outline: no point twice in a row, none on a straight
    stretch between its neighbours."""
    uit: list[tuple[int, int]] = []
    for punt in punten:
        if not uit or uit[-1] != punt:
            uit.append(punt)
    if len(uit) > 1 and uit[0] == uit[-1]:
        uit.pop()
    veranderd = True
    while veranderd and len(uit) > 4:
        veranderd = False
        for i in range(len(uit)):
            a, b, c = uit[i - 1], uit[i], uit[(i + 1) % len(uit)]
            if a == b or (a[0] == b[0] == c[0]) or (a[1] == b[1] == c[1]):
                del uit[i]
                veranderd = True
                break
    return tuple(uit)
