"""How the plan went, for the full session: the logbook, the evaluations with the earlier
versions of the plan as they were, and the closing conversation.

These belong in the professional's file and in what a family may see of their own data
(inzage); the shared plan for the network does not carry them. Names in the free texts are
handled by the export's last pass (pseudonyms), like everywhere else.
"""

from __future__ import annotations

from wievraag.export.context import Context, SectieFunctie, dag
from wievraag.export.document import Alinea, Blok, Kop, Lijst, Sectie, Tabel, Velden
from wievraag.export.planweergave import PlanWeergave, weergave
from wievraag.model import Evaluatie
from wievraag.opmaak import datum_kort


def _velden(*rijen: tuple[str, str]) -> Velden:
    return Velden(tuple((label, waarde) for label, waarde in rijen if waarde.strip()))


def _soort(w: PlanWeergave) -> str:
    """ "familiegroepsplan, gemaakt in netwerkberaad 1 (dinsdag 12 mei 2026)"; "" otherwise."""
    if not w.familiegroepsplan:
        return ""
    uit = "familiegroepsplan: door het gezin gemaakt met hun netwerk"
    return uit + (f", in {w.beraad.kop.lower()}" if w.beraad is not None else "")


def plan_blokken(w: PlanWeergave) -> list[Blok]:
    """One version of the plan for the professional's file: every fact, with its state."""
    blokken: list[Blok] = [
        _velden(
            ("Versie", f"{w.versie}, vastgesteld {w.vastgesteld}"),
            ("Soort plan", _soort(w)),
            ("Doel", w.doel),
            ("TOP 3 zorgen", "\n".join(f"{n}. {z}" for n, z in enumerate(w.zorgen, 1))),
            ("Aanspreekpunt", w.aanspreekpunt),
            ("Verantwoordelijkheden", w.verantwoordelijkheden),
            ("Plan B", w.plan_b),
            ("Start", w.start),
            ("Duur", w.duur),
            ("Evaluatie", w.evaluatie_kort),
            ("Minimaal", w.minimum),
            ("Zorgen melden", w.zorgen_melden if w.aanspreekpunt else ""),
        )
    ]
    if w.regels:
        blokken.append(Alinea("Bodemeisen", klein=True))
        blokken.append(Lijst(tuple(r.regel for r in w.regels)))
    if w.afspraken:
        blokken.append(Alinea("Afspraken", klein=True))
        blokken.append(
            Tabel(
                ("Wie", "Wat", "Wanneer", "Afbellen bij"),
                tuple((a.wie_tekst, a.wat, a.wanneer, ", ".join(a.afbellen)) for a in w.afspraken),
            )
        )
        open_ = w.open_dagen()
        blokken.append(
            Alinea(
                ("Niemand op " + ", ".join(open_) + ".") if open_ else "Elke dag is er iemand.",
                klein=True,
            )
        )
    if w.bellen:
        blokken.append(Alinea("Wie bel je als", klein=True))
        blokken.append(Lijst(tuple(b.tekst for b in w.bellen)))
    return [b for b in blokken if not isinstance(b, Velden) or b.rijen]


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
        blokken += plan_blokken(
            weergave(s, oud, ctx.namen, vandaag=ctx.gemaakt.date(), regelteksten=ctx.regelteksten)
        )
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
    if a is None or not (
        any(t.strip() for t in a.antwoorden.values()) or a.nazorg_datum or a.nazorg.strip()
    ):
        return None
    rijen = tuple(
        (ctx.vraagteksten.get(vraag, vraag), a.antwoorden[vraag]) for vraag in sorted(a.antwoorden)
    )
    pols = (
        ("Vinger aan de pols", dag(a.nazorg_datum)),
        ("Afgesproken voor daarna", a.nazorg),
    )
    return Sectie("Afsluiting", (_velden(*rijen, *pols),))


# After the plan section of the full session, in this order.
SECTIES: tuple[SectieFunctie, ...] = (logboek, evaluaties, afsluiting)
