"""The olievlek (Bijlage I): each person with the people known through them.

A person's own network is recorded as `via` on the people it brought in (model/persoon.py).
Every person with such a network gets a box with it, deeper links indented; the people
without one are counted under the picture, so the view says what it leaves out.
"""

from __future__ import annotations

from collections.abc import Callable

from wievraag.model import Persoon, Sessie
from wievraag.tekening.cirkels import merk
from wievraag.tekening.groepen import Groep, Regel, teken_groepen
from wievraag.tekening.plaat import Plaat


def netwerk_van(
    sessie: Sessie, persoon_id: str, via: dict[str, list[Persoon]] | None = None
) -> list[tuple[int, Persoon]]:
    """The people known through this person, with their depth (1 = known through them).
    `via`: who is known through whom (`bekend_via`), when asking for many people at once."""
    if via is None:
        via = bekend_via(sessie)
    uit: list[tuple[int, Persoon]] = []
    gezien = {persoon_id}

    def loop(ouder: str, diepte: int) -> None:
        for p in via.get(ouder, ()):
            if p.id not in gezien:  # a hand-made loop ends here
                gezien.add(p.id)
                uit.append((diepte, p))
                loop(p.id, diepte + 1)

    loop(persoon_id, 1)
    return uit


def bekend_via(sessie: Sessie) -> dict[str, list[Persoon]]:
    """Per person, the people known through them, in register order (one pass, not one
    pass per person: the view of a 2,000-person session was quadratic)."""
    uit: dict[str, list[Persoon]] = {}
    for p in sessie.personen:
        if p.via is not None:
            uit.setdefault(p.via, []).append(p)
    return uit


def olievlek_groepen(sessie: Sessie, naam: Callable[[Persoon], str]) -> list[Groep]:
    """A box per person of the first degree (no `via`) that has people known through them."""
    groepen = []
    via = bekend_via(sessie)
    for p in sessie.personen:
        if p.via is not None:
            continue
        netwerk = netwerk_van(sessie, p.id, via)
        if netwerk:
            regels = tuple(Regel(f"{'  ' * (d - 1)}└ {merk(q)}{naam(q)}", q.id) for d, q in netwerk)
            groepen.append(Groep(f"{merk(p)}{naam(p)} ({len(netwerk)})", regels))
    return groepen


def teken_olievlek(
    sessie: Sessie, naam: Callable[[Persoon], str], breedte: int, hoogte: int
) -> Plaat:
    groepen = olievlek_groepen(sessie, naam)
    direct = [p for p in sessie.personen if p.via is None]
    zonder = len(direct) - len(groepen)
    tweede = sum(1 for p in sessie.personen if p.via is not None)
    onder = [
        f"└ bekend via de persoon boven het vak. {len(direct)} direct bekend, "
        f"{tweede} via iemand anders (tweede graad); bij {zonder} nog niemand genoteerd "
        "die via hen bekend is."
    ]
    if not groepen:
        onder = ["Nog niemand genoteerd die via iemand anders bekend is (olievlek)."]
    return teken_groepen("Olievlek", groepen, breedte, hoogte, onder)
