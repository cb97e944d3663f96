"""Groups of people in boxes around "gezin", each box joined to the family by a line.

The ecogram (one box per sector) and the olievlek (one box per person with their own
network) share this layout. Boxes go round the family clockwise from the top left: a row on
top, one box on each side, a row below. A box too small for its people ends with "+N meer"
and the people that did not fit are listed under the picture by name.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from wievraag.tekening.plaat import Kader, Label, Lijn, Plaat, Vorm, cell_len, kort, woorden_regels

TUSSEN = 2  # cells between two boxes in a row
GEZIN_B, GEZIN_H = 9, 3
MAX_NAAM = 22  # a longer line in a box is cut with "…"
MIN_KOLOM = 10  # narrower columns would cut most names


@dataclass(frozen=True)
class Regel:
    tekst: str
    persoon: str | None = None


@dataclass(frozen=True)
class Groep:
    titel: str
    regels: tuple[Regel, ...]


@dataclass
class _Vak:
    groep: Groep
    x: int = 0
    y: int = 0
    breedte: int = 0
    hoogte: int = 0

    @property
    def nodig_hoog(self) -> int:
        return len(self.groep.regels) + 2

    def kolom_breed(self) -> int:
        return min(MAX_NAAM, max((cell_len(r.tekst) for r in self.groep.regels), default=0))

    def breed_voor(self, hoogte: int) -> int:
        """The width that shows everyone in this height, in as many columns as it takes."""
        rijen = max(1, hoogte - 2)
        kolommen = max(1, math.ceil(len(self.groep.regels) / rijen))
        inhoud = kolommen * self.kolom_breed() + TUSSEN * (kolommen - 1)
        return max(inhoud, cell_len(self.groep.titel) + 2) + 4

    def kolommen(self, breedte: int, rijen: int) -> tuple[int, int]:
        """How many columns fit in this width, and how wide each is."""
        nodig = max(1, math.ceil(len(self.groep.regels) / max(1, rijen)))
        smalst = min(MIN_KOLOM, max(1, self.kolom_breed()))
        past = max(1, (breedte - 4 + TUSSEN) // (smalst + TUSSEN))
        kolommen = min(nodig, past)
        ruimte = (breedte - 4 - TUSSEN * (kolommen - 1)) // kolommen
        return kolommen, ruimte if kolommen == 1 else min(self.kolom_breed(), ruimte)


def teken_groepen(
    titel: str,
    groepen: list[Groep],
    breedte: int,
    hoogte: int,
    onder: list[str],
) -> Plaat:
    """The groups round the family in `breedte`×`hoogte` cells, `onder` (a legend) below.

    When the list of who did not fit makes it too tall, the boxes get fewer rows; if even
    that is not enough the picture is taller than asked (the view scrolls)."""
    ruimte = hoogte
    for _ in range(3):
        plaat = _teken(titel, groepen, breedte, ruimte, onder)
        if plaat.hoogte <= hoogte:
            break
        ruimte -= plaat.hoogte - hoogte
    return plaat


def _teken(titel: str, groepen: list[Groep], breedte: int, hoogte: int, onder: list[str]) -> Plaat:
    onder_regels = [r for tekst in onder for r in woorden_regels(tekst, breedte)]
    vakken = [_Vak(g) for g in groepen]
    # The two biggest groups beside the family, where a box can be as tall as the middle;
    # the others in their own order in a row above and a row below.
    groot = sorted(vakken, key=lambda v: -len(v.groep.regels))[:2]
    links = [v for v in vakken if v in groot][:1]
    rechts = [v for v in vakken if v in groot][1:]
    rest = [v for v in vakken if v not in groot]
    n_boven = math.ceil(len(rest) / 2)
    boven, beneden = rest[:n_boven], rest[n_boven:]

    beschikbaar = max(GEZIN_H + 2, hoogte - len(onder_regels))
    h_boven = max((v.nodig_hoog for v in boven), default=0)
    h_beneden = max((v.nodig_hoog for v in beneden), default=0)
    h_midden = max([GEZIN_H + 2, *(v.nodig_hoog for v in links + rechts)])
    # Too tall: take rows from the tallest band until it fits (a box keeps a title and a line).
    banden = [h_boven, h_midden, h_beneden]
    minimum = [3 if boven else 0, GEZIN_H + 2, 3 if beneden else 0]
    while sum(banden) > beschikbaar and any(b > m for b, m in zip(banden, minimum, strict=True)):
        i = max(range(3), key=lambda k: banden[k] - minimum[k])
        banden[i] -= 1
    h_boven, h_midden, h_beneden = banden
    # Room to spare goes round the middle, so the lines to the family have length.
    extra = max(0, beschikbaar - sum(banden))
    y_boven = 0
    y_midden = h_boven + extra // 2
    y_beneden = y_midden + h_midden + (extra - extra // 2)
    plaat_hoogte = y_beneden + h_beneden

    _rij(boven, 0, breedte, y_boven, h_boven, onderaan=True)
    _rij(beneden, 0, breedte, y_beneden, h_beneden, onderaan=False)
    zij_breed = max(8, (breedte - GEZIN_B) // 2 - 4)
    for vak, links_kant in [(v, True) for v in links] + [(v, False) for v in rechts]:
        vak.hoogte = min(vak.nodig_hoog, h_midden)
        vak.breedte = min(vak.breed_voor(vak.hoogte), zij_breed)
        vak.x = 0 if links_kant else breedte - vak.breedte
        vak.y = y_midden + (h_midden - vak.hoogte) // 2

    gx = (breedte - GEZIN_B) // 2
    gy = y_midden + (h_midden - GEZIN_H) // 2
    gezin = Kader(gx, gy, GEZIN_B, GEZIN_H)
    midden_x, midden_y = gx + GEZIN_B // 2, gy + GEZIN_H // 2

    lijnen: list[Vorm] = []
    kaders: list[Vorm] = [gezin]
    labels: list[Label] = [Label(gx + 2, gy + 1, "gezin", "gezin")]
    te_veel: list[tuple[Groep, list[Regel]]] = []
    for vak in vakken:
        if vak.breedte < 6 or vak.hoogte < 3:
            te_veel.append((vak.groep, list(vak.groep.regels)))
            continue
        vx, vy = vak.x + vak.breedte // 2, vak.y + vak.hoogte // 2
        lijnen.append(Lijn(vx, vy, midden_x, midden_y))
        kaders.append(Kader(vak.x, vak.y, vak.breedte, vak.hoogte))
        labels.append(Label(vak.x + 2, vak.y, kort(f" {vak.groep.titel} ", vak.breedte - 4), "kop"))
        rijen = vak.hoogte - 2
        regels = list(vak.groep.regels)
        kolommen, kolom_breed = vak.kolommen(vak.breedte, rijen)
        plekken = rijen * kolommen
        getoond = regels if len(regels) <= plekken else regels[: plekken - 1]
        for i, regel in enumerate(getoond):
            x = vak.x + 2 + (i // rijen) * (kolom_breed + TUSSEN)
            tekst = kort(regel.tekst, kolom_breed)
            labels.append(Label(x, vak.y + 1 + i % rijen, tekst, "naam", regel.persoon))
        if len(getoond) < len(regels):
            over = regels[len(getoond) :]
            i = len(getoond)
            x = vak.x + 2 + (i // rijen) * (kolom_breed + TUSSEN)
            meer = kort(f"+{len(over)} meer", kolom_breed)
            labels.append(Label(x, vak.y + 1 + i % rijen, meer, "meer"))
            te_veel.append((vak.groep, over))

    for groep, over in te_veel:
        tekst = f"+{len(over)} in {groep.titel}, niet getekend: " + ", ".join(r.tekst for r in over)
        onder_regels = woorden_regels(tekst, breedte) + onder_regels
    labels += [Label(0, plaat_hoogte + i, r, "uitleg") for i, r in enumerate(onder_regels)]
    return Plaat(
        titel, breedte, plaat_hoogte + len(onder_regels), tuple(lijnen + kaders), tuple(labels)
    )


def _rij(vakken: list[_Vak], x0: int, breedte: int, y: int, hoogte: int, onderaan: bool) -> None:
    """Boxes side by side in equal slots, each as wide as it needs (at most its slot).

    Boxes lower than the band sit against the family's side of it."""
    if not vakken:
        return
    slot = (breedte - TUSSEN * (len(vakken) - 1)) // len(vakken)
    for i, vak in enumerate(vakken):
        vak.hoogte = min(vak.nodig_hoog, hoogte)
        vak.breedte = min(vak.breed_voor(vak.hoogte), slot)
        vak.x = x0 + i * (slot + TUSSEN) + (slot - vak.breedte) // 2
        vak.y = y + (hoogte - vak.hoogte if onderaan else 0)
