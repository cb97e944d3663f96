"""The views of a session's network, by key: each circle, the ecogram and the olievlek.

The Kaart tab, "save as SVG" and the full-session export all ask here, so they list the
same views in the same order and draw each the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from wievraag.model import SECTOREN, Persoon, Sessie
from wievraag.model.cirkel import RINGEN
from wievraag.tekening.cirkels import teken_cirkel
from wievraag.tekening.ecogram import teken_ecogram
from wievraag.tekening.olievlek import olievlek_groepen, teken_olievlek
from wievraag.tekening.plaat import Plaat

ECOGRAM, OLIEVLEK = "ecogram", "olievlek"


@dataclass(frozen=True)
class Kaart:
    sleutel: str  # a circle's id, "ecogram" or "olievlek"
    titel: str
    soort: str  # "sociogram", "veiligheidscirkel", "ecogram", "olievlek"


def kaarten(sessie: Sessie) -> list[Kaart]:
    """Every view this session has: its circles in their order, then ecogram and olievlek."""
    uit = [
        Kaart(c.id, c.titel, "veiligheidscirkel" if c.soort == "veiligheid" else "sociogram")
        for c in sessie.cirkels
    ]
    return [*uit, Kaart(ECOGRAM, "Ecogram", ECOGRAM), Kaart(OLIEVLEK, "Olievlek", OLIEVLEK)]


def teken(
    sessie: Sessie,
    sleutel: str,
    naam: Callable[[Persoon], str],
    breedte: int,
    hoogte: int,
) -> Plaat:
    if sleutel == ECOGRAM:
        return teken_ecogram(sessie, naam, breedte, hoogte)
    if sleutel == OLIEVLEK:
        return teken_olievlek(sessie, naam, breedte, hoogte)
    cirkel = sessie.cirkel(sleutel)
    if cirkel is None:
        raise KeyError(f"geen kaart '{sleutel}' in deze sessie")
    return teken_cirkel(cirkel, sessie, naam, breedte, hoogte)


def telling(sessie: Sessie, sleutel: str) -> str:
    """The counts that go with a view, in one line: per ring, per sector, per degree."""
    if sleutel == ECOGRAM:
        sectoren = {p.sector for p in sessie.personen}
        bekend = len(sectoren - {None})
        zonder = sum(1 for p in sessie.personen if p.sector is None)
        return f"{len(sessie.personen)} personen in {bekend} van de {len(SECTOREN)} sectoren" + (
            f", {zonder} zonder sector" if zonder else ""
        )
    if sleutel == OLIEVLEK:
        tweede = sum(1 for p in sessie.personen if p.via is not None)
        met = len(olievlek_groepen(sessie, lambda p: p.naam))
        return f"{met} personen met een eigen netwerk genoteerd · {tweede} via iemand anders"
    cirkel = sessie.cirkel(sleutel)
    if cirkel is None:
        return ""
    delen = [
        f"{label} {len(cirkel.in_ring(nr))}"  # type: ignore[arg-type]
        for nr, label in zip(range(1, RINGEN + 1), cirkel.ringen, strict=True)
    ]
    return "Per ring: " + " · ".join(delen) + f" · samen {len(cirkel.plaatsingen)}"
