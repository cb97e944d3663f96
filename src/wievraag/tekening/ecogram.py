"""The ecogram: the people round the family grouped by sector, each with their contact.

Contact is a symbol before the name (the line kinds of a drawn ecogram: solid, dashed,
broken), explained in a legend under the picture: never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable

from wievraag.model import SECTOREN, Persoon, Sessie
from wievraag.tekening.cirkels import merk
from wievraag.tekening.groepen import Groep, Regel, teken_groepen
from wievraag.tekening.plaat import Plaat

CONTACT_TEKEN: dict[str | None, str] = {
    "in-contact": "─",
    "weinig": "┄",
    "verbroken": "╳",
    "ver-weg": "↔",
    "buitenland": "✈",
    "sociale-media": "@",
    None: "?",
}
GEEN_SECTOR = "zonder sector"
# Short words for the legend (CONTACTEN has the full ones): it must stay two lines at 80.
CONTACT_KORT: dict[str | None, str] = {
    "in-contact": "in contact",
    "weinig": "weinig",
    "verbroken": "verbroken",
    "ver-weg": "ver weg",
    "buitenland": "buitenland",
    "sociale-media": "sociale media",
    None: "onbekend",
}


def groepen_per_sector(sessie: Sessie, naam: Callable[[Persoon], str]) -> list[Groep]:
    """One group per sector that has people (in the order of SECTOREN), unknown last."""
    groepen = []
    for sleutel in [*SECTOREN, None]:
        mensen = [p for p in sessie.personen if p.sector == sleutel]
        if not mensen:
            continue
        titel = SECTOREN[sleutel] if sleutel else GEEN_SECTOR
        regels = tuple(
            Regel(f"{CONTACT_TEKEN[p.contact]} {merk(p)}{naam(p)}", p.id) for p in mensen
        )
        groepen.append(Groep(f"{titel} ({len(mensen)})", regels))
    return groepen


def legenda(sessie: Sessie) -> str:
    """Only the symbols that occur, so the legend stays one line at 80 columns."""
    aanwezig = {p.contact for p in sessie.personen}
    delen = [f"{teken} {CONTACT_KORT[k]}" for k, teken in CONTACT_TEKEN.items() if k in aanwezig]
    if any(not p.in_leven for p in sessie.personen):
        delen.append("† overleden")
    return "Contact: " + " · ".join(delen) if delen else ""


def teken_ecogram(
    sessie: Sessie, naam: Callable[[Persoon], str], breedte: int, hoogte: int
) -> Plaat:
    groepen = groepen_per_sector(sessie, naam)
    onder = [legenda(sessie)] if groepen else ["Nog niemand in het netwerk."]
    return teken_groepen("Ecogram", groepen, breedte, hoogte, onder)
