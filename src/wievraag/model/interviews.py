"""The seven Family Finding tools seen from the session: progress, and where people came up.

Derived, never stored: the interviews and circles hold the people; this module reads them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from wievraag.model.familyfinding import TOOL_NAMEN, ToolId

__all__ = ["TOOL_NAMEN", "ToolStand", "herkomst_interviews", "stand"]

if TYPE_CHECKING:
    from wievraag.model.persoon import Persoon
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


def herkomst_interviews(
    sessie: Sessie, persoon_ids: Collection[str]
) -> dict[str, list[tuple[datetime, Herkomst]]]:
    """Every interview and circle that brought each of these people up, with a line saying
    where. Each part is read once for all of them (the export asks for the whole register)."""
    from wievraag.model.sessie import Herkomst

    uit: dict[str, list[tuple[datetime, Herkomst]]] = {pid: [] for pid in persoon_ids}
    ff = sessie.family_finding
    for interview in ff.interviews() if ff is not None else ():
        # A tool has lines only for the people it names (`Tool.herkomst`).
        for pid in dict.fromkeys(interview.persoon_ids()):
            if pid in uit:
                for tekst in interview.herkomst(pid):
                    herkomst = Herkomst("interview", interview.id, f"{interview.NAAM}: {tekst}")
                    uit[pid].append((interview.tijd, herkomst))
    _olievlek(sessie, uit)
    for cirkel in sessie.cirkels:
        geplaatst: set[str] = set()  # the first place counts, as in `Cirkel.ring_van`
        for plaatsing in cirkel.plaatsingen:
            pid = plaatsing.persoon
            if pid in uit and pid not in geplaatst:
                geplaatst.add(pid)
                ring = plaatsing.ring
                tekst = f"Cirkel “{cirkel.titel}”: ring {ring}, {cirkel.ringen[ring - 1]}"
                uit[pid].append((cirkel.tijd, Herkomst("cirkel", cirkel.id, tekst)))
    return uit


def _olievlek(sessie: Sessie, uit: dict[str, list[tuple[datetime, Herkomst]]]) -> None:
    """Named in someone's own network, or known through someone (`via`): once per person."""
    from wievraag.model.sessie import Herkomst

    ff = sessie.family_finding
    olievlek = ff.olievlek if ff is not None else None
    via: dict[str, list[str]] = {pid: [] for pid in uit}
    if olievlek is not None:
        for r in olievlek.rondes:
            for pid in dict.fromkeys(r.genoemd):
                if pid in via:
                    via[pid].append(r.persoon)
    # Only the people asked about and those they came through are looked up: the app asks
    # for one person at a time too (a column of the register).
    eigen = _per_id(sessie, via.keys())
    for pid, door in via.items():
        persoon = eigen.get(pid)
        if persoon is not None and persoon.via and persoon.via not in door:
            door.insert(0, persoon.via)
    per_id = _per_id(sessie, {q for door in via.values() for q in door})
    tijd = olievlek.tijd if olievlek is not None else sessie.aangemaakt
    for pid, door in via.items():
        namen = [p.label for q in door if (p := per_id.get(q)) is not None]
        if namen:
            tekst = f"{TOOL_NAMEN['olievlek']}: via {', '.join(namen)}"
            uit[pid].append((tijd, Herkomst("interview", "olievlek", tekst)))


def _per_id(sessie: Sessie, ids: Collection[str]) -> dict[str, Persoon]:
    """These people by id (the first of an id, as `Sessie.persoon` finds it), in one pass."""
    if len(ids) <= 2:  # one person asked about (the app's register): a scan that stops
        return {pid: p for pid in ids if (p := sessie.persoon(pid)) is not None}
    uit: dict[str, Persoon] = {}
    for p in sessie.personen:
        if p.id in ids:
            uit.setdefault(p.id, p)
    return uit
