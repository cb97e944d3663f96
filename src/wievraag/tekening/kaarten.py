"""The views of a session's network, by key: each circle, the ecogram and the olievlek.

The Kaart tab, "save as SVG" and the full-session export all ask here, so they list the
same views in the same order and draw each the same way. A new fixed view is its drawing
module and one row of `VASTE` (and its explanation in the bank).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from wievraag.model import SECTOREN, Persoon, Sessie
from wievraag.model.cirkel import RINGEN, CirkelSoort
from wievraag.tekening.cirkels import teken_cirkel
from wievraag.tekening.ecogram import teken_ecogram
from wievraag.tekening.olievlek import olievlek_groepen, teken_olievlek
from wievraag.tekening.plaat import Plaat

Naam = Callable[[Persoon], str]


def _telling_ecogram(sessie: Sessie) -> str:
    sectoren = {p.sector for p in sessie.personen}
    bekend = len(sectoren - {None})
    zonder = sum(1 for p in sessie.personen if p.sector is None)
    return f"{len(sessie.personen)} personen in {bekend} van de {len(SECTOREN)} sectoren" + (
        f", {zonder} zonder sector" if zonder else ""
    )


def _telling_olievlek(sessie: Sessie) -> str:
    tweede = sum(1 for p in sessie.personen if p.via is not None)
    met = len(olievlek_groepen(sessie, lambda p: p.naam))
    return f"{met} personen met een eigen netwerk genoteerd · {tweede} via iemand anders"


@dataclass(frozen=True)
class VasteKaart:
    """A view every session has (not one per circle): one row of `VASTE`, looked up by id
    by the Kaart tab, "save as SVG" and the export. Its id is also its explanation's in the
    bank (`[[weergave]]`)."""

    id: str
    titel: str
    teken: Callable[[Sessie, Naam, int, int], Plaat]
    telling: Callable[[Sessie], str]


VASTE: dict[str, VasteKaart] = {
    k.id: k
    for k in (
        VasteKaart("ecogram", "Ecogram", teken_ecogram, _telling_ecogram),
        VasteKaart("olievlek", "Olievlek", teken_olievlek, _telling_olievlek),
    )
}
# A circle is drawn as a view of the kind its soort says (its explanation id in the bank).
CIRKELSOORT: dict[CirkelSoort, str] = {"sociogram": "sociogram", "veiligheid": "veiligheidscirkel"}
# The genogram has its own layout and widget (tekening/genogram.py); it is the last view.
GENOGRAM = "genogram"
# Every kind of view there is: each has an explanation in the bank.
SOORTEN: tuple[str, ...] = (*CIRKELSOORT.values(), *VASTE, GENOGRAM)


@dataclass(frozen=True)
class Kaart:
    sleutel: str  # a circle's id, or the id of a fixed view
    titel: str
    soort: str  # one of SOORTEN

    @property
    def vast(self) -> bool:
        """Not a circle: a view every session has (its file name says what it is)."""
        return self.soort in VASTE or self.soort == GENOGRAM

    @property
    def kop(self) -> str:
        """The heading of a saved drawing: a circle's own title and what kind it is; a fixed
        view's title already is its kind ("Ecogram", not "Ecogram (ecogram)")."""
        return self.titel if self.vast else f"{self.titel} ({self.soort})"


def kaarten(sessie: Sessie) -> list[Kaart]:
    """Every view this session has: its circles in their order, then the fixed views."""
    uit = [Kaart(c.id, c.titel, CIRKELSOORT[c.soort]) for c in sessie.cirkels]
    return [*uit, *(Kaart(k.id, k.titel, k.id) for k in VASTE.values())]


def teken(
    sessie: Sessie,
    sleutel: str,
    naam: Naam,
    breedte: int,
    hoogte: int,
) -> Plaat:
    if (vast := VASTE.get(sleutel)) is not None:
        return vast.teken(sessie, naam, breedte, hoogte)
    cirkel = sessie.cirkel(sleutel)
    if cirkel is None:
        raise KeyError(f"geen kaart '{sleutel}' in deze sessie")
    return teken_cirkel(cirkel, sessie, naam, breedte, hoogte)


def telling(sessie: Sessie, sleutel: str) -> str:
    """The counts that go with a view, in one line: per ring, per sector, per degree."""
    if (vast := VASTE.get(sleutel)) is not None:
        return vast.telling(sessie)
    cirkel = sessie.cirkel(sleutel)
    if cirkel is None:
        return ""
    delen = [
        f"{label} {len(cirkel.in_ring(nr))}"  # type: ignore[arg-type]
        for nr, label in zip(range(1, RINGEN + 1), cirkel.ringen, strict=True)
    ]
    return "Per ring: " + " · ".join(delen) + f" · samen {len(cirkel.plaatsingen)}"
