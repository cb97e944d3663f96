"""The genogram in the full-session export: the same drawing as on screen, as inline SVG.

Names come from the export's own `Namen`, so a pseudonymised export shows roles in the
drawing too ("oma (moederskant)"), exactly as in its text.
"""

from __future__ import annotations

from wievraag.export.context import Context
from wievraag.export.document import Blok, Lijst, Sectie, Tekening
from wievraag.export.namen import WEGGELATEN
from wievraag.model import Persoon
from wievraag.tekening.genogram import leg_uit
from wievraag.tekening.genogram_weergave import SVG_MIN_BREEDTE, als_svg, als_tekst


def genogram(ctx: Context) -> Sectie | None:
    def naam(persoon: Persoon) -> str:
        return ctx.namen.naam(persoon.id) or WEGGELATEN

    tekening = leg_uit(ctx.sessie, naam, breedte=SVG_MIN_BREEDTE)  # spread to a page
    if tekening.leeg:
        return None
    blokken: list[Blok] = [
        Tekening(
            lambda: als_svg(tekening, titel=f"Genogram – {ctx.namen.gezin}"),
            "Genogram: de familie in generaties, met namen en leeftijden",
            kop="De familie in generaties",
            tekst=lambda: als_tekst(tekening),
        )
    ]
    if tekening.opmerkingen:
        blokken.append(Lijst(tekening.opmerkingen))
    return Sectie("Genogram", tuple(blokken))
