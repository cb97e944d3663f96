"""The seven Family Finding tools seen from the session: progress, and where people came up.

Derived, never stored: the interviews and circles hold the people; this module reads them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from wievraag.model.familyfinding import TOOL_NAMEN, ToolId

__all__ = ["TOOL_NAMEN", "ToolStand", "herkomst_interviews", "stand"]

if TYPE_CHECKING:
    from wievraag.model.sessie import Herkomst, Sessie

# The five family and network safety circles of Bijlage I (texts in [[cirkel_sjablonen]]).
VEILIGHEID_SJABLONEN = (
    "veilig-1-weten",
    "veilig-2-moeten-weten",
    "veilig-3-kind",
    "veilig-4-betrekken",
    "veilig-5-voogd",
)

Staat = Literal["leeg", "begonnen", "klaar"]
_Voeg = Callable[[datetime, Literal["interview", "cirkel"], str, str], None]


@dataclass(frozen=True)
class ToolStand:
    staat: Staat
    personen: tuple[str, ...] = ()  # who this tool surfaced, in order
    behoeften: int = 0  # Biggest Unmet Needs names needs, not people


def stand(sessie: Sessie, tool: ToolId) -> ToolStand:
    if tool == "veiligheid":
        cirkels = [sessie.cirkel_van(s) for s in VEILIGHEID_SJABLONEN]
        gevuld = [c for c in cirkels if c is not None and c.plaatsingen]
        ids = tuple(dict.fromkeys(pid for c in gevuld for pid in c.persoon_ids()))
        staat: Staat = (
            "leeg" if not gevuld else "klaar" if len(gevuld) == len(cirkels) else "begonnen"
        )
        return ToolStand(staat, ids)
    ff = sessie.family_finding
    interview = ff.van(tool) if ff is not None else None
    if interview is None or (interview.leeg() and not interview.klaar):
        return ToolStand("leeg")
    staat = "klaar" if interview.klaar else "begonnen"
    behoeften = sum(not b.leeg() for b in interview.behoeften) if interview.id == "behoeften" else 0
    return ToolStand(staat, interview.gevonden(), behoeften)


def herkomst_interviews(sessie: Sessie, persoon_id: str) -> list[tuple[datetime, Herkomst]]:
    """Every interview and circle that brought this person up, with a line saying where."""
    from wievraag.model.sessie import Herkomst

    uit: list[tuple[datetime, Herkomst]] = []

    def voeg(tijd: datetime, soort: Literal["interview", "cirkel"], id: str, tekst: str) -> None:
        uit.append((tijd, Herkomst(soort, id, tekst)))

    ff = sessie.family_finding
    for interview in ff.interviews() if ff is not None else ():
        for tekst in interview.herkomst(persoon_id):
            voeg(interview.tijd, "interview", interview.id, f"{interview.NAAM}: {tekst}")
    _olievlek(sessie, persoon_id, voeg)
    for cirkel in sessie.cirkels:
        ring = cirkel.ring_van(persoon_id)
        if ring is not None:
            tekst = f"Cirkel “{cirkel.titel}”: ring {ring}, {cirkel.ringen[ring - 1]}"
            voeg(cirkel.tijd, "cirkel", cirkel.id, tekst)
    return uit


def _olievlek(sessie: Sessie, persoon_id: str, voeg: _Voeg) -> None:
    """Named in someone's own network, or known through someone (`via`): once per person."""
    persoon = sessie.persoon(persoon_id)
    ff = sessie.family_finding
    olievlek = ff.olievlek if ff is not None else None
    via: list[str] = []
    if olievlek is not None:
        via = [r.persoon for r in olievlek.rondes if persoon_id in r.genoemd]
    if persoon is not None and persoon.via and persoon.via not in via:
        via.insert(0, persoon.via)
    namen = [p.label for pid in via if (p := sessie.persoon(pid)) is not None]
    if namen:
        tijd = olievlek.tijd if olievlek is not None else sessie.aangemaakt
        voeg(tijd, "interview", "olievlek", f"{TOOL_NAMEN['olievlek']}: via {', '.join(namen)}")
