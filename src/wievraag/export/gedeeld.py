"""The shared plan: for the family and their network, in plain Dutch (B1).

Only people the parent agreed to (toestemming "ja") appear: the `Namen` of this export knows
no one else, so an agreement with only such people is left out whole, and their names are
taken out of every free text. Each part is one section function; `SECTIES` is the order.
"""

from __future__ import annotations

from wievraag.export.context import Context, SectieFunctie, dag
from wievraag.export.document import Alinea, Blok, Kop, Lijst, Sectie, Tabel
from wievraag.export.plan import Plan, PlanAfspraak
from wievraag.opmaak import DAGEN


def _en(delen: list[str]) -> str:
    """ "Ans", "Ans en Karim", "Ans, Karim en Riet"."""
    if len(delen) <= 1:
        return "".join(delen)
    return ", ".join(delen[:-1]) + " en " + delen[-1]


def _afspraken(ctx: Context, plan: Plan) -> list[tuple[list[str], PlanAfspraak]]:
    """Agreements with the people who may be shown; an agreement with nobody left is dropped."""
    uit = []
    for afspraak in plan.afspraken:
        zichtbaar = [pid for pid in afspraak.wie if ctx.namen.zichtbaar(pid)]
        if zichtbaar and afspraak.wat.strip():
            uit.append((zichtbaar, afspraak))
    return uit


def _wanneer(afspraak: PlanAfspraak) -> str:
    delen = [_en([d for d in DAGEN if d in afspraak.dagen])] if afspraak.dagen else []
    if afspraak.wanneer.strip():
        delen.append(afspraak.wanneer.strip())
    return ", ".join(delen)


def doel(ctx: Context) -> Sectie | None:
    if ctx.plan is None or not ctx.plan.doel.strip():
        return None
    return Sectie("Ons doel", (Alinea(ctx.plan.doel.strip()),))


def wie_doet_wat(ctx: Context) -> Sectie | None:
    if ctx.plan is None:
        return None
    per_persoon: dict[str, list[str]] = {}
    for wie, afspraak in _afspraken(ctx, ctx.plan):
        regel = afspraak.wat.strip()
        if wanneer := _wanneer(afspraak):
            regel += f" ({wanneer})"
        for pid in wie:
            per_persoon.setdefault(pid, []).append(regel)
    if not per_persoon:
        return None
    blokken: list[Blok] = []
    for pid, regels in per_persoon.items():
        blokken += [Kop(ctx.namen.label(pid) or ""), Lijst(tuple(regels))]
    return Sectie("Wie doet wat?", tuple(blokken))


def week(ctx: Context) -> Sectie | None:
    if ctx.plan is None:
        return None
    rijen: list[tuple[str, ...]] = []
    afspraken = _afspraken(ctx, ctx.plan)
    for d in DAGEN:
        for wie, afspraak in afspraken:
            if d in afspraak.dagen:
                wat = afspraak.wat.strip()
                if afspraak.wanneer.strip():
                    wat += f" ({afspraak.wanneer.strip()})"
                rijen.append((d, _en(ctx.namen.labels(wie)), wat))
    if not rijen:
        return None
    return Sectie("Onze week", (Tabel(("Dag", "Wie", "Wat"), tuple(rijen)),))


def contactpersoon(ctx: Context) -> Sectie | None:
    if ctx.plan is None or not ctx.plan.contactpersoon:
        return None
    naam = ctx.namen.label(ctx.plan.contactpersoon)
    if naam is None:
        return None
    return Sectie(
        "Contactpersoon",
        (
            Alinea(
                f"{naam} is de contactpersoon van het netwerk. "
                "Verandert er iets, of heb je een vraag over het plan? Neem dan contact op."
            ),
        ),
    )


def bellen(ctx: Context) -> Sectie | None:
    if ctx.plan is None:
        return None
    regels = []
    for item in ctx.plan.bellen:
        namen = ctx.namen.labels(item.wie)
        if not namen or not item.wanneer.strip():
            continue
        regels.append(f"{item.wanneer.strip()}: bel {' of '.join(namen)}")
    if not regels:
        return None
    return Sectie("Wie bel je wanneer?", (Lijst(tuple(regels)),))


def plan_b(ctx: Context) -> Sectie | None:
    if ctx.plan is None or not ctx.plan.plan_b.strip():
        return None
    return Sectie("Plan B: als het anders loopt", (Alinea(ctx.plan.plan_b.strip()),))


def evaluatie(ctx: Context) -> Sectie | None:
    if ctx.plan is None or ctx.plan.evaluatie is None:
        return None
    return Sectie(
        "Wanneer kijken we of het goed gaat?",
        (
            Alinea(
                f"Op {dag(ctx.plan.evaluatie)} praten we samen over het plan: "
                "wat gaat goed, wat moet anders?"
            ),
        ),
    )


def nog_geen_plan(ctx: Context) -> Sectie | None:
    """Without a plan the export says so plainly, instead of inventing agreements."""
    if ctx.plan is not None:
        return None
    return Sectie(
        "Het plan",
        (
            Alinea(
                "De afspraken zijn nog niet gemaakt. Hieronder staan de mensen die we om hulp "
                "mogen vragen."
                if ctx.namen.personen()
                else "De afspraken zijn nog niet gemaakt."
            ),
        ),
    )


def netwerk(ctx: Context) -> Sectie | None:
    labels = ctx.namen.labels(p.id for p in ctx.namen.personen())
    if not labels:
        return None
    return Sectie(
        "Wie mogen we om hulp vragen?",
        (
            Alinea("Het gezin vindt het goed dat deze mensen gevraagd worden om mee te helpen."),
            Lijst(tuple(labels)),
        ),
    )


# The order of the shared plan. A new part of the plan is one function added here.
SECTIES: tuple[SectieFunctie, ...] = (
    nog_geen_plan,
    doel,
    wie_doet_wat,
    week,
    contactpersoon,
    bellen,
    plan_b,
    evaluatie,
    netwerk,
)
