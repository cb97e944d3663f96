"""The full session, for the professional's file: every part, every field, with dates.

Each part of the session is one section function; `SECTIES` is the order. Parts added later
(interviews, genogram, plan, logboek, afsluiting) are one function each, added to the list.
"""

from __future__ import annotations

from wievraag.export import beraad, verloop
from wievraag.export.context import NEE_SLEUTEL, Context, SectieFunctie, dag, tijdstip
from wievraag.export.document import Alinea, Blok, Kop, Lijst, Sectie, Tabel, Tekening, Velden
from wievraag.export.genogram import genogram
from wievraag.export.interviews import family_finding
from wievraag.export.namen import WEGGELATEN
from wievraag.export.verloop import plan_blokken
from wievraag.model import (
    CONTACTEN,
    GENERATIES,
    HELPEND,
    JANEE,
    SECTOREN,
    SOORTEN,
    STATUSSEN,
    STEUNSOORTEN,
    TOESTEMMINGEN,
    UITKOMSTEN,
    VAN,
    Antwoord,
    Appel,
    Persoon,
    Ring,
)
from wievraag.tekening.kaarten import CIRKELSOORT, kaarten, teken, telling
from wievraag.tekening.svg import naar_svg

RING_NUMMERS: tuple[Ring, ...] = (1, 2, 3)

_STAPTITELS = {
    "herken": "Herken",
    "overweeg": "Overweeg",
    "bespreek": "Bespreek",
    "verleg": "Verleg",
}


def _velden(*rijen: tuple[str, str]) -> Velden:
    """Only the fields that have a value: an empty field says nothing in a file."""
    return Velden(tuple((label, waarde) for label, waarde in rijen if waarde.strip()))


def over(ctx: Context) -> Sectie | None:
    s = ctx.sessie
    tellingen = (
        f"personen: {len(s.personen)}, appèls: {len(s.appels)}, "
        f"antwoorden: {len(s.antwoorden)}, cirkels: {len(s.cirkels)}"
    )
    return Sectie(
        "Over deze sessie",
        (
            _velden(
                ("Gezin", ctx.namen.gezin),
                # The id leads back to the real file: not in a pseudonymised export.
                ("Sessie", "" if ctx.namen.pseudoniem else s.id),
                ("Begonnen", tijdstip(s.aangemaakt)),
                ("Laatst gewijzigd", tijdstip(s.gewijzigd)),
                ("Bezoeken", ", ".join(dag(d) for d in sorted(s.bezoeken))),
                ("Inhoud", tellingen),
            ),
        ),
    )


def _vraag(ctx: Context, antwoord: Antwoord) -> str:
    return antwoord.vraag_tekst or ctx.vraagteksten.get(antwoord.vraag, "") or antwoord.vraag


def _stappen(ctx: Context, appel: Appel) -> list[Blok]:
    o, b, v = appel.overweeg, appel.bespreek, appel.verleg
    velden = {
        "herken": _velden(("Wat merk ik bij mezelf", appel.herken.gevoel)),
        "overweeg": _velden(
            ("Helpend nu", HELPEND[o.nu] if o.nu else ""),
            ("Helpend op lange termijn", HELPEND[o.lange_termijn] if o.lange_termijn else ""),
            ("Als ik het niet doe", o.als_niet),
            ("Ben ik de enige/juiste persoon", JANEE[o.enige] if o.enige else ""),
            ("Toelichting", o.toelichting),
        ),
        "bespreek": _velden(
            ("Met", b.met), ("Wat ik zei", b.gezegd), ("Wat terugkwam", b.antwoord)
        ),
        "verleg": _velden(
            ("Wie kan het doen", ", ".join(ctx.namen.labels(v.doen))),
            ("Wie kan meedenken", ", ".join(ctx.namen.labels(v.meedenken))),
        ),
    }
    blokken: list[Blok] = []
    for i, (stap, veld) in enumerate(velden.items(), start=1):
        if not veld.rijen:
            continue
        tijd = appel.blok(stap).tijd  # type: ignore[arg-type]
        kop = f"Stap {i}: {_STAPTITELS[stap]}" + (f" ({tijdstip(tijd)})" if tijd else "")
        blokken += [Alinea(kop, klein=True), veld]
    return blokken


def appels(ctx: Context) -> Sectie | None:
    if not ctx.sessie.appels:
        return None
    blokken: list[Blok] = []
    for nr, appel in enumerate(sorted(ctx.sessie.appels, key=lambda a: a.tijd), start=1):
        blokken.append(Kop(f"Appèl {nr}: {appel.kort}"))
        blokken.append(
            _velden(
                ("Vastgelegd", tijdstip(appel.tijd)),
                ("Van", VAN[appel.van] if appel.van else ""),
                ("Soort", SOORTEN[appel.soort] if appel.soort else ""),
                ("Verzoek", appel.verzoek),
                (
                    "Uitkomst",
                    UITKOMSTEN[appel.uitkomst]
                    + (f" ({tijdstip(appel.uitkomst_tijd)})" if appel.uitkomst_tijd else ""),
                ),
                ("Waarom", appel.omdat),
            )
        )
        blokken += _stappen(ctx, appel)
        gesteld = ctx.sessie.antwoorden_bij(appel.id)
        if gesteld:
            blokken.append(Alinea("Wie-vragen bij dit appèl", klein=True))
            blokken.append(Lijst(tuple(f"{tijdstip(a.tijd)}: {_vraag(ctx, a)}" for a in gesteld)))
    return Sectie("Appèls", tuple(blokken))


def wievragen(ctx: Context) -> Sectie | None:
    if not ctx.sessie.antwoorden:
        return None
    blokken: list[Blok] = []
    for antwoord in sorted(ctx.sessie.antwoorden, key=lambda a: a.tijd):
        appel = ctx.sessie.appel(antwoord.appel) if antwoord.appel else None
        blokken.append(Kop(_vraag(ctx, antwoord)))
        blokken.append(
            _velden(
                ("Gesteld", tijdstip(antwoord.tijd)),
                ("Aan", antwoord.gesteld_aan),
                ("Stand", STATUSSEN[antwoord.status]),
                ("Anders gevraagd", antwoord.anders_gevraagd),
                ("Soort nee", _nee(ctx, antwoord)),
                ("Antwoord", antwoord.antwoord),
                ("Genoemd", ", ".join(ctx.namen.labels(antwoord.personen))),
                ("Bij appèl", appel.kort if appel else ""),
            )
        )
    return Sectie("Wie-vragen", tuple(blokken))


def _nee(ctx: Context, antwoord: Antwoord) -> str:
    """The kind of "nee" in the bank's words (§3.1.6), its id when the bank is not at hand."""
    if antwoord.nee is None:
        return ""
    return ctx.vraagteksten.get(f"{NEE_SLEUTEL}{antwoord.nee}", antwoord.nee)


def _zorg(p: Persoon) -> str:
    """The worry (§3.1.5) in words: marked to talk about with the family, with its note."""
    if not p.zorg:
        return p.zorg_notitie  # a note typed without the mark is kept all the same
    return "ja, bespreken met het gezin" + (f": {p.zorg_notitie}" if p.zorg_notitie else "")


def register(ctx: Context) -> Sectie | None:
    personen = ctx.namen.personen()
    if not personen:
        return None
    # A pseudonym is the relation already: no second column saying the same.
    koppen: tuple[str, ...] = ("Naam", "Sector", "Toestemming")
    if not ctx.namen.pseudoniem:
        koppen = ("Naam", "Relatie", "Sector", "Toestemming")
    overzicht = Tabel(
        koppen,
        tuple(
            (
                ctx.namen.naam(p.id) or "",
                *(() if ctx.namen.pseudoniem else (p.relatie,)),
                SECTOREN[p.sector] if p.sector else "",
                TOESTEMMINGEN[p.toestemming],
            )
            for p in personen
        ),
    )
    blokken: list[Blok] = [overzicht]
    herkomsten = ctx.sessie.herkomsten(p.id for p in personen)  # one pass, not one per person
    for p in personen:
        toestemming = TOESTEMMINGEN[p.toestemming]
        if p.toestemming_datum:
            toestemming += f" ({dag(p.toestemming_datum)})"
        via = ctx.namen.label(p.via) if p.via else None
        blokken.append(Kop(ctx.namen.label(p.id) or ""))
        blokken.append(
            _velden(
                # The relation is in the heading already ("Ans (tante)").
                ("Sector", SECTOREN[p.sector] if p.sector else ""),
                ("Generatie", GENERATIES[p.generatie] if p.generatie else ""),
                ("Leeftijd", str(p.leeftijd) if p.leeftijd is not None else ""),
                ("In leven", "" if p.in_leven else "nee, overleden"),
                ("Contact", CONTACTEN[p.contact] if p.contact else ""),
                # A number identifies like a name: not in a pseudonymised export.
                ("Telefoon", "" if ctx.namen.pseudoniem else p.telefoon),
                ("Toestemming", toestemming),
                ("Bekend via", via or ""),
                ("Ouders", ", ".join(ctx.namen.labels(p.ouders))),
                ("Partners", ", ".join(ctx.namen.labels(p.partners))),
                ("Gevonden via", "\n".join(h.tekst for h in herkomsten[p.id])),
                ("Steun", ", ".join(STEUNSOORTEN[s] for s in p.steun)),
                ("Zorg over invloed", _zorg(p)),
                ("Kan wél", p.kan_wel),
                ("Niet als", p.niet_als),
                ("Voordelen van contact", p.voordelen),
                ("Nadelen van contact", p.nadelen),
                ("Notities", p.notities),
            )
        )
    return Sectie("Netwerk (register)", tuple(blokken))


def cirkels(ctx: Context) -> Sectie | None:
    if not ctx.sessie.cirkels:
        return None
    blokken: list[Blok] = []
    for cirkel in ctx.sessie.cirkels:
        soort = CIRKELSOORT[cirkel.soort]
        # The heading travels with its drawing (one figure, never split over two pages).
        blokken.append(_tekening(ctx, cirkel.id, f"{cirkel.titel} ({soort})"))
        ringen = [
            (f"Ring {nr}: {label}", ", ".join(ctx.namen.labels(cirkel.in_ring(nr))) or "niemand")
            for nr, label in zip(RING_NUMMERS, cirkel.ringen, strict=True)
        ]
        blokken.append(
            _velden(("Vraag", cirkel.vraag), ("Gemaakt", tijdstip(cirkel.tijd)), *ringen)
        )
    return Sectie("Cirkels", tuple(blokken))


def kaarten_zonder_cirkel(ctx: Context) -> Sectie | None:
    """The other views of the Kaart tab (ecogram, olievlek), drawn as on screen."""
    if not ctx.sessie.personen:
        return None
    blokken: list[Blok] = []
    for kaart in kaarten(ctx.sessie):
        if kaart.vast:
            blokken.append(_tekening(ctx, kaart.sleutel, kaart.titel))
            blokken.append(Alinea(telling(ctx.sessie, kaart.sleutel), klein=True))
    return Sectie("Ecogram en olievlek", tuple(blokken))


TEKENING_MAAT = (100, 30)  # cells: room for a full circle on an A4 page


def _tekening(ctx: Context, sleutel: str, kop: str) -> Tekening:
    """A view of the Kaart tab drawn, with the same names (or pseudonyms) as the rest of the
    export; the text drawing goes along for formats without SVG."""

    # The terminal renderer uses rich: loaded only when a drawing is made, not on import.
    from wievraag.tekening.tekst import naar_tekst

    def naam(p: Persoon) -> str:
        return ctx.namen.naam(p.id) or WEGGELATEN

    plaat = teken(ctx.sessie, sleutel, naam, *TEKENING_MAAT)
    return Tekening(
        lambda: naar_svg(plaat),
        f"{kop}: getekend zoals in het tabblad Kaart",
        kop=kop,
        tekst=lambda: "\n".join(r.rstrip() for r in naar_tekst(plaat).plain.split("\n")),
    )


def plan(ctx: Context) -> Sectie | None:
    """The whole plan as recorded (the shared plan is the family's version of it)."""
    if ctx.weergave is None:
        return None
    return Sectie("Plan", tuple(plan_blokken(ctx.weergave)))


# The order of the full session. A new part of the session is one function added here.
SECTIES: tuple[SectieFunctie, ...] = (
    over,
    beraad.aanmelding,
    appels,
    wievragen,
    register,
    genogram,
    cirkels,
    kaarten_zonder_cirkel,
    family_finding,
    beraad.netwerkberaden,
    beraad.stem_van_de_jongere,
    plan,
    *verloop.SECTIES,
)
