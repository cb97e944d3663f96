"""How the plan went, for the full session: the logbook, the evaluations with the earlier
versions of the plan as they were, and the closing conversation.

These belong in the professional's file and in what a family may see of their own data
(inzage); the shared plan for the network does not carry them. Names in the free texts are
handled by the export's last pass (pseudonyms), like everywhere else.
"""

from __future__ import annotations

from wievraag.export.context import Context, SectieFunctie, dag
from wievraag.export.document import Alinea, Blok, Kop, Sectie, Tabel, Velden
from wievraag.model import Evaluatie, Plan
from wievraag.opmaak import DAGEN, datum_kort


def _velden(*rijen: tuple[str, str]) -> Velden:
    return Velden(tuple((label, waarde) for label, waarde in rijen if waarde.strip()))


def plan_velden(plan: Plan, *voor: tuple[str, str]) -> Velden:
    """The fields of one version of the plan that the export's plan section does not show."""
    return _velden(
        *voor,
        ("TOP 3 zorgen", " · ".join(f"{n}. {z}" for n, z in enumerate(plan.zorgen, 1))),
        ("Start", dag(plan.start)),
        ("Duur", f"{plan.duur_weken} weken" if plan.duur_weken else ""),
        ("Verantwoordelijkheden", plan.verantwoordelijkheden),
        ("Minimaal", f"{plan.minimum_weten} mensen die weten wat er speelt"),
    )


def _afspraken(ctx: Context, plan: Plan) -> Tabel:
    return Tabel(
        ("Wie", "Wat", "Dagen", "Wanneer", "Afbellen bij"),
        tuple(
            (
                ", ".join(ctx.namen.labels(a.wie)),
                a.wat,
                ", ".join(d for d in DAGEN if d in a.dagen),
                ", ".join(x for x in (datum_kort(a.datum) if a.datum else "", a.wanneer) if x),
                ", ".join(ctx.namen.labels(a.afbellen)),
            )
            for a in plan.afspraken
        ),
    )


def plan_extra(ctx: Context) -> Sectie | None:
    """TOP 3, dates, responsibilities and the minimum of the current plan."""
    plan = ctx.sessie.plan
    if plan is None or ctx.plan is not plan:  # an export given another plan shows that one
        return None
    velden = plan_velden(plan, ("Versie", str(plan.versie)))
    return (
        Sectie("Plan: zorgen, duur en verantwoordelijkheden", (velden,)) if velden.rijen else None
    )


def logboek(ctx: Context) -> Sectie | None:
    regels = sorted(enumerate(ctx.sessie.logboek), key=lambda p: (p[1].datum, p[0]), reverse=True)
    if not regels:
        return None
    return Sectie(
        "Logboek",
        (
            Tabel(
                ("Datum", "Wie", "Wat gedaan", "Opgemerkt"),
                tuple(
                    (
                        datum_kort(r.datum),
                        (ctx.namen.label(r.wie) or "") if r.wie else "professional",
                        r.wat,
                        r.opgemerkt,
                    )
                    for _, r in regels
                ),
            ),
        ),
    )


def evaluaties(ctx: Context) -> Sectie | None:
    """Each evaluation with the version it looked back on, as that version was."""
    s = ctx.sessie
    if not s.evaluaties and not s.planversies:
        return None
    blokken: list[Blok] = []
    lopend = s.lopende_evaluatie()  # being written: about the current version
    if lopend is not None and s.plan is not None and _evaluatie_velden(lopend).rijen:
        blokken.append(Kop(f"Evaluatie van versie {s.plan.versie} (nog niet vastgelegd)"))
        blokken.append(_evaluatie_velden(lopend))
    for oud in s.planversies:
        blokken.append(Kop(f"Plan versie {oud.versie}"))
        contact = ctx.namen.label(oud.contactpersoon) if oud.contactpersoon else ""
        blokken.append(
            plan_velden(
                oud,
                ("Doel", oud.doel),
                ("Aanspreekpunt", contact or ""),
                ("Evaluatiedatum", dag(oud.evaluatie)),
                ("Plan B", oud.plan_b),
            )
        )
        if oud.afspraken:
            blokken.append(_afspraken(ctx, oud))
        for e in s.evaluaties:
            if e.plan_versie == oud.versie:
                blokken.append(Alinea(f"Evaluatie op {dag(e.datum)}", klein=True))
                blokken.append(_evaluatie_velden(e))
    gevuld = tuple(b for b in blokken if not isinstance(b, Velden) or b.rijen)
    return Sectie("Evaluaties en eerdere versies van het plan", gevuld)


def _evaluatie_velden(e: Evaluatie) -> Velden:
    return _velden(
        ("Wat werkte", e.werkte),
        ("Wat werkte niet", e.werkte_niet),
        ("Wat verandert", e.verandert),
    )


def afsluiting(ctx: Context) -> Sectie | None:
    a = ctx.sessie.afsluiting
    if a is None or not any(t.strip() for t in a.antwoorden.values()):
        return None
    rijen = tuple(
        (ctx.vraagteksten.get(vraag, vraag), a.antwoorden[vraag]) for vraag in sorted(a.antwoorden)
    )
    return Sectie("Afsluiting", (_velden(*rijen),))


# After the plan section of the full session, in this order.
SECTIES: tuple[SectieFunctie, ...] = (plan_extra, logboek, evaluaties, afsluiting)
