"""The counts the register always shows: how many people, with consent, per sector, per ring."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wievraag.model.cirkel import RINGEN
from wievraag.model.persoon import SECTOREN

if TYPE_CHECKING:
    from wievraag.model.sessie import Sessie

GEMIDDELDE = 6.5
"""§3.1.4: families in the action research named on average 6,5 people outside the family.
A reference to show, never a norm to judge a family by."""


@dataclass(frozen=True)
class CirkelTelling:
    titel: str
    ringen: tuple[int, ...]  # people per ring, innermost first


@dataclass(frozen=True)
class Telling:
    personen: int
    toestemming_ja: int
    toestemming_nee: int
    niet_gevraagd: int
    zorg: int
    per_sector: dict[str, int]  # sector key → count, in the order of SECTOREN; "" = unknown
    per_cirkel: tuple[CirkelTelling, ...]


def tel(sessie: Sessie) -> Telling:
    per_sector: dict[str, int] = {}
    for sector in [*SECTOREN, ""]:
        aantal = sum(1 for p in sessie.personen if (p.sector or "") == sector)
        if aantal:
            per_sector[sector] = aantal
    cirkels = tuple(
        CirkelTelling(c.titel, tuple(len(c.in_ring(r)) for r in range(1, RINGEN + 1)))  # type: ignore[arg-type]
        for c in sessie.cirkels
    )
    toestemming = [p.toestemming for p in sessie.personen]
    return Telling(
        personen=len(sessie.personen),
        toestemming_ja=toestemming.count("ja"),
        toestemming_nee=toestemming.count("nee"),
        niet_gevraagd=toestemming.count("niet-gevraagd"),
        zorg=sum(1 for p in sessie.personen if p.zorg),
        per_sector=per_sector,
        per_cirkel=cirkels,
    )
