"""A fictional family for the genogram's conventions: the demo family with McGoldrick's
symbols filled in, a marriage, a divorce, a new partner living in, the household (the mother,
her partner and the children), and a great-aunt linked to nobody yet."""

from __future__ import annotations

from datetime import date

from wievraag.demo import maak_demo
from wievraag.model import Persoon, Sessie
from wievraag.model.persoon import PartnerRelatie
from wievraag.vragen import lees_bank

VROUW = {"Roos", "Isa", "Oma Ria", "Oma Fatma", "Tante Sanne", "Tante Jo"}
HUISHOUDEN = {"Roos", "Finn", "Isa", "Mo", "Sander"}


def genogramgezin() -> Sessie:
    s = maak_demo(lees_bank(), vandaag=date(2026, 5, 1))
    s.personen.append(
        Persoon(naam="Sander", relatie="vriend van moeder", sector="familie", leeftijd=38)
    )
    # A great-aunt the mother named, with no generation or parents entered yet.
    s.personen.append(Persoon(naam="Tante Jo", relatie="oudtante", sector="familie", leeftijd=79))
    per_naam = {p.naam: p for p in s.personen}
    for p in s.personen:
        if p.sector == "familie":
            p.geslacht = "vrouw" if p.naam in VROUW else "man"
        p.huishouden = True if p.naam in HUISHOUDEN else None
    paren: tuple[tuple[str, str, PartnerRelatie], ...] = (
        ("Oma Ria", "Opa Henk", "getrouwd"),
        ("Oma Fatma", "Opa Yusuf", "getrouwd"),
        ("Roos", "Daan", "gescheiden"),
        ("Roos", "Sander", "samenwonend"),
    )
    for a, b, soort in paren:
        s.zet_partner(per_naam[a].id, per_naam[b].id)
        s.zet_partnerrelatie(per_naam[a].id, per_naam[b].id, soort)
    return s
