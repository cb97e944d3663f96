"""The privacy mask: one key (F8) hides every name in the session, for a turned screen or a
projector, and a second press shows them again.

Everything that shows a person's name asks `toon_naam` (or `toon_label`, `verberg_tekst` for
free text such as a relation "zus van Roos"), so the mask cannot be forgotten in one place.
The state lives on the app (`WievraagApp.namen_verborgen`); screens refresh when it changes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from wievraag.tui.context import wv

if TYPE_CHECKING:
    # The home screen imports this module: the model (pydantic) loads only when a session
    # is shown, which keeps start-up fast (tests/test_import_hygiene.py).
    from textual.dom import DOMNode

    from wievraag.model import Persoon

VERBORGEN = "●●●"
MERK = "● namen verborgen (F8)"


def initialen(naam: str) -> str:
    """ "Oma Ria" → "O.R."; at most three letters, "●●●" when there is nothing to take."""
    letters = [w[0].upper() for w in naam.split() if w[:1].isalnum()]
    return "".join(f"{letter}." for letter in letters[:3]) or VERBORGEN


def namen_verborgen(node: DOMNode) -> bool:
    return bool(getattr(wv(node), "namen_verborgen", False))


def toon_naam(node: DOMNode, persoon: Persoon) -> str:
    """The one way a name reaches the screen: the name, or its initials under the mask."""
    return initialen(persoon.naam) if namen_verborgen(node) else persoon.naam


def toon_label(node: DOMNode, persoon: Persoon) -> str:
    """ "Ans (tante)"; under the mask "A. (tante)", names in the relation hidden too."""
    from wievraag.model.persoon import met_relatie  # the one way to write it, no "))"

    return met_relatie(toon_naam(node, persoon), verberg_tekst(node, persoon.relatie))


def naam_functie(node: DOMNode) -> Callable[[Persoon], str]:
    """`toon_naam` for this node, in the shape drawings take (`naam(persoon) -> str`)."""
    return lambda persoon: toon_naam(node, persoon)


def verberg_tekst(node: DOMNode, tekst: str) -> str:
    """Free text (a relation, an answer, a note) with the register's names as initials."""
    app = wv(node)
    if not namen_verborgen(node) or app.bestand is None or not tekst:
        return tekst
    s = app.bestand.sessie
    personen = tuple((p.id, p.naam) for p in s.personen)
    return _vervanger((*personen, (_GEZIN, s.gezin)))(tekst)


_GEZIN = "gezin"  # the family's own label: hidden as a whole, no initials


@lru_cache(maxsize=4)
def _vervanger(personen: tuple[tuple[str, str], ...]) -> Callable[[str], str]:
    from wievraag.export.namen import naam_vervanger
    from wievraag.model import Persoon

    return naam_vervanger(
        (Persoon(id=pid, naam=naam) for pid, naam in personen),
        lambda p: VERBORGEN if p.id == _GEZIN else initialen(p.naam),
    )
