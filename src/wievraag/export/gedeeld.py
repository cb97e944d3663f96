"""The shared plan: for the family and their network, in plain Dutch (B1), in one voice ("wij").

Only people the parent agreed to (toestemming "ja") appear: the `Namen` of this export knows
no one else, so an agreement with only such people keeps no name, and their names are taken
out of every free text. Every fact comes worded from `planweergave`, the same words the app
and the full export use; each part here is one section function, `SECTIES` is the order.
"""

from __future__ import annotations

from wievraag.export import beraad
from wievraag.export.context import Context, SectieFunctie
from wievraag.export.document import Alinea, Blok, Lijst, Sectie, Tabel
from wievraag.export.planweergave import (
    NIEMAND,
    PlanWeergave,
    en,
    helpers,
    kinderen_van_gezin,
    ouders_van_gezin,
)


def _w(ctx: Context) -> PlanWeergave | None:
    return ctx.weergave


def gezin(ctx: Context) -> Sectie | None:
    """The family first: the plan is theirs; the parents are not "helpers" in it."""
    ouders = ctx.namen.labels(p.id for p in ouders_van_gezin(ctx.sessie))
    kinderen = [
        f"{naam} ({p.leeftijd})" if p.leeftijd is not None else naam
        for p in kinderen_van_gezin(ctx.sessie)
        if (naam := ctx.namen.naam(p.id)) is not None
    ]
    if not ouders and not kinderen:
        return None
    delen = []
    if ouders:
        delen.append(f"Wij zijn {en(ouders)}")
    if kinderen:
        delen.append(("met " if ouders else "Wij zijn ") + en(kinderen))
    return Sectie(
        "Ons gezin",
        (Alinea(" ".join(delen) + ". Dit is ons plan, samen met de mensen om ons heen."),),
    )


def doel(ctx: Context) -> Sectie | None:
    w = _w(ctx)
    if w is None or not w.doel:
        return None
    return Sectie("Ons doel", (Alinea(w.doel),))


def zorgen(ctx: Context) -> Sectie | None:
    w = _w(ctx)
    if w is None or not w.zorgen:
        return None
    return Sectie(
        "Waar maken we ons zorgen over?",
        (Lijst(tuple(f"{n}. {z}" for n, z in enumerate(w.zorgen, 1))),),
    )


def wie_doet_wat(ctx: Context) -> Sectie | None:
    """Each agreement once, with everything about it: who, what, when, whom to call off with."""
    w = _w(ctx)
    if w is None:
        return None
    regels = []
    for a in w.afspraken:
        if not a.wie or not a.wat:
            continue  # nobody we may name took it on: not a task for the network (yet)
        regel = f"{en(list(a.wie_namen))}: {a.wat}" + (f" ({a.wanneer})" if a.wanneer else "")
        if a.afbellen_namen:
            regel += f". Kan het niet? Bel af bij {en(list(a.afbellen_namen), 'of')}"
        regels.append(regel + ".")
    if not regels:
        return None
    return Sectie("Wie doet wat?", (Lijst(tuple(regels)),))


def week(ctx: Context) -> Sectie | None:
    """Every day of the week, the empty ones too: a gap is seen and can be filled."""
    w = _w(ctx)
    if w is None or not any(a.wie and a.wat for a in w.afspraken):
        return None
    rijen: list[tuple[str, ...]] = []
    for dag, afspraken in w.week():
        afspraken = [a for a in afspraken if a.wat]
        if not afspraken:
            rijen.append((dag, f"— {NIEMAND}: wie kan er dan?"))
            continue
        rijen.append(
            (dag, "\n".join(f"{en(list(a.wie_namen))} {a.op_dag(dag)}" for a in afspraken))
        )
    return Sectie("Onze week", (Tabel(("Dag", "Wie doet wat?"), tuple(rijen)),))


def aanspreekpunt(ctx: Context) -> Sectie | None:
    w = _w(ctx)
    if w is None or not w.aanspreekpunt:
        return None
    return Sectie(
        "Ons aanspreekpunt",
        (
            Alinea(f"Ons aanspreekpunt is {w.aanspreekpunt}."),
            Alinea(
                f"Zorgen, of verandert er iets? Meld het bij het aanspreekpunt: "
                f"{w.aanspreekpunt_naam}."
            ),
        ),
    )


def bellen(ctx: Context) -> Sectie | None:
    w = _w(ctx)
    if w is None or not w.bellen:
        return None
    return Sectie("Wie bellen we wanneer?", (Lijst(tuple(b.tekst for b in w.bellen)),))


def verantwoordelijkheden(ctx: Context) -> Sectie | None:
    w = _w(ctx)
    if w is None or not w.verantwoordelijkheden:
        return None
    return Sectie("Wie is waarvoor verantwoordelijk?", (Alinea(w.verantwoordelijkheden),))


def plan_b(ctx: Context) -> Sectie | None:
    w = _w(ctx)
    if w is None or not w.plan_b:
        return None
    return Sectie("Plan B: als het anders loopt", (Alinea(w.plan_b),))


def evaluatie(ctx: Context) -> Sectie | None:
    w = _w(ctx)
    if w is None:
        return None
    blokken: list[Blok] = []
    if w.looptijd:
        blokken.append(Alinea(f"We volgen dit plan {w.looptijd}."))
    blokken.append(Alinea(w.evaluatie_zin))
    return Sectie("Hoe lang, en wanneer kijken we terug?", tuple(blokken))


def bodemeisen(ctx: Context) -> Sectie | None:
    w = _w(ctx)
    if w is None or not w.regels:
        return None
    return Sectie(
        "Wat hebben we minimaal nodig?",
        (
            Lijst(
                tuple(
                    f"{r.stand}: {r.tekst}" + (f" Nu: {r.toelichting}." if r.toelichting else "")
                    for r in w.regels
                )
            ),
        ),
    )


def nog_geen_plan(ctx: Context) -> Sectie | None:
    """Without a plan the export says so plainly, instead of inventing agreements."""
    if ctx.weergave is not None:
        return None
    return Sectie("Het plan", (Alinea("We hebben de afspraken nog niet gemaakt."),))


def netwerk(ctx: Context) -> Sectie | None:
    """Who we may ask: people with consent who have a role in the plan or know what is going
    on; the household itself is the family above, not a helper."""
    labels = ctx.namen.labels(helpers(ctx.sessie, ctx.plan))
    if not labels:
        return None
    return Sectie(
        "Wie mogen we om hulp vragen?",
        (Alinea(f"We vinden het goed dat {en(labels)} gevraagd worden om mee te helpen."),),
    )


# The order of the shared plan. A new part of the plan is one function added here.
SECTIES: tuple[SectieFunctie, ...] = (
    gezin,
    beraad.familiegroepsplan,
    nog_geen_plan,
    doel,
    zorgen,
    beraad.wat_de_kinderen_willen,
    wie_doet_wat,
    week,
    aanspreekpunt,
    bellen,
    verantwoordelijkheden,
    plan_b,
    evaluatie,
    bodemeisen,
    netwerk,
    beraad.volgend_beraad,
    beraad.na_de_hulp,
)
